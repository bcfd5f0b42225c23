"""Source of the seventy-sixth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, bylines and date lines) on East and
Southeast Asia and the Pacific between 1996 and 2025: typhoons and floods, earthquakes,
landslides, fires, mine and gas-well disasters, bridge, building and roof collapses, crowd
crushes, rail, air and ferry accidents, bombings, mutinies, shootings of protesters and tribal
massacres. Written for this set (none copied from an article) in the styles of Xinhua, Kyodo,
Yonhap, Focus Taiwan (CNA), China Daily, the Straits Times, The Star, Bernama, the Inquirer,
Rappler, the Jakarta Post, Antara, the Bangkok Post, VnExpress, Tuoi Tre, The Irrawaddy, the
Phnom Penh Post, RNZ, ABC, the Post-Courier and the wire agencies. Annotated by hand and blind by
the project's gold conventions (``gold/README.md`` of the shared folder) and the decisions
recorded in the READMEs of the earlier sets. Figures follow contemporary reports loosely and
some details are invented; the set tests extraction, not facts. One passage holds only
non-claims.

Run ``python tests/devset76/build_devset76.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- China ------------------------------------------------------------------------------------
    P("d76_001",
      "FUXIN, Liaoning, Feb. 15 (Xinhua) -- The death toll from a gas explosion at the Sunjiawan "
      "coal mine in northeast China's Liaoning Province has risen to 209, with 13 miners still "
      "missing, the provincial work safety bureau said Tuesday. The blast tore through a shaft "
      "242 meters below the surface at 3:01 p.m. Monday, when 574 miners were working "
      "underground, according to the Fuxin Mining Group, which runs the state-owned colliery. "
      "Rescuers had brought 352 miners up safely by early Tuesday, and 30 injured were being "
      "treated at the group's general hospital, eight of them in critical condition. Vice "
      "Premier Huang Ju arrived in Fuxin on Tuesday morning to direct the rescue. The explosion "
      "is the deadliest reported coal mine accident in the country since 1949.",
      [C("209", 209, "exact", "killed", "miners", "the provincial work safety bureau"),
       C("13", 13, "exact", "missing", "miners", "the provincial work safety bureau"),
       C("574", 574, "exact", "other", "miners underground at the time",
         "the Fuxin Mining Group"),
       C("352", 352, "exact", "other", "miners brought up safely", "the Fuxin Mining Group",
         attr_alt=[None]),
       C("30", 30, "exact", "injured", "miners in hospital", "the Fuxin Mining Group",
         attr_alt=[None]),
       C("eight", 8, "exact", "injured", "miners in critical condition",
         "the Fuxin Mining Group", attr_alt=[None])]),

    P("d76_002",
      "BEIJING, Dec 26 (AFP) - The number of people killed by a toxic gas leak from a "
      "natural gas well in southwest China has climbed to 191, state media said Friday, as rescue "
      "teams in protective suits searched farmhouses around the site for more victims. The Xinhua "
      "news agency said more than 10,000 people had been treated for poisoning in the Kaixian "
      "county of Chongqing municipality, and that 41,000 villagers had been evacuated from a zone "
      "stretching five kilometres around the well. The blowout, at a well operated by a "
      "subsidiary of China National Petroleum Corp, sent hydrogen sulphide billowing over four "
      "townships late on Tuesday night, killing many villagers in their sleep. Hundreds of pigs "
      "and cattle also died, a county official quoted by the Chongqing Evening News said.",
      [C("191", 191, "exact", "killed", "people", "state media"),
       C("more than 10,000", 10000, "more_than", "injured", "people treated for poisoning",
         "The Xinhua news agency", cat_alt=["other"]),
       C("41,000", 41000, "exact", "displaced", "villagers evacuated",
         "The Xinhua news agency"),
       C("four", 4, "exact", "other", "townships", optional=True),
       C("Hundreds", 100, "vague", "other", "pigs and cattle dead", "a county official",
         attr_alt=["the Chongqing Evening News"])]),

    P("d76_003",
      "LUOYANG, China (AP) — Fire swept through a crowded four-story shopping center in this "
      "central Chinese city late Monday, killing 309 people, most of them at a Christmas party in "
      "a dance hall on the top floor, the official Xinhua News Agency reported. Witnesses said "
      "the dance hall's doors had been chained shut and that sparks from welders working in the "
      "basement set off the blaze. As many as 350 people had been celebrating on the fourth "
      "floor, a fire official told state television, and only a few escaped down a smoke-filled "
      "stairwell. Firefighters needed three hours to put out the flames. Police have detained 11 "
      "people, including four welders and the building's manager, Xinhua said Tuesday.",
      [C("309", 309, "exact", "killed", "people", "the official Xinhua News Agency"),
       C("As many as 350", 350, "at_most", "other", "people at the party",
         "a fire official"),
       C("11", 11, "exact", "detained", "people", "Xinhua",
         attr_alt=["the official Xinhua News Agency"]),
       C("four", 4, "exact", "detained", "welders", "Xinhua",
         attr_alt=["the official Xinhua News Agency"], ctx="four welders")]),

    P("d76_004",
      "SHANGHAI, Nov 16 (Reuters) - The death toll from a fire that engulfed a 28-storey "
      "apartment block in central Shanghai rose to 53 on Tuesday, and police detained eight "
      "people, including four unlicensed welders whose work on the building's scaffolding is "
      "thought to have started the blaze, the city government said. The city's fire department "
      "had said late on Monday that more than 100 residents were unaccounted for, but most were "
      "later found safe with relatives. Some 70 people were injured, 17 of them seriously, "
      "according to a Shanghai health bureau official. More than 1,300 firefighters and 80 fire "
      "engines were sent to the scene in Jing'an district. The block, built in 1997 for retired "
      "teachers, was home to about 440 people, state media reported.",
      [C("53", 53, "exact", "killed", "people", "the city government"),
       C("eight", 8, "exact", "detained", "people", "the city government"),
       C("four", 4, "exact", "detained", "unlicensed welders", "the city government"),
       C("more than 100", 100, "more_than", "missing", "residents unaccounted for",
         "The city's fire department"),
       C("Some 70", 70, "about", "injured", "people", "a Shanghai health bureau official"),
       C("17", 17, "exact", "injured", "people seriously injured",
         "a Shanghai health bureau official"),
       C("More than 1,300", 1300, "more_than", "troops", "firefighters sent",
         cat_alt=["other"]),
       C("80", 80, "exact", "other", "fire engines", optional=True),
       C("about 440", 440, "about", "population", "residents of the block", "state media")]),

    P("d76_005",
      "Beijing flood toll revised to 77\n"
      "Updated: 2012-07-27 07:52\n"
      "By Zhang Yan (China Daily)\n"
      "Beijing authorities on Thursday raised the death toll from last Saturday's rainstorm to "
      "77, more than double the figure of 37 they gave on Sunday, after days of public criticism "
      "of the city's handling of the disaster. Of the dead, 66 were found in Beijing's streets, "
      "homes and rivers and 11 died while on duty, Pan Anjun, deputy head of the city's flood "
      "control headquarters, told a news conference. Fangshan district, in the southwest of the "
      "capital, accounted for 38 of the deaths, he said. The storm, the heaviest in Beijing in 61 "
      "years, dumped an average of 170 millimeters of rain on the city in about 16 hours. More "
      "than 56,000 people were evacuated, according to the municipal government.",
      [C("77", 77, "exact", "killed", "people (headline)", ctx="revised to 77"),
       C("77", 77, "exact", "killed", "people", "Beijing authorities",
         ctx="rainstorm to 77"),
       C("37", 37, "exact", "killed", "people (Sunday's toll)", "Beijing authorities",
         attr_alt=["they", None]),
       C("66", 66, "exact", "killed", "people found in streets, homes and rivers",
         "Pan Anjun"),
       C("11", 11, "exact", "killed", "people who died on duty", "Pan Anjun"),
       C("38", 38, "exact", "killed", "people in Fangshan", "Pan Anjun", attr_alt=["he"]),
       C("More than 56,000", 56000, "more_than", "displaced", "people evacuated",
         "the municipal government")],
      published="2012-07-27"),

    P("d76_006",
      "37 killed in stampede at Beijing lantern show\n"
      "UPDATED: 08:14, February 06, 2004\n"
      "Thirty-seven people were killed and 15 injured when a crowd surged on a small bridge at a "
      "lantern festival in Miyun County on the outskirts of Beijing on Thursday evening, the "
      "Beijing municipal government said. The crush happened at about 7:45 p.m. on the Mihong "
      "Bridge in Miyun Park, where tens of thousands of people had gathered to view lanterns on "
      "the 15th day of the first lunar month. Most of the victims were elderly women and "
      "children, according to a doctor at the county hospital who asked not to be named. Police "
      "said a visitor had tripped and fallen near the top of the bridge, and those behind piled "
      "up on top of each other. The county's Communist Party secretary and its county head were "
      "removed from their posts on Friday.",
      [C("37", 37, "exact", "killed", "people (headline)"),
       C("Thirty-seven", 37, "exact", "killed", "people", "the Beijing municipal government"),
       C("15", 15, "exact", "injured", "people", "the Beijing municipal government"),
       C("tens of thousands", 10000, "vague", "other", "people gathered in the park",
         optional=True, attr_alt=["the Beijing municipal government"])],
      published="2004-02-06"),

    P("d76_007",
      "HARBIN, July 24 (Xinhua) -- Eleven people were killed after the roof of a middle school "
      "gymnasium collapsed in Qiqihar, a city in northeast China's Heilongjiang Province, local "
      "authorities said Monday. Nineteen people were inside the gym when the roof gave way at "
      "about 2:56 p.m. Sunday, and four of them managed to escape, the city's emergency "
      "management bureau said. Rescuers pulled out the other 15, but 11 of them, most of them "
      "members of the school's girls' volleyball team, died despite treatment. A preliminary "
      "investigation found that workers building a teaching block next to the gym had stacked "
      "perlite, a construction material, on its roof, where it soaked up rainwater. Police have "
      "detained two managers of the construction company.",
      [C("Eleven", 11, "exact", "killed", "people", "local authorities"),
       C("Nineteen", 19, "exact", "other", "people inside the gym",
         "the city's emergency management bureau"),
       C("four", 4, "exact", "other", "people who escaped",
         "the city's emergency management bureau"),
       C("15", 15, "exact", "other", "people pulled out by rescuers",
         "the city's emergency management bureau", attr_alt=[None]),
       C("11", 11, "exact", "killed", "people pulled out who died",
         "the city's emergency management bureau", attr_alt=[None]),
       C("two", 2, "exact", "detained", "construction company managers",
         attr_alt=["Police"])]),

    # --- Japan ------------------------------------------------------------------------------------
    P("d76_008",
      "KOBE, July 22 (Kyodo) -- Eleven people, nine of them children, died after a crowd of "
      "spectators leaving a fireworks display crushed them on a pedestrian bridge in Akashi, Hyogo "
      "Prefecture, on Saturday night, police said Sunday. Another 126 people were injured, 10 of "
      "them seriously, in the crush on the 100-meter bridge that links JR Asagiri Station with "
      "the beach, according to the Akashi city government. Some 130,000 people had come to watch "
      "the display, police said, and witnesses said thousands were packed on the bridge, which is "
      "only 6 meters wide, when people heading for the station ran into those still arriving. "
      "\"I was lifted off my feet and couldn't breathe,\" said a 40-year-old man whose 2-year-old "
      "son was taken to hospital. Prefectural police are investigating whether the city, the "
      "police and the security firm hired for the event had deployed too few guards.",
      [C("Eleven", 11, "exact", "killed", "people", "police"),
       C("nine", 9, "exact", "killed", "children", "police"),
       C("126", 126, "exact", "injured", "people", "the Akashi city government"),
       C("10", 10, "exact", "injured", "people seriously injured",
         "the Akashi city government"),
       C("Some 130,000", 130000, "about", "other", "spectators at the display", "police"),
       C("thousands", 1000, "vague", "other", "people packed on the bridge", "witnesses",
         optional=True)]),

    P("d76_009",
      "Sunday, Sept. 2, 2001\n"
      "Fire in Kabukicho building kills 44\n"
      "Forty-four people died early Saturday when fire tore through a five-story building in "
      "Tokyo's Kabukicho entertainment district, trapping customers and employees of a mahjong "
      "parlor and a hostess club on the third and fourth floors, the Tokyo Fire Department said. "
      "Three other people were injured. The fire broke out at around 1 a.m. near a stairway on "
      "the third floor, and investigators suspect arson, police sources said. Most of the victims "
      "died of carbon monoxide poisoning, according to the Metropolitan Police Department, which "
      "said 28 of the dead were found in the club on the fourth floor. Fire officials said the "
      "building's only staircase had been cluttered with lockers and beer crates. It was the "
      "deadliest fire in Japan since 1982, when 33 people died in a blaze at the Hotel New Japan "
      "in Tokyo.",
      [C("44", 44, "exact", "killed", "people (headline)"),
       C("Forty-four", 44, "exact", "killed", "people", "the Tokyo Fire Department"),
       C("Three", 3, "exact", "injured", "people", "the Tokyo Fire Department",
         attr_alt=[None]),
       C("28", 28, "exact", "killed", "people found in the club",
         "the Metropolitan Police Department"),
       C("33", 33, "exact", "killed", "people in the 1982 Hotel New Japan fire")],
      published="2001-09-02"),

    P("d76_010",
      "June 19, 2018 at 18:40 JST\n"
      "OSAKA--The death toll from Monday's magnitude-6.1 earthquake in northern Osaka Prefecture "
      "rose to five on Tuesday, Osaka prefectural police said, after an 85-year-old man who had "
      "been hit by a falling bookcase died in hospital. The Fire and Disaster Management Agency "
      "said 417 people had been injured in Osaka, Kyoto, Hyogo, Nara and Shiga prefectures. Among "
      "the dead was a 9-year-old girl who was crushed when a concrete block wall around her "
      "elementary school's swimming pool toppled onto her in Takatsuki; the wall, 3.5 meters "
      "high, did not meet building standards, the city's mayor admitted. About 1,700 people spent "
      "the night in shelters for fear of aftershocks, the prefectural government said. Osaka Gas "
      "Co. said supplies to about 110,000 households remained cut off.",
      [C("five", 5, "exact", "killed", "people", "Osaka prefectural police"),
       C("417", 417, "exact", "injured", "people", "The Fire and Disaster Management Agency"),
       C("About 1,700", 1700, "about", "displaced", "people in shelters",
         "the prefectural government"),
       C("about 110,000", 110000, "about", "other", "households without gas",
         "Osaka Gas Co.", cat_alt=["infrastructure", "population"])],
      published="2018-06-19"),

    P("d76_011",
      "MIYAKE ISLAND, Tokyo, Sept. 4 (Kyodo) -- The last of Miyake Island's residents left the "
      "volcanic island on Monday under an evacuation order, as Mount Oyama continued to spew "
      "sulfur dioxide and ash. A total of 3,855 islanders have been evacuated to Tokyo and other "
      "areas since Friday, the Miyake village office said, and some 200 disaster workers and "
      "officials who stayed behind to guard against mudflows were to leave by Monday night. About "
      "40 elderly and bedridden residents were among the first to be flown out by Self-Defense "
      "Forces helicopters, it said. No one has been killed or injured by the eruptions, which "
      "began in late June. The island lies about 180 kilometers south of central Tokyo, and "
      "Tokyo Gov. Shintaro Ishihara said he could not say when islanders would be able to return.",
      [C("3,855", 3855, "exact", "displaced", "islanders evacuated",
         "the Miyake village office"),
       C("some 200", 200, "about", "other", "disaster workers and officials who stayed",
         "the Miyake village office", cat_alt=["troops", "displaced"], attr_alt=[None]),
       C("About 40", 40, "about", "displaced", "elderly and bedridden residents flown out",
         "the Miyake village office", attr_alt=["it"])]),

    P("d76_012",
      "Jul 10, 2017\n"
      "Kyushu flood toll rises to 22 as search continues for missing\n"
      "FUKUOKA – The death toll from torrential rain that pounded northern Kyushu last week rose "
      "to 22 on Monday, with at least 20 people still unaccounted for, police and local "
      "governments said. Eighteen of the dead were in Fukuoka Prefecture, most of them in the "
      "city of Asakura, and four were in Hita, Oita Prefecture. Some 12,000 Self-Defense Forces "
      "personnel, police officers and firefighters were searching riverbeds and piles of "
      "driftwood on Monday, the Defense Ministry said. More than 1,100 people remained in "
      "evacuation centers in the two prefectures. Up to 545 millimeters of rain fell on Asakura "
      "in nine hours on July 5, according to the Meteorological Agency.",
      [C("22", 22, "exact", "killed", "people (headline)", ctx="rises to 22"),
       C("22", 22, "exact", "killed", "people", "police and local governments",
         ctx="rose to 22"),
       C("at least 20", 20, "at_least", "missing", "people unaccounted for",
         "police and local governments"),
       C("Eighteen", 18, "exact", "killed", "people in Fukuoka Prefecture",
         "police and local governments", attr_alt=[None]),
       C("four", 4, "exact", "killed", "people in Hita", "police and local governments",
         attr_alt=[None]),
       C("Some 12,000", 12000, "about", "troops", "SDF personnel, police and firefighters",
         "the Defense Ministry", cat_alt=["other"]),
       C("More than 1,100", 1100, "more_than", "displaced", "people in evacuation centers"),
       C("two", 2, "exact", "other", "prefectures", optional=True)],
      published="2017-07-10"),

    # --- The Koreas ---------------------------------------------------------------------------------
    P("d76_013",
      "GYEONGJU, Feb. 18 (Yonhap) -- Ten people, nine of them university students, were killed "
      "when the snow-laden roof of a resort auditorium collapsed during a freshman orientation "
      "party here late Monday, officials said Tuesday. The roof of the gym at the Mauna Ocean "
      "Resort caved in at around 9:11 p.m. as about 560 students of the Busan University of "
      "Foreign Studies were attending the event, according to the National Emergency Management "
      "Agency. At least 103 people were injured, two of them seriously, the agency said. \"The "
      "ceiling fell within about 10 seconds after a crash from the stage side,\" one student told "
      "Yonhap. Police said they would look into whether the resort had failed to clear the roof, "
      "which had up to 50 centimeters of snow on it after a week of heavy snowfall.",
      [C("Ten", 10, "exact", "killed", "people", "officials"),
       C("nine", 9, "exact", "killed", "university students", "officials"),
       C("about 560", 560, "about", "other", "students at the event",
         "the National Emergency Management Agency"),
       C("At least 103", 103, "at_least", "injured", "people", "the agency",
         attr_alt=["the National Emergency Management Agency"]),
       C("two", 2, "exact", "injured", "people seriously injured", "the agency",
         attr_alt=["the National Emergency Management Agency"])]),

    P("d76_014",
      "SEOUL, South Korea (AP) — The number of people dead or missing from Typhoon Rusa climbed "
      "to 184 on Monday, officials said, as soldiers and volunteers dug through mud-choked "
      "villages along South Korea's east coast. The Central Disaster Countermeasures "
      "Headquarters said 113 people had been confirmed dead and 71 were still missing, most of "
      "them swept away by swollen rivers or buried by landslides. More than 27,000 people had "
      "been left homeless, and 17,000 homes were flooded or destroyed, it said. The eastern city "
      "of Gangneung recorded 870 millimeters (34 inches) of rain in a single day, the most since "
      "the country began keeping records in 1904. President Kim Dae-jung ordered 40,000 troops "
      "into the hardest-hit areas.",
      [C("184", 184, "exact", "killed", "people dead or missing", "officials",
         cat_alt=["missing"]),
       C("113", 113, "exact", "killed", "people",
         "The Central Disaster Countermeasures Headquarters"),
       C("71", 71, "exact", "missing", "people",
         "The Central Disaster Countermeasures Headquarters"),
       C("More than 27,000", 27000, "more_than", "displaced", "people left homeless",
         "The Central Disaster Countermeasures Headquarters", attr_alt=["it"]),
       C("17,000", 17000, "exact", "infrastructure", "homes flooded or destroyed",
         "The Central Disaster Countermeasures Headquarters", attr_alt=["it"]),
       C("40,000", 40000, "exact", "troops", "troops ordered in",
         attr_alt=["President Kim Dae-jung"])]),

    P("d76_015",
      "SEOUL, Sept 13 (Reuters) - Floods in North Korea's northeast have killed 133 people and "
      "left 395 missing, the United Nations said on Tuesday, citing North Korean government "
      "figures, in what state media called the worst disaster to hit the region since 1945. "
      "About 107,000 people have been displaced, and more than 35,500 houses were damaged, 69 "
      "percent of them completely destroyed, the U.N. Office for the Coordination of "
      "Humanitarian Affairs said. Some 140,000 people are in urgent need of assistance, it said. "
      "North Korea's official KCNA news agency said tens of thousands of soldiers and workers "
      "had been mobilised to rebuild homes along the Tumen River before winter. The floods struck "
      "days after the North conducted its fifth nuclear test.",
      [C("133", 133, "exact", "killed", "people", "North Korean government figures",
         attr_alt=["the United Nations"]),
       C("395", 395, "exact", "missing", "people", "North Korean government figures",
         attr_alt=["the United Nations"]),
       C("About 107,000", 107000, "about", "displaced", "people",
         "the U.N. Office for the Coordination of Humanitarian Affairs"),
       C("more than 35,500", 35500, "more_than", "infrastructure", "houses damaged",
         "the U.N. Office for the Coordination of Humanitarian Affairs"),
       C("69 percent", 69, "exact", "infrastructure",
         "share of damaged houses destroyed",
         "the U.N. Office for the Coordination of Humanitarian Affairs", optional=True,
         cat_alt=["other"]),
       C("Some 140,000", 140000, "about", "other", "people in urgent need",
         "the U.N. Office for the Coordination of Humanitarian Affairs", attr_alt=["it"],
         cat_alt=["population", "aid"]),
       C("tens of thousands", 10000, "vague", "troops", "soldiers and workers mobilised",
         "North Korea's official KCNA news agency", cat_alt=["other"])]),

    # --- Taiwan -------------------------------------------------------------------------------------
    P("d76_016",
      "Puyuma Express derailment kills 18, injures 187\n"
      "10/22/2018 12:14 AM\n"
      "Taipei, Oct. 21 (CNA) Eighteen people were killed and 187 injured when a Puyuma Express "
      "train derailed near Xinma Station in Yilan County's Su'ao Township on Sunday afternoon, the "
      "Ministry of Transportation and Communications said late Sunday. All eight carriages of the "
      "train, which was carrying 366 passengers from Shulin to Taitung, left the tracks on a curve "
      "at 4:50 p.m., and five of them overturned, according to the Taiwan Railways Administration "
      "(TRA). Of the injured, 10 were in serious condition, Yilan County's fire bureau said, "
      "and fewer than 20 of the injured were still in hospital by midnight. It was Taiwan's deadliest rail accident since 1991, when 30 people died in a collision in "
      "Miaoli County.",
      [C("18", 18, "exact", "killed", "people (headline)"),
       C("187", 187, "exact", "injured", "people (headline)", ctx="injures 187"),
       C("Eighteen", 18, "exact", "killed", "people",
         "the Ministry of Transportation and Communications"),
       C("187", 187, "exact", "injured", "people",
         "the Ministry of Transportation and Communications", ctx="and 187 injured"),
       C("eight", 8, "exact", "other", "carriages", "the Taiwan Railways Administration (TRA)",
         optional=True),
       C("366", 366, "exact", "other", "passengers on board",
         "the Taiwan Railways Administration (TRA)"),
       C("five", 5, "exact", "other", "carriages overturned",
         "the Taiwan Railways Administration (TRA)", optional=True),
       C("10", 10, "exact", "injured", "people in serious condition",
         "Yilan County's fire bureau", ctx="10 were in serious"),
       C("fewer than 20", 20, "fewer_than", "injured", "injured still in hospital",
         "Yilan County's fire bureau", attr_alt=[None]),
       C("30", 30, "exact", "killed", "people in the 1991 Miaoli collision")],
      published="2018-10-22"),

    P("d76_017",
      "Wed, Oct 02, 2019 - Page 1\n"
      "Six missing after Nanfang'ao bridge collapse\n"
      "By Chen Wei-han / Staff reporter, with CNA\n"
      "A 140m steel arch bridge over Nanfang'ao fishing port in Yilan County collapsed yesterday "
      "morning, crushing three fishing boats moored below and injuring at least 12 people, while "
      "six foreign fishermen were still missing last night, the Yilan County Fire Bureau said. An "
      "oil tanker truck was crossing the bridge when it gave way at 9:30am, and its driver was "
      "among the injured, the bureau said. Navy divers and coast guard personnel — about 60 in "
      "total — searched the wreckage through the night, the Ocean Affairs Council said. The "
      "missing are three Filipinos and three Indonesians who were working on the boats, the "
      "Fisheries Agency said.",
      [C("Six", 6, "exact", "missing", "fishermen (headline)"),
       C("three", 3, "exact", "other", "fishing boats crushed", "the Yilan County Fire Bureau",
         cat_alt=["infrastructure"], ctx="three fishing boats"),
       C("at least 12", 12, "at_least", "injured", "people", "the Yilan County Fire Bureau"),
       C("six", 6, "exact", "missing", "foreign fishermen", "the Yilan County Fire Bureau"),
       C("about 60", 60, "about", "troops", "navy divers and coast guard personnel",
         "the Ocean Affairs Council", cat_alt=["other"]),
       C("three", 3, "exact", "missing", "Filipino fishermen", "the Fisheries Agency",
         ctx="three Filipinos"),
       C("three", 3, "exact", "missing", "Indonesian fishermen", "the Fisheries Agency",
         ctx="three Indonesians")],
      published="2019-10-02"),

    # --- The Philippines ----------------------------------------------------------------------------
    P("d76_018",
      "QUEZON CITY, Philippines (AP) — The death toll from a fire that swept through a packed "
      "disco in suburban Manila rose to 150 on Wednesday, as hospitals struggled to treat dozens "
      "of badly burned teenagers, police said. Most of the victims were high school and college "
      "students celebrating the end of the school year at the Ozone Disco, where about 400 people "
      "were crowded into a room licensed for 35, according to fire investigators. The only exit, "
      "a door that opened inward, was quickly blocked by bodies, survivors said. Police Supt. "
      "Romeo Maganto said eight people, including the disco's manager and two of its owners, had "
      "been charged with reckless imprudence resulting in multiple homicide. At least 90 people "
      "remain in hospitals, 25 of them in critical condition, the Department of Health said.",
      [C("150", 150, "exact", "killed", "people", "police"),
       C("dozens", 12, "vague", "injured", "badly burned teenagers", "police"),
       C("about 400", 400, "about", "other", "people inside the disco", "fire investigators"),
       C("35", 35, "exact", "other", "licensed capacity of the room", "fire investigators",
         optional=True),
       C("eight", 8, "exact", "detained", "people charged", "Police Supt. Romeo Maganto",
         cat_alt=["other"]),
       C("two", 2, "exact", "detained", "owners charged", "Police Supt. Romeo Maganto",
         cat_alt=["other"]),
       C("At least 90", 90, "at_least", "injured", "people in hospitals",
         "the Department of Health", cat_alt=["other"]),
       C("25", 25, "exact", "injured", "people in critical condition",
         "the Department of Health")]),

    P("d76_019",
      "Abra quake death toll climbs to 10\n"
      "Published 8:15 PM, July 29, 2022\n"
      "The number of people killed in the magnitude 7 earthquake that struck Abra on Wednesday, "
      "July 27, has risen to 10, the National Disaster Risk Reduction and Management Council "
      "(NDRRMC) said on Friday. In its 6 pm report, the agency said 375 people were injured, while "
      "more than 6,000 houses were damaged in the Cordillera Administrative Region, Ilocos "
      "Region, and Cagayan Valley. Of the damaged houses, 134 were totally destroyed. Around "
      "24,000 families, or some 81,000 people, had been affected, and over 4,000 people were "
      "staying in evacuation centers, the NDRRMC added. Abra Governor Dominic Valera said on "
      "Thursday that the province needed water and tents, as many residents were afraid to sleep "
      "indoors. The Department of Social Welfare and Development said it had sent more than "
      "13,000 family food packs to the province. Phivolcs has recorded more than 2,000 aftershocks.",
      [C("10", 10, "exact", "killed", "people (headline)", ctx="climbs to 10"),
       C("10", 10, "exact", "killed", "people",
         "the National Disaster Risk Reduction and Management Council (NDRRMC)",
         ctx="risen to 10"),
       C("375", 375, "exact", "injured", "people", "the agency",
         attr_alt=["the National Disaster Risk Reduction and Management Council (NDRRMC)"]),
       C("more than 6,000", 6000, "more_than", "infrastructure", "houses damaged", "the agency",
         attr_alt=["the National Disaster Risk Reduction and Management Council (NDRRMC)"]),
       C("134", 134, "exact", "infrastructure", "houses totally destroyed", "the agency",
         attr_alt=["the National Disaster Risk Reduction and Management Council (NDRRMC)",
                   None]),
       C("Around 24,000", 24000, "about", "other", "families affected",
         "the NDRRMC", cat_alt=["population"]),
       C("some 81,000", 81000, "about", "other", "people affected", "the NDRRMC",
         cat_alt=["population"]),
       C("over 4,000", 4000, "more_than", "displaced", "people in evacuation centers",
         "the NDRRMC"),
       C("more than 13,000", 13000, "more_than", "aid", "family food packs",
         "The Department of Social Welfare and Development"),
       C("more than 2,000", 2000, "more_than", "other", "aftershocks recorded", "Phivolcs",
         optional=True)],
      published="2022-07-29"),

    P("d76_020",
      "Vinta death toll rises to 164; 176 still missing\n"
      "By: Inquirer Mindanao / 05:24 AM December 24, 2017\n"
      "ILIGAN CITY—At least 164 people were killed when Tropical Storm \"Vinta\" (international "
      "name: Tembin) unleashed flash floods and landslides across Mindanao on Friday, while 176 "
      "others remained missing, officials said on Saturday. In Lanao del Norte alone, 66 bodies "
      "had been recovered, most of them from the towns of Tubod and Salvador, said Mario Arbo, "
      "the provincial disaster management officer. The Office of Civil Defense in Northern "
      "Mindanao said more than 70,000 people had fled to evacuation centers. In Zamboanga del "
      "Norte, where a landslide buried a village in Sibuco town, police put the dead at 39. "
      "Vinta was the 22nd tropical cyclone to enter the country this year.",
      [C("164", 164, "exact", "killed", "people (headline)", ctx="rises to 164"),
       C("176", 176, "exact", "missing", "people (headline)", ctx="164; 176"),
       C("At least 164", 164, "at_least", "killed", "people", "officials"),
       C("176", 176, "exact", "missing", "people", "officials", ctx="while 176"),
       C("66", 66, "exact", "killed", "bodies recovered in Lanao del Norte", "Mario Arbo"),
       C("more than 70,000", 70000, "more_than", "displaced", "people in evacuation centers",
         "The Office of Civil Defense in Northern Mindanao"),
       C("39", 39, "exact", "killed", "people in Zamboanga del Norte", "police")],
      published="2017-12-24"),

    P("d76_021",
      "First Posted 01:23:00 11/30/2007\n"
      "MANILA, Philippines—Police arrested more than 50 people, including about 30 journalists, "
      "after an armored personnel carrier rammed into the lobby of the Manila Peninsula hotel in "
      "Makati City on Thursday and ended a six-hour standoff with rebel soldiers led by Senator "
      "Antonio Trillanes IV, the Philippine National Police said. Trillanes, Brig. Gen. Danilo "
      "Lim and about 25 soldiers had walked out of a court hearing on their 2003 mutiny in the "
      "morning and marched to the hotel, where they called for the ouster of President Gloria "
      "Macapagal-Arroyo. Some 1,000 police officers and soldiers surrounded the hotel, and SWAT "
      "teams fired tear gas into the lobby before the rebels gave up, said Director Geary Barias, "
      "chief of the National Capital Region Police Office. No one was killed, but at least three "
      "people, including a television cameraman, were hurt by shattered glass, according to the "
      "Makati Medical Center. The journalists were released hours later after being processed at "
      "Camp Bagong Diwa.",
      [C("more than 50", 50, "more_than", "detained", "people arrested",
         "the Philippine National Police"),
       C("about 30", 30, "about", "detained", "journalists arrested",
         "the Philippine National Police"),
       C("about 25", 25, "about", "troops", "rebel soldiers who walked out"),
       C("Some 1,000", 1000, "about", "troops", "police officers and soldiers around the hotel",
         "Director Geary Barias"),
       C("at least three", 3, "at_least", "injured", "people hurt by glass",
         "the Makati Medical Center")],
      published="2007-11-30"),

    P("d76_022",
      "MANILA, July 27 (AFP) - More than 300 mutinous soldiers who seized a luxury "
      "apartment complex in Manila's financial district on Sunday surrendered late in the day "
      "after a nearly 20-hour standoff, ending a revolt against President Gloria Arroyo without "
      "a shot fired, military officials said. Armed forces chief General Narciso Abaya said 321 "
      "officers and enlisted men had laid down their arms and would be confined to barracks "
      "pending an investigation. The rebels, mostly junior officers from elite units, had wired "
      "the Oakwood Premier building with explosives and kept about 200 guests and staff inside, "
      "though most were allowed to leave within hours, police said. Around 1,000 loyal troops "
      "backed by armoured vehicles had sealed off the Ayala Avenue business district. Arroyo, "
      "who declared a \"state of rebellion\" at midday, said the mutineers would face the full "
      "force of the law.",
      [C("More than 300", 300, "more_than", "troops", "mutinous soldiers",
         "military officials"),
       C("321", 321, "exact", "detained", "officers and enlisted men who surrendered",
         "General Narciso Abaya", cat_alt=["troops"]),
       C("about 200", 200, "about", "hostages", "guests and staff kept inside", "police",
         cat_alt=["other"]),
       C("Around 1,000", 1000, "about", "troops", "loyal troops", attr_alt=["police"])]),

    # --- Indonesia ----------------------------------------------------------------------------------
    P("d76_023",
      "Four students shot dead in Trisakti campus clash\n"
      "Wed, 05/13/1998 7:00 AM\n"
      "JAKARTA (JP): Four students of Trisakti University were shot dead and dozens of others "
      "injured yesterday when security forces opened fire on students returning to their campus "
      "in West Jakarta after a peaceful rally against President Soeharto, doctors and students "
      "said. Dr. Hendro Wibowo of Sumber Waras Hospital said the four died of gunshot wounds to "
      "the head, neck and chest, and that 16 other students were being treated for injuries, "
      "three of them from bullets. About 6,000 students had taken part in the rally on the "
      "campus, student leaders said. Jakarta Police chief Maj. Gen. Hamami Nata denied his men "
      "had used live ammunition, saying they were armed only with rubber bullets. Armed Forces "
      "chief Gen. Wiranto promised an investigation.",
      [C("Four", 4, "exact", "killed", "students (headline)", ctx="Four students shot"),
       C("Four", 4, "exact", "killed", "Trisakti students", "doctors and students",
         ctx="Four students of"),
       C("dozens", 12, "vague", "injured", "students", "doctors and students"),
       C("four", 4, "exact", "killed", "students", "Dr. Hendro Wibowo"),
       C("16", 16, "exact", "injured", "students treated", "Dr. Hendro Wibowo"),
       C("three", 3, "exact", "injured", "students with bullet wounds", "Dr. Hendro Wibowo"),
       C("About 6,000", 6000, "about", "other", "students at the rally", "student leaders")],
      published="1998-05-13"),

    P("d76_024",
      "Wasior flood death toll reaches 145\n"
      "Fri, October 8 2010 21:35 | 2,817 Views\n"
      "Manokwari, W Papua (ANTARA News) - The death toll from the flash flood that struck Wasior, "
      "the main town of Teluk Wondama district, on Monday has reached 145, with 103 people still "
      "missing, an official of the district's disaster task force said here on Friday. \"The "
      "number of displaced people now stands at 4,000, and most of them have been taken to "
      "Manokwari and Nabire by ship,\" he said. The National Disaster Management Agency (BNPB) "
      "put the number of injured at 418, 32 of them seriously. The Indonesian Military (TNI) has "
      "deployed 500 soldiers and two warships to help with the evacuation, while the Health "
      "Ministry has sent 20 tons of medicine and medical equipment.",
      [C("145", 145, "exact", "killed", "people (headline)", ctx="reaches 145"),
       C("145", 145, "exact", "killed", "people",
         "an official of the district's disaster task force", ctx="reached 145"),
       C("103", 103, "exact", "missing", "people",
         "an official of the district's disaster task force"),
       C("4,000", 4000, "exact", "displaced", "displaced people",
         "an official of the district's disaster task force", attr_alt=["he"]),
       C("418", 418, "exact", "injured", "people",
         "The National Disaster Management Agency (BNPB)"),
       C("32", 32, "exact", "injured", "people seriously injured",
         "The National Disaster Management Agency (BNPB)"),
       C("500", 500, "exact", "troops", "soldiers deployed",
         attr_alt=["The Indonesian Military (TNI)"]),
       C("two", 2, "exact", "other", "warships deployed", optional=True,
         cat_alt=["troops", "munitions"], attr_alt=["The Indonesian Military (TNI)"]),
       C("20", 20, "exact", "aid", "tons of medicine and equipment",
         attr_alt=["the Health Ministry"])],
      published="2010-10-08"),

    P("d76_025",
      "Indonesia landslide: Rescuers race to find 79 missing\n"
      "15 December 2014\n"
      "Rescuers in Indonesia are digging through mud with their hands and shovels in search of "
      "dozens of people still missing after a landslide buried a village in Central Java. At "
      "least 32 people were confirmed dead, and 79 were still unaccounted for, the National "
      "Disaster Mitigation Agency (BNPB) said on Monday. The landslide, triggered by days of heavy "
      "rain, struck the village of Jemblung in Banjarnegara district on Friday evening, burying "
      "about 105 houses. \"The soil is very unstable, so we cannot use heavy equipment in some "
      "areas,\" agency spokesman Sutopo Purwo Nugroho said. About 2,000 rescuers, including "
      "soldiers and volunteers, have joined the search, he added. More than 570 villagers have "
      "been moved to shelters.",
      [C("79", 79, "exact", "missing", "people (headline)", ctx="find 79"),
       C("dozens", 12, "vague", "missing", "people",
         attr_alt=["the National Disaster Mitigation Agency (BNPB)"]),
       C("At least 32", 32, "at_least", "killed", "people",
         "the National Disaster Mitigation Agency (BNPB)"),
       C("79", 79, "exact", "missing", "people",
         "the National Disaster Mitigation Agency (BNPB)", ctx="and 79"),
       C("about 105", 105, "about", "infrastructure", "houses buried",
         "the National Disaster Mitigation Agency (BNPB)", attr_alt=[None]),
       C("About 2,000", 2000, "about", "troops", "rescuers", "Sutopo Purwo Nugroho",
         attr_alt=["he"], cat_alt=["other"]),
       C("More than 570", 570, "more_than", "displaced", "villagers moved to shelters",
         "Sutopo Purwo Nugroho", attr_alt=[None])],
      published="2014-12-15"),

    P("d76_026",
      "PUBLISHED DEC 31, 2014, 8:10 PM SGT\n"
      "PANGKALAN BUN (Central Kalimantan) - Bad weather on Wednesday hampered efforts to recover "
      "victims and wreckage of AirAsia Flight QZ8501, as the number of bodies retrieved from the "
      "sea rose to seven, Indonesia's search and rescue agency Basarnas said. The Airbus A320-200 "
      "was carrying 162 people - 155 passengers and seven crew - when it vanished from radar on "
      "Sunday morning, about 40 minutes after taking off from Surabaya for Singapore. Most of "
      "those on board were Indonesians; they included one Singaporean, a Briton, a Malaysian, a "
      "Frenchman and three South Koreans. Basarnas chief Bambang Soelistyo said 30 ships, 15 "
      "aircraft and seven helicopters were taking part in the search, and that divers were "
      "waiting for the waves to subside.",
      [C("seven", 7, "exact", "killed", "bodies retrieved",
         "Indonesia's search and rescue agency Basarnas", ctx="rose to seven"),
       C("162", 162, "exact", "other", "people on board",
         attr_alt=["Indonesia's search and rescue agency Basarnas"]),
       C("155", 155, "exact", "other", "passengers",
         attr_alt=["Indonesia's search and rescue agency Basarnas"]),
       C("seven", 7, "exact", "other", "crew", ctx="seven crew",
         attr_alt=["Indonesia's search and rescue agency Basarnas"]),
       C("one", 1, "exact", "other", "Singaporean on board", optional=True,
         cat_alt=["killed"], attr_alt=["Indonesia's search and rescue agency Basarnas"]),
       C("three", 3, "exact", "other", "South Koreans on board", cat_alt=["killed"],
         attr_alt=["Indonesia's search and rescue agency Basarnas"]),
       C("30", 30, "exact", "other", "ships in the search", "Basarnas chief Bambang Soelistyo",
         optional=True, cat_alt=["troops"]),
       C("15", 15, "exact", "other", "aircraft in the search",
         "Basarnas chief Bambang Soelistyo", optional=True, cat_alt=["troops", "munitions"]),
       C("seven", 7, "exact", "other", "helicopters in the search",
         "Basarnas chief Bambang Soelistyo", optional=True, cat_alt=["troops", "munitions"],
         ctx="seven helicopters")],
      published="2014-12-31"),

    P("d76_027",
      "Jakarta / Thu, May 23, 2019 / 11:05 am\n"
      "Six people were killed and more than 200 injured in two nights of rioting in Central "
      "Jakarta that followed the announcement of the official election results, Jakarta Governor "
      "Anies Baswedan said on Wednesday, citing hospital data. The National Police said they had "
      "arrested 257 people, including some who were allegedly paid to join the riots, and that 58 "
      "police officers had been hurt. \"We have found envelopes containing money on several of "
      "the rioters,\" National Police spokesman Insp. Gen. Muhammad Iqbal said. Some 32,000 police "
      "and military personnel have been deployed across the capital, where supporters of losing "
      "presidential candidate Prabowo Subianto had gathered outside the Elections Supervisory "
      "Agency (Bawaslu) office. Access to some social media features was restricted to stop the "
      "spread of hoaxes, the communications minister said.",
      [C("Six", 6, "exact", "killed", "people", "hospital data",
         attr_alt=["Jakarta Governor Anies Baswedan"]),
       C("more than 200", 200, "more_than", "injured", "people", "hospital data",
         attr_alt=["Jakarta Governor Anies Baswedan"]),
       C("257", 257, "exact", "detained", "people arrested", "The National Police"),
       C("58", 58, "exact", "injured", "police officers", "The National Police"),
       C("Some 32,000", 32000, "about", "troops", "police and military personnel deployed")],
      published="2019-05-23"),

    # --- Malaysia -----------------------------------------------------------------------------------
    P("d76_028",
      "Kinabalu quake: 16 bodies recovered, two still missing\n"
      "Saturday, 6 June 2015 | MYT 8:40 PM\n"
      "RANAU: Rescuers have recovered 16 bodies from Mount Kinabalu after Friday's earthquake sent "
      "boulders crashing down the trail to the summit, Sabah police commissioner Datuk Jalaluddin "
      "Abdul Rahman said. Two climbers are still missing, he said, adding that the search would "
      "resume at first light. All 137 climbers who had been stranded on the mountain were brought "
      "down safely by early Saturday, some of them walking through the night with mountain "
      "guides, said state tourism minister Datuk Masidi Manjun. The magnitude 5.9 quake struck at "
      "7.15am on Friday at a depth of 10km, according to the Malaysian Meteorological Department. "
      "Singapore's Ministry of Education said seven pupils and two teachers from Tanjong Katong "
      "Primary School who were on a school trip were among the dead or missing.",
      [C("16", 16, "exact", "killed", "bodies (headline)", ctx="16 bodies recovered"),
       C("two", 2, "exact", "missing", "climbers (headline)", ctx="two still"),
       C("16", 16, "exact", "killed", "bodies recovered",
         "Sabah police commissioner Datuk Jalaluddin Abdul Rahman", ctx="recovered 16 bodies from"),
       C("Two", 2, "exact", "missing", "climbers",
         "Sabah police commissioner Datuk Jalaluddin Abdul Rahman", attr_alt=["he"]),
       C("137", 137, "exact", "other", "stranded climbers brought down",
         "state tourism minister Datuk Masidi Manjun", cat_alt=["population"]),
       C("seven", 7, "exact", "killed", "Singaporean pupils dead or missing",
         "Singapore's Ministry of Education", cat_alt=["missing"]),
       C("two", 2, "exact", "killed", "Singaporean teachers dead or missing",
         "Singapore's Ministry of Education", cat_alt=["missing"], ctx="two teachers")],
      published="2015-06-06"),

    P("d76_029",
      "SHAH ALAM, Aug 17 (Bernama) -- Ten people were killed when a light aircraft crashed onto a "
      "road near Elmina in Shah Alam this afternoon, hitting a car and a motorcycle, said Selangor "
      "police chief Datuk Hussein Omar Khan. He said the six passengers and two crew members of "
      "the Beechcraft Model 390 died, along with the driver of the car and the motorcyclist. The "
      "aircraft, flying from Langkawi to Subang, had been cleared to land at 2.48 pm but crashed "
      "about two minutes later, according to the Civil Aviation Authority of Malaysia (CAAM). "
      "Among the passengers was Pahang state executive councillor Datuk Seri Johari Harun. The "
      "Fire and Rescue Department said 60 firefighters and 11 fire engines were sent to the scene.",
      [C("Ten", 10, "exact", "killed", "people",
         "Selangor police chief Datuk Hussein Omar Khan"),
       C("six", 6, "exact", "killed", "passengers",
         "Selangor police chief Datuk Hussein Omar Khan", attr_alt=["He"]),
       C("two", 2, "exact", "killed", "crew members",
         "Selangor police chief Datuk Hussein Omar Khan", attr_alt=["He"], ctx="two crew"),
       C("60", 60, "exact", "troops", "firefighters sent", "The Fire and Rescue Department",
         cat_alt=["other"]),
       C("11", 11, "exact", "other", "fire engines", "The Fire and Rescue Department",
         optional=True)]),

    P("d76_030",
      "KUALA LUMPUR, May 24 — More than 200 passengers were injured, 47 of them seriously, when "
      "two Light Rail Transit (LRT) trains collided in a tunnel near the KLCC station tonight, "
      "Transport Minister Datuk Seri Wee Ka Siong said. One of the trains, which was carrying 213 "
      "passengers, was travelling towards Gombak when it hit an empty train being driven manually "
      "on the same track, he told a press conference. The Kuala Lumpur Fire and Rescue Department "
      "said 166 passengers suffered minor injuries and were treated at the scene. It was the "
      "first major accident on the Kelana Jaya line since it began operating in 1998.",
      [C("More than 200", 200, "more_than", "injured", "passengers",
         "Transport Minister Datuk Seri Wee Ka Siong"),
       C("47", 47, "exact", "injured", "passengers seriously injured",
         "Transport Minister Datuk Seri Wee Ka Siong"),
       C("two", 2, "exact", "other", "trains", "Transport Minister Datuk Seri Wee Ka Siong",
         optional=True),
       C("213", 213, "exact", "other", "passengers on board",
         "Transport Minister Datuk Seri Wee Ka Siong", attr_alt=["he"]),
       C("166", 166, "exact", "injured", "passengers with minor injuries",
         "The Kuala Lumpur Fire and Rescue Department")]),

    # --- Thailand -----------------------------------------------------------------------------------
    P("d76_031",
      "Bombs hit Hua Hin, southern tourist towns\n"
      "Published: 12 Aug 2016 at 10:32\n"
      "WRITER: Online Reporters\n"
      "Four people were killed and dozens wounded in a series of bomb attacks in Hua Hin and four "
      "southern provinces on Thursday night and Friday morning, police said. Twin bombs hidden in "
      "potted plants exploded about 30 minutes apart on a bar street in Hua Hin late on Thursday, "
      "killing a local woman and wounding 21 people, 10 of them foreign tourists, according to "
      "Prachuap Khiri Khan police. Two more bombs went off in the resort town on Friday morning, "
      "killing one person, while explosions in Surat Thani, Phuket, Trang and Phangnga killed two "
      "others, deputy police spokesman Pol Col Krisana Pattanacharoen said. He said at least 11 "
      "devices had gone off in less than 24 hours, and that investigators did not believe the "
      "attacks were linked to international terrorism.",
      [C("Four", 4, "exact", "killed", "people", "police"),
       C("dozens", 12, "vague", "injured", "people", "police"),
       C("four", 4, "exact", "other", "southern provinces", "police", optional=True),
       C("21", 21, "exact", "injured", "people in Hua Hin", "Prachuap Khiri Khan police"),
       C("10", 10, "exact", "injured", "foreign tourists", "Prachuap Khiri Khan police",
         ctx="10 of them"),
       C("Two", 2, "exact", "munitions", "bombs on Friday morning",
         "deputy police spokesman Pol Col Krisana Pattanacharoen", cat_alt=["other"]),
       C("one", 1, "exact", "killed", "person in Hua Hin on Friday",
         "deputy police spokesman Pol Col Krisana Pattanacharoen"),
       C("two", 2, "exact", "killed", "people in other provinces",
         "deputy police spokesman Pol Col Krisana Pattanacharoen"),
       C("at least 11", 11, "at_least", "munitions", "devices that went off",
         "deputy police spokesman Pol Col Krisana Pattanacharoen", attr_alt=["He"],
         cat_alt=["other"])],
      published="2016-08-12"),

    P("d76_032",
      "BANGKOK, March 30 (Reuters) - Rescuers in Bangkok used heavy machinery on Sunday to dig "
      "through the ruins of a 30-storey building that collapsed during Friday's earthquake, as "
      "hopes faded for scores of construction workers still buried. Bangkok governor Chadchart "
      "Sittipunt said 17 people had been confirmed dead in the capital, 11 of them at the "
      "collapsed tower, and 83 were still missing, most of them at the site in Chatuchak "
      "district. Rescue teams said they had detected signs of life from at least 15 people under "
      "the rubble on Saturday, but Chadchart said the chance of finding anyone alive was "
      "\"getting smaller\". The building, which was to house the State Audit Office, was being "
      "built by a joint venture that included a subsidiary of a Chinese state firm. Prime "
      "Minister Paetongtarn Shinawatra ordered an inquiry into why it was the only building in "
      "the city to fall in the magnitude 7.7 quake, whose epicentre was near Mandalay in Myanmar, "
      "more than 1,000 km away.",
      [C("scores", 20, "vague", "missing", "construction workers still buried",
         attr_alt=["Bangkok governor Chadchart Sittipunt"], cat_alt=["other", "killed"]),
       C("17", 17, "exact", "killed", "people in Bangkok",
         "Bangkok governor Chadchart Sittipunt"),
       C("11", 11, "exact", "killed", "people at the collapsed tower",
         "Bangkok governor Chadchart Sittipunt"),
       C("83", 83, "exact", "missing", "people", "Bangkok governor Chadchart Sittipunt"),
       C("at least 15", 15, "at_least", "other", "people showing signs of life",
         "Rescue teams", cat_alt=["missing"])]),

    # --- Vietnam ------------------------------------------------------------------------------------
    P("d76_033",
      "Can Tho bridge collapse kills 36, dozens missing\n"
      "Thursday, September 27, 2007 10:02 GMT+7\n"
      "At least 36 workers were killed and 87 injured when a section of the Can Tho Bridge, under "
      "construction over the Hau River in the Mekong Delta, collapsed on Wednesday morning, the "
      "Ministry of Transport said. Can Tho General Hospital said between 10 and 15 of the "
      "injured were in a critical condition. Dozens more are feared trapped under tonnes of concrete and "
      "steel, and the toll is expected to rise, rescue officials said. Around 250 workers and "
      "engineers were on the approach span when two of its 30-meter-high pillars gave way at "
      "about 8am, the ministry said. Deputy Prime Minister Nguyen Sinh Hung arrived at the scene "
      "on Wednesday afternoon and ordered an investigation. The VND4.8 trillion ($300 million) "
      "bridge, financed largely with Japanese loans, was due to open in 2008.",
      [C("36", 36, "exact", "killed", "workers (headline)", ctx="kills 36"),
       C("dozens", 12, "vague", "missing", "workers (headline)", cat_alt=["other", "killed"]),
       C("At least 36", 36, "at_least", "killed", "workers", "the Ministry of Transport"),
       C("87", 87, "exact", "injured", "workers", "the Ministry of Transport"),
       C("between 10 and 15", 10, "range", "injured", "workers in critical condition",
         "Can Tho General Hospital", high=15),
       C("Dozens", 12, "vague", "missing", "workers feared trapped", "rescue officials",
         cat_alt=["other", "killed"]),
       C("Around 250", 250, "about", "other", "workers and engineers on the span",
         "the ministry", attr_alt=["the Ministry of Transport"]),
       C("two", 2, "exact", "other", "pillars that gave way", "the ministry", optional=True,
         attr_alt=["the Ministry of Transport"], cat_alt=["infrastructure"])],
      published="2007-09-27"),

    P("d76_034",
      "Typhoon Damrey death toll climbs to 69 as APEC summit nears\n"
      "By Hoang Phuong   Monday, November 6, 2017 | 09:12 pm GMT+7\n"
      "The number of people killed by Typhoon Damrey and the floods that followed has risen to "
      "69, with 30 others still missing, Vietnam's disaster prevention committee said Monday. "
      "Khanh Hoa Province, where the storm made landfall on Saturday with winds of up to 135 "
      "kilometers per hour, accounted for 44 of the deaths. More than 2,000 houses collapsed and "
      "nearly 116,000 others were damaged or had their roofs blown off, the committee said in a "
      "report. Some 30,000 people had been evacuated before the storm hit, according to the "
      "province's authorities. The storm struck days before Vietnam hosts the Asia-Pacific "
      "Economic Cooperation summit in Da Nang.",
      [C("69", 69, "exact", "killed", "people (headline)", ctx="climbs to 69"),
       C("69", 69, "exact", "killed", "people", "Vietnam's disaster prevention committee",
         ctx="risen to 69"),
       C("30", 30, "exact", "missing", "people", "Vietnam's disaster prevention committee"),
       C("44", 44, "exact", "killed", "people in Khanh Hoa",
         "Vietnam's disaster prevention committee", attr_alt=[None]),
       C("More than 2,000", 2000, "more_than", "infrastructure", "houses collapsed",
         "the committee", attr_alt=["Vietnam's disaster prevention committee"]),
       C("nearly 116,000", 116000, "about", "infrastructure", "houses damaged",
         "the committee", attr_alt=["Vietnam's disaster prevention committee"]),
       C("Some 30,000", 30000, "about", "displaced", "people evacuated",
         "the province's authorities")],
      published="2017-11-06"),

    P("d76_035",
      "Updated : 10/14/2020 11:52 GMT + 7\n"
      "Thirteen members of a rescue team, including two army generals, are feared dead after a "
      "landslide buried them early Tuesday on their way to 17 workers missing at a hydropower "
      "plant in central Vietnam, the Ministry of National Defense said. The team of 21 had "
      "stopped for the night at a forest ranger station in Phong Dien District, Thua Thien-Hue "
      "Province, when the hillside collapsed onto it at around midnight. Eight people escaped, and "
      "one of them was taken to hospital with injuries, the ministry said. The 17 workers, who "
      "have been missing since a landslide hit their quarters at the Rao Trang 3 hydropower plant "
      "on Sunday night, have yet to be found. Central Vietnam has been battered by floods that "
      "have left at least 40 people dead over the past week, according to the national steering "
      "committee for disaster prevention.",
      [C("Thirteen", 13, "exact", "killed", "rescue team members feared dead",
         "the Ministry of National Defense", cat_alt=["missing"]),
       C("two", 2, "exact", "killed", "army generals feared dead",
         "the Ministry of National Defense", cat_alt=["missing"]),
       C("17", 17, "exact", "missing", "hydropower workers", "the Ministry of National Defense",
         ctx="to 17 workers"),
       C("21", 21, "exact", "troops", "rescue team members", "the Ministry of National Defense",
         attr_alt=[None], cat_alt=["other"]),
       C("Eight", 8, "exact", "other", "people who escaped", "the ministry",
         attr_alt=["the Ministry of National Defense"]),
       C("one", 1, "exact", "injured", "person taken to hospital", "the ministry",
         attr_alt=["the Ministry of National Defense"], optional=True),
       C("17", 17, "exact", "missing", "hydropower workers (restated)",
         attr_alt=["the ministry", "the Ministry of National Defense"], ctx="The 17 workers"),
       C("at least 40", 40, "at_least", "killed", "people in central Vietnam floods",
         "the national steering committee for disaster prevention")],
      published="2020-10-14"),

    # --- Cambodia and Myanmar -----------------------------------------------------------------------
    P("d76_036",
      "Grenade attack on opposition rally leaves 16 dead\n"
      "Friday, 04 April 1997\n"
      "By Post Staff\n"
      "At least 16 people were killed and more than 100 wounded when attackers hurled four "
      "grenades into a crowd of about 200 supporters of opposition leader Sam Rainsy outside the "
      "National Assembly on Sunday morning. Most of the dead were garment workers who had joined "
      "the Khmer Nation Party's protest against the judiciary, according to the party, which "
      "put the death toll at 19. Sam Rainsy, who was pushed to the ground by his bodyguards, "
      "escaped with minor injuries; one bodyguard was killed. \"I was the target,\" he told the "
      "Post. Witnesses said a unit of Second Prime Minister Hun Sen's bodyguards, deployed in "
      "full battle gear nearby, let the attackers escape through their lines. An American, Ron "
      "Abney of the International Republican Institute, was among the wounded, the US Embassy "
      "said.",
      [C("16", 16, "exact", "killed", "people (headline)", ctx="leaves 16"),
       C("At least 16", 16, "at_least", "killed", "people"),
       C("more than 100", 100, "more_than", "injured", "people"),
       C("four", 4, "exact", "munitions", "grenades", cat_alt=["other"]),
       C("about 200", 200, "about", "other", "opposition supporters at the rally"),
       C("19", 19, "exact", "killed", "people (party's toll)", "the party",
         attr_alt=["the Khmer Nation Party"]),
       C("one", 1, "exact", "killed", "bodyguard", optional=True)],
      published="1997-04-04"),

    P("d76_037",
      "By THE IRRAWADDY 15 March 2021\n"
      "YANGON—At least 59 civilians were shot dead by junta forces in Yangon's Hlaingthaya "
      "Township on Sunday, according to residents and rescue workers, making it the bloodiest day "
      "in the city since the Feb. 1 coup. The military regime imposed martial law on Hlaingthaya "
      "and neighboring Shwepyitha on Sunday night after a number of Chinese-invested garment "
      "factories in the industrial zone were set on fire. Chinese state media said 32 factories "
      "had been vandalized or burned and two Chinese staff injured. The Assistance Association "
      "for Political Prisoners (AAPP) said at least 74 people had been killed across the country "
      "on Sunday, bringing to more than 120 the number of people killed since the coup. Residents "
      "said hundreds of families had fled the township on foot and by motorbike on Monday "
      "morning. \"They were shooting at everyone, even people carrying the wounded,\" a volunteer "
      "medic said. One rescue volunteer told The Irrawaddy that his team alone had collected 20 "
      "to 25 bodies.",
      [C("At least 59", 59, "at_least", "killed", "civilians in Hlaingthaya",
         "residents and rescue workers"),
       C("32", 32, "exact", "infrastructure", "factories vandalized or burned",
         "Chinese state media"),
       C("two", 2, "exact", "injured", "Chinese staff", "Chinese state media"),
       C("at least 74", 74, "at_least", "killed", "people across the country",
         "The Assistance Association for Political Prisoners (AAPP)"),
       C("more than 120", 120, "more_than", "killed", "people since the coup",
         "The Assistance Association for Political Prisoners (AAPP)"),
       C("hundreds", 100, "vague", "displaced", "families who fled", "Residents"),
       C("20 to 25", 20, "range", "killed", "bodies collected by one team",
         "One rescue volunteer", high=25)],
      published="2021-03-15"),

    # --- Papua New Guinea and the Pacific -----------------------------------------------------------
    P("d76_038",
      "PNG Prime Minister vows to hunt down killers after 24 women and children massacred\n"
      "Posted Tue 9 Jul 2019, 5:33pm\n"
      "Papua New Guinea's Prime Minister James Marape has vowed to bring to justice the gunmen "
      "who killed at least 24 people, most of them women and children, in a series of attacks in "
      "remote Hela province. Provincial health officials said 16 people had been hacked and shot "
      "to death in Karida village on Monday, among them two pregnant women, after eight people "
      "were killed in the nearby Munima area over the weekend. \"Today is one of the saddest days "
      "of my life,\" Mr Marape, who represents the area in Parliament, said in a statement. Hela "
      "police commander Teddy Augwi told the ABC he had fewer than 60 officers to police a province of "
      "about 400,000 people. Mr Marape said the Government would send 40 more police and "
      "soldiers to Tari within days.",
      [C("24", 24, "exact", "killed", "women and children (headline)", ctx="after 24"),
       C("at least 24", 24, "at_least", "killed", "people in Hela",
         attr_alt=["Papua New Guinea's Prime Minister James Marape"]),
       C("16", 16, "exact", "killed", "people in Karida", "Provincial health officials"),
       C("two", 2, "exact", "killed", "pregnant women", "Provincial health officials"),
       C("eight", 8, "exact", "killed", "people in Munima", "Provincial health officials"),
       C("fewer than 60", 60, "fewer_than", "troops", "police officers in Hela",
         "Hela police commander Teddy Augwi"),
       C("about 400,000", 400000, "about", "population", "people in Hela province",
         "Hela police commander Teddy Augwi"),
       C("40", 40, "exact", "troops", "police and soldiers to be sent", "Mr Marape",
         attr_alt=["Papua New Guinea's Prime Minister James Marape"])],
      published="2019-07-09"),

    P("d76_039",
      "Kiribati ferry: seven survivors found in dinghy\n"
      "1:54 pm on 29 January 2018\n"
      "Seven people have been found alive in a dinghy more than a week after the ferry they were "
      "travelling on disappeared in Kiribati, New Zealand's Rescue Coordination Centre says. The "
      "MV Butiraoi left Nonouti atoll on 18 January for the capital, South Tarawa, with about 80 "
      "people on board, but never arrived. The centre's search and rescue mission coordinator, "
      "John Dickson, said a New Zealand Air Force Orion spotted the dinghy on Saturday, and a "
      "nearby fishing vessel picked up the survivors. \"They have told us the ferry sank and that "
      "there may be other survivors in another dinghy,\" he said. Kiribati's government said 50 "
      "passengers had been listed on the manifest, but officials believed more had boarded "
      "without tickets, including a number of children. The 17.5-metre catamaran was not "
      "licensed to carry passengers, the government said.",
      [C("seven", 7, "exact", "other", "survivors (headline)"),
       C("Seven", 7, "exact", "other", "survivors found alive",
         "New Zealand's Rescue Coordination Centre"),
       C("about 80", 80, "about", "other", "people on board",
         attr_alt=["New Zealand's Rescue Coordination Centre"]),
       C("50", 50, "exact", "other", "passengers on the manifest", "Kiribati's government")],
      published="2018-01-29"),

    P("d76_040",
      "SYDNEY (AP) — A powerful magnitude 7.5 earthquake struck Papua New Guinea's mountainous "
      "Hela province early Monday, the U.S. Geological Survey said, cutting communications to the "
      "remote region and forcing ExxonMobil to shut down a gas conditioning plant. The quake hit "
      "at 3:44 a.m. local time at a depth of 35 kilometers (22 miles), about 89 kilometers (55 "
      "miles) southwest of the mining town of Porgera, the agency said. There were no immediate "
      "reports of casualties, though officials said landslides had blocked roads and damaged "
      "buildings in the provincial capital, Tari. The Pacific Tsunami Warning Center said there "
      "was no tsunami threat. It was the strongest quake to hit the Highlands in decades.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 76)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d76_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
