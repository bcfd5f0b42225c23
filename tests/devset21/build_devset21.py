"""Source of the twenty-first development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on wars and armed conflicts with competing military and civilian
figures, written for this set (none copied from an article) in the styles of Russian ministry
readouts translated into English (TASS, RIA Novosti), Ukrinform and the Kyiv Independent, an
ISW-style assessment, wire copy (Reuters, AP, AFP), Al Jazeera, Middle East Eye, The National,
Radio Dabanga, The Irrawaddy, UN Security Council press releases, an ICRC news release and a US
newspaper's web page. The set stresses munitions fired, launched, shot down or intercepted,
equipment destroyed, troops deployed or lost, prisoners exchanged, children deported and
returned, aid trucks and tonnes, hostages and detainees, displacement, infrastructure hit,
tolls by side, figures passed through chains of sources, claims and denials, cumulative "since
the war began" totals against daily figures, ranges and vague amounts. Annotated by hand and
blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset18`` and
``tests/holdout2``. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts.

Run ``python tests/devset21/build_devset21.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

RU_MOD = "the Russian Defense Ministry"
RU_MOD2 = "the Russian Defence Ministry"
UA_AF = "the Air Force of the Armed Forces of Ukraine"
KIM = "regional governor Vitaliy Kim"
UA_GS = "the General Staff of the Armed Forces of Ukraine"
ZELENSKIY = "President Volodymyr Zelenskiy"
RU_MOD3 = "Russia's defence ministry"
KOORD = "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War"
YERMAK = "presidential chief of staff Andriy Yermak"
CHILDREN_OF_WAR = "the government's Children of War portal"
LVOVA = "Russia's children's rights commissioner Maria Lvova-Belova"
YALE = "A report by the Yale School of Public Health's Humanitarian Research Lab"
RAZVOZHAYEV = "Governor Mikhail Razvozhayev"
SEV_HEALTH = "the regional health department"
MASALIT = "Masalit community leaders"
SDN = "The Sudan Doctors Network"
EMERGENCY_LAWYERS = "The Emergency Lawyers"
WOSORNU = "Edem Wosornu"
SD_REP = "The representative of the Sudan"
ALLIANCE = "The Brotherhood Alliance"
OCHA_MM = "The UN humanitarian office OCHA"
MRCS = "the Myanmar Red Cross Society"
AAPP_LONG = "The Assistance Association for Political Prisoners"
CDF = "the Chinland Defence Force (CDF)"
AAPP = "The Assistance Association for Political Prisoners (AAPP)"
US_ASSESSMENT = "A US government assessment"
MSF = "Doctors Without Borders (MSF)"
SOHR = "The Syrian Observatory for Human Rights"
ICRC_ALEPPO = "the International Committee of the Red Cross"
SHRC = "the Syrian Human Rights Committee"
YE_MOH = "the group's health ministry"
ASBAHI = "the ministry's spokesman Anees al-Asbahi"
GRUNDBERG = "Hans Grundberg"
MSUYA = "Joyce Msuya"
EU_MISSION = "the EU mission"
UKMTO = "Britain's UKMTO agency"
REBELS_ML = "Tuareg-led separatist rebels"
CSP = "The Strategic Framework for the Defence of the People of Azawad (CSP-DPA)"
NE_MOD = "the defence ministry"
HASSAN = "ministry spokesman Colonel Boubacar Hassan"
UG_OFFICIALS = "Ugandan officials"
UNHCR_UG = "The UN refugee agency"
ICRC = "The International Committee of the Red Cross (ICRC)"
IOM = "the International Organization for Migration"
RNDDH = "the National Human Rights Defense Network"
FJKL = "the Haitian rights group Fondasyon Je Klere"
AM_MOD = "Armenia's defence ministry"
KARABAKH = "Karabakh authorities"
LB_MOH = "Lebanon's Health Ministry"
LY_MOH = "the government's health ministry"
SEARCH_AUTH = "The search authority for missing persons"
AF_OFFICIAL = "an Afghan official"
KHOGYANI = "Ataullah Khogyani"
MCKENZIE = "Gen. Kenneth McKenzie"
UN_HOSP = "U.N. officials and hospital sources"
KOSEVO = "Doctors at Kosevo hospital"
RU_OFFICIALS = "Russian officials"
IQ_OFFICIALS = "Iraqi officials"

PASSAGES = [
    # --- Russia and Ukraine --------------------------------------------------------------------
    P("d21_001",
      "MOSCOW, May 7. /TASS/. Russian air defense forces intercepted and destroyed 524 Ukrainian "
      "fixed-wing drones over the past 24 hours, the Russian Defense Ministry reported on "
      "Wednesday. \"Air defense capabilities shot down four JDAM guided aerial bombs, two HIMARS "
      "multiple rocket launcher projectiles and 524 fixed-wing unmanned aerial vehicles,\" the "
      "ministry said in its daily bulletin. In all, 660 aircraft, 283 helicopters, 59,412 "
      "unmanned aerial vehicles, 613 surface-to-air missile systems and 23,975 tanks and other "
      "armored combat vehicles have been destroyed since the beginning of the special military "
      "operation, according to the ministry. On the previous night, it said, 105 drones had been "
      "downed over 11 regions, 19 of them over the Moscow Region. Moscow Mayor Sergey Sobyanin "
      "wrote on his Telegram channel that emergency services were working at the sites where "
      "debris fell and that there was no serious damage.",
      [C("524", 524, "exact", "munitions", "Ukrainian drones destroyed", RU_MOD,
         ctx="destroyed 524 Ukrainian"),
       C("four", 4, "exact", "munitions", "JDAM guided bombs shot down", "the ministry",
         attr_alt=[RU_MOD]),
       C("two", 2, "exact", "munitions", "HIMARS projectiles shot down", "the ministry",
         attr_alt=[RU_MOD]),
       C("524", 524, "exact", "munitions", "drones shot down (quote)", "the ministry",
         attr_alt=[RU_MOD], ctx="and 524 fixed-wing"),
       C("660", 660, "exact", "munitions", "aircraft destroyed since 2022", "the ministry",
         attr_alt=[RU_MOD]),
       C("283", 283, "exact", "munitions", "helicopters destroyed", "the ministry",
         attr_alt=[RU_MOD]),
       C("59,412", 59412, "exact", "munitions", "drones destroyed", "the ministry",
         attr_alt=[RU_MOD]),
       C("613", 613, "exact", "munitions", "surface-to-air missile systems destroyed",
         "the ministry", attr_alt=[RU_MOD], cat_alt=["other"]),
       C("23,975", 23975, "exact", "munitions", "tanks and armored vehicles destroyed",
         "the ministry", attr_alt=[RU_MOD], cat_alt=["other"]),
       C("105", 105, "exact", "munitions", "drones downed the previous night", "the ministry",
         attr_alt=["it", RU_MOD]),
       C("11", 11, "exact", "other", "regions", "the ministry", attr_alt=["it", RU_MOD],
         optional=True),
       C("19", 19, "exact", "munitions", "drones downed over the Moscow Region", "the ministry",
         attr_alt=["it", RU_MOD])]),

    P("d21_002",
      "MOSCOW, 14 Dec - RIA Novosti. Ukrainian formations lost up to 9,660 servicemen over the "
      "week in all directions of the special military operation, the Russian Defence Ministry "
      "said on Saturday. The heaviest losses, more than 3,020 troops, were suffered in the zone "
      "of the Centre group of forces near Krasnoarmeysk (Pokrovsk), the ministry said. Units of "
      "the group liberated the settlements of Zhovte, Novopustynka and Sukhyi Yar and destroyed "
      "13 tanks, two of them German-made Leopards, as well as 34 field artillery guns, it said. "
      "Russian air defences shot down 14 guided aerial bombs and 384 fixed-wing drones during "
      "the week, the ministry added. The ministry does not publish figures for its own losses, "
      "and Kyiv did not comment on the report.",
      [C("up to 9,660", 9660, "at_most", "killed", "Ukrainian servicemen lost over the week",
         RU_MOD2, cat_alt=["injured", "troops"]),
       C("more than 3,020", 3020, "more_than", "killed", "Ukrainian troops lost near Pokrovsk",
         "the ministry", cat_alt=["injured", "troops"], attr_alt=[RU_MOD2]),
       C("13", 13, "exact", "munitions", "tanks destroyed", RU_MOD2, cat_alt=["other"],
         attr_alt=["it", "the ministry"]),
       C("two", 2, "exact", "munitions", "Leopard tanks destroyed", RU_MOD2,
         cat_alt=["other"], attr_alt=["it", "the ministry"]),
       C("34", 34, "exact", "munitions", "field artillery guns destroyed", RU_MOD2,
         cat_alt=["other"], attr_alt=["it", "the ministry"]),
       C("14", 14, "exact", "munitions", "guided bombs shot down", "the ministry",
         attr_alt=[RU_MOD2], ctx="14 guided"),
       C("384", 384, "exact", "munitions", "drones shot down", "the ministry",
         attr_alt=[RU_MOD2])]),

    P("d21_003",
      "Air Force: 146 of 210 Russian air attack weapons neutralized overnight\n"
      "17.11.2024 13:05\n"
      "Russia launched 120 missiles and 90 drones of various types at Ukraine's energy "
      "infrastructure overnight and in the morning of November 17, the Air Force of the Armed "
      "Forces of Ukraine reported on Telegram. \"Of these, 104 missiles and 42 drones were shot "
      "down, 41 drones were lost in location as a result of active electronic countermeasures, "
      "and two flew towards Belarus,\" the Air Force said. Energy Minister Herman Halushchenko "
      "said generation and transmission facilities had been hit in several regions, and "
      "Ukrenergo introduced emergency power outages. In Mykolaiv, two people were killed and six "
      "were injured, among them two children, regional governor Vitaliy Kim said.",
      [C("146", 146, "exact", "munitions", "Russian missiles and drones neutralized (headline)",
         "Air Force", attr_alt=[UA_AF]),
       C("210", 210, "exact", "munitions", "Russian missiles and drones launched (headline)",
         "Air Force", attr_alt=[UA_AF]),
       C("120", 120, "exact", "munitions", "missiles launched", UA_AF),
       C("90", 90, "exact", "munitions", "drones launched", UA_AF),
       C("104", 104, "exact", "munitions", "missiles shot down", "the Air Force",
         attr_alt=[UA_AF]),
       C("42", 42, "exact", "munitions", "drones shot down", "the Air Force", attr_alt=[UA_AF]),
       C("41", 41, "exact", "munitions", "drones lost in location", "the Air Force",
         attr_alt=[UA_AF]),
       C("two", 2, "exact", "munitions", "drones that flew towards Belarus", "the Air Force",
         attr_alt=[UA_AF], ctx="and two flew"),
       C("two", 2, "exact", "killed", "people in Mykolaiv", KIM, ctx="two people were killed"),
       C("six", 6, "exact", "injured", "people in Mykolaiv", KIM),
       C("two", 2, "exact", "injured", "children in Mykolaiv", KIM, ctx="two children")],
      published="2024-11-17"),

    P("d21_004",
      "Russia's toll of killed and wounded passes one million - General Staff\n"
      "12.06.2025 08:14\n"
      "The total combat losses of the Russian army in personnel from February 24, 2022, to June "
      "12, 2025, amounted to approximately 1,000,340, including 1,140 over the past day, the "
      "General Staff of the Armed Forces of Ukraine reported on Facebook. According to the "
      "General Staff, Ukraine's defense forces have also destroyed 10,933 tanks, 22,786 "
      "armored combat vehicles, 29,011 artillery systems and 41,446 operational-tactical UAVs. "
      "The data are being updated, the General Staff noted. Britain's Defence Intelligence put "
      "Russian casualties at about 950,000 in early June, while the Kremlin does not disclose "
      "its losses.",
      [C("one million", 1_000_000, "more_than", "injured",
         "Russian personnel killed and wounded (headline)", "General Staff",
         cat_alt=["killed", "other"], attr_alt=[UA_GS]),
       C("approximately 1,000,340", 1000340, "about", "injured",
         "Russian personnel losses since February 2022", UA_GS, cat_alt=["killed", "other"]),
       C("1,140", 1140, "exact", "injured", "Russian personnel losses over the past day", UA_GS,
         cat_alt=["killed", "other"]),
       C("10,933", 10933, "exact", "munitions", "Russian tanks destroyed", "the General Staff",
         cat_alt=["other"], attr_alt=[UA_GS]),
       C("22,786", 22786, "exact", "munitions", "Russian armored combat vehicles destroyed",
         "the General Staff", cat_alt=["other"], attr_alt=[UA_GS]),
       C("29,011", 29011, "exact", "munitions", "Russian artillery systems destroyed",
         "the General Staff", cat_alt=["other"], attr_alt=[UA_GS]),
       C("41,446", 41446, "exact", "munitions", "Russian UAVs destroyed", "the General Staff",
         attr_alt=[UA_GS]),
       C("about 950,000", 950000, "about", "injured", "Russian casualties",
         "Britain's Defence Intelligence", cat_alt=["killed", "other"])],
      published="2025-06-12"),

    P("d21_005",
      "KYIV/MOSCOW, Jan 3 (Reuters) - Russia and Ukraine carried out their biggest prisoner "
      "exchange of the war on Wednesday, with 230 Ukrainians and 248 Russians returning home in "
      "a swap mediated by the United Arab Emirates. President Volodymyr Zelenskiy said 224 "
      "soldiers and sergeants and six civilians were among those freed, some of whom had been "
      "held since the defence of Mariupol's Azovstal steel works in 2022. Russia's defence "
      "ministry said the 248 Russian servicemen would be flown to Moscow for medical treatment "
      "and rehabilitation. It was the 49th exchange since the invasion began, according to "
      "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, which says "
      "more than 2,800 Ukrainians have now been brought home. Kyiv believes thousands more of "
      "its soldiers remain in Russian captivity, many of them in prisons where former inmates "
      "describe beatings and hunger.",
      [C("230", 230, "exact", "detained", "Ukrainians freed in the exchange", None,
         attr_alt=[ZELENSKIY]),
       C("248", 248, "exact", "detained", "Russians freed in the exchange", None,
         attr_alt=[RU_MOD3], ctx="and 248 Russians"),
       C("224", 224, "exact", "detained", "Ukrainian soldiers and sergeants freed", ZELENSKIY),
       C("six", 6, "exact", "detained", "Ukrainian civilians freed", ZELENSKIY),
       C("248", 248, "exact", "detained", "Russian servicemen freed", RU_MOD3,
         ctx="the 248 Russian"),
       C("more than 2,800", 2800, "more_than", "detained",
         "Ukrainians brought home in exchanges since 2022", KOORD),
       C("thousands", 1000, "vague", "detained", "Ukrainian soldiers in Russian captivity",
         "Kyiv", cat_alt=["hostages"])]),

    P("d21_006",
      "Ukraine says 1,336 deported children brought home\n"
      "Aug. 6, 2025 2:41 PM 3 min read\n"
      "Ukraine has brought back 1,336 children deported to Russia or to occupied territories, "
      "presidential chief of staff Andriy Yermak said on Aug. 5, describing the returns achieved "
      "under the Bring Kids Back UA initiative. According to the government's Children of War "
      "portal, Russia has deported or forcibly transferred 19,546 Ukrainian children since "
      "February 2022, a figure Kyiv says covers only verified cases. Russia's children's rights "
      "commissioner Maria Lvova-Belova, who is wanted by the International Criminal Court, has "
      "claimed that some 700,000 Ukrainian children are now in Russia, saying they were "
      "\"evacuated\" from the war zone. A report by the Yale School of Public Health's "
      "Humanitarian Research Lab identified 314 children who had been put up for adoption or "
      "placed with Russian families. Qatar, which has mediated several returns, said in July "
      "that nine more children had been reunited with their families in Ukraine.",
      [C("1,336", 1336, "exact", "displaced", "deported children brought home (headline)",
         "Ukraine", cat_alt=["other", "hostages"], attr_alt=[YERMAK],
         ctx="says 1,336"),
       C("1,336", 1336, "exact", "displaced", "deported children brought back", YERMAK,
         cat_alt=["other", "hostages"], ctx="back 1,336"),
       C("19,546", 19546, "exact", "displaced", "Ukrainian children deported or transferred",
         CHILDREN_OF_WAR, cat_alt=["hostages", "other"]),
       C("some 700,000", 700000, "about", "displaced", "Ukrainian children in Russia", LVOVA,
         cat_alt=["other"]),
       C("314", 314, "exact", "displaced", "children put up for adoption or placed with families",
         YALE, cat_alt=["other"],
         attr_alt=["the Yale School of Public Health's Humanitarian Research Lab"]),
       C("nine", 9, "exact", "displaced", "children reunited with their families", "Qatar",
         cat_alt=["other"])],
      published="2025-08-06"),

    P("d21_007",
      "SEVASTOPOL, June 23. /TASS/. Four people, including two children, were killed and 151 "
      "were injured when fragments of a US-made ATACMS missile fell on a beach in Sevastopol's "
      "Uchkuyevka area, Governor Mikhail Razvozhayev said, citing the latest data from doctors. "
      "The Russian Defense Ministry said Ukraine had fired five ATACMS missiles fitted with "
      "cluster warheads at the city, four of which were shot down by air defenses, while the "
      "fifth exploded in mid-air after its trajectory was altered. The ministry said US "
      "specialists had entered the flight coordinates and that Washington bore responsibility. "
      "Of the injured, 82 people, among them 27 children, remain in hospital, the regional "
      "health department said. Monday was declared a day of mourning in the city.",
      [C("Four", 4, "exact", "killed", "people on the beach", "doctors",
         attr_alt=[RAZVOZHAYEV]),
       C("two", 2, "exact", "killed", "children", "doctors", attr_alt=[RAZVOZHAYEV]),
       C("151", 151, "exact", "injured", "people", "doctors", attr_alt=[RAZVOZHAYEV]),
       C("five", 5, "exact", "munitions", "ATACMS missiles fired", "The Russian Defense Ministry"),
       C("four", 4, "exact", "munitions", "ATACMS missiles shot down",
         "The Russian Defense Ministry",
         ctx="four of which"),
       C("82", 82, "exact", "injured", "people in hospital", SEV_HEALTH),
       C("27", 27, "exact", "injured", "children in hospital", SEV_HEALTH)]),

    P("d21_008",
      "Russian Offensive Campaign Assessment, October 2, 2024\n"
      "Ukrainian forces withdrew from Vuhledar on October 2 after more than two years of "
      "defending the town against repeated Russian mechanized assaults. The Ukrainian 72nd "
      "Mechanized Brigade stated that Russian forces had exploited the threat of encirclement on "
      "both flanks and that the brigade withdrew to preserve personnel and equipment. A Russian "
      "milblogger claimed that Ukrainian forces lost up to 3,000 personnel in the Vuhledar "
      "direction in September, though ISW cannot verify this claim. The Ukrainian General Staff "
      "reported 147 combat engagements along the entire frontline on October 1, 39 of them in "
      "the Pokrovsk direction. Russian forces lost roughly 150 tanks and armored vehicles in "
      "failed assaults near Vuhledar in late 2023 and early 2024, according to Ukrainian "
      "military sources.",
      [C("up to 3,000", 3000, "at_most", "killed", "Ukrainian personnel lost near Vuhledar",
         "A Russian milblogger", cat_alt=["injured", "troops"]),
       C("147", 147, "exact", "other", "combat engagements along the frontline",
         "The Ukrainian General Staff"),
       C("39", 39, "exact", "other", "combat engagements in the Pokrovsk direction",
         "The Ukrainian General Staff"),
       C("roughly 150", 150, "about", "munitions", "Russian tanks and armored vehicles lost",
         "Ukrainian military sources", cat_alt=["other"])],
      published="2024-10-02"),

    # --- Sudan --------------------------------------------------------------------------------
    P("d21_009",
      "Masalit leaders: More than 800 killed in Ardamata\n"
      "ARDAMATA / ADRÉ – November 8, 2023\n"
      "Fighters of the Rapid Support Forces (RSF) and allied Arab militias killed more than 800 "
      "people when they overran the Ardamata camp for displaced people and the nearby army "
      "garrison on the outskirts of El Geneina, capital of West Darfur, Masalit community "
      "leaders told Radio Dabanga. A listener who fled to Adré in Chad said he saw \"dozens of "
      "bodies\" lying in the lanes of the camp on Sunday. The UN refugee agency UNHCR said that "
      "about 8,000 people had crossed into Chad in the past week alone, most of them women and "
      "children. According to the RSF, its forces captured the commander of the army's 15th "
      "Infantry Division and \"hundreds\" of soldiers, and seized 35 combat vehicles. The Sudan "
      "Doctors Network put the number of people detained by the RSF in Ardamata at more than "
      "1,000.",
      [C("More than 800", 800, "more_than", "killed", "people in Ardamata (headline)",
         "Masalit leaders", attr_alt=[MASALIT]),
       C("more than 800", 800, "more_than", "killed", "people in Ardamata", MASALIT),
       C("dozens", 12, "vague", "killed", "bodies in the camp",
         "A listener who fled to Adré in Chad"),
       C("about 8,000", 8000, "about", "displaced", "people who crossed into Chad",
         "The UN refugee agency UNHCR"),
       C("hundreds", 100, "vague", "hostages", "soldiers captured by the RSF", "the RSF",
         cat_alt=["detained"]),
       C("35", 35, "exact", "munitions", "combat vehicles seized", "the RSF",
         cat_alt=["other"]),
       C("more than 1,000", 1000, "more_than", "detained", "people detained by the RSF", SDN,
         cat_alt=["hostages"])],
      published="2023-11-08"),

    P("d21_010",
      "PORT SUDAN, Jan 12, 2025 (AFP) - Sudan's army said on Sunday it had retaken Wad Madani, "
      "the capital of Gezira state, from the paramilitary Rapid Support Forces more than a year "
      "after losing it, one of its most significant gains of the 21-month war. The army said "
      "its troops had killed \"hundreds\" of RSF fighters in the final push and taken dozens of "
      "prisoners. RSF commander Mohamed Hamdan Daglo acknowledged the loss in an audio message, "
      "saying his forces had \"lost a round\" but not the battle. When the RSF seized the city "
      "in December 2023, more than 300,000 people fled Gezira within two weeks, the "
      "International Organization for Migration said at the time. The Emergency Lawyers, a "
      "rights group, said army-allied fighters had killed at least 13 civilians, among them "
      "South Sudanese nationals, in villages east of the city after it was retaken.",
      [C("hundreds", 100, "vague", "killed", "RSF fighters", "The army"),
       C("dozens", 12, "vague", "detained", "RSF fighters taken prisoner", "The army"),
       C("more than 300,000", 300000, "more_than", "displaced", "people who fled Gezira in 2023",
         IOM),
       C("at least 13", 13, "at_least", "killed", "civilians east of Wad Madani",
         EMERGENCY_LAWYERS)],
      published="2025-01-12"),

    P("d21_011",
      "Drone strikes cut power across northern and eastern Sudan\n"
      "PORT SUDAN, Jan 14 (Reuters) - Drones struck the power station at the Merowe Dam in "
      "northern Sudan on Monday, cutting electricity to several states including River Nile, Red "
      "Sea and Khartoum, the state-run electricity company said. The army said its air defences "
      "had intercepted 10 of the 13 drones launched at the site, and blamed the Rapid Support "
      "Forces, which did not comment. It was the third drone attack on the dam in a week. "
      "Earlier strikes on transformer stations at Um Dabakir and Shendi had already left an "
      "estimated 5 million people without power and forced hospitals in Port Sudan to rely on "
      "generators, a Health Ministry official said. At least two water-pumping stations in "
      "Omdurman have stopped working, residents said.",
      [C("10", 10, "exact", "munitions", "drones intercepted", "The army"),
       C("13", 13, "exact", "munitions", "drones launched at the dam", "The army"),
       C("an estimated 5 million", 5_000_000, "about", "other", "people without power",
         "a Health Ministry official", cat_alt=["population"]),
       C("At least two", 2, "at_least", "infrastructure", "water-pumping stations stopped",
         "residents")]),

    P("d21_012",
      "SC/15890\n"
      "12 November 2024\n"
      "Security Council 9789th Meeting (AM)\n"
      "Briefing the Council, Edem Wosornu, Director of Operations and Advocacy at the Office for "
      "the Coordination of Humanitarian Affairs (OCHA), said that more than 11 million people "
      "are now displaced inside Sudan, while over 3 million have fled to neighbouring countries. "
      "Nearly 26 million people face acute food insecurity, she said, and famine conditions have "
      "been confirmed in at least five areas, including the Zamzam camp. \"Hospitals and "
      "clinics have been shelled, looted and occupied,\" she told the 15-member organ, adding "
      "that the World Health Organization has verified 119 attacks on health care since April "
      "2023. The representative of the Sudan said his Government had extended the opening of "
      "the Adre crossing by three months, and that 1,200 aid trucks had entered Darfur through "
      "it since August.",
      [C("more than 11 million", 11_000_000, "more_than", "displaced",
         "people displaced inside Sudan", WOSORNU),
       C("over 3 million", 3_000_000, "more_than", "displaced", "refugees in neighbouring countries",
         WOSORNU),
       C("Nearly 26 million", 26_000_000, "about", "other", "people facing acute food insecurity",
         WOSORNU, cat_alt=["population"], attr_alt=["she"]),
       C("at least five", 5, "at_least", "other", "areas in famine", WOSORNU,
         attr_alt=["she"], optional=True),
       C("119", 119, "exact", "other", "attacks on health care",
         "the World Health Organization", attr_alt=[WOSORNU]),
       C("1,200", 1200, "exact", "aid", "aid trucks into Darfur via Adre", SD_REP)],
      published="2024-11-12"),

    # --- Myanmar ------------------------------------------------------------------------------
    P("d21_013",
      "Brotherhood Alliance Says It Has Seized Over 100 Junta Positions in Northern Shan\n"
      "By THE IRRAWADDY 3 November 2023\n"
      "The Brotherhood Alliance of three ethnic armed groups said on Thursday it had captured "
      "more than 100 military outposts and camps, as well as the key border town of Chinshwehaw, "
      "in the first week of its Operation 1027 offensive in northern Shan State. In a statement, "
      "the alliance said it had also seized four tanks and 12 armored vehicles, and that 41 "
      "junta soldiers had surrendered with their weapons. The regime has admitted losing "
      "Chinshwehaw and three other towns but has given no casualty figures. The UN humanitarian "
      "office OCHA said around 50,000 civilians had been displaced by the fighting, while the "
      "Myanmar Red Cross Society said at least 30 civilians had been killed in Lashio, Hseni and "
      "Kutkai townships.",
      [C("Over 100", 100, "more_than", "other", "junta positions seized (headline)",
         "Brotherhood Alliance", cat_alt=["infrastructure"], attr_alt=[ALLIANCE]),
       C("three", 3, "exact", "other", "ethnic armed groups in the alliance", None,
         optional=True, ctx="three ethnic"),
       C("more than 100", 100, "more_than", "other", "military outposts and camps captured",
         ALLIANCE, cat_alt=["infrastructure"]),
       C("four", 4, "exact", "munitions", "tanks seized", "the alliance", cat_alt=["other"],
         attr_alt=[ALLIANCE]),
       C("12", 12, "exact", "munitions", "armored vehicles seized", "the alliance",
         cat_alt=["other"], attr_alt=[ALLIANCE]),
       C("41", 41, "exact", "detained", "junta soldiers who surrendered", "the alliance",
         cat_alt=["other", "hostages"], attr_alt=[ALLIANCE]),
       C("three", 3, "exact", "other", "other towns lost by the regime", None,
         optional=True, ctx="three other towns"),
       C("around 50,000", 50000, "about", "displaced", "civilians displaced in northern Shan",
         OCHA_MM),
       C("at least 30", 30, "at_least", "killed", "civilians in northern Shan", MRCS)],
      published="2023-11-03"),

    P("d21_014",
      "BANGKOK, Aug 4 (Reuters) - The Myanmar National Democratic Alliance Army (MNDAA) said on "
      "Saturday it had taken full control of Lashio, the largest town in northern Shan state and "
      "home of the military's Northeastern Command, the first regional command headquarters to "
      "fall to rebels since the junta seized power in 2021. A junta spokesperson, Zaw Min Tun, "
      "said contact had been lost with the command's senior officers and that the military was "
      "\"trying to gather information\". Lashio had a population of about 150,000 before the "
      "fighting, and residents said thousands had fled towards Hsipaw and Mandalay. One "
      "resident said he had counted at least 40 air strikes on the town over three days. The "
      "Assistance Association for Political Prisoners, which tracks killings and arrests by the "
      "junta, says more than 5,600 civilians have been killed by the military since the coup.",
      [C("about 150,000", 150000, "about", "population", "residents of Lashio", None),
       C("thousands", 1000, "vague", "displaced", "people who fled Lashio", "residents"),
       C("at least 40", 40, "at_least", "munitions", "air strikes on Lashio", "One resident",
         cat_alt=["other"]),
       C("more than 5,600", 5600, "more_than", "killed", "civilians killed since the coup",
         AAPP_LONG)]),

    P("d21_015",
      "More than 160 houses burned as junta troops set Chin town ablaze\n"
      "Published: 30 October 2021\n"
      "Junta soldiers set fire to at least 164 houses, among them two churches, in the town of "
      "Thantlang in Chin State on Friday, according to the Chinland Defence Force (CDF), a local "
      "resistance group, whose fighters have been exchanging fire with troops in the area. The "
      "CDF said two of its fighters had been killed in the clashes. A Baptist pastor was shot "
      "dead in the town last month as he tried to put out a fire. Nearly all of Thantlang's "
      "roughly 10,000 residents fled after the military shelled the town in September, most of "
      "them across the border to India's Mizoram state, where the state government says more "
      "than 15,000 refugees from Myanmar are now sheltering. The military's information team "
      "blamed \"terrorists\" for the fire.",
      [C("More than 160", 160, "more_than", "infrastructure", "houses burned (headline)", None),
       C("at least 164", 164, "at_least", "infrastructure", "houses set on fire", CDF,
         cat_alt=["other"]),
       C("two", 2, "exact", "infrastructure", "churches burned", CDF, cat_alt=["other"],
         ctx="two churches"),
       C("two", 2, "exact", "killed", "CDF fighters", "The CDF", attr_alt=[CDF],
         ctx="two of its fighters"),
       C("roughly 10,000", 10000, "about", "displaced", "Thantlang residents who fled", None,
         cat_alt=["population"]),
       C("more than 15,000", 15000, "more_than", "displaced", "refugees from Myanmar in Mizoram",
         "the state government")],
      published="2021-10-30"),

    P("d21_016",
      "YANGON, April 8, 2025 (AFP) - Myanmar's military has carried out more than 60 air strikes "
      "since the March 28 earthquake, killing at least 68 people, the United Nations said on "
      "Tuesday, despite a ceasefire the junta declared to allow relief work. The UN human rights "
      "office said it had received reports of 16 strikes on areas directly hit by the "
      "7.7-magnitude quake. The quake has killed 3,600 people and injured more than 5,000, "
      "according to junta figures. The Assistance Association for Political Prisoners (AAPP), a "
      "monitoring group, says the military has killed 6,412 people and arrested 29,561 since it "
      "seized power in February 2021, of whom 22,154 remain in detention.",
      [C("more than 60", 60, "more_than", "munitions", "military air strikes since the quake",
         "the United Nations", cat_alt=["other"]),
       C("at least 68", 68, "at_least", "killed", "people killed in air strikes",
         "the United Nations"),
       C("16", 16, "exact", "munitions", "strikes on quake-hit areas",
         "The UN human rights office", cat_alt=["other"]),
       C("3,600", 3600, "exact", "killed", "people killed by the quake", "junta figures"),
       C("more than 5,000", 5000, "more_than", "injured", "people injured by the quake",
         "junta figures"),
       C("6,412", 6412, "exact", "killed", "people killed by the military since 2021", AAPP),
       C("29,561", 29561, "exact", "detained", "people arrested since 2021", AAPP),
       C("22,154", 22154, "exact", "detained", "people still in detention", AAPP)],
      published="2025-04-08"),

    # --- Syria --------------------------------------------------------------------------------
    P("d21_017",
      "Ten years on, Ghouta chemical attack survivors still wait for justice\n"
      "Published On 21 Aug 2023\n"
      "In the early hours of August 21, 2013, rockets loaded with sarin struck opposition-held "
      "towns in Eastern and Western Ghouta, on the outskirts of Damascus. A US government "
      "assessment released nine days later said 1,429 people had been killed, including at "
      "least 426 children. Doctors Without Borders (MSF) said at the time that three hospitals "
      "it supported had received about 3,600 patients with neurotoxic symptoms in less than "
      "three hours, 355 of whom died. The Syrian Observatory for Human Rights documented 502 "
      "deaths, while opposition groups put the toll at more than 1,300. The Syrian government "
      "denied responsibility but agreed weeks later to hand over its chemical arsenal, some "
      "1,300 tonnes of agents and precursors.",
      [C("1,429", 1429, "exact", "killed", "people in Ghouta", US_ASSESSMENT),
       C("at least 426", 426, "at_least", "killed", "children in Ghouta", US_ASSESSMENT),
       C("three", 3, "exact", "infrastructure", "MSF-supported hospitals", MSF, optional=True,
         ctx="three hospitals"),
       C("about 3,600", 3600, "about", "injured", "patients with neurotoxic symptoms", MSF,
         cat_alt=["other"]),
       C("355", 355, "exact", "killed", "patients who died", MSF),
       C("502", 502, "exact", "killed", "deaths documented", SOHR),
       C("more than 1,300", 1300, "more_than", "killed", "people in Ghouta",
         "opposition groups"),
       C("some 1,300", 1300, "about", "munitions", "tonnes of chemical agents and precursors",
         None, cat_alt=["other"], optional=True)],
      published="2023-08-21"),

    P("d21_018",
      "BEIRUT/ANKARA, Dec 22 (Reuters) - The last buses carrying rebels and civilians out of "
      "eastern Aleppo left the city on Thursday, completing an evacuation that the International "
      "Committee of the Red Cross said had brought about 35,000 people out of the besieged "
      "enclave in a week. The Syrian army declared it had retaken full control of Aleppo, its "
      "biggest victory in nearly six years of war. Turkey's foreign minister said 44,000 people "
      "had been evacuated in all, including those from the government-held villages of Foua and "
      "Kefraya. The World Health Organization said 800 wounded and sick people had been taken to "
      "hospitals in Idlib province and Turkey. Aid workers said about 60 buses and 100 "
      "ambulances had been used in the final stage. The operation was suspended twice, once "
      "after gunmen set fire to at least five buses sent to Foua and Kefraya.",
      [C("about 35,000", 35000, "about", "displaced", "people evacuated from eastern Aleppo",
         ICRC_ALEPPO),
       C("44,000", 44000, "exact", "displaced", "people evacuated", "Turkey's foreign minister"),
       C("800", 800, "exact", "injured", "wounded and sick people taken to hospitals",
         "The World Health Organization", cat_alt=["other"]),
       C("about 60", 60, "about", "other", "buses used", "Aid workers", optional=True),
       C("100", 100, "exact", "other", "ambulances used", "Aid workers", optional=True),
       C("at least five", 5, "at_least", "other", "buses set on fire", None,
         cat_alt=["infrastructure"], optional=True)]),

    P("d21_019",
      "JERUSALEM (AP) — Israel's military said Tuesday it had carried out about 480 strikes "
      "across Syria in the 48 hours since the fall of President Bashar Assad, destroying most of "
      "the country's strategic weapons stockpiles. The strikes hit anti-aircraft batteries, "
      "military airfields, weapons production sites, combat aircraft and missiles, it said, and "
      "the navy struck the ports of al-Bayda and Latakia, where 15 Syrian naval vessels were "
      "docked. The Syrian Observatory for Human Rights, a Britain-based war monitor, said it had "
      "documented more than 310 Israeli strikes since Sunday. Israeli troops also moved into the "
      "demilitarized buffer zone on the Golan Heights for the first time since 1974, a move "
      "condemned by Egypt, Qatar and Saudi Arabia.",
      [C("about 480", 480, "about", "munitions", "Israeli strikes across Syria",
         "Israel's military", cat_alt=["other"]),
       C("15", 15, "exact", "munitions", "Syrian naval vessels", "Israel's military",
         cat_alt=["other"], attr_alt=["it", None]),
       C("more than 310", 310, "more_than", "munitions", "Israeli strikes documented", SOHR,
         cat_alt=["other"])]),

    P("d21_020",
      "Hama 1982: the massacre that shaped Syria's uprising\n"
      "In February 1982, the Syrian army, led by the president's brother Rifaat al-Assad, laid "
      "siege to the city of Hama to crush an uprising by the Muslim Brotherhood. Over 27 days, "
      "troops and special forces shelled and razed much of the old city. Estimates of the dead "
      "still vary widely: the Syrian Human Rights Committee says between 30,000 and 40,000 "
      "people were killed, while Amnesty International put the toll at 10,000 to 25,000. Some "
      "15,000 people are still considered missing, according to the committee. About 12,000 "
      "troops took part in the assault, according to later accounts by defectors. For decades, "
      "Syrians spoke of the events only in whispers, calling them simply \"the events\".",
      [C("between 30,000 and 40,000", 30000, "range", "killed", "people in Hama", SHRC,
         high=40000),
       C("10,000 to 25,000", 10000, "range", "killed", "people in Hama",
         "Amnesty International", high=25000),
       C("Some 15,000", 15000, "about", "missing", "people missing since Hama", "the committee",
         attr_alt=[SHRC]),
       C("About 12,000", 12000, "about", "troops", "troops in the assault on Hama",
         "later accounts by defectors", attr_alt=["defectors"])]),

    # --- Yemen and the Red Sea ----------------------------------------------------------------
    P("d21_021",
      "Houthis say US strikes on Yemen killed 53, including five children\n"
      "Published On 16 Mar 2025\n"
      "US air strikes on Houthi-controlled areas of Yemen have killed at least 53 people, "
      "including five children and two women, and wounded 98 others, the group's health "
      "ministry said on Sunday, after President Donald Trump ordered a \"decisive and powerful\" "
      "campaign against the Iran-aligned group. An earlier toll given by the ministry's "
      "spokesman Anees al-Asbahi had put the dead at 31. A US official said the strikes had "
      "targeted more than 30 Houthi radar, air defence, missile and drone sites. The Houthis "
      "said they had fired 18 ballistic and cruise missiles and a drone at the aircraft carrier "
      "USS Harry S Truman in the northern Red Sea, a claim the Pentagon did not confirm.",
      [C("53", 53, "exact", "killed", "people in US strikes (headline)", "Houthis",
         attr_alt=[YE_MOH], ctx="killed 53"),
       C("five", 5, "exact", "killed", "children (headline)", "Houthis", attr_alt=[YE_MOH],
         ctx="53, including five"),
       C("at least 53", 53, "at_least", "killed", "people in US strikes", YE_MOH),
       C("five", 5, "exact", "killed", "children", YE_MOH, ctx="five children and"),
       C("two", 2, "exact", "killed", "women", YE_MOH),
       C("98", 98, "exact", "injured", "people in US strikes", YE_MOH),
       C("31", 31, "exact", "killed", "people (earlier toll)", ASBAHI),
       C("more than 30", 30, "more_than", "other", "Houthi sites targeted", "A US official",
         cat_alt=["infrastructure", "munitions"]),
       C("18", 18, "exact", "munitions", "missiles fired at the USS Harry S Truman",
         "The Houthis")],
      published="2025-03-16"),

    P("d21_022",
      "SC/16001\n"
      "12 February 2025\n"
      "Security Council 9858th Meeting (AM)\n"
      "Hans Grundberg, Special Envoy of the Secretary-General for Yemen, told the Council that "
      "the Houthis had detained another seven United Nations personnel in January, bringing the "
      "number of UN staff they are holding to 24. Staff of non-governmental organizations, civil "
      "society and diplomatic missions are also being held, he said, calling for their immediate "
      "and unconditional release. Joyce Msuya, Acting Under-Secretary-General for Humanitarian "
      "Affairs, said 19.5 million people in Yemen, including 4.8 million who are displaced, "
      "would need assistance this year. The representative of Yemen said the Houthis were "
      "holding the staff as \"bargaining chips\".",
      [C("seven", 7, "exact", "detained", "UN personnel detained in January", GRUNDBERG,
         cat_alt=["hostages"]),
       C("24", 24, "exact", "detained", "UN staff held by the Houthis", GRUNDBERG,
         cat_alt=["hostages"]),
       C("19.5 million", 19_500_000, "exact", "other", "people in need of assistance", MSUYA,
         cat_alt=["population", "aid"]),
       C("4.8 million", 4_800_000, "exact", "displaced", "displaced people in Yemen", MSUYA)],
      published="2025-02-12"),

    P("d21_023",
      "DUBAI, Aug 22 (Reuters) - A French warship operating with the European Union's Aspides "
      "naval mission rescued 25 crew members and four security personnel from the "
      "Greek-flagged oil tanker Sounion on Thursday, a day after it was attacked by Yemen's "
      "Houthis, the EU mission said. The crew - 23 Filipinos and two Russians - were taken to "
      "Djibouti. The tanker, which is carrying 150,000 tonnes of crude oil, was on fire and "
      "anchored between Yemen and Eritrea, posing the risk of a major spill, the mission said. "
      "Britain's UKMTO agency said the vessel had been hit by three projectiles after being "
      "approached by two small boats. The Houthis, who say they target ships linked to Israel, "
      "have attacked more than 80 merchant vessels since November, sinking two of them.",
      [C("25", 25, "exact", "other", "crew members rescued", EU_MISSION),
       C("four", 4, "exact", "other", "security personnel rescued", EU_MISSION,
         cat_alt=["troops"]),
       C("23", 23, "exact", "other", "Filipino crew members", EU_MISSION, attr_alt=[None]),
       C("two", 2, "exact", "other", "Russian crew members", EU_MISSION, attr_alt=[None],
         ctx="two Russians"),
       C("150,000", 150000, "exact", "other", "tonnes of crude oil on board", "the mission",
         attr_alt=[EU_MISSION], optional=True),
       C("three", 3, "exact", "munitions", "projectiles that hit the Sounion", UKMTO),
       C("two", 2, "exact", "other", "small boats", UKMTO, cat_alt=["munitions"],
         optional=True, ctx="two small boats"),
       C("more than 80", 80, "more_than", "other", "merchant vessels attacked by the Houthis",
         None),
       C("two", 2, "exact", "other", "vessels sunk by the Houthis", None,
         ctx="two of them")]),

    # --- The Sahel ----------------------------------------------------------------------------
    P("d21_024",
      "BAMAKO, July 29, 2024 (AFP) - Tuareg-led separatist rebels said on Monday they had killed "
      "47 Malian soldiers and 84 fighters of Russia's Wagner group in fighting near Tinzaouaten, "
      "on the Algerian border, in what would be one of Wagner's heaviest defeats since it "
      "arrived in Mali. The Strategic Framework for the Defence of the People of Azawad "
      "(CSP-DPA) said it had lost seven of its own fighters and had taken \"several\" "
      "prisoners. The Malian army acknowledged \"a significant number\" of dead in its ranks "
      "without giving figures. Pro-Wagner Telegram channels said a convoy of some 80 Wagner "
      "fighters and Malian soldiers had been ambushed and that a sandstorm had prevented air "
      "support. Mali's junta has relied on about 1,500 Wagner mercenaries since 2021, according "
      "to Western estimates.",
      [C("47", 47, "exact", "killed", "Malian soldiers", REBELS_ML, attr_alt=[CSP]),
       C("84", 84, "exact", "killed", "Wagner fighters", REBELS_ML, attr_alt=[CSP]),
       C("seven", 7, "exact", "killed", "CSP-DPA fighters", CSP),
       C("some 80", 80, "about", "troops", "Wagner fighters and Malian soldiers in the convoy",
         "Pro-Wagner Telegram channels"),
       C("about 1,500", 1500, "about", "troops", "Wagner mercenaries in Mali",
         "Western estimates")],
      published="2024-07-29"),

    P("d21_025",
      "NIAMEY, Dec 11 (Reuters) - Seventy-one soldiers were killed when hundreds of militants "
      "attacked a military camp at Inates in western Niger near the border with Mali, the "
      "deadliest attack on Niger's army in years, the defence ministry said on Wednesday. "
      "Twelve soldiers were wounded and an unspecified number were missing, ministry spokesman "
      "Colonel Boubacar Hassan said on state television, adding that a \"large number\" of "
      "attackers had also been killed. Islamic State claimed responsibility through its Amaq "
      "news agency. Security sources told Reuters the assailants had used shells and mortars "
      "and that some 30 soldiers were still unaccounted for after the assault.",
      [C("Seventy-one", 71, "exact", "killed", "soldiers at Inates", NE_MOD),
       C("hundreds", 100, "vague", "troops", "militants who attacked the camp", NE_MOD,
         cat_alt=["other"], attr_alt=[None]),
       C("Twelve", 12, "exact", "injured", "soldiers", HASSAN),
       C("some 30", 30, "about", "missing", "soldiers unaccounted for", "Security sources")]),

    # --- Eastern DR Congo ---------------------------------------------------------------------
    P("d21_026",
      "KAMPALA, June 14 (Reuters) - More than 30,000 Congolese have fled into Uganda since M23 "
      "rebels seized the border town of Bunagana on Monday, Ugandan officials said, as Congo "
      "accused neighbouring Rwanda of backing the rebel offensive. Uganda's army said 137 "
      "Congolese soldiers and police officers had also crossed the border and handed over their "
      "weapons, and would be returned to Kinshasa. Congo's army said fewer than 50 of its "
      "soldiers had crossed and denied that the town's fall was a defeat, saying its troops had "
      "killed \"dozens\" of rebels. The UN refugee agency said the Nyakabande transit centre in "
      "Kisoro district, built to hold 1,000 people, was now sheltering about 8,000.",
      [C("More than 30,000", 30000, "more_than", "displaced", "Congolese who fled into Uganda",
         UG_OFFICIALS),
       C("137", 137, "exact", "troops", "Congolese soldiers and police who crossed into Uganda",
         "Uganda's army", cat_alt=["displaced", "detained"]),
       C("fewer than 50", 50, "fewer_than", "troops", "Congolese soldiers who crossed",
         "Congo's army", cat_alt=["displaced", "detained"]),
       C("dozens", 12, "vague", "killed", "M23 rebels", "Congo's army"),
       C("1,000", 1000, "exact", "other", "capacity of the transit centre", UNHCR_UG,
         optional=True),
       C("about 8,000", 8000, "about", "displaced", "people at the Nyakabande transit centre",
         UNHCR_UG)]),

    P("d21_027",
      "DR Congo: ICRC helps transfer more than 1,300 people from Goma to Kinshasa\n"
      "News release 30 April 2025\n"
      "Goma/Kinshasa (ICRC) – The International Committee of the Red Cross (ICRC) today "
      "completed an operation to transfer 1,359 people, most of them members of the Congolese "
      "armed forces and police and their relatives, from Goma to Kinshasa, at the request of "
      "the parties. They had been sheltering in bases of the UN mission MONUSCO since the "
      "M23/AFC took control of Goma in late January. The group travelled in a convoy of 63 "
      "vehicles under the emblem of the Red Cross. \"Acting as a neutral intermediary, our role "
      "is to make sure such a movement happens in safety and with dignity,\" said François "
      "Moreillon, head of the ICRC delegation in Kinshasa. MONUSCO said more than 2,000 members "
      "of the security forces were still sheltering at its bases.",
      [C("more than 1,300", 1300, "more_than", "displaced",
         "soldiers, police and relatives transferred (headline)", None,
         cat_alt=["troops", "other"], attr_alt=["ICRC"]),
       C("1,359", 1359, "exact", "displaced", "soldiers, police and relatives transferred",
         None, cat_alt=["troops", "other"], attr_alt=[ICRC]),
       C("63", 63, "exact", "other", "vehicles in the convoy", None, optional=True),
       C("more than 2,000", 2000, "more_than", "troops",
         "security forces sheltering at MONUSCO bases", "MONUSCO", cat_alt=["displaced"])],
      published="2025-04-30"),

    # --- Haiti --------------------------------------------------------------------------------
    P("d21_028",
      "PORT-AU-PRINCE, Haiti (AP) — Gang attacks in the Haitian capital's Carrefour-Feuilles "
      "neighborhood have forced at least 5,000 people from their homes in the past week, the "
      "International Organization for Migration said Thursday. Many are sleeping in schools, "
      "churches and a boxing arena, and the agency said it had counted 18 makeshift shelters in "
      "the area. At least 30 people have been killed, according to the National Human Rights "
      "Defense Network, which blamed the Grand Ravine gang. Police said officers had killed four "
      "gang members. Haiti's government has asked for a multinational force to back its "
      "10,000-strong police, and Kenya has offered to lead it with 1,000 officers.",
      [C("at least 5,000", 5000, "at_least", "displaced", "people forced from their homes", IOM),
       C("18", 18, "exact", "infrastructure", "makeshift shelters", "the agency",
         cat_alt=["other"], attr_alt=[IOM]),
       C("At least 30", 30, "at_least", "killed", "people in Carrefour-Feuilles", RNDDH),
       C("four", 4, "exact", "killed", "gang members", "Police"),
       C("10,000", 10000, "exact", "troops", "Haitian police officers", None),
       C("1,000", 1000, "exact", "troops", "Kenyan officers offered", None, attr_alt=["Kenya"])]),

    P("d21_029",
      "PORT-AU-PRINCE, June 10 (Reuters) - Explosive-laden drones flown by a government task "
      "force have killed more than 200 people in and around the Haitian capital since March, "
      "among them at least 12 children, the Haitian rights group Fondasyon Je Klere said in a "
      "report on Tuesday. The group said it had recorded 235 drone strikes, many on densely "
      "populated neighbourhoods, and that 60 people had been wounded. The task force, which "
      "includes foreign contractors, has been credited by the government with killing several "
      "gang leaders, though it has not released a toll. The United Nations said last month "
      "that more than 1.3 million Haitians had been displaced by gang violence, a record.",
      [C("more than 200", 200, "more_than", "killed", "people killed by drones", FJKL),
       C("at least 12", 12, "at_least", "killed", "children killed by drones", FJKL),
       C("235", 235, "exact", "munitions", "drone strikes", "The group", cat_alt=["other"],
         attr_alt=[FJKL]),
       C("60", 60, "exact", "injured", "people wounded by drones", "The group",
         attr_alt=[FJKL]),
       C("more than 1.3 million", 1_300_000, "more_than", "displaced",
         "Haitians displaced by gang violence", "The United Nations")]),

    # --- Nagorno-Karabakh ---------------------------------------------------------------------
    P("d21_030",
      "MOSCOW, Nov 10 (Reuters) - Russia began deploying peacekeepers to Nagorno-Karabakh on "
      "Tuesday under a deal that ends six weeks of fighting and locks in territorial gains by "
      "Azerbaijan. Russia's defence ministry said 1,960 troops, 90 armoured personnel carriers "
      "and 380 other vehicles would be stationed along the line of contact and the Lachin "
      "corridor for at least five years. Armenia's defence ministry says 1,339 of its servicemen "
      "have been killed since Sept. 27; Azerbaijan has not disclosed its military losses but "
      "says 93 civilians have died. In Yerevan, thousands of protesters stormed government "
      "buildings overnight, calling Prime Minister Nikol Pashinyan a traitor.",
      [C("1,960", 1960, "exact", "troops", "Russian peacekeepers", RU_MOD3),
       C("90", 90, "exact", "munitions", "armoured personnel carriers", RU_MOD3,
         cat_alt=["other"]),
       C("380", 380, "exact", "other", "other vehicles", RU_MOD3, cat_alt=["munitions"],
         optional=True),
       C("1,339", 1339, "exact", "killed", "Armenian servicemen", AM_MOD),
       C("93", 93, "exact", "killed", "Azerbaijani civilians", "Azerbaijan"),
       C("thousands", 1000, "vague", "other", "protesters in Yerevan", None)]),

    P("d21_031",
      "Aid convoy stuck at Lachin corridor as Karabakh shortages deepen\n"
      "Published: July 28, 2023\n"
      "Nineteen trucks carrying some 360 tonnes of food and medicine sent by the Armenian "
      "government remained stuck at the Kornidzor checkpoint on Friday, two days after "
      "Azerbaijan refused to let them enter the Lachin corridor. The International Committee "
      "of the Red Cross, the only organisation still allowed through, said it had been unable "
      "to transfer patients since July 11. Karabakh authorities say the region's 120,000 "
      "residents are running out of basic food, and that some 400 tonnes of goods entered "
      "every day before the blockade began in December. Baku says the corridor has been used to "
      "smuggle weapons and has offered to send supplies via Aghdam instead.",
      [C("Nineteen", 19, "exact", "aid", "aid trucks stuck at Kornidzor", None,
         attr_alt=["the Armenian government"]),
       C("some 360", 360, "about", "aid", "tonnes of food and medicine", None,
         attr_alt=["the Armenian government"]),
       C("120,000", 120000, "exact", "population", "residents of Karabakh", KARABAKH),
       C("some 400", 400, "about", "aid", "tonnes of goods a day before the blockade",
         KARABAKH)],
      published="2023-07-28"),

    # --- Israel and Lebanon -------------------------------------------------------------------
    P("d21_032",
      "TEL AVIV, Aug 25 (Reuters) - Israel said it struck Hezbollah targets in southern Lebanon "
      "with around 100 jets early on Sunday to thwart a large-scale attack, as the Iran-backed "
      "group said it had launched 320 Katyusha rockets and a swarm of drones at 11 Israeli "
      "military sites to avenge the killing of its top commander Fuad Shukr. Lebanon's health "
      "ministry said three people were killed in the Israeli strikes. The Israeli military said "
      "it had destroyed thousands of rocket launcher barrels, most of them aimed at northern "
      "Israel. An Israeli navy sailor was killed and two others were wounded by fragments of an "
      "interceptor missile, the military said later. Hezbollah chief Hassan Nasrallah said the "
      "operation had been \"completed as planned\".",
      [C("around 100", 100, "about", "munitions", "Israeli jets", "Israel"),
       C("320", 320, "exact", "munitions", "Katyusha rockets launched", "the Iran-backed group",
         attr_alt=["Hezbollah"]),
       C("11", 11, "exact", "other", "Israeli military sites targeted", "the Iran-backed group",
         cat_alt=["infrastructure"], attr_alt=["Hezbollah"]),
       C("three", 3, "exact", "killed", "people in Israeli strikes", "Lebanon's health ministry"),
       C("thousands", 1000, "vague", "munitions", "rocket launcher barrels destroyed",
         "The Israeli military"),
       C("two", 2, "exact", "injured", "Israeli sailors", "the military",
         attr_alt=["The Israeli military"])]),

    P("d21_033",
      "BEIRUT (AP) — Israeli troops opened fire on residents trying to return to villages in "
      "southern Lebanon on Sunday, killing 22 people and wounding 124, Lebanon's Health Ministry "
      "said, on the day Israeli forces were due to withdraw under a ceasefire deal. A Lebanese "
      "soldier was among the dead, the army said. The Israeli military said its troops had "
      "fired \"warning shots\" to remove threats and had detained several suspects. Thousands "
      "of people, many waving Hezbollah flags, drove toward border villages such as Aita "
      "al-Shaab and Kfar Kila. Under the ceasefire that ended the 14-month war, Israel was to "
      "pull out within 60 days; it says it needs more time. More than 4,000 people were killed "
      "in Lebanon during the war, according to the Health Ministry, and about 1.2 million were "
      "displaced at its height.",
      [C("22", 22, "exact", "killed", "people in southern Lebanon", LB_MOH),
       C("124", 124, "exact", "injured", "people in southern Lebanon", LB_MOH),
       C("Thousands", 1000, "vague", "other", "people returning to border villages", None,
         cat_alt=["displaced"]),
       C("More than 4,000", 4000, "more_than", "killed", "people in Lebanon during the war",
         "the Health Ministry", attr_alt=[LB_MOH]),
       C("about 1.2 million", 1_200_000, "about", "displaced", "people displaced in Lebanon",
         "the Health Ministry", attr_alt=[LB_MOH, None])]),

    # --- Libya --------------------------------------------------------------------------------
    P("d21_034",
      "TRIPOLI, June 11 (Reuters) - Libya's internationally recognised government said on "
      "Thursday it had found at least 11 mass graves in the town of Tarhuna, retaken last week "
      "from the forces of eastern commander Khalifa Haftar. A hospital in the town had also "
      "held 106 bodies, including those of women and children, some of them handcuffed, the "
      "government's health ministry said. The UN mission in Libya said it was \"horrified\" and "
      "called for a swift investigation. The Kaniyat militia, which ran Tarhuna and allied "
      "itself with Haftar, is accused of abducting and killing hundreds of residents since "
      "2015. The search authority for missing persons says at least 350 people from the town "
      "remain unaccounted for.",
      [C("at least 11", 11, "at_least", "other", "mass graves found in Tarhuna",
         "Libya's internationally recognised government", optional=True),
       C("106", 106, "exact", "killed", "bodies in a Tarhuna hospital", LY_MOH),
       C("hundreds", 100, "vague", "killed", "Tarhuna residents abducted and killed", None,
         cat_alt=["hostages"]),
       C("at least 350", 350, "at_least", "missing", "people from Tarhuna", SEARCH_AUTH)]),

    # --- Afghanistan --------------------------------------------------------------------------
    P("d21_035",
      "KABUL, Afghanistan (AP) — The death toll from the largest non-nuclear bomb ever used in "
      "combat by the U.S. military has risen to 94 Islamic State fighters, including four "
      "commanders, an Afghan official said Saturday. Ataullah Khogyani, spokesman for the "
      "Nangarhar provincial governor, said no civilians had been killed in the strike on a "
      "tunnel complex in Achin district. The Afghan Defense Ministry had earlier put the toll "
      "at 36. The GBU-43/B, nicknamed the \"mother of all bombs,\" weighs 21,600 pounds and had "
      "never been used in combat before. U.S. forces estimate that 600 to 800 IS fighters are "
      "in Afghanistan, most of them in Nangarhar.",
      [C("94", 94, "exact", "killed", "Islamic State fighters", AF_OFFICIAL,
         attr_alt=[KHOGYANI]),
       C("four", 4, "exact", "killed", "IS commanders", AF_OFFICIAL, attr_alt=[KHOGYANI]),
       C("36", 36, "exact", "killed", "IS fighters (earlier toll)", "The Afghan Defense Ministry"),
       C("600 to 800", 600, "range", "troops", "IS fighters in Afghanistan", "U.S. forces",
         high=800, cat_alt=["other"])]),

    P("d21_036",
      "Pentagon admits Kabul drone strike killed 10 civilians, including 7 children\n"
      "Updated Sept. 17, 2021, 6:10 p.m. ET\n"
      "The head of U.S. Central Command, Gen. Kenneth McKenzie, said on Friday that the Aug. 29 "
      "drone strike in Kabul, which the military had called a \"righteous strike\" against an "
      "Islamic State bomber, had instead killed 10 civilians, among them an aid worker, Zemari "
      "Ahmadi, and seven children. \"It was a tragic mistake,\" General McKenzie told "
      "reporters. The Reaper drone fired a single Hellfire missile at Mr. Ahmadi's white Toyota "
      "Corolla after tracking it for eight hours. Relatives said the youngest of the dead, "
      "Sumaya, was 2. The strike came three days after a suicide bombing at the airport killed "
      "13 U.S. service members and about 170 Afghans.",
      [C("10", 10, "exact", "killed", "civilians (headline)", "Pentagon",
         attr_alt=[MCKENZIE, None], ctx="strike killed 10"),
       C("7", 7, "exact", "killed", "children (headline)", "Pentagon",
         attr_alt=[MCKENZIE, None]),
       C("10", 10, "exact", "killed", "civilians", MCKENZIE, ctx="instead killed 10"),
       C("seven", 7, "exact", "killed", "children", MCKENZIE),
       C("13", 13, "exact", "killed", "U.S. service members at the airport", None),
       C("about 170", 170, "about", "killed", "Afghans at the airport", None)],
      published="2021-09-17"),

    # --- Older wars in retrospect and at the time ---------------------------------------------
    P("d21_037",
      "SARAJEVO, Bosnia-Herzegovina (AP) — A mortar shell exploded in a crowded open-air market "
      "in the center of Sarajevo on Saturday, killing at least 66 people and wounding 197 in the "
      "deadliest single attack of the 22-month siege, U.N. officials and hospital sources said. "
      "The Bosnian government blamed Serb forces ringing the city, who denied firing the 120mm "
      "round. Doctors at Kosevo hospital said 40 of the wounded were in critical condition. "
      "U.N. peacekeepers said they could not determine where the shell had been fired from. "
      "About 10,000 people have been killed in Sarajevo since the siege began in April 1992, "
      "according to the city's institute of public health.",
      [C("at least 66", 66, "at_least", "killed", "people at the Markale market", UN_HOSP),
       C("197", 197, "exact", "injured", "people at the Markale market", UN_HOSP),
       C("40", 40, "exact", "injured", "wounded in critical condition", KOSEVO),
       C("About 10,000", 10000, "about", "killed", "people in Sarajevo since April 1992",
         "the city's institute of public health")]),

    P("d21_038",
      "BUDYONNOVSK, Russia, June 16 (Reuters) - Chechen gunmen led by field commander Shamil "
      "Basayev were still holding well over 1,000 hostages in the hospital of this southern "
      "Russian town on Friday, two days after seizing it in a raid that has killed at least 41 "
      "people, Russian officials said. The Interior Ministry said about 100 rebels had entered "
      "the town in trucks on Wednesday, shooting police and civilians in the streets before "
      "herding residents into the hospital. Basayev, who says he has lost 11 members of his "
      "family in Russian air raids, has threatened to start killing hostages unless Moscow "
      "withdraws its troops from Chechnya. President Boris Yeltsin, at a summit in Halifax, "
      "called the raid \"unprecedented in its cynicism\".",
      [C("well over 1,000", 1000, "more_than", "hostages", "hostages in the hospital",
         RU_OFFICIALS),
       C("at least 41", 41, "at_least", "killed", "people in the raid", RU_OFFICIALS),
       C("about 100", 100, "about", "troops", "rebels who entered the town",
         "The Interior Ministry", cat_alt=["other"]),
       C("11", 11, "exact", "killed", "members of Basayev's family", "Basayev",
         optional=True)]),

    P("d21_039",
      "COLOMBO, Jan 31 (AFP) - A suicide bomber rammed a lorry packed with explosives into the "
      "Central Bank building in the heart of Colombo's business district on Wednesday, killing "
      "at least 53 people and wounding more than 1,400, police said, blaming the Liberation "
      "Tigers of Tamil Eelam (LTTE). Hospital officials said the toll could rise as rescuers "
      "searched the gutted 10-storey building. Witnesses said two or three gunmen fired "
      "rocket-propelled grenades at guards before the lorry drove into the bank's entrance. "
      "The army said at least 100 buildings in the Fort area had been damaged. The Tigers, who "
      "have been fighting since 1983 for a separate state in the north and east, did not "
      "comment.",
      [C("at least 53", 53, "at_least", "killed", "people at the Central Bank", "police"),
       C("more than 1,400", 1400, "more_than", "injured", "people at the Central Bank",
         "police"),
       C("two or three", 2, "range", "troops", "gunmen", "Witnesses", high=3,
         cat_alt=["other"]),
       C("at least 100", 100, "at_least", "infrastructure", "buildings damaged in Fort",
         "The army")]),

    P("d21_040",
      "Amiriyah shelter: Iraqis mark 30 years since US bombs killed hundreds of civilians\n"
      "Published: February 13, 2021\n"
      "On the night of February 13, 1991, two laser-guided bombs dropped by US F-117 stealth "
      "fighters pierced the reinforced concrete roof of the Amiriyah shelter in western "
      "Baghdad, where hundreds of families had gone to sleep. Iraqi officials at the time said "
      "408 civilians were killed, among them 261 women and 52 children, though residents of "
      "the district have long put the toll higher. Only 14 people are known to have survived. "
      "The US military said it had believed the building was a command-and-control centre. "
      "Today the shelter is a museum, and relatives gather every year to light candles.",
      [C("hundreds", 100, "vague", "killed", "civilians in the shelter (headline)", None,
         ctx="killed hundreds"),
       C("two", 2, "exact", "munitions", "laser-guided bombs", None),
       C("hundreds", 100, "vague", "other", "families in the shelter", None,
         ctx="hundreds of families"),
       C("408", 408, "exact", "killed", "civilians in the shelter", IQ_OFFICIALS),
       C("261", 261, "exact", "killed", "women", IQ_OFFICIALS),
       C("52", 52, "exact", "killed", "children", IQ_OFFICIALS),
       C("14", 14, "exact", "other", "survivors", None)],
      published="2021-02-13"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d21_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "holdout", "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
