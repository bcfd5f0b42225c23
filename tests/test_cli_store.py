"""The store commands end to end: ingest, claims, mark, history, export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys

import pytest
from store_support import ROOT, SEEDS, expected_total, run_cli, write_articles

from factcheck.cli.store_args import CORRECTABLE_CHOICES, STATUS_CHOICES
from factcheck.models import CORRECTABLE, STATUSES


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """Every command runs in tmp_path: the default claims.db is never the project's."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.setenv("FACTCHECK_REVIEWER", "tester")


@pytest.fixture
def seeded(capsys, tmp_path):
    status, _out, err = run_cli(capsys, "ingest", SEEDS)
    assert status == 0, err
    return tmp_path / "claims.db"


def _jsonl(capsys, *argv) -> list[dict]:
    status, out, err = run_cli(capsys, "claims", "--format", "jsonl", *argv)
    assert status == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_ingest_then_again_adds_nothing(capsys, tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    status, out, err = run_cli(capsys, "ingest", SEEDS)
    assert status == 0 and err == ""
    assert out.strip() == (f"ingest: documents {len(seeds)} new, 0 unchanged, 0 failed; "
                           f"{expected_total(seeds)} claims added (claims.db)")
    assert (tmp_path / "claims.db").exists()
    status, out, _err = run_cli(capsys, "ingest", SEEDS)
    assert status == 0
    assert f"0 new, {len(seeds)} unchanged, 0 failed; 0 claims added" in out


def test_ingest_needs_a_path(capsys):
    status, _out, err = run_cli(capsys, "ingest")
    assert status == 2 and "give at least one PATH" in err


def test_ingest_bad_files_are_named_and_the_rest_go_in(capsys, tmp_path):
    folder = tmp_path / "mixed"
    write_articles(folder)
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "empty.txt").write_text("")
    (folder / "cp1252.txt").write_bytes("Caf\xe9: 12 people were killed, police said.\n"
                                        .encode("cp1252"))
    status, out, err = run_cli(capsys, "ingest", folder, tmp_path / "gone.txt")
    assert status == 1
    lines = err.splitlines()
    assert f"factcheck: error: {folder / 'image.png'}: binary file, not text" in lines
    assert f"factcheck: error: {folder / 'empty.txt'}: empty file" in lines
    assert f"factcheck: error: {tmp_path / 'gone.txt'}: no such file or folder" in lines
    assert f"factcheck: warning: {folder / 'cp1252.txt'}: not UTF-8, read as cp1252" in lines
    assert "4 new, 0 unchanged, 3 failed" in out
    assert len(_jsonl(capsys)) == expected_total(
        [*(folder / n for n in ("gaza_toll.txt", "hostages.txt", "troops.txt", "cp1252.txt"))])


@pytest.mark.parametrize(("make", "problem"), [
    (lambda p: None, "folder {parent} does not exist"),
    (lambda p: p.parent.mkdir() or p.write_text("just text"), "not a database file"),
    (lambda p: p.mkdir(parents=True), "is a folder, not a database file"),
])
def test_bad_database_paths(capsys, tmp_path, make, problem):
    db = tmp_path / "sub" / "claims.db"
    make(db)
    for argv in (["ingest", SEEDS], ["claims"], ["export", "-"], ["mark", "1", "confirmed"],
                 ["history", "1"]):
        status, _out, err = run_cli(capsys, *argv, "--db", db)
        assert status == 1, argv
        assert err.splitlines() == [
            f"factcheck: error: {db}: {problem.format(parent=db.parent)}"], argv


def test_read_commands_do_not_create_a_database(capsys, tmp_path):
    status, _out, err = run_cli(capsys, "claims")
    assert status == 1 and "claims.db: no such database; run factcheck ingest first" in err
    assert not (tmp_path / "claims.db").exists()


