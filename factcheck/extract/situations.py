"""Categories read from the situation around a figure rather than from its own verb.

People an authority moved to shelters or under evacuation orders, people who crossed, left
or were carried out of danger, people drafted into an army, people a hospital took in, and
figures that share the verb of the clause before "along with" (or "and 12 other people").
Each check reads only a short window of the text around the figure.
"""

from __future__ import annotations

import regex

from factcheck.extract.lexicon import TRIGGER_CATEGORY

_QUALIFIER_WORDS = (r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|"
                    r"roughly|up\s+to|an\s+estimated|close\s+to|as\s+many\s+as)\s+)?")
#: An active verb of moving people, right before the figure ("authorities moved about 94,000").
_MOVED_BEFORE = regex.compile(
    r"\b(?:moved|moving|moves|shifted|shifting|relocated|relocating|bussed|bused|busing|ferried|"
    r"ferrying|airlifted|airlifting|flown|flew|flying|transferred|transferring|brought|bringing|"
    r"evacuated|evacuating|repatriated|repatriating|shipped|took|taken)"
    r"(?:\s+(?:out|home|back))?\s+"
    + _QUALIFIER_WORDS + "(?:(?:more|another|other)\\s+)?$", regex.IGNORECASE | regex.REVERSE)
#: Where they were moved: a shelter, or out of a place ("to 1,521 shelters", "out of the
#: besieged enclave", "from four villages").
_MOVED_WHERE = regex.compile(
    r"\s*(?:(?:to|into)\s+(?:the\s+|a\s+|\d[\d,]*\s+)?(?:[\w\-]+\s+){0,3}?(?:shelters?|camps?|"
    r"safety|safer\s+(?:places|areas|ground|locations)|higher\s+ground|evacuation\s+"
    r"(?:cent(?:re|er)s|sites|points)|relief\s+camps|tents)\b"
    r"|(?:out\s+of|from)\s+(?:the\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:homes?|villages?|areas?|"
    r"zones?|towns?|enclaves?|city|cities|capital|country|province|state|region|district|coast|"
    r"island|camps?|ports?|harbou?rs?|suburbs?|valley|war\s+zone|(?-i:\p{Lu}\p{Ll}+))"
    r"|(?:back\s+)?home\b|out\b(?!\s+alive)|(?:to|into)\s+(?-i:\p{Lu}\p{Ll}+)\s+(?:aboard|on|by|from|via)\b)",
    regex.IGNORECASE)


#: "to hospital", "to three hospitals": people moved there are the hurt, not evacuees.
_TO_HOSPITAL = regex.compile(r"\bto\s+(?:[\w\-]+\s+){0,3}?hospitals?\b", regex.IGNORECASE)
#: "evacuation instructions covered some 2 million people": people under an evacuation order.
_ORDERS_COVERED = regex.compile(
    r"\bevacuation\s+(?:orders?|instructions?|advisor(?:y|ies)|warnings?|notices?)\b[^.;:]{0,40}?"
    r"\b(?:covered|covering|covers|cover|affected|affecting|affect|applied\s+to|apply\s+to|"
    r"issued\s+(?:to|for))\s+" + _QUALIFIER_WORDS + "$", regex.IGNORECASE | regex.REVERSE)


def moved_category(text: str, start: int, np_end: int, floor: int, stop: int) -> str | None:
    """'moved about 94,000 people to 1,521 shelters', 'flown 100,000 people out of
    Afghanistan': people an authority moved to safety are displaced, as are people an
    evacuation order covered and people evacuated or sheltering (``_evacuated``)."""
    if "evacuation" in text[max(floor, start - 80):start].lower() and \
            _ORDERS_COVERED.search(text, max(floor, start - 80), start):
        return "displaced"
    if "hospital" in text[np_end:np_end + 80].lower() and \
            _TO_HOSPITAL.search(text, np_end, np_end + 80):  # "taken 14 people from the bars
        # to hospitals": the hurt
        return "injured" if _MOVED_BEFORE.search(text, max(floor, start - 40), start) else None
    if _MOVED_WHERE.match(text, np_end, np_end + 80) and \
            _MOVED_BEFORE.search(text, max(floor, start - 40), start):  # anchored test first
        return "displaced"
    return _evacuated(text, start, np_end, floor, stop)


