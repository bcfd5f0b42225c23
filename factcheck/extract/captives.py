"""Captives: people taken, held or freed by kidnappers, pirates or armed groups ("carted
away 317 students", "the 10 soldiers they held", "its 25 crew" of a hijacked tanker)."""

from __future__ import annotations

import regex

from factcheck.extract import classify
from factcheck.extract.qualify import Figure
from factcheck.extract.sentences import Sentence

#: A verb of taking or holding captives just before a figure ("carted away 317", "holding
#: some 800"); ``sure`` ones need no kidnapping around them.
_TAKEN_AWAY_BEFORE = regex.compile(
    r"\b(?:took|taken|taking|led|rounded)\s+(?:away|up|off)\s+(?:(?:some|at\s+least|more\s+than|"
    r"about|around|nearly|up\s+to|as\s+many\s+as|over|almost|roughly)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)
_TAKING_BEFORE = regex.compile(
    r"\b(?:(?P<sure>carted\s+(?:away|off)|carried\s+(?:away|off)|herded|snatched|whisked\s+away|"
    r"abducted|kidnapped|abducting|kidnapping)|holding|holds|hold|held|seized|seizing|seize|"
    r"took|take|taking|grabbed|freed|freeing|released|releasing|captured)\s+"
    r"(?:(?:the|its|their|his|her|some|at\s+least|more\s+than|about|around|nearly|another|all|"
    r"an\s+estimated|"
    r"last|a\s+further|a\s+group\s+of|up\s+to|as\s+many\s+as|over|almost|roughly|"
    r"(?:had\s+|have\s+)?(?:already\s+)?been)\s+)*$",
    regex.IGNORECASE | regex.REVERSE)
#: After the counted noun: "... they held", "whom they had seized", "who escaped".
_HELD_AFTER = regex.compile(
    r"\s+(?:(?:whom|that|who)\s+)?(?:it|they|he|the\s+\w+|kidnappers|gunmen|pirates|rebels|"
    r"militants|bandits|guerrillas|abductors|captors)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:been\s+)?(?:held|holding|seized|abducted|kidnapped|taken)\b"
    r"|\s+(?:who|that)\s+(?:had\s+)?(?:escaped|got\s+away)\s+(?:from\s+)?(?:their\s+)?"
    r"(?:captors|kidnappers|abductors|captivity)"
    r"|(?:\s+of\s+[^,.;]{1,40}?)?,?\s+(?:have\s+been\s+|had\s+been\s+|were\s+|was\s+)?"
    r"(?:held|kept|taken|seized|captured)\s+(?:hostage\s+|captive\s+)?"
    r"by\s+(?:\p{L}+\s+){0,2}(?:pirates|kidnappers|gunmen|bandits|militants|rebels|guerrillas|"
    r"jihadists|captors|abductors|insurgents|protesters|demonstrators|rioters|villagers|mobs?)"
    r"|\s+(?:who|that)\s+(?:had\s+)?(?P<escaped>escaped|got\s+away)\b",
    regex.IGNORECASE)
#: Armed people who take captives: never the captives themselves.
_CAPTORS = frozenset((
    "militants gunmen pirates bandits kidnappers abductors captors attackers rebels insurgents "
    "jihadists fighters terrorists assailants hijackers").split())
#: The crew of a ship, and a ship taken by pirates, hijackers or a state.
_CREW = frozenset(("crew", "crewmen", "crewmembers", "sailors", "seafarers", "mariners"))
_CREW_BEFORE = regex.compile(
    r"\bcrew(?:\s+members)?\s*(?:includes?|included|comprises|comprised|—|–|:|were|are)\s*"
    r"(?:(?:about|some|at\s+least)\s+)?$", regex.IGNORECASE | regex.REVERSE)
_SHIP_TAKEN = regex.compile(
    r"\b(?:pirat\w*|hijack\w*|(?:seized|seizure\s+of|captured|boarded|held|holding|holds)\s+"
    r"(?:the\s+|a\s+|an\s+|\d+\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:ship|vessel|tanker|freighter|carrier|trawler|boat|dhow|yacht))",
    regex.IGNORECASE)
_NOT_TAKEN = regex.compile(r"\s*,?\s*(?:who|that)\s+(?:were|was|had|have)\s+(?:not|never)\b")
_KIDNAPPING = regex.compile(
    r"\b(?:kidnap|abduct|hostage|captive|captors?\b|ransom|hijack|pirat|seized\b|"
    r"jihadists?\s+(?:took|seized|abducted))", regex.IGNORECASE)


#: An armed group that captures or holds the people counted right after its verb.
_ARMED_CAPTORS_BEFORE = regex.compile(
    rf"\b(?:{classify.ARMED_MEN}|separatists?|(?-i:{classify.ARMED_GROUP_NAMES}|Houthis?|"
    r"Islamic\s+State|ISIS|ISIL|al-Qaeda))\b(?:\s+(?!(?:and|or|but)\b)[\w\-'’]+){0,4}?\s+"
    r"(?:(?:had|have|has|reportedly|also)\s+)*"
    r"(?:captured|capturing|capture|seized|seizing|holding|hold|holds|held)\s+"
    r"(?:(?:the|some|at\s+least|more\s+than|about|around|nearly|another|up\s+to|over)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)


def armed_captors_before(text: str, start: int, floor: int) -> bool:
    """'Rebels captured 30 government soldiers', 'Hezbollah captured two Israeli soldiers':
    people an armed group (not a state) captures or holds are its hostages."""
    return bool(_ARMED_CAPTORS_BEFORE.search(text, max(floor, start - 90), start))


_BY_BEFORE = regex.compile(r"\bby\s+(?:the\s+)?(?:(?:some|about|around|at\s+least|more\s+than|"
                        r"up\s+to|nearly|as\s+many\s+as)\s+)?$", regex.IGNORECASE | regex.REVERSE)
_HOLDERS_AFTER = regex.compile(r"[^.;]{0,60}?\bby\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?"
                               r"(?:" + "|".join(sorted(_CAPTORS)) + r")\b",
                               regex.IGNORECASE)
#: People held by a state, counted in the plural.
PRISONER_NOUNS = frozenset(("prisoners", "detainees", "inmates", "convicts"))


def captors_category(text: str, start: int, np_end: int, noun: str, category: str,
                     floor: int) -> str:
    """Captors are never captives, nor the victims of what they did: "Twelve Hanafi gunmen
    freed 134 hostages", "seized by about 30 gunmen", "shot dead by the two gunmen" count
    armed men (troops). Prisoners whose release is demanded are detainees, not hostages,
    unless armed men hold them."""
    last = noun.split()[-1].lower()
    if last in _CAPTORS and last != "fighters":
        if category == "hostages" or (category in ("killed", "injured") and _BY_BEFORE.search(
                text, max(floor, start - 20), start)):
            return "troops"
    elif category == "hostages" and last in PRISONER_NOUNS and \
            not _HOLDERS_AFTER.match(text, np_end, np_end + 80):
        return "detained"  # "demanded the release of 80 political prisoners held in Indonesia"
    return category


class Captives:
    """Methods of the extractor that tell captives from the people around them.

    A mixin: the class using it sets ``text``, the document's text.
    """

    text: str

    def _captives(self, n: int, fig: Figure, ctx: classify.Context, sent: Sentence,
                  ) -> str | None:
        """People taken, held or freed by kidnappers: "carted away 317 students", "still holds
        at least 11 foreigners", "the 10 soldiers they held", "Three women who escaped"."""
        text = self.text
        if ctx.noun and ctx.noun.split()[-1].lower() in _CAPTORS:
            return None  # "32 heavily armed militants seized the school": the captors
        crew = (ctx.noun and not _CREW.isdisjoint(ctx.noun.lower().split()[-2:])) or \
            _CREW_BEFORE.search(text, max(sent.start, fig.start - 30), fig.start)
        if crew and not _NOT_TAKEN.match(text, ctx.np_end) and _SHIP_TAKEN.search(
                text, max(0, fig.start - 600), min(len(text), fig.end + 200)):
            return "hostages"  # "its 25 crew" of a hijacked tanker; "The crew — 22 French ..."
        before = _TAKING_BEFORE.search(text, max(sent.start, fig.start - 40), fig.start)
        after = self._held_after(ctx, sent)
        if not before and not after:
            if _TAKEN_AWAY_BEFORE.search(text, max(sent.start, fig.start - 40), fig.start):
                # "soldiers raided the village and took away about 20 people"
                return classify.taken_away_category(text, fig.start)
            return None
        if (after and not after.group("escaped")) or (before and before.group("sure")):
            return "hostages"
        context = _KIDNAPPING.search(text, max(0, fig.start - 600), min(len(text), fig.end + 200))
        return "hostages" if context else None

    def _held_after(self, ctx: classify.Context, sent: Sentence) -> regex.Match | None:
        """'... held by gunmen', '... who escaped' right after the counted noun phrase."""
        return _HELD_AFTER.match(self.text, ctx.np_end, min(sent.end, ctx.np_end + 60))
