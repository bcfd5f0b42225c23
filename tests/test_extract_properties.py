"""Property tests: the extractor never raises and its output is always well formed."""

from __future__ import annotations

import math
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.extract import CATEGORIES, QUALIFIERS, extract
from factcheck.extract.types import DATE_SOURCES

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "at least", "more than", "over", "tops", "nearly", "around", "some", "up to", "as many as",
    "fewer than", "or more", "an estimated", "between", "and", "to", "-", "–", "—",
    "people", "were killed", "killed", "dead", "wounded", "injured", "hostages", "missing",
    "displaced", "fled", "arrested", "troops", "soldiers", "rockets", "drones", "trucks",
    "residents", "homes", "hospitals", "children", "women", "the death toll rose to",
    "among the dead were", "killing", "left", "according to", "said", "told reporters",
    "citing", "the health ministry", "police", "officials", "'s figures", "\"", "“", "”", "’",
    "dozens", "scores", "hundreds", "thousands", "tens of thousands", "hundreds of thousands",
    "millions", "a dozen", "a hundred", "three", "twenty-five", "one", "no one", "none",
    "million", "bn", "k", "%", "$", "€", "km", "year-old", "aged", "magnitude", "hours",
    "Updated:", "Published", "date", "March 3, 2024", "10:02 AM", "2024-02-30", "Feb. 29",
    "on Friday", "yesterday", "last week", "Shahed-136", "F-16", "3-1", "(Reuters) -",
    "KYIV, March 3 (Reuters) -", "5 min read", "Try it for 1 month",
]
SEPARATORS = [" ", "", ", ", ". ", "\n", "\n\n", "\r\n", "\t", " (", ") ", ": ", "; ", "\u00a0",
              "\u200b", "\u2028", "\x00", "\x1b[31m", "\ufeff"]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """Numbers as news writes them, and as it should not."""
    n = draw(st.integers(min_value=0, max_value=10**12))
    return draw(st.sampled_from([
        str(n), f"{n:,}", f"{n / 10:.1f}", f"{n:,}.{n % 100}", f"{n % 1000}-{n % 997}",
        f"{n % 100}–{n % 1000}", f"{n % 10}.{n % 7} million", f"{n % 100}bn", f"{n % 1000}k",
        "9" * draw(st.integers(min_value=20, max_value=400)),
        "1" + "," * draw(st.integers(min_value=1, max_value=5)) + "000",
        "0" * draw(st.integers(min_value=1, max_value=30)),
        f"{n}e{n % 400}", f".{n}", f"{n},", f"{n}.",
    ]))


unicode_digits = st.text(alphabet=st.characters(categories=["Nd", "No", "Nl"]), min_size=1,
                         max_size=8)
controls = st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]),
                   min_size=1, max_size=4)
punctuation = st.text(alphabet=",.-–—:;/()[]\"'“”‘’%$#@!?*&+=<>|\\", min_size=1, max_size=3)
pieces = st.one_of(st.sampled_from(FRAGMENTS), numbers(), unicode_digits, controls, punctuation,
                   st.text(max_size=6))
fragment_soup = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), max_size=60).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))

QUALIFIER_WORDS = ["", "at least ", "more than ", "over ", "nearly ", "around ", "some ",
                   "up to ", "as many as ", "fewer than ", "an estimated ", "between 3 and ",
                   "About ", "the death toll rose to ", "among the dead were "]
NOUNS = ["people", "children and 9 women", "soldiers", "troops", "rockets", "drones",
         "trucks of aid", "homes", "hostages", "residents", "migrants", "protesters", ""]
VERBS = [" were killed", " were wounded", " dead", " were arrested", " fled", " were sent",
         " were abducted", " are missing", " were fired", " or more died", "", " were not hurt"]
SOURCES = ["", ", police said", ", according to the UN", ", said the ministry", " (Reuters)",
           ", officials told reporters", "’s figures show"]


@st.composite
def claim_sentences(draw: st.DrawFn) -> str:
    """Sentences built like claims, with noise inserted anywhere."""
    parts = [draw(st.sampled_from(QUALIFIER_WORDS)),
             draw(st.one_of(numbers(), st.sampled_from(["three", "a dozen", "dozens",
                                                        "tens of thousands", "twenty-five"]))),
             " " + draw(st.sampled_from(NOUNS)), draw(st.sampled_from(VERBS)),
             draw(st.sampled_from(SOURCES)), "."]
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        at = draw(st.integers(min_value=0, max_value=len(parts)))
        parts.insert(at, draw(st.one_of(controls, punctuation, st.sampled_from(SEPARATORS))))
    return "".join(parts)


news_like = st.lists(st.one_of(claim_sentences(), fragment_soup), min_size=1, max_size=6).map(
    " ".join)
any_text = st.one_of(st.text(), news_like)


def check_extraction(text: str, result) -> None:
    """Every invariant of the extraction contract."""
    assert result.document.published_source in DATE_SOURCES
    previous_end = 0
    for c in result.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert c.text == text[c.start:c.end]
        assert c.start >= previous_end, "claims must be sorted and must not overlap"
        previous_end = c.end
        assert c.category in CATEGORIES
        assert c.qualifier in QUALIFIERS
        assert math.isfinite(c.value) and c.value >= 0
        assert math.isfinite(c.low) and c.low >= 0
        assert c.low <= c.value + 1  # more_than v starts at v + 1
        if c.high is not None:
            assert math.isfinite(c.high)
            assert c.low <= c.high
        if c.qualifier == "range":
            assert c.value_high is not None and c.value <= c.value_high
        else:
            assert c.value_high is None


@SETTINGS
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    check_extraction(text, extract(text))


@SETTINGS
@given(news_like)
@example("9" * 400 + " people were killed.")  # a value that overflows a float
@example("fewer than 0 people were killed.")  # an empty interval
@example("killed 1\u200b000 people and ٣٠٠ soldiers")  # invisible and non-ASCII digits
def test_news_like_text_gives_well_formed_claims(text: str) -> None:
    check_extraction(text, extract(text))


@SETTINGS
@given(any_text, st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_given_publication_date_is_kept(text: str, published: date) -> None:
    result = extract(text, published=published)
    check_extraction(text, result)
    assert result.document.published == published
    assert result.document.published_source == "user"


@SETTINGS
@given(any_text)
def test_extraction_is_deterministic(text: str) -> None:
    assert extract(text) == extract(text)
