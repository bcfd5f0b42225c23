"""Find the named one-off event a figure belongs to ("the October 7 attack").

A toll of a single incident ("1,400 killed in the Oct 7 attack") is another
quantity than the running toll of a war reported on the same days, so the
event becomes part of the figure key. Detection is deliberately
conservative: a date-named incident ("Oct 7 Hamas attack", "the attack on
October 7", "9/11") tied to the claim's number by "in which", "that/which
killed" or "killed in/during/on", and never a period such as "since the
October 7 attack". The result is ``"MM-DD"`` so that mentions with or
without a year agree.

Speed matters (it runs over every stored casualty claim): date mentions are
found first with one cheap expression, and only their surroundings are read.
"""

from __future__ import annotations

import re

_MONTHS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: Date mentions: "Oct 7", "October 7th", "7 October", "7th of October", "9/11".
_DATE = re.compile(
    rf"\b(?P<mon>{_MON})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON})(?![a-z])"
    r"|(?<![\d/])9/11(?![\d/])"
)
#: A cheap first test: sentences without a month name or 9/11 name no dated event.
_QUICK = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|9/11")
_INCIDENT = (
    r"(?:attacks?|raids?|massacres?|assaults?|incursions?|rampage|bombings?|blasts?|"
    r"explosions?|shootings?|earthquakes?|quakes?|strikes?|airstrikes?|stampede|crash|fire|"
    r"flood(?:s|ing)?|storm|hurricane|cyclone|typhoon|tsunami|landslide|collapse)"
)
_WORD = r"[^\W\d][\w'’\-]*"
#: Right after a date: "(, 2023) (Hamas) attack".
_INCIDENT_AFTER = re.compile(rf"(?:,?\s+\d{{4}})?(?:\s+{_WORD}){{0,2}}?\s+{_INCIDENT}\b", re.I)
#: Right before a date: "attack (by Hamas) on (the)".
_INCIDENT_BEFORE = re.compile(rf"\b{_INCIDENT}(?:\s+{_WORD}){{0,3}}?\s+on\s+(?:the\s+)?$", re.I)
_TIES_AFTER = re.compile(r"[^.;]{0,40}?\b(?:in which|during which|that|which|when)\b", re.I)
_TIES_BEFORE = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|taken|abducted|kidnapped|missing|murdered|slain)\b"
    r"[^.;]{0,30}?\b(?:in|during|on|by)\b[^.;]{0,12}$",
    re.I,
)
_PERIOD = re.compile(
    r"\b(?:since|after|following|before|in response to|retaliation for|aftermath of|"
    r"wake of|days? after|weeks? after)\s+(?:the\s+)?(?:[\w'’\-]+\s+)?$",
    re.I,
)


def _key(match: re.Match[str]) -> str | None:
    if match.group("mon") is None and match.group("mon2") is None:
        return "09-11"
    mon = match.group("mon") or match.group("mon2")
    day = int(match.group("day") or match.group("day2"))
    month = _MONTHS.get(mon[:3])
    if month is None or not 1 <= day <= 31:
        return None
    return f"{month:02d}-{day:02d}"


def detect_event(sentence: str, start: int, end: int) -> str | None:
    """The ``"MM-DD"`` of a date-named incident the figure at ``sentence[start:end]`` counts.

    ``start``/``end`` are the claim's offsets inside the sentence. None when
    the sentence names no such incident or does not tie it to this figure.
    """
    if not sentence or not _QUICK.search(sentence):
        return None
    for date in _DATE.finditer(sentence):
        key = _key(date)
        if key is None:
            continue
        after = _INCIDENT_AFTER.match(sentence, date.end(), date.end() + 60)
        if after:
            phrase_start, phrase_end = date.start(), after.end()
        else:
            window = max(0, date.start() - 60)
            before = _INCIDENT_BEFORE.search(sentence[window : date.start()])
            if not before:
                continue
            phrase_start, phrase_end = window + before.start(), date.end()
        if phrase_end <= start:
            between = sentence[phrase_end:start]
            if _TIES_AFTER.match(between) and len(between) < 120:
                return key
            if _PERIOD.search(sentence, 0, phrase_start):
                continue
            if len(between) < 60 and ";" not in between and "." not in between:
                return key
        elif phrase_start >= end:
            between = sentence[end:phrase_start]
            if len(between) < 80 and _TIES_BEFORE.search(between):
                return key
    return None


_REVISED_UP = re.compile(r"\brevis\w*\s+(?:\w+\s+){0,3}?up(?:wards?)?\b", re.I)
_DOWN = re.compile(
    r"\b(?:revis\w*|lower(?:ed|s|ing)?|reduc\w*|downgrad\w*|correct(?:ed|s|ion|ing)?|"
    r"down\s+(?:to|from)|dropp?(?:ed|s)?\s+to|fell\s+to|decreas\w*|cut\s+(?:\w+\s+){0,4}?to)\b",
    re.I,
)
_UP = re.compile(
    r"\b(?:rose|risen|rising|rises|raised?|raising|increas\w*|climb\w*|jump\w*|"
    r"up\s+(?:to|from)|grew|soar\w*|surg\w*|mount(?:ed|ing|s)?\s+to)\b",
    re.I,
)
#: A cheap first test: change words (any case).
_CHANGE_QUICK = re.compile(
    r"evis|ower|educ|owngrad|orrect|own |ropp|ell |ecreas|ut |ose|isen|ising|ises|aise|"
    r"ncreas|limb|ump|p to|p from|rew|oar|urg|ount")


def change_direction(sentence: str) -> int:
    """Whether a sentence reports its figure changing: -1 down, +1 up, 0 neither.

    "revised the toll down to 1,200 from 1,400", "lowered ... from 1,400 to
    1,200", "corrected" → -1; "rose to 1,400 from 1,200", "raised", "climbed" →
    +1; "revised up" → +1. Only sentences naming the old value ("from") count:
    they let the checks tell the old value from the new one, and the old one
    is not compared with other reports of the day.
    """
    if not sentence or " from " not in sentence or not _CHANGE_QUICK.search(sentence):
        return 0
    if _REVISED_UP.search(sentence):
        return 1
    if _DOWN.search(sentence):
        return -1
    if _UP.search(sentence):
        return 1
    return 0
