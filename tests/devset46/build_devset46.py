"""Source of the forty-sixth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, date lines and release furniture) on
policing, crime and unrest between 1990 and 2025, reported as casualty and detention figures:
prison riots and jailbreaks, mass arrests at protests, gang and cartel massacres, police raids,
election violence, lynchings, hostage sieges, school shootings and football violence. Written for
this set (none copied from an article) in the styles of local US, UK, Australian, Indian, South
African, Brazilian and Mexican papers, police and prison-service press releases, court reports,
wire copy (AP, Reuters, AFP, dpa, PTI) and explainer Q&A pieces. Annotated by hand and blind by
the project's gold conventions (``gold/README.md`` of the shared folder) and the decisions
recorded in the READMEs of the earlier sets. Figures follow contemporary reports loosely and
some details are invented; the set tests extraction, not facts.

Run ``python tests/devset46/build_devset46.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 46)] + ["holdout", "holdout2",
                                                                 "holdout3"]

HOME_OFFICE = "Home Office officials"
PRISON_SERVICE = "The Prison Service"
ODRC = "a spokesman for the Ohio Department of Rehabilitation and Correction"
RICKS = "FBI special agent Bob Ricks"
CSP = "Central Scotland Police"
WILSON = "Chief Constable William Wilson"
BUGG = "Prosecutor Damian Bugg"
STONE = "Jefferson County Sheriff John Stone"
DAVIS = "sheriff's spokesman Steve Davis"
WYP = "West Yorkshire Police"
BROWNE = "NYPD spokesman Paul Browne"
MORONEY = "Police Commissioner Ken Moroney"
DE_BEER = "police spokesperson Director Sally de Beer"
RECH = "Baden-Württemberg's interior minister Heribert Rech"
HRW = "Human Rights Watch"
AYOUBI = "Kandahar provincial government spokesman Zalmai Ayoubi"
MUJAHID = "A Taliban spokesman, Zabihullah Mujahid"
RJ_HEALTH = "the state health department"
MEDINA = "Nuevo León Gov. Rodrigo Medina"
DOMENE = "state security spokesman Jorge Domene"
CT_POLICE = "Connecticut State Police"
KUMAR = "ADG (Law and Order) Arun Kumar"
BROWN = "Dallas Police Chief David Brown"
VIRGOLINO = "Justice Secretary Wallber Virgolino"
ASHTON = "Victoria Police Chief Commissioner Graham Ashton"
DESHMUKH = "Maharashtra home minister Anil Deshmukh"
PANT = "City Police Commissioner Kamal Pant"
NCOS = "The Nigerian Correctional Service"
CASEY = "Baroness Casey's review"
CHIHUAHUA = "the Chihuahua State Attorney General's Office"
SAPS = "The SAPS"
SHAMIM = "ADG (law and order) Javed Shamim"
MET = "Metropolitan Police"
VICPOL = "Victoria Police"

PASSAGES = [
    # --- 1990s ---------------------------------------------------------------------------------
    P("d46_001",
      "STRANGEWAYS: 'DOZENS DEAD' FEARS UNFOUNDED\n"
      "Tuesday, April 3, 1990\n"
      "By our Crime Staff\n"
      "Home Office officials today dismissed reports that as many as 20 inmates had been killed "
      "and their bodies hidden during the riot at Strangeways Prison, saying only one prisoner "
      "was known to have died. Derek White, 46, who was on remand, died in North Manchester "
      "General Hospital last night from injuries he suffered on the first day of the "
      "disturbance. The Prison Service said 147 prison officers and 47 inmates had been hurt "
      "since the trouble broke out in the chapel on Sunday morning. About 1,000 of the 1,647 "
      "men held at the jail have been moved to other prisons across the country, a spokesman "
      "said, but a group of around 30 prisoners is still on the roof. Greater Manchester Police "
      "have kept 200 officers on standby outside the walls.",
      [C("DOZENS", 12, "vague", "killed", "inmates (rumoured, headline)", None),
       C("as many as 20", 20, "at_most", "killed", "inmates (rumoured)", "reports",
         attr_alt=[HOME_OFFICE]),
       C("one", 1, "exact", "killed", "prisoner", HOME_OFFICE, ctx="only one prisoner"),
       C("147", 147, "exact", "injured", "prison officers", PRISON_SERVICE),
       C("47", 47, "exact", "injured", "inmates", PRISON_SERVICE),
       C("About 1,000", 1000, "about", "detained", "inmates moved to other prisons",
         "a spokesman"),
       C("1,647", 1647, "exact", "detained", "men held at Strangeways", "a spokesman",
         cat_alt=["population"]),
       C("around 30", 30, "about", "detained", "prisoners on the roof", "a spokesman",
         attr_alt=[None], cat_alt=["other"]),
       C("200", 200, "exact", "troops", "police officers on standby", None,
         attr_alt=["Greater Manchester Police"], cat_alt=["other"])],
      published="1990-04-03"),

    P("d46_002",
      "Lucasville guards freed as 11-day uprising ends\n"
      "PORTSMOUTH, Ohio — The last 450 inmates holding L block at the Southern Ohio "
      "Correctional Facility in Lucasville surrendered Wednesday night, ending an uprising in "
      "which nine prisoners and one corrections officer were killed. The five guards who were "
      "still being held were released one by one and taken to hospital for checks, a spokesman "
      "for the Ohio Department of Rehabilitation and Correction said. \"Eight officers were "
      "taken hostage when this started on Easter Sunday. Three came out earlier, and all five "
      "of the rest are alive,\" he said. Officer Robert Vallandingham, 40, was strangled on the "
      "fifth day of the siege after inmates said their demands had been ignored. About 500 "
      "Ohio National Guard troops and some 300 state troopers ringed the prison through the "
      "standoff.",
      [C("450", 450, "exact", "detained", "inmates who surrendered", None, attr_alt=[ODRC],
         cat_alt=["other"]),
       C("nine", 9, "exact", "killed", "prisoners", None, attr_alt=[ODRC]),
       C("one", 1, "exact", "killed", "corrections officer", None, attr_alt=[ODRC],
         ctx="one corrections officer"),
       C("five", 5, "exact", "hostages", "guards released", ODRC, ctx="The five guards"),
       C("Eight", 8, "exact", "hostages", "officers taken hostage", ODRC, attr_alt=["he"]),
       C("Three", 3, "exact", "hostages", "officers freed earlier", ODRC, attr_alt=["he"]),
       C("five", 5, "exact", "hostages", "officers still held, alive (restated)", ODRC,
         attr_alt=["he"], optional=True, ctx="all five of the rest"),
       C("About 500", 500, "about", "troops", "Ohio National Guard troops", None),
       C("some 300", 300, "about", "troops", "state troopers", None, cat_alt=["other"])]),

    P("d46_003",
      "WACO, Texas (AP) — As many as 86 people, among them 17 children, are believed to have "
      "died when fire swept through the Branch Davidian compound Monday, ending a 51-day "
      "standoff with federal agents, the FBI said. Only nine members of the sect escaped the "
      "flames, and they were being held by the Texas Rangers, FBI special agent Bob Ricks told "
      "reporters. Cult leader David Koresh, 33, was believed to be among the dead. Agents had "
      "used two armored vehicles to punch holes in the walls and pump in tear gas for six hours "
      "before the blaze broke out shortly after noon. Four agents of the Bureau of Alcohol, "
      "Tobacco and Firearms were killed and 16 wounded in the Feb. 28 raid that began the "
      "siege; six Davidians also died that day.",
      [C("As many as 86", 86, "at_most", "killed", "people in the Branch Davidian compound",
         "the FBI"),
       C("17", 17, "exact", "killed", "children", "the FBI"),
       C("nine", 9, "exact", "other", "sect members who escaped the fire", RICKS,
         cat_alt=["detained"]),
       C("two", 2, "exact", "munitions", "armored vehicles", None, attr_alt=["Agents"],
         cat_alt=["other"]),
       C("Four", 4, "exact", "killed", "ATF agents in the February raid", None),
       C("16", 16, "exact", "injured", "ATF agents in the February raid", None),
       C("six", 6, "exact", "killed", "Davidians in the February raid", None,
         ctx="six Davidians")]),

    P("d46_004",
      "Thursday, March 14, 1996\n"
      "DUNBLANE: A CLASS WIPED OUT\n"
      "Sixteen children and their teacher were shot dead yesterday when a gunman walked into "
      "the gymnasium of Dunblane Primary School and opened fire with four handguns before "
      "turning a weapon on himself. Central Scotland Police said 12 other children and three "
      "adults had been injured; four of the children were last night described as critical at "
      "Stirling Royal Infirmary. The gunman, named by police as Thomas Hamilton, 43, a former "
      "Scout leader from Stirling, fired more than 100 rounds in three to four minutes. The "
      "class of 28 five- and six-year-olds had been in the gym for a PE lesson. The school has "
      "about 640 pupils. More than 100 officers were at the scene last night, Chief Constable "
      "William Wilson said.",
      [C("Sixteen", 16, "exact", "killed", "children at Dunblane Primary School", None,
         attr_alt=[CSP]),
       C("four", 4, "exact", "munitions", "handguns", None, attr_alt=[CSP], cat_alt=["other"],
         ctx="four handguns"),
       C("12", 12, "exact", "injured", "children", CSP),
       C("three", 3, "exact", "injured", "adults", CSP, ctx="three adults"),
       C("four", 4, "exact", "injured", "children in critical condition", CSP,
         attr_alt=[None], ctx="four of the children"),
       C("more than 100", 100, "more_than", "munitions", "rounds fired", None,
         cat_alt=["other"], ctx="more than 100 rounds"),
       C("28", 28, "exact", "other", "children in the class", None,
         cat_alt=["population"]),
       C("about 640", 640, "about", "population", "pupils at the school", None,
         cat_alt=["other"]),
       C("More than 100", 100, "more_than", "troops", "police officers at the scene", WILSON,
         cat_alt=["other"], ctx="More than 100 officers")],
      published="1996-03-14"),

    P("d46_005",
      "Saturday, November 23, 1996\n"
      "HOBART: Martin Bryant will die in jail. Justice William Cox yesterday sentenced the "
      "29-year-old to 35 terms of life imprisonment, without parole, for the murders of 35 "
      "people at Port Arthur and the nearby Seascape guest house on April 28 and 29, and to 21 "
      "years each on 37 other charges, including 20 of attempted murder. Prosecutor Damian "
      "Bugg told the Supreme Court that Bryant had also wounded 23 people and had fired at "
      "least 40 shots in the Broad Arrow Cafe in about 15 seconds. Bryant, who pleaded guilty "
      "to all 72 counts, laughed as some of the charges were read. More than 640,000 guns have "
      "been surrendered nationally under the buyback that followed the massacre, according to "
      "federal Attorney-General Daryl Williams.",
      [C("35", 35, "exact", "killed", "people at Port Arthur and Seascape", None,
         attr_alt=["Justice William Cox"], ctx="murders of 35 people"),
       C("37", 37, "exact", "other", "other charges", None, optional=True),
       C("20", 20, "exact", "other", "attempted murder charges", None, optional=True),
       C("23", 23, "exact", "injured", "people wounded by Bryant", BUGG, ctx="wounded 23"),
       C("at least 40", 40, "at_least", "munitions", "shots fired in the cafe", BUGG,
         cat_alt=["other"]),
       C("72", 72, "exact", "other", "counts Bryant pleaded guilty to", None, optional=True),
       C("More than 640,000", 640000, "more_than", "munitions", "guns surrendered",
         "federal Attorney-General Daryl Williams", cat_alt=["other"])],
      published="1996-11-23"),

    P("d46_006",
      "Thursday, April 22, 1999\n"
      "Columbine toll lowered to 15\n"
      "LITTLETON — Jefferson County Sheriff John Stone lowered the death toll from Tuesday's "
      "massacre at Columbine High School to 15 on Wednesday, including the two student gunmen, "
      "after his own estimate of 25 a day earlier. Twelve students and a teacher, Dave Sanders, "
      "47, died; 23 others were wounded, several of them critically. Bomb squads found more "
      "than 30 explosive devices in the school, the parking lot and the gunmen's cars, "
      "including a 20-pound propane bomb in the cafeteria, sheriff's spokesman Steve Davis "
      "said. About 1,900 students attend Columbine, and classes will resume at nearby "
      "Chatfield High next week.",
      [C("15", 15, "exact", "killed", "people at Columbine (headline)", None,
         ctx="lowered to 15\n"),
       C("15", 15, "exact", "killed", "people at Columbine", STONE, ctx="to 15 on"),
       C("two", 2, "exact", "killed", "student gunmen", STONE),
       C("25", 25, "exact", "killed", "people (earlier estimate)", STONE),
       C("Twelve", 12, "exact", "killed", "students", STONE, attr_alt=[None]),
       C("23", 23, "exact", "injured", "people wounded", STONE, attr_alt=[None]),
       C("more than 30", 30, "more_than", "munitions", "explosive devices found", DAVIS,
         cat_alt=["other"]),
       C("About 1,900", 1900, "about", "population", "students at Columbine", None,
         cat_alt=["other"])],
      published="1999-04-22"),

    # --- 2000s ---------------------------------------------------------------------------------
    P("d46_007",
      "Riot jailings complete as final trio sentenced\n"
      "THE last three men to be prosecuted over the Bradford riot were jailed at the city's "
      "Crown Court yesterday, bringing to 200 the number of people locked up for their part in "
      "the disorder in Manningham in July 2001. Judge Stephen Gullick gave the men, aged 19 "
      "to 24, terms of between four and five years. In all, 297 people were arrested by West "
      "Yorkshire Police during the five-year Operation Wheel investigation, and 187 were "
      "convicted of riot, the force said. More than 300 officers were injured on the night, "
      "when up to 1,000 youths fought running battles with police and petrol-bombed the "
      "Manningham Labour Club. The cost of the damage has been put at £27 million.",
      [C("three", 3, "exact", "detained", "men jailed", None, attr_alt=["Judge Stephen Gullick"],
         ctx="last three men"),
       C("200", 200, "exact", "detained", "people jailed over the riot", None),
       C("297", 297, "exact", "detained", "people arrested", "the force", attr_alt=[WYP]),
       C("187", 187, "exact", "detained", "people convicted of riot", "the force",
         attr_alt=[WYP]),
       C("More than 300", 300, "more_than", "injured", "police officers", None,
         attr_alt=["the force"]),
       C("up to 1,000", 1000, "at_most", "other", "youths rioting", None)]),

    P("d46_008",
      "40 police hurt as Redfern erupts over teen's death\n"
      "SYDNEY: Forty police officers were injured when about 150 youths threw bricks, bottles "
      "and petrol bombs at them in Redfern overnight, after the death of 17-year-old Thomas "
      "\"TJ\" Hickey, who was impaled on a fence while riding his bicycle on Saturday. Eleven "
      "of the officers were taken to hospital, one with a broken collarbone, a police "
      "spokeswoman said. Rioters set fire to the entrance of Redfern railway station, and at "
      "least 30 petrol bombs were thrown during the nine-hour confrontation, she said. Police "
      "used a fire hose to disperse the crowd shortly before 4am. No arrests were made "
      "overnight.",
      [C("40", 40, "exact", "injured", "police officers (headline)", None),
       C("Forty", 40, "exact", "injured", "police officers", None,
         attr_alt=["a police spokeswoman"]),
       C("about 150", 150, "about", "other", "youths rioting", None,
         attr_alt=["a police spokeswoman"]),
       C("Eleven", 11, "exact", "injured", "officers taken to hospital", "a police spokeswoman"),
       C("one", 1, "exact", "injured", "officer with a broken collarbone",
         "a police spokeswoman", optional=True, ctx="one with a broken"),
       C("at least 30", 30, "at_least", "munitions", "petrol bombs thrown",
         "a police spokeswoman", attr_alt=["she"], cat_alt=["other"])]),

    P("d46_009",
      "Wednesday, September 1st 2004\n"
      "COPS COLLAR 1,187 AS PROTESTS PEAK\n"
      "Cops arrested 1,187 demonstrators across Manhattan on Tuesday, the busiest day of "
      "protests against the Republican National Convention, bringing the number collared since "
      "Thursday to more than 1,700, NYPD spokesman Paul Browne said. About 200 members of the "
      "War Resisters League were swept up in a single mass arrest on Fulton Street before their "
      "march had gone two blocks. Many of those held spent more than 24 hours at Pier 57, a "
      "former bus depot on the Hudson that protesters have dubbed \"Guantanamo on the Hudson.\" "
      "Last night a Manhattan judge ordered the city to release some 470 prisoners who had been "
      "held too long without seeing a judge, and fined it $1,000 for each. On Sunday, organizers "
      "United for Peace and Justice said some 500,000 people had marched past Madison Square "
      "Garden.",
      [C("1,187", 1187, "exact", "detained", "demonstrators arrested on Tuesday (headline)",
         None, ctx="COLLAR 1,187"),
       C("1,187", 1187, "exact", "detained", "demonstrators arrested on Tuesday", BROWNE,
         ctx="arrested 1,187"),
       C("more than 1,700", 1700, "more_than", "detained", "people arrested since Thursday",
         BROWNE),
       C("About 200", 200, "about", "detained", "War Resisters League members arrested",
         None),
       C("some 470", 470, "about", "detained", "prisoners ordered released", None,
         attr_alt=["a Manhattan judge"]),
       C("some 500,000", 500000, "about", "other", "marchers on Sunday",
         "United for Peace and Justice")],
      published="2004-09-01"),

    P("d46_010",
      "SYDNEY: ABOUT 5000 people, many of them drunk and draped in Australian flags, "
      "converged on North Cronulla beach yesterday, and the gathering turned into a riot in "
      "which men of Middle Eastern appearance were chased and bashed. Police Commissioner Ken "
      "Moroney said 16 people had been arrested and 26 injured, including two police officers "
      "and two ambulance officers. Overnight, convoys of cars drove through Maroubra and "
      "Brighton-le-Sands, where men armed with bats smashed more than 40 parked cars. Mr "
      "Moroney said 450 officers would be on duty across the southern suburbs tonight and "
      "warned that anyone involved in reprisal attacks would be \"hunted down\".",
      [C("ABOUT 5000", 5000, "about", "other", "people at North Cronulla beach", None),
       C("16", 16, "exact", "detained", "people arrested", MORONEY),
       C("26", 26, "exact", "injured", "people injured", MORONEY),
       C("two", 2, "exact", "injured", "police officers", MORONEY, ctx="two police officers"),
       C("two", 2, "exact", "injured", "ambulance officers", MORONEY,
         ctx="two ambulance officers"),
       C("more than 40", 40, "more_than", "other", "parked cars smashed", None,
         optional=True, cat_alt=["infrastructure"]),
       C("450", 450, "exact", "troops", "police officers on duty", "Mr Moroney",
         attr_alt=[MORONEY], cat_alt=["other"])]),

    P("d46_011",
      "May 25 2008 12:00\n"
      "Toll in attacks on foreigners rises to 56\n"
      "JOHANNESBURG — The number of people killed in attacks on foreign nationals that began in "
      "Alexandra township two weeks ago has risen to 56, police spokesperson Director Sally de "
      "Beer said on Sunday. She said 670 people had been injured, 1,384 arrested for murder, "
      "rape, robbery and public violence, and 342 shops looted. More than 35,000 people are sheltering at "
      "police stations, churches and community halls in Gauteng, according to the provincial "
      "government, and the Mozambican government said about 26,000 of its citizens had "
      "returned home by bus and train. Among the dead was a Mozambican man who was set alight "
      "in Ramaphosa informal settlement as onlookers laughed. President Thabo Mbeki has "
      "authorised the deployment of the army to help police, the first time troops have been "
      "used against civil unrest since 1994.",
      [C("56", 56, "exact", "killed", "people (headline)", None, ctx="rises to 56"),
       C("56", 56, "exact", "killed", "people in attacks on foreigners", DE_BEER,
         ctx="risen to 56"),
       C("670", 670, "exact", "injured", "people", DE_BEER, attr_alt=["She"]),
       C("1,384", 1384, "exact", "detained", "people arrested", DE_BEER, attr_alt=["She"]),
       C("342", 342, "exact", "infrastructure", "shops looted", DE_BEER, attr_alt=["She"],
         cat_alt=["other"]),
       C("More than 35,000", 35000, "more_than", "displaced", "people sheltering in Gauteng",
         "the provincial government"),
       C("about 26,000", 26000, "about", "displaced", "Mozambicans who returned home",
         "the Mozambican government", cat_alt=["other"])],
      published="2008-05-25"),

    P("d46_012",
      "WINNENDEN, Germany (dpa) - A 17-year-old former pupil shot dead nine students and three "
      "teachers at the Albertville secondary school in the south-western town of Winnenden on "
      "Wednesday, then killed three more people as he fled before turning the gun on himself, "
      "police said. Baden-Württemberg's interior minister Heribert Rech said the gunman had "
      "used a Beretta pistol taken from his father, a member of a shooting club who kept 15 "
      "weapons at home. Eight of the students killed were girls, Rech said. Police said 11 "
      "people had been injured, two of them officers who exchanged fire with the gunman in a "
      "car dealership in Wendlingen, 40 kilometres away. About 1,000 pupils attend the school. "
      "The killings came seven years after a 19-year-old killed 16 people at a school in "
      "Erfurt.",
      [C("nine", 9, "exact", "killed", "students", "police"),
       C("three", 3, "exact", "killed", "teachers", "police", ctx="three teachers"),
       C("three", 3, "exact", "killed", "people killed during the escape", "police",
         ctx="three more people"),
       C("15", 15, "exact", "munitions", "weapons kept at home", RECH, cat_alt=["other"]),
       C("Eight", 8, "exact", "killed", "girls among the students killed", "Rech",
         attr_alt=[RECH]),
       C("11", 11, "exact", "injured", "people", "Police"),
       C("two", 2, "exact", "injured", "police officers", "Police", attr_alt=[None],
         ctx="two of them officers"),
       C("About 1,000", 1000, "about", "population", "pupils at the school", None,
         cat_alt=["other"]),
       C("16", 16, "exact", "killed", "people in the Erfurt school shooting", None)]),

    # --- 2011–2013 -------------------------------------------------------------------------------
    P("d46_013",
      "Nigeria: Post-Election Violence Killed 800\n"
      "(Abuja, May 16, 2011) – More than 800 people were killed in three days of rioting and "
      "sectarian violence in northern Nigeria after the April 16 presidential election, Human "
      "Rights Watch said today. The violence began with protests by supporters of the losing "
      "candidate, Muhammadu Buhari, and spread to 12 northern states. In southern Kaduna state "
      "alone, local civic and religious leaders told Human Rights Watch that at least 500 "
      "people had been killed in the towns of Zonkwa, Matsirga and Kafanchan. The Nigerian Red "
      "Cross said more than 65,000 people had been displaced. Human Rights Watch interviewed "
      "more than 50 witnesses and victims in Kaduna and Kano.",
      [C("800", 800, "exact", "killed", "people (headline)", None, ctx="Killed 800"),
       C("More than 800", 800, "more_than", "killed", "people in northern Nigeria", HRW),
       C("12", 12, "exact", "other", "northern states", None, optional=True),
       C("at least 500", 500, "at_least", "killed", "people in southern Kaduna",
         "local civic and religious leaders", attr_alt=[HRW]),
       C("more than 65,000", 65000, "more_than", "displaced", "people displaced",
         "The Nigerian Red Cross"),
       C("more than 50", 50, "more_than", "other", "witnesses and victims interviewed", HRW,
         optional=True)],
      published="2011-05-16"),

    P("d46_014",
      "KANDAHAR, Afghanistan, April 25 (Reuters) - More than 470 prisoners, most of them "
      "Taliban fighters, escaped from Kandahar's main jail through a tunnel that insurgents had "
      "spent five months digging, Afghan officials said on Monday. A Taliban spokesman, "
      "Zabihullah Mujahid, said 541 inmates had fled, among them more than 100 commanders, "
      "and that the 320-metre tunnel had been dug from a house south of the Sarposa prison. "
      "Fewer than 20 guards were on duty that night, a prison official said. "
      "Kandahar provincial government spokesman Zalmai Ayoubi said 65 escapees had been "
      "recaptured and two killed in clashes with police. About 1,000 inmates broke out of the "
      "same prison in 2008 after a Taliban suicide truck bomb blew open its gate.",
      [C("More than 470", 470, "more_than", "detained", "prisoners who escaped",
         "Afghan officials", cat_alt=["other"]),
       C("541", 541, "exact", "detained", "inmates who fled", MUJAHID, cat_alt=["other"]),
       C("more than 100", 100, "more_than", "detained", "Taliban commanders who fled", MUJAHID,
         cat_alt=["other"]),
       C("Fewer than 20", 20, "fewer_than", "troops", "guards on duty", "a prison official",
         cat_alt=["other"]),
       C("65", 65, "exact", "detained", "escapees recaptured", AYOUBI, cat_alt=["other"]),
       C("two", 2, "exact", "killed", "escapees", AYOUBI),
       C("About 1,000", 1000, "about", "detained", "inmates who escaped in 2008", None,
         cat_alt=["other"])]),

    P("d46_015",
      "07/04/2011 - 20h15\n"
      "RIO DE JANEIRO – Twelve children were killed and 12 others wounded when a former pupil "
      "opened fire in two classrooms of the Tasso da Silveira municipal school in Realengo, in "
      "Rio's West Zone, on Thursday morning, the state health department said. Ten of the dead "
      "were girls. The gunman, Wellington Menezes de Oliveira, 23, carried two revolvers and "
      "shot himself after a military police sergeant hit him in the leg, police said. About "
      "400 pupils were in the building at the time. Governor Sérgio Cabral declared three days "
      "of official mourning.",
      [C("Twelve", 12, "exact", "killed", "children", RJ_HEALTH),
       C("12", 12, "exact", "injured", "children", RJ_HEALTH),
       C("two", 2, "exact", "other", "classrooms", RJ_HEALTH, optional=True,
         cat_alt=["infrastructure"], ctx="two classrooms"),
       C("Ten", 10, "exact", "killed", "girls", RJ_HEALTH, attr_alt=[None]),
       C("two", 2, "exact", "munitions", "revolvers", "police", cat_alt=["other"],
         ctx="two revolvers"),
       C("About 400", 400, "about", "other", "pupils in the building", None,
         cat_alt=["population"])],
      published="2011-04-07"),

    P("d46_016",
      "MONTERREY, Mexico (AP) — Gunmen who doused the Casino Royale with gasoline and set it "
      "ablaze Thursday killed 52 people, most of them women who had been playing bingo and "
      "slot machines, Nuevo León Gov. Rodrigo Medina said. Security camera video showed about "
      "a dozen men arriving in four cars and storming the entrance, state security spokesman "
      "Jorge Domene said; the attack lasted less than three minutes. Many of the victims were "
      "found in bathrooms and offices where they had fled the smoke. Relatives said at least "
      "six people who had been at the casino were still unaccounted for. Authorities later "
      "arrested five suspects, all of them alleged members of the Zetas cartel.",
      [C("52", 52, "exact", "killed", "people in the Casino Royale", MEDINA),
       C("about a dozen", 12, "about", "troops", "gunmen", "Security camera video",
         attr_alt=[DOMENE], cat_alt=["other"]),
       C("four", 4, "exact", "other", "cars", "Security camera video", optional=True,
         attr_alt=[DOMENE]),
       C("at least six", 6, "at_least", "missing", "people unaccounted for", "Relatives"),
       C("five", 5, "exact", "detained", "suspects arrested", None,
         attr_alt=["Authorities"])]),

    P("d46_017",
      "Monday, February 20, 2012\n"
      "APODACA, N.L. — Forty-four inmates were killed and 30 others escaped in a fight between "
      "members of the Zetas and the Gulf cartel at the Apodaca state prison early Sunday, Nuevo "
      "León state security spokesman Jorge Domene said. Most of the dead were beaten or stabbed "
      "to death in a high-security wing. Gov. Rodrigo Medina said the escape had been planned "
      "with the help of staff, and that the prison's director and 18 guards had been placed "
      "under arrest. The prison, built for 1,500 inmates, held about 3,000. The state is "
      "offering a reward of 10 million pesos for information leading to the recapture of each "
      "fugitive.",
      [C("Forty-four", 44, "exact", "killed", "inmates", "Nuevo León state security spokesman "
         "Jorge Domene"),
       C("30", 30, "exact", "detained", "inmates who escaped", "Nuevo León state security "
         "spokesman Jorge Domene", cat_alt=["other"]),
       C("18", 18, "exact", "detained", "guards arrested", "Gov. Rodrigo Medina"),
       C("1,500", 1500, "exact", "other", "prison capacity", None, optional=True),
       C("about 3,000", 3000, "about", "detained", "inmates held", None,
         cat_alt=["population"])],
      published="2012-02-20"),

    P("d46_018",
      "CONNECTICUT STATE POLICE\n"
      "PRESS RELEASE\n"
      "Date: December 15, 2012\n"
      "Subject: Sandy Hook Elementary School, Newtown — Update\n"
      "On Friday morning, Newtown Police and Connecticut State Police responded to a report of "
      "shots fired at the Sandy Hook Elementary School, 12 Dickenson Drive, Newtown. Troopers "
      "and officers found 20 children and six adult staff members deceased inside the school. "
      "Two of the children were transported to Danbury Hospital, where they were pronounced "
      "dead. The suspect, a 20-year-old male from Newtown, was found deceased inside the school "
      "of a self-inflicted gunshot wound. A 28th victim was found deceased at a residence on "
      "Yogananda Street. Approximately 460 students and staff were evacuated to a nearby "
      "firehouse. More than 100 troopers and officers remain assigned to the investigation.\n"
      "Lt. J. Paul Vance, Public Information Officer",
      [C("20", 20, "exact", "killed", "children", None, attr_alt=[CT_POLICE],
         ctx="found 20 children"),
       C("six", 6, "exact", "killed", "adult staff members", None, attr_alt=[CT_POLICE]),
       C("Two", 2, "exact", "killed", "children pronounced dead in hospital", None,
         attr_alt=[CT_POLICE]),
       C("Approximately 460", 460, "about", "displaced", "students and staff evacuated", None,
         attr_alt=[CT_POLICE], cat_alt=["other"]),
       C("More than 100", 100, "more_than", "troops", "troopers and officers", None,
         attr_alt=[CT_POLICE], cat_alt=["other"])],
      published="2012-12-15"),

    P("d46_019",
      "Muzaffarnagar toll rises to 38; 41 relief camps house over 40,000\n"
      "LUCKNOW/MUZAFFARNAGAR: The toll in the communal violence in Muzaffarnagar and the "
      "adjoining Shamli district rose to 38 on Tuesday with the recovery of five more bodies "
      "from sugarcane fields, ADG (Law and Order) Arun Kumar said. As many as 366 people have "
      "been arrested and curfew continues in three police station areas, he said. Over 40,000 "
      "people, most of them Muslims from villages in the Jat belt, have taken shelter in 41 "
      "relief camps, district officials said, and at least 10 people remain missing. The "
      "administration has sent 300 quintals of wheat flour to the camps. Fourteen columns of "
      "the Army have been deployed in both districts.",
      [C("38", 38, "exact", "killed", "people (headline)", None, ctx="rises to 38"),
       C("41", 41, "exact", "infrastructure", "relief camps (headline)", None,
         cat_alt=["other", "aid"], ctx="41 relief camps house"),
       C("over 40,000", 40000, "more_than", "displaced", "people in relief camps (headline)",
         None),
       C("38", 38, "exact", "killed", "people", KUMAR, ctx="rose to 38"),
       C("five", 5, "exact", "killed", "bodies recovered", KUMAR),
       C("As many as 366", 366, "at_most", "detained", "people arrested", KUMAR,
         attr_alt=["he"]),
       C("three", 3, "exact", "other", "police station areas under curfew", KUMAR,
         optional=True, attr_alt=["he"]),
       C("Over 40,000", 40000, "more_than", "displaced", "people in relief camps",
         "district officials"),
       C("41", 41, "exact", "infrastructure", "relief camps", "district officials",
         cat_alt=["other", "aid"], ctx="41 relief camps, district"),
       C("at least 10", 10, "at_least", "missing", "people", "district officials",
         attr_alt=[None]),
       C("300", 300, "exact", "aid", "quintals of wheat flour", None,
         attr_alt=["The administration"]),
       C("Fourteen", 14, "exact", "troops", "Army columns", None)]),

    # --- 2015–2019 -------------------------------------------------------------------------------
    P("d46_020",
      "CAIRO, Feb 9 (AFP) - Nineteen football fans were killed in clashes with police outside "
      "a Cairo stadium on Sunday, the health ministry said, as security forces fired tear gas "
      "to stop supporters of Zamalek forcing their way into a league match. Zamalek's Ultras "
      "White Knights said 22 of its members had died, most of them crushed or suffocated in a "
      "narrow metal cage leading to the gates of the Air Defence Stadium. The interior ministry "
      "said thousands of fans without tickets had tried to storm the entrance and that 25 people had been "
      "arrested. Only 10,000 spectators had been allowed into the match, as part of "
      "restrictions imposed since 2012. The government suspended the league indefinitely.",
      [C("Nineteen", 19, "exact", "killed", "football fans", "the health ministry"),
       C("22", 22, "exact", "killed", "Ultras White Knights members",
         "Zamalek's Ultras White Knights"),
       C("thousands", 1000, "vague", "other", "fans without tickets",
         "The interior ministry"),
       C("25", 25, "exact", "detained", "people arrested", "The interior ministry"),
       C("10,000", 10000, "exact", "other", "spectators allowed", None, optional=True)]),

    P("d46_021",
      "Sniper kills 5 officers at downtown protest march\n"
      "Published: July 8, 2016 7:12 AM\n"
      "Twelve police officers were shot, five of them fatally, and two civilians were wounded "
      "when a gunman opened fire from a parking garage at the end of a march against police "
      "shootings Thursday night, Dallas Police Chief David Brown said. The suspect, Micah "
      "Johnson, 25, an Army veteran, was killed by a bomb delivered by a police robot after "
      "hours of negotiations broke down. Brown said about 100 officers had been assigned to "
      "the march, which drew about 800 people. Police detained three other people for "
      "questioning overnight; all were later released.",
      [C("5", 5, "exact", "killed", "police officers (headline)", None),
       C("Twelve", 12, "exact", "injured", "police officers shot", BROWN,
         cat_alt=["killed"]),
       C("five", 5, "exact", "killed", "police officers", BROWN),
       C("two", 2, "exact", "injured", "civilians", BROWN),
       C("about 100", 100, "about", "troops", "officers assigned to the march", "Brown",
         attr_alt=[BROWN], cat_alt=["other"]),
       C("about 800", 800, "about", "other", "marchers", None, attr_alt=["Brown", BROWN]),
       C("three", 3, "exact", "detained", "people detained for questioning", None,
         attr_alt=["Police"])],
      published="2016-07-08"),

    P("d46_022",
      "16.jan.2017 às 14h05\n"
      "NATAL – The Rio Grande do Norte state government raised to 26 the number of inmates "
      "killed in the riot at the Alcaçuz state penitentiary, most of them beheaded, after "
      "military police regained control of the prison on Sunday morning. The riot began on "
      "Saturday afternoon when members of the Sindicato do Crime do RN gang broke into a wing "
      "holding members of the rival PCC. Justice Secretary Wallber Virgolino said the "
      "penitentiary held 1,150 inmates, nearly twice its capacity of 620. Some 200 military "
      "police officers took part in the operation to retake the prison. More than 130 inmates "
      "have been killed in prison massacres in northern and northeastern Brazil since the "
      "start of the year.",
      [C("26", 26, "exact", "killed", "inmates", "The Rio Grande do Norte state government"),
       C("1,150", 1150, "exact", "detained", "inmates held", VIRGOLINO,
         cat_alt=["population"]),
       C("620", 620, "exact", "other", "prison capacity", VIRGOLINO, optional=True),
       C("Some 200", 200, "about", "troops", "military police officers", None,
         cat_alt=["other"]),
       C("More than 130", 130, "more_than", "killed", "inmates killed in prison massacres",
         None)],
      published="2017-01-16"),

    P("d46_023",
      "MELBOURNE: A man who held a woman hostage in a Brighton apartment block on Monday "
      "afternoon had shot dead the building's receptionist, a 36-year-old man, before he was "
      "killed by police, Victoria Police Chief Commissioner Graham Ashton said. Three "
      "officers from the Special Operations Group were wounded in the exchange of fire, none "
      "of them seriously. The gunman, Yacqub Khayre, 29, had been acquitted in 2010 of "
      "plotting an attack on an army barracks in Sydney and was on parole. About 40 residents "
      "were evacuated from the building during the siege, which lasted about an hour. "
      "Islamic State claimed the attack through its Amaq news agency.",
      [C("Three", 3, "exact", "injured", "police officers", ASHTON, attr_alt=[None]),
       C("About 40", 40, "about", "displaced", "residents evacuated", None,
         cat_alt=["other"])]),

    P("d46_024",
      "Updated: 10:22 PM CDT May 18, 2018\n"
      "SANTA FE, Texas — Ten people, most of them students, were killed and 13 others wounded "
      "when a 17-year-old student opened fire with a shotgun and a .38 revolver in an art "
      "classroom at Santa Fe High School on Friday morning, Gov. Greg Abbott said. Eight "
      "students and two teachers were among the dead, Galveston County officials said. "
      "Investigators found explosive devices, including pipe bombs and a pressure cooker, in "
      "the school and off campus. The suspect, Dimitrios Pagourtzis, has been charged with "
      "capital murder and is being held without bond. The district says about 1,460 students "
      "are enrolled at the school.",
      [C("Ten", 10, "exact", "killed", "people", "Gov. Greg Abbott"),
       C("13", 13, "exact", "injured", "people", "Gov. Greg Abbott"),
       C("Eight", 8, "exact", "killed", "students", "Galveston County officials"),
       C("two", 2, "exact", "killed", "teachers", "Galveston County officials"),
       C("about 1,460", 1460, "about", "population", "students enrolled", "The district",
         cat_alt=["other"])],
      published="2018-05-18"),

    P("d46_025",
      "Dhule lynching: 23 held, SP says rumour-mongers will be booked\n"
      "TNN | Updated: Jul 3, 2018, 05:12 IST\n"
      "DHULE: Police have arrested 23 people for the lynching of five men from a nomadic "
      "community at Rainpada village in Sakri taluka on Sunday, after a rumour spread on "
      "WhatsApp that they were child-lifters. Superintendent of police M Ramkumar said the "
      "men, from Solapur district, had been beaten with sticks and stones inside the gram "
      "panchayat office by a mob of about 3,000 people who had gathered for the weekly market. "
      "Two policemen were also injured when they tried to rescue the victims. More than 20 "
      "people have been killed in mob attacks across the country over child-lifting rumours in "
      "the past two months.",
      [C("23", 23, "exact", "detained", "people arrested (headline)", None, ctx="23 held"),
       C("23", 23, "exact", "detained", "people arrested", None, attr_alt=["Police"],
         ctx="arrested 23"),
       C("five", 5, "exact", "killed", "men lynched", None,
         attr_alt=["Superintendent of police M Ramkumar"]),
       C("about 3,000", 3000, "about", "other", "people in the mob",
         "Superintendent of police M Ramkumar"),
       C("Two", 2, "exact", "injured", "policemen", "Superintendent of police M Ramkumar",
         attr_alt=[None]),
       C("More than 20", 20, "more_than", "killed", "people killed in mob attacks", None)],
      published="2018-07-03"),

    P("d46_026",
      "SÃO PAULO – Two former students armed with a revolver, a crossbow and a hatchet killed "
      "five pupils and two school employees at the Raul Brasil state school in Suzano, in "
      "greater São Paulo, on Wednesday morning, before one shot the other and then killed "
      "himself, São Paulo state police said. Minutes earlier, one of the attackers had shot "
      "dead his uncle at the car-rental shop the uncle owned nearby. Ten people died in all, "
      "including the two attackers. Eleven people were wounded and taken to hospitals in the "
      "region, the state health department said. The attackers were aged 17 and 25. The "
      "school has about 1,000 pupils.",
      [C("Two", 2, "exact", "troops", "attackers", "São Paulo state police",
         cat_alt=["other"]),
       C("five", 5, "exact", "killed", "pupils", "São Paulo state police"),
       C("two", 2, "exact", "killed", "school employees", "São Paulo state police",
         ctx="two school employees"),
       C("Ten", 10, "exact", "killed", "people in all", "São Paulo state police",
         attr_alt=[None]),
       C("two", 2, "exact", "killed", "attackers", "São Paulo state police",
         attr_alt=[None], ctx="two attackers"),
       C("Eleven", 11, "exact", "injured", "people", "the state health department"),
       C("about 1,000", 1000, "about", "population", "pupils at the school", None,
         cat_alt=["other"])]),

    # --- 2020–2021 -------------------------------------------------------------------------------
    P("d46_027",
      "Palghar lynching: 110 held, including 9 minors\n"
      "Updated: Apr 20, 2020 01:14 IST\n"
      "MUMBAI: The Palghar police have arrested 110 people, nine of them juveniles, in "
      "connection with the lynching of two seers and their driver at Gadchinchle village in "
      "Dahanu taluka on Thursday night, Maharashtra home minister Anil Deshmukh said on Sunday. "
      "The men were on their way to a funeral in Surat during the lockdown when a mob of "
      "about 200 villagers, suspecting them to be thieves, stopped their car and beat them to "
      "death. Four policemen who tried to intervene were injured, and a police vehicle was "
      "overturned. Two policemen have been suspended, Deshmukh said.",
      [C("110", 110, "exact", "detained", "people arrested (headline)", None,
         ctx="110 held"),
       C("9", 9, "exact", "detained", "minors arrested (headline)", None, optional=True),
       C("110", 110, "exact", "detained", "people arrested", DESHMUKH, ctx="arrested 110"),
       C("nine", 9, "exact", "detained", "juveniles arrested", DESHMUKH, optional=True),
       C("two", 2, "exact", "killed", "seers", DESHMUKH, ctx="two seers"),
       C("about 200", 200, "about", "other", "villagers in the mob", None,
         attr_alt=[DESHMUKH]),
       C("Four", 4, "exact", "injured", "policemen", None, attr_alt=[DESHMUKH]),
       C("Two", 2, "exact", "other", "policemen suspended", "Deshmukh", attr_alt=[DESHMUKH])],
      published="2020-04-20"),

    P("d46_028",
      "BENGALURU, AUGUST 12\n"
      "Three people were killed in police firing and around 60 police personnel were injured "
      "as a mob went on the rampage outside the D.J. Halli and K.G. Halli police stations on "
      "Tuesday night over a derogatory social media post allegedly by a relative of the local "
      "MLA, City Police Commissioner Kamal Pant said on Wednesday. As many as 146 people have "
      "been arrested, including the man who made the post, he said. The mob set fire to the "
      "MLA's house and torched more than 200 vehicles parked outside both police stations. "
      "Prohibitory orders under Section 144 have been imposed, and 10 platoons of the KSRP "
      "have been deployed in the area.",
      [C("Three", 3, "exact", "killed", "people in police firing", PANT),
       C("around 60", 60, "about", "injured", "police personnel", PANT),
       C("As many as 146", 146, "at_most", "detained", "people arrested", PANT,
         attr_alt=["he"]),
       C("more than 200", 200, "more_than", "other", "vehicles torched", None, optional=True,
         cat_alt=["infrastructure"]),
       C("10", 10, "exact", "troops", "KSRP platoons", None)]),

    P("d46_029",
      "NIGERIAN CORRECTIONAL SERVICE\n"
      "PRESS RELEASE\n"
      "ATTACK ON OWERRI CUSTODIAL CENTRE\n"
      "5th April, 2021\n"
      "The Nigerian Correctional Service wishes to inform the public that at about 0215hrs "
      "today, the Owerri Custodial Centre, Imo State Command, was attacked by between 40 and 50 "
      "gunmen armed with sophisticated weapons, including rocket-propelled grenades "
      "and general purpose machine guns. The attackers forced their way into the yard by "
      "blasting the administrative block with explosives and freed 1,844 inmates. Thirty-five "
      "inmates refused to escape and remain in custody, while six who fled have since "
      "returned voluntarily. The Service appeals to the escaped inmates to return to the "
      "nearest custodial centre.\n"
      "Francis Enobore\n"
      "Assistant Controller of Corrections, Public Relations Officer",
      [C("between 40 and 50", 40, "range", "troops", "gunmen", NCOS, high=50,
         cat_alt=["other"]),
       C("1,844", 1844, "exact", "detained", "inmates freed", NCOS, attr_alt=[None],
         cat_alt=["other"]),
       C("Thirty-five", 35, "exact", "detained", "inmates who stayed", NCOS, attr_alt=[None]),
       C("six", 6, "exact", "detained", "escapees who returned", NCOS, attr_alt=[None],
         cat_alt=["other"])],
      published="2021-04-05"),

    P("d46_030",
      "Explained: What happened at Sitalkuchi, and why the EC has barred politicians\n"
      "Kolkata | Updated: April 12, 2021 7:10:22 am\n"
      "What happened on Saturday?\n"
      "Four people were killed when Central Industrial Security Force (CISF) personnel opened "
      "fire outside booth number 126 at Jorpatki in Sitalkuchi, Cooch Behar, during the fourth "
      "phase of the Assembly election. Earlier that morning, an 18-year-old first-time voter "
      "had been shot dead at another booth in the constituency.\n"
      "What does the report say?\n"
      "According to the district administration's report to the Election Commission, a mob of "
      "300-350 people surrounded the CISF team and tried to snatch their weapons, and the "
      "jawans fired seven rounds in self-defence.\n"
      "What action has the EC taken?\n"
      "It has barred politicians from entering Cooch Behar for 72 hours and adjourned polling "
      "at the booth.",
      [C("Four", 4, "exact", "killed", "people shot by the CISF", None),
       C("300-350", 300, "range", "other", "people in the mob",
         "the district administration's report", high=350,
         attr_alt=["the district administration"]),
       C("seven", 7, "exact", "munitions", "rounds fired",
         "the district administration's report", cat_alt=["other"],
         attr_alt=["the district administration"])],
      published="2021-04-12"),

    P("d46_031",
      "Euro 2020 final: What did the Casey review find?\n"
      "Published 3 December 2021\n"
      "How many people got in without tickets?\n"
      "Baroness Casey's review estimates that about 2,000 people without tickets got into "
      "Wembley for the final between England and Italy on 11 July, after at least 17 breaches "
      "of doors and gates.\n"
      "How many arrests were there?\n"
      "The Metropolitan Police made 86 arrests across London on the day, and 19 of its officers "
      "were injured.\n"
      "Could people have died?\n"
      "Yes, the review says. It found that \"near misses\" at the turnstiles could have led to "
      "deaths, and that the stadium's capacity of 60,000 under Covid rules was never a "
      "reliable limit.",
      [C("about 2,000", 2000, "about", "other", "ticketless fans who got in", CASEY),
       C("at least 17", 17, "at_least", "other", "breaches of doors and gates", CASEY),
       C("86", 86, "exact", "detained", "arrests in London", None,
         attr_alt=["The Metropolitan Police"]),
       C("19", 19, "exact", "injured", "police officers", None,
         attr_alt=["The Metropolitan Police"]),
       C("60,000", 60000, "exact", "other", "stadium capacity under Covid rules",
         "the review", optional=True, attr_alt=["It", CASEY])],
      published="2021-12-03"),

    # --- 2022–2025 -------------------------------------------------------------------------------
    P("d46_032",
      "QUERÉTARO, Qro. – The Querétaro state government said on Sunday that 26 people were "
      "injured, three of them seriously, and that no one was killed in the brawl between "
      "Querétaro and Atlas fans at the Corregidora stadium on Saturday, rejecting claims on "
      "social media that 17 people had died. Governor Mauricio Kuri said 10 people had been "
      "arrested and that the private security company hired by the club had deployed fewer "
      "than 70 guards for a crowd of about 25,000. The league suspended the rest of the weekend's matches; the club faces a fine "
      "of 1.5 million pesos and could have its stadium closed for a year.",
      [C("26", 26, "exact", "injured", "people", "The Querétaro state government"),
       C("three", 3, "exact", "injured", "people seriously injured",
         "The Querétaro state government"),
       C("17", 17, "exact", "killed", "people (social media claims)", "social media",
         attr_alt=["The Querétaro state government"]),
       C("10", 10, "exact", "detained", "people arrested", "Governor Mauricio Kuri"),
       C("fewer than 70", 70, "fewer_than", "troops", "private security guards",
         "Governor Mauricio Kuri", cat_alt=["other"]),
       C("about 25,000", 25000, "about", "other", "crowd at the stadium",
         "Governor Mauricio Kuri")]),

    P("d46_033",
      "RIO DE JANEIRO, May 24 (Reuters) - At least 22 people were killed in a police raid on "
      "the Vila Cruzeiro favela in northern Rio de Janeiro on Tuesday, the state health "
      "department said, making it one of the deadliest police operations in the city since "
      "2021. The military police said the raid, carried out with the federal highway police, "
      "had targeted leaders of the Comando Vermelho gang, and that officers had seized 13 "
      "rifles, four pistols and 12 grenades. A woman, Gabrielle Ferreira da Cunha, 41, was "
      "killed by a stray bullet in a neighbouring community. Residents said they had "
      "counted dozens of bodies carried down from a wooded hillside, and that at least five "
      "young men were still missing. About 80 officers took "
      "part in the operation, the police said.",
      [C("At least 22", 22, "at_least", "killed", "people in Vila Cruzeiro",
         "the state health department"),
       C("13", 13, "exact", "munitions", "rifles seized", "The military police",
         cat_alt=["other"]),
       C("four", 4, "exact", "munitions", "pistols seized", "The military police",
         cat_alt=["other"]),
       C("12", 12, "exact", "munitions", "grenades seized", "The military police",
         cat_alt=["other"]),
       C("dozens", 12, "vague", "killed", "bodies counted", "Residents"),
       C("at least five", 5, "at_least", "missing", "young men", "Residents"),
       C("About 80", 80, "about", "troops", "officers in the operation", "the police",
         attr_alt=["The military police"], cat_alt=["other"])]),

    P("d46_034",
      "January 2, 2023 | 10:15 am\n"
      "CIUDAD JUÁREZ – The number of people killed in Sunday's armed assault on State Prison "
      "No. 3 rose to 17 – 10 guards and police officers and seven inmates – the Chihuahua State "
      "Attorney General's Office said on Monday. Twenty-five inmates escaped during the "
      "attack, which began at about 7 a.m. as relatives arrived for New Year's visits, and 13 "
      "people were wounded. Five of the escapees have been recaptured, the office said. "
      "Security forces later killed two suspected gunmen in a shootout in the city. Some 3,600 "
      "inmates are held at the prison.",
      [C("17", 17, "exact", "killed", "people in the prison assault", CHIHUAHUA),
       C("10", 10, "exact", "killed", "guards and police officers", CHIHUAHUA,
         ctx="10 guards"),
       C("seven", 7, "exact", "killed", "inmates", CHIHUAHUA),
       C("Twenty-five", 25, "exact", "detained", "inmates who escaped", CHIHUAHUA,
         attr_alt=[None], cat_alt=["other"]),
       C("13", 13, "exact", "injured", "people", CHIHUAHUA, attr_alt=[None]),
       C("Five", 5, "exact", "detained", "escapees recaptured", "the office",
         attr_alt=[CHIHUAHUA], cat_alt=["other"]),
       C("two", 2, "exact", "killed", "suspected gunmen", None),
       C("Some 3,600", 3600, "about", "detained", "inmates held", None,
         cat_alt=["population"])],
      published="2023-01-02"),

    P("d46_035",
      "18 killed in Lusikisiki mass shooting, police hunt suspects\n"
      "Eighteen people – 15 women and three men – were shot dead at two neighbouring homesteads "
      "in Ngobozana village, near Lusikisiki in the Eastern Cape, on Friday night, police said. "
      "One other woman survived and is in a critical condition in hospital. National police "
      "spokesperson Athlenda Mathe said a 72-hour activation plan had been put in place and that "
      "more than 100 detectives and tactical officers had been sent to the area. Police "
      "Minister Senzo Mchunu, who visited the village on Saturday, said it was one of the "
      "worst mass shootings in the province's history.",
      [C("18", 18, "exact", "killed", "people (headline)", None),
       C("Eighteen", 18, "exact", "killed", "people", "police"),
       C("15", 15, "exact", "killed", "women", "police"),
       C("three", 3, "exact", "killed", "men", "police"),
       C("two", 2, "exact", "infrastructure", "homesteads attacked", "police", optional=True,
         cat_alt=["other"]),
       C("One", 1, "exact", "injured", "woman in critical condition", "police",
         attr_alt=[None]),
       C("more than 100", 100, "more_than", "troops", "detectives and tactical officers sent",
         "National police spokesperson Athlenda Mathe", cat_alt=["other"])]),

    P("d46_036",
      "SOUTH AFRICAN POLICE SERVICE\n"
      "Media Statement\n"
      "30 September 2024\n"
      "Operation Shanela nets more than 13,500 suspects in a week\n"
      "PRETORIA – The SAPS's weekly Operation Shanela has led to the arrest of 13,576 suspects "
      "for various crimes between 23 and 29 September 2024. Among those arrested were 528 "
      "suspects wanted for murder, 716 for attempted murder and 889 for rape. During the same "
      "period, police seized 152 illegal firearms and 2,481 rounds of ammunition, and closed "
      "91 illegal liquor outlets. National Commissioner General Fannie Masemola has commended "
      "the members for their work.",
      [C("more than 13,500", 13500, "more_than", "detained", "suspects arrested (headline)",
         None, attr_alt=[SAPS]),
       C("13,576", 13576, "exact", "detained", "suspects arrested", None, attr_alt=[SAPS]),
       C("528", 528, "exact", "detained", "murder suspects", None, attr_alt=[SAPS]),
       C("716", 716, "exact", "detained", "attempted murder suspects", None, attr_alt=[SAPS]),
       C("889", 889, "exact", "detained", "rape suspects", None, attr_alt=[SAPS]),
       C("152", 152, "exact", "munitions", "illegal firearms seized", None, attr_alt=[SAPS],
         cat_alt=["other"]),
       C("2,481", 2481, "exact", "munitions", "rounds of ammunition seized", None,
         attr_alt=[SAPS], cat_alt=["other"]),
       C("91", 91, "exact", "infrastructure", "illegal liquor outlets closed", None,
         optional=True, attr_alt=[SAPS], cat_alt=["other"])],
      published="2024-09-30"),

    P("d46_037",
      "KOLKATA: Three people were killed and more than 150 arrested in violence over the Waqf "
      "(Amendment) Act in Murshidabad's Suti, Samserganj and Dhulian areas on Friday and "
      "Saturday, ADG (law and order) Javed Shamim said on Sunday. A father and son, aged 72 "
      "and 40, were hacked to death at their home in Jafrabad, and a 21-year-old man died of "
      "bullet injuries. Dozens of shops and homes were set on fire. Following an order of the Calcutta High Court, eight companies of the "
      "BSF have been deployed in the district. Leader of the Opposition Suvendu Adhikari said "
      "more than 400 Hindus had fled across the Bhagirathi to Malda, where the district "
      "administration said it had distributed 1,200 food packets at a relief camp set up in a "
      "school.",
      [C("Three", 3, "exact", "killed", "people in Murshidabad", SHAMIM),
       C("more than 150", 150, "more_than", "detained", "people arrested", SHAMIM),
       C("Dozens", 12, "vague", "infrastructure", "shops and homes set on fire", None,
         cat_alt=["other"]),
       C("eight", 8, "exact", "troops", "BSF companies", None,
         attr_alt=["the Calcutta High Court"]),
       C("more than 400", 400, "more_than", "displaced", "Hindus who fled to Malda",
         "Leader of the Opposition Suvendu Adhikari"),
       C("1,200", 1200, "exact", "aid", "food packets distributed",
         "the district administration")]),

    P("d46_038",
      "Metropolitan Police\n"
      "Update on policing of Parliament Square protest\n"
      "10 August 2025\n"
      "A total of 532 people were arrested in Parliament Square on Saturday, 9 August, for "
      "displaying placards in support of Palestine Action, a proscribed organisation, contrary "
      "to Section 13 of the Terrorism Act 2000. A further eight people were arrested for other "
      "offences, five of them for assaults on officers. None of the officers assaulted was "
      "seriously hurt. Most of those arrested have been released on bail. Defend Our Juries, "
      "which organised the protest, said about 700 people had taken part.",
      [C("532", 532, "exact", "detained", "people arrested under the Terrorism Act", None,
         attr_alt=[MET]),
       C("eight", 8, "exact", "detained", "people arrested for other offences", None,
         attr_alt=[MET]),
       C("five", 5, "exact", "detained", "people arrested for assaulting officers", None,
         attr_alt=[MET]),
       C("about 700", 700, "about", "other", "protesters", "Defend Our Juries")],
      published="2025-08-10"),

    P("d46_039",
      "Media release\n"
      "Two police officers killed in Porepunkah\n"
      "Tuesday, 26 August 2025\n"
      "Victoria Police is devastated to confirm that two officers were killed and one was "
      "seriously injured while executing a search warrant at a property in Porepunkah this "
      "morning. About 10 police officers attended the property shortly before 11am. The injured "
      "officer has been taken to hospital and is in a stable condition. A 56-year-old man is "
      "wanted in relation to the shooting and is considered armed and dangerous. More than 450 "
      "police, including Special Operations Group and Air Wing members, are involved in the "
      "search. Residents of Porepunkah and Bright are urged to stay indoors.",
      [C("Two", 2, "exact", "killed", "police officers (headline)", None),
       C("two", 2, "exact", "killed", "police officers", VICPOL, attr_alt=[None]),
       C("one", 1, "exact", "injured", "police officer", VICPOL, attr_alt=[None],
         ctx="one was"),
       C("About 10", 10, "about", "troops", "police officers who attended", VICPOL,
         attr_alt=[None], cat_alt=["other"]),
       C("More than 450", 450, "more_than", "troops", "police in the search", VICPOL,
         attr_alt=[None], cat_alt=["other"])],
      published="2025-08-26"),

    P("d46_040",
      "Mumbai, Oct 30 (PTI) Police on Thursday rescued 17 children and two adults who were "
      "held hostage by a man at a studio in Powai, and the accused, Rohit Arya, was injured in "
      "police firing and later died in hospital, an official said. Arya had called the "
      "children, aged between 10 and 15, to the studio for an audition for a web series, the "
      "official said. He was armed with an air gun and some chemicals and had threatened to "
      "set the place on fire. A team of about 15 policemen and fire brigade personnel entered "
      "through a bathroom window, and the operation was over in about 35 minutes, he said.",
      [C("17", 17, "exact", "hostages", "children freed", "an official"),
       C("two", 2, "exact", "hostages", "adults freed", "an official"),
       C("about 15", 15, "about", "troops", "policemen and fire brigade personnel",
         "the official", attr_alt=["an official", "he"], cat_alt=["other"])]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d46_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
