"""Source of the forty-fourth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, date lines and list lines) on disasters
and emergencies from 1985 to 2025, written for this set (none copied from an article) in the
style of wire copy (AP, Reuters, AFP, EFE, ANSA, Xinhua, Kyodo, PTI), local television station
web pages (a Pittsburgh and a Bay Area station, a Philippine and a Kenyan broadcaster, a South
African news site, an Indian news channel), government disaster agencies (FEMA, BNPB, Basarnas,
the NDRRMC, Nigeria's NCDC), IOM, WHO and OCHA updates with bullet-like sentences, and live
blogs. Events: migrant shipwrecks, mine and factory disasters, dam bursts, stampedes, heatwaves,
cholera and Ebola outbreaks, landslides, ferry sinkings, building collapses, wildfires, volcanic
eruptions and a famine. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of
``tests/devset2`` to ``tests/devset42`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset44/build_devset44.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER_SETS = ("devset", *(f"devset{n}" for n in range(2, 44)), "holdout", "holdout2",
                "holdout3")

OUESLATI = "ministry spokesman Belhassen Oueslati"
UNHCR_KHOMS = "the U.N. refugee agency UNHCR"
OIKONOMOU = "Government spokesman Giannis Oikonomou"
LIU = "Liu Dezheng"
TULEYEV = "Regional governor Aman Tuleyev"
SCHWEIKER = "Gov. Mark Schweiker"
BFP = "the Bureau of Fire Protection (BFP)"
GATCHALIAN = "Valenzuela Mayor Rex Gatchalian"
CHAVALIT = "Interior Minister Chavalit Yongchaiyudh"
TANGSEL = "the South Tangerang health office"
DUKWANA = "Free State Cogta MEC Mxolisi Dukwana"
NTSAY = "Prime Minister Christian Ntsay"
SONI = "Divisional Commissioner Kiran Soni Gupta"
MAHIWAL = "District Magistrate Rahul Ranjan Mahiwal"
GN_MOH = "the Ministry of Health of Guinea"
HEYMANN = "Dr. David Heymann"
KOSHE_SP = "a city spokeswoman"
INACIF = "the National Institute of Forensic Sciences (Inacif)"
CONRED = "The disaster coordinating agency Conred"
DE_LEON = "Conred spokesman David de León"
HIRO = "the city government"
CEBU_PPO = "the Cebu Provincial Police Office"
SULPICIO = "Sulpicio Lines"
CIRIMWAMI = "North Kivu governor Peter Cirimwami"
QN_PC = "The Quang Ninh provincial People's Committee"
LUPI = "Infrastructure Minister Maurizio Lupi"
SYAFII = "Basarnas head Mohammad Syafii"
TARABEUX = "prosecutor Xavier Tarabeux"
NDOC = "the National Disaster Operations Centre"
MASAI = "Centre head Pius Masai"
BREDELL = "Western Cape local government MEC Anton Bredell"
BEZUIDENHOUDT = "Knysna municipality spokesperson Christopher Bezuidenhoudt"
GIORDANO = "Sonoma County Sheriff Rob Giordano"
BELDJOUD = "Interior Minister Kamel Beldjoud"
USAF = "The U.S. Air Force"
SUTOPO = "Disaster agency spokesman Sutopo Purwo Nugroho"
NDMO = "the National Disaster Management Office (NDMO)"
JANSSON = "the U.N. relief coordinator, Kurt Jansson"
RRC = "The government's Relief and Rehabilitation Commission"

PASSAGES: list[Passage] = [
    # --- migrant shipwrecks -------------------------------------------------------------------
    P("d44_001",
      "TUNIS, June 4, 2018 (AFP) - The bodies of 48 migrants have been pulled from the sea off "
      "Tunisia's Kerkennah islands since a fishing boat packed with would-be emigrants sank "
      "late on Saturday, the defence ministry said on Monday. Navy divers and coastguard units "
      "rescued 68 people, most of them Tunisians, and were still searching for dozens of "
      "others, ministry spokesman Belhassen Oueslati told AFP. Survivors said some 180 people "
      "had crowded onto the vessel, a 13-metre boat with room for 75. The youngest of the dead "
      "identified so far was a boy of 14. Police have arrested four men suspected of organising "
      "the crossing, the interior ministry said.",
      [C("48", 48, "exact", "killed", "migrants' bodies recovered off Kerkennah",
         "the defence ministry"),
       C("68", 68, "exact", "other", "people rescued", OUESLATI,
         attr_alt=["the defence ministry"]),
       C("dozens", 12, "vague", "missing", "migrants still searched for", OUESLATI,
         attr_alt=["the defence ministry"]),
       C("some 180", 180, "about", "other", "people on board", "Survivors"),
       C("75", 75, "exact", "other", "boat capacity", "Survivors", optional=True),
       C("four", 4, "exact", "detained", "suspected organisers arrested",
         "the interior ministry", attr_alt=["Police"])],
      published="2018-06-04"),

    P("d44_002",
      "IOM Situation Update: Migrant boat found adrift off Cabo Verde\n"
      "Praia / Dakar, 17 August 2023 –\n"
      "• A fishing pirogue that left Fass Boye, Senegal, on 10 July was found adrift on 14 "
      "August about 280 kilometres off the island of Sal.\n"
      "• 38 people were rescued alive, four of them children aged 12 to 16; 7 bodies were "
      "recovered from the boat.\n"
      "• According to survivors, 101 people had boarded the pirogue; 56 remain missing and are "
      "presumed dead.\n"
      "• 12 survivors were hospitalised in Espargos with dehydration and burns; the others are "
      "sheltered in a school supported by IOM.\n"
      "• IOM has delivered 180 hygiene kits and is providing psychosocial support.\n"
      "• At least 7,213 migrants have reached the Canary Islands by the Atlantic route since "
      "January, according to Spain's Interior Ministry.",
      [C("38", 38, "exact", "other", "people rescued alive", None, attr_alt=["IOM"]),
       C("four", 4, "exact", "other", "children among the rescued", None, attr_alt=["IOM"]),
       C("7", 7, "exact", "killed", "bodies recovered from the pirogue", None,
         attr_alt=["IOM"]),
       C("101", 101, "exact", "other", "people on board", "survivors"),
       C("56", 56, "exact", "killed", "people missing, presumed dead", "survivors",
         cat_alt=["missing"]),
       C("12", 12, "exact", "injured", "survivors hospitalised", None, attr_alt=["IOM"],
         cat_alt=["other"], ctx="12 survivors"),
       C("180", 180, "exact", "aid", "hygiene kits delivered", None, attr_alt=["IOM"]),
       C("At least 7,213", 7213, "at_least", "displaced",
         "migrants reaching the Canary Islands", "Spain's Interior Ministry",
         cat_alt=["other"])],
      published="2023-08-17"),

    P("d44_003",
      "TRIPOLI, July 25 (Reuters) - As many as 150 migrants are feared to have drowned after "
      "two boats capsized off the Libyan town of Khoms on Thursday, the U.N. refugee agency "
      "UNHCR said, calling it the worst Mediterranean tragedy this year. Local fishermen and "
      "the Libyan coast guard brought 145 people back to shore, the International Organization "
      "for Migration said. Only 62 bodies had been recovered by late Friday, coast guard "
      "spokesman Ayoub Qassem told Reuters. Survivors told aid workers that about 300 people "
      "had been on board, including 40 Eritreans who had been held for ransom for months by "
      "traffickers in Bani Walid. Those brought ashore were taken to the Tajoura detention "
      "centre, which still holds some 600 migrants although an air strike killed at least 53 "
      "there earlier this month.",
      [C("As many as 150", 150, "at_most", "killed", "migrants feared drowned", UNHCR_KHOMS,
         cat_alt=["missing"]),
       C("two", 2, "exact", "other", "boats that capsized", UNHCR_KHOMS, optional=True),
       C("145", 145, "exact", "other", "people brought back to shore",
         "the International Organization for Migration", cat_alt=["displaced"]),
       C("62", 62, "exact", "killed", "bodies recovered", "Ayoub Qassem",
         attr_alt=["coast guard spokesman Ayoub Qassem"]),
       C("about 300", 300, "about", "other", "people on board", "Survivors"),
       C("40", 40, "exact", "hostages", "Eritreans held for ransom by traffickers",
         "Survivors", cat_alt=["other"]),
       C("some 600", 600, "about", "detained", "migrants held at Tajoura"),
       C("at least 53", 53, "at_least", "killed", "migrants killed in the Tajoura air strike")]),

    P("d44_004",
      "ATHENS, Greece (AP) — Residents of the Greek island of Kythira hauled survivors up a "
      "sheer cliff with ropes early Thursday after a sailboat carrying migrants smashed into "
      "rocks near the port of Diakofti in gale-force winds. The coast guard said 80 people had "
      "been rescued and the bodies of at least eight recovered from the water by afternoon, "
      "while divers were searching for up to 10 more. Hours earlier a dinghy sank off the "
      "island of Lesbos, where 16 young women drowned; the coast guard said about 10 others "
      "were missing there. Government spokesman Giannis Oikonomou said two suspected "
      "smugglers, both Turkish citizens, had been arrested on Kythira. Two navy helicopters "
      "and more than 30 firefighters and volunteers joined the search.",
      [C("80", 80, "exact", "other", "migrants rescued at Kythira", "The coast guard"),
       C("at least eight", 8, "at_least", "killed", "bodies recovered at Kythira",
         "The coast guard"),
       C("up to 10", 10, "at_most", "missing", "migrants searched for at Kythira",
         "The coast guard"),
       C("16", 16, "exact", "killed", "women drowned off Lesbos", None,
         attr_alt=["the coast guard"]),
       C("about 10", 10, "about", "missing", "migrants missing off Lesbos", "the coast guard"),
       C("two", 2, "exact", "detained", "suspected smugglers arrested", OIKONOMOU,
         ctx="two suspected"),
       C("Two", 2, "exact", "other", "navy helicopters in the search", optional=True,
         cat_alt=["troops"]),
       C("more than 30", 30, "more_than", "troops", "firefighters and volunteers searching",
         cat_alt=["other"])]),

    # --- mines ----------------------------------------------------------------------------------
    P("d44_005",
      "XIANGNING, Shanxi, April 5 (Xinhua) -- Rescuers on Monday brought 114 miners out alive "
      "from the flooded Wangjialing coal mine in north China's Shanxi Province, more than a "
      "week after water burst into the shafts, the rescue headquarters said. Another 39 workers "
      "remain trapped underground, and the bodies of two have been found, said Liu Dezheng, "
      "spokesman for the headquarters. Of the 261 workers who were in the pit when the "
      "accident happened on March 28, 108 escaped on their own. The survivors, many of whom had "
      "strapped themselves to the walls with their belts, are being treated at hospitals in "
      "Xiangning and Hejin, where doctors said 11 were in critical condition. More than 3,000 "
      "rescuers have been pumping water from the mine around the clock.",
      [C("114", 114, "exact", "other", "miners rescued alive", "the rescue headquarters"),
       C("39", 39, "exact", "other", "workers still trapped", LIU, cat_alt=["missing"]),
       C("two", 2, "exact", "killed", "bodies found", LIU),
       C("261", 261, "exact", "other", "workers in the pit at the time", LIU,
         attr_alt=[None]),
       C("108", 108, "exact", "other", "workers who escaped", LIU, attr_alt=[None]),
       C("11", 11, "exact", "injured", "survivors in critical condition", "doctors"),
       C("More than 3,000", 3000, "more_than", "troops", "rescuers pumping water",
         cat_alt=["other"])]),

    P("d44_006",
      "MOSCOW, March 20, 2007 (Reuters) - The death toll from a methane explosion at the "
      "Ulyanovskaya coal mine in Siberia rose to 106 on Tuesday, making it Russia's worst "
      "mining accident in more than a decade, the Emergencies Ministry said. Rescuers were "
      "still searching for four miners, and 93 people had been brought to the surface alive, "
      "the ministry said in a statement. The mine's director told Itar-Tass that 203 miners "
      "had been underground when the blast ripped through a shaft 270 metres deep. Regional "
      "governor Aman Tuleyev declared three days of mourning in the Kemerovo region and "
      "promised 1 million roubles to each victim's family. About 25 of the survivors are in "
      "hospital, most with burns and carbon monoxide poisoning, Tuleyev said.",
      [C("106", 106, "exact", "killed", "miners killed at Ulyanovskaya",
         "the Emergencies Ministry"),
       C("four", 4, "exact", "missing", "miners searched for", "the ministry",
         attr_alt=["the Emergencies Ministry"]),
       C("93", 93, "exact", "other", "people brought up alive", "the ministry",
         attr_alt=["the Emergencies Ministry"]),
       C("203", 203, "exact", "other", "miners underground at the time",
         "The mine's director"),
       C("About 25", 25, "about", "injured", "survivors in hospital", "Tuleyev",
         attr_alt=[TULEYEV])],
      published="2007-03-20"),

    P("d44_007",
      "WTAE-TV Channel 4 Pittsburgh\n"
      "All 9 Miners Pulled Alive From Quecreek Mine\n"
      "POSTED: 6:14 a.m. EDT July 28, 2002\n"
      "SOMERSET, Pa. -- All nine coal miners trapped for more than three days in a flooded "
      "western Pennsylvania mine were pulled out alive early Sunday, one at a time, through a "
      "30-inch-wide rescue shaft. The last man reached the surface shortly before 2:45 a.m., "
      "about 77 hours after the crew broke into an abandoned, water-filled mine next door. Gov. "
      "Mark Schweiker said all nine were taken to hospitals and that two had been flown by "
      "helicopter to Pittsburgh with chest pains and hypothermia. Nine other miners escaped on "
      "Wednesday night when the water rushed in, he said. Roughly 150 rescuers worked at the "
      "site, and crews pumped more than 50 million gallons of water out of the mine, state "
      "officials said.",
      [C("9", 9, "exact", "other", "miners pulled out alive (headline)"),
       C("nine", 9, "exact", "other", "miners pulled out alive", ctx="nine coal miners"),
       C("nine", 9, "exact", "injured", "rescued miners taken to hospital", SCHWEIKER,
         cat_alt=["other"], ctx="nine were taken"),
       C("two", 2, "exact", "injured", "miners flown to Pittsburgh", SCHWEIKER,
         cat_alt=["other"], ctx="two had been flown"),
       C("Nine", 9, "exact", "other", "miners who escaped", SCHWEIKER, attr_alt=["he"]),
       C("Roughly 150", 150, "about", "troops", "rescuers at the site", "state officials",
         cat_alt=["other"])],
      published="2002-07-28"),

    # --- factories --------------------------------------------------------------------------------
    P("d44_008",
      "BEIJING (AP) — A fire that trapped workers inside a poultry slaughterhouse in "
      "northeastern China killed at least 119 people on Monday, state media said, in one of "
      "the country's deadliest industrial disasters in years. About 300 employees were at work "
      "in the Jilin Baoyuanfeng Poultry Co. plant in Dehui city when the blaze broke out, "
      "apparently after a series of ammonia explosions, the official Xinhua News Agency "
      "reported. Survivors said most of the plant's doors were locked during shifts. Sixty "
      "injured workers were being treated at hospitals, 12 of them in serious condition, "
      "Xinhua said. Police have detained three people, including the plant's owner, the Jilin "
      "provincial government said Tuesday.",
      [C("at least 119", 119, "at_least", "killed", "people in the Dehui plant fire",
         "state media"),
       C("About 300", 300, "about", "other", "employees at work in the plant",
         "the official Xinhua News Agency", cat_alt=["population"]),
       C("Sixty", 60, "exact", "injured", "injured workers in hospital", "Xinhua"),
       C("12", 12, "exact", "injured", "workers in serious condition", "Xinhua"),
       C("three", 3, "exact", "detained", "people detained over the fire",
         "the Jilin provincial government", attr_alt=["Police"])]),

    P("d44_009",
      "Valenzuela factory fire death toll climbs to 72\n"
      "Published May 14, 2015 6:25pm\n"
      "The number of people killed in Wednesday's fire at the Kentex Manufacturing Corp. "
      "slipper factory in Valenzuela City has risen to 72, the Bureau of Fire Protection (BFP) "
      "said Thursday. Most of the bodies were found on the second floor, where workers were "
      "trapped behind windows covered with steel grilles, BFP spokesperson Renato Marcial said. "
      "Valenzuela Mayor Rex Gatchalian said 69 of the factory's roughly 200 workers were still "
      "unaccounted for as of Thursday afternoon, although some may have escaped and gone home. "
      "The fire started when sparks from welding work ignited chemicals near the entrance of "
      "the two-storey building. Only three bodies have so far been identified, according to "
      "the Philippine National Police.",
      [C("72", 72, "exact", "killed", "people killed in the factory fire (headline)",
         ctx="climbs to 72"),
       C("72", 72, "exact", "killed", "people killed in the factory fire", BFP,
         ctx="risen to 72"),
       C("69", 69, "exact", "missing", "workers unaccounted for", GATCHALIAN),
       C("roughly 200", 200, "about", "population", "workers at the factory", GATCHALIAN,
         cat_alt=["other"]),
       C("three", 3, "exact", "killed", "bodies identified",
         "the Philippine National Police", optional=True, cat_alt=["other"])],
      published="2015-05-14"),

    P("d44_010",
      "Thai toy factory fire kills 187\n"
      "Tuesday, May 11, 1993\n"
      "BANGKOK, Thailand (AP) _ Rescue workers pulled more bodies Tuesday from the charred "
      "ruins of a toy factory on the outskirts of Bangkok, raising the death toll from the fire "
      "to 187, most of them young women who were trapped when the buildings collapsed. Police "
      "said 469 people were injured, many of them after jumping from the third and fourth "
      "floors. The Kader Industrial Co. plant in Nakhon Pathom province, which made stuffed "
      "toys for export, employed about 3,000 people, according to the labor ministry. Interior "
      "Minister Chavalit Yongchaiyudh said three of the factory's four buildings had collapsed "
      "and ordered safety inspections of factories nationwide.",
      [C("187", 187, "exact", "killed", "people killed in the toy factory fire (headline)",
         ctx="kills 187"),
       C("187", 187, "exact", "killed", "people killed in the toy factory fire", None,
         attr_alt=["Police"], ctx="to 187"),
       C("469", 469, "exact", "injured", "people injured", "Police"),
       C("about 3,000", 3000, "about", "population", "factory employees",
         "the labor ministry", cat_alt=["other"]),
       C("three", 3, "exact", "infrastructure", "factory buildings collapsed", CHAVALIT),
       C("four", 4, "exact", "infrastructure", "factory buildings", CHAVALIT, optional=True,
         ctx="four buildings")],
      published="1993-05-11"),

    # --- dams ---------------------------------------------------------------------------------------
    P("d44_011",
      "Release Date: May 23, 2020\n"
      "President Trump Approves Emergency Declaration for Michigan\n"
      "WASHINGTON -- FEMA announced today that federal emergency aid has been made available "
      "to the state of Michigan to supplement state, tribal and local response efforts due to "
      "the emergency conditions resulting from dam breaches and flooding beginning on May 19, "
      "2020. State officials estimate that approximately 11,000 residents were evacuated after "
      "the Edenville and Sanford dams failed in Midland County. The American Red Cross said "
      "fewer than 200 people spent Thursday night in its five shelters in Midland and Gladwin "
      "counties. The state has reported no deaths. FEMA has deployed a 12-member Incident "
      "Management Assistance Team to the State Emergency Operations Center and has moved 20,000 liters of water and 8,000 meals to a "
      "staging area near Saginaw. Emergency protective measures will be provided at 75 percent "
      "federal funding.",
      [C("approximately 11,000", 11000, "about", "displaced", "residents evacuated",
         "State officials"),
       C("fewer than 200", 200, "fewer_than", "displaced", "people in Red Cross shelters",
         "The American Red Cross"),
       C("five", 5, "exact", "infrastructure", "Red Cross shelters", "The American Red Cross",
         cat_alt=["other", "aid"]),
       C("12", 12, "exact", "other", "FEMA assistance team members", None, attr_alt=["FEMA"],
         cat_alt=["troops"]),
       C("20,000", 20000, "exact", "aid", "liters of water moved", None, attr_alt=["FEMA"]),
       C("8,000", 8000, "exact", "aid", "meals moved", None, attr_alt=["FEMA"])],
      published="2020-05-23"),

    P("d44_012",
      "BNPB Press Release\n"
      "Jakarta, 29 March 2009\n"
      "Handling of the Situ Gintung embankment collapse, Cirendeu, South Tangerang\n"
      "Until Sunday at 12.00 WIB, the number of victims who died as a result of the collapse of "
      "the Situ Gintung embankment reached 98 people, while 102 people are still being searched "
      "for. A total of 179 people were injured, according to the South Tangerang health office, "
      "of whom 37 are still being treated in hospital. The number of refugees is recorded at "
      "612 people, housed in two posts at the Muhammadiyah University campus. Damaged houses "
      "total 314 units. The search involves about 1,200 personnel from the TNI, Polri, "
      "Basarnas, PMI and volunteers. BNPB has distributed 500 packages of ready-to-eat food and "
      "200 blankets.",
      [C("98", 98, "exact", "killed", "people killed by the dam collapse", None,
         attr_alt=["BNPB"]),
       C("102", 102, "exact", "missing", "people still searched for", None,
         attr_alt=["BNPB"]),
       C("179", 179, "exact", "injured", "people injured", TANGSEL),
       C("37", 37, "exact", "injured", "people still in hospital", TANGSEL,
         attr_alt=[None]),
       C("612", 612, "exact", "displaced", "refugees", None, attr_alt=["BNPB"]),
       C("two", 2, "exact", "infrastructure", "refugee posts", None, attr_alt=["BNPB"],
         cat_alt=["other", "aid"]),
       C("314", 314, "exact", "infrastructure", "houses damaged", None, attr_alt=["BNPB"]),
       C("about 1,200", 1200, "about", "troops", "search personnel", None,
         attr_alt=["BNPB"], cat_alt=["other"]),
       C("500", 500, "exact", "aid", "packages of ready-to-eat food", None,
         attr_alt=["BNPB"]),
       C("200", 200, "exact", "aid", "blankets distributed", None, attr_alt=["BNPB"])],
      published="2009-03-29"),

    P("d44_013",
      "LIVE UPDATES: Jagersfontein tailings dam collapse\n"
      "10:05 — Free State police say one person has died after a mine tailings dam burst in "
      "Jagersfontein this morning, sending a wall of sludge through the town.\n"
      "10:40 — Free State Cogta MEC Mxolisi Dukwana says at least 40 people have been taken to "
      "hospital, some with serious injuries. Four people are still unaccounted for, he says.\n"
      "11:20 — Mangaung metro has sent 12 fire and rescue vehicles, and the SANDF is deploying "
      "a helicopter.\n"
      "12:15 — Dukwana: \"We have counted 164 houses that have been affected, and about 20 of "
      "them were completely washed away.\"\n"
      "13:00 — Gift of the Givers says its teams are on the way with 3,000 food parcels.",
      [C("one", 1, "exact", "killed", "person killed", "Free State police"),
       C("at least 40", 40, "at_least", "injured", "people taken to hospital", DUKWANA),
       C("Four", 4, "exact", "missing", "people unaccounted for", DUKWANA, attr_alt=["he"]),
       C("12", 12, "exact", "other", "fire and rescue vehicles sent", optional=True,
         cat_alt=["troops"], ctx="12 fire"),
       C("164", 164, "exact", "infrastructure", "houses affected", "Dukwana",
         attr_alt=[DUKWANA]),
       C("about 20", 20, "about", "infrastructure", "houses washed away", "Dukwana",
         attr_alt=[DUKWANA]),
       C("3,000", 3000, "exact", "aid", "food parcels", "Gift of the Givers")]),

    # --- stampedes ------------------------------------------------------------------------------------
    P("d44_014",
      "Rabat, Nov 19 (EFE).- At least 15 women were killed and five others injured on Sunday "
      "in a stampede during a food aid distribution in the rural commune of Sidi Boulaalam, in "
      "Morocco's Essaouira province, the interior ministry said. Hundreds of people had "
      "gathered at the weekly market since dawn to receive bags of flour, sugar and oil that a "
      "local charity hands out every year, the ministry said in a statement carried by the "
      "state news agency MAP. The injured were taken to hospital in Essaouira, and two of them "
      "were in critical condition, according to local authorities. Each parcel was worth about "
      "150 dirhams (some 13 euros). King Mohammed VI ordered that the victims' funerals and "
      "medical care be paid for.",
      [C("At least 15", 15, "at_least", "killed", "women killed in the stampede",
         "the interior ministry"),
       C("five", 5, "exact", "injured", "people injured", "the interior ministry"),
       C("Hundreds", 100, "vague", "other", "people gathered for aid", "the ministry",
         attr_alt=["the interior ministry"]),
       C("two", 2, "exact", "injured", "injured in critical condition", "local authorities")]),

    P("d44_015",
      "ANTANANARIVO, Aug 26, 2023 (AFP) - Thirteen people were killed and 107 injured in a "
      "crush at the entrance of Madagascar's main stadium on Friday evening before the opening "
      "ceremony of the Indian Ocean Island Games, Prime Minister Christian Ntsay said. Around "
      "50,000 people were trying to get into the Mahamasina stadium, which holds 41,000, when "
      "the crowd surged at one of the gates, a police officer at the scene said. Eleven of the "
      "injured were in serious condition, a health ministry official told AFP. President Andry "
      "Rajoelina opened the games after a minute's silence.",
      [C("Thirteen", 13, "exact", "killed", "people killed in the crush", NTSAY),
       C("107", 107, "exact", "injured", "people injured in the crush", NTSAY),
       C("Around 50,000", 50000, "about", "other", "people trying to enter the stadium",
         "a police officer at the scene"),
       C("41,000", 41000, "exact", "other", "stadium capacity",
         "a police officer at the scene", optional=True),
       C("Eleven", 11, "exact", "injured", "injured in serious condition",
         "a health ministry official")],
      published="2023-08-26"),

    P("d44_016",
      "Jodhpur, Sep 30 (PTI) At least 147 devotees were killed and over 55 injured in a "
      "stampede at the Chamunda Devi temple inside the Mehrangarh fort here this morning, on "
      "the first day of Navratri, police said. Around 25,000 devotees had queued on the narrow "
      "path to the hilltop temple since 4 am, according to the temple trust. Divisional "
      "Commissioner Kiran Soni Gupta said 12 bodies were yet to be identified. The army sent "
      "about 200 soldiers to help clear the path and carry the injured down to the Mahatma "
      "Gandhi hospital. Chief Minister Vasundhara Raje announced Rs 2 lakh for the next of kin "
      "of each victim.",
      [C("At least 147", 147, "at_least", "killed", "devotees killed in the stampede",
         "police"),
       C("over 55", 55, "more_than", "injured", "devotees injured", "police"),
       C("Around 25,000", 25000, "about", "other", "devotees queuing at the temple",
         "the temple trust"),
       C("12", 12, "exact", "killed", "bodies yet to be identified", SONI, optional=True,
         cat_alt=["other"]),
       C("about 200", 200, "about", "troops", "soldiers sent to the temple", None,
         attr_alt=["The army"])]),

    # --- heatwaves ------------------------------------------------------------------------------------
    P("d44_017",
      "ATHENS, Greece (AP) _ Morgue workers stacked bodies in refrigerated trucks and "
      "hospitals ran out of beds Tuesday as the death toll from Greece's worst heat wave in "
      "decades climbed past 900, the Health Ministry said. Hospitals in the capital have "
      "admitted more than 2,000 people with heatstroke and dehydration over the past week, a "
      "ministry spokesman said. Most of the victims were people over 70 who lived alone in "
      "apartments without air conditioning. Temperatures reached 45 degrees Celsius (113 "
      "Fahrenheit) in central Athens on Monday, the highest recorded there since July 1916. "
      "Officials said 400 bodies were awaiting burial because the city's cemeteries could not "
      "keep up, and the army set up five field hospitals in the suburbs.",
      [C("900", 900, "more_than", "killed", "heat wave deaths", "the Health Ministry"),
       C("more than 2,000", 2000, "more_than", "other", "people admitted with heatstroke",
         "a ministry spokesman", cat_alt=["injured"]),
       C("400", 400, "exact", "killed", "bodies awaiting burial", "Officials",
         cat_alt=["other"]),
       C("five", 5, "exact", "infrastructure", "field hospitals set up", "Officials",
         attr_alt=[None, "the army"], cat_alt=["other", "aid"])]),

    P("d44_018",
      "Bihar heatwave: Death toll rises to 78 in Aurangabad, Gaya, Nawada\n"
      "Updated: June 17, 2019 10:45 pm IST\n"
      "Patna: At least 78 people have died of heatstroke in Bihar's Aurangabad, Gaya and "
      "Nawada districts since Saturday, officials said on Monday, as temperatures stayed above "
      "45 degrees Celsius. Aurangabad alone accounted for 41 of the deaths, District Magistrate "
      "Rahul Ranjan Mahiwal said. The Gaya district administration has imposed Section 144, "
      "barring gatherings of more than four people and construction work between 11 am and 4 "
      "pm. \"At the Anugrah Narayan Magadh Medical College Hospital, 28 patients are still "
      "under treatment for heatstroke,\" its superintendent said.",
      [C("78", 78, "exact", "killed", "heatstroke deaths (headline)", ctx="rises to 78"),
       C("At least 78", 78, "at_least", "killed", "heatstroke deaths", "officials"),
       C("41", 41, "exact", "killed", "heatstroke deaths in Aurangabad", MAHIWAL),
       C("more than four", 4, "more_than", "other", "gathering-ban threshold", None,
         optional=True),
       C("28", 28, "exact", "other", "heatstroke patients under treatment",
         "its superintendent", cat_alt=["injured"])],
      published="2019-06-17"),

    # --- epidemics ------------------------------------------------------------------------------------
    P("d44_019",
      "Disease Outbreak News\n"
      "Ebola virus disease – Guinea\n"
      "17 February 2021\n"
      "On 14 February 2021, the Ministry of Health of Guinea declared an outbreak of Ebola "
      "virus disease in Gouéké sub-prefecture, N'Zérékoré prefecture. As of 16 February, the "
      "ministry has reported seven cases (three confirmed and four probable), including five "
      "deaths. The first cases attended the burial of a nurse who died in late January. A total "
      "of 192 contacts have been identified and are being followed up. WHO has shipped 11,000 "
      "doses of Ebola vaccine to Conakry, and vaccination of contacts and health workers is "
      "expected to start next week.",
      [C("seven", 7, "exact", "other", "Ebola cases", "the ministry", attr_alt=[GN_MOH]),
       C("three", 3, "exact", "other", "confirmed cases", "the ministry",
         attr_alt=[GN_MOH]),
       C("four", 4, "exact", "other", "probable cases", "the ministry", attr_alt=[GN_MOH]),
       C("five", 5, "exact", "killed", "Ebola deaths", "the ministry", attr_alt=[GN_MOH]),
       C("192", 192, "exact", "other", "contacts followed up", "the ministry",
         attr_alt=[None, GN_MOH]),
       C("11,000", 11000, "exact", "aid", "vaccine doses shipped", None, attr_alt=["WHO"])],
      published="2021-02-17"),

    P("d44_020",
      "Nigeria Centre for Disease Control (NCDC)\n"
      "Cholera Situation Report\n"
      "Epi-week 35: 30 August – 5 September 2021\n"
      "Key highlights\n"
      "• 3,221 new suspected cases and 58 deaths were reported from 15 states in week 35.\n"
      "• Cumulatively, 69,925 suspected cases, including 2,323 deaths (case fatality rate "
      "3.3%), have been reported from 30 states and the FCT since the beginning of 2021.\n"
      "• Bauchi (20,124), Kano (9,800), Zamfara (7,501) and Jigawa (6,891) account for 63% of "
      "all cumulative cases.\n"
      "• The national multi-sectoral Emergency Operations Centre has deployed 14 rapid response "
      "teams to the most affected states.\n"
      "• 1.4 million doses of oral cholera vaccine have been delivered to Bauchi and Zamfara.",
      [C("3,221", 3221, "exact", "other", "new suspected cholera cases", None,
         attr_alt=["NCDC"]),
       C("58", 58, "exact", "killed", "new cholera deaths", None, attr_alt=["NCDC"]),
       C("15", 15, "exact", "other", "states reporting cases", None, attr_alt=["NCDC"],
         optional=True),
       C("69,925", 69925, "exact", "other", "cumulative suspected cases", None,
         attr_alt=["NCDC"]),
       C("2,323", 2323, "exact", "killed", "cumulative cholera deaths", None,
         attr_alt=["NCDC"]),
       C("30", 30, "exact", "other", "states reporting cases since January", None,
         attr_alt=["NCDC"], optional=True, ctx="30 states"),
       C("20,124", 20124, "exact", "other", "cases in Bauchi", None, attr_alt=["NCDC"]),
       C("9,800", 9800, "exact", "other", "cases in Kano", None, attr_alt=["NCDC"]),
       C("7,501", 7501, "exact", "other", "cases in Zamfara", None, attr_alt=["NCDC"]),
       C("6,891", 6891, "exact", "other", "cases in Jigawa", None, attr_alt=["NCDC"]),
       C("63%", 63, "exact", "other", "share of cases in four states", None,
         attr_alt=["NCDC"], optional=True),
       C("14", 14, "exact", "other", "rapid response teams deployed", None,
         attr_alt=["NCDC"], cat_alt=["troops"]),
       C("1.4 million", 1_400_000, "exact", "aid", "cholera vaccine doses delivered", None,
         attr_alt=["NCDC"])]),

    P("d44_021",
      "KIKWIT, Zaire (AP) _ The Ebola virus has now killed 108 people in and around this city "
      "in southwestern Zaire, and 153 people have been infected, a World Health Organization "
      "official said Friday. Among the dead are at least 22 hospital workers, many of them "
      "nurses at Kikwit General Hospital who treated the first patients without gloves, said "
      "the official, Dr. David Heymann. Soldiers have set up roadblocks on the main road to "
      "Kinshasa, 250 miles to the west, to keep people from leaving Kikwit, a city of about "
      "400,000. Doctors Without Borders said it had flown in 8 tons of medical supplies, "
      "including protective suits and body bags. The virus kills up to 90 percent of those it "
      "infects.",
      [C("108", 108, "exact", "killed", "Ebola deaths in Kikwit",
         "a World Health Organization official"),
       C("153", 153, "exact", "other", "people infected",
         "a World Health Organization official"),
       C("at least 22", 22, "at_least", "killed", "hospital workers among the dead", HEYMANN,
         attr_alt=["the official"]),
       C("about 400,000", 400000, "about", "population", "residents of Kikwit"),
       C("8", 8, "exact", "aid", "tons of medical supplies flown in",
         "Doctors Without Borders")]),

    # --- landslides -----------------------------------------------------------------------------------
    P("d44_022",
      "ADDIS ABABA, March 13 (Reuters) - The death toll from a landslide at a rubbish dump on "
      "the outskirts of Ethiopia's capital has risen to 65, a city spokeswoman said on Monday, "
      "as rescuers dug through mounds of garbage in search of dozens more people. Most of the "
      "victims were women and children who lived in makeshift homes on the Koshe landfill, "
      "where hundreds of people scavenge for a living. \"We still have not found everyone,\" "
      "spokeswoman Dagmawit Moges told Reuters. Residents said as many as 150 people had been "
      "at the site when a section of the mountain of rubbish collapsed on Saturday night. Some "
      "37 people were rescued and taken to hospital, and the city administration said it was "
      "moving about 300 residents to other housing.",
      [C("65", 65, "exact", "killed", "people killed in the Koshe landslide", KOSHE_SP,
         attr_alt=["spokeswoman Dagmawit Moges"]),
       C("dozens", 12, "vague", "missing", "people searched for", KOSHE_SP,
         attr_alt=[None, "spokeswoman Dagmawit Moges"]),
       C("hundreds", 100, "vague", "population", "people scavenging at the landfill",
         cat_alt=["other"]),
       C("as many as 150", 150, "at_most", "other", "people at the site", "Residents",
         cat_alt=["missing"]),
       C("Some 37", 37, "about", "other", "people rescued and hospitalised", None,
         attr_alt=["the city administration"], cat_alt=["injured"]),
       C("about 300", 300, "about", "displaced", "residents being moved",
         "the city administration")]),

    P("d44_023",
      "Guatemala landslide toll rises to 161, hundreds missing\n"
      "Sunday, October 4, 2015\n"
      "Guatemala City, Oct 4 (EFE).- The death toll from the landslide that buried part of the "
      "El Cambray II neighborhood in Santa Catarina Pinula, on the outskirts of the Guatemalan "
      "capital, rose Sunday to 161, the National Institute of Forensic Sciences (Inacif) said. "
      "The disaster coordinating agency Conred put the number of missing at around 300, while "
      "27 people were rescued alive from the mud in the first hours. Some 1,800 rescuers, "
      "soldiers and volunteers are working at the site in shifts with heavy machinery and "
      "sniffer dogs, Conred spokesman David de León told EFE. Authorities have evacuated 90 "
      "families from homes considered at risk and opened two shelters, where about 450 people "
      "are staying.",
      [C("161", 161, "exact", "killed", "landslide deaths (headline)", ctx="rises to 161"),
       C("hundreds", 100, "vague", "missing", "people missing (headline)"),
       C("161", 161, "exact", "killed", "landslide deaths", INACIF, ctx="Sunday to 161"),
       C("around 300", 300, "about", "missing", "people missing", CONRED),
       C("27", 27, "exact", "other", "people rescued alive", CONRED, attr_alt=[None]),
       C("Some 1,800", 1800, "about", "troops", "rescuers, soldiers and volunteers", DE_LEON,
         cat_alt=["other"]),
       C("90", 90, "exact", "displaced", "families evacuated", None,
         attr_alt=["Authorities"]),
       C("two", 2, "exact", "infrastructure", "shelters opened", None,
         attr_alt=["Authorities"], cat_alt=["other", "aid"]),
       C("about 450", 450, "about", "displaced", "people in shelters", None,
         attr_alt=["Authorities"])],
      published="2015-10-04"),

    P("d44_024",
      "HIROSHIMA, Aug. 22 (Kyodo) -- The death toll from the landslides that struck "
      "residential areas of Hiroshima early Wednesday rose to 50 on Friday, with 38 people "
      "still unaccounted for, the city government said. About 3,500 police officers, "
      "firefighters and Self-Defense Forces personnel resumed the search in Asaminami and "
      "Asakita wards after heavy rain forced them to suspend operations for about three hours. "
      "The Hiroshima prefectural police said 45 of the bodies had been identified. More than "
      "1,900 residents remained at 17 evacuation centers, the city said, and an evacuation "
      "advisory covering about 160,000 people stayed in effect. Up to 217 millimeters of rain "
      "fell in three hours before dawn on Wednesday.",
      [C("50", 50, "exact", "killed", "landslide deaths in Hiroshima", HIRO),
       C("38", 38, "exact", "missing", "people unaccounted for", HIRO),
       C("About 3,500", 3500, "about", "troops", "police, firefighters and SDF searching",
         cat_alt=["other"]),
       C("45", 45, "exact", "killed", "bodies identified", "The Hiroshima prefectural police",
         optional=True, cat_alt=["other"]),
       C("More than 1,900", 1900, "more_than", "displaced", "residents in evacuation centers",
         "the city", attr_alt=[HIRO]),
       C("17", 17, "exact", "infrastructure", "evacuation centers", "the city",
         attr_alt=[HIRO], cat_alt=["other", "aid"]),
       C("about 160,000", 160000, "about", "displaced", "people under an evacuation advisory",
         "the city", attr_alt=[HIRO, None], cat_alt=["other", "population"])]),

    P("d44_025",
      "NDRRMC Update\n"
      "SitRep No. 09 re Landslide Incident in Brgy. Tinaan, Naga City, Cebu\n"
      "As of 26 September 2018, 6:00 AM\n"
      "I. CASUALTIES\n"
      "• Dead: 62 (validated by the Cebu Provincial Police Office)\n"
      "• Injured: 10\n"
      "• Missing: 21\n"
      "II. AFFECTED POPULATION\n"
      "• A total of 2,191 families or 8,654 persons were affected in Brgy. Tinaan and Brgy. "
      "Naalad; of these, 1,009 families or 3,998 persons are staying in 7 evacuation centers.\n"
      "III. RESPONSE\n"
      "• 412 personnel from the BFP, PNP, AFP, PCG and the Naga City DRRMO are conducting "
      "search, rescue and retrieval operations.\n"
      "• DSWD has provided 4,170 family food packs worth ₱1,529,400.00 to the affected "
      "families.",
      [C("62", 62, "exact", "killed", "landslide deaths", CEBU_PPO),
       C("10", 10, "exact", "injured", "people injured", None, attr_alt=["NDRRMC"]),
       C("21", 21, "exact", "missing", "people missing", None, attr_alt=["NDRRMC"]),
       C("2,191", 2191, "exact", "other", "families affected", None, attr_alt=["NDRRMC"],
         cat_alt=["population"]),
       C("8,654", 8654, "exact", "other", "persons affected", None, attr_alt=["NDRRMC"],
         cat_alt=["population"]),
       C("1,009", 1009, "exact", "displaced", "families in evacuation centers", None,
         attr_alt=["NDRRMC"]),
       C("3,998", 3998, "exact", "displaced", "persons in evacuation centers", None,
         attr_alt=["NDRRMC"]),
       C("7", 7, "exact", "infrastructure", "evacuation centers", None, attr_alt=["NDRRMC"],
         cat_alt=["other", "aid"]),
       C("412", 412, "exact", "troops", "search and rescue personnel", None,
         attr_alt=["NDRRMC"], cat_alt=["other"]),
       C("4,170", 4170, "exact", "aid", "family food packs provided", None,
         attr_alt=["DSWD", "NDRRMC"])],
      published="2018-09-26"),

    # --- ferries ----------------------------------------------------------------------------------------
    P("d44_026",
      "MANILA, Philippines (AP) _ An overloaded inter-island ferry collided with an oil tanker "
      "and sank in flames off Mindoro island, and officials said Monday that more than 1,500 "
      "people were believed to have died. The coast guard said only 26 survivors had been "
      "found, all of them from the ferry Dona Paz, and that the tanker Vector's 13 crew members "
      "were missing. Sulpicio Lines, which owns the Dona Paz, said the vessel's manifest listed "
      "1,493 passengers and 59 crew, but survivors said it had been carrying as many as 3,000 "
      "people because of the Christmas rush. Navy ships and fishing boats had recovered 21 "
      "bodies by nightfall.",
      [C("more than 1,500", 1500, "more_than", "killed", "people believed dead", "officials",
         cat_alt=["missing"]),
       C("26", 26, "exact", "other", "survivors found", "The coast guard"),
       C("13", 13, "exact", "missing", "tanker crew members missing", "The coast guard"),
       C("1,493", 1493, "exact", "other", "passengers on the manifest", SULPICIO,
         cat_alt=["killed"]),
       C("59", 59, "exact", "other", "crew on the manifest", SULPICIO, cat_alt=["killed"]),
       C("as many as 3,000", 3000, "at_most", "other", "people on board", "survivors",
         cat_alt=["killed"]),
       C("21", 21, "exact", "killed", "bodies recovered")]),

    P("d44_027",
      "GOMA, Oct 4 (Reuters) - At least 78 people drowned when an overloaded boat capsized on "
      "Lake Kivu on Thursday just metres from the port of Kituku in eastern Congo, North Kivu "
      "governor Peter Cirimwami said. The boat, the MV Merdi, had been carrying around 278 "
      "passengers from Minova, and 58 of them had been pulled alive from the water, he told "
      "reporters. Witnesses said they had seen dozens of bodies laid out on the shore. Many "
      "passengers were traders who travel by boat because M23 rebels have cut the roads around "
      "Minova, in a conflict that has forced more than 700,000 people from their homes in the "
      "province. Police have arrested two of the boat's owners, the governor's office said.",
      [C("At least 78", 78, "at_least", "killed", "people drowned", CIRIMWAMI),
       C("around 278", 278, "about", "other", "passengers on board", CIRIMWAMI,
         attr_alt=["he"]),
       C("58", 58, "exact", "other", "passengers pulled out alive", CIRIMWAMI,
         attr_alt=["he"]),
       C("dozens", 12, "vague", "killed", "bodies seen on the shore", "Witnesses"),
       C("more than 700,000", 700000, "more_than", "displaced",
         "people forced from their homes in North Kivu"),
       C("two", 2, "exact", "detained", "boat owners arrested", "the governor's office",
         attr_alt=["Police"])]),

    P("d44_028",
      "Live: Tourist boat capsizes in Ha Long Bay\n"
      "Last updated: 19/07/2025 21:40 (GMT+7)\n"
      "21:40 — The Quang Ninh provincial People's Committee says 34 bodies have been recovered "
      "and four people remain missing after the tourist boat Vinh Xanh 58 capsized in a sudden "
      "thunderstorm this afternoon.\n"
      "20:15 — Border guards say 10 people were rescued, among them a 10-year-old boy who was "
      "pulled from the overturned hull after four hours.\n"
      "18:50 — According to the boat's manifest, there were 48 passengers, most of them "
      "families from Hanoi, and five crew members on board.\n"
      "18:05 — More than 400 soldiers, border guards and police have been deployed to the "
      "scene along with 50 boats, Vietnam News Agency reports.\n"
      "16:30 — Tourist boat with dozens of people on board capsizes near Dau Go cave, "
      "provincial authorities say.",
      [C("34", 34, "exact", "killed", "bodies recovered", QN_PC),
       C("four", 4, "exact", "missing", "people missing", QN_PC, ctx="four people"),
       C("10", 10, "exact", "other", "people rescued", "Border guards",
         ctx="10 people were rescued"),
       C("48", 48, "exact", "other", "passengers on board", "the boat's manifest",
         cat_alt=["killed"]),
       C("five", 5, "exact", "other", "crew on board", "the boat's manifest"),
       C("More than 400", 400, "more_than", "troops",
         "soldiers, border guards and police deployed", "Vietnam News Agency"),
       C("50", 50, "exact", "other", "boats deployed", "Vietnam News Agency", optional=True,
         cat_alt=["troops"], ctx="50 boats"),
       C("dozens", 12, "vague", "other", "people on board", "provincial authorities")],
      published="2025-07-19"),

    P("d44_029",
      "Norman Atlantic: 427 saved, ferry fire toll rises to 10\n"
      "29 December 2014 17:05\n"
      "(ANSA) - Bari, December 29 - The last passengers were airlifted off the burning ferry "
      "Norman Atlantic in the Adriatic on Monday afternoon, ending a rescue operation that "
      "lasted more than 36 hours in gale-force winds. A total of 427 people were saved, "
      "Infrastructure Minister Maurizio Lupi told reporters, while the death toll rose to 10. "
      "Of those rescued, 234 were Greek and 54 Italian, Lupi said. The ship's Italian captain, "
      "Argilio Giacomazzi, was the last to leave. The Greek coast guard said at least 18 people "
      "who had been booked on the ferry were still unaccounted for.",
      [C("427", 427, "exact", "other", "people saved (headline)", ctx="427 saved"),
       C("10", 10, "exact", "killed", "ferry fire deaths (headline)", ctx="rises to 10"),
       C("427", 427, "exact", "other", "people saved", LUPI, ctx="427 people"),
       C("10", 10, "exact", "killed", "ferry fire deaths", LUPI, ctx="rose to 10"),
       C("234", 234, "exact", "other", "Greeks among the rescued", "Lupi",
         attr_alt=[LUPI]),
       C("54", 54, "exact", "other", "Italians among the rescued", "Lupi",
         attr_alt=[LUPI]),
       C("at least 18", 18, "at_least", "missing", "people unaccounted for",
         "The Greek coast guard")],
      published="2014-12-29"),

    P("d44_030",
      "MOSUL, Iraq (AFP) - An overcrowded ferry carrying families celebrating the Kurdish new "
      "year sank in the Tigris river near Mosul on Thursday, killing at least 94 people, most "
      "of them women and children, Iraqi officials said. The civil defence said 55 people had "
      "been rescued, while the local health directorate put the number of missing at around "
      "40. Interior ministry spokesman Saad Maan said the ferry had been carrying more than 200 "
      "people, four times its capacity, when it tipped over in the swollen river. Prime "
      "Minister Adel Abdel Mahdi declared three days of national mourning and ordered the "
      "arrest of nine employees of the company that ran the ferry.",
      [C("at least 94", 94, "at_least", "killed", "people killed in the ferry sinking",
         "Iraqi officials"),
       C("55", 55, "exact", "other", "people rescued", "The civil defence"),
       C("around 40", 40, "about", "missing", "people missing",
         "the local health directorate"),
       C("more than 200", 200, "more_than", "other", "people on board",
         "Interior ministry spokesman Saad Maan"),
       C("nine", 9, "exact", "detained", "ferry company employees ordered arrested", None,
         attr_alt=["Prime Minister Adel Abdel Mahdi"])]),

    # --- building collapses ---------------------------------------------------------------------------
    P("d44_031",
      "BASARNAS — Press Release\n"
      "Sidoarjo, Saturday (4/10/2025)\n"
      "The joint SAR team recovered 14 more bodies from the rubble of the Al Khoziny Islamic "
      "boarding school prayer hall in Buduran, Sidoarjo, bringing the number of victims found "
      "dead to 37, Basarnas head Mohammad Syafii said at the command post on Saturday. In "
      "total, 141 victims have been found since the building collapsed during afternoon "
      "prayers on Monday, 104 of them alive. \"There are still 26 students whose whereabouts "
      "are unknown,\" he said. A total of 453 personnel from Basarnas, the TNI, Polri, BPBD and "
      "volunteers, supported by 12 excavators, are working at the site in shifts. The students, "
      "aged 13 to 19, were praying on the ground floor of the four-storey building when it "
      "gave way.",
      [C("14", 14, "exact", "killed", "bodies recovered on Saturday", SYAFII),
       C("37", 37, "exact", "killed", "victims found dead", SYAFII),
       C("141", 141, "exact", "other", "victims found in total", SYAFII, attr_alt=[None]),
       C("104", 104, "exact", "other", "victims found alive", SYAFII, attr_alt=[None]),
       C("26", 26, "exact", "missing", "students unaccounted for", SYAFII,
         attr_alt=["he"]),
       C("453", 453, "exact", "troops", "search and rescue personnel", None,
         attr_alt=["BASARNAS"], cat_alt=["other"]),
       C("12", 12, "exact", "other", "excavators at the site", None, attr_alt=["BASARNAS"],
         optional=True)],
      published="2025-10-04"),

    P("d44_032",
      "MARSEILLE, France (AFP) - Rescuers on Saturday found the body of an eighth victim in "
      "the rubble of two dilapidated buildings that collapsed in central Marseille on Monday, "
      "and prosecutor Xavier Tarabeux said the search was over. The eight dead — five men and "
      "three women — included an Italian student and a mother whose son was waiting for her at "
      "school, Tarabeux said. One of the buildings on Rue d'Aubagne had been boarded up for "
      "years; the other was home to at least 12 tenants. City hall said more than 140 "
      "residents of neighbouring buildings had been evacuated as a precaution. Some 100 "
      "firefighters and rescuers worked through the week, clearing the debris by hand.",
      [C("two", 2, "exact", "infrastructure", "buildings collapsed", None,
         attr_alt=[TARABEUX]),
       C("eight", 8, "exact", "killed", "people killed in the collapse", TARABEUX,
         attr_alt=["Tarabeux"], ctx="eight dead"),
       C("five", 5, "exact", "killed", "men among the dead", "Tarabeux",
         attr_alt=[TARABEUX]),
       C("three", 3, "exact", "killed", "women among the dead", "Tarabeux",
         attr_alt=[TARABEUX]),
       C("at least 12", 12, "at_least", "population", "tenants of the building",
         cat_alt=["other"]),
       C("more than 140", 140, "more_than", "displaced", "residents evacuated", "City hall"),
       C("Some 100", 100, "about", "troops", "firefighters and rescuers",
         cat_alt=["other"])]),

    P("d44_033",
      "Huruma building collapse: Death toll rises to 23\n"
      "Published on: May 4, 2016 9:20 pm\n"
      "By Citizen Reporter\n"
      "The number of people who died in the collapse of a six-storey residential building in "
      "Nairobi's Huruma estate has risen to 23, the National Disaster Operations Centre has "
      "said. Speaking at the scene on Wednesday, Centre head Pius Masai said 138 people had "
      "been rescued from the rubble since Friday night, including a six-month-old baby pulled "
      "out alive after 80 hours. At least 70 people are still missing, according to the Kenya "
      "Red Cross, which has set up a tracing desk at the site. Nairobi Governor Evans Kidero "
      "said 58 buildings in the estate had been declared unsafe and their occupants given "
      "seven days to leave. Police have arrested three people, including the building's "
      "owner, Masai said.",
      [C("23", 23, "exact", "killed", "deaths in the collapse (headline)",
         ctx="rises to 23"),
       C("23", 23, "exact", "killed", "deaths in the collapse", NDOC, ctx="risen to 23"),
       C("138", 138, "exact", "other", "people rescued", MASAI),
       C("At least 70", 70, "at_least", "missing", "people missing", "the Kenya Red Cross"),
       C("58", 58, "exact", "infrastructure", "buildings declared unsafe",
         "Nairobi Governor Evans Kidero", cat_alt=["other"]),
       C("three", 3, "exact", "detained", "people arrested", "Masai",
         attr_alt=[MASAI, "Police"])],
      published="2016-05-04"),

    # --- wildfires ------------------------------------------------------------------------------------
    P("d44_034",
      "Knysna fires: Death toll rises to 7 as residents return to ruins\n"
      "2017-06-09 14:12\n"
      "Knysna – The number of people killed in the fires that tore through Knysna and "
      "Plettenberg Bay this week has risen to seven, Western Cape local government MEC Anton "
      "Bredell said on Friday. Bredell said an estimated 10,000 people had been evacuated from "
      "Knysna and that between 600 and 800 structures had been destroyed, as winds of up to 90 "
      "km/h drove the flames into town. Over 1,000 firefighters, soldiers and volunteers were "
      "still dousing hotspots, according to the provincial disaster management centre. Knysna "
      "municipality spokesperson Christopher Bezuidenhoudt said four shelters were housing some "
      "1,200 people and that the town had received more than 80 tonnes of donated food and "
      "water.",
      [C("7", 7, "exact", "killed", "people killed in the fires (headline)"),
       C("seven", 7, "exact", "killed", "people killed in the fires", BREDELL),
       C("an estimated 10,000", 10000, "about", "displaced", "people evacuated", "Bredell",
         attr_alt=[BREDELL]),
       C("between 600 and 800", 600, "range", "infrastructure", "structures destroyed",
         "Bredell", high=800, attr_alt=[BREDELL]),
       C("Over 1,000", 1000, "more_than", "troops", "firefighters, soldiers and volunteers",
         "the provincial disaster management centre", cat_alt=["other"]),
       C("four", 4, "exact", "infrastructure", "shelters", BEZUIDENHOUDT,
         cat_alt=["other", "aid"]),
       C("some 1,200", 1200, "about", "displaced", "people in shelters", BEZUIDENHOUDT),
       C("more than 80", 80, "more_than", "aid", "tonnes of donated food and water",
         BEZUIDENHOUDT)],
      published="2017-06-09"),

    P("d44_035",
      "KTVU FOX 2\n"
      "Tubbs Fire: 11 dead in Sonoma County, hundreds reported missing\n"
      "Posted Oct 10 2017 09:40PM PDT\n"
      "SANTA ROSA, Calif. (KTVU) - Sonoma County Sheriff Rob Giordano said Tuesday night that "
      "11 people have now been confirmed dead in the county, most of them in the Tubbs Fire, "
      "which has burned more than 27,000 acres. He said more than 600 people had been reported "
      "missing, and that about 200 of them had since been found safe. Cal Fire said between "
      "2,800 and 3,000 homes and businesses had been destroyed in Santa Rosa alone, including "
      "most of the Coffey Park neighborhood. About 20,000 people remain under evacuation orders "
      "across the county, Cal Fire said. Kaiser Permanente's Santa Rosa hospital moved more than "
      "130 patients to other facilities overnight.",
      [C("11", 11, "exact", "killed", "deaths in Sonoma County (headline)", ctx="11 dead"),
       C("hundreds", 100, "vague", "missing", "people reported missing (headline)"),
       C("11", 11, "exact", "killed", "deaths in Sonoma County", GIORDANO,
         ctx="11 people"),
       C("more than 27,000", 27000, "more_than", "other", "acres burned", None,
         optional=True, attr_alt=[GIORDANO]),
       C("more than 600", 600, "more_than", "missing", "people reported missing", GIORDANO,
         attr_alt=["He"]),
       C("about 200", 200, "about", "other", "missing people found safe", GIORDANO,
         attr_alt=["He"], cat_alt=["missing"]),
       C("between 2,800 and 3,000", 2800, "range", "infrastructure",
         "homes and businesses destroyed in Santa Rosa", "Cal Fire", high=3000),
       C("About 20,000", 20000, "about", "displaced", "people under evacuation orders",
         "Cal Fire"),
       C("more than 130", 130, "more_than", "displaced", "hospital patients moved", None,
         attr_alt=["Kaiser Permanente"], cat_alt=["other"])],
      published="2017-10-10"),

    P("d44_036",
      "ALGIERS (AFP) - Wildfires that swept through forests in northeastern Algeria near the "
      "Tunisian border have killed at least 37 people, including several children, Interior "
      "Minister Kamel Beldjoud said on Thursday. Beldjoud told state television that 26 of the "
      "victims had died in El Tarf province, where flames engulfed a wildlife park crowded with "
      "families escaping the heat. Health Minister Abdelhak Saihi said 183 people were being "
      "treated in hospital for burns and smoke inhalation. The civil protection service said "
      "39 fires were still burning across 14 provinces on Thursday evening and that more than "
      "350 families had been evacuated from villages near El Kala. Temperatures reached 48C in "
      "parts of the region earlier in the week.",
      [C("at least 37", 37, "at_least", "killed", "people killed by wildfires", BELDJOUD),
       C("26", 26, "exact", "killed", "people killed in El Tarf", "Beldjoud",
         attr_alt=[BELDJOUD]),
       C("183", 183, "exact", "injured", "people treated for burns and smoke inhalation",
         "Health Minister Abdelhak Saihi"),
       C("39", 39, "exact", "other", "fires burning", "The civil protection service"),
       C("14", 14, "exact", "other", "provinces with fires", "The civil protection service",
         optional=True),
       C("more than 350", 350, "more_than", "displaced", "families evacuated",
         "The civil protection service")]),

    # --- volcanoes ------------------------------------------------------------------------------------
    P("d44_037",
      "CLARK AIR BASE, Philippines (AP) _ Mount Pinatubo erupted again Saturday, blasting ash "
      "and rock more than 20 miles into the sky as a typhoon swept across central Luzon, and "
      "civil defense officials said at least 77 people had been killed, most of them crushed "
      "when roofs collapsed under the weight of wet ash. More than 200,000 people have fled "
      "the area around the volcano, which had been dormant for 600 years, the Office of Civil "
      "Defense said. The U.S. Air Force said about 15,000 servicemen and their dependents had "
      "been evacuated from Clark to Subic Bay Naval Station, where two aircraft carriers, the "
      "Abraham Lincoln and the Midway, were preparing to take them to Cebu. Fifteen F-4 "
      "warplanes had been flown to other bases before the first big explosions on Wednesday, "
      "the Air Force said. Only about 1,500 security personnel remained at the base.",
      [C("at least 77", 77, "at_least", "killed", "people killed by the eruption",
         "civil defense officials"),
       C("More than 200,000", 200000, "more_than", "displaced", "people who fled the volcano",
         "the Office of Civil Defense"),
       C("about 15,000", 15000, "about", "displaced",
         "servicemen and dependents evacuated from Clark", USAF, cat_alt=["troops"]),
       C("two", 2, "exact", "munitions", "aircraft carriers at Subic Bay", USAF,
         attr_alt=[None]),
       C("Fifteen", 15, "exact", "munitions", "F-4 warplanes flown out", "the Air Force",
         attr_alt=[USAF]),
       C("about 1,500", 1500, "about", "troops", "security personnel left at Clark",
         "the Air Force", attr_alt=[None, USAF])]),

    P("d44_038",
      "KEDIRI, Indonesia, Feb 14, 2014 (AFP) - A volcano on Indonesia's main island of Java "
      "erupted late Thursday, raining ash and gravel over a wide area, killing at least two "
      "people and forcing the evacuation of more than 100,000, officials said. The eruption of "
      "Mount Kelud in East Java sent ash up to 17 kilometres into the sky, and airports in "
      "Yogyakarta, Surabaya and Solo were shut. Disaster agency spokesman Sutopo Purwo Nugroho "
      "said 76,388 people from 36 villages were staying in 89 shelters, and that the army had "
      "sent about 1,000 soldiers to help with the evacuation. Ash up to 20 centimetres deep "
      "covered roads in nearby towns. The volcano killed more than 30 people when it last "
      "erupted violently, in 1990.",
      [C("at least two", 2, "at_least", "killed", "people killed by the eruption",
         "officials"),
       C("more than 100,000", 100000, "more_than", "displaced", "people evacuated",
         "officials"),
       C("76,388", 76388, "exact", "displaced", "people in shelters", SUTOPO),
       C("36", 36, "exact", "other", "villages evacuated", SUTOPO, optional=True,
         cat_alt=["infrastructure"]),
       C("89", 89, "exact", "infrastructure", "shelters", SUTOPO, cat_alt=["other", "aid"]),
       C("about 1,000", 1000, "about", "troops", "soldiers sent to help evacuate", SUTOPO),
       C("more than 30", 30, "more_than", "killed", "people killed in the 1990 eruption")],
      published="2014-02-14"),

    P("d44_039",
      "Vanuatu: Ambae Volcano\n"
      "Flash Update No. 4 (as of 2 October 2017)\n"
      "• The Government of Vanuatu has declared a state of emergency and ordered the evacuation "
      "of the whole of Ambae island, home to an estimated 11,000 people, as the Manaro Voui "
      "volcano remains at Alert Level 4.\n"
      "• By 1 October, some 6,400 people had been taken by boat to the islands of Espiritu "
      "Santo, Maewo and Pentecost, the National Disaster Management Office (NDMO) reported.\n"
      "• About 3,000 people remain in 39 evacuation centres in the west of Ambae awaiting "
      "transport; fewer than 300 people, mostly men guarding livestock, are expected to stay on "
      "the island.\n"
      "• No casualties have been reported.\n"
      "• Humanitarian partners have delivered 28 tonnes of rice and 1,200 hygiene kits to "
      "evacuation centres on Santo.",
      [C("an estimated 11,000", 11000, "about", "population", "inhabitants of Ambae"),
       C("some 6,400", 6400, "about", "displaced", "people evacuated by boat", NDMO),
       C("About 3,000", 3000, "about", "displaced", "people in evacuation centres on Ambae"),
       C("39", 39, "exact", "infrastructure", "evacuation centres on Ambae",
         cat_alt=["other", "aid"]),
       C("fewer than 300", 300, "fewer_than", "population", "people staying on Ambae",
         cat_alt=["other"]),
       C("28", 28, "exact", "aid", "tonnes of rice delivered", None,
         attr_alt=["Humanitarian partners"]),
       C("1,200", 1200, "exact", "aid", "hygiene kits delivered", None,
         attr_alt=["Humanitarian partners"])],
      published="2017-10-02"),

    # --- famine ---------------------------------------------------------------------------------------
    P("d44_040",
      "ADDIS ABABA, March 14, 1985 (Reuters) - Nearly 8 million Ethiopians are now threatened "
      "by famine, and relief camps in the northern provinces of Wollo and Tigray are recording "
      "up to 100 deaths a day, the U.N. relief coordinator, Kurt Jansson, said on Thursday. At "
      "the Korem camp alone, more than 50,000 people are crowded into tents and shelters, and "
      "aid workers said about 40 children were dying there every day. Jansson said Western "
      "donors had pledged 1.2 million tonnes of grain this year, but that only about 300,000 "
      "tonnes had arrived at the ports of Assab and Massawa, where hundreds of trucks were "
      "waiting for fuel and spare parts. The government's Relief and Rehabilitation Commission "
      "says it has moved more than 200,000 people from the north to resettlement areas in the "
      "south-west, a programme that aid agencies say has cost thousands of lives.",
      [C("Nearly 8 million", 8_000_000, "about", "other", "Ethiopians threatened by famine",
         JANSSON, attr_alt=["Jansson"], cat_alt=["population"]),
       C("up to 100", 100, "at_most", "killed", "deaths a day in relief camps", JANSSON,
         attr_alt=["Jansson"]),
       C("more than 50,000", 50000, "more_than", "displaced", "people in the Korem camp",
         None, attr_alt=["aid workers"], cat_alt=["population"]),
       C("about 40", 40, "about", "killed", "children dying each day at Korem",
         "aid workers"),
       C("1.2 million", 1_200_000, "exact", "aid", "tonnes of grain pledged", "Jansson",
         attr_alt=[JANSSON]),
       C("about 300,000", 300000, "about", "aid", "tonnes of grain arrived", "Jansson",
         attr_alt=[JANSSON]),
       C("hundreds", 100, "vague", "aid", "trucks waiting at the ports", "Jansson",
         attr_alt=[None, JANSSON]),
       C("more than 200,000", 200000, "more_than", "displaced", "people resettled", RRC),
       C("thousands", 1000, "vague", "killed", "lives lost in resettlement", "aid agencies")],
      published="1985-03-14"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d44_{:03d}",
                          checks=[no_sentence_from(*EARLIER_SETS)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
