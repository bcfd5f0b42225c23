"""The figures commands end to end on articles written for these tests.

figures, discrepancies, group, resolve, rename (and export --what) run through
``factcheck.cli.main`` on a database in tmp_path, after ``factcheck ingest``.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from figures_support import STORY
from store_support import SEEDS, run_cli, write_articles


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """Every command runs in tmp_path: the default claims.db is never the project's."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.setenv("FACTCHECK_REVIEWER", "tester")


@pytest.fixture
def story(capsys, tmp_path):
    write_articles(tmp_path / "articles", STORY)
    status, _out, err = run_cli(capsys, "ingest", tmp_path / "articles")
    assert status == 0, err
    return tmp_path / "claims.db"


def jsonl(capsys, *argv) -> list[dict]:
    status, out, err = run_cli(capsys, *argv, "--format", "jsonl")
    assert status == 0, err
    return [json.loads(line) for line in out.splitlines()]


def claims_by_file(capsys) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in jsonl(capsys, "claims"):
        out.setdefault(row["path"].rsplit("/", 1)[-1], []).append(row)
    return out


def claim_id(capsys, name: str) -> int:
    [row] = claims_by_file(capsys)[name]
    return row["id"]


def ids_of(capsys) -> dict[str, int]:
    """Claim id per article, for the articles with one claim."""
    return {name: rows[0]["id"] for name, rows in claims_by_file(capsys).items()
            if len(rows) == 1}


def figure_of(capsys, cid: int) -> dict:
    """The figures row holding a claim (through the discrepancy-free figure listing)."""
    figures = jsonl(capsys, "figures")
    from sqlmodel import Session

    from factcheck.db import open_engine
    from factcheck.figures.service import analyse_store

    engine = open_engine("claims.db", create=False)
    with Session(engine) as session:
        analysis = analyse_store(session)
    engine.dispose()
    [fid] = [f.id for f in analysis.figures.values() if any(c.id == cid for c in f.claims)]
    return next(f for f in figures if f["id"] == fid)


def test_each_kind_is_found_with_its_figure_and_claims(capsys, story):
    ids = ids_of(capsys)
    found = jsonl(capsys, "discrepancies")
    by_kind = {}
    for d in found:
        by_kind.setdefault(d["kind"], []).append(d)
    assert sorted(by_kind) == ["conflict", "outlier", "revision"]
    [conflict] = by_kind["conflict"]
    assert set(conflict["claim_ids"]) == {ids["quake_a.txt"], ids["quake_b.txt"]}
    assert conflict["figure"] == figure_of(capsys, ids["quake_a.txt"])["id"]
    assert conflict["gap"] == 200 and conflict["status"] == "open"
    [revision, in_one_report] = sorted(by_kind["revision"], key=lambda d: d["first_date"])
    assert revision["claim_ids"] == [ids["toll_1.txt"], ids["toll_2.txt"]]
    assert revision["sources"] == ["Israeli officials"]
    assert (revision["first_date"], revision["last_date"]) == ("2023-11-02", "2023-11-10")
    mine = {r["value"]: r["id"] for r in claims_by_file(capsys)["mine_1.txt"]}
    assert in_one_report["claim_ids"] == [mine[45], mine[30]]
    assert "in one report" in in_one_report["summary"]
    [outlier] = by_kind["outlier"]
    assert outlier["claim_ids"][0] == ids["flood_4.txt"]
    assert outlier["sources"][0] == "a local official"


def test_consistent_and_rising_figures_are_left_alone(capsys, story):
    ids = ids_of(capsys)
    flagged = {i for d in jsonl(capsys, "discrepancies") for i in d["claim_ids"]}
    for name in ("hostages_1.txt", "hostages_2.txt", "gaza_1.txt", "gaza_2.txt"):
        assert ids[name] not in flagged
    fire = [r["id"] for r in claims_by_file(capsys)["fire_1.txt"]]
    assert len(fire) == 2 and not set(fire) & flagged  # "rose to 60 from 44": an update
    hostages = figure_of(capsys, ids["hostages_1.txt"])
    assert hostages == figure_of(capsys, ids["hostages_2.txt"])
    assert hostages["claims"] == 2 and hostages["discrepancies"] == 0
    gaza = figure_of(capsys, ids["gaza_1.txt"])
    assert gaza == figure_of(capsys, ids["gaza_2.txt"])
    assert (gaza["first_date"], gaza["last_date"]) == ("2023-10-20", "2023-11-02")
    assert gaza["conservative"] == 9061  # the latest figure, not the stale one


def test_figures_filter_by_category_and_formats(capsys, story):
    rows = jsonl(capsys, "figures", "--category", "hostages")
    assert rows and {r["category"] for r in rows} == {"hostages"}
    status, out, err = run_cli(capsys, "figures", "--format", "csv")
    assert status == 0, err
    table = list(csv.DictReader(io.StringIO(out)))
    assert {r["id"] for r in table} == {r["id"] for r in jsonl(capsys, "figures")}
    assert "open_discrepancies" in table[0]
    status, out, err = run_cli(capsys, "figures")
    assert status == 0 and "Libya" in out


