"""Source of the seventy-eighth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, bylines and date lines) on disasters and
accidents worldwide between 1980 and 2022, as reported at the time: first-day stories, day-two
updates with revised tolls and week-later round-ups of earthquakes, floods, storms, landslides,
fires, explosions, stampedes, dam failures, mine disasters and air, rail, ferry and road
accidents. Written for this set (none copied from an article) in the styles of wire agencies and
newspapers of every continent. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the set
tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset78/build_devset78.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- Europe -------------------------------------------------------------------------------
    P("d78_001",
      "AVELLINO, Italy (AP) — Rescue workers dug through the rubble of dozens of mountain "
      "villages in southern Italy on Monday as the death toll from Sunday night's earthquake "
      "climbed past 1,000, the Interior Ministry said. Officials in Naples said at least 1,500 "
      "people had been injured and that thousands were still unaccounted for in the hardest-hit "
      "towns of Irpinia, among them Sant'Angelo dei Lombardi, Lioni and Conza della Campania. "
      "The quake, which measured 6.8 on the Richter scale, struck at 7:34 p.m. and lasted about "
      "90 seconds. In Balvano, the roof of a church collapsed during evening Mass, killing 66 "
      "people, most of them children, a parish priest told reporters. Some 200,000 people spent "
      "the night in the open or in cars in near-freezing temperatures, according to civil "
      "defence officials. The army said it had sent 4,000 soldiers, though many villages could "
      "still be reached only on foot.",
      [C("dozens", 12, "vague", "other", "mountain villages searched", optional=True,
         cat_alt=["infrastructure"]),
       C("1,000", 1000, "more_than", "killed", "people in the earthquake",
         "the Interior Ministry"),
       C("at least 1,500", 1500, "at_least", "injured", "people", "Officials in Naples"),
       C("thousands", 1000, "vague", "missing", "people unaccounted for",
         "Officials in Naples"),
       C("66", 66, "exact", "killed", "people in the Balvano church", "a parish priest"),
       C("Some 200,000", 200000, "about", "displaced", "people who spent the night outdoors",
         "civil defence officials", cat_alt=["other"]),
       C("4,000", 4000, "exact", "troops", "soldiers sent", "The army")]),

    P("d78_002",
      "ZEEBRUGGE, Belgium, March 7, 1987 (Reuters) - Belgian and British rescuers said on "
      "Saturday they had recovered 51 bodies from the capsized British ferry Herald of Free "
      "Enterprise and that about 135 people were still missing, many of them believed trapped "
      "inside the flooded hull. The 7,951-tonne roll-on roll-off ferry, operated by Townsend "
      "Thoresen, was carrying 543 passengers and crew when it keeled over in shallow water just "
      "outside the harbour on Friday evening, the company said. Some 350 survivors were taken to "
      "hospitals in Zeebrugge, Bruges and Knokke, where a spokesman for the Belgian navy said 20 "
      "remained in a serious condition. Divers, who worked through the night by searchlight, "
      "said the bow doors had been left open when the ship sailed for Dover. Prime Minister "
      "Margaret Thatcher flew to the port and called it \"a terrible tragedy.\"",
      [C("51", 51, "exact", "killed", "bodies recovered from the ferry",
         "Belgian and British rescuers"),
       C("about 135", 135, "about", "missing", "people", "Belgian and British rescuers"),
       C("543", 543, "exact", "other", "passengers and crew on board", "the company"),
       C("Some 350", 350, "about", "other", "survivors taken to hospital",
         attr_alt=["a spokesman for the Belgian navy"]),
       C("20", 20, "exact", "injured", "survivors in a serious condition",
         "a spokesman for the Belgian navy")],
      published="1987-03-07"),

    P("d78_003",
      "(ANSA) - San Giuliano di Puglia, November 1 - The bodies of the last two children were "
      "pulled on Friday from the ruins of the Francesco Jovine primary school, bringing to 26 the "
      "number of pupils killed when Thursday's earthquake brought down its roof, civil protection "
      "chief Guido Bertolaso said. One teacher and two women in nearby houses also died, taking "
      "the overall toll in Molise to 29. Rescuers had pulled 35 children alive from the rubble "
      "during the night, some of them after more than 12 hours. The school had 56 pupils on its "
      "roll, most of them aged between six and 10. Some 3,000 people from the village and "
      "neighbouring Colletorto spent the night in tents set up by the civil protection "
      "department, which said the magnitude 5.4 quake had damaged at least 400 homes.",
      [C("two", 2, "exact", "killed", "children's bodies recovered on Friday",
         "civil protection chief Guido Bertolaso", ctx="last two children"),
       C("26", 26, "exact", "killed", "pupils", "civil protection chief Guido Bertolaso"),
       C("One", 1, "exact", "killed", "teacher", "civil protection chief Guido Bertolaso",
         attr_alt=[None]),
       C("two", 2, "exact", "killed", "women in nearby houses",
         "civil protection chief Guido Bertolaso", attr_alt=[None], ctx="two women"),
       C("29", 29, "exact", "killed", "people in Molise",
         "civil protection chief Guido Bertolaso", attr_alt=[None]),
       C("35", 35, "exact", "other", "children pulled alive from the rubble",
         attr_alt=["civil protection chief Guido Bertolaso"]),
       C("56", 56, "exact", "population", "pupils on the school's roll", cat_alt=["other"]),
       C("Some 3,000", 3000, "about", "displaced", "people who spent the night in tents",
         attr_alt=["the civil protection department"], cat_alt=["other"]),
       C("at least 400", 400, "at_least", "infrastructure", "homes damaged",
         "the civil protection department")]),

    P("d78_004",
      "Monday, August 15, 2005\n"
      "ALL 121 people on board a Helios Airways Boeing 737 were killed when it crashed into a "
      "hillside near the village of Grammatiko, north of Athens, yesterday, Greek officials said. "
      "The plane, flight ZU522 from Larnaca to Prague via Athens, was carrying 115 passengers, "
      "among them 48 children, and six crew, the airline said last night. Two Greek F-16 fighter "
      "jets scrambled to shadow the airliner after it stopped answering radio calls, and their "
      "pilots reported seeing the co-pilot slumped over the controls. By last night rescue teams "
      "had recovered 118 bodies, the Greek fire brigade said. Relatives gathered at Larnaca "
      "airport, where none of the airline's staff could tell them more.",
      [C("121", 121, "exact", "killed", "people on board", "Greek officials"),
       C("115", 115, "exact", "other", "passengers", "the airline"),
       C("48", 48, "exact", "other", "children among the passengers", "the airline"),
       C("six", 6, "exact", "other", "crew", "the airline"),
       C("Two", 2, "exact", "munitions", "Greek F-16 fighter jets", optional=True,
         cat_alt=["other"]),
       C("118", 118, "exact", "killed", "bodies recovered", "the Greek fire brigade")],
      published="2005-08-15"),

    # --- Africa -------------------------------------------------------------------------------
    P("d78_005",
      "Friday, May 11, 2001\n"
      "By Times Reporter\n"
      "The death toll from Wednesday night's stampede at the Accra Sports Stadium has risen to "
      "126, the Ministry of Health said yesterday, making it the worst stadium disaster in "
      "Africa. Doctors at the Korle Bu Teaching Hospital said 54 of the injured were still on "
      "admission, eight of them in intensive care. The crush began when police fired tear gas "
      "into the stands after Asante Kotoko supporters tore out plastic seats and hurled them "
      "onto the pitch in the 85th minute, with Hearts of Oak leading 2-1. Witnesses said at least "
      "10 canisters were fired and that several exit gates had been locked. An estimated 30,000 "
      "fans were in the stadium. President John Agyekum Kufuor has declared three days of "
      "national mourning.",
      [C("126", 126, "exact", "killed", "people in the stadium stampede",
         "the Ministry of Health"),
       C("54", 54, "exact", "injured", "injured still on admission",
         "Doctors at the Korle Bu Teaching Hospital"),
       C("eight", 8, "exact", "injured", "patients in intensive care",
         "Doctors at the Korle Bu Teaching Hospital"),
       C("at least 10", 10, "at_least", "munitions", "tear gas canisters fired", "Witnesses",
         cat_alt=["other"]),
       C("An estimated 30,000", 30000, "about", "other", "fans in the stadium",
         attr_alt=["Witnesses"])],
      published="2001-05-11"),
    P("d78_006",
      "KOLONTAR, Hungary, Oct 5 (Reuters) - A torrent of toxic red sludge that burst from a "
      "reservoir at an alumina plant has killed four people, including a 14-month-old girl, and "
      "injured at least 120, Hungary's disaster management agency said on Tuesday. Three people "
      "were still missing and rescuers were searching the flooded streets of Kolontar and "
      "Devecser, the agency said. About 700,000 cubic metres of the caustic waste poured out on "
      "Monday afternoon, flooding some 40 square km (15 square miles). Of the injured, eight were "
      "in a critical condition with chemical burns, a spokesman for the national ambulance "
      "service said. Some 390 residents had been evacuated and at least 200 homes were no longer "
      "fit to live in, the government said as it declared a state of emergency in three "
      "counties. MAL Zrt, the company that runs the Ajka plant, said the spill could not have "
      "been foreseen.",
      [C("four", 4, "exact", "killed", "people in the sludge flood",
         "Hungary's disaster management agency"),
       C("at least 120", 120, "at_least", "injured", "people",
         "Hungary's disaster management agency"),
       C("Three", 3, "exact", "missing", "people", "the agency",
         attr_alt=["Hungary's disaster management agency"]),
       C("eight", 8, "exact", "injured", "injured in a critical condition",
         "a spokesman for the national ambulance service"),
       C("Some 390", 390, "about", "displaced", "residents evacuated", "the government"),
       C("at least 200", 200, "at_least", "infrastructure", "homes no longer fit to live in",
         "the government"),
       C("three", 3, "exact", "other", "counties under a state of emergency", optional=True,
         ctx="three counties", attr_alt=["the government"])]),

    P("d78_007",
      "DRAGUIGNAN, France, June 17, 2010 (AFP) - Flash floods in the Var region of southeastern "
      "France have killed at least 22 people and 12 others are missing, the interior ministry "
      "said on Thursday, after the heaviest rains in the area since records began in 1827. Up to "
      "400 millimetres of rain fell on Tuesday afternoon and evening, the weather service "
      "Meteo-France said, turning streets in Draguignan into torrents. About 2,000 firefighters, "
      "soldiers and police were deployed overnight, and helicopters winched some 1,500 people "
      "from rooftops and cars, the prefecture said. More than 1,000 people spent the night in "
      "gymnasiums and schools. The town's prison was flooded and its 430 inmates were "
      "transferred to jails in Toulon and Grasse, the justice ministry said.",
      [C("at least 22", 22, "at_least", "killed", "people in the Var floods",
         "the interior ministry"),
       C("12", 12, "exact", "missing", "people", "the interior ministry"),
       C("About 2,000", 2000, "about", "troops", "firefighters, soldiers and police deployed",
         "the prefecture", cat_alt=["other"]),
       C("some 1,500", 1500, "about", "other", "people winched from rooftops and cars",
         "the prefecture"),
       C("More than 1,000", 1000, "more_than", "displaced",
         "people who spent the night in shelters", "the prefecture", attr_alt=[None]),
       C("430", 430, "exact", "detained", "inmates transferred", "the justice ministry")],
      published="2010-06-17"),

    P("d78_008",
      "Brétigny train crash: toll rises to seven as investigators examine loose rail joint\n"
      "Last updated: 13/07/2013\n"
      "The toll from Friday's derailment at Brétigny-sur-Orge, south of Paris, rose to seven on "
      "Saturday after a body was found under one of the overturned carriages, the Essonne "
      "prefecture said, adding that nine of the 32 seriously injured were in a critical "
      "condition. The Intercités train 3657, carrying 385 passengers from Paris to Limoges, came "
      "off the rails at 5:14 p.m. as it passed through the station at 137 km/h, according to "
      "national rail operator SNCF. SNCF said a steel fishplate joining two rails had worked "
      "loose. Transport Minister Frédéric Cuvillier said 192 people had been treated at the "
      "scene, most for cuts and shock.",
      [C("seven", 7, "exact", "killed", "people in the derailment (headline)", ctx="to seven as"),
       C("seven", 7, "exact", "killed", "people in the derailment", "the Essonne prefecture",
         ctx="seven on"),
       C("nine", 9, "exact", "injured", "people in a critical condition",
         "the Essonne prefecture"),
       C("32", 32, "exact", "injured", "people seriously injured", "the Essonne prefecture"),
       C("385", 385, "exact", "other", "passengers on board", "national rail operator SNCF"),
       C("192", 192, "exact", "injured", "people treated at the scene",
         "Transport Minister Frédéric Cuvillier")],
      published="2013-07-13"),

    P("d78_009",
      "PUISSEGUIN, France (AFP) - Forty-three people, most of them pensioners on a day trip, "
      "were killed when their coach collided with a lorry and burst into flames near this "
      "village in the Bordeaux wine region on Friday, officials said, in France's deadliest road "
      "accident since 1982. The coach was carrying 49 people, and only eight, among them its "
      "driver, managed to get out before the fire engulfed it, according to the Gironde "
      "prefecture. Interior ministry spokesman Pierre-Henry Brandet said four of the survivors "
      "were seriously hurt. The lorry driver and his three-year-old son were among the dead. More "
      "than 60 firefighters fought the blaze, which left the two vehicles a heap of twisted "
      "metal.",
      [C("Forty-three", 43, "exact", "killed", "people in the coach crash", "officials"),
       C("49", 49, "exact", "other", "people on the coach", "the Gironde prefecture"),
       C("eight", 8, "exact", "other", "survivors who got out", "the Gironde prefecture"),
       C("four", 4, "exact", "injured", "survivors seriously hurt",
         "Interior ministry spokesman Pierre-Henry Brandet"),
       C("More than 60", 60, "more_than", "troops", "firefighters", cat_alt=["other"]),
       C("two", 2, "exact", "other", "vehicles burned", optional=True, ctx="two vehicles",
         cat_alt=["infrastructure"])]),

    P("d78_010",
      "MILAN, Jan 25 (Reuters) - Three women were killed and about 100 people were injured when a "
      "packed commuter train derailed on the outskirts of Milan during the morning rush hour on "
      "Thursday, police said. Five of the injured were in a serious condition, the Lombardy "
      "emergency service AREU said. The Trenord train, carrying some 350 commuters from Cremona "
      "to Milan's Porta Garibaldi station, came off the tracks near Pioltello shortly before 7 "
      "a.m. The dead women were aged 39, 51 and 61. Investigators were examining a 23-cm section "
      "of rail that had broken away, prosecutors said, and no one has been placed under "
      "investigation so far.",
      [C("Three", 3, "exact", "killed", "women", "police"),
       C("about 100", 100, "about", "injured", "people", "police"),
       C("Five", 5, "exact", "injured", "injured in a serious condition",
         "the Lombardy emergency service AREU"),
       C("some 350", 350, "about", "other", "commuters on board",
         attr_alt=["the Lombardy emergency service AREU"])]),
    # --- Asia ---------------------------------------------------------------------------------
    P("d78_011",
      "ERZURUM (AA) - The death toll from Sunday's earthquake in eastern Turkey rose to 1,155 on "
      "Monday, the government's crisis centre in Ankara said, as rescue teams reached mountain "
      "hamlets cut off by landslides. About 500 people were injured, and more than 50 villages "
      "in the Horasan, Narman and Pasinler districts were flattened, the centre said. Officials "
      "estimated that 25,000 to 30,000 people had lost their homes. The quake, "
      "with a magnitude of 6.9, struck at 7:12 a.m., when many villagers were still at home. The "
      "Turkish Red Crescent said it had sent 4,000 tents and 10,000 blankets to the area, where "
      "night temperatures were expected to fall to minus 10 degrees Celsius. Survivors in the "
      "village of Kigi said nobody had come to help them for the first 24 hours.",
      [C("1,155", 1155, "exact", "killed", "people in the earthquake",
         "the government's crisis centre in Ankara"),
       C("About 500", 500, "about", "injured", "people", "the centre",
         attr_alt=["the government's crisis centre in Ankara"]),
       C("more than 50", 50, "more_than", "infrastructure", "villages flattened", "the centre",
         attr_alt=["the government's crisis centre in Ankara"], cat_alt=["other"]),
       C("25,000 to 30,000", 25000, "range", "displaced", "people who lost their homes",
         "Officials", high=30000),
       C("4,000", 4000, "exact", "aid", "tents sent", "The Turkish Red Crescent"),
       C("10,000", 10000, "exact", "aid", "blankets sent", "The Turkish Red Crescent")]),

    P("d78_012",
      "TOKYO, Aug. 13 (Kyodo) -- Rescuers on Tuesday found four survivors, among them a "
      "12-year-old girl, in the wreckage of the Japan Air Lines jumbo jet that crashed into a "
      "mountain ridge in Gunma Prefecture on Monday evening with 524 people aboard, police said. "
      "The Boeing 747SR, JAL flight 123 from Haneda to Osaka, was carrying 509 passengers and 15 "
      "crew members, the airline said. About 1,000 Ground Self-Defense Force troops, police "
      "officers and firefighters reached the crash site on the slopes of Mount Osutaka only some "
      "14 hours after the crash, hampered by steep terrain and thick forest. Gunma prefectural "
      "police said they had recovered 27 bodies by Tuesday evening and that there was little "
      "hope of finding anyone else alive. JAL President Yasumoto Takagi apologized to the "
      "families at Haneda airport.",
      [C("four", 4, "exact", "other", "survivors found", "police"),
       C("524", 524, "exact", "other", "people aboard", "police"),
       C("509", 509, "exact", "other", "passengers", "the airline"),
       C("15", 15, "exact", "other", "crew members", "the airline"),
       C("About 1,000", 1000, "about", "troops",
         "Self-Defense Force troops, police and firefighters at the site"),
       C("27", 27, "exact", "killed", "bodies recovered", "Gunma prefectural police")]),

    P("d78_013",
      "KATHMANDU, Aug 22 (AFP) - The toll from Sunday's pre-dawn earthquake along the "
      "Nepal-India border rose to 650 on Monday, Nepal's home ministry said, adding that more "
      "than 6,000 people had been injured and some 64,000 houses damaged or destroyed, most of "
      "them in the eastern district of Udaypur. In India's Bihar state, officials put the death "
      "toll at 277. The quake, measuring 6.6, struck at 4:39 a.m. when most people were asleep "
      "in mud-and-brick homes. Army helicopters dropped food to villages cut off by landslides, "
      "and India sent 25 tonnes of rice and 2,000 tents, a Nepalese official said. Thousands of "
      "people slept in the open for a second night, fearing aftershocks.",
      [C("650", 650, "exact", "killed", "people in Nepal", "Nepal's home ministry"),
       C("more than 6,000", 6000, "more_than", "injured", "people in Nepal",
         "Nepal's home ministry"),
       C("some 64,000", 64000, "about", "infrastructure", "houses damaged or destroyed",
         "Nepal's home ministry"),
       C("277", 277, "exact", "killed", "people in Bihar", "officials"),
       C("25", 25, "exact", "aid", "rice sent by India", "a Nepalese official"),
       C("2,000", 2000, "exact", "aid", "tents sent by India", "a Nepalese official"),
       C("Thousands", 1000, "vague", "displaced", "people sleeping in the open",
         cat_alt=["other"])]),

    P("d78_014",
      "RIYADH, Saudi Arabia (AP) — King Fahd said Tuesday that 1,426 pilgrims had died in a "
      "stampede in a pedestrian tunnel near Mecca, calling the disaster \"God's will, which is "
      "above everything.\" Witnesses said about 5,000 people were inside the 550-meter tunnel, "
      "which links Mecca to the tent city at Mina, when a railing on a footbridge at its entrance "
      "gave way and the crowd surged forward in heat of 112 degrees. Indonesia's religious "
      "affairs ministry said more than 600 of the dead were Indonesians. A Saudi health official "
      "said fewer than 100 injured pilgrims were still in hospital. Others came from "
      "Malaysia, Pakistan and Turkey. Some 2 million Muslims are taking part in this year's "
      "hajj, the pilgrimage every able-bodied Muslim must make at least once.",
      [C("1,426", 1426, "exact", "killed", "pilgrims in the tunnel", "King Fahd"),
       C("about 5,000", 5000, "about", "other", "people inside the tunnel", "Witnesses"),
       C("more than 600", 600, "more_than", "killed", "Indonesian pilgrims",
         "Indonesia's religious affairs ministry"),
       C("fewer than 100", 100, "fewer_than", "injured", "injured pilgrims still in hospital",
         "A Saudi health official"),
       C("Some 2 million", 2_000_000, "about", "other", "Muslims on the hajj")]),

    P("d78_015",
      "JAKARTA, Dec 14 (Reuters) - The death toll from Saturday's earthquake and tidal waves on "
      "the eastern Indonesian island of Flores has risen to more than 1,500, officials said on "
      "Monday. In Maumere, the island's main town, about 80 percent of the buildings were "
      "destroyed, the officials said. Waves up to 25 metres high swept over the small island of "
      "Babi, where more than 200 of about 1,000 inhabitants were feared dead, according to the "
      "social affairs ministry, which said 18,000 homes had been destroyed across the region and "
      "some 90,000 people were homeless. The government has sent 100 tonnes of rice and medical "
      "teams by ship from Surabaya. The quake measured 7.5 on the Richter scale.",
      [C("more than 1,500", 1500, "more_than", "killed", "people on Flores", "officials"),
       C("about 80 percent", 80, "about", "infrastructure", "share of Maumere's buildings destroyed",
         "the officials", optional=True, attr_alt=["officials"]),
       C("more than 200", 200, "more_than", "killed", "Babi islanders feared dead",
         "the social affairs ministry", cat_alt=["missing"]),
       C("about 1,000", 1000, "about", "population", "inhabitants of Babi",
         "the social affairs ministry", attr_alt=[None]),
       C("18,000", 18000, "exact", "infrastructure", "homes destroyed",
         "the social affairs ministry"),
       C("some 90,000", 90000, "about", "displaced", "people homeless",
         "the social affairs ministry"),
       C("100", 100, "exact", "aid", "rice sent", attr_alt=["The government"])]),
    P("d78_016",
      "TEHRAN, March 1 (IRNA) -- The death toll from Friday's earthquake in the northwestern "
      "province of Ardabil has reached 965, the Interior Ministry's disaster headquarters said "
      "on Saturday, with between 2,500 and 3,000 people injured. As many as 36,000 people have "
      "been left homeless in the snow-covered villages around Ardabil city, the headquarters "
      "added. \"We have distributed 15,000 tents and 40,000 blankets so far, and more are on "
      "the way,\" a Red Crescent official in Ardabil, Hossein Rezaei, told IRNA. The quake, which "
      "measured 6.1, was followed by an aftershock of 4.5 on Saturday morning that sent "
      "residents running into the streets. Seventeen countries have offered help, the Foreign "
      "Ministry said.",
      [C("965", 965, "exact", "killed", "people in the Ardabil earthquake",
         "the Interior Ministry's disaster headquarters"),
       C("between 2,500 and 3,000", 2500, "range", "injured", "people", high=3000,
         attribution="the Interior Ministry's disaster headquarters"),
       C("As many as 36,000", 36000, "at_most", "displaced", "people left homeless",
         "the headquarters", attr_alt=["the Interior Ministry's disaster headquarters"]),
       C("15,000", 15000, "exact", "aid", "tents distributed", "Hossein Rezaei"),
       C("40,000", 40000, "exact", "aid", "blankets distributed", "Hossein Rezaei"),
       C("Seventeen", 17, "exact", "other", "countries offering help", "the Foreign Ministry",
         optional=True)]),

    P("d78_017",
      "GWADAR, Feb 11: The toll in the Shadi Kaur dam disaster near Pasni rose to 70 on Friday as "
      "rescuers recovered 15 more bodies from the mud, officials said, while hundreds of people "
      "were still missing in the villages below the dam. \"Entire settlements have been washed "
      "away. Six villages simply do not exist any more,\" the Pasni tehsil nazim told Dawn. "
      "Navy and army helicopters evacuated some 1,200 people stranded on rooftops and high "
      "ground, a navy spokesman said. The earthen dam, built only two years ago, gave way after "
      "three days of torrential rain. Around 20,000 people in the Pasni area have been affected, "
      "according to the district administration.",
      [C("70", 70, "exact", "killed", "people in the dam disaster", "officials"),
       C("15", 15, "exact", "killed", "bodies recovered on Friday", "officials"),
       C("hundreds", 100, "vague", "missing", "people", "officials", attr_alt=[None]),
       C("Six", 6, "exact", "infrastructure", "villages washed away", "the Pasni tehsil nazim",
         cat_alt=["other"]),
       C("some 1,200", 1200, "about", "displaced", "people evacuated by helicopter",
         "a navy spokesman", cat_alt=["other"]),
       C("Around 20,000", 20000, "about", "other", "people affected",
         "the district administration", cat_alt=["population"])]),

    P("d78_018",
      "ZIBO, Shandong, April 28 (Xinhua) -- At least 70 people were killed and 416 injured when a "
      "passenger train from Beijing to Qingdao derailed and collided with another train in east "
      "China's Shandong Province early Monday, local authorities said. The T195 express jumped "
      "the tracks at 4:41 a.m. near Zibo and was struck by the 5034 train travelling from Yantai "
      "to Xuzhou, the Ministry of Railways said. Of the injured, some 70 were in a serious "
      "condition, a hospital official said. Four French nationals were among the injured, the "
      "French embassy in Beijing said. More than 1,000 rescuers, including soldiers of the "
      "People's Armed Police, were sent to the scene. The T195 had been running at 131 km per "
      "hour on a curve with a limit of 80 km per hour, according to preliminary findings.",
      [C("At least 70", 70, "at_least", "killed", "people in the train collision",
         "local authorities"),
       C("416", 416, "exact", "injured", "people", "local authorities"),
       C("some 70", 70, "about", "injured", "injured in a serious condition",
         "a hospital official"),
       C("Four", 4, "exact", "injured", "French nationals", "the French embassy in Beijing"),
       C("More than 1,000", 1000, "more_than", "troops", "rescuers sent to the scene",
         cat_alt=["other"])]),

    P("d78_019",
      "Jakarta | Fri, May 11 2012, 9:30 AM\n"
      "Search and rescue teams reached the wreckage of the Sukhoi Superjet 100 on the slopes of "
      "Mount Salak on Thursday but found no survivors among the 45 people on board, the National "
      "Search and Rescue Agency (Basarnas) said. \"We have found 12 bodies so far, and we will "
      "bring them down by helicopter when the weather allows,\" Basarnas operations director "
      "Sutrisno told reporters in Bogor. The Russian-made jet, on a demonstration flight for "
      "potential buyers, was carrying eight Russian crew members and technicians and 35 guests, "
      "most of them representatives of Indonesian airlines, according to the organizers. It "
      "disappeared from radar 21 minutes after taking off from Halim Perdanakusuma airport. "
      "Roughly 500 soldiers, police officers and volunteers took part in the search.",
      [C("45", 45, "exact", "killed", "people on board",
         "the National Search and Rescue Agency (Basarnas)", cat_alt=["other"]),
       C("12", 12, "exact", "killed", "bodies found", "Basarnas operations director Sutrisno"),
       C("eight", 8, "exact", "other", "Russian crew members and technicians on board",
         "the organizers"),
       C("35", 35, "exact", "other", "guests on board", "the organizers"),
       C("Roughly 500", 500, "about", "troops", "soldiers, police and volunteers searching",
         cat_alt=["other"])],
      published="2012-05-11"),

    P("d78_020",
      "Updated: February 11, 2013 02:14 IST\n"
      "ALLAHABAD: At least 36 people, including 26 women, were killed and 39 injured in a "
      "stampede at the Allahabad railway station on Sunday evening as huge crowds of pilgrims "
      "returning from the Maha Kumbh Mela tried to board trains, the Government Railway Police "
      "said. Witnesses said the crush began on the stairs of a footbridge leading to platform "
      "No. 6 after an announcement that a train had been moved to another platform. Railway "
      "Minister Pawan Kumar Bansal denied that a railing had given way. Doctors at the Swaroop "
      "Rani Nehru hospital said eight of the injured were in a critical condition. Officials of the mela "
      "administration estimated that over 30 million people took a holy dip at the Sangam on "
      "Mauni Amavasya, the most auspicious bathing day of the festival. The State government "
      "announced an ex gratia of Rs. 5 lakh to the families of the dead.",
      [C("At least 36", 36, "at_least", "killed", "people in the station stampede",
         "the Government Railway Police"),
       C("26", 26, "exact", "killed", "women", "the Government Railway Police"),
       C("39", 39, "exact", "injured", "people", "the Government Railway Police"),
       C("eight", 8, "exact", "injured", "injured in a critical condition",
         "Doctors at the Swaroop Rani Nehru hospital"),
       C("over 30 million", 30_000_000, "more_than", "other", "pilgrims who bathed",
         "Officials of the mela administration")],
      published="2013-02-11"),
    P("d78_021",
      "PATNA: Thirty-three people, most of them women and children, were killed in a stampede at "
      "the Gandhi Maidan on Friday evening as crowds streamed out after the Ravan Dahan ceremony, "
      "district magistrate Manish Verma said. Twenty-six others were admitted to the Patna "
      "Medical College and Hospital, where doctors said the condition of three was critical. "
      "Witnesses said the crush began near the southern gate after a rumour spread that an "
      "electric wire had snapped, and that fewer than 10 policemen were posted at the exit. Tens "
      "of thousands of people had gathered on the ground to watch the effigy burn. Chief "
      "minister Jitan Ram Manjhi announced Rs 3 lakh for the next of kin of each victim.",
      [C("Thirty-three", 33, "exact", "killed", "people in the stampede",
         "district magistrate Manish Verma"),
       C("Twenty-six", 26, "exact", "injured", "people admitted to hospital",
         "district magistrate Manish Verma", attr_alt=[None]),
       C("three", 3, "exact", "injured", "patients in a critical condition", "doctors"),
       C("fewer than 10", 10, "fewer_than", "troops", "policemen posted at the exit",
         "Witnesses", cat_alt=["other"]),
       C("Tens of thousands", 10000, "vague", "other", "people gathered on the ground")]),

    P("d78_022",
      "Published December 8, 2016\n"
      "HAVELIAN: All 47 people on board a Pakistan International Airlines plane were killed when "
      "it crashed into a hillside near Havelian in Abbottabad district on Wednesday afternoon, "
      "PIA chairman Muhammad Azam Saigol said. The ATR 42-500 turboprop, flight PK-661 from "
      "Chitral to Islamabad, was carrying 42 passengers and five crew members, among them "
      "evangelist and former pop singer Junaid Jamshed and Chitral's deputy commissioner. Three "
      "of the passengers were foreigners, the airline said. Rescue 1122 officials said 36 bodies "
      "had been shifted to the Ayub Medical Complex in Abbottabad, most of them burnt beyond "
      "recognition. Mr Saigol said one of the plane's two engines had developed a fault shortly "
      "before contact was lost.",
      [C("47", 47, "exact", "killed", "people on board", "PIA chairman Muhammad Azam Saigol"),
       C("42", 42, "exact", "other", "passengers", "PIA chairman Muhammad Azam Saigol",
         attr_alt=[None], cat_alt=["killed"]),
       C("five", 5, "exact", "other", "crew members", "PIA chairman Muhammad Azam Saigol",
         attr_alt=[None], cat_alt=["killed"]),
       C("Three", 3, "exact", "other", "foreign passengers", "the airline", optional=True,
         cat_alt=["killed"]),
       C("36", 36, "exact", "killed", "bodies shifted to hospital", "Rescue 1122 officials")],
      published="2016-12-08"),

    P("d78_023",
      "Updated: Aug 20, 2017 11:42 IST\n"
      "The death toll in the derailment of the Puri-Haridwar Kalinga Utkal Express at Khatauli "
      "in Uttar Pradesh's Muzaffarnagar district rose to 23 on Sunday, state principal secretary "
      "(home) Arvind Kumar said. \"As many as 97 passengers were injured, 26 of them seriously. "
      "The injured have been taken to hospitals in Khatauli, Muzaffarnagar and Meerut,\" Kumar "
      "told reporters. Fourteen coaches left the tracks at about 5:45 pm on Saturday, one of them "
      "ramming into a house beside the line. Railway officials said maintenance work had been "
      "going on at the spot without a speed restriction being imposed on the train. Four "
      "officials, including a divisional engineer, were suspended on Sunday evening.",
      [C("23", 23, "exact", "killed", "people in the derailment", "Arvind Kumar"),
       C("As many as 97", 97, "at_most", "injured", "passengers", "Arvind Kumar",
         attr_alt=["Kumar"]),
       C("26", 26, "exact", "injured", "passengers seriously injured", "Arvind Kumar",
         attr_alt=["Kumar"]),
       C("Fourteen", 14, "exact", "other", "coaches derailed", optional=True),
       C("Four", 4, "exact", "other", "officials suspended", optional=True,
         cat_alt=["detained"])],
      published="2017-08-20"),

    P("d78_024",
      "BEIJING, Nov 19 (Xinhua) -- Nineteen people, including eight children, were killed in a "
      "fire that swept through a two-storey apartment building in the southern Beijing district "
      "of Daxing on Saturday evening, the district government said Sunday. Eight others were "
      "injured, it said. Police have detained 18 people in connection with the fire, among them "
      "the building's owner and the manager of a cold-storage business in its basement, where "
      "the blaze started shortly after 6 p.m. The building was home to about 400 people, most of "
      "them migrant workers from other provinces, according to neighbours. Beijing has ordered a "
      "40-day campaign to inspect and clear unsafe buildings across the city.",
      [C("Nineteen", 19, "exact", "killed", "people in the Daxing fire",
         "the district government"),
       C("eight", 8, "exact", "killed", "children", "the district government"),
       C("Eight", 8, "exact", "injured", "people", "the district government",
         attr_alt=["it"]),
       C("18", 18, "exact", "detained", "people detained over the fire",
         attr_alt=["Police"]),
       C("about 400", 400, "about", "population", "residents of the building", "neighbours",
         cat_alt=["other"])]),

    P("d78_025",
      "CHONGQING, China (AFP) - Sixteen miners died after being trapped by carbon monoxide at a "
      "coal mine in southwestern China, local authorities said Monday, in the country's "
      "deadliest mining accident this year. The Chongqing emergency management bureau said 17 "
      "miners had been working underground at the Songzao mine on Sunday when a conveyor belt "
      "caught fire, and that only one had been brought out alive. More than 100 rescuers took "
      "part in the operation. Angry relatives briefly held two mine managers in an office at the "
      "pithead on Monday, demanding to see the bodies, a relative told AFP by telephone; police "
      "freed the pair after about three hours. China's mines are the world's deadliest, with "
      "hundreds of deaths a year, according to official data.",
      [C("Sixteen", 16, "exact", "killed", "miners", "local authorities"),
       C("17", 17, "exact", "other", "miners working underground",
         "The Chongqing emergency management bureau", cat_alt=["missing"]),
       C("one", 1, "exact", "other", "miner brought out alive",
         "The Chongqing emergency management bureau", ctx="only one had"),
       C("More than 100", 100, "more_than", "troops", "rescuers",
         "The Chongqing emergency management bureau", cat_alt=["other"], attr_alt=[None]),
       C("two", 2, "exact", "hostages", "mine managers held by relatives", "a relative",
         cat_alt=["detained"]),
       C("hundreds", 100, "vague", "killed", "mining deaths a year in China", "official data")]),
    P("d78_026",
      "Published 3:45 PM, July 28, 2019\n"
      "The death toll from the earthquakes that struck Itbayat town in Batanes on Saturday has "
      "risen to 9, while 64 others were injured, the National Disaster Risk Reduction and "
      "Management Council (NDRRMC) said on Sunday. The magnitude 5.4 quake hit at 4:16 am, "
      "followed by a magnitude 5.9 tremor three hours later and dozens of aftershocks. Nearly "
      "2,900 residents, almost all of the island's population of about 3,000, spent the night in "
      "tents and in the open, the provincial disaster office said, adding that at least 280 "
      "houses had been damaged. The Department of Social Welfare and Development (DSWD) said it "
      "had flown in 1,000 family food packs aboard a C-130 from Manila.",
      [C("9", 9, "exact", "killed", "people in the Itbayat earthquakes",
         "the National Disaster Risk Reduction and Management Council (NDRRMC)"),
       C("64", 64, "exact", "injured", "people",
         "the National Disaster Risk Reduction and Management Council (NDRRMC)"),
       C("dozens", 12, "vague", "other", "aftershocks", optional=True),
       C("Nearly 2,900", 2900, "about", "displaced", "residents sleeping in tents and outdoors",
         "the provincial disaster office", cat_alt=["other"]),
       C("about 3,000", 3000, "about", "population", "population of Itbayat",
         "the provincial disaster office", attr_alt=[None]),
       C("at least 280", 280, "at_least", "infrastructure", "houses damaged",
         "the provincial disaster office"),
       C("1,000", 1000, "exact", "aid", "family food packs flown in",
         "The Department of Social Welfare and Development (DSWD)")],
      published="2019-07-28"),

    P("d78_027",
      "MALAPPURAM, AUGUST 10, 2019 00:12 IST\n"
      "Rescue workers recovered 11 more bodies from the slush at Kavalappara near Nilambur on "
      "Friday, taking the toll in Thursday night's landslip to 13, while nearly 50 people were "
      "still believed to be buried under the debris, District Collector Jaffer Malik said. Around "
      "40 houses on the hillside were swept away when a portion of Muthappan Kunnu caved in, "
      "the Collector said. Army and National Disaster Response Force teams joined firefighters "
      "and local volunteers, but the search was called off at dusk as rain continued. Across the "
      "State, over 165,000 people have been moved to 1,318 relief camps, the Chief Minister's "
      "Office said on Friday night.",
      [C("11", 11, "exact", "killed", "bodies recovered on Friday",
         "District Collector Jaffer Malik"),
       C("13", 13, "exact", "killed", "people in the Kavalappara landslip",
         "District Collector Jaffer Malik"),
       C("nearly 50", 50, "about", "missing", "people believed buried",
         "District Collector Jaffer Malik"),
       C("Around 40", 40, "about", "infrastructure", "houses swept away", "the Collector",
         attr_alt=["District Collector Jaffer Malik"]),
       C("over 165,000", 165000, "more_than", "displaced", "people moved to relief camps",
         "the Chief Minister's Office"),
       C("1,318", 1318, "exact", "infrastructure", "relief camps",
         "the Chief Minister's Office", cat_alt=["other", "aid"])],
      published="2019-08-10"),

    P("d78_028",
      "RATNAGIRI, July 4 (PTI) Rescuers have recovered 18 bodies since the Tiware dam in Chiplun "
      "taluka breached late on Tuesday, while five villagers are still missing, district "
      "officials said on Thursday. Twelve houses in Bendwadi hamlet, home to about 25 families "
      "just below the dam, were "
      "washed away by the wall of water, a revenue official said. Two teams of the National "
      "Disaster Response Force are searching the banks of the swollen stream. Residents said "
      "they had complained about leaks in the dam, which was completed in 2000, for months. "
      "State Water Conservation Minister Tanaji Sawant drew criticism after blaming crabs for "
      "weakening the structure.",
      [C("18", 18, "exact", "killed", "bodies recovered", "district officials"),
       C("five", 5, "exact", "missing", "villagers", "district officials"),
       C("Twelve", 12, "exact", "infrastructure", "houses washed away", "a revenue official"),
       C("about 25", 25, "about", "population", "families living in Bendwadi",
         attr_alt=["a revenue official"], cat_alt=["other"]),
       C("Two", 2, "exact", "troops", "NDRF teams searching", optional=True,
         cat_alt=["other"])]),

    P("d78_029",
      "KINSHASA, Jan 9 (Reuters) - Red Cross workers pulled at least 250 bodies from the Simba "
      "Zikita market in Kinshasa after a Russian-built cargo plane failed to take off and "
      "ploughed into crowds of shoppers, a Red Cross official said on Tuesday. More than 500 "
      "people were injured, hospital officials said, many of them with severe burns. Local radio "
      "put the toll at up to 350. The Antonov-32, chartered by a local company, African Air, "
      "overshot the runway at Ndolo airport on Monday afternoon with a cargo of fuel drums. Its "
      "six Russian crew members survived and were arrested, a police spokesman said, adding that "
      "officers had protected them from an angry mob.",
      [C("at least 250", 250, "at_least", "killed", "bodies pulled from the market",
         "a Red Cross official"),
       C("More than 500", 500, "more_than", "injured", "people", "hospital officials"),
       C("up to 350", 350, "at_most", "killed", "people in the crash", "Local radio"),
       C("six", 6, "exact", "detained", "Russian crew members arrested",
         "a police spokesman")]),

    P("d78_030",
      "CAIRO, Egypt (AP) — Fire tore through seven carriages of a packed train south of Cairo "
      "early Wednesday, killing at least 373 people, many of them families heading home for the "
      "Eid al-Adha holiday, Health Minister Ismail Sallam said. Another 65 were injured, he said. "
      "Survivors said the train, which was carrying more than 3,000 passengers, kept moving for "
      "several miles with its cars ablaze, and that some people jumped to their deaths; some "
      "put the number of dead at close to 1,000. Investigators believe the fire started when a "
      "gas cooking stove exploded in the fifth car. It was the worst rail disaster in Egypt's "
      "150-year railway history.",
      [C("seven", 7, "exact", "other", "carriages burned", optional=True,
         cat_alt=["infrastructure"]),
       C("at least 373", 373, "at_least", "killed", "people in the train fire",
         "Health Minister Ismail Sallam"),
       C("65", 65, "exact", "injured", "people", "Health Minister Ismail Sallam",
         attr_alt=["he"]),
       C("more than 3,000", 3000, "more_than", "other", "passengers on the train",
         attr_alt=["Survivors"]),
       C("close to 1,000", 1000, "about", "killed", "people (survivors' estimate)",
         "Survivors")]),
    P("d78_031",
      "MAPUTO, March 23, 2007 (Lusa) - The death toll from Thursday's explosions at the Malhazine "
      "army munitions depot on the outskirts of Maputo has risen to 93, Health Minister Paulo "
      "Ivo Garrido said on Friday, with more than 300 people injured. Rockets and artillery "
      "shells rained down on the surrounding neighbourhoods for several hours, and at least 500 "
      "homes were damaged or destroyed, according to the Maputo municipal council. Army sappers "
      "had by Friday afternoon collected more than 2,000 unexploded shells and rockets, the "
      "Defence Ministry said, blaming the blasts on the heat and on ageing Soviet-era "
      "stockpiles. The Mozambique Red Cross said hundreds of children had been separated from "
      "their parents in the panic. Some 4,000 people spent the night at the national stadium.",
      [C("93", 93, "exact", "killed", "people in the depot explosions",
         "Health Minister Paulo Ivo Garrido"),
       C("more than 300", 300, "more_than", "injured", "people",
         "Health Minister Paulo Ivo Garrido"),
       C("at least 500", 500, "at_least", "infrastructure", "homes damaged or destroyed",
         "the Maputo municipal council"),
       C("more than 2,000", 2000, "more_than", "munitions", "unexploded shells and rockets "
         "collected", "the Defence Ministry", cat_alt=["other"]),
       C("hundreds", 100, "vague", "missing", "children separated from their parents",
         "The Mozambique Red Cross", cat_alt=["other"]),
       C("Some 4,000", 4000, "about", "displaced", "people sheltering at the stadium",
         cat_alt=["other"], attr_alt=["The Mozambique Red Cross"])],
      published="2007-03-23"),

    P("d78_032",
      "By NATION Correspondent\n"
      "Published on May 7, 2007\n"
      "The wreckage of Kenya Airways flight KQ507 was found on Sunday in a mangrove swamp about "
      "5.5 kilometres from Douala airport, and Cameroonian officials said there were no "
      "survivors among the 114 people on board. The Boeing 737-800, which left Douala shortly "
      "after midnight on Saturday bound for Nairobi, was carrying 105 passengers from 26 "
      "countries and nine crew members, Kenya Airways chief executive Titus Naikuni said in "
      "Nairobi. A Cameroonian official had earlier told state radio that about 50 people had "
      "survived, a report that was later withdrawn. More than 200 soldiers and rescue workers "
      "waded through waist-deep water to reach the site, which had not been found for 40 hours.",
      [C("114", 114, "exact", "killed", "people on board", "Cameroonian officials",
         cat_alt=["other"]),
       C("105", 105, "exact", "other", "passengers", "Kenya Airways chief executive Titus Naikuni"),
       C("26", 26, "exact", "other", "countries of the passengers",
         "Kenya Airways chief executive Titus Naikuni", optional=True),
       C("nine", 9, "exact", "other", "crew members",
         "Kenya Airways chief executive Titus Naikuni"),
       C("about 50", 50, "about", "other", "survivors (withdrawn report)",
         "A Cameroonian official"),
       C("More than 200", 200, "more_than", "troops", "soldiers and rescue workers",
         cat_alt=["other"])],
      published="2007-05-07"),

    P("d78_033",
      "ABIDJAN, March 30 (AFP) - Nineteen people were killed and more than 130 injured in a "
      "stampede at Abidjan's Felix Houphouet-Boigny stadium before Ivory Coast's World Cup "
      "qualifier against Malawi on Sunday, the government said in a statement read on state "
      "television. A wall collapsed as thousands of fans without tickets tried to force their "
      "way into the ground, and police fired tear gas, witnesses said. The match went ahead, "
      "and the Elephants won 5-0, with Didier Drogba scoring twice. Organisers said some 50,000 "
      "spectators were inside the stadium, well over its capacity of 35,000. Police said they "
      "had detained about 30 people carrying forged tickets. FIFA president Sepp "
      "Blatter sent his condolences and called for an inquiry.",
      [C("Nineteen", 19, "exact", "killed", "people in the stadium stampede", "the government"),
       C("more than 130", 130, "more_than", "injured", "people", "the government"),
       C("thousands", 1000, "vague", "other", "fans without tickets", "witnesses"),
       C("some 50,000", 50000, "about", "other", "spectators inside the stadium", "Organisers"),
       C("35,000", 35000, "exact", "other", "stadium capacity", "Organisers", optional=True),
       C("about 30", 30, "about", "detained", "people with forged tickets", "Police")]),

    P("d78_034",
      "By Standard Reporter | Updated Thu, October 11th 2018 at 00:00 GMT +3\n"
      "Fifty-five people, among them 11 children, died when a bus travelling from Nairobi to "
      "Kakamega veered off the road and rolled down an embankment at Fort Ternan in Kericho "
      "County in the early hours of Wednesday, police said. Rift Valley regional police "
      "commander Edward Mwamburi said the bus was carrying 66 people although it was licensed "
      "to carry 62. The 11 survivors, all of them badly hurt, were taken to Kericho and Muhoroni "
      "hospitals. Interior Cabinet Secretary Fred Matiang'i said the operator did not have a "
      "licence to run night services, and the National Transport and Safety Authority "
      "suspended it on Wednesday afternoon. It was the worst road crash in Kenya in years.",
      [C("Fifty-five", 55, "exact", "killed", "people in the bus crash", "police"),
       C("11", 11, "exact", "killed", "children", "police", ctx="11 children"),
       C("66", 66, "exact", "other", "people on the bus",
         "Rift Valley regional police commander Edward Mwamburi"),
       C("62", 62, "exact", "other", "licensed capacity of the bus",
         "Rift Valley regional police commander Edward Mwamburi", optional=True),
       C("11", 11, "exact", "injured", "survivors badly hurt", ctx="11 survivors",
         cat_alt=["other"],
         attr_alt=["Rift Valley regional police commander Edward Mwamburi"])],
      published="2018-10-11"),

    # --- The Americas -------------------------------------------------------------------------
    P("d78_035",
      "QUITO, Ecuador (AP) — At least 300 people were killed and 4,000 are missing after two "
      "earthquakes Thursday night set off mudslides in the jungle province of Napo, Civil "
      "Defense officials said Saturday. The quakes, which measured 6.1 and 6.9, also broke the "
      "Trans-Ecuadorean oil pipeline in several places, cutting off exports that earn the "
      "country about 60 percent of its foreign income. \"It will take at least five months to "
      "repair the line,\" Energy Minister Javier Espinosa said. Army helicopters ferried food "
      "to some 15,000 people cut off in villages along the Coca and Aguarico rivers, an army "
      "spokesman said. The Red Cross estimated that between 10,000 and 20,000 people had been "
      "left homeless. Damage has been estimated at $1 billion.",
      [C("At least 300", 300, "at_least", "killed", "people in the earthquakes",
         "Civil Defense officials"),
       C("4,000", 4000, "exact", "missing", "people", "Civil Defense officials"),
       C("two", 2, "exact", "other", "earthquakes", optional=True),
       C("some 15,000", 15000, "about", "other", "people cut off in villages",
         "an army spokesman", cat_alt=["population", "aid"]),
       C("between 10,000 and 20,000", 10000, "range", "displaced", "people left homeless",
         "The Red Cross", high=20000)]),
    P("d78_036",
      "Agência Brasil - 18/07/2007 - 10h42\n"
      "SÃO PAULO - All 187 people on board the TAM Airbus A320 that overshot the runway at "
      "Congonhas airport on Tuesday evening were killed, the airline said on Wednesday. The plane, "
      "flight JJ 3054 from Porto Alegre, was carrying 181 passengers and six crew members when it "
      "skidded across a busy avenue and slammed into a TAM Express cargo building, bursting into "
      "flames. The São Paulo fire department said at least 12 people on the ground had also died "
      "and that about a dozen more had been taken to hospital. Firefighters had recovered 154 "
      "bodies by Wednesday morning. Pilots had complained for months that the newly resurfaced "
      "runway, which is only 1,940 metres long, was slippery in the rain.",
      [C("187", 187, "exact", "killed", "people on board", "the airline"),
       C("181", 181, "exact", "other", "passengers", "the airline", attr_alt=[None],
         cat_alt=["killed"]),
       C("six", 6, "exact", "other", "crew members", "the airline", attr_alt=[None],
         cat_alt=["killed"]),
       C("at least 12", 12, "at_least", "killed", "people on the ground",
         "The São Paulo fire department"),
       C("about a dozen", 12, "about", "injured", "people on the ground taken to hospital",
         "The São Paulo fire department"),
       C("154", 154, "exact", "killed", "bodies recovered", "The São Paulo fire department",
         attr_alt=[None])],
      published="2007-07-18"),

    P("d78_037",
      "SAN CRISTÓBAL VERAPAZ, Guatemala (AP) — Soldiers reached the mountain village of Quejá on "
      "Friday, a day after a hillside collapsed on it in rains from Hurricane Eta, and President "
      "Alejandro Giammattei said about 100 people were feared dead under the mud. \"We estimate "
      "that around 150 homes were buried,\" Giammattei said. Guatemala's disaster agency, "
      "Conred, had confirmed 19 deaths elsewhere in the country and said 3,900 people were in "
      "shelters. Eta made landfall in Nicaragua on Tuesday as a Category 4 hurricane with winds "
      "of 140 mph before weakening to a tropical depression. In neighboring Honduras, officials "
      "said at least 1.4 million people had been affected by flooding.",
      [C("about 100", 100, "about", "killed", "people feared dead in Quejá",
         "President Alejandro Giammattei", cat_alt=["missing"]),
       C("around 150", 150, "about", "infrastructure", "homes buried", "Giammattei",
         attr_alt=["President Alejandro Giammattei"]),
       C("19", 19, "exact", "killed", "deaths elsewhere in Guatemala", "Conred",
         attr_alt=["Guatemala's disaster agency"]),
       C("3,900", 3900, "exact", "displaced", "people in shelters", "Conred",
         attr_alt=["Guatemala's disaster agency"]),
       C("at least 1.4 million", 1_400_000, "at_least", "other",
         "people affected in Honduras", "officials", cat_alt=["population"])]),

    # --- Oceania ------------------------------------------------------------------------------
    P("d78_038",
      "Date: August 1, 1997\n"
      "Rescuers pulled ski instructor Stuart Diver alive from the rubble of the Carinya lodge at "
      "Thredbo yesterday, 65 hours after a landslide swept two lodges down the hillside. Police "
      "said 18 people were believed to have been in Carinya and Bimbadeen when the slope gave "
      "way shortly before midnight on Wednesday, and that the bodies of three had been "
      "recovered. Mr Diver's wife, Sally, was among the dead, his family said. About 200 "
      "police, firefighters, ambulance officers and volunteers have been working in shifts, "
      "often on their hands and knees, for fear of starting another slide. The NSW coroner will "
      "hold an inquiry.",
      [C("two", 2, "exact", "infrastructure", "lodges swept away", optional=True,
         cat_alt=["other"]),
       C("18", 18, "exact", "other", "people believed to be in the lodges", "Police",
         cat_alt=["killed", "missing"]),
       C("three", 3, "exact", "killed", "bodies recovered", "Police"),
       C("About 200", 200, "about", "troops", "rescuers working in shifts",
         cat_alt=["other"])],
      published="1997-08-01"),

    P("d78_039",
      "Updated at 5:22 pm on 14 December 2012\n"
      "The death toll in Samoa from Cyclone Evan has risen to four, and 10 people are still "
      "missing, Samoa's Disaster Management Office says. More than 4,700 people are sheltering "
      "in 28 evacuation centres around Apia, where the Vaisigano River burst its banks on "
      "Thursday, the office says. The Red Cross says hundreds of homes have been damaged or "
      "destroyed and that water supplies in the capital have been cut. Among the missing are "
      "crew from several fishing boats. The New Zealand government has pledged $50,000 and an "
      "Air Force Hercules with relief supplies. Evan, now a category four storm with gusts of up "
      "to 230 km/h, is heading towards Fiji.",
      [C("four", 4, "exact", "killed", "people in Samoa",
         "Samoa's Disaster Management Office", ctx="to four,"),
       C("10", 10, "exact", "missing", "people", "Samoa's Disaster Management Office"),
       C("More than 4,700", 4700, "more_than", "displaced", "people in evacuation centres",
         "the office", attr_alt=["Samoa's Disaster Management Office"]),
       C("28", 28, "exact", "infrastructure", "evacuation centres", "the office",
         attr_alt=["Samoa's Disaster Management Office"], cat_alt=["other", "aid"]),
       C("hundreds", 100, "vague", "infrastructure", "homes damaged or destroyed",
         "The Red Cross")],
      published="2012-12-14"),

    # --- Only non-claims ----------------------------------------------------------------------
    P("d78_040",
      "TURIN (ANSA) - Turin Mayor Chiara Appendino was handed an 18-month suspended sentence on "
      "Wednesday over the panic in Piazza San Carlo in June 2017, when a crowd watching the "
      "Champions League final on giant screens stampeded after a gang sprayed pepper spray to "
      "rob fans. Prosecutors had asked for a sentence of one year and eight months. Appendino, "
      "36, said she would appeal, insisting that the city had followed the security plan "
      "agreed with the prefecture. Juventus lost the final 4-1 to Real Madrid in Cardiff. The "
      "judge took more than five hours to reach the verdict, which was read out shortly after "
      "7 p.m.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 78)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d78_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=None if "--partial" in sys.argv else 40)
