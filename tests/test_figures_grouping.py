"""Grouping claims into figures."""

from __future__ import annotations

from figures_support import claim

from factcheck.figures import analyse, build_figures, figure_id, figure_key, figure_label


def figure_sets(claims, **kwargs) -> list[set[int]]:
    """The figures as sets of claim ids (order-free)."""
    figures = build_figures(claims, **kwargs)
    return sorted(({c.id for c in f.claims} for f in figures.values()), key=min)


def test_vague_and_exact_claims_about_the_same_thing_group_together():
    a = claim("hundreds", category="hostages", subject="hostages", location="Gaza")
    b = claim(240, category="hostages", subject="captives", qualifier="more_than",
              location="Gaza Strip")
    c = claim(240, category="hostages", subject="people", qualifier="about", location="Gaza")
    assert figure_sets([a, b, c]) == [{a.id, b.id, c.id}]


def test_different_subjects_are_not_grouped():
    people = claim(9061, subject="people", location="Gaza")
    children = claim(3760, subject="children", location="Gaza")
    women = claim(2326, subject="women", location="Gaza")
    assert len(figure_sets([people, children, women])) == 3


def test_civilians_and_soldiers_are_separate_figures():
    civ = claim(300, subject="Ukrainian civilians", location="Ukraine")
    sol = claim(300, subject="Ukrainian soldiers", location="Ukraine")
    assert figure_sets([civ, sol]) == [{civ.id}, {sol.id}]


def test_different_categories_and_places_are_separate():
    killed = claim(500, subject="people", location="Gaza")
    injured = claim(500, category="injured", subject="people", location="Gaza")
    west_bank = claim(132, subject="Palestinians", location="the occupied West Bank")
    assert len(figure_sets([killed, injured, west_bank])) == 3


def test_different_armies_are_separate():
    us = claim(200, category="troops", subject="US troops", when=None)
    uk = claim(10, category="troops", subject="British officers", when=None,
               qualifier="fewer_than")
    assert figure_sets([us, uk]) == [{us.id}, {uk.id}]


def test_generic_people_join_the_only_nationality_named():
    palestinians = claim(500, subject="Palestinians", location="Gaza")
    people = claim(520, subject="people", location="Gaza")
    persons = claim(510, subject="persons", location="Gaza")
    assert figure_sets([palestinians, people, persons]) == [
        {palestinians.id, people.id, persons.id}
    ]


def test_claim_without_place_joins_the_only_place_for_that_toll():
    gaza = claim(9061, subject="people", location="Gaza", qualifier="at_least")
    unplaced = claim(9227, subject="people", qualifier="more_than", when="2024-03-02")
    assert figure_sets([gaza, unplaced]) == [{gaza.id, unplaced.id}]


def test_ambiguous_claim_joins_the_figure_with_the_closest_values():
    gaza = claim(9061, subject="people", location="Gaza")
    west_bank = claim(132, subject="Palestinians", location="West Bank")
    near_gaza = claim(9227, subject="people", qualifier="more_than")
    near_wb = claim(140, subject="people")
    sets = figure_sets([gaza, west_bank, near_gaza, near_wb])
    assert {gaza.id, near_gaza.id} in sets
    assert {west_bank.id, near_wb.id} in sets


def test_ambiguous_claim_far_from_every_candidate_stays_apart():
    gaza = claim(9061, subject="people", location="Gaza")
    west_bank = claim(132, subject="Palestinians", location="West Bank")
    lonely = claim(1, subject="people")
    assert {lonely.id} in figure_sets([gaza, west_bank, lonely])


def test_generic_claim_does_not_join_a_narrower_role():
    civilians = claim(300, subject="civilians", location="Gaza")
    people = claim(300, subject="people")
    assert figure_sets([civilians, people]) == [{civilians.id}, {people.id}]


def test_event_keeps_an_incident_toll_apart_from_the_running_toll():
    attack = claim(1400, subject="Israelis", event="10-07")
    attack_people = claim(1400, subject="people", qualifier="more_than", event="10-07")
    gaza = claim(9061, subject="people", location="Gaza")
    sets = figure_sets([attack, attack_people, gaza])
    assert sets == [{attack.id, attack_people.id}, {gaza.id}]


def test_figure_ids_are_stable_and_independent_of_input_order():
    claims = [claim(v, subject=s, location=loc) for v, s, loc in
              [(500, "people", "Gaza"), (132, "Palestinians", "West Bank"),
               (30, "children", "Gaza"), (700, "people", None)]]
    first = build_figures(claims)
    second = build_figures(list(reversed(claims)))
    assert set(first) == set(second)
    for fid, fig in first.items():
        assert {c.id for c in fig.claims} == {c.id for c in second[fid].claims}
    assert figure_id(figure_key("killed", "people", "Gaza")) in first


def test_reviewer_override_moves_a_claim_and_wins_over_grouping():
    a = claim(500, subject="people", location="Gaza", key="k-a")
    b = claim(520, subject="people", location="Gaza", key="k-b")
    other = claim(30, subject="children", location="Gaza", key="k-c")
    children_id = figure_id(figure_key("killed", "children", "Gaza"))
    figures = build_figures([a, b, other], overrides={"k-b": children_id})
    assert {c.id for c in figures[children_id].claims} == {other.id, b.id}


def test_override_to_a_new_custom_figure_with_label():
    a = claim(500, subject="people", location="Gaza", key="k-a")
    b = claim(520, subject="people", location="Gaza", key="k-b")
    figures = build_figures([a, b], overrides={"k-b": "custom-1"},
                            labels={"custom-1": "Deaths in Gaza City"})
    custom = figures["custom-1"]
    assert custom.custom and custom.label == "Deaths in Gaza City"
    assert [c.id for c in custom.claims] == [b.id]
    assert custom.category == "killed"


def test_rename_keeps_the_figure_id():
    a = claim(500, subject="people", location="Gaza")
    fid = figure_id(figure_key("killed", "people", "Gaza"))
    figures = build_figures([a], labels={fid: "Gaza death toll"})
    assert figures[fid].label == "Gaza death toll"


def test_labels_read_naturally():
    assert figure_label(figure_key("killed", "Palestinians", "Gaza")) == (
        "Palestinians killed in Gaza"
    )
    assert figure_label(figure_key("hostages", "captives", "Gaza")) == "hostages in Gaza"
    assert figure_label(figure_key("troops", "US troops", "Israel")) == "US soldiers in Israel"
    assert figure_label(figure_key("killed", "Israelis", None, "10-07")) == (
        "Israelis killed (Oct 7 event)"
    )


def test_analyse_keeps_every_claim_exactly_once():
    claims = [claim(v, subject=s, location=loc, source=src)
              for v, s, loc, src in [(500, "people", "Gaza", "A"), (510, "people", None, "B"),
                                     (30, "children", "Gaza", "A"), (2, "soldiers", None, "C")]]
    result = analyse(claims)
    seen = sorted(c.id for f in result.figures.values() for c in f.claims)
    assert seen == sorted(c.id for c in claims)


def test_analysis_finds_the_figure_of_a_claim():
    a = claim(500, subject="people", location="Gaza")
    b = claim(30, subject="children", location="Gaza")
    result = analyse([a, b])
    assert result.figure_of(a.id).id == figure_id(figure_key("killed", "people", "Gaza"))
    assert result.figure_of(b.id).label == "children killed in Gaza"
    assert result.figure_of(10**9) is None
