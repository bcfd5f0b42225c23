"""What the builders of the hand-annotated evaluation sets share.

Each set (``tests/devset``, ``tests/devset2``, ``tests/devset3``, ``tests/holdout``) has a
``build_*.py`` that holds its passages, written with :func:`C` and :func:`P`, and writes
``passages.jsonl`` next to it through :func:`main`. Offsets are never typed: each claim names
its ``span``; a span that occurs more than once in its passage needs a ``ctx``, a longer piece
of text that occurs once and holds the span once (the first set spells it ``anchor``, a ctx
that starts with the span). Matches respect number boundaries: "900" is not found inside
"1,900", "1.900", "A900", "60-900" or "Shahed-900".

:func:`build_passages` refuses ambiguous or missing spans, claims out of text order or
overlapping, invalid fields, attributions not worded in the text, values or qualifiers that
disagree with the span's own words (or a verb just before it: "tops 25,000"), published dates
that are malformed or whose year the text does not state, repeated ids or texts, and ids out of
their set's sequence; a set adds its own checks (see :func:`no_sentence_from`).
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

TESTS = Path(__file__).parent

CATEGORIES = ("killed", "injured", "hostages", "missing", "displaced", "detained", "troops",
              "munitions", "aid", "population", "infrastructure", "other")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "fewer_than", "about", "range",
              "vague")
VAGUE_WORDS = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
               "tens of thousands": 10000, "hundreds of thousands": 100000,
               "millions": 1000000}

Passage = dict[str, Any]
Check = Callable[[list[Passage]], None]


def C(span: str, value: float, qualifier: str, category: str, subject: str,
      attribution: str | None = None, *, high: float | None = None, optional: bool = False,
      cat_alt: list[str] | None = None, attr_alt: list[str | None] | None = None,
      ctx: str | None = None, anchor: str | None = None) -> dict[str, Any]:
    """One gold claim, before its offsets are found."""
    claim: dict[str, Any] = {"span": span, "value": value, "qualifier": qualifier}
    if high is not None:
        claim["value_high"] = high
    claim.update(category=category, subject=subject, attribution=attribution, optional=optional)
    if cat_alt:
        claim["category_alt"] = cat_alt
    if attr_alt:
        claim["attribution_alt"] = attr_alt
    if anchor:
        if not anchor.startswith(span):
            raise ValueError(f"anchor {anchor!r} must start with {span!r}")
        ctx = anchor
    if ctx:
        claim["_ctx"] = ctx
    return claim


def P(pid: str, text: str, claims: list[dict[str, Any]], published: str | None = None
      ) -> Passage:
    """One passage; claims in text order."""
    return {"id": pid, "published": published, "text": text, "claims": claims}


# --- locating spans -------------------------------------------------------------------------

_KEY_ORDER = ("span", "start", "end", "value", "qualifier", "value_high", "category", "subject",
              "attribution", "optional", "category_alt", "attribution_alt")

# A match may not continue a longer word or number on either side: "900" is not found in
# "1,900", "1.900", "A900", "60-900" or "Shahed-900", nor "30" in "30,000" or "30-40" (a
# trailing "-strong", "-plus" or "-odd" word is allowed after a number).
_LEFT = r"(?<!\w)(?<!\d[,.])(?<!\w[-–])"
_RIGHT = r"(?!\w)(?![,.]\d)(?![-–]\d)"


def occurrences(text: str, piece: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start offsets of ``piece`` in ``text[lo:hi]`` that respect word and number bounds."""
    hi = len(text) if hi is None else hi
    pattern = re.compile(_LEFT + re.escape(piece) + _RIGHT)
    return [m.start() for m in pattern.finditer(text) if lo <= m.start() and m.end() <= hi]


