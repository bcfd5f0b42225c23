"""Source of the fiftieth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on Latin America and Africa
between 1993 and 2025, in the English of wire copy translated from Spanish, Portuguese and French
outlets: EFE ("Quito, Feb 24 (EFE).-"), AFP, Agência Brasil ("Published on 01/17/2011 - 12:10"),
Prensa Latina, APA, Xinhua, Anadolu (a city line and a "03.05.2023" date line), MercoPress
("Tuesday, January 21st 2020 - 09:10 UTC"), Jeune Afrique ("Posted on") and Africanews ("Last
updated:"). They cover prison massacres, fires and breakouts, police and army operations, cartel
ambushes, massacres in the Sahel and in Colombia, landslides and floods, migrant caravans, coups,
a hostage-taking by protesters, cholera and Ebola, with translated-news idioms ("the balance of
victims", "lost their lives", "were left dead", "the Public Ministry reported", "according to
preliminary data from", "a total of", "according to the latest balance"). Written for this set
(none copied from an article) and annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of
``tests/devset2`` to ``tests/devset48`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts. One passage
holds only non-claims.

Run ``python tests/devset50/build_devset50.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 50)), "holdout", "holdout2", "holdout3")

RJ_MP = "the Public Ministry of Rio de Janeiro"
VIVA_RIO = "the human rights organization Viva Rio"
HN_MP = "the Public Ministry"
GARCIA_HN = "Firefighters' commander Josué García"
CNJ = "The National Council of Justice (CNJ)"
CARDOZO = "Justice Minister José Eduardo Cardozo"
MA_SEJAP = "the state Secretariat of Justice and Penitentiary Administration"
SNAI = "the National Service of Attention to Persons Deprived of Liberty (SNAI)"
MONCAYO = "the director of the SNAI, Edmundo Moncayo"
GUARULLA = "Governor Liborio Guarulla"
VARELA = "Prisons Minister Iris Varela"
OVP = "the non-governmental Venezuelan Prison Observatory"
SAAB = "Attorney General Tarek William Saab"
CNDH = "the National Human Rights Commission (CNDH)"
GONZALEZ = "the commission's chief Luis Raúl González Pérez"
MICH_SSP = "the Michoacán Public Security Secretariat"
AUREOLES = "Governor Silvano Aureoles"
EDOMEX = "prosecutors in the State of Mexico"
EDOMEX_FGJ = "the state prosecutor's office"
CNMH = "the National Centre for Historical Memory"
VICTIMS_UNIT = "the Victims' Unit"
RADA = "Government Minister Alfredo Rada"
DELCY = "Vice President Delcy Rodríguez"
CEBALLOS = "the Minister of Interior, Justice and Peace, Remigio Ceballos"
RJ_CIVIL = "the state Civil Defense"
PE_GOV = "the state government"
PE_CIVIL = "the state Civil Defense"
QUITO_SEC = "the Metropolitan Security Secretariat"
GUARDERAS = "The mayor of Quito, Santiago Guarderas"
SEGOB = "Mexico's interior ministry"
INM = "The National Migration Institute (INM)"
IGM = "the Guatemalan Migration Institute"
PEREZ_PY = "Justice minister Cecilia Pérez"
SSP_SP = "the state Public Security Secretariat (SSP)"
OUVIDOR = "The state Ombudsman of the Police, Cláudio Silva"
DERRITE = "Secretary Guilherme Derrite"
PE_MP = "Peru's Public Ministry"
PCM = "The president of the Council of Ministers, Gustavo Adrianzén"
UY_MININT = "the Interior Ministry"
BONOMI = "Interior Minister Eduardo Bonomi"
GARCE = "the parliamentary commissioner for prisons, Álvaro Garcé"
CISC = "The Collective Against Impunity and the Stigmatisation of Communities"
OCHA = "the UN Office for the Coordination of Humanitarian Affairs (OCHA)"
HRW = "Human Rights Watch"
DEBY = "President Idriss Déby Itno"
AWA = "Awa Fonka Augustine"
ATANGA = "Minister of Territorial Administration Paul Atanga Nji"
MAJALIWA = "Prime Minister Kassim Majaliwa"
MINEMA = "the Ministry in Charge of Emergency Management (MINEMA)"
HABITEGEKO = "the Western Province governor, François Habitegeko"
IOM = "the International Organization for Migration"
SODA = "IOM chief of mission Federico Soda"
MOD_CO = "the Ministry of Defense"
EKENGE = "army spokesman General Sylvain Ekenge"
MUTEBA = "the mayor of Beni, Narcisse Muteba"
BAZOMBANZA = "Vice President Prosper Bazombanza"
BI_DGAP = "the General Directorate of Penitentiary Affairs"
RAFAEL = "General Commander Bernardino Rafael"
RONDA = "Interior Minister Pascoal Ronda"
GP_HEALTH = "South Africa's Gauteng provincial health department"
WHO = "The World Health Organization"
FR_MFA = "the French Foreign Ministry"

PASSAGES = [
    # --- Brazil: favelas, prisons and police operations -----------------------------------------
    P("d50_001",
      "Vigário Geral massacre turns 30 with few convictions\n"
      "Published on 08/29/2023 - 18:40 By Vitor Abdala - Reporter for Agência Brasil - Rio de "
      "Janeiro\n"
      "Thirty years ago, on the night of August 29, 1993, between 30 and 50 hooded men invaded "
      "the Vigário Geral favela, in the north zone of Rio de Janeiro, and left 21 residents dead. "
      "Eight of the victims belonged to the same evangelical family and were shot inside their "
      "home. The attack was carried out in reprisal for the death of four military police "
      "officers the day before, according to the Public Ministry of Rio de Janeiro. Of the 52 "
      "police officers who were denounced for the crime, only seven were convicted, the human "
      "rights organization Viva Rio recalled this Tuesday. Relatives of the victims gathered at a "
      "memorial erected in the community, which today has about 12,000 inhabitants.",
      [C("between 30 and 50", 30, "range", "troops", "hooded men who invaded the favela",
         high=50, cat_alt=["other"], attr_alt=[RJ_MP]),
       C("21", 21, "exact", "killed", "residents of Vigário Geral", attr_alt=[RJ_MP]),
       C("Eight", 8, "exact", "killed", "victims from one evangelical family",
         attr_alt=[RJ_MP]),
       C("four", 4, "exact", "killed", "military police officers killed the day before", RJ_MP),
       C("52", 52, "exact", "detained", "police officers denounced", VIVA_RIO,
         cat_alt=["other"]),
       C("seven", 7, "exact", "detained", "police officers convicted", VIVA_RIO),
       C("about 12,000", 12000, "about", "population", "inhabitants of Vigário Geral")],
      published="2023-08-29"),

    P("d50_002",
      "Tegucigalpa, Feb 15 (EFE).- The balance of victims of the fire that devastated the "
      "Comayagua farm prison, in central Honduras, rose this Wednesday to 358 dead, according to "
      "the latest balance of the Public Ministry. Spokeswoman Lorena Cálix told EFE that fewer "
      "than 20 bodies have been identified so far and handed over to their families, while the "
      "rest were taken to the morgue in the capital. The prison housed 852 inmates although it "
      "had capacity for about 500, according to data from the National Penitentiary Institute. "
      "Firefighters' commander Josué García said that dozens of prisoners were rescued by his "
      "men, who broke padlocks after the guards refused to open the cells. Another 21 inmates "
      "remain hospitalized with burns in two hospitals of the capital, he added.",
      [C("358", 358, "exact", "killed", "dead in the Comayagua prison fire", HN_MP),
       C("fewer than 20", 20, "fewer_than", "killed", "bodies identified",
         "Spokeswoman Lorena Cálix", optional=True, cat_alt=["other"]),
       C("852", 852, "exact", "detained", "inmates housed in the prison",
         "the National Penitentiary Institute", cat_alt=["population"],
         attr_alt=["data from the National Penitentiary Institute"]),
       C("about 500", 500, "about", "other", "prison capacity",
         "the National Penitentiary Institute", optional=True, cat_alt=["detained"],
         attr_alt=["data from the National Penitentiary Institute"]),
       C("dozens", 12, "vague", "other", "prisoners rescued", GARCIA_HN, cat_alt=["detained"]),
       C("21", 21, "exact", "injured", "inmates hospitalized with burns", GARCIA_HN,
         attr_alt=["he"]),
       C("two", 2, "exact", "infrastructure", "hospitals treating inmates", GARCIA_HN,
         optional=True, cat_alt=["other"], attr_alt=["he"], ctx="two hospitals")]),

    P("d50_003",
      "Published on 01/14/2014 - 17:55 By Agência Brasil - Brasília\n"
      "The National Council of Justice (CNJ) reported that 60 inmates were murdered in 2013 inside "
      "the Pedrinhas prison complex, in São Luís, capital of Maranhão, three of them decapitated. "
      "According to the report, the complex holds about 2,500 prisoners in spaces designed for "
      "1,700. On January 3, on orders issued from inside the prisons, criminals set fire to four "
      "buses in the capital, and a six-year-old girl who suffered burns over 95% of her body died "
      "three days later. Justice Minister José Eduardo Cardozo announced that the federal "
      "government will send 100 more agents of the National Force to the state, which already has "
      "150 deployed in the prisons. Since the beginning of January, two more inmates lost their "
      "lives, according to the state Secretariat of Justice and Penitentiary Administration.",
      [C("60", 60, "exact", "killed", "inmates murdered in Pedrinhas in 2013", CNJ),
       C("three", 3, "exact", "killed", "inmates decapitated", CNJ, ctx="three of them"),
       C("about 2,500", 2500, "about", "detained", "prisoners in Pedrinhas", "the report",
         cat_alt=["population"], attr_alt=[CNJ]),
       C("1,700", 1700, "exact", "other", "prison capacity", "the report", optional=True,
         cat_alt=["detained"], attr_alt=[CNJ]),
       C("four", 4, "exact", "other", "buses set on fire", optional=True,
         cat_alt=["infrastructure"]),
       C("100", 100, "exact", "troops", "National Force agents to be sent", CARDOZO,
         cat_alt=["other"]),
       C("150", 150, "exact", "troops", "National Force agents already deployed",
         cat_alt=["other"], attr_alt=[CARDOZO]),
       C("two", 2, "exact", "killed", "inmates killed since January", MA_SEJAP,
         ctx="two more inmates")],
      published="2014-01-14"),

    P("d50_004",
      "BOA VISTA, Brazil, Jan 6, 2017 (AFP) - At least 33 inmates were killed in a prison in the "
      "northern Brazilian state of Roraima, authorities said Friday, in the second massacre inside "
      "the country's overcrowded prisons in less than a week. Most of the victims at the Monte "
      "Cristo agricultural penitentiary, on the outskirts of Boa Vista, were beheaded or had their "
      "hearts torn out, the state's justice secretary, Uziel Castro, told the G1 news site. The "
      "penitentiary, built for 750 prisoners, held some 1,400, according to official figures. "
      "Authorities linked the killings to the war between the Sao Paulo-based First Capital "
      "Command (PCC) and the Family of the North gang, which left 56 dead in a riot in Manaus on "
      "Sunday and Monday. President Michel Temer's government announced it would build five new "
      "federal prisons.",
      [C("At least 33", 33, "at_least", "killed", "inmates in Monte Cristo", "authorities"),
       C("750", 750, "exact", "other", "prison capacity", "official figures", optional=True,
         cat_alt=["detained"]),
       C("some 1,400", 1400, "about", "detained", "inmates held in Monte Cristo",
         "official figures", cat_alt=["population"]),
       C("56", 56, "exact", "killed", "inmates killed in the Manaus riot",
         attr_alt=["Authorities"]),
       C("five", 5, "exact", "infrastructure", "federal prisons to be built",
         "President Michel Temer's government", optional=True, cat_alt=["other"])],
      published="2017-01-06"),

    # --- Ecuador, Venezuela and Honduras: prisons -----------------------------------------------
    P("d50_005",
      "Quito, Feb 24 (EFE).- The balance of inmates who lost their lives in the simultaneous riots "
      "in three prisons of Ecuador rose to 79, according to the latest balance of the National "
      "Service of Attention to Persons Deprived of Liberty (SNAI). Of the total, 37 died in the "
      "Turi prison in the southern city of Cuenca, 31 in the Regional Penitentiary of Guayaquil and "
      "11 in the Cotopaxi jail, in the Andean city of Latacunga, the director of the SNAI, "
      "Edmundo Moncayo, detailed. The prison authority had reported 62 deaths on Tuesday night. "
      "Some 800 police officers took part in the operation to regain control of the centers, where "
      "rival gangs fight for power. The government of Lenín Moreno declared a state of emergency in "
      "the prison system for 60 days.",
      [C("three", 3, "exact", "infrastructure", "prisons with riots", SNAI, optional=True,
         cat_alt=["other"], ctx="three prisons"),
       C("79", 79, "exact", "killed", "inmates killed in three prisons", SNAI),
       C("37", 37, "exact", "killed", "inmates killed in Turi", MONCAYO),
       C("31", 31, "exact", "killed", "inmates killed in Guayaquil", MONCAYO),
       C("11", 11, "exact", "killed", "inmates killed in Latacunga", MONCAYO),
       C("62", 62, "exact", "killed", "deaths (earlier figure)", "The prison authority",
         attr_alt=[SNAI]),
       C("Some 800", 800, "about", "troops", "police officers in the operation",
         cat_alt=["other"])]),

    P("d50_006",
      "CARACAS, Aug 16, 2017 (AFP) - A total of 37 prisoners were left dead after security forces "
      "stormed a detention centre in Puerto Ayacucho, capital of Venezuela's southern Amazonas "
      "state, to put down a riot, the state governor said Wednesday. \"It was a massacre,\" "
      "Governor Liborio Guarulla wrote on Twitter, adding that the bodies showed gunshot wounds. "
      "Prisons Minister Iris Varela said 14 officers had been wounded in the operation, which she "
      "said had been ordered after inmates took over the facility. The Judicial Detention Center "
      "of Amazonas held 105 inmates, according to the non-governmental Venezuelan Prison "
      "Observatory, which has counted more than 6,000 deaths in the country's prisons since 1999.",
      [C("37", 37, "exact", "killed", "prisoners in Puerto Ayacucho", "the state governor",
         attr_alt=[GUARULLA]),
       C("14", 14, "exact", "injured", "officers wounded", VARELA),
       C("105", 105, "exact", "detained", "inmates held in the centre", OVP,
         cat_alt=["population"]),
       C("more than 6,000", 6000, "more_than", "killed", "deaths in Venezuela's prisons since 1999",
         OVP)],
      published="2017-08-16"),

    P("d50_007",
      "CARACAS (AFP) - Sixty-eight people died in a fire during a riot in the cells of the police "
      "headquarters of Venezuela's Carabobo state, Attorney General Tarek William Saab said "
      "Wednesday. Sixty-six of the victims were men and two were women who were visiting "
      "detainees, Saab said on Twitter, announcing that four prosecutors had been appointed to "
      "investigate. Relatives who gathered outside the building in the city of Valencia, some 170 "
      "kilometres west of Caracas, were dispersed with tear gas. The cells, designed to hold "
      "detainees for no more than 48 hours, housed around 200 people, according to the rights "
      "group Una Ventana a la Libertad.",
      [C("Sixty-eight", 68, "exact", "killed", "people in the Carabobo police cells", SAAB),
       C("Sixty-six", 66, "exact", "killed", "men among the dead", "Saab", attr_alt=[SAAB]),
       C("two", 2, "exact", "killed", "women visitors among the dead", "Saab",
         attr_alt=[SAAB]),
       C("four", 4, "exact", "other", "prosecutors appointed", "Saab", optional=True,
         attr_alt=[SAAB]),
       C("around 200", 200, "about", "detained", "people held in the cells",
         "the rights group Una Ventana a la Libertad", cat_alt=["population"])]),

    # --- Mexico: cartels, ambushes and the police -----------------------------------------------
    P("d50_008",
      "MEXICO CITY (AFP) - Federal police arbitrarily executed at least 22 of the 42 civilians "
      "killed in a clash at a ranch in the western state of Michoacan in May 2015, the National "
      "Human Rights Commission (CNDH) said Thursday. Four of the victims were tortured before being "
      "shot, and police moved at least 16 bodies and planted weapons to simulate a confrontation, "
      "the commission's chief Luis Raúl González Pérez told reporters. The government had said at "
      "the time that 42 suspected members of the Jalisco New Generation Cartel and one federal "
      "officer died in a three-hour gunfight at the Rancho del Sol, in Tanhuato, and that 36 "
      "rifles were seized. Three men were arrested at the scene. The National Security Commission "
      "rejected the conclusions and said its officers had acted in self-defense.",
      [C("at least 22", 22, "at_least", "killed", "civilians executed by federal police", CNDH),
       C("42", 42, "exact", "killed", "civilians killed at Tanhuato", CNDH,
         ctx="42 civilians"),
       C("Four", 4, "exact", "killed", "victims tortured before being shot", GONZALEZ,
         cat_alt=["injured"]),
       C("at least 16", 16, "at_least", "killed", "bodies moved by police", GONZALEZ,
         optional=True, cat_alt=["other"]),
       C("42", 42, "exact", "killed", "suspected cartel members", "The government",
         ctx="42 suspected"),
       C("one", 1, "exact", "killed", "federal officer", "The government",
         ctx="one federal officer"),
       C("36", 36, "exact", "munitions", "rifles seized", "The government",
         cat_alt=["other"]),
       C("Three", 3, "exact", "detained", "men arrested at the scene", "The government",
         attr_alt=[None])]),

    P("d50_009",
      "Morelia (Mexico), Oct 14 (EFE).- Thirteen state police officers lost their lives and nine "
      "more were wounded this Monday in an ambush by alleged members of the Jalisco New Generation "
      "Cartel (CJNG) in the community of El Aguaje, in the municipality of Aguililla, in the "
      "western state of Michoacán, the state government reported. According to preliminary data "
      "from the Michoacán Public Security Secretariat, the officers were travelling in a convoy of "
      "ten vehicles to serve a court order when they were attacked by dozens of gunmen, who then "
      "set fire to the patrol cars. Governor Silvano Aureoles called it \"a cowardly attack\" and "
      "announced that 300 federal and state agents had been sent to the area. The attackers left "
      "banners threatening the authorities next to the bodies.",
      [C("Thirteen", 13, "exact", "killed", "state police officers in El Aguaje",
         "the state government"),
       C("nine", 9, "exact", "injured", "police officers wounded", "the state government"),
       C("ten", 10, "exact", "other", "vehicles in the convoy", MICH_SSP, optional=True,
         attr_alt=["preliminary data from the Michoacán Public Security Secretariat"]),
       C("dozens", 12, "vague", "troops", "gunmen who attacked the convoy", MICH_SSP,
         cat_alt=["other"],
         attr_alt=["preliminary data from the Michoacán Public Security Secretariat"]),
       C("300", 300, "exact", "troops", "federal and state agents sent", AUREOLES,
         cat_alt=["other"])]),

    P("d50_010",
      "MEXICO CITY, Dec 9, 2023 (AFP) - Fourteen people were killed when farmers in a village in "
      "central Mexico confronted members of a criminal gang who had come to collect extortion "
      "payments, prosecutors in the State of Mexico said Saturday. Ten of the dead were alleged "
      "members of La Familia Michoacana cartel and four were residents of Texcaltitlán, the state "
      "prosecutor's office said in a statement. Videos circulated on social media showed villagers "
      "armed with machetes and sticks chasing the gunmen across a football field. Residents said "
      "the gang had demanded a fee of 20 pesos per square meter of farmland. Hundreds of soldiers "
      "and police were deployed to the municipality after the clash, local media reported.",
      [C("Fourteen", 14, "exact", "killed", "people in Texcaltitlán", EDOMEX),
       C("Ten", 10, "exact", "killed", "alleged gang members among the dead", EDOMEX_FGJ),
       C("four", 4, "exact", "killed", "residents among the dead", EDOMEX_FGJ),
       C("Hundreds", 100, "vague", "troops", "soldiers and police deployed", "local media",
         cat_alt=["other"])],
      published="2023-12-09"),

    # --- Colombia ---------------------------------------------------------------------------------
    P("d50_011",
      "Bogotá, Feb 16 (EFE).- Twenty years after the massacre of El Salado, survivors returned this "
      "Sunday to the town in the Montes de María region to demand the truth about one of the "
      "bloodiest crimes of the Colombian armed conflict. Between February 16 and 21, 2000, some "
      "450 paramilitaries of the United Self-Defense Forces of Colombia (AUC) murdered at least 60 "
      "people in El Salado and neighbouring hamlets, according to the National Centre for "
      "Historical Memory. Many of the victims were tortured on the village's basketball court in "
      "front of their relatives. Almost the entire population, some 4,000 residents, fled after the "
      "massacre and only about 1,000 have returned, the Victims' Unit said. The courts have "
      "convicted 15 former paramilitaries for the crime, according to the Prosecutor's Office.",
      [C("some 450", 450, "about", "troops", "AUC paramilitaries", CNMH, cat_alt=["other"]),
       C("at least 60", 60, "at_least", "killed", "people in El Salado", CNMH),
       C("some 4,000", 4000, "about", "displaced", "residents who fled El Salado", VICTIMS_UNIT,
         cat_alt=["population"]),
       C("about 1,000", 1000, "about", "displaced", "residents who have returned", VICTIMS_UNIT,
         cat_alt=["population"]),
       C("15", 15, "exact", "detained", "former paramilitaries convicted",
         "the Prosecutor's Office")]),

    P("d50_012",
      "BOGOTA, Oct 19, 1998 (AFP) - The death toll from a fire that swept through the village of "
      "Machuca in northwestern Colombia after leftist rebels blew up an oil pipeline rose to 67 on "
      "Monday, the Red Cross said, and rescuers warned that it could climb further. More than 30 "
      "people, many of them children, were being treated for severe burns in hospitals in "
      "Medellin, the Antioquia health department said. The blast, blamed by the army on the "
      "National Liberation Army (ELN), sent a river of burning crude through the hamlet of about "
      "400 inhabitants in the early hours of Sunday. At least 40 houses were reduced to ashes, "
      "according to the mayor of Segovia.",
      [C("67", 67, "exact", "killed", "people in Machuca", "the Red Cross"),
       C("More than 30", 30, "more_than", "injured", "people treated for burns",
         "the Antioquia health department"),
       C("about 400", 400, "about", "population", "inhabitants of Machuca"),
       C("At least 40", 40, "at_least", "infrastructure", "houses reduced to ashes",
         "the mayor of Segovia")],
      published="1998-10-19"),

    P("d50_013",
      "Bogotá, Mar 3 (EFE).- A total of 78 police officers and nine workers of an oil company remain "
      "held by a group of peasants in the rural area of San Vicente del Caguán, in the southern "
      "department of Caquetá, after riots that left one police officer and one farmer dead, the "
      "Ministry of Defense reported. Defense Minister Iván Velásquez described the situation as "
      "\"a kidnapping\" and said the government would not use force to free the hostages. "
      "According to the Police, the officers were disarmed and are being held in the village of "
      "Los Pozos, where the protesters also set fire to the camp of the Emerald Energy company. A "
      "humanitarian commission of the Government, the Church and the UN achieved the release of 12 "
      "wounded police officers on Thursday night, the Ombudsman's Office said.",
      [C("78", 78, "exact", "hostages", "police officers held by peasants", MOD_CO,
         cat_alt=["detained"]),
       C("nine", 9, "exact", "hostages", "oil company workers held", MOD_CO,
         cat_alt=["detained"]),
       C("one", 1, "exact", "killed", "police officer killed in the riots", MOD_CO,
         ctx="one police officer"),
       C("one", 1, "exact", "killed", "farmer killed in the riots", MOD_CO,
         ctx="one farmer"),
       C("12", 12, "exact", "injured", "wounded police officers released",
         "the Ombudsman's Office", cat_alt=["hostages"])]),

    # --- Bolivia ----------------------------------------------------------------------------------
    P("d50_014",
      "La Paz, Sep 13 (Prensa Latina) The number of peasants murdered in the department of Pando by "
      "groups linked to the opposition prefect Leopoldo Fernández rose to 16, Government Minister "
      "Alfredo Rada reported on Saturday. The official said that at least 106 people are still "
      "missing after the ambush on Thursday at El Porvenir, where armed men fired on some 1,000 "
      "peasants marching towards the city of Cobija. President Evo Morales decreed a state of siege "
      "in Pando, and troops took control of the Cobija airport on Friday. According to the Ministry "
      "of Defense, 10 people were arrested, among them officials of the prefecture. Social "
      "organizations denounced that the bodies of several victims were thrown into the Tahuamanu "
      "river.",
      [C("16", 16, "exact", "killed", "peasants murdered in Pando", RADA),
       C("at least 106", 106, "at_least", "missing", "people missing after the ambush",
         "The official", attr_alt=[RADA]),
       C("some 1,000", 1000, "about", "other", "peasants marching to Cobija",
         attr_alt=["The official", RADA]),
       C("10", 10, "exact", "detained", "people arrested", "the Ministry of Defense")]),

    P("d50_015",
      "La Paz, Mar 23 (Prensa Latina) A court in La Paz sentenced the former prefect of Pando, "
      "Leopoldo Fernández, to 15 years in prison as the intellectual author of the Porvenir "
      "massacre of September 11, 2008, after a trial that lasted more than eight years. The former "
      "authority, 63 at the time of the events, was held in the San Pedro prison from 2008 and has "
      "been under house arrest since 2013. His defense announced that it would appeal the ruling "
      "within the legal term of 15 days. Relatives of the victims, gathered in front of the court "
      "since 8:00 a.m., said the sentence came nine years late but was \"a first step\".",
      []),

    # --- Venezuela, Brazil and Ecuador: landslides and floods -------------------------------------
    P("d50_016",
      "Caracas, Oct 12 (Prensa Latina) The balance of victims of the landslide that buried part of "
      "the town of Las Tejerías, in the Venezuelan state of Aragua, rose to 50 dead and 56 missing, "
      "Vice President Delcy Rodríguez reported on Wednesday. Rodríguez said that 765 homes were "
      "affected, of which 317 were totally destroyed, and that some 1,000 families had been moved "
      "to shelters. More than 3,000 rescuers, including firefighters, military personnel and "
      "volunteers, continue searching the mud with the help of sniffer dogs, the Minister of "
      "Interior, Justice and Peace, Remigio Ceballos, told the press. President Nicolás Maduro "
      "declared three days of national mourning and promised that every family would receive a "
      "new home.",
      [C("50", 50, "exact", "killed", "dead in Las Tejerías", DELCY),
       C("56", 56, "exact", "missing", "missing in Las Tejerías", DELCY),
       C("765", 765, "exact", "infrastructure", "homes affected", "Rodríguez",
         attr_alt=[DELCY]),
       C("317", 317, "exact", "infrastructure", "homes totally destroyed", "Rodríguez",
         attr_alt=[DELCY]),
       C("some 1,000", 1000, "about", "displaced", "families moved to shelters", "Rodríguez",
         attr_alt=[DELCY]),
       C("More than 3,000", 3000, "more_than", "troops", "rescuers searching the mud", CEBALLOS,
         cat_alt=["other"])]),

    P("d50_017",
      "Published on 01/17/2011 - 12:10 By Agência Brasil - Rio de Janeiro\n"
      "The number of deaths caused by the rains in the mountain region of Rio de Janeiro reached "
      "665 this Monday, according to the latest bulletin from the state Civil Defense. Nova "
      "Friburgo concentrates the largest number of victims, with 306 deaths, followed by "
      "Teresópolis, with 271, and Petrópolis, with 59; another 29 people died in three other "
      "municipalities. More than 14,000 people are homeless or displaced, the bulletin says. The "
      "Ministry of Health sent seven tonnes of medicines and supplies to the region, and the Navy "
      "set up a field hospital in Nova Friburgo. Authorities estimate that hundreds of people are "
      "still missing under the mud.",
      [C("665", 665, "exact", "killed", "deaths in the mountain region", RJ_CIVIL,
         attr_alt=["the latest bulletin from the state Civil Defense"]),
       C("306", 306, "exact", "killed", "deaths in Nova Friburgo", RJ_CIVIL, attr_alt=[None]),
       C("271", 271, "exact", "killed", "deaths in Teresópolis", RJ_CIVIL, attr_alt=[None]),
       C("59", 59, "exact", "killed", "deaths in Petrópolis", RJ_CIVIL, attr_alt=[None]),
       C("29", 29, "exact", "killed", "deaths in three other municipalities", RJ_CIVIL,
         attr_alt=[None]),
       C("three", 3, "exact", "other", "other municipalities", optional=True,
         ctx="three other municipalities"),
       C("More than 14,000", 14000, "more_than", "displaced", "people homeless or displaced",
         "the bulletin", attr_alt=[RJ_CIVIL]),
       C("seven", 7, "exact", "aid", "tonnes of medicines and supplies",
         attr_alt=["The Ministry of Health"]),
       C("hundreds", 100, "vague", "missing", "people missing under the mud", "Authorities")],
      published="2011-01-17"),

    P("d50_018",
      "Published on 05/31/2022 - 19:02 By Agência Brasil - Recife\n"
      "The death toll from the heavy rains that have hit Pernambuco since last Wednesday rose to 106 "
      "this Tuesday, according to the state government. In Jardim Monte Verde alone, on the border "
      "between Recife and Jaboatão dos Guararapes, a landslide buried houses and left 20 dead. The "
      "number of homeless and displaced people exceeds 6,000, the state Civil Defense said, and 14 "
      "people remain missing. Fire brigade teams continue to search for victims in the Metropolitan "
      "Region of Recife, where more than 100 millimetres of rain fell in 24 hours. President Jair "
      "Bolsonaro flew over the affected areas on Monday and announced the release of R$ 1 billion "
      "for reconstruction.",
      [C("106", 106, "exact", "killed", "deaths from the rains in Pernambuco", PE_GOV),
       C("20", 20, "exact", "killed", "dead in Jardim Monte Verde", PE_GOV, attr_alt=[None]),
       C("6,000", 6000, "more_than", "displaced", "homeless and displaced people", PE_CIVIL),
       C("14", 14, "exact", "missing", "people missing", PE_CIVIL, attr_alt=[None])],
      published="2022-05-31"),

    P("d50_019",
      "Quito, Feb 2 (EFE).- The number of people killed by the avalanche of mud and stones that hit "
      "the La Gasca neighbourhood, on the slopes of the Pichincha volcano in the northwest of Quito, "
      "rose to 27, the Metropolitan Security Secretariat reported this Wednesday. The same entity "
      "registered 52 injured, of whom 9 remain hospitalized, and one missing person. The mayor of "
      "Quito, Santiago Guarderas, said that 24 houses were destroyed or damaged and that 170 people "
      "had been relocated to hostels run by the municipality. The rainfall registered on Monday, 75 "
      "liters per square meter, was the highest in almost two decades, according to the Ecuadorian "
      "Institute of Meteorology and Hydrology.",
      [C("27", 27, "exact", "killed", "people killed in La Gasca", QUITO_SEC),
       C("52", 52, "exact", "injured", "people injured", "The same entity",
         attr_alt=[QUITO_SEC]),
       C("9", 9, "exact", "injured", "injured still in hospital", "The same entity",
         attr_alt=[QUITO_SEC]),
       C("one", 1, "exact", "missing", "missing person", "The same entity",
         attr_alt=[QUITO_SEC], ctx="one missing"),
       C("24", 24, "exact", "infrastructure", "houses destroyed or damaged", GUARDERAS),
       C("170", 170, "exact", "displaced", "people relocated to hostels", GUARDERAS)]),

    # --- Migration through Central America and Mexico ---------------------------------------------
    P("d50_020",
      "CIUDAD HIDALGO, Mexico, Oct 20, 2018 (AFP) - Thousands of Central American migrants massed on "
      "a bridge on Mexico's southern border on Saturday, a day after they broke through a Guatemalan "
      "border fence and were pushed back by Mexican riot police. Mexico's interior ministry said 640 "
      "migrants had entered the country in an orderly way and applied for refugee status, and that "
      "they had been taken to a shelter in the city of Tapachula. The caravan, which left San Pedro "
      "Sula in Honduras a week ago, numbered as many as 7,000 people, according to a United Nations "
      "estimate. Hundreds of migrants crossed the Suchiate river on rafts to reach Mexican soil, AFP "
      "journalists saw. Guatemala's government said more than 2,000 Hondurans had returned home "
      "voluntarily.",
      [C("Thousands", 1000, "vague", "displaced", "migrants on the border bridge",
         cat_alt=["other"]),
       C("640", 640, "exact", "displaced", "migrants who applied for refugee status", SEGOB,
         cat_alt=["other"]),
       C("as many as 7,000", 7000, "at_most", "displaced", "people in the caravan",
         "a United Nations estimate", cat_alt=["other"], attr_alt=["United Nations"]),
       C("Hundreds", 100, "vague", "displaced", "migrants who crossed the river on rafts",
         "AFP journalists", cat_alt=["other"], attr_alt=[None]),
       C("more than 2,000", 2000, "more_than", "displaced", "Hondurans who returned home",
         "Guatemala's government", cat_alt=["other"])],
      published="2018-10-20"),

    P("d50_021",
      "Ciudad Hidalgo (Mexico), Jan 20 (EFE).- Members of the Mexican National Guard repelled with "
      "tear gas and stones this Monday some 2,000 Central American migrants who crossed the Suchiate "
      "river from Guatemala in an attempt to enter Mexico in a caravan. The National Migration "
      "Institute (INM) reported that it had \"rescued\" 402 migrants, who were transferred to "
      "migration stations to begin their return to their countries of origin. Migrants told EFE "
      "that at least five people, including a minor, were injured by the stones thrown by the "
      "guards. The caravan, which left the Honduran city of San Pedro Sula last Wednesday, gathered "
      "about 4,000 people at its departure, according to the Guatemalan Migration Institute. Fewer "
      "than 1,000 remained on the Guatemalan bank of the river on Monday night, the institute "
      "added.",
      [C("some 2,000", 2000, "about", "displaced", "migrants who crossed the Suchiate",
         cat_alt=["other"]),
       C("402", 402, "exact", "detained", "migrants 'rescued' by the INM", INM,
         cat_alt=["displaced", "other"]),
       C("at least five", 5, "at_least", "injured", "people hit by stones", "Migrants"),
       C("about 4,000", 4000, "about", "displaced", "people in the caravan at departure", IGM,
         cat_alt=["other"]),
       C("Fewer than 1,000", 1000, "fewer_than", "displaced",
         "migrants left on the Guatemalan bank", "the institute", cat_alt=["other"],
         attr_alt=[IGM])]),

    # --- Paraguay, Brazil, Peru and Uruguay -------------------------------------------------------
    P("d50_022",
      "Paraguay: 75 PCC inmates escape through tunnel from Pedro Juan Caballero prison\n"
      "Tuesday, January 21st 2020 - 09:10 UTC\n"
      "Paraguayan authorities are searching for 75 inmates, most of them members of Brazil's First "
      "Capital Command (PCC) gang, who escaped on Sunday from the prison in Pedro Juan Caballero, on "
      "the border with Brazil. Justice minister Cecilia Pérez said she believed the inmates had left "
      "through the main door with the complicity of guards, and that the tunnel had been dug to "
      "cover it up. The director of the prison and 30 guards were removed and are under "
      "investigation, the minister added. Brazilian police said they had recaptured six of the "
      "fugitives on their side of the border. The penitentiary held some 740 inmates, double its "
      "capacity.",
      [C("75", 75, "exact", "detained", "PCC inmates who escaped", cat_alt=["other"],
         ctx="75 PCC"),
       C("75", 75, "exact", "detained", "inmates who escaped", cat_alt=["other"],
         attr_alt=["Paraguayan authorities"], ctx="75 inmates"),
       C("30", 30, "exact", "other", "guards removed and under investigation", "the minister",
         cat_alt=["detained"], attr_alt=[PEREZ_PY]),
       C("six", 6, "exact", "detained", "fugitives recaptured", "Brazilian police"),
       C("some 740", 740, "about", "detained", "inmates held in the prison",
         cat_alt=["population"])],
      published="2020-01-21"),

    P("d50_023",
      "Published on 08/14/2023 - 20:14 By Agência Brasil - São Paulo\n"
      "The number of people killed by police during Operation Shield, launched on the coast of São "
      "Paulo after the murder of a soldier of the Rota elite battalion, rose to 24 this Monday, the "
      "state Public Security Secretariat (SSP) reported. According to the SSP, a total of 543 people "
      "have been arrested and 18 firearms seized since the operation began on July 28 in Guarujá and "
      "Santos. The state Ombudsman of the Police, Cláudio Silva, said his office had received "
      "complaints of torture and executions in at least 11 of the deaths. About 600 police officers "
      "remain mobilized in the region, Secretary Guilherme Derrite told journalists.",
      [C("24", 24, "exact", "killed", "people killed by police in Operation Shield", SSP_SP),
       C("543", 543, "exact", "detained", "people arrested", "the SSP", attr_alt=[SSP_SP]),
       C("18", 18, "exact", "munitions", "firearms seized", "the SSP", cat_alt=["other"],
         attr_alt=[SSP_SP]),
       C("at least 11", 11, "at_least", "killed", "deaths with complaints of executions",
         OUVIDOR),
       C("About 600", 600, "about", "troops", "police officers mobilized", DERRITE,
         cat_alt=["other"])],
      published="2023-08-14"),

    P("d50_024",
      "Lima, May 5 (EFE).- The bodies of the 13 workers of a mining security company who had been "
      "kidnapped a week ago in the Andean province of Pataz were found inside a mine tunnel, Peru's "
      "Public Ministry reported this Monday. The workers, employed by a contractor of a gold mining "
      "company, had disappeared on April 26, and their captors released a video showing them tied "
      "up before killing them. Relatives said the captors had demanded a ransom of 100,000 soles. "
      "The Government decreed a curfew of 30 days in the province. The "
      "president of the Council of Ministers, Gustavo Adrianzén, announced that \"more than 200\" "
      "police officers and soldiers would reinforce the area. Local mayors say illegal miners and "
      "criminal gangs have killed dozens of people in Pataz in the last two years.",
      [C("13", 13, "exact", "killed", "kidnapped mining security workers found dead", PE_MP,
         cat_alt=["hostages"]),
       C("more than 200", 200, "more_than", "troops", "police and soldiers sent to Pataz", PCM,
         cat_alt=["other"]),
       C("dozens", 12, "vague", "killed", "people killed in Pataz in two years", "Local mayors")]),

    P("d50_025",
      "Twelve inmates die in fire at Uruguayan prison in Rivera\n"
      "Friday, July 9th 2010 - 05:41 UTC\n"
      "Twelve prisoners lost their lives early on Thursday in a fire that broke out in a cell block "
      "of the prison in the northern Uruguayan city of Rivera, on the border with Brazil, according "
      "to the Interior Ministry. The fire started when inmates set mattresses alight during a fight, "
      "and guards were unable to open the cell in time, said Interior Minister Eduardo Bonomi, who "
      "travelled to the city. Two more prisoners were taken to the Rivera hospital with burns and "
      "smoke inhalation. The jail, designed for about 200 prisoners, held 392, the parliamentary "
      "commissioner for prisons, Álvaro Garcé, said, calling conditions in Uruguay's prisons \"a "
      "national shame\".",
      [C("Twelve", 12, "exact", "killed", "inmates killed in the Rivera fire",
         ctx="Twelve inmates"),
       C("Twelve", 12, "exact", "killed", "prisoners killed in the Rivera fire", UY_MININT,
         ctx="Twelve prisoners"),
       C("Two", 2, "exact", "injured", "prisoners taken to hospital", BONOMI,
         attr_alt=[None]),
       C("about 200", 200, "about", "other", "jail capacity", GARCE, optional=True,
         cat_alt=["detained"]),
       C("392", 392, "exact", "detained", "prisoners held in the jail", GARCE,
         cat_alt=["population"])],
      published="2010-07-09"),

    # --- The Sahel and Lake Chad -------------------------------------------------------------------
    P("d50_026",
      "Burkina Faso: Yirgou killings leave 49 dead, civil society says toll is far higher\n"
      "By Jeune Afrique\n"
      "Posted on February 5, 2019 11:12\n"
      "The balance of the violence that broke out in Yirgou, in the Centre-North region of Burkina "
      "Faso, stands at 49 dead, according to the latest figures from the government. On January 1, "
      "suspected jihadists killed the village chief and five other people, which led to reprisals "
      "by members of the Koglweogo self-defence groups against Fulani herders in the surrounding "
      "villages. The Collective Against Impunity and the Stigmatisation of Communities, a civil "
      "society group, says it has counted at least 210 dead. Nearly 6,000 people have fled the "
      "area, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA).",
      [C("49", 49, "exact", "killed", "dead in the Yirgou violence", ctx="49 dead, civil",
         attr_alt=["the government"]),
       C("49", 49, "exact", "killed", "dead in the Yirgou violence",
         "the latest figures from the government", attr_alt=["the government"],
         ctx="49 dead, according"),
       C("five", 5, "exact", "killed", "people killed with the village chief"),
       C("at least 210", 210, "at_least", "killed", "dead counted by civil society", CISC),
       C("Nearly 6,000", 6000, "about", "displaced", "people who fled Yirgou", OCHA)],
      published="2019-02-05"),

    P("d50_027",
      "Bamako (Mali), Jan 2, 2019 (APA) - At least 37 civilians were killed in an attack by armed "
      "men on the village of Koulogon, in the Bankass circle of central Mali, the government "
      "announced on Tuesday in a statement. The assailants, dressed as traditional Dozo hunters, "
      "burned houses and granaries, according to the statement, which says \"several wounded\" "
      "were evacuated to hospital. A local elected official told APA that all the victims were "
      "Fulani, among them women and children, and that some 100 villagers had fled to Bankass. The "
      "UN mission in Mali (MINUSMA) said it had sent a patrol of about 40 peacekeepers to the area. "
      "Human Rights Watch says armed groups killed at least 202 civilians in central Mali in 2018.",
      [C("At least 37", 37, "at_least", "killed", "civilians in Koulogon", "the government"),
       C("some 100", 100, "about", "displaced", "villagers who fled to Bankass",
         "A local elected official"),
       C("about 40", 40, "about", "troops", "MINUSMA peacekeepers sent to Koulogon",
         "The UN mission in Mali (MINUSMA)"),
       C("at least 202", 202, "at_least", "killed", "civilians killed in central Mali in 2018",
         HRW)],
      published="2019-01-02"),

    P("d50_028",
      "Chad mourns 98 soldiers killed in Boko Haram attack\n"
      "Last updated: 25/03/2020\n"
      "Chad lost 98 soldiers in a Boko Haram attack on its army base in Bohoma, in the Lake Chad "
      "region, President Idriss Déby Itno said on Tuesday, calling it the heaviest loss ever "
      "suffered by the country's army. Another 47 soldiers were wounded, he said during a visit to "
      "the base. The assault, on Monday, lasted seven hours, and the attackers took away 24 military "
      "vehicles, several of them armoured, according to a security source. N'Djamena declared "
      "three days of national mourning.",
      [C("98", 98, "exact", "killed", "Chadian soldiers", ctx="98 soldiers killed"),
       C("98", 98, "exact", "killed", "Chadian soldiers", DEBY, ctx="98 soldiers in"),
       C("47", 47, "exact", "injured", "soldiers wounded", DEBY, attr_alt=["he"]),
       C("24", 24, "exact", "munitions", "military vehicles taken by the attackers",
         "a security source", cat_alt=["other"])],
      published="2020-03-25"),

    # --- Cameroon, Tanzania and Rwanda: landslides and floods -------------------------------------
    P("d50_029",
      "YAOUNDE, Oct. 31 (Xinhua) -- The death toll from a landslide that buried houses in the "
      "Gouache neighborhood of Bafoussam, capital of Cameroon's West region, has risen to 42, a "
      "local official said Thursday. Rescuers recovered 10 more bodies on Wednesday night, raising "
      "the toll from 32, said Awa Fonka Augustine, governor of the West region. Fourteen injured "
      "people are receiving treatment at the Bafoussam regional hospital, and fewer than 10 remain "
      "unaccounted for, he said. The landslide, "
      "triggered by heavy rain late Monday, swallowed at least 15 houses, according to the "
      "Cameroonian Red Cross. Minister of Territorial Administration Paul Atanga Nji said some 2,000 "
      "residents of the high-risk zone would be relocated.",
      [C("42", 42, "exact", "killed", "dead in the Gouache landslide", "a local official",
         attr_alt=[AWA]),
       C("10", 10, "exact", "killed", "bodies recovered on Wednesday", AWA,
         ctx="10 more bodies"),
       C("32", 32, "exact", "killed", "toll (earlier figure)", AWA),
       C("Fourteen", 14, "exact", "injured", "people in hospital", AWA, attr_alt=["he"]),
       C("fewer than 10", 10, "fewer_than", "missing", "people unaccounted for", AWA,
         attr_alt=["he"]),
       C("at least 15", 15, "at_least", "infrastructure", "houses swallowed",
         "the Cameroonian Red Cross"),
       C("some 2,000", 2000, "about", "population", "residents of the high-risk zone", ATANGA,
         cat_alt=["displaced"])]),

    P("d50_030",
      "Yaoundé, Oct 10, 2023 (APA) - The toll of the landslide that hit the Mbankolo district of "
      "Yaoundé on Sunday night rose to 27 dead on Tuesday, according to the latest balance from the "
      "Cameroonian government, which fears that more bodies lie under the rubble. The disaster was "
      "caused by the rupture of an artificial lake upstream of the district after torrential rain, "
      "Minister of Territorial Administration Paul Atanga Nji said in a statement. Around 30 houses "
      "were swept away and about 15 injured people were taken to the Yaoundé Central Hospital, "
      "according to the statement. Up to 60 families have lost their homes, local officials told APA. "
      "Firefighters and soldiers continue to search for the missing, "
      "whose number has not been given by the authorities.",
      [C("27", 27, "exact", "killed", "dead in the Mbankolo landslide",
         "the Cameroonian government",
         attr_alt=["the latest balance from the Cameroonian government"]),
       C("Around 30", 30, "about", "infrastructure", "houses swept away", "the statement",
         attr_alt=[ATANGA]),
       C("about 15", 15, "about", "injured", "injured people taken to hospital", "the statement",
         attr_alt=[ATANGA]),
       C("Up to 60", 60, "at_most", "displaced", "families who lost their homes",
         "local officials", cat_alt=["other"])],
      published="2023-10-10"),

    P("d50_031",
      "DAR ES SALAAM, Dec. 6 (Xinhua) -- The death toll from the mudslides that hit Katesh town in "
      "Tanzania's northern Manyara region has risen to 68, Prime Minister Kassim Majaliwa said on "
      "Wednesday. Majaliwa told reporters in Katesh that 116 people were injured, of whom 34 are "
      "still in hospital, and that 1,150 households had been affected by the disaster. The "
      "mudslides, caused by heavy rains on Mount Hanang on Saturday night, swept away homes, "
      "vehicles and livestock. The government has distributed 50 tonnes of maize flour to the "
      "affected families, he added. President Samia Suluhu Hassan declared three days of national "
      "mourning.",
      [C("68", 68, "exact", "killed", "dead in the Katesh mudslides", MAJALIWA),
       C("116", 116, "exact", "injured", "people injured", "Majaliwa", attr_alt=[MAJALIWA]),
       C("34", 34, "exact", "injured", "injured still in hospital", "Majaliwa",
         attr_alt=[MAJALIWA]),
       C("1,150", 1150, "exact", "other", "households affected", "Majaliwa",
         cat_alt=["population"], attr_alt=[MAJALIWA]),
       C("50", 50, "exact", "aid", "tonnes of maize flour distributed", MAJALIWA,
         attr_alt=["he", "Majaliwa"])]),

    P("d50_032",
      "Floods, landslides kill 109 in western Rwanda\n"
      "KIGALI, Rwanda\n"
      "03.05.2023\n"
      "At least 109 people lost their lives and dozens were injured in floods and landslides "
      "triggered by torrential rains overnight in Rwanda's Western and Northern provinces, officials "
      "said on Wednesday. Rubavu district was the worst hit, with at least 26 dead, the Western "
      "Province governor, François Habitegeko, told the national broadcaster. More than 700 houses "
      "were destroyed and some 5,000 people were moved to temporary shelters, according to the "
      "Ministry in Charge of Emergency Management (MINEMA). Roads linking Kigali to the western "
      "districts were blocked by landslides.",
      [C("109", 109, "exact", "killed", "people killed in floods and landslides",
         ctx="kill 109"),
       C("At least 109", 109, "at_least", "killed", "people killed in floods and landslides",
         "officials"),
       C("dozens", 12, "vague", "injured", "people injured", "officials"),
       C("at least 26", 26, "at_least", "killed", "dead in Rubavu district", HABITEGEKO),
       C("More than 700", 700, "more_than", "infrastructure", "houses destroyed", MINEMA),
       C("some 5,000", 5000, "about", "displaced", "people moved to shelters", MINEMA)],
      published="2023-05-03"),

    # --- Libya, coups and prisons in Central and Southern Africa ----------------------------------
    P("d50_033",
      "TRIPOLI (AFP) - Guards at a migrant detention centre in the Libyan capital shot dead six "
      "people on Friday when hundreds of detainees tried to escape, the International Organization "
      "for Migration said. The shooting at the Al-Mabani centre left at least 24 others wounded, "
      "IOM chief of mission Federico Soda said, adding that the facility held more than 3,000 people "
      "in \"terrible conditions\". Many of them were rounded up last week in raids in Tripoli's "
      "Gargaresh district, where security forces detained between 4,000 and 5,000 migrants, "
      "including hundreds of women and children, and killed one person, according to the UN. "
      "Libya's interior ministry said the raids targeted \"drug and arms trafficking\".",
      [C("six", 6, "exact", "killed", "detainees shot dead by guards", IOM),
       C("hundreds", 100, "vague", "detained", "detainees who tried to escape", IOM,
         cat_alt=["other"], ctx="hundreds of detainees"),
       C("at least 24", 24, "at_least", "injured", "people wounded", SODA),
       C("more than 3,000", 3000, "more_than", "detained", "people held at Al-Mabani", SODA,
         cat_alt=["population"]),
       C("between 4,000 and 5,000", 4000, "range", "detained", "migrants detained in Gargaresh",
         "the UN", high=5000),
       C("hundreds", 100, "vague", "detained", "women and children detained", "the UN",
         ctx="hundreds of women"),
       C("one", 1, "exact", "killed", "person killed in the raids", "the UN",
         ctx="one person")]),

    P("d50_034",
      "BISSAU, Feb 2, 2022 (AFP) - Guinea-Bissau's government said Wednesday that 11 people were "
      "killed in a failed coup attempt against President Umaro Sissoco Embalo, most of them members "
      "of the security forces. Heavily armed men attacked the government palace on Tuesday afternoon "
      "while Embalo was chairing a cabinet meeting, and the shooting lasted about five hours. "
      "\"Many members of the security forces lost their lives,\" Embalo told reporters, without "
      "giving a figure. Government spokesman Fernando Vaz said four of the dead were civilians and "
      "that six attackers had been arrested. The West African bloc ECOWAS later decided to "
      "deploy a stabilisation force of 631 troops to the country.",
      [C("11", 11, "exact", "killed", "people killed in the coup attempt",
         "Guinea-Bissau's government"),
       C("four", 4, "exact", "killed", "civilians among the dead",
         "Government spokesman Fernando Vaz"),
       C("six", 6, "exact", "detained", "attackers arrested",
         "Government spokesman Fernando Vaz"),
       C("631", 631, "exact", "troops", "ECOWAS stabilisation force",
         attr_alt=["The West African bloc ECOWAS"])],
      published="2022-02-02"),

    P("d50_035",
      "DR Congo army says it foiled coup attempt, killed its leader\n"
      "Last updated: 20/05/2024\n"
      "The Congolese army said on Sunday it had foiled an attempted coup in Kinshasa, killing its "
      "leader, Christian Malanga, and arresting about 50 attackers, among them three US citizens. "
      "Armed men in military uniform attacked the residence of Vital Kamerhe, a candidate for the "
      "speakership of the National Assembly, before dawn, killing two police officers guarding it, "
      "army spokesman General Sylvain Ekenge said on national television. Four attackers were "
      "killed in the gunfire, he said. The group then briefly occupied the Palais de la Nation, "
      "where they filmed themselves waving the flag of Zaire.",
      [C("about 50", 50, "about", "detained", "attackers arrested", "The Congolese army"),
       C("three", 3, "exact", "detained", "US citizens arrested", "The Congolese army"),
       C("two", 2, "exact", "killed", "police officers guarding the residence", EKENGE),
       C("Four", 4, "exact", "killed", "attackers killed", EKENGE, attr_alt=["he"])],
      published="2024-05-20"),

    P("d50_036",
      "KINSHASA, Oct. 20 (Xinhua) -- More than 1,300 inmates escaped from the Kangbayi central prison "
      "in Beni, in the eastern Democratic Republic of the Congo, after an attack by suspected Allied "
      "Democratic Forces (ADF) rebels early Tuesday, the mayor of Beni, Narcisse Muteba, said. Of "
      "the 1,456 prisoners held at Kangbayi, only 110 were still there on Tuesday morning, he said. "
      "Three members of the security forces were killed in the fighting, according to a police "
      "source. The Islamic State group claimed the attack, saying its fighters had freed \"around "
      "1,300\" prisoners.",
      [C("More than 1,300", 1300, "more_than", "detained", "inmates who escaped", MUTEBA,
         cat_alt=["other"]),
       C("1,456", 1456, "exact", "detained", "prisoners held at Kangbayi", MUTEBA,
         cat_alt=["population"], attr_alt=["he"]),
       C("110", 110, "exact", "detained", "prisoners still in the prison", MUTEBA,
         attr_alt=["he"]),
       C("Three", 3, "exact", "killed", "security forces members", "a police source"),
       C("around 1,300", 1300, "about", "detained", "prisoners freed by the attackers",
         "The Islamic State group", cat_alt=["other"])]),

    P("d50_037",
      "At least 38 inmates killed in Burundi prison fire\n"
      "NAIROBI, Kenya\n"
      "07.12.2021\n"
      "At least 38 prisoners died and 69 others were seriously injured when a fire broke out early "
      "Tuesday at the central prison in Gitega, Burundi's political capital, Vice President Prosper "
      "Bazombanza said. Speaking at the scene, Bazombanza said the fire was caused by an electrical "
      "short circuit. The prison, built to house 400 inmates, had 1,539 detainees on Monday, "
      "according to the General Directorate of Penitentiary Affairs. Witnesses told Anadolu Agency "
      "that the fire started around 4 a.m. local time (0200GMT) and that the guards refused to open "
      "the doors.",
      [C("At least 38", 38, "at_least", "killed", "inmates killed in the Gitega fire",
         ctx="At least 38 inmates"),
       C("At least 38", 38, "at_least", "killed", "prisoners killed in the Gitega fire",
         BAZOMBANZA, ctx="At least 38 prisoners"),
       C("69", 69, "exact", "injured", "prisoners seriously injured", BAZOMBANZA),
       C("400", 400, "exact", "other", "prison capacity", BI_DGAP, optional=True,
         cat_alt=["detained"]),
       C("1,539", 1539, "exact", "detained", "detainees held in Gitega prison", BI_DGAP,
         cat_alt=["population"])],
      published="2021-12-07"),

    P("d50_038",
      "MAPUTO, Dec 26, 2024 (AFP) - A total of 1,534 prisoners escaped from a maximum-security jail "
      "in Mozambique's capital on Christmas Day during unrest over the disputed elections, and 33 "
      "were killed and 15 injured in clashes with guards, the police chief said Wednesday. General "
      "Commander Bernardino Rafael said 150 of the escapees had been recaptured, and warned that "
      "they included 29 people convicted of terrorism in the northern province of Cabo Delgado. "
      "Interior Minister Pascoal Ronda said on Tuesday that 21 people, including two police "
      "officers, had been killed in the previous 24 hours after the Constitutional Council confirmed "
      "Daniel Chapo's election victory.",
      [C("1,534", 1534, "exact", "detained", "prisoners who escaped", "the police chief",
         cat_alt=["other"], attr_alt=[RAFAEL]),
       C("33", 33, "exact", "killed", "escapees killed in clashes", "the police chief",
         attr_alt=[RAFAEL]),
       C("15", 15, "exact", "injured", "escapees injured", "the police chief",
         attr_alt=[RAFAEL]),
       C("150", 150, "exact", "detained", "escapees recaptured", RAFAEL),
       C("29", 29, "exact", "detained", "convicted terrorists among the escapees", RAFAEL,
         cat_alt=["other"]),
       C("21", 21, "exact", "killed", "people killed in unrest", RONDA),
       C("two", 2, "exact", "killed", "police officers among the dead", RONDA,
         ctx="two police")],
      published="2024-12-26"),

    # --- Epidemics ---------------------------------------------------------------------------------
    P("d50_039",
      "JOHANNESBURG, May 23 (Xinhua) -- The death toll from a cholera outbreak in Hammanskraal, "
      "north of Pretoria, has risen to 15, South Africa's Gauteng provincial health department said "
      "Tuesday. A total of 95 patients have been admitted to the Jubilee District Hospital with "
      "diarrhoea and vomiting since last week, of whom 29 have tested positive for cholera, the "
      "department said in a statement. The City of Tshwane has dispatched 50 water tankers to the "
      "area and urged residents not to drink tap water. Residents of the township, home to about "
      "100,000 people, have complained for years about the water from the Rooiwal treatment plant.",
      [C("15", 15, "exact", "killed", "cholera deaths in Hammanskraal", GP_HEALTH),
       C("95", 95, "exact", "other", "patients admitted to hospital", "the department",
         cat_alt=["injured"], attr_alt=[GP_HEALTH]),
       C("29", 29, "exact", "other", "confirmed cholera cases", "the department",
         attr_alt=[GP_HEALTH]),
       C("50", 50, "exact", "aid", "water tankers dispatched",
         attr_alt=["The City of Tshwane"]),
       C("about 100,000", 100000, "about", "population", "residents of Hammanskraal")]),

    P("d50_040",
      "MONROVIA, Aug 20, 2014 (AFP) - Liberian soldiers fired live rounds and tear gas on Wednesday "
      "to disperse residents of Monrovia's West Point slum who were protesting against a quarantine "
      "imposed to contain the Ebola epidemic, wounding at least four people, witnesses said. The "
      "sprawling slum on a peninsula, home to some 75,000 people, was sealed off overnight by "
      "soldiers and police under a curfew ordered by President Ellen Johnson Sirleaf. Health workers "
      "said 17 patients had fled a holding centre in West Point at the weekend when it was attacked "
      "by a mob. The World Health Organization said on Tuesday that Ebola had killed 1,229 people in "
      "Guinea, Liberia, Sierra Leone and Nigeria, 466 of them in Liberia.",
      [C("at least four", 4, "at_least", "injured", "people wounded in West Point", "witnesses"),
       C("some 75,000", 75000, "about", "population", "residents of West Point"),
       C("17", 17, "exact", "other", "patients who fled the holding centre", "Health workers",
         cat_alt=["missing"]),
       C("1,229", 1229, "exact", "killed", "Ebola deaths in West Africa", WHO),
       C("466", 466, "exact", "killed", "Ebola deaths in Liberia", WHO)],
      published="2014-08-20"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d50_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
