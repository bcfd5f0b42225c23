"""Source of the forty-fifth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on wars, insurgencies and
terrorist attacks between 1979 and 2017 (Lebanon, Sri Lanka, Chechnya, the Congo wars, Colombia,
Peru, Northern Ireland, the Iran–Iraq war, Boko Haram, Somalia, Mali, Kashmir, the Zamboanga
siege and Yemen), written for this set (none copied from an article) both as news at the time
and as retrospective and anniversary pieces, court and truth-commission texts and NGO and UN
releases (Human Rights Watch, Amnesty International, the ICRC, UNHCR, UN News, the ICC), in the
styles of wire copy (Reuters, AP, AFP, UPI, Xinhua, PTI), broadcaster and newspaper pages (BBC,
Al Jazeera, RFI, GMA News, a Vanguard-style Nigerian page, a Belfast paper, The Hindu's archive,
a Colombian site) and a truth-commission report excerpt in unofficial translation. Annotated by
hand and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and
the decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset42`` and
``tests/holdout2``. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts.

Run ``python tests/devset45/build_devset45.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

DILLON = "Ambassador Robert Dillon"
HABIB_PLAN = "U.S. envoy Philip Habib's plan"
LEB_OFF = "Lebanese officials"
LEB_POLICE = "The Lebanese police"
ICRC = "the ICRC"
ATHUL = "National Security Minister Lalith Athulathmudali"
HOSP_DIR = "the hospital's director"
LTTE_LONDON = "A statement from the LTTE's office in London"
SL_MOD = "The defence ministry in Colombo"
KARUNARATNE = "Military spokesman Brigadier Sanath Karunaratne"
POPOV = "Chechnya's Kremlin-backed prime minister, Anatoly Popov"
EMERCOM = "The Emergencies Ministry"
GEN_STAFF = "figures later published by the General Staff"
HRW = "Human Rights Watch"
CHURCH_LIST = "A list compiled by local church groups"
MONUC = "The U.N. peacekeeping mission, MONUC"
AID_AGENCIES = "Aid agencies"
CHAMBER = "The Chamber"
JANOWSKI = "UNHCR spokesman Kris Janowski"
TRUTH_COM = "the Truth Commission set up by the court in 2005"
MOCKUS = "Mayor Antanas Mockus"
TAPIAS = "Armed Forces commander Gen. Fernando Tapias"
UN_MISSION = "The U.N. mission"
CNMH = "the National Centre for Historical Memory"
COMMISSION = "The Commission"
PE_COURT = "A Peruvian court"
GONZALEZ = "Justice Minister Luis González Posada"
RUC = "the Royal Ulster Constabulary"
NIO = "Northern Ireland Office figures"
TEHRAN_RADIO = "Tehran Radio"
IRNA = "the official Islamic Republic News Agency"
KANO_OFFICIAL = "a senior government official"
IDRIS = "Kano state police commissioner Ibrahim Idris"
YOBE_POLICE = "the Yobe State Police Command"
AMNESTY = "Amnesty International"
GELLE = "Information Minister Dahir Mohamud Gelle"
REDMOND = "UNHCR spokesman Ron Redmond"
ELMAN = "Local human rights group Elman Peace"
LE_DRIAN = "French defence minister Jean-Yves Le Drian"
MINUSMA = "The U.N. mission, MINUSMA"
UNESCO = "UNESCO"
OFFICIAL_SOURCES = "official sources"
ZAGALA = "military spokesman Lt. Col. Ramon Zagala"
DSWD = "The Department of Social Welfare and Development"
YE_MOH = "the Houthi-controlled health ministry"
MIL_OFFICIAL = "a military official"

PASSAGES = [
    # --- Lebanon ---------------------------------------------------------------------------------
    P("d45_001",
      "BEIRUT, Lebanon (AP) — A suicide bomber drove a van packed with explosives into the U.S. "
      "Embassy in west Beirut on Monday, tearing the face off the seven-story building and "
      "killing at least 39 people, Lebanese police said. Ambassador Robert Dillon, who was pulled "
      "from his office with cuts to his face and arms, said 17 Americans were among the dead or "
      "missing. The State Department in Washington said about 120 people had been injured. A "
      "previously unknown group calling itself Islamic Holy War claimed responsibility in a call "
      "to a French news agency. About 100 U.S. Marines from the multinational peacekeeping force "
      "were rushed to the scene to help Lebanese soldiers and civil defense workers dig through "
      "the collapsed floors. Rescuers said at least 20 people were still believed trapped under "
      "the concrete late Monday night.",
      [C("at least 39", 39, "at_least", "killed", "people at the U.S. Embassy", "Lebanese police"),
       C("17", 17, "exact", "killed", "Americans dead or missing", DILLON, cat_alt=["missing"]),
       C("about 120", 120, "about", "injured", "people", "The State Department in Washington",
         attr_alt=["The State Department"]),
       C("About 100", 100, "about", "troops", "U.S. Marines sent to the scene"),
       C("at least 20", 20, "at_least", "missing", "people believed trapped", "Rescuers",
         cat_alt=["other"])]),

    P("d45_002",
      "BEIRUT, Aug 21, 1982 (Reuters) - The first 397 Palestinian guerrillas sailed out of Beirut "
      "on a Cypriot ferry on Saturday, firing their rifles into the air from the deck, as 350 "
      "French paratroopers came ashore to oversee the withdrawal. U.S. envoy Philip Habib's plan "
      "provides for some 7,100 Palestine Liberation Organisation fighters to leave by sea and "
      "overland for eight Arab countries over the next two weeks, along with about 3,600 Syrian "
      "troops and Palestine Liberation Army soldiers who will go by road to Syria. About 800 U.S. "
      "Marines and 400 Italian soldiers are due to join the French contingent next week, Lebanese "
      "officials said. The Lebanese police say 17,825 people have been killed and more than "
      "30,000 wounded since Israel invaded on June 6, most of them civilians. Israel has disputed "
      "the figures, which could not be independently checked.",
      [C("397", 397, "exact", "troops", "PLO fighters evacuated by sea", cat_alt=["displaced"]),
       C("350", 350, "exact", "troops", "French paratroopers"),
       C("some 7,100", 7100, "about", "troops", "PLO fighters to leave", HABIB_PLAN,
         cat_alt=["displaced"], attr_alt=[None]),
       C("eight", 8, "exact", "other", "Arab countries receiving fighters", HABIB_PLAN,
         optional=True),
       C("about 3,600", 3600, "about", "troops", "Syrian and PLA troops to leave", HABIB_PLAN,
         cat_alt=["displaced"], attr_alt=[None]),
       C("About 800", 800, "about", "troops", "U.S. Marines", LEB_OFF),
       C("400", 400, "exact", "troops", "Italian soldiers", LEB_OFF),
       C("17,825", 17825, "exact", "killed", "people since the Israeli invasion", LEB_POLICE),
       C("more than 30,000", 30000, "more_than", "injured", "people since the invasion",
         LEB_POLICE)],
      published="1982-08-21"),

    P("d45_003",
      "Lebanon: New law a first step towards answers for families of the missing\n"
      "News release | 13 November 2018\n"
      "Beirut (ICRC) – The International Committee of the Red Cross welcomes the adoption by "
      "Lebanon's parliament of Law 105 on the missing and forcibly disappeared, which creates an "
      "independent national commission to trace them. Lebanese authorities have cited a figure "
      "of 17,415 people who went missing during the 1975–1990 war, and families have waited "
      "more than 28 years for news of them. Since 2012 the ICRC has collected detailed "
      "information from the families of some 2,800 missing people and taken biological "
      "reference samples from more than 1,500 relatives, so that remains can one day be "
      "identified. The war killed an estimated 150,000 people and drove hundreds of thousands "
      "from their homes. \"The law gives these families a right to know,\" said Christophe "
      "Martin, head of the ICRC delegation in Lebanon.",
      [C("17,415", 17415, "exact", "missing", "people missing from the civil war",
         "Lebanese authorities"),
       C("some 2,800", 2800, "about", "missing", "missing people documented by the ICRC",
         attr_alt=[ICRC, "The International Committee of the Red Cross"]),
       C("more than 1,500", 1500, "more_than", "other", "relatives who gave samples",
         optional=True, attr_alt=[ICRC]),
       C("an estimated 150,000", 150000, "about", "killed", "people killed in the war",
         attr_alt=["The International Committee of the Red Cross"]),
       C("hundreds of thousands", 100000, "vague", "displaced", "people driven from their homes",
         attr_alt=["The International Committee of the Red Cross"])],
      published="2018-11-13"),

    # --- Sri Lanka -------------------------------------------------------------------------------
    P("d45_004",
      "COLOMBO, May 15 (Reuters) - Tamil guerrillas who had hijacked a bus drove into the "
      "Buddhist holy city of Anuradhapura on Tuesday evening and sprayed pilgrims at the Sri Maha "
      "Bodhi shrine and the central bus station with automatic fire, killing at least 146 "
      "people, the government said. National Security Minister Lalith Athulathmudali told "
      "parliament on Wednesday that about 85 people had been wounded, many of them critically, "
      "and that the gunmen, numbering between 20 and 30, had escaped north through the Wilpattu "
      "forest. Hundreds of troops backed by helicopters were combing the jungle, military "
      "sources said. The Liberation Tigers of Tamil Eelam, the largest of the separatist groups, "
      "denied any part in the attack.",
      [C("at least 146", 146, "at_least", "killed", "people in Anuradhapura", "the government"),
       C("about 85", 85, "about", "injured", "people", ATHUL),
       C("between 20 and 30", 20, "range", "troops", "gunmen", ATHUL, high=30,
         cat_alt=["other"]),
       C("Hundreds", 100, "vague", "troops", "troops combing the jungle", "military sources")]),

    P("d45_005",
      "COLOMBO, July 25 (Xinhua) -- The death toll from Wednesday's bomb blasts on a crowded "
      "commuter train at Dehiwala, a southern suburb of Colombo, has risen to 64, hospital "
      "sources said Thursday. More than 400 people were wounded, about 100 of them seriously, "
      "the hospital's director told Xinhua. Police said the bombs, hidden in the luggage racks "
      "of the second and third carriages, went off at 6:15 p.m. as the train, carrying some "
      "1,500 evening commuters home, pulled into the station. Police have detained 37 Tamil "
      "youths for questioning in Dehiwala and neighbouring Wellawatte. The government blamed the "
      "Liberation Tigers of Tamil Eelam, who are fighting for a separate state in the north and "
      "east.",
      [C("64", 64, "exact", "killed", "people on the train", "hospital sources"),
       C("More than 400", 400, "more_than", "injured", "people", HOSP_DIR),
       C("about 100", 100, "about", "injured", "seriously wounded", HOSP_DIR),
       C("some 1,500", 1500, "about", "other", "commuters on board", "Police"),
       C("37", 37, "exact", "detained", "Tamil youths detained", attr_alt=["Police"])]),

    P("d45_006",
      "BBC News | SOUTH ASIA | Tigers claim Elephant Pass\n"
      "Saturday, 22 April, 2000, 14:12 GMT 15:12 UK\n"
      "Tamil Tiger rebels say they have captured the Elephant Pass military complex, the gateway "
      "to the Jaffna peninsula, after a five-day offensive. A statement from the LTTE's office in "
      "London said more than 1,000 government soldiers had been killed and that the rebels had "
      "seized four artillery guns and 12 armoured vehicles. The defence ministry in Colombo "
      "admitted that the base had been abandoned, but said its 17,000 troops had fallen back to "
      "new lines with the loss of 78 soldiers killed and about 400 wounded. It said \"hundreds\" "
      "of rebels had died. Journalists are barred from the area, and neither side's figures can "
      "be independently confirmed.",
      [C("more than 1,000", 1000, "more_than", "killed", "government soldiers", LTTE_LONDON),
       C("four", 4, "exact", "munitions", "artillery guns seized", LTTE_LONDON,
         cat_alt=["other"]),
       C("12", 12, "exact", "munitions", "armoured vehicles seized", LTTE_LONDON,
         cat_alt=["other"], ctx="12 armoured"),
       C("17,000", 17000, "exact", "troops", "troops at Elephant Pass", SL_MOD),
       C("78", 78, "exact", "killed", "soldiers", SL_MOD),
       C("about 400", 400, "about", "injured", "soldiers", SL_MOD),
       C("hundreds", 100, "vague", "killed", "rebels", "It", attr_alt=[SL_MOD])],
      published="2000-04-22"),

    P("d45_007",
      "COLOMBO, July 24, 2001 (AFP) - Tamil Tiger suicide commandos stormed Sri Lanka's only "
      "international airport and the adjoining Katunayake air force base before dawn on Tuesday, "
      "destroying or damaging 26 aircraft, the air force said. Military spokesman Brigadier "
      "Sanath Karunaratne said all 14 attackers had been killed in a gunbattle that lasted more "
      "than four hours, together with seven members of the security forces. Twelve others, "
      "including a Russian engineer, were wounded, he said. Some 300 passengers, most of them "
      "waiting for early flights to the Gulf, were led to safety from the terminal, airport "
      "officials said. Three of SriLankan Airlines' Airbus A330 jets were among the planes "
      "destroyed, a blow the national carrier said would cost it millions of dollars.",
      [C("26", 26, "exact", "munitions", "aircraft destroyed or damaged", "the air force",
         cat_alt=["other"]),
       C("14", 14, "exact", "killed", "attackers", KARUNARATNE),
       C("seven", 7, "exact", "killed", "security forces", KARUNARATNE),
       C("Twelve", 12, "exact", "injured", "people", KARUNARATNE, attr_alt=["he"]),
       C("Some 300", 300, "about", "displaced", "passengers evacuated from the terminal",
         "airport officials", cat_alt=["other"]),
       C("Three", 3, "exact", "other", "SriLankan Airlines jets destroyed",
         cat_alt=["munitions", "infrastructure"])],
      published="2001-07-24"),

    # --- Chechnya --------------------------------------------------------------------------------
    P("d45_008",
      "ZNAMENSKOYE, Russia (AP) — A truck packed with explosives smashed through a barrier and "
      "blew up outside a government compound in northern Chechnya on Monday, killing at least 40 "
      "people and wounding more than 150, officials said. The blast flattened the district "
      "administration building and the local office of the Federal Security Service and damaged "
      "dozens of homes, said Chechnya's Kremlin-backed prime minister, Anatoly Popov. The "
      "Emergencies Ministry said 197 people had sought treatment and 79 had been admitted to "
      "hospitals, 29 of them children. Rescuers were still looking for 11 people reported missing "
      "under the rubble. The attack came two months after a referendum on a new constitution "
      "that the Kremlin said had been backed by 96 percent of voters.",
      [C("at least 40", 40, "at_least", "killed", "people in Znamenskoye", "officials"),
       C("more than 150", 150, "more_than", "injured", "people", "officials"),
       C("dozens", 12, "vague", "infrastructure", "homes damaged", POPOV),
       C("197", 197, "exact", "injured", "people who sought treatment", EMERCOM),
       C("79", 79, "exact", "injured", "people admitted to hospital", EMERCOM),
       C("29", 29, "exact", "injured", "children in hospital", EMERCOM),
       C("11", 11, "exact", "missing", "people under the rubble", attr_alt=[EMERCOM])]),

    P("d45_009",
      "Dec. 31, 2014\n"
      "Twenty years ago tonight, Russian armoured columns rolled into Grozny expecting little "
      "resistance. The 131st Maikop Motor Rifle Brigade reached the railway station by early "
      "afternoon on Dec. 31, 1994, and was surrounded there by nightfall. Of the 26 tanks it sent "
      "into the city, 20 were destroyed, along with 102 of its 120 armoured personnel carriers, "
      "according to figures later published by the General Staff. The brigade lost its "
      "commander, Colonel Ivan Savin, and about 85 other men killed, with 72 more listed as "
      "missing, the figures show. Soldiers' mothers' committees, which counted the dead from "
      "letters and morgue lists, put the army's losses in the first three days of January at "
      "more than 1,500. The Defence Ministry has never published a full toll for the assault.",
      [C("26", 26, "exact", "munitions", "tanks sent into Grozny", GEN_STAFF, cat_alt=["other"]),
       C("20", 20, "exact", "munitions", "tanks destroyed", GEN_STAFF, cat_alt=["other"]),
       C("102", 102, "exact", "munitions", "armoured personnel carriers destroyed", GEN_STAFF,
         cat_alt=["other"]),
       C("120", 120, "exact", "munitions", "armoured personnel carriers of the brigade",
         GEN_STAFF, cat_alt=["other"]),
       C("about 85", 85, "about", "killed", "men of the brigade", "the figures",
         attr_alt=[GEN_STAFF]),
       C("72", 72, "exact", "missing", "men of the brigade", "the figures",
         attr_alt=[GEN_STAFF]),
       C("more than 1,500", 1500, "more_than", "killed", "army losses in early January",
         "Soldiers' mothers' committees")],
      published="2014-12-31"),

    # --- The Congo wars --------------------------------------------------------------------------
    P("d45_010",
      "Congo: Rebels Massacre Civilians in South Kivu\n"
      "(New York, February 17, 1999) — Fighters of the Rally for Congolese Democracy (RCD) and "
      "their Rwandan allies killed more than 500 civilians in and around the village of Makobola "
      "between December 30 and January 2, Human Rights Watch said today. Survivors told Human "
      "Rights Watch that soldiers went from house to house with knives and machetes, and that "
      "whole families were burned inside their homes. A list compiled by local church groups "
      "names 596 victims, 112 of them children. The RCD has acknowledged that its troops were in "
      "Makobola but says fewer than 40 people died, all of them Mai-Mai militiamen. About 6,000 "
      "residents fled into the hills or across Lake Tanganyika and most have not returned.",
      [C("more than 500", 500, "more_than", "killed", "civilians in Makobola", HRW),
       C("596", 596, "exact", "killed", "victims named", CHURCH_LIST),
       C("112", 112, "exact", "killed", "children", CHURCH_LIST),
       C("fewer than 40", 40, "fewer_than", "killed", "people (Mai-Mai)", "The RCD"),
       C("About 6,000", 6000, "about", "displaced", "residents who fled",
         attr_alt=[HRW])],
      published="1999-02-17"),

    P("d45_011",
      "KIWANJA, Congo, Nov 7 (Reuters) - Residents of this eastern Congolese town buried at least "
      "20 bodies on Friday after two days of fighting in which Tutsi rebels loyal to Laurent "
      "Nkunda drove out pro-government Mai Mai militia, and accused the rebels of executing young "
      "men in their homes. A Reuters reporter counted 12 bodies, some shot in the head, in "
      "streets and yards near the market. A spokesman for the rebel National Congress for the "
      "Defence of the People (CNDP), Bertrand Bisimwa, said the dead were militiamen killed in "
      "combat. The U.N. peacekeeping mission, MONUC, which has about 100 troops based just "
      "outside Kiwanja, said it was investigating. Aid agencies estimate that 250,000 people have "
      "been uprooted in North Kivu since late August, on top of some 800,000 displaced by "
      "earlier rounds of fighting.",
      [C("at least 20", 20, "at_least", "killed", "bodies buried in Kiwanja",
         attr_alt=["Residents"]),
       C("12", 12, "exact", "killed", "bodies counted", "A Reuters reporter"),
       C("about 100", 100, "about", "troops", "MONUC troops near Kiwanja", MONUC,
         attr_alt=[None]),
       C("250,000", 250000, "exact", "displaced", "people uprooted since August", AID_AGENCIES),
       C("some 800,000", 800000, "about", "displaced", "people displaced earlier", AID_AGENCIES,
         attr_alt=[None])]),

    P("d45_012",
      "ICC-CPI-20140307-PR986\n"
      "Press Release: 7 March 2014\n"
      "Trial Chamber II of the International Criminal Court (ICC) today found Germain Katanga "
      "guilty, as an accessory, of one count of crime against humanity (murder) and four counts "
      "of war crimes committed on 24 February 2003 during an attack on the village of Bogoro, in "
      "the Ituri district of the Democratic Republic of the Congo. The Chamber found that at "
      "least 30 civilians had been killed in the attack, many of them women, children and "
      "elderly people hiding in their homes, and that Ngiti combatants had looted and destroyed "
      "houses. Before the attack Bogoro had roughly 1,200 inhabitants. The Prosecution had "
      "alleged that about 200 people were killed. Mr Katanga was acquitted of the charges of "
      "rape, sexual slavery and using children under the age of 15 to participate in "
      "hostilities. In all, 366 victims took part in the proceedings.",
      [C("one", 1, "exact", "other", "counts of crimes against humanity", optional=True),
       C("four", 4, "exact", "other", "counts of war crimes", optional=True),
       C("at least 30", 30, "at_least", "killed", "civilians in Bogoro", CHAMBER),
       C("roughly 1,200", 1200, "about", "population", "inhabitants of Bogoro",
         attr_alt=[CHAMBER]),
       C("about 200", 200, "about", "killed", "people in Bogoro", "The Prosecution"),
       C("366", 366, "exact", "other", "victims taking part in proceedings", optional=True)],
      published="2014-03-07"),

    P("d45_013",
      "UNHCR Briefing, Geneva, 25 February 1997\n"
      "Aid workers in eastern Zaire report that an estimated 170,000 Rwandan and Burundian "
      "refugees who had been sheltering at Tingi-Tingi camp have fled westward ahead of advancing "
      "forces of Laurent-Désiré Kabila's alliance. UNHCR spokesman Kris Janowski said between 50 "
      "and 100 people, most of them small children, had been dying every day of cholera, "
      "dysentery and malnutrition before the camp emptied. An airlift from Kisangani had brought "
      "in 1,200 tonnes of food and medicine since early January, he said. The agency's last two "
      "international staff members were evacuated to Kisangani on Saturday. Tingi-Tingi lies "
      "some 220 kilometres east of Kisangani, on the road to Lubutu.",
      [C("an estimated 170,000", 170000, "about", "displaced", "refugees who fled Tingi-Tingi",
         "Aid workers in eastern Zaire"),
       C("between 50 and 100", 50, "range", "killed", "refugees dying each day", JANOWSKI,
         high=100),
       C("1,200", 1200, "exact", "aid", "tonnes of food and medicine flown in", JANOWSKI,
         attr_alt=["he"]),
       C("two", 2, "exact", "displaced", "UNHCR staff evacuated", cat_alt=["other"],
         attr_alt=[JANOWSKI])],
      published="1997-02-25"),

    # --- Colombia --------------------------------------------------------------------------------
    P("d45_014",
      "November 6, 2015\n"
      "BOGOTÁ – Thirty years after M-19 guerrillas stormed the Palace of Justice and the army "
      "retook it in a 28-hour assault with tanks and rockets, President Juan Manuel Santos on "
      "Friday asked forgiveness on behalf of the Colombian state. Ninety-eight people died, "
      "among them 11 of the 25 Supreme Court justices, according to the Truth Commission set up "
      "by the court in 2005. Eleven people, most of them cafeteria workers, left the burning "
      "building alive and were never seen again; their families say they were taken to military "
      "bases and tortured. Prosecutors said last month that the remains of three of the missing "
      "had been identified in graves at a Bogotá cemetery. The families' lawyers say the state "
      "has yet to explain what happened to the others.",
      [C("Ninety-eight", 98, "exact", "killed", "people in the Palace of Justice", TRUTH_COM,
         attr_alt=["the Truth Commission"]),
       C("11", 11, "exact", "killed", "Supreme Court justices", TRUTH_COM,
         attr_alt=["the Truth Commission"]),
       C("25", 25, "exact", "other", "Supreme Court justices in all", TRUTH_COM,
         optional=True),
       C("Eleven", 11, "exact", "missing", "people who left alive and disappeared",
         attr_alt=[TRUTH_COM]),
       C("three", 3, "exact", "killed", "missing people identified", "Prosecutors",
         optional=True, cat_alt=["other", "missing"])],
      published="2015-11-06"),

    P("d45_015",
      "BOGOTA, Feb 8 (Reuters) - The death toll from a car bomb that tore through an exclusive "
      "social club in northern Bogota rose to 32 on Saturday, Mayor Antanas Mockus said, as "
      "rescue workers pulled more bodies from the charred 10-storey building. About 160 people "
      "were injured, at least 12 of them children who had been at a swimming class, the mayor "
      "said. Police said more than 150 kg of explosives had been packed into a car parked in the "
      "club's underground garage. President Alvaro Uribe blamed the Revolutionary Armed Forces of "
      "Colombia and ordered 1,500 extra police onto the capital's streets. Defense Minister Marta "
      "Lucía Ramírez said seven people were still unaccounted for.",
      [C("32", 32, "exact", "killed", "people at the El Nogal club", MOCKUS),
       C("About 160", 160, "about", "injured", "people", "the mayor", attr_alt=[MOCKUS]),
       C("at least 12", 12, "at_least", "injured", "children", "the mayor", attr_alt=[MOCKUS]),
       C("more than 150", 150, "more_than", "munitions", "kg of explosives", "Police",
         optional=True, cat_alt=["other"]),
       C("1,500", 1500, "exact", "troops", "extra police in Bogota", cat_alt=["other"],
         attr_alt=["President Alvaro Uribe"]),
       C("seven", 7, "exact", "missing", "people unaccounted for",
         "Defense Minister Marta Lucía Ramírez")]),

    P("d45_016",
      "BOGOTA, Colombia (AP) — Colombian troops flown in through neighbouring Brazil retook the "
      "Amazon town of Mitú on Tuesday, two days after some 1,500 rebels of the Revolutionary "
      "Armed Forces of Colombia overran it, the army said. Armed Forces commander Gen. Fernando "
      "Tapias said 150 rebels had been killed in the counteroffensive, a figure that could not be "
      "confirmed. At least 16 police officers and 11 civilians died in the initial assault, and "
      "the guerrillas took 61 police officers captive and marched them into the jungle, local "
      "officials said. Residents said the rebels' homemade gas-cylinder mortars had destroyed the "
      "police station, the bank and about 40 houses. It was the first provincial capital to fall "
      "to the rebels in 34 years of war.",
      [C("some 1,500", 1500, "about", "troops", "FARC rebels who overran Mitú", "the army",
         cat_alt=["other"]),
       C("150", 150, "exact", "killed", "rebels", TAPIAS),
       C("At least 16", 16, "at_least", "killed", "police officers", "local officials"),
       C("11", 11, "exact", "killed", "civilians", "local officials"),
       C("61", 61, "exact", "hostages", "police officers taken captive", "local officials",
         cat_alt=["detained"]),
       C("about 40", 40, "about", "infrastructure", "houses destroyed", "Residents")]),

    P("d45_017",
      "FARC completes handover of weapons to UN monitors\n"
      "Published On 27 Jun 2017\n"
      "Colombia's FARC rebels have handed over the last of their registered weapons to United "
      "Nations monitors, ending their existence as an armed group after more than half a century "
      "of war. The U.N. mission said it had collected 7,132 weapons from about 6,900 fighters "
      "gathered in 26 transition zones across the country, and that the arms would be melted "
      "down to make three monuments. Monitors still have to empty some 900 hidden arms caches "
      "in remote areas. The conflict killed more than 220,000 people and uprooted about seven "
      "million, according to the National Centre for Historical Memory.",
      [C("7,132", 7132, "exact", "munitions", "weapons handed over", UN_MISSION,
         cat_alt=["other"]),
       C("about 6,900", 6900, "about", "troops", "FARC fighters", UN_MISSION,
         cat_alt=["other"]),
       C("26", 26, "exact", "other", "transition zones", UN_MISSION, optional=True,
         cat_alt=["infrastructure"]),
       C("three", 3, "exact", "other", "monuments to be made", UN_MISSION, optional=True),
       C("some 900", 900, "about", "munitions", "arms caches", cat_alt=["other"],
         attr_alt=[UN_MISSION]),
       C("more than 220,000", 220000, "more_than", "killed", "people in the conflict", CNMH),
       C("about seven million", 7_000_000, "about", "displaced", "people uprooted", CNMH)],
      published="2017-06-27"),

    # --- Peru ------------------------------------------------------------------------------------
    P("d45_018",
      "LIMA, Peru (AP) — Two car bombs packed with dynamite exploded on a residential street in "
      "the upscale Miraflores district late Thursday, killing at least 18 people and injuring "
      "about 140, police said. The blasts on Tarata Street ripped the fronts off apartment "
      "buildings, shattered windows for blocks and left more than 60 families homeless, the "
      "district's mayor said. Firefighters said about 300 shops and offices had been damaged. "
      "Police blamed the Shining Path guerrillas for the deadliest attack on the capital in the "
      "12-year insurgency, which the government says has killed more than 25,000 people.",
      [C("Two", 2, "exact", "munitions", "car bombs", "police", cat_alt=["other"]),
       C("at least 18", 18, "at_least", "killed", "people in Miraflores", "police"),
       C("about 140", 140, "about", "injured", "people", "police"),
       C("more than 60", 60, "more_than", "displaced", "families made homeless",
         "the district's mayor"),
       C("about 300", 300, "about", "infrastructure", "shops and offices damaged",
         "Firefighters"),
       C("more than 25,000", 25000, "more_than", "killed", "people in the insurgency",
         "the government")]),

    P("d45_019",
      "Truth and Reconciliation Commission, Final Report (Lima, 2003), Volume V, Chapter 2.3 "
      "[unofficial translation]\n"
      "On 3 April 1983, a column of the PCP-Sendero Luminoso made up of some 60 armed men and "
      "women entered the community of Lucanamarca, in the province of Huancasancos, Ayacucho, "
      "and killed 69 peasants with axes, machetes and firearms. Among the victims were 18 "
      "children, the youngest of them six months old. The Commission was able to establish the "
      "names of 62 of the victims. In an interview given in 1988, Abimael Guzmán acknowledged "
      "that the party leadership had planned the action, which he said had killed \"more than "
      "80\" people, as a warning to communities that had turned against the party.",
      [C("some 60", 60, "about", "troops", "Sendero Luminoso attackers", cat_alt=["other"],
         attr_alt=[COMMISSION]),
       C("69", 69, "exact", "killed", "peasants in Lucanamarca", attr_alt=[COMMISSION]),
       C("18", 18, "exact", "killed", "children", attr_alt=[COMMISSION]),
       C("62", 62, "exact", "killed", "victims identified by name", COMMISSION,
         optional=True, cat_alt=["other"]),
       C("more than 80", 80, "more_than", "killed", "people in Lucanamarca",
         "Abimael Guzmán")]),

    P("d45_020",
      "LIMA, Sept 1, 2016 (AFP) - A Peruvian court on Thursday sentenced former army lieutenant "
      "Telmo Hurtado to 23 years in prison, and 10 other former soldiers to terms of between 10 "
      "and 25 years, for the 1985 massacre of 69 villagers in Accomarca, in the Andean region of "
      "Ayacucho. The court found that a patrol under Hurtado's command herded the villagers, 23 "
      "of them children, into two houses and opened fire before setting the buildings alight. "
      "Four senior officers, including the former head of the army's political-military command "
      "in Ayacucho, were sentenced to 25 years as \"indirect perpetrators\". Relatives of the "
      "victims had waited 31 years for the verdict.",
      [C("10", 10, "exact", "detained", "former soldiers sentenced", cat_alt=["other"],
         attr_alt=[PE_COURT], ctx="10 other former soldiers"),
       C("69", 69, "exact", "killed", "villagers in Accomarca", attr_alt=[PE_COURT]),
       C("23", 23, "exact", "killed", "children", "The court", attr_alt=[PE_COURT],
         ctx="23 of them children"),
       C("two", 2, "exact", "infrastructure", "houses set alight", "The court", optional=True,
         cat_alt=["other"]),
       C("Four", 4, "exact", "detained", "senior officers sentenced", cat_alt=["other"],
         attr_alt=[PE_COURT])],
      published="2016-09-01"),

    P("d45_021",
      "LIMA, June 20 (UPI) — Troops and police crushed simultaneous uprisings by Shining Path "
      "prisoners at three Lima-area jails, and officials said Friday that at least 156 inmates "
      "had died. Justice Minister Luis González Posada said 124 rebels died at the island prison "
      "of El Frontón, which navy commandos shelled with bazookas before storming it, 30 at "
      "Lurigancho and two at the Santa Bárbara women's prison. The rioters had seized 13 guards "
      "as hostages; one guard and two marines were killed in the fighting, the Justice Ministry "
      "said. Human rights groups put the toll at more than 250 and said many of the Lurigancho "
      "inmates were shot after they had surrendered.",
      [C("three", 3, "exact", "infrastructure", "jails", optional=True, cat_alt=["other"]),
       C("at least 156", 156, "at_least", "killed", "inmates", "officials"),
       C("124", 124, "exact", "killed", "rebels at El Frontón", GONZALEZ),
       C("30", 30, "exact", "killed", "inmates at Lurigancho", GONZALEZ),
       C("two", 2, "exact", "killed", "inmates at Santa Bárbara", GONZALEZ,
         ctx="two at the Santa"),
       C("13", 13, "exact", "hostages", "guards seized", "the Justice Ministry"),
       C("one", 1, "exact", "killed", "guard", "the Justice Ministry"),
       C("two", 2, "exact", "killed", "marines", "the Justice Ministry", ctx="two marines"),
       C("more than 250", 250, "more_than", "killed", "inmates", "Human rights groups")]),

    # --- Northern Ireland ------------------------------------------------------------------------
    P("d45_022",
      "Monday, November 9, 1987\n"
      "ENNISKILLEN — An IRA bomb exploded without warning beside the town's war memorial as "
      "people gathered for the Remembrance Day service yesterday morning, killing 11 people and "
      "injuring 63, the Royal Ulster Constabulary said. Six of the dead were women; among them "
      "were three married couples who had stood together near the cenotaph. The blast brought down the gable wall of St Michael's Reading Rooms "
      "onto the crowd waiting for the parade. A second bomb, found at Tullyhommon, 20 miles away, "
      "failed to go off. Gordon Wilson, whose daughter Marie, 20, died holding his hand in the "
      "rubble, said last night that he bore the bombers no ill will.",
      [C("11", 11, "exact", "killed", "people at the war memorial", RUC),
       C("63", 63, "exact", "injured", "people", RUC),
       C("Six", 6, "exact", "killed", "women", RUC, attr_alt=[None]),
       C("three", 3, "exact", "killed", "married couples among the dead", RUC, optional=True,
         attr_alt=[None])],
      published="1987-11-09"),

    P("d45_023",
      "Warrenpoint: Forty years on from the Army's worst day in Northern Ireland\n"
      "Published 27 August 2019\n"
      "On the afternoon of 27 August 1979, two IRA bombs hidden at Narrow Water near Warrenpoint, "
      "County Down, killed 18 British soldiers, 16 of them from the Parachute Regiment and two "
      "from the Queen's Own Highlanders. The first, hidden under straw on a trailer, destroyed the "
      "last lorry of an Army convoy and killed six paratroopers. The second went off 32 minutes "
      "later at a gatehouse where reinforcements had gathered, killing 12 more. Soldiers fired "
      "across the water towards the Republic, killing an English civilian, William Hudson, and "
      "wounding his cousin. Hours earlier, Lord Mountbatten and three others had been killed when "
      "the IRA blew up his fishing boat off Mullaghmore, County Sligo.",
      [C("two", 2, "exact", "munitions", "IRA bombs", ctx="two IRA bombs"),
       C("18", 18, "exact", "killed", "British soldiers"),
       C("16", 16, "exact", "killed", "Parachute Regiment soldiers"),
       C("two", 2, "exact", "killed", "Queen's Own Highlanders", ctx="two from the Queen"),
       C("six", 6, "exact", "killed", "paratroopers in the first blast"),
       C("12", 12, "exact", "killed", "soldiers in the second blast"),
       C("three", 3, "exact", "killed", "people with Lord Mountbatten")],
      published="2019-08-27"),

    P("d45_024",
      "BELFAST, July 28, 2000 (Reuters) - The last 86 paramilitary prisoners eligible for early "
      "release under Northern Ireland's Good Friday peace agreement walked out of the Maze prison "
      "on Friday, bringing to 428 the number freed since the scheme began in September 1998. Of "
      "those freed, 241 belonged to republican groups such as the IRA and 187 to loyalist groups, "
      "according to Northern Ireland Office figures. Fewer than 20 inmates remain in the jail, "
      "which held about 1,700 prisoners at the height of the Troubles and where 10 republican "
      "hunger strikers starved themselves to death in 1981. Victims' groups protested at the gates "
      "as the men were driven away.",
      [C("86", 86, "exact", "detained", "prisoners released from the Maze", attr_alt=[NIO]),
       C("428", 428, "exact", "detained", "prisoners freed since 1998", attr_alt=[NIO]),
       C("241", 241, "exact", "detained", "republican prisoners freed", NIO),
       C("187", 187, "exact", "detained", "loyalist prisoners freed", NIO),
       C("Fewer than 20", 20, "fewer_than", "detained", "inmates left in the Maze",
         attr_alt=[NIO], cat_alt=["population"]),
       C("about 1,700", 1700, "about", "detained", "prisoners at the height of the Troubles",
         cat_alt=["population"]),
       C("10", 10, "exact", "killed", "hunger strikers")],
      published="2000-07-28"),

    P("d45_025",
      "October 23 2018 07:00 AM\n"
      "Twenty-five years ago today, an IRA bomb carried into Frizzell's fish shop on the Shankill "
      "Road went off early, killing nine Protestant civilians, two of them children, and one of "
      "the bombers, Thomas Begley. More than 50 people were injured on a busy Saturday afternoon. "
      "A week later, Ulster Freedom Fighters gunmen walked into the Rising Sun bar in Greysteel, "
      "Co Londonderry, shouted \"Trick or treat\" and opened fire on about 200 people at a "
      "Halloween dance, killing eight and wounding 19. In the seven days between the two attacks "
      "loyalists killed 14 people. The surviving bomber, Sean Kelly, was given nine life "
      "sentences and freed in 2000 under the Good Friday Agreement.",
      [C("nine", 9, "exact", "killed", "Protestant civilians", ctx="nine Protestant"),
       C("two", 2, "exact", "killed", "children", ctx="two of them children"),
       C("one", 1, "exact", "killed", "IRA bomber", ctx="one of the bombers"),
       C("More than 50", 50, "more_than", "injured", "people on the Shankill Road"),
       C("about 200", 200, "about", "other", "people at the Halloween dance"),
       C("eight", 8, "exact", "killed", "people in Greysteel"),
       C("19", 19, "exact", "injured", "people in Greysteel"),
       C("two", 2, "exact", "other", "attacks (a restatement)", optional=True,
         ctx="the two attacks"),
       C("14", 14, "exact", "killed", "people killed by loyalists in a week")],
      published="2018-10-23"),

    # --- The Iran–Iraq war -----------------------------------------------------------------------
    P("d45_026",
      "NICOSIA, May 24 (Reuters) - Iran said on Monday its forces had recaptured the port city of "
      "Khorramshahr, held by Iraq for 19 months, and taken more than 30,000 Iraqi soldiers "
      "prisoner. Tehran Radio, monitored here, said Iranian troops had killed or wounded "
      "\"thousands\" of the enemy and seized 100 tanks. Iraq said its troops had pulled back in "
      "good order to new defensive lines along the border after inflicting heavy losses, and "
      "Baghdad Radio said 4,000 Iranians had been killed in the past three days. Western "
      "diplomats in the region said the number of Iraqis captured was probably about 12,000.",
      [C("more than 30,000", 30000, "more_than", "detained", "Iraqi soldiers taken prisoner",
         "Iran"),
       C("thousands", 1000, "vague", "injured", "Iraqi soldiers killed or wounded", TEHRAN_RADIO,
         cat_alt=["killed"]),
       C("100", 100, "exact", "munitions", "tanks seized", TEHRAN_RADIO, cat_alt=["other"]),
       C("4,000", 4000, "exact", "killed", "Iranians", "Baghdad Radio"),
       C("about 12,000", 12000, "about", "detained", "Iraqis captured",
         "Western diplomats in the region")]),

    P("d45_027",
      "TEHRAN, March 30 (AFP) - Iraq fired five more long-range missiles at Tehran on Wednesday, "
      "bringing to 126 the number that have hit the Iranian capital since the \"war of the "
      "cities\" resumed on February 29, the official Islamic Republic News Agency said. IRNA said "
      "the latest strikes had killed 22 people and wounded 70 in residential districts in the "
      "south of the city. Iran retaliated by firing three Scud-B missiles at Baghdad, Iraqi state "
      "radio said. Western diplomats estimate that as many as 3 million of Tehran's roughly 10 "
      "million residents have left the city, many of them for towns on the Caspian coast.",
      [C("five", 5, "exact", "munitions", "missiles fired at Tehran", IRNA),
       C("126", 126, "exact", "munitions", "missiles that have hit Tehran", IRNA),
       C("22", 22, "exact", "killed", "people in Tehran", "IRNA", attr_alt=[IRNA]),
       C("70", 70, "exact", "injured", "people in Tehran", "IRNA", attr_alt=[IRNA]),
       C("three", 3, "exact", "munitions", "missiles fired at Baghdad", "Iraqi state radio"),
       C("as many as 3 million", 3_000_000, "at_most", "displaced",
         "residents who have left Tehran", "Western diplomats"),
       C("roughly 10 million", 10_000_000, "about", "population", "residents of Tehran",
         attr_alt=["Western diplomats"])]),

    # --- Boko Haram ------------------------------------------------------------------------------
    P("d45_028",
      "KANO, Nigeria (AP) — The death toll from a wave of coordinated bomb and gun attacks by the "
      "radical Islamist sect Boko Haram in Nigeria's second-largest city has risen to 185, a "
      "senior government official said Sunday, speaking on condition of anonymity because he was "
      "not authorized to speak to journalists. Among the dead were 29 police officers, the "
      "official said. An Associated Press reporter counted at least 150 bodies at the city's "
      "main mortuary on Saturday. The attackers set off at least 20 bombs at police stations, "
      "an immigration office and the regional headquarters of the State Security Service. Kano "
      "state police commissioner Ibrahim Idris said officers had since found 10 cars rigged with "
      "explosives and more than 300 homemade bombs around the city.",
      [C("185", 185, "exact", "killed", "people in Kano", KANO_OFFICIAL),
       C("29", 29, "exact", "killed", "police officers", "the official",
         attr_alt=[KANO_OFFICIAL]),
       C("at least 150", 150, "at_least", "killed", "bodies at the mortuary",
         "An Associated Press reporter"),
       C("at least 20", 20, "at_least", "munitions", "bombs set off"),
       C("10", 10, "exact", "munitions", "cars rigged with explosives", IDRIS,
         cat_alt=["other"]),
       C("more than 300", 300, "more_than", "munitions", "homemade bombs found", IDRIS)]),

    P("d45_029",
      "On 6:45 pm / February 26, 2014 / In News\n"
      "Suspected Boko Haram gunmen stormed the Federal Government College, Buni Yadi, in Yobe "
      "State in the early hours of Tuesday, killing 29 students, the Yobe State Police Command "
      "has said. Some of the boys were shot as they tried to flee, while others were burnt to "
      "death when the attackers set fire to a locked hostel. The Commissioner of Police, Sanusi "
      "Rufai, said 24 buildings in the school had been razed. A teacher at the school, who asked "
      "not to be named, told our correspondent that the college had about 700 students, all of "
      "them boarders. But a nurse at the Sani Abacha Specialist Hospital in Damaturu said the "
      "bodies of 59 boys had been brought to the hospital's mortuary by Tuesday evening.",
      [C("29", 29, "exact", "killed", "students in Buni Yadi", YOBE_POLICE),
       C("24", 24, "exact", "infrastructure", "school buildings razed",
         "The Commissioner of Police, Sanusi Rufai"),
       C("about 700", 700, "about", "population", "students at the college",
         "A teacher at the school", cat_alt=["other"]),
       C("59", 59, "exact", "killed", "boys' bodies at the mortuary",
         "a nurse at the Sani Abacha Specialist Hospital in Damaturu")],
      published="2014-02-26"),

    P("d45_030",
      "Nigeria: More than 1,500 killed in armed conflict in north-eastern Nigeria in early 2014\n"
      "31 March 2014\n"
      "More than 1,500 people have been killed in north-eastern Nigeria in the first three months "
      "of 2014, more than half of them civilians, Amnesty International said today. More than "
      "600 people, mostly unarmed recaptured detainees, were killed on 14 March alone, after "
      "Boko Haram fighters attacked the Giwa military barracks in Maiduguri and freed hundreds of "
      "detainees. Eyewitnesses told Amnesty International that 56 of those recaptured were shot "
      "dead by soldiers and members of the Civilian Joint Task Force near the University of "
      "Maiduguri. \"We counted 623 bodies brought in that day,\" a senior official at a Maiduguri "
      "mortuary told the organization.",
      [C("More than 1,500", 1500, "more_than", "killed", "people in north-east Nigeria (headline)",
         attr_alt=[AMNESTY], ctx="More than 1,500 killed"),
       C("More than 1,500", 1500, "more_than", "killed", "people in north-east Nigeria",
         AMNESTY, ctx="More than 1,500 people"),
       C("More than 600", 600, "more_than", "killed", "people on 14 March", AMNESTY,
         attr_alt=[None]),
       C("hundreds", 100, "vague", "detained", "detainees freed from Giwa barracks", AMNESTY,
         attr_alt=[None], cat_alt=["other"]),
       C("56", 56, "exact", "killed", "recaptured detainees shot", "Eyewitnesses"),
       C("623", 623, "exact", "killed", "bodies at a Maiduguri mortuary",
         "a senior official at a Maiduguri mortuary")],
      published="2014-03-31"),

    # --- Somalia ---------------------------------------------------------------------------------
    P("d45_031",
      "MOGADISHU, Dec 3 (Reuters) - A suicide bomber disguised as a woman blew himself up at a "
      "graduation ceremony for medical students in Mogadishu on Thursday, killing three "
      "government ministers and at least 16 other people, officials and witnesses said. Health "
      "Minister Qamar Aden Ali, Education Minister Ahmed Abdulahi Waayeel and Higher Education "
      "Minister Ibrahim Hassan Addow died in the blast at the Shamo Hotel, Information Minister "
      "Dahir Mohamud Gelle told reporters. Sports Minister Saleban Olad Roble was among more than "
      "60 people wounded, hospital officials said. Ali Muse, head of the capital's ambulance "
      "service, said his teams had collected 22 bodies. The African Union has about 5,300 "
      "peacekeepers in Mogadishu, guarding the government's few blocks of the city.",
      [C("three", 3, "exact", "killed", "government ministers", "officials and witnesses"),
       C("at least 16", 16, "at_least", "killed", "other people", "officials and witnesses"),
       C("more than 60", 60, "more_than", "injured", "people", "hospital officials"),
       C("22", 22, "exact", "killed", "bodies collected",
         "Ali Muse, head of the capital's ambulance service", attr_alt=["Ali Muse"]),
       C("about 5,300", 5300, "about", "troops", "African Union peacekeepers in Mogadishu")]),

    P("d45_032",
      "24 April 2007 – The number of people who have fled the fighting in the Somali capital, "
      "Mogadishu, since February has risen to 321,000, the United Nations refugee agency said "
      "today, as clashes between Ethiopian-backed government troops and insurgents entered a "
      "sixth day. \"In the past week alone, more than 47,000 people fled the city,\" UNHCR "
      "spokesman Ron Redmond told reporters in Geneva. He said some 40,000 were sheltering under "
      "trees and plastic sheets along the road to Afgooye, 30 kilometres west of the capital. The "
      "World Food Programme said it had delivered 2,400 tonnes of food to the displaced this "
      "month. Local human rights group Elman Peace said at least 381 civilians had been killed "
      "and 565 wounded since Wednesday.",
      [C("321,000", 321000, "exact", "displaced", "people who fled Mogadishu since February",
         "the United Nations refugee agency"),
       C("more than 47,000", 47000, "more_than", "displaced", "people who fled in the past week",
         REDMOND),
       C("some 40,000", 40000, "about", "displaced", "people sheltering on the Afgooye road",
         REDMOND, attr_alt=["He"]),
       C("2,400", 2400, "exact", "aid", "tonnes of food delivered", "The World Food Programme"),
       C("at least 381", 381, "at_least", "killed", "civilians", ELMAN),
       C("565", 565, "exact", "injured", "civilians", ELMAN)],
      published="2007-04-24"),

    # --- Mali ------------------------------------------------------------------------------------
    P("d45_033",
      "Mali: France steps up air strikes as troop numbers rise\n"
      "Published on 14-01-2013 Modified on 14-01-2013 at 18:20\n"
      "French defence minister Jean-Yves Le Drian said on Monday that 750 French soldiers were "
      "now deployed in Mali and that their number would rise to 2,500 in the coming weeks. Four "
      "Rafale jets flying from France struck training camps, depots and fuel dumps around Gao "
      "overnight, the defence ministry said. Residents of Gao said more than 60 Islamist fighters "
      "had been killed. The Malian army says 11 of its soldiers died in last week's fighting for "
      "Konna, and a French helicopter pilot was killed on Friday. The UN says about 30,000 people "
      "have been displaced inside Mali since the fighting flared on Thursday.",
      [C("750", 750, "exact", "troops", "French soldiers in Mali", LE_DRIAN),
       C("2,500", 2500, "exact", "troops", "French soldiers planned", LE_DRIAN),
       C("Four", 4, "exact", "munitions", "Rafale jets", "the defence ministry",
         cat_alt=["troops", "other"]),
       C("more than 60", 60, "more_than", "killed", "Islamist fighters around Gao",
         "Residents of Gao"),
       C("11", 11, "exact", "killed", "Malian soldiers in Konna", "The Malian army"),
       C("about 30,000", 30000, "about", "displaced", "people displaced in Mali", "The UN")],
      published="2013-01-14"),

    P("d45_034",
      "BAMAKO, Jan 19 (Reuters) - The death toll from a suicide car bombing at a military camp in "
      "the northern Malian city of Gao has risen to 77, the government said on Thursday, the "
      "deadliest attack in the country's recent history. More than 115 people were wounded, it "
      "said. The camp housed about 600 soldiers and former rebel fighters who were being trained "
      "to run joint patrols under a 2015 peace deal. The U.N. mission, MINUSMA, which has some "
      "13,000 troops and police in Mali, said its helicopters had flown 20 of the wounded to its "
      "hospital in Gao. Al Mourabitoun, the Saharan group led by Mokhtar Belmokhtar, claimed "
      "responsibility. President Ibrahim Boubacar Keita declared three days of national mourning.",
      [C("77", 77, "exact", "killed", "people at the Gao camp", "the government"),
       C("More than 115", 115, "more_than", "injured", "people", "it",
         attr_alt=["the government"]),
       C("about 600", 600, "about", "troops", "soldiers and former rebels at the camp",
         cat_alt=["population", "other"]),
       C("some 13,000", 13000, "about", "troops", "MINUSMA troops and police", MINUSMA,
         attr_alt=[None]),
       C("20", 20, "exact", "injured", "wounded flown to hospital", MINUSMA)]),

    P("d45_035",
      "ICC jails Malian rebel for destroying Timbuktu shrines\n"
      "Published On 27 Sep 2016\n"
      "The International Criminal Court has sentenced a former Islamist rebel to nine years in "
      "prison for destroying ancient shrines in Timbuktu, in the first case to treat attacks on "
      "cultural heritage as a war crime. Ahmad al-Faqi al-Mahdi, a member of the Ansar Dine group, "
      "had pleaded guilty to directing attacks on nine mausoleums and the door of the Sidi Yahia "
      "mosque in 2012. UNESCO says 14 of the city's 16 mausoleums were destroyed during the "
      "occupation and have since been rebuilt by local masons. It said 4,203 ancient manuscripts "
      "were lost when fighters set fire to a library as they fled in January 2013.",
      [C("nine", 9, "exact", "infrastructure", "mausoleums attacked", ctx="nine mausoleums"),
       C("14", 14, "exact", "infrastructure", "mausoleums destroyed", UNESCO),
       C("16", 16, "exact", "infrastructure", "mausoleums in Timbuktu", UNESCO, optional=True),
       C("4,203", 4203, "exact", "other", "manuscripts lost", "It", attr_alt=[UNESCO])],
      published="2016-09-27"),

    # --- Kashmir ---------------------------------------------------------------------------------
    P("d45_036",
      "Jammu, May 14 (PTI) Thirty-one people, including 10 children and eight women, were killed "
      "when three fidayeen militants fired on a Himachal Road Transport Corporation bus near "
      "Vijaypur and then stormed the family quarters of an army camp at Kaluchak, official "
      "sources said. Forty-seven others were injured, they said. All three militants were killed "
      "after a four-hour gunbattle. An army spokesman said five army personnel were among the "
      "dead. Defence Minister George Fernandes, who visited the camp in the evening, said the "
      "attack was meant to provoke India as the US assistant secretary of state was in the "
      "region.",
      [C("Thirty-one", 31, "exact", "killed", "people at Kaluchak", OFFICIAL_SOURCES),
       C("10", 10, "exact", "killed", "children", OFFICIAL_SOURCES),
       C("eight", 8, "exact", "killed", "women", OFFICIAL_SOURCES),
       C("three", 3, "exact", "troops", "fidayeen militants", OFFICIAL_SOURCES,
         cat_alt=["other"], ctx="three fidayeen"),
       C("Forty-seven", 47, "exact", "injured", "people", "they", attr_alt=[OFFICIAL_SOURCES]),
       C("three", 3, "exact", "killed", "militants", attr_alt=[OFFICIAL_SOURCES],
         ctx="All three militants"),
       C("five", 5, "exact", "killed", "army personnel", "An army spokesman")]),

    P("d45_037",
      "Online edition of India's National Newspaper\n"
      "Tuesday, Mar 25, 2003\n"
      "SRINAGAR, MARCH 24. Twenty-four Kashmiri Pandits, among them 11 women and two children, "
      "were lined up and shot dead by militants in army fatigues at Nadimarg village in Pulwama "
      "district late last night. The militants, numbering between eight and 10, arrived in two "
      "groups and disarmed the policemen guarding the village before opening fire, the police "
      "said. The Chief Minister, Mufti Mohammad Sayeed, announced an ex gratia of Rs. 1 lakh to "
      "the next of kin of each victim. The police have arrested the five policemen on guard duty "
      "for failing to resist the attackers.",
      [C("Twenty-four", 24, "exact", "killed", "Kashmiri Pandits in Nadimarg",
         attr_alt=["the police"]),
       C("11", 11, "exact", "killed", "women", attr_alt=["the police"]),
       C("two", 2, "exact", "killed", "children", attr_alt=["the police"],
         ctx="two children"),
       C("between eight and 10", 8, "range", "troops", "militants", "the police", high=10,
         cat_alt=["other"]),
       C("two", 2, "exact", "other", "groups of militants", "the police", optional=True,
         ctx="two groups"),
       C("five", 5, "exact", "detained", "policemen arrested", attr_alt=["The police"])],
      published="2003-03-25"),

    # --- The Philippines -------------------------------------------------------------------------
    P("d45_038",
      "Published September 17, 2013 10:15pm\n"
      "ZAMBOANGA CITY — The death toll from eight days of fighting between government troops and "
      "Moro National Liberation Front (MNLF) rebels loyal to Nur Misuari has risen to 86, "
      "military spokesman Lt. Col. Ramon Zagala said Tuesday. Of the dead, 66 were rebels, 12 were "
      "soldiers or policemen and eight were civilians. Zagala said 70 rebels had been captured or "
      "had surrendered, while an estimated 100 were still holed up in coastal villages with about "
      "20 hostages. The Department of Social Welfare and Development said some 109,000 residents "
      "had fled their homes, more than 70,000 of them to the city's main sports complex. City "
      "officials said about 10,000 houses had been razed by fires.",
      [C("86", 86, "exact", "killed", "people in Zamboanga", ZAGALA),
       C("66", 66, "exact", "killed", "rebels", ZAGALA, attr_alt=[None]),
       C("12", 12, "exact", "killed", "soldiers or policemen", ZAGALA, attr_alt=[None]),
       C("eight", 8, "exact", "killed", "civilians", ZAGALA, attr_alt=[None],
         ctx="eight were civilians"),
       C("70", 70, "exact", "detained", "rebels captured or surrendered", "Zagala",
         attr_alt=[ZAGALA]),
       C("an estimated 100", 100, "about", "troops", "rebels holed up", "Zagala",
         attr_alt=[ZAGALA], cat_alt=["other"]),
       C("about 20", 20, "about", "hostages", "hostages held by rebels", "Zagala",
         attr_alt=[ZAGALA]),
       C("some 109,000", 109000, "about", "displaced", "residents who fled", DSWD),
       C("more than 70,000", 70000, "more_than", "displaced", "people at the sports complex",
         DSWD),
       C("about 10,000", 10000, "about", "infrastructure", "houses razed", "City officials")],
      published="2013-09-17"),

    # --- Yemen -----------------------------------------------------------------------------------
    P("d45_039",
      "SANAA, March 20 (Reuters) - Suicide bombers attacked two mosques packed with worshippers "
      "at Friday prayers in Yemen's capital Sanaa, killing 137 people and wounding 357, "
      "the Houthi-controlled health ministry said. A doctor at al-Thawra hospital said at least 13 "
      "children were among the dead. Islamic State claimed responsibility in an online "
      "statement, saying four of its suicide bombers had carried out the attacks on the Badr and "
      "al-Hashoosh mosques, which are used mainly by Houthi supporters. Witnesses said a third "
      "bomber blew himself up outside one of the mosques as worshippers fled. Hospitals in the "
      "city appealed for blood donations.",
      [C("two", 2, "exact", "infrastructure", "mosques attacked", YE_MOH, cat_alt=["other"],
         attr_alt=[None]),
       C("137", 137, "exact", "killed", "worshippers in Sanaa", YE_MOH),
       C("357", 357, "exact", "injured", "worshippers in Sanaa", YE_MOH),
       C("at least 13", 13, "at_least", "killed", "children",
         "A doctor at al-Thawra hospital"),
       C("four", 4, "exact", "troops", "suicide bombers", "Islamic State", cat_alt=["other"])]),

    P("d45_040",
      "SANAA, May 21, 2012 (Xinhua) -- At least 96 soldiers were killed and some 300 others "
      "injured on Monday when a suicide bomber wearing a military uniform blew himself up among "
      "troops rehearsing for a parade at Sanaa's Sabeen Square, a military official told Xinhua. "
      "About 2,000 soldiers were taking part in the rehearsal for Tuesday's celebrations of the "
      "22nd anniversary of Yemen's unification, the official said. Defense Minister Mohammed "
      "Nasser Ahmed, who was at the square, escaped unhurt. Al-Qaida in the Arabian Peninsula "
      "said the attack was revenge for the army's offensive in the southern province of Abyan, "
      "where more than 200 militants have been killed since May 12, according to the Defense "
      "Ministry.",
      [C("At least 96", 96, "at_least", "killed", "soldiers at Sabeen Square", MIL_OFFICIAL),
       C("some 300", 300, "about", "injured", "soldiers", MIL_OFFICIAL),
       C("About 2,000", 2000, "about", "troops", "soldiers at the rehearsal", "the official",
         attr_alt=[MIL_OFFICIAL], cat_alt=["other"]),
       C("more than 200", 200, "more_than", "killed", "militants in Abyan",
         "the Defense Ministry")],
      published="2012-05-21"),
]

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 45)), "holdout", "holdout2", "holdout3")


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d45_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