#: "lifted out 1,373 Americans": a verb of evacuating with "out", right before the figure.
_OUT_BEFORE = regex.compile(
    r"\b(?:lifted|flown|flew|airlifted|ferried|shipped|taken|took|bussed|bused|evacuated|"
    r"driven|drove|brought|got)\s+out\s+" + _QUALIFIER_WORDS + "$",
    regex.IGNORECASE | regex.REVERSE)
#: "4,000 Britons have been taken out", "3,862 people flown or shipped out": the same after
#: the counted people.
_OUT_AFTER = regex.compile(
    r",?\s+(?:(?:have|has|had|were|was|are|is|been|being|now|so\s+far|already|safely|since|"
    r"also)\s+)*(?:lifted|flown|airlifted|ferried|shipped|taken|bussed|bused|evacuated|"
    r"driven)(?:\s+or\s+\p{L}+)?\s+out\b"
    r"|,?\s+(?:(?:have|has|had|were|was|been|now|so\s+far|already|safely|since|also)\s+)*"
    r"(?:(?:brought|flown|sent)\s+(?:back|home)|repatriated|airlifted|evacuated\s+by\s+"
    r"(?:air|sea|boat|ship|ferry|bus))\b", regex.IGNORECASE)
#: "brought the total evacuated since 14 August to about 105,000"
_TOTAL_EVACUATED = regex.compile(
    r"\b(?:total|number)\s+(?:of\s+(?:people|persons|civilians|foreigners|\p{L}+s)\s+)?"
    r"(?:evacuated|airlifted|relocated|displaced)\b[^.;:\d]{0,50}?\bto\s+" + _QUALIFIER_WORDS
    + "$", regex.IGNORECASE | regex.REVERSE)
#: People who spend nights or are crammed in a shelter ("Some 40,000 people are crammed into
#: the grounds of the Catholic mission", "spent a second freezing night in 980 schools").
_IN_SHELTER_AFTER = regex.compile(
    r",?\s+(?:(?:are|were|have|had|has|is|was|been|now|still|already|also)\s+){0,3}"
    r"(?:(?:crammed|packed|sleeping|slept|staying|stayed|camped|camping|sheltering|sheltered|"
    r"waiting|stranded|spent\s+(?:[\w\-'’]+\s+){0,4}?(?:nights?|(?-i:\p{Lu}[\p{L}'’]*\s+Eve)))"
    r"\s+(?:in|into|at|inside|on)\s+[^.;:!?]{0,50}?"
    r"\b(?:shelters?|camps?|tents?|schools?|church(?:es)?|cathedral|mosques?|mission|compound|"
    r"stadiums?|showgrounds?|"
    r"evacuation\s+cent(?:re|er)s?|community\s+halls|public\s+buildings|gymnasiums?|gyms)\b"
    r"|(?:gathered|living|crowded)\s+(?:in|into|at|inside)\s+[^.;:!?]{0,40}?"
    r"\b(?:shelters|camps|tents|displacement\s+sites)\b)", regex.IGNORECASE)


#: Plain verbs of going somewhere, after the counted people; displacement only in a story of
#: flight, evacuation or expulsion (``_DISPLACEMENT_STORY``), not of marchers or pilgrims.
_MOVING_AFTER = regex.compile(
    r",?\s+(?:(?:have|has|had|were|was|been|now|already|so\s+far|reportedly|also|since)\s+){0,3}"
    r"(?:(?<=(?:have|has|had)\s+(?:(?!been)\p{L}+\s+)?)left(?!\s+(?:without|with|stranded|behind|dead|"
    r"injured|wounded|homeless)\b)|reached\s+(?:the\s+)?(?-i:\p{Lu})|boarded|arrived|returned|gone\s+home|went\s+home|"
    r"(?:moved|bused|bussed|taken|driven|deported|expelled|sent\s+(?:across|back|home))\b)",
    regex.IGNORECASE)
_DISPLACEMENT_STORY = regex.compile(
    r"\b(?:refugees?|fle(?:e|d|eing)|displac\w+|evacu\w+|exodus|deport\w+|expel\w*|expulsions?|"
    r"asylum|humanitarian\s+corridors?|border\s+crossings?|repatriat\w+)\b", regex.IGNORECASE)
