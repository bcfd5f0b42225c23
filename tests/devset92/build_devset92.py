"""Source of the ninety-second development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) on people on the move and people held, 1990–2025: evacuations of
foreigners from war zones, civilians leaving besieged cities through corridors, refugee flows
across borders, returns home, deportations and expulsions, hostages taken and released,
prisoner exchanges and mass arrests. Written for this set (none copied from an article) in the
style of wire copy (Reuters, AP, AFP, dpa, ANSA, Anadolu, Xinhua, EFE, PTI), government press
releases quoted in news, UNHCR and IOM statements, regional dailies and broadcaster live pages.
Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset92/build_devset92.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset92")

FR_SPOKES = "a French military spokesman"
BE_FM = "Belgium's foreign ministry"
ICRC = "The International Committee of the Red Cross"
FCO = "the Foreign Office"
CN_FM = "the Chinese Foreign Ministry"
HUA = "ministry spokeswoman Hua Chunying"
BONN = "the Defence Ministry in Bonn"
OCHA_FULL = "the UN Office for the Coordination of Humanitarian Affairs (OCHA)"
GMO = "The Gaza Government Media Office"
SOHR = "the Syrian Observatory for Human Rights"

# --- evacuations of foreigners and corridors ---------------------------------------------------
PART1 = [
    P("d92_001",
      "KIGALI, April 12, 1994 (AFP) - French and Belgian troops flew more than 1,500 foreigners "
      "out of Kigali over the weekend, a French military spokesman said on Tuesday, as fighting "
      "between government forces and rebels of the Rwandan Patriotic Front closed in on the "
      "capital. About 600 of those evacuated under Operation Amaryllis were French nationals, "
      "the spokesman said; the rest came from some 30 countries. Belgium has sent about 800 "
      "paratroopers to Kigali airport, and Belgium's foreign ministry said its own operation had "
      "brought out 1,100 people, 450 of whom are children. The International Committee of the "
      "Red Cross said tens of thousands of people had been killed in the capital since the "
      "president's plane was shot down on April 6.",
      [C("more than 1,500", 1500, "more_than", "displaced", "foreigners flown out of Kigali",
         FR_SPOKES),
       C("About 600", 600, "about", "displaced", "French nationals evacuated", FR_SPOKES,
         attr_alt=["the spokesman"]),
       C("some 30", 30, "about", "other", "countries of the evacuees", FR_SPOKES,
         optional=True, attr_alt=["the spokesman"]),
       C("about 800", 800, "about", "troops", "Belgian paratroopers sent to Kigali", None,
         attr_alt=["Belgium", BE_FM]),
       C("1,100", 1100, "exact", "displaced", "people brought out by Belgium", BE_FM),
       C("450", 450, "exact", "displaced", "children among Belgium's evacuees", BE_FM),
       C("tens of thousands", 10000, "vague", "killed", "people killed in Kigali", ICRC)],
      published="1994-04-12"),

    P("d92_002",
      "MONROVIA, Liberia (AP) — U.S. military helicopters ferried another 436 people out of the "
      "American Embassy compound on Thursday, bringing the total evacuated since Tuesday to "
      "1,264, embassy officials said. Most were Lebanese, Indian and European nationals; only "
      "189 were Americans. Marines guarding the compound shot dead three gunmen who fired on "
      "them from a nearby street, the Pentagon said. About 20,000 Liberians have crowded into a "
      "compound next to the embassy, fleeing fighting between rival factions that has left "
      "hundreds dead in the capital since April 6, relief workers said. The MH-53 helicopters "
      "fly a 45-minute route to Freetown in neighbouring Sierra Leone.",
      [C("436", 436, "exact", "displaced", "people flown out of the embassy compound",
         "embassy officials"),
       C("1,264", 1264, "exact", "displaced", "people evacuated since Tuesday",
         "embassy officials"),
       C("189", 189, "exact", "displaced", "Americans among the evacuees", "embassy officials",
         attr_alt=[None]),
       C("three", 3, "exact", "killed", "gunmen shot by Marines", "the Pentagon"),
       C("About 20,000", 20000, "about", "displaced", "Liberians sheltering by the embassy",
         "relief workers"),
       C("hundreds", 100, "vague", "killed", "people killed in Monrovia", "relief workers")]),

    P("d92_003",
      "Royal Navy frigate leaves Benghazi with Britons\n"
      "24 February 2011 Last updated at 18:02 GMT\n"
      "The frigate HMS Cumberland has left the Libyan port of Benghazi with 207 people on board, "
      "68 of them British nationals, the Foreign Office said. \"The remaining passengers are "
      "from some 20 other countries, including Germany and Ireland,\" a Foreign Office statement "
      "said. The ship is expected to reach Malta in about 30 hours. An RAF C-130 Hercules flew "
      "64 oil workers out of the desert south of the city, the Ministry of Defence said, and "
      "about 300 Britons are thought to remain in Libya. Human rights groups say at least 300 "
      "people have been killed in the uprising.",
      [C("207", 207, "exact", "displaced", "evacuees on board HMS Cumberland", FCO,
         cat_alt=["other"]),
       C("68", 68, "exact", "displaced", "British nationals evacuated", FCO),
       C("some 20", 20, "about", "other", "other countries of the passengers",
         "a Foreign Office statement", optional=True, attr_alt=[FCO]),
       C("64", 64, "exact", "displaced", "oil workers flown out of the desert",
         "the Ministry of Defence"),
       C("about 300", 300, "about", "other", "Britons remaining in Libya",
         "the Ministry of Defence", cat_alt=["population", "displaced"], attr_alt=[None]),
       C("at least 300", 300, "at_least", "killed", "people killed in the uprising",
         "Human rights groups")],
      published="2011-02-24"),

    P("d92_004",
      "ADEN, Yemen, March 29 (Xinhua) -- A Chinese navy frigate evacuated 122 Chinese citizens "
      "from the southern Yemeni port of Aden on Sunday, the Chinese Foreign Ministry said. The "
      "missile frigate Linyi carried them to Djibouti, along with two foreign experts working "
      "for Chinese companies, ministry spokeswoman Hua Chunying said. Another 449 Chinese are to "
      "be taken out of Hodeidah on Monday by the frigate Weifang. About 590 Chinese nationals "
      "were in Yemen when Saudi-led air strikes began on Thursday, according to the embassy in "
      "Sanaa. Since then, the fighting in Aden has killed at least 75 people, medical sources "
      "said.",
      [C("122", 122, "exact", "displaced", "Chinese citizens evacuated from Aden", CN_FM),
       C("two", 2, "exact", "displaced", "foreign experts evacuated with them", HUA),
       C("449", 449, "exact", "displaced", "Chinese to be evacuated from Hodeidah", HUA,
         cat_alt=["other"], attr_alt=[None]),
       C("About 590", 590, "about", "other", "Chinese nationals in Yemen",
         "the embassy in Sanaa", cat_alt=["population", "displaced"]),
       C("at least 75", 75, "at_least", "killed", "people killed in Aden", "medical sources")]),

    P("d92_005",
      "TIRANA (dpa) - German army helicopters flew 120 foreigners out of the Albanian capital "
      "on Friday in a hastily arranged rescue mission that came under fire as it lifted off, "
      "the Defence Ministry in Bonn said. Twenty-one of those evacuated were Germans; the others "
      "came from 22 countries. The crews returned fire, and one Albanian gunman was believed to "
      "have been hit, a ministry spokesman said. No German soldier was wounded. Italy said it had "
      "taken some 1,200 people out by sea and air since Thursday. U.S. Marines were preparing to "
      "evacuate about 900 Americans from a residential compound in the city.",
      [C("120", 120, "exact", "displaced", "foreigners flown out of Tirana", BONN),
       C("Twenty-one", 21, "exact", "displaced", "Germans among the evacuees", BONN,
         attr_alt=[None]),
       C("22", 22, "exact", "other", "countries of the other evacuees", BONN, optional=True,
         attr_alt=[None]),
       C("one", 1, "exact", "injured", "Albanian gunman hit", "a ministry spokesman",
         cat_alt=["killed"], ctx="one Albanian gunman"),
       C("some 1,200", 1200, "about", "displaced", "people taken out by Italy", "Italy"),
       C("about 900", 900, "about", "displaced", "Americans to be evacuated", None,
         cat_alt=["other"], attr_alt=["U.S. Marines"])]),

    P("d92_006",
      "Israel-Gaza war live: first foreign nationals leave through Rafah\n"
      "Last updated: 1 November 2023\n"
      "15:42 The Egyptian authorities say 335 foreign passport holders crossed into Egypt "
      "through the Rafah crossing today, the first to leave Gaza since the war began.\n"
      "15:20 Seventy-six wounded Palestinians have been taken into Egypt by ambulance, the "
      "Egyptian Red Crescent says, out of 81 on a list agreed with Israel. Egyptian officials "
      "said earlier that 40 ambulances were waiting on the Egyptian side.\n"
      "14:55 The US says about 400 Americans and their relatives in Gaza want to leave; none of "
      "them were in today's group, a State Department spokesperson said.\n"
      "14:30 Gaza's health ministry says 8,525 people have been killed since 7 October, among "
      "them 3,542 children.",
      [C("335", 335, "exact", "displaced", "foreign passport holders who left Gaza",
         "The Egyptian authorities"),
       C("Seventy-six", 76, "exact", "injured", "wounded Palestinians taken into Egypt",
         "the Egyptian Red Crescent", cat_alt=["displaced"]),
       C("81", 81, "exact", "injured", "wounded on the agreed list",
         "the Egyptian Red Crescent", optional=True, cat_alt=["displaced", "other"]),
       C("40", 40, "exact", "other", "ambulances waiting in Egypt", "Egyptian officials",
         optional=True, cat_alt=["aid"]),
       C("about 400", 400, "about", "other", "Americans and relatives wanting to leave Gaza",
         "The US", cat_alt=["displaced", "population"],
         attr_alt=["a State Department spokesperson"]),
       C("8,525", 8525, "exact", "killed", "people killed in Gaza", "Gaza's health ministry"),
       C("3,542", 3542, "exact", "killed", "children killed in Gaza", "Gaza's health ministry")],
      published="2023-11-01"),

    P("d92_007",
      "Published: Nov 09,2023\n"
      "AMMAN — About 50,000 people moved from northern Gaza to the south along Salah al-Din Road "
      "on Wednesday, up from 15,000 the day before, the UN Office for the Coordination of "
      "Humanitarian Affairs (OCHA) said in its daily update. The agency said Israeli troops had "
      "opened the road for four hours, and that many of those fleeing were on foot, carrying "
      "children and elderly relatives. An estimated 1.5 million people in Gaza, or about 70 percent "
      "of the population, are now internally displaced, according to OCHA. More than "
      "700,000 of them are sheltering in 149 UNRWA facilities, the agency added.",
      [C("About 50,000", 50000, "about", "displaced", "people who moved south on Wednesday",
         OCHA_FULL, attr_alt=["OCHA"]),
       C("15,000", 15000, "exact", "displaced", "people who moved south the day before",
         OCHA_FULL, attr_alt=["OCHA"]),
       C("An estimated 1.5 million", 1_500_000, "about", "displaced",
         "internally displaced people in Gaza", "OCHA", attr_alt=[OCHA_FULL]),
       C("about 70 percent", 70, "about", "displaced", "share of Gaza's population displaced",
         "OCHA", optional=True, attr_alt=[OCHA_FULL]),
       C("More than 700,000", 700000, "more_than", "displaced",
         "displaced people sheltering in UNRWA facilities", "the agency",
         attr_alt=[OCHA_FULL, "OCHA"]),
       C("149", 149, "exact", "infrastructure", "UNRWA facilities used as shelters", "the agency",
         cat_alt=["other"], attr_alt=[OCHA_FULL, "OCHA"])],
      published="2023-11-09"),

    P("d92_008",
      "GAZA CITY (AA) - Hundreds of thousands of displaced Palestinians streamed back to "
      "northern Gaza on Monday through the Netzarim corridor after Israel allowed them to cross "
      "for the first time in 15 months. The Gaza Government Media Office said more than 300,000 "
      "people had crossed by evening, most of them on foot along the coastal al-Rashid road. "
      "\"There is nothing left of our street,\" said Mahmoud Abu Ouda, 47, who walked 12 "
      "kilometres with his five children. The office said 135,000 tents and caravans were "
      "needed urgently to shelter the returnees. Israel had held up the crossings for two days "
      "over the release of civilian hostage Arbel Yehud, who is to be freed on Thursday with two "
      "other hostages.",
      [C("Hundreds of thousands", 100000, "vague", "displaced",
         "displaced Palestinians returning north", None, attr_alt=[GMO]),
       C("more than 300,000", 300000, "more_than", "displaced", "people who crossed north", GMO),
       C("five", 5, "exact", "displaced", "children of a returnee", None, optional=True,
         cat_alt=["other"]),
       C("135,000", 135000, "exact", "aid", "tents and caravans needed", "The office",
         attr_alt=[GMO]),
       C("two", 2, "exact", "hostages", "other hostages to be freed Thursday", None,
         ctx="two other hostages")]),

    P("d92_009",
      "BEIRUT, March 15 (Reuters) - Thousands of civilians poured out of Syria's besieged "
      "Eastern Ghouta on Thursday, walking through a corridor from the town of Hamouria into "
      "government-held territory, in the biggest exodus since the army's assault began nearly "
      "four weeks ago. Syrian state television said more than 12,500 people had left, while the "
      "Syrian Observatory for Human Rights put the number at about 20,000. The Russian "
      "military's reconciliation centre said 2,000 had crossed through the Wafideen checkpoint "
      "alone by midday. The Observatory says more than 1,200 civilians have been killed in the "
      "enclave since Feb. 18, and that some 400,000 people were trapped there when the offensive "
      "began.",
      [C("Thousands", 1000, "vague", "displaced", "civilians leaving Eastern Ghouta", None,
         attr_alt=["Syrian state television"]),
       C("more than 12,500", 12500, "more_than", "displaced", "people who left Eastern Ghouta",
         "Syrian state television"),
       C("about 20,000", 20000, "about", "displaced", "people who left Eastern Ghouta", SOHR),
       C("2,000", 2000, "exact", "displaced", "people through the Wafideen checkpoint",
         "The Russian military's reconciliation centre"),
       C("more than 1,200", 1200, "more_than", "killed", "civilians killed in Eastern Ghouta",
         "The Observatory", attr_alt=[SOHR]),
       C("some 400,000", 400000, "about", "population", "people trapped in Eastern Ghouta",
         "The Observatory", cat_alt=["other", "displaced"], attr_alt=[SOHR])]),
]

AFAD = "Turkey's disaster management authority AFAD"
YERLIKAYA = "Interior Minister Ali Yerlikaya"
UNHCR_92 = "the UN High Commissioner for Refugees"
UNGRD = "Colombia's disaster management agency (UNGRD)"
OCHA_CD = "the U.N. humanitarian office (OCHA)"
MSF_FULL = "the medical charity Doctors Without Borders (MSF)"
IOM = "The International Organization for Migration"

# --- refugee flows, returns and expulsions -----------------------------------------------------
PART2 = [
    P("d92_010",
      "SANLIURFA, Turkey (AA) - More than 13,000 Syrians have crossed into Turkey at Akcakale "
      "since June 3, fleeing clashes between Kurdish YPG fighters and Daesh around Tal Abyad, "
      "Turkey's disaster management authority AFAD said on Monday. Some 2,600 more crossed "
      "overnight, among them 1,100 children, an AFAD official told Anadolu Agency. Turkish "
      "soldiers reopened the gate for four hours on Sunday after thousands had waited in the "
      "heat along the fence. Turkey already hosts nearly 1.8 million Syrian refugees. Three "
      "Syrians were injured in a crush at the gate, the governor's office said.",
      [C("More than 13,000", 13000, "more_than", "displaced", "Syrians who crossed at Akcakale",
         AFAD),
       C("Some 2,600", 2600, "about", "displaced", "Syrians who crossed overnight",
         "an AFAD official", cat_alt=["other"]),
       C("1,100", 1100, "exact", "displaced", "children among the overnight arrivals",
         "an AFAD official"),
       C("thousands", 1000, "vague", "displaced", "Syrians waiting at the fence", None,
         cat_alt=["other"]),
       C("nearly 1.8 million", 1_800_000, "about", "displaced", "Syrian refugees in Turkey",
         None),
       C("Three", 3, "exact", "injured", "Syrians hurt in a crush", "the governor's office")]),

    P("d92_011",
      "GEVGELIJA, Macedonia (AP) — Macedonian police fired stun grenades on Saturday to push "
      "back thousands of migrants trying to cross from Greece, injuring at least eight people, "
      "a Doctors Without Borders team said. Hours later, police began letting groups of about "
      "300 through at a time, and by nightfall about 1,500 had boarded trains heading north "
      "toward Serbia, a police spokesman said. Macedonia declared a state of emergency on its "
      "southern border on Thursday after more than 40,000 people crossed it in two months. An "
      "estimated 3,000 were still waiting in fields on the Greek side late Saturday, according "
      "to the U.N. refugee agency.",
      [C("thousands", 1000, "vague", "displaced", "migrants trying to cross from Greece",
         "a Doctors Without Borders team", cat_alt=["other"], attr_alt=[None]),
       C("at least eight", 8, "at_least", "injured", "people hurt by stun grenades",
         "a Doctors Without Borders team"),
       C("about 300", 300, "about", "displaced", "migrants let through per group",
         "a police spokesman", cat_alt=["other"]),
       C("about 1,500", 1500, "about", "displaced", "migrants who boarded trains north",
         "a police spokesman", cat_alt=["other"]),
       C("more than 40,000", 40000, "more_than", "displaced", "people who crossed in two months",
         None, cat_alt=["other"]),
       C("An estimated 3,000", 3000, "about", "displaced", "migrants waiting on the Greek side",
         "the U.N. refugee agency", cat_alt=["other"])]),

    P("d92_012",
      "TBILISI, Sept 27 (Reuters) - Russian men fleeing military mobilisation queued for up to "
      "48 hours to cross into Georgia at the Upper Lars checkpoint, where a line of some 5,500 "
      "vehicles stretched back into Russia on Tuesday, according to local authorities in North "
      "Ossetia. Georgia's interior ministry said about 10,000 people a day were now entering "
      "from Russia, up from 5,000-6,000 before President Vladimir Putin announced the call-up "
      "on Sept 21. Russian officials said they would set up a mobile enlistment office at the "
      "border. Kazakhstan said 98,000 Russians had arrived since the announcement. Putin has "
      "said 300,000 reservists will be called up.",
      [C("some 5,500", 5500, "about", "other", "vehicles queuing at Upper Lars",
         "local authorities in North Ossetia", optional=True),
       C("about 10,000", 10000, "about", "displaced", "people entering Georgia a day",
         "Georgia's interior ministry", cat_alt=["other"]),
       C("5,000-6,000", 5000, "range", "displaced", "people entering a day before the call-up",
         "Georgia's interior ministry", high=6000, cat_alt=["other"]),
       C("98,000", 98000, "exact", "displaced", "Russians arrived in Kazakhstan", "Kazakhstan",
         cat_alt=["other"]),
       C("300,000", 300000, "exact", "troops", "reservists to be called up", "Putin")]),

    P("d92_013",
      "HATAY (AA) - Some 1,900 Syrians crossed back into their country through the Cilvegozu "
      "border gate on Tuesday, as the number of refugees returning from Türkiye since the fall "
      "of the Baath regime continued to rise, Interior Minister Ali Yerlikaya said. \"With "
      "today's crossings, 25,140 of our Syrian guests have returned home voluntarily in 16 "
      "days,\" Yerlikaya wrote on X. Türkiye has opened a sixth gate, at Ziyaret, to handle the "
      "demand. About 2.9 million Syrians remain under temporary protection in Türkiye, according "
      "to the Presidency of Migration Management. Among those returning on Tuesday were 42 "
      "families from Idlib who had lived in Gaziantep for 11 years.",
      [C("Some 1,900", 1900, "about", "displaced", "Syrians who returned through Cilvegozu",
         YERLIKAYA),
       C("25,140", 25140, "exact", "displaced", "Syrians returned in 16 days", "Yerlikaya",
         attr_alt=[YERLIKAYA]),
       C("About 2.9 million", 2_900_000, "about", "displaced",
         "Syrians under temporary protection in Türkiye",
         "the Presidency of Migration Management"),
       C("42", 42, "exact", "displaced", "families from Idlib returning", None)]),

    P("d92_014",
      "ARANYAPRATHET, Thailand, March 30, 1992 (AFP) - The first 527 of some 360,000 Cambodian "
      "refugees living in camps along the Thai border went home on Monday, in a convoy of 21 "
      "buses that left the Site 2 camp at dawn, the UN High Commissioner for Refugees said. "
      "\"Twelve years in a camp is long enough,\" said one returnee, a 34-year-old farmer "
      "carrying his three daughters' clothes in a rice sack. UNHCR said the returnees would "
      "spend up to a week at a reception centre in Sisophon before being given land, a cash "
      "grant or a house-building kit. It hopes to move about 10,000 people a week once the "
      "rainy season ends, but warned that millions of landmines lay in the areas where most "
      "want to settle.",
      [C("527", 527, "exact", "displaced", "Cambodian refugees returned home", UNHCR_92),
       C("some 360,000", 360000, "about", "displaced", "Cambodian refugees in Thai camps",
         UNHCR_92),
       C("21", 21, "exact", "other", "buses in the convoy", UNHCR_92, optional=True,
         cat_alt=["aid"]),
       C("three", 3, "exact", "other", "a returnee's daughters", None, optional=True,
         cat_alt=["displaced"]),
       C("about 10,000", 10000, "about", "displaced", "refugees to be moved a week", "UNHCR",
         cat_alt=["other"], attr_alt=["It"]),
       C("millions", 1_000_000, "vague", "munitions", "landmines in return areas", "UNHCR",
         cat_alt=["other"], attr_alt=["It"])],
      published="1992-03-30"),

    P("d92_015",
      "Cúcuta (Colombia), Aug 25 (EFE).- More than 1,000 Colombians have been deported from "
      "Venezuela since President Nicolás Maduro closed the border last week, and another 4,260 "
      "have crossed back on their own, many wading the Táchira river with mattresses and "
      "fridges on their backs, Colombia's disaster management agency (UNGRD) said on Tuesday. "
      "Among the deportees are 244 children, the agency said. Most are being housed in 11 "
      "shelters in Cúcuta and Villa del Rosario. Venezuela's government says the closure, "
      "ordered after three soldiers were wounded by smugglers, will last 72 hours at some "
      "crossings and indefinitely at others.",
      [C("More than 1,000", 1000, "more_than", "displaced", "Colombians deported from Venezuela",
         UNGRD, cat_alt=["other"]),
       C("4,260", 4260, "exact", "displaced", "Colombians who crossed back on their own", UNGRD),
       C("244", 244, "exact", "displaced", "children among the deportees", "the agency",
         attr_alt=[UNGRD]),
       C("11", 11, "exact", "infrastructure", "shelters housing deportees", "the agency",
         cat_alt=["other", "aid"], attr_alt=[UNGRD, None]),
       C("three", 3, "exact", "injured", "Venezuelan soldiers wounded by smugglers", None,
         attr_alt=["Venezuela's government"])]),

    P("d92_016",
      "KINSHASA, Oct 19 (Reuters) - More than 200,000 Congolese have streamed across the border "
      "from Angola in the past three weeks, many of them forcibly expelled in a crackdown on "
      "illegal diamond mining, the U.N. humanitarian office (OCHA) said on Friday. Most crossed "
      "at Kamako in Kasai province, where aid workers said they had registered 12,000 arrivals "
      "in a single day. Congolese officials accused Angolan security forces of killing at least "
      "six migrants during the expulsions; Angola's government denied any deaths and said "
      "380,000 foreigners had left voluntarily. The U.N. human rights office said it had "
      "received reports of sexual violence against dozens of women.",
      [C("More than 200,000", 200000, "more_than", "displaced",
         "Congolese who crossed from Angola", OCHA_CD),
       C("12,000", 12000, "exact", "displaced", "arrivals registered at Kamako in a day",
         "aid workers"),
       C("at least six", 6, "at_least", "killed", "migrants killed during the expulsions",
         "Congolese officials"),
       C("380,000", 380000, "exact", "displaced", "foreigners who left Angola",
         "Angola's government"),
       C("dozens", 12, "vague", "other", "women subjected to sexual violence",
         "The U.N. human rights office", cat_alt=["injured"])]),

    P("d92_017",
      "AGADEZ, Niger, April 4, 2023 (AFP) - More than 4,500 migrants expelled by Algeria are "
      "stranded in Assamaka, a desert village of about 1,500 people near the border, the "
      "medical charity Doctors Without Borders (MSF) said Tuesday. \"Some have been sleeping "
      "outside the health centre for weeks, in temperatures above 40 degrees,\" said Schemssa "
      "Kimana, MSF's coordinator in Agadez. Algeria expelled 9,798 people to Niger in the first "
      "three months of the year, nearly as many as in the whole of 2021, MSF said. The "
      "International Organization for Migration said its transit centre in the village, built "
      "for 500 people, was sheltering more than 1,900 and that thousands more were waiting for "
      "help to return home.",
      [C("More than 4,500", 4500, "more_than", "displaced", "expelled migrants stranded in Assamaka",
         MSF_FULL, cat_alt=["other"]),
       C("about 1,500", 1500, "about", "population", "residents of Assamaka", None,
         attr_alt=[MSF_FULL]),
       C("9,798", 9798, "exact", "displaced", "people expelled to Niger", "MSF",
         attr_alt=[MSF_FULL]),
       C("500", 500, "exact", "other", "capacity of the IOM transit centre", IOM, optional=True),
       C("more than 1,900", 1900, "more_than", "displaced", "migrants in the IOM transit centre",
         IOM),
       C("thousands", 1000, "vague", "displaced", "migrants waiting to return home", IOM,
         cat_alt=["other"])],
      published="2023-04-04"),
]

ET_MOFA = "the Ministry of Foreign Affairs"
DINA = "Foreign ministry spokesman Dina Mufti"
PA_CDA = "the Palestinian Authority's Commission of Detainees' Affairs"
ICRC_NEM = "International Red Cross officials"
POROSHENKO = "President Petro Poroshenko"
COMOROS = "Comoran officials"
FR_ARMY = "a French army spokesman"
MEA = "The Ministry of External Affairs"

# --- deportations, exchanges, hostages ---------------------------------------------------------
PART3 = [
    P("d92_018",
      "ADDIS ABABA, Dec. 3 (Xinhua) -- Ethiopia has brought home 115,468 of its citizens from "
      "Saudi Arabia on more than 300 flights since the kingdom began its crackdown on "
      "undocumented workers on Nov. 4, the Ministry of Foreign Affairs said Tuesday. Foreign "
      "ministry spokesman Dina Mufti told reporters that about 7,000 more were arriving every "
      "day, nearly a third of them women, and that the government had set aside 50 million birr "
      "for the operation. Three Ethiopians were killed in clashes with Saudi police in Riyadh's "
      "Manfouha district last month, according to the ministry. Officials had initially "
      "expected only 10,000 returnees.",
      [C("115,468", 115468, "exact", "displaced", "Ethiopians brought home from Saudi Arabia",
         ET_MOFA, cat_alt=["other"]),
       C("more than 300", 300, "more_than", "other", "repatriation flights", ET_MOFA,
         optional=True, cat_alt=["aid"]),
       C("about 7,000", 7000, "about", "displaced", "returnees arriving a day", DINA,
         cat_alt=["other"]),
       C("nearly a third", 1 / 3, "about", "displaced", "share of returnees who are women", DINA,
         optional=True),
       C("Three", 3, "exact", "killed", "Ethiopians killed in Manfouha", "the ministry",
         attr_alt=[ET_MOFA]),
       C("10,000", 10000, "exact", "displaced", "returnees initially expected", "Officials",
         cat_alt=["other"])]),

    P("d92_019",
      "3 November 2023, 11:40 am\n"
      "Thousands of Gazan laborers who were stranded in Israel when the war erupted were sent "
      "back into the Strip through the Kerem Shalom crossing on Friday, after the security "
      "cabinet decided to cut all ties with Gaza. Some 18,500 Gazans held Israeli work permits "
      "before October 7, according to COGAT. Palestinian officials said 3,026 workers had been "
      "deported by nightfall, many of them after weeks in military facilities; rights groups say "
      "around 4,000 were detained after the Hamas attack and held incommunicado. Two workers died "
      "in Israeli custody, the Palestinian Authority's Commission of Detainees' Affairs said.",
      [C("Thousands", 1000, "vague", "displaced", "Gazan laborers sent back to Gaza", None,
         cat_alt=["other", "detained"]),
       C("Some 18,500", 18500, "about", "other", "Gazans with Israeli work permits", "COGAT",
         cat_alt=["population"]),
       C("3,026", 3026, "exact", "displaced", "workers deported to Gaza", "Palestinian officials",
         cat_alt=["other", "detained"]),
       C("around 4,000", 4000, "about", "detained", "Gazan workers detained", "rights groups"),
       C("Two", 2, "exact", "killed", "workers who died in custody", PA_CDA)],
      published="2023-11-03"),

    P("d92_020",
      "NEMETIN, Croatia, Aug 14, 1992 (Reuters) - Croatia and the Serb-led Yugoslav army swapped "
      "714 Croatian prisoners for 467 Serbs on Friday in the biggest exchange of the war, at a "
      "ferry crossing on the Drava river near Osijek, International Red Cross officials said. "
      "Many of the Croatians, among them defenders of Vukovar held since the town fell in "
      "November, were too weak to walk and 38 were carried off on stretchers. Croatian officials "
      "say some 2,000 of their people are still held in Serbian camps, while Belgrade says "
      "Croatia holds about 1,500 Serbs. Both sides accused each other of holding back prisoners "
      "until the last minute.",
      [C("714", 714, "exact", "detained", "Croatian prisoners exchanged", ICRC_NEM),
       C("467", 467, "exact", "detained", "Serb prisoners exchanged", ICRC_NEM),
       C("38", 38, "exact", "injured", "freed prisoners carried on stretchers", ICRC_NEM,
         cat_alt=["detained", "other"], attr_alt=[None]),
       C("some 2,000", 2000, "about", "detained", "Croatians still held in Serbian camps",
         "Croatian officials"),
       C("about 1,500", 1500, "about", "detained", "Serbs held by Croatia", "Belgrade")],
      published="1992-08-14"),

    P("d92_021",
      "WASHINGTON (AP) — Iran freed four detained Iranian-Americans, among them Washington Post "
      "reporter Jason Rezaian, in exchange for clemency for seven Iranians held or charged in "
      "the United States, U.S. officials said Saturday. A fifth American, student Matthew "
      "Trevithick, was released separately. Three of the four freed in the swap flew out of "
      "Tehran on a Swiss plane to Geneva; the fourth, Nosratollah Khosravi-Roodsari, chose to "
      "stay in Iran, the officials said. Washington also dropped its requests to Interpol for 14 "
      "Iranians it had sought for sanctions violations. Rezaian, 39, spent 544 days in Evin "
      "prison.",
      [C("four", 4, "exact", "detained", "Iranian-Americans freed by Iran", "U.S. officials",
         ctx="four detained"),
       C("seven", 7, "exact", "detained", "Iranians granted clemency in the US", "U.S. officials"),
       C("Three", 3, "exact", "detained", "freed Americans who flew to Geneva", "the officials",
         attr_alt=["U.S. officials"]),
       C("four", 4, "exact", "detained", "the freed Americans (restated)", "the officials",
         optional=True, attr_alt=["U.S. officials"], ctx="the four freed"),
       C("14", 14, "exact", "other", "Iranians no longer sought through Interpol", None,
         cat_alt=["detained"], attr_alt=["Washington"])]),

    P("d92_022",
      "KIEV, May 25 (Reuters) - Ukrainian pilot Nadiya Savchenko flew home to a hero's welcome on "
      "Wednesday after Russia freed her in exchange for two Russian servicemen captured in "
      "eastern Ukraine, ending nearly two years in Russian custody. Savchenko, 35, had been "
      "sentenced to 22 years in prison over the deaths of two Russian journalists. President "
      "Petro Poroshenko said Kiev would keep working to free the \"more than 30\" Ukrainians "
      "still held in Russia and Crimea. Separatist leaders in Donetsk say they hold 113 "
      "Ukrainian soldiers and civilians; Kiev puts the number at about 100.",
      [C("two", 2, "exact", "detained", "Russian servicemen freed in exchange", None,
         ctx="two Russian servicemen"),
       C("two", 2, "exact", "killed", "Russian journalists killed", None,
         ctx="two Russian journalists"),
       C("more than 30", 30, "more_than", "detained", "Ukrainians held in Russia and Crimea",
         POROSHENKO),
       C("113", 113, "exact", "hostages", "Ukrainians held by separatists",
         "Separatist leaders in Donetsk", cat_alt=["detained"]),
       C("about 100", 100, "about", "hostages", "Ukrainians held by separatists", "Kiev",
         cat_alt=["detained"])]),

    P("d92_023",
      "MORONI, Nov 24, 1996 (AFP) - At least 123 people were killed when a hijacked Ethiopian "
      "Airlines Boeing 767 ran out of fuel and crashed into the sea off the Comoros on Saturday, "
      "Comoran officials said on Sunday. Of the 175 passengers and crew on board, 52 survived, "
      "many of them with injuries, they said. The three hijackers, who had demanded to be flown "
      "to Australia, were among the dead, according to the airline. Pilot Leul Abate, 42, "
      "ditched the plane in shallow water about 500 metres from a beach where tourists were "
      "swimming. Rescuers in dive gear and fishing boats pulled out 30 of the survivors.",
      [C("At least 123", 123, "at_least", "killed", "people killed in the crash", COMOROS),
       C("175", 175, "exact", "other", "passengers and crew on board", COMOROS,
         attr_alt=["they"]),
       C("52", 52, "exact", "other", "survivors", COMOROS, attr_alt=["they"]),
       C("three", 3, "exact", "killed", "hijackers among the dead", "the airline",
         cat_alt=["troops"]),
       C("30", 30, "exact", "other", "survivors pulled out by rescuers", None)],
      published="1996-11-24"),

    P("d92_024",
      "BARDA, Azerbaijan (AP) — Thousands of Azerbaijani refugees fleeing an Armenian offensive "
      "in Kelbajar struggled over a snowbound mountain pass this week, and at least 200 of them "
      "have died of cold or exhaustion, Azerbaijani officials said Saturday. The officials said "
      "about 60,000 people had lived in the district and that about 15,000 were still trapped "
      "behind the front line. The U.N. refugee agency said 40,000 had reached Barda, Yevlakh and "
      "other towns, many with frostbite. Armenian officials denied attacking from Armenia "
      "proper and said local Karabakh forces had captured the town.",
      [C("Thousands", 1000, "vague", "displaced", "Azerbaijani refugees fleeing Kelbajar",
         "Azerbaijani officials", attr_alt=[None]),
       C("at least 200", 200, "at_least", "killed", "refugees dead of cold or exhaustion",
         "Azerbaijani officials"),
       C("about 60,000", 60000, "about", "population", "people who lived in Kelbajar",
         "The officials", attr_alt=["Azerbaijani officials"]),
       C("about 15,000", 15000, "about", "other", "people trapped behind the front line",
         "The officials", cat_alt=["population", "displaced"],
         attr_alt=["Azerbaijani officials"]),
       C("40,000", 40000, "exact", "displaced", "refugees who reached Barda and other towns",
         "The U.N. refugee agency")]),

    P("d92_025",
      "BRAZZAVILLE, June 9, 1997 (AFP) - French troops have evacuated nearly 2,000 foreigners "
      "from Brazzaville since fighting erupted in the Congolese capital on Thursday, a French "
      "army spokesman said Monday, and 1,250 of them have been ferried across the Congo river to "
      "Kinshasa. Some 1,200 French soldiers are taking part in Operation Pelican, among them 400 "
      "flown in from Chad and the Central African Republic. One French soldier was killed and "
      "five wounded in an exchange of fire near the airport on Sunday, the spokesman said. The "
      "Congolese Red Cross said it had collected 87 bodies from the streets.",
      [C("nearly 2,000", 2000, "about", "displaced", "foreigners evacuated from Brazzaville",
         FR_ARMY),
       C("1,250", 1250, "exact", "displaced", "evacuees ferried to Kinshasa", FR_ARMY,
         attr_alt=[None]),
       C("Some 1,200", 1200, "about", "troops", "French soldiers in Operation Pelican", None,
         attr_alt=[FR_ARMY]),
       C("400", 400, "exact", "troops", "French soldiers flown in from Chad and CAR", None,
         attr_alt=[FR_ARMY]),
       C("One", 1, "exact", "killed", "French soldier killed", "the spokesman",
         attr_alt=[FR_ARMY]),
       C("five", 5, "exact", "injured", "French soldiers wounded", "the spokesman",
         attr_alt=[FR_ARMY]),
       C("87", 87, "exact", "killed", "bodies collected from the streets",
         "The Congolese Red Cross")],
      published="1997-06-09"),

    P("d92_026",
      "KIEV, Dec 27 (Reuters) - Ukraine and Russian-backed separatists carried out their "
      "biggest prisoner exchange of the conflict on Wednesday, with Kiev handing over 233 people "
      "and receiving 73 in return at a checkpoint near Horlivka, officials on both sides said. "
      "President Petro Poroshenko's office said 74 Ukrainians had been due to come home, but "
      "one had chosen to stay in separatist-held Donetsk. Some of those handed over by Kiev "
      "refused to cross and stayed in government territory, Ukraine's SBU security service "
      "said, without giving a number. Kiev says at least 103 more of its citizens are still "
      "held by the separatists.",
      [C("233", 233, "exact", "detained", "prisoners handed over by Kiev",
         "officials on both sides"),
       C("73", 73, "exact", "detained", "prisoners received by Kiev", "officials on both sides"),
       C("74", 74, "exact", "detained", "Ukrainians due to be exchanged",
         "President Petro Poroshenko's office"),
       C("one", 1, "exact", "detained", "prisoner who chose to stay in Donetsk",
         "President Petro Poroshenko's office", optional=True, ctx="one had chosen"),
       C("at least 103", 103, "at_least", "hostages", "Ukrainians still held by separatists",
         "Kiev", cat_alt=["detained"])]),

    P("d92_027",
      "Kochi, July 5 (PTI) The 46 Indian nurses who had been held by Sunni militants in Iraq "
      "for more than three weeks landed at Kochi airport on Saturday morning on a special Air "
      "India flight, along with 137 other Indians flown out of Erbil, officials said. Of the "
      "nurses, 45 are from Kerala and one is from Tamil Nadu. \"They are safe and they are "
      "home,\" Kerala Chief Minister Oommen Chandy said. The Ministry of External Affairs said "
      "39 Indian construction workers abducted in Mosul in June were still missing, and that "
      "around 10,000 Indians remained in Iraq.",
      [C("46", 46, "exact", "hostages", "Indian nurses freed in Iraq", "officials"),
       C("137", 137, "exact", "displaced", "other Indians flown out of Erbil", "officials"),
       C("45", 45, "exact", "hostages", "freed nurses from Kerala", "officials",
         attr_alt=[None]),
       C("one", 1, "exact", "hostages", "freed nurse from Tamil Nadu", "officials",
         optional=True, attr_alt=[None], ctx="one is from"),
       C("39", 39, "exact", "missing", "Indian workers abducted in Mosul", MEA,
         cat_alt=["hostages"]),
       C("around 10,000", 10000, "about", "other", "Indians remaining in Iraq", MEA,
         cat_alt=["population", "displaced"])]),
]

DZ_FM = "the Algerian foreign ministry"
MEA_IN = "the Ministry of External Affairs"
JAISWAL = "MEA spokesperson Randhir Jaiswal"
ER_GOV = "the Eritrean government"
ICRC_ER = "The International Committee of the Red Cross"
CO_FM = "Colombia's foreign ministry"

# --- more evacuations, expulsions, hostages and arrests; one passage without claims -----------
PART4 = [
    P("d92_028",
      "ALGIERS, April 5 (Reuters) - Gunmen seized Algeria's consul and six of his staff in the "
      "northern Malian town of Gao on Thursday, the Algerian foreign ministry said, days after "
      "Tuareg rebels and Islamist fighters took control of the town. A group calling itself "
      "MUJAO later claimed the kidnapping. Algeria has evacuated fewer than 100 of its nationals "
      "from northern Mali so far, a ministry official said, adding that as many as 300 more "
      "were waiting to cross at Bordj Badji Mokhtar. The United Nations says more than 200,000 "
      "people have fled the fighting in northern Mali since January, many of them into "
      "neighbouring countries.",
      [C("six", 6, "exact", "hostages", "Algerian consulate staff seized in Gao", DZ_FM),
       C("fewer than 100", 100, "fewer_than", "displaced", "Algerians evacuated from Mali",
         "a ministry official"),
       C("as many as 300", 300, "at_most", "displaced", "Algerians waiting to cross",
         "a ministry official", cat_alt=["other"]),
       C("more than 200,000", 200000, "more_than", "displaced", "people who fled northern Mali",
         "The United Nations")]),

    P("d92_029",
      "Updated - June 21, 2025 10:32 am IST - NEW DELHI\n"
      "A flight carrying 290 Indian nationals, most of them students from Jammu and Kashmir, "
      "landed in Delhi from Mashhad late on Friday, the first evacuation flight from Iran itself "
      "under Operation Sindhu, the Ministry of External Affairs said. Earlier, 110 students had "
      "been moved by road from Urmia to Yerevan in Armenia and flown home on Thursday. \"Two "
      "more flights, from Ashgabat and Mashhad, are scheduled for Saturday,\" MEA spokesperson "
      "Randhir Jaiswal posted on X, adding that the total brought home would then be more than "
      "1,100. The Iranian health ministry says at least 224 people have been killed in Israeli "
      "strikes since June 13. About 10,000 Indians live in Iran, according to the MEA.",
      [C("290", 290, "exact", "displaced", "Indian nationals flown from Mashhad", MEA_IN),
       C("110", 110, "exact", "displaced", "students moved from Urmia to Yerevan", MEA_IN,
         attr_alt=[None]),
       C("Two", 2, "exact", "other", "evacuation flights scheduled", JAISWAL, optional=True,
         cat_alt=["aid"]),
       C("more than 1,100", 1100, "more_than", "displaced", "Indians brought home in total",
         JAISWAL),
       C("at least 224", 224, "at_least", "killed", "people killed in Israeli strikes on Iran",
         "The Iranian health ministry"),
       C("About 10,000", 10000, "about", "population", "Indians living in Iran", "the MEA",
         attr_alt=[MEA_IN])],
      published="2025-06-21"),

    P("d92_030",
      "ASMARA, June 22, 1998 (AFP) - More than 1,000 Eritreans and Ethiopians of Eritrean origin "
      "expelled from Ethiopia arrived in Asmara on Monday on buses and on foot, bringing the "
      "total deported since the border war began last month to about 3,200, the Eritrean "
      "government said. Many said they had been given less than 24 hours to leave and had lost "
      "homes and businesses. Addis Ababa says those expelled were a security risk and that "
      "fewer than 500 had been sent across. The International Committee of the Red Cross said "
      "it had visited 12 detention centres in Ethiopia holding Eritreans, and that it believed "
      "up to 1,500 people were still held.",
      [C("More than 1,000", 1000, "more_than", "displaced", "expelled Eritreans arriving in Asmara",
         ER_GOV, cat_alt=["other"]),
       C("about 3,200", 3200, "about", "displaced", "people deported from Ethiopia in total",
         ER_GOV),
       C("fewer than 500", 500, "fewer_than", "displaced", "people expelled, per Addis Ababa",
         "Addis Ababa"),
       C("12", 12, "exact", "infrastructure", "detention centres visited by the ICRC", ICRC_ER,
         cat_alt=["other"]),
       C("up to 1,500", 1500, "at_most", "detained", "Eritreans still held in Ethiopia", ICRC_ER)],
      published="1998-06-22"),

    P("d92_031",
      "BOGOTA, Colombia (AP) — Two Colombian air force planes landed in Bogota on Tuesday with "
      "201 migrants deported from the United States, days after President Gustavo Petro turned "
      "back U.S. military flights in a dispute with President Donald Trump. Among those who "
      "arrived were 21 children, Colombia's foreign ministry said. Petro's government said it "
      "would send planes for as many as 15,660 Colombians who have final deportation orders in "
      "the U.S. Migration Colombia said none of the deportees had pending arrest warrants. Trump "
      "had threatened 25% tariffs on Colombian goods before Petro backed down.",
      [C("Two", 2, "exact", "other", "air force planes", None, optional=True, cat_alt=["aid"]),
       C("201", 201, "exact", "displaced", "migrants deported from the US", None,
         cat_alt=["other"], attr_alt=[CO_FM]),
       C("21", 21, "exact", "displaced", "children among the deportees", CO_FM),
       C("as many as 15,660", 15660, "at_most", "displaced",
         "Colombians with final deportation orders", "Petro's government", cat_alt=["other"])]),

    P("d92_032",
      "AMMAN, Dec 10, 1990 (Reuters) - More than 300 Westerners who had been held in Iraq and "
      "Kuwait since the August invasion flew into Amman and Frankfurt on Monday, among the "
      "first to leave after President Saddam Hussein said all foreign \"guests\" were free to "
      "go. An Iraqi Airways charter brought 174 Americans to Frankfurt, U.S. officials said; a "
      "British Airways jet collected 150 Britons. Iraqi officials said about 3,000 foreigners, "
      "including Japanese, Soviet and European citizens, would leave over the coming week. Some "
      "had been used as human shields at military and industrial sites for nearly four months.",
      [C("More than 300", 300, "more_than", "hostages", "Westerners freed from Iraq and Kuwait",
         None, cat_alt=["displaced"], attr_alt=["U.S. officials"]),
       C("174", 174, "exact", "hostages", "freed Americans flown to Frankfurt", "U.S. officials",
         cat_alt=["displaced"]),
       C("150", 150, "exact", "hostages", "freed Britons collected", "U.S. officials",
         cat_alt=["displaced"], attr_alt=[None]),
       C("about 3,000", 3000, "about", "hostages", "foreigners due to leave Iraq",
         "Iraqi officials", cat_alt=["displaced"])],
      published="1990-12-10"),

    P("d92_033",
      "COLOMBO, July 22 (Reuters) - Hundreds of Sri Lankan troops and police armed with batons "
      "raided the main anti-government protest camp in Colombo before dawn on Friday, tearing "
      "down tents outside the Presidential Secretariat hours before protesters had planned to "
      "leave, witnesses said. Police said nine people had been arrested, among them two lawyers, "
      "and that two of them had been injured. The Bar Association said between 40 and 50 people "
      "were hurt, including journalists, and the Human Rights Commission said it had received 24 "
      "complaints of assault. The raid came a day after Ranil Wickremesinghe was sworn in as "
      "president, 105 days after the protest movement set up camp at Galle Face Green.",
      [C("Hundreds", 100, "vague", "troops", "troops and police in the raid", "witnesses",
         attr_alt=[None]),
       C("nine", 9, "exact", "detained", "people arrested in the raid", "Police"),
       C("two", 2, "exact", "detained", "lawyers among those arrested", "Police",
         ctx="two lawyers"),
       C("two", 2, "exact", "injured", "arrested people injured", "Police", cat_alt=["detained"],
         ctx="two of them"),
       C("between 40 and 50", 40, "range", "injured", "people hurt in the raid",
         "The Bar Association", high=50),
       C("24", 24, "exact", "other", "complaints of assault received",
         "the Human Rights Commission", optional=True)]),

    P("d92_034",
      "LONDON, Nov 15, 2023 (Reuters) - Britain's Supreme Court ruled on Wednesday that the "
      "government's plan to send asylum seekers to Rwanda was unlawful, dealing a blow to Prime "
      "Minister Rishi Sunak, 43, who has made \"stopping the boats\" a central promise before "
      "next year's election. The judges ruled unanimously, upholding a Court of Appeal decision "
      "from June. Britain has already paid Rwanda 140 million pounds under the 2022 deal, which "
      "has yet to see a single flight take off. Sunak said he would draw up a new treaty with "
      "Kigali within weeks.",
      [],
      published="2023-11-15"),
]

PASSAGES = PART1 + PART2 + PART3 + PART4


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d92_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=34)
