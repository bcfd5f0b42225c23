"""Source of the ninety-sixth development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) on accidents and man-made disasters, 1980–2025: building, walkway and
bridge collapses, fires in clubs, cafés, factories, hospitals and high-rises, crowd crushes,
ferry sinkings, train and bus crashes, plane crashes, mine disasters, chemical and gas
explosions, a dam failure and mass poisonings. Written for this set (none copied from an
article) in the style of wire copy (AP, Reuters, AFP, CP, Yonhap, Xinhua, PTI, ANP, Agência
Brasil), national dailies, broadcaster pages with "Updated" lines, official statements quoted
in news and investigation findings published months later. Annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded
in the READMEs of the earlier sets. Figures follow contemporary reports loosely and some details
are invented; the set tests extraction, not facts.

Run ``python tests/devset96/build_devset96.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset96")

# --- collapses, trains and planes ---------------------------------------------------------------
PART1 = [
    P("d96_001",
      "KANSAS CITY, Mo. (AP) — Rescue workers using cranes and jackhammers pulled the last bodies "
      "from the lobby of the Hyatt Regency hotel early Saturday, and police said 111 people had "
      "been killed when suspended walkways crashed onto a crowded tea dance. Hospital officials "
      "said 188 others were being treated for injuries, 30 of them in critical condition. About "
      "1,600 people had packed the four-storey atrium for the Friday evening dance, a hotel "
      "spokesman said. The fourth-floor walkway, 120 feet long, fell onto the second-floor "
      "walkway below it shortly after 7 p.m., and both dropped onto the dancers. Mayor Richard "
      "Berkley called it the worst disaster in the city's history.",
      [C("111", 111, "exact", "killed", "people at the Hyatt Regency", "police"),
       C("188", 188, "exact", "injured", "people treated", "Hospital officials"),
       C("30", 30, "exact", "injured", "people in critical condition", "Hospital officials"),
       C("About 1,600", 1600, "about", "other", "people at the tea dance",
         "a hotel spokesman")]),

    P("d96_002",
      "SEOUL, Oct. 21, 1994 (Yonhap) -- A 48-meter section of the Seongsu Bridge over the Han "
      "River collapsed during the morning rush hour Friday, sending a city bus and five other "
      "vehicles plunging into the water and killing 32 people, police said. Seventeen people were "
      "injured, most of them passengers of the No. 16 bus, which had been carrying some 30 people "
      "when it fell. Navy divers and about 400 police and firefighters searched the river "
      "through the afternoon. Police said they had detained two Seoul city officials in charge of "
      "the bridge's maintenance and were questioning executives of the company that built it in "
      "1979.",
      [C("five", 5, "exact", "other", "vehicles that fell", "police", optional=True,
         attr_alt=[None]),
       C("32", 32, "exact", "killed", "people on the Seongsu Bridge", "police"),
       C("Seventeen", 17, "exact", "injured", "people on the Seongsu Bridge", "police",
         attr_alt=[None]),
       C("some 30", 30, "about", "other", "people on the bus", "police", attr_alt=[None]),
       C("about 400", 400, "about", "troops", "police and firefighters searching", None,
         cat_alt=["other"], attr_alt=["police"]),
       C("two", 2, "exact", "detained", "city officials", "Police", ctx="two Seoul")],
      published="1994-10-21"),

    P("d96_003",
      "Updated Feb. 10, 1986\n"
      "HINTON, Alta. — RCMP lowered the death toll from Saturday's collision between a CN freight "
      "train and a Via Rail passenger train to 23 on Monday, down from the 26 announced on "
      "Sunday, after coroners found that some remains had been counted twice. Of the 94 people on "
      "the passenger train, 71 were taken to hospital, and 12 remained there Monday, four in "
      "serious condition, an Alberta Health spokeswoman said. The 118-car freight train had run "
      "past a signal at about 8:40 a.m. and hit the Via train head-on at a combined speed of "
      "more than 160 km/h. About 150 Canadian Forces personnel from Edmonton were flown in to "
      "help search the wreckage, Defence Minister Erik Nielsen said in Ottawa.",
      [C("23", 23, "exact", "killed", "people in the Hinton collision", "RCMP"),
       C("26", 26, "exact", "killed", "earlier toll", "RCMP", attr_alt=[None]),
       C("94", 94, "exact", "other", "people on the passenger train",
         "an Alberta Health spokeswoman"),
       C("71", 71, "exact", "injured", "people taken to hospital",
         "an Alberta Health spokeswoman"),
       C("12", 12, "exact", "injured", "people still in hospital",
         "an Alberta Health spokeswoman"),
       C("four", 4, "exact", "injured", "people in serious condition",
         "an Alberta Health spokeswoman"),
       C("About 150", 150, "about", "troops", "Canadian Forces personnel flown in",
         "Defence Minister Erik Nielsen")],
      published="1986-02-10"),

    P("d96_004",
      "LONDON, Nov 7 (Reuters) - A wiring fault left by an overworked technician caused the "
      "Clapham Junction rail crash that killed 35 people last December, an official inquiry found "
      "on Tuesday, and it blamed British Rail for letting staff work seven-day weeks for months on "
      "end. The report by Anthony Hidden QC made 93 recommendations, including the installation "
      "of automatic train protection across the network. The crash, in which a packed commuter "
      "train ran into the back of another and a third train then struck the wreckage, also "
      "injured nearly 500 people, 69 of them seriously. British Rail, which has already admitted "
      "liability, said it had paid out about 1.5 million pounds in compensation so far.",
      [C("35", 35, "exact", "killed", "people in the Clapham Junction crash", None,
         attr_alt=["an official inquiry"]),
       C("93", 93, "exact", "other", "recommendations", "The report by Anthony Hidden QC",
         optional=True, attr_alt=[None]),
       C("nearly 500", 500, "about", "injured", "people in the Clapham Junction crash"),
       C("69", 69, "exact", "injured", "people seriously injured")]),

    P("d96_005",
      "JAKARTA, Oct 20, 1987 (AFP) - The death toll from Monday's head-on collision between two packed "
      "commuter trains at Bintaro, on the southern edge of the capital, rose to 139 on Tuesday, "
      "hospital officials said, as rescuers cut the last victims from the telescoped carriages. "
      "Another 254 people were injured, many of them commuters who had been riding on the roofs "
      "and between the carriages. The state railway company said one of the trains had left "
      "Sudimara station without clearance. Police said the driver of that train, who survived "
      "with head injuries, and two station employees had been detained for questioning. "
      "Witnesses said each train had been carrying well over 700 people, far more than it was "
      "built for.",
      [C("139", 139, "exact", "killed", "people in the Bintaro collision", "hospital officials"),
       C("254", 254, "exact", "injured", "people in the Bintaro collision",
         "hospital officials", attr_alt=[None]),
       C("two", 2, "exact", "detained", "station employees", "Police", ctx="two station"),
       C("well over 700", 700, "more_than", "other", "people on each train", "Witnesses")],
      published="1987-10-20"),

    P("d96_006",
      "Thursday, September 23, 1993\n"
      "MOBILE, Ala. (AP) — Divers searching the murky waters of Big Bayou Canot recovered 10 more "
      "bodies from a submerged Amtrak sleeper car Thursday, raising the death toll from the "
      "derailment of the Sunset Limited to 44, the Coast Guard said. Three people remain "
      "unaccounted for. Of the 220 passengers and crew on board, more than 150 were rescued from "
      "the swamp by boat and helicopter, officials said. Investigators said a towboat pushing six "
      "barges had struck the railroad bridge in thick fog about eight minutes before the train "
      "arrived, knocking the track some three feet out of line. The National Transportation "
      "Safety Board has sent a team of 14 investigators.",
      [C("10", 10, "exact", "killed", "bodies recovered", "the Coast Guard"),
       C("44", 44, "exact", "killed", "people in the Sunset Limited derailment",
         "the Coast Guard"),
       C("Three", 3, "exact", "missing", "people unaccounted for", "the Coast Guard",
         attr_alt=[None]),
       C("220", 220, "exact", "other", "passengers and crew on board", "officials"),
       C("more than 150", 150, "more_than", "other", "people rescued", "officials"),
       C("six", 6, "exact", "other", "barges", "Investigators", optional=True),
       C("14", 14, "exact", "other", "NTSB investigators sent", None, optional=True,
         cat_alt=["troops"],
         attr_alt=["The National Transportation Safety Board"])],
      published="1993-09-23"),

    P("d96_007",
      "AMSTERDAM, Oct 6 (Reuters) - Amsterdam officials on Tuesday sharply cut their estimate of "
      "the number of people killed when an El Al Boeing 747 cargo jet ploughed into two apartment "
      "blocks in the Bijlmermeer district, saying fewer than 80 people were now believed dead. "
      "Mayor Ed van Thijn had said on Monday that as many as 250 people could have died. All four "
      "people on board Flight 1862, three crew members and a passenger, were killed. Police said "
      "19 bodies had been recovered so far from the ruins, where about 80 flats were destroyed, "
      "and about 100 people remained unaccounted for, though many were thought to have been away "
      "from home. Many residents of the blocks were immigrants from Surinam and Ghana who were "
      "not registered, making a count difficult, officials said.",
      [C("two", 2, "exact", "infrastructure", "apartment blocks hit", None,
         attr_alt=["Amsterdam officials"], ctx="two apartment"),
       C("fewer than 80", 80, "fewer_than", "killed", "people believed dead",
         "Amsterdam officials", cat_alt=["missing"]),
       C("as many as 250", 250, "at_most", "killed", "people who could have died",
         "Mayor Ed van Thijn", cat_alt=["missing"]),
       C("four", 4, "exact", "killed", "people on board Flight 1862", None,
         cat_alt=["other"], attr_alt=["Mayor Ed van Thijn"]),
       C("three", 3, "exact", "other", "crew members on board", None, cat_alt=["killed"],
         attr_alt=["Mayor Ed van Thijn"]),
       C("19", 19, "exact", "killed", "bodies recovered", "Police"),
       C("about 80", 80, "about", "infrastructure", "flats destroyed", None,
         attr_alt=["Police"], ctx="about 80 flats"),
       C("about 100", 100, "about", "missing", "people unaccounted for", "Police")]),

    P("d96_008",
      "BRASILIA, Oct 2, 2006 (Reuters) - Brazilian air force rescuers have recovered 17 bodies "
      "from the jungle crash site of Gol Flight 1907 and there is no hope of finding any of the "
      "154 people on board alive, officials said on Monday. The Boeing 737-800 came down in dense "
      "rainforest in Mato Grosso state on Friday after clipping an Embraer Legacy 600 executive "
      "jet at 37,000 feet. The seven people aboard the smaller plane, including two American "
      "pilots, landed safely at a military base. Police have seized the passports of the "
      "American pilots while investigators examine the flight recorders. Some 200 soldiers and "
      "Indians from a nearby Kayapó reserve are cutting their way through the forest to reach "
      "the wreckage, the air force said.",
      [C("17", 17, "exact", "killed", "bodies recovered", "officials"),
       C("154", 154, "exact", "killed", "people on board Gol Flight 1907", "officials",
         cat_alt=["missing", "other"]),
       C("seven", 7, "exact", "other", "people aboard the Legacy jet", None,
         attr_alt=["officials"]),
       C("two", 2, "exact", "other", "American pilots", None, optional=True),
       C("Some 200", 200, "about", "troops", "soldiers and Indians searching", "the air force",
         cat_alt=["other"])],
      published="2006-10-02"),

    P("d96_009",
      "Kegworth pilots shut down wrong engine, report finds\n"
      "31 August 1990\n"
      "The pilots of the British Midland Boeing 737-400 that crashed beside the M1 motorway at "
      "Kegworth in January shut down the healthy engine after a fan blade broke in the other, the "
      "Air Accidents Investigation Branch said in its final report on Friday. Forty-seven of the "
      "126 people on board died, and 74 of the survivors suffered serious injuries. The AAIB made "
      "31 safety recommendations, among them that passenger seats be strengthened to withstand "
      "the forces of a crash. Captain Kevin Hunt, 44, and First Officer David McClelland, 39, "
      "both survived with serious injuries.",
      [C("Forty-seven", 47, "exact", "killed", "people in the Kegworth crash",
         "the Air Accidents Investigation Branch", attr_alt=[None]),
       C("126", 126, "exact", "other", "people on board", "the Air Accidents Investigation Branch",
         attr_alt=[None]),
       C("74", 74, "exact", "injured", "survivors seriously injured",
         "the Air Accidents Investigation Branch", attr_alt=[None]),
       C("31", 31, "exact", "other", "safety recommendations", "The AAIB", optional=True,
         ctx="31 safety")],
      published="1990-08-31"),

    P("d96_010",
      "Published July 20, 1989\n"
      "SIOUX CITY, Iowa (AP) — Of the 296 people aboard United Airlines Flight 232, 186 survived "
      "Wednesday's cartwheeling crash landing at Sioux Gateway Airport, United said Thursday, "
      "though the airline warned that the numbers could change as the passenger list was "
      "checked. The Woodbury County coroner said 107 bodies had been recovered from the runway "
      "and the cornfield beside it, and four people remained unaccounted for. At least 52 "
      "survivors were still being treated at two hospitals in Sioux City, eight of them in "
      "critical condition, hospital spokesmen said. The DC-10 lost all hydraulic power when its "
      "tail-mounted engine disintegrated about an hour before the crash. Capt. Al Haynes, 57, and "
      "his crew steered the jet for 41 minutes using only engine thrust.",
      [C("296", 296, "exact", "other", "people aboard Flight 232", "United"),
       C("186", 186, "exact", "other", "survivors", "United"),
       C("107", 107, "exact", "killed", "bodies recovered", "The Woodbury County coroner"),
       C("four", 4, "exact", "missing", "people unaccounted for",
         "The Woodbury County coroner"),
       C("At least 52", 52, "at_least", "injured", "survivors being treated",
         "hospital spokesmen", cat_alt=["other"]),
       C("two", 2, "exact", "other", "hospitals", "hospital spokesmen", optional=True,
         cat_alt=["infrastructure"]),
       C("eight", 8, "exact", "injured", "survivors in critical condition",
         "hospital spokesmen")],
      published="1989-07-20"),
]


# --- planes, a crush, mines ----------------------------------------------------------------------
MOSHANSKY = "Commissioner Virgil Moshansky's final report"
DANAGOGO = "the Rivers State Commissioner for Health, Dr Tammy Danagogo"
STICKLER = "Richard Stickler, head of the federal Mine Safety and Health Administration"
YILDIZ = "Energy Minister Taner Yildiz"

PART2 = [
    P("d96_011",
      "OTTAWA (CP) — Commissioner Virgil Moshansky's final report on the Air Ontario crash at "
      "Dryden, released Tuesday after a three-year inquiry costing about $12 million, blames a "
      "failure to de-ice the wings before takeoff and an aviation system that let the pilots "
      "down. The Fokker F28 came down in woods less than a kilometre past the end of the runway "
      "on March 10, 1989, killing 21 passengers and three crew. Forty-five of the 69 people "
      "aboard survived, many of them pulled from the burning wreckage by local residents. The "
      "report makes 191 recommendations to Transport Canada and the airline industry. Transport "
      "Minister Jean Corbeil said about 100 of them had already been acted on.",
      [C("21", 21, "exact", "killed", "passengers in the Dryden crash"),
       C("three", 3, "exact", "killed", "crew in the Dryden crash", ctx="three crew"),
       C("Forty-five", 45, "exact", "other", "survivors"),
       C("69", 69, "exact", "other", "people aboard"),
       C("191", 191, "exact", "other", "recommendations", "The report", optional=True,
         attr_alt=[MOSHANSKY]),
       C("about 100", 100, "about", "other", "recommendations acted on",
         "Transport Minister Jean Corbeil", optional=True)]),

    P("d96_012",
      "Monday, December 12, 2005\n"
      "PORT HARCOURT — Only two of the 110 people aboard the Sosoliso Airlines DC-9 that crashed "
      "on landing at Port Harcourt International Airport on Saturday were still alive last "
      "night, the Rivers State Commissioner for Health, Dr Tammy Danagogo, said. Sixty of the "
      "dead were pupils of Loyola Jesuit College, Abuja, flying home for the Christmas holidays. "
      "A third survivor, a girl of 15 with burns over most of her body, died in a hospital in "
      "Port Harcourt on Sunday, he said. The Federal Government has declared three days of "
      "national mourning, and the Minister of Aviation, Babalola Borishade, said the airline's "
      "licence had been suspended pending an investigation. Relatives complained that the "
      "airport had only one fire truck and that it ran out of water within minutes.",
      [C("two", 2, "exact", "other", "survivors", DANAGOGO),
       C("110", 110, "exact", "other", "people aboard", DANAGOGO),
       C("Sixty", 60, "exact", "killed", "pupils of Loyola Jesuit College", DANAGOGO,
         attr_alt=[None]),
       C("one", 1, "exact", "other", "fire trucks at the airport", "Relatives",
         optional=True, ctx="one fire truck")],
      published="2005-12-12"),

    P("d96_013",
      "MAKASSAR, Indonesia, Jan 2 (Reuters) - Indonesian officials on Tuesday retracted their "
      "claim that the wreckage of an Adam Air Boeing 737 missing with 102 people aboard had been "
      "found in the mountains of Sulawesi, and said that no survivors had been located. Transport "
      "ministry officials had said on Monday that 12 people had survived and 90 bodies had been "
      "found, reports that sent relatives rushing to the airport. \"We apologise, the "
      "information was not accurate,\" Air Force Colonel Eddy Suyanto told reporters. About "
      "3,600 soldiers, police and volunteers were searching the jungle on foot and with "
      "helicopters, while four navy ships combed the sea off the west coast of the island, "
      "officials said. Flight 574 vanished from radar on New Year's Day on a two-hour flight "
      "from Java to Manado.",
      [C("102", 102, "exact", "other", "people aboard the missing plane",
         "Indonesian officials", cat_alt=["missing"], attr_alt=[None]),
       C("12", 12, "exact", "other", "survivors (retracted)", "Transport ministry officials"),
       C("90", 90, "exact", "killed", "bodies found (retracted)",
         "Transport ministry officials"),
       C("About 3,600", 3600, "about", "troops", "soldiers, police and volunteers searching",
         "officials", cat_alt=["other"]),
       C("four", 4, "exact", "other", "navy ships searching", "officials", optional=True,
         cat_alt=["troops"])]),

    P("d96_014",
      "YICHUN, Heilongjiang, Aug. 25 (Xinhua) -- The death toll from Tuesday night's crash of a "
      "Henan Airlines passenger jet in the northeastern city of Yichun has risen to 42, local "
      "authorities said Wednesday. The Embraer E-190, carrying 91 passengers and five crew "
      "members from Harbin, broke apart and caught fire after landing short of the runway at "
      "about 9:36 p.m. in heavy fog. The 54 survivors, including the captain, were being treated "
      "in hospitals in Yichun and Harbin, and nine of them were in serious condition, according "
      "to the provincial health department. More than 300 firefighters, soldiers and police took "
      "part in the rescue. The State Council has sent a work team led by Luo Lin, head of the "
      "State Administration of Work Safety, to investigate.",
      [C("42", 42, "exact", "killed", "people in the Yichun crash", "local authorities"),
       C("91", 91, "exact", "other", "passengers aboard", None,
         attr_alt=["local authorities"]),
       C("five", 5, "exact", "other", "crew members aboard", None,
         attr_alt=["local authorities"]),
       C("54", 54, "exact", "other", "survivors", "the provincial health department",
         cat_alt=["injured"]),
       C("nine", 9, "exact", "injured", "survivors in serious condition",
         "the provincial health department"),
       C("More than 300", 300, "more_than", "troops",
         "firefighters, soldiers and police in the rescue", None, cat_alt=["other"],
         attr_alt=["the provincial health department"])]),

    P("d96_015",
      "RAMSTEIN, West Germany (AP) — Three Italian air force jets collided during a precision "
      "flying display at the U.S. air base here Sunday, and one of them cartwheeled in flames "
      "into a crowd of spectators, killing at least 46 people, U.S. military officials said. More "
      "than 350 people were injured, many of them with severe burns, and hospitals as far away as "
      "Ludwigshafen took in victims. The three pilots of the Frecce Tricolori team were among the "
      "dead. About 300,000 people had come to the base for the annual open day, officials said. "
      "The team's 10 Aermacchi MB-339 jets had been performing a manoeuvre called the \"pierced "
      "heart\" when one plane collided with the formation.",
      [C("Three", 3, "exact", "munitions", "Italian air force jets that collided",
         "U.S. military officials", cat_alt=["other"]),
       C("at least 46", 46, "at_least", "killed", "people at Ramstein",
         "U.S. military officials"),
       C("More than 350", 350, "more_than", "injured", "people at Ramstein",
         "U.S. military officials", attr_alt=[None]),
       C("three", 3, "exact", "killed", "Frecce Tricolori pilots", "U.S. military officials",
         attr_alt=[None], cat_alt=["troops"]),
       C("About 300,000", 300000, "about", "other", "spectators at the open day", "officials"),
       C("10", 10, "exact", "munitions", "jets of the team", None, optional=True,
         cat_alt=["other"])]),

    P("d96_016",
      "GUATEMALA CITY (Reuters) - At least 82 people were crushed or suffocated when fans surged "
      "down a stairway into an overcrowded section of the Mateo Flores stadium before a World Cup "
      "qualifier against Costa Rica on Wednesday night, the fire brigade said. A spokesman for "
      "the Volunteer Firefighters said more than 180 people had been injured, 40 of them "
      "seriously. The stadium, which has a capacity of 45,800, may have held more than 60,000 "
      "people because of forged tickets, President Alvaro Arzu said in a televised address on "
      "Thursday, announcing three days of national mourning. The match, which was due to kick "
      "off at 8 p.m., was called off. Police said they had detained five people suspected of "
      "selling counterfeit tickets.",
      [C("At least 82", 82, "at_least", "killed", "fans at the Mateo Flores stadium",
         "the fire brigade"),
       C("more than 180", 180, "more_than", "injured", "fans",
         "A spokesman for the Volunteer Firefighters"),
       C("40", 40, "exact", "injured", "fans seriously injured",
         "A spokesman for the Volunteer Firefighters"),
       C("45,800", 45800, "exact", "other", "stadium capacity", None, optional=True,
         attr_alt=["President Alvaro Arzu"]),
       C("more than 60,000", 60000, "more_than", "other", "people in the stadium",
         "President Alvaro Arzu"),
       C("five", 5, "exact", "detained", "suspected ticket forgers", "Police")]),

    P("d96_017",
      "Updated Aug. 17, 2007 1:05 a.m. ET\n"
      "HUNTINGTON, Utah (AP) — A second cave-in at the Crandall Canyon mine killed three rescue "
      "workers and injured six others Thursday night as they tunneled toward six miners who have "
      "been trapped for 10 days, federal officials said. The injured were flown to hospitals in "
      "Provo and Salt Lake City, and one was in critical condition, said Richard Stickler, head "
      "of the federal Mine Safety and Health Administration. About 60 rescuers were underground "
      "when the mountain \"bumped,\" he said. Mine co-owner Bob Murray, who has insisted an "
      "earthquake caused the first collapse, said the underground search had been suspended. No "
      "sign of life has been found from the trapped men, who were working about 1,500 feet below "
      "the surface.",
      [C("three", 3, "exact", "killed", "rescue workers", "federal officials"),
       C("six", 6, "exact", "injured", "rescue workers", "federal officials",
         ctx="six others"),
       C("six", 6, "exact", "other", "miners trapped", "federal officials",
         cat_alt=["missing"], ctx="six miners"),
       C("one", 1, "exact", "injured", "rescuer in critical condition", STICKLER,
         ctx="one was in critical"),
       C("About 60", 60, "about", "troops", "rescuers underground", STICKLER,
         attr_alt=["he"], cat_alt=["other"])],
      published="2007-08-17"),

    P("d96_018",
      "JOHANNESBURG, Sept 17 (Reuters) - The death toll from a fire at the Kinross gold mine in "
      "the eastern Transvaal rose to 177 on Wednesday, making it the worst disaster in the "
      "history of South African gold mining, Gencor, the mine's owner, said. Most of the victims "
      "were black miners overcome by toxic fumes from burning polyurethane foam 1.6 km "
      "underground. Gencor said 235 other miners had been treated for smoke inhalation and that "
      "23 remained in hospital. The National Union of Mineworkers said more than 2,000 of its "
      "members at the mine would stop work on Thursday to mourn the dead, and called for a "
      "national day of mourning. About 2,200 men were underground when the fire started, the "
      "company said.",
      [C("177", 177, "exact", "killed", "miners at Kinross", "Gencor"),
       C("235", 235, "exact", "injured", "miners treated for smoke inhalation", "Gencor"),
       C("23", 23, "exact", "injured", "miners in hospital", "Gencor"),
       C("more than 2,000", 2000, "more_than", "other", "union members stopping work",
         "The National Union of Mineworkers", cat_alt=["population"]),
       C("About 2,200", 2200, "about", "other", "men underground", "the company",
         attr_alt=["Gencor"])]),

    P("d96_019",
      "ORKNEY, South Africa (AP) — A runaway underground locomotive plunged down a shaft at the "
      "Vaal Reefs gold mine and smashed into a double-decker lift carrying miners, killing all "
      "104 men inside, Anglo American Corp. said Thursday. The 12-ton locomotive and its ore car "
      "fell about 460 meters and crushed the cage, which then dropped to the bottom of the shaft. "
      "Rescue teams had brought up 87 bodies by Thursday afternoon, a company spokesman said. The "
      "cage was designed to carry 120 men. President Nelson Mandela, who visited the mine, "
      "declared Monday a day of mourning.",
      [C("104", 104, "exact", "killed", "miners in the lift", "Anglo American Corp."),
       C("87", 87, "exact", "killed", "bodies brought up", "a company spokesman"),
       C("120", 120, "exact", "other", "capacity of the cage", None, optional=True)]),

    P("d96_020",
      "31.10.2014\n"
      "KARAMAN, Turkey (AA) - Turkish prosecutors have arrested four people, including the "
      "mine's operator and its technical manager, after 18 workers were trapped by flooding at a "
      "coal mine in the Ermenek district of Karaman province, Justice Ministry officials said on "
      "Friday. Energy Minister Taner Yildiz said rescuers had pumped out about 20,000 cubic "
      "meters of water but that there was little hope of finding the men alive, three days after "
      "the shaft flooded some 350 meters below the surface. About 400 rescue personnel from AFAD "
      "and the mining company are working in shifts at the site, he said. Six of the trapped "
      "miners are from the same village, Yeşilköy. The disaster comes less than six months after "
      "301 miners were killed in a fire at Soma, the country's worst mining accident.",
      [C("four", 4, "exact", "detained", "people arrested", "Justice Ministry officials"),
       C("18", 18, "exact", "other", "workers trapped", "Justice Ministry officials",
         cat_alt=["missing"], attr_alt=[None]),
       C("About 400", 400, "about", "troops", "rescue personnel", YILDIZ, attr_alt=["he"],
         cat_alt=["other"]),
       C("Six", 6, "exact", "other", "trapped miners from Yeşilköy", None, optional=True,
         cat_alt=["missing"]),
       C("301", 301, "exact", "killed", "miners at Soma")],
      published="2014-10-31"),
]


# --- explosions, poisonings, collapses and fires ---------------------------------------------------
SMITH = "Phillips spokesman Steve Smith"
MED_EST = "the county's medical officials"
JHA = "PMCH superintendent Amarkant Jha Amar"
SADIKI = "Dar es Salaam Regional Commissioner Saidi Meck Sadiki"
LIMA_SPOKES = "a fire department spokesman"
EDAM = "the municipality of Edam-Volendam"

PART3 = [
    P("d96_021",
      "PASADENA, Texas (AP) — Searchers picked through the twisted steel of the Phillips "
      "Petroleum Co. chemical complex on Tuesday for eight workers still missing after a series "
      "of explosions that killed at least 15 people, company officials said. More than 120 "
      "people were treated at area hospitals, and 23 remained hospitalized Tuesday, four of them "
      "in critical condition with burns. The first blast, in a polyethylene unit at about 1 p.m. "
      "Monday, registered 3.5 on the Richter scale at a seismograph at Rice University, 15 miles "
      "away. About 1,300 workers were at the plant at the time, Phillips spokesman Steve Smith "
      "said. Families living nearby were told to stay indoors as black smoke blanketed the "
      "Houston Ship Channel.",
      [C("eight", 8, "exact", "missing", "workers missing", "company officials"),
       C("at least 15", 15, "at_least", "killed", "people at the Phillips plant",
         "company officials"),
       C("More than 120", 120, "more_than", "injured", "people treated",
         "company officials", attr_alt=[None]),
       C("23", 23, "exact", "injured", "people still hospitalized", "company officials",
         attr_alt=[None]),
       C("four", 4, "exact", "injured", "people in critical condition", "company officials",
         attr_alt=[None]),
       C("About 1,300", 1300, "about", "other", "workers at the plant", SMITH,
         cat_alt=["population"])]),

    P("d96_022",
      "Updated: 2018-11-29 09:12\n"
      "ZHANGJIAKOU — The death toll from an explosion near a chemical plant in Zhangjiakou, Hebei "
      "province, has risen to 23, and 22 people are being treated in hospital, the city "
      "government said on Thursday. The blast, which happened at 0:41 am on Wednesday when "
      "vinyl chloride leaked from a truck, set fire to 38 trucks and 12 cars queuing outside the "
      "Hebei Shenghua Chemical Industry Co plant, Xinhua reported. Police have taken 12 people "
      "into custody, including managers of the plant, the city's public security bureau said. "
      "Most of the dead were truck drivers waiting to make deliveries.",
      [C("23", 23, "exact", "killed", "people in the Zhangjiakou blast", "the city government"),
       C("22", 22, "exact", "injured", "people treated in hospital", "the city government"),
       C("38", 38, "exact", "other", "trucks set on fire", "Xinhua", optional=True,
         cat_alt=["infrastructure"]),
       C("12", 12, "exact", "other", "cars set on fire", "Xinhua", optional=True,
         cat_alt=["infrastructure"], ctx="12 cars"),
       C("12", 12, "exact", "detained", "people in custody",
         "the city's public security bureau", ctx="12 people")],
      published="2018-11-29"),

    P("d96_023",
      "TALLINN, Sept 14, 2001 (BNS) - The number of people who have died after drinking bootleg "
      "spirits laced with methanol in the Pärnu area rose to 52 on Friday, the county's medical "
      "officials said. Another 71 people were still in hospital, 19 of them on ventilators in "
      "intensive care, and hospitals in Tartu and Tallinn have taken in patients Pärnu could not "
      "treat. Police have arrested seven people suspected of making or selling the alcohol, "
      "including a local businessman who allegedly bought 40 litres of methanol from a Tallinn "
      "chemicals firm. Finland flew in 600 doses of antidote and two dialysis machines on "
      "Thursday, the Social Affairs Ministry said.",
      [C("52", 52, "exact", "killed", "people poisoned by methanol", MED_EST),
       C("71", 71, "exact", "injured", "people in hospital", MED_EST, attr_alt=[None]),
       C("19", 19, "exact", "injured", "people on ventilators", MED_EST, attr_alt=[None]),
       C("seven", 7, "exact", "detained", "suspects arrested", None, attr_alt=["Police"]),
       C("40", 40, "exact", "other", "litres of methanol bought", None, optional=True),
       C("600", 600, "exact", "aid", "doses of antidote", "the Social Affairs Ministry"),
       C("two", 2, "exact", "aid", "dialysis machines", "the Social Affairs Ministry",
         optional=True, cat_alt=["other"])],
      published="2001-09-14"),

    P("d96_024",
      "Chhapra, Jul 17 (PTI) The toll in the mid-day meal tragedy at a primary school in Bihar's "
      "Saran district rose to 22 today, with most of the victims aged between four and 12, "
      "officials said. Twenty-five children and a cook were undergoing treatment at the Patna "
      "Medical College and Hospital, where the condition of three children was stated to be "
      "critical, PMCH superintendent Amarkant Jha Amar said. The food served at the Dharmasati "
      "Gandaman school was suspected to have been contaminated with an organophosphorus "
      "insecticide, he said. The state government announced an ex gratia of Rs 2 lakh to the "
      "next of kin of each of the dead. The school's headmistress, who fled after the children "
      "fell ill, has not been traced.",
      [C("22", 22, "exact", "killed", "children in the mid-day meal poisoning", "officials"),
       C("Twenty-five", 25, "exact", "injured", "children under treatment", JHA),
       C("three", 3, "exact", "injured", "children in critical condition", JHA)]),

    P("d96_025",
      "Published: April 1, 2013\n"
      "DAR ES SALAAM — Rescuers on Sunday pulled two more bodies from the rubble of the "
      "16-storey building that collapsed on Indira Gandhi Street on Friday morning, raising the "
      "death toll to 36, Dar es Salaam Regional Commissioner Saidi Meck Sadiki said. Eighteen "
      "people were rescued alive, he said, and the search would go on until the site was "
      "cleared. Among the dead were several children who had been playing in a mosque compound "
      "next to the building. President Jakaya Kikwete, who visited the site, ordered the arrest "
      "of everyone involved in its construction, and police said they had detained the "
      "building's owner, a contractor and two municipal engineers. The building was meant to "
      "have 10 floors but six more were added without permission, officials said.",
      [C("two", 2, "exact", "killed", "bodies pulled out", SADIKI, ctx="two more bodies"),
       C("36", 36, "exact", "killed", "people in the building collapse", SADIKI),
       C("Eighteen", 18, "exact", "other", "people rescued alive", SADIKI, attr_alt=["he"]),
       C("two", 2, "exact", "detained", "municipal engineers", "police",
         ctx="two municipal")],
      published="2013-04-01"),

    P("d96_026",
      "BEIJING, June 16 (Xinhua) -- A fire that swept through an unlicensed Internet cafe in "
      "Beijing's Haidian district early Sunday killed 24 people and injured 13, most of them "
      "students from nearby universities, local fire officials said. The blaze broke out at "
      "about 2:40 a.m. at the Lanjisu cafe, whose windows were fitted with iron bars and whose "
      "only exit was blocked, they said. About 100 firefighters put out the fire in an hour. "
      "Beijing's municipal government ordered all of the city's 2,400 Internet cafes closed for "
      "inspection, the city's information office said. Police have detained two teenage boys, "
      "aged 13 and 14, on suspicion of starting the fire after being refused entry.",
      [C("24", 24, "exact", "killed", "people in the Lanjisu cafe fire",
         "local fire officials"),
       C("13", 13, "exact", "injured", "people in the Lanjisu cafe fire",
         "local fire officials", ctx="13, most"),
       C("About 100", 100, "about", "troops", "firefighters", None,
         attr_alt=["local fire officials"], cat_alt=["other"]),
       C("2,400", 2400, "exact", "infrastructure", "Internet cafes closed",
         "the city's information office", cat_alt=["other"]),
       C("two", 2, "exact", "detained", "teenage boys", None, attr_alt=["Police"])]),

    P("d96_027",
      "LIMA, Jan 20, 2002 (AFP) - At least 25 people, most of them young people from wealthy families, died "
      "early Sunday when a fire broke out during a fire-breathing show at the Utopia discotheque "
      "in a shopping mall in the Surco district of the Peruvian capital, the fire department "
      "said. Some 40 people were injured, several of them with severe burns, and the toll could "
      "rise, a fire department spokesman said. About 300 people were inside the club when the "
      "flames reached the ceiling, the spokesman added. Survivors said the emergency exits had "
      "been locked. Police detained the club's administrator and three staff members, and the "
      "disco was operating without a municipal licence, Surco mayor Carlos Dargent told "
      "Radioprogramas.",
      [C("At least 25", 25, "at_least", "killed", "people at the Utopia disco",
         "the fire department"),
       C("Some 40", 40, "about", "injured", "people at the Utopia disco", LIMA_SPOKES),
       C("About 300", 300, "about", "other", "people inside the club", "the spokesman",
         attr_alt=[LIMA_SPOKES]),
       C("three", 3, "exact", "detained", "staff members", "Surco mayor Carlos Dargent",
         attr_alt=[None, "Police"])],
      published="2002-01-20"),

    P("d96_028",
      "Updated 02-01-2001, 18:40\n"
      "VOLENDAM — The number of dead from the New Year's fire in a crowded café in Volendam has "
      "risen to 10, the municipality of Edam-Volendam said. Of the more than 180 injured, 112 "
      "are in hospital, many with burns to the face and airways, and 50 of them are being "
      "treated in intensive care units in the Netherlands, Belgium and Germany, the "
      "municipality said. Between 300 and 350 young people were celebrating in the café, which had a "
      "licence for 240 guests, when Christmas decorations on the ceiling caught fire from "
      "sparklers shortly after 0:30. Burn centres in Beverwijk, Groningen and Rotterdam are "
      "full, the Ministry of Health said.",
      [C("10", 10, "exact", "killed", "people in the Volendam café fire", EDAM),
       C("more than 180", 180, "more_than", "injured", "people in the Volendam café fire",
         "the municipality", attr_alt=[EDAM]),
       C("112", 112, "exact", "injured", "people in hospital", "the municipality",
         attr_alt=[EDAM]),
       C("50", 50, "exact", "injured", "people in intensive care", "the municipality",
         attr_alt=[EDAM]),
       C("Between 300 and 350", 300, "range", "other", "young people in the café", None,
         high=350,
         attr_alt=["the municipality"]),
       C("240", 240, "exact", "other", "licensed capacity of the café", None,
         optional=True)],
      published="2001-01-02"),

    P("d96_029",
      "HONG KONG, Nov 21, 1996 (Reuters) - Firefighters brought out the last bodies from a gutted "
      "office tower in Kowloon on Thursday, and police said the toll from Wednesday's blaze, "
      "Hong Kong's worst in decades, stood at 39 dead and 81 injured. Two more victims died in "
      "hospital overnight, a Hospital Authority spokeswoman said later, bringing the toll to "
      "41. The fire started in a lift shaft, where workers were welding, and raced up to the top "
      "floors of the 16-storey Garley Building on Nathan Road, where many of the victims worked "
      "in jewellery and optical shops. 200 to 250 firefighters fought the five-alarm blaze "
      "for 21 hours. A senior station officer, Lau Chi-wai, 38, was among the dead.",
      [C("39", 39, "exact", "killed", "people in the Garley Building fire", "police"),
       C("81", 81, "exact", "injured", "people in the Garley Building fire", "police"),
       C("Two", 2, "exact", "killed", "victims who died in hospital",
         "a Hospital Authority spokeswoman"),
       C("41", 41, "exact", "killed", "people in the Garley Building fire",
         "a Hospital Authority spokeswoman"),
       C("200 to 250", 200, "range", "troops", "firefighters", None, high=250,
         cat_alt=["other"])],
      published="1996-11-21"),

    P("d96_030",
      "SHENZHEN, Sept. 21 (Xinhua) -- The death toll from a fire that swept through a nightclub "
      "in Shenzhen's Longgang district late Saturday has risen to 43, the city government said "
      "Sunday. Another 88 people were injured, 51 of whom remain in hospital. The fire broke out "
      "at about 10:50 p.m. when fireworks used in a stage performance set the ceiling alight, "
      "while hundreds of people were watching the show. Police have detained eight people, "
      "including the club's manager and the performer who set off the fireworks, the city's "
      "public security bureau said. The Wuwang club had no fire safety permit, the bureau "
      "added.",
      [C("43", 43, "exact", "killed", "people in the Wuwang club fire", "the city government"),
       C("88", 88, "exact", "injured", "people in the Wuwang club fire",
         "the city government", attr_alt=[None]),
       C("51", 51, "exact", "injured", "people still in hospital", "the city government",
         attr_alt=[None]),
       C("hundreds", 100, "vague", "other", "people watching the show", None, optional=True),
       C("eight", 8, "exact", "detained", "people detained",
         "the city's public security bureau")]),
]


# --- ferries, a bus, a dam, a leak, poisonings and hospital fires ---------------------------------
KPA = "The Kenya Ports Authority"
SADC = "the district administration"
CG = "Coast guard officials"
CIVIL_DEF = "the state's civil defence"
GOMES = "National Integration Minister Ciro Gomes"
PMO = "the prime minister's office"
KNH = "Kenyatta National Hospital"
KIMANTHI = "police spokesman Peter Kimanthi"
KHURANIA = "police commissioner Y.B. Khurania"
TATARU = "Health Minister Nelu Tataru"

PART4 = [
    P("d96_031",
      "By NATION Correspondent\n"
      "MOMBASA — Navy divers yesterday recovered 47 more bodies from the Mtongwe ferry, which "
      "capsized on Friday morning a few metres from the jetty, bringing the number of bodies "
      "retrieved to 163. The Kenya Ports Authority, which runs the ferry, said about 400 people "
      "had been on board, more than the 300 it was licensed to carry, and that 137 had been "
      "rescued. Rescue officials believe scores of bodies are still trapped inside the upturned "
      "hull. Angry relatives held two KPA officials in a ferry office for several hours on "
      "Saturday, accusing the authority of ignoring warnings about the vessel's condition, "
      "before police freed them. President Daniel arap Moi, who toured the scene, said the "
      "government would meet the burial costs.",
      [C("47", 47, "exact", "killed", "bodies recovered"),
       C("163", 163, "exact", "killed", "bodies retrieved"),
       C("about 400", 400, "about", "other", "people on board", KPA),
       C("300", 300, "exact", "other", "licensed capacity of the ferry", KPA, optional=True),
       C("137", 137, "exact", "other", "people rescued", KPA),
       C("scores", 20, "vague", "killed", "bodies still trapped in the hull",
         "Rescue officials", cat_alt=["missing"]),
       C("two", 2, "exact", "hostages", "KPA officials held by relatives", None,
         cat_alt=["detained"])]),

    P("d96_032",
      "Star Report\n"
      "Chandpur, July 9\n"
      "The number of bodies recovered after the capsize of the Dhaka-Lalmohan launch MV "
      "Nasrin-1 near the confluence of the Padma and the Meghna rose to 110 yesterday, while the "
      "district administration said at least 400 passengers were still missing. The "
      "triple-decker was carrying more than 750 passengers and about 200 tonnes of cargo when it "
      "sank on Tuesday night, survivors said. Around 220 people swam ashore or were picked up by "
      "fishing boats. Navy divers and the salvage vessel Hamzah failed to lift the launch "
      "because of the strong current, BIWTA officials said. It is the country's worst river "
      "disaster since 1986.",
      [C("110", 110, "exact", "killed", "bodies recovered", None, attr_alt=[SADC]),
       C("at least 400", 400, "at_least", "missing", "passengers missing", SADC),
       C("more than 750", 750, "more_than", "other", "passengers on board", "survivors"),
       C("about 200", 200, "about", "other", "tonnes of cargo", "survivors", optional=True),
       C("Around 220", 220, "about", "other", "people who survived", None,
         attr_alt=["survivors"])]),

    P("d96_033",
      "MANILA, Sept 20, 1998 (AFP) - Coast guard officials said Sunday that 70 bodies had been "
      "recovered and 149 people were still missing from the ferry Princess of the Orient, which "
      "sank in heavy seas off Batangas during a typhoon on Friday. Of the 388 passengers and crew "
      "listed on the manifest, 169 had been rescued, they said, but relatives said dozens of "
      "people, including children, had boarded without tickets. The 13,734-ton vessel, owned by "
      "Sulpicio Lines, had been cleared to sail from Manila by the coast guard despite storm "
      "warnings. The Senate plans to open an inquiry on Monday.",
      [C("70", 70, "exact", "killed", "bodies recovered", CG),
       C("149", 149, "exact", "missing", "people missing", CG),
       C("388", 388, "exact", "other", "passengers and crew on the manifest", CG,
         attr_alt=["they"]),
       C("169", 169, "exact", "other", "people rescued", CG, attr_alt=["they"]),
       C("dozens", 12, "vague", "other", "people aboard without tickets", "relatives")],
      published="1998-09-20"),

    P("d96_034",
      "27 dead as drunk driver hits church bus\n"
      "CARROLLTON, Ky. (AP) — A pickup truck traveling the wrong way on Interstate 71 slammed "
      "into a church bus carrying youngsters home from an amusement park late Saturday, and the "
      "bus burst into flames, killing 27 people, most of them children, state police said. Of "
      "the 67 people on the bus, about 40 scrambled out through the rear emergency door, a "
      "survivor told WHAS-TV. State police said 34 were injured. The driver of the pickup, Larry "
      "Mahoney, 34, was arrested at the hospital and charged with 27 counts of murder. His "
      "blood-alcohol level was 0.24 percent, more than twice the legal limit, police said.",
      [C("27", 27, "exact", "killed", "people in the Carrollton bus crash", None,
         ctx="27 dead"),
       C("27", 27, "exact", "killed", "people in the Carrollton bus crash", "state police",
         ctx="27 people"),
       C("67", 67, "exact", "other", "people on the bus", "a survivor"),
       C("about 40", 40, "about", "other", "people who escaped", "a survivor"),
       C("34", 34, "exact", "injured", "people injured", "State police", ctx="34 were"),
       C("27", 27, "exact", "other", "murder counts", None, optional=True,
         cat_alt=["killed"], ctx="27 counts")]),

    P("d96_035",
      "JOÃO PESSOA — The Camará dam in the interior of Paraíba state burst on Thursday night, "
      "sending a wall of water through the towns of Alagoa Grande and Mulungu and leaving at "
      "least three people dead, the state's civil defence said. About 3,000 people have been "
      "made homeless, and some 800 homes were damaged or destroyed, it said. Alagoa Grande, a "
      "town of about 28,000 inhabitants, was the worst hit. The federal government is sending "
      "20 tonnes of food and 5,000 blankets, National Integration Minister Ciro Gomes said on "
      "Friday. The dam, built to hold 26 million cubic metres of water, was inaugurated in 2002.",
      [C("at least three", 3, "at_least", "killed", "people in the Camará dam burst",
         CIVIL_DEF),
       C("About 3,000", 3000, "about", "displaced", "people made homeless", CIVIL_DEF,
         attr_alt=["it"]),
       C("some 800", 800, "about", "infrastructure", "homes damaged or destroyed", CIVIL_DEF,
         attr_alt=["it"]),
       C("about 28,000", 28000, "about", "population", "inhabitants of Alagoa Grande"),
       C("20", 20, "exact", "aid", "tonnes of food", GOMES),
       C("5,000", 5000, "exact", "aid", "blankets", GOMES)]),

    P("d96_036",
      "(LEAD) Gumi declared special disaster zone after acid leak\n"
      "2012/10/08 16:20\n"
      "SEOUL, Oct. 8 (Yonhap) -- The government on Monday declared the area around a chemical "
      "plant in Gumi, 200 kilometers southeast of Seoul, a special disaster zone, 11 days after a "
      "hydrofluoric acid leak killed five workers. More than 3,000 people have sought medical "
      "treatment for nausea, rashes and breathing problems since the Sept. 27 accident, and "
      "about 300 residents of the nearby village of Bongsan-ri, home to some 700 people, have "
      "been evacuated, the prime "
      "minister's office said. Crops on 212 hectares and some 3,200 head of livestock were "
      "affected, it said. About 8 tons of the acid escaped from a tanker truck while workers "
      "were unloading it, according to the environment ministry.",
      [C("five", 5, "exact", "killed", "workers in the Gumi leak"),
       C("More than 3,000", 3000, "more_than", "injured", "people who sought treatment", PMO,
         cat_alt=["other"]),
       C("about 300", 300, "about", "displaced", "residents evacuated", PMO),
       C("some 700", 700, "about", "population", "people of Bongsan-ri", None, attr_alt=[PMO]),
       C("212", 212, "exact", "other", "hectares of crops affected", PMO, optional=True,
         attr_alt=["it"]),
       C("some 3,200", 3200, "about", "other", "head of livestock affected", PMO,
         attr_alt=["it"]),
       C("About 8", 8, "about", "other", "tons of acid leaked", "the environment ministry",
         optional=True)],
      published="2012-10-08"),

    P("d96_037",
      "NAIROBI, Nov 20 (Reuters) - At least 121 people have died after drinking illicit brew "
      "laced with methanol in Nairobi's Mukuru kwa Njenga slum and nearby areas, police said on "
      "Monday, and hospital officials said the toll was likely to rise. Kenyatta National "
      "Hospital said it had admitted more than 400 people since Friday, and that at least 20 had "
      "been left blind. Police have arrested 12 brewers and sellers and seized 3,000 litres of "
      "chang'aa, police spokesman Peter Kimanthi said. Health Minister Sam Ongeri said the "
      "methanol appeared to have been stolen from an industrial plant, and that 50 more beds had "
      "been set up in a tent at the hospital.",
      [C("At least 121", 121, "at_least", "killed", "people poisoned by methanol", "police"),
       C("more than 400", 400, "more_than", "injured", "people admitted", KNH),
       C("at least 20", 20, "at_least", "injured", "people left blind", KNH),
       C("12", 12, "exact", "detained", "brewers and sellers arrested", KIMANTHI),
       C("3,000", 3000, "exact", "other", "litres of chang'aa seized", KIMANTHI,
         optional=True),
       C("50", 50, "exact", "other", "hospital beds set up", "Health Minister Sam Ongeri",
         optional=True)]),

    P("d96_038",
      "SUM Hospital fire: toll 22, four officials held\n"
      "Bhubaneswar | Updated: Oct 18, 2016 10:14 IST\n"
      "The death toll in the fire at the SUM Hospital here rose to 22 on Tuesday after three "
      "more patients died at other hospitals where they had been shifted, police commissioner "
      "Y.B. Khurania said. The fire broke out in the dialysis ward on the first floor at around "
      "7:30 pm on Monday, and thick smoke spread to the intensive care unit next door, where most "
      "of the victims were on ventilators. More than 100 patients were evacuated to seven other "
      "hospitals in the city. Police arrested four officials of the hospital on Tuesday on "
      "charges of negligence, Khurania said. Chief minister Naveen Patnaik announced Rs 5 lakh "
      "for the family of each of the dead.",
      [C("22", 22, "exact", "killed", "patients in the SUM Hospital fire", None,
         ctx="22, four"),
       C("four", 4, "exact", "detained", "hospital officials", None, ctx="four officials held"),
       C("22", 22, "exact", "killed", "patients in the SUM Hospital fire", KHURANIA,
         ctx="22 on Tuesday"),
       C("three", 3, "exact", "killed", "patients who died after being shifted", KHURANIA),
       C("More than 100", 100, "more_than", "displaced", "patients evacuated", None,
         cat_alt=["other"], attr_alt=[KHURANIA]),
       C("seven", 7, "exact", "infrastructure", "hospitals receiving patients", None,
         optional=True, cat_alt=["other"]),
       C("four", 4, "exact", "detained", "hospital officials arrested", "Khurania",
         attr_alt=[KHURANIA], ctx="four officials of")],
      published="2016-10-18"),

    P("d96_039",
      "BUCHAREST, Nov 14, 2020 (AFP) - Ten coronavirus patients died on Saturday when fire swept "
      "through an intensive care unit at the county hospital in Piatra Neamt, in north-eastern "
      "Romania, Health Minister Nelu Tataru said. A doctor who tried to rescue patients suffered "
      "burns to 40 percent of his body and was being flown to a military hospital in Belgium, he "
      "said. Seven other patients were treated for smoke inhalation and moved to hospitals in "
      "Iasi. The unit had 16 beds, all of them occupied. Prime Minister Ludovic Orban called it "
      "\"a tragedy that should never have happened\" and ordered inspections of every hospital "
      "in the country within 48 hours.",
      [C("Ten", 10, "exact", "killed", "patients in the Piatra Neamt fire", TATARU),
       C("Seven", 7, "exact", "injured", "patients treated for smoke inhalation", TATARU,
         attr_alt=[None]),
       C("16", 16, "exact", "other", "beds in the unit", None, optional=True)],
      published="2020-11-14"),
]


# --- a passage with no claims -----------------------------------------------------------------------
PART5 = [
    P("d96_040",
      "SINGAPORE, Nov 4 (Reuters) - A Qantas Airbus A380 made an emergency landing in Singapore "
      "on Thursday after one of its four Rolls-Royce Trent 900 engines blew apart over the "
      "Indonesian island of Batam, about four minutes after take-off. Flight QF32 to Sydney "
      "circled for nearly two hours to dump fuel before landing at 11:45 a.m. with its engine "
      "cowling torn open and debris falling on a school and homes below. No one on board or on "
      "the ground was hurt, the airline said. Qantas, which had never lost a jet airliner in a "
      "fatal crash, grounded its A380 fleet, and its shares fell 2.3 percent. The 7,000-foot "
      "altitude at which the engine failed left the crew time to work through a cascade of "
      "alarms, a pilots' union official said.",
      []),
]

PASSAGES = PART1 + PART2 + PART3 + PART4 + PART5


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d96_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
