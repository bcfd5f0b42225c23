"""What a figure counts: the noun phrase after it, the verbs around it, its category."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from factcheck.extract.lexicon import (
    CASUALTY_WORDS,
    NEUTRAL_VERBS,
    NON_CLAIM_UNITS,
    NOUN_CATEGORIES,
    PEOPLE_NOUNS,
)
from factcheck.extract.mentions import _alt

CASUALTY = frozenset(CASUALTY_WORDS)
_TRIGGER_CATEGORY = {w: cat for cat, words in CASUALTY_WORDS.items() for w in words}
_NOUN_CATEGORY = {w: cat for cat, words in NOUN_CATEGORIES.items() for w in words}
_PEOPLE = frozenset(PEOPLE_NOUNS)
_UNITS = frozenset(NON_CLAIM_UNITS)

_TRIGGERS = regex.compile(rf"\b(?:{_alt(list(_TRIGGER_CATEGORY) + list(NEUTRAL_VERBS))})\b",
                          regex.IGNORECASE)

# Words that end the counted noun phrase after a figure.
_NP_STOP = frozenset(
    """were was are is be been being have has had will would could may might can should must
    in on at and or but who that which from to by with for as after before during since when
    while where of a an the this these than more said says say also reportedly allegedly
    including among according into across inside near over under about around per each
    so now then there their its his her our your my whom whose what why how not no nor
    yet still already just only all both either some many most other another such
    total totalling totaling altogether overall respectively were'nt""".split()
)
_DETERMINERS = frozenset(
    "the its their his her our these those them whom which this that gaza's its' a an".split()
)
_PRONOUN_NP = frozenset(("them", "whom", "which", "those", "these", "us", "it"))
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’\-.]*|[^\s\p{L}\d]")

# After the noun phrase: optional aside, relative pronoun, auxiliaries, then a trigger.
_AUX = (
    r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|being|be|will\s+be|would\s+be|"
    r"to\s+be|to\s+have\s+been|get|got|reportedly|allegedly|also|now|so\s+far|already|later|"
    r"all|confirmed|believed|feared|thought|said\s+to\s+be|known\s+to\s+be|likely|still|"
    r"remain|remained|remains|officially|presumed|then|initially|subsequently|eventually|"
    r"ultimately|either|both|were\s+still|may\s+have\s+been|might\s+have\s+been|"
    r"could\s+have\s+been|as|who|that|which|in\s+total|in\s+all|overall|so\s+far|each)"
)
_AFTER = regex.compile(
    rf"""\s*(?:,\s*(?:[^,.;]{{1,60}}),\s*)?(?:{_AUX}\s+)*(?P<bare>(?:have|has|had)\s+)?
    (?P<trig>{_alt(list(_TRIGGER_CATEGORY) + list(NEUTRAL_VERBS) + ["taken", "held", "left"])})
    \b(?P<rest>[^,.;]{{0,24}})""",
    regex.IGNORECASE | regex.VERBOSE,
)
_TRANSITIVE = frozenset(
    """killed wounded injured kidnapped abducted arrested detained displaced evacuated
    seized deployed sent fired launched held taken rescued""".split()
)
# Between a trigger word and the figure: only filler words ("death toll rose to at least").
_FILLER = frozenset(
    """to at of by from rose risen rising reached reaching stood stands standing climbed climbing
    jumped increased increasing grew hit hits now has had have is was were are some another
    further additional the lives least more than nearly over about around as many an estimated
    a total combined in so far already only just almost reportedly officially confirmed up
    toll number figure count tally official overall latest new death tolls numbers people
    stand stood is be been reached climbing soared surged including killing wounding
    injuring leaving left brought bringing bring raising raised putting put""".split()
)
_POPULATION_BEFORE = regex.compile(
    r"(?:home\s+to|population\s+of|populated\s+by|(?:city|country|nation|territory|enclave|"
    r"strip|state|region|island|province|town|capital|area|district|metropolis|village|camp|"
    r"archipelago|republic|kingdom|county|municipality)\s+of)\s*(?:some\s+|about\s+|around\s+|"
    r"nearly\s+|more\s+than\s+|over\s+|roughly\s+|almost\s+)?$",
    regex.IGNORECASE,
)
_LOCATION = regex.compile(
    r"\b(?:in|across|inside|throughout|near|from|at|on)\s+((?:the\s+)?(?:(?:northern|southern|"
    r"eastern|western|central|north|south|east|west|occupied|north-western|south-eastern|"
    r"north-eastern|south-western)\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’\-]*)*)"
)
_POSSESSIVE_PLACE = regex.compile(r"(\p{Lu}[\p{L}\-]+)['’]s\s+(?:[\w ]{0,20})$")


@dataclass(slots=True)
class Context:
    """What the words around a figure say about it."""

    noun: str | None  # counted noun phrase as written ("US troops")
    noun_category: str | None
    pronoun: bool  # "12 of them"
    own_after: str | None  # category from a predicate right after the noun phrase
    neutral_after: str | None
    np_end: int  # offset (in the document) where the noun phrase ends
    unit: bool  # followed by a unit of time/measure/money


