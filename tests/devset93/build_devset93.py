"""Source of the ninety-third development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) as a newsroom's daily intake, 1980–2025, on every continent: about a
third wars and armed attacks, a third natural and industrial disasters and accidents, and the
rest protests and crackdowns, kidnappings and hostage crises. Written for this set (none copied
from an article) in the style of wire copy (Reuters, AP, AFP, UPI, dpa, Xinhua, Anadolu, PTI,
Kyodo, EFE, ANSA), newspaper websites with their date furniture and a broadcaster page.
Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset93/build_devset93.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset93")

# --- wars and armed attacks -----------------------------------------------------------------
PART1 = [
    P("d93_001",
      "BOLOGNA, Aug 2 (ANSA) - A powerful bomb tore through the crowded second-class waiting "
      "room of Bologna's central railway station at 10:25 on Saturday morning, killing at least "
      "76 people and injuring more than 200, police said. The blast brought down the roof of the "
      "station's west wing and wrecked a train standing at the first platform. Firemen and "
      "soldiers were still digging through the rubble late in the evening, and a city official "
      "said about 30 people were unaccounted for. Bus number 37, pressed into service as a "
      "hearse, shuttled the dead to the city's morgue. Hospitals appealed for blood donors after "
      "receiving 180 of the wounded, 40 of them in serious condition.",
      [C("at least 76", 76, "at_least", "killed", "people killed at Bologna station", "police"),
       C("more than 200", 200, "more_than", "injured", "people injured", "police"),
       C("about 30", 30, "about", "missing", "people unaccounted for", "a city official"),
       C("180", 180, "exact", "injured", "wounded taken to hospitals", None,
         attr_alt=["Hospitals"]),
       C("40", 40, "exact", "injured", "wounded in serious condition", None,
         attr_alt=["Hospitals"])]),

    P("d93_002",
      "LONDON, Dec. 17, 1983 (UPI) -- A car bomb planted by the Irish Republican Army exploded "
      "outside Harrods department store during the Christmas shopping rush Saturday, killing "
      "five people, including three police officers, and wounding 91, Scotland Yard said. A "
      "police spokesman said the dead included an American, and that 13 of the injured were "
      "still in hospital Saturday night. An estimated 1,000 shoppers were inside the store when "
      "the 30-pound bomb went off in Hans Crescent, shattering windows on all six floors. The "
      "Provisional IRA admitted planting the bomb in a statement issued in Dublin but said the "
      "attack had not been authorised by its army council, and that a 40-minute warning had been "
      "given. Police said they had received a coded call only 37 minutes before the blast.",
      [C("five", 5, "exact", "killed", "people killed outside Harrods", "Scotland Yard"),
       C("three", 3, "exact", "killed", "police officers killed", "Scotland Yard"),
       C("91", 91, "exact", "injured", "people wounded", "Scotland Yard"),
       C("13", 13, "exact", "injured", "injured still in hospital", "A police spokesman"),
       C("An estimated 1,000", 1000, "about", "other", "shoppers inside the store"),
       C("30", 30, "exact", "munitions", "pounds of explosives", optional=True)],
      published="1983-12-17"),

    P("d93_003",
      "ROME (AP) — Palestinian gunmen hurled grenades and sprayed automatic fire at crowds "
      "around the El Al and TWA check-in counters at Rome's Leonardo da Vinci airport on Friday, "
      "and minutes later three others struck at Vienna's Schwechat airport. In Rome, 13 people "
      "were killed, including three of the four attackers, and 74 were wounded, Italian police "
      "said; in Vienna, the Interior Ministry said two travellers and one gunman died and 47 "
      "people were hurt. Among the dead in Rome was an 11-year-old American girl, Natasha "
      "Simpson. Austrian police captured two of the Vienna attackers after a car chase, and the "
      "surviving gunman in Rome was taken to a hospital under guard. Israeli officials blamed "
      "the Abu Nidal group, which has carried out at least 10 attacks in Europe this year.",
      [C("three", 3, "exact", "troops", "gunmen at Vienna airport", None, cat_alt=["other"],
         attr_alt=["the Interior Ministry"], ctx="three others"),
       C("13", 13, "exact", "killed", "people killed at Rome airport", "Italian police"),
       C("three", 3, "exact", "killed", "attackers killed in Rome", "Italian police",
         ctx="three of the four"),
       C("four", 4, "exact", "troops", "attackers in Rome", "Italian police",
         cat_alt=["other"]),
       C("74", 74, "exact", "injured", "people wounded in Rome", "Italian police"),
       C("two", 2, "exact", "killed", "travellers killed in Vienna", "the Interior Ministry",
         ctx="two travellers"),
       C("one", 1, "exact", "killed", "gunman killed in Vienna", "the Interior Ministry",
         ctx="one gunman"),
       C("47", 47, "exact", "injured", "people hurt in Vienna", "the Interior Ministry"),
       C("two", 2, "exact", "detained", "Vienna attackers captured", None,
         attr_alt=["Austrian police"], ctx="two of the Vienna"),
       C("at least 10", 10, "at_least", "other", "attacks by the Abu Nidal group in Europe",
         None, attr_alt=["Israeli officials"])]),

    P("d93_004",
      "BERLIN, April 5, 1986 (dpa) - A bomb exploded in the crowded La Belle discotheque in West "
      "Berlin's Friedenau district early Saturday, killing two people and injuring about 230, "
      "many of them American servicemen, police said. The dead were identified as a 29-year-old "
      "Turkish woman and a U.S. Army sergeant, 21. A spokesman for the U.S. mission said some 50 "
      "of the injured were Americans. About 500 people were in the club, a favourite haunt of "
      "soldiers from the city's U.S. garrison, when the device went off at 1:49 a.m. near the "
      "dance floor. Police said they had questioned 12 people by midday but made no arrests. "
      "West Berlin's interior senator said there was no claim of responsibility but that "
      "'several' leads pointed abroad.",
      [C("two", 2, "exact", "killed", "people killed at La Belle", "police"),
       C("about 230", 230, "about", "injured", "people injured", "police"),
       C("some 50", 50, "about", "injured", "Americans injured", "A spokesman for the U.S. mission"),
       C("About 500", 500, "about", "other", "people in the club"),
       C("12", 12, "exact", "detained", "people questioned", "Police", cat_alt=["other"])],
      published="1986-04-05"),

    P("d93_005",
      "WASHINGTON, Dec 21 (Reuters) - The Pentagon said on Thursday that 19 U.S. servicemen had "
      "been killed and 99 wounded in the invasion of Panama, and that three more were missing. "
      "Defence Secretary Dick Cheney told a news conference that U.S. forces in Panama now "
      "numbered about 24,000, including some 9,500 flown in from bases in the United States "
      "since Tuesday night. He said Panamanian Defence Forces losses were put at 59 dead, but "
      "gave no figure for civilian casualties. Officials said U.S. troops had taken more than "
      "1,000 prisoners and seized 7,000 weapons. General Manuel Noriega, 55, remained at large, "
      "the Pentagon said, with a $1 million reward offered for information leading to his "
      "capture.",
      [C("19", 19, "exact", "killed", "U.S. servicemen killed in Panama", "The Pentagon"),
       C("99", 99, "exact", "injured", "U.S. servicemen wounded", "The Pentagon"),
       C("three", 3, "exact", "missing", "U.S. servicemen missing", "The Pentagon"),
       C("about 24,000", 24000, "about", "troops", "U.S. forces in Panama",
         "Defence Secretary Dick Cheney"),
       C("some 9,500", 9500, "about", "troops", "U.S. troops flown in",
         "Defence Secretary Dick Cheney"),
       C("59", 59, "exact", "killed", "Panamanian Defence Forces dead", "He",
         attr_alt=["Defence Secretary Dick Cheney"]),
       C("more than 1,000", 1000, "more_than", "detained", "prisoners taken by U.S. troops",
         "Officials"),
       C("7,000", 7000, "exact", "munitions", "weapons seized", "Officials",
         cat_alt=["other"])]),

    P("d93_006",
      "MANILA, Dec. 30 (Xinhua) -- At least 11 people were killed and scores injured when a "
      "series of bombs ripped through a light-rail train, a bus, an airport cargo terminal and a "
      "gas station in Metro Manila on Saturday, as the country marked Rizal Day, police said. "
      "The deadliest blast tore through the second coach of a Light Rail Transit train at "
      "Blumentritt station shortly after noon, killing seven passengers, Philippine National "
      "Police chief Panfilo Lacson told reporters. The Department of Health said 96 people were "
      "being treated in 13 hospitals across the capital. Five bombs went off within about 90 "
      "minutes, and a sixth device was defused at a park near the U.S. embassy, officials said. "
      "President Joseph Estrada ordered 2,000 additional police onto the streets.",
      [C("At least 11", 11, "at_least", "killed", "people killed in Manila bombings", "police"),
       C("scores", 20, "vague", "injured", "people injured", "police"),
       C("seven", 7, "exact", "killed", "passengers killed on the train",
         "Philippine National Police chief Panfilo Lacson"),
       C("96", 96, "exact", "injured", "people treated in hospitals", "The Department of Health"),
       C("13", 13, "exact", "infrastructure", "hospitals treating the injured",
         "The Department of Health", optional=True, cat_alt=["other"]),
       C("Five", 5, "exact", "munitions", "bombs that went off", "officials"),
       C("2,000", 2000, "exact", "troops", "additional police deployed", None,
         attr_alt=["President Joseph Estrada"])]),
]

PART1 += [
    P("d93_007",
      "JAKARTA, Sept. 9 Kyodo - A car bomb exploded outside the Australian Embassy in Jakarta's "
      "Kuningan business district on Thursday morning, killing at least nine people and wounding "
      "more than 160, Indonesian police said. All of the dead were Indonesians, among them "
      "embassy security guards and passers-by, Australian Foreign Minister Alexander Downer told "
      "reporters in Canberra. No Japanese were among the casualties, the Japanese Embassy said. "
      "The blast, which left a crater about 3 meters deep, shattered windows in high-rise "
      "buildings up to 500 meters away. Hospital officials said 31 of the wounded remained in "
      "hospital overnight, five of them in critical condition. Police said the explosive had been "
      "packed into a delivery van and estimated its weight at about 200 kilograms.",
      [C("at least nine", 9, "at_least", "killed", "people killed outside the embassy",
         "Indonesian police"),
       C("more than 160", 160, "more_than", "injured", "people wounded", "Indonesian police"),
       C("31", 31, "exact", "injured", "wounded still in hospital", "Hospital officials"),
       C("five", 5, "exact", "injured", "wounded in critical condition", "Hospital officials")]),

    P("d93_008",
      "Hyderabad, Aug 25 (PTI) Two powerful bombs ripped through a crowded amusement park and a "
      "popular eatery here this evening, killing at least 40 people and injuring over 50, police "
      "said. The first blast occurred at the open-air theatre in Lumbini Park at around 7.45 pm, "
      "where a laser show was under way, and the second, minutes later, at Gokul Chat Bhandar in "
      "Koti, Andhra Pradesh Home Minister K Jana Reddy said. Thirty-one people died at Gokul Chat "
      "alone, he said. Police later found and defused 19 more devices at various places in the "
      "city, including one under a flyover at Dilsukhnagar, Commissioner of Police Balwinder "
      "Singh said. The state government announced an ex gratia of Rs 5 lakh to the families of "
      "each of the dead.",
      [C("Two", 2, "exact", "munitions", "bombs", "police", attr_alt=[None]),
       C("at least 40", 40, "at_least", "killed", "people killed in Hyderabad blasts", "police"),
       C("over 50", 50, "more_than", "injured", "people injured", "police"),
       C("Thirty-one", 31, "exact", "killed", "people killed at Gokul Chat", "he",
         attr_alt=["Andhra Pradesh Home Minister K Jana Reddy"]),
       C("19", 19, "exact", "munitions", "devices defused",
         "Commissioner of Police Balwinder Singh", cat_alt=["other"]),
       C("one", 1, "exact", "munitions", "device under a flyover",
         "Commissioner of Police Balwinder Singh", optional=True, ctx="one under a flyover")]),

    P("d93_009",
      "Gunmen attack Sri Lankan team in Lahore\n"
      "Published March 4, 2009\n"
      "LAHORE: At least a dozen gunmen armed with rifles, grenades and rocket launchers ambushed "
      "a bus carrying the Sri Lankan cricket team near Liberty Chowk on Tuesday morning, killing "
      "six policemen escorting the convoy and the driver of a van, officials said. Seven Sri "
      "Lankan players and an assistant coach were wounded, two of them seriously, according to "
      "the team's management. Police recovered two rocket launchers, 10 hand grenades and a car "
      "packed with explosives from the area. None of the attackers was arrested at the scene. "
      "The second Test against Pakistan, which had reached its third day at the Gaddafi Stadium, "
      "was abandoned.",
      [C("At least a dozen", 12, "at_least", "troops", "gunmen", "officials",
         cat_alt=["other"]),
       C("six", 6, "exact", "killed", "policemen killed", "officials"),
       C("Seven", 7, "exact", "injured", "Sri Lankan players wounded",
         "the team's management"),
       C("two", 2, "exact", "injured", "players seriously wounded", "the team's management",
         ctx="two of them seriously"),
       C("two", 2, "exact", "munitions", "rocket launchers recovered", None,
         attr_alt=["Police"], cat_alt=["other"], ctx="two rocket launchers"),
       C("10", 10, "exact", "munitions", "hand grenades recovered", None,
         attr_alt=["Police"], cat_alt=["other"])],
      published="2009-03-04"),

    P("d93_010",
      "MAIDUGURI, Nigeria, July 2, 2015 (Reuters) - Boko Haram militants shot dead at least 97 people "
      "in the village of Kukawa in northeast Nigeria, many of them men praying in mosques during "
      "the Muslim holy month of Ramadan, a military spokesman and residents said on Thursday. The "
      "gunmen arrived in about a dozen pickup trucks on Wednesday evening and went from house to "
      "house, shooting women who were preparing the evening meal, a civilian vigilante, Babakura "
      "Kolo, told Reuters. \"We buried 118 bodies this morning and we are still finding more,\" "
      "said Kolo. A local government official, who asked not to be named, put the toll at more "
      "than 150. The attack came hours after the militants killed 48 men in two villages near "
      "Monguno, residents said.",
      [C("at least 97", 97, "at_least", "killed", "people killed in Kukawa",
         "a military spokesman", attr_alt=["a military spokesman and residents", "residents"]),
       C("about a dozen", 12, "about", "other", "pickup trucks of the gunmen",
         "a civilian vigilante, Babakura Kolo", optional=True,
         attr_alt=["Babakura Kolo", None]),
       C("118", 118, "exact", "killed", "bodies buried in Kukawa", "Kolo",
         attr_alt=["Babakura Kolo"]),
       C("more than 150", 150, "more_than", "killed", "people killed in Kukawa",
         "A local government official"),
       C("48", 48, "exact", "killed", "men killed near Monguno", "residents",
         ctx="48 men"),
       C("two", 2, "exact", "other", "villages attacked near Monguno", "residents",
         optional=True, ctx="two villages")],
      published="2015-07-02"),

    P("d93_011",
      "Monday, August 10, 1987\n"
      "Seven dead as gunman opens fire in Clifton Hill\n"
      "By staff reporters\n"
      "A 19-year-old former army cadet shot dead seven people and wounded 19 others from the "
      "cover of a billboard and trees in Hoddle Street, Clifton Hill, last night, before "
      "surrendering to police after a 45-minute siege. Police said the man, armed with a "
      "semi-automatic rifle, a pump-action shotgun and an M14 rifle, fired at passing cars and "
      "pedestrians from the median strip near the railway line. Ambulance officers said eight "
      "of the wounded were still in a serious condition at St Vincent's and the Royal Melbourne "
      "hospitals early today. A police helicopter was hit by at least one bullet during the "
      "siege, and more than 100 officers, including members of the Special Operations Group, "
      "sealed off the area.",
      [C("Seven", 7, "exact", "killed", "people shot dead in Clifton Hill"),
       C("seven", 7, "exact", "killed", "people shot dead in Hoddle Street", None,
         attr_alt=["Police"]),
       C("19", 19, "exact", "injured", "people wounded", None, attr_alt=["Police"],
         ctx="19 others"),
       C("eight", 8, "exact", "injured", "wounded in serious condition", "Ambulance officers"),
       C("at least one", 1, "at_least", "munitions", "bullets that hit the police helicopter",
         optional=True, cat_alt=["other"]),
       C("more than 100", 100, "more_than", "troops", "police officers sealing off the area")],
      published="1987-08-10"),

    P("d93_012",
      "At least 26 killed in Enga tribal ambush, police say\n"
      "By Pacific affairs reporter\n"
      "Posted Mon 19 Feb 2024 at 6:12am\n"
      "Papua New Guinea police say at least 26 men have been killed in an ambush in the "
      "country's Enga province, in what is believed to be the worst outbreak of tribal fighting "
      "in the Highlands in years. Acting Police Commissioner David Manning said on Sunday that "
      "26 bodies had been recovered from the roadside, hills and riverbanks near Wapenamanda, "
      "and that more were expected to be found. Local media reported a higher figure of 53, with "
      "some outlets quoting police sources as saying the toll could reach as many as 64. The "
      "Prime Minister said 100 soldiers would be sent to reinforce the roughly 100 police "
      "already in the area. More than 150 mercenaries, hired by the warring clans and armed with "
      "high-powered rifles, took part in the fighting, police said.",
      [C("At least 26", 26, "at_least", "killed", "men killed in the Enga ambush", "police",
         attr_alt=["Papua New Guinea police", "Acting Police Commissioner David Manning"]),
       C("at least 26", 26, "at_least", "killed", "men killed in the Enga ambush",
         "Papua New Guinea police"),
       C("26", 26, "exact", "killed", "bodies recovered near Wapenamanda",
         "Acting Police Commissioner David Manning", ctx="26 bodies"),
       C("53", 53, "exact", "killed", "people killed in the ambush", "Local media"),
       C("as many as 64", 64, "at_most", "killed", "people killed in the ambush",
         "police sources", attr_alt=["some outlets", "Local media"]),
       C("100", 100, "exact", "troops", "soldiers to be sent to Enga", "The Prime Minister",
         ctx="100 soldiers"),
       C("roughly 100", 100, "about", "troops", "police already in the area",
         "The Prime Minister", attr_alt=[None]),
       C("More than 150", 150, "more_than", "troops", "mercenaries in the fighting", "police",
         cat_alt=["other"])],
      published="2024-02-19"),
]

# --- disasters and accidents ----------------------------------------------------------------
PART2 = [
    P("d93_013",
      "VANCOUVER, Wash. (AP) — Mount St. Helens blew its top Sunday with a blast estimated at 500 "
      "times the force of the Hiroshima bomb, and at least eight people were confirmed dead last "
      "night, the Skamania County sheriff's office said. Authorities listed 21 people as missing, "
      "among them a volcanologist, David Johnston, 30, who had been manning an observation post "
      "six miles north of the crater. National Guard helicopters plucked about 20 loggers and "
      "campers from the ash-choked valleys, and some 2,000 residents downstream along the Toutle "
      "and Cowlitz rivers were ordered out of their homes as mudflows swept away bridges. Gov. "
      "Dixy Lee Ray said 26 homes had been destroyed near Toutle, a logging town of about 600 "
      "people. The eruption shot ash 12 miles into the sky and left the mountain some 1,300 feet "
      "shorter.",
      [C("at least eight", 8, "at_least", "killed", "people dead after the eruption",
         "the Skamania County sheriff's office"),
       C("21", 21, "exact", "missing", "people listed as missing", "Authorities"),
       C("about 20", 20, "about", "other", "loggers and campers rescued by helicopter", None,
         attr_alt=["National Guard helicopters", "Authorities"]),
       C("some 2,000", 2000, "about", "displaced", "residents ordered out of their homes", None,
         attr_alt=["Authorities"]),
       C("26", 26, "exact", "infrastructure", "homes destroyed", "Gov. Dixy Lee Ray"),
       C("about 600", 600, "about", "population", "people of Toutle", None,
         attr_alt=["Gov. Dixy Lee Ray"])]),

    P("d93_014",
      "KANSAS CITY, Mo., July 18, 1981 (UPI) -- Rescue workers using cranes and acetylene "
      "torches pulled the last bodies from beneath two collapsed skywalks at the Hyatt Regency "
      "hotel early today, raising the death toll to 111, Police Chief Norman Caron said. More "
      "than 180 people were injured when the fourth-floor walkway fell onto the second-floor "
      "walkway and both crashed into a lobby crowded with some 1,500 people at a weekly tea "
      "dance Friday evening, officials said. Hospitals across the metropolitan area treated the "
      "injured, and 14 remained in critical condition this afternoon, a spokesman for Truman "
      "Medical Center said. Dr. Joseph Waeckerle, the center's emergency chief, said 'several' "
      "of them were not expected to survive. Each walkway weighed about 32 tons.",
      [C("two", 2, "exact", "infrastructure", "skywalks collapsed", "Police Chief Norman Caron",
         optional=True, cat_alt=["other"], attr_alt=[None]),
       C("111", 111, "exact", "killed", "people killed in the Hyatt Regency collapse",
         "Police Chief Norman Caron"),
       C("More than 180", 180, "more_than", "injured", "people injured", "officials"),
       C("some 1,500", 1500, "about", "other", "people in the lobby", "officials"),
       C("14", 14, "exact", "injured", "injured in critical condition",
         "a spokesman for Truman Medical Center")],
      published="1981-07-18"),

    P("d93_015",
      "MELBOURNE, Feb 17 (Reuters) - Bushfires fanned by gale-force winds swept through the "
      "states of Victoria and South Australia overnight, killing at least 68 people and "
      "destroying more than 1,500 homes, officials said on Thursday. In Victoria, police said 45 "
      "people had died, 12 of them volunteer firefighters who were trapped when the wind changed "
      "near the town of Upper Beaconsfield. The South Australian premier, John Bannon, said 23 "
      "people had been killed in the Adelaide Hills and the state's southeast. Some 8,000 people "
      "were left homeless, and the Red Cross said it was housing more than 2,000 in emergency "
      "centres, where the army had flown in 20 tonnes of blankets and tinned food. Temperatures "
      "of 43 degrees Celsius and winds of up to 100 kilometres an hour fed the flames.",
      [C("at least 68", 68, "at_least", "killed", "people killed in the bushfires", "officials"),
       C("more than 1,500", 1500, "more_than", "infrastructure", "homes destroyed",
         "officials"),
       C("45", 45, "exact", "killed", "people killed in Victoria", "police"),
       C("12", 12, "exact", "killed", "volunteer firefighters killed", "police"),
       C("23", 23, "exact", "killed", "people killed in South Australia",
         "The South Australian premier, John Bannon", attr_alt=["John Bannon"]),
       C("Some 8,000", 8000, "about", "displaced", "people left homeless", None,
         attr_alt=["the Red Cross"]),
       C("more than 2,000", 2000, "more_than", "displaced", "people housed in emergency centres",
         "the Red Cross"),
       C("20", 20, "exact", "aid", "tonnes of blankets and food flown in", None,
         attr_alt=["the Red Cross", "the army"])]),

    P("d93_016",
      "MEXICO CITY, Nov 19 (EFE) - A series of explosions at a liquefied gas storage plant of "
      "the state oil company Pemex in San Juan Ixhuatepec, on the northern edge of the capital, "
      "killed at least 300 people this morning and injured some 2,000, the Red Cross said. The "
      "blasts, the first of which shook the area at 5:40 a.m., set off a fireball that engulfed "
      "hundreds of homes in the working-class neighbourhood. Mexico City authorities said about "
      "60,000 residents had been evacuated. Hospitals in the capital were overwhelmed, and the "
      "Mexican Social Security Institute said it had received 500 injured, 200 of them with "
      "severe burns. Civil defence officials warned that the final toll could be between 400 "
      "and 500. Six large spherical tanks and 48 cylindrical ones stood at the plant, Pemex "
      "officials said.",
      [C("at least 300", 300, "at_least", "killed", "people killed in San Juan Ixhuatepec",
         "the Red Cross"),
       C("some 2,000", 2000, "about", "injured", "people injured", "the Red Cross"),
       C("hundreds", 100, "vague", "infrastructure", "homes engulfed by the fireball", None,
         attr_alt=["the Red Cross"]),
       C("about 60,000", 60000, "about", "displaced", "residents evacuated",
         "Mexico City authorities"),
       C("500", 500, "exact", "injured", "injured received by the IMSS",
         "the Mexican Social Security Institute", ctx="500 injured"),
       C("200", 200, "exact", "injured", "injured with severe burns",
         "the Mexican Social Security Institute"),
       C("between 400 and 500", 400, "range", "killed", "final toll", "Civil defence officials",
         high=500),
       C("Six", 6, "exact", "other", "spherical gas tanks", "Pemex officials", optional=True),
       C("48", 48, "exact", "other", "cylindrical gas tanks", "Pemex officials",
         optional=True)]),

    P("d93_017",
      "LONDON, Nov 19, 1987 (Reuters) - Fire swept through King's Cross Underground station in "
      "central London during the evening rush hour on Wednesday, killing 31 people, among them a "
      "senior fire officer. The London Fire Brigade said more than 150 firefighters and 30 "
      "engines were sent to the scene after flames broke out beneath a wooden escalator on the "
      "Piccadilly line at about 7:30 p.m. Twenty people were taken to hospital, some with serious "
      "burns, the London Ambulance Service said. London Underground said smoking had been banned "
      "on the network since 1985. One of the victims has not yet been identified, police said.",
      [C("31", 31, "exact", "killed", "people killed in the King's Cross fire", None,
         attr_alt=["The London Fire Brigade"]),
       C("more than 150", 150, "more_than", "troops", "firefighters sent to the scene",
         "The London Fire Brigade", cat_alt=["other"]),
       C("30", 30, "exact", "other", "fire engines sent", "The London Fire Brigade",
         optional=True, cat_alt=["troops"], ctx="30 engines"),
       C("Twenty", 20, "exact", "injured", "people taken to hospital",
         "the London Ambulance Service"),
       C("One", 1, "exact", "killed", "victim not yet identified", "police", optional=True,
         cat_alt=["other"])],
      published="1987-11-19"),
]

PART2 += [
    P("d93_018",
      "RIO DE JANEIRO, Oct 3 (Reuters) - Brazilian health officials said on Saturday that 244 "
      "people had been contaminated by radioactive caesium-137 scavenged from an abandoned cancer "
      "clinic in the central city of Goiânia, and that 20 of them were in hospital. Ten of the "
      "most seriously affected patients have been flown to a naval hospital in Rio de Janeiro, "
      "the National Nuclear Energy Commission (CNEN) said. Scrap dealers broke open the lead "
      "capsule, which held about 93 grams of caesium chloride, two weeks ago and handed out the "
      "glowing powder to friends and relatives. More than 22,000 people have been screened at "
      "the city's Olympic stadium, officials said. Soldiers have sealed off seven houses and a "
      "scrapyard, and a six-year-old girl who smeared the powder on her body was said to be in "
      "grave condition.",
      [C("244", 244, "exact", "other", "people contaminated by caesium-137",
         "Brazilian health officials", cat_alt=["injured"]),
       C("20", 20, "exact", "other", "contaminated people in hospital",
         "Brazilian health officials", cat_alt=["injured"]),
       C("Ten", 10, "exact", "other", "patients flown to Rio de Janeiro",
         "the National Nuclear Energy Commission (CNEN)", cat_alt=["injured"]),
       C("More than 22,000", 22000, "more_than", "other", "people screened for radiation",
         "officials"),
       C("seven", 7, "exact", "infrastructure", "houses sealed off", None,
         attr_alt=["Soldiers"], cat_alt=["other"])]),

    P("d93_019",
      "ERZİNCAN (AA) - The death toll from the earthquake that struck the eastern province of "
      "Erzincan on Friday evening rose to 476 on Sunday, the Prime Ministry's Crisis Centre "
      "said. Rescue teams had pulled 1,052 people alive from collapsed buildings, and about "
      "2,000 were being treated for injuries, the centre said, adding that fewer than 200 of "
      "them remained in hospital. Among the dead were 22 students of the city's nursing school, "
      "whose dormitory collapsed, Governor Recep Yazıcıoğlu told the Anatolian Agency. The "
      "6.8-magnitude quake destroyed or badly damaged some 3,400 buildings, according to the "
      "Public Works Ministry. Tens of thousands of residents spent a second night outdoors in "
      "snow and temperatures of minus 10 degrees, and the Red Crescent said it had sent 8,000 "
      "tents.",
      [C("476", 476, "exact", "killed", "people killed in the Erzincan earthquake",
         "the Prime Ministry's Crisis Centre"),
       C("1,052", 1052, "exact", "other", "people pulled alive from the rubble", "the centre",
         attr_alt=["the Prime Ministry's Crisis Centre"]),
       C("about 2,000", 2000, "about", "injured", "people treated for injuries", "the centre",
         attr_alt=["the Prime Ministry's Crisis Centre"]),
       C("fewer than 200", 200, "fewer_than", "injured", "injured still in hospital",
         "the centre", attr_alt=["the Prime Ministry's Crisis Centre"]),
       C("22", 22, "exact", "killed", "nursing students killed",
         "Governor Recep Yazıcıoğlu"),
       C("some 3,400", 3400, "about", "infrastructure", "buildings destroyed or damaged",
         "the Public Works Ministry"),
       C("Tens of thousands", 10000, "vague", "displaced", "residents sleeping outdoors",
         cat_alt=["other", "population"]),
       C("8,000", 8000, "exact", "aid", "tents sent", "the Red Crescent")]),

    P("d93_020",
      "ORKNEY, South Africa, May 11, 1995 (Reuters) - Rescue workers recovered the bodies of 104 "
      "miners on Thursday from the bottom of a shaft at the Vaal Reefs gold mine, where a runaway "
      "underground locomotive plunged into a lift cage the night before, mine owner Anglo "
      "American said. The double-deck cage, carrying miners at the end of their shift, fell "
      "about 460 metres after the 12-tonne locomotive crashed onto its roof. There were no "
      "survivors, the company said. Around 1,400 workers on the shaft's other levels were "
      "brought to the surface as a precaution. Mine Workers' Union spokesman Archie Palane said "
      "the union had warned of safety problems at the shaft, and that more than 600 miners had "
      "died in accidents across the industry last year.",
      [C("104", 104, "exact", "killed", "miners killed at Vaal Reefs",
         "mine owner Anglo American"),
       C("Around 1,400", 1400, "about", "other", "workers brought to the surface", "the company",
         attr_alt=[None, "mine owner Anglo American"], cat_alt=["displaced"]),
       C("more than 600", 600, "more_than", "killed", "miners killed in accidents last year",
         "Mine Workers' Union spokesman Archie Palane")],
      published="1995-05-11"),

    P("d93_021",
      "LAGOS (AFP) - At least 260 people were burned to death on Tuesday when a vandalised "
      "petrol pipeline exploded in the Abule Egba district of Lagos as hundreds of residents were "
      "scooping fuel from it, the Nigerian Red Cross said. \"We have counted 269 bodies so far "
      "and they are burned beyond recognition,\" Red Cross official Ige Oladimeji told AFP. "
      "Police said thieves had drilled into the line overnight and that up to 500 people had "
      "gathered with jerrycans at dawn. Around 60 injured people were taken to Lagos General "
      "Hospital, its chief medical director said. It was the second such blast in the city this "
      "year: in May, a pipeline explosion at Ilado killed some 150 people.",
      [C("At least 260", 260, "at_least", "killed", "people killed in the Abule Egba blast",
         "the Nigerian Red Cross"),
       C("hundreds", 100, "vague", "other", "residents scooping fuel", "the Nigerian Red Cross",
         optional=True),
       C("269", 269, "exact", "killed", "bodies counted", "Red Cross official Ige Oladimeji"),
       C("up to 500", 500, "at_most", "other", "people gathered at the pipeline", "Police"),
       C("Around 60", 60, "about", "injured", "injured taken to Lagos General Hospital",
         "its chief medical director"),
       C("some 150", 150, "about", "killed", "people killed at Ilado in May")]),

    P("d93_022",
      "WASHINGTON (AP) — An Air Florida jetliner with 79 people aboard slammed into a crowded "
      "commuter bridge moments after takeoff from National Airport in a snowstorm Wednesday and "
      "plunged into the ice-choked Potomac River. Officials said late Wednesday that only five "
      "people from the plane had been rescued from the water, and that at least four motorists "
      "on the 14th Street Bridge were killed when the Boeing 737 sheared through their cars. A "
      "U.S. Park Police helicopter crew lowered a line to survivors clinging to the tail "
      "section, and a passer-by, Lenny Skutnik, 28, dove into the river to drag a woman ashore. "
      "Divers recovered 20 bodies before darkness halted the search, the District's fire "
      "department said. The airport had been closed for about 90 minutes to clear snow.",
      [C("79", 79, "exact", "other", "people aboard the Air Florida jet", None,
         attr_alt=["Officials"]),
       C("five", 5, "exact", "other", "people rescued from the water", "Officials"),
       C("at least four", 4, "at_least", "killed", "motorists killed on the bridge",
         "Officials"),
       C("20", 20, "exact", "killed", "bodies recovered by divers",
         "the District's fire department")]),
]

# --- protests and crackdowns ----------------------------------------------------------------
PART3 = [
    P("d93_023",
      "Monday April 13 1981\n"
      "Brixton burns for second night\n"
      "From our Home Affairs Correspondent\n"
      "Rioting broke out again in Brixton last night as hundreds of youths stoned police and set "
      "fire to shops and cars along Railton Road. Scotland Yard said 279 officers had been "
      "injured since Friday, 45 members of the public had been hurt and 82 people had been "
      "arrested. More than 1,000 officers were drafted into south London from across the "
      "capital, a Yard spokesman said. The fire brigade said 28 buildings had been damaged or "
      "destroyed by fire, and that 117 vehicles had been burned, many of them police cars. The "
      "Home Secretary, Mr William Whitelaw, who toured the area yesterday, said an inquiry would "
      "be held.",
      [C("hundreds", 100, "vague", "other", "youths rioting in Brixton"),
       C("279", 279, "exact", "injured", "police officers injured", "Scotland Yard"),
       C("45", 45, "exact", "injured", "members of the public hurt", "Scotland Yard"),
       C("82", 82, "exact", "detained", "people arrested", "Scotland Yard"),
       C("More than 1,000", 1000, "more_than", "troops", "officers drafted into south London",
         "a Yard spokesman"),
       C("28", 28, "exact", "infrastructure", "buildings damaged or destroyed by fire",
         "The fire brigade"),
       C("117", 117, "exact", "other", "vehicles burned", "The fire brigade", optional=True,
         cat_alt=["infrastructure"])],
      published="1981-04-13"),

    P("d93_024",
      "UITENHAGE, South Africa, March 22, 1985 (Reuters) - Police opened fire on a crowd of about 4,000 "
      "black mourners marching to a funeral from the Langa township near here on Thursday, "
      "killing 19 people, the Ministry of Law and Order said. Residents and church workers said "
      "the toll was at least 40 and that many of the dead had been shot in the back. The "
      "minister, Louis le Grange, told parliament in Cape Town that police had fired in "
      "self-defence after being attacked with stones, petrol bombs and sticks, but a police "
      "spokesman later acknowledged that only 'some' of the marchers were armed. Doctors at "
      "Livingstone Hospital in Port Elizabeth said they were treating 27 people with gunshot "
      "wounds. The shooting came on the 25th anniversary of the Sharpeville massacre, in which "
      "69 people were killed.",
      [C("about 4,000", 4000, "about", "other", "mourners marching to the funeral",
         "the Ministry of Law and Order", attr_alt=[None]),
       C("19", 19, "exact", "killed", "mourners shot dead by police",
         "the Ministry of Law and Order"),
       C("at least 40", 40, "at_least", "killed", "mourners shot dead by police",
         "Residents and church workers"),
       C("27", 27, "exact", "injured", "people treated for gunshot wounds",
         "Doctors at Livingstone Hospital in Port Elizabeth"),
       C("69", 69, "exact", "killed", "people killed at Sharpeville")],
      published="1985-03-22"),

    P("d93_025",
      "HAVANA, July 13, 2021 (EFE) - Cuban authorities confirmed on Tuesday the death of a man during "
      "Monday's unrest in the Havana suburb of La Güinera, the first official acknowledgement of "
      "a fatality since thousands of people took to the streets on Sunday in dozens of towns "
      "across the island. The Interior Ministry said Diubis Laurencio Tejeda, 36, had died and "
      "that several police officers were injured in the clashes. The independent legal advice "
      "group Cubalex said it had compiled a list of more than 140 people detained or missing "
      "since Sunday, and that the figure was rising hour by hour. Rights groups in Miami put the "
      "number of arrests at about 400. President Miguel Díaz-Canel, 61, blamed a U.S. "
      "'economic asphyxiation policy' for the protests, the largest since the so-called "
      "Maleconazo of August 1994.",
      [C("thousands", 1000, "vague", "other", "protesters on the streets", None,
         attr_alt=["Cuban authorities"]),
       C("dozens", 12, "vague", "other", "towns with protests", optional=True,
         attr_alt=["Cuban authorities"]),
       C("more than 140", 140, "more_than", "detained", "people detained or missing",
         "The independent legal advice group Cubalex", cat_alt=["missing"],
         attr_alt=["Cubalex"]),
       C("about 400", 400, "about", "detained", "people arrested", "Rights groups in Miami")],
      published="2021-07-13"),

    P("d93_026",
      "SEOUL, June 27 (Reuters) - Riot police detained 3,467 people across South Korea after the "
      "largest anti-government demonstrations in seven years, the National Police Headquarters "
      "said on Saturday. Hundreds of thousands of people marched in 34 cities and towns on "
      "Friday in what opposition leaders called a 'Grand Peace March', the police said, with "
      "the biggest crowds in Seoul, Pusan and Kwangju. Police fired more than 10,000 tear gas "
      "canisters in the capital alone, according to an estimate by opposition lawmakers. The "
      "police said 617 officers had been injured and 21 police boxes attacked; opposition groups "
      "gave no figure for injured marchers. Student Lee Han-yeol, 21, remained in a coma after "
      "being hit by a tear gas canister on June 9.",
      [C("3,467", 3467, "exact", "detained", "people detained",
         "the National Police Headquarters"),
       C("Hundreds of thousands", 100000, "vague", "other", "people marching",
         "the police", attr_alt=["the National Police Headquarters"]),
       C("34", 34, "exact", "other", "cities and towns with marches", "the police",
         optional=True, attr_alt=["the National Police Headquarters"]),
       C("more than 10,000", 10000, "more_than", "munitions", "tear gas canisters fired",
         "an estimate by opposition lawmakers", cat_alt=["other"],
         attr_alt=["opposition lawmakers"]),
       C("617", 617, "exact", "injured", "police officers injured", "The police"),
       C("21", 21, "exact", "infrastructure", "police boxes attacked", "The police",
         cat_alt=["other"], ctx="21 police boxes")]),
]

# --- kidnappings and hostage crises ---------------------------------------------------------
PART4 = [
    P("d93_027",
      "BOGOTA, Colombia, Feb. 28, 1980 (UPI) -- Leftist M-19 guerrillas holding the ambassadors "
      "of 14 nations, including U.S. envoy Diego Asencio, inside the Dominican Republic's "
      "embassy released five women hostages Thursday but demanded the freedom of 311 jailed "
      "comrades and a $50 million ransom. Troops and armored cars surrounded the building, where "
      "the government said at least 57 people were still being held. One guerrilla was killed "
      "and two soldiers wounded in the gunbattle Wednesday when 16 guerrillas disguised as "
      "joggers stormed a diplomatic reception, police said. A government spokesman said "
      "President Julio César Turbay Ayala would not negotiate 'under the threat of arms.'",
      [C("14", 14, "exact", "hostages", "ambassadors held in the embassy", None,
         attr_alt=["the government"]),
       C("five", 5, "exact", "hostages", "women hostages released", None,
         attr_alt=["the government"]),
       C("311", 311, "exact", "detained", "jailed guerrillas whose release is demanded"),
       C("at least 57", 57, "at_least", "hostages", "people held in the embassy",
         "the government"),
       C("One", 1, "exact", "killed", "guerrilla killed", "police"),
       C("two", 2, "exact", "injured", "soldiers wounded", "police"),
       C("16", 16, "exact", "troops", "guerrillas who stormed the reception", "police",
         cat_alt=["other"])],
      published="1980-02-28"),

    P("d93_028",
      "BREMEN, Aug 18 (dpa) - Two gunmen who robbed a bank in Gladbeck two days ago hijacked a "
      "crowded public bus in Bremen on Wednesday evening and held about 30 passengers at "
      "gunpoint, police said. The men, who were already holding two bank employees hostage, "
      "released some passengers in exchange for a driver but kept at least 25 on board as the "
      "bus headed for the Dutch border, a police spokesman said. A 15-year-old Italian boy, "
      "Emanuele De Giorgi, was shot dead by one of the gunmen during a stop at a motorway "
      "service area, and a police officer was killed in a traffic accident while following the "
      "convoy. Reporters crowded around the bus to interview the hostage-takers, drawing "
      "criticism from the interior minister of Lower Saxony.",
      [C("Two", 2, "exact", "troops", "gunmen who hijacked the bus", "police",
         cat_alt=["other"], ctx="Two gunmen"),
       C("about 30", 30, "about", "hostages", "bus passengers held at gunpoint", "police"),
       C("two", 2, "exact", "hostages", "bank employees held hostage", "a police spokesman",
         ctx="two bank employees"),
       C("at least 25", 25, "at_least", "hostages", "passengers kept on board",
         "a police spokesman")]),

    P("d93_029",
      "NOUMEA, New Caledonia, May 5, 1988 (AFP) - French troops stormed a cave on the island of "
      "Ouvéa at dawn on Thursday and freed 23 gendarmes and a magistrate held hostage there by "
      "Kanak separatists since April 22, Overseas Territories Minister Bernard Pons said. "
      "Nineteen separatists and two soldiers were killed in the assault, he said. About 300 "
      "soldiers and gendarmes, among them members of the GIGN anti-terrorist unit and the 11th "
      "Shock Parachute Regiment, took part in the operation, military sources said. The "
      "hostage-takers had killed four gendarmes when they attacked the Fayaoué gendarmerie last "
      "month and seized 27 hostages, some of whom were later released. The assault came three "
      "days before the second round of France's presidential election.",
      [C("23", 23, "exact", "hostages", "gendarmes freed", "Overseas Territories Minister "
         "Bernard Pons"),
       C("Nineteen", 19, "exact", "killed", "separatists killed in the assault", "he",
         attr_alt=["Overseas Territories Minister Bernard Pons"]),
       C("two", 2, "exact", "killed", "soldiers killed in the assault", "he",
         attr_alt=["Overseas Territories Minister Bernard Pons"], ctx="two soldiers"),
       C("About 300", 300, "about", "troops", "soldiers and gendarmes in the operation",
         "military sources"),
       C("four", 4, "exact", "killed", "gendarmes killed at Fayaoué"),
       C("27", 27, "exact", "hostages", "hostages seized at Fayaoué")],
      published="1988-05-05"),

    P("d93_030",
      "SINGAPORE, March 27 (Reuters) - Singapore commandos stormed a hijacked Singapore Airlines "
      "jet at Changi Airport early on Wednesday, killing all four hijackers and freeing its 114 "
      "passengers and nine crew unharmed, the government said. The Airbus A310, flight SQ117 "
      "from Kuala Lumpur, was seized on Tuesday night by men who said they were Pakistanis and "
      "who demanded the release of jailed members of the Pakistan Peoples Party. The hijackers "
      "had threatened to kill a passenger every 10 minutes and had pushed two flight stewards "
      "out of the aircraft onto the tarmac, a Ministry of Home Affairs statement said. The "
      "assault lasted about 30 seconds, and none of the passengers was hurt, officials said.",
      [C("four", 4, "exact", "killed", "hijackers killed", "the government"),
       C("114", 114, "exact", "hostages", "passengers freed", "the government"),
       C("nine", 9, "exact", "hostages", "crew freed", "the government"),
       C("two", 2, "exact", "hostages", "flight stewards pushed out of the aircraft",
         "a Ministry of Home Affairs statement", cat_alt=["injured", "other"])]),
]

PART4 += [
    P("d93_031",
      "YAOUNDE, Feb 20 (AFP) - Gunmen on motorbikes seized seven French tourists, among them four "
      "children, in northern Cameroon near the Nigerian border on Tuesday, French President "
      "François Hollande said. The family — a couple, their four children aged between five and "
      "12 and the husband's brother — had been visiting Waza national park, Cameroon's "
      "communications minister Issa Tchiroma Bakary told AFP. Hollande blamed the kidnapping on "
      "Boko Haram, which he said had taken the hostages across the border into Nigeria. France "
      "has about 6,000 nationals living in Cameroon, the foreign ministry said, advising them to "
      "keep away from the far north. Some 15 French citizens are now held hostage in Africa, "
      "including six seized in the Sahel.",
      [C("seven", 7, "exact", "hostages", "French tourists seized",
         "French President François Hollande"),
       C("four", 4, "exact", "hostages", "children among the hostages",
         "French President François Hollande", ctx="among them four"),
       C("four", 4, "exact", "hostages", "children of the kidnapped couple",
         "Cameroon's communications minister Issa Tchiroma Bakary", optional=True,
         ctx="their four children"),
       C("about 6,000", 6000, "about", "population", "French nationals living in Cameroon",
         "the foreign ministry"),
       C("Some 15", 15, "about", "hostages", "French citizens held hostage in Africa"),
       C("six", 6, "exact", "hostages", "French hostages seized in the Sahel")]),

    P("d93_032",
      "DAMASCUS, July 26 (Xinhua) -- The death toll from a wave of Islamic State suicide bombings "
      "and raids in Syria's southern province of Sweida has risen to 215, a health official told "
      "Xinhua on Thursday. The dead included 127 civilians, and at least 180 people were "
      "wounded, said the official, who asked not to be named. Three suicide bombers blew "
      "themselves up in Sweida city on Wednesday morning while other militants stormed villages "
      "in the province's east, state news agency SANA said. The Britain-based Syrian Observatory "
      "for Human Rights said the jihadists had abducted about 30 women and children from the "
      "village of Shabki and were holding them in the desert. Local militias killed 56 of the "
      "attackers, the monitor said.",
      [C("215", 215, "exact", "killed", "people killed in Sweida", "a health official"),
       C("127", 127, "exact", "killed", "civilians killed", "the official",
         attr_alt=["a health official"]),
       C("at least 180", 180, "at_least", "injured", "people wounded", "the official",
         attr_alt=["a health official"]),
       C("Three", 3, "exact", "killed", "suicide bombers", "state news agency SANA",
         cat_alt=["troops", "munitions"]),
       C("about 30", 30, "about", "hostages", "women and children abducted from Shabki",
         "The Britain-based Syrian Observatory for Human Rights"),
       C("56", 56, "exact", "killed", "attackers killed by local militias", "the monitor",
         attr_alt=["The Britain-based Syrian Observatory for Human Rights"])]),
]

# --- protests and crackdowns (continued) ---------------------------------------------------
PART5 = [
    P("d93_033",
      "CAIRO, Feb 28, 1986 (Reuters) - At least 36 people have been killed in two days of "
      "rioting by conscripts of Egypt's Central Security Forces, who set fire to hotels near the "
      "Giza pyramids after hearing rumours that their three-year service would be extended, "
      "Interior Minister Ahmed Rushdi told parliament on Friday. Army troops and tanks were sent "
      "into the streets and a curfew was imposed on Cairo's 12 million people, state radio said. "
      "Opposition newspapers put the number of dead at more than 100. Rushdi said about 1,300 "
      "conscripts had been arrested and that eight hotels and \"dozens\" of shops, nightclubs and "
      "cars had been damaged. Some 17,000 of the force's 300,000 men took part in the mutiny, "
      "Western diplomats estimated.",
      [C("At least 36", 36, "at_least", "killed", "people killed in the conscripts' riots",
         "Interior Minister Ahmed Rushdi"),
       C("12 million", 12000000, "exact", "population", "people of Cairo", None,
         attr_alt=["state radio"]),
       C("more than 100", 100, "more_than", "killed", "people killed in the riots",
         "Opposition newspapers"),
       C("about 1,300", 1300, "about", "detained", "conscripts arrested", "Rushdi",
         attr_alt=["Interior Minister Ahmed Rushdi"]),
       C("eight", 8, "exact", "infrastructure", "hotels damaged", "Rushdi",
         attr_alt=["Interior Minister Ahmed Rushdi"]),
       C("dozens", 12, "vague", "infrastructure", "shops, nightclubs and cars damaged",
         "Rushdi", attr_alt=["Interior Minister Ahmed Rushdi"], cat_alt=["other"]),
       C("Some 17,000", 17000, "about", "other", "conscripts who mutinied",
         "Western diplomats", cat_alt=["troops"]),
       C("300,000", 300000, "exact", "troops", "men of the Central Security Forces",
         "Western diplomats")],
      published="1986-02-28"),
]

PASSAGES = PART1 + PART2 + PART3 + PART4 + PART5


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d93_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=33)
