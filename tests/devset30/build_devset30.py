"""Source of the thirtieth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on wars and armed
conflicts from 2016 to 2025 seen through casualty counting and contested figures: monitors
against governments against armed groups (Nagorno-Karabakh, Sudan and Abyei, Myanmar, eastern DR
Congo, the Sahel, Yemen, Syria, Libya, Cabo Delgado, Haiti, Amhara, Somalia, the Kyrgyz–Tajik
border, north-east Nigeria, the Central African Republic and Cameroon's Far North). Written for
this set (none copied from an article) in the styles of wire copy (Reuters, AP, AFP, Xinhua,
Lusa), UN OCHA, UNHCR and IOM updates with bullet-like sentences, monitor reports (ACLED's Cabo
Ligado, an SOHR page), ministry and army statements quoted at length, analysis pieces that
compare several estimates in one paragraph, and corrections. Annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded
in the READMEs of ``tests/devset2`` to ``tests/devset27`` and ``tests/holdout2``. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not
facts. One passage holds only non-claims.

Run ``python tests/devset30/build_devset30.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

ARM_MOD = "Armenia's defence ministry"
AZ_MOD = "Azerbaijan's defence ministry"
AZ_PGO = "Azerbaijan's prosecutor general's office"
SOHR = "the Syrian Observatory for Human Rights"
SOHR_MON = "The Britain-based monitor"
ARM_IC = "Armenia's Investigative Committee"
EMERGENCY_LAWYERS = "the Emergency Lawyers"
IOM = "the International Organization for Migration"
ABYEI_MIN = "the area's information minister"
UNISFA = "The U.N. Interim Security Force for Abyei"
DTM = "IOM's Displacement Tracking Matrix (DTM)"
EG_GOV = "figures from the Egyptian government"
AA = "The Arakan Army (AA)"
AA_GROUP = "The ethnic armed group"
ZAW = "Zaw Min Tun"
OCHA_CD = "the U.N. humanitarian office OCHA"
MSF = "Médecins Sans Frontières"
SA_DEF = "South Africa's defence force"
KIWEWA = "Lubero territory administrator Colonel Alain Kiwewa"
KAGHENI = "Samuel Kakule Kagheni"
JNIM = "al Qaeda affiliate JNIM"
SEC_SOURCES = "Two security sources"
GEN_STAFF = "the general staff"
CSP = "The rebel Permanent Strategic Framework (CSP)"
BF_GOV = "Burkina Faso's government"
OUEDRAOGO = "government spokesman Jean-Emmanuel Ouédraogo"
CISC = ("The Collective Against Impunity and the Stigmatisation of Communities (CISC)")
ICRC = "the International Committee of the Red Cross"
RAUCH = "the ICRC's head of delegation in Yemen, Franz Rauchenstein"
ERYANI = "Information Minister Moammar al-Eryani"
WHITE_HELMETS = "the Syrian Civil Defence"
GNA_MOH = ("the health ministry of the internationally recognised Government of National "
           "Accord (GNA)")
SALAME = "U.N. envoy Ghassan Salame"
LY_EMC = "Libya's Emergency Medicine Centre"
RWIVANGA = "Colonel Ronald Rwivanga"
ISM = "Islamic State Mozambique (ISM)"
IOM_DTM = "IOM's Displacement Tracking Matrix"
HT_DPC = "Haiti's civil protection directorate"
EHRC = "The state-appointed Ethiopian Human Rights Commission"
BAHIR_DAR_DOCTORS = "Two doctors at Felege Hiwot hospital in Bahir Dar"
ENDF = "The Ethiopian National Defense Force (ENDF)"
FANO = "A Fano commander in Gojjam"
MOTTA = "Residents of Motta"
OSMAN = "Somalia's information minister Abdirahman Osman"
MINUSCA = "The UN mission MINUSCA"
BOUKAR = "the mayor of the local Mozogo commune, Medjeweh Boukar"
MALIKI = "Coalition spokesman Colonel Turki al-Maliki"
ACLED_FULL = "The Armed Conflict Location & Event Data Project (ACLED)"
LSHTM = "A study by the London School of Hygiene & Tropical Medicine"
PERRIELLO = "The U.S. envoy for Sudan, Tom Perriello"
NE_MOD = "Niger's defence ministry"

PASSAGES = [
    # --- Nagorno-Karabakh ---------------------------------------------------------------------
    P("d30_001",
      "YEREVAN, April 5, 2016 (AFP) - Armenia's defence ministry said on Tuesday that 29 of its "
      "soldiers had been killed and 101 wounded since fighting flared along the Nagorno-Karabakh "
      "front line on Saturday, and that 28 servicemen were still missing. Azerbaijan's defence "
      "ministry, which has acknowledged 31 dead among its own troops, said its forces had "
      "destroyed 30 Armenian tanks and killed more than 300 \"enemy soldiers\", a figure Yerevan "
      "called \"pure fantasy\". The ethnic Armenian authorities in Karabakh said four civilians, "
      "among them a 12-year-old boy, had died in Azerbaijani shelling of Martakert. A truce "
      "agreed in Moscow took effect at noon on Tuesday, but each side accused the other of "
      "breaking it within hours. The war of 1988-1994 killed about 30,000 people and drove "
      "hundreds of thousands from their homes.",
      [C("29", 29, "exact", "killed", "Armenian soldiers", ARM_MOD),
       C("101", 101, "exact", "injured", "Armenian soldiers", ARM_MOD),
       C("28", 28, "exact", "missing", "Armenian servicemen", ARM_MOD),
       C("31", 31, "exact", "killed", "Azerbaijani troops", AZ_MOD),
       C("30", 30, "exact", "munitions", "Armenian tanks destroyed", AZ_MOD, cat_alt=["other"]),
       C("more than 300", 300, "more_than", "killed", "Armenian soldiers", AZ_MOD),
       C("four", 4, "exact", "killed", "civilians in Karabakh",
         "The ethnic Armenian authorities in Karabakh"),
       C("about 30,000", 30000, "about", "killed", "people killed in the 1988-1994 war"),
       C("hundreds of thousands", 100000, "vague", "displaced",
         "people driven from their homes in the 1988-1994 war")],
      published="2016-04-05"),

    P("d30_002",
      "BAKU, Oct 28 (Reuters) - A missile strike on the Azerbaijani town of Barda, about 30 km "
      "from the front line, killed 21 civilians and wounded 70 on Wednesday, Azerbaijan's "
      "prosecutor general's office said. \"The Armenian armed forces fired Smerch rockets loaded "
      "with cluster munitions at densely populated residential areas of the city. Twenty-one "
      "civilians were killed and 70 others were wounded, among them six children. In total, "
      "since September 27, 91 civilians have been killed and 400 wounded as a result of Armenian "
      "attacks, and 2,410 private houses and 90 apartment buildings have been damaged,\" the "
      "office said in a statement. Armenia's defence ministry denied firing at Barda. Amnesty "
      "International said it had confirmed the use of cluster munitions, which are banned under "
      "a 2008 convention that neither country has joined. Smerch rockets can reach targets up to "
      "90 km away.",
      [C("21", 21, "exact", "killed", "civilians in Barda", AZ_PGO),
       C("70", 70, "exact", "injured", "people in Barda", AZ_PGO, ctx="wounded 70"),
       C("Twenty-one", 21, "exact", "killed", "civilians in Barda (statement)", "the office",
         attr_alt=[AZ_PGO]),
       C("70", 70, "exact", "injured", "people in Barda (statement)", "the office",
         attr_alt=[AZ_PGO], ctx="70 others"),
       C("six", 6, "exact", "injured", "children among the victims", "the office",
         cat_alt=["killed"], attr_alt=[AZ_PGO]),
       C("91", 91, "exact", "killed", "Azerbaijani civilians since September 27", "the office",
         attr_alt=[AZ_PGO]),
       C("400", 400, "exact", "injured", "Azerbaijani civilians since September 27",
         "the office", attr_alt=[AZ_PGO]),
       C("2,410", 2410, "exact", "infrastructure", "private houses damaged", "the office",
         attr_alt=[AZ_PGO]),
       C("90", 90, "exact", "infrastructure", "apartment buildings damaged", "the office",
         attr_alt=[AZ_PGO], ctx="90 apartment")]),

    P("d30_003",
      "BEIRUT, Dec 1 (AFP) - At least 541 Syrian fighters sent by Turkey to fight for Azerbaijan "
      "in Nagorno-Karabakh were killed during the six-week war, the Syrian Observatory for Human "
      "Rights said on Tuesday. The Britain-based monitor said some 2,580 men had been recruited "
      "from Turkish-backed factions in northern Syria since late September, most of them "
      "promised salaries of up to $2,000 a month. The bodies of 293 of the dead have been "
      "returned to Syria, while the rest were buried in Azerbaijan, it said, citing sources in "
      "the factions. Russia's foreign intelligence service had said in October that "
      "\"thousands\" of militants from the Middle East were fighting in the conflict. Ankara and "
      "Baku deny that any Syrian fighters took part.",
      [C("At least 541", 541, "at_least", "killed", "Syrian fighters in Karabakh", SOHR),
       C("some 2,580", 2580, "about", "troops", "Syrian fighters recruited", SOHR_MON,
         cat_alt=["other"], attr_alt=[SOHR]),
       C("293", 293, "exact", "killed", "bodies returned to Syria", "sources in the factions",
         cat_alt=["other"], attr_alt=[SOHR_MON, "it", SOHR]),
       C("thousands", 1000, "vague", "troops", "militants from the Middle East",
         "Russia's foreign intelligence service", cat_alt=["other"])]),

    P("d30_004",
      "Armenia says 3,825 killed in 2020 war, 187 still missing\n"
      "Published 14 June 2022\n"
      "Armenia's Investigative Committee said on Tuesday that 3,825 Armenian servicemen and "
      "civilians had been killed in the 44-day war over Nagorno-Karabakh in the autumn of 2020, "
      "and that 187 people remained missing. Azerbaijan has put its own military losses at "
      "2,908 dead, with six servicemen still unaccounted for. About 100 Azerbaijani civilians "
      "were killed, according to the prosecutor general's office in Baku. The two countries "
      "exchanged the remains of 108 soldiers last year, the ICRC said.\n"
      "Correction, 15 June 2022: An earlier version of this article gave the number of missing "
      "as 243, a figure from a year ago. The Investigative Committee's current figure is 187.",
      [C("3,825", 3825, "exact", "killed", "Armenians killed in the 2020 war (headline)",
         "Armenia", attr_alt=[ARM_IC], ctx="says 3,825"),
       C("187", 187, "exact", "missing", "Armenians missing (headline)", "Armenia",
         attr_alt=[ARM_IC], ctx="war, 187"),
       C("3,825", 3825, "exact", "killed", "Armenian servicemen and civilians", ARM_IC,
         ctx="that 3,825"),
       C("187", 187, "exact", "missing", "people missing", ARM_IC, ctx="that 187"),
       C("2,908", 2908, "exact", "killed", "Azerbaijani servicemen", "Azerbaijan"),
       C("six", 6, "exact", "missing", "Azerbaijani servicemen", "Azerbaijan"),
       C("About 100", 100, "about", "killed", "Azerbaijani civilians",
         "the prosecutor general's office in Baku"),
       C("108", 108, "exact", "killed", "soldiers' remains exchanged", "the ICRC",
         cat_alt=["other"]),
       C("243", 243, "exact", "missing", "missing (retracted figure)", optional=True),
       C("187", 187, "exact", "missing", "people missing (correction)",
         "The Investigative Committee", attr_alt=[ARM_IC], ctx="figure is 187")],
      published="2022-06-14"),

    # --- Sudan and Abyei ----------------------------------------------------------------------
    P("d30_005",
      "PORT SUDAN, May 3 (Reuters) - Sudan's Rapid Support Forces killed more than 300 "
      "civilians after seizing the West Kordofan town of Al-Nuhud on Thursday, the Emergency "
      "Lawyers, a rights group that documents abuses in the war, said on Saturday. The group "
      "said the paramilitary's fighters had gone from house to house, looting and shooting "
      "residents, and had taken dozens of men to an unknown location. The RSF, which said it had "
      "\"liberated\" the town and killed \"more than 200\" army soldiers and allied fighters, "
      "denied targeting civilians. About 46,000 people have fled Al-Nuhud, most of them towards "
      "El Obeid, 230 km (140 miles) to the east, the International Organization for Migration "
      "said. Before the war the town had some 120,000 inhabitants, among them thousands who had "
      "fled earlier fighting in Darfur.",
      [C("more than 300", 300, "more_than", "killed", "civilians in Al-Nuhud",
         EMERGENCY_LAWYERS),
       C("dozens", 12, "vague", "detained", "men taken away", "The group",
         cat_alt=["hostages"], attr_alt=[EMERGENCY_LAWYERS]),
       C("more than 200", 200, "more_than", "killed", "army soldiers and allied fighters",
         "The RSF"),
       C("About 46,000", 46000, "about", "displaced", "people who fled Al-Nuhud", IOM),
       C("some 120,000", 120000, "about", "population", "inhabitants of Al-Nuhud"),
       C("thousands", 1000, "vague", "displaced", "people who had fled Darfur")]),

    P("d30_006",
      "JUBA, South Sudan (AP) — At least 52 people, among them a Ghanaian U.N. peacekeeper, were "
      "killed and 64 wounded when armed youths attacked villages in the disputed Abyei region "
      "over the weekend, the area's information minister said Monday. Bulis Koch said the "
      "attackers had come from neighboring Warrap state and that hundreds of residents had "
      "fled. The U.N. Interim Security Force for Abyei, known as UNISFA, said its base in Agok "
      "had come under attack and that it was sheltering \"more than 2,000\" civilians there. It "
      "did not give a toll of its own. Abyei, claimed by both Sudan and South Sudan, has been "
      "patrolled by U.N. troops since 2011; the force's authorized strength is 3,250.",
      [C("At least 52", 52, "at_least", "killed", "people in Abyei", ABYEI_MIN,
         attr_alt=["Bulis Koch"]),
       C("64", 64, "exact", "injured", "people in Abyei", ABYEI_MIN, attr_alt=["Bulis Koch"]),
       C("hundreds", 100, "vague", "displaced", "residents who fled", "Bulis Koch"),
       C("more than 2,000", 2000, "more_than", "displaced", "civilians sheltering at the Agok base",
         UNISFA, attr_alt=["UNISFA"]),
       C("3,250", 3250, "exact", "troops", "UNISFA authorized strength", optional=True)]),

    P("d30_007",
      "SUDAN: Kordofan Crisis – Situation Report\n"
      "Last updated: 18 Jun 2025\n"
      "HIGHLIGHTS\n"
      "• Fighting around Dilling and Kadugli has displaced an estimated 12,400 people since 1 "
      "June, according to IOM's Displacement Tracking Matrix (DTM).\n"
      "• At least 40 civilians were reportedly killed when shells hit Kadugli's main market on 9 "
      "June.\n"
      "• Only three of the 17 trucks in a WFP convoy reached Kadugli; the rest were turned back "
      "at Habila.\n"
      "• Acute malnutrition rates among children under 5 exceed 30 per cent in parts of both "
      "towns.\n"
      "SITUATION OVERVIEW\n"
      "Kadugli and Dilling have been cut off by road for more than a year. Before the siege, "
      "Kadugli hosted about 180,000 people, including some 60,000 who had fled fighting "
      "elsewhere. Humanitarian partners have pre-positioned 1,150 metric tons of food and "
      "nutrition supplies in El Obeid, 240 km to the north-east, pending safe passage.",
      [C("an estimated 12,400", 12400, "about", "displaced", "people displaced around Dilling "
         "and Kadugli", DTM, attr_alt=["IOM"]),
       C("At least 40", 40, "at_least", "killed", "civilians at Kadugli market"),
       C("three", 3, "exact", "aid", "WFP trucks that reached Kadugli", ctx="three of the 17"),
       C("17", 17, "exact", "aid", "trucks in the WFP convoy"),
       C("about 180,000", 180000, "about", "population", "people in Kadugli before the siege"),
       C("some 60,000", 60000, "about", "displaced", "displaced people hosted in Kadugli"),
       C("1,150", 1150, "exact", "aid", "metric tons of food and nutrition supplies", None,
         attr_alt=["Humanitarian partners"])],
      published="2025-06-18"),

    P("d30_008",
      "Sudanese arrivals in Egypt: over half a million\n"
      "Briefing notes | 12 March 2024\n"
      "More than 500,000 people have fled Sudan into Egypt since the war began in April 2023, "
      "according to figures from the Egyptian government. UNHCR has so far registered 243,000 of "
      "them as refugees or asylum-seekers, and registration appointments are now booked months "
      "in advance. Most arrive through the Argeen and Qustul crossings, where UNHCR and the "
      "Egyptian Red Crescent have distributed 2.1 million hot meals and 64,000 hygiene kits. "
      "Since January, about 1,200 people have crossed every day on average. Around 60 per cent "
      "of new arrivals are women and children, and UNHCR's appeal for Egypt is only 8 per cent "
      "funded.",
      [C("over half a million", 500000, "more_than", "displaced",
         "Sudanese arrivals in Egypt (headline)"),
       C("More than 500,000", 500000, "more_than", "displaced", "people who fled into Egypt",
         EG_GOV),
       C("243,000", 243000, "exact", "displaced", "refugees and asylum-seekers registered",
         attr_alt=["UNHCR"]),
       C("2.1 million", 2_100_000, "exact", "aid", "hot meals distributed", attr_alt=["UNHCR"]),
       C("64,000", 64000, "exact", "aid", "hygiene kits distributed", attr_alt=["UNHCR"]),
       C("about 1,200", 1200, "about", "displaced", "people crossing each day",
         attr_alt=["UNHCR"])],
      published="2024-03-12"),

    # --- Myanmar -------------------------------------------------------------------------------
    P("d30_009",
      "COX'S BAZAR, Bangladesh, Aug 9 (Reuters) - Drone attacks on Rohingya families waiting to "
      "cross the Naf river from Myanmar into Bangladesh on Monday killed dozens of people, among "
      "them children, four witnesses told Reuters. One of them, Mohammed Eliyas, 35, said he had "
      "seen between 70 and 100 bodies on the riverbank near Maungdaw; another said \"more than "
      "200\" had died. Médecins Sans Frontières said its teams in Bangladesh had treated 39 "
      "people for war-related wounds since Aug. 5. The Arakan Army, which now controls most of "
      "northern Rakhine state, denied responsibility and blamed the military, which in turn "
      "blamed the rebels. Bangladeshi officials say about 8,000 Rohingya have crossed the border "
      "in the past two months despite a ban on new arrivals; the country already hosts more "
      "than a million.",
      [C("dozens", 12, "vague", "killed", "Rohingya killed by drones", "four witnesses"),
       C("four", 4, "exact", "other", "witnesses", optional=True, ctx="four witnesses"),
       C("between 70 and 100", 70, "range", "killed", "bodies on the riverbank",
         "Mohammed Eliyas", high=100),
       C("more than 200", 200, "more_than", "killed", "Rohingya killed", "four witnesses",
         attr_alt=["another"]),
       C("39", 39, "exact", "injured", "people treated for war wounds", MSF),
       C("about 8,000", 8000, "about", "displaced", "Rohingya who crossed into Bangladesh",
         "Bangladeshi officials"),
       C("more than a million", 1_000_000, "more_than", "displaced",
         "Rohingya hosted in Bangladesh", "Bangladeshi officials", attr_alt=[None])]),

    P("d30_010",
      "Arakan Army says it has captured junta's Western Command\n"
      "By THE IRRAWADDY 21 December 2024\n"
      "The Arakan Army (AA) said on Friday it had seized the headquarters of the Myanmar "
      "military's Western Regional Command in Ann, Rakhine State, after weeks of fighting. The "
      "ethnic armed group said in a statement that it had taken more than 400 junta troops "
      "prisoner, including a brigadier general, and that \"hundreds\" of regime soldiers had "
      "been killed. It said its fighters had also seized 24 artillery pieces and about 300 small "
      "arms. The junta has not commented. According to the AA, the regime carried out more than "
      "50 air strikes on Ann township during the offensive, killing at least 20 civilians. The "
      "Western Command is the second of the military's 14 regional commands to fall since the "
      "launch of Operation 1027 in October 2023.",
      [C("more than 400", 400, "more_than", "hostages", "junta troops taken prisoner", AA_GROUP,
         cat_alt=["detained"], attr_alt=[AA]),
       C("hundreds", 100, "vague", "killed", "regime soldiers", AA_GROUP, attr_alt=[AA]),
       C("24", 24, "exact", "munitions", "artillery pieces seized", AA, cat_alt=["other"],
         attr_alt=["It", AA_GROUP]),
       C("about 300", 300, "about", "munitions", "small arms seized", AA, cat_alt=["other"],
         attr_alt=["It", AA_GROUP]),
       C("more than 50", 50, "more_than", "munitions", "junta air strikes on Ann", "the AA",
         cat_alt=["other"], attr_alt=[AA]),
       C("at least 20", 20, "at_least", "killed", "civilians in Ann township", "the AA",
         attr_alt=[AA]),
       C("14", 14, "exact", "other", "regional commands", optional=True)],
      published="2024-12-21"),

    P("d30_011",
      "YANGON, Feb 13, 2024 (AFP) - Myanmar's junta will call up 5,000 people a month under a "
      "newly activated conscription law, starting after the Thingyan new year holiday in April, "
      "a military spokesman said on Tuesday. Zaw Min Tun told state media that the military "
      "aimed to enlist 60,000 men and women a year and that about 14 million people were "
      "eligible. Under the law, men aged 18 to 35 and women aged 18 to 27 can be called up for "
      "two years, and specialists such as doctors up to the age of 45 for three years. "
      "Thousands of young people have queued outside the Thai embassy in Yangon for visas since "
      "the announcement on Saturday. Draft dodgers face up to five years in prison.",
      [C("5,000", 5000, "exact", "troops", "conscripts a month", "a military spokesman",
         attr_alt=[ZAW]),
       C("60,000", 60000, "exact", "troops", "conscripts a year", ZAW,
         attr_alt=["a military spokesman"]),
       C("about 14 million", 14_000_000, "about", "population", "people eligible for conscription",
         ZAW, cat_alt=["other"]),
       C("Thousands", 1000, "vague", "other", "young people queuing for Thai visas")],
      published="2024-02-13"),

    # --- Eastern DR Congo ----------------------------------------------------------------------
    P("d30_012",
      "GOMA, Democratic Republic of Congo, Feb 9 (Reuters) - Fighting between M23 rebels and the "
      "Congolese army around the town of Sake, 25 km west of Goma, has driven about 135,000 "
      "people towards the provincial capital in a week, the U.N. humanitarian office OCHA said "
      "on Friday. Médecins Sans Frontières said Kyeshero hospital in Goma had admitted 182 "
      "war-wounded since Wednesday, 54 of them women and 29 children under 15. The army said it "
      "had killed \"more than 100\" rebels in the fighting, while M23 spokesman Lawrence Kanyuka "
      "said the rebels had shot down an army drone. South Africa's defence force said two of "
      "its soldiers serving with the regional SADC mission had been killed and three wounded "
      "when a mortar bomb hit their base on Wednesday.",
      [C("about 135,000", 135000, "about", "displaced", "people who fled Sake", OCHA_CD),
       C("182", 182, "exact", "injured", "war-wounded admitted in Goma", MSF),
       C("54", 54, "exact", "injured", "women among the wounded", MSF),
       C("29", 29, "exact", "injured", "children among the wounded", MSF),
       C("more than 100", 100, "more_than", "killed", "M23 rebels", "The army"),
       C("two", 2, "exact", "killed", "South African soldiers", SA_DEF, ctx="two of its"),
       C("three", 3, "exact", "injured", "South African soldiers", SA_DEF)]),

    P("d30_013",
      "BENI, Democratic Republic of Congo, Sept 9, 2025 (AFP) - Islamic State-linked ADF rebels "
      "killed at least 60 people at a funeral wake in the village of Ntoyo, in North Kivu's "
      "Lubero territory, overnight Monday, local officials and civil society sources said. "
      "Lubero territory administrator Colonel Alain Kiwewa told AFP that \"more than 60 bodies\" "
      "had been counted so far. Samuel Kakule Kagheni, a civil society leader in the area, said "
      "71 people had died and that the attackers had set fire to 18 houses and 20 motorcycles. An "
      "army spokesman in the region said troops had pursued the assailants and \"neutralised\" "
      "five of them. The UN mission, MONUSCO, says the ADF has killed more than 500 civilians in "
      "North Kivu and Ituri since July.",
      [C("at least 60", 60, "at_least", "killed", "people at a funeral wake in Ntoyo",
         "local officials and civil society sources"),
       C("more than 60", 60, "more_than", "killed", "bodies counted", KIWEWA),
       C("71", 71, "exact", "killed", "people in Ntoyo", KAGHENI),
       C("18", 18, "exact", "infrastructure", "houses set on fire", KAGHENI, cat_alt=["other"]),
       C("20", 20, "exact", "other", "motorcycles set on fire", KAGHENI, optional=True,
         cat_alt=["infrastructure"]),
       C("five", 5, "exact", "killed", "assailants neutralised",
         "An army spokesman in the region"),
       C("more than 500", 500, "more_than", "killed", "civilians killed by the ADF since July",
         "MONUSCO", attr_alt=["The UN mission"])],
      published="2025-09-09"),

    # --- The Sahel -----------------------------------------------------------------------------
    P("d30_014",
      "BAMAKO, June 2 (Reuters) - Jihadist fighters overran a military camp at Boulkessi in "
      "central Mali near the border with Burkina Faso on Sunday, the army said, putting its "
      "losses at about 30 soldiers, while al Qaeda affiliate JNIM claimed to have killed more "
      "than 100. Two security sources told Reuters the army's toll was between 60 and 80 dead "
      "and that dozens of soldiers were missing. In a statement, the army said it had "
      "\"neutralised\" dozens of assailants. JNIM said it had seized weapons and vehicles and "
      "published photographs showing at least 21 captured soldiers.",
      [C("about 30", 30, "about", "killed", "Malian soldiers", "the army",
         cat_alt=["injured", "troops"]),
       C("more than 100", 100, "more_than", "killed", "Malian soldiers", JNIM,
         attr_alt=["JNIM"]),
       C("Two", 2, "exact", "other", "security sources", optional=True),
       C("between 60 and 80", 60, "range", "killed", "Malian soldiers", SEC_SOURCES, high=80),
       C("dozens", 12, "vague", "missing", "Malian soldiers", SEC_SOURCES,
         ctx="dozens of soldiers"),
       C("dozens", 12, "vague", "killed", "assailants neutralised", "the army",
         ctx="dozens of assailants"),
       C("at least 21", 21, "at_least", "hostages", "captured soldiers", "JNIM",
         cat_alt=["detained"], attr_alt=[JNIM])]),

    P("d30_015",
      "Mali army says it has retaken Kidal from rebels\n"
      "BAMAKO, Nov 14, 2023 (AFP) - Mali's army said on Tuesday it had taken control of Kidal, "
      "the northern stronghold of mostly Tuareg separatist rebels, for the first time in about a "
      "decade. \"Our armed forces have seized Kidal,\" junta leader Colonel Assimi Goita said in "
      "a message read on state television. \"During the operation, FAMa units neutralised dozens "
      "of terrorists and destroyed 14 of their vehicles. Our losses are four killed and nine "
      "wounded,\" the general staff said in a separate statement. The rebel Permanent Strategic "
      "Framework (CSP) said its fighters had withdrawn from the town and accused the army and "
      "Russian Wagner mercenaries of killing at least 17 civilians in drone strikes over the "
      "past week. Local officials said about 6,000 residents had fled since October.",
      [C("dozens", 12, "vague", "killed", "terrorists neutralised", GEN_STAFF),
       C("14", 14, "exact", "munitions", "rebel vehicles destroyed", GEN_STAFF,
         cat_alt=["other"], ctx="14 of their"),
       C("four", 4, "exact", "killed", "Malian soldiers", GEN_STAFF),
       C("nine", 9, "exact", "injured", "Malian soldiers", GEN_STAFF),
       C("at least 17", 17, "at_least", "killed", "civilians in drone strikes", CSP),
       C("about 6,000", 6000, "about", "displaced", "residents who fled Kidal",
         "Local officials")],
      published="2023-11-14"),

    P("d30_016",
      "OUAGADOUGOU (AFP) - Burkina Faso's government said on Monday that 28 people had been "
      "found dead in the western town of Nouna after a weekend of killings that residents "
      "blamed on the VDP, a civilian militia that fights alongside the army. In a statement, "
      "government spokesman Jean-Emmanuel Ouédraogo said the deaths followed an attack by "
      "\"terrorists\" on a VDP base in the town on Friday night, in which one militiaman was "
      "killed and three were wounded. He said an investigation had been opened. The Collective "
      "Against Impunity and the Stigmatisation of Communities (CISC), a rights group, said the "
      "victims numbered \"more than 40\", most of them Fulani. The VDP, set up in 2020, has some "
      "90,000 members, according to the army.",
      [C("28", 28, "exact", "killed", "people found dead in Nouna", BF_GOV),
       C("one", 1, "exact", "killed", "VDP militiaman", OUEDRAOGO),
       C("three", 3, "exact", "injured", "VDP militiamen", OUEDRAOGO),
       C("more than 40", 40, "more_than", "killed", "victims in Nouna", CISC),
       C("some 90,000", 90000, "about", "troops", "VDP members", "the army")]),

    # --- Yemen ---------------------------------------------------------------------------------
    P("d30_017",
      "SANAA, Sept 1, 2019 (Reuters) - Saudi-led coalition air strikes on a detention centre run "
      "by Yemen's Houthi movement in the city of Dhamar killed more than 100 people on Sunday, "
      "the International Committee of the Red Cross said. \"The facility held around 170 "
      "detainees. We have counted at least 40 wounded who are being treated in hospitals,\" the "
      "ICRC's head of delegation in Yemen, Franz Rauchenstein, told reporters after visiting the "
      "site. He said the ICRC had sent 200 body bags to the local hospital. The Houthi-run Al "
      "Masirah television said 156 people had been killed. The coalition said it had struck a "
      "Houthi site used to store drones and missiles, a \"legitimate military target\".",
      [C("more than 100", 100, "more_than", "killed", "people at the Dhamar detention centre",
         ICRC),
       C("around 170", 170, "about", "detained", "detainees held at the facility", RAUCH),
       C("at least 40", 40, "at_least", "injured", "wounded in hospitals", RAUCH),
       C("200", 200, "exact", "aid", "body bags sent", RAUCH, cat_alt=["other"],
         attr_alt=["He"]),
       C("156", 156, "exact", "killed", "people in Dhamar",
         "The Houthi-run Al Masirah television")],
      published="2019-09-01"),

    P("d30_018",
      "ADEN, Yemen (AP) — Explosions rocked Aden's airport moments after a plane carrying "
      "Yemen's newly formed Cabinet landed on Wednesday, killing at least 22 people and wounding "
      "50 others, security officials said. None of the ministers was hurt. Information Minister "
      "Moammar al-Eryani blamed the Houthi rebels, saying three missiles had struck the terminal "
      "and the tarmac. Hours later, a drone was shot down over the Maashiq palace, where the "
      "Cabinet had been moved, officials said. Three staff members of the International "
      "Committee of the Red Cross were among the dead, the ICRC said. By Thursday, health "
      "officials had raised the toll to 26, with more than 110 people wounded.",
      [C("at least 22", 22, "at_least", "killed", "people at Aden airport", "security officials"),
       C("50", 50, "exact", "injured", "people at Aden airport", "security officials"),
       C("three", 3, "exact", "munitions", "missiles that struck the airport", ERYANI),
       C("Three", 3, "exact", "killed", "ICRC staff members", "the ICRC"),
       C("26", 26, "exact", "killed", "people at Aden airport", "health officials"),
       C("more than 110", 110, "more_than", "injured", "people at Aden airport",
         "health officials")]),

    P("d30_019",
      "Yemen: Marib Displacement Update\n"
      "Published: 15 November 2021\n"
      "Since September, intensified hostilities in southern Marib governorate have displaced "
      "more than 45,000 people, the highest rate of displacement recorded in Yemen this year, "
      "according to IOM's Displacement Tracking Matrix (DTM). Most have moved towards Marib city "
      "and Al Wadi district, where 137 displacement sites are already hosting people who fled "
      "earlier fighting, many of them at twice their capacity. On 3 November, shelling near the "
      "Al Sawabeen site killed two children and injured four other people. IOM and its partners "
      "have provided emergency shelter kits to 5,400 families over the past month. An estimated "
      "1 million displaced people now live in the governorate, according to local authorities.",
      [C("more than 45,000", 45000, "more_than", "displaced", "people displaced in southern Marib",
         DTM),
       C("137", 137, "exact", "infrastructure", "displacement sites", cat_alt=["other"]),
       C("two", 2, "exact", "killed", "children near Al Sawabeen"),
       C("four", 4, "exact", "injured", "people near Al Sawabeen"),
       C("5,400", 5400, "exact", "other", "families given shelter kits", cat_alt=["aid"],
         attr_alt=["IOM and its partners"]),
       C("An estimated 1 million", 1_000_000, "about", "displaced",
         "displaced people in Marib governorate", "local authorities")],
      published="2021-11-15"),

    # --- Syria ---------------------------------------------------------------------------------
    P("d30_020",
      "Car bomb kills 20 near Syria's Manbij, most of them women farm workers\n"
      "Published On 3 Feb 2025\n"
      "A car bomb exploded next to a vehicle carrying agricultural workers on the outskirts of "
      "the northern Syrian city of Manbij on Monday, killing 20 people, 18 of them women and two "
      "men, according to the Syrian Civil Defence, known as the White Helmets. Fifteen other "
      "women were wounded, some of them critically, it said. It was the seventh car bombing in "
      "Manbij in little more than a month. Turkish-backed factions seized the city from the "
      "Kurdish-led Syrian Democratic Forces in December, and fighting has continued around the "
      "nearby Tishrin dam, where more than 300 fighters have been killed, the Syrian Observatory "
      "for Human Rights says.",
      [C("20", 20, "exact", "killed", "people in Manbij (headline)", ctx="kills 20"),
       C("20", 20, "exact", "killed", "people in Manbij", WHITE_HELMETS,
         attr_alt=["the White Helmets"], ctx="killing 20"),
       C("18", 18, "exact", "killed", "women", WHITE_HELMETS, attr_alt=["the White Helmets"]),
       C("two", 2, "exact", "killed", "men", WHITE_HELMETS, attr_alt=["the White Helmets"]),
       C("Fifteen", 15, "exact", "injured", "women", WHITE_HELMETS,
         attr_alt=["it", "the White Helmets"]),
       C("more than 300", 300, "more_than", "killed", "fighters around the Tishrin dam", SOHR)],
      published="2025-02-03"),

    P("d30_021",
      "SOHR: Death toll of clashes in Deir Ezzor countryside rises to 96\n"
      "September 6, 2023\n"
      "SOHR activists have documented the deaths of three more people in the clashes between "
      "Arab tribal fighters and the Syrian Democratic Forces (SDF) in the eastern countryside of "
      "Deir Ezzor, raising the death toll since fighting broke out on August 27 to 96. The dead "
      "include 25 SDF members, 54 tribal fighters and 17 civilians, among them six children and "
      "two women. SOHR sources have also reported that SDF forces arrested at least 120 people "
      "in raids on Dhiban and Al-Shuhail. According to SOHR statistics, the fighting has forced "
      "some 6,500 families out of their homes.",
      [C("96", 96, "exact", "killed", "people in the Deir Ezzor clashes (headline)", "SOHR",
         attr_alt=[None], ctx="countryside rises to 96"),
       C("three", 3, "exact", "killed", "more people documented",
         attr_alt=["SOHR activists"]),
       C("96", 96, "exact", "killed", "people in the Deir Ezzor clashes",
         attr_alt=["SOHR activists"], ctx="August 27 to 96"),
       C("25", 25, "exact", "killed", "SDF members", attr_alt=["SOHR activists"]),
       C("54", 54, "exact", "killed", "tribal fighters", attr_alt=["SOHR activists"]),
       C("17", 17, "exact", "killed", "civilians", attr_alt=["SOHR activists"]),
       C("six", 6, "exact", "killed", "children", attr_alt=["SOHR activists"]),
       C("two", 2, "exact", "killed", "women", attr_alt=["SOHR activists"]),
       C("at least 120", 120, "at_least", "detained", "people arrested by the SDF",
         "SOHR sources", attr_alt=[None]),
       C("some 6,500", 6500, "about", "displaced", "families forced from their homes",
         attr_alt=["SOHR statistics"])],
      published="2023-09-06"),

    # --- Libya ---------------------------------------------------------------------------------
    P("d30_022",
      "TRIPOLI, Jan 5, 2020 (Reuters) - An air strike on a military college in the Libyan "
      "capital killed 30 cadets and wounded 33 late on Saturday, the health ministry of the "
      "internationally recognised Government of National Accord (GNA) said. The cadets had "
      "gathered on the parade ground before going to their dormitories, ministry spokesman Amin "
      "al-Hashemi told Reuters, adding that most of the dead were aged 18 to 20. The "
      "eastern-based Libyan National Army of Khalifa Haftar denied carrying out the strike. U.N. "
      "envoy Ghassan Salame told the Security Council in November that more than 280 civilians "
      "and about 2,000 fighters had been killed since Haftar launched his offensive on Tripoli "
      "in April, and that 146,000 Libyans had been displaced.",
      [C("30", 30, "exact", "killed", "cadets", GNA_MOH),
       C("33", 33, "exact", "injured", "cadets", GNA_MOH),
       C("more than 280", 280, "more_than", "killed", "civilians since April", SALAME),
       C("about 2,000", 2000, "about", "killed", "fighters since April", SALAME),
       C("146,000", 146000, "exact", "displaced", "Libyans displaced", SALAME)],
      published="2020-01-05"),

    P("d30_023",
      "TRIPOLI, May 15, 2025 (AFP) - At least eight people were killed in two days of fighting "
      "between rival armed groups in Tripoli, Libya's Emergency Medicine Centre said on "
      "Thursday, after the killing of powerful militia leader Abdulghani al-Kikli. The UN "
      "mission in Libya, UNSMIL, said it was alarmed by reports that \"at least 58 bodies\" had "
      "been found at a hospital in Abu Salim run by al-Kikli's Stability Support Apparatus, as "
      "well as 10 burned bodies at the group's headquarters. Hundreds of inmates escaped from "
      "Al-Jadida prison during the fighting, a security source said. A truce announced by the "
      "Presidential Council on Wednesday was largely holding, and flights resumed at Mitiga "
      "airport.",
      [C("At least eight", 8, "at_least", "killed", "people in Tripoli", LY_EMC),
       C("at least 58", 58, "at_least", "killed", "bodies found at an Abu Salim hospital",
         "UNSMIL", attr_alt=["The UN mission in Libya"]),
       C("10", 10, "exact", "killed", "burned bodies at the SSA headquarters", "UNSMIL",
         attr_alt=["The UN mission in Libya"]),
       C("Hundreds", 100, "vague", "detained", "inmates who escaped", "a security source",
         cat_alt=["other"])],
      published="2025-05-15"),

    # --- Cabo Delgado --------------------------------------------------------------------------
    P("d30_024",
      "KIGALI, July 9, 2021 (Reuters) - Rwanda said on Friday it had started deploying 1,000 "
      "soldiers and police officers to Mozambique's Cabo Delgado province to help fight an "
      "Islamic State-linked insurgency. \"The Rwandan contingent will support efforts to "
      "restore Mozambican state authority by conducting combat and security operations, as well "
      "as stabilisation and security-sector reform,\" the government said in a statement. \"The "
      "Joint Force is composed of 1,000 personnel from the Rwanda Defence Force and the Rwanda "
      "National Police,\" it said. The Southern African Development Community has separately "
      "approved a standby force of nearly 3,000 troops for Mozambique. The insurgency, which "
      "began in 2017, has killed more than 3,000 people, according to the ACLED conflict "
      "monitor, and displaced over 800,000, the United Nations says.",
      [C("1,000", 1000, "exact", "troops", "Rwandan soldiers and police deployed", "Rwanda",
         ctx="deploying 1,000"),
       C("1,000", 1000, "exact", "troops", "Rwandan personnel in the Joint Force",
         "the government", attr_alt=["it", "Rwanda"], ctx="composed of 1,000"),
       C("nearly 3,000", 3000, "about", "troops", "SADC standby force",
         attr_alt=["The Southern African Development Community"]),
       C("more than 3,000", 3000, "more_than", "killed", "people killed in the insurgency",
         "the ACLED conflict monitor"),
       C("over 800,000", 800000, "more_than", "displaced", "people displaced in Cabo Delgado",
         "the United Nations")],
      published="2021-07-09"),

    P("d30_025",
      "Rwanda says Mocímboa da Praia retaken from insurgents\n"
      "MAPUTO, Aug 8, 2021 (Lusa) - Rwandan and Mozambican troops have retaken the port town of "
      "Mocímboa da Praia, which Islamist insurgents had held since August 2020, the Rwanda "
      "Defence Force said on Sunday. Its spokesman, Colonel Ronald Rwivanga, said the joint "
      "force had killed more than 60 insurgents since Rwandan troops arrived in July, and had "
      "lost four soldiers, with 13 wounded. He said the town was \"almost empty\" and that much "
      "of it had been looted or burned. About 30,000 people lived in Mocímboa da Praia before it "
      "fell; most are now in camps in Pemba and Mueda.",
      [C("more than 60", 60, "more_than", "killed", "insurgents", RWIVANGA,
         attr_alt=["Its spokesman", "the Rwanda Defence Force"]),
       C("four", 4, "exact", "killed", "Rwandan soldiers", RWIVANGA,
         cat_alt=["injured", "troops"], attr_alt=["Its spokesman", "the Rwanda Defence Force"]),
       C("13", 13, "exact", "injured", "Rwandan soldiers", RWIVANGA,
         attr_alt=["Its spokesman", "the Rwanda Defence Force"]),
       C("About 30,000", 30000, "about", "population", "residents of Mocímboa da Praia before "
         "it fell")],
      published="2021-08-08"),

    P("d30_026",
      "Cabo Ligado Monthly: March 2025\n"
      "In March, ACLED recorded 24 political violence events in Cabo Delgado, resulting in 41 "
      "reported fatalities, most of them in Muidumbe and Macomia districts. Islamic State "
      "Mozambique (ISM) claimed 11 attacks during the month and said it had killed 19 "
      "\"Christians and militiamen\", a figure that could not be verified. Insurgents also "
      "abducted at least 15 children in Muidumbe, local sources reported, and IOM's Displacement "
      "Tracking Matrix recorded more than 12,000 people displaced in Ancuabe district after "
      "attacks in the first week of the month. Government forces, supported by a Rwandan "
      "contingent of about 4,000, did not report losses.",
      [C("24", 24, "exact", "other", "political violence events", "ACLED"),
       C("41", 41, "exact", "killed", "reported fatalities", "ACLED"),
       C("11", 11, "exact", "other", "attacks claimed", ISM),
       C("19", 19, "exact", "killed", "Christians and militiamen", ISM),
       C("at least 15", 15, "at_least", "hostages", "children abducted", "local sources"),
       C("more than 12,000", 12000, "more_than", "displaced", "people displaced in Ancuabe",
         IOM_DTM),
       C("about 4,000", 4000, "about", "troops", "Rwandan contingent")]),

    # --- Haiti ---------------------------------------------------------------------------------
    P("d30_027",
      "PORT-AU-PRINCE, Haiti, Oct 24 (Reuters) - Gang attacks on the Solino neighbourhood of "
      "Haiti's capital have forced more than 10,000 people from their homes in a week, the "
      "International Organization for Migration said on Thursday, bringing the number "
      "displaced across the country to over 700,000. \"I counted at least 15 bodies on my "
      "street alone,\" said Jean-Robert Pierre, a mechanic who fled with his wife and three "
      "children to a school in Delmas. Haiti's national police said they had killed \"dozens\" "
      "of gang members in a counter-offensive backed by the Kenyan-led Multinational Security "
      "Support mission, which has some 400 officers in the country. The Viv Ansanm coalition, "
      "which controls about 80% of the capital, did not comment.",
      [C("more than 10,000", 10000, "more_than", "displaced", "people who fled Solino",
         "the International Organization for Migration"),
       C("over 700,000", 700000, "more_than", "displaced", "people displaced across Haiti",
         "the International Organization for Migration", attr_alt=[None]),
       C("at least 15", 15, "at_least", "killed", "bodies on one street", "Jean-Robert Pierre"),
       C("three", 3, "exact", "displaced", "children who fled with their father", optional=True),
       C("dozens", 12, "vague", "killed", "gang members", "Haiti's national police"),
       C("some 400", 400, "about", "troops", "MSS officers in Haiti")]),

    P("d30_028",
      "Dec. 24, 2024, 7:12 PM ET\n"
      "PORT-AU-PRINCE, Haiti (AP) — Gang members opened fire on journalists and police gathered "
      "for the reopening of Haiti's largest public hospital on Tuesday, killing two journalists "
      "and a police officer, officials said. At least seven other journalists were wounded, "
      "according to the Online Media Collective, a press group. The Viv Ansanm gang coalition "
      "claimed the attack in a video posted on social media. Health Minister Duckenson Lorthe "
      "Blema had been due to reopen the hospital, which closed in February and has some 500 "
      "beds. More than 5,350 people were killed in gang violence in Haiti this year, according "
      "to the United Nations.",
      [C("two", 2, "exact", "killed", "journalists", "officials"),
       C("At least seven", 7, "at_least", "injured", "journalists",
         "the Online Media Collective"),
       C("some 500", 500, "about", "other", "hospital beds", optional=True),
       C("More than 5,350", 5350, "more_than", "killed", "people killed in gang violence this year",
         "the United Nations")],
      published="2024-12-24"),

    P("d30_029",
      "Analysis: Why Haiti's displacement figures don't add up\n"
      "The IOM's latest count, published in June, puts the number of people displaced by gang "
      "violence in Haiti at nearly 1.3 million, a 24 per cent rise since December. Haiti's civil "
      "protection directorate, which counts only people living in its 246 registered sites, "
      "gives a far lower figure of about 230,000. UNICEF says more than half of the displaced, "
      "some 680,000, are children. The government's own estimate, cited by Prime Minister Alix "
      "Didier Fils-Aimé in a speech in May, was \"more than one million\". Most of the gap is "
      "people staying with host families, whom the IOM counts and the directorate does not: 83 "
      "per cent of the displaced, by the IOM's reckoning.",
      [C("nearly 1.3 million", 1_300_000, "about", "displaced", "people displaced in Haiti",
         "The IOM's latest count", attr_alt=["the IOM"]),
       C("246", 246, "exact", "infrastructure", "registered displacement sites", HT_DPC,
         cat_alt=["other"]),
       C("about 230,000", 230000, "about", "displaced", "people in registered sites", HT_DPC),
       C("some 680,000", 680000, "about", "displaced", "displaced children", "UNICEF"),
       C("more than one million", 1_000_000, "more_than", "displaced", "people displaced in Haiti",
         "The government's own estimate",
         attr_alt=["Prime Minister Alix Didier Fils-Aimé"])]),

    # --- Ethiopia (Amhara) ---------------------------------------------------------------------
    P("d30_030",
      "ADDIS ABABA, Aug 9, 2023 (Reuters) - Ethiopia's government said on Wednesday it had "
      "regained control of the towns of Lalibela and Gondar from Fano militiamen, a week after "
      "declaring a six-month state of emergency in the Amhara region. The state-appointed "
      "Ethiopian Human Rights Commission said at least 183 people had been killed in clashes in "
      "the region since July, many of them civilians. Two doctors at Felege Hiwot hospital in "
      "Bahir Dar, the regional capital, told Reuters they had received more than 30 bodies "
      "since Saturday. Lawyers and rights groups said more than 1,000 people, most of them "
      "ethnic Amhara, had been detained in Addis Ababa under the emergency decree. Ethiopian "
      "Airlines said it had suspended flights to Lalibela, Gondar and Bahir Dar.",
      [C("at least 183", 183, "at_least", "killed", "people in Amhara since July", EHRC),
       C("Two", 2, "exact", "other", "doctors (sources)", optional=True),
       C("more than 30", 30, "more_than", "killed", "bodies received in Bahir Dar",
         BAHIR_DAR_DOCTORS),
       C("more than 1,000", 1000, "more_than", "detained", "people detained in Addis Ababa",
         "Lawyers and rights groups")],
      published="2023-08-09"),

    P("d30_031",
      "Addis Abeba – The Ethiopian National Defense Force (ENDF) says it has killed \"more than "
      "300\" Fano militants and captured 85 in operations in East and West Gojjam over the past "
      "week, according to a statement broadcast on state media on Sunday. \"Our forces also "
      "seized 47 firearms, including 12 machine guns,\" the statement said. A Fano commander in "
      "Gojjam disputed the figures, telling Addis Standard that the militia had lost \"fewer "
      "than 20\" fighters and had itself captured 140 soldiers. Residents of Motta said a drone "
      "strike on Thursday had killed 11 civilians, among them five children. Addis Standard "
      "could not independently verify the claims.",
      [C("more than 300", 300, "more_than", "killed", "Fano militants", ENDF),
       C("85", 85, "exact", "detained", "Fano militants captured", ENDF),
       C("47", 47, "exact", "munitions", "firearms seized", "the statement", cat_alt=["other"],
         attr_alt=[ENDF]),
       C("12", 12, "exact", "munitions", "machine guns seized", "the statement",
         cat_alt=["other"], attr_alt=[ENDF]),
       C("fewer than 20", 20, "fewer_than", "killed", "Fano fighters", FANO,
         cat_alt=["injured", "troops"]),
       C("140", 140, "exact", "hostages", "soldiers captured by Fano", FANO,
         cat_alt=["detained"]),
       C("11", 11, "exact", "killed", "civilians in Motta", MOTTA),
       C("five", 5, "exact", "killed", "children in Motta", MOTTA)]),

    # --- Somalia, Central Asia, Nigeria, CAR, Cameroon ----------------------------------------
    P("d30_032",
      "MOGADISHU, Oct 20 (Reuters) - The death toll from Saturday's truck bombing at "
      "Mogadishu's Zobe junction has risen to 358, Somalia's information minister Abdirahman "
      "Osman said on Friday, up from 276 on Monday. Another 228 people were wounded and 56 "
      "remain missing, he said. The Turkish embassy said Turkey had flown 35 of the most "
      "seriously injured to Ankara for treatment. No group has claimed the bombing, which "
      "officials blame on al Shabaab. It was the deadliest attack in Somalia's history.",
      [C("358", 358, "exact", "killed", "people in the Zobe bombing", OSMAN),
       C("276", 276, "exact", "killed", "earlier toll", OSMAN, attr_alt=[None]),
       C("228", 228, "exact", "injured", "people wounded", OSMAN, attr_alt=["he"]),
       C("56", 56, "exact", "missing", "people missing", OSMAN, attr_alt=["he"]),
       C("35", 35, "exact", "injured", "injured flown to Ankara", "The Turkish embassy",
         cat_alt=["displaced"])]),

    P("d30_033",
      "Kyrgyzstan says 59 killed in border fighting with Tajikistan\n"
      "Published On 18 Sep 2022\n"
      "Kyrgyzstan said on Sunday that 59 of its citizens had been killed and 144 wounded in "
      "fighting on its border with Tajikistan, and that more than 136,000 people had been "
      "evacuated from the conflict zone in Batken region. \"The Tajik side used 122mm D-30 "
      "howitzers, BM-21 Grad rocket launchers and at least three Bayraktar TB2 drones,\" the "
      "Kyrgyz border service said. Tajikistan's government said 41 people had died on its side, "
      "among them 12 civilians. The two countries share a 970-km border, about a third of which "
      "has not been demarcated. A ceasefire agreed on Friday evening was largely holding.",
      [C("59", 59, "exact", "killed", "Kyrgyz citizens (headline)", "Kyrgyzstan",
         ctx="says 59"),
       C("59", 59, "exact", "killed", "Kyrgyz citizens", "Kyrgyzstan", ctx="that 59"),
       C("144", 144, "exact", "injured", "Kyrgyz citizens", "Kyrgyzstan"),
       C("more than 136,000", 136000, "more_than", "displaced", "people evacuated from Batken",
         "Kyrgyzstan"),
       C("at least three", 3, "at_least", "munitions", "Bayraktar TB2 drones used",
         "the Kyrgyz border service"),
       C("41", 41, "exact", "killed", "people on the Tajik side", "Tajikistan's government"),
       C("12", 12, "exact", "killed", "Tajik civilians", "Tajikistan's government")],
      published="2022-09-18"),

    P("d30_034",
      "DAMATURU, Nigeria, Sept 3 (Reuters) - Islamist militants killed at least 81 people in "
      "an attack on the village of Mafa in northeast Nigeria's Yobe state, a local government "
      "official said on Tuesday, after police had put the toll at 34. The gunmen arrived on "
      "about 50 motorcycles on Sunday evening, opened fire on a market and set homes, shops and "
      "vehicles alight, residents said. A community leader, Bulama Bukar, told Reuters that "
      "more than 150 bodies had been buried by Tuesday morning. Jihadist violence in northeast "
      "Nigeria has killed more than 40,000 people and displaced around 2 million since 2009, "
      "according to the United Nations.",
      [C("at least 81", 81, "at_least", "killed", "people in Mafa",
         "a local government official"),
       C("34", 34, "exact", "killed", "police toll", "police"),
       C("about 50", 50, "about", "other", "gunmen's motorcycles", "residents", optional=True,
         cat_alt=["munitions"]),
       C("more than 150", 150, "more_than", "killed", "bodies buried", "Bulama Bukar",
         attr_alt=["A community leader"]),
       C("more than 40,000", 40000, "more_than", "killed", "people killed in northeast Nigeria",
         "the United Nations"),
       C("around 2 million", 2_000_000, "about", "displaced", "people displaced in northeast "
         "Nigeria", "the United Nations")]),

    P("d30_035",
      "BANGUI (AFP) - The Central African Red Cross said on Monday it had found 115 bodies in the "
      "southeastern town of Bangassou after a weekend attack by anti-balaka militiamen on its "
      "Muslim quarter. The UN mission MINUSCA said one Moroccan peacekeeper had been killed "
      "defending the town, bringing to six the number of its troops killed in the region in a "
      "week, and that it had flown in 160 Portuguese paratroopers as reinforcements. Some 2,000 "
      "Muslims are sheltering in the town's Catholic cathedral, Bishop Juan José Aguirre said. "
      "The UN says about a fifth of the country's 4.5 million people have fled their homes.",
      [C("115", 115, "exact", "killed", "bodies found in Bangassou",
         "The Central African Red Cross"),
       C("one", 1, "exact", "killed", "Moroccan peacekeeper", MINUSCA, attr_alt=["MINUSCA"]),
       C("six", 6, "exact", "killed", "MINUSCA troops killed in a week", MINUSCA,
         attr_alt=["MINUSCA", None]),
       C("160", 160, "exact", "troops", "Portuguese paratroopers flown in", MINUSCA,
         attr_alt=["MINUSCA"]),
       C("Some 2,000", 2000, "about", "displaced", "Muslims sheltering in the cathedral",
         "Bishop Juan José Aguirre"),
       C("4.5 million", 4_500_000, "exact", "population", "people in the Central African "
         "Republic", "The UN")]),

    P("d30_036",
      "Cameroon: Attack on displaced people's camp kills 17\n"
      "Published 3 August 2020\n"
      "At least 17 people were killed and 16 wounded when attackers set off explosives in a "
      "camp for displaced people in Nguetechewe, in Cameroon's Far North region, overnight, the "
      "mayor of the local Mozogo commune, Medjeweh Boukar, told Reuters. The camp shelters about "
      "800 people who fled earlier Boko Haram raids, he said. Amnesty International later said "
      "18 people had died. The UN says jihadist violence has killed more than 3,000 people in "
      "the Far North since 2014 and forced about 322,000 from their homes.",
      [C("17", 17, "exact", "killed", "people in Nguetechewe (headline)", ctx="kills 17"),
       C("At least 17", 17, "at_least", "killed", "people in Nguetechewe", BOUKAR),
       C("16", 16, "exact", "injured", "people in Nguetechewe", BOUKAR),
       C("about 800", 800, "about", "displaced", "people sheltering in the camp", BOUKAR,
         cat_alt=["population"], attr_alt=["he"]),
       C("18", 18, "exact", "killed", "people in Nguetechewe", "Amnesty International"),
       C("more than 3,000", 3000, "more_than", "killed", "people killed in the Far North",
         "The UN"),
       C("about 322,000", 322000, "about", "displaced", "people displaced in the Far North",
         "The UN")],
      published="2020-08-03"),

    # --- Missiles, a correction, an analysis, a ministry statement ----------------------------
    P("d30_037",
      "RIYADH, March 26 (Reuters) - Saudi air defences intercepted seven ballistic missiles "
      "fired by Yemen's Houthi movement at Riyadh and three other cities late on Sunday, the "
      "Saudi-led coalition said, and an Egyptian man in the capital was killed by falling "
      "debris. Coalition spokesman Colonel Turki al-Maliki said three of the missiles had been "
      "aimed at Riyadh. The Houthis' Al Masirah television said the group had targeted King "
      "Khalid airport and \"other vital targets\" without saying how many missiles were fired. "
      "The coalition says the Houthis have fired 104 ballistic missiles at the kingdom since "
      "2015.\n"
      "(This story has been corrected to say the coalition reported seven intercepted missiles, "
      "not nine, in paragraph 1)",
      [C("seven", 7, "exact", "munitions", "Houthi missiles intercepted",
         "the Saudi-led coalition", ctx="intercepted seven"),
       C("three", 3, "exact", "other", "other cities targeted", optional=True,
         ctx="three other cities"),
       C("three", 3, "exact", "munitions", "missiles aimed at Riyadh", MALIKI,
         ctx="three of the missiles"),
       C("104", 104, "exact", "munitions", "ballistic missiles fired since 2015",
         "The coalition"),
       C("seven", 7, "exact", "munitions", "missiles intercepted (correction)", "the coalition",
         ctx="reported seven"),
       C("nine", 9, "exact", "munitions", "retracted missile count", optional=True)]),

    P("d30_038",
      "How many people have died in Sudan's war? The estimates compared\n"
      "Published 14 November 2024\n"
      "Nobody knows how many people have been killed since fighting erupted between the army "
      "and the Rapid Support Forces in April 2023. The Armed Conflict Location & Event Data "
      "Project (ACLED), which tallies deaths reported by the media and local sources, had "
      "recorded about 28,700 by early October. A study by the London School of Hygiene & "
      "Tropical Medicine estimated that more than 61,000 people died in Khartoum state alone in "
      "the first 14 months of the war, some 26,000 of them from violence, and that most deaths "
      "elsewhere go unrecorded. The U.S. envoy for Sudan, Tom Perriello, has said that as many "
      "as 150,000 people may have died. More than 11 million people have been displaced inside "
      "the country and abroad, according to the United Nations.",
      [C("about 28,700", 28700, "about", "killed", "deaths recorded by ACLED", ACLED_FULL),
       C("more than 61,000", 61000, "more_than", "killed", "deaths in Khartoum state", LSHTM),
       C("some 26,000", 26000, "about", "killed", "violent deaths in Khartoum state", LSHTM),
       C("as many as 150,000", 150000, "at_most", "killed", "deaths in Sudan's war", PERRIELLO,
         attr_alt=["Tom Perriello"]),
       C("More than 11 million", 11_000_000, "more_than", "displaced",
         "people displaced by Sudan's war", "the United Nations")],
      published="2024-11-14"),

    P("d30_039",
      "NIAMEY, Dec 13 (Xinhua) -- Niger's defence ministry said on Friday that 39 civilians had "
      "been killed in two attacks by \"terrorists\" on the villages of Libiri and Kokorou in the "
      "Tillaberi region this week. \"In Libiri, 18 civilians were killed and nine others wounded "
      "by armed bandits on motorcycles. In Kokorou, 21 civilians lost their lives when the "
      "assailants opened fire at the weekly market. The defence and security forces immediately "
      "launched a pursuit, neutralising 10 terrorists and recovering four motorcycles,\" the "
      "ministry said in a statement read on national television. President Abdourahamane Tiani "
      "ordered three days of mourning across the country.",
      [C("39", 39, "exact", "killed", "civilians in Libiri and Kokorou", NE_MOD),
       C("two", 2, "exact", "other", "attacks", NE_MOD, optional=True, ctx="two attacks"),
       C("18", 18, "exact", "killed", "civilians in Libiri", "the ministry", attr_alt=[NE_MOD]),
       C("nine", 9, "exact", "injured", "people in Libiri", "the ministry", attr_alt=[NE_MOD]),
       C("21", 21, "exact", "killed", "civilians in Kokorou", "the ministry", attr_alt=[NE_MOD]),
       C("10", 10, "exact", "killed", "terrorists neutralised", "the ministry",
         attr_alt=[NE_MOD]),
       C("four", 4, "exact", "other", "motorcycles recovered", "the ministry", optional=True,
         cat_alt=["munitions"], attr_alt=[NE_MOD])]),

    # --- Only non-claims -----------------------------------------------------------------------
    P("d30_040",
      "BAKU, Nov 8 (AFP) - Azerbaijan marked Victory Day on Wednesday, the third anniversary of "
      "the end of the 44-day war over Nagorno-Karabakh, with a military parade in Khankendi, the "
      "city Armenians call Stepanakert. The parade featured Israeli-made LORA ballistic "
      "missiles, which have a range of up to 400 kilometres, Polonez launchers firing 300mm "
      "rockets and Turkish Bayraktar TB2 drones. President Ilham Aliyev, 61, said the defence "
      "budget for 2024 would rise by 18% to 8.2 billion manats ($4.8 billion). The war ended on "
      "November 10, 2020, under a Russian-brokered deal; Azerbaijan's lightning offensive in "
      "September took just 24 hours.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d30_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "devset21", "devset22", "devset23",
                                                   "devset24", "devset25", "devset26",
                                                   "devset27", "devset28", "devset29",
                                                   "holdout", "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
