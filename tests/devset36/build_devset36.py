"""Source of the thirty-sixth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on wars, attacks,
disasters, protests and kidnappings of 2007–2025, written for this set (none copied from an
article) in the English-service style of state and regional news agencies and non-Western
outlets: APP, PTI, ANI, RSS, Xinhua, TASS, Anadolu, IRNA, WAFA, Bernama, Antara, Yonhap,
Kyodo, NAN, KUNA, SANA and Prensa Latina. Their furniture and phrasing are kept: datelines
such as "ISLAMABAD, Feb 17 (APP):", "SIMFEROPOL, October 17. /TASS/.", "Shiraz, IRNA –", page
date lines ("Source: Xinhua| 2021-05-23 ...", "26/06/2015 18:12", "10.10.2015"), long titles
before names, "martyred", "terrorists neutralized", "colonists", "the injured persons were
shifted to", "according to the source", passives, "NAN reports that", and two news-in-brief
bundles of short items. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the
set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset36/build_devset36.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 36)), "holdout", "holdout2", "holdout3")

DC_JAMSHORO = "Deputy Commissioner Jamshoro Ghulam Farooq"
SSP = "SSP Malir Rao Anwar"
DIG = "DIG Quetta Abdul Razzaq Cheema"
LANGOVE = "Balochistan Home Minister Mir Ziaullah Langove"
RESCUE = "Rescue 1122 officials"
IGP_KASHMIR = "Inspector General of Police, Kashmir, Vijay Kumar"
CRPF = "a senior CRPF official"
CHAMOLI = "the Chamoli district administration"
SINHA = "Secretary, Disaster Management, Ranjit Kumar Sinha"
MEA = "the Ministry of External Affairs"
ARMY_SPOX = "an Army spokesperson"
SH_HEALTH = "a spokesperson with the Shanghai Municipal Health and Family Planning Commission"
BAIYIN_MAYOR = "Zhang Xuchen, mayor of the city of Baiyin"
NX_EMD = "the regional emergency management department"
SCIO = "the State Council Information Office"
MCA = "the Ministry of Civil Affairs"
ZHILYAEV = "Crimean Health Minister Igor Zhilyaev"
MINNIKHANOV = "Tatarstan President Rustam Minnikhanov"
GOLIKOVA = "Russian Health and Social Development Minister Tatyana Golikova"
FORENSIC = "an official of the Moscow Bureau of Forensic Medical Examination"
MUEZZINOGLU = "Turkey's Health Minister Mehmet Muezzinoglu"
YERLIKAYA = "Interior Minister Ali Yerlikaya"
ATALAY = "Deputy Prime Minister Besir Atalay"
FARS = "the deputy governor-general of Fars Province for security affairs"
MOHEBBIPOUR = "Esmaeil Mohebbipour"
SHARIATI = "Khuzestan Governor-General Gholamreza Shariati"
SHARIF = "IRGC spokesman Brigadier General Ramezan Sharif"
PS_MOH = "the Health Ministry"
PRCS = "The Palestine Red Crescent Society"
DMEIDI = "Huwara municipality head Moein Dmeidi"
SHALABI = "Village council head Lafi Shalabi"
IGP_MY = "Inspector-General of Police Tan Sri Ismail Omar"
NORAZAM = "Selangor Fire and Rescue Department director Norazam Khamis"
AMIRUDIN = "Selangor Menteri Besar Datuk Seri Amirudin Shari"
CHARLIYAN = "National Police spokesman Inspector General Anton Charliyan"
TITO = "Jakarta Police chief Inspector General Tito Karnavian"
BNPB = "the National Disaster Mitigation Agency (BNPB)"
SUTOPO = "BNPB spokesman Sutopo Purwo Nugroho"
TIWARI = "Ministry spokesperson Ram Chandra Tiwari"
ALI = "Mr Abdulmajeed Ali"
ALI_LONG = "The Deputy Inspector-General of Police in charge of operations"
SHIISU = "SP Lawan Shiisu-Adam"
KW_MOI = "the Ministry of Interior"
ALEPPO_SRC = "A source at Aleppo Governorate"
YZQUIERDO = "Cuban Transport Minister Adel Yzquierdo"

PASSAGES = [
    # --- Pakistan (APP) -------------------------------------------------------------------------
    P("d36_001",
      "ISLAMABAD/HYDERABAD, Feb 17 (APP): The death toll in the suicide blast at the shrine of "
      "Hazrat Lal Shahbaz Qalandar in Sehwan Sharif has risen to 88, including 20 women and nine "
      "children, Deputy Commissioner Jamshoro Ghulam Farooq told APP on Friday. He said 343 "
      "persons were injured in the attack, of whom 76 critically injured persons were shifted to "
      "Liaquat University Hospital Hyderabad and the Combined Military Hospital through "
      "ambulances and Pakistan Navy helicopters. The blast occurred at about 6:30 pm on Thursday "
      "when hundreds of devotees were performing dhamaal in the courtyard of the 13th-century "
      "shrine. Chief Minister Sindh Syed Murad Ali Shah announced Rs 5 lakh for the heirs of "
      "each deceased and Rs 1 lakh for each injured person. Following the incident, security "
      "forces launched a crackdown across the country and more than 100 terrorists were "
      "neutralized in the last 24 hours, according to the ISPR.",
      [C("88", 88, "exact", "killed", "people at Sehwan shrine", DC_JAMSHORO),
       C("20", 20, "exact", "killed", "women among the dead", DC_JAMSHORO),
       C("nine", 9, "exact", "killed", "children among the dead", DC_JAMSHORO),
       C("343", 343, "exact", "injured", "people at Sehwan shrine", DC_JAMSHORO,
         attr_alt=["He"]),
       C("76", 76, "exact", "injured", "critically injured shifted to hospitals", DC_JAMSHORO,
         attr_alt=["He"]),
       C("hundreds", 100, "vague", "other", "devotees in the courtyard", None, optional=True),
       C("more than 100", 100, "more_than", "killed", "terrorists neutralized in crackdown",
         "the ISPR")]),

    P("d36_002",
      "KARACHI, May 13 (APP): At least 43 members of the Ismaili community were martyred and 13 "
      "others injured when six armed terrorists riding motorcycles opened fire on a passenger "
      "bus near Safoora Chowrangi here on Wednesday morning. According to police, the bus of "
      "Al-Azhar Garden Society was carrying around 60 passengers, including 16 women, when the "
      "assailants stopped it and sprayed it with bullets from 9mm pistols. SSP Malir Rao Anwar "
      "told the media that the terrorists fled after the attack and that 62 empty shells had "
      "been recovered from the bus. The injured were shifted to Aga Khan University Hospital and "
      "Jinnah Postgraduate Medical Centre, where five of them were stated to be in critical "
      "condition. Prime Minister Muhammad Nawaz Sharif, who postponed his visit to Sri Lanka, "
      "strongly condemned the heinous act.",
      [C("At least 43", 43, "at_least", "killed", "Ismaili bus passengers", None,
         attr_alt=["police"]),
       C("13", 13, "exact", "injured", "bus passengers", None, attr_alt=["police"],
         ctx="13 others"),
       C("six", 6, "exact", "troops", "armed attackers", None, cat_alt=["other"],
         attr_alt=["police"]),
       C("around 60", 60, "about", "other", "passengers on the bus", "police"),
       C("16", 16, "exact", "other", "women on the bus", "police", optional=True),
       C("62", 62, "exact", "munitions", "empty shells recovered", SSP, cat_alt=["other"]),
       C("five", 5, "exact", "injured", "injured in critical condition", None,
         attr_alt=[SSP])]),

    P("d36_003",
      "Quetta: 20 martyred, 48 injured in Hazarganji fruit market blast\n"
      "April 12, 2019\n"
      "QUETTA, Apr 12 (APP): At least 20 people, including eight members of the Hazara community "
      "and a Frontier Corps (FC) soldier, were martyred and 48 others injured in a blast at the "
      "Hazarganji fruit and vegetable market here on Friday morning. DIG Quetta Abdul Razzaq "
      "Cheema told reporters that the improvised explosive device, weighing around 2.5 "
      "kilogrammes, had been planted in a sack of potatoes. The injured were shifted to Bolan "
      "Medical Complex and the Combined Military Hospital, where an emergency was declared, a "
      "hospital spokesman said. Hazara traders have been travelling to the market in a convoy "
      "escorted by FC personnel since 2014 after a series of targeted attacks, the official "
      "said. Balochistan Home Minister Mir Ziaullah Langove said a search operation had been "
      "launched in the area and 11 suspects taken into custody.",
      [C("20", 20, "exact", "killed", "people (headline)", None, ctx="20 martyred"),
       C("48", 48, "exact", "injured", "people (headline)", None, ctx="48 injured in"),
       C("At least 20", 20, "at_least", "killed", "people at Hazarganji market", None,
         attr_alt=[DIG]),
       C("eight", 8, "exact", "killed", "Hazara community members", None, attr_alt=[DIG]),
       C("48", 48, "exact", "injured", "people at Hazarganji market", None, attr_alt=[DIG],
         ctx="48 others"),
       C("around 2.5", 2.5, "about", "munitions", "kilogrammes of explosives", DIG,
         cat_alt=["other"], optional=True),
       C("11", 11, "exact", "detained", "suspects taken into custody", LANGOVE)],
      published="2019-04-12"),

    P("d36_004",
      "NEWS IN BRIEF\n"
      "Bus plunges into ravine near Kallar Kahar\n"
      "CHAKWAL, Aug 6 (APP): At least 13 passengers were killed and 28 injured when a passenger "
      "bus travelling from Islamabad to Lahore plunged into a ravine near Kallar Kahar on the "
      "motorway on Sunday, Rescue 1122 officials said. The injured persons were shifted to DHQ "
      "Hospital Chakwal, the officials said.\n"
      "Four terrorists neutralized in Lakki Marwat\n"
      "RAWALPINDI, Aug 6 (APP): Security forces neutralized four terrorists during an "
      "intelligence-based operation in Lakki Marwat district, the ISPR said in a statement. "
      "Weapons and ammunition were also recovered from the terrorists, who remained actively "
      "involved in attacks on security forces.\n"
      "Six labourers abducted in Kech\n"
      "TURBAT, Aug 6 (APP): Unidentified armed men abducted six labourers working on a mobile "
      "phone tower in Kech district late Saturday night, Levies sources said. A search operation "
      "has been launched for the recovery of the abductees, they said.",
      [C("At least 13", 13, "at_least", "killed", "bus passengers", RESCUE),
       C("28", 28, "exact", "injured", "bus passengers", RESCUE),
       C("Four", 4, "exact", "killed", "terrorists (headline)", None),
       C("four", 4, "exact", "killed", "terrorists in Lakki Marwat", "the ISPR"),
       C("Six", 6, "exact", "hostages", "labourers (headline)", None),
       C("six", 6, "exact", "hostages", "labourers abducted in Kech", "Levies sources")]),

    # --- India and Nepal (PTI, ANI, RSS) -------------------------------------------------------
    P("d36_005",
      "Srinagar, Jul 8 (PTI) At least 13 people were killed and as many as 40 are feared missing "
      "after a cloudburst near the cave shrine of Amarnath triggered flash floods on Friday "
      "evening, officials said. The incident took place around 5.30 pm when a sudden downpour "
      "sent a wall of water and debris through the tent city set up for pilgrims at the lower "
      "base camp, washing away 25 tents and three community kitchens, the officials said. "
      "Inspector General of Police, Kashmir, Vijay Kumar said over 15,000 yatris stranded near "
      "the holy cave had been moved to the Panjtarni base camp by late evening. Four NDRF teams, "
      "along with personnel of the Army, ITBP and BSF, were pressed into rescue operations, and "
      "injured persons were airlifted to Baltal. The Amarnath Yatra, which began on June 30, has "
      "been suspended temporarily, a spokesperson of the Shri Amarnathji Shrine Board said.",
      [C("At least 13", 13, "at_least", "killed", "pilgrims at Amarnath", "officials"),
       C("as many as 40", 40, "at_most", "missing", "people feared missing", "officials"),
       C("25", 25, "exact", "infrastructure", "tents washed away", "officials",
         cat_alt=["other", "aid"], attr_alt=["the officials"]),
       C("three", 3, "exact", "infrastructure", "community kitchens washed away", "officials",
         cat_alt=["other"], attr_alt=["the officials"], optional=True),
       C("over 15,000", 15000, "more_than", "displaced", "yatris moved to base camp",
         IGP_KASHMIR, cat_alt=["other"]),
       C("Four", 4, "exact", "troops", "NDRF teams", None, cat_alt=["other"], optional=True)]),

    P("d36_006",
      "25 CRPF jawans martyred in Maoist ambush in Chhattisgarh's Sukma\n"
      "Updated: Apr 24, 2017 22:40 IST\n"
      "Sukma (Chhattisgarh) [India], Apr. 24 (ANI): Twenty-five Central Reserve Police Force "
      "(CRPF) personnel, including an inspector, were martyred and six others injured when "
      "around 300 Naxals ambushed a road-opening party near Burkapal in Sukma district on Monday "
      "afternoon. According to a senior CRPF official, the personnel of the 74th battalion were "
      "guarding the construction of the Dornapal-Jagargunda road when they came under heavy "
      "fire from automatic weapons and under-barrel grenade launchers. The injured jawans were "
      "shifted to a hospital in Raipur by helicopter, the official added. The Maoists also "
      "looted 12 AK-47 rifles, five INSAS rifles and 22 bulletproof jackets from the slain "
      "personnel, sources said. This is the second major attack on the CRPF in Sukma this year, "
      "after 12 personnel were killed at Bhejji on March 11.",
      [C("25", 25, "exact", "killed", "CRPF jawans (headline)", None),
       C("Twenty-five", 25, "exact", "killed", "CRPF personnel", None, attr_alt=[CRPF]),
       C("six", 6, "exact", "injured", "CRPF personnel", None, attr_alt=[CRPF]),
       C("around 300", 300, "about", "troops", "Naxal attackers", None, cat_alt=["other"],
         attr_alt=[CRPF]),
       C("12", 12, "exact", "munitions", "AK-47 rifles looted", "sources", cat_alt=["other"],
         ctx="12 AK-47"),
       C("five", 5, "exact", "munitions", "INSAS rifles looted", "sources", cat_alt=["other"]),
       C("22", 22, "exact", "munitions", "bulletproof jackets looted", "sources",
         cat_alt=["other"], optional=True, ctx="22 bulletproof"),
       C("12", 12, "exact", "killed", "CRPF personnel at Bhejji", None,
         ctx="12 personnel were killed")],
      published="2017-04-24"),

    P("d36_007",
      "Dehradun, Jan 10 (PTI) The number of buildings that have developed cracks due to land "
      "subsidence in Joshimath has gone up to 723, while 145 affected families have been "
      "shifted to temporary relief centres, the Chamoli district administration said on "
      "Tuesday. Of these, 86 houses located in the danger zone have been marked as unsafe and "
      "will be demolished, it said in a bulletin. Chief Minister Pushkar Singh Dhami announced "
      "an interim assistance of Rs 1.5 lakh to each affected family. Secretary, Disaster "
      "Management, Ranjit Kumar Sinha said 16 locations in the town with about 1,271 rooms had "
      "been identified as relief centres and teams of scientists from eight institutions were "
      "studying the subsidence. The Himalayan town, gateway to Badrinath and Hemkund Sahib, has "
      "a population of around 17,000.",
      [C("723", 723, "exact", "infrastructure", "buildings with cracks", CHAMOLI),
       C("145", 145, "exact", "displaced", "families shifted to relief centres", CHAMOLI),
       C("86", 86, "exact", "infrastructure", "houses marked unsafe", CHAMOLI,
         attr_alt=["it"]),
       C("16", 16, "exact", "infrastructure", "relief centre locations", SINHA,
         cat_alt=["other", "aid"]),
       C("about 1,271", 1271, "about", "infrastructure", "rooms in relief centres", SINHA,
         cat_alt=["other", "aid"], optional=True),
       C("eight", 8, "exact", "other", "institutions studying subsidence", SINHA,
         optional=True),
       C("around 17,000", 17000, "about", "population", "population of Joshimath", None)]),

    P("d36_008",
      "18 Indians among 19 crew kidnapped by pirates off Nigeria: MEA\n"
      "Updated: Dec 05, 2019 18:20 IST\n"
      "New Delhi, Dec 5 (PTI) Eighteen Indian nationals were among 19 crew members abducted by "
      "pirates from the Hong Kong-flagged very large crude carrier Nave Constellation off the "
      "coast of Bonny Island in Nigeria on Tuesday, the Ministry of External Affairs said on "
      "Thursday. MEA spokesperson Raveesh Kumar said the Indian mission in Abuja was in touch "
      "with Nigerian authorities to secure the early release of the sailors. The remaining crew "
      "member is a Turkish national, according to maritime security firm Dryad Global, which "
      "said the vessel had 26 people on board when it was boarded. Nigerian Navy officials said "
      "seven crew members who were not taken had been rescued and the ship escorted to the "
      "Bonny anchorage.",
      [C("18", 18, "exact", "hostages", "Indian crew (headline)", "MEA", attr_alt=[MEA],
         ctx="18 Indians"),
       C("19", 19, "exact", "hostages", "crew kidnapped (headline)", "MEA", attr_alt=[MEA],
         ctx="19 crew kidnapped"),
       C("Eighteen", 18, "exact", "hostages", "Indian crew kidnapped", MEA, attr_alt=["MEA"]),
       C("19", 19, "exact", "hostages", "crew kidnapped", MEA, attr_alt=["MEA"],
         ctx="among 19 crew members"),
       C("26", 26, "exact", "other", "people on board", "maritime security firm Dryad Global"),
       C("seven", 7, "exact", "other", "crew rescued", "Nigerian Navy officials")],
      published="2019-12-05"),

    P("d36_009",
      "NATION BRIEFS\n"
      "Manipur landslide: toll rises to 42\n"
      "Imphal, Jul 3 (PTI) The death toll in the massive landslide at the Tupul railway "
      "construction site in Manipur's Noney district rose to 42 on Sunday with the recovery of "
      "two more bodies, officials said. Twenty-nine of the dead are Territorial Army personnel, "
      "while 20 people, including 18 jawans, are still missing, an Army spokesperson said.\n"
      "Two terrorists killed in Kulgam encounter\n"
      "Srinagar, Jul 3 (PTI) Two terrorists, including a self-styled commander of the "
      "Jaish-e-Mohammed, were killed in an encounter with security forces in Kulgam district, "
      "police said. An Army jawan was injured in the exchange of fire.\n"
      "Fishermen missing off Ponnani\n"
      "Malappuram, Jul 3 (PTI) Seven fishermen are missing after their boat capsized in rough "
      "seas off Ponnani, the Coast Guard said.",
      [C("42", 42, "exact", "killed", "people in Noney landslide (headline)", None,
         ctx="rises to 42"),
       C("42", 42, "exact", "killed", "people in Noney landslide", "officials",
         ctx="rose to 42"),
       C("two", 2, "exact", "killed", "bodies recovered", "officials"),
       C("Twenty-nine", 29, "exact", "killed", "Territorial Army personnel", ARMY_SPOX),
       C("20", 20, "exact", "missing", "people in Noney landslide", ARMY_SPOX),
       C("18", 18, "exact", "missing", "jawans", ARMY_SPOX),
       C("Two", 2, "exact", "killed", "terrorists (headline)", None,
         ctx="Two terrorists killed"),
       C("Two", 2, "exact", "killed", "terrorists in Kulgam", "police",
         ctx="Two terrorists, including"),
       C("Seven", 7, "exact", "missing", "fishermen off Ponnani", "the Coast Guard")]),

    # --- China (Xinhua) -------------------------------------------------------------------------
    P("d36_010",
      "SHANGHAI, Jan. 1 (Xinhua) -- Thirty-six people were killed and 47 others injured in a "
      "stampede that occurred during New Year's Eve celebrations on the Bund in downtown "
      "Shanghai late Wednesday, local authorities said Thursday. The stampede happened at about "
      "11:35 p.m. at Chen Yi Square, where a large crowd had gathered to watch a light show to "
      "mark the arrival of 2015, according to the municipal government's information office. Of "
      "the injured, 13 were in serious condition, said a spokesperson with the Shanghai "
      "Municipal Health and Family Planning Commission. Most of the victims were students aged "
      "between 16 and 36, the spokesperson said. Chinese President Xi Jinping ordered all-out "
      "efforts to treat the injured and an immediate investigation into the cause. About 300,000 "
      "people were on the Bund at the time, some 10 percent fewer than a year earlier, local "
      "media reported.",
      [C("Thirty-six", 36, "exact", "killed", "people in Bund stampede", "local authorities"),
       C("47", 47, "exact", "injured", "people in Bund stampede", "local authorities"),
       C("13", 13, "exact", "injured", "injured in serious condition", SH_HEALTH),
       C("About 300,000", 300000, "about", "other", "crowd on the Bund", "local media")]),

    P("d36_011",
      "21 dead after extreme weather hits cross-country race in NW China\n"
      "Source: Xinhua| 2021-05-23 11:42:10|Editor: huaxia\n"
      "LANZHOU, May 23 (Xinhua) -- Twenty-one people died after hail, freezing rain and "
      "gale-force winds hit a 100-km cross-country mountain race in northwest China's Gansu "
      "Province, local authorities said at a press conference Sunday. The remaining 151 "
      "participants have been confirmed safe, and eight of them are receiving treatment in "
      "hospital for minor injuries, said Zhang Xuchen, mayor of the city of Baiyin. A total of "
      "172 runners took part in the race, which started at 9 a.m. Saturday in the Yellow River "
      "Stone Forest scenic area. More than 1,200 rescuers, seven drones and 12 radar life "
      "detectors were mobilized in the overnight search, according to the city's emergency "
      "management bureau. Temperatures in the area dropped to around 0 degrees Celsius as the "
      "storm swept across the route at an altitude of about 2,000 to 3,000 meters.",
      [C("21", 21, "exact", "killed", "race participants (headline)", None),
       C("Twenty-one", 21, "exact", "killed", "race participants", "local authorities"),
       C("151", 151, "exact", "other", "participants confirmed safe", BAIYIN_MAYOR),
       C("eight", 8, "exact", "injured", "participants in hospital", BAIYIN_MAYOR),
       C("172", 172, "exact", "other", "runners in the race", BAIYIN_MAYOR, attr_alt=[None]),
       C("More than 1,200", 1200, "more_than", "troops", "rescuers mobilized",
         "the city's emergency management bureau", cat_alt=["other"]),
       C("seven", 7, "exact", "other", "drones used in search",
         "the city's emergency management bureau", optional=True),
       C("12", 12, "exact", "other", "radar life detectors",
         "the city's emergency management bureau", optional=True)],
      published="2021-05-23"),

    P("d36_012",
      "Source: Xinhua | 2023-06-22 09:15:31 | Editor: huaxia\n"
      "YINCHUAN, June 22 (Xinhua) -- A gas explosion at a barbecue restaurant in Yinchuan, "
      "capital of northwest China's Ningxia Hui Autonomous Region, on Wednesday evening killed "
      "31 people and injured seven, according to the regional emergency management department. "
      "Among the injured, one is in serious condition and six suffered minor injuries from "
      "burns and cuts caused by glass, said a hospital official. The blast, suspected to have "
      "been caused by a leak of liquefied petroleum gas, occurred at about 8:40 p.m., on the "
      "eve of the Dragon Boat Festival, when the restaurant was crowded with diners. A total of "
      "115 firefighters and 28 fire engines were dispatched to the scene. Police have taken 13 "
      "people into custody, including the restaurant's manager and its shareholders, a source "
      "with the local public security bureau told Xinhua.",
      [C("31", 31, "exact", "killed", "people at Yinchuan restaurant", NX_EMD,
         ctx="31 people"),
       C("seven", 7, "exact", "injured", "people at Yinchuan restaurant", NX_EMD),
       C("one", 1, "exact", "injured", "injured in serious condition", "a hospital official"),
       C("six", 6, "exact", "injured", "injured with minor injuries", "a hospital official"),
       C("115", 115, "exact", "troops", "firefighters dispatched", None, cat_alt=["other"]),
       C("28", 28, "exact", "other", "fire engines dispatched", None, optional=True),
       C("13", 13, "exact", "detained", "people taken into custody",
         "a source with the local public security bureau")],
      published="2023-06-22"),

    P("d36_013",
      "CHANGSHA, May 6 (Xinhua) -- Rescue work at the site of a collapsed self-built "
      "residential building in Changsha, capital of central China's Hunan Province, has "
      "concluded, with 10 people pulled out alive and 53 confirmed dead, the city government "
      "said at a press conference Friday. The six-story building, which housed a hotel, a "
      "cinema and rental apartments, collapsed at about 12:24 p.m. on April 29. Rescuers worked "
      "round the clock for more than 140 hours, and more than 700 rescue personnel and 20 search "
      "and rescue dogs were deployed, a city government official said. The last survivor, a "
      "woman, was rescued 132 hours after the collapse. Nine people, including the building's "
      "owner, have been detained, according to the city's public security bureau.",
      [C("10", 10, "exact", "other", "people pulled out alive", "the city government"),
       C("53", 53, "exact", "killed", "people in Changsha collapse", "the city government"),
       C("more than 700", 700, "more_than", "troops", "rescue personnel deployed",
         "a city government official", cat_alt=["other"]),
       C("20", 20, "exact", "other", "search and rescue dogs", "a city government official",
         optional=True),
       C("Nine", 9, "exact", "detained", "people detained",
         "the city's public security bureau")]),

    P("d36_014",
      "CHENGDU, May 25 (Xinhua) -- The death toll from the 8.0-magnitude earthquake that jolted "
      "Wenchuan County in southwest China's Sichuan Province on May 12 has risen to 62,664, the "
      "State Council Information Office said Sunday. Another 358,816 people were injured and "
      "23,775 remained missing as of noon Sunday, the office said. More than 5.46 million houses "
      "collapsed and 21 million others were damaged in quake-hit areas, according to the "
      "Ministry of Civil Affairs. The quake forced the relocation of more than 15 million "
      "people, the ministry said, adding that 1.16 million tents had been sent to the disaster "
      "areas. More than 130,000 troops of the People's Liberation Army and armed police have "
      "joined the relief effort, the largest deployment for disaster relief since the founding "
      "of the People's Republic in 1949.",
      [C("62,664", 62664, "exact", "killed", "people in Wenchuan earthquake", SCIO),
       C("358,816", 358816, "exact", "injured", "people in Wenchuan earthquake", SCIO,
         attr_alt=["the office"]),
       C("23,775", 23775, "exact", "missing", "people in Wenchuan earthquake", SCIO,
         attr_alt=["the office"]),
       C("More than 5.46 million", 5_460_000, "more_than", "infrastructure", "houses collapsed",
         MCA),
       C("21 million", 21_000_000, "exact", "infrastructure", "houses damaged", MCA),
       C("more than 15 million", 15_000_000, "more_than", "displaced", "people relocated", MCA,
         attr_alt=["the ministry"]),
       C("1.16 million", 1_160_000, "exact", "aid", "tents sent", MCA,
         attr_alt=["the ministry"]),
       C("More than 130,000", 130000, "more_than", "troops", "PLA and armed police troops",
         None)]),

    # --- Russia (TASS) --------------------------------------------------------------------------
    P("d36_015",
      "SIMFEROPOL, October 17. /TASS/. The number of people killed in the attack on the Kerch "
      "Polytechnic College has risen to 19, Crimean Health Minister Igor Zhilyaev told "
      "reporters on Wednesday. According to him, 53 people have been taken to hospitals, 10 of "
      "them in grave condition. Some 800 students were attending classes when the device went "
      "off in the canteen, the college director said. Earlier, the Investigative Committee said "
      "the attacker, an 18-year-old fourth-year student of the college, had shot himself in the "
      "library after the attack, in which he used a pump-action shotgun and a homemade explosive "
      "device filled with metal objects. A source in the law enforcement agencies told TASS that "
      "more than 60 spent cartridges had been found in the building. The Emergencies Ministry "
      "has sent an Il-76 aircraft with medical equipment and specialists to Crimea, and three "
      "days of mourning have been declared in the republic.",
      [C("19", 19, "exact", "killed", "people at Kerch college", ZHILYAEV),
       C("53", 53, "exact", "injured", "people taken to hospitals", ZHILYAEV,
         cat_alt=["other"], attr_alt=["him"]),
       C("10", 10, "exact", "injured", "people in grave condition", ZHILYAEV,
         attr_alt=["him"]),
       C("Some 800", 800, "about", "other", "students in classes at the time",
         "the college director", cat_alt=["population"]),
       C("more than 60", 60, "more_than", "munitions", "spent cartridges found",
         "A source in the law enforcement agencies", cat_alt=["other"])]),

    P("d36_016",
      "11 MAY 2021, 16:05\n"
      "KAZAN, May 11. /TASS/. Nine people, including seven eighth-graders and two school "
      "employees, were killed in a shooting at School No. 175 in Kazan on Tuesday morning, "
      "Tatarstan President Rustam Minnikhanov said. \"Four boys and three girls from the eighth "
      "grade died, as well as a teacher and a school employee,\" Minnikhanov said while visiting "
      "the school. He added that 21 people had been hospitalized, including 18 children, six of "
      "whom were in intensive care. The suspected gunman, a 19-year-old former student of the "
      "school, was detained at the scene, the regional Interior Ministry said. The republic's "
      "ministry of education said 714 pupils of School No. 175 had been evacuated and classes at "
      "all schools in Kazan had been canceled until the end of the week.",
      [C("Nine", 9, "exact", "killed", "people at Kazan school", MINNIKHANOV),
       C("seven", 7, "exact", "killed", "eighth-graders", MINNIKHANOV),
       C("two", 2, "exact", "killed", "school employees", MINNIKHANOV),
       C("Four", 4, "exact", "killed", "boys", MINNIKHANOV, attr_alt=["Minnikhanov"]),
       C("three", 3, "exact", "killed", "girls", MINNIKHANOV, attr_alt=["Minnikhanov"]),
       C("21", 21, "exact", "injured", "people hospitalized", MINNIKHANOV, attr_alt=["He"]),
       C("18", 18, "exact", "injured", "children hospitalized", MINNIKHANOV, attr_alt=["He"]),
       C("six", 6, "exact", "injured", "children in intensive care", MINNIKHANOV,
         attr_alt=["He"]),
       C("714", 714, "exact", "displaced", "pupils evacuated",
         "The republic's ministry of education", cat_alt=["other"])],
      published="2021-05-11"),

    P("d36_017",
      "25 JAN 2011, 11:30\n"
      "MOSCOW, January 25 /ITAR-TASS/. The death toll from Monday's terrorist attack at "
      "Moscow's Domodedovo Airport has risen to 35, Russian Health and Social Development "
      "Minister Tatyana Golikova said on Tuesday. She said 110 people remained in Moscow "
      "hospitals, 46 of them in grave condition, and another 20 had been sent home after "
      "receiving medical aid. Of the dead, 31 have been identified, among them eight foreign "
      "nationals, an official of the Moscow Bureau of Forensic Medical Examination told "
      "ITAR-TASS. The explosion, equivalent to 7 kilograms of TNT, went off at about 16:32 "
      "Moscow time in the international arrivals hall. Security has been tightened at all "
      "Moscow airports and at major railway stations, where 1,500 additional police officers "
      "have been deployed, a spokesman for the Moscow police department said.",
      [C("35", 35, "exact", "killed", "people at Domodedovo", GOLIKOVA),
       C("110", 110, "exact", "injured", "people in hospital", GOLIKOVA, attr_alt=["She"]),
       C("46", 46, "exact", "injured", "people in grave condition", GOLIKOVA,
         attr_alt=["She"]),
       C("20", 20, "exact", "injured", "people sent home after treatment", GOLIKOVA,
         cat_alt=["other"], attr_alt=["She"]),
       C("31", 31, "exact", "killed", "dead identified", FORENSIC, cat_alt=["other"],
         optional=True),
       C("eight", 8, "exact", "killed", "foreign nationals among the dead", FORENSIC),
       C("7", 7, "exact", "munitions", "kilograms of TNT", None, cat_alt=["other"],
         optional=True),
       C("1,500", 1500, "exact", "troops", "police officers deployed",
         "a spokesman for the Moscow police department", cat_alt=["other"])],
      published="2011-01-25"),

    # --- Turkey (Anadolu) -----------------------------------------------------------------------
    P("d36_018",
      "10.10.2015\n"
      "ANKARA\n"
      "At least 86 people were killed and 186 others injured in twin explosions near Ankara's "
      "main train station on Saturday morning, Turkey's Health Minister Mehmet Muezzinoglu has "
      "said. Speaking at a press conference in the capital, the minister said 28 of the injured "
      "were in intensive care. The blasts struck at 10.04 a.m. local time (0704GMT) as people "
      "gathered for a \"Labor, Peace and Democracy\" rally organized by several labor unions "
      "and NGOs. According to Prime Ministry sources, there are strong signs that the attack was "
      "carried out by two suicide bombers. Prime Minister Ahmet Davutoglu declared three days of "
      "national mourning. Anadolu Agency correspondents at the scene said at least 10 "
      "ambulances had been sent to the area.",
      [C("At least 86", 86, "at_least", "killed", "people at Ankara rally", MUEZZINOGLU),
       C("186", 186, "exact", "injured", "people at Ankara rally", MUEZZINOGLU),
       C("28", 28, "exact", "injured", "injured in intensive care", MUEZZINOGLU,
         attr_alt=["the minister"]),
       C("two", 2, "exact", "troops", "suicide bombers", "Prime Ministry sources",
         cat_alt=["other"]),
       C("at least 10", 10, "at_least", "other", "ambulances sent",
         "Anadolu Agency correspondents at the scene", optional=True)],
      published="2015-10-10"),

    P("d36_019",
      "Terror attack on TUSAS facilities: 5 martyred, 22 injured\n"
      "23.10.2024 - Update : 23.10.2024\n"
      "ANKARA\n"
      "Five people were martyred and 22 others injured in a terror attack on the headquarters "
      "of Turkish Aerospace Industries (TUSAS) in the capital Ankara, Interior Minister Ali "
      "Yerlikaya announced on Wednesday. Two terrorists, one male and one female, were "
      "neutralized, Yerlikaya said on X. Of the injured, 14 are security personnel, according "
      "to the minister. The attackers arrived at the facility in Kahramankazan district in a "
      "taxi and opened fire on the guards at the gate, and one of them detonated explosives, "
      "security sources told Anadolu. Following the attack, the Turkish Armed Forces conducted "
      "airstrikes in northern Iraq and Syria, hitting 32 targets belonging to the PKK/YPG "
      "terrorist organization, the National Defense Ministry said.",
      [C("5", 5, "exact", "killed", "people (headline)", None),
       C("22", 22, "exact", "injured", "people (headline)", None, ctx="22 injured"),
       C("Five", 5, "exact", "killed", "people at TUSAS", YERLIKAYA),
       C("22", 22, "exact", "injured", "people at TUSAS", YERLIKAYA, ctx="22 others"),
       C("Two", 2, "exact", "killed", "terrorists neutralized", "Yerlikaya",
         attr_alt=[YERLIKAYA]),
       C("one", 1, "exact", "killed", "male attacker", "Yerlikaya", optional=True,
         ctx="one male"),
       C("one", 1, "exact", "killed", "female attacker", "Yerlikaya", optional=True,
         ctx="one female"),
       C("14", 14, "exact", "injured", "security personnel injured", YERLIKAYA,
         attr_alt=["the minister"]),
       C("32", 32, "exact", "other", "PKK/YPG targets hit", "the National Defense Ministry",
         cat_alt=["infrastructure"])],
      published="2024-10-23"),

    P("d36_020",
      "HATAY (AA) - The death toll from Saturday's twin car bomb attacks in Reyhanli, a town in "
      "Hatay province on the Syrian border, has risen to 51, Deputy Prime Minister Besir Atalay "
      "said on Sunday. Atalay told reporters in Reyhanli that 140 people were still receiving "
      "treatment in hospitals in Hatay, Adana and Gaziantep, 29 of them in intensive care. Nine "
      "suspects, all Turkish citizens, have been detained in connection with the bombings, "
      "Interior Minister Muammer Guler said. The explosions, which went off about 15 minutes "
      "apart outside the town hall and the post office, damaged 62 buildings and 143 vehicles, "
      "according to the Hatay governor's office. Reyhanli, a town of 60,000 people, hosts "
      "thousands of Syrians who fled the civil war.",
      [C("51", 51, "exact", "killed", "people in Reyhanli bombings", ATALAY),
       C("140", 140, "exact", "injured", "people in hospitals", ATALAY, attr_alt=["Atalay"]),
       C("29", 29, "exact", "injured", "people in intensive care", ATALAY,
         attr_alt=["Atalay"]),
       C("Nine", 9, "exact", "detained", "suspects detained",
         "Interior Minister Muammer Guler"),
       C("62", 62, "exact", "infrastructure", "buildings damaged",
         "the Hatay governor's office"),
       C("143", 143, "exact", "other", "vehicles damaged", "the Hatay governor's office",
         cat_alt=["infrastructure"], optional=True),
       C("60,000", 60000, "exact", "population", "population of Reyhanli", None),
       C("thousands", 1000, "vague", "displaced", "Syrians who fled", None)]),

    # --- Iran (IRNA) ----------------------------------------------------------------------------
    P("d36_021",
      "Oct 26, 2022, 9:41 PM\n"
      "Shiraz, IRNA – At least 15 pilgrims were martyred and 40 others injured when a terrorist "
      "opened fire on worshippers at the holy shrine of Shah Cheragh in the southern city of "
      "Shiraz on Wednesday evening, the deputy governor-general of Fars Province for security "
      "affairs said. Esmaeil Mohebbipour told IRNA that two of the martyrs were children. One "
      "assailant has been arrested, the official said, adding that security forces were "
      "searching for two other suspected accomplices. The Takfiri terrorist group Daesh claimed "
      "responsibility for the attack in a statement carried by its Amaq news agency. The "
      "injured persons were transferred to Namazi and Rajaee hospitals, where 19 of them "
      "underwent surgery, according to the head of Shiraz University of Medical Sciences.",
      [C("At least 15", 15, "at_least", "killed", "pilgrims at Shah Cheragh", FARS),
       C("40", 40, "exact", "injured", "pilgrims at Shah Cheragh", FARS),
       C("two", 2, "exact", "killed", "children among the dead", MOHEBBIPOUR,
         ctx="two of the martyrs"),
       C("One", 1, "exact", "detained", "assailant arrested", MOHEBBIPOUR,
         attr_alt=["the official"]),
       C("two", 2, "exact", "other", "suspected accomplices sought", MOHEBBIPOUR,
         cat_alt=["troops", "detained"], attr_alt=["the official"], optional=True,
         ctx="two other suspected"),
       C("19", 19, "exact", "injured", "injured who underwent surgery",
         "the head of Shiraz University of Medical Sciences")],
      published="2022-10-26"),

    P("d36_022",
      "Tehran, IRNA -- The number of martyrs of Saturday's terrorist attack on a military parade "
      "in the southwestern city of Ahvaz has reached 25, Khuzestan Governor-General Gholamreza "
      "Shariati said. Among the martyrs are a four-year-old child, a war veteran and several "
      "members of the Islamic Revolution Guards Corps (IRGC), Shariati said in an interview "
      "with IRNA. He put the number of injured at 69, adding that 20 of them were still "
      "hospitalized. The Intelligence Ministry announced on Monday that 22 people linked to the "
      "attack had been arrested in Khuzestan and other provinces and a large quantity of "
      "explosives and communication equipment seized. According to IRGC spokesman Brigadier "
      "General Ramezan Sharif, all four terrorists who carried out the attack were killed, three "
      "at the scene and one in hospital.",
      [C("25", 25, "exact", "killed", "people at Ahvaz parade", SHARIATI),
       C("69", 69, "exact", "injured", "people at Ahvaz parade", SHARIATI, attr_alt=["He"]),
       C("20", 20, "exact", "injured", "injured still hospitalized", SHARIATI,
         attr_alt=["He"]),
       C("22", 22, "exact", "detained", "people arrested", "The Intelligence Ministry"),
       C("four", 4, "exact", "killed", "attackers killed", SHARIF, ctx="all four"),
       C("three", 3, "exact", "killed", "attackers killed at the scene", SHARIF),
       C("one", 1, "exact", "killed", "attacker who died in hospital", SHARIF,
         ctx="one in hospital")]),

    # --- Palestine (WAFA) -----------------------------------------------------------------------
    P("d36_023",
      "NABLUS, Wednesday, February 22, 2023 (WAFA) – Eleven citizens, including two elderly men "
      "and a child, were killed and 102 others were injured by live ammunition today as Israeli "
      "occupation forces stormed the old city of Nablus in a large-scale military raid, "
      "according to the Health Ministry. The ministry said in a statement that six of the "
      "injured were in critical condition, while dozens of others suffered from tear gas "
      "inhalation. Local sources told WAFA that the occupation forces, backed by dozens of "
      "military vehicles and undercover units, besieged a house in the Al-Yasmina neighborhood "
      "and fired several shoulder-launched missiles at it, killing two young men inside. The "
      "Palestine Red Crescent Society said its crews had dealt with 82 injuries with live bullets "
      "in the city. The Palestinian presidency declared a general strike and three days of "
      "mourning.",
      [C("Eleven", 11, "exact", "killed", "Palestinians in Nablus", PS_MOH),
       C("two", 2, "exact", "killed", "elderly men", PS_MOH, ctx="two elderly"),
       C("102", 102, "exact", "injured", "Palestinians injured by live fire", PS_MOH),
       C("six", 6, "exact", "injured", "injured in critical condition", PS_MOH,
         attr_alt=["The ministry"]),
       C("dozens", 12, "vague", "injured", "tear gas inhalation cases", PS_MOH,
         cat_alt=["other"], attr_alt=["The ministry"], ctx="dozens of others"),
       C("dozens", 12, "vague", "munitions", "military vehicles", "Local sources",
         cat_alt=["other"], optional=True, ctx="dozens of military"),
       C("two", 2, "exact", "killed", "young men in besieged house", "Local sources",
         ctx="two young men"),
       C("82", 82, "exact", "injured", "live-bullet injuries", PRCS)],
      published="2023-02-22"),

    P("d36_024",
      "NABLUS, February 27 (WAFA) – A Palestinian citizen was killed and about 100 others were "
      "injured last night as between 300 and 400 colonists, protected by the occupation army, "
      "attacked the town of Huwara and nearby villages south of Nablus, setting fire to homes "
      "and vehicles, according to local sources. Sameh Aqtash, 37, died of a gunshot wound to "
      "the abdomen in the village of Za'tara, the Health Ministry said. The Palestine Red "
      "Crescent said its crews treated 98 people, four of them hit by live bullets and the rest "
      "injured by beating, stones or tear gas. Huwara municipality head Moein Dmeidi told WAFA "
      "that the colonists torched at least 30 houses and more than 100 cars, and that dozens of "
      "families had been evacuated from burning homes. The Israeli police said eight suspects "
      "had been arrested and later released.",
      [C("about 100", 100, "about", "injured", "Palestinians in Huwara", "local sources"),
       C("between 300 and 400", 300, "range", "troops", "colonists who attacked Huwara",
         "local sources", high=400, cat_alt=["other"]),
       C("98", 98, "exact", "injured", "people treated", "The Palestine Red Crescent"),
       C("four", 4, "exact", "injured", "hit by live bullets", "The Palestine Red Crescent"),
       C("at least 30", 30, "at_least", "infrastructure", "houses torched", DMEIDI),
       C("more than 100", 100, "more_than", "other", "cars torched", DMEIDI,
         cat_alt=["infrastructure"], optional=True),
       C("dozens", 12, "vague", "displaced", "families evacuated", DMEIDI),
       C("eight", 8, "exact", "detained", "suspects arrested", "The Israeli police")]),

    P("d36_025",
      "RAMALLAH, Wednesday, June 21, 2023 (WAFA) – A young man was killed and 12 other citizens "
      "were injured, three of them critically, as some 400 colonists stormed the village of "
      "Turmus Ayya, northeast of Ramallah, this evening under the protection of the occupation "
      "forces. Village council head Lafi Shalabi said the colonists set fire to 30 homes and 60 "
      "vehicles as well as agricultural land, while the occupation soldiers fired live "
      "ammunition and tear gas canisters at residents trying to defend their properties. The "
      "Ministry of Health identified the young man as Omar Qatin, 27, who was shot in the chest. "
      "About 4,500 people live in the village, many of them holding US citizenship, according "
      "to the council.",
      [C("12", 12, "exact", "injured", "Palestinians in Turmus Ayya", None,
         attr_alt=[SHALABI]),
       C("three", 3, "exact", "injured", "critically injured", None, attr_alt=[SHALABI]),
       C("some 400", 400, "about", "troops", "colonists who stormed the village", None,
         cat_alt=["other"], attr_alt=[SHALABI]),
       C("30", 30, "exact", "infrastructure", "homes set on fire", SHALABI,
         cat_alt=["other"]),
       C("60", 60, "exact", "other", "vehicles set on fire", SHALABI,
         cat_alt=["infrastructure"], optional=True),
       C("About 4,500", 4500, "about", "population", "residents of Turmus Ayya", "the council",
         attr_alt=[SHALABI])],
      published="2023-06-21"),

    # --- Malaysia (Bernama) ---------------------------------------------------------------------
    P("d36_026",
      "LAHAD DATU, March 7 (Bernama) -- Security forces have killed 31 Sulu gunmen since "
      "launching Ops Daulat to flush out the intruders from Kampung Tanduo, Inspector-General of "
      "Police Tan Sri Ismail Omar said today. He said eight policemen had been killed in the two "
      "ambushes in Kampung Tanduo and Kampung Simunul on March 1 and 2, while no security "
      "personnel had lost their lives in the current operation. So far, 79 people had been "
      "detained for questioning, he said. Armed Forces chief Gen Tan Sri Zulkifeli Mohd Zin said "
      "seven army battalions, totalling about 5,000 personnel, had been deployed along the east "
      "coast of Sabah. Meanwhile, some 1,200 villagers from Kampung Tanduo and neighbouring "
      "villages have been moved to relief centres in Felda Sahabat, according to the state "
      "disaster management committee.",
      [C("31", 31, "exact", "killed", "Sulu gunmen", IGP_MY),
       C("eight", 8, "exact", "killed", "policemen in ambushes", IGP_MY, attr_alt=["He"]),
       C("two", 2, "exact", "other", "ambushes", IGP_MY, attr_alt=["He"], optional=True,
         ctx="two ambushes"),
       C("79", 79, "exact", "detained", "people detained for questioning", IGP_MY,
         attr_alt=["he"]),
       C("seven", 7, "exact", "troops", "army battalions deployed",
         "Armed Forces chief Gen Tan Sri Zulkifeli Mohd Zin", cat_alt=["other"],
         optional=True),
       C("about 5,000", 5000, "about", "troops", "personnel deployed in Sabah",
         "Armed Forces chief Gen Tan Sri Zulkifeli Mohd Zin"),
       C("some 1,200", 1200, "about", "displaced", "villagers moved to relief centres",
         "the state disaster management committee")]),

    P("d36_027",
      "16/12/2022 10:32 PM\n"
      "BATANG KALI, Dec 16 (Bernama) -- The death toll in the landslide that hit the Father's "
      "Organic Farm campsite here early today has risen to 18, while 15 people are still "
      "missing, said Selangor Fire and Rescue Department director Norazam Khamis. He said 61 "
      "victims had been found safe, while seven were injured and sent to the Selayang and Kuala "
      "Kubu Bharu hospitals. A total of 94 people were at the campsite when the landslide struck "
      "at about 3 am. Prime Minister Datuk Seri Anwar Ibrahim, who visited the site, announced "
      "RM10,000 in assistance to the families of each victim who died. More than 400 personnel "
      "from the Fire and Rescue Department, police, the Malaysia Civil Defence Force and other "
      "agencies are involved in the search and rescue operation, which will resume at 7 am "
      "tomorrow, according to the Hulu Selangor district police chief.",
      [C("18", 18, "exact", "killed", "campers at Batang Kali", NORAZAM),
       C("15", 15, "exact", "missing", "campers at Batang Kali", NORAZAM),
       C("61", 61, "exact", "other", "victims found safe", NORAZAM, attr_alt=["He"]),
       C("seven", 7, "exact", "injured", "campers injured", NORAZAM, attr_alt=["He"]),
       C("94", 94, "exact", "other", "people at the campsite", NORAZAM,
         attr_alt=[None, "He"]),
       C("More than 400", 400, "more_than", "troops", "search and rescue personnel",
         "the Hulu Selangor district police chief", cat_alt=["other"])],
      published="2022-12-16"),

    P("d36_028",
      "SUBANG JAYA, April 2 (Bernama) -- A total of 305 victims have been affected by the gas "
      "pipeline fire in Putra Heights yesterday, with 145 of them receiving treatment at "
      "hospitals and clinics, said Selangor Menteri Besar Datuk Seri Amirudin Shari. Fewer than "
      "20 of them remain warded, he said. He said 87 houses had been completely destroyed and "
      "another 148 partially damaged, while 1,092 residents are being housed at two temporary "
      "relief centres. The fire, which erupted at 8.10 am, sent flames more than 30 metres into "
      "the air and reached temperatures of over 1,000 degrees Celsius, the Fire and Rescue "
      "Department said. No deaths have been reported.",
      [C("305", 305, "exact", "other", "people affected", AMIRUDIN,
         cat_alt=["injured", "population"]),
       C("145", 145, "exact", "injured", "people receiving treatment", AMIRUDIN),
       C("Fewer than 20", 20, "fewer_than", "injured", "people still warded", AMIRUDIN,
         attr_alt=["he"]),
       C("87", 87, "exact", "infrastructure", "houses destroyed", AMIRUDIN, attr_alt=["He"]),
       C("148", 148, "exact", "infrastructure", "houses partially damaged", AMIRUDIN,
         attr_alt=["He"]),
       C("1,092", 1092, "exact", "displaced", "residents in relief centres", AMIRUDIN,
         attr_alt=["He"]),
       C("two", 2, "exact", "infrastructure", "temporary relief centres", AMIRUDIN,
         cat_alt=["other", "aid"], attr_alt=["He"], optional=True)]),

    # --- Indonesia (Antara) ---------------------------------------------------------------------
    P("d36_029",
      "Thursday, 14th January 2016 19:50 WIB\n"
      "Jakarta (ANTARA News) - Seven people, including five attackers, were killed in a series "
      "of explosions and gunfire in the Sarinah area on Jalan MH Thamrin in Central Jakarta on "
      "Thursday, the National Police said. National Police spokesman Inspector General Anton "
      "Charliyan told reporters that 24 people were injured, including five policemen and "
      "foreign nationals from Austria, Algeria, Germany and the Netherlands. He said there had "
      "been six explosions, one of them at a police post at the intersection. Jakarta Police "
      "chief Inspector General Tito Karnavian said the attack was linked to the Islamic State "
      "group and that police had arrested three suspects in Depok, West Java, hours later. "
      "Around 1,200 personnel had been deployed to guard vital facilities across the capital, "
      "he added.",
      [C("Seven", 7, "exact", "killed", "people in Thamrin attack", "the National Police"),
       C("five", 5, "exact", "killed", "attackers", "the National Police",
         ctx="five attackers"),
       C("24", 24, "exact", "injured", "people in Thamrin attack", CHARLIYAN),
       C("five", 5, "exact", "injured", "policemen injured", CHARLIYAN,
         ctx="five policemen"),
       C("six", 6, "exact", "other", "explosions", CHARLIYAN, cat_alt=["munitions"],
         attr_alt=["He"]),
       C("three", 3, "exact", "detained", "suspects arrested in Depok", TITO),
       C("Around 1,200", 1200, "about", "troops", "personnel deployed in Jakarta", TITO,
         cat_alt=["other"], attr_alt=["he"])],
      published="2016-01-14"),

    P("d36_030",
      "Jayapura, Papua (ANTARA) - The death toll from flash floods that struck Sentani in "
      "Jayapura District, Papua Province, on Saturday night has climbed to 89, while 74 people "
      "remain missing, the National Disaster Mitigation Agency (BNPB) stated on Tuesday. BNPB "
      "spokesman Sutopo Purwo Nugroho noted that 159 people were injured, 84 of them seriously, "
      "and 7,369 residents had taken shelter in 22 evacuation posts. A total of 350 houses were "
      "heavily damaged, Nugroho added. The floods were triggered by torrential rain that fell "
      "for seven hours, causing rivers flowing from the Cyclops Mountains to overflow. Some "
      "1,800 personnel from the TNI, the National Police, the BNPB and volunteers have been "
      "deployed to search for victims, according to the Cenderawasih Military Command. The "
      "Social Affairs Ministry said it had sent 15 tonnes of rice and 2,500 blankets to "
      "Jayapura.",
      [C("89", 89, "exact", "killed", "people in Sentani floods", BNPB),
       C("74", 74, "exact", "missing", "people in Sentani floods", BNPB),
       C("159", 159, "exact", "injured", "people in Sentani floods", SUTOPO),
       C("84", 84, "exact", "injured", "seriously injured", SUTOPO),
       C("7,369", 7369, "exact", "displaced", "residents in evacuation posts", SUTOPO),
       C("22", 22, "exact", "infrastructure", "evacuation posts", SUTOPO,
         cat_alt=["other", "aid"]),
       C("350", 350, "exact", "infrastructure", "houses heavily damaged", SUTOPO,
         attr_alt=["Nugroho"]),
       C("Some 1,800", 1800, "about", "troops", "search personnel",
         "the Cenderawasih Military Command", cat_alt=["other"]),
       C("15", 15, "exact", "aid", "tonnes of rice", "The Social Affairs Ministry"),
       C("2,500", 2500, "exact", "aid", "blankets", "The Social Affairs Ministry")]),

    # --- Korea (Yonhap), Nepal (RSS) and Japan (Kyodo) ------------------------------------------
    P("d36_031",
      "(LEAD) Death toll from hospital fire in Miryang rises to 37\n"
      "2018/01/26 17:20\n"
      "MIRYANG, Jan. 26 (Yonhap) -- The death toll from a fire that broke out at a hospital in "
      "the southeastern city of Miryang on Friday morning has risen to 37, fire authorities "
      "said, making it one of the deadliest fires in South Korea in years. Another 143 people "
      "were injured, 18 of them seriously, as the fire, which started in the emergency room on "
      "the first floor at around 7:32 a.m., sent toxic smoke through the six-story building, the "
      "authorities said. Most of the victims were elderly patients in their 80s and 90s who died "
      "of smoke inhalation on the second and third floors, officials said. The hospital and an "
      "adjacent nursing home had about 200 patients at the time. Fire authorities said "
      "firefighters had rescued 94 people from the nursing home.",
      [C("37", 37, "exact", "killed", "people (headline)", None, ctx="Miryang rises to 37"),
       C("37", 37, "exact", "killed", "people in Miryang hospital fire", "fire authorities",
         ctx="has risen to 37"),
       C("143", 143, "exact", "injured", "people in Miryang hospital fire", "fire authorities",
         attr_alt=["the authorities"]),
       C("18", 18, "exact", "injured", "seriously injured", "fire authorities",
         attr_alt=["the authorities"]),
       C("about 200", 200, "about", "other", "patients at the time", None,
         cat_alt=["population"], attr_alt=["officials"]),
       C("94", 94, "exact", "other", "people rescued from nursing home", "Fire authorities",
         cat_alt=["displaced"])],
      published="2018-01-26"),

    P("d36_032",
      "Kathmandu, Sept 9 (RSS): The number of people killed in Monday's Gen Z demonstration in "
      "the capital and other parts of the country has reached 19, the Ministry of Home Affairs "
      "said. Of them, 17 died in Kathmandu and two in Itahari of Sunsari district, according to "
      "Ministry spokesperson Ram Chandra Tiwari. A total of 347 people, including 28 security "
      "personnel, sustained injuries and are receiving treatment at various hospitals, he said. "
      "The injured were taken to the National Trauma Centre, Civil Service Hospital, Everest "
      "Hospital and Bir Hospital, among others. The District Administration Office, Kathmandu "
      "has extended the curfew in areas around the Federal Parliament building and Singha Durbar "
      "until 10 pm today. The protest had been called by young people against the government's "
      "decision to block 26 social media platforms, including Facebook and YouTube.",
      [C("19", 19, "exact", "killed", "protesters in Nepal", "the Ministry of Home Affairs"),
       C("17", 17, "exact", "killed", "people in Kathmandu", TIWARI),
       C("two", 2, "exact", "killed", "people in Itahari", TIWARI),
       C("347", 347, "exact", "injured", "people injured in protests", TIWARI,
         attr_alt=["he"]),
       C("28", 28, "exact", "injured", "security personnel injured", TIWARI,
         attr_alt=["he"]),
       C("26", 26, "exact", "other", "social media platforms blocked", None,
         optional=True)]),

    P("d36_033",
      "KYOTO, July 19 (Kyodo) -- The death toll from an arson attack on a Kyoto Animation Co. "
      "studio rose to 34 on Friday, with 35 others injured, police said, in what has become the "
      "deadliest mass killing in Japan in decades. A 41-year-old man, Shinji Aoba, who was "
      "seized at the scene with severe burns, told police he had poured gasoline and set it on "
      "fire because the company had \"stolen\" his novel, investigative sources said. Of the 74 "
      "people who were in the three-story building in Kyoto's Fushimi Ward at the time, 20 were "
      "found dead on the third floor and on the stairs leading to the roof, the sources said. "
      "The Kyoto city fire department said it had dispatched 48 fire engines and ambulances. "
      "Kyoto Animation President Hideaki Hatta said most of those inside were young employees, "
      "some of them in their 20s.",
      [C("34", 34, "exact", "killed", "people at Kyoto Animation", "police"),
       C("35", 35, "exact", "injured", "people at Kyoto Animation", "police"),
       C("74", 74, "exact", "other", "people in the building", "investigative sources",
         attr_alt=["the sources"]),
       C("20", 20, "exact", "killed", "found dead on third floor and stairs",
         "investigative sources", attr_alt=["the sources"]),
       C("48", 48, "exact", "other", "fire engines and ambulances",
         "The Kyoto city fire department", optional=True)]),

    P("d36_034",
      "Apr 24, 2022 | KYODO NEWS\n"
      "Japan Coast Guard divers and aircraft on Sunday found 10 people from a tour boat that "
      "went missing off the Shiretoko Peninsula in Hokkaido a day earlier, and all of them were "
      "later confirmed dead, the coast guard said. The 19-ton Kazu I was carrying 26 people, "
      "including two children and two crew members, when it sent a distress call at around "
      "1:15 p.m. Saturday, saying its bow had flooded and it was starting to sink. The search "
      "for the remaining 16 people continued into the night, involving six patrol vessels, three "
      "aircraft and Self-Defense Forces units, the coast guard said. Local fishermen had decided "
      "not to go out that day because of warnings of high waves, according to a fishermen's "
      "cooperative official.",
      [C("10", 10, "exact", "killed", "people found dead", "the coast guard"),
       C("26", 26, "exact", "other", "people on board the Kazu I", "the coast guard",
         attr_alt=[None]),
       C("two", 2, "exact", "other", "children on board", "the coast guard", optional=True,
         ctx="two children"),
       C("two", 2, "exact", "other", "crew members", "the coast guard", optional=True,
         ctx="two crew"),
       C("16", 16, "exact", "missing", "people still missing", "the coast guard"),
       C("six", 6, "exact", "other", "patrol vessels", "the coast guard", optional=True),
       C("three", 3, "exact", "other", "aircraft searching", "the coast guard",
         optional=True)],
      published="2022-04-24"),

    P("d36_035",
      "TOKYO, Oct 25 (Kyodo) -- Japanese freelance journalist Jumpei Yasuda, who was held "
      "captive in Syria for more than three years, arrived at Narita airport on Thursday "
      "evening, ending an ordeal that began when he was abducted by an armed group in June 2015. "
      "Yasuda, 44, said he had been kept in a cell about 1.5 meters wide and was not allowed to "
      "move or make a sound for eight months at one stage. Chief Cabinet Secretary Yoshihide "
      "Suga told a press conference that the government had not paid any ransom for his "
      "release. The flight from Istanbul took about 12 hours, and Yasuda was taken straight to "
      "a hospital near the airport for a medical check.",
      []),

    # --- Nigeria (NAN), Kuwait (KUNA), Syria (SANA), Cuba (Prensa Latina) -----------------------
    P("d36_036",
      "Abuja, April 14, 2014 (NAN) The death toll from Monday morning's twin explosions at the "
      "Nyanya Motor Park on the outskirts of Abuja has risen to 71, the Police have said. The "
      "Deputy Inspector-General of Police in charge of operations, Mr Abdulmajeed Ali, told "
      "newsmen at the scene that 124 persons were injured and had been taken to Asokoro, Nyanya "
      "and Maitama general hospitals and the National Hospital. NAN reports that the blasts "
      "occurred at about 6:45 a.m. when commuters were boarding buses to the city centre, "
      "destroying at least 16 luxury buses and 24 mini-buses. Dr Ezekiel Mannaseh of NEMA said "
      "that 35 of the corpses had been deposited at the Asokoro General Hospital mortuary. "
      "President Goodluck Jonathan, who visited the scene, vowed that the country would "
      "overcome the insurgency.",
      [C("71", 71, "exact", "killed", "people at Nyanya motor park", "the Police"),
       C("124", 124, "exact", "injured", "people at Nyanya motor park", ALI,
         attr_alt=[ALI_LONG]),
       C("at least 16", 16, "at_least", "other", "luxury buses destroyed", None,
         cat_alt=["infrastructure"], optional=True),
       C("24", 24, "exact", "other", "mini-buses destroyed", None,
         cat_alt=["infrastructure"], optional=True),
       C("35", 35, "exact", "killed", "corpses at Asokoro mortuary",
         "Dr Ezekiel Mannaseh of NEMA")],
      published="2014-04-14"),

    P("d36_037",
      "Dutse, Oct. 16, (NAN) — The death toll from Tuesday night's tanker explosion in Majiya, "
      "Taura Local Government Area of Jigawa, has risen to 153, the Police Public Relations "
      "Officer in the state, SP Lawan Shiisu-Adam, has said. Shiisu-Adam told the News Agency "
      "of Nigeria (NAN) in Dutse that 100 others sustained varying degrees of burns and were "
      "receiving treatment at the Ringim General Hospital and the Federal Medical Centre, Birnin "
      "Kudu. He said the tanker, which was conveying petrol from Kano to Yobe, lost control and "
      "overturned near Khadija University, and residents who rushed to scoop the spilled fuel "
      "were caught in the explosion. Residents said 200 to 300 people had gathered at the "
      "scene. NAN reports that 140 of the victims were given a mass burial on Wednesday. The "
      "Jigawa State Emergency Management Agency (SEMA) said 42 of the injured were in critical "
      "condition. Gov. Umar Namadi announced N100 million for the victims' families and "
      "declared three days of mourning.",
      [C("153", 153, "exact", "killed", "people in Majiya tanker explosion", SHIISU,
         attr_alt=["the Police Public Relations Officer in the state"]),
       C("100", 100, "exact", "injured", "people with burns", SHIISU,
         attr_alt=["Shiisu-Adam"]),
       C("200 to 300", 200, "range", "other", "people gathered at the scene", "Residents",
         high=300),
       C("140", 140, "exact", "killed", "victims given mass burial", None),
       C("42", 42, "exact", "injured", "injured in critical condition",
         "The Jigawa State Emergency Management Agency (SEMA)")]),

    P("d36_038",
      "26/06/2015 18:12\n"
      "KUWAIT, June 26 (KUNA) -- Twenty-seven worshippers were martyred and 227 others injured "
      "in a terrorist suicide bombing that targeted Imam Al-Sadiq Mosque in the Al-Sawabir area "
      "during Friday prayers, the Ministry of Interior announced. The ministry said in a "
      "statement that the injured had been taken to Amiri, Mubarak Al-Kabeer and Al-Adan "
      "hospitals, and 40 of them had been discharged after receiving the necessary treatment. "
      "About 2,000 worshippers were inside the mosque at the time, witnesses told KUNA. His "
      "Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah visited the site immediately "
      "after the blast. The Central Blood Bank said more than 1,500 people had come forward to "
      "donate blood within hours.",
      [C("Twenty-seven", 27, "exact", "killed", "worshippers at Imam Al-Sadiq Mosque", KW_MOI),
       C("227", 227, "exact", "injured", "worshippers at Imam Al-Sadiq Mosque", KW_MOI),
       C("40", 40, "exact", "injured", "injured discharged", KW_MOI, cat_alt=["other"],
         attr_alt=["The ministry"]),
       C("About 2,000", 2000, "about", "other", "worshippers inside the mosque", "witnesses"),
       C("more than 1,500", 1500, "more_than", "other", "blood donors",
         "The Central Blood Bank", optional=True)],
      published="2015-06-26"),

    P("d36_039",
      "15 January، 2013\n"
      "Aleppo, SANA – 82 citizens were martyred and more than 160 others were injured, most of "
      "them students, as terrorists fired two rockets at Aleppo University on Tuesday, the "
      "first day of mid-term exams. A source at Aleppo Governorate told SANA's reporter that the "
      "rockets hit the area between the faculty of architecture and the university dormitories, "
      "which house hundreds of families displaced from other neighborhoods of the city. The "
      "source said the injured persons were transferred to Al-Razi and University hospitals. "
      "Governor Mohammad Wahid Akkad said the death toll was likely to rise as dozens of the "
      "injured were in critical condition.",
      [C("82", 82, "exact", "killed", "people at Aleppo University", None,
         attr_alt=[ALEPPO_SRC]),
       C("more than 160", 160, "more_than", "injured", "people at Aleppo University", None,
         attr_alt=[ALEPPO_SRC]),
       C("two", 2, "exact", "munitions", "rockets fired", None, attr_alt=[ALEPPO_SRC]),
       C("hundreds", 100, "vague", "displaced", "families in dormitories", None,
         attr_alt=[ALEPPO_SRC]),
       C("dozens", 12, "vague", "injured", "injured in critical condition",
         "Governor Mohammad Wahid Akkad")],
      published="2013-01-15"),

    P("d36_040",
      "Havana, May 19 (Prensa Latina) The number of deaths in the crash of the Boeing 737-200 "
      "aircraft leased by Cubana de Aviacion, which went down shortly after take-off from "
      "Havana's Jose Marti International Airport on Friday, stands at 110, Cuban Transport "
      "Minister Adel Yzquierdo told the press. Of the 113 people on board, 102 were Cuban "
      "passengers, five were foreigners and six were Mexican crew members, the minister "
      "specified. The three survivors, all women, are in critical condition at the Calixto "
      "Garcia University Hospital, according to its director, Carlos Martinez. The plane, "
      "operated by the Mexican company Damojh, was flying Cubana flight DMJ 0972 to the eastern "
      "city of Holguin. The Council of State declared official mourning from 6:00 a.m. on May "
      "19 until 12:00 p.m. on May 20.",
      [C("110", 110, "exact", "killed", "people in Cubana crash", YZQUIERDO),
       C("113", 113, "exact", "other", "people on board", YZQUIERDO,
         attr_alt=["the minister"]),
       C("102", 102, "exact", "other", "Cuban passengers on board", YZQUIERDO,
         cat_alt=["killed"], attr_alt=["the minister"]),
       C("five", 5, "exact", "other", "foreigners on board", YZQUIERDO, cat_alt=["killed"],
         attr_alt=["the minister"]),
       C("six", 6, "exact", "other", "Mexican crew members", YZQUIERDO, cat_alt=["killed"],
         attr_alt=["the minister"]),
       C("three", 3, "exact", "other", "survivors in critical condition", "Carlos Martinez",
         cat_alt=["injured"], attr_alt=["its director"])]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d36_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
