"""Dates: the document's publication date and the date each figure is reported for."""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta

import regex
from dateutil import parser as date_parser

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
#: A calendar date written out: "October 13, 2023", "13 October 2023", "Oct 7", "2023-11-02".
DATE_TEXT = (
    rf"(?:{MONTHS}\s+{_DAY}(?:(?:\s?[,،]\s*|\s+){_YEAR})?"
    rf"|{_DAY}\.?\s+(?:of\s+)?{MONTHS}(?:[,،]?\s+{_YEAR})?"
    rf"|{_YEAR}-[01]\d-[0-3]\d|{_YEAR}/[01]?\d/[0-3]?\d|[0-3]?\d/[0-3]?\d/{_YEAR}"
    rf"|[0-3]?\d\.[01]?\d\.{_YEAR}|[0-3]?\d-[01]?\d-{_YEAR}|{_DAY}\.(?i:{MONTHS}){_YEAR}"
    rf"|[0-3]?\d-(?i:{MONTHS})-{_YEAR})"
)

# "Updated: October 13, 2023, 11:46 AM", "Published 12 June 2023", "date 2023-11-02",
# "Page last updated at 19:40 GMT, Tuesday, 7 April 2009" (the BBC's older pages)
_LABELLED = regex.compile(
    rf"(?im)^[^\S\n]*(?:[^\n|·•]{{1,60}}?(?:[|·•]|[^\S\n]{{2,}}|[^\S\n][—–][^\S\n])"
    rf"[^\S\n]*){{0,3}}?"
    rf"(?:\p{{Lu}}[\p{{L}}'\-]+(?:[^\S\n]\p{{Lu}}[\p{{L}}'\-]+)?,[^\S\n]*(?=updated|published))?"
    rf"(?-i:(?:\p{{Lu}}[\p{{L}}'\-]+[^\S\n]+){{1,3}}"
    rf"(?=(?i:published|updated|update|posted|date)\b))?"
    rf"(?:page\s+)?(?:(?:last|first|latest)\s+)?"
    rf"(?:updated|update|published|posted|issued|date|dated|release|"
    rf"modified|released|(?:press|news|media)\s+release|briefing\s+notes?|statement)"
    rf"(?:\s+on)?\s*[:\-–|]?\s*[^\n]{{0,40}}?(?P<date>{DATE_TEXT})"
)
# "WASHINGTON, Nov 3 (Reuters) -", "KYIV, Ukraine, March 3, 2024 (AP) —"
#: A dateline's place: "WASHINGTON", "KYIV, Ukraine".
_PLACE = r"\p{Lu}[\p{L} .'/\-]{1,30}(?:\s*\([\p{L} .]{2,30}\))?(?:,\s*\p{L}[\p{L} .]*)?"
_DATELINE = regex.compile(
    rf"(?m)^[^\S\n]*(?:By\s[^\n]{{0,60}}?\s)?\(?{_PLACE},?\s+(?:\p{{L}}+day,?\s+)?"
    rf"(?P<date>{DATE_TEXT})\s*(?:\)\s*[-–—:]|\((?:Reuters|AP|AFP|UPI|dpa|ANI|PTI|IANS|Xinhua|"
    rf"Bloomberg|\p{{Lu}}[^()\n]{{1,40}})\)\s*[-–—:]?|[-–—:])"
)
# A line that is only a date (near the top of the article).
#: Page furniture around it: a byline or place before ("By THE IRRAWADDY", "Jakarta /"), a
#: weekday, a time and a reading time after ("8:14 PM 3 min read", "• 14:22").
_DATE_LINE = regex.compile(
    rf"(?m)^[^\S\n]*(?:[^\n\d]{{0,40}}?Vol\.?\s*\d+\s+(?:Num|No)\.?\s*\d+\s+)?"
    rf"(?:By\s[^\n]{{1,40}}?\s+|[^\n|·•\d]{{1,40}}?\s*[|/·•\-–—]\s*"
    rf"|(?:\p{{Lu}}[\p{{L}}'\-]+(?:\s\p{{Lu}}[\p{{L}}'\-]+){{0,2}},\s*){{1,2}}"
    rf"|(?-i:(?:\p{{Lu}}[\p{{L}}'\-]+[^\S\n]+){{1,3}})(?=(?:\p{{L}}+day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    rf"\b))?"
    rf"(?:(?:on\s+)?\d{{1,2}}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+|\s*[,/|]\s*))?"
    rf"(?:(?:\p{{L}}+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\s?,?\s+)?"
    rf"(?:(?:posted\s+|published\s+)?on\s+|as\s+(?:of|at)\s+)?(?:[01]?\d/[0-3]?\d/{_YEAR}\s+(?=\p{{L}}))?"
    rf"(?P<date>{DATE_TEXT})(?:,?\s*[|/·•\-–]?\s*(?:at\s+|às\s+|à\s+)?\d{{1,2}}"
    r"(?:[:.h]\d\d(?:[:.]\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?|\s*[AaPp]\.?[Mm]\.?)"
    r"(?:\s+[A-Z]{2,4}(?:[+\-−]\d{1,2}(?::?\d\d)?)?)?"
    r"(?:\s+\d{1,2}[:.]\d\d\s+[A-Z]{2,4})?)?"
    r"(?:\s*[|·•]?\s*(?:\d+\s+min(?:ute)?s?\s+read|reading\s+time:?\s*\d+\s+min(?:ute)?s?))?"
    r"(?:[^\S\n]*[|·•\-–/][^\S\n]*(?:(?:last\s+)?updated?|editor|source|by|from)\b[^\n]{0,40}"
    r"|[^\S\n]+in\s+\p{Lu}\p{L}+(?:[^\S\n]+by\s[^\n]{1,40})?"
    r"|[^\S\n]+last\s+update[sd]?\b[^\n]{0,60}"
    r"|[^\S\n]*/[^\S\n]*(?:in\s+)?\p{Lu}\p{L}+"
    r"|[^\S\n]+(?:published|(?:last\s+)?updated)\s+at\s+\d{1,2}[:.]\d\d(?:\s+[A-Z]{2,4})?"
    r"(?:\s+\d{1,2}[:.]\d\d\s+[A-Z]{2,4})?"
    r"|,?[^\S\n]*page\s+\d{1,3}"
    r"|[^\S\n]*[|·•][^\S\n]*(?-i:\p{Lu}[\p{Lu}\s.&]{1,30})){0,3}"
    r"[^\S\n]*$", regex.IGNORECASE
)
# A date between page furniture's bars: "Source: Xinhua| 2021-05-23 11:42:10|Editor: huaxia".
_BARRED_DATE = regex.compile(
    rf"(?m)^[^\S\n]*[^\n|]{{1,40}}\|[^\S\n]*(?P<date>{DATE_TEXT})"
    r"(?:[^\S\n]+\d{1,2}:\d\d(?::\d\d)?)?[^\S\n]*\|")
