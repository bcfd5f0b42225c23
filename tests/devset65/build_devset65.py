"""Source of the sixty-fifth development set: writes ``passages.jsonl`` next to it.

Forty short breaking-news wire items (first takes and updates of 2–5 sentences, with
"URGENT"/"BREAKING"/"FLASH" leads, "UPDATE" slugs, rising tolls, "at least", correction notes,
live-page entries with timestamps and broadcasters' tickers) on attacks, conflicts, accidents
and disasters worldwide between 2012 and 2025, written for this set (none copied from an
article) in the styles of Reuters, AP, AFP, dpa, EFE, Anadolu, Xinhua, PTI, Yonhap, Kyodo,
TASS and broadcasters' live pages. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the
set tests extraction, not facts.

Run ``python tests/devset65/build_devset65.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 65)]
           + [f"devset{n}" for n in range(66, 80)] + ["holdout", "holdout2", "holdout3"])

SO_INFO = "Information Minister Abdirahman Osman"
RTBF = "public broadcaster RTBF"
JC_FIRE = "fire authorities"

PASSAGES = [
    # --- Mogadishu truck bomb, October 2017 -----------------------------------------------------
    P("d65_001",
      "UPDATE 3-Somalia truck bomb toll rises to 276, hundreds wounded\n"
      "MOGADISHU, Oct 15 (Reuters) - The death toll from a truck bomb that tore through a crowded "
      "junction in Mogadishu on Saturday has risen to 276, with about 300 others wounded, "
      "Information Minister Abdirahman Osman said on Sunday. Police had put the number of dead "
      "at 20 on Saturday evening. \"We expect the toll to rise because many of the wounded are "
      "in a critical condition,\" Osman told reporters, adding that 70 of the injured would be "
      "flown to Turkey for treatment. The blast near the Safari Hotel destroyed dozens of "
      "vehicles and more than a dozen buildings, police captain Mohamed Hussein said. No group has claimed responsibility for "
      "the attack, the deadliest since al Shabaab began its insurgency in 2007.",
      [C("276", 276, "exact", "killed", "people in the Mogadishu truck bombing",
         ctx="toll rises to 276"),
       C("hundreds", 100, "vague", "injured", "people wounded"),
       C("276", 276, "exact", "killed", "people in the Mogadishu truck bombing", SO_INFO,
         ctx="has risen to 276"),
       C("about 300", 300, "about", "injured", "people wounded", SO_INFO),
       C("20", 20, "exact", "killed", "dead (earlier police figure)", "Police"),
       C("70", 70, "exact", "injured", "wounded to be flown to Turkey", "Osman",
         attr_alt=[SO_INFO]),
       C("dozens", 12, "vague", "other", "vehicles destroyed", "police captain Mohamed Hussein",
         optional=True, cat_alt=["infrastructure"]),
       C("more than a dozen", 12, "more_than", "infrastructure", "buildings destroyed",
         "police captain Mohamed Hussein")]),

    # --- Brussels bombings, March 2016 ----------------------------------------------------------
    P("d65_002",
      "URGENT - Brussels airport blasts: at least 11 dead, Belga\n"
      "BRUSSELS, March 22, 2016 (AFP) - At least 11 people were killed in two explosions in the "
      "departure hall of Brussels Zaventem airport on Tuesday morning, Belga news agency "
      "reported, citing the fire service. A third blast struck a train at Maelbeek metro "
      "station, near the EU institutions, about an hour later, and public broadcaster RTBF said "
      "at least 10 people had died there. Dozens were wounded. Some 2,000 people were evacuated from the "
      "terminal, the airport operator said. All metro lines were shut, and Belgium raised its terror alert to level four, the "
      "highest.",
      [C("at least 11", 11, "at_least", "killed", "people at Brussels airport", "Belga",
         attr_alt=["Belga news agency"], ctx="blasts: at least 11"),
       C("At least 11", 11, "at_least", "killed", "people at Brussels airport",
         "the fire service", attr_alt=["Belga news agency"]),
       C("two", 2, "exact", "munitions", "explosions at the airport", "the fire service",
         optional=True, cat_alt=["other"], attr_alt=["Belga news agency"],
         ctx="two explosions"),
       C("at least 10", 10, "at_least", "killed", "people at Maelbeek metro station", RTBF),
       C("Dozens", 12, "vague", "injured", "people wounded", RTBF, attr_alt=[None]),
       C("Some 2,000", 2000, "about", "displaced", "people evacuated from the terminal",
         "the airport operator")],
      published="2016-03-22"),

    # --- Aschaffenburg knife attack, January 2025 -----------------------------------------------
    P("d65_003",
      "22.01.2025 14:05\n"
      "Aschaffenburg (dpa) - Two people were killed and two others seriously injured in a knife "
      "attack in a park in the Bavarian city of Aschaffenburg on Wednesday, police said. Among "
      "the dead is a two-year-old boy who was out with his kindergarten group in the Schöntal "
      "park, a police spokesman told dpa. A 41-year-old passer-by who tried to protect the "
      "children also died. Officers detained a 28-year-old Afghan man shortly afterwards. "
      "Police said they had deployed more than 100 officers to the scene.",
      [C("Two", 2, "exact", "killed", "people in the Aschaffenburg knife attack", "police",
         ctx="Two people were killed"),
       C("two", 2, "exact", "injured", "people seriously injured", "police",
         ctx="two others"),
       C("more than 100", 100, "more_than", "troops", "police officers deployed", "Police",
         cat_alt=["other"])],
      published="2025-01-22"),

    # --- Villach stabbing, February 2025 --------------------------------------------------------
    P("d65_004",
      "BREAKING: Teenager killed, four hurt in Villach knife attack\n"
      "Published 15 February 2025\n"
      "Villach (APA/dpa) - A 14-year-old boy was killed and four other people were injured, two "
      "of them seriously, in a knife attack in the centre of the southern Austrian city of "
      "Villach on Saturday afternoon, police said. A 23-year-old Syrian man was arrested at the "
      "scene. A food delivery driver who drove his car at the attacker helped stop him, "
      "Carinthia police spokesman Rainer Dionisio said. None of the injured was in a "
      "life-threatening condition, he added.",
      [C("four", 4, "exact", "injured", "people hurt in Villach", ctx="four hurt"),
       C("four", 4, "exact", "injured", "people hurt in Villach", "police",
         ctx="four other people"),
       C("two", 2, "exact", "injured", "people seriously injured", "police",
         ctx="two of them seriously")],
      published="2025-02-15"),

    # --- Jecheon sauna fire, December 2017 ------------------------------------------------------
    P("d65_005",
      "(URGENT) 16 dead in Jecheon sauna fire: firefighters\n"
      "2017/12/21 18:52\n"
      "JECHEON, Dec. 21 (Yonhap) -- At least 16 people were killed Thursday when a fire broke "
      "out at an eight-story sports complex with a sauna in Jecheon, 168 kilometers southeast "
      "of Seoul, fire authorities said. Another 14 were injured, four of them critically, they "
      "said. The toll is expected to rise, as about 20 people are believed to have been trapped "
      "on the upper floors. Some 60 fire trucks and 550 firefighters were mobilized.",
      [C("16", 16, "exact", "killed", "people in the Jecheon sauna fire", "firefighters",
         attr_alt=[JC_FIRE], ctx="16 dead"),
       C("At least 16", 16, "at_least", "killed", "people in the Jecheon sauna fire", JC_FIRE),
       C("14", 14, "exact", "injured", "people injured", JC_FIRE, attr_alt=["they"]),
       C("four", 4, "exact", "injured", "people critically injured", JC_FIRE,
         attr_alt=["they"]),
       C("about 20", 20, "about", "other", "people believed trapped", JC_FIRE,
         cat_alt=["missing"], attr_alt=[None]),
       C("Some 60", 60, "about", "other", "fire trucks", JC_FIRE, optional=True,
         cat_alt=["troops"], attr_alt=[None]),
       C("550", 550, "exact", "troops", "firefighters mobilized", JC_FIRE, cat_alt=["other"],
         attr_alt=[None])],
      published="2017-12-21"),
    # --- Icheon warehouse fire, April 2020 ------------------------------------------------------
    P("d65_006",
      "(LEAD) Death toll from Icheon warehouse fire rises to 38\n"
      "2020/04/29 21:40\n"
      "ICHEON, April 29 (Yonhap) -- (ATTN: UPDATES toll in headline, paras 1-2; ADDS details) The "
      "death toll from a fire at a logistics warehouse under construction in Icheon, south of "
      "Seoul, rose to 38 on Wednesday evening, fire officials said. Ten others were injured, "
      "eight of them seriously. About 78 workers were on the site when the blaze broke out "
      "around 1:32 p.m., apparently after an explosion in the basement during urethane work, "
      "officials said. Firefighters said they were still searching for at least one worker "
      "who remained unaccounted for. Fire authorities said 167 firefighters and 68 fire engines "
      "had been deployed.",
      [C("38", 38, "exact", "killed", "people in the Icheon warehouse fire",
         ctx="rises to 38"),
       C("38", 38, "exact", "killed", "people in the Icheon warehouse fire", "fire officials",
         ctx="rose to 38"),
       C("Ten", 10, "exact", "injured", "people injured", "fire officials", attr_alt=[None]),
       C("eight", 8, "exact", "injured", "people seriously injured", "fire officials",
         attr_alt=[None]),
       C("About 78", 78, "about", "other", "workers on the site", "officials",
         cat_alt=["population"]),
       C("at least one", 1, "at_least", "missing", "worker unaccounted for", "Firefighters"),
       C("167", 167, "exact", "troops", "firefighters deployed", "Fire authorities",
         cat_alt=["other"]),
       C("68", 68, "exact", "other", "fire engines deployed", "Fire authorities",
         optional=True, cat_alt=["troops"])],
      published="2020-04-29"),

    # --- Osaka clinic arson, December 2021 ------------------------------------------------------
    P("d65_007",
      "KYODO NEWS - Dec 17, 2021 - 13:02 | Japan, All\n"
      "OSAKA, Dec. 17 (Kyodo) -- A fire broke out Friday morning at a psychiatric clinic in a "
      "commercial building in Osaka's Kitashinchi district, leaving 27 people presumed dead, "
      "local fire authorities said. Three other people were injured, and police are "
      "investigating the blaze as possible arson after witnesses said a man had set fire to a "
      "bag near the reception desk. The fire on the fourth floor of the eight-story building "
      "was put out about 30 minutes after it started at around 10:20 a.m. Firefighters rescued "
      "28 people from the floor, 24 of whom were in cardiopulmonary arrest, according to the "
      "city's fire department.",
      [C("27", 27, "exact", "killed", "people presumed dead in the clinic fire",
         "local fire authorities", cat_alt=["missing"]),
       C("Three", 3, "exact", "injured", "people injured", "local fire authorities",
         attr_alt=[None]),
       C("28", 28, "exact", "other", "people rescued from the floor",
         "the city's fire department"),
       C("24", 24, "exact", "injured", "rescued people in cardiopulmonary arrest",
         "the city's fire department", cat_alt=["killed", "other"])],
      published="2021-12-17"),

    # --- Bek Air crash, December 2019 -----------------------------------------------------------
    P("d65_008",
      "FLASH: Kazakh plane with 100 on board crashes near Almaty airport - Interfax\n"
      "ALMATY, Dec 27 (Reuters) - A Bek Air passenger plane carrying 95 passengers and five crew "
      "crashed shortly after take-off from Almaty airport on Friday, killing at least 14 people, "
      "Kazakhstan's emergencies ministry said. The Fokker-100, bound for the capital "
      "Nur-Sultan, hit a concrete fence and a two-storey building at 7:22 a.m. local time (0122 "
      "GMT). Almaty city officials said 35 people had been taken to hospital, including nine "
      "children, and that some were in a serious condition. There was no fire after the crash, "
      "an airport spokesman told Reuters.",
      [C("100", 100, "exact", "other", "people on board", "Interfax", ctx="with 100 on board"),
       C("95", 95, "exact", "other", "passengers on board", "Kazakhstan's emergencies ministry"),
       C("five", 5, "exact", "other", "crew on board", "Kazakhstan's emergencies ministry"),
       C("at least 14", 14, "at_least", "killed", "people in the Almaty crash",
         "Kazakhstan's emergencies ministry"),
       C("35", 35, "exact", "injured", "people taken to hospital", "Almaty city officials"),
       C("nine", 9, "exact", "injured", "children taken to hospital", "Almaty city officials")]),

    # --- Saratov Airlines crash, February 2018 --------------------------------------------------
    P("d65_009",
      "MOSCOW, February 11. /TASS/. An An-148 passenger jet of Saratov Airlines with 65 "
      "passengers and six crew members on board crashed in the Moscow Region shortly after "
      "take-off from Domodedovo airport, the Emergencies Ministry said on Sunday. All 71 people "
      "on board were killed, a source in the emergency services told TASS. The plane, bound "
      "for Orsk, disappeared from radar screens about four minutes after take-off. Over 150 "
      "rescuers have been sent to the crash site near the village of Argunovo, the ministry "
      "said, adding that deep snow was hampering the search.",
      [C("65", 65, "exact", "other", "passengers on board", "the Emergencies Ministry"),
       C("six", 6, "exact", "other", "crew members on board", "the Emergencies Ministry"),
       C("71", 71, "exact", "killed", "people on board",
         "a source in the emergency services"),
       C("Over 150", 150, "more_than", "troops", "rescuers sent to the crash site",
         "the ministry", cat_alt=["other"], attr_alt=["the Emergencies Ministry"])]),

    # --- Flydubai crash at Rostov-on-Don, March 2016 -------------------------------------------
    P("d65_010",
      "ROSTOV-ON-DON, Russia, March 19, 2016 (AFP) - A Flydubai passenger jet crashed while "
      "trying to land in bad weather at Rostov-on-Don airport in southern Russia early "
      "Saturday, killing all 62 people on board, officials said. The Boeing 737-800 from Dubai "
      "was carrying 55 passengers and seven crew, the regional governor, Vasily Golubev, said. "
      "Most of the passengers were Russians, and 33 of them were from the Rostov region, he "
      "said. Rescuers have so far recovered the remains of 40 victims, the Emergencies "
      "Ministry said.\n"
      "Correction: An earlier version of this story said 61 people were on board. Flydubai "
      "says 62.",
      [C("62", 62, "exact", "killed", "people on board", "officials", ctx="all 62"),
       C("55", 55, "exact", "other", "passengers", "Vasily Golubev",
         attr_alt=["the regional governor"], cat_alt=["killed"]),
       C("seven", 7, "exact", "other", "crew", "Vasily Golubev",
         attr_alt=["the regional governor"], cat_alt=["killed"]),
       C("33", 33, "exact", "other", "passengers from the Rostov region", "Vasily Golubev",
         attr_alt=["he"], cat_alt=["killed"]),
       C("40", 40, "exact", "killed", "victims whose remains were recovered",
         "the Emergencies Ministry"),
       C("61", 61, "exact", "other", "people on board (retracted figure)", optional=True),
       C("62", 62, "exact", "other", "people on board (corrected figure)", "Flydubai",
         cat_alt=["killed"], ctx="says 62")],
      published="2016-03-19"),

    # --- Dana Air crash in Lagos, June 2012 -----------------------------------------------------
    P("d65_011",
      "BREAKING NEWS: Passenger jet crashes into Lagos neighborhood\n"
      "Published 4:41 PM EDT, June 3, 2012\n"
      "LAGOS, Nigeria (AP) — A passenger plane carrying 153 people crashed into a densely "
      "populated neighborhood of Nigeria's largest city on Sunday afternoon, officials said. "
      "Dana Air Flight 992 was flying in from the capital, Abuja, when it went down in the "
      "Iju-Ishaga area about 11 kilometers (7 miles) short of the runway, said Harold Demuren, "
      "director-general of the Nigerian Civil Aviation Authority. There were no survivors among "
      "those aboard, emergency officials said, and the plane also struck at least two "
      "buildings. The number of people killed on the ground was not immediately known.",
      [C("153", 153, "exact", "other", "people on board", "officials", cat_alt=["killed"]),
       C("at least two", 2, "at_least", "infrastructure", "buildings struck",
         "emergency officials", attr_alt=[None])],
      published="2012-06-03"),

    # --- Il-76 crash near Yablonovo, January 2024 -----------------------------------------------
    P("d65_012",
      "Russian military plane carrying 65 Ukrainian POWs crashes, Moscow says\n"
      "MOSCOW, Jan 24 (Reuters) - A Russian Ilyushin Il-76 military transport plane carrying 65 "
      "captured Ukrainian soldiers crashed in the Belgorod region near the Ukrainian border on "
      "Wednesday, killing everyone on board, Russia's defence ministry said. The ministry said "
      "six crew members and three Russian servicemen escorting the prisoners had also been "
      "aboard, and accused Ukraine of shooting the plane down with two missiles. Ukraine's "
      "military intelligence agency said a prisoner exchange had been planned for the day but "
      "did not confirm that its soldiers were on the plane. Regional governor Vyacheslav "
      "Gladkov said the plane had come down in a field near the village of Yablonovo.",
      [C("65", 65, "exact", "detained", "Ukrainian prisoners of war on board", "Moscow",
         cat_alt=["killed", "other"], ctx="carrying 65 Ukrainian POWs"),
       C("65", 65, "exact", "detained", "Ukrainian prisoners of war on board",
         "Russia's defence ministry", cat_alt=["killed", "other"],
         ctx="65 captured"),
       C("six", 6, "exact", "other", "crew members on board", "The ministry",
         attr_alt=["Russia's defence ministry"], cat_alt=["killed"]),
       C("three", 3, "exact", "other", "Russian servicemen escorting the prisoners",
         "The ministry", attr_alt=["Russia's defence ministry"], cat_alt=["killed", "troops"]),
       C("two", 2, "exact", "munitions", "missiles Ukraine is accused of firing",
         "The ministry", attr_alt=["Russia's defence ministry"], ctx="two missiles")]),

    # --- Botroseya church bombing, Cairo, December 2016 -----------------------------------------
    P("d65_013",
      "Published 11 December 2016\n"
      "CAIRO (AP) — A bomb tore through a chapel next to Cairo's St. Mark's Cathedral, the seat "
      "of Egypt's Coptic Orthodox Church, during Sunday Mass, killing at least 25 people and "
      "wounding 49, the Health Ministry said. Most of the victims were women and children, "
      "witnesses said. The toll was expected to rise, Ahram Online reported, citing hospital "
      "officials who said several of the wounded were in critical condition. The bombing came "
      "two days after six policemen were killed in an attack on a checkpoint in Giza. Security "
      "forces have arrested four people suspected of involvement, state television reported.",
      [C("at least 25", 25, "at_least", "killed", "people in the Cairo chapel bombing",
         "the Health Ministry"),
       C("49", 49, "exact", "injured", "people wounded", "the Health Ministry"),
       C("six", 6, "exact", "killed", "policemen in an earlier checkpoint attack"),
       C("four", 4, "exact", "detained", "suspects arrested", "state television",
         attr_alt=["Security forces"], ctx="four people")],
      published="2016-12-11"),

    # --- Palm Sunday church bombings, April 2017 ------------------------------------------------
    P("d65_014",
      "UPDATE 2-Bombs kill 44 at two Egyptian churches on Palm Sunday\n"
      "TANTA/ALEXANDRIA, Egypt, April 9 (Reuters) - Two suicide bombers struck Coptic churches "
      "in the Nile Delta city of Tanta and in Alexandria on Sunday, killing at least 44 people "
      "and wounding more than 100, the health ministry said. At Mar Girgis church in Tanta, 27 "
      "people were killed and 78 injured, the ministry said. Hours later an explosion outside "
      "St Mark's Cathedral in Alexandria killed 17 people, among them at least four police "
      "officers who had stopped the bomber at the gate, the interior ministry said. President "
      "Abdel Fattah al-Sisi ordered a three-month state of emergency.",
      [C("44", 44, "exact", "killed", "people in the church bombings", ctx="kill 44"),
       C("two", 2, "exact", "infrastructure", "churches attacked", optional=True,
         ctx="two Egyptian churches"),
       C("Two", 2, "exact", "troops", "suicide bombers", "the health ministry",
         cat_alt=["other"]),
       C("at least 44", 44, "at_least", "killed", "people in the church bombings",
         "the health ministry"),
       C("more than 100", 100, "more_than", "injured", "people wounded", "the health ministry"),
       C("27", 27, "exact", "killed", "people at Mar Girgis church in Tanta", "the ministry",
         attr_alt=["the health ministry"]),
       C("78", 78, "exact", "injured", "people injured in Tanta", "the ministry",
         attr_alt=["the health ministry"]),
       C("17", 17, "exact", "killed", "people in Alexandria", "the interior ministry"),
       C("at least four", 4, "at_least", "killed", "police officers in Alexandria",
         "the interior ministry")]),

    # --- Tivaouane hospital fire, May 2022 ------------------------------------------------------
    P("d65_015",
      "DAKAR, May 26, 2022 (AFP) - Eleven newborn babies died in a fire at a hospital in the "
      "western Senegalese town of Tivaouane, President Macky Sall announced early Thursday, the "
      "latest in a string of deadly incidents at the country's public hospitals. The fire, "
      "blamed on a short circuit, broke out on Wednesday evening in the neonatal unit of the "
      "Mame Abdou Aziz Sy Dabakh hospital, local officials said. Three babies were rescued, "
      "Tivaouane mayor Demba Diop told AFP. A fire at a hospital in the northern town of "
      "Linguere killed four newborns in April last year. Sall declared three days of national "
      "mourning.",
      [C("Eleven", 11, "exact", "killed", "newborn babies in the Tivaouane fire",
         "President Macky Sall"),
       C("Three", 3, "exact", "other", "babies rescued", "Tivaouane mayor Demba Diop"),
       C("four", 4, "exact", "killed", "newborns in the earlier Linguere fire")],
      published="2022-05-26"),

    # --- Támara women's prison riot, Honduras, June 2023 ----------------------------------------
    P("d65_016",
      "Tegucigalpa, 20 jun (EFE).- At least 41 women died on Tuesday in a riot at the women's "
      "prison in Támara, north of the Honduran capital, the spokesman for the Public "
      "Prosecutor's Office, Yuri Mora, told EFE. Most of the victims were burned and others "
      "were shot, he said. At least seven inmates were taken to Tegucigalpa's Hospital Escuela "
      "with bullet and knife wounds, a hospital spokesman said. The riot broke out when members "
      "of Barrio 18 attacked a cell block housing rivals from the MS-13 gang, according to the "
      "authorities. The prison holds some 900 inmates, according to the National Penitentiary "
      "Institute.",
      [C("At least 41", 41, "at_least", "killed", "women in the Támara prison riot", "Yuri Mora",
         attr_alt=["the spokesman for the Public Prosecutor's Office"]),
       C("At least seven", 7, "at_least", "injured", "inmates taken to hospital",
         "a hospital spokesman"),
       C("some 900", 900, "about", "detained", "inmates held in the prison",
         "the National Penitentiary Institute", cat_alt=["population"])]),

    # --- Uyuni bus collision, Bolivia, March 2025 -----------------------------------------------
    P("d65_017",
      "La Paz, Mar 1 (EFE).- The toll from a head-on collision between two buses on a road near "
      "the town of Uyuni in southwestern Bolivia rose to 37 dead on Saturday, police said. "
      "Another 39 people were injured and taken to hospitals in Uyuni and Potosí, the "
      "departmental police commander, Colonel Luis Ernesto Gutiérrez, told reporters. Earlier in "
      "the day the authorities had reported 30 deaths. One of the buses was heading for Oruro, "
      "where thousands of people were gathering for the city's carnival, he said.",
      [C("two", 2, "exact", "other", "buses in the collision", "police", optional=True),
       C("37", 37, "exact", "killed", "people in the Uyuni bus collision", "police"),
       C("39", 39, "exact", "injured", "people injured", "Colonel Luis Ernesto Gutiérrez",
         attr_alt=["the departmental police commander"]),
       C("30", 30, "exact", "killed", "deaths (earlier figure)", "the authorities"),
       C("thousands", 1000, "vague", "other", "people gathering for the Oruro carnival",
         "Colonel Luis Ernesto Gutiérrez", optional=True, attr_alt=["he"])]),

    # --- Mannheim car ramming, March 2025 -------------------------------------------------------
    P("d65_018",
      "Live ticker: Car drives into crowd in Mannheim\n"
      "Monday, 3 March 2025\n"
      "+++ 12:48 +++ A car has driven into a crowd in the pedestrian zone near Mannheim's "
      "Paradeplatz. Police say there are several injured and possibly dead.\n"
      "+++ 13:20 +++ One person has died and several others have been injured, a police "
      "spokesman tells dpa. Officers have arrested a suspect.\n"
      "+++ 14:05 +++ The toll rises to two dead. Baden-Württemberg's Interior Minister Thomas "
      "Strobl tells reporters that 11 people were injured, five of them seriously.\n"
      "+++ 14:30 +++ Police say the suspect is a 40-year-old German man from "
      "Rhineland-Palatinate. There is no indication of further perpetrators.",
      [C("One", 1, "exact", "killed", "person in the Mannheim ramming", "a police spokesman"),
       C("two", 2, "exact", "killed", "people in the Mannheim ramming",
         attr_alt=["Interior Minister Thomas Strobl"]),
       C("11", 11, "exact", "injured", "people injured", "Interior Minister Thomas Strobl"),
       C("five", 5, "exact", "injured", "people seriously injured",
         "Interior Minister Thomas Strobl")],
      published="2025-03-03"),

    # --- Arpora nightclub fire, Goa, December 2025 ----------------------------------------------
    P("d65_019",
      "Updated - December 07, 2025 10:42 am IST\n"
      "Panaji, Dec 7 (PTI) At least 25 people, most of them staff members, were killed in a fire "
      "at a nightclub at Arpora in North Goa early Sunday, police said. The blaze broke out "
      "around midnight at the 'Birch by Romeo Lane' club, where around 100 people were present, "
      "a senior police official said. Chief Minister Pramod Sawant, who visited the spot, said "
      "four tourists were among the dead and six people were being treated at the Goa Medical "
      "College Hospital. Four staff members, including the club's general manager, have been "
      "arrested, police said. \"Most of the victims died of suffocation after they were trapped in "
      "the basement kitchen,\" he said. The CM announced an ex gratia of Rs 2 lakh for the next "
      "of kin of each victim.",
      [C("At least 25", 25, "at_least", "killed", "people in the Arpora nightclub fire",
         "police"),
       C("around 100", 100, "about", "other", "people present in the club",
         "a senior police official"),
       C("four", 4, "exact", "killed", "tourists among the dead",
         "Chief Minister Pramod Sawant"),
       C("six", 6, "exact", "injured", "people being treated", "Chief Minister Pramod Sawant"),
       C("Four", 4, "exact", "detained", "club staff arrested", "police")],
      published="2025-12-07"),

    # --- Kurnool bus fire, October 2025 ---------------------------------------------------------
    P("d65_020",
      "Kurnool (AP), Oct 24 (PTI) Twenty passengers were charred to death after a private "
      "sleeper bus travelling from Hyderabad to Bengaluru caught fire after hitting a motorbike "
      "near Chinnatekur village in Kurnool district in the early hours of Friday, police said. "
      "The bus was carrying 44 people, including two drivers, Kurnool Superintendent of Police "
      "Vikrant Patil told PTI. Nineteen passengers escaped by breaking windows, some of them "
      "with burns, he said. The biker also died in the accident, police said.\n"
      "(Corrects number of passengers who escaped to 19 from 21 in para 3)",
      [C("Twenty", 20, "exact", "killed", "passengers in the Kurnool bus fire", "police"),
       C("44", 44, "exact", "other", "people on the bus",
         "Kurnool Superintendent of Police Vikrant Patil"),
       C("two", 2, "exact", "other", "drivers on the bus",
         "Kurnool Superintendent of Police Vikrant Patil", optional=True, ctx="two drivers"),
       C("Nineteen", 19, "exact", "other", "passengers who escaped",
         "Kurnool Superintendent of Police Vikrant Patil", attr_alt=["he"]),
       C("19", 19, "exact", "other", "passengers who escaped (corrected figure)",
         attr_alt=["Kurnool Superintendent of Police Vikrant Patil"]),
       C("21", 21, "exact", "other", "passengers who escaped (retracted figure)",
         optional=True)]),

    # --- Kandahar mosque bombing, October 2021 --------------------------------------------------
    P("d65_021",
      "KANDAHAR, Afghanistan, Oct 15, 2021 (AFP) - Suicide bombers attacked a Shiite mosque in "
      "the southern Afghan city of Kandahar during Friday prayers, killing at least 41 people and "
      "wounding more than 70, a doctor at the city's Mirwais hospital told AFP. Witnesses said "
      "three explosions hit the Imam Bargah mosque, one at the entrance and two inside, where "
      "hundreds of worshippers had gathered. A Taliban official said four attackers had been "
      "involved, two of whom blew themselves up at the gate. It was the second attack on a "
      "Shiite mosque in a week, after a bombing in Kunduz killed more than 40 people.",
      [C("at least 41", 41, "at_least", "killed", "people in the Kandahar mosque bombing",
         "a doctor at the city's Mirwais hospital"),
       C("more than 70", 70, "more_than", "injured", "people wounded",
         "a doctor at the city's Mirwais hospital"),
       C("three", 3, "exact", "munitions", "explosions at the mosque", "Witnesses",
         optional=True, cat_alt=["other"], ctx="three explosions"),
       C("hundreds", 100, "vague", "other", "worshippers gathered", "Witnesses",
         attr_alt=[None]),
       C("four", 4, "exact", "troops", "attackers", "A Taliban official", cat_alt=["other"],
         ctx="four attackers"),
       C("two", 2, "exact", "killed", "attackers who blew themselves up", "A Taliban official",
         cat_alt=["troops"], ctx="two of whom"),
       C("more than 40", 40, "more_than", "killed", "people in the earlier Kunduz bombing")],
      published="2021-10-15"),

    # --- Imam al-Sadiq mosque bombing, Kuwait, June 2015 ----------------------------------------
    P("d65_022",
      "KUWAIT, June 26, 2015 (Reuters) - A suicide bomber blew himself up inside a Shi'ite mosque in "
      "Kuwait City during Friday prayers, killing at least 27 people and wounding 227, the "
      "interior ministry said, in the first attack of its kind in the Gulf state. Islamic State "
      "claimed responsibility in a statement circulated online. More than 100 of the wounded "
      "had been discharged by the evening, the health ministry said. State news agency KUNA said "
      "about 2,000 worshippers had been inside the Imam al-Sadiq mosque at the time. The emir, "
      "Sheikh Sabah al-Ahmad al-Sabah, visited the site within an hour of the blast.",
      [C("at least 27", 27, "at_least", "killed", "people in the Kuwait mosque bombing",
         "the interior ministry"),
       C("227", 227, "exact", "injured", "people wounded", "the interior ministry"),
       C("More than 100", 100, "more_than", "injured", "wounded discharged from hospital",
         "the health ministry", cat_alt=["other"]),
       C("about 2,000", 2000, "about", "other", "worshippers inside the mosque",
         "State news agency KUNA")],
      published="2015-06-26"),

    # --- Houthi drone attack on Abu Dhabi, January 2022 -----------------------------------------
    P("d65_023",
      "DUBAI, Jan 17 (Reuters) - Three people were killed and six injured when suspected drones "
      "hit three fuel tanker trucks near a storage facility of state oil firm ADNOC in Abu "
      "Dhabi's Musaffah industrial area on Monday, police said. The dead were two Indian "
      "nationals and one Pakistani, according to state news agency WAM. A fire also broke out at "
      "a construction site at Abu Dhabi airport. Yemen's Houthi movement said it had launched "
      "five ballistic missiles and \"a large number\" of drones at targets in the UAE.",
      [C("Three", 3, "exact", "killed", "people in the Abu Dhabi drone attack", "police"),
       C("six", 6, "exact", "injured", "people injured", "police"),
       C("three", 3, "exact", "other", "fuel tanker trucks hit", "police",
         cat_alt=["infrastructure"], ctx="three fuel tanker"),
       C("two", 2, "exact", "killed", "Indian nationals among the dead",
         "state news agency WAM"),
       C("one", 1, "exact", "killed", "Pakistani among the dead", "state news agency WAM",
         ctx="one Pakistani"),
       C("five", 5, "exact", "munitions", "ballistic missiles launched",
         "Yemen's Houthi movement")]),

    # --- Abu Sefein church fire, Giza, August 2022 ----------------------------------------------
    P("d65_024",
      "Published 9:14 AM EDT, August 14, 2022\n"
      "CAIRO (AP) — A fire tore through a packed Coptic church during Sunday Mass in the Imbaba "
      "neighborhood of Giza, killing 41 people, at least 18 of them children, and injuring 14, "
      "the Health Ministry said. The blaze at the Abu Sefein church was caused by an electrical "
      "short circuit on the third floor, according to the Interior Ministry. About 5,000 "
      "worshippers had gathered for Mass, a church official told local media. Fifteen fire "
      "trucks were sent to put out the fire.",
      [C("41", 41, "exact", "killed", "people in the Abu Sefein church fire",
         "the Health Ministry"),
       C("at least 18", 18, "at_least", "killed", "children among the dead",
         "the Health Ministry"),
       C("14", 14, "exact", "injured", "people injured", "the Health Ministry",
         ctx="injuring 14"),
       C("About 5,000", 5000, "about", "other", "worshippers gathered for Mass",
         "a church official"),
       C("Fifteen", 15, "exact", "other", "fire trucks sent", optional=True,
         cat_alt=["troops"])],
      published="2022-08-14"),

    # --- Saurya Airlines crash, Kathmandu, July 2024 --------------------------------------------
    P("d65_025",
      "KATHMANDU, July 24 (Xinhua) -- Eighteen people were killed after a Saurya Airlines "
      "aircraft crashed during takeoff at Tribhuvan International Airport in Kathmandu on "
      "Wednesday morning, Nepal Police said. The CRJ-200 aircraft, bound for Pokhara, was "
      "carrying 19 people, including two crew members, airport spokesperson Tek Nath Sitaula "
      "told Xinhua. The captain, who was pulled out of the burning wreckage, is being treated "
      "in hospital, he said. The plane was being flown to Pokhara for maintenance with mostly "
      "technical staff aboard, according to the Civil Aviation Authority of Nepal.",
      [C("Eighteen", 18, "exact", "killed", "people in the Saurya Airlines crash",
         "Nepal Police"),
       C("19", 19, "exact", "other", "people on board", "airport spokesperson Tek Nath Sitaula",
         cat_alt=["killed"]),
       C("two", 2, "exact", "other", "crew members on board",
         "airport spokesperson Tek Nath Sitaula", optional=True)]),

    # --- Ahmednagar hospital fire, November 2021 ------------------------------------------------
    P("d65_026",
      "Ahmednagar, Nov 6 (PTI) Eleven patients died after a fire broke out in the intensive care "
      "unit of the Ahmednagar district civil hospital in Maharashtra on Saturday morning, "
      "officials said. The ICU, set up for COVID-19 patients, had 17 patients when the blaze "
      "started around 11 am, Collector Rajendra Bhosale said. Six patients were shifted to "
      "other wards, he said. The toll had stood at 10 until one more patient died in the "
      "afternoon, the collector said. Chief Minister Uddhav Thackeray has ordered a probe.",
      [C("Eleven", 11, "exact", "killed", "patients in the Ahmednagar hospital fire",
         "officials"),
       C("17", 17, "exact", "other", "patients in the ICU", "Collector Rajendra Bhosale",
         cat_alt=["population"]),
       C("Six", 6, "exact", "other", "patients shifted to other wards",
         "Collector Rajendra Bhosale", attr_alt=["he"], cat_alt=["displaced"]),
       C("10", 10, "exact", "killed", "patients (earlier toll)", "the collector",
         attr_alt=["Collector Rajendra Bhosale"]),
       C("one", 1, "exact", "killed", "patient who died in the afternoon", "the collector",
         attr_alt=["Collector Rajendra Bhosale"], ctx="one more patient")]),

    # --- Nashik oxygen leak, April 2021 ---------------------------------------------------------
    P("d65_027",
      "Updated: Apr 21, 2021, 15:48 IST\n"
      "Nashik, Apr 21 (PTI) At least 22 patients on ventilator support died at the Zakir Hussain "
      "hospital here on Wednesday after a leak in an oxygen tank disrupted the supply, an "
      "official said. The civic-run hospital had 150 patients, 131 of them on oxygen, Nashik "
      "Municipal Corporation commissioner Kailas Jadhav said. The supply was cut for about 30 "
      "minutes before technicians plugged the leak. The toll rose to 24 late in the evening, "
      "district collector Suraj Mandhare said.",
      [C("At least 22", 22, "at_least", "killed", "patients in the Nashik oxygen leak",
         "an official"),
       C("150", 150, "exact", "other", "patients in the hospital",
         "Nashik Municipal Corporation commissioner Kailas Jadhav", cat_alt=["population"]),
       C("131", 131, "exact", "other", "patients on oxygen",
         "Nashik Municipal Corporation commissioner Kailas Jadhav"),
       C("24", 24, "exact", "killed", "patients in the Nashik oxygen leak",
         "district collector Suraj Mandhare")],
      published="2021-04-21"),

    # --- KRI Nanggala submarine, April 2021 -----------------------------------------------------
    P("d65_028",
      "BREAKING: Indonesian navy says submarine with 53 on board missing off Bali\n"
      "JAKARTA, April 21 (Reuters) - Indonesia's navy was searching on Wednesday for a submarine "
      "with 53 people on board that went missing during a torpedo drill off the island of Bali, "
      "the defence ministry said. The KRI Nanggala-402 lost contact after it was given "
      "clearance to dive, navy chief Yudo Margono said. Singapore and Australia have sent ships "
      "to help, and more than 20 Indonesian vessels are taking part in the search, he said. "
      "The submarine's oxygen supply could last 72 hours after a power outage, the navy said.",
      [C("53", 53, "exact", "missing", "people on the missing submarine", "Indonesian navy",
         cat_alt=["other"], ctx="with 53 on board"),
       C("53", 53, "exact", "missing", "people on the missing submarine",
         "the defence ministry", cat_alt=["other"], ctx="53 people"),
       C("more than 20", 20, "more_than", "other", "Indonesian vessels in the search",
         "navy chief Yudo Margono", optional=True, attr_alt=["he"], cat_alt=["troops"])]),

    # --- Philippine Air Force C-130 crash in Sulu, July 2021 ------------------------------------
    P("d65_029",
      "Death toll in Sulu C-130 crash climbs to 50\n"
      "JOLO, Sulu, July 4 (PNA) -- The number of people killed in the crash of a Philippine Air "
      "Force C-130H Hercules in Patikul, Sulu rose to 50 on Sunday night, including three "
      "civilians on the ground, Joint Task Force Sulu commander Maj. Gen. William Gonzales said. "
      "The aircraft was carrying 96 people — three pilots, five crew members and 88 Army "
      "personnel, most of them fresh graduates of basic military training. Forty-nine soldiers "
      "were rescued and taken to hospitals in Jolo and Zamboanga City, he said. Four civilians "
      "on the ground were also injured.",
      [C("50", 50, "exact", "killed", "people in the C-130 crash", ctx="climbs to 50"),
       C("50", 50, "exact", "killed", "people in the C-130 crash",
         "Maj. Gen. William Gonzales", ctx="rose to 50"),
       C("three", 3, "exact", "killed", "civilians on the ground",
         "Maj. Gen. William Gonzales", ctx="three civilians"),
       C("96", 96, "exact", "other", "people on board", "Maj. Gen. William Gonzales",
         attr_alt=[None]),
       C("three", 3, "exact", "other", "pilots on board", "Maj. Gen. William Gonzales",
         attr_alt=[None], ctx="three pilots"),
       C("five", 5, "exact", "other", "crew members on board", "Maj. Gen. William Gonzales",
         attr_alt=[None]),
       C("88", 88, "exact", "other", "Army personnel on board", "Maj. Gen. William Gonzales",
         attr_alt=[None], cat_alt=["troops"]),
       C("Forty-nine", 49, "exact", "other", "soldiers rescued", "Maj. Gen. William Gonzales",
         attr_alt=["he"], cat_alt=["injured"]),
       C("Four", 4, "exact", "injured", "civilians on the ground",
         "Maj. Gen. William Gonzales", attr_alt=[None])]),

    # --- Mountain B pub fire, Sattahip, August 2022 ---------------------------------------------
    P("d65_030",
      "PUBLISHED : 5 Aug 2022 at 09:12\n"
      "BANGKOK, Aug 5 (Reuters) - A fire ripped through a crowded pub in Thailand's Chon Buri "
      "province early on Friday, killing 13 people and injuring 41, police said. The blaze at "
      "the Mountain B pub in Sattahip district started at about 1 a.m., when more than 100 "
      "people were inside, and spread quickly through the soundproofing foam, police colonel "
      "Wuttipong Somjai told Reuters. Ten of the injured were in a critical condition, the "
      "provincial health office said. The death toll rose to 14 on Saturday after one of the "
      "injured died in hospital, officials said.",
      [C("13", 13, "exact", "killed", "people in the Mountain B pub fire", "police"),
       C("41", 41, "exact", "injured", "people injured", "police"),
       C("more than 100", 100, "more_than", "other", "people inside the pub",
         "police colonel Wuttipong Somjai"),
       C("Ten", 10, "exact", "injured", "injured in a critical condition",
         "the provincial health office"),
       C("14", 14, "exact", "killed", "people in the Mountain B pub fire", "officials"),
       C("one", 1, "exact", "killed", "injured person who died in hospital", "officials",
         ctx="one of the injured")],
      published="2022-08-05"),

    # --- Sihanoukville building collapse, June 2019 ---------------------------------------------
    P("d65_031",
      "PHNOM PENH, June 23 (Xinhua) -- The death toll from the collapse of a seven-story "
      "building under construction in Cambodia's coastal province of Preah Sihanouk has risen to "
      "24, with 26 others injured, provincial governor Kuoch Chamroeun said Sunday. Rescuers "
      "pulled two more bodies from the rubble overnight, he said, adding that fewer than 10 "
      "people were still believed to be trapped. Local police have detained four people, "
      "including the Chinese owner of the building. Most of the workers lived and slept on the "
      "site, officials said.",
      [C("24", 24, "exact", "killed", "people in the Sihanoukville building collapse",
         "provincial governor Kuoch Chamroeun"),
       C("26", 26, "exact", "injured", "people injured", "provincial governor Kuoch Chamroeun"),
       C("two", 2, "exact", "killed", "bodies pulled from the rubble",
         "provincial governor Kuoch Chamroeun", attr_alt=["he"]),
       C("fewer than 10", 10, "fewer_than", "other", "people believed trapped",
         "provincial governor Kuoch Chamroeun", attr_alt=["he"], cat_alt=["missing"]),
       C("four", 4, "exact", "detained", "people detained by police",
         attr_alt=["Local police"])]),

    # --- Poipet casino fire, December 2022 ------------------------------------------------------
    P("d65_032",
      "POIPET, Cambodia, Dec 29 (Reuters) - At least 19 people were killed in a fire at the "
      "Grand Diamond City hotel-casino in the Cambodian border town of Poipet, officials said on "
      "Thursday, as rescuers searched the gutted building for dozens still missing. More than 50 "
      "people were injured. About 1,000 people were in the complex when the fire broke out "
      "shortly before midnight on Wednesday, the provincial police chief told reporters. "
      "Thailand sent fire engines and 30 to 40 rescue workers across the border, Thai officials "
      "said, and many of the injured were taken to hospitals on the Thai side. Cambodian "
      "authorities said some 100 people had been rescued from the building.",
      [C("At least 19", 19, "at_least", "killed", "people in the Poipet casino fire",
         "officials"),
       C("dozens", 12, "vague", "missing", "people still missing", "officials",
         attr_alt=[None]),
       C("More than 50", 50, "more_than", "injured", "people injured", "officials",
         attr_alt=[None]),
       C("About 1,000", 1000, "about", "other", "people in the complex",
         "the provincial police chief"),
       C("30 to 40", 30, "range", "troops", "Thai rescue workers sent", "Thai officials",
         high=40, cat_alt=["other"], attr_alt=[None]),
       C("some 100", 100, "about", "other", "people rescued from the building",
         "Cambodian authorities")]),

    # --- Gangneung guesthouse carbon monoxide deaths, December 2018 -----------------------------
    P("d65_033",
      "(2nd LD) 3 students dead, 7 unconscious at Gangneung guesthouse\n"
      "2018/12/18 19:05\n"
      "GANGNEUNG, Dec. 18 (Yonhap) -- Three high school students were found dead and seven "
      "others unconscious at a guesthouse in the eastern coastal city of Gangneung on Tuesday, "
      "police said, in a suspected case of carbon monoxide poisoning. The 10 students, all "
      "18-year-olds from a Seoul high school, had checked in on Monday after finishing their "
      "college entrance exam, police said. Five of the seven are in critical condition, "
      "according to Gangneung Asan Hospital. Carbon monoxide in the room measured 155 ppm, more "
      "than five times the normal level, officials said.",
      [C("3", 3, "exact", "killed", "students dead", ctx="3 students dead"),
       C("7", 7, "exact", "injured", "students unconscious", ctx="7 unconscious"),
       C("Three", 3, "exact", "killed", "students found dead", "police"),
       C("seven", 7, "exact", "injured", "students found unconscious", "police",
         ctx="seven others"),
       C("10", 10, "exact", "other", "students who checked in", "police"),
       C("Five", 5, "exact", "injured", "students in critical condition",
         "Gangneung Asan Hospital"),
       C("seven", 7, "exact", "injured", "students found unconscious (restated)",
         "Gangneung Asan Hospital", ctx="of the seven")],
      published="2018-12-18"),

    # --- Qingdao pipeline explosion, November 2013 ----------------------------------------------
    P("d65_034",
      "QINGDAO, Nov. 22 (Xinhua) -- The death toll from an oil pipeline explosion in Qingdao, a "
      "coastal city in east China's Shandong Province, has risen to 35, with 166 people injured, "
      "local authorities said Friday night. Nine people are still missing, the city's publicity "
      "department said. About 18,000 residents have been evacuated from the area around the "
      "blast in Huangdao District, home to some 100,000 people. About 30 schools and "
      "public halls have been opened as temporary shelters. Over 1,000 firefighters, police "
      "and medical workers are taking part in the rescue, according to the municipal "
      "government. The provincial branch of the Red Cross Society of China said it had sent "
      "2,000 quilts and 1,000 coats to the evacuees.",
      [C("35", 35, "exact", "killed", "people in the Qingdao pipeline explosion",
         "local authorities"),
       C("166", 166, "exact", "injured", "people injured", "local authorities"),
       C("Nine", 9, "exact", "missing", "people missing", "the city's publicity department"),
       C("About 18,000", 18000, "about", "displaced", "residents evacuated",
         "the city's publicity department", attr_alt=[None]),
       C("some 100,000", 100000, "about", "population", "people living in Huangdao District",
         attr_alt=["the city's publicity department"]),
       C("About 30", 30, "about", "infrastructure", "schools and halls opened as shelters",
         attr_alt=["the city's publicity department"], cat_alt=["other", "aid"]),
       C("Over 1,000", 1000, "more_than", "troops", "rescue workers",
         "the municipal government", cat_alt=["other"]),
       C("2,000", 2000, "exact", "aid", "quilts sent to evacuees",
         "The provincial branch of the Red Cross Society of China"),
       C("1,000", 1000, "exact", "aid", "coats sent to evacuees",
         "The provincial branch of the Red Cross Society of China", ctx="1,000 coats")]),

    # --- Anyang factory fire, November 2022 -----------------------------------------------------
    P("d65_035",
      "ZHENGZHOU, Nov. 22 (Xinhua) -- A fire at a plant in Anyang City in central China's Henan "
      "Province has killed 38 people and injured two, local authorities said Tuesday. The fire "
      "broke out at 4:22 p.m. Monday at a trading company in Wenfeng District, and was put out "
      "at around 11 p.m., the authorities said. Over 60 fire engines and 200 firefighters were "
      "dispatched to the scene. Police have taken a number of suspects into custody.",
      [C("38", 38, "exact", "killed", "people in the Anyang factory fire", "local authorities"),
       C("two", 2, "exact", "injured", "people injured", "local authorities"),
       C("Over 60", 60, "more_than", "other", "fire engines dispatched", "the authorities",
         optional=True, cat_alt=["troops"], attr_alt=[None, "local authorities"]),
       C("200", 200, "exact", "troops", "firefighters dispatched", "the authorities",
         cat_alt=["other"], attr_alt=[None, "local authorities"])]),

    # --- St Petersburg metro bombing, April 2017 ------------------------------------------------
    P("d65_036",
      "April 3, 2017 / 3:42 PM\n"
      "ST PETERSBURG, April 3 (Reuters) - An explosion tore through a train carriage in St "
      "Petersburg's metro system on Monday, killing at least 10 people and wounding about 50, "
      "Russia's National Anti-Terrorism Committee said. Health Minister Veronika Skvortsova "
      "later said the toll had risen to 11 and that 45 people were in hospital. The blast hit a "
      "train between Sennaya Ploshchad and Tekhnologichesky Institut stations, and a second, "
      "unexploded device was found and defused at Ploshchad Vosstaniya station, the committee "
      "said. President Vladimir Putin, who was in the city for talks with Belarusian leader "
      "Alexander Lukashenko, laid flowers at the station late in the evening.",
      [C("at least 10", 10, "at_least", "killed", "people in the St Petersburg metro bombing",
         "Russia's National Anti-Terrorism Committee"),
       C("about 50", 50, "about", "injured", "people wounded",
         "Russia's National Anti-Terrorism Committee"),
       C("11", 11, "exact", "killed", "people in the St Petersburg metro bombing",
         "Health Minister Veronika Skvortsova"),
       C("45", 45, "exact", "injured", "people in hospital",
         "Health Minister Veronika Skvortsova")],
      published="2017-04-03"),

    # --- Stockholm truck attack, April 2017 -----------------------------------------------------
    P("d65_037",
      "STOCKHOLM, April 7 (Reuters) - A hijacked beer truck ploughed into crowds of shoppers on "
      "Stockholm's busiest pedestrian street and crashed into a department store on Friday, "
      "killing four people and injuring 15, police said. Nine of the injured were being "
      "treated in hospital, two of them children, the regional health authority said. Prime "
      "Minister Stefan Lofven said Sweden had been attacked. As many as 500 police officers "
      "were deployed across the capital and the central station was evacuated, broadcaster SVT "
      "said. Police said later they had arrested a man who matched a picture of the suspected "
      "driver.",
      [C("four", 4, "exact", "killed", "people in the Stockholm truck attack", "police"),
       C("15", 15, "exact", "injured", "people injured", "police"),
       C("Nine", 9, "exact", "injured", "injured treated in hospital",
         "the regional health authority"),
       C("two", 2, "exact", "injured", "children among the injured in hospital",
         "the regional health authority"),
       C("As many as 500", 500, "at_most", "troops", "police officers deployed",
         "broadcaster SVT", cat_alt=["other"])]),

    # --- Las Ramblas van attack, August 2017 ----------------------------------------------------
    P("d65_038",
      "Barcelona, Aug 17 (EFE).- At least 13 people were killed and more than 100 injured on "
      "Thursday when a van drove into crowds on Barcelona's Las Ramblas boulevard, Catalan "
      "authorities said. Catalonia's regional police, the Mossos d'Esquadra, said two people had "
      "been arrested in connection with the attack, one of them born in Melilla, but that the "
      "driver was still at large. Of the injured, 15 are in a serious condition, the Catalan "
      "emergency services said, adding that the victims came from 34 countries.",
      [C("At least 13", 13, "at_least", "killed", "people in the Las Ramblas attack",
         "Catalan authorities"),
       C("more than 100", 100, "more_than", "injured", "people injured", "Catalan authorities"),
       C("two", 2, "exact", "detained", "people arrested", "the Mossos d'Esquadra",
         attr_alt=["Catalonia's regional police"]),
       C("15", 15, "exact", "injured", "injured in a serious condition",
         "the Catalan emergency services"),
       C("34", 34, "exact", "other", "countries the victims came from",
         "the Catalan emergency services", optional=True)]),

    # --- Missile strike on Przewodów, Poland, November 2022 -------------------------------------
    P("d65_039",
      "BREAKING: Two killed as missile hits Polish village near Ukraine border\n"
      "WARSAW, Poland (AP) — A missile struck a grain-drying facility in the Polish village of "
      "Przewodów near the border with Ukraine on Tuesday afternoon, killing two people, Polish "
      "fire services said. The village, home to about 400 people, lies some 6 kilometers (4 "
      "miles) from the border. Poland's government called an emergency meeting of its national "
      "security committee. Earlier on Tuesday Russia fired about 90 missiles and drones at "
      "cities across Ukraine, Ukraine's air force said.",
      [C("Two", 2, "exact", "killed", "people in Przewodów", ctx="Two killed"),
       C("two", 2, "exact", "killed", "people in Przewodów", "Polish fire services",
         ctx="two people"),
       C("about 400", 400, "about", "population", "residents of Przewodów"),
       C("about 90", 90, "about", "munitions", "missiles and drones fired at Ukraine",
         "Ukraine's air force")]),

    # --- Lutsk bus hostage-taking, July 2020 ----------------------------------------------------
    P("d65_040",
      "Ukraine bus hostage crisis – live\n"
      "Tue 21 Jul 2020 20.41 BST\n"
      "09:25 BST — An armed man has seized a bus with about 20 passengers in the centre of Lutsk, "
      "in western Ukraine, and is threatening to blow it up, police say.\n"
      "11:40 BST — Police now say 13 people are being held on the bus. The gunman, 44, has "
      "fired at a police drone, according to Interior Minister Arsen Avakov.\n"
      "18:10 BST — Three hostages, among them a pregnant woman, have been released, Avakov "
      "says.\n"
      "20:35 BST — The remaining 10 hostages have been freed and the hostage-taker has been "
      "detained, Avakov says. No one was hurt, he adds.",
      [C("about 20", 20, "about", "other", "passengers on the seized bus", "police",
         cat_alt=["hostages"]),
       C("13", 13, "exact", "hostages", "people held on the bus", "Police"),
       C("Three", 3, "exact", "hostages", "hostages released", "Avakov",
         attr_alt=["Interior Minister Arsen Avakov"]),
       C("10", 10, "exact", "hostages", "remaining hostages freed", "Avakov", ctx="10 hostages",
         attr_alt=["Interior Minister Arsen Avakov"])],
      published="2020-07-21"),

    # @@END@@
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d65_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
