"""The claims' trigram text index (SQLite FTS5): same results as LIKE, kept in step, upgraded."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import insert
from sqlmodel import Session, func, select
from store_support import write_articles

from factcheck.db import open_engine, write_session
from factcheck.extract import ExtractedClaim, extract
from factcheck.ingest import claim_rows, ingest_paths
from factcheck.models import SCHEMA_VERSION, Claim, Document
from factcheck.store import (
    ClaimFilters,
    count_claims,
    list_claims,
    mark_claim,
    queries,
    select_claims,
    text_index,
)
from factcheck.store.queries import SORT_KEYS, sorted_candidates

#: Sentences, subjects and attributions that make substring matching hard.
TEXTS = [
    ("Rafah crossing: 20 aid trucks entered RAFAH.", "aid trucks", "the UN"),
    ("L'ÉCOLE a été touchée; 12 élèves blessés.", "élèves", "le ministère"),
    ("Die Straße war gesperrt, 40 Menschen getötet.", "Menschen", "Polizei"),
    ("The KELVIN \u212a sign and \u0130stanbul: 7 dead.", "dead", "İstanbul governor"),
    ("Жертв 30 человек в Харькове.", "человек", "МЧС"),
    ("100% sure_thing: 5 killed, 50% injured.", "100%", "sure_source"),
    ('He said "AND" NEAR(the border) * - 3 wounded.', "wounded", 'a "quoted" source'),
    ("Tens of thousands (25,000) fled 🚀 rockets.", "people", None),
    ("abc", None, "ab"),
]

SEARCHES = [
    "rafah", "RAFAH", "Rafah crossing", "afa", "ra", "R", "", "  ", "zzzz",
    "école", "ÉCOLE", "L'ÉC", "é", "ée;", "STRASSE", "straße", "Straße",
    "\u212aelvin", "kelvin", "KELVIN \u212a", "i̇stanbul", "İstanbul", "istanbul",
    "человек", "ЧЕЛОВЕК", "Харьков",
    "100%", "%", "50% inj", "_", "sure_", "e_t", "%_%", "/", "'",
    '"AND"', '"', 'AND', "NEAR(", "NEAR(the", "*", " - ", "-", "(25,000)", '""',
    "🚀", "d 🚀 r", "ab", "abc", "bc", "\x00ab", "ministère", "MINISTÈRE",
]


def _ascii_fold(text: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in text)


def _like(needle: str, *haystacks: str | None) -> bool:
    """SQLite's ``LIKE '%needle%'``: a substring, ASCII case ignored, nothing else folded."""
    return any(_ascii_fold(needle) in _ascii_fold(h) for h in haystacks if h is not None)


def _fake_claims(text: str) -> list[ExtractedClaim]:
    return [ExtractedClaim(
        start=i, end=i + 1, text=text[i:i + 1] + str(i), value=float(i + 1), qualifier="exact",
        low=float(i + 1), high=float(i + 1), category="killed", subject=subject, location=None,
        attribution=source, date=None, sentence=sentence, sentence_start=0,
    ) for i, (sentence, subject, source) in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = open_engine(tmp_path_factory.mktemp("fts") / "claims.db")
    text = "".join(s for s, _, _ in TEXTS)
    with write_session(engine) as session:
        for d, outlet in enumerate(["Al Jazeera", "Le Monde", None]):
            doc = Document(path=f"d{d}.txt", content_hash=f"h{d}", size_bytes=len(text),
                           encoding="utf-8", text=text, outlet=outlet, extractor_version="t")
            session.add(doc)
            session.flush()
            session.exec(insert(Claim.__table__), params=claim_rows(doc.id, _fake_claims(text)))
        session.commit()
    yield engine
    engine.dispose()


def _without_index(monkeypatch) -> None:
    monkeypatch.setattr(text_index, "supported", lambda: False)


def _compiled(engine, filters: ClaimFilters) -> str:
    stmt = select_claims(filters, fields=("id",))
    return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))