#: People in the shelters or camps just named ("with 34,000 people in them").
_IN_THEM_AFTER = regex.compile(
    r",?\s+(?:(?:are|were|was|is|now|still|staying|sleeping|living|spent\s+(?:[\w\-']+\s+){0,4}?"
    r"(?:nights?|days?|\p{Lu}[\p{L}']*\s+(?:Eve|night)))\s+)*in\s+them\b", regex.IGNORECASE)
#: People who crossed a border or arrived somewhere ("20,000 Chadians had crossed the Chari
#: river", "40,000 people have arrived since the start of the month", "22,000 Ivorians have
#: registered in Nimba County").
_CROSSED_AFTER = regex.compile(
    r",?\s+(?:(?:have|has|had|were|are|is|was|been|now|already|so\s+far|reportedly|also)\s+){0,3}"
    r"(?:(?:crossed|trekked|fled)\s+(?:into|over|across|from|out\s+of|"
    r"(?:the\s+)?(?:\p{Lu}[\p{L}\-]+\s+)?(?:border|river|frontier|sea|channel|mountains)\b)"
    r"|arrived\s+(?:(?:in|at|on)\s+(?:the\s+)?(?:\p{Lu}|island\b|border\b|coast\b)|from\b|"
    r"since\b|by\s+(?:boat|sea)\b)"
    r"|crossed(?=\s*(?:[,.;]|on\b|at\b|overnight|since\b|yesterday|today|last\b|this\b|back\b|"
    r"through\b|by\b))"
    r"|(?:poured|streamed|flooded|flowed|spilled|surged)\s+(?:out|across|over|through)\b"
    r"|come\s+ashore|came\s+ashore|headed\s+inland|fled\s+inland|moved\s+inland"
    r"|registered\s+(?:as\s+(?:refugees|asylum)|with\s+(?:UNHCR|the\s+U\.?N\.?|the\s+UN)|"
    r"in\s+\p{Lu}))")


def _evacuated(text: str, start: int, np_end: int, floor: int, stop: int) -> str | None:
    """'lifted out 1,373 Americans', '4,000 Britons have been taken out', 'the total
    evacuated ... to about 105,000', '40,000 people are crammed into the grounds of the
    mission': people evacuated or sheltering are displaced."""
    lo = max(floor, start - 60)
    if "out" in text[lo:start] and _OUT_BEFORE.search(text, lo, start):
        return "displaced"
    if _OUT_AFTER.match(text, np_end, np_end + 60) or \
            _IN_SHELTER_AFTER.match(text, np_end, np_end + 120) or \
            _CROSSED_AFTER.match(text, np_end, np_end + 80):
        return "displaced"
    if ("total" in text[lo:start] or "number" in text[lo:start]) and \
            _TOTAL_EVACUATED.search(text, lo, start):
        return "displaced"
    if _MOVING_AFTER.match(text, np_end, np_end + 60) and \
            _DISPLACEMENT_STORY.search(text, max(0, start - 400), stop):
        return "displaced"  # "more than 12,500 people had left" an offensive's enclave
    before = text[max(floor, start - 200):start].lower()
    if ("shelter" in before or "camp" in before or "evacuation cent" in before) and \
            _IN_THEM_AFTER.match(text, np_end, np_end + 60):
        return "displaced"  # "187 shelters were open with 34,000 people in them"
    return _carried(text, start, np_end, floor, stop)


#: People carried by a vehicle ("a ferry carried 1,200 people", "with 286 passengers aboard").
_CARRYING_BEFORE = regex.compile(
    r"\b(?:carrying|carried|carries|carry|with)\s+" + _QUALIFIER_WORDS
    + "(?:(?:more|another|other)\\s+)?$", regex.IGNORECASE | regex.REVERSE)
_ABOARD = regex.compile(r"\s+(?:aboard|on\s+board)\b", regex.IGNORECASE)
#: What makes such a journey an evacuation (in the same sentence).
_EVACUATION_CUE = regex.compile(
    r"\b(?:evacuat\w*|repatriat\w*|chartered|airlift\w*|flown\s+out|to\s+safety|"
    r"no\s+way\s+to\s+leave|shelters?|(?-i:Operation\s+\p{Lu}\p{L}*))\b",
    regex.IGNORECASE)
