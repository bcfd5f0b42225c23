"""Source of the thirty-fifth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, date lines and bullets' labels) on
humanitarian crises and relief operations from 2000 to 2025: sieges and airdrops, aid convoys and
relief flights, refugee and displacement camps, famine and malnutrition, cholera, diphtheria and
Ebola in war zones, donor conferences. Written for this set (none copied from an article) in the
styles of UN and NGO releases (WFP, UNHCR briefing notes, MSF press releases, UNICEF, WHO, NRC,
OCHA flash updates with HIGHLIGHTS bullets), wire copy (Reuters, AP, AFP, Lusa, Xinhua), a
Reuters factbox, a "what we know" box, local papers (Uganda, Cameroon, Kenya, Pakistan, Ukraine)
and donor announcements. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of
``tests/devset2`` to ``tests/devset33`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts. One passage
holds only non-claims.

Run ``python tests/devset35/build_devset35.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

WFP_DZ = "The World Food Programme (WFP)"
GUNNESS = "UNRWA spokesman Chris Gunness"
MSF_TAIZ = "Médecins Sans Frontières (MSF)"
KLEIJER = "Karline Kleijer, MSF's emergency manager for Yemen"
IOM = "The International Organization for Migration"
NRC = "the Norwegian Refugee Council (NRC)"
MSF_FULL = "Médecins Sans Frontières (MSF)"
OPM = "officials from the Office of the Prime Minister (OPM)"
BARYA = "the OPM's refugee desk officer in Yumbe, Mr Robert Baryamwesiga"
CO_MFA = "Colombia's foreign ministry"
GUAIDO = "Opposition leader Juan Guaidó"
UG_MOH = "the Ministry of Health"
ACENG = "Health minister Dr Jane Ruth Aceng"
WHO_BD = "The World Health Organization (WHO)"
NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
WCK = "World Central Kitchen"
HALEVI = "Israel's military chief, Lt. Gen. Herzi Halevi"
WHO_YE = "the World Health Organization (WHO)"
YE_MOH = "The Houthi-run health ministry"
NWFP = "the NWFP government"
SHAKEEL = "Provincial relief commissioner Shakeel Qadir"
NDRMC = "the National Disaster Risk Management Commission (NDRMC)"
SPINDLER = "UNHCR spokesperson William Spindler"
NE_GOV = "the Niger government"
KHAIRE = "Prime Minister Hassan Ali Khaire"
OCHA_AF = "the U.N.'s humanitarian office"
ZHYV = ("the head of the Sumy Regional State Administration, Dmytro Zhyvytskyy")
JMC = "the Joint Military Commission"
OCHA_SD = "the UN Office for the Coordination of Humanitarian Affairs (OCHA)"
KRCS = "the society's regional coordinator"

PASSAGES = [
    # --- Sieges, airdrops and convoys in Syria ---------------------------------------------------
    P("d35_001",
      "WFP completes first successful airdrop over besieged Deir ez-Zor\n"
      "Amman, 11 April 2016 – The World Food Programme (WFP) has completed its first successful "
      "high-altitude airdrop over the besieged Syrian city of Deir ez-Zor, delivering 20 tonnes "
      "of food to people cut off by Islamic State fighters since early 2015. An Ilyushin-76 "
      "cargo plane released 21 pallets from an altitude of about 7,000 metres, and the Syrian "
      "Arab Red Crescent confirmed that all of them had landed inside the drop zone. An "
      "estimated 200,000 people live in the government-held districts of the city, where a "
      "kilogram of sugar now costs ten times what it does in Damascus. A first attempt in "
      "February failed when 10 pallets drifted off target and several others were damaged on "
      "landing. WFP plans a further 14 drops over the coming weeks, carrying rice, lentils, "
      "beans and salt.",
      [C("20", 20, "exact", "aid", "tonnes of food airdropped", None, attr_alt=[WFP_DZ]),
       C("21", 21, "exact", "aid", "pallets released", None, attr_alt=[WFP_DZ]),
       C("An estimated 200,000", 200000, "about", "population",
         "people in government-held Deir ez-Zor", None, attr_alt=[WFP_DZ]),
       C("10", 10, "exact", "aid", "pallets that drifted off target", None, attr_alt=[WFP_DZ]),
       C("14", 14, "exact", "other", "further airdrops planned", None, attr_alt=[WFP_DZ],
         cat_alt=["aid"], optional=True)],
      published="2016-04-11"),

    P("d35_002",
      "DAMASCUS, Feb 2 (AFP) - The UN agency for Palestinian refugees handed out 1,026 food "
      "parcels inside the besieged Yarmouk camp on Sunday, its largest distribution since "
      "deliveries resumed last month, UNRWA spokesman Chris Gunness said. Each parcel is meant "
      "to last a family about 10 days. Some 18,000 Palestinians remain trapped in the district "
      "on the southern edge of Damascus, down from about 160,000 before the war, he said. "
      "Activists say at least 70 people have died of hunger-related causes in the camp since "
      "the siege was tightened in July, among them women and infants. A photograph released by "
      "UNRWA showed thousands of residents queuing among the ruins.",
      [C("1,026", 1026, "exact", "aid", "food parcels distributed in Yarmouk", GUNNESS),
       C("Some 18,000", 18000, "about", "population", "Palestinians trapped in Yarmouk",
         GUNNESS, attr_alt=["he"]),
       C("about 160,000", 160000, "about", "population", "Yarmouk residents before the war",
         GUNNESS, attr_alt=["he"]),
       C("at least 70", 70, "at_least", "killed", "hunger-related deaths in Yarmouk",
         "Activists"),
       C("thousands", 1000, "vague", "other", "residents queuing in the photograph", None,
         attr_alt=["UNRWA"])]),

    P("d35_003",
      "Jordan: Zaatari camp population passes 100,000\n"
      "Briefing notes | 19 March 2013\n"
      "The number of Syrian refugees living in Zaatari camp in northern Jordan has passed "
      "100,000, making it in effect one of the largest cities in the country. Between 1,500 "
      "and 3,000 Syrians are arriving at the camp every night, many of them women and children "
      "who crossed the border on foot. Jordan now hosts more than 360,000 refugees from Syria, "
      "and more than 70 percent of them live outside camps, in towns and villages of the north. "
      "A second camp at Mrajeeb al-Fhood, funded by the United Arab Emirates and designed for "
      "25,000 people, is due to open next month. Since December, UNHCR and its partners have "
      "distributed 12,000 winterised tents and 60,000 blankets in Zaatari.",
      [C("100,000", 100000, "more_than", "displaced", "Zaatari population (headline)",
         cat_alt=["population"], ctx="passes 100,000"),
       C("100,000", 100000, "more_than", "displaced", "Syrian refugees in Zaatari", None,
         attr_alt=["UNHCR"], cat_alt=["population"], ctx="has passed 100,000"),
       C("Between 1,500 and 3,000", 1500, "range", "displaced", "nightly arrivals at Zaatari",
         None, high=3000, attr_alt=["UNHCR"]),
       C("more than 360,000", 360000, "more_than", "displaced", "Syrian refugees in Jordan",
         None, attr_alt=["UNHCR"]),
       C("more than 70 percent", 70, "more_than", "other", "share living outside camps", None,
         attr_alt=["UNHCR"], optional=True),
       C("25,000", 25000, "exact", "other", "capacity of the Mrajeeb al-Fhood camp", None,
         attr_alt=["UNHCR"], optional=True),
       C("12,000", 12000, "exact", "aid", "winterised tents distributed", None,
         attr_alt=["UNHCR"]),
       C("60,000", 60000, "exact", "aid", "blankets distributed", None, attr_alt=["UNHCR"])],
      published="2013-03-19"),

    # --- Yemen: a besieged city, a grain store and a medical air bridge ------------------------
    P("d35_004",
      "Yemen: Siege of Taiz leaves hospitals without oxygen\n"
      "Press release | 2 December 2015\n"
      "Médecins Sans Frontières (MSF) teams in Taiz have received more than 1,300 wounded people "
      "since fighting intensified in the city in late August, at least 200 of them children. "
      "Only six of the city's 20 hospitals are still partly functioning, and fewer than 40 "
      "doctors are still working in the enclave. Since early November, checkpoints around the "
      "besieged districts have blocked oxygen cylinders, intravenous fluids and fuel; on 24 "
      "November a truck carrying 40 oxygen cylinders waited at a checkpoint for nine hours "
      "before it was turned back. \"We are asking for a simple thing: let medical supplies "
      "through,\" said Karline Kleijer, MSF's emergency manager for Yemen. An estimated 200,000 "
      "people remain inside the enclave.",
      [C("more than 1,300", 1300, "more_than", "injured", "wounded received by MSF in Taiz",
         None, attr_alt=[MSF_TAIZ]),
       C("at least 200", 200, "at_least", "injured", "wounded children", None,
         attr_alt=[MSF_TAIZ]),
       C("six", 6, "exact", "infrastructure", "hospitals still partly functioning", None,
         attr_alt=[MSF_TAIZ]),
       C("20", 20, "exact", "infrastructure", "hospitals in Taiz", None, attr_alt=[MSF_TAIZ]),
       C("fewer than 40", 40, "fewer_than", "other", "doctors working in the enclave", None,
         attr_alt=[MSF_TAIZ]),
       C("40", 40, "exact", "aid", "oxygen cylinders on a blocked truck", None,
         attr_alt=[MSF_TAIZ], ctx="carrying 40 oxygen"),
       C("An estimated 200,000", 200000, "about", "population", "people inside the Taiz enclave",
         None, attr_alt=[MSF_TAIZ])],
      published="2015-12-02"),

    P("d35_005",
      "AMMAN, Nov 4 (Reuters) - A joint U.N. and Syrian Arab Red Crescent convoy of 78 "
      "trucks reached the Rukban camp on the Syrian-Jordanian border on Saturday, the first aid "
      "to get through since January, the United Nations said. The convoy carried food, "
      "nutrition supplements, hygiene kits and medicines for some 50,000 people, most of them "
      "women and children, who are stranded in the desert near the U.S. garrison at al-Tanf. "
      "Aid workers also began vaccinating about 10,000 children against measles and polio, U.N. "
      "officials said. Residents say several children and elderly people have died in recent "
      "weeks for lack of medical care, and a kilo of flour costs around $1.50 in the camp's "
      "market. The convoy travelled more than 250 km from Damascus under an escort of Russian "
      "military police, a Syrian official said.",
      [C("78", 78, "exact", "aid", "trucks in the Rukban convoy", "the United Nations"),
       C("some 50,000", 50000, "about", "displaced", "people stranded in Rukban",
         "the United Nations", attr_alt=[None], cat_alt=["other", "population"]),
       C("about 10,000", 10000, "about", "other", "children vaccinated in Rukban",
         "U.N. officials", cat_alt=["aid"])],
),

    # --- Iraq ----------------------------------------------------------------------------------
    P("d35_006",
      "HAMMAM AL-ALIL, Iraq (AP) — Buses packed with families from western Mosul pulled into the "
      "screening center here on Tuesday, where Iraqi officials said more than 8,000 people had "
      "arrived in the past 24 hours alone. The International Organization for Migration says "
      "over 200,000 people have been displaced since the offensive on the western half of the "
      "city began on Feb. 19, and that the two camps at Hammam al-Alil, built to hold 30,000, "
      "are already full. Aid workers handed out bottled water and bread to people who had "
      "walked for up to six hours to reach army lines. \"We ate flour mixed with water for two "
      "weeks,\" said Umm Ahmed, 41, who arrived with her seven children. A U.N. official said "
      "15 patients with gunshot and blast wounds had been taken from the center to a field "
      "hospital that morning.",
      [C("more than 8,000", 8000, "more_than", "displaced", "arrivals in 24 hours",
         "Iraqi officials"),
       C("over 200,000", 200000, "more_than", "displaced", "people displaced from west Mosul",
         IOM),
       C("two", 2, "exact", "infrastructure", "camps at Hammam al-Alil", IOM,
         cat_alt=["other"], optional=True, ctx="the two camps"),
       C("30,000", 30000, "exact", "other", "capacity of the two camps", IOM, optional=True),
       C("seven", 7, "exact", "displaced", "Umm Ahmed's children", None, optional=True),
       C("15", 15, "exact", "injured", "wounded patients taken to a field hospital",
         "A U.N. official")]),

    P("d35_007",
      "Iraq: Fallujah exodus overwhelms camps as temperatures soar\n"
      "Published 20. Jun 2016\n"
      "More than 84,000 people have fled Fallujah and the surrounding areas since the military "
      "operation to retake the city began four weeks ago, the Norwegian Refugee Council (NRC) "
      "said today. More than 30,000 of them arrived in the camps in the last three days alone. "
      "Families are sleeping in the open in Amiriyat al-Fallujah, where temperatures reach 47 "
      "degrees Celsius, and NRC teams are trucking in 25,000 litres of drinking water a day, far "
      "short of what is needed. \"People are dying in the camps from the heat and the lack of "
      "clean water,\" said Nasr Muflahi, NRC's country director in Iraq. At least four people, "
      "including a child, have died of heat-related illnesses, according to camp managers. The "
      "humanitarian appeal for Iraq is only 31 per cent funded.",
      [C("More than 84,000", 84000, "more_than", "displaced", "people who fled Fallujah", NRC),
       C("More than 30,000", 30000, "more_than", "displaced", "arrivals in three days", NRC,
         attr_alt=[None]),
       C("25,000", 25000, "exact", "aid", "litres of drinking water a day", None,
         attr_alt=["NRC"]),
       C("At least four", 4, "at_least", "killed", "heat deaths in the camps",
         "camp managers")],
      published="2016-06-20"),

    # --- Refugee camps in the Sahel, Cameroon and Uganda ---------------------------------------
    P("d35_008",
      "Mauritania: Malian refugees in Mbera face a nutritional emergency\n"
      "Press release | 27 March 2013\n"
      "A retrospective mortality survey carried out by Médecins Sans Frontières (MSF) in Mbera "
      "camp, in south-eastern Mauritania, found a crude mortality rate of 0.89 deaths per 10,000 "
      "people per day, above the emergency threshold. Among children under five, the rate was "
      "2.0 per 10,000 per day. The survey covered 1,520 households. Some 70,000 refugees who "
      "fled the fighting in northern Mali now live in the camp, 50 km from the border, and more "
      "than 7,000 children have been admitted to MSF's nutrition programme since January. "
      "\"Most of the deaths we recorded happened after people arrived in the camp, not during "
      "their flight,\" said Marie-Christine Ferir, MSF's emergency coordinator.",
      [C("1,520", 1520, "exact", "other", "households surveyed", None, attr_alt=[MSF_FULL],
         optional=True),
       C("Some 70,000", 70000, "about", "displaced", "Malian refugees in Mbera", None,
         attr_alt=[MSF_FULL], cat_alt=["population"]),
       C("more than 7,000", 7000, "more_than", "other", "children admitted for malnutrition",
         None, attr_alt=[MSF_FULL], cat_alt=["injured"])],
      published="2013-03-27"),

    P("d35_009",
      "Minawao camp stretched to the limit as Nigerians keep arriving\n"
      "Friday, March 6, 2015\n"
      "MOKOLO – Minawao refugee camp, opened in 2013 for 15,000 people, now shelters more than "
      "36,000 Nigerians who fled Boko Haram attacks in Borno and Adamawa states, the camp's "
      "administrator told this paper on Wednesday. Between 300 and 500 new arrivals are "
      "registered every week, he said. The camp has 27 boreholes, but water trucks still bring "
      "in around 400,000 litres a day from Mokolo, 25 kilometres away. Last month the "
      "government moved 4,200 refugees who had been living in border villages to the camp, and "
      "UNHCR says about 2,000 more are waiting at the Gourounguel transit site. Four "
      "classrooms built by UNICEF opened in January for more than 9,000 school-age children.",
      [C("15,000", 15000, "exact", "other", "Minawao's original capacity", None,
         optional=True),
       C("more than 36,000", 36000, "more_than", "displaced", "Nigerian refugees in Minawao",
         "the camp's administrator", cat_alt=["population"]),
       C("Between 300 and 500", 300, "range", "displaced", "new arrivals a week",
         "the camp's administrator", high=500, attr_alt=["he"]),
       C("27", 27, "exact", "infrastructure", "boreholes in the camp",
         "the camp's administrator", attr_alt=[None], optional=True),
       C("around 400,000", 400000, "about", "aid", "litres of water trucked in a day",
         "the camp's administrator", attr_alt=[None]),
       C("4,200", 4200, "exact", "displaced", "refugees moved from border villages", None,
         attr_alt=["the government"]),
       C("about 2,000", 2000, "about", "displaced", "refugees waiting at Gourounguel", "UNHCR"),
       C("Four", 4, "exact", "infrastructure", "classrooms built by UNICEF", None),
       C("more than 9,000", 9000, "more_than", "population", "school-age children in the camp",
         None, cat_alt=["displaced", "other"])],
      published="2015-03-06"),

    P("d35_010",
      "Bidibidi now the world's largest refugee settlement\n"
      "Tuesday April 18 2017\n"
      "YUMBE. Bidibidi refugee settlement in Yumbe District now hosts more than 272,000 South "
      "Sudanese refugees, making it the largest settlement of its kind in the world, officials "
      "from the Office of the Prime Minister (OPM) said yesterday. The settlement was opened in "
      "August last year and was full in less than four months. Uganda has received close to "
      "800,000 refugees from South Sudan since July 2016, and about 2,000 still cross every day "
      "through Kuluba and Oraba, the OPM's refugee desk officer in Yumbe, Mr Robert "
      "Baryamwesiga, said. The World Food Programme has warned that it may have to halve "
      "rations from May because of a funding gap of $83 million. \"We have 86 primary schools "
      "here, and some classes have more than 200 pupils,\" Mr Baryamwesiga said.",
      [C("more than 272,000", 272000, "more_than", "displaced", "refugees in Bidibidi", OPM,
         cat_alt=["population"]),
       C("close to 800,000", 800000, "about", "displaced", "South Sudanese refugees in Uganda",
         BARYA),
       C("about 2,000", 2000, "about", "displaced", "refugees crossing each day", BARYA),
       C("86", 86, "exact", "infrastructure", "primary schools in Bidibidi",
         "Mr Baryamwesiga", attr_alt=[BARYA]),
       C("more than 200", 200, "more_than", "population", "pupils in some classes",
         "Mr Baryamwesiga", attr_alt=[BARYA], cat_alt=["other"], optional=True)],
      published="2017-04-18"),

    # --- Venezuela's border aid -------------------------------------------------------------------
    P("d35_011",
      "CUCUTA, Colombia (AP) — Two trucks loaded with U.S.-donated food and medicine were set on "
      "fire on the Francisco de Paula Santander bridge on Saturday as Venezuelan security forces "
      "blocked the opposition's attempt to bring aid into the country, Colombian officials said. "
      "Colombia's foreign ministry said 285 people had been injured in clashes along the border, "
      "most of them on the Venezuelan side, and that at least 60 members of Venezuela's armed "
      "forces had deserted and crossed into Colombia during the day. Opposition leader Juan "
      "Guaidó had said the convoys would carry some 600 tons of aid stockpiled in Cúcuta, 10 "
      "kilometers from the border. Of the 14 trucks that set out from Colombia and Brazil, none "
      "got across. President Nicolás Maduro's government says the aid is a pretext for a U.S. "
      "invasion and denies that there is a humanitarian crisis.",
      [C("Two", 2, "exact", "aid", "aid trucks set on fire", "Colombian officials"),
       C("285", 285, "exact", "injured", "people injured in border clashes", CO_MFA),
       C("at least 60", 60, "at_least", "troops", "Venezuelan soldiers who deserted", CO_MFA,
         cat_alt=["displaced"]),
       C("some 600", 600, "about", "aid", "tons of aid stockpiled in Cúcuta", GUAIDO),
       C("14", 14, "exact", "aid", "aid trucks that set out", None)]),

    # --- Malnutrition and hunger ------------------------------------------------------------------
    P("d35_012",
      "Children in Kasai face a deadly combination of violence and hunger\n"
      "KINSHASA/GENEVA, 15 December 2017 – At least 400,000 children under five in the Kasai "
      "region of the Democratic Republic of the Congo are at risk of dying from severe acute "
      "malnutrition in the coming months unless urgent action is taken, UNICEF warned today. "
      "Violence that erupted in August 2016 has forced 1.4 million people from their homes, "
      "among them 850,000 children, and has left more than 200 health centres and 400 schools "
      "damaged or destroyed. \"Families have been living in the bush, eating roots and wild "
      "leaves,\" said Tajudeen Oyewale, UNICEF's Deputy Representative in the country. UNICEF "
      "and its partners treated 48,000 children for severe acute malnutrition in the Kasais "
      "this year, but dozens of health centres cannot be reached. UNICEF's 2018 appeal for the "
      "country is $268 million.",
      [C("At least 400,000", 400000, "at_least", "other",
         "children at risk of dying of severe acute malnutrition", "UNICEF",
         cat_alt=["injured"]),
       C("1.4 million", 1_400_000, "exact", "displaced", "people forced from their homes",
         "UNICEF", attr_alt=[None]),
       C("850,000", 850000, "exact", "displaced", "displaced children", "UNICEF",
         attr_alt=[None]),
       C("more than 200", 200, "more_than", "infrastructure", "health centres damaged",
         "UNICEF", attr_alt=[None]),
       C("400", 400, "exact", "infrastructure", "schools damaged or destroyed", "UNICEF",
         attr_alt=[None]),
       C("48,000", 48000, "exact", "other", "children treated for malnutrition", "UNICEF",
         attr_alt=[None], cat_alt=["injured", "aid"]),
       C("dozens", 12, "vague", "infrastructure", "health centres out of reach", "UNICEF",
         attr_alt=[None], cat_alt=["other"])],
      published="2017-12-15"),

    P("d35_013",
      "Nigeria: Catastrophic malnutrition found in Bama camp\n"
      "Press release | 22 June 2016\n"
      "A Médecins Sans Frontières (MSF) team that reached the town of Bama in Borno state on 21 "
      "June under military escort found a humanitarian catastrophe in a camp sheltering some "
      "24,000 people, among them 15,000 children. Nearly one in five children screened were "
      "suffering from severe acute malnutrition, and the team counted 1,233 graves dug near the "
      "camp over the past year, 480 of them for children. Camp residents told MSF that at least "
      "188 people had died since 23 May, an average of six deaths a day, mostly from diarrhoea "
      "and malnutrition. MSF evacuated 16 children in critical condition to its hospital in "
      "Maiduguri and has started a nutrition programme in the camp.",
      [C("some 24,000", 24000, "about", "displaced", "people in Bama camp", None,
         attr_alt=[MSF_FULL], cat_alt=["population"]),
       C("15,000", 15000, "exact", "displaced", "children in Bama camp", None,
         attr_alt=[MSF_FULL], cat_alt=["population"]),
       C("1,233", 1233, "exact", "other", "graves dug near the camp", None,
         attr_alt=[MSF_FULL], cat_alt=["killed"], optional=True),
       C("480", 480, "exact", "other", "children's graves", None, attr_alt=[MSF_FULL],
         cat_alt=["killed"], optional=True),
       C("at least 188", 188, "at_least", "killed", "deaths in Bama camp since 23 May",
         "Camp residents"),
       C("six", 6, "exact", "killed", "deaths a day in Bama camp", "Camp residents",
         attr_alt=[None]),
       C("16", 16, "exact", "other", "critically ill children evacuated", None,
         attr_alt=["MSF"], cat_alt=["injured"])],
      published="2016-06-22"),

    # --- Epidemics in crises -------------------------------------------------------------------
    P("d35_014",
      "HARARE, Dec 11 (Reuters) - Zimbabwe's cholera epidemic has killed 792 people and infected "
      "16,700 since August, the World Health Organisation said on Thursday, as President Robert "
      "Mugabe's information minister insisted the outbreak was under control. The WHO said 60 "
      "percent of the deaths were occurring outside health facilities, a sign that people could "
      "not reach clinics. Harare's water utility stopped pumping to the capital on Dec. 1 after "
      "running out of treatment chemicals, leaving about 1.5 million people without piped "
      "water, aid agencies said. Across the border in South Africa, 11 Zimbabweans who had "
      "crossed for treatment have died of cholera at Musina, provincial officials said. UNICEF "
      "said it was bringing in enough water-treatment chemicals to supply Harare for 12 weeks.",
      [C("792", 792, "exact", "killed", "cholera deaths in Zimbabwe",
         "the World Health Organisation"),
       C("16,700", 16700, "exact", "other", "cholera cases in Zimbabwe",
         "the World Health Organisation"),
       C("60 percent", 60, "exact", "other", "share of deaths outside health facilities",
         "The WHO", attr_alt=["the World Health Organisation"], optional=True),
       C("about 1.5 million", 1_500_000, "about", "other", "people without piped water",
         "aid agencies", cat_alt=["population", "infrastructure"]),
       C("11", 11, "exact", "killed", "Zimbabweans who died of cholera at Musina",
         "provincial officials", ctx="11 Zimbabweans")]),

    P("d35_015",
      "Cholera kills 36 in Hoima as Congolese refugees keep arriving\n"
      "Published: February 27, 2018\n"
      "HOIMA – The death toll from a cholera outbreak among Congolese refugees in Hoima district "
      "has risen to 36, and 1,867 people have been treated for the disease since February 15, "
      "the Ministry of Health said on Tuesday. Most of the cases are at Sebagoro landing site on "
      "Lake Albert and in Kyangwali settlement, where more than 57,000 refugees have arrived "
      "since December. Health minister Dr Jane Ruth Aceng said four treatment centres had been "
      "set up and that 360,000 doses of oral cholera vaccine were expected this week. \"The "
      "boats are overcrowded, with up to 150 people on each, and many are sick before they "
      "land,\" she said. The UN refugee agency says between 200 and 500 people are crossing the "
      "lake every day.",
      [C("36", 36, "exact", "killed", "cholera deaths in Hoima (headline)",
         ctx="Cholera kills 36"),
       C("36", 36, "exact", "killed", "cholera deaths in Hoima", UG_MOH, ctx="risen to 36"),
       C("1,867", 1867, "exact", "other", "people treated for cholera", UG_MOH,
         cat_alt=["injured"]),
       C("more than 57,000", 57000, "more_than", "displaced", "refugees arrived in Kyangwali",
         None, attr_alt=[UG_MOH]),
       C("four", 4, "exact", "infrastructure", "cholera treatment centres", ACENG,
         cat_alt=["other"]),
       C("360,000", 360000, "exact", "aid", "doses of oral cholera vaccine", ACENG),
       C("up to 150", 150, "at_most", "other", "people on each boat", ACENG,
         attr_alt=["she"]),
       C("between 200 and 500", 200, "range", "displaced", "people crossing Lake Albert daily",
         "The UN refugee agency", high=500)],
      published="2018-02-27"),

    P("d35_016",
      "Diphtheria spreads in Rohingya camps as WHO scales up response\n"
      "Dhaka, 12 December 2017 – The World Health Organization (WHO) is supporting the health "
      "ministry of Bangladesh to contain a fast-spreading diphtheria outbreak among Rohingya "
      "refugees in Cox's Bazar, where 110 suspected cases, including six deaths, have been "
      "reported since 10 November. Most of the patients are children aged 5 to 14. A "
      "vaccination campaign starting this week aims to reach 255,000 children under 15 in the "
      "camps and host communities. WHO has procured 1,000 vials of diphtheria antitoxin, which "
      "is in short supply worldwide. More than 620,000 refugees have arrived from Myanmar since "
      "25 August, joining some 200,000 who were already in the district.",
      [C("110", 110, "exact", "other", "suspected diphtheria cases", None, attr_alt=[WHO_BD]),
       C("six", 6, "exact", "killed", "diphtheria deaths", None, attr_alt=[WHO_BD]),
       C("255,000", 255000, "exact", "other", "children to be vaccinated", None,
         attr_alt=[WHO_BD], cat_alt=["aid"]),
       C("1,000", 1000, "exact", "aid", "vials of diphtheria antitoxin", None,
         attr_alt=["WHO"]),
       C("More than 620,000", 620000, "more_than", "displaced", "Rohingya arrivals since August",
         None, attr_alt=[WHO_BD]),
       C("some 200,000", 200000, "about", "displaced", "Rohingya already in the district",
         None, attr_alt=[WHO_BD])],
      published="2017-12-12"),

    P("d35_017",
      "GOMA, Congo, Feb 28 (Reuters) - Medecins Sans Frontieres has suspended its work at "
      "two Ebola treatment centres in eastern Congo's North Kivu province after attackers set "
      "fire to them this week, the charity said on Thursday. Assailants burned wards and "
      "vehicles at the centre in Katwa on Sunday night, and a second attack on Wednesday hit the "
      "centre in Butembo. Four patients with confirmed Ebola fled during the first attack and "
      "their whereabouts are unknown, the health ministry said. The outbreak has killed 563 "
      "people and infected 885 since August, making it the second-largest Ebola epidemic on "
      "record, according to the ministry. More than 80,000 people have been vaccinated, the "
      "World Health Organization said.",
      [C("two", 2, "exact", "infrastructure", "Ebola treatment centres attacked", "the charity",
         attr_alt=["Medecins Sans Frontieres"], cat_alt=["other"]),
       C("Four", 4, "exact", "missing", "Ebola patients who fled", "the health ministry"),
       C("563", 563, "exact", "killed", "Ebola deaths", "the ministry",
         attr_alt=["the health ministry"]),
       C("885", 885, "exact", "other", "Ebola cases", "the ministry",
         attr_alt=["the health ministry"]),
       C("More than 80,000", 80000, "more_than", "other", "people vaccinated against Ebola",
         "the World Health Organization", cat_alt=["aid"])],
),

    # --- Relief after Haiyan ------------------------------------------------------------------------
    P("d35_018",
      "FACTBOX-Typhoon Haiyan: the relief effort in numbers\n"
      "Nov 15 (Reuters) - Following are key figures on the response to Typhoon Haiyan, which "
      "struck the central Philippines on Nov. 8:\n"
      "* DEAD: 3,621, according to the National Disaster Risk Reduction and Management Council "
      "(NDRRMC). Another 1,140 people are missing.\n"
      "* DISPLACED: About 921,000 people are in evacuation centres or staying with relatives.\n"
      "* HOUSES: Some 243,000 destroyed, the NDRRMC says.\n"
      "* U.S. MILITARY: More than 1,000 U.S. troops, 12 MV-22 Osprey aircraft and the carrier "
      "USS George Washington are supporting relief operations.\n"
      "* FOOD: The World Food Programme says it has brought 500 tonnes of rice and high-energy "
      "biscuits into Tacloban, enough to feed 150,000 people for a week.\n"
      "* FLIGHTS: Philippine and foreign C-130s have flown 86 sorties into Tacloban airport since "
      "Monday, carrying out about 12,000 evacuees.",
      [C("3,621", 3621, "exact", "killed", "Haiyan dead", NDRRMC),
       C("1,140", 1140, "exact", "missing", "people missing after Haiyan", NDRRMC,
         attr_alt=[None]),
       C("About 921,000", 921000, "about", "displaced", "people in evacuation centres or with "
         "relatives", None),
       C("Some 243,000", 243000, "about", "infrastructure", "houses destroyed", "the NDRRMC",
         attr_alt=[NDRRMC]),
       C("More than 1,000", 1000, "more_than", "troops", "U.S. troops supporting relief", None),
       C("12", 12, "exact", "other", "MV-22 Osprey aircraft", None, cat_alt=["munitions"],
         optional=True),
       C("500", 500, "exact", "aid", "tonnes of food brought into Tacloban",
         "The World Food Programme"),
       C("150,000", 150000, "exact", "other", "people the food can feed for a week",
         "The World Food Programme", cat_alt=["aid"]),
       C("86", 86, "exact", "other", "relief sorties into Tacloban", None, cat_alt=["aid"],
         optional=True),
       C("about 12,000", 12000, "about", "displaced", "evacuees flown out of Tacloban", None)]),

    # --- Gaza: airdrops, the pier, an aid convoy ---------------------------------------------------
    P("d35_019",
      "Five killed as airdropped aid falls on crowd in Gaza\n"
      "Published On 8 Mar 2024\n"
      "At least five people were killed and several others injured in northern Gaza on Friday "
      "when a parachute on an airdropped aid pallet failed to open and the load fell on them, "
      "medical sources said. It happened near al-Shati refugee camp, west of Gaza City, where "
      "hundreds of people had gathered to collect the boxes. The United States carried out its "
      "first airdrop last Saturday, when three C-130 aircraft dropped 66 bundles containing "
      "some 38,000 meals, the US military said. Jordan, France, Egypt and the United Arab "
      "Emirates have also dropped aid. UN agencies say airdrops are no substitute for land "
      "routes: fewer than 100 trucks a day entered Gaza in February, against 500 a day before "
      "the war.",
      [C("Five", 5, "exact", "killed", "people killed by a falling pallet (headline)", None),
       C("At least five", 5, "at_least", "killed", "people killed by a falling pallet",
         "medical sources"),
       C("hundreds", 100, "vague", "other", "people gathered to collect aid", None,
         attr_alt=["medical sources"]),
       C("three", 3, "exact", "other", "C-130 aircraft in the first US airdrop",
         "the US military", cat_alt=["munitions", "aid"], optional=True),
       C("66", 66, "exact", "aid", "bundles dropped", "the US military"),
       C("some 38,000", 38000, "about", "aid", "meals dropped", "the US military"),
       C("fewer than 100", 100, "fewer_than", "aid", "trucks a day into Gaza in February",
         "UN agencies"),
       C("500", 500, "exact", "aid", "trucks a day before the war", "UN agencies")],
      published="2024-03-08"),

    P("d35_020",
      "Gaza's floating pier: what we know\n"
      "Updated: June 28, 2024\n"
      "- Cost: about $230 million. Some 1,000 US service members built and ran it, none of them "
      "on Gaza's soil.\n"
      "- First delivery: trucks rolled off the causeway onto the beach on May 17.\n"
      "- Aid delivered: about 8,800 tonnes reached the shore, according to US Central Command, "
      "but much of it sat for weeks in a marshalling area.\n"
      "- Breakdowns: rough seas broke the pier apart on May 25 and it was out of action for "
      "more than two weeks; four Army vessels ran aground.\n"
      "- Injuries: three service members were hurt, one of them critically (Pentagon).\n"
      "- The World Food Programme paused collections from the pier on June 9, citing the safety "
      "of its staff.",
      [C("Some 1,000", 1000, "about", "troops", "US service members who ran the pier", None),
       C("about 8,800", 8800, "about", "aid", "tonnes of aid delivered via the pier",
         "US Central Command"),
       C("four", 4, "exact", "other", "Army vessels that ran aground", None,
         cat_alt=["munitions"], optional=True),
       C("three", 3, "exact", "injured", "service members hurt", "Pentagon")],
      published="2024-06-28"),

    P("d35_021",
      "DEIR AL-BALAH, Gaza Strip (AP) — An Israeli airstrike killed seven aid workers from the "
      "World Central Kitchen charity, among them citizens of Britain, Australia and Poland, as "
      "they traveled in a three-car convoy in central Gaza late Monday, the group said. The "
      "team had just unloaded more than 100 tons of food brought in by sea at a warehouse in "
      "Deir al-Balah. World Central Kitchen said it was pausing its operations in the region, "
      "and a ship carrying about 240 tons of food turned back to Cyprus without unloading. The "
      "U.N. says more than 200 aid workers have been killed in Gaza since the war began, most of "
      "them U.N. staff. Israel's military chief, Lt. Gen. Herzi Halevi, called the strike a "
      "\"grave mistake\" and said two officers had been dismissed.",
      [C("seven", 7, "exact", "killed", "World Central Kitchen aid workers", "the group",
         attr_alt=[WCK]),
       C("three", 3, "exact", "other", "cars in the convoy", "the group", optional=True),
       C("more than 100", 100, "more_than", "aid", "tons of food unloaded", "the group",
         attr_alt=[None, WCK]),
       C("about 240", 240, "about", "aid", "tons of food on the ship that turned back", WCK),
       C("more than 200", 200, "more_than", "killed", "aid workers killed in Gaza", "The U.N."),
       C("two", 2, "exact", "other", "officers dismissed", HALEVI)]),

    P("d35_022",
      "WFP regains access to Red Sea Mills in Hodeidah\n"
      "SANA'A, 26 February 2019 – A World Food Programme (WFP) team today reached the Red Sea "
      "Mills in Hodeidah for the first time since September, after five months in which the "
      "front line cut off the facility. The silos hold 51,000 metric tons of wheat, enough to "
      "feed 3.7 million people for a month. Two shells struck the compound in January, setting "
      "fire to two silos, and some of the grain may have been spoiled. WFP is scaling up to "
      "reach 12 million people a month in Yemen this year; nearly 20 million Yemenis do not "
      "have enough to eat.",
      [C("51,000", 51000, "exact", "aid", "tonnes of WFP wheat in the mills", None,
         attr_alt=["WFP"]),
       C("3.7 million", 3_700_000, "exact", "other", "people the wheat can feed for a month",
         None, attr_alt=["WFP"], cat_alt=["aid"]),
       C("Two", 2, "exact", "munitions", "shells that struck the mills", None,
         attr_alt=["WFP"]),
       C("two", 2, "exact", "infrastructure", "silos set on fire", None, attr_alt=["WFP"],
         cat_alt=["aid", "other"]),
       C("12 million", 12_000_000, "exact", "other", "people WFP aims to reach a month", None,
         attr_alt=["WFP"], cat_alt=["aid"]),
       C("nearly 20 million", 20_000_000, "about", "other", "Yemenis without enough to eat",
         None, attr_alt=["WFP"], cat_alt=["population"])],
      published="2019-02-26"),

    P("d35_023",
      "SANAA, Feb. 3 (Xinhua) -- The first flight of a UN medical air bridge took off from "
      "Sanaa airport on Monday, carrying seven patients and their companions to Jordan for "
      "treatment, the World Health Organization (WHO) said. It was the first civilian flight to "
      "leave the Houthi-held capital since the Saudi-led coalition closed the airport to "
      "commercial traffic in August 2016. WHO said about 30 patients would be flown out in the "
      "first phase, most of them women and children with cancer, kidney failure or other "
      "conditions that cannot be treated in Yemen. The Houthi-run health ministry says 32,000 "
      "patients have died waiting to travel abroad for treatment since the closure, a figure "
      "that could not be independently verified.",
      [C("seven", 7, "exact", "other", "patients on the first air-bridge flight", WHO_YE,
         cat_alt=["injured", "displaced"]),
       C("about 30", 30, "about", "other", "patients to be flown out in the first phase", "WHO",
         attr_alt=[WHO_YE], cat_alt=["injured", "displaced"]),
       C("32,000", 32000, "exact", "killed", "patients who died waiting to travel", YE_MOH)]),

    # --- Displacement in Pakistan, Ethiopia, the Central African Republic, Niger -------------------
    P("d35_024",
      "PESHAWAR, May 19: Over 1.4 million people have fled the fighting in Malakand division "
      "since the start of the military operation, the NWFP government said on Tuesday, while "
      "the UNHCR put the number registered so far at 1.17 million. Only about 120,000 of the "
      "displaced are living in the 21 camps set up in Mardan, Swabi and Nowshera, officials "
      "said, with the rest staying with relatives and host families or in schools. Provincial "
      "relief commissioner Shakeel Qadir said 1,700 tonnes of wheat flour had been distributed "
      "in the camps since Friday. Police said they had detained 37 suspected militants who had "
      "slipped into Jalozai camp among the displaced. The army said 751 militants and 22 "
      "soldiers had been killed so far; the figures could not be independently verified.",
      [C("Over 1.4 million", 1_400_000, "more_than", "displaced", "people who fled Malakand",
         NWFP),
       C("1.17 million", 1_170_000, "exact", "displaced", "displaced registered by UNHCR",
         "the UNHCR"),
       C("about 120,000", 120000, "about", "displaced", "displaced living in camps",
         "officials"),
       C("21", 21, "exact", "infrastructure", "camps set up for the displaced", "officials",
         cat_alt=["other"]),
       C("1,700", 1700, "exact", "aid", "tonnes of wheat flour distributed", SHAKEEL),
       C("37", 37, "exact", "detained", "suspected militants detained at Jalozai", "Police"),
       C("751", 751, "exact", "killed", "militants killed", "The army"),
       C("22", 22, "exact", "killed", "soldiers killed", "The army")]),

    P("d35_025",
      "ETHIOPIA: Gedeo and West Guji displacement\n"
      "Flash Update No. 3\n"
      "28 June 2018\n"
      "HIGHLIGHTS\n"
      "• Nearly 820,000 people have been displaced in Gedeo zone (SNNPR) and West Guji zone "
      "(Oromia) since April, according to the National Disaster Risk Management Commission "
      "(NDRMC).\n"
      "• Most are sheltering in 171 collective sites, including schools and churches, or with "
      "host families.\n"
      "• Food distributions have reached 420,000 people; another 300,000 have received no "
      "assistance so far.\n"
      "• Screening in Kochere woreda found 1,200 children with severe acute malnutrition.\n"
      "SITUATION OVERVIEW\n"
      "Inter-communal violence along the boundary between the two zones flared again in early "
      "June. Partners estimate that the response requires US$117.7 million, of which only $20 "
      "million is available. Classes have stopped in 94 schools that are being used as "
      "shelters.",
      [C("Nearly 820,000", 820000, "about", "displaced", "people displaced in Gedeo and West "
         "Guji", NDRMC),
       C("171", 171, "exact", "infrastructure", "collective sites sheltering the displaced",
         None, cat_alt=["other"]),
       C("420,000", 420000, "exact", "other", "people reached with food", None,
         cat_alt=["aid"]),
       C("300,000", 300000, "exact", "other", "displaced people without assistance", None,
         cat_alt=["displaced", "population"]),
       C("1,200", 1200, "exact", "other", "children with severe acute malnutrition", None,
         cat_alt=["injured"]),
       C("94", 94, "exact", "infrastructure", "schools used as shelters", None)],
      published="2018-06-28"),

    P("d35_026",
      "BOSSANGOA, Central African Republic (AFP) - Some 40,000 people are crammed "
      "into the grounds of the Catholic mission here, sleeping under mango trees and plastic "
      "sheeting after fleeing attacks by former Seleka rebels and rival vigilante groups, aid "
      "workers said. Medecins Sans Frontieres, which runs the only functioning hospital in the "
      "town, said its teams had treated 58 people for gunshot and machete wounds in the past two "
      "weeks. About 3,000 Muslims have taken refuge at a school on the other side of town, "
      "guarded by Chadian peacekeepers. The UN says 1.1 million people in the country need food "
      "aid, and France has said it will send around 1,000 troops to bolster the African force "
      "of 2,500.",
      [C("Some 40,000", 40000, "about", "displaced", "people sheltering at the Catholic mission",
         "aid workers"),
       C("58", 58, "exact", "injured", "people treated for wounds", "Medecins Sans Frontieres"),
       C("About 3,000", 3000, "about", "displaced", "Muslims sheltering at a school", None),
       C("1.1 million", 1_100_000, "exact", "other", "people needing food aid", "The UN",
         cat_alt=["population"]),
       C("around 1,000", 1000, "about", "troops", "French troops to be sent", "France"),
       C("2,500", 2500, "exact", "troops", "troops in the African force", None,
         attr_alt=["France"])],
),

    P("d35_027",
      "Niger: tens of thousands flee Bosso after Boko Haram attack\n"
      "Briefing notes | 7 June 2016\n"
      "Some 50,000 people have fled the town of Bosso in Niger's Diffa region since Boko Haram "
      "fighters attacked it on Friday, UNHCR spokesperson William Spindler told journalists in "
      "Geneva today. Many are walking some 30 kilometres to Toumour, where there is little "
      "water or shelter. The attack killed 26 Nigerien soldiers and two Nigerian soldiers, "
      "according to the Niger government. The Diffa region was already hosting 241,000 "
      "refugees, returnees and internally displaced people before the attack. Local "
      "authorities say 39 women abducted from the village of Kablewa last month are still "
      "being held.",
      [C("tens of thousands", 10000, "vague", "displaced", "people fleeing Bosso (headline)",
         None),
       C("Some 50,000", 50000, "about", "displaced", "people who fled Bosso", SPINDLER),
       C("26", 26, "exact", "killed", "Nigerien soldiers killed", NE_GOV),
       C("two", 2, "exact", "killed", "Nigerian soldiers killed", NE_GOV),
       C("241,000", 241000, "exact", "displaced",
         "refugees, returnees and displaced in Diffa", SPINDLER, attr_alt=[None]),
       C("39", 39, "exact", "hostages", "women abducted from Kablewa", "Local authorities")],
      published="2016-06-07"),

    # --- South Sudan ---------------------------------------------------------------------------------
    P("d35_028",
      "South Sudan: two MSF staff among dead in attack on Malakal camp\n"
      "Press release | 19 February 2016\n"
      "At least 25 people were killed and more than 50 wounded when armed men opened fire inside "
      "the UN Protection of Civilians (PoC) site in Malakal on 17 and 18 February, and large "
      "parts of the camp were set on fire. Two of the dead were MSF staff members. Our hospital "
      "inside the site treated 108 wounded, 46 of them with gunshot wounds. The site sheltered "
      "some 47,500 people before the attack; about 3,000 of them are now crowded into the MSF "
      "compound and the UN logistics base. The UN Mission in South Sudan (UNMISS) said at "
      "least 12 mortar rounds had struck the site.",
      [C("two", 2, "exact", "killed", "MSF staff killed (headline)", None),
       C("At least 25", 25, "at_least", "killed", "people killed in the Malakal PoC site", None,
         attr_alt=["MSF"]),
       C("more than 50", 50, "more_than", "injured", "people wounded in the Malakal PoC site",
         None, attr_alt=["MSF"]),
       C("Two", 2, "exact", "killed", "MSF staff among the dead", None, attr_alt=["MSF"]),
       C("108", 108, "exact", "injured", "wounded treated at the MSF hospital", None,
         attr_alt=["MSF"]),
       C("46", 46, "exact", "injured", "patients with gunshot wounds", None, attr_alt=["MSF"]),
       C("some 47,500", 47500, "about", "displaced", "people sheltering at the PoC site", None,
         attr_alt=["MSF"], cat_alt=["population"]),
       C("about 3,000", 3000, "about", "displaced", "people crowded into the MSF compound",
         None, attr_alt=["MSF"]),
       C("at least 12", 12, "at_least", "munitions", "mortar rounds that struck the site",
         "The UN Mission in South Sudan (UNMISS)")],
      published="2016-02-19"),

    P("d35_029",
      "JUBA, July 17 (Reuters) - Refugees who fled fighting in Sudan's Blue Nile state are dying "
      "at alarming rates in Batil camp in South Sudan's Maban county, Medecins Sans Frontieres "
      "said on Tuesday. The charity said the camp's crude mortality rate had reached 2.0 deaths "
      "per 10,000 people per day, double the emergency threshold, and that roughly 28 percent "
      "of children under five were acutely malnourished. About 35,000 people live in Batil, one "
      "of four camps in Maban that together hold more than 105,000 refugees, according to "
      "UNHCR. At least 16 refugees died of dehydration while walking to the border in June, "
      "MSF said. Rains have cut the only road into Maban, forcing aid agencies to fly in food "
      "and water-purification tablets.",
      [C("roughly 28 percent", 28, "about", "other", "share of children acutely malnourished",
         "The charity", attr_alt=["Medecins Sans Frontieres"], optional=True),
       C("About 35,000", 35000, "about", "displaced", "refugees in Batil camp", "UNHCR",
         cat_alt=["population"]),
       C("four", 4, "exact", "infrastructure", "camps in Maban", "UNHCR", cat_alt=["other"],
         optional=True),
       C("more than 105,000", 105000, "more_than", "displaced", "refugees in Maban camps",
         "UNHCR", cat_alt=["population"]),
       C("At least 16", 16, "at_least", "killed", "refugees who died of dehydration", "MSF",
         attr_alt=["Medecins Sans Frontieres"])]),

    # --- Drought and hunger --------------------------------------------------------------------------
    P("d35_030",
      "MOGADISHU, March 4 (Reuters) - At least 110 people have died from hunger and diarrhoea in "
      "the past 48 hours in a single region of drought-stricken Somalia, Prime Minister Hassan "
      "Ali Khaire said on Saturday, the first official toll since the government declared a "
      "national disaster this week. The deaths occurred in the Bay region, his office said in a "
      "statement. The United Nations says 6.2 million people, half the population, need "
      "humanitarian assistance, and that 363,000 acutely malnourished children need treatment. "
      "About 7,000 people driven from their land by the drought arrived in the border town of "
      "Dollow in February, the International Organization for Migration said.",
      [C("At least 110", 110, "at_least", "killed", "hunger and diarrhoea deaths in Bay",
         KHAIRE),
       C("6.2 million", 6_200_000, "exact", "other", "Somalis needing humanitarian assistance",
         "The United Nations", cat_alt=["population"]),
       C("363,000", 363000, "exact", "other", "acutely malnourished children",
         "The United Nations", cat_alt=["injured"]),
       C("About 7,000", 7000, "about", "displaced", "drought-displaced arrivals in Dollow",
         "the International Organization for Migration")]),

    P("d35_031",
      "HERAT, Afghanistan (AP) — More than 275,000 people have fled drought in Afghanistan's "
      "western Badghis and Herat provinces this year, the U.N.'s humanitarian office said, many "
      "of them now living in camps of mud and plastic sheeting on the outskirts of Herat city. "
      "UNICEF said it had documented 161 children who were promised in marriage or sold by "
      "families desperate for money between July and October, 37 of them in Herat and 124 in "
      "Badghis, and that the children ranged in age from one month to 16 years. Mamareen, 35, "
      "said she had sold her 6-year-old daughter for $3,000 to pay for food. The World Food "
      "Programme said it was feeding 1.4 million people in the drought-hit provinces and hoped "
      "to reach 2.2 million by the end of the year.",
      [C("More than 275,000", 275000, "more_than", "displaced", "people who fled drought",
         OCHA_AF),
       C("161", 161, "exact", "other", "children promised in marriage or sold", "UNICEF"),
       C("37", 37, "exact", "other", "children sold in Herat", "UNICEF"),
       C("124", 124, "exact", "other", "children sold in Badghis", "UNICEF"),
       C("1.4 million", 1_400_000, "exact", "other", "people fed by WFP",
         "The World Food Programme", cat_alt=["aid"]),
       C("2.2 million", 2_200_000, "exact", "other", "people WFP hopes to reach",
         "The World Food Programme", cat_alt=["aid"])]),

    P("d35_032",
      "Syrian Arab Republic: Recent Developments in Northwest Syria\n"
      "Flash Update No. 9 – As of 21 February 2020\n"
      "HIGHLIGHTS\n"
      "• Since 1 December, nearly 900,000 people have been displaced in northwest Syria, more "
      "than 80 percent of them women and children.\n"
      "• An estimated 170,000 are sleeping in the open or in unfinished buildings, where night "
      "temperatures fall to minus 7 degrees Celsius.\n"
      "• At least nine children, among them a seven-month-old baby, have died of cold-related "
      "causes, according to health partners.\n"
      "• The UN cross-border operation sent 1,227 trucks of aid through Bab al-Salam and its "
      "sister crossing in January, the highest monthly total since it began in 2014.\n"
      "SITUATION OVERVIEW\n"
      "Air strikes and shelling hit 10 health facilities in the past week, and 79 facilities "
      "have suspended operations since December, WHO reports.",
      [C("nearly 900,000", 900000, "about", "displaced", "people displaced in northwest Syria",
         None),
       C("more than 80 percent", 80, "more_than", "other", "share of women and children", None,
         optional=True),
       C("An estimated 170,000", 170000, "about", "displaced", "people sleeping in the open",
         None),
       C("At least nine", 9, "at_least", "killed", "children dead of cold", "health partners"),
       C("1,227", 1227, "exact", "aid", "cross-border aid trucks in January", None),
       C("10", 10, "exact", "infrastructure", "health facilities hit", "WHO"),
       C("79", 79, "exact", "infrastructure", "health facilities suspended", "WHO")],
      published="2020-02-21"),

    P("d35_033",
      "About 5,000 civilians evacuated from Sumy through humanitarian corridor\n"
      "08.03.2022 18:40\n"
      "Around 5,000 people, among them 1,700 foreign students, left Sumy on Tuesday in a convoy "
      "of 61 buses and private cars through a humanitarian corridor to Poltava, the head of the "
      "Sumy Regional State Administration, Dmytro Zhyvytskyy, said. The students were citizens "
      "of India, China, Jordan and other countries. Deputy Prime Minister Iryna Vereshchuk said "
      "the corridor would stay open until 21:00. Overnight, a Russian air strike on a "
      "residential area of the city killed 21 people, including two children, Zhyvytskyy said. "
      "Sumy, a city of about 260,000 people, has been encircled since the first days of the "
      "invasion.",
      [C("About 5,000", 5000, "about", "displaced", "civilians evacuated from Sumy (headline)",
         None),
       C("Around 5,000", 5000, "about", "displaced", "people evacuated from Sumy", ZHYV),
       C("1,700", 1700, "exact", "displaced", "foreign students evacuated", ZHYV),
       C("61", 61, "exact", "other", "buses in the convoy", ZHYV, optional=True),
       C("21", 21, "exact", "killed", "people killed in an air strike on Sumy", "Zhyvytskyy",
         attr_alt=[ZHYV], ctx="killed 21 people"),
       C("two", 2, "exact", "killed", "children killed in Sumy", "Zhyvytskyy",
         attr_alt=[ZHYV]),
       C("about 260,000", 260000, "about", "population", "population of Sumy", None)],
      published="2022-03-08"),

    P("d35_034",
      "Ethiopia's Gode district 'on the brink of famine'\n"
      "Wednesday, 12 April, 2000, 14:12 GMT\n"
      "Aid workers in the Somali region of south-eastern Ethiopia say people are dying of hunger "
      "after three years of failed rains. Médecins Sans Frontières said its feeding centre in "
      "Gode, a town of about 60,000 people, was admitting up to 100 severely malnourished "
      "children a day, and that 30 children had died in the centre in the past week. More than "
      "30,000 herders and their families have gathered in makeshift camps around the town. The "
      "Ethiopian government says 8 million people across the country need food aid, and the "
      "UN's World Food Programme has appealed for 836,800 tonnes of food. Up to 80% of "
      "livestock have died in parts of the region, herders say.",
      [C("about 60,000", 60000, "about", "population", "population of Gode", None,
         attr_alt=["Médecins Sans Frontières"]),
       C("up to 100", 100, "at_most", "other", "malnourished children admitted a day",
         "Médecins Sans Frontières", cat_alt=["injured"]),
       C("30", 30, "exact", "killed", "children who died in the feeding centre",
         "Médecins Sans Frontières"),
       C("More than 30,000", 30000, "more_than", "displaced", "herders in camps around Gode",
         None),
       C("8 million", 8_000_000, "exact", "other", "Ethiopians needing food aid",
         "The Ethiopian government", cat_alt=["population"]),
       C("836,800", 836800, "exact", "aid", "tonnes of food appealed for",
         "the UN's World Food Programme", attr_alt=[None]),
       C("Up to 80%", 80, "at_most", "other", "share of livestock dead", "herders",
         optional=True)],
      published="2000-04-12"),

    P("d35_035",
      "LUANDA, June 10 (Lusa) - Medecins Sans Frontieres has found \"catastrophic\" "
      "malnutrition among the families of former UNITA fighters gathered in quartering areas "
      "in central Angola, with death rates in some camps above 4 per 10,000 people a day, the "
      "organisation said on Monday. Its teams in Kuito, capital of Bié province, are treating "
      "more than 2,500 malnourished children in therapeutic feeding centres, it said. About "
      "80,000 former combatants and 250,000 family members have arrived at the 35 quartering "
      "areas set up under the ceasefire of April 2002, according to the Joint Military Commission. The "
      "World Food Programme said it had begun delivering food to 19 of the areas but that many "
      "could be reached only by air because of landmines on the roads.",
      [C("more than 2,500", 2500, "more_than", "other", "malnourished children in feeding "
         "centres", "Medecins Sans Frontieres", attr_alt=["the organisation", "it"],
         cat_alt=["injured"]),
       C("About 80,000", 80000, "about", "troops", "former combatants in quartering areas", JMC,
         cat_alt=["other", "detained"]),
       C("250,000", 250000, "exact", "displaced", "family members in quartering areas", JMC,
         cat_alt=["population", "other"]),
       C("35", 35, "exact", "infrastructure", "quartering areas", JMC, cat_alt=["other"]),
       C("19", 19, "exact", "infrastructure", "quartering areas receiving food",
         "The World Food Programme", cat_alt=["other"])],
),

    P("d35_036",
      "Oslo conference raises USD 672 million for Nigeria and the Lake Chad region\n"
      "Press release | 24 February 2017\n"
      "Fourteen donors pledged a total of USD 672 million at the Oslo Humanitarian Conference on "
      "Nigeria and the Lake Chad Region today, of which USD 458 million is for 2017. Norway will "
      "contribute NOK 1.6 billion over the next three years. According to the UN, 10.7 million "
      "people in the region need humanitarian assistance, 7.1 million face severe food "
      "insecurity and 515,000 children are severely acutely malnourished. \"We cannot let this "
      "crisis become a famine,\" said Foreign Minister Børge Brende. More than 2.3 million "
      "people have been displaced by the conflict with Boko Haram.",
      [C("Fourteen", 14, "exact", "other", "donors pledging", None, optional=True),
       C("10.7 million", 10_700_000, "exact", "other", "people needing assistance", "the UN",
         cat_alt=["population"]),
       C("7.1 million", 7_100_000, "exact", "other", "people facing severe food insecurity",
         "the UN", cat_alt=["population"]),
       C("515,000", 515000, "exact", "other", "severely malnourished children", "the UN",
         cat_alt=["injured"]),
       C("More than 2.3 million", 2_300_000, "more_than", "displaced",
         "people displaced by Boko Haram", None)],
      published="2017-02-24"),

    # --- Darfur and eastern Chad -----------------------------------------------------------------
    P("d35_037",
      "SORTONY / KABKABIYA – More than 73,000 people have fled fighting in Jebel Marra since "
      "mid-January, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said in "
      "its latest bulletin, most of them to Sortony and Kabkabiya in North Darfur. About 38,000 "
      "are sheltering next to the peacekeepers' team site in Sortony, where they have no "
      "shelter and receive about 5 litres of water per person a day. Listeners told Radio "
      "Dabanga that government aircraft had dropped at least 25 barrel bombs on villages around "
      "Golo since Friday. Armed men also abducted two local staff of an international aid "
      "group near Golo on Sunday, a relief worker said.",
      [C("More than 73,000", 73000, "more_than", "displaced", "people who fled Jebel Marra",
         OCHA_SD),
       C("About 38,000", 38000, "about", "displaced", "people sheltering at Sortony", OCHA_SD,
         attr_alt=[None]),
       C("at least 25", 25, "at_least", "munitions", "barrel bombs dropped around Golo",
         "Listeners"),
       C("two", 2, "exact", "hostages", "aid workers abducted near Golo", "a relief worker")]),

    P("d35_038",
      "ABECHE, Chad, March 12 (Reuters) - The U.N. refugee agency has moved more than 16,000 "
      "Sudanese refugees away from the volatile border with Darfur to camps deeper inside Chad, "
      "and plans to relocate another 40,000 before the rains begin in June, a spokesman said "
      "on Friday. Some 110,000 refugees are still living in the open along a 600-km stretch of "
      "the border, he said. Sudanese militiamen have crossed to steal cattle, and at least 14 "
      "Chadian villagers were killed in one raid last month, local officials said. The new camp "
      "at Bredjing, built for 15,000 people, already holds 8,500, UNHCR said. Planes chartered "
      "by the agency have flown in 120 tonnes of tents, blankets and plastic sheeting since "
      "January.",
      [C("more than 16,000", 16000, "more_than", "displaced", "refugees relocated inside Chad",
         "a spokesman"),
       C("40,000", 40000, "exact", "displaced", "refugees still to be relocated",
         "a spokesman"),
       C("Some 110,000", 110000, "about", "displaced", "refugees living along the border",
         "a spokesman", attr_alt=["he"]),
       C("at least 14", 14, "at_least", "killed", "Chadian villagers killed in a raid",
         "local officials"),
       C("15,000", 15000, "exact", "other", "capacity of Bredjing camp", "UNHCR",
         optional=True),
       C("8,500", 8500, "exact", "displaced", "refugees in Bredjing", "UNHCR",
         cat_alt=["population"]),
       C("120", 120, "exact", "aid", "tonnes of relief items flown in", None,
         attr_alt=["UNHCR"])]),

    # --- Kenya 2008 ---------------------------------------------------------------------------------
    P("d35_039",
      "Thousands camp at Eldoret showground\n"
      "By NATION Reporter\n"
      "Posted Wednesday, January 9 2008 at 22:10\n"
      "About 15,000 people displaced by post-election violence are camping at the Eldoret "
      "showground, where the Kenya Red Cross Society is providing food, water and medical care, "
      "the society's regional coordinator said yesterday. Across the country, the Red Cross "
      "estimates that 255,000 people have been displaced since the presidential election "
      "results were announced on December 30. The government said 486 people had been killed. "
      "Police said they had deployed some 200 officers to guard the showground and Kiambaa, "
      "where at least 30 people were burnt to death in a church on New Year's Day, and that 83 "
      "people had been arrested in the region. Twelve lorries of maize and beans from the World "
      "Food Programme arrived on Tuesday and two more are expected, the coordinator said.",
      [C("Thousands", 1000, "vague", "displaced", "people camping at the showground (headline)",
         None),
       C("About 15,000", 15000, "about", "displaced", "displaced at the Eldoret showground",
         KRCS),
       C("255,000", 255000, "exact", "displaced", "people displaced nationwide", "the Red Cross"),
       C("486", 486, "exact", "killed", "people killed in post-election violence",
         "The government"),
       C("some 200", 200, "about", "troops", "police officers deployed", "Police",
         cat_alt=["other"]),
       C("at least 30", 30, "at_least", "killed", "people burnt in the Kiambaa church", None,
         attr_alt=["Police"]),
       C("83", 83, "exact", "detained", "people arrested in the region", "Police"),
       C("Twelve", 12, "exact", "aid", "lorries of food arrived", "the coordinator",
         attr_alt=[KRCS]),
       C("two", 2, "exact", "aid", "lorries still expected", "the coordinator",
         attr_alt=[KRCS])],
      published="2008-01-09"),

    # --- Only non-claims ------------------------------------------------------------------------------
    P("d35_040",
      "WASHINGTON, July 27, 2016 — The World Bank's Board of Executive Directors today approved "
      "a US$50 million grant from the International Development Association (IDA) for an "
      "emergency crisis response project in Yemen, the Bank's first operation in the country "
      "since it paused disbursements in March 2015. The project will run for 30 months and will "
      "be carried out by the United Nations Development Programme. Yemen's economy is estimated "
      "to have contracted by 28 percent in 2015, and inflation reached 39 percent, according to "
      "Bank staff estimates. The grant is the second emergency financing the Bank has approved "
      "for the Middle East and North Africa region this year. \"This is a first step,\" said "
      "Asad Alam, the Bank's country director for Egypt, Yemen and Djibouti.",
      [],
      published="2016-07-27"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d35_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "devset21", "devset22", "devset23",
                                                   "devset24", "devset25", "devset26",
                                                   "devset27", "devset28", "devset29",
                                                   "devset30", "devset31", "devset32",
                                                   "devset33", "devset34", "devset36",
                                                   "devset37", "devset38", "holdout",
                                                   "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