@pytest.mark.parametrize("needle", SEARCHES)
def test_index_and_like_give_the_same_claims(engine, monkeypatch, needle):
    filters = [ClaimFilters(search=needle), ClaimFilters(source=needle)]
    with Session(engine) as session:
        rows = list_claims(session, fields=("id", "text", "sentence", "subject", "attribution",
                                            "outlet"))
        expected = [
            [r["id"] for r in rows if _like(needle, r["text"], r["sentence"], r["subject"])],
            [r["id"] for r in rows if _like(needle, r["attribution"], r["outlet"])],
        ]
        indexed = [[r["id"] for r in list_claims(session, f, fields=("id",))] for f in filters]
        counted = [count_claims(session, f) for f in filters]
        paged = [[r["id"] for r in list_claims(session, f, "value", True, limit=5,
                                                fields=("id",))] for f in filters]
        used = ["claim_fts MATCH" in _compiled(engine, f) for f in filters]
        usable = bool(needle) and text_index.usable(needle)
        _without_index(monkeypatch)
        assert not any("claim_fts" in _compiled(engine, f) for f in filters)
        plain = [[r["id"] for r in list_claims(session, f, fields=("id",))] for f in filters]
        plain_paged = [[r["id"] for r in list_claims(session, f, "value", True, limit=5,
                                                      fields=("id",))] for f in filters]
    if needle:  # an empty filter is no filter
        assert indexed == plain
        assert counted == [len(e) for e in plain]
        assert paged == plain_paged
        if "\x00" not in needle:  # SQLite's LIKE stops reading its pattern at a NUL
            assert plain == expected
    assert used == [usable, usable]


def test_the_index_is_used_for_three_characters_or_more():
    assert text_index.supported()  # SQLite 3.34+ with FTS5: what these tests are about
    assert text_index.usable("abc") and text_index.usable("é€🚀")
    assert not text_index.usable("ab") and not text_index.usable("a\x00bc")
    assert text_index.match_query(["eff_attribution"], 'say "AND" *') == (
        '{eff_attribution}: "say ""AND"" *"')


def test_a_page_reads_the_index_only_when_it_finds_few_claims(engine):
    with Session(engine) as session:
        conn = session.connection()
        few = ClaimFilters(search="rafah").conditions()[0]
        assert text_index.few_candidates(conn, few)
        assert not text_index.few_candidates(conn, few, at_most=2)  # 3 documents hold it
        assert not text_index.few_candidates(conn, ClaimFilters(search="ra").conditions()[0])


# --- kept in step with the claims ------------------------------------------------------------


def _found(engine, column: str, needle: str) -> set[int]:
    """Claims the index itself finds (no LIKE re-check)."""
    query = text_index.match_query([column], needle)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT rowid FROM {text_index.TABLE} WHERE {text_index.TABLE} MATCH ?", (query,))
        return {r[0] for r in rows}


def _index_agrees(engine) -> None:
    """The index holds exactly the claims' current text (FTS5's own check against its
    content), and every claim is found by each of its searched values."""
    claim_columns = tuple(text_index.INDEXED)
    with engine.connect() as conn:
        conn.exec_driver_sql(f"INSERT INTO {text_index.TABLE}({text_index.TABLE}, rank) "
                             "VALUES ('integrity-check', 1)")
        claims = conn.exec_driver_sql(f"SELECT id, {', '.join(claim_columns)} FROM claim").all()
    for claim_id, *values in claims:
        for column, value in zip(claim_columns, values, strict=True):
            if value is not None and text_index.usable(value):
                assert claim_id in _found(engine, text_index.INDEXED[column], value), (
                    claim_id, column, value)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_REVIEWER", "tester")
    write_articles(tmp_path / "in")
    engine = open_engine(tmp_path / "claims.db")
    ingest_paths(engine, [tmp_path / "in"])
    yield engine, tmp_path / "in"
    engine.dispose()


def test_ingest_fills_the_index(store):
    engine, _ = store
    _index_agrees(engine)
    with Session(engine) as session:
        assert count_claims(session) > 5
        ministry = count_claims(session, ClaimFilters(search="health ministry"))
    assert ministry > 0 and len(_found(engine, "sentence", "health ministry")) == ministry


