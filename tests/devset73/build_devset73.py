"""Source of the seventy-third development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, bylines and date lines) of news from the
Middle East and North Africa between 2005 and 2026 (Iraq, Syria, Yemen, Gaza, Israel and the West
Bank, Lebanon, Libya, Egypt, Iran and Turkey's southeast): air strikes, bombings, shootings,
sieges and clashes, hostages and prisoners, floods, earthquakes, a stampede, fires, crashes and a
mine blast, in the styles of wire agencies (Reuters, AP, AFP, Xinhua, Anadolu), regional outlets
(Al Jazeera, The National, Arab News, Times of Israel, Haaretz, Daily Sabah, Rudaw, L'Orient
Today, Ahram Online, Tehran Times) and broadcasters (BBC). Written for this set (none copied from
an article), annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims.

Run ``python tests/devset73/build_devset73.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

SOHR = "The Syrian Observatory for Human Rights"
KHALIL = "Caretaker Health Minister Ali Hassan Khalil"

PASSAGES = [
    # --- Iraq ----------------------------------------------------------------------------------
    P("d73_001",
      "BAQUBA, Iraq, July 18 (Reuters) - A suicide bomber driving an ice truck packed with "
      "explosives blew himself up in a crowded market in the town of Khan Bani Saad on Friday "
      "evening, killing at least 115 people, including women and children, police and medical "
      "sources said. Diyala provincial council member Abbas al-Tamimi said 170 people had been "
      "wounded and that many of the shoppers had been buying food for the Eid al-Fitr holiday, "
      "which began hours later. Islamic State claimed responsibility in a statement posted "
      "online, saying the attack had targeted Shi'ite militiamen. Another council member put the "
      "number of dead at 130 and said rescue teams were still searching the rubble of some 15 "
      "shops that had collapsed. The province's governor declared three days of mourning.",
      [C("at least 115", 115, "at_least", "killed", "people in Khan Bani Saad market",
         "police and medical sources"),
       C("170", 170, "exact", "injured", "people wounded",
         "Diyala provincial council member Abbas al-Tamimi"),
       C("130", 130, "exact", "killed", "dead", "Another council member"),
       C("some 15", 15, "about", "infrastructure", "shops collapsed", "Another council member")]),

    P("d73_002",
      "Hundreds die in Baghdad bridge stampede\n"
      "Last Updated: Wednesday, 31 August 2005, 17:45 GMT 18:45 UK\n"
      "At least 841 people have been killed in a stampede on a bridge in northern Baghdad, after "
      "rumours of a suicide bomber spread through a crowd of Shia pilgrims, Iraq's interior "
      "ministry says. Most of the victims were crushed or drowned when a railing on the "
      "al-Aimmah bridge gave way and hundreds fell into the River Tigris. The health ministry "
      "said 323 people were being treated for injuries. Up to a million pilgrims had been "
      "heading to the Kadhimiya shrine for a religious festival. Earlier in the day, seven "
      "people were killed when mortar rounds hit the crowd near the shrine, police said.",
      [C("Hundreds", 100, "vague", "killed", "people in Baghdad bridge stampede (headline)"),
       C("At least 841", 841, "at_least", "killed", "people in stampede",
         "Iraq's interior ministry"),
       C("hundreds", 100, "vague", "other", "people who fell into the Tigris",
         "Iraq's interior ministry", cat_alt=["killed"], attr_alt=[None]),
       C("323", 323, "exact", "injured", "people treated for injuries", "The health ministry"),
       C("Up to a million", 1_000_000, "at_most", "other", "pilgrims heading to the shrine"),
       C("seven", 7, "exact", "killed", "people killed by mortar rounds", "police")],
      published="2005-08-31"),

    P("d73_003",
      "Erbil floods: death toll rises to 12\n"
      "17-12-2021 11:48\n"
      "ERBIL, Kurdistan Region - The number of people killed by flash floods that swept through "
      "eastern Erbil in the early hours of Friday has risen to 12, among them women and "
      "children, the provincial governor's office said. Erbil governor Omed Khoshnaw told Rudaw "
      "that two people were still missing and that civil defence teams had rescued more than "
      "100 families trapped in their homes. Dozens of cars were swept away along the Kasnazan "
      "road. The Kurdistan Region's interior ministry said the water had damaged about 400 "
      "houses and that around 3,000 residents had been moved to mosques and schools, though a "
      "Rudaw reporter in Darashakran said the number was \"much higher\". Meteorologists "
      "recorded 81 millimetres of rain in less than six hours.",
      [C("12", 12, "exact", "killed", "people killed by floods (headline)", None,
         ctx="rises to 12"),
       C("12", 12, "exact", "killed", "people killed by floods",
         "the provincial governor's office", ctx="has risen to 12"),
       C("two", 2, "exact", "missing", "people", "Erbil governor Omed Khoshnaw"),
       C("more than 100", 100, "more_than", "other", "families rescued",
         "Erbil governor Omed Khoshnaw", cat_alt=["missing"]),
       C("Dozens", 12, "vague", "other", "cars swept away", None, optional=True,
         attr_alt=["Erbil governor Omed Khoshnaw"]),
       C("about 400", 400, "about", "infrastructure", "houses damaged",
         "The Kurdistan Region's interior ministry"),
       C("around 3,000", 3000, "about", "displaced", "residents moved to mosques and schools",
         "The Kurdistan Region's interior ministry")],
      published="2021-12-17"),

    P("d73_004",
      "BAGHDAD/ERBIL, Sept 27 (Reuters) - Oil began flowing from Iraq's Kurdistan region to "
      "Turkey's Ceyhan port on Saturday for the first time in two and a half years, after "
      "Baghdad, the regional government and foreign producers reached an interim deal. Initial "
      "flows were expected at 180,000 to 190,000 barrels per day, an Iraqi oil ministry official "
      "said, rising to about 230,000 bpd once repairs are finished. Under the agreement, "
      "producers will be paid $16 a barrel to cover production and transport costs. The "
      "pipeline was shut in March 2023 after an arbitration court ordered Turkey to pay Iraq "
      "$1.5 billion in damages for allowing exports without Baghdad's approval. Kurdish "
      "officials say the stoppage cost the region more than $35 billion, roughly 10% of its "
      "annual budget.",
      []),

    # --- Syria ---------------------------------------------------------------------------------
    P("d73_005",
      "MAARET AL-NUMAN, Syria (AFP) - Air strikes on a busy market in the rebel-held town of "
      "Maaret al-Numan killed at least 31 civilians on Monday, a war monitor said, in one of the "
      "deadliest days in months of bombardment of Syria's last major opposition bastion. The "
      "Syrian Observatory for Human Rights said the dead included three children and that more "
      "than 50 people had been wounded, some of them critically. Rescue workers from the White "
      "Helmets said they had pulled 19 bodies from under a collapsed building near the market "
      "alone. An AFP correspondent saw charred vegetable stalls and at least four flattened "
      "buildings. More than 400 civilians have been killed in the region since late April, "
      "according to the monitor, and the UN says some 330,000 people have fled their homes.",
      [C("at least 31", 31, "at_least", "killed", "civilians in Maaret al-Numan market",
         "a war monitor", attr_alt=[SOHR]),
       C("three", 3, "exact", "killed", "children", SOHR),
       C("more than 50", 50, "more_than", "injured", "people wounded", SOHR),
       C("19", 19, "exact", "killed", "bodies pulled from a collapsed building",
         "Rescue workers from the White Helmets"),
       C("at least four", 4, "at_least", "infrastructure", "flattened buildings",
         "An AFP correspondent"),
       C("More than 400", 400, "more_than", "killed", "civilians since late April",
         "the monitor", attr_alt=[SOHR]),
       C("some 330,000", 330000, "about", "displaced", "people who fled their homes",
         "the UN")]),
]
PASSAGES += [
    P("d73_006",
      "Syrian jets 'bomb bakery queue' in Hama\n"
      "Published On 24 Dec 2012\n"
      "Activists say a Syrian government air strike on a bakery in the central town of Halfaya "
      "has killed dozens of people who had been waiting in line for bread. The Britain-based "
      "Syrian Observatory for Human Rights put the toll at 60 on Monday, but opposition "
      "activists in the town said more than 90 had died and that the number could reach 200 "
      "once the rubble was cleared. Amateur video posted online showed bodies strewn along the "
      "street in front of the two-storey building. A local activist, Samer al-Hamawi, told Al "
      "Jazeera that about 1,000 people had gathered at the bakery because flour had reached the "
      "town for the first time in three days. State media did not mention the strike, but said "
      "the army had \"cleansed\" Halfaya of \"terrorists\".",
      [C("dozens", 12, "vague", "killed", "people waiting for bread", "Activists"),
       C("60", 60, "exact", "killed", "people at bakery",
         "The Britain-based Syrian Observatory for Human Rights"),
       C("more than 90", 90, "more_than", "killed", "people at bakery",
         "opposition activists in the town"),
       C("200", 200, "exact", "killed", "projected toll", "opposition activists in the town"),
       C("about 1,000", 1000, "about", "other", "people gathered at the bakery",
         "A local activist, Samer al-Hamawi", attr_alt=["Samer al-Hamawi"])],
      published="2012-12-24"),

    P("d73_007",
      "BEIRUT, July 14 (Reuters) - Syrian opposition activists said more than 200 people, most "
      "of them civilians, were killed on Thursday when government forces backed by helicopter "
      "gunships and tanks attacked the village of Tremseh in Hama province. State television "
      "gave a different account, saying \"armed terrorist groups\" had killed residents and that "
      "security forces had killed large numbers of gunmen and arrested seven. UN monitors, who "
      "reached the village on Saturday, said the attack appeared to have targeted army "
      "defectors and activists, and that more than 50 homes had been burned or damaged. One "
      "resident, Abu Mohammed, said he had helped bury 74 people in a field behind the mosque "
      "and that 30 others were still unaccounted for. The Syrian Revolution General Commission "
      "later revised its toll down to 103, saying some names had been counted twice.",
      [C("more than 200", 200, "more_than", "killed", "people in Tremseh",
         "Syrian opposition activists"),
       C("seven", 7, "exact", "detained", "gunmen arrested", "State television"),
       C("more than 50", 50, "more_than", "infrastructure", "homes burned or damaged",
         "UN monitors"),
       C("74", 74, "exact", "killed", "people buried", "One resident, Abu Mohammed",
         attr_alt=["Abu Mohammed"]),
       C("30", 30, "exact", "missing", "people unaccounted for", "One resident, Abu Mohammed",
         attr_alt=["Abu Mohammed"]),
       C("103", 103, "exact", "killed", "revised toll",
         "The Syrian Revolution General Commission")]),

    P("d73_008",
      "DAMASCUS, Syria (AP) — A wave of coordinated suicide bombings tore through the coastal "
      "cities of Jableh and Tartus on Monday, killing at least 148 people in the deadliest "
      "attacks to hit the government's heartland since the war began, a monitoring group said. "
      "The Syrian Observatory for Human Rights said 100 people died in Jableh, where three "
      "attackers and a car bomb struck a bus station, the entrance to the national hospital and "
      "an electricity office, and 48 in Tartus. State news agency SANA put the overall death "
      "toll at 78 and said more than 200 people had been wounded. Islamic State claimed the "
      "seven blasts through its Aamaq news agency, saying its fighters had targeted "
      "\"gatherings of Alawites.\" Both cities host large numbers of people displaced from "
      "elsewhere in Syria; Tartus alone has taken in some 400,000, according to its governor.",
      [C("at least 148", 148, "at_least", "killed", "people in Jableh and Tartus",
         "a monitoring group", attr_alt=[SOHR]),
       C("100", 100, "exact", "killed", "people in Jableh", SOHR),
       C("three", 3, "exact", "troops", "attackers in Jableh", SOHR, cat_alt=["other"]),
       C("48", 48, "exact", "killed", "people in Tartus", SOHR),
       C("78", 78, "exact", "killed", "overall toll", "State news agency SANA"),
       C("more than 200", 200, "more_than", "injured", "people wounded",
         "State news agency SANA"),
       C("seven", 7, "exact", "other", "blasts", None, cat_alt=["munitions"],
         attr_alt=["Islamic State"]),
       C("some 400,000", 400000, "about", "displaced", "displaced people in Tartus",
         "its governor")]),

    P("d73_009",
      "Syria: dozens killed in clashes near Damascus as Israel strikes 'extremist' gunmen\n"
      "Apr 30, 2025\n"
      "Clashes between pro-government fighters and Druze gunmen in the Damascus suburbs of "
      "Jaramana and Ashrafiyat Sahnaya have killed at least 39 people since Tuesday, a war "
      "monitor said on Wednesday. The Syrian Observatory for Human Rights said the dead included "
      "16 members of the security forces and 22 Druze fighters, along with a civilian. The "
      "Interior Ministry said 11 of its personnel had been killed in an \"ambush\" by \"outlaw "
      "groups\" on the Sahnaya road, without giving a wider toll. Israel said it had struck a "
      "group of \"extremist operatives\" preparing to attack Druze civilians. In Sweida "
      "province, local leaders said about 100 Druze gunmen had been sent to help defend the two "
      "suburbs and that a convoy of 50 vehicles had come under fire on the way.",
      [C("dozens", 12, "vague", "killed", "people in clashes near Damascus (headline)"),
       C("at least 39", 39, "at_least", "killed", "people in Jaramana and Sahnaya",
         "a war monitor", attr_alt=[SOHR]),
       C("16", 16, "exact", "killed", "security forces members", SOHR),
       C("22", 22, "exact", "killed", "Druze fighters", SOHR),
       C("11", 11, "exact", "killed", "Interior Ministry personnel", "The Interior Ministry"),
       C("about 100", 100, "about", "troops", "Druze gunmen sent to the suburbs",
         "local leaders", cat_alt=["other"]),
       C("two", 2, "exact", "other", "suburbs", "local leaders", optional=True),
       C("50", 50, "exact", "other", "vehicles in convoy", "local leaders", optional=True)],
      published="2025-04-30"),

    P("d73_010",
      "Thousands flee Aleppo's Sheikh Maqsoud as army, YPG clash\n"
      "DAILY SABAH WITH AGENCIES\n"
      "ISTANBUL\n"
      "JAN 08, 2026 - 4:35 PM GMT+3\n"
      "Thousands of civilians have fled Aleppo's Sheikh Maqsoud and Ashrafieh neighborhoods "
      "through humanitarian corridors opened by the Syrian army, as clashes with the PKK/YPG-led "
      "SDF entered a third day. The Aleppo governorate said at least 16,000 people had left by "
      "Wednesday evening and were being housed in 12 shelters across the city, while the Syrian "
      "Arab Red Crescent put the figure at nearly 30,000. Syria's Health Ministry said nine "
      "civilians had been killed and 57 wounded by YPG sniper and drone fire. The SDF, for its "
      "part, said army shelling had killed 12 people in the two neighborhoods, including four "
      "children, and accused Damascus of besieging some 400,000 residents. Neither account "
      "could be independently verified.",
      [C("Thousands", 1000, "vague", "displaced", "civilians fleeing (headline)", None,
         ctx="Thousands flee"),
       C("Thousands", 1000, "vague", "displaced", "civilians who fled Sheikh Maqsoud", None,
         attr_alt=["The Aleppo governorate"], ctx="Thousands of civilians"),
       C("at least 16,000", 16000, "at_least", "displaced", "people who left",
         "The Aleppo governorate"),
       C("12", 12, "exact", "infrastructure", "shelters", "The Aleppo governorate",
         cat_alt=["other", "aid"], ctx="12 shelters"),
       C("nearly 30,000", 30000, "about", "displaced", "people who left",
         "the Syrian Arab Red Crescent"),
       C("nine", 9, "exact", "killed", "civilians", "Syria's Health Ministry"),
       C("57", 57, "exact", "injured", "civilians", "Syria's Health Ministry"),
       C("12", 12, "exact", "killed", "people killed by army shelling", "The SDF",
         ctx="killed 12 people"),
       C("two", 2, "exact", "other", "neighborhoods", "The SDF", optional=True,
         ctx="the two neighborhoods"),
       C("four", 4, "exact", "killed", "children", "The SDF"),
       C("some 400,000", 400000, "about", "population", "residents besieged", "The SDF")],
      published="2026-01-08"),
]
    # --- Yemen ---------------------------------------------------------------------------------
PASSAGES += [
    P("d73_011",
      "SANAA, Aug. 12 (Xinhua) -- The death toll from torrential floods that hit Yemen's western "
      "province of Mahwit has risen to 30, with dozens of others still missing, the Houthi-run "
      "health authorities said on Monday. Floods triggered by heavy rains swept away homes and "
      "cars in Milhan district on Sunday, the Houthi-run Saba news agency reported, quoting "
      "local officials who said at least 20 houses had been destroyed. The UN's International "
      "Organization for Migration (IOM) said in a separate report that more than 4,800 families "
      "had been affected by floods across Yemen since late July, including in Hodeidah, Hajjah "
      "and Taiz. \"Many people lost everything in minutes,\" an IOM official said, adding that "
      "18 temporary shelters had been damaged in camps for displaced people.",
      [C("30", 30, "exact", "killed", "people in Mahwit floods",
         "the Houthi-run health authorities"),
       C("dozens", 12, "vague", "missing", "people", "the Houthi-run health authorities"),
       C("at least 20", 20, "at_least", "infrastructure", "houses destroyed", "local officials",
         attr_alt=["the Houthi-run Saba news agency"]),
       C("more than 4,800", 4800, "more_than", "other", "families affected by floods",
         "The UN's International Organization for Migration (IOM)", cat_alt=["population"]),
       C("18", 18, "exact", "infrastructure", "temporary shelters damaged", "an IOM official",
         cat_alt=["other"])]),

    # --- Gaza, Israel and the West Bank --------------------------------------------------------
    P("d73_012",
      "Forensic tests show body returned by Hamas is not Shiri Bibas, IDF says\n"
      "By TOI STAFF\n"
      "21 February 2025, 1:12 am\n"
      "The Israel Defense Forces said early Friday that one of the four bodies handed over by "
      "Hamas in Khan Younis on Thursday was not that of Shiri Bibas, but of an unidentified Gaza "
      "woman, calling it \"a violation of the utmost severity.\" The bodies of her sons Ariel and "
      "Kfir, who were four years and nine months old when they were abducted, were positively "
      "identified, as was that of Oded Lifshitz, 83, the military said. Hamas has claimed that "
      "the three Bibas family members were killed in an Israeli airstrike in November 2023, a "
      "claim the IDF rejects. Under the first phase of the ceasefire, the terror group is due to "
      "release six more living hostages on Saturday in exchange for more than 600 Palestinian "
      "prisoners. Of the 251 people taken captive on October 7, 2023, 70 remain in Gaza, "
      "including at least 35 whom the IDF has confirmed dead.",
      [C("four", 4, "exact", "killed", "bodies handed over by Hamas",
         "The Israel Defense Forces", cat_alt=["hostages"], attr_alt=[None],
         ctx="the four bodies"),
       C("three", 3, "exact", "killed", "Bibas family members", "Hamas",
         cat_alt=["hostages"]),
       C("six", 6, "exact", "hostages", "living hostages due for release"),
       C("more than 600", 600, "more_than", "detained", "Palestinian prisoners to be released"),
       C("251", 251, "exact", "hostages", "people taken captive on October 7"),
       C("70", 70, "exact", "hostages", "hostages remaining in Gaza"),
       C("at least 35", 35, "at_least", "killed", "hostages confirmed dead", "the IDF",
         cat_alt=["hostages"], attr_alt=["The Israel Defense Forces"])],
      published="2025-02-21"),

    P("d73_013",
      "Seven killed in shooting attack outside Jerusalem synagogue\n"
      "Haaretz | Jan 27, 2023 11:34 pm IST\n"
      "A Palestinian gunman opened fire outside a synagogue in the East Jerusalem settlement of "
      "Neve Yaakov on Friday night, killing seven people and wounding three others before he "
      "was shot dead by police, Magen David Adom said. Among the dead was a 14-year-old boy, the "
      "rescue service said. Police identified the gunman as a 21-year-old resident of East "
      "Jerusalem and said 42 people, including members of his family, had been detained for "
      "questioning. \"This is one of the worst attacks we have encountered in recent years,\" "
      "Police Commissioner Kobi Shabtai told reporters at the scene. The shooting came a day "
      "after an Israeli raid in the Jenin refugee camp in which nine Palestinians, including an "
      "elderly woman, were killed, according to the Palestinian Health Ministry.",
      [C("Seven", 7, "exact", "killed", "people outside Jerusalem synagogue (headline)"),
       C("seven", 7, "exact", "killed", "people outside synagogue", "Magen David Adom"),
       C("three", 3, "exact", "injured", "people wounded", "Magen David Adom"),
       C("42", 42, "exact", "detained", "people detained for questioning", "Police"),
       C("nine", 9, "exact", "killed", "Palestinians in Jenin raid",
         "the Palestinian Health Ministry")],
      published="2023-01-27"),

    P("d73_014",
      "Israel seizes Gaza-bound Madleen aid boat, detains 12 activists\n"
      "Published On 9 Jun 2025\n"
      "Israeli forces have intercepted the Madleen, a small boat carrying humanitarian aid to "
      "Gaza, in international waters about 185km (115 miles) from the enclave, and detained the "
      "12 activists on board, among them Swedish climate campaigner Greta Thunberg. The Freedom "
      "Flotilla Coalition, which organised the voyage, said the crew had been \"kidnapped\" and "
      "that the boat's cargo - baby formula, flour, rice, nappies and medical supplies - was "
      "\"symbolic\" given the scale of need. Israel's Foreign Ministry called the boat a "
      "\"selfie yacht\" and said the aid, which it described as less than a single truckload, "
      "would be transferred to Gaza through \"real humanitarian channels\". Four of the "
      "activists, Thunberg among them, agreed to be deported, while eight refused and were "
      "taken before a judge, the rights group Adalah said.",
      [C("12", 12, "exact", "detained", "activists (headline)", None, ctx="detains 12"),
       C("12", 12, "exact", "detained", "activists on board", None,
         attr_alt=["The Freedom Flotilla Coalition"], ctx="12 activists on board"),
       C("Four", 4, "exact", "detained", "activists agreeing to deportation",
         "the rights group Adalah", cat_alt=["displaced", "other"]),
       C("eight", 8, "exact", "detained", "activists who refused deportation",
         "the rights group Adalah")],
      published="2025-06-09"),

    P("d73_015",
      "GAZA/CAIRO, Aug 11 (Reuters) - An Israeli strike on a tent outside Gaza City's Al Shifa "
      "hospital killed Al Jazeera correspondent Anas al-Sharif and four of his colleagues late "
      "on Sunday, the Qatar-based broadcaster said. Two other people were killed in the strike, "
      "which hit a tent used by journalists near the hospital's main gate, according to Gaza "
      "health officials. The Israeli military said Sharif had headed a Hamas cell, an accusation "
      "Al Jazeera and Sharif had rejected. The Committee to Protect Journalists says at least "
      "186 journalists have been killed since the war began, the vast majority of them "
      "Palestinians, while the Gaza government media office puts the number at 237. Sharif, "
      "28, was one of the best-known faces of the network's coverage from northern Gaza.",
      [C("four", 4, "exact", "killed", "Al Jazeera colleagues", "the Qatar-based broadcaster",
         attr_alt=["Al Jazeera"]),
       C("Two", 2, "exact", "killed", "other people in strike", "Gaza health officials"),
       C("at least 186", 186, "at_least", "killed", "journalists since war began",
         "The Committee to Protect Journalists"),
       C("237", 237, "exact", "killed", "journalists", "the Gaza government media office")]),
]
PASSAGES += [
    P("d73_016",
      "TEL AVIV, Israel (AP) — Hamas on Monday released Edan Alexander, the last living American "
      "hostage held in Gaza, after 584 days in captivity, in a gesture to U.S. President Donald "
      "Trump ahead of his visit to the region. Alexander, 21, a soldier from Tenafly, New "
      "Jersey, was handed over to the Red Cross in Khan Younis and taken to a military base in "
      "southern Israel, where he met his parents. Israel says 58 hostages remain in Gaza, around "
      "a third of them believed to be alive. Israel's military said it had paused fighting in "
      "the area for several hours to allow his safe passage. The Health Ministry in Gaza said at "
      "least 2,700 people had been killed since Israel resumed its offensive in March, breaking "
      "a two-month ceasefire.",
      [C("58", 58, "exact", "hostages", "hostages remaining in Gaza", "Israel"),
       C("around a third", 1 / 3, "about", "hostages", "share of hostages believed alive",
         "Israel", optional=True),
       C("at least 2,700", 2700, "at_least", "killed", "people since offensive resumed",
         "The Health Ministry in Gaza")]),

    P("d73_017",
      "Israeli strike on Gaza's only Catholic church kills three\n"
      "Published 17 July 2025\n"
      "Three people were killed and several others injured when an Israeli strike hit the Holy "
      "Family Church in Gaza City on Thursday, the Latin Patriarchate of Jerusalem said. Among "
      "the wounded was the parish priest, Father Gabriel Romanelli, who suffered a light injury "
      "to his leg. The church compound has been sheltering about 600 displaced people, many of "
      "them children and some with disabilities, since the early weeks of the war, according to "
      "Caritas Jerusalem. The Israeli military said it was \"aware of reports of damage\" and "
      "was looking into the circumstances. Gaza's Christian community is thought to number "
      "fewer than 1,000 people today, down from around 3,000 in 2007.",
      [C("three", 3, "exact", "killed", "people at Holy Family Church (headline)"),
       C("Three", 3, "exact", "killed", "people at Holy Family Church",
         "the Latin Patriarchate of Jerusalem"),
       C("about 600", 600, "about", "displaced", "displaced people sheltering in the compound",
         "Caritas Jerusalem"),
       C("fewer than 1,000", 1000, "fewer_than", "population", "Gaza's Christians"),
       C("around 3,000", 3000, "about", "population", "Gaza's Christians in 2007")],
      published="2025-07-17"),

    P("d73_018",
      "Palestinian toddler burned to death in West Bank arson attack; Israel blames Jewish "
      "extremists\n"
      "Jul 31, 2015 12:45 PM\n"
      "An 18-month-old Palestinian boy was burned to death and three members of his family were "
      "seriously hurt early Friday when suspected Jewish extremists set fire to two homes in "
      "the West Bank village of Duma, near Nablus, Palestinian officials and the Israel Defense "
      "Forces said. The boy's parents, Saad and Riham Dawabsheh, and his four-year-old brother "
      "Ahmed were taken to Israeli hospitals, the Magen David Adom rescue service said; two of "
      "them were in critical condition with burns over 80 percent of their bodies. Hebrew "
      "graffiti reading \"Revenge\" was found on a wall. Prime Minister Benjamin Netanyahu called "
      "the attack \"an act of terrorism in every respect.\" Security sources said two suspects "
      "were being sought, but no arrests had been made by Friday evening.",
      [C("three", 3, "exact", "injured", "family members",
         "Palestinian officials and the Israel Defense Forces"),
       C("two", 2, "exact", "infrastructure", "homes set on fire",
         "Palestinian officials and the Israel Defense Forces", cat_alt=["other"],
         ctx="two homes"),
       C("two", 2, "exact", "injured", "family members in critical condition",
         "the Magen David Adom rescue service", ctx="two of them"),
       C("two", 2, "exact", "other", "suspects sought", "Security sources",
         cat_alt=["detained"], ctx="two suspects")],
      published="2015-07-31"),

    P("d73_019",
      "Israeli strike on Gaza seaside cafe kills at least 24, says civil defense\n"
      "Updated 01 July 2025\n"
      "GAZA CITY: An Israeli airstrike hit a crowded seafront cafe in Gaza City on Monday, "
      "killing at least 24 people, among them a journalist and an artist, according to Gaza's "
      "civil defense agency. Witnesses said the Al-Baqa cafe, one of the few places in the city "
      "with electricity and internet, had been packed with dozens of people watching a football "
      "match and charging their phones. Hospital officials put the death toll at 39 later in "
      "the day, and said more than 30 others had been wounded. The Israeli military said it had "
      "targeted \"several Hamas terrorists\" and had taken steps to reduce civilian harm. Across "
      "the territory, at least 74 people were killed on Monday, 30 of them while seeking aid, "
      "Gaza's health ministry said.",
      [C("at least 24", 24, "at_least", "killed", "people at Gaza seaside cafe (headline)",
         "civil defense", attr_alt=["Gaza's civil defense agency"], ctx="kills at least 24"),
       C("at least 24", 24, "at_least", "killed", "people at Al-Baqa cafe",
         "Gaza's civil defense agency", ctx="killing at least 24"),
       C("dozens", 12, "vague", "other", "people in the cafe", "Witnesses"),
       C("39", 39, "exact", "killed", "people at cafe", "Hospital officials"),
       C("more than 30", 30, "more_than", "injured", "people wounded", "Hospital officials"),
       C("at least 74", 74, "at_least", "killed", "people across Gaza on Monday",
         "Gaza's health ministry"),
       C("30", 30, "exact", "killed", "people killed seeking aid", "Gaza's health ministry",
         ctx="30 of them")],
      published="2025-07-01"),

    # --- Lebanon -------------------------------------------------------------------------------
    P("d73_020",
      "BEIRUT (AFP) - A car bomb ripped through a Hezbollah stronghold in Beirut's southern "
      "suburbs on Thursday, killing at least 20 people and wounding 120 in the deadliest attack "
      "on the Shiite movement's heartland in decades, the health minister said. Thick black "
      "smoke rose over the Ruwais district as firefighters battled blazes in several buildings "
      "and residents searched the rubble for relatives. Caretaker Health Minister Ali Hassan "
      "Khalil told reporters the toll could rise, as some victims had been burned beyond "
      "recognition. A previously unknown Sunni group calling itself the \"Brigades of Aisha\" "
      "claimed the attack in a video, saying it was punishment for Hezbollah's role in Syria. "
      "It was the second bombing to hit the area in just over a month, after a blast in Bir "
      "al-Abed on July 9 wounded more than 50 people.",
      [C("at least 20", 20, "at_least", "killed", "people in Ruwais car bomb",
         "the health minister", attr_alt=[KHALIL]),
       C("120", 120, "exact", "injured", "people wounded", "the health minister",
         attr_alt=[KHALIL]),
       C("more than 50", 50, "more_than", "injured", "people wounded in Bir al-Abed blast")]),
]
PASSAGES += [
    P("d73_021",
      "TRIPOLI, Lebanon, Aug 23 (Reuters) - Two car bombs exploded outside Sunni Muslim mosques "
      "in the northern Lebanese city of Tripoli as worshippers were leaving Friday prayers, "
      "killing 42 people and wounding about 500, the Lebanese Red Cross said. The first blast "
      "hit the al-Taqwa mosque, whose preacher is a prominent critic of Hezbollah; minutes "
      "later a second car bomb went off outside the al-Salam mosque near the port. Security "
      "sources said one of the bombs contained around 100 kg of explosives. Hospital officials "
      "said more than 60 of the wounded were in critical condition and appealed for blood "
      "donors. Army units deployed across the city, where clashes linked to the Syrian war have "
      "killed more than 100 people in two years.",
      [C("Two", 2, "exact", "munitions", "car bombs", "the Lebanese Red Cross",
         cat_alt=["other"], attr_alt=[None]),
       C("42", 42, "exact", "killed", "people at Tripoli mosques", "the Lebanese Red Cross"),
       C("about 500", 500, "about", "injured", "people wounded", "the Lebanese Red Cross"),
       C("around 100", 100, "about", "munitions", "kg of explosives in one bomb",
         "Security sources", optional=True),
       C("more than 60", 60, "more_than", "injured", "wounded in critical condition",
         "Hospital officials"),
       C("more than 100", 100, "more_than", "killed", "people in Tripoli clashes in two years")]),

    P("d73_022",
      "Twin suicide blasts hit Iran embassy in Beirut\n"
      "Published — Tuesday 19 November 2013\n"
      "Twin suicide bombings outside the Iranian Embassy in Beirut killed 23 people on Tuesday, "
      "including Iran's cultural attache, Lebanese officials said. Health Minister Ali Hassan "
      "Khalil said 146 people had been wounded, some of them critically. One bomber, on a "
      "motorcycle, blew himself up at the embassy's gate; a second detonated a car packed with "
      "about 50 kg of explosives moments later, an army statement said. The Al-Qaeda-linked "
      "Abdullah Azzam Brigades claimed responsibility and vowed more attacks until Iran pulled "
      "its forces out of Syria. Six embassy guards were among the dead, Iran's ambassador "
      "Ghazanfar Roknabadi told Al-Manar television.",
      [C("23", 23, "exact", "killed", "people outside Iranian Embassy", "Lebanese officials"),
       C("146", 146, "exact", "injured", "people wounded", "Health Minister Ali Hassan Khalil"),
       C("about 50", 50, "about", "munitions", "kg of explosives in car", "an army statement",
         optional=True),
       C("Six", 6, "exact", "killed", "embassy guards",
         "Iran's ambassador Ghazanfar Roknabadi")],
      published="2013-11-19"),

    P("d73_023",
      "Nine killed in Israeli strike on Bachoura, in the heart of Beirut\n"
      "L'Orient Today / By Hala Hassan, 03 October 2024 11:20\n"
      "An Israeli strike on a building housing a Hezbollah-affiliated health center in Beirut's "
      "central Bachoura neighborhood killed nine people overnight, the Health Ministry said "
      "Thursday, in the closest strike to the capital's downtown since the start of the "
      "escalation. Seven of the dead were paramedics and firefighters of the Islamic Health "
      "Committee, the civil defense group affiliated with Hezbollah, according to the "
      "committee. The ministry said 14 people were wounded. In its daily tally, the ministry "
      "said 1,974 people had been killed and 9,384 wounded in Lebanon since Oct. 8, 2023, "
      "including 127 children. Government figures put the number of people displaced inside "
      "Lebanon at around 1.2 million, while the UN says more than 300,000 people, most of them "
      "Syrians, have crossed into Syria.",
      [C("Nine", 9, "exact", "killed", "people in Bachoura strike (headline)"),
       C("nine", 9, "exact", "killed", "people in Bachoura strike", "the Health Ministry"),
       C("Seven", 7, "exact", "killed", "paramedics and firefighters", "the committee",
         attr_alt=["the Islamic Health Committee"]),
       C("14", 14, "exact", "injured", "people wounded", "The ministry",
         attr_alt=["the Health Ministry"]),
       C("1,974", 1974, "exact", "killed", "people in Lebanon since Oct. 8, 2023",
         "the ministry", attr_alt=["the Health Ministry"]),
       C("9,384", 9384, "exact", "injured", "people in Lebanon since Oct. 8, 2023",
         "the ministry", attr_alt=["the Health Ministry"]),
       C("127", 127, "exact", "killed", "children", "the ministry",
         attr_alt=["the Health Ministry"]),
       C("around 1.2 million", 1_200_000, "about", "displaced", "people displaced in Lebanon",
         "Government figures"),
       C("more than 300,000", 300000, "more_than", "displaced", "people who crossed into Syria",
         "the UN")],
      published="2024-10-03"),

    P("d73_024",
      "BEIRUT, Jan 26 (Reuters) - Israeli troops killed 22 people and wounded 124 in southern "
      "Lebanon on Sunday as thousands of residents tried to return to villages still held by "
      "Israeli forces after the deadline for their withdrawal under a ceasefire expired, "
      "Lebanon's health ministry said. The dead included six women and a Lebanese soldier, the "
      "ministry said. The Israeli military said its troops had fired \"warning shots\" to remove "
      "\"threats\" and had detained several suspects. The Lebanese army said it had deployed "
      "units into 11 villages on Sunday but accused Israel of \"procrastination\" that had "
      "slowed its deployment. Under the November truce, Israel was to pull its forces out "
      "within 60 days, while Hezbollah was to withdraw its fighters north of the Litani river.",
      [C("22", 22, "exact", "killed", "people in southern Lebanon", "Lebanon's health ministry"),
       C("124", 124, "exact", "injured", "people in southern Lebanon",
         "Lebanon's health ministry"),
       C("thousands", 1000, "vague", "displaced", "residents trying to return", None,
         cat_alt=["other"], attr_alt=["Lebanon's health ministry"]),
       C("six", 6, "exact", "killed", "women", "the ministry",
         attr_alt=["Lebanon's health ministry"]),
       C("11", 11, "exact", "other", "villages army deployed into", "The Lebanese army",
         optional=True)]),

    # --- Libya ---------------------------------------------------------------------------------
    P("d73_025",
      "Zliten truck bomb kills dozens at police training centre\n"
      "TRIPOLI, Jan 7 (AFP) - A truck bomb tore through a police training centre in the western "
      "Libyan town of Zliten on Thursday, killing at least 47 people, most of them recruits, a "
      "security official said. Around 400 recruits had gathered in the courtyard for morning "
      "assembly when the water tanker packed with explosives drove in, according to witnesses. "
      "Hospital sources in nearby Misrata, where many of the wounded were taken, said more than "
      "100 people had been hurt. The health ministry of the Tripoli-based government later put "
      "the toll at 65 and called for blood donations. UN envoy Martin Kobler condemned the "
      "bombing, the deadliest in Libya since the 2011 uprising that toppled Moamer Kadhafi.",
      [C("dozens", 12, "vague", "killed", "people at Zliten police centre (headline)"),
       C("at least 47", 47, "at_least", "killed", "people at police training centre",
         "a security official"),
       C("Around 400", 400, "about", "other", "recruits gathered in the courtyard",
         "witnesses", cat_alt=["population"]),
       C("more than 100", 100, "more_than", "injured", "people hurt",
         "Hospital sources in nearby Misrata"),
       C("65", 65, "exact", "killed", "toll",
         "The health ministry of the Tripoli-based government")]),
]
PASSAGES += [
    P("d73_026",
      "WASHINGTON/TRIPOLI, Feb 19 (Reuters) - U.S. warplanes struck an Islamic State training "
      "camp near the Libyan city of Sabratha on Friday, targeting a Tunisian militant linked to "
      "two deadly attacks in Tunisia last year, U.S. officials said. The mayor of Sabratha, "
      "Hussein al-Dawadi, said 49 people had been killed, most of them Tunisians believed to be "
      "recruits, and six wounded. A Pentagon spokesman said the strike, carried out by F-15E "
      "jets, had probably killed Noureddine Chouchane and as many as 30 militants who were "
      "planning an attack on Western interests. Serbia later said two of its embassy staff, "
      "held hostage since November, were among the dead. Western officials estimate that "
      "Islamic State has between 5,000 and 6,500 fighters in Libya.",
      [C("two", 2, "exact", "other", "attacks in Tunisia", "U.S. officials", optional=True,
         cat_alt=["munitions"], ctx="two deadly attacks"),
       C("49", 49, "exact", "killed", "people at Sabratha camp",
         "The mayor of Sabratha, Hussein al-Dawadi"),
       C("six", 6, "exact", "injured", "people wounded",
         "The mayor of Sabratha, Hussein al-Dawadi"),
       C("as many as 30", 30, "at_most", "killed", "militants", "A Pentagon spokesman"),
       C("two", 2, "exact", "killed", "Serbian embassy staff held hostage", "Serbia",
         cat_alt=["hostages"], ctx="two of its embassy staff"),
       C("between 5,000 and 6,500", 5000, "range", "troops", "Islamic State fighters in Libya",
         "Western officials", high=6500)]),

    P("d73_027",
      "Gunmen storm luxury hotel in Libyan capital\n"
      "Published 27 January 2015\n"
      "Gunmen have attacked the Corinthia hotel in Tripoli, a favourite of officials and foreign "
      "visitors, killing at least nine people, among them five foreigners, Libyan security "
      "officials say. An American contractor and a French national were among those killed, "
      "the US State Department and French officials confirmed. The attack began when a car bomb "
      "exploded in the hotel car park; three or four gunmen then entered the lobby and opened "
      "fire, a security spokesman, Essam al-Naas, said. The assailants later blew themselves up "
      "with grenades on the 24th floor after being cornered by security forces. A group "
      "claiming to be the Libyan branch of Islamic State said it had carried out the attack.",
      [C("at least nine", 9, "at_least", "killed", "people at Corinthia hotel",
         "Libyan security officials"),
       C("five", 5, "exact", "killed", "foreigners", "Libyan security officials"),
       C("three or four", 3, "range", "troops", "gunmen who entered the lobby",
         "a security spokesman, Essam al-Naas", high=4, cat_alt=["other"],
         attr_alt=["Essam al-Naas"])],
      published="2015-01-27"),

    # --- Egypt ---------------------------------------------------------------------------------
    P("d73_028",
      "EgyptAir flight from Paris to Cairo disappears over Mediterranean with 66 aboard\n"
      "Ahram Online , Thursday 19 May 2016\n"
      "An EgyptAir passenger plane travelling from Paris to Cairo with 66 people on board "
      "disappeared from radar screens early on Thursday over the eastern Mediterranean, the "
      "national carrier said. The Airbus A320, flight MS804, was carrying 56 passengers, "
      "including a child and two babies, as well as seven crew members and three security "
      "personnel, EgyptAir said in a statement. Among the passengers were 30 Egyptians, 15 "
      "French citizens, two Iraqis and one each from Britain, Canada and Belgium, according to "
      "the airline. Greek Defence Minister Panos Kammenos said the jet had swerved sharply and "
      "plunged from 37,000 feet before vanishing. Egypt's military said it had sent two "
      "frigates, a submarine and several aircraft to join the search.",
      [C("66", 66, "exact", "other", "people on board (headline)", None, ctx="with 66 aboard"),
       C("66", 66, "exact", "other", "people on board", "the national carrier",
         attr_alt=["EgyptAir"], ctx="with 66 people"),
       C("56", 56, "exact", "other", "passengers", "EgyptAir"),
       C("two", 2, "exact", "other", "babies", "EgyptAir", ctx="two babies"),
       C("seven", 7, "exact", "other", "crew members", "EgyptAir"),
       C("three", 3, "exact", "other", "security personnel on board", "EgyptAir",
         cat_alt=["troops"]),
       C("30", 30, "exact", "other", "Egyptian passengers", "the airline",
         attr_alt=["EgyptAir"]),
       C("15", 15, "exact", "other", "French passengers", "the airline",
         attr_alt=["EgyptAir"]),
       C("two", 2, "exact", "other", "Iraqi passengers", "the airline", attr_alt=["EgyptAir"],
         ctx="two Iraqis"),
       C("one", 1, "exact", "other", "passengers each from Britain, Canada and Belgium",
         "the airline", optional=True, ctx="one each"),
       C("two", 2, "exact", "other", "frigates sent to the search", "Egypt's military",
         optional=True, cat_alt=["munitions", "troops"], ctx="two frigates")],
      published="2016-05-19"),

    P("d73_029",
      "CAIRO (Reuters) - A train engine crashed into a barrier inside Cairo's main railway "
      "station on Wednesday and burst into flames, killing at least 20 people and injuring 40, "
      "Egypt's health ministry said. Witnesses said the driver had left the locomotive without "
      "applying the brakes after arguing with another driver, and that it rammed the buffer at "
      "about 60 km an hour. Transport Minister Hisham Arafat resigned hours after the accident, "
      "state media reported. The toll later rose to 25, the prosecutor general's office said, "
      "adding that six railway employees, including the driver, had been detained for "
      "questioning.",
      [C("at least 20", 20, "at_least", "killed", "people at Ramses station",
         "Egypt's health ministry"),
       C("40", 40, "exact", "injured", "people injured", "Egypt's health ministry"),
       C("25", 25, "exact", "killed", "updated toll", "the prosecutor general's office"),
       C("six", 6, "exact", "detained", "railway employees detained",
         "the prosecutor general's office", attr_alt=[None])]),

    P("d73_030",
      "ASWAN, Egypt (AP) — Scorpions swept out of their nests by flash floods stung hundreds of "
      "people in the southern Egyptian city of Aswan, health officials said Saturday, after a "
      "rare storm lashed the area with hail and thunder. Health Ministry spokesman Khaled "
      "Megahed said 503 people had been treated for stings and discharged after receiving "
      "anti-venom. Three deaths reported on social media were denied by the ministry, which "
      "said no one had died from stings. Local media said the storm had killed at least three "
      "people in collapsed houses and damaged at least 110 homes in villages around the city. "
      "The governor said 3,000 doses of anti-venom had been sent to the region's hospitals.",
      [C("hundreds", 100, "vague", "injured", "people stung by scorpions", "health officials"),
       C("503", 503, "exact", "injured", "people treated for stings",
         "Health Ministry spokesman Khaled Megahed", cat_alt=["other"]),
       C("Three", 3, "exact", "killed", "deaths reported on social media", None,
         optional=True, attr_alt=["social media"]),
       C("at least three", 3, "at_least", "killed", "people in collapsed houses",
         "Local media"),
       C("at least 110", 110, "at_least", "infrastructure", "homes damaged", "Local media"),
       C("3,000", 3000, "exact", "aid", "doses of anti-venom", "The governor")]),
]
PASSAGES += [
    P("d73_031",
      "Egypt blames militants for Cairo car blast that killed 20\n"
      "August 5, 2019\n"
      "A car packed with explosives that crashed into three other vehicles outside Cairo's "
      "National Cancer Institute late on Sunday was being driven by militants on their way to "
      "carry out an attack, Egypt's Interior Ministry said on Monday. The explosion killed 20 "
      "people and wounded 47, the Health Ministry said, and forced the evacuation of dozens of "
      "patients from the hospital, where the blast shattered windows over several floors. The "
      "Interior Ministry blamed the Hasm movement, which it says is the armed wing of the "
      "banned Muslim Brotherhood. Health Minister Hala Zayed said 54 patients had been moved to "
      "other hospitals overnight. Hasm denied any involvement.",
      [C("20", 20, "exact", "killed", "people in Cairo car blast (headline)", None,
         ctx="killed 20\n"),
       C("three", 3, "exact", "other", "vehicles hit", "Egypt's Interior Ministry",
         optional=True),
       C("20", 20, "exact", "killed", "people in blast", "the Health Ministry",
         ctx="killed 20 people"),
       C("47", 47, "exact", "injured", "people wounded", "the Health Ministry"),
       C("dozens", 12, "vague", "displaced", "patients evacuated", "the Health Ministry",
         cat_alt=["other"], attr_alt=[None]),
       C("54", 54, "exact", "displaced", "patients moved to other hospitals",
         "Health Minister Hala Zayed", cat_alt=["other"])],
      published="2019-08-05"),

    P("d73_032",
      "EL-ARISH, Egypt (AFP) - At least 30 soldiers were killed in two attacks in Egypt's "
      "restive North Sinai on Friday, including a car bombing at an army checkpoint that was "
      "the deadliest assault on the military in years, medical and security officials said. A "
      "suicide bomber rammed an explosives-laden vehicle into the Karm al-Qawadis checkpoint "
      "near the town of Sheikh Zuweid, killing 28 soldiers, before militants opened fire with "
      "rocket-propelled grenades, officials said. Hours later, gunmen shot dead three soldiers "
      "at another checkpoint in El-Arish. President Abdel Fattah al-Sisi declared a "
      "three-month state of emergency in parts of the peninsula and three days of national "
      "mourning. The army later said it would clear a 500-metre buffer zone along the border "
      "with Gaza, displacing some 800 families.",
      [C("At least 30", 30, "at_least", "killed", "soldiers in North Sinai",
         "medical and security officials"),
       C("two", 2, "exact", "other", "attacks", "medical and security officials",
         cat_alt=["munitions"]),
       C("28", 28, "exact", "killed", "soldiers at Karm al-Qawadis", "officials"),
       C("three", 3, "exact", "killed", "soldiers at El-Arish checkpoint", "officials",
         attr_alt=[None], ctx="three soldiers"),
       C("some 800", 800, "about", "displaced", "families to be displaced by buffer zone",
         "The army", attr_alt=[None])]),

    P("d73_033",
      "CAIRO, Aug 11 (Reuters) - Two passenger trains collided near the Egyptian port city of "
      "Alexandria on Friday, killing at least 36 people and injuring 123, the health ministry "
      "said. One train, travelling from Cairo, crashed into the back of another that had "
      "stopped near Khorshid station, derailing several carriages, state media reported. "
      "Rescuers worked through the night with cranes to reach passengers trapped in the "
      "wreckage. The Health Ministry later raised the toll to 41, with 179 people injured. "
      "Transport ministry officials said a signal failure was being investigated; Egypt "
      "recorded 1,249 railway accidents in 2016, according to official statistics.",
      [C("Two", 2, "exact", "other", "passenger trains", None, optional=True),
       C("at least 36", 36, "at_least", "killed", "people in Alexandria train collision",
         "the health ministry"),
       C("123", 123, "exact", "injured", "people", "the health ministry"),
       C("41", 41, "exact", "killed", "revised toll", "The Health Ministry"),
       C("179", 179, "exact", "injured", "people", "The Health Ministry"),
       C("1,249", 1249, "exact", "other", "railway accidents in 2016", "official statistics")]),

    # --- Iran ----------------------------------------------------------------------------------
    P("d73_034",
      "TEHRAN – The death toll from two powerful earthquakes that struck northwestern Iran on "
      "Saturday has reached 306, Interior Minister Mostafa Mohammad Najjar said on Sunday. The "
      "quakes, of magnitude 6.4 and 6.3, hit 11 minutes apart near the towns of Ahar, Varzaqan "
      "and Heris in East Azarbaijan province, injuring more than 3,000 people. The head of "
      "Iran's Red Crescent said rescue operations had ended and that emergency shelter had "
      "been provided for 16,000 people in tents. Local officials said some 110 villages had "
      "been damaged, 20 of them completely destroyed. Iran thanked several countries for "
      "their offers of help but said it did not need foreign aid for now.",
      [C("two", 2, "exact", "other", "earthquakes", "Interior Minister Mostafa Mohammad Najjar",
         optional=True),
       C("306", 306, "exact", "killed", "people in East Azarbaijan earthquakes",
         "Interior Minister Mostafa Mohammad Najjar"),
       C("more than 3,000", 3000, "more_than", "injured", "people",
         "Interior Minister Mostafa Mohammad Najjar", attr_alt=[None]),
       C("16,000", 16000, "exact", "displaced", "people sheltering in tents",
         "The head of Iran's Red Crescent", cat_alt=["other", "aid"]),
       C("some 110", 110, "about", "infrastructure", "villages damaged", "Local officials",
         cat_alt=["other"]),
       C("20", 20, "exact", "infrastructure", "villages destroyed", "Local officials",
         cat_alt=["other"])]),

    P("d73_035",
      "Iran coal mine blast: Dozens trapped underground\n"
      "Published On 4 May 2017\n"
      "At least 35 miners were killed in an explosion at a coal mine in northern Iran's "
      "Golestan province, state media reported, as rescuers struggled to reach dozens of "
      "workers still trapped underground. The blast at the Zemestan Yurt mine near the city of "
      "Azadshahr happened on Wednesday afternoon, when a build-up of methane ignited as workers "
      "tried to jump-start a locomotive, officials said. About 80 miners were believed to have "
      "been inside at the time. Provincial crisis management official Sadegh Ali-Moqaddam said "
      "69 people had been treated for smoke inhalation, most of them rescuers. Iran's labour "
      "minister said an investigation had been ordered.",
      [C("Dozens", 12, "vague", "other", "miners trapped (headline)", None,
         cat_alt=["missing"]),
       C("At least 35", 35, "at_least", "killed", "miners in Yurt mine", "state media"),
       C("dozens", 12, "vague", "other", "workers trapped underground", "state media",
         cat_alt=["missing"], attr_alt=[None]),
       C("About 80", 80, "about", "other", "miners inside the mine", "officials",
         attr_alt=[None]),
       C("69", 69, "exact", "injured", "people treated for smoke inhalation",
         "Provincial crisis management official Sadegh Ali-Moqaddam", cat_alt=["other"])],
      published="2017-05-04"),
]
PASSAGES += [
    P("d73_036",
      "Pol-e Dokhtar, IRNA – Floodwaters have cut off Pol-e Dokhtar in western Lorestan province "
      "for a third day, and five people have died in the province since the rains began, the "
      "provincial governor said on Wednesday. Around 2,000 residents have been evacuated by "
      "helicopter and boat, and 300 relief workers from the Red Crescent are in the city, he "
      "said. Across Iran, floods since mid-March have killed 70 people, according to the Legal "
      "Medicine Organization, though some lawmakers say the real figure is higher. The head of "
      "the Red Crescent, Ali Asghar Peyvandi, said on Tuesday that 86,000 people had been housed "
      "in emergency shelters nationwide and that more than 12,000 tents had been handed out. "
      "Officials said about 2,000 homes had been destroyed "
      "across Lorestan, with water levels yet to fall.",
      [C("five", 5, "exact", "killed", "people in Lorestan", "the provincial governor"),
       C("Around 2,000", 2000, "about", "displaced", "residents evacuated",
         "the provincial governor", attr_alt=["he"]),
       C("300", 300, "exact", "troops", "Red Crescent relief workers",
         "the provincial governor", cat_alt=["other"], attr_alt=["he"]),
       C("70", 70, "exact", "killed", "people in floods across Iran",
         "the Legal Medicine Organization"),
       C("86,000", 86000, "exact", "displaced", "people in emergency shelters",
         "The head of the Red Crescent, Ali Asghar Peyvandi"),
       C("more than 12,000", 12000, "more_than", "aid", "tents handed out",
         "The head of the Red Crescent, Ali Asghar Peyvandi"),
       C("about 2,000", 2000, "about", "infrastructure", "homes destroyed", "Officials")]),

    # --- Turkey's southeast --------------------------------------------------------------------
    P("d73_037",
      "Turkey says 60 militants killed in Cizre basement\n"
      "Published 8 February 2016\n"
      "Turkey's military says its forces have killed 60 Kurdish militants who were holed up in "
      "the basement of a building in the south-eastern town of Cizre, where a round-the-clock "
      "curfew has been in force since mid-December. But the pro-Kurdish HDP party says many of "
      "those trapped were wounded civilians, and that at least 25 people died after being "
      "denied medical care for days. The army says 623 PKK militants have been \"neutralised\" "
      "in Cizre and the nearby town of Silopi since the operations began. The Human Rights "
      "Foundation of Turkey says at least 224 civilians, among them 42 children, have been "
      "killed in areas under curfew across the south-east since August, and the UN estimates "
      "that up to 355,000 people have been displaced.",
      [C("60", 60, "exact", "killed", "militants in Cizre basement (headline)", "Turkey",
         attr_alt=["Turkey's military"], ctx="says 60 militants"),
       C("60", 60, "exact", "killed", "Kurdish militants in basement", "Turkey's military",
         ctx="killed 60 Kurdish"),
       C("at least 25", 25, "at_least", "killed", "people denied medical care",
         "the pro-Kurdish HDP party"),
       C("623", 623, "exact", "killed", "PKK militants neutralised", "The army"),
       C("at least 224", 224, "at_least", "killed", "civilians in curfew areas",
         "The Human Rights Foundation of Turkey"),
       C("42", 42, "exact", "killed", "children", "The Human Rights Foundation of Turkey"),
       C("up to 355,000", 355000, "at_most", "displaced", "people displaced", "the UN")],
      published="2016-02-08"),

    P("d73_038",
      "HAKKARI, Turkey (AA) - Sixteen soldiers were martyred and six others wounded when PKK "
      "terrorists detonated roadside bombs under two armored vehicles in the Dağlıca area of "
      "southeastern Hakkari province on Sunday, the Turkish General Staff said. In a later "
      "statement, the General Staff said fighter jets had struck PKK positions in the area and "
      "in northern Iraq, inflicting \"heavy losses\" on the terrorists. Security sources told "
      "Anadolu Agency that 35 terrorists had been killed in the operations. The PKK-linked "
      "Firat news agency claimed that 31 soldiers had died, a figure not confirmed by "
      "officials. The attack was the deadliest on the army since the collapse of a two-year "
      "ceasefire in July.",
      [C("Sixteen", 16, "exact", "killed", "soldiers in Dağlıca", "the Turkish General Staff"),
       C("six", 6, "exact", "injured", "soldiers wounded", "the Turkish General Staff"),
       C("two", 2, "exact", "munitions", "armored vehicles hit", "the Turkish General Staff",
         cat_alt=["other"], ctx="two armored"),
       C("35", 35, "exact", "killed", "PKK militants", "Security sources"),
       C("31", 31, "exact", "killed", "soldiers", "The PKK-linked Firat news agency")]),

    P("d73_039",
      "MARDIN, Turkey, May 5 (Reuters) - Masked gunmen armed with rifles and grenades attacked "
      "an engagement party in the southeastern Turkish village of Bilge, killing 44 people, "
      "including six children and 17 women, officials said on Tuesday. Interior Minister Besir "
      "Atalay said eight suspects had been detained and that the attack appeared to stem from "
      "a feud between two families. Three people wounded in the attack, among them a girl aged "
      "about 10, were being treated in hospital in Mardin, the provincial governor said. "
      "Villagers said the gunmen had burst in during evening prayers while the women were in a "
      "separate room. The bride and groom were among the dead, local media reported.",
      [C("44", 44, "exact", "killed", "people at engagement party in Bilge", "officials"),
       C("six", 6, "exact", "killed", "children", "officials"),
       C("17", 17, "exact", "killed", "women", "officials"),
       C("eight", 8, "exact", "detained", "suspects", "Interior Minister Besir Atalay"),
       C("two", 2, "exact", "other", "families in feud", "Interior Minister Besir Atalay",
         optional=True),
       C("Three", 3, "exact", "injured", "people wounded", "the provincial governor")]),

    P("d73_040",
      "Rockets fired from Daesh-held Syria hit Kilis again, killing 2\n"
      "DAILY SABAH\n"
      "ISTANBUL\n"
      "Published APR 24, 2016\n"
      "Two people were killed and three others wounded on Sunday when rockets fired from "
      "Daesh-held territory in Syria struck the southern border province of Kilis, the "
      "governor's office said, the latest in a string of attacks that has unnerved the town. At "
      "least 17 people have been killed and dozens injured in Kilis by rockets launched from "
      "across the border since January, according to local officials. The Turkish military "
      "said it had responded with artillery fire and that coalition aircraft had destroyed "
      "four rocket launchers. Kilis, with a native population of about 90,000, now hosts some "
      "110,000 Syrian refugees, more than its own residents, Mayor Hasan Kara said. Many "
      "families have left for safer towns, shopkeepers said.",
      [C("2", 2, "exact", "killed", "people killed in Kilis (headline)"),
       C("Two", 2, "exact", "killed", "people in Kilis", "the governor's office"),
       C("three", 3, "exact", "injured", "people wounded", "the governor's office"),
       C("At least 17", 17, "at_least", "killed", "people in Kilis since January",
         "local officials"),
       C("dozens", 12, "vague", "injured", "people in Kilis since January", "local officials"),
       C("four", 4, "exact", "munitions", "rocket launchers destroyed", "The Turkish military",
         cat_alt=["other"]),
       C("about 90,000", 90000, "about", "population", "native population of Kilis", None,
         attr_alt=["Mayor Hasan Kara"]),
       C("some 110,000", 110000, "about", "displaced", "Syrian refugees in Kilis",
         "Mayor Hasan Kara")],
      published="2016-04-24"),
]
# --- END PASSAGES ---


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 73)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d73_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
