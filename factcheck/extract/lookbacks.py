"""Look-backs: what a figure counts, read from the claims kept before it and from the
figures next to it in its sentence or list.

Shares and breakdowns of an earlier figure ("Seven of the dead were children and six were
women"), partitive openers ("Of the 34 killed, two ..."), gapped and contrasted clauses ("504
were in Ludian and 72 in Qiaojia", "seven, not eight"), restated figures, the heads of lists and
totals named after a figure ("bringing to 428 the number freed").

``_CATEGORY_CLASSES``, ``_LOOSE_CHAIN`` and ``_THE_BEFORE`` are read by the pipeline too,
which imports them from here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from factcheck.extract import attribution, classify
from factcheck.extract.qualify import Figure
from factcheck.extract.sentences import Sentence
from factcheck.extract.types import ExtractedClaim

_LOOSE_CHAIN = regex.compile(
    r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|among\s+those|:|\s[–—])"
    r"(?:\s+all|\s+those\s+of)?\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
_OF_THE_GAP = regex.compile(r"\s+of\s+(?:the|those|these)\s+")
_OF_THE_NOUN = regex.compile(r"\s+of\s+(?:the|those|these)\s+\p{L}+\b(?!\s+(?:of|who|that|in)\b)")
_OF_THE = regex.compile(
    r"[\"“]?(?:Of|Among|Out\s+of)\s+(?:the|those|them)\s+(?:[\d,]+\s+)?"
    r"(?:(?:people|reported|confirmed|known|recorded|registered|identified|latest)\s+)*"
    r"(?:(?:who|that)\s+(?:were\s+|had\s+been\s+|have\s+been\s+|had\s+|have\s+)?)?"
    r"(?P<word>\w+)",
)
_OF_THEM = regex.compile(r"[\"“]?(?:Of|Among)\s+(?:them|those|these|whom)\s*,")
_HOW_MANY = regex.compile(r"[\"“]?How\s+many\b(?P<rest>[^?\n]{0,80})\?[\"”]?$",
                          regex.IGNORECASE)
_SHARE_BEFORE = regex.compile(r"(?:,|\(|\band|[—–])\s*$", regex.REVERSE)
_AT_PLACE_AFTER = regex.compile(
    r"\s+(?:later\s+(?:at|in)\s+(?:the\s+|a\s+)?hospitals?\b|(?:still\s+|more\s+)?(?:at|in|on|inside|"
    r"near|from)\s+(?:the\s+|a\s+)?(?:scene|spot|home|custody|(?-i:\p{Lu}\p{Ll})))",
    regex.IGNORECASE)
_AND_BEFORE = regex.compile(r"(?:\band|,)\s+$", regex.REVERSE)
_AND_THEN_VERB = regex.compile(
    r"\s+(?:were|was|are|is|had|have|fell|hit|died|remain|remained|came|went)\b")
_PARTITIVE_AFTER = regex.compile(r"\s+of\s+(?:the|those|its|their)\b")
_OF_THE_CLAUSE = regex.compile(
    r"\b(?:of|among)\s+(?:the|those)\s+(?:(?:reported|confirmed|known|recorded)\s+)*"
    r"(?P<word>\w+)\s*,\s*$", regex.IGNORECASE | regex.REVERSE)
#: "the 302 (that) officials had reported": an earlier figure of the same kind, and its source.
_RESTATED_AFTER = regex.compile(
    r"\s+(?:that\s+|which\s+)?(?P<src>(?:the\s+)?[\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){0,2}?)?\s*"
    r"(?<=\s)(?:had\s+|has\s+|have\s+|first\s+|initially\s+|previously\s+|earlier\s+)*"
    r"(?:reported|given|announced|recorded|counted|cited|confirmed|gave|published|released|"
    r"feared|estimated|claimed)\b"
    r"(?!\s+(?:by|to|from|missing|dead|killed|injured|wounded|abducted|kidnapped|arrested)\b)")
_THE_BEFORE = regex.compile(r"\bthe\s+$", regex.IGNORECASE | regex.REVERSE)
_WORDS_AFTER = regex.compile(r"(?:\s+\p{L}+){1,2}")
_PLACE_NOUNS = frozenset("""cities towns villages districts provinces states regions countries
    municipalities counties localities communities areas sites locations""".split())
#: A gapped clause: "... and 72 in Qiaojia County", "..., 40 on Monday", "while 12 in Homs."
_DIGIT_OR_DASH = regex.compile(r"\d|[–—]")
_GAP_JOIN = regex.compile(r"(?:,\s*|\s)(?:and|while|whereas|with)\s+$|,\s+$")
_GAP_TAIL = regex.compile(
    r"(?:\s+(?:in|at|on|from|across|inside|near|over|outside|around|along)"
    r"(?:\s+(?!(?:now|still|face[sd]?|need(?:ed|s)?|were|are|was|is|ha(?:ve|s|d)|remain(?:ed|s)?)\b)"
    r"[\p{L}\d'’\-]+){1,6})?\s*(?:[.;,)]|$|and\b|while\b)")
_GAP_COUNTER = regex.compile(
    r",\s+(?:and\s+|while\s+|whereas\s+)?(?P<src>(?:the|a|an|its|their)\s+"
    r"(?:[\p{L}'’\-]+\s+){0,3}[\p{L}'’\-]+)\s+$")
#: Between a casualty figure and a figure apposed after its verb: " people were killed, ".
_APPOSED_GAP = regex.compile(
    r"(?:\s+[\p{L}'’\-]+){0,3}?\s+(?:(?:were|was|are|is|ha(?:ve|s|d)\s+been)\s+(?:\p{L}+\s+)?)?"
    r"(?:killed|dead|died|injured|wounded|hurt|missing|abducted|kidnapped|arrested|detained)"
    r"\s*,\s*$", regex.IGNORECASE)
_NO_VERB_AFTER = regex.compile(r"\s*(?:[,.;]|$|and\s)")
#: A dash opening a list: " — a doctor and " before a figure.
_DASH_BEFORE = regex.compile(r"\s[—–]\s+[^\d.;:()—–]{0,60}?(?:,|\band)\s+$|\s[—–]\s+$",
                             regex.REVERSE)
_CONTRAST_BEFORE = regex.compile(r"[,;—–]\s*(?:but\s+)?not\s+$", regex.REVERSE)
#: An "among them" list before a figure, with one item before it ("..., among them a baby girl
#: and ").
_AMONG_LIST_BEFORE = regex.compile(
    r"[,(—–]\s*(?:among\s+them|among\s+whom|including)\s+"
    r"(?:\d+-year-old|[^\d.;:()]|(?<=\b\p{Lu})\.)"
    r"{1,50}?(?:,|\band)\s+(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?$",
    regex.REVERSE | regex.IGNORECASE)
#: "bringing to 428 the number freed": a total raised to the figure, named after it.
_RAISED_TO_BEFORE = regex.compile(
    r"\b(?:bringing|brought|brings|bring|raising|raised|raises|taking|took|takes|pushing|"
    r"pushed)\s+to\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|around)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)
_FREED_WORDS = frozenset(("freed", "released", "pardoned"))
_THE_NUMBER_AFTER = regex.compile(
    r"\s+the\s+(?:total\s+)?(?:number|total|tally|toll|count)\b(?:\s+of)?"
    r"(?P<words>(?:\s+[\p{L}'’\-]+){0,6})", regex.IGNORECASE)
_CATEGORY_CLASSES = {
    "killed", "injured", "hostages", "missing", "displaced", "detained",
}


class LookBacks:
    """Methods of the extractor that look back at kept claims and neighbouring figures.

    A mixin: the class using it sets ``text``, ``raw`` (figures with their sentence index),
    ``contexts`` (their noun phrases), ``sentences``, ``starts`` (sentence offsets), ``_kept``
    (the claims kept so far, in order) and ``_restatements`` (a cache), and defines
    ``_chain(n)`` (the figures listed with figure ``n``).
    """

    text: str
    raw: list[tuple[Figure, int]]
    contexts: list[classify.Context]
    sentences: list[Sentence]
    starts: list[int]
    _kept: list[ExtractedClaim]
    _restatements: dict[int, regex.Match | None]

    def _number_named_after(self, fig: Figure, sent: Sentence) -> str | None:
        """'bringing to 428 the number freed since September', '... to 126 the number that
        have hit the capital': what the number after the figure counts (else what the
        sentence counted before it)."""
        if not _RAISED_TO_BEFORE.search(self.text, max(sent.start, fig.start - 30), fig.start):
            return None
        m = _THE_NUMBER_AFTER.match(self.text, fig.end, sent.end)
        if not m:
            return None
        words = m.group("words").lower().split()
        found = classify.category_of_words(words)
        if found is not None and found.startswith("neutral:"):
            found = None
        if found is None and _FREED_WORDS.intersection(words):  # "the number freed since"
            found = classify.release_category(self.text, fig.start) or "detained"
        if found is None:
            prev = self._kept_earlier_in(sent)
            found = prev.category if prev is not None else None
        return found

    def _listed_with_people(self, n: int) -> bool:
        """'54 French nationals, 23 Burkinabè, eight Lebanese': a one-word name in a list of
        people counts people too."""
        noun = self.contexts[n].noun or ""
        chain = self._chain(n)
        return " " not in noun and len(chain) > 1 and any(
            classify.is_people(c.noun) or classify.nationality_phrase(c.noun)
            for k in chain if k != n and (c := self.contexts[k]).noun)

    def _answered_question(self, idx: int) -> str | None:
        """The category an explainer's question asks about, for the figures of its answer:
        'How many were hurt? About 4,000 in Nairobi ...'."""
        m = _HOW_MANY.match(self.sentences[idx - 1].text) if idx else None
        if not m:
            return None
        for word in m.group("rest").lower().split():
            found = classify.category_of_word(word.strip(",;"))
            if found and not found.startswith("neutral:"):
                return found
        return None

    def _place_share(self, fig: Figure, ctx: classify.Context,
                     sent: Sentence) -> ExtractedClaim | None:
        """'... were killed, three at the scene and one in hospital': a bare figure and a place,
        after a casualty figure of the same sentence, shares out that figure."""
        if ctx.noun or not _SHARE_BEFORE.search(self.text, max(sent.start, fig.start - 8),
                                                fig.start) or \
                not _AT_PLACE_AFTER.match(self.text, fig.end):
            return None
        prev = self._kept_earlier_in(sent)
        return prev if prev and prev.category in _CATEGORY_CLASSES else None

    def _second_share(self, n: int, fig: Figure, ctx: classify.Context,
                      sent: Sentence) -> ExtractedClaim | None:
        """'Seven of the dead were children and six were women': a bare figure after "and"
        that shares the partitive of the figure before it in the sentence."""
        text = self.text
        if ctx.noun or ctx.own_after in _CATEGORY_CLASSES or \
                not _AND_THEN_VERB.match(text, fig.end) or \
                not _AND_BEFORE.search(text, max(sent.start, fig.start - 6), fig.start):
            return None  # not "26 ... had died and 102 had been wounded": its own verb
        for prev in self._kept_in_paragraph(fig.start):  # "..., four were Belgians, two were"
            if prev.start < sent.start or prev.category == "other":
                return None
            if _PARTITIVE_AFTER.match(text, prev.end):
                return prev
            if not _AND_THEN_VERB.match(text, prev.end):
                return None
        return None

    def _listed_share(self, fig: Figure, sent: Sentence) -> str | None:
        """'The bodies of 71 people, among them a baby girl and three boys, were found': a
        later item of an "among them" list shares the casualty figure the list breaks down."""
        m = _AMONG_LIST_BEFORE.search(self.text, max(sent.start, fig.start - 70), fig.start)
        prev = self._kept_earlier_in(sent) if m else None
        if prev is None or prev.category not in _CATEGORY_CLASSES or prev.end > m.start() or \
                m.start() - prev.end > 40:
            return None
        return prev.category

    def _colon_share(self, fig: Figure, sent: Sentence) -> str | None:
        """'Seven people were killed: a girl in Petrinja, five people in the Glina area and a
        man in Zazina': a list after a colon breaks down the casualty figure before it; so does
        a list after a dash no larger than it ("killing seven people — a doctor and six
        labourers")."""
        colon = self.text.rfind(":", sent.start, fig.start)
        lo = max(sent.start, fig.start - 90)
        window = self.text[lo:fig.start]
        dash = _DASH_BEFORE.search(self.text, lo, fig.start) \
            if "—" in window or "–" in window else None  # a substring test first
        prev = self._kept_earlier_in(sent) if colon >= 0 or dash else None
        if prev is None or prev.category not in _CATEGORY_CLASSES:
            return None
        if prev.end < colon < fig.start and fig.start - colon <= 90:
            return prev.category  # (the claim kept last: no figure kept between them)
        if dash and prev.end < dash.start() and fig.value <= prev.value:
            return prev.category
        return None

    def _apposed_share(self, fig: Figure, ctx: classify.Context,
                       sent: Sentence) -> str | None:
        """'Ten people were killed, nine students and one member of staff': figures set after
        the verb of a larger casualty figure, with no verb of their own, break it down."""
        prev = self._kept_earlier_in(sent)
        if prev is None or prev.category not in _CATEGORY_CLASSES or fig.value > prev.value \
                or not ctx.noun or ctx.own_after or ctx.late_after:
            return None
        if not _APPOSED_GAP.match(self.text, prev.end, fig.start) or \
                not _NO_VERB_AFTER.match(self.text, ctx.np_end):
            return None
        return prev.category

    def _kept_earlier_in(self, sent: Sentence) -> ExtractedClaim | None:
        """The claim kept last, when it lies in ``sent`` (before the figure being read)."""
        prev = self._kept[-1] if self._kept else None
        return prev if prev is not None and sent.start <= prev.start < sent.end else None

    def _contrasted(self, n: int) -> ExtractedClaim | None:
        """'seven, not eight', '187, not 300': a figure set against the one just before it
        (not a negation) counts the same thing."""
        fig, idx = self.raw[n]
        sent = self.sentences[idx]
        if not _CONTRAST_BEFORE.search(self.text, max(sent.start, fig.start - 12), fig.start):
            return None
        return self._gapped_source(n)

    def _gapped_source(self, n: int) -> ExtractedClaim | None:
        """The claim of the figure just before figure ``n`` in the same sentence, if kept."""
        if n == 0 or not self._kept:
            return None
        prev_fig, prev_idx = self.raw[n - 1]
        prev = self._kept[-1]
        if prev_idx != self.raw[n][1] or prev.start != prev_fig.start:
            return None
        return prev

    def _restated(self, n: int) -> regex.Match | None:
        """'not the 302 (that) officials had reported': an earlier figure, with who gave it
        (read once per figure: its category and its source both ask)."""
        if n not in self._restatements:
            self._restatements[n] = self._find_restated(n)
        return self._restatements[n]

    def _find_restated(self, n: int) -> regex.Match | None:
        fig, idx = self.raw[n]
        if not _THE_BEFORE.search(self.text, max(self.sentences[idx].start, fig.start - 10),
                                  fig.start):
            return None
        m = _RESTATED_AFTER.match(self.text, fig.end)
        if m and m.group("src") and not attribution.is_source_like(m.group("src")):
            return None  # "the 13,600 suspected cases reported": the counted noun, a passive
        return m

    def _gapped(self, n: int) -> ExtractedClaim | None:
        """'504 were in Ludian and 72 in Qiaojia': the claim a gapped clause repeats."""
        prev = self._gapped_source(n)
        if prev is None:
            return None
        fig = self.raw[n][0]
        gap = self.text[self.contexts[n - 1].np_end:fig.start]
        if len(gap) > 80 or _DIGIT_OR_DASH.search(gap) or not (
                _GAP_JOIN.search(gap) or self._gapped_counter(gap)) \
                or not _GAP_TAIL.match(self.text, fig.end):
            return None
        return prev

    @staticmethod
    def _gapped_counter(gap: str) -> str | None:
        """'The army counted 120 dead, the police 451': another source's count, its verb
        left out; that source."""
        m = _GAP_COUNTER.search(gap)
        return m.group("src") if m and attribution.is_source_like(m.group("src")) else None

    def _counter_of(self, n: int) -> str | None:
        """The source named before a gapped count ("..., the police 451"), if ``n`` is one."""
        if n == 0 or self.raw[n - 1][1] != self.raw[n][1]:
            return None
        counter = self._gapped_counter(self.text[self.contexts[n - 1].np_end:self.raw[n][0].start])
        return counter if counter and self._gapped(n) is not None else None

    def _head_category(self, chain: list[int], n: int) -> str | None:
        """A casualty noun at the head of a list ("24,686 of the bodies ..., among them"), or
        the head's own casualty verb ("12 migrants, including five children, drowned")."""
        head = self.contexts[chain[0]]
        category = head.own_after if head.own_after in _CATEGORY_CLASSES else head.noun_category
        if chain[0] == n or category not in _CATEGORY_CLASSES:
            return None
        gaps = (self.text[self.contexts[k - 1].np_end:self.raw[k][0].start]
                for k in chain if chain[0] < k <= n)
        subset = not self.contexts[n].noun or any(_LOOSE_CHAIN.search(g) for g in gaps)
        return category if subset else None  # "78 bodies and 166 survivors": not

    def _subset_of_head(self, chain: list[int], n: int) -> str | None:
        """'15 bodies, among them two nuns, 23 wounded': a subset takes its head's category."""
        k = chain.index(n)
        if k == 0:
            return None
        gap = self.text[self.contexts[chain[k - 1]].np_end:self.raw[n][0].start]
        return self._head_category(chain, n) if _LOOSE_CHAIN.search(gap) else None

    def _kept_head(self, chain: list[int], n: int) -> ExtractedClaim | None:
        """The claim made of the head of figure ``n``'s list when ``n`` is a subset of it
        ("at least 11 foreigners – four Malaysians, four Indonesians")."""
        k = chain.index(n)
        if k == 0 or not self._kept:
            return None
        head = next((chain[j - 1] for j in range(k, 0, -1) if _LOOSE_CHAIN.search(
            self.text[self.contexts[chain[j - 1]].np_end:self.raw[chain[j]][0].start])), None)
        if head is None:
            return None
        head_start = self.raw[head][0].start
        return next((c for c in reversed(self._kept) if c.start == head_start), None)

    def _subset_of_kept_head(self, chain: list[int], n: int) -> str | None:
        head = self._kept_head(chain, n)
        return head.category if head and head.category in _CATEGORY_CLASSES else None

    def _head_noun_category(self, chain: list[int], n: int) -> str | None:
        """For a bare figure in a list, what the list's head counts ("158 drones, including 43")."""
        return self.contexts[chain[0]].noun_category if chain[0] != n else None

    def _of_the(self, sent: Sentence, start: int, value: float = 0) -> str | None:
        """'Of the 34 killed, two were children': the category a sentence (or clause) opens
        with ("..., and that among the trucks, five or six ...").
        """
        m = _OF_THE.match(sent.text) or _OF_THE_CLAUSE.search(
            self.text, max(sent.start, start - 50), start)
        if not m:
            return None
        word = m.group("word").lower()
        if word in ("freed", "released", "rescued", "taken", "held"):
            return classify.group_release_category(self.text, start, word)  # "Of those freed"
        found = classify.category_of_word(word)
        if found is None:  # "Of the 276 girls kidnapped from their school, 57 ..."
            after = _WORDS_AFTER.match(self.text, m.end(), start)
            found = next((c for w in (after.group().split() if after else ())
                          if (c := classify.category_of_word(w.lower()))
                          and not c.startswith("neutral:")), None)
        if found is None and word.endswith("s") and word not in ("people", "persons", "others"):
            # "Among the civilians were 14 children": the claim that counted the civilians
            found = next((c.category for c in self._kept_in_paragraph(start)
                          if c.category in _CATEGORY_CLASSES and c.subject and c.value >= value
                          and word in c.subject.lower().split()), None)
        return found

    def _kept_in_paragraph(self, pos: int) -> Iterator[ExtractedClaim]:
        """The claims kept so far in the paragraph of ``pos``, the latest first."""
        paragraph = self.text.rfind("\n", 0, pos)
        for claim in reversed(self._kept):
            if claim.start < paragraph:
                return
            yield claim

    def _counted_before(self, n: int, value: float) -> ExtractedClaim | None:
        """The claim kept last in figure ``n``'s paragraph whose value is ``value``."""
        return next((claim for claim in self._kept_in_paragraph(self.raw[n][0].start)
                     if claim.value == value and claim.value_high is None), None)

    def _whole_counted_before(self, n: int) -> ExtractedClaim | None:
        """'Four of the nine are students': the claim that counted the nine, when the next
        figure is "the nine" and an earlier claim of this paragraph counted nine."""
        if n + 1 >= len(self.raw) or self.raw[n + 1][1] != self.raw[n][1]:
            return None
        fig, whole = self.raw[n][0], self.raw[n + 1][0]
        if not _OF_THE_GAP.fullmatch(self.text, fig.end, whole.start):
            return None
        return self._counted_before(n, whole.value)

    def _of_the_counted(self, fig: Figure, ctx: classify.Context, sent: Sentence,
                        ) -> str | None:
        """'Four of the civilians were foreigners': the category of the claim that counted
        the civilians just before (same paragraph, sentences up to 600 characters back)."""
        if not ctx.noun or " " in ctx.noun or not _OF_THE_NOUN.match(self.text, fig.end):
            return None
        noun = ctx.noun.lower()
        for claim in self._kept_in_paragraph(fig.start):
            if claim.sentence_start < sent.start - 600:
                return None
            if (claim.subject or "").lower().split()[-1:] == [noun]:
                return claim.category
        return None

    def _of_them(self, n: int, sent: Sentence) -> str | None:
        """'Nine were killed ... Of them, five were from Bengaluru': the previous category."""
        if not _OF_THEM.match(sent.text):
            return None
        return self._previous_category(n)

    def _previous_category(self, n: int, same_sentence: bool = False) -> str | None:
        """The category of the claim kept just before figure ``n`` (same paragraph/sentence)."""
        if not self._kept:
            return None
        prev = self._kept[-1]
        if len(self._kept) > 1 and prev.category == "other" and prev.subject and \
                _PLACE_NOUNS.intersection(prev.subject.lower().split()[-2:]):
            prev = self._kept[-2]  # "1,300 detained in at least 38 cities, including 502 in"
        idx = bisect.bisect_right(self.starts, prev.start) - 1
        here = self.raw[n][1]
        if self.sentences[idx].paragraph != self.sentences[here].paragraph:
            return None
        if same_sentence and idx != here:
            return None
        return prev.category
