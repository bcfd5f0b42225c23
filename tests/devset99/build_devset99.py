"""Source of the ninety-ninth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on natural disasters and epidemics worldwide, 1985–2025: floods,
cyclones, typhoons and hurricanes, earthquakes, landslides, volcanic eruptions, wildfires,
heatwaves, a cold wave, drought and famine, Ebola, Marburg, cholera and Rift Valley fever. They
were written for this set (none copied from an article) in the style of wire copy (AP, Reuters,
AFP, Xinhua, Kyodo, Bernama, IANS, PTI, EFE, PNA, Kazinform), national dailies and broadcasters
with their own date furniture, and disaster-agency bulletins and WHO statements quoted in news.
Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not
facts. One passage holds only non-claims.

Run ``python tests/devset99/build_devset99.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset99")

PAWAR = "Chief Minister Sharad Pawar"
LATUR_HEALTH = "the state health department"
CHAVEZ = "Venezuela's President Hugo Chavez"
VE_CD = "Civil defence officials"
SALAZAR = "Defence Minister Raul Salazar"
SAR_PADANG = "the local search and rescue agency"
MALIK = "Abdul Malik"
RS_CD = "the state civil defense agency"
MUCIO = "Defense Minister José Múcio"
SML = "the Legal Medical Service"
RIPAMONTI = "Viña del Mar mayor Macarena Ripamonti"
SC_DEM = "the provincial department of emergency management"
SUKHU = "Himachal Pradesh Chief Minister Sukhvinder Singh Sukhu"
KARZAI = "interim leader Hamid Karzai"
IOM = "the International Organization for Migration"
NDCC = "the National Disaster Coordinating Council (NDCC)"
DSWD = "the Department of Social Welfare and Development (DSWD)"
FROC = "The Flood Relief Operations Centre"
ROUSSOPOULOS = "government spokesman Theodoros Roussopoulos"
ORTEGA = "the governor of Cauca, Temístocles Ortega"
IRNA = "the official Islamic Republic News Agency (IRNA)"
KHORASAN = "the governor of Khorasan province"
IRCS = "The Iranian Red Crescent"
KG_MES = "the emergencies ministry"
KALMURZAYEV = "ministry spokesman Kubanychbek Kalmurzayev"
OCD_CAR = "The Office of Civil Defense in the Cordillera"
FONGWAN = "Benguet Governor Nestor Fongwan"
UG_MOH = "The Ministry of Health"
ONDOA = "Health Minister Dr Christine Ondoa"
PDMA_SINDH = "The Sindh Provincial Disaster Management Authority"
KIHIKA = "Nakuru Governor Susan Kihika"
KINDIKI = "Interior Cabinet Secretary Kithure Kindiki"
MWAURA = "government spokesman Isaac Mwaura"
KZ_MES = "the Ministry of Emergency Situations"

PASSAGES = [
    # --- Earthquakes ---------------------------------------------------------------------------
    P("d99_001",
      "Latur, Oct 2 (PTI) The death toll in Thursday's pre-dawn earthquake in Latur and "
      "Osmanabad districts of Maharashtra has crossed 9,000, Chief Minister Sharad Pawar told "
      "reporters here today, adding that the final figure might never be known. In Killari "
      "village alone, where barely a house is left standing, over 1,200 bodies have been "
      "cremated or buried, district officials said. About 16,000 people have been injured and "
      "nearly 10,000 of them admitted to hospitals in Latur, Solapur and Osmanabad, the state "
      "health department said. The Army has moved nine columns, around 3,500 jawans, to clear "
      "debris in 52 affected villages. The quake, measuring 6.4 on the Richter scale, struck "
      "at 3.56 a.m. when most villagers were asleep.",
      [C("9,000", 9000, "more_than", "killed", "people in Latur and Osmanabad", PAWAR),
       C("over 1,200", 1200, "more_than", "killed", "bodies cremated or buried in Killari",
         "district officials"),
       C("About 16,000", 16000, "about", "injured", "people", LATUR_HEALTH),
       C("nearly 10,000", 10000, "about", "injured", "injured admitted to hospitals",
         LATUR_HEALTH, cat_alt=["other"]),
       C("nine", 9, "exact", "troops", "Army columns", None, attr_alt=["The Army"],
         optional=True),
       C("around 3,500", 3500, "about", "troops", "jawans", None, attr_alt=["The Army"]),
       C("52", 52, "exact", "other", "affected villages", None, optional=True,
         cat_alt=["infrastructure"])]),

    P("d99_002",
      "CARACAS, Dec 21, 1999 (Reuters) - Venezuela's President Hugo Chavez said on Tuesday "
      "that the death toll from last week's floods and mudslides along the Caribbean coast "
      "could reach 30,000, though officials admitted they had no reliable count. Civil defence "
      "officials have so far recovered some 1,500 bodies in Vargas state, where torrents of mud "
      "and boulders swept away entire neighbourhoods clinging to the slopes of the Avila "
      "mountain. More than 150,000 people have been left homeless and 23,000 homes destroyed, "
      "the civil defence said. Navy ships and helicopters have evacuated about 70,000 people "
      "from the coastal strip, Defence Minister Raul Salazar said. The United States has sent "
      "10 helicopters and 200 troops to help with the rescue effort, the U.S. embassy said.",
      [C("30,000", 30000, "exact", "killed", "people (projection)", CHAVEZ),
       C("some 1,500", 1500, "about", "killed", "bodies recovered in Vargas", None,
         attr_alt=[VE_CD]),
       C("More than 150,000", 150000, "more_than", "displaced", "people left homeless",
         "the civil defence", attr_alt=[VE_CD]),
       C("23,000", 23000, "exact", "infrastructure", "homes destroyed", "the civil defence",
         attr_alt=[VE_CD]),
       C("about 70,000", 70000, "about", "displaced", "people evacuated", SALAZAR),
       C("10", 10, "exact", "other", "US helicopters", "the U.S. embassy", optional=True,
         cat_alt=["troops", "munitions"]),
       C("200", 200, "exact", "troops", "US troops", "the U.S. embassy")],
      published="1999-12-21"),

    P("d99_003",
      "Jakarta / Tue, December 5, 2023 / 09:40 am\n"
      "Search teams on Monday recovered the bodies of 11 climbers killed when Mount Marapi in "
      "West Sumatra erupted on Sunday afternoon, spewing an ash column 3 kilometers into the "
      "sky, the local search and rescue agency said. Twelve others were still missing, said "
      "Abdul Malik, the head of the Padang Search and Rescue Office, adding that 49 of the 75 "
      "climbers registered on the mountain had been brought down, several of them with burns. "
      "\"The rescue is very risky because the volcano is still erupting,\" he said. The "
      "Volcanology and Geological Hazard Mitigation Center has kept Marapi at the second-highest "
      "of four alert levels since 2011 and bars climbers from a 3-km radius of the crater.",
      [C("11", 11, "exact", "killed", "climbers", SAR_PADANG),
       C("Twelve", 12, "exact", "missing", "climbers", MALIK),
       C("49", 49, "exact", "other", "climbers brought down", MALIK,
         cat_alt=["displaced"]),
       C("75", 75, "exact", "other", "climbers registered on the mountain", MALIK)],
      published="2023-12-05"),

    P("d99_004",
      "CHENGDU, Sept. 7 (Xinhua) -- The death toll from the 6.8-magnitude earthquake that "
      "jolted Luding County in southwest China's Sichuan Province on Monday has risen to 82, "
      "with 35 people still missing, local authorities said at a press conference Wednesday. "
      "Of the dead, 44 were in the Tibetan Autonomous Prefecture of Garze and 38 in the city of "
      "Ya'an. The quake injured more than 270 people and damaged over 50,000 houses, the "
      "provincial department of emergency management said. A total of 13,000 rescuers, "
      "including firefighters, soldiers and medical workers, have been dispatched to the quake "
      "zone, and over 50,000 residents have been relocated. In Moxi, a town of about 10,000 "
      "people close to the epicenter, drones were used to drop water and medicine to villages "
      "cut off by landslides.",
      [C("82", 82, "exact", "killed", "people in Sichuan", "local authorities"),
       C("35", 35, "exact", "missing", "people", "local authorities"),
       C("44", 44, "exact", "killed", "people in Garze", "local authorities",
         attr_alt=[None]),
       C("38", 38, "exact", "killed", "people in Ya'an", "local authorities", attr_alt=[None]),
       C("more than 270", 270, "more_than", "injured", "people", SC_DEM),
       C("over 50,000", 50000, "more_than", "infrastructure", "houses damaged", SC_DEM,
         ctx="over 50,000 houses"),
       C("13,000", 13000, "exact", "troops", "rescuers", SC_DEM, attr_alt=[None],
         cat_alt=["other"]),
       C("over 50,000", 50000, "more_than", "displaced", "residents relocated", SC_DEM,
         attr_alt=[None], ctx="over 50,000 residents"),
       C("about 10,000", 10000, "about", "population", "people in Moxi", None)]),

    P("d99_005",
      "SHIMABARA, Nagasaki Pref., June 4 (Kyodo) -- Police said Tuesday that 38 people, "
      "including three volcanologists and 16 journalists and their drivers, were dead or "
      "missing after a pyroclastic flow swept down the slopes of Mount Unzen on Monday "
      "afternoon. The bodies of 17 people have been recovered, and 21 others remain "
      "unaccounted for, police said. Among the dead are French volcanologists Maurice and Katia "
      "Krafft and American geologist Harry Glicken. Nineteen people, including four "
      "firefighters, were being treated at hospitals in Shimabara for severe burns. The city "
      "has ordered about 11,000 residents in areas near the Mizunashi River to leave their "
      "homes, city officials said. The volcano, which had been dormant for 198 years, began "
      "erupting last November.",
      [C("38", 38, "exact", "killed", "people dead or missing", "Police",
         cat_alt=["missing"]),
       C("three", 3, "exact", "killed", "volcanologists dead or missing", "Police",
         cat_alt=["missing"]),
       C("16", 16, "exact", "killed", "journalists dead or missing", "Police",
         cat_alt=["missing"]),
       C("17", 17, "exact", "killed", "bodies recovered", "police", attr_alt=["Police"]),
       C("21", 21, "exact", "missing", "people unaccounted for", "police",
         attr_alt=["Police"]),
       C("Nineteen", 19, "exact", "injured", "people treated for burns", None,
         attr_alt=["police"]),
       C("four", 4, "exact", "injured", "firefighters", None, attr_alt=["police"]),
       C("about 11,000", 11000, "about", "displaced", "residents ordered to leave",
         "city officials")]),

    P("d99_006",
      "Shimla, Aug 16 (IANS) Rescuers on Wednesday pulled out two more bodies from the debris "
      "of the Shiv temple at Summer Hill, taking the toll in the landslide to 14, officials "
      "said. At least seven people are still feared trapped under the rubble. Himachal Pradesh "
      "Chief Minister Sukhvinder Singh Sukhu said 71 people had died across the state since "
      "Sunday in rain-related incidents and that 13 were still missing. \"The state has "
      "suffered a loss of over Rs 10,000 crore,\" he said. The NDRF, SDRF, Army and ITBP have "
      "put around 400 personnel on the ground in Shimla, while 1,731 tourists and locals were "
      "evacuated from Kangra district by helicopter and boats, an official statement said.",
      [C("two", 2, "exact", "killed", "bodies recovered", "officials"),
       C("14", 14, "exact", "killed", "people in the Summer Hill landslide", "officials"),
       C("At least seven", 7, "at_least", "missing", "people feared trapped", "officials",
         attr_alt=[None], cat_alt=["killed"]),
       C("71", 71, "exact", "killed", "people in Himachal Pradesh", SUKHU),
       C("13", 13, "exact", "missing", "people in Himachal Pradesh", SUKHU),
       C("around 400", 400, "about", "troops", "rescue personnel in Shimla",
         "an official statement", cat_alt=["other"], attr_alt=[None]),
       C("1,731", 1731, "exact", "displaced", "tourists and locals evacuated from Kangra",
         "an official statement")]),

    P("d99_007",
      "NAHRIN, Afghanistan, March 27, 2002 (AFP) - Aid workers struggled on Wednesday to reach "
      "remote villages in northern Afghanistan's Baghlan province after two earthquakes "
      "flattened the district centre of Nahrin, where interim leader Hamid Karzai said as many "
      "as 1,800 people may have died. United Nations officials put the toll much lower, at "
      "around 800, and said the figure was still being checked. At least 4,000 homes had "
      "collapsed and some "
      "20,000 people were left without shelter, the International Organization for Migration "
      "said. Deminers from the UN Mine Action Programme cleared about 120 mines from the road "
      "to Nahrin so that aid trucks could pass, the programme said. A US military helicopter dropped 2,000 blankets and 500 tents on Tuesday, while "
      "the World Food Programme trucked in 60 tonnes of food from Mazar-i-Sharif.",
      [C("two", 2, "exact", "other", "earthquakes", None, optional=True),
       C("as many as 1,800", 1800, "at_most", "killed", "people in Nahrin", KARZAI),
       C("around 800", 800, "about", "killed", "people in Nahrin", "United Nations officials"),
       C("At least 4,000", 4000, "at_least", "infrastructure", "homes collapsed", IOM),
       C("some 20,000", 20000, "about", "displaced", "people left without shelter", IOM),
       C("about 120", 120, "about", "munitions", "mines cleared from the road",
         "the programme", attr_alt=["the UN Mine Action Programme"], cat_alt=["other"]),
       C("2,000", 2000, "exact", "aid", "blankets", None,
         attr_alt=["A US military helicopter"]),
       C("500", 500, "exact", "aid", "tents", None, attr_alt=["A US military helicopter"]),
       C("60", 60, "exact", "aid", "tonnes of food", None,
         attr_alt=["the World Food Programme"])],
      published="2002-03-27"),

    P("d99_008",
      "BISHKEK (AFP) - A powerful earthquake struck a remote mountain village in southern "
      "Kyrgyzstan near the Chinese border late Sunday, killing at least 72 people, including 41 "
      "children, the emergencies ministry said Monday. The quake flattened most of the houses "
      "in Nura, a village of about 1,000 people in the Alai valley, said ministry spokesman "
      "Kubanychbek Kalmurzayev. \"Rescuers have pulled out 140 people alive, but more than 100 "
      "were injured,\" he said. Kyrgyz authorities have sent 250 rescuers and 18 tonnes of "
      "humanitarian aid, including tents, blankets and flour, to the area. The US Geological "
      "Survey measured the quake at magnitude 6.6 and said it struck at a depth of 15 "
      "kilometres.",
      [C("at least 72", 72, "at_least", "killed", "people in Nura", KG_MES),
       C("41", 41, "exact", "killed", "children", KG_MES),
       C("about 1,000", 1000, "about", "population", "people in Nura", None,
         attr_alt=[KALMURZAYEV]),
       C("140", 140, "exact", "other", "people pulled out alive", KALMURZAYEV,
         attr_alt=["he"]),
       C("more than 100", 100, "more_than", "injured", "people", KALMURZAYEV,
         attr_alt=["he"]),
       C("250", 250, "exact", "troops", "rescuers", None, attr_alt=["Kyrgyz authorities"],
         cat_alt=["other"]),
       C("18", 18, "exact", "aid", "tonnes of humanitarian aid", None,
         attr_alt=["Kyrgyz authorities"])]),

    P("d99_009",
      "Popayán, Jun 8 (EFE).- Colombian authorities said on Wednesday that at least 270 people "
      "had died and 500 were missing after an earthquake and the avalanches of mud it unleashed "
      "swept through the valley of the Páez River in the southwestern department of Cauca on "
      "Monday. Most of the victims were Nasa Indians living in hamlets along the river, said "
      "the governor of Cauca, Temístocles Ortega, who estimated that 1,600 families had lost "
      "their homes. The Red Cross said it had sent 25 tonnes of food and medicines and 40 "
      "relief workers to Belalcázar, the main town in the area, where some 3,000 displaced "
      "people were camped. The earthquake measured 6.4 on the Richter scale.",
      [C("at least 270", 270, "at_least", "killed", "people in the Páez valley",
         "Colombian authorities"),
       C("500", 500, "exact", "missing", "people", "Colombian authorities"),
       C("1,600", 1600, "exact", "displaced", "families who lost their homes", ORTEGA,
         cat_alt=["infrastructure"]),
       C("25", 25, "exact", "aid", "tonnes of food and medicines", "The Red Cross"),
       C("40", 40, "exact", "troops", "relief workers", "The Red Cross", cat_alt=["other"]),
       C("some 3,000", 3000, "about", "displaced", "displaced people in Belalcázar", None,
         attr_alt=["The Red Cross"])]),

    P("d99_010",
      "TEHRAN, May 11, 1997 (Reuters) - The death toll from Saturday's powerful earthquake in "
      "northeastern Iran has risen to 2,400, the official Islamic Republic News Agency (IRNA) "
      "said on Sunday, quoting the governor of Khorasan province. About 6,000 people were "
      "injured and more than 200 villages around the town of Qayen were damaged or flattened, "
      "IRNA said. The Iranian Red Crescent said it had dispatched 20,000 tents and 40,000 "
      "blankets, while 5,000 troops and Revolutionary Guards were sent to dig survivors out of "
      "the ruins. \"In the village of Ardakul, not a single house is standing,\" a Red Crescent "
      "official told state television. The quake, which measured 7.1, was the strongest in "
      "Iran since the 1990 disaster in Gilan that killed about 35,000 people.",
      [C("2,400", 2400, "exact", "killed", "people in Khorasan", KHORASAN, attr_alt=[IRNA]),
       C("About 6,000", 6000, "about", "injured", "people", "IRNA", attr_alt=[IRNA]),
       C("more than 200", 200, "more_than", "infrastructure", "villages damaged or flattened",
         "IRNA", attr_alt=[IRNA], cat_alt=["other"]),
       C("20,000", 20000, "exact", "aid", "tents", IRCS),
       C("40,000", 40000, "exact", "aid", "blankets", IRCS),
       C("5,000", 5000, "exact", "troops", "troops and Revolutionary Guards", IRCS,
         attr_alt=[None]),
       C("about 35,000", 35000, "about", "killed", "people in the 1990 Gilan earthquake",
         None)],
      published="1997-05-11"),

    # --- Floods, storms and landslides ------------------------------------------------------------
    P("d99_011",
      "PORTO ALEGRE, Brazil, May 8 (Reuters) - The death toll from the floods that have swamped "
      "Brazil's southernmost state of Rio Grande do Sul rose to 100 on Wednesday, the state "
      "civil defense agency said, with 128 people still missing and 372 injured. More than "
      "160,000 people have been forced from their homes, including 66,000 in public shelters, "
      "the agency said. Of the state's 497 municipalities, 417 have been affected. The federal "
      "government has deployed more than 15,000 soldiers, firefighters and police, with 45 "
      "aircraft and 700 boats, Defense Minister José Múcio said. Porto Alegre's airport will "
      "remain closed until at least the end of May.",
      [C("100", 100, "exact", "killed", "people in Rio Grande do Sul", RS_CD),
       C("128", 128, "exact", "missing", "people", RS_CD),
       C("372", 372, "exact", "injured", "people", RS_CD),
       C("More than 160,000", 160000, "more_than", "displaced", "people forced from homes",
         "the agency", attr_alt=[RS_CD]),
       C("66,000", 66000, "exact", "displaced", "people in public shelters", "the agency",
         attr_alt=[RS_CD]),
       C("497", 497, "exact", "other", "municipalities in the state", None, optional=True),
       C("417", 417, "exact", "other", "municipalities affected", None, optional=True,
         attr_alt=["the agency"]),
       C("more than 15,000", 15000, "more_than", "troops", "soldiers, firefighters and police",
         MUCIO),
       C("45", 45, "exact", "other", "aircraft", MUCIO, optional=True, cat_alt=["munitions"]),
       C("700", 700, "exact", "other", "boats", MUCIO, optional=True)]),

    P("d99_012",
      "Quezon flash floods: 340 dead, 150 missing\n"
      "December 2, 2004 | 12:00am\n"
      "INFANTA, Quezon — The death toll from the flash floods and landslides that buried entire "
      "villages in Infanta, Real and General Nakar has climbed to 340, with about 150 others "
      "still missing, the National Disaster Coordinating Council (NDCC) said yesterday. "
      "Rescuers have yet to reach several sitios in the mountains of General Nakar, where "
      "residents said dozens of families had been swept away by logs and mud. Some 35,000 "
      "people are staying in 42 evacuation centers in the area, the Department of Social "
      "Welfare and Development (DSWD) reported. Air Force helicopters ferried 300 sacks of rice "
      "and 1,000 food packs to Infanta, which remains cut off by road. President Arroyo ordered "
      "a total log ban after environmentalists blamed illegal logging for the disaster.",
      [C("340", 340, "exact", "killed", "people (headline)", None, ctx="340 dead"),
       C("150", 150, "exact", "missing", "people (headline)", None, ctx="150 missing"),
       C("340", 340, "exact", "killed", "people in Quezon", NDCC, ctx="climbed to 340"),
       C("about 150", 150, "about", "missing", "people", NDCC),
       C("dozens", 12, "vague", "missing", "families swept away", "residents",
         cat_alt=["killed"]),
       C("Some 35,000", 35000, "about", "displaced", "people in evacuation centers", DSWD),
       C("42", 42, "exact", "infrastructure", "evacuation centers", DSWD,
         cat_alt=["other", "aid"]),
       C("300", 300, "exact", "aid", "sacks of rice", None,
         attr_alt=["Air Force helicopters"]),
       C("1,000", 1000, "exact", "aid", "food packs", None,
         attr_alt=["Air Force helicopters"])],
      published="2004-12-02"),

    P("d99_013",
      "Published: 14 Oct 2011 at 00:00\n"
      "Floodwaters breached the walls of the Rojana industrial estate in Ayutthaya yesterday, "
      "forcing the evacuation of about 5,000 workers and halting production at more than 190 "
      "factories, including plants run by Honda and Canon. The Flood Relief Operations Centre "
      "said 283 people had been killed since the monsoon floods began in late July and that 2.4 "
      "million people in 28 provinces had been affected. Some 5,400 soldiers have been sent to "
      "shore up dykes around the capital, army chief Prayuth Chan-ocha said. \"We will not let "
      "the water into inner Bangkok,\" Prime Minister Yingluck Shinawatra said during a visit to "
      "the Don Mueang relief centre, where 3,000 evacuees are sheltering. Economists say the "
      "floods could knock up to 1.5 percentage points off growth this year.",
      [C("about 5,000", 5000, "about", "displaced", "workers evacuated", None,
         attr_alt=[FROC]),
       C("more than 190", 190, "more_than", "infrastructure", "factories halted", None,
         cat_alt=["other"], attr_alt=[FROC]),
       C("283", 283, "exact", "killed", "people in Thailand's floods", FROC),
       C("2.4 million", 2_400_000, "exact", "other", "people affected", FROC,
         cat_alt=["population"]),
       C("28", 28, "exact", "other", "provinces affected", FROC, optional=True),
       C("Some 5,400", 5400, "about", "troops", "soldiers", "army chief Prayuth Chan-ocha"),
       C("3,000", 3000, "exact", "displaced", "evacuees at Don Mueang", None,
         attr_alt=["Prime Minister Yingluck Shinawatra"])],
      published="2011-10-14"),

    P("d99_014",
      "LA TRINIDAD, Benguet, Oct. 10 (PNA) -- The number of people killed in landslides "
      "triggered by days of heavy rain from Tropical Storm Pepeng (international name: Parma) "
      "in Benguet province has reached 158, provincial officials said Saturday. The Office of "
      "Civil Defense in the Cordillera said 46 people remained missing, most of them in the "
      "towns of La Trinidad, Tublay and Bokod. In Barangay Little Kibungan alone, a landslide "
      "buried 29 houses and killed 77 residents, said Benguet Governor Nestor Fongwan. Some 200 "
      "soldiers from the Army's 5th Infantry Division and 120 policemen have joined the search, "
      "digging with shovels because heavy equipment cannot reach the area. Nationwide, the "
      "National Disaster Coordinating Council said storms had killed 604 people since late "
      "September.",
      [C("158", 158, "exact", "killed", "people in Benguet", "provincial officials"),
       C("46", 46, "exact", "missing", "people", OCD_CAR),
       C("29", 29, "exact", "infrastructure", "houses buried", FONGWAN),
       C("77", 77, "exact", "killed", "residents of Little Kibungan", FONGWAN),
       C("Some 200", 200, "about", "troops", "soldiers", None, attr_alt=[FONGWAN]),
       C("120", 120, "exact", "troops", "policemen", None, attr_alt=[FONGWAN],
         cat_alt=["other"]),
       C("604", 604, "exact", "killed", "people nationwide",
         "the National Disaster Coordinating Council")]),

    P("d99_015",
      "Kazakhstan floods: over 96,000 evacuated\n"
      "9 April 2024, 14:20\n"
      "ASTANA. KAZINFORM – More than 96,000 people, including 32,000 children, have been "
      "evacuated since floods hit Kazakhstan late last month, the Ministry of Emergency "
      "Situations said on Tuesday. Of those, about 48,000 have been allowed to return home as "
      "waters recede in some districts. Over 12,500 houses remain flooded in ten regions, most "
      "of them in Kostanay, Akmola and North Kazakhstan, the ministry said. Some 30,000 rescuers "
      "and volunteers, 4,000 pieces of equipment and 120 boats are involved in the flood "
      "response, it said. President Kassym-Jomart Tokayev, who visited Petropavl on Monday, "
      "called the floods the worst natural disaster in the country in 80 years.",
      [C("over 96,000", 96000, "more_than", "displaced", "people evacuated (headline)", None),
       C("More than 96,000", 96000, "more_than", "displaced", "people evacuated", KZ_MES),
       C("32,000", 32000, "exact", "displaced", "children evacuated", KZ_MES),
       C("about 48,000", 48000, "about", "displaced", "evacuees allowed to return home", KZ_MES,
         attr_alt=[None]),
       C("Over 12,500", 12500, "more_than", "infrastructure", "houses flooded", "the ministry",
         attr_alt=[KZ_MES]),
       C("ten", 10, "exact", "other", "regions", "the ministry", optional=True),
       C("Some 30,000", 30000, "about", "troops", "rescuers and volunteers", KZ_MES,
         attr_alt=["it", "the ministry"], cat_alt=["other"]),
       C("4,000", 4000, "exact", "other", "pieces of equipment", KZ_MES, optional=True,
         attr_alt=["it", "the ministry"]),
       C("120", 120, "exact", "other", "boats", KZ_MES, optional=True,
         attr_alt=["it", "the ministry"])],
      published="2024-04-09"),
    # --- Wildfires, epidemics, heat ----------------------------------------------------------------
    P("d99_016",
      "ZACHARO, Greece (AP) — Firefighters backed by water-dropping planes battled dozens of "
      "blazes across southern Greece on Sunday as the death toll from the country's worst "
      "wildfires in decades rose to 60, the fire department said. In the village of Artemida, "
      "rescuers found the charred bodies of a mother still clutching her four children. At "
      "least 4,000 people have been evacuated from more than 50 villages in the Peloponnese, and "
      "about 1,000 homes have burned, government spokesman Theodoros Roussopoulos said. Nine "
      "countries have sent aircraft to help, he said, and police have detained seven people "
      "suspected of starting fires. \"It is a national tragedy,\" Prime "
      "Minister Costas Karamanlis said in a televised address.",
      [C("dozens", 12, "vague", "other", "blazes", None, optional=True),
       C("60", 60, "exact", "killed", "people in Greece's wildfires", "the fire department"),
       C("four", 4, "exact", "killed", "children in Artemida", None),
       C("At least 4,000", 4000, "at_least", "displaced", "people evacuated", ROUSSOPOULOS),
       C("more than 50", 50, "more_than", "other", "villages evacuated", ROUSSOPOULOS,
         optional=True),
       C("about 1,000", 1000, "about", "infrastructure", "homes burned", ROUSSOPOULOS),
       C("Nine", 9, "exact", "other", "countries sending aircraft", ROUSSOPOULOS,
         attr_alt=["he"], optional=True),
       C("seven", 7, "exact", "detained", "arson suspects", ROUSSOPOULOS,
         attr_alt=["he", None])]),

    P("d99_017",
      "VIÑA DEL MAR, Chile, Feb 5, 2024 (AFP) - Rescuers combed the charred hillsides above "
      "Viña del Mar on Monday for victims of Chile's deadliest wildfires in decades, as the toll "
      "rose to 122, according to the Legal Medical Service. Only 32 of the bodies have been "
      "identified so far, the service said. President Gabriel Boric, who declared two days of "
      "national mourning, warned that the figure would \"rise significantly\". An estimated 370 "
      "people are still unaccounted for, said Viña del Mar mayor Macarena Ripamonti. Some "
      "14,000 homes were damaged or destroyed in the Valparaíso region, the housing ministry "
      "said, while more than 1,400 firefighters and 1,300 soldiers were fighting the remaining "
      "blazes.",
      [C("122", 122, "exact", "killed", "people in the Valparaíso region fires", SML),
       C("32", 32, "exact", "killed", "bodies identified", "the service",
         attr_alt=[SML], cat_alt=["other"], optional=True),
       C("An estimated 370", 370, "about", "missing", "people unaccounted for", RIPAMONTI),
       C("Some 14,000", 14000, "about", "infrastructure", "homes damaged or destroyed",
         "the housing ministry"),
       C("more than 1,400", 1400, "more_than", "troops", "firefighters",
         "the housing ministry", attr_alt=[None], cat_alt=["other"]),
       C("1,300", 1300, "exact", "troops", "soldiers", "the housing ministry",
         attr_alt=[None])],
      published="2024-02-05"),

    P("d99_018",
      "Ebola outbreak in Kibaale: 14 dead, says Health ministry\n"
      "Publish Date: Jul 30, 2012\n"
      "The Ministry of Health has confirmed an outbreak of Ebola in Kibaale district that has "
      "killed 14 people since early July, nine of them members of one family in Nyanswiga "
      "village. Health Minister Dr Christine Ondoa said 20 cases had so far been recorded and "
      "that two patients were admitted at Kagadi Hospital, where a clinical officer who treated "
      "them also died. A team of 15 experts from the ministry, WHO and the US Centers for "
      "Disease Control and Prevention has been sent to the district, she said. The World Health "
      "Organization said in a statement that 36 contacts of the cases were being followed up "
      "and that \"no case has been confirmed outside Kibaale\". The ministry has advised the "
      "public to avoid shaking hands and to report anyone with a sudden fever.",
      [C("14", 14, "exact", "killed", "people in Kibaale (headline)", "Health ministry",
         attr_alt=[UG_MOH], ctx="14 dead"),
       C("14", 14, "exact", "killed", "people in Kibaale", UG_MOH, ctx="killed 14 people"),
       C("nine", 9, "exact", "killed", "members of one family", UG_MOH),
       C("20", 20, "exact", "other", "Ebola cases", ONDOA),
       C("two", 2, "exact", "other", "patients admitted at Kagadi Hospital", ONDOA,
         cat_alt=["injured"]),
       C("15", 15, "exact", "troops", "experts sent to the district", ONDOA,
         attr_alt=["she"], cat_alt=["other"]),
       C("36", 36, "exact", "other", "contacts followed up",
         "The World Health Organization")],
      published="2012-07-30"),

    P("d99_019",
      "Heatstroke cases rise as Jacobabad sizzles at 51°C\n"
      "Published May 15, 2022 07:10am\n"
      "JACOBABAD: As the mercury touched 51 degrees Celsius in Jacobabad on Saturday, the city's "
      "main hospital said it had treated more than 50 patients for heatstroke in two days, most "
      "of them labourers and elderly people. Dr Shahid Ali, medical superintendent of the Civil "
      "Hospital, said four people had died of heat-related illness since Thursday. The Sindh "
      "Provincial Disaster Management Authority said it had set up 26 heatwave relief centres "
      "across the province and distributed 12,000 bottles of drinking water. Power cuts of up "
      "to 12 hours a day in the city, home to about 200,000 people, have made the heat harder to "
      "bear, residents said.",
      [C("more than 50", 50, "more_than", "other", "heatstroke patients treated",
         "the city's main hospital", cat_alt=["injured"]),
       C("four", 4, "exact", "killed", "people who died of heat-related illness",
         "Dr Shahid Ali"),
       C("26", 26, "exact", "infrastructure", "heatwave relief centres", PDMA_SINDH,
         cat_alt=["other", "aid"]),
       C("12,000", 12000, "exact", "aid", "bottles of drinking water", PDMA_SINDH),
       C("about 200,000", 200000, "about", "population", "people in Jacobabad", None,
         attr_alt=["residents"])],
      published="2022-05-15"),

    P("d99_020",
      "Mai Mahiu tragedy: Death toll rises to 45 as search continues\n"
      "Published on: April 29, 2024 18:40 (EAT)\n"
      "By Citizen Reporter\n"
      "At least 45 people were killed early Monday when a wall of water burst through a blocked "
      "railway culvert and swept through Kamuchiri village near Mai Mahiu in Nakuru County, "
      "Nakuru Governor Susan Kihika said. The Kenya Red Cross said 110 people had been taken to "
      "hospitals in Naivasha and Mai Mahiu, while dozens of others were still unaccounted for. "
      "Interior Cabinet Secretary Kithure Kindiki said the government had deployed 120 officers "
      "from the Kenya Defence Forces and the National Police Service to help in the search. "
      "Nationally, the floods have killed 169 people since March and displaced more than "
      "185,000, according to government spokesman Isaac Mwaura. Kindiki ordered that all "
      "people living near dams and rivers leave within 48 hours.",
      [C("45", 45, "exact", "killed", "people (headline)", None, ctx="rises to 45"),
       C("At least 45", 45, "at_least", "killed", "people in Mai Mahiu", KIHIKA),
       C("110", 110, "exact", "injured", "people taken to hospitals", "The Kenya Red Cross"),
       C("dozens", 12, "vague", "missing", "people unaccounted for", "The Kenya Red Cross"),
       C("120", 120, "exact", "troops", "officers from the KDF and police", KINDIKI),
       C("169", 169, "exact", "killed", "people killed by floods nationally", MWAURA),
       C("more than 185,000", 185000, "more_than", "displaced", "people displaced nationally",
         MWAURA)],
      published="2024-04-29"),

    # --- Cyclones, hurricanes, typhoons, tornadoes ---------------------------------------------------
    P("d99_021",
      "Cuddalore, Nov 26 (PTI) Cyclone Nivar, which crossed the coast near Puducherry early on "
      "Thursday, left three people dead in Tamil Nadu, Revenue Minister R B Udhayakumar said, "
      "as over 2,30,000 people were moved to relief camps ahead of landfall. In Cuddalore "
      "district, the worst hit, 1,617 huts were damaged and 101 cattle perished, officials said. "
      "Chief Minister K Palaniswami said 1,500 trees had been uprooted in Chennai alone and that "
      "24 NDRF teams had been deployed in the coastal districts. In Puducherry, Chief Minister V "
      "Narayanasamy said there was no loss of life.",
      [C("three", 3, "exact", "killed", "people in Tamil Nadu",
         "Revenue Minister R B Udhayakumar"),
       C("over 2,30,000", 230000, "more_than", "displaced", "people moved to relief camps",
         "Revenue Minister R B Udhayakumar", attr_alt=[None]),
       C("1,617", 1617, "exact", "infrastructure", "huts damaged in Cuddalore", "officials"),
       C("101", 101, "exact", "other", "cattle perished", "officials"),
       C("1,500", 1500, "exact", "other", "trees uprooted in Chennai",
         "Chief Minister K Palaniswami", optional=True),
       C("24", 24, "exact", "troops", "NDRF teams", "Chief Minister K Palaniswami",
         optional=True, cat_alt=["other"])]),

    P("d99_022",
      "SAN JOSE (AFP) - Hurricane Otto killed at least nine people in Costa Rica after slamming "
      "into Central America's Caribbean coast, President Luis Guillermo Solís said Friday, in "
      "the country's first direct hit by a hurricane on record. Four of the dead were in the "
      "northern town of Upala, where the Zapote River burst its banks and swept away houses, he "
      "said. Authorities had evacuated some 4,000 people before the storm, and about 1,000 "
      "remained in 38 shelters, the National Emergency Commission (CNE) said. In neighbouring "
      "Nicaragua, which declared a state of emergency, more than 10,000 people were moved from "
      "coastal communities, but no deaths were reported.",
      [C("at least nine", 9, "at_least", "killed", "people in Costa Rica",
         "President Luis Guillermo Solís"),
       C("Four", 4, "exact", "killed", "people in Upala", "President Luis Guillermo Solís",
         attr_alt=["he"]),
       C("some 4,000", 4000, "about", "displaced", "people evacuated",
         "the National Emergency Commission (CNE)"),
       C("about 1,000", 1000, "about", "displaced", "people in shelters",
         "the National Emergency Commission (CNE)"),
       C("38", 38, "exact", "infrastructure", "shelters",
         "the National Emergency Commission (CNE)", cat_alt=["other", "aid"]),
       C("more than 10,000", 10000, "more_than", "displaced", "people moved in Nicaragua",
         None)]),

    P("d99_023",
      "PUERTO CABEZAS, Nicaragua (AP) — Rescuers pulled dozens of bloated bodies from the sea "
      "off Nicaragua's Miskito Coast on Thursday, raising the death toll from Hurricane Felix to "
      "98, Nicaraguan civil defense officials said. More than 100 people, most of them Miskito "
      "fishermen caught at sea by the storm, were still missing. \"We have found 25 men alive "
      "clinging to debris near the Miskito Cays,\" navy Capt. Hugo Sandoval said. The Category "
      "5 storm destroyed about 9,000 homes in and around Puerto Cabezas, the Red Cross said. "
      "Venezuela and the United States sent planes loaded with food, water and plastic "
      "sheeting, and the World Food Programme said it had handed out 40 tons of rice and beans.",
      [C("dozens", 12, "vague", "killed", "bodies pulled from the sea",
         "Nicaraguan civil defense officials"),
       C("98", 98, "exact", "killed", "people killed by Felix",
         "Nicaraguan civil defense officials"),
       C("More than 100", 100, "more_than", "missing", "people, mostly fishermen",
         "Nicaraguan civil defense officials", attr_alt=[None]),
       C("25", 25, "exact", "other", "men found alive", "navy Capt. Hugo Sandoval"),
       C("about 9,000", 9000, "about", "infrastructure", "homes destroyed", "the Red Cross"),
       C("40", 40, "exact", "aid", "tons of rice and beans", "the World Food Programme")]),

    P("d99_024",
      "Power outages continue in Chiba after typhoon\n"
      "Sep. 12, 2019 17:05 JST\n"
      "About 460,000 households in Chiba Prefecture were still without electricity on Thursday, "
      "three days after Typhoon Faxai made landfall with record winds, TEPCO Power Grid said. "
      "The utility had earlier said it expected to restore power by Wednesday. A man in his 90s "
      "who collapsed from heatstroke in a home without air-conditioning has died, officials in "
      "Ichihara said, bringing the typhoon-related death toll to three. The Ground Self-Defense "
      "Force has dispatched about 1,000 personnel to remove fallen trees and deliver water. The "
      "Fire and Disaster Management Agency said more than 3,500 houses across eastern Japan had "
      "been damaged.",
      [C("About 460,000", 460000, "about", "other", "households without electricity",
         "TEPCO Power Grid", cat_alt=["population"]),
       C("three", 3, "exact", "killed", "typhoon-related deaths", "officials in Ichihara",
         ctx="toll to three", attr_alt=[None]),
       C("about 1,000", 1000, "about", "troops", "Self-Defense Force personnel", None,
         attr_alt=["The Ground Self-Defense Force"]),
       C("more than 3,500", 3500, "more_than", "infrastructure", "houses damaged",
         "The Fire and Disaster Management Agency")],
      published="2019-09-12"),

    P("d99_025",
      "KATHMANDU, Nepal, Aug. 22, 1988 (UPI) -- The death toll from Sunday's earthquake in "
      "eastern Nepal and the Indian state of Bihar rose to more than 800 today, officials in "
      "both countries said. Nepal's Home Ministry said 552 people had been killed in Nepal, most "
      "of them in Dharan and the districts of Udayapur, Dhankuta and Sunsari, and 4,200 injured. "
      "In Bihar, state officials put the toll at 277, with Darbhanga and Madhubani districts the "
      "worst hit. King Birendra flew to Dharan, where the army has set up tent camps for about "
      "50,000 people whose homes were destroyed or declared unsafe. The quake, which registered "
      "6.5 on the Richter scale, was felt as far away as Calcutta.",
      [C("more than 800", 800, "more_than", "killed", "people in Nepal and Bihar",
         "officials in both countries"),
       C("552", 552, "exact", "killed", "people in Nepal", "Nepal's Home Ministry"),
       C("4,200", 4200, "exact", "injured", "people in Nepal", "Nepal's Home Ministry"),
       C("277", 277, "exact", "killed", "people in Bihar", "state officials"),
       C("about 50,000", 50000, "about", "displaced", "people in tent camps", None)],
      published="1988-08-22"),

    P("d99_026",
      "DHAKA, May 14 (AFP) - At least 440 people were killed and more than 30,000 injured when "
      "a tornado tore through some 80 villages in Tangail and Jamalpur districts north of Dhaka "
      "late Monday, officials said Tuesday. \"Whole villages were wiped out in less than half an "
      "hour,\" said a police officer in Basail, one of the worst-hit areas. Hospitals in "
      "Tangail, with fewer than 300 beds between them, were overwhelmed, and many of the injured "
      "lay on floors and verandas, doctors said. The government said it had sent 500 tonnes of "
      "rice, 2,000 tents and 100 doctors to the area.",
      [C("At least 440", 440, "at_least", "killed", "people in Tangail and Jamalpur",
         "officials"),
       C("more than 30,000", 30000, "more_than", "injured", "people", "officials"),
       C("some 80", 80, "about", "other", "villages hit", "officials", optional=True,
         cat_alt=["infrastructure"]),
       C("fewer than 300", 300, "fewer_than", "other", "hospital beds in Tangail", "doctors",
         optional=True),
       C("500", 500, "exact", "aid", "tonnes of rice", "The government"),
       C("2,000", 2000, "exact", "aid", "tents", "The government"),
       C("100", 100, "exact", "other", "doctors sent", "The government",
         cat_alt=["troops", "aid"])]),

    P("d99_027",
      "JOPLIN, Mo. (AP) — The death toll from the tornado that carved a path nearly a mile wide "
      "through Joplin rose to 122 on Tuesday, making it the deadliest single twister in the "
      "U.S. since modern record-keeping began in 1950, the National Weather Service said. City "
      "officials said about 750 people were injured and that rescuers had pulled 17 people "
      "alive from the rubble since Sunday night. About 8,000 homes and businesses were damaged "
      "or destroyed, including St. John's Regional Medical Center, whose 183 patients were "
      "evacuated. Gov. Jay Nixon said 1,500 National Guard soldiers and state troopers were on "
      "duty in the city.",
      [C("122", 122, "exact", "killed", "people in Joplin", "the National Weather Service"),
       C("about 750", 750, "about", "injured", "people", "City officials"),
       C("17", 17, "exact", "other", "people pulled alive", "City officials"),
       C("About 8,000", 8000, "about", "infrastructure", "homes and businesses damaged",
         "City officials", attr_alt=[None]),
       C("183", 183, "exact", "displaced", "hospital patients evacuated", "City officials",
         attr_alt=[None], cat_alt=["other"]),
       C("1,500", 1500, "exact", "troops", "National Guard soldiers and state troopers",
         "Gov. Jay Nixon")]),

    P("d99_028",
      "Ljubljana, 6 August (STA) - Slovenia's worst floods since independence have claimed "
      "three lives, and some 8,000 people have had to leave their homes, Prime Minister Robert "
      "Golob said on Sunday, putting the damage at more than 500 million euros. Two Dutch "
      "mountaineers were killed by lightning in the Alps and a woman drowned in Kamnik, police "
      "said. The army has deployed 300 soldiers and 10 helicopters to reach residents cut off in "
      "the Savinja valley, where about 200 people had to be airlifted out and hundreds of "
      "volunteers were shovelling mud. \"We have never "
      "seen anything like this,\" Golob said.",
      [C("three", 3, "exact", "killed", "people in Slovenia's floods",
         "Prime Minister Robert Golob"),
       C("some 8,000", 8000, "about", "displaced", "people who left their homes",
         "Prime Minister Robert Golob"),
       C("Two", 2, "exact", "killed", "Dutch mountaineers", "police", ctx="Two Dutch"),
       C("300", 300, "exact", "troops", "soldiers", None, attr_alt=["The army"]),
       C("10", 10, "exact", "other", "helicopters", None, attr_alt=["The army"],
         optional=True, cat_alt=["troops"]),
       C("about 200", 200, "about", "displaced", "people airlifted out", None,
         cat_alt=["other"]),
       C("hundreds", 100, "vague", "troops", "volunteers shovelling mud", None,
         cat_alt=["other"])]),
    # --- Outbreaks, hunger, cold and heat ------------------------------------------------------------
    P("d99_029",
      "NAIROBI, Jan 12, 2007 (Reuters) - An outbreak of Rift Valley fever in northeastern Kenya has "
      "killed 75 people since mid-December, the Health Ministry said on Friday, and the World "
      "Health Organization said the disease was spreading to new districts. A total of 158 "
      "cases, 24 of them confirmed in the laboratory, have been reported in Garissa and Ijara "
      "districts, the WHO said in a statement. The government has banned the slaughter and "
      "movement of livestock in both districts and sent 40 health workers to the area. Health "
      "teams now travel with a police escort after two ministry vaccinators were briefly "
      "abducted near the Somali border last week, the ministry said. \"People are dying because "
      "they drank milk or ate meat from sick animals,\" said Garissa district medical officer "
      "Dr. Abdi Mohamed.",
      [C("75", 75, "exact", "killed", "people in northeastern Kenya", "the Health Ministry"),
       C("158", 158, "exact", "other", "Rift Valley fever cases", "the WHO",
         attr_alt=["the World Health Organization"]),
       C("24", 24, "exact", "other", "laboratory-confirmed cases", "the WHO",
         attr_alt=["the World Health Organization"]),
       C("40", 40, "exact", "other", "health workers sent", None,
         attr_alt=["The government"], cat_alt=["troops"]),
       C("two", 2, "exact", "hostages", "ministry vaccinators abducted", "the ministry",
         attr_alt=["the Health Ministry"])],
      published="2007-01-12"),

    P("d99_030",
      "LIMA, Peru (AP) _ A cholera epidemic that broke out three weeks ago in the northern port "
      "of Chimbote has spread to the capital and killed at least 74 people, Health Minister "
      "Carlos Vidal said Wednesday. More than 12,000 cases have been reported nationwide, and "
      "hospitals in Lima are treating 1,200 to 1,500 patients a day, he said. The minister urged "
      "Peruvians not to eat ceviche, the raw fish dish blamed for many of the infections, and to "
      "boil all drinking water. The United States and Britain have flown in 20 tons of medical "
      "supplies, including rehydration salts, the U.S. Embassy said. It is the first cholera "
      "epidemic in South America this century.",
      [C("at least 74", 74, "at_least", "killed", "people in Peru",
         "Health Minister Carlos Vidal"),
       C("More than 12,000", 12000, "more_than", "other", "cholera cases",
         "Health Minister Carlos Vidal", attr_alt=["he"]),
       C("1,200 to 1,500", 1200, "range", "other", "patients treated a day in Lima",
         "Health Minister Carlos Vidal", high=1500, attr_alt=["he"], cat_alt=["injured"]),
       C("20", 20, "exact", "aid", "tons of medical supplies", "the U.S. Embassy")]),

    P("d99_031",
      "Malawi declares famine emergency\n"
      "Last Updated: Tuesday, 26 February, 2002, 14:35 GMT\n"
      "Malawi's President Bakili Muluzi has declared a state of disaster over food shortages "
      "that aid agencies say threaten 7 million people in a country of about 11 million. The "
      "government says 300 people have died of hunger-related illnesses since December, but "
      "church groups and non-governmental organisations say the real figure is between 1,000 "
      "and 3,000. The World Food Programme says it plans to import 42,000 tonnes of maize and to "
      "feed 550,000 people in the worst-hit southern districts. Critics accuse the government "
      "of having sold the country's strategic grain reserve, some 160,000 tonnes, before the "
      "crisis.",
      [C("7 million", 7_000_000, "exact", "other", "people threatened by food shortages",
         "aid agencies", cat_alt=["population"]),
       C("about 11 million", 11_000_000, "about", "population", "people in Malawi", None,
         attr_alt=["aid agencies"]),
       C("300", 300, "exact", "killed", "people who died of hunger-related illnesses",
         "The government"),
       C("between 1,000 and 3,000", 1000, "range", "killed", "hunger deaths (churches, NGOs)",
         "church groups and non-governmental organisations", high=3000),
       C("42,000", 42000, "exact", "aid", "tonnes of maize", "The World Food Programme"),
       C("550,000", 550000, "exact", "other", "people to be fed", "The World Food Programme",
         cat_alt=["aid"]),
       C("some 160,000", 160000, "about", "other", "tonnes of grain reserve sold", "Critics",
         cat_alt=["aid"], optional=True)],
      published="2002-02-26"),

    P("d99_032",
      "Equatorial Guinea confirms first-ever Marburg virus outbreak\n"
      "Published On 14 Feb 2023\n"
      "Equatorial Guinea has confirmed its first outbreak of Marburg virus disease, a highly "
      "infectious relative of Ebola, after nine people died in the western province of "
      "Kie-Ntem, the World Health Organization said on Monday. Samples sent to a reference "
      "laboratory in Senegal tested positive, the WHO said, adding that 16 suspected cases with "
      "symptoms including fever, fatigue and blood-stained vomiting had been reported. Health "
      "Minister Mitoha Ondo'o Ayekaba told reporters that 4,325 people had been placed in "
      "quarantine and that the district of Nsok Nsomo had been sealed off. Neighbouring "
      "Cameroon said it had detected two suspected cases near the border.",
      [C("nine", 9, "exact", "killed", "people in Kie-Ntem",
         "the World Health Organization"),
       C("16", 16, "exact", "other", "suspected Marburg cases", "the WHO",
         attr_alt=["the World Health Organization"]),
       C("4,325", 4325, "exact", "other", "people placed in quarantine",
         "Health Minister Mitoha Ondo'o Ayekaba"),
       C("two", 2, "exact", "other", "suspected cases in Cameroon", "Cameroon",
         attr_alt=["Neighbouring Cameroon"])],
      published="2023-02-14"),

    P("d99_033",
      "Oman flood toll rises to 19 as UAE records heaviest rain in 75 years\n"
      "Published: April 17, 2024 16:22\n"
      "The UAE recorded its heaviest rainfall since records began in 1949 on Tuesday, with "
      "254.8mm falling in less than 24 hours in Khatm Al Shakla in Al Ain, the National Centre "
      "of Meteorology said. An Emirati man in his 70s died when his vehicle was swept away in a "
      "wadi in Ras Al Khaimah, police said. Dubai International Airport said it had cancelled "
      "290 flights and diverted 45. In neighbouring Oman, the death toll from four days of "
      "floods rose to 19, including 10 schoolchildren whose vehicle was swept away in Samad "
      "A'Shan, the National Committee for Emergency Management said. More than 1,000 people "
      "were staying in shelters across the sultanate, it said.",
      [C("19", 19, "exact", "killed", "people in Oman (headline)", None, ctx="rises to 19"),
       C("290", 290, "exact", "other", "flights cancelled", "Dubai International Airport",
         optional=True),
       C("45", 45, "exact", "other", "flights diverted", "Dubai International Airport",
         optional=True),
       C("19", 19, "exact", "killed", "people in Oman",
         "the National Committee for Emergency Management", ctx="rose to 19"),
       C("10", 10, "exact", "killed", "schoolchildren in Samad A'Shan",
         "the National Committee for Emergency Management"),
       C("More than 1,000", 1000, "more_than", "displaced", "people in shelters in Oman",
         "the National Committee for Emergency Management", attr_alt=["it"])],
      published="2024-04-17"),

    P("d99_034",
      "2016/01/25 12:34\n"
      "Taipei, Jan. 25 (CNA) At least 85 people, most of them elderly, died of hypothermia or "
      "heart problems over the weekend as a record cold wave gripped Taiwan, according to "
      "reports from fire departments and hospitals around the country. In Taipei alone, 21 "
      "people were found dead or without vital signs, most of them at home, the city's fire "
      "department said. The cold snap also killed more than 1,000 tonnes of farmed fish and "
      "caused crop losses estimated at NT$1.4 billion, the Council of Agriculture said. "
      "Emergency rooms in northern Taiwan treated as many as 300 people a day for "
      "cold-related illness, the health ministry said. "
      "Temperatures fell to 4 degrees Celsius in Taipei on Sunday, the lowest in 44 years, and "
      "snow fell on Yangmingshan.",
      [C("At least 85", 85, "at_least", "killed", "people in Taiwan's cold wave",
         "reports from fire departments and hospitals around the country"),
       C("21", 21, "exact", "killed", "people in Taipei", "the city's fire department"),
       C("more than 1,000", 1000, "more_than", "other", "tonnes of farmed fish killed",
         "the Council of Agriculture"),
       C("as many as 300", 300, "at_most", "other",
         "people treated a day for cold-related illness", "the health ministry",
         cat_alt=["injured"])],
      published="2016-01-25"),

    P("d99_035",
      "Published: 11 Jun 2007 06:05 PM BdST\n"
      "Chittagong, June 11 (bdnews24.com) — At least 123 people were killed when mudslides "
      "triggered by torrential rain buried shanties on the hills of Chittagong city early "
      "Monday, police and fire service officials said. Army troops, firefighters and volunteers "
      "recovered 84 bodies at Lalkhan Bazar, Kusumbag and Matijharna, fire service deputy "
      "director Abdul Mannan said. At least 100 people were injured. The Met office recorded 408 "
      "millimetres of rain in 24 hours, the highest in the port city in decades. The city "
      "corporation opened 20 shelters, where some 4,000 people from the hillside slums spent "
      "the night, and handed out 5,000 food packets.",
      [C("At least 123", 123, "at_least", "killed", "people in Chittagong",
         "police and fire service officials"),
       C("84", 84, "exact", "killed", "bodies recovered",
         "fire service deputy director Abdul Mannan"),
       C("At least 100", 100, "at_least", "injured", "people",
         "fire service deputy director Abdul Mannan", attr_alt=[None]),
       C("20", 20, "exact", "infrastructure", "shelters opened", None,
         attr_alt=["The city corporation"], cat_alt=["other", "aid"]),
       C("some 4,000", 4000, "about", "displaced", "people in shelters", None),
       C("5,000", 5000, "exact", "aid", "food packets", None,
         attr_alt=["The city corporation"])],
      published="2007-06-11"),

    P("d99_036",
      "Guatemala City, Sep 9 (EFE).- Guatemalan President Álvaro Colom declared a \"state of "
      "public calamity\" on Tuesday over a drought that has left some 54,000 families in the "
      "so-called dry corridor facing hunger. At least 25 children have died of acute "
      "malnutrition so far this year, according to the Health Ministry, most of them in Jalapa, "
      "Chiquimula and Baja Verapaz. The World Food Programme said it would send 4,000 tonnes of "
      "food, enough to feed 300,000 people for two months. Farmers in the region have lost up "
      "to 80 percent of their maize and bean crops, the agriculture ministry estimated.",
      [C("some 54,000", 54000, "about", "other", "families facing hunger", None,
         attr_alt=["Guatemalan President Álvaro Colom"], cat_alt=["population"]),
       C("At least 25", 25, "at_least", "killed", "children who died of malnutrition",
         "the Health Ministry"),
       C("4,000", 4000, "exact", "aid", "tonnes of food", "The World Food Programme"),
       C("300,000", 300000, "exact", "other", "people to be fed", "The World Food Programme",
         cat_alt=["aid"]),
       C("up to 80 percent", 80, "at_most", "other", "share of crops lost",
         "the agriculture ministry", optional=True)]),

    P("d99_037",
      "MEXICO CITY, May 23 (Reuters) - At least 48 people have died from heat-related causes in "
      "Mexico since mid-March, the health ministry said in its weekly report on Thursday, as a "
      "heat wave pushed temperatures above 45 degrees Celsius in several states. The ministry "
      "has recorded 950 cases of heat stroke, dehydration and burns. Dozens of howler monkeys "
      "have dropped dead from trees in the southern state of Tabasco, where biologists said at "
      "least 83 of the primates had died. The national grid operator declared several power "
      "emergencies this month as air-conditioner use spiked.",
      [C("At least 48", 48, "at_least", "killed", "heat-related deaths in Mexico",
         "the health ministry"),
       C("950", 950, "exact", "other", "cases of heat stroke, dehydration and burns",
         "The ministry", attr_alt=["the health ministry"], cat_alt=["injured"]),
       C("Dozens", 12, "vague", "other", "howler monkeys dead", None,
         attr_alt=["biologists"]),
       C("at least 83", 83, "at_least", "other", "howler monkeys dead", "biologists")]),

    # --- 1985–1993 ----------------------------------------------------------------------------------
    P("d99_038",
      "DHAKA, Bangladesh (AP) _ Rescue workers on Sunday were still finding bodies on the "
      "offshore islands of Urir Char and Sandwip, where a cyclone and tidal wave struck "
      "Saturday, and officials said the death toll could be more than 10,000. The government's "
      "official count stood at 1,382 dead, but a relief official on Urir Char said he had seen "
      "more than 2,000 bodies on the island alone. About 250,000 people were left homeless, the "
      "Relief Ministry said. Navy ships carried 30 tons of food and 5,000 blankets to the "
      "islands, where a 15-foot wave washed away settlements of landless farmers.",
      [C("more than 10,000", 10000, "more_than", "killed", "people (officials' estimate)",
         "officials"),
       C("1,382", 1382, "exact", "killed", "people (official count)",
         "The government's official count", attr_alt=["The government"]),
       C("more than 2,000", 2000, "more_than", "killed", "bodies seen on Urir Char",
         "a relief official on Urir Char"),
       C("About 250,000", 250000, "about", "displaced", "people left homeless",
         "the Relief Ministry"),
       C("30", 30, "exact", "aid", "tons of food", None, attr_alt=["Navy ships"]),
       C("5,000", 5000, "exact", "aid", "blankets", None, attr_alt=["Navy ships"])]),

    P("d99_039",
      "JAN. 16, 1993 12 AM PT\n"
      "PASTO, Colombia (AP) — The Galeras volcano erupted without warning Thursday while "
      "scientists attending an international workshop were working inside its crater, killing "
      "six volcanologists and three tourists who had climbed with them, officials said. "
      "Rescuers brought down five injured scientists, among them the American leader of the "
      "expedition, Stanley Williams, who suffered a fractured skull and two broken legs. Two "
      "Colombian scientists were still missing Friday, the Nariño civil defense said. About "
      "300,000 people live in Pasto, on the volcano's eastern flank, but no evacuation was "
      "ordered.",
      [C("six", 6, "exact", "killed", "volcanologists", "officials"),
       C("three", 3, "exact", "killed", "tourists", "officials"),
       C("five", 5, "exact", "injured", "scientists brought down", "officials",
         attr_alt=[None]),
       C("Two", 2, "exact", "missing", "Colombian scientists", "the Nariño civil defense",
         ctx="Two Colombian"),
       C("About 300,000", 300000, "about", "population", "people in Pasto", None)],
      published="1993-01-16"),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d99_040",
      "KUALA LUMPUR, Nov 22 (Bernama) -- The Malaysian Meteorological Department (MetMalaysia) "
      "has issued a continuous-rain warning at the danger level, the second-highest on its "
      "three-tier scale, for Kelantan and Terengganu until Sunday, with up to 150 millimetres "
      "of rain a day expected in coastal districts. In a statement today, MetMalaysia said the "
      "northeast monsoon, which usually lasts until March, would bring its first heavy-rain "
      "episode of the season from Friday. The National Disaster Management Agency said that as "
      "of 3 pm no evacuations had been reported and that no relief centres had been opened. "
      "Motorists have been told to avoid the Km 318 stretch of the East Coast Expressway, which "
      "was under water for 48 hours during last year's monsoon.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d99_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
