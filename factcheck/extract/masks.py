"""Spans of text whose numbers are never claims: dates, times, money, ages, measures, links."""

from __future__ import annotations

import regex

from factcheck.extract.dates import DATE_TEXT, MONTHS

_NUMBERISH = r"\d[\d,]*(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k|b)\b)?"
_SPELLED_SMALL = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred|a\s+hundred|several|a\s+few|\d+)"
)

_PATTERNS = [
    # links, handles, e-mail, file names
    r"\b(?:https?://|www\.)\S+",
    r"\b[\w.-]+\.(?:com|org|net|gov|int|co|uk|io)(?:/\S*)?",
    r"[@#]\w+",
    # calendar dates and times
    DATE_TEXT,
    rf"\b{MONTHS}\s+{_NUMBERISH}(?:\s*[-–]\s*\d+)?",
    rf"\b(?:in|of|since|by|until|from|during|before|after|early|late|mid)[\s-]+{MONTHS}?\s*"
    rf"(?:19|20)\d\d\b",
    r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[AaPp]\.?[Mm]\b\.?)?",
    r"\b\d{1,2}\s*[AaPp]\.?[Mm]\b\.?",
    r"\b\d{3,4}\s*(?:GMT|UTC|hrs|hours\s+(?:GMT|local))\b",
    r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b",
    r"\b(?:the\s+)?(?:19|20)?\d0s\b|'\d0s\b",
    # money
    rf"(?:[$€£¥₹₦]|\b(?:US|USD|EUR|GBP|A|C|HK|NZ|R|Rs\.?|Sh|KSh|N)\s?\$?)\s?{_NUMBERISH}{_SCALE}",
    rf"\b{_NUMBERISH}{_SCALE}\s*(?:US\s+)?(?:dollars?|euros?|pounds|sterling|yuan|yen|rupees|"
    r"naira|shillings|hryvnias?|r[ou]bles|francs|dinars|liras?|pesos|rand|cents|pence|"
    r"dirhams|riyals|rials|shekels|taka|birr|cedis|USD|EUR|GBP)\b",
    r"\b(?:dozens|hundreds|thousands|millions|billions|tens\s+of\s+(?:thousands|millions))\s+of\s+"
    r"(?:US\s+)?(?:dollars|euros|pounds|yuan|yen|rupees|naira|shillings|francs|pesos)\b",
    r"(?:©|\(c\)|\bcopyright)\s*(?:\d{4}\s*[-–]\s*)?\d{4}",
    # percentages and ratios
    rf"\b{_NUMBERISH}\s*(?:%|percent\b|per\s*cent\b|percentage\s+points?\b|pc\b)",
    rf"\b{_SPELLED_SMALL}\s+(?:in|out\s+of)\s+(?:every\s+)?{_SPELLED_SMALL}\b",
    # ages
    rf"\b{_NUMBERISH}(?:\s*|-)(?:years?|months?|weeks?|days?)(?:\s*|-)old\b",
    r"\b\d+-year-olds?\b",
    rf"\b(?:aged|ages|age|ageing|aging)\s+(?:of\s+)?(?:between\s+)?{_NUMBERISH}"
    rf"(?:\s*(?:-|–|to|and)\s*{_NUMBERISH})?",
    rf"\b(?:under|over|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?{_NUMBERISH}"
    r"(?=\s+(?:years|and|were|who)|,|\))",
    r"\bin\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?\d0s\b",
    # magnitudes and measures
    rf"\b(?:magnitude|Richter)(?:\s+scale)?\s*(?:of\s+)?-?{_NUMBERISH}",
    rf"\b{_NUMBERISH}(?:\s*|-)magnitude\b",
    rf"\b{_NUMBERISH}\s*(?:km/h|mph|kph|°[CF]?|km|kms|mi|cm|mm|ft|kg|lbs?|sq\s*km|m2|ha)\b",
    # durations written as compounds: "a 3-day", "48-hour", "five-year"
    rf"\b(?:{_NUMBERISH}|{_SPELLED_SMALL})-(?:year|month|week|day|hour|minute|second|mile|"
    r"kilometre|kilometer|metre|meter|storey|story|floor|point|member|page|man|nation|"
    r"country|state|seat|game|match|bed|room|car|vehicle|lane|km|foot|inch|ton|tonne|gun)s?\b",
    # reading times and page furniture
    r"\b\d+\s*min(?:ute)?s?\s+read\b",
    r"\b(?:page|p\.|pp\.)\s*\d+\b",
    # sports scores
    r"\b(?:won|beat|defeated|drew|victory|win|trail(?:ed|ing)?)\b[^.\n]{0,40}?"
    r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b",
    r"\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:win|victory|defeat|loss|draw|lead|scoreline|thrashing)\b",
    # phone numbers and identifiers
    r"\+\d[\d\s-]{7,}\d",
    r"\b\d+(?:/\d+)+\b",
]
_MASK = regex.compile("|".join(f"(?:{p})" for p in _PATTERNS), regex.IGNORECASE)


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans whose numbers are not claims."""
    return [m.span() for m in _MASK.finditer(text)]
