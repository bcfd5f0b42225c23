"""Claim queries: filters, sorting and paging done in SQL, on effective values."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlmodel import Session

from factcheck.db import open_engine, write_session
from factcheck.extract import CATEGORIES, ExtractedClaim
from factcheck.ingest import claim_rows
from factcheck.models import Claim, Document
from factcheck.store import (
    SORT_KEYS,
    STREAM_FIELDS,
    ClaimFilters,
    count_claims,
    distinct_values,
    get_claim,
    list_claims,
    mark_claim,
    select_claims,
    stream_claims,
)
from factcheck.store.queries import sorted_candidates, source_values_page, walked_page

SOURCES = ["the health ministry", "Israel", "the UN", None, "100% sure_source", "police"]
OUTLETS = ["Reuters", "AP", None, "Al Jazeera"]


def _fake_claims(rng: random.Random, n: int, text: str) -> list[ExtractedClaim]:
    claims = []
    for i in range(n):
        start = i * 10
        value = float(rng.choice([3, 12, 240, 1400, 9061, 9061, 25000]))
        claims.append(ExtractedClaim(
            start=start, end=start + 5, text=text[start:start + 5], value=value,
            qualifier=rng.choice(["exact", "at_least", "about"]), low=value, high=value,
            category=rng.choice(CATEGORIES), subject=rng.choice(["people", "children", None]),
            location=rng.choice(["Gaza", None]), attribution=rng.choice(SOURCES),
            date=rng.choice([None, date(2023, 10, 7) + timedelta(days=rng.randint(0, 40))]),
            sentence=f"Sentence {i} about [bold]{value:.0f}[/bold] figures.", sentence_start=start,
        ))
    return claims


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = open_engine(tmp_path_factory.mktemp("q") / "claims.db")
    rng = random.Random(4)
    with write_session(engine) as session:
        for d in range(4):
            text = "".join(f"{rng.randint(10000, 99999)} word " for _ in range(200))
            doc = Document(path=f"/news/{['a', 'b', 'c', 'd'][d]}/article{d}.txt",
                           content_hash=f"h{d}", size_bytes=len(text), encoding="utf-8",
                           text=text, outlet=OUTLETS[d], published=date(2023, 10, 10 + d),
                           published_source="text", extractor_version="t")
            session.add(doc)
            session.flush()
            session.exec(insert(Claim.__table__),
                         params=claim_rows(doc.id, _fake_claims(rng, 80, text)))
        session.commit()
    with write_session(engine) as session:  # reviews over some claims
        mark_claim(session, 1, "confirmed", category="killed", value=77)
        mark_claim(session, 2, "disputed", attribution="a reviewer's source")
        mark_claim(session, 3, "rejected")
        session.commit()
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):
    with Session(engine) as session:
        yield session


def _all(session):
    return list_claims(session)


def test_rows_carry_effective_and_original_values(session):
    row = get_claim(session, 1)
    assert (row["value"], row["category"], row["status"]) == (77, "killed", "confirmed")
    assert row["original_value"] != 77 or row["original_category"] != "killed"
    assert row["path"].startswith("/news/") and row["reviewer"]
    assert get_claim(session, 2)["attribution"] == "a reviewer's source"
    assert get_claim(session, 999_999) is None


FILTER_CASES = [
    (ClaimFilters(category="killed"), lambda r: r["category"] == "killed"),
    (ClaimFilters(category=("killed", "hostages")),
     lambda r: r["category"] in ("killed", "hostages")),
    (ClaimFilters(status="confirmed"), lambda r: r["status"] == "confirmed"),
    (ClaimFilters(status=("disputed", "rejected")),
     lambda r: r["status"] in ("disputed", "rejected")),
    (ClaimFilters(source="MINISTRY"),
     lambda r: "ministry" in (r["attribution"] or "").lower()),
    (ClaimFilters(source="reuters"), lambda r: r["outlet"] == "Reuters"),
    (ClaimFilters(source="reviewer"), lambda r: "reviewer" in (r["attribution"] or "")),
    (ClaimFilters(source="100%"), lambda r: "100%" in (r["attribution"] or "")),
    (ClaimFilters(source="e_s"), lambda r: "e_s" in (r["attribution"] or "")),
    (ClaimFilters(document=2), lambda r: r["document_id"] == 2),
    (ClaimFilters(document="2"), lambda r: r["document_id"] == 2),
    (ClaimFilters(document="c/article2.txt"), lambda r: r["path"].endswith("c/article2.txt")),
    (ClaimFilters(document="/news/d/article3.txt"), lambda r: r["document_id"] == 4),
    (ClaimFilters(since=date(2023, 11, 1)),
     lambda r: r["date"] is not None and r["date"] >= date(2023, 11, 1)),
    (ClaimFilters(until=date(2023, 10, 15)),
     lambda r: r["date"] is not None and r["date"] <= date(2023, 10, 15)),
    (ClaimFilters(search="CHILDREN"), lambda r: r["subject"] == "children"),
    (ClaimFilters(search="[bold]240"), lambda r: "[bold]240[" in r["sentence"]),
    (ClaimFilters(category="killed", source="israel", since=date(2023, 10, 20)),
     lambda r: r["category"] == "killed" and (r["attribution"] or "").lower() == "israel"
     and r["date"] is not None and r["date"] >= date(2023, 10, 20)),
]


@pytest.mark.parametrize(("filters", "keep"), FILTER_CASES)
def test_filters_match_a_python_filter(session, filters, keep):
    everything = _all(session)
    expected = [r["id"] for r in everything if keep(r)]
    assert expected, "the fixture should give every filter something to find"
    assert [r["id"] for r in list_claims(session, filters)] == expected
    assert count_claims(session, filters) == len(expected)


SOURCE_CASES = [
    ClaimFilters(source="MINISTRY"), ClaimFilters(source="100%"), ClaimFilters(source="e_s"),
    ClaimFilters(source="O"), ClaimFilters(source="i", category=("killed", "other")),
    ClaimFilters(source="the", since=date(2023, 10, 20), search="sentence"),
]


@pytest.mark.parametrize("filters", SOURCE_CASES)
def test_a_source_filter_sorted_by_source_is_read_from_its_distinct_sources(session,
                                                                              filters):
    for descending in (False, True):
        listing = [r["id"] for r in list_claims(session, filters, "source", descending,
                                                fields=("id",))]
        assert len(listing) >= 2
        for offset in (0, 1, len(listing) - 1, len(listing)):
            page = listing[offset: offset + 3]
            assert source_values_page(session, filters, "source", descending, 3,
                                      offset) == page, (descending, offset)
            assert walked_page(session, filters, "source", descending, 3, offset) == page
            assert sorted_candidates(session, filters, "source", descending, 3,
                                     offset) in (page, None)


def test_distinct_sources_are_not_used_where_they_cannot_give_the_page(session):
    ministry = ClaimFilters(source="ministry")
    sources = len(distinct_values(session, "attribution"))
    assert source_values_page(session, ministry, "source", False, 3, 0, sources) is not None
    assert source_values_page(session, ministry, "source", False, 3, 0, sources - 1) is None
    assert source_values_page(session, ministry, "value", False, 3) is None
    assert source_values_page(session, ClaimFilters(category="killed"), "source", False,
                              3) is None
    reuters = ClaimFilters(source="reuters")  # an outlet: its claims, whatever their source
    assert source_values_page(session, reuters, "source", False, 3) is None
    listing = [r["id"] for r in list_claims(session, reuters, "source", fields=("id",))]
    assert walked_page(session, reuters, "source", False, 3) == listing[:3]


def test_filter_that_matches_nothing(session):
    assert list_claims(session, ClaimFilters(search="no such text")) == []
    assert count_claims(session, ClaimFilters(document=12345)) == 0


def _key(field: str):
    def key(row):
        value = row[field]
        return (value is not None, value)  # SQLite sorts NULL first
    return key


SORT_FIELDS = {"value": "value", "date": "date", "category": "category",
               "source": "attribution", "status": "status", "subject": "subject",
               "qualifier": "qualifier", "outlet": "outlet", "published": "published",
               "path": "path"}


@pytest.mark.parametrize("order_by", sorted(SORT_FIELDS))
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_with_id_as_tie_breaker(session, order_by, descending):
    rows = list_claims(session, order_by=order_by, descending=descending)
    field = SORT_FIELDS[order_by]
    if order_by in ("outlet", "published", "path"):
        expected = sorted(_all(session), key=lambda r: (_key(field)(r), r["document_id"],
                                                        r["start"], r["id"]),
                          reverse=descending)
    else:
        expected = sorted(_all(session), key=lambda r: (_key(field)(r), r["id"]),
                          reverse=descending)
    assert [r["id"] for r in rows] == [r["id"] for r in expected]


def test_document_order_is_position_in_the_text(session):
    rows = list_claims(session, ClaimFilters(document=3), order_by="position")
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order_by=st.sampled_from(sorted(SORT_KEYS)), descending=st.booleans(),
       page=st.integers(1, 70), category=st.sampled_from([None, "killed", "troops"]))
def test_pages_put_together_are_the_whole_list(session, order_by, descending, page, category):
    filters = ClaimFilters(category=category)
    whole = [r["id"] for r in list_claims(session, filters, order_by, descending)]
    paged = []
    offset = 0
    while True:
        chunk = list_claims(session, filters, order_by, descending, limit=page, offset=offset)
        if not chunk:
            break
        assert len(chunk) <= page
        paged += [r["id"] for r in chunk]
        offset += page
    assert paged == whole
    assert count_claims(session, filters) == len(whole)


def test_stream_gives_the_same_claims_as_the_list(session):
    streamed = list(stream_claims(session, ClaimFilters(status="unreviewed"), batch_size=7))
    listed = list_claims(session, ClaimFilters(status="unreviewed"), fields=STREAM_FIELDS)
    assert [tuple(r) for r in streamed] == [tuple(r.values()) for r in listed]
    assert streamed[0].value == listed[0]["value"] and hasattr(streamed[0], "outlet")


def test_distinct_values(session):
    categories = distinct_values(session, "category")
    assert set(categories) == {r["category"] for r in _all(session)}
    assert set(distinct_values(session, "outlet")) == {o for o in OUTLETS if o}


def test_unknown_sort_or_field_is_refused():
    with pytest.raises(ValueError, match="cannot sort"):
        select_claims(order_by="nonsense")
    with pytest.raises(ValueError, match="unknown claim field"):
        select_claims(fields=("id", "password"))


def _plan(session, stmt) -> str:
    compiled = stmt.compile(dialect=session.get_bind().dialect,
                            compile_kwargs={"literal_binds": True})
    rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
    return " | ".join(r[-1] for r in rows)


@pytest.mark.parametrize("order_by", ["id", "value", "date", "category", "source", "status",
                                      "document"])
def test_pages_come_from_an_index_not_a_sort(session, order_by):
    plan = _plan(session, select_claims(order_by=order_by).limit(50))
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("filters", [ClaimFilters(category="killed"),
                                     ClaimFilters(status="confirmed"),
                                     ClaimFilters(document=2)])
def test_filters_use_an_index(session, filters):
    plan = _plan(session, select_claims(filters).limit(50))
    assert "USING INDEX" in plan or "USING INTEGER PRIMARY KEY" in plan, plan
