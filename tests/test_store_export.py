"""The one CSV writer: header, UTF-8, numbers as numbers, no formulas, never half-written."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session
from store_support import write_articles

from factcheck.db import open_engine, write_session
from factcheck.export import (
    CLAIM_COLUMNS,
    EXPORTS,
    cell,
    get_export,
    write_csv,
    write_jsonl,
)
from factcheck.ingest import ingest_paths
from factcheck.store import ClaimFilters, count_claims, mark_claim
from factcheck.text_safety import csv_cell

DANGEROUS = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def _read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_header_rows_and_cell_conversion():
    out = io.StringIO()
    rows = [
        {"id": 1, "value": 9061.0, "high": None, "date": date(2023, 11, 2), "ok": True,
         "text": "at least 9,061", "ratio": 2.5},
        (2, 240.0, None, None, False, 'say "more"\nthan, 240', -0.5),  # a sequence row
    ]
    columns = ["id", "value", "high", "date", "ok", "text", "ratio"]
    assert write_csv(rows, columns, out) == 2
    assert out.getvalue().startswith("id,value,high,date,ok,text,ratio\r\n")
    parsed = _read(out.getvalue())
    assert parsed[0] == columns
    assert parsed[1] == ["1", "9061", "", "2023-11-02", "true", "at least 9,061", "2.5"]
    assert parsed[2] == ["2", "240", "", "", "false", 'say "more"\nthan, 240', "-0.5"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_no_text_cell_can_run_as_a_formula(text):
    out = io.StringIO()
    write_csv([{"note": text, "n": -5}], ["note", "n"], out)
    note, n = _read(out.getvalue())[1]
    assert not note.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert note.lstrip("'").replace("\ufffd", "\r") == text
    assert n == "-5"  # a negative number stays a number


def test_control_characters_are_neutralised():
    assert cell("red \x1b[31malert\x07") == "red \ufffd[31malert\ufffd"
    assert cell(datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2024-01-02T03:04:05+00:00"
    assert cell(float("inf")) == "inf" and cell(float("nan")) == ""
    assert cell({"a": 1}) == '{"a": 1}'


def test_file_output_is_utf8_with_bom_and_atomic(tmp_path):
    path = tmp_path / "out.csv"
    write_csv([{"who": "Médecins Sans Frontières", "n": 3}], ["who", "n"], path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [["who", "n"], ["Médecins Sans Frontières", "3"]]
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_a_failed_export_leaves_the_old_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old contents\n")

    def rows():
        yield {"n": 1}
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError):
        write_csv(rows(), ["n"], path)
    assert path.read_text() == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_jsonl_writer():
    out = io.StringIO()
    write_jsonl([{"id": 1, "value": 240.0, "date": date(2023, 11, 3), "x": "y"}],
                ["id", "value", "date"], out)
    assert out.getvalue() == '{"id": 1, "value": 240, "date": "2023-11-03"}\n'


def test_claims_export_source(tmp_path):
    assert "claims" in EXPORTS
    write_articles(tmp_path / "in")
    engine = open_engine(tmp_path / "c.db")
    try:
        ingest_paths(engine, [tmp_path / "in"])
        with write_session(engine) as session:
            mark_claim(session, 1, "confirmed", note="=cmd|' /C calc'!A0", value=1)
            session.commit()
        source = get_export("claims")
        assert source.columns == CLAIM_COLUMNS
        out = io.StringIO()
        with Session(engine) as session:
            filters = ClaimFilters(status="confirmed")
            count = write_csv(source.rows(session, filters), source.columns, out)
            assert count == count_claims(session, filters) == 1
            everything = write_csv(source.rows(session, None), source.columns, io.StringIO())
            assert everything == count_claims(session)
        header, row = _read(out.getvalue())
        record = dict(zip(header, row, strict=True))
        assert record["note"] == "'=cmd|' /C calc'!A0"
        assert (record["value"], record["status"]) == ("1", "confirmed")
        assert record["original_value"] != "1"
        assert record["path"].endswith(".txt") and record["sentence"]
    finally:
        engine.dispose()


@given(st.text())
def test_text_cells_match_text_safety(text):
    assert cell(text) == csv_cell(text)  # the fast path never skips a neutralisation