_TRAVELLERS = regex.compile(r"\s*(?:passengers|evacuees)\b", regex.IGNORECASE)


def _carried(text: str, start: int, np_end: int, floor: int, stop: int) -> str | None:
    """'a ferry it chartered had carried 1,200 people to Larnaca', 'a flight under Operation
    Ajay landed with 286 passengers': people a vehicle carries out of danger are displaced
    (a journey the sentence calls an evacuation, a repatriation or a route to safety)."""
    lo = max(floor, start - 20)
    m = _CARRYING_BEFORE.search(text, lo, start)
    if not m or (m.group().lower().startswith("with") and not _ABOARD.match(text, np_end)
                 and not _TRAVELLERS.search(text, start, np_end)):
        return None
    return "displaced" if _EVACUATION_CUE.search(text, floor, stop) else None


_ALONG_WITH = regex.compile(
    r"\b(?:along\s+with|together\s+with|alongside|(?<=\b\p{L}+ed\s+)with)\s+"
    + _QUALIFIER_WORDS + "$", regex.IGNORECASE | regex.REVERSE)
#: "seized the head of the committee and about 30 other people": a further object of the verb.
_AND_OTHERS = regex.compile(r"\band\s+" + _QUALIFIER_WORDS + "$", regex.IGNORECASE | regex.REVERSE)
_OTHERS_AFTER = regex.compile(  # no verb of their own follows ("and 13 others injured")
    r"\s+other(?:s|\s+people)?\b(?=\s*(?:[,.;:)]|$|(?:at|in|on|from|near|inside|during|when|"
    r"as|after|before|across|by)\b))", regex.IGNORECASE)
_CLAUSE_WORDS = regex.compile(r"[\p{L}'’\-]+|[;:]")


def along_with_category(text: str, start: int, end: int, floor: int) -> str | None:
    """'Dhlakama was killed ..., together with 21 of his bodyguards': the figure shares the
    verb of the clause before "along with" (the nearest trigger, at most 14 words back); so
    do "kidnapped with four guards" and "seized the committee's head and about 30 other
    people"."""
    lo = max(floor, start - 40)
    window = text[lo:start]
    m = _ALONG_WITH.search(text, lo, start) if "with" in window or "alongside" in window else None
    if m and m.group().lower().startswith("with"):
        before = text[max(floor, m.start() - 20):m.start()].split()
        if not before or TRIGGER_CATEGORY.get(before[-1].lower()) in (None, "other"):
            m = None  # "armed with 3 rifles"; but "kidnapped with four guards"
    elif not m and "and" in window and _OTHERS_AFTER.match(text, end):
        m = _AND_OTHERS.search(text, lo, start)
    if not m:
        return None
    words = _CLAUSE_WORDS.findall(text, max(floor, m.start() - 160), m.start())
    for i in range(len(words) - 1, max(-1, len(words) - 15), -1):
        word = words[i].lower()
        if word in ";:":
            return None
        found = TRIGGER_CATEGORY.get(word)
        if found and not (word.endswith("ing") and word not in ("killing", "missing")):
            return found
        if i and (found := TRIGGER_CATEGORY.get(f"{words[i - 1].lower()} {word}")):
            return found
    return None


#: Verbs that put people into an army ("will call up 5,000 people a month").
_DRAFTED_BEFORE = regex.compile(
    r"\b(?:draft(?:ed|ing|s)?|call(?:ed|ing|s)?\s+up|recruit(?:ed|ing|s)?|enlist(?:ed|ing|s)?|"
    r"conscript(?:ed|ing|s)?|mobili[sz](?:e|ed|es|ing)|muster(?:ed|ing|s)?)\s+"
    + _QUALIFIER_WORDS + "$", regex.IGNORECASE | regex.REVERSE)
_GENERIC_PEOPLE = frozenset(("people", "men", "women", "persons", "citizens", "youths",
                             "young men", "men and women", "civilians", "volunteers"))


