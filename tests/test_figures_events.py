"""Detecting date-named incidents a figure belongs to."""

from __future__ import annotations

import pytest

from factcheck.figures.events import detect_event


def event_of(sentence: str, span: str) -> str | None:
    start = sentence.index(span)
    return detect_event(sentence, start, start + len(span))


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Mr Biden has faced challenges since the Oct 7 Hamas attack, in which 1,400 Israelis "
         "were killed and hundreds taken hostage.", "1,400", "10-07"),
        ("Mr Biden has faced challenges since the Oct 7 Hamas attack, in which 1,400 Israelis "
         "were killed and hundreds taken hostage.", "hundreds", "10-07"),
        ("Hamas after a deadly attack on October 7 that Israel has said killed more than 1,400 "
         "people.", "more than 1,400", "10-07"),
        ("Israel says 1,200 people were killed in the October 7 attack.", "1,200", "10-07"),
        ("Nearly 3,000 people died in the 9/11 attacks.", "3,000", "09-11"),
        ("The 6 February earthquake killed 50,000 people.", "50,000", "02-06"),
        ("Since the October 7 attack, 9,000 people have been killed in Gaza.", "9,000", None),
        ("Israel's retaliation after the Oct 7 attack has killed 9,000 people.", "9,000", None),
        ("The health ministry said 9,061 people had been killed.", "9,061", None),
        ("On November 2, the ministry said 9,061 people had been killed.", "9,061", None),
    ],
)
def test_detect_event(sentence, span, expected):
    assert event_of(sentence, span) == expected


def test_empty_sentence_has_no_event():
    assert detect_event("", 0, 0) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel revised the death toll down to 1,200 from 1,400, officials said.", -1),
        ("Officials lowered the number of people killed from 1,400 to 1,200.", -1),
        ("The ministry corrected its count to 1,200 from 1,250.", -1),
        ("The ministry corrected its count to 1,200.", 0),  # no old value named
        ("The death toll rose to 1,400 from 1,200, the ministry said.", 1),
        ("Officials revised the toll up to 1,400 from 1,200.", 1),
        ("The toll climbed to 9,000 from 8,000.", 1),
        ("The ministry said 1,200 people were killed.", 0),
        ("", 0),
    ],
)
def test_change_direction(sentence, expected):
    from factcheck.figures.events import change_direction

    assert change_direction(sentence) == expected
