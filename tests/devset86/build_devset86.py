"""Source of the eighty-sixth development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) on aid, evacuations and displacement logistics from 1990 to 2025:
convoys and trucks, airlifts and evacuation flights, ferries and buses, shelters and camps,
food distributions, refugees crossing borders, and people evacuated ahead of storms, wildfires
and floods. Written for this set (none copied from an article) in the style of UN agency
briefing notes and OCHA-style updates quoted in news, NGO statements, wire copy (Reuters, AP,
AFP, Xinhua, PTI, Anadolu, Kyodo, EFE), regional dailies, TV station websites with "Updated"
lines and "key figures" boxes. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the
set tests extraction, not facts.

Run ``python tests/devset86/build_devset86.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset86")

REDMOND = "UNHCR spokesperson Ron Redmond"
OSCE = "the Organization for Security and Cooperation in Europe (OSCE)"
WFP = "The World Food Programme"
UNHCR_GOMA = "The U.N. refugee agency UNHCR"
MSF_SPOKES = "a spokesman for Médecins Sans Frontières"
UNHCR_SPOKES = "a spokesman for the U.N. High Commissioner for Refugees"
MEA = "the External Affairs Ministry"
STELMACH = "Premier Ed Stelmach"
MA = "ministry spokesman Ma Zhaoxu"
OCHA_IQ = "the UN Office for the Coordination of Humanitarian Affairs (OCHA)"

PASSAGES = [
    # --- Kosovo, Goma, Kurdistan, Sarajevo, Kuwait: the 1990s ----------------------------------
    P("d86_001",
      "Kosovo refugees: Humanitarian Evacuation Programme gathers pace\n"
      "Briefing notes, 13 April 1999\n"
      "UNHCR spokesperson Ron Redmond told journalists in Geneva today that 6,120 refugees have "
      "now been flown out of the former Yugoslav Republic of Macedonia to third countries under "
      "the Humanitarian Evacuation Programme, 1,850 of them in the past 48 hours. Seventeen "
      "flights left Skopje airport yesterday, most of them bound for Germany, Turkey and Norway. "
      "Stenkovec I, the largest camp, now shelters some 24,500 people on a site designed for "
      "20,000, and a second camp next to it opened on Sunday with room for 15,000. Between 1,000 "
      "and 2,000 new arrivals are still crossing at Blace each day. The government has told UNHCR "
      "it will not host more than 10,000 additional refugees unless other countries take more.",
      [C("6,120", 6120, "exact", "displaced", "refugees flown out of Macedonia", REDMOND),
       C("1,850", 1850, "exact", "displaced", "refugees flown out in 48 hours", REDMOND),
       C("Seventeen", 17, "exact", "other", "evacuation flights from Skopje", REDMOND,
         optional=True, cat_alt=["aid"], attr_alt=[None]),
       C("some 24,500", 24500, "about", "displaced", "people sheltering at Stenkovec I",
         REDMOND, cat_alt=["population"], attr_alt=[None]),
       C("20,000", 20000, "exact", "other", "capacity of Stenkovec I", REDMOND, optional=True,
         cat_alt=["infrastructure"], attr_alt=[None]),
       C("15,000", 15000, "exact", "other", "capacity of the second camp", REDMOND,
         optional=True, cat_alt=["infrastructure"], attr_alt=[None]),
       C("Between 1,000 and 2,000", 1000, "range", "displaced", "new arrivals at Blace each day",
         REDMOND, high=2000, cat_alt=["other"], attr_alt=[None]),
       C("more than 10,000", 10000, "more_than", "displaced",
         "additional refugees Macedonia will host", "The government", optional=True)],
      published="1999-04-13"),

    P("d86_002",
      "KUKES, Albania, May 4, 1999 (AFP) - Aid agencies bused another 3,400 Kosovar refugees out "
      "of this overcrowded border town on Tuesday, but some 90,000 remain in and around Kukes, a "
      "town of 25,000 people before the war, local officials said. About 1,500 more crossed at "
      "the Morini border post overnight, many on tractors and on foot, according to the "
      "Organization for Security and Cooperation in Europe (OSCE), whose monitors count "
      "arrivals. The World Food Programme said it was distributing 45 tonnes of bread and flour "
      "a day in the town, and that nine trucks of food had been stuck for two days on the "
      "mountain road from Tirana after a landslide. NATO troops have built 14 camps in the "
      "district, but officials fear that shelling of the border villages could drive up to "
      "100,000 more people across.",
      [C("3,400", 3400, "exact", "displaced", "refugees bused out of Kukes", "local officials",
         attr_alt=["Aid agencies"]),
       C("some 90,000", 90000, "about", "displaced", "refugees remaining in Kukes",
         "local officials"),
       C("25,000", 25000, "exact", "population", "pre-war population of Kukes", None,
         attr_alt=["local officials"]),
       C("About 1,500", 1500, "about", "displaced", "refugees crossing at Morini overnight", OSCE,
         cat_alt=["other"], attr_alt=["OSCE"]),
       C("45", 45, "exact", "aid", "tonnes of bread and flour a day", WFP),
       C("nine", 9, "exact", "aid", "food trucks stuck on the road", WFP),
       C("14", 14, "exact", "infrastructure", "camps built by NATO troops", None,
         cat_alt=["other", "aid"], attr_alt=["NATO troops", "officials"]),
       C("up to 100,000", 100000, "at_most", "displaced", "people who could cross", "officials")],
      published="1999-05-04"),

    P("d86_003",
      "GOMA, Zaire, July 22 (Reuters) - Cholera has killed at least 2,000 Rwandan refugees in "
      "and around Goma in the past week, and bulldozers were pushing bodies into mass graves at "
      "Kibumba camp on Friday, aid workers said. The U.N. refugee agency UNHCR estimates that "
      "about 1 million people crossed from Rwanda into eastern Zaire in four days, most of them "
      "now camped on volcanic rock north of the town where it is almost impossible to dig "
      "latrines. A U.S. C-141 cargo plane landed with 36 tonnes of water purification equipment, "
      "the first of what Washington said would be an airlift of up to 40 flights a day. \"We "
      "need millions of litres of clean water a day and we are producing a fraction of that,\" "
      "said a spokesman for Médecins Sans Frontières, which runs six cholera treatment centres in "
      "the area. French troops said 40 of their soldiers were helping to collect bodies along "
      "the road to Kibumba.",
      [C("at least 2,000", 2000, "at_least", "killed", "Rwandan refugees dead of cholera",
         "aid workers"),
       C("about 1 million", 1_000_000, "about", "displaced", "Rwandans who crossed into Zaire",
         UNHCR_GOMA, attr_alt=["UNHCR"]),
       C("36", 36, "exact", "aid", "tonnes of water purification equipment", None,
         attr_alt=["Washington"]),
       C("up to 40", 40, "at_most", "other", "airlift flights a day", "Washington",
         optional=True, cat_alt=["aid"]),
       C("millions", 1_000_000, "vague", "aid", "litres of clean water needed a day", MSF_SPOKES,
         optional=True, cat_alt=["other"]),
       C("six", 6, "exact", "infrastructure", "MSF cholera treatment centres", MSF_SPOKES,
         cat_alt=["other"], attr_alt=["Médecins Sans Frontières", None]),
       C("40", 40, "exact", "troops", "French soldiers collecting bodies", "French troops",
         ctx="40 of their soldiers")]),

    P("d86_004",
      "ISIKVEREN, Turkey (AP) — U.S. Air Force C-130s dropped another 27 tons of food, blankets "
      "and tents on Sunday to Kurdish refugees huddled on the mountains along the Iraqi border, "
      "where relief officials say as many as 1,000 people may be dying each day. The Turkish "
      "government says about 400,000 Iraqi Kurds are massed on its side of the frontier, and "
      "Iran says more than 1 million have crossed into its territory. U.S. officials said 8,000 "
      "American troops would take part in Operation Provide Comfort, building tent camps in the "
      "valleys of northern Iraq to draw the refugees down from the peaks. The first camp, near "
      "Zakho, is meant to hold 20,000 people. At least 12 Kurds were killed on Saturday when a "
      "pallet of food broke loose from its parachute and fell on a crowd, a Kurdish doctor said.",
      [C("27", 27, "exact", "aid", "tons of food, blankets and tents dropped", None,
         attr_alt=["U.S. Air Force"]),
       C("as many as 1,000", 1000, "at_most", "killed", "refugees dying each day",
         "relief officials"),
       C("about 400,000", 400000, "about", "displaced", "Iraqi Kurds on the Turkish border",
         "The Turkish government"),
       C("more than 1 million", 1_000_000, "more_than", "displaced", "Kurds who crossed into Iran",
         "Iran"),
       C("8,000", 8000, "exact", "troops", "American troops in Operation Provide Comfort",
         "U.S. officials"),
       C("20,000", 20000, "exact", "other", "capacity of the first camp", None, optional=True,
         cat_alt=["displaced"], attr_alt=["U.S. officials"]),
       C("At least 12", 12, "at_least", "killed", "Kurds hit by a falling aid pallet",
         "a Kurdish doctor")]),

    P("d86_005",
      "SARAJEVO, July 6, 1992 (Reuters) - Relief flights into Sarajevo airport resumed on Monday "
      "after a one-day halt, with 14 aircraft landing carrying about 180 tonnes of food and "
      "medicine, a spokesman for the U.N. High Commissioner for Refugees said. The agency says "
      "the city's 380,000 remaining residents need at least 200 tonnes of food a day. Canadian "
      "peacekeepers guarding the airport said two mortar rounds had landed near the runway "
      "during the morning but caused no casualties. Since the airlift began on July 1, aircraft "
      "from nine countries have flown in more than 1,000 tonnes of supplies, the spokesman "
      "added. Bosnian officials say about 90,000 people have fled the city since April.",
      [C("14", 14, "exact", "other", "relief aircraft landing", UNHCR_SPOKES, optional=True,
         cat_alt=["aid"]),
       C("about 180", 180, "about", "aid", "tonnes of food and medicine flown in", UNHCR_SPOKES),
       C("380,000", 380000, "exact", "population", "remaining residents of Sarajevo",
         "The agency", attr_alt=[UNHCR_SPOKES]),
       C("at least 200", 200, "at_least", "aid", "tonnes of food needed a day", "The agency",
         attr_alt=[UNHCR_SPOKES]),
       C("two", 2, "exact", "munitions", "mortar rounds near the runway",
         "Canadian peacekeepers guarding the airport", cat_alt=["other"]),
       C("nine", 9, "exact", "other", "countries flying in aid", "the spokesman", optional=True,
         attr_alt=[UNHCR_SPOKES]),
       C("more than 1,000", 1000, "more_than", "aid", "tonnes of supplies since July 1",
         "the spokesman", attr_alt=[UNHCR_SPOKES]),
       C("about 90,000", 90000, "about", "displaced", "people who fled Sarajevo",
         "Bosnian officials")],
      published="1992-07-06"),

    P("d86_006",
      "NEW DELHI, Aug 30 (PTI) — Air India flew 1,118 more Indians home from Amman on Thursday in "
      "five flights, bringing to 14,300 the number evacuated since the airlift from Jordan began, "
      "the External Affairs Ministry said. About 150,000 Indians were living in Kuwait and another "
      "30,000 in Iraq when Iraqi forces invaded Kuwait on August 2, the ministry said. An official "
      "said some 40,000 were still waiting in transit camps near the Jordanian border, where "
      "water is rationed to two litres a person a day. The ministry said Iraq had agreed to let "
      "the ship Akbar carry 1,200 passengers from Kuwait to Dubai next week.",
      [C("1,118", 1118, "exact", "displaced", "Indians flown home from Amman", MEA),
       C("five", 5, "exact", "other", "evacuation flights", MEA, optional=True, cat_alt=["aid"]),
       C("14,300", 14300, "exact", "displaced", "Indians evacuated since the airlift began", MEA),
       C("About 150,000", 150000, "about", "population", "Indians living in Kuwait",
         "the ministry", attr_alt=[MEA]),
       C("30,000", 30000, "exact", "population", "Indians living in Iraq", "the ministry",
         attr_alt=[MEA]),
       C("some 40,000", 40000, "about", "displaced", "Indians waiting in transit camps",
         "An official"),
       C("1,200", 1200, "exact", "displaced", "passengers to be carried by the Akbar",
         "The ministry", cat_alt=["other"], attr_alt=[MEA])]),

    P("d86_007",
      "Slave Lake evacuees told it could be weeks before they go home\n"
      "CBC News Posted: May 17, 2011 6:45 PM MT\n"
      "About 7,000 residents of Slave Lake spent a second night in evacuation centres in "
      "Athabasca, Edmonton and Westlock after a wildfire swept into the northern Alberta town on "
      "Sunday, destroying about a third of it. Premier Ed Stelmach, who toured the town on "
      "Tuesday, said 374 homes and 59 apartment buildings had been lost, along with the town hall "
      "and the library. No deaths have been reported. The Red Cross said it had registered 4,300 "
      "evacuees and handed out more than 2,000 vouchers for food and clothing. About 1,000 "
      "firefighters, 49 helicopters and 120 pieces of heavy equipment were fighting 55 wildfires "
      "across the province on Tuesday, 23 of them considered out of control, officials said.",
      [C("About 7,000", 7000, "about", "displaced", "Slave Lake residents in evacuation centres",
         None, attr_alt=[STELMACH]),
       C("about a third", 1 / 3, "about", "other", "share of Slave Lake destroyed", None,
         optional=True, cat_alt=["infrastructure"]),
       C("374", 374, "exact", "infrastructure", "homes lost", STELMACH),
       C("59", 59, "exact", "infrastructure", "apartment buildings lost", STELMACH),
       C("4,300", 4300, "exact", "displaced", "evacuees registered", "The Red Cross"),
       C("more than 2,000", 2000, "more_than", "aid", "vouchers for food and clothing",
         "The Red Cross", cat_alt=["other"]),
       C("About 1,000", 1000, "about", "troops", "firefighters", "officials",
         cat_alt=["other"]),
       C("49", 49, "exact", "other", "helicopters", "officials", optional=True,
         cat_alt=["troops", "munitions"]),
       C("120", 120, "exact", "other", "pieces of heavy equipment", "officials", optional=True),
       C("55", 55, "exact", "other", "wildfires burning in Alberta", "officials"),
       C("23", 23, "exact", "other", "wildfires out of control", "officials")],
      published="2011-05-17"),

    P("d86_008",
      "BEIRUT, Lebanon (AP) — The cruise ship Orient Queen sailed out of Beirut's port on "
      "Wednesday with about 1,000 Americans aboard, the first large-scale U.S. evacuation since "
      "Israel began its offensive a week ago, the U.S. Embassy said. An embassy spokeswoman said "
      "some 8,000 more Americans had registered to leave and that two more chartered ships would "
      "arrive by the weekend. Britain said it had taken 180 of its citizens to Cyprus aboard HMS "
      "Gloucester and hoped to move 5,000 more this week, while France said a ferry it chartered "
      "had carried 1,200 people, including 800 French nationals, to Larnaca. Cypriot officials "
      "said more than 13,000 people had arrived on the island from Lebanon since Saturday. The "
      "Lebanese government says at least 300 people have been killed and half a million "
      "displaced.",
      [C("about 1,000", 1000, "about", "displaced", "Americans evacuated on the Orient Queen",
         "the U.S. Embassy"),
       C("some 8,000", 8000, "about", "displaced", "Americans registered to leave",
         "An embassy spokeswoman", cat_alt=["other"]),
       C("two", 2, "exact", "other", "chartered ships", "An embassy spokeswoman",
         optional=True, cat_alt=["aid"]),
       C("180", 180, "exact", "displaced", "Britons taken to Cyprus", "Britain"),
       C("5,000", 5000, "exact", "displaced", "Britons to be moved", "Britain"),
       C("1,200", 1200, "exact", "displaced", "people carried by the French ferry", "France"),
       C("800", 800, "exact", "displaced", "French nationals on the ferry", "France"),
       C("more than 13,000", 13000, "more_than", "displaced", "people arrived in Cyprus",
         "Cypriot officials"),
       C("at least 300", 300, "at_least", "killed", "people killed in Lebanon",
         "The Lebanese government"),
       C("half a million", 500000, "exact", "displaced", "people displaced in Lebanon",
         "The Lebanese government")]),

    P("d86_009",
      "BEIJING, Feb. 28 (Xinhua) -- China has evacuated 32,000 of its citizens from Libya, about "
      "90 percent of the more than 35,000 Chinese nationals who were working there, the Foreign "
      "Ministry said Monday. Of those, 12,000 left by sea on chartered Greek ferries to the "
      "Cretan port of Heraklion, where they were housed in hotels before flying home, and about "
      "6,000 crossed by land into Tunisia and Egypt, ministry spokesman Ma Zhaoxu said. A total "
      "of 91 chartered flights by Chinese airlines, plus four Il-76 transport planes of the air "
      "force, are being used to bring the evacuees home.",
      [C("32,000", 32000, "exact", "displaced", "Chinese citizens evacuated from Libya",
         "the Foreign Ministry"),
       C("about 90 percent", 90, "about", "other", "share of Chinese nationals evacuated",
         "the Foreign Ministry", optional=True, cat_alt=["displaced"]),
       C("more than 35,000", 35000, "more_than", "population", "Chinese nationals working in Libya",
         "the Foreign Ministry", cat_alt=["other"]),
       C("12,000", 12000, "exact", "displaced", "evacuees shipped to Heraklion", MA),
       C("about 6,000", 6000, "about", "displaced", "evacuees who left by land", MA),
       C("91", 91, "exact", "other", "chartered evacuation flights", MA, optional=True,
         cat_alt=["aid"], attr_alt=[None]),
       C("four", 4, "exact", "other", "Il-76 transport planes", MA, optional=True,
         cat_alt=["aid", "munitions"], attr_alt=[None])]),

    P("d86_010",
      "Mosul displacement passes 34,000 as Hasansham camp fills\n"
      "ERBIL, Kurdistan Region – More than 34,000 people have been displaced since the military "
      "operation to retake Mosul began on October 17, the UN Office for the Coordination of "
      "Humanitarian Affairs (OCHA) said in its latest flash update on Tuesday. \"The Hasansham "
      "U3 camp, which opened on 2 November with 1,200 tents, reached full capacity in five "
      "days; Khazir camp is receiving between 500 and 700 new arrivals daily,\" the update "
      "said. OCHA said 80 percent of the displaced were women and children. Camp managers told "
      "Kurdistan24 that 27 trucks carrying water, food baskets and hygiene kits had reached "
      "Hasansham since Saturday. Nearly 1 million more people could flee the city once fighting "
      "reaches its densely populated western neighbourhoods, aid agencies warn.",
      [C("34,000", 34000, "more_than", "displaced", "people displaced from Mosul (headline)",
         None, ctx="passes 34,000"),
       C("More than 34,000", 34000, "more_than", "displaced", "people displaced from Mosul",
         OCHA_IQ, attr_alt=["OCHA"]),
       C("1,200", 1200, "exact", "aid", "tents at Hasansham U3", "the update",
         cat_alt=["infrastructure"], attr_alt=[OCHA_IQ]),
       C("between 500 and 700", 500, "range", "displaced", "daily arrivals at Khazir",
         "the update", high=700, attr_alt=[OCHA_IQ]),
       C("80 percent", 80, "exact", "other", "share of women and children among the displaced",
         "OCHA", optional=True, cat_alt=["displaced"]),
       C("27", 27, "exact", "aid", "aid trucks reaching Hasansham", "Camp managers"),
       C("Nearly 1 million", 1_000_000, "about", "displaced", "people who could flee Mosul",
         "aid agencies")]),
]


PERRY = "Gov. Rick Perry"
FEMA = "the Federal Emergency Management Agency"
JINDAL = "Gov. Bobby Jindal"
NAGIN = "Mayor Ray Nagin"
CFS = "the Country Fire Service"
MARSHALL = "Premier Steven Marshall"
RFS = "the NSW Rural Fire Service"
ESSICK = "Sheriff Mark Essick"
SEHWAN_AC = "The Sehwan assistant commissioner"
MD_MOI = "Moldova's interior ministry"

PASSAGES += [
    # --- Storms and fires in North America and Australia ---------------------------------------
    P("d86_011",
      "HOUSTON (AP) — As many as 2.5 million people fled the Texas coast ahead of Hurricane Rita, "
      "turning Interstate 45 into a 100-mile parking lot as drivers spent up to 20 hours in "
      "traffic, state officials said Friday. A bus carrying 38 elderly residents of a Bellaire "
      "nursing home caught fire near Wilmer, south of Dallas, and at least 23 of them were killed "
      "when oxygen tanks on board exploded, Dallas County sheriff's officials said. The state has "
      "positioned 200,000 gallons of fuel along evacuation routes and sent 50 tanker trucks to "
      "motorists stranded on the highways, Gov. Rick Perry said. More than 1,000 shelters have "
      "opened across Texas, and the Red Cross said about 90,000 people spent Thursday night in "
      "them. Three weeks earlier, the Houston Astrodome had taken in some 25,000 evacuees from "
      "Hurricane Katrina.",
      [C("As many as 2.5 million", 2_500_000, "at_most", "displaced",
         "people who fled the Texas coast", "state officials"),
       C("38", 38, "exact", "other", "nursing home residents on the bus",
         "Dallas County sheriff's officials", cat_alt=["displaced"]),
       C("at least 23", 23, "at_least", "killed", "evacuees killed in the bus fire",
         "Dallas County sheriff's officials"),
       C("200,000", 200000, "exact", "aid", "gallons of fuel on evacuation routes", PERRY),
       C("50", 50, "exact", "aid", "tanker trucks sent to stranded motorists", PERRY,
         cat_alt=["other"]),
       C("More than 1,000", 1000, "more_than", "infrastructure", "shelters open in Texas", None,
         cat_alt=["other", "aid"], attr_alt=["the Red Cross"]),
       C("about 90,000", 90000, "about", "displaced", "people in shelters", "the Red Cross"),
       C("some 25,000", 25000, "about", "displaced", "Katrina evacuees at the Astrodome", None)]),

    P("d86_012",
      "Floyd sends record exodus inland\n"
      "Thursday, September 16, 1999\n"
      "CHARLESTON — More than 2.6 million people in Florida, Georgia and the Carolinas were told "
      "to leave their homes ahead of Hurricane Floyd, the largest peacetime evacuation in U.S. "
      "history, the Federal Emergency Management Agency said Wednesday. In South Carolina alone, "
      "some 800,000 residents headed inland, and the eastbound lanes of Interstate 26 were "
      "finally reversed after traffic to Columbia had crawled for 18 hours. State emergency "
      "officials said 187 shelters were open with 34,000 people in them by midnight. Hospitals in "
      "Charleston moved 600 patients to facilities upstate. The National Guard deployed 1,800 "
      "soldiers to direct traffic and guard empty neighborhoods.",
      [C("More than 2.6 million", 2_600_000, "more_than", "displaced",
         "people told to evacuate ahead of Floyd", FEMA),
       C("some 800,000", 800000, "about", "displaced", "South Carolina residents who headed inland",
         FEMA, attr_alt=[None]),
       C("187", 187, "exact", "infrastructure", "shelters open", "State emergency officials",
         cat_alt=["other", "aid"]),
       C("34,000", 34000, "exact", "displaced", "people in shelters",
         "State emergency officials"),
       C("600", 600, "exact", "displaced", "hospital patients moved upstate", None,
         cat_alt=["other"], attr_alt=["State emergency officials"]),
       C("1,800", 1800, "exact", "troops", "National Guard soldiers deployed", None,
         attr_alt=["The National Guard"])],
      published="1999-09-16"),

    P("d86_013",
      "Nearly 2 million flee Louisiana coast as Gustav nears\n"
      "Updated: 8:14 PM CDT Aug 31, 2008\n"
      "NEW ORLEANS — Nearly 2 million people have evacuated south Louisiana ahead of Hurricane "
      "Gustav, Gov. Bobby Jindal said Sunday evening, calling it the largest evacuation in the "
      "state's history. In New Orleans, where Mayor Ray Nagin estimated that fewer than 10,000 "
      "residents remained in a city of about 310,000, the last of some 700 buses and 18 Amtrak "
      "trains carried nearly 18,000 people without cars to shelters in north Louisiana, Tennessee "
      "and Arkansas. Jindal said 9,000 National Guard troops were in place, up from 7,000 on "
      "Friday, along with 45 search-and-rescue teams. A dusk-to-dawn curfew took effect at 8 p.m. "
      "No looting has been reported.",
      [C("Nearly 2 million", 2_000_000, "about", "displaced",
         "people evacuated from south Louisiana (headline)", None,
         ctx="Nearly 2 million flee"),
       C("Nearly 2 million", 2_000_000, "about", "displaced",
         "people evacuated from south Louisiana", JINDAL, ctx="Nearly 2 million people"),
       C("fewer than 10,000", 10000, "fewer_than", "population",
         "residents remaining in New Orleans", NAGIN),
       C("about 310,000", 310000, "about", "population", "population of New Orleans", None,
         attr_alt=[NAGIN]),
       C("some 700", 700, "about", "other", "evacuation buses", None, optional=True,
         cat_alt=["aid"]),
       C("18", 18, "exact", "other", "Amtrak evacuation trains", None, optional=True,
         cat_alt=["aid"], ctx="18 Amtrak"),
       C("nearly 18,000", 18000, "about", "displaced", "people without cars taken to shelters",
         None, attr_alt=[NAGIN]),
       C("9,000", 9000, "exact", "troops", "National Guard troops in place", "Jindal",
         attr_alt=[JINDAL]),
       C("7,000", 7000, "exact", "troops", "National Guard troops on Friday", "Jindal",
         attr_alt=[JINDAL]),
       C("45", 45, "exact", "troops", "search-and-rescue teams", "Jindal", optional=True,
         cat_alt=["other"], attr_alt=[JINDAL])],
      published="2008-08-31"),

    P("d86_014",
      "Updated: Aug. 26, 2020 at 4:52 PM CDT\n"
      "LAKE CHARLES, La. (KPLC) - More than 580,000 residents of coastal Texas and Louisiana were "
      "under mandatory evacuation orders Wednesday as Hurricane Laura strengthened into a "
      "Category 4 storm with winds of 140 mph. Because of the coronavirus, both states are "
      "putting evacuees in hotel rooms rather than mass shelters: Texas Gov. Greg Abbott said "
      "5,000 rooms had been booked in San Antonio and Austin, and Louisiana officials said more "
      "than 1,000 evacuees were already in hotels in Baton Rouge. Calcasieu Parish officials "
      "said 41 buses had left the Lake Charles Civic Center since Tuesday carrying 1,100 "
      "residents who had no way to leave on their own. Forecasters warned of an "
      "\"unsurvivable\" storm surge of up to 20 feet.",
      [C("More than 580,000", 580000, "more_than", "displaced",
         "residents under mandatory evacuation orders", None),
       C("5,000", 5000, "exact", "other", "hotel rooms booked for evacuees",
         "Texas Gov. Greg Abbott", cat_alt=["aid", "infrastructure"]),
       C("more than 1,000", 1000, "more_than", "displaced", "evacuees in Baton Rouge hotels",
         "Louisiana officials"),
       C("41", 41, "exact", "other", "evacuation buses", "Calcasieu Parish officials",
         optional=True, cat_alt=["aid"]),
       C("1,100", 1100, "exact", "displaced", "residents bused out of Lake Charles",
         "Calcasieu Parish officials")],
      published="2020-08-26"),

    P("d86_015",
      "Kangaroo Island fire: ferries run through the night as blaze burns a third of island\n"
      "Posted Sat 4 Jan 2020 at 5:10pm\n"
      "SeaLink ran extra ferry crossings overnight, carrying more than 1,000 tourists and "
      "residents from Penneshaw to Cape Jervis, the company said. The fire has burnt more than "
      "155,000 hectares, about a third of the island, and destroyed at least 56 homes, the "
      "Country Fire Service said. Two people, a father and son, were found dead in a car on the "
      "Playford Highway on Friday. About 200 firefighters, 40 of them from Victoria, were on the "
      "island on Saturday, and the Army was sending 100 reservists with bulldozers, Premier "
      "Steven Marshall said. Ecologists fear that as many as 25,000 of the island's estimated "
      "50,000 koalas may have died.",
      [C("more than 1,000", 1000, "more_than", "displaced", "people ferried off Kangaroo Island",
         "the company", attr_alt=["SeaLink"]),
       C("more than 155,000", 155000, "more_than", "other", "hectares burnt", CFS,
         optional=True),
       C("about a third", 1 / 3, "about", "other", "share of the island burnt", CFS,
         optional=True),
       C("at least 56", 56, "at_least", "infrastructure", "homes destroyed", CFS),
       C("Two", 2, "exact", "killed", "father and son found dead", None, attr_alt=[CFS]),
       C("About 200", 200, "about", "troops", "firefighters on the island", MARSHALL,
         cat_alt=["other"]),
       C("40", 40, "exact", "troops", "firefighters from Victoria", MARSHALL,
         cat_alt=["other"]),
       C("100", 100, "exact", "troops", "Army reservists sent", MARSHALL),
       C("as many as 25,000", 25000, "at_most", "other", "koalas feared dead", "Ecologists"),
       C("estimated 50,000", 50000, "about", "other", "koalas on the island", "Ecologists",
         optional=True)],
      published="2020-01-04"),

    P("d86_016",
      "Updated January 1 2020 - 11:45am, first published 9:30am\n"
      "More than 2,000 people spent New Year's Eve at the evacuation centre at Hanging Rock in "
      "Batemans Bay after the Clyde Mountain fire jumped the Kings Highway and burnt into the "
      "town's southern suburbs, the NSW Rural Fire Service said. Eurobodalla Shire Council said "
      "power had been cut to about 22,000 homes and businesses and that the town had two days of "
      "drinking water left. Salvation Army volunteers served more than 3,000 meals on Tuesday, "
      "an organiser told the Bay Post. Police confirmed the body of a man had been found in a "
      "burnt-out car near Mogo, and said no other deaths had been reported in the shire. RFS "
      "crews said they had lost count of the homes destroyed, putting the number in the "
      "\"dozens\".",
      [C("More than 2,000", 2000, "more_than", "displaced",
         "people at the Hanging Rock evacuation centre", RFS),
       C("about 22,000", 22000, "about", "other", "homes and businesses without power",
         "Eurobodalla Shire Council"),
       C("more than 3,000", 3000, "more_than", "aid", "meals served to evacuees",
         "an organiser", cat_alt=["other"]),
       C("dozens", 12, "vague", "infrastructure", "homes destroyed", "RFS crews")],
      published="2020-01-01"),

    P("d86_017",
      "Published Oct 27, 2019 • Updated on Oct 27, 2019 at 9:40 pm\n"
      "SANTA ROSA — About 180,000 people in Sonoma County were under evacuation orders Sunday as "
      "the Kincade Fire, driven by gusts of up to 93 mph, pushed west toward Windsor and "
      "Healdsburg, Sheriff Mark Essick said. It was the largest evacuation in the county's "
      "history. The fire had burned 54,298 acres and destroyed 94 structures, 31 of them homes, "
      "and was 5% contained, Cal Fire said. About 3,000 evacuees were staying at 17 shelters in "
      "Sonoma, Marin and Napa counties, according to the Red Cross. PG&E said it had cut power "
      "to 940,000 customers across 38 counties to keep its lines from sparking new fires. Two "
      "firefighters were injured.",
      [C("About 180,000", 180000, "about", "displaced", "people under evacuation orders",
         ESSICK),
       C("54,298", 54298, "exact", "other", "acres burned", "Cal Fire", optional=True),
       C("94", 94, "exact", "infrastructure", "structures destroyed", "Cal Fire"),
       C("31", 31, "exact", "infrastructure", "homes destroyed", "Cal Fire"),
       C("About 3,000", 3000, "about", "displaced", "evacuees in shelters", "the Red Cross"),
       C("17", 17, "exact", "infrastructure", "Red Cross shelters", "the Red Cross",
         cat_alt=["other", "aid"]),
       C("940,000", 940000, "exact", "other", "customers without power", "PG&E"),
       C("38", 38, "exact", "other", "counties with power cuts", "PG&E", optional=True),
       C("Two", 2, "exact", "injured", "firefighters injured", None)],
      published="2019-10-27"),

    # --- Pakistan's 2022 floods ------------------------------------------------------------------
    P("d86_018",
      "DADU: Authorities made a second controlled cut in the embankment of Manchar Lake on Sunday "
      "to save the towns of Sehwan and Bhan Saeedabad, a move officials said would put around "
      "150,000 people in more than 100 villages of Dadu and Jamshoro districts in the path of "
      "the water. The Sehwan assistant commissioner said around 125,000 people had already been "
      "moved to safer places and that 400 boats were being used to reach those cut off. He said "
      "the district had set up 312 relief camps in schools and government buildings, but many "
      "families preferred to stay on the Indus Highway embankment with their livestock. Army "
      "helicopters flew 14 sorties on Sunday, dropping food packets to stranded villages, the "
      "ISPR said. The NDMA said the death toll from the floods since mid-June had risen to "
      "1,325, including 466 children.",
      [C("around 150,000", 150000, "about", "other", "people in the path of the water",
         "officials", cat_alt=["population", "displaced"]),
       C("more than 100", 100, "more_than", "other", "villages in the path of the water",
         "officials", optional=True, cat_alt=["infrastructure"]),
       C("around 125,000", 125000, "about", "displaced", "people moved to safer places",
         SEHWAN_AC),
       C("400", 400, "exact", "other", "rescue boats", SEHWAN_AC, optional=True,
         cat_alt=["aid"]),
       C("312", 312, "exact", "infrastructure", "relief camps in Dadu", SEHWAN_AC,
         cat_alt=["other", "aid"], attr_alt=["He"]),
       C("14", 14, "exact", "other", "helicopter sorties", "the ISPR", optional=True,
         cat_alt=["aid"]),
       C("1,325", 1325, "exact", "killed", "flood deaths since mid-June", "The NDMA"),
       C("466", 466, "exact", "killed", "children among the flood dead", "The NDMA")]),

    P("d86_019",
      "Floods 2022: key figures (NDMA, as of Aug 30)\n"
      "• Deaths: 1,136, including 386 children\n"
      "• Injured: 1,634\n"
      "• Houses damaged or destroyed: 992,871\n"
      "• Livestock lost: 727,144\n"
      "• Relief camps: 4,210 (Sindh: 3,380)\n"
      "• People in relief camps: 498,442\n"
      "UNICEF says some 3.4 million children across the flood-hit districts need humanitarian "
      "assistance.",
      [C("1,136", 1136, "exact", "killed", "flood deaths", "NDMA"),
       C("386", 386, "exact", "killed", "children among flood deaths", "NDMA"),
       C("1,634", 1634, "exact", "injured", "people injured in floods", "NDMA"),
       C("992,871", 992871, "exact", "infrastructure", "houses damaged or destroyed", "NDMA"),
       C("727,144", 727144, "exact", "other", "livestock lost", "NDMA"),
       C("4,210", 4210, "exact", "infrastructure", "relief camps", "NDMA",
         cat_alt=["other", "aid"]),
       C("3,380", 3380, "exact", "infrastructure", "relief camps in Sindh", "NDMA",
         cat_alt=["other", "aid"]),
       C("498,442", 498442, "exact", "displaced", "people in relief camps", "NDMA"),
       C("some 3.4 million", 3_400_000, "about", "other", "children needing assistance",
         "UNICEF", cat_alt=["population", "aid"])]),

    # --- Ukraine, 2022 ------------------------------------------------------------------------
    P("d86_020",
      "PALANCA, Moldova, March 3 (Reuters) - More than 90,000 people have crossed from Ukraine into "
      "Moldova since Russia's invasion began a week ago, Moldova's interior ministry said, about "
      "30,000 of whom have stayed in the country of 2.6 million, one of Europe's poorest. At the "
      "Palanca crossing, volunteers handed out tea and soup from tents as a line of cars stretched "
      "for about 20 km on the Ukrainian side. Moldova has opened 46 temporary placement centres "
      "with room for 6,500 people, and Romania has sent 65 buses to carry refugees on to "
      "Bucharest, officials said. \"Yesterday alone we registered 14,000 entries,\" a border "
      "police officer said. UNHCR says more than 1 million refugees have fled Ukraine in seven "
      "days.",
      [C("More than 90,000", 90000, "more_than", "displaced", "people who crossed into Moldova",
         MD_MOI),
       C("about 30,000", 30000, "about", "displaced", "refugees who stayed in Moldova", MD_MOI),
       C("2.6 million", 2_600_000, "exact", "population", "population of Moldova", None,
         attr_alt=[MD_MOI]),
       C("46", 46, "exact", "infrastructure", "temporary placement centres", "officials",
         cat_alt=["other", "aid"]),
       C("6,500", 6500, "exact", "other", "capacity of placement centres", "officials",
         optional=True),
       C("65", 65, "exact", "other", "Romanian buses for refugees", "officials", optional=True,
         cat_alt=["aid"]),
       C("14,000", 14000, "exact", "displaced", "entries registered in one day",
         "a border police officer"),
       C("more than 1 million", 1_000_000, "more_than", "displaced", "refugees who fled Ukraine",
         "UNHCR")]),
]


PL_BG = "Poland's border guard"
TESCO = "Volunteers at a former Tesco store"
CIV_AV = "Ministry of Civil Aviation"
DAVIDI = "Mayor Alon Davidi"
IN_MEA = "the external affairs ministry"
STATE_DEPT = "The State Department"
JP_MHLW = "Japan's health ministry"
UNHCR_BD = "The UN refugee agency"
BGB = "the Border Guard Bangladesh"
PE_MIG = "Peru's migration authority"
DEL_AGUILA = "Migraciones chief Roxana del Águila"
BR_MIN = "the Ministry of Citizenship"
AFAD = "the Disaster and Emergency Management Authority (AFAD)"
LB_SEC = "Lebanese security sources"

PASSAGES += [
    P("d86_021",
      "PRZEMYSL, Poland, March 8 (Reuters) - Trains from Lviv pulled into Przemysl's "
      "19th-century station every few hours on Tuesday, each carrying up to 1,500 women, "
      "children and elderly people, as Poland's border guard said 1,027,000 refugees had "
      "entered the country from Ukraine since Feb. 24. The border guard said 141,500 people "
      "crossed on Monday alone, up from 129,000 the day before. Volunteers at a former Tesco "
      "store turned reception centre said they had beds for about 2,000 people and were "
      "serving 5,000 hot meals a day. Polish Railways said it had run 240 free trains to carry "
      "refugees on to other cities.",
      [C("up to 1,500", 1500, "at_most", "displaced", "refugees on each train from Lviv", None,
         cat_alt=["other"]),
       C("1,027,000", 1027000, "exact", "displaced", "refugees who entered Poland", PL_BG),
       C("141,500", 141500, "exact", "displaced", "people who crossed on Monday",
         "The border guard", attr_alt=[PL_BG]),
       C("129,000", 129000, "exact", "displaced", "people who crossed on Sunday",
         "The border guard", attr_alt=[PL_BG]),
       C("about 2,000", 2000, "about", "other", "beds at the reception centre", TESCO,
         optional=True, cat_alt=["aid"]),
       C("5,000", 5000, "exact", "aid", "hot meals a day", TESCO),
       C("240", 240, "exact", "other", "free trains for refugees", "Polish Railways",
         optional=True, cat_alt=["aid"])]),

    P("d86_022",
      "Press Information Bureau, Government of India, Ministry of Civil Aviation\n"
      "Operation Ganga: 15,920 Indians brought back on 76 flights\n"
      "Posted On: 08 MAR 2022 6:40PM by PIB Delhi\n"
      "Under Operation Ganga, 15,920 Indian nationals have so far been brought back from the "
      "countries neighbouring Ukraine on 76 flights, including 13 flights operated by the Indian "
      "Air Force. In the last 24 hours, 2,135 Indians returned on 11 flights from Bucharest, "
      "Budapest, Rzeszow and Suceava. The IAF has also airlifted 26 tonnes of relief material "
      "for Ukraine. The Minister of Civil Aviation said the remaining Indian students in Sumy, "
      "about 600 in number, would be evacuated through a humanitarian corridor.",
      [C("15,920", 15920, "exact", "displaced", "Indians brought back (headline)", None,
         attr_alt=[CIV_AV], ctx="15,920 Indians brought"),
       C("76", 76, "exact", "other", "evacuation flights (headline)", None, optional=True,
         cat_alt=["aid"], ctx="76 flights\nPosted"),
       C("15,920", 15920, "exact", "displaced", "Indian nationals brought back", None,
         attr_alt=[CIV_AV], ctx="15,920 Indian nationals"),
       C("76", 76, "exact", "other", "evacuation flights", None, optional=True,
         cat_alt=["aid"], ctx="76 flights, including"),
       C("13", 13, "exact", "other", "Indian Air Force flights", None, optional=True,
         cat_alt=["aid"]),
       C("2,135", 2135, "exact", "displaced", "Indians returned in 24 hours", None,
         attr_alt=[CIV_AV]),
       C("11", 11, "exact", "other", "flights in 24 hours", None, optional=True,
         cat_alt=["aid"]),
       C("26", 26, "exact", "aid", "tonnes of relief material airlifted", None,
         attr_alt=[CIV_AV]),
       C("about 600", 600, "about", "other", "Indian students remaining in Sumy",
         "The Minister of Civil Aviation", cat_alt=["population", "displaced"])],
      published="2022-03-08"),

    # --- Israel, 2023 --------------------------------------------------------------------------
    P("d86_023",
      "20 October 2023, 3:12 pm\n"
      "Some 25,000 of Sderot's roughly 30,000 residents have left the city since the October 7 "
      "Hamas onslaught, most of them to hotels in Eilat and at the Dead Sea paid for by the "
      "state, Mayor Alon Davidi said Friday. The Defense Ministry said a total of about 126,000 "
      "Israelis have been evacuated from communities near the Gaza and Lebanon borders, 64,000 of "
      "them in the north. The Tourism Ministry said 240 hotels across the country were hosting "
      "evacuees. At least 50 Sderot residents were killed on October 7, the municipality has "
      "said.",
      [C("Some 25,000", 25000, "about", "displaced", "Sderot residents who left", DAVIDI),
       C("roughly 30,000", 30000, "about", "population", "residents of Sderot", DAVIDI,
         attr_alt=[None]),
       C("about 126,000", 126000, "about", "displaced", "Israelis evacuated from border areas",
         "The Defense Ministry"),
       C("64,000", 64000, "exact", "displaced", "Israelis evacuated in the north",
         "The Defense Ministry"),
       C("240", 240, "exact", "infrastructure", "hotels hosting evacuees", "The Tourism Ministry",
         cat_alt=["other", "aid"]),
       C("At least 50", 50, "at_least", "killed", "Sderot residents killed on October 7",
         "the municipality")],
      published="2023-10-20"),

    P("d86_024",
      "Operation Ajay: Fifth flight with 286 passengers lands in Delhi\n"
      "Updated on Oct 17, 2023 09:14 AM IST\n"
      "A fifth flight under Operation Ajay landed in New Delhi on Tuesday morning with 286 "
      "passengers, including 18 Nepalese citizens, bringing the number of people flown out of "
      "Israel to 1,200, the external affairs ministry said. An estimated 18,000 Indians live in "
      "Israel, most of them caregivers, and officials said more than 2,000 had registered with "
      "the embassy to leave. Spokesperson Arindam Bagchi said there were no plans to evacuate "
      "Indians from Gaza, where four Indian nationals are believed to be living.",
      [C("286", 286, "exact", "displaced", "passengers on the fifth flight (headline)", None,
         ctx="286 passengers lands"),
       C("286", 286, "exact", "displaced", "passengers on the fifth flight", IN_MEA,
         ctx="286 passengers, including"),
       C("18", 18, "exact", "displaced", "Nepalese citizens on the flight", IN_MEA),
       C("1,200", 1200, "exact", "displaced", "people flown out of Israel", IN_MEA),
       C("An estimated 18,000", 18000, "about", "population", "Indians living in Israel", None,
         attr_alt=["officials"]),
       C("more than 2,000", 2000, "more_than", "displaced", "Indians registered to leave",
         "officials", cat_alt=["other"]),
       C("four", 4, "exact", "other", "Indian nationals in Gaza", None,
         cat_alt=["population"], attr_alt=["Spokesperson Arindam Bagchi"])],
      published="2023-10-17"),

    # --- COVID-19 evacuations, 2020 ------------------------------------------------------------
    P("d86_025",
      "TOKYO, Jan. 30 (Kyodo) -- A second chartered flight carrying 210 Japanese nationals from "
      "the Chinese city of Wuhan arrived at Tokyo's Haneda airport on Thursday, bringing the "
      "total evacuated to 416, the government said. Of the returnees, 13 were taken to hospital "
      "with symptoms such as fever and coughing, and the health ministry said three people from "
      "the first flight had tested positive for the new coronavirus, two of whom showed no "
      "symptoms. About 140 Japanese are still in Hubei province awaiting a third flight. "
      "Returnees who test negative are being housed for up to two weeks at a hotel in Chiba "
      "Prefecture.",
      [C("210", 210, "exact", "displaced", "Japanese evacuated on the second flight",
         "the government"),
       C("416", 416, "exact", "displaced", "Japanese evacuated in total", "the government"),
       C("13", 13, "exact", "other", "returnees taken to hospital", "the government",
         cat_alt=["injured"], attr_alt=[None, "the health ministry"]),
       C("three", 3, "exact", "other", "coronavirus cases among returnees",
         "the health ministry"),
       C("two", 2, "exact", "other", "asymptomatic cases", "the health ministry",
         ctx="two of whom"),
       C("About 140", 140, "about", "other", "Japanese still in Hubei", None,
         cat_alt=["population", "displaced"], attr_alt=["the government"])]),

    P("d86_026",
      "YOKOHAMA, Japan (AP) — More than 300 Americans who had spent two weeks quarantined aboard "
      "the Diamond Princess cruise ship were flown out of Japan early Monday on two chartered "
      "cargo jets bound for Travis Air Force Base in California and Lackland in Texas. The State "
      "Department said 14 of the evacuees had tested positive for the virus shortly before the "
      "flights and were kept in a separate area of the plane. Japan's health ministry said 70 "
      "more infections had been confirmed on the ship, bringing the total to 355 among the "
      "roughly 3,700 passengers and crew. Canada, Australia, Hong Kong and Italy said they would "
      "also send planes for their citizens.",
      [C("More than 300", 300, "more_than", "displaced", "Americans flown out of Japan", None),
       C("two", 2, "exact", "other", "chartered evacuation jets", None, optional=True,
         cat_alt=["aid"], ctx="two chartered"),
       C("14", 14, "exact", "other", "evacuees who tested positive", STATE_DEPT,
         cat_alt=["displaced"]),
       C("70", 70, "exact", "other", "new infections on the ship", JP_MHLW),
       C("355", 355, "exact", "other", "infections on the ship", JP_MHLW),
       C("roughly 3,700", 3700, "about", "other", "passengers and crew on board", JP_MHLW)]),

    # --- Rohingya and Venezuelans ---------------------------------------------------------------
    P("d86_027",
      "SHAH PORIR DWIP, Bangladesh, Sept 12, 2017 (AFP) - Wooden fishing boats packed with "
      "Rohingya landed through the night on this island at the mouth of the Naf river, where "
      "border guards said at least 3,000 people had come ashore in 24 hours. The UN refugee "
      "agency said on Tuesday that an estimated 370,000 Rohingya had fled Myanmar's Rakhine "
      "state since August 25, up from 313,000 on Sunday. At least 88 people have drowned when "
      "boats capsized on the crossing, according to the Border Guard Bangladesh. Dhaka has said "
      "it will build 14,000 shelters for 400,000 people on 2,000 acres next to the Kutupalong "
      "camp. Boatmen were charging up to 10,000 taka ($120) a person.",
      [C("at least 3,000", 3000, "at_least", "displaced", "Rohingya who came ashore in 24 hours",
         "border guards"),
       C("an estimated 370,000", 370000, "about", "displaced", "Rohingya who fled Rakhine",
         UNHCR_BD),
       C("313,000", 313000, "exact", "displaced", "Rohingya who had fled by Sunday", UNHCR_BD),
       C("At least 88", 88, "at_least", "killed", "Rohingya drowned on the crossing", BGB),
       C("14,000", 14000, "exact", "infrastructure", "shelters to be built", "Dhaka",
         cat_alt=["other", "aid"]),
       C("400,000", 400000, "exact", "other", "capacity of the planned shelters", "Dhaka",
         optional=True, cat_alt=["displaced"]),
       C("2,000", 2000, "exact", "other", "acres for the shelters", "Dhaka", optional=True)],
      published="2017-09-12"),

    P("d86_028",
      "COX'S BAZAR, Bangladesh (AP) — The U.N. food agency cut monthly food vouchers for nearly 1 "
      "million Rohingya refugees in Bangladesh to $8 a person from $10 on Wednesday, its second "
      "cut in three months, blaming a $56 million funding shortfall. \"Every cent less means "
      "more children going hungry,\" the World Food Programme's country director, Dom Scalpelli, "
      "said in a statement. The agency said 45% of Rohingya families were already not eating "
      "enough and that acute malnutrition among children in the camps had reached 12%, the "
      "highest since the 2017 influx. About 52% of the camps' residents are children. Some 30,000 "
      "refugees have been moved from the camps to the island of Bhasan Char since 2020.",
      [C("nearly 1 million", 1_000_000, "about", "displaced", "Rohingya refugees in Bangladesh",
         None, cat_alt=["other"], attr_alt=["The U.N. food agency"]),
       C("45%", 45, "exact", "other", "share of families not eating enough", "The agency",
         optional=True),
       C("12%", 12, "exact", "other", "acute malnutrition rate among children", "The agency",
         optional=True),
       C("About 52%", 52, "about", "other", "share of children among camp residents", None,
         optional=True),
       C("Some 30,000", 30000, "about", "displaced", "refugees moved to Bhasan Char", None)]),

    P("d86_029",
      "TUMBES, Peru (EFE) — Some 8,000 Venezuelans crossed into Peru at the binational border "
      "post near Aguas Verdes on Friday, a record, in a rush to enter before a new humanitarian "
      "visa requirement took effect at midnight, Peru's migration authority said. Migraciones "
      "chief Roxana del Águila said 6,000 had entered on Thursday and that about 768,000 "
      "Venezuelans now lived in Peru, the second-largest Venezuelan community after Colombia's. "
      "The authority sent 40 extra officers to process arrivals around the clock. The Red Cross "
      "said it had handed out 2,500 hygiene kits and that its teams had treated 130 people for "
      "dehydration. Peru had taken in fewer than 7,000 Venezuelans in all of 2016.",
      [C("Some 8,000", 8000, "about", "displaced", "Venezuelans who crossed on Friday", PE_MIG,
         cat_alt=["other"]),
       C("6,000", 6000, "exact", "displaced", "Venezuelans who crossed on Thursday", DEL_AGUILA,
         cat_alt=["other"]),
       C("about 768,000", 768000, "about", "displaced", "Venezuelans living in Peru", DEL_AGUILA,
         cat_alt=["population"]),
       C("40", 40, "exact", "troops", "migration officers sent to the border", None,
         cat_alt=["other"], attr_alt=["The authority"]),
       C("2,500", 2500, "exact", "aid", "hygiene kits", "The Red Cross"),
       C("130", 130, "exact", "other", "people treated for dehydration", "The Red Cross",
         cat_alt=["injured"]),
       C("fewer than 7,000", 7000, "fewer_than", "displaced", "Venezuelans taken in during 2016",
         None)]),

    P("d86_030",
      "Brasília, 12/04/2019 - 18:20\n"
      "The federal government's Operation Welcome relocated another 260 Venezuelan migrants from "
      "Boa Vista to eight cities in the South and Southeast on Thursday, on two Brazilian Air "
      "Force flights, bringing to 5,700 the number moved out of Roraima since April 2018, the "
      "Ministry of Citizenship said. About 6,500 Venezuelans live in the 13 shelters run by the "
      "army and the UN refugee agency in Boa Vista and Pacaraima, while an estimated 32,000 are "
      "in the state capital without shelter, according to the ministry. The army says some 500 "
      "Venezuelans a day still cross the border at Pacaraima.",
      [C("260", 260, "exact", "displaced", "Venezuelans relocated from Boa Vista", BR_MIN),
       C("eight", 8, "exact", "other", "destination cities", BR_MIN, optional=True),
       C("two", 2, "exact", "other", "Air Force flights", BR_MIN, optional=True,
         cat_alt=["aid"]),
       C("5,700", 5700, "exact", "displaced", "Venezuelans moved out of Roraima", BR_MIN),
       C("About 6,500", 6500, "about", "displaced", "Venezuelans in shelters", "the ministry",
         attr_alt=[BR_MIN]),
       C("13", 13, "exact", "infrastructure", "shelters in Boa Vista and Pacaraima",
         "the ministry", cat_alt=["other", "aid"], attr_alt=[BR_MIN]),
       C("an estimated 32,000", 32000, "about", "displaced", "Venezuelans without shelter",
         "the ministry", attr_alt=[BR_MIN]),
       C("some 500", 500, "about", "displaced", "Venezuelans crossing each day", "The army",
         cat_alt=["other"])],
      published="2019-04-12"),

    # --- Türkiye, Chad, Lebanon ----------------------------------------------------------------
    P("d86_031",
      "ADIYAMAN (AA) - Families who lost their homes in the February 6 earthquakes began moving "
      "into a container city of 2,020 units in Adiyaman's Kahta district on Tuesday, the "
      "Disaster and Emergency Management Authority (AFAD) said. Each container is 21 square "
      "metres and has a kitchen, a bathroom and air conditioning. The authority said about 2 "
      "million survivors were living in tents, container cities and other temporary housing "
      "across the 11 quake-hit provinces, and that 362 tent cities with 335,000 tents were still "
      "in use.",
      [C("2,020", 2020, "exact", "infrastructure", "containers in the Kahta container city",
         AFAD, cat_alt=["aid", "other"]),
       C("about 2 million", 2_000_000, "about", "displaced", "survivors in temporary housing",
         "The authority", attr_alt=[AFAD]),
       C("11", 11, "exact", "other", "quake-hit provinces", "The authority", optional=True,
         attr_alt=[AFAD]),
       C("362", 362, "exact", "infrastructure", "tent cities in use", "The authority",
         cat_alt=["other", "aid"], attr_alt=[AFAD]),
       C("335,000", 335000, "exact", "aid", "tents in use", "The authority",
         attr_alt=[AFAD])]),

    P("d86_032",
      "UNHCR begins moving Sudanese refugees away from Chad border\n"
      "News story, 2 March 2004\n"
      "BAHAI, Chad – UNHCR on Monday began relocating Sudanese refugees from the volatile border "
      "near Bahai to the new camp of Oure Cassoni, 20 km inland. A first convoy of 12 trucks "
      "carried 480 refugees and their belongings. The agency estimates that up to 110,000 "
      "refugees from Darfur are scattered along a 600-km stretch of the border, many of them "
      "within range of Sudanese air raids. So far, 18,500 refugees have been moved to five camps "
      "further inland. \"We are racing against the rainy season, which will cut the roads in "
      "May,\" said UNHCR's representative in Chad.",
      [C("12", 12, "exact", "other", "trucks in the relocation convoy", None, optional=True,
         cat_alt=["aid"]),
       C("480", 480, "exact", "displaced", "refugees relocated in the first convoy", None,
         attr_alt=["UNHCR"]),
       C("up to 110,000", 110000, "at_most", "displaced", "Darfur refugees along the border",
         "The agency", attr_alt=["UNHCR"]),
       C("18,500", 18500, "exact", "displaced", "refugees moved inland", None,
         attr_alt=["UNHCR"]),
       C("five", 5, "exact", "infrastructure", "camps inland", None, cat_alt=["other"],
         attr_alt=["UNHCR"])],
      published="2004-03-02"),

    P("d86_033",
      "ARSAL, Lebanon (Reuters) - Buses carrying about 7,000 Syrian refugees and militants left "
      "the Lebanese border town of Arsal on Wednesday for rebel-held Idlib province under a "
      "ceasefire deal between Hezbollah and the Nusra Front, Lebanese security sources said. "
      "The convoy of some 110 buses and trucks included around 1,100 fighters, the sources said. "
      "Under the deal, Nusra also freed eight Hezbollah fighters it had been holding, "
      "Hezbollah's Al-Manar TV said. Lebanon hosts more than 1 million Syrian refugees "
      "registered with the United Nations, about 60,000 of them in camps around Arsal.",
      [C("about 7,000", 7000, "about", "displaced", "Syrians bused out of Arsal", LB_SEC),
       C("some 110", 110, "about", "other", "buses and trucks in the convoy", "the sources",
         optional=True, cat_alt=["aid"], attr_alt=[LB_SEC]),
       C("around 1,100", 1100, "about", "troops", "Nusra fighters in the convoy", "the sources",
         cat_alt=["other"], attr_alt=[LB_SEC]),
       C("eight", 8, "exact", "hostages", "Hezbollah fighters freed by Nusra",
         "Hezbollah's Al-Manar TV", cat_alt=["detained"]),
       C("more than 1 million", 1_000_000, "more_than", "displaced",
         "Syrian refugees in Lebanon", None),
       C("about 60,000", 60000, "about", "displaced", "refugees in camps around Arsal", None)]),

    P("d86_034",
      "BRUSSELS (dpa) - The European Union will give an extra 319 million euros to countries in "
      "Latin America that host Venezuelan migrants and refugees, the European Commission said "
      "on Wednesday. The money will be spent over 24 months, with about 40 percent going to "
      "Colombia, whose economy grew by 3.3% last year despite the strain. The announcement came "
      "at a two-day donors' conference in Madrid, the fourth since 2019. No new pledges were "
      "made by the United States.",
      []),
]


FERNANDEZ = "President Leonel Fernández"
DR_CD = "the civil defense office"

PASSAGES += [
    # --- Storms and borders: arrests and the missing ---------------------------------------------
    P("d86_035",
      "SANTO DOMINGO, Dominican Republic (AP) — Hurricane Georges left at least 210 people dead "
      "and some 600 missing in the Dominican Republic, most of them swept away by flash floods "
      "along the Yaque del Sur river, President Leonel Fernández said Thursday. About 100,000 "
      "people were left homeless and are staying in 235 shelters, many of them schools, the civil "
      "defense office said, while hundreds of families were camped along the roads out of San "
      "Juan. Police said they had arrested 43 people for looting stores in the capital, where "
      "power has been out for three days. A U.S. Air Force C-5 landed at Las Américas airport "
      "with 60 tons of plastic sheeting, water and medicine, the first of six relief flights "
      "promised by Washington.",
      [C("at least 210", 210, "at_least", "killed", "people killed by Georges", FERNANDEZ),
       C("some 600", 600, "about", "missing", "people missing after Georges", FERNANDEZ),
       C("About 100,000", 100000, "about", "displaced", "people left homeless", DR_CD),
       C("235", 235, "exact", "infrastructure", "shelters", DR_CD, cat_alt=["other", "aid"]),
       C("hundreds", 100, "vague", "displaced", "families camped along the roads", DR_CD,
         attr_alt=[None]),
       C("43", 43, "exact", "detained", "people arrested for looting", "Police"),
       C("60", 60, "exact", "aid", "tons of relief supplies flown in", None,
         attr_alt=["Washington"]),
       C("six", 6, "exact", "other", "relief flights promised", "Washington", optional=True,
         cat_alt=["aid"])]),

    P("d86_036",
      "BUDAPEST, Sept 5 (Reuters) - Hungary sent more than 100 buses overnight to carry thousands "
      "of migrants from Budapest's Keleti railway station and the M1 motorway to the Austrian "
      "border, where Austrian police said about 6,500 had crossed by midday on Saturday. "
      "Hungarian police said they had detained 23 suspected people smugglers this week and that "
      "3,313 migrants had been caught crossing the border from Serbia on Friday alone. Aid groups "
      "said at least 50 people who had set off on foot from the station were unaccounted for. "
      "Germany has said it expects up to 800,000 asylum seekers this year.",
      [C("more than 100", 100, "more_than", "other", "Hungarian buses for migrants", None,
         optional=True, cat_alt=["aid"]),
       C("thousands", 1000, "vague", "displaced", "migrants bused to the border", None,
         cat_alt=["other"]),
       C("about 6,500", 6500, "about", "displaced", "migrants who crossed into Austria",
         "Austrian police", cat_alt=["other"]),
       C("23", 23, "exact", "detained", "suspected people smugglers", "Hungarian police"),
       C("3,313", 3313, "exact", "detained", "migrants caught crossing from Serbia",
         "Hungarian police", cat_alt=["displaced", "other"]),
       C("at least 50", 50, "at_least", "missing", "migrants unaccounted for", "Aid groups"),
       C("up to 800,000", 800000, "at_most", "displaced", "asylum seekers expected in Germany",
         "Germany")]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d86_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=36)
