"""What a figure counts: the noun phrase after it, the verbs around it, its category."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from factcheck.extract.dates import WEEKDAYS
from factcheck.extract.lexicon import (
    CASUALTY_WORDS,
    NEUTRAL_VERBS,
    NON_CLAIM_UNITS,
    NOUN_CATEGORIES,
    PEOPLE_NOUNS,
    QUALIFIERS_BEFORE,
    TRIGGER_CATEGORY,
)
from factcheck.extract.mentions import NUMBER_WORDS, _alt

CASUALTY = frozenset(CASUALTY_WORDS)
_TRIGGER_CATEGORY = TRIGGER_CATEGORY
_NOUN_CATEGORY = {w: cat for cat, words in NOUN_CATEGORIES.items() for w in words}
_PEOPLE = frozenset(PEOPLE_NOUNS)
_UNITS = frozenset(NON_CLAIM_UNITS)


# Words that end the counted noun phrase after a figure.
_NP_STOP = frozenset(
    """were was are is be been being have has had will would could may might can should must
    it they he she we
    in on at and or but who that which from to by with for as after before during since when
    while where of a an the this these than more said says say also reportedly allegedly
    including among according into across inside near over under about around per each
    expected due planned
    so now then there their its his her our your my whom whose what why how not no nor
    yet still already just only all both either some many most other another such
    total totalling totaling altogether overall respectively without within
    remain remains remained died fled went came got face faced need needed live lived
    short fewer less higher lower
    taken held seen found reported believed feared thought known said estimated
    left took made gave ran fell rose began kept brought fought sought won met paid spent stood
    weren't towards toward overnight yesterday today tonight earlier later because although
    though unless whereas if until once despite amid""".split()
)
_DEMONYM = regex.compile(r"\p{Lu}\p{Ll}+(?:ians|ans|ese|is|ites|ers)$")
_TAIL_CATEGORY = regex.compile(
    r"\s+(?:(?P<number>the\s+(?:number|total|toll)\s+)(?:of\s+)?(?:(?:its|their|the)\s+)?"
    r"(?:(?:people|[\w\-]+s)\s+)?(?:confirmed\s+|reported\s+)?"
    r"(?:(?:who|that)\s+(?:have\s+|had\s+|were\s+)?(?:been\s+)?)?"
    r"(?P<word>dead|killed|died|drowned|injured|wounded|missing|displaced|evacuated|arrested|"
    r"detained)?"
    r"|(?:are\s+|were\s+|now\s+|still\s+|remain\s+|remained\s+|remains\s+)*"
    r"(?:(?:who\s+)?(?:had\s+|have\s+|has\s+)?(?:spent|spend|spending)\s+(?:[\w\-]+\s+){0,4}?)?"
    r"(?:living\s+|sheltering\s+|staying\s+)?in\s+"
    r"(?:[\w,.]+\s+){0,3}(?:camps|shelters|tents|evacuation\s+cent(?:re|er)s|"
    r"displacement\s+sites)"
    r"|(?:have\s+|had\s+|were\s+|also\s+)*(?P<hurt>suffered|sustained|received|needed|required)"
    r"\s+(?:\w+\s+){0,2}(?:injuries|injury|wounds|wound|burns|treatment|"
    r"medical\s+(?:care|attention))"
    r"|(?P<treated_for>for\s+(?:\w+\s+){0,2}(?:injuries|wounds|burns))\b"
    r"|(?:have\s+|had\s+|has\s+|were\s+|was\s+)?(?:been\s+)?(?P<treated>(?:flown|airlifted|"
    r"evacuated|taken|sent|transferred)\s+(?:\w+\s+){0,3}?for\s+(?:medical\s+|urgent\s+)?"
    r"treatment)\b"
    r"|(?P<hospital>(?:and\s+(?:a|an|one|two|three|four|five|several|some)\s+[\p{L}\-]+\s+)?"
    r"to\s+(?:a\s+|the\s+|local\s+|nearby\s+)?hospitals?\b"
    r"|(?:(?:were|was|have\s+been|had\s+been|has\s+been|been)\s+)?(?:admitted|rushed)\s+"
    r"(?:to|in|into)\s+(?:\w+\s+){0,2}?hospitals?\b"
    r"|(?:(?:were|was|have\s+been|had\s+been|been)\s+)?(?:admitted|rushed|taken|brought|airlifted)"
    r"\s+to\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}'’.\-]*\s+){1,5}(?-i:Hospital|Infirmary|Clinic|"
    r"Medical\s+(?:Centre|Center|College))\b"
    r"|with\s+(?:\w+\s+){0,3}(?:injuries|wounds|burns|fractures)\b)"
    r"|(?P<arms>under\s+arms\b)"
    # arrivals and departures at a rate: "1,500 people arrive on a busy day", "cross every day"
    r"|(?:more\s+)?(?:have\s+|had\s+|are\s+|were\s+|still\s+)?(?:arrived|arrive|arrives|"
    r"arriving|crossed|cross|crossing|leave|leaving|flee|fleeing)\b[^.;\d]{0,40}?"
    r"\b(?:(?:a|each|every|per)\s+(?:day|week|month)|daily|in\s+the\s+past\s+24\s+hours|"
    r"on\s+a\s+busy\s+day)\b)",
    regex.IGNORECASE,
)
_MORGUE = regex.compile(
    r"\s+(?:(?:were|are|was|had|have|been|still|later|then|taken|brought|moved|transferred|"
    r"lying|lay|kept)\s+){0,4}(?:to|in|at)\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+)?"
    r"(?:morgues?|mortuar(?:y|ies))\b", regex.IGNORECASE)
_AND_DIED = regex.compile(
    r"(?:,\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them)"
    r"(?:[^.;,]|(?<=\b\p{Lu})\.){1,100}?,)?"
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?\p{L}+(?:\s+\p{L}+){0,3}?\s+and\s+"
    r"(?:later\s+|subsequently\s+|then\s+)?(?:died|perished|succumbed|drowned|were\s+killed|"
    r"killed|shot\s+dead|shot\s+and\s+killed|executed|murdered|massacred|beheaded|hanged|"
    r"(?:hacked|stabbed|beaten|burned|burnt|clubbed)\s+to\s+death|burned\s+alive)\b",
    regex.IGNORECASE)
_AMONG_THE_N = regex.compile(
    r"\s+(?:(?:were|was|are|is)\s+(?:also\s+)?)?among\s+(?:(?:the|those)\s+)?"
    r"(?:(?:more\s+than|at\s+least|some|about|over|nearly|around)\s+)?"
    r"(?:(?:[\d,]+|dozens|scores|hundreds|thousands)\s+)?"
    r"(?:(?:people|persons|victims|civilians)\s+)?(?:who\s+(?:were\s+|had\s+been\s+)?)?"
    r"(?P<word>killed|dead|died|injured|wounded|hurt|arrested|detained|abducted|kidnapped|"
    r"missing|displaced|evacuated)\b", regex.IGNORECASE)
#: Parts of a force counted as such ("columns of the Army") and the forces they belong to.
_FORCE_PARTS = frozenset(("columns", "companies", "units", "contingents", "detachments",
                          "squads", "teams", "platoons", "battalions"))
_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)")
_UNIT_NAMES = frozenset("""battalion regiment division brigade corps cavalry infantry company
    platoon squadron army navy marines legion guard garrison""".split())
_FORCES = _UNIT_NAMES | frozenset("""police military troops soldiers paramilitary
    paramilitaries forces gendarmerie gendarmes""".split())
_CONTAINERS = frozenset(("members", "member", "personnel", "staff", "units", "employees", "head",
                         "bags", "sacks", "men", "columns", "companies", "contingents",
                         "detachments", "squads", "platoons"))
_NP_SKIP = frozenset(("more", "additional", "extra", "fresh", "new", "further"))
_DETERMINERS = frozenset(
    "the its their his her our these those them whom which this that gaza's its' a an".split()
)
_PRONOUN_NP = frozenset(("them", "whom", "which", "those", "these", "us", "it"))
# (runs of one class, not an alternation inside a loop: several times faster in ``regex``;
# initials first: "U.S." is one word)
_WORD = regex.compile(
    r"(?:\p{Lu}\.){2,}|[\p{L}\d][\p{L}\d'’\-]*(?:\.(?=\p{L})[\p{L}\d'’\-]*)*|[^\s\p{L}\d]")

# After the noun phrase: optional aside, relative pronoun, auxiliaries, then a trigger.
_AFTER_ONLY = {
    "leaving": "displaced",
    "live": "population", "live in": "population", "living in": "population",
    "reside": "population", "reside in": "population", "residing in": "population",
    "inhabit": "population", "lived in": "population",
    # displaced only where they stay is a shelter (see _SHELTERS)
    "sleeping in": None, "sleeping at": None, "slept in": None, "staying in": None,
    "staying at": None, "stayed in": None, "staying with": None, "stayed with": None,
    "spent the night in": None, "spent the night at": None, "spending the night in": None,
    **{f"{verb} {night} night in": None for verb in ("spent", "spending")
       for night in ("last", "another", "a second", "a third", "a cold", *WEEKDAYS)},
    "sheltering with": None, "shelter in": None,
    # moved somewhere: displaced only when it is a shelter ("moved to 28 evacuation centres")
    "crammed into": None, "packed into": None, "crowded into": None,
    # arrivals: displaced when they arrive at a camp ("arriving at the camp every day")
    "arriving at": None, "arriving in": None, "arrived at": None, "arrived in": None,
    "arrive at": None, "arrive in": None,
    "put up in": "displaced", "put up at": "displaced", "housed in": None, "housed at": None,
    "placed in": None, "being housed in": None,
    "moved to": None, "moved into": None, "transferred to": None, "bused to": None,
    "shifted to": None,
    "ferried to": None, "brought to": None,
    # still in the hands of their kidnappers ("The remaining five are still with the kidnappers")
    **{f"with {whose} {holders}": "hostages" for whose in ("the", "their")
       for holders in ("kidnappers", "captors", "abductors")},
}
_TRAPPED_IN_PLACE = regex.compile(
    r"\s+(?:in|inside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:city|town|enclave|area|"
    r"region|strip|zone|pocket|district|villages?|neighbou?rhoods?)\b|\s+(?:in|inside)\s+(?:the\s+)?"
    r"(?:besieged\s+)?\p{Lu}"
)
_SHELTERS = regex.compile(
    r"\s*(?:[\w,\-'’]+\s+){0,3}(?:shelters?|camps?|tents?|displacement|evacuation|relief|"
    r"centres|centers|schools|bases?|compounds?|the\s+open|gyms?|gymnasiums?|stadiums?|"
    r"churches|mosques|"
    r"relatives|host\s+families|friends|hotels?|motels?|guesthouses|hostels|church\s+halls|"
    r"community\s+(?:halls|centres|centers)|accommodation|housing|safety|higher\s+ground|"
    r"safer\s+(?:places|areas|ground|locations)|(?:metro|subway|underground)\s+stations)\b",
    regex.IGNORECASE,
)
_PRISONS = regex.compile(
    r"\s*(?:[\w,\-]+\s+){0,2}(?:prisons?|jails?|cells|detention\s+(?:centres|centers|camps|"
    r"facilities)|penitentiar(?:y|ies)|custody|detention)\b", regex.IGNORECASE)
#: Verbs of freeing: their category depends on who is freed (see release_category).
_RELEASE = ("freed", "released", "rescued", "free", "release", "freeing", "releasing", "rescuing")
#: Verbs of handing people back: prisoners in an exchange are detainees (see _SWAP_CONTEXT).
_RETURNED = ("returned", "repatriated", "swapped", "exchanged", "handed over")
_PASSIVE_WORDS = frozenset(("been", "were", "was", "being", "be"))
_AUX = (
    r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|being|be|will\s+be|would\s+be|"
    r"(?:may|might|could|would|must|will|should)(?:\s+still|\s+all)?\s+have|"
    r"(?:have|has|had)(?:\s+(?:already|also|now|reportedly|since|so\s+far|all|officially))+"
    r"\s+been|(?:may|might|could|would|must|will|should)(?:\s+still|\s+all)?\s+(?:be|have\s+been)|"
    r"to\s+be|to\s+have\s+been|get|got|reportedly|allegedly|also|now|so\s+far|already|later|"
    r"all|confirmed|found(?=\s+\p{L}+\s+(?:dead|to\s+death)\b)|believed|feared|thought|"
    r"said\s+to\s+be|known\s+to\s+be|likely|still|"
    r"remain|remained|remains|continue|continues|continued|officially|presumed|then|initially|"
    r"subsequently|eventually|"
    r"ultimately|either|both|to|were\s+still|more|others|other|people|seriously|critically|"
    r"severely|badly|slightly|lightly|gravely|moderately|"
    r"(?!(?:family|assembly|rally|ally|supply|only|fatally|mortally)\b)\p{Ll}{3,}ly|"
    r"(?:listed|reported|registered|classified|recorded|counted)\s+as|reported|"
    r"(?:believed|feared|thought|said|known|reported|presumed)\s+to\s+have(?:\s+been)?|"
    r"(?:were|was|had\s+been|have\s+been|are)\s+(?:ordered|forced|told|urged|asked)\s+to|"
    r"as|who|that|which|in\s+total|in\s+all|overall|each|a\s+day|a\s+week|each\s+day|"
    r"every\s+day|per\s+day|daily|(?:were|was|are|had\s+been|have\s+been)\s+told\s+to)"
)
#: One noun of a list that shares the figure's predicate ("121 fighters, guards and civilians
#: were killed"): up to three words, none of them a verb that would be the predicate, a word that
#: starts a clause or a number.
_VERB_NOT = (r"(?!(?:were|was|are|is|have|has|had|and|or|died|drowned|perished|went|that|"
             r"which|who|whom|where|when|while|after|before|as|because|if|then|but|said|says|"
             r"one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
             r"\b(?!-))")
_ITEM = rf"(?:{_VERB_NOT}[\p{{L}}'’\-]+\s+){{0,2}}{_VERB_NOT}[\p{{L}}'’\-]+"
#: Every word that can follow a figure's noun phrase as its predicate.
_TRIGGERS = _alt(list(_TRIGGER_CATEGORY) + list(NEUTRAL_VERBS) + list(_AFTER_ONLY)
                 + ["taken", "held", "left", *_RELEASE, *_RETURNED])
_AFTER = regex.compile(
    rf"""[”"’']?\s*(?:,\s*[^,.;]{{1,60}}?,\s*|
       \s(?:on|in|at|near|inside|aboard)\s[^,.;\d]{{1,40}}?,\s*(?:\d|one|two|three|four|five|
       six|seven|eight|nine|ten|most|many|some|all|among|including|mostly|mainly)\b[^,.;]{{0,60}}?,\s*|
       ,\s*(?:including|among\s+them|mostly|many\s+of\s+them|most\s+of\s+them)
       (?:[^.;]|(?<=\b\p{{Lu}})\.){{1,120}}?,\s*
       (?:(?:and|or)\s+{_ITEM}\s+(?=(?:were|was|are|is|have|had)\b))?|
       \s+(?:under|over|below|above|aged)\s+(?:the\s+age\s+of\s+)?(?:\d+|one|two|three|four|five|six|
       seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)
       (?:\s+years?(?:\s+old)?)?\s+|
       (?:,\s*{_ITEM})*,?\s+(?:and|or)\s+{_ITEM}\s+(?=(?:were|was|are|is|have|had|died|drowned|perished|went|may|might|could|remain|
       remained|killed|massacred|slain|slaughtered|executed|wounded|injured|hurt|missing|
       kidnapped|abducted|arrested|detained)\b(?!\s+(?:the|a|an|his|her|their|its|more|some|
       about|over|nearly|\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|
       hundreds|thousands|several|many)\b))|\s[–—-]\s[^–—]{{1,80}}?\s[–—-]\s*|
       \s(?:on|in|at|from|near|inside|across|aboard|throughout|along|of)\s(?:[^,.;\d\s]|(?<=[\p{{Lu}}\-]\s?)\d[\d\-]*|\s(?!(?:and|which|who|whom|where|when|that|after|before|while|as|because|
       since|until)\b)){{1,60}}?\s+|
       \s*\([^()]{{1,160}}\)\s*|
       \s*[–—]\s*(?=(?:were|was|are|is|have|has|had)\b)|
       ,\s*(?=(?:were|was|are|is|have|has|had|remain|remained)\b))?(?:{_AUX}\s+)*(?P<bare>(?:have|has|had)\s+)?
    (?:(?:already|also|now|just|reportedly|allegedly|apparently|since|all|officially)\s+)*
    [“"‘']?(?P<trig>{_TRIGGERS})
    \b(?P<rest>[^,.;]{{0,24}})""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Words that start a new clause: a verb after them is not the counted noun's.
_CLAUSE_BREAK = (r"after|when|while|because|before|since|but|said|says|say|told|as|if|where|"
                 r"until|whereas|than|then|amid|despite|though|although|so|"
                 r"(?:in|of|during|at|by|from)\s+which|two|three|four|five|six|seven|eight|nine|"
                 r"ten|dozens|hundreds|thousands")
_LATE_REACH = 200
_LATE_AFTER = regex.compile(
    rf"""[”"’']?\s*,?\s*(?=(?:who|that|which|whose|aged|accused|suspected|from|in|at|on|near|of|with|
        aboard|inside|and|sent|held|taken|brought|flown|caught|seen|hit|struck|\p{{L}}+ing|\p{{L}}+ed)\b)
    (?:aged\s+(?:between\s+)?\d+(?:\s*(?:and|to|-|–)\s*\d+)?|\b(?:19|20)\d\d\b
      |\b\d+(?:\.\d+)?-\p{{L}}+\b|[^\d.;:!?\n"“”()\[\]\s]|\s(?!(?:{_CLAUSE_BREAK})\b))*?
    \s(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remained|remains|went)\s+
    (?:{_AUX}\s+)*(?P<bare>)(?P<trig>{_TRIGGERS})\b(?P<rest>[^,.;]{{0,24}})""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: The main verb _LATE_AFTER needs (keep the two lists alike): a fast search before the slow match.
_LATE_VERB = regex.compile(
    r"\s(?:were|was|are|is|ha(?:ve|s|d)\s+been|remain(?:ed|s)?|went)\s", regex.IGNORECASE)
#: An object right after a past-tense verb: the verb is active ("seized the school").
_ACTIVE_OBJECT = regex.compile(
    r"\s+(?:the|a|an|their|its|his|her|dozens|hundreds|scores|thousands|more\s+than|at\s+least|"
    r"\d|(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec|In|At|On|During|By)\b)\p{Lu}\p{Ll}+))\b(?!(?:\s+\w+)?\s+(?:day|days|night|nights|week|weeks|month|months|year|years|"
    r"morning|evening|afternoon|weekend|time|before|earlier|ago)\b)", regex.IGNORECASE)
_HELD_DETAINED = regex.compile(
    r"\s*(?:in|at)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:custody|detention|prison|jail|facility|"
    r"centre|center|cells?|camp)"
)
_HELD_BY_POLICE = regex.compile(r"\s*by\s+(?:the\s+)?(?:police|authorities|security\s+forces)")
_KIDNAP_CONTEXT = regex.compile(
    r"\b(?:kidnap|abduct|hostage|captiv|captor|seiz|ransom|pirat|hijack|bandits|jihadist)"
    r"|\b(?:they|rebels|gunmen|militants|insurgents)\s+(?:had\s+|have\s+)?(?:held|been\s+holding)\b",
    regex.IGNORECASE)
_SWAP_CONTEXT = regex.compile(
    r"\b(?:prisoners?\s+of\s+war|POWs?\b|prisoner\s+(?:swap|exchange)|(?:swap|exchange)\s+of\s+"
    r"(?:prisoners|detainees|captives)|(?:swapped|exchanged|swapping|exchanging)\s+(?:\w+\s+)?"
    r"(?:prisoners|detainees|captives)|in\s+exchange\b|prison\s+service|political\s+prisoners|"
    r"wrongfully\s+detained|in\s+(?:the|a|this|that)\s+(?:exchange|swap)\b(?!\s+of\s+fire))",
    regex.IGNORECASE)
_HOSTAGE_NP = regex.compile(  # the figure, up to three words, then a hostage noun
    r"\s*(?:\S+(?:\s+(?!and\b|or\b)[\w'’\-]+){0,3}?\s+)?(?:hostages?|captives?|abductees?)\b",
    regex.IGNORECASE,
)
_PRISON_NP = regex.compile(  # the figure, up to three words, then a prisoner noun
    r"\s*(?:\S+(?:\s+(?!and\b|or\b)[\w'’\-]+){0,3}?\s+)?(?:prisoners?|detainees?|inmates?|convicts?)\b",
    regex.IGNORECASE,
)


#: Coming back from captivity, or still in it: said of people exchanged as prisoners.
_BACK_FROM_CAPTIVITY = regex.compile(
    r"\b(?:(?:returning|returned|return|brought|bringing|coming|came|sent)\s+(?:back\s+)?home|"
    r"freed|released|exchanged|swapped|handed\s+over|repatriated|captivity|in\s+the\s+"
    r"(?:swap|exchange))\b", regex.IGNORECASE)


def exchanged_prisoners(text: str, start: int, end: int, floor: int, ceiling: int) -> bool:
    """Whether the people counted at ``text[start:end]`` are prisoners in an exchange: a
    prisoner swap is the story (within 300 characters before, ``floor`` on) and the figure's
    clause has them coming home, freed or still in captivity ("230 Ukrainians and 248
    Russians returning home", "more than 2,800 have been brought home")."""
    return bool(_BACK_FROM_CAPTIVITY.search(text, max(floor, start - 60), min(ceiling, end + 120))
                and _SWAP_CONTEXT.search(text, max(floor, start - 300), ceiling))


_PRISON_PLACE = regex.compile(
    r"\b(?:prisons?|jails?|penitentiar(?:y|ies)|prisoners|inmates|cell\s+blocks?|detention\s+"
    r"(?:centres?|centers?|facilit(?:y|ies)))\b[^.;]{0,100}$", regex.IGNORECASE)


def release_category(text: str, start: int, verb: str = "freed") -> str | None:
    """'freed 12 of the women', '25 crew members were released': captives freed from a
    kidnapping are hostages, prisoners released are detainees; people rescued from anything
    else are counted as 'other' (not by what they are: "83 migrants were rescued")."""
    if _HOSTAGE_NP.match(text, start, start + 60):
        return "hostages"
    if _PRISON_NP.match(text, start, start + 60) or \
            _SWAP_CONTEXT.search(text, max(0, start - 300), start + 150):
        return "detained"  # prisoners released, or freed in a prisoner swap
    if verb in _HOLDING and _PRISON_PLACE.search(text, max(0, start - 120), start):
        return "detained"  # "the complex, built for 454 prisoners, was holding 1,224"
    if _RELEASED_AS_SUSPECTS.search(text, start, start + 150):
        return "detained"  # "were released after questioning", "freed on bail"
    if _KIDNAP_CONTEXT.search(text, max(0, start - 300), start + 150):
        return "hostages"
    if verb.startswith("rescu"):
        return "other"
    if verb in _HOLDING and _ARMED_HOLDER.search(text, max(0, start - 120), start):
        return "hostages"  # "Gunmen holding an archaeologist and three local researchers"
    if _STATE_HOLDER.search(text, max(0, start - 80), start) or \
            _RELEASED_BY_STATE.search(text, max(0, start - 80), start):
        return "detained"  # "Venezuela released 10 Americans", "Of those released by Israel"
    return None


#: Released as suspects are: after questioning, on bail, without charge, from custody.
_RELEASED_AS_SUSPECTS = regex.compile(
    r"\b(?:released|freed|let\s+go)\s+(?:\p{L}+\s+){0,2}?(?:(?:after|following)\s+"
    r"(?:questioning|interrogation)|on\s+bail|without\s+(?:charge|being\s+charged)|"
    r"from\s+(?:police\s+)?custody)\b", regex.IGNORECASE)
#: An armed group that holds people: they are its hostages.
#: Armed men who take captives, and armed groups by name (case-sensitive), as alternations
#: for patterns here and in ``captives``.
ARMED_MEN = (r"gunmen|rebels?|guerrillas?|militants?|insurgents?|militias?|jihadists?|"
             r"kidnappers?|abductors?|pirates?|bandits?")
ARMED_GROUP_NAMES = (r"Liberation\s+(?:Army|Front)|ELN|FARC|Abu\s+Sayyaf|Boko\s+Haram|"
                     r"al-Shabaab|Hamas|Hezbollah|Taliban")
_ARMED_HOLDER = regex.compile(
    rf"\b(?:{ARMED_MEN}|captors?|gangs?|(?-i:{ARMED_GROUP_NAMES}))\b", regex.IGNORECASE)
#: A state or its forces as the one that frees or holds people: they are detainees.
_STATE = r"(?-i:\p{Lu}\p{Ll}+)|police|authorities|government|regime|junta|courts?"
_STATE_HOLDER = regex.compile(
    rf"\b(?:{_STATE}|prison\s+service)\s+"
    r"(?:(?:has|have|had|also|later|then|still|is|was|were|are|on\s+\p{L}+day)\s+)*"
    r"(?:freed|released|pardoned|repatriated|handed\s+over|returned|holds|held|holding|"
    r"been\s+holding)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|around)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)
_RELEASED_BY_STATE = regex.compile(
    rf"\b(?:freed|released|pardoned|held)\s+by\s+(?:the\s+)?(?:{_STATE})\b[^.;]{{0,20}}$",
    regex.IGNORECASE | regex.REVERSE)
_HOLDING = ("holds", "held", "holding")
_CROWD_NOUNS = frozenset("""protesters demonstrators marchers participants attendees
    spectators visitors pilgrims worshippers voters supporters""".split())
#: Verbs that count the people after them only: "searching for 113 people" are missing, but
#: "five survivors ... were searching for" are not.
_BEFORE_ONLY = {"searching for": "missing", "search for": "missing", "looking for": "missing",
                "search continues for": "missing", "search continued for": "missing",
                "searched for": "missing", "hunt for": "missing", "hunting for": "missing",
                "whereabouts of": "missing", "fears for": "missing", "fear for": "missing",
                "feared for": "missing"}
_TRANSITIVE = frozenset(
    """killed wounded injured kidnapped abducted arrested detained displaced evacuated
    seized deployed sent fired launched held taken rescued""".split()
)
# Between a trigger word and the figure: only filler words ("death toll rose to at least").
_FILLER = frozenset(
    """to at of by from rose risen rising reached reaching stood stands standing climbed climbing
    jumped increased increasing grew hit hits now has had have is was were are some another
    further additional the lives least more than nearly over about around as many an estimated
    a total combined so far already all only just almost reportedly officially confirmed up
    toll number figure count tally official overall latest new death tolls numbers people
    stand stood is be been reached climbing soared surged including killing wounding
    injuring leaving left brought bringing bring raising raised putting put orders order
    issued for first remaining last""".split()
)
_POPULATION_BEFORE = regex.compile(
    r"(?:home\s+to|population\s+of|populated\s+by|\b(?:community|population|diaspora|minority)\s+"
    r"(?:numbers|numbered|totals|is\s+estimated\s+at)|\b(?:city|country|nation|territory|enclave|"
    r"strip|state|region|island|province|town|capital|area|district|metropolis|village|camp|"
    r"archipelago|republic|kingdom|county|municipality|community|settlement|suburb)\s+of)\s*(?:some\s+|about\s+|around\s+|"
    r"nearly\s+|more\s+than\s+|over\s+|roughly\s+|almost\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_LOCATION = regex.compile(
    r"\b(?:in|across|inside|throughout|near|from|at|on)\s+((?:the\s+)?(?:(?:northern|southern|"
    r"eastern|western|central|north|south|east|west|occupied|north-western|south-eastern|"
    r"north-eastern|south-western)\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’\-]*)*)"
)
_NOT_PLACE = regex.compile(
    r"(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Telegram|X|Facebook|Twitter|Instagram|TikTok)\b"
)
_POSSESSIVE_PLACE = regex.compile(r"(\p{Lu}[\p{L}\-]+)['’]s\s+(?:[\w ]{0,20})$", regex.REVERSE)


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
    late_after: str | None = None  # category from a main verb after a modifier clause


_CLOSING_QUOTES = frozenset("'’”\"")
_OPENING_QUOTES = frozenset("'‘“\"")


def read_noun_phrase(text: str, pos: int, limit: int) -> Context:
    """Read the counted noun phrase starting at ``pos`` and the predicate after it."""
    if text[pos:pos + 1] in _CLOSING_QUOTES and text[pos + 1:pos + 2].isspace():
        pos += 1  # "'more than 35' trucks": the quote closes around the figure only
    window = text[pos:min(limit, pos + 90)]
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(window)]
    if tokens and tokens[0][0] in _OPENING_QUOTES:
        tokens = _unquoted(tokens)  # 700 "criminals" had been arrested
    first_two = f"{tokens[0][0]} {tokens[1][0]}".lower() if len(tokens) > 1 else ""
    first = tokens[0][0].lower().rstrip("'’") if tokens else ""
    unit = bool(tokens) and (first in _UNITS or first_two in _UNITS)  # "20 years' jail"
    i, end, pronoun = _skip_partitive(tokens)
    if window.startswith(("-strong", "-member")):  # "a 2,500-strong force"
        i = 2
    while i < len(tokens) and (tokens[i][0].lower() in _NP_SKIP or (
            tokens[i][0].lower() == "other" and i + 1 < len(tokens)
            and tokens[i + 1][0][0].isalpha() and tokens[i + 1][0].lower() not in _NP_STOP)):
        i += 1  # "12 more people", "two other miners"
    words, i, end = _head_words(tokens, i, end)
    words, end = _extend_coordination(tokens, i, words, end)
    words, end = _extend_container(tokens, i, words, end)
    while words and words[-1].lower() in ("s", "-"):
        words.pop()
    own_after, neutral_after = _predicate(text, pos, pos + end, limit)
    late_after = None
    if words and not (own_after or unit):  # "541 fighters sent by Turkey ... were killed"
        late_after = late_predicate(text, pos, pos + end, limit)
    category = _lookup_noun(words)
    if words and window.startswith("-strong") and words[-1].lower() in _FORCE_GROUPS:
        category = "troops"  # "the 3,069-strong brigade", "a 3,700-strong EUFOR mission"
    return Context(" ".join(words) if words else None, category, pronoun, own_after,
                   neutral_after, pos + end, unit, late_after)


#: Groups whose strength "a 2,500-strong ..." gives: armed forces and their units.
_FORCE_GROUPS = frozenset("""force forces brigade battalion contingent mission regiment division
    corps garrison unit detachment company militia army police squadron platoon navy
    deployment""".split())


Token = tuple[str, int, int]


def _unquoted(tokens: list[Token]) -> list[Token]:
    """Tokens without the quotation marks around a noun of one to three words right after a
    figure ('700 "criminals" had been arrested'); unchanged when no such quote closes."""
    for j in range(2, min(5, len(tokens))):
        if tokens[j][0] in _CLOSING_QUOTES:
            inner = tokens[1:j]
            if all(t[0][0].isalpha() for t in inner):
                last, start, _ = inner[-1]  # the phrase ends after the closing quote
                return [*inner[:-1], (last, start, tokens[j][2]), *tokens[j + 1:]]
            break
    return tokens


def _skip_partitive(tokens: list[Token]) -> tuple[int, int, bool]:
    """Skip "of the", "of its", "of them" after a figure: (next index, end, pronoun?)."""
    i = end = 0
    pronoun = False
    if tokens and tokens[0][0].lower() == "of":
        i = 1
        while i < len(tokens) and tokens[i][0].lower() in _DETERMINERS | {"whom", "them"}:
            pronoun = pronoun or tokens[i][0].lower() in _PRONOUN_NP
            end = tokens[i][2]
            i += 1
        if i < len(tokens) and _POSSESSIVE_WORD.match(tokens[i][0]):
            i += 1
    return i, end, pronoun


#: Words after which a recording participle is a verb: "the 11,500 recorded in 2005".
_AFTER_PARTICIPLE = frozenset(
    "by in on at since during last this so as for from over until between".split())
#: Participles in -ing that modify the counted noun ("its 20 remaining crew").
_ING_MODIFIERS = frozenset("remaining surviving visiting serving striking protesting".split())
_RECORDING_PARTICIPLES = frozenset(
    "tallied recorded reported confirmed counted documented registered verified listed".split())


_AUX_WORDS = frozenset("were was are is had have has".split())


def _participle_of_people(tokens: list[Token], i: int, words: list[str]) -> bool:
    """'about 400 mobilised soldiers had been killed': a participle before people and their
    verb modifies them."""
    return not words and tokens[i][0].lower().endswith("ed") and i + 2 < len(tokens) and \
        tokens[i + 1][0].lower() in _PEOPLE and tokens[i + 2][0].lower() in _AUX_WORDS


_ADVERBS_OF_PLACE = frozenset(("home", "abroad", "overseas", "back", "away", "ashore",
                               "aboard", "inside", "outside", "downstream", "upstream", "out"))


def _head_words(tokens: list[Token], i: int, end: int) -> tuple[list[str], int, int]:
    """The adjectives and nouns after a figure, up to the head noun ("US troops")."""
    words: list[str] = []
    while i < len(tokens) and len(words) < 5:
        tok, _, tok_end = tokens[i]
        low = tok.lower()
        next_is_noun = i + 1 < len(tokens) and _is_noun(tokens[i + 1][0])
        compound = i + 1 < len(tokens) and f"{low} {tokens[i + 1][0].lower()}" in _NOUN_CATEGORY
        if compound:  # "evacuation centres", "relief camps": a noun, not the trigger
            words.append(tok)
            i += 1
            tail = tokens[i][0].lower()
            if tail in _TRIGGER_CATEGORY or tail in _NP_STOP:  # "mosquito nets": the head
                words.append(tokens[i][0])
                end = tokens[i][2]
                i += 1
            continue
        if not words and low in _RECORDING_PARTICIPLES and (
                i + 1 == len(tokens) or tokens[i + 1][0].lower() in _AFTER_PARTICIPLE
                or not tokens[i + 1][0][0].isalpha()):
            break  # "with 42 tallied by the sheriff's office", "the 11,500 recorded in 2005":
            # a verb, not the noun; but "12 reported deaths"
        if _acronym_then_noun(tokens, i):
            i += 3  # "Central Reserve Police Force (CRPF) personnel": skip the acronym
            continue
        if not tok[0].isalpha() or low in _NP_STOP or (
            low in _TRIGGER_CATEGORY and words and not _is_noun(tok)
        ) or (words and low in _ADVERBS_OF_PLACE):
            break  # "sent 300 wounded soldiers home": "home" says where, not what
        if low in _TRIGGER_CATEGORY and not _is_noun(tok) and not (
            low.endswith("ed") and next_is_noun  # "collapsed buildings"
        ):
            break
        if (low in NEUTRAL_VERBS and not _participle_of_people(tokens, i, words)) or (
                low.endswith("ing") and low not in _PEOPLE
                                    and low not in _ING_MODIFIERS
                                    and not _hyphened_modifier(tokens, i)):
            break  # not "fixed-wing drones", "left-wing activists"
        if words and low.endswith("ed") and low not in _NOUN_CATEGORY and (
                not next_is_noun or (words[-1].lower().endswith("s") and words[-1].isalpha()
                                     and not words[-1].isupper())):
            break  # "two countries exchanged prisoners": a plural noun, then its verb
        words.append(tok)
        end = tok_end
        i += 1
        if (low in _PEOPLE or low in _NOUN_CATEGORY or _DEMONYM.match(tok)) and not (
            i < len(tokens) and (_is_noun(tokens[i][0]) or _compound_tail(tokens[i][0])
                                 or _acronym_then_noun(tokens, i)
                                 or _hyphened_modifier(tokens, i)
                                 or _head_two_ahead(tokens, i))
        ):
            break  # the head noun
    return words, i, end


def _head_two_ahead(tokens: list[Token], i: int) -> bool:
    """'civilian (construction workers)': a modifier, a noun, then the counted people."""
    if i + 1 >= len(tokens) or not tokens[i][0].isalpha() or not tokens[i][0].islower():
        return False
    here, mid = tokens[i - 1][0].lower(), tokens[i][0]
    if here.endswith("s") or here in ("people", "men", "women", "children") or \
            mid.endswith(("ed", "ing")) or mid in _TRIGGER_CATEGORY or mid in NEUTRAL_VERBS:
        return False  # "people blocked roads": a verb, not a modifier
    nxt = tokens[i + 1][0].lower()
    return tokens[i][0].lower() not in _NP_STOP and (nxt in _PEOPLE or nxt in _NOUN_CATEGORY) \
        and nxt.endswith("s")


def _hyphened_modifier(tokens: list[Token], i: int) -> bool:
    """'fixed-wing (drones)', 'German-made (tanks)': a hyphened modifier, then a noun."""
    return "-" in tokens[i][0].strip("-") and i + 1 < len(tokens) and _is_noun(tokens[i + 1][0])


def _acronym_then_noun(tokens: list[Token], i: int) -> bool:
    """'(CRPF) personnel': an acronym in brackets inside the noun phrase, then its noun."""
    return i + 3 < len(tokens) and tokens[i][0] == "(" and tokens[i + 2][0] == ")" and \
        tokens[i + 1][0].isupper() and len(tokens[i + 1][0]) > 1 and _is_noun(tokens[i + 3][0])


def _compound_tail(word: str) -> bool:
    """'vehicles' in "police vehicles": a plural noun that makes the word before a modifier."""
    low = word.lower()
    return (word.islower() and len(low) > 3 and low.endswith("s") and not low.endswith("ss")
            and low not in _NP_STOP and low not in _TRIGGER_CATEGORY and low not in _UNITS
            and low not in NEUTRAL_VERBS)


#: Plurals without "-s" ("60 women and girls" is one group, like "60 boys and girls").
_IRREGULAR_PLURALS = frozenset(("women", "men", "children", "people", "policemen",
                                "servicemen", "gunmen", "fishermen", "tribesmen"))


def _extend_coordination(tokens: list[Token], i: int, words: list[str], end: int,
                         ) -> tuple[list[str], int]:
    """'missionaries and (their) family members', 'ballistic and cruise missiles': one
    counted group."""
    if not (words and i + 1 < len(tokens) and tokens[i][0].lower() == "and"):
        return words, end
    last = words[-1].lower()
    if not last.endswith("s") and last not in _IRREGULAR_PLURALS:
        if last in _PEOPLE or last in _NOUN_CATEGORY or _is_noun(words[-1]):
            return words, end  # "9 women and wounded 31 men": a noun, then another clause
        k = i + 1  # a modifier: "ballistic and cruise missiles"
        while k < len(tokens) and k <= i + 3 and tokens[k][0][0].isalpha() and \
                tokens[k][0].lower() not in _NP_STOP and tokens[k][0].lower() not in NUMBER_WORDS:
            if tokens[k][0].lower() in _NOUN_CATEGORY and \
                    tokens[k][0].lower() not in _TRIGGER_CATEGORY:
                return [*words, "and", *(t[0] for t in tokens[i + 1:k + 1])], tokens[k][2]
            k += 1
        return words, end
    k = i + 1
    if tokens[k][0].lower() in ("their", "the", "its", "his", "her"):
        k += 1
    extra: list[str] = []
    while k < len(tokens) and len(extra) < 3 and tokens[k][0][0].isalpha() and \
            tokens[k][0].lower() not in _NP_STOP and tokens[k][0].lower() not in NUMBER_WORDS:
        extra.append(tokens[k][0])
        k += 1
        if tokens[k - 1][0].lower() in _PEOPLE:
            while k < len(tokens) and tokens[k][0].lower() in _PEOPLE:
                extra.append(tokens[k][0])  # "pilots and crew members"
                k += 1
            return [*words, "and", *extra], tokens[k - 1][2]
    if extra and extra[-1].lower() in _NOUN_CATEGORY and \
            _NOUN_CATEGORY[extra[-1].lower()] == _NOUN_CATEGORY.get(words[-1].lower()):
        return [*words, "and", *extra], tokens[k - 1][2]  # "soldiers and mobile policemen"
    return words, end


def _extend_container(tokens: list[Token], i: int, words: list[str], end: int,
                      ) -> tuple[list[str], int]:
    """'231 members of the security forces': the group is named after "of"."""
    if not (words and words[-1].lower() in _CONTAINERS and i < len(tokens)
            and tokens[i][0].lower() == "of"):
        return words, end
    k = i + 1
    extra = ["of"]
    while k < len(tokens) and len(extra) < 5 and (
            tokens[k][0][0].isalpha() or _ORDINAL.fullmatch(tokens[k][0])) and \
            tokens[k][0].lower() not in _NP_STOP - {"the", "its", "their", "a", "an"}:
        low = tokens[k][0].lower()
        if len(extra) > 1 and (low in NEUTRAL_VERBS or (
                low in _TRIGGER_CATEGORY and not _is_noun(tokens[k][0]))):
            break  # "members of a Mormon family killed in Sonora": the verb ends the group
        extra.append(tokens[k][0])
        k += 1
    if len(extra) == 1:
        return words, end
    return [*words, *extra], tokens[k - 1][2]


#: A participle after "of those" and before the clause's own verb ("of those arrested were").
_REDUCED_RELATIVE = regex.compile(
    r"\s+\p{L}+(?:ed|en)(?:\s+(?:in|at|on|by|during|after|from)\s+[^,.;:]{1,30}?)?"
    r"(?=\s+(?:were|was|had\s+been|have\s+been|are|is)\s)", regex.IGNORECASE)


def _predicate(text: str, pos: int, start: int, limit: int) -> tuple[str | None, str | None]:
    """The category the verb after the noun phrase gives ("were killed"), or a neutral verb's."""
    if text[max(0, start - 6):start].lower().endswith("those"):
        reduced = _REDUCED_RELATIVE.match(text, start, min(limit, start + 60))
        later = _AFTER.match(text, reduced.end(), min(limit, reduced.end() + 100)) \
            if reduced else None
        found = _trigger_category(text, pos, later) if later else (None, None)
        if found[0] in ("killed", "injured", "missing", "hostages"):
            return found  # "56 of those recaptured were shot dead": their verb is "shot dead"
    stop = min(limit, start + 80)
    ahead = text[start:stop].lower()  # substring tests first: these verbs are rare
    if "mor" in ahead and _MORGUE.match(text, start, stop):
        return "killed", None  # "14 others had been taken to a hospital mortuary"
    if "and" in ahead and _AND_DIED.match(text, start, stop):
        return "killed", None  # "two adults were also brought there and died"
    among = _AMONG_THE_N.match(text, start, stop) if "among" in ahead else None
    if among:
        return category_of_word(among.group("word")), None  # "were among the 21 people killed"
    after = _AFTER.match(text, start, min(limit, start + 140))
    if after:
        found = _trigger_category(text, pos, after)
        if found != (None, None):
            return found
    tail = _TAIL_CATEGORY.match(text, start, min(limit, start + 80))
    if tail and (tail.group("hurt") or tail.group("hospital") or tail.group("treated")
                 or tail.group("treated_for")):
        return "injured", None  # "suffered injuries", "(took) 350 people to hospital"
    if tail and tail.group("arms"):
        return "troops", None  # "15,000 men under arms"
    if tail:
        word = tail.group("word")
        if word is None:
            return (None if tail.group("number") else "displaced"), None
        toll = "killed" if "toll" in tail.group().lower() else None
        return category_of_word(word) or toll, None
    return None, None


def _trigger_category(text: str, pos: int, after: regex.Match) -> tuple[str | None, str | None]:
    """(category, neutral category) of the trigger verb a predicate match found."""
    trig = " ".join(after.group("trig").lower().split())
    rest = after.group("rest").lower()
    if trig == "lost" or (trig.endswith("ing") and trig not in _ING_PREDICATES):
        return None, None  # "killing 12" belongs to the next figure; "lost power" is no death
    if trig in _AFTER_ONLY:
        if _AFTER_ONLY[trig] is None:  # "sleeping in evacuation centres", "in 3,215 camps"
            where = after.end("trig")
            if _PRISONS.match(text, where, where + 60):
                return "detained", None  # "120,000 suspects crowded into prisons"
            return ("displaced" if _SHELTERS.match(text, where, where + 60) else None), None
        where = after.end("trig")
        camps = trig.startswith(("live", "living")) and _CAMPS.match(text, where, where + 80)
        return ("displaced" if camps else _AFTER_ONLY[trig]), None
    if trig in ("taken", "held"):
        return _taken_or_held(text, pos, rest, trig, after.end("trig")), None
    if trig in ("death", "to death") and "sentenc" in text[max(0, pos - 120):pos].lower():
        return "detained", None  # "sentenced 14 protesters to death"
    if trig in _RELEASE:
        return release_category(text, pos, trig), None
    if trig in _RETURNED:  # "246 Russian soldiers had been returned in the exchange"
        lead = text[after.start():after.start("trig")].lower().split()
        if not _PASSIVE_WORDS.intersection(lead):  # "327,000 Afghans have returned": home
            return _TRIGGER_CATEGORY.get(" ".join([*lead[-1:], trig])), None
        swap = _SWAP_CONTEXT.search(text, max(0, pos - 300), pos + 150)
        return ("detained" if swap else None), None
    if trig == "trapped" and _TRAPPED_IN_PLACE.match(text, after.end("trig")):
        return "population", None  # "330,000 civilians were trapped in the city"
    if trig == "left":
        return ("displaced" if _LEFT_FOR.match(after.group("rest")) else None), None
    if trig in NEUTRAL_VERBS:
        return None, NEUTRAL_VERBS[trig]
    if _TRIGGER_CATEGORY.get(trig) == "injured" and _TO_DEATH_AHEAD.match(text, after.end("trig")):
        return "killed", None  # "were hacked, shot or burned to death"
    if trig == "evacuated" and _LEFT_PLACE.match(rest) and \
            not _FORCE_WORD.search(text, pos, after.start("trig")):
        return "displaced", None  # "2 million people have evacuated south Louisiana"
    if after.group("bare") and trig in _TRANSITIVE:  # "12 gunmen have killed": the agents
        return None, None
    if trig in _TRANSITIVE and not text[after.start():after.start("trig")].strip(" ,\"'”’") and \
            _ACTIVE_OBJECT.match(after.group("rest")):
        return None, None  # "32 militants seized the school": an active verb and its object
    return _TRIGGER_CATEGORY.get(trig), None


#: The place people left, after an active "evacuated" ("have evacuated the coast"), not the
#: people they moved ("evacuated 300 patients").
_LEFT_PLACE = regex.compile(
    r"\s+(?:the\s+|their\s+|its\s+)?(?:(?-i:\p{Lu}[\p{L}\-]*)|north|south|east|west|"
    r"northern|southern|eastern|western|coastal|low-lying|city|town|area|region|island|coast|"
    r"village|homes?)\b(?!\s+(?:residents|people|patients|civilians|families|nationals)\b)",
    regex.IGNORECASE)
_FORCE_WORD = regex.compile(
    r"\b(?:troops|soldiers|police|officers|firefighters|rescuers|crews|volunteers|workers|"
    r"staff|teams|personnel|marines|sailors|pilots|helicopters|ships|boats|buses|aircraft)\b",
    regex.IGNORECASE)


def late_predicate(text: str, pos: int, start: int, limit: int) -> str | None:
    """The category of a main verb that follows a modifier of the counted noun.

    "Six construction workers who were filling potholes are presumed dead", "Nine men
    accused of smuggling were arrested", "50 hotel workers travelling in minibuses are
    missing": the verb after the relative clause or participle phrase. Weaker evidence
    than a verb right after the noun phrase; the modifier may not hold a new clause.
    """
    stop = min(limit, start + _LATE_REACH)
    if not _LATE_VERB.search(text, start, stop):
        return None  # a quick test: most figures have no such verb after them
    late = _LATE_AFTER.match(text, start, stop)
    if not late:
        return None
    category, _neutral = _trigger_category(text, pos, late)
    return category


_TO_DEATH_AHEAD = regex.compile(
    r"(?:,?\s+(?:or\s+|and\s+)?[\p{L}\-]+){0,4}?\s+to\s+death\b", regex.IGNORECASE)
_TAKEN_TO_PRISON = regex.compile(
    r"\s*to\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:prisons?|jails?|detention|police\s+stations?|"
    r"custody)\b", regex.IGNORECASE)


_BY_MEANS = regex.compile(
    r"\s+by\s+(?:\w+\s+)?(?:boats?|bus(?:es)?|road|sea|air|helicopters?|planes?|ferr(?:y|ies)|"
    r"trains?|trucks?|lorr(?:y|ies)|ambulances?|cars?|foot)\b", regex.IGNORECASE)


def _taken_or_held(text: str, pos: int, rest: str, trig: str = "held",
                   after_trig: int = 0) -> str | None:
    """'taken to hospital', 'held in custody', 'held by', 'taken hostage', or kidnapping context;
    else people held (or taken away) where police or protests are the story are detained."""
    if rest.startswith(" part"):
        return None  # "up to 20 militants had taken part"
    if _TO_HOSPITAL.match(rest):
        return "injured"
    if _TO_SHELTER.match(rest):
        return "displaced"  # "taken to hotels", "taken to relief camps"
    if _HELD_DETAINED.match(rest) or _HELD_BY_POLICE.match(rest) or \
            _TAKEN_TO_PRISON.match(text, after_trig, after_trig + 60):
        return "detained"  # "held in custody", "taken to the high-security prison"
    if _BY_MEANS.match(rest):  # "taken by boat to neighbouring islands": moved, not seized
        ahead = text[after_trig:after_trig + 100].lower()
        if "hospital" in ahead:
            return "injured"
        police = _POLICE_CONTEXT.search(text, max(0, pos - 300), after_trig + 100)
        return "detained" if police or "questioning" in ahead else "displaced"
    if _BY.match(rest) or _AGAINST_WILL.match(rest):
        return "hostages"
    if _AS_HOSTAGE.match(rest):
        return "hostages" if "prisoner" not in rest else "detained"
    if _KIDNAP_CONTEXT.search(text, max(0, pos - 300), pos + 150):
        return "hostages"
    if _SWAP_CONTEXT.search(text, max(0, pos - 300), pos + 150):
        return "detained"  # "in exchange for eight Russians held in the West"
    if (trig == "held" or rest.startswith(" away")) and \
            _POLICE_CONTEXT.search(text, max(0, pos - 300), pos + 100):
        return "detained"
    return None


def taken_away_category(text: str, pos: int) -> str | None:
    """People taken away: by kidnappers they are hostages, by police or soldiers detainees."""
    if _KIDNAP_CONTEXT.search(text, max(0, pos - 300), pos + 100) or \
            _ARMED_GROUP.search(text, max(0, pos - 120), pos):
        return "hostages"
    if _POLICE_CONTEXT.search(text, max(0, pos - 300), pos + 100):
        return "detained"
    return None


_ARMED_GROUP = regex.compile(
    r"\b(?:gunmen|armed\s+men|militants|insurgents|rebels|jihadists|fighters|attackers|gang)\b",
    regex.IGNORECASE)


_POLICE_CONTEXT = regex.compile(
    r"\b(?:police|arrest|protest|demonstrat|custody|crackdown|security\s+forces|soldiers|troops|"
    r"authorities|raid|detain|journalists|activists|opposition)",
    regex.IGNORECASE,
)


_ING_PREDICATES = frozenset(
    ("missing", "dying", "fleeing", "living in", "residing in", "leaving", "sheltering",
     "went missing", "gone missing", "remain missing", "taking refuge", "taking shelter",
     "seeking refuge", "seeking shelter")
)
_CAMPS = regex.compile(r"\s*(?:[\w,.\-]+\s+){0,3}(?:shelters|camps|tents|displacement|"
                       r"evacuation\s+cent(?:re|er)s|church\s+halls|hotels|community\s+halls)")
_LEFT_FOR = regex.compile(r"\s*(?:the|their|for|via|through|in|on|homeless|\p{Lu})")
_TO_HOSPITAL = regex.compile(r"\s*to\s+(?:a\s+|the\s+)?hospitals?")
_TO_SHELTER = regex.compile(
    r"\s*to\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+)?(?:shelters?|camps|hotels|evacuation\s+cent|"
    r"safe(?:r)?\s+(?:ground|areas?|places?)|higher\s+ground|temporary\s+(?:accommodation|housing))")
_BY = regex.compile(r"\s*by\b")
_AGAINST_WILL = regex.compile(r"\s*against\s+their\s+will")
_AS_HOSTAGE = regex.compile(r"\s*(?:as\s+)?(?:hostage|captive|prisoner)")


def _is_noun(word: str) -> bool:
    low = word.lower()
    return low in _NOUN_CATEGORY or low in _PEOPLE or (
        low.isalpha() and f"{low}s" in _PEOPLE)  # "One Chinese worker": a singular too


def is_verb(word: str) -> bool:
    """'Kills', 'Abducts', 'Sends': a verb of the lexicon (a headline's capitalised verb)."""
    low = word.lower()
    return low in _TRIGGER_CATEGORY or low in NEUTRAL_VERBS


def is_determiner(word: str) -> bool:
    """'the', 'its', 'those': a word that opens a noun phrase and names nothing itself."""
    return word.lower() in _DETERMINERS


def is_trigger_word(noun: str) -> bool:
    """'injured', 'dead': a participle read as the noun, which names no one to share."""
    return noun.lower() in _PARTICIPLES


_PARTICIPLES = frozenset(
    """injured wounded dead killed hurt missing displaced detained arrested abducted kidnapped
    evacuated rescued deceased""".split()
)


_CASUALTY_ADJECTIVES = {"wounded": "injured", "injured": "injured", "missing": "missing",
                        "displaced": "displaced", "detained": "detained", "kidnapped": "hostages",
                        "abducted": "hostages", "dead": "killed", "captured": "detained",
                        "jailed": "detained", "imprisoned": "detained", "arrested": "detained"}


def category_of_word(word: str) -> str | None:
    """The category a single trigger word or noun implies ('killed', 'wounded', 'hostages')."""
    low = word.lower()
    return _TRIGGER_CATEGORY.get(low) or _NOUN_CATEGORY.get(low)


def category_of_words(words: list[str]) -> str | None:
    """What a run of words counts: a verb names it better than a noun ("the number of
    soldiers killed" counts the killed)."""
    low = [w.lower().strip(",;:'’") for w in words]
    return next((_TRIGGER_CATEGORY[w] for w in low if w in _TRIGGER_CATEGORY), None) or \
        next((_NOUN_CATEGORY[w] for w in low if w in _NOUN_CATEGORY), None)


def casualty_adjective(noun: str | None) -> str | None:
    """'injured residents' -> injured: the category of a casualty adjective before people."""
    if not noun or " " not in noun:
        return None
    words = noun.lower().split()
    return _adjective_of_people(words[0], words[-1])


def _adjective_of_people(first: str, last: str) -> str | None:
    """The category ``first`` gives when it is a casualty adjective and ``last`` counts
    people ("wounded patients", "missing fishermen"); words in lower case."""
    people = last in _PEOPLE or _NOUN_CATEGORY.get(last) == "troops"  # "captured soldiers"
    return _CASUALTY_ADJECTIVES.get(first) if people else None


#: Vehicles of rescue and industry whose last word would otherwise read as aid ("trucks").
_EQUIPMENT = frozenset(("fire trucks", "fire engines", "fire tenders", "tanker trucks",
                        "fuel tanker trucks", "tanker lorries", "fire truck", "fire engine"))


def _lookup_noun(words: list[str]) -> str | None:
    """The category of a noun phrase from its last one to three words."""
    lowered = [w.lower().rstrip("'’") for w in words]
    if len(lowered) > 1 and (found := _adjective_of_people(lowered[0], lowered[-1])):
        return found  # "wounded patients", "missing fishermen"
    for n in (3, 2, 1):
        if len(lowered) >= n:
            key = " ".join(lowered[-n:])
            if key in _EQUIPMENT:
                return None  # "60 fire trucks were mobilized": not aid trucks
            if key in _NOUN_CATEGORY:
                return _NOUN_CATEGORY[key]
    if lowered and "-" in lowered[-1]:  # "war-wounded", "flood-displaced": the last part
        tail = lowered[-1].rsplit("-", 1)[1]
        found = _NOUN_CATEGORY.get(tail) or _CASUALTY_ADJECTIVES.get(tail)
        if found:
            return found
    if "and" in lowered:  # "troops and members of the National Guard": the first noun counts
        return _lookup_noun(words[:lowered.index("and")])
    if "of" in lowered[1:]:  # "personnel of the Army": the container counts
        found = _lookup_noun(words[:lowered.index("of")])
        owner = lowered[lowered.index("of") + 1:]
        if found is None and lowered[0] in ("men", "soldiers", "troops") and \
                _UNIT_NAMES.intersection(owner):
            return "troops"  # "450 men of the 1st Battalion"
        acronym = any(w.isupper() and len(w) > 1 for w in words[len(words) - len(owner):])
        if lowered[0] in _FORCE_PARTS and (
                _FORCES.intersection(owner) or acronym):
            return "troops"  # "Fourteen columns of the Army", "eight companies of the BSF"
        return found
    return None


#: Any qualifier before a figure ("at least", "as many as"), optional, for the patterns below.
_LEADING_QUALIFIER = r"(?:(?:" + _alt(
    [w for words in QUALIFIERS_BEFORE.values() for w in words], reverse=True) + r")\s+)?"
_TOLL = regex.compile(
    r"\b(?:(?P<kind>death|casualty|injury|fatality|civilian)\s+)?tolls?\b"
    r"(?:\([^()\n]{0,60}\)|[^.;:!?\n(]|\.(?=\d)|(?<=\b\p{Lu})\.(?=\p{Lu}\.)|"
    r"(?<=\b(?:Co|Corp|Inc|Ltd|St|Mt|Gov|Gen|Dr|Mr|Mrs|Ms|No|"
    r"U\.S|U\.N|U\.K))\.){0,160}?\b(?:to|at|reached|reaching|reaches|hit|hits|"
    r"past|above|of|is|from|"
    r"was|stood|stands|now|passed|passes|exceeded|exceeds|surpassed|surpasses|topped|tops|over|"
    r"beyond|crossed|including|includes|included|\(including|(?:run|runs|running|be|is|was)\s+"
    r"(?:into|in)\s+the|(?:could|may|might|would|will|is\s+expected\s+to|was\s+expected\s+to)\s+"
    r"(?:reach|rise\s+to|climb\s+to|exceed|top|surpass|pass|be))\s+"
    + _LEADING_QUALIFIER + "$",
    regex.IGNORECASE | regex.REVERSE,
)
#: "the highest toll, 25": the figure set off after the toll.
_TOLL_APPOSED = regex.compile(
    r"\b(?:(?P<kind>death|casualty|injury|fatality|civilian)\s+)?toll(?:\s+[\w\-]+){0,4}?"
    r"\s*[,:—–]\s*"
    + _LEADING_QUALIFIER + "$",
    regex.IGNORECASE | regex.REVERSE)
_THE_DEAD = regex.compile(
    r"\b(?:the\s+(?P<what>dead|deceased|victims|injured|wounded|missing|displaced|detained|"
    r"fatalities|casualties)(?:\s+who\s+(?P<verb>died|drowned|perished))?"
    r"|(?:those|the\s+people)\s+(?:who\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?)?"
    r"(?P<verb>killed|died|injured|hurt|wounded|abducted|kidnapped|taken|seized|held|freed|"
    r"released|arrested|detained|evacuated|displaced|missing|drowned|trapped)"
    r"(?:\s+(?:in|on|at|during|from|by)\s+[^,.;:\d]{1,40}?)?)"
    r"(?:\s*,\s*(?:aged|ranging|all|mostly|most\s+of\s+them)\b[^,.;:]{1,40}?,)?(?:\s*,|\s+"
    r"(?:now\s+|had\s+|has\s+)?(?:numbered|number|numbers|totall?ed|totals?|stood\s+at|stands\s+at|"
    r"reached|rose\s+to|climbed\s+to|is|was|were|are|included|include|includes|comprised|"
    r"comprise|comprises))\s+"
    + _LEADING_QUALIFIER + "$",
    regex.IGNORECASE | regex.REVERSE,
)
_NUMBER_OF = regex.compile(
    r"\b(?:number\s+of|(?:figure|count|tally|total)\s+(?:of|for))\s+(?:the\s+)?(?P<what>(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+"
    r"(?:\([^()\n]{0,60}\)|[^.;:!?\n]|\.(?=\d)){0,200}?\b(?:to|at|reached|reaching|reaches|hit|"
    r"hits|past|above|is|"
    r"was|stood|stands|now|passed|passes|exceeded|exceeds|surpassed|surpasses|topped|tops|over|"
    r"beyond|crossed|from|(?:run|runs|running|be|is|was)\s+(?:into|in)\s+the|"
    r"(?:could|may|might|would|will)(?:\s+well)?\s+(?:be|reach|exceed|top|rise\s+to))\s+"
    + _LEADING_QUALIFIER + "$",
    regex.IGNORECASE | regex.REVERSE,
)
#: "put the number at", "bringing the total to", "estimates ranging between": the figure
#: counts whatever was counted just before.
_SAME_AS_BEFORE = regex.compile(
    r"(?:\b(?:number|figure|total|tally|count|estimates?|toll)\b(?:\s+[\w\-]+){0,8}?\s+"
    r"(?:at|to|of|ranging|ranged|range|between|is|was|stood|stands|(?:could|would|may|might|will)"
    r"(?:\s+(?:probably|possibly|eventually|well|easily|still))?\s+(?:be|reach|exceed|top|"
    r"surpass|pass|rise\s+to|climb\s+to|run\s+into|(?:rise|climb)\s+(?:past|above|beyond))"
    r"|(?:is|was|were)\s+(?:up|down)\s+from)\s+(?:between\s+|close\s+to\s+|in\s+the\s+)?"
    r"|\b(?:counted|recorded|documented|registered|tallied|reported|confirmed|estimated|"
    r"claimed|claims|counts|cite|cites|cited|given|admitted\s+to|acknowledged)\s+"
    r"(?:(?:only|just|as\s+few\s+as)\s+)?"
    r"|\b(?:put|puts|putting|placed|places|placing|estimated|estimates|set|sets|setting)\s+"
    r"(?:it|that|this)\s+(?:figure\s+)?at\s+"
    r"|\b(?:put|puts|putting)\s+(?:them|excess\s+mortality|excess\s+deaths|the\s+dead)\s+"
    r"(?:at\s+)?(?:between\s+)?"
    r"|\b(?:said|says|estimated|estimates)\s+it\s+(?:was|is|had\s+been|numbered)\s+)"
    + _LEADING_QUALIFIER + "$",
    regex.IGNORECASE | regex.REVERSE,
)
_COUNT_NOUN_BEFORE = regex.compile(
    r"\b(?P<noun>deaths|fatalities|arrests|detentions|abductions|kidnappings|evacuations|"
    r"(?<=\b(?:its|their|our|own|military|troop|combat|human|army|battlefield|"
    r"(?-i:\p{Lu}\p{Ll}+(?:an|i|ese|ish)))\s)losses|"
    r"evacuees|cases|infections|hospitalisations|hospitalizations|admissions|injuries)\b"
    r"[^.;:!?\n]{0,80}?\b(?:to|at|reached|reaching|hit|passed|exceeded|topped|surpassed|stood\s+at|"
    r"rose\s+to|climbed\s+to|include|includes|included|including)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|"
    r"some|roughly)\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)


#: "put its forces in the North Caucasus at about 90,000 (men)": a force's strength.
_STRENGTH_BEFORE = regex.compile(
    r"\b(?:troops|forces|force|strength|contingent|garrison|army)\b"
    r"(?:\s+(?![\w\-]*ed\b|(?:fire|aim|put|puts|said|says|number|figure|total|count|"
    r"tally|toll|estimate|estimates)\b)[\w\-'’]+){0,6}?\s+"
    r"(?:at|reached|numbering|numbered|totall?ing|totall?ed|(?:grow|grew|rise|rose|increase|"
    r"increased|swell|swelled|expand|expanded)\s+to)\s+(?:(?:at\s+least|more\s+than|"
    r"over|nearly|almost|about|around|some|roughly|an\s+estimated)\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_POSSESSIVE_WORD = regex.compile(r"\p{Lu}[\p{L}\-]*['’]s$")
_GAP_WORDS = regex.compile(r"[\p{L}'’]+|[^\s\p{L}]")


def toll_before(text: str, start: int, floor: int) -> str | None:
    """'the death toll from the quake has risen to', 'the number of people evacuated exceeds'."""
    lo = max(floor, start - 220)
    window = text[lo:start].lower()
    if "the " in window[-80:] or "those " in window[-60:]:
        m = _THE_DEAD.search(text, max(lo, start - 90), start)
        if m:
            return _the_dead_category(text, start, m)
    toll = (_TOLL.search(text, lo, start) or _TOLL_APPOSED.search(text, lo, start)) \
        if "toll" in window else None
    m = _NUMBER_OF.search(text, lo, start) if any(
        w in window for w in ("number", "figure", "count", "tally", "total")) else None
    if m and not (toll and toll.start() > m.start()):  # the nearer of the two governs
        words = [w.strip(",;:'’") for w in m.group().lower().split()[2:]]
        # a verb names what is counted better than a noun: "the number of migrants who drowned"
        found = "other" if _ANIMALS.intersection(words) else category_of_words(words) or \
            ("other" if _CROWD_NOUNS.intersection(words) else None)  # not "dead elephants"
        if found:
            return found  # "put the number of protesters at 125,000": a crowd, not the toll
    if not toll:
        noun = count_noun_before(text, start, lo)
        if noun:
            return category_of_word(noun) or _COUNT_NOUN_CATEGORY.get(noun.lower(), "other")
        strength = _STRENGTH_BEFORE.search(text, max(lo, start - 100), start) if any(
            w in window[-100:] for w in ("troops", "force", "strength", "contingent", "garrison",
                                         "army")) else None
        return "troops" if strength else None
    return "injured" if (toll.group("kind") or "").lower() == "injury" else "killed"


def _the_dead_category(text: str, start: int, m: regex.Match) -> str | None:
    """'the dead', 'the victims who drowned', 'those taken': what the group named counts."""
    word = (m.group("verb") or m.group("what")).lower()
    if word in ("taken", "held", "freed", "released"):
        return group_release_category(text, start, word)  # "Among those held are"
    return _TRIGGER_CATEGORY.get(word) or _NOUN_CATEGORY.get(word)


def group_release_category(text: str, start: int, word: str) -> str | None:
    """'those freed', 'those held': freed or taken by captors or a state (see
    ``release_category``); people held with no captor in sight are detainees."""
    found = release_category(text, start, word)
    return found or ("detained" if word == "held" else None)


def count_noun_before(text: str, start: int, floor: int) -> str | None:
    """'total hospitalisations to 209,000': the counted noun standing before the figure."""
    lo = max(floor, start - 120)
    window = text[lo:start].lower()
    if not any(noun in window for noun in _COUNT_NOUNS):
        return None
    m = _COUNT_NOUN_BEFORE.search(text, lo, start)
    return m.group("noun") if m else None


#: Count nouns whose category the lexicon does not give: an army's "losses" are its dead.
_COUNT_NOUN_CATEGORY = {"losses": "killed"}
_COUNT_NOUNS = ("deaths", "fatalities", "arrests", "detentions", "abductions", "kidnappings",
                "homicides", "murders", "losses",
                "evacua", "cases", "infections", "hospitali", "admissions", "injuries")


def same_as_before(text: str, start: int, floor: int) -> bool:
    """True for 'put the number at 12', 'bringing the total to some 12,000'."""
    if start > floor and text[start - 1] in _OPENING_QUOTES:
        start -= 1
    window = text[max(floor, start - 80):start].lower()
    if not any(w in window for w in ("number", "figure", "total", "tally", "count", "estimate",
                                     "toll", " it at", " that at", " this at", " it was",
                                     " it is", " it had", " it numbered", "claim", "cite",
                                     "given", "admitted", "acknowledged", " put")):
        return False
    return bool(_SAME_AS_BEFORE.search(text, max(floor, start - 80), start))


_EVENT_CATEGORY = {"killing": "killed", "massacre": "killed", "murder": "killed",
                   "death": "killed", "abduction": "hostages", "kidnapping": "hostages",
                   "arrest": "detained", "detention": "detained"}
#: "the killing in March of some 160 herders": an event noun, when it happened, then "of".
_EVENT_THEN_OF = regex.compile(
    r"\b(?P<event>killings?|massacres?|murders?|deaths|abductions?|kidnappings?|arrests?|"
    r"detentions?)\s+(?:in\s+(?:early\s+|late\s+|mid-)?(?-i:\p{Lu}\p{Ll}+)|last\s+(?:week|month|year)|"
    r"(?:earlier\s+)?this\s+(?:week|month|year)|on\s+\p{L}+day)\s+of\s+"
    r"(?:(?:some|about|around|at\s+least|more\s+than|over|nearly|almost|up\s+to|an\s+estimated)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)


def trigger_before(text: str, start: int, floor: int, sentence_start: int | None = None,
                   ) -> str | None:
    """The category of a trigger word governing the figure from before ("killing at least").

    Tolls ("the toll (including 14 children) stood at") are looked for from the sentence start.
    A quote opening right before the figure is skipped ('the victims numbered "more than 40"').
    """
    if start > floor and text[start - 1] in _OPENING_QUOTES:
        start -= 1
    toll = toll_before(text, start, floor if sentence_start is None else sentence_start)
    if toll:
        return toll
    event = _EVENT_THEN_OF.search(text, max(floor, start - 80), start)
    if event:
        return _EVENT_CATEGORY[event.group("event").lower().rstrip("s")]
    tokens = [t.strip("'’") or t for t in _GAP_WORDS.findall(text, max(floor, start - 80), start)]
    gap = 0
    for i in range(len(tokens) - 1, -1, -1):
        for size in (3, 2, 1):
            if i - size + 1 < 0:
                continue
            phrase = " ".join(tokens[i - size + 1:i + 1]).lower()
            if phrase in _TRIGGER_CATEGORY:
                if "death" in phrase and "sentenc" in text[max(floor, start - 60):start].lower():
                    return "detained"  # "the sentencing to death of more than 500 people"
                return _TRIGGER_CATEGORY[phrase]
            if phrase in _BEFORE_ONLY:
                return _BEFORE_ONLY[phrase]
            if phrase in _RELEASE or phrase in _HOLDING:
                found = release_category(text, start, phrase)
                if found:
                    return found
            if phrase in NEUTRAL_VERBS:
                return "neutral:" + NEUTRAL_VERBS[phrase]
        word = tokens[i]
        gap += 1
        if gap > 7 or (word.lower() not in _FILLER and word not in _QUOTES):
            break
    lo = max(floor, start - 80)
    if "and" in text[lo:start]:  # "detained the president and dozens"; a named object
        for pattern in (_COORDINATED_OBJECT, _NAMED_OBJECT):  # "detained leader X and two"
            m = pattern.search(text, lo, start)
            verb = m.group("verb").lower() if m else ""
            if verb in _TRIGGER_CATEGORY:
                return _TRIGGER_CATEGORY[verb]
            if verb in _HOLDING:  # "Gunmen holding an archaeologist and three researchers"
                found = release_category(text, start, verb)
                if found:
                    return found
                break
    # a list holds no digits, so it may reach past spelled figures to the sentence's start
    return listed_after_verb(text, start, floor if sentence_start is None else sentence_start)


#: The last item of a list of victims after their verb: "the dead included one member of the
#: National Guard, a civilian and six ...", "killing a journalist, two police officers and 11".
_LISTED = regex.compile(
    r"\b(?:(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring|kidnapped|kidnapping|"
    r"abducted|abducting|arrested|arresting|detained|detaining|executed|executing)"
    r"|the\s+(?P<group>dead|victims|injured|wounded|missing|hostages|detainees)\s+"
    r"(?:included|include|includes|were|are|was))\s+"
    r"(?P<list>(?:(?!\b(?:who|whom|which|that|was|were|is|are|said|says|after|when|while|because|"
    r"but|had|has|have|in|on|at|during|as)\b)[^.;:!?()\"“”\d]){3,150}?)(?P<end>,\s*|(?:,\s*|\s+)and\s+)"
    r"(?:(?:at\s+least|more\s+than|about|some|nearly|dozens\s+of|hundreds\s+of)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)


_NOUN_NEXT = regex.compile(r"[^\s,]+\s+(?!(?:of|and|or)\b)\p{L}")


def listed_after_verb(text: str, start: int, floor: int) -> str | None:
    """The category of a list's verb for the list's last item ("the dead included ..., a
    civilian and six suspected cartel gunmen"); the list must hold a comma."""
    lo = max(floor, start - 170)
    if "," not in text[lo:start]:
        return None
    m = _LISTED.search(text, lo, start)
    if not m:
        return None
    middle = m.group("end").strip() == ","  # "arrested the mayor, 30 protesters and two ..."
    if "," not in m.group("list") and not middle:
        return None  # "arrested the station master, and thousands protested": a new clause
    if middle and not _NOUN_NEXT.match(text, start):
        return None  # "the detained president, 83,", "Kabuga, one of the last fugitives"
    if m.group("verb"):
        return _TRIGGER_CATEGORY.get(m.group("verb").lower())
    return _NOUN_CATEGORY.get(m.group("group").lower()) or \
        _TRIGGER_CATEGORY.get(m.group("group").lower())


#: A verb, a named or definite object, then "and" and the figure: the verb governs both.
_COORDINATED_OBJECT = regex.compile(
    r"\b(?P<verb>\p{Ll}+)\s+(?:(?:the|a|an|his|her|their|its)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+"
    r"|(?:(?:the|(?-i:\p{Lu}[\p{L}.'’\-]*))\s+){1,6})(?:,\s*)?and\s+(?:(?:at\s+least|more\s+than|about|some|nearly|dozens\s+of|"
    r"hundreds\s+of)\s+)?$", regex.REVERSE)


#: The same with an object named by a possessive ("the club's administrator") or by a title
#: and a name ("opposition leader Nikol Pashinyan").
_NAMED_OBJECT = regex.compile(
    r"\b(?P<verb>\p{Ll}+)\s+(?:(?:the\s+)?\p{L}[\p{L}\-]*['’]s\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+"
    r"|(?:(?!(?:since|in|on|at|from|during|until|by|to|for|of|with|and|or|but|late|early|last|"
    r"this|next)\b)\p{Ll}+\s+){1,2}(?:\p{Lu}[\p{L}.'’\-]*\s+){1,4})"
    r"(?:,\s*)?and\s+(?:(?:at\s+least|more\s+than|about|some|nearly|dozens\s+of|"
    r"hundreds\s+of)\s+)?$", regex.REVERSE)

_QUOTES = frozenset("“”\"‘’':-–—")


def population_context(text: str, start: int, floor: int, noun: str | None = None) -> bool:
    """True for 'a territory of 2.3 million', 'home to 40,000', and, when the noun counts
    inhabitants, "the country's 4.5 million people"."""
    if _POPULATION_BEFORE.search(text, max(floor, start - 40), start):
        return True
    return bool(noun) and noun.lower() in _INHABITANTS and bool(
        _PLACE_POSSESSIVE.search(text, max(floor, start - 40), start)
        or _WHOLE_OF_BEFORE.search(text, max(floor, start - 40), start))


_INHABITANTS = frozenset(("people", "inhabitants", "residents", "citizens", "souls"))
#: The whole that a share is of: "15,000 of the camp's 31,000 residents had fled", "most of
#: its 50,000 residents".
_WHOLE_OF_BEFORE = regex.compile(
    r"\bof\s+(?:its|their|the\s+[\p{L}\-]+['’]s|\p{Lu}[\p{L}\-]*['’]s)\s+"
    r"(?:(?:pre-?war|roughly|some|about|around|estimated|nearly|almost)\s+)*$",
    regex.IGNORECASE | regex.REVERSE)
_PLACE_POSSESSIVE = regex.compile(
    r"(?:\b(?:city|country|nation|territory|enclave|strip|state|region|island|province|town|"
    r"capital|district|village|county|municipality|republic)|(?-i:\b\p{Lu}\p{Ll}+))['’]s\s+"
    r"(?:entire\s+|whole\s+|"
    r"total\s+)?(?:(?:some|about|around|nearly|more\s+than|over|roughly|almost)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)


def is_people(noun: str | None) -> bool:
    """Whether a noun phrase counts people."""
    if not noun:
        return False
    if " of " in noun:
        head, _, rest = noun.partition(" of ")
        return is_people(head) or is_people(rest)
    word = noun.split()[-1]
    last = word.lower()
    two = " ".join(noun.lower().split()[-2:])
    if _NOUN_CATEGORY.get(two) in _OBJECT_CATEGORIES or (word.islower()
                                                        and last in _PEOPLE_DEMONYMS):
        return False  # "electric poles": things, not Poles
    if last in _PEOPLE or two in _PEOPLE:
        return True  # "suicide bombers", not "bombers"
    if _NOUN_CATEGORY.get(last) in _OBJECT_CATEGORIES or last in _THINGS:
        return False  # "launchers", "containers": things, whatever their ending
    if word[0].isupper():
        return last.endswith(("ians", "ans", "ese", "is", "ites", "ers", "ists"))
    return last.endswith(("ers", "ists", "ians"))


#: Animals (counted, or found dead, they are no casualties); part of ``_THINGS``.
_ANIMALS = frozenset("""animals animal cattle livestock sheep goats cows cow camels horses donkeys
    dogs cats birds fish elephants rhinos lions deer pigs chickens poultry pets whales
    dolphins koalas kangaroos wildlife buffaloes buffalo oxen mules hogs ducks geese turkeys
    monkeys bears wolves sharks seals penguins""".split())
_OBJECT_CATEGORIES = frozenset(("munitions", "aid", "infrastructure"))
#: Counted nouns that are neither people nor in the category lexicon: animals and objects.
_THINGS = _ANIMALS | frozenset(
    """heads trees crops hectares acres
    cars vehicles trucks lorries buses boats ships vessels planes aircraft jets helicopters tanks
    flights trains carriages cases samples tests doses votes seats items tonnes tons barrels
    litres liters gallons kilograms pounds metres meters kilometres kilometers miles feet
    dollars euros points goals runs shots rounds cartridges bullets tweets posts messages calls
    videos photos images pages books files documents emails letters petitions signatures
    businesses shops stores companies firms jobs contracts incidents events attacks strikes
    raids operations accidents crashes fires blazes quakes aftershocks tremors storms floods
    landslides outbreaks meetings talks rallies sessions elections protests demonstrations
    marches vigils ceremonies funerals tickets rooms posts positions bases checkpoints villages
    towns cities territories outposts squares provinces districts regions states countries
    sites locations areas neighbourhoods neighborhoods streets municipalities counties
    containers trailers computers generators boulders tankers""".split()
)


_NATIONALITY = regex.compile(r"\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ino|ina|ic|ch)$")


def is_demonym(noun: str) -> bool:
    """'Ukrainians', 'Russians', 'Filipinos' (nationals counted as people)."""
    return bool(_DEMONYM.match(noun)) or noun.lower() in _PEOPLE_DEMONYMS


_PEOPLE_DEMONYMS = frozenset("filipinos thais britons poles swedes danes finns turks".split())


def nationality_phrase(noun: str) -> bool:
    """'Afghan posts', 'Filipino sailors': a nationality before a common noun, not a name."""
    words = noun.split()
    return len(words) > 1 and words[-1].islower() and bool(_NATIONALITY.match(words[0]))


_AIRCRAFT = frozenset("""aircraft airplanes aeroplanes planes jets jetliners airliners helicopters
    choppers flights sorties""".split())
#: Aircraft that carry people or relief, not arms: a civil modifier or a relief load.
_CIVIL_MODIFIER = regex.compile(
    r"\b(?:chartered|charter|cargo|passenger|relief|commercial|civilian|civil|evacuation|"
    r"transport|mercy|humanitarian|aid|medical|rescue|ambulance|repatriation)\b", regex.IGNORECASE)
_RELIEF_LOAD = regex.compile(
    r"[^.;]{0,40}?\b(?:carrying|dropping|delivering|ferrying|bringing|airdropping|with)\s+"
    r"(?:[\w\-]+\s+){0,4}?(?:food|aid|supplies|medicine|medicines|water|tents|relief|blankets|"
    r"tonnes|tons|evacuees|passengers|refugees)\b", regex.IGNORECASE)


def civil_aircraft(text: str, start: int, np_end: int, noun: str, stop: int) -> bool:
    """'two chartered cargo jets', '14 aircraft landing carrying about 180 tonnes of food',
    '14 sorties dropping food packets': aircraft that carry people or relief, not weapons."""
    if noun.split()[-1].lower() not in _AIRCRAFT:
        return False
    return bool(_CIVIL_MODIFIER.search(text, start, np_end)
                or _RELIEF_LOAD.match(text, np_end, min(stop, np_end + 90)))


def is_thing(noun: str) -> bool:
    """Whether a noun phrase counts animals or objects (not people)."""
    return noun.split()[-1].lower() in _THINGS


def find_location(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
                  ) -> str | None:
    """A place stated near the figure: 'in Gaza', 'in southern Israel', "Gaza's"."""
    after = _LOCATION.search(text, end, min(sentence_end, end + 80))
    if after and not _NOT_PLACE.match(after.group(1)):
        return after.group(1)
    before = _POSSESSIVE_PLACE.search(text, max(sentence_start, start - 30), start)
    if before:
        return before.group(1)
    before = None
    for m in _LOCATION.finditer(text, sentence_start, start):
        before = m
    return before.group(1) if before else None
