"""Phrase alternations written as tries match exactly what a plain alternation would."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.mentions import _alt

PHRASE = st.text(alphabet="abdeiklst ", min_size=1, max_size=8).map(lambda s: " ".join(s.split()))
PHRASES = st.lists(PHRASE.filter(bool), min_size=1, max_size=8)
TEXT = st.text(alphabet="abdeiklstKS ,\n", max_size=30)
# contexts that make the engine backtrack into the alternation
CONTEXTS = (r"(?P<a>{})", r"(?P<a>{})\b(?P<r>[^,]{{0,4}})", r"(?P<a>{})(?P<r>\w*)s",
            r"x?(?P<a>{})\s+e")


def _plain(words: list[str]) -> str:
    """The alternation ``_alt`` stands for: longest phrase first."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _same(a: regex.Match | None, b: regex.Match | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


@st.composite
def phrases_and_text(draw) -> tuple[list[str], str]:
    """Phrases, and a text made mostly of them (cut short, joined, upper-cased here and there)."""
    words = draw(PHRASES)
    pieces = draw(st.lists(st.one_of(st.sampled_from(words), TEXT), max_size=4))
    pieces = [p[:draw(st.integers(0, len(p)))] if draw(st.booleans()) else p for p in pieces]
    text = draw(st.sampled_from(["", " ", ",", "s"])).join(pieces)
    return words, text.upper() if draw(st.booleans()) else text


@settings(max_examples=500, deadline=None)
@given(phrases_and_text(), st.sampled_from(CONTEXTS), st.booleans())
def test_trie_matches_like_the_plain_alternation(case, context, reverse):
    words, text = case
    flags = regex.IGNORECASE | (regex.REVERSE if reverse else 0)
    plain = regex.compile(context.format(_plain(words)), flags)
    trie = regex.compile(context.format(_alt(words, reverse=reverse)), flags)
    for method in ("match", "search", "fullmatch"):
        assert _same(getattr(plain, method)(text), getattr(trie, method)(text)), method
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]


def test_trie_prefers_the_longer_phrase():
    pattern = regex.compile(rf"(?:{_alt(['kill', 'killed', 'killed by'])})", regex.IGNORECASE)
    assert pattern.match("Killed  by police").group() == "Killed  by"
    assert pattern.match("killed in").group() == "killed"
    reverse = regex.compile(rf"(?:{_alt(['to', 'rose to'], reverse=True)})$",
                            regex.IGNORECASE | regex.REVERSE)
    assert reverse.search("the toll rose to").group() == "rose to"


def test_mixed_case_phrases_keep_the_plain_alternation():
    assert _alt(["POWs", "pow"]) == _plain(["POWs", "pow"])