def locate(text: str, claim: dict[str, Any], pos: int, pid: str) -> int:
    """Start offset of ``claim['span']``: unique in the text, or unique in a unique ``ctx``."""
    span, ctx = claim["span"], claim.get("_ctx")
    if ctx is None:
        found = occurrences(text, span)
        if len(found) != 1:
            raise ValueError(f"{pid}: span {span!r} occurs {len(found)} times; give a ctx")
    else:
        where = [m.start() for m in re.finditer(re.escape(ctx), text)]
        if len(where) != 1:
            raise ValueError(f"{pid}: ctx {ctx!r} occurs {len(where)} times, not once")
        found = occurrences(text, span, where[0], where[0] + len(ctx))
        if len(found) != 1:
            raise ValueError(f"{pid}: span {span!r} occurs {len(found)} times in ctx {ctx!r}")
    if found[0] < pos:
        raise ValueError(f"{pid}: claims out of text order or overlapping at {span!r}")
    return found[0]


# --- the span's own words give its value and qualifier ---------------------------------------

_PREFIXES = [("as many as", "at_most"), ("an estimated", "about"), ("approximately", "about"),
             ("upwards of", "more_than"), ("more than", "more_than"), ("fewer than", "fewer_than"),
             ("less than", "fewer_than"), ("well over", "more_than"), ("at least", "at_least"),
             ("close to", "about"), ("between", "range"), ("estimated", "about"),
             ("roughly", "about"), ("perhaps", "about"), ("nearly", "about"),
             ("almost", "about"), ("around", "about"), ("about", "about"), ("up to", "at_most"),
             ("under", "fewer_than"), ("over", "more_than"), ("some", "about")]
_SUFFIXES = [(" or more", "at_least"), ("-plus", "more_than"), ("-odd", "about")]
# Verbs just before a bare figure that qualify it (they are not part of the span).
_VERBS_MORE = {"tops", "topped", "passes", "passed", "exceeds", "exceeded", "past", "surpasses",
               "surpassed", "crossed"}
_DIGITS = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(%| percent|k|m|bn| million| billion)?$")
_SCALE = {None: 1, "%": 1, " percent": 1, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000,
          " million": 1_000_000, " billion": 1_000_000_000}
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_FRACTIONS = {"a half": 1 / 2, "a third": 1 / 3, "a quarter": 1 / 4}
_RANGE = re.compile(r"^(.+?)(?:\s*[-–]\s*|\s+to\s+|\s+and\s+|\s+or\s+)(.+)$")


def _word_number(word: str) -> float | None:
    word = word.lower()
    if word in _FRACTIONS:
        return _FRACTIONS[word]
    if word.startswith("half a "):
        n = _word_number("a " + word[len("half a "):])
        return None if n is None else n / 2
    word = word.removeprefix("a ").removeprefix("an ")
    for scale, factor in ((" million", 1_000_000), (" billion", 1_000_000_000),
                          (" dozen", 12), (" hundred", 100)):
        if word.endswith(scale):
            n = _word_number(word[: -len(scale)])
            return None if n is None else n * factor
    if word in ("dozen", "hundred", "million", "billion"):
        return {"dozen": 12, "hundred": 100, "million": 1e6, "billion": 1e9}[word]
    if word in _UNITS:
        return _UNITS.index(word)
    tens, _, unit = word.partition("-")
    if tens in _TENS[2:] and (not unit or unit in _UNITS[1:10]):
        return _TENS.index(tens) * 10 + (_UNITS.index(unit) if unit else 0)
    return None


def _number(text: str) -> float | None:
    m = _DIGITS.match(text)
    if m:
        return float(m.group(1).replace(",", "")) * _SCALE[m.group(2)]
    return _word_number(text)


def parse_span(span: str, before: str = "") -> tuple[str, float, float | None]:
    """(qualifier, value, value_high) as the span's own words (and a verb in ``before``) say."""
    low = span.lower()
    if low in VAGUE_WORDS:
        return "vague", VAGUE_WORDS[low], None
    qualifier, rest = "exact", span
    for words, q in _PREFIXES:
        if low.startswith(words + " "):
            qualifier, rest = q, span[len(words) + 1:]
            break
    for words, q in _SUFFIXES:
        if rest.lower().endswith(words):
            qualifier, rest = q, rest[: -len(words)]
    value = _number(rest)
    if value is not None:
        last = before.lower().split()[-1:]
        if qualifier == "exact" and last and last[0] in _VERBS_MORE:
            qualifier = "more_than"  # "tops 25,000": the verb qualifies the figure
        return qualifier, value, None
    m = _RANGE.match(rest)
    if not m:
        raise ValueError(f"cannot read the span {span!r}")
    a, b = _number(m.group(1)), _number(m.group(2))
    if a is None or b is None:
        raise ValueError(f"cannot read the range {span!r}")
    return "range", a, b


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


