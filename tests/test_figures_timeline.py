"""Per-source timelines and the reconciliation summary."""

from __future__ import annotations

from figures_support import claim

from factcheck.figures import DEFAULT_SETTINGS, Settings, analyse


def only_figure(claims, settings=DEFAULT_SETTINGS):
    figures = analyse(claims, settings=settings).figures
    assert len(figures) == 1
    return next(iter(figures.values()))


def test_timelines_latest_range_and_conservative_figure():
    m1 = claim(8000, source="Health ministry", when="2023-11-01", location="Gaza")
    m2 = claim(9061, source="the health ministry", when="2023-11-02", location="Gaza",
               qualifier="at_least")
    pa = claim(9227, source="Palestinian authorities", when="2023-11-03", location="Gaza",
               qualifier="more_than")
    un = claim(9100, source="UN", when="2023-11-03", location="Gaza", qualifier="about")
    fig = only_figure([pa, m2, un, m1])
    # sources compared without case or article; each timeline in date order
    assert sorted(fig.timelines) == ["Health ministry", "Palestinian authorities", "UN"]
    ministry = fig.timelines["Health ministry"]
    assert [c.id for c in ministry] == [m1.id, m2.id]
    assert {c.id for c in fig.latest.values()} == {m2.id, pa.id, un.id}
    assert fig.range_low == min(9061, un.low)
    assert fig.range_high is None  # "more than 9,227" is unbounded
    assert fig.conservative.id == un.id  # about 9,100 reaches down to 8,190
    assert (fig.first_date.isoformat(), fig.last_date.isoformat()) == ("2023-11-01", "2023-11-03")


def test_bounded_range_and_conservative_is_lowest_lower_bound():
    a = claim(500, source="A", when="2024-01-10")
    b = claim(520, source="B", when="2024-01-10")
    c = claim(480, source="C", when="2024-01-09")
    fig = only_figure([a, b, c])
    assert (fig.range_low, fig.range_high) == (480, 520)
    assert fig.conservative.id == c.id


def test_stale_sources_leave_the_latest_range():
    old = claim(100, source="Old outlet", when="2024-01-01")
    new = claim(900, source="New outlet", when="2024-03-01")
    fig = only_figure([old, new], Settings(latest_window_days=7))
    assert (fig.range_low, fig.range_high) == (900, 900)
    assert set(fig.latest) == {"Old outlet", "New outlet"}  # still its latest figure
    wide = only_figure([old, new], Settings(latest_window_days=365))
    assert (wide.range_low, wide.range_high) == (100, 900)


def test_undated_claims_are_kept_but_dated_ones_are_latest():
    dated = claim(500, source="A", when="2024-01-10")
    undated = claim(700, source="A", when=None)
    fig = only_figure([undated, dated])
    assert fig.latest["A"].id == dated.id
    assert [c.id for c in fig.timelines["A"]] == [dated.id, undated.id]


def test_figure_with_only_undated_claims_still_has_a_range():
    a = claim(200, category="troops", subject="US troops", when=None, source="A")
    fig = only_figure([a])
    assert (fig.range_low, fig.range_high) == (200, 200)
    assert fig.first_date is None and fig.last_date is None
