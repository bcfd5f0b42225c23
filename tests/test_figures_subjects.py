"""Normalising subjects, places and sources for grouping."""

from __future__ import annotations

import pytest

from factcheck.figures.subjects import (
    normalise_location,
    normalise_source,
    normalise_subject,
    singular,
)


@pytest.mark.parametrize(
    ("subject", "category", "side", "role"),
    [
        ("people", "killed", None, "people"),
        ("persons", "killed", None, "people"),
        ("person", "killed", None, "people"),
        ("victims", "killed", None, "people"),
        ("Palestinians", "killed", "palestine", "people"),
        ("Gazans", "killed", "palestine", "people"),
        ("Israelis", "killed", "israel", "people"),
        ("Israelis", "hostages", "israel", "people"),
        ("captives", "hostages", None, "people"),
        ("hostages", "hostages", None, "people"),
        ("US troops", "troops", "us", "soldiers"),
        ("U.S. troops", "troops", "us", "soldiers"),
        ("American troops", "troops", "us", "soldiers"),
        ("British officers", "troops", "uk", "soldiers"),
        ("Ukrainian soldiers", "killed", "ukraine", "soldiers"),
        ("Russian servicemen", "killed", "russia", "soldiers"),
        ("IDF soldiers", "killed", "israel", "soldiers"),
        ("Hamas fighters", "killed", "hamas", "militants"),
        ("civilians", "killed", None, "civilians"),
        ("Palestinian civilians", "killed", "palestine", "civilians"),
        ("children", "killed", None, "children"),
        ("minors", "killed", None, "children"),
        ("kids", "injured", None, "children"),
        ("child", "killed", None, "children"),
        ("women", "killed", None, "women"),
        ("women and children", "killed", None, "women and children"),
        ("US citizens", "displaced", "us", "people"),
        ("evacuees", "displaced", None, "people"),
        ("detainees", "detained", None, "people"),
        ("rockets", "munitions", None, "rocket"),
        ("American aircraft carriers", "munitions", "us", "aircraft carrier"),
        ("aid trucks", "aid", None, "truck"),
        ("trucks", "aid", None, "truck"),
        (None, "killed", None, "people"),
        (None, "troops", None, "soldiers"),
        (None, "aid", None, ""),
        ("people, many of them children", "killed", None, "people"),
    ],
)
def test_normalise_subject(subject, category, side, role):
    got = normalise_subject(subject, category)
    assert (got.side, got.role) == (side, role)


def test_civilians_and_soldiers_stay_apart():
    civilians = normalise_subject("Ukrainian civilians", "killed")
    soldiers = normalise_subject("Ukrainian soldiers", "killed")
    assert civilians.side == soldiers.side == "ukraine"
    assert civilians.role != soldiers.role


def test_place_inside_subject_is_kept():
    got = normalise_subject("Palestinians in Gaza", "killed")
    assert got == ("palestine", "people", "gaza")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Gaza", "gaza"),
        ("the Gaza Strip", "gaza"),
        ("Gaza Strip", "gaza"),
        ("besieged Gaza", "gaza"),
        ("the occupied West Bank", "west bank"),
        ("West Bank", "west bank"),
        ("Gaza City", "gaza city"),
        ("the United States", "us"),
        ("Britain", "uk"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_location(raw, expected):
    assert normalise_location(raw) == expected


def test_normalise_source_ignores_case_quotes_and_articles():
    assert normalise_source("The Health Ministry") == normalise_source("health ministry")
    assert normalise_source("Gaza’s health ministry") == normalise_source("Gaza's Health Ministry")
    assert normalise_source("Reuters") != normalise_source("AP")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("carriers", "carrier"), ("casualties", "casualty"), ("buses", "bus"), ("houses", "house"),
     ("boxes", "box"), ("bus", "bus"), ("rockets", "rocket")],
)
def test_singular(word, expected):
    assert singular(word) == expected
