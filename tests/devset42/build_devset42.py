"""Source of the forty-second development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on wars and disasters
between 1993 and 2025, twenty of each kind, written for this set (none copied from an article)
in the styles of wire copy (Reuters, AP, AFP, dpa, Lusa, ITAR-TASS, Kyodo, Xinhua, PTI), national
papers (a Sydney paper, The Hindu, the Guardian, the Taipei Times, Kathimerini, a Japanese
paper, a US paper's "Updated" line, an Indian paper's city dateline, a Los Angeles paper), BBC
and Al Jazeera web copy, military and government releases (U.S. Central Command), UN and NGO
releases (Human Rights Watch, the ICRC, the WFP) and a live blog. Annotated by hand and blind by
the project's gold conventions (``gold/README.md`` of the shared folder) and the decisions
recorded in the READMEs of ``tests/devset2`` to ``tests/devset39`` and ``tests/holdout2``.
Figures follow contemporary reports loosely and some details are invented; the set tests
extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset42/build_devset42.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PORO = "President Petro Poroshenko"
SELEZ = "Vladyslav Seleznyov"
OSCE = "Monitors from the Organization for Security and Co-operation in Europe"
PRIGOZHIN = "Yevgeny Prigozhin"
INVESTIGATION = "An investigation"
CENTCOM = "U.S. Central Command"
COSGROVE = "Major-General Peter Cosgrove"
HAZRAT = "Hazrat Ali"
AMS = "The Sunni Muslim Association of Muslim Scholars"
UN_NY = "UN officials in New York"
HRW = "Human Rights Watch"
MDA = "Israel's ambulance service Magen David Adom"
BROT = "Tzvika Brot"
YU_ARMY = "the Yugoslav army"
UN_INV = "A United Nations investigation"
US_MIL = "The American military"
AF_OFF = "Afghan officials"
NYT_REPORT = "an internal military report seen by The New York Times"
ICRC = "the International Committee of the Red Cross"
GAZA_MOH = "Gaza's health ministry"
QUDRA = "Ministry spokesman Ashraf al-Qudra"
ARMY_DATA = "Army data"
PK_FO = "Pakistan's Foreign Office"
DE_MOD = "the German defence ministry"
AGUER = "Philip Aguer"
ANGOP = "the state news agency Angop"
SHOIGU = "Emergencies Minister Sergei Shoigu"
NPA = "the National Police Agency"
HYOGO = "the Hyogo prefectural government"
PADHI = "Special Relief Commissioner D.N. Padhi"
NL_OFF = "Dutch officials"
MANS = "Mayor Jan Mans"
PREFECTURE = "the Haute-Garonne prefecture"
CITY_HALL = "the city hall"
FI_SE = "Finnish and Swedish officials"
FR_OFF = "French officials"
RAIL_OFF = "railway officials"
PREFECT = "The prefect of Haute-Savoie"
HERTS_POLICE = "Hertfordshire police"
HERTS_FIRE = "Hertfordshire fire service"
EMERCOM = "Russia's Emergencies Ministry"
JILIN_GOV = "the provincial government"
XINHUA = "the official Xinhua News Agency"
WFP = "The World Food Programme"
MZ_GOV = "Government officials"
FERNANDEZ = "President Leonel Fernández"
CD_OFF = "Civil defense officials"
CEOC = "The Central Emergency Operation Center"
MND = "the Ministry of National Defense"
DIAMANDIS = "Nikos Diamandis"

PASSAGES = [
    # --- Wars: Europe ---------------------------------------------------------------------------
    P("d42_001",
      "KIEV, Feb 18, 2015 (Reuters) - Ukrainian forces pulled out of the besieged rail hub of "
      "Debaltseve on Wednesday, President Petro Poroshenko said, announcing that about 80 "
      "percent of the troops there had already left in an \"organised and planned\" withdrawal. "
      "Poroshenko said 2,475 soldiers had come out by mid-morning and that two more columns were "
      "on their way. A military spokesman, Vladyslav Seleznyov, said 13 servicemen had been "
      "killed and 157 wounded during the pull-out, while separatist leaders claimed to have "
      "taken hundreds of Ukrainian soldiers prisoner. Monitors from the Organization for "
      "Security and Co-operation in Europe recorded 112 ceasefire violations around the town on "
      "Tuesday alone, four days after a truce agreed in Minsk took effect. The rebels have said "
      "they trapped as many as 8,000 government troops in the pocket, a figure Kiev never "
      "accepted.",
      [C("about 80 percent", 80, "about", "troops", "share of troops withdrawn", PORO,
         optional=True, attr_alt=["Poroshenko"]),
       C("2,475", 2475, "exact", "troops", "soldiers withdrawn from Debaltseve", PORO,
         attr_alt=["Poroshenko"]),
       C("two", 2, "exact", "troops", "columns on their way", PORO, optional=True,
         cat_alt=["other"], ctx="two more columns"),
       C("13", 13, "exact", "killed", "Ukrainian servicemen in the withdrawal", SELEZ),
       C("157", 157, "exact", "injured", "Ukrainian servicemen in the withdrawal", SELEZ),
       C("hundreds", 100, "vague", "detained", "Ukrainian soldiers taken prisoner",
         "separatist leaders", cat_alt=["hostages"]),
       C("112", 112, "exact", "other", "ceasefire violations recorded", OSCE),
       C("as many as 8,000", 8000, "at_most", "troops", "government troops trapped",
         "The rebels")],
      published="2015-02-18"),

    P("d42_002",
      "KYIV, Ukraine (AP) — The head of Russia's Wagner private army said Wednesday that his "
      "fighters had begun pulling out of Bakhmut and would hand their positions to regular "
      "troops by June 1, days after he claimed to have taken the ruined city. In a video "
      "interview with a pro-Kremlin blogger, Yevgeny Prigozhin said about 20,000 of his men had "
      "died in the battle, roughly half of them convicts recruited from Russian prisons. He said "
      "Wagner had sent some 50,000 prisoners to the front in all. Ukraine's deputy defense "
      "minister, Hanna Maliar, said Ukrainian troops still held a small part of the city's "
      "southwestern outskirts and were advancing on its flanks. Before the war, Bakhmut was home "
      "to about 70,000 people; local officials say fewer than 500 remain.",
      [C("about 20,000", 20000, "about", "killed", "Wagner fighters killed in Bakhmut",
         PRIGOZHIN),
       C("some 50,000", 50000, "about", "troops", "prisoners Wagner sent to the front",
         PRIGOZHIN, cat_alt=["detained"], attr_alt=["He"]),
       C("about 70,000", 70000, "about", "population", "Bakhmut's pre-war population",
         attr_alt=["local officials"]),
       C("fewer than 500", 500, "fewer_than", "population", "residents left in Bakhmut",
         "local officials")]),

    # --- Wars: Iraq ------------------------------------------------------------------------------
    P("d42_003",
      "U.S. Central Command\nNews Release | May 25, 2017\nTAMPA, Fla. — An investigation into a "
      "March 17 coalition air strike in the al-Jadida district of west Mosul has concluded that "
      "101 civilians were killed in the building that was struck and four more in a "
      "neighbouring structure. Investigators found that a single GBU-38 precision-guided bomb, "
      "carrying a 500-pound warhead, was dropped on the building to kill two Islamic State "
      "snipers who were firing on Iraqi Counter Terrorism Service troops. The bomb set off a far "
      "larger blast from explosives that ISIS fighters had placed inside, causing the building "
      "to collapse. A further 36 civilians believed to have been in the building remain "
      "unaccounted for. Iraqi civil defence officials and residents had put the toll from the "
      "strike at more than 200.",
      [C("101", 101, "exact", "killed", "civilians in the building struck", INVESTIGATION,
         attr_alt=[CENTCOM, None]),
       C("four", 4, "exact", "killed", "civilians in a neighbouring structure", INVESTIGATION,
         attr_alt=[CENTCOM, None]),
       C("two", 2, "exact", "troops", "Islamic State snipers targeted", "Investigators",
         optional=True, cat_alt=["other"]),
       C("36", 36, "exact", "missing", "civilians unaccounted for", "Investigators",
         attr_alt=[INVESTIGATION, None, CENTCOM]),
       C("more than 200", 200, "more_than", "killed", "people killed in the strike",
         "Iraqi civil defence officials and residents")],
      published="2017-05-25"),

    # --- Wars: Algeria -----------------------------------------------------------------------------
    P("d42_004",
      "ALGIERS (AFP) - Armed men with knives, axes and shotguns killed at least 85 people "
      "overnight in Bentalha, a suburb about 15 kilometres south of Algiers, the government said "
      "on Tuesday in its first official statement on the massacre. Survivors and hospital "
      "workers in the nearby town of Baraki gave a far higher toll, with one doctor saying he "
      "had counted more than 200 bodies brought in by dawn. The attackers, estimated by "
      "witnesses at between 50 and 100, moved from house to house for nearly five hours, "
      "residents said, while army units stationed less than a kilometre away did not "
      "intervene. A local official said around 120 people had been wounded, dozens of them "
      "children. No group has claimed the killings, which the authorities blamed on the Armed "
      "Islamic Group (GIA).",
      [C("at least 85", 85, "at_least", "killed", "people in Bentalha", "the government"),
       C("one", 1, "exact", "other", "doctor (a source)", optional=True, ctx="one doctor"),
       C("more than 200", 200, "more_than", "killed", "bodies counted by a doctor", "one doctor",
         attr_alt=["Survivors and hospital workers"]),
       C("between 50 and 100", 50, "range", "troops", "attackers", "witnesses", high=100,
         cat_alt=["other"]),
       C("around 120", 120, "about", "injured", "people wounded in Bentalha",
         "A local official"),
       C("dozens", 12, "vague", "injured", "children wounded", "A local official")]),

    # --- Wars: East Timor -------------------------------------------------------------------------
    P("d42_005",
      "Troops land in Dili as Interfet takes control\nTuesday, September 21, 1999\nDARWIN: The "
      "first 1,500 soldiers of the Australian-led international force for East Timor landed in "
      "Dili yesterday, securing the airport and the port without a shot being fired. The force "
      "commander, Major-General Peter Cosgrove, said about 2,500 troops would be on the ground "
      "by the end of the week and that the force would eventually number close to 8,000, drawn "
      "from 15 nations. Australia will provide 4,500 of them, the Defence Minister, John Moore, "
      "told Parliament. Aid agencies estimate that as many as 200,000 East Timorese have been "
      "forced across the border into West Timor since the August 30 independence ballot, and "
      "the United Nations says hundreds of thousands more are hiding in the hills without "
      "food.",
      [C("1,500", 1500, "exact", "troops", "Interfet soldiers landed in Dili"),
       C("about 2,500", 2500, "about", "troops", "Interfet troops by the end of the week",
         COSGROVE),
       C("close to 8,000", 8000, "about", "troops", "Interfet's eventual strength", COSGROVE),
       C("15", 15, "exact", "other", "nations contributing troops", COSGROVE, optional=True),
       C("4,500", 4500, "exact", "troops", "Australian troops in Interfet", "John Moore"),
       C("as many as 200,000", 200000, "at_most", "displaced",
         "East Timorese forced into West Timor", "Aid agencies"),
       C("hundreds of thousands", 100000, "vague", "displaced", "East Timorese hiding in the hills",
         "the United Nations", cat_alt=["other"])],
      published="1999-09-21"),

    # --- Wars: Afghanistan ------------------------------------------------------------------------
    P("d42_006",
      "JALALABAD, Afghanistan (AP) — Afghan militia commanders said Monday they had overrun the "
      "last al-Qaida caves in the Tora Bora mountains after U.S. B-52 bombers pounded the area "
      "for a 16th straight day. Hazrat Ali, the eastern alliance's security chief, said his "
      "fighters had captured 21 al-Qaida members, most of them Arabs, and that about 200 had "
      "been killed in the bombing and the final assault. Another commander, Haji Zahir, put the "
      "number of prisoners at 18. The Pentagon said U.S. aircraft had dropped more than 700,000 "
      "pounds of ordnance on the mountain range in the past week, including a 15,000-pound "
      "BLU-82 \"daisy cutter.\" There was no sign of Osama bin Laden, and some commanders said "
      "hundreds of fighters may have slipped across the border into Pakistan.",
      [C("21", 21, "exact", "detained", "al-Qaida members captured", HAZRAT),
       C("about 200", 200, "about", "killed", "al-Qaida fighters killed", HAZRAT),
       C("18", 18, "exact", "detained", "al-Qaida prisoners", "Haji Zahir"),
       C("more than 700,000", 700000, "more_than", "munitions", "pounds of ordnance dropped",
         "The Pentagon", optional=True),
       C("hundreds", 100, "vague", "troops", "fighters who slipped into Pakistan",
         "some commanders", cat_alt=["other", "displaced"])]),

    # --- Wars: Iraq -------------------------------------------------------------------------------
    P("d42_007",
      "BAGHDAD, Feb 23, 2006 (Reuters) - Sectarian violence that followed the bombing of a "
      "revered Shi'ite shrine in Samarra has killed at least 130 people, Iraqi police and "
      "hospital officials said on Thursday, as the government imposed a daytime curfew on "
      "Baghdad and three neighbouring provinces. The Sunni Muslim Association of Muslim "
      "Scholars said 168 Sunni mosques had been attacked, burned or taken over since "
      "Wednesday's blast, which destroyed the golden dome of the al-Askari mosque but killed "
      "nobody. Ten imams had been killed and 15 abducted, the association said. The bodies of 47 "
      "men, many bound and shot in the head, were found in a ditch east of Baghdad, an Interior "
      "Ministry official said. U.S. commanders said they had put 1,000 more American troops on "
      "the streets of the capital.",
      [C("at least 130", 130, "at_least", "killed", "people in sectarian violence",
         "Iraqi police and hospital officials"),
       C("three", 3, "exact", "other", "provinces under curfew", optional=True),
       C("168", 168, "exact", "infrastructure", "Sunni mosques attacked", AMS),
       C("Ten", 10, "exact", "killed", "imams", AMS, attr_alt=["the association"]),
       C("15", 15, "exact", "hostages", "imams abducted", AMS, attr_alt=["the association"]),
       C("47", 47, "exact", "killed", "bodies found in a ditch",
         "an Interior Ministry official"),
       C("1,000", 1000, "exact", "troops", "extra U.S. troops in Baghdad", "U.S. commanders")],
      published="2006-02-23"),

    # --- Wars: Sierra Leone -----------------------------------------------------------------------
    P("d42_008",
      "Monday, 8 May, 2000, 14:12 GMT\nBritish troops secure Freetown airport\nAbout 700 British "
      "paratroopers have taken control of Lungi airport outside Freetown, the capital of Sierra "
      "Leone, as foreign nationals are flown out of the country. The Ministry of Defence said "
      "more than 500 Britons, other Commonwealth citizens and Europeans had been evacuated by "
      "Sunday night on RAF Hercules flights to Dakar. Rebels of the Revolutionary United Front "
      "are still holding about 500 United Nations peacekeepers, most of them Zambians and "
      "Kenyans, seized over the past week, UN officials in New York said. They said seven "
      "peacekeepers had been killed. Five warships, including the helicopter carrier HMS "
      "Ocean, are on their way.",
      [C("About 700", 700, "about", "troops", "British paratroopers in Sierra Leone"),
       C("more than 500", 500, "more_than", "displaced", "foreign nationals evacuated",
         "The Ministry of Defence"),
       C("about 500", 500, "about", "hostages", "UN peacekeepers held by the RUF", UN_NY),
       C("seven", 7, "exact", "killed", "UN peacekeepers", UN_NY, attr_alt=["They"]),
       C("Five", 5, "exact", "munitions", "British warships on their way",
         cat_alt=["troops", "other"])],
      published="2000-05-08"),

    # --- Wars: Kashmir ----------------------------------------------------------------------------
    P("d42_009",
      "Srinagar, March 21 (PTI) Militants dressed in army fatigues gunned down 35 Sikh men in "
      "Chittisinghpura village of Anantnag district late last night, hours before US President "
      "Bill Clinton arrived in New Delhi on a five-day visit. The gunmen, numbering 15 to 17, "
      "lined up the men outside two gurdwaras and opened fire, police said. One man, Nanak "
      "Singh, survived with bullet wounds and was admitted to hospital in Srinagar, officials "
      "said. Over 2,000 troops and policemen have been deployed to hunt the killers, an army "
      "spokesman said. Chief Minister Farooq Abdullah, who visited the village this morning, "
      "announced an ex gratia of Rs 1 lakh for the next of kin of each of the dead, the first "
      "massacre of Sikhs in the State since militancy began in 1989.",
      [C("35", 35, "exact", "killed", "Sikh men in Chittisinghpura", attr_alt=["police"]),
       C("15 to 17", 15, "range", "troops", "gunmen", "police", high=17, cat_alt=["other"]),
       C("two", 2, "exact", "infrastructure", "gurdwaras", "police", optional=True,
         cat_alt=["other"]),
       C("One", 1, "exact", "injured", "survivor with bullet wounds", "officials",
         cat_alt=["other"]),
       C("Over 2,000", 2000, "more_than", "troops", "troops and policemen deployed",
         "an army spokesman")]),

    P("d42_010",
      "Human Rights Watch\nNovember 1, 1998\nAfghanistan: The Massacre in Mazar-e Sharif\n"
      "Taliban forces killed at least 2,000 civilians, most of them ethnic Hazaras, in the days "
      "after they captured the northern city of Mazar-e Sharif on August 8, this report finds. "
      "Witnesses interviewed by Human Rights Watch described Taliban fighters driving through "
      "the streets in pickup trucks and shooting \"anything that moved.\" Hundreds of men and "
      "boys were packed into metal containers and taken to Shibarghan, where many suffocated. "
      "Iran says eight of its diplomats and a journalist were killed when Taliban fighters "
      "stormed its consulate in the city. The United Nations estimates that up to 4,000 people "
      "may have fled south toward Bamiyan.",
      [C("at least 2,000", 2000, "at_least", "killed", "civilians in Mazar-e Sharif",
         attr_alt=[HRW, "this report"]),
       C("Hundreds", 100, "vague", "detained", "men and boys packed into containers",
         "Witnesses", cat_alt=["hostages"], attr_alt=[None, HRW]),
       C("eight", 8, "exact", "killed", "Iranian diplomats", "Iran"),
       C("up to 4,000", 4000, "at_most", "displaced", "people who fled toward Bamiyan",
         "The United Nations")],
      published="1998-11-01"),

    # --- Wars: Israel and Iran --------------------------------------------------------------------
    P("d42_011",
      "Israel-Iran live: deadly strike on Bat Yam\n08:12 Israel's ambulance service Magen David "
      "Adom says the toll from an Iranian ballistic missile that hit a residential building in "
      "Bat Yam overnight has risen to six, including two children. Another 180 people were "
      "taken to hospital, most with light injuries.\n08:40 The Home Front Command says rescuers "
      "are still searching the rubble for at least seven people believed to be trapped under "
      "the collapsed building.\n09:05 Bat Yam's mayor, Tzvika Brot, says 61 buildings were "
      "damaged in the blast and around 3,000 residents have been moved to hotels.\n09:31 The IDF "
      "says Iran has fired about 270 ballistic missiles at Israel since Friday, and that more "
      "than 20 of them struck populated areas. The army says its jets hit more than 80 targets "
      "in Tehran overnight.",
      [C("six", 6, "exact", "killed", "people in Bat Yam", MDA),
       C("two", 2, "exact", "killed", "children in Bat Yam", MDA),
       C("180", 180, "exact", "injured", "people taken to hospital", MDA, attr_alt=[None]),
       C("at least seven", 7, "at_least", "missing", "people believed trapped",
         "The Home Front Command", cat_alt=["other"]),
       C("61", 61, "exact", "infrastructure", "buildings damaged", BROT),
       C("around 3,000", 3000, "about", "displaced", "residents moved to hotels", BROT),
       C("about 270", 270, "about", "munitions", "ballistic missiles fired by Iran", "The IDF"),
       C("more than 20", 20, "more_than", "munitions", "missiles that struck populated areas",
         "The IDF"),
       C("more than 80", 80, "more_than", "other", "targets hit in Tehran", "The army",
         cat_alt=["infrastructure"], attr_alt=["The IDF"])]),

    # --- Wars: Kosovo -----------------------------------------------------------------------------
    P("d42_012",
      "BELGRADE, May 14 (Reuters) - NATO bombs killed 87 ethnic Albanian refugees and wounded "
      "more than 60 in the village of Korisa in southern Kosovo overnight, the Yugoslav army "
      "said on Friday, taking foreign journalists to the scene. Reporters saw at least 20 "
      "charred bodies among the burned-out farm buildings and tractors. NATO spokesman Jamie "
      "Shea said the village was a \"legitimate military target\" used as a command post, and "
      "that alliance aircraft had dropped cluster and laser-guided bombs on it shortly before "
      "midnight. He said NATO was investigating reports of civilian casualties. It was the "
      "alliance's 52nd day of air strikes; NATO says its aircraft have flown more than 25,000 "
      "sorties.",
      [C("87", 87, "exact", "killed", "ethnic Albanian refugees in Korisa", YU_ARMY),
       C("more than 60", 60, "more_than", "injured", "refugees in Korisa", YU_ARMY),
       C("at least 20", 20, "at_least", "killed", "charred bodies seen by reporters",
         "Reporters"),
       C("more than 25,000", 25000, "more_than", "other", "NATO sorties flown", "NATO",
         optional=True, cat_alt=["munitions"])]),

    P("d42_013",
      "Updated Sept. 8, 2008, 9:14 p.m. ET\nKABUL, Afghanistan — A United Nations investigation "
      "has found \"convincing evidence\" that 90 civilians, among them 60 children, were killed "
      "in an American air strike on the village of Azizabad in Herat Province on Aug. 22, the "
      "organization said Monday. The American military has said that 25 militants and 5 to 7 "
      "civilians died in the raid, and that its forces came under fire from the village before "
      "calling in an AC-130 gunship. Afghan officials, who put the toll at 92, said 15 women "
      "were among the dead. A copy of an internal military report seen by The New York Times "
      "suggests that at least 33 civilians died, a figure higher than any American officials "
      "had previously acknowledged.",
      [C("90", 90, "exact", "killed", "civilians in Azizabad", UN_INV,
         attr_alt=["the organization"]),
       C("60", 60, "exact", "killed", "children in Azizabad", UN_INV,
         attr_alt=["the organization"]),
       C("25", 25, "exact", "killed", "militants in Azizabad", US_MIL),
       C("5 to 7", 5, "range", "killed", "civilians in Azizabad (US figure)", US_MIL, high=7),
       C("92", 92, "exact", "killed", "people in Azizabad (Afghan figure)", AF_OFF),
       C("15", 15, "exact", "killed", "women in Azizabad", AF_OFF),
       C("at least 33", 33, "at_least", "killed", "civilians in Azizabad (military report)",
         NYT_REPORT)],
      published="2008-09-08"),

    # --- Wars: Horn of Africa ---------------------------------------------------------------------
    P("d42_014",
      "News release 00/21\n9 June 2000\nEthiopia/Eritrea: ICRC visits prisoners of war\nGeneva "
      "(ICRC) – Delegates of the International Committee of the Red Cross have registered 350 "
      "Eritrean prisoners of war held in Ethiopia since the fighting resumed in May, and are "
      "seeking access to Ethiopian soldiers captured by Eritrea. The ICRC has also delivered "
      "120 tonnes of food and household items to some 17,000 people displaced around Zalambessa "
      "and Adigrat. Ethiopia says its forces have captured more than 1,000 Eritrean soldiers "
      "since their offensive began on May 12; Eritrea has not published a figure for Ethiopian "
      "prisoners. Since the war broke out in 1998, the ICRC has repatriated 1,060 civilians "
      "across the front line.",
      [C("350", 350, "exact", "detained", "Eritrean prisoners of war registered",
         attr_alt=[ICRC]),
       C("120", 120, "exact", "aid", "tonnes of food and household items",
         attr_alt=["The ICRC"]),
       C("some 17,000", 17000, "about", "displaced", "people displaced around Zalambessa",
         attr_alt=["The ICRC"]),
       C("more than 1,000", 1000, "more_than", "detained", "Eritrean soldiers captured",
         "Ethiopia"),
       C("1,060", 1060, "exact", "displaced", "civilians repatriated across the front line",
         attr_alt=["the ICRC"], cat_alt=["other"])],
      published="2000-06-09"),

    # --- Wars: Gaza -------------------------------------------------------------------------------
    P("d42_015",
      "Dozens killed as Israel pounds Gaza's Shujayea\nPublished On 20 Jul 2014\nAt least 62 "
      "Palestinians were killed in an overnight Israeli assault on the Shujayea neighbourhood "
      "east of Gaza City, Gaza's health ministry said on Sunday, the deadliest single day since "
      "the offensive began on July 8. Ministry spokesman Ashraf al-Qudra said more than 250 "
      "people had been wounded and that ambulances had been unable to reach many of the "
      "injured. The Israeli army said 13 soldiers of the Golani Brigade had been killed in "
      "fighting in Gaza, its heaviest loss in a single day since the ground operation began. "
      "Thousands of residents fled Shujayea on foot during a brief humanitarian pause arranged "
      "by the Red Cross. The overall Palestinian death toll in the conflict has passed 425, "
      "according to the ministry.",
      [C("Dozens", 12, "vague", "killed", "people in Shujayea (headline)"),
       C("At least 62", 62, "at_least", "killed", "Palestinians in Shujayea", GAZA_MOH),
       C("more than 250", 250, "more_than", "injured", "people in Shujayea", QUDRA),
       C("13", 13, "exact", "killed", "Golani Brigade soldiers", "The Israeli army"),
       C("Thousands", 1000, "vague", "displaced", "residents who fled Shujayea"),
       C("425", 425, "more_than", "killed", "Palestinians killed in the conflict", GAZA_MOH,
         attr_alt=["the ministry"])],
      published="2014-07-20"),

    # --- Wars: Kashmir ----------------------------------------------------------------------------
    P("d42_016",
      "Pakistan violated ceasefire 2,936 times in 2018: Army\nUpdated - January 02, 2019 09:31 pm "
      "IST\nPakistan violated the ceasefire along the Line of Control and the International "
      "Border in Jammu and Kashmir 2,936 times in 2018, the highest in 15 years, according to "
      "Army data. The firing killed 61 people, among them 30 security personnel and 31 "
      "civilians, and injured over 250, the data show. In 2017 there had been 971 violations. "
      "Pakistan's Foreign Office, for its part, said Indian forces had committed more than "
      "2,300 ceasefire violations in 2018, killing 35 civilians on its side. Officials in Poonch "
      "said nearly 400 families living near the LoC had been moved to safer places since "
      "October.",
      [C("2,936", 2936, "exact", "other", "ceasefire violations by Pakistan (headline)", "Army",
         attr_alt=[ARMY_DATA], ctx="ceasefire 2,936 times"),
       C("2,936", 2936, "exact", "other", "ceasefire violations by Pakistan", ARMY_DATA,
         ctx="Kashmir 2,936 times"),
       C("61", 61, "exact", "killed", "people killed in cross-border firing", ARMY_DATA,
         attr_alt=["the data"]),
       C("30", 30, "exact", "killed", "security personnel", ARMY_DATA, attr_alt=["the data"]),
       C("31", 31, "exact", "killed", "civilians", ARMY_DATA, attr_alt=["the data"],
         ctx="31 civilians"),
       C("over 250", 250, "more_than", "injured", "people injured in firing", ARMY_DATA,
         attr_alt=["the data"]),
       C("971", 971, "exact", "other", "ceasefire violations in 2017", ARMY_DATA,
         attr_alt=[None, "the data"]),
       C("more than 2,300", 2300, "more_than", "other", "ceasefire violations by India", PK_FO),
       C("35", 35, "exact", "killed", "Pakistani civilians", PK_FO),
       C("nearly 400", 400, "about", "displaced", "families moved near the LoC",
         "Officials in Poonch")],
      published="2019-01-02"),

    # --- Wars: Germany ----------------------------------------------------------------------------
    P("d42_017",
      "BERLIN, Aug 31, 1994 (dpa) - The last Russian soldiers left Berlin on Wednesday, ending "
      "almost half a century of Soviet and Russian military presence in Germany. President Boris "
      "Yeltsin, who took the salute alongside Chancellor Helmut Kohl at a farewell ceremony in "
      "Treptower Park, called the withdrawal of the Western Group of Forces \"unprecedented in "
      "history\". At its height the force numbered some 338,000 troops, along with more than "
      "200,000 civilian employees and family members, according to the German defence ministry. "
      "It took home around 4,100 tanks, 8,200 armoured vehicles and 677,000 tonnes of "
      "ammunition. The final contingent of 1,500 soldiers is due to fly out of Sperenberg "
      "airfield next week.",
      [C("some 338,000", 338000, "about", "troops", "Soviet and Russian troops in Germany",
         DE_MOD),
       C("more than 200,000", 200000, "more_than", "other",
         "civilian employees and family members of the force", DE_MOD,
         cat_alt=["population"]),
       C("around 4,100", 4100, "about", "munitions", "tanks taken home", DE_MOD,
         cat_alt=["other"], attr_alt=[None]),
       C("8,200", 8200, "exact", "munitions", "armoured vehicles taken home", DE_MOD,
         cat_alt=["other"], attr_alt=[None]),
       C("677,000", 677000, "exact", "munitions", "tonnes of ammunition taken home", DE_MOD,
         optional=True, attr_alt=[None]),
       C("1,500", 1500, "exact", "troops", "soldiers in the final contingent")],
      published="1994-08-31"),

    # --- Wars: Sudan ------------------------------------------------------------------------------
    P("d42_018",
      "KHARTOUM/JUBA, April 22 (Reuters) - Sudan's army said on Sunday it had killed more than "
      "1,200 South Sudanese soldiers while retaking the Heglig oil field, a figure South Sudan "
      "dismissed as propaganda. South Sudan's army spokesman, Philip Aguer, said 19 of its "
      "soldiers had died during the pull-out it announced on Friday and that Sudanese Antonov "
      "bombers had struck Bentiu, killing at least five civilians. Sudanese President Omar "
      "Hassan al-Bashir told cheering soldiers in Heglig that there would be no more "
      "negotiations with the \"insects\" in Juba. Workers said the field's central processing "
      "facility had been badly damaged and that it would take months to restore output of "
      "around 60,000 barrels a day. The United Nations said some 3,000 people had fled the "
      "fighting into Unity state.",
      [C("more than 1,200", 1200, "more_than", "killed", "South Sudanese soldiers",
         "Sudan's army"),
       C("19", 19, "exact", "killed", "South Sudanese soldiers in the pull-out", AGUER),
       C("at least five", 5, "at_least", "killed", "civilians in Bentiu", AGUER),
       C("some 3,000", 3000, "about", "displaced", "people who fled into Unity state",
         "The United Nations")]),

    # --- Wars: Angola -----------------------------------------------------------------------------
    P("d42_019",
      "LUANDA, March 8 (Lusa) - UNITA rebels have captured Huambo, Angola's second-largest city, "
      "after a 55-day siege that Red Cross workers say left as many as 10,000 people dead, many "
      "of them civilians killed by artillery fire. Government troops, an estimated 5,000 of "
      "them, withdrew on Saturday towards Benguela, accompanied by tens of thousands of "
      "residents, the state news agency Angop reported. A Portuguese priest who stayed in the "
      "city told Lusa by satellite telephone that the main hospital had been hit by at least 40 "
      "shells and that bodies lay unburied in the streets. Before the war resumed after the 1992 "
      "elections, Huambo had around 400,000 inhabitants.",
      [C("as many as 10,000", 10000, "at_most", "killed", "people in the siege of Huambo",
         "Red Cross workers"),
       C("an estimated 5,000", 5000, "about", "troops", "government troops withdrawn", ANGOP),
       C("tens of thousands", 10000, "vague", "displaced", "residents who left Huambo", ANGOP),
       C("at least 40", 40, "at_least", "munitions", "shells that hit the hospital",
         "A Portuguese priest"),
       C("around 400,000", 400000, "about", "population", "Huambo's inhabitants before the war")]),

    # --- Wars: Haiti ------------------------------------------------------------------------------
    P("d42_020",
      "PORT-AU-PRINCE, Haiti (AP) — About 3,000 U.S. soldiers from the 10th Mountain Division "
      "poured into Haiti on Monday aboard Black Hawk helicopters, taking over the capital's "
      "airport and seaport without resistance a day after a last-minute deal averted an "
      "invasion. Pentagon officials said the force would grow to about 15,000 within two weeks. "
      "Lt. Gen. Hugh Shelton, the commander, said his troops would not disarm the Haitian army, "
      "which numbers about 7,000, but would confiscate its heavy weapons. Haitian police beat to "
      "death at least one man among crowds cheering the Americans outside the port, witnesses "
      "said. The aircraft carrier USS Eisenhower and about 20 other warships stood offshore.",
      [C("About 3,000", 3000, "about", "troops", "U.S. soldiers landed in Haiti"),
       C("about 15,000", 15000, "about", "troops", "U.S. force in Haiti within two weeks",
         "Pentagon officials"),
       C("about 7,000", 7000, "about", "troops", "Haitian army", attr_alt=["Lt. Gen. Hugh Shelton"]),
       C("at least one", 1, "at_least", "killed", "man beaten to death by police", "witnesses"),
       C("about 20", 20, "about", "munitions", "U.S. warships offshore",
         cat_alt=["troops", "other"])]),

    # --- Disasters: earthquakes -------------------------------------------------------------------
    P("d42_021",
      "YUZHNO-SAKHALINSK, May 30 (ITAR-TASS) - Rescuers have pulled 1,048 bodies from the ruins "
      "of Neftegorsk, the oil town in northern Sakhalin flattened by Sunday's magnitude 7.6 "
      "earthquake, Emergencies Minister Sergei Shoigu said on Tuesday. He said 406 people had "
      "been rescued alive and that about 2,000 were still unaccounted for. Seventeen five-storey "
      "apartment blocks collapsed in the town, which had a population of 3,197. More than 1,500 "
      "rescuers and troops have been flown in from the mainland, and night temperatures are "
      "falling close to freezing.",
      [C("1,048", 1048, "exact", "killed", "bodies pulled from the ruins of Neftegorsk",
         SHOIGU),
       C("406", 406, "exact", "other", "people rescued alive", SHOIGU, attr_alt=["He"]),
       C("about 2,000", 2000, "about", "missing", "people unaccounted for", SHOIGU,
         attr_alt=["He"]),
       C("Seventeen", 17, "exact", "infrastructure", "apartment blocks collapsed", SHOIGU,
         attr_alt=[None]),
       C("3,197", 3197, "exact", "population", "Neftegorsk's population",
         attr_alt=[SHOIGU]),
       C("More than 1,500", 1500, "more_than", "troops", "rescuers and troops flown in", SHOIGU,
         attr_alt=[None], cat_alt=["other"])]),

    P("d42_022",
      "KOBE, Jan. 19 (Kyodo) -- The death toll from Tuesday's Great Hanshin Earthquake topped "
      "4,000 on Thursday, the National Police Agency said, making it the deadliest quake in "
      "Japan since the 1923 Great Kanto Earthquake. The agency said 4,047 people had been "
      "confirmed dead, 727 were missing and more than 14,000 injured. About 240,000 people "
      "spent a second freezing night in 980 schools, community halls and parks turned into "
      "shelters, the Hyogo prefectural government said. Some 19,000 buildings were destroyed, "
      "and fires that broke out after the magnitude 7.2 tremor razed large parts of Nagata "
      "Ward. About 9,000 Self-Defense Forces troops are now taking part in the relief effort, "
      "the Defense Agency said.",
      [C("4,000", 4000, "more_than", "killed", "people killed in the Hanshin quake", NPA),
       C("4,047", 4047, "exact", "killed", "people confirmed dead", NPA,
         attr_alt=["The agency"]),
       C("727", 727, "exact", "missing", "people missing", NPA, attr_alt=["The agency"]),
       C("more than 14,000", 14000, "more_than", "injured", "people injured", NPA,
         attr_alt=["The agency"]),
       C("About 240,000", 240000, "about", "displaced", "people in shelters", HYOGO),
       C("980", 980, "exact", "infrastructure", "shelters", HYOGO, cat_alt=["other", "aid"]),
       C("Some 19,000", 19000, "about", "infrastructure", "buildings destroyed",
         attr_alt=[HYOGO]),
       C("About 9,000", 9000, "about", "troops", "Self-Defense Forces troops in relief",
         "the Defense Agency")]),

    # --- Disasters: storms ------------------------------------------------------------------------
    P("d42_023",
      "Bhubaneswar, Nov 3 (PTI) The official death toll from last week's super cyclone in Orissa "
      "rose to 7,505 today, Special Relief Commissioner D.N. Padhi said, though unofficial "
      "estimates put it at well over 10,000. In Jagatsinghpur district alone 6,000 bodies had "
      "been recovered, he said. The cyclone, which struck the coast near Paradip on October 29 "
      "with winds of up to 260 kmph, damaged some 1.6 million houses and affected about 15 "
      "million people in 12 districts. The Army and the Air Force have dropped 1,100 tonnes of "
      "food packets by helicopter, the relief commissioner said, but many villages remain cut "
      "off by floodwater.",
      [C("7,505", 7505, "exact", "killed", "people killed by the super cyclone", PADHI),
       C("well over 10,000", 10000, "more_than", "killed", "people killed (unofficial)",
         "unofficial estimates"),
       C("6,000", 6000, "exact", "killed", "bodies recovered in Jagatsinghpur", PADHI,
         attr_alt=["he"]),
       C("some 1.6 million", 1_600_000, "about", "infrastructure", "houses damaged",
         attr_alt=[PADHI]),
       C("about 15 million", 15_000_000, "about", "other", "people affected",
         cat_alt=["population"], attr_alt=[PADHI]),
       C("12", 12, "exact", "other", "districts affected", optional=True),
       C("1,100", 1100, "exact", "aid", "tonnes of food packets dropped", PADHI,
         attr_alt=["the relief commissioner"])]),

    # --- Disasters: industrial --------------------------------------------------------------------
    P("d42_024",
      "ENSCHEDE, Netherlands, May 14, 2000 (Reuters) - Rescue workers searched the smouldering "
      "ruins of a working-class district of Enschede on Sunday after a fireworks warehouse "
      "exploded, killing at least 20 people and injuring nearly 1,000, Dutch officials said. "
      "Mayor Jan Mans said 43 people were still missing and that about 400 homes had been "
      "destroyed in the Roombeek neighbourhood. The blast, which could be heard 30 kilometres "
      "away, left a crater several metres deep. Four firefighters were among the dead, the fire "
      "service said. Around 1,250 residents spent the night in emergency shelters.",
      [C("at least 20", 20, "at_least", "killed", "people in Enschede", NL_OFF),
       C("nearly 1,000", 1000, "about", "injured", "people in Enschede", NL_OFF),
       C("43", 43, "exact", "missing", "people missing in Enschede", MANS),
       C("about 400", 400, "about", "infrastructure", "homes destroyed in Roombeek", MANS),
       C("Four", 4, "exact", "killed", "firefighters", "the fire service"),
       C("Around 1,250", 1250, "about", "displaced", "residents in emergency shelters")],
      published="2000-05-14"),

    P("d42_025",
      "TOULOUSE, France, Sept 22, 2001 (AFP) - The death toll from the explosion that tore apart "
      "the AZF fertiliser plant in Toulouse rose to 29 on Saturday, with 2,442 people injured, "
      "34 of them seriously, the Haute-Garonne prefecture said. The blast, in a hangar holding "
      "some 300 tonnes of ammonium nitrate, registered 3.4 on the Richter scale and blew out "
      "windows across the city. Twenty-one of the dead were employees of the plant, the company "
      "said. Prime Minister Lionel Jospin said investigators were \"99 percent\" sure it was an "
      "accident. About 500 homes were left uninhabitable and 79 schools were damaged, according "
      "to the city hall.",
      [C("29", 29, "exact", "killed", "people killed in the AZF blast", PREFECTURE),
       C("2,442", 2442, "exact", "injured", "people injured in the AZF blast", PREFECTURE),
       C("34", 34, "exact", "injured", "people seriously injured", PREFECTURE),
       C("some 300", 300, "about", "other", "tonnes of ammonium nitrate in the hangar",
         optional=True, cat_alt=["munitions"]),
       C("Twenty-one", 21, "exact", "killed", "plant employees", "the company"),
       C("About 500", 500, "about", "infrastructure", "homes left uninhabitable", CITY_HALL),
       C("79", 79, "exact", "infrastructure", "schools damaged", CITY_HALL)],
      published="2001-09-22"),

    # --- Disasters: transport ---------------------------------------------------------------------
    P("d42_026",
      "TURKU, Finland, Sept 29, 1994 (AP) — Rescuers gave up hope on Thursday of finding more "
      "survivors from the ferry Estonia, which sank in a storm in the Baltic Sea with 1,049 "
      "people on board, according to the passenger list released by the Estonian shipping "
      "company. Finnish and Swedish officials said 140 people had been rescued, one of whom died "
      "later in hospital, and that 93 bodies had been recovered. More than 900 people are "
      "presumed dead, most of them Swedes. Survivors said the ship listed sharply after its bow "
      "door was torn open by waves up to 10 meters high, and sank within about 30 minutes. The "
      "Estonia had been sailing from Tallinn to Stockholm.",
      [C("1,049", 1049, "exact", "other", "people on board the Estonia",
         "the passenger list released by the Estonian shipping company"),
       C("140", 140, "exact", "other", "people rescued", FI_SE),
       C("one", 1, "exact", "killed", "rescued person who died in hospital", FI_SE,
         ctx="one of whom died"),
       C("93", 93, "exact", "killed", "bodies recovered", FI_SE),
       C("More than 900", 900, "more_than", "killed", "people presumed dead", FI_SE,
         attr_alt=[None], cat_alt=["missing"])],
      published="1994-09-29"),

    P("d42_027",
      "Wednesday, 26 July, 2000, 06:20 GMT\nConcorde crash: 113 dead\nAll 109 people on board an "
      "Air France Concorde were killed when it crashed into a hotel shortly after take-off from "
      "Charles de Gaulle airport near Paris, French officials said. Four people on the ground "
      "also died and a further six were injured, one of them critically. Most of the 100 "
      "passengers were German tourists heading to New York to join a cruise. Witnesses saw "
      "flames trailing from the left wing as the aircraft, flight AF4590, struggled to gain "
      "height. It was the first fatal crash involving Concorde in its 24-year commercial "
      "history, and British Airways has grounded its seven Concordes.",
      [C("113", 113, "exact", "killed", "people killed in the Concorde crash (headline)"),
       C("109", 109, "exact", "killed", "people on board", FR_OFF),
       C("Four", 4, "exact", "killed", "people on the ground", FR_OFF, attr_alt=[None]),
       C("six", 6, "exact", "injured", "people on the ground", FR_OFF, attr_alt=[None]),
       C("one", 1, "exact", "injured", "person critically injured", FR_OFF, attr_alt=[None],
         ctx="one of them critically"),
       C("100", 100, "exact", "other", "passengers on board", cat_alt=["killed"],
         attr_alt=[FR_OFF]),
       C("seven", 7, "exact", "other", "Concordes grounded by British Airways",
         "British Airways", optional=True, attr_alt=[None])],
      published="2000-07-26"),

    P("d42_028",
      "ÜBERLINGEN, Germany (dpa) - A Russian passenger jet carrying 69 people, most of them "
      "children on a school trip to Spain, collided with a DHL cargo plane at about 35,000 feet "
      "over Lake Constance late on Monday, killing everyone on board both aircraft, police "
      "said. The Bashkirian Airlines Tupolev Tu-154 had 45 children among its passengers, a "
      "company spokesman in Ufa said. The Boeing 757 freighter had a crew of two. Wreckage was "
      "scattered over an area of some 30 square kilometres, and rescuers had recovered 40 "
      "bodies by Tuesday evening, a police spokesman said. Swiss air traffic control company "
      "Skyguide said only one controller had been on duty at the time.",
      [C("69", 69, "exact", "other", "people on board the Tu-154", "police",
         cat_alt=["killed"]),
       C("45", 45, "exact", "other", "children among the passengers",
         "a company spokesman in Ufa", cat_alt=["killed"]),
       C("two", 2, "exact", "other", "crew of the DHL plane", cat_alt=["killed"]),
       C("some 30", 30, "about", "other", "square kilometres of wreckage", "a police spokesman",
         optional=True),
       C("40", 40, "exact", "killed", "bodies recovered", "a police spokesman"),
       C("one", 1, "exact", "other", "controllers on duty", "Skyguide", ctx="one controller",
         attr_alt=["Swiss air traffic control company Skyguide"])]),

    P("d42_029",
      "April 27, 2005 10:45 JST\nAMAGASAKI, Hyogo Pref. — The death toll in Monday's derailment "
      "of a JR West commuter train in Amagasaki rose to 91 on Wednesday as rescuers reached the "
      "first car, which had slammed into the parking garage of an apartment block, police said. "
      "More than 450 people were injured, and 139 of them remained in hospital, the Hyogo "
      "prefectural government said. Investigators believe the seven-car train was traveling at "
      "well over 100 kph when it entered a curve with a limit of 70 kph. The 23-year-old "
      "driver, who had overshot a platform at the previous station by about 40 meters, is "
      "among the dead. About 1,000 firefighters, police officers and Self-Defense Forces "
      "personnel have taken part in the rescue, city officials said. Around 700 passengers "
      "were aboard, JR West estimated.",
      [C("91", 91, "exact", "killed", "people killed in the derailment", "police"),
       C("More than 450", 450, "more_than", "injured", "people injured", HYOGO),
       C("139", 139, "exact", "injured", "injured still in hospital", HYOGO),
       C("About 1,000", 1000, "about", "troops", "rescuers deployed", "city officials",
         cat_alt=["other"]),
       C("Around 700", 700, "about", "other", "passengers aboard", "JR West")],
      published="2005-04-27"),

    P("d42_030",
      "GAISAL (West Bengal), Aug. 3. — At least 285 people were killed and over 300 injured "
      "when the Delhi-bound Brahmaputra Mail rammed into the stationary Avadh-Assam Express at "
      "this remote station in North Dinajpur district early on Monday, according to railway "
      "officials. The Railway Minister, Nitish Kumar, who visited the site, said the toll could "
      "rise as many bodies were still trapped in the mangled coaches. Unofficial estimates put "
      "the number of dead at between 400 and 500. Both trains were packed, and the Avadh-Assam "
      "Express alone was carrying around 2,500 passengers, a senior railway official said. Army "
      "personnel, 600 of them, joined the rescue operation this afternoon.",
      [C("At least 285", 285, "at_least", "killed", "people in the Gaisal collision",
         RAIL_OFF),
       C("over 300", 300, "more_than", "injured", "people in the Gaisal collision", RAIL_OFF),
       C("between 400 and 500", 400, "range", "killed", "people (unofficial estimate)",
         "Unofficial estimates", high=500),
       C("around 2,500", 2500, "about", "other", "passengers on the Avadh-Assam Express",
         "a senior railway official"),
       C("600", 600, "exact", "troops", "army personnel in the rescue")]),

    # --- Disasters: fires -------------------------------------------------------------------------
    P("d42_031",
      "CHAMONIX, France, March 26, 1999 (AFP) - Firefighters finally put out the blaze in the "
      "Mont Blanc tunnel on Friday, some 53 hours after a Belgian lorry carrying flour and "
      "margarine caught fire in the 11.6-kilometre tunnel between France and Italy. The prefect "
      "of Haute-Savoie said 41 people were believed to have died, most of them trapped in their "
      "vehicles, but that only 27 bodies had been found so far because of the intense heat, "
      "which reached 1,000 degrees Celsius. Some 36 vehicles, most of them heavy goods lorries, "
      "were destroyed inside the tunnel, officials said. Fourteen firefighters were treated in "
      "hospital for smoke inhalation, the Chamonix fire service said. The tunnel, which handled "
      "about 2,000 lorries a day, will remain closed for months.",
      [C("41", 41, "exact", "killed", "people believed dead in the tunnel", PREFECT,
         cat_alt=["missing"]),
       C("27", 27, "exact", "killed", "bodies found", PREFECT),
       C("Some 36", 36, "about", "other", "vehicles destroyed", "officials", optional=True,
         cat_alt=["infrastructure"]),
       C("Fourteen", 14, "exact", "injured", "firefighters treated for smoke inhalation",
         "the Chamonix fire service"),
       C("about 2,000", 2000, "about", "other", "lorries a day through the tunnel",
         optional=True)],
      published="1999-03-26"),

    P("d42_032",
      "Mon 12 Dec 2005 01.22 GMT\nBuncefield: 43 hurt as oil depot blasts shake Home Counties\nA "
      "series of explosions at the Buncefield oil depot near Hemel Hempstead injured 43 people, "
      "two of them seriously, Hertfordshire police said last night, and sent a plume of black "
      "smoke across southern England. Firefighters said 20 storage tanks were ablaze, each "
      "holding up to 3m gallons of fuel. About 2,000 people were evacuated from their homes, and "
      "schools in the area will stay shut today. The first blast, at 6.01am on Sunday, measured "
      "2.4 on the Richter scale and was heard in Belgium. Hertfordshire fire service said 180 "
      "firefighters and 25 fire engines were at the scene; remarkably, no one was killed.",
      [C("43", 43, "exact", "injured", "people hurt (headline)", ctx="43 hurt"),
       C("43", 43, "exact", "injured", "people injured at Buncefield", HERTS_POLICE,
         ctx="43 people"),
       C("two", 2, "exact", "injured", "people seriously injured", HERTS_POLICE),
       C("20", 20, "exact", "infrastructure", "storage tanks ablaze", "Firefighters",
         cat_alt=["other"]),
       C("About 2,000", 2000, "about", "displaced", "people evacuated from their homes",
         attr_alt=["Firefighters"]),
       C("180", 180, "exact", "troops", "firefighters at the scene", HERTS_FIRE,
         cat_alt=["other"]),
       C("25", 25, "exact", "other", "fire engines at the scene", HERTS_FIRE, optional=True)],
      published="2005-12-12"),

    # --- Disasters: industrial --------------------------------------------------------------------
    P("d42_033",
      "SAYANOGORSK, Russia, Aug 19 (Reuters) - Rescuers have found the bodies of 17 workers in "
      "the flooded turbine hall of the Sayano-Shushenskaya hydroelectric plant and 58 people are "
      "still missing, Russia's Emergencies Ministry said on Wednesday, two days after an "
      "accident at the country's largest power station. Hopes of finding survivors were "
      "fading, a ministry spokeswoman said. RusHydro, which runs the plant, said a turbine "
      "weighing more than 900 tonnes had been ripped from its housing while 116 people were in "
      "the building, and that 41 of them had got out. Some 2,000 rescuers and divers are taking "
      "part in the operation, the ministry said. The plant, which generates 6,400 megawatts, "
      "will take years to repair, officials said.",
      [C("17", 17, "exact", "killed", "workers' bodies found", EMERCOM),
       C("58", 58, "exact", "missing", "people missing", EMERCOM),
       C("116", 116, "exact", "other", "people in the building", "RusHydro"),
       C("41", 41, "exact", "other", "people who got out", "RusHydro"),
       C("Some 2,000", 2000, "about", "troops", "rescuers and divers", EMERCOM,
         attr_alt=["the ministry"], cat_alt=["other"])]),

    P("d42_034",
      "HARBIN, Nov. 23, 2005 (Xinhua) -- Harbin kept its water supply shut off for a third day "
      "on Wednesday as an 80-km slick of benzene released by an explosion at a chemical plant "
      "upstream in Jilin drifted down the Songhua River, the municipal government said. The "
      "city's 3.8 million residents have been told not to drink tap water, and water trucks are "
      "delivering supplies to schools and hospitals. The Nov. 13 blasts at the PetroChina plant "
      "killed five workers, injured nearly 70 and forced the evacuation of more than 10,000 "
      "residents, the provincial government has said. The concentration of benzene in the river "
      "was found to be up to 108 times the national safety standard. Harbin has drilled 100 new "
      "wells and received 16,000 tonnes of bottled water from neighbouring cities.",
      [C("3.8 million", 3_800_000, "exact", "population", "Harbin's residents",
         attr_alt=["the municipal government"]),
       C("five", 5, "exact", "killed", "workers killed in the Jilin blasts", JILIN_GOV),
       C("nearly 70", 70, "about", "injured", "people injured in the Jilin blasts", JILIN_GOV),
       C("more than 10,000", 10000, "more_than", "displaced", "residents evacuated in Jilin",
         JILIN_GOV),
       C("100", 100, "exact", "infrastructure", "new wells drilled in Harbin",
         cat_alt=["other", "aid"]),
       C("16,000", 16000, "exact", "aid", "tonnes of bottled water received")],
      published="2005-11-23"),

    P("d42_035",
      "KARAMAY, China (AP) — A fire that swept through a crowded theater during a performance "
      "for visiting education officials killed 325 people, 288 of them schoolchildren, the "
      "official Xinhua News Agency said Saturday. Another 130 people were injured in the blaze, "
      "which began when a stage light set a curtain alight at the Friendship Hall in the oil "
      "city of Karamay, Xinhua said. About 800 people, most of them pupils aged between 7 and "
      "14 from 15 schools, were in the hall when the fire broke out. Survivors told relatives "
      "that the students had been ordered to stay seated so that officials could leave first. "
      "Only one of the hall's eight exits was open, the agency said.",
      [C("325", 325, "exact", "killed", "people killed in the Karamay fire", XINHUA),
       C("288", 288, "exact", "killed", "schoolchildren", XINHUA),
       C("130", 130, "exact", "injured", "people injured", XINHUA, attr_alt=["Xinhua"]),
       C("About 800", 800, "about", "other", "people in the hall", XINHUA,
         attr_alt=[None, "Xinhua"]),
       C("15", 15, "exact", "other", "schools the pupils came from", XINHUA, optional=True,
         attr_alt=[None, "Xinhua"]),
       C("one", 1, "exact", "infrastructure", "exits open", XINHUA, optional=True,
         cat_alt=["other"], attr_alt=["the agency"], ctx="one of the hall's"),
       C("eight", 8, "exact", "infrastructure", "exits of the hall", XINHUA, optional=True,
         cat_alt=["other"], attr_alt=["the agency"])]),

    # --- Disasters: floods and storms -------------------------------------------------------------
    P("d42_036",
      "WFP News Release\nMaputo, 2 March 2000\nThe World Food Programme has airlifted 480 tonnes "
      "of food to people stranded by floods in southern Mozambique and is preparing to feed up "
      "to 650,000 people over the next three months. Government officials estimate that 100,000 "
      "people are still trapped on rooftops and in trees along the Limpopo and Save rivers, and "
      "that at least 200 have died, although the toll is expected to rise sharply as the waters "
      "recede. South African air force helicopters have plucked more than 7,000 people to safety "
      "since Saturday, the South African National Defence Force said. Chokwe, a town of some "
      "60,000 people, lies under two metres of water. WFP has appealed for US$13.6 million to "
      "fund the operation.",
      [C("480", 480, "exact", "aid", "tonnes of food airlifted", attr_alt=[WFP]),
       C("up to 650,000", 650000, "at_most", "other", "people WFP plans to feed",
         attr_alt=[WFP], cat_alt=["aid", "population"]),
       C("100,000", 100000, "exact", "other", "people trapped on rooftops and in trees",
         MZ_GOV, cat_alt=["missing", "population"]),
       C("at least 200", 200, "at_least", "killed", "people killed in the floods", MZ_GOV),
       C("more than 7,000", 7000, "more_than", "other", "people rescued by helicopter",
         "the South African National Defence Force"),
       C("some 60,000", 60000, "about", "population", "Chokwe's population")],
      published="2000-03-02"),

    P("d42_037",
      "SANTO DOMINGO, Dominican Republic (AP) — Hurricane Georges killed at least 210 people in "
      "the Dominican Republic, most of them in flash floods and mudslides in the southwest, "
      "President Leonel Fernández said Wednesday, more than doubling the previous official "
      "toll. Civil defense officials said some 100,000 people had been left homeless and that "
      "about 80 percent of the banana and plantain crop had been destroyed. In neighboring "
      "Haiti, at least 27 people died, the government said. The storm, which packed winds of "
      "110 mph when it crossed the island, was heading for the Florida Keys, where about 90,000 "
      "residents and tourists have been ordered to leave. Earlier it had left three dead and "
      "about 28,000 people in shelters in Puerto Rico, authorities there said.",
      [C("at least 210", 210, "at_least", "killed", "people in the Dominican Republic",
         FERNANDEZ),
       C("some 100,000", 100000, "about", "displaced", "people left homeless", CD_OFF),
       C("about 80 percent", 80, "about", "other", "share of banana and plantain crop destroyed",
         CD_OFF, optional=True),
       C("at least 27", 27, "at_least", "killed", "people in Haiti", "the government"),
       C("about 90,000", 90000, "about", "displaced", "people ordered to leave the Keys"),
       C("three", 3, "exact", "killed", "people in Puerto Rico", "authorities there"),
       C("about 28,000", 28000, "about", "displaced", "people in shelters in Puerto Rico",
         "authorities there")]),

    P("d42_038",
      "July 6, 2019 5:45 AM PT\nRIDGECREST, Calif. — A magnitude 7.1 earthquake struck the "
      "Mojave Desert near Ridgecrest at 8:19 p.m. Friday, about 11 miles north-northeast of the "
      "town and 150 miles from downtown Los Angeles, the U.S. Geological Survey said. It followed "
      "a magnitude 6.4 foreshock on the Fourth of July and was the strongest quake to hit "
      "Southern California in 20 years. Seismologists put the chance of another quake of "
      "magnitude 6 or larger in the next week at 27%. No deaths or serious injuries were "
      "reported, Kern County fire officials said, though some mobile homes shifted off their "
      "foundations and gas lines ruptured. The shaking lasted about 30 seconds near the "
      "epicenter, at a depth of roughly 5 miles.",
      [],
      published="2019-07-06"),

    P("d42_039",
      "Fri, Aug 14, 2009 - Page 1\nUp to 400 feared buried in Xiaolin\nBy Staff writers\nAs many "
      "as 400 residents of Xiaolin Village in Kaohsiung County are feared buried by a mudslide "
      "that engulfed the village on Sunday, county officials said yesterday, as rescuers finally "
      "reached the site on foot. The Central Emergency Operation Center put the nationwide "
      "death toll from Typhoon Morakot at 108, with 61 people missing and 45 injured. More than "
      "3,000 residents of mountain villages have been airlifted out by military helicopters "
      "since Tuesday, the Ministry of National Defense said, and about 15,000 people remain in "
      "shelters. Rainfall in parts of southern Taiwan reached nearly 3,000mm over three days, "
      "the heaviest since records began.",
      [C("Up to 400", 400, "at_most", "killed", "people feared buried (headline)",
         cat_alt=["missing"]),
       C("As many as 400", 400, "at_most", "killed", "Xiaolin residents feared buried",
         "county officials", cat_alt=["missing"]),
       C("108", 108, "exact", "killed", "people killed by Typhoon Morakot", CEOC),
       C("61", 61, "exact", "missing", "people missing", CEOC),
       C("45", 45, "exact", "injured", "people injured", CEOC),
       C("More than 3,000", 3000, "more_than", "displaced", "residents airlifted out", MND),
       C("about 15,000", 15000, "about", "displaced", "people in shelters", MND,
         attr_alt=[None])],
      published="2009-08-14"),

    P("d42_040",
      "Greece fires: Death toll climbs to 63\nMonday, August 27, 2007\nATHENS - The number of "
      "people killed in the forest fires that have ravaged the Peloponnese and Evia since Friday "
      "rose to 63 yesterday, the fire service said, as new blazes broke out near Olympia. Among "
      "the dead were a mother and her four children, found in each other's arms near the "
      "village of Artemida, police said. Fire brigade spokesman Nikos Diamandis said 170 fires "
      "had broken out across the country in the previous 24 hours, and that some 4,000 "
      "firefighters and soldiers were battling the flames, backed by 40 water-dropping "
      "aircraft, several of them sent by EU partners. About 2,000 people were evacuated from "
      "villages in Ilia prefecture. The government has declared a state of emergency and "
      "offered 10,000 euros to each family that lost its home.",
      [C("63", 63, "exact", "killed", "people killed in the fires (headline)",
         ctx="climbs to 63"),
       C("63", 63, "exact", "killed", "people killed in the fires", "the fire service",
         ctx="rose to 63"),
       C("four", 4, "exact", "killed", "children found dead near Artemida", "police"),
       C("170", 170, "exact", "other", "fires in 24 hours", DIAMANDIS),
       C("some 4,000", 4000, "about", "troops", "firefighters and soldiers", DIAMANDIS,
         cat_alt=["other"]),
       C("40", 40, "exact", "other", "water-dropping aircraft", DIAMANDIS, optional=True,
         cat_alt=["troops", "munitions"]),
       C("About 2,000", 2000, "about", "displaced", "people evacuated in Ilia",
         attr_alt=[DIAMANDIS])],
      published="2007-08-27"),
]

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 42)), "holdout", "holdout2", "holdout3")


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d42_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
