"""Source of the hundred-and-fourth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on bombings, mass shootings, knife and arson attacks and riots
from 1986 to 2024, written for this set (none copied from an article) in the style of wire copy
(Reuters, AP, AFP, CP, Itar-Tass, Xinhua, CTK, Belga, PTI-style Indian copy), national and
regional dailies (The Times, the Los Angeles Times, the Sun-Herald, The Irish Times, The New York
Times, the Guardian, the Arkansas Democrat-Gazette, the Star Tribune, the Milwaukee Journal
Sentinel, The Globe and Mail, The Jakarta Post, NJ.com, the Liverpool Echo, a Mumbai daily) and
broadcasters' pages (CNN's 1996 "Web posted at" line, ABC Australia, BBC News, CBC, live pages
with time stamps). Tolls rise and fall, police, hospitals, ministries, witnesses and militant
groups give figures side by side, arrests and attackers killed or captured are counted, and the
dead and injured are broken down by nationality, age, sex and role. Annotated by hand and blind
by the project's gold conventions (``gold/README.md`` of the shared folder) and the decisions
recorded in the READMEs of the earlier sets. Figures follow contemporary reports loosely and
some details are invented; the set tests extraction, not facts. One passage holds only
non-claims.

Run ``python tests/devset104/build_devset104.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")
HERE = Path(__file__).resolve().parent

TVP = "Thames Valley Police"
RBH = "A spokesman for the Royal Berkshire Hospital in Reading"
VDH = "a spokesman for the Vall d'Hebron hospital"
CGH = "Hospital officials at Colombo General Hospital"
NSM = "the national security ministry"
PREF = "the Paris police prefecture"
PASQUA = "Interior Minister Charles Pasqua"
MOLINA = "Police Chief Jerry Molina"
LECLAIR = "police spokesman Pierre Leclair"
LUEBECK = "a police spokesman in Luebeck"
BFV = "the Federal Office for the Protection of the Constitution"
RUC = "the RUC"
UVF = "The Ulster Volunteer Force"
RATP = "the Paris public transport authority"
MET = "The Metropolitan Police"
GMP = "Greater Manchester Police"
WHITEHOUSE = "Assistant Chief Constable Paul Whitehouse"
GRADY = "Officials at Grady Memorial Hospital"
HAAS = "Sheriff Dale Haas"
EMERCOM = "the regional emergencies department"
GORBUNOV = "Mayor Sergei Gorbunov"
WILLIAMS = "Superintendent Mick Williams"
PASTIKA = "Bali Police chief Insp. Gen. Made Mangku Pastika"
HEALTH_BALI = "the provincial health office"
JOURDAIN = "Tribal Chairman Floyd Jourdain Jr."
WMP = "West Midlands Police"
ZIKUSKI = "Police Chief Joseph Zikuski"
SG_SPOKESMAN = "a spokesman with the city government"
BY_MOH = "Belarus's health ministry"
KASHGAR_GOV = "the Kashgar government"
RAXIT = "Dilxat Raxit"
EDWARDS = "Police Chief John Edwards"
NELSON = "trauma surgeon Dr. Howard Nelson"
XINHUA = "The official Xinhua news agency"
PROSECUTOR = "the federal prosecutor's office"
VAN_WYMERSCH = "Deputy prosecutor Ine Van Wymersch"
AF_MOI = "the interior ministry"
SEDIQQI = "interior ministry spokesman Sediq Sediqqi"
FARRAH = "RCMP Cpl. Chantal Farrah"
CHOVANEC = "Interior Minister Milan Chovanec"
JEZKOVA = "police spokeswoman Lenka Ježková"
COULOMBE = "provincial police spokeswoman Christine Coulombe"
ZONGO = "Dablo mayor Ousmane Zongo"
WFP = "The World Food Programme"
FULOP = "Mayor Steven Fulop"
HAMACEK = "the interior minister, Jan Hamáček"
MORALES = "Police Chief Alfonso Morales"
PATNAIK = "Mumbai Police Commissioner Arup Patnaik"
SETH = "Joint Commissioner (Law and Order) Rajnish Seth"
MERSEY = "Merseyside Police"

PASSAGES = [
    # --- 1980s ---------------------------------------------------------------------------------
    P("d104_001",
      "THE TIMES, Thursday August 20 1987\n"
      "Sixteen people, among them the gunman's mother and a police constable, were shot dead in "
      "Hungerford, Berkshire, yesterday when Michael Ryan, aged 27, walked through the town "
      "firing a Kalashnikov rifle and a pistol. Thames Valley Police said last night that 14 "
      "others had been wounded, four of them critically, and that Ryan had killed himself in "
      "the John O'Gaunt school, where he had barricaded himself in. A spokesman for the Royal "
      "Berkshire Hospital in Reading said it was treating nine casualties. Residents said Ryan "
      "had set fire to his mother's house in South View before the shooting began, and the "
      "flames spread to three neighbouring homes. About 30 officers from the force's tactical "
      "firearms unit were called in from across the county, the force said.",
      [C("Sixteen", 16, "exact", "killed", "people shot dead in Hungerford", None,
         attr_alt=[TVP]),
       C("14", 14, "exact", "injured", "people wounded", TVP),
       C("four", 4, "exact", "injured", "people critically wounded", TVP),
       C("nine", 9, "exact", "injured", "casualties treated at the hospital", RBH,
         cat_alt=["killed", "other"]),
       C("three", 3, "exact", "infrastructure", "neighbouring homes burned", "Residents",
         attr_alt=[None], cat_alt=["other"]),
       C("About 30", 30, "about", "troops", "firearms officers called in", "the force",
         attr_alt=[TVP])],
      published="1987-08-20"),

    P("d104_002",
      "BARCELONA, June 20 (Reuters) - The death toll from the car bomb that exploded in the "
      "underground car park of the Hipercor supermarket in Barcelona rose to 17 on Saturday "
      "after two women died of their burns, a spokesman for the Vall d'Hebron hospital said. "
      "Some 40 people were still being treated for burns and smoke inhalation, 11 of them in "
      "intensive care, he said. The Basque separatist group ETA admitted planting the bomb, "
      "which police said contained about 200 kilos of explosives, but said it had telephoned "
      "warnings more than an hour before the blast. Police denied receiving any warning in time "
      "to clear the store, where an estimated 1,000 shoppers were at the time. Regional "
      "officials said the blast and the fire had destroyed 30 cars.",
      [C("17", 17, "exact", "killed", "people killed by the bomb", VDH),
       C("two", 2, "exact", "killed", "women who died of burns", VDH),
       C("Some 40", 40, "about", "injured", "people still treated", VDH, attr_alt=["he"]),
       C("11", 11, "exact", "injured", "people in intensive care", VDH, attr_alt=["he"]),
       C("about 200", 200, "about", "munitions", "kilos of explosives", "police",
         optional=True, cat_alt=["other"]),
       C("an estimated 1,000", 1000, "about", "other", "shoppers in the store", None,
         attr_alt=["Police"]),
       C("30", 30, "exact", "other", "cars destroyed", "Regional officials", optional=True,
         cat_alt=["infrastructure"])]),

    P("d104_003",
      "COLOMBO, Sri Lanka (AP) — A car bomb tore through the crowded central bus station in "
      "Colombo's Pettah market district at the evening rush hour Tuesday, killing at least 106 "
      "people and wounding nearly 300, police said. Witnesses said 200 to 300 passengers had "
      "been waiting for buses to the south when the car, parked near a ticket booth, exploded. "
      "The government blamed Tamil separatist guerrillas, and the national security ministry "
      "said the blast had destroyed or damaged 26 buses. Hospital officials at Colombo General "
      "Hospital said they had received 113 bodies by midnight and expected the toll to rise. "
      "Tamil rebel groups based in Madras, India, denied involvement. Hours after the blast, "
      "Sinhalese mobs attacked Tamil-owned shops near the station, and police said 12 people "
      "had been arrested for looting.",
      [C("at least 106", 106, "at_least", "killed", "people at the bus station", "police"),
       C("nearly 300", 300, "about", "injured", "people wounded", "police"),
       C("200 to 300", 200, "range", "other", "passengers waiting at the station", "Witnesses",
         high=300),
       C("26", 26, "exact", "other", "buses destroyed or damaged", NSM, optional=True,
         cat_alt=["infrastructure"]),
       C("113", 113, "exact", "killed", "bodies received by the hospital", CGH),
       C("12", 12, "exact", "detained", "people arrested for looting", "police")]),

    P("d104_004",
      "PARIS, Sept 18 (AFP) - The toll from Wednesday's bombing outside the Tati discount store "
      "on the Rue de Rennes rose to six dead on Thursday, with 55 people injured, 12 of them "
      "seriously, the Paris police prefecture said. The bomb, thrown from a passing BMW "
      "according to witnesses, was the fifth attack in Paris in 10 days, bringing to eight the "
      "number killed in the wave, Interior Minister Charles Pasqua told the National Assembly. "
      "A group calling itself the Committee of Solidarity with Arab and Middle Eastern "
      "Political Prisoners (CSPPA) claimed responsibility. Some 2,000 police and gendarmes were "
      "deployed at stations, department stores and border crossings, and more than 1,500 people "
      "had been questioned since the start of the campaign, Pasqua said.",
      [C("six", 6, "exact", "killed", "people killed outside Tati", PREF),
       C("55", 55, "exact", "injured", "people injured", PREF),
       C("12", 12, "exact", "injured", "people seriously injured", PREF),
       C("eight", 8, "exact", "killed", "people killed in the wave of bombings", PASQUA),
       C("Some 2,000", 2000, "about", "troops", "police and gendarmes deployed", "Pasqua",
         attr_alt=[PASQUA]),
       C("more than 1,500", 1500, "more_than", "detained", "people questioned", "Pasqua",
         attr_alt=[PASQUA], cat_alt=["other"])]),

    P("d104_005",
      "January 18, 1989 | From Times Staff and Wire Reports\n"
      "STOCKTON, Calif. — A drifter in a flak jacket opened fire with an AK-47 assault rifle on "
      "a crowded schoolyard here Tuesday, killing five children and wounding 29 other children "
      "and a teacher before shooting himself in the head, police said. The gunman, identified "
      "as Patrick Edward Purdy, 24, fired 106 rounds in about three minutes, Police Chief Jerry "
      "Molina said. All of the dead children were between 6 and 9 years old, and four of them "
      "were from Cambodian refugee families, he said. Hospital officials said 15 children "
      "remained hospitalized Tuesday night, three of them in critical condition. About 400 "
      "pupils were on the playground at the noon recess.",
      [C("five", 5, "exact", "killed", "children", "police"),
       C("29", 29, "exact", "injured", "children wounded", "police"),
       C("106", 106, "exact", "munitions", "rounds fired", MOLINA, cat_alt=["other"]),
       C("four", 4, "exact", "killed", "children from Cambodian refugee families", MOLINA,
         attr_alt=["he"]),
       C("15", 15, "exact", "injured", "children hospitalized", "Hospital officials"),
       C("three", 3, "exact", "injured", "children in critical condition",
         "Hospital officials", ctx="three of them"),
       C("About 400", 400, "about", "other", "pupils on the playground", None,
         attr_alt=["Hospital officials"], cat_alt=["population"])],
      published="1989-01-18"),

    P("d104_006",
      "MONTREAL (CP) — A gunman who separated the men from the women in an engineering "
      "classroom at the Université de Montréal's École Polytechnique killed 14 women on "
      "Wednesday before turning the gun on himself, Montreal police said. Thirteen other "
      "people, nine women and four men, were wounded, police spokesman Pierre Leclair said, "
      "revising an earlier count of 12. Three of the injured were in critical condition at "
      "Montreal General Hospital late Wednesday, a hospital spokeswoman said. About 60 "
      "students were in the second-floor classroom when the man, carrying a .22-calibre "
      "semi-automatic rifle, walked in. \"He said, 'I want the women,'\" one student told "
      "reporters. Police said the killer, 25, had left a three-page letter blaming feminists "
      "for ruining his life.",
      [C("14", 14, "exact", "killed", "women", "Montreal police"),
       C("Thirteen", 13, "exact", "injured", "people wounded", LECLAIR),
       C("nine", 9, "exact", "injured", "women wounded", LECLAIR),
       C("four", 4, "exact", "injured", "men wounded", LECLAIR),
       C("12", 12, "exact", "injured", "people wounded (earlier count)", LECLAIR),
       C("Three", 3, "exact", "injured", "people in critical condition",
         "a hospital spokeswoman"),
       C("About 60", 60, "about", "other", "students in the classroom", None,
         attr_alt=["a hospital spokeswoman"])]),

    # --- early 1990s ---------------------------------------------------------------------------
    P("d104_007",
      "The Sun-Herald | Sunday, August 18, 1991\n"
      "Seven people were killed and six wounded when a taxi driver armed with a rifle and a "
      "knife ran amok in the Strathfield Plaza shopping centre yesterday afternoon, before "
      "turning the gun on himself. Police said the gunman, Wade Frankum, 33, stabbed a "
      "15-year-old girl in a coffee shop and then began shooting at shoppers. Among the dead "
      "were three schoolgirls and a mother who died shielding her son, a police spokesman said. "
      "Two of the wounded were in a serious condition at Concord Hospital last night. "
      "Detectives said they had interviewed more than 100 witnesses and recovered 30 spent "
      "cartridges from the shopping centre.",
      [C("Seven", 7, "exact", "killed", "people at Strathfield Plaza", None,
         attr_alt=["Police"]),
       C("six", 6, "exact", "injured", "people wounded", None, attr_alt=["Police"]),
       C("three", 3, "exact", "killed", "schoolgirls", "a police spokesman"),
       C("Two", 2, "exact", "injured", "people in a serious condition", "a police spokesman",
         attr_alt=[None]),
       C("more than 100", 100, "more_than", "other", "witnesses interviewed", "Detectives",
         optional=True),
       C("30", 30, "exact", "munitions", "spent cartridges recovered", "Detectives",
         cat_alt=["other"])],
      published="1991-08-18"),

    P("d104_008",
      "MOELLN, Germany, Nov 23 (Reuters) - A Turkish woman and two girls died early on Monday "
      "when suspected neo-Nazis firebombed two houses occupied by Turkish families in this "
      "northern German town, police said. Bahide Arslan, 51, her granddaughter Yeliz, 10, and "
      "her niece Ayse, 14, were trapped in the burning building, and nine other residents were "
      "injured, some after jumping from windows, a police spokesman in Luebeck said. An "
      "anonymous caller telephoned police after the fire with the words \"Heil Hitler\", the "
      "spokesman said. Federal prosecutor Alexander von Stahl took over the investigation. More "
      "than 2,200 attacks on foreigners have been recorded in Germany this year, and 16 people "
      "have been killed, according to the Federal Office for the Protection of the "
      "Constitution.",
      [C("two", 2, "exact", "killed", "Turkish girls", "police", ctx="two girls"),
       C("two", 2, "exact", "infrastructure", "houses firebombed", "police",
         ctx="two houses"),
       C("nine", 9, "exact", "injured", "residents", LUEBECK),
       C("More than 2,200", 2200, "more_than", "other", "attacks on foreigners this year",
         BFV),
       C("16", 16, "exact", "killed", "people killed in attacks on foreigners this year", BFV)]),

    P("d104_009",
      "The Irish Times - Monday, June 20, 1994\n"
      "Six men watching the Republic of Ireland's World Cup match against Italy were shot dead "
      "when loyalist gunmen opened fire in the Heights Bar at Loughinisland, Co Down, on "
      "Saturday night. Five other men were wounded, two of them seriously, the RUC said "
      "yesterday. The Ulster Volunteer Force said in a statement that it had carried out the "
      "attack. About 15 people were in the small bar when two gunmen in boiler suits and "
      "balaclavas burst in and sprayed it with automatic fire. The oldest victim, Barney Green, "
      "was 87. Police believe the gunmen fired at least 25 shots before escaping in a car that "
      "was later found burnt out.",
      [C("Six", 6, "exact", "killed", "men in the Heights Bar", None, attr_alt=[RUC]),
       C("Five", 5, "exact", "injured", "men wounded", RUC),
       C("two", 2, "exact", "injured", "men seriously wounded", RUC, ctx="two of them"),
       C("About 15", 15, "about", "other", "people in the bar", None, attr_alt=[UVF]),
       C("two", 2, "exact", "troops", "gunmen", None, attr_alt=[UVF], cat_alt=["other"],
         ctx="two gunmen"),
       C("at least 25", 25, "at_least", "munitions", "shots fired", "Police",
         cat_alt=["other"])],
      published="1994-06-20"),

    P("d104_010",
      "Published: July 26, 1995\n"
      "PARIS, July 25 — A bomb hidden under a seat of a crowded commuter train exploded at the "
      "Saint-Michel station in the heart of Paris during the evening rush hour today, killing at "
      "least four people and wounding 62, the police said. Officials at the Hôtel-Dieu and "
      "Cochin hospitals said 15 of the injured had lost limbs or suffered severe burns. "
      "Interior Minister Jean-Louis Debré said no group had claimed responsibility. Later "
      "tonight, the Paris public transport authority put the number of dead at seven, and the "
      "Interior Ministry said 84 people had been hurt. Some 500 police officers and firefighters "
      "were sent to the station, where the blast tore open the sixth car of the train.",
      [C("at least four", 4, "at_least", "killed", "people on the train", "the police"),
       C("62", 62, "exact", "injured", "people wounded", "the police"),
       C("15", 15, "exact", "injured", "people with lost limbs or severe burns",
         "Officials at the Hôtel-Dieu and Cochin hospitals"),
       C("seven", 7, "exact", "killed", "people killed", RATP),
       C("84", 84, "exact", "injured", "people hurt", "the Interior Ministry"),
       C("Some 500", 500, "about", "troops", "police officers and firefighters sent", None,
         attr_alt=["the Interior Ministry"], cat_alt=["other"])],
      published="1995-07-26"),

    # --- IRA bombs and Atlanta, 1996 ------------------------------------------------------------
    P("d104_011",
      "Saturday 10 February 1996\n"
      "Two people were killed and more than 100 injured when an IRA bomb exploded near South "
      "Quay station in London's Docklands last night, ending the organisation's 17-month "
      "ceasefire. Scotland Yard said the device, packed into a lorry, had contained about 500 "
      "kilograms of home-made explosive. The Metropolitan Police said 39 people had been taken "
      "to hospital, six of them with serious injuries, and that two bodies had been found in "
      "the rubble of a newsagent's shop early this morning. The blast shattered windows across "
      "a wide area and severely damaged three office blocks. Police had begun clearing the area "
      "after a coded warning, but officers said they had moved fewer than 1,000 people before "
      "the bomb went off.",
      [C("Two", 2, "exact", "killed", "people in Docklands", None,
         attr_alt=["Scotland Yard", MET]),
       C("more than 100", 100, "more_than", "injured", "people injured", None,
         attr_alt=["Scotland Yard", MET]),
       C("about 500", 500, "about", "munitions", "kilograms of explosive", "Scotland Yard",
         optional=True, cat_alt=["other"]),
       C("39", 39, "exact", "injured", "people taken to hospital", MET),
       C("six", 6, "exact", "injured", "people seriously injured", MET),
       C("two", 2, "exact", "killed", "bodies found in the rubble", MET, ctx="two bodies"),
       C("three", 3, "exact", "infrastructure", "office blocks damaged", MET,
         attr_alt=[None]),
       C("fewer than 1,000", 1000, "fewer_than", "displaced", "people moved from the area",
         "officers")],
      published="1996-02-10"),

    P("d104_012",
      "MANCHESTER, England, June 15 (Reuters) - A huge IRA truck bomb ripped through "
      "Manchester's main shopping district on Saturday, injuring more than 200 people, police "
      "said, after a telephoned warning allowed officers to clear about 75,000 shoppers from "
      "the area. Greater Manchester Police said 206 people had been treated for injuries, most "
      "of them cuts from flying glass, and that at least seven were still in hospital on "
      "Saturday evening, two of them seriously hurt. Nobody was killed. The bomb, which army "
      "experts said contained an estimated 1,500 kilograms of explosives, was left in a van "
      "outside the Marks and Spencer store on Corporation Street. \"Had we not evacuated the "
      "area, we would have been counting the dead in hundreds,\" Assistant Chief Constable Paul "
      "Whitehouse said. About 400 businesses in the city centre were damaged, the city council "
      "said.",
      [C("more than 200", 200, "more_than", "injured", "people injured", "police"),
       C("about 75,000", 75000, "about", "displaced", "shoppers cleared from the area",
         "police", attr_alt=[None]),
       C("206", 206, "exact", "injured", "people treated for injuries", GMP),
       C("at least seven", 7, "at_least", "injured", "people still in hospital", GMP),
       C("two", 2, "exact", "injured", "people seriously hurt", GMP),
       C("an estimated 1,500", 1500, "about", "munitions", "kilograms of explosives",
         "army experts", optional=True, cat_alt=["other"]),
       C("hundreds", 100, "vague", "killed", "dead had the area not been evacuated",
         WHITEHOUSE, optional=True),
       C("About 400", 400, "about", "infrastructure", "businesses damaged", "the city council")]),

    P("d104_013",
      "Web posted at: 2:15 p.m. EDT (1815 GMT) July 27, 1996\n"
      "ATLANTA (CNN) -- A pipe bomb exploded in a crowded Centennial Olympic Park early "
      "Saturday, killing one woman and injuring 111 people, Georgia officials said. A Turkish "
      "television cameraman, Melih Uzunyol, died of a heart attack as he ran to film the "
      "scene. Officials at Grady Memorial Hospital said 11 of the injured had been admitted, "
      "five of them in critical condition. Thousands of people had been attending a late-night "
      "concert in the park when a security guard spotted a suspicious knapsack and helped "
      "police begin clearing the area. The FBI said a 911 call warning of the bomb had been "
      "received about 22 minutes before the blast. The Games will go on, officials said, and "
      "security was being reinforced with 2,000 more troops.",
      [C("one", 1, "exact", "killed", "woman", "Georgia officials", ctx="one woman"),
       C("111", 111, "exact", "injured", "people injured", "Georgia officials"),
       C("11", 11, "exact", "injured", "people admitted to hospital", GRADY),
       C("five", 5, "exact", "injured", "people in critical condition", GRADY),
       C("Thousands", 1000, "vague", "other", "people at the concert", None, optional=True),
       C("2,000", 2000, "exact", "troops", "extra troops for security", "officials",
         attr_alt=[None])],
      published="1996-07-27"),

    P("d104_014",
      "ARKANSAS DEMOCRAT-GAZETTE | Wednesday, March 25, 1998\n"
      "JONESBORO — Four girls and a teacher were killed and 10 other people wounded Tuesday "
      "when two boys dressed in camouflage opened fire on classmates filing out of Westside "
      "Middle School after a false fire alarm, Craighead County authorities said. The suspects, "
      "ages 11 and 13, were caught by sheriff's deputies as they ran toward a van parked in the "
      "woods about 100 yards from the school. Sheriff Dale Haas said the boys had carried at "
      "least nine guns, among them three rifles, and hundreds of rounds of ammunition. Nine "
      "students and a teacher were wounded, hospital officials said; two remained in serious "
      "condition Tuesday night. About 250 pupils were in the schoolyard when the shooting "
      "started, a school district official said.",
      [C("Four", 4, "exact", "killed", "girls", "Craighead County authorities"),
       C("10", 10, "exact", "injured", "people wounded", "Craighead County authorities"),
       C("two", 2, "exact", "troops", "boys who opened fire", "Craighead County authorities",
         cat_alt=["other"], ctx="two boys"),
       C("at least nine", 9, "at_least", "munitions", "guns carried", HAAS,
         cat_alt=["other"]),
       C("three", 3, "exact", "munitions", "rifles", HAAS, cat_alt=["other"]),
       C("hundreds", 100, "vague", "munitions", "rounds of ammunition", HAAS,
         cat_alt=["other"]),
       C("Nine", 9, "exact", "injured", "students wounded", "hospital officials"),
       C("two", 2, "exact", "injured", "people in serious condition", "hospital officials",
         ctx="two remained"),
       C("About 250", 250, "about", "other", "pupils in the schoolyard",
         "a school district official", cat_alt=["population"])],
      published="1998-03-25"),

    P("d104_015",
      "VOLGODONSK, Rostov Region, September 16 (Itar-Tass) -- The death toll from the explosion "
      "that tore off the front of a nine-storey apartment block in this southern Russian city "
      "early on Thursday has risen to 17, including three children, the regional emergencies "
      "department said. Of 89 people taken to hospital, 37 were in a grave condition, it said. "
      "Rescuers with sniffer dogs were still searching the rubble for as many as five residents "
      "who remain unaccounted for. The blast, caused by a truck packed with explosives parked "
      "outside the building, damaged 37 other houses in the neighbourhood and left about 1,000 "
      "people homeless, Mayor Sergei Gorbunov told Itar-Tass. Police detained two men for "
      "questioning. It was the fourth such explosion in Russia in less than three weeks; more "
      "than 300 people have died in the previous three.",
      [C("17", 17, "exact", "killed", "people in the apartment block", EMERCOM),
       C("three", 3, "exact", "killed", "children", EMERCOM, ctx="three children"),
       C("89", 89, "exact", "injured", "people taken to hospital", EMERCOM, attr_alt=["it"]),
       C("37", 37, "exact", "injured", "people in a grave condition", EMERCOM,
         attr_alt=["it"], ctx="37 were"),
       C("as many as five", 5, "at_most", "missing", "residents unaccounted for", EMERCOM,
         attr_alt=[None]),
       C("37", 37, "exact", "infrastructure", "houses damaged", GORBUNOV,
         ctx="37 other houses"),
       C("about 1,000", 1000, "about", "displaced", "people left homeless", GORBUNOV),
       C("two", 2, "exact", "detained", "men detained for questioning", None,
         attr_alt=["Police"]),
       C("more than 300", 300, "more_than", "killed", "people in the previous explosions",
         None),
       C("three", 3, "exact", "other", "previous explosions", None, optional=True,
         ctx="previous three")]),

    # --- 2000s ---------------------------------------------------------------------------------
    P("d104_016",
      "Last Updated: Monday, October 21, 2002. 6:30pm (AEST)\n"
      "Two students have been killed and five people wounded in a shooting at Monash "
      "University's Clayton campus in Melbourne's south-east. Victoria Police say a student "
      "opened fire during an econometrics tutorial on the fourth floor of the Menzies building "
      "shortly after 11:00am. Superintendent Mick Williams says a lecturer and two students "
      "tackled the gunman and held him until police arrived. \"There were about 10 people in "
      "the room, and they acted with incredible courage,\" he said. The Alfred Hospital says "
      "three of the injured are in a stable condition, and a fourth man is in intensive care. "
      "The man, 36, has been charged with two counts of murder and five of attempted murder.",
      [C("Two", 2, "exact", "killed", "students", None, attr_alt=["Victoria Police"]),
       C("five", 5, "exact", "injured", "people wounded", None, attr_alt=["Victoria Police"],
         ctx="five people"),
       C("two", 2, "exact", "other", "students who tackled the gunman", WILLIAMS,
         optional=True, ctx="two students"),
       C("about 10", 10, "about", "other", "people in the room", WILLIAMS, attr_alt=["he"]),
       C("three", 3, "exact", "injured", "people in a stable condition", "The Alfred Hospital"),
       C("two", 2, "exact", "other", "counts of murder", None, optional=True,
         cat_alt=["detained"], ctx="two counts"),
       C("five", 5, "exact", "other", "counts of attempted murder", None, optional=True,
         cat_alt=["detained"], ctx="five of attempted")],
      published="2002-10-21"),

    P("d104_017",
      "Denpasar | Mon, 10/03/2005\n"
      "The death toll from Saturday's suicide bombings at three restaurants in Kuta and "
      "Jimbaran rose to 22 yesterday, including the three bombers, after two more victims died "
      "in Sanglah hospital, police said. Bali Police chief Insp. Gen. Made Mangku Pastika said "
      "15 Indonesians, four Australians and one Japanese national were among the dead so far "
      "identified. At least 129 people were injured, 29 of them foreigners, according to the "
      "provincial health office. The Australian embassy said two Australians were still "
      "unaccounted for. Investigators have found the severed heads of the three suspected "
      "bombers and are trying to identify them. Police have questioned 23 witnesses but made "
      "no arrests.",
      [C("three", 3, "exact", "infrastructure", "restaurants attacked", "police",
         optional=True, cat_alt=["other"], ctx="three restaurants"),
       C("22", 22, "exact", "killed", "people killed in the bombings", "police"),
       C("three", 3, "exact", "troops", "suicide bombers", "police",
         cat_alt=["killed", "other"], ctx="three bombers"),
       C("two", 2, "exact", "killed", "victims who died in hospital", "police",
         ctx="two more victims"),
       C("15", 15, "exact", "killed", "Indonesians", PASTIKA),
       C("four", 4, "exact", "killed", "Australians", PASTIKA),
       C("one", 1, "exact", "killed", "Japanese national", PASTIKA),
       C("At least 129", 129, "at_least", "injured", "people injured", HEALTH_BALI),
       C("29", 29, "exact", "injured", "foreigners injured", HEALTH_BALI),
       C("two", 2, "exact", "missing", "Australians unaccounted for", "The Australian embassy",
         ctx="two Australians"),
       C("three", 3, "exact", "troops", "suspected bombers (restated)", None, optional=True,
         cat_alt=["killed", "other"], ctx="three suspected"),
       C("23", 23, "exact", "other", "witnesses questioned", "Police", optional=True,
         cat_alt=["detained"])],
      published="2005-10-03"),

    P("d104_018",
      "Last update: March 22, 2005 at 11:40 PM\n"
      "RED LAKE, Minn. — A 16-year-old student killed his grandfather and his grandfather's "
      "companion, then drove to Red Lake High School and shot dead five students, a teacher "
      "and an unarmed security guard before killing himself, the FBI said Tuesday. Seven people "
      "were wounded at the school, and three of them remained in critical condition at a Fargo "
      "hospital, a hospital spokeswoman said. It was the deadliest school shooting since "
      "Columbine in 1999, when 13 people were killed. Tribal Chairman Floyd Jourdain Jr. said "
      "the reservation, home to about 5,000 people, was \"in a state of shock.\" About 300 "
      "students were in the building when the gunman entered, school officials said.",
      [C("five", 5, "exact", "killed", "students", "the FBI"),
       C("Seven", 7, "exact", "injured", "people wounded at the school",
         "a hospital spokeswoman"),
       C("three", 3, "exact", "injured", "people in critical condition",
         "a hospital spokeswoman"),
       C("13", 13, "exact", "killed", "people killed at Columbine", None),
       C("about 5,000", 5000, "about", "population", "people on the reservation", None,
         attr_alt=[JOURDAIN]),
       C("About 300", 300, "about", "other", "students in the building", "school officials",
         cat_alt=["population"])],
      published="2005-03-22"),

    P("d104_019",
      "Last Updated: Monday, 24 October 2005, 06:12 GMT 07:12 UK\n"
      "A man has died after being stabbed during a second night of violence in the Lozells area "
      "of Birmingham, West Midlands Police said. The 23-year-old, Isaiah Young-Brown, was "
      "attacked by a gang as he walked home from a friend's house. Another man was shot and a "
      "police officer was injured when gangs of up to 100 youths fought running battles with "
      "officers. Police said 35 people had been injured over the weekend, including 15 "
      "officers, and 10 arrests had been made. About 400 officers in riot gear were deployed to "
      "the area on Sunday night, and several shops and cars were set alight. Community leaders "
      "appealed for calm after rumours about an assault in a beauty shop sparked the unrest.",
      [C("up to 100", 100, "at_most", "other", "youths in the gangs", WMP,
         attr_alt=[None]),
       C("35", 35, "exact", "injured", "people injured over the weekend", "Police"),
       C("15", 15, "exact", "injured", "officers injured", "Police"),
       C("10", 10, "exact", "detained", "arrests", "Police"),
       C("About 400", 400, "about", "troops", "officers in riot gear deployed", None,
         attr_alt=["Police"])],
      published="2005-10-24"),

    P("d104_020",
      "BINGHAMTON, N.Y. (AP) — A gunman barricaded the back door of an immigrant services "
      "center with his car and opened fire on a citizenship class Friday, killing 13 people and "
      "critically wounding four before apparently taking his own life, authorities said. "
      "Police Chief Joseph Zikuski said 37 people, including 26 who hid in a basement boiler "
      "room, were led out of the American Civic Association building after a standoff of "
      "nearly three hours. Early reports had said as many as 41 people were being held "
      "hostage. The gunman, identified by two law enforcement officials as Jiverly Wong, 41, "
      "of nearby Johnson City, was found dead with two handguns and a satchel of ammunition. "
      "\"He came in and started shooting,\" said a receptionist who, though wounded in the "
      "abdomen, played dead and then called 911.",
      [C("13", 13, "exact", "killed", "people at the center", "authorities"),
       C("four", 4, "exact", "injured", "people critically wounded", "authorities"),
       C("37", 37, "exact", "other", "people led out of the building", ZIKUSKI,
         cat_alt=["hostages"]),
       C("26", 26, "exact", "other", "people who hid in the boiler room", ZIKUSKI,
         cat_alt=["hostages", "missing"]),
       C("as many as 41", 41, "at_most", "hostages", "people held hostage (early reports)",
         "Early reports"),
       C("two", 2, "exact", "other", "law enforcement officials (sources)", None,
         optional=True, ctx="two law"),
       C("two", 2, "exact", "munitions", "handguns found with the gunman", None,
         attr_alt=["two law enforcement officials"], cat_alt=["other"], ctx="two handguns")]),

    P("d104_021",
      "2009-06-27 18:42:10\n"
      "GUANGZHOU, June 27 (Xinhua) -- Two people were killed and 118 injured in a brawl between "
      "Han and Uygur workers at a toy factory in Shaoguan City, south China's Guangdong "
      "Province, local authorities said Saturday. Of the injured, 79 were Uygurs and 39 were "
      "Han, and 16 remained in hospital, a spokesman with the city government said. Both of the "
      "dead were Uygurs. About 400 police officers were sent to the Xuri Toy Factory to restore "
      "order shortly after midnight on Friday, and the situation was under control by 5 a.m., "
      "the spokesman said. The factory employs about 16,000 workers, including some 800 from "
      "Xinjiang Uygur Autonomous Region. Police have detained a former employee suspected of "
      "spreading a rumor online that six boys from Xinjiang had raped two girls at the factory.",
      [C("Two", 2, "exact", "killed", "people in the brawl", "local authorities"),
       C("118", 118, "exact", "injured", "people injured", "local authorities"),
       C("79", 79, "exact", "injured", "Uygurs injured", SG_SPOKESMAN),
       C("39", 39, "exact", "injured", "Han injured", SG_SPOKESMAN),
       C("16", 16, "exact", "injured", "people still in hospital", SG_SPOKESMAN),
       C("About 400", 400, "about", "troops", "police officers sent", "the spokesman",
         attr_alt=[SG_SPOKESMAN]),
       C("about 16,000", 16000, "about", "population", "workers employed at the factory", None,
         attr_alt=["the spokesman"], cat_alt=["other"]),
       C("some 800", 800, "about", "population", "workers from Xinjiang", None,
         attr_alt=["the spokesman"], cat_alt=["other"]),
       C("six", 6, "exact", "other", "boys named in the rumor", None, optional=True),
       C("two", 2, "exact", "other", "girls named in the rumor", None, optional=True,
         cat_alt=["injured"])],
      published="2009-06-27"),

    # --- 2010s ---------------------------------------------------------------------------------
    P("d104_022",
      "Minsk metro blast – as it happened\n"
      "Tuesday 12 April 2011\n"
      "13:05 Belarus's health ministry now says 12 people died in Monday's explosion at "
      "Oktyabrskaya station and 204 were injured; 22 of them are in a grave condition.\n"
      "12:40 President Alexander Lukashenko has told security chiefs that suspects have been "
      "detained. State television says several people were held overnight.\n"
      "12:15 The Investigative Committee says the bomb, packed with nails and ball bearings, "
      "had the power of 5 to 7 kg of TNT.\n"
      "11:50 Latest figures from the emergencies ministry: 11 dead, 126 in hospital.\n"
      "11:30 Welcome to our live coverage. Hundreds of people have queued since dawn at blood "
      "transfusion centres in Minsk, where officials say more than 300 litres of blood have "
      "been collected.",
      [C("12", 12, "exact", "killed", "people in the metro explosion", BY_MOH,
         ctx="12 people"),
       C("204", 204, "exact", "injured", "people injured", BY_MOH),
       C("22", 22, "exact", "injured", "people in a grave condition", BY_MOH),
       C("5 to 7", 5, "range", "munitions", "kg of TNT equivalent",
         "The Investigative Committee", high=7, optional=True, cat_alt=["other"]),
       C("11", 11, "exact", "killed", "people dead", "the emergencies ministry",
         ctx="11 dead"),
       C("126", 126, "exact", "injured", "people in hospital", "the emergencies ministry"),
       C("Hundreds", 100, "vague", "other", "people queuing to give blood", None,
         optional=True),
       C("more than 300", 300, "more_than", "aid", "litres of blood collected", "officials",
         cat_alt=["other"])],
      published="2011-04-12"),

    P("d104_023",
      "BEIJING, Aug 1 (Reuters) - Police in China's far western region of Xinjiang shot dead "
      "five suspects on Monday after two days of violence in the Silk Road city of Kashgar that "
      "killed at least 19 people, state media said. A knife attack on Sunday afternoon left "
      "six dead, including a suspect, a day after two men hijacked a truck, drove it into a "
      "crowd and stabbed passers-by, killing eight, the Kashgar government said on its website. "
      "It said 42 people had been wounded in the two attacks. Four other suspects were "
      "detained. The city government blamed militants trained in Pakistan; Dilxat Raxit, a "
      "spokesman for the exile World Uyghur Congress, said the violence reflected anger over "
      "repression and that more than 100 Uyghurs had been detained since. Kashgar has about "
      "350,000 residents, many of them Uyghur.",
      [C("five", 5, "exact", "killed", "suspects shot dead by police", "state media",
         cat_alt=["troops", "other"]),
       C("at least 19", 19, "at_least", "killed", "people in Kashgar", "state media"),
       C("six", 6, "exact", "killed", "people in the knife attack", KASHGAR_GOV),
       C("two", 2, "exact", "troops", "men who hijacked a truck", KASHGAR_GOV,
         cat_alt=["other"], ctx="two men"),
       C("eight", 8, "exact", "killed", "people in the truck attack", KASHGAR_GOV),
       C("42", 42, "exact", "injured", "people wounded", KASHGAR_GOV, attr_alt=["It"]),
       C("two", 2, "exact", "other", "attacks", KASHGAR_GOV, optional=True,
         attr_alt=["It"], ctx="two attacks"),
       C("Four", 4, "exact", "detained", "suspects detained", KASHGAR_GOV,
         attr_alt=[None, "It"]),
       C("more than 100", 100, "more_than", "detained", "Uyghurs detained", RAXIT,
         attr_alt=["the exile World Uyghur Congress"]),
       C("about 350,000", 350000, "about", "population", "residents of Kashgar", None,
         attr_alt=[RAXIT])]),

    P("d104_024",
      "Posted: Aug. 6, 2012\n"
      "Oak Creek — The gunman who killed six people at the Sikh Temple of Wisconsin on Sunday "
      "was a 40-year-old Army veteran with ties to white supremacist groups, law enforcement "
      "officials said Monday. Police Chief John Edwards said the shooter, Wade Michael Page, "
      "was killed by a second officer after he shot Lt. Brian Murphy as many as 15 times. "
      "Murphy, 51, was in critical but stable condition at Froedtert Hospital, where two other "
      "men were also in critical condition, trauma surgeon Dr. Howard Nelson said. About 25 "
      "people, some of them children, were at the temple preparing a meal for Sunday services "
      "when the shooting began. Page used a 9 mm semiautomatic handgun that he had bought "
      "legally and carried three magazines, the FBI's Teresa Carlson said.",
      [C("six", 6, "exact", "killed", "people at the Sikh temple",
         "law enforcement officials"),
       C("as many as 15", 15, "at_most", "munitions", "shots that hit the lieutenant", EDWARDS,
         cat_alt=["other"]),
       C("two", 2, "exact", "injured", "men in critical condition", NELSON),
       C("About 25", 25, "about", "other", "people at the temple", None, attr_alt=[NELSON]),
       C("three", 3, "exact", "munitions", "magazines carried", "the FBI's Teresa Carlson",
         optional=True, cat_alt=["other"])],
      published="2012-08-06"),

    P("d104_025",
      "China says Xinjiang toll rises to 35\n"
      "BEIJING, June 28 (Reuters) - The death toll from an attack on police stations and a "
      "government building in China's Xinjiang region has risen to 35, state media said on "
      "Friday, up from 27 given earlier in the week. The official Xinhua news agency said 24 "
      "people, among them 16 Uighurs, and 11 assailants had been killed in Wednesday's violence "
      "in Lukqun township, in Turpan prefecture. Twenty-one people, including police officers, "
      "were injured. Four attackers were captured, one of them with gunshot wounds, Xinhua "
      "said. The World Uyghur Congress, an exile group, said the unrest had been sparked by "
      "house-to-house searches and that the authorities' figures could not be trusted. "
      "Security forces had sent \"at least 100\" armed police to the township, according to "
      "residents reached by telephone.",
      [C("35", 35, "exact", "killed", "people in Lukqun (headline)", "China",
         ctx="rises to 35"),
       C("35", 35, "exact", "killed", "people in Lukqun", "state media", ctx="risen to 35"),
       C("27", 27, "exact", "killed", "people (earlier toll)", "state media"),
       C("24", 24, "exact", "killed", "people killed by attackers", XINHUA),
       C("16", 16, "exact", "killed", "Uighurs", XINHUA),
       C("11", 11, "exact", "killed", "assailants", XINHUA, cat_alt=["troops", "other"]),
       C("Twenty-one", 21, "exact", "injured", "people", XINHUA, attr_alt=[None]),
       C("Four", 4, "exact", "detained", "attackers captured", "Xinhua",
         attr_alt=[XINHUA]),
       C("one", 1, "exact", "injured", "captured attacker with gunshot wounds", "Xinhua",
         optional=True, ctx="one of them"),
       C("at least 100", 100, "at_least", "troops", "armed police sent",
         "residents reached by telephone")]),

    P("d104_026",
      "BRUSSELS 25/05 (BELGA) - A third victim of Saturday's shooting at the Jewish Museum of "
      "Belgium in central Brussels has died, the federal prosecutor's office said on Sunday. "
      "Two Israeli tourists, a married couple from Tel Aviv, and a French woman who volunteered "
      "at the museum were killed on the spot; a 24-year-old Belgian employee remains in a "
      "critical condition. Deputy prosecutor Ine Van Wymersch said investigators had detained "
      "one person for questioning on Saturday evening but released him after a few hours. The "
      "gunman, who fled on foot, appears to have acted alone and was \"well prepared,\" she "
      "said. Security was tightened at Jewish institutions across the country, with about 200 "
      "soldiers and police officers posted outside synagogues and schools, the interior "
      "ministry said. Belgium's Jewish community numbers some 40,000 people.",
      [C("Two", 2, "exact", "killed", "Israeli tourists", PROSECUTOR, attr_alt=[None]),
       C("one", 1, "exact", "detained", "person detained for questioning", VAN_WYMERSCH,
         ctx="one person"),
       C("about 200", 200, "about", "troops", "soldiers and police posted", "the interior "
         "ministry"),
       C("some 40,000", 40000, "about", "population", "members of Belgium's Jewish community",
         None, attr_alt=["the interior ministry"])]),

    P("d104_027",
      "KABUL, March 21, 2014 (AFP) - Four teenage gunmen who smuggled pistols in their socks "
      "into Kabul's heavily guarded Serena hotel killed nine people, including an AFP "
      "journalist, his wife and two of their children, the interior ministry said Friday. Two "
      "foreigners, from Canada and Paraguay, were also among the dead, interior ministry "
      "spokesman Sediq Sediqqi told reporters, and a child and one policeman were wounded. All "
      "four attackers were shot dead by security forces after a three-hour standoff. The "
      "Taliban claimed responsibility, saying on Twitter that their fighters had killed \"at "
      "least 20 foreigners and Afghan officials.\" The hotel had about 150 guests, most of them "
      "foreigners, at the time of the attack, a staff member said.",
      [C("Four", 4, "exact", "troops", "teenage gunmen", AF_MOI, cat_alt=["other"]),
       C("nine", 9, "exact", "killed", "people in the Serena hotel", AF_MOI),
       C("two", 2, "exact", "killed", "children of the AFP journalist", AF_MOI,
         ctx="two of their"),
       C("Two", 2, "exact", "killed", "foreigners", SEDIQQI),
       C("one", 1, "exact", "injured", "policeman", SEDIQQI, ctx="one policeman"),
       C("four", 4, "exact", "killed", "attackers shot dead", SEDIQQI, attr_alt=[None, AF_MOI],
         cat_alt=["troops", "other"], ctx="four attackers"),
       C("at least 20", 20, "at_least", "killed", "foreigners and Afghan officials",
         "The Taliban"),
       C("about 150", 150, "about", "other", "hotel guests", "a staff member")],
      published="2014-03-21"),

    P("d104_028",
      "CBC News | Posted: Jun 05, 2014 6:11 AM AT | Last Updated: Jun 05, 2014 2:31 PM AT\n"
      "Three RCMP officers were killed and two others wounded Wednesday evening in Moncton's "
      "north end, and the suspected gunman, Justin Bourque, 24, remains at large, police said "
      "Thursday. The two wounded officers have non-life-threatening injuries, RCMP Cpl. Chantal "
      "Farrah said. About 300 officers, including tactical teams from Nova Scotia, Prince "
      "Edward Island and Quebec, have joined the manhunt, she said. Residents of the city's "
      "north end have been told to stay inside and lock their doors. Schools, the city hall and "
      "several government offices are closed, and Codiac Transit has cancelled all bus service.",
      [C("Three", 3, "exact", "killed", "RCMP officers", "police"),
       C("two", 2, "exact", "injured", "RCMP officers wounded", "police", ctx="two others"),
       C("two", 2, "exact", "injured", "wounded officers (restated)", FARRAH, optional=True,
         ctx="two wounded"),
       C("About 300", 300, "about", "troops", "officers in the manhunt", FARRAH,
         attr_alt=["she"])],
      published="2014-06-05"),

    P("d104_029",
      "Uherský Brod, South Moravia, Feb 24 (CTK) - A gunman shot dead eight people in the "
      "Družba restaurant in this town of 17,000 inhabitants on Tuesday and then killed himself, "
      "Interior Minister Milan Chovanec said. One woman was seriously injured and is being "
      "treated in hospital in Zlín, police spokeswoman Lenka Ježková told CTK. The attacker, a "
      "62-year-old local man, had legally held a gun licence. About 20 people were in the "
      "restaurant at lunchtime, according to witnesses cited by the Blesk.cz server. Police "
      "have not found any link to terrorism.",
      [C("eight", 8, "exact", "killed", "people in the restaurant", CHOVANEC),
       C("17,000", 17000, "exact", "population", "inhabitants of Uherský Brod", None,
         attr_alt=[CHOVANEC]),
       C("One", 1, "exact", "injured", "woman seriously injured", JEZKOVA),
       C("About 20", 20, "about", "other", "people in the restaurant", "witnesses",
         attr_alt=["the Blesk.cz server"])]),

    P("d104_030",
      "QUEBEC CITY — Published January 30, 2017\n"
      "Six men were killed and 19 people injured when a gunman opened fire on worshippers at "
      "evening prayers in a mosque in the Sainte-Foy neighbourhood of Quebec City on Sunday, "
      "police said. Five of the injured remained in critical condition on Monday, provincial "
      "police spokeswoman Christine Coulombe told a news conference. Police said one suspect "
      "had been arrested near the Île d'Orléans bridge after calling 911 himself, and that a "
      "second man detained at the scene was later released as a witness. About 50 people had "
      "been at prayer in the Islamic Cultural Centre of Quebec City, its president, Mohamed "
      "Labidi, said. The six victims, aged 39 to 60, left 17 children.",
      [C("Six", 6, "exact", "killed", "men at the mosque", "police"),
       C("19", 19, "exact", "injured", "people injured", "police"),
       C("Five", 5, "exact", "injured", "people in critical condition", COULOMBE),
       C("one", 1, "exact", "detained", "suspect arrested", "Police", ctx="one suspect"),
       C("About 50", 50, "about", "other", "people at prayer", "Mohamed Labidi",
         attr_alt=["its president"]),
       C("six", 6, "exact", "killed", "victims (restated)", None, optional=True,
         ctx="six victims"),
       C("17", 17, "exact", "other", "children left by the victims", None,
         attr_alt=["Mohamed Labidi"])],
      published="2017-01-30"),

    P("d104_031",
      "OUAGADOUGOU, May 13 (AFP) - Gunmen stormed a Catholic church during Sunday mass in "
      "Dablo, in northern Burkina Faso, killing six people including the priest, the mayor of "
      "the town said. \"Around 20 to 30 armed men burst into the church as mass was "
      "beginning,\" Dablo mayor Ousmane Zongo told AFP. The attackers set fire to the church, "
      "shops and a small restaurant before heading to the health centre, which they also "
      "burned, he said. Hundreds of residents have since fled to Kaya, about 90 kilometres to "
      "the south, a local official said. The World Food Programme said it was sending 12 "
      "trucks of food to Kaya, where more than 40,000 displaced people were already "
      "sheltering. It was the fourth attack on a church in Burkina Faso in five weeks.",
      [C("six", 6, "exact", "killed", "people in the church", "the mayor of the town",
         attr_alt=[ZONGO]),
       C("Around 20 to 30", 20, "range", "troops", "armed men", ZONGO, high=30,
         cat_alt=["other"]),
       C("Hundreds", 100, "vague", "displaced", "residents who fled to Kaya",
         "a local official"),
       C("12", 12, "exact", "aid", "trucks of food", WFP),
       C("more than 40,000", 40000, "more_than", "displaced", "displaced people in Kaya",
         None, attr_alt=[WFP])]),

    P("d104_032",
      "Updated Dec 11, 2019; Posted Dec 11, 2019\n"
      "Six people, including a Jersey City police detective and the two attackers, were killed "
      "in Tuesday's hourslong gun battle that began at a cemetery and ended at a kosher "
      "grocery, authorities said. Three people inside the JC Kosher Supermarket — the owner, "
      "an employee and a customer — were killed, Mayor Steven Fulop said Wednesday, calling "
      "the attack targeted. Two other officers were wounded, neither seriously. Police "
      "recovered a pipe bomb and five guns, including an AR-15-style rifle, from a stolen "
      "U-Haul van the suspects drove, according to a law enforcement official briefed on the "
      "investigation. A man who was in the store's back room escaped. The shooting forced the "
      "lockdown of seven schools, officials said.",
      [C("Six", 6, "exact", "killed", "people in Jersey City", "authorities"),
       C("two", 2, "exact", "killed", "attackers", "authorities",
         cat_alt=["troops", "other"], ctx="two attackers"),
       C("Three", 3, "exact", "killed", "people inside the supermarket", FULOP),
       C("Two", 2, "exact", "injured", "officers wounded", FULOP, attr_alt=[None]),
       C("five", 5, "exact", "munitions", "guns recovered",
         "a law enforcement official briefed on the investigation", cat_alt=["other"]),
       C("seven", 7, "exact", "infrastructure", "schools locked down", "officials",
         optional=True, cat_alt=["other"])],
      published="2019-12-11"),

    P("d104_033",
      "Tue 10 Dec 2019 17.40 GMT\n"
      "A gunman killed six people and wounded three others at a hospital in the Czech city of "
      "Ostrava on Tuesday morning, before shooting himself in the head as police closed in, "
      "officials said. The attacker, a 42-year-old construction worker, opened fire at close "
      "range on patients waiting in the trauma unit's outpatient clinic, the interior minister, "
      "Jan Hamáček, said. Two of the wounded were in a serious condition. Police had used a "
      "helicopter and mobilised some 250 officers to hunt the man, who was found about 20 "
      "minutes later in his car. The hospital treats about 80,000 patients a year.",
      [C("six", 6, "exact", "killed", "people at the hospital", "officials"),
       C("three", 3, "exact", "injured", "people wounded", "officials"),
       C("Two", 2, "exact", "injured", "people in a serious condition", HAMACEK,
         attr_alt=[None]),
       C("some 250", 250, "about", "troops", "police officers mobilised", None,
         attr_alt=["Police"]),
       C("about 80,000", 80000, "about", "other", "patients treated a year", None,
         optional=True)],
      published="2019-12-10"),

    # --- 2020s and two more from the 1990s and 2010s ---------------------------------------------
    P("d104_034",
      "MILWAUKEE (AP) — An electrician who worked at the Molson Coors brewery in Milwaukee "
      "fatally shot five co-workers on Wednesday before killing himself, police said, in one of "
      "the deadliest workplace shootings in Wisconsin history. Police Chief Alfonso Morales "
      "said the gunman, Anthony Ferrill, 51, was armed with two handguns, one of them fitted "
      "with a silencer. About 1,000 people work at the sprawling complex, and employees hid in "
      "locked offices for hours while officers searched building by building. No one else was "
      "injured, Morales said. Mayor Tom Barrett said the victims ranged in age from 33 to 61.",
      [C("five", 5, "exact", "killed", "co-workers", "police"),
       C("two", 2, "exact", "munitions", "handguns", MORALES, cat_alt=["other"]),
       C("About 1,000", 1000, "about", "population", "people working at the complex", None,
         attr_alt=[MORALES], cat_alt=["other"])]),

    P("d104_035",
      "Reading attack: Latest updates\n"
      "Published 21 June 2020\n"
      "11:02 Thames Valley Police say three people died and three others were seriously "
      "injured in Saturday evening's knife attack in Forbury Gardens. A 25-year-old man from "
      "Reading was arrested at the scene.\n"
      "10:47 Counter-terrorism police have taken over the investigation, and officers say they "
      "are not looking for anyone else.\n"
      "10:15 The Royal Berkshire Hospital says two patients remain in its care and a third has "
      "been discharged. About 100 people were in the park when the attacker began stabbing "
      "people, witnesses told the BBC.",
      [C("three", 3, "exact", "killed", "people in Forbury Gardens", TVP,
         ctx="three people"),
       C("three", 3, "exact", "injured", "people seriously injured", TVP,
         ctx="three others"),
       C("two", 2, "exact", "injured", "patients in hospital", "The Royal Berkshire Hospital"),
       C("About 100", 100, "about", "other", "people in the park", "witnesses")],
      published="2020-06-21"),

    P("d104_036",
      "MUMBAI, August 12, 2012\n"
      "Two people were killed and 54 injured, 45 of them policemen, when a protest rally at "
      "Azad Maidan against the violence in Assam and Myanmar turned violent on Saturday "
      "afternoon, police said. Mumbai Police Commissioner Arup Patnaik said a mob of nearly "
      "1,500 attacked media vans, torched three OB vans and several police vehicles, and "
      "molested women constables. Police fired 11 rounds in the air and used lathis and tear "
      "gas to disperse the crowd, an official said. The organisers had expected about 15,000 "
      "people, but more than 40,000 turned up, he said. Twenty-three people have been arrested "
      "so far, Joint Commissioner (Law and Order) Rajnish Seth said on Sunday.",
      [C("Two", 2, "exact", "killed", "people at Azad Maidan", "police"),
       C("54", 54, "exact", "injured", "people injured", "police"),
       C("45", 45, "exact", "injured", "policemen injured", "police"),
       C("nearly 1,500", 1500, "about", "other", "people in the mob", PATNAIK),
       C("three", 3, "exact", "other", "OB vans torched", PATNAIK, optional=True,
         cat_alt=["infrastructure"]),
       C("11", 11, "exact", "munitions", "rounds fired in the air", "an official",
         cat_alt=["other"]),
       C("about 15,000", 15000, "about", "other", "people expected at the rally",
         "an official", optional=True, attr_alt=["he"]),
       C("more than 40,000", 40000, "more_than", "other", "people at the rally",
         "an official", attr_alt=["he"]),
       C("Twenty-three", 23, "exact", "detained", "people arrested", SETH)],
      published="2012-08-12"),

    P("d104_037",
      "Knowsley hotel protest: 15 arrested after police van set alight\n"
      "NEWS | 08:15, 11 FEB 2023\n"
      "Fifteen people have been arrested after a protest outside a hotel housing asylum "
      "seekers in Knowsley turned violent on Friday night, Merseyside Police said. One officer "
      "suffered a head injury and two other officers and a member of the public sustained "
      "minor injuries, the force said. A police van was set on fire and fireworks were thrown as "
      "a crowd of about 150 people gathered outside the Suites Hotel. The hotel houses around "
      "200 asylum seekers, according to the Home Office. Of those arrested, 13 were men aged "
      "between 13 and 54, police said.",
      [C("15", 15, "exact", "detained", "people arrested (headline)", None,
         ctx="15 arrested"),
       C("Fifteen", 15, "exact", "detained", "people arrested", MERSEY),
       C("One", 1, "exact", "injured", "officer with a head injury", "the force",
         attr_alt=[MERSEY]),
       C("two", 2, "exact", "injured", "officers with minor injuries", "the force",
         attr_alt=[MERSEY]),
       C("about 150", 150, "about", "other", "people in the crowd", None,
         attr_alt=["the force"]),
       C("around 200", 200, "about", "displaced", "asylum seekers housed at the hotel",
         "the Home Office", cat_alt=["population"]),
       C("13", 13, "exact", "detained", "men among those arrested", "police",
         ctx="13 were men")],
      published="2023-02-11"),

    P("d104_038",
      "BEIJING, Nov 17 (Reuters) - A 21-year-old former student killed eight people and "
      "wounded 17 in a knife attack at a vocational school in eastern China's Jiangsu "
      "province, police said on Sunday, the second mass-casualty attack in the country in less "
      "than a week. The suspect, surnamed Xu, was detained at the scene at the Wuxi Vocational "
      "Institute of Arts and Technology in Yixing on Saturday evening, police in Yixing said in "
      "a statement. Xu had failed his exams and was unable to graduate, and was dissatisfied "
      "with his internship pay, police said. The institute has about 12,000 students, according "
      "to its website. Posts about the attack were quickly scrubbed from Chinese social media.",
      [C("eight", 8, "exact", "killed", "people at the vocational school", "police"),
       C("17", 17, "exact", "injured", "people wounded", "police", ctx="wounded 17"),
       C("about 12,000", 12000, "about", "population", "students at the institute",
         "its website", cat_alt=["other"])]),

    P("d104_039",
      "RIO DE JANEIRO, Brazil (AP) — Gunmen believed to be off-duty police officers opened fire "
      "on about 50 street children sleeping outside the Candelária church in downtown Rio de "
      "Janeiro early Friday, killing seven and wounding several others, officials said. An "
      "eighth victim, a young man, was found shot dead in the Aterro do Flamengo park nearby, "
      "police said. The youngest of the dead was 11. Rights groups say death squads killed 424 "
      "street children in Rio state in the first half of this year alone. Civil police said "
      "they had identified three suspects, all of them military policemen.",
      [C("about 50", 50, "about", "other", "street children sleeping outside the church",
         "officials"),
       C("seven", 7, "exact", "killed", "street children", "officials"),
       C("424", 424, "exact", "killed", "street children killed by death squads this year",
         "Rights groups"),
       C("three", 3, "exact", "detained", "suspects identified", "Civil police",
         cat_alt=["other"])]),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d104_040",
      "MONCTON, N.B. (CP) — Justin Bourque was sentenced on Friday to life in prison with no "
      "chance of parole for 75 years, the harshest sentence handed down in Canada since the "
      "last executions in 1962. Court of Queen's Bench Justice David Smith called the "
      "24-year-old's crimes \"among the most despicable in Canadian history.\" Bourque will be "
      "99 before he can apply for parole. The hearing lasted about two hours, and relatives of "
      "the victims read statements for more than 40 minutes. No one in the courtroom spoke to "
      "Bourque as he was led away.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d104_{:03d}",
                          checks=[no_sentence_from(*other_sets(HERE.name))])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
