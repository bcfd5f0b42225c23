"""Source of the seventh development set: writes ``passages.jsonl`` next to it.

Forty short passages (2-6 sentences; headline-plus-body items, a bulleted live-blog summary
and an "at a glance" box among them), written for this set in the style of wire, broadcaster
and local-paper copy and of UN situation reports paraphrased by a newspaper (none copied from
an article), on natural disasters, epidemics, accidents, migration and humanitarian crises not
used in the earlier development sets, annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of ``tests/devset3`` and ``tests/devset4`` and in ``tests/devset5``. Figures follow
contemporary reports loosely; the set tests extraction, not facts.

The set measures how the extractor generalises to phrasing it has not seen: figures far from
their verb, colon lists and parenthetical breakdowns, "N of the M", "among them", "including",
spelled-out numbers at the start of a sentence, apposition, tolls in headlines, revised tolls
("revised down to 19", "raising the toll from 36", "up from 1,094"), ranges ("between 25 and
30", "15-20", "around 30 to 35"), vague amounts, quotes with the speaker after, pronouns,
continuation sentences, "according to", "citing", "X figures show", "X estimated", "put the
number at"; and non-claim traps (dates, times, ages, durations, money, percentages, magnitudes,
distances, rainfall, temperatures, wind speeds, megawatts, years, ordinals, model and flight
numbers, negations). Three passages hold only non-claims.

Run ``python tests/devset7/build_devset7.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

CCTV = "state broadcaster CCTV"
TIBET = "the regional government"
ZAYED = "Health Minister Hala Zayed"
CENTERPOINT = "CenterPoint Energy"
MITCHELL = "Prime Minister Dickon Mitchell"
KENYA = "Interior Ministry"
OCHA_SO = "the UN's humanitarian coordination office"
IPC = "the latest IPC analysis"
BHATTARAI = "Home ministry spokesman Narayan Prasad Bhattarai"
SALWAI = "Prime Minister Charlot Salwai"
OCHA_ET = "the UN humanitarian office OCHA"
FREITAS = "Governor Tarcísio de Freitas"
GUINEA_OPP = "a coalition of opposition parties and civil society groups"
INACIF = "The national forensic institute"
NETO = "provincial secretary of state Jaime Neto"
SOYLU = "Interior Minister Suleyman Soylu"
PSD = "the Public Security Directorate"
HAWARI = "Health Minister Firas Hawari"
EDHI = "the Edhi Foundation"
FIRE_GR = "The fire service"
HEALTH_GR = "health officials"
LASEMA = "the Lagos State Emergency Management Agency"
LEVINE_CAVA = "Miami-Dade Mayor Daniella Levine Cava"
MULAUDZI = "emergency services spokesman Robert Mulaudzi"
KERALA = "Kerala officials"
NCDC = "Nigeria Centre for Disease Control"
REE = "grid operator Red Eléctrica"
TX_HEALTH = "Texas health officials"
DESANTIS = "Florida Governor Ron DeSantis"
NDIMA = "Military governor Gen. Constant Ndima"
TONGA = "the Tongan government"
R4V = "the Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela"
SENEGAL = "Senegalese authorities"
IOM = "the International Organization for Migration"
HAMIE = "Lebanon's transport minister, Ali Hamie"
LUBRANI = "the UN's humanitarian coordinator in Ukraine, Osnat Lubrani"
UA_OFFICIALS = "Ukrainian officials"
BLINKEN = "Secretary of State Antony Blinken"
KNU = "a Karen National Union spokesman"
MM_FIRE = "the fire services department"
BESHEAR = "Gov. Andy Beshear"

PASSAGES = [
    # --- Earthquakes, landslides, volcanoes -------------------------------------------------
    P("d7_001",
      "LHASA, Jan 8, 2025 (Reuters) - The death toll from Tuesday's magnitude 6.8 earthquake in "
      "Dingri county, in the Shigatse region of Tibet, rose to 126 on Wednesday, state "
      "broadcaster CCTV said, citing the regional government, and 188 people were injured. More "
      "than 3,600 homes collapsed in sub-zero temperatures, and some 46,500 residents had been "
      "moved to tents and temporary shelters by nightfall. Over 14,000 rescuers, among them "
      "soldiers, firefighters and medical staff, were working in the quake zone, about 80 km (50 "
      "miles) north of Mount Everest, the broadcaster said, as overnight temperatures fell to "
      "minus 16 degrees Celsius (3 F).",
      [C("126", 126, "exact", "killed", "people", TIBET, attr_alt=[CCTV]),
       C("188", 188, "exact", "injured", "people", TIBET, attr_alt=[CCTV]),
       C("More than 3,600", 3600, "more_than", "infrastructure", "homes collapsed", TIBET,
         attr_alt=[CCTV, None]),
       C("some 46,500", 46500, "about", "displaced", "residents moved to shelters", TIBET,
         attr_alt=[CCTV, None]),
       C("Over 14,000", 14000, "more_than", "troops", "rescuers", "the broadcaster",
         cat_alt=["other"], attr_alt=[CCTV])],
      published="2025-01-08"),
    P("d7_002",
      "Published 4 November 2023\n"
      "At least 157 people were killed when a magnitude 5.6 earthquake struck Nepal's remote "
      "western Jajarkot district shortly before midnight on Friday, bringing down mud-brick "
      "houses on families as they slept, officials said. Seventy-four of the dead were children, "
      "according to the district administration. Home ministry spokesman Narayan Prasad "
      "Bhattarai said 199 people had been injured in Jajarkot and neighbouring Rukum West, and "
      "that the army and police had deployed 3,000 personnel and two helicopters to fly the most "
      "seriously hurt to Surkhet, about 80 km away. 'We still cannot count the houses that "
      "fell,' said a local official in Ramidanda village.",
      [C("At least 157", 157, "at_least", "killed", "people", "officials"),
       C("Seventy-four", 74, "exact", "killed", "children", "the district administration"),
       C("199", 199, "exact", "injured", "people", BHATTARAI),
       C("3,000", 3000, "exact", "troops", "army and police personnel", BHATTARAI,
         attr_alt=[None]),
       C("two", 2, "exact", "other", "helicopters", BHATTARAI, optional=True,
         cat_alt=["munitions"], attr_alt=[None])],
      published="2023-11-04"),
    P("d7_003",
      "'We have recovered 14 bodies so far, and we believe more people are still under the "
      "rubble,' Prime Minister Charlot Salwai told reporters in Port Vila on Wednesday, a day "
      "after a magnitude 7.3 earthquake struck just off Vanuatu's capital. About 200 people had "
      "been treated for injuries, he said. Australia and New Zealand flew in 60 urban "
      "search-and-rescue specialists and 10 tonnes of relief supplies aboard military transport "
      "planes. Some 1,000 people were sleeping in evacuation centres, according to the National "
      "Disaster Management Office.",
      [C("14", 14, "exact", "killed", "bodies recovered", SALWAI),
       C("About 200", 200, "about", "injured", "people treated", SALWAI, attr_alt=["he"]),
       C("60", 60, "exact", "troops", "search-and-rescue specialists flown in", None,
         cat_alt=["other"], attr_alt=[SALWAI]),
       C("10", 10, "exact", "aid", "tonnes of relief supplies", None, attr_alt=[SALWAI]),
       C("Some 1,000", 1000, "about", "displaced", "people in evacuation centres",
         "the National Disaster Management Office")]),
    P("d7_004",
      "The death toll from two landslides in the Gofa zone of southern Ethiopia has risen to "
      "257, the UN humanitarian office OCHA said on Friday, warning that as many as 500 people "
      "may have died. The first slide buried several families in Kencho Shacha Gozdi on Monday "
      "morning after days of heavy rain; the second struck dozens of villagers who had rushed to "
      "dig them out. More than 15,000 people need to be moved away from the unstable slopes, "
      "among them 1,320 children under five and 5,293 pregnant or breastfeeding women, it said.",
      [C("two", 2, "exact", "other", "landslides", OCHA_ET, optional=True, attr_alt=[None]),
       C("257", 257, "exact", "killed", "people", OCHA_ET),
       C("as many as 500", 500, "at_most", "killed", "people feared dead", OCHA_ET),
       C("dozens", 12, "vague", "killed", "villagers caught by the second slide", OCHA_ET,
         attr_alt=[None]),
       C("More than 15,000", 15000, "more_than", "displaced", "people to be evacuated",
         OCHA_ET, cat_alt=["other"]),
       C("1,320", 1320, "exact", "displaced", "children to be evacuated", OCHA_ET,
         cat_alt=["other"]),
       C("5,293", 5293, "exact", "displaced", "pregnant or breastfeeding women to be evacuated",
         OCHA_ET, cat_alt=["other"])]),
    P("d7_005",
      "More than 680 millimetres of rain fell in 24 hours on the northern coast of São Paulo "
      "state over the Carnival weekend, the most ever recorded in Brazil in a single day, "
      "setting off landslides that killed at least 48 people, 47 of them in São Sebastião. Forty "
      "were still missing on Wednesday, Governor Tarcísio de Freitas said, and around 2,500 had "
      "been left homeless or ordered out of their homes. The navy sent a hospital ship with 300 "
      "beds to the area, where roads were cut in 12 places.",
      [C("at least 48", 48, "at_least", "killed", "people", None),
       C("47", 47, "exact", "killed", "people in São Sebastião", None),
       C("Forty", 40, "exact", "missing", "people", FREITAS),
       C("around 2,500", 2500, "about", "displaced", "people homeless or ordered out", FREITAS),
       C("300", 300, "exact", "other", "hospital ship beds", None, optional=True,
         cat_alt=["infrastructure"]),
       C("12", 12, "exact", "other", "places where roads were cut", None, optional=True,
         cat_alt=["infrastructure"])]),
    P("d7_006",
      "GOMA, Congo, May 27, 2021 (AP) — Authorities ordered the evacuation of 10 of Goma's 18 "
      "neighborhoods on Thursday, forcing an estimated 400,000 people to flee, as earthquakes "
      "continued to shake the city five days after Mount Nyiragongo erupted. Military governor "
      "Gen. Constant Ndima said 32 people had died in the eruption, most of them asphyxiated or "
      "burned, and that more than 3,600 homes had been destroyed by lava. Some 1,000 children "
      "have been separated from their families in the chaos, UNICEF said. More than 4,500 people "
      "have crossed into neighboring Rwanda, according to Rwandan officials.",
      [C("10", 10, "exact", "other", "neighborhoods evacuated", None, optional=True,
         attr_alt=["Authorities"]),
       C("18", 18, "exact", "other", "Goma neighborhoods", None, optional=True),
       C("an estimated 400,000", 400000, "about", "displaced", "people who fled Goma", None,
         attr_alt=["Authorities"]),
       C("32", 32, "exact", "killed", "people", NDIMA),
       C("more than 3,600", 3600, "more_than", "infrastructure", "homes destroyed by lava",
         NDIMA),
       C("Some 1,000", 1000, "about", "other", "children separated from their families",
         "UNICEF", cat_alt=["missing", "displaced"]),
       C("More than 4,500", 4500, "more_than", "displaced", "people who crossed into Rwanda",
         "Rwandan officials")],
      published="2021-05-27"),
    P("d7_007",
      "Two New Zealand air force flights landed in Nuku'alofa on Thursday with water containers, "
      "generators and hygiene kits, the first aid to reach Tonga since Saturday's eruption and "
      "tsunami, after volunteers cleared a thick layer of ash from the runway. Australia said it "
      "had sent a C-17 with 16 tonnes of supplies, and a New Zealand navy ship was due on Friday "
      "with 250,000 litres of drinking water. Three people were killed and about 50 houses were "
      "destroyed on Mango, an island of 36 people, the Tongan government said. Around 84% of the "
      "kingdom's population of about 105,000 had been affected by ashfall, the UN estimated.",
      [C("Two", 2, "exact", "aid", "aid flights", None),
       C("16", 16, "exact", "aid", "tonnes of supplies", "Australia"),
       C("250,000", 250000, "exact", "aid", "litres of drinking water", None,
         attr_alt=["Australia"]),
       C("Three", 3, "exact", "killed", "people", TONGA),
       C("about 50", 50, "about", "infrastructure", "houses destroyed on Mango", TONGA),
       C("36", 36, "exact", "population", "Mango residents", TONGA, attr_alt=[None]),
       C("Around 84%", 84, "about", "other", "share of the population affected", "the UN",
         optional=True, cat_alt=["population"]),
       C("about 105,000", 105000, "about", "population", "Tonga's population", "the UN",
         attr_alt=[None])]),
    P("d7_008",
      "Myanmar jade mine landslide kills at least 162\n"
      "A wall of mining waste collapsed into a lake at a jade mine in northern Myanmar's Kachin "
      "state on Thursday, burying scores of miners, and by evening 162 bodies had been recovered, "
      "the fire services department said on its Facebook page. Another 54 people were taken to "
      "hospital. 'There could be more than 100 people still under the mud,' said Tar Lin Maung, "
      "a local official, though he added that the number was hard to know because many miners "
      "were itinerant workers with no records.",
      [C("at least 162", 162, "at_least", "killed", "miners", None),
       C("scores", 20, "vague", "killed", "miners buried", MM_FIRE, cat_alt=["missing"],
         attr_alt=[None]),
       C("162", 162, "exact", "killed", "bodies recovered", MM_FIRE, ctx="162 bodies"),
       C("54", 54, "exact", "injured", "people taken to hospital", MM_FIRE, attr_alt=[None]),
       C("more than 100", 100, "more_than", "missing", "people under the mud", "Tar Lin Maung")]),

    # --- Floods, storms, heat, fire, power ---------------------------------------------------
    P("d7_009",
      "Kenya floods at a glance (Interior Ministry figures, May 6, 2024)\n"
      "Deaths: 228, including 45 when a dam burst near Mai Mahiu\n"
      "Missing: 72\n"
      "Injured: 164\n"
      "Displaced: over 212,000 people, 55,000 of them sheltering in 167 camps\n"
      "Schools damaged: 1,967 (reopening pushed back a week)",
      [C("228", 228, "exact", "killed", "people", KENYA),
       C("45", 45, "exact", "killed", "people in the Mai Mahiu dam burst", KENYA),
       C("72", 72, "exact", "missing", "people", KENYA),
       C("164", 164, "exact", "injured", "people", KENYA),
       C("over 212,000", 212000, "more_than", "displaced", "people", KENYA),
       C("55,000", 55000, "exact", "displaced", "people in camps", KENYA),
       C("167", 167, "exact", "infrastructure", "camps", KENYA, cat_alt=["other", "aid"]),
       C("1,967", 1967, "exact", "infrastructure", "schools damaged", KENYA)]),
    P("d7_010",
      "Beryl: what we know so far\n"
      "• More than 2.2 million homes and businesses in the Houston area lost power at the "
      "storm's peak, CenterPoint Energy says; about 1.7 million were still without electricity on "
      "Tuesday night\n"
      "• At least eight deaths in Texas have been blamed on the storm, among them a man killed "
      "when an oak tree fell on his house\n"
      "• Beryl earlier killed at least 11 people in the Caribbean, three of them on Grenada's "
      "Carriacou island, where 98% of buildings were damaged or destroyed, according to Prime "
      "Minister Dickon Mitchell\n"
      "• The city of Houston has opened 14 cooling centres as the heat index is forecast to top "
      "100F (38C)",
      [C("More than 2.2 million", 2200000, "more_than", "other",
         "homes and businesses without power", CENTERPOINT, cat_alt=["infrastructure"]),
       C("about 1.7 million", 1700000, "about", "other", "homes and businesses still without "
         "power", CENTERPOINT, cat_alt=["infrastructure"]),
       C("At least eight", 8, "at_least", "killed", "deaths in Texas", None),
       C("at least 11", 11, "at_least", "killed", "people in the Caribbean", None,
         attr_alt=[MITCHELL]),
       C("three", 3, "exact", "killed", "people on Carriacou", None, attr_alt=[MITCHELL]),
       C("98%", 98, "exact", "infrastructure", "share of Carriacou buildings damaged",
         MITCHELL, optional=True),
       C("14", 14, "exact", "infrastructure", "cooling centres", None, cat_alt=["other"],
         attr_alt=["The city of Houston"])]),
    P("d7_011",
      "Texas health officials on Friday added 35 deaths to the tally from February's winter "
      "storm, raising the toll to 246, most of them from hypothermia. At the height of the storm "
      "more than 4.5 million homes and businesses in the state lost power, some of them for more "
      "than four days, and about 14.9 million people were told to boil their water. The victims "
      "ranged in age from less than a year to 102, the Department of State Health Services said. "
      "Damage has been estimated at up to $130 billion.",
      [C("35", 35, "exact", "killed", "deaths added to the tally", TX_HEALTH),
       C("246", 246, "exact", "killed", "people", TX_HEALTH),
       C("more than 4.5 million", 4500000, "more_than", "other",
         "homes and businesses without power", None, cat_alt=["infrastructure"],
         attr_alt=[TX_HEALTH]),
       C("about 14.9 million", 14900000, "about", "other", "people told to boil water", None,
         cat_alt=["population"], attr_alt=[TX_HEALTH])]),
    P("d7_012",
      "Florida Governor Ron DeSantis said on Thursday that more than 3 million homes and "
      "businesses were without power after Hurricane Milton crossed the state overnight, and "
      "that Coast Guard and National Guard crews had rescued 340 people and 49 pets. Officials "
      "put the number of people who left the Tampa Bay area before landfall at as many as 1 "
      "million, and tens of thousands spent the night in shelters. At least 16 people were "
      "killed across the state, including five in St. Lucie County, where tornadoes spawned by "
      "the storm tore through a retirement community, officials said.",
      [C("more than 3 million", 3000000, "more_than", "other",
         "homes and businesses without power", DESANTIS, cat_alt=["infrastructure"]),
       C("340", 340, "exact", "other", "people rescued", DESANTIS),
       C("49", 49, "exact", "other", "pets rescued", DESANTIS, optional=True),
       C("as many as 1 million", 1000000, "at_most", "displaced",
         "people who left the Tampa Bay area", "Officials"),
       C("tens of thousands", 10000, "vague", "displaced", "people in shelters", "Officials",
         attr_alt=[None]),
       C("At least 16", 16, "at_least", "killed", "people in Florida", "officials"),
       C("five", 5, "exact", "killed", "people in St. Lucie County", "officials")]),
    P("d7_013",
      "Pakistan's largest charity, the Edhi Foundation, said it had received 568 bodies at its "
      "morgue in Karachi over four days, compared with around 30 to 35 on a normal day, as a "
      "heatwave pushed temperatures above 40C. Many of the dead were homeless people and drug "
      "addicts found on the streets, said Faisal Edhi, who heads the foundation. At the city's "
      "Civil Hospital, officials said 267 people had been admitted with heatstroke since Sunday, "
      "49 of whom had died. Power cuts of up to 10 hours a day left many residents without fans.",
      [C("568", 568, "exact", "killed", "bodies received", EDHI,
         attr_alt=["Pakistan's largest charity"]),
       C("around 30 to 35", 30, "range", "killed", "bodies received on a normal day", EDHI,
         high=35, cat_alt=["other"], attr_alt=["Pakistan's largest charity"]),
       C("267", 267, "exact", "other", "heatstroke admissions", "officials",
         cat_alt=["injured"]),
       C("49", 49, "exact", "killed", "heatstroke deaths", "officials")]),
    P("d7_014",
      "Hundreds of firefighters backed by water-dropping aircraft battled a wildfire that reached "
      "the northern suburbs of Athens on Monday, driven by winds of up to 70 km/h. The fire "
      "service said 685 firefighters, 190 fire engines and 33 aircraft had been deployed, and "
      "that a woman's body had been found in a burned-out factory. Thousands of residents were "
      "told to leave, and patients were moved out of two hospitals, while 66 people were treated "
      "for burns and breathing problems, health officials said. Local officials said 15-20 homes "
      "had burned in Varnavas alone; the blaze has consumed more than 10,000 hectares since "
      "Sunday.",
      [C("Hundreds", 100, "vague", "troops", "firefighters", None, cat_alt=["other"]),
       C("685", 685, "exact", "troops", "firefighters deployed", FIRE_GR, cat_alt=["other"]),
       C("190", 190, "exact", "other", "fire engines", FIRE_GR, optional=True,
         cat_alt=["troops"]),
       C("33", 33, "exact", "other", "firefighting aircraft", FIRE_GR, optional=True,
         cat_alt=["munitions"]),
       C("Thousands", 1000, "vague", "displaced", "residents told to leave", HEALTH_GR,
         attr_alt=[None]),
       C("two", 2, "exact", "infrastructure", "hospitals evacuated", HEALTH_GR, optional=True,
         attr_alt=[None]),
       C("66", 66, "exact", "injured", "people treated", HEALTH_GR),
       C("15-20", 15, "range", "infrastructure", "homes burned in Varnavas", "Local officials",
         high=20),
       C("more than 10,000", 10000, "more_than", "other", "hectares burned", "Local officials",
         optional=True, attr_alt=[None])]),
    P("d7_015",
      "MADRID, April 29, 2025 (Reuters) - Power had been restored to more than 99% of Spain by "
      "Tuesday morning after a blackout that plunged the Iberian peninsula into darkness for up "
      "to 18 hours and left hundreds of thousands of commuters stranded, grid operator Red "
      "Eléctrica said. About 35,000 passengers had to be rescued from trains that stopped between "
      "stations, Transport Minister Óscar Puente said, and the Madrid fire service said it had "
      "answered 286 calls from people trapped in lifts. In Portugal, where all 6.5 million "
      "customers of the main distributor lost power, the government said the outage had begun "
      "at 11:33 a.m. on Monday.",
      [C("more than 99%", 99, "more_than", "other", "share of Spain with power restored", REE,
         optional=True, cat_alt=["infrastructure"]),
       C("hundreds of thousands", 100000, "vague", "other", "commuters stranded", None,
         cat_alt=["population"], attr_alt=[REE]),
       C("About 35,000", 35000, "about", "other", "train passengers rescued",
         "Transport Minister Óscar Puente"),
       C("286", 286, "exact", "other", "calls from people trapped in lifts",
         "the Madrid fire service"),
       C("6.5 million", 6500000, "exact", "other", "customers without power in Portugal", None,
         cat_alt=["infrastructure"], attr_alt=["the government"])],
      published="2025-04-29"),
    P("d7_016",
      "Eight people were confirmed dead at a candle factory in Mayfield that was flattened by a "
      "tornado on Friday night, and 94 of the 110 workers who were on shift have been accounted "
      "for, the company said on Sunday, easing fears of a far higher toll. Gov. Andy Beshear had "
      "said on Saturday that he expected more than 70 people to have died across Kentucky, "
      "perhaps as many as 100. 'This is the deadliest tornado event in our state's history,' he "
      "said. About 26,000 customers in the state were still without power on Sunday.",
      [C("Eight", 8, "exact", "killed", "factory workers", "the company"),
       C("94", 94, "exact", "other", "workers accounted for", "the company"),
       C("110", 110, "exact", "other", "workers on shift", "the company"),
       C("more than 70", 70, "more_than", "killed", "people in Kentucky (expected)", BESHEAR),
       C("as many as 100", 100, "at_most", "killed", "people in Kentucky (expected)", BESHEAR),
       C("About 26,000", 26000, "about", "other", "customers without power", None,
         cat_alt=["infrastructure"])]),

    # --- Accidents: transport, mines, industry, buildings, crowds ----------------------------
    P("d7_017",
      "Egypt lowers train crash toll to 19 after earlier count of 32\n"
      "CAIRO (AP) — Egypt's health ministry on Saturday revised down to 19 the number of people "
      "killed when an express train slammed into the back of a stationary one near the town of "
      "Tahta in Sohag province, saying a first tally had counted some victims twice. Of the 185 "
      "people injured, 47 remained in hospital, Health Minister Hala Zayed said. The public "
      "prosecutor's office said eight railway employees, among them the drivers of both trains "
      "and their assistants, had been detained for questioning. The government will pay 100,000 "
      "Egyptian pounds to each victim's family.",
      [C("19", 19, "exact", "killed", "people", None, ctx="toll to 19"),
       C("32", 32, "exact", "killed", "people (earlier count)", None),
       C("19", 19, "exact", "killed", "people", "Egypt's health ministry", ctx="19 the number"),
       C("185", 185, "exact", "injured", "people", ZAYED),
       C("47", 47, "exact", "injured", "injured still in hospital", ZAYED),
       C("eight", 8, "exact", "detained", "railway employees",
         "The public prosecutor's office")]),
    P("d7_018",
      "Fifty-five people were killed when an overcrowded bus smashed through a guardrail and "
      "plunged about 20 metres off a bridge into a sewage-filled ravine on the outskirts of "
      "Guatemala City on Monday, firefighters said. The national forensic institute said the "
      "dead comprised 36 men, 15 women and four children, the youngest of them four years old; "
      "two bodies had yet to be identified. Eleven survivors were taken to the San Juan de Dios "
      "hospital. President Bernardo Arévalo declared three days of national mourning.",
      [C("Fifty-five", 55, "exact", "killed", "people", "firefighters"),
       C("36", 36, "exact", "killed", "men", INACIF),
       C("15", 15, "exact", "killed", "women", INACIF),
       C("four", 4, "exact", "killed", "children", INACIF, ctx="four children"),
       C("two", 2, "exact", "killed", "unidentified bodies", INACIF),
       C("Eleven", 11, "exact", "injured", "survivors taken to hospital", None,
         cat_alt=["other"], attr_alt=[INACIF, "firefighters"])]),
    P("d7_019",
      "A converted fishing boat carrying about 130 people capsized off Mozambique's northern "
      "Nampula province on Sunday, killing 98 of them, provincial secretary of state Jaime Neto "
      "said, adding that many on board had been fleeing rumours of a cholera outbreak on the "
      "mainland. Rescuers pulled five survivors from the water and were searching for others. "
      "The boat, which was not licensed to carry passengers, was overloaded, Neto said. In Lunga, "
      "where it set off, health officials said 15 cholera cases had been confirmed since the "
      "start of the month.",
      [C("about 130", 130, "about", "other", "people on board", NETO, attr_alt=[None]),
       C("98", 98, "exact", "killed", "people", NETO),
       C("five", 5, "exact", "other", "survivors rescued", None, attr_alt=[NETO]),
       C("15", 15, "exact", "other", "cholera cases in Lunga", "health officials")]),
    P("d7_020",
      "AMASRA, Turkey (Reuters) - Rescuers recovered the last bodies from a coal mine on "
      "Turkey's Black Sea coast on Saturday, bringing the death toll from Friday evening's "
      "firedamp explosion to 41, Interior Minister Suleyman Soylu said. Of the 110 miners "
      "underground at the time, 58 got out on their own or were rescued, he said, and 11 were "
      "being treated in hospital, five of them in intensive care. President Tayyip Erdogan, who "
      "visited the site, said the blast had occurred about 300 metres below the surface.",
      [C("41", 41, "exact", "killed", "miners", SOYLU),
       C("110", 110, "exact", "other", "miners underground", SOYLU, attr_alt=["he"]),
       C("58", 58, "exact", "other", "miners who got out or were rescued", SOYLU,
         attr_alt=["he"]),
       C("11", 11, "exact", "injured", "miners in hospital", SOYLU, attr_alt=["he"]),
       C("five", 5, "exact", "injured", "miners in intensive care", SOYLU, attr_alt=["he"])]),
    P("d7_021",
      "A tank of chlorine gas fell from a crane and ruptured as it was being loaded onto a ship "
      "at Jordan's Aqaba port on Monday, releasing a toxic yellow cloud that killed 13 people "
      "(eight Jordanians and five foreign nationals) and sickened 260 others, the Public Security "
      "Directorate said. Health Minister Firas Hawari said on Tuesday that 199 people remained in "
      "hospital, 123 of them in intensive care. The tank held between 25 and 30 tonnes of "
      "chlorine, port officials said. Workers were evacuated and a nearby beach was closed.",
      [C("13", 13, "exact", "killed", "people", PSD),
       C("eight", 8, "exact", "killed", "Jordanians", PSD),
       C("five", 5, "exact", "killed", "foreign nationals", PSD),
       C("260", 260, "exact", "injured", "people sickened", PSD),
       C("199", 199, "exact", "injured", "people in hospital", HAWARI, cat_alt=["other"]),
       C("123", 123, "exact", "injured", "people in intensive care", HAWARI,
         cat_alt=["other"]),
       C("between 25 and 30", 25, "range", "other", "tonnes of chlorine", "port officials",
         high=30, optional=True)]),
    P("d7_022",
      "Rescue workers have pulled 40 bodies from the rubble of a 21-storey tower that collapsed "
      "while under construction in the upmarket Ikoyi district of Lagos, raising the toll from "
      "36, the Lagos State Emergency Management Agency said on Thursday. Nine people have been "
      "rescued alive. The developer, Femi Osibona, was among the dead, and a survivor told "
      "reporters that more than 100 workers had been on site when the building came down on "
      "Monday afternoon.",
      [C("40", 40, "exact", "killed", "bodies recovered", LASEMA),
       C("36", 36, "exact", "killed", "people (earlier toll)", LASEMA),
       C("Nine", 9, "exact", "other", "people rescued alive", LASEMA, attr_alt=[None]),
       C("more than 100", 100, "more_than", "other", "workers on site", "a survivor")]),
    P("d7_023",
      "SURFSIDE — Search teams recovered four more victims from the rubble of Champlain Towers "
      "South on Wednesday, bringing the confirmed death toll to 54, Miami-Dade Mayor Daniella "
      "Levine Cava said. Eighty-six people remain unaccounted for. More than 200 "
      "search-and-rescue personnel, working in 12-hour shifts alongside teams from Israel and "
      "Mexico, are combing the debris, she said. The 12-storey building, completed in 1981, had "
      "136 units; residents of 55 of them are known to have got out, according to town "
      "officials.",
      [C("four", 4, "exact", "killed", "victims recovered", LEVINE_CAVA),
       C("54", 54, "exact", "killed", "people", LEVINE_CAVA),
       C("Eighty-six", 86, "exact", "missing", "people unaccounted for", LEVINE_CAVA,
         attr_alt=[None]),
       C("More than 200", 200, "more_than", "troops", "search-and-rescue personnel",
         LEVINE_CAVA, cat_alt=["other"], attr_alt=["she"]),
       C("136", 136, "exact", "infrastructure", "apartments in the building", "town officials",
         optional=True, attr_alt=[None]),
       C("55", 55, "exact", "other", "apartments whose residents got out", "town officials",
         optional=True, cat_alt=["infrastructure"])]),
    P("d7_024",
      "At least 74 people, among them 12 children, died when fire swept through a five-storey "
      "building in central Johannesburg that had been taken over by homeless families, emergency "
      "services spokesman Robert Mulaudzi said on Thursday. Fifty-two were injured. The "
      "city-owned building was home to an estimated 200 people, many of them migrants from "
      "Malawi and Tanzania, residents said. The youngest victim was a year old.",
      [C("At least 74", 74, "at_least", "killed", "people", MULAUDZI),
       C("12", 12, "exact", "killed", "children", MULAUDZI),
       C("Fifty-two", 52, "exact", "injured", "people", MULAUDZI, attr_alt=[None]),
       C("an estimated 200", 200, "about", "population", "residents of the building",
         "residents", cat_alt=["other"])]),
    P("d7_025",
      "An Indian Air Force plane carrying the bodies of 45 Indian workers who died in a fire at a "
      "labour camp in Kuwait's Mangaf district landed in Kochi on Friday. Of the 50 people killed "
      "in Wednesday's blaze, most were from India: 24 from Kerala, seven from Tamil Nadu and the "
      "rest from other states, Kerala officials said. Three Filipino workers were also among the "
      "dead, Manila said. The building housed 196 migrant workers employed by the same "
      "construction company, Kuwait's interior ministry said.",
      [C("45", 45, "exact", "killed", "Indian workers' bodies repatriated", None),
       C("50", 50, "exact", "killed", "people", KERALA),
       C("24", 24, "exact", "killed", "workers from Kerala", KERALA),
       C("seven", 7, "exact", "killed", "workers from Tamil Nadu", KERALA),
       C("Three", 3, "exact", "killed", "Filipino workers", "Manila"),
       C("196", 196, "exact", "population", "migrant workers housed in the building",
         "Kuwait's interior ministry", cat_alt=["other"])]),
    P("d7_026",
      "CONAKRY (AFP) - Guinea's government put the number of dead at 56 after a crush at the end "
      "of a football match in the south-eastern city of N'Zérékoré on Sunday, but a coalition of "
      "opposition parties and civil society groups said on Tuesday that at least 135 people, "
      "most of them under 18, had been killed. Doctors at the regional hospital, who asked not to "
      "be named, said bodies lined the corridors and the morgue was full. Prime Minister Amadou "
      "Oury Bah said 'dozens' of people had been injured. The stadium holds around 10,000 "
      "spectators, but witnesses estimated the crowd at twice that.",
      [C("56", 56, "exact", "killed", "people", "Guinea's government"),
       C("at least 135", 135, "at_least", "killed", "people", GUINEA_OPP),
       C("dozens", 12, "vague", "injured", "people", "Prime Minister Amadou Oury Bah"),
       C("around 10,000", 10000, "about", "other", "stadium capacity", None, optional=True)]),

    # --- Epidemics ----------------------------------------------------------------------------
    P("d7_027",
      "Malawi's cholera outbreak, the deadliest in the country's history, has killed 1,210 people "
      "since the first case was reported on March 3, 2022, the health ministry said on Monday, "
      "with 36,943 cases recorded in all 29 districts. President Lazarus Chakwera extended the "
      "closure of schools in Blantyre and Lilongwe by two weeks. The WHO said it had shipped 2.9 "
      "million doses of oral cholera vaccine, and UNICEF said it had sent 150 tonnes of "
      "supplies, including chlorine and oral rehydration salts.",
      [C("1,210", 1210, "exact", "killed", "cholera deaths", "the health ministry"),
       C("36,943", 36943, "exact", "other", "cholera cases", "the health ministry"),
       C("29", 29, "exact", "other", "districts", "the health ministry", optional=True),
       C("2.9 million", 2900000, "exact", "aid", "vaccine doses shipped", "The WHO",
         cat_alt=["other"]),
       C("150", 150, "exact", "aid", "tonnes of supplies", "UNICEF")]),
    P("d7_028",
      "Brazil has recorded more than 1,600 deaths from dengue so far this year, the health "
      "ministry said on Wednesday, up from 1,094 in the whole of 2023, and another 1,900 deaths "
      "are under investigation. Probable cases have reached 4.1 million. Six states and the "
      "Federal District have declared emergencies, and the army set up field hospitals in "
      "Brasília last week. Health Minister Nísia Trindade said 1.2 million people had received "
      "the first dose of the Qdenga vaccine.",
      [C("more than 1,600", 1600, "more_than", "killed", "dengue deaths", "the health ministry"),
       C("1,094", 1094, "exact", "killed", "dengue deaths in 2023", "the health ministry"),
       C("1,900", 1900, "exact", "killed", "suspected dengue deaths under investigation",
         "the health ministry", cat_alt=["other"]),
       C("4.1 million", 4100000, "exact", "other", "probable dengue cases",
         "the health ministry", attr_alt=[None]),
       C("Six", 6, "exact", "other", "states declaring emergencies", None, optional=True),
       C("1.2 million", 1200000, "exact", "other", "people vaccinated",
         "Health Minister Nísia Trindade")]),
    P("d7_029",
      "Nigeria Centre for Disease Control figures show 1,035 confirmed Lassa fever cases and 174 "
      "deaths across 28 states since January, a case fatality rate of 16.8%. Ondo, Edo and "
      "Bauchi states account for 71% of the confirmed cases. Seven health workers were infected "
      "in the past week, the agency said, bringing the number this year to 52.",
      [C("1,035", 1035, "exact", "other", "Lassa fever cases", NCDC),
       C("174", 174, "exact", "killed", "Lassa fever deaths", NCDC),
       C("28", 28, "exact", "other", "states", NCDC, optional=True),
       C("16.8%", 16.8, "exact", "other", "case fatality rate", NCDC, optional=True),
       C("71%", 71, "exact", "other", "share of cases in three states", NCDC, optional=True,
         attr_alt=[None]),
       C("Seven", 7, "exact", "other", "health workers infected", "the agency"),
       C("52", 52, "exact", "other", "health workers infected this year", "the agency")]),

    # --- Hunger, migration, refugees, aid -------------------------------------------------------
    P("d7_030",
      "Drought displacement in Somalia has passed 1.1 million since January 2021, the UN's "
      "humanitarian coordination office said in its latest situation report, with some 7.8 "
      "million people, about 45% of the population, affected by the worst drought in four "
      "decades. An estimated 213,000 people face catastrophic hunger in Baidoa and Burhakaba "
      "districts, OCHA said, citing the latest IPC analysis. More than 3 million head of "
      "livestock have died. Between January and July, 730 children died in nutrition centres, "
      "according to UNICEF, which said 1.5 million children under five were acutely "
      "malnourished.",
      [C("1.1 million", 1100000, "more_than", "displaced", "people displaced by drought",
         OCHA_SO),
       C("some 7.8 million", 7800000, "about", "other", "people affected", OCHA_SO,
         cat_alt=["population"]),
       C("about 45%", 45, "about", "other", "share of the population affected", OCHA_SO,
         optional=True, cat_alt=["population"]),
       C("An estimated 213,000", 213000, "about", "other", "people facing catastrophic hunger",
         IPC, attr_alt=["OCHA"]),
       C("More than 3 million", 3000000, "more_than", "other", "livestock died", "OCHA",
         attr_alt=[IPC, OCHA_SO, None]),
       C("730", 730, "exact", "killed", "children in nutrition centres", "UNICEF"),
       C("1.5 million", 1500000, "exact", "other", "acutely malnourished children", "UNICEF")]),
    P("d7_031",
      "Nearly 7.9 million Venezuelans have left their country since 2014, according to the "
      "Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela, about 6.7 "
      "million of them for other countries in Latin America and the Caribbean. Colombia hosts "
      "the largest number, some 2.8 million, followed by Peru with 1.5 million. Thousands more "
      "leave each month, the platform said, and more than 300,000 Venezuelans have applied for "
      "asylum in the United States.",
      [C("Nearly 7.9 million", 7900000, "about", "displaced", "Venezuelans who have left", R4V),
       C("about 6.7 million", 6700000, "about", "displaced", "Venezuelans in Latin America",
         R4V),
       C("some 2.8 million", 2800000, "about", "displaced", "Venezuelans in Colombia", R4V,
         attr_alt=[None]),
       C("1.5 million", 1500000, "exact", "displaced", "Venezuelans in Peru", R4V,
         attr_alt=[None]),
       C("Thousands", 1000, "vague", "displaced", "Venezuelans leaving each month",
         "the platform"),
       C("more than 300,000", 300000, "more_than", "displaced",
         "Venezuelan asylum applicants in the US", "the platform", cat_alt=["other"],
         attr_alt=[None])]),
    P("d7_032",
      "Senegal: 39 bodies recovered after migrant boat capsizes off Mbour\n"
      "Senegalese authorities said on Tuesday they had recovered 39 bodies after a wooden "
      "pirogue carrying migrants bound for Spain's Canary Islands capsized about 4 km off the "
      "fishing town of Mbour, and that 13 people had been rescued. Survivors said the boat had "
      "set off with between 100 and 150 people aboard. The navy and local fishermen were "
      "searching for dozens still missing. At least 1,000 people have died or disappeared on the "
      "Atlantic route so far this year, according to the International Organization for "
      "Migration.",
      [C("39", 39, "exact", "killed", "bodies recovered", None, ctx="39 bodies recovered"),
       C("39", 39, "exact", "killed", "bodies recovered", SENEGAL,
         ctx="recovered 39 bodies after"),
       C("13", 13, "exact", "other", "people rescued", SENEGAL),
       C("between 100 and 150", 100, "range", "other", "people on board", "Survivors",
         high=150),
       C("dozens", 12, "vague", "missing", "migrants", None,
         attr_alt=["Survivors", SENEGAL]),
       C("At least 1,000", 1000, "at_least", "killed", "migrants dead or missing on the "
         "Atlantic route", IOM, cat_alt=["missing"])]),
    P("d7_033",
      "The number of migrants who drowned when their boat sank off the Syrian coast two days "
      "after setting out from northern Lebanon has risen to 94, Syria's health ministry said on "
      "Friday. Twenty are being treated at Al-Basel hospital in Tartus, and it is not known how "
      "many are still missing. Survivors said the vessel left Minyeh, near Tripoli, on Tuesday "
      "with 120 to 150 people on board, most of them Lebanese, Syrians and Palestinians. "
      "Lebanon's transport minister, Ali Hamie, said hundreds of people had tried to leave the "
      "country by sea this year as its economy collapsed.",
      [C("94", 94, "exact", "killed", "migrants drowned", "Syria's health ministry"),
       C("Twenty", 20, "exact", "injured", "survivors in hospital", "Syria's health ministry",
         attr_alt=[None]),
       C("120 to 150", 120, "range", "other", "people on board", "Survivors", high=150),
       C("hundreds", 100, "vague", "displaced", "people trying to leave Lebanon by sea", HAMIE,
         cat_alt=["other"])]),
    P("d7_034",
      "The first World Food Programme convoy to reach Tigray in three months arrived in the "
      "regional capital, Mekelle, on Friday with more than 1,200 tonnes of food and nutrition "
      "supplies, the agency said, adding that 20 more trucks were on their way from Semera. The "
      "UN says some 5.2 million people in the region, more than 90% of its population, need "
      "emergency food aid. About 100 trucks a day are needed to meet basic needs, according to "
      "WFP, but fewer than 1,400 have entered since July.",
      [C("more than 1,200", 1200, "more_than", "aid", "tonnes of food and nutrition supplies",
         "the agency", attr_alt=["World Food Programme"]),
       C("20", 20, "exact", "aid", "trucks on their way", "the agency",
         attr_alt=["World Food Programme"]),
       C("some 5.2 million", 5200000, "about", "other", "people in need of food aid", "The UN",
         cat_alt=["population"]),
       C("more than 90%", 90, "more_than", "other", "share of Tigray's population in need",
         "The UN", optional=True, cat_alt=["population"]),
       C("About 100", 100, "about", "aid", "trucks a day needed", "WFP"),
       C("fewer than 1,400", 1400, "fewer_than", "aid", "trucks entered since July", "WFP")]),

    # --- The humanitarian side of wars ------------------------------------------------------
    P("d7_035",
      "More than 100 civilians, including women, children and elderly people, were evacuated "
      "from the Azovstal steel plant in Mariupol on Sunday and were expected to reach "
      "Ukrainian-held Zaporizhzhia on Monday, the UN's humanitarian coordinator in Ukraine, "
      "Osnat Lubrani, said. The operation was carried out with the International Committee of "
      "the Red Cross. Ukrainian officials say around 100,000 people remain in Mariupol, a city "
      "of more than 400,000 before the war, and that up to 1,000 civilians are still sheltering "
      "in bunkers under the plant.",
      [C("More than 100", 100, "more_than", "displaced", "civilians evacuated from Azovstal",
         LUBRANI),
       C("around 100,000", 100000, "about", "population", "people remaining in Mariupol",
         UA_OFFICIALS),
       C("more than 400,000", 400000, "more_than", "population", "Mariupol's pre-war "
         "population", UA_OFFICIALS, attr_alt=[None]),
       C("up to 1,000", 1000, "at_most", "population", "civilians sheltering under the plant",
         UA_OFFICIALS, cat_alt=["displaced", "other"])]),
    P("d7_036",
      "The US military and its allies have evacuated about 105,000 people from Kabul since Aug. "
      "14, the White House said on Thursday, hours after two suicide bombings outside the "
      "airport killed 13 US service members and at least 60 Afghans. Pentagon officials said 18 "
      "more service members were wounded. Some 5,400 Americans have been flown out, and about "
      "1,000 remain in Afghanistan, Secretary of State Antony Blinken said, adding that the US "
      "still had 5,200 troops on the ground.",
      [C("about 105,000", 105000, "about", "displaced", "people evacuated from Kabul",
         "the White House"),
       C("two", 2, "exact", "other", "suicide bombings", None, optional=True,
         cat_alt=["munitions"]),
       C("13", 13, "exact", "killed", "US service members", None,
         attr_alt=["the White House"]),
       C("at least 60", 60, "at_least", "killed", "Afghans", None,
         attr_alt=["the White House"]),
       C("18", 18, "exact", "injured", "US service members", "Pentagon officials"),
       C("Some 5,400", 5400, "about", "displaced", "Americans flown out", BLINKEN,
         cat_alt=["other"]),
       C("about 1,000", 1000, "about", "other", "Americans remaining in Afghanistan", BLINKEN,
         cat_alt=["population"]),
       C("5,200", 5200, "exact", "troops", "US troops in Afghanistan", BLINKEN)]),
    P("d7_037",
      "About 3,000 people fled across the Moei river into Thailand on Thursday as fighting raged "
      "between Myanmar's army and ethnic Karen rebels around the border town of Myawaddy, Thai "
      "authorities said. Thailand's foreign minister said his country could take in up to "
      "100,000 people if necessary and was preparing shelters. Some 200 Myanmar soldiers who had "
      "retreated to a bridge were being protected by Thai troops, a Karen National Union "
      "spokesman said. Two stray shells landed in Mae Sot but injured no one, Thai officials "
      "said.",
      [C("About 3,000", 3000, "about", "displaced", "people who fled into Thailand",
         "Thai authorities"),
       C("up to 100,000", 100000, "at_most", "displaced", "refugees Thailand could take in",
         "Thailand's foreign minister", optional=True, cat_alt=["other"]),
       C("Some 200", 200, "about", "troops", "Myanmar soldiers at the bridge", KNU),
       C("Two", 2, "exact", "munitions", "stray shells", "Thai officials")]),

    # --- Only non-claims --------------------------------------------------------------------
    P("d7_038",
      "A magnitude 6.1 earthquake struck off the coast of Hokkaido at 5:47 a.m. on Tuesday at a "
      "depth of 40 km, the Japan Meteorological Agency said, and an advisory for tsunami waves of "
      "up to 1 metre was lifted two hours later. No deaths or injuries were reported. Bullet "
      "train services between Shin-Aomori and Shin-Hakodate-Hokuto resumed by 9 a.m., and ANA "
      "flight 4831 from Haneda, diverted to Sendai, landed safely. It was the strongest quake in "
      "the region since 2018.",
      []),
    P("d7_039",
      "Temperatures reached 118F (47.8C) in Phoenix on Wednesday, the 19th straight day above "
      "110F, the National Weather Service said. Electricity demand in Arizona hit a record 8,212 "
      "megawatts, and shares of the state's largest utility rose 1.2%. Cooling centres are open "
      "from 8 a.m. to 8 p.m., and county officials said none of the heat-related deaths under "
      "investigation had yet been confirmed.",
      []),
    P("d7_040",
      "Updated: Sept. 21, 2024, 4:10 p.m.\n"
      "Evacuation orders for Wrightwood were lifted at noon on Saturday, 11 days after the Bridge "
      "fire jumped the ridge, and the blaze was 85 percent contained, fire officials said. "
      "Residents were told to boil tap water for at least 48 hours. Highway 2 will stay closed "
      "until Oct. 3, and the county has opened a recovery centre at 1600 Park Drive, open from "
      "9 a.m. to 6 p.m.",
      [],
      published="2024-09-21"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d7_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
