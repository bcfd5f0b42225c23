"""Source of the ninety-eighth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on protests, riots, strikes and crackdowns (28) and on
kidnappings, mass abductions and hostage sieges (12), 1980–2023, written for this set (none
copied from an article) in the styles of wire copy (AP, Reuters, AFP, UPI, Kyodo, PTI, CP,
Yonhap, RIA Novosti), national dailies and broadcasters with their own date furniture (the
Korea Herald, the Daily Star, the Philippine Daily Inquirer, The Jakarta Post, Punch, Daily
Trust, the Guardian, the BBC) and police and rights-group statements quoted in news. Annotated
by hand and blind by the project's gold conventions (``gold/README.md`` of the shared folder)
and the decisions recorded in the READMEs of the earlier sets. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset98/build_devset98.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset98")

PAP = "the official PAP news agency"
SOLIDARITY = "Solidarity activists"
SY_POLICE = "South Yorkshire police"
NUM = "The National Union of Mineworkers"
DADE_ME = "The Dade County medical examiner's office"
GRAHAM = "Gov. Bob Graham"
OXFORD = "The Chief Constable, Mr Kenneth Oxford"
RIFAI = "Prime Minister Zaid Rifai's government"
SIVAS_GOV = "the Sivas governor's office"
SEZGIN = "Interior Minister Ismet Sezgin"
TARLAC_PNP = "The Tarlac provincial police command"
GPPA = "the Gyeonggi Provincial Police Agency"
KMWU = "The Korean Metal Workers' Union"
SMPA = "the Seoul Metropolitan Police Agency"
RASHEED = "Rekawt Hama Rasheed"
APS = "the official APS news agency"
MOSCOW_POLICE = "the Moscow police department"
MOSCOW_HEALTH = "a spokesman for the city health department"
KOLOKOLTSEV = "Moscow police chief Vladimir Kolokoltsev"
GMP = "Greater Manchester Police"
HEWITT = "Assistant Chief Constable Eric Hewitt"
CONAGO = "the National Conference of Governors"
ANTAD = "The National Association of Supermarkets and Department Stores (ANTAD)"
ROSPIGLIOSI = "Interior Minister Fernando Rospigliosi"
DOSHI = "Jalna Superintendent of Police Tushar Doshi"
SAXONY = "Saxony's Interior Ministry"
CTK = "The official CTK news agency"
THERRIEN = "police spokesman Robert Therrien"
LAVIGNE = "Surete du Quebec director Robert Lavigne"
RIAU = "the Riau Islands Police"
ARSYAD = "Spokesman Sr. Comr. Zahwani Pandra Arsyad"
YLBHI = "The Indonesian Legal Aid Foundation (YLBHI)"
SAHU = "Revenue Divisional Commissioner Satyabrata Sahu"
NPA = "the National Police Agency"
LV_INTERIOR = "the interior ministry"
SEGLINS = "Interior Minister Mareks Seglins"
CL_INTERIOR = "the Interior Ministry"
ZALDIVAR = "Interior Minister Andrés Zaldívar"
SHIBGANJ_OC = "the officer-in-charge of Shibganj Police Station"
XINHUA = "The Xinhua news agency"
NEELMANI = "Bihar Director General of Police Neelmani"
BADMOS = "SP Dolapo Badmos"
ACEVEDO = "Interior Minister Euclides Acevedo"
ILIYASU = "Ahmed Iliyasu"
OGBONNA = "Abia state police spokesman Geoffrey Ogbonna"
NGORAN = "Father Dieudonne Ngoran"
ICG = "the International Crisis Group"
CANAL = "Army General Jaime Ernesto Canal"
KD_GOV = "the Kaduna State Government"
ARUWAN = "Samuel Aruwan"
WHITELAW = "Home Secretary William Whitelaw"
ICRC = "the International Committee of the Red Cross"
PADRINO = "Defense Minister Vladimir Padrino"
JALALI = "Interior Minister Ali Ahmad Jalali"
JP_MOFA = "the Japanese Foreign Ministry"
KG_OFFICIALS = "Kyrgyz officials"
HK_OFFICIAL = "a senior official"

PROTESTS = [
    # --- Europe -----------------------------------------------------------------------------------
    P("d98_001",
      "WARSAW, Poland (UPI) -- Riot police stormed the occupied Wujek coal mine in Katowice on "
      "Wednesday, and the official PAP news agency said seven miners were killed and 39 injured "
      "when the militia opened fire. PAP said 41 members of the security forces were also hurt, "
      "some of them seriously, when strikers attacked them with pickaxes and iron bars. Western "
      "diplomats in Warsaw, citing church sources, said four miners were missing and the toll "
      "could be higher. About 1,500 miners had been staging a sit-in at the pit since the "
      "imposition of martial law on Sunday to protest against the arrest of their union leader. "
      "Solidarity activists said more than 2,000 troops and ZOMO riot police, backed by at least "
      "six tanks, had surrounded the mine before the assault.",
      [C("seven", 7, "exact", "killed", "miners at Wujek", PAP),
       C("39", 39, "exact", "injured", "miners at Wujek", PAP),
       C("41", 41, "exact", "injured", "members of the security forces", "PAP", attr_alt=[PAP]),
       C("four", 4, "exact", "missing", "miners", "church sources",
         attr_alt=["Western diplomats in Warsaw"]),
       C("About 1,500", 1500, "about", "other", "miners staging a sit-in"),
       C("more than 2,000", 2000, "more_than", "troops", "troops and ZOMO riot police",
         SOLIDARITY),
       C("at least six", 6, "at_least", "munitions", "tanks", SOLIDARITY,
         cat_alt=["other"])]),

    P("d98_002",
      "SHEFFIELD, England, June 18, 1984 (Reuters) - Police on horseback charged thousands of "
      "striking miners outside the Orgreave coking plant in South Yorkshire on Monday in the "
      "worst violence of the 14-week pit strike. South Yorkshire police said 93 people had been "
      "arrested and 72 officers injured, 28 of whom needed hospital treatment. The National Union "
      "of Mineworkers said at least 51 pickets had been hurt, among them union president Arthur "
      "Scargill, who was taken to hospital with head injuries. Police put the number of pickets "
      "at about 6,000 and said some 4,200 officers from 10 forces had been on duty at the plant. "
      "Thirty-five lorries left the plant loaded with coke during the day, a British Steel "
      "spokesman said.",
      [C("thousands", 1000, "vague", "other", "striking miners", attr_alt=[SY_POLICE]),
       C("93", 93, "exact", "detained", "people arrested at Orgreave", SY_POLICE),
       C("72", 72, "exact", "injured", "police officers", SY_POLICE),
       C("28", 28, "exact", "injured", "officers needing hospital treatment", SY_POLICE),
       C("at least 51", 51, "at_least", "injured", "pickets", NUM),
       C("about 6,000", 6000, "about", "other", "pickets", "Police"),
       C("some 4,200", 4200, "about", "troops", "police officers on duty", "Police",
         cat_alt=["other"]),
       C("10", 10, "exact", "other", "police forces", "Police", optional=True,
         cat_alt=["troops"]),
       C("Thirty-five", 35, "exact", "other", "lorries leaving the plant",
         "a British Steel spokesman", optional=True)],
      published="1984-06-18"),
]

PROTESTS += [
    P("d98_003",
      "Toxteth: CS gas used on British mainland for the first time\n"
      "Tuesday 7 July 1981\n"
      "Merseyside police fired CS gas canisters at rioters in the Toxteth district of Liverpool "
      "early yesterday, the first time the gas has been used against civilians on the British "
      "mainland. The Chief Constable, Mr Kenneth Oxford, said 229 officers had been injured over "
      "the weekend and that more than 70 people had been arrested. He said 25 canisters had been "
      "fired after officers holding milk crates as shields came under a hail of bricks and petrol "
      "bombs. Some 70 buildings were burned down, among them the Racquet Club and a bank, the "
      "city council said. The force said 781 officers from Cheshire, Lancashire, Greater "
      "Manchester and West Midlands had been drafted in.",
      [C("229", 229, "exact", "injured", "police officers", OXFORD,
         attr_alt=["Mr Kenneth Oxford"]),
       C("more than 70", 70, "more_than", "detained", "people arrested", OXFORD,
         attr_alt=["Mr Kenneth Oxford"]),
       C("25", 25, "exact", "munitions", "CS gas canisters fired", OXFORD,
         attr_alt=["He"], cat_alt=["other"]),
       C("Some 70", 70, "about", "infrastructure", "buildings burned down", "the city council"),
       C("781", 781, "exact", "troops", "officers drafted in", "The force",
         attr_alt=["Merseyside police"], cat_alt=["other"])],
      published="1981-07-07"),

    P("d98_004",
      "HOYERSWERDA, Germany (AP) — Police evacuated about 230 foreigners from two hostels in this "
      "eastern German town on Monday after five nights of attacks by neo-Nazi youths, who pelted "
      "the buildings with stones and firebombs while local residents cheered. Saxony's Interior "
      "Ministry said 32 people had been injured since the violence began, among them 21 police "
      "officers. Police said 45 people had been detained. Most of the foreigners, contract "
      "workers from Mozambique and Vietnam and asylum-seekers from Romania and Ghana, were taken "
      "by bus to other towns. About 500 people gathered outside one hostel on Saturday night, "
      "some of them giving the Nazi salute, witnesses said.",
      [C("about 230", 230, "about", "displaced", "foreigners evacuated from hostels",
         attr_alt=["Police"]),
       C("two", 2, "exact", "infrastructure", "hostels attacked", optional=True,
         cat_alt=["other"]),
       C("32", 32, "exact", "injured", "people in Hoyerswerda", SAXONY),
       C("21", 21, "exact", "injured", "police officers", SAXONY),
       C("45", 45, "exact", "detained", "people detained", "Police"),
       C("About 500", 500, "about", "other", "crowd outside a hostel", "witnesses")]),

    P("d98_005",
      "PRAGUE, Nov 18 (Reuters) - Czechoslovak riot police beat students with truncheons as they "
      "broke up a march of some 15,000 people in central Prague on Friday night, in the biggest "
      "anti-government protest since the 1968 Soviet-led invasion, witnesses said. Dissidents "
      "said at least 140 people had been injured and that one student, Martin Smid, had been "
      "killed, a report the authorities denied. The official CTK news agency said 38 people, "
      "among them 15 members of the security forces, had needed medical treatment, and that 143 "
      "people had been detained. Charter 77 spokesmen said hundreds of students had been trapped "
      "on Narodni Street between two lines of police. Students at several Prague colleges "
      "declared a strike on Saturday.",
      [C("some 15,000", 15000, "about", "other", "marchers in Prague", "witnesses"),
       C("at least 140", 140, "at_least", "injured", "people in Prague", "Dissidents"),
       C("one", 1, "exact", "killed", "student", "Dissidents", ctx="one student"),
       C("38", 38, "exact", "injured", "people needing treatment", CTK),
       C("15", 15, "exact", "injured", "members of the security forces", CTK),
       C("143", 143, "exact", "detained", "people detained", CTK),
       C("hundreds", 100, "vague", "other", "students trapped on Narodni Street",
         "Charter 77 spokesmen")]),

    P("d98_006",
      "MOSCOW, December 11, 2010 (RIA Novosti) - Police detained 65 people after as many as 5,000 "
      "football fans and nationalists clashed with riot police on Manezhnaya Square next to the "
      "Kremlin on Saturday, the Moscow police department said. At least 29 people were injured, "
      "among them five police officers, a spokesman for the city health department said. The "
      "rally was called to commemorate Yegor Sviridov, a Spartak Moscow fan who was shot dead "
      "during a brawl with a group of men from the North Caucasus on December 6. Protesters "
      "chanted nationalist slogans, threw flares and beat several people of non-Slavic "
      "appearance in a nearby metro station. Moscow police chief Vladimir Kolokoltsev said 2,000 "
      "officers had been deployed in the city centre.",
      [C("65", 65, "exact", "detained", "people detained on Manezhnaya Square", MOSCOW_POLICE),
       C("as many as 5,000", 5000, "at_most", "other", "football fans and nationalists",
         MOSCOW_POLICE),
       C("At least 29", 29, "at_least", "injured", "people on Manezhnaya Square", MOSCOW_HEALTH),
       C("five", 5, "exact", "injured", "police officers", MOSCOW_HEALTH),
       C("2,000", 2000, "exact", "troops", "police officers deployed", KOLOKOLTSEV,
         cat_alt=["other"])],
      published="2010-12-11"),

    P("d98_007",
      "Oldham calm after night of rioting\n"
      "Sunday, 27 May, 2001, 14:32 GMT 15:32 UK\n"
      "Police in Oldham say the town is calm after a night of violence in which hundreds of "
      "Asian youths fought running battles with officers in the Glodwick area. Greater "
      "Manchester Police said 15 officers had been injured, one of them badly, and that 17 "
      "people had been arrested. Petrol bombs were thrown at police lines and a pub was set "
      "alight. Assistant Chief Constable Eric Hewitt said about 500 officers, some brought in "
      "from neighbouring forces, were on the streets at the height of the disturbances. The "
      "trouble followed reports that a gang of white youths had attacked homes in the area on "
      "Saturday evening.",
      [C("hundreds", 100, "vague", "other", "Asian youths in Glodwick",
         attr_alt=["Police in Oldham"]),
       C("15", 15, "exact", "injured", "police officers in Oldham", GMP, ctx="15 officers"),
       C("one", 1, "exact", "injured", "officer badly injured", GMP, optional=True,
         ctx="one of them badly"),
       C("17", 17, "exact", "detained", "people arrested in Oldham", GMP),
       C("about 500", 500, "about", "troops", "police officers on the streets", HEWITT,
         cat_alt=["other"])],
      published="2001-05-27"),

    P("d98_008",
      "RIGA, Jan 14 (Reuters) - Latvian police detained 106 people after a peaceful rally of "
      "some 10,000 people against the government's handling of the economic crisis turned into "
      "a riot outside parliament, the interior ministry said on Wednesday. Youths threw "
      "cobblestones and bottles at police, smashed shop windows in the Old Town and looted a "
      "liquor store. Health officials said 28 people were treated for injuries, among them 14 "
      "police officers. Interior Minister Mareks Seglins said 40 rioters had been charged with "
      "hooliganism and could face up to eight years in prison. The economy is expected to shrink "
      "by 5 percent this year, and the government has taken a 7.5 billion euro bailout led by "
      "the International Monetary Fund.",
      [C("106", 106, "exact", "detained", "people detained in Riga", LV_INTERIOR),
       C("some 10,000", 10000, "about", "other", "people at the rally", LV_INTERIOR),
       C("28", 28, "exact", "injured", "people treated for injuries", "Health officials"),
       C("14", 14, "exact", "injured", "police officers", "Health officials",
         ctx="14 police"),
       C("40", 40, "exact", "detained", "rioters charged", SEGLINS, cat_alt=["other"])]),

    P("d98_009",
      "ANKARA, July 3 (Reuters) - The death toll from the arson attack on a hotel hosting an "
      "Alevi cultural festival in the central Turkish city of Sivas rose to 37 on Saturday, the "
      "Sivas governor's office said, after two of the injured died in hospital. A mob of "
      "thousands, angered by the presence of the writer Aziz Nesin, set fire to the Madimak "
      "hotel on Friday while police and troops failed to intervene for hours. The governor's "
      "office said 51 people, among them 18 police officers, had been injured. Interior Minister "
      "Ismet Sezgin told parliament that 35 suspects had been detained and that 1,200 gendarmes "
      "had been sent to the city. Nesin, 78, escaped with minor injuries.",
      [C("37", 37, "exact", "killed", "people in the Sivas hotel fire", SIVAS_GOV),
       C("two", 2, "exact", "killed", "injured who died in hospital", SIVAS_GOV),
       C("thousands", 1000, "vague", "other", "mob at the Madimak hotel"),
       C("51", 51, "exact", "injured", "people in Sivas", "The governor's office",
         attr_alt=[SIVAS_GOV]),
       C("18", 18, "exact", "injured", "police officers", "The governor's office",
         attr_alt=[SIVAS_GOV]),
       C("35", 35, "exact", "detained", "suspects detained", SEZGIN),
       C("1,200", 1200, "exact", "troops", "gendarmes sent to Sivas", SEZGIN)]),

    # --- Americas -----------------------------------------------------------------------------------
    P("d98_010",
      "Tuesday, May 20, 1980\n"
      "MIAMI (AP) — National Guard troops patrolled the black neighborhoods of Liberty City and "
      "Overtown on Monday after three nights of rioting that followed the acquittal of four white "
      "former police officers in the beating death of Arthur McDuffie. The Dade County medical "
      "examiner's office said 15 people had died in the violence, and hospitals reported "
      "treating more than 300 injured. Police said they had arrested 787 people since Saturday, "
      "most of them for curfew violations. Gov. Bob Graham said 3,600 Guardsmen had been sent to "
      "the city. Fire officials estimated that damage would exceed $100 million and said about "
      "150 buildings had been burned.",
      [C("four", 4, "exact", "detained", "former police officers acquitted",
         cat_alt=["other"], optional=True),
       C("15", 15, "exact", "killed", "people in the Miami riots", DADE_ME),
       C("more than 300", 300, "more_than", "injured", "people treated in hospitals",
         "hospitals"),
       C("787", 787, "exact", "detained", "people arrested in Miami", "Police"),
       C("3,600", 3600, "exact", "troops", "National Guardsmen sent to Miami", GRAHAM),
       C("about 150", 150, "about", "infrastructure", "buildings burned", "Fire officials")],
      published="1980-05-20"),

    P("d98_011",
      "OKA, Que. (CP) — A Quebec provincial police corporal was shot dead Wednesday when about "
      "100 officers stormed a barricade set up by armed Mohawks in a pine forest near this "
      "village west of Montreal. Cpl. Marcel Lemay, 31, was hit in the face during a 15-minute "
      "exchange of gunfire, police spokesman Robert Therrien said. Police abandoned six patrol "
      "cars and a front-end loader at the scene, which the Mohawks used to reinforce their "
      "barricade. About 30 armed Mohawks remained behind the barricade, Therrien said. In solidarity, Mohawks at nearby Kahnawake blocked the Mercier Bridge, a "
      "commuter link into Montreal. The Mohawks say the land, which the town wants for a golf "
      "course expansion, is a sacred burial ground. Surete du Quebec director Robert Lavigne "
      "said 40 of his officers remained at the scene overnight.",
      [C("about 100", 100, "about", "troops", "police officers storming the barricade",
         attr_alt=[THERRIEN], cat_alt=["other"]),
       C("six", 6, "exact", "other", "patrol cars abandoned", THERRIEN, optional=True,
         attr_alt=[None]),
       C("About 30", 30, "about", "troops", "armed Mohawks at the barricade", "Therrien",
         attr_alt=[THERRIEN], cat_alt=["other"]),
       C("40", 40, "exact", "troops", "police officers at the scene", LAVIGNE,
         cat_alt=["other"])]),

    P("d98_012",
      "MEXICO CITY, Jan 6 (Reuters) - Mexican police have arrested more than 1,500 people after a "
      "week of looting and road blockades sparked by a 20 percent rise in gasoline prices, the "
      "National Conference of Governors said on Friday. At least six people have died in the "
      "unrest, among them a police officer who was run over in Mexico City, according to state "
      "authorities. The National Association of Supermarkets and Department Stores (ANTAD) said "
      "379 stores had been looted or vandalized, most of them in the State of Mexico, Veracruz "
      "and Hidalgo. President Enrique Pena Nieto defended the increase, saying it was a "
      "consequence of higher international oil prices. Protesters occupied or blocked some 300 "
      "gas stations across the country, Pemex said.",
      [C("more than 1,500", 1500, "more_than", "detained", "people arrested in Mexico", CONAGO,
         attr_alt=["Mexican police"]),
       C("At least six", 6, "at_least", "killed", "people in the gasolinazo unrest",
         "state authorities"),
       C("379", 379, "exact", "infrastructure", "stores looted or vandalized", ANTAD),
       C("some 300", 300, "about", "infrastructure", "gas stations occupied or blocked",
         "Pemex", cat_alt=["other"])]),

    P("d98_013",
      "LIMA, April 27, 2004 (AFP) - A mob of some 3,000 Aymara villagers beat to death the mayor "
      "of Ilave, a town on the shores of Lake Titicaca, after weeks of protests over alleged "
      "corruption, Peruvian police said Tuesday. Mayor Cirilo Robles, 49, was dragged from a "
      "house where he had taken refuge, beaten and left in the street, where he died. Police said "
      "15 officers who tried to rescue him were injured, and that two of the mayor's aides were "
      "missing. The government sent 200 riot police to the town and declared a state of "
      "emergency in the province of El Collao for 30 days. Interior Minister Fernando "
      "Rospigliosi said at least 20 people had been identified as instigators.",
      [C("some 3,000", 3000, "about", "other", "Aymara villagers in the mob", "Peruvian police"),
       C("15", 15, "exact", "injured", "police officers in Ilave", "Police"),
       C("two", 2, "exact", "missing", "mayor's aides", "Police"),
       C("200", 200, "exact", "troops", "riot police sent to Ilave",
         attr_alt=["The government"], cat_alt=["other"]),
       C("at least 20", 20, "at_least", "detained", "people identified as instigators",
         ROSPIGLIOSI, cat_alt=["other"])],
      published="2004-04-27"),

    P("d98_014",
      "SANTIAGO, Chile (AP) — Police arrested 725 people across Chile on Tuesday as high school "
      "students demanding free bus passes and an overhaul of the education system staged the "
      "largest protests of President Michelle Bachelet's young government, the Interior Ministry "
      "said. Student leaders said more than 600,000 pupils had stayed away from class and that at "
      "least 100 schools were occupied. In Santiago, hooded youths smashed traffic lights and "
      "set fire to garbage bins; police said 26 officers were hurt. Bachelet later fired the "
      "commander of the police special forces after television images showed officers beating "
      "journalists. Interior Minister Andrés Zaldívar said 1,500 police had been deployed in "
      "the capital.",
      [C("725", 725, "exact", "detained", "people arrested across Chile", CL_INTERIOR,
         attr_alt=["Police"]),
       C("more than 600,000", 600000, "more_than", "other", "pupils on strike",
         "Student leaders"),
       C("at least 100", 100, "at_least", "infrastructure", "schools occupied",
         "Student leaders", cat_alt=["other"]),
       C("26", 26, "exact", "injured", "police officers", "police"),
       C("1,500", 1500, "exact", "troops", "police deployed in Santiago", ZALDIVAR,
         cat_alt=["other"])]),
]

PROTESTS += [
    # --- Middle East and Africa -----------------------------------------------------------------------
    P("d98_015",
      "AMMAN, Jordan (AP) — Rioting over steep increases in fuel and food prices spread from the "
      "southern town of Ma'an to at least five other towns on Wednesday, and the government said "
      "eight people had been killed, four of them policemen. Residents reached by telephone said "
      "between 12 and 15 people had died in Ma'an alone. Prime Minister Zaid Rifai's government "
      "said security forces had detained about 100 people and that 45 civilians and 35 policemen "
      "had been wounded since the unrest began on Tuesday. Prices of petrol and cooking gas rose "
      "by up to 50 percent under an austerity program agreed with the International Monetary "
      "Fund. King Hussein, who was on a visit to the United States, cut short his trip.",
      [C("at least five", 5, "at_least", "other", "towns hit by rioting", optional=True),
       C("eight", 8, "exact", "killed", "people in the Jordan riots", "the government"),
       C("four", 4, "exact", "killed", "policemen", "the government"),
       C("between 12 and 15", 12, "range", "killed", "people in Ma'an", "Residents", high=15),
       C("about 100", 100, "about", "detained", "people detained in Jordan", RIFAI,
         attr_alt=["security forces"]),
       C("45", 45, "exact", "injured", "civilians", RIFAI),
       C("35", 35, "exact", "injured", "policemen", RIFAI)]),

    P("d98_016",
      "SULAIMANIYAH, Iraq, Feb 17, 2011 (Reuters) - Guards at the offices of the Kurdistan "
      "Democratic Party in the northern Iraqi city of Sulaimaniyah opened fire on stone-throwing "
      "protesters on Thursday, killing two people, health officials said. Rekawt Hama Rasheed, "
      "director of the city's health department, said 47 people had been wounded, seven of them "
      "by gunfire. Witnesses said about 3,000 people had marched from the city's main square to "
      "demand jobs and an end to corruption before some of them broke away and attacked the "
      "party building. A KDP spokesman said 12 of the party's guards had been hurt by stones. "
      "The regional government ordered an investigation and imposed a night curfew.",
      [C("two", 2, "exact", "killed", "protesters in Sulaimaniyah", "health officials"),
       C("47", 47, "exact", "injured", "people in Sulaimaniyah", RASHEED),
       C("seven", 7, "exact", "injured", "people wounded by gunfire", RASHEED),
       C("about 3,000", 3000, "about", "other", "marchers", "Witnesses"),
       C("12", 12, "exact", "injured", "KDP guards", "A KDP spokesman")],
      published="2011-02-17"),

    P("d98_017",
      "ALGIERS, July 8, 2015 (AFP) - At least 22 people have been killed in two days of clashes "
      "between Arab and Mozabite Berber communities in Algeria's Ghardaia province, the official "
      "APS news agency said Wednesday, citing medical sources. Most of the deaths were in "
      "Guerrara, about 120 kilometres northeast of the provincial capital, where rival groups "
      "fought with hunting rifles and set fire to homes and shops. APS said dozens of people had "
      "been wounded, among them 10 gendarmes. President Abdelaziz Bouteflika ordered the army to "
      "take charge of security in the province, and the interior ministry said 27 people had been "
      "arrested. Clashes between the two communities have erupted repeatedly since 2013, killing "
      "more than a dozen people.",
      [C("At least 22", 22, "at_least", "killed", "people in Ghardaia clashes",
         "medical sources", attr_alt=[APS]),
       C("dozens", 12, "vague", "injured", "people in Ghardaia", "APS", attr_alt=[APS]),
       C("10", 10, "exact", "injured", "gendarmes", "APS", attr_alt=[APS]),
       C("27", 27, "exact", "detained", "people arrested", "the interior ministry"),
       C("more than a dozen", 12, "more_than", "killed", "people in earlier clashes")],
      published="2015-07-08"),
]

ASIA = [
    P("d98_018",
      "Picket dispersal at Hacienda Luisita turns bloody\n"
      "First Posted 01:12am (Mla time) Nov 17, 2004\n"
      "TARLAC CITY—Seven people were killed and at least 121 others injured when police and "
      "soldiers opened fire on striking farm workers at the gates of Hacienda Luisita's sugar "
      "mill on Tuesday, union leaders said. The Tarlac provincial police command put the number "
      "of dead at six and said 28 of its men had been hurt, some by arrows and rocks thrown from "
      "the picket line. About 5,000 workers and their supporters had blocked the mill since Nov. "
      "6 to protest the dismissal of 327 union members and a cut in wages. Police said 133 "
      "people were arrested after the dispersal and that 1,000 policemen and soldiers had been "
      "deployed around the estate.",
      [C("Seven", 7, "exact", "killed", "striking farm workers", "union leaders"),
       C("at least 121", 121, "at_least", "injured", "people at Hacienda Luisita",
         "union leaders"),
       C("six", 6, "exact", "killed", "people at Hacienda Luisita", TARLAC_PNP),
       C("28", 28, "exact", "injured", "police officers", TARLAC_PNP),
       C("About 5,000", 5000, "about", "other", "workers and supporters at the picket"),
       C("327", 327, "exact", "other", "union members dismissed"),
       C("133", 133, "exact", "detained", "people arrested", "Police"),
       C("1,000", 1000, "exact", "troops", "policemen and soldiers deployed", "Police")],
      published="2004-11-17"),

    P("d98_019",
      "(LEAD) Police storm Ssangyong paint shop, detain dozens of strikers\n"
      "2009/08/05 17:42\n"
      "PYEONGTAEK, Aug. 5 (Yonhap) -- Riot police backed by helicopters and cranes stormed the "
      "paint shop of Ssangyong Motor Co.'s main plant on Wednesday, the 76th day of an occupation "
      "by unionized workers protesting the company's plan to lay off about 2,600 employees. "
      "Police said 96 strikers were detained during the day's operation and that 20 officers had "
      "been injured by slingshot bolts and firebombs. The Korean Metal Workers' Union said at "
      "least 30 of its members had been hurt, some of them seriously. About 3,000 riot police "
      "were mobilized, according to the Gyeonggi Provincial Police Agency. Ssangyong, which has "
      "been under court receivership since February, said the strike had cost it more than 310 "
      "billion won in lost production.",
      [C("dozens", 12, "vague", "detained", "strikers (headline)"),
       C("about 2,600", 2600, "about", "other", "employees to be laid off"),
       C("96", 96, "exact", "detained", "strikers detained", "Police"),
       C("20", 20, "exact", "injured", "police officers", "Police"),
       C("at least 30", 30, "at_least", "injured", "union members", KMWU),
       C("About 3,000", 3000, "about", "troops", "riot police mobilized", GPPA,
         cat_alt=["other"])],
      published="2009-08-05"),

    P("d98_020",
      "Six killed as police raid Yongsan rooftop sit-in\n"
      "Published : Jan. 20, 2009 - 18:30\n"
      "Five evictees and one police officer were killed Tuesday morning when a fire broke out as "
      "riot police raided a building in Yongsan, central Seoul, where tenants had staged a sit-in "
      "against a redevelopment project. Police said 23 people, including 17 officers, were "
      "injured and 28 protesters were taken into custody. About 30 demonstrators had occupied a "
      "makeshift watchtower on the roof of the five-story building since Monday, throwing "
      "firebombs and bricks at passers-by, according to the Seoul Metropolitan Police Agency. "
      "Some 1,400 police officers and a commando unit of 49 took part in the operation, it said. "
      "Civic groups said they would hold a candlelight vigil in the evening.",
      [C("Six", 6, "exact", "killed", "people in Yongsan raid (headline)"),
       C("Five", 5, "exact", "killed", "evictees", attr_alt=["Police"]),
       C("one", 1, "exact", "killed", "police officer", attr_alt=["Police"]),
       C("23", 23, "exact", "injured", "people in Yongsan", "Police"),
       C("17", 17, "exact", "injured", "police officers", "Police"),
       C("28", 28, "exact", "detained", "protesters taken into custody", "Police"),
       C("About 30", 30, "about", "other", "demonstrators on the roof", SMPA),
       C("Some 1,400", 1400, "about", "troops", "police officers in the operation", SMPA,
         attr_alt=["it"], cat_alt=["other"]),
       C("49", 49, "exact", "troops", "police commandos", SMPA, attr_alt=["it"],
         cat_alt=["other"])],
      published="2009-01-20"),

    P("d98_021",
      "SEOUL (UPI) -- Striking coal miners who seized the mining town of Sabuk in Kangwon "
      "province freed two policemen they had held since Tuesday and ended their revolt Thursday "
      "after the government promised to meet their wage demands, officials said. The miners and "
      "their wives, about 3,500 in all, had fought riot police with rocks and sticks since "
      "Monday, the officials said. One policeman was killed and 160 people, most of them police, "
      "were injured, according to the provincial police. Martial law authorities said 81 miners "
      "had been detained for questioning. The Tongwon mine is South Korea's largest privately "
      "owned coal mine.",
      [C("two", 2, "exact", "hostages", "policemen held by miners", "officials",
         cat_alt=["detained"]),
       C("about 3,500", 3500, "about", "other", "miners and their wives", "the officials",
         attr_alt=["officials"]),
       C("One", 1, "exact", "killed", "policeman", "the provincial police"),
       C("160", 160, "exact", "injured", "people in Sabuk", "the provincial police"),
       C("81", 81, "exact", "detained", "miners detained", "Martial law authorities")]),

    P("d98_022",
      "TOKYO, Oct. 20 (Kyodo) -- Police arrested 241 radical students and farmers Sunday after "
      "they attacked riot police with Molotov cocktails and steel pipes near the New Tokyo "
      "International Airport at Narita, police said. About 3,500 members of radical groups took "
      "part in the rally in Sanrizuka, Chiba Prefecture, against the planned second-phase "
      "expansion of the airport, the National Police Agency said. Some 14,000 riot police were "
      "mobilized. Police said 89 officers were injured, five of them seriously. It was the worst "
      "violence at the airport since 1978, when radicals occupied the control tower days before "
      "it opened.",
      [C("241", 241, "exact", "detained", "radical students and farmers", "police"),
       C("About 3,500", 3500, "about", "other", "members of radical groups at the rally", NPA),
       C("Some 14,000", 14000, "about", "troops", "riot police mobilized", NPA,
         attr_alt=[None], cat_alt=["other"]),
       C("89", 89, "exact", "injured", "police officers", "Police"),
       C("five", 5, "exact", "injured", "officers seriously injured", "Police")]),
]

ASIA += [
    P("d98_023",
      "Jalna, Sep 2 (PTI) Maratha quota agitators torched at least 15 state transport buses and "
      "several private vehicles in Jalna district on Saturday, a day after police resorted to a "
      "lathi-charge on protesters at Antarwali Sarati village, officials said. Jalna "
      "Superintendent of Police Tushar Doshi said 37 policemen, including 10 women personnel, had "
      "been injured in Friday's clash, when protesters allegedly pelted stones at them. "
      "Villagers claimed more than 40 protesters were hurt in the lathi-charge and that police "
      "fired tear gas shells and rubber bullets. Activist Manoj Jarange, 41, has been on an "
      "indefinite fast in the village since August 29 demanding reservation for the Maratha "
      "community in jobs and education. Police have registered cases against over 300 people in "
      "connection with the violence, an official said.",
      [C("at least 15", 15, "at_least", "other", "state transport buses torched", "officials",
         optional=True, cat_alt=["infrastructure"]),
       C("37", 37, "exact", "injured", "policemen in Jalna", DOSHI),
       C("10", 10, "exact", "injured", "women police personnel", DOSHI),
       C("more than 40", 40, "more_than", "injured", "protesters", "Villagers"),
       C("over 300", 300, "more_than", "detained", "people booked", "an official",
         cat_alt=["other"])]),

    P("d98_024",
      "Bhubaneswar, Jan 3 (PTI) The death toll in Monday's police firing on tribals protesting "
      "against the construction of a steel plant at Kalinganagar in Jajpur district rose to 12 "
      "with the recovery of two more bodies, officials said. A policeman who was hacked to death "
      "by the protesters has also been counted, bringing the total to 13, Revenue Divisional "
      "Commissioner Satyabrata Sahu said. He said 37 people, including 25 policemen, were "
      "undergoing treatment at hospitals in Jajpur and Cuttack. Chief Minister Naveen Patnaik "
      "announced an ex gratia of Rs 5 lakh each for the families of the dead and ordered a "
      "judicial inquiry. About 20 platoons of armed police have been deployed in the area, where "
      "tribals have blocked the Daitari-Paradip expressway.",
      [C("12", 12, "exact", "killed", "tribals in police firing", "officials"),
       C("two", 2, "exact", "killed", "bodies recovered", "officials"),
       C("13", 13, "exact", "killed", "people at Kalinganagar", SAHU),
       C("37", 37, "exact", "injured", "people in hospital", SAHU, attr_alt=["He"]),
       C("25", 25, "exact", "injured", "policemen", SAHU, attr_alt=["He"]),
       C("About 20", 20, "about", "troops", "platoons of armed police deployed")]),

    P("d98_025",
      "Greater Noida, May 7 (PTI) Two policemen and two farmers were killed when a protest "
      "against land acquisition for the Yamuna Expressway turned violent at Bhatta-Parsaul "
      "village on Saturday, police said. The agitating farmers had held three employees of the "
      "Uttar Pradesh Roadways captive since Friday, and officers were fired upon when they went "
      "to secure their release, police said. District Magistrate Deepak Agarwal was shot in the "
      "leg, and at least 17 other people, including 11 policemen, were hurt, a senior official "
      "said. Around 1,000 policemen and PAC personnel have been deployed in the village, where "
      "farmers have been holding a sit-in for nearly four months. Police have detained 16 "
      "people.",
      [C("Two", 2, "exact", "killed", "policemen", "police"),
       C("two", 2, "exact", "killed", "farmers", "police", ctx="two farmers"),
       C("three", 3, "exact", "hostages", "roadways employees held by farmers", "police",
         cat_alt=["detained"]),
       C("at least 17", 17, "at_least", "injured", "people at Bhatta-Parsaul", HK_OFFICIAL),
       C("11", 11, "exact", "injured", "policemen", HK_OFFICIAL),
       C("Around 1,000", 1000, "about", "troops", "policemen and PAC personnel deployed"),
       C("16", 16, "exact", "detained", "people detained", attr_alt=["Police"])]),

    P("d98_026",
      "Vol. 5 Num 660 Fri. April 07, 2006\n"
      "Kansat toll rises to 9\n"
      "Star Report\n"
      "The death toll in Thursday's clash between police and villagers demanding uninterrupted "
      "electricity supply at Kansat in Chapainawabganj rose to nine yesterday as two more of the "
      "injured died at Rajshahi Medical College Hospital, hospital sources said. Local people "
      "said police and Bangladesh Rifles (BDR) men fired on thousands of villagers who had "
      "besieged the Kansat Palli Bidyut Samity office. At least 200 people, among them 30 "
      "policemen, were injured, the officer-in-charge of Shibganj Police Station said. The "
      "administration deployed 12 platoons of BDR in the area and imposed Section 144 in "
      "Shibganj upazila. Villagers said they had been without power for up to 18 hours a day for "
      "weeks.",
      [C("9", 9, "exact", "killed", "people at Kansat (headline)"),
       C("nine", 9, "exact", "killed", "people at Kansat", "hospital sources"),
       C("two", 2, "exact", "killed", "injured who died in hospital", "hospital sources"),
       C("thousands", 1000, "vague", "other", "villagers at the Palli Bidyut office",
         "Local people"),
       C("At least 200", 200, "at_least", "injured", "people at Kansat", SHIBGANJ_OC),
       C("30", 30, "exact", "injured", "policemen", SHIBGANJ_OC),
       C("12", 12, "exact", "troops", "platoons of BDR deployed",
         attr_alt=["The administration"])],
      published="2006-04-07"),

    P("d98_027",
      "Batam / Tue, September 12, 2023 / 05:41 pm\n"
      "Police arrested 43 people after a protest against the planned eviction of Rempang Island "
      "residents turned violent outside the Batam Free Trade Zone Authority (BP Batam) office on "
      "Monday, the Riau Islands Police said. Spokesman Sr. Comr. Zahwani Pandra Arsyad said "
      "dozens of officers had been injured by stones and bottles thrown by protesters, and that "
      "the crowd had damaged the building's gates and windows. Thousands of Malay residents of "
      "Rempang face relocation to make way for the Rempang Eco City project, which includes a "
      "glass factory to be built by a Chinese company. The Indonesian Legal Aid Foundation "
      "(YLBHI) said about 7,500 people lived in the 16 traditional villages slated for clearance. "
      "On Sept. 7, police fired tear gas near a school in Rempang, sending at least 10 students "
      "and a teacher to hospital.",
      [C("43", 43, "exact", "detained", "people arrested in Batam", RIAU),
       C("dozens", 12, "vague", "injured", "police officers", ARSYAD),
       C("Thousands", 1000, "vague", "population", "Malay residents facing relocation",
         cat_alt=["displaced"]),
       C("about 7,500", 7500, "about", "population", "residents of villages slated for clearance",
         YLBHI),
       C("16", 16, "exact", "other", "traditional villages", YLBHI, optional=True),
       C("at least 10", 10, "at_least", "injured", "students sent to hospital")],
      published="2023-09-12"),

    P("d98_028",
      "BEIJING, June 13, 2005 (Reuters) - Hundreds of men armed with shotguns, pipes and clubs attacked "
      "villagers protesting against a land seizure for a power plant in northern China's Hebei "
      "province, killing six farmers and injuring 48, state media said on Monday. The Xinhua news "
      "agency said police in Dingzhou city had detained 31 suspects and that the city's Communist "
      "Party chief had been removed from his post. Villagers in Shengyou said the attackers, "
      "about 300 of them, had arrived in buses before dawn on Saturday, and that two villagers "
      "were still missing. Residents had camped in tents on the disputed land for more than a "
      "year. A villager reached by telephone said more than 100 people remained in hospital.",
      [C("Hundreds", 100, "vague", "troops", "armed attackers", "state media",
         cat_alt=["other"]),
       C("six", 6, "exact", "killed", "farmers in Shengyou", "state media"),
       C("48", 48, "exact", "injured", "villagers in Shengyou", "state media"),
       C("31", 31, "exact", "detained", "suspects detained", XINHUA),
       C("about 300", 300, "about", "troops", "attackers", "Villagers in Shengyou",
         cat_alt=["other"]),
       C("two", 2, "exact", "missing", "villagers", "Villagers in Shengyou"),
       C("more than 100", 100, "more_than", "injured", "people in hospital", "A villager")],
      published="2005-06-13"),
]

KIDNAPPINGS = [
    P("d98_029",
      "Patna, Sep 6 (PTI) Maoists who abducted four policemen after a gunbattle in Lakhisarai "
      "district last week have released three of them, Bihar Director General of Police Neelmani "
      "said today. The fourth, sub-inspector Lucas Tete, was killed by his captors on Friday, he "
      "said. Seven policemen were killed and 10 injured in the August 29 encounter in the Kajra "
      "forest, in which the rebels also took away 35 weapons. The Maoists had demanded the "
      "release of eight of their jailed cadres in exchange for the hostages, police said. About "
      "2,000 security personnel, among them CoBRA commandos, had been combing the forests of "
      "Lakhisarai and Munger.",
      [C("four", 4, "exact", "hostages", "policemen abducted", NEELMANI),
       C("three", 3, "exact", "hostages", "policemen released", NEELMANI),
       C("Seven", 7, "exact", "killed", "policemen in the Kajra encounter",
         attr_alt=[NEELMANI]),
       C("10", 10, "exact", "injured", "policemen", attr_alt=[NEELMANI]),
       C("35", 35, "exact", "munitions", "weapons taken by rebels", attr_alt=[NEELMANI],
         cat_alt=["other"]),
       C("eight", 8, "exact", "detained", "jailed Maoist cadres", "police"),
       C("About 2,000", 2000, "about", "troops", "security personnel combing forests")]),

    P("d98_030",
      "Gunmen abduct six pupils from Lagos school\n"
      "Published May 26, 2017\n"
      "Gunmen on Thursday abducted six students of the Lagos State Model College, Igbonla, in Epe, "
      "the state police command has said. The Police Public Relations Officer, SP Dolapo Badmos, "
      "said the students, all boys, were taken from their hostel at about 5.30am by the gunmen, "
      "who came through a creek behind the school. She said the command had deployed marine "
      "police and tactical squads and that 12 people had been invited for questioning. A parent, "
      "who asked not to be named, said the abductors had called the families and demanded N100m "
      "ransom. The school, which has about 1,300 students, has been closed indefinitely.",
      [C("six", 6, "exact", "hostages", "pupils (headline)", ctx="six pupils"),
       C("six", 6, "exact", "hostages", "students abducted", "the state police command",
         ctx="six students"),
       C("12", 12, "exact", "detained", "people questioned", BADMOS, attr_alt=["She"],
         cat_alt=["other"]),
       C("about 1,300", 1300, "about", "population", "students at the school",
         cat_alt=["other"])],
      published="2017-05-26"),

    P("d98_031",
      "ASUNCION, Sept 10, 2020 (AFP) - Paraguayan guerrillas who kidnapped former vice president "
      "Oscar Denis have demanded that his family distribute food worth $2 million to poor "
      "families in 40 villages in the north of the country, Interior Minister Euclides Acevedo "
      "said Thursday. Denis, 74, was seized on Wednesday with a farm worker, Adelio Mendoza, who "
      "was freed hours later carrying a message from the Paraguayan People's Army (EPP). The "
      "small Marxist group is believed to have about 20 armed members and has been blamed for the "
      "deaths of more than 60 people, most of them police officers and soldiers, since 2008. The "
      "EPP still holds at least two other hostages, among them a police officer seized in 2014, "
      "according to the prosecutor's office. The government said some 500 police and soldiers "
      "had joined the search in the department of Concepcion.",
      [C("40", 40, "exact", "other", "villages to receive food", ACEVEDO, optional=True),
       C("about 20", 20, "about", "troops", "armed EPP members", cat_alt=["other"]),
       C("more than 60", 60, "more_than", "killed", "people blamed on the EPP"),
       C("at least two", 2, "at_least", "hostages", "other hostages held by the EPP",
         "the prosecutor's office"),
       C("some 500", 500, "about", "troops", "police and soldiers searching",
         "The government")],
      published="2020-09-10"),

    P("d98_032",
      "Ogun: Gunmen abduct 3 students, 2 staff of Turkish school\n"
      "May 19, 2016\n"
      "Gunmen on Wednesday night abducted three students and two members of staff of the "
      "Nigerian Turkish International College in Isheri, Ogun State, police said. The Ogun State "
      "Police Commissioner, Ahmed Iliyasu, said the kidnappers, numbering about six, came in a "
      "boat through the Ogun river and broke into the school's hostel. He said 54 police officers "
      "and two gunboats had been deployed to the creeks. One of the abducted staff members is a "
      "Turkish national, a school official said. The school said its remaining 300 students had "
      "been sent home.",
      [C("3", 3, "exact", "hostages", "students (headline)"),
       C("2", 2, "exact", "hostages", "staff (headline)"),
       C("three", 3, "exact", "hostages", "students abducted", "police"),
       C("two", 2, "exact", "hostages", "staff abducted", "police", ctx="two members"),
       C("about six", 6, "about", "troops", "kidnappers", ILIYASU, cat_alt=["other"]),
       C("54", 54, "exact", "troops", "police officers deployed", ILIYASU, attr_alt=["He"],
         cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "gunboats deployed", ILIYASU, attr_alt=["He"],
         optional=True, cat_alt=["other"], ctx="two gunboats"),
       C("One", 1, "exact", "hostages", "abducted staff member who is Turkish",
         "a school official", optional=True),
       C("300", 300, "exact", "population", "students sent home", "The school",
         cat_alt=["other"])],
      published="2016-05-19"),

    P("d98_033",
      "ABA, Nigeria (AP) — Kidnappers who seized 15 schoolchildren and their bus driver in "
      "southeastern Nigeria are demanding a ransom of 20 million naira ($130,000) for their "
      "release, police said Tuesday. The children, aged 3 to 12, were taken Monday as their bus "
      "drove them home from Abayi International School in Aba, Abia state police spokesman "
      "Geoffrey Ogbonna said. Two other pupils escaped when the kidnappers stopped the bus, he "
      "said, and \"hundreds\" of officers were searching the area. Kidnappings for ransom have "
      "become common in Nigeria's south, where more than 500 people were abducted last year, "
      "according to the U.S. Embassy.",
      [C("15", 15, "exact", "hostages", "schoolchildren seized", "police"),
       C("Two", 2, "exact", "other", "pupils who escaped", OGBONNA, attr_alt=["he"],
         cat_alt=["hostages"]),
       C("hundreds", 100, "vague", "troops", "police officers searching", OGBONNA,
         attr_alt=["he"], cat_alt=["other"]),
       C("more than 500", 500, "more_than", "hostages", "people abducted last year",
         "the U.S. Embassy")]),

    P("d98_034",
      "YAOUNDE, Feb 17 (Reuters) - Gunmen abducted about 170 students from a Catholic boarding "
      "school in Kumbo in Cameroon's English-speaking Northwest region on Saturday and released "
      "them all on Sunday, the school's principal said. Father Dieudonne Ngoran said the "
      "kidnappers, who stormed St. Augustine's College before dawn, had also set fire to part of "
      "a dormitory. Diocesan officials said the school, which had 700 pupils before the crisis, "
      "had reopened in January with fewer than 200. The government blames separatist fighters "
      "for a string of school abductions in the region. The conflict has killed more than 1,800 "
      "people and forced over 530,000 from their homes, according to the International Crisis "
      "Group.",
      [C("about 170", 170, "about", "hostages", "students abducted", "the school's principal",
         attr_alt=[NGORAN]),
       C("700", 700, "exact", "population", "pupils before the crisis",
         attr_alt=["Diocesan officials"], cat_alt=["other"]),
       C("fewer than 200", 200, "fewer_than", "population", "pupils after reopening",
         "Diocesan officials", cat_alt=["other"]),
       C("more than 1,800", 1800, "more_than", "killed", "people in the Anglophone conflict",
         ICG),
       C("over 530,000", 530000, "more_than", "displaced", "people forced from their homes",
         ICG)]),

    P("d98_035",
      "CALI, Colombia, Sept 18, 2000 (AFP) - Leftist ELN rebels posing as soldiers abducted about "
      "70 people from restaurants and country houses on the road between Cali and the Pacific "
      "port of Buenaventura on Sunday, police said. Army troops pursuing the kidnappers freed 30 "
      "of the hostages by Monday morning, and three rebels were killed in a clash in the hills "
      "above the area known as Kilometre 18, Army General Jaime Ernesto Canal said. He said about "
      "40 people, among them several children, were still being held. Colombia recorded more "
      "than 3,000 kidnappings last year, the highest number in the world, according to the "
      "anti-kidnapping group Pais Libre.",
      [C("about 70", 70, "about", "hostages", "people abducted near Cali", "police"),
       C("30", 30, "exact", "hostages", "hostages freed by troops", CANAL),
       C("three", 3, "exact", "killed", "rebels", CANAL),
       C("about 40", 40, "about", "hostages", "people still held", CANAL, attr_alt=["He"]),
       C("more than 3,000", 3000, "more_than", "hostages", "kidnappings in Colombia last year",
         "the anti-kidnapping group Pais Libre", cat_alt=["other"])],
      published="2000-09-18"),
]

KIDNAPPINGS += [
    P("d98_036",
      "Gunmen kill student, abduct eight at Zaria polytechnic\n"
      "Fri, 11 Jun 2021 13:05:22 WAT\n"
      "One student was killed and eight other people, among them two lecturers, were abducted "
      "when bandits attacked the Nuhu Bamalli Polytechnic in Zaria on Thursday night, the Kaduna "
      "State Government has said. The Commissioner for Internal Security, Samuel Aruwan, said a "
      "police officer was also killed when the attackers, numbering over 30, overran the staff "
      "quarters of the school's Kongo campus. He said security forces had rescued two persons "
      "during a pursuit of the bandits. The attack is the fourth on a school in Kaduna State "
      "since March, in which more than 150 students have been taken.",
      [C("eight", 8, "exact", "hostages", "people abducted (headline)", ctx="eight at Zaria"),
       C("One", 1, "exact", "killed", "student", KD_GOV),
       C("eight", 8, "exact", "hostages", "people abducted", KD_GOV, ctx="eight other"),
       C("two", 2, "exact", "hostages", "lecturers abducted", KD_GOV, ctx="two lecturers"),
       C("over 30", 30, "more_than", "troops", "attackers", ARUWAN,
         attr_alt=["The Commissioner for Internal Security"], cat_alt=["other"]),
       C("two", 2, "exact", "hostages", "people rescued", ARUWAN, attr_alt=["He"],
         ctx="two persons"),
       C("more than 150", 150, "more_than", "hostages", "students taken in Kaduna since March")],
      published="2021-06-11"),

    P("d98_037",
      "LONDON (AP) — British commandos stormed the Iranian Embassy on Monday night, ending a "
      "six-day siege and freeing 19 hostages, Home Secretary William Whitelaw said. He said two "
      "hostages had been killed by the gunmen and that five of the six terrorists, who were "
      "demanding autonomy for Iran's Khuzestan province and the release of 91 prisoners, had "
      "died in the assault. The sixth was captured. Police said two of the freed hostages were "
      "being treated for gunshot wounds. Five hostages had been released earlier in the siege, "
      "which began when the gunmen burst into the embassy in Princes Gate on Wednesday.",
      [C("19", 19, "exact", "hostages", "hostages freed", WHITELAW),
       C("two", 2, "exact", "killed", "hostages killed by the gunmen", WHITELAW,
         attr_alt=["He"], cat_alt=["hostages"], ctx="two hostages"),
       C("five", 5, "exact", "killed", "terrorists killed in the assault", WHITELAW,
         attr_alt=["He"], ctx="five of the six"),
       C("six", 6, "exact", "troops", "terrorists", WHITELAW, attr_alt=["He"],
         cat_alt=["other"], ctx="six terrorists"),
       C("91", 91, "exact", "detained", "prisoners whose release was demanded",
         attr_alt=[WHITELAW]),
       C("two", 2, "exact", "injured", "freed hostages with gunshot wounds", "Police",
         cat_alt=["hostages"], ctx="two of the freed"),
       C("Five", 5, "exact", "hostages", "hostages released earlier", attr_alt=["Police"])]),

    P("d98_038",
      "CARACAS, May 31 (Reuters) - Eight Venezuelan soldiers held captive for more than a month by "
      "Colombian armed groups in the border state of Apure have been released, the International "
      "Committee of the Red Cross said on Monday. The soldiers were captured on April 23 during "
      "fighting that began in March between the Venezuelan military and a dissident faction of "
      "the former FARC rebel group. At least 16 soldiers have been killed in the clashes, "
      "according to government figures, and rights group Fundaredes said the fighting had forced "
      "nearly 6,000 people to flee to Colombia. Defense Minister Vladimir Padrino has said 33 "
      "suspected guerrillas were arrested. The ICRC said it had also delivered 12 tonnes of "
      "medical supplies to clinics in the area.",
      [C("Eight", 8, "exact", "hostages", "Venezuelan soldiers released", ICRC,
         cat_alt=["detained"]),
       C("At least 16", 16, "at_least", "killed", "Venezuelan soldiers", "government figures"),
       C("nearly 6,000", 6000, "about", "displaced", "people who fled to Colombia",
         "rights group Fundaredes"),
       C("33", 33, "exact", "detained", "suspected guerrillas arrested", PADRINO),
       C("12", 12, "exact", "aid", "tonnes of medical supplies", "The ICRC",
         attr_alt=[ICRC])]),

    P("d98_039",
      "KABUL, Nov 23, 2004 (AFP) - Three foreign UN election workers kidnapped in Kabul nearly "
      "four weeks ago were freed unharmed on Tuesday, the United Nations said. Annetta Flanigan of "
      "Northern Ireland, Shqipe Hebibi of Kosovo and Angelito Nayan of the Philippines were "
      "dropped off in the west of the capital and were in good health, a UN spokesman said. The "
      "Taliban splinter group Jaish-e-Muslimeen, which claimed the abduction, had demanded the "
      "release of 26 of its fighters from Afghan and US jails. Interior Minister Ali Ahmad Jalali "
      "said police had arrested 12 suspects during the search, including a former Taliban "
      "commander. Between 800 and 1,000 Afghan police officers had searched homes across the city "
      "during the four weeks, he said, and the kidnappers were paid no ransom.",
      [C("Three", 3, "exact", "hostages", "UN election workers freed", "the United Nations"),
       C("26", 26, "exact", "detained", "jailed Jaish-e-Muslimeen fighters",
         attr_alt=["The Taliban splinter group Jaish-e-Muslimeen"]),
       C("12", 12, "exact", "detained", "suspects arrested", JALALI),
       C("Between 800 and 1,000", 800, "range", "troops", "police officers searching", JALALI,
         high=1000, attr_alt=["he"], cat_alt=["other"])],
      published="2004-11-23"),

    P("d98_040",
      "BISHKEK, Oct. 25 (Kyodo) -- Four Japanese geologists held hostage by Islamic militants in "
      "southern Kyrgyzstan for more than two months were freed Monday along with their Kyrgyz "
      "interpreter, the Japanese Foreign Ministry said. The four, working on a Japan "
      "International Cooperation Agency project, were seized on Aug. 23 in the mountains of "
      "Batken region by armed Uzbek militants who had crossed from Tajikistan. A Kyrgyz army "
      "officer who was seized with them was freed earlier. Kyrgyz officials said 24 soldiers had "
      "been killed in fighting with the militants since August, that about 5,000 villagers had "
      "been evacuated from the area and that up to 1,000 militants were still in the mountains. "
      "Japan has sent 50 tonnes of food and medicine for the displaced, the ministry said. Foreign Ministry officials denied that any ransom had been paid.",
      [C("Four", 4, "exact", "hostages", "Japanese geologists freed", JP_MOFA),
       C("24", 24, "exact", "killed", "Kyrgyz soldiers", KG_OFFICIALS),
       C("about 5,000", 5000, "about", "displaced", "villagers evacuated", KG_OFFICIALS),
       C("up to 1,000", 1000, "at_most", "troops", "militants in the mountains", KG_OFFICIALS,
         cat_alt=["other"]),
       C("50", 50, "exact", "aid", "tonnes of food and medicine sent by Japan", "the ministry",
         attr_alt=[JP_MOFA])]),
]

PASSAGES = PROTESTS + ASIA + KIDNAPPINGS


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d98_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
