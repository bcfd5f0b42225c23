"""Normalise what a claim counts: subject words to (side, role), places to one spelling.

``normalise_subject("Ukrainian soldiers", "killed")`` → ``Subject("ukraine", "soldiers")``;
``"people"``, ``"persons"``, ``"victims"`` and, for hostages, ``"captives"``
all become the generic role ``people``; civilians, soldiers, militants,
children and women stay apart, because a toll of civilians is not a toll of
soldiers. Nationality and army words give the *side* (``"Palestinians"`` →
side ``palestine``, role ``people``; ``"US troops"`` → ``us``, ``soldiers``).
Everything is cached per distinct string, so a million claims cost a few
thousand normalisations.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

#: Categories that count people (a missing subject there means "people").
PERSON_CATEGORIES = frozenset(
    {"killed", "injured", "hostages", "missing", "displaced", "detained", "troops"}
)

# Canonical side ← words (demonyms, country names, armies and armed groups).
_SIDE_WORDS: dict[str, tuple[str, ...]] = {
    "palestine": ("palestinian", "palestinians", "palestine", "gazan", "gazans"),
    "israel": ("israeli", "israelis", "israel", "idf"),
    "us": ("us", "u.s.", "u.s", "usa", "american", "americans", "america", "united states"),
    "uk": ("uk", "u.k.", "british", "britons", "briton", "britain", "united kingdom", "english"),
    "ukraine": ("ukrainian", "ukrainians", "ukraine"),
    "russia": ("russian", "russians", "russia"),
    "lebanon": ("lebanese", "lebanon"),
    "syria": ("syrian", "syrians", "syria"),
    "iran": ("iranian", "iranians", "iran"),
    "iraq": ("iraqi", "iraqis", "iraq"),
    "egypt": ("egyptian", "egyptians", "egypt"),
    "jordan": ("jordanian", "jordanians", "jordan"),
    "yemen": ("yemeni", "yemenis", "yemen"),
    "saudi arabia": ("saudi", "saudis", "saudi arabia"),
    "turkey": ("turkish", "turks", "turkey", "türkiye"),
    "afghanistan": ("afghan", "afghans", "afghanistan"),
    "pakistan": ("pakistani", "pakistanis", "pakistan"),
    "india": ("indian", "indians", "india"),
    "china": ("chinese", "china"),
    "taiwan": ("taiwanese", "taiwan"),
    "japan": ("japanese", "japan"),
    "korea": ("korean", "koreans", "korea", "south korean", "south koreans"),
    "north korea": ("north korean", "north koreans", "north korea"),
    "france": ("french", "france"),
    "germany": ("german", "germans", "germany"),
    "italy": ("italian", "italians", "italy"),
    "spain": ("spanish", "spaniards", "spain"),
    "poland": ("polish", "poles", "poland"),
    "canada": ("canadian", "canadians", "canada"),
    "australia": ("australian", "australians", "australia"),
    "thailand": ("thai", "thais", "thailand"),
    "nepal": ("nepalese", "nepali", "nepalis", "nepal"),
    "philippines": ("filipino", "filipinos", "philippines"),
    "sudan": ("sudanese", "sudan"),
    "ethiopia": ("ethiopian", "ethiopians", "ethiopia"),
    "somalia": ("somali", "somalis", "somalia"),
    "nigeria": ("nigerian", "nigerians", "nigeria"),
    "libya": ("libyan", "libyans", "libya"),
    "mexico": ("mexican", "mexicans", "mexico"),
    "haiti": ("haitian", "haitians", "haiti"),
    "myanmar": ("burmese", "myanmar"),
    "armenia": ("armenian", "armenians", "armenia"),
    "azerbaijan": ("azerbaijani", "azerbaijanis", "azeri", "azeris", "azerbaijan"),
    "georgia": ("georgian", "georgians"),
    "belarus": ("belarusian", "belarusians", "belarus"),
    "un": ("un", "u.n.", "united nations", "unrwa", "unifil"),
    "nato": ("nato",),
    "hamas": ("hamas",),
    "hezbollah": ("hezbollah", "hizbollah", "hizballah"),
    "houthis": ("houthi", "houthis"),
    "islamic state": ("isis", "isil", "islamic state", "daesh"),
    "taliban": ("taliban",),
    "wagner": ("wagner",),
    "rsf": ("rsf", "rapid support forces"),
    "foreign": ("foreign", "foreigners", "foreign nationals", "foreign national", "expatriates"),
    "jewish": ("jewish", "jews"),
    "kurdish": ("kurdish", "kurds"),
}

# Canonical role ← words (singular and plural forms both listed where irregular).
_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "people": (
        "people", "person", "persons", "individual", "individuals", "victim", "victims",
        "dead", "death", "deaths", "fatality", "fatalities", "casualty", "casualties",
        "body", "bodies", "life", "lives", "citizen", "citizens", "national", "nationals",
        "human", "humans", "resident", "residents", "inhabitant", "inhabitants", "other",
        "others", "population", "one", "ones", "men and women", "adults",
    ),
    "civilians": ("civilian", "civilians", "non-combatant", "non-combatants", "noncombatant",
                  "noncombatants", "bystander", "bystanders"),
    "soldiers": (
        "soldier", "soldiers", "troop", "troops", "serviceman", "servicemen", "servicewoman",
        "servicewomen", "service member", "service members", "servicemember",
        "servicemembers", "military personnel", "personnel", "force", "forces",
        "officer", "officers", "military officer", "military officers", "marine", "marines",
        "sailor", "sailors", "airman", "airmen", "paratrooper", "paratroopers",
        "reservist", "reservists", "conscript", "conscripts", "commando", "commandos",
        "combat troops", "army", "armed forces", "military", "guardsman", "guardsmen",
        "special forces", "special operations forces",
    ),
    "militants": (
        "militant", "militants", "fighter", "fighters", "gunman", "gunmen", "combatant",
        "combatants", "insurgent", "insurgents", "terrorist", "terrorists", "rebel", "rebels",
        "jihadist", "jihadists", "operative", "operatives", "extremist", "extremists",
        "attacker", "attackers", "mercenary", "mercenaries",
    ),
    "children": (
        "child", "children", "minor", "minors", "kid", "kids", "boy", "boys", "girl", "girls",
        "infant", "infants", "baby", "babies", "toddler", "toddlers", "newborn", "newborns",
        "schoolchild", "schoolchildren", "teenager", "teenagers", "juvenile", "juveniles",
        "under-18s", "youngster", "youngsters",
    ),
    "women": ("woman", "women", "mother", "mothers", "female", "females"),
    "men": ("man", "men", "male", "males"),
    "elderly": ("elderly", "elderly people", "older people", "pensioner", "pensioners"),
    "journalists": ("journalist", "journalists", "reporter", "reporters", "media worker",
                    "media workers", "photojournalist", "photojournalists"),
    "aid workers": ("aid worker", "aid workers", "humanitarian worker", "humanitarian workers",
                    "humanitarians", "relief worker", "relief workers", "un staff",
                    "staff members", "staffers"),
    "medics": ("medic", "medics", "paramedic", "paramedics", "doctor", "doctors", "nurse",
               "nurses", "health worker", "health workers", "healthcare worker",
               "healthcare workers", "medical staff", "medical workers", "medical worker"),
    "police": ("police", "policeman", "policemen", "police officer", "police officers",
               "policewoman", "policewomen", "gendarme", "gendarmes"),
    "settlers": ("settler", "settlers"),
    "workers": ("worker", "workers", "labourer", "labourers", "laborer", "laborers",
                "employee", "employees"),
    "students": ("student", "students", "pupil", "pupils"),
    "officials": ("official", "officials", "diplomat", "diplomats", "minister", "ministers"),
    "migrants": ("migrant", "migrants", "asylum seeker", "asylum seekers"),
    "protesters": ("protester", "protesters", "protestor", "protestors", "demonstrator",
                   "demonstrators"),
}

# Per category, words that name whoever the category counts (the generic role).
_GENERIC_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "dead", "deaths", "death toll", "toll", "victims", "bodies"),
    "injured": ("injured", "wounded", "injuries", "casualties", "hurt"),
    "hostages": ("hostage", "hostages", "captive", "captives", "abductee", "abductees",
                 "kidnapped", "abducted", "prisoner", "prisoners", "held", "kidnap victims",
                 "taken", "seized", "captured"),
    "missing": ("missing", "unaccounted", "unaccounted for", "disappeared"),
    "displaced": ("displaced", "displaced people", "evacuee", "evacuees", "refugee",
                  "refugees", "idp", "idps", "internally displaced", "internally displaced people",
                  "homeless", "fled", "evacuated"),
    "detained": ("detainee", "detainees", "prisoner", "prisoners", "arrested", "arrests",
                 "detained", "inmate", "inmates", "suspect", "suspects", "captured"),
    "troops": (),
}

#: Per category, words that only repeat the category ("aid trucks" counts trucks).
_FILLER_BY_CATEGORY: dict[str, frozenset[str]] = {
    "aid": frozenset({"aid", "humanitarian", "relief"}),
    "munitions": frozenset({"military"}),
    "infrastructure": frozenset({"damaged", "destroyed"}),
}

_STOPWORD_TEXT = (
    "the a an of more other additional another some many most all their its his her our "
    "them those these who which that were was have has had been being including include "
    "includes about around least than over under nearly almost some estimated at up to "
    "as few fewer less only total further new"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’\-]*")
_TRAILING_CLAUSE = regex.compile(
    r"\s*(?:,|\(|\bwho\b|\bwhich\b|\bthat\b|\bincluding\b|\bmany of\b|\bmost of\b).*$",
    flags=regex.IGNORECASE,
)
_IN_PLACE = regex.compile(r"\s+(?:in|from|on|at|inside|across)\s+(?P<place>.+)$",
                          flags=regex.IGNORECASE)


def _phrase_table(table: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for canonical, words in table.items():
        for phrase in words:
            out[tuple(phrase.split())] = canonical
    return out


_SIDES = _phrase_table(_SIDE_WORDS)
_ROLES = _phrase_table(_ROLE_WORDS)
_GENERIC = {cat: {tuple(w.split()) for w in words} for cat, words in _GENERIC_BY_CATEGORY.items()}
_MAX_PHRASE = max(len(k) for k in (*_SIDES, *_ROLES))


class Subject(NamedTuple):
    """A normalised subject: who or what is counted, and whose (``side``, or None)."""

    side: str | None
    role: str
    place: str | None = None  # a place named inside the subject ("Palestinians in Gaza")


def singular(word: str) -> str:
    """A crude English singular for head nouns we do not know ("carriers" → "carrier")."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ouses"):
        return word[:-1]
    if word.endswith(("ches", "shes", "xes", "sses", "zes", "uses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _tokens(text: str) -> list[str]:
    return [
        t.strip(".'’-").replace("’", "'")
        for t in _WORD.findall(text.casefold())
        if t.strip(".'’-")
    ]


@lru_cache(maxsize=65536)
def normalise_subject(subject: str | None, category: str) -> Subject:
    """Normalise a claim's subject for grouping (see the module docstring)."""
    generic = _GENERIC.get(category, set())
    person = category in PERSON_CATEGORIES
    if not subject or not subject.strip():
        return Subject(None, "soldiers" if category == "troops" else "people" if person else "")
    text = _TRAILING_CLAUSE.sub("", subject.strip())
    place = None
    m = _IN_PLACE.search(text)
    if m:
        place = normalise_location(m.group("place"))
        text = text[: m.start()]
    filler = _FILLER_BY_CATEGORY.get(category, frozenset())
    words = [
        w for w in _tokens(text) if w not in _STOPWORDS and w not in filler and not w.isdigit()
    ]
    side: str | None = None
    roles: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            phrase = tuple(words[i : i + size])
            if phrase in _SIDES and side is None:
                side = _SIDES[phrase]
                break
            if phrase in _ROLES:
                roles.append(_ROLES[phrase])
                break
            if phrase in generic:
                roles.append("people")
                break
        else:
            rest.append(words[i])
            size = 1
        i += size
    if roles:
        role = _pick_role(roles)
    elif rest:
        role = " ".join([*rest[:-1], singular(rest[-1])])
        if category == "troops" and not rest:
            role = "soldiers"
    elif category == "troops":
        role = "soldiers"
    else:
        role = "people" if person or side else ""
    return Subject(side, role, place)


def _pick_role(roles: list[str]) -> str:
    """The most specific role named ("civilian people" → civilians, "women and children" kept)."""
    specific = [r for r in roles if r != "people"]
    if not specific:
        return "people"
    unique = sorted(set(specific), key=specific.index)
    return " and ".join(unique)


_LOCATION_ALIASES = {
    "gaza strip": "gaza",
    "the strip": "gaza",
    "strip": "gaza",
    "occupied west bank": "west bank",
    "israeli-occupied west bank": "west bank",
    "united states": "us",
    "u.s.": "us",
    "usa": "us",
    "america": "us",
    "united kingdom": "uk",
    "britain": "uk",
    "great britain": "uk",
    "u.k.": "uk",
    "türkiye": "turkey",
}
#: Words an extractor may mistake for a place (dates, armed groups: "killed in the Hamas
#: attack"); never a figure's location.
_NOT_PLACE_TEXT = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday today yesterday hamas hezbollah hizbollah idf houthis houthi "
    "taliban wagner isis isil nato un"
)
_NOT_PLACES = frozenset(_NOT_PLACE_TEXT.split())
_LOCATION_PREFIX = regex.compile(r"^(?:the|besieged|occupied|war-torn|war-ravaged)\s+",
                                 flags=regex.IGNORECASE)


@lru_cache(maxsize=65536)
def normalise_location(location: str | None) -> str | None:
    """One spelling per place: casefolded, "the"/"besieged" dropped, common aliases merged."""
    if not location:
        return None
    text = " ".join(_tokens(location.replace("’s", "").replace("'s", "")))
    previous = None
    while previous != text:
        previous = text
        text = _LOCATION_PREFIX.sub("", text)
    text = _LOCATION_ALIASES.get(text, text)
    if text in _NOT_PLACES:
        return None
    return text or None


@lru_cache(maxsize=65536)
def normalise_source(source: str | None) -> str:
    """A source's comparison key: casefolded, quotes and leading articles dropped."""
    if not source:
        return ""
    words = _tokens(source)
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)
