"""Source of the twenty-fourth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on protests, riots, crackdowns, election violence, coups, prison
riots and mass arrests from 1989 to 2022, written for this set (none copied from an article) in
the styles of wire copy (Reuters, AP, AFP), the Guardian (a page and a live blog), Al Jazeera,
CBC, Hürriyet Daily News, local English-language papers (Daily Nation, Premium Times, NewsDay,
Dawn, The Daily Star, Daily Mirror Sri Lanka, Hong Kong Free Press, The Phnom Penh Post,
Malaysiakini, The Hindu, the Santiago Times, Colombia Reports), an OHCHR and an Amnesty release
and a police press release. The set stresses arrested against detained, charged and released,
injured protesters against injured police, killed by police against killed in clashes, crowd
sizes from organisers and police, figures revised and disputed, chains of sources, and
non-claims (ages, years, durations, money, percentages, article and section numbers, vote
shares, seat counts, unit and street numbers). Annotated by hand and blind by the project's
gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the
READMEs of ``tests/devset2`` to ``tests/devset23`` and ``tests/holdout2``. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not
facts.

Run ``python tests/devset24/build_devset24.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

COFAVIC = "the Committee of Relatives of the Victims (Cofavic)"
SP_OFFICIALS = "Sao Paulo state security officials"
FONTES = "Amazonas state security secretary Sergio Fontes"
AM_PRISONS = "the state prison administration"
RODRIGUEZ = "Nuevo Leon Gov. Jaime Rodriguez"
OHCHR = "the UN Human Rights Office"
CONADEH = "the National Human Rights Commissioner (CONADEH)"
DEL_CASTILLO = "Interior Minister Eduardo del Castillo"
CASTRO = "Health Minister María Renée Castro"
VILLATORO = "Justice and Security Minister Gustavo Villatoro"
CRISTOSAL = "The rights group Cristosal"
HINZPETER = "Interior Minister Rodrigo Hinzpeter"
CONFECH = "The Confederation of Chilean Students (Confech)"
TRUJILLO = "Defense Minister Carlos Holmes Trujillo"
PENALOSA = "Mayor Enrique Peñalosa"
ROJAS = "Interior Minister Tadeo Rojas"
WAKI_LONG = "the Commission of Inquiry into Post-Election Violence"
KADUNA = "The Kaduna State Government"
IMN = "the Islamic Movement in Nigeria (IMN)"
ICRC = "the International Committee of the Red Cross"
UNOCI = "The U.N. mission in Ivory Coast"
CARITAS = "Catholic charity Caritas"
ZHRF = "the Zimbabwe Human Rights NGO Forum"
MOUBELET = "Interior Minister Pacome Moubelet-Boubeya"
PING = "rival candidate Jean Ping"
CCSD = "The Central Committee of Sudanese Doctors"
JUMAA = "The government's spokesman"
ICG = "The International Crisis Group"
YUAN = "State Council spokesman Yuan Mu"
WESTERN = "Western diplomats and students who escaped the crackdown"
ERAWAN = "The Erawan emergency centre"
SANSERN = "Army spokesman Colonel Sansern Kaewkamnerd"
RANDHAWA = "Delhi Police spokesperson M.S. Randhawa"
QAZI = "PAT spokesman Qazi Faiz"
KHAN_BAIG = "Punjab Inspector General of Police Khan Baig"
ODHIKAR = "Rights organisation Odhikar"
ALAMGIR = "Home Minister Muhiuddin Khan Alamgir"
KODIPPILI = "Prisons Commissioner General P.W. Kodippili"
JASINGHE = "hospital director Dr. Anil Jasinghe"
JAYAKODY = "Police Spokesman SSP Prishantha Jayakody"
LO = "Commissioner of Police Stephen Lo Wai-chung"
LICADHO = "the rights group Licadho"
KHENG_TITO = "National Military Police spokesman Kheng Tito"
UZ_GUARD = "the country's National Guard"
UZ_PROSECUTOR = "the prosecutor general's office"
SALLEH = "Kuala Lumpur police chief Mohmad Salleh"
AMBIGA = "Bersih co-chairperson S Ambiga"
BICI = "The Bahrain Independent Commission of Inquiry (BICI)"
YE_DOCTORS = "doctors at the camp's field hospital"
YE_DOCTOR = "A doctor at the makeshift hospital"
SOHR = "The Syrian Observatory for Human Rights"
SY_NETWORK = "a network of activists inside the country"
BOZDAG = "Justice Minister Bekir Bozdağ"
YILDIRIM = "Prime Minister Binali Yıldırım"
SCAJOLA = "Interior minister Claudio Scajola"
MET = "The Metropolitan police"
LFB = "The London fire brigade"
MAY = "Home secretary Theresa May"
UNMIK = "the U.N. mission"
CHAPPELL = "Derek Chappell"
THORNBERG = "National Police Commissioner Anders Thornberg"
CORONER = "the county coroner's office"
LAFD = "Fire Department officials"
AP_TALLY = "a tally by The Associated Press"
BLAIR = "Police Chief Bill Blair"
ISU = "The Integrated Security Unit"

PASSAGES = [
    # --- Latin America -------------------------------------------------------------------------
    P("d24_001",
      "Caracazo at 30: Venezuela's forgotten massacre still haunts Caracas\n"
      "Wed 27 Feb 2019 10.00 GMT\n"
      "Thirty years ago this week, a rise in bus fares set off riots in Guarenas that spread "
      "within hours to Caracas, where looters emptied shops and soldiers sent in by President "
      "Carlos Andrés Pérez opened fire in the hillside barrios. The government's official toll "
      "was 276 dead, a figure it never revised. Rights groups have long put the number far "
      "higher: the Committee of Relatives of the Victims (Cofavic) says it has documented more "
      "than 400 deaths, and some estimates say as many as 3,000 people were killed. In 1990, 68 "
      "bodies were exhumed from a mass grave in La Peste, a section of the Southern General "
      "Cemetery. The Inter-American Court of Human Rights ruled in 1999 that Venezuela was "
      "responsible for the deaths of 44 people named in the case and ordered it to pay about "
      "$5.6m in reparations.",
      [C("276", 276, "exact", "killed", "dead in the Caracazo (official toll)",
         "The government", attr_alt=["The government's official toll"]),
       C("more than 400", 400, "more_than", "killed", "deaths documented", COFAVIC,
         attr_alt=["Rights groups"]),
       C("as many as 3,000", 3000, "at_most", "killed", "people killed (estimates)",
         "some estimates", attr_alt=[None]),
       C("68", 68, "exact", "killed", "bodies exhumed from a mass grave", None),
       C("44", 44, "exact", "killed", "people named in the court case", None,
         attr_alt=["The Inter-American Court of Human Rights"])],
      published="2019-02-27"),

    P("d24_002",
      "SAO PAULO, Oct 3 (Reuters) - Military police who stormed a riot-torn cell block at the "
      "Carandiru prison on Friday killed 111 inmates, Sao Paulo state security officials said "
      "on Saturday, far more than the eight deaths they had first acknowledged. None of the "
      "officers in the assault was killed, and 23 were injured, mostly by blows and cuts, the "
      "officials said. Pavilion 9, where the riot broke out after a fight over a football game, "
      "held about 2,000 of the 7,200 prisoners in the complex, the largest jail in Latin America. "
      "The state's military police commander said 325 officers had taken part in the operation. "
      "Inmates' relatives gathered at the gates said 'hundreds' had been killed, and a lawyers' "
      "group said it had counted 130 bodies at the city morgue.",
      [C("111", 111, "exact", "killed", "inmates killed by military police", SP_OFFICIALS),
       C("eight", 8, "exact", "killed", "deaths first acknowledged", SP_OFFICIALS,
         attr_alt=["they"]),
       C("23", 23, "exact", "injured", "police officers", "the officials",
         attr_alt=[SP_OFFICIALS]),
       C("about 2,000", 2000, "about", "detained", "prisoners in Pavilion 9", None,
         cat_alt=["population"]),
       C("7,200", 7200, "exact", "detained", "prisoners in the complex", None,
         cat_alt=["population"]),
       C("325", 325, "exact", "troops", "police officers in the operation",
         "The state's military police commander", cat_alt=["other"]),
       C("hundreds", 100, "vague", "killed", "inmates killed (relatives)",
         "Inmates' relatives gathered at the gates", attr_alt=["Inmates' relatives"]),
       C("130", 130, "exact", "killed", "bodies at the morgue", "a lawyers' group")]),

    P("d24_003",
      "MANAUS, Brazil, Jan 2, 2017 (AFP) - At least 56 inmates were killed, many of them "
      "beheaded, during a 17-hour riot at the Anisio Jobim prison complex in the Amazon city of "
      "Manaus, officials said Monday, in one of the bloodiest prison massacres in Brazil since "
      "Carandiru. Amazonas state security secretary Sergio Fontes said the riot was a battle "
      "between the Family of the North gang and members of the Sao Paulo-based First Capital "
      "Command (PCC). Twelve prison guards were taken hostage and later freed unharmed, he said. "
      "A total of 184 inmates escaped from the complex and a nearby jail during the chaos, and 40 "
      "had been recaptured by Monday evening, according to the state prison administration. The "
      "complex, built for 454 prisoners, was holding 1,224.",
      [C("At least 56", 56, "at_least", "killed", "inmates", "officials"),
       C("Twelve", 12, "exact", "hostages", "prison guards taken hostage", FONTES,
         attr_alt=["he"]),
       C("184", 184, "exact", "detained", "inmates who escaped", AM_PRISONS,
         cat_alt=["other"]),
       C("40", 40, "exact", "detained", "escaped inmates recaptured", AM_PRISONS),
       C("454", 454, "exact", "other", "prison capacity", None, optional=True),
       C("1,224", 1224, "exact", "detained", "inmates held in the complex", None,
         cat_alt=["population"])],
      published="2017-01-02"),

    P("d24_004",
      "MONTERREY, Mexico (AP) — A fight between rival factions of the Zetas cartel at the Topo "
      "Chico prison killed 49 inmates and injured 12 others late Wednesday, Nuevo Leon Gov. Jaime "
      "Rodriguez said Thursday. Forty of the dead were beaten or stabbed, and the rest died when "
      "a storage area was set on fire, the governor said. No inmates escaped, he said. About 300 "
      "state police officers and soldiers were sent to retake the prison, which holds some 3,800 "
      "inmates in space for about 2,500. Relatives who waited outside the gates through the night "
      "complained that names were slow to come; by Thursday afternoon only 21 of the dead had "
      "been identified.",
      [C("49", 49, "exact", "killed", "inmates", RODRIGUEZ),
       C("12", 12, "exact", "injured", "inmates", RODRIGUEZ),
       C("Forty", 40, "exact", "killed", "inmates beaten or stabbed", "the governor",
         attr_alt=[RODRIGUEZ]),
       C("About 300", 300, "about", "troops", "police officers and soldiers sent", None,
         cat_alt=["other"]),
       C("some 3,800", 3800, "about", "detained", "inmates held in the prison", None,
         cat_alt=["population"]),
       C("about 2,500", 2500, "about", "other", "prison capacity", None, optional=True),
       C("21", 21, "exact", "killed", "dead identified", None, cat_alt=["other"],
         optional=True)]),

    P("d24_005",
      "Honduras: UN Human Rights Office calls for investigation into post-election killings\n"
      "GENEVA (12 March 2018) – At least 23 people were killed in the context of the protests "
      "that followed the 26 November presidential election in Honduras, 22 of them civilians and "
      "one a police officer, the UN Human Rights Office said in a report published today. At "
      "least 16 of the victims were shot dead by the security forces, the report found. Sixty "
      "people were injured, including 35 by firearms, and 1,351 people were detained between 1 "
      "December and 5 December, when a curfew was in force, most of them for allegedly violating "
      "it. The Office said its figures came from its own monitoring and differed from those of "
      "the National Human Rights Commissioner (CONADEH), which put the number of deaths at 31. "
      "Human rights defenders and journalists were also harassed and threatened, the report said.",
      [C("At least 23", 23, "at_least", "killed", "people killed in post-election protests",
         OHCHR),
       C("22", 22, "exact", "killed", "civilians", OHCHR),
       C("one", 1, "exact", "killed", "police officer", OHCHR, ctx="one a police officer"),
       C("At least 16", 16, "at_least", "killed", "victims shot by security forces",
         "the report", attr_alt=[OHCHR]),
       C("Sixty", 60, "exact", "injured", "people", "the report", attr_alt=[OHCHR, None]),
       C("35", 35, "exact", "injured", "people injured by firearms", "the report",
         attr_alt=[OHCHR, None]),
       C("1,351", 1351, "exact", "detained", "people detained during the curfew",
         "the report", attr_alt=[OHCHR, None]),
       C("31", 31, "exact", "killed", "deaths", CONADEH)],
      published="2018-03-12"),

    P("d24_006",
      "LA PAZ, June 27 (Reuters) - Bolivian police have arrested 17 people, including former "
      "army chief Juan José Zúñiga, over a failed coup attempt in which an armored vehicle "
      "rammed the doors of the presidential palace, Interior Minister Eduardo del Castillo said "
      "on Thursday. Around 200 soldiers and eight armored vehicles took part in the uprising, "
      "according to the government. Twelve people, among them a police officer, were treated "
      "for pellet wounds after troops fired on crowds in the Plaza Murillo, Health Minister María "
      "Renée Castro said. Zúñiga, 55, had been removed from his post the day before, after "
      "saying he would arrest former president Evo Morales if he ran again. The soldiers pulled "
      "back after about three hours, when President Luis Arce named a new high command. "
      "Prosecutors are seeking sentences of up to 20 years for 'terrorism and armed uprising'.",
      [C("17", 17, "exact", "detained", "people arrested over the coup attempt",
         DEL_CASTILLO),
       C("Around 200", 200, "about", "troops", "soldiers in the uprising", "the government"),
       C("eight", 8, "exact", "munitions", "armored vehicles", "the government",
         cat_alt=["other"]),
       C("Twelve", 12, "exact", "injured", "people with pellet wounds", CASTRO)]),

    P("d24_007",
      "SAN SALVADOR, El Salvador (AP) — Salvadoran authorities have arrested more than 75,000 "
      "people under a state of emergency that President Nayib Bukele declared two years ago "
      "after gangs killed 62 people in a single weekend, Justice and Security Minister Gustavo "
      "Villatoro said Tuesday. About 7,000 of those detained have been released for lack of "
      "evidence, he said. The rights group Cristosal says it has documented 261 deaths of people "
      "in state custody since the emergency began, and that at least four of them were buried in "
      "mass graves. Congress has renewed the emergency measures, which suspend some "
      "constitutional rights, every month since. El Salvador's prison population, which stood at "
      "about 39,000 before the crackdown, is now the highest per capita in the world, and a "
      "mega-prison built for 40,000 inmates opened last year.",
      [C("more than 75,000", 75000, "more_than", "detained", "people arrested", VILLATORO),
       C("62", 62, "exact", "killed", "people killed by gangs in a weekend", None,
         attr_alt=[VILLATORO]),
       C("About 7,000", 7000, "about", "detained", "detainees released", VILLATORO,
         attr_alt=["he"]),
       C("261", 261, "exact", "killed", "deaths in state custody", CRISTOSAL),
       C("at least four", 4, "at_least", "killed", "dead buried in mass graves", CRISTOSAL),
       C("about 39,000", 39000, "about", "detained", "prison population before", None,
         cat_alt=["population"]),
       C("40,000", 40000, "exact", "other", "mega-prison capacity", None, optional=True)]),

    P("d24_008",
      "Police arrest 874 after student march turns violent\n"
      "By Santiago Times Staff | Friday, August 05, 2011\n"
      "Carabineros arrested 874 people in Santiago and other cities on Thursday after the "
      "government refused permission for a student march along the Alameda, the Interior "
      "Ministry said. Interior Minister Rodrigo Hinzpeter said 90 police officers had been "
      "injured, one of them seriously. The Confederation of Chilean Students (Confech) said at "
      "least 50 students had been hurt and accused police of using 'disproportionate force'. "
      "Tear gas and water cannon were used to break up crowds in the capital until late at "
      "night, and rioters set fire to a La Polar department store in the city centre. That "
      "night, residents across Santiago banged pots and pans from their windows in support of "
      "the students, whose protests began three months ago.",
      [C("874", 874, "exact", "detained", "people arrested (headline)", None,
         attr_alt=["Police"], ctx="arrest 874"),
       C("874", 874, "exact", "detained", "people arrested", "the Interior Ministry",
         ctx="arrested 874"),
       C("90", 90, "exact", "injured", "police officers", HINZPETER),
       C("one", 1, "exact", "injured", "police officer seriously injured", HINZPETER),
       C("at least 50", 50, "at_least", "injured", "students", CONFECH)],
      published="2011-08-05"),

    P("d24_009",
      "Colombia's national strike: 3 dead, 273 injured and 98 arrested, says government\n"
      "November 22, 2019\n"
      "BOGOTÁ – Three people were killed in Buenaventura and Candelaria, in Valle del Cauca "
      "province, during Thursday's national strike, Defense Minister Carlos Holmes Trujillo said "
      "on Friday. Of the 273 people injured nationwide, 151 were members of the security forces "
      "and 122 were civilians, the minister told a press conference, adding that 98 people had "
      "been arrested. The government estimated that 207,000 people took part in marches across "
      "the country; the unions that called the strike said more than a million had marched. In "
      "Bogotá, Mayor Enrique Peñalosa said rioters had damaged 55 stations of the TransMilenio "
      "bus system, and a curfew was declared in the capital on Friday night, the first since "
      "1977.",
      [C("3", 3, "exact", "killed", "people (headline)", "government", attr_alt=[TRUJILLO]),
       C("273", 273, "exact", "injured", "people (headline)", "government",
         attr_alt=[TRUJILLO], ctx="273 injured and"),
       C("98", 98, "exact", "detained", "people arrested (headline)", "government",
         attr_alt=[TRUJILLO], ctx="98 arrested"),
       C("Three", 3, "exact", "killed", "people in Valle del Cauca", TRUJILLO),
       C("273", 273, "exact", "injured", "people injured nationwide", "the minister",
         attr_alt=[TRUJILLO], ctx="the 273 people"),
       C("151", 151, "exact", "injured", "members of the security forces", "the minister",
         attr_alt=[TRUJILLO]),
       C("122", 122, "exact", "injured", "civilians", "the minister", attr_alt=[TRUJILLO]),
       C("98", 98, "exact", "detained", "people arrested", "the minister",
         attr_alt=[TRUJILLO], ctx="98 people had"),
       C("207,000", 207000, "exact", "other", "people who marched (government)",
         "The government"),
       C("more than a million", 1_000_000, "more_than", "other", "people who marched (unions)",
         "the unions that called the strike"),
       C("55", 55, "exact", "infrastructure", "TransMilenio stations damaged", PENALOSA,
         cat_alt=["other"])],
      published="2019-11-22"),

    P("d24_010",
      "ASUNCION, April 1, 2017 (AFP) - Protesters set fire to Paraguay's Congress building "
      "overnight after senators voted behind closed doors to let President Horacio Cartes run "
      "for re-election, and one opposition activist was shot dead by police, officials said "
      "Saturday. Interior Minister Tadeo Rojas said 211 people had been arrested and that 30 "
      "police officers were among the dozens injured. Fewer than 20 of those arrested were still "
      "in custody on Saturday evening, prosecutors said. Rodrigo Quintana, 25, a youth leader of "
      "the opposition Liberal Party, was killed when police raided the party's headquarters, and "
      "Cartes later dismissed Rojas and the national police chief. The amendment was backed by "
      "25 of the Senate's 45 members; the constitution adopted in 1992 limits presidents to a "
      "single five-year term.",
      [C("one", 1, "exact", "killed", "opposition activist shot by police", "officials",
         ctx="one opposition activist"),
       C("211", 211, "exact", "detained", "people arrested", ROJAS),
       C("30", 30, "exact", "injured", "police officers", ROJAS),
       C("dozens", 12, "vague", "injured", "people injured", ROJAS),
       C("Fewer than 20", 20, "fewer_than", "detained", "people still in custody",
         "prosecutors")],
      published="2017-04-01"),

    # --- Africa --------------------------------------------------------------------------------
    P("d24_011",
      "Waki report: 1,133 killed in poll chaos\n"
      "By NATION Reporter | Thursday, October 16, 2008\n"
      "The commission of inquiry into the violence that followed last December's presidential "
      "election says 1,133 people were killed and 3,561 injured, and that about 350,000 others "
      "were driven from their homes. In its report, handed to President Mwai Kibaki and Prime "
      "Minister Raila Odinga yesterday, the Commission of Inquiry into Post-Election Violence, "
      "chaired by Justice Philip Waki, says police shot dead 405 people, many of them in Kisumu, "
      "Kakamega and Nairobi's informal settlements. It also documents 117,216 private properties "
      "destroyed, among them homes, shops and farms. The commission handed a sealed envelope "
      "with the names of the main suspects to former UN secretary-general Kofi Annan; if a "
      "special tribunal is not set up within 60 days, the list is to go to the International "
      "Criminal Court in The Hague.",
      [C("1,133", 1133, "exact", "killed", "people killed in post-election violence (headline)",
         "Waki report", attr_alt=[WAKI_LONG], ctx="1,133 killed in"),
       C("1,133", 1133, "exact", "killed", "people killed in post-election violence",
         "The commission of inquiry", attr_alt=[WAKI_LONG], ctx="1,133 people"),
       C("3,561", 3561, "exact", "injured", "people", "The commission of inquiry",
         attr_alt=[WAKI_LONG]),
       C("about 350,000", 350000, "about", "displaced", "people driven from their homes",
         "The commission of inquiry", attr_alt=[WAKI_LONG]),
       C("405", 405, "exact", "killed", "people shot dead by police", WAKI_LONG,
         attr_alt=["The commission of inquiry"]),
       C("117,216", 117216, "exact", "infrastructure", "private properties destroyed",
         WAKI_LONG, attr_alt=["It"])],
      published="2008-10-16"),

    P("d24_012",
      "Zaria clash: Kaduna govt says 347 Shi'ites buried in mass grave\n"
      "By Premium Times | April 12, 2016\n"
      "The Kaduna State Government on Monday told a judicial commission of inquiry that 347 "
      "members of the Islamic Movement in Nigeria (IMN) killed in clashes with soldiers in Zaria "
      "last December were buried in a mass grave at Mando, near Kaduna. The secretary to the "
      "state government, Balarabe Abbas Lawal, said the bodies had been taken from the Nigerian "
      "Army Depot in Zaria and buried at night on December 14. The army has said one soldier was "
      "killed in the clashes, which began when IMN members blocked the convoy of the Chief of "
      "Army Staff, Tukur Buratai. The movement says more than 1,000 of its members were killed, "
      "and that its leader, Ibrahim El-Zakzaky, and his wife remain in detention along with some "
      "200 other members.",
      [C("347", 347, "exact", "killed", "IMN members buried in a mass grave (headline)",
         "Kaduna govt", attr_alt=[KADUNA], ctx="says 347"),
       C("347", 347, "exact", "killed", "IMN members buried in a mass grave", KADUNA,
         ctx="that 347"),
       C("one", 1, "exact", "killed", "soldier", "The army", ctx="one soldier"),
       C("more than 1,000", 1000, "more_than", "killed", "IMN members", "The movement",
         attr_alt=[IMN]),
       C("some 200", 200, "about", "detained", "IMN members in detention", "The movement",
         attr_alt=[IMN])],
      published="2016-04-12"),

    P("d24_013",
      "ABIDJAN, April 2 (Reuters) - At least 800 people were killed in a single day of violence "
      "in the western Ivory Coast town of Duekoue this week, the International Committee of the "
      "Red Cross said on Friday, as forces loyal to Alassane Ouattara swept south towards Abidjan. "
      "The U.N. mission in Ivory Coast, UNOCI, said its own investigators had found at least 330 "
      "bodies, while Catholic charity Caritas put the toll at 1,000. Around 30,000 people have "
      "taken refuge at the Catholic mission in Duekoue, a town of about 70,000, and the ICRC said "
      "it had delivered 40 tonnes of food there. The U.N. refugee agency says up to a million "
      "people have fled their homes in Abidjan and the west since the disputed November election, "
      "which Ouattara won with 54.1 percent of the vote according to the electoral commission.",
      [C("At least 800", 800, "at_least", "killed", "people killed in Duekoue", ICRC),
       C("at least 330", 330, "at_least", "killed", "bodies found", UNOCI,
         attr_alt=["UNOCI"]),
       C("1,000", 1000, "exact", "killed", "people killed in Duekoue", CARITAS),
       C("Around 30,000", 30000, "about", "displaced", "people sheltering at the mission",
         None, attr_alt=[CARITAS]),
       C("about 70,000", 70000, "about", "population", "residents of Duekoue", None),
       C("40", 40, "exact", "aid", "tonnes of food delivered", "the ICRC"),
       C("up to a million", 1_000_000, "at_most", "displaced", "people who fled their homes",
         "The U.N. refugee agency")]),

    P("d24_014",
      "CONAKRY, Sept 6, 2021 (AFP) - Guinea's new military rulers on Monday freed about 80 "
      "political prisoners, a day after special forces seized President Alpha Condé and "
      "dissolved the government. Colonel Mamady Doumbouya, who led the coup, said in a broadcast "
      "that the detained president, 83, was 'in a safe place' and had seen a doctor. A security "
      "source told AFP that at least 10 members of the presidential guard had been killed in the "
      "fighting at the palace in the Kaloum district, where about 500 special forces troops had "
      "taken part in the assault. Residents said they had heard gunfire for several hours. Condé "
      "won a third term in October with 59.5% of the vote, after changing the constitution to "
      "reset the two-term limit.",
      [C("about 80", 80, "about", "detained", "political prisoners freed", None,
         attr_alt=["Guinea's new military rulers"]),
       C("at least 10", 10, "at_least", "killed", "members of the presidential guard",
         "A security source"),
       C("about 500", 500, "about", "troops", "special forces troops in the assault",
         None, attr_alt=["A security source"])],
      published="2021-09-06"),

    P("d24_015",
      "Motlanthe commission blames army, police for August 1 killings\n"
      "December 19, 2018\n"
      "HARARE – Six people were killed and 35 injured when soldiers opened fire on protesters in "
      "central Harare on August 1, the commission of inquiry chaired by former South African "
      "president Kgalema Motlanthe has found. The report, released by President Emmerson "
      "Mnangagwa yesterday, says the deployment of the military was justified but the use of live "
      "ammunition against fleeing protesters was 'clearly unjustified and disproportionate'. "
      "Police told the commission they had arrested 27 people at the MDC Alliance headquarters "
      "on the day, while the Zimbabwe Human Rights NGO Forum said it had recorded 61 cases of "
      "assault and 14 rapes by soldiers in the days that followed. The protests broke out as "
      "results of the July 30 elections were being announced; Mnangagwa was declared the winner "
      "with 50.8% of the vote.",
      [C("Six", 6, "exact", "killed", "people shot by soldiers", "the commission of inquiry",
         attr_alt=["Kgalema Motlanthe"]),
       C("35", 35, "exact", "injured", "people", "the commission of inquiry",
         attr_alt=["Kgalema Motlanthe"]),
       C("27", 27, "exact", "detained", "people arrested at MDC Alliance headquarters",
         "Police"),
       C("61", 61, "exact", "other", "cases of assault by soldiers", ZHRF,
         cat_alt=["injured"]),
       C("14", 14, "exact", "other", "rapes by soldiers", ZHRF, cat_alt=["injured"])],
      published="2018-12-19"),

    P("d24_016",
      "LIBREVILLE, Sept 2, 2016 (AFP) - Security forces in Gabon have arrested between 800 and "
      "1,100 people since riots erupted over President Ali Bongo's disputed re-election, Interior "
      "Minister Pacome Moubelet-Boubeya said Friday, and three people have been killed. The "
      "opposition says the real toll is far higher: rival candidate Jean Ping said on Thursday "
      "that at least 50 of his supporters had been killed when the Republican Guard stormed his "
      "campaign headquarters overnight, and that 26 opposition leaders were being held inside. "
      "The National Assembly building was partly burned on Wednesday. Bongo won 49.80 percent of "
      "the vote against 48.23 percent for Ping, according to the official results, with a "
      "turnout of 99.93 percent in Bongo's home province of Haut-Ogooue.",
      [C("between 800 and 1,100", 800, "range", "detained", "people arrested", MOUBELET,
         high=1100),
       C("three", 3, "exact", "killed", "people", MOUBELET, attr_alt=[None]),
       C("at least 50", 50, "at_least", "killed", "Ping's supporters", PING),
       C("26", 26, "exact", "detained", "opposition leaders held at headquarters", PING,
         cat_alt=["hostages"])],
      published="2016-09-02"),

    P("d24_017",
      "Sudan: Security forces have killed 37 protesters in five days\n"
      "24 December 2018\n"
      "Sudanese security forces have shot dead 37 protesters in five days of anti-government "
      "demonstrations, Amnesty International said today, as protests over the soaring price of "
      "bread spread to the capital Khartoum. The organization has credible reports that the "
      "victims, in at least 11 of the country's states, were killed with live ammunition, and "
      "that dozens more were wounded. The government's spokesman, Bishara Jumaa, has put the "
      "death toll at eight, and says 219 people were arrested for 'acts of sabotage'. 'The fact "
      "that the government is using lethal force against unarmed protesters is deeply "
      "troubling,' said Sarah Jackson, Amnesty International's Deputy Director for East Africa. "
      "The Central Committee of Sudanese Doctors, which is linked to the opposition, says at "
      "least 22 people have been killed in Gedaref and Atbara alone.",
      [C("37", 37, "exact", "killed", "protesters (headline)", None,
         attr_alt=["Amnesty International"], ctx="killed 37"),
       C("37", 37, "exact", "killed", "protesters shot dead", "Amnesty International",
         ctx="shot dead 37"),
       C("at least 11", 11, "at_least", "other", "states with deaths", "The organization",
         attr_alt=["Amnesty International"], optional=True),
       C("dozens", 12, "vague", "injured", "protesters wounded", "The organization",
         attr_alt=["Amnesty International"]),
       C("eight", 8, "exact", "killed", "protesters (government toll)", JUMAA,
         attr_alt=["Bishara Jumaa"]),
       C("219", 219, "exact", "detained", "people arrested", JUMAA,
         attr_alt=["Bishara Jumaa"]),
       C("at least 22", 22, "at_least", "killed", "people in Gedaref and Atbara", CCSD)],
      published="2018-12-24"),

    P("d24_018",
      "YAOUNDE, Cameroon (AP) — At least 17 people were killed when security forces fired on "
      "crowds in Cameroon's English-speaking regions during symbolic independence declarations "
      "on Sunday, Amnesty International said Wednesday, citing credible sources. The government "
      "has acknowledged 10 deaths, while local officials in the Northwest region put the toll at "
      "14 in their area alone. Amnesty said it had also received reports that more than 500 "
      "people had been arrested, among them dozens of wounded people taken from hospitals. "
      "Communications Minister Issa Tchiroma Bakary said security forces had 'faced terrorists' "
      "and that several officers had been injured. The International Crisis Group, a think "
      "tank, said at least 40 protesters had been killed between Sept. 28 and Oct. 2.",
      [C("At least 17", 17, "at_least", "killed", "people shot by security forces",
         "credible sources", attr_alt=["Amnesty International"]),
       C("10", 10, "exact", "killed", "deaths acknowledged", "The government"),
       C("14", 14, "exact", "killed", "people in the Northwest region",
         "local officials in the Northwest region"),
       C("more than 500", 500, "more_than", "detained", "people arrested", "Amnesty"),
       C("dozens", 12, "vague", "detained", "wounded people taken from hospitals", "Amnesty",
         cat_alt=["injured"]),
       C("at least 40", 40, "at_least", "killed", "protesters", ICG)]),

    # --- Asia ----------------------------------------------------------------------------------
    P("d24_019",
      "BEIJING (AP) — The government said Tuesday that nearly 300 people, including 23 students "
      "and scores of soldiers, died when the army cleared Tiananmen Square, and insisted that "
      "nobody was killed in the square itself. State Council spokesman Yuan Mu told a news "
      "conference that 5,000 soldiers and police and more than 2,000 civilians had been wounded, "
      "and that 400 soldiers were still unaccounted for. Western diplomats and students who "
      "escaped the crackdown put the death toll in the thousands. A Chinese Red Cross official "
      "told foreign reporters on Sunday that 2,600 people had died, but the organization later "
      "withdrew the figure. Martial law troops have detained at least 400 people in Beijing since "
      "Saturday, according to state television.",
      [C("nearly 300", 300, "about", "killed", "people killed in the crackdown",
         "The government"),
       C("23", 23, "exact", "killed", "students", "The government"),
       C("scores", 20, "vague", "killed", "soldiers", "The government"),
       C("5,000", 5000, "exact", "injured", "soldiers and police", YUAN),
       C("more than 2,000", 2000, "more_than", "injured", "civilians", YUAN),
       C("400", 400, "exact", "missing", "soldiers unaccounted for", YUAN,
         ctx="400 soldiers"),
       C("thousands", 1000, "vague", "killed", "people killed (diplomats, students)",
         WESTERN),
       C("2,600", 2600, "exact", "killed", "people (withdrawn Red Cross figure)",
         "A Chinese Red Cross official"),
       C("at least 400", 400, "at_least", "detained", "people detained in Beijing",
         "state television")]),

    P("d24_020",
      "BANGKOK, May 20, 2010 (AFP) - Thailand's government imposed a night-time curfew on "
      "Bangkok and 23 provinces for a second night on Thursday after troops stormed the Red Shirt "
      "protest camp, ending a two-month occupation of the city's main shopping district. The "
      "Erawan emergency centre said 15 people were killed and about 100 wounded in Wednesday's "
      "assault and the arson that followed, bringing the toll since the protests began in March "
      "to 83 dead and more than 1,800 injured. Rioters set fire to at least 36 buildings, "
      "including the CentralWorld shopping mall and the stock exchange, city officials said. "
      "Army spokesman Colonel Sansern Kaewkamnerd said 51 protest leaders and supporters had been "
      "detained and that seven leaders had surrendered to police. Italian photographer Fabio "
      "Polenghi, 48, was among those killed.",
      [C("23", 23, "exact", "other", "provinces under curfew", None, optional=True),
       C("15", 15, "exact", "killed", "people killed in the assault", ERAWAN),
       C("about 100", 100, "about", "injured", "people wounded in the assault", ERAWAN),
       C("83", 83, "exact", "killed", "dead since March", ERAWAN, attr_alt=[None]),
       C("more than 1,800", 1800, "more_than", "injured", "injured since March", ERAWAN,
         attr_alt=[None]),
       C("at least 36", 36, "at_least", "infrastructure", "buildings set on fire",
         "city officials", cat_alt=["other"]),
       C("51", 51, "exact", "detained", "protest leaders and supporters", SANSERN),
       C("seven", 7, "exact", "detained", "leaders who surrendered", SANSERN,
         cat_alt=["other"])],
      published="2010-05-20"),

    P("d24_021",
      "Delhi violence: toll rises to 42, over 200 injured\n"
      "Updated - February 28, 2020 11:45 pm IST\n"
      "NEW DELHI: The death toll in the communal violence in north-east Delhi rose to 42 on "
      "Friday, hospital officials said, with 38 deaths confirmed at Guru Teg Bahadur (GTB) "
      "Hospital, three at Lok Nayak Hospital and one at Jag Pravesh Chandra Hospital. More than "
      "200 people have been injured, the officials said. Delhi Police spokesperson M.S. "
      "Randhawa said 123 FIRs had been registered and 630 people arrested or detained so far. "
      "Head constable Ratan Lal, 42, was among those killed, and the body of Intelligence Bureau "
      "staffer Ankit Sharma, 26, was recovered from a drain in Chand Bagh on Wednesday. About "
      "7,000 personnel of the Central Armed Police Forces remain deployed in the affected areas, "
      "police said.",
      [C("42", 42, "exact", "killed", "dead (headline)", None, ctx="rises to 42"),
       C("over 200", 200, "more_than", "injured", "people (headline)", None),
       C("42", 42, "exact", "killed", "dead in north-east Delhi", "hospital officials",
         ctx="rose to 42"),
       C("38", 38, "exact", "killed", "deaths at GTB Hospital", "hospital officials"),
       C("three", 3, "exact", "killed", "deaths at Lok Nayak Hospital", "hospital officials"),
       C("one", 1, "exact", "killed", "death at Jag Pravesh Chandra Hospital",
         "hospital officials", ctx="one at Jag"),
       C("More than 200", 200, "more_than", "injured", "people", "the officials",
         attr_alt=["hospital officials"]),
       C("123", 123, "exact", "other", "FIRs registered", RANDHAWA, optional=True),
       C("630", 630, "exact", "detained", "people arrested or detained", RANDHAWA),
       C("About 7,000", 7000, "about", "troops", "Central Armed Police Forces personnel",
         "police", cat_alt=["other"])],
      published="2020-02-28"),

    P("d24_022",
      "LAHORE: At least eight people, including two women, were killed and more than 80 "
      "injured on Tuesday when police clashed with workers of Dr Tahirul Qadri's Pakistan Awami "
      "Tehreek (PAT) outside the party's secretariat in Model Town, hospital sources said. PAT "
      "spokesman Qazi Faiz said 11 of its workers had been killed and over 100 injured, 'most of "
      "them by direct police firing'. Punjab Inspector General of Police Khan Baig said 'around "
      "70' policemen had been hurt by stones, and that the operation had been launched to remove "
      "barriers from the roads outside the secretariat. Police said 52 PAT workers had been "
      "arrested. Chief Minister Shahbaz Sharif ordered a judicial inquiry and said he would "
      "resign if the commission held him responsible. An FIR was registered under Section 302 "
      "of the Pakistan Penal Code against unidentified persons.",
      [C("At least eight", 8, "at_least", "killed", "people", "hospital sources"),
       C("two", 2, "exact", "killed", "women", "hospital sources"),
       C("more than 80", 80, "more_than", "injured", "people", "hospital sources"),
       C("11", 11, "exact", "killed", "PAT workers", QAZI),
       C("over 100", 100, "more_than", "injured", "PAT workers", QAZI),
       C("around 70", 70, "about", "injured", "policemen", KHAN_BAIG),
       C("52", 52, "exact", "detained", "PAT workers arrested", "Police")]),

    P("d24_023",
      "Hefazat crackdown: Odhikar puts death toll at 61, govt says 11\n"
      "Published: 12:00 AM, June 11, 2013\n"
      "Rights organisation Odhikar has said 61 people were killed when police, Rab and BGB drove "
      "Hefazat-e Islam activists out of the Shapla Chattar area of Motijheel in the early hours "
      "of May 6, and in the violence that followed in Narayanganj, Hathazari and Bagerhat. The "
      "government has rejected the figure. Home Minister Muhiuddin Khan Alamgir told parliament "
      "that 11 people, including three members of law enforcement agencies, had died, and that "
      "no one was killed during the operation at Shapla Chattar itself. Around 10,000 members of "
      "the security forces took part in the operation, which lasted less than an hour, according "
      "to police. Hefazat had claimed that 'thousands' of its activists were killed, a figure "
      "for which it has produced no evidence.",
      [C("61", 61, "exact", "killed", "people (headline)", "Odhikar", attr_alt=[ODHIKAR],
         ctx="at 61,"),
       C("11", 11, "exact", "killed", "people (headline)", "govt", attr_alt=[ALAMGIR],
         ctx="says 11"),
       C("61", 61, "exact", "killed", "people killed in the crackdown", ODHIKAR,
         attr_alt=["Odhikar"], ctx="said 61"),
       C("11", 11, "exact", "killed", "people (government toll)", ALAMGIR,
         ctx="that 11 people"),
       C("three", 3, "exact", "killed", "members of law enforcement agencies", ALAMGIR),
       C("Around 10,000", 10000, "about", "troops", "members of the security forces",
         "police", cat_alt=["other"]),
       C("thousands", 1000, "vague", "killed", "Hefazat activists (claim)", "Hefazat")],
      published="2013-06-11"),

    P("d24_024",
      "Welikada riot: death toll rises to 27\n"
      "November 11, 2012 08:14 pm\n"
      "The number of inmates killed in Friday's clash between prisoners and the Special Task "
      "Force (STF) at the Welikada Prison rose to 27 today, Prisons Commissioner General P.W. "
      "Kodippili said. Another 43 people, among them 20 prison officers and members of the STF, "
      "were receiving treatment at the National Hospital, hospital director Dr. Anil Jasinghe "
      "said. The clash broke out when the STF was deployed for a search operation, and inmates "
      "broke into the prison armoury and seized some 80 weapons, the Commissioner General said. "
      "Police Spokesman SSP Prishantha Jayakody said 14 weapons had still not been recovered. "
      "The prison, built for 1,800, held more than 4,000 inmates at the time.",
      [C("27", 27, "exact", "killed", "inmates (headline)", None, ctx="rises to 27"),
       C("27", 27, "exact", "killed", "inmates", KODIPPILI, ctx="rose to 27"),
       C("43", 43, "exact", "injured", "people in hospital", JASINGHE),
       C("20", 20, "exact", "injured", "prison officers and STF members", JASINGHE),
       C("some 80", 80, "about", "munitions", "weapons seized by inmates",
         "the Commissioner General", cat_alt=["other"], attr_alt=[KODIPPILI]),
       C("14", 14, "exact", "munitions", "weapons not recovered", JAYAKODY,
         cat_alt=["other"], ctx="said 14"),
       C("1,800", 1800, "exact", "other", "prison capacity", None, optional=True),
       C("more than 4,000", 4000, "more_than", "detained", "inmates held", None,
         cat_alt=["population"])],
      published="2012-11-11"),

    P("d24_025",
      "Mong Kok unrest: 90 police officers injured, 64 arrested\n"
      "9 February 2016 10:52\n"
      "Police arrested 64 people, aged between 15 and 70, after violent clashes broke out in "
      "Mong Kok overnight on the first day of the Lunar New Year, Commissioner of Police Stephen "
      "Lo Wai-chung said on Tuesday. Ninety police officers and four journalists were injured, "
      "he said. Protesters threw bricks prised from pavements and set fires in the streets after "
      "officers tried to clear unlicensed street hawkers from Portland Street. Two warning shots "
      "were fired into the air by an officer, police confirmed. The Hospital Authority said 24 "
      "people had been admitted to hospitals, and Chief Executive Leung Chun-ying condemned what "
      "he called a 'riot'.",
      [C("90", 90, "exact", "injured", "police officers (headline)", None),
       C("64", 64, "exact", "detained", "people arrested (headline)", None,
         ctx="64 arrested"),
       C("64", 64, "exact", "detained", "people arrested", LO, ctx="arrested 64 people"),
       C("Ninety", 90, "exact", "injured", "police officers", LO, attr_alt=["he"]),
       C("four", 4, "exact", "injured", "journalists", LO, attr_alt=["he"]),
       C("Two", 2, "exact", "munitions", "warning shots fired", "police",
         cat_alt=["other"]),
       C("24", 24, "exact", "injured", "people admitted to hospitals",
         "The Hospital Authority", cat_alt=["other"])],
      published="2016-02-09"),

    P("d24_026",
      "Four killed as military police open fire on garment strikers\n"
      "Fri, 3 January 2014\n"
      "Military police opened fire on striking garment workers on Phnom Penh's Veng Sreng "
      "Boulevard this morning, killing at least four people and wounding more than 20, according "
      "to the rights group Licadho. Licadho said 10 people had been detained, among them a "
      "17-year-old. National Military Police spokesman Kheng Tito said security forces had acted "
      "to protect public order after protesters threw rocks and petrol bombs, and that nine "
      "military police officers had been hurt. The strikers, who are demanding a minimum wage of "
      "$160 a month, up from $80, had blocked the road in front of the Canadia Industrial Park "
      "since Thursday. On Thursday, soldiers from the elite Brigade 911 arrested 10 people, among "
      "them monks, outside the Yakjin factory.",
      [C("Four", 4, "exact", "killed", "garment strikers (headline)", None),
       C("at least four", 4, "at_least", "killed", "people shot by military police", LICADHO),
       C("more than 20", 20, "more_than", "injured", "people", LICADHO),
       C("10", 10, "exact", "detained", "people detained", "Licadho",
         attr_alt=[LICADHO], ctx="said 10 people"),
       C("nine", 9, "exact", "injured", "military police officers", KHENG_TITO),
       C("10", 10, "exact", "detained", "people arrested outside Yakjin", None,
         ctx="arrested 10 people")],
      published="2014-01-03"),

    P("d24_027",
      "TASHKENT, July 4 (Reuters) - Eighteen people were killed and 243 injured in unrest in "
      "Uzbekistan's autonomous Karakalpakstan region last week, the country's National Guard said "
      "on Monday, the first official toll from the rare outbreak of violence. Of the injured, 94 "
      "were still in hospital, the guard's spokesman said. Police detained 516 people after "
      "protesters tried to storm government buildings in the regional capital Nukus on Friday, "
      "the prosecutor general's office said, though many of them have since been released. "
      "President Shavkat Mirziyoyev dropped plans to change Karakalpakstan's status, which under "
      "Article 70 of the current constitution allows it to secede by referendum. Exiled activists "
      "said on social media that the real toll was much higher.",
      [C("Eighteen", 18, "exact", "killed", "people", UZ_GUARD),
       C("243", 243, "exact", "injured", "people", UZ_GUARD),
       C("94", 94, "exact", "injured", "injured still in hospital", "the guard's spokesman",
         attr_alt=[UZ_GUARD]),
       C("516", 516, "exact", "detained", "people detained", UZ_PROSECUTOR)]),

    P("d24_028",
      "Bersih 3.0: 512 arrested as police fire tear gas at sit-in\n"
      "Published: Apr 28, 2012 11:40 PM\n"
      "Police arrested 512 people after firing tear gas and water cannon at thousands of Bersih "
      "supporters who breached the barricades around Dataran Merdeka this afternoon, Kuala Lumpur "
      "police chief Mohmad Salleh said tonight. All of them were later released on police bail, "
      "he said. Organisers estimated the crowd at 250,000, while police put it at 22,270 at its "
      "peak. Bersih co-chairperson S Ambiga said about 100 demonstrators and some journalists had "
      "been hurt. A policeman was seriously injured after a patrol car was mobbed near Jalan Tun "
      "Perak, and 20 police vehicles were damaged, according to the police. The rally, the third "
      "of its kind since 2007, called for cleaner elections and a clean-up of the electoral "
      "roll.",
      [C("512", 512, "exact", "detained", "people arrested (headline)", None,
         ctx="512 arrested"),
       C("512", 512, "exact", "detained", "people arrested", SALLEH,
         ctx="arrested 512 people"),
       C("thousands", 1000, "vague", "other", "Bersih supporters at the barricades", SALLEH),
       C("250,000", 250000, "exact", "other", "crowd (organisers)", "Organisers"),
       C("22,270", 22270, "exact", "other", "crowd at its peak (police)", "police"),
       C("about 100", 100, "about", "injured", "demonstrators", AMBIGA),
       C("20", 20, "exact", "other", "police vehicles damaged", "the police",
         cat_alt=["infrastructure"], optional=True)],
      published="2012-04-28"),

    # --- Middle East ---------------------------------------------------------------------------
    P("d24_029",
      "Bahrain inquiry confirms torture, excessive force\n"
      "Published On 23 Nov 2011\n"
      "An independent commission appointed by Bahrain's king has found that security forces used "
      "excessive force and torture against detainees during the crackdown on pro-democracy "
      "protests earlier this year. The Bahrain Independent Commission of Inquiry (BICI), headed "
      "by the jurist Cherif Bassiouni, said 35 people had died in connection with the unrest "
      "between February and April, among them five security personnel. Five detainees died as a "
      "result of torture, the report said. The commission said 2,929 people had been arrested "
      "under the state of emergency and that more than 4,400 public and private sector workers "
      "had been dismissed from their jobs. It also found that 30 Shia mosques and religious "
      "structures had been demolished. The opposition Al Wefaq society, which won 18 of the 40 "
      "seats in parliament in 2010, says the toll is higher.",
      [C("35", 35, "exact", "killed", "people who died in the unrest", BICI),
       C("five", 5, "exact", "killed", "security personnel", BICI, ctx="five security"),
       C("Five", 5, "exact", "killed", "detainees who died under torture", "the report",
         attr_alt=[BICI]),
       C("2,929", 2929, "exact", "detained", "people arrested", "The commission",
         attr_alt=[BICI]),
       C("more than 4,400", 4400, "more_than", "other", "workers dismissed", "The commission",
         attr_alt=[BICI]),
       C("30", 30, "exact", "infrastructure", "mosques and religious structures demolished",
         "The commission", attr_alt=["It", BICI])],
      published="2011-11-23"),

    P("d24_030",
      "SANAA, March 18 (Reuters) - Gunmen firing from rooftops killed at least 45 people and "
      "wounded hundreds at a protest camp near Sanaa University on Friday, doctors at the camp's "
      "field hospital said, in the bloodiest day of a month-long uprising against President Ali "
      "Abdullah Saleh. A doctor at the makeshift hospital, set up in a mosque, told Reuters that "
      "46 of the wounded were in critical condition, most with gunshot wounds to the head and "
      "neck. The Health Ministry later put the toll at 52 and said 617 people had been wounded. "
      "Saleh, in power for 32 years, declared a state of emergency and denied that police had "
      "opened fire, saying the gunmen were residents angry at the protesters. Tens of thousands "
      "had gathered for Friday prayers in the square before the shooting started.",
      [C("at least 45", 45, "at_least", "killed", "protesters", YE_DOCTORS),
       C("hundreds", 100, "vague", "injured", "protesters", YE_DOCTORS),
       C("46", 46, "exact", "injured", "wounded in critical condition", YE_DOCTOR),
       C("52", 52, "exact", "killed", "people", "The Health Ministry"),
       C("617", 617, "exact", "injured", "people", "The Health Ministry"),
       C("Tens of thousands", 10000, "vague", "other", "people at Friday prayers", None)]),

    P("d24_031",
      "AMMAN, April 23 (Reuters) - Syrian security forces shot dead at least 88 protesters on "
      "Friday in the bloodiest day of the month-old uprising against President Bashar al-Assad, "
      "rights activists said, and fired on funerals for the victims on Saturday, killing at "
      "least 12 more. The Syrian Observatory for Human Rights, citing a network of activists "
      "inside the country, put Friday's toll at 112, including 30 in the southern province of "
      "Deraa and 36 around Damascus. State television said eight members of the security forces "
      "had been killed by 'armed gangs'. Two members of parliament from Deraa resigned in "
      "protest at the killings. Activists said security forces had arrested dozens of people in "
      "house-to-house raids in the suburbs of Damascus overnight.",
      [C("at least 88", 88, "at_least", "killed", "protesters", "rights activists"),
       C("at least 12", 12, "at_least", "killed", "mourners at funerals", "rights activists",
         attr_alt=[None]),
       C("112", 112, "exact", "killed", "Friday's toll", SY_NETWORK, attr_alt=[SOHR]),
       C("30", 30, "exact", "killed", "people in Deraa", SY_NETWORK, attr_alt=[SOHR]),
       C("36", 36, "exact", "killed", "people around Damascus", SY_NETWORK,
         attr_alt=[SOHR]),
       C("eight", 8, "exact", "killed", "members of the security forces", "State television"),
       C("Two", 2, "exact", "other", "members of parliament who resigned", None,
         optional=True),
       C("dozens", 12, "vague", "detained", "people arrested in raids", "Activists")]),

    P("d24_032",
      "Over 6,000 detained after failed coup attempt, says justice minister\n"
      "ANKARA\n"
      "Published July 17 2016 14:32\n"
      "More than 6,000 people have been detained over Friday's failed coup attempt, Justice "
      "Minister Bekir Bozdağ said on Sunday, adding that the 'cleansing' of state institutions "
      "would continue. Among those held are 2,839 soldiers, including 29 colonels and five "
      "generals, Prime Minister Binali Yıldırım said. The Supreme Board of Judges and Prosecutors "
      "(HSYK) suspended 2,745 judges and prosecutors on Saturday. The death toll from the night "
      "of July 15-16 stands at 290, the Foreign Ministry said, including more than 100 coup "
      "plotters and 190 civilians and security personnel. A total of 1,440 people were wounded. "
      "President Recep Tayyip Erdoğan called on his supporters to stay in the public squares at "
      "night.",
      [C("Over 6,000", 6000, "more_than", "detained", "people detained (headline)",
         "justice minister", attr_alt=[BOZDAG]),
       C("More than 6,000", 6000, "more_than", "detained", "people detained", BOZDAG),
       C("2,839", 2839, "exact", "detained", "soldiers held", YILDIRIM),
       C("29", 29, "exact", "detained", "colonels held", YILDIRIM),
       C("five", 5, "exact", "detained", "generals held", YILDIRIM),
       C("2,745", 2745, "exact", "other", "judges and prosecutors suspended", None,
         attr_alt=["The Supreme Board of Judges and Prosecutors (HSYK)"]),
       C("290", 290, "exact", "killed", "people killed on the night of the coup",
         "the Foreign Ministry"),
       C("more than 100", 100, "more_than", "killed", "coup plotters", "the Foreign Ministry"),
       C("190", 190, "exact", "killed", "civilians and security personnel",
         "the Foreign Ministry"),
       C("1,440", 1440, "exact", "injured", "people", "the Foreign Ministry",
         attr_alt=[None])],
      published="2016-07-17"),

    # --- Europe --------------------------------------------------------------------------------
    P("d24_033",
      "MOSCOW (AP) — At least 142 people were killed in two days of fighting in Moscow, the "
      "Health Ministry said Tuesday, as troops who had shelled the Russian parliament building "
      "into submission rounded up the last of President Boris Yeltsin's hard-line opponents. The "
      "ministry said 744 people had been wounded, and that the toll included 49 people killed at "
      "the Ostankino television center on Sunday night. Prosecutors said about 1,700 people had "
      "been detained, among them Vice President Alexander Rutskoi and parliament speaker Ruslan "
      "Khasbulatov, who were taken to Lefortovo prison. Opposition deputies said hundreds had "
      "died inside the building, known as the White House, and that bodies had been removed in "
      "secret. Tanks of the Taman and Kantemirov divisions fired at least 10 shells into the "
      "building on Monday morning.",
      [C("At least 142", 142, "at_least", "killed", "people killed in Moscow",
         "the Health Ministry"),
       C("744", 744, "exact", "injured", "people", "The ministry",
         attr_alt=["the Health Ministry"]),
       C("49", 49, "exact", "killed", "people killed at Ostankino", "The ministry",
         attr_alt=["the Health Ministry"]),
       C("about 1,700", 1700, "about", "detained", "people detained", "Prosecutors"),
       C("hundreds", 100, "vague", "killed", "people inside the White House",
         "Opposition deputies"),
       C("at least 10", 10, "at_least", "munitions", "tank shells fired", None,
         cat_alt=["other"])]),

    P("d24_034",
      "Genoa police raid: 93 arrested, dozens hurt in night assault on school\n"
      "Mon 23 Jul 2001 02.14 BST\n"
      "Italian police arrested 93 people in a night-time raid on the Diaz school, used as a "
      "dormitory and media centre by the Genoa Social Forum, at the end of the G8 summit, and at "
      "least 60 of them were taken to hospital, according to the forum. Police said they had "
      "found Molotov cocktails, knives and iron bars in the building, and that 17 officers had "
      "been injured over the weekend. The raid came a day after Carlo Giuliani, 23, was shot dead "
      "by a carabiniere during clashes in Piazza Alimonda. Organisers said 300,000 people had "
      "marched through the city on Saturday; police put the number at 150,000. Interior minister "
      "Claudio Scajola said about 250 people had been arrested over the three days of protests.",
      [C("93", 93, "exact", "detained", "people arrested in the raid (headline)", None,
         ctx="93 arrested"),
       C("dozens", 12, "vague", "injured", "people hurt in the raid (headline)", None),
       C("93", 93, "exact", "detained", "people arrested in the raid", "the forum",
         attr_alt=["the Genoa Social Forum"], ctx="arrested 93 people"),
       C("at least 60", 60, "at_least", "injured", "people taken to hospital", "the forum",
         attr_alt=["the Genoa Social Forum"], cat_alt=["other"]),
       C("17", 17, "exact", "injured", "police officers", "Police"),
       C("300,000", 300000, "exact", "other", "marchers (organisers)", "Organisers"),
       C("150,000", 150000, "exact", "other", "marchers (police)", "police"),
       C("about 250", 250, "about", "detained", "people arrested over three days", SCAJOLA)],
      published="2001-07-23"),

    P("d24_035",
      "UK riots: live updates\n"
      "9.02am: The Metropolitan police say 525 people have now been arrested in London since "
      "Saturday night, and 105 of them have been charged. Officers will be on the streets "
      "tonight in numbers not seen before: 16,000, up from 6,000 on Monday night.\n"
      "9.40am: The London fire brigade says it was called to more than 100 fires in the capital "
      "overnight, including the furniture store in Croydon that had stood since 1867.\n"
      "10.15am: A 26-year-old man who was shot in a car in Croydon on Monday night has died, "
      "police confirm. It is the first death of the riots.\n"
      "11.30am: Home secretary Theresa May tells reporters that 111 police officers and five "
      "police dogs have been injured since the disturbances began, along with 14 members of the "
      "public.\n"
      "12.05pm: Greater Manchester police have arrested 47 people overnight after looting in "
      "Manchester and Salford city centres.",
      [C("525", 525, "exact", "detained", "people arrested in London", MET),
       C("105", 105, "exact", "detained", "people charged", MET, cat_alt=["other"]),
       C("16,000", 16000, "exact", "troops", "police officers on the streets tonight", MET,
         cat_alt=["other"], attr_alt=[None]),
       C("6,000", 6000, "exact", "troops", "police officers on Monday night", MET,
         cat_alt=["other"], attr_alt=[None]),
       C("more than 100", 100, "more_than", "other", "fires overnight", LFB,
         cat_alt=["infrastructure"]),
       C("111", 111, "exact", "injured", "police officers", MAY),
       C("five", 5, "exact", "other", "police dogs injured", MAY, cat_alt=["injured"],
         optional=True),
       C("14", 14, "exact", "injured", "members of the public", MAY),
       C("47", 47, "exact", "detained", "people arrested in Manchester and Salford", None,
         attr_alt=["Greater Manchester police"])]),

    P("d24_036",
      "PRISTINA, Serbia-Montenegro (AP) — Two days of ethnic violence in Kosovo have left 28 "
      "people dead and more than 600 injured, the U.N. mission said Friday, revising down an "
      "earlier count of 31, as NATO flew in 1,000 extra troops to bolster its 18,500-strong "
      "peacekeeping force. Ethnic Albanian mobs burned at least 110 Serb homes and 16 Orthodox "
      "churches and monasteries, said Derek Chappell, a spokesman for the U.N. police. About "
      "3,600 Serbs and other minorities have been driven from their homes, the U.N. refugee "
      "agency said. A NATO spokesman said 61 peacekeepers had been hurt. The riots began after "
      "three ethnic Albanian boys drowned in the Ibar river in Mitrovica on Tuesday; Albanians "
      "blamed Serbs for the deaths.",
      [C("28", 28, "exact", "killed", "people", UNMIK),
       C("more than 600", 600, "more_than", "injured", "people", UNMIK),
       C("31", 31, "exact", "killed", "earlier count of dead", UNMIK),
       C("1,000", 1000, "exact", "troops", "extra NATO troops", None, attr_alt=["NATO"]),
       C("18,500", 18500, "exact", "troops", "NATO peacekeeping force", None,
         attr_alt=["NATO"]),
       C("at least 110", 110, "at_least", "infrastructure", "Serb homes burned", CHAPPELL,
         cat_alt=["other"]),
       C("16", 16, "exact", "infrastructure", "Orthodox churches and monasteries burned",
         CHAPPELL, cat_alt=["other"]),
       C("About 3,600", 3600, "about", "displaced", "Serbs and other minorities",
         "the U.N. refugee agency"),
       C("61", 61, "exact", "injured", "peacekeepers", "A NATO spokesman"),
       C("three", 3, "exact", "killed", "boys who drowned", None)]),

    P("d24_037",
      "Police: 104 officers injured in Easter riots\n"
      "Press release, 17 April 2022, 16:05\n"
      "During the Easter weekend, violent riots have taken place in connection with "
      "demonstrations in Norrköping, Linköping, Örebro, Malmö, Landskrona and Stockholm. In "
      "total, 104 police officers have been injured and 40 people have been arrested, National "
      "Police Commissioner Anders Thornberg said at a press conference on Sunday. More than 20 "
      "police vehicles have been damaged or set on fire. In Norrköping, three men were injured "
      "by ricochets when officers fired warning shots on Sunday, and eight people were arrested "
      "there. 'We have seen massive violence against the police,' Thornberg said. The police "
      "will request reinforcements from other regions ahead of further planned gatherings.",
      [C("104", 104, "exact", "injured", "police officers (headline)", "Police",
         attr_alt=[THORNBERG], ctx="104 officers"),
       C("104", 104, "exact", "injured", "police officers", THORNBERG,
         ctx="total, 104"),
       C("40", 40, "exact", "detained", "people arrested", THORNBERG),
       C("More than 20", 20, "more_than", "other", "police vehicles damaged or burned",
         THORNBERG, cat_alt=["infrastructure"], attr_alt=[None, "Police"], optional=True),
       C("three", 3, "exact", "injured", "men hit by ricochets in Norrköping", None,
         attr_alt=["Police", THORNBERG]),
       C("eight", 8, "exact", "detained", "people arrested in Norrköping", None,
         attr_alt=["Police", THORNBERG])],
      published="2022-04-17"),

    # --- North America -------------------------------------------------------------------------
    P("d24_038",
      "LOS ANGELES (AP) — The death toll from three days of rioting rose to 58 on Sunday, the "
      "county coroner's office said, as National Guard troops and federal soldiers patrolled "
      "streets littered with the ashes of burned-out stores. More than 2,300 people have been "
      "injured, and police and sheriff's deputies have made about 12,000 arrests since the "
      "acquittal Wednesday of four white police officers in the beating of Rodney King, officials "
      "said. Fire Department officials said they had responded to more than 5,500 fires, and "
      "that about 1,100 buildings had been destroyed or badly damaged. Nearly 10,000 National "
      "Guard troops were deployed, along with 3,500 soldiers and Marines sent by President Bush. "
      "Damage was estimated at more than $1 billion.",
      [C("58", 58, "exact", "killed", "people killed in the riots", CORONER),
       C("More than 2,300", 2300, "more_than", "injured", "people", "officials"),
       C("about 12,000", 12000, "about", "detained", "arrests", "officials"),
       C("four", 4, "exact", "detained", "police officers acquitted", None,
         cat_alt=["other"], optional=True),
       C("more than 5,500", 5500, "more_than", "other", "fires", LAFD,
         cat_alt=["infrastructure"]),
       C("about 1,100", 1100, "about", "infrastructure", "buildings destroyed or damaged",
         LAFD),
       C("Nearly 10,000", 10000, "about", "troops", "National Guard troops deployed", None),
       C("3,500", 3500, "exact", "troops", "soldiers and Marines", None)]),

    P("d24_039",
      "NEW YORK (AP) — At least 10,000 people have been arrested across the U.S. during "
      "protests over the death of George Floyd, according to a tally by The Associated Press, "
      "with about 2,500 of them in Los Angeles. Most of those arrested were accused of breaking "
      "curfews or failing to disperse; some were charged with burglary or looting. In New York, "
      "police said nearly 700 people were arrested Monday night alone, and that 33 officers had "
      "been hurt. At least 12 people have died during the unrest, an AP count found. More than "
      "62,000 National Guard members have been activated in 24 states and the District of "
      "Columbia, the Guard said. Floyd, 46, died May 25 after a Minneapolis police officer "
      "pressed a knee on his neck for nearly nine minutes.",
      [C("At least 10,000", 10000, "at_least", "detained", "people arrested across the U.S.",
         AP_TALLY, attr_alt=["The Associated Press"]),
       C("about 2,500", 2500, "about", "detained", "people arrested in Los Angeles", AP_TALLY,
         attr_alt=["The Associated Press"]),
       C("nearly 700", 700, "about", "detained", "people arrested in New York", "police"),
       C("33", 33, "exact", "injured", "police officers in New York", "police"),
       C("At least 12", 12, "at_least", "killed", "people", "an AP count"),
       C("More than 62,000", 62000, "more_than", "troops", "National Guard members activated",
         "the Guard"),
       C("24", 24, "exact", "other", "states", "the Guard", optional=True)]),

    P("d24_040",
      "More than 900 arrested at G20 as police defend tactics\n"
      "CBC News · Posted: Jun 28, 2010 5:05 PM ET\n"
      "Toronto police say 904 people have been arrested in connection with the G20 summit "
      "protests, the largest mass arrest in Canadian history. Of those, 263 have been charged, and "
      "most of the rest were released without charge; fewer than 100 remain in custody, police "
      "said Monday. Police Chief Bill Blair said 97 officers had been injured, and that 39 people "
      "had been taken to hospital. The Integrated Security Unit said about 19,000 police and "
      "security personnel had been on duty for the summit, which cost an estimated $1 billion. "
      "Four police cruisers were torched on Queen Street West on Saturday. The Canadian Civil "
      "Liberties Association called for a public inquiry into the detentions at a temporary jail "
      "on Eastern Avenue.",
      [C("More than 900", 900, "more_than", "detained", "people arrested (headline)", None,
         attr_alt=["Toronto police"]),
       C("904", 904, "exact", "detained", "people arrested", "Toronto police"),
       C("263", 263, "exact", "detained", "people charged", "police",
         cat_alt=["other"], attr_alt=["Toronto police"]),
       C("fewer than 100", 100, "fewer_than", "detained", "people still in custody",
         "police", attr_alt=["Toronto police"]),
       C("97", 97, "exact", "injured", "police officers", BLAIR),
       C("39", 39, "exact", "injured", "people taken to hospital", BLAIR,
         cat_alt=["other"]),
       C("about 19,000", 19000, "about", "troops", "police and security personnel", ISU,
         cat_alt=["other"]),
       C("Four", 4, "exact", "other", "police cruisers torched", None,
         cat_alt=["infrastructure"], optional=True)],
      published="2010-06-28"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d24_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "devset21", "devset22", "devset23",
                                                   "devset25", "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