# A date closing a line of fields set apart by spaces: "AI Index: MDE 28/27/97   24 September
# 1997".
_FIELD_DATE = regex.compile(rf"(?m)^[^\n]{{0,60}}?[^\S\n]{{2,}}(?P<date>{DATE_TEXT})[^\S\n]*$")
# A bare date opening a release: "26 July 2006 – The Secretary-General ...".
_OPENING_DATE = regex.compile(rf"(?m)^[^\S\n]*(?P<date>{DATE_TEXT})[^\S\n]+[-–—][^\S\n]+\p{{Lu}}")
# A dateline with the date first: "June 6, 2024 (KHARTOUM) –" (Sudan Tribune and others).
# A place, then the date in brackets: "GENEVA (12 March 2018) –" (UN press releases).
_PLACE_THEN_BRACKET_DATE = regex.compile(
    rf"(?m)^[^\S\n]*{_PLACE}\s*\((?P<date>{DATE_TEXT})\)[^\S\n]*[-–—:]")
_DATE_FIRST_DATELINE = regex.compile(
    rf"(?m)^[^\S\n]*(?P<date>{DATE_TEXT})[^\S\n]*\((?-i:\p{{Lu}}[\p{{Lu}} .'/\-]{{1,30}})\)"
    r"[^\S\n]*[-–—:]")
# A report's title that ends with its date: "Flash Update No. 01 (26 August 2024)",
# "Russian Offensive Campaign Assessment, October 2, 2024".
_TITLE_DATE = regex.compile(
    rf"(?m)^[^\n]{{8,160}}?(?:\((?:[Aa]s\s+(?:of|at)\s+)?(?P<date>{DATE_TEXT})\)|,[^\S\n]+(?P<date>{DATE_TEXT})"
    rf"|[^\S\n][-–—][^\S\n]+(?:[Aa]s\s+(?:of|at)\s+)?(?P<date>{DATE_TEXT}))"
    r"(?::[^\S\n]+\p{Lu}[^\n]{0,100})?[^\S\n]*$")  # "Spot Report ..., 13 January 2015: Title"
