"""Find figures in text: digits, scale words, spelled-out numbers, vague amounts, ranges.

``MENTION`` is one compiled pattern run over the whole text; ``parse_number``
turns a matched number phrase into its value.
"""

from __future__ import annotations

import regex

from factcheck.extract.dates import MONTH_BEFORE
from factcheck.extract.lexicon import (
    QUALIFIERS_BEFORE,
    SCALES,
    TEENS,
    TENS,
    UNITS,
    VAGUE,
)


def _alt(words, reverse: bool = False) -> str:
    """A regex alternation of phrases, longest first, spaces matching any blank.

    Written as a trie ("kill(?:ed|ing)?"): it matches what the plain alternation would, with
    the same priority (a phrase before its own prefixes), but a failed attempt costs one
    branch per character instead of one try per phrase. ``reverse`` builds the trie from the
    phrases' ends, for patterns compiled with ``regex.REVERSE``.
    """
    phrases = set(words)
    if not all(p.isascii() and p == p.lower() for p in phrases):
        # case-insensitive branches could overlap: keep the plain alternation
        ordered = sorted(phrases, key=len, reverse=True)
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for ch in reversed(phrase) if reverse else phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _trie_pattern(trie, reverse)


def _trie_pattern(node: dict[str, dict], reverse: bool) -> str:
    """The pattern of a trie node: its branches, optional where a phrase may end (greedy, so
    longer phrases are tried first)."""
    branches = []
    for ch, child in sorted(node.items()):
        if ch:
            atom = r"\s+" if ch == " " else regex.escape(ch)
            rest = _trie_pattern(child, reverse)
            branches.append(rest + atom if reverse else atom + rest)
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


_SMALL = rf"(?:(?:{_alt(TENS)})(?:[-\s](?:{_alt(UNITS)}))?|{_alt(TEENS)}|{_alt(UNITS)})"
_SPELLED = (
    rf"(?:{_SMALL}(?:\s+(?:hundred|thousand|million|billion|dozen|lakhs?|crores?)"
    rf"(?:\s+(?:and\s+)?{_SMALL})?)?"
    r"|(?:a|one)\s+(?:dozen|hundred|thousand|million|billion|lakh|crore)"
    r"|half\s+a\s+(?:dozen|million|billion))"
)
#: Thousands set off by spaces ("15 000", "3\u202f500"), as South African and French-style
#: copy writes them; not a day of the month before a count ("May 15 300").
_SPACED = (r"(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s)"
           r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d|\d)")
_DIGITS_CORE = (
    rf"(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?![\d,])|\d{{1,3}}(?:,\d{{3}})+|{_SPACED}|\d+)(?:\.\d+)?"
    # 5,70,000: lakh
    r"(?:\s?(?:million|billion|trillion|thousand|hundred|lakhs?|crores?)\b|(?:bn|mn|mln|k)\b"
    r"|(?<=\.\d+)m\b)?"
)
_NUM = rf"(?:(?<![\w.,/:$€£¥₹#\[;])(?<![A-Za-z]-)(?<!\d-){_DIGITS_CORE}|\b{_SPELLED}\b)"
_NUM2 = rf"(?:(?<![\w.,/:$€£¥₹#\[;]){_DIGITS_CORE}|\b{_SPELLED}\b)"
_VAGUE = (
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|hundreds|thousands|millions"
    r"|scores(?=\s+(?:of|in\s+hospital|injured|wounded|dead|killed|were|more|others)\b)"
    r"|(?:several|a\s+few|many|some)\s+(?:dozen|hundred|thousand|million)s?(?!\s+of\s+\w+s\b)"
    r"|many\s+thousands|many\s+hundreds)\b"
)
_QUALIFIER = "|".join(_alt(v) for v in QUALIFIERS_BEFORE.values())

