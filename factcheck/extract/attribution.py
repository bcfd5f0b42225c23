"""Who gave a figure: 'according to X', 'X said', '..., said X', 'citing X', "X's figures"."""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from factcheck.extract.lexicon import SPEECH_VERBS
from factcheck.extract.mentions import NUMBER_WORDS

PRONOUNS = frozenset("he she they it we i you his her their".split())


#: Verbs that record rather than state a figure; a speaker in the same sentence wins over them.
WEAK_VERBS = frozenset(
    """recorded counted documented registered tallied listed verified confirmed confirms
    records record counts count lists list
    updated revised raised lowered showed show shows found attributed attributes raises
    lowers revises""".split()
)


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution found in a sentence: the source text and where it sits."""

    source: str
    start: int  # offsets of the whole cue (source + verb) in the document
    end: int
    source_start: int
    source_end: int
    after_only: bool  # "X said" governs what follows it; False = parenthetical, governs all
    pronoun: bool = False
    weak: bool = False  # "X recorded", "X estimated": yields to a speaker in the same sentence


_STOP_SOURCE = r"(?=\s*(?:[,.;:!?\"“”()\[\]—–]|\s-\s|$|" \
    r"\s(?:(?-i:which|who|that)|said|says|show|shows|showed|indicate|indicates|indicated|suggest|" \
    r"suggests|suggested|put|puts|on\s+\p{L}+day|" \
    r"in\s+a\s+(?:statement|post|report|briefing|tweet)|as\s+of|at\s+a|after|when|while|but|" \
    r"at\s+(?=\d|about\b|around\b|some\b|more\b|over\b|nearly\b|least\b|roughly\b)|" \
    r"because|since|although|" \
    r"(?-i:rose|rises|risen|climbed|climbs|reached|reaches|stands|stood|stand|were|was|is|are|" \
    r"has|have|had|now|totals?|totalled|totaled|numbered))\b))"
_SOURCE_WORDS = r"[\p{L}\d][\p{L}\d'’\-.&]*"
_FORWARD_SOURCE = rf"(?P<src>(?:{_SOURCE_WORDS})(?:\s+{_SOURCE_WORDS}){{0,11}}?){_STOP_SOURCE}"

_ACCORDING = regex.compile(
    rf"(?:\b(?:according\s+to|citing|quoting)\s+|\bsources?\s*:\s*)(?:(?:the\s+|an?\s+)?"
    rf"(?:(?:latest|new|daily|official|preliminary|updated|initial|final|provisional)\s+)*"
    rf"(?:figures|data|statistics|tally|count|numbers|estimates?|statement|report|update|"
    rf"bulletin|assessment)\s+"
    rf"(?:from|by|of|released\s+by|compiled\s+by|issued\s+by)\s+)?{_FORWARD_SOURCE}",
    regex.IGNORECASE,
)
_BY = regex.compile(
    rf"\b(?P<verb>reported|confirmed|announced|estimated|given|provided|released|compiled|cited|"
    rf"counted|recorded|published|issued|tallied|documented|verified)\s+by\s+"
    rf"(?!(?:midday|noon|midnight|morning|evening|afternoon|night|nightfall|dawn|dusk|then|now|"
    rf"early|late|the\s+end|the\s+time|the\s+weekend|mid-\p{{L}}+|Monday|Tuesday|Wednesday|"
    rf"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    rf"September|October|November|December)\b){_FORWARD_SOURCE}",
    regex.IGNORECASE,
)
#: Verbs whose agent need not be a source unless figures are what was released or given.
_AGENT_VERBS = frozenset(("released", "given", "provided", "issued"))
_FIGURES_BEFORE = regex.compile(
    r"\b(?:figures?|data|statistics|numbers?|tolls?|tally|count|estimates?|report|list|"
    r"bulletin|update|statement)\b[^.;]{0,25}$", regex.IGNORECASE)
_POSSESSIVE_FIGURES = regex.compile(
    r"['’]s?\s+(?:(?:latest|own|official|updated|preliminary|new|daily|current|final|revised|"
    r"initial|provisional)\s+)?"
    r"(?:figures|data|tally|count|toll|death\s+toll|statistics|estimates?|numbers|records|report|"
    r"figure(?=\s+(?:(?:for|of)\s+\p{L}|(?:was|is|stood|stands|stands\s+at|stood\s+at)\s+"
    r"(?:\d|at|about|around|some|nearly|more|over|at\s+least))))\b",
    regex.IGNORECASE,
)
_NAMED_FIGURES = regex.compile(
    r"(?<![\p{L}'’])(?!(?:The|These|Those|This|That|Its|Their|Our|His|Her|Official|Latest|New|"
    r"Preliminary|Provisional|Initial|Updated|Final|Daily|Weekly)\s+(?:figures|data|statistics|"
    r"tally)\b)(?P<src>(?:\p{Lu}[\p{L}\-]*\s+){1,5})(?:figures|data|statistics|tally)\b"
)
_FIGURES_FROM = regex.compile(
    rf"\b(?:figures|data|statistics|numbers|estimates)\s+(?:from|by|released\s+by|compiled\s+by|"
    rf"published\s+by)\s+{_FORWARD_SOURCE}",
    regex.IGNORECASE,
)
_FIGURE_WORDS = regex.compile(
    r"figure|data\b|tally|count\b|toll|statistics|estimate|numbers|records|report\b"
)
# Words without which a pattern cannot match: cheap substring tests before a regex scan.
_FIGURE_STEMS = ("figure", "tally", "toll", "statistics", "estimate", "numbers", "records")
_FIGURE_BOUNDED = ("data", "count", "report")  # _FIGURE_WORDS wants a word boundary after these
_NAMED_FIGURE_WORDS = ("figures", "data", "statistics", "tally")
_FIGURES_FROM_WORDS = ("figures", "data", "statistics", "numbers", "estimates")
_INVERTED_VERBS = ("said", "says", "say", "added", "wrote", "reported", "noted", "explained",
                   "stressed", "insisted", "claimed")
_SPEECH = frozenset(SPEECH_VERBS)
#: "<Name>, who/which <clause>," right before "said": the name is the speaker.
_SPEAKER_ASIDE = regex.compile(r"[\p{L}.)]\s*,\s+(?:who|which)\s[^,;:“”\"]{3,160},$")
_CITES_ANOTHER = regex.compile(r",\s+(?:citing|quoting|according\s+to)\s", regex.IGNORECASE)
_TIMESTAMP = regex.compile(
    r"\s*\d{1,2}[:.]\d\d(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4}\b)?\s*[-–—:]?\s+"
)
_LETTERS = re.compile(r"[A-Za-z]+")  # ASCII only: the standard module scans it faster
_INVERTED = regex.compile(
    rf"(?:[,“”\"’']|^)\s*(?:(?:said|says|say|added|wrote|reported|noted|explained|stressed|"
    rf"insisted|claimed)\s+)(?!that\b|it\b|in\b|on\b|there\b|as\s+many\b|as\s+much\b|"
    rf"today\b|yesterday\b|tonight\b|earlier\b|later\b|last\b|this\b|(?:mon|tues|wednes|"
    rf"thurs|fri|satur|sun)day\b|"
    rf"at\s+least\b|more\s+than\b|up\s+to\b|about\b|around\b|nearly\b|some\b|over\b|"
    rf"only\b|just\b|almost\b|roughly\b|approximately\b|an\s+estimated\b)"
    rf"(?P<src>(?=\p{{L}})(?:{_SOURCE_WORDS})(?:\s+{_SOURCE_WORDS}){{0,12}}?"
    rf"(?:,\s+(?!(?:where|which|who|whom|whose|when|while|after|as|adding|according|"
    rf"citing)\b)(?:{_SOURCE_WORDS})(?:\s+{_SOURCE_WORDS}){{0,10}}?(?=\s*[,.;]|$))?)"
    rf"(?=\s*(?:[,.;:!?]|$|\s(?:on|in|at|adding|who|which|after|as|when|while)\b))",
)
_BACK_STOP = frozenset(
    """that and but while as when after because although though if since where which who
    whom whose than so yet or nor before until unless whereas said says told including with
    of to for by in on at from into against despite unlike amid versus""".split()
)
_AUXILIARY = frozenset(
    """has have had also later earlier previously separately further would will last night week
    recently already then again on monday tuesday wednesday thursday friday saturday sunday
    yesterday today initially officially publicly first repeatedly just now still long since
    so far itself themselves himself herself""".split()
)
_TOLD_OK = regex.compile(
    r"\s+(?:reporters|journalists|the\s+press|media|[\p{L}.\-]+\s+(?:news|television|tv|radio|"
    r"newspaper|agency|daily)|the\s+\p{Lu}[\p{L}.\-]*|\p{Lu}[\p{L}.\-]*|a\s+(?:news|press)\s+"
    r"conference|lawmakers|parliament|congress|the\s+security\s+council|state\s+media|"
    r"state\s+television|local\s+media|a\s+briefing|us|me|him|her|them)\b(?!\s+to\b)",
    regex.IGNORECASE,
)
_WORD_BACK = regex.compile(r"[\p{L}\d][\p{L}\d'’\-.&]*|[^\s\p{L}\d]")


def find_cues(text: str, start: int, end: int) -> list[Cue]:
    """Every attribution cue in ``text[start:end]`` (one sentence)."""
    cues: list[Cue] = []
    stamp = _TIMESTAMP.match(text, start, end)
    if stamp:  # a live-blog entry: "08:40 Ukraine's air force says ..."
        start = stamp.end()
    lowered = text[start:end].lower()
    patterns = []
    if any(w in lowered for w in ("according", "citing", "quoting", "source")):
        patterns.append(_ACCORDING)
    if " by " in lowered:
        patterns.append(_BY)
    for pattern in patterns:
        for m in pattern.finditer(text, start, end):
            if pattern is _BY and m.group("verb").lower() in _AGENT_VERBS and not \
                    _FIGURES_BEFORE.search(text, max(start, m.start() - 40), m.start()):
                continue  # "390 people released by each side": the agent, not a source
            cues.append(Cue(_clean(m.group("src")), m.start(), m.end(), m.start("src"),
                            m.end("src"), after_only=False))
    sentence = text[start:end]
    if _names_figures(lowered):
        if any(w in sentence for w in _NAMED_FIGURE_WORDS):
            for m in _NAMED_FIGURES.finditer(text, start, end):  # "UN figures put the toll at"
                closing = _governs_after_only(text, start, m.start("src")) is False and \
                    _ENDS_SENTENCE.match(text, m.end(), end)  # "..., Home Office figures show."
                cues.append(Cue(_clean(m.group("src")), m.start(), m.end(), m.start("src"),
                                m.end("src"), after_only=not closing))
        if any(w in lowered for w in _FIGURES_FROM_WORDS):
            for m in _FIGURES_FROM.finditer(text, start, end):
                cues.append(Cue(_clean(m.group("src")), m.start(), m.end(), m.start("src"),
                                m.end("src"), after_only=False))
        apostrophes = "'" in sentence or "’" in sentence
        for m in _POSSESSIVE_FIGURES.finditer(text, start, end) if apostrophes else ():
            tokens = [(w.group(), w.start(), w.end()) for w in
                      _WORD_BACK.finditer(text, max(start, m.start() - 100), m.start())]
            words = _collect_back(tokens)
            if words and "toll" in m.group().lower() and \
                    words[-1][0].lower().rstrip("'’s") not in _SOURCE_NOUNS:
                continue  # "the quake's toll", "Monday's toll": whose dead, not who counted
            if words:
                cues.append(Cue(_clean(text[words[0][1]:words[-1][2]]), words[0][1], m.end(),
                                words[0][1], words[-1][2], after_only=False))
    if "(" in sentence:
        cues.extend(_bracket_cues(text, start, end))
    if "—" in sentence or "–" in sentence or " -" in sentence:
        m = _HEADLINE_SOURCE.search(text, start, end)
        if m:  # "Death toll rises to 32 — SEMA": a headline's source after a dash
            cues.append(Cue(m.group("src"), m.start(), m.end(), m.start("src"), m.end("src"),
                            after_only=False))
    if ":" in sentence[:60]:
        m = _HEADING_SOURCE.match(text, start, end)
        if m and m.group("src").split()[-1].lower() in _HEADING_SOURCE_NOUNS:
            # "Louisville police: 5 killed", "Air Force: 146 of 210 ... neutralized"
            cues.append(Cue(m.group("src"), m.start(), m.end(), m.start("src"), m.end("src"),
                            after_only=False))
    if ":" in sentence[-45:]:
        m = _TRAILING_SOURCE.search(text, start, end)
        if m and (m.group("src").isupper() or
                  m.group("src").split()[-1].lower() in _HEADING_SOURCE_NOUNS):
            # "Turkish army 'neutralizes' 595 terrorists in northern Syria: ministry"
            cues.append(Cue(m.group("src"), m.start(), m.end(), m.start("src"), m.end("src"),
                            after_only=False))
    inverted = any(v in sentence for v in _INVERTED_VERBS)
    for m in _INVERTED.finditer(text, start, end) if inverted else ():
        src = _clean(m.group("src"))
        if _SPEAKER_ASIDE.search(text, max(start, m.start() - 200), m.start() + 1):
            continue  # "Buba, who gave the breakdown, said troops ...": Buba said; not troops
        if src:
            is_pronoun = src.lower() in PRONOUNS
            cues.append(Cue(src, m.start(), m.end(), m.start("src"), m.end("src"),
                            after_only=False, pronoun=is_pronoun))
    verbs = [m for m in _LETTERS.finditer(text, start, end) if m.group().lower() in _SPEECH]
    found = [(m, cue) for m in verbs if (cue := _subject_cue(text, start, end, m))
             and cue.source.lower() not in ("we", "i", "you")]
    for m, cue in found:
        if any(other.source_start <= m.start() < other.source_end for _, other in found):
            continue  # "Soviet records list 21": "records" is part of the source, not a verb
        if not any(c.source_start <= cue.source_start < c.source_end for c in cues):
            cues.append(cue)
    if "saw" in lowered or "seen" in lowered:
        for m in _SIGHTING.finditer(text, start, end):  # "A Reuters witness saw two bodies"
            if not any(c.source_start <= m.start("src") < c.source_end for c in cues):
                cues.append(Cue(_clean(m.group("src")), m.start(), m.end(), m.start("src"),
                                m.end("src"), after_only=True))
    if "saying" in lowered or "telling" in lowered:
        cue = _saying_cue(text, start, end)
        if cue and not any(c.source_start <= cue.source_start < c.source_end for c in cues):
            cues.append(cue)
    cues = [_without_reason(c) for c in cues]
    cues = [c for c in cues if c.source and not c.source[0].isdigit() and not _is_figure(c.source)
            and not _CITES_ANOTHER.search(c.source)  # "X, citing Y, said": Y's cue stays
            and not _CLAUSE_IN_SOURCE.search(c.source)  # ", said the toll had risen to 45"
            and not _REASON.match(c.source)  # "citing a lack of access": a reason, not a source
            and not _METHOD.match(c.source)  # "confirmed by laboratory tests": how, not who
            and not _FIGURE_APPOSITION.match(c.source)]  # "..., a figure no body has confirmed"
    cues.sort(key=lambda c: c.start)
    return cues


#: Eyewitnesses who saw what they count: "A Reuters witness saw", "An AFP photographer saw".
_SIGHTING = regex.compile(
    r"(?P<src>(?:(?:an?|the|two|three|several)\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}"
    r"(?:witness(?:es)?|reporters?|journalists?|correspondents?|photographers?|cameram[ae]n))"
    r"\s+(?:(?:who\s+)?(?:visited|went\s+to|reached)\s+[^,.;]{1,40}?\s+)?"
    r"(?:saw|had\s+seen|have\s+seen|has\s+seen)\b", regex.IGNORECASE)
_SAYING = regex.compile(
    r"(?:,\s*|\b(?:statement|post|message|video|communiqu[eé]|release|tweet)\s+)"
    r"(?:saying|telling\s+(?:reporters|journalists|the\s+\p{Lu}[\p{L}.\-]*|\p{Lu}[\p{L}.\-]*)"
    r"(?:\s+that)?)\s+")
#: The main verb of a sentence whose subject a later ", saying ..." speaks for.
_MAIN_VERBS = frozenset(
    """denied denies blamed blames claimed claims issued issues released rejected rejects
    gave gives accused accuses defended insisted insists posted posts published announced warned
    confirmed said says added appealed urged called condemned admitted acknowledged
    reported updated revised responded broke ended vowed pledged put puts""".split())


_HEADLINE_TAIL = regex.compile(r"[^\S\n]*(?:\n|$)")


def _saying_cue(text: str, start: int, end: int) -> Cue | None:
    """'The TPLF denied targeting civilians, saying fewer than 20 people had died': the
    sentence's subject speaks for what follows "saying"."""
    m = _SAYING.search(text, start, end)
    if not m:
        return None
    words = _main_subject(text, start, m.start())
    return _subject_governs_after(text, words, m.end()) if words else None


