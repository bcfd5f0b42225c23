"""Source of the fortieth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines), ten each on wars,
disasters, protests and kidnappings from 1992 to 2025, each written for this set (none copied
from an article) in the style of a different kind of outlet: wire copy, national dailies,
tabloids, regional TV sites, public broadcasters, NGO releases, UN agency reports and briefing
notes, government ministry releases, police communiqués, military press releases, live blogs and
explainers. The sentence shapes are meant to be hard but realistic: sources in the middle of
sentences, figures in headlines and subheads, lists sharing one verb, figures after dashes and
colons, estimates compared, revisions, quotes spanning sentences, tables of a release. Annotated by
hand and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset18`` and
``tests/holdout2``. Figures follow contemporary reports loosely and some details are invented; the
set tests extraction, not facts.

Run ``python tests/devset40/build_devset40.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

AZ_MFA = "Ministry of Foreign Affairs of the Republic of Azerbaijan"
SERB = "Serb officials"
TANJUG = "The state news agency Tanjug"
IL_ARMY = "the army"
PAL_HEALTH = "Palestinian health officials"
RUC = "The RUC"
VENEDIKTOVA = "Prosecutor General Iryna Venediktova"
PAVLIUK = "the head of the Kyiv regional military administration, Oleksandr Pavliuk"
AI = "Amnesty International"
OCHA_UA = "UN Office for the Coordination of Humanitarian Affairs (OCHA)"
ISPR = "INTER SERVICES PUBLIC RELATIONS"
KIKHTENKO = "the regional governor, Oleksandr Kikhtenko"
MARIUPOL_COUNCIL = "Mariupol's city council"
FI_COAST = "Finnish coast guard officials"
HYOGO = "HYOGO PREFECTURAL POLICE HEADQUARTERS"
CALTRANS = "Caltrans and the city"
FR_INTERIOR = "the French Interior Ministry"
BASHKIRIAN = "Bashkirian Airlines"
CEOC = "Central Emergency Operation Center"
RO_HEALTH = "the Health Ministry"
ANEPC = "Portugal's civil protection authority"
MOEDAS = "Lisbon's mayor, Carlos Moedas"
ONEMI = "the Government's National Emergency Office (ONEMI)"
IFRC = "The IFRC"
MATESO = "Grégoire Mateso"
STL_POLICE = "ST. LOUIS COUNTY POLICE DEPARTMENT"
APDH = "the Permanent Assembly of Human Rights"
BO_GOV = "The government of President Gonzalo Sanchez de Lozada"
AL_THOMAS = "Charlottesville Police Chief Al Thomas"
ERAWAN = "the Erawan Emergency Medical Centre"
PDRC = "People's Democratic Reform Committee (PDRC)"
NPA_TW = "The National Police Agency"
BRFK = "BUDAPEST POLICE HEADQUARTERS (BRFK)"
AMBULANCE = "the National Ambulance Service"
OHCHR_INFO = "information gathered by our Office"
OHCHR = "UN High Commissioner for Human Rights"
VAZQUEZ = "Mexico City's security chief, Pablo Vázquez"
PDH = "The Human Rights Ombudsman's Office"
HRW = "Human Rights Watch"
BANTARIZA = "Army spokesman Major Shaban Bantariza"
POLICE_SOURCES = "police sources"
IDF = "IDF Spokesperson's Unit"
YE_MOI = "a Yemeni interior ministry statement"
TR_MFA = "REPUBLIC OF TÜRKİYE MINISTRY OF FOREIGN AFFAIRS"
IQ_MOI = "A spokesman for Iraq's interior ministry"
YE_GOV = "the Yemeni government"
UN_DND = "the Philippine Department of National Defense"

PASSAGES: list[Passage] = [
    # --- Wars and armed violence --------------------------------------------------------------
    P("d40_001",
      "Ministry of Foreign Affairs of the Republic of Azerbaijan\n"
      "Press release No. 087/24 · 26 February 2024\n"
      "Statement on the 32nd anniversary of the Khojaly genocide\n"
      "On the night of 25 to 26 February 1992, Armenian armed forces, with the participation of "
      "the 366th motorised rifle regiment of the former Soviet army, seized the town of Khojaly, "
      "then home to some 7,000 people. In one night 613 civilians were killed, among them 106 "
      "women, 63 children and 70 elderly people; 487 were wounded and 1,275 were taken hostage. "
      "The fate of 150 of those taken, including 68 women and 26 children, remains unknown to "
      "this day. Eight families were wiped out entirely, the Ministry recalls, and 130 children "
      "lost one parent while 25 lost both. Those responsible have yet to be brought to justice.",
      [C("some 7,000", 7000, "about", "population", "residents of Khojaly", None,
         attr_alt=[AZ_MFA]),
       C("613", 613, "exact", "killed", "civilians", None, attr_alt=[AZ_MFA]),
       C("106", 106, "exact", "killed", "women", None, attr_alt=[AZ_MFA]),
       C("63", 63, "exact", "killed", "children", None, attr_alt=[AZ_MFA]),
       C("70", 70, "exact", "killed", "elderly people", None, attr_alt=[AZ_MFA]),
       C("487", 487, "exact", "injured", "people", None, attr_alt=[AZ_MFA]),
       C("1,275", 1275, "exact", "hostages", "people taken hostage", None, attr_alt=[AZ_MFA]),
       C("150", 150, "exact", "missing", "hostages whose fate is unknown", None,
         attr_alt=[AZ_MFA], cat_alt=["hostages"]),
       C("68", 68, "exact", "missing", "women", None, attr_alt=[AZ_MFA], cat_alt=["hostages"]),
       C("26", 26, "exact", "missing", "children", None, attr_alt=[AZ_MFA],
         cat_alt=["hostages"], ctx="26 children"),
       C("Eight", 8, "exact", "other", "families wiped out", "the Ministry",
         attr_alt=[AZ_MFA], cat_alt=["killed"], optional=True),
       C("130", 130, "exact", "other", "children who lost a parent", "the Ministry",
         attr_alt=[AZ_MFA], optional=True),
       C("25", 25, "exact", "other", "children who lost both parents", "the Ministry",
         attr_alt=[AZ_MFA], optional=True, ctx="25 lost both")],
      published="2024-02-26"),

    P("d40_002",
      "KORISA, Yugoslavia (AP) — Serb officials led foreign reporters on Saturday through this "
      "village in southern Kosovo, where they said NATO bombs had killed 87 ethnic Albanian "
      "refugees overnight and wounded more than 60 others. The state news agency Tanjug, quoting "
      "local authorities, put the toll higher, at about 100 dead. Reporters counted at least 20 "
      "charred bodies in a field where the refugees, mostly women, children and old people, had "
      "camped on tractors and wagons. NATO said its aircraft had struck a legitimate military "
      "target, a command post with dug-in armored vehicles, and that it had no information on "
      "civilian casualties. Alliance spokesman Jamie Shea accused Serb forces of using "
      "\"hundreds\" of Albanians as human shields around the post. Some 600 refugees had been "
      "sheltering in the area since their villages were burned in April, a survivor told the AP.",
      [C("87", 87, "exact", "killed", "ethnic Albanian refugees", SERB, attr_alt=["they"]),
       C("more than 60", 60, "more_than", "injured", "refugees", SERB, attr_alt=["they"]),
       C("about 100", 100, "about", "killed", "people", "local authorities",
         attr_alt=[TANJUG]),
       C("at least 20", 20, "at_least", "killed", "charred bodies", "Reporters"),
       C("hundreds", 100, "vague", "hostages", "Albanians used as human shields",
         "Alliance spokesman Jamie Shea", cat_alt=["other"]),
       C("Some 600", 600, "about", "displaced", "refugees sheltering in the area",
         "a survivor")]),

    P("d40_003",
      "Sunday, February 27, 1994\n"
      "Hebron toll rises to 29 as riots spread\n"
      "By Post Staff\n"
      "The number of Palestinians killed by a Jewish settler who opened fire on worshippers at "
      "the Cave of the Patriarchs on Friday rose to 29 yesterday, the army said, after two of the "
      "wounded died in Hebron's Alia hospital. Palestinian health officials put the number of "
      "dead at 52, a figure that appears to include at least 20 people shot in riots across the "
      "territories in the hours after the massacre. Some 125 people were wounded in the mosque "
      "itself. The gunman, Baruch Goldstein, a 42-year-old physician from Kiryat Arba, was beaten "
      "to death by survivors when he paused to reload; he had fired 111 rounds, investigators "
      "believe. The IDF has placed the city's 120,000 Palestinian residents under curfew and "
      "sent in two more battalions.",
      [C("29", 29, "exact", "killed", "Palestinians killed in Hebron", None,
         ctx="rises to 29 as"),
       C("29", 29, "exact", "killed", "Palestinians killed in Hebron", IL_ARMY,
         ctx="rose to 29 yesterday"),
       C("two", 2, "exact", "killed", "wounded who died", IL_ARMY, cat_alt=["injured"],
         ctx="two of the wounded"),
       C("52", 52, "exact", "killed", "Palestinians", PAL_HEALTH),
       C("at least 20", 20, "at_least", "killed", "people shot in riots", None,
         attr_alt=[PAL_HEALTH]),
       C("Some 125", 125, "about", "injured", "people wounded in the mosque", PAL_HEALTH,
         attr_alt=[None]),
       C("111", 111, "exact", "munitions", "rounds fired", "investigators",
         cat_alt=["other"]),
       C("120,000", 120000, "exact", "population", "Palestinian residents of Hebron", None,
         attr_alt=["The IDF"]),
       C("two", 2, "exact", "troops", "battalions", None, attr_alt=["The IDF"],
         optional=True, ctx="two more battalions")],
      published="1994-02-27"),

    P("d40_004",
      "OMAGH MASSACRE: 28 DEAD\n"
      "Bomb carnage in market town — 'scores' of kids among 220 hurt\n"
      "TWENTY-EIGHT people were blown to bits yesterday when a 500lb car bomb ripped through the "
      "packed main street of Omagh on a sunny Saturday afternoon. The RUC said last night that "
      "more than 220 were injured, dozens of them critically, as hospitals across Tyrone and in "
      "Belfast appealed for blood donors. Among the dead were a young mum expecting twins and "
      "nine children, a senior officer told The Sun. Cops had been given a warning 40 minutes "
      "before the blast — but it named the wrong place, and officers moved crowds towards the "
      "bomb. Last night 30 detectives were working on the case, and a splinter group calling "
      "itself the Real IRA was being blamed.",
      [C("28", 28, "exact", "killed", "people", None),
       C("scores", 20, "vague", "injured", "children", None),
       C("220", 220, "exact", "injured", "people", None, ctx="220 hurt"),
       C("TWENTY-EIGHT", 28, "exact", "killed", "people", None, attr_alt=[RUC]),
       C("more than 220", 220, "more_than", "injured", "people", RUC),
       C("dozens", 12, "vague", "injured", "critically injured", RUC),
       C("nine", 9, "exact", "killed", "children", "a senior officer"),
       C("30", 30, "exact", "troops", "detectives on the case", None, cat_alt=["other"])]),

    P("d40_005",
      "Explainer: The 1998 US embassy bombings, by the numbers\n"
      "What happened? On August 7, 1998, trucks packed with explosives blew up minutes apart "
      "outside the US embassies in Nairobi and Dar es Salaam. The attacks, later claimed by "
      "al-Qaeda, remain the deadliest ever against American diplomatic posts.\n"
      "How many died? In all, 224 people were killed: 213 in Nairobi and 11 in Dar es Salaam. "
      "Twelve of the dead were Americans; most of the rest were Kenyan passers-by and office "
      "workers in the neighbouring Ufundi House, which collapsed.\n"
      "How many were hurt? About 4,000 in Nairobi, according to the Kenya Red Cross, and 85 in "
      "Tanzania, US officials said.\n"
      "What followed? Thirteen days later, the US fired some 75 cruise missiles at targets in "
      "Afghanistan and Sudan. A federal jury in New York convicted four men in 2001.",
      [C("224", 224, "exact", "killed", "people", None),
       C("213", 213, "exact", "killed", "people in Nairobi", None),
       C("11", 11, "exact", "killed", "people in Dar es Salaam", None),
       C("Twelve", 12, "exact", "killed", "Americans", None),
       C("About 4,000", 4000, "about", "injured", "people in Nairobi", "the Kenya Red Cross"),
       C("85", 85, "exact", "injured", "people in Tanzania", "US officials"),
       C("some 75", 75, "about", "munitions", "cruise missiles", None, attr_alt=["the US"]),
       C("four", 4, "exact", "detained", "men convicted", None, cat_alt=["other"])]),

    P("d40_006",
      "15 April 2022, 18:40\n"
      "Borodianka: 41 bodies found as rescuers clear ruined blocks\n"
      "Rescuers in Borodianka have so far recovered 41 bodies from the town, Prosecutor General "
      "Iryna Venediktova said on Friday, 26 of them from beneath two apartment blocks brought "
      "down by Russian air strikes. About 90% of the town's buildings were damaged, she said. Of "
      "some 13,000 residents before the invasion, fewer than 3,000 remain, according to the local "
      "council. The State Emergency Service said its teams, numbering 180 people and working with "
      "12 pieces of heavy machinery, had cleared the rubble of four of the eight high-rise "
      "buildings that were hit. \"We still have people listed as missing. There are about 200 of "
      "them,\" the head of the Kyiv regional military administration, Oleksandr Pavliuk, told "
      "Suspilne.",
      [C("41", 41, "exact", "killed", "bodies found", None, ctx="41 bodies found"),
       C("41", 41, "exact", "killed", "bodies recovered", VENEDIKTOVA, ctx="recovered 41"),
       C("26", 26, "exact", "killed", "bodies under apartment blocks", VENEDIKTOVA),
       C("two", 2, "exact", "infrastructure", "apartment blocks destroyed", VENEDIKTOVA),
       C("About 90%", 90, "about", "infrastructure", "share of buildings damaged", VENEDIKTOVA,
         attr_alt=["she"], optional=True),
       C("some 13,000", 13000, "about", "population", "residents before the invasion",
         "the local council"),
       C("fewer than 3,000", 3000, "fewer_than", "population", "residents remaining",
         "the local council"),
       C("180", 180, "exact", "troops", "rescuers", "The State Emergency Service",
         cat_alt=["other"]),
       C("12", 12, "exact", "other", "pieces of heavy machinery", "The State Emergency Service",
         optional=True),
       C("four", 4, "exact", "infrastructure", "buildings cleared",
         "The State Emergency Service", optional=True),
       C("eight", 8, "exact", "infrastructure", "high-rise buildings hit",
         "The State Emergency Service"),
       C("about 200", 200, "about", "missing", "people", PAVLIUK)],
      published="2022-04-15"),

    P("d40_007",
      "AMNESTY INTERNATIONAL\n"
      "PRESS RELEASE\n"
      "AI Index: MDE 28/27/97   24 September 1997\n"
      "Algeria: Massacre at Bentalha — where were the security forces?\n"
      "At least 200 men, women and children were hacked, shot or burned to death in Bentalha, a "
      "suburb some 15 kilometres south of Algiers, during the night of 22 to 23 September. "
      "Survivors told Amnesty International that the killers, a group of between 50 and 100 "
      "armed men, went from house to house for about five hours, and that army units stationed a "
      "few hundred metres away did not intervene. Official sources gave a toll of 85 dead and 67 "
      "wounded; hospital staff in El Harrach said they had received more than 120 bodies by "
      "morning. Dozens of young women are reported to have been abducted. The massacre comes less "
      "than a month after some 300 people were killed in Rais.",
      [C("At least 200", 200, "at_least", "killed", "men, women and children", None,
         attr_alt=[AI]),
       C("between 50 and 100", 50, "range", "troops", "attackers", "Survivors", high=100,
         cat_alt=["other"]),
       C("85", 85, "exact", "killed", "people", "Official sources"),
       C("67", 67, "exact", "injured", "people", "Official sources"),
       C("more than 120", 120, "more_than", "killed", "bodies received",
         "hospital staff in El Harrach"),
       C("Dozens", 12, "vague", "hostages", "young women abducted", None, attr_alt=[AI]),
       C("some 300", 300, "about", "killed", "people in Rais", None, attr_alt=[AI])],
      published="1997-09-24"),

    P("d40_008",
      "Ukraine: Situation Report No. 27 | 20 February 2015\n"
      "UN Office for the Coordination of Humanitarian Affairs (OCHA)\n"
      "Highlights\n"
      "• Fighting in and around Debaltseve has displaced at least 8,000 people since 1 February; "
      "up to 3,000 civilians may still be in the town without water, heating or power.\n"
      "• According to OHCHR, at least 5,665 people have been killed and 13,961 wounded in eastern "
      "Ukraine since mid-April 2014, including 58 children killed.\n"
      "• Humanitarian partners delivered 1,000 tonnes of food to non-government-controlled areas "
      "this week; 22 trucks of the Russian Federation's 15th convoy crossed the border unmonitored "
      "on 19 February.\n"
      "Registered internally displaced persons now number 978,482, the Ministry of Social Policy "
      "says.",
      [C("at least 8,000", 8000, "at_least", "displaced", "people displaced from Debaltseve",
         None, attr_alt=[OCHA_UA]),
       C("up to 3,000", 3000, "at_most", "population", "civilians still in Debaltseve", None,
         attr_alt=[OCHA_UA], cat_alt=["other"]),
       C("at least 5,665", 5665, "at_least", "killed", "people in eastern Ukraine", "OHCHR"),
       C("13,961", 13961, "exact", "injured", "people in eastern Ukraine", "OHCHR"),
       C("58", 58, "exact", "killed", "children", "OHCHR"),
       C("1,000", 1000, "exact", "aid", "tonnes of food", None,
         attr_alt=["Humanitarian partners", OCHA_UA]),
       C("22", 22, "exact", "aid", "trucks of a Russian convoy", None, attr_alt=[OCHA_UA]),
       C("978,482", 978482, "exact", "displaced", "registered internally displaced persons",
         "the Ministry of Social Policy")],
      published="2015-02-20"),

    P("d40_009",
      "INTER SERVICES PUBLIC RELATIONS\n"
      "No PR-163/2014-ISPR   Dated: June 30, 2014\n"
      "RAWALPINDI: Operation Zarb-e-Azb is progressing as planned in North Waziristan Agency. "
      "Since its launch on June 15, a total of 376 terrorists have been killed, 19 hideouts "
      "destroyed and seven factories making improvised explosive devices busted. Fifteen of the "
      "terrorists killed were foreigners, most of them Uzbeks. Seventeen soldiers have embraced "
      "shahadat, among them three officers. Registration of temporarily displaced persons "
      "continues at the Saidgi checkpoint, where 468,000 people have been registered, according "
      "to the FATA Disaster Management Authority. Army troops have distributed 150 tonnes of "
      "rations in Bannu.",
      [C("376", 376, "exact", "killed", "terrorists", None, attr_alt=[ISPR]),
       C("19", 19, "exact", "infrastructure", "hideouts destroyed", None, attr_alt=[ISPR]),
       C("seven", 7, "exact", "infrastructure", "IED factories busted", None, attr_alt=[ISPR]),
       C("Fifteen", 15, "exact", "killed", "foreign terrorists", None, attr_alt=[ISPR]),
       C("Seventeen", 17, "exact", "killed", "soldiers", None, attr_alt=[ISPR]),
       C("three", 3, "exact", "killed", "officers", None, attr_alt=[ISPR]),
       C("468,000", 468000, "exact", "displaced", "temporarily displaced persons registered",
         "the FATA Disaster Management Authority"),
       C("150", 150, "exact", "aid", "tonnes of rations", None,
         attr_alt=["Army troops", ISPR])],
      published="2014-06-30"),

    P("d40_010",
      "Ukraine crisis: live\n"
      "10:42 Rockets have hit the Vostochny district of Mariupol, the port city on the Sea of "
      "Azov. City officials say at least 10 people have been killed.\n"
      "11:15 The toll, the regional governor, Oleksandr Kikhtenko, writes on Facebook, has risen "
      "to 15. Dozens are wounded.\n"
      "12:30 OSCE monitors say the rockets were fired from Grad and Uragan launchers in "
      "rebel-held territory to the east. They counted 19 impact sites.\n"
      "14:05 Rebel leader Alexander Zakharchenko announces an offensive on Mariupol; his aides "
      "later play it down.\n"
      "16:50 Mariupol's city council now says 30 people were killed and 102 injured. Two "
      "children are among the dead.",
      [C("at least 10", 10, "at_least", "killed", "people", "City officials"),
       C("15", 15, "exact", "killed", "people", KIKHTENKO, ctx="to 15"),
       C("Dozens", 12, "vague", "injured", "people", KIKHTENKO, attr_alt=[None]),
       C("19", 19, "exact", "other", "impact sites", "OSCE monitors",
         attr_alt=["They"], cat_alt=["munitions"], optional=True),
       C("30", 30, "exact", "killed", "people", MARIUPOL_COUNCIL, ctx="says 30"),
       C("102", 102, "exact", "injured", "people", MARIUPOL_COUNCIL),
       C("Two", 2, "exact", "killed", "children", MARIUPOL_COUNCIL, attr_alt=[None])]),

    # --- Disasters and accidents --------------------------------------------------------------
    P("d40_011",
      "TURKU, Finland, Sept 28 (Reuters) - More than 800 people were feared dead after the "
      "Baltic ferry Estonia sank in a storm off south-west Finland early on Wednesday, in "
      "Europe's worst peacetime shipping disaster. Finnish coast guard officials said 126 "
      "survivors had been picked up from the sea and from life rafts by helicopters and passing "
      "ships, and that 41 bodies had been recovered. The ferry's operator, Estline, said 964 "
      "passengers and crew had been aboard, most of them Swedes and Estonians. Waves up to six "
      "metres high hampered the rescue, in which 18 helicopters took part. Swedish Prime "
      "Minister Carl Bildt said as many as 500 Swedes could be among the dead.",
      [C("More than 800", 800, "more_than", "killed", "people feared dead", None,
         attr_alt=[FI_COAST], cat_alt=["missing"]),
       C("126", 126, "exact", "other", "survivors picked up", FI_COAST),
       C("41", 41, "exact", "killed", "bodies recovered", FI_COAST),
       C("964", 964, "exact", "other", "passengers and crew aboard",
         "The ferry's operator, Estline"),
       C("18", 18, "exact", "other", "helicopters in the rescue", None, optional=True,
         cat_alt=["troops"]),
       C("as many as 500", 500, "at_most", "killed", "Swedes", "Swedish Prime Minister Carl "
         "Bildt", cat_alt=["missing"])]),

    P("d40_012",
      "HYOGO PREFECTURAL POLICE HEADQUARTERS\n"
      "Damage situation of the Southern Hyogo Prefecture Earthquake (Report No. 14)\n"
      "Issued 20 January 1995, 19:30 — figures as of 18:00\n"
      "1. Human damage\n"
      "Dead: 4,573 (of which Kobe City: 3,274)\n"
      "Missing: 589\n"
      "Injured: about 21,700\n"
      "2. Buildings completely or partly collapsed: 56,000 or more\n"
      "3. Evacuees: approximately 241,000 people at 822 shelters\n"
      "4. Police personnel deployed in the disaster area, including riot units dispatched from "
      "22 prefectures: 5,500\n"
      "Figures are provisional and will be revised as identification of the dead proceeds.",
      [C("4,573", 4573, "exact", "killed", "dead", None, attr_alt=[HYOGO]),
       C("3,274", 3274, "exact", "killed", "dead in Kobe City", None, attr_alt=[HYOGO]),
       C("589", 589, "exact", "missing", "missing", None, attr_alt=[HYOGO]),
       C("about 21,700", 21700, "about", "injured", "injured", None, attr_alt=[HYOGO]),
       C("56,000 or more", 56000, "at_least", "infrastructure", "buildings collapsed", None,
         attr_alt=[HYOGO]),
       C("approximately 241,000", 241000, "about", "displaced", "evacuees", None,
         attr_alt=[HYOGO]),
       C("822", 822, "exact", "infrastructure", "shelters", None, attr_alt=[HYOGO],
         cat_alt=["other"]),
       C("22", 22, "exact", "other", "prefectures sending riot units", None,
         attr_alt=[HYOGO], optional=True),
       C("5,500", 5500, "exact", "troops", "police personnel deployed", None,
         attr_alt=[HYOGO], cat_alt=["other"])],
      published="1995-01-20"),

    P("d40_013",
      "Posted: Jan 17, 2024 / 06:05 AM PST\n"
      "Updated: Jan 17, 2024 / 09:41 AM PST\n"
      "30 years ago today: the Northridge earthquake in numbers\n"
      "by KTLA Digital Staff\n"
      "At 4:31 a.m. on Jan. 17, 1994, a magnitude 6.7 quake struck beneath the San Fernando "
      "Valley. It killed 57 people and injured more than 9,000. Some researchers put the toll at "
      "up to 72 when heart attacks and other indirect deaths are included. Sixteen people died in "
      "a single building, the Northridge Meadows apartments, when its upper floors pancaked onto "
      "the first. About 20,000 people were left homeless and some 82,000 homes and businesses "
      "were damaged, Caltrans and the city later reported. Seven freeway bridges came down, "
      "including spans of the 10 and the 14, and it took 84 days to reopen the Santa Monica "
      "Freeway.",
      [C("57", 57, "exact", "killed", "people", None),
       C("more than 9,000", 9000, "more_than", "injured", "people", None),
       C("up to 72", 72, "at_most", "killed", "people including indirect deaths",
         "Some researchers"),
       C("Sixteen", 16, "exact", "killed", "people at Northridge Meadows", None),
       C("About 20,000", 20000, "about", "displaced", "people left homeless", CALTRANS),
       C("some 82,000", 82000, "about", "infrastructure", "homes and businesses damaged",
         CALTRANS),
       C("Seven", 7, "exact", "infrastructure", "freeway bridges", CALTRANS,
         attr_alt=[None])],
      published="2024-01-17"),

    P("d40_014",
      "Wednesday July 26 2000\n"
      "Concorde crash kills 113 at Gonesse\n"
      "From Charles Bremner in Paris\n"
      "All 109 people on board an Air France Concorde were killed yesterday when the supersonic "
      "airliner crashed onto a hotel in Gonesse, north of Paris, less than two minutes after "
      "take-off from Charles de Gaulle airport. Four people on the ground, three of them hotel "
      "employees, also died and six were injured, the French Interior Ministry said last night. "
      "Ninety-six of the passengers were Germans, most of them bound for a cruise from New York, "
      "and the crew of nine were French, according to Air France. Witnesses saw flames streaming "
      "from the left wing as Flight 4590 took off. Air France grounded its remaining five "
      "Concordes, while British Airways kept its seven flying.",
      [C("113", 113, "exact", "killed", "people", None),
       C("109", 109, "exact", "killed", "people on board", None, attr_alt=[FR_INTERIOR]),
       C("Four", 4, "exact", "killed", "people on the ground", FR_INTERIOR),
       C("three", 3, "exact", "killed", "hotel employees", FR_INTERIOR),
       C("six", 6, "exact", "injured", "people", FR_INTERIOR),
       C("Ninety-six", 96, "exact", "other", "German passengers", "Air France",
         cat_alt=["killed"]),
       C("nine", 9, "exact", "other", "crew", "Air France", cat_alt=["killed"]),
       C("five", 5, "exact", "other", "Air France Concordes grounded", None, optional=True),
       C("seven", 7, "exact", "other", "British Airways Concordes", None, optional=True)],
      published="2000-07-26"),

    P("d40_015",
      "Mid-air collision over Lake Constance kills 71\n"
      "A Russian passenger jet and a cargo plane collided at high altitude over southern Germany "
      "late on Monday, killing all 71 people on board the two aircraft, German police said. "
      "Bashkirian Airlines said 45 of the 60 passengers on its Tupolev Tu-154 were children from "
      "Ufa on their way to a holiday in Spain. The DHL Boeing 757 had a crew of two. Wreckage "
      "and bodies fell over an area of about 30 square kilometres around Überlingen, and some "
      "1,000 rescue workers searched fields and woods through the night, the regional interior "
      "ministry said. The Swiss air traffic control company Skyguide confirmed that only one "
      "controller had been on duty at its Zurich centre.",
      [C("71", 71, "exact", "killed", "people", None, ctx="kills 71"),
       C("71", 71, "exact", "killed", "people on board", "German police", ctx="all 71"),
       C("two", 2, "exact", "other", "aircraft", "German police", optional=True,
         ctx="two aircraft"),
       C("45", 45, "exact", "other", "children among the passengers", BASHKIRIAN,
         cat_alt=["killed"]),
       C("60", 60, "exact", "other", "passengers on the Tupolev", BASHKIRIAN,
         cat_alt=["killed"]),
       C("two", 2, "exact", "other", "DHL crew", None, cat_alt=["killed"],
         attr_alt=[BASHKIRIAN], ctx="crew of two"),
       C("about 30", 30, "about", "other", "square kilometres of debris", None,
         optional=True),
       C("some 1,000", 1000, "about", "troops", "rescue workers",
         "the regional interior ministry", cat_alt=["other"]),
       C("one", 1, "exact", "other", "controller on duty", "Skyguide", optional=True,
         ctx="one controller")]),

    P("d40_016",
      "Ministry of the Interior, Republic of China (Taiwan)\n"
      "Press release 2009-08-14\n"
      "Central Emergency Operation Center: Typhoon Morakot disaster update (No. 12)\n"
      "As of 12:00 today, Typhoon Morakot has claimed 108 lives nationwide, with 61 people "
      "missing and 45 injured. In Jiaxian Township, Kaohsiung County, the village of Xiaolin was "
      "buried by a landslide; the township office estimates that about 380 residents are "
      "unaccounted for there. The National Army has deployed 17,000 troops and 86 helicopters, "
      "which have airlifted 1,650 people out of isolated mountain villages. A total of 24,950 "
      "people have been evacuated, and 6,030 are staying in 112 shelters. The Executive Yuan has "
      "approved NT$10 billion for reconstruction.",
      [C("108", 108, "exact", "killed", "people", None, attr_alt=[CEOC]),
       C("61", 61, "exact", "missing", "people", None, attr_alt=[CEOC]),
       C("45", 45, "exact", "injured", "people", None, attr_alt=[CEOC]),
       C("about 380", 380, "about", "missing", "Xiaolin residents", "the township office"),
       C("17,000", 17000, "exact", "troops", "troops deployed", None,
         attr_alt=["The National Army", CEOC]),
       C("86", 86, "exact", "other", "helicopters deployed", None,
         attr_alt=["The National Army", CEOC], cat_alt=["munitions"], optional=True),
       C("1,650", 1650, "exact", "displaced", "people airlifted", None,
         attr_alt=["The National Army", CEOC], cat_alt=["other"]),
       C("24,950", 24950, "exact", "displaced", "people evacuated", None, attr_alt=[CEOC]),
       C("6,030", 6030, "exact", "displaced", "people in shelters", None, attr_alt=[CEOC]),
       C("112", 112, "exact", "infrastructure", "shelters", None, attr_alt=[CEOC],
         cat_alt=["other"])],
      published="2009-08-14"),

    P("d40_017",
      "HELL IN THE CLUB: 27 DEAD, 180 IN HOSPITAL\n"
      "Fireworks set foam ceiling alight during rock gig\n"
      "BUCHAREST — At least 27 young people burned to death or were crushed in the stampede on "
      "Friday night when pyrotechnics set fire to the ceiling of the Colectiv club, where some "
      "400 fans had packed in to see the band Goodbye to Gravity. Another 180, the Health "
      "Ministry says, were rushed to hospitals across the capital, and 90 of them are in a "
      "critical state. \"I saw people with their skin hanging off,\" one survivor told us. The "
      "club had only one exit. Health Minister Nicolae Bănicioiu said seven of the burned would "
      "be flown to specialist units abroad. Three days of national mourning have been declared.",
      [C("27", 27, "exact", "killed", "people", None, ctx="27 DEAD"),
       C("180", 180, "exact", "injured", "people in hospital", None, ctx="180 IN"),
       C("At least 27", 27, "at_least", "killed", "young people", None,
         attr_alt=[RO_HEALTH]),
       C("some 400", 400, "about", "other", "fans inside the club", None),
       C("180", 180, "exact", "injured", "people taken to hospital", RO_HEALTH,
         ctx="Another 180"),
       C("90", 90, "exact", "injured", "people in a critical state", RO_HEALTH,
         attr_alt=[None]),
       C("one", 1, "exact", "other", "exits", None, optional=True, ctx="one exit"),
       C("seven", 7, "exact", "injured", "burned victims flown abroad",
         "Health Minister Nicolae Bănicioiu", cat_alt=["displaced", "other"])]),

    P("d40_018",
      "Lisbon funicular crash – latest\n"
      "Last updated: 4 September 2025, 09:20 WEST\n"
      "09:20 Portugal's civil protection authority has revised the death toll from the "
      "derailment of the Glória funicular down to 16, from the 17 it gave overnight, after one "
      "victim was counted twice. Five of the dead are foreigners, it said.\n"
      "08:45 Lisbon's mayor, Carlos Moedas, says 21 people were injured, five of them seriously, "
      "among them a three-year-old child.\n"
      "07:30 The funicular, which can carry 42 passengers, was full when a cable apparently gave "
      "way on the steep Calçada da Glória on Wednesday evening, witnesses told RTP.\n"
      "06:10 The government has declared a day of national mourning.",
      [C("16", 16, "exact", "killed", "people", ANEPC),
       C("17", 17, "exact", "killed", "people (earlier toll)", ANEPC),
       C("one", 1, "exact", "killed", "victim counted twice", ANEPC, cat_alt=["other"],
         optional=True, ctx="one victim"),
       C("Five", 5, "exact", "killed", "foreigners", ANEPC, attr_alt=["it"]),
       C("21", 21, "exact", "injured", "people", MOEDAS),
       C("five", 5, "exact", "injured", "people seriously injured", MOEDAS,
         ctx="five of them seriously"),
       C("42", 42, "exact", "other", "funicular capacity", None, optional=True)],
      published="2025-09-04"),

    P("d40_019",
      "Chile: Earthquake\n"
      "OCHA Situation Report No. 2\n"
      "1 March 2010\n"
      "1. The magnitude 8.8 earthquake that struck off the coast of the Maule region at 03:34 "
      "local time on 27 February, and the tsunami that followed, have killed 708 people, "
      "according to the Government's National Emergency Office (ONEMI). Most of the deaths "
      "occurred in the Maule and Biobío regions, where waves devastated coastal towns such as "
      "Constitución and Dichato.\n"
      "2. An estimated 2 million people are affected and some 500,000 houses severely damaged, "
      "the Government reports. In Concepción, a 15-storey apartment building collapsed; rescuers "
      "have pulled out 25 survivors.\n"
      "3. The Government has declared a state of catastrophe in the two worst-hit regions and "
      "deployed 10,000 soldiers to restore order after looting.",
      [C("708", 708, "exact", "killed", "people", ONEMI),
       C("An estimated 2 million", 2000000, "about", "other", "people affected",
         "the Government", cat_alt=["population"]),
       C("some 500,000", 500000, "about", "infrastructure", "houses severely damaged",
         "the Government"),
       C("25", 25, "exact", "other", "survivors pulled out", "the Government",
         attr_alt=[None]),
       C("two", 2, "exact", "other", "regions", None, optional=True),
       C("10,000", 10000, "exact", "troops", "soldiers deployed", None,
         attr_alt=["The Government", "OCHA"])],
      published="2010-03-01"),

    P("d40_020",
      "Kinshasa/Nairobi, 15 December 2022 – Torrential rains that lashed Kinshasa on the night "
      "of 12 to 13 December triggered floods and landslides that have killed at least 169 "
      "people, according to provisional government figures. Red Cross volunteers have so far "
      "recovered 38 bodies in the Ngaliema and Mont-Ngafula communes and are helping some 12,000 "
      "people whose homes were swept away or flooded. \"Entire hillsides came down on houses "
      "built on the slopes. Our teams have counted at least 60 collapsed homes in Mont-Ngafula "
      "alone,\" said Grégoire Mateso, President of the Red Cross of the Democratic Republic of the "
      "Congo. The IFRC has released 250,000 Swiss francs from its Disaster Response Emergency "
      "Fund to support 2,500 families for three months. Kinshasa, home to more than 15 million "
      "people, saw similar floods in 2019 and 2021, when dozens died.",
      [C("at least 169", 169, "at_least", "killed", "people",
         "provisional government figures"),
       C("38", 38, "exact", "killed", "bodies recovered", None,
         attr_alt=["Red Cross volunteers", IFRC]),
       C("some 12,000", 12000, "about", "other", "people whose homes were swept away", None,
         attr_alt=["Red Cross volunteers", IFRC], cat_alt=["displaced", "aid"]),
       C("at least 60", 60, "at_least", "infrastructure", "collapsed homes", MATESO),
       C("2,500", 2500, "exact", "other", "families supported", None, attr_alt=[IFRC],
         cat_alt=["aid"]),
       C("more than 15 million", 15000000, "more_than", "population", "Kinshasa residents",
         None, attr_alt=[IFRC]),
       C("dozens", 12, "vague", "killed", "people in earlier floods", None, attr_alt=[IFRC])],
      published="2022-12-15"),

    # --- Protests and unrest ------------------------------------------------------------------
    P("d40_021",
      "ST. LOUIS COUNTY POLICE DEPARTMENT\n"
      "NEWS RELEASE\n"
      "FOR IMMEDIATE RELEASE — August 11, 2014\n"
      "Media contact: Officer Brian Schellman, 636-529-8210\n"
      "Civil unrest in the City of Ferguson\n"
      "Between 8:00 p.m. on Sunday, August 10, and the early hours of today, officers responded "
      "to widespread looting and property damage along West Florissant Avenue following a vigil "
      "for Michael Brown, 18. Thirty-two persons were arrested for burglary and assault. Twelve "
      "businesses were looted and a QuikTrip convenience store was set on fire. Two officers "
      "sustained minor injuries. Approximately 300 officers from 15 agencies assisted. Chief Jon "
      "Belmar stated that no shots were fired by police. There were no fatalities.",
      [C("Thirty-two", 32, "exact", "detained", "persons arrested", None,
         attr_alt=[STL_POLICE]),
       C("Twelve", 12, "exact", "infrastructure", "businesses looted", None,
         attr_alt=[STL_POLICE]),
       C("Two", 2, "exact", "injured", "officers", None, attr_alt=[STL_POLICE]),
       C("Approximately 300", 300, "about", "troops", "officers assisting", None,
         attr_alt=[STL_POLICE], cat_alt=["other"]),
       C("15", 15, "exact", "other", "police agencies", None, attr_alt=[STL_POLICE],
         optional=True)],
      published="2014-08-11"),

    P("d40_022",
      "LA PAZ, Oct 13 (AFP) - Soldiers firing live rounds killed at least 26 people in El Alto "
      "on Sunday, the Permanent Assembly of Human Rights said, as they forced a convoy of fuel "
      "tankers through roadblocks to the besieged capital, taking the toll from a month of "
      "protests over a plan to export natural gas through Chile to more than 50. The government "
      "of President Gonzalo Sanchez de Lozada gave a lower toll of 16 dead, among them a "
      "soldier, and said about 60 people had been wounded. Hospitals in El Alto, a sprawling "
      "city of some 750,000 mostly Aymara people, said they had run out of blood. Witnesses said "
      "the convoy of about 40 tankers and trucks was escorted by two army helicopters. Vice "
      "President Carlos Mesa said he could no longer support the government's use of force.",
      [C("at least 26", 26, "at_least", "killed", "people in El Alto", APDH),
       C("more than 50", 50, "more_than", "killed", "people in a month of protests", APDH),
       C("16", 16, "exact", "killed", "people", BO_GOV),
       C("about 60", 60, "about", "injured", "people", BO_GOV),
       C("some 750,000", 750000, "about", "population", "El Alto residents", None,
         attr_alt=["Hospitals in El Alto"]),
       C("about 40", 40, "about", "aid", "fuel tankers and trucks", "Witnesses",
         cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "army helicopters", "Witnesses",
         cat_alt=["other"], optional=True)]),

    P("d40_023",
      "Posted: Sat 8:47 PM, Aug 12, 2017 | Updated: Sun 12:15 AM, Aug 13, 2017\n"
      "1 dead, 19 hurt as car plows into counter-protesters downtown\n"
      "CHARLOTTESVILLE, Va. (WVIR) - One person was killed and 19 others were hurt when a car "
      "drove into a crowd marching against a white nationalist rally on Fourth Street, "
      "Charlottesville Police Chief Al Thomas said. The driver, a 20-year-old from Ohio, is in "
      "custody. Earlier clashes around Emancipation Park had left 15 people injured, bringing the "
      "number treated at UVA Medical Center on Saturday to 35. Separately, two Virginia State "
      "Police troopers died when their helicopter, which had been monitoring the rally, crashed "
      "in Albemarle County. About 1,000 officers from state and local agencies were on duty.",
      [C("1", 1, "exact", "killed", "person", None, ctx="1 dead"),
       C("19", 19, "exact", "injured", "people", None, ctx="19 hurt"),
       C("One", 1, "exact", "killed", "person", AL_THOMAS),
       C("19", 19, "exact", "injured", "people", AL_THOMAS, ctx="19 others"),
       C("15", 15, "exact", "injured", "people in earlier clashes", AL_THOMAS, ctx="left 15",
         attr_alt=[None]),
       C("35", 35, "exact", "injured", "people treated at UVA Medical Center", AL_THOMAS,
         attr_alt=[None]),
       C("two", 2, "exact", "killed", "state police troopers", None, attr_alt=[AL_THOMAS]),
       C("About 1,000", 1000, "about", "troops", "officers on duty", None,
         cat_alt=["other"])],
      published="2017-08-12"),

    P("d40_024",
      "Grenade attack on PDRC march wounds 36\n"
      "The Nation\n"
      "A grenade hurled at an anti-government march on Banthat Thong Road yesterday afternoon "
      "wounded 36 people, one of whom died later in hospital, according to the Erawan Emergency "
      "Medical Centre. The attack came on the fifth day of the \"Bangkok Shutdown\" led by Suthep "
      "Thaugsuban, whose People's Democratic Reform Committee (PDRC) claims some 200,000 "
      "supporters took to the streets on Monday; police put that day's crowd at fewer than "
      "50,000. The Erawan Centre said violence linked to the protests had now left nine people "
      "dead and 571 injured since November 30, not counting yesterday's attack. Police Major "
      "General Piya Uthayo said 20,000 police and soldiers would be on duty over the weekend and "
      "that no arrests had been made.",
      [C("36", 36, "exact", "injured", "people", None, ctx="wounds 36"),
       C("36", 36, "exact", "injured", "people", ERAWAN, ctx="wounded 36"),
       C("one", 1, "exact", "killed", "wounded who died", ERAWAN, cat_alt=["injured"],
         ctx="one of whom died"),
       C("some 200,000", 200000, "about", "other", "supporters in the streets", PDRC,
         attr_alt=["Suthep Thaugsuban"]),
       C("fewer than 50,000", 50000, "fewer_than", "other", "crowd on Monday", "police",
         cat_alt=["population"]),
       C("nine", 9, "exact", "killed", "people", "The Erawan Centre", attr_alt=[ERAWAN]),
       C("571", 571, "exact", "injured", "people", "The Erawan Centre", attr_alt=[ERAWAN]),
       C("20,000", 20000, "exact", "troops", "police and soldiers on duty",
         "Police Major General Piya Uthayo")]),

    P("d40_025",
      "Police clear Executive Yuan; dozens hurt, 61 detained\n"
      "Riot police using water cannon and batons removed hundreds of students and activists from "
      "the Executive Yuan compound before dawn on Monday, hours after the protesters had broken "
      "into the cabinet headquarters in an escalation of the week-long occupation of the "
      "Legislative Yuan. The National Police Agency said 61 people had been detained and 119 "
      "injured — 52 of them police officers. Organisers of the Sunflower Movement said the number "
      "of protesters hurt was far higher, at more than 150, and accused police of beating "
      "students who were sitting peacefully. Premier Jiang Yi-huah said the government would not "
      "tolerate the occupation of the Executive Yuan. About 2,000 students remain inside the "
      "Legislative Yuan, where the occupation began on March 18.",
      [C("dozens", 12, "vague", "injured", "people", None),
       C("61", 61, "exact", "detained", "people", None, ctx="61 detained"),
       C("hundreds", 100, "vague", "other", "students and activists removed", None,
         optional=True),
       C("61", 61, "exact", "detained", "people", NPA_TW, ctx="61 people had"),
       C("119", 119, "exact", "injured", "people", NPA_TW),
       C("52", 52, "exact", "injured", "police officers", NPA_TW),
       C("more than 150", 150, "more_than", "injured", "protesters",
         "Organisers of the Sunflower Movement"),
       C("About 2,000", 2000, "about", "other", "students occupying the Legislative Yuan",
         None)]),

    P("d40_026",
      "ATHENS BURNS: Rioters torch 130 shops as cop charged over killing of boy, 15\n"
      "Greece's worst riots in decades raged for a third night yesterday as hooded youths hurled "
      "petrol bombs, smashed banks and set the city's giant Christmas tree ablaze. Officials "
      "said at least 130 shops, 40 banks and dozens of cars had been wrecked in the capital "
      "alone, with damage put at £900million. Police have fired 4,600 tear gas canisters since "
      "Saturday — so many that they are running out and have asked Israel and Germany for more, "
      "a Greek newspaper claimed. Police said 87 people had been arrested and 70 officers hurt. "
      "The unrest erupted after 15-year-old Alexandros Grigoropoulos was shot dead by a "
      "policeman in Exarchia on Saturday night.",
      [C("130", 130, "exact", "infrastructure", "shops torched", None, ctx="torch 130"),
       C("at least 130", 130, "at_least", "infrastructure", "shops wrecked", "Officials"),
       C("40", 40, "exact", "infrastructure", "banks wrecked", "Officials"),
       C("dozens", 12, "vague", "other", "cars wrecked", "Officials",
         cat_alt=["infrastructure"], optional=True),
       C("4,600", 4600, "exact", "munitions", "tear gas canisters fired",
         "a Greek newspaper", cat_alt=["other"]),
       C("87", 87, "exact", "detained", "people arrested", "Police"),
       C("70", 70, "exact", "injured", "police officers", "Police")]),

    P("d40_027",
      "BUDAPEST POLICE HEADQUARTERS (BRFK)\n"
      "Communiqué — 19 September 2006, 09:00\n"
      "During the disturbances in front of the headquarters of Hungarian Television (MTV) on "
      "Szabadság tér in the night of 18 to 19 September, 102 police officers were injured, 10 of "
      "them seriously. According to the National Ambulance Service, 48 civilians received "
      "medical care, and 18 of them were taken to hospital. Five police vehicles were set on "
      "fire and 23 others damaged. 7 persons were detained at the scene. Approximately 10,000 "
      "demonstrators had gathered on Kossuth tér in the evening to demand the resignation of "
      "Prime Minister Ferenc Gyurcsány, of whom some 3,000 then marched to the television "
      "building.",
      [C("102", 102, "exact", "injured", "police officers", None, attr_alt=[BRFK]),
       C("10", 10, "exact", "injured", "officers seriously injured", None, attr_alt=[BRFK]),
       C("48", 48, "exact", "injured", "civilians given medical care", AMBULANCE),
       C("18", 18, "exact", "injured", "civilians taken to hospital", AMBULANCE,
         ctx="18 of them"),
       C("Five", 5, "exact", "other", "police vehicles set on fire", None,
         attr_alt=[BRFK], cat_alt=["infrastructure"], optional=True),
       C("23", 23, "exact", "other", "police vehicles damaged", None, attr_alt=[BRFK],
         cat_alt=["infrastructure"], optional=True),
       C("7", 7, "exact", "detained", "persons", None, attr_alt=[BRFK]),
       C("Approximately 10,000", 10000, "about", "other", "demonstrators", None,
         attr_alt=[BRFK]),
       C("some 3,000", 3000, "about", "other", "marchers to the television building", None,
         attr_alt=[BRFK])],
      published="2006-09-19"),

    P("d40_028",
      "Press briefing notes on Haiti\n"
      "Spokesperson for the UN High Commissioner for Human Rights: Rupert Colville\n"
      "Location: Geneva   Date: 1 November 2019\n"
      "We are deeply concerned about the situation in Haiti, where a political and economic "
      "crisis has paralysed the country for seven weeks. According to information gathered by our "
      "Office, at least 42 people have been killed and 86 injured since the latest wave of "
      "protests started on 16 September. Of those killed, 19 were allegedly killed by security "
      "forces. The Haitian National Police has reported that four of its officers were killed. "
      "Roadblocks have cut off hospitals and schools, and an estimated 4.6 million people – some "
      "40 percent of the population – need food aid, according to the World Food Programme.",
      [C("at least 42", 42, "at_least", "killed", "people", OHCHR_INFO,
         attr_alt=[None, OHCHR]),
       C("86", 86, "exact", "injured", "people", OHCHR_INFO, attr_alt=[None, OHCHR]),
       C("19", 19, "exact", "killed", "people killed by security forces", OHCHR_INFO,
         attr_alt=[None, OHCHR]),
       C("four", 4, "exact", "killed", "police officers", "The Haitian National Police"),
       C("an estimated 4.6 million", 4600000, "about", "other", "people in need of food aid",
         "the World Food Programme", cat_alt=["population", "aid"]),
       C("some 40 percent", 40, "about", "other", "share of population in need",
         "the World Food Programme", optional=True)],
      published="2019-11-01"),

    P("d40_029",
      "Gen Z march in Mexico City — as it happened\n"
      "19:40 Mexico City's security chief, Pablo Vázquez, says 100 police officers were injured, "
      "40 of whom needed hospital treatment, and 20 civilians were hurt. Twenty people were "
      "arrested for robbery and assault, he says, and another 20 were handed to civic judges.\n"
      "18:15 A group of hooded protesters has pulled down part of the metal barriers around the "
      "National Palace. Riot police respond with tear gas and fire extinguishers.\n"
      "16:30 City authorities estimate about 17,000 people have joined the march along Reforma. "
      "Organisers say between 60,000 and 80,000 took part.\n"
      "15:05 The march was called by young people angry over insecurity after the killing of "
      "Uruapan's mayor, Carlos Manzo, on 1 November.",
      [C("100", 100, "exact", "injured", "police officers", VAZQUEZ, ctx="says 100"),
       C("40", 40, "exact", "injured", "officers in hospital", VAZQUEZ, ctx="40 of whom"),
       C("20", 20, "exact", "injured", "civilians", VAZQUEZ, ctx="20 civilians"),
       C("Twenty", 20, "exact", "detained", "people arrested", VAZQUEZ, attr_alt=["he"]),
       C("20", 20, "exact", "detained", "people handed to civic judges", VAZQUEZ,
         attr_alt=["he"], ctx="another 20"),
       C("about 17,000", 17000, "about", "other", "marchers", "City authorities"),
       C("between 60,000 and 80,000", 60000, "range", "other", "marchers", "Organisers",
         high=80000)]),

    P("d40_030",
      "Guatemala: Investigate Police Abuses at Protests\n"
      "November 23, 2020 4:10PM EST\n"
      "(Washington, DC) – Guatemalan police used excessive force against mostly peaceful "
      "demonstrators in Guatemala City on November 21, 2020, Human Rights Watch said today. The "
      "protests, which drew an estimated 10,000 people to the Plaza de la Constitución, began "
      "after Congress approved a 2021 budget that cut funds for malnutrition and human rights "
      "programs. A small group set fire to part of the Congress building. The Human Rights "
      "Ombudsman's Office reported that at least 22 protesters were injured, two of whom lost an "
      "eye after being hit by tear gas canisters, and that 43 people were detained, many of them "
      "far from where the fire was set. Police said 9 officers were hurt.",
      [C("an estimated 10,000", 10000, "about", "other", "protesters", None,
         attr_alt=[HRW]),
       C("at least 22", 22, "at_least", "injured", "protesters", PDH),
       C("two", 2, "exact", "injured", "protesters who lost an eye", PDH),
       C("43", 43, "exact", "detained", "people", PDH),
       C("9", 9, "exact", "injured", "police officers", "Police")],
      published="2020-11-23"),

    # --- Kidnappings and hostage-takings ------------------------------------------------------
    P("d40_031",
      "KAMPALA, June 10 (AFP) - Rebels of the Allied Democratic Forces (ADF) burned 80 students "
      "to death and abducted more than 100 others in an overnight attack on a technical college "
      "at Kichwamba in western Uganda, the army said on Wednesday. Army spokesman Major Shaban "
      "Bantariza told AFP the rebels had locked students inside two dormitories before setting "
      "them alight. Survivors said about 200 rebels took part. Local officials in Kabarole "
      "district said the college had 350 students on its roll and that only about 50 had been "
      "accounted for. The ADF, which operates from the Rwenzori mountains along the border with "
      "Congo, has killed hundreds of civilians since 1996.",
      [C("80", 80, "exact", "killed", "students", IL_ARMY),
       C("more than 100", 100, "more_than", "hostages", "students abducted", IL_ARMY),
       C("two", 2, "exact", "infrastructure", "dormitories set alight", BANTARIZA,
         optional=True),
       C("about 200", 200, "about", "troops", "rebels in the attack", "Survivors",
         cat_alt=["other"]),
       C("350", 350, "exact", "population", "students on the roll",
         "Local officials in Kabarole district", cat_alt=["other"]),
       C("about 50", 50, "about", "other", "students accounted for",
         "Local officials in Kabarole district"),
       C("hundreds", 100, "vague", "killed", "civilians killed by the ADF", None)]),

    P("d40_032",
      "Militants hold five foreigners, demand release of 21 comrades\n"
      "SRINAGAR, July 9.\n"
      "A little-known militant group, Al-Faran, is holding five Western tourists abducted in the "
      "Pahalgam area of Anantnag district and has threatened to kill them unless the Government "
      "frees 21 militants from Indian jails, among them the Pakistani cleric Masood Azhar, "
      "police sources said here today. The hostages — two Britons, two Americans and a German — "
      "were seized from their camps near the Lidderwat meadow on July 4. Their three local "
      "ponymen were let go the same day. About 1,000 Army and BSF personnel have been deployed to "
      "comb the forests of the upper Lidder valley, and a sixth tourist, an American, escaped "
      "from his captors on Saturday.",
      [C("five", 5, "exact", "hostages", "foreigners", None, ctx="hold five"),
       C("21", 21, "exact", "detained", "jailed militants", None, ctx="21 comrades"),
       C("five", 5, "exact", "hostages", "Western tourists", POLICE_SOURCES,
         ctx="holding five"),
       C("21", 21, "exact", "detained", "jailed militants", POLICE_SOURCES,
         ctx="frees 21"),
       C("two", 2, "exact", "hostages", "Britons", POLICE_SOURCES, attr_alt=[None],
         ctx="two Britons"),
       C("two", 2, "exact", "hostages", "Americans", POLICE_SOURCES, attr_alt=[None],
         ctx="two Americans"),
       C("three", 3, "exact", "hostages", "ponymen released", None,
         attr_alt=[POLICE_SOURCES], cat_alt=["other"]),
       C("About 1,000", 1000, "about", "troops", "Army and BSF personnel", None)]),

    P("d40_033",
      "IDF Spokesperson's Unit\n"
      "June 22, 2014\n"
      "Operation Brother's Keeper: Update\n"
      "Overnight, IDF, ISA and Israel Police forces continued the effort to bring home Eyal "
      "Yifrach, 19, Gilad Shaer, 16, and Naftali Fraenkel, 16, who were abducted near Gush "
      "Etzion on June 12. 37 suspects were detained, bringing the number of Palestinians arrested "
      "since the start of the operation to approximately 361, of them about 300 Hamas "
      "operatives. Forces have searched some 1,600 locations. Since the abduction, 16 rockets "
      "have been fired from the Gaza Strip at Israeli communities. Returning the three teenagers "
      "remains the IDF's top priority.",
      [C("37", 37, "exact", "detained", "suspects", None, attr_alt=[IDF]),
       C("approximately 361", 361, "about", "detained", "Palestinians arrested", None,
         attr_alt=[IDF]),
       C("about 300", 300, "about", "detained", "Hamas operatives", None, attr_alt=[IDF]),
       C("some 1,600", 1600, "about", "other", "locations searched", None, attr_alt=[IDF],
         cat_alt=["infrastructure"]),
       C("16", 16, "exact", "munitions", "rockets fired from Gaza", None, attr_alt=[IDF],
         ctx="16 rockets"),
       C("three", 3, "exact", "hostages", "teenagers", None, attr_alt=[IDF])],
      published="2014-06-22"),

    P("d40_034",
      "ADEN, Dec 29 (Reuters) - Three Britons and an Australian were killed when Yemeni security "
      "forces stormed a hideout in Abyan province on Tuesday to free 16 Western tourists "
      "kidnapped by Islamic militants a day earlier, officials said. Twelve hostages were freed, "
      "two of them wounded, according to a Yemeni interior ministry statement. The ministry said "
      "three of the kidnappers had been killed and three others captured, among them their "
      "leader. The tourists — 12 Britons, two Americans and two Australians — had been seized on "
      "the road to Aden on Monday. British Foreign Secretary Robin Cook said Yemen had not "
      "consulted London before the assault.",
      [C("Three", 3, "exact", "killed", "Britons", "officials", cat_alt=["hostages"]),
       C("16", 16, "exact", "hostages", "Western tourists", "officials"),
       C("Twelve", 12, "exact", "hostages", "hostages freed", YE_MOI),
       C("two", 2, "exact", "injured", "freed hostages wounded", YE_MOI,
         cat_alt=["hostages"], ctx="two of them wounded"),
       C("three", 3, "exact", "killed", "kidnappers", "The ministry", attr_alt=[YE_MOI],
         ctx="three of the kidnappers"),
       C("three", 3, "exact", "detained", "kidnappers captured", "The ministry",
         attr_alt=[YE_MOI], ctx="three others"),
       C("12", 12, "exact", "hostages", "Britons", "The ministry", attr_alt=[None, YE_MOI]),
       C("two", 2, "exact", "hostages", "Americans", "The ministry",
         attr_alt=[None, YE_MOI], ctx="two Americans"),
       C("two", 2, "exact", "hostages", "Australians", "The ministry",
         attr_alt=[None, YE_MOI], ctx="two Australians")]),

    P("d40_035",
      "REPUBLIC OF TÜRKİYE MINISTRY OF FOREIGN AFFAIRS\n"
      "No: 187, 11 June 2014, Press Release Regarding Our Consulate General in Mosul\n"
      "Our Consulate General in Mosul was raided today by members of the organization calling "
      "itself the Islamic State of Iraq and the Levant (ISIL). 49 of our citizens — our Consul "
      "General, consular staff, three children and members of our Special Forces assigned to "
      "protect the mission — have been taken by the organization. Earlier, on 10 June, 31 "
      "Turkish truck drivers were seized by the same organization near the Baiji power plant. We "
      "are in contact with all relevant parties in Iraq to ensure the safe return of our "
      "citizens, and we will not hesitate to retaliate should any harm come to them.",
      [C("49", 49, "exact", "hostages", "Turkish citizens from the consulate", None,
         attr_alt=[TR_MFA]),
       C("three", 3, "exact", "hostages", "children", None, attr_alt=[TR_MFA]),
       C("31", 31, "exact", "hostages", "Turkish truck drivers", None, attr_alt=[TR_MFA])],
      published="2014-06-11"),

    P("d40_036",
      "Last Updated: Wednesday, 4 July 2007, 10:04 GMT 11:04 UK\n"
      "BBC's Alan Johnston is freed in Gaza\n"
      "BBC Gaza correspondent Alan Johnston has been freed after 114 days in captivity. He was "
      "handed over to Hamas, which took control of Gaza last month, by the Army of Islam, the "
      "group that had held him since 12 March. Hamas said it had surrounded the kidnappers' "
      "compound with 400 to 500 fighters; a spokesman said one member of the Dughmush clan had "
      "been killed in clashes at the weekend. \"It was like being buried alive,\" Mr Johnston, "
      "45, said. More than 20 foreigners have been kidnapped in Gaza since 2005; all were "
      "released, most within days. About 200,000 people signed a BBC online petition calling "
      "for his release.",
      [C("400 to 500", 400, "range", "troops", "Hamas fighters", "Hamas", high=500,
         cat_alt=["other"]),
       C("one", 1, "exact", "killed", "clan member", "a spokesman", attr_alt=["Hamas"],
         ctx="one member"),
       C("More than 20", 20, "more_than", "hostages", "foreigners kidnapped in Gaza", None),
       C("About 200,000", 200000, "about", "other", "petition signatures", None,
         optional=True)],
      published="2007-07-04"),

    P("d40_037",
      "16.01.2021 | 14:22\n"
      "25 years since the Avrasya ferry hijacking\n"
      "TRABZON — Twenty-five years ago today, nine gunmen seized the passenger ferry Avrasya in "
      "the port of Trabzon and held more than 200 people hostage for four days on the Black Sea, "
      "demanding an end to Russia's war in Chechnya. Most of the captives were Russian traders; "
      "the ship was carrying 165 passengers and 55 crew, the Trabzon governor's office said at "
      "the time. The hijackers, led by Muhammed Tokcan, threatened to blow up the vessel in the "
      "Bosphorus but surrendered to Turkish special forces on January 19, 1996. No hostages were "
      "harmed. Tokcan, then 28, was later sentenced to eight years in prison.",
      [C("nine", 9, "exact", "troops", "gunmen", None, cat_alt=["other"]),
       C("more than 200", 200, "more_than", "hostages", "people on the ferry", None),
       C("165", 165, "exact", "hostages", "passengers", "the Trabzon governor's office",
         cat_alt=["other"]),
       C("55", 55, "exact", "hostages", "crew", "the Trabzon governor's office",
         cat_alt=["other"])],
      published="2021-01-16"),

    P("d40_038",
      "KEN BIGLEY MURDERED\n"
      "Hostage beheaded after 3 weeks of hell\n"
      "IRAQI terrorists have beheaded British hostage Ken Bigley, ending 22 days of agony for his "
      "family in Liverpool. The 62-year-old engineer was killed by the group led by Abu Musab "
      "al-Zarqawi, which had already murdered the two Americans seized with him. A spokesman for "
      "Iraq's interior ministry told us more than 150 foreigners have been kidnapped in Iraq "
      "since April — and at least 33 of them killed. Mr Bigley's brother Paul said: \"The family "
      "is devastated.\" Fans at Anfield held a minute's silence before Liverpool's 2-0 win over "
      "Fulham.",
      [C("two", 2, "exact", "killed", "American hostages", None, cat_alt=["hostages"]),
       C("more than 150", 150, "more_than", "hostages", "foreigners kidnapped in Iraq",
         IQ_MOI),
       C("at least 33", 33, "at_least", "killed", "kidnapped foreigners", IQ_MOI,
         cat_alt=["hostages"])]),

    P("d40_039",
      "What we know about the foreigners kidnapped in Yemen's Saada\n"
      "Who was taken? Nine foreigners — seven Germans, among them three children, a Briton and a "
      "South Korean woman — were seized on June 12 while on a picnic outside Saada. All but two "
      "of the adults worked for a Dutch charity at the city's Republican Hospital.\n"
      "What happened to them? The bodies of three of the women, two German nursing students and "
      "the South Korean, were found three days later, the Yemeni government said. The fate of "
      "the other six is unknown.\n"
      "Who is to blame? The government blames Houthi rebels, who deny any role. No group has "
      "claimed responsibility.\n"
      "How common are kidnappings in Yemen? More than 200 foreigners have been kidnapped over "
      "the past 15 years, most by tribes seeking leverage with the government, and nearly all "
      "were freed unharmed.",
      [C("Nine", 9, "exact", "hostages", "foreigners", None),
       C("seven", 7, "exact", "hostages", "Germans", None),
       C("three", 3, "exact", "hostages", "children", None, ctx="three children"),
       C("two", 2, "exact", "hostages", "adults not working for the charity", None,
         optional=True, ctx="but two of the adults"),
       C("three", 3, "exact", "killed", "women found dead", YE_GOV, cat_alt=["hostages"],
         ctx="three of the women"),
       C("two", 2, "exact", "killed", "German nursing students", YE_GOV,
         cat_alt=["hostages"], ctx="two German"),
       C("six", 6, "exact", "missing", "hostages whose fate is unknown", YE_GOV,
         attr_alt=[None], cat_alt=["hostages"]),
       C("More than 200", 200, "more_than", "hostages", "foreigners kidnapped in Yemen",
         None)]),

    P("d40_040",
      "30 August 2014 – The United Nations has confirmed that 45 Fijian peacekeepers serving "
      "with the UN Disengagement Observer Force (UNDOF) in the Golan Heights are being held by "
      "an armed group, while 75 Filipino peacekeepers at two other positions remain surrounded. "
      "\"The Fijians are being held by the Al Nusra Front,\" UN spokesperson Stéphane Dujarric "
      "told reporters in New York, adding that they were reported to be in good health. After a "
      "seven-hour firefight, 32 of the Filipinos were able to leave one of the positions "
      "overnight, the Philippine Department of National Defense said. UNDOF, which has monitored "
      "the 1974 ceasefire line between Israel and Syria for four decades, has some 1,200 troops "
      "from six countries.",
      [C("45", 45, "exact", "hostages", "Fijian peacekeepers", "The United Nations",
         cat_alt=["detained"]),
       C("75", 75, "exact", "troops", "Filipino peacekeepers surrounded",
         "The United Nations", cat_alt=["hostages"]),
       C("two", 2, "exact", "other", "UN positions", "The United Nations",
         optional=True, cat_alt=["infrastructure"]),
       C("32", 32, "exact", "troops", "Filipino peacekeepers who left a position", UN_DND,
         cat_alt=["other", "displaced"]),
       C("some 1,200", 1200, "about", "troops", "UNDOF troops", None,
         attr_alt=["The United Nations"]),
       C("six", 6, "exact", "other", "contributing countries", None, optional=True)],
      published="2014-08-30"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 40)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d40_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
