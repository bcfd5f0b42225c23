"""The issue's expectations on the seed articles (claims as annotated by hand)."""

from __future__ import annotations

from figures_support import seed_claims

from factcheck.figures import analyse


def _figures_by_claim():
    claims = seed_claims()
    result = analyse(claims.values())
    where = {c.id: fid for fid, f in result.figures.items() for c in f.claims}
    return claims, result, {name: where[c.id] for name, c in claims.items()}


def test_gaza_death_toll_is_one_rising_figure_without_discrepancy():
    _claims, result, fig_of = _figures_by_claim()
    assert fig_of["gaza_toll"] == fig_of["gaza_toll_2"]
    fig = result.figures[fig_of["gaza_toll"]]
    assert fig.category == "killed"
    dated = [c for c in fig.claims if c.when]
    assert sorted(c.when for c in dated) == [c.when for c in sorted(dated, key=lambda c: c.when)]
    ministry = fig.latest["Gaza’s Hamas-run health ministry"]
    authorities = fig.latest["Palestinian authorities"]
    assert (ministry.low, authorities.low) == (9061, 9228)
    assert fig.conservative.low == 9061
    assert result.discrepancies_of(fig.id) == []


def test_october_7_toll_is_one_consistent_figure_apart_from_gaza():
    _, result, fig_of = _figures_by_claim()
    assert fig_of["israelis_killed"] == fig_of["oct7_toll"]
    assert fig_of["oct7_toll"] != fig_of["gaza_toll"]
    assert result.discrepancies_of(fig_of["oct7_toll"]) == []


def test_hostages_hundreds_and_more_than_240_are_one_consistent_figure():
    _, result, fig_of = _figures_by_claim()
    assert fig_of["hostages_hundreds"] == fig_of["captives"] == fig_of["captive_people"]
    assert result.discrepancies_of(fig_of["captives"]) == []


def test_other_seed_quantities_stay_apart():
    _, _result, fig_of = _figures_by_claim()
    separate = ["gaza_toll", "children_killed", "women_killed", "west_bank", "oct7_toll",
                "thousands_killed", "us_troops", "uk_officers", "rockets", "carriers"]
    assert len({fig_of[n] for n in separate}) == len(separate)


def test_seeds_have_no_discrepancy_at_all():
    _, result, _ = _figures_by_claim()
    assert result.discrepancies == []