def _subject_governs_after(text: str, words: list[tuple[str, int, int]], cue_end: int) -> Cue:
    """A cue whose source is the sentence's subject ``words``, for what follows ``cue_end``."""
    src_start, src_end = words[0][1], words[-1][2]
    return Cue(_clean(text[src_start:src_end]), src_start, cue_end, src_start, src_end,
               after_only=True, pronoun=_is_pronoun(words))


def _is_pronoun(words: list[tuple[str, int, int]]) -> bool:
    return len(words) == 1 and words[0][0].lower() in PRONOUNS


def _main_subject(text: str, start: int, stop: int) -> list[tuple[str, int, int]] | None:
    """The subject of the first main verb in ``text[start:stop]`` when it can give figures."""
    tokens = [(w.group(), w.start(), w.end()) for w in _WORD_BACK.finditer(text, start, stop)]
    verb = next((i for i, t in enumerate(tokens) if i and t[0] in _MAIN_VERBS), None)
    if verb is None:
        return None
    subject = tokens[:verb]
    _drop_auxiliaries(subject)
    if subject and subject[-1][0] == ")":  # "The ... Front (TPLF) denied"
        while subject and subject[-1][0] != "(":
            subject.pop()
        if subject:
            subject.pop()
    words = _collect_back(subject)
    if not words:
        return None
    last = words[-1][0]
    particle = last[:3].lower() in ("al-", "el-", "ad-", "as-") and last[3:4].isupper()
    return words if _is_pronoun(words) or particle or _plausible_source(words) else None


