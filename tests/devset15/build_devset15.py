"""Source of the fifteenth development set: writes ``passages.jsonl`` next to it.

Forty short passages (2–6 sentences) written for this set (none copied from an article) in many
outlet styles: wire copy with datelines (Reuters, AP, AFP, dpa, Anadolu, Kyodo, Xinhua, Yonhap,
Lusa), local newspapers of Pakistan, India, Nigeria and Kenya, broadcaster web copy, NGO and UN
press releases (Human Rights Watch, MSF, the ICRC, UNHCR, the IOM), a Philippine disaster-agency
update, a live blog, "what we know" lists, a correction and headline-plus-body items. They cover
insurgencies, disasters, protests, kidnappings, epidemics and migration not used in the earlier
sets; annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the
shared folder) and the decisions recorded in the READMEs of ``tests/devset2`` to
``tests/devset14`` and ``tests/holdout2``. Figures follow contemporary reports loosely; the set
tests extraction, not facts. Two passages hold only non-claims.

Run ``python tests/devset15/build_devset15.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

CABO_LIGADO = "the Cabo Ligado conflict monitor"
HRW = "Human Rights Watch"
MUNIM = "Mastung Assistant Commissioner Attaullah Munim"
ACHAKZAI = "Caretaker Information Minister Jan Achakzai"
KAKAR = "district official Najibullah Kakar"
MSF = "Médecins Sans Frontières (MSF)"
UN_REPORT = "a U.N. report"
NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
BICHARA = "Albay Governor Al Francis Bichara"
RAFIQUE = "Railways Minister Khawaja Saad Rafique"
NFR = "Northeast Frontier Railway officials"
SINHA = "Railway Board chairperson Jaya Varma Sinha"
YERLIKAYA = "Interior Minister Ali Yerlikaya"
CATALA = "Mayor Maria Jose Catala"
FIRE_DG = "Telangana Fire Services Director General Y. Nagi Reddy"
FDMA = "the Fire and Disaster Management Agency"
CANTON = "authorities in the Herzegovina-Neretva canton"
KOREA_HQ = "the Central Disaster and Safety Countermeasures Headquarters"
WHO = "the World Health Organization"
SAMIA = "President Samia Suluhu Hassan"
ANGOLA_MOH = "the Ministry of Health"
NCDC = "The Nigeria Centre for Disease Control and Prevention (NCDC)"
IDRIS = "NCDC Director-General Dr Jide Idris"
MARITIME = "the maritime prefecture"
DARMANIN = "Interior Minister Gerald Darmanin"
IOM_YE = "the International Organization for Migration (IOM)"
VARGAS = "UNHCR's Representative in Syria, Gonzalo Vargas Llosa"
BASARNAS = "Search and rescue agency Basarnas"
ICRC = "The International Committee of the Red Cross (ICRC)"
CONAIE = "Ecuador's largest indigenous organisation CONAIE"
ALLIANCE = "the Alliance for Human Rights"
DEL_CASTILLO = "Government Minister Eduardo del Castillo"
TIBURCIO = "Interior Minister Vicente Tiburcio"
IOM_HT = "the International Organization for Migration"
MAGOHA = "Education Cabinet Secretary George Magoha"
SANCHEZ = "Defence Minister Pedro Sanchez"
UN_CAMEROON = "a U.N. report seen by The Associated Press"
TCHIROMA = "Opposition candidate Issa Tchiroma Bakary"

PASSAGES = [
    # --- Insurgencies and armed violence -------------------------------------------------------
    P("d15_001",
      "PEMBA, Mozambique, May 13, 2024 (AFP) - Islamic State-linked insurgents who stormed the "
      "town of Macomia in Cabo Delgado province on Friday killed at least 10 soldiers and looted "
      "food stores before withdrawing two days later, local sources told AFP. The insurgents "
      "also seized dozens of rifles and two armoured vehicles from the army, the sources said. "
      "The attackers numbered 60-100, according to the Cabo Ligado conflict monitor, which said over 5,000 "
      "civilians had fled into the bush. A contingent of about 300 Rwandan troops was sent from "
      "Mocimboa da Praia to retake the town. Mozambique's defence ministry acknowledged only three "
      "military deaths.",
      [C("at least 10", 10, "at_least", "killed", "soldiers in Macomia", "local sources"),
       C("dozens", 12, "vague", "munitions", "rifles seized", "the sources",
         cat_alt=["other"], attr_alt=["local sources"]),
       C("two", 2, "exact", "munitions", "armoured vehicles seized", "the sources",
         cat_alt=["other"], attr_alt=["local sources"], ctx="two armoured"),
       C("60-100", 60, "range", "troops", "insurgents in the attack", CABO_LIGADO, high=100,
         cat_alt=["other"]),
       C("over 5,000", 5000, "more_than", "displaced", "civilians who fled into the bush",
         CABO_LIGADO),
       C("about 300", 300, "about", "troops", "Rwandan troops sent to Macomia"),
       C("three", 3, "exact", "killed", "military deaths", "Mozambique's defence ministry")],
      published="2024-05-13"),

    P("d15_002",
      "Burkina Faso: Army Massacres 223 Villagers\n"
      "April 25, 2024 8:00AM EDT\n"
      "(Nairobi) – Burkina Faso's military summarily executed at least 223 civilians, including at "
      "least 56 children, in two villages in the northern Yatenga province on February 25, 2024, "
      "Human Rights Watch said today. Soldiers killed 44 people in Nondin and 179 in the nearby "
      "village of Soro, according to survivors. Human Rights Watch interviewed 23 people by phone, "
      "including 14 witnesses, and analysed videos and photographs of the aftermath. Survivors said "
      "they buried the dead in eight mass graves.",
      [C("223", 223, "exact", "killed", "villagers (headline)", ctx="Massacres 223"),
       C("at least 223", 223, "at_least", "killed", "civilians", HRW),
       C("at least 56", 56, "at_least", "killed", "children", HRW),
       C("two", 2, "exact", "other", "villages attacked", HRW, optional=True),
       C("44", 44, "exact", "killed", "people in Nondin", "survivors"),
       C("179", 179, "exact", "killed", "people in Soro", "survivors"),
       C("23", 23, "exact", "other", "people interviewed", HRW, optional=True),
       C("14", 14, "exact", "other", "witnesses interviewed", HRW, optional=True),
       C("eight", 8, "exact", "other", "mass graves", "Survivors", optional=True)],
      published="2024-04-25"),

    P("d15_003",
      "QUETTA: At least 52 people were killed and more than 50 injured when a suicide bomber blew "
      "himself up near a procession marking Eid Miladun Nabi in Mastung district on Friday, "
      "officials said. Mastung Assistant Commissioner Attaullah Munim told Dawn that about 3,000 "
      "people had joined the procession and that the bomber detonated himself next to the vehicle "
      "of a deputy superintendent of police, who was among the dead. Late on Friday, Caretaker "
      "Information Minister Jan Achakzai said the blast had claimed 59 lives, as several of the "
      "critically wounded had succumbed at hospitals in Quetta. The provincial government "
      "announced three days of mourning.",
      [C("At least 52", 52, "at_least", "killed", "people in Mastung", "officials"),
       C("more than 50", 50, "more_than", "injured", "people in Mastung", "officials"),
       C("about 3,000", 3000, "about", "other", "people in the procession", MUNIM),
       C("59", 59, "exact", "killed", "people in Mastung", ACHAKZAI)]),

    P("d15_004",
      "QUETTA, Pakistan, Aug 26 (Reuters) - Gunmen in southwestern Pakistan stopped buses and "
      "trucks on a highway in Musakhel district, checked passengers' identity cards and shot dead "
      "23 people, most of them from Punjab province, a senior official said on Monday. The "
      "attackers also set fire to 10 vehicles, district official Najibullah Kakar told Reuters. "
      "Coordinated assaults across Balochistan overnight, claimed by the separatist Balochistan "
      "Liberation Army, left more than 70 people dead, including 14 soldiers and policemen, the "
      "military said. Security forces killed 21 militants, it said.",
      [C("23", 23, "exact", "killed", "passengers in Musakhel", "a senior official"),
       C("10", 10, "exact", "other", "vehicles set on fire", KAKAR, optional=True,
         cat_alt=["infrastructure"]),
       C("more than 70", 70, "more_than", "killed", "people in Balochistan", "the military"),
       C("14", 14, "exact", "killed", "soldiers and policemen", "the military"),
       C("21", 21, "exact", "killed", "militants", "the military", attr_alt=["it"])]),

    P("d15_005",
      "Somaliland: MSF treats hundreds of wounded as fighting rages in Las Anod\n"
      "Press release | 14 February 2023\n"
      "Since fighting broke out in Las Anod on 6 February, Médecins Sans Frontières (MSF) teams "
      "supporting the town's general hospital have treated more than 560 wounded people, 50 of "
      "whom later died of their injuries. \"Most of our patients are civilians, among them women "
      "and children, with gunshot and shrapnel wounds,\" said Djoen Besselink, MSF's head of "
      "mission. Local health authorities estimate that between 150,000 and 185,000 people have "
      "fled the town. MSF has sent a second surgical team and 5 tonnes of medical supplies.",
      [C("hundreds", 100, "vague", "injured", "wounded treated (headline)", attr_alt=["MSF"]),
       C("more than 560", 560, "more_than", "injured", "wounded people treated", attr_alt=[MSF]),
       C("50", 50, "exact", "killed", "wounded who died", attr_alt=[MSF]),
       C("between 150,000 and 185,000", 150000, "range", "displaced", "people who fled Las Anod",
         "Local health authorities", high=185000),
       C("5", 5, "exact", "aid", "tonnes of medical supplies", attr_alt=["MSF"])],
      published="2023-02-14"),

    P("d15_006",
      "PORT-AU-PRINCE, Haiti (AP) — The first 400 Kenyan police officers of a U.N.-backed "
      "multinational force landed in Haiti's capital on Tuesday, nearly two years after the "
      "country's prime minister appealed for help against gangs that control 80% of "
      "Port-au-Prince. Kenya has pledged 1,000 officers, and the Bahamas, Bangladesh, Barbados, "
      "Benin, Chad and Jamaica have promised about 1,500 more, according to the U.N. Gang "
      "violence killed or injured more than 2,500 people in the first three months of the year, a "
      "U.N. report found, and over 580,000 Haitians have been displaced.",
      [C("400", 400, "exact", "troops", "Kenyan police officers landed", attr_alt=["the U.N."]),
       C("80%", 80, "exact", "other", "share of Port-au-Prince controlled by gangs",
         optional=True),
       C("1,000", 1000, "exact", "troops", "officers pledged by Kenya", "the U.N."),
       C("about 1,500", 1500, "about", "troops", "officers promised by six countries",
         "the U.N."),
       C("more than 2,500", 2500, "more_than", "injured", "people killed or injured", UN_REPORT,
         cat_alt=["killed", "other"]),
       C("over 580,000", 580000, "more_than", "displaced", "Haitians displaced", UN_REPORT,
         attr_alt=[None])]),

    # --- Kidnappings ------------------------------------------------------------------------------
    P("d15_007",
      "Ethiopia: Gunmen accused of abducting more than 100 university students\n"
      "Published 4 July 2024\n"
      "Gunmen stopped three buses carrying students home from Debre Markos University in "
      "Ethiopia's Amhara region on Tuesday and took away more than 100 of them, regional officials "
      "say. The Amhara regional government blamed the Fano militia, which denies involvement. A "
      "student who escaped told the BBC that about 160 students had been on the buses and that the "
      "kidnappers had released those from the Oromia region. Some families say they have been "
      "asked to pay a ransom of 300,000 birr ($5,200) each.",
      [C("more than 100", 100, "more_than", "hostages", "university students (headline)",
         ctx="abducting more than 100"),
       C("three", 3, "exact", "other", "buses stopped", "regional officials", optional=True),
       C("more than 100", 100, "more_than", "hostages", "students taken", "regional officials",
         ctx="took away more than 100"),
       C("about 160", 160, "about", "other", "students on the buses", "A student who escaped")],
      published="2024-07-04"),

    # --- Stampedes and crushes --------------------------------------------------------------------
    P("d15_008",
      "Nigeria's deadly Christmas charity events: what we know\n"
      "- At least 35 children died and six others were critically injured in a crush at a holiday "
      "funfair in Ibadan, Oyo state, on Wednesday, police said. Organisers had expected about "
      "5,000 children.\n"
      "- In Okija, Anambra state, 22 people were killed when crowds surged at a Catholic church "
      "handing out food on Saturday (Anambra State Police Command).\n"
      "- In Abuja, 10 people, four of them children, lost their lives in a crush at another church "
      "distributing gifts; more than 1,000 people had gathered at the gate before dawn.\n"
      "- Police said eight people had been arrested over the Ibadan crush, among them the former "
      "queen of a traditional ruler.",
      [C("At least 35", 35, "at_least", "killed", "children in Ibadan", "police"),
       C("six", 6, "exact", "injured", "children critically injured", "police"),
       C("about 5,000", 5000, "about", "other", "children expected at the funfair",
         optional=True, attr_alt=["Organisers"]),
       C("22", 22, "exact", "killed", "people in Okija", "Anambra State Police Command"),
       C("10", 10, "exact", "killed", "people in Abuja"),
       C("four", 4, "exact", "killed", "children in Abuja"),
       C("more than 1,000", 1000, "more_than", "other", "people gathered at the church gate"),
       C("eight", 8, "exact", "detained", "people arrested", "Police")]),

    # --- Heat ---------------------------------------------------------------------------------------
    P("d15_009",
      "BAMAKO, April 6, 2024 (AFP) - The Gabriel Toure hospital in Mali's capital recorded 102 "
      "deaths in the first four days of April, against 130 for the whole of April last year, as "
      "temperatures topped 48 degrees Celsius, the hospital's management said. Almost 50 of the "
      "dead were over 60, it said. Not all the deaths could be attributed to the heat, a doctor at "
      "the hospital told AFP, \"but it contributes\". Power cuts lasting up to 20 hours a day have "
      "compounded the crisis.",
      [C("102", 102, "exact", "killed", "deaths at the hospital", "the hospital's management"),
       C("130", 130, "exact", "killed", "deaths in April last year",
         "the hospital's management"),
       C("Almost 50", 50, "about", "killed", "dead over 60", "the hospital's management",
         attr_alt=["it"])],
      published="2024-04-06"),

    # --- Storms -------------------------------------------------------------------------------------
    P("d15_010",
      "Super Typhoon Rolly death toll climbs to 20\n"
      "Published 3:15 PM, November 3, 2020\n"
      "The number of people killed by Super Typhoon Rolly (Goni) has climbed to 20, the National "
      "Disaster Risk Reduction and Management Council (NDRRMC) said on Tuesday. Most of the dead "
      "were in Albay, where volcanic mudflows from Mayon buried about 150 houses in Guinobatan "
      "town. Three people remain missing. Over 345,000 people fled to evacuation centers before "
      "the storm made landfall with winds of 225 kilometers per hour, the council added. Albay "
      "Governor Al Francis Bichara said 20,000 homes had been destroyed or damaged in his "
      "province alone.",
      [C("20", 20, "exact", "killed", "people (headline)", ctx="climbs to 20"),
       C("20", 20, "exact", "killed", "people", NDRRMC, ctx="climbed to 20"),
       C("about 150", 150, "about", "infrastructure", "houses buried in Guinobatan", NDRRMC,
         attr_alt=[None]),
       C("Three", 3, "exact", "missing", "people", NDRRMC, attr_alt=[None]),
       C("Over 345,000", 345000, "more_than", "displaced", "people in evacuation centers",
         "the council", attr_alt=[NDRRMC]),
       C("20,000", 20000, "exact", "infrastructure", "homes destroyed or damaged in Albay",
         BICHARA)],
      published="2020-11-03"),

    # --- Rail -----------------------------------------------------------------------------------
    P("d15_011",
      "NAWABSHAH: At least 30 passengers were killed and over 80 injured when 10 coaches of the "
      "Karachi-Rawalpindi Hazara Express derailed near Sarhari railway station on Sunday "
      "afternoon. Railways Minister Khawaja Saad Rafique told reporters that the train, which was "
      "carrying around 1,000 passengers, had been travelling at 45 kilometres per hour. Army and "
      "Rangers troops joined the rescue operation, while 28 of the injured were shifted to the "
      "Peoples Medical College Hospital, a hospital spokesman said. On Monday the railways "
      "ministry revised the death toll down from 30 to 28, saying two bodies had been counted "
      "twice.",
      [C("At least 30", 30, "at_least", "killed", "passengers",
         attr_alt=["the railways ministry"]),
       C("over 80", 80, "more_than", "injured", "passengers"),
       C("10", 10, "exact", "other", "coaches derailed", optional=True),
       C("around 1,000", 1000, "about", "other", "passengers on board", attr_alt=[RAFIQUE]),
       C("28", 28, "exact", "injured", "injured taken to hospital", "a hospital spokesman",
         ctx="28 of the injured"),
       C("30", 30, "exact", "killed", "passengers (earlier toll)", "the railways ministry",
         ctx="from 30"),
       C("28", 28, "exact", "killed", "passengers", "the railways ministry", ctx="to 28,"),
       C("two", 2, "exact", "killed", "bodies counted twice", "the railways ministry",
         optional=True, cat_alt=["other"])]),

    P("d15_012",
      "Updated: June 18, 2024 10:05 IST\n"
      "SILIGURI: The death toll in Monday's collision between a goods train and the Kanchanjunga "
      "Express near New Jalpaiguri in West Bengal has risen to 10, including the goods train's "
      "loco pilot and the passenger train's guard, Northeast Frontier Railway officials said on "
      "Tuesday. Forty-one people were injured (nine of them seriously). Railway Board chairperson "
      "Jaya Varma Sinha said the goods train had jumped a red signal, hitting the rear of the "
      "passenger train and derailing its last three coaches.\n"
      "Correction: An earlier version of this story said 15 people had been killed. The toll "
      "given by railway officials is 10.",
      [C("10", 10, "exact", "killed", "people", NFR, ctx="risen to 10"),
       C("Forty-one", 41, "exact", "injured", "people", NFR, attr_alt=[None]),
       C("nine", 9, "exact", "injured", "people seriously injured", NFR, attr_alt=[None]),
       C("three", 3, "exact", "other", "coaches derailed", SINHA, optional=True),
       C("15", 15, "exact", "killed", "people (retracted figure)", optional=True),
       C("10", 10, "exact", "killed", "people (corrected figure)", "railway officials",
         attr_alt=[NFR], ctx="officials is 10")],
      published="2024-06-18"),

    # --- Fires ------------------------------------------------------------------------------------
    P("d15_013",
      "Kartalkaya hotel fire: what we know so far\n"
      "- The fire broke out at about 3:30 am on Tuesday on the fourth floor of the 12-storey "
      "Grand Kartal hotel at the Kartalkaya ski resort in Bolu province.\n"
      "- 78 people were killed, 34 of them children, Interior Minister Ali Yerlikaya said on "
      "Wednesday. On Tuesday evening he had put the toll at 66.\n"
      "- 51 people were injured, one of them seriously (Health Ministry).\n"
      "- The hotel had 238 registered guests, many of them families on the mid-term school "
      "holiday.\n"
      "- Nine people, including the hotel's owner and its chief electrician, have been detained.",
      [C("78", 78, "exact", "killed", "people", YERLIKAYA),
       C("34", 34, "exact", "killed", "children", YERLIKAYA),
       C("66", 66, "exact", "killed", "people (earlier toll)", YERLIKAYA, attr_alt=["he"]),
       C("51", 51, "exact", "injured", "people", "Health Ministry"),
       C("one", 1, "exact", "injured", "person seriously injured", "Health Ministry",
         ctx="one of them seriously"),
       C("238", 238, "exact", "other", "registered guests"),
       C("Nine", 9, "exact", "detained", "people detained")]),

    P("d15_014",
      "MOGADISHU (AA) - At least 15 people were killed and 28 others injured in a car bomb attack "
      "on a military checkpoint in Beledweyne, the capital of Somalia's Hiiraan region, a local "
      "official told Anadolu on Saturday. Hours later militants fired at least six mortar rounds "
      "at the town's airstrip, police said. The al-Shabaab terror group claimed responsibility for "
      "the bombing, saying its fighters had killed 30 soldiers, a figure that could not be "
      "independently verified. Somali army forces, backed by local clan militias known as "
      "Macawisley, have recaptured more than 80 villages from the group since August, according "
      "to the Ministry of Information. Fewer than 1,000 African Union troops are still stationed "
      "in the region. Türkiye has trained around 16,000 Somali soldiers at its "
      "TURKSOM military base in Mogadishu.",
      [C("At least 15", 15, "at_least", "killed", "people in Beledweyne", "a local official"),
       C("28", 28, "exact", "injured", "people in Beledweyne", "a local official"),
       C("at least six", 6, "at_least", "munitions", "mortar rounds fired", "police",
         cat_alt=["other"]),
       C("30", 30, "exact", "killed", "soldiers", "The al-Shabaab terror group"),
       C("more than 80", 80, "more_than", "other", "villages recaptured",
         "the Ministry of Information", cat_alt=["infrastructure"]),
       C("Fewer than 1,000", 1000, "fewer_than", "troops", "African Union troops in the region"),
       C("around 16,000", 16000, "about", "troops", "Somali soldiers trained by Türkiye")]),

    P("d15_015",
      "VALENCIA, Spain, Feb 23 (Reuters) - Ten people died in a fire that engulfed a 14-storey "
      "apartment block in the Campanar district of Valencia, officials said on Friday, after "
      "firefighters were able to enter the gutted building. Earlier the regional government had "
      "said that between nine and 15 people were missing. Fifteen people, including seven "
      "firefighters, were treated for injuries, emergency services said. The building had 138 "
      "apartments and about 450 residents, Mayor Maria Jose Catala told reporters. Investigators "
      "are examining whether the cladding on the facade helped the fire spread.",
      [C("Ten", 10, "exact", "killed", "people in Campanar", "officials"),
       C("between nine and 15", 9, "range", "missing", "people", "the regional government",
         high=15),
       C("Fifteen", 15, "exact", "injured", "people", "emergency services"),
       C("seven", 7, "exact", "injured", "firefighters", "emergency services"),
       C("138", 138, "exact", "infrastructure", "apartments in the block", CATALA,
         optional=True),
       C("about 450", 450, "about", "population", "residents of the block", CATALA)]),

    P("d15_016",
      "HYDERABAD\n"
      "Updated - May 19, 2025 09:12 am IST\n"
      "Seventeen members of an extended family, among them eight children, died in a fire that "
      "broke out in a three-storey building near the Gulzar Houz in Hyderabad's Old City early on "
      "Sunday. Telangana Fire Services Director General Y. Nagi Reddy said most of the victims had "
      "died of smoke inhalation, not burns. Eleven fire tenders were pressed into service and four "
      "people were rescued from the upper floors, he said. Chief Minister A. Revanth Reddy "
      "announced an ex gratia of ₹5 lakh for the family of each deceased.",
      [C("Seventeen", 17, "exact", "killed", "family members", attr_alt=[FIRE_DG]),
       C("eight", 8, "exact", "killed", "children", attr_alt=[FIRE_DG]),
       C("Eleven", 11, "exact", "other", "fire tenders", FIRE_DG, optional=True,
         cat_alt=["troops"], attr_alt=["he"]),
       C("four", 4, "exact", "other", "people rescued", FIRE_DG, attr_alt=["he"])],
      published="2025-05-19"),

    P("d15_017",
      "TOKYO, July 30 (Kyodo) -- A total of 9,202 people were taken to hospital by ambulance for "
      "heatstroke across Japan in the week through Sunday, the Fire and Disaster Management "
      "Agency said Tuesday, as temperatures above 35 C were logged at more than 200 observation "
      "points. Of them, 12 were confirmed dead on arrival and 226 required hospitalization for "
      "three weeks or longer. Tokyo accounted for 780 cases, the agency said. People aged 65 or "
      "older made up 55.3 percent of the total.",
      [C("9,202", 9202, "exact", "other", "heatstroke patients taken to hospital", FDMA,
         cat_alt=["injured"]),
       C("more than 200", 200, "more_than", "other", "observation points", optional=True,
         attr_alt=[FDMA]),
       C("12", 12, "exact", "killed", "heatstroke deaths", FDMA, attr_alt=[None]),
       C("226", 226, "exact", "other", "patients hospitalized three weeks or longer", FDMA,
         attr_alt=[None], cat_alt=["injured"]),
       C("780", 780, "exact", "other", "heatstroke cases in Tokyo", "the agency",
         attr_alt=[FDMA]),
       C("55.3 percent", 55.3, "exact", "other", "share aged 65 or older", "the agency",
         attr_alt=[FDMA, None], optional=True)]),

    # --- Landslides and floods ------------------------------------------------------------------
    P("d15_018",
      "KUNMING, Jan. 22 (Xinhua) -- Rescuers had recovered 31 bodies by Monday evening from the "
      "site of a landslide that struck a village in Zhenxiong County, southwest China's Yunnan "
      "Province, early on Monday morning, local authorities said. Thirteen people remain missing. "
      "The landslide buried 18 homes in Liangshui Village, and more than 500 residents have been "
      "relocated. Over 1,000 rescuers, along with 200 vehicles and 32 sniffer dogs, have been "
      "deployed.",
      [C("31", 31, "exact", "killed", "bodies recovered", "local authorities"),
       C("Thirteen", 13, "exact", "missing", "people", "local authorities", attr_alt=[None]),
       C("18", 18, "exact", "infrastructure", "homes buried", "local authorities",
         attr_alt=[None]),
       C("more than 500", 500, "more_than", "displaced", "residents relocated",
         "local authorities", attr_alt=[None]),
       C("Over 1,000", 1000, "more_than", "troops", "rescuers deployed", "local authorities",
         attr_alt=[None], cat_alt=["other"]),
       C("200", 200, "exact", "other", "vehicles deployed", "local authorities", optional=True,
         attr_alt=[None]),
       C("32", 32, "exact", "other", "sniffer dogs", "local authorities", optional=True,
         attr_alt=[None])]),

    P("d15_019",
      "SARAJEVO (dpa) - The number of people killed in floods and landslides in central Bosnia "
      "and Herzegovina has risen to 18, authorities in the Herzegovina-Neretva canton said on "
      "Saturday. Most of the victims died in the village of Donja Jablanica, where rock and mud "
      "from a quarry above the settlement buried several houses. As many as 10 people are still "
      "unaccounted for. Some 200 members of the armed forces and of the EU's EUFOR mission are "
      "helping with the search, while neighbouring Croatia, Serbia and Montenegro have sent rescue "
      "teams. No foreign nationals were among the dead.",
      [C("18", 18, "exact", "killed", "people in Bosnia", CANTON),
       C("As many as 10", 10, "at_most", "missing", "people", CANTON, attr_alt=[None]),
       C("Some 200", 200, "about", "troops", "soldiers and EUFOR troops in the search", CANTON,
         attr_alt=[None])]),

    P("d15_020",
      "(LEAD) Wildfires in southeast kill 18, destroy ancient temple\n"
      "2025/03/26 10:12\n"
      "SEOUL, March 26 (Yonhap) -- The death toll from wildfires raging across North and South "
      "Gyeongsang provinces rose to 18 on Wednesday, with six others seriously injured, "
      "authorities said. Some 23,000 residents have been evacuated, the Central Disaster and "
      "Safety Countermeasures Headquarters said, and more than 200 structures, including the "
      "1,300-year-old Gounsa temple in Uiseong, have been destroyed. Around 9,000 firefighters, "
      "soldiers and officials, backed by 120 helicopters, have been mobilized to battle the "
      "blazes.",
      [C("18", 18, "exact", "killed", "people (headline)", ctx="kill 18"),
       C("18", 18, "exact", "killed", "people", "authorities", ctx="rose to 18"),
       C("six", 6, "exact", "injured", "people seriously injured", "authorities"),
       C("Some 23,000", 23000, "about", "displaced", "residents evacuated", KOREA_HQ),
       C("more than 200", 200, "more_than", "infrastructure", "structures destroyed", KOREA_HQ,
         attr_alt=[None]),
       C("Around 9,000", 9000, "about", "troops", "firefighters, soldiers and officials",
         KOREA_HQ, cat_alt=["other"], attr_alt=[None]),
       C("120", 120, "exact", "other", "helicopters", KOREA_HQ, optional=True,
         cat_alt=["munitions"], attr_alt=[None])],
      published="2025-03-26"),

    # --- Epidemics --------------------------------------------------------------------------------
    P("d15_021",
      "DAR ES SALAAM, Jan 20 (Reuters) - Tanzania has confirmed an outbreak of Marburg virus "
      "disease in its northwestern Kagera region, President Samia Suluhu Hassan said on Monday, "
      "days after the World Health Organization reported nine suspected cases, eight of them "
      "fatal. One case has been confirmed by laboratory tests, the president said, while samples "
      "from 25 other suspected patients tested negative. Health workers were following up 281 "
      "contacts, the WHO said. The virus, a cousin of Ebola, kills up to 88% of those infected.",
      [C("nine", 9, "exact", "other", "suspected Marburg cases", WHO),
       C("eight", 8, "exact", "killed", "fatal cases", WHO),
       C("One", 1, "exact", "other", "confirmed case", "the president", attr_alt=[SAMIA]),
       C("25", 25, "exact", "other", "suspected patients who tested negative", "the president",
         attr_alt=[SAMIA, None]),
       C("281", 281, "exact", "other", "contacts followed up", "the WHO", attr_alt=[WHO]),
       C("up to 88%", 88, "at_most", "other", "case fatality rate", optional=True)]),

    P("d15_022",
      "KINSHASA, Congo (AP) — An undiagnosed illness that has killed at least 143 people in a "
      "remote part of southwestern Congo since late October is most likely severe malaria made "
      "worse by malnutrition, the health ministry said Tuesday. Most of the 592 cases reported in "
      "the Panzi health zone of Kwango province were children, and 10 of 12 samples analysed by "
      "the national laboratory tested positive for malaria. Local officials had earlier given a "
      "toll of 71 dead in health facilities and another 135 in the community. The World Health "
      "Organization has sent a team of experts with 5 tonnes of medicines.",
      [C("at least 143", 143, "at_least", "killed", "people in Panzi", "the health ministry"),
       C("592", 592, "exact", "other", "cases", "the health ministry", attr_alt=[None]),
       C("10", 10, "exact", "other", "samples positive for malaria", "the health ministry",
         attr_alt=[None], optional=True),
       C("12", 12, "exact", "other", "samples analysed", "the health ministry",
         attr_alt=[None], optional=True),
       C("71", 71, "exact", "killed", "dead in health facilities", "Local officials"),
       C("135", 135, "exact", "killed", "dead in the community", "Local officials"),
       C("5", 5, "exact", "aid", "tonnes of medicines",
         attr_alt=["The World Health Organization"])]),

    P("d15_023",
      "LUANDA, Feb 28, 2025 (Lusa) - Angola has recorded 4,152 cholera cases and 136 deaths since "
      "the outbreak began in early January, the Ministry of Health said in its daily bulletin on "
      "Friday. Luanda province accounts for 2,760 of the cases, with the municipality of Cacuaco "
      "the worst hit. In the past 24 hours, 238 new cases and seven deaths were reported. Some "
      "900,000 people have been vaccinated in the capital, the ministry said.",
      [C("4,152", 4152, "exact", "other", "cholera cases", ANGOLA_MOH),
       C("136", 136, "exact", "killed", "cholera deaths", ANGOLA_MOH),
       C("2,760", 2760, "exact", "other", "cases in Luanda province", ANGOLA_MOH,
         attr_alt=[None]),
       C("238", 238, "exact", "other", "new cases", ANGOLA_MOH, attr_alt=[None]),
       C("seven", 7, "exact", "killed", "new deaths", ANGOLA_MOH, attr_alt=[None]),
       C("Some 900,000", 900000, "about", "other", "people vaccinated", "the ministry",
         attr_alt=[ANGOLA_MOH], cat_alt=["aid"])],
      published="2025-02-28"),

    P("d15_024",
      "ABUJA: The Nigeria Centre for Disease Control and Prevention (NCDC) says 153 people have "
      "died of cerebrospinal meningitis in seven states since October, out of 1,742 suspected "
      "cases. In a statement on Tuesday, NCDC Director-General Dr Jide Idris said Jigawa State "
      "alone accounted for 103 of the deaths. Over 20,000 doses of vaccine have been delivered to "
      "the affected states, with 4,000 more expected this week, he said. Children aged five to 14 "
      "are the worst affected.",
      [C("153", 153, "exact", "killed", "meningitis deaths", NCDC),
       C("seven", 7, "exact", "other", "states affected", NCDC, optional=True),
       C("1,742", 1742, "exact", "other", "suspected meningitis cases", NCDC),
       C("103", 103, "exact", "killed", "deaths in Jigawa", IDRIS),
       C("Over 20,000", 20000, "more_than", "aid", "vaccine doses delivered", IDRIS,
         attr_alt=["he"]),
       C("4,000", 4000, "exact", "aid", "vaccine doses expected", IDRIS, attr_alt=["he"])]),

    # --- Migration --------------------------------------------------------------------------------
    P("d15_025",
      "BOULOGNE-SUR-MER, France, Sept 3, 2024 (AFP) - Twelve people, most of them from Eritrea, "
      "died when their overcrowded boat ripped apart off the northern French coast on Tuesday in "
      "the deadliest Channel accident this year, French authorities said. Rescuers pulled 65 "
      "people from the water, the maritime prefecture said, and two were still missing. Ten of "
      "the dead were women, among them a pregnant woman, Interior Minister Gerald Darmanin said. "
      "More than 22,000 people have reached Britain in small boats since January, according to "
      "British government figures.",
      [C("Twelve", 12, "exact", "killed", "migrants", "French authorities"),
       C("65", 65, "exact", "other", "people rescued", MARITIME),
       C("two", 2, "exact", "missing", "migrants", MARITIME, attr_alt=[None]),
       C("Ten", 10, "exact", "killed", "women", DARMANIN),
       C("More than 22,000", 22000, "more_than", "displaced", "people crossing in small boats",
         "British government figures", cat_alt=["other"])],
      published="2024-09-03"),

    P("d15_026",
      "Aden, 4 August 2025 – At least 68 African migrants died and 74 others are missing after "
      "their boat capsized off the coast of Yemen's Abyan governorate on Sunday, the International "
      "Organization for Migration (IOM) said. The vessel was carrying 154 people, most of them "
      "Ethiopian nationals. Only 12 survived. Local authorities said 54 bodies had washed ashore "
      "in Khanfar district and 14 more had been recovered elsewhere and taken to a hospital "
      "morgue in Zinjibar. Despite the dangers, more than 60,000 migrants arrived in Yemen last "
      "year.",
      [C("At least 68", 68, "at_least", "killed", "African migrants", IOM_YE),
       C("74", 74, "exact", "missing", "migrants", IOM_YE),
       C("154", 154, "exact", "other", "people on board", IOM_YE, attr_alt=[None]),
       C("12", 12, "exact", "other", "survivors", IOM_YE, attr_alt=[None]),
       C("54", 54, "exact", "killed", "bodies washed ashore", "Local authorities"),
       C("14", 14, "exact", "killed", "bodies recovered elsewhere", "Local authorities"),
       C("more than 60,000", 60000, "more_than", "displaced", "migrants arriving in Yemen",
         cat_alt=["other"], attr_alt=[IOM_YE])],
      published="2025-08-04"),

    P("d15_027",
      "UNHCR: Over 200,000 people flee Lebanon into Syria\n"
      "Briefing notes | 4 October 2024\n"
      "More than 200,000 people have crossed from Lebanon into Syria since 23 September to escape "
      "Israeli air strikes, UNHCR's Representative in Syria, Gonzalo Vargas Llosa, told "
      "journalists in Geneva today. Around 80 percent of them are Syrians. An Israeli strike near "
      "the Masnaa crossing early today cut the main road, forcing people to cross the rest of the "
      "way on foot, he said. Inside Lebanon, 1.2 million people have been displaced, according to "
      "the Lebanese government.",
      [C("Over 200,000", 200000, "more_than", "displaced",
         "people fleeing Lebanon into Syria (headline)", "UNHCR", attr_alt=[None]),
       C("More than 200,000", 200000, "more_than", "displaced", "people crossed into Syria",
         VARGAS),
       C("Around 80 percent", 80, "about", "other", "share who are Syrians", VARGAS,
         attr_alt=[None], optional=True),
       C("1.2 million", 1_200_000, "exact", "displaced", "people displaced inside Lebanon",
         "the Lebanese government")],
      published="2024-10-04"),

    # --- Boats and detainees --------------------------------------------------------------------
    P("d15_028",
      "Bali ferry sinking — live\n"
      "09:40 Search and rescue agency Basarnas says the number of confirmed dead has risen to "
      "six. Thirty people are still missing.\n"
      "08:15 The KMP Tunu Pratama Jaya was carrying 53 passengers and 12 crew, according to the "
      "manifest, as well as 22 vehicles, among them 14 trucks. Officials have said the real "
      "number on board may have been higher.\n"
      "07:30 Rescuers have so far pulled 29 survivors from the Bali Strait, many of whom were "
      "found clinging to debris after drifting for hours, the local police chief told reporters.",
      [C("six", 6, "exact", "killed", "confirmed dead", BASARNAS),
       C("Thirty", 30, "exact", "missing", "people", BASARNAS, attr_alt=[None]),
       C("53", 53, "exact", "other", "passengers on board", "the manifest"),
       C("12", 12, "exact", "other", "crew on board", "the manifest"),
       C("22", 22, "exact", "other", "vehicles on board", "the manifest", optional=True),
       C("14", 14, "exact", "other", "trucks on board", "the manifest", optional=True),
       C("29", 29, "exact", "other", "survivors", "the local police chief")]),

    P("d15_029",
      "Yemen: Nearly 900 detainees go home in ICRC-facilitated release\n"
      "News release 16 April 2023\n"
      "Sana'a/Aden/Riyadh (ICRC) – The International Committee of the Red Cross (ICRC) today "
      "completed a three-day operation in which nearly 900 former detainees were released and "
      "returned home in Yemen and Saudi Arabia. A total of 887 people were flown on 15 flights "
      "between Sana'a, Aden, Marib, Mokha, Abha and Riyadh, the ICRC said. Before boarding, each "
      "detainee was interviewed by ICRC staff and checked by a doctor. \"Families who have waited "
      "for years are finally reunited,\" said Fabrizio Carboni, the ICRC's regional director for "
      "the Near and Middle East.",
      [C("Nearly 900", 900, "about", "detained", "detainees released (headline)"),
       C("nearly 900", 900, "about", "detained", "former detainees released",
         attr_alt=[ICRC]),
       C("887", 887, "exact", "detained", "released detainees flown home", "the ICRC"),
       C("15", 15, "exact", "other", "flights", "the ICRC", optional=True, cat_alt=["aid"])],
      published="2023-04-16"),

    # --- Latin America: disappearances, protests -------------------------------------------------
    P("d15_030",
      "QUITO (AP) — Ecuadorian prosecutors have charged 16 air force personnel over the "
      "disappearance of four boys who were detained by a military patrol in Guayaquil's Las "
      "Malvinas neighborhood on Dec. 8. The boys, aged 11 to 15, had been playing soccer. Their "
      "burned bodies were found near an air force base in Taura two weeks later, the attorney "
      "general's office said. Hundreds of people marched through Guayaquil on Monday demanding "
      "justice. President Daniel Noboa's government, which has deployed thousands of soldiers to "
      "the streets to fight drug gangs, initially defended the patrol.",
      [C("16", 16, "exact", "detained", "air force personnel charged", cat_alt=["other"],
         attr_alt=["Ecuadorian prosecutors"]),
       C("four", 4, "exact", "missing", "boys who disappeared", cat_alt=["killed", "detained"]),
       C("Hundreds", 100, "vague", "other", "marchers in Guayaquil"),
       C("thousands", 1000, "vague", "troops", "soldiers deployed to the streets")]),

    P("d15_031",
      "OTAVALO, Ecuador, Sept 29 (Reuters) - One protester was killed on Sunday when "
      "demonstrators blocking a highway near the northern city of Otavalo clashed with troops, "
      "Ecuador's largest indigenous organisation CONAIE said. The military said 12 soldiers had "
      "been injured and 17 others held by protesters for several hours before being released. At "
      "least 80 people have been arrested since the strike over the removal of diesel subsidies "
      "began on Sept. 22, according to the Alliance for Human Rights, which has counted 89 "
      "injured civilians.",
      [C("One", 1, "exact", "killed", "protester", CONAIE),
       C("12", 12, "exact", "injured", "soldiers", "The military"),
       C("17", 17, "exact", "hostages", "soldiers held by protesters", "The military",
         cat_alt=["detained"]),
       C("At least 80", 80, "at_least", "detained", "people arrested", ALLIANCE),
       C("89", 89, "exact", "injured", "civilians", ALLIANCE)]),

    P("d15_032",
      "LA PAZ, Nov 2, 2024 (AFP) - Supporters of former president Evo Morales seized three "
      "military barracks in the coca-growing Chapare region and took more than 200 soldiers "
      "hostage, the armed forces said on Saturday. Police have cleared 47 of the more than 70 road "
      "blockades set up by Morales supporters, who are protesting against an investigation into "
      "the former president, the government said. Government Minister Eduardo del Castillo said "
      "66 people had been arrested and 30 police officers injured since the blockades began three "
      "weeks ago.",
      [C("three", 3, "exact", "other", "military barracks seized", "the armed forces",
         cat_alt=["infrastructure"], ctx="three military"),
       C("more than 200", 200, "more_than", "hostages", "soldiers taken hostage",
         "the armed forces"),
       C("47", 47, "exact", "other", "road blockades cleared", "the government"),
       C("more than 70", 70, "more_than", "other", "road blockades", "the government"),
       C("66", 66, "exact", "detained", "people arrested", DEL_CASTILLO),
       C("30", 30, "exact", "injured", "police officers", DEL_CASTILLO)],
      published="2024-11-02"),

    P("d15_033",
      "LIMA, Peru (AP) — One man was killed and more than 100 people were injured, among them 84 "
      "police officers, during a night of protests in Peru's capital against President José Jerí "
      "and the political establishment, authorities said Thursday. The ombudsman's office "
      "identified the dead man as Eduardo Ruiz, 32, a hip-hop artist, and said 10 journalists "
      "were among the injured. Interior Minister Vicente Tiburcio said 11 people had been "
      "arrested. Jerí, who took office on Oct. 10 after Congress removed Dina Boluarte, has ruled "
      "out resigning.",
      [C("One", 1, "exact", "killed", "man", "authorities"),
       C("more than 100", 100, "more_than", "injured", "people", "authorities"),
       C("84", 84, "exact", "injured", "police officers", "authorities"),
       C("10", 10, "exact", "injured", "journalists", "The ombudsman's office",
         ctx="10 journalists"),
       C("11", 11, "exact", "detained", "people arrested", TIBURCIO)]),

    P("d15_034",
      "Gang attacks on Haitian hill town force thousands to flee, IOM says\n"
      "PORT-AU-PRINCE, Feb 5 (Reuters) - Gang attacks on the town of Kenscoff, in the hills above "
      "Haiti's capital, have forced more than 3,000 people from their homes in the past week, the "
      "International Organization for Migration said on Wednesday. Residents said at least 20 "
      "people had been killed, including a police officer, and dozens of houses burned. Fewer "
      "than 500 residents remained in the worst-hit neighbourhoods, a local official told Reuters. "
      "The Viv Ansanm gang coalition, which controls an estimated 85% of Port-au-Prince, has also "
      "pushed into towns to the north and east. More than a million people are now internally "
      "displaced in Haiti, three times as many as a year ago.",
      [C("thousands", 1000, "vague", "displaced", "people fleeing Kenscoff (headline)", "IOM",
         attr_alt=[IOM_HT]),
       C("more than 3,000", 3000, "more_than", "displaced", "people forced from their homes",
         IOM_HT),
       C("at least 20", 20, "at_least", "killed", "people in Kenscoff", "Residents"),
       C("dozens", 12, "vague", "infrastructure", "houses burned", "Residents"),
       C("Fewer than 500", 500, "fewer_than", "population", "residents remaining",
         "a local official"),
       C("an estimated 85%", 85, "about", "other", "share of Port-au-Prince controlled by gangs",
         optional=True),
       C("More than a million", 1_000_000, "more_than", "displaced",
         "internally displaced Haitians")]),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d15_035",
      "UYO, Nigeria — Victor Osimhen scored twice as Nigeria beat Rwanda 3-1 on Saturday to keep "
      "alive their hopes of reaching the 2026 World Cup. The 26-year-old striker, who now has 31 "
      "goals in 45 international appearances, struck in the 12th and 78th minutes before Samuel "
      "Chukwueze added a third. Nigeria are third in Group C with 11 points from eight matches, "
      "four behind leaders South Africa. Coach Eric Chelle said his side had \"no room for "
      "mistakes\" in their last two qualifiers.",
      []),

    P("d15_036",
      "BRUSSELS — The European Commission on Tuesday announced €12 million in humanitarian aid "
      "for Chad, where floods and a cholera outbreak have compounded a hunger crisis, bringing its "
      "aid to the country this year to €95.5 million. The funds, to be spent over 12 months, will "
      "go to water, sanitation and food projects, a spokesperson said. Chad's economy is forecast "
      "to grow by 3.7% this year, according to the International Monetary Fund. The Commission "
      "opened its humanitarian office in N'Djamena in 2004.",
      []),

    # --- More accidents and attacks --------------------------------------------------------------
    P("d15_037",
      "By BENSON AMADALA\n"
      "KAKAMEGA: Fourteen pupils died and 39 others were injured in a stampede at Kakamega "
      "Primary School on Monday evening as they rushed down a staircase from their classrooms at "
      "the end of the day. Education Cabinet Secretary George Magoha, who visited the school on "
      "Tuesday, said 20 of the injured had been treated and discharged while the rest were still "
      "admitted at Kakamega County General Hospital. The school has about 3,000 pupils, among "
      "them about 200 in its special unit. Police have detained five teachers who were on duty "
      "for questioning.",
      [C("Fourteen", 14, "exact", "killed", "pupils", attr_alt=[MAGOHA]),
       C("39", 39, "exact", "injured", "pupils", attr_alt=[MAGOHA]),
       C("20", 20, "exact", "injured", "pupils discharged", MAGOHA, cat_alt=["other"]),
       C("about 3,000", 3000, "about", "population", "pupils at the school", cat_alt=["other"]),
       C("about 200", 200, "about", "population", "pupils in the special unit",
         cat_alt=["other"], optional=True),
       C("five", 5, "exact", "detained", "teachers detained for questioning",
         attr_alt=["Police"])]),

    P("d15_038",
      "Brazil plane crash: all 62 on board killed as ATR 72 falls into residential area\n"
      "VINHEDO, Brazil (Reuters) - All 62 people on board a Voepass Linhas Aereas ATR 72-500 were "
      "killed when it crashed into the yard of a house in Vinhedo, in Sao Paulo state, on Friday, "
      "the airline said, revising its earlier count of 61. The dead were 58 passengers and four "
      "crew members. No one on the ground was hurt. Flight 2283 from Cascavel to Sao Paulo's "
      "Guarulhos airport lost contact at 1:21 p.m. after flying at 17,000 feet, the air force "
      "said.",
      [C("62", 62, "exact", "killed", "people on board (headline)", ctx="all 62"),
       C("62", 62, "exact", "killed", "people on board", "the airline", ctx="All 62"),
       C("61", 61, "exact", "killed", "people on board (earlier count)", "the airline"),
       C("58", 58, "exact", "killed", "passengers", "the airline", attr_alt=[None]),
       C("four", 4, "exact", "killed", "crew members", "the airline", attr_alt=[None])]),

    P("d15_039",
      "BOGOTA, June 10 (Reuters) - A wave of 24 bomb and gun attacks hit police stations and other "
      "targets in Cali and the southwestern department of Cauca on Tuesday, killing seven people, "
      "including two police officers, and injuring 28, the government said, blaming the FARC "
      "dissident group known as the Estado Mayor Central. Defence Minister Pedro Sanchez said "
      "police had arrested two suspects, one of them a minor. No group has claimed responsibility. "
      "The attacks came three days after presidential hopeful Miguel Uribe, 39, was shot at a "
      "campaign rally in Bogota.",
      [C("24", 24, "exact", "other", "bomb and gun attacks", "the government",
         cat_alt=["munitions"]),
       C("seven", 7, "exact", "killed", "people", "the government"),
       C("two", 2, "exact", "killed", "police officers", "the government",
         ctx="two police officers"),
       C("28", 28, "exact", "injured", "people", "the government"),
       C("two", 2, "exact", "detained", "suspects arrested", SANCHEZ, ctx="two suspects"),
       C("one", 1, "exact", "detained", "minor arrested", SANCHEZ, ctx="one of them a minor",
         optional=True)]),

    P("d15_040",
      "DOUALA, Cameroon (AP) — Security forces killed at least 48 people during protests that "
      "followed Cameroon's disputed presidential election, according to a U.N. report seen by The "
      "Associated Press, while the government has acknowledged between 16 and 20 deaths. The "
      "protests erupted after the Constitutional Council declared Paul Biya, 92, the winner with "
      "53.66% of the vote. Opposition candidate Issa Tchiroma Bakary, who claims victory, said "
      "security forces had arrested hundreds of his supporters in Garoua and Douala. Rights "
      "groups say up to 2,000 people have fled to neighbouring Nigeria.",
      [C("at least 48", 48, "at_least", "killed", "protesters", UN_CAMEROON),
       C("between 16 and 20", 16, "range", "killed", "deaths acknowledged by the government",
         "the government", high=20),
       C("hundreds", 100, "vague", "detained", "opposition supporters arrested", TCHIROMA),
       C("up to 2,000", 2000, "at_most", "displaced", "people who fled to Nigeria",
         "Rights groups")]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d15_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11", "devset12",
                                                   "devset13", "devset14", "holdout",
                                                   "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
