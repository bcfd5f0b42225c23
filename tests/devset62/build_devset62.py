"""Source of the sixty-second development set: writes ``passages.jsonl`` next to it.

Thirty-seven passages (3–7 sentences) on natural and industrial disasters from 1990 to 2025
(earthquakes, cyclones, typhoons and hurricanes, floods, landslides, avalanches, wildfires,
heatwaves, building collapses, mine and factory explosions, gas leaks and ferry and boat
sinkings), written for this set (none copied from an article) in the styles of wire agencies
(AP, Reuters, AFP, dpa, PTI, Xinhua, CNA, TASS, EFE, Kyodo, Bernama), local papers and
broadcasters in Asia, Africa, Latin America and Europe. Figures of dead, injured, missing,
evacuated, displaced, rescued, homes destroyed, relief supplies and rescuers deployed, as
reported by disaster agencies, governors, civil defence, the Red Cross / Red Crescent and UN
agencies, with revised tolls, ranges, spelled-out and vague numbers, and non-claims
(magnitudes, wind speeds, rainfall, distances, money, ages, dates). Annotated by hand and blind
by the project's gold conventions (``gold/README.md`` of the shared folder) and the decisions
recorded in the READMEs of the earlier sets. Figures follow contemporary reports loosely and
some details are invented; the set tests extraction, not facts.

Run ``python tests/devset62/build_devset62.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = other_sets("devset62")

PASSAGES = [
    # 1 Rudbar-Manjil earthquake, Iran, June 1990
    P("d62_001",
      "NICOSIA, Cyprus (AP) — The death toll from the earthquake that devastated northern Iran "
      "has risen to 35,000, the official Islamic Republic News Agency said Saturday, and "
      "officials warned it could climb further as rescuers reached isolated mountain villages. "
      "IRNA, monitored in Nicosia, said about 100,000 people had been injured and that at least "
      "400,000 were left homeless in Gilan and Zanjan provinces. The quake, measured at 7.7 on "
      "the Richter scale, struck shortly after midnight Thursday while many people were indoors "
      "watching a World Cup soccer broadcast. The agency said the towns of Rudbar and Manjil had "
      "been almost entirely destroyed. Interior Minister Abdollah Nouri told Tehran radio that "
      "1,600 tents and 40 tons of medicine had been flown to Rasht by late Friday.",
      [C("35,000", 35000, "exact", "killed", "dead in northern Iran",
         "the official Islamic Republic News Agency"),
       C("about 100,000", 100000, "about", "injured", "people injured", "IRNA",
         attr_alt=["the official Islamic Republic News Agency"]),
       C("at least 400,000", 400000, "at_least", "displaced", "people left homeless", "IRNA",
         attr_alt=["the official Islamic Republic News Agency"]),
       C("1,600", 1600, "exact", "aid", "tents flown to Rasht",
         "Interior Minister Abdollah Nouri"),
       C("40", 40, "exact", "aid", "tons of medicine flown to Rasht",
         "Interior Minister Abdollah Nouri")]),

    # 2 Luzon earthquake, July 1990
    P("d62_002",
      "Quake toll passes 1,000 in northern Philippines\n"
      "MANILA, July 18 (Reuters) - The death toll from Monday's earthquake on the main "
      "Philippine island of Luzon has passed 1,000, the Office of Civil Defense said on "
      "Wednesday, with the mountain resort city of Baguio and the rice-growing town of "
      "Cabanatuan worst hit. At least 1,200 people were injured and 325 were listed as missing, "
      "the office said. In Cabanatuan, rescuers using jacks and bare hands had pulled 48 students "
      "alive from the rubble of the six-storey Christian College of the Philippines, a local "
      "official said, but dozens more were believed trapped. Some 350 U.S. Marines and airmen "
      "from Clark Air Base were helping to clear roads to Baguio, which has been cut off since "
      "the magnitude 7.7 quake struck at 4:26 p.m. on Monday. President Corazon Aquino declared "
      "a state of calamity in eight provinces.",
      [C("1,000", 1000, "more_than", "killed", "earthquake dead (headline)", None,
         ctx="passes 1,000"),
       C("1,000", 1000, "more_than", "killed", "earthquake dead on Luzon",
         "the Office of Civil Defense", ctx="passed 1,000"),
       C("At least 1,200", 1200, "at_least", "injured", "people injured", "the office",
         attr_alt=["the Office of Civil Defense"]),
       C("325", 325, "exact", "missing", "people listed as missing", "the office",
         attr_alt=["the Office of Civil Defense"]),
       C("48", 48, "exact", "other", "students pulled alive in Cabanatuan",
         "a local official"),
       C("dozens", 12, "vague", "other", "students believed trapped", "a local official",
         cat_alt=["missing"], attr_alt=[None]),
       C("Some 350", 350, "about", "troops", "U.S. Marines and airmen clearing roads"),
       C("eight", 8, "exact", "other", "provinces under a state of calamity", optional=True)]),

    # 3 Bangladesh cyclone, April 1991
    P("d62_003",
      "DHAKA, May 3, 1991 (AFP) - Bangladesh's official toll from Monday night's cyclone rose "
      "to 92,000 on Friday, and the Red Crescent Society said the final figure could be well "
      "over 100,000 once reports arrived from offshore islands such as Sandwip and Kutubdia. "
      "The storm, packing winds of up to 225 kilometres (140 miles) an hour, drove a tidal "
      "surge six metres high across the coast of Chittagong and Cox's Bazar. Relief Minister "
      "Abdul Mannan Bhuiyan told reporters that about 10 million people had lost their homes or "
      "crops and that nearly one million houses had been destroyed. \"We have so far received "
      "only 5,000 tonnes of rice and some medicines from abroad; we need ten times that,\" he "
      "said. Navy ships and helicopters ferried 40 tonnes of dry food to Sandwip on Thursday, a "
      "navy spokesman said.",
      [C("92,000", 92000, "exact", "killed", "cyclone dead in Bangladesh"),
       C("well over 100,000", 100000, "more_than", "killed", "projected cyclone dead",
         "the Red Crescent Society"),
       C("about 10 million", 10_000_000, "about", "other",
         "people who lost homes or crops", "Relief Minister Abdul Mannan Bhuiyan",
         cat_alt=["displaced"]),
       C("nearly one million", 1_000_000, "about", "infrastructure", "houses destroyed",
         "Relief Minister Abdul Mannan Bhuiyan"),
       C("5,000", 5000, "exact", "aid", "tonnes of rice received from abroad",
         "Relief Minister Abdul Mannan Bhuiyan", attr_alt=["he"]),
       C("40", 40, "exact", "aid", "tonnes of dry food ferried to Sandwip",
         "a navy spokesman")],
      published="1991-05-03"),

    # 4 Kandla cyclone, Gujarat, June 1998
    P("d62_004",
      "Ahmedabad, June 12 (PTI) The toll in the cyclone that lashed the Saurashtra and Kutch "
      "coast on Tuesday rose to 623 today, with 1,254 people still unaccounted for, most of them "
      "salt-pan workers and labourers at Kandla port, the state Relief Commissioner said. "
      "Officials fear the number of dead could go up considerably as the missing are traced. The "
      "army has deployed nine columns and the Navy two ships for search and rescue at Kandla, "
      "where the storm surge swept away hundreds of shanties. Chief Minister Keshubhai Patel, "
      "who toured the port area by helicopter, announced an ex-gratia of Rs 50,000 for the "
      "families of each of the dead. Nearly 45,000 people moved to relief camps ahead of the "
      "storm are returning home, a district official in Jamnagar said.",
      [C("623", 623, "exact", "killed", "cyclone dead in Gujarat",
         "the state Relief Commissioner"),
       C("1,254", 1254, "exact", "missing", "people unaccounted for",
         "the state Relief Commissioner"),
       C("nine", 9, "exact", "troops", "army columns deployed", optional=True,
         cat_alt=["other"]),
       C("two", 2, "exact", "other", "Navy ships deployed", optional=True),
       C("hundreds", 100, "vague", "infrastructure", "shanties swept away at Kandla"),
       C("Nearly 45,000", 45000, "about", "displaced", "people moved to relief camps",
         "a district official in Jamnagar")]),

    # 5 Armenia (Quindio) earthquake, Colombia, January 1999
    P("d62_005",
      "BOGOTA, Jan 27, 1999 (Reuters) - Rescue workers in Colombia's coffee-growing region "
      "pulled more bodies from the ruins of Armenia on Wednesday as the official toll from "
      "Monday's earthquake climbed to 878, the national disaster office said. More than 3,400 "
      "people were injured and some 200,000 were left homeless across Quindío and Risaralda "
      "provinces, it said, while the Red Cross put the number of missing at about 1,200. Looters "
      "stripped supermarkets in Armenia, a city of about 280,000 people, and President Andres "
      "Pastrana ordered 2,000 extra troops and police into the city overnight. The magnitude 6.2 "
      "quake was centred just 16 km (10 miles) from Armenia at a shallow depth. \"We have 60 "
      "tonnes of food sitting at the airport and no trucks to move it,\" said Red Cross relief "
      "coordinator Walter Cotte.",
      [C("878", 878, "exact", "killed", "earthquake dead", "the national disaster office"),
       C("More than 3,400", 3400, "more_than", "injured", "people injured",
         "the national disaster office", attr_alt=["it"]),
       C("some 200,000", 200000, "about", "displaced", "people left homeless",
         "the national disaster office", attr_alt=["it"]),
       C("about 1,200", 1200, "about", "missing", "people missing", "the Red Cross"),
       C("about 280,000", 280000, "about", "population", "residents of Armenia"),
       C("2,000", 2000, "exact", "troops", "extra troops and police sent to Armenia",
         attr_alt=["President Andres Pastrana"]),
       C("60", 60, "exact", "aid", "tonnes of food at the airport",
         "Red Cross relief coordinator Walter Cotte")],
      published="1999-01-27"),
    # 6 Elbe floods, Dresden, August 2002
    P("d62_006",
      "DRESDEN (dpa) - The Elbe rose to a record 9.40 metres in Dresden on Saturday morning, and "
      "civil protection officials in Saxony ordered some 30,000 more residents out of low-lying "
      "districts of the city. Across Saxony at least 18 people have died in the floods and 24 "
      "are still missing, the state interior ministry said. More than 4,000 soldiers of the "
      "Bundeswehr, backed by about 12,000 volunteers and fire crews, were filling sandbags along "
      "the river. Chancellor Gerhard Schröder, who visited the flooded town of Grimma, promised "
      "385 million euros in immediate aid. In neighbouring Bohemia, Czech authorities said "
      "200,000 people had been evacuated since the start of the week, among them 50,000 in "
      "Prague.",
      [C("some 30,000", 30000, "about", "displaced", "Dresden residents ordered out",
         attr_alt=["civil protection officials in Saxony"]),
       C("at least 18", 18, "at_least", "killed", "flood dead in Saxony",
         "the state interior ministry"),
       C("24", 24, "exact", "missing", "people missing in Saxony",
         "the state interior ministry"),
       C("More than 4,000", 4000, "more_than", "troops", "Bundeswehr soldiers"),
       C("about 12,000", 12000, "about", "troops", "volunteers and fire crews",
         cat_alt=["other"]),
       C("200,000", 200000, "exact", "displaced", "people evacuated in Bohemia",
         "Czech authorities"),
       C("50,000", 50000, "exact", "displaced", "people evacuated in Prague",
         "Czech authorities")]),

    # 7 Spectrum factory collapse, Savar, April 2005
    P("d62_007",
      "Savar factory collapse: toll rises to 61\n"
      "Staff Correspondent, Savar\n"
      "Wednesday, April 13, 2005\n"
      "The death toll from the collapse of the nine-storey Spectrum Sweater Industries building "
      "at Palashbari in Savar rose to 61 yesterday as fire fighters and army personnel "
      "recovered 11 more bodies from the rubble. At least 84 workers were injured and many of "
      "them are being treated at Enam Medical College Hospital and Dhaka Medical College "
      "Hospital, said officials at the control room set up at the site. Fire Service Deputy "
      "Director Sheikh Mohammad Shahjalal said around 30 workers could still be trapped under "
      "the debris, though relatives gave a figure of over 100. The factory, which had been "
      "built on a filled-up marsh, employed about 5,000 workers, but the night shift was in "
      "progress when it caved in at around 1:00am on Monday.",
      [C("61", 61, "exact", "killed", "factory collapse dead (headline)", ctx="rises to 61"),
       C("61", 61, "exact", "killed", "factory collapse dead",
         attr_alt=["officials at the control room set up at the site"], ctx="rose to 61"),
       C("11", 11, "exact", "killed", "bodies recovered",
         attr_alt=["officials at the control room set up at the site"]),
       C("At least 84", 84, "at_least", "injured", "workers injured",
         "officials at the control room set up at the site"),
       C("around 30", 30, "about", "other", "workers possibly trapped",
         "Fire Service Deputy Director Sheikh Mohammad Shahjalal", cat_alt=["missing"]),
       C("over 100", 100, "more_than", "other", "workers trapped (relatives' figure)",
         "relatives", cat_alt=["missing"]),
       C("about 5,000", 5000, "about", "population", "workers employed at the factory",
         cat_alt=["other"])],
      published="2005-04-13"),

    # 8 MV Skagit, Zanzibar, July 2012
    P("d62_008",
      "Skagit: Hope fades for missing passengers\n"
      "From ISSA YUSSUF in Zanzibar\n"
      "Rescue teams yesterday pulled 13 more bodies from the waters off Chumbe Island, bringing "
      "to 31 the number of people confirmed dead in Wednesday's sinking of the MV Skagit, the "
      "Zanzibar government said. Minister of State Mohamed Aboud Mohamed told journalists that "
      "146 passengers had been rescued alive, while the manifest listed 290 people on board, "
      "including 31 children. Police divers from Dar es Salaam and a team of eight US Navy "
      "divers have joined the search, which was suspended for several hours on Thursday because "
      "of waves of up to three metres. The vessel, built in 1989 for service in Washington "
      "State, was licensed to carry 250 passengers.",
      [C("13", 13, "exact", "killed", "bodies pulled from the water",
         "the Zanzibar government"),
       C("31", 31, "exact", "killed", "people confirmed dead", "the Zanzibar government",
         ctx="to 31 the number"),
       C("146", 146, "exact", "other", "passengers rescued alive",
         "Minister of State Mohamed Aboud Mohamed"),
       C("290", 290, "exact", "other", "people on board", "the manifest",
         attr_alt=["Minister of State Mohamed Aboud Mohamed"]),
       C("31", 31, "exact", "other", "children on board", "the manifest",
         attr_alt=["Minister of State Mohamed Aboud Mohamed"], ctx="31 children"),
       C("eight", 8, "exact", "troops", "US Navy divers in the search", cat_alt=["other"]),
       C("250", 250, "exact", "other", "licensed passenger capacity", optional=True)]),

    # 9 West Fertilizer explosion, Texas, April 2013
    P("d62_009",
      "WEST, Texas (AP) — Authorities said Friday that 14 bodies had been recovered from the "
      "site of the fertilizer plant explosion that flattened blocks of this small Texas town, "
      "and that as many as 60 people remained unaccounted for. More than 160 people were hurt "
      "in Wednesday night's blast, Sgt. Jason Reyes of the Texas Department of Public Safety "
      "said, and between 50 and 75 homes were destroyed. Most of those killed were volunteer "
      "firefighters and emergency workers who had rushed to the burning West Fertilizer Co. "
      "plant about 20 minutes before it exploded. The town of about 2,800 people, some 20 miles "
      "north of Waco, was known mainly for its Czech bakeries. Reyes said search teams had gone "
      "through about 150 buildings and still had about 25 to check.",
      [C("14", 14, "exact", "killed", "bodies recovered", "Authorities"),
       C("as many as 60", 60, "at_most", "missing", "people unaccounted for", "Authorities"),
       C("More than 160", 160, "more_than", "injured", "people hurt",
         "Sgt. Jason Reyes of the Texas Department of Public Safety"),
       C("between 50 and 75", 50, "range", "infrastructure", "homes destroyed",
         "Sgt. Jason Reyes of the Texas Department of Public Safety", high=75,
         attr_alt=[None]),
       C("about 2,800", 2800, "about", "population", "residents of West"),
       C("about 150", 150, "about", "infrastructure", "buildings searched", "Reyes",
         cat_alt=["other"], attr_alt=["Sgt. Jason Reyes of the Texas Department of Public Safety"]),
       C("about 25", 25, "about", "infrastructure", "buildings still to search", "Reyes",
         cat_alt=["other"], attr_alt=["Sgt. Jason Reyes of the Texas Department of Public Safety"])]),

    # 10 Malin landslide, Pune district, July 2014
    P("d62_010",
      "Malin landslide: toll reaches 82, NDRF says search may go on for a week\n"
      "Written by Express News Service | Pune | Updated: August 2, 2014 3:12 am\n"
      "The number of bodies recovered from the debris at Malin village in Ambegaon taluka rose "
      "to 82 on Friday, the third day of rescue operations, district collector Saurabh Rao said. "
      "Of the dead, 34 were women and 19 children, he said. Around 160 people are believed to "
      "have been buried when a part of the hill above the village collapsed after heavy rain "
      "early on Wednesday, burying 44 houses. Eight people have been pulled out alive so far. "
      "NDRF commandant Alok Awasthi said nearly 400 personnel from the force, along with 150 "
      "volunteers and 10 earth-movers, were working at the site in incessant rain.",
      [C("82", 82, "exact", "killed", "landslide dead (headline)", ctx="reaches 82"),
       C("82", 82, "exact", "killed", "bodies recovered at Malin",
         "district collector Saurabh Rao", ctx="rose to 82"),
       C("34", 34, "exact", "killed", "women among the dead", "district collector Saurabh Rao",
         attr_alt=["he"]),
       C("19", 19, "exact", "killed", "children among the dead",
         "district collector Saurabh Rao", attr_alt=["he"]),
       C("Around 160", 160, "about", "killed", "people believed buried",
         "district collector Saurabh Rao", cat_alt=["missing"], attr_alt=[None]),
       C("44", 44, "exact", "infrastructure", "houses buried",
         "district collector Saurabh Rao", attr_alt=[None]),
       C("Eight", 8, "exact", "other", "people pulled out alive",
         "district collector Saurabh Rao", attr_alt=[None]),
       C("nearly 400", 400, "about", "troops", "NDRF personnel at the site",
         "NDRF commandant Alok Awasthi"),
       C("150", 150, "exact", "troops", "volunteers at the site",
         "NDRF commandant Alok Awasthi", cat_alt=["other"]),
       C("10", 10, "exact", "other", "earth-movers at the site",
         "NDRF commandant Alok Awasthi", optional=True)],
      published="2014-08-02"),
    # 11 Kunshan dust explosion, August 2014
    P("d62_011",
      "KUNSHAN, Jiangsu, Aug. 3 (Xinhua) -- The death toll from Saturday's dust explosion at a "
      "metal-polishing workshop in east China's Kunshan City has risen to 75, local authorities "
      "said Sunday. A further 185 people were being treated in hospitals in Kunshan, Suzhou and "
      "Shanghai, and more than 100 of them were in critical condition, according to the city's "
      "publicity department. The blast ripped through the workshop of Kunshan Zhongrong Metal "
      "Products Co., Ltd., which polishes wheel hubs for car makers, at about 7:37 a.m. as some "
      "260 workers were starting their shift. The State Council has sent a work team headed by "
      "Yang Dongliang, director of the State Administration of Work Safety, to the city. Police "
      "have detained company chairman Wu Jiyan and two other executives.",
      [C("75", 75, "exact", "killed", "dust explosion dead", "local authorities"),
       C("185", 185, "exact", "injured", "people treated in hospital",
         "the city's publicity department"),
       C("more than 100", 100, "more_than", "injured", "injured in critical condition",
         "the city's publicity department"),
       C("some 260", 260, "about", "other", "workers on shift at the blast"),
       C("two", 2, "exact", "detained", "other executives detained", attr_alt=["Police"])]),

    # 12 Formosa Fun Coast dust fire, June 2015
    P("d62_012",
      "Taipei, June 28 (CNA) A total of 498 people were injured, 202 of them seriously, after "
      "colored powder sprayed over the crowd at a water park party in New Taipei ignited late "
      "Saturday, the Ministry of Health and Welfare said Sunday afternoon. The injured were sent "
      "to 43 hospitals across northern Taiwan, where many were being treated for burns covering "
      "more than 40 percent of their bodies, the ministry said. Around 1,000 people had been "
      "attending the \"Color Play Asia\" event at Formosa Fun Coast in Bali District. New Taipei "
      "Mayor Eric Chu ordered the park shut and said the city had set up a 24-hour hotline for "
      "families. The event's organizer, Lu Chung-chi, 27, and four others were taken in for "
      "questioning by prosecutors.",
      [C("498", 498, "exact", "injured", "people injured at the water park",
         "the Ministry of Health and Welfare"),
       C("202", 202, "exact", "injured", "people seriously injured",
         "the Ministry of Health and Welfare"),
       C("43", 43, "exact", "infrastructure", "hospitals receiving the injured", "the ministry",
         optional=True, cat_alt=["other"], attr_alt=["the Ministry of Health and Welfare"]),
       C("Around 1,000", 1000, "about", "other", "people attending the event"),
       C("four", 4, "exact", "detained", "others questioned by prosecutors",
         cat_alt=["other"], attr_alt=["prosecutors"])]),

    # 13 Guangming landslide, Shenzhen, December 2015
    P("d62_013",
      "Shenzhen landslide: 76 still missing as rescuers race against time\n"
      "Updated: 2015-12-22 09:14\n"
      "By ZHOU MO in Shenzhen\n"
      "Rescuers pulled a 19-year-old man alive from the mud in Shenzhen's Guangming New District "
      "early on Tuesday, 67 hours after a mountain of construction waste collapsed onto an "
      "industrial park, the city's headquarters for the rescue said. Seventy-six people, 43 men "
      "and 33 women, were still unaccounted for, it said, down from the 91 reported missing on "
      "Monday after some were found to be safe. The slide buried or damaged 33 buildings, "
      "including factory dormitories, and more than 900 people were relocated to temporary "
      "shelters. About 3,000 rescuers, including armed police and firefighters, and more than "
      "150 pieces of heavy machinery were at the site.",
      [C("76", 76, "exact", "missing", "people missing (headline)"),
       C("Seventy-six", 76, "exact", "missing", "people unaccounted for",
         "the city's headquarters for the rescue", attr_alt=["it"]),
       C("43", 43, "exact", "missing", "men unaccounted for",
         "the city's headquarters for the rescue", attr_alt=["it"]),
       C("33", 33, "exact", "missing", "women unaccounted for",
         "the city's headquarters for the rescue", attr_alt=["it"], ctx="33 women"),
       C("91", 91, "exact", "missing", "people reported missing on Monday",
         "the city's headquarters for the rescue", attr_alt=["it"]),
       C("33", 33, "exact", "infrastructure", "buildings buried or damaged",
         "the city's headquarters for the rescue", attr_alt=[None], ctx="33 buildings"),
       C("more than 900", 900, "more_than", "displaced", "people relocated to shelters",
         "the city's headquarters for the rescue", attr_alt=[None]),
       C("About 3,000", 3000, "about", "troops", "rescuers at the site",
         "the city's headquarters for the rescue", cat_alt=["other"], attr_alt=[None]),
       C("more than 150", 150, "more_than", "other", "pieces of heavy machinery",
         "the city's headquarters for the rescue", optional=True, attr_alt=[None])],
      published="2015-12-22"),

    # 14 Severnaya mine, Vorkuta, February 2016
    P("d62_014",
      "MOSCOW, February 28. /TASS/. None of the 26 miners trapped since Thursday at the "
      "Severnaya coal mine in Vorkuta could have survived a second methane blast on Sunday, the "
      "Emergencies Ministry's press service said. The new explosion also killed five mine "
      "rescuers and a miner who had been searching for their colleagues, it said. The first "
      "blast, some 780 metres underground, killed four miners; 80 of the 110 men in the mine at "
      "the time were brought to the surface. In all, 36 people are now believed to have died "
      "at the mine, the ministry said, and the search has been called off because of the risk "
      "of further fires. Rescuers will flood the affected section, Labour Minister Maxim "
      "Topilin said.",
      [C("26", 26, "exact", "killed", "trapped miners presumed dead",
         "the Emergencies Ministry's press service", cat_alt=["missing"]),
       C("five", 5, "exact", "killed", "mine rescuers killed",
         "the Emergencies Ministry's press service", attr_alt=["it"]),
       C("four", 4, "exact", "killed", "miners killed in the first blast",
         "the Emergencies Ministry's press service", attr_alt=[None]),
       C("80", 80, "exact", "other", "miners brought to the surface",
         "the Emergencies Ministry's press service", attr_alt=[None]),
       C("110", 110, "exact", "other", "men in the mine at the first blast",
         "the Emergencies Ministry's press service", attr_alt=[None]),
       C("36", 36, "exact", "killed", "people believed dead at the mine", "the ministry",
         attr_alt=["the Emergencies Ministry's press service"])]),

    # 15 Lekki Gardens building collapse, Lagos, March 2016
    P("d62_015",
      "Lekki Gardens collapse: LASEMA confirms 34 dead\n"
      "March 9, 2016\n"
      "By Monsur Olowoopejo\n"
      "The Lagos State Emergency Management Agency, LASEMA, yesterday said 34 bodies had been "
      "recovered from the five-storey building that collapsed at Lekki Gardens Phase II, Ajah, "
      "while 13 people were rescued alive. LASEMA's General Manager, Mr Adesina Tiamiyu, said "
      "search and rescue operations had ended and the site had been handed over to the police. "
      "Eyewitnesses, however, insisted that scores of workers, mostly artisans and labourers, had "
      "been inside the building when it came down on Tuesday, and put the number of the dead at "
      "more than 40. The state government said the developer had added two floors beyond the "
      "three approved, and that four officials of the Lagos State Building Control Agency had "
      "been suspended.",
      [C("34", 34, "exact", "killed", "dead in the collapse (headline)", "LASEMA",
         attr_alt=["The Lagos State Emergency Management Agency"], ctx="confirms 34"),
       C("34", 34, "exact", "killed", "bodies recovered",
         "The Lagos State Emergency Management Agency", attr_alt=["LASEMA"], ctx="said 34"),
       C("13", 13, "exact", "other", "people rescued alive",
         "The Lagos State Emergency Management Agency", attr_alt=["LASEMA"]),
       C("scores", 20, "vague", "other", "workers inside the building", "Eyewitnesses"),
       C("more than 40", 40, "more_than", "killed", "dead (eyewitnesses' figure)",
         "Eyewitnesses"),
       C("four", 4, "exact", "other", "building control officials suspended",
         "The state government", optional=True)],
      published="2016-03-09"),
    # 16 Gatlinburg wildfires, Tennessee, November-December 2016
    P("d62_016",
      "Updated 6:12 p.m. ET Dec. 2, 2016\n"
      "GATLINBURG, Tenn. — The death toll from the wildfires that swept through Gatlinburg and "
      "Sevier County rose to 13 on Friday, Sevier County Mayor Larry Waters said, and officials "
      "said more than 1,400 homes and businesses had been damaged or destroyed. About 80 people "
      "were treated at area hospitals, and three people remained in critical condition at the "
      "Vanderbilt burn unit. Waters said authorities had received more than 250 calls from "
      "people looking for relatives and had cleared all but about 70 of them. Some 14,000 "
      "residents and visitors were ordered out of Gatlinburg on Monday night as winds gusting to "
      "87 mph pushed flames from the Chimney Tops trail into the city. The fire has burned about "
      "17,000 acres.",
      [C("13", 13, "exact", "killed", "wildfire dead", "Sevier County Mayor Larry Waters"),
       C("more than 1,400", 1400, "more_than", "infrastructure",
         "homes and businesses damaged or destroyed", "officials"),
       C("About 80", 80, "about", "injured", "people treated at hospitals", "officials",
         attr_alt=[None]),
       C("three", 3, "exact", "injured", "people in critical condition", "officials",
         attr_alt=[None]),
       C("more than 250", 250, "more_than", "other", "calls about missing relatives",
         "Waters", optional=True, cat_alt=["missing"],
         attr_alt=["Sevier County Mayor Larry Waters"]),
       C("about 70", 70, "about", "missing", "people not yet accounted for", "Waters",
         attr_alt=["Sevier County Mayor Larry Waters"]),
       C("Some 14,000", 14000, "about", "displaced", "residents and visitors ordered out"),
       C("about 17,000", 17000, "about", "other", "acres burned", optional=True)],
      published="2016-12-02"),

    # 17 Reigners Bible Church roof collapse, Uyo, December 2016
    P("d62_017",
      "UYO: The Akwa Ibom State Government on Sunday put the number of worshippers killed when "
      "the roof of Reigners Bible Church International collapsed in Uyo at 23, rejecting "
      "figures of more than 160 dead circulating on social media. Commissioner for Information "
      "Charles Udoh said 21 of the injured were still receiving treatment at the University of "
      "Uyo Teaching Hospital, while 32 others had been discharged. Thousands of worshippers had "
      "packed the unfinished building on Saturday for the consecration of the church's founder, "
      "Akan Weeks, as a bishop. Governor Udom Emmanuel, who was inside the church but escaped "
      "unhurt, has set up a panel of inquiry. A hospital official who asked not to be named "
      "told our correspondent that the mortuary had received at least 60 bodies.",
      [C("23", 23, "exact", "killed", "worshippers killed", "The Akwa Ibom State Government"),
       C("more than 160", 160, "more_than", "killed", "dead (social media figure)",
         "social media", attr_alt=[None]),
       C("21", 21, "exact", "injured", "injured still in hospital",
         "Commissioner for Information Charles Udoh"),
       C("32", 32, "exact", "injured", "injured discharged",
         "Commissioner for Information Charles Udoh", cat_alt=["other"]),
       C("Thousands", 1000, "vague", "other", "worshippers in the church"),
       C("at least 60", 60, "at_least", "killed", "bodies received at the mortuary",
         "A hospital official")]),

    # 18 Japan heatwave, July 2018
    P("d62_018",
      "TOKYO, July 24 (Kyodo) -- At least 65 people died of suspected heatstroke across Japan "
      "in the week to Sunday and 22,647 were taken to hospital by ambulance, both record weekly "
      "figures, the Fire and Disaster Management Agency said Tuesday. Of those hospitalized, "
      "11,000 were aged 65 or older, and 954 were in serious condition, it said. The city of "
      "Kumagaya in Saitama Prefecture recorded 41.1 C on Monday, the highest temperature ever "
      "observed in the country. In Aichi Prefecture, a 6-year-old boy collapsed and died after a "
      "school outing last week, prompting the education ministry to urge schools to install air "
      "conditioners. Only about 42 percent of public elementary and junior high school "
      "classrooms have them.",
      [C("At least 65", 65, "at_least", "killed", "suspected heatstroke deaths",
         "the Fire and Disaster Management Agency"),
       C("22,647", 22647, "exact", "other", "heatstroke patients taken to hospital",
         "the Fire and Disaster Management Agency", cat_alt=["injured"]),
       C("11,000", 11000, "exact", "other", "elderly heatstroke patients",
         "the Fire and Disaster Management Agency", cat_alt=["injured"], attr_alt=["it"]),
       C("954", 954, "exact", "other", "heatstroke patients in serious condition",
         "the Fire and Disaster Management Agency", cat_alt=["injured"], attr_alt=["it"]),
       C("about 42 percent", 42, "about", "other", "classrooms with air conditioning",
         optional=True)]),

    # 19 KM Lestari Maju, Selayar, July 2018
    P("d62_019",
      "Selayar ferry toll rises to 34 as search continues\n"
      "Makassar / Wed, July 4, 2018 / 05:15 pm\n"
      "The number of people killed after the KM Lestari Maju ferry was deliberately run aground "
      "off Selayar Island in South Sulawesi has risen to 34, the National Search and Rescue "
      "Agency (Basarnas) said on Wednesday. Basarnas Makassar head Mustari said 155 passengers "
      "and crew had been rescued and three were still missing, though the agency cautioned that "
      "the ship's manifest, which listed 139 people, was incomplete. The captain beached the "
      "vessel about 300 meters from shore after water began pouring through a crack in the hull "
      "on Tuesday afternoon. The ferry was also carrying 48 vehicles. The accident came two "
      "weeks after a ferry sank on Lake Toba in North Sumatra with nearly 200 people believed to "
      "be on board.",
      [C("34", 34, "exact", "killed", "ferry dead (headline)", ctx="rises to 34"),
       C("34", 34, "exact", "killed", "ferry dead",
         "the National Search and Rescue Agency (Basarnas)", ctx="risen to 34"),
       C("155", 155, "exact", "other", "passengers and crew rescued",
         "Basarnas Makassar head Mustari"),
       C("three", 3, "exact", "missing", "people still missing",
         "Basarnas Makassar head Mustari"),
       C("139", 139, "exact", "other", "people on the manifest", "the ship's manifest",
         attr_alt=["the agency"]),
       C("48", 48, "exact", "other", "vehicles on board", optional=True),
       C("nearly 200", 200, "about", "other", "people on board the Lake Toba ferry",
         cat_alt=["missing"])],
      published="2018-07-04"),

    # 20 Hurricane Michael, October 2018
    P("d62_020",
      "Hurricane Michael death toll rises to 16 as searchers comb Mexico Beach\n"
      "Updated 9:41 PM ET, Fri October 12, 2018\n"
      "At least 16 people have died in Florida, Georgia, North Carolina and Virginia since "
      "Hurricane Michael made landfall Wednesday as a Category 4 storm with 155 mph winds, "
      "according to state and local officials. In Mexico Beach, where the storm surge wiped "
      "entire blocks off their foundations, search-and-rescue teams with dogs had checked about "
      "75% of the town by Friday evening, Florida Gov. Rick Scott said. Of the town's roughly "
      "1,000 residents, about 285 ignored mandatory evacuation orders, and officials said they "
      "had not been able to account for all of them. More than 1.1 million homes and businesses "
      "across the Southeast were still without power, according to utilities. The governor said "
      "3,500 Florida National Guard troops had been deployed.",
      [C("16", 16, "exact", "killed", "hurricane dead (headline)", ctx="rises to 16"),
       C("At least 16", 16, "at_least", "killed", "hurricane dead",
         "state and local officials"),
       C("about 75%", 75, "about", "other", "share of Mexico Beach searched",
         "Florida Gov. Rick Scott", optional=True),
       C("roughly 1,000", 1000, "about", "population", "residents of Mexico Beach",
         "Florida Gov. Rick Scott", attr_alt=[None]),
       C("about 285", 285, "about", "other", "residents who stayed despite evacuation orders",
         "Florida Gov. Rick Scott", cat_alt=["population"], attr_alt=[None]),
       C("More than 1.1 million", 1_100_000, "more_than", "other",
         "homes and businesses without power", "utilities", cat_alt=["infrastructure"]),
       C("3,500", 3500, "exact", "troops", "Florida National Guard troops deployed",
         "The governor", attr_alt=["Florida Gov. Rick Scott"])],
      published="2018-10-12"),
    # 21 Ksan rat-hole mine, Meghalaya, December 2018
    P("d62_021",
      "Shillong: Fifteen miners remain trapped in a flooded illegal rat-hole coal mine at Ksan "
      "in Meghalaya's East Jaintia Hills district a week after water from the nearby Lytein "
      "river gushed in, officials said on Thursday. Five miners who were near the mouth of the "
      "370-foot shaft managed to escape on December 13, district deputy commissioner F M Dopth "
      "said. About 100 personnel of the National Disaster Response Force and the state disaster "
      "response force are at the site, but their pumps of 25 horsepower have failed to lower "
      "the water level. Police have arrested one of the mine owners, James Sukhlain. Meghalaya "
      "has banned rat-hole mining since 2014, though an estimated 5,000 such mines remain in "
      "the Jaintia Hills, according to activists.",
      [C("Fifteen", 15, "exact", "other", "miners trapped in the flooded mine", "officials",
         cat_alt=["missing"]),
       C("Five", 5, "exact", "other", "miners who escaped",
         "district deputy commissioner F M Dopth"),
       C("About 100", 100, "about", "troops", "NDRF and SDRF personnel at the site",
         cat_alt=["other"]),
       C("an estimated 5,000", 5000, "about", "other", "rat-hole mines in the Jaintia Hills",
         "activists")]),

    # 22 Ita-Faji school building collapse, Lagos, March 2019
    P("d62_022",
      "Lagos Island building collapse: Death toll hits 20\n"
      "By Guardian Nigeria | 14 March 2019 | 3:12 am\n"
      "The death toll from Wednesday's collapse of a three-storey building housing a primary "
      "school on Massey Street, Ita-Faji, Lagos Island, has risen to 20, the Director-General of "
      "the National Emergency Management Agency (NEMA), Mustapha Maihaja, said yesterday. He "
      "said 45 people, most of them pupils, had been rescued alive and taken to hospitals. The "
      "Lagos State Emergency Management Agency (LASEMA) had earlier put the number of dead at "
      "10. About 100 pupils were believed to have been in the school, which operated illegally "
      "on the top floor, when the building caved in at about 10am. Governor Akinwunmi Ambode said "
      "54 other buildings in the area had been marked for demolition.",
      [C("20", 20, "exact", "killed", "collapse dead (headline)", ctx="hits 20"),
       C("20", 20, "exact", "killed", "collapse dead",
         "the Director-General of the National Emergency Management Agency (NEMA), Mustapha "
         "Maihaja", ctx="risen to 20"),
       C("45", 45, "exact", "other", "people rescued alive",
         "the Director-General of the National Emergency Management Agency (NEMA), Mustapha "
         "Maihaja", attr_alt=["He"]),
       C("10", 10, "exact", "killed", "dead (earlier LASEMA figure)",
         "The Lagos State Emergency Management Agency (LASEMA)"),
       C("About 100", 100, "about", "other", "pupils believed to be in the school"),
       C("54", 54, "exact", "infrastructure", "buildings marked for demolition",
         "Governor Akinwunmi Ambode")],
      published="2019-03-14"),

    # 23 Kamoto (KCC) mine collapse, Kolwezi, June 2019
    P("d62_023",
      "KINSHASA, June 28 (Reuters) - At least 43 illegal miners were killed when two galleries "
      "collapsed at a copper and cobalt mine operated by Glencore's Kamoto Copper Company (KCC) "
      "in southeast Congo on Thursday, the governor of Lualaba province said. Richard Muyej told "
      "Reuters that the toll could rise because rescuers were still digging for survivors, and "
      "that 2,000 artisanal miners were trespassing on the KCC concession every day. Glencore "
      "said in a statement that 19 bodies had been recovered near Kolwezi and that it had "
      "provided medical assistance to an unspecified number of injured. The company said it had "
      "repeatedly asked the authorities for help in keeping intruders off the site.",
      [C("At least 43", 43, "at_least", "killed", "illegal miners killed",
         "the governor of Lualaba province", attr_alt=["Richard Muyej"]),
       C("two", 2, "exact", "other", "mine galleries collapsed", optional=True),
       C("2,000", 2000, "exact", "other", "artisanal miners trespassing daily",
         "Richard Muyej", attr_alt=["the governor of Lualaba province"]),
       C("19", 19, "exact", "killed", "bodies recovered", "Glencore")]),

    # 24 Kesarbai building collapse, Dongri, Mumbai, July 2019
    P("d62_024",
      "Dongri building collapse: toll rises to 13, rescue operation ends\n"
      "Mumbai | Updated: Jul 17, 2019 10:21 IST\n"
      "Thirteen people, including four children, were killed when a portion of the "
      "century-old Kesarbai building collapsed in the congested Dongri area of south Mumbai on "
      "Tuesday, the Brihanmumbai Municipal Corporation (BMC) said. Nine people were injured and "
      "are being treated at JJ Hospital, where two are said to be critical. About 10 families "
      "lived in the four-storey structure, which the Maharashtra Housing and Area Development "
      "Authority (MHADA) had marked for redevelopment in 2017, local residents said. Chief "
      "minister Devendra Fadnavis said an inquiry would be held. The National Disaster Response "
      "Force deployed three teams of 45 personnel each.",
      [C("13", 13, "exact", "killed", "collapse dead (headline)"),
       C("Thirteen", 13, "exact", "killed", "collapse dead",
         "the Brihanmumbai Municipal Corporation (BMC)"),
       C("four", 4, "exact", "killed", "children among the dead",
         "the Brihanmumbai Municipal Corporation (BMC)", ctx="four children"),
       C("Nine", 9, "exact", "injured", "people injured",
         "the Brihanmumbai Municipal Corporation (BMC)", attr_alt=[None]),
       C("two", 2, "exact", "injured", "injured in critical condition",
         "the Brihanmumbai Municipal Corporation (BMC)", attr_alt=[None]),
       C("About 10", 10, "about", "population", "families living in the building",
         "local residents", cat_alt=["other"]),
       C("three", 3, "exact", "troops", "NDRF teams deployed", optional=True,
         cat_alt=["other"], attr_alt=["The National Disaster Response Force"]),
       C("45", 45, "exact", "troops", "NDRF personnel per team", cat_alt=["other"],
         attr_alt=["The National Disaster Response Force"])],
      published="2019-07-17"),

    # 25 West Pokot landslides, Kenya, November 2019
    P("d62_025",
      "West Pokot landslides: Death toll rises to 29\n"
      "By OSCAR KAKAI\n"
      "Sunday November 24 2019\n"
      "At least 29 people have died after landslides triggered by heavy overnight rain swept "
      "away homes in Parua, Nyarkulian and Tamkal villages in West Pokot County, Interior "
      "Cabinet Secretary Fred Matiang'i said on Saturday. Among the dead are seven children, he "
      "said. Governor John Lonyangapuo said 22 people were still missing, while the Kenya Red "
      "Cross put the number of displaced families at about 400. Two military helicopters "
      "airlifted food and medicine to the area after landslides cut off the Kitale-Lodwar "
      "highway, and the Red Cross said it had distributed 350 non-food item kits. The county "
      "received 200mm of rain in 24 hours, the Kenya Meteorological Department said.",
      [C("29", 29, "exact", "killed", "landslide dead (headline)", ctx="rises to 29"),
       C("At least 29", 29, "at_least", "killed", "landslide dead",
         "Interior Cabinet Secretary Fred Matiang'i"),
       C("seven", 7, "exact", "killed", "children among the dead",
         "Interior Cabinet Secretary Fred Matiang'i", attr_alt=["he"]),
       C("22", 22, "exact", "missing", "people still missing", "Governor John Lonyangapuo"),
       C("about 400", 400, "about", "displaced", "displaced families", "the Kenya Red Cross"),
       C("Two", 2, "exact", "other", "military helicopters", optional=True),
       C("350", 350, "exact", "aid", "non-food item kits distributed", "the Red Cross",
         attr_alt=["the Kenya Red Cross"])],
      published="2019-11-24"),
    # 26 Arys ammunition depot explosions, Kazakhstan, June 2019
    P("d62_026",
      "ALMATY, June 25 (Reuters) - Explosions at an army ammunition depot in the southern Kazakh "
      "town of Arys killed one person and injured 165 others, the health ministry said on "
      "Tuesday, after tens of thousands of residents fled as shells flew over their homes for "
      "hours. The authorities evacuated more than 44,000 people from the town of about 40,000 "
      "and surrounding villages, the emergencies ministry said. Defence Minister Nurlan "
      "Yermekbayev said the depot had held about 7,000 tonnes of munitions, including artillery "
      "shells and rockets, and that sappers had so far collected around 1,500 unexploded shells "
      "scattered as far as 10 km away. The government said about 3,000 homes had been damaged.",
      [C("one", 1, "exact", "killed", "person killed in the explosions", "the health ministry",
         ctx="one person"),
       C("165", 165, "exact", "injured", "people injured", "the health ministry"),
       C("tens of thousands", 10000, "vague", "displaced", "residents who fled",
         "the health ministry", attr_alt=[None]),
       C("more than 44,000", 44000, "more_than", "displaced", "people evacuated",
         "the emergencies ministry"),
       C("about 40,000", 40000, "about", "population", "residents of Arys",
         attr_alt=["the emergencies ministry"]),
       C("about 7,000", 7000, "about", "munitions", "tonnes of munitions at the depot",
         "Defence Minister Nurlan Yermekbayev"),
       C("around 1,500", 1500, "about", "munitions", "unexploded shells collected",
         "Defence Minister Nurlan Yermekbayev"),
       C("about 3,000", 3000, "about", "infrastructure", "homes damaged", "The government")]),

    # 27 Neelum valley avalanches, Azad Kashmir, January 2020
    P("d62_027",
      "Published January 15, 2020\n"
      "MUZAFFARABAD: The death toll from avalanches and rain-related incidents in Azad Jammu and "
      "Kashmir rose to 76 on Tuesday, with 62 of the deaths in the Neelum valley, the State "
      "Disaster Management Authority (SDMA) said. In Seri village of the Surgun area alone, 19 "
      "members of a single extended family were buried when an avalanche struck their homes late "
      "on Monday night, local officials said. The SDMA said 92 houses had been destroyed and 178 "
      "partially damaged across the region, while around 50 people were still unaccounted for. "
      "Army helicopters evacuated 23 injured people to the Combined Military Hospital in "
      "Muzaffarabad, an ISPR statement said. Snow up to seven feet deep has blocked the Neelum "
      "road at several points.",
      [C("76", 76, "exact", "killed", "avalanche and rain deaths in AJK",
         "the State Disaster Management Authority (SDMA)"),
       C("62", 62, "exact", "killed", "deaths in the Neelum valley",
         "the State Disaster Management Authority (SDMA)"),
       C("19", 19, "exact", "killed", "family members buried in Seri", "local officials"),
       C("92", 92, "exact", "infrastructure", "houses destroyed", "The SDMA",
         attr_alt=["the State Disaster Management Authority (SDMA)"]),
       C("178", 178, "exact", "infrastructure", "houses partially damaged", "The SDMA",
         attr_alt=["the State Disaster Management Authority (SDMA)"]),
       C("around 50", 50, "about", "missing", "people unaccounted for", "The SDMA",
         attr_alt=["the State Disaster Management Authority (SDMA)"]),
       C("23", 23, "exact", "injured", "injured people airlifted to hospital",
         "an ISPR statement")],
      published="2020-01-15"),

    # 28 Tariq Garden building collapse, Mahad, August 2020
    P("d62_028",
      "Updated: August 26, 2020 8:41 am IST\n"
      "Mahad, Maharashtra: Sixteen bodies have been pulled out of the debris of the five-storey "
      "Tariq Garden building that collapsed in Maharashtra's Raigad district on Monday evening, "
      "the National Disaster Response Force said on Wednesday morning, ending the search after "
      "nearly 40 hours. Nine people were rescued alive, among them a four-year-old boy who was "
      "brought out 18 hours after the collapse. The building, constructed in 2013, had 45 flats, "
      "and residents of most of them had run out when the structure began to shake, officials "
      "said. Police have registered a case against the builder and four others, including the "
      "architect. Raigad Guardian Minister Aditi Tatkare said families of the dead would receive "
      "Rs 4 lakh each.",
      [C("Sixteen", 16, "exact", "killed", "bodies pulled from the debris",
         "the National Disaster Response Force"),
       C("Nine", 9, "exact", "other", "people rescued alive",
         "the National Disaster Response Force", attr_alt=[None]),
       C("45", 45, "exact", "infrastructure", "flats in the building", "officials",
         optional=True, cat_alt=["other"]),
       C("four", 4, "exact", "detained", "others named in the police case",
         cat_alt=["other"], attr_alt=["Police"], ctx="four others")],
      published="2020-08-26"),

    # 29 Storm Alex, Alpes-Maritimes and Piedmont, October 2020
    P("d62_029",
      "Storm Alex: Eight missing in France as Italy toll rises\n"
      "Issued on: 05/10/2020 - 14:22\n"
      "Eight people remain missing in the Alpes-Maritimes after Storm Alex tore through the "
      "Roya, Vésubie and Tinée valleys, the Nice prefecture said on Monday, down from 21 reported "
      "on Sunday as contact was re-established with cut-off villages. Four bodies found on "
      "Italian beaches on Sunday may have been washed down the Roya from France, Italian "
      "officials said. In Italy, the storm killed at least two people, including a firefighter, "
      "and two others are missing. Up to 500 millimetres of rain fell in less than 24 hours in "
      "places. Some 1,000 firefighters and 400 soldiers have been mobilised, and helicopters "
      "have flown in water and food to about 10,000 people stranded in the upper valleys, "
      "Interior Minister Gérald Darmanin said.",
      [C("Eight", 8, "exact", "missing", "people missing in France (headline)",
         ctx="Eight missing"),
       C("Eight", 8, "exact", "missing", "people missing in the Alpes-Maritimes",
         "the Nice prefecture", ctx="Eight people"),
       C("21", 21, "exact", "missing", "people missing on Sunday", "the Nice prefecture"),
       C("Four", 4, "exact", "killed", "bodies found on Italian beaches", "Italian officials"),
       C("at least two", 2, "at_least", "killed", "storm dead in Italy", "Italian officials",
         attr_alt=[None]),
       C("two", 2, "exact", "missing", "people missing in Italy", "Italian officials",
         attr_alt=[None], ctx="two others"),
       C("Some 1,000", 1000, "about", "troops", "firefighters mobilised",
         "Interior Minister Gérald Darmanin", cat_alt=["other"]),
       C("400", 400, "exact", "troops", "soldiers mobilised",
         "Interior Minister Gérald Darmanin"),
       C("about 10,000", 10000, "about", "other", "people stranded in the valleys",
         "Interior Minister Gérald Darmanin", cat_alt=["population"])],
      published="2020-10-05"),

    # 30 Typhoon Molave, central Vietnam, October 2020
    P("d62_030",
      "Typhoon Molave leaves 19 dead, dozens missing in central Vietnam\n"
      "Wednesday, 28/10/2020 | 19:40 GMT+7\n"
      "At least 19 people were killed and 45 others are missing after Typhoon Molave, the "
      "strongest storm to hit Vietnam in two decades, made landfall in Quang Ngai Province early "
      "Wednesday, the Central Steering Committee for Natural Disaster Prevention and Control "
      "said. Landslides triggered by the storm buried homes in Tra Van and Phuoc Loc communes of "
      "Quang Nam Province, where 53 people were feared dead, provincial chairman Le Tri Thanh "
      "said. More than 56,000 houses were damaged or unroofed and some 1.3 million people had "
      "been moved to shelters before the storm, the committee said. Military units deployed "
      "2,000 soldiers and 40 vehicles to the area, but rescue teams were forced to turn back "
      "because of new slides.",
      [C("19", 19, "exact", "killed", "typhoon dead (headline)", ctx="leaves 19"),
       C("dozens", 12, "vague", "missing", "people missing (headline)"),
       C("At least 19", 19, "at_least", "killed", "typhoon dead",
         "the Central Steering Committee for Natural Disaster Prevention and Control"),
       C("45", 45, "exact", "missing", "people missing",
         "the Central Steering Committee for Natural Disaster Prevention and Control"),
       C("53", 53, "exact", "killed", "people feared dead in Quang Nam landslides",
         "provincial chairman Le Tri Thanh", cat_alt=["missing"]),
       C("More than 56,000", 56000, "more_than", "infrastructure",
         "houses damaged or unroofed", "the committee",
         attr_alt=["the Central Steering Committee for Natural Disaster Prevention and "
                   "Control"]),
       C("some 1.3 million", 1_300_000, "about", "displaced", "people moved to shelters",
         "the committee",
         attr_alt=["the Central Steering Committee for Natural Disaster Prevention and "
                   "Control"]),
       C("2,000", 2000, "exact", "troops", "soldiers deployed", attr_alt=["Military units"]),
       C("40", 40, "exact", "other", "military vehicles deployed", optional=True,
         ctx="40 vehicles")],
      published="2020-10-28"),
    # 31 Stilfontein illegal miners, South Africa, January 2025
    P("d62_031",
      "Stilfontein: 78 bodies brought up as rescue cage operation enters second day\n"
      "Published 14 January 2025\n"
      "Rescuers using a mine cage have brought 78 bodies and 166 survivors to the surface from "
      "the disused Buffelsfontein shaft in Stilfontein since Monday, police said on Tuesday. All "
      "of the survivors were arrested on charges of illegal mining, trespassing and "
      "contravening the Immigration Act, national police spokesperson Athlenda Mathe said. "
      "Mathe said 26 of the survivors had told officers that they had been held against their "
      "will by syndicate bosses who refused to let them leave. Community leaders believe that "
      "as many as 500 more illegal miners could still be underground. The mining company, "
      "Buffalo Gold, has said the operation could take up to 10 days.",
      [C("78", 78, "exact", "killed", "bodies brought up (headline)", ctx="78 bodies brought"),
       C("78", 78, "exact", "killed", "bodies brought to the surface", "police",
         ctx="brought 78"),
       C("166", 166, "exact", "other", "survivors brought to the surface", "police"),
       C("26", 26, "exact", "hostages", "miners held by syndicate bosses", "Mathe",
         attr_alt=["national police spokesperson Athlenda Mathe"]),
       C("as many as 500", 500, "at_most", "other", "illegal miners still underground",
         "Community leaders", cat_alt=["missing"])],
      published="2025-01-14"),

    # 32 ML Sabit Al Hasan, Shitalakshya river, April 2021
    P("d62_032",
      "Published: 05 Apr 2021 01:40 PM BdST\n"
      "Divers have recovered 26 bodies from the Shitalakshya river in Narayanganj after a cargo "
      "vessel rammed the passenger launch ML Sabit Al Hasan on Sunday evening, fire service "
      "officials said. The launch, which was headed for Munshiganj, was carrying between 50 and "
      "60 passengers, survivors said; around 30 of them swam ashore. Narayanganj Deputy "
      "Commissioner Mostain Billah said the search would continue until everyone on the "
      "passenger list was accounted for. Police arrested the master of the cargo ship SKL-3 and "
      "13 crew members from Munshiganj on Monday. The district administration announced Tk "
      "25,000 for each family to pay for funerals.",
      [C("26", 26, "exact", "killed", "bodies recovered", "fire service officials"),
       C("between 50 and 60", 50, "range", "other", "passengers on the launch", "survivors",
         high=60),
       C("around 30", 30, "about", "other", "passengers who swam ashore", "survivors",
         attr_alt=[None]),
       C("13", 13, "exact", "detained", "cargo ship crew arrested", attr_alt=["Police"])],
      published="2021-04-05"),

    # 33 Tarasin landslide, Jebel Marra, Darfur, August-September 2025
    P("d62_033",
      "Darfur landslide wipes out village in Jebel Marra; SLM-AW says over 1,000 dead\n"
      "September 2, 2025 (KHARTOUM) – The Sudan Liberation Movement/Army led by Abdel Wahid "
      "al-Nur said on Monday that a landslide had destroyed the village of Tarasin in the Marra "
      "Mountains, killing more than 1,000 people and leaving only one survivor. The movement, "
      "which controls the area, appealed to the United Nations and international aid agencies "
      "to help recover the bodies. A UN humanitarian official said the world body could not yet "
      "confirm the toll and was trying to reach the area, which is a two-day drive from El "
      "Fasher. The Sudanese Red Crescent said it was sending 12 volunteers from Tawila with body "
      "bags and shrouds. Heavy rains since late August have displaced some 15,000 people in "
      "Central Darfur, according to the International Organization for Migration.",
      [C("over 1,000", 1000, "more_than", "killed", "landslide dead (headline)", "SLM-AW",
         attr_alt=["The Sudan Liberation Movement/Army led by Abdel Wahid al-Nur"]),
       C("more than 1,000", 1000, "more_than", "killed", "people killed in Tarasin",
         "The Sudan Liberation Movement/Army led by Abdel Wahid al-Nur",
         attr_alt=["SLM-AW"]),
       C("one", 1, "exact", "other", "survivor of the landslide",
         "The Sudan Liberation Movement/Army led by Abdel Wahid al-Nur",
         attr_alt=["SLM-AW"], ctx="one survivor"),
       C("12", 12, "exact", "troops", "Red Crescent volunteers sent",
         "The Sudanese Red Crescent", cat_alt=["other"]),
       C("some 15,000", 15000, "about", "displaced", "people displaced in Central Darfur",
         "the International Organization for Migration")],
      published="2025-09-02"),

    # 34 Cyclone Sitrang, Bangladesh, October 2022
    P("d62_034",
      "Sitrang: Death toll rises to 35\n"
      "Published at 08:15 pm October 25th, 2022\n"
      "At least 35 people have died as Cyclone Sitrang battered Bangladesh's coastal districts, "
      "the Ministry of Disaster Management and Relief said on Tuesday evening, up from 24 in the "
      "morning. Most of the victims were killed by falling trees in Cumilla, Narail, Bhola, "
      "Barguna and Sirajganj. State Minister Dr Enamur Rahman told reporters that nearly 10,000 "
      "houses had been damaged and some 6,000 hectares of crops destroyed, and that around 1 "
      "million people had been moved to 6,925 cyclone shelters before landfall. The ministry has "
      "allocated 5,000 tonnes of rice and Tk 3.5 crore for the affected districts. Power supply "
      "to about 8 million customers was cut, according to the Rural Electrification Board.",
      [C("35", 35, "exact", "killed", "cyclone dead (headline)", ctx="rises to 35"),
       C("At least 35", 35, "at_least", "killed", "cyclone dead",
         "the Ministry of Disaster Management and Relief"),
       C("24", 24, "exact", "killed", "cyclone dead (morning figure)",
         "the Ministry of Disaster Management and Relief"),
       C("nearly 10,000", 10000, "about", "infrastructure", "houses damaged",
         "State Minister Dr Enamur Rahman"),
       C("some 6,000", 6000, "about", "other", "hectares of crops destroyed",
         "State Minister Dr Enamur Rahman", optional=True),
       C("around 1 million", 1_000_000, "about", "displaced", "people moved to shelters",
         "State Minister Dr Enamur Rahman"),
       C("6,925", 6925, "exact", "infrastructure", "cyclone shelters used",
         "State Minister Dr Enamur Rahman", cat_alt=["other", "aid"]),
       C("5,000", 5000, "exact", "aid", "tonnes of rice allocated",
         attr_alt=["The ministry"]),
       C("about 8 million", 8_000_000, "about", "other", "power customers cut off",
         "the Rural Electrification Board")],
      published="2022-10-25"),

    # 35 Typhoon Shanshan warning, Kagoshima, August 2024 (no claims)
    P("d62_035",
      "August 28, 2024 19:05 JST\n"
      "Japan's Meteorological Agency has issued a rare special warning for violent storms and "
      "high waves for Kagoshima Prefecture as Typhoon Shanshan, the 10th typhoon of the season, "
      "approaches southern Kyushu. The typhoon had a central pressure of 935 hectopascals and "
      "maximum gusts of 252 kilometers per hour as of 6 p.m., and was moving north-northwest at "
      "15 kilometers per hour. Up to 500 millimeters of rain is forecast for southern Kyushu in "
      "the 24 hours to Thursday evening. The agency said it was the first such warning for the "
      "prefecture since 2023 and urged residents to take every precaution, even though no "
      "damage had been reported so far. Kyushu Railway suspended all bullet train services from "
      "Thursday morning.",
      [],
      published="2024-08-28"),
    # 36 Deesa firecracker warehouse blast, Gujarat, April 2025
    P("d62_036",
      "Deesa (Gujarat), Apr 1 (PTI) Twenty-one workers were killed and five others injured when "
      "a fire triggered by an explosion ripped through a warehouse where firecrackers were being "
      "stored and assembled near Deesa town in Banaskantha district on Tuesday morning, police "
      "said. Most of the victims were migrant labourers from Madhya Pradesh, and fewer than 10 "
      "of the bodies have been identified so far, Banaskantha Superintendent of Police Akshayraj "
      "Makwana said. Under 40 workers were at the site at the time, according to district "
      "collector Mihir Patel. The slab of the single-storey building collapsed after the blast, "
      "trapping the workers, officials said. Prime Minister Narendra Modi announced an ex gratia "
      "of Rs 2 lakh for the next of kin of each deceased.",
      [C("Twenty-one", 21, "exact", "killed", "workers killed in the blast", "police"),
       C("five", 5, "exact", "injured", "workers injured", "police"),
       C("fewer than 10", 10, "fewer_than", "killed", "bodies identified",
         "Banaskantha Superintendent of Police Akshayraj Makwana", optional=True,
         cat_alt=["other"]),
       C("Under 40", 40, "fewer_than", "other", "workers at the site",
         "district collector Mihir Patel")]),

    # 37 Super Typhoon Uwan (Fung-wong), Philippines, November 2025
    P("d62_037",
      "Uwan: 4 dead, over 1.4 million evacuated as Fung-wong exits PAR\n"
      "Published 9:40 PM, November 10, 2025\n"
      "Super Typhoon Uwan (Fung-wong) left at least four people dead as it cut across northern "
      "Luzon on Sunday night and Monday, the Office of Civil Defense (OCD) said, days after "
      "Typhoon Tino (Kalmaegi) killed more than 220 people in the Visayas. Over 1.4 million "
      "people were preemptively evacuated in the days before landfall in Dinalungan, Aurora, OCD "
      "deputy administrator Bernardo Rafaelito Alejandro IV said in a briefing. More than 1,000 "
      "houses were damaged, he said, although assessments were still under way in Catanduanes "
      "and Aurora, where Uwan's winds reached 185 km/h. The Department of Social Welfare and "
      "Development said it had prepositioned some 400,000 family food packs. Fewer than 5,000 "
      "evacuees remained in centers in Metro Manila by Monday evening, according to the "
      "Metropolitan Manila Development Authority.",
      [C("4", 4, "exact", "killed", "typhoon dead (headline)"),
       C("over 1.4 million", 1_400_000, "more_than", "displaced",
         "people evacuated (headline)"),
       C("at least four", 4, "at_least", "killed", "typhoon dead",
         "the Office of Civil Defense (OCD)"),
       C("more than 220", 220, "more_than", "killed", "Typhoon Tino dead in the Visayas",
         attr_alt=["the Office of Civil Defense (OCD)"]),
       C("Over 1.4 million", 1_400_000, "more_than", "displaced",
         "people preemptively evacuated",
         "OCD deputy administrator Bernardo Rafaelito Alejandro IV"),
       C("More than 1,000", 1000, "more_than", "infrastructure", "houses damaged",
         "OCD deputy administrator Bernardo Rafaelito Alejandro IV", attr_alt=["he"]),
       C("some 400,000", 400000, "about", "aid", "family food packs prepositioned",
         "The Department of Social Welfare and Development"),
       C("Fewer than 5,000", 5000, "fewer_than", "displaced",
         "evacuees still in Metro Manila centers",
         "the Metropolitan Manila Development Authority")],
      published="2025-11-10"),
    # END-OF-PASSAGES
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d62_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=37)