#: Common past tenses without "-ed" that open a sentence's first clause ("Police used ...").
_IRREGULAR_PAST = frozenset("""began brought built caught drew drove fought found fled flew froze
    gave got held hit kept led left lost made met paid put ran rode sent set shot sought spent
    stood struck swept took threw tore won wore""".split())


def _acting_subject(text: str, start: int, stop: int) -> list[tuple[str, int, int]] | None:
    """The subject of a sentence's first clause when its verb is any past tense: "Police
    used water cannon to clear the road and said 39 had been arrested" (the police said)."""
    tokens = [(w.group(), w.start(), w.end()) for w in _WORD_BACK.finditer(text, start, stop)]
    for i, (word, _, _) in enumerate(tokens[:8]):
        if word in (",", "(", "“", '"', ":", ";"):
            return None
        if i and word.islower() and (word.endswith("ed") or word in _IRREGULAR_PAST):
            subject = _drop_auxiliaries(tokens[:i])
            words = _collect_back(list(subject))
            if words and len(words) == len(subject) and _plausible_source(words):
                return words
            return None
    return None


def _drop_auxiliaries(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Pop the auxiliaries and adverbs that end ``tokens`` ("has since", "later"), in place."""
    while tokens and (tokens[-1][0].lower() in _AUXILIARY or _ADVERB.fullmatch(tokens[-1][0])):
        tokens.pop()
    return tokens


def _names_figures(lowered: str) -> bool:
    """``_FIGURE_WORDS.search(lowered)``, with substring tests first."""
    return any(w in lowered for w in _FIGURE_STEMS) or (
        any(w in lowered for w in _FIGURE_BOUNDED) and _FIGURE_WORDS.search(lowered) is not None)


def _without_reason(cue: Cue) -> Cue:
    """'The agency, citing security concerns': the agency, since a reason is no source."""
    m = _CITES_ANOTHER.search(cue.source)
    if not m or not _REASON.match(cue.source, m.end()):
        return cue
    source = cue.source[:m.start()]
    return Cue(source, cue.start, cue.end, cue.source_start, cue.source_start + len(source),
               cue.after_only, cue.pronoun, cue.weak)


_FIGURE_APPOSITION = regex.compile(r"(?:a|the|that|this)\s+(?:figure|number|toll|claim|count)\b",
                                   regex.IGNORECASE)
_METHOD = regex.compile(
    r"(?:(?:the|a|an)\s+)?(?:laboratory|lab|tests?|testing|analys[ie]s|autops(?:y|ies)|DNA|PCR|"
    r"genetic|genome|sequencing|x-rays?|scans?|post-mortems?|forensic|rapid\s+tests?)\b",
    regex.IGNORECASE)
_REASON = regex.compile(
    r"(?:[Aa]n?\s+|[Tt]he\s+)?(?:\p{Ll}+\s+)?(?:lack|shortage|absence|concerns?|fears?|reasons?|"
    r"difficult\w*|security|safety|insecurity|need|risks?|threats?|dangers?|access|weather|"
    r"problems?|delays?|failures?|violations?|pressure)"
    r"(?:$|\s+(?:of|in|on|to|for|about|over|around|with|and|from|at)\b)")
_CLAUSE_IN_SOURCE = regex.compile(
    r"(?<![\w.,\-])(?<!(?-i:\p{Lu})[\p{L}\-]*\s)(?!(?:19|20)\d\d\b(?![,.]\d))\d[\d,.]*(?![\w])"
    r"|\b(?:had|has|have|were|was|is|are|will|would|numbered|numbers|totalled|totaled)\b",
    regex.IGNORECASE,
)


def _bracket_cues(text: str, start: int, end: int) -> list[Cue]:
    """Sources in brackets: a table's heading "Status (Health Department, 8 pm):" governs what
    follows it; "(government spokesman Isaac Mwaura)" closing a line or list item governs it."""
    found = []
    for m in _BRACKET_HEADING.finditer(text, start, end):
        if _DATELINE_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            continue  # "LUCKNOW, June 19, 2023 (PTI):": the wire agency, not a source
        found.append(Cue(m.group("src").strip(), m.start(), m.end(), m.start("src"), m.end("src"),
                         after_only=True))
    m = _BRACKET_AT_END.search(text, start, end)
    if m and _ALIAS_BEFORE.search(text, max(start, m.start() - 40), m.start()) and \
            _ALIAS.fullmatch(m.group("src")):
        m = None  # 'Typhoon "Pablo" (Bopha)', "Typhoon Haiyan (Yolanda)": a name's other name
    if m and _plausible_source([(w, 0, 0) for w in m.group("src").split()]) and \
            not _FIGURE_WORDS.search(m.group("src")):  # "(UN figures)": the figures cue names UN
        found.append(Cue(m.group("src").strip(), m.start(), m.end(), m.start("src"),
                         m.end("src"), after_only=False))
    return found


_HEADLINE_SOURCE = regex.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
    r"million|billion)\b)[^\n.!?]{0,60}?\s[—–-]\s*(?P<src>(?:\p{Lu}[\p{L}.&'’\-]*|"
    r"(?:prosecutors?|police|officials?|ministry|sources|army|military|governor|mayor|agency|"
    r"state\s+media|state\s+TV|medics|rescuers|witnesses|monitor|spokesman)\b)"
    r"(?:\s+(?:of|for|and|\p{Lu}[\p{L}.&'’\-]*)){0,5})[^\S\n]*"
    r"(?:\((?:Adds|Updates|Recasts|Changes|Corrects|Rewrites|Updates)\b[^()\n]*\)[^\S\n]*)?$")
#: A heading that names its source before a colon: "DC police chief: 52 people arrested".
_HEADING_SOURCE = regex.compile(
    r"[^\S\n]*(?:(?:BREAKING|UPDATE|UPDATED|JUST[^\S\n]+IN|FLASH|URGENT|ALERT)[^\S\n]*:[^\S\n]*)?"
    r"(?P<src>\p{Lu}[\p{L}.&'’\-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?"
    r"[\p{L}][\p{L}.&'’\-]*){0,3})[^\S\n]*:[^\S\n]+(?=[^\n]{0,80}\d|\p{Lu}[\p{L}\-]+\s)")
#: A headline's source after a final colon: "... 18 Indians among 19 crew kidnapped: MEA".
_TRAILING_SOURCE = regex.compile(
    r"(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
    r"hundreds|thousands)\b)[^:\n]*:[^\S\n]+"
    r"(?P<src>[\p{L}][\p{L}.&'’\-]*(?:[^\S\n]+[\p{L}][\p{L}.&'’\-]*){0,3})"
    r"[^\S\n]*(?=\n|$)")
_BRACKET_HEADING = regex.compile(r"\((?P<src>\p{Lu}[^(),:\d]{1,60}?)(?:,[^()]{0,40})?\)\s*:")
_DATELINE_BEFORE = regex.compile(r"(?:\b\d{4}|\b\d{1,2}|\b\p{Lu}{3,})\s*$")
_ALIAS = regex.compile(r"\p{Lu}\p{Ll}+")
_ALIAS_BEFORE = regex.compile(r"(?:\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[\"”’'])\s*$")
_BRACKET_AT_END = regex.compile(r"\((?P<src>[^()\d:;,]{2,60})\)\s*[.;]?\s*$")


#: What a figure is of, not who gave it ("Bushfire toll revised down to 173").
_FIGURE_NOUNS = frozenset(("toll", "tolls", "number"))


def _is_figure(source: str) -> bool:
    """'eight people had been killed' read as a source; 'one of the researchers' is a source;
    "Bushfire toll revised down to 173": the toll is what is revised, not who revised it."""
    words = source.lower().split()
    if words[-1] in _FIGURE_NOUNS:
        return True
    if words[0] not in NUMBER_WORDS or (len(words) > 1 and words[1] == "of"):
        return False
    return words[-1] not in _SPEAKERS  # "two military sources told"


#: Verbs that are also common nouns ("Soviet records list 21", "the body counts"): a verb only
#: before what it counts.
_BARE_NOUN_VERBS = frozenset("list lists record records count counts place places".split())
_COUNTED_OBJECT = regex.compile(
    r"\s+(?:that\b|the\b|its\b|their\b|at\b|it\b|them\b|only\b|just\b|some\b|about\b|"
    r"around\b|nearly\b|almost\b|more\s+than\b|over\b|at\s+least\b|as\s+many\s+as\b|"
    r"up\s+to\b|between\b|an?\s+(?:total|estimated)\b|\d|(?:[\w\-]+\s+){0,2}\d)",
    regex.IGNORECASE)
#: Verbs that give a figure only in a "that" clause ("concluded that", "Posts claim that").
_THAT_VERBS = frozenset(("concluded", "concludes", "conclude", "claim", "suggested",
                         "suggests", "suggest", "written", "confirm"))
#: Of those, the ones that may give a figure straight after them ("Police confirm 10 dead").
_FIGURE_VERBS = frozenset(("claim", "suggest", "suggests", "confirm"))
#: "suspect" as a noun: "arrested one suspect.", "the suspect, who", "a second suspect in".
_SUSPECT_NOUN = regex.compile(
    r"\s*(?:[.,;:!?)\"”’']|$|(?:in|was|is|has|had|who|and|or|of|['’]s|were|are|remains?|died|"
    r"fled|escaped|killed|arrested|named|identified)\b)", regex.IGNORECASE)
_THAT_AFTER = regex.compile(r"\s+(?:(?:in|on|last|this)\s+[\w\-]+\s+)?that\b", regex.IGNORECASE)
#: "declared a state of emergency": a decree, not a figure given.
_DECREE = regex.compile(r"\s+(?:an?\s+)?(?:[\p{L}\-]+\s+){0,2}?(?:state|emergency|disaster|"
                        r"curfew|mourning|war|ceasefire|truce|victory|holiday)\b",
                        regex.IGNORECASE)


def _subject_cue(text: str, start: int, end: int, verb: re.Match) -> Cue | None:
    """'X said' / 'X has told reporters': read the subject backwards from the verb."""
    if verb.group()[0].isupper() and not (
            verb.group() in ("Says", "Say", "Said") and _HEADLINE_TAIL.match(text, verb.end())
            and "," in text[max(start, verb.start() - 40):verb.start()]):
        return None  # "the United States", "Reports" as a name; but "..., AA Says" ends a
        # title-case headline
    word = verb.group().lower()
    after = text[verb.end():min(end, verb.end() + 60)]
    if word in ("told", "tells") and not _TOLD_OK.match(after):
        return None
    put_at = _PUT_AT.match(after) if word in ("put", "puts") else None
    if word in ("put", "puts") and not put_at:
        return None
    if _BY_AFTER.match(after):
        return None  # "Deaths reported by local authorities": a passive; the agent is the source
    if word in _NOUN_LIKE_VERBS and _VERB_AFTER_NOUN.match(after):
        return None  # "Official estimates say ...": a noun, and the verb comes next
    if word in ("warned", "urged", "told", "asked", "ordered") and _TO_INFINITIVE.match(after):
        return None  # "people in Florida warned to evacuate": told to do, not telling
    if word in ("attributed", "attributes") and _ADMITTED_TO.match(after):
        return None  # "deaths attributed to the heat": a passive
    if word in ("admitted", "admits", "admit") and _ADMITTED_TO.match(after):
        return None  # "refugees admitted to the U.S.", "admitted to hospital"
    if word in ("gave", "give", "gives", "given") and not _GAVE_FIGURE.match(after):
        return None
    if word in ("claimed", "claims", "claim") and _CLAIMED_LIVES.match(after):
        return None
    if word in _BARE_NOUN_VERBS and not _COUNTED_OBJECT.match(after):
        return None  # "high body counts", "which Washington lists as": no figure given
    if word == "accused" and (_ACCUSED_OF.match(after) or not _FIGURE_IN_CHARGE.match(after)):
        return None  # "gunmen accused of abducting ...": the accused; "accused X of killing 11"
    if word == "suspect" and _SUSPECT_NOUN.match(after):
        return None  # "arrested one suspect": the noun
    if word in _THAT_VERBS and not _THAT_AFTER.match(after) and not (
            word in _FIGURE_VERBS and _FIGURE_IN_CLAUSE.match(after)):
        return None  # "the campaign has concluded, reaching ...": ended, not found
    if text[max(start, verb.start() - 3):verb.start()].rstrip().endswith(("'s", "’s")):
        return None  # "the block's estimated 150 homes": an adjective after a possessive
    if word in ("declared", "declares", "declare") and _DECREE.match(after):
        return None  # "Ecuador declared a state of emergency ... 4,000 Venezuelans a day"
    subject_end = verb.start()
    lo = max(start, verb.start() - 80)
    aside = _MANNER_ASIDE.search(text, lo, verb.start()) if any(
        w in text[lo:verb.start()] for w in _MANNER_WORDS) else None
    if aside and (not aside.group("published") or _REPORT_NOUN.search(text, lo, aside.start())):
        subject_end = aside.start()  # "a source speaking on condition of anonymity said",
        # "a report published a year later found"
    tokens = [(m.group(), m.start(), m.end())
              for m in _WORD_BACK.finditer(text, max(start, verb.start() - 140), subject_end)]
    _drop_auxiliaries(tokens)  # between subject and verb
    if tokens and tokens[-1][0].lower() in ("and", "but") and word in _SECOND_VERBS:
        # "Police gave no overall figure but said 12 people had been detained": the subject
        # of the sentence's first verb
        subject = _main_subject(text, start, tokens[-1][1]) or \
            _acting_subject(text, start, tokens[-1][1])
        if subject:
            return _subject_governs_after(text, subject, verb.end())
    if tokens and tokens[-1][0].lower() in ("is", "are", "was", "were", "be", "been", "being",
                                            "an", "the", "a", "widely", "not"):
        return None
    if tokens and tokens[-1][0] == ")":
        while tokens and tokens[-1][0] != "(":
            tokens.pop()
        if tokens:
            tokens.pop()
    if len(tokens) > 2 and tokens[-1][0] in ("which", "who") and tokens[-2][0] == ",":
        # "Amnesty International, which documented 641 deaths": the name before records the
        # figure; "Israel, which says it is acting ..., carried out" says no figure
        gives_figure = word in _RECORDING_VERBS or (
            word in ("said", "says", "reported", "reports") and
            _FIGURE_IN_CLAUSE.match(text, verb.end(), end))  # "UNICEF, which said 1.5 million"
        del tokens[-2:]
        if tokens and tokens[-1][0] == ")":  # "... Human Rights (CONADEH), which put ...": the
            while tokens and tokens[-1][0] != "(":  # name, not its acronym in brackets
                tokens.pop()
            if tokens:
                tokens.pop()
        if not gives_figure or not _plausible_source(_collect_back(list(tokens))
                                                     or [("a", 0, 0)]):
            return None
    appositive = bool(tokens) and tokens[-1][0] == ","
    plausible = False  # set when the subject's own shape shows it can give figures
    if appositive and word not in ("told", "tells") and _INVERTED_TAIL.match(text, verb.end(), end):
        return None  # "..., said Mr Shinde.": the speaker follows; not "..., X, told Reuters."
    if appositive:
        tokens.pop()
        words = []
        while tokens and tokens[-1][0] not in ",“”\"" and len(words) < 14:
            words.insert(0, tokens.pop())
        if len(words) == 14:  # a long aside: "X, who lives in Europe but is from ..., said"
            name = _name_before_long_aside(text, start, verb.start(), words[0][1])
            if name:
                words, tokens = name, []
        if words and tokens and tokens[-1][0] == ",":
            tokens.pop()
            if tokens and tokens[-1][0] == ")" and len(tokens) > 2 and tokens[-3][0] == "(":
                del tokens[-3:]  # "The ... Inquiry (BICI), headed by ..., said": the name
            name = _collect_back(tokens)
            name = _before_modifiers(tokens, name)
            first_word = words[0][0].lower()
            aside = first_word in _ASIDE_STARTS or (
                first_word.endswith("ing") and first_word not in ("citing", "quoting"))
            if name:  # "X, which is coordinating the rescue, said": X; "X, a monitor, said": both
                words = name if aside else name + words
        elif words:
            words = _collect_back(words)
    else:
        words = _collect_back(tokens)
        words = _before_modifiers(tokens, words)
        words = _speakers_before_places(tokens, words)
        with_place = _participle_subject(tokens, words)
        if with_place:
            words, plausible = with_place, True
        elif words and len(words) <= 4 and len(tokens) > 1 and tokens[-1][0] == "who":
            head = _collect_back(tokens[:-1])  # "A student who escaped told the BBC"
            if head and head[-1][0].lower() in _WITNESS_NOUNS:
                words, plausible = [*head, tokens[-1], *words], True
    if len(words) > 1 and words[-1][0].lower() in PRONOUNS:
        words = words[-1:]  # "told Reuters it had admitted 27 people": "it", not "Reuters it"
    if not words or (words[0][0].endswith("ing") and words[0][0].islower()
                     and words[0][0] not in _TITLE_PARTICIPLES):
        return None
    if _COUNT_OF.search(text, max(start, words[0][1] - 30), words[0][1]):
        return None  # "the number of seriously injured put at 69,260": what is counted
    if any(any(ch.isdigit() for ch in w[0]) and not any(ch.isalpha() for ch in w[0])
           and not (i and words[i - 1][0][0].isupper()) for i, w in enumerate(words)):
        return None  # "eight people had been killed said"; "Rescue 1122 said" is a name
    first = words[0][0].lower()
    if word in _NOUN_LIKE_VERBS and word not in ("put", "puts") and not plausible and \
            not _plausible_source(words):
        return None
    if len(words) == 1 and first not in PRONOUNS and words[0][0][0].islower() and \
            first not in _PLAIN_SOURCES and not (first in _TITLES and word in ("says", "say")):
        return None  # "..., minister says" in a headline is a source; "toll says" is not
    while len(words) > 1 and words[0][0].lower() in _WHEN_NAMES:
        words = words[1:]  # "On Monday the railways ministry revised": the ministry
    src_start, src_end = words[0][1], words[-1][2]
    cue_end = verb.end() + put_at.end() if put_at else verb.end()  # "puts the toll at" 61
    return Cue(_clean(text[src_start:src_end]), src_start, cue_end, src_start, src_end,
               after_only=_governs_after_only(text, start, src_start)
               and not _ENDS_SENTENCE.match(text, verb.end(), end),
               pronoun=first in PRONOUNS and len(words) == 1, weak=word in WEAK_VERBS)


#: Verbs of giving a figure that may follow another verb of the same subject ("Police used
#: water cannon and said ...", "Local officials blamed the rebels and put the toll at 240").
_SECOND_VERBS = frozenset(("said", "says", "put", "puts", "estimated", "gave", "told",
                           "reported", "confirmed"))
_WHEN_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
    yesterday tonight overnight""".split())
