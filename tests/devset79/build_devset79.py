"""Source of the seventy-ninth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on protests, strikes, riots and civil unrest worldwide between
1985 and 2024: labour strikes, student movements, election and political protests, ethnic and
communal riots, prison riots, football violence, sit-ins and marches, with competing crowd
estimates and casualty and arrest figures from police, organisers, hospitals, rights groups and
governments. Written for this set (none copied from an article) in the styles of wire copy and
newspaper and broadcaster pages from every continent. Annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded
in the READMEs of the earlier sets. Figures follow contemporary reports loosely and some
details are invented; the set tests extraction, not facts.

Run ``python tests/devset79/build_devset79.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

NCB = "The National Coal Board"
HO_FIG = "figures from the Home Office"
YARD = "Scotland Yard"
MET = "The Metropolitan Police"
KNPH = "The National Police Headquarters"
RDP = "the opposition Reunification Democratic Party"
RADIO_RANGOON = "Official Radio Rangoon"
RO_HEALTH = "The Health Ministry"
RO_INT = "Interior Ministry officials"

PASSAGES = [
    # --- 1985-1990 -------------------------------------------------------------------------------
    P("d79_001",
      "LONDON, March 3 (Reuters) - Delegates of Britain's National Union of Mineworkers voted by "
      "98 to 91 on Sunday to end their year-long strike and go back to work without a "
      "settlement, closing the longest major industrial dispute in the country's history. The "
      "National Coal Board said 93,000 of the union's roughly 170,000 members had already "
      "returned before the vote, a figure union leaders disputed. Union president Arthur "
      "Scargill told reporters outside the conference hall that some 700 miners sacked during "
      "the dispute must be reinstated. Police in England and Wales have made 9,808 arrests in "
      "connection with the strike since March last year, according to figures from the Home "
      "Office, and about 1,400 officers were injured. Two pickets and a taxi driver were killed "
      "over the course of the dispute.",
      [C("93,000", 93000, "exact", "other", "miners back at work before the vote", NCB),
       C("roughly 170,000", 170000, "about", "other", "NUM members", NCB,
         cat_alt=["population"]),
       C("some 700", 700, "about", "other", "miners sacked during the strike",
         "Union president Arthur Scargill"),
       C("9,808", 9808, "exact", "detained", "arrests during the strike", HO_FIG,
         attr_alt=["the Home Office"]),
       C("about 1,400", 1400, "about", "injured", "police officers", HO_FIG,
         attr_alt=["the Home Office"]),
       C("Two", 2, "exact", "killed", "pickets", None)]),

    P("d79_002",
      "Tottenham riot: PC killed as estate erupts\n"
      "Monday 7 October 1985\n"
      "A police constable was hacked to death and more than 200 officers were injured when "
      "rioting broke out on the Broadwater Farm estate in Tottenham, north London, last night, "
      "Scotland Yard said. PC Keith Blakelock, 40, was attacked by a mob as he protected "
      "firemen tackling a blaze in a supermarket. Two other officers and three journalists "
      "suffered gunshot wounds, the first time firearms had been used against police in a "
      "British riot. The Metropolitan Police said about 1,000 youths were involved at the height "
      "of the disorder, which began after the death of Cynthia Jarrett, a 49-year-old local "
      "woman who collapsed during a police search of her home on Saturday. Some 25 vehicles "
      "were set alight and 62 people were arrested, it added.",
      [C("more than 200", 200, "more_than", "injured", "police officers", YARD),
       C("Two", 2, "exact", "injured", "officers with gunshot wounds", YARD, attr_alt=[None]),
       C("three", 3, "exact", "injured", "journalists with gunshot wounds", YARD,
         attr_alt=[None]),
       C("about 1,000", 1000, "about", "other", "youths involved in the riot", MET),
       C("Some 25", 25, "about", "other", "vehicles set alight", MET, optional=True,
         cat_alt=["infrastructure"], attr_alt=["it"]),
       C("62", 62, "exact", "detained", "people arrested", MET, attr_alt=["it"])],
      published="1985-10-07"),

    P("d79_003",
      "SEOUL, South Korea (AP) _ Riot police fired thousands of tear gas canisters at "
      "demonstrators in Seoul and at least 30 other cities Friday as a nationwide \"peace "
      "march\" called by opposition leaders turned into the largest street protests of "
      "President Chun Doo-hwan's seven-year rule. The National Police Headquarters said 3,467 "
      "people had been detained across the country and that 1,200 of them were still being "
      "questioned late Friday. Police put the number of marchers nationwide at 180,000, while "
      "the opposition Reunification Democratic Party said more than 1 million people took part. "
      "The Home Ministry said 34 police stations and 29 police vehicles had been attacked or set "
      "on fire. There were no reports of deaths, but hospitals in Seoul treated scores of people "
      "for injuries and tear gas burns.",
      [C("thousands", 1000, "vague", "munitions", "tear gas canisters fired", None,
         cat_alt=["other"]),
       C("at least 30", 30, "at_least", "other", "cities with protests", None, optional=True),
       C("3,467", 3467, "exact", "detained", "people detained nationwide", KNPH),
       C("1,200", 1200, "exact", "detained", "detainees still being questioned", KNPH),
       C("180,000", 180000, "exact", "other", "marchers nationwide (police)", "Police"),
       C("more than 1 million", 1_000_000, "more_than", "other", "marchers (opposition)", RDP),
       C("34", 34, "exact", "infrastructure", "police stations attacked", "The Home Ministry"),
       C("29", 29, "exact", "other", "police vehicles attacked or burned", "The Home Ministry",
         optional=True, cat_alt=["infrastructure"]),
       C("scores", 20, "vague", "injured", "people treated in Seoul hospitals", None,
         attr_alt=["hospitals in Seoul"])]),

    P("d79_004",
      "BANGKOK, Aug 10 (AFP) - Burmese troops opened fire on crowds of demonstrators in Rangoon "
      "for a third day on Wednesday, and diplomats in the capital said hundreds of people may "
      "have been killed since the general strike began on Monday. Official Radio Rangoon said 36 "
      "people had died and \"about 70\" had been wounded, and that 113 \"looters and "
      "agitators\" had been arrested. One Western diplomat, reached by telephone, said soldiers "
      "had fired into a crowd of some 10,000 outside Rangoon General Hospital, where doctors "
      "counted at least 30 bodies. Martial law has been imposed on the city, which has a "
      "population of about three million. The strike, called for 8 August 1988 - \"8-8-88\" - "
      "has spread to Mandalay and at least a dozen other towns, travellers arriving in "
      "Thailand said.",
      [C("hundreds", 100, "vague", "killed", "people since the strike began",
         "diplomats in the capital"),
       C("36", 36, "exact", "killed", "people (official toll)", RADIO_RANGOON),
       C("about 70", 70, "about", "injured", "people (official toll)", RADIO_RANGOON),
       C("113", 113, "exact", "detained", "'looters and agitators' arrested", RADIO_RANGOON),
       C("some 10,000", 10000, "about", "other", "crowd outside Rangoon General Hospital",
         "One Western diplomat"),
       C("at least 30", 30, "at_least", "killed", "bodies counted at the hospital", "doctors",
         attr_alt=["One Western diplomat"]),
       C("about three million", 3_000_000, "about", "population", "people in Rangoon", None),
       C("at least a dozen", 12, "at_least", "other", "towns the strike spread to",
         "travellers arriving in Thailand", optional=True)]),

    P("d79_005",
      "BUCHAREST, June 15, 1990 (Reuters) - Thousands of coal miners from the Jiu Valley "
      "patrolled the streets of Bucharest with clubs and axe handles for a second day on Friday, "
      "after President Ion Iliescu called on them to defend the government against what he "
      "called a fascist rebellion. The Health Ministry said four people had been killed and 277 "
      "injured since police cleared University Square of anti-communist protesters on "
      "Wednesday. Opposition parties, whose headquarters the miners ransacked, said the true "
      "toll was far higher and that dozens of students were missing. Interior Ministry "
      "officials said 1,022 people had been detained, among them 51 Roma whom the miners had "
      "handed over to police. Some 10,000 miners arrived in about 20 special trains, according "
      "to the state rail company.",
      [C("Thousands", 1000, "vague", "other", "miners patrolling Bucharest", None),
       C("four", 4, "exact", "killed", "people since Wednesday", RO_HEALTH),
       C("277", 277, "exact", "injured", "people since Wednesday", RO_HEALTH),
       C("dozens", 12, "vague", "missing", "students", "Opposition parties"),
       C("1,022", 1022, "exact", "detained", "people detained", RO_INT),
       C("51", 51, "exact", "detained", "Roma handed to police", RO_INT),
       C("Some 10,000", 10000, "about", "other", "miners who arrived", "the state rail company"),
       C("about 20", 20, "about", "other", "special trains", "the state rail company",
         optional=True)],
      published="1990-06-15"),
    P("d79_006",
      "BAMAKO, March 26, 1991 (AFP) - Soldiers arrested President Moussa Traore overnight, "
      "ending 23 years of military rule after four days of protests in which the army fired on "
      "crowds of students and workers in the capital. The national workers' union UNTM, which "
      "had called a general strike on Monday, said 148 people had been killed since Friday, "
      "while doctors at Gabriel Toure hospital put the toll at more than 200. The outgoing "
      "government had acknowledged 59 deaths on Sunday. About 1,000 wounded were treated at the "
      "city's two main hospitals, a Red Cross official said, many of them teenagers shot in the "
      "back. A crowd of an estimated 100,000 poured into the streets to celebrate on Tuesday "
      "morning.",
      [C("148", 148, "exact", "killed", "people since Friday",
         "The national workers' union UNTM"),
       C("more than 200", 200, "more_than", "killed", "people (hospital toll)",
         "doctors at Gabriel Toure hospital"),
       C("59", 59, "exact", "killed", "deaths acknowledged by the government",
         "The outgoing government"),
       C("About 1,000", 1000, "about", "injured", "wounded treated in hospital",
         "a Red Cross official"),
       C("two", 2, "exact", "infrastructure", "main hospitals", "a Red Cross official",
         optional=True),
       C("an estimated 100,000", 100000, "about", "other", "crowd celebrating", None)],
      published="1991-03-26"),

    P("d79_007",
      "Third night of unrest in Crown Heights\n"
      "August 22, 1991\n"
      "Hundreds of black and Hasidic residents hurled bottles and rocks at one another and at "
      "the police in Crown Heights, Brooklyn, last night, the third straight night of violence "
      "since a car in the motorcade of the Lubavitcher Rebbe struck and killed Gavin Cato, 7. "
      "Police Commissioner Lee P. Brown said 1,800 officers had been assigned to the "
      "neighborhood and 43 people were arrested, bringing the number of arrests since Monday to "
      "82. At least 38 police officers were hurt last night, the department said, one of them "
      "shot in the leg. Yankel Rosenbaum, a 29-year-old scholar from Australia, was stabbed to "
      "death on Monday night by a group of young men. Mayor David N. Dinkins, who was booed by a "
      "crowd of about 300 on President Street, said the city \"will not tolerate lawlessness.\"",
      [C("Hundreds", 100, "vague", "other", "residents throwing bottles and rocks", None),
       C("1,800", 1800, "exact", "troops", "police officers assigned",
         "Police Commissioner Lee P. Brown", cat_alt=["other"]),
       C("43", 43, "exact", "detained", "people arrested last night",
         "Police Commissioner Lee P. Brown"),
       C("82", 82, "exact", "detained", "arrests since Monday",
         "Police Commissioner Lee P. Brown", attr_alt=[None]),
       C("At least 38", 38, "at_least", "injured", "police officers", "the department",
         attr_alt=["Police Commissioner Lee P. Brown"]),
       C("one", 1, "exact", "injured", "officer shot in the leg", "the department",
         attr_alt=["Police Commissioner Lee P. Brown"], ctx="one of them shot"),
       C("about 300", 300, "about", "other", "crowd that booed the mayor", None,
         attr_alt=["Mayor David N. Dinkins"])],
      published="1991-08-22"),

    P("d79_008",
      "ROSTOCK (dpa) - Right-wing extremists set fire to a hostel for Vietnamese contract "
      "workers in Rostock-Lichtenhagen on Monday night while a crowd of up to 3,000 onlookers "
      "cheered and blocked fire engines, police said. More than 100 Vietnamese residents and a "
      "television crew escaped over the roof to a neighbouring building; no one was killed. It "
      "was the third night of rioting outside the building, which until Monday morning had also "
      "housed the state's central reception centre for asylum seekers. Mecklenburg-Western "
      "Pomerania's interior ministry said 65 police officers had been injured since Saturday and "
      "159 people detained, most of them later released. About 200 asylum seekers had been moved "
      "out by bus on Monday, hours before the arson attack.",
      [C("up to 3,000", 3000, "at_most", "other", "onlookers cheering", "police"),
       C("More than 100", 100, "more_than", "displaced", "Vietnamese residents who escaped",
         "police", cat_alt=["other"], attr_alt=[None]),
       C("65", 65, "exact", "injured", "police officers since Saturday",
         "Mecklenburg-Western Pomerania's interior ministry"),
       C("159", 159, "exact", "detained", "people detained",
         "Mecklenburg-Western Pomerania's interior ministry"),
       C("About 200", 200, "about", "displaced", "asylum seekers moved out",
         "Mecklenburg-Western Pomerania's interior ministry", attr_alt=[None])]),

    P("d79_009",
      "PORT HARCOURT: An estimated 300,000 Ogoni people marched through Bori and other towns of "
      "Ogoniland on Monday to protest against oil pollution by Shell and to demand a share of "
      "oil revenue, according to the Movement for the Survival of the Ogoni People (MOSOP). The "
      "organisers said the marchers came from all six kingdoms of Ogoni and that no incident was "
      "recorded. A police spokesman in Port Harcourt put the turnout at \"under 20,000\" and said "
      "no arrests were made. Writer Ken Saro-Wiwa, 52, who leads MOSOP, told the rally that "
      "Shell had taken some $30 billion worth of oil from the area since 1958. Ogoniland has a "
      "population of about 500,000.",
      [C("An estimated 300,000", 300000, "about", "other", "Ogoni marchers",
         "the Movement for the Survival of the Ogoni People (MOSOP)", attr_alt=["MOSOP"]),
       C("six", 6, "exact", "other", "Ogoni kingdoms", "The organisers", optional=True),
       C("under 20,000", 20000, "fewer_than", "other", "marchers (police)",
         "A police spokesman in Port Harcourt"),
       C("about 500,000", 500000, "about", "population", "people in Ogoniland", None)]),

    P("d79_010",
      "Srikrishna panel indicts Sena for riots\n"
      "The Indian Express, Friday, August 7, 1998\n"
      "Mumbai, August 6: The Justice B N Srikrishna Commission, which inquired into the riots "
      "that followed the demolition of the Babri Masjid, has found that 900 people were killed "
      "in the city in two phases of violence in December 1992 and January 1993, and that 2,036 "
      "were injured. Of the dead, 575 were Muslims and 275 Hindus, the report says; 50 others "
      "could not be identified. The commission found that 356 of the deaths were caused by "
      "police firing. The Shiv Sena-BJP government, which tabled the report in the Assembly on "
      "Thursday, rejected its findings, while the Congress said the violence had driven more "
      "than 100,000 people from their homes.",
      [C("900", 900, "exact", "killed", "people in the Bombay riots",
         "The Justice B N Srikrishna Commission"),
       C("2,036", 2036, "exact", "injured", "people in the Bombay riots",
         "The Justice B N Srikrishna Commission"),
       C("575", 575, "exact", "killed", "Muslims", "the report",
         attr_alt=["The Justice B N Srikrishna Commission"]),
       C("275", 275, "exact", "killed", "Hindus", "the report",
         attr_alt=["The Justice B N Srikrishna Commission"]),
       C("50", 50, "exact", "killed", "dead not identified", "the report",
         attr_alt=["The Justice B N Srikrishna Commission", None]),
       C("356", 356, "exact", "killed", "deaths by police firing", "The commission",
         attr_alt=["The Justice B N Srikrishna Commission"]),
       C("more than 100,000", 100000, "more_than", "displaced", "people driven from homes",
         "the Congress")],
      published="1998-08-07"),
    P("d79_011",
      "MARACAIBO, Venezuela (AP) _ Rival gangs armed with guns, machetes and homemade bombs "
      "stormed a cellblock at the Sabaneta prison early Monday, setting mattresses on fire and "
      "killing at least 108 inmates, many of them burned to death in their cells, prison "
      "officials said. National Guard troops needed four hours to regain control. Justice "
      "Ministry officials said 36 inmates had been hospitalized with burns and stab wounds and "
      "that 12 of them were in critical condition. Sabaneta, built for 700 prisoners, held about "
      "2,500 at the time of the riot, according to the prison director, who blamed a feud "
      "between rival gangs over drug sales. Relatives of inmates, some 500 of whom waited "
      "outside the gates through the night, said the toll could be higher.",
      [C("at least 108", 108, "at_least", "killed", "inmates", "prison officials"),
       C("36", 36, "exact", "injured", "inmates hospitalized", "Justice Ministry officials"),
       C("12", 12, "exact", "injured", "inmates in critical condition",
         "Justice Ministry officials"),
       C("700", 700, "exact", "detained", "prison capacity", "the prison director",
         optional=True, cat_alt=["population", "other"]),
       C("about 2,500", 2500, "about", "detained", "inmates held at Sabaneta",
         "the prison director", cat_alt=["population"]),
       C("some 500", 500, "about", "other", "relatives waiting outside", None,
         attr_alt=["Relatives of inmates"])]),

    P("d79_012",
      "Tue, 07/30/1996 7:00 AM\n"
      "JAKARTA (JP): The National Commission on Human Rights said yesterday that five people "
      "were killed, 149 injured and 23 are still missing after Saturday's takeover of the "
      "Indonesian Democratic Party (PDI) headquarters on Jl. Diponegoro and the rioting that "
      "followed. The Jakarta Police said 171 people had been arrested, and that 124 of them "
      "would be charged with taking part in the riots. Police had earlier put the death toll at "
      "two. A police spokesman said 22 buildings, including several banks and a ministry "
      "office, and 91 vehicles were burned along Jl. Salemba and Jl. Kramat Raya. Supporters of "
      "ousted PDI chairwoman Megawati Soekarnoputri, 49, had occupied the building for several "
      "weeks.",
      [C("five", 5, "exact", "killed", "people in the PDI riot",
         "The National Commission on Human Rights"),
       C("149", 149, "exact", "injured", "people in the PDI riot",
         "The National Commission on Human Rights"),
       C("23", 23, "exact", "missing", "people after the PDI riot",
         "The National Commission on Human Rights"),
       C("171", 171, "exact", "detained", "people arrested", "The Jakarta Police"),
       C("124", 124, "exact", "detained", "people to be charged", "The Jakarta Police",
         cat_alt=["other"]),
       C("two", 2, "exact", "killed", "earlier police toll", "Police",
         attr_alt=["The Jakarta Police"]),
       C("22", 22, "exact", "infrastructure", "buildings burned", "A police spokesman"),
       C("91", 91, "exact", "other", "vehicles burned", "A police spokesman", optional=True,
         cat_alt=["infrastructure"])],
      published="1996-07-30"),

    P("d79_013",
      "PORTADOWN - The RUC last night reversed its ban and allowed about 1,200 Orangemen to "
      "march down the nationalist Garvaghy Road after a four-day stand-off at Drumcree church, "
      "using batons and plastic bullets to drag some 300 residents off the road. Nationalist "
      "rioting spread to Belfast, Derry and Armagh within hours. An RUC spokesman said 1,000 "
      "plastic baton rounds had been fired across Northern Ireland since Sunday and that 90 "
      "officers had been injured. The Garvaghy Road Residents' Coalition said \"well over 50\" "
      "people from the area needed hospital treatment. Over the four days, loyalists blocked "
      "roads at more than 100 points, according to security sources, and some 1,000 extra "
      "British soldiers were flown in.",
      [C("about 1,200", 1200, "about", "other", "Orangemen marching", None),
       C("some 300", 300, "about", "other", "residents dragged off the road", None),
       C("1,000", 1000, "exact", "munitions", "plastic baton rounds fired",
         "An RUC spokesman", cat_alt=["other"], ctx="1,000 plastic"),
       C("90", 90, "exact", "injured", "RUC officers", "An RUC spokesman"),
       C("well over 50", 50, "more_than", "injured", "residents needing hospital treatment",
         "The Garvaghy Road Residents' Coalition"),
       C("more than 100", 100, "more_than", "other", "loyalist roadblocks", "security sources"),
       C("some 1,000", 1000, "about", "troops", "extra British soldiers flown in",
         "security sources", attr_alt=[None])]),

    P("d79_014",
      "LENS, France, June 22, 1998 (AFP) - A French gendarme was in a coma on Monday after being "
      "beaten with an iron bar by German hooligans in Lens, where police said about 500 Germans "
      "without tickets had rampaged through the town centre before Sunday's World Cup match "
      "against Yugoslavia, which ended 2-2. Daniel Nivel, 43, a father of two, suffered severe "
      "head injuries, doctors at Lille's Roger Salengro hospital said. The interior ministry "
      "said 91 people had been detained in Lens and nearby Lille, 57 of them Germans. German "
      "Interior Minister Manfred Kanther said Bonn had given French police the names of some "
      "2,000 known troublemakers before the tournament. About 1,000 riot police were deployed "
      "for the match, the prefecture said.",
      [C("about 500", 500, "about", "other", "German hooligans rampaging", "police"),
       C("two", 2, "exact", "other", "the gendarme's children", None, optional=True),
       C("91", 91, "exact", "detained", "people detained in Lens and Lille",
         "The interior ministry"),
       C("57", 57, "exact", "detained", "Germans detained", "The interior ministry"),
       C("some 2,000", 2000, "about", "other", "known German troublemakers named",
         "German Interior Minister Manfred Kanther"),
       C("About 1,000", 1000, "about", "troops", "riot police deployed", "the prefecture",
         cat_alt=["other"])],
      published="1998-06-22"),

    P("d79_015",
      "TEHRAN, July 13 (Reuters) - Riot police and Islamist vigilantes fought running battles "
      "with thousands of students in central Tehran on Tuesday, the sixth day of the biggest "
      "protests since the 1979 revolution, witnesses said. The unrest began after police and "
      "hardliners raided a Tehran University dormitory before dawn on Friday, killing at least "
      "one student, according to the Interior Ministry. Students say as many as eight were "
      "killed in the raid and that hundreds were beaten. Tehran's police chief said about 1,000 "
      "people had been arrested in the city since Sunday. Fewer than 200 students were still "
      "holding a sit-in at the university's main gate late on Tuesday, and state radio said "
      "\"calm had returned\".",
      [C("thousands", 1000, "vague", "other", "students protesting", "witnesses",
         attr_alt=[None]),
       C("at least one", 1, "at_least", "killed", "students in the dormitory raid",
         "the Interior Ministry"),
       C("as many as eight", 8, "at_most", "killed", "students in the dormitory raid",
         "Students"),
       C("hundreds", 100, "vague", "injured", "students beaten", "Students"),
       C("about 1,000", 1000, "about", "detained", "people arrested in Tehran",
         "Tehran's police chief"),
       C("Fewer than 200", 200, "fewer_than", "other", "students at the sit-in", None)]),
    P("d79_016",
      "ASUNCION, March 28 (Reuters) - Paraguayan President Raul Cubas resigned on Sunday after "
      "days of protests over the assassination of Vice President Luis Maria Argana, in which "
      "snipers fired on thousands of young demonstrators camped outside Congress. The Health "
      "Ministry said seven protesters had been killed and more than 100 wounded by gunfire on "
      "Friday night, when supporters of former army chief Lino Oviedo clashed with the crowd in "
      "the Plaza de Armas. Opposition leaders put the number of demonstrators in the square at "
      "20,000. Police said 12 suspected gunmen had been arrested. Oviedo, 55, has since fled to "
      "Argentina.",
      [C("thousands", 1000, "vague", "other", "young demonstrators outside Congress", None),
       C("seven", 7, "exact", "killed", "protesters", "The Health Ministry"),
       C("more than 100", 100, "more_than", "injured", "protesters wounded by gunfire",
         "The Health Ministry"),
       C("20,000", 20000, "exact", "other", "demonstrators in the square",
         "Opposition leaders"),
       C("12", 12, "exact", "detained", "suspected gunmen arrested", "Police")]),

    P("d79_017",
      "LA PLATA, Argentina (AP) — A 57-year-old fan died and dozens of people were hurt when "
      "police fired tear gas and rubber bullets at supporters trying to get into a packed "
      "stadium for a league match between Gimnasia y Esgrima and Boca Juniors, officials said "
      "Friday. The game was suspended after nine minutes with the score 0-0 as gas drifted onto "
      "the pitch and players fled to the dressing rooms, their eyes streaming. Buenos Aires "
      "province's security minister Sergio Berni said police had acted after a crowd of about "
      "3,000 without tickets tried to force their way in, and that 15 people had been detained. "
      "The provincial health ministry said 12 people had been taken to hospital, several of "
      "them children. The club said the stadium had been filled to its capacity of 22,000 and "
      "that \"hundreds\" of its fans had been affected by the gas.",
      [C("dozens", 12, "vague", "injured", "people hurt outside the stadium", "officials"),
       C("about 3,000", 3000, "about", "other", "fans without tickets",
         "Buenos Aires province's security minister Sergio Berni"),
       C("15", 15, "exact", "detained", "people detained",
         "Buenos Aires province's security minister Sergio Berni"),
       C("12", 12, "exact", "injured", "people taken to hospital",
         "The provincial health ministry", cat_alt=["other"]),
       C("22,000", 22000, "exact", "other", "stadium capacity", "The club", optional=True),
       C("hundreds", 100, "vague", "injured", "fans affected by tear gas", "The club",
         cat_alt=["other"])]),

    P("d79_018",
      "Curfew imposed as unrest enters third night\n"
      "Thursday, April 12, 2001\n"
      "Mayor Charlie Luken declared a state of emergency and imposed a citywide curfew from 8 "
      "p.m. to 6 a.m. last night after a third night of rioting over the police shooting of "
      "Timothy Thomas, an unarmed 19-year-old black man. Police said 66 people had been arrested "
      "Tuesday night and early Wednesday and that roughly 40 businesses in Over-the-Rhine had "
      "been looted or damaged. One officer was struck in the chest by a bullet, but his "
      "protective vest stopped it, police said. Thomas was the 15th black man killed by "
      "Cincinnati police since 1995, and the fourth since November, according to the Cincinnati "
      "Black United Front. About 800 people marched to City Hall on Monday afternoon, organizers "
      "said.",
      [C("66", 66, "exact", "detained", "people arrested", "Police"),
       C("roughly 40", 40, "about", "infrastructure", "businesses looted or damaged", "Police"),
       C("One", 1, "exact", "injured", "officer struck by a bullet", "police",
         optional=True, cat_alt=["other"]),
       C("About 800", 800, "about", "other", "marchers to City Hall", "organizers")],
      published="2001-04-12"),

    P("d79_019",
      "KADUNA, Nigeria, Nov 23 (Reuters) - The Nigerian Red Cross said on Saturday that about "
      "100 people had been killed and more than 500 injured in three days of clashes between "
      "Muslims and Christians in the northern city of Kaduna, sparked by a newspaper article "
      "about the Miss World contest. Local hospital officials said they had received at least "
      "215 bodies, and an aid worker said the toll could be far higher. Some 4,500 people had "
      "fled their homes and were sheltering in army and police barracks, the Red Cross said. "
      "Police said they had arrested 50 people, and troops patrolled deserted streets under a "
      "24-hour curfew. Organisers moved the pageant, which had been due to feature 92 "
      "contestants on Dec. 7, to London.",
      [C("about 100", 100, "about", "killed", "people in Kaduna clashes",
         "The Nigerian Red Cross"),
       C("more than 500", 500, "more_than", "injured", "people in Kaduna clashes",
         "The Nigerian Red Cross"),
       C("at least 215", 215, "at_least", "killed", "bodies received by hospitals",
         "Local hospital officials"),
       C("Some 4,500", 4500, "about", "displaced", "people sheltering in barracks",
         "the Red Cross", attr_alt=["The Nigerian Red Cross"]),
       C("50", 50, "exact", "detained", "people arrested", "Police"),
       C("92", 92, "exact", "other", "Miss World contestants", None, optional=True)]),

    P("d79_020",
      "LA PAZ, Feb 13 (Reuters) - President Gonzalo Sanchez de Lozada scrapped a planned income "
      "tax on Thursday after two days of riots and a gunfight between striking police and "
      "soldiers outside the presidential palace left at least 22 people dead. The Ombudsman's "
      "office said 11 police officers, six soldiers and five civilians had been killed, and that "
      "105 people were injured. Mobs looted and burned the vice president's office, the labour "
      "ministry and at least three party headquarters. The government said 12.5 percent was the "
      "highest rate the tax would have reached, and blamed \"subversive\" groups for the "
      "violence. Some 7,000 police officers had gone on strike on Tuesday demanding a 40 percent "
      "pay rise, police union leaders said.",
      [C("at least 22", 22, "at_least", "killed", "people in La Paz riots", None,
         attr_alt=["The Ombudsman's office"]),
       C("11", 11, "exact", "killed", "police officers", "The Ombudsman's office"),
       C("six", 6, "exact", "killed", "soldiers", "The Ombudsman's office"),
       C("five", 5, "exact", "killed", "civilians", "The Ombudsman's office"),
       C("105", 105, "exact", "injured", "people", "The Ombudsman's office"),
       C("at least three", 3, "at_least", "infrastructure", "party headquarters burned", None),
       C("Some 7,000", 7000, "about", "other", "police officers on strike",
         "police union leaders", cat_alt=["troops"])]),
    P("d79_021",
      "Police flown in after Palm Island riot\n"
      "Posted Sat Nov 27, 2004 8:12am AEDT\n"
      "About 80 extra officers were flown to Palm Island overnight after a crowd of around 300 "
      "residents burned down the island's police station, courthouse and police barracks, "
      "police said. The riot followed the reading of an autopsy report on Cameron Doomadgee, 36, "
      "who died in a police cell a week ago. Police Commissioner Bob Atkinson said 18 officers "
      "and their families had taken refuge in the island's hospital and that none had been "
      "seriously hurt. Palm Island, about 65 kilometres north-west of Townsville, has about "
      "2,000 residents, almost all of them Indigenous.",
      [C("About 80", 80, "about", "troops", "extra police officers flown in", "police",
         cat_alt=["other"]),
       C("around 300", 300, "about", "other", "residents in the crowd", "police"),
       C("18", 18, "exact", "displaced", "officers who took refuge in the hospital",
         "Police Commissioner Bob Atkinson", cat_alt=["other", "troops"]),
       C("about 2,000", 2000, "about", "population", "residents of Palm Island", None)],
      published="2004-11-27"),

    P("d79_022",
      "Villagers say up to 20 killed as police open fire\n"
      "Published: 12:00am, 10 Dec 2005\n"
      "Villagers in Dongzhou, near Shanwei in eastern Guangdong, said yesterday that "
      "paramilitary police had shot dead as many as 20 people during a protest on Tuesday night "
      "over compensation for land taken for a power plant. One resident said by telephone that "
      "the bodies of at least eight villagers had been seen on the road to the plant and that "
      "about 40 people were missing. The Shanwei government said in a statement carried by the "
      "official Xinhua news agency that three people had been killed and eight wounded after \"a "
      "mob\" of about 170 people attacked police with knives, explosives and petrol bombs. "
      "Hundreds of armed police sealed off the village on Thursday, residents said. It is "
      "believed to be the deadliest use of force against protesters in China since 1989.",
      [C("up to 20", 20, "at_most", "killed", "villagers (headline)", "Villagers",
         attr_alt=["Villagers in Dongzhou"]),
       C("as many as 20", 20, "at_most", "killed", "villagers", "Villagers in Dongzhou",
         attr_alt=["Villagers in Dongzhou, near Shanwei in eastern Guangdong"]),
       C("at least eight", 8, "at_least", "killed", "bodies seen on the road", "One resident"),
       C("about 40", 40, "about", "missing", "villagers", "One resident"),
       C("three", 3, "exact", "killed", "people (official toll)", "The Shanwei government",
         attr_alt=["the official Xinhua news agency"]),
       C("eight", 8, "exact", "injured", "people (official toll)", "The Shanwei government",
         attr_alt=["the official Xinhua news agency"], ctx="eight wounded"),
       C("about 170", 170, "about", "other", "'mob' that attacked police",
         "The Shanwei government", cat_alt=["troops"]),
       C("Hundreds", 100, "vague", "troops", "armed police sealing off the village",
         "residents")],
      published="2005-12-10"),

    P("d79_023",
      "Published: 3 Mar 2007 15:22 GMT+01:00\n"
      "Police in Copenhagen have arrested 273 people after a second night of rioting in the "
      "Norrebro district over the eviction of squatters from the Ungdomshuset youth centre, "
      "bringing the total held since Thursday to more than 600. Among those held overnight were "
      "\"around 50\" foreigners, many of them Swedes, Norwegians and Germans who had travelled "
      "to the city to support the squatters, a police spokesman said. Copenhagen police said 25 "
      "officers had been injured since the eviction, none of them seriously. Demonstrators set "
      "fire to dozens of cars and barricades, and a school was damaged by fire, according to the "
      "fire brigade. Ungdomshuset, at Jagtvej 69, had been used by the city's left-wing youth "
      "since 1982.",
      [C("273", 273, "exact", "detained", "people arrested overnight", None,
         attr_alt=["Police in Copenhagen"]),
       C("more than 600", 600, "more_than", "detained", "people held since Thursday", None,
         attr_alt=["Police in Copenhagen"]),
       C("around 50", 50, "about", "detained", "foreigners held", "a police spokesman"),
       C("25", 25, "exact", "injured", "police officers", "Copenhagen police"),
       C("dozens", 12, "vague", "other", "cars and barricades set on fire", "the fire brigade",
         optional=True, cat_alt=["infrastructure"])],
      published="2007-03-03"),

    P("d79_024",
      "VILLIERS-LE-BEL, France, Nov 27, 2007 (AFP) - Youths fired shotguns and hunting rifles at "
      "police during a second night of rioting in this suburb north of Paris, wounding more than "
      "80 officers, four of them seriously, police unions said on Tuesday. The violence erupted "
      "after two teenagers, Moushin, 15, and Laramy, 16, were killed on Sunday when their "
      "motorbike collided with a police car. Interior Minister Michele Alliot-Marie said 30 "
      "officers had been hit by shotgun pellets, and condemned \"real urban guerrilla "
      "warfare\". Rioters set fire to a library, a nursery school and at least 63 vehicles, a "
      "police source said, and six people were arrested overnight. About 1,000 police officers "
      "were to patrol the area on Tuesday night.",
      [C("more than 80", 80, "more_than", "injured", "police officers", "police unions"),
       C("four", 4, "exact", "injured", "officers seriously wounded", "police unions"),
       C("two", 2, "exact", "killed", "teenagers on a motorbike", None),
       C("30", 30, "exact", "injured", "officers hit by shotgun pellets",
         "Interior Minister Michele Alliot-Marie"),
       C("at least 63", 63, "at_least", "other", "vehicles set on fire", "a police source",
         optional=True, cat_alt=["infrastructure"]),
       C("six", 6, "exact", "detained", "people arrested overnight", "a police source",
         attr_alt=[None]),
       C("About 1,000", 1000, "about", "troops", "police officers to patrol", None,
         cat_alt=["other"])],
      published="2007-11-27"),

    P("d79_025",
      "Tunisia: Authorities must investigate killing of protester in Redeyef\n"
      "12 June 2008\n"
      "Amnesty International is calling on the Tunisian authorities to open an independent "
      "investigation into the death of Hafnaoui Maghzaoui, 25, who was shot dead by security "
      "forces in the mining town of Redeyef on 6 June. At least 26 other people were injured "
      "when police fired live ammunition at protesters, according to local human rights "
      "activists, and one of them, Abdelkhalek Amaidi, later died of his wounds. Since January, "
      "thousands of residents of the Gafsa mining basin have taken part in sit-ins, strikes and "
      "hunger strikes against unemployment and alleged fraud in hiring by the Gafsa Phosphate "
      "Company. The organization has received the names of more than 150 people arrested in "
      "Redeyef, Om Larayes and Metlaoui since April, at least 30 of whom remain in detention.",
      [C("At least 26", 26, "at_least", "injured", "people shot at in Redeyef",
         "local human rights activists"),
       C("one", 1, "exact", "killed", "injured protester who later died",
         "local human rights activists", attr_alt=[None], ctx="one of them, Abdelkhalek"),
       C("thousands", 1000, "vague", "other", "residents protesting in the Gafsa basin", None,
         attr_alt=["Amnesty International"]),
       C("more than 150", 150, "more_than", "detained", "people arrested since April", None,
         attr_alt=["Amnesty International", "The organization"]),
       C("at least 30", 30, "at_least", "detained", "people still in detention", None,
         attr_alt=["Amnesty International", "The organization"])],
      published="2008-06-12"),
    P("d79_026",
      "GUIYANG, June 29 (Xinhua) -- More than 150 people were injured, most of them police "
      "officers, when thousands of people besieged and set fire to government and police "
      "buildings in Weng'an County of southwest China's Guizhou Province on Saturday, local "
      "authorities said Sunday. The riot was triggered by the death of a 17-year-old schoolgirl "
      "whose family disputed a police finding that she had drowned. A county government building "
      "and the county police headquarters were burned, and more than 40 vehicles were "
      "destroyed, the authorities said. Police had detained 59 suspects, including members of "
      "local gangs, a spokesman for the provincial public security department said. About 1,500 "
      "armed police were sent to the county seat to restore order.",
      [C("More than 150", 150, "more_than", "injured", "people in the Weng'an riot",
         "local authorities"),
       C("thousands", 1000, "vague", "other", "rioters besieging buildings",
         "local authorities", attr_alt=[None]),
       C("more than 40", 40, "more_than", "other", "vehicles destroyed", "the authorities",
         optional=True, cat_alt=["infrastructure"], attr_alt=["local authorities"]),
       C("59", 59, "exact", "detained", "suspects detained",
         "a spokesman for the provincial public security department"),
       C("About 1,500", 1500, "about", "troops", "armed police sent", None,
         attr_alt=["a spokesman for the provincial public security department"])]),

    P("d79_027",
      "(ANSA) - Rosarno, January 9 - Hundreds of African farm workers were being bussed out of "
      "this Calabrian town on Saturday after two days of clashes with police and local residents "
      "that left 53 people injured, the interior ministry said. Of the injured, 18 were police "
      "officers, 14 local residents and 21 migrants, two of whom were in serious condition after "
      "being beaten with iron bars. The unrest began on Thursday when two migrants were shot "
      "with an air rifle on their way back from picking oranges. Some 1,100 migrants had been "
      "moved to reception centres in Crotone and Bari by Saturday afternoon, the Civil "
      "Protection department said. Police arrested 10 people, seven of them Italians, on "
      "charges ranging from attempted murder to resisting arrest.",
      [C("Hundreds", 100, "vague", "displaced", "farm workers bussed out",
         "the interior ministry", cat_alt=["other"], attr_alt=[None]),
       C("53", 53, "exact", "injured", "people in the Rosarno clashes", "the interior ministry"),
       C("18", 18, "exact", "injured", "police officers", "the interior ministry",
         attr_alt=[None]),
       C("14", 14, "exact", "injured", "local residents", "the interior ministry",
         attr_alt=[None]),
       C("21", 21, "exact", "injured", "migrants", "the interior ministry", attr_alt=[None]),
       C("two", 2, "exact", "injured", "migrants in serious condition", "the interior ministry",
         attr_alt=[None], ctx="two of whom"),
       C("two", 2, "exact", "injured", "migrants shot with an air rifle", None,
         ctx="two migrants"),
       C("Some 1,100", 1100, "about", "displaced", "migrants moved to reception centres",
         "the Civil Protection department"),
       C("10", 10, "exact", "detained", "people arrested", None, attr_alt=["Police"]),
       C("seven", 7, "exact", "detained", "Italians arrested", None, attr_alt=["Police"])]),

    P("d79_028",
      "Published: Dec. 13, 2010\n"
      "Some 5,000 football fans and nationalists rallied on Manezh Square beside the Kremlin on "
      "Saturday to mark the death of Spartak Moscow supporter Yegor Sviridov, 28, who was shot "
      "during a brawl with a group of men from the North Caucasus a week earlier. The rally "
      "turned into a riot when the crowd attacked passers-by of non-Slavic appearance and pelted "
      "riot police with flares and bottles. City police said 32 people, including 19 police "
      "officers, had been injured, and that 65 people had been detained. Interior Ministry "
      "figures put the number at the square at \"up to 7,000\". Nationalist groups said more "
      "than 10,000 took part.",
      [C("Some 5,000", 5000, "about", "other", "fans and nationalists at the rally", None),
       C("32", 32, "exact", "injured", "people in the Manezh riot", "City police"),
       C("19", 19, "exact", "injured", "police officers", "City police"),
       C("65", 65, "exact", "detained", "people detained", "City police"),
       C("up to 7,000", 7000, "at_most", "other", "people at the square",
         "Interior Ministry figures", attr_alt=["Interior Ministry"]),
       C("more than 10,000", 10000, "more_than", "other", "people at the rally",
         "Nationalist groups")],
      published="2010-12-13"),

    P("d79_029",
      "GUANGZHOU, China, June 13 (Reuters) - Thousands of migrant workers clashed with riot "
      "police for a third night in Xintang, a garment-making town in southern China's Guangdong "
      "province, overturning police cars and setting fire to government offices, residents said "
      "on Monday. The unrest began on Friday when security guards roughed up a pregnant street "
      "vendor from Sichuan, 20, and her husband. Local officials said 25 people had been "
      "detained \"for spreading rumours and inciting violence\" and denied reports that the "
      "woman had died. Residents said hundreds of armed police had been deployed, and one told "
      "Reuters he had seen at least 50 armoured vehicles on the main road. Xintang, which makes "
      "about a third of the world's blue jeans, has a migrant population of about 500,000.",
      [C("Thousands", 1000, "vague", "other", "migrant workers clashing with police",
         "residents"),
       C("25", 25, "exact", "detained", "people detained", "Local officials"),
       C("hundreds", 100, "vague", "troops", "armed police deployed", "Residents"),
       C("at least 50", 50, "at_least", "munitions", "armoured vehicles seen", "Residents",
         cat_alt=["other"], attr_alt=["one"]),
       C("about a third", 1 / 3, "about", "other", "share of the world's blue jeans", None,
         optional=True),
       C("about 500,000", 500000, "about", "population", "migrants in Xintang", None)]),

    P("d79_030",
      "Friday, August 26th 2011 - 06:12 UTC\n"
      "A 16-year-old boy was shot dead in the Santiago district of Macul during the second day "
      "of a national strike called by Chile's main labour federation, the CUT, in support of "
      "students demanding free public education. Interior Minister Rodrigo Hinzpeter said 1,394 "
      "people had been detained across the country over the two days and that 153 police "
      "officers had been injured, while the CUT said 600,000 people had joined the strike. The "
      "government put participation at \"less than 15%\" of public employees. Student leader "
      "Camila Vallejo, 23, said about 400,000 people had marched in the capital on Thursday; "
      "police counted 175,000. Students have occupied hundreds of schools and universities "
      "since May.",
      [C("1,394", 1394, "exact", "detained", "people detained nationwide",
         "Interior Minister Rodrigo Hinzpeter"),
       C("153", 153, "exact", "injured", "police officers",
         "Interior Minister Rodrigo Hinzpeter"),
       C("600,000", 600000, "exact", "other", "people on strike", "the CUT"),
       C("less than 15%", 15, "fewer_than", "other", "share of public employees on strike",
         "The government", optional=True),
       C("about 400,000", 400000, "about", "other", "marchers in Santiago",
         "Student leader Camila Vallejo"),
       C("175,000", 175000, "exact", "other", "marchers in Santiago (police)", "police"),
       C("hundreds", 100, "vague", "infrastructure", "schools and universities occupied", None,
         cat_alt=["other"])],
      published="2011-08-26"),
    P("d79_031",
      "Gurgaon, Jul 19 (PTI) Police today arrested 91 workers of Maruti Suzuki's Manesar plant in "
      "connection with the violence in which a senior HR manager was burnt to death and about "
      "100 managers and supervisors were injured, Gurgaon Police Commissioner K K Sandhu said. "
      "The company said \"hundreds of workers\" armed with iron rods and door beams went on the "
      "rampage on Wednesday evening after a scuffle between a supervisor and a worker. "
      "Production at the plant, which rolls out about 1,700 cars a day, has been suspended. Over "
      "500 police personnel have been deployed in and around the plant, the commissioner added. "
      "Awanish Kumar Dev, 39, the general manager (HR), died of asphyxiation, according to the "
      "post-mortem report.",
      [C("91", 91, "exact", "detained", "Maruti workers arrested",
         "Gurgaon Police Commissioner K K Sandhu"),
       C("about 100", 100, "about", "injured", "managers and supervisors",
         "Gurgaon Police Commissioner K K Sandhu"),
       C("hundreds", 100, "vague", "other", "workers on the rampage", "The company"),
       C("about 1,700", 1700, "about", "other", "cars produced a day", None, optional=True),
       C("Over 500", 500, "more_than", "troops", "police personnel deployed",
         "the commissioner", cat_alt=["other"],
         attr_alt=["Gurgaon Police Commissioner K K Sandhu"])]),

    P("d79_032",
      "Madrid 26 SEP 2012 - 12:40 CEST\n"
      "Police fired rubber bullets and charged protesters outside the Spanish parliament on "
      "Tuesday night as a demonstration under the slogan \"Surround Congress\" turned violent. "
      "The Madrid emergency services said 64 people had been treated for injuries, 27 of them "
      "police officers, and that 25 had been taken to hospital. The government's delegation in "
      "Madrid said 35 people had been arrested and put the number of demonstrators at 6,000; "
      "organisers said there had been tens of thousands. Some 1,300 riot police had been "
      "deployed around the Congress building, which was sealed off with metal barriers. Spain's "
      "unemployment rate stands at 24.6%.",
      [C("64", 64, "exact", "injured", "people treated for injuries",
         "The Madrid emergency services"),
       C("27", 27, "exact", "injured", "police officers", "The Madrid emergency services"),
       C("25", 25, "exact", "injured", "people taken to hospital",
         "The Madrid emergency services", cat_alt=["other"]),
       C("35", 35, "exact", "detained", "people arrested",
         "The government's delegation in Madrid"),
       C("6,000", 6000, "exact", "other", "demonstrators (government)",
         "The government's delegation in Madrid"),
       C("tens of thousands", 10000, "vague", "other", "demonstrators (organisers)",
         "organisers"),
       C("Some 1,300", 1300, "about", "troops", "riot police deployed", None,
         cat_alt=["other"])],
      published="2012-09-26"),

    P("d79_033",
      "Shahbag swells to a sea of people\n"
      "12:00 AM, February 09, 2013 / LAST MODIFIED: 01:30 AM, February 09, 2013\n"
      "Staff Correspondent\n"
      "Hundreds of thousands of people thronged Shahbag intersection and the surrounding roads "
      "yesterday afternoon for a \"grand rally\" demanding the death penalty for Jamaat-e-Islami "
      "leader Abdul Quader Mollah, convicted of war crimes committed in 1971. Organisers of the "
      "Blogger and Online Activists Network put the crowd at over 500,000, while a senior "
      "official of Dhaka Metropolitan Police estimated it at 200,000. The sit-in, now in its "
      "fifth day, began on Tuesday after the International Crimes Tribunal sentenced Mollah, 64, "
      "to life imprisonment. At least 30 similar gatherings were held in district towns, our "
      "correspondents report. No untoward incident was reported.",
      [C("Hundreds of thousands", 100000, "vague", "other", "people at Shahbag", None),
       C("over 500,000", 500000, "more_than", "other", "crowd at Shahbag (organisers)",
         "Organisers of the Blogger and Online Activists Network"),
       C("200,000", 200000, "exact", "other", "crowd at Shahbag (police)",
         "a senior official of Dhaka Metropolitan Police"),
       C("At least 30", 30, "at_least", "other", "gatherings in district towns",
         "our correspondents", attr_alt=[None])],
      published="2013-02-09"),

    P("d79_034",
      "Euro 2016: England fan critical after Marseille violence\n"
      "Published 12 June 2016\n"
      "An England fan is in a critical condition in hospital after three days of clashes between "
      "English, Russian and French supporters in Marseille, during which 35 people were injured, "
      "French officials have said. Police fired tear gas inside and outside the Stade Velodrome "
      "after Russian fans charged at England supporters when the match ended 1-1. Marseille "
      "prosecutor Brice Robin said about 150 Russian \"hyper-violent\" fans, \"well-trained and "
      "equipped for rapid action\", had been behind much of the violence. Six people had been "
      "arrested by Sunday afternoon, and 20 more were detained in Nice after clashes involving "
      "Northern Ireland and Polish fans, according to France's interior ministry. Uefa has "
      "warned both associations that their teams could be disqualified.",
      [C("35", 35, "exact", "injured", "people in Marseille clashes", "French officials"),
       C("about 150", 150, "about", "other", "'hyper-violent' Russian fans",
         "Marseille prosecutor Brice Robin", cat_alt=["troops"]),
       C("Six", 6, "exact", "detained", "people arrested in Marseille",
         "France's interior ministry"),
       C("20", 20, "exact", "detained", "people detained in Nice",
         "France's interior ministry")],
      published="2016-06-12"),

    P("d79_035",
      "Marina cleared, violence erupts across city\n"
      "CHENNAI, January 24, 2017 00:22 IST / Updated: January 24, 2017 01:02 IST\n"
      "Police evicted protesters from the Marina beach in the early hours of Monday, ending a "
      "week-long sit-in demanding the lifting of the ban on jallikattu, and violence broke out in "
      "several parts of the city as word spread. City Police Commissioner S. George said 94 "
      "police personnel and 27 civilians had been injured, and that 71 persons had been "
      "arrested. A police station at Ice House and over 100 vehicles were set ablaze, he said. "
      "At its peak, the sit-in on the Marina had drawn more than 200,000 people, according to "
      "police estimates. The State Assembly on Monday evening unanimously passed a Bill to amend "
      "the Prevention of Cruelty to Animals Act, 1960.",
      [C("94", 94, "exact", "injured", "police personnel",
         "City Police Commissioner S. George"),
       C("27", 27, "exact", "injured", "civilians", "City Police Commissioner S. George"),
       C("71", 71, "exact", "detained", "persons arrested",
         "City Police Commissioner S. George"),
       C("over 100", 100, "more_than", "other", "vehicles set ablaze",
         "City Police Commissioner S. George", optional=True, cat_alt=["infrastructure"],
         attr_alt=["he"]),
       C("more than 200,000", 200000, "more_than", "other", "people at the Marina sit-in",
         "police estimates", attr_alt=["police"])],
      published="2017-01-24"),
    P("d79_036",
      "PANAMA CITY, Dec 21 (EFE) - Thirteen inmates were killed and at least five wounded in a "
      "shootout between rival gangs on Friday at the La Joyita prison east of the capital, "
      "Panama's Public Ministry said. Police said they had found five pistols and an AK-47 "
      "rifle hidden in one of the cellblocks. Inmates held two guards hostage for several hours "
      "before releasing them unharmed, the penitentiary system said. La Joyita, built for about "
      "2,000 prisoners, holds between 3,000 and 3,500, according to the ombudsman's office. Some "
      "900 police officers were sent to the prison complex on Saturday.",
      [C("Thirteen", 13, "exact", "killed", "inmates", "Panama's Public Ministry"),
       C("at least five", 5, "at_least", "injured", "inmates", "Panama's Public Ministry"),
       C("five", 5, "exact", "munitions", "pistols found", "Police", cat_alt=["other"],
         ctx="five pistols"),
       C("two", 2, "exact", "hostages", "guards held by inmates", "the penitentiary system"),
       C("about 2,000", 2000, "about", "detained", "prison capacity", "the ombudsman's office",
         optional=True, cat_alt=["population", "other"]),
       C("between 3,000 and 3,500", 3000, "range", "detained", "inmates held at La Joyita",
         "the ombudsman's office", high=3500, cat_alt=["population"]),
       C("Some 900", 900, "about", "troops", "police officers sent to the prison", None,
         cat_alt=["other"])]),

    P("d79_037",
      "Police clear downtown Ottawa after 3-week occupation\n"
      "CBC News · Posted: Feb 20, 2022 4:00 AM ET | Last Updated: February 20, 2022\n"
      "Police say they have arrested 191 people and towed 79 vehicles since launching an "
      "operation on Friday to end the three-week-long protest against COVID-19 mandates in "
      "downtown Ottawa. Of those arrested, 103 people face 389 charges, interim police chief "
      "Steve Bell told a news conference on Saturday. Between 1,000 and 1,500 officers from "
      "forces across the country took part in the operation, according to the Ontario "
      "Provincial Police. At the height of the protest, more than 400 trucks and other vehicles "
      "blocked streets around Parliament Hill, city officials have said.",
      [C("191", 191, "exact", "detained", "people arrested", "Police"),
       C("79", 79, "exact", "other", "vehicles towed", "Police", optional=True,
         cat_alt=["infrastructure"]),
       C("103", 103, "exact", "detained", "people charged", "interim police chief Steve Bell",
         cat_alt=["other"]),
       C("389", 389, "exact", "other", "charges laid", "interim police chief Steve Bell",
         optional=True),
       C("Between 1,000 and 1,500", 1000, "range", "troops", "officers in the operation",
         "the Ontario Provincial Police", high=1500, cat_alt=["other"]),
       C("more than 400", 400, "more_than", "other", "trucks and vehicles blocking streets",
         "city officials", optional=True, cat_alt=["infrastructure"])],
      published="2022-02-20"),

    P("d79_038",
      "SHANGHAI, Nov 23 (Reuters) - Hundreds of workers clashed with security personnel in "
      "hazmat suits at Foxconn's vast iPhone factory in Zhengzhou overnight, according to videos "
      "posted on social media and a worker who took part, in a dispute over delayed bonus "
      "payments and COVID-19 curbs. The worker, who declined to be named, told Reuters he saw "
      "between 10 and 20 people being beaten and several being taken away in police vans. "
      "Foxconn said it would pay 10,000 yuan ($1,400) to new recruits who agreed to leave. The "
      "plant employs some 200,000 workers, many of whom have lived in a \"closed loop\" since "
      "October, and local officials said last month that they had delivered 50 tonnes of "
      "vegetables and other food to the campus. Apple has said shipments of its iPhone 14 Pro "
      "models will be lower than expected.",
      [C("Hundreds", 100, "vague", "other", "workers clashing with security",
         "videos posted on social media and a worker who took part",
         attr_alt=["a worker who took part"]),
       C("between 10 and 20", 10, "range", "injured", "people beaten", "The worker", high=20,
         attr_alt=["a worker who took part"]),
       C("some 200,000", 200000, "about", "population", "workers at the plant", None,
         cat_alt=["other"]),
       C("50", 50, "exact", "aid", "tonnes of vegetables and food delivered",
         "local officials")]),

    P("d79_039",
      "Harehills disorder: bus set alight as crowd turns on police\n"
      "Published 19th Jul 2024, 10:15 BST\n"
      "A bus was set alight and a police car overturned during disorder in Harehills, Leeds, on "
      "Thursday evening after agencies took four children from a family into care, West "
      "Yorkshire Police said. Officers withdrew from Luxor Street for several hours as a crowd of "
      "up to 100 people threw objects at them. No serious injuries were reported. Police said "
      "five people had been arrested on Friday morning in connection with the disorder, and a "
      "24-hour dispersal order is in place. Leeds City Council said a bus, a car and a number of "
      "bins had been damaged or destroyed, and that some 20 residents of nearby flats had been "
      "moved out overnight as a precaution.",
      [C("four", 4, "exact", "other", "children taken into care", "West Yorkshire Police"),
       C("up to 100", 100, "at_most", "other", "crowd throwing objects", "West Yorkshire Police",
         attr_alt=[None]),
       C("five", 5, "exact", "detained", "people arrested", "Police"),
       C("some 20", 20, "about", "displaced", "residents moved out of flats",
         "Leeds City Council")],
      published="2024-07-19"),

    P("d79_040",
      "OUAGADOUGOU (AFP) - Six people, including a police officer, were killed in three days of "
      "clashes between students and police in the central-western town of Koudougou and nearby "
      "towns after the death in custody of a pupil, Justin Zongo, officials said Saturday. "
      "Security Minister Jerome Bougouma said \"about 70\" people had been injured, among them "
      "30 police officers, and that three police stations had been set on fire. The students' "
      "union ANEB put the number of dead at seven and said dozens of pupils had been arrested. "
      "Thousands of secondary school and university students marched in Ouagadougou on Friday, "
      "and schools in the region have been closed for 10 days. Zongo, 23, died on February 20; "
      "the authorities said he had meningitis.",
      [C("Six", 6, "exact", "killed", "people in Koudougou clashes", "officials"),
       C("about 70", 70, "about", "injured", "people in Koudougou clashes",
         "Security Minister Jerome Bougouma"),
       C("30", 30, "exact", "injured", "police officers", "Security Minister Jerome Bougouma"),
       C("three", 3, "exact", "infrastructure", "police stations set on fire",
         "Security Minister Jerome Bougouma", ctx="three police stations"),
       C("seven", 7, "exact", "killed", "people (students' union toll)",
         "The students' union ANEB"),
       C("dozens", 12, "vague", "detained", "pupils arrested", "The students' union ANEB"),
       C("Thousands", 1000, "vague", "other", "students marching in Ouagadougou", None)]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 79)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d79_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