# --- checks ---------------------------------------------------------------------------------

def check_claim(pid: str, text: str, c: dict[str, Any]) -> None:
    """Every field of claim ``c`` of passage ``pid`` is valid and agrees with the text."""
    where = f"{pid}:{c['span']!r}"
    if text[c["start"]:c["end"]] != c["span"] or c["span"] != c["span"].strip():
        raise ValueError(f"{where}: offsets do not give the span")
    if c["category"] not in CATEGORIES:
        raise ValueError(f"{where}: bad category {c['category']!r}")
    alts = c.get("category_alt", [])
    if not set(alts) <= set(CATEGORIES) or c["category"] in alts or len(alts) != len(set(alts)):
        raise ValueError(f"{where}: bad category_alt {alts!r}")
    if c["qualifier"] not in QUALIFIERS:
        raise ValueError(f"{where}: bad qualifier {c['qualifier']!r}")
    if not isinstance(c["optional"], bool):
        raise ValueError(f"{where}: optional must be a bool")
    if isinstance(c["value"], bool) or not isinstance(c["value"], int | float) or c["value"] <= 0:
        raise ValueError(f"{where}: value must be a positive number")
    if not isinstance(c["subject"], str) or not c["subject"].strip():
        raise ValueError(f"{where}: empty subject")
    if (c["qualifier"] == "range") != ("value_high" in c):
        raise ValueError(f"{where}: value_high goes with, and only with, a range")
    if c["qualifier"] == "range" and not c["value"] < c["value_high"]:
        raise ValueError(f"{where}: value_high must exceed value")
    if c["qualifier"] == "vague" and c["value"] not in VAGUE_WORDS.values():
        raise ValueError(f"{where}: vague value must be one of {sorted(VAGUE_WORDS.values())}")
    sources = [c["attribution"], *c.get("attribution_alt", [])]
    for source in sources:
        if source is not None and (not isinstance(source, str) or source not in text):
            raise ValueError(f"{where}: attribution {source!r} is not worded in the text")
    if len(sources) != len(set(sources)):
        raise ValueError(f"{where}: attribution_alt repeats a source")
    qualifier, value, high = parse_span(c["span"], text[:c["start"]])
    if (qualifier, True, True) != (c["qualifier"], _close(value, c["value"]),
                                   _close(high, c.get("value_high"))):
        raise ValueError(f"{where}: span reads as {qualifier} {value} {high}, claim says "
                         f"{c['qualifier']} {c['value']} {c.get('value_high')}")


def check_passage(p: Passage) -> None:
    """The text is not empty, the published date is stated in it, the claims do not overlap."""
    pid = p["id"]
    if not isinstance(p["text"], str) or not p["text"].strip():
        raise ValueError(f"{pid}: empty text")
    if p["published"] is not None:
        day = date.fromisoformat(p["published"])  # raises if not YYYY-MM-DD
        if len(p["published"]) != 10 or str(day.year) not in p["text"]:
            raise ValueError(f"{pid}: published {p['published']!r} is not stated in the text")
    for a, b in itertools.pairwise(p["claims"]):
        if a["end"] > b["start"]:
            raise ValueError(f"{pid}: claims {a['span']!r} and {b['span']!r} overlap")


def _check_ids(ids: list[str], id_format: str | None) -> None:
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate passage ids")
    if id_format is None:
        return
    for index, pid in enumerate(ids, start=1):
        if pid != id_format.format(index):
            raise ValueError(f"{pid}: ids must run {id_format.format(1)}, {id_format.format(2)}, "
                             f"... in order without gaps (expected {id_format.format(index)})")


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def other_sets(name: str) -> list[str]:
    """Every dev and holdout set in ``tests/`` but ``name``: the sets whose sentences the set
    ``name`` must not reuse (``no_sentence_from`` skips those not built yet)."""
    return sorted(d.name for d in TESTS.iterdir()
                  if d.is_dir() and d.name != name and d.name.startswith(("devset", "holdout")))