#: A figure inside the clause after "which said" ("..., which said 54 bodies had washed ashore").
_FIGURE_IN_CLAUSE = regex.compile(
    r"(?:\s+that)?\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|"
    r"up\s+to)\s+)?\d")
#: Verbs of counting: a relative clause with one ("X, which documented 641 deaths") cites X.
_RECORDING_VERBS = WEAK_VERBS | {"estimated", "reported", "identified", "logged", "put", "puts"}
_TITLES = frozenset("""minister governor official spokesman spokeswoman spokesperson mayor
    president police army military ministry agency report""".split())
_MANNER_WORDS = ("speaking", "spoke", "asked", "asking", "request", "declined", "published",
                 "released", "issued", "reached", "contacted", "interviewed")
_MANNER_ASIDE = regex.compile(
    r"\s+(?:(?:speaking|who\s+(?:spoke|asked|requested|declined)|asking|requesting)\s+"
    r"(?:on|to|not|under|from|via|by|at)\b[^,.;:\"“”]{0,60}?"
    r"|(?:reached|contacted|interviewed)\s+(?:by|on|via|over|in)\b[^,.;:\"“”]{0,40}?"
    r"|(?P<published>published|released|issued)\b[^,.;:\"“”]{0,40}?)\s*$",
    regex.IGNORECASE | regex.REVERSE)
