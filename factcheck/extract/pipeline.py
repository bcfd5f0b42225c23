"""The extraction pipeline: text in, document facts and claims out."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import regex

from factcheck.extract import attribution, captives, classify, dates, situations, tables
from factcheck.extract.captives import Captives
from factcheck.extract.lexicon import LABEL_WORDS
from factcheck.extract.lookbacks import _CATEGORY_CLASSES, _LOOSE_CHAIN, _THE_BEFORE, LookBacks
from factcheck.extract.masks import is_masked
from factcheck.extract.mentions import find_mentions
from factcheck.extract.qualify import Figure, figures_from_match
from factcheck.extract.sentences import Sentence, split_sentences
from factcheck.extract.source_info import guess_outlet, guess_title
from factcheck.extract.types import DocumentInfo, ExtractedClaim, Extraction

EXTRACTOR_VERSION = "1.0.0"

_LABELS = frozenset(LABEL_WORDS)
_PREV_WORD = regex.compile(r"([\p{L}\d.'’\-]+)[^\S\n]*$", regex.REVERSE)
_CHAIN_GAP = regex.compile(
    r"^(?:\s*,\s*(?:including|among\s+them|mostly|mainly)\s+[^,\d]{1,50}?(?=,))?"
    r"\s*(?:(?:in|at|on|from)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?(?=and\b|,))?"
    r"\s*[,(]?\s*(?:(?:and|or|as\s+well\s+as|plus|including|among\s+them|among\s+whom|of\s+whom|"
    r"of\s+them|along\s+with|mostly|mainly|most\s+of\s+them|incl\.)\s+(?:those\s+of\s+)?)?"
    r"(?:(?:another|a\s+further|an\s+additional|further|including|some|at\s+least|all|"
    r"as\s+many\s+as|up\s+to|more\s+than|possibly|perhaps|nearly|about|around)\s+)?$",
    regex.IGNORECASE,
)
_SUBSET_BEFORE = regex.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:the\s+|all\s+)?$",
    regex.IGNORECASE | regex.REVERSE
)
_CONTINUATION = regex.compile(
    r"[\"“]?(?:Another|A\s+further|Further|Of\s+(?:those|them|the)|Among\s+(?:them|those|the)|"
    r"Most\s+of|Many\s+of|Some\s+of|Others|The\s+(?:dead|injured|wounded|victims|toll|figure|"
    r"number|total|count|tally)|That\s+(?:figure|number|toll)|This|These|They|It|He|She|"
    r"In\s+addition|Also|Besides)\b"
)
#: A clause of history: "since the insurgency began", "since 2010, when Derrick Bird killed".
_HISTORY = regex.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:began|started|erupted|broke\s+out)\b"
    r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak)\s+of\b"
    r"|,\s+when\s+(?:[\w\-'’]+\s+){1,3}(?:killed|shot|attacked)\b"
    r"|\b(?:which|that)\s+killed\s+(?!(?:at\s+least\s+)?\d[\d,]*\s+(?:people\s+)?(?:on|this|last))")
_IN_YEAR = regex.compile(
    r"\b(?:in|since|of|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b",
    regex.IGNORECASE)
_MORE_OF_THE_SAME = regex.compile(r"\b(?:another|further|more|others|additional)\b")
_SCENE_CHANGE = regex.compile(
    r"^[\"“‘]?(?:In\b|Elsewhere|Separately|Meanwhile|In\s+a\s+separate|Across\b|Earlier\b)"
)
_CROWD = regex.compile(
    r"\b(?:crowds?|turnout|attendance|protesters|demonstrators)\b[^.;]{0,60}?\b(?:at|of|to)\s+$"
    r"|\b(?:rally|rallies|march|marches|protests?|demonstrations?|gatherings?|vigils?)\b"
    r"[^.;]{0,60}?\b(?:drew|draws|drawing|attracted|attracts|attracting|brought\s+out)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|roughly|an\s+estimated)"
    r"\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_NONE_OF = regex.compile(r"\bnone\s+of\s+(?:the|its|their)\s+$", regex.IGNORECASE)
#: Paragraphs (lines) before a figure that are read too, for speakers named earlier.
_CONTEXT_PARAGRAPHS = 4
_WHOLE_GROUP = regex.compile(
    r"(?:\d[\d,]*|\b(?:all\s+but\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|hundreds|thousands))\s+(?:\w+\s+)?(?:of|among)\s+"
    r"(?:its|the|their|his|her)\s+$", regex.REVERSE | regex.IGNORECASE
)
#: Verbs a title-case headline puts before a count ("Rampage Left 321 Dead").
_HEADLINE_VERBS = frozenset(
    """left leaves leave hit hits top tops topped reach reaches reached pass passes passed rise
    rises rose climb climbs climbed near nears neared exceed exceeds exceeded surpass surpasses
    cross crosses crossed puts put frees freed holds held has have had were was are is now
    says said claims claimed""".split())
_FUNCTION_WORDS = frozenset(
    """another some about nearly over almost around roughly only just all the a an and but of
    in on at by for with as than to more fewer less up least estimated approximately further
    additional plus total including among while after before since when""".split()
)
_BY_THE = regex.compile(r"\bby\s+(?:the\s+)?$", regex.REVERSE)  # "kidnapped by the 400 Mawozo"
_DEPENDENT = frozenset(("its", "their", "his", "her", "our", "it", "they", "he", "she", "we"))
_NUMBERED = regex.compile(
    r"\b(?P<noun>\p{L}+)\s*,?\s+(?:(?:who|which)\s+)?"
    r"(?:numbered|number|numbering|totalled|totaled|swelled\s+to|"
    r"grew\s+to)\s+(?:in\s+the\s+|at\s+)?(?:(?:about|around|some|roughly|nearly|over)\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
#: "a Rwandan contingent of about 4,000": a force's strength, with no noun after the figure.
_FORCE_OF = regex.compile(
    r"\b(?:force|forces|contingent|garrison|detachment|battalion|brigade|army|troop|division)\s+"
    r"of\s+(?:(?:about|around|some|roughly|nearly|over|more\s+than|at\s+least|up\s+to|"
    r"an\s+estimated)\s+)?$", regex.IGNORECASE | regex.REVERSE)
_WHEN_WORDS = frozenset(dates.WEEKDAYS) | frozenset(
    "january february march april may june july august september october november december".split()
)
_PLACE_BEFORE = regex.compile(
    r"\b(?:(?:in|on|across|at|from|since|during|near|throughout|inside|outside|around)"
    r"|(?:in|across|throughout)\s+the(?:\s+\p{Lu}[\p{L}\-]*)?)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
#: "tens of thousands more were without water": a state of their own, not the list's category.
_STATE_AFTER = regex.compile(
    r"\s+(?:more|others)\s+(?:(?:were|are|was|is|remain|remained)\s+)?(?:still\s+)?"
    r"(?:without|in\s+need|at\s+risk|facing|face|lack|lacking|living|need|needed|short\s+of)\b",
    regex.IGNORECASE)
_MORE_AFTER = regex.compile(r"\s+(?:more|others|other)\b", regex.IGNORECASE)
_OTHERS = frozenset(("others", "other", "more", "another"))
#: "two of the 110 people": a share of a group counted in the same breath.
_OF_THE_COUNTED_AFTER = regex.compile(r"\s+of\s+(?:the|its|their)\s+\d[\d,]*\s")
#: A group and the figure of its size set after it: "the troops, about 50 in all".
_GROUP_COMMA_BEFORE = regex.compile(
    r"(?:\b(?P<det>the|its|their|these|those)\s+(?:\p{L}+\s+)?)?"
    r"\b(?P<noun>\p{Ll}[\p{L}\-]*(?:s|men)|personnel|police|staff|crew|people|children),"
    r"\s*(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|at\s+least|"
    r"an\s+estimated|perhaps|possibly|up\s+to)\s+)?$", regex.REVERSE)
_GROUP_TOTAL_AFTER = regex.compile(
    r"\s+(?:of\s+them|(?P<all>in\s+all|in\s+total|all\s+told|altogether|in\s+number))\b"
    r"(?!\s+(?:were|was|had|have)\b)")
_OF_THEM_AFTER = regex.compile(r"\s+of\s+(?:them|those|these)\b")
_REMAINS = frozenset(("bodies", "corpses", "remains", "dead"))
#: A comparison with the figure before: "compared with 1,359 in 2022", "That compares with".
_COMPARED_BEFORE = regex.compile(
    r"\b(?:compared\s+(?:with|to)|compares\s+with|as\s+against|against|versus|vs\.?)\s+"
    r"(?:(?:only|just|some|about|around|nearly|almost|fewer\s+than|less\s+than|more\s+than|"
    r"over|at\s+least|roughly|an\s+estimated)\s+)?$", regex.IGNORECASE | regex.REVERSE)
_COMPARING_WORDS = ("compar", "against", "versus", "vs")


def _compares(text: str, floor: int, start: int) -> bool:
    """``_COMPARED_BEFORE`` right before ``start``, with a substring test first."""
    lo = max(floor, start - 40)
    window = text[lo:start].lower()
    return any(w in window for w in _COMPARING_WORDS) and \
        bool(_COMPARED_BEFORE.search(text, lo, start))


_FROM_BEFORE = regex.compile(
    r"(?:[\d,]+\s+(?:down\s+|up\s+)?|,\s*(?:down|up)\s+)from\s+(?:the\s+)?$", regex.REVERSE
)
#: "nearly double the 4,234 it recorded the year before": the same kind as the figure before.
_RECORDED_AFTER = regex.compile(
    r"\s+(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?(?:recorded|counted|reported|registered|"
    r"documented|logged|tallied|gave|listed)\b")
#: Figures that restate the kind of the figure before: a confidence interval ("a 95%
#: confidence interval of 37,643 to 86,807") or a ranking ("followed by Spain with 11,324").
_SAME_KIND_BEFORE = regex.compile(
    r"(?:\bconfidence\s+interval\s+(?:of|was|ran\s+from|from|between|is)"
    r"|\bfrom\s+\d[\d,.]*\b[^;]{0,50}?\bto"
    r"|\b(?:uncertainty\s+)?range\s+(?:of|from|was)"
    r"|(?:,\s*|\band\s+|followed\s+by\s+)\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}"
    r"\s+with|\bfollowed\s+by"
    r"|\b(?:double|triple|twice|three\s+times|four\s+times|half|more\s+than|fewer\s+than|"
    r"less\s+than|higher\s+than|lower\s+than|compared\s+with|compared\s+to|against)\s+the)"
    r"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    regex.REVERSE)
_NOUN_COMMA = regex.compile(
    r"\b(?P<noun>deaths|fatalities|casualties|dead|victims|injuries|arrests|detentions|abductions|"
    r"kidnappings|evacuees|refugees|hostages|detainees|cases|infections)"
    r"(?:\s+(?:in|at|on)\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)?\s*[,:(–—]\s*"
    r"(?:with\s+)?$",
    regex.IGNORECASE | regex.REVERSE)
_NOUN_AMONG = regex.compile(
    r"\b(?P<noun>bodies|dead|victims|casualties|injured|wounded|hostages|captives|detainees|"
    r"evacuees|refugees)(?:\s*[,(–—]\s*(?:among\s+them|among\s+whom|including)\s+"
    r"|\s+[-–—]\s+|\s+(?:include|includes|included)\s+)"
    r"(?:[^\d.;:()\-–—]{1,50}?(?:,|\band)\s+)?"
    r"(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)
_NOUN_AMONG_WORDS = ("among", "includ", " - ", "—", "–")
_BY_CUE = regex.compile(
    r"(?:reported|confirmed|announced|estimated|given|provided|released|compiled|cited|counted|"
    r"recorded|published|issued|tallied|documented|verified)\s+by\b", regex.IGNORECASE)
#: "..., with 42 tallied by the sheriff's office": the figure before, broken down.
_NUMBER_OF_NOUN = regex.compile(
    r"\b(?:number|count|total)\s+of\s+(?P<noun>(?:\p{L}[\p{L}\-]*\s+){0,2}\p{L}[\p{L}\-]*s)\b",
    regex.IGNORECASE)
#: A title line that is a source in brackets: "(National Disaster Management Authority, Aug. 20)".
_TITLE_BRACKET = regex.compile(
    r"\((?P<src>(?!(?:updated|provisional|estimated?|approx|in\s|as\s+of)\b)\p{Lu}[^(),\d]{2,79})"
    r"(?:,[^()]*)?\)\s*$", regex.IGNORECASE)
_WITH_BEFORE = regex.compile(r"\bwith\s+$", regex.IGNORECASE | regex.REVERSE)
_RECORDED_BY_AFTER = regex.compile(
    r"\s+(?:tallied|reported|recorded|confirmed|counted|documented|registered)\s+(?:by|in|at)\b")
#: People who stayed: "285 people defied mandatory evacuation orders" are not displaced.
_DEFIED_EVACUATION = regex.compile(
    r"[^.;]{0,60}?\b(?:defied|ignored|refused|rejected|disregarded|defying|ignoring|refusing)\s+"
    r"(?:\w+\s+){0,2}evacuat", regex.IGNORECASE)
_PARTICIPLE_AFTER = regex.compile(
    r"\s+\p{L}+(?:ed|en)\s+(?:by|from|in|during|on|at)\b"
    r"|\s+(?:killed|injured|wounded|abducted|kidnapped|arrested|detained|displaced|missing|dead)"
    r"\s*(?:[.,;]|$)"
    r"|\s+(?:who|that)\s+(?:(?:were|had\s+been|have\s+been)\s+\p{L}+(?:ed|en)|died|drowned)\b")
_CAMP_WORDS = ("camp", "shelter", "site", "settlement", "centre", "center", "compound", "school",
               "church", "mosque", "stadium")


def _apposed_group(text: str, fig: Figure, ctx: classify.Context, floor: int) -> str | None:
    """'the attackers, about 60 of them,', 'personnel, more than 300 in all': the people a
    figure set in apposition after them counts."""
    if ctx.noun and not ctx.pronoun:
        return None
    total = _GROUP_TOTAL_AFTER.match(text, fig.end)
    if not total:
        return None
    m = _GROUP_COMMA_BEFORE.search(text, max(floor, fig.start - 40), fig.start)
    if not m or not (m.group("det") or total.group("all")):
        return None  # "admitted to hospitals, 29 of them children": not the group counted
    noun = m.group("noun")
    return noun if classify.is_people(noun) or classify.category_of_word(noun) == "troops" \
        else None


def _camp_words(text: str, lo: int, hi: int) -> bool:
    """A substring test before ``_CAMP_HOLDS``: most windows name no camp or shelter."""
    window = text[lo:hi].lower()
    return any(w in window for w in _CAMP_WORDS)


_LEFT_BEFORE = regex.compile(
    r"\b(?:left|leaving|leaves|leave)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|"
    r"around)\s+)?$", regex.IGNORECASE | regex.REVERSE)
_FINAL_FIGURE = regex.compile(
    r"\b(?:final|eventual|ultimate)\s+(?:figure|number|count|tally|toll)\b")
#: A noun phrase that is only a modifier: "U.S.", "Iraqi", "British".
_MODIFIER_ONLY = regex.compile(r"(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}+(?:an|ian|ish|i|ese|ch)")
_AND_GAP = regex.compile(r"\s+(?:and|or)\s+")
_OF_THOSE = regex.compile(r"[\"“]?(?:Of|Among)\s+(?:those|them|these|this\s+number|that\s+number)"
                          r"\s*,")
#: A relative clause after the counted people: its verb is theirs, but a trigger before the
#: figure ("killing at least 40 Palestinians who had taken shelter there") says what befell them.
_WHO_AFTER = regex.compile(r"\s*,?\s*(?:who|that)\s")
#: A camp or shelter that holds the people counted: they are displaced, not captives.
_CAMP_HOLDS = regex.compile(
    r"\b(?:camps?|shelters?|displacement\s+sites?|settlements?|evacuation\s+cent(?:re|er)s?|"
    r"site|compound|schools?|church(?:es)?|mosques?|stadium)\b"
    r"[^.;:]{0,80}?\b(?:sheltered|shelters|sheltering|housed|houses|housing|held|holds|"
    r"holding|hosts|hosted|hosting|accommodated|accommodates|took\s+in|takes\s+in)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|roughly|up\s+to|"
    r"an\s+estimated)\s+)?$", regex.IGNORECASE | regex.REVERSE)
_COMMON_PLURAL = regex.compile(r"\s\p{Ll}+s$")
#: People searched for who are not missing: the police want them.
_WANTED = frozenset("""suspects fugitives attackers gunmen escapees inmates prisoners killers
    assailants perpetrators""".split())
#: Of those, the ones neither missing nor displaced when sought or fled (escaped inmates stay
#: detained, see ``_CAPTIVES``), and robbers.
_SOUGHT = frozenset("suspects fugitives perpetrators killers robbers".split())
_COLON_BEFORE = regex.compile(r":\s*$")
#: A speaker named before a colon that opens a quote, after an optional live-blog time.
_COLON_SPEAKER = regex.compile(
    r"\s*(?:\d{1,2}[:.]\d\d(?:\s*[aApP]\.?[mM]\.?)?\s*[-–—]?\s*)?"
    r"(?P<src>\p{Lu}[\p{L}.'’\-]*(?:\s+[\p{L}.'’\-]+){0,6}?)\s*:\s*$")
#: "eight trucks, out of a total of 79, crossed": the whole counts what its part counts.
_OUT_OF = regex.compile(r"\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+)?$",
                        regex.IGNORECASE | regex.REVERSE)
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_BARE_SUBJECT = regex.compile(
    r"(?:\s+(?:in|across|throughout)\s+(?:the\s+)?[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]*)?)?"
    r"\s+(?:now\s+|still\s+|also\s+)?(?:face|faced|need|needed|were|are|had\s+been|have\s+been|"
    r"remain|remained|(?:had\s+|have\s+)?(?:turned\s+up|turned\s+out|gathered|attended|"
    r"taken\s+part|took\s+part|"
    r"marched|joined|rallied))\b"
)
#: A crowd's own verbs after its size, and its size given after it in a long clause.
_CROWD_VERB_AFTER = regex.compile(
    r"\s+(?:had\s+|have\s+)?(?:filled|packed|thronged|jammed|poured\s+into|"
    r"took\s+to\s+the\s+streets|protested|demonstrated)\b", regex.IGNORECASE)
_CROWD_SIZE_BEFORE = regex.compile(
    r"\b(?:crowds?|turnout|attendance)\b[^.;]{0,110}?\b(?:estimated|put|numbered|counted)\b"
    r"[^.;]{0,30}?\b(?:at|as)\s+(?:(?:about|around|some|roughly|nearly|over|more\s+than|up\s+to|"
    r"as\s+many\s+as)\s+)?$", regex.IGNORECASE | regex.REVERSE)
#: A casualty report goes on in the next sentence: "5 were killed, police said. 12 were hurt."
_TOLL_KINDS = frozenset(("killed", "injured", "missing"))
_AFFECTED_BEFORE = regex.compile(
    r"\b(?:affected|affecting|impacted)\s+(?:(?:more\s+than|over|nearly|about|some|around|at\s+least|"
    r"an\s+estimated)\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
#: Sources "he" or "she" cannot stand for: plural or institutional heads ("authorities there").
_NOT_A_PERSON = regex.compile(
    r"^(?:\S+\s+){0,4}?(?:authorities|officials|police|ministry|agency|government|council|"
    r"office|department|groups?|forces|army|media|sources|rescuers|residents|witnesses|doctors|"
    r"medics|hospitals|figures|data|reports?|tally|count|investigation|statement|survey|study)"
    r"(?:\s+(?:there|here|on\s+the\s+ground|in\s+(?:the\s+)?\p{Lu}\S*(?:\s+\p{Lu}\S*)*))?$",
    regex.IGNORECASE)
#: Sources "it" cannot stand for ("Thirty-two were rescued, it said": not the survivors).
_PLURAL_PEOPLE = frozenset(
    """survivors officials witnesses residents relatives doctors medics rescuers activists
    sources authorities police families villagers people parents locals""".split())
#: A finding rather than a source: "X said an initial investigation showed ...": X's.
_FINDING = regex.compile(
    r"(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(?:investigation|assessment|review|count|tally|survey|"
    r"inquiry|analysis|estimate|check|inspection)$", regex.IGNORECASE)
#: A figure whose noun is itself the casualty word ("30 wounded", "12 dead").
_BARE_CASUALTY = frozenset(("dead", "wounded", "injured", "hurt", "killed", "missing", "deaths",
                            "fatalities", "arrests", "detentions"))
#: Counted nouns whose category a verb of moving people does not change ("flown 18 wounded
#: people to Mopti" are still the wounded).
_NOT_MOVED = frozenset(("troops", "injured", "killed", "missing", "hostages"))
_CAPTIVES = captives.PRISONER_NOUNS | frozenset(("inmate", "prisoner", "detainee", "convict",
                                                 "escapees"))
_LABEL_TAIL = regex.compile(r"\s*(?:[\p{L}]+\s+){0,3}?\s*")
_LABEL_WORD = regex.compile(r"\p{L}+")
_LABEL_KINDS = frozenset(("troops", "munitions", "aid", "infrastructure"))
_AS_DID = regex.compile(
    r",?\s*\bas\s+(?:did|were|was|had|have|has|are|is)\s+(?:the\s+|another\s+|some\s+)?$",
    regex.IGNORECASE | regex.REVERSE)
#: What may stand between "X said" and the subject of the clause it reports.
_REPORTED_CLAUSE = regex.compile(r"\s+(?:(?:on|last|this|late|early)\s+\p{L}+\s+)?(?:that\s+)?")
#: "The army has deployed", "Rescue teams recovered", "UNRWA has opened" at the start of a
#: sentence, right before the figure (the verbs of responding to a disaster or an attack).
_RESPONSE_ACTION = regex.compile(
    r"[\"“]?(?P<subject>(?:(?:The|A|An)\s+)?(?:[\p{L}\-'’.]+\s+){0,5}?)"
    r"(?:(?:has|have|had)\s+)?(?:(?:also|since|already|so\s+far|now)\s+)?"
    r"(?:deployed|sent|dispatched|mobili[sz]ed|evacuated|rescued|recovered|opened|set\s+up|"
    r"distributed|donated|allocated|pledged|airlifted|flown\s+in|brought\s+in|suspended|"
    r"dismissed|fired|vaccinated|treated)\s+(?:(?:\p{Ll}+)\s+){0,2}?$")
_BULLETS = ("•", "-", "*", "–", "—", "·", "▪", "►")
_CONTRAST = regex.compile(r",\s*(?:while|whereas|but)\s", regex.IGNORECASE)
#: "according to Amnesty International, which counted 14 ...": the source's own count.
_COUNTING_RELATIVE = regex.compile(
    r",\s*(?:which|who)\s+(?:has\s+|had\s+|have\s+)?(?:counted|recorded|documented|registered|"
    r"tallied|puts?|estimated?|estimates|confirmed|verified|identified|listed|logged)\s+"
    r"(?:(?:the|its|their|death|casualty|toll|number|figure|count|at)\s+){0,5}"
    r"|,\s*(?:which|who)\s+(?:has\s+|had\s+|also\s+)?(?:said|says|reported|reports)\s+(?:that\s+)?",
    regex.IGNORECASE)
_RELATIVE_BREAK = regex.compile(r",\s*(?:where|which|whose|when)\b|\s[–—]\s")


def _open_aside(gap: str) -> bool:
    """Whether ``gap`` (from a cue to a figure) ends inside a relative clause or a dashed aside
    ("X said, where 300 ..."); a closed one ("According to X, the quake, which measured 7.6,
    caused 681 deaths") leaves the figure in the cue's report."""
    breaks = list(_RELATIVE_BREAK.finditer(gap))
    if not breaks:
        return False
    last = breaks[-1]
    if last.group().startswith(","):
        return "," not in gap[last.end():]
    return (gap.count("—") + gap.count("–")) % 2 == 1


#: News agencies told a figure ("told Reuters 42 bodies"); "told France 2" names a channel.
_AGENCIES = frozenset("""reuters afp ap bbc cnn xinhua anadolu tass efe dpa ani pti upi ians
    nbc cbs abc npr""".split())
_TOLD_BEFORE = regex.compile(r"\b(?:told|tells|tell|informed)\s+(?:the\s+)?$",
                            regex.IGNORECASE | regex.REVERSE)
_NEGATED = regex.compile(r"\b(?:no|not|zero|without)\s+$", regex.IGNORECASE | regex.REVERSE)
_YEAR_CONTEXT = frozenset(
    "in since by of from until before after during early late mid the year around circa".split()
)
_TRIVIAL_NOUNS = frozenset(
    """things ways times issues steps reasons questions options sides parties points
    leaders countries nations states words hours days years months weeks minutes
    pieces percent occasions fronts rounds stages phases categories parts items
    sessions meetings calls talks visits trips matches titles trophies medals goals
    appearances caps assists wickets innings games levels tiers grades scenarios languages
    chapters verses episodes seasons editions versions""".split()
)
#: "a crew of six", "a team of 12": a group counted by its size.
_GROUP_OF_BEFORE = regex.compile(
    r"\b(?P<noun>crews?|teams?|delegations?|parties|party)\s+of\s+"
    r"(?:(?:at\s+least|more\s+than|about|some|nearly|over|around|up\s+to)\s+)?$",
    regex.IGNORECASE | regex.REVERSE)
#: Loads counted by weight or volume, and what they may be other than aid.
_LOADS = frozenset("tonnes tons tonne ton litres liters gallons barrels kilograms kilos".split())
_MATERIAL_AFTER = regex.compile(r"\s+of\s+(?:[\w\-]+\s+){0,3}?[\w\-]+")
_MUNITIONS_LOAD = regex.compile(
    r"\b(?:bombs|ammunition|munitions|shells|ordnance|explosives|weapons|arms)\b",
    regex.IGNORECASE)
_NOT_AID = regex.compile(
    r"\b(?:ammonium|nitrate|fertili[sz]er|chlorine|crude|chemicals?|explosives?|sand|gravel|"
    r"arrack|alcohol|liquor|cocaine|heroin|drugs|marijuana|cannabis|waste|debris|rubble|ash|"
    r"lava|sewage|toxic|sulfur|sulphur|ammonia|gas\b|hashish|methamphetamine)",
    regex.IGNORECASE)


def extract(text: str, published: date | None = None) -> Extraction:
    """Extract every numeric claim from ``text``.

    ``published`` (given by the user) overrides the date found in the text; relative
    dates in the text ("on Friday") resolve against the publication date.
    """
    found = dates.find_published(text)
    if published is not None:
        info = DocumentInfo(published, "user", guess_title(text), guess_outlet(text))
    elif found is not None:
        info = DocumentInfo(found, "text", guess_title(text), guess_outlet(text))
    elif (inferred := dates.infer_published(text)) is not None:
        info = DocumentInfo(inferred, "inferred", guess_title(text), guess_outlet(text))
    else:
        info = DocumentInfo(None, "unknown", guess_title(text), guess_outlet(text))
    if " -- " not in text:
        return Extraction(info, _Extractor(text, info.published).run())
    # "six people -- three soldiers and three civilians -- were killed": a typed dash read as
    # the dash it stands for (same length, so every offset holds), then the claims' texts
    # taken from the document as written
    claims = _Extractor(text.replace(" -- ", " —  "), info.published).run()
    return Extraction(info, [replace(c, text=text[c.start:c.end], sentence=text[
        c.sentence_start:c.sentence_start + len(c.sentence)]) for c in claims])


def _layout_category(layout: tables.Layout) -> str | None:
    """What a table column, a title line or a bullet's words count ("Dead", "Deaths by
    country", "people killed since April 18"); casualty words first, then nouns."""
    found = [classify.category_of_word(w) for w in layout.words]
    found = [c for c in found if c and not c.startswith("neutral:")]
    if "cases" in layout.words[:2] and "killed" not in found[:1]:
        return "other"
    return next((c for c in found if c in _CATEGORY_CLASSES), found[0] if found else None)


def _newline_offsets(text: str) -> list[int]:
    """Offsets of every newline (string search: faster than a regex scan)."""
    found: list[int] = []
    i = text.find("\n")
    while i >= 0:
        found.append(i)
        i = text.find("\n", i + 1)
    return found


class _Extractor(LookBacks, Captives):
    """State for one document: sentences, masks, cues cached per sentence."""

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published
        self.sentences: list[Sentence] = []
        self.starts: list[int] = []
        self._cues: dict[int, list[attribution.Cue]] = {}
        self._dates: dict[int, date | None] = {}
        self._chains: dict[int, list[int]] = {}
        self._layouts: dict[int, tables.Layout | None] = {}
        self._restatements: dict[int, regex.Match | None] = {}

    # --- candidates ----------------------------------------------------------------------
    def run(self) -> list[ExtractedClaim]:
        text = self.text
        raw: list[tuple[Figure, int]] = []
        contexts: list[classify.Context] = []
        mentions = [m for m in find_mentions(text) if not is_masked(text, m.start(), m.end())]
        self._split(m.start() for m in mentions)
        for m in mentions:
            idx = bisect.bisect_right(self.starts, m.start()) - 1
            if idx < 0 or m.start() >= self.sentences[idx].end:
                continue
            for fig in figures_from_match(m, text):
                ctx = classify.read_noun_phrase(text, fig.end, self.sentences[idx].end)
                if not ctx.unit:  # "two weeks", "40 km": never claims, never list members
                    raw.append((fig, idx))
                    contexts.append(ctx)
        self.raw = raw
        self.contexts = contexts
        self._share_elided_nouns()
        self._kept: list[ExtractedClaim] = []
        for n in range(len(raw)):
            claim = self._claim(n)
            if claim:
                self._kept.append(claim)
        return self._kept

    # --- one claim -----------------------------------------------------------------------
    def _split(self, positions) -> None:
        """Split into sentences only the paragraphs around figures (most text has none)."""
        text = self.text
        self._newlines = newlines = _newline_offsets(text)
        needed: set[int] = set()
        for pos in positions:
            p = bisect.bisect_left(newlines, pos)
            needed.update(range(max(0, p - _CONTEXT_PARAGRAPHS), p + 1))
        for p in sorted(needed):
            start = newlines[p - 1] + 1 if p > 0 else 0
            end = newlines[p] if p < len(newlines) else len(text)
            self.sentences.extend(split_sentences(text, start, end, p))
        self.starts = [s.start for s in self.sentences]

    def _share_elided_nouns(self) -> None:
        """'About 10,000 U.S. and 2,000 Iraqi troops': a figure whose noun phrase is only a
        modifier shares the noun of the next figure in its list."""
        contexts, raw = self.contexts, self.raw
        for i in range(len(raw) - 1):
            ctx, nxt = contexts[i], contexts[i + 1]
            if raw[i][1] != raw[i + 1][1] or not ctx.noun or " " in ctx.noun or \
                    ctx.own_after or not nxt.noun or not _MODIFIER_ONLY.fullmatch(ctx.noun) or \
                    not nxt.noun.split()[-1].islower() or \
                    not _AND_GAP.fullmatch(self.text, ctx.np_end, raw[i + 1][0].start):
                continue
            contexts[i] = replace(
                nxt, noun=f"{ctx.noun} {nxt.noun.split()[-1]}", pronoun=ctx.pronoun,
                np_end=ctx.np_end, unit=ctx.unit)

    def _claim(self, n: int) -> ExtractedClaim | None:
        """The claim for figure ``n``, or None when it is not a claim."""
        text = self.text
        fig, idx = self.raw[n]
        ctx = self.contexts[n]
        sent = self.sentences[idx]
        if self._not_a_count(n, fig, ctx, sent):
            return None
        category, subject = self._category(n, self._chain(n))
        if category == "other":
            subject = self._other_subject(n, fig, ctx, sent, subject)
            if subject is None:
                return None
        if ctx.noun and ctx.noun[0].isupper() and not (
            ctx.noun_category or classify.is_people(ctx.noun) or ctx.own_after
            or _COMMON_PLURAL.search(ctx.noun)  # "1,600 Hezbollah targets", not "the 400 Mawozo"
            or (category in _CATEGORY_CLASSES and not _BY_THE.search(text, sent.start, fig.start))
            or classify.nationality_phrase(ctx.noun)
            or self._listed_with_people(n)
        ):
            return None  # "the 400 Mawozo gang": part of a name
        if fig.spelled and fig.value == 1 and category not in _CATEGORY_CLASSES:
            return None
        background = category == "population" and classify.population_context(
            text, fig.start, sent.start) and any(
                r[1] == idx and r[0] is not fig for r in self.raw)  # incidental to another figure
        cue = self._attribution(fig, idx, background, category)
        if cue is False:
            return None
        restated = self._restated(n)
        if restated and restated.group("src") and \
                restated.group("src").lower() not in attribution.PRONOUNS:
            cue = restated.group("src")  # "the 317 that police had given": police gave it
        if not ctx.noun and (counter := self._counter_of(n)):
            cue = counter  # "..., the police 451": the police counted it
        if cue is None:
            head = self._kept_head(self._chain(n), n)
            cue = head.attribution if head else None  # a breakdown keeps its total's source
        if cue is None and (layout := self._layout(n)) is not None:
            cue = self._title_source(layout)  # "(National Disaster Management Authority)"
        claim_date = self._claim_date(idx)
        span = text[fig.start:fig.end]
        return ExtractedClaim(
            start=fig.start,
            end=fig.end,
            text=span,
            value=fig.value,
            qualifier=fig.qualifier,
            low=fig.low,
            high=fig.high,
            value_high=fig.value_high,
            category=category,
            subject=subject,
            location=classify.find_location(text, fig.start, ctx.np_end, sent.start, sent.end),
            attribution=cue,
            date=claim_date,
            sentence=sent.text,
            sentence_start=sent.start,
        )

    def _load_of(self, category: str, ctx: classify.Context, sent: Sentence) -> str:
        """Tonnes and litres are aid unless the load says otherwise: "80 tonnes of bombs" are
        munitions, "2,750 tonnes of ammonium nitrate" and "900 litres of arrack" are neither."""
        head = ctx.noun.lower().split()[-1] if ctx.noun else ""
        material = _MATERIAL_AFTER.match(self.text, ctx.np_end, sent.end) \
            if head in _LOADS else None
        if material is None:
            return category
        if _MUNITIONS_LOAD.search(material.group()):
            return "munitions"
        return "other" if _NOT_AID.search(material.group()) else category

    def _not_a_count(self, n: int, fig: Figure, ctx: classify.Context, sent: Sentence) -> bool:
        """Units ("3 days"), labels ("Resolution 2334"), negations ("no 5", not the contrast
        "40, not 400"), years."""
        negated = _NEGATED.search(self.text, max(sent.start, fig.start - 12), fig.start) and \
            self._contrasted(n) is None
        return bool(ctx.unit or negated or self._is_label(fig, sent)
                    or self._is_year(fig, ctx, sent))

    def _small_count_kept(self, n: int, fig: Figure, ctx: classify.Context) -> bool:
        """Whether "one" or "two" with no category still counts people: listed with others
        ("16 pupils and two teachers"), a share of a counted group ("two of the 110 people"),
        or more of the same ("Two other pupils escaped")."""
        named_people = bool(ctx.noun) and not ctx.pronoun and classify.is_people(ctx.noun)
        return (named_people and len(self._chain(n)) > 1) or \
            bool(_OF_THE_COUNTED_AFTER.match(self.text, fig.end)) or \
            (named_people and self.text.startswith(" other ", fig.end))

    def _other_subject(self, n: int, fig: Figure, ctx: classify.Context, sent: Sentence,
                       subject: str | None) -> str | None:
        """What an uncategorised figure counts, or None when it is not worth a claim."""
        if ctx.pronoun and _OF_THEM_AFTER.match(self.text, fig.end) and self._kept and \
                self._kept[-1].sentence_start == sent.start and self._kept[-1].value > fig.value:
            return self._kept[-1].subject or "people"  # "200 workers ..., 67 of them on the"
        if fig.spelled and fig.value < 3 and not self._small_count_kept(n, fig, ctx):
            return None  # "two leaders", "one of them"
        if ctx.noun:
            head = ctx.noun.lower().split()[-1]
            return None if head in _TRIVIAL_NOUNS else subject
        group = _apposed_group(self.text, fig, ctx, sent.start)
        if group:
            return group  # "the attackers, about 60 of them"
        if situations.capacity_before(self.text, fig.start, sent.start):
            return "capacity"  # "well above its capacity of 60"
        counted = classify.count_noun_before(self.text, fig.start, sent.start)
        if counted:
            return counted  # "total hospitalisations to 209,000"
        group = _GROUP_OF_BEFORE.search(self.text, max(sent.start, fig.start - 30), fig.start)
        if group:
            return group.group("noun")  # "110 passengers and a crew of six"
        apposed = _NOUN_COMMA.search(self.text, max(sent.start, fig.start - 30), fig.start)
        if apposed:
            return apposed.group("noun")  # "the confirmed cases – 3,233 –"
        layout = self._layout(n)
        if layout is not None and layout.words and (layout.kind == "column" or (
                layout.kind == "label" and any(w.endswith(("s", "ed")) for w in layout.words))):
            return " ".join(layout.words)  # a table's "Cases" column, "People affected:"
        number_of = [m for m in _NUMBER_OF_NOUN.finditer(
            self.text, max(sent.start, fig.start - 150), fig.start)]
        if number_of:  # "revised the number of health workers who have the disease from 74"
            return number_of[-1].group("noun")
        numbered = _NUMBERED.search(self.text, max(sent.start, fig.start - 60), fig.start)
        if numbered:
            return numbered.group("noun")  # "protesters numbered in the tens of thousands"
        if self._kept and ((ctx.noun or "").lower() in _OTHERS
                           or _MORE_AFTER.match(self.text, fig.end)
                           or _FROM_BEFORE.search(self.text, sent.start, fig.start)
                           or _SAME_KIND_BEFORE.search(self.text, max(sent.start, fig.start - 60),
                                                       fig.start)
                           or classify.same_as_before(self.text, fig.start, sent.start)):
            return self._kept[-1].subject or "people"  # "organisers put the figure at 100,000"
        if not fig.spelled and _BARE_SUBJECT.match(self.text, fig.end):
            return "people"  # "755,000 face catastrophic hunger"
        if (not fig.spelled or fig.qualifier == "vague") and \
                _CROWD_VERB_AFTER.match(self.text, fig.end):
            return "people"  # "tens of thousands had filled the streets"
        lo = max(sent.start, fig.start - 130)
        if any(w in self.text[lo:fig.start].lower() for w in ("crowd", "turnout", "attendance")) \
                and _CROWD_SIZE_BEFORE.search(self.text, lo, fig.start):
            return "crowd"  # "The crowd, which had marched ..., was estimated by police at"
        if self._kept and _SUBSET_BEFORE.search(self.text, max(sent.start, fig.start - 20),
                                                fig.start):
            prev = self._kept[-1]
            if prev.sentence_start == sent.start and prev.value > fig.value:
                return prev.subject or "people"  # "put the turnout at 130,000, including 80,000"
        return subject  # set by the context ("the crowd at 80,000"), else None

    def _is_label(self, fig: Figure, sent: Sentence) -> bool:
        """'Resolution 2334', 'Shahed 136', 'F-16', 'Channel 12': a label, not a count."""
        before = self.text[max(sent.start, fig.start - 30):fig.start]
        prev = _PREV_WORD.search(before)
        if not prev:
            return False
        word = prev.group(1)
        if word.lower() == "number" and fig.qualifier != "exact":
            return False  # "Soldiers deployed there number about 500": a verb
        if word.lower().rstrip(".") in _LABELS or word.lower() in _LABELS:
            return True
        span_text = self.text[fig.start:fig.end]
        possessive = word.endswith(("'s", "’s", "s'", "s’"))
        if word.lower() in _FUNCTION_WORDS or (word.lower() in _AGENCIES and _TOLD_BEFORE.search(
                before, 0, prev.start())):
            return False  # "told Reuters 42 bodies had been brought": the one told, not a label
        if word.lower() in _WHEN_WORDS or _PLACE_BEFORE.search(before, 0, prev.start()):
            return False  # "On Sunday 12 people", "Across Gaza 25 people": not a label
        if word[0].isupper() and span_text[0].isdigit() and not possessive and \
                not before.rstrip().endswith(",") and not classify.is_verb(word) and \
                word.lower() not in _HEADLINE_VERBS:
            at_start = before[:prev.start()].strip() == "" and fig.start - 30 <= sent.start
            return not at_start and word.lower() not in ("about", "some", "nearly", "over")
        return False

    def _is_year(self, fig: Figure, ctx: classify.Context, sent: Sentence) -> bool:
        span = self.text[fig.start:fig.end]  # year ranges never get here: see masks
        if len(span) != 4 or not _YEAR.fullmatch(span):
            return False
        prev = _PREV_WORD.search(self.text, max(sent.start, fig.start - 20), fig.start)
        if prev and prev.group(1).lower() in _YEAR_CONTEXT:
            return True
        return not (ctx.noun_category or classify.is_people(ctx.noun) or ctx.own_after)

    def _chain(self, n: int) -> list[int]:
        """Indexes of the figures listed together with figure ``n`` (itself included)."""
        if n not in self._chains:
            self._chains[n] = self._find_chain(n)
        return self._chains[n]

    def _find_chain(self, n: int) -> list[int]:
        raw, contexts = self.raw, self.contexts
        members = [n]
        i = n
        while i > 0:
            if raw[i - 1][1] != raw[i][1]:
                break
            gap = self.text[contexts[i - 1].np_end:raw[i][0].start]
            if not (_CHAIN_GAP.match(gap) or _LOOSE_CHAIN.search(gap)):
                break
            members.insert(0, i - 1)
            i -= 1
        i = n
        while i + 1 < len(raw):
            if raw[i + 1][1] != raw[i][1]:
                break
            gap = self.text[contexts[i].np_end:raw[i + 1][0].start]
            if not _CHAIN_GAP.match(gap):
                break
            members.append(i + 1)
            i += 1
        return members

    def _category(self, n: int, chain: list[int]) -> tuple[str | None, str | None]:
        """Category and subject, from the strongest evidence around the figure.

        Order: a predicate right after the figure ("were killed"), a trigger right before it
        ("killing at least"), a casualty noun ("bodies"), a predicate shared by a list
        ("3,760 children and 2,326 women were killed"), the list's trigger, the counted noun
        ("rockets"), a neutral verb ("sent", "fired").
        """
        text, raw, contexts = self.text, self.raw, self.contexts
        fig, idx = raw[n]
        ctx = contexts[n]
        sent = self.sentences[idx]
        subject = ctx.noun
        if classify.population_context(text, fig.start, sent.start, ctx.noun) and (
            not ctx.noun or classify.is_people(ctx.noun) or ctx.noun_category == "population"
        ) and ctx.noun_category != "troops":  # "a base home to 200 troops": still troops
            return "population", subject or "people"
        first = chain[0]

        own: list[str | None] = []

        def own_before() -> str | None:  # computed only when a stronger cue has not decided
            if not own:
                found = classify.trigger_before(text, fig.start, self._floor(n, sent), sent.start)
                if found == "missing" and ctx.noun and ctx.noun.split()[-1].lower() in _WANTED:
                    found = None  # "searching for 3 suspects": wanted, not missing
                own.append(found)
            return own[0]

        def chain_before() -> str | None:
            return own_before() if first == n else classify.trigger_before(
                text, raw[first][0].start, self._floor(first, sent), sent.start)

        chain_after = chain_neutral = chain_late = None
        subset_from = next((k for k in chain if k > n and _LOOSE_CHAIN.search(
            text[contexts[k - 1].np_end:raw[k][0].start])), None)
        for k in reversed(chain):
            if subset_from is not None and k >= subset_from:
                continue  # "1,116 wounded patients, 134 of whom died": the 134 died
            if k != n and contexts[k].own_after and not chain_after:
                chain_after = contexts[k].own_after
            if k > n and contexts[k].late_after and not chain_late:
                chain_late = contexts[k].late_after
            if contexts[k].neutral_after and not chain_neutral:
                chain_neutral = contexts[k].neutral_after
        if (ctx.pronoun or not subject) and len(chain) > 1:
            subject = subject or next((contexts[k].noun for k in chain if contexts[k].noun
                                       and not classify.is_trigger_word(contexts[k].noun)), None)
        inherited = None
        if (ctx.pronoun or not ctx.noun) and n > 0 and (
            ctx.pronoun or classify.same_as_before(text, fig.start, sent.start)
        ):
            inherited = self._previous_category(n)
            if inherited and inherited != "killed" and _FINAL_FIGURE.search(
                    text, max(sent.start, fig.start - 60), fig.start):
                inherited = "killed"  # "the final figure could be more than 10,000": the toll
        people_or_none = not ctx.noun or ctx.pronoun or classify.is_people(ctx.noun) or \
            ctx.noun_category in _CATEGORY_CLASSES or ctx.noun_category == "troops" or \
            ctx.noun.lower() in _OTHERS or \
            (ctx.noun_category is None and not classify.is_thing(ctx.noun))
        object_noun = None if people_or_none else ctx.noun_category

        def casualty(c: str | None) -> str | None:
            return c if c and not c.startswith("neutral:") and people_or_none else None

        if inherited is None and n > 0 and (
            (ctx.noun or "").lower() in _OTHERS or _FROM_BEFORE.search(text, sent.start, fig.start)
            or (not ctx.noun and _MORE_AFTER.match(text, fig.end)
                and not _STATE_AFTER.match(text, fig.end))
            or (not ctx.noun and _RECORDED_AFTER.match(text, fig.end))
            or (not ctx.noun and _SAME_KIND_BEFORE.search(text, max(sent.start, fig.start - 60),
                                                          fig.start))
            or (not ctx.noun and _WITH_BEFORE.search(text, max(sent.start, fig.start - 10),
                                                     fig.start)
                and _RECORDED_BY_AFTER.match(text, fig.end))
            or _SUBSET_BEFORE.search(text, max(sent.start, fig.start - 20), fig.start)
        ):  # "another 12", "up from 40", "..., the group said, among them 31 women"
            inherited = self._previous_category(n, same_sentence=True)
        if inherited is None and n > 0 and not ctx.noun and _compares(text, sent.start, fig.start):
            inherited = self._previous_category(n)  # "..., compared with 1,359 in 2022"
        if self._restated(n):
            prev = self._gapped_source(n)  # "398, not the 302 officials had reported"
            if prev is not None:
                return prev.category, prev.subject
        contrasted = self._contrasted(n)
        if contrasted is not None:
            return contrasted.category, contrasted.subject  # "It is seven, not eight"
        if (not ctx.noun or ctx.pronoun) and _THE_BEFORE.search(
                text, max(sent.start, fig.start - 10), fig.start):
            same = self._counted_before(n, fig.value)
            if same is not None:
                return same.category, same.subject  # "Nine are missing. Four of the nine"
        whole = self._whole_counted_before(n)
        if whole is not None and whole.category != "other":
            return whole.category, whole.subject  # "Four of the nine are students"
        share = self._second_share(n, fig, ctx, sent) or self._place_share(fig, ctx, sent)
        if share is not None:
            return share.category, share.subject  # "Seven of the dead ... and six were women"
        answered = self._answered_question(idx) if not ctx.noun else None
        if answered:
            return answered, subject or "people"  # "How many were hurt? About 4,000 in ..."
        if not ctx.noun and _OUT_OF.search(text, max(sent.start, fig.start - 30), fig.start):
            prev = self._gapped_source(n)
            if prev is not None:
                return prev.category, prev.subject
        if (fig.start - sent.start) and _WHOLE_GROUP.search(text, max(sent.start, fig.start - 40),
                                                             fig.start):
            # "four of its 25 crew", "74 of the 145 drones": the whole group, counted as such,
            # unless a participle says what befell it ("101 of the 110 girls abducted by")
            if people_or_none and ctx.own_after in _CATEGORY_CLASSES and \
                    _PARTICIPLE_AFTER.match(text, ctx.np_end):
                return ctx.own_after, subject
            held = self._held_after(ctx, sent) if people_or_none else None
            if held and not held.group("escaped"):
                return "hostages", subject  # "16 of the 20 aid workers they had held"
            if not ctx.pronoun and (ctx.noun_category in ("hostages", "detained") or (
                    ctx.noun_category in _CATEGORY_CLASSES and classify.is_trigger_word(ctx.noun))):
                return ctx.noun_category, subject  # "102 of the 106 hostages", "of the 246 wounded"
            if not ctx.pronoun and ctx.noun and ctx.noun.split()[-1].lower() in _REMAINS:
                return "killed", subject  # "12 of the 13 bodies found in a mass grave"
            return ("other" if people_or_none else ctx.noun_category or "other"), subject
        own_after = ctx.own_after
        if not ctx.noun and own_after in (None, "displaced") and n > 0 and \
                _OF_THOSE.match(sent.text):
            # "Of those, 1,139 crossed into Israeli territory": the rockets counted before;
            # "Of those, 76 have returned to duty": the wounded
            before = self._previous_category(n)
            if before and before != "other":
                return before, self._kept[-1].subject
        if own_after not in (None, "killed") and ctx.noun and \
                ctx.noun.split()[-1].lower() in _REMAINS:
            own_after = None  # "dozens of bodies trapped inside the hull": still the dead
        if own_after == "population" and ctx.noun_category == "displaced":
            own_after = "displaced"  # "1 million displaced people now live in" those areas
        if own_after in _CATEGORY_CLASSES and not people_or_none:
            own_after = None  # "scores of homes were burned": homes are not injured
        if own_after == "infrastructure" and (ctx.noun_category in _CATEGORY_CLASSES
                                              or classify.is_people(ctx.noun)):
            own_after = None  # "21 bodies from the debris of collapsed houses": still bodies
        if own_after == "infrastructure" and ctx.noun_category == "munitions":
            own_after = None  # "nine warplanes had been destroyed": weapons, not buildings
        bare_casualty = ctx.noun_category if (ctx.noun or "").lower() in _BARE_CASUALTY and \
            text[fig.end:ctx.np_end].strip().lower() == ctx.noun.lower() else None
        layout = self._layout(n)
        adjective_category = classify.casualty_adjective(ctx.noun)
        apposed_group = _apposed_group(text, fig, ctx, sent.start)
        if apposed_group:
            subject = apposed_group

        def candidates() -> Iterator[str | None]:
            """The evidence in order of strength, computed only as far as needed."""
            if layout is not None and layout.kind != "label":
                yield _layout_category(layout)  # a table's column or title, a bullet's words
            if not ctx.noun:
                yield self._number_named_after(fig, sent)  # "bringing to 428 the number freed"
            yield bare_casualty
            if apposed_group:
                yield classify.category_of_word(apposed_group)  # "the troops, about 50 in all"
            if people_or_none or ctx.noun_category in ("troops", "detained"):
                held = self._held_after(ctx, sent)
                if held and not held.group("escaped"):
                    yield "hostages"  # "67 police officers captured by protesters"
            if own_after == "displaced" and adjective_category in ("injured", "killed"):
                yield adjective_category  # "25 injured residents had been airlifted"
            if own_after not in (None, "killed", "missing", "displaced") and \
                    fig.start - sent.start < 40 and \
                    self._of_the(sent, fig.start, fig.value) == "killed":
                yield "killed"  # "Of the dead, seven had been shot by police": how they died
            if own_after == "displaced" and fig.start - sent.start < 40 and \
                    self._of_the(sent, fig.start, fig.value) == "injured":
                yield "injured"  # "Of the injured, 32 have been airlifted": moved for care
            if own_after and people_or_none and _WHO_AFTER.match(text, ctx.np_end) and \
                    own_before() in _CATEGORY_CLASSES:
                yield own_before()
            if people_or_none:  # "fewer than 80,000 remain", "its capacity of 60"
                yield situations.staying_category(text, fig.start, ctx.np_end, ctx.noun,
                                                  sent.start)
            yield own_after
            if people_or_none:
                yield situations.along_with_category(text, fig.start, fig.end, sent.start)
                yield situations.drafted_category(text, fig.start, ctx.noun, sent.start)
                if ctx.noun_category is None:
                    yield situations.hospital_category(text, fig.start, sent.start)
            yield object_noun
            if people_or_none and ctx.noun_category not in _NOT_MOVED:
                yield situations.moved_category(text, fig.start, ctx.np_end, sent.start,
                                                sent.end)
            if people_or_none and _camp_words(text, max(sent.start, fig.start - 120),
                                              fig.start) and \
                    _CAMP_HOLDS.search(text, max(sent.start, fig.start - 120), fig.start):
                yield "displaced"  # "the camp once sheltered more than 700,000 people"
            if ctx.noun_category in _CATEGORY_CLASSES and _LEFT_BEFORE.search(
                    text, max(sent.start, fig.start - 30), fig.start):
                yield ctx.noun_category  # "had left 15 people injured": injured, not displaced
            if ctx.noun_category == "injured" and own_before() == "displaced":
                yield "injured"  # "helicopters evacuated 23 injured people": moved for care
            if own_before() in ("detained", "troops", None) and (people_or_none or ctx.noun_category
                                                            == "troops") and \
                    captives.armed_captors_before(text, fig.start, sent.start):
                yield "hostages"  # "Rebels captured 30 government soldiers": their captives
            if not (own_before() == "other" and ctx.noun_category in _CATEGORY_CLASSES
                    and classify.count_noun_before(text, fig.start, sent.start)):
                yield casualty(own_before())  # not "182 cases, including 64 deaths": deaths
            if not ctx.noun:
                yield self._numbered_category(fig.start, sent.start)  # "bandits, numbering 100"
            if not ctx.noun or text[max(sent.start, fig.start - 2):fig.start].strip() in (
                    "(", "—", "–"):
                yield casualty(self._noun_comma(fig.start, sent.start))  # "hostages (10 ..."
            if people_or_none or ctx.noun_category == "troops":
                yield self._captives(n, fig, ctx, sent)
            if ctx.noun_category in ("detained", "hostages") and \
                    chain_after in ("killed", "injured", "missing"):
                yield chain_after  # "Twenty-nine inmates and three guards were killed"
            if ctx.noun_category in ("detained", "hostages") and first != n and \
                    chain_before() in ("killed", "injured"):
                yield chain_before()  # "killing 10 guards and four inmates"
            if ctx.noun_category == "injured" and ctx.late_after == "killed":
                yield "killed"  # "22 patients on ventilator support died"
            yield ctx.noun_category if ctx.noun_category in _CATEGORY_CLASSES else None
            yield casualty(ctx.late_after)
            yield casualty(self._subset_of_head(chain, n))
            yield casualty(self._listed_share(fig, sent))
            yield casualty(self._noun_among(fig.start, sent.start))
            yield casualty(self._colon_share(fig, sent))
            yield casualty(self._apposed_share(fig, ctx, sent))
            if ctx.pronoun:
                yield inherited  # "75 were wounded, 14 of them children"
            yield casualty(self._subset_of_kept_head(chain, n))
            yield casualty(chain_after)
            yield casualty(chain_late)  # "13 and as many as 46 civilians from ... were killed"
            if not ctx.noun:
                yield self._head_noun_category(chain, n)
            yield casualty(chain_before())
            yield casualty(self._head_category(chain, n))
            if chain[0] != n and contexts[chain[0]].noun_category is None:
                # "the hostages (10 foreign tourists and 11 Malaysian workers)"; not "78 bodies
                # and 166 survivors", where the head's own noun made it a casualty
                head = next((c for c in reversed(self._kept)
                             if c.start == raw[chain[0]][0].start), None)
                yield casualty(head.category) if head and \
                    head.category in _CATEGORY_CLASSES else None
            yield inherited
            yield casualty(self._of_the_counted(fig, ctx, sent))
            yield casualty(self._of_the(sent, fig.start, fig.value))
            yield casualty(self._of_them(n, sent))
            yield ctx.noun_category

        category = next((c for c in candidates() if c), None)
        if category and any(_NONE_OF.search(text, max(sent.start, at - 20), at)
                            for at in {fig.start, raw[chain[0]][0].start}):
            category = "other"  # "none of the 40 passengers (and 13 crew) was hurt"
        if category is None:
            noun_cats = [contexts[k].noun_category for k in chain if contexts[k].noun_category]
            if noun_cats and (not ctx.noun or ctx.pronoun):
                category = noun_cats[0]
            elif not ctx.noun and own_before() and own_before().startswith("neutral:"):
                category = own_before().split(":", 1)[1]
            elif not ctx.noun and (ctx.neutral_after or chain_neutral):
                category = ctx.neutral_after or chain_neutral
            elif _CROWD.search(text, max(sent.start, fig.start - 100), fig.start) or \
                    _AFFECTED_BEFORE.search(text, max(sent.start, fig.start - 40), fig.start):
                category, subject = "other", subject or "people"
        if category is None:
            category = self._as_did(fig.start, sent.start) or self._label_category(fig.start)
        if category is None and not ctx.noun:
            gapped = self._gapped(n)
            if gapped:
                category, subject = gapped.category, subject or gapped.subject
        if category == "displaced" and _DEFIED_EVACUATION.match(text, fig.end):
            category = "other"
        if category in ("missing", "displaced") and subject and \
                subject.lower().split()[-1] in _SOUGHT:
            category = "other"  # "Two other suspects were still being sought": wanted
        if category == "displaced" and subject and subject.lower().split()[-1] in _CAPTIVES:
            category = "detained"  # "130 inmates fled": escaped inmates stay detained
        if category == "aid" and ctx.noun and not ctx.pronoun:
            category = self._load_of(category, ctx, sent)
        if ctx.noun and not ctx.pronoun:
            category = captives.captors_category(text, fig.start, ctx.np_end, ctx.noun, category,
                                                 sent.start)
        if category == "munitions" and ctx.noun and classify.civil_aircraft(
                text, fig.start, ctx.np_end, ctx.noun, sent.end):
            category = "other"  # "two chartered cargo jets", "14 sorties dropping food"
        if category is None:
            category = "other"
        if category in ("other", "troops", "displaced") and (
                not ctx.noun or ctx.pronoun or classify.is_people(ctx.noun)
                or ctx.noun_category == "troops" or classify.nationality_phrase(ctx.noun)
                or classify.is_demonym(ctx.noun)) and classify.exchanged_prisoners(
                    text, fig.start, fig.end, text.rfind("\n", 0, sent.start) + 1, sent.end):
            category = "detained"  # prisoners of war coming home in a swap
        if category in _CATEGORY_CLASSES and (not subject or classify.is_trigger_word(subject)):
            subject = "people"  # "361 injured": the injured are people
        return category, subject

    def _numbered_category(self, start: int, floor: int) -> str | None:
        """'the bandits, numbering over 100': the group that numbers the figure."""
        if _FORCE_OF.search(self.text, max(floor, start - 40), start):
            return "troops"
        m = _NUMBERED.search(self.text, max(floor, start - 60), start)
        found = classify.category_of_word(m.group("noun")) if m else None
        if m and found is None and not classify.is_determiner(m.group("noun")):
            # "Soldiers deployed to the area number about 500": the clause's subject
            subject = self.text[floor:m.start()].split()[:3]
            found = next((c for w in subject if (c := classify.category_of_word(w.strip(",")))),
                         None)
        return None if found is None or found.startswith("neutral:") else found

    def _label_category(self, start: int) -> str | None:
        """'Journalists killed in Iraq since 2003: 112': what a line's label counts."""
        line_start = self.text.rfind("\n", max(0, start - 120), start) + 1
        if line_start == 0 and start > 120:
            return None
        label, colon, tail = self.text[line_start:start].rpartition(":")
        if not colon or len(tail) > 25 or not _LABEL_TAIL.fullmatch(tail):
            return None
        words = [w.lower() for w in _LABEL_WORD.findall(label)]
        found = next((c for w in words if (c := classify.category_of_word(w))
                      and not c.startswith("neutral:")), None)
        return found if found in _CATEGORY_CLASSES or found in _LABEL_KINDS else None

    def _as_did(self, start: int, floor: int) -> str | None:
        """'Two officers were injured, as did three bystanders': the clause's own category."""
        m = _AS_DID.search(self.text, max(floor, start - 30), start)
        if not m:
            return None
        found = classify.trigger_before(self.text, m.start(), floor, floor)
        return found if found in _CATEGORY_CLASSES else None

    def _layout(self, n: int) -> tables.Layout | None:
        """The table, key-figure list or bullet figure ``n`` sits in (None in prose)."""
        if n not in self._layouts:
            fig = self.raw[n][0]
            self._layouts[n] = tables.layout_of(self.text, fig.start, fig.end)
        return self._layouts[n]

    def _title_source(self, layout: tables.Layout) -> str | None:
        """The source named in the lines above a table or key-figure list."""
        for start, end in layout.titles:
            bracket = _TITLE_BRACKET.search(self.text, start, end)
            source = bracket.group("src").strip() if bracket else ""
            if " " in source or source.isupper():  # not 'Typhoon "Pablo" (Bopha)': a name
                return source
            cues = attribution.find_cues(self.text, start, end)
            if cues:
                return cues[0].source
        return None

    def _noun_comma(self, start: int, floor: int) -> str | None:
        """'the most heat-related deaths, 18,010,': the figure in apposition to a count noun."""
        m = _NOUN_COMMA.search(self.text, max(floor, start - 30), start)
        return classify.category_of_word(m.group("noun")) if m else None

    def _noun_among(self, start: int, floor: int) -> str | None:
        """'Police found the bodies, among them two women,': a share of an uncounted casualty
        noun."""
        lo = max(floor, start - 80)
        window = self.text[lo:start].lower()
        if not any(w in window for w in _NOUN_AMONG_WORDS):
            return None  # a substring test first: most figures follow no such list
        m = _NOUN_AMONG.search(self.text, lo, start)
        return classify.category_of_word(m.group("noun")) if m else None

    def _floor(self, n: int, sent: Sentence) -> int:
        """Where the words that may govern figure ``n`` begin: after the previous figure."""
        if n > 0 and self.raw[n - 1][1] == self.raw[n][1]:
            return max(sent.start, self.contexts[n - 1].np_end)
        return sent.start

    # --- attribution ---------------------------------------------------------------------
    def cues(self, idx: int) -> list[attribution.Cue]:
        if idx not in self._cues:
            s = self.sentences[idx]
            self._cues[idx] = attribution.find_cues(self.text, s.start, s.end)
        return self._cues[idx]

    def _attribution(self, fig: Figure, idx: int, background: bool, category: str,
                     ) -> str | bool | None:
        """The source of a figure; ``False`` when the figure is part of a source's name."""
        cues = self.cues(idx)
        text = self.text
        applicable: list[tuple[int, attribution.Cue]] = []
        contrasted: list[tuple[int, attribution.Cue]] = []
        for cue in cues:
            if cue.source_start <= fig.start and fig.end <= cue.source_end:
                return False
            if fig.start >= cue.end:
                gap = text[cue.end:fig.start]
                if _open_aside(gap) and not _COUNTING_RELATIVE.fullmatch(gap):
                    continue
                distance = fig.start - cue.end
            elif fig.end <= cue.start:
                if cue.after_only:
                    continue
                distance = cue.start - fig.end
                between = text[fig.end:cue.start]
                if _RELATIVE_BREAK.search(between) and ";" in between:
                    continue
                if "," not in between and _BY_CUE.match(text, cue.start):
                    distance = -1  # "39 other deaths reported by officials": its own source
                if _CONTRAST.search(between):
                    contrasted.append((distance, cue))
                    continue  # "X counted 320, while Y put it at 182, citing Z": Z is Y's
            else:
                distance = 0
            if background:
                between = text[min(fig.end, cue.end):max(fig.start, cue.start)]
                if ", " in between:
                    continue
            applicable.append((distance, cue))
        if not applicable and contrasted:
            # "X has 442, while 402 are missing, according to Y": no source of its own, Y's
            applicable = contrasted[:1]
        if applicable:
            # a speaker beats a recording verb: "officials said" over "the ministry recorded";
            # also "X said its officers had found 34": the officers are X's own
            spoken = any(not c.weak and not c.after_only for _, c in applicable) or (
                any(not c.weak for _, c in applicable)
                and any(c.weak and (c.source.split()[0].lower() in _DEPENDENT
                                    or _FINDING.match(c.source))
                        for _, c in applicable))
            applicable.sort(key=lambda pair: (pair[1].weak and spoken, pair[0]))
            outer = self._reporting_speaker([c for _, c in applicable], applicable[0][1])
            return self._resolve(outer or applicable[0][1], idx)
        quoted = self._quote_speaker(idx, fig)
        if quoted:
            return quoted  # 'Police spokesman Don Aaron: "We have six victims"'
        if cues or background:
            return None
        header = self._header_source(idx)
        if header:
            return header
        if not (self._continues(idx, fig) or self._same_story(idx, category)):
            return None
        if self._background(idx, fig) or self._response_action(idx, fig):
            return None  # the article's own account: history, or what an actor did
        return self._carried(idx)

    def _response_action(self, idx: int, fig: Figure) -> bool:
        """Whether the figure is what an actor named as the sentence's subject did in response
        ("The army has deployed 500 soldiers", "MSF evacuated 16 children"): the article's
        own account, not more of the report before."""
        sent = self.sentences[idx]
        m = _RESPONSE_ACTION.match(self.text, sent.start, fig.start)
        subject = m.group("subject").split() if m else []
        return bool(subject) and subject[0].lower() not in _DEPENDENT

    def _reporting_speaker(self, cues: list[attribution.Cue], chosen: attribution.Cue,
                           ) -> attribution.Cue | None:
        """The speaker whose reported clause holds the chosen cue: "MSF said Kyeshero
        hospital had admitted 182", "Abe said the government had raised the number": MSF, Abe."""
        if not chosen.after_only or chosen.pronoun:
            return None
        for cue in cues:
            if cue is not chosen and cue.after_only and not cue.weak and \
                    _REPORTED_CLAUSE.fullmatch(self.text, cue.end, chosen.source_start):
                return cue
        return None

    def _background(self, idx: int, fig: Figure) -> bool:
        """Whether the figure's clause tells history in the article's own voice: a period
        since an earlier start, an event in an earlier year, "when X killed 12"."""
        sent = self.sentences[idx]
        clause = self.text[max(sent.start, fig.start - 120):min(sent.end, fig.end + 120)]
        if _HISTORY.search(clause):
            return True
        if self.published is None:
            return False
        return any(int(y) < self.published.year for y in _IN_YEAR.findall(clause))

    def _open_quote(self, idx: int, pos: int) -> int | None:
        """Where the quotation holding ``pos`` opened, in its paragraph (None outside quotes)."""
        p = self.sentences[idx].paragraph
        start = self._newlines[p - 1] + 1 if p > 0 else 0
        seg = self.text[start:pos]
        curly_open, curly_close = seg.rfind("“"), seg.rfind("”")
        if curly_open > curly_close:
            return start + curly_open
        if curly_open < 0 and seg.count('"') % 2 == 1:
            return start + seg.rfind('"')
        return None

    def _quote_speaker(self, idx: int, fig: Figure) -> str | None:
        """The speaker who opens a quotation with a colon ('the group said: "...', 'Police
        spokesman Don Aaron: "...') for a figure anywhere inside that quotation."""
        opened = self._open_quote(idx, fig.start)
        if opened is None:
            return None
        k = bisect.bisect_right(self.starts, opened) - 1
        if not _COLON_BEFORE.search(self.text, max(0, opened - 4), opened):
            # a quote going on from an earlier sentence: '"...," X told reporters. "... eight
            # people were injured."' keeps X
            before = self.sentences[k - 1] if k > 0 else None
            if k == idx or before is None or before.paragraph != self.sentences[k].paragraph \
                    or self.cues(k):
                return None
            cues = self.cues(k - 1)
            return self._resolve(cues[-1], k - 1) if cues else None
        cues = [c for c in self.cues(k) if c.end <= opened and opened - c.end <= 60]
        if cues:
            return self._resolve(cues[-1], k)
        speaker = _COLON_SPEAKER.match(self.text, self.sentences[k].start, opened)
        return speaker.group("src") if speaker else None

    def _same_story(self, idx: int, category: str) -> bool:
        """The sentence just before, with a source, reported a figure of the same category."""
        if idx == 0:
            return False
        before = self.sentences[idx - 1]
        if before.paragraph != self.sentences[idx].paragraph:
            return False
        kinds = {category} | (_TOLL_KINDS if category in _TOLL_KINDS else set())
        same = any(c.category in kinds for c in self._kept
                   if before.start <= c.start < before.end)
        return same and bool(self.cues(idx - 1))

    def _continues(self, idx: int, fig: Figure) -> bool:
        """Whether a sentence continues the report before it ("Another 30 were injured")."""
        sent = self.sentences[idx]
        if sent.text[:1] in "“\"" and not any(q in sent.text[1:] for q in "”\""):
            return True  # a quotation that goes on
        if _SCENE_CHANGE.match(sent.text):
            return False
        if _CONTINUATION.match(sent.text):
            return True
        if fig.start - sent.start > 30:
            return False
        around = self.text[sent.start:min(sent.end, fig.end + 12)].lower()
        return bool(_MORE_OF_THE_SAME.search(around))

    def _header_source(self, idx: int) -> str | None:
        """The source named in the header line of a list ("Casualties (source: X):")."""
        text, p = self.text, self.sentences[idx].paragraph
        for q in range(p - 1, max(-1, p - 14), -1):
            start = self._newlines[q - 1] + 1 if q > 0 else 0
            end = self._newlines[q] if q < len(self._newlines) else len(text)
            line = text[start:end].strip()
            if not line:
                continue
            if line.endswith((":", ")")) and not line.startswith(_BULLETS):
                # "Casualties (source: X):", "At a glance (X figures)"; not an item of the list
                cues = attribution.find_cues(text, start, end)
                if cues:
                    return cues[0].source
                if line.endswith(":"):
                    return None
            if len(line) > 100 or not any(ch.isdigit() for ch in line):
                return None
        return None

    def _carried(self, idx: int) -> str | None:
        """A source carried from earlier sentences of the same paragraph (or a quote's end)."""
        sent = self.sentences[idx]
        if sent.text[:1] in "“\"" and not any(q in sent.text[1:] for q in "”\""):
            for j in range(idx + 1, min(idx + 5, len(self.sentences))):
                nxt = self.sentences[j]
                if nxt.paragraph != sent.paragraph:
                    break
                if any(q in nxt.text for q in "”\""):
                    cues = self.cues(j)
                    return self._resolve(cues[0], j) if cues else None
        j = idx - 1
        while j >= 0 and self.sentences[j].paragraph == sent.paragraph and idx - j <= 4:
            cues = self.cues(j)
            if cues:
                return self._resolve(cues[-1], j)
            j -= 1
        return None

    def _resolve(self, cue: attribution.Cue, idx: int) -> str | None:
        """Replace a pronoun source ('he said') with the last named speaker."""
        if not cue.pronoun:
            return cue.source
        personal = cue.source.lower() in ("he", "she")
        neuter = cue.source.lower() == "it"
        for j in range(idx, max(-1, idx - 12), -1):
            for other in reversed(self.cues(j)):
                if not other.pronoun and other.start < cue.start and not (
                        personal and _NOT_A_PERSON.search(other.source)) and not (
                        neuter and other.source.split()[-1].lower() in _PLURAL_PEOPLE):
                    return other.source
        return None

    # --- dates ---------------------------------------------------------------------------
    def _claim_date(self, idx: int) -> date | None:
        """The date a figure is reported for: 'said on Tuesday', 'as of Monday', else published."""
        if self.published is None:
            return None
        if idx in self._dates:
            return self._dates[idx]
        self._dates[idx] = found = self._find_claim_date(idx)
        return found

    def _find_claim_date(self, idx: int) -> date | None:
        sent = self.sentences[idx]
        for m in dates.report_dates(sent.text):
            near_speech = any(
                abs((sent.start + m.start()) - c.end) < 25 or abs(c.start - (sent.start + m.end()))
                < 25 for c in self.cues(idx)
            ) if m.group("asof") is None else True
            if near_speech:
                resolved = dates.resolve(m, self.published)
                if resolved and resolved <= self.published:
                    return resolved
        return self.published
