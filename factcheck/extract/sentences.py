"""Split text into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

from dataclasses import dataclass

import regex

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col sgt capt maj rev st sen rep gov pres prof jan feb mar apr jun jul
    aug sep sept oct nov dec no nos vs etc inc ltd co corp jr sr approx est dept fig govt adm
    cmdr brig cpl pvt ave blvd mt ft u.s u.k u.n e.g i.e a.m p.m al comr insp supt cdr cmdt
    hon messrs""".split()
)
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a capital,
# digit or opening quote; a paragraph ends at a newline.
_BOUNDARY = regex.compile(r"""[.!?…]["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\d])|\n""")


#: After "a.m."/"p.m.": a capitalised word that is not a day, month or time zone, then a
#: lower-case word, starts a new sentence.
_CLOCK_THEN_SENTENCE = regex.compile(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Mon|Tue|Wed|Thu|Fri|Sat|"
    r"Sun|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|IST|WIB|local|Local|on|in|at)\b)"
    r"\p{Lu}[\p{L}'’\-]*\s+\p{Ll}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: offsets into the document and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int
    text: str


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    paragraph: int = 0) -> list[Sentence]:
    """Sentences of ``text[start:end]`` in order; every newline ends a paragraph.

    Paragraphs are numbered from ``paragraph`` (the number of newlines before ``start``).
    """
    sentences: list[Sentence] = []
    stop = len(text) if end is None else end
    if start >= stop:
        return sentences  # an empty paragraph (the blank line between two others)
    for m in _BOUNDARY.finditer(text, start, stop):
        newline = m.group() == "\n"
        if newline:
            end = m.start()
        else:
            end = m.end()
            if text[m.start()] == ".":
                space = max(text.rfind(" ", start, m.start()), text.rfind("\n", start, m.start()))
                word = text[space + 1:m.start()].lstrip("(\"“‘").lower()
                abbreviation = word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (
                    len(word) > 2 and word[-2] == "." and word[-1].isalpha())  # U.S, a.m
                if abbreviation and (word not in ("a.m", "p.m")
                                     or not _CLOCK_THEN_SENTENCE.match(text, m.end())):
                    continue  # but "by 10 p.m. Lo said": a time ends the sentence
        _add(sentences, text, start, end, paragraph)
        if newline:
            paragraph += 1
        start = m.end()
    _add(sentences, text, start, stop, paragraph)
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, paragraph, text[start:end]))
