"""Source of the eighty-ninth development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) on protests, uprisings and crackdowns from 1989 to 2025 around the
world, written for this set (none copied from an article) in the styles of wire copy (Reuters,
AP, AFP, EFE, Newswire), rights-group statements and releases (Human Rights Watch, Amnesty
International, local monitors) quoted in the news, national dailies, broadcaster pages with
"Published"/"Updated" lines, and headline-plus-standfirst pages. Crowd sizes against police
counts, dead, injured (police officers among them), detained and charged, troops and police
deployed, people who fled; rights-group counts against government counts. Annotated by hand and
blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets (``tests/devset2`` onwards and
``tests/holdout2``). Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset89/build_devset89.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES: list[Passage] = []

# --- Georgia ---------------------------------------------------------------------------------
TASS = "the official Tass news agency"
GE_ACTIVISTS = "Georgian activists"
PASSAGES += [
    P("d89_001",
      "MOSCOW, April 10 (Reuters) - Soviet troops wielding clubs and sharpened spades broke up a "
      "rally of about 10,000 Georgian nationalists outside the government building in Tbilisi "
      "before dawn on Sunday, and at least 16 people were killed, the official Tass news agency "
      "said. Tass said most of the dead were women crushed in the stampede, and that 75 soldiers "
      "and 120 demonstrators had been treated for injuries. Georgian activists reached by "
      "telephone put the death toll at \"more than 30\" and said hundreds had been poisoned by a "
      "gas the troops sprayed into the crowd. A curfew was imposed from 11 p.m. to 6 a.m. and "
      "armoured vehicles patrolled Rustaveli Avenue, they said. The Georgian Communist Party "
      "leader, Dzhumber Patiashvili, 53, told local television that the decision to clear the "
      "square had been taken \"with the agreement of Moscow\".",
      [C("about 10,000", 10000, "about", "other", "Georgian nationalists at the rally", TASS,
         attr_alt=[None]),
       C("at least 16", 16, "at_least", "killed", "people in Tbilisi", TASS),
       C("75", 75, "exact", "injured", "soldiers treated for injuries", "Tass", attr_alt=[TASS]),
       C("120", 120, "exact", "injured", "demonstrators treated for injuries", "Tass",
         attr_alt=[TASS]),
       C("more than 30", 30, "more_than", "killed", "people in Tbilisi", GE_ACTIVISTS,
         attr_alt=["Georgian activists reached by telephone"]),
       C("hundreds", 100, "vague", "injured", "people poisoned by gas", GE_ACTIVISTS,
         attr_alt=["Georgian activists reached by telephone"])]),

    P("d89_002",
      "Police break up Tbilisi rally before parade; four dead\n"
      "26 May 2011 | 17:40\n"
      "Riot police fired rubber bullets and tear gas to clear thousands of opposition supporters "
      "from Rustaveli Avenue shortly after midnight, hours before an Independence Day military "
      "parade was due to pass along it. The Interior Ministry said a police officer and a "
      "protester were killed when a car in the convoy of opposition leader Nino Burjanadze drove "
      "at high speed through a police cordon. The bodies of two more men were found on the roof "
      "of a shop on Thursday afternoon; investigators believe they were electrocuted while "
      "fleeing. The ministry said 27 officers and 16 demonstrators had been taken to hospital and "
      "90 people detained, among them Ms Burjanadze's bodyguard. The Public Defender's office "
      "said it had received complaints from at least 40 people who said they had been beaten in "
      "custody.",
      [C("four", 4, "exact", "killed", "people (headline)", None),
       C("thousands", 1000, "vague", "other", "opposition supporters on Rustaveli Avenue", None),
       C("two", 2, "exact", "killed", "men found on a roof", None, attr_alt=["investigators"],
         ctx="two more men"),
       C("27", 27, "exact", "injured", "police officers taken to hospital", "The ministry",
         attr_alt=["The Interior Ministry"]),
       C("16", 16, "exact", "injured", "demonstrators taken to hospital", "The ministry",
         attr_alt=["The Interior Ministry"]),
       C("90", 90, "exact", "detained", "people detained", "The ministry",
         attr_alt=["The Interior Ministry"]),
       C("at least 40", 40, "at_least", "injured", "people beaten in custody",
         "The Public Defender's office", cat_alt=["detained", "other"])],
      published="2011-05-26"),
]

# --- Egypt -----------------------------------------------------------------------------------
EG_MED = "medical officials"
EG_MOH = "The Health Ministry"
PASSAGES += [
    P("d89_003",
      "CAIRO (AP) — Tens of thousands of protesters battled police across Egypt on Friday, "
      "torching the ruling party's headquarters in Cairo and defying a curfew as army vehicles "
      "rolled into the streets for the first time in four days of unrest. At least 13 people "
      "were killed in Suez and five in Cairo, medical officials said, speaking on condition of "
      "anonymity because they were not authorized to brief reporters. The Health Ministry said "
      "1,030 people had been injured nationwide, among them more than 400 police officers. "
      "Security officials said at least 17 police stations had been set ablaze in Cairo, "
      "Alexandria and Suez. President Hosni Mubarak, 82, went on television after midnight to "
      "announce he had dismissed his government but would not step down.",
      [C("Tens of thousands", 10000, "vague", "other", "protesters across Egypt", None),
       C("At least 13", 13, "at_least", "killed", "people in Suez", EG_MED),
       C("five", 5, "exact", "killed", "people in Cairo", EG_MED, ctx="five in Cairo"),
       C("1,030", 1030, "exact", "injured", "people nationwide", EG_MOH),
       C("more than 400", 400, "more_than", "injured", "police officers", EG_MOH),
       C("at least 17", 17, "at_least", "infrastructure", "police stations set ablaze",
         "Security officials")]),
]

# --- Bangladesh ------------------------------------------------------------------------------
PASSAGES += [
    P("d89_004",
      "DHAKA, Dec 4, 1990 (AFP) - President Hussain Muhammad Ershad announced on Tuesday night "
      "that he would resign, bowing to eight weeks of street protests in which opposition parties "
      "say more than 50 people have been killed. Hundreds of thousands of people poured into the "
      "streets of the capital in celebration, defying a curfew in force since November 27, "
      "witnesses said. The government had acknowledged 24 deaths and said 11 of them were "
      "policemen. Army troops, deployed in Dhaka under the state of emergency declared last week, "
      "stayed in their barracks. Student leaders said some 300 activists held under the Special "
      "Powers Act had yet to be freed. The killing of a young doctor, Shamsul Alam Khan Milon, "
      "32, near the Dhaka University campus on November 27 had turned the movement into a mass "
      "uprising.",
      [C("more than 50", 50, "more_than", "killed", "people in the protests",
         "opposition parties"),
       C("Hundreds of thousands", 100000, "vague", "other", "people celebrating in Dhaka",
         "witnesses"),
       C("24", 24, "exact", "killed", "deaths acknowledged", "The government"),
       C("11", 11, "exact", "killed", "policemen among the dead", "The government"),
       C("some 300", 300, "about", "detained", "activists held", "Student leaders")],
      published="1990-12-04"),

    P("d89_005",
      "Quota reform protest: 160 hurt as police charge students at Shahbagh\n"
      "Published: 12:00 AM, April 10, 2018\n"
      "At least 160 people, most of them students, were injured when police fired tear gas, "
      "rubber bullets and water cannon to break up a sit-in demanding reform of the quota system "
      "in government jobs, doctors at Dhaka Medical College Hospital said. Police said 22 of their "
      "members had been hurt by brickbats. The protest began on Sunday afternoon with about 2,000 "
      "students and swelled past midnight as students from other campuses joined in. Some 56 "
      "percent of posts in the civil service are reserved under the system, 30 percent of them "
      "for the children and grandchildren of the freedom fighters of 1971. Detective Branch "
      "officers picked up at least 15 students overnight, though 11 had been released by Monday "
      "morning, a student leader said.",
      [C("160", 160, "exact", "injured", "people (headline)", None, ctx="160 hurt"),
       C("At least 160", 160, "at_least", "injured", "people, most of them students",
         "doctors at Dhaka Medical College Hospital"),
       C("22", 22, "exact", "injured", "police officers hurt by brickbats", "Police"),
       C("about 2,000", 2000, "about", "other", "students at the start of the protest", None),
       C("Some 56 percent", 56, "about", "other", "share of civil-service posts reserved", None,
         optional=True),
       C("30 percent", 30, "exact", "other", "share reserved for freedom fighters' families",
         None, optional=True),
       C("at least 15", 15, "at_least", "detained", "students picked up", "a student leader"),
       C("11", 11, "exact", "detained", "students released", "a student leader")],
      published="2018-04-10"),
]

# --- Serbia ----------------------------------------------------------------------------------
ARHIV = "The Archive of Public Gatherings"
PASSAGES += [
    P("d89_006",
      "Hundreds of thousands rally in Belgrade in largest protest in Serbia's history\n"
      "Independent monitor puts crowd at up to 325,000; police say 107,000\n"
      "Updated: 16.03.2025 09:12\n"
      "The Archive of Public Gatherings, an independent group that counts crowds from photographs "
      "and video, said between 275,000 and 325,000 people had filled Slavija Square and the "
      "surrounding streets on Saturday, making it the largest gathering ever recorded in the "
      "country. The Interior Ministry put the figure at 107,000. Emergency services said 56 "
      "people had sought medical help, most of them for minor injuries, and police said they had "
      "detained 22 people, among them a man who drove into the crowd. Many in the crowd said a "
      "sudden deafening noise during 15 minutes of silence for the 15 victims of the Novi Sad "
      "canopy collapse had sent people running, but the government denied using a sonic weapon.",
      [C("Hundreds of thousands", 100000, "vague", "other", "protesters in Belgrade (headline)",
         None),
       C("up to 325,000", 325000, "at_most", "other", "crowd in Belgrade (standfirst)",
         "Independent monitor", attr_alt=[ARHIV]),
       C("107,000", 107000, "exact", "other", "crowd in Belgrade (standfirst)", "police",
         ctx="police say 107,000"),
       C("between 275,000 and 325,000", 275000, "range", "other", "crowd in Belgrade", ARHIV,
         high=325000),
       C("107,000", 107000, "exact", "other", "crowd in Belgrade", "The Interior Ministry",
         ctx="figure at 107,000"),
       C("56", 56, "exact", "injured", "people who sought medical help", "Emergency services",
         cat_alt=["other"]),
       C("22", 22, "exact", "detained", "people detained", "police"),
       C("15", 15, "exact", "killed", "victims of the Novi Sad canopy collapse", None,
         attr_alt=["Many in the crowd"], ctx="the 15 victims")],
      published="2025-03-16"),
]

# --- Peru ------------------------------------------------------------------------------------
PE_OMB = "the Ombudsman's Office"
PASSAGES += [
    P("d89_007",
      "LIMA, Peru (AP) — Police backed by an armored vehicle smashed through a gate of Lima's San "
      "Marcos University on Saturday and detained 193 people who had been housed on the campus "
      "after traveling from southern Peru to protest against President Dina Boluarte. Interior "
      "Minister Vicente Romero said officers had found no weapons but that the occupation was "
      "illegal. The Ombudsman's Office said at least 30 of those held were students and that it "
      "was monitoring the detainees, who were taken to a police building. Thousands of protesters, "
      "many of them from the Andean regions of Puno and Cusco, had marched through the capital on "
      "Thursday in what organizers called the \"takeover of Lima,\" as some 11,800 police officers "
      "were deployed. The unrest, which began when former President Pedro Castillo was ousted and "
      "arrested on Dec. 7, has left 46 people dead, according to the Ombudsman's Office, 45 of "
      "them in clashes with security forces.",
      [C("193", 193, "exact", "detained", "people detained at San Marcos University", None,
         attr_alt=["Police"]),
       C("at least 30", 30, "at_least", "detained", "students among those held",
         "The Ombudsman's Office"),
       C("Thousands", 1000, "vague", "other", "protesters in Lima", None),
       C("some 11,800", 11800, "about", "troops", "police officers deployed", None,
         cat_alt=["other"]),
       C("46", 46, "exact", "killed", "people in the unrest", PE_OMB),
       C("45", 45, "exact", "killed", "people killed in clashes", PE_OMB)]),

    P("d89_008",
      "LIMA, May 22, 2015 (Reuters) - Peru declared a 60-day state of emergency in the southern "
      "province of Islay on Friday and sent about 1,000 soldiers to reinforce 3,000 police "
      "officers, after weeks of protests against Southern Copper's $1.4 billion Tia Maria project "
      "left three people dead. A protester was shot dead in Cocachacra on Friday, the Interior "
      "Ministry said, the third death since demonstrations began on March 23. The ministry said "
      "203 police officers had been injured in the unrest, which has also left dozens of farmers "
      "wounded, according to local health officials. Farmers in the Tambo Valley fear the "
      "open-pit mine will contaminate water for their rice and sugar crops. Southern Copper, a "
      "unit of Grupo Mexico, says the mine will use desalinated seawater.",
      [C("about 1,000", 1000, "about", "troops", "soldiers sent to Islay", None,
         attr_alt=["Peru"]),
       C("3,000", 3000, "exact", "troops", "police officers in Islay", None,
         cat_alt=["other"], attr_alt=["Peru"]),
       C("three", 3, "exact", "killed", "people in the protests", None,
         attr_alt=["the Interior Ministry"]),
       C("203", 203, "exact", "injured", "police officers", "The ministry",
         attr_alt=["the Interior Ministry"]),
       C("dozens", 12, "vague", "injured", "farmers wounded", "local health officials")],
      published="2015-05-22"),
]

# --- Belarus ---------------------------------------------------------------------------------
MILINKEVICH = "Opposition leader Alexander Milinkevich"
PASSAGES += [
    P("d89_009",
      "MINSK, March 24 (Reuters) - Riot police in Belarus stormed a tent camp in central Minsk "
      "before dawn on Friday and hauled away hundreds of protesters who had camped out since "
      "Sunday's presidential election, which the opposition says was rigged. A police spokesman, "
      "Oleg Slepchenko, said about 460 people had been detained and would face court hearings. "
      "Opposition leader Alexander Milinkevich told reporters that more than 500 had been taken, "
      "including 11 foreigners, and that several had been beaten. The camp, on October Square, had "
      "at times grown to about 300 people, with thousands more joining rallies each evening. On "
      "Sunday night, opposition organisers estimated that up to 40,000 people had gathered on the "
      "square, while state television said fewer than 7,000 had turned out.",
      [C("hundreds", 100, "vague", "detained", "protesters hauled away", None,
         attr_alt=["Riot police in Belarus"]),
       C("about 460", 460, "about", "detained", "people detained", "Oleg Slepchenko",
         attr_alt=["A police spokesman"]),
       C("more than 500", 500, "more_than", "detained", "people detained", MILINKEVICH),
       C("11", 11, "exact", "detained", "foreigners detained", MILINKEVICH),
       C("about 300", 300, "about", "other", "people in the tent camp", None),
       C("thousands", 1000, "vague", "other", "people joining evening rallies", None),
       C("up to 40,000", 40000, "at_most", "other", "crowd on election night",
         "opposition organisers"),
       C("fewer than 7,000", 7000, "fewer_than", "other", "crowd on election night",
         "state television")]),
]

VIASNA = "The Viasna Human Rights Centre"
PASSAGES += [
    P("d89_010",
      "Belarus: Mass Arrests at Protest Over 'Parasite' Tax\n"
      "March 27, 2017 12:00AM EDT\n"
      "(Berlin) – Belarusian police detained hundreds of peaceful protesters, journalists and "
      "passers-by in Minsk on March 25, 2017, Human Rights Watch said today. The Viasna Human "
      "Rights Centre, a leading Belarusian group, counted more than 700 people held in the capital "
      "on Saturday, among them at least 30 journalists, and said riot police had raided its own "
      "office that morning and detained 57 people who were monitoring the protest. The Interior "
      "Ministry did not give a figure but said that police had \"prevented provocations\" and "
      "seized petrol bombs and weapons from two cars. The protests began in February against "
      "Presidential Decree No. 3, which requires people who work fewer than 183 days a year to pay "
      "a fee of about US$250. President Alexander Lukashenko, in power since 1994, suspended the "
      "decree on March 9 after thousands had marched in more than a dozen towns.",
      [C("hundreds", 100, "vague", "detained", "protesters, journalists and passers-by",
         "Human Rights Watch", attr_alt=[None]),
       C("more than 700", 700, "more_than", "detained", "people held in Minsk", VIASNA),
       C("at least 30", 30, "at_least", "detained", "journalists held", VIASNA),
       C("57", 57, "exact", "detained", "monitors detained in the office raid", VIASNA),
       C("two", 2, "exact", "other", "cars with petrol bombs and weapons",
         "The Interior Ministry", optional=True, ctx="two cars"),
       C("thousands", 1000, "vague", "other", "marchers in February and March", None,
         attr_alt=["Human Rights Watch"]),
       C("more than a dozen", 12, "more_than", "other", "towns with marches", None,
         optional=True)],
      published="2017-03-27"),
]

# --- Indonesia -------------------------------------------------------------------------------
JK_HOSP = "hospital sources"
ATMA = "Doctors at Jakarta's Atma Jaya hospital"
PASSAGES += [
    P("d89_011",
      "JAKARTA (JP): At least eight people, including five students, were killed and hundreds "
      "injured on Friday when troops opened fire on protesters marching on the People's "
      "Consultative Assembly (MPR) near the Semanggi cloverleaf, hospital sources said. Doctors at "
      "Jakarta's Atma Jaya hospital said they had received six bodies, four of them with gunshot "
      "wounds, and treated 115 injured people. Armed Forces spokesman Brig. Gen. Syamsul Ma'arif "
      "said 17 soldiers had also been hurt and insisted that troops had used only rubber bullets. "
      "The students are demanding that the MPR's special session, which ends today, reject "
      "President B.J. Habibie's plan to hold elections in June 1999. Some 30,000 troops and police "
      "officers have been deployed around the capital for the four-day session.",
      [C("At least eight", 8, "at_least", "killed", "people near Semanggi", JK_HOSP),
       C("five", 5, "exact", "killed", "students", JK_HOSP),
       C("hundreds", 100, "vague", "injured", "people near Semanggi", JK_HOSP),
       C("six", 6, "exact", "killed", "bodies received at Atma Jaya", ATMA),
       C("four", 4, "exact", "killed", "bodies with gunshot wounds", ATMA,
         ctx="four of them"),
       C("115", 115, "exact", "injured", "people treated at Atma Jaya", ATMA),
       C("17", 17, "exact", "injured", "soldiers hurt",
         "Armed Forces spokesman Brig. Gen. Syamsul Ma'arif"),
       C("Some 30,000", 30000, "about", "troops", "troops and police officers deployed", None)]),

    P("d89_012",
      "JAKARTA, Sept 27 (Reuters) - Two university students died after clashes with police in "
      "Kendari, on Sulawesi island, the first deaths in a week of nationwide protests against a "
      "new criminal code and a law that weakens Indonesia's anti-graft agency, police said on "
      "Friday. One of them, Randi, 21, was shot in the chest, a hospital official said. Jakarta "
      "police chief Gatot Eddy Pramono said 94 people had been arrested in the capital overnight "
      "and more than 200 on Tuesday and Wednesday, when protesters threw rocks and set fire to a "
      "police post near parliament. The Jakarta health agency said 265 people had been treated in "
      "hospitals, 39 of them police officers. President Joko Widodo has delayed a vote on the "
      "criminal code, which would outlaw sex outside marriage, but has refused to revoke the "
      "anti-graft law.",
      [C("Two", 2, "exact", "killed", "university students in Kendari", "police"),
       C("94", 94, "exact", "detained", "people arrested overnight",
         "Jakarta police chief Gatot Eddy Pramono"),
       C("more than 200", 200, "more_than", "detained", "people arrested on Tuesday and "
         "Wednesday", "Jakarta police chief Gatot Eddy Pramono"),
       C("265", 265, "exact", "injured", "people treated in hospitals",
         "The Jakarta health agency", cat_alt=["other"]),
       C("39", 39, "exact", "injured", "police officers treated", "The Jakarta health agency",
         cat_alt=["other"])]),
]

# --- Vietnam ---------------------------------------------------------------------------------
BT_GOV = "the provincial government"
PASSAGES += [
    P("d89_013",
      "HANOI, June 11, 2018 (AFP) - Vietnamese police arrested 102 people after protesters "
      "stormed a provincial government building and torched police vehicles in the southern "
      "province of Binh Thuan, state media said Monday, as rare nationwide demonstrations against "
      "plans for new economic zones turned violent. Thousands of people took to the streets in "
      "Hanoi, Ho Chi Minh City and at least five other cities on Sunday, fearing that land in the "
      "zones would be leased to Chinese firms for up to 99 years. In Phan Ri Cua town, protesters "
      "hurled rocks and petrol bombs at riot police, setting fire to eight police cars and "
      "damaging the offices of the district People's Committee, the provincial government said on "
      "its website. It said 27 police officers had been injured but gave no figure for "
      "protesters. The National Assembly has postponed a vote on the bill until October.",
      [C("102", 102, "exact", "detained", "people arrested in Binh Thuan", "state media"),
       C("Thousands", 1000, "vague", "other", "protesters nationwide", None),
       C("at least five", 5, "at_least", "other", "other cities with protests", None,
         optional=True),
       C("eight", 8, "exact", "other", "police cars set on fire", BT_GOV, optional=True,
         cat_alt=["infrastructure"]),
       C("27", 27, "exact", "injured", "police officers", BT_GOV, attr_alt=["It"])],
      published="2018-06-11"),
]

# --- Sri Lanka -------------------------------------------------------------------------------
ROHANA = "Police Spokesman SSP Ajith Rohana"
THALDUWA = "Police Media Spokesman SSP Nihal Thalduwa"
PASSAGES += [
    P("d89_014",
      "Fisherman killed as police open fire on Chilaw fuel protest\n"
      "Thursday, 16 February 2012 01:10\n"
      "A fisherman was killed and at least 10 others were injured when police opened fire on a "
      "crowd protesting against a steep rise in fuel prices in Chilaw yesterday, hospital officials "
      "said. Police Spokesman SSP Ajith Rohana said 14 policemen had also been admitted to the "
      "Chilaw Hospital after being attacked with stones and clubs, and that 12 protesters had been "
      "arrested. A police curfew was imposed on the town from 7 p.m. The Government raised the "
      "price of kerosene, which most fishermen use to run their outboard motors, by 49% on "
      "Saturday. Fisheries Minister Rajitha Senaratne said some 2,000 fishermen had blocked the "
      "Colombo-Puttalam road for nearly six hours before the shooting.",
      [C("at least 10", 10, "at_least", "injured", "people in Chilaw", "hospital officials"),
       C("14", 14, "exact", "injured", "policemen admitted to hospital", ROHANA),
       C("12", 12, "exact", "detained", "protesters arrested", ROHANA),
       C("some 2,000", 2000, "about", "other", "fishermen blocking the road",
         "Fisheries Minister Rajitha Senaratne")],
      published="2012-02-16"),

    P("d89_015",
      "Colombo, April 1 (Newswire) – Police arrested 54 people, including five photojournalists, "
      "after a protest outside President Gotabaya Rajapaksa's private residence in Mirihana turned "
      "violent late on Thursday, Police Media Spokesman SSP Nihal Thalduwa said today. He said 24 "
      "police officers were injured, five of them seriously, and that protesters had set fire to a "
      "police bus, a jeep and two motorcycles. The Lawyers' Collective said at least 15 of those "
      "arrested had been beaten while in custody and that its members had been denied access to "
      "them for more than 12 hours. A curfew was imposed in the Colombo District overnight. "
      "Hundreds of residents, angered by power cuts of up to 13 hours a day, had gathered outside "
      "the residence on Thursday evening. India, which has extended a $1 billion credit line, "
      "delivered 40,000 tonnes of diesel on Saturday to ease the shortages, the Indian High "
      "Commission said.",
      [C("54", 54, "exact", "detained", "people arrested", THALDUWA),
       C("five", 5, "exact", "detained", "photojournalists arrested", THALDUWA,
         ctx="five photojournalists"),
       C("24", 24, "exact", "injured", "police officers", THALDUWA, attr_alt=["He"]),
       C("five", 5, "exact", "injured", "police officers seriously injured", THALDUWA,
         attr_alt=["He"], ctx="five of them seriously"),
       C("two", 2, "exact", "other", "motorcycles set on fire", THALDUWA, optional=True,
         cat_alt=["infrastructure"], attr_alt=["He"], ctx="two motorcycles"),
       C("at least 15", 15, "at_least", "injured", "detainees beaten in custody",
         "The Lawyers' Collective", cat_alt=["detained", "other"]),
       C("Hundreds", 100, "vague", "other", "residents outside the residence", None),
       C("40,000", 40000, "exact", "aid", "tonnes of diesel delivered by India",
         "the Indian High Commission")]),
]

# --- Colombia --------------------------------------------------------------------------------
PINZON = "Defense Minister Juan Carlos Pinzón"
PASSAGES += [
    P("d89_016",
      "BOGOTA, Aug 30 (EFE).- Two people were killed and more than 150 injured during Thursday's "
      "protests in Bogota and towns around the capital in support of striking farmers, Defense "
      "Minister Juan Carlos Pinzón said on Friday. Pinzón said 48 police officers were among the "
      "injured and that 158 people had been detained, 112 of them in Bogota. President Juan Manuel "
      "Santos ordered 50,000 soldiers onto the streets of the capital and the country's main "
      "roads. The strike, which began on Aug. 19, has been joined by potato, dairy and coffee "
      "growers in at least 15 of the country's 32 departments, who say free-trade agreements and "
      "the high cost of fertilizer have ruined them. In Boyacá, farmers blocking a highway held 23 "
      "police officers for six hours before handing them over to a church commission, Governor "
      "Juan Carlos Granados said. The ombudsman's office has counted 12 deaths "
      "since the strike began.",
      [C("Two", 2, "exact", "killed", "people in Bogota and nearby towns", PINZON),
       C("more than 150", 150, "more_than", "injured", "people in the protests", PINZON),
       C("48", 48, "exact", "injured", "police officers", "Pinzón", attr_alt=[PINZON]),
       C("158", 158, "exact", "detained", "people detained", "Pinzón", attr_alt=[PINZON]),
       C("112", 112, "exact", "detained", "people detained in Bogota", "Pinzón",
         attr_alt=[PINZON]),
       C("50,000", 50000, "exact", "troops", "soldiers ordered onto the streets", None,
         attr_alt=["President Juan Manuel Santos"]),
       C("at least 15", 15, "at_least", "other", "departments joining the strike", None,
         optional=True),
       C("32", 32, "exact", "other", "departments of Colombia", None, optional=True),
       C("23", 23, "exact", "hostages", "police officers held by farmers in Boyacá",
         "Governor Juan Carlos Granados", cat_alt=["detained"]),
       C("12", 12, "exact", "killed", "deaths since the strike began",
         "The ombudsman's office")]),
]

# --- Hong Kong -------------------------------------------------------------------------------
PASSAGES += [
    P("d89_017",
      "Police arrest 370, including 10 under new security law, on handover anniversary\n"
      "Published: 11:58pm, 1 Jul, 2020\n"
      "Hong Kong police arrested about 370 people on Wednesday, 10 of them on suspicion of "
      "breaching the national security law that Beijing imposed the night before, as thousands "
      "defied a ban on the annual July 1 march. The force said on Facebook that one of the first "
      "people arrested under the law was a man carrying a flag that read \"Hong Kong "
      "Independence\". A police officer was stabbed in the arm by a protester in Wan Chai, and "
      "three officers were injured when a motorcyclist drove into a police line, a spokesman "
      "said. Officers fired water cannon and pepper balls in Causeway Bay, where hundreds had "
      "gathered. The new law carries sentences of up to life imprisonment for secession, "
      "subversion, terrorism and collusion with foreign forces.",
      [C("370", 370, "exact", "detained", "people arrested (headline)", None,
         attr_alt=["Police"], ctx="arrest 370"),
       C("10", 10, "exact", "detained", "people arrested under the security law (headline)",
         None, attr_alt=["Police"], ctx="including 10"),
       C("about 370", 370, "about", "detained", "people arrested", None,
         attr_alt=["Hong Kong police"]),
       C("10", 10, "exact", "detained", "people arrested under the security law", None,
         attr_alt=["Hong Kong police"], ctx="10 of them"),
       C("thousands", 1000, "vague", "other", "people defying the march ban", None),
       C("three", 3, "exact", "injured", "police officers hit by a motorcyclist",
         "a spokesman"),
       C("hundreds", 100, "vague", "other", "people in Causeway Bay", None)],
      published="2020-07-01"),
]

# --- Tunisia ---------------------------------------------------------------------------------
CHIBANI = "Ministry spokesman Khelifa Chibani"
PASSAGES += [
    P("d89_018",
      "TUNIS, Jan 11 (Reuters) - Tunisian police have arrested 778 people since protests against "
      "price and tax increases began on Monday, the interior ministry said on Thursday, as the "
      "army deployed in several towns to protect government buildings. Ministry spokesman Khelifa "
      "Chibani told Reuters that 97 police officers had been injured and 88 police vehicles "
      "damaged, and that protesters had looted shops and a supermarket in Tebourba, 30 km west of "
      "Tunis. One man died there on Monday night; the ministry said he suffered from chronic "
      "breathing problems and had inhaled tear gas, while his family said he had been run over by "
      "a police vehicle. The government's 2018 budget raised value-added tax by one percentage "
      "point and put up the price of petrol to cut a deficit that the International Monetary Fund "
      "wants reduced to 4.9 percent of GDP. The opposition Popular Front has called for more "
      "protests on Sunday, the seventh anniversary of Zine El-Abidine Ben Ali's fall.",
      [C("778", 778, "exact", "detained", "people arrested", "the interior ministry"),
       C("97", 97, "exact", "injured", "police officers", CHIBANI),
       C("88", 88, "exact", "other", "police vehicles damaged", CHIBANI, optional=True,
         cat_alt=["infrastructure"]),
       C("One", 1, "exact", "killed", "man in Tebourba", None)]),
]

# --- Armenia ---------------------------------------------------------------------------------
AM_MOH = "The Health Ministry"
PASSAGES += [
    P("d89_019",
      "Armenian police detain protest leader Pashinyan and nearly 200 others\n"
      "YEREVAN, April 22 (Reuters) - Armenian police detained opposition leader Nikol Pashinyan "
      "and two other opposition lawmakers on Sunday, hours after a televised meeting with Prime "
      "Minister Serzh Sargsyan broke down after three minutes. Police said 192 protesters had been "
      "detained in Yerevan by evening, while the opposition put the number at more than 230. Tens "
      "of thousands of people marched through the capital on Saturday night, the 10th day of "
      "protests against Sargsyan, who became prime minister last week after serving two terms as "
      "president. The Health Ministry said 46 people, among them six police officers, had sought "
      "medical help since the protests began on April 13. Sargsyan, 63, told Pashinyan that the "
      "protesters were \"a small minority\" of Armenia's population of nearly 3 million.",
      [C("nearly 200", 200, "about", "detained", "protesters detained (headline)", None,
         attr_alt=["Armenian police"]),
       C("two", 2, "exact", "detained", "opposition lawmakers detained", None,
         attr_alt=["Armenian police"], ctx="two other opposition"),
       C("192", 192, "exact", "detained", "protesters detained in Yerevan", "Police"),
       C("more than 230", 230, "more_than", "detained", "protesters detained",
         "the opposition"),
       C("Tens of thousands", 10000, "vague", "other", "marchers in Yerevan", None),
       C("46", 46, "exact", "injured", "people who sought medical help", AM_MOH,
         cat_alt=["other"]),
       C("six", 6, "exact", "injured", "police officers who sought medical help", AM_MOH,
         cat_alt=["other"]),
       C("nearly 3 million", 3_000_000, "about", "population", "Armenia's population", None,
         attr_alt=["Sargsyan"])]),
]

# --- Iran ------------------------------------------------------------------------------------
IR_TV = "State television"
RADAN = "Deputy police chief Ahmad Reza Radan"
MONTAZER = "Police spokesman Saeed Montazer al-Mahdi"
PASSAGES += [
    P("d89_020",
      "TEHRAN, Dec 28, 2009 (AFP) - Iranian police have arrested more than 300 people over Sunday's "
      "opposition protests on the Shiite holy day of Ashura, in which eight people died, state "
      "media reported on Monday. State television said five of the dead had been killed by "
      "\"anti-revolutionary groups\" and that one had fallen from a bridge, while the others died "
      "in accidents. Opposition websites said security forces had shot dead at least four people "
      "in central Tehran, among them Seyed Ali Mousavi, 43, a nephew of opposition leader Mir "
      "Hossein Mousavi. Deputy police chief Ahmad Reza Radan was quoted by the ISNA news agency as "
      "saying that \"no shots were fired\" by police and that \"over 30\" officers had been hurt. "
      "Thousands of protesters clashed with police and Basij militiamen in Tehran and at least "
      "four other cities, according to witnesses.",
      [C("more than 300", 300, "more_than", "detained", "people arrested", "state media"),
       C("eight", 8, "exact", "killed", "people on Ashura", "state media"),
       C("five", 5, "exact", "killed", "dead killed by 'anti-revolutionary groups'", IR_TV),
       C("one", 1, "exact", "killed", "person who fell from a bridge", IR_TV, optional=True,
         ctx="one had fallen"),
       C("at least four", 4, "at_least", "killed", "people shot dead in central Tehran",
         "Opposition websites", ctx="at least four people"),
       C("over 30", 30, "more_than", "injured", "police officers hurt", RADAN,
         attr_alt=["the ISNA news agency"]),
       C("Thousands", 1000, "vague", "other", "protesters", "witnesses"),
       C("at least four", 4, "at_least", "other", "other cities with clashes", "witnesses",
         optional=True, ctx="at least four other")],
      published="2009-12-28"),

    P("d89_021",
      "DUBAI, Feb 20 (Reuters) - Three Iranian police officers were killed when a bus rammed into "
      "them during clashes with members of a Sufi order in northern Tehran, and two members of the "
      "Basij militia were stabbed to death, police said on Tuesday. Police spokesman Saeed "
      "Montazer al-Mahdi said 300 \"rioters\" had been arrested and that 30 police officers had "
      "been wounded in the violence, which broke out on Monday night near the home of the "
      "Gonabadi dervishes' 90-year-old leader. A website run by the dervishes said dozens of its "
      "members had been injured and that some of those detained had been taken away with serious "
      "head wounds. Iran's judiciary chief, Ayatollah Sadegh Amoli Larijani, said the perpetrators "
      "would be dealt with \"decisively\". The Gonabadi order, one of the country's largest Sufi "
      "groups, says it has hundreds of thousands of followers.",
      [C("Three", 3, "exact", "killed", "police officers rammed by a bus", "police"),
       C("two", 2, "exact", "killed", "Basij members stabbed to death", "police"),
       C("300", 300, "exact", "detained", "'rioters' arrested", MONTAZER),
       C("30", 30, "exact", "injured", "police officers wounded", MONTAZER),
       C("dozens", 12, "vague", "injured", "dervishes injured",
         "A website run by the dervishes"),
       C("hundreds of thousands", 100000, "vague", "other", "followers of the Gonabadi order",
         "The Gonabadi order", optional=True, cat_alt=["population"])]),
]

# --- Myanmar ---------------------------------------------------------------------------------
MM_MOI = "The Ministry of Information"
PASSAGES += [
    P("d89_022",
      "Police beat students, arrest 127 at Letpadan\n"
      "Wednesday, 11 March 2015\n"
      "Police armed with batons charged student protesters and their supporters in Letpadan, Bago "
      "Region, yesterday afternoon, ending a week-long standoff at a Buddhist monastery where "
      "about 200 students had been blocked from marching to Yangon. The Ministry of Information "
      "said in a statement that 127 people had been arrested, among them eight student leaders, "
      "and that 16 police officers had been injured. Witnesses said police had beaten protesters "
      "who were already lying on the ground, and the Myanmar Red Cross Society said its volunteers "
      "had treated at least 30 people for head injuries. The students set off from Mandalay in "
      "January to demand changes to the National Education Law, which they say curbs academic "
      "freedom. The US embassy said it was \"deeply concerned\" and urged the government to "
      "release those held.",
      [C("127", 127, "exact", "detained", "people arrested (headline)", None,
         attr_alt=["Police"], ctx="arrest 127"),
       C("about 200", 200, "about", "other", "students blocked at the monastery", None),
       C("127", 127, "exact", "detained", "people arrested", MM_MOI, ctx="that 127"),
       C("eight", 8, "exact", "detained", "student leaders arrested", MM_MOI),
       C("16", 16, "exact", "injured", "police officers", MM_MOI),
       C("at least 30", 30, "at_least", "injured", "people treated for head injuries",
         "the Myanmar Red Cross Society")],
      published="2015-03-11"),
]

# --- Kenya -----------------------------------------------------------------------------------
KE_HOSP = "a hospital official"
OWINO = "Police spokesman Charles Owino"
PASSAGES += [
    P("d89_023",
      "KISUMU, Kenya, May 24 (Reuters) - Two people were shot dead and at least 20 wounded in the "
      "western Kenyan city of Kisumu on Monday as police broke up protests demanding the "
      "disbandment of the electoral commission, a hospital official said. A third man died of his "
      "wounds overnight at Jaramogi Oginga Odinga Teaching and Referral Hospital, the official, who "
      "asked not to be named, told Reuters on Tuesday. Police spokesman Charles Owino said 14 "
      "officers had been hurt by stones and that 17 people had been arrested in Kisumu and 31 in "
      "Nairobi. Police fired more than 100 tear gas canisters in the city centre, a Reuters witness "
      "said. Opposition leader Raila Odinga, who accuses the Independent Electoral and "
      "Boundaries Commission (IEBC) of bias ahead of the August 2017 election, said the protests "
      "would continue every Monday. Television footage showed police in Nairobi beating a "
      "protester who lay motionless on the ground.",
      [C("Two", 2, "exact", "killed", "people shot dead in Kisumu", KE_HOSP),
       C("at least 20", 20, "at_least", "injured", "people wounded in Kisumu", KE_HOSP),
       C("14", 14, "exact", "injured", "police officers hurt by stones", OWINO),
       C("17", 17, "exact", "detained", "people arrested in Kisumu", OWINO),
       C("31", 31, "exact", "detained", "people arrested in Nairobi", OWINO),
       C("more than 100", 100, "more_than", "munitions", "tear gas canisters fired",
         "a Reuters witness", cat_alt=["other"])]),
]

# --- Togo ------------------------------------------------------------------------------------
DAMEHAME = "Security Minister Yark Damehame"
TG_OPP = "The opposition coalition"
PASSAGES += [
    P("d89_024",
      "LOME, Oct 19, 2017 (AFP) - At least four people, among them two soldiers, have been killed in two "
      "days of unrest in Togo's second city Sokode after the arrest of an imam close to the "
      "opposition, Security Minister Yark Damehame said Thursday. The two soldiers were lynched by "
      "a mob, he said, and 20 members of the security forces had been injured. The opposition "
      "coalition said its own count showed seven civilians had been killed by soldiers in Sokode, "
      "Bafilo and Mango, and more than 100 injured. Dozens of residents of Mango have fled across "
      "the border into Ghana, according to local residents, who said soldiers were going from "
      "house to house. Tens of thousands have marched repeatedly since August to demand the return "
      "of the 1992 constitution, which limited presidents to two five-year terms, and the "
      "departure of President Faure Gnassingbe, whose family has ruled Togo for 50 years.",
      [C("At least four", 4, "at_least", "killed", "people in Sokode", DAMEHAME),
       C("two", 2, "exact", "killed", "soldiers among the dead", DAMEHAME,
         ctx="two soldiers, have"),
       C("two", 2, "exact", "killed", "soldiers lynched", DAMEHAME, optional=True,
         attr_alt=["he"], ctx="two soldiers were"),
       C("20", 20, "exact", "injured", "members of the security forces", DAMEHAME,
         attr_alt=["he"]),
       C("seven", 7, "exact", "killed", "civilians killed by soldiers", TG_OPP),
       C("more than 100", 100, "more_than", "injured", "people injured", TG_OPP),
       C("Dozens", 12, "vague", "displaced", "residents of Mango who fled to Ghana",
         "local residents"),
       C("Tens of thousands", 10000, "vague", "other", "marchers since August", None)],
      published="2017-10-19"),
]

# --- Kazakhstan ------------------------------------------------------------------------------
KOZHAYEV = "Deputy Interior Minister Marat Kozhayev"
PASSAGES += [
    P("d89_025",
      "Kazakhstan Detains Hundreds More As Election Protests Continue\n"
      "June 10, 2019 18:05 GMT\n"
      "ALMATY -- Police in Kazakhstan detained at least 200 more protesters in Almaty and the "
      "capital, Nur-Sultan, on June 10, a day after some 500 people were held at rallies against "
      "what demonstrators called a staged presidential election. Deputy Interior Minister Marat "
      "Kozhayev told reporters on June 9 that about 500 people had been detained and that \"fewer "
      "than 10\" of them would face charges, adding that three police officers had been injured. "
      "RFE/RL correspondents saw riot police drag dozens of people, some of them elderly, into "
      "buses near Almaty's Astana Square. Preliminary results gave interim President Qasym-Zhomart "
      "Toqaev 70.8 percent of the vote, with turnout at 77.4 percent. Toqaev, 66, was handpicked by "
      "Nursultan Nazarbaev, who ruled for nearly 30 years before stepping down in March.",
      [C("Hundreds", 100, "vague", "detained", "protesters detained (headline)", None),
       C("at least 200", 200, "at_least", "detained", "protesters detained on June 10", None,
         attr_alt=["Police in Kazakhstan"]),
       C("some 500", 500, "about", "detained", "people held on June 9", None,
         attr_alt=[KOZHAYEV]),
       C("about 500", 500, "about", "detained", "people detained on June 9", KOZHAYEV),
       C("fewer than 10", 10, "fewer_than", "detained", "detainees to face charges", KOZHAYEV,
         cat_alt=["other"]),
       C("three", 3, "exact", "injured", "police officers", KOZHAYEV),
       C("dozens", 12, "vague", "detained", "people dragged into buses",
         "RFE/RL correspondents")],
      published="2019-06-10"),
]

# --- Paraguay --------------------------------------------------------------------------------
RIERA = "Interior Minister Enrique Riera"
PASSAGES += [
    P("d89_026",
      "Updated 9:14 PM GMT-3, September 29, 2025\n"
      "ASUNCIÓN, Paraguay (AP) — Police in Paraguay arrested 30 people after a youth-led protest "
      "against corruption in the capital ended in clashes outside Congress late Sunday, Interior "
      "Minister Enrique Riera said Monday. Riera said 17 police officers were injured, three of "
      "them hospitalized, and that 10 of those arrested were minors who had been released to their "
      "parents. Organizers, who called the march on social media under the banner \"Generación Z "
      "Paraguay,\" said some 3,000 people had taken part; police put the number at about 1,500. "
      "Paraguay, a country of about 6.1 million people, has been shaken by a series of corruption "
      "scandals involving lawmakers.",
      [C("30", 30, "exact", "detained", "people arrested", RIERA),
       C("17", 17, "exact", "injured", "police officers", "Riera", attr_alt=[RIERA]),
       C("three", 3, "exact", "injured", "police officers hospitalized", "Riera",
         attr_alt=[RIERA]),
       C("10", 10, "exact", "detained", "minors among those arrested", "Riera",
         attr_alt=[RIERA]),
       C("some 3,000", 3000, "about", "other", "marchers", "Organizers"),
       C("about 1,500", 1500, "about", "other", "marchers", "police"),
       C("about 6.1 million", 6_100_000, "about", "population", "Paraguay's population", None)],
      published="2025-09-29"),
]

# --- Nigeria ---------------------------------------------------------------------------------
PASSAGES += [
    P("d89_027",
      "#June12Protest: Police fire teargas in Lagos, Abuja; one dead in Ogbomoso\n"
      "Published June 13, 2021\n"
      "Police on Saturday fired teargas and shot into the air to disperse protesters who gathered "
      "in Lagos and Abuja on Democracy Day to demand an end to insecurity under President "
      "Muhammadu Buhari. In Lagos, the state police command said in a statement that 49 "
      "\"hoodlums\" had been arrested at Ojota and that no protester had been shot. The Lagos State "
      "Police Public Relations Officer, Muyiwa Adejobi, said nine of those arrested were later "
      "released. In Ogbomoso, Oyo State, one man was shot dead and two others were injured when "
      "gunmen in a Toyota Sienna attacked a group of protesters, witnesses said. Amnesty "
      "International Nigeria said at least 10 protesters had been detained in Abuja and that it "
      "had documented the use of tear gas against journalists.",
      [C("one", 1, "exact", "killed", "person in Ogbomoso (headline)", None, ctx="one dead"),
       C("49", 49, "exact", "detained", "'hoodlums' arrested at Ojota",
         "the state police command"),
       C("nine", 9, "exact", "detained", "arrested people later released", "Muyiwa Adejobi",
         attr_alt=["The Lagos State Police Public Relations Officer"]),
       C("one", 1, "exact", "killed", "man shot dead in Ogbomoso", "witnesses",
         ctx="one man was shot"),
       C("two", 2, "exact", "injured", "people injured in Ogbomoso", "witnesses"),
       C("at least 10", 10, "at_least", "detained", "protesters detained in Abuja",
         "Amnesty International Nigeria")],
      published="2021-06-13"),
]

# --- The Gambia ------------------------------------------------------------------------------
PASSAGES += [
    P("d89_028",
      "DAKAR, April 17 (Reuters) - Gambian security forces arrested the leader of the main "
      "opposition party, Ousainou Darboe, and at least 20 of his supporters on Saturday as they "
      "marched to demand the body of an activist who Amnesty International says died in custody. "
      "Solo Sandeng, the United Democratic Party's organising secretary, was among about 25 people "
      "detained at a rare protest for electoral reform on Thursday, the rights group said in a "
      "statement. \"Two other UDP members are also reported to have died in detention,\" Amnesty "
      "said, citing witnesses and relatives. Government spokesman Sheriff Bojang told Reuters that "
      "15 people had been arrested on Thursday and that all were being held \"in accordance with "
      "the law\". President Yahya Jammeh, who seized power in a coup in 1994, faces an election in "
      "December.",
      [C("at least 20", 20, "at_least", "detained", "Darboe's supporters arrested", None,
         attr_alt=["Gambian security forces"]),
       C("about 25", 25, "about", "detained", "people detained on Thursday", "the rights group",
         attr_alt=["Amnesty International"]),
       C("Two", 2, "exact", "killed", "UDP members who died in detention",
         "witnesses and relatives", cat_alt=["detained"], attr_alt=["Amnesty"]),
       C("15", 15, "exact", "detained", "people arrested on Thursday",
         "Government spokesman Sheriff Bojang")]),
]

# --- Haiti -----------------------------------------------------------------------------------
RNDDH = "The National Network for the Defense of Human Rights (RNDDH)"
PASSAGES += [
    P("d89_029",
      "PORT-AU-PRINCE, July 9 (Reuters) - At least three people were killed in two days of "
      "rioting in Haiti's capital after the government announced fuel price increases of up to 51 "
      "percent, police said on Monday, as Prime Minister Jack Guy Lafontant suspended the increases "
      "and appealed for calm. A security guard was beaten to death outside a shop in Pétion-Ville "
      "and two men were shot dead near the airport, a police spokesman said. The National Network "
      "for the Defense of Human Rights (RNDDH) said its monitors had counted at least seven deaths "
      "and dozens of people wounded by gunfire. Looters ransacked at least 20 businesses, among "
      "them two supermarkets and a car dealership, the Chamber of Commerce said. American "
      "Airlines, JetBlue and Delta cancelled all flights, leaving hundreds of foreign visitors "
      "stranded in hotels.",
      [C("At least three", 3, "at_least", "killed", "people in Port-au-Prince", "police"),
       C("two", 2, "exact", "killed", "men shot dead near the airport", "a police spokesman",
         ctx="two men"),
       C("at least seven", 7, "at_least", "killed", "deaths counted by RNDDH", RNDDH,
         attr_alt=["RNDDH"]),
       C("dozens", 12, "vague", "injured", "people wounded by gunfire", RNDDH,
         attr_alt=["RNDDH"]),
       C("at least 20", 20, "at_least", "infrastructure", "businesses ransacked",
         "the Chamber of Commerce"),
       C("two", 2, "exact", "infrastructure", "supermarkets ransacked",
         "the Chamber of Commerce", ctx="two supermarkets"),
       C("hundreds", 100, "vague", "other", "foreign visitors stranded", None,
         cat_alt=["population"])]),
]

# --- Cuba ------------------------------------------------------------------------------------
GRANMA = "The Communist Party newspaper Granma"
PASSAGES += [
    P("d89_030",
      "Published: August 7, 1994\n"
      "HAVANA, Aug. 6 — Hundreds of young men hurled stones and smashed the windows of hotels and "
      "dollar stores along Havana's seafront on Friday in the most serious disturbance since the "
      "1959 revolution, until President Fidel Castro arrived at the scene and the crowd "
      "dispersed. The Communist Party newspaper Granma said today that 35 people had been injured, "
      "among them 10 police officers, and that a number of \"antisocial elements\" had been "
      "arrested. Foreign diplomats estimated that the crowd had numbered between 1,000 and 2,000 "
      "at its peak. Witnesses said at least two people had been shot, a report the Government "
      "denied. The riot began after the police stopped a group trying to seize a ferry to reach "
      "Florida, the fourth such hijacking in three weeks. The United States Coast Guard said it "
      "had picked up 547 Cubans on rafts in the Florida Straits since Monday.",
      [C("Hundreds", 100, "vague", "other", "young men rioting", None),
       C("35", 35, "exact", "injured", "people injured", GRANMA, attr_alt=["Granma"]),
       C("10", 10, "exact", "injured", "police officers injured", GRANMA,
         attr_alt=["Granma"]),
       C("between 1,000 and 2,000", 1000, "range", "other", "crowd at its peak",
         "Foreign diplomats", high=2000),
       C("at least two", 2, "at_least", "injured", "people shot", "Witnesses",
         cat_alt=["killed"]),
       C("547", 547, "exact", "displaced", "Cubans picked up on rafts",
         "The United States Coast Guard", cat_alt=["other"])],
      published="1994-08-07"),
]

# --- Mongolia --------------------------------------------------------------------------------
PASSAGES += [
    P("d89_031",
      "ULAANBAATAR, Dec 6, 2022 (Reuters) - Hundreds of protesters angered by allegations that officials "
      "stole coal worth billions of dollars tried to storm the State Palace in Mongolia's capital "
      "on Monday, the second day of demonstrations in sub-zero temperatures. Police said eight "
      "officers were hurt when protesters pushed through barricades and that 11 people had been "
      "detained, four of whom were released after questioning. A crowd of about 5,000 had "
      "gathered on Sukhbaatar Square by evening, the city police department said, while "
      "organisers put it at more than 10,000. The government has promised to publish the names of "
      "those involved in the alleged theft of some 385,000 tonnes of coal bound for China, which "
      "prosecutors say cost the state 12.8 trillion tugrik ($3.7 billion).",
      [C("Hundreds", 100, "vague", "other", "protesters at the State Palace", None),
       C("eight", 8, "exact", "injured", "police officers hurt", "Police"),
       C("11", 11, "exact", "detained", "people detained", "Police"),
       C("four", 4, "exact", "detained", "detainees released after questioning", "Police"),
       C("about 5,000", 5000, "about", "other", "crowd on Sukhbaatar Square",
         "the city police department"),
       C("more than 10,000", 10000, "more_than", "other", "crowd on Sukhbaatar Square",
         "organisers"),
       C("some 385,000", 385000, "about", "other", "tonnes of coal allegedly stolen", None,
         attr_alt=["The government"])],
      published="2022-12-06"),
]

# --- Nepal -----------------------------------------------------------------------------------
THAPA = "Home Minister Niranjan Thapa"
PASSAGES += [
    P("d89_032",
      "KATMANDU, Nepal (AP) — Soldiers opened fire on tens of thousands of demonstrators marching "
      "on the royal palace on Friday, and the government said 10 people were killed. Opposition "
      "leaders and hospital workers said the toll was far higher, with one doctor at Bir Hospital "
      "saying he had counted 45 bodies. An indefinite curfew was imposed on the capital and on the "
      "neighboring towns of Patan and Bhaktapur. Home Minister Niranjan Thapa said 37 police and "
      "soldiers had been injured and that \"anti-national elements\" had set fire to 10 government "
      "vehicles and a police post. The Nepali Congress party says about 1,000 of its activists "
      "have been jailed since the pro-democracy movement began on Feb. 18. The Human Rights "
      "Organization of Nepal said 17 people who had joined Friday's march were still missing.",
      [C("tens of thousands", 10000, "vague", "other", "demonstrators marching on the palace",
         None),
       C("10", 10, "exact", "killed", "people killed", "the government", ctx="10 people"),
       C("45", 45, "exact", "killed", "bodies counted at Bir Hospital",
         "one doctor at Bir Hospital",
         attr_alt=["Opposition leaders and hospital workers"]),
       C("37", 37, "exact", "injured", "police and soldiers", THAPA),
       C("10", 10, "exact", "other", "government vehicles set on fire", THAPA, optional=True,
         cat_alt=["infrastructure"], ctx="10 government"),
       C("about 1,000", 1000, "about", "detained", "activists jailed",
         "The Nepali Congress party"),
       C("17", 17, "exact", "missing", "marchers still missing",
         "The Human Rights Organization of Nepal")]),
]

# --- Serbia, 1997 ----------------------------------------------------------------------------
ZAJEDNO = "Opposition coalition Zajedno"
TANJUG = "The state news agency Tanjug"
PASSAGES += [
    P("d89_033",
      "BELGRADE, Feb 3 (Reuters) - Serbian riot police used water cannon and batons to break up a "
      "march by tens of thousands of opposition supporters on Sunday night, the first use of force "
      "in 75 days of daily protests over annulled local election results. Opposition coalition "
      "Zajedno (Together) said more than 100 people had been injured, among them Vesna Pesic, one "
      "of its three leaders, and that at least 20 were still in hospital on Monday. The state news "
      "agency Tanjug said 35 policemen had been hurt and 12 protesters arrested for \"attacking "
      "officers\". About 5,000 students gathered again outside the philosophy faculty on Monday "
      "morning, vowing to march until President Slobodan Milosevic recognised the opposition's "
      "wins in 14 cities, including Belgrade. Zajedno leader Zoran Djindjic said the crowds would "
      "be \"twice as big\" by evening.",
      [C("tens of thousands", 10000, "vague", "other", "opposition marchers", None),
       C("more than 100", 100, "more_than", "injured", "people injured", ZAJEDNO,
         attr_alt=["Zajedno"]),
       C("three", 3, "exact", "other", "Zajedno's leaders", ZAJEDNO, optional=True),
       C("at least 20", 20, "at_least", "injured", "people still in hospital", ZAJEDNO,
         attr_alt=["Zajedno"]),
       C("35", 35, "exact", "injured", "policemen hurt", TANJUG, attr_alt=["Tanjug"]),
       C("12", 12, "exact", "detained", "protesters arrested", TANJUG, attr_alt=["Tanjug"]),
       C("About 5,000", 5000, "about", "other", "students outside the faculty", None),
       C("14", 14, "exact", "other", "cities won by the opposition", None, optional=True)]),
]

# --- Only non-claims -------------------------------------------------------------------------
PASSAGES += [
    P("d89_034",
      "ULAANBAATAR, June 3 (Reuters) - Mongolian Prime Minister Luvsannamsrai Oyun-Erdene resigned "
      "on Tuesday after losing a confidence vote in parliament, following two weeks of protests "
      "over his son's lavish spending. Only 44 of the 126 members of the State Great Khural voted "
      "to back him, well short of the 64 votes he needed. The protests, led mostly by young people "
      "on the square in front of the State Palace, began in mid-May after social media posts "
      "showed his son's fiancée with a designer handbag and a diamond ring. Police reported no "
      "arrests or injuries during the demonstrations, which were peaceful throughout. Oyun-Erdene, "
      "44, had been in office since January 2021. Mongolia's economy grew 4.9 percent last year, "
      "according to the World Bank, driven by coal exports to China.",
      []),
]


EARLIER = ["devset", "holdout", "holdout2", "holdout3"] + [
    f"devset{n}" for n in (*range(2, 89), 90, 91, 92)]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d89_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=34)