def test_reviewers_edits_move_the_index(store):
    engine, _ = store
    with Session(engine) as session:
        claim = list_claims(session, ClaimFilters(search="hostages"), fields=("id", "subject",
                                                                             "attribution"))[0]
    with write_session(engine) as session:
        mark_claim(session, claim["id"], "confirmed", subject="zebra keepers",
                   attribution="the Quokka Agency")
        session.commit()
    _index_agrees(engine)
    assert claim["id"] in _found(engine, "eff_subject", "zebra")
    assert claim["id"] in _found(engine, "eff_attribution", "quokka")
    if claim["attribution"]:
        assert claim["id"] not in _found(engine, "eff_attribution", claim["attribution"])
    with Session(engine) as session:
        assert [r["id"] for r in list_claims(session, ClaimFilters(search="ZEBRA"))] == [
            claim["id"]]
        assert [r["id"] for r in list_claims(session, ClaimFilters(source="quokka a"))] == [
            claim["id"]]
    with write_session(engine) as session:  # back to the machine values
        mark_claim(session, claim["id"], clear=("subject", "attribution"))
        session.commit()
    _index_agrees(engine)
    assert not _found(engine, "eff_subject", "zebra")
    assert not _found(engine, "eff_attribution", "quokka")


def test_reextraction_and_deletes_move_the_index(store):
    engine, folder = store

    def renamed(text, published=None):  # a "newer extractor": new subjects, one claim fewer
        result = extract(text, published=published)
        claims = [replace(c, subject=f"okapi {c.subject}") for c in result.claims[1:]]
        return replace(result, claims=claims)

    ingest_paths(engine, [folder], reextract=True, extractor=renamed)
    _index_agrees(engine)
    with Session(engine) as session:
        total = count_claims(session)
        assert count_claims(session, ClaimFilters(search="okapi")) == total
    assert len(_found(engine, "eff_subject", "okapi")) == total
    with write_session(engine) as session:
        doomed = session.exec(select(Claim.id).order_by(Claim.id)).first()
        session.delete(session.get(Claim, doomed))
        session.commit()
    _index_agrees(engine)
    assert doomed not in _found(engine, "eff_subject", "okapi")


# --- schema upgrade, and SQLite without FTS5 -------------------------------------------------


def _triggers(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}


def _make_version_2(path) -> None:
    """What a database made before the text index looks like."""
    with sqlite3.connect(path) as conn:
        for name in text_index.TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(f"DROP TABLE {text_index.TABLE}")
        conn.execute(f"DROP VIEW {text_index.CONTENT}")
        conn.execute("DROP INDEX ix_claim_eff_category_subject")
        conn.execute("UPDATE factcheck_schema SET version = 2")


def test_a_version_2_database_is_upgraded_keeping_every_row(store):
    engine, _ = store
    path = engine.url.database
    with Session(engine) as session:
        before = [tuple(r.values()) for r in list_claims(session)]
    engine.dispose()
    _make_version_2(path)
    with sqlite3.connect(path) as conn:
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'claim_fts%'"
                                ).fetchall()
    engine = open_engine(path)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version FROM factcheck_schema").scalar() == (
                SCHEMA_VERSION)
        assert _triggers(path) >= set(text_index.TRIGGERS)
        with Session(engine) as session:
            assert [tuple(r.values()) for r in list_claims(session)] == before
            assert session.exec(select(func.count()).select_from(Claim)).one() == len(before)
        _index_agrees(engine)
    finally:
        engine.dispose()


#: The index as schema 3 made it: the figure's text a column of its own, column sizes kept.
_VERSION_3 = [
    f"CREATE VIRTUAL TABLE {text_index.TABLE} USING fts5(text, sentence, eff_subject, "
    "eff_attribution, content='claim', content_rowid='id', tokenize='trigram')",
    f"INSERT INTO {text_index.TABLE}({text_index.TABLE}) VALUES ('rebuild')",
    "CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN INSERT INTO claim_fts(rowid, "
    "text, sentence, eff_subject, eff_attribution) VALUES (new.id, new.text, new.sentence, "
    "new.eff_subject, new.eff_attribution); END",
    "CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN INSERT INTO claim_fts("
    "claim_fts, rowid, text, sentence, eff_subject, eff_attribution) VALUES ('delete', "
    "old.id, old.text, old.sentence, old.eff_subject, old.eff_attribution); END",
    "CREATE TRIGGER claim_fts_update AFTER UPDATE OF id, text, sentence, eff_subject, "
    "eff_attribution ON claim BEGIN INSERT INTO claim_fts(claim_fts, rowid, text, sentence, "
    "eff_subject, eff_attribution) VALUES ('delete', old.id, old.text, old.sentence, "
    "old.eff_subject, old.eff_attribution); INSERT INTO claim_fts(rowid, text, sentence, "
    "eff_subject, eff_attribution) VALUES (new.id, new.text, new.sentence, new.eff_subject, "
    "new.eff_attribution); END",
]