def no_sentence_from(*names: str) -> Check:
    """A check: no sentence (over 40 characters) of the sets ``tests/<name>`` is reused."""
    def check(passages: list[Passage]) -> None:
        old: list[str] = []
        for name in names:
            path = TESTS / name / "passages.jsonl"
            if path.exists():
                old += [json.loads(line)["text"] for line in
                        path.read_text(encoding="utf-8").splitlines() if line.strip()]
        old_sentences = {s.strip() for t in old for s in _SENTENCE_END.split(t)
                         if len(s.strip()) > 40}
        for p in passages:
            for s in _SENTENCE_END.split(p["text"]):
                if s.strip() in old_sentences:
                    raise ValueError(f"{p['id']}: sentence copied from an earlier set: {s!r}")
    return check


# --- building and writing -------------------------------------------------------------------

def build_passages(raw_passages: Iterable[Passage], *, id_format: str | None = None,
                   checks: Sequence[Check] = ()) -> list[Passage]:
    """The passages with offsets computed and every field checked, in id order.

    ``id_format`` (``"d2_{:03d}"``) makes the ids run 1, 2, ... in the source's order;
    ``checks`` are the set's own checks, run on the built passages.
    """
    out = []
    for p in raw_passages:
        text, pos, claims = p["text"], 0, []
        for raw in p["claims"]:
            start = locate(text, raw, pos, p["id"])
            end = start + len(raw["span"])
            pos = end
            full = {**raw, "start": start, "end": end}
            claim = {k: full[k] for k in _KEY_ORDER if k in full}
            check_claim(p["id"], text, claim)
            claims.append(claim)
        passage = {"id": p["id"], "file": f"{p['id']}.txt", "published": p["published"],
                   "text": text, "claims": claims}
        check_passage(passage)
        out.append(passage)
    _check_ids([p["id"] for p in out], id_format)
    texts = [p["text"] for p in out]
    if len(texts) != len(set(texts)):
        raise ValueError("duplicate passage texts")
    for check in checks:
        check(out)
    return sorted(out, key=lambda p: p["id"])


def render(passages: list[Passage]) -> str:
    """The JSON Lines text of ``passages``."""
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in passages)


def self_test() -> None:
    """The locator keeps numbers whole and refuses ambiguity; spans read as they should."""
    assert occurrences("1,900 and 900", "900") == [10]
    assert occurrences("1.900 or A900 or 60-900 or Shahed-900", "900") == []
    assert occurrences("a 40,000-strong force", "40,000") == [2]
    assert occurrences("30,000 and 30-40", "30") == []
    assert occurrences("224 and 24", "24") == [8]
    assert occurrences("Pokrovsk — 3 dead, 33 hurt", "3") == [11]
    assert locate("12 and 12 more", {"span": "12", "_ctx": "12 more"}, 0, "t") == 7
    try:
        locate("12 and 12", {"span": "12"}, 0, "t")
    except ValueError:
        pass
    else:
        raise AssertionError("an ambiguous span was accepted")
    assert parse_span("Half a million") == ("exact", 500000, None)
    assert parse_span("43,000-plus") == ("more_than", 43000, None)
    assert parse_span("209,000-plus") == ("more_than", 209000, None)
    assert parse_span("Upwards of 150") == ("more_than", 150, None)
    assert parse_span("Fewer than a dozen") == ("fewer_than", 12, None)
    assert parse_span("six or seven") == ("range", 6, 7)
    assert parse_span("Between 275,000 and 325,000") == ("range", 275000, 325000)
    assert parse_span("25,000", "death toll tops ") == ("more_than", 25000, None)
    assert parse_span("40 percent") == ("exact", 40, None)


def main(build: Callable[[], list[Passage]], out: Path, *, expected: int | None = None) -> None:
    """Check the machinery, build the set, and write it to ``out``."""
    self_test()
    passages = build()
    if expected is not None and len(passages) != expected:
        sys.exit(f"expected {expected} passages, found {len(passages)}")
    out.write_text(render(passages), encoding="utf-8")
    n = sum(len(p["claims"]) for p in passages)
    opt = sum(c["optional"] for p in passages for c in p["claims"])
    print(f"wrote {out}: {len(passages)} passages, {n} claims ({opt} optional)")