def read_noun_phrase(text: str, pos: int, limit: int) -> Context:
    """Read the counted noun phrase starting at ``pos`` and the predicate after it."""
    window = text[pos:min(limit, pos + 90)]
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(window)]
    i = 0
    pronoun = False
    words: list[str] = []
    end = 0
    unit = False
    if tokens and tokens[0][0].lower() in _UNITS:
        unit = True
    elif len(tokens) > 1 and f"{tokens[0][0]} {tokens[1][0]}".lower() in _UNITS:
        unit = True
    if tokens and tokens[0][0].lower() == "of":
        i = 1
        while i < len(tokens) and tokens[i][0].lower() in _DETERMINERS | {"whom", "them"}:
            if tokens[i][0].lower() in _PRONOUN_NP:
                pronoun = True
            end = tokens[i][2]
            i += 1
        if i < len(tokens) and regex.match(r"\p{Lu}[\p{L}\-]*['’]s$", tokens[i][0]):
            i += 1
    while i < len(tokens) and len(words) < 5:
        tok, _, tok_end = tokens[i]
        low = tok.lower()
        if not tok[0].isalpha() or low in _NP_STOP or low in _TRIGGER_CATEGORY and words:
            break
        if low in _TRIGGER_CATEGORY and low not in _NOUN_CATEGORY and low not in _PEOPLE:
            break
        if low in NEUTRAL_VERBS or (low.endswith("ing") and low not in _PEOPLE and words):
            break
        words.append(tok)
        end = tok_end
        i += 1
    while words and words[-1].lower() in ("s", "-"):
        words.pop()
    noun = " ".join(words) if words else None
    noun_category = _lookup_noun(words)
    after = _AFTER.match(text, pos + end, min(limit, pos + end + 140))
    own_after = neutral_after = None
    if after:
        trig = " ".join(after.group("trig").lower().split())
        rest = after.group("rest").lower()
        bare = after.group("bare")
        if trig in ("taken", "held"):
            if regex.match(r"\s*(?:as\s+)?(?:hostage|captive|prisoner)", rest):
                own_after = "hostages" if "prisoner" not in rest else "detained"
        elif trig == "left":
            if regex.match(r"\s*(?:dead|injured|wounded|homeless)", rest):
                own_after = None
            elif not bare or True:
                own_after = "displaced" if regex.match(r"\s*(?:the|their|gaza|for|via|through|"
                                                       r"in|on|\p{Lu})", after.group("rest"))\
                    else None
        elif trig in NEUTRAL_VERBS:
            neutral_after = NEUTRAL_VERBS[trig]
        elif not (bare and trig.split()[0] in _TRANSITIVE):
            own_after = _TRIGGER_CATEGORY.get(trig)
    return Context(noun, noun_category, pronoun, own_after, neutral_after, pos + end, unit)


def _lookup_noun(words: list[str]) -> str | None:
    """The category of a noun phrase from its last one to three words."""
    lowered = [w.lower().rstrip("'’") for w in words]
    for n in (3, 2, 1):
        if len(lowered) >= n:
            key = " ".join(lowered[-n:])
            if key in _NOUN_CATEGORY:
                return _NOUN_CATEGORY[key]
    for w in reversed(lowered):
        if w in _NOUN_CATEGORY:
            return _NOUN_CATEGORY[w]
    return None


def trigger_before(text: str, start: int, floor: int) -> str | None:
    """The category of a trigger word governing the figure from before ("killing at least")."""
    window_start = max(floor, start - 80)
    window = text[window_start:start]
    found = None
    for m in _TRIGGERS.finditer(window):
        found = m
    if not found:
        return None
    gap = window[found.end():]
    gap_words = regex.findall(r"[\p{L}'’]+|[^\s\p{L}]", gap)
    if len(gap_words) > 7 or any(w.lower() not in _FILLER for w in gap_words):
        return None
    word = " ".join(found.group().lower().split())
    return _TRIGGER_CATEGORY.get(word) or ("neutral:" + NEUTRAL_VERBS[word]
                                           if word in NEUTRAL_VERBS else None)


def population_context(text: str, start: int, floor: int) -> bool:
    """True for 'a territory of 2.3 million', 'home to 40,000'."""
    return bool(_POPULATION_BEFORE.search(text, max(floor, start - 40), start))


def is_people(noun: str | None) -> bool:
    """Whether a noun phrase counts people."""
    if not noun:
        return False
    last = noun.lower().split()[-1]
    return last in _PEOPLE or last.endswith(("ians", "ans", "ese", "is", "ers")) and last[0:1]


def find_location(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
                  ) -> str | None:
    """A place stated near the figure: 'in Gaza', 'in southern Israel', "Gaza's"."""
    after = _LOCATION.search(text, end, min(sentence_end, end + 80))
    if after:
        return after.group(1)
    before = _POSSESSIVE_PLACE.search(text, max(sentence_start, start - 30), start)
    if before:
        return before.group(1)
    before = None
    for m in _LOCATION.finditer(text, sentence_start, start):
        before = m
    return before.group(1) if before else None
