"""Source of the twentieth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on natural disasters, epidemics and accidents and the
humanitarian response to them, written for this set (none copied from an article) in the style
of UN OCHA flash updates, WHO, UNICEF, WFP and IOM releases, national disaster agencies
(NDRRMC, BNPB, NDMA, NADMO, Protección Civil), wire copy (Reuters, AP, AFP, Kyodo, Xinhua, PTI,
ANSA, Anadolu, EFE-style, PNA, GNA, IRNA, CNA) and newspaper web copy (The Guardian, Al Jazeera,
Times of India, The Hindu, Dawn, The Daily Star, Kathmandu Post, Bangkok Post, Philippine Daily
Inquirer, Daily Nation, The Standard, Vanguard, Mexico News Daily, El País), with a timestamped
live blog. The set stresses people affected, displaced, evacuated, in shelters and in need of
aid; homes and schools destroyed or damaged; aid delivered; rescuers and troops deployed;
missing and unaccounted for; tolls revised up or down with earlier figures restated; outbreak
cases and deaths; figures in bulleted lists; and non-claims (percentages, money, rainfall, wind
speeds, hectares, magnitudes, ages, durations, train and road numbers, a band called
"Seventeen"). Annotated by hand and blind by the project's gold conventions (``gold/README.md``
of the shared folder) and the decisions recorded in the READMEs of ``tests/devset2`` to
``tests/devset18`` and ``tests/holdout2``/``tests/holdout3``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts. One passage
holds only non-claims.

Run ``python tests/devset20/build_devset20.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

BNGRC = "the National Office for Risk and Disaster Management (BNGRC)"
WFP = "The World Food Programme (WFP)"
PNP = "the Philippine National Police (PNP)"
DURANA = "PNP spokesperson Senior Supt. Benigno Durana Jr."
NDRRMC = "The National Disaster Risk Reduction and Management Council (NDRRMC)"
KYODO_TALLY = "a Kyodo News tally"
MCANULTY = "Emergency management minister Kieran McAnulty"
MURILLO_LONG = "Nicaragua's vice president and government spokeswoman, Rosario Murillo"
COPECO = "the Permanent Contingency Commission (COPECO)"
PIERLUISI = "Gov. Pedro Pierluisi"
ROSA_ICELA = "Security Minister Rosa Icela Rodríguez"
VELAZQUEZ = "Civil Protection coordinator Laura Velázquez Alzúa"
PUENTE = "national civil protection chief Luis Felipe Puente"
SARMIENTO = "Navy Undersecretary Angel Enrique Sarmiento"
MANCERA = "Mayor Miguel Angel Mancera"
AL_MOD = "the defence ministry"
CEOC = "the Central Emergency Operation Center"
BNPB_W = "the national disaster mitigation agency"
SUTOPO = "Agency spokesman Sutopo Purwo Nugroho"
IOM_HT = "the International Organization for Migration (IOM)"
MHASE = "Raigad collector Yogesh Mhase"
MACO_MDRRMO = "The Maco Municipal Disaster Risk Reduction and Management Office"
DSWD_MACO = "The Department of Social Welfare and Development"
SANTOS = "President Juan Manuel Santos"
COL_RC = "The Colombian Red Cross"
MOYEN = "Health Minister Georges Moyen"
UNHCR_CG = "The U.N. refugee agency"
MELAMCHI_POLICE = "the District Police Office, Sindhupalchok"
KHANAL = "Chief District Officer Baburam Khanal"
GOMES = "Secretary of State for Internal Administration Jorge Gomes"
DZ_PM_SHORT = "the country's prime minister"
DZ_PM = "Prime Minister Aymen Benabderrahmane"
BELDJOUD = "Interior Minister Kamel Beldjoud"
ANTALYA_GOV = "the Antalya Governor's Office"
AFAD = "The Disaster and Emergency Management Presidency (AFAD)"
PAKDEMIRLI = "Agriculture and Forestry Minister Bekir Pakdemirli"
CARLOS_III = "the Carlos III Health Institute"
PT_DGS = "the Directorate-General of Health"
ZVAC = "the Zambia Vulnerability Assessment Committee"
BYENKYA = "WFP Country Director Cissy Byenkya"
SADC = "the Southern African Development Community (SADC)"
NDMA_KE = "the National Drought Management Authority (NDMA)"
LOMORUKAI = "Turkana Governor Jeremiah Lomorukai"
WHO_LB = "the World Health Organization"
LB_MOPH = "the Ministry of Public Health"
LAGOS_GOV = "The Lagos State Government"
ABAYOMI = "Commissioner for Health, Prof. Akin Abayomi"
NCDC = "the Nigeria Centre for Disease Control and Prevention (NCDC)"
LAO_NEWS = "the official Lao News Agency"
DPP_KE = "the Director of Public Prosecutions"
KE_RC = "The Kenya Red Cross"
NADMO = "The National Disaster Management Organisation (NADMO)"
AGYEMANG = "Mr Eric Nana Agyemang-Prempeh"
ZAHURUL = "Panchagarh Deputy Commissioner Md Zahurul Islam"
IRCS = "the head of the Iranian Red Crescent Society"
RAI = "The Islamic Republic of Iran Railways"
DI_BARI = "Venice prefect Michele Di Bari"
CUELLAR = "Tamaulipas state security spokesman Jorge Cuéllar"
DHAMI = "Chief Minister Pushkar Singh Dhami"
USDMA = "The Uttarakhand State Disaster Management Authority"

PASSAGES = [
    # --- Cyclones, typhoons and hurricanes ------------------------------------------------------
    P("d20_001",
      "MADAGASCAR: Tropical Cyclone Batsirai\n"
      "Flash Update No. 3\n"
      "7 February 2022\n"
      "HIGHLIGHTS\n"
      "• Batsirai made landfall near Mananjary on the night of 5 February as an intense tropical "
      "cyclone, with sustained winds of 165 km/h and gusts of up to 235 km/h.\n"
      "• According to the National Office for Risk and Disaster Management (BNGRC), 21 people "
      "have died and 61,489 people are displaced, most of them in Mananjary and Nosy Varika.\n"
      "• Nearly 20,000 houses have been damaged, flooded or destroyed, along with at least 120 "
      "classrooms.\n"
      "• 112,115 people are affected in the regions of Vatovavy, Fitovinany and Atsimo "
      "Atsinanana.\n"
      "SITUATION OVERVIEW\n"
      "Batsirai struck barely two weeks after Tropical Storm Ana, which killed 55 people, mainly "
      "in Antananarivo. The World Food Programme (WFP) has pre-positioned 300 tonnes of food in "
      "Mananjary and Manakara, and humanitarian partners estimate that at least 150,000 people "
      "will need assistance in the coming weeks.",
      [C("21", 21, "exact", "killed", "people", BNGRC),
       C("61,489", 61489, "exact", "displaced", "people displaced", BNGRC),
       C("Nearly 20,000", 20000, "about", "infrastructure", "houses damaged or destroyed"),
       C("at least 120", 120, "at_least", "infrastructure", "classrooms damaged"),
       C("112,115", 112115, "exact", "other", "people affected", cat_alt=["population"]),
       C("55", 55, "exact", "killed", "people killed by Storm Ana"),
       C("300", 300, "exact", "aid", "tonnes of food pre-positioned", None, attr_alt=[WFP]),
       C("at least 150,000", 150000, "at_least", "other", "people needing assistance",
         "humanitarian partners", cat_alt=["population"])],
      published="2022-02-07"),

    P("d20_002",
      "Ompong death toll climbs to 74; 55 still missing — PNP\n"
      "MANILA, Sept. 18 (PNA) -- The number of people killed by Typhoon Ompong (international "
      "name: Mangkhut) rose to 74 on Tuesday, most of them buried by landslides in the "
      "Cordillera, the Philippine National Police (PNP) said. PNP spokesperson Senior Supt. "
      "Benigno Durana Jr. said 55 others remain missing, 44 of them in the mining town of "
      "Itogon, Benguet, where rescuers dug through mud for a third day. The National Disaster "
      "Risk Reduction and Management Council (NDRRMC), which counts only verified deaths, has so "
      "far confirmed 59. In its 6 a.m. report, the council said 250,212 persons were still "
      "staying in 2,096 evacuation centers in Regions 1, 2, 3 and the Cordillera, while 12,419 "
      "houses were damaged. The Department of Social Welfare and "
      "Development (DSWD) said it had released PHP38.7 million worth of family food packs and "
      "other relief items.",
      [C("74", 74, "exact", "killed", "people (headline)", "PNP", attr_alt=[PNP],
         ctx="climbs to 74"),
       C("55", 55, "exact", "missing", "people (headline)", "PNP", attr_alt=[PNP],
         ctx="55 still missing"),
       C("74", 74, "exact", "killed", "people killed by Ompong", PNP, ctx="rose to 74"),
       C("55", 55, "exact", "missing", "people missing", DURANA, ctx="55 others"),
       C("44", 44, "exact", "missing", "people missing in Itogon", DURANA),
       C("59", 59, "exact", "killed", "verified deaths", NDRRMC),
       C("250,212", 250212, "exact", "displaced", "persons in evacuation centers",
         "the council", attr_alt=[NDRRMC]),
       C("2,096", 2096, "exact", "infrastructure", "evacuation centers", "the council",
         cat_alt=["other", "aid"], attr_alt=[NDRRMC]),
       C("12,419", 12419, "exact", "infrastructure", "houses damaged", "the council",
         attr_alt=[NDRRMC])]),


    P("d20_003",
      "TOKYO, Oct. 14 (Kyodo) -- The death toll from Typhoon Hagibis rose to 66 on Monday, with "
      "15 people still unaccounted for, according to a Kyodo News tally, as some 110,000 "
      "Self-Defense Forces personnel, police officers and firefighters searched flooded "
      "neighborhoods in eastern and northeastern Japan. Fukushima Prefecture accounted for the "
      "highest toll, 25, followed by Miyagi with 13. About 38,000 households were still without "
      "power, the industry ministry said, and some 133,000 had no running water. More than "
      "4,000 people remained in evacuation shelters. The typhoon, the 19th of the season, "
      "dumped nearly 1,000 millimeters of rain over 48 hours in parts of Hakone.",
      [C("66", 66, "exact", "killed", "people killed by Hagibis", KYODO_TALLY),
       C("15", 15, "exact", "missing", "people unaccounted for", KYODO_TALLY),
       C("some 110,000", 110000, "about", "troops", "SDF, police and firefighters searching",
         None, attr_alt=[KYODO_TALLY]),
       C("25", 25, "exact", "killed", "dead in Fukushima", KYODO_TALLY, attr_alt=[None]),
       C("13", 13, "exact", "killed", "dead in Miyagi", KYODO_TALLY, attr_alt=[None]),
       C("About 38,000", 38000, "about", "other", "households without power",
         "the industry ministry", cat_alt=["infrastructure"]),
       C("some 133,000", 133000, "about", "other", "households without running water",
         "the industry ministry", cat_alt=["infrastructure"], attr_alt=[None]),
       C("More than 4,000", 4000, "more_than", "displaced", "people in evacuation shelters")]),

    P("d20_004",
      "Cyclone Gabrielle: death toll rises to 11 as thousands remain uncontactable\n"
      "Thu 16 Feb 2023 04.20 GMT\n"
      "The number of people confirmed dead after Cyclone Gabrielle tore through New Zealand's "
      "North Island has risen to 11, police said on Thursday, while more than 5,600 people are "
      "still listed as uncontactable. Police said the figure, which had stood at 6,400 on "
      "Wednesday, was falling as phone lines were restored and did not mean that all of those "
      "people were missing. Hawke's Bay was the hardest-hit region, with eight of the deaths. "
      "Emergency management minister Kieran McAnulty said about 10,500 people had been "
      "displaced and 62,000 homes were still without power. The defence force said 750 "
      "personnel had been deployed to Hawke's Bay and Tairāwhiti.",
      [C("11", 11, "exact", "killed", "people (headline)", None, ctx="rises to 11"),
       C("thousands", 1000, "vague", "missing", "people uncontactable (headline)", None,
         cat_alt=["other"]),
       C("11", 11, "exact", "killed", "people killed by Gabrielle", "police",
         ctx="risen to 11"),
       C("more than 5,600", 5600, "more_than", "missing", "people uncontactable", "police",
         cat_alt=["other"]),
       C("6,400", 6400, "exact", "missing", "people uncontactable on Wednesday", "Police",
         cat_alt=["other"], attr_alt=["police"]),
       C("eight", 8, "exact", "killed", "dead in Hawke's Bay", "Police", attr_alt=[None]),
       C("about 10,500", 10500, "about", "displaced", "people displaced", MCANULTY),
       C("62,000", 62000, "exact", "other", "homes without power", MCANULTY,
         cat_alt=["infrastructure"]),
       C("750", 750, "exact", "troops", "defence force personnel deployed",
         "The defence force")],
      published="2023-02-16"),

    P("d20_005",
      "TEGUCIGALPA, Honduras (AP) — Hurricane Iota's death toll across Central America rose to "
      "at least 38 on Wednesday as rescuers reached communities cut off by landslides, with "
      "Nicaragua and Honduras reporting most of the dead. Nicaragua's vice president and "
      "government spokeswoman, Rosario Murillo, said 16 people had died in the country, "
      "including two children swept away by a river near Bilwi. In Honduras, the Permanent "
      "Contingency Commission (COPECO) put the toll at 14 and said more than 63,000 people were "
      "in shelters, many of them for the second time in two weeks after Hurricane Eta. "
      "Colombia reported two deaths on the island of Providencia, where President Iván Duque "
      "said 98% of the infrastructure had been destroyed. Iota came ashore Monday night as a "
      "Category 4 storm with winds of 155 mph (250 kph), less than 25 miles (40 kilometers) "
      "south of where Eta made landfall.",
      [C("at least 38", 38, "at_least", "killed", "people across Central America"),
       C("16", 16, "exact", "killed", "people in Nicaragua", "Rosario Murillo",
         attr_alt=[MURILLO_LONG]),
       C("two", 2, "exact", "killed", "children swept away near Bilwi", "Rosario Murillo",
         attr_alt=[MURILLO_LONG], ctx="two children"),
       C("14", 14, "exact", "killed", "people in Honduras", COPECO),
       C("more than 63,000", 63000, "more_than", "displaced", "people in shelters in Honduras",
         COPECO),
       C("two", 2, "exact", "killed", "people on Providencia", "Colombia", ctx="two deaths"),
       C("98%", 98, "exact", "infrastructure", "share of Providencia's infrastructure destroyed",
         "President Iván Duque", optional=True, cat_alt=["other"])]),

    P("d20_006",
      "Published 8:42 PM EDT, September 19, 2022\n"
      "SAN JUAN, Puerto Rico (AP) — Hurricane Fiona left most of Puerto Rico without power or "
      "water on Monday, a day after it tore into the island's southwest with up to 30 inches "
      "(76 centimeters) of rain. Nearly 1.3 million customers were still in the dark late "
      "Monday, according to the power company LUMA Energy, and more than 760,000 had no running "
      "water, according to government figures. Officials said at least two people had died, "
      "including a 58-year-old man swept away by a swollen river in Comerío. Gov. Pedro "
      "Pierluisi said 1,038 people were staying in 72 shelters across the island. The National "
      "Guard said it had rescued more than 1,000 people from flooded homes, and FEMA said it had "
      "sent 300 staff to help with the response.",
      [C("Nearly 1.3 million", 1_300_000, "about", "other", "customers without power",
         "the power company LUMA Energy", cat_alt=["infrastructure"]),
       C("more than 760,000", 760000, "more_than", "other", "customers without running water",
         "government figures", cat_alt=["infrastructure"]),
       C("at least two", 2, "at_least", "killed", "people killed by Fiona", "Officials"),
       C("1,038", 1038, "exact", "displaced", "people in shelters", PIERLUISI),
       C("72", 72, "exact", "infrastructure", "shelters open", PIERLUISI,
         cat_alt=["other", "aid"]),
       C("more than 1,000", 1000, "more_than", "other", "people rescued from flooded homes",
         "The National Guard"),
       C("300", 300, "exact", "troops", "FEMA staff sent", "FEMA", cat_alt=["other"])],
      published="2022-09-19"),

    P("d20_007",
      "Hurricane John death toll reaches 22 in Guerrero and Oaxaca\n"
      "September 30, 2024\n"
      "At least 22 people have died after Hurricane John made landfall twice on Mexico's "
      "Pacific coast, Security Minister Rosa Icela Rodríguez said at the president's morning "
      "press conference on Monday. Of the dead, 17 were in Guerrero and five in Oaxaca. Civil "
      "Protection coordinator Laura Velázquez Alzúa said 6,500 soldiers, marines and National "
      "Guard members had been deployed under the DN-III-E disaster plan, and that 64 shelters "
      "were open in Acapulco, where more than 2,500 people were staying. Parts of Acapulco, "
      "still recovering from Hurricane Otis, which killed at least 52 people less than a year "
      "ago, received more than 1,000 millimeters of rain in four days. Rodríguez said 60,000 "
      "homes in Acapulco had been flooded and that a census of damaged households would begin "
      "on Wednesday.",
      [C("22", 22, "exact", "killed", "people (headline)", None, ctx="reaches 22"),
       C("At least 22", 22, "at_least", "killed", "people killed by John", ROSA_ICELA),
       C("17", 17, "exact", "killed", "dead in Guerrero", ROSA_ICELA, attr_alt=[None]),
       C("five", 5, "exact", "killed", "dead in Oaxaca", ROSA_ICELA, attr_alt=[None]),
       C("6,500", 6500, "exact", "troops", "soldiers, marines and National Guard deployed",
         VELAZQUEZ),
       C("64", 64, "exact", "infrastructure", "shelters open in Acapulco", VELAZQUEZ,
         cat_alt=["other", "aid"]),
       C("more than 2,500", 2500, "more_than", "displaced", "people in shelters in Acapulco",
         VELAZQUEZ),
       C("at least 52", 52, "at_least", "killed", "people killed by Otis"),
       C("60,000", 60000, "exact", "infrastructure", "homes flooded in Acapulco", "Rodríguez",
         attr_alt=[ROSA_ICELA])],
      published="2024-09-30"),

    # --- Earthquakes and tsunamis ---------------------------------------------------------------
    P("d20_008",
      "MEXICO CITY, Sept 21 (Reuters) - Mexico's death toll from Tuesday's magnitude 7.1 "
      "earthquake stood at 225 on Thursday, national civil protection chief Luis Felipe Puente "
      "said, revising down an earlier count of 248 after some victims were registered twice. "
      "Puente said 94 of the dead were in the capital, 71 in the state of Morelos and 43 in "
      "Puebla. At the Enrique Rébsamen school, where 19 children and six adults died, Navy "
      "Undersecretary Angel Enrique Sarmiento said rescuers had found no one alive since "
      "Wednesday morning and apologised for earlier reports of a trapped girl. Some 52 "
      "buildings collapsed in the capital, Mayor Miguel Angel Mancera said. The quake struck 32 years to the day after a 1985 earthquake "
      "that killed at least 5,000 people.",
      [C("225", 225, "exact", "killed", "people killed in the quake", PUENTE),
       C("248", 248, "exact", "killed", "earlier count of dead", PUENTE),
       C("94", 94, "exact", "killed", "dead in Mexico City", "Puente", attr_alt=[PUENTE]),
       C("71", 71, "exact", "killed", "dead in Morelos", "Puente", attr_alt=[PUENTE]),
       C("43", 43, "exact", "killed", "dead in Puebla", "Puente", attr_alt=[PUENTE]),
       C("19", 19, "exact", "killed", "children at the Rébsamen school", None,
         attr_alt=[SARMIENTO]),
       C("six", 6, "exact", "killed", "adults at the Rébsamen school", None,
         attr_alt=[SARMIENTO]),
       C("Some 52", 52, "about", "infrastructure", "buildings collapsed in the capital",
         MANCERA),
       C("at least 5,000", 5000, "at_least", "killed", "people killed in 1985")]),

    P("d20_009",
      "DURRES, Albania, Nov 28, 2019 (AFP) - Rescuers in Albania pulled two more bodies from "
      "the rubble of a collapsed hotel in Durres on Thursday, raising the death toll from "
      "Tuesday's earthquake to 49, the defence ministry said, as hopes faded of finding more "
      "survivors. More than 750 people were injured and 45 were rescued alive from the debris, "
      "most of them in the first 24 hours, according to the ministry. Prime Minister Edi Rama "
      "said about 4,000 people had been left homeless; many were sleeping in tents at a "
      "football stadium in Durres, while others were put up in hotels along the coast. Teams "
      "from Italy, Greece, Romania, Turkey and other countries have joined some 1,900 "
      "Albanian soldiers and police in the search. The 6.4-magnitude quake was the strongest "
      "to hit the country in decades.",
      [C("two", 2, "exact", "killed", "bodies pulled from a hotel", AL_MOD),
       C("49", 49, "exact", "killed", "people killed in the quake", AL_MOD),
       C("More than 750", 750, "more_than", "injured", "people injured", "the ministry",
         attr_alt=[AL_MOD]),
       C("45", 45, "exact", "other", "people rescued alive", "the ministry",
         attr_alt=[AL_MOD]),
       C("about 4,000", 4000, "about", "displaced", "people left homeless",
         "Prime Minister Edi Rama"),
       C("some 1,900", 1900, "about", "troops", "Albanian soldiers and police searching")],
      published="2019-11-28"),

    P("d20_010",
      "04/04/2024 10:15 PM\n"
      "Taipei, April 4 (CNA) The number of people injured in Wednesday's magnitude 7.2 "
      "earthquake off Hualien County rose to 1,067 on Thursday, while the death toll remained "
      "at nine, according to the Central Emergency Operation Center. The center said 639 "
      "people were still stranded, most of them in Taroko National Park, after rockfalls cut "
      "off roads and tunnels, and six people were listed as missing. A group of 50 hotel "
      "employees who had been out of contact since the quake were all found safe on Thursday "
      "afternoon, the Hualien County government said. Military helicopters dropped food and "
      "water to the stranded. The quake was the strongest to hit Taiwan since 1999, when a "
      "magnitude 7.6 earthquake killed about 2,400 people.",
      [C("1,067", 1067, "exact", "injured", "people injured", CEOC),
       C("nine", 9, "exact", "killed", "people killed", CEOC),
       C("639", 639, "exact", "other", "people stranded", "The center",
         cat_alt=["population"], attr_alt=[CEOC]),
       C("six", 6, "exact", "missing", "people missing", "The center", attr_alt=[CEOC]),
       C("50", 50, "exact", "other", "hotel employees found safe", "the Hualien County government",
         cat_alt=["missing"]),
       C("about 2,400", 2400, "about", "killed", "people killed in 1999")],
      published="2024-04-04"),

    P("d20_011",
      "CARITA, Indonesia, Dec 24 (Reuters) - The death toll from a tsunami that struck without "
      "warning on the coasts of Indonesia's Sunda Strait rose to 373 on Monday, up from 281 a "
      "day earlier, with 1,459 people injured and 128 missing, the national disaster mitigation "
      "agency said. Agency spokesman Sutopo Purwo Nugroho told a news conference that 5,665 "
      "people had been displaced and that 681 houses and 69 hotels and villas had "
      "been damaged. Among the dead were the bass player and road manager of the pop band "
      "Seventeen, who were swept off a stage set up on a beach for a company party. Scientists "
      "believe the waves were caused by an underwater landslide after an eruption of Anak "
      "Krakatau, which has been active since June.",
      [C("373", 373, "exact", "killed", "people killed by the tsunami", BNPB_W),
       C("281", 281, "exact", "killed", "earlier toll", BNPB_W),
       C("1,459", 1459, "exact", "injured", "people injured", BNPB_W),
       C("128", 128, "exact", "missing", "people missing", BNPB_W),
       C("5,665", 5665, "exact", "displaced", "people displaced", SUTOPO),
       C("681", 681, "exact", "infrastructure", "houses damaged", SUTOPO),
       C("69", 69, "exact", "infrastructure", "hotels and villas damaged", SUTOPO)]),

    P("d20_012",
      "PORT-AU-PRINCE, 19 July 2024 – At least 40 migrants died after the boat they were "
      "travelling on caught fire off the coast of northern Haiti on Wednesday, the International "
      "Organization for Migration (IOM) said today. The vessel had left Labadee for the Turks "
      "and Caicos Islands with more than 80 people on board. The Haitian coast guard rescued 41 "
      "survivors, who received medical and psychosocial assistance from IOM teams in "
      "Cap-Haïtien; 11 of them were taken to hospital with burns. \"Haiti's socio-economic "
      "situation has deteriorated dramatically,\" said Grégoire Goodstein, IOM's chief of "
      "mission in Haiti. So far this year, neighbouring countries have forcibly returned more "
      "than 86,000 migrants to Haiti, according to IOM figures.",
      [C("At least 40", 40, "at_least", "killed", "migrants killed in the boat fire", IOM_HT),
       C("more than 80", 80, "more_than", "other", "people on board", IOM_HT,
         attr_alt=[None]),
       C("41", 41, "exact", "other", "survivors rescued by the coast guard", IOM_HT,
         attr_alt=[None]),
       C("11", 11, "exact", "injured", "survivors taken to hospital with burns", IOM_HT,
         attr_alt=[None]),
       C("more than 86,000", 86000, "more_than", "displaced", "migrants forcibly returned",
         "IOM figures")],
      published="2024-07-19"),

    # --- Landslides and floods ------------------------------------------------------------------
    P("d20_013",
      "Irshalwadi landslide: Toll rises to 22, 87 still untraced\n"
      "TNN | Updated: Jul 22, 2023, 08:12 IST\n"
      "RAIGAD: Rescue teams recovered six more bodies from the debris at Irshalwadi on Friday, "
      "taking the toll in the landslide that buried the tribal hamlet on Wednesday night to 22, "
      "Raigad collector Yogesh Mhase said. Of the 228 residents recorded in the village, 119 "
      "have been traced and are safe while 87 remain untraced, he said. At least 17 houses "
      "were buried under the slide, which can only be reached by a steep climb of more than an "
      "hour. Chief minister Eknath Shinde, "
      "who visited the spot on Thursday, announced Rs 5 lakh for the kin of each victim.",
      [C("22", 22, "exact", "killed", "people (headline)", None, ctx="Toll rises to 22"),
       C("87", 87, "exact", "missing", "people untraced (headline)", None,
         ctx="87 still untraced"),
       C("six", 6, "exact", "killed", "bodies recovered", MHASE),
       C("22", 22, "exact", "killed", "people killed in the landslide", MHASE, ctx="night to 22"),
       C("228", 228, "exact", "population", "residents of the village", MHASE,
         attr_alt=["he"]),
       C("119", 119, "exact", "other", "residents traced safe", MHASE, attr_alt=["he"]),
       C("87", 87, "exact", "missing", "residents untraced", MHASE, attr_alt=["he"],
         ctx="87 remain"),
       C("At least 17", 17, "at_least", "infrastructure", "houses buried")],
      published="2023-07-22"),

    P("d20_014",
      "Maco landslide death toll now 54; 63 still missing\n"
      "Philippine Daily Inquirer / 05:40 AM February 12, 2024\n"
      "MACO, Davao de Oro, Philippines — Retrieval teams recovered 11 more bodies on Sunday from "
      "the landslide that buried a village in this gold-mining town, bringing the death toll to "
      "54, the municipal disaster office said. Sixty-three people remain missing, among them "
      "several miners who were waiting for a bus when the hillside collapsed on Tuesday night. "
      "The Maco Municipal Disaster Risk Reduction and Management Office said 32 people had been "
      "injured and 1,197 families, or 5,054 individuals, were staying in nine evacuation "
      "centers. A three-year-old girl was pulled out alive on Friday after being trapped for "
      "60 hours. The Department of Social Welfare and Development said it had distributed "
      "7,400 family food packs to the displaced.",
      [C("54", 54, "exact", "killed", "people (headline)", None, ctx="now 54"),
       C("63", 63, "exact", "missing", "people (headline)", None),
       C("11", 11, "exact", "killed", "bodies recovered", "the municipal disaster office"),
       C("54", 54, "exact", "killed", "people killed in the landslide",
         "the municipal disaster office", ctx="54, the"),
       C("Sixty-three", 63, "exact", "missing", "people missing", "the municipal disaster office",
         attr_alt=[None]),
       C("32", 32, "exact", "injured", "people injured", MACO_MDRRMO),
       C("1,197", 1197, "exact", "displaced", "families in evacuation centers", MACO_MDRRMO),
       C("5,054", 5054, "exact", "displaced", "individuals in evacuation centers", MACO_MDRRMO),
       C("nine", 9, "exact", "infrastructure", "evacuation centers", MACO_MDRRMO,
         cat_alt=["other", "aid"]),
       C("7,400", 7400, "exact", "aid", "family food packs distributed", DSWD_MACO)],
      published="2024-02-12"),

    P("d20_015",
      "MOCOA, Colombia, April 2, 2017 (AFP) - Rescuers dug through mud and boulders on Sunday "
      "in search of survivors after torrents of water and debris swept through the southern "
      "Colombian city of Mocoa, killing at least 254 people, according to the Red Cross. "
      "President Juan Manuel Santos, who declared a state of emergency, said 43 of the dead "
      "were children and that 202 people had been injured. The Colombian Red Cross said it was "
      "helping families search for some 200 people still unaccounted for. The army said 1,100 "
      "soldiers and police were taking part in the rescue. Three rivers burst their banks in "
      "the night after 130 millimeters of rain fell in a few hours, a third of the city's "
      "usual monthly total. Mocoa, the capital of Putumayo department, has about 40,000 "
      "inhabitants.",
      [C("at least 254", 254, "at_least", "killed", "people killed in Mocoa", "the Red Cross"),
       C("43", 43, "exact", "killed", "children among the dead", SANTOS),
       C("202", 202, "exact", "injured", "people injured", SANTOS),
       C("some 200", 200, "about", "missing", "people unaccounted for", COL_RC),
       C("1,100", 1100, "exact", "troops", "soldiers and police in the rescue", "The army"),
       C("Three", 3, "exact", "other", "rivers that burst their banks", optional=True),
       C("about 40,000", 40000, "about", "population", "inhabitants of Mocoa")],
      published="2017-04-02"),

    # --- An arms depot ---------------------------------------------------------------------------
    P("d20_016",
      "BRAZZAVILLE, March 5 (Reuters) - The death toll from a series of explosions at an arms "
      "depot in Congo Republic's capital rose to 206 on Monday, the government said, as "
      "rescuers searched the flattened neighbourhoods around the Mpila barracks for survivors. "
      "Health Minister Georges Moyen said more than 1,500 people had been wounded, some 500 of "
      "them seriously, and that the capital's hospitals were overwhelmed. The blasts, which the "
      "government blamed on an electrical short-circuit, sent shells and rockets flying across "
      "the city and could be heard in Kinshasa, across the river. A military source said army "
      "engineers had so far collected more than 300 unexploded shells from streets and homes "
      "near the depot. The U.N. refugee agency said as many as 14,000 people had lost their homes "
      "and were sheltering in churches and schools, and that at least 3,000 houses had been "
      "destroyed.",
      [C("206", 206, "exact", "killed", "people killed in the blasts", "the government"),
       C("more than 1,500", 1500, "more_than", "injured", "people wounded", MOYEN),
       C("some 500", 500, "about", "injured", "people seriously wounded", MOYEN),
       C("more than 300", 300, "more_than", "munitions", "unexploded shells collected",
         "A military source"),
       C("as many as 14,000", 14000, "at_most", "displaced", "people who lost their homes", UNHCR_CG),
       C("at least 3,000", 3000, "at_least", "infrastructure", "houses destroyed", UNHCR_CG)]),

    P("d20_017",
      "Melamchi flood: Five dead, 20 missing as search continues\n"
      "Published at : June 17, 2021\n"
      "Sindhupalchok — At least five people have been confirmed dead and 20 others are missing "
      "after the Melamchi River swelled and swept through Melamchi Bazaar on Tuesday night, "
      "according to the District Police Office, Sindhupalchok. Among the missing are three "
      "Chinese nationals working on the Melamchi Drinking Water Project and two Indian "
      "workers. Chief District Officer Baburam Khanal said 337 houses had been swept away or "
      "damaged and around 525 families had been displaced. Three suspension bridges and a "
      "stretch of the Melamchi-Helambu road were washed away. Water supply to the Kathmandu "
      "Valley from the project, completed in March after 23 years of work, is expected to be "
      "disrupted for months.",
      [C("Five", 5, "exact", "killed", "people (headline)", None),
       C("20", 20, "exact", "missing", "people (headline)", None, ctx="20 missing"),
       C("At least five", 5, "at_least", "killed", "people confirmed dead", MELAMCHI_POLICE),
       C("20", 20, "exact", "missing", "people missing", MELAMCHI_POLICE, ctx="20 others"),
       C("three", 3, "exact", "missing", "Chinese nationals missing", MELAMCHI_POLICE,
         attr_alt=[None]),
       C("two", 2, "exact", "missing", "Indian workers missing", MELAMCHI_POLICE,
         attr_alt=[None]),
       C("337", 337, "exact", "infrastructure", "houses swept away or damaged", KHANAL),
       C("around 525", 525, "about", "displaced", "families displaced", KHANAL),
       C("Three", 3, "exact", "infrastructure", "suspension bridges washed away", KHANAL,
         attr_alt=[None])],
      published="2021-06-17"),

    # --- Wildfires -------------------------------------------------------------------------------
    P("d20_018",
      "LISBON, June 18 (Reuters) - A forest fire in central Portugal killed at least 62 people, "
      "many of them trapped in their cars as flames swept across a road, and injured 54 more, "
      "officials said on Sunday, as more than 1,000 firefighters battled to contain the blaze. "
      "Secretary of State for Internal Administration Jorge Gomes said 30 of the victims died "
      "in their vehicles on the N236 road between Figueiró dos Vinhos and Castanheira de Pera, "
      "and 17 more were found in the woods beside it. Five firefighters were among the injured, "
      "four of them seriously. Prime Minister Antonio Costa declared three days of national "
      "mourning, and Spain sent two water-bombing planes. The fire broke out on Saturday "
      "afternoon during a dry thunderstorm, with temperatures above 40 degrees Celsius.",
      [C("at least 62", 62, "at_least", "killed", "people killed in the fire", "officials"),
       C("54", 54, "exact", "injured", "people injured", "officials"),
       C("more than 1,000", 1000, "more_than", "troops", "firefighters battling the blaze", None,
         cat_alt=["other"], attr_alt=["officials"]),
       C("30", 30, "exact", "killed", "victims who died in their vehicles", GOMES),
       C("17", 17, "exact", "killed", "victims found beside the road", GOMES),
       C("Five", 5, "exact", "injured", "firefighters injured", GOMES, attr_alt=[None]),
       C("four", 4, "exact", "injured", "firefighters seriously injured", GOMES,
         attr_alt=[None]),
       C("two", 2, "exact", "other", "water-bombing planes sent by Spain", optional=True,
         cat_alt=["munitions", "aid"])]),

    P("d20_019",
      "Algeria wildfires: Death toll rises to 65, including 28 soldiers\n"
      "Published On 11 Aug 2021\n"
      "The death toll from wildfires raging in northern Algeria has risen to 65, including 28 "
      "soldiers deployed to help residents, the country's prime minister has said, as "
      "firefighters struggled to bring dozens of blazes under control. Prime Minister Aymen "
      "Benabderrahmane said on state television on Wednesday that 12 other soldiers had been "
      "badly burned. Interior Minister Kamel Beldjoud said about 70 fires were burning across "
      "18 provinces, most of them in the mountainous Kabylie region east of the capital, "
      "Algiers. President Abdelmadjid Tebboune declared three days of national mourning. "
      "Temperatures in parts of the region have exceeded 46C this week.",
      [C("65", 65, "exact", "killed", "people (headline)", None, ctx="rises to 65"),
       C("28", 28, "exact", "killed", "soldiers (headline)", None, ctx="28 soldiers\n"),
       C("65", 65, "exact", "killed", "people killed in the wildfires", DZ_PM_SHORT,
         attr_alt=[DZ_PM], ctx="risen to 65"),
       C("28", 28, "exact", "killed", "soldiers killed", DZ_PM_SHORT, attr_alt=[DZ_PM],
         ctx="28 soldiers deployed"),
       C("dozens", 12, "vague", "other", "blazes burning", None, attr_alt=[DZ_PM_SHORT]),
       C("12", 12, "exact", "injured", "soldiers badly burned", DZ_PM),
       C("about 70", 70, "about", "other", "fires burning", BELDJOUD),
       C("18", 18, "exact", "other", "provinces with fires", BELDJOUD, optional=True)],
      published="2021-08-11"),

    P("d20_020",
      "ANTALYA (AA) - A wildfire that broke out in the Manavgat district of Türkiye's southern "
      "Antalya province six days ago was brought under control on Monday, Agriculture and "
      "Forestry Minister Bekir Pakdemirli announced. The blaze claimed the lives of eight "
      "people, including a volunteer firefighter, according to the Antalya Governor's Office. "
      "The Disaster and Emergency Management Presidency (AFAD) said more than 1,500 people had "
      "been evacuated and that 5,250 personnel had taken part in the firefighting. Across the country, 177 of the 185 fires "
      "that broke out since July 28 have been brought under control, the ministry said.",
      [C("eight", 8, "exact", "killed", "people killed in the Manavgat fire", ANTALYA_GOV),
       C("more than 1,500", 1500, "more_than", "displaced", "people evacuated", AFAD),
       C("5,250", 5250, "exact", "troops", "personnel fighting the fire", AFAD,
         cat_alt=["other"]),
       C("177", 177, "exact", "other", "fires brought under control", "the ministry",
         attr_alt=[PAKDEMIRLI]),
       C("185", 185, "exact", "other", "fires that broke out", "the ministry",
         attr_alt=[PAKDEMIRLI])]),

    # --- Heat and drought ------------------------------------------------------------------------
    P("d20_021",
      "Heatwave: 510 deaths attributed to heat in Spain in a week\n"
      "Madrid - JUL 18, 2022 - 13:40 CEST\n"
      "High temperatures were behind 510 deaths in Spain between July 10 and July 16, "
      "according to estimates by the Carlos III Health Institute, which monitors daily "
      "mortality. The figure, calculated by the institute's MoMo system from the gap between "
      "recorded and expected deaths, is more than three times that of the previous week, when "
      "150 deaths were attributed to heat. People over 85 accounted for 286 of the estimated "
      "deaths. In neighbouring Portugal, the Directorate-General of Health said 659 more people "
      "than usual had died during the week. Wildfires fuelled by the heat forced the "
      "evacuation of some 3,000 people in the Sierra de la Culebra and Las Hurdes, regional "
      "authorities said.",
      [C("510", 510, "exact", "killed", "heat deaths (headline)", None, ctx="510 deaths attributed"),
       C("510", 510, "exact", "killed", "heat deaths in Spain", CARLOS_III,
         ctx="behind 510"),
       C("150", 150, "exact", "killed", "heat deaths the previous week", CARLOS_III,
         attr_alt=[None]),
       C("286", 286, "exact", "killed", "heat deaths among people over 85", CARLOS_III,
         attr_alt=[None]),
       C("659", 659, "exact", "killed", "excess deaths in Portugal", PT_DGS),
       C("some 3,000", 3000, "about", "displaced", "people evacuated from wildfires",
         "regional authorities")],
      published="2022-07-18"),

    P("d20_022",
      "LUSAKA, 17 July 2024 – The United Nations World Food Programme (WFP) is scaling up "
      "emergency food assistance in Zambia, where the worst drought in more than 40 years has "
      "left 6.6 million people in need of humanitarian assistance, according to the Zambia "
      "Vulnerability Assessment Committee. The El Niño-induced drought has destroyed nearly "
      "1 million hectares of maize. WFP plans to reach 1 million people in the worst-affected districts with "
      "food and cash transfers by March 2025. \"Families have already eaten their seed stock,\" "
      "said WFP Country Director Cissy Byenkya. \"We have reached 400,000 people so far, but "
      "without new funding we will have to cut rations in October.\" Across southern Africa, "
      "the drought has affected some 27 million people, according to the Southern African "
      "Development Community (SADC). WFP urgently requires US$135 million to sustain the "
      "response until the next harvest.",
      [C("6.6 million", 6_600_000, "exact", "other", "people in need of assistance", ZVAC,
         cat_alt=["population"]),
       C("nearly 1 million", 1_000_000, "about", "other", "hectares of maize destroyed",
         optional=True),
       C("1 million", 1_000_000, "exact", "other", "people WFP plans to reach", None,
         cat_alt=["aid"], attr_alt=["WFP"], ctx="reach 1 million"),
       C("400,000", 400000, "exact", "other", "people reached so far", BYENKYA,
         cat_alt=["aid"]),
       C("some 27 million", 27_000_000, "about", "other", "people affected in southern Africa",
         SADC, cat_alt=["population"])],
      published="2024-07-17"),

    P("d20_023",
      "Drought: 4.35 million Kenyans face hunger, says NDMA\n"
      "By NATION REPORTER\n"
      "At least 4.35 million Kenyans in 23 arid and semi-arid counties are in need of food aid "
      "as the drought enters its fifth failed rainy season, the National Drought Management "
      "Authority (NDMA) has said. In its September bulletin, the authority said 942,000 "
      "children aged six to 59 months and 134,000 pregnant or breastfeeding women were acutely "
      "malnourished and needed treatment. More than 1.5 million livestock have died since last "
      "year, according to the Ministry of Agriculture, wiping out the main source of income "
      "for pastoralist families in Marsabit, Turkana and Wajir. Speaking in Lodwar yesterday, "
      "Turkana Governor Jeremiah Lomorukai said 41 schools in the county had closed because "
      "there was no water or food for learners. The government says it has so far distributed "
      "relief food worth Sh2.4 billion.",
      [C("4.35 million", 4_350_000, "exact", "other", "Kenyans facing hunger (headline)", "NDMA",
         cat_alt=["population"], attr_alt=[NDMA_KE], ctx="4.35 million Kenyans face"),
       C("At least 4.35 million", 4_350_000, "at_least", "other", "Kenyans in need of food aid",
         NDMA_KE, cat_alt=["population"]),
       C("23", 23, "exact", "other", "counties affected", NDMA_KE, optional=True),
       C("942,000", 942000, "exact", "other", "children acutely malnourished", "the authority",
         cat_alt=["injured"], attr_alt=[NDMA_KE]),
       C("134,000", 134000, "exact", "other", "women acutely malnourished", "the authority",
         cat_alt=["injured"], attr_alt=[NDMA_KE]),
       C("More than 1.5 million", 1_500_000, "more_than", "other", "livestock dead",
         "the Ministry of Agriculture"),
       C("41", 41, "exact", "infrastructure", "schools closed in Turkana", LOMORUKAI)]),

    # --- Epidemics -------------------------------------------------------------------------------
    P("d20_024",
      "News release\n"
      "Beirut, 20 October 2022 – Lebanon's first cholera outbreak since 1993 is spreading "
      "quickly, the World Health Organization warned today. As of 19 October, the Ministry of Public Health had recorded "
      "448 suspected cases, 220 of them laboratory-confirmed, and 18 deaths. Most of the cases "
      "are among Syrian refugees living in informal settlements in Akkar and the Bekaa, where "
      "access to clean water is limited. \"The outbreak is a sign of how fragile water and "
      "sanitation systems have become,\" said Dr Abdinasir Abubakar, WHO Representative in "
      "Lebanon. WHO has delivered 13 tonnes of medical supplies to hospitals treating "
      "patients, and the first 13,000 doses of oral cholera vaccine are due to arrive next "
      "week.",
      [C("448", 448, "exact", "other", "suspected cholera cases", LB_MOPH),
       C("220", 220, "exact", "other", "laboratory-confirmed cases", LB_MOPH),
       C("18", 18, "exact", "killed", "cholera deaths", LB_MOPH),
       C("13", 13, "exact", "aid", "tonnes of medical supplies delivered", None,
         attr_alt=["WHO"]),
       C("13,000", 13000, "exact", "aid", "doses of oral cholera vaccine due", None,
         attr_alt=["WHO"])],
      published="2022-10-20"),

    P("d20_025",
      "Bujumbura – Children account for nearly 60% of the more than 570 confirmed mpox cases "
      "recorded in Burundi since the outbreak was declared in late July, UNICEF said today, "
      "warning that the reopening of schools next month could speed up transmission. No deaths "
      "have been reported, and most cases are in Bujumbura. Some 170 patients, most of them "
      "children, are being treated in three isolation centres in the city. UNICEF has "
      "dispatched 4,500 hygiene kits and 25 tonnes of soap and chlorine to schools and health "
      "facilities, the agency said, and has trained 300 community health workers to trace "
      "contacts.",
      [C("nearly 60%", 60, "about", "other", "share of cases among children", "UNICEF",
         optional=True),
       C("more than 570", 570, "more_than", "other", "confirmed mpox cases", "UNICEF"),
       C("Some 170", 170, "about", "other", "mpox patients being treated", "UNICEF",
         cat_alt=["injured"], attr_alt=[None]),
       C("three", 3, "exact", "infrastructure", "isolation centres", "UNICEF",
         cat_alt=["other"], attr_alt=[None]),
       C("4,500", 4500, "exact", "aid", "hygiene kits dispatched", "the agency",
         attr_alt=["UNICEF"]),
       C("25", 25, "exact", "aid", "tonnes of soap and chlorine", "the agency",
         attr_alt=["UNICEF"]),
       C("300", 300, "exact", "other", "community health workers trained", "the agency",
         cat_alt=["troops"], attr_alt=["UNICEF"])]),

    P("d20_026",
      "Cholera outbreak: 15 dead, 350 suspected cases in Lagos\n"
      "On 6:45 pm / June 18, 2024 / In News\n"
      "The Lagos State Government has confirmed 15 deaths and 350 suspected cases of cholera, blaming the "
      "outbreak on contaminated drinking water. Commissioner for Health, Prof. Akin Abayomi, "
      "said 17 of the cases had been confirmed by laboratory tests and that patients were being "
      "treated free of charge in public hospitals. Eti-Osa, Lagos Island, Ikorodu and Kosofe "
      "were the worst affected, he said. Meanwhile, the Nigeria Centre for Disease Control and "
      "Prevention (NCDC) said 1,141 suspected cases and 65 deaths had been recorded nationwide "
      "between January 1 and June 11. The NCDC urged Nigerians to boil water before drinking "
      "it.",
      [C("15", 15, "exact", "killed", "cholera deaths (headline)", None, ctx="15 dead"),
       C("350", 350, "exact", "other", "suspected cases (headline)", None,
         ctx="350 suspected cases in"),
       C("15", 15, "exact", "killed", "cholera deaths in Lagos", LAGOS_GOV, ctx="15 deaths"),
       C("350", 350, "exact", "other", "suspected cholera cases in Lagos", LAGOS_GOV,
         ctx="350 suspected cases of"),
       C("17", 17, "exact", "other", "laboratory-confirmed cases", ABAYOMI),
       C("1,141", 1141, "exact", "other", "suspected cases nationwide", NCDC),
       C("65", 65, "exact", "killed", "cholera deaths nationwide", NCDC)],
      published="2024-06-18"),

    # --- Collapses and dam failures --------------------------------------------------------------
    P("d20_027",
      "Thane, Sep 22 (PTI) The death toll in the collapse of a three-storey residential "
      "building in Bhiwandi town of Maharashtra's Thane district rose to 25 on Tuesday, "
      "officials said. NDRF personnel pulled out 20 people alive from the debris of the "
      "43-year-old Jilani Building, which had 40 flats and around 150 residents, a civic "
      "official said. \"Of the dead, 11 are children,\" the official said, adding that the "
      "search for five to seven more people was under way. Police have arrested three people, "
      "including the building's owner, and two civic engineers have been suspended for failing "
      "to act on a notice declaring the structure dangerous in 2017.",
      [C("25", 25, "exact", "killed", "people killed in the collapse", "officials"),
       C("20", 20, "exact", "other", "people pulled out alive", "a civic official"),
       C("40", 40, "exact", "other", "flats in the building", None, optional=True,
         cat_alt=["infrastructure"], attr_alt=["a civic official"]),
       C("around 150", 150, "about", "population", "residents of the building", None,
         cat_alt=["other"], attr_alt=["a civic official"]),
       C("11", 11, "exact", "killed", "children among the dead", "the official",
         attr_alt=["a civic official"]),
       C("five to seven", 5, "range", "missing", "people still being searched for",
         "the official", high=7, attr_alt=["a civic official"]),
       C("three", 3, "exact", "detained", "people arrested", None, attr_alt=["Police"],
         ctx="three people"),
       C("two", 2, "exact", "other", "civic engineers suspended")]),

    P("d20_028",
      "Laos dam collapse: hundreds missing\n"
      "PUBLISHED : 25 Jul 2018 at 10:42\n"
      "VIENTIANE - Hundreds of people are missing and 6,600 have been left homeless after a "
      "hydropower dam under construction collapsed in southeastern Laos on Monday night, "
      "sending a wall of water into villages downstream, the official Lao News "
      "Agency reported. At least 19 bodies have been found, Attapeu provincial officials said "
      "on Wednesday, though the figure could not be independently confirmed. The Thai government said it "
      "had sent a team of 34 rescue workers and 20 tonnes of relief supplies. Ratchaburi "
      "Electricity Generating Holding, which holds a 25% stake in the Xe-Pian Xe-Namnoy "
      "project, said the saddle dam had cracked after days of heavy rain.",
      [C("hundreds", 100, "vague", "missing", "people (headline)", None),
       C("Hundreds", 100, "vague", "missing", "people missing", LAO_NEWS),
       C("6,600", 6600, "exact", "displaced", "people left homeless", LAO_NEWS),
       C("At least 19", 19, "at_least", "killed", "bodies found", "Attapeu provincial officials"),
       C("34", 34, "exact", "troops", "Thai rescue workers sent", "The Thai government",
         cat_alt=["other"]),
       C("20", 20, "exact", "aid", "tonnes of relief supplies", "The Thai government")],
      published="2018-07-25"),

    P("d20_029",
      "Solai dam owner, eight managers arrested over 47 deaths\n"
      "Updated Monday, May 14th 2018 at 14:02 GMT +3\n"
      "NAKURU, KENYA: The owner of the Solai dam that burst last week, killing 47 people, was "
      "arrested yesterday along with eight of his managers and will be charged with "
      "manslaughter, the Director of Public Prosecutions said. DPP Noordin Haji said "
      "investigators had found that the dam, on the Patel Coffee Estate, had been "
      "built without approval from the water authority. The Kenya Red Cross said as many as 40 people "
      "were still unaccounted for and that about 500 families were sheltering at a primary school "
      "and a church near the farm. The toll had stood at 44 on Friday before rescuers found "
      "three more bodies in the mud near Energy village.",
      [C("eight", 8, "exact", "detained", "managers arrested (headline)", None,
         ctx="eight managers"),
       C("47", 47, "exact", "killed", "deaths (headline)", None, ctx="47 deaths"),
       C("47", 47, "exact", "killed", "people killed by the dam burst", None,
         attr_alt=[DPP_KE], ctx="47 people"),
       C("eight", 8, "exact", "detained", "managers arrested", DPP_KE,
         ctx="eight of his"),
       C("as many as 40", 40, "at_most", "missing", "people unaccounted for", KE_RC),
       C("about 500", 500, "about", "displaced", "families sheltering", KE_RC),
       C("44", 44, "exact", "killed", "toll on Friday"),
       C("three", 3, "exact", "killed", "bodies found later")],
      published="2018-05-14"),

    P("d20_030",
      "SUDAN: Arbaat Dam Collapse – Flash Update No. 01 (26 August 2024)\n"
      "KEY HIGHLIGHTS\n"
      "• The Arbaat Dam, about 40 km north of Port Sudan in Red Sea State, collapsed on 25 "
      "August after torrential rains.\n"
      "• According to local authorities, at least 30 people have died and between 150 and 200 "
      "people are missing.\n"
      "• An estimated 50,000 people living west of the dam have been affected; about 20 "
      "villages were destroyed and another 50 partially damaged.\n"
      "SITUATION OVERVIEW\n"
      "The dam is the main source of drinking water for Port Sudan, which hosts more than "
      "250,000 people displaced by the conflict. The Sudanese Red Crescent Society has deployed "
      "40 volunteers to support search and rescue, and humanitarian partners are trucking "
      "water to the affected villages.",
      [C("at least 30", 30, "at_least", "killed", "people killed", "local authorities"),
       C("between 150 and 200", 150, "range", "missing", "people missing", "local authorities",
         high=200),
       C("An estimated 50,000", 50000, "about", "other", "people affected",
         cat_alt=["population"]),
       C("about 20", 20, "about", "infrastructure", "villages destroyed", cat_alt=["other"]),
       C("50", 50, "exact", "infrastructure", "villages partially damaged", cat_alt=["other"],
         ctx="another 50"),
       C("more than 250,000", 250000, "more_than", "displaced",
         "people displaced by the conflict in Port Sudan"),
       C("40", 40, "exact", "troops", "Red Crescent volunteers deployed", None,
         cat_alt=["other"], attr_alt=["The Sudanese Red Crescent Society"], ctx="40 volunteers")],
      published="2024-08-26"),

    P("d20_031",
      "Accra, Oct. 20, GNA - The National Disaster Management Organisation (NADMO) says more "
      "than 26,000 people have been displaced in eight districts downstream of the Akosombo and "
      "Kpong dams since the Volta River Authority began spilling excess water on September 15. "
      "Mr Eric Nana Agyemang-Prempeh, the Director-General of NADMO, told the Ghana News Agency "
      "that his outfit was registering victims at 31 safe havens in the Volta, Eastern and "
      "Greater Accra regions. \"So far we have registered 26,165 people, and the numbers are "
      "still rising,\" he said, adding that fewer than 5,000 of them were in the "
      "safe havens while the rest were staying with relatives. He said relief items including 1,500 mattresses and 2,000 bags "
      "of rice had been sent to the affected communities, and that no lives had been lost. The "
      "VRA says the level of the Volta Lake reached 84.73 metres, above its maximum operating "
      "level.",
      [C("more than 26,000", 26000, "more_than", "displaced", "people displaced", NADMO),
       C("eight", 8, "exact", "other", "districts affected", NADMO, optional=True),
       C("31", 31, "exact", "infrastructure", "safe havens", AGYEMANG,
         cat_alt=["other", "aid"]),
       C("26,165", 26165, "exact", "displaced", "people registered", AGYEMANG,
         attr_alt=["he"]),
       C("fewer than 5,000", 5000, "fewer_than", "displaced", "people in the safe havens",
         AGYEMANG, attr_alt=["he"]),
       C("1,500", 1500, "exact", "aid", "mattresses sent", AGYEMANG, attr_alt=["He"]),
       C("2,000", 2000, "exact", "aid", "bags of rice sent", AGYEMANG, attr_alt=["He"])]),

    # --- Boats, trains and buses ----------------------------------------------------------------
    P("d20_032",
      "Panchagarh boat capsize: death toll rises to 69\n"
      "Star Online Report\n"
      "Tue Sep 27, 2022 09:12 PM\n"
      "The death toll from the boat capsize in the Karatoya river in Panchagarh's Boda upazila "
      "rose to 69 today as divers recovered three more bodies downstream. Panchagarh Deputy "
      "Commissioner Md Zahurul Islam confirmed the figures. According to the district "
      "administration, 10 people are still missing. The overloaded engine boat, carrying around "
      "150 devotees to the Bodeshwari temple for Mahalaya, capsized on Sunday afternoon. Of the "
      "dead, 30 are women and 19 are children. The administration has given Tk 20,000 to each "
      "victim's family for burial.",
      [C("69", 69, "exact", "killed", "people (headline)", None, ctx="rises to 69"),
       C("69", 69, "exact", "killed", "people killed in the capsize", ZAHURUL,
         attr_alt=[None], ctx="to 69 today"),
       C("three", 3, "exact", "killed", "bodies recovered", ZAHURUL, attr_alt=[None]),
       C("10", 10, "exact", "missing", "people missing", "the district administration"),
       C("around 150", 150, "about", "other", "devotees on board"),
       C("30", 30, "exact", "killed", "women among the dead", ZAHURUL, attr_alt=[None]),
       C("19", 19, "exact", "killed", "children among the dead", ZAHURUL, attr_alt=[None])],
      published="2022-09-27"),

    P("d20_033",
      "Ghotki train collision: toll rises to 63\n"
      "Dawn Report\n"
      "Published June 8, 2021\n"
      "SUKKUR: The death toll from Monday's collision between two passenger trains near "
      "Daharki in Ghotki district rose to 63 on Tuesday after rescuers cut through the last "
      "mangled carriage, officials said. Ghotki Deputy Commissioner Usman Abdullah said more "
      "than 100 injured passengers were being treated in hospitals in Ghotki, Sukkur and Rahim "
      "Yar Khan, some of them in critical condition. The Sir Syed Express, heading from "
      "Rawalpindi to Karachi, ploughed into the derailed coaches of the Millat Express minutes "
      "after they had come off the track. Railways Minister Azam Swati said the two trains had "
      "been carrying more than 1,200 passengers, and that the 1880s-era track had been "
      "declared dangerous.",
      [C("63", 63, "exact", "killed", "people (headline)", None, ctx="toll rises to 63"),
       C("two", 2, "exact", "other", "trains in the collision", optional=True,
         ctx="two passenger"),
       C("63", 63, "exact", "killed", "people killed in the collision", "officials",
         ctx="rose to 63"),
       C("more than 100", 100, "more_than", "injured", "injured passengers in hospital",
         "Ghotki Deputy Commissioner Usman Abdullah"),
       C("two", 2, "exact", "other", "trains", "Railways Minister Azam Swati", optional=True,
         ctx="two trains"),
       C("more than 1,200", 1200, "more_than", "other", "passengers on the two trains",
         "Railways Minister Azam Swati")],
      published="2021-06-08"),

    P("d20_034",
      "Mysuru-Darbhanga Express rams goods train near Chennai; 19 injured\n"
      "Updated - October 12, 2024 10:15 am IST\n"
      "CHENNAI\n"
      "Nineteen passengers were injured when the Mysuru-Darbhanga Bagmati Express (train No. "
      "12578) rammed into a stationary goods train at Kavaraipettai railway station, about 46 km "
      "from Chennai, on Friday night. No deaths were reported, Southern Railway said. Twelve "
      "coaches of the express derailed and a parcel van caught fire. Four of the injured were "
      "admitted to the Government Stanley Hospital with serious injuries, officials said. The "
      "train, with about 1,360 passengers on board, had been given a green signal for the main "
      "line but entered the loop line. The stranded passengers left for Darbhanga on a special "
      "train at 4.45 a.m. on Saturday.",
      [C("19", 19, "exact", "injured", "passengers (headline)", None),
       C("Nineteen", 19, "exact", "injured", "passengers injured", None,
         attr_alt=["Southern Railway"]),
       C("Twelve", 12, "exact", "other", "coaches derailed", optional=True),
       C("Four", 4, "exact", "injured", "seriously injured passengers", "officials"),
       C("about 1,360", 1360, "about", "other", "passengers on board")],
      published="2024-10-12"),

    P("d20_035",
      "TEHRAN, June 8 (IRNA) – At least 21 people were killed and 86 injured when a passenger "
      "train derailed after hitting an excavator near the eastern city of Tabas early on "
      "Wednesday, the head of the Iranian Red Crescent Society said. Pir-Hossein Kolivand said "
      "15 of the injured were in critical condition and were being flown to hospitals in "
      "Yazd and Mashhad. The Islamic Republic of Iran Railways said 348 passengers had been on "
      "board. Nine rescue teams were working at the site, officials said.",
      [C("At least 21", 21, "at_least", "killed", "people killed in the derailment", IRCS),
       C("86", 86, "exact", "injured", "people injured", IRCS),
       C("15", 15, "exact", "injured", "injured in critical condition", "Pir-Hossein Kolivand"),
       C("348", 348, "exact", "other", "passengers on board", RAI),
       C("Nine", 9, "exact", "other", "rescue teams at the site", "officials", optional=True,
         cat_alt=["troops"])]),

    P("d20_036",
      "DAKAR, Jan 8, 2023 (AFP) - At least 40 people were killed and 87 injured when two buses "
      "collided head-on in central Senegal early Sunday, President Macky Sall said, declaring "
      "three days of national mourning. The crash happened at around 3:30 am (0330 GMT) on the "
      "national highway near Gniby in the Kaffrine region, after one of the buses burst a tyre "
      "and veered into the oncoming lane, prosecutor Cheikh Dieng told reporters. Most of the "
      "passengers were traders travelling to a weekly market. Road accidents killed 745 people "
      "in Senegal in 2022, according to the national road safety agency.",
      [C("At least 40", 40, "at_least", "killed", "people killed in the crash",
         "President Macky Sall"),
       C("87", 87, "exact", "injured", "people injured", "President Macky Sall"),
       C("two", 2, "exact", "other", "buses in the collision", "President Macky Sall",
         optional=True),
       C("745", 745, "exact", "killed", "road deaths in 2022", "the national road safety agency")],
      published="2023-01-08"),

    P("d20_037",
      "VENICE, October 4 - Twenty-one people died and 15 were injured when a bus carrying "
      "tourists back to a campsite plunged off an overpass in Mestre on Tuesday evening, Venice "
      "prefect Michele Di Bari said on Wednesday. Among the dead were nine Ukrainians, four "
      "Romanians, three Germans and two Portuguese, as well as the Italian driver, according to "
      "the prefecture. Five of the injured were in serious condition. The electric bus, "
      "carrying 39 people, broke through a guardrail and fell about 10 metres onto a railway "
      "service road, where it caught fire. Mayor Luigi Brugnaro proclaimed citywide mourning.",
      [C("Twenty-one", 21, "exact", "killed", "people killed in the bus crash", DI_BARI),
       C("15", 15, "exact", "injured", "people injured", DI_BARI),
       C("nine", 9, "exact", "killed", "Ukrainians among the dead", "the prefecture"),
       C("four", 4, "exact", "killed", "Romanians among the dead", "the prefecture"),
       C("three", 3, "exact", "killed", "Germans among the dead", "the prefecture"),
       C("two", 2, "exact", "killed", "Portuguese among the dead", "the prefecture"),
       C("Five", 5, "exact", "injured", "injured in serious condition", "the prefecture",
         attr_alt=[None]),
       C("39", 39, "exact", "other", "people on the bus")]),

    P("d20_038",
      "MEXICO CITY (AP) — Mexican authorities said Wednesday they had rescued all 31 migrants "
      "who were abducted from a bus in the northern border state of Tamaulipas over the "
      "weekend. The migrants, from Venezuela, Honduras, Guatemala, Colombia and Ecuador, had "
      "been taken by gunmen who stopped the bus near the city of Reynosa on Saturday. Among "
      "them were four minors, Tamaulipas state security spokesman Jorge Cuéllar said, adding "
      "that no arrests had been made. The bus company said 37 passengers had been on board "
      "when it was stopped. Mexico's National Migration Institute said it had offered the "
      "freed migrants humanitarian visas.",
      [C("31", 31, "exact", "hostages", "migrants abducted and rescued", "Mexican authorities"),
       C("four", 4, "exact", "hostages", "minors among the abducted migrants", CUELLAR),
       C("37", 37, "exact", "other", "passengers on the bus", "The bus company")]),

    P("d20_039",
      "Uttarkashi cloudburst LIVE: Army, NDRF search for missing in Dharali\n"
      "10:05 IST\n"
      "At least four people have died and more than 50 are feared missing after a flash flood "
      "swept through Dharali village on the Gangotri route on Tuesday afternoon, Uttarakhand "
      "officials say.\n"
      "11:20 IST\n"
      "The Army says 11 soldiers are missing after its camp at Harsil, about 4 km downstream, "
      "was hit. \"Despite losing our own men, our teams were at the spot within 10 minutes,\" a "
      "spokesperson says.\n"
      "13:40 IST\n"
      "Chief Minister Pushkar Singh Dhami says over 130 people have been rescued and shifted to "
      "safer places. ITBP and SDRF teams, with 225 personnel, are on the ground.\n"
      "15:55 IST\n"
      "The IMD has issued a red alert for Uttarakhand till Thursday, with up to 210 mm of rain "
      "forecast in 24 hours.\n"
      "17:10 IST\n"
      "The Uttarakhand State Disaster Management Authority now puts the number of missing at "
      "68, including 29 labourers from Nepal and Bihar who were working on hotel sites.",
      [C("At least four", 4, "at_least", "killed", "people killed in Dharali",
         "Uttarakhand officials"),
       C("more than 50", 50, "more_than", "missing", "people feared missing",
         "Uttarakhand officials"),
       C("11", 11, "exact", "missing", "soldiers missing", "The Army", ctx="11 soldiers"),
       C("over 130", 130, "more_than", "other", "people rescued", DHAMI),
       C("225", 225, "exact", "troops", "ITBP and SDRF personnel", DHAMI, attr_alt=[None]),
       C("68", 68, "exact", "missing", "people missing", USDMA),
       C("29", 29, "exact", "missing", "labourers missing", USDMA)]),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d20_040",
      "Cyclone Tauktae to intensify into 'very severe cyclonic storm', says IMD\n"
      "The India Meteorological Department (IMD) said on Saturday that the depression over the "
      "Lakshadweep area had intensified into Cyclonic Storm Tauktae, the first cyclone of the "
      "season, and would move north-northwestwards towards the Gujarat coast. At 5.30 am it was "
      "centred about 290 km south-southwest of Goa, and it is likely to cross the coast between "
      "Porbandar and Mahuva around May 18 with wind speeds of 150-160 kmph gusting to 175 kmph. "
      "Fishermen have been advised not to venture into the sea for the next three days, and "
      "ports along the west coast have hoisted Distant Warning Signal No. 2. Rainfall of more "
      "than 20 cm is likely at isolated places in Kerala and coastal Karnataka over the next 24 "
      "hours, the IMD said.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d20_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "holdout",
                                                   "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