def test_locked_database(capsys, seeded, monkeypatch, tmp_path):
    monkeypatch.setenv("FACTCHECK_BUSY_TIMEOUT", "0.2")
    write_articles(tmp_path / "more")
    holder = sqlite3.connect(seeded, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = _jsonl(capsys)  # readers are not blocked by a writer
        status, out, err = run_cli(capsys, "ingest", tmp_path / "more")
        assert status == 1
        assert (f"factcheck: error: {seeded.name}: database is locked by another writer "
                "(gave up after 0.2 s)") in err
        assert "ingest stopped" in err
        status, _out, err = run_cli(capsys, "mark", "1", "confirmed")
        assert status == 1 and "locked" in err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _jsonl(capsys) == before  # nothing lost, nothing half-written
    status, out, _err = run_cli(capsys, "ingest", tmp_path / "more")
    assert status == 0 and "3 new" in out


def test_claims_formats_agree(capsys, seeded):
    records = _jsonl(capsys)
    assert len(records) == expected_total(sorted(SEEDS.glob("*.txt")))
    assert {"id", "value", "attribution", "outlet", "date", "status", "path"} <= set(records[0])
    status, out, _err = run_cli(capsys, "claims", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [int(r["id"]) for r in rows] == [r["id"] for r in records]
    status, out, _err = run_cli(capsys, "claims")
    assert status == 0
    assert f"claims 1–{len(records)} of {len(records)}" in out
    for record in records[:5]:
        assert f"│ {record['id']:>2} │" in out or f"│ {record['id']} │" in out


def test_claims_filters_and_paging(capsys, seeded):
    records = _jsonl(capsys)
    category = records[0]["category"]
    only = _jsonl(capsys, "--category", category)
    assert only == [r for r in records if r["category"] == category]
    page = _jsonl(capsys, "--sort", "value", "--desc", "--limit", "3", "--offset", "1")
    by_value = sorted(records, key=lambda r: (r["value"], r["id"]), reverse=True)
    assert [r["id"] for r in page] == [r["id"] for r in by_value[1:4]]
    dated = [r for r in records if r["date"]]
    since = max(r["date"] for r in dated)
    assert _jsonl(capsys, "--since", since) == [r for r in dated if r["date"] >= since]
    status, _out, err = run_cli(capsys, "claims", "--category", "kittens")
    assert status == 2 and "unknown category 'kittens'" in err


def test_mark_history_export_and_reextract(capsys, seeded, tmp_path):
    first, second = _jsonl(capsys)[:2]
    status, out, err = run_cli(capsys, "mark", first["id"], "disputed", "--value", "1,234",
                               "--note", "=HYPERLINK(\"http://evil\")", "--reviewer", "ann")
    assert status == 0, err
    assert out.startswith(f"claim {first['id']}: status unreviewed → disputed; value ")
    status, out, err = run_cli(capsys, "mark", second["id"], "rejected", "--attribution",
                               "@SUM(A1)")
    assert status == 0, err
    status, out, _err = run_cli(capsys, "mark", second["id"], "rejected", "--attribution",
                                "@SUM(A1)")
    assert status == 0 and "unchanged" in out

    status, out, _err = run_cli(capsys, "ingest", "--reextract")
    assert status == 0 and "re-extracted" in out

    status, out, _err = run_cli(capsys, "history", first["id"])
    assert status == 0 and "ann" in out and "disputed" in out and "1,234" in out
    status, out, _err = run_cli(capsys, "history", first["id"], "--format", "jsonl")
    (event,) = [json.loads(line) for line in out.splitlines()]
    assert event["new"]["corrections"] == {"value": 1234.0} and event["reviewer"] == "ann"

    status, out, err = run_cli(capsys, "export", tmp_path / "out.csv")
    assert status == 0 and "exported" in err
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {int(r["id"]): r for r in csv.DictReader(fh)}
    assert len(rows) == len(_jsonl(capsys))
    marked = rows[first["id"]]
    assert (marked["value"], marked["status"], marked["reviewer"]) == ("1234", "disputed", "ann")
    assert marked["original_value"] == str(int(first["value"]))
    assert marked["note"] == "'=HYPERLINK(\"http://evil\")"
    assert rows[second["id"]]["attribution"] == "'@SUM(A1)"
    assert rows[second["id"]]["status"] == "rejected"
    for row in rows.values():
        assert row["path"] and row["sentence"] is not None and row["start"].isdigit()

    status, out, _err = run_cli(capsys, "export", "-", "--status", "disputed")
    parsed = list(csv.DictReader(io.StringIO(out)))
    assert [int(r["id"]) for r in parsed] == [first["id"]]


def test_mark_and_history_errors(capsys, seeded):
    status, _out, err = run_cli(capsys, "mark", "999999", "confirmed")
    assert status == 1 and err.strip() == "factcheck: error: claim 999999: no such claim"
    status, _out, err = run_cli(capsys, "mark", "1", "approved")
    assert status == 2 and "invalid choice" in err
    status, _out, err = run_cli(capsys, "mark", "1", "confirmed", "--value", "lots")
    assert status == 2 and "not a number" in err
    status, _out, err = run_cli(capsys, "history", "999999")
    assert status == 1 and "no such claim" in err
    status, out, _err = run_cli(capsys, "history", "1")
    assert status == 0 and "not reviewed yet" in out
    status, _out, err = run_cli(capsys, "history")
    assert status == 2


def test_history_orphaned(capsys, seeded):
    status, out, _err = run_cli(capsys, "history", "--orphaned")
    assert status == 0 and out.strip() == "no orphaned reviews"


def test_export_to_a_missing_folder(capsys, seeded, tmp_path):
    status, _out, err = run_cli(capsys, "export", tmp_path / "nope" / "x.csv")
    assert status == 1
    assert err.strip() == (f"factcheck: error: {tmp_path / 'nope' / 'x.csv'}: folder "
                           f"{tmp_path / 'nope'} does not exist")


def test_article_text_is_shown_literally(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("At least 12 people [bold red]were killed in Gaza, the ministry said. "
                       "\x1b[31m\x07[link=http://x]click[/link]\n")
    status, _out, err = run_cli(capsys, "ingest", hostile, "--outlet", "[blink]Wire[/blink]")
    assert status == 0, err
    (claim,) = _jsonl(capsys)
    status, _out, err = run_cli(capsys, "mark", claim["id"], "confirmed", "--subject",
                                "[red]kids[/red]\x1b[2J")
    assert status == 0, err
    status, out, _err = run_cli(capsys, "claims")
    assert status == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "[blink]Wire[/blink]" in out  # markup printed as text, not applied
    assert "[red]kids[/red]\ufffd[2J" in out
    status, out, _err = run_cli(capsys, "history", claim["id"])
    assert "\x1b" not in out and "[red]kids[/red]" in out


def test_store_commands_keep_the_parser_light():
    code = ("import sys; from factcheck.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('sqlmodel', 'sqlalchemy', 'rich', 'textual') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"


def test_cli_choices_match_the_models():
    assert STATUS_CHOICES == STATUSES
    assert CORRECTABLE_CHOICES == CORRECTABLE