_REPORT_NOUN = regex.compile(r"\b(?:report|study|survey|review|investigation|inquiry|analysis|"
                             r"assessment)\s*$", regex.IGNORECASE)
def _name_before_long_aside(text: str, start: int, verb_start: int, chunk_start: int,
                            ) -> list[tuple[str, int, int]] | None:
    """The speaker before ", who/which ..." when the aside is too long for the first look."""
    wide = [(m.group(), m.start(), m.end())
            for m in _WORD_BACK.finditer(text, max(start, verb_start - 320), chunk_start)]
    for i in range(len(wide) - 1, max(-1, len(wide) - 40), -1):
        if wide[i][0] in "“”\".;":
            return None
        if wide[i][0] == ",":
            after = wide[i + 1][0] if i + 1 < len(wide) else ""
            if after.lower() in ("who", "which", "whose"):
                return _collect_back(wide[:i]) or None
            name = _collect_back(wide[:i]) if after[:1].isupper() else None
            # "Edem Wosornu, Director of Operations ... (OCHA), said": a person's name, then
            # a long title
            if name and 2 <= len(name) <= 4 and all(w[0][:1].isupper() for w in name):
                return name
            return None
    return None


#: An adverb between a speaker and the verb ("the office broadly estimated"), not a noun.
_ADVERB = regex.compile(r"(?!(?:family|assembly|ally|rally|supply|daily|weekly|monthly|anomaly)$)"
                        r"\p{Ll}{3,}ly")