def test_discrepancy_filters(capsys, story):
    assert {d["kind"] for d in jsonl(capsys, "discrepancies", "--kind", "outlier")} == {"outlier"}
    assert jsonl(capsys, "discrepancies", "--status", "resolved") == []
    status, out, err = run_cli(capsys, "discrepancies", "--format", "csv")
    assert status == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4 and all(r["claim_ids"] for r in rows)
    status, out, _err = run_cli(capsys, "discrepancies")
    assert status == 0 and "conflict" in out and "4 discrepancies (4 open)" in out


def test_resolve_keeps_the_verdict_across_recomputation_and_reextraction(capsys, story):
    [conflict] = jsonl(capsys, "discrepancies", "--kind", "conflict")
    status, out, err = run_cli(capsys, "resolve", conflict["id"], "explained",
                               "--note", "Different counting times")
    assert status == 0, err
    assert out.strip() == f"discrepancy {conflict['id']}: explained"
    status, _out, err = run_cli(capsys, "ingest", "articles", "--reextract")
    assert status == 0, err
    [again] = jsonl(capsys, "discrepancies", "--status", "explained")
    assert again["id"] == conflict["id"]
    assert again["note"] == "Different counting times" and again["reviewer"] == "tester"
    assert len(jsonl(capsys, "discrepancies", "--status", "open")) == 3


def test_resolve_by_id_prefix_and_bad_ids(capsys, story):
    [outlier] = jsonl(capsys, "discrepancies", "--kind", "outlier")
    status, _out, err = run_cli(capsys, "resolve", outlier["id"][:6], "resolved",
                                "--note", "typo in one report")
    assert status == 0, err
    assert jsonl(capsys, "discrepancies", "--status", "resolved")[0]["id"] == outlier["id"]
    status, _out, err = run_cli(capsys, "resolve", "zzzzzz", "resolved", "--note", "x")
    assert status == 1 and err.startswith("factcheck: error:") and "no such discrepancy" in err
    assert len(err.strip().splitlines()) == 1
    status, _out, err = run_cli(capsys, "resolve", outlier["id"], "resolved")
    assert status == 2 and "--note" in err


def test_group_moves_a_claim_to_a_new_figure_and_back(capsys, story):
    cid = claim_id(capsys, "flood_4.txt")
    before = figure_of(capsys, cid)
    status, out, err = run_cli(capsys, "group", cid, "--new", "Derna deaths (local count)")
    assert status == 0, err
    assert "new figure custom-1" in out
    moved = figure_of(capsys, cid)
    assert moved["id"] == "custom-1" and moved["label"] == "Derna deaths (local count)"
    assert moved["claims"] == 1
    assert figure_of(capsys, claim_id(capsys, "flood_1.txt"))["claims"] == before["claims"] - 1
    assert jsonl(capsys, "discrepancies", "--kind", "outlier") == []  # only 3 sources left
    status, out, err = run_cli(capsys, "group", cid, "--figure", before["id"][:6])
    assert status == 0, err
    assert figure_of(capsys, cid)["id"] == before["id"]


def test_group_survives_reextraction(capsys, story):
    cid = claim_id(capsys, "quake_b.txt")
    status, _out, err = run_cli(capsys, "group", cid, "--new", "Agency count")
    assert status == 0, err
    status, _out, err = run_cli(capsys, "ingest", "articles", "--reextract")
    assert status == 0, err
    assert figure_of(capsys, claim_id(capsys, "quake_b.txt"))["id"] == "custom-1"
    assert jsonl(capsys, "discrepancies", "--kind", "conflict") == []


def test_group_refuses_bad_input(capsys, story):
    status, _out, err = run_cli(capsys, "group", 999999, "--new", "x")
    assert status == 1 and "claim 999999: no such claim" in err
    cid = claim_id(capsys, "quake_a.txt")
    status, _out, err = run_cli(capsys, "group", cid, "--figure", "nonexistent")
    assert status == 1 and "no such figure" in err
    status, _out, err = run_cli(capsys, "group", cid)
    assert status == 2
    status, _out, err = run_cli(capsys, "group", cid, "--new", "   ")
    assert status == 1 and "label" in err


def test_rename_and_untrusted_labels_are_shown_literally(capsys, story):
    cid = claim_id(capsys, "gaza_1.txt")
    fid = figure_of(capsys, cid)["id"]
    status, _out, err = run_cli(capsys, "rename", fid, "[bold red]=HYPERLINK(\"x\")\x1b[2J")
    assert status == 0, err
    status, out, err = run_cli(capsys, "figures")
    assert status == 0, err
    assert "[bold red]" in out and "\x1b" not in out
    status, out, _err = run_cli(capsys, "figures", "--format", "csv")
    row = next(r for r in csv.DictReader(io.StringIO(out)) if r["id"] == fid)
    assert row["label"] == '[bold red]=HYPERLINK("x")\ufffd[2J'  # control character shown


