"""Source of the ninety-first development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) on natural disasters worldwide, 1985–2025 (earthquakes, a tsunami,
floods, cyclones and typhoons, landslides, eruptions, heat, cold, wildfires, haze and drought),
written for this set (none copied from an article) in the styles of disaster-agency releases
quoted in wire copy (NDCC/NDRRMC, BNPB, NDMA, FEMA, OCHA/ReliefWeb), Xinhua, Kyodo, Antara, PTI,
AP, AFP, Reuters, Yonhap, local dailies and broadcaster pages with "Updated" lines. Annotated by
hand and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and
the decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports
loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset91/build_devset91.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 91)), "holdout", "holdout2", "holdout3")

PASSAGES: list[Passage] = []

# --- Batch 1: typhoons in the Philippines, China and Japan ---------------------------------------

NDCC = "the National Disaster Coordinating Council (NDCC)"
GOLEZ = "Anthony Golez"
ZJ_FLOOD = "the provincial flood control headquarters"
TMG = "the Tokyo metropolitan government"
NDRRMC_R = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
JALAD = "NDRRMC executive director Ricardo Jalad"
XM_GOV = "the municipal government"
NDRRMC_P = "the National Disaster Risk Reduction and Management Council"
TIMBAL = "NDRRMC spokesperson Mark Timbal"

PASSAGES += [
    P("d91_001",
      "Philippine Daily Inquirer\n"
      "First Posted 01:12am (Manila Time) Dec 03, 2006\n"
      "LEGAZPI CITY—Mudflows from the slopes of Mayon Volcano buried entire villages in Albay as "
      "Typhoon \"Reming\" (international name: Durian) swept across the Bicol region, leaving at "
      "least 388 people dead and 261 missing, the National Disaster Coordinating Council (NDCC) "
      "said on Saturday. Most of the victims were in the villages of Padang, Maipon and Tagas in "
      "Daraga and Guinobatan, where boulders the size of cars rolled down with the lahar. Albay "
      "Gov. Fernando Gonzalez put the toll in his province alone at 406, saying the NDCC count "
      "had not caught up with reports from the towns. The NDCC said 1,049 people were injured and "
      "some 87,000 families, or about 430,000 people, had been affected in 13 provinces. Winds of "
      "up to 225 kilometers per hour toppled power lines, and the whole of Albay has been without "
      "electricity since Thursday. The Armed Forces sent 600 soldiers from the 9th Infantry "
      "Division to help dig through the debris.",
      [C("at least 388", 388, "at_least", "killed", "people in Bicol", NDCC),
       C("261", 261, "exact", "missing", "people in Bicol", NDCC),
       C("406", 406, "exact", "killed", "people in Albay", "Albay Gov. Fernando Gonzalez"),
       C("1,049", 1049, "exact", "injured", "people", "The NDCC", attr_alt=[NDCC]),
       C("some 87,000", 87000, "about", "other", "families affected", "The NDCC",
         cat_alt=["population"], attr_alt=[NDCC]),
       C("about 430,000", 430000, "about", "other", "people affected", "The NDCC",
         cat_alt=["population"], attr_alt=[NDCC]),
       C("13", 13, "exact", "other", "provinces affected", "The NDCC", optional=True,
         attr_alt=[NDCC]),
       C("600", 600, "exact", "troops", "soldiers sent to Albay", None,
         attr_alt=["The Armed Forces"])],
      published="2006-12-03"),

    P("d91_002",
      "MANILA (AFP) - Typhoon Xangsane tore through the Philippine capital and surrounding "
      "provinces on Thursday, killing at least 21 people and leaving 19 others missing, civil "
      "defence officials said. Falling trees and flying billboards accounted for most of the "
      "deaths, said Anthony Golez, deputy administrator of the Office of Civil Defense. Almost "
      "the entire Manila metropolitan area, home to some 12 million people, was plunged into "
      "darkness, and classes and government work were suspended. About 160,000 people had fled "
      "to evacuation centres in Albay, Camarines Sur and other eastern provinces before the storm "
      "hit, Golez said. Dozens of flights were cancelled at Manila's international airport, and "
      "the coast guard barred all ferries from leaving port, stranding more than 3,000 "
      "passengers.",
      [C("at least 21", 21, "at_least", "killed", "people", "civil defence officials"),
       C("19", 19, "exact", "missing", "people", "civil defence officials"),
       C("some 12 million", 12_000_000, "about", "population", "people in metropolitan Manila",
         None),
       C("About 160,000", 160000, "about", "displaced", "people in evacuation centres", "Golez",
         attr_alt=[GOLEZ]),
       C("Dozens", 12, "vague", "other", "flights cancelled", None, optional=True),
       C("more than 3,000", 3000, "more_than", "other", "ferry passengers stranded", None,
         cat_alt=["population"], attr_alt=["the coast guard"])]),

    P("d91_003",
      "HANGZHOU, Oct. 9 (Xinhua) -- The death toll from Typhoon Fitow has risen to seven in east "
      "China's Zhejiang Province, with four others still missing, the provincial flood control "
      "headquarters said Wednesday. In Yuyao city, where 70 percent of the urban area was under "
      "water at the peak of the flooding, about 833,000 residents have been affected and more "
      "than 20,000 have been relocated, according to the city government. Rescuers have used "
      "rubber boats to deliver bread, instant noodles and bottled water to residents trapped in "
      "high-rise buildings. The local garrison has dispatched 2,600 officers and soldiers to help "
      "with the relief work. Fitow landed in Fujian's Fuding city early Monday with winds of 151 "
      "km per hour, and dumped up to 500 mm of rain on parts of Zhejiang in 48 hours. Direct "
      "economic losses in the province are estimated at 12.4 billion yuan.",
      [C("seven", 7, "exact", "killed", "people in Zhejiang", ZJ_FLOOD),
       C("four", 4, "exact", "missing", "people in Zhejiang", ZJ_FLOOD),
       C("70 percent", 70, "exact", "other", "share of Yuyao's urban area flooded",
         "the city government", optional=True, attr_alt=[None]),
       C("about 833,000", 833000, "about", "other", "residents affected in Yuyao",
         "the city government", cat_alt=["population"]),
       C("more than 20,000", 20000, "more_than", "displaced", "people relocated in Yuyao",
         "the city government"),
       C("2,600", 2600, "exact", "troops", "officers and soldiers dispatched", None,
         attr_alt=["The local garrison"])]),

    P("d91_004",
      "OSHIMA, Tokyo, Oct. 17 (Kyodo) -- Rescuers on Izu Oshima Island pulled two more bodies "
      "from the mud on Thursday, bringing to 22 the number of people confirmed dead in the "
      "landslides triggered by Typhoon Wipha, the Tokyo metropolitan government said. Another 27 "
      "residents remain unaccounted for in the town of Motomachi, where a torrent of mud and "
      "trees swept away dozens of houses before dawn on Wednesday. About 1,100 Self-Defense "
      "Forces personnel, police officers and firefighters were searching the debris, it said. "
      "The island, about 120 kilometers south of central Tokyo, recorded 824 millimeters of rain "
      "in 24 hours, the most since records began there in 1991. The town did not issue an "
      "evacuation advisory, its mayor told reporters, because he was away on a business trip.",
      [C("two", 2, "exact", "killed", "bodies recovered", TMG, cat_alt=["missing"],
         ctx="two more bodies"),
       C("22", 22, "exact", "killed", "people confirmed dead on Izu Oshima", TMG),
       C("27", 27, "exact", "missing", "residents of Motomachi", TMG, attr_alt=[None]),
       C("dozens", 12, "vague", "infrastructure", "houses swept away", TMG, attr_alt=[None]),
       C("About 1,100", 1100, "about", "troops", "SDF personnel, police and firefighters "
         "searching", "it", attr_alt=[TMG])]),

    P("d91_005",
      "Published 9:40 PM, December 27, 2016\n"
      "MANILA, Philippines – The death toll from Typhoon Nina (Nock-ten) has climbed to 7, the "
      "National Disaster Risk Reduction and Management Council (NDRRMC) said on Tuesday, "
      "December 27, as reports trickled in from Catanduanes and Camarines Sur, where power and "
      "phone lines remain down. Earlier in the day, provincial officials in Camarines Sur alone "
      "had reported 6 dead, mostly people hit by falling trees. NDRRMC executive director Ricardo "
      "Jalad said 383,000 people had fled to evacuation centers before the typhoon made landfall "
      "on Christmas Day, and that 5 remained missing. In Catanduanes, 80% of houses were either "
      "damaged or destroyed, the provincial government said. The Department of Social Welfare "
      "and Development (DSWD) has prepositioned 45,000 family food packs in the Bicol region. "
      "Nina packed maximum sustained winds of 185 km/h and gusts of up to 255 km/h.",
      [C("7", 7, "exact", "killed", "people", NDRRMC_R),
       C("6", 6, "exact", "killed", "people in Camarines Sur",
         "provincial officials in Camarines Sur"),
       C("383,000", 383000, "exact", "displaced", "people in evacuation centers", JALAD),
       C("5", 5, "exact", "missing", "people", JALAD),
       C("80%", 80, "exact", "infrastructure", "share of houses damaged or destroyed in "
         "Catanduanes", "the provincial government", optional=True),
       C("45,000", 45000, "exact", "aid", "family food packs", None,
         attr_alt=["The Department of Social Welfare and Development (DSWD)"])],
      published="2016-12-27"),

    P("d91_006",
      "XIAMEN, Sept. 16 (Xinhua) -- Typhoon Meranti, the strongest to hit the coastal city of "
      "Xiamen since 1949, has left one person dead and 11 injured in Fujian Province, local "
      "authorities said Friday. The typhoon uprooted more than 650,000 trees in Xiamen, blocking "
      "roads across the city, and cut power to about 80 percent of households, the municipal "
      "government said. More than 36,000 people had been evacuated from coastal areas and "
      "low-lying islands before the storm made landfall at 3:05 a.m. Thursday, it said. In "
      "neighboring Quanzhou, 11 people were missing after floods swept through Dehua county, the "
      "city's flood control office said. About 4,000 soldiers and armed police were dispatched "
      "to clear fallen trees and restore traffic, while more than 1,000 utility workers from "
      "other provinces were sent to repair the grid.",
      [C("one", 1, "exact", "killed", "people in Fujian", "local authorities",
         ctx="one person dead"),
       C("11", 11, "exact", "injured", "people in Fujian", "local authorities",
         ctx="11 injured"),
       C("more than 650,000", 650000, "more_than", "other", "trees uprooted in Xiamen", XM_GOV,
         optional=True),
       C("about 80 percent", 80, "about", "other", "share of households without power", XM_GOV,
         optional=True, cat_alt=["infrastructure"]),
       C("More than 36,000", 36000, "more_than", "displaced", "people evacuated in Xiamen", "it",
         attr_alt=[XM_GOV]),
       C("11", 11, "exact", "missing", "people in Dehua county",
         "the city's flood control office", ctx="11 people were missing"),
       C("About 4,000", 4000, "about", "troops", "soldiers and armed police dispatched", None),
       C("more than 1,000", 1000, "more_than", "troops", "utility workers sent", None,
         cat_alt=["other"])]),

    P("d91_007",
      "Updated: May 16, 2020 06:35 PM\n"
      "NDRRMC: Ambo death toll now 5; 18 hurt\n"
      "MANILA – Five people were killed and 18 were injured as Typhoon Ambo (international name: "
      "Vongfong) cut across Eastern Visayas and Luzon this week, the National Disaster Risk "
      "Reduction and Management Council said Saturday. NDRRMC spokesperson Mark Timbal said "
      "46,519 families, or 184,707 persons, were affected in 393 barangays, and that more than "
      "140,000 people remained in evacuation centers, where social distancing was being enforced "
      "because of the coronavirus pandemic. He said 5,832 houses were damaged, 1,023 of them "
      "totally. Three of the dead were from Quezon province, according to the Office of Civil "
      "Defense in Calabarzon. The Department of Public Works and Highways said 12 road sections "
      "and two bridges remained impassable.",
      [C("5", 5, "exact", "killed", "people", "NDRRMC", attr_alt=[None, NDRRMC_P]),
       C("18", 18, "exact", "injured", "people", "NDRRMC", attr_alt=[None, NDRRMC_P],
         ctx="18 hurt"),
       C("Five", 5, "exact", "killed", "people", NDRRMC_P),
       C("18", 18, "exact", "injured", "people", NDRRMC_P, ctx="18 were injured"),
       C("46,519", 46519, "exact", "other", "families affected", TIMBAL,
         cat_alt=["population"]),
       C("184,707", 184707, "exact", "other", "persons affected", TIMBAL,
         cat_alt=["population"]),
       C("393", 393, "exact", "other", "barangays affected", TIMBAL, optional=True),
       C("more than 140,000", 140000, "more_than", "displaced", "people in evacuation centers",
         TIMBAL),
       C("5,832", 5832, "exact", "infrastructure", "houses damaged", "He", attr_alt=[TIMBAL]),
       C("1,023", 1023, "exact", "infrastructure", "houses totally damaged", "He",
         attr_alt=[TIMBAL]),
       C("Three", 3, "exact", "killed", "people from Quezon province",
         "the Office of Civil Defense in Calabarzon"),
       C("12", 12, "exact", "infrastructure", "road sections impassable",
         "The Department of Public Works and Highways"),
       C("two", 2, "exact", "infrastructure", "bridges impassable",
         "The Department of Public Works and Highways", ctx="two bridges")],
      published="2020-05-16"),

    P("d91_008",
      "MIYAZAKI, Japan, Sept. 7 (Kyodo) -- Four people were missing after a landslide engulfed "
      "houses in the mountain village of Shiiba in Miyazaki Prefecture as powerful Typhoon "
      "Haishen lashed southwestern Japan on Monday, local officials said. Across Kyushu, at least "
      "40 people were injured, mostly by falls and flying debris, according to a Kyodo News "
      "tally. Some 1.8 million people in seven prefectures had been ordered to evacuate, the Fire "
      "and Disaster Management Agency said. Around 476,000 households were without power in "
      "Kyushu as of noon, according to Kyushu Electric Power Co. The typhoon brought gusts of "
      "59.4 meters per second in Nagasaki Prefecture. More than 500 flights were canceled and "
      "bullet train services between Hiroshima and Hakata were suspended.",
      [C("Four", 4, "exact", "missing", "people in Shiiba", "local officials"),
       C("at least 40", 40, "at_least", "injured", "people in Kyushu", "a Kyodo News tally"),
       C("Some 1.8 million", 1_800_000, "about", "displaced",
         "people ordered to evacuate", "the Fire and Disaster Management Agency"),
       C("seven", 7, "exact", "other", "prefectures under evacuation orders",
         "the Fire and Disaster Management Agency", optional=True),
       C("Around 476,000", 476000, "about", "other", "households without power",
         "Kyushu Electric Power Co.", cat_alt=["infrastructure"]),
       C("More than 500", 500, "more_than", "other", "flights canceled", None, optional=True)]),

    P("d91_009",
      "Typhoon Nanmadol: 2 dead, dozens hurt as storm moves north\n"
      "Sep. 19, 2022, 21:40 JST\n"
      "One of the most powerful typhoons to hit Japan in years has left two people dead and "
      "injured more than 90 others, according to an NHK tally. A man in his 60s was found in a "
      "car that had sunk into a flooded field in Miyazaki City, and another man died after being "
      "buried in a landslide in Mimata Town. Authorities had issued evacuation orders for about 9 "
      "million people in nine prefectures, and Japan's weather agency issued a rare special "
      "warning for Kagoshima Prefecture, the first outside Okinawa. About 340,000 households in "
      "Kyushu were still without power on Monday evening, Kyushu Electric Power said. Nanmadol "
      "is expected to weaken into an extratropical cyclone by Wednesday.",
      [C("2", 2, "exact", "killed", "people", None),
       C("dozens", 12, "vague", "injured", "people", None),
       C("two", 2, "exact", "killed", "people", "an NHK tally", ctx="two people dead"),
       C("more than 90", 90, "more_than", "injured", "people", "an NHK tally"),
       C("about 9 million", 9_000_000, "about", "displaced", "people under evacuation orders",
         None, attr_alt=["Authorities"]),
       C("nine", 9, "exact", "other", "prefectures under evacuation orders", None,
         optional=True, attr_alt=["Authorities"]),
       C("About 340,000", 340000, "about", "other", "households without power",
         "Kyushu Electric Power", cat_alt=["infrastructure"])],
      published="2022-09-19"),
]


# --- Batch 2: Guam, Korea, Hong Kong, Taiwan, the Bay of Bengal, the Indian Ocean -------------

GUERRERO = "Gov. Lou Leon Guerrero"
CDSCH = "the Central Disaster and Safety Countermeasures Headquarters"
HAD = "the Home Affairs Department"
CEOC = "the Central Emergency Operation Center (CEOC)"
TAIPOWER = "state-owned Taiwan Power Co."
BD_ROOM = "the disaster management ministry's control room"
MAYA = "Disaster Management and Relief Minister Mofazzal Hossain Chowdhury Maya"
GCP = "the Greater Chennai Police"
STALIN = "Tamil Nadu Chief Minister MK Stalin"
BNGRC = "the National Office for Risk and Disaster Management (BNGRC)"
MG_AGENCY = "the country's disaster agency"

PASSAGES += [
    P("d91_010",
      "HAGATNA, Guam (AP) — Typhoon Mawar's eyewall raked the northern tip of Guam overnight, "
      "and by Thursday morning about 51,000 customers — nearly every home and business on the "
      "island — were without power, the Guam Power Authority said. No deaths had been reported, "
      "Gov. Lou Leon Guerrero said, but she said at least 1,000 people were still in 17 "
      "emergency shelters run by the government. FEMA said it had pre-positioned 120,000 meals "
      "and 150,000 liters of water on the island before the storm and was flying in generators "
      "from Hawaii. The Navy said two destroyers had been ordered to stand by to help. Mawar "
      "brought sustained winds of 140 mph, the strongest to hit the island since Pongsona in "
      "2002.",
      [C("about 51,000", 51000, "about", "other", "customers without power",
         "the Guam Power Authority", cat_alt=["infrastructure"]),
       C("at least 1,000", 1000, "at_least", "displaced", "people in emergency shelters", "she",
         attr_alt=[GUERRERO]),
       C("17", 17, "exact", "infrastructure", "emergency shelters", "she",
         cat_alt=["other", "aid"], attr_alt=[GUERRERO]),
       C("120,000", 120000, "exact", "aid", "meals pre-positioned", "FEMA"),
       C("150,000", 150000, "exact", "aid", "liters of water pre-positioned", "FEMA"),
       C("two", 2, "exact", "munitions", "destroyers ordered to help", "The Navy", optional=True,
         cat_alt=["troops", "other"])]),

    P("d91_011",
      "(LEAD) Typhoon Khanun leaves 1 dead, 1 missing; over 15,000 evacuated\n"
      "2023/08/10 21:04\n"
      "SEOUL, Aug. 10 (Yonhap) -- Typhoon Khanun left one person dead and another missing as it "
      "cut through the Korean Peninsula on Thursday, forcing more than 15,000 people from their "
      "homes, the interior ministry said. A man in his 60s was swept away by a swollen stream in "
      "Daegu, and a search was under way for a man who fell into a river in the same city, "
      "according to the Central Disaster and Safety Countermeasures Headquarters. Some 380 houses "
      "and shops were flooded or damaged, and 94 roads were closed nationwide. Most of the "
      "evacuees, 13,640, were in North Gyeongsang and South Gyeongsang provinces, the "
      "headquarters said. All flights at Jeju airport were grounded, and 37,000 scouts attending "
      "the World Scout Jamboree had already been moved inland from the Saemangeum campsite.",
      [C("1", 1, "exact", "killed", "people", None, ctx="1 dead"),
       C("1", 1, "exact", "missing", "people", None, ctx="1 missing"),
       C("over 15,000", 15000, "more_than", "displaced", "people evacuated", None),
       C("one", 1, "exact", "killed", "people", "the interior ministry",
         ctx="one person dead"),
       C("more than 15,000", 15000, "more_than", "displaced", "people forced from homes",
         "the interior ministry"),
       C("Some 380", 380, "about", "infrastructure", "houses and shops flooded or damaged",
         CDSCH, attr_alt=[None]),
       C("94", 94, "exact", "infrastructure", "roads closed", CDSCH, attr_alt=[None]),
       C("13,640", 13640, "exact", "displaced", "evacuees in the Gyeongsang provinces",
         "the headquarters", attr_alt=[CDSCH]),
       C("37,000", 37000, "exact", "displaced", "scouts moved inland", None,
         cat_alt=["other"])],
      published="2023-08-10"),

    P("d91_012",
      "HONG KONG, Sept 2, 2023 (AFP) - Hong Kong lowered its highest typhoon warning on Saturday "
      "after Super Typhoon Saola skirted the city overnight, toppling hundreds of trees but "
      "causing no deaths. The government said 86 people had sought treatment at public hospitals "
      "and that 1,063 trees had been reported fallen. Some 900 people spent the night in 41 "
      "temporary shelters, according to the Home Affairs Department. Across the border, "
      "authorities in Guangdong province said nearly 900,000 people had been relocated and 80,000 "
      "fishing boats called back to port before Saola made landfall near Zhuhai. The Hong Kong "
      "Observatory kept the No. 10 signal in force for more than 10 hours, only the 16th time it "
      "has been issued since the end of World War II.",
      [C("hundreds", 100, "vague", "other", "trees toppled", None, optional=True),
       C("86", 86, "exact", "injured", "people treated at public hospitals", "The government",
         cat_alt=["other"]),
       C("1,063", 1063, "exact", "other", "trees fallen", "The government", optional=True),
       C("Some 900", 900, "about", "displaced", "people in temporary shelters", HAD),
       C("41", 41, "exact", "infrastructure", "temporary shelters", HAD,
         cat_alt=["other", "aid"]),
       C("nearly 900,000", 900000, "about", "displaced", "people relocated in Guangdong",
         "authorities in Guangdong province"),
       C("80,000", 80000, "exact", "other", "fishing boats called back",
         "authorities in Guangdong province", optional=True)],
      published="2023-09-02"),

    P("d91_013",
      "09/04/2023 08:15 PM\n"
      "Taipei, Sept. 4 (CNA) Typhoon Haikui, the first to make landfall on Taiwan in four years, "
      "injured 90 people but caused no deaths, the Central Emergency Operation Center (CEOC) said "
      "Monday evening, as the storm moved out into the Taiwan Strait. More than 7,900 residents "
      "had been evacuated, mostly from mountainous areas of Hualien, Taitung and Pingtung, and "
      "1,118 were still in shelters, the CEOC said. At the storm's peak on Sunday, 226,000 "
      "households lost electricity, according to state-owned Taiwan Power Co., which said all but "
      "about 18,000 had been reconnected. The military deployed 3,300 troops to help with the "
      "evacuation and cleanup, the defense ministry said. Pingtung County's Sandimen Township "
      "recorded 1,002 millimeters of rain over two days.",
      [C("90", 90, "exact", "injured", "people", CEOC),
       C("More than 7,900", 7900, "more_than", "displaced", "residents evacuated", "the CEOC",
         attr_alt=[CEOC]),
       C("1,118", 1118, "exact", "displaced", "people in shelters", "the CEOC",
         attr_alt=[CEOC]),
       C("226,000", 226000, "exact", "other", "households that lost electricity", TAIPOWER,
         cat_alt=["infrastructure"]),
       C("about 18,000", 18000, "about", "other", "households still without electricity",
         TAIPOWER, cat_alt=["infrastructure"]),
       C("3,300", 3300, "exact", "troops", "troops deployed", "the defense ministry",
         attr_alt=["The military"])],
      published="2023-09-04"),

    P("d91_014",
      "Published: 12:00 AM, May 22, 2016\n"
      "Roanu leaves 24 dead\n"
      "Star Report\n"
      "Cyclone Roanu battered the coastal districts on Saturday, leaving at least 24 people dead "
      "and damaging thousands of homes before weakening over Chittagong. Five people died in "
      "Bhola, four in Patuakhali and three in Chittagong, mostly crushed under trees or walls, "
      "according to the disaster management ministry's control room. Nearly 500,000 people had "
      "been moved to 3,500 cyclone shelters before the storm hit, Disaster Management and Relief "
      "Minister Mofazzal Hossain Chowdhury Maya said. He said the government had allocated 1,500 "
      "tonnes of rice and Tk 1 crore for the affected people. In Chittagong, water rose three to "
      "four feet in low-lying areas of the city, and embankments were breached in Banshkhali.",
      [C("24", 24, "exact", "killed", "people", None, ctx="leaves 24 dead"),
       C("at least 24", 24, "at_least", "killed", "people", None),
       C("thousands", 1000, "vague", "infrastructure", "homes damaged", None),
       C("Five", 5, "exact", "killed", "people in Bhola", BD_ROOM),
       C("four", 4, "exact", "killed", "people in Patuakhali", BD_ROOM,
         ctx="four in Patuakhali"),
       C("three", 3, "exact", "killed", "people in Chittagong", BD_ROOM,
         ctx="three in Chittagong"),
       C("Nearly 500,000", 500000, "about", "displaced", "people moved to cyclone shelters",
         MAYA),
       C("3,500", 3500, "exact", "infrastructure", "cyclone shelters", MAYA,
         cat_alt=["other", "aid"]),
       C("1,500", 1500, "exact", "aid", "tonnes of rice allocated", "He", attr_alt=[MAYA])],
      published="2016-05-22"),

    P("d91_015",
      "Puducherry, Dec 1 (PTI) Cyclone Fengal, which crossed the coast near Puducherry on "
      "Saturday night, dumped a record 46 cm of rain on the Union Territory in 24 hours, leaving "
      "large parts of the town under waist-deep water. Army personnel rescued over 100 people "
      "from flooded homes in Krishna Nagar, officials said. Chief Minister N Rangasamy said about "
      "600 people were staying in relief centres and announced a relief of Rs 5,000 to each "
      "ration card holder. In neighbouring Tamil Nadu, four people died in rain-related "
      "incidents in Chennai, three of them electrocuted, police said. The National Disaster "
      "Response Force (NDRF) had deployed seven teams in the state, each of about 30 personnel.",
      [C("over 100", 100, "more_than", "other", "people rescued in Krishna Nagar", "officials"),
       C("about 600", 600, "about", "displaced", "people in relief centres",
         "Chief Minister N Rangasamy"),
       C("four", 4, "exact", "killed", "people in Chennai", "police"),
       C("three", 3, "exact", "killed", "people electrocuted", "police"),
       C("seven", 7, "exact", "troops", "NDRF teams deployed", None, cat_alt=["other"],
         attr_alt=["The National Disaster Response Force (NDRF)"]),
       C("about 30", 30, "about", "troops", "personnel per NDRF team", None, optional=True,
         attr_alt=["The National Disaster Response Force (NDRF)"])]),

    P("d91_016",
      "Chennai Floods: 17 Dead As City Struggles To Recover From Cyclone Michaung\n"
      "Updated: December 06, 2023 11:42 pm IST\n"
      "Chennai: The number of people killed in rain-related incidents in Chennai after Cyclone "
      "Michaung has risen to 17, the Greater Chennai Police said on Wednesday, up from 12 a day "
      "earlier. Large parts of the city remained without power and drinking water, and residents "
      "of Velachery and Pallikaranai said they had been stranded on upper floors for three days. "
      "Tamil Nadu Chief Minister MK Stalin said more than 11,000 people were staying in 61 relief "
      "camps. The Chennai Corporation said 18,400 workers had been deployed to clear water and "
      "debris. Chennai received 40 cm of rain in about 36 hours, the heaviest since the 2015 "
      "deluge.",
      [C("17", 17, "exact", "killed", "people", None, ctx="17 Dead"),
       C("17", 17, "exact", "killed", "people in Chennai", GCP, ctx="risen to 17"),
       C("12", 12, "exact", "killed", "people in Chennai", GCP, attr_alt=[None]),
       C("more than 11,000", 11000, "more_than", "displaced", "people in relief camps", STALIN),
       C("61", 61, "exact", "infrastructure", "relief camps", STALIN, cat_alt=["other", "aid"]),
       C("18,400", 18400, "exact", "troops", "workers deployed", "The Chennai Corporation",
         cat_alt=["other"])],
      published="2023-12-06"),

    P("d91_017",
      "Madagascar: Tropical Cyclone Enawo Flash Update No. 4 (13 March 2017)\n"
      "Source: OCHA\n"
      "HIGHLIGHTS\n"
      "• According to the National Office for Risk and Disaster Management (BNGRC), 50 people "
      "have died, 180 have been injured and 20 are missing.\n"
      "• Some 247,000 people have been affected and over 53,000 remain displaced, the majority "
      "in Analanjirofo and Sava regions.\n"
      "• In Antalaha, where Enawo made landfall as a Category 4 storm, an estimated 90 percent of "
      "the town was flattened.\n"
      "The BNGRC reports that 15,500 houses were destroyed and 3,300 classrooms damaged, "
      "disrupting schooling for some 190,000 children. Humanitarian partners have airlifted 20 "
      "tonnes of emergency supplies to Sambava.",
      [C("50", 50, "exact", "killed", "people", BNGRC),
       C("180", 180, "exact", "injured", "people", BNGRC),
       C("20", 20, "exact", "missing", "people", BNGRC, ctx="20 are missing"),
       C("Some 247,000", 247000, "about", "other", "people affected", None,
         cat_alt=["population"], attr_alt=["OCHA"]),
       C("over 53,000", 53000, "more_than", "displaced", "people displaced", None,
         attr_alt=["OCHA"]),
       C("an estimated 90 percent", 90, "about", "infrastructure", "share of Antalaha flattened",
         None, optional=True, attr_alt=["OCHA"]),
       C("15,500", 15500, "exact", "infrastructure", "houses destroyed", "The BNGRC",
         attr_alt=[BNGRC]),
       C("3,300", 3300, "exact", "infrastructure", "classrooms damaged", "The BNGRC",
         attr_alt=[BNGRC]),
       C("some 190,000", 190000, "about", "other", "children whose schooling was disrupted",
         "The BNGRC", cat_alt=["population"], attr_alt=[BNGRC]),
       C("20", 20, "exact", "aid", "tonnes of emergency supplies airlifted", None,
         attr_alt=["Humanitarian partners"], ctx="20 tonnes")],
      published="2017-03-13"),

    P("d91_018",
      "ANTANANARIVO, Jan 13 (AFP) - Cyclone Dikeledi killed three people and left more than "
      "2,700 homeless when it struck northern Madagascar over the weekend, the country's disaster "
      "agency said Monday, as the storm headed for Mozambique. A 12-year-old girl was among the "
      "dead in the town of Ambilobe, the agency said. In Mozambique, where the cyclone was "
      "expected to make landfall late Monday in Nampula province, authorities said about 22,000 "
      "people had been moved to safer ground. The storm comes less than a month after Cyclone "
      "Chido killed at least 120 people in northern Mozambique. The French Indian Ocean territory "
      "of Mayotte, devastated by Chido, was placed on red alert on Saturday, then stood down when "
      "Dikeledi passed further south than forecast. Aid convoys to Cabo Delgado were suspended "
      "after insurgents abducted 11 people, among them two aid workers, from a camp near Mocímboa "
      "da Praia last week, a UN official said.",
      [C("three", 3, "exact", "killed", "people in Madagascar", MG_AGENCY),
       C("more than 2,700", 2700, "more_than", "displaced", "people left homeless", MG_AGENCY),
       C("about 22,000", 22000, "about", "displaced", "people moved in Mozambique",
         "authorities"),
       C("at least 120", 120, "at_least", "killed", "people killed by Cyclone Chido", None),
       C("11", 11, "exact", "hostages", "people abducted near Mocímboa da Praia",
         "a UN official"),
       C("two", 2, "exact", "hostages", "aid workers abducted", "a UN official",
         ctx="two aid workers")]),
]


# --- Batch 3: earthquakes, a tsunami, eruptions ------------------------------------------------

OES = "the state Office of Emergency Services"
BAKORNAS = "the National Coordinating Agency for Disaster Management (Bakornas PB)"
BAKORNAS_OFF = "A Bakornas official"
YN_CIVIL = "the provincial civil affairs department"
YN_RC = "The Yunnan branch of the Red Cross Society of China"
SC_EMD = "the provincial emergency management department"
EJ_OFF = "An official of the East Java provincial government"
ONEMI = "The national emergency office ONEMI"
DPC = "the civil protection department"

PASSAGES += [
    P("d91_019",
      "SAN FRANCISCO (AP) — Rescuers using cranes and jackhammers searched Thursday for victims "
      "entombed in the collapsed upper deck of the Nimitz Freeway in Oakland, where officials now "
      "believe fewer than 100 people died, far below the 250 feared on Wednesday. The statewide "
      "death toll from Tuesday's magnitude 7.1 earthquake stood at 55 confirmed dead, the state "
      "Office of Emergency Services said, and more than 3,000 people had been injured. About "
      "12,000 people were homeless, many of them sleeping in Red Cross shelters, the agency said. "
      "In San Francisco's Marina District, officials had declared 60 buildings unsafe, and police "
      "said 31 people had been arrested for looting since the quake. A one-mile stretch of the "
      "Cypress Structure, built in 1957, was to be torn down, and 2,000 National Guard troops "
      "were sent to patrol the streets.",
      [C("fewer than 100", 100, "fewer_than", "killed", "people on the Nimitz Freeway",
         "officials"),
       C("250", 250, "exact", "killed", "people feared dead on the Nimitz Freeway", "officials",
         cat_alt=["missing"], attr_alt=[None]),
       C("55", 55, "exact", "killed", "people in California", OES),
       C("more than 3,000", 3000, "more_than", "injured", "people", OES),
       C("About 12,000", 12000, "about", "displaced", "people homeless", "the agency",
         attr_alt=[OES]),
       C("60", 60, "exact", "infrastructure", "buildings declared unsafe", "officials"),
       C("31", 31, "exact", "detained", "people arrested for looting", "police"),
       C("2,000", 2000, "exact", "troops", "National Guard troops sent", None)]),

    P("d91_020",
      "Bengkulu (ANTARA News) - The death toll from the 7.9-magnitude earthquake that struck off "
      "the coast of Bengkulu on Wednesday evening has reached 10, with 43 people seriously "
      "injured, the National Coordinating Agency for Disaster Management (Bakornas PB) said on "
      "Thursday. Nine of the dead were in Bengkulu province and one in West Sumatra, where the "
      "quake was felt strongly in Padang, about 400 km to the north. A Bakornas official said "
      "1,720 houses in Bengkulu had been damaged, 340 of them severely, and that 17 schools and a "
      "mosque had collapsed. Thousands of residents of Bengkulu city spent the night in the open "
      "or on high ground, fearing a tsunami. The provincial government has sent 25 tonnes of "
      "rice and 1,000 tents to the worst-hit district of North Bengkulu.",
      [C("10", 10, "exact", "killed", "people", BAKORNAS),
       C("43", 43, "exact", "injured", "people seriously injured", BAKORNAS),
       C("Nine", 9, "exact", "killed", "people in Bengkulu province", BAKORNAS,
         attr_alt=[None]),
       C("one", 1, "exact", "killed", "people in West Sumatra", BAKORNAS, attr_alt=[None],
         ctx="one in West Sumatra"),
       C("1,720", 1720, "exact", "infrastructure", "houses damaged", BAKORNAS_OFF),
       C("340", 340, "exact", "infrastructure", "houses severely damaged", BAKORNAS_OFF),
       C("17", 17, "exact", "infrastructure", "schools collapsed", BAKORNAS_OFF),
       C("Thousands", 1000, "vague", "displaced", "residents who spent the night in the open",
         None, cat_alt=["other"]),
       C("25", 25, "exact", "aid", "tonnes of rice sent", None,
         attr_alt=["The provincial government"]),
       C("1,000", 1000, "exact", "aid", "tents sent", None,
         attr_alt=["The provincial government"])]),

    P("d91_021",
      "KUNMING, Oct. 8 (Xinhua) -- One person was killed and 324 others were injured after a "
      "6.6-magnitude earthquake jolted Jinggu Dai and Yi Autonomous County in southwest China's "
      "Yunnan Province late Tuesday, local authorities said Wednesday. The quake, which struck at "
      "a depth of 5 km at 9:49 p.m., affected about 126,000 people and forced the relocation of "
      "66,000, according to the provincial civil affairs department. More than 1,200 houses "
      "collapsed and 5,700 were seriously damaged, the department said. The China Earthquake "
      "Administration has raised its emergency response to level III, and more than 2,000 "
      "soldiers and armed police officers have joined the rescue effort. The Yunnan branch of the "
      "Red Cross Society of China sent 500 tents, 1,000 quilts and 1,000 jackets to the area.",
      [C("One", 1, "exact", "killed", "people in Jinggu", "local authorities"),
       C("324", 324, "exact", "injured", "people in Jinggu", "local authorities"),
       C("about 126,000", 126000, "about", "other", "people affected", YN_CIVIL,
         cat_alt=["population"]),
       C("66,000", 66000, "exact", "displaced", "people relocated", YN_CIVIL),
       C("More than 1,200", 1200, "more_than", "infrastructure", "houses collapsed",
         "the department", attr_alt=[YN_CIVIL]),
       C("5,700", 5700, "exact", "infrastructure", "houses seriously damaged", "the department",
         attr_alt=[YN_CIVIL]),
       C("more than 2,000", 2000, "more_than", "troops", "soldiers and armed police in rescue",
         None),
       C("500", 500, "exact", "aid", "tents sent", None, attr_alt=[YN_RC]),
       C("1,000", 1000, "exact", "aid", "quilts sent", None, attr_alt=[YN_RC],
         ctx="1,000 quilts"),
       C("1,000", 1000, "exact", "aid", "jackets sent", None, attr_alt=[YN_RC],
         ctx="1,000 jackets")]),

    P("d91_022",
      "Updated 13:05, 18-Jun-2019\n"
      "The death toll from a 6.0-magnitude earthquake that hit Changning County in southwest "
      "China's Sichuan Province late Monday has risen to 12, with 134 people injured, local "
      "authorities said Tuesday morning. Rescuers had pulled 20 people from the rubble alive by "
      "dawn, according to the provincial emergency management department. More than 4,500 "
      "residents were relocated to temporary shelters, and 5,000 tents and 10,000 folding beds "
      "were sent to the area. The earthquake also destroyed about 70 houses in the neighboring "
      "Gongxian County. Changning has recorded dozens of aftershocks, the strongest a "
      "5.1-magnitude tremor on Tuesday morning.",
      [C("12", 12, "exact", "killed", "people in Changning", "local authorities"),
       C("134", 134, "exact", "injured", "people", "local authorities"),
       C("20", 20, "exact", "other", "people pulled alive from the rubble", SC_EMD),
       C("More than 4,500", 4500, "more_than", "displaced", "residents relocated", SC_EMD,
         attr_alt=[None]),
       C("5,000", 5000, "exact", "aid", "tents sent", SC_EMD, attr_alt=[None]),
       C("10,000", 10000, "exact", "aid", "folding beds sent", SC_EMD, attr_alt=[None]),
       C("about 70", 70, "about", "infrastructure", "houses destroyed in Gongxian", SC_EMD,
         attr_alt=[None]),
       C("dozens", 12, "vague", "other", "aftershocks recorded", None, optional=True)],
      published="2019-06-18"),

    P("d91_023",
      "JAKARTA, June 4, 1994 (Reuters) - The death toll from a tsunami that smashed into fishing "
      "villages on the southeast coast of Java before dawn on Friday rose to 157 on Saturday, "
      "with at least 70 people still missing, officials said. Most of the victims were asleep "
      "when waves up to five metres high, set off by an undersea earthquake of magnitude 7.2 "
      "south of Java, swept away their homes. An official of the East Java provincial government "
      "said more than 1,000 houses and 278 fishing boats had been destroyed in Banyuwangi "
      "district. Troops and volunteers were searching the coast for bodies, and about 5,000 "
      "survivors had been moved to schools and mosques on higher ground. Officials earlier put "
      "the toll at 30 to 35, but said it was expected to climb as rescuers reached remote villages.",
      [C("157", 157, "exact", "killed", "people in East Java", "officials"),
       C("at least 70", 70, "at_least", "missing", "people", "officials"),
       C("more than 1,000", 1000, "more_than", "infrastructure", "houses destroyed", EJ_OFF),
       C("278", 278, "exact", "other", "fishing boats destroyed", EJ_OFF,
         cat_alt=["infrastructure"]),
       C("about 5,000", 5000, "about", "displaced", "survivors moved to higher ground", None),
       C("30 to 35", 30, "range", "killed", "people (earlier toll)", "Officials", high=35)],
      published="1994-06-04"),

    P("d91_024",
      "SANTIAGO, June 5, 2011 (AFP) - Chilean authorities evacuated around 3,500 people from "
      "villages near the Puyehue-Cordon Caulle volcanic chain on Sunday after it began erupting, "
      "sending a column of ash 10 kilometers into the sky. The national emergency office ONEMI "
      "said 22 communities within a 20-kilometer radius had been cleared and that there were no "
      "reports of injuries. Across the border in Argentina, the ski resort of San Carlos de "
      "Bariloche was blanketed in ash, and its airport was closed. Argentine officials said 4,000 "
      "people in the nearby town of Villa La Angostura had been left without power. Puyehue last "
      "erupted in 1960, after the magnitude 9.5 Valdivia earthquake.",
      [C("around 3,500", 3500, "about", "displaced", "people evacuated", None,
         attr_alt=["Chilean authorities"]),
       C("22", 22, "exact", "other", "communities cleared", ONEMI, optional=True),
       C("4,000", 4000, "exact", "other", "people without power in Villa La Angostura",
         "Argentine officials", cat_alt=["population", "infrastructure"])],
      published="2011-06-05"),

    P("d91_025",
      "STROMBOLI (ANSA) - One hiker, a 35-year-old from Sicily, was killed by falling rocks on "
      "Wednesday when Stromboli volcano erupted with two powerful explosions, the civil "
      "protection department said. A Brazilian man who was with him was slightly injured, it "
      "said. About 70 tourists ran into the sea to escape the fiery debris, local media "
      "reported, and the coast guard said its vessels had taken some 30 people off the island by "
      "the evening. Firefighters were battling several bushfires on the slopes. The island, which "
      "has about 500 permanent residents, swells to thousands in summer.",
      [C("One", 1, "exact", "killed", "hikers", DPC),
       C("two", 2, "exact", "other", "explosions", DPC, optional=True),
       C("About 70", 70, "about", "other", "tourists who ran into the sea", "local media"),
       C("some 30", 30, "about", "displaced", "people taken off the island", "the coast guard",
         cat_alt=["other"]),
       C("about 500", 500, "about", "population", "permanent residents of Stromboli", None),
       C("thousands", 1000, "vague", "population", "people on Stromboli in summer", None)]),
]


# --- Batch 4: heat, cold, wildfires, haze, drought, an island cyclone, only non-claims ----------

MARICOPA = "the Maricopa County Department of Public Health"
OEM = "the Oregon Office of Emergency Management"
BNPB = "the National Disaster Mitigation Agency (BNPB)"
SUTOPO = "BNPB spokesman Sutopo Purwo Nugroho"
AM_CIVIL = "The Amazonas state civil defense agency"
FILIPPINI = "prefect Jérôme Filippini"
YN_DROUGHT = "the provincial drought relief headquarters"
PLA = "The People's Liberation Army"

PASSAGES += [
    P("d91_026",
      "PHOENIX (AP) — Heat killed 645 people in Arizona's most populous county last year, a "
      "record that was more than 50% higher than in 2022, the Maricopa County Department of "
      "Public Health said in a report released Thursday. Nearly half of those who died were "
      "homeless, and at least 156 died indoors, most of them in homes where the air conditioning "
      "was broken or switched off, the report said. Phoenix endured 31 straight days of "
      "temperatures of 110 degrees Fahrenheit (43.3 Celsius) or higher in June and July. The "
      "county said it had opened 13 overnight cooling centers this year, up from two, and that "
      "the city would hire 30 more outreach workers.",
      [C("645", 645, "exact", "killed", "heat deaths in Maricopa County", MARICOPA),
       C("at least 156", 156, "at_least", "killed", "people who died indoors", "the report",
         attr_alt=[MARICOPA]),
       C("13", 13, "exact", "infrastructure", "overnight cooling centers", "The county",
         cat_alt=["other", "aid"], attr_alt=[MARICOPA]),
       C("two", 2, "exact", "infrastructure", "overnight cooling centers (earlier)",
         "The county", cat_alt=["other", "aid"], attr_alt=[MARICOPA], ctx="up from two"),
       C("30", 30, "exact", "other", "outreach workers to be hired", "The county",
         optional=True, cat_alt=["troops"], attr_alt=[MARICOPA])]),

    P("d91_027",
      "WARSAW/LONDON, March 2 (Reuters) - At least 55 people have died across Europe in a "
      "week-long cold snap, with Poland hardest hit, as Siberian air dubbed the \"Beast from the "
      "East\" collided with Storm Emma, bringing heavy snow to Britain and Ireland. Polish police "
      "said 23 people had died of hypothermia since last Friday, most of them homeless or drunk, "
      "while Lithuania reported seven deaths and Slovakia and the Czech Republic five each. In "
      "Britain, hundreds of drivers were stranded overnight on the M62 and A31, and about 1,000 "
      "schools were closed in Wales alone. The Irish government asked the army to help take "
      "patients to hospitals, and 280 soldiers were made available. Temperatures dropped to "
      "minus 26 Celsius in parts of Poland.",
      [C("At least 55", 55, "at_least", "killed", "people across Europe", None),
       C("23", 23, "exact", "killed", "people dead of hypothermia in Poland", "Polish police"),
       C("seven", 7, "exact", "killed", "deaths in Lithuania", "Lithuania"),
       C("five", 5, "exact", "killed", "deaths each in Slovakia and the Czech Republic",
         "Slovakia and the Czech Republic"),
       C("hundreds", 100, "vague", "other", "drivers stranded", None,
         cat_alt=["population"]),
       C("about 1,000", 1000, "about", "infrastructure", "schools closed in Wales", None),
       C("280", 280, "exact", "troops", "soldiers made available", None,
         attr_alt=["The Irish government"])]),

    P("d91_028",
      "Updated 7:42 PM PDT, September 11, 2020\n"
      "PORTLAND, Ore. (AP) — About 500,000 people in Oregon — more than 10% of the state's "
      "population — have been ordered to evacuate or told to be ready to leave as wildfires burn "
      "across the state, the Oregon Office of Emergency Management said Friday. At least 10 "
      "people have died in the fires in Oregon, and state officials said they were preparing for "
      "a 'mass fatality incident.' Gov. Kate Brown said more than 1 million acres had burned "
      "statewide in the past three days, nearly double the amount in a typical year. In the town "
      "of Phoenix alone, officials said as many as 600 homes had been destroyed. Dozens of people "
      "remain unaccounted for in Jackson, Marion and Lane counties, the sheriffs' offices said.",
      [C("About 500,000", 500000, "about", "displaced", "people ordered or told to evacuate",
         OEM),
       C("more than 10%", 10, "more_than", "displaced", "share of Oregon's population", OEM,
         optional=True),
       C("At least 10", 10, "at_least", "killed", "people in Oregon", None,
         attr_alt=["state officials"]),
       C("more than 1 million", 1_000_000, "more_than", "other", "acres burned",
         "Gov. Kate Brown", optional=True),
       C("as many as 600", 600, "at_most", "infrastructure", "homes destroyed in Phoenix",
         "officials"),
       C("Dozens", 12, "vague", "missing", "people unaccounted for",
         "the sheriffs' offices")],
      published="2020-09-11"),

    P("d91_029",
      "CHENGDU, March 31 (Xinhua) -- Nineteen people, 18 of them members of a local forest "
      "firefighting team and one a guide, were killed on Monday while fighting a forest fire in "
      "Xichang, the capital of Liangshan Yi Autonomous Prefecture in southwest China's Sichuan "
      "Province, local authorities said Tuesday. Three others were injured. The fire, which "
      "started at around 3:51 p.m. on Monday, has forced the evacuation of more than 1,200 "
      "residents and threatened a petrol station, a liquefied gas station and a warehouse of "
      "hazardous chemicals. More than 1,000 firefighters, soldiers and volunteers were battling "
      "the blaze, which was fanned by gusts of up to 7 on the Beaufort scale. A year ago, 30 "
      "people, including 27 firefighters, died battling a forest fire in Liangshan's Muli County.",
      [C("Nineteen", 19, "exact", "killed", "people fighting the Xichang fire",
         "local authorities"),
       C("18", 18, "exact", "killed", "firefighters", "local authorities"),
       C("one", 1, "exact", "killed", "guides", "local authorities", ctx="one a guide"),
       C("Three", 3, "exact", "injured", "people", "local authorities", attr_alt=[None]),
       C("more than 1,200", 1200, "more_than", "displaced", "residents evacuated",
         "local authorities", attr_alt=[None]),
       C("More than 1,000", 1000, "more_than", "troops",
         "firefighters, soldiers and volunteers battling the blaze", "local authorities",
         cat_alt=["other"], attr_alt=[None]),
       C("30", 30, "exact", "killed", "people in the Muli fire", None),
       C("27", 27, "exact", "killed", "firefighters in the Muli fire", None)]),

    P("d91_030",
      "Jakarta (ANTARA News) - More than 500,000 people in six provinces on Sumatra and "
      "Kalimantan have suffered acute respiratory infections since July because of the haze from "
      "forest and land fires, the National Disaster Mitigation Agency (BNPB) said on Friday. BNPB "
      "spokesman Sutopo Purwo Nugroho said 19 people had died from causes linked to the haze, "
      "among them several children with breathing problems. Satellites detected 1,641 hotspots on "
      "Friday, most of them in South Sumatra and Central Kalimantan, he said. More than 22,000 "
      "military and police personnel have been deployed to fight the fires, supported by 30 "
      "aircraft, including water bombers lent by Russia and Singapore. Schools in Palangka Raya "
      "have been closed for more than a month, with the pollutant standards index there reaching "
      "2,000, far above the 'hazardous' level of 300.",
      [C("More than 500,000", 500000, "more_than", "other",
         "people with acute respiratory infections", BNPB, cat_alt=["injured"]),
       C("six", 6, "exact", "other", "provinces", BNPB, optional=True),
       C("19", 19, "exact", "killed", "haze-linked deaths", SUTOPO),
       C("1,641", 1641, "exact", "other", "hotspots detected", "he", attr_alt=[SUTOPO]),
       C("More than 22,000", 22000, "more_than", "troops",
         "military and police personnel deployed", SUTOPO, attr_alt=[None, "he"]),
       C("30", 30, "exact", "other", "aircraft fighting the fires", SUTOPO, optional=True,
         cat_alt=["munitions"], attr_alt=[None, "he"])]),

    P("d91_031",
      "MANAUS, Brazil, Oct 16 (Reuters) - The Rio Negro at Manaus fell to its lowest level in "
      "more than 120 years of records on Monday, as a severe drought in the Amazon left riverside "
      "communities cut off from food, drinking water and medicine. The Amazonas state civil "
      "defense agency said all 62 municipalities in the state were in a state of emergency or on "
      "alert, and that about 481,000 people had been affected. In Lake Tefé, researchers from the "
      "Mamirauá Institute have recovered the carcasses of more than 150 river dolphins since late "
      "September, when the water temperature reached 39 Celsius. The federal government said it "
      "had sent 20 tonnes of food baskets and water purifiers to the region on air force planes, "
      "and the army deployed 300 soldiers to help with deliveries.",
      [C("62", 62, "exact", "other", "municipalities in emergency or on alert", AM_CIVIL,
         optional=True),
       C("about 481,000", 481000, "about", "other", "people affected", AM_CIVIL,
         cat_alt=["population"]),
       C("more than 150", 150, "more_than", "other", "river dolphins dead in Lake Tefé", None,
         attr_alt=["researchers from the Mamirauá Institute"]),
       C("20", 20, "exact", "aid", "tonnes of food baskets and water purifiers",
         "The federal government"),
       C("300", 300, "exact", "troops", "soldiers deployed", "The federal government",
         attr_alt=[None, "the army"])]),

    P("d91_032",
      "SAINT-DENIS, La Réunion, Jan 16, 2024 (AFP) - Cyclone Belal left four people dead on the "
      "French Indian Ocean island of La Réunion, the prefecture said Tuesday, revising down from "
      "five an earlier toll after a body found in the sea was linked to an earlier drowning. "
      "About 150,000 households were still without electricity and 50,000 without running "
      "water, prefect Jérôme Filippini told reporters. Some 300 people had spent the night in "
      "emergency shelters, he said. Belal, which passed 20 kilometres off the coast on Monday "
      "with gusts of up to 200 km/h, then moved on towards Mauritius, where one person died.",
      [C("four", 4, "exact", "killed", "people on La Réunion", "the prefecture"),
       C("five", 5, "exact", "killed", "people (earlier toll)", "the prefecture",
         attr_alt=[None]),
       C("About 150,000", 150000, "about", "other", "households without electricity",
         FILIPPINI, cat_alt=["infrastructure"]),
       C("50,000", 50000, "exact", "other", "households without running water", FILIPPINI,
         cat_alt=["infrastructure"]),
       C("Some 300", 300, "about", "displaced", "people in emergency shelters", "he",
         attr_alt=[FILIPPINI]),
       C("one", 1, "exact", "killed", "people in Mauritius", None, ctx="one person died")],
      published="2024-01-16"),

    P("d91_033",
      "KUNMING, March 22 (Xinhua) -- The worst drought in a century has left about 8 million "
      "people and 5.6 million head of livestock in southwest China's Yunnan Province short of "
      "drinking water, the provincial drought relief headquarters said Monday. Across Yunnan, "
      "Guizhou, Guangxi, Sichuan and Chongqing, some 51 million people have been affected, "
      "according to the Ministry of Civil Affairs. Weather stations in Yunnan have fired more "
      "than 3,000 rain-enhancement rockets and shells since January, the provincial "
      "meteorological bureau said, though rainfall has remained about 60 percent below normal. "
      "The People's Liberation Army has sent 4,600 soldiers and 500 water trucks to deliver water "
      "to remote villages. Water rationing has been introduced in 12 county towns.",
      [C("about 8 million", 8_000_000, "about", "other", "people short of drinking water",
         YN_DROUGHT, cat_alt=["population", "aid"]),
       C("5.6 million", 5_600_000, "exact", "other", "livestock short of drinking water",
         YN_DROUGHT),
       C("some 51 million", 51_000_000, "about", "other", "people affected",
         "the Ministry of Civil Affairs", cat_alt=["population"]),
       C("more than 3,000", 3000, "more_than", "munitions", "rain-enhancement rockets fired",
         "the provincial meteorological bureau", cat_alt=["other"]),
       C("4,600", 4600, "exact", "troops", "soldiers sent", None, attr_alt=[PLA]),
       C("500", 500, "exact", "aid", "water trucks sent", None, attr_alt=[PLA]),
       C("12", 12, "exact", "other", "county towns with water rationing", None,
         optional=True)]),

    P("d91_034",
      "DENPASAR, July 10 (Antara) - Bali's Ngurah Rai International Airport reopened at 9:30 p.m. "
      "local time on Friday after being closed for 19 hours because of ash drifting from Mount "
      "Raung in East Java, about 150 kilometres to the west. The volcano, which stands 3,332 "
      "metres high, has been at the second-highest alert level since June 29. No evacuations had "
      "been ordered, as there are no villages inside the 3-kilometre exclusion zone, the "
      "Volcanology and Geological Hazard Mitigation Center said. Airlines had cancelled most "
      "domestic and international flights, leaving holidaymakers stranded at the height of the "
      "school holiday season.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d91_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=34)