#: What follows "said" when the speaker comes after it: a name, then the sentence ends.
_INVERTED_TAIL = regex.compile(
    r"\s+(?!(?:that|it|they|he|she|we|on|in|at|of|to|this|there)\b)"
    r"(?:(?:the|a|an)\s+)?\p{Lu}[^\s,.;\d]*(?:\s+[^\s,.;\d]+){0,7}?\s*"
    r"(?:[.!?]?[\"”’]?\s*$|,\s*(?:adding|who|citing|according)\b)")
_COUNT_OF = regex.compile(r"\b(?:number|toll|total|count|figure|tally)\s+of\s+(?:the\s+)?$",
                          regex.IGNORECASE | regex.REVERSE)
_BY_AFTER = regex.compile(r"\s+by\b")
_VERB_AFTER_NOUN = regex.compile(
    r"\s+(?:say|says|said|show|shows|showed|put|puts|suggest|suggests|indicate|indicates|"
    r"have|had|were|are)\b")
_TO_INFINITIVE = regex.compile(r"\s+to\s+(?!reporters|journalists|the\b|a\b|an\b)\p{Ll}+\b")
_ADMITTED_TO = regex.compile(
    r"\s+(?:to|into|in|at|as)\b(?!\s+(?:only|just|as\s+(?:many|few)\s+as|at\s+least|\d))")