_ANY_YEAR = regex.compile(rf"\b{_YEAR}\b")
#: A month's name just before the end of a window ("... October "): a day follows it.
MONTH_BEFORE = regex.compile(rf"\b{MONTHS}\s+\Z", regex.REVERSE)
#: "April 28 and 29", "March 3-4": the second day of a month's days.
MONTH_DAY_BEFORE = regex.compile(rf"\b{MONTHS}\s+{_DAY}(?:\s+(?:and|to|&)\s+|[-–])\Z",
                                 regex.REVERSE)


_COMMA_THEN_DIGIT = regex.compile(r",(?=\d{4}\b)")
_ORDINAL_SUFFIX = regex.compile(r"(\d)(st|nd|rd|th)\b")
_NUMERIC_DAY_FIRST = regex.compile(rf"\b[0-3]?\d([./\-])[01]?\d\1{_YEAR}\b")


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """Parse a written date with dateutil; None when it cannot be read."""
    cleaned = _ORDINAL_SUFFIX.sub(r"\1", text).replace(" of ", " ").replace("،", ",")
    cleaned = _COMMA_THEN_DIGIT.sub(", ", cleaned)  # "Oct 26,2018"
    default = datetime(default_year or 1900, 1, 1)
    # "12.06.2025", "08/11/2024": numbers day first, as written outside the United States
    # (whose outlets write the month's name); "2014/04/17" stays year, month, day
    dayfirst = _NUMERIC_DAY_FIRST.search(cleaned) is not None
    try:
        parsed = date_parser.parse(cleaned, default=default, fuzzy=True, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    if not default_year and parsed.year == 1900 and "1900" not in text:
        return None
    return parsed.date()


def find_published(text: str) -> date | None:
    """The article's own publication date, from labelled date lines, datelines or a top date line.

    Dates inside the story or in embedded posts are not the article's date, and a dateline
    without a year ("SARAJEVO, Oct 5 (Reuters)") does not state one (see ``infer_published``).
    """
    stated = _stated_dates(text)
    for raw in stated:
        if _ANY_YEAR.search(raw):
            found = parse_date(raw)
            if found:
                found = _month_first_if_dateline_says(raw, found, stated)
                return _month_first_if_weekday_says(text, raw, found)
    return None


_AMBIGUOUS_NUMERIC = regex.compile(rf"([01]?\d)[./]([01]?\d)[./]{_YEAR}")


def _month_first_if_dateline_says(raw: str, found: date, stated: tuple[str, ...]) -> date:
    """'10/04/2024' above 'Kaohsiung, Oct. 4 (CNA)': the dateline settles the order."""
    if not _AMBIGUOUS_NUMERIC.fullmatch(raw.strip()) or found.day > 12:
        return found
    for other in stated:
        if other is raw or _ANY_YEAR.search(other):
            continue
        day = parse_date(other, default_year=found.year)
        if day and (day.month, day.day) == (found.day, found.month):
            return day
    return found


_WEEKDAY_BEFORE = regex.compile(r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?\s*,?\s*$",
                                regex.IGNORECASE)


def _month_first_if_weekday_says(text: str, raw: str, found: date) -> date:
    """'Mon, 10/03/2005': read day first, 10 March 2005 is a Thursday; the weekday written
    before it settles the order (3 October 2005 was a Monday)."""
    if not _AMBIGUOUS_NUMERIC.fullmatch(raw.strip()) or found.day > 12:
        return found
    at = text.find(raw, 0, _EDGE)
    weekday = _WEEKDAY_BEFORE.search(text, max(0, at - 14), at) if at >= 0 else None
    if weekday is None:
        return found
    day = weekday.group("day").lower()
    wanted = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(day))
    if found.weekday() == wanted:
        return found
    swapped = found.replace(month=found.day, day=found.month)
    return swapped if swapped.weekday() == wanted else found


