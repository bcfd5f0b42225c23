"""Conflicts, revisions and outliers found; updates and consistent claims left alone."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from figures_support import claim

from factcheck.figures import DEFAULT_SETTINGS, Settings, analyse


def found(claims, settings=DEFAULT_SETTINGS):
    return analyse(claims, settings=settings).discrepancies


def kinds(claims, settings=DEFAULT_SETTINGS) -> list[str]:
    return [d.kind for d in found(claims, settings)]


# --- conflicts -------------------------------------------------------------------------


def test_two_outlets_same_day_disagreeing_is_a_conflict():
    a = claim(1200, source="Reuters", when="2024-02-10", location="Turkey")
    b = claim(1400, source="AP", when="2024-02-10", location="Turkey")
    [d] = found([a, b])
    assert d.kind == "conflict"
    assert set(d.claim_ids) == {a.id, b.id}
    assert set(d.sources) == {"Reuters", "AP"}
    assert d.gap == 200
    assert d.ratio == pytest.approx(200 / 1200)
    assert d.first_date.isoformat() == "2024-02-10"
    assert "1,200" in d.summary and "1,400" in d.summary


def test_conflict_in_a_non_cumulative_figure():
    a = claim(200, category="troops", subject="US troops", source="Pentagon", when="2024-01-05")
    b = claim(2000, category="troops", subject="American troops", source="CNN",
              when="2024-01-05")
    assert kinds([a, b]) == ["conflict"]


def test_conflict_within_the_same_time_window_for_non_cumulative_figures():
    wide = Settings(same_time_days=7)
    day = date(2024, 1, 10).toordinal()
    start = date.fromordinal(day - day % 7)  # buckets are aligned on a fixed epoch
    a = claim(40, category="hostages", subject="hostages", source="A", when=start)
    b = claim(90, category="hostages", subject="hostages", source="B",
              when=start + timedelta(days=3))
    c = claim(90, category="hostages", subject="hostages", source="B",
              when=start + timedelta(days=7))
    assert kinds([a, b], wide) == ["conflict"]
    assert kinds([a, c], wide) == []  # the next week's bucket
    assert kinds([a, b]) == []  # different days, one-day buckets
    same_day = claim(90, category="hostages", subject="hostages", source="B", when=start)
    assert kinds([a, same_day]) == ["conflict"]


def test_cumulative_figures_compare_single_days_whatever_the_window():
    wide = Settings(same_time_days=7)
    day = date(2024, 1, 10).toordinal()
    start = date.fromordinal(day - day % 7)
    a = claim(1200, source="A", when=start)
    b = claim(1400, source="B", when=start + timedelta(days=2))
    assert kinds([a, b], wide) == []  # a later, higher toll: an update


def test_small_differences_within_tolerance_are_consistent():
    a = claim(9061, source="Health ministry", when="2023-11-02", location="Gaza")
    b = claim(9300, source="Al Jazeera", when="2023-11-02", location="Gaza")
    assert kinds([a, b]) == []
    assert kinds([a, b], Settings(conflict_tolerance=0.01)) == ["conflict"]


def test_overlapping_more_than_and_around_are_consistent():
    a = claim(240, category="hostages", subject="hostages", qualifier="more_than",
              source="Israel", when="2023-11-03")
    b = claim(240, category="hostages", subject="captives", qualifier="about",
              source="AP", when="2023-11-03")
    c = claim("hundreds", category="hostages", subject="people", source="BBC",
              when="2023-11-03")
    d = claim(240, category="hostages", subject="hostages", source="CNN", when="2023-11-03")
    assert kinds([a, b, c, d]) == []


def test_hundreds_and_thousands_touch_and_do_not_conflict():
    a = claim("hundreds", source="A", when="2024-01-01")
    b = claim("thousands", source="B", when="2024-01-01")
    assert kinds([a, b]) == []


def test_claims_weeks_apart_are_not_a_conflict():
    a = claim(200, category="troops", subject="US troops", source="A", when="2024-01-01")
    b = claim(2000, category="troops", subject="US troops", source="B", when="2024-02-15")
    assert kinds([a, b]) == []


def test_undated_claims_are_never_in_time_based_discrepancies():
    a = claim(200, category="troops", subject="US troops", source="A", when=None)
    b = claim(2000, category="troops", subject="US troops", source="B", when=None)
    assert kinds([a, b]) == []


def test_two_far_sources_beside_an_agreeing_pair_are_two_outliers():
    claims = [claim(v, source=s, when="2024-01-01") for v, s in
              [(100, "A"), (104, "B"), (300, "C"), (1000, "D")]]
    result = found(claims)
    assert [d.kind for d in result] == ["outlier", "outlier"]
    assert {d.sources[0] for d in result} == {"C", "D"}


def test_three_clusters_give_one_conflict_with_the_largest_gap():
    claims = [claim(v, source=s, when="2024-01-01") for v, s in
              [(100, "A"), (104, "B"), (150, "C"), (280, "D")]]
    [d] = found(claims)
    assert d.kind == "conflict"
    assert set(d.claim_ids) == {c.id for c in claims}
    assert d.gap == 130  # 150 → 280 is the widest relative gap
    assert d.summary.startswith("3 disagreeing values")


# --- updates and revisions -------------------------------------------------------------


def test_rising_toll_is_an_update_not_a_discrepancy():
    days = ["2023-10-20", "2023-10-25", "2023-11-02", "2023-11-03"]
    values = [4000, 6500, 9061, 9227]
    claims = [claim(v, source=s, when=d, location="Gaza") for v, s, d in
              zip(values, ["Ministry", "AP", "Ministry", "Palestinian authorities"], days,
                  strict=True)]
    assert kinds(claims) == []


def test_toll_revised_down_by_the_same_source_is_a_revision():
    a = claim(1400, subject="Israelis", source="Israeli officials", when="2023-11-02")
    b = claim(1200, subject="Israelis", source="Israeli officials", when="2023-11-10")
    [d] = found([a, b])
    assert d.kind == "revision"
    assert d.claim_ids == (a.id, b.id)
    assert d.gap == 200
    assert (d.first_date.isoformat(), d.last_date.isoformat()) == ("2023-11-02", "2023-11-10")
    assert "same source" in d.summary


def test_toll_revised_down_across_sources_is_a_revision():
    a = claim(1400, subject="Israelis", source="Reuters", when="2023-11-02")
    b = claim(1200, subject="Israelis", source="Israeli officials", when="2023-11-10")
    assert kinds([a, b]) == ["revision"]


def test_open_ended_then_lower_is_a_revision():
    a = claim(1400, source="A", qualifier="more_than", when="2024-01-01")
    b = claim(1100, source="B", qualifier="about", when="2024-01-03")  # [990, 1210]
    assert kinds([a, b]) == ["revision"]


def test_small_dip_within_tolerance_is_not_a_revision():
    a = claim(1000, source="A", when="2024-01-01")
    b = claim(980, source="B", when="2024-01-02")
    assert kinds([a, b]) == []


def test_hostages_going_down_is_not_a_revision():
    a = claim(240, category="hostages", subject="hostages", source="A", when="2023-11-03")
    b = claim(130, category="hostages", subject="hostages", source="A", when="2023-12-03")
    assert kinds([a, b]) == []


def test_one_early_high_claim_does_not_flag_everything_after():
    claims = [claim(5000, source="A", when="2024-01-01")] + [
        claim(v, source="B", when=f"2024-01-0{d}") for v, d in [(500, 2), (520, 3), (560, 4)]
    ]
    assert kinds(claims) == ["revision"]


def test_cumulative_categories_are_a_setting():
    a = claim(240, category="hostages", subject="hostages", source="A", when="2023-11-03")
    b = claim(130, category="hostages", subject="hostages", source="A", when="2023-12-03")
    settings = Settings(cumulative_categories=frozenset({"hostages"}))
    assert kinds([a, b], settings) == ["revision"]


# --- outliers ---------------------------------------------------------------------------


def test_one_source_far_from_three_agreeing_is_an_outlier():
    ok = [claim(v, source=s, when="2024-01-01") for v, s in [(490, "A"), (500, "B"), (510, "C")]]
    odd = claim(5000, source="D", when="2024-01-01")
    [d] = found([*ok, odd])
    assert d.kind == "outlier"
    assert d.claim_ids[0] == odd.id
    assert d.sources[0] == "D"
    assert d.gap == 4490
    assert "D" in d.summary


def test_low_outlier_is_found_too_and_no_extra_conflict():
    ok = [claim(v, source=s, when="2024-01-01") for v, s in [(490, "A"), (500, "B"), (505, "C")]]
    odd = claim(40, source="D", when="2024-01-01")
    assert kinds([*ok, odd]) == ["outlier"]


def test_outlier_needs_three_sources():
    a = claim(500, source="A", when="2024-01-01")
    b = claim(5000, source="B", when="2024-01-01")
    assert kinds([a, b]) == ["conflict"]


def test_no_outlier_when_nobody_agrees():
    claims = [claim(v, source=s, when="2024-01-01") for v, s in
              [(100, "A"), (500, "B"), (5000, "C")]]
    assert kinds(claims) == ["conflict"]


def test_same_source_twice_counts_once_for_outliers():
    claims = [claim(v, source=s, when="2024-01-01") for v, s in
              [(500, "A"), (505, "a"), (5000, "B")]]
    assert kinds(claims) == ["conflict"]


def test_outlier_plus_remaining_disagreement_gives_both():
    claims = [claim(v, source=s, when="2024-01-01") for v, s in
              [(500, "A"), (510, "B"), (700, "C"), (720, "E"), (9000, "D")]]
    assert sorted(kinds(claims)) == ["conflict", "outlier"]


# --- keys and stability -----------------------------------------------------------------


def _scenario():
    return [
        claim(1200, source="Reuters", when="2024-02-10", key="k1"),
        claim(1400, source="AP", when="2024-02-10", key="k2"),
        claim(1100, source="AP", when="2024-02-20", key="k3"),
        claim(98, category="troops", subject="US troops", source="A", when="2024-02-10",
              key="k4"),
        claim(100, category="troops", subject="US troops", source="B", when="2024-02-10",
              key="k5"),
        claim(95, category="troops", subject="US troops", source="C", when="2024-02-10",
              key="k6"),
        claim(1000, category="troops", subject="US troops", source="D", when="2024-02-10",
              key="k7"),
    ]


def test_discrepancy_keys_survive_recomputation_and_new_claims():
    claims = _scenario()
    first = {d.key: d.kind for d in found(claims)}
    assert sorted(first.values()) == ["conflict", "outlier", "revision"]
    shuffled = claims[:]
    random.Random(4).shuffle(shuffled)
    more = [*shuffled, claim(30, subject="children", source="X", when="2024-02-10")]
    assert {d.key: d.kind for d in found(more)} == first


def test_discrepancy_keys_do_not_depend_on_claim_ids():
    claims = _scenario()
    renumbered = [c._replace(id=c.id + 1000) for c in claims]
    assert {d.key for d in found(claims)} == {d.key for d in found(renumbered)}


def test_every_discrepancy_names_its_figure_claims_and_sources():
    result = analyse(_scenario())
    for d in result.discrepancies:
        assert d.figure_id in result.figures
        ids = {c.id for c in result.figures[d.figure_id].claims}
        assert set(d.claim_ids) <= ids
        assert len(d.claim_ids) == len(d.claim_keys) >= 2
        assert d.sources and d.gap > 0 and d.ratio > 0


@pytest.mark.parametrize(
    "kwargs",
    [{"conflict_tolerance": -0.1}, {"same_time_days": 0}, {"outlier_factor": 1.0},
     {"outlier_min_sources": 2}, {"latest_window_days": -1}, {"conflict_abs_tolerance": -1}],
)
def test_bad_settings_are_refused(kwargs):
    with pytest.raises(ValueError):
        Settings(**kwargs)


def test_a_big_figure_is_checked_per_day():
    rng = random.Random(7)
    claims = []
    for day in range(1, 29):
        base = 1000 + day * 100
        for s in range(30):
            claims.append(claim(base + rng.randint(-10, 10), source=f"S{s}",
                                when=f"2024-02-{day:02d}"))
    claims.append(claim(10_000, source="Odd", when="2024-02-14"))
    assert kinds(claims) == ["outlier"]


# --- one report giving an old and a new value ---------------------------------------------


def test_one_report_revising_down_is_a_revision_not_a_conflict():
    new = claim(1200, source="officials", when="2023-11-10", document_id=7)._replace(change=-1)
    old = claim(1400, source="officials", when="2023-11-10", document_id=7)._replace(change=-1)
    [d] = found([new, old])
    assert d.kind == "revision"
    assert d.claim_ids == (old.id, new.id)
    assert "in one report" in d.summary


def test_one_report_of_a_rise_is_an_update():
    new = claim(1400, source="ministry", when="2023-11-10", document_id=7)._replace(change=1)
    old = claim(1200, source="ministry", when="2023-11-10", document_id=7)._replace(change=1)
    assert kinds([new, old]) == []


def test_the_old_value_of_a_report_does_not_conflict_with_other_outlets():
    new = claim(1200, source="officials", when="2023-11-10", document_id=7)._replace(change=-1)
    old = claim(1400, source="officials", when="2023-11-10", document_id=7)._replace(change=-1)
    other = claim(1200, source="AP", when="2023-11-10", document_id=8)
    assert kinds([new, old, other]) == ["revision"]


def test_change_cues_in_different_reports_are_compared_as_usual():
    a = claim(1200, source="A", when="2023-11-10", document_id=7)._replace(change=-1)
    b = claim(1400, source="B", when="2023-11-10", document_id=8)._replace(change=-1)
    assert kinds([a, b]) == ["conflict"]