_NOUN_LIKE_VERBS = frozenset(
    """states notes reports claims estimates shows show report estimate puts put cited listed
    registered recorded counted says say found logged identified attributed attributes list lists
    record records count counts place places placed""".split()
)
_SOURCE_NOUNS = frozenset(
    """ministry officials official police authorities agency office spokesman spokeswoman
    spokesperson minister government army military council committee commission department
    service services organization organisation group groups un who unicef unhcr media
    sources source witnesses medics medic doctors doctor nurses paramedics
    hospital hospitals reports report figures data brigade coastguard directorate inspectorate
    chamber prosecution judge judges
    statistics count tally survey monitor observatory president mayor governor chief
    commander head director coordinator secretary teacher teachers witness resident survivor
    villager villagers parent parents relative relatives neighbour neighbours journalist
    journalists correspondent correspondents administration prosecutor prosecutors staff
    command centre center institute board body watchdog network union federation programme
    program fund bureau morgue coroner cdc ocha iom unhcr wfp msf assessment study analysis
    investigation review census monitors researchers team mission crescent cross force
    forces navy guard guards agencies authority regulator operator utility company firm
    foundation society association coalition alliance platform tracker project charity
    ngo commissioner superintendent inspector officer administrator lawmaker legislator senator
    envoy ambassador diplomat analyst expert physician surgeon nurse captain colonel general
    sheriff ombudsman rapporteur representative activist lawyer spokesmen chairman chairwoman
    leader elder imam priest adviser advisers advisor advisors aide aides estimates findings
    records projections tribunal tribunals court courts inquiry inquest examiner examiners panel
    investigators inspectors auditors registry manifest list district municipality
    county province movement confederation party league front church diocese reporter reporters
    newspaper broadcaster member members mp mps radio television tv documents document files
    archives cables memo memos accounts account volunteer rescuer firefighter worker
    employee""".split()
)
#: The last word of a heading's source before a colon ("Masalit leaders: ...").
_HEADING_SOURCE_NOUNS = _SOURCE_NOUNS | {"leaders", "leader", "chiefs", "activists", "rebels",
                                         "firefighters", "rescuers", "medics"}


_PREPOSITIONS = frozenset("in at on from during for with by since of to".split())
_TIME_WORDS = frozenset("""january february march april may june july august september october
    november december time period weekend week month year day night morning evening""".split())
#: Past participles that open a modifier of the subject ("a tribunal held in Sydney").
_MODIFIER_PARTICIPLES = frozenset("""held created published released issued established formed
    set commissioned conducted carried shared posted circulated circulating based drawing
    run led headed chaired appointed compiled funded written made marking cited quoted
    founded launched convened""".split())
_PICTURES = frozenset("photograph photographs photo photos image images video videos footage "
                      "picture pictures".split())


def _before_modifiers(tokens: list[tuple[str, int, int]], words: list[tuple[str, int, int]],
                      ) -> list[tuple[str, int, int]]:
    """The subject before the prepositional phrases that end ``words``' clause: "A citizens'
    tribunal held in Sydney in 2013 heard", "Residents' committees at the time insisted",
    "Posts shared widely on Telegram claim" (not "2013", "the time", "Telegram"). Taken when
    a participle introduces the phrases or the words found are a time; ``tokens`` (what
    precedes ``words``) then loses the subject."""
    if len(words) > 2 and words[-1][0].lower() in _TIME_WORDS:
        at = next((i for i in range(len(words) - 1, 0, -1)
                   if words[i][0].lower() in ("at", "in", "on", "during")), None)
        if at is not None and at >= len(words) - 3:
            return words[:at]  # "Survivors at the time insisted"
    if not words or not tokens or tokens[-1][0].lower() not in _PREPOSITIONS:
        return words
    timed = words[-1][0].lower() in _TIME_WORDS or words[-1][0].isdigit()
    rest = list(tokens)
    for _ in range(3):  # up to three phrases back
        if not rest or rest[-1][0].lower() not in _PREPOSITIONS:
            return words
        rest.pop()
        before = _collect_back(rest)
        if not before:
            return words
        while len(before) > 1 and _ADVERB.fullmatch(before[-1][0]):
            before.pop()  # "shared widely"
        if len(before) > 2 and before[-1][0] in ("up", "out") and \
                before[-2][0] in _MODIFIER_PARTICIPLES:
            before.pop()  # "set up in 1995"
        if len(before) > 1 and before[-1][0] in _MODIFIER_PARTICIPLES:
            before.pop()
        elif not timed or (rest and rest[-1][0].lower() in _PREPOSITIONS) or not (
                _plausible_source(before) or before[-1][0].lower().rstrip("'’s") in _SOURCE_NOUNS):
            continue
        if before[-1][0].lower() in _PICTURES:
            return []  # "A photograph released by UNRWA showed": what it shows, no count
        tokens[:] = rest
        return before
    return words


def _plausible_source(words: list[tuple[str, int, int]]) -> bool:
    """A subject that can give figures: a name, or a noun such as 'ministry' or 'police'."""
    last = words[-1][0].lower().rstrip("'’s")
    sources = _SPEAKERS
    if words[-1][0].lower() in sources or last in sources:
        return True
    return words[-1][0][0].isupper() and words[0][0].lower() not in ("a", "an")


_ENDS_SENTENCE = regex.compile(
    r"(?:\s+(?:on|in|at|to|late|early|last|this|from|via|over)?\s*[\p{L}\-']+){0,4}"
    r"\s*[.!?]?[”\"’]?\s*$"
)
_GAVE_FIGURE = regex.compile(
    r"\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,3}(?:toll|number|figure|count|total|tally|"
    r"estimate)\b"
)
_PUT_AT = regex.compile(
    r"\s+(?:at\b|(?:it|that|this)\s+at\b|(?:(?:the|its|their|(?:\p{L}+\s+)?\p{L}+['’]s)\s+)?"
    r"(?:[\w\-'’]+\s+){0,3}"
    r"(?:toll|number|figure|count|total|casualties|dead|deaths|crowd|population|losses|turnout|"
    r"attendance)\b[^.;]{0,60}?\bat\b"
    r"|(?:(?:the|its|their|his|her)\s+)?(?:[\w\-'’]+\s+){1,8}?(?:at|between)\s+(?=(?:(?:about|around|some|"
    r"nearly|more\s+than|over|at\s+least|up\s+to|roughly|between|as\s+many\s+as|fewer\s+than|"
    r"less\s+than|close\s+to|an\s+estimated)\s+)?\d))"
)
_CLAIMED_LIVES = regex.compile(
    r"\s+(?:the\s+lives|(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?"
    r"[\w,.]+\s+(?:more\s+)?lives)\b"
)
_PLAIN_SOURCES = frozenset(
    """officials police authorities officers reports witnesses residents medics doctors sources
    rescuers activists organisers organizers analysts observers experts diplomats hospitals
    paramedics investigators prosecutors lawyers survivors relatives rangers traders villagers
    locals volunteers firefighters monitors lawmakers families journalists reporters elders
    leaders workers nurses staff campaigners researchers scientists engineers farmers fishermen
    soldiers troops rebels militants protesters demonstrators students teachers government
    govt gov't army military ministry gardaí gardai garda coastguards jury juries inquests
    hearing hearings""".split()
)
#: Nouns that can give figures.
_SPEAKERS = _SOURCE_NOUNS | _PLAIN_SOURCES
#: People described by what they went through ("A woman who survived the attack said").
_WITNESS_NOUNS = _SPEAKERS | frozenset(
    """student man woman men women boy girl mother father son daughter wife husband brother
    sister farmer driver nurse doctor teacher worker workers pupil pupils child children
    person people passenger passengers miner miners fisherman fishermen trader traders
    shopkeeper owner""".split())