MENTION = regex.compile(
    rf"""
    (?:(?P<qual>\b(?:well\s+)?(?:{_QUALIFIER}))\s+)?
    (?:
        (?P<between>\bbetween)\s+(?P<r1>{_NUM})\s+and\s+(?P<r2>{_NUM})
      | (?P<num>{_NUM})(?:(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+or\s+)(?P<num2>{_NUM2})(?!\s*[-–—]\s*\d))?
      | (?P<vague>{_VAGUE})
    )
    (?P<post>\s+or\s+more\b|\s+or\s+so\b|-plus\b|\+(?!\w)|\s+plus\b(?!\s+\w+\s+\w+)|\s+odd\b|-odd\b)?
    (?![\w]|[.,]\d)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_WORD_VALUES = {**UNITS, **TEENS, **TENS}
_SPACED_GROUP = regex.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_TOKEN = regex.compile(r"[a-z]+|\d+(?:\.\d+)?", regex.IGNORECASE)


def parse_number(phrase: str) -> float | None:
    """The value of a number phrase: '9,061', '2.3 million', '1.5bn', 'twenty-five', 'a dozen'."""
    text = _SPACED_GROUP.sub("", phrase.lower().replace(",", "")).replace("-", " ")
    total = 0.0
    current = 0.0
    seen = False
    half = False
    for tok in _TOKEN.findall(text):
        if tok[0].isdigit():
            current += float(tok)
            seen = True
        elif tok in _WORD_VALUES:
            current += _WORD_VALUES[tok]
            seen = True
        elif tok in ("a", "one") and not seen:
            current = 1
            seen = True
        elif tok == "half":
            half = True
        elif tok == "and":
            continue
        elif tok in SCALES:
            scale = SCALES[tok]
            current = (current if seen else 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    return value / 2 if half else value


def vague_value(phrase: str) -> tuple[float, float, float] | None:
    """(value, low, high) for a vague amount such as 'tens of thousands'."""
    key = " ".join(phrase.lower().split())
    if key in VAGUE:
        return VAGUE[key]
    if key.startswith("many "):
        key = key[5:]
        return VAGUE.get(key)
    for prefix in ("several ", "a few ", "some "):
        if key.startswith(prefix):
            unit = key[len(prefix):].rstrip("s")
            scale = SCALES.get(unit)
            if scale:
                low = scale * 2
                return float(scale), float(low), float(scale * 10 - 1 if scale > 12 else 99)
    return None


#: Lower-case words that can begin or end a written-out or vague number.
_ANCHOR_WORDS = tuple(
    sorted({*UNITS, *TEENS, *TENS, "dozen", "dozens", "hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "billion", "scores", "lakh", "lakhs", "crore",
            "crores"})
)
_DIGIT_RUN = regex.compile(r"\d+")
_MAX_PREFIX = 48  # characters before an anchor where qualifier words may start


def _word_anchors(text: str) -> list[int]:
    """Offsets of number words, found with fast string search on the lower-cased text.

    One scan per stem ("thir" finds thirteen and thirty); each hit is kept when the whole
    word it begins is a number word.
    """
    lower = text.lower()
    found: list[int] = []
    for stem in _ANCHOR_STEMS:
        i = lower.find(stem)
        while i >= 0:
            if not (i and lower[i - 1].isalpha()):
                word = _ALPHA_RUN.match(lower, i)
                if word and word.group() in NUMBER_WORDS:
                    found.append(i)
            i = lower.find(stem, i + 1)
    return found


#: Number words, lower-cased ("seven", "dozens", "thousand").
NUMBER_WORDS = frozenset(_ANCHOR_WORDS)
#: Shortest beginnings that together start every anchor word (each word exactly one stem).
_ANCHOR_STEMS = ("billion", "crore", "dozen", "eight", "eleven", "fif", "five", "forty", "four",
                 "hundred", "lakh", "million", "nine", "one", "scores", "seven", "six", "ten",
                 "thir", "thousand", "three", "twelve", "twenty", "two")
_ALPHA_RUN = regex.compile(r"\p{L}+")
assert all(sum(w.startswith(s) for s in _ANCHOR_STEMS) == 1 for w in _ANCHOR_WORDS)


_QUALIFIER_PHRASES = frozenset(
    " ".join(w.split())
    for words in QUALIFIERS_BEFORE.values()
    for w in [*words, *(f"well {x}" for x in words)]
)
_PREFIXES = _QUALIFIER_PHRASES | {f"{q} {a}" for q in _QUALIFIER_PHRASES
                                  for a in ("a", "half a", "tens of", "hundreds of")} | {
    "between", "tens of", "hundreds of", "several", "a few", "many", "some", "a", "one",
     "half a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_PREFIX_WORDS = 4
_PREFIX_ENDS = frozenset(p.split()[-1] for p in _PREFIXES)  # "least", "than", "of" ...
_PHRASAL_OVER = frozenset(
    "hand hands handed handing turn turned turning take took taken taking passed".split())
_OPENERS = "(\"“‘'["  # brackets and quotes that may open a qualified figure


def find_mentions(text: str):
    """Every figure mention in ``text``, in order, as ``MENTION`` matches.

    Anchors (digit runs, number words) are found with fast scans; the full pattern is tried
    once per anchor, from the qualifier words just before it when there are any.
    """
    anchors = sorted([m.start() for m in _DIGIT_RUN.finditer(text)] + _word_anchors(text))
    last_end = 0
    for anchor in anchors:
        if anchor < last_end:
            continue
        start = _prefix_start(text, max(last_end, anchor - _MAX_PREFIX), anchor)
        m = MENTION.match(text, start)
        if (m is None or m.end() <= anchor) and start != anchor:
            m = MENTION.match(text, anchor)
        if m and m.end() > anchor:
            sep = m.group("sep") or ""
            if sep.strip() in ("-", "–", "—") and sep != sep.strip() and \
                    MONTH_BEFORE.search(text, max(0, start - 12), start):
                # "VENICE, October 4 - Twenty-one people died": a dateline's day, then a figure
                last_end = m.start("num2")
                continue
            yield m
            last_end = m.end()


_WORD_BREAKS = regex.compile(r"[\s—–]+")


def _prefix_start(text: str, lo: int, anchor: int) -> int:
    """Where the qualifier words before an anchor begin ("at least", "between", "tens of")."""
    window = text[lo:anchor]
    if not window or not window[-1].isspace():
        return anchor
    lowered = window.lower()
    words = (_WORD_BREAKS.split(lowered.strip()) if "—" in lowered or "–" in lowered
             else lowered.split())[-_PREFIX_WORDS:]  # "CITY—At least": the dash parts words
    if not words or (words[-1] not in _PREFIX_ENDS
                     and words[-1].lstrip(_OPENERS) not in _PREFIX_ENDS):
        return anchor  # no qualifier phrase ends with the word before the anchor
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[-k:])
        if phrase.lstrip(_OPENERS) in _PREFIXES:
            if phrase == "over" and len(words) > k and words[-k - 1] in _PHRASAL_OVER:
                return anchor  # "handed over 85 civilians": a verb's particle, no qualifier
            # offset of the k-th last word in the window
            pos = len(window)
            for _ in range(k):
                pos = len(window[:pos].rstrip())
                cut = max(window.rfind(" ", 0, pos), window.rfind("\n", 0, pos),
                          window.rfind("—", 0, pos), window.rfind("–", 0, pos))
                pos = cut + 1
            while pos < len(window) and window[pos] in _OPENERS:
                pos += 1
            return lo + pos
    return anchor