def _fts_columns(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({text_index.TABLE})")]


def test_a_version_3_index_is_rebuilt_without_the_figures_text(store):
    engine, _ = store
    path = engine.url.database
    with Session(engine) as session:
        before = [tuple(r.values()) for r in list_claims(session)]
        figure = list_claims(session, fields=("id", "text"), limit=1)[0]
    engine.dispose()
    _make_version_2(path)
    with sqlite3.connect(path) as conn:
        for ddl in _VERSION_3:
            conn.execute(ddl)
        conn.execute("UPDATE factcheck_schema SET version = 3")
    assert _fts_columns(path) == ["text", "sentence", "eff_subject", "eff_attribution"]
    engine = open_engine(path)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version FROM factcheck_schema").scalar() == (
                SCHEMA_VERSION)
        assert _fts_columns(path) == list(text_index.COLUMNS)
        with sqlite3.connect(path) as conn:
            assert not conn.execute("SELECT name FROM sqlite_master WHERE name = ?",
                                    (f"{text_index.TABLE}_docsize",)).fetchall()
        _index_agrees(engine)
        with Session(engine) as session:
            assert [tuple(r.values()) for r in list_claims(session)] == before
            found = list_claims(session, ClaimFilters(search=figure["text"]), fields=("id",))
        assert figure["id"] in {r["id"] for r in found}
    finally:
        engine.dispose()


def test_a_figure_outside_its_sentence_is_still_found(store):
    """The index's sentence column also holds the figure's text when the sentence lacks it
    (no claim the extractor makes), through inserts, edits and deletes."""
    engine, _ = store
    with write_session(engine) as session:
        row = {**claim_rows(None, _fake_claims("x"))[0], "document_id": 1,
               "text": "9,999 wombats", "sentence": "A sentence without the figure."}
        claim_id = session.exec(insert(Claim.__table__).values(row)).inserted_primary_key[0]
        session.commit()
    _index_agrees(engine)
    assert claim_id in _found(engine, "sentence", "9,999 wombats")
    with Session(engine) as session:
        assert "claim_fts MATCH" in _compiled(engine, ClaimFilters(search="999 WOMBAT"))
        assert [r["id"] for r in list_claims(session, ClaimFilters(search="999 WOMBAT"))] == [
            claim_id]
    with write_session(engine) as session:  # now inside: the sentence alone is indexed
        session.exec(Claim.__table__.update().where(Claim.__table__.c.id == claim_id).values(
            sentence="Then 9,999 wombats fled."))
        session.commit()
    _index_agrees(engine)
    assert claim_id in _found(engine, "sentence", "then 9,999 wombats")
    with write_session(engine) as session:
        session.delete(session.get(Claim, claim_id))
        session.commit()
    _index_agrees(engine)
    assert not _found(engine, "sentence", "wombats")


def test_the_extractor_keeps_each_figure_inside_its_sentence(store):
    """Why the index need not hold the figure's text apart: ingest stores every figure
    inside its sentence (the index would hold it anyway if not)."""
    engine, _ = store
    with Session(engine) as session:
        rows = list_claims(session, fields=("id", "text", "sentence"))
    assert rows and all(r["text"] in r["sentence"] for r in rows)


