"""Source of the eighty-third development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, bylines and date lines) on natural
disasters, epidemics and industrial accidents worldwide between 1993 and 2025, written for this
set (none copied from an article) in the style of wire copy (Kyodo, AP, Xinhua, ANSA, Reuters,
AFP, dpa, Lusa, Belga, PTI, Bernama), national and local papers, broadcasters' web pages,
disaster agencies' and health ministries' bulletins quoted in news, and company and union
statements. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
Two passages hold only non-claims.

Run ``python tests/devset83/build_devset83.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

NPA = "the National Police Agency"
HOK = "Hokkaido prefectural officials"
GSDF = "The Ground Self-Defense Force"
RANGEL = "Civil Defense director Ángel Rangel"
ABA = "the information office of the Aba Tibetan and Qiang Autonomous Prefecture"
BERTOLASO = "Civil Protection chief Guido Bertolaso"
MOUSSA = "Provincial Governor Abdel-Hamid Moussa"
OCHA_NK = "the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)"
ONEMI = "The government's emergency office Onemi"
PUENTE = "national civil defense chief Luis Felipe Puente"
PATEL = "state health minister Rushikesh Patel"
NHFPC = "the National Health and Family Planning Commission"
CHUA = "Health Minister Datuk Chua Jui Meng"
BE_CRISIS = "the crisis centre of the Interior Ministry"
ALIGAESHA = "the hospital's spokesperson Aminiel Aligaesha"
NURUL = "Police outpost in-charge of CMCH Nurul Alam"
TMC_OFFICIAL = "an official of the Thane Municipal Corporation's disaster management cell"
UGWU = "The Rivers State Police Public Relations Officer, DSP Ben Ugwuegbulam"
STEFANOU = "government spokesman Stefanos Stefanou"

PASSAGES: list[Passage] = []

# --- natural disasters ---------------------------------------------------------------------
PASSAGES += [
    P("d83_001",
      "OKUSHIRI, Hokkaido, July 13 (Kyodo) -- At least 154 people were killed and 117 others "
      "remain unaccounted for after a magnitude 7.8 earthquake off southwestern Hokkaido late "
      "Monday sent tsunami waves crashing into this small island, the National Police Agency "
      "said Tuesday. Most of the dead were found in the Aonae district at the island's southern "
      "tip, where waves estimated at up to 10 meters swept away houses and fires then burned "
      "through what was left for more than 11 hours. \"Aonae is gone,\" said a 62-year-old "
      "fisherman who escaped to the hills with his wife. Hokkaido prefectural officials said 340 "
      "houses on the island had been destroyed and that about 1,800 residents were spending the "
      "night in school gymnasiums and a community center. The Ground Self-Defense Force sent "
      "some 1,200 troops and 16 helicopters to the island, which has a population of about "
      "4,700.",
      [C("At least 154", 154, "at_least", "killed", "people on Okushiri", NPA),
       C("117", 117, "exact", "missing", "people unaccounted for", NPA),
       C("340", 340, "exact", "infrastructure", "houses destroyed on the island", HOK),
       C("about 1,800", 1800, "about", "displaced", "residents in gymnasiums", HOK),
       C("some 1,200", 1200, "about", "troops", "GSDF troops sent", None, attr_alt=[GSDF]),
       C("16", 16, "exact", "other", "helicopters sent", None, optional=True,
         attr_alt=[GSDF]),
       C("about 4,700", 4700, "about", "population", "population of Okushiri")]),

    P("d83_002",
      "Quake toll in eastern Venezuela rises to 73\n"
      "Published: July 11, 1997\n"
      "CUMANÁ, Venezuela — The death toll from Wednesday's earthquake in the eastern state of "
      "Sucre rose to 73 on Friday, Civil Defense director Ángel Rangel said, as soldiers and "
      "volunteers dug through the rubble of the Valentín Valiente school in Cariaco, where at "
      "least 40 pupils were believed to have been in class. Rangel said 522 people had been "
      "treated for injuries in hospitals in Cumaná and Carúpano, about 50 of them in a serious "
      "condition. Governor Ramón Martínez put the number of homeless at \"more than 3,000\" and "
      "asked the central government for 5,000 tents. The magnitude 6.9 quake struck at 3:24 "
      "p.m. and was felt as far away as Caracas, 400 kilometers to the west. In Cariaco, a town "
      "of some 25,000 people, residents said at least 11 children had been pulled out alive "
      "from the school on Wednesday night.",
      [C("73", 73, "exact", "killed", "dead in Sucre (headline)", ctx="rises to 73"),
       C("73", 73, "exact", "killed", "dead in Sucre", RANGEL, ctx="rose to 73 on Friday"),
       C("at least 40", 40, "at_least", "other", "pupils believed in class", None,
         attr_alt=[RANGEL]),
       C("522", 522, "exact", "injured", "people treated for injuries", "Rangel",
         attr_alt=[RANGEL]),
       C("about 50", 50, "about", "injured", "seriously injured", "Rangel",
         attr_alt=[RANGEL]),
       C("more than 3,000", 3000, "more_than", "displaced", "homeless",
         "Governor Ramón Martínez"),
       C("5,000", 5000, "exact", "aid", "tents requested", "Governor Ramón Martínez",
         optional=True, attr_alt=[None]),
       C("some 25,000", 25000, "about", "population", "people in Cariaco", None,
         attr_alt=["residents"]),
       C("at least 11", 11, "at_least", "other", "children pulled out alive", "residents")],
      published="1997-07-11"),

    P("d83_003",
      "CHENGDU, Aug. 9 (Xinhua) -- The death toll from a 7.0-magnitude earthquake that jolted "
      "Jiuzhaigou County in southwest China's Sichuan Province on Tuesday night has risen to 19, "
      "with 247 people injured, the provincial government said Wednesday afternoon. Among the "
      "dead, eight were tourists, and the identities of two others are being verified, "
      "according to the information office of the Aba Tibetan and Qiang Autonomous Prefecture. "
      "More than 40,000 tourists had been evacuated from the scenic area by noon, the office "
      "said, and about 30,000 more were expected to leave by nightfall. A total of 4,400 "
      "rescuers, including soldiers, armed police and firefighters, had been sent to the quake "
      "zone, the Ministry of Civil Affairs said. The quake, which struck at 9:19 p.m. at a depth "
      "of 20 km, damaged more than 1,500 homes in Zhangzha Town, local officials said.",
      [C("19", 19, "exact", "killed", "dead in Jiuzhaigou", "the provincial government",
         ctx="risen to 19"),
       C("247", 247, "exact", "injured", "injured in Jiuzhaigou", "the provincial government"),
       C("eight", 8, "exact", "killed", "tourists among the dead", ABA),
       C("two", 2, "exact", "killed", "dead whose identities are being verified", ABA,
         optional=True, cat_alt=["other"]),
       C("More than 40,000", 40000, "more_than", "displaced", "tourists evacuated", "the office",
         attr_alt=[ABA]),
       C("about 30,000", 30000, "about", "displaced", "tourists expected to leave",
         "the office", attr_alt=[ABA, None]),
       C("4,400", 4400, "exact", "troops", "rescuers sent", "the Ministry of Civil Affairs",
         cat_alt=["other"]),
       C("more than 1,500", 1500, "more_than", "infrastructure", "homes damaged in Zhangzha",
         "local officials")]),

    P("d83_004",
      "MESSINA, October 3, 2009 (ANSA) - The toll from Thursday night's mudslides in the "
      "Messina area rose to 24 on Saturday, with 35 people still missing, Civil Protection chief "
      "Guido Bertolaso said. Rescuers were concentrating on Giampilieri Superiore and Scaletta "
      "Zanclea, where torrents of mud and boulders tore through the villages after more than "
      "220 millimetres of rain fell in under three hours. \"Realistically we do not expect to "
      "find anyone alive,\" Bertolaso told reporters. Some 550 people have been moved to hotels "
      "and a sports hall in Messina, the prefecture said, while around 1,000 firefighters, "
      "soldiers and volunteers are taking part in the search. Prosecutors have opened an "
      "investigation into possible culpable disaster, and Premier Silvio Berlusconi promised "
      "that reconstruction would be \"swift\".",
      [C("24", 24, "exact", "killed", "dead in the Messina mudslides", BERTOLASO),
       C("35", 35, "exact", "missing", "people missing", BERTOLASO),
       C("Some 550", 550, "about", "displaced", "people moved to hotels and a sports hall",
         "the prefecture"),
       C("around 1,000", 1000, "about", "troops", "firefighters, soldiers and volunteers",
         "the prefecture", cat_alt=["other"], attr_alt=[None])],
      published="2009-10-03"),

    P("d83_005",
      "ASSISI, Italy, Nov 28 (Reuters) - The Upper Basilica of St Francis in Assisi reopened to "
      "the public on Sunday, a little over two years after an earthquake brought down part of "
      "its vaulted ceiling and shattered frescoes attributed to Giotto and Cimabue. The "
      "magnitude 5.7 tremor of September 26, 1997, struck at 11:42 a.m., about nine hours after "
      "a first shock of magnitude 5.5 that had already cracked the vaults. Restorers worked in "
      "shifts for 26 months, piecing together fragments on trays laid out in a former convent, "
      "at a cost the Italian state put at about 37 billion lire ($20 million). Cardinal Angelo "
      "Sodano, 72, celebrated the first Mass in the restored church, which was built between "
      "1228 and 1253. Officials said the restoration of the frescoes in the lower church would "
      "take another three to five years.",
      []),

    P("d83_006",
      "CAIRO, Egypt (AP) — The death toll from the fire that swept the southern village of "
      "Durunka after floodwaters carried burning fuel into its streets has climbed to 410, the "
      "Interior Ministry said Friday, though local officials said the real number was close to "
      "500. Heavy rain on Wednesday caused eight fuel tanks at a nearby army depot to collapse, "
      "and the fuel caught fire — possibly after lightning struck — as it flowed downhill into "
      "the village of about 10,000 people. Provincial Governor Abdel-Hamid Moussa said Thursday "
      "that 256 people had died in Durunka and 36 in other villages in Assiut province. More "
      "than 600 people were being treated in hospitals in Assiut, many with severe burns, the "
      "state-run Middle East News Agency reported. Across southern Egypt, the storms destroyed "
      "or damaged some 12,000 houses and left tens of thousands of people homeless, the Social "
      "Affairs Ministry said.",
      [C("410", 410, "exact", "killed", "dead in Durunka", "the Interior Ministry"),
       C("close to 500", 500, "about", "killed", "dead in Durunka (local officials)",
         "local officials"),
       C("eight", 8, "exact", "other", "fuel tanks that collapsed", optional=True,
         cat_alt=["infrastructure"]),
       C("about 10,000", 10000, "about", "population", "people in Durunka"),
       C("256", 256, "exact", "killed", "dead in Durunka (earlier toll)", MOUSSA),
       C("36", 36, "exact", "killed", "dead in other villages", MOUSSA),
       C("More than 600", 600, "more_than", "injured", "people treated in hospitals",
         "the state-run Middle East News Agency"),
       C("some 12,000", 12000, "about", "infrastructure", "houses destroyed or damaged",
         "the Social Affairs Ministry"),
       C("tens of thousands", 10000, "vague", "displaced", "people made homeless",
         "the Social Affairs Ministry")]),
]
PASSAGES += [
    P("d83_007",
      "MUMBAI, June 3 (Reuters) - Cyclone Nisarga slammed into India's west coast near Alibag on "
      "Wednesday with winds of up to 120 km per hour, uprooting trees and tearing roofs off "
      "homes but largely sparing Mumbai, which is already struggling with the country's worst "
      "coronavirus outbreak. More than 100,000 people had been moved from low-lying coastal "
      "areas of Maharashtra before landfall, Chief Minister Uddhav Thackeray said. Neighbouring "
      "Gujarat evacuated about 63,000 people from its coastal districts, according to the "
      "state's relief commissioner. A 58-year-old man was killed in Raigad district when an "
      "electricity pole fell on him, a district official said, and at least two other deaths "
      "were reported in Pune district. The National Disaster Response Force had deployed 43 "
      "teams, some 1,900 rescuers in all, along the two states' coasts, its director general "
      "S.N. Pradhan said. It was the first severe cyclone to hit Maharashtra in June since "
      "records began in 1891.",
      [C("More than 100,000", 100000, "more_than", "displaced", "people moved in Maharashtra",
         "Chief Minister Uddhav Thackeray"),
       C("about 63,000", 63000, "about", "displaced", "people evacuated in Gujarat",
         "the state's relief commissioner"),
       C("at least two", 2, "at_least", "killed", "deaths in Pune district",
         "a district official", attr_alt=[None]),
       C("43", 43, "exact", "other", "NDRF teams deployed", "S.N. Pradhan", optional=True,
         cat_alt=["troops"], attr_alt=["its director general"]),
       C("some 1,900", 1900, "about", "troops", "NDRF rescuers deployed", "S.N. Pradhan",
         cat_alt=["other"], attr_alt=["its director general"])]),

    P("d83_008",
      "B.C. confirms 4th death in Highway 99 mudslide as Merritt residents wait to go home\n"
      "CBC News · Posted: Nov 19, 2021 4:12 PM PT\n"
      "The RCMP have recovered a fourth body from the mudslide that buried a stretch of Highway "
      "99 near Duffey Lake on Monday, and at least one more person is still reported missing, "
      "Sgt. Janelle Shoihet said Friday. The 7,000 residents of Merritt remain under an "
      "evacuation order after the Coldwater River flooded the city's wastewater plant and "
      "washed out bridges. In Abbotsford, Mayor Henry Braun said roughly 1,100 homes on the "
      "Sumas Prairie had been evacuated and that crews were racing to shore up dikes. B.C.'s "
      "agriculture minister Lana Popham said hundreds of thousands of chickens, about 12,000 "
      "hogs and 420 dairy cattle were believed to have died in the flooding. Premier John "
      "Horgan declared a provincial state of emergency on Wednesday, and the federal government "
      "has sent about 120 members of the Canadian Armed Forces to the Fraser Valley.",
      [C("at least one", 1, "at_least", "missing", "people missing in the mudslide",
         "Sgt. Janelle Shoihet"),
       C("7,000", 7000, "exact", "displaced", "Merritt residents under evacuation order",
         cat_alt=["population"]),
       C("roughly 1,100", 1100, "about", "displaced", "homes evacuated on Sumas Prairie",
         "Mayor Henry Braun", optional=True, cat_alt=["infrastructure", "other"]),
       C("hundreds of thousands", 100000, "vague", "other", "chickens dead",
         "B.C.'s agriculture minister Lana Popham"),
       C("about 12,000", 12000, "about", "other", "hogs dead",
         "B.C.'s agriculture minister Lana Popham"),
       C("420", 420, "exact", "other", "dairy cattle dead",
         "B.C.'s agriculture minister Lana Popham"),
       C("about 120", 120, "about", "troops", "Canadian Armed Forces members sent", None,
         attr_alt=["the federal government"])],
      published="2021-11-19"),

    P("d83_009",
      "Taliye landslide: toll rises to 53, search called off for 31 missing\n"
      "Mahad | Updated: July 26, 2021 11:48 IST\n"
      "Rescue teams on Sunday called off the search for 31 villagers still buried under the "
      "debris at Taliye in Raigad district's Mahad taluka, after 53 bodies had been recovered, "
      "Raigad Collector Nidhi Chaudhary said. \"The mud is more than 20 feet deep in places and "
      "the bodies are decomposing,\" she said, adding that relatives had consented to the "
      "decision. The landslide struck the hamlet of about 35 houses on Thursday evening after "
      "extremely heavy rainfall, burying 32 homes. Three teams of the National Disaster "
      "Response Force, about 90 personnel in all, had been working at the site since Friday. "
      "Across Maharashtra, rain-related incidents have claimed 149 lives, and nearly 230,000 "
      "people have been shifted to safer places, the state relief and rehabilitation "
      "department said on Sunday.",
      [C("53", 53, "exact", "killed", "dead at Taliye (headline)", ctx="rises to 53"),
       C("31", 31, "exact", "missing", "missing at Taliye (headline)", cat_alt=["killed"],
         ctx="31 missing"),
       C("31", 31, "exact", "killed", "villagers still buried", "Raigad Collector Nidhi Chaudhary",
         cat_alt=["missing"], ctx="31 villagers"),
       C("53", 53, "exact", "killed", "bodies recovered", "Raigad Collector Nidhi Chaudhary",
         ctx="53 bodies"),
       C("about 35", 35, "about", "infrastructure", "houses in the hamlet", optional=True,
         cat_alt=["population"]),
       C("32", 32, "exact", "infrastructure", "homes buried"),
       C("Three", 3, "exact", "other", "NDRF teams", optional=True, cat_alt=["troops"]),
       C("about 90", 90, "about", "troops", "NDRF personnel", cat_alt=["other"]),
       C("149", 149, "exact", "killed", "rain-related deaths in Maharashtra",
         "the state relief and rehabilitation department"),
       C("nearly 230,000", 230000, "about", "displaced", "people shifted to safer places",
         "the state relief and rehabilitation department")],
      published="2021-07-26"),

    P("d83_010",
      "September 1, 2016 18:05 JST\n"
      "Police in Iwate Prefecture say the bodies of nine elderly people have been found at a "
      "group home for dementia patients in Iwaizumi Town, which was flooded when the Omoto River "
      "burst its banks as Typhoon Lionrock passed on Tuesday. The home's operator said all nine "
      "residents had been in the single-storey building at the time; staff were at an adjoining "
      "facility and could not reach them. In all, the typhoon has left 12 people dead in Iwate "
      "and two in Hokkaido, and four others are still unaccounted for, according to the Fire "
      "and Disaster Management Agency. About 1,200 people in Iwaizumi remain cut off because "
      "roads and bridges were washed away, and the Self-Defense Forces have been airlifting food "
      "and water by helicopter. Lionrock was the first typhoon to make landfall on the Pacific "
      "coast of the Tohoku region since the Japan Meteorological Agency began keeping records "
      "in 1951.",
      [C("nine", 9, "exact", "killed", "elderly people at the group home",
         "Police in Iwate Prefecture", ctx="nine elderly"),
       C("nine", 9, "exact", "other", "residents in the building", "The home's operator",
         optional=True, cat_alt=["killed"], ctx="nine residents"),
       C("12", 12, "exact", "killed", "dead in Iwate", "the Fire and Disaster Management Agency"),
       C("two", 2, "exact", "killed", "dead in Hokkaido",
         "the Fire and Disaster Management Agency"),
       C("four", 4, "exact", "missing", "people unaccounted for",
         "the Fire and Disaster Management Agency"),
       C("About 1,200", 1200, "about", "other", "people cut off in Iwaizumi", None,
         cat_alt=["population"], attr_alt=["the Fire and Disaster Management Agency"])],
      published="2016-09-01"),

    P("d83_011",
      "SEOUL, Sept 13 (Reuters) - Floods in North Korea's northeast have killed 133 people and "
      "left 395 missing, the United Nations said on Tuesday, citing government figures, in what "
      "Pyongyang's state media described as the worst disaster to hit the region since 1945. "
      "More than 35,500 houses have been damaged, 69 percent of them completely destroyed, and "
      "about 107,000 people have been displaced along the Tumen River, the U.N. Office for the "
      "Coordination of Humanitarian Affairs (OCHA) said in a report. Around 140,000 people "
      "urgently need food, clean water and shelter, it said. The official KCNA news agency said "
      "tens of thousands of soldiers and civilians had been mobilised for a \"speed campaign\" "
      "to rebuild homes "
      "before winter. The World Food Programme said it had delivered 230 tonnes of "
      "high-energy biscuits and other food to the worst-hit county, Musan. South Korea's "
      "Unification Ministry said Seoul had no plans to send aid "
      "unless the North asked for it.",
      [C("133", 133, "exact", "killed", "dead in North Korean floods", "government figures",
         attr_alt=["the United Nations"]),
       C("395", 395, "exact", "missing", "missing in North Korean floods", "government figures",
         attr_alt=["the United Nations"]),
       C("More than 35,500", 35500, "more_than", "infrastructure", "houses damaged", OCHA_NK,
         attr_alt=["OCHA"]),
       C("69 percent", 69, "exact", "infrastructure", "share of houses destroyed", OCHA_NK,
         optional=True, cat_alt=["other"], attr_alt=["OCHA"]),
       C("about 107,000", 107000, "about", "displaced", "people displaced along the Tumen",
         OCHA_NK, attr_alt=["OCHA"]),
       C("Around 140,000", 140000, "about", "other", "people in urgent need", OCHA_NK,
         cat_alt=["population"], attr_alt=["it", "OCHA"]),
       C("tens of thousands", 10000, "vague", "troops", "soldiers and civilians mobilised",
         "The official KCNA news agency", cat_alt=["other"]),
       C("230", 230, "exact", "aid", "tonnes of food delivered",
         "The World Food Programme")]),

    P("d83_012",
      "SANTA OLGA, Chile, Jan 27, 2017 (AFP) - Flames that raced through this town of 6,000 "
      "people overnight destroyed almost all of its homes, its school, its post office and its "
      "kindergarten, leaving only chimneys and the blackened frames of cars. \"We lost "
      "everything in 20 minutes,\" said Juana Ortiz, a 54-year-old forestry worker. The "
      "government's emergency office Onemi said on Friday that the wildfires raging across "
      "central and southern Chile had now killed 11 people, including five firefighters and two "
      "police officers, and destroyed more than 1,000 homes. About 4,000 people are in shelters, "
      "Onemi said. More than 100 fires were still burning, and President Michelle Bachelet said "
      "the flames had consumed some 380,000 hectares, calling it \"the greatest forest disaster "
      "in our history.\" A Boeing 747 \"Supertanker\" sent from the United States began dropping "
      "water on Thursday.",
      [C("6,000", 6000, "exact", "population", "people in Santa Olga"),
       C("11", 11, "exact", "killed", "dead in Chile's wildfires", ONEMI),
       C("five", 5, "exact", "killed", "firefighters among the dead", ONEMI),
       C("two", 2, "exact", "killed", "police officers among the dead", ONEMI),
       C("more than 1,000", 1000, "more_than", "infrastructure", "homes destroyed", ONEMI),
       C("About 4,000", 4000, "about", "displaced", "people in shelters", "Onemi",
         attr_alt=[ONEMI]),
       C("More than 100", 100, "more_than", "other", "fires still burning", None,
         attr_alt=["President Michelle Bachelet", "Onemi"]),
       C("some 380,000", 380000, "about", "other", "hectares burned",
         "President Michelle Bachelet", optional=True)],
      published="2017-01-27"),

    P("d83_013",
      "JUCHITÁN, Mexico (AP) — Soldiers and residents clawed through the rubble of this Oaxaca "
      "town on Saturday searching for survivors of the most powerful earthquake to strike Mexico "
      "in a century, as the national death toll rose to 90. Oaxaca Gov. Alejandro Murat said 71 "
      "people had died in his state, 36 of them in Juchitán, where part of the city hall "
      "collapsed and hundreds of homes were reduced to piles of adobe and brick. Chiapas "
      "reported 15 deaths and Tabasco four, according to national civil defense chief Luis "
      "Felipe Puente. The magnitude 8.1 quake struck late Thursday off the Pacific coast near "
      "Pijijiapan, and more than 700 aftershocks had been recorded by Saturday morning, the "
      "National Seismological Service said. President Enrique Peña Nieto, who visited Juchitán "
      "on Friday, said about 2.3 million people had been affected and promised that the army "
      "would distribute 10,000 food packets a day.",
      [C("90", 90, "exact", "killed", "national toll", None, attr_alt=[PUENTE]),
       C("71", 71, "exact", "killed", "dead in Oaxaca", "Oaxaca Gov. Alejandro Murat"),
       C("36", 36, "exact", "killed", "dead in Juchitán", "Oaxaca Gov. Alejandro Murat"),
       C("hundreds", 100, "vague", "infrastructure", "homes reduced to rubble in Juchitán", None,
         attr_alt=["Oaxaca Gov. Alejandro Murat"]),
       C("15", 15, "exact", "killed", "dead in Chiapas", PUENTE, attr_alt=["Chiapas"]),
       C("four", 4, "exact", "killed", "dead in Tabasco", PUENTE, attr_alt=["Tabasco"]),
       C("more than 700", 700, "more_than", "other", "aftershocks recorded",
         "the National Seismological Service", optional=True),
       C("about 2.3 million", 2_300_000, "about", "other", "people affected",
         "President Enrique Peña Nieto", cat_alt=["population"]),
       C("10,000", 10000, "exact", "aid", "food packets a day", "President Enrique Peña Nieto",
         attr_alt=[None])]),

    P("d83_014",
      "TOKYO, Oct. 22, 2004 (Kyodo) -- The number of people killed or missing after Typhoon "
      "Tokage swept across western and central Japan rose to 87 on Friday, the deadliest toll "
      "from a typhoon in 25 years, the National Police Agency said. Of these, 68 were confirmed "
      "dead and 19 were listed as missing, many of them elderly people caught in landslides or "
      "swept away by rivers. In Maizuru, Kyoto Prefecture, 37 passengers of a tour bus stranded "
      "by floodwaters on National Route 175 were rescued Thursday morning after spending the "
      "night on the bus's roof, singing songs to keep their spirits up. In Toyooka, Hyogo "
      "Prefecture, where the Maruyama River burst its banks, some 1,200 residents were still in "
      "evacuation centers. The 23rd typhoon of the season brought up to 550 millimeters of rain "
      "to parts of Shikoku.",
      [C("87", 87, "exact", "killed", "killed or missing", NPA, cat_alt=["missing", "other"]),
       C("68", 68, "exact", "killed", "confirmed dead", NPA, attr_alt=[None]),
       C("19", 19, "exact", "missing", "listed as missing", NPA, attr_alt=[None]),
       C("37", 37, "exact", "other", "bus passengers rescued"),
       C("some 1,200", 1200, "about", "displaced", "residents in evacuation centers")],
      published="2004-10-22"),
]

# --- epidemics -------------------------------------------------------------------------------
PASSAGES += [
    P("d83_015",
      "LUANDA, April 12, 2005 (Lusa) - The Marburg haemorrhagic fever outbreak centred on "
      "Angola's northern province of Uíge has now killed 181 people, the Ministry of Health "
      "said on Tuesday in its daily bulletin, up from 174 on Monday. Of the 194 cases recorded "
      "since October, 168 were in Uíge province, the ministry said, while cases have also been "
      "confirmed in Luanda, Cabinda, Kwanza Norte and Malanje. The World Health Organization "
      "says more than 400 people who had contact with patients are being followed up. Médecins "
      "Sans Frontières, which runs the isolation ward at Uíge provincial hospital, said some "
      "families were hiding sick relatives at home and that its teams had been stoned in two "
      "neighbourhoods. The virus, a cousin of Ebola, kills up to 90 percent of those it infects.",
      [C("181", 181, "exact", "killed", "Marburg deaths", "the Ministry of Health"),
       C("174", 174, "exact", "killed", "Marburg deaths (Monday)", "the Ministry of Health"),
       C("194", 194, "exact", "other", "Marburg cases", "the ministry",
         attr_alt=["the Ministry of Health"]),
       C("168", 168, "exact", "other", "cases in Uíge province", "the ministry",
         attr_alt=["the Ministry of Health"]),
       C("more than 400", 400, "more_than", "other", "contacts followed up",
         "The World Health Organization"),
       C("two", 2, "exact", "other", "neighbourhoods where MSF teams were stoned",
         "Médecins Sans Frontières", optional=True),
       C("up to 90 percent", 90, "at_most", "other", "case fatality rate", optional=True)],
      published="2005-04-12"),

    P("d83_016",
      "Ebola death toll in Bundibugyo rises to 22\n"
      "Publish Date: Dec 05, 2007\n"
      "By New Vision Reporters\n"
      "The number of people who have died of Ebola in Bundibugyo district has risen to 22, the "
      "health ministry announced yesterday, and 93 suspected cases have so far been registered. "
      "The director general of health services, Dr Sam Zaramba, said 14 patients were admitted "
      "in isolation at Bundibugyo hospital and Kikyo health centre, and that 11 people had been "
      "discharged after recovering. He said the virus was a new strain, different from the "
      "Zaire and Sudan types seen in earlier outbreaks in Uganda and Congo. Among the dead is Dr "
      "Jonah Kule, a 42-year-old medical officer at Bundibugyo hospital, and at least three "
      "other health workers. The ministry said 300 contacts were being followed up daily and "
      "appealed to residents not to bury the dead themselves.",
      [C("22", 22, "exact", "killed", "Ebola deaths (headline)", ctx="rises to 22"),
       C("22", 22, "exact", "killed", "Ebola deaths", "the health ministry",
         ctx="risen to 22"),
       C("93", 93, "exact", "other", "suspected cases", "the health ministry",
         attr_alt=[None]),
       C("14", 14, "exact", "other", "patients in isolation", "Dr Sam Zaramba",
         cat_alt=["injured"]),
       C("11", 11, "exact", "other", "people discharged after recovering", "Dr Sam Zaramba",
         cat_alt=["injured"]),
       C("at least three", 3, "at_least", "killed", "health workers among the dead",
         "Dr Sam Zaramba", attr_alt=[None]),
       C("300", 300, "exact", "other", "contacts followed up", "The ministry",
         attr_alt=["the health ministry"])],
      published="2007-12-05"),

    P("d83_017",
      "Polony from Enterprise factory behind listeriosis outbreak, says Motsoaledi\n"
      "2018-03-04 15:20\n"
      "Health Minister Aaron Motsoaledi on Sunday named Enterprise Foods' processing plant in "
      "Polokwane as the source of the world's largest recorded listeriosis outbreak, which has "
      "claimed 180 lives since January last year. Speaking at a media briefing in Pretoria, "
      "Motsoaledi said 948 laboratory-confirmed cases had been recorded, and that samples from "
      "the factory had tested positive for the ST6 strain found in more than 90% of patients "
      "whose isolates had been sequenced. He ordered a recall of polony and other ready-to-eat "
      "processed meats, and said the National Institute for Communicable Diseases (NICD) had "
      "traced the outbreak after nine children fell ill at a creche in Soweto. Tiger Brands, "
      "which owns Enterprise, said it had suspended production at the Polokwane and Germiston "
      "plants, which employ about 2,000 people. Neighbouring Namibia, Zambia and Malawi have "
      "banned imports of processed meat from South Africa.",
      [C("180", 180, "exact", "killed", "listeriosis deaths", None,
         attr_alt=["Health Minister Aaron Motsoaledi"]),
       C("948", 948, "exact", "other", "laboratory-confirmed cases", "Motsoaledi",
         attr_alt=["Health Minister Aaron Motsoaledi"]),
       C("more than 90%", 90, "more_than", "other", "share of sequenced patients with ST6",
         "Motsoaledi", optional=True),
       C("nine", 9, "exact", "other", "children who fell ill at a creche", "Motsoaledi",
         attr_alt=["Health Minister Aaron Motsoaledi",
                   "the National Institute for Communicable Diseases (NICD)"]),
       C("about 2,000", 2000, "about", "population", "workers at the two plants", None,
         cat_alt=["other"], attr_alt=["Tiger Brands"])],
      published="2018-03-04"),

    P("d83_018",
      "Date 02.06.2011\n"
      "Germany's E. coli outbreak has killed 18 people, Robert Koch Institute says\n"
      "The number of people who have died in Germany's outbreak of enterohaemorrhagic E. coli "
      "(EHEC) rose to 18 on Thursday, the Robert Koch Institute (RKI) said, with one more death "
      "reported in Sweden. The federal disease-control agency said 520 patients had developed "
      "haemolytic uraemic syndrome (HUS), a complication that can cause kidney failure, and a "
      "further 1,213 had been infected with EHEC without it. Hamburg, the worst-hit state, said "
      "its hospitals were treating around 100 HUS patients, some of whom need dialysis. Health "
      "officials have still not identified the source, after tests cleared cucumbers from Spain "
      "that Hamburg had blamed last week. Spanish farmers say they are losing €200 million a "
      "week because of the warnings.",
      [C("18", 18, "exact", "killed", "EHEC deaths (headline)", "Robert Koch Institute",
         attr_alt=["the Robert Koch Institute (RKI)"], ctx="killed 18 people"),
       C("18", 18, "exact", "killed", "EHEC deaths in Germany",
         "the Robert Koch Institute (RKI)", ctx="rose to 18"),
       C("one", 1, "exact", "killed", "death in Sweden", "the Robert Koch Institute (RKI)",
         attr_alt=[None]),
       C("520", 520, "exact", "other", "patients with HUS", "The federal disease-control agency",
         cat_alt=["injured"], attr_alt=["the Robert Koch Institute (RKI)"]),
       C("1,213", 1213, "exact", "other", "EHEC infections without HUS",
         "The federal disease-control agency",
         attr_alt=["the Robert Koch Institute (RKI)"]),
       C("around 100", 100, "about", "other", "HUS patients in Hamburg hospitals", "Hamburg",
         cat_alt=["injured"])],
      published="2011-06-02"),

    P("d83_019",
      "Legionnaires' outbreak in South Bronx claims 10th life\n"
      "Updated Aug. 10, 2015 7:02 p.m. ET\n"
      "A tenth person has died in the Legionnaires' disease outbreak in the South Bronx, city "
      "health officials said Monday, as the number of people sickened rose to 113. Health "
      "Commissioner Dr. Mary Bassett said no new cases had been reported since Aug. 3, a sign "
      "that the outbreak was waning after five cooling towers that tested positive for "
      "Legionella were disinfected. All of the people who died were older adults with "
      "underlying medical conditions, she said. Mayor Bill de Blasio said inspectors had so far "
      "checked 161 buildings with cooling towers across the Bronx and that 17 of them had "
      "tested positive. The City Council is expected to pass legislation this week requiring "
      "all cooling towers in the city to be registered and inspected four times a year.",
      [C("113", 113, "exact", "other", "people sickened", "city health officials"),
       C("five", 5, "exact", "other", "cooling towers that tested positive",
         "Health Commissioner Dr. Mary Bassett", cat_alt=["infrastructure"]),
       C("161", 161, "exact", "infrastructure", "buildings with cooling towers checked",
         "Mayor Bill de Blasio", cat_alt=["other"]),
       C("17", 17, "exact", "infrastructure", "buildings whose towers tested positive",
         "Mayor Bill de Blasio", cat_alt=["other"])],
      published="2015-08-10"),

    P("d83_020",
      "AHMEDABAD: Gujarat has recorded 148 suspected cases of acute encephalitis syndrome (AES) "
      "and 59 deaths since early July, state health minister Rushikesh Patel told reporters in "
      "Gandhinagar on Tuesday. Of these, 51 cases have been confirmed as Chandipura virus "
      "infection by the National Institute of Virology in Pune, he said. Most of the patients "
      "are children below 15 years of age from rural areas of Sabarkantha, Aravalli, Panchmahal "
      "and Mehsana districts. The health department has surveyed over 44,000 houses and sprayed "
      "insecticide in 19,000 of them to kill the sandflies that spread the virus, Patel said. "
      "Doctors at Ahmedabad Civil Hospital said 12 children remained on ventilators. "
      "Neighbouring Rajasthan and Madhya Pradesh have reported a handful of cases.",
      [C("148", 148, "exact", "other", "suspected AES cases", PATEL),
       C("59", 59, "exact", "killed", "AES deaths", PATEL),
       C("51", 51, "exact", "other", "confirmed Chandipura cases", PATEL, attr_alt=["he"]),
       C("over 44,000", 44000, "more_than", "infrastructure", "houses surveyed", "Patel",
         cat_alt=["other"], attr_alt=[PATEL]),
       C("19,000", 19000, "exact", "infrastructure", "houses sprayed", "Patel",
         cat_alt=["other"], attr_alt=[PATEL]),
       C("12", 12, "exact", "other", "children on ventilators",
         "Doctors at Ahmedabad Civil Hospital", cat_alt=["injured"])]),
]
PASSAGES += [
    P("d83_021",
      "BANJUL, Oct 6 (Reuters) - The Gambia's health ministry said on Thursday that 69 children "
      "had died of acute kidney injury since July, up from 66 reported by the World Health "
      "Organization a day earlier, and that the deaths were linked to cough syrups imported from "
      "India. The WHO issued a global alert on Wednesday about four products made by New "
      "Delhi-based Maiden Pharmaceuticals, saying laboratory analysis had found \"unacceptable "
      "amounts\" of diethylene glycol and ethylene glycol. Most of the children who died were "
      "under five, the ministry said. Police have seized about 41,000 bottles of syrup from "
      "pharmacies and homes across the country after a door-to-door campaign, a police "
      "spokesman said. President Adama Barrow said \"nothing is more painful\" than losing a "
      "child and ordered the suspension of the products.",
      [C("69", 69, "exact", "killed", "children dead of acute kidney injury",
         "The Gambia's health ministry"),
       C("66", 66, "exact", "killed", "children dead (WHO's earlier figure)",
         "the World Health Organization"),
       C("four", 4, "exact", "other", "products in the WHO alert", "The WHO", optional=True),
       C("about 41,000", 41000, "about", "other", "bottles of syrup seized",
         "a police spokesman")]),

    P("d83_022",
      "Uzbekistan: 18 children died after taking Indian-made cough syrup, ministry says\n"
      "28.12.2022 13:45\n"
      "Eighteen of the 21 children who took the Doc-1 Max cough syrup while suffering from acute "
      "respiratory illness have died, Uzbekistan's health ministry said on Wednesday, blaming "
      "ethylene glycol found in a batch of the medicine. The children, all in Samarkand, were "
      "given the syrup at home without a doctor's prescription, in doses of 2.5 to 5 ml three "
      "to four times a day, by their parents or on the advice of pharmacists, the ministry said. "
      "Seven employees of the ministry were dismissed for failing to analyse the situation in "
      "time, and the syrup has been withdrawn from all pharmacies. The manufacturer, Marion "
      "Biotech of Noida, said production at its plant had been halted pending an inspection by "
      "Indian drug regulators. Uzbek prosecutors said four people had been detained in "
      "connection with the case.",
      [C("18", 18, "exact", "killed", "children dead (headline)", "ministry",
         attr_alt=["Uzbekistan's health ministry"]),
       C("Eighteen", 18, "exact", "killed", "children dead", "Uzbekistan's health ministry"),
       C("21", 21, "exact", "other", "children who took the syrup",
         "Uzbekistan's health ministry"),
       C("Seven", 7, "exact", "other", "ministry employees dismissed", "the ministry",
         optional=True, cat_alt=["detained"],
         attr_alt=["Uzbekistan's health ministry", None]),
       C("four", 4, "exact", "detained", "people detained", "Uzbek prosecutors",
         ctx="four people")],
      published="2022-12-28"),

    P("d83_023",
      "BEIJING, April 16 (Xinhua) -- The Chinese mainland has reported 77 human infections of "
      "the H7N9 bird flu, 16 of them fatal, the National Health and Family Planning Commission "
      "said Tuesday. The new cases include four in Shanghai, where the virus was first detected "
      "in two men who died in early March, and three in Zhejiang Province, the commission said. "
      "Beijing confirmed its first case on Saturday, a seven-year-old girl whose parents sell "
      "poultry. More than 1,000 close contacts of infected people are under medical "
      "observation, and none of them has shown symptoms, according to the commission. Shanghai "
      "has closed all live poultry markets and culled more than 20,000 birds since early April, "
      "the city government said.",
      [C("77", 77, "exact", "other", "H7N9 infections", NHFPC),
       C("16", 16, "exact", "killed", "H7N9 deaths", NHFPC, ctx="16 of them"),
       C("four", 4, "exact", "other", "new cases in Shanghai", "the commission",
         attr_alt=[NHFPC]),
       C("two", 2, "exact", "killed", "first two patients who died", None,
         attr_alt=["the commission", NHFPC]),
       C("three", 3, "exact", "other", "new cases in Zhejiang", "the commission",
         attr_alt=[NHFPC]),
       C("More than 1,000", 1000, "more_than", "other", "close contacts under observation",
         "the commission", attr_alt=[NHFPC]),
       C("more than 20,000", 20000, "more_than", "other", "birds culled in Shanghai",
         "the city government")]),

    P("d83_024",
      "Virus toll rises to 65 as army joins pig cull\n"
      "KUALA LUMPUR, March 24 (Bernama) -- The death toll from the viral encephalitis outbreak "
      "among pig farmers rose to 65 today with two more deaths at Seremban Hospital, Health "
      "Minister Datuk Chua Jui Meng said. He said 155 people had been admitted to hospitals in "
      "Negeri Sembilan, Perak and Selangor since October, and 31 were still in intensive care. "
      "About 2,000 soldiers and police have been deployed to help the Veterinary Services "
      "Department cull some 330,000 pigs in the Bukit Pelandok area, where most of the cases "
      "have been reported. Chua said scientists at Universiti Malaya had isolated a previously "
      "unknown virus, and that the government would no longer rely only on vaccinating people "
      "against Japanese encephalitis. About 1,500 families in Bukit Pelandok have abandoned "
      "their homes, a pig farmers' association said.",
      [C("65", 65, "exact", "killed", "encephalitis deaths (headline)", ctx="rises to 65"),
       C("65", 65, "exact", "killed", "encephalitis deaths", CHUA, ctx="rose to 65"),
       C("two", 2, "exact", "killed", "more deaths at Seremban Hospital", CHUA),
       C("155", 155, "exact", "other", "people admitted to hospitals", CHUA,
         cat_alt=["injured"], attr_alt=["He"]),
       C("31", 31, "exact", "other", "patients in intensive care", CHUA,
         cat_alt=["injured"], attr_alt=["He"]),
       C("About 2,000", 2000, "about", "troops", "soldiers and police deployed", None,
         attr_alt=[CHUA]),
       C("some 330,000", 330000, "about", "other", "pigs to be culled", None,
         attr_alt=[CHUA]),
       C("About 1,500", 1500, "about", "displaced", "families who abandoned their homes",
         "a pig farmers' association")]),

    P("d83_025",
      "LARKANA: The number of people found to be HIV-positive in Ratodero taluka has risen to "
      "681, of whom 537 are children, the Sindh Aids Control Programme said on Monday. "
      "Programme manager Dr Sikandar Memon said more than 21,000 people had been screened at "
      "camps set up in the town since April 25, when a local doctor first raised the alarm "
      "after several children in his clinic tested positive. A paediatrician, Dr Muzaffar "
      "Ghanghro, who is himself HIV-positive, was arrested last month on suspicion of infecting "
      "children by reusing syringes; police said he is now in judicial custody. Parents say at "
      "least eight children have died since the outbreak came to light, a figure health "
      "officials have not confirmed. A team of World Health Organisation experts is expected in "
      "Larkana this week.",
      [C("681", 681, "exact", "other", "people HIV-positive in Ratodero",
         "the Sindh Aids Control Programme"),
       C("537", 537, "exact", "other", "children HIV-positive",
         "the Sindh Aids Control Programme"),
       C("more than 21,000", 21000, "more_than", "other", "people screened",
         "Programme manager Dr Sikandar Memon"),
       C("at least eight", 8, "at_least", "killed", "children dead", "Parents")]),

    P("d83_026",
      "Peru declares 90-day health emergency as Guillain-Barré cases rise\n"
      "Lima, June 9, 2019\n"
      "Peru's government declared a 90-day health emergency on Sunday in five regions - Lima, "
      "La Libertad, Piura, Lambayeque and Junín - after an unusual rise in cases of "
      "Guillain-Barré syndrome, a rare disorder in which the immune system attacks the nerves. "
      "Health Minister Zulema Tomás said 206 cases had been reported nationwide since the start "
      "of the year, and that four patients had died. La Libertad alone accounts for 89 cases, "
      "according to the regional health directorate. The ministry said it had acquired 1,200 "
      "vials of immunoglobulin, the main treatment, and would distribute them to regional "
      "hospitals. Tomás told reporters that between 20 and 25 patients were in intensive care, "
      "most of them on ventilators.",
      [C("five", 5, "exact", "other", "regions under emergency", optional=True),
       C("206", 206, "exact", "other", "Guillain-Barré cases", "Health Minister Zulema Tomás"),
       C("four", 4, "exact", "killed", "patients dead", "Health Minister Zulema Tomás"),
       C("89", 89, "exact", "other", "cases in La Libertad", "the regional health directorate"),
       C("1,200", 1200, "exact", "aid", "vials of immunoglobulin", "The ministry"),
       C("between 20 and 25", 20, "range", "other", "patients in intensive care", "Tomás",
         high=25, cat_alt=["injured"], attr_alt=["Health Minister Zulema Tomás"])],
      published="2019-06-09"),
]

# --- industrial accidents --------------------------------------------------------------------
PASSAGES += [
    P("d83_027",
      "ATH, 31/07/2004 (BELGA) = The death toll from Friday morning's gas pipeline explosion in "
      "the industrial zone of Ghislenghien rose to 18 on Saturday after three of the seriously "
      "injured died overnight, the crisis centre of the Interior Ministry said. Among the dead "
      "are five firefighters and a police officer who had been called to the site after "
      "workers reported a gas leak shortly before 9 a.m. More than 120 people were injured, 24 "
      "of them with severe burns, and several remain in critical condition in burn units in "
      "Belgium, France and the Netherlands, the centre said. The blast, on a 1-metre-diameter "
      "pipeline operated by Fluxys that carries gas from Zeebrugge to France, could be heard "
      "several kilometres away and left a crater 10 metres deep. Prime Minister Guy "
      "Verhofstadt, who visited the site, called it \"one of the worst disasters in Belgium in "
      "decades\".",
      [C("18", 18, "exact", "killed", "dead in Ghislenghien blast", BE_CRISIS),
       C("three", 3, "exact", "killed", "seriously injured who died overnight", BE_CRISIS),
       C("five", 5, "exact", "killed", "firefighters among the dead", BE_CRISIS,
         attr_alt=[None]),
       C("More than 120", 120, "more_than", "injured", "people injured", "the centre",
         attr_alt=[BE_CRISIS]),
       C("24", 24, "exact", "injured", "people with severe burns", "the centre",
         attr_alt=[BE_CRISIS])],
      published="2004-07-31"),

    P("d83_028",
      "Morogoro tanker blast: death toll rises to 75\n"
      "Tuesday, August 13, 2019\n"
      "Morogoro. The number of people who died after a fuel tanker exploded in Msamvu on "
      "Saturday has risen to 75, after six more victims succumbed to their burns at Muhimbili "
      "National Hospital in Dar es Salaam, the hospital's spokesperson Aminiel Aligaesha said "
      "yesterday. Prime Minister Kassim Majaliwa had on Sunday put the toll at 69. Muhimbili is "
      "still treating 38 patients, most of them with burns covering more than half of their "
      "bodies, while 11 others remain at Morogoro Regional Referral Hospital, Aligaesha said. "
      "Witnesses said the tanker overturned while trying to avoid a motorcycle, and dozens of "
      "people, many of them boda boda riders, rushed to collect the leaking petrol before it "
      "ignited. President John Magufuli declared three days of national mourning.",
      [C("75", 75, "exact", "killed", "dead in Morogoro blast (headline)", ctx="rises to 75"),
       C("75", 75, "exact", "killed", "dead in Morogoro blast", ALIGAESHA, ctx="risen to 75"),
       C("six", 6, "exact", "killed", "victims who died of burns", ALIGAESHA),
       C("69", 69, "exact", "killed", "toll on Sunday", "Prime Minister Kassim Majaliwa"),
       C("38", 38, "exact", "injured", "patients at Muhimbili", "Aligaesha",
         attr_alt=[ALIGAESHA]),
       C("11", 11, "exact", "injured", "patients at Morogoro hospital", "Aligaesha",
         attr_alt=[ALIGAESHA]),
       C("dozens", 12, "vague", "other", "people who rushed to collect petrol", "Witnesses")],
      published="2019-08-13"),

    P("d83_029",
      "TAIYUAN, Sept. 14 (Xinhua) -- The death toll from the collapse of an illegal mine's "
      "waste reservoir in north China's Shanxi Province has risen to 254, rescue headquarters "
      "said Sunday, as Premier Wen Jiabao ordered an investigation. The mudslide of tailings "
      "buried a village market, a residential area and an office building in Taoshi Township of "
      "Xiangfen County on Sept. 8, the day the toll stood at 34. Some 35 people were injured, "
      "and 4 are still missing, the headquarters said. More than 2,000 soldiers, armed police "
      "and militiamen have taken part in the search. Police have detained 13 people, including "
      "the owner and managers of the Tashan Mining Company, while Shanxi Governor Meng Xuenong "
      "resigned on Sunday, taking responsibility for the disaster.",
      [C("254", 254, "exact", "killed", "dead in Xiangfen", "rescue headquarters"),
       C("34", 34, "exact", "killed", "toll on the first day", None,
         attr_alt=["rescue headquarters"]),
       C("Some 35", 35, "about", "injured", "people injured", "the headquarters",
         attr_alt=["rescue headquarters"]),
       C("4", 4, "exact", "missing", "people missing", "the headquarters",
         attr_alt=["rescue headquarters"]),
       C("More than 2,000", 2000, "more_than", "troops", "soldiers, armed police, militiamen",
         "the headquarters", attr_alt=[None, "rescue headquarters"]),
       C("13", 13, "exact", "detained", "people detained", None, attr_alt=["Police"])]),

    P("d83_030",
      "Sitakunda oxygen plant blast: death toll rises to 7\n"
      "Published: 10:41 AM, March 5, 2023\n"
      "Our Correspondent, Ctg\n"
      "The death toll from yesterday's explosion at an oxygen plant in Chattogram's Sitakunda "
      "upazila rose to seven this morning as an injured worker died at Chattogram Medical "
      "College Hospital (CMCH). Police outpost in-charge of CMCH Nurul Alam said 19 more people "
      "are undergoing treatment at the hospital, three of whom are in critical condition. The "
      "blast at Seema Oxygen Oxyco Ltd in Keshabpur area took place around 4:30pm, shattering "
      "windows of buildings within a radius of about half a kilometre. A seven-member probe "
      "committee headed by an additional deputy commissioner has been formed, Chattogram Deputy "
      "Commissioner Abul Bashar Mohammed Fakhruzzaman said. Locals said fewer than 50 workers were "
      "at the plant when the explosion occurred; the factory's managers could not be reached "
      "for comment.",
      [C("7", 7, "exact", "killed", "dead in Sitakunda blast (headline)"),
       C("seven", 7, "exact", "killed", "dead in Sitakunda blast", None,
         attr_alt=[NURUL], ctx="seven this morning"),
       C("19", 19, "exact", "injured", "people undergoing treatment", NURUL),
       C("three", 3, "exact", "injured", "people in critical condition", NURUL),
       C("fewer than 50", 50, "fewer_than", "other", "workers at the plant", "Locals")],
      published="2023-03-05"),

    P("d83_031",
      "DONETSK, Ukraine (AP) — Rescuers on Monday recovered more bodies from the Zasyadko coal "
      "mine, raising the death toll from a methane explosion there to 89 in Ukraine's worst "
      "mining disaster since independence, the Emergency Situations Ministry said. Of the 457 "
      "miners who were underground when the blast ripped through a shaft more than 1,000 "
      "meters (3,300 feet) below the surface early Sunday, 13 remained missing, and 28 were "
      "hospitalized, the ministry said. \"There is practically no chance of finding them "
      "alive,\" said Emergency Situations Minister Nestor Shufrych. Mykola Volynko, head of an "
      "independent miners' union in Donbas, said the union had repeatedly warned about methane "
      "levels at the mine, which has had at least five fatal accidents since 1999. President "
      "Viktor Yushchenko declared Tuesday a day of mourning.",
      [C("89", 89, "exact", "killed", "dead in Zasyadko explosion",
         "the Emergency Situations Ministry"),
       C("457", 457, "exact", "other", "miners underground", "the ministry",
         attr_alt=["the Emergency Situations Ministry"]),
       C("13", 13, "exact", "missing", "miners missing", "the ministry",
         cat_alt=["killed"], attr_alt=["the Emergency Situations Ministry"]),
       C("28", 28, "exact", "injured", "miners hospitalized", "the ministry",
         attr_alt=["the Emergency Situations Ministry"]),
       C("at least five", 5, "at_least", "other", "fatal accidents at the mine since 1999", None,
         optional=True, attr_alt=["Mykola Volynko"])]),

    P("d83_032",
      "Dombivli MIDC blast: toll climbs to 11, owner arrested\n"
      "Updated on May 25, 2024 09:14 AM IST\n"
      "Thane, May 24 (PTI) - Two more bodies were pulled out of the debris of Amudan Chemicals "
      "in the Dombivli MIDC area on Friday, taking the toll in Thursday's reactor blast and "
      "fire to 11, an official of the Thane Municipal Corporation's disaster management cell "
      "said. Around 64 people were injured, of whom 25 are still in hospitals in Dombivli and "
      "Thane, he said. The blast damaged at least 40 houses and several factories in the "
      "vicinity and was felt up to 3 km away, local residents said. Police have arrested Malti "
      "Mehta, one of the directors of the company, from Nashik, while her husband Malay Mehta "
      "and the unit's manager are absconding. Chief Minister Eknath Shinde announced an ex "
      "gratia of Rs 5 lakh for the kin of each deceased and ordered that hazardous units be "
      "shifted out of residential areas.",
      [C("11", 11, "exact", "killed", "dead in Dombivli blast (headline)", ctx="climbs to 11"),
       C("Two", 2, "exact", "killed", "bodies pulled out on Friday", TMC_OFFICIAL),
       C("11", 11, "exact", "killed", "dead in Dombivli blast", TMC_OFFICIAL,
         ctx="fire to 11"),
       C("Around 64", 64, "about", "injured", "people injured", TMC_OFFICIAL,
         attr_alt=["he"]),
       C("25", 25, "exact", "injured", "injured still in hospital", TMC_OFFICIAL,
         attr_alt=["he"], ctx="25 are still"),
       C("at least 40", 40, "at_least", "infrastructure", "houses damaged", "local residents")],
      published="2024-05-25"),

    P("d83_033",
      "KHARTOUM, Dec 4, 2019 (AFP) - At least 23 people were killed and more than 130 injured "
      "when a gas tanker exploded at a ceramics factory in the Kafouri industrial area of "
      "Khartoum North, Sudan's cabinet said on Wednesday. The blast at the Seela factory on "
      "Tuesday afternoon set off a fire that spread to the storage of flammable materials, the "
      "cabinet said in a statement, adding that the factory lacked \"the necessary safety "
      "equipment\". India's embassy in Khartoum said 18 Indian nationals who worked at the plant "
      "were among the dead and that 16 others were missing, while seven were being treated in "
      "hospital. Prime Minister Abdalla Hamdok visited the site and announced three days of "
      "mourning. The Sudanese Red Crescent said some of the bodies were burnt beyond "
      "recognition and would need DNA tests.",
      [C("At least 23", 23, "at_least", "killed", "dead in Seela factory blast",
         "Sudan's cabinet"),
       C("more than 130", 130, "more_than", "injured", "people injured", "Sudan's cabinet"),
       C("18", 18, "exact", "killed", "Indian nationals among the dead",
         "India's embassy in Khartoum"),
       C("16", 16, "exact", "missing", "Indian nationals missing",
         "India's embassy in Khartoum"),
       C("seven", 7, "exact", "injured", "Indian nationals in hospital",
         "India's embassy in Khartoum")],
      published="2019-12-04"),
]
PASSAGES += [
    P("d83_034",
      "PORT HARCOURT — At least 95 people were burnt to death on Thursday when a petrol tanker "
      "that had crashed on the East-West Road at Okogbe in Ahoada West Local Government Area of "
      "Rivers State exploded as villagers scooped fuel from it. The Rivers State Police Public "
      "Relations Officer, DSP Ben Ugwuegbulam, who confirmed the incident, said the tanker had "
      "veered off the road to avoid three vehicles and overturned into a ditch. \"About 100 "
      "bodies have been recovered and more may be found in the bush,\" he said. The National "
      "Emergency Management Agency (NEMA) put the number of injured at 65, most of them taken "
      "to the University of Port Harcourt Teaching Hospital. Residents said many of the dead "
      "were children and women who came with jerrycans and buckets, and that a mass burial was "
      "being planned for Friday.",
      [C("At least 95", 95, "at_least", "killed", "people burnt to death", None,
         attr_alt=[UGWU, "DSP Ben Ugwuegbulam"]),
       C("three", 3, "exact", "other", "vehicles the tanker swerved to avoid", UGWU,
         optional=True),
       C("About 100", 100, "about", "killed", "bodies recovered", UGWU,
         attr_alt=["he", "DSP Ben Ugwuegbulam"]),
       C("65", 65, "exact", "injured", "people injured",
         "The National Emergency Management Agency (NEMA)")]),

    P("d83_035",
      "Unchahar NTPC blast: Toll rises to 32, company says boiler unit had run for six months\n"
      "Written by Express News Service | Lucknow | Updated: November 3, 2017 4:10 am\n"
      "The death toll in the boiler explosion at the NTPC's Unchahar thermal power plant in Rae "
      "Bareli rose to 32 on Thursday, with six injured workers dying in hospitals in Lucknow and "
      "Delhi overnight, district officials said. In a statement, NTPC said the explosion in the "
      "500 MW Unit 6 occurred when a pipe carrying flue gas burst, releasing ash and steam at "
      "temperatures of around 150 degrees Celsius on workers. Between 80 and 100 people were "
      "injured, according to the state government, and 22 of them remain critical at the burn "
      "unit of King George's Medical University. Trade unions at the plant alleged that as many as "
      "50 of the dead were contract labourers whose names were not on any register, and that the "
      "actual toll was higher. Congress vice-president Rahul Gandhi visited the injured in "
      "Lucknow on Thursday.",
      [C("32", 32, "exact", "killed", "dead in Unchahar blast (headline)", ctx="rises to 32"),
       C("32", 32, "exact", "killed", "dead in Unchahar blast", "district officials",
         ctx="rose to 32"),
       C("six", 6, "exact", "killed", "injured workers who died overnight",
         "district officials", ctx="six injured"),
       C("Between 80 and 100", 80, "range", "injured", "people injured", "the state government",
         high=100),
       C("22", 22, "exact", "injured", "injured in critical condition", "the state government",
         attr_alt=[None]),
       C("as many as 50", 50, "at_most", "killed", "contract labourers among the dead",
         "Trade unions at the plant")],
      published="2017-11-03"),

    P("d83_036",
      "Gadani blast toll climbs to 21 as workers stage protest\n"
      "Dawn | Published November 3, 2016\n"
      "KARACHI: The death toll from Tuesday's explosion and fire on an oil tanker being "
      "dismantled at the Gadani shipbreaking yard rose to 21 on Thursday after two more workers "
      "succumbed to their burns at Civil Hospital Karachi, hospital officials said. "
      "Balochistan's home department said 58 workers were injured and at least eight remain "
      "unaccounted for. Angry labourers at the yard blocked the RCD Highway for several hours "
      "and held two supervisors of the contractor inside a site office until they were freed by "
      "the Levies, the Pakistan Shipbreaking Workers Union said. The union's general secretary, "
      "Bashir Ahmed Mahmoodani, said more than 100 men were working on the 24,000-tonne tanker, "
      "which still had oil and gas cylinders on board, when it caught fire. The Balochistan "
      "government has suspended all shipbreaking activity at Gadani and arrested three "
      "officials of the company that owns the ship.",
      [C("21", 21, "exact", "killed", "dead in Gadani blast (headline)", ctx="climbs to 21"),
       C("21", 21, "exact", "killed", "dead in Gadani blast", "hospital officials",
         ctx="rose to 21"),
       C("two", 2, "exact", "killed", "workers who died of burns", "hospital officials",
         ctx="two more workers"),
       C("58", 58, "exact", "injured", "workers injured", "Balochistan's home department"),
       C("at least eight", 8, "at_least", "missing", "workers unaccounted for",
         "Balochistan's home department"),
       C("two", 2, "exact", "hostages", "contractor's supervisors held by workers",
         "the Pakistan Shipbreaking Workers Union", cat_alt=["detained"],
         ctx="two supervisors"),
       C("more than 100", 100, "more_than", "other", "men working on the tanker",
         "Bashir Ahmed Mahmoodani", attr_alt=["The union's general secretary"]),
       C("three", 3, "exact", "detained", "company officials arrested", None,
         attr_alt=["The Balochistan government"])],
      published="2016-11-03"),

    P("d83_037",
      "Mari blast: 12 dead as munitions stored in open explode\n"
      "July 11, 2011\n"
      "Twelve people were killed and 62 injured early this morning when 98 containers of "
      "confiscated Iranian munitions exploded at the Evangelos Florakis naval base near Mari, "
      "the government said. Among the dead are the commander of the Navy, Andreas Ioannides, "
      "the base commander and six firefighters who had been tackling a brush fire that spread "
      "to the containers, government spokesman Stefanos Stefanou told a news conference. Three "
      "of the injured are in a serious condition at Larnaca and Nicosia general hospitals, he "
      "added. The blast knocked out the nearby Vasilikos power station, which supplies about "
      "half of the island's electricity, and damaged around 250 homes in Mari and Zygi, the "
      "interior ministry said. The munitions, thousands of artillery shells among them, had "
      "been seized from a Cyprus-flagged ship bound for Syria in 2009 and stored in the open "
      "for more than two years despite repeated warnings.",
      [C("12", 12, "exact", "killed", "dead in Mari blast (headline)"),
       C("Twelve", 12, "exact", "killed", "dead in Mari blast", "the government"),
       C("62", 62, "exact", "injured", "people injured", "the government"),
       C("98", 98, "exact", "munitions", "containers of munitions that exploded",
         "the government", cat_alt=["other"]),
       C("six", 6, "exact", "killed", "firefighters among the dead", STEFANOU),
       C("Three", 3, "exact", "injured", "injured in serious condition", STEFANOU,
         attr_alt=["he"]),
       C("around 250", 250, "about", "infrastructure", "homes damaged",
         "the interior ministry"),
       C("thousands", 1000, "vague", "munitions", "artillery shells among the munitions")],
      published="2011-07-11"),

    P("d83_038",
      "SAN BRUNO -- The number of people killed in Thursday's gas pipeline explosion in San "
      "Bruno's Crestmoor neighborhood rose to seven Sunday, after the San Mateo County "
      "coroner's office identified human remains found in the ruins of a home on Glenview "
      "Drive. Fire Chief Dennis Haag said 37 homes had been destroyed and eight others severely "
      "damaged, and that firefighters had searched every structure in the burn zone. About 50 "
      "people were treated at hospitals, and three remain in critical condition at St. Francis "
      "Memorial Hospital's burn unit, officials said. PG&E president Chris Johns said the "
      "utility would set aside up to $100 million to help residents rebuild, and that the "
      "30-inch transmission line, installed in 1956, would stay shut until federal "
      "investigators finished their work. The National Transportation Safety Board said its "
      "team of 11 investigators had recovered a 28-foot section of the ruptured pipe.",
      [C("seven", 7, "exact", "killed", "dead in San Bruno explosion", None,
         attr_alt=["the San Mateo County coroner's office"]),
       C("37", 37, "exact", "infrastructure", "homes destroyed", "Fire Chief Dennis Haag"),
       C("eight", 8, "exact", "infrastructure", "homes severely damaged",
         "Fire Chief Dennis Haag"),
       C("About 50", 50, "about", "injured", "people treated at hospitals", "officials"),
       C("three", 3, "exact", "injured", "people in critical condition", "officials"),
       C("11", 11, "exact", "other", "NTSB investigators",
         "The National Transportation Safety Board", optional=True, cat_alt=["troops"])]),

    P("d83_039",
      "LAWRENCE, Mass. (AP) — A series of gas explosions and fires that tore through three "
      "communities north of Boston on Thursday killed an 18-year-old man and injured at least "
      "25 people, including two firefighters, officials said Friday. Massachusetts State Police "
      "said there had been as many as 80 fires, explosions and investigations of gas odor in "
      "Lawrence, Andover and North Andover, and that 39 homes had been damaged. Thousands of "
      "residents spent the night in shelters or with relatives after officials ordered the "
      "evacuation of some 30,000 people while crews shut off gas meters one by one. Columbia "
      "Gas said more than 7,000 meters had been shut off by Friday morning. Gov. Charlie Baker "
      "declared a state of emergency and put a rival utility, Eversource, in charge of the "
      "recovery, saying Columbia Gas had failed to provide \"the information and the capacity\" "
      "to respond.",
      [C("three", 3, "exact", "other", "communities hit", "officials", optional=True),
       C("at least 25", 25, "at_least", "injured", "people injured", "officials"),
       C("two", 2, "exact", "injured", "firefighters injured", "officials"),
       C("as many as 80", 80, "at_most", "other", "fires, explosions and gas odor calls",
         "Massachusetts State Police"),
       C("39", 39, "exact", "infrastructure", "homes damaged", "Massachusetts State Police"),
       C("Thousands", 1000, "vague", "displaced", "residents in shelters or with relatives",
         None, attr_alt=["officials"]),
       C("some 30,000", 30000, "about", "displaced", "people ordered to evacuate", None,
         attr_alt=["officials"]),
       C("more than 7,000", 7000, "more_than", "other", "gas meters shut off", "Columbia Gas")]),

    P("d83_040",
      "BUDAPEST, Feb 14 (Reuters) - A plume of cyanide from a gold mine in northwestern Romania "
      "reached the Danube in Hungary on Sunday, two weeks after a tailings dam burst at the "
      "Aurul plant near Baia Mare, Hungarian officials said. Environment Minister Pál Pepó said "
      "concentrations measured in the Tisza at Szolnok last week had been more than 100 times "
      "the permitted level, and called the spill the worst environmental disaster in central "
      "Europe since Chernobyl. The dam broke on the night of January 30 after heavy rain and "
      "snowmelt, releasing about 100,000 cubic metres of contaminated water into the Lapus and "
      "Somes rivers. Esmeralda Exploration, the Australian company that owns 50 percent of "
      "Aurul, said the effects had been \"grossly exaggerated\". Hungary has said it will seek "
      "damages of at least 29 billion forints ($110 million).",
      []),
]
# === END PASSAGES ===


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 83)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d83_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
