"""Claim records for the figures tests: a compact factory and the seed claims.

The seed claims mirror the hand annotations of the five sample articles
(category, subject, qualifier bounds, attribution); dates are the articles'
publication dates (2023-10-13, 2023-11-02, 2023-11-03).
"""

from __future__ import annotations

import itertools
from datetime import date

from factcheck.figures import FigureClaim

_ids = itertools.count(1)

VAGUE = {"dozens": (12, 99), "hundreds": (100, 999), "thousands": (1000, 9999)}


def bounds(value: float, qualifier: str) -> tuple[float, float | None]:
    """The interval of a value under a qualifier (the extractor's conventions)."""
    if qualifier == "exact":
        return value, value
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + 1, None
    if qualifier == "at_most":
        return 0, value
    if qualifier == "fewer_than":
        return 0, value - 1
    if qualifier == "about":
        return round(value * 0.9), round(value * 1.1)
    raise ValueError(qualifier)


def claim(
    value: float | str,
    category: str = "killed",
    subject: str | None = "people",
    source: str = "Reuters",
    when: str | date | None = "2024-03-01",
    qualifier: str = "exact",
    location: str | None = None,
    document_id: int | None = None,
    event: str | None = None,
    key: str = "",
) -> FigureClaim:
    """One claim; ``value`` may be a vague word ("hundreds")."""
    cid = next(_ids)
    if isinstance(value, str):
        low, high = VAGUE[value]
        value, qualifier = low, "vague"
    else:
        low, high = bounds(value, qualifier)
    day = date.fromisoformat(when) if isinstance(when, str) else when
    return FigureClaim(
        id=cid, category=category, subject=subject, location=location, value=value,
        low=low, high=high, qualifier=qualifier, date=day, source=source,
        document_id=document_id if document_id is not None else cid, published=day,
        key=key or f"claim-{cid}", event=event,
    )


def seed_claims() -> dict[str, FigureClaim]:
    """The seed articles' claims that matter for figures, by a short name."""
    oct13, nov2, nov3 = "2023-10-13", "2023-11-02", "2023-11-03"
    return {
        # 000 (The National, 13 October)
        "thousands_killed": claim("thousands", subject="people", source="doc:000", when=oct13,
                                  location="Gaza and Israel", document_id=0),
        "rockets": claim("thousands", category="munitions", subject="rockets",
                         source="doc:000", when=oct13, document_id=0),
        "hundreds_killed": claim("hundreds", subject="people", source="doc:000", when=oct13,
                                 location="Gaza", document_id=0),
        # 002 (no date)
        "us_troops": claim(200, category="troops", subject="US troops", source="doc:002",
                           when=None, document_id=2),
        "uk_officers": claim(10, category="troops", subject="British officers",
                             source="the source", when=None, qualifier="fewer_than",
                             document_id=2),
        # 003 (The Telegraph, 2 November)
        "israelis_killed": claim(1400, subject="Israelis", source="doc:003", when=nov2,
                                 document_id=3),
        "hostages_hundreds": claim("hundreds", category="hostages", subject="Israelis",
                                   source="doc:003", when=nov2, document_id=3),
        "carriers": claim(2, category="munitions", subject="American aircraft carriers",
                          source="doc:003", when=nov2, document_id=3),
        "population": claim(2_300_000, category="population", subject="Palestinian territory",
                            source="doc:003", when=nov2, document_id=3),
        "gaza_toll": claim(9061, subject="people", qualifier="at_least", location="Gaza",
                           source="Gaza’s Hamas-run health ministry", when=nov2, document_id=3),
        "children_killed": claim(3760, subject="children", location="Gaza",
                                 source="Gaza’s Hamas-run health ministry", when=nov2,
                                 document_id=3),
        "women_killed": claim(2326, subject="women", location="Gaza",
                              source="Gaza’s Hamas-run health ministry", when=nov2,
                              document_id=3),
        "us_evacuees": claim(79, category="displaced", subject="US citizens", source="The US",
                             when=nov2, document_id=3),
        # 004 (CNN-style wire, 3 November)
        "captives": claim(240, category="hostages", subject="captives", qualifier="more_than",
                          source="doc:004", when=nov3, document_id=4),
        "captive_people": claim(240, category="hostages", subject="people",
                                qualifier="more_than", source="doc:004", when=nov3,
                                document_id=4),
        "oct7_toll": claim(1400, subject="people", qualifier="more_than", source="Israel",
                           when=nov3, document_id=4),
        "residents": claim(2_300_000, category="population", subject="residents",
                           qualifier="more_than", location="Gaza", source="doc:004", when=nov3,
                           document_id=4),
        "gaza_toll_2": claim(9227, subject="people", qualifier="more_than",
                             source="Palestinian authorities", when=nov3, document_id=4),
        "west_bank": claim(132, subject="Palestinians", location="the occupied West Bank",
                           source="doc:004", when=nov3, document_id=4),
    }


#: A small story told by several outlets: each scenario is its own figure.
STORY = {
    # conflict: same day, 1,200 vs 1,400 killed in Turkey
    "quake_a.txt": "Quake toll\n\nPublished: February 10, 2024\n\n"
                   "The earthquake in Turkey killed 1,200 people, officials told Reuters.\n",
    "quake_b.txt": "Turkey quake\n\nPublished: February 10, 2024\n\n"
                   "The earthquake in Turkey killed 1,400 people, the disaster agency said.\n",
    # revision: the same source goes from 1,400 down to 1,200
    "toll_1.txt": "Attack toll\n\nPublished: November 2, 2023\n\n"
                  "Israeli officials said 1,400 Israelis were killed.\n",
    "toll_2.txt": "Toll revised\n\nPublished: November 10, 2023\n\n"
                  "Israeli officials said 1,200 Israelis were killed, revising the toll.\n",
    # outlier: three sources near 500, one says 5,000
    "flood_1.txt": "Floods\n\nPublished: September 14, 2023\n\n"
                   "The floods in Libya killed 490 people, the Red Crescent said.\n",
    "flood_2.txt": "Floods\n\nPublished: September 14, 2023\n\n"
                   "The floods in Libya killed 500 people, the health ministry said.\n",
    "flood_3.txt": "Floods\n\nPublished: September 14, 2023\n\n"
                   "The floods in Libya killed 510 people, the UN said.\n",
    "flood_4.txt": "Floods\n\nPublished: September 14, 2023\n\n"
                   "The floods in Libya killed 5,000 people, a local official said.\n",
    # consistent: "more than 240" and "around 240" hostages
    "hostages_1.txt": "Hostages\n\nPublished: November 3, 2023\n\n"
                      "The Israeli military said more than 240 hostages were held in Gaza.\n",
    "hostages_2.txt": "Hostages\n\nPublished: November 3, 2023\n\n"
                      "Around 240 hostages are held in Gaza, the AP reported.\n",
    # an update: a rising toll over days
    "gaza_1.txt": "Gaza\n\nPublished: October 20, 2023\n\n"
                  "At least 4,000 people have been killed in Gaza, the health ministry said.\n",
    "gaza_2.txt": "Gaza\n\nPublished: November 2, 2023\n\n"
                  "At least 9,061 people have been killed in Gaza, the health ministry said.\n",
    # one report revising down (a revision), one reporting a rise (an update)
    "mine_1.txt": "Mine collapse\n\nPublished: March 5, 2024\n\n"
                  "Officials revised the number of miners killed in Ghana down to 30 from 45.\n",
    "fire_1.txt": "Fire\n\nPublished: March 5, 2024\n\n"
                  "The number of people killed in the fire in Dhaka rose to 60 from 44, "
                  "police said.\n",
}