def test_without_fts5_filters_still_work_and_the_index_comes_back(store, monkeypatch):
    engine, _ = store
    path = engine.url.database
    wanted = ClaimFilters(search="Hostages")
    with Session(engine) as session:
        expected = [r["id"] for r in list_claims(session, wanted)]
    engine.dispose()
    assert expected
    _without_index(monkeypatch)
    engine = open_engine(path)  # the triggers could not run here: dropped
    try:
        assert not _triggers(path) & set(text_index.TRIGGERS)
        assert "claim_fts" not in _compiled(engine, wanted)
        with Session(engine) as session:
            assert [r["id"] for r in list_claims(session, wanted)] == expected
        with write_session(engine) as session:  # writes work without the index
            mark_claim(session, expected[0], subject="wombats")
            session.commit()
        with Session(engine) as session:
            assert [r["id"] for r in list_claims(session, ClaimFilters(search="wombat"))] == [
                expected[0]]
    finally:
        engine.dispose()
    monkeypatch.undo()
    engine = open_engine(path)  # FTS5 again: the index is rebuilt, with the edit in it
    try:
        assert _triggers(path) >= set(text_index.TRIGGERS)
        _index_agrees(engine)
        assert _found(engine, "eff_subject", "wombats") == {expected[0]}
    finally:
        engine.dispose()


def test_a_new_database_without_fts5_has_no_index(tmp_path, monkeypatch):
    _without_index(monkeypatch)
    engine = open_engine(tmp_path / "c.db")
    engine.dispose()
    assert not _triggers(tmp_path / "c.db")
    with sqlite3.connect(tmp_path / "c.db") as conn:
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'claim_fts%'"
                                ).fetchall()


@pytest.mark.parametrize("filters", [
    ClaimFilters(search="rafah"), ClaimFilters(search="ÉCOLE"), ClaimFilters(source="monde"),
    ClaimFilters(source="Polizei", category="killed"),
    ClaimFilters(search="the", status="unreviewed"),
])
@pytest.mark.parametrize("narrow", [0, 100_000])  # the text index's candidates, or the rest's
def test_a_page_of_sorted_candidates_is_the_listings_page(engine, filters, narrow,
                                                           monkeypatch):
    monkeypatch.setattr(queries, "NARROW", narrow)
    with Session(engine) as session:
        for key in SORT_KEYS:  # NULL outlets and dates among them
            for descending in (False, True):
                listing = [r["id"] for r in list_claims(session, filters, key, descending,
                                                        fields=("id",))]
                assert len(listing) >= 2
                for offset in (0, 2, len(listing) - 1):
                    assert sorted_candidates(session, filters, key, descending, 3, offset) == (
                        listing[offset: offset + 3]), (key, descending, offset)


def test_a_narrow_condition_beside_a_text_is_read_instead_of_the_candidates(engine):
    with Session(engine) as session:
        total = count_claims(session)
        one_document = count_claims(session, ClaimFilters(document=1))
        assert 0 < one_document < total
        assert not queries.narrower_elsewhere(session, ClaimFilters(search="Rafah"))  # no rest
        in_one = ClaimFilters(search="Rafah", document=1, category="killed")
        assert queries.narrower_elsewhere(session, in_one, most=one_document)
        assert not queries.narrower_elsewhere(session, in_one, most=one_document - 1)
        assert not queries.narrower_elsewhere(session, replace(in_one, document=None),
                                              most=total - 1)  # every claim is killed
        none_confirmed = ClaimFilters(search="Rafah", status="confirmed")
        assert queries.narrower_elsewhere(session, none_confirmed, most=0)


def test_sorted_candidates_sorts_them_rather_than_walk_an_index(engine):
    filters = ClaimFilters(search="Rafah")
    stmt = select_claims(filters, ("id",), "value", True, sort_index=False).limit(5)
    sql = str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
    assert "ORDER BY +claim.eff_value DESC, +claim.id DESC" in sql
    with engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "claim_fts VIRTUAL TABLE" in plan and "TEMP B-TREE FOR ORDER BY" in plan
    with Session(engine) as session:
        assert sorted_candidates(session, ClaimFilters(search="ra"), "value", True, 5) is None
        assert sorted_candidates(session, ClaimFilters(category="killed"), "value", True,
                                 5) is None


def test_without_fts5_no_candidates_are_sorted(engine, monkeypatch):
    _without_index(monkeypatch)
    with Session(engine) as session:
        assert sorted_candidates(session, ClaimFilters(search="Rafah"), "value", True, 5) is None
