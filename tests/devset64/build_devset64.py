"""Source of the sixty-fourth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on humanitarian crises
between 2000 and 2026: refugee and displacement flows, sieges and hunger, aid convoys and
airdrops, evacuations of the wounded, epidemics in camps, hostages and detainees released and
peacekeepers deployed. They were written for this set (none copied from an article) in the
styles of wire copy, newspapers and broadcasters' web copy, with figures from UN agencies,
NGOs, governments and local officials, some passages mixing several sources and revisions.
Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not
facts. One passage holds only non-claims.

Run ``python tests/devset64/build_devset64.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 64)]
           + [f"devset{n}" for n in range(65, 80)] + ["holdout", "holdout2", "holdout3"])

PENTAGON = "The Pentagon"
TAQI = "Mehdi Taqi"
UNRWA = "UNRWA"
UNRWA_LONG = "The UN agency for Palestinian refugees"
AFP_TALLY = "an AFP tally"
LRC = "The Lebanese Red Cross"
UNHCR_BBC = "The UN refugee agency"
IOM_LONG = "the International Organization for Migration (IOM)"
UNHCR_KAG = "the U.N. refugee agency"
EDWARDS = "UNHCR spokesman Adrian Edwards"
WHO_KAG = "The World Health Organization"
WN_AGENCIES = "The agencies"
SOS_MED = "SOS Méditerranée"
MOUNOUBAI = "spokesman Madnodje Mounoubai"
VK_SINGH = "Gen. V.K. Singh"
VK_SINGH_LONG = "Minister of State for External Affairs Gen. V.K. Singh"
ICRC_LEER = "The International Committee of the Red Cross"
MSF_LEER = "Medecins Sans Frontieres"
SOHR = "The Syrian Observatory for Human Rights"
UNHCR_KOU = "The U.N. refugee agency UNHCR"
ICRC_OSH = "The International Committee of the Red Cross"
SHAKSHAK = "Abdulrahman al-Shakshak"
LUITEL = "Chief District Officer Bishnu Prasad Luitel"
UNHCR_DUNDO = "The UN refugee agency UNHCR"
BORNO_MOH = "the Borno State Ministry of Health"
MSHELIA = "Dr Haruna Mshelia"
AAPP = "The Assistance Association for Political Prisoners (AAPP)"
ICRC_YE = "the International Committee of the Red Cross"
MURTADA = "Abdulqader al-Murtada"
PETER_DATA = "Mr Peter Data"
ELMAN = "The Elman Peace and Human Rights Centre"
BACHIR = "Security Minister Ahmat Mahamat Bachir"
FANA = "state-affiliated Fana Broadcasting Corporate"
BARAZI = "Governor Talal Barazi"
SARC = "The Syrian Arab Red Crescent"
MONITOR_LEADER = "a monitor and a community leader"
SOHR_KH = "the Syrian Observatory for Human Rights"
WFP_NE = "The UN World Food Programme (WFP)"
BYUN = "UNHCR spokesperson Eujin Byun"
IOM_BA = "the International Organization for Migration"
MSF_CHAD = "Medecins Sans Frontieres (MSF)"

PASSAGES = [
    # --- Sieges, airdrops and the wounded ------------------------------------------------------
    P("d64_001",
      "BAGHDAD, Aug 31 (Reuters) - U.S. aircraft dropped food and water over the besieged "
      "Shi'ite Turkmen town of Amerli on Saturday, as Iraqi troops and Shi'ite militias pushed "
      "to break an Islamic State siege that residents say has lasted more than two months. The "
      "Pentagon said U.S. C-130s delivered 109 bundles of supplies, including some 10,500 "
      "ready-to-eat meals and 7,000 gallons of drinking water, while British, French and "
      "Australian planes also took part and U.S. jets carried out four air strikes on Islamic "
      "State positions near the town. About 15,000 people remain trapped in the town, around "
      "170 km (105 miles) north of Baghdad, according to the United Nations, which has warned of "
      "a possible massacre. \"Children are dying for lack of milk and medicine,\" Mehdi Taqi, a "
      "local official, told Reuters by telephone, saying at least 12 people, most of them "
      "children and elderly, had died because of the siege. Iraqi army helicopters have flown "
      "out dozens of wounded in recent weeks.",
      [C("109", 109, "exact", "aid", "bundles of supplies dropped on Amerli", PENTAGON),
       C("some 10,500", 10500, "about", "aid", "ready-to-eat meals dropped", PENTAGON),
       C("7,000", 7000, "exact", "aid", "gallons of drinking water dropped", PENTAGON),
       C("four", 4, "exact", "munitions", "U.S. air strikes near Amerli", PENTAGON,
         cat_alt=["other"]),
       C("About 15,000", 15000, "about", "population", "people trapped in Amerli",
         "the United Nations", cat_alt=["other"]),
       C("at least 12", 12, "at_least", "killed", "people who died because of the siege", TAQI,
         attr_alt=["a local official"]),
       C("dozens", 12, "vague", "injured", "wounded flown out of Amerli", None,
         cat_alt=["displaced", "other"], attr_alt=["Iraqi army helicopters"])]),

    P("d64_002",
      "TRIPOLI, Lebanon, May 24, 2007 (AFP) - Thousands of Palestinian refugees streamed out of "
      "the besieged Nahr al-Bared camp during a lull in fighting between the Lebanese army and "
      "Fatah al-Islam militants, many of them crammed into cars and pick-up trucks waving white "
      "flags. The UN agency for Palestinian refugees, UNRWA, said between 15,000 and 20,000 of "
      "the camp's 31,000 residents had fled to the nearby Beddawi camp, which was already home "
      "to some 16,000 refugees. At least 27 soldiers, 20 militants and 18 civilians have been "
      "killed since Sunday, according to an AFP tally based on security and medical sources. The "
      "Lebanese Red Cross said it had evacuated 22 wounded civilians from the camp on Tuesday "
      "and Wednesday, while a UN convoy of eight trucks carrying food and water came under fire "
      "as it entered. \"We slept four nights on the floor of a school with no windows,\" said Umm "
      "Ahmad, 52, who walked out with her six grandchildren.",
      [C("Thousands", 1000, "vague", "displaced", "Palestinian refugees who left Nahr al-Bared",
         None, attr_alt=[UNRWA, UNRWA_LONG]),
       C("between 15,000 and 20,000", 15000, "range", "displaced",
         "residents who fled to Beddawi", UNRWA, high=20000, attr_alt=[UNRWA_LONG]),
       C("31,000", 31000, "exact", "population", "residents of Nahr al-Bared", UNRWA,
         attr_alt=[UNRWA_LONG]),
       C("some 16,000", 16000, "about", "displaced", "refugees already in Beddawi", None,
         cat_alt=["population"], attr_alt=[UNRWA, UNRWA_LONG]),
       C("At least 27", 27, "at_least", "killed", "soldiers", AFP_TALLY,
         attr_alt=["security and medical sources"]),
       C("20", 20, "exact", "killed", "militants", AFP_TALLY,
         attr_alt=["security and medical sources"]),
       C("18", 18, "exact", "killed", "civilians", AFP_TALLY,
         attr_alt=["security and medical sources"]),
       C("22", 22, "exact", "injured", "wounded civilians evacuated from the camp", LRC,
         cat_alt=["displaced", "other"]),
       C("eight", 8, "exact", "aid", "trucks in the UN convoy", LRC, attr_alt=[None]),
       C("six", 6, "exact", "displaced", "grandchildren of Umm Ahmad", None, optional=True,
         cat_alt=["other"])],
      published="2007-05-24"),

    P("d64_003",
      "Libya crisis: Tunisia border 'at breaking point'\n"
      "2 March 2011 Last updated at 14:05 GMT\n"
      "The UN refugee agency says the situation on Tunisia's border with Libya has reached "
      "crisis point, with up to 15,000 people crossing at Ras Jdir every day. More than 140,000 "
      "people have fled Libya into Tunisia and Egypt since the uprising against Col Muammar "
      "Gaddafi began on 15 February, according to UNHCR figures. Most are Egyptian migrant "
      "workers; the International Organization for Migration (IOM) says about 20,000 of them "
      "are now waiting at a transit camp near the crossing for flights or ships home. Tunisia's "
      "army has put up 1,000 tents, and Britain has said it will send three aircraft to help fly "
      "Egyptians to Cairo. \"We need a massive airlift,\" IOM's director general William Swing "
      "told the BBC.",
      [C("up to 15,000", 15000, "at_most", "displaced", "people crossing at Ras Jdir each day",
         UNHCR_BBC),
       C("More than 140,000", 140000, "more_than", "displaced",
         "people who fled Libya into Tunisia and Egypt", "UNHCR figures", attr_alt=["UNHCR"]),
       C("about 20,000", 20000, "about", "displaced", "Egyptians waiting at a transit camp",
         IOM_LONG, attr_alt=["IOM"]),
       C("1,000", 1000, "exact", "aid", "tents put up by Tunisia's army", None,
         attr_alt=["Tunisia's army"]),
       C("three", 3, "exact", "other", "British aircraft for the airlift", "Britain",
         optional=True, cat_alt=["aid", "munitions"])],
      published="2011-03-02"),

    # --- Epidemics in camps ----------------------------------------------------------------------
    P("d64_004",
      "GENEVA, May 22 (Reuters) - A cholera outbreak among Burundian refugees crowded on a "
      "Tanzanian lakeshore has killed at least 31 people, and some 400 new cases are being "
      "recorded every day, the U.N. refugee agency said on Friday. Between 50,000 and 80,000 "
      "Burundians are stuck at Kagunga, a fishing village on Lake Tanganyika that can be reached "
      "only by boat, after fleeing political violence at home, UNHCR spokesman Adrian Edwards "
      "said. An old passenger ferry, the MV Liemba, is shuttling about 600 people at a time to "
      "the port of Kigoma, a journey of roughly 10 hours. The World Health Organization said it "
      "had sent 2 tonnes of medical supplies and that Tanzania had deployed 40 health workers to "
      "the area. More than 105,000 Burundians have fled to Rwanda, Tanzania and Congo since "
      "early April, according to the United Nations.",
      [C("at least 31", 31, "at_least", "killed", "cholera deaths at Kagunga", UNHCR_KAG),
       C("some 400", 400, "about", "other", "new cholera cases a day", UNHCR_KAG,
         cat_alt=["injured"]),
       C("Between 50,000 and 80,000", 50000, "range", "displaced", "Burundians stuck at Kagunga",
         EDWARDS, high=80000, attr_alt=["Adrian Edwards"]),
       C("about 600", 600, "about", "other", "people on each ferry trip", EDWARDS,
         cat_alt=["displaced"], attr_alt=[None]),
       C("2", 2, "exact", "aid", "tonnes of medical supplies", WHO_KAG),
       C("40", 40, "exact", "other", "health workers deployed", WHO_KAG, cat_alt=["troops"]),
       C("More than 105,000", 105000, "more_than", "displaced", "Burundians who fled abroad",
         "the United Nations")]),

    P("d64_005",
      "Sudan: Measles and malnutrition kill over 1,200 children in White Nile camps\n"
      "19 September 2023 Humanitarian Aid\n"
      "More than 1,200 children under five have died in refugee camps in Sudan's White Nile "
      "state since mid-May from a suspected measles outbreak compounded by high malnutrition, "
      "UNHCR and the World Health Organization (WHO) said on Tuesday. Over 3,100 suspected "
      "measles cases have been reported in the nine camps, which host South Sudanese refugees "
      "as well as Sudanese displaced by the war, the agencies said. The agencies added that 500 "
      "suspected cholera cases had been recorded in Khartoum, Gedaref and Kordofan. \"I have "
      "never seen so many children's graves in one place,\" UNHCR's Allison Oman Lawi said. WHO "
      "says more than 4,000 people have been killed in the fighting since April, though the true "
      "toll is believed to be far higher.",
      [C("over 1,200", 1200, "more_than", "killed", "children who died in White Nile camps "
         "(headline)", None),
       C("More than 1,200", 1200, "more_than", "killed", "children who died in White Nile camps",
         "UNHCR", attr_alt=["the World Health Organization (WHO)"]),
       C("Over 3,100", 3100, "more_than", "other", "suspected measles cases", "the agencies",
         cat_alt=["injured"], attr_alt=["UNHCR", "the World Health Organization (WHO)"]),
       C("nine", 9, "exact", "infrastructure", "camps in White Nile", "the agencies",
         optional=True, cat_alt=["other"]),
       C("500", 500, "exact", "other", "suspected cholera cases", WN_AGENCIES,
         cat_alt=["injured"]),
       C("more than 4,000", 4000, "more_than", "killed", "people killed in the fighting", "WHO")],
      published="2023-09-19"),
    # --- Migrants at sea, peacekeepers and evacuations -----------------------------------------
    P("d64_006",
      "Spain offers port to stranded migrant ship after Italy and Malta refuse entry\n"
      "Mon 11 Jun 2018 19.40 BST\n"
      "Spain's new prime minister, Pedro Sánchez, has offered to take in the Aquarius, a rescue "
      "ship carrying 629 people that Italy and Malta turned away, ending a two-day standoff in "
      "the Mediterranean. Among those on board are 123 unaccompanied minors, 11 younger children "
      "and seven pregnant women, according to SOS Méditerranée, which runs the vessel with "
      "Médecins Sans Frontières. MSF said the people had been plucked from six separate rescue "
      "operations off Libya over the weekend and that at least 15 were suffering from serious "
      "chemical burns. Italy's interior minister, Matteo Salvini, hailed the refusal as a "
      "victory, saying the country had taken in more than 600,000 migrants in four years. The "
      "ship will need at least three days to reach Valencia, about 1,500km away, and two Italian "
      "vessels are expected to take some of the passengers.",
      [C("629", 629, "exact", "displaced", "people on the Aquarius", None, cat_alt=["other"],
         attr_alt=[SOS_MED]),
       C("123", 123, "exact", "displaced", "unaccompanied minors on board", SOS_MED,
         cat_alt=["other"]),
       C("11", 11, "exact", "displaced", "younger children on board", SOS_MED,
         cat_alt=["other"], ctx="11 younger"),
       C("seven", 7, "exact", "displaced", "pregnant women on board", SOS_MED,
         cat_alt=["other"]),
       C("six", 6, "exact", "other", "rescue operations off Libya", "MSF", optional=True),
       C("at least 15", 15, "at_least", "injured", "people with chemical burns", "MSF"),
       C("more than 600,000", 600000, "more_than", "displaced", "migrants taken in by Italy",
         "Matteo Salvini", attr_alt=["Italy's interior minister"]),
       C("two", 2, "exact", "other", "Italian vessels to take passengers", None, optional=True,
         ctx="two Italian")],
      published="2018-06-11"),

    P("d64_007",
      "GOMA, DR Congo, May 10 (Xinhua) -- The first contingent of a new United Nations "
      "\"intervention brigade\" with a mandate to neutralise armed groups in eastern Democratic "
      "Republic of Congo arrived in Goma on Friday, a spokesman for the UN mission MONUSCO said. "
      "The advance team of about 100 Tanzanian soldiers will be followed by the rest of the "
      "3,069-strong brigade, made up of troops from Tanzania, South Africa and Malawi, by the end "
      "of July, spokesman Madnodje Mounoubai told Xinhua. The UN Security Council authorised the "
      "brigade in March, the first time it has given peacekeepers an explicitly offensive "
      "mandate. MONUSCO already has some 17,000 uniformed personnel in the country. Fighting "
      "between the army and M23 rebels around Goma last year forced more than 140,000 people "
      "from their homes, according to OCHA.",
      [C("about 100", 100, "about", "troops", "Tanzanian soldiers in the advance team",
         MOUNOUBAI, attr_alt=["Madnodje Mounoubai"]),
       C("3,069", 3069, "exact", "troops", "troops in the intervention brigade", MOUNOUBAI,
         attr_alt=["Madnodje Mounoubai"]),
       C("some 17,000", 17000, "about", "troops", "MONUSCO uniformed personnel", None),
       C("more than 140,000", 140000, "more_than", "displaced",
         "people forced from their homes around Goma", "OCHA")]),

    P("d64_008",
      "EL FASHER, Sudan (AP) — A joint U.N.-African Union force formally took over peacekeeping "
      "in Darfur on Monday, but with just over 9,000 troops and police on the ground it remains "
      "far short of the 26,000 authorized by the Security Council. The new force, known as "
      "UNAMID, absorbed the 7,000 African Union soldiers already deployed, who swapped their "
      "green berets for blue ones at a ceremony at the mission's headquarters. \"We have no "
      "helicopters, we have no transport,\" said Rodolphe Adada, the joint special "
      "representative, who called on member states to provide the 24 helicopters the mission "
      "needs. The United Nations estimates that 200,000 people have died in Darfur since 2003 "
      "and 2.5 million have been driven from their homes, though Sudan's government says only "
      "9,000 have been killed.",
      [C("over 9,000", 9000, "more_than", "troops", "UNAMID troops and police on the ground",
         None),
       C("26,000", 26000, "exact", "troops", "troops and police authorized for UNAMID", None),
       C("7,000", 7000, "exact", "troops", "African Union soldiers absorbed by UNAMID", None),
       C("24", 24, "exact", "other", "helicopters the mission needs", "Rodolphe Adada",
         optional=True, cat_alt=["munitions"]),
       C("200,000", 200000, "exact", "killed", "people who died in Darfur since 2003",
         "The United Nations"),
       C("2.5 million", 2_500_000, "exact", "displaced", "people driven from their homes",
         "The United Nations"),
       C("9,000", 9000, "exact", "killed", "people killed in Darfur (government figure)",
         "Sudan's government", ctx="only 9,000")]),

    P("d64_009",
      "India ends Yemen evacuation after rescuing over 5,600 people\n"
      "Updated - April 10, 2015 02:14 am IST\n"
      "India on Thursday wound up Operation Raahat, its largest evacuation of civilians from a "
      "war zone in recent years, after flying and shipping out 5,600 people from strife-torn "
      "Yemen, including 4,640 Indians and 960 foreign nationals from 41 countries. Minister of "
      "State for External Affairs Gen. V.K. Singh, who oversaw the operation from Djibouti, said "
      "the Indian Navy's ships had carried 1,670 people from Aden, Al Hudaydah and Ash Shihr, "
      "while Air India and Indian Air Force aircraft operated 18 special flights out of Sana'a. "
      "\"Not a single Indian was left behind who wanted to come back,\" he said. Officials "
      "estimate that about 4,000 Indians, most of them nurses, had been working in Yemen before "
      "Saudi-led air strikes began on March 26; many have chosen to stay.",
      [C("over 5,600", 5600, "more_than", "displaced", "people evacuated from Yemen (headline)",
         None),
       C("5,600", 5600, "exact", "displaced", "people evacuated from Yemen", None,
         attr_alt=["India"], ctx="5,600 people from"),
       C("4,640", 4640, "exact", "displaced", "Indians evacuated", None, attr_alt=["India"]),
       C("960", 960, "exact", "displaced", "foreign nationals evacuated", None,
         attr_alt=["India"]),
       C("41", 41, "exact", "other", "countries of the foreign evacuees", None, optional=True),
       C("1,670", 1670, "exact", "displaced", "people carried by Indian Navy ships", VK_SINGH,
         attr_alt=[VK_SINGH_LONG]),
       C("18", 18, "exact", "other", "special evacuation flights out of Sana'a", VK_SINGH,
         optional=True, cat_alt=["aid"], attr_alt=[VK_SINGH_LONG, None]),
       C("about 4,000", 4000, "about", "population", "Indians working in Yemen before the war",
         "Officials", cat_alt=["other"])],
      published="2015-04-10"),

    P("d64_010",
      "JUBA (AFP) - The International Committee of the Red Cross said Friday it had flown 17 "
      "wounded people out of Leer in South Sudan's Unity state, where fighting has forced aid "
      "groups to pull out and left tens of thousands of civilians hiding in swamps. The "
      "patients, some with gunshot wounds more than a week old, were taken by plane to a "
      "hospital in Juba, ICRC spokeswoman Lucy Wanja told AFP. Medecins Sans Frontieres said it "
      "had evacuated its last 30 staff from the town on May 8, leaving a hospital that had "
      "served around 270,000 people with no doctors. According to the UN, some 100,000 people "
      "have fled government offensives in Unity since late April, and the ICRC estimates that "
      "650,000 in the state need food aid. A second evacuation flight is planned for next week.",
      [C("17", 17, "exact", "injured", "wounded people flown out of Leer", ICRC_LEER,
         cat_alt=["displaced", "other"]),
       C("tens of thousands", 10000, "vague", "displaced", "civilians hiding in swamps", None,
         cat_alt=["other"], attr_alt=[ICRC_LEER]),
       C("30", 30, "exact", "displaced", "MSF staff evacuated from Leer", MSF_LEER,
         cat_alt=["other"]),
       C("around 270,000", 270000, "about", "population", "people served by the Leer hospital",
         MSF_LEER, cat_alt=["other"], attr_alt=[None]),
       C("some 100,000", 100000, "about", "displaced", "people who fled offensives in Unity",
         "the UN"),
       C("650,000", 650000, "exact", "other", "people in Unity needing food aid", "the ICRC",
         cat_alt=["population"])]),

    # --- Flight from fighting ------------------------------------------------------------------
    P("d64_011",
      "Syria bus bombing: Death toll rises to 126, including 68 children\n"
      "Published On 16 Apr 2017\n"
      "The death toll from a suicide car bombing that hit buses carrying evacuees from two "
      "besieged pro-government towns near Aleppo has risen to at least 126, a monitoring group "
      "said. The Syrian Observatory for Human Rights said 68 children were among the dead, as "
      "well as aid workers and rebel fighters who had been guarding the convoy at al-Rashidin. "
      "The buses were carrying some 5,000 people from al-Foua and Kefraya under a deal that also "
      "saw about 2,200 people, many of them fighters and their families, leave the rebel-held "
      "towns of Madaya and Zabadani. The White Helmets, a rescue group operating in opposition "
      "areas, said its volunteers had taken at least 55 wounded to hospitals in Idlib province. "
      "Syria's state news agency SANA, which blamed \"terrorists\", put the number of dead at 39. "
      "The exchange was halted for two days but resumed on Wednesday.",
      [C("126", 126, "exact", "killed", "people killed at al-Rashidin (headline)", None,
         ctx="to 126, including"),
       C("68", 68, "exact", "killed", "children killed (headline)", None, ctx="including 68"),
       C("two", 2, "exact", "other", "besieged pro-government towns", "a monitoring group",
         optional=True, attr_alt=[None], ctx="two besieged"),
       C("at least 126", 126, "at_least", "killed", "people killed at al-Rashidin",
         "a monitoring group", attr_alt=[SOHR]),
       C("68", 68, "exact", "killed", "children killed", SOHR, ctx="said 68"),
       C("some 5,000", 5000, "about", "displaced", "evacuees from al-Foua and Kefraya", None,
         attr_alt=[SOHR]),
       C("about 2,200", 2200, "about", "displaced", "people who left Madaya and Zabadani", None,
         attr_alt=[SOHR]),
       C("at least 55", 55, "at_least", "injured", "wounded taken to hospitals in Idlib",
         "The White Helmets"),
       C("39", 39, "exact", "killed", "dead (state media figure)",
         "Syria's state news agency SANA", attr_alt=["SANA"])],
      published="2017-04-16"),

    P("d64_012",
      "KOUSSERI, Cameroon, Feb 5 (Reuters) - Tens of thousands of people who fled fighting in "
      "Chad's capital N'Djamena were sheltering in this Cameroonian border town on Tuesday, "
      "sleeping in schools, mosques and under trees, aid workers said. The U.N. refugee agency "
      "UNHCR said at least 20,000 Chadians had crossed the Chari river since Saturday, while "
      "Cameroon's Red Cross put the figure at about 30,000. \"Each hour more are arriving in "
      "pirogues,\" said Red Cross official Ngando Ebong, adding that his teams had counted 48 "
      "wounded among them. The ICRC said hospitals in N'Djamena had treated more than 1,000 "
      "wounded since rebels stormed the city, and that it had recorded at least 160 deaths. "
      "France, which has about 1,450 troops in its former colony, evacuated 1,200 foreigners by "
      "air over the weekend.",
      [C("Tens of thousands", 10000, "vague", "displaced", "people sheltering in Kousseri",
         "aid workers"),
       C("at least 20,000", 20000, "at_least", "displaced", "Chadians who crossed the Chari",
         UNHCR_KOU, attr_alt=["UNHCR"]),
       C("about 30,000", 30000, "about", "displaced", "Chadians who crossed (Red Cross figure)",
         "Cameroon's Red Cross"),
       C("48", 48, "exact", "injured", "wounded among the arrivals", "Ngando Ebong",
         attr_alt=["Red Cross official Ngando Ebong"]),
       C("more than 1,000", 1000, "more_than", "injured", "wounded treated in N'Djamena",
         "The ICRC"),
       C("at least 160", 160, "at_least", "killed", "deaths recorded in N'Djamena", "The ICRC"),
       C("about 1,450", 1450, "about", "troops", "French troops in Chad", None),
       C("1,200", 1200, "exact", "displaced", "foreigners evacuated by France", None,
         attr_alt=["France"])]),

    P("d64_013",
      "N'DJAMENA, Oct 11, 2015 (AFP) - Five suicide bombers, at least two of them teenage girls, "
      "blew themselves up at a market and on the edge of a camp for displaced people in the "
      "Chadian town of Baga Sola on Saturday, killing 36 people and wounding more than 50, a "
      "government official said. Security Minister Ahmat Mahamat Bachir told AFP that 41 people "
      "had died in all, counting the bombers, and that the wounded had been flown to the capital "
      "by military helicopter. A local official in Baga Sola, speaking on condition of "
      "anonymity, gave a higher toll of 38 dead. The Dar es Salam camp near the town shelters "
      "about 7,000 refugees who fled Boko Haram attacks in neighbouring Nigeria, and the Lake "
      "Chad region hosts some 75,000 displaced people, according to the UN. Chad has about 2,000 "
      "soldiers fighting Boko Haram in Nigeria and Niger as part of a regional force.",
      [C("Five", 5, "exact", "troops", "suicide bombers", "a government official",
         cat_alt=["other"]),
       C("at least two", 2, "at_least", "troops", "teenage girls among the bombers",
         "a government official", optional=True, cat_alt=["other"]),
       C("36", 36, "exact", "killed", "people killed in Baga Sola", "a government official"),
       C("more than 50", 50, "more_than", "injured", "people wounded in Baga Sola",
         "a government official"),
       C("41", 41, "exact", "killed", "dead including the bombers", BACHIR,
         attr_alt=["Ahmat Mahamat Bachir"]),
       C("38", 38, "exact", "killed", "dead (local official's toll)",
         "A local official in Baga Sola"),
       C("about 7,000", 7000, "about", "displaced", "refugees in Dar es Salam camp", "the UN",
         cat_alt=["population"]),
       C("some 75,000", 75000, "about", "displaced", "displaced people in the Lake Chad region",
         "the UN"),
       C("about 2,000", 2000, "about", "troops", "Chadian soldiers fighting Boko Haram abroad",
         None)],
      published="2015-10-11"),
    P("d64_014",
      "DAKAR, Jan 20, 2017 (AFP) - West African troops poured into the Gambia on Friday to press "
      "longtime leader Yahya Jammeh to cede power, as tens of thousands of Gambians continued to "
      "flee across the border into Senegal. Senegal's army said some 7,000 soldiers from "
      "Senegal, Nigeria, Ghana, Togo and Mali were taking part in the ECOWAS operation, "
      "codenamed \"Restore Democracy\". The UN refugee agency said more than 45,000 people had "
      "crossed into Senegal since the start of January, three-quarters of them children, while "
      "about 800 Gambians had sought refuge in Guinea-Bissau. The tour operator Thomas Cook said "
      "it had flown home 985 British holidaymakers on extra flights and would bring back another "
      "2,500 over the weekend. Gambia's new president, Adama Barrow, was sworn in at the "
      "country's embassy in Dakar on Thursday.",
      [C("tens of thousands", 10000, "vague", "displaced", "Gambians fleeing into Senegal", None,
         attr_alt=["The UN refugee agency"]),
       C("some 7,000", 7000, "about", "troops", "ECOWAS soldiers in the Gambia",
         "Senegal's army"),
       C("more than 45,000", 45000, "more_than", "displaced", "people who crossed into Senegal",
         "The UN refugee agency"),
       C("about 800", 800, "about", "displaced", "Gambians who fled to Guinea-Bissau",
         "The UN refugee agency"),
       C("985", 985, "exact", "displaced", "British holidaymakers flown home", "Thomas Cook",
         cat_alt=["other"], attr_alt=["The tour operator Thomas Cook"]),
       C("2,500", 2500, "exact", "displaced", "holidaymakers still to be flown home",
         "Thomas Cook", cat_alt=["other"], attr_alt=["The tour operator Thomas Cook"])],
      published="2017-01-20"),

    P("d64_015",
      "TRIPOLI, Feb 2 (Reuters) - Hundreds of families from the Libyan town of Tawergha were "
      "camped in the desert on Friday after armed groups from neighbouring Misrata blocked a "
      "convoy taking them home, seven years after the town's entire population was driven out. "
      "Local council head Abdulrahman al-Shakshak said about 1,200 families had set off on "
      "Thursday, expecting to return under a U.N.-backed reconciliation deal, but were stopped "
      "some 40 km from the town. The U.N. refugee agency UNHCR said it had sent 1,000 blankets, "
      "500 mattresses and hygiene kits to a makeshift camp at Qararat al-Qataf. Tawergha had "
      "about 40,000 residents before the 2011 uprising, when Misrata fighters accused them of "
      "backing Muammar Gaddafi's forces. \"We have nothing here, not even water for the "
      "children,\" one woman told Reuters by phone.",
      [C("Hundreds", 100, "vague", "displaced", "Tawergha families camped in the desert", None,
         attr_alt=[SHAKSHAK]),
       C("about 1,200", 1200, "about", "displaced", "families who set off for Tawergha",
         SHAKSHAK, attr_alt=["Local council head Abdulrahman al-Shakshak"]),
       C("1,000", 1000, "exact", "aid", "blankets sent by UNHCR", UNHCR_KOU,
         attr_alt=["UNHCR"]),
       C("500", 500, "exact", "aid", "mattresses sent by UNHCR", UNHCR_KOU, attr_alt=["UNHCR"]),
       C("about 40,000", 40000, "about", "population", "residents of Tawergha before 2011",
         None)]),

    P("d64_016",
      "JUBA, Jan 5 (Reuters) - South Sudan declared a humanitarian disaster in Jonglei state on "
      "Thursday after a column of as many as 8,000 armed Lou Nuer youths swept through Pibor "
      "county, torching homes and a clinic run by Medecins Sans Frontieres. The United Nations "
      "said some 50,000 people had fled into the bush and would need food, water and shelter, "
      "and that it had sent about 400 peacekeepers to protect Pibor town. MSF said 130 of its "
      "local staff were unaccounted for. A Murle county commissioner, Joshua Konyi, told Reuters "
      "that more than 2,000 people had been killed, most of them women and children, but the "
      "U.N. could not confirm that figure. The government said it had deployed 3,000 soldiers "
      "and 800 police to the area.",
      [C("as many as 8,000", 8000, "at_most", "troops", "armed Lou Nuer youths in the column",
         None, cat_alt=["other"]),
       C("some 50,000", 50000, "about", "displaced", "people who fled into the bush",
         "The United Nations"),
       C("about 400", 400, "about", "troops", "peacekeepers sent to Pibor", "The United Nations"),
       C("130", 130, "exact", "missing", "MSF local staff unaccounted for", "MSF"),
       C("more than 2,000", 2000, "more_than", "killed", "people killed in Pibor county",
         "Joshua Konyi", attr_alt=["A Murle county commissioner"]),
       C("3,000", 3000, "exact", "troops", "soldiers deployed to Pibor", "The government"),
       C("800", 800, "exact", "troops", "police deployed to Pibor", "The government",
         cat_alt=["other"])]),

    # --- Camps ---------------------------------------------------------------------------------
    P("d64_017",
      "Fire guts over 1,200 huts in Beldangi camp\n"
      "Himalayan News Service\n"
      "JHAPA, March 2: A fire that broke out on Saturday afternoon razed 1,213 huts at "
      "Beldangi-II, one of seven camps for Bhutanese refugees in eastern Nepal, leaving around "
      "7,000 refugees without shelter, officials said. Three children were injured while fleeing "
      "the blaze, which spread quickly through the bamboo and thatch structures, said Chief "
      "District Officer Bishnu Prasad Luitel. Police suspect the fire was started deliberately "
      "amid tension between refugees who favour third-country resettlement and those who oppose "
      "it. The UN refugee agency said it was distributing 2,500 tarpaulins and rice to affected "
      "families, while the Nepal Red Cross Society set up 14 temporary kitchens. More than "
      "107,000 Bhutanese refugees live in the camps, and about 60,000 have applied for "
      "resettlement in the United States, according to UNHCR.",
      [C("over 1,200", 1200, "more_than", "infrastructure", "huts destroyed (headline)", None),
       C("1,213", 1213, "exact", "infrastructure", "huts razed at Beldangi-II", "officials"),
       C("seven", 7, "exact", "infrastructure", "camps for Bhutanese refugees", None,
         optional=True, cat_alt=["other"], attr_alt=["officials"]),
       C("around 7,000", 7000, "about", "displaced", "refugees left without shelter",
         "officials"),
       C("Three", 3, "exact", "injured", "children injured fleeing the fire", LUITEL,
         attr_alt=["Bishnu Prasad Luitel"]),
       C("2,500", 2500, "exact", "aid", "tarpaulins distributed", "The UN refugee agency"),
       C("14", 14, "exact", "other", "temporary kitchens set up", "The UN refugee agency",
         optional=True, cat_alt=["aid", "infrastructure"],
         attr_alt=[None, "the Nepal Red Cross Society"]),
       C("More than 107,000", 107000, "more_than", "displaced", "Bhutanese refugees in the camps",
         "UNHCR", cat_alt=["population"]),
       C("about 60,000", 60000, "about", "displaced", "refugees who applied for resettlement",
         "UNHCR", cat_alt=["other"])]),

    P("d64_018",
      "LOGUATUO, Liberia (AP) — Ivorians fleeing the standoff over their country's disputed "
      "presidential election are arriving in this Liberian border village at a rate of about "
      "1,000 a day, carrying mattresses, cooking pots and babies across the Cestos River in "
      "dugout canoes. The U.N. refugee agency says more than 22,000 Ivorians have registered in "
      "Nimba County since late November, most of them women and children, and it expects the "
      "number to rise to 50,000. Many are staying with host families in some 30 villages whose "
      "own food stocks are running low, said UNHCR's representative in Liberia, Ibrahima Coly. "
      "The World Food Program said it had trucked 170 tons of rice and beans to the border but "
      "would need far more. \"We ran with nothing,\" said Marie Gueu, a 34-year-old mother of "
      "five from Danané.",
      [C("about 1,000", 1000, "about", "displaced", "Ivorians arriving each day", None,
         attr_alt=["The U.N. refugee agency"]),
       C("more than 22,000", 22000, "more_than", "displaced", "Ivorians registered in Nimba",
         "The U.N. refugee agency"),
       C("50,000", 50000, "exact", "displaced", "refugees expected in Nimba",
         "The U.N. refugee agency", attr_alt=["it"]),
       C("some 30", 30, "about", "other", "villages hosting refugees", "Ibrahima Coly",
         optional=True, attr_alt=["UNHCR's representative in Liberia"]),
       C("170", 170, "exact", "aid", "tons of rice and beans trucked to the border",
         "The World Food Program"),
       C("five", 5, "exact", "other", "children of Marie Gueu", None, optional=True)]),

    P("d64_019",
      "LUANDA, May 19, 2017 (Lusa) - More than 25,000 Congolese have fled into Angola's Lunda "
      "Norte province since the end of March to escape violence in the Kasai region of the "
      "Democratic Republic of Congo, the provincial governor, Ernesto Muangala, said on Friday. "
      "Speaking in Dundo, the provincial capital, Muangala said two reception centres were "
      "overwhelmed and that the government had identified land for a new settlement for up to "
      "30,000 people. The UN refugee agency UNHCR put the number of arrivals at over 30,000 and "
      "said about 7,000 of them were children travelling without their parents. Medical teams "
      "have treated dozens of people with machete and gunshot wounds, and at least 13 children "
      "have died of malnutrition and diarrhoea at the centres, according to the Angolan Red "
      "Cross. UNHCR has appealed for $65.5 million to help the refugees until the end of the "
      "year.",
      [C("More than 25,000", 25000, "more_than", "displaced", "Congolese who fled into Lunda Norte",
         "Ernesto Muangala", attr_alt=["the provincial governor"]),
       C("two", 2, "exact", "infrastructure", "reception centres in Dundo", "Muangala",
         optional=True, cat_alt=["other"], attr_alt=["Ernesto Muangala"]),
       C("up to 30,000", 30000, "at_most", "displaced", "capacity of the new settlement",
         "Muangala", optional=True, cat_alt=["infrastructure", "other"],
         attr_alt=["Ernesto Muangala"]),
       C("over 30,000", 30000, "more_than", "displaced", "arrivals in Angola (UNHCR figure)",
         UNHCR_DUNDO, attr_alt=["UNHCR"]),
       C("about 7,000", 7000, "about", "displaced", "unaccompanied children among the arrivals",
         UNHCR_DUNDO, attr_alt=["UNHCR"]),
       C("dozens", 12, "vague", "injured", "people treated for machete and gunshot wounds",
         "the Angolan Red Cross"),
       C("at least 13", 13, "at_least", "killed", "children who died at the centres",
         "the Angolan Red Cross")],
      published="2017-05-19"),

    P("d64_020",
      "Cholera: Death toll in Borno IDP camp rises to 28\n"
      "By Ndahi Marama, Maiduguri\n"
      "September 4, 2017\n"
      "The number of people killed by cholera in Muna Garage, a camp for internally displaced "
      "persons on the outskirts of Maiduguri, has risen to 28, the Borno State Ministry of "
      "Health has said. The state's Commissioner for Health, Dr Haruna Mshelia, told journalists "
      "that 530 suspected cases had been recorded since the outbreak began on August 16, and that "
      "samples from 21 patients had tested positive. He said the World Health Organisation and "
      "UNICEF were supporting a campaign to vaccinate 915,000 people in Jere and Maiduguri with "
      "oral cholera vaccine. Muna Garage hosts over 40,000 IDPs, many of them in makeshift "
      "shelters with few latrines. Earlier, the ministry had put the toll at 17.",
      [C("28", 28, "exact", "killed", "cholera deaths in Muna Garage (headline)", None,
         ctx="rises to 28"),
       C("28", 28, "exact", "killed", "cholera deaths in Muna Garage", BORNO_MOH,
         ctx="risen to 28"),
       C("530", 530, "exact", "other", "suspected cholera cases", MSHELIA,
         cat_alt=["injured"], attr_alt=["The state's Commissioner for Health"]),
       C("21", 21, "exact", "other", "patients with positive samples", MSHELIA,
         cat_alt=["injured"], attr_alt=["The state's Commissioner for Health"]),
       C("915,000", 915000, "exact", "other", "people to be vaccinated against cholera",
         MSHELIA, cat_alt=["aid"], attr_alt=["He"]),
       C("over 40,000", 40000, "more_than", "displaced", "IDPs in Muna Garage", None,
         cat_alt=["population"]),
       C("17", 17, "exact", "killed", "earlier cholera toll", "the ministry",
         attr_alt=[BORNO_MOH])],
      published="2017-09-04"),

    P("d64_021",
      "MENTAO, Burkina Faso (AFP) - Under plastic sheeting stretched over thorn bushes, some "
      "8,000 Malian Tuareg and Arab refugees wait at this makeshift camp for food that arrives "
      "only every two weeks. They are among more than 60,000 people who have crossed into "
      "Burkina Faso since fighting erupted in northern Mali in January, according to the "
      "government's refugee commission, CONAREF. Around 90,000 more have fled to Mauritania and "
      "Niger, the UN refugee agency said on Tuesday, while about 100,000 are displaced inside "
      "Mali. \"We left with our camels and goats, but half of them died on the road,\" said "
      "Mohamed Ag Ahmed, a herder from Gossi who arrived with 14 members of his family. The "
      "World Food Programme said it planned to distribute 1,200 tonnes of cereals in the camps "
      "by the end of April.",
      [C("some 8,000", 8000, "about", "displaced", "Malian refugees at Mentao", None,
         cat_alt=["population"]),
       C("more than 60,000", 60000, "more_than", "displaced",
         "people who crossed into Burkina Faso", "CONAREF",
         attr_alt=["the government's refugee commission"]),
       C("Around 90,000", 90000, "about", "displaced", "Malians who fled to Mauritania and Niger",
         "the UN refugee agency"),
       C("about 100,000", 100000, "about", "displaced", "people displaced inside Mali",
         "the UN refugee agency"),
       C("14", 14, "exact", "displaced", "family members who arrived with Mohamed Ag Ahmed",
         None, optional=True, cat_alt=["other"]),
       C("1,200", 1200, "exact", "aid", "tonnes of cereals to be distributed",
         "The World Food Programme")]),

    # --- Sieges and evacuations ----------------------------------------------------------------
    P("d64_022",
      "Syria conflict: Hundreds evacuated from besieged Moadamiya\n"
      "13 October 2013 Last updated at 16:02\n"
      "About 1,500 civilians, most of them women and children, have been evacuated from the "
      "besieged Damascus suburb of Moadamiya during a temporary truce, activists say. Local "
      "volunteers and the Syrian Arab Red Crescent escorted the residents through government "
      "lines, although opposition activists said some men of fighting age were detained by "
      "security forces on the way out - as many as 300, according to one account. The area has "
      "been cut off by government forces for almost a year and activists say at least six "
      "people, including children, have died of malnutrition. Dr Mohammad, a doctor in the town "
      "who gave only his first name, told the BBC that some 8,000 people remain inside. "
      "Activists also said government forces had fired more than 40 mortar rounds at the town "
      "while the evacuation was under way. The UN "
      "has said it has been unable to get aid into the area since November.",
      [C("Hundreds", 100, "vague", "displaced", "people evacuated from Moadamiya (headline)",
         None),
       C("About 1,500", 1500, "about", "displaced", "civilians evacuated from Moadamiya",
         "activists"),
       C("as many as 300", 300, "at_most", "detained", "men detained leaving Moadamiya",
         "one account", attr_alt=["opposition activists"]),
       C("at least six", 6, "at_least", "killed", "people who died of malnutrition",
         "activists"),
       C("some 8,000", 8000, "about", "population", "people remaining in Moadamiya",
         "Dr Mohammad"),
       C("more than 40", 40, "more_than", "munitions", "mortar rounds fired at Moadamiya",
         "Activists")],
      published="2013-10-13"),

    # --- Detainees and prisoners freed ----------------------------------------------------------
    P("d64_023",
      "Feb 12 (Reuters) - Myanmar's military junta said on Friday it would release 23,314 "
      "prisoners in an annual amnesty marking Union Day, as protesters took to the streets for a "
      "seventh day against last week's coup. Crowds gathered outside Yangon's Insein prison, "
      "where relatives waited for hours to see who would walk free. The Assistance Association "
      "for Political Prisoners (AAPP), a rights group, said it had documented at least 350 "
      "arrests of officials, activists and monks since the Feb. 1 takeover, and that only a "
      "handful of political prisoners appeared to be among those released. State-run MRTV said "
      "55 foreigners would also be freed and deported. The junta also reissued arrest warrants "
      "for six prominent activists.",
      [C("23,314", 23314, "exact", "detained", "prisoners to be released in the amnesty",
         "Myanmar's military junta"),
       C("at least 350", 350, "at_least", "detained", "arrests since the coup", AAPP,
         attr_alt=["a rights group"]),
       C("55", 55, "exact", "detained", "foreign prisoners to be freed and deported",
         "State-run MRTV", attr_alt=["MRTV"]),
       C("six", 6, "exact", "other", "activists named in arrest warrants", None,
         cat_alt=["detained"], attr_alt=["The junta"])]),

    P("d64_024",
      "ADDIS ABABA, Feb 14 (Reuters) - Ethiopia freed 746 more prisoners on Wednesday, including "
      "prominent opposition figures and journalists, the attorney general's office said, as the "
      "government pressed ahead with an amnesty aimed at calming more than two years of unrest. "
      "The releases bring to more than 6,000 the number of detainees freed since Prime Minister "
      "Hailemariam Desalegn announced the amnesty in January, state-affiliated Fana Broadcasting "
      "Corporate reported. Opposition leader Merera Gudina, freed last month from Kilinto "
      "prison, told Reuters that thousands of political prisoners remained behind bars. Human "
      "Rights Watch says security forces killed more than 600 people during protests in 2015 and "
      "2016 and detained tens of thousands under a state of emergency. Among those released on "
      "Wednesday were 417 people held in the Oromiya region, officials said.",
      [C("746", 746, "exact", "detained", "prisoners freed on Wednesday",
         "the attorney general's office"),
       C("more than 6,000", 6000, "more_than", "detained", "detainees freed since January",
         FANA, attr_alt=["Fana Broadcasting Corporate"]),
       C("thousands", 1000, "vague", "detained", "political prisoners still held",
         "Merera Gudina", attr_alt=["Opposition leader Merera Gudina"], ctx="that thousands"),
       C("more than 600", 600, "more_than", "killed", "people killed during the protests",
         "Human Rights Watch"),
       C("tens of thousands", 10000, "vague", "detained",
         "people detained under the state of emergency", "Human Rights Watch"),
       C("417", 417, "exact", "detained", "people released in Oromiya", "officials")]),

    # --- Refugee flows ---------------------------------------------------------------------------
    P("d64_025",
      "South Sudan refugees overwhelm Elegu border post\n"
      "Tuesday July 19 2016\n"
      "ADJUMANI.\n"
      "More than 1,500 South Sudanese refugees crossed into Uganda through Elegu on Monday "
      "alone, bringing the number who have arrived since fighting broke out in Juba on July 8 to "
      "about 26,000, officials have said. The Adjumani Resident District Commissioner, Mr Peter "
      "Data, told this newspaper that the Nyumanzi transit centre, built for 3,000 people, was "
      "now sheltering more than 12,000. UNHCR said it had moved 4,400 refugees to the new "
      "Pagirinya settlement over the weekend and was running 20 buses a day between the border "
      "and the settlements. Most of those arriving are women and children, and health workers at "
      "the border have vaccinated 2,300 children against measles and polio. The UN says over "
      "60,000 South Sudanese have fled into neighbouring countries this month.",
      [C("More than 1,500", 1500, "more_than", "displaced", "refugees who crossed at Elegu on "
         "Monday", "officials"),
       C("about 26,000", 26000, "about", "displaced", "refugees arrived since July 8",
         "officials"),
       C("3,000", 3000, "exact", "other", "capacity of Nyumanzi transit centre", PETER_DATA,
         optional=True, cat_alt=["infrastructure", "displaced"]),
       C("more than 12,000", 12000, "more_than", "displaced", "refugees sheltering at Nyumanzi",
         PETER_DATA, attr_alt=["The Adjumani Resident District Commissioner"]),
       C("4,400", 4400, "exact", "displaced", "refugees moved to Pagirinya", "UNHCR"),
       C("20", 20, "exact", "other", "buses a day to the settlements", "UNHCR", optional=True),
       C("2,300", 2300, "exact", "other", "children vaccinated at the border", None,
         cat_alt=["aid"], attr_alt=["health workers at the border"]),
       C("over 60,000", 60000, "more_than", "displaced",
         "South Sudanese who fled abroad this month", "The UN")],
      published="2016-07-19"),

    # --- Airdrops, sea evacuations and peacekeepers ----------------------------------------------
    P("d64_026",
      "April 10, 2014 (JUBA) – The World Food Programme (WFP) has begun dropping food from "
      "aircraft into parts of Jonglei state that cannot be reached by road or river, the agency "
      "said on Thursday, warning that the rainy season would soon cut off many more communities. "
      "An Ilyushin-76 cargo plane made its first drop near Ayod on Tuesday, releasing 16 metric "
      "tons of sorghum, pulses and oil from a height of about 250 metres, WFP country director "
      "Chris Nikoi said. He said the agency aimed to airdrop some 3,000 tons over the next two "
      "months to feed up to 100,000 people. Airdrops cost around seven times as much as road "
      "deliveries. According to OCHA, over 800,000 people have been displaced inside South Sudan "
      "since fighting erupted in mid-December, and nearly 250,000 have fled to neighbouring "
      "countries.",
      [C("16", 16, "exact", "aid", "tons of food in the first airdrop", "Chris Nikoi",
         attr_alt=["WFP country director Chris Nikoi"]),
       C("some 3,000", 3000, "about", "aid", "tons of food to be airdropped", "Chris Nikoi",
         attr_alt=["He"]),
       C("up to 100,000", 100000, "at_most", "other", "people to be fed by airdrops",
         "Chris Nikoi", cat_alt=["aid", "population"], attr_alt=["He"]),
       C("over 800,000", 800000, "more_than", "displaced", "people displaced inside South Sudan",
         "OCHA"),
       C("nearly 250,000", 250000, "about", "displaced", "South Sudanese who fled abroad",
         "OCHA")],
      published="2014-04-10"),

    P("d64_027",
      "COLOMBO, Feb 10 (Reuters) - A ferry chartered by the International Committee of the Red "
      "Cross evacuated about 240 sick and wounded civilians and their relatives from Sri Lanka's "
      "northern war zone on Tuesday, the first such evacuation by sea, the ICRC said. The Green "
      "Ocean carried the patients from Puthumathalan, on the coast of the shrinking rebel-held "
      "area, to Trincomalee, where hospital officials said 12 of them were children. \"Many of "
      "them have war wounds that have been untreated for days,\" ICRC spokeswoman Sarasi "
      "Wijeratne said. The United Nations estimates that between 150,000 and 200,000 civilians "
      "are trapped in the area, which has shrunk to less than 250 sq km. The military said 40 "
      "Tamil Tiger fighters had been killed in the past 24 hours; the rebels said they had "
      "killed 60 soldiers.",
      [C("about 240", 240, "about", "injured", "sick and wounded civilians and relatives "
         "evacuated by sea", "the ICRC", cat_alt=["displaced", "other"]),
       C("12", 12, "exact", "injured", "children among the evacuated patients",
         "hospital officials", cat_alt=["displaced", "other"]),
       C("between 150,000 and 200,000", 150000, "range", "population",
         "civilians trapped in the war zone", "The United Nations", high=200000,
         cat_alt=["other"]),
       C("40", 40, "exact", "killed", "Tamil Tiger fighters", "The military"),
       C("60", 60, "exact", "killed", "soldiers (rebel claim)", "the rebels")]),

    P("d64_028",
      "Irish troops begin patrols in eastern Chad\n"
      "Saturday, March 15, 2008\n"
      "The first Irish soldiers of the European Union's peacekeeping force in Chad and the "
      "Central African Republic have begun patrols around Goz Beida, where some 20,000 Sudanese "
      "refugees and 40,000 displaced Chadians live in camps. Ireland will contribute about 400 "
      "troops to the 3,700-strong EUFOR mission, which is commanded by Lieutenant General Pat "
      "Nash, the Defence Forces said. France is providing more than half of the force, around "
      "2,100 soldiers. Aid agencies say banditry has forced them to pull staff out of several "
      "towns, and Oxfam said 11 of its vehicles had been stolen since January. The UN refugee "
      "agency says eastern Chad hosts 250,000 refugees from Darfur in 12 camps, along with "
      "180,000 internally displaced Chadians.",
      [C("some 20,000", 20000, "about", "displaced", "Sudanese refugees around Goz Beida", None),
       C("40,000", 40000, "exact", "displaced", "displaced Chadians around Goz Beida", None),
       C("about 400", 400, "about", "troops", "Irish troops for EUFOR", "the Defence Forces"),
       C("3,700", 3700, "exact", "troops", "strength of the EUFOR mission",
         "the Defence Forces", attr_alt=[None]),
       C("around 2,100", 2100, "about", "troops", "French soldiers in EUFOR", None),
       C("11", 11, "exact", "other", "Oxfam vehicles stolen", "Oxfam", optional=True),
       C("250,000", 250000, "exact", "displaced", "Darfuri refugees in eastern Chad",
         "The UN refugee agency"),
       C("12", 12, "exact", "infrastructure", "refugee camps in eastern Chad",
         "The UN refugee agency", optional=True, cat_alt=["other"]),
       C("180,000", 180000, "exact", "displaced", "internally displaced Chadians",
         "The UN refugee agency")],
      published="2008-03-15"),
    P("d64_029",
      "NAIROBI, April 3 (Reuters) - At least 124,000 people have fled Mogadishu since February as "
      "fighting between Ethiopian-backed government troops and Islamist insurgents intensified, "
      "the U.N. refugee agency said on Tuesday, calling it the worst exodus from the city in 15 "
      "years. The Elman Peace and Human Rights Centre, a local group, said about 1,000 people had "
      "been killed in four days of shelling last week, most of them civilians. About 1,600 "
      "Ugandan soldiers, the first contingent of an African Union force meant to number 8,000, "
      "have been in the city since early March but have come under repeated mortar fire. A "
      "Ugandan army spokesman, Capt. Paddy Ankunda, said four of its soldiers had been killed so "
      "far and fewer than a dozen wounded. Aid workers said the displaced were sheltering under trees along roads north of the "
      "city, where cholera cases were being reported.",
      [C("At least 124,000", 124000, "at_least", "displaced", "people who fled Mogadishu",
         "the U.N. refugee agency"),
       C("about 1,000", 1000, "about", "killed", "people killed in four days of shelling",
         ELMAN, attr_alt=["a local group"]),
       C("About 1,600", 1600, "about", "troops", "Ugandan AU soldiers in Mogadishu", None),
       C("8,000", 8000, "exact", "troops", "planned strength of the AU force", None),
       C("four", 4, "exact", "killed", "Ugandan soldiers killed", "Capt. Paddy Ankunda",
         attr_alt=["A Ugandan army spokesman"], ctx="four of its soldiers"),
       C("fewer than a dozen", 12, "fewer_than", "injured", "Ugandan soldiers wounded",
         "Capt. Paddy Ankunda", attr_alt=["A Ugandan army spokesman"])]),

    P("d64_030",
      "RÖSZKE, Hungary (AP) — Police in Hungary said Monday that a record 5,809 migrants had "
      "crossed the border from Serbia on Sunday, as the government raced to finish a razor-wire "
      "fence and prepared tough new laws that take effect on Tuesday. Hundreds of people walked "
      "along the railway tracks at Röszke, while others broke out of an overcrowded collection "
      "point where, volunteers said, as many as 2,000 were waiting in the open for buses. More "
      "than 180,000 migrants have entered Hungary this year, according to police figures, most "
      "of them from Syria, Afghanistan and Iraq. In Vienna, Austrian railways said some 14,000 "
      "people had arrived from Hungary over the weekend, and Germany said it would deploy 2,100 "
      "federal police officers to its border with Austria. A Hungarian government spokesman, "
      "Zoltan Kovacs, said 3,800 soldiers would be available to help police once the new laws "
      "came into force.",
      [C("5,809", 5809, "exact", "displaced", "migrants who crossed from Serbia on Sunday",
         "Police in Hungary", cat_alt=["other"]),
       C("Hundreds", 100, "vague", "displaced", "people walking along the tracks", None,
         cat_alt=["other"]),
       C("as many as 2,000", 2000, "at_most", "displaced", "people waiting at the collection "
         "point", "volunteers", cat_alt=["other"]),
       C("More than 180,000", 180000, "more_than", "displaced", "migrants who entered Hungary "
         "this year", "police figures", cat_alt=["other"], attr_alt=["Police in Hungary"]),
       C("some 14,000", 14000, "about", "displaced", "people arrived in Vienna from Hungary",
         "Austrian railways", cat_alt=["other"]),
       C("2,100", 2100, "exact", "troops", "German federal police to the Austrian border",
         "Germany", cat_alt=["other"]),
       C("3,800", 3800, "exact", "troops", "Hungarian soldiers available to help police",
         "Zoltan Kovacs", attr_alt=["A Hungarian government spokesman"])]),
    # --- Sieges, convoys and hostages ------------------------------------------------------------
    P("d64_031",
      "BEIRUT, Feb 9 (Reuters) - More than 600 people were evacuated from the besieged Old City "
      "of Homs on Sunday, the provincial governor said, as a U.N.-brokered truce was extended "
      "for three days despite mortar fire that hit aid workers a day earlier. Governor Talal "
      "Barazi told Reuters that 611 people, mostly women, children and elderly men, had left in "
      "buses provided by the Syrian Arab Red Crescent, bringing the total evacuated since Friday "
      "to about 800. He had earlier given a figure of 450 for Sunday. The United Nations said its "
      "convoy had delivered food parcels for 1,000 people and medical kits on Saturday before it "
      "came under fire, and that a Red Crescent driver had been wounded. Activists said about "
      "3,000 people remained in the besieged districts, where at least 30 have died of "
      "hunger-related illness since June 2012. Some 300 men and boys aged between 15 and 55 who "
      "left the area were being questioned by the authorities, the governor said.",
      [C("More than 600", 600, "more_than", "displaced", "people evacuated from Homs on Sunday",
         "the provincial governor", attr_alt=[BARAZI]),
       C("611", 611, "exact", "displaced", "people evacuated from Homs on Sunday", BARAZI,
         attr_alt=["the provincial governor"]),
       C("about 800", 800, "about", "displaced", "people evacuated since Friday", BARAZI,
         attr_alt=["the provincial governor"]),
       C("450", 450, "exact", "displaced", "evacuees on Sunday (earlier figure)", BARAZI,
         attr_alt=["He"]),
       C("1,000", 1000, "exact", "other", "people the food parcels can feed",
         "The United Nations", cat_alt=["aid"]),
       C("about 3,000", 3000, "about", "population", "people left in the besieged districts",
         "Activists"),
       C("at least 30", 30, "at_least", "killed", "deaths from hunger-related illness", None,
         attr_alt=["Activists"]),
       C("Some 300", 300, "about", "detained", "men and boys being questioned", "the governor",
         attr_alt=[BARAZI, "the provincial governor"])]),

    P("d64_032",
      "UN suspends Syria aid convoys after deadly attack near Aleppo\n"
      "Tue 20 Sep 2016 08.14 BST\n"
      "The United Nations has suspended all aid convoys in Syria after an attack on a Red "
      "Crescent convoy near Aleppo killed about 20 civilians and destroyed at least 18 of its 31 "
      "trucks, hours after the Syrian army declared an end to a week-long ceasefire. The Syrian "
      "Arab Red Crescent said the director of its branch in Urum al-Kubra, Omar Barakat, and at "
      "least 12 volunteers and drivers were among the dead. The convoy was carrying flour, "
      "medicines and winter clothes for 78,000 people in the rebel-held town, according to the "
      "UN's humanitarian office, OCHA. Overnight, Syrian and Russian aircraft dropped at least "
      "20 barrel bombs on rebel-held eastern Aleppo, where some 250,000 people are trapped, "
      "activists said. Russia's defence ministry denied that Russian or Syrian aircraft had "
      "struck the convoy.",
      [C("about 20", 20, "about", "killed", "civilians killed in the convoy attack", None,
         attr_alt=[SARC]),
       C("at least 18", 18, "at_least", "aid", "trucks destroyed", None),
       C("31", 31, "exact", "aid", "trucks in the convoy", None),
       C("at least 12", 12, "at_least", "killed", "volunteers and drivers among the dead", SARC),
       C("78,000", 78000, "exact", "other", "people the convoy's aid was meant for", "OCHA",
         cat_alt=["aid", "population"], attr_alt=["the UN's humanitarian office"]),
       C("at least 20", 20, "at_least", "munitions", "barrel bombs dropped on eastern Aleppo",
         "activists"),
       C("some 250,000", 250000, "about", "population", "people trapped in eastern Aleppo", None,
         cat_alt=["other"], attr_alt=["activists"])],
      published="2016-09-20"),

    P("d64_033",
      "BEIRUT (AFP) - The Islamic State group on Sunday freed 19 of the more than 220 Assyrian "
      "Christians it abducted last week from villages along the Khabur river in northeastern "
      "Syria, a monitor and a community leader said. The 19, mostly elderly, arrived at a church "
      "in Hasakeh after an Islamic court in the jihadists' stronghold ordered their release in "
      "return for a fee paid by the community, the Syrian Observatory for Human Rights said. "
      "Osama Edward, head of the Sweden-based Assyrian Human Rights Network, said 262 people "
      "were still being held, including at least 30 children. He said about 3,000 Assyrians had "
      "fled to Hasakeh and Qamishli since the jihadists overran 35 villages. Kurdish militia "
      "have recaptured some of the villages with the support of US-led air strikes.",
      [C("19", 19, "exact", "hostages", "Assyrian Christians freed", MONITOR_LEADER,
         attr_alt=[SOHR_KH], ctx="freed 19"),
       C("more than 220", 220, "more_than", "hostages", "Assyrian Christians abducted",
         MONITOR_LEADER, attr_alt=[SOHR_KH]),
       C("19", 19, "exact", "hostages", "freed Assyrians arrived in Hasakeh", SOHR_KH,
         optional=True, ctx="The 19, mostly"),
       C("262", 262, "exact", "hostages", "Assyrians still held", "Osama Edward"),
       C("at least 30", 30, "at_least", "hostages", "children still held", "Osama Edward"),
       C("about 3,000", 3000, "about", "displaced", "Assyrians who fled to Hasakeh and Qamishli",
         "Osama Edward", attr_alt=["He"]),
       C("35", 35, "exact", "other", "villages overrun", "Osama Edward", optional=True,
         cat_alt=["infrastructure"], attr_alt=["He"])]),

    # --- Hunger ----------------------------------------------------------------------------------
    P("d64_034",
      "NIAMEY, 21 June 2010 (IRIN) - Some 7.1 million people in Niger - nearly half the "
      "population - do not have enough to eat after poor rains last year destroyed harvests and "
      "pasture, according to the government's latest food security survey. The UN World Food "
      "Programme (WFP) said it planned to reach 2.3 million people with food aid by August, up "
      "from 1.3 million in its earlier plan, and to give supplementary rations to 880,000 "
      "children under two. At the Aguié feeding centre in Maradi region, run by MSF, admissions "
      "of severely malnourished children have doubled to about 600 a week, the medical charity "
      "said. Herders have lost up to 25 percent of their livestock, the agriculture ministry "
      "says. \"We are eating one meal a day, sometimes none,\" said Rabi Issa, a mother of six in "
      "the village of Tchadoua.",
      [C("Some 7.1 million", 7_100_000, "about", "other", "people in Niger without enough to eat",
         "the government's latest food security survey", cat_alt=["population"]),
       C("2.3 million", 2_300_000, "exact", "other", "people WFP plans to reach with food aid",
         WFP_NE, cat_alt=["aid"], attr_alt=["WFP"]),
       C("1.3 million", 1_300_000, "exact", "other", "people in WFP's earlier plan", WFP_NE,
         cat_alt=["aid"], attr_alt=["WFP"]),
       C("880,000", 880000, "exact", "other", "children to get supplementary rations", WFP_NE,
         cat_alt=["aid"], attr_alt=["WFP"]),
       C("about 600", 600, "about", "other", "malnourished children admitted a week at Aguié",
         "the medical charity", cat_alt=["injured"], attr_alt=["MSF"]),
       C("up to 25 percent", 25, "at_most", "other", "share of livestock lost",
         "the agriculture ministry", optional=True),
       C("six", 6, "exact", "other", "children of Rabi Issa", None, optional=True)],
      published="2010-06-21"),

    # --- A live page -----------------------------------------------------------------------------
    P("d64_035",
      "Live: DR Congo conflict\n"
      "Last updated: 18 February 2025\n"
      "14:52 GMT\n"
      "Thousands cross into Burundi\n"
      "More than 10,000 Congolese have crossed into Burundi in the past three days, many of them "
      "wading across the Rusizi river, as M23 rebels pushed south from Bukavu, the UN refugee "
      "agency says.\n"
      "UNHCR spokesperson Eujin Byun says at least 40,000 people have arrived since the start of "
      "the month and that a transit site at Rugombo, in Cibitoke province, is sheltering 9,000 "
      "people in space meant for 1,500.\n"
      "13:30 GMT\n"
      "Two drown crossing the river\n"
      "At least two people drowned and three others were missing after trying to cross the "
      "Rusizi on Sunday, local officials in "
      "Cibitoke told the BBC. Burundi, which has some 10,000 troops in eastern Congo alongside "
      "the Congolese army, has not said how many of its soldiers have been killed.",
      [C("Thousands", 1000, "vague", "displaced", "Congolese crossing into Burundi (entry "
         "headline)", None),
       C("More than 10,000", 10000, "more_than", "displaced",
         "Congolese who crossed into Burundi in three days", "the UN refugee agency"),
       C("at least 40,000", 40000, "at_least", "displaced", "people arrived this month", BYUN,
         attr_alt=["Eujin Byun"]),
       C("9,000", 9000, "exact", "displaced", "people sheltering at Rugombo", BYUN,
         attr_alt=["Eujin Byun"]),
       C("1,500", 1500, "exact", "other", "capacity of the Rugombo site", BYUN, optional=True,
         cat_alt=["infrastructure", "displaced"], attr_alt=["Eujin Byun"]),
       C("Two", 2, "exact", "killed", "people drowned crossing (entry headline)", None),
       C("At least two", 2, "at_least", "killed", "people drowned crossing the Rusizi",
         "local officials in Cibitoke"),
       C("three", 3, "exact", "missing", "people missing after trying to cross",
         "local officials in Cibitoke", ctx="three others"),
       C("some 10,000", 10000, "about", "troops", "Burundian troops in eastern Congo", None)],
      published="2025-02-18"),
    # --- Only non-claims -------------------------------------------------------------------------
    P("d64_036",
      "NAIROBI, June 14 (Reuters) - The World Food Programme will cut food rations for refugees "
      "in Kenya's Kakuma and Kalobeyei settlements to 40% of the minimum daily requirement from "
      "July because of a funding shortfall, the agency said on Wednesday. WFP said it needed $51 "
      "million to restore full rations for the next six months and had received less than a "
      "third of that. The cut follows a reduction to 60% in March, the second in less than a "
      "year. A full ration is designed to provide 2,100 kilocalories per person per day. Cash "
      "transfers, worth 300 shillings ($2.30) a month per person, will also be halved, it said.",
      []),

    # --- Migrants, violence and evacuations ------------------------------------------------------
    P("d64_037",
      "BIHAC, Bosnia and Herzegovina, Oct 24, 2018 (AFP) - Around 4,000 migrants are stranded in "
      "Bosnia's northwest near the Croatian border, most of them sleeping in a derelict student "
      "dormitory in Bihac and in tents in nearby Velika Kladusa, the International Organization "
      "for Migration said on Wednesday. Bosnian police said they had stopped a group of about "
      "200 migrants who tried to cross into Croatia at the Maljevac checkpoint late Tuesday, that "
      "two migrants had been missing since trying to swim across the Korana river last week, and "
      "that several officers had been slightly injured when stones were thrown. Bosnia has "
      "registered over 19,000 arrivals since January, compared with 755 in the whole of 2017, "
      "according to the security ministry. The IOM said it needed to find winter shelter for "
      "3,500 people before temperatures fall below zero.\n"
      "Correction: An earlier version of this story said 20 police officers were injured. Police "
      "said the number was 12.",
      [C("Around 4,000", 4000, "about", "displaced", "migrants stranded in northwest Bosnia",
         IOM_BA, cat_alt=["other"], attr_alt=["The IOM"]),
       C("about 200", 200, "about", "displaced", "migrants stopped at Maljevac",
         "Bosnian police", cat_alt=["other"]),
       C("two", 2, "exact", "missing", "migrants missing in the Korana river", "Bosnian police"),
       C("over 19,000", 19000, "more_than", "displaced", "migrant arrivals in Bosnia this year",
         "the security ministry", cat_alt=["other"]),
       C("755", 755, "exact", "displaced", "migrant arrivals in Bosnia in 2017",
         "the security ministry", cat_alt=["other"]),
       C("3,500", 3500, "exact", "displaced", "people needing winter shelter", "The IOM",
         cat_alt=["other"], attr_alt=[IOM_BA]),
       C("20", 20, "exact", "injured", "police officers injured (retracted figure)", None,
         optional=True),
       C("12", 12, "exact", "injured", "police officers injured (corrected)", "Police",
         attr_alt=["Bosnian police"])],
      published="2018-10-24"),

    P("d64_038",
      "Ethiopia: Thousands shelter in churches after Jijiga violence\n"
      "Addis Standard\n"
      "August 7, 2018\n"
      "More than 7,000 people have taken refuge in churches and a military camp in Jijiga after "
      "three days of violence in which youths loyal to the Somali regional government attacked "
      "residents and burned shops, local religious leaders said. The Ethiopian Orthodox Church "
      "said at least eight churches had been torched and seven priests killed in the regional "
      "capital and surrounding towns. The federal government deployed the army on Saturday, and "
      "the state minister for communication, Mohammed Seid, said 29 people had been confirmed "
      "dead across the region. Residents said looters had also attacked a Red Cross warehouse, "
      "taking 1,200 bags of flour. The region's president, Abdi Mohamoud Omar, resigned on "
      "Monday.",
      [C("Thousands", 1000, "vague", "displaced", "people sheltering in churches (headline)",
         None),
       C("More than 7,000", 7000, "more_than", "displaced", "people sheltering in Jijiga",
         "local religious leaders"),
       C("at least eight", 8, "at_least", "infrastructure", "churches torched",
         "The Ethiopian Orthodox Church"),
       C("seven", 7, "exact", "killed", "priests killed", "The Ethiopian Orthodox Church"),
       C("29", 29, "exact", "killed", "people confirmed dead in the Somali region",
         "Mohammed Seid", attr_alt=["the state minister for communication"]),
       C("1,200", 1200, "exact", "aid", "bags of flour looted", "Residents")],
      published="2018-08-07"),

    P("d64_039",
      "NIAMEY, Nov 12 (Reuters) - The first 25 refugees evacuated by the United Nations from "
      "detention centres in Libya landed in Niger on Saturday, the start of a scheme to move the "
      "most vulnerable asylum seekers out of the country ahead of possible resettlement in "
      "Europe. The group, 15 women and 10 children from Eritrea, Ethiopia and Sudan, were flown "
      "from Tripoli on a chartered plane, the UNHCR said. UNHCR special envoy Vincent Cochetel "
      "said the agency hoped to evacuate as many as 1,000 people by March, and that France had "
      "agreed to take in 3,000 refugees from Niger and Chad over two years. Some 5,000 migrants "
      "and refugees are held in official detention centres in Libya, where rights groups have "
      "documented beatings, forced labour and rape, according to the UN. Cochetel said 44 of "
      "those in detention had been identified as unaccompanied children.",
      [C("25", 25, "exact", "displaced", "refugees evacuated from Libya to Niger", None,
         attr_alt=["the UNHCR"]),
       C("15", 15, "exact", "displaced", "women among the evacuees", "the UNHCR"),
       C("10", 10, "exact", "displaced", "children among the evacuees", "the UNHCR"),
       C("as many as 1,000", 1000, "at_most", "displaced", "people to be evacuated by March",
         "Vincent Cochetel", attr_alt=["UNHCR special envoy Vincent Cochetel"]),
       C("3,000", 3000, "exact", "displaced", "refugees France agreed to take in",
         "Vincent Cochetel", attr_alt=["UNHCR special envoy Vincent Cochetel"]),
       C("Some 5,000", 5000, "about", "detained", "migrants and refugees held in Libyan "
         "detention centres", "the UN", cat_alt=["displaced"]),
       C("44", 44, "exact", "detained", "unaccompanied children in detention", "Cochetel",
         cat_alt=["displaced"], attr_alt=["Vincent Cochetel"])]),

    # --- An outbreak -----------------------------------------------------------------------------
    P("d64_040",
      "N'DJAMENA, Jan 12 (Xinhua) -- An outbreak of hepatitis E in the southeastern Chadian town "
      "of Am Timan has infected 1,443 people and killed 23 since September, according to the "
      "Ministry of Public Health. Medecins Sans Frontieres (MSF), which is treating patients at "
      "the town's hospital, said 11 of the dead were pregnant women and that it had installed 40 "
      "chlorination points to treat water in the worst-hit neighbourhoods. The virus spreads "
      "through contaminated water and is especially dangerous in the last three months of "
      "pregnancy. Local authorities said some 12,000 people had been reached by a hygiene "
      "campaign, and a health ministry official, Dr Mahamat Saleh, said about 60 patients were "
      "still in hospital.",
      [C("1,443", 1443, "exact", "other", "hepatitis E cases in Am Timan",
         "the Ministry of Public Health", cat_alt=["injured"]),
       C("23", 23, "exact", "killed", "hepatitis E deaths in Am Timan",
         "the Ministry of Public Health"),
       C("11", 11, "exact", "killed", "pregnant women among the dead", MSF_CHAD,
         attr_alt=["MSF"]),
       C("40", 40, "exact", "other", "chlorination points installed", MSF_CHAD, optional=True,
         cat_alt=["aid", "infrastructure"], attr_alt=["MSF"]),
       C("some 12,000", 12000, "about", "other", "people reached by the hygiene campaign",
         "Local authorities", cat_alt=["aid"]),
       C("about 60", 60, "about", "other", "patients still in hospital", "Dr Mahamat Saleh",
         cat_alt=["injured"], attr_alt=["a health ministry official"])]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d64_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
