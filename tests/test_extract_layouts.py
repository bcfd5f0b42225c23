"""Figures laid out as tables, key-figure bullets and label lines, as saved news pages hold them.

Their rows name a place, not what is counted: the column heading, the words after a bullet's
dash, the label before a colon or the title above the block say what the figure counts, and a
source in the title line is the figures' source.
"""

from __future__ import annotations

from factcheck.extract import extract, tables


def _claims(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.category, c.attribution) for c in extract(text).claims]


def test_a_pipe_table_takes_each_columns_heading_and_the_titles_source() -> None:
    text = ("Flood toll by province (National Disaster Agency, Aug. 20)\n\n"
            "Province | Dead | Missing\n"
            "Sindh | 412 | 37\n"
            "Punjab | 168 | 12\n")
    assert _claims(text) == [
        ("412", "killed", "National Disaster Agency"),
        ("37", "missing", "National Disaster Agency"),
        ("168", "killed", "National Disaster Agency"),
        ("12", "missing", "National Disaster Agency"),
    ]


def test_space_aligned_columns_and_a_source_line() -> None:
    text = ("Casualties by region\n"
            "Source: Ministry of Health\n\n"
            "Region      Dead    Injured\n"
            "North       41      120\n"
            "Coast       9       57\n")
    assert _claims(text) == [
        ("41", "killed", "Ministry of Health"), ("120", "injured", "Ministry of Health"),
        ("9", "killed", "Ministry of Health"), ("57", "injured", "Ministry of Health"),
    ]


def test_key_figure_bullets_are_counted_by_the_words_after_the_dash() -> None:
    text = ("Key figures\n\n"
            "• 317 — people killed since the quake\n"
            "• 1,204 — people injured\n"
            "• 5,600 — homes destroyed\n")
    assert [(t, c) for t, c, _ in _claims(text)] == [
        ("317", "killed"), ("1,204", "injured"), ("5,600", "infrastructure")]


def test_label_lines_are_counted_by_their_label() -> None:
    text = "Latest figures\nDead: 1,754\nInjured: 6,320\nMissing: 48\n"
    assert [(t, c) for t, c, _ in _claims(text)] == [
        ("1,754", "killed"), ("6,320", "injured"), ("48", "missing")]


def test_a_bracket_that_is_no_source_is_not_taken_for_one() -> None:
    text = ("Deaths by district (provisional)\n"
            "District | Deaths\n"
            "Kasese | 23\n")
    assert _claims(text) == [("23", "killed", None)]


def test_running_prose_has_no_layout() -> None:
    text = "The ministry said 41 people were killed and 120 injured in the north."
    start = text.index("41")
    assert tables.layout_of(text, start, start + 2) is None


def test_a_long_line_is_prose_even_with_wide_spaces() -> None:
    line = "Officials said  41 people died " + "and the rescue went on " * 8
    assert tables.layout_of(line, line.index("41"), line.index("41") + 2) is None
