"""Ingest: documents and claims stored whole, deduplicated, bad files reported, nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, func, select
from store_support import (
    ARTICLES,
    SEEDS,
    expected_claims,
    expected_total,
    extract_or_crash,
    write_articles,
)

from factcheck import ingest as ingest_module
from factcheck.db import open_engine
from factcheck.extract import EXTRACTOR_VERSION, extract
from factcheck.files import read_article
from factcheck.ingest import content_hash, ingest_paths
from factcheck.models import Claim, Document
from factcheck.store import extraction


@pytest.fixture
def engine(tmp_path):
    engine = open_engine(tmp_path / "claims.db")
    yield engine
    engine.dispose()


def _documents(engine) -> list[Document]:
    with Session(engine) as session:
        return list(session.exec(select(Document).order_by(Document.id)))


def _claims(engine, document_id: int | None = None) -> list[Claim]:
    with Session(engine) as session:
        stmt = select(Claim).order_by(Claim.id)
        if document_id is not None:
            stmt = stmt.where(Claim.document_id == document_id)
        return list(session.exec(stmt))


def test_seeds_are_stored_with_provenance(engine):
    outcomes = []
    summary = ingest_paths(engine, [SEEDS], on_file=outcomes.append)
    seeds = sorted(SEEDS.glob("*.txt"))
    assert (summary.new, summary.unchanged, summary.failed) == (len(seeds), 0, 0)
    assert summary.claims_added == expected_total(seeds)
    assert [o.status for o in outcomes] == ["new"] * len(seeds)
    documents = _documents(engine)
    assert [Path(d.path).name for d in documents] == [p.name for p in seeds]
    for doc, path in zip(documents, seeds, strict=True):
        article = read_article(path)
        info = extract(article.text).document
        assert doc.text == article.text
        assert doc.content_hash == content_hash(article.text)
        assert doc.size_bytes == len(article.raw)
        assert doc.encoding == article.encoding
        assert doc.extractor_version == EXTRACTOR_VERSION
        assert (doc.published, doc.published_source) == (info.published, info.published_source)
        assert doc.title == info.title
        expected = expected_claims(path)
        stored = _claims(engine, doc.id)
        assert [(c.start, c.end, c.text, c.value, c.qualifier, c.category, c.attribution)
                for c in stored] == [
                    (e.start, e.end, e.text, e.value, e.qualifier, e.category, e.attribution)
                    for e in expected]
        for claim in stored:
            assert doc.text[claim.start:claim.end] == claim.text
            assert claim.status == "unreviewed"
            assert (claim.eff_value, claim.eff_low, claim.eff_high, claim.eff_category) == (
                claim.value, claim.low, claim.high, claim.category)


def test_second_ingest_adds_nothing(engine):
    ingest_paths(engine, [SEEDS])
    before = (len(_documents(engine)), len(_claims(engine)))
    summary = ingest_paths(engine, [SEEDS])
    assert (summary.new, summary.failed, summary.claims_added) == (0, 0, 0)
    assert summary.unchanged == len(list(SEEDS.glob("*.txt")))
    assert (len(_documents(engine)), len(_claims(engine))) == before


def test_same_text_under_another_name_is_stored_once(engine, tmp_path):
    folder = tmp_path / "in"
    first = write_articles(folder)[0]
    shutil.copy(first, folder / "copy_of_first.txt")
    summary = ingest_paths(engine, [folder])
    assert (summary.new, summary.unchanged) == (len(ARTICLES), 1)
    assert len(_documents(engine)) == len(ARTICLES)


def test_published_and_outlet_given_by_the_user(engine, tmp_path):
    path = write_articles(tmp_path / "in")[0]
    ingest_paths(engine, [path], published=date(2024, 1, 5), outlet="The Daily")
    (doc,) = _documents(engine)
    assert (doc.published, doc.published_source, doc.outlet) == (
        date(2024, 1, 5), "user", "The Daily")
    expected = expected_claims(path, published=date(2024, 1, 5))
    assert [c.claim_date for c in _claims(engine)] == [e.date for e in expected]


def test_folder_of_mixed_files(engine, tmp_path, monkeypatch):
    folder = tmp_path / "mixed"
    good = write_articles(folder)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 50)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n ")
    cp1252 = folder / "cafe.txt"
    cp1252.write_bytes("Caf\xe9 owners said 12 people were killed in the blast, police said.\n"
                       .encode("cp1252"))
    locked = folder / "locked.txt"
    locked.write_text("Police said 7 people were arrested.\n")
    real_read = Path.read_bytes

    def read_bytes(self):  # tests may run as root, where chmod 000 does not stop reads
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    outcomes = []
    summary = ingest_paths(engine, [folder, tmp_path / "missing.txt"], on_file=outcomes.append)
    failed = {Path(o.path).name: o.message for o in outcomes if o.status == "failed"}
    assert set(failed) == {"photo.jpg", "empty.txt", "blank.txt", "locked.txt", "missing.txt"}
    assert "binary" in failed["photo.jpg"]
    assert "empty" in failed["empty.txt"] and "empty" in failed["blank.txt"]
    assert "permission denied" in failed["locked.txt"]
    assert "no such file" in failed["missing.txt"]
    for name, message in failed.items():
        assert name in message and "\n" not in message
    assert summary.failed == 5 and not summary.ok
    assert summary.new == len(good) + 1
    cafe = next(o for o in outcomes if o.path.endswith("cafe.txt"))
    assert cafe.status == "new" and "cp1252" in cafe.warning
    stored = {Path(d.path).name: d for d in _documents(engine)}
    assert set(stored) == {p.name for p in good} | {"cafe.txt"}
    assert stored["cafe.txt"].encoding == "cp1252"
    assert stored["cafe.txt"].text.startswith("Café owners")
    assert summary.claims_added == expected_total([*good, cp1252]) == len(_claims(engine))


def test_an_extractor_crash_fails_that_file_only(engine, tmp_path):
    paths = write_articles(tmp_path / "in")

    def fragile(text, published=None):
        if "hostages" in text:
            raise RuntimeError("boom")
        return extract(text, published=published)

    outcomes = []
    summary = ingest_paths(engine, [tmp_path / "in"], extractor=fragile, on_file=outcomes.append)
    failed = [o for o in outcomes if o.status == "failed"]
    assert [Path(o.path).name for o in failed] == ["hostages.txt"]
    assert "extractor failed" in failed[0].message and "boom" in failed[0].message
    assert summary.new == len(paths) - 1
    assert len(_documents(engine)) == len(paths) - 1


def test_a_document_that_cannot_be_stored_leaves_nothing_half_written(engine, tmp_path):
    paths = write_articles(tmp_path / "in")

    def broken(text, published=None):
        result = extract(text, published=published)
        if "hostages" in text:  # a claim the store must refuse (NOT NULL category)
            return replace(result, claims=[*result.claims, replace(result.claims[0],
                                                                   category=None)])
        return result

    outcomes = []
    summary = ingest_paths(engine, [tmp_path / "in"], extractor=broken, on_file=outcomes.append)
    failed = [o for o in outcomes if o.status == "failed"]
    assert [Path(o.path).name for o in failed] == ["hostages.txt"]
    assert "cannot store" in failed[0].message
    names = {Path(d.path).name for d in _documents(engine)}
    assert "hostages.txt" not in names  # no document row without its claims
    assert summary.new == len(paths) - 1
    assert len(_claims(engine)) == expected_total([p for p in paths if p.name != "hostages.txt"])
    again = ingest_paths(engine, [tmp_path / "in"])  # fixed extractor: it goes in now
    assert (again.new, again.unchanged) == (1, len(paths) - 1)


def test_interrupted_ingest_leaves_whole_documents(engine, tmp_path):
    paths = write_articles(tmp_path / "in")
    seen = []

    def stop_after_two(outcome):
        seen.append(outcome)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_paths(engine, [tmp_path / "in"], on_file=stop_after_two)
    documents = _documents(engine)
    assert len(documents) == 2
    for doc in documents:
        assert len(_claims(engine, doc.id)) == len(expected_claims(Path(doc.path)))
    summary = ingest_paths(engine, [tmp_path / "in"])
    assert (summary.new, summary.unchanged) == (len(paths) - 2, 2)
    assert len(_claims(engine)) == expected_total(paths)


def test_parallel_extraction_stores_the_same(tmp_path):
    paths = write_articles(tmp_path / "in")
    shutil.copytree(SEEDS, tmp_path / "in" / "seeds")
    engines = [open_engine(tmp_path / f"{jobs}.db") for jobs in (1, 2)]
    try:
        for jobs, engine in zip((1, 2), engines, strict=True):
            summary = ingest_paths(engine, [tmp_path / "in"], jobs=jobs)
            assert summary.failed == 0
        rows = []
        for engine in engines:
            with Session(engine) as session:
                rows.append(session.exec(select(
                    Document.path, Claim.start, Claim.end, Claim.value, Claim.category).join(
                        Claim, Claim.document_id == Document.id).order_by(Claim.id)).all())
        assert rows[0] == rows[1]
        assert len(rows[0]) == expected_total([*paths, *sorted(SEEDS.glob("*.txt"))])
    finally:
        for engine in engines:
            engine.dispose()


def test_claim_count_matches_the_database(engine):
    summary = ingest_paths(engine, [SEEDS])
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Claim)).one() == (
            summary.claims_added)


def test_a_twin_stored_by_another_ingest_meanwhile_is_unchanged(engine, tmp_path):
    paths = write_articles(tmp_path / "in")
    twin = paths[1]
    other = open_engine(tmp_path / "claims.db")  # a second writer on the same database

    def racing(text, published=None):
        if text == read_article(twin).text:  # looked up as new; stored before we insert
            assert ingest_paths(other, [twin]).new == 1
        return extract(text, published=published)

    outcomes = []
    try:
        summary = ingest_paths(engine, [tmp_path / "in"], extractor=racing,
                               on_file=outcomes.append)
    finally:
        other.dispose()
    assert [o.status for o in outcomes] == ["new", "unchanged", "new"]
    assert outcomes[1].path == str(twin) and outcomes[1].document_id is not None
    assert (summary.new, summary.unchanged, summary.failed) == (2, 1, 0)
    assert len(_documents(engine)) == 3
    assert len(_claims(engine)) == expected_total(paths)  # the twin's claims once


def test_lookups_in_batches_keep_file_order(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "LOOKUP_BATCH", 2)
    folder = tmp_path / "in"
    paths = write_articles(folder)
    ingest_paths(engine, [paths[1]])  # stored before this run
    shutil.copy(paths[0], folder / "zz_copy.txt")
    (folder / "b_empty.txt").write_bytes(b"")
    outcomes = []
    summary = ingest_paths(engine, [folder], on_file=outcomes.append)
    assert [(Path(o.path).name, o.status) for o in outcomes] == [
        ("b_empty.txt", "failed"), ("gaza_toll.txt", "new"), ("hostages.txt", "unchanged"),
        ("troops.txt", "new"), ("zz_copy.txt", "unchanged")]
    assert "same text as" in outcomes[-1].message and "gaza_toll.txt" in outcomes[-1].message
    assert (summary.new, summary.unchanged, summary.failed) == (2, 2, 1)
    assert len(_claims(engine)) == expected_total(paths)


def test_parallel_batches_keep_order_and_report_crashes(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "BATCH_DOCS", 2)  # several batches in flight
    folder = tmp_path / "in"
    paths = write_articles(folder)
    shutil.copytree(SEEDS, folder / "seeds")
    (folder / "empty.txt").write_bytes(b"")
    outcomes = []
    summary = ingest_paths(engine, [folder], jobs=2, extractor=extract_or_crash,
                           on_file=outcomes.append)
    inputs = sorted([*paths, *(folder / "seeds").glob("*.txt"), folder / "empty.txt"])
    assert [o.path for o in outcomes] == [str(p) for p in inputs]
    failed = {Path(o.path).name: o.message for o in outcomes if o.status == "failed"}
    assert set(failed) == {"hostages.txt", "empty.txt"}
    assert "extractor failed (RuntimeError: boom)" in failed["hostages.txt"]
    stored = [p for p in inputs if p.name not in failed]
    assert summary.new == len(stored) == len(_documents(engine))
    assert summary.claims_added == expected_total(stored) == len(_claims(engine))


def test_interrupted_parallel_ingest_leaves_whole_documents(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "BATCH_DOCS", 1)
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    paths = sorted(folder.glob("*.txt"))
    seen = []

    def stop_after_two(outcome):
        seen.append(outcome)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_paths(engine, [folder], jobs=2, on_file=stop_after_two)
    documents = _documents(engine)
    assert [d.path for d in documents] == [o.path for o in seen]  # stored = reported
    for doc in documents:
        assert len(_claims(engine, doc.id)) == len(expected_claims(Path(doc.path)))
    summary = ingest_paths(engine, [folder], jobs=2)
    assert (summary.new, summary.unchanged) == (len(paths) - 2, 2)
    assert len(_claims(engine)) == expected_total(paths)


def test_an_ingest_is_on_disk_when_it_returns(engine, tmp_path):
    db = tmp_path / "claims.db"
    summary = ingest_paths(engine, [SEEDS])
    shutil.copy(db, tmp_path / "without_wal.db")  # what survives if the WAL were lost
    with sqlite3.connect(tmp_path / "without_wal.db") as copy:
        stored = copy.execute("SELECT count(*) FROM document").fetchone()[0]
        claims = copy.execute("SELECT count(*) FROM claim").fetchone()[0]
    assert (stored, claims) == (summary.new, summary.claims_added)
