"""Properties of grouping and checking that must hold for any claims (Hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.figures import FigureClaim, analyse
from factcheck.figures.intervals import consistent

SUBJECTS = ["people", "Palestinians", "civilians", "children", "US troops", "soldiers", None]
PLACES = ["Gaza", "the Gaza Strip", "West Bank", "Ukraine", None]
SOURCES = ["Reuters", "AP", "the health ministry", "Health Ministry", "UN"]
QUALIFIERS = ["exact", "at_least", "more_than", "about", "vague"]


@st.composite
def claims(draw, max_size: int = 40) -> list[FigureClaim]:
    n = draw(st.integers(1, max_size))
    out = []
    for i in range(n):
        value = float(draw(st.integers(1, 20_000)))
        qualifier = draw(st.sampled_from(QUALIFIERS))
        low, high = {
            "exact": (value, value), "at_least": (value, None),
            "more_than": (value + 1, None), "about": (value * 0.9, value * 1.1),
            "vague": (value, value * 10 - 1),
        }[qualifier]
        day = draw(st.one_of(st.none(), st.integers(0, 30)))
        when = date(2024, 1, 1) + timedelta(days=day) if day is not None else None
        out.append(FigureClaim(
            id=i + 1, category=draw(st.sampled_from(["killed", "troops", "hostages"])),
            subject=draw(st.sampled_from(SUBJECTS)), location=draw(st.sampled_from(PLACES)),
            value=value, low=low, high=high, qualifier=qualifier, date=when,
            source=draw(st.sampled_from(SOURCES)), document_id=draw(st.integers(1, 5)),
            published=when, key=f"k{i + 1}",
        ))
    return out


@settings(max_examples=60, deadline=None)
@given(claims())
def test_every_claim_is_in_exactly_one_figure(items):
    result = analyse(items)
    seen = sorted(c.id for f in result.figures.values() for c in f.claims)
    assert seen == sorted(c.id for c in items)
    for fig in result.figures.values():
        assert {c.category for c in fig.claims} == {fig.category}


@settings(max_examples=60, deadline=None)
@given(claims(), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_input_order(items, rnd):
    first = analyse(items)
    shuffled = items[:]
    rnd.shuffle(shuffled)
    second = analyse(shuffled)
    assert {k: sorted(c.id for c in f.claims) for k, f in first.figures.items()} == {
        k: sorted(c.id for c in f.claims) for k, f in second.figures.items()}
    assert sorted(d.key for d in first.discrepancies) == sorted(
        d.key for d in second.discrepancies)


@settings(max_examples=60, deadline=None)
@given(claims())
def test_discrepancies_name_claims_of_their_figure_and_disagree(items):
    result = analyse(items)
    by_id = {c.id: c for c in items}
    for d in result.discrepancies:
        members = {c.id for c in result.figures[d.figure_id].claims}
        assert set(d.claim_ids) <= members
        assert d.gap > 0
        involved = [by_id[i] for i in d.claim_ids]
        assert any(not consistent(a.low, a.high, b.low, b.high, 0.05)
                   for a in involved for b in involved)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 5_000), min_size=2, max_size=30, unique=True),
       st.lists(st.sampled_from(SOURCES), min_size=30, max_size=30))
def test_a_rising_toll_is_never_flagged(values, sources):
    values = sorted(values)
    items = [
        FigureClaim(i + 1, "killed", "people", "Gaza", float(v), float(v), float(v), "exact",
                    date(2024, 1, 1) + timedelta(days=i), sources[i], i + 1,
                    date(2024, 1, 1) + timedelta(days=i), f"k{i}")
        for i, v in enumerate(values)
    ]
    assert analyse(items).discrepancies == []


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 100_000), st.lists(st.sampled_from(SOURCES), min_size=2, max_size=10),
       st.lists(st.sampled_from(QUALIFIERS), min_size=10, max_size=10))
def test_claims_around_one_value_the_same_day_agree(value, sources, qualifiers):
    items = []
    for i, (source, qualifier) in enumerate(zip(sources, qualifiers, strict=False)):
        v = float(value)
        low, high = {"exact": (v, v), "at_least": (v, None), "more_than": (v, None),
                     "about": (v * 0.9, v * 1.1), "vague": (v, v * 10)}[qualifier]
        items.append(FigureClaim(i + 1, "killed", "people", "Gaza", v, low, high, qualifier,
                                 date(2024, 1, 1), source, i + 1, date(2024, 1, 1), f"k{i}"))
    assert analyse(items).discrepancies == []
