"""Pages of text filters read through each claim's rank in a sort order (``sort_ranks``):
always the listing's own rows in its own order, also after reviews change claims and new
claims arrive, which the ranks do not know."""

from __future__ import annotations

import pytest
from sqlalchemy import column, select
from sqlmodel import Session
from tui_support import seeded_engine

from factcheck.ingest import ingest_paths
from factcheck.store.queries import ClaimFilters, list_claims
from factcheck.store.review import mark_claim
from factcheck.tui import sort_ranks
from factcheck.tui.sort_ranks import (
    RANKED,
    build_ranks,
    build_ranks_apart,
    changed_since,
    ranked_page,
)

FILTERS = [ClaimFilters(search="the"), ClaimFilters(search="killed", category="killed"),
           ClaimFilters(source="ministry"), ClaimFilters(search="the", source="health")]


def listing(session: Session, filters: ClaimFilters, key: str, descending: bool) -> list[int]:
    return [r["id"] for r in list_claims(session, filters, key, descending, fields=("id",))]


def pages(session, filters, ranks, descending, size, total) -> list[int]:
    """Every page of ``filters`` read through ``ranks``, joined."""
    out: list[int] = []
    for offset in range(0, total + size, size):
        found = ranked_page(session, filters, ranks, descending, size, offset)
        assert found is not None
        out += found[0]
    return out


@pytest.mark.parametrize("spare", [0, 50])  # 0: the front often falls short, all are sorted
@pytest.mark.parametrize("key", RANKED)
def test_ranked_pages_are_the_listings_pages(tmp_path, monkeypatch, key, spare):
    engine = seeded_engine(tmp_path, monkeypatch)
    monkeypatch.setattr(sort_ranks, "FRONT_SPARE", spare)
    with Session(engine) as session:
        ranks = build_ranks(session, key)
        for filters in FILTERS:
            for descending in (False, True):
                wanted = listing(session, filters, key, descending)
                assert len(wanted) >= 3, filters
                assert pages(session, filters, ranks, descending, 3, len(wanted)) == wanted
                found = ranked_page(session, filters, ranks, descending, 5, 2)
                assert found == (wanted[2:7], 0)


def test_claims_reviewed_after_the_ranks_are_built_take_their_new_place(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    filters = ClaimFilters(search="the")
    with Session(engine) as session:
        ranks = build_ranks(session, "value")
        before = listing(session, filters, "value", True)
        last, first = before[-1], before[0]
        # the smallest value becomes the largest and the largest the smallest
        mark_claim(session, last, "confirmed", value=10_000_000)
        mark_claim(session, first, "disputed", value=0)
        session.commit()
        assert changed_since(session, ranks) == {last, first}
        after = listing(session, filters, "value", True)
        assert after != before and after[0] == last and after[-1] == first
        assert pages(session, filters, ranks, True, 4, len(after)) == after
        assert ranked_page(session, filters, ranks, True, 4)[1] == 2


def test_claims_added_after_the_ranks_are_built_are_merged_in(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    filters = ClaimFilters(search="killed")
    with Session(engine) as session:
        ranks = build_ranks(session, "category")
        known = len(listing(session, filters, "category", False))
    article = tmp_path / "new" / "late.txt"
    article.parent.mkdir()
    article.write_text("Late report\n\nPublished: November 9, 2023\n\nOfficials said 77 "
                       "people were killed and 12 were injured in a strike that killed 3 "
                       "children.\n", encoding="utf-8")
    assert ingest_paths(engine, [str(article.parent)]).new == 1
    with Session(engine) as session:
        wanted = listing(session, filters, "category", False)
        assert len(wanted) > known
        assert pages(session, filters, ranks, False, 4, len(wanted)) == wanted
        assert ranked_page(session, filters, ranks, False, 4)[1] == len(wanted) - known


def test_a_page_the_rest_of_the_filter_rejects_is_given_up(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    monkeypatch.setattr(sort_ranks, "MOST_TESTED", 2)
    monkeypatch.setattr(sort_ranks, "FIRST_TESTED", 1)
    monkeypatch.setattr(sort_ranks, "FRONT_SPARE", 0)
    with Session(engine) as session:
        ranks = build_ranks(session, "value")
        nowhere = ClaimFilters(search="the", status="confirmed")  # nothing is confirmed
        assert listing(session, nowhere, "value", True) == []
        assert ranked_page(session, nowhere, ranks, True, 1) is None
        monkeypatch.setattr(sort_ranks, "MOST_TESTED", 1_000_000)
        assert ranked_page(session, nowhere, ranks, True, 1) == ([], 0)


def test_no_ranks_for_the_id_order_and_no_page_without_text(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    with Session(engine) as session:
        with pytest.raises(ValueError, match="no ranks"):
            build_ranks(session, "id")
        ranks = build_ranks(session, "date")
        assert ranked_page(session, ClaimFilters(category="killed"), ranks, False, 5) is None
        assert ranked_page(session, ClaimFilters(search="th"), ranks, False, 5) is None


@pytest.mark.parametrize("key", ["value", "outlet"])
def test_ranks_built_in_a_child_process_are_those_built_here(tmp_path, monkeypatch, key):
    engine = seeded_engine(tmp_path, monkeypatch)
    with Session(engine) as session:
        mark_claim(session, 3, "confirmed", value=5)
        session.commit()
        here = build_ranks(session, key)
    apart = build_ranks_apart(engine, key)
    assert apart == here and apart.newest_event == 1
    assert sorted(apart.ranks)[-1] == len(listing(Session(engine), None, key, False))


def test_a_child_that_fails_says_why(tmp_path, monkeypatch):
    engine = seeded_engine(tmp_path, monkeypatch)
    monkeypatch.setattr(sort_ranks, "select_claims", lambda *a: select(column("nonsense")))
    with pytest.raises(RuntimeError, match=r"ranks of the value order: .*no such column"):
        build_ranks_apart(engine, "value")