@functools.lru_cache(maxsize=1)
def _stated_dates(text: str) -> tuple[str, ...]:
    """The dates of the article's own date lines and datelines, in order of trust (read once
    per document: ``find_published`` and then ``infer_published`` both ask)."""
    head = "\n".join(line for line in text[:600].split("\n")[:8] if _HAS_DIGIT.search(line))
    return tuple(m.group("date")
                 for pattern, scope in ((_LABELLED, _label_lines(text)), (_DATELINE, head),
                                        (_DATE_FIRST_DATELINE, head),
                                        (_PLACE_THEN_BRACKET_DATE, head), (_DATE_LINE, head),
                                        (_BARRED_DATE, head), (_OPENING_DATE, head),
                                        (_FIELD_DATE, head),
                                        (_TITLE_DATE, head))
                 for m in pattern.finditer(scope))


_HAS_DIGIT = regex.compile(r"\d")
_EDGE = 1500
_LABEL_WORDS = ("update", "published", "posted", "issued", "date", "modified", "release",
                "briefing", "statement")


def _label_lines(text: str) -> str:
    """The lines that start with a date label ("Updated: ..."), found with fast string search."""
    lower = text.lower()
    if len(lower) > 2 * _EDGE:  # date lines sit near the top or the bottom of a page
        lower = lower[:_EDGE] + " " * (len(lower) - 2 * _EDGE) + lower[-_EDGE:]
    lines: list[str] = []
    seen: set[int] = set()
    for word in _LABEL_WORDS:
        i = lower.find(word)
        while i >= 0:
            line_start = text.rfind("\n", 0, i) + 1
            prefix = text[line_start:i].strip()
            if line_start not in seen and (len(prefix) <= 16 or (
                    len(prefix) <= 64 and (prefix.endswith(("|", "·", "•"))
                                           or "  " in text[line_start:i]))):
                seen.add(line_start)
                end = text.find("\n", i)
                lines.append(text[line_start:end if end >= 0 else len(text)])
            i = lower.find(word, i + 1)
    return "\n".join(lines)


_FULL_DATE = regex.compile(
    rf"\b(?:{MONTHS}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{MONTHS},?\s+{_YEAR}"
    rf"|{_YEAR}-[01]\d-[0-3]\d)\b"
)


def infer_published(text: str) -> date | None:
    """The latest full date (day, month and year) mentioned anywhere in the text.

    Used only when the article states no date of its own: an embedded post's date or a
    dated event is a lower bound for when the article was written. A dateline without a
    year comes first, in the latest year the text mentions.
    """
    years = list(_ANY_YEAR.finditer(text))  # digit scans are fast; look only around years
    if not years:
        return None
    latest = max(int(y.group()) for y in years)
    for raw in _stated_dates(text):
        stated = parse_date(raw, default_year=latest)
        if stated:
            return stated
    found = []
    for year in years:
        for m in _FULL_DATE.finditer(text, max(0, year.start() - 20), year.end()):
            parsed = parse_date(m.group())
            if parsed is not None:
                found.append(parsed)
    return max(found) if found else None


# --- dates a figure is reported for -------------------------------------------------------
_RELATIVE = regex.compile(
    rf"\b(?:(?P<asof>as\s+of|as\s+at|by|through|up\s+to|until)\s+)?(?:(?:on|late|early)\s+)?"
    rf"(?:(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:night|morning|"
    rf"evening|afternoon))?|(?P<yesterday>yesterday|today|last\s+night|this\s+morning|"
    rf"last\s+week|last\s+month)|(?P<absolute>{DATE_TEXT}))\b",
    regex.IGNORECASE,
)


def resolve(expression: regex.Match, published: date) -> date | None:
    """Resolve a matched date expression against the publication date, preferring the past."""
    if expression.group("weekday"):
        target = WEEKDAYS.index(expression.group("weekday").lower())
        return published - timedelta(days=(published.weekday() - target) % 7)
    word = expression.group("yesterday")
    if word:
        word = " ".join(word.lower().split())
        offsets = {"yesterday": 1, "last night": 1, "last week": 7, "last month": 30}
        return published - timedelta(days=offsets.get(word, 0))
    found = parse_date(expression.group("absolute"), default_year=published.year)
    if found and found > published and not _ANY_YEAR.search(expression.group("absolute")):
        found = found.replace(year=found.year - 1)
    return found


def report_dates(sentence: str):
    """Date expressions in a sentence with their offsets (relative to the sentence)."""
    return list(_RELATIVE.finditer(sentence))