def test_formula_in_a_label_cannot_run_in_a_spreadsheet(capsys, story):
    fid = figure_of(capsys, claim_id(capsys, "gaza_1.txt"))["id"]
    status, _out, err = run_cli(capsys, "rename", fid, "=1+1")
    assert status == 0, err
    status, out, _err = run_cli(capsys, "figures", "--format", "csv")
    row = next(r for r in csv.DictReader(io.StringIO(out)) if r["id"] == fid)
    assert row["label"] == "'=1+1"


def test_rejected_claims_leave_their_figure_and_discrepancy(capsys, story):
    cid = claim_id(capsys, "quake_b.txt")
    status, _out, err = run_cli(capsys, "mark", cid, "rejected")
    assert status == 0, err
    assert jsonl(capsys, "discrepancies", "--kind", "conflict") == []
    assert figure_of(capsys, claim_id(capsys, "quake_a.txt"))["claims"] == 1


def test_corrected_value_is_what_figures_use(capsys, story):
    cid = claim_id(capsys, "quake_b.txt")
    status, _out, err = run_cli(capsys, "mark", cid, "confirmed", "--value", "1210")
    assert status == 0, err
    assert jsonl(capsys, "discrepancies", "--kind", "conflict") == []


def test_commands_need_an_existing_database(capsys, tmp_path):
    for argv in (("figures",), ("discrepancies",), ("group", "1", "--new", "x"),
                 ("resolve", "c123", "open", "--note", "x"), ("rename", "abc", "x")):
        status, _out, err = run_cli(capsys, *argv, "--db", tmp_path / "missing.db")
        assert status == 1, argv
        assert err.startswith("factcheck: error:") and len(err.strip().splitlines()) == 1
        assert not (tmp_path / "missing.db").exists()


def test_seeds_figures_through_the_real_extractor(capsys, tmp_path):
    status, _out, err = run_cli(capsys, "ingest", SEEDS)
    assert status == 0, err
    assert jsonl(capsys, "discrepancies") == []
    rows = {r["path"].rsplit("/", 1)[-1][:3] + ":" + r["text"]: r["id"]
            for r in jsonl(capsys, "claims")}
    same = [("003:at least 9,061", "004:more than 9,227"),
            ("003:1,400", "004:more than 1,400"),
            ("003:hundreds", "004:more than 240")]
    for a, b in same:
        key_a = next(k for k in rows if k.lower() == a)
        key_b = next(k for k in rows if k.lower() == b)
        assert figure_of(capsys, rows[key_a])["id"] == figure_of(capsys, rows[key_b])["id"]
    gaza = figure_of(capsys, rows[next(k for k in rows if k.lower() == "003:at least 9,061")])
    oct7 = figure_of(capsys, rows["003:1,400"])
    assert gaza["id"] != oct7["id"]
    assert gaza["category"] == oct7["category"] == "killed"
    # a rising timeline: dated claims of the Gaza toll never go down
    from sqlmodel import Session

    from factcheck.db import open_engine
    from factcheck.figures.service import analyse_store

    engine = open_engine("claims.db", create=False)
    with Session(engine) as session:
        figure = analyse_store(session).figures[gaza["id"]]
    engine.dispose()
    top: dict = {}
    for c in figure.claims:
        if c.when:
            top[c.when] = max(top.get(c.when, 0), c.low)
    highest = [top[day] for day in sorted(top)]
    assert len(highest) >= 2 and highest == sorted(highest)


def test_export_figures_and_discrepancies_through_the_csv_writer(capsys, story, tmp_path):
    out = tmp_path / "figures.csv"
    status, _out, err = run_cli(capsys, "export", out, "--what", "figures")
    assert status == 0, err
    assert "exported" in err and "figures" in err
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["id"] for r in rows} == {f["id"] for f in jsonl(capsys, "figures")}
    status, text, err = run_cli(capsys, "export", "-", "--what", "discrepancies")
    assert status == 0, err
    found = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["kind"] for r in found) == ["conflict", "outlier", "revision", "revision"]
    conflict = next(r for r in found if r["kind"] == "conflict")
    ids = {claim_id(capsys, "quake_a.txt"), claim_id(capsys, "quake_b.txt")}
    assert {int(i) for i in conflict["claim_ids"].split()} == ids
    status, text, err = run_cli(capsys, "export", "-", "--what", "figures",
                                "--category", "hostages")
    assert status == 0, err
    assert {r["category"] for r in csv.DictReader(io.StringIO(text))} == {"hostages"}


def test_vague_figures_read_as_the_article_put_them() -> None:
    from factcheck.cli.claims_view import format_figure
    from factcheck.figures.display import stated

    assert stated(1000, "vague") == "thousands"
    assert stated(100_000, "vague") == "hundreds of thousands"
    assert stated(9061, "at_least") == "at least 9,061"
    assert format_figure(12, "vague") == "dozens"
    assert format_figure(240, "more_than") == "more than 240"