def drafted_category(text: str, start: int, noun: str | None, floor: int) -> str | None:
    """'call up 5,000 people', 'enlist 60,000 men and women': people drafted are troops, as
    are an army's men ("the force's 300,000 men")."""
    if not noun or noun.lower() not in _GENERIC_PEOPLE:
        return None
    lo = max(floor, start - 40)
    if _DRAFTED_BEFORE.search(text, lo, start) or _FORCE_POSSESSIVE.search(text, lo, start):
        return "troops"
    return None


_FORCE_POSSESSIVE = regex.compile(
    r"\b(?:force|forces|army|military|navy|militia|garrison|regiment|brigade|division)['’]s?\s+"
    + _QUALIFIER_WORDS + "$", regex.IGNORECASE | regex.REVERSE)


#: A hospital that admitted or received the figure's people: the wounded of the story.
_HOSPITAL_TOOK_IN = regex.compile(
    r"\b(?:hospitals?|medical\s+cent(?:re|er)s?|clinics?|infirmar(?:y|ies)|trauma\s+cent(?:re|er)s?|"
    r"emergency\s+rooms?)\b[^.;:!?\n]{0,60}?\b(?:received|admitted|treated|took\s+in|"
    r"(?:is|was|were|are|has\s+been|had\s+been)\s+(?:treating|receiving|admitting))\s+"
    + _QUALIFIER_WORDS + "$", regex.IGNORECASE | regex.REVERSE)


#: People who stay in a place ("fewer than 80,000 remain", "some 8,000 people remain inside",
#: "about 3,000 people remained in the besieged districts"): the population left there.
_REMAINING_AFTER = regex.compile(
    r"\s+(?:(?:still|now|only)\s+)?(?:remain|remained|remains|stayed|stay)"
    r"(?:\s+(?:inside|behind(?!\s+bars)|in\s+(?:the\s+)?(?:(?:besieged|encircled|occupied)\s+)?"
    r"(?:city|town|enclave|area|district|districts|village|villages|region|territory|strip|"
    r"island|\p{Lu}[\p{L}\-]*)|on\s+the\s+(?:island|territory))\b"
    r"|\s*(?:[,.;:]|$|\s+(?:today|now)\b))")
#: A ship's, stadium's or prison's capacity is no count of people ("its capacity of 60").
_CAPACITY_BEFORE = regex.compile(
    r"\bcapacity\s+(?:of\s+)?" + _QUALIFIER_WORDS + "$", regex.IGNORECASE | regex.REVERSE)
_STAYING = frozenset(("residents", "inhabitants", "people", "civilians", "villagers"))


def staying_category(text: str, start: int, np_end: int, noun: str | None,
                     floor: int) -> str | None:
    """'fewer than 80,000 remain': the population left in a place; 'a capacity of 60': other."""
    if capacity_before(text, start, floor):
        return "other"
    if (noun is None or noun.lower() in _STAYING) and \
            _REMAINING_AFTER.match(text, np_end, np_end + 60):
        return "population"
    return None


def capacity_before(text: str, start: int, floor: int) -> bool:
    """Whether the figure at ``start`` is a capacity ("its capacity of 60")."""
    lo = max(floor, start - 40)
    return "capacity" in text[lo:start] and bool(_CAPACITY_BEFORE.search(text, lo, start))


def hospital_category(text: str, start: int, floor: int) -> str | None:
    """'Kyeshero hospital had admitted 182 (war-wounded)', 'the hospital received nine
    patients from the shooting': people a hospital took in are injured."""
    lo = max(floor, start - 110)
    if not any(w in text[lo:start].lower() for w in ("hospital", "medical", "clinic", "infirmar",
                                                       "trauma", "emergency")):
        return None
    if not _HOSPITAL_TOOK_IN.search(text, lo, start):
        return None
    return None if _ILLNESS.search(text, max(0, start - 600), start + 150) else "injured"


#: An outbreak story: the people a hospital takes in are patients, not the wounded.
_ILLNESS = regex.compile(
    r"\b(?:outbreak|virus|infect|disease|fever|cholera|covid|coronavirus|dengue|measles|ebola|"
    r"encephalitis|epidemic|pandemic|flu\b|influenza|malaria|illness|sick|poisoning|diarrh)",
    regex.IGNORECASE)
