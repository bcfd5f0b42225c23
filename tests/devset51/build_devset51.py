"""Source of the fifty-first development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) that each compare or
update figures: corrections, tolls revised up or down, competing counts from different sources
in one paragraph (governments against rights groups, the UN, hospitals, rebels and local media),
cumulative totals with increments ("bringing the total to", "up from", "another 12"), estimates
with ranges and bounds, denials ("dismissed claims that ...") and fact-check articles that rate a
viral claim. Real events from 1990 to 2024 in wars, disasters, protests, massacres and hostage
takings, written for this set (none copied from an article) in the styles of wire copy (Reuters,
AP, AFP, Xinhua, Lusa, PTI, RIA Novosti), newspapers (Indian, Bangladeshi, Thai, Kenyan,
Nigerian, Colombian and Australian pages), broadcaster web copy (BBC, ABC) and a fact-check
desk. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the
shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset51/build_devset51.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 51)] + ["holdout", "holdout2",
                                                                 "holdout3"]

UN_HR = "the UN human rights office"
MUSHOBEKWA = "Congo's human rights minister, Marie-Ange Mushobekwa"
CISC = "A Burkinabe civil society collective"
CISC_FULL = "The Collective Against Impunity and the Stigmatisation of Communities"
YENLONG = "Plateau state information commissioner Gregory Yenlong"
JAISWAL = "Minister of State for Home Sriprakash Jaiswal"
GT_PUBLIC = "Guatemala's Public Ministry"
ORELLANA = "the national prisons director, Danilo Orellana"
DMC = "The Disaster Management Centre"
YN_CIVIL = "the provincial civil affairs department"
TIBAIJUKA = "The report by UN envoy Anna Tibaijuka"
AO_POLICE = "Angola's National Police"
RODRIGUES = "Police spokesman Mateus Rodrigues"
MPLT = "the Lunda Tchokwe Protectorate Movement"
RABAUL_OWNER = "The ferry's owner, Rabaul Shipping"
PNG_NMSA = "PNG's National Maritime Safety Authority"
CNDH = "Mexico's National Human Rights Commission"
NURGALIYEV = "Interior Minister Rashid Nurgaliyev"
RU_HEALTH = "the Health Ministry"
RU_SPOKESMAN = "a ministry spokesman"
PMOI = "The People's Mujahedeen of Iran (PMOI)"
IQ_DEF = "the Defence Ministry"
KIRKUK_OFFICIAL = "A provincial health official in Kirkuk"
RAY = "Home secretary Prasad Ranjan Ray"
ASSAM_SDMA = "the state disaster management authority"
AMNESTY = "Amnesty International"
YE_INQUIRY = "A Yemeni parliamentary inquiry"
DOWNER = "The Foreign Minister, Alexander Downer"
REL_COMMITTEE = "The Relatives' Committee of the May 1992 Heroes"
BD_ISPR = "the Inter Services Public Relations Directorate"
AIHRC = "Afghanistan's independent human rights commission"
US_SUMMARY = "a U.S. military investigation summary"
SIMON = "Prime Minister Yehude Simon"
PIZANGO = "Alberto Pizango, head of the Amazon Indian federation AIDESEP"
CO_FISCALIA = "Colombia's Prosecutor General's Office"
IACHR = "the Inter-American Court of Human Rights"
US_MIL = "The U.S. military"
ICRC = "The International Committee of the Red Cross"
FSD = "the Fire Services Department"
NG_ARMY = "The Nigerian Army"
USMAN = "Army spokesman Brig. Gen. Sani Usman"
HK_POLICE = "Hong Kong police"
ID_TEAM = "A government-appointed fact-finding team"
LAKSHMIPRIYA = "Uttara Kannada Deputy Commissioner Lakshmipriya K."
KG_SPOKESWOMAN = "A ministry spokeswoman"
MN_PROSECUTOR = "The country's general prosecutor"

PASSAGES = [
    # --- Cults, massacres and their disputed counts -------------------------------------------
    P("d51_001",
      "KANUNGU, Uganda, March 25, 2000 (Reuters) - Police digging at a second property of the "
      "Movement for the Restoration of the Ten Commandments of God found another 153 bodies on "
      "Friday, bringing the total number of cult members confirmed dead since last week's church "
      "fire to 483, a police spokesman said. The bodies, many of them children, had been buried "
      "in a pit latrine and under the floor of a house in Rugazi, about 50 km from the burned "
      "church at Kanungu. Assistant Inspector General of Police Eric Naigambi said investigators "
      "now believed the fire, which killed 330 people on March 17, had been planned and was not "
      "a mass suicide. Earlier estimates had put the number who died in the church at 530, but "
      "police said on Friday that figure had been based on a count of registration forms rather "
      "than bodies. Relatives told reporters the sect had more than 1,000 registered followers "
      "across southwestern Uganda.",
      [C("153", 153, "exact", "killed", "bodies found at Rugazi", "a police spokesman"),
       C("483", 483, "exact", "killed", "cult members confirmed dead", "a police spokesman"),
       C("330", 330, "exact", "killed", "people in the church fire", None,
         attr_alt=["Assistant Inspector General of Police Eric Naigambi"]),
       C("530", 530, "exact", "killed", "people in the church (earlier estimate)", "police",
         attr_alt=[None]),
       C("more than 1,000", 1000, "more_than", "population", "registered followers of the sect",
         "Relatives", cat_alt=["other"])],
      published="2000-03-25"),

    P("d51_002",
      "KINSHASA (AFP) - At least 535 people were killed in three days of inter-communal violence "
      "in the western Congolese territory of Yumbi in December, the UN human rights office said "
      "on Tuesday, a lower figure than the 890 dead reported by local sources in the weeks after "
      "the attacks. The UN investigators said the true toll could be higher because some bodies "
      "had been thrown into the Congo River. The violence between the Banunu and Batende "
      "communities forced some 16,000 people to flee across the river into the Republic of "
      "Congo, according to the UN refugee agency UNHCR. Congo's human rights minister, "
      "Marie-Ange Mushobekwa, had earlier put the toll at \"about 100\", a figure opposition "
      "lawmakers from the province dismissed as an attempt to play down the killings. The "
      "investigators documented 967 homes and two schools burned or looted in the villages of "
      "Yumbi, Bongende and Nkolo.",
      [C("At least 535", 535, "at_least", "killed", "people in Yumbi", UN_HR),
       C("890", 890, "exact", "killed", "people in Yumbi (local sources)", "local sources",
         attr_alt=[UN_HR]),
       C("some 16,000", 16000, "about", "displaced", "people who fled to the Republic of Congo",
         "the UN refugee agency UNHCR"),
       C("about 100", 100, "about", "killed", "people in Yumbi (minister's toll)", MUSHOBEKWA),
       C("967", 967, "exact", "infrastructure", "homes burned or looted", "The investigators",
         attr_alt=[UN_HR]),
       C("two", 2, "exact", "infrastructure", "schools burned or looted", "The investigators",
         attr_alt=[UN_HR], ctx="two schools")]),

    P("d51_003",
      "Lamu attacks: toll rises to 60 as gunmen strike again\n"
      "Tuesday, June 17, 2014\n"
      "The number of people killed in two nights of attacks in Lamu County rose to 60 on Tuesday "
      "after gunmen raided Poromoko village, near Mpeketoni, and killed at least 12 more men, "
      "police said. On Sunday night about 50 attackers had stormed Mpeketoni town, shooting dead "
      "48 people and torching hotels, banks and a police station. Kenya Red Cross said 15 people "
      "were still unaccounted for after the second attack and that more than 700 residents had "
      "sought shelter at a church compound in Mpeketoni. Al-Shabaab said in a statement that its "
      "fighters had carried out both raids and had killed \"over 50 Kenyan crusaders\". President "
      "Uhuru Kenyatta rejected the claim, saying the killings were the work of \"local political "
      "networks\" and not the Somali militants.",
      [C("60", 60, "exact", "killed", "people in Lamu attacks (headline)", None,
         ctx="toll rises to 60"),
       C("60", 60, "exact", "killed", "people in two nights of attacks", "police",
         ctx="rose to 60 on"),
       C("at least 12", 12, "at_least", "killed", "men in Poromoko", "police"),
       C("about 50", 50, "about", "troops", "attackers in Mpeketoni", None,
         cat_alt=["other"], attr_alt=["police"]),
       C("48", 48, "exact", "killed", "people in Mpeketoni town", None, attr_alt=["police"]),
       C("15", 15, "exact", "missing", "people unaccounted for", "Kenya Red Cross"),
       C("more than 700", 700, "more_than", "displaced", "residents sheltering at a church",
         "Kenya Red Cross"),
       C("over 50", 50, "more_than", "killed", "people (al-Shabaab claim)", "Al-Shabaab",
         attr_alt=["President Uhuru Kenyatta"])],
      published="2014-06-17"),

    P("d51_004",
      "OUAGADOUGOU, Feb 4 (Reuters) - A Burkinabe civil society collective said on Monday that "
      "210 people had been killed in reprisal attacks on Fulani herders around the village of "
      "Yirgou last month, more than four times the government's official toll of 49. The "
      "Collective Against Impunity and the Stigmatisation of Communities said its members had "
      "gathered the names of the dead in 13 villages and that dozens of bodies had still not "
      "been found. Government spokesman Remis Dandjinou told Reuters the official figure stood "
      "and that \"nobody has been able to show us 210 graves.\" The killings followed an attack "
      "by suspected Islamist militants on Jan. 1 in which the village chief of Yirgou and six "
      "other people died. More than 6,000 people have fled the area, according to the U.N. "
      "humanitarian office OCHA.",
      [C("210", 210, "exact", "killed", "people in reprisal attacks", CISC,
         ctx="that 210 people"),
       C("49", 49, "exact", "killed", "people (government toll)", "the government",
         attr_alt=[CISC]),
       C("13", 13, "exact", "other", "villages where names were gathered", CISC_FULL,
         optional=True),
       C("dozens", 12, "vague", "missing", "bodies not yet found", CISC_FULL,
         cat_alt=["killed"]),
       C("210", 210, "exact", "killed", "graves (restated in a denial)",
         "Government spokesman Remis Dandjinou", optional=True, ctx="210 graves"),
       C("six", 6, "exact", "killed", "people in the Jan. 1 attack", None),
       C("More than 6,000", 6000, "more_than", "displaced", "people who fled the area",
         "the U.N. humanitarian office OCHA")]),

    P("d51_005",
      "JOS, Nigeria (AP) — Police in central Nigeria said Tuesday they had counted 109 bodies in "
      "Dogo Nahawa and two neighbouring villages after weekend machete attacks, far fewer than "
      "the 500 dead announced a day earlier by a state government spokesman. Plateau state "
      "information commissioner Gregory Yenlong had told reporters on Monday that more than 500 "
      "people were killed, most of them women and children. On Tuesday he said the earlier toll "
      "had come from community leaders and that the government would \"go by the police figure "
      "for now.\" A Red Cross official, who spoke on condition of anonymity, said volunteers had "
      "helped bury at least 375 people in a mass grave at Dogo Nahawa alone. Police said 95 "
      "suspects had been arrested.",
      [C("109", 109, "exact", "killed", "bodies counted by police", "Police in central Nigeria"),
       C("two", 2, "exact", "other", "neighbouring villages", "Police in central Nigeria",
         optional=True, ctx="two neighbouring"),
       C("500", 500, "exact", "killed", "people (state toll)", "a state government spokesman",
         ctx="the 500 dead"),
       C("more than 500", 500, "more_than", "killed", "people (state toll)", YENLONG),
       C("at least 375", 375, "at_least", "killed", "people buried in a mass grave",
         "A Red Cross official"),
       C("95", 95, "exact", "detained", "suspects arrested", "Police")]),

    P("d51_006",
      "Gujarat riots: 1,044 killed, Centre tells Rajya Sabha\n"
      "NEW DELHI, MAY 11. The Union Government today informed the Rajya Sabha that 1,044 people "
      "— 790 Muslims and 254 Hindus — were killed in the communal violence that followed the "
      "Godhra train burning in 2002. Minister of State for Home Sriprakash Jaiswal said in a "
      "written reply that another 223 persons were reported missing and 2,548 injured. Human "
      "rights groups and Muslim "
      "organisations have long put the toll at close to 2,000, arguing that many of the missing "
      "were killed and never found. Of the 59 people who died in the fire aboard the Sabarmati "
      "Express at Godhra, the Minister said, most were kar sevaks returning from Ayodhya.",
      [C("1,044", 1044, "exact", "killed", "people in the Gujarat riots (headline)", "Centre",
         attr_alt=["The Union Government"], ctx="riots: 1,044 killed"),
       C("1,044", 1044, "exact", "killed", "people in the Gujarat riots",
         "The Union Government", ctx="1,044 people"),
       C("790", 790, "exact", "killed", "Muslims", "The Union Government"),
       C("254", 254, "exact", "killed", "Hindus", "The Union Government"),
       C("223", 223, "exact", "missing", "persons reported missing", JAISWAL),
       C("2,548", 2548, "exact", "injured", "persons injured", JAISWAL),
       C("close to 2,000", 2000, "about", "killed", "people (rights groups' toll)",
         "Human rights groups and Muslim organisations"),
       C("59", 59, "exact", "killed", "people in the Sabarmati Express fire", "the Minister",
         attr_alt=[JAISWAL])]),

    # --- Fires, shelters and prisons ----------------------------------------------------------
    P("d51_007",
      "GUATEMALA CITY (AP) — The death toll from a fire at a government-run shelter for "
      "troubled youths rose to 37 on Friday as more teenage girls died of their burns in "
      "hospitals, Guatemala's Public Ministry said. Nineteen girls died at the Virgen de la "
      "Asunción home on Wednesday and the rest succumbed over the next two days; 15 others remain "
      "hospitalized, several in critical condition, according to the Health Ministry. The girls "
      "had been locked in a classroom after a protest at the overcrowded shelter. Officials had initially said 22 died "
      "in the blaze before revising the figure down to 19, saying three bodies had been counted "
      "twice. Three shelter officials were arrested on Monday on charges including "
      "manslaughter.",
      [C("37", 37, "exact", "killed", "girls in the shelter fire", GT_PUBLIC),
       C("Nineteen", 19, "exact", "killed", "girls who died at the home", "the Health Ministry",
         attr_alt=[GT_PUBLIC]),
       C("15", 15, "exact", "injured", "girls still hospitalized", "the Health Ministry"),
       C("22", 22, "exact", "killed", "girls (initial toll)", "Officials"),
       C("19", 19, "exact", "killed", "girls (revised toll)", "Officials"),
       C("three", 3, "exact", "killed", "bodies counted twice", "Officials",
         cat_alt=["other"], optional=True, ctx="three bodies"),
       C("Three", 3, "exact", "detained", "shelter officials arrested", None,
         ctx="Three shelter")]),

    P("d51_008",
      "COMAYAGUA, Honduras, Feb 16, 2012 (Reuters) - Honduran authorities lowered the death toll "
      "from a fire at an overcrowded prison in Comayagua to 355 on Thursday, from 359 given a day "
      "earlier, saying forensic teams had mistakenly counted some remains twice. The prison held "
      "856 inmates when the fire broke out late on Tuesday night, the national prisons director, "
      "Danilo Orellana, said, in a facility built for about 500. Of those, 456 have been "
      "accounted for alive, he said, leaving dozens of inmates whose fate is unknown. Survivors "
      "told local television that guards took up to 10 minutes to open the cell doors. Only 18 "
      "bodies had been identified by Thursday afternoon, the forensic medicine office said.",
      [C("355", 355, "exact", "killed", "inmates (revised toll)", "Honduran authorities"),
       C("359", 359, "exact", "killed", "inmates (earlier toll)", "Honduran authorities",
         attr_alt=[None]),
       C("856", 856, "exact", "detained", "inmates held in the prison", ORELLANA,
         cat_alt=["population"]),
       C("about 500", 500, "about", "other", "prison capacity", ORELLANA, optional=True),
       C("456", 456, "exact", "other", "inmates accounted for alive", ORELLANA,
         cat_alt=["detained"], attr_alt=["he"]),
       C("dozens", 12, "vague", "missing", "inmates whose fate is unknown", ORELLANA,
         attr_alt=["he"]),
       C("18", 18, "exact", "killed", "bodies identified", "the forensic medicine office",
         cat_alt=["other"], optional=True)],
      published="2012-02-16"),

    # --- Landslides, earthquakes and floods ----------------------------------------------------
    P("d51_009",
      "KOSLANDA, Sri Lanka (AFP) - Sri Lankan officials on Friday sharply cut the number of "
      "people missing in a landslide that buried part of a tea estate, saying 38 people were "
      "unaccounted for, not the more than 300 feared on the day of the disaster. The Disaster "
      "Management Centre said the earlier estimate had been made before it became clear that "
      "many residents of the Meeriyabedda estate were at work or at school when the hillside "
      "collapsed on Wednesday. Only three bodies have been recovered so far, and rescuers have "
      "halted digging in parts of the site for fear of further slides. Some 830 people from the "
      "estate and neighbouring villages are sheltering in two schools, the centre said, and the "
      "government has sent 10 lorries of dry rations. Soldiers deployed to the area number "
      "about 500, according to the army.",
      [C("38", 38, "exact", "missing", "people unaccounted for", "Sri Lankan officials"),
       C("more than 300", 300, "more_than", "missing", "people feared buried (first estimate)",
         "Sri Lankan officials", cat_alt=["killed"], attr_alt=[None]),
       C("three", 3, "exact", "killed", "bodies recovered", None, attr_alt=[DMC]),
       C("Some 830", 830, "about", "displaced", "people sheltering in schools", "the centre",
         attr_alt=[DMC]),
       C("two", 2, "exact", "infrastructure", "schools used as shelters", "the centre",
         cat_alt=["other", "aid"], attr_alt=[DMC], ctx="two schools"),
       C("10", 10, "exact", "aid", "lorries of dry rations", "the centre",
         attr_alt=[None, DMC]),
       C("about 500", 500, "about", "troops", "soldiers deployed", "the army")]),

    P("d51_010",
      "KUNMING, Aug. 6 (Xinhua) -- The death toll from Sunday's 6.5-magnitude earthquake in "
      "Ludian County, southwest China's Yunnan Province, has risen to 589, the provincial civil "
      "affairs department said Wednesday. The figure was up "
      "from 410 on Tuesday morning, as rescuers reached remote villages in the mountains around "
      "Longtoushan township, the epicenter. A total of 2,401 people were injured, and more than "
      "229,000 residents have been relocated to temporary shelters, the department said. About "
      "12,000 houses collapsed and another 30,000 were severely damaged. Some 10,000 soldiers and "
      "armed police have been sent to the quake zone, along with 2,400 tents, "
      "according to the provincial headquarters for quake relief.",
      [C("589", 589, "exact", "killed", "people in Ludian earthquake", YN_CIVIL),
       C("410", 410, "exact", "killed", "people (Tuesday toll)", YN_CIVIL, attr_alt=[None]),
       C("2,401", 2401, "exact", "injured", "people injured", "the department",
         attr_alt=[YN_CIVIL]),
       C("more than 229,000", 229000, "more_than", "displaced", "residents relocated",
         "the department", attr_alt=[YN_CIVIL]),
       C("About 12,000", 12000, "about", "infrastructure", "houses collapsed", "the department",
         attr_alt=[None, YN_CIVIL]),
       C("30,000", 30000, "exact", "infrastructure", "houses severely damaged",
         "the department", attr_alt=[None, YN_CIVIL]),
       C("Some 10,000", 10000, "about", "troops", "soldiers and armed police sent",
         "the provincial headquarters for quake relief"),
       C("2,400", 2400, "exact", "aid", "tents", "the provincial headquarters for quake relief"),
       ]),

    P("d51_011",
      "Zimbabwe rejects UN slum report\n"
      "Page last updated at 14:02 GMT, Friday, 22 July 2005\n"
      "Zimbabwe's government has dismissed a UN report which said its slum clearance campaign had "
      "left some 700,000 people without homes or livelihoods. The report by UN envoy Anna "
      "Tibaijuka said a further 2.4 million people had been affected in some way by Operation "
      "Murambatsvina, which began in May. It said 92,460 housing structures had been destroyed. "
      "Foreign Minister Simbarashe Mumbengegwi said the report was \"biased\" and that its "
      "figures were \"grossly exaggerated\". Police say more than 37,000 people were arrested "
      "during the operation for illegal trading and other offences.",
      [C("some 700,000", 700000, "about", "displaced", "people left without homes or livelihoods",
         "a UN report", attr_alt=["Zimbabwe's government"]),
       C("2.4 million", 2_400_000, "exact", "other", "people affected", TIBAIJUKA,
         cat_alt=["population"]),
       C("92,460", 92460, "exact", "infrastructure", "housing structures destroyed", TIBAIJUKA,
         attr_alt=["It"]),
       C("more than 37,000", 37000, "more_than", "detained", "people arrested", "Police")],
      published="2005-07-22"),

    P("d51_012",
      "LUANDA, Feb 2, 2021 (Lusa) - Angola's National Police maintained on Tuesday that six "
      "people died in Saturday's incident in Cafunfo, in the diamond-rich Lunda Norte province, "
      "rejecting claims by the Lunda Tchokwe Protectorate Movement that at least 25 were killed. "
      "Police spokesman Mateus Rodrigues said some 300 \"insurgents\" armed with machetes and "
      "rifles had tried to storm a police station and that officers had acted in self-defence. "
      "He said 16 people had been detained and 20 wounded. The movement, which campaigns for "
      "autonomy for the region, said its members had been marching peacefully and that a "
      "further 30 were still missing.",
      [C("six", 6, "exact", "killed", "people in Cafunfo (police toll)", AO_POLICE),
       C("at least 25", 25, "at_least", "killed", "people in Cafunfo (movement's toll)", MPLT,
         attr_alt=[AO_POLICE]),
       C("some 300", 300, "about", "troops", "insurgents who stormed the station", RODRIGUES,
         cat_alt=["other"]),
       C("16", 16, "exact", "detained", "people detained", RODRIGUES, attr_alt=["He"]),
       C("20", 20, "exact", "injured", "people wounded", RODRIGUES, attr_alt=["He"]),
       C("30", 30, "exact", "missing", "marchers missing", "The movement", attr_alt=[MPLT])],
      published="2021-02-02"),

    P("d51_013",
      "ORMOC, Philippines, Nov. 8, 1991 (AP) — Soldiers and volunteers buried hundreds of "
      "mud-caked bodies in mass graves Friday as the toll from flash floods that swept through "
      "this port city rose to 2,300, with at least 1,000 people still missing, the military "
      "said. Officials said the count could climb past 3,000 once rescuers reached villages "
      "upstream. The Office of Civil Defense had put the number of dead at 1,800 on Thursday, "
      "but said many bodies had been buried by relatives before they could be counted. More "
      "than 50,000 people were left homeless, the Department of Social Welfare said. President "
      "Corazon Aquino, who flew over the city, declared it a calamity area.",
      [C("hundreds", 100, "vague", "killed", "bodies buried in mass graves", "the military"),
       C("2,300", 2300, "exact", "killed", "people in Ormoc floods", "the military"),
       C("at least 1,000", 1000, "at_least", "missing", "people still missing", "the military"),
       C("3,000", 3000, "more_than", "killed", "projected toll", "Officials"),
       C("1,800", 1800, "exact", "killed", "people (Thursday toll)",
         "The Office of Civil Defense"),
       C("More than 50,000", 50000, "more_than", "displaced", "people left homeless",
         "the Department of Social Welfare")],
      published="1991-11-08"),

    # --- Ferries, bombings and sieges ------------------------------------------------------------
    P("d51_014",
      "PNG ferry: 238 rescued, fears for more than 100\n"
      "Updated Fri 3 Feb 2012, 7:15pm AEDT\n"
      "Rescuers in Papua New Guinea have pulled 238 survivors from the sea after the MV Rabaul "
      "Queen sank in rough weather off the coast of Morobe province, the Australian Maritime "
      "Safety Authority says. But the number of people on board remains unclear. The ferry's "
      "owner, Rabaul Shipping, says it was carrying 350 passengers and 12 crew, while PNG's "
      "National Maritime Safety Authority says ticket records show 392 people. AMSA says many of "
      "the missing are believed to have drowned, but only four bodies have been recovered so far.",
      [C("238", 238, "exact", "other", "people rescued (headline)", None,
         ctx="238 rescued"),
       C("more than 100", 100, "more_than", "missing", "people feared lost (headline)", None,
         cat_alt=["killed"]),
       C("238", 238, "exact", "other", "survivors pulled from the sea",
         "the Australian Maritime Safety Authority", ctx="238 survivors"),
       C("350", 350, "exact", "other", "passengers on board", RABAUL_OWNER),
       C("12", 12, "exact", "other", "crew on board", RABAUL_OWNER),
       C("392", 392, "exact", "other", "people on board (ticket records)", PNG_NMSA,
         attr_alt=["ticket records"]),
       C("four", 4, "exact", "killed", "bodies recovered", "AMSA",
         attr_alt=["the Australian Maritime Safety Authority"])],
      published="2012-02-03"),

    P("d51_015",
      "When Zetas gunmen descended on the border town of Allende in March 2011, they spent "
      "three days looting and burning homes and carting off entire families. How many people "
      "were killed has never been settled. Coahuila state prosecutors have registered 28 victims "
      "of the attack, while a 2016 study by the Colegio de México documented 42. Residents and "
      "church groups say the true figure is closer to 300, a number the state government has "
      "called \"unfounded\". At least 32 properties were razed, according to the same study. "
      "Five former police officers were convicted in 2019 of helping the cartel.",
      [C("28", 28, "exact", "killed", "victims registered by prosecutors",
         "Coahuila state prosecutors"),
       C("42", 42, "exact", "killed", "victims documented by the study",
         "a 2016 study by the Colegio de México"),
       C("300", 300, "exact", "killed", "victims (residents' estimate)",
         "Residents and church groups", attr_alt=["the state government"]),
       C("At least 32", 32, "at_least", "infrastructure", "properties razed", "the same study",
         attr_alt=["a 2016 study by the Colegio de México"]),
       C("Five", 5, "exact", "detained", "police officers convicted", None)]),

    P("d51_016",
      "MEXICO CITY (AP) — Mexico's National Human Rights Commission said Tuesday that soldiers "
      "executed at least 12 and as many as 15 of the 22 suspected gang members killed in a "
      "warehouse in Tlatlaya last June, contradicting the army's account of a gunbattle. The "
      "army had said all of them died in an exchange of fire in which one soldier was wounded. "
      "The commission said three women who survived had been threatened by state investigators "
      "to back the official version. Seven soldiers have been charged in the case, four of them "
      "with homicide.\n"
      "CORRECTION: An earlier version of this story misstated the number of soldiers charged. It "
      "is seven, not eight.",
      [C("at least 12", 12, "at_least", "killed", "suspects executed by soldiers", CNDH),
       C("as many as 15", 15, "at_most", "killed", "suspects executed by soldiers", CNDH),
       C("22", 22, "exact", "killed", "suspected gang members killed in the warehouse", None,
         attr_alt=[CNDH]),
       C("one", 1, "exact", "injured", "soldier wounded", "The army"),
       C("three", 3, "exact", "other", "women who survived", "The commission",
         attr_alt=[CNDH]),
       C("Seven", 7, "exact", "detained", "soldiers charged", None, cat_alt=["other"]),
       C("four", 4, "exact", "detained", "soldiers charged with homicide", None,
         cat_alt=["other"]),
       C("seven", 7, "exact", "detained", "soldiers charged (corrected)", None,
         cat_alt=["other"]),
       C("eight", 8, "exact", "detained", "soldiers charged (retracted)", None,
         cat_alt=["other"], optional=True)]),

    P("d51_017",
      "NALCHIK, Russia, Oct 14, 2005 (Reuters) - Russian forces killed 72 militants and captured "
      "36 after rebels attacked police and security buildings in the southern city of Nalchik, "
      "Interior Minister Rashid Nurgaliyev said on Friday, raising an earlier figure of 61 given "
      "by regional officials. He said 24 police and security officers and 12 civilians had been "
      "killed in the fighting, and that two hostages held by gunmen in a souvenir shop had been "
      "freed. Chechen rebel leader Shamil Basayev claimed responsibility on a rebel website and "
      "said only 41 of his fighters had died. Officials said the number of wounded stood at 115, "
      "many of them civilians caught in crossfire.",
      [C("72", 72, "exact", "killed", "militants killed", NURGALIYEV),
       C("36", 36, "exact", "detained", "militants captured", NURGALIYEV),
       C("61", 61, "exact", "killed", "militants (earlier figure)", "regional officials",
         attr_alt=[NURGALIYEV]),
       C("24", 24, "exact", "killed", "police and security officers", NURGALIYEV,
         attr_alt=["He"]),
       C("12", 12, "exact", "killed", "civilians", NURGALIYEV, attr_alt=["He"]),
       C("two", 2, "exact", "hostages", "hostages freed from a shop", NURGALIYEV,
         attr_alt=["He"]),
       C("41", 41, "exact", "killed", "rebel fighters (Basayev's figure)",
         "Chechen rebel leader Shamil Basayev"),
       C("115", 115, "exact", "injured", "people wounded", "Officials")],
      published="2005-10-14"),

    P("d51_018",
      "MOSCOW, April 2 (RIA Novosti) - The death toll from Monday's twin suicide bombings on the "
      "Moscow metro has risen to 40 after a woman died in hospital on Friday, the Health Ministry "
      "said. Twenty-four people were killed at Lubyanka station and 12 at Park Kultury, and the "
      "remaining victims died later of their injuries, a ministry spokesman said. Of the 88 people "
      "admitted to hospitals, 66 are still being treated, eight of them in a serious condition. "
      "The Emergencies Ministry had on Monday put the toll at 38.",
      [C("40", 40, "exact", "killed", "people in the metro bombings", RU_HEALTH),
       C("Twenty-four", 24, "exact", "killed", "people at Lubyanka", RU_SPOKESMAN),
       C("12", 12, "exact", "killed", "people at Park Kultury", RU_SPOKESMAN),
       C("88", 88, "exact", "injured", "people admitted to hospitals", RU_SPOKESMAN,
         attr_alt=[None]),
       C("66", 66, "exact", "injured", "people still being treated", RU_SPOKESMAN,
         attr_alt=[None]),
       C("eight", 8, "exact", "injured", "people in a serious condition", RU_SPOKESMAN,
         attr_alt=[None]),
       C("38", 38, "exact", "killed", "people (Monday toll)", "The Emergencies Ministry")]),

    # --- Iraq, Afghanistan, Yemen ----------------------------------------------------------------
    P("d51_019",
      "BAGHDAD, Sept 2, 2013 (AFP) - The United Nations said on Monday its staff had seen 52 "
      "bodies at Camp Ashraf, the Iraqi base of an exiled Iranian opposition group, a day after "
      "the group accused Iraqi forces of massacring its members. The People's Mujahedeen of Iran "
      "(PMOI) said seven residents, six of them women, had been abducted by the attackers and "
      "were being held in Iraq. Iraq's government denied its forces had entered the camp, and a "
      "military spokesman said only \"a small number\" had died, in fighting among the residents "
      "themselves. An Iraqi security official, speaking on condition of anonymity, told AFP that "
      "19 people had been killed. About 100 members of the group had remained at Ashraf after "
      "more than 3,000 were moved to Camp Liberty near Baghdad last year.",
      [C("52", 52, "exact", "killed", "bodies at Camp Ashraf", "The United Nations"),
       C("seven", 7, "exact", "hostages", "residents abducted", PMOI),
       C("six", 6, "exact", "hostages", "women among the abducted", PMOI),
       C("19", 19, "exact", "killed", "people (security official)",
         "An Iraqi security official"),
       C("About 100", 100, "about", "population", "members remaining at Ashraf", None,
         cat_alt=["other"]),
       C("more than 3,000", 3000, "more_than", "displaced", "members moved to Camp Liberty",
         None, cat_alt=["other"])],
      published="2013-09-02"),

    P("d51_020",
      "KIRKUK, Iraq, April 23 (Reuters) - At least 27 people were killed when Iraqi security "
      "forces stormed a Sunni Muslim protest camp near the town of Hawija on Tuesday, the "
      "Defence Ministry said, a toll that local officials and protest leaders put at nearly "
      "twice as high. The ministry said 20 of the dead were gunmen and three were soldiers, and "
      "that 75 weapons had been seized inside the camp. A provincial health official in Kirkuk "
      "told Reuters 42 bodies had been brought to the town's hospital and that more than 100 "
      "people were wounded. Protest organisers said over 50 had died.",
      [C("At least 27", 27, "at_least", "killed", "people in the Hawija raid", IQ_DEF),
       C("20", 20, "exact", "killed", "gunmen among the dead", "The ministry",
         attr_alt=[IQ_DEF]),
       C("three", 3, "exact", "killed", "soldiers among the dead", "The ministry",
         attr_alt=[IQ_DEF]),
       C("75", 75, "exact", "munitions", "weapons seized", "The ministry",
         cat_alt=["other"], attr_alt=[IQ_DEF]),
       C("42", 42, "exact", "killed", "bodies at the hospital", KIRKUK_OFFICIAL),
       C("more than 100", 100, "more_than", "injured", "people wounded", KIRKUK_OFFICIAL),
       C("over 50", 50, "more_than", "killed", "people (organisers' toll)",
         "Protest organisers")]),

    P("d51_021",
      "MUTLA RIDGE, Kuwait, March 10 — The stretch of highway north of Kuwait City is still "
      "littered with the wreckage of what allied officers estimate were between 1,400 and 2,000 "
      "vehicles destroyed by American aircraft as Iraqi forces fled on Feb. 26 and 27. How many "
      "Iraqis died here remains disputed. Reporters who walked the road in the days after the "
      "attacks counted fewer than 300 bodies, and a senior American officer said most of the "
      "drivers had abandoned their vehicles and run into the desert. Baghdad radio has said that "
      "tens of thousands of \"martyrs\" fell on the retreat, a claim no independent count has "
      "supported. Allied commanders say they took more than 2,000 prisoners along the road.",
      [C("between 1,400 and 2,000", 1400, "range", "munitions", "vehicles destroyed",
         "allied officers", high=2000, cat_alt=["other"]),
       C("fewer than 300", 300, "fewer_than", "killed", "bodies counted by reporters",
         "Reporters who walked the road"),
       C("tens of thousands", 10000, "vague", "killed", "Iraqis (Baghdad radio claim)",
         "Baghdad radio"),
       C("more than 2,000", 2000, "more_than", "detained", "prisoners taken",
         "Allied commanders")]),

    P("d51_022",
      "Nandigram toll 14, say police; Trinamul claims 'at least 50'\n"
      "Calcutta, March 15: The state government today put the number of people killed in "
      "yesterday's police firing at Nandigram at 14, while the Trinamul Congress claimed at least "
      "50 villagers had died and accused the police of carrying away bodies. Home secretary "
      "Prasad Ranjan Ray said 162 people had been admitted to hospitals in Tamluk and Calcutta, "
      "42 of them with bullet wounds. Villagers said more than 100 people, including women and "
      "children, had not been seen since the firing. About 4,000 policemen had entered the area "
      "to clear roadblocks put up by the Bhoomi Uchchhed Pratirodh Committee against land "
      "acquisition for a chemical hub.",
      [C("14", 14, "exact", "killed", "people in police firing (headline)", "police",
         ctx="toll 14"),
       C("at least 50", 50, "at_least", "killed", "villagers (headline claim)", "Trinamul",
         attr_alt=["the Trinamul Congress"], ctx="'at least 50'"),
       C("14", 14, "exact", "killed", "people in police firing", "The state government",
         ctx="at 14,"),
       C("at least 50", 50, "at_least", "killed", "villagers", "the Trinamul Congress",
         ctx="at least 50 villagers"),
       C("162", 162, "exact", "injured", "people admitted to hospitals", RAY),
       C("42", 42, "exact", "injured", "people with bullet wounds", RAY),
       C("more than 100", 100, "more_than", "missing", "people not seen since the firing",
         "Villagers"),
       C("About 4,000", 4000, "about", "troops", "policemen who entered the area", None,
         cat_alt=["other"])]),

    P("d51_023",
      "Guwahati, Aug 1 (PTI) The toll in the ethnic violence in Assam's Bodoland Territorial "
      "Autonomous District areas rose to 73 today with the recovery of four more bodies from "
      "Kokrajhar and Chirang districts, officials said. Nearly 400,000 people are now living in "
      "270 relief camps, according to the state disaster management authority, up from 170,000 "
      "on July 25. The authority said 1,200 tonnes of rice had been sent to the camps. Chief "
      "Minister Tarun Gogoi said 104 people had been arrested for rioting and arson. Army columns "
      "deployed in the affected areas have been increased to 13, a defence spokesman said.",
      [C("73", 73, "exact", "killed", "people in Assam violence", "officials"),
       C("four", 4, "exact", "killed", "bodies recovered", "officials"),
       C("Nearly 400,000", 400000, "about", "displaced", "people in relief camps", ASSAM_SDMA),
       C("270", 270, "exact", "infrastructure", "relief camps", ASSAM_SDMA,
         cat_alt=["other", "aid"]),
       C("170,000", 170000, "exact", "displaced", "people in camps on July 25", ASSAM_SDMA),
       C("1,200", 1200, "exact", "aid", "tonnes of rice", "The authority",
         attr_alt=[ASSAM_SDMA]),
       C("104", 104, "exact", "detained", "people arrested", "Chief Minister Tarun Gogoi"),
       C("13", 13, "exact", "troops", "army columns deployed", "a defence spokesman")]),

    P("d51_024",
      "KABUL, Afghanistan (AP) — U.S. military prosecutors on Friday charged Staff Sgt. Robert "
      "Bales with murdering 17 Afghan villagers in a pre-dawn shooting rampage in two villages of "
      "Kandahar's Panjwai district, one more than the 16 dead Afghan officials reported at the "
      "time. A U.S. official said the discrepancy arose because one victim's body had been "
      "taken away by relatives before officials arrived. Nine of the dead were children, Afghan "
      "officials said, and four were women. Bales was also charged with attempting to murder six "
      "others. President Hamid Karzai, who met relatives of the dead, has called the killings "
      "\"unforgivable\".",
      [C("17", 17, "exact", "killed", "Afghan villagers", None,
         attr_alt=["U.S. military prosecutors"]),
       C("two", 2, "exact", "other", "villages", None, optional=True, ctx="two villages"),
       C("16", 16, "exact", "killed", "dead (Afghan officials' toll)", "Afghan officials"),
       C("one", 1, "exact", "killed", "victim taken away by relatives", "A U.S. official",
         optional=True, ctx="one victim"),
       C("Nine", 9, "exact", "killed", "children among the dead", "Afghan officials"),
       C("four", 4, "exact", "killed", "women among the dead", "Afghan officials"),
       C("six", 6, "exact", "injured", "others Bales attempted to murder", None,
         attr_alt=["U.S. military prosecutors"]),
       ]),

    P("d51_025",
      "SANAA, June 7 (Reuters) - Amnesty International said on Monday that a U.S. cruise missile "
      "was used in a December strike in southern Yemen that killed 41 local residents, including "
      "21 children and 14 women, and released photographs of what it said were remains of the "
      "weapon and cluster bomblets. Yemen's government said at the time that its own forces had "
      "carried out the attack in al-Majala, in Abyan province, killing 34 al Qaeda militants. A "
      "Yemeni parliamentary inquiry later found that 41 civilians had died, but put the number "
      "of militants killed at 14. Washington has not commented on its role.",
      [C("41", 41, "exact", "killed", "local residents", AMNESTY, ctx="41 local"),
       C("21", 21, "exact", "killed", "children", AMNESTY),
       C("14", 14, "exact", "killed", "women", AMNESTY, ctx="14 women"),
       C("34", 34, "exact", "killed", "al Qaeda militants (government claim)",
         "Yemen's government"),
       C("41", 41, "exact", "killed", "civilians (inquiry)", YE_INQUIRY, ctx="41 civilians"),
       C("14", 14, "exact", "killed", "militants (inquiry)", YE_INQUIRY, ctx="at 14."),
       ]),

    # --- Southeast and South Asia ----------------------------------------------------------------
    P("d51_026",
      "Bali toll revised down to 183 as identification begins\n"
      "October 16 2002\n"
      "Indonesian police have revised the official death toll from Saturday's nightclub bombings "
      "in Kuta down to 183 from 188, saying some remains had been counted twice at Sanglah "
      "Hospital. The Foreign Minister, Alexander Downer, said 14 Australians had been confirmed "
      "dead and a further 113 were listed as missing or unaccounted for, many of whom are likely "
      "to be among the dead. About 300 people were injured and 62 "
      "Australians have been flown home for treatment on RAAF aircraft. Only 11 bodies have been "
      "formally identified, hospital officials said.",
      [C("183", 183, "exact", "killed", "people in Bali bombings (headline)", None,
         ctx="to 183 as"),
       C("183", 183, "exact", "killed", "people (revised toll)", "Indonesian police",
         ctx="183 from"),
       C("188", 188, "exact", "killed", "people (earlier toll)", "Indonesian police"),
       C("14", 14, "exact", "killed", "Australians confirmed dead", DOWNER),
       C("113", 113, "exact", "missing", "Australians missing or unaccounted for", DOWNER),
       C("About 300", 300, "about", "injured", "people injured", None, attr_alt=[DOWNER]),
       C("62", 62, "exact", "injured", "Australians flown home for treatment", None,
         cat_alt=["displaced"], attr_alt=[DOWNER]),
       C("11", 11, "exact", "killed", "bodies formally identified", "hospital officials",
         cat_alt=["other"], optional=True)],
      published="2002-10-16"),

    P("d51_027",
      "112 killed in southern attacks; 32 died inside mosque\n"
      "PATTANI: Security forces killed 107 suspected militants who attacked police and army "
      "posts in Pattani, Yala and Songkhla before dawn yesterday, the army said, including 32 "
      "who had barricaded themselves inside the historic Krue Se mosque. Five soldiers and "
      "policemen also died, bringing the day's toll to 112. Senator Kraisak Choonhavan said many "
      "of the dead were teenagers armed only with machetes and questioned the official account "
      "of the mosque siege, which he said had lasted more than six hours. Local Muslim leaders "
      "said at least 10 villagers who had no part in the attacks were among those killed. "
      "Police said seventeen suspects had been taken into custody.",
      [C("112", 112, "exact", "killed", "people in southern attacks (headline)", None,
         ctx="112 killed"),
       C("32", 32, "exact", "killed", "militants inside the mosque (headline)", None,
         ctx="32 died"),
       C("107", 107, "exact", "killed", "suspected militants", "the army"),
       C("32", 32, "exact", "killed", "militants inside Krue Se mosque", "the army",
         ctx="including 32"),
       C("Five", 5, "exact", "killed", "soldiers and policemen", "the army",
         attr_alt=[None]),
       C("112", 112, "exact", "killed", "people (day's toll)", "the army", attr_alt=[None],
         ctx="toll to 112"),
       C("at least 10", 10, "at_least", "killed", "villagers among the dead",
         "Local Muslim leaders"),
       C("seventeen", 17, "exact", "detained", "suspects taken into custody", "Police")]),

    P("d51_028",
      "Black May: 20 years on, families still wait for the missing\n"
      "Published on May 17, 2012\n"
      "Twenty years after troops opened fire on pro-democracy protesters on Ratchadamnoen "
      "Avenue, the official toll of the May 1992 crackdown still stands at 44 dead. Relatives of "
      "victims say it is far higher. The Relatives' Committee of the May 1992 Heroes lists 38 "
      "people who never came home and whose bodies have not been found; activists at the time "
      "spoke of hundreds of bodies carried away in army trucks, a claim the military has always "
      "denied. About 3,500 protesters were detained over three nights, and some 400 were treated "
      "for gunshot wounds, according to a Defence Ministry inquiry whose full report has never "
      "been made public.",
      [C("44", 44, "exact", "killed", "protesters (official toll)", None),
       C("38", 38, "exact", "missing", "people never found", REL_COMMITTEE),
       C("hundreds", 100, "vague", "killed", "bodies carried away in army trucks", "activists",
         attr_alt=["the military"]),
       C("About 3,500", 3500, "about", "detained", "protesters detained",
         "a Defence Ministry inquiry"),
       C("some 400", 400, "about", "injured", "people treated for gunshot wounds",
         "a Defence Ministry inquiry")],
      published="2012-05-17"),

    P("d51_029",
      "Pilkhana carnage: toll rises to 76 as more bodies found\n"
      "Dhaka, Feb 28 — Rescuers pulled 17 more bodies from sewers and a mass grave inside the "
      "Bangladesh Rifles headquarters at Pilkhana today, raising the number of confirmed dead in "
      "the two-day mutiny to 76, officials said. Most of the victims were army officers on "
      "deputation to the border force. Army chief Gen Moeen U Ahmed had said on Thursday that as "
      "many as 130 officers might have been killed, but the Inter Services Public Relations "
      "Directorate said this evening that 72 of the 135 officers posted at Pilkhana were now "
      "accounted for, alive or dead. Police said some 200 mutineers had fled the compound in "
      "civilian clothes; 46 have since been arrested.",
      [C("76", 76, "exact", "killed", "people in the mutiny (headline)", None,
         ctx="rises to 76"),
       C("17", 17, "exact", "killed", "bodies pulled from sewers and a grave", "officials"),
       C("76", 76, "exact", "killed", "confirmed dead", "officials", ctx="mutiny to 76"),
       C("as many as 130", 130, "at_most", "killed", "officers feared killed",
         "Army chief Gen Moeen U Ahmed", cat_alt=["missing"]),
       C("72", 72, "exact", "other", "officers accounted for", BD_ISPR, cat_alt=["troops"]),
       C("135", 135, "exact", "troops", "officers posted at Pilkhana", BD_ISPR,
         cat_alt=["population"]),
       C("some 200", 200, "about", "troops", "mutineers who fled", "Police",
         cat_alt=["other", "displaced"]),
       C("46", 46, "exact", "detained", "mutineers arrested", "Police", attr_alt=[None])]),

    P("d51_030",
      "KABUL, June 2, 2009 (Reuters) - Afghanistan's independent human rights commission said on "
      "Tuesday at least 97 civilians, most of them women and children, were killed in U.S. air "
      "strikes in the western province of Farah last month. The Afghan government has put the "
      "civilian toll at 140, citing a list of names compiled by village elders, while a U.S. "
      "military investigation summary released on Friday said 20 to 30 civilians had died along "
      "with 60 to 65 Taliban fighters. U.S. B-1 bombers dropped at least 12 bombs on the "
      "villages of Granai and Gerani during hours of fighting, the summary said. The commission "
      "said 13 houses had been destroyed.",
      [C("at least 97", 97, "at_least", "killed", "civilians in Farah", AIHRC),
       C("140", 140, "exact", "killed", "civilians (government toll)",
         "a list of names compiled by village elders",
         attr_alt=["The Afghan government", "village elders"]),
       C("20 to 30", 20, "range", "killed", "civilians (U.S. summary)", US_SUMMARY, high=30),
       C("60 to 65", 60, "range", "killed", "Taliban fighters", US_SUMMARY, high=65),
       C("at least 12", 12, "at_least", "munitions", "bombs dropped", "the summary",
         attr_alt=[US_SUMMARY]),
       C("13", 13, "exact", "infrastructure", "houses destroyed", "The commission",
         attr_alt=[AIHRC])],
      published="2009-06-02"),

    # --- The Americas ----------------------------------------------------------------------------
    P("d51_031",
      "LIMA (AFP) - Peru's government on Monday dismissed claims by Amazon Indian leaders that "
      "dozens of protesters' bodies had been burned or thrown into the Marañón river after "
      "Friday's clashes near Bagua, insisting the toll stood at 34. Prime Minister Yehude Simon "
      "said 24 police officers and 10 civilians had died, nine of the officers after they were "
      "among 38 taken hostage at an oil pumping station. Alberto Pizango, head of the Amazon "
      "Indian federation AIDESEP, said at least 40 indigenous people had been killed. The "
      "ombudsman's office said one police major was still missing and 155 people had been "
      "injured.",
      [C("dozens", 12, "vague", "killed", "protesters' bodies (Indian leaders' claim)",
         "Amazon Indian leaders", attr_alt=["Peru's government"]),
       C("34", 34, "exact", "killed", "people (government toll)", "Peru's government"),
       C("24", 24, "exact", "killed", "police officers", SIMON),
       C("10", 10, "exact", "killed", "civilians", SIMON),
       C("nine", 9, "exact", "killed", "officers killed after being taken hostage", SIMON,
         cat_alt=["hostages"]),
       C("38", 38, "exact", "hostages", "police officers taken hostage", SIMON),
       C("at least 40", 40, "at_least", "killed", "indigenous people", PIZANGO),
       C("one", 1, "exact", "missing", "police major missing", "The ombudsman's office"),
       C("155", 155, "exact", "injured", "people injured", "The ombudsman's office"),
       ]),

    P("d51_032",
      "Mapiripán victim list 'inflated', says Colombia's prosecutor\n"
      "October 26, 2011\n"
      "Colombia's Prosecutor General's Office said Tuesday that only 10 of the 49 people the "
      "Inter-American Court of Human Rights recognized in 2005 as victims of the 1997 "
      "Mapiripán massacre have been confirmed dead, and that at least three of those listed are "
      "alive. The paramilitary attack on the town in the eastern department of Meta lasted five "
      "days. Survivors and human rights groups had said at the time that as many as 30 people "
      "were killed. The government says it paid about 12 billion pesos in reparations to "
      "relatives of the victims and will ask the Court to review its ruling. A woman who falsely "
      "claimed that her husband and sons had been killed has been arrested on fraud charges.",
      [C("10", 10, "exact", "killed", "victims confirmed dead", CO_FISCALIA),
       C("49", 49, "exact", "killed", "victims recognized by the court", IACHR,
         attr_alt=[CO_FISCALIA, None]),
       C("at least three", 3, "at_least", "other", "listed victims found alive", CO_FISCALIA),
       C("as many as 30", 30, "at_most", "killed", "people (survivors' estimate)",
         "Survivors and human rights groups")],
      published="2011-10-26"),

    P("d51_033",
      "MOGADISHU, Somalia, Oct. 6, 1993 (AP) — The U.S. military said Wednesday that 13 "
      "American soldiers were killed and 78 wounded in Sunday's battle with militiamen loyal to "
      "Gen. Mohamed Farrah Aidid, while six others remained missing. One American, helicopter "
      "pilot Michael Durant, is being held by Aidid's militia, which released a videotape of him. "
      "The International Committee of the Red Cross estimated that about 200 Somalis had been "
      "killed and more than 700 wounded, but Aidid's aides put the Somali dead at 312. Some "
      "American officers privately say the figure could be more than 1,000. President Clinton "
      "said Tuesday he would send another 1,700 troops to Somalia.",
      [C("13", 13, "exact", "killed", "American soldiers", US_MIL),
       C("78", 78, "exact", "injured", "American soldiers", US_MIL),
       C("six", 6, "exact", "missing", "American soldiers missing", US_MIL),
       C("One", 1, "exact", "hostages", "American pilot held by the militia", US_MIL,
         attr_alt=[None]),
       C("about 200", 200, "about", "killed", "Somalis (ICRC estimate)", ICRC),
       C("more than 700", 700, "more_than", "injured", "Somalis wounded", ICRC),
       C("312", 312, "exact", "killed", "Somalis (Aidid's aides)", "Aidid's aides"),
       C("more than 1,000", 1000, "more_than", "killed", "Somalis (officers' estimate)",
         "Some American officers"),
       C("1,700", 1700, "exact", "troops", "additional troops", "President Clinton")],
      published="1993-10-06"),

    # --- Fact checks and denials -----------------------------------------------------------------
    P("d51_034",
      "Fact check: No evidence anyone died in Prince Edward station raid\n"
      "Published on September 6, 2019\n"
      "CLAIM: Posts shared thousands of times on Facebook and LIHKG say that six people were "
      "beaten to death by police inside Hong Kong's Prince Edward MTR station on the night of "
      "August 31 and that their bodies were secretly removed.\n"
      "VERDICT: Unsupported. Hospital records, police statements and footage reviewed by AFP "
      "show no deaths.\n"
      "The rumours grew after the Fire Services Department revised its count of injured "
      "passengers at the station from 10 to seven, which some users took as evidence that three "
      "people had vanished. The department said on September 2 that the earlier figure had "
      "counted three people twice after they were moved between platforms. Police said 63 "
      "people were arrested at the station and nearby streets that night, and the Hospital "
      "Authority said 31 people were taken to hospital from the Mong Kok area. Hong Kong police "
      "have repeatedly denied that anyone died.",
      [C("thousands", 1000, "vague", "other", "shares of the posts",
         "Posts shared thousands of times on Facebook and LIHKG", optional=True),
       C("six", 6, "exact", "killed", "people (viral claim)",
         "Posts shared thousands of times on Facebook and LIHKG",
         attr_alt=["Posts", HK_POLICE]),
       C("10", 10, "exact", "injured", "passengers (first count)", FSD),
       C("seven", 7, "exact", "injured", "passengers (revised count)", FSD),
       C("three", 3, "exact", "missing", "people said to have vanished", "some users",
         optional=True, ctx="three people had"),
       C("three", 3, "exact", "injured", "people counted twice", "The department",
         cat_alt=["other"], attr_alt=[FSD], optional=True, ctx="three people twice"),
       C("63", 63, "exact", "detained", "people arrested", "Police"),
       C("31", 31, "exact", "injured", "people taken to hospital", "the Hospital Authority",
         ctx="31 people")],
      published="2019-09-06"),

    P("d51_035",
      "Metele attack: Army confirms 23 soldiers killed, dismisses reports of 100 deaths\n"
      "November 28, 2018\n"
      "The Nigerian Army on Tuesday said 23 soldiers were killed and 31 wounded when Islamic "
      "State West Africa Province fighters overran a base at Metele, in Borno State, on November "
      "18, dismissing as \"unfounded\" reports that more than 100 had died. Army spokesman Brig. "
      "Gen. Sani Usman said figures circulating on social media, some of which put the toll at "
      "118, were \"the handiwork of mischief makers\". Two soldiers who survived the attack told "
      "Reuters they had helped bury at least 70 colleagues. ISWAP said in a statement that its "
      "fighters had captured five armoured vehicles and \"dozens\" of rifles.",
      [C("23", 23, "exact", "killed", "soldiers (headline)", "Army",
         attr_alt=[NG_ARMY], ctx="confirms 23"),
       C("100", 100, "exact", "killed", "soldiers (reports denied in headline)", "reports",
         attr_alt=["Army"], ctx="reports of 100"),
       C("23", 23, "exact", "killed", "soldiers", NG_ARMY, ctx="said 23"),
       C("31", 31, "exact", "injured", "soldiers wounded", NG_ARMY),
       C("more than 100", 100, "more_than", "killed", "soldiers (reports)", "reports",
         attr_alt=[NG_ARMY]),
       C("118", 118, "exact", "killed", "soldiers (social media figure)", "social media",
         attr_alt=[USMAN]),
       C("Two", 2, "exact", "other", "surviving soldiers interviewed", None, optional=True),
       C("at least 70", 70, "at_least", "killed", "colleagues buried",
         "Two soldiers who survived the attack"),
       C("five", 5, "exact", "munitions", "armoured vehicles captured", "ISWAP",
         cat_alt=["other"]),
       C("dozens", 12, "vague", "munitions", "rifles captured", "ISWAP", cat_alt=["other"]),
       ],
      published="2018-11-28"),

    P("d51_036",
      "Srinagar, Aug 13 — India's home ministry on Tuesday acknowledged that a protest took place "
      "in Srinagar's Soura neighbourhood on Friday, days after calling reports of it \"completely "
      "fabricated\". Reuters, citing two police officials, had reported that at least 10,000 "
      "people joined the march after Friday prayers and that police fired tear gas and pellets "
      "to disperse them. A home ministry spokesperson had said on Saturday that \"there have been "
      "a few stray protests and none involved a crowd of more than 20 people.\" Doctors at the "
      "Sher-i-Kashmir Institute of Medical Sciences said at least 12 people were treated for "
      "pellet injuries. More than 500 political leaders and activists have been detained since "
      "August 5, officials said.",
      [C("two", 2, "exact", "other", "police officials cited", "Reuters", optional=True),
       C("at least 10,000", 10000, "at_least", "other", "people in the Soura march",
         "two police officials", attr_alt=["Reuters"]),
       C("more than 20", 20, "more_than", "other", "crowd size in the denial",
         "A home ministry spokesperson", optional=True),
       C("at least 12", 12, "at_least", "injured", "people treated for pellet injuries",
         "Doctors at the Sher-i-Kashmir Institute of Medical Sciences"),
       C("More than 500", 500, "more_than", "detained", "political leaders and activists",
         "officials")]),

    P("d51_037",
      "JAKARTA, Nov 3, 1998 (Reuters) - A government-appointed fact-finding team said on "
      "Tuesday that more than 1,000 people died in the riots that tore through Jakarta in May, "
      "far above the toll given by police at the time. The team said it had been given widely "
      "differing figures: Jakarta's city administration recorded 288 deaths, the police 451, and "
      "a volunteer humanitarian group 1,190, most of them looters trapped in burning shopping "
      "centres. It also said it had verified 52 cases of rape, most of them of ethnic Chinese "
      "women. The violence left more than 1,000 shops and homes destroyed in the capital, "
      "according to the city administration. Armed forces chief General Wiranto has said about "
      "3,000 people were arrested.",
      [C("more than 1,000", 1000, "more_than", "killed", "people in the May riots", ID_TEAM,
         ctx="more than 1,000 people"),
       C("288", 288, "exact", "killed", "deaths (city administration)",
         "Jakarta's city administration", attr_alt=[ID_TEAM]),
       C("451", 451, "exact", "killed", "deaths (police)", "the police", attr_alt=[ID_TEAM]),
       C("1,190", 1190, "exact", "killed", "deaths (volunteer group)",
         "a volunteer humanitarian group", attr_alt=[ID_TEAM]),
       C("52", 52, "exact", "other", "rape cases verified", ID_TEAM,
         cat_alt=["injured"], attr_alt=["It"]),
       C("more than 1,000", 1000, "more_than", "infrastructure", "shops and homes destroyed",
         "the city administration", ctx="more than 1,000 shops"),
       C("about 3,000", 3000, "about", "detained", "people arrested",
         "Armed forces chief General Wiranto")],
      published="1998-11-03"),

    P("d51_038",
      "Shirur landslide: remains found in Arjun's truck, toll rises to nine; two still missing\n"
      "Updated - September 26, 2024 09:12 am IST\n"
      "KARWAR: The death toll in the July 16 landslide at Shirur on the Ankola stretch of the "
      "national highway rose to nine on Wednesday after the cab of a truck recovered from the "
      "Gangavali river was found to contain human remains, Uttara Kannada Deputy Commissioner "
      "Lakshmipriya K. said. The remains are believed to be those of the truck's driver, Arjun "
      "of Kozhikode, and will be confirmed by DNA tests. Eight bodies had been recovered in the "
      "first week after the landslide, and two people are still unaccounted for. Divers had "
      "searched the riverbed for more than 70 days. Officials had initially said 11 people were "
      "missing.",
      [C("nine", 9, "exact", "killed", "people in Shirur landslide (headline)", None,
         ctx="toll rises to nine"),
       C("two", 2, "exact", "missing", "people still missing (headline)", None,
         ctx="two still missing"),
       C("nine", 9, "exact", "killed", "people in Shirur landslide", LAKSHMIPRIYA,
         ctx="rose to nine"),
       C("Eight", 8, "exact", "killed", "bodies recovered in the first week", LAKSHMIPRIYA,
         attr_alt=[None]),
       C("two", 2, "exact", "missing", "people unaccounted for", LAKSHMIPRIYA,
         attr_alt=[None], ctx="two people"),
       C("11", 11, "exact", "missing", "people missing (initial figure)", "Officials")],
      published="2024-09-26"),

    # --- Central Asia ----------------------------------------------------------------------------
    P("d51_039",
      "BISHKEK, April 9, 2010 (Reuters) - The number of people killed in clashes between "
      "protesters and security forces in Kyrgyzstan's capital rose to 76 on Friday, the health "
      "ministry said, up from 75 a day earlier, as the interim government moved to consolidate "
      "control. A ministry spokeswoman said 1,520 people had sought medical help since "
      "Wednesday, and that 520 were still in hospital. Interim leader Roza Otunbayeva said "
      "snipers had fired on the crowd outside the presidential administration building and that "
      "\"more than 100\" people had died, a figure the ministry could not confirm. Ousted "
      "President Kurmanbek Bakiyev, who fled to his southern stronghold of Jalalabad, said he "
      "would not resign. About 500 soldiers loyal to the new government have been deployed to "
      "guard the capital's main buildings.",
      [C("76", 76, "exact", "killed", "people in Bishkek clashes", "the health ministry"),
       C("75", 75, "exact", "killed", "people (earlier toll)", "the health ministry"),
       C("1,520", 1520, "exact", "injured", "people who sought medical help", KG_SPOKESWOMAN),
       C("520", 520, "exact", "injured", "people still in hospital", KG_SPOKESWOMAN),
       C("more than 100", 100, "more_than", "killed", "people (Otunbayeva)",
         "Interim leader Roza Otunbayeva"),
       C("About 500", 500, "about", "troops", "soldiers deployed in the capital", None)],
      published="2010-04-09"),

    P("d51_040",
      "ULAN BATOR, July 3, 2008 (AFP) - Mongolian police said Thursday they had detained 716 "
      "people after rioting over disputed election results, and that a fifth person had died of "
      "gunshot wounds, raising the death toll from Tuesday's violence to five. The country's "
      "general prosecutor said 329 people were injured, among them 108 police officers, while "
      "the opposition Democratic Party said at least 10 protesters had been killed. The "
      "headquarters of the ruling Mongolian People's Revolutionary Party was burned and looted. "
      "President Nambaryn Enkhbayar has "
      "declared a four-day state of emergency.\n"
      "This story has been corrected to show that 108 police officers were injured, not 180.",
      [C("716", 716, "exact", "detained", "people detained", "Mongolian police"),
       C("five", 5, "exact", "killed", "people in the riots", "Mongolian police"),
       C("329", 329, "exact", "injured", "people injured", MN_PROSECUTOR),
       C("108", 108, "exact", "injured", "police officers injured", MN_PROSECUTOR,
         ctx="among them 108"),
       C("at least 10", 10, "at_least", "killed", "protesters (opposition)",
         "the opposition Democratic Party"),
       C("108", 108, "exact", "injured", "police officers injured (corrected)", None,
         attr_alt=[MN_PROSECUTOR], ctx="that 108"),
       C("180", 180, "exact", "injured", "police officers (retracted)", None,
         optional=True)],
      published="2008-07-03"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d51_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
