"""Numbers that are never claims: dates, times, money, ages, measures, links, page furniture.

Each check looks only at the few characters around one figure, so the cost does not grow
with the length of the article.
"""

from __future__ import annotations

import regex

from factcheck.extract.dates import MONTH_BEFORE, MONTH_DAY_BEFORE, MONTHS

_SMALL_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_CURRENCY_WORDS = (
    r"(?:dollars?|euros?|pounds|sterling|yuan|yen|rupees|naira|shillings|hryvnias?|r[ou]bles|"
    r"francs|dinars|liras?|pesos|rand|cents|pence|dirhams|riyals|rials|shekels|taka|birr|cedis|"
    r"kwanzas?|kwachas?|leones|c[oó]rdobas|bol[ií]vares|bolivars?|reais|soles|ringgits?|baht|"
    r"rupiahs?|lempiras|quetzal(?:es)?|guaran[ií]s|zlotys?|forints?|kyats?|afghanis|manats?|"
    r"tenge|lari|drams|somoni|tugriks?|dalasis?|meticais|meticals?|ariary|pula|lei|lev|leva|"
    r"kina|kunas?|denars?|soms?|lats|litas|korun[ay]?|kronor|kroner|kronur|rufiyaa|vatu|tala|"
    r"pa['’]anga|"
    r"USD|EUR|GBP)"
)
_AFTER = regex.compile(
    rf"""(?:
        [:.]\d\d(?!\d)
      | \s*[ap]\.?m\.?(?!\w)
      | \s*(?:GMT|UTC|BST|EST|EDT|CET|CEST|local\s+time)\b
      | \s+(?:noon|midnight)\b | \s*o['’]clock\b
      | \s*(?:photos|pictures|images|videos|slides)\)
      | \s+cubic\s+(?:metres|meters|feet|yards)\b
      | (?<=\b(?:[Oo]ne|ONE))\s+of\s+(?:the|its|their|his|her)\s+(?:most|least|worst|best|
        \p{{L}}+est)\b
      | \s+of\s+the\s+(?:Senate|House|Parliament|parliament|Assembly|assembly|Congress|
        chamber|council|Council|Knesset|Duma|Bundestag)['’]s\b
      | \s*(?:%|percent\b|per\s*cent\b|percentage\s+points?\b|pc\b)
      | \s+and\s+a\s+half\s+(?:years?|months?|weeks?|days?|hours?)\b
      | (?:\s*|-)(?:years?|months?|weeks?|days?)(?:\s*|-)old\b
      | -year-olds?\b
      | (?:\s*|-)magnitude\b
      | -(?:year|month|week|day|hour|minute|second|mile|kilometre|kilometer|metre|meter|storey|
           story|floor|point|page|man|nation|country|state|seat|game|match|bed|room|car|
           vehicle|lane|km|foot|inch|ton|tonne|gun|acre|hectare|percent)s?\b
      | \s*(?:km/h|mph|kph|kmph|kmh|knots|°[CF]?|sq\s*km|m2)
      | \s+(?:US\s+|\p{{Lu}}\p{{Ll}}+\s+)?{_CURRENCY_WORDS}\b
      | \s+of\s+(?:US\s+)?{_CURRENCY_WORDS}\b
      | \s+of\s+(?:metres|meters|kilometres|kilometers|miles|feet|yards|hectares|acres)\b
      | \s+nautical\s+miles?\b
      | \s+(?:in|out\s+of)\s+(?:every\s+)?(?!(?:1[89]|20)\d\d\b){_SMALL_WORDS}\b
      | (?:\s+[\w\-]+){{0,3}}\s+per\s+(?:person|capita|head|household|family|child|
        \d[\d,]*\s+(?:people|persons|population|inhabitants|live\s+births|births|residents))\b

      | \s*min(?:ute)?s?\s+read\b
      | (?<=\b(?:911|999|112))\s+(?:calls?|operators?|dispatchers?|emergency)\b
      | \s*(?:comments|shares|likes|views|replies|retweets)\b
      | \s+(?:points?\s+)?(?:behind|clear\s+of|ahead\s+of)\s+(?:the\s+)?leaders\b
      | [-\s](?:quarters?|thirds?|fifths?|sixths?|eighths?|tenths?|halves)\b
      | /\d
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
_AFTER_CASED = regex.compile(
    rf"[^\S\n]+(?:of\s+)?{MONTHS}(?!\w)"
    r"|\s+(?:Rue|Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd|Lane|Place|Square|Drive|Way)\b"
    r"|\s+(?:\p{Lu}[\p{L}\-]+\s+){1,4}(?:Hospital|Brigade|Division|Battalion|Regiment|Squadron|"
    r"Corps|Wing|Base|Infantry)\b"  # "the 44 Nigerian Army Reference Hospital", a unit's name
    r"(?!\s+(?:personnel|soldiers|troops|men|members|officers|troopers|jawans|servicemen|"
    r"fighters|policemen|staff|patients)\b)"  # but "Three Frontier Corps personnel" are people
)
_BEFORE = regex.compile(
    rf"""(?:
        [$€£¥₹₦]\s?
      | \b(?:aged|ages|age|ageing|aging)\s+(?:of\s+)?(?:between\s+)?
      | \b(?:aged|ages|between\s+the\s+ages\s+of)\s+\d+\s*(?:and|to|or|-|–)\s*
      | \b(?:magnitude|richter)(?:\s+scale)?\s*(?:of\s+)?-?
      | (?:©|\(c\)|\bcopyright)\s*(?:\d{{4}}\s*[-–]\s*)?
      | \b(?:page|p\.|pp\.)\s*
      | \bthe\s+age\s+of\s+
      | \bas\s+(?:young|old)\s+as\s+
      | \ball\s+but\s+
      | \b(?:helplines?|hotlines?|tel(?!\s+(?-i:\p{{Lu}}))|telephone|phone|fax|whatsapp|sms)\b
        [^\n\d]{{0,30}}?
        (?::|\bon|\bnumbers?|\bat)\s*
      | \b(?:dial|call)\s+
      | \b(?:youngest|oldest)\b[^.;\d\n]{{0,40}}?\b(?:was|is|were|are)\s+(?:only\s+|just\s+)?
      | \b(?:Senate|House|Parliament|parliament|Assembly|assembly|Congress|chamber|Council|
        council|Knesset|Duma|Bundestag)['’]s\s+
      | \bweigh(?:s|ed|ing)?\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|
        up\s+to|roughly|an\s+estimated)\s+)?
      | \b(?:in\s+age|ages?|aged)\s+(?:ranging\s+)?(?:from\s+|between\s+)
      | (?:^|\n)[^\S\n]*(?:comments|shares|likes|views|replies)[^\S\n]*[:(]?[^\S\n]*
      | \b(?:children|kids|boys|girls|babies|infants|those|people|adults|men|women|youths)\s+
        (?:aged\s+)?(?:under|over|below|above)\s+
      | \bin\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?
      | \b{_SMALL_WORDS}\s+(?:in|out\s+of)\s+(?:every\s+)?
      | \bvotes?\s+of\s+(?:\d+\s+of\s+(?:the\s+)?)?
      | \bper\s+
    )\Z""",
    regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,  # anchored at the end: search backwards
)
_BEFORE_CASED = regex.compile(
    r"\b(?:(?:US|A|C|HK|NZ)\s?\$|(?:USD|EUR|GBP|Rs\.?|Sh|KSh)\s?\$?|R|N)\s?\Z"
    r"|\b(?:Form|Grade|Class|Standard|Year|Primary)\s+\Z",  # a school year: "Form Four", "Grade 9"
    regex.REVERSE
)
_YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")
_DAY_RANGE = regex.compile(r"(?:[12]?\d|3[01])\s*[-–]\s*(?:[12]?\d|3[01])")
_DAY_OF_MONTH = regex.compile(r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?\Z")
_BEFORE_YEAR = regex.compile(
    rf"""(?:\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+
      | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS},?\s+)\Z""",
    regex.VERBOSE | regex.REVERSE,
)
_AGE_GROUP = regex.compile(
    r"\b(?:children|kids|boys|girls|babies|infants|those|people|adults|men|women|youths|"
    r"pensioners|persons|patients|of\s+them|of\s+whom|mostly|most|many|all)\s+(?:aged\s+)?\Z",
    regex.REVERSE | regex.IGNORECASE,
)
#: A vote's split: "split nine to six against", "ruled 5-4 in favour of".
_VOTE = regex.compile(
    rf"\b{_SMALL_WORDS}\s*(?:to|-|–)\s*{_SMALL_WORDS}\s+(?:against|in\s+favou?r)\b",
    regex.IGNORECASE)
_LINKISH = regex.compile(r"://|www\.|\.(?:com|org|net|gov|int|co|uk|io)\b|^[@#]|\d-\d\d-\d|\d/\d")


_AGE_APPOSITION_BEFORE = regex.compile(
    r"(?:\b\p{Lu}[\p{Ll}'’\-]*\p{Lu}?\p{Ll}+|\b(?:driver|man|woman|suspect|gunman|victim|boy|girl|"
    r"mother|father|son|daughter|wife|husband|teacher|officer|soldier|pilot|farmer|student|"
    r"resident|nurse|doctor|grandmother|grandfather|grandson|granddaughter|brother|sister|uncle|"
    r"aunt|cousin|nephew|niece|neighbou?r|friend|colleague|partner|fianc[eé]e?|widow|owner)"
    r"|\b(?:Jr|Sr)\.)"
    r",\s*(?:then\s+|now\s+|aged\s+)?\Z",
    regex.REVERSE,
)


def _age_in_apposition(text: str, start: int, end: int) -> bool:
    """'Tori Johnson, 34, and ...', 'The driver, 58, was charged', 'Tokcan, then 28, was':
    an age between commas (or closing a headline)."""
    if end - start > 3 or not text[start:end].isdigit() or int(text[start:end]) > 110:
        return False
    if not (text.startswith((",", ")", "\n", " —", " –"), end) or end == len(text)):
        return False  # "and Lahe'ena'e Gay, 39 — were abducted": a dash closes the list
    return bool(_AGE_APPOSITION_BEFORE.search(text, max(0, start - 30), start))


#: "its 1975-1990 war", "the 2014-16 epidemic": years, whatever the verb after them.
_YEAR_RANGE = regex.compile(r"(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:1[89]|20)\d\d|\d\d)")
#: "Hauwa was one of three health workers", "Nnadi, 18, one of four students": one person
#: among a group; "One of them, Mohammed Eliyas, 35, said": a speaker.
_ONE_OF_GROUP = regex.compile(
    rf"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\d[\d,]*|{_SMALL_WORDS}|eleven|twelve|\p{{L}}+teen|"
    r"\p{L}+ty|dozens|hundreds|thousands)\b", regex.IGNORECASE)
_ONE_OF_BEFORE = regex.compile(
    r"(?:\b(?:was|is|were|are|as|became|becomes|remains?|being)\s+|,\s*)\Z",
    regex.IGNORECASE | regex.REVERSE)
#: "One of the dead was a man found in his collapsed house": one person described.
_ONE_OF_DESCRIBED = regex.compile(
    r"\s+of\s+(?:the|those)\s+(?:\p{L}+\s+){0,2}?(?:dead|victims|killed|injured|wounded|"
    r"missing|hostages|survivors|people|passengers)\s+(?:was|is)\s+(?:a|an|the|\p{Lu})",
    regex.IGNORECASE)
_ONE_OF_SPEAKER = regex.compile(
    r"\s+of\s+(?:them|those|the\s+\p{L}+)\s*,\s*[^,.;\d]{2,60},(?:\s*\d{1,3},)?\s*"
    r"(?:said|says|told|recalled|added|described|recounted)\b", regex.IGNORECASE)


#: "Claude Pivi, one of the escapees, remains at large": a named person in apposition.
_ONE_OF_NAMED = regex.compile(
    r"\s+of\s+(?:the|its|their|his|her)\s+(?:[\p{L}\-'’]+\s+){0,3}?[\p{L}\-'’]+\s*,",
    regex.IGNORECASE)
_NAME_COMMA_BEFORE = regex.compile(r"\p{Lu}[\p{Ll}\-'’]+\s*,\s*\Z", regex.REVERSE)
_ONE_FAMILY = regex.compile(r"\s+(?:extended\s+|single\s+|same\s+)?(?:family|household|clan)\b",
                           regex.IGNORECASE)
_OF_BEFORE = regex.compile(r"\b(?:of|from)\s+\Z", regex.IGNORECASE | regex.REVERSE)
_BY_BEFORE = regex.compile(r"\bby\s+\Z", regex.IGNORECASE | regex.REVERSE)
_ONE_OF_AGENT = regex.compile(r"\s+of\s+(?:the|its|their|his|her|them|those)\b", regex.IGNORECASE)


#: "one of the last doctors", "one of the few", "one of the deadliest", "one by one": a
#: member of a class or a manner, not a count.
_ONE_NOT_COUNTED = regex.compile(
    r"\s+(?:of\s+(?:the|its|their|his|her|\p{L}+['’]s)\s+(?:very\s+)?"
    r"(?:last|few|first|only|best|most|\p{L}{3,}est)\b"
    r"|by\s+one\b|after\s+(?:another|the\s+other)\b|another\b)", regex.IGNORECASE)


def _one_of(text: str, start: int, end: int) -> bool:
    """'one of three health workers' after 'was' or a comma, or a speaker 'One of them, X,';
    'members of one family'."""
    if text[start:end].lower() != "one":
        return False
    if _ONE_NOT_COUNTED.match(text, end):
        return True
    if _ONE_FAMILY.match(text, end) and _OF_BEFORE.search(text, max(0, start - 8), start):
        return True
    if _BY_BEFORE.search(text, max(0, start - 4), start) and _ONE_OF_AGENT.match(text, end):
        return True  # "shot dead by one of the gunmen": who did it
    if _ONE_OF_SPEAKER.match(text, end) or _ONE_OF_DESCRIBED.match(text, end):
        return True
    if _ONE_OF_NAMED.match(text, end) and _NAME_COMMA_BEFORE.search(text, max(0, start - 30),
                                                                      start):
        return True
    return bool(_ONE_OF_GROUP.match(text, end)) and bool(
        _ONE_OF_BEFORE.search(text, max(0, start - 12), start))


_EMERGENCY_NUMBERS = frozenset(("911", "999", "112", "000"))
_CALLED_BEFORE = regex.compile(r"\b(?:dialled|dialed|dialling|dialing|calling|called|calls)\s+$",
                               regex.IGNORECASE)


def is_masked(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is a date, time, amount of money, age, etc."""
    if _age_in_apposition(text, start, end):
        return True
    if end - start >= 7 and _YEAR_RANGE.fullmatch(text, start, end):
        return True  # "the war of 1988-1994"
    if end - start == 3 and _one_of(text, start, end):
        return True
    if _AFTER.match(text, end) or _AFTER_CASED.match(text, end):
        return True
    vote = _VOTE.search(text, max(0, start - 12), end + 24) if "favo" in text[end:end + 30] \
        or "against" in text[end:end + 30] else None  # substring tests first: votes are rare
    if vote and vote.start() <= start and end <= vote.end():
        return True
    window = text[max(0, start - 40):start]
    if window and (_BEFORE.search(window) or _BEFORE_CASED.search(window)):
        return True
    if window and (MONTH_BEFORE.search(window) or MONTH_DAY_BEFORE.search(window)) and (
            _DAY_OF_MONTH.match(text[start:end]) or _DAY_RANGE.fullmatch(text, start, end)):
        return True  # "March 4", "December 2-3", "April 28 and 29", not "In March 40 died"
    if end - start == 4 and window and (_BEFORE_YEAR.search(window) or (
            MONTH_BEFORE.search(window) and _YEAR_DIGITS.fullmatch(text, start, end))):
        return True  # "March 3, 2024", "the September 2009 massacre"
    if text[start:end] in _EMERGENCY_NUMBERS and _CALLED_BEFORE.search(window):
        return True  # "after calling 911 himself"
    comparison = text.startswith(("under ", "over ", "below ", "above "), start)
    if comparison and _AGE_GROUP.search(window):
        return True  # "children under five"
    if not any(ch in text[max(0, start - 30):end + 30] for ch in ":/@#.-"):
        return False
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = len(text)
    for sep in (" ", "\n"):
        found = text.find(sep, end)
        if 0 <= found < right:
            right = found
    token = text[left:right]
    return bool(_LINKISH.search(token))
