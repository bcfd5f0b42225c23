"""Source of the second held-out set: writes ``passages.jsonl`` next to it.

Forty short passages (2-6 sentences; headline-plus-standfirst items, a live blog and a bulleted
"who has got out" box among them), written for this set in the style of wire, broadcaster,
regional-paper and live-blog copy and of NGO and UN statements quoted by newspapers (none
copied from an article), on wars, attacks, kidnappings, crackdowns, disasters, accidents,
epidemics, protests, migration, prison breaks, stampedes, aid and evacuations not used in the
development sets, annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder), the decisions recorded in the READMEs of
``tests/devset2`` to ``tests/devset7``, the annotations of ``tests/devset5`` and this set's
README. Figures follow contemporary reports loosely; the set tests extraction, not facts.

The set is held out: score it only with the official scorer and report its summary line; its
individual errors must not be used to tune the extractor (see ``README.md``).

Run ``python tests/holdout2/build_holdout2.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

TABURETS = "regional governor Ihor Taburets"
UA_AIR = "the air force"
STARUKH_FULL = "regional governor Oleksandr Starukh"
UN_MONITORS = "a confidential report by UN sanctions monitors"
LOSSA = "Dieudonné Lossa"
KASSAH = "the Bokkos council chairman, Monday Kassah"
BOKKOS_GOV = "The state government"
NEMA = "the National Emergency Management Agency"
TALIBAN = "Taliban-appointed officials"
UNAMA = "The UN mission in Afghanistan"
GHABASH = "Syria's health minister, Hassan al-Ghabash"
SOHR = "the Syrian Observatory for Human Rights"
NOBOA = "President Daniel Noboa"
KZ_PROSECUTOR = "Kazakhstan's Prosecutor General's Office"
CSTO = "a Russian-led military alliance"
NIGER_GOV = "the state government"
KAGARA_TEACHER = "a teacher who asked not to be named"
TH_HEALTH = "the Public Health Ministry"
TH_OFFICIAL = "a district official"
RS_MOI = "the interior ministry"
JUNTA = "Myanmar's junta"
ROHINGYA_LEADERS = "community leaders and aid workers"
BD_RRRC = "the refugee relief commissioner"
BJ_CITY = "city officials"
HEBEI = "the provincial government"
XINHUA = "the official Xinhua news agency"
CAAN = "the Civil Aviation Authority of Nepal"
AJAYI = "The spokesperson for the Kwara State Police Command, Okasanmi Ajayi"
EMIR = "The Emir of Pategi, Ibrahim Umar Bologi II"
KZ_EMERGENCY = "Kazakhstan's emergencies ministry"
DHAMI = "Chief Minister Pushkar Singh Dhami"
UG_MOH = "the Ministry of Health"
UG_WHO = "The World Health Organization"
GEORGE = "Health Minister Veena George"
RINWA = "the state's chief electoral officer, Navdeep Rinwa"
REUTERS_TALLY = "a Reuters tally of official figures"
TUSK = "Prime Minister Donald Tusk"
NDMA_SL = "the National Disaster Management Agency"
CONNAUGHT = "Doctors at Connaught Hospital"
MAJALIWA = "Prime Minister Kassim Majaliwa"
IGP = "The Inspector-General of Police, Kayode Egbetokun"
BR_JUSTICE = "the justice ministry"
HOUTHI_OFFICIAL = "a Houthi security official"
SHABANI = "Interior Minister Jacquemain Shabani"
HT_DIRECTOR = "the prison's director"
SYNAPOHA = "a police union, SYNAPOHA"
MA_AUTH = "Moroccan authorities"
AMDH = "The Moroccan Association for Human Rights"
ES_DELEGATION = "Spain's government delegation in Melilla"
IOM = "the International Organization for Migration"
JAMAL = "Arafat Jamal, the UNHCR representative in Afghanistan"
IN_MEA = "the external affairs ministry"
SA_MOFA = "Saudi foreign ministry"
UK_FCDO = "the Foreign Office"
WFP = "the World Food Programme"
DOJ = "a Justice Department report"
REVIEW = "The 575-page review"
RAHMAN = "Mohammed Mizanur Rahman"

PASSAGES = [
    # --- Wars, attacks, kidnappings, crackdowns ----------------------------------------------
    P("h2_001",
      "UMAN, Ukraine, April 28, 2023 (Reuters) - A Russian cruise missile slammed into a "
      "nine-storey apartment block in the central Ukrainian city of Uman before dawn on Friday, "
      "killing at least 17 people, three of them children, regional governor Ihor Taburets said. "
      "Rescuers pulled 18 people alive from the rubble and were still searching for about a "
      "dozen residents believed to be buried under a collapsed stairwell. Russia fired 23 cruise "
      "missiles and two drones at Ukraine overnight, and 21 of the missiles were shot down, the "
      "air force said. In Dnipro, a woman and her two-year-old daughter were killed when a "
      "missile hit a private house.",
      [C("at least 17", 17, "at_least", "killed", "people", TABURETS),
       C("three", 3, "exact", "killed", "children", TABURETS),
       C("18", 18, "exact", "other", "people pulled alive from the rubble", TABURETS,
         attr_alt=[None]),
       C("about a dozen", 12, "about", "missing", "residents believed buried", TABURETS,
         cat_alt=["other"], attr_alt=[None]),
       C("23", 23, "exact", "munitions", "cruise missiles fired", UA_AIR),
       C("two", 2, "exact", "munitions", "drones fired", UA_AIR, ctx="two drones"),
       C("21", 21, "exact", "munitions", "missiles shot down", UA_AIR)],
      published="2023-04-28"),
    P("h2_002",
      "Russian strike on civilian convoy in Zaporizhzhia kills 25\n"
      "Missiles hit cars queuing to leave for occupied territory to collect relatives\n"
      "Russian forces struck a convoy of civilian cars gathered on the outskirts of "
      "Zaporizhzhia on the morning of Sept. 30, killing at least 25 people and wounding 50, "
      "regional governor Oleksandr Starukh said. By evening the toll had risen to 30, with 88 "
      "wounded, according to the National Police. The people were waiting to cross into "
      "Russian-occupied areas to bring relatives out and deliver aid; Starukh said 16 missiles, "
      "fired from S-300 air defence systems, had hit the site.",
      [C("25", 25, "exact", "killed", "people", None, ctx="kills 25"),
       C("at least 25", 25, "at_least", "killed", "people", STARUKH_FULL),
       C("50", 50, "exact", "injured", "people", STARUKH_FULL),
       C("30", 30, "exact", "killed", "people", "the National Police", ctx="risen to 30"),
       C("88", 88, "exact", "injured", "people", "the National Police"),
       C("16", 16, "exact", "munitions", "missiles", "Starukh", attr_alt=[STARUKH_FULL])]),
    P("h2_003",
      "Between 10,000 and 15,000 people were killed in El Geneina, the capital of West Darfur, "
      "when the Rapid Support Forces and allied Arab militias turned on the city's Masalit "
      "community last year, according to a confidential report by UN sanctions monitors seen by "
      "Reuters. Earlier estimates by the West Darfur doctors' union had put the toll at around "
      "1,100. More than 500,000 people have since fled the state into neighbouring Chad, the UN "
      "refugee agency says, about 90% of them women and children.",
      [C("Between 10,000 and 15,000", 10000, "range", "killed", "people in El Geneina",
         UN_MONITORS, high=15000, attr_alt=["UN sanctions monitors"]),
       C("around 1,100", 1100, "about", "killed", "people in El Geneina",
         "the West Darfur doctors' union"),
       C("More than 500,000", 500000, "more_than", "displaced", "people who fled to Chad",
         "the UN refugee agency"),
       C("about 90%", 90, "about", "displaced", "share who are women and children",
         "the UN refugee agency", optional=True, cat_alt=["other"])]),
    P("h2_004",
      "BUNIA, Democratic Republic of Congo (AFP) - Militiamen armed with machetes and guns "
      "attacked a camp for displaced people in Congo's Ituri province overnight, killing at "
      "least 60 people, local officials and a UN source said on Wednesday. 'We have already "
      "buried 42 bodies and we are still finding others in the bush,' said Dieudonné Lossa, a "
      "civil society coordinator in Djugu territory. The Plaine Savo camp shelters some 24,000 "
      "people who fled earlier violence. The CODECO militia, which claims to defend the Lendu "
      "community, has been blamed for most of the attacks in the area, where more than 1.5 "
      "million people are displaced, according to the UN.",
      [C("at least 60", 60, "at_least", "killed", "people",
         "local officials and a UN source"),
       C("42", 42, "exact", "killed", "bodies buried", LOSSA,
         attr_alt=["a civil society coordinator in Djugu territory"]),
       C("some 24,000", 24000, "about", "displaced", "people sheltering in the camp", None,
         cat_alt=["population"]),
       C("more than 1.5 million", 1500000, "more_than", "displaced", "people in Ituri",
         "the UN")]),
    P("h2_005",
      "JOS — The death toll from the Christmas Eve attacks on villages in Plateau State's "
      "Bokkos and Barkin Ladi local government areas has risen to 195, the Bokkos council "
      "chairman, Monday Kassah, said on Thursday, up from the 113 he gave on Tuesday. Amnesty "
      "International had earlier said at least 140 people were killed in the raids on 17 "
      "communities. The state government said more than 300 people were injured and 221 houses "
      "burnt, while the National Emergency Management Agency said about 16,000 residents had "
      "fled to schools and churches in Bokkos town. Police said eight suspects had been "
      "arrested.",
      [C("195", 195, "exact", "killed", "people", KASSAH),
       C("113", 113, "exact", "killed", "people (earlier toll)", KASSAH, attr_alt=["he"]),
       C("at least 140", 140, "at_least", "killed", "people", "Amnesty International"),
       C("17", 17, "exact", "other", "communities attacked", "Amnesty International",
         optional=True, cat_alt=["infrastructure"]),
       C("more than 300", 300, "more_than", "injured", "people", BOKKOS_GOV),
       C("221", 221, "exact", "infrastructure", "houses burnt", BOKKOS_GOV),
       C("about 16,000", 16000, "about", "displaced", "residents who fled", NEMA),
       C("eight", 8, "exact", "detained", "suspects", "Police")]),
    P("h2_006",
      "KABUL — A suicide bomber blew himself up among hundreds of students sitting a practice "
      "university entrance exam at the Kaaj education centre in the Hazara neighbourhood of "
      "Dasht-e-Barchi on Friday. Taliban-appointed officials initially said 19 people had been "
      "killed and 27 wounded. The UN mission in Afghanistan said on Monday that the toll had "
      "risen to 53, including 46 girls and young women, and that 110 people had been injured. "
      "Students said nearly 600 candidates had been in the hall when the attacker struck at "
      "about 7:30 a.m.",
      [C("hundreds", 100, "vague", "other", "students sitting the exam", None, optional=True),
       C("19", 19, "exact", "killed", "people", TALIBAN),
       C("27", 27, "exact", "injured", "people", TALIBAN),
       C("53", 53, "exact", "killed", "people", UNAMA),
       C("46", 46, "exact", "killed", "girls and young women", UNAMA),
       C("110", 110, "exact", "injured", "people", UNAMA),
       C("nearly 600", 600, "about", "other", "candidates in the hall", "Students")]),
    P("h2_007",
      "Eleven children were among at least 13 people killed when military helicopters opened "
      "fire on a village school in Let Yet Kone, in Sagaing region's Tabayin township, on Sept. "
      "16, UNICEF said, adding that at least 15 children from the school were still missing. "
      "Residents told Myanmar Now that soldiers who landed after the attack took away about 20 "
      "people, including wounded students and teachers. The junta said troops had been "
      "searching for members of the People's Defence Force hiding in the village and that "
      "'some villagers' had been hurt in crossfire. Two Mi-35 helicopters took part in the "
      "raid, residents said.",
      [C("Eleven", 11, "exact", "killed", "children", "UNICEF"),
       C("at least 13", 13, "at_least", "killed", "people", "UNICEF"),
       C("at least 15", 15, "at_least", "missing", "children", "UNICEF"),
       C("about 20", 20, "about", "detained", "people taken away by soldiers", "Residents",
         cat_alt=["hostages"]),
       C("Two", 2, "exact", "munitions", "attack helicopters", "residents",
         cat_alt=["other"])]),
    P("h2_008",
      "DAMASCUS: The death toll from Thursday's drone attack on a graduation ceremony at the "
      "military academy in Homs has risen to 89 — among them 31 women and five children — "
      "Syria's health minister, Hassan al-Ghabash, said on Friday. Another 277 people were "
      "wounded, some of them critically. The army blamed 'terrorist organisations' and vowed to "
      "respond; the Syrian Observatory for Human Rights, a Britain-based war monitor, put the "
      "number of dead at 123, among them 54 civilians. Government forces shelled rebel-held "
      "areas of Idlib province afterwards, killing at least 20 people, rescuers said.",
      [C("89", 89, "exact", "killed", "people", GHABASH),
       C("31", 31, "exact", "killed", "women", GHABASH),
       C("five", 5, "exact", "killed", "children", GHABASH),
       C("277", 277, "exact", "injured", "people", GHABASH, attr_alt=[None]),
       C("123", 123, "exact", "killed", "people", SOHR, attr_alt=["a Britain-based war monitor"]),
       C("54", 54, "exact", "killed", "civilians", SOHR,
         attr_alt=["a Britain-based war monitor"]),
       C("at least 20", 20, "at_least", "killed", "people in Idlib", "rescuers")]),
    P("h2_009",
      "Ecuador declares 'internal armed conflict' – as it happened\n"
      "14:05 President Daniel Noboa has signed a decree declaring an 'internal armed conflict' "
      "and ordering the armed forces to 'neutralise' 22 criminal groups, now designated "
      "terrorist organisations. Defence ministry officials said about 22,400 soldiers had been "
      "mobilised.\n"
      "13:40 Police say 13 people have been arrested after hooded gunmen burst into the studios "
      "of TC Televisión in Guayaquil during a live broadcast and held presenters and technicians "
      "at gunpoint for about 20 minutes. No one was killed, the station said.\n"
      "12:15 At least eight people were killed in a wave of attacks in Guayaquil overnight, and "
      "two police officers were shot dead in nearby Nobol, the national police said. Schools "
      "across the country will stay closed until Friday.",
      [C("22", 22, "exact", "other", "criminal groups designated terrorist", NOBOA,
         optional=True),
       C("about 22,400", 22400, "about", "troops", "soldiers mobilised",
         "Defence ministry officials"),
       C("13", 13, "exact", "detained", "people arrested", "Police", ctx="say 13 people"),
       C("At least eight", 8, "at_least", "killed", "people in Guayaquil", "the national police"),
       C("two", 2, "exact", "killed", "police officers in Nobol", "the national police")]),
    P("h2_010",
      "ALMATY, Jan 15, 2022 (Reuters) - Kazakhstan's Prosecutor General's Office said on "
      "Saturday that 225 people had died during last week's unrest, including 19 members of the "
      "security forces, the first official toll since protests over a fuel price rise turned "
      "into the worst violence in the country's 30 years of independence. More than 4,500 "
      "people were injured, health officials said. The interior ministry said 9,900 people had "
      "been detained, and a Russian-led military alliance said it would complete the withdrawal "
      "of its 2,030 troops by Jan. 19.",
      [C("225", 225, "exact", "killed", "people", KZ_PROSECUTOR),
       C("19", 19, "exact", "killed", "security forces members", KZ_PROSECUTOR,
         ctx="including 19"),
       C("More than 4,500", 4500, "more_than", "injured", "people", "health officials"),
       C("9,900", 9900, "exact", "detained", "people", "The interior ministry"),
       C("2,030", 2030, "exact", "troops", "CSTO troops", CSTO)],
      published="2022-01-15"),
    P("h2_011",
      "MINNA — Gunmen stormed the Government Science College in Kagara, Niger State, in the "
      "early hours of Wednesday, killing one student and abducting 27 others along with three "
      "members of staff and 12 of their relatives, the state government said. Governor Abubakar "
      "Sani Bello said security agencies had been deployed to the forests around Rafi local "
      "government area and that the state would not pay a ransom. The school had about 650 "
      "students, most of whom escaped into the bush during the raid, a teacher who asked not to "
      "be named told our correspondent. The abduction came barely two months after 344 "
      "schoolboys were taken from a school in Kankara, in neighbouring Katsina State.",
      [C("one", 1, "exact", "killed", "student", NIGER_GOV),
       C("27", 27, "exact", "hostages", "students abducted", NIGER_GOV),
       C("three", 3, "exact", "hostages", "staff abducted", NIGER_GOV),
       C("12", 12, "exact", "hostages", "relatives of staff abducted", NIGER_GOV),
       C("about 650", 650, "about", "population", "students at the school", KAGARA_TEACHER,
         cat_alt=["other"]),
       C("344", 344, "exact", "hostages", "Kankara schoolboys", None)]),
    P("h2_012",
      "UTHAI SAWAN, Thailand (AP) — A former police officer who had been dismissed over a drug "
      "charge burst into a day care centre in northeastern Thailand on Thursday and killed 22 "
      "children, most of them asleep during their afternoon nap, before driving home and "
      "killing his wife and child and then himself. In all, 36 people died, among them 24 "
      "children, police said. Ten people were wounded, eight of them critically, according to "
      "the Public Health Ministry. The attacker, Panya Khamrab, 34, had appeared in court on the "
      "drug charge that morning. Only 24 children were at the centre, which can take 92, "
      "because heavy rain had kept others at home, a district official said.",
      [C("22", 22, "exact", "killed", "children at the day care centre", None,
         attr_alt=["police"]),
       C("36", 36, "exact", "killed", "people", "police"),
       C("24", 24, "exact", "killed", "children", "police", ctx="among them 24"),
       C("Ten", 10, "exact", "injured", "people", TH_HEALTH),
       C("eight", 8, "exact", "injured", "critically wounded", TH_HEALTH),
       C("24", 24, "exact", "other", "children at the centre", TH_OFFICIAL,
         ctx="Only 24 children"),
       C("92", 92, "exact", "other", "centre capacity", TH_OFFICIAL, optional=True)]),
    P("h2_013",
      "Serbians have handed in more than 13,500 firearms and about 1.5 million rounds of "
      "ammunition in the first week of a gun amnesty announced after two mass shootings that "
      "left 17 people dead, the interior ministry said on Monday. On May 3, a 13-year-old boy "
      "opened fire at the Vladislav Ribnikar primary school in central Belgrade, killing eight "
      "pupils and a security guard and wounding six other children and a teacher. The next "
      "evening, a 21-year-old gunman killed eight people and wounded 14 in villages near "
      "Mladenovac, south of the capital. Tens of thousands of people have since marched through "
      "Belgrade under the slogan 'Serbia against violence'.",
      [C("more than 13,500", 13500, "more_than", "munitions", "firearms handed in", RS_MOI,
         cat_alt=["other"]),
       C("about 1.5 million", 1500000, "about", "munitions", "rounds of ammunition handed in",
         RS_MOI, cat_alt=["other"]),
       C("two", 2, "exact", "other", "mass shootings", None, optional=True,
         attr_alt=[RS_MOI]),
       C("17", 17, "exact", "killed", "people in the two shootings", None, attr_alt=[RS_MOI]),
       C("eight", 8, "exact", "killed", "pupils", None, ctx="eight pupils"),
       C("six", 6, "exact", "injured", "children", None),
       C("eight", 8, "exact", "killed", "people near Mladenovac", None, ctx="eight people"),
       C("14", 14, "exact", "injured", "people near Mladenovac", None),
       C("Tens of thousands", 10000, "vague", "other", "marchers", None)]),

    # --- Disasters, accidents, epidemics ------------------------------------------------------
    P("h2_014",
      "SITTWE, Myanmar (Reuters) - Myanmar's junta said on Wednesday that 145 people had been "
      "killed by Cyclone Mocha, 117 of them Rohingya Muslims living in displacement camps around "
      "Sittwe, but community leaders and aid workers said the real toll was far higher, with "
      "more than 400 Rohingya still missing. The storm made landfall on Sunday with winds of up "
      "to 250 km per hour (155 mph), damaging about 80% of the buildings in Sittwe, the UN said. "
      "In Bangladesh, where about 750,000 people had been moved to cyclone shelters, no deaths "
      "were reported, though some 2,000 shelters were damaged in the Rohingya camps of Cox's "
      "Bazar, the refugee relief commissioner said.",
      [C("145", 145, "exact", "killed", "people", JUNTA),
       C("117", 117, "exact", "killed", "Rohingya", JUNTA),
       C("more than 400", 400, "more_than", "missing", "Rohingya", ROHINGYA_LEADERS),
       C("about 80%", 80, "about", "infrastructure", "share of Sittwe buildings damaged",
         "the UN", optional=True),
       C("about 750,000", 750000, "about", "displaced", "people moved to cyclone shelters",
         None, attr_alt=[BD_RRRC]),
       C("some 2,000", 2000, "about", "infrastructure", "camp shelters damaged", BD_RRRC)]),
    P("h2_015",
      "BEIJING, Aug 9, 2023 (Reuters) - Thirty-three people died in Beijing in the heaviest "
      "rains to hit the Chinese capital in at least 140 years, among them five rescuers, and 18 "
      "were still missing, city officials said on Wednesday, giving the first full toll since "
      "the remnants of Typhoon Doksuri swept through. In neighbouring Hebei province, 29 people "
      "were killed and 16 were missing, the official Xinhua news agency said, citing the "
      "provincial government. More than 1.5 million people had been relocated across Hebei, "
      "including some 134,000 in the city of Zhuozhou, where floodwater stood up to 3 metres "
      "deep in places.",
      [C("Thirty-three", 33, "exact", "killed", "people in Beijing", BJ_CITY),
       C("five", 5, "exact", "killed", "rescuers", BJ_CITY),
       C("18", 18, "exact", "missing", "people in Beijing", BJ_CITY),
       C("29", 29, "exact", "killed", "people in Hebei", HEBEI, attr_alt=[XINHUA]),
       C("16", 16, "exact", "missing", "people in Hebei", HEBEI, attr_alt=[XINHUA]),
       C("More than 1.5 million", 1500000, "more_than", "displaced", "people relocated in Hebei",
         HEBEI, attr_alt=[XINHUA, None]),
       C("some 134,000", 134000, "about", "displaced", "people relocated in Zhuozhou", HEBEI,
         attr_alt=[XINHUA, None])],
      published="2023-08-09"),
    P("h2_016",
      "POKHARA — All 72 people on board a Yeti Airlines ATR 72-500 are feared dead after the "
      "plane crashed into the gorge of the Seti river on Sunday morning as it approached "
      "Pokhara's new international airport. Rescuers had recovered 68 bodies by nightfall, the "
      "Civil Aviation Authority of Nepal said. The aircraft, flight YT691 from Kathmandu, was "
      "carrying 68 passengers and four crew members, among them 15 foreign nationals: five "
      "Indians, four Russians, two South Koreans and one each from Argentina, Australia, France "
      "and Ireland. Some 300 soldiers and police officers joined the search.",
      [C("72", 72, "exact", "killed", "people on board feared dead", None,
         cat_alt=["missing"]),
       C("68", 68, "exact", "killed", "bodies recovered", CAAN, ctx="68 bodies"),
       C("68", 68, "exact", "other", "passengers", None, ctx="68 passengers",
         cat_alt=["killed"], attr_alt=[CAAN]),
       C("four", 4, "exact", "other", "crew members", None, ctx="four crew",
         cat_alt=["killed"], attr_alt=[CAAN]),
       C("15", 15, "exact", "other", "foreign nationals on board", None, cat_alt=["killed"],
         attr_alt=[CAAN]),
       C("five", 5, "exact", "other", "Indians on board", None, cat_alt=["killed"],
         attr_alt=[CAAN]),
       C("four", 4, "exact", "other", "Russians on board", None, ctx="four Russians",
         cat_alt=["killed"], attr_alt=[CAAN]),
       C("two", 2, "exact", "other", "South Koreans on board", None, cat_alt=["killed"],
         attr_alt=[CAAN]),
       C("one", 1, "exact", "other", "passengers from each of four countries", None,
         optional=True, cat_alt=["killed"]),
       C("Some 300", 300, "about", "troops", "soldiers and police officers searching", None)]),
    P("h2_017",
      "ILORIN — At least 106 people, most of them guests returning from a wedding, drowned when "
      "their boat capsized on the Niger River in Pategi local government area of Kwara State in "
      "the early hours of Monday, police said. The spokesperson for the Kwara State Police "
      "Command, Okasanmi Ajayi, said: 'As of now, 144 people have been rescued alive, and the "
      "search for others continues.' Residents said the wooden boat had been carrying 250 to "
      "300 passengers, well above its capacity of about 100, when it hit a submerged log. The "
      "Emir of Pategi, Ibrahim Umar Bologi II, said dozens of the dead came from four "
      "neighbouring villages.",
      [C("At least 106", 106, "at_least", "killed", "people", "police"),
       C("144", 144, "exact", "other", "people rescued alive", AJAYI),
       C("250 to 300", 250, "range", "other", "passengers on board", "Residents", high=300),
       C("about 100", 100, "about", "other", "boat capacity", "Residents", optional=True),
       C("dozens", 12, "vague", "killed", "dead from four villages", EMIR),
       C("four", 4, "exact", "other", "villages", EMIR, optional=True)]),
    P("h2_018",
      "KARAGANDA, Kazakhstan (AP) — A fire at a coal mine operated by ArcelorMittal Temirtau "
      "killed at least 32 miners on Saturday, Kazakhstan's emergencies ministry said, the "
      "deadliest accident in the country's post-Soviet history. Of the 252 people who were "
      "underground when the fire broke out, 206 were evacuated, 18 of them needing hospital "
      "treatment, the company said; 14 others were still missing. President Kassym-Jomart "
      "Tokayev ordered the government to end its cooperation with the steelmaker and declared "
      "Sunday a day of national mourning.",
      [C("at least 32", 32, "at_least", "killed", "miners", KZ_EMERGENCY),
       C("252", 252, "exact", "other", "people underground", "the company"),
       C("206", 206, "exact", "other", "people evacuated from the mine", "the company",
         cat_alt=["displaced"]),
       C("18", 18, "exact", "injured", "people needing hospital treatment", "the company"),
       C("14", 14, "exact", "missing", "miners", "the company")]),
    P("h2_019",
      "Published 13 September 2023\n"
      "Hanoi apartment fire: 56 dead in Vietnam's deadliest blaze in two decades\n"
      "At least 56 people, including four children, have died after fire tore through a "
      "nine-storey block of mini-apartments in Vietnam's capital, state media reported. The "
      "fire broke out in the parking area on the ground floor at about 23:30 local time on "
      "Tuesday, when many of the building's estimated 150 residents were asleep. Police said 37 "
      "people were injured and 54 had been rescued, many of them by firefighters using ladders "
      "to reach balconies. The building had only one exit, residents said.",
      [C("56", 56, "exact", "killed", "people", None, ctx="56 dead"),
       C("At least 56", 56, "at_least", "killed", "people", "state media"),
       C("four", 4, "exact", "killed", "children", "state media"),
       C("estimated 150", 150, "about", "population", "residents of the building", None,
         cat_alt=["other"], attr_alt=["state media"]),
       C("37", 37, "exact", "injured", "people", "Police"),
       C("54", 54, "exact", "other", "people rescued", "Police"),
       C("one", 1, "exact", "other", "exits", "residents", optional=True,
         cat_alt=["infrastructure"])],
      published="2023-09-13"),
    P("h2_020",
      "UTTARKASHI — All 41 workers trapped for 17 days in the collapsed Silkyara tunnel in "
      "Uttarakhand were brought out safely on Tuesday evening, to cheers from hundreds of people "
      "waiting outside. The men were pulled out one by one through a 57-metre pipe on wheeled "
      "stretchers, after a team of 12 'rat-hole' miners cleared the last stretch of debris by "
      "hand when a drilling machine broke down. Chief Minister Pushkar Singh Dhami said the "
      "workers, most of them migrant labourers from Jharkhand, Uttar Pradesh and Bihar, would be "
      "examined at a hospital in Chinyalisaur, where a ward with 41 beds had been set up, and "
      "would each receive ₹1 lakh. Forty-one ambulances were on standby at the site.",
      [C("41", 41, "exact", "other", "workers rescued", None, ctx="All 41"),
       C("hundreds", 100, "vague", "other", "people waiting outside", None, optional=True),
       C("12", 12, "exact", "troops", "rat-hole miners brought in", None, cat_alt=["other"]),
       C("41", 41, "exact", "other", "hospital beds", DHAMI, ctx="41 beds", optional=True,
         cat_alt=["infrastructure"]),
       C("Forty-one", 41, "exact", "other", "ambulances on standby", None, optional=True)]),
    P("h2_021",
      "KAMPALA — Uganda has recorded 142 confirmed cases of Ebola and 55 deaths since an outbreak "
      "of the Sudan strain was declared in Mubende district on Sept. 20, the Ministry of Health "
      "said on Friday. Nineteen health workers have been infected, seven of whom have died. The "
      "World Health Organization said 4,793 contacts had been listed for follow-up and that "
      "more than 1,200 doses of a candidate vaccine were expected in Kampala next week. "
      "President Yoweri Museveni has extended a lockdown of Mubende and neighbouring Kassanda by "
      "21 days.",
      [C("142", 142, "exact", "other", "Ebola cases", UG_MOH),
       C("55", 55, "exact", "killed", "Ebola deaths", UG_MOH),
       C("Nineteen", 19, "exact", "other", "health workers infected", UG_MOH, attr_alt=[None]),
       C("seven", 7, "exact", "killed", "health workers", UG_MOH, attr_alt=[None]),
       C("4,793", 4793, "exact", "other", "contacts listed", UG_WHO),
       C("more than 1,200", 1200, "more_than", "aid", "vaccine doses expected", UG_WHO,
         cat_alt=["other"])]),
    P("h2_022",
      "KOZHIKODE — Kerala has confirmed a sixth case of Nipah virus, a 39-year-old man from "
      "Kozhikode, as authorities widened testing to more than 1,000 people who came into contact "
      "with the infected, Health Minister Veena George said on Friday. Two people have died "
      "since the outbreak was detected on Tuesday, and four patients, including a nine-year-old "
      "boy on a ventilator, are being treated in hospital. 'Of the 1,192 people on the contact "
      "list, 352 are in the high-risk category,' George said. Schools and offices in seven "
      "panchayats have been shut and declared containment zones.",
      [C("more than 1,000", 1000, "more_than", "other", "contacts being tested", GEORGE),
       C("Two", 2, "exact", "killed", "Nipah deaths", GEORGE, attr_alt=[None]),
       C("four", 4, "exact", "other", "Nipah patients in hospital", GEORGE,
         cat_alt=["injured"], attr_alt=[None]),
       C("1,192", 1192, "exact", "other", "people on the contact list", "George",
         attr_alt=[GEORGE]),
       C("352", 352, "exact", "other", "high-risk contacts", "George", attr_alt=[GEORGE]),
       C("seven", 7, "exact", "other", "panchayats shut", None, optional=True)]),
    P("h2_023",
      "LUCKNOW — Thirty-three polling staff, among them sanitation workers and home guards, died "
      "of suspected heatstroke in Uttar Pradesh on Friday, the final day of voting in India's "
      "general election, the state's chief electoral officer, Navdeep Rinwa, said. Temperatures "
      "in parts of the state touched 46°C, and hospitals in Varanasi and Mirzapur admitted "
      "hundreds of heatstroke patients. In neighbouring Bihar, 10 poll workers died, while in "
      "Odisha the state government said it was investigating 99 suspected heatstroke deaths over "
      "three days. Turnout in the seventh phase was 58.3%, the Election Commission said.",
      [C("Thirty-three", 33, "exact", "killed", "polling staff", RINWA),
       C("hundreds", 100, "vague", "other", "heatstroke patients admitted", None,
         cat_alt=["injured"]),
       C("10", 10, "exact", "killed", "poll workers in Bihar", None),
       C("99", 99, "exact", "killed", "suspected heatstroke deaths in Odisha",
         "the state government", cat_alt=["other"])]),
    P("h2_024",
      "Storm Boris has now killed at least 24 people across central and eastern Europe, "
      "according to a Reuters tally of official figures: seven in Romania, seven in Poland, "
      "five in Austria, four in the Czech Republic and one in Slovakia. In the Polish town of "
      "Nysa, soldiers helped residents leave after a river embankment gave way; Prime Minister "
      "Donald Tusk said about 2,600 people had been evacuated in the area and declared a state "
      "of natural disaster in parts of three provinces. In the Czech Republic, some 250,000 "
      "households were without power at the peak of the storm, according to the utility ČEZ.",
      [C("at least 24", 24, "at_least", "killed", "people", REUTERS_TALLY),
       C("seven", 7, "exact", "killed", "people in Romania", REUTERS_TALLY,
         ctx="seven in Romania"),
       C("seven", 7, "exact", "killed", "people in Poland", REUTERS_TALLY, ctx="seven in Poland"),
       C("five", 5, "exact", "killed", "people in Austria", REUTERS_TALLY),
       C("four", 4, "exact", "killed", "people in the Czech Republic", REUTERS_TALLY),
       C("one", 1, "exact", "killed", "person in Slovakia", REUTERS_TALLY),
       C("about 2,600", 2600, "about", "displaced", "people evacuated around Nysa", TUSK),
       C("three", 3, "exact", "other", "provinces under disaster status", TUSK, optional=True),
       C("some 250,000", 250000, "about", "other", "households without power",
         "the utility ČEZ", cat_alt=["infrastructure"])]),
    P("h2_025",
      "FREETOWN — The number of people killed when a fuel tanker exploded after a collision at a "
      "busy junction in Wellington, on the eastern edge of Freetown, has risen to 131, the "
      "National Disaster Management Agency said on Tuesday, up from 99 on Saturday. Many of the "
      "victims had rushed to collect leaking fuel in buckets and jerrycans. Doctors at Connaught "
      "Hospital said more than 100 people were being treated for severe burns, about 30 of them "
      "in critical condition. The government declared three days of national mourning and said "
      "at least 30 shops and market stalls had burned.",
      [C("131", 131, "exact", "killed", "people", NDMA_SL),
       C("99", 99, "exact", "killed", "people (earlier toll)", NDMA_SL),
       C("more than 100", 100, "more_than", "injured", "people treated for burns", CONNAUGHT),
       C("about 30", 30, "about", "injured", "people in critical condition", CONNAUGHT),
       C("at least 30", 30, "at_least", "infrastructure", "shops and market stalls burned",
         "The government")]),
    P("h2_026",
      "BUKOBA — Nineteen people died when a Precision Air plane plunged into Lake Victoria as it "
      "tried to land in heavy rain at Bukoba airport on Sunday morning, Prime Minister Kassim "
      "Majaliwa said. The ATR 42-500, flight PW494 from Dar es Salaam, had 43 people on board, "
      "39 passengers and four crew, and 24 were rescued alive, many of them by fishermen who "
      "paddled out in canoes before emergency teams arrived. Regional Commissioner Albert "
      "Chalamila said two of the survivors were in a serious condition.",
      [C("Nineteen", 19, "exact", "killed", "people", MAJALIWA),
       C("43", 43, "exact", "other", "people on board", MAJALIWA, attr_alt=[None]),
       C("39", 39, "exact", "other", "passengers", MAJALIWA, attr_alt=[None]),
       C("four", 4, "exact", "other", "crew", MAJALIWA, attr_alt=[None]),
       C("24", 24, "exact", "other", "people rescued alive", MAJALIWA, attr_alt=[None]),
       C("two", 2, "exact", "injured", "survivors in serious condition",
         "Regional Commissioner Albert Chalamila")]),

    # --- Protests, crime, prisons, stampedes, migration, aid and evacuations -------------------
    P("h2_027",
      "ABUJA — At least 13 people were killed by security forces on the first day of the "
      "#EndBadGovernance protests across Nigeria, Amnesty International said on Friday, as "
      "police fired tear gas at demonstrators in Abuja, Kano and Lagos. The Inspector-General of "
      "Police, Kayode Egbetokun, put the number of dead at seven and said 681 people had been "
      "arrested for looting, arson and other offences. He said 22 police officers had been "
      "injured and a police station in Kano set on fire. Organisers have called for 10 days of "
      "protests over the soaring cost of living.",
      [C("At least 13", 13, "at_least", "killed", "protesters", "Amnesty International"),
       C("seven", 7, "exact", "killed", "people", IGP),
       C("681", 681, "exact", "detained", "people arrested", IGP),
       C("22", 22, "exact", "injured", "police officers", IGP, attr_alt=["He"])]),
    P("h2_028",
      "BRASÍLIA, Jan 9 (AP) — Brazilian police detained some 1,500 supporters of former "
      "President Jair Bolsonaro on Monday, a day after thousands of them stormed Congress, the "
      "Supreme Court and the presidential palace, the justice ministry said. About 1,200 were "
      "taken by bus from a protest camp outside army headquarters to a federal police academy "
      "for questioning; 599 of them, most of them elderly people or parents with young "
      "children, were later released on humanitarian grounds. Forty-four police officers were "
      "injured in Sunday's riot, the Federal District's security secretariat said. Bolsonaro, "
      "who has not conceded his defeat in the October 2022 election, flew to Florida two days "
      "before his term ended.",
      [C("some 1,500", 1500, "about", "detained", "Bolsonaro supporters", BR_JUSTICE),
       C("thousands", 1000, "vague", "other", "rioters who stormed government buildings", None,
         attr_alt=[BR_JUSTICE]),
       C("About 1,200", 1200, "about", "detained", "people taken to a police academy",
         BR_JUSTICE, attr_alt=[None]),
       C("599", 599, "exact", "detained", "detainees released", BR_JUSTICE, attr_alt=[None]),
       C("Forty-four", 44, "exact", "injured", "police officers",
         "the Federal District's security secretariat")]),
    P("h2_029",
      "At least 78 people were killed and 73 injured in a stampede at a charity handout in "
      "Yemen's Houthi-held capital Sanaa late on Wednesday, a Houthi security official said, "
      "days before the Eid al-Fitr holiday. Hundreds of people had crowded into a school in the "
      "Old City, where merchants were handing out 5,000 Yemeni rials, about $9, to each person. "
      "Witnesses said armed Houthis fired into the air to control the crowd, hitting an "
      "electrical wire that exploded and set off panic. The interior ministry said the two "
      "merchants who organised the event had been detained, and 13 of the injured were in "
      "critical condition, according to the health ministry.",
      [C("At least 78", 78, "at_least", "killed", "people", HOUTHI_OFFICIAL),
       C("73", 73, "exact", "injured", "people", HOUTHI_OFFICIAL),
       C("Hundreds", 100, "vague", "other", "people crowded into the school", None),
       C("two", 2, "exact", "detained", "merchants", "The interior ministry"),
       C("13", 13, "exact", "injured", "people in critical condition", "the health ministry")]),
    P("h2_030",
      "Updated: Sept. 3, 2024, 8:15 p.m.\n"
      "KINSHASA — At least 129 people were killed during an attempted mass breakout from Makala "
      "central prison in the Congolese capital early on Monday, Interior Minister Jacquemain "
      "Shabani said, 24 of them shot by guards after warnings and the rest crushed or "
      "suffocated in the stampede. Fifty-nine others were injured, and several women inmates "
      "were raped, he said in a video posted on X. Makala was built in the 1950s to hold 1,500 "
      "prisoners but held more than 12,000, according to Amnesty International. A prison source "
      "told AFP that at least 200 people had died.",
      [C("At least 129", 129, "at_least", "killed", "people", SHABANI),
       C("24", 24, "exact", "killed", "people shot by guards", SHABANI),
       C("Fifty-nine", 59, "exact", "injured", "people", SHABANI, attr_alt=["he"]),
       C("1,500", 1500, "exact", "other", "prison capacity", "Amnesty International",
         optional=True, cat_alt=["detained"]),
       C("more than 12,000", 12000, "more_than", "detained", "inmates", "Amnesty International",
         cat_alt=["population"]),
       C("at least 200", 200, "at_least", "killed", "people", "A prison source")],
      published="2024-09-03"),
    P("h2_031",
      "PORT-AU-PRINCE, Haiti (AP) — Armed gangs attacked Haiti's two largest prisons over the "
      "weekend and freed more than 4,000 inmates, the government said on Sunday as it declared a "
      "72-hour state of emergency in the capital's region. Only about 100 of the roughly 3,800 "
      "inmates held at the National Penitentiary chose to stay, the prison's director told the "
      "newspaper Le Nouvelliste; among them were 18 former Colombian soldiers accused of taking "
      "part in the 2021 assassination of President Jovenel Moïse. At least nine people were "
      "killed in the assaults, including three prison officers, a police union, SYNAPOHA, said.",
      [C("two", 2, "exact", "other", "prisons attacked", "the government", optional=True,
         cat_alt=["infrastructure"], attr_alt=[None]),
       C("more than 4,000", 4000, "more_than", "detained", "inmates freed", "the government",
         cat_alt=["other"]),
       C("about 100", 100, "about", "detained", "inmates who stayed", HT_DIRECTOR),
       C("roughly 3,800", 3800, "about", "detained", "inmates held at the National "
         "Penitentiary", HT_DIRECTOR, cat_alt=["population"]),
       C("18", 18, "exact", "detained", "former Colombian soldiers", HT_DIRECTOR,
         attr_alt=[None]),
       C("At least nine", 9, "at_least", "killed", "people", SYNAPOHA),
       C("three", 3, "exact", "killed", "prison officers", SYNAPOHA)]),
    P("h2_032",
      "NADOR, Morocco — At least 23 migrants died on Friday when about 2,000 people, most of "
      "them from Sudan and Chad, tried to scale the fence between Morocco and the Spanish "
      "enclave of Melilla, Moroccan authorities said, many of them crushed as they fell from the "
      "barrier or were trapped in a crowd at a border post. The Moroccan Association for Human "
      "Rights, whose Nador branch filmed bodies piled on the ground, said 27 had died. Rabat "
      "said 140 members of its security forces were injured, five of them seriously. Spain's "
      "government delegation in Melilla said 133 migrants had made it across and were taken to "
      "a temporary reception centre.",
      [C("At least 23", 23, "at_least", "killed", "migrants", MA_AUTH),
       C("about 2,000", 2000, "about", "displaced", "migrants who tried to cross", MA_AUTH,
         cat_alt=["other"]),
       C("27", 27, "exact", "killed", "migrants", AMDH),
       C("140", 140, "exact", "injured", "Moroccan security forces", "Rabat"),
       C("five", 5, "exact", "injured", "seriously injured security forces", "Rabat"),
       C("133", 133, "exact", "displaced", "migrants who crossed into Melilla", ES_DELEGATION,
         cat_alt=["other"])]),
    P("h2_033",
      "HERAT — More than 1.5 million Afghans have returned or been deported from Iran since "
      "January, the International Organization for Migration said on Thursday, more than "
      "500,000 of them in the 16 days after Tehran's July 6 deadline for undocumented migrants "
      "to leave. At the Islam Qala crossing, up to 30,000 people a day arrived during the "
      "busiest week, many with nothing but the clothes they wore. 'This is a crisis on top of a "
      "crisis,' said Arafat Jamal, the UNHCR representative in Afghanistan, who said the agency "
      "had run out of money for cash grants after helping 55,000 families. Iran says it hosts "
      "about 6 million Afghans, some 2.6 million of them without papers.",
      [C("More than 1.5 million", 1500000, "more_than", "displaced",
         "Afghans returned or deported from Iran", IOM),
       C("more than 500,000", 500000, "more_than", "displaced", "returnees after the deadline",
         IOM),
       C("up to 30,000", 30000, "at_most", "displaced", "arrivals a day at Islam Qala", IOM,
         attr_alt=[None]),
       C("55,000", 55000, "exact", "other", "returnee families given cash grants", JAMAL,
         cat_alt=["aid", "displaced"], attr_alt=["Arafat Jamal"]),
       C("about 6 million", 6000000, "about", "displaced", "Afghans in Iran", "Iran"),
       C("some 2.6 million", 2600000, "about", "displaced", "undocumented Afghans in Iran",
         "Iran")]),
    P("h2_034",
      "Sudan evacuations: who has got out so far\n"
      "• India: 3,862 people flown or shipped out under Operation Kaveri, the external affairs "
      "ministry says\n"
      "• Saudi Arabia: 5,197 people of about 100 nationalities, 239 of them Saudis, ferried "
      "across the Red Sea to Jeddah (Saudi foreign ministry)\n"
      "• Britain: more than 2,100 people on 23 flights from the Wadi Saeedna airfield near "
      "Khartoum, the Foreign Office said\n"
      "• UN staff: about 1,000 international employees relocated, most of them overland to Port "
      "Sudan, a journey of some 850 km, the UN says",
      [C("3,862", 3862, "exact", "displaced", "people evacuated by India", IN_MEA),
       C("5,197", 5197, "exact", "displaced", "people evacuated by Saudi Arabia", SA_MOFA),
       C("about 100", 100, "about", "other", "nationalities evacuated", SA_MOFA, optional=True),
       C("239", 239, "exact", "displaced", "Saudis evacuated", SA_MOFA),
       C("more than 2,100", 2100, "more_than", "displaced", "people evacuated by Britain",
         UK_FCDO),
       C("23", 23, "exact", "other", "evacuation flights", UK_FCDO, optional=True,
         cat_alt=["aid"]),
       C("about 1,000", 1000, "about", "displaced", "UN international staff relocated",
         "the UN")]),
    P("h2_035",
      "ANTANANARIVO — More than 1.14 million people in southern Madagascar do not have enough to "
      "eat after the worst drought in four decades, and some 14,000 of them are already living "
      "in famine-like conditions, the World Food Programme said on Wednesday. 'These are "
      "famine-like conditions, and they are being driven by climate change, not by conflict,' "
      "WFP's senior director of operations, Amer Daoudi, told reporters after visiting "
      "Ambovombe. The agency said it was feeding about 700,000 people a month and needed $78.6 "
      "million to continue over the next six months. Half a million children under five are "
      "expected to be acutely malnourished, it said.",
      [C("More than 1.14 million", 1140000, "more_than", "other",
         "people without enough to eat", WFP, cat_alt=["population"]),
       C("some 14,000", 14000, "about", "other", "people in famine-like conditions", WFP,
         cat_alt=["population"]),
       C("about 700,000", 700000, "about", "other", "people fed each month", "The agency",
         cat_alt=["aid"], attr_alt=[WFP]),
       C("Half a million", 500000, "exact", "other", "acutely malnourished children",
         "The agency", attr_alt=[WFP])]),
    P("h2_036",
      "UVALDE, Texas (AP) — Nearly 400 law enforcement officers rushed to Robb Elementary School "
      "but waited 77 minutes before confronting the gunman who killed 19 children and two "
      "teachers, a Justice Department report released Thursday found. The 575-page review "
      "counted 376 officers from about two dozen agencies at the scene, among them 149 U.S. "
      "Border Patrol agents and 91 state police. Attorney General Merrick Garland called the "
      "response 'a failure that should never have happened'. The gunman, 18, fired about 142 "
      "rounds inside the building, investigators said.",
      [C("Nearly 400", 400, "about", "troops", "law enforcement officers", DOJ),
       C("19", 19, "exact", "killed", "children", None, attr_alt=[DOJ]),
       C("two", 2, "exact", "killed", "teachers", None, ctx="two teachers", attr_alt=[DOJ]),
       C("376", 376, "exact", "troops", "officers at the scene", REVIEW, attr_alt=[DOJ]),
       C("about two dozen", 24, "about", "other", "agencies at the scene", REVIEW,
         optional=True, attr_alt=[DOJ]),
       C("149", 149, "exact", "troops", "Border Patrol agents", REVIEW, attr_alt=[DOJ]),
       C("91", 91, "exact", "troops", "state police officers", REVIEW, attr_alt=[DOJ]),
       C("about 142", 142, "about", "munitions", "rounds fired", "investigators",
         cat_alt=["other"])]),
    P("h2_037",
      "COX'S BAZAR — A fire swept through a Rohingya refugee camp in southern Bangladesh on "
      "Sunday afternoon, destroying more than 2,000 shelters and leaving about 12,000 people "
      "homeless, officials said. No deaths were reported. The blaze in Camp 11 at Balukhali also "
      "destroyed 35 mosques and 21 learning centres for children, said Mohammed Mizanur Rahman, "
      "Bangladesh's refugee relief and repatriation commissioner. Firefighters brought it under "
      "control after three hours. Some 960,000 Rohingya are crammed into the 33 camps around "
      "Cox's Bazar, according to UNHCR.",
      [C("more than 2,000", 2000, "more_than", "infrastructure", "shelters destroyed",
         "officials"),
       C("about 12,000", 12000, "about", "displaced", "people made homeless", "officials"),
       C("35", 35, "exact", "infrastructure", "mosques destroyed", RAHMAN),
       C("21", 21, "exact", "infrastructure", "learning centres destroyed", RAHMAN),
       C("Some 960,000", 960000, "about", "displaced", "Rohingya refugees", "UNHCR"),
       C("33", 33, "exact", "infrastructure", "refugee camps", "UNHCR", optional=True,
         cat_alt=["other", "aid"])]),

    # --- Only non-claims --------------------------------------------------------------------
    P("h2_038",
      "The World Bank on Tuesday approved a $500 million loan to help Bangladesh rebuild roads "
      "and embankments damaged in the 2024 floods, to be repaid over 30 years with a five-year "
      "grace period. The finance ministry said the first tranche would be released by March 31. "
      "Rice prices in Dhaka have risen 12% since July, and the taka fell 0.4% against the dollar "
      "on the news.",
      []),
    P("h2_039",
      "ACCRA — Police said no arrests were made and no one was injured during Tuesday's march on "
      "parliament against illegal gold mining, which passed off peacefully between 10 a.m. and 2 "
      "p.m. The route along Independence Avenue, about 2 km long, was closed to traffic for four "
      "hours. It was the third such march this year, and organisers said the next would be held "
      "on Oct. 15.",
      []),
    P("h2_040",
      "Published 2 February 2025\n"
      "A Boeing 737-800 operated by a budget carrier made an emergency landing at Karachi's "
      "Jinnah International Airport at 4:12 p.m. on Saturday after the crew reported smoke in "
      "the cabin, the Pakistan Airports Authority said. Nobody was hurt. The aircraft, flight "
      "PA-210 from Lahore, is 14 years old and will be grounded for at least 48 hours while "
      "engineers inspect its second engine.",
      [],
      published="2025-02-02"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="h2_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