def _speakers_before_places(tokens: list[tuple[str, int, int]],
                            words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """'Local leaders in the highlands of eastern Congo say', 'Residents of the town of Kipupu
    say': the speakers before the phrases of their place, not the place; ``tokens`` (what
    precedes ``words``) then loses them."""
    if not words or not tokens or tokens[-1][0].lower() not in _OF_PLACE or \
            words[-1][0].lower().rstrip("'’s") in _SOURCE_NOUNS:
        return words
    for i in range(len(tokens) - 2, max(-1, len(tokens) - 10), -1):
        low = tokens[i][0].lower()
        if low in _SPEAKERS and tokens[i + 1][0].lower() in _OF_PLACE:
            rest = tokens[:i + 1]
            head = _collect_back(rest)
            if not head:
                return words
            found = [*head, *tokens[i + 1:], *words]
            tokens[:] = rest
            return found
        if not tokens[i][0][0].isalpha() or (low in _BACK_STOP and low not in _OF_PLACE):
            return words
    return words


_ACCUSED_OF = regex.compile(r"\s+of\b")
#: An accusation that gives a figure: "accused American troops of executing 11 people".
_FIGURE_IN_CHARGE = regex.compile(r"\s+[^.;:]{1,60}?\bof\s+\p{L}+ing\s+(?:\p{L}+\s+){0,2}?"
                                  r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?\d")
_OF_PLACE = frozenset("of in at from across near around".split())


def _participle_subject(tokens: list[tuple[str, int, int]], words: list[tuple[str, int, int]],
                        ) -> list[tuple[str, int, int]] | None:
    """'Parents gathered at the school gate say', 'Medical charities working in the enclave
    say': the speakers are the noun before the participle, the place theirs."""
    if not words or len(tokens) < 3 or tokens[-1][0].lower() not in _PLACE_PREPOSITIONS or \
            not _PARTICIPLE.fullmatch(tokens[-2][0]) or tokens[-2][0].lower() in _SPEECH:
        return None
    rest = tokens[:-2]
    head = _collect_back(rest)
    if not head or (head[-1][0].lower() not in _PARTICIPLE_SPEAKERS
                    and not head[-1][0][0].isupper()):
        return None
    return [*head, *tokens[-2:], *words]


_PLACE_PREPOSITIONS = frozenset("at in on near outside inside across from".split())
_PARTICIPLE = regex.compile(r"\p{Ll}{3,}(?:ed|ing)")
#: Who may speak with a participle phrase: sources, and plural groups that speak for themselves.
_PARTICIPLE_SPEAKERS = _SPEAKERS | frozenset(
    "charities clinics organisations organizations aid unions people".split())


def _collect_back(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Pop the words of a noun phrase off the end of ``tokens``.

    Function words inside a name ("Organization for Migration", "Ministry of Health")
    are kept when capitalised words stand on both sides.
    """
    words: list[tuple[str, int, int]] = []
    while tokens and len(words) < 12:
        tok = tokens[-1][0]
        if not tok[0].isalnum():
            break
        if words and words[0][0].lower() in ("the", "a", "an") and \
                tok[:1].isupper() and len(words) > 1 and words[1][0][:1].islower():
            break  # "told Reuters the army's toll was": the phrase starts at its article;
            # not "Save the Children", nor "a woman who survived the attack"
        if tok.lower() in _BACK_STOP and not (tok.isupper() and len(tok) > 1):
            head = words[1] if len(words) > 1 and words[0][0].lower() == "the" else \
                (words[0] if words else None)
            before = tokens[-2][0] if len(tokens) > 1 else ""
            inner = tok.lower() in _NAME_JOINERS and head is not None and (
                (head[0][0].isupper() and (before[:1].isupper() or before.lower() in _SOURCE_NOUNS))
                or (tok.lower() == "of" and before.lower() in _QUANTIFIERS)
                or (tok.lower() in ("to", "with", "by") and before.lower() in _LINKING)
                or (tok.lower() in ("on", "in", "at", "from", "for", "of", "to")
                    and before.lower() in _SPEAKERS)
                or (tok.lower() == "and" and (before[:1].isupper() or before.lower()
                                              in _SPEAKERS))
            )
            if not inner:
                break
        words.insert(0, tokens.pop())
    return words


#: Participles that are part of a title ("acting Prime Minister X said"), not a clause.
_TITLE_PARTICIPLES = frozenset(("acting", "outgoing", "incoming", "visiting", "presiding",
                                "managing", "leading", "reigning", "serving", "ruling"))
_ASIDE_STARTS = frozenset(("which", "who", "whose", "whom", "that", "where", "when", "after",
                           "while", "as", "in", "on", "at", "speaking", "headed", "chaired",
                           "led", "set", "appointed", "created", "established", "formed",
                           "founded", "based"))
_LINKING = frozenset(("linked", "close", "allied", "loyal", "affiliated", "aligned", "attached",
                      "backed", "tied", "connected", "run", "funded"))
_NAME_JOINERS = frozenset(("of", "for", "on", "and", "in", "de", "al", "to", "at", "into"))
_QUANTIFIERS = frozenset("one two three some many most several each none all both".split())


def is_source_like(words: str) -> bool:
    """'officials', 'police', 'it', 'the ministry', 'Reuters': words that can name a source."""
    last = words.split()[-1].lower().rstrip("'’s")
    return last in _SOURCE_NOUNS or last in PRONOUNS or words[:1].isupper()


def _governs_after_only(text: str, start: int, src_start: int) -> bool:
    """A cue preceded by a comma or closing quote is parenthetical ('..., X said')."""
    prefix = text[start:src_start].rstrip()
    return prefix == "" or not prefix.endswith((",", "”", '"', "’", "'", "—", "–"))


_INITIALS_END = regex.compile(r"(?:\b\p{L}\.)+$")  # "the U.S."


def _clean(src: str) -> str:
    src = " ".join(src.strip(" ,;:'\"“”’").split())
    if src.endswith(".") and not _INITIALS_END.search(src):
        src = src[:-1]
    return src
