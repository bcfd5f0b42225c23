"""Source of the fifty-sixth development set: writes ``passages.jsonl`` next to it.

Forty passages (4–7 sentences, 4–8 figures each) of plain, typical wire copy (Reuters, AP, AFP,
Xinhua, Anadolu, Kyodo, PTI, Bernama), 2008–2025, on wars, disasters, attacks, protests and
kidnappings in Africa, Asia and the Middle East, written for this set (none copied from an
article) as the wires write: a dateline, a lead with the toll and its source, a second paragraph
with the breakdown, quotes, and background with older figures. Annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded in
the READMEs of ``tests/devset2`` onwards and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset56/build_devset56.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 56)] + ["holdout", "holdout2",
                                                                 "holdout3"]

TAMBOURA = "government spokesman Ousseni Tamboura"
MINUSCA = "the U.N. peacekeeping mission MINUSCA"
ML_GOV = "the government"
SATOMI = "Ahmed Satomi of the State Emergency Management Agency"
KANAR = "Mohammed Kanar, the area coordinator for the National Emergency Management Agency"
MIGIRO = "U.N. Deputy Secretary-General Asha-Rose Migiro"
SO_MAYOR = "Mogadishu Mayor Omar Mohamud Mohamed"
KOCA = "Turkish Health Minister Fahrettin Koca"
EHRC = "the state-appointed Ethiopian Human Rights Commission"
OCHA_ET = "the U.N. humanitarian office OCHA"
OCHA_SD = "The U.N. Office for the Coordination of Humanitarian Affairs"
AL_NAO = "a medical source at Al-Nao hospital"
KINANA = "provincial police spokesperson Brigadier Tembinkosi Kinana"
CELE = "Police Minister Bheki Cele"
DANDJINOU = "Communications Minister Remis Fulgance Dandjinou"
BARRY = "Foreign Minister Alpha Barry"
WAZIR = "Cairo Governor Abdel-Azim Wazir"
TD_POLICE = "a police source"
ABIY_PS = "Prime Minister Abiy Ahmed's press secretary"
NIGUSSU = "press secretary Nigussu Tilahun"
EG_MOI = "The Interior Ministry"
SPLM_N = "a spokesman for the Sudan People's Liberation Movement-North (SPLM-N)"
BAJWA = "Lieutenant General Asim Bajwa"
MARWAT = "Fazal Rahim Marwat"
SUKHERA = "senior police official Mushtaq Sukhera"
KAKAR = "Dilawar Khan Kakar"
SATYAPAL = "Pune Police Commissioner Satyapal Singh"
CG_OFFICIAL = "a senior police official"
ARYA = "Inspector General of Police (Chambal Range) D K Arya"
RASEL = "local police chief Rasel Sheikh"
SILWAL = "Army spokesman Narayan Silwal"
SHARIFUDDIN = "Pahang police chief Datuk Sharifuddin Ab Ghani"
ESSCOM = "Eastern Sabah Security Command (Esscom)"
RASHID = "Esscom commander Datuk Abdul Rashid Harun"
XJ_OFFICE = "the regional government's information office"
MOHAMAD_HASAN = "Foreign Minister Datuk Seri Mohamad Hasan"
TAMIMI = "Health Minister Hassan al-Tamimi"
ALAM = "national police spokesman Anton Bachrul Alam"
TR_GS = "the Turkish General Staff"
KAYNAK = "Deputy Prime Minister Veysi Kaynak"
ZAYER = "Mohammed al-Zayer"
LB_HEALTH = "Lebanon's health minister"
ABU_FAOUR = "Health Minister Wael Abu Faour"
MAWLAWI = "Interior Minister Bassam Mawlawi"
YAMAN = "Fehmi Yaman"
BDP = "The pro-Kurdish Peace and Democracy Party (BDP)"
SOYLU = "Interior Minister Suleyman Soylu"
IST_GOV = "the Istanbul Governor's Office"
DAVUTOGLU = "Prime Minister Ahmet Davutoglu"
STEINMEIER = "German Foreign Minister Frank-Walter Steinmeier"
CHARBEL = "Interior Minister Marwan Charbel"
SOHR = "The Syrian Observatory for Human Rights"
ROSENFELD = "Police spokesman Micky Rosenfeld"
MESHI_ZAHAV = "Yehuda Meshi-Zahav of the ZAKA rescue service"

PASSAGES: list[Passage] = [
    # --- Africa ---------------------------------------------------------------------------------
    P("d56_001",
      "OUAGADOUGOU, Nov 16, 2021 (AFP) - The death toll from a jihadist attack on a gendarmerie "
      "post in northern Burkina Faso has risen to 53, including 49 gendarmes, the government said "
      "on Tuesday. Four civilians were also among the dead in Sunday's assault on the Inata post "
      "in Soum province, government spokesman Ousseni Tamboura said in a statement. Search teams "
      "had found 46 survivors by Monday evening, he added, while several others were still "
      "unaccounted for. A security source told AFP that \"more than 100\" heavily armed assailants "
      "on motorbikes and pickups had stormed the camp at dawn. The gendarmes had warned their "
      "superiors two weeks earlier that they had run out of food and were slaughtering animals to "
      "survive, according to an internal memo that circulated on social media. Jihadist violence "
      "in Burkina Faso has killed about 2,000 people since 2015 and forced some 1.4 million from "
      "their homes.",
      [C("53", 53, "exact", "killed", "people at the Inata post", "the government",
         attr_alt=[TAMBOURA]),
       C("49", 49, "exact", "killed", "gendarmes", "the government", attr_alt=[TAMBOURA]),
       C("Four", 4, "exact", "killed", "civilians", TAMBOURA),
       C("46", 46, "exact", "other", "survivors found", TAMBOURA, attr_alt=["he"]),
       C("more than 100", 100, "more_than", "troops", "assailants", "A security source",
         cat_alt=["other"]),
       C("about 2,000", 2000, "about", "killed", "people in jihadist violence since 2015"),
       C("some 1.4 million", 1400000, "about", "displaced", "people forced from their homes")],
      published="2021-11-16"),

    P("d56_002",
      "BANGUI, Nov 17 (Reuters) - At least 42 people were killed when armed men attacked a camp "
      "for displaced people and a Catholic mission in the town of Alindao in the Central African "
      "Republic, the U.N. peacekeeping mission MINUSCA said on Saturday. Two priests were among "
      "the dead, the mission said, and the camp, which had sheltered about 18,000 people, was "
      "largely burned down. A local church official put the toll higher, telling Reuters that 60 "
      "bodies had been counted and that \"dozens\" more people could be lying in the bush. The "
      "mission said it had sent 50 additional peacekeepers to reinforce its base in the town and "
      "that some 1,500 people had sought refuge there. Fighting between mainly Muslim ex-Seleka "
      "factions and Christian anti-balaka militias has forced more than a million Central "
      "Africans, nearly a quarter of the population, from their homes since 2013.",
      [C("At least 42", 42, "at_least", "killed", "people in Alindao", MINUSCA),
       C("Two", 2, "exact", "killed", "priests", "the mission", attr_alt=[MINUSCA]),
       C("about 18,000", 18000, "about", "displaced", "people sheltered in the camp", None,
         cat_alt=["population"], attr_alt=["the mission", MINUSCA]),
       C("60", 60, "exact", "killed", "bodies counted", "A local church official"),
       C("dozens", 12, "vague", "killed", "people who could be lying in the bush",
         "A local church official", optional=True, cat_alt=["missing"]),
       C("50", 50, "exact", "troops", "additional peacekeepers sent", "The mission",
         attr_alt=[MINUSCA]),
       C("some 1,500", 1500, "about", "displaced", "people sheltering at the base", "The mission",
         attr_alt=[MINUSCA]),
       C("more than a million", 1000000, "more_than", "displaced",
         "Central Africans forced from their homes"),
       C("nearly a quarter", 0.25, "about", "other", "share of the population displaced",
         optional=True)]),

    P("d56_003",
      "BAMAKO, Aug 9, 2022 (Reuters) - Forty-two Malian soldiers were killed and 22 wounded in an "
      "attack by Islamist militants on an army base in the northeastern town of Tessit, the "
      "government said on Tuesday, one of the deadliest assaults on the army in years. The "
      "attackers, believed to belong to an Islamic State affiliate, used drones, explosives and "
      "artillery, the government said in a statement, adding that 37 of them had been "
      "\"neutralised\". A local official, who asked not to be named, told Reuters the toll among "
      "soldiers could be more than 50 and that fewer than 20 of the base's defenders had escaped "
      "unhurt. The base, near the borders with Niger and Burkina Faso, had been attacked several "
      "times in the past three years, including in March 2021, when 33 soldiers were killed.",
      [C("Forty-two", 42, "exact", "killed", "Malian soldiers", ML_GOV),
       C("22", 22, "exact", "injured", "Malian soldiers", ML_GOV),
       C("37", 37, "exact", "killed", "attackers neutralised", ML_GOV),
       C("more than 50", 50, "more_than", "killed", "soldiers", "A local official"),
       C("fewer than 20", 20, "fewer_than", "other", "defenders who escaped unhurt",
         "A local official", cat_alt=["troops"]),
       C("33", 33, "exact", "killed", "soldiers in March 2021")],
      published="2022-08-09"),

    P("d56_004",
      "MAIDUGURI, Nigeria (AP) — Boko Haram fighters firing from motorbikes and three suicide "
      "bombers killed at least 65 people and wounded 136 in an attack on a village and nearby "
      "camps for displaced people outside Maiduguri, a military spokesman said Sunday. Survivors "
      "hiding in trees said the extremists firebombed huts and that children were among those "
      "burned to death. Ahmed Satomi of the State Emergency Management Agency said the attack on "
      "Dalori village and the camps, which shelter some 25,000 people, lasted nearly four hours. "
      "A reporter for The Associated Press counted 86 bodies, some still smoldering, on Sunday. "
      "Mohammed Kanar, the area coordinator for the National Emergency Management Agency, said "
      "the wounded had been taken to hospitals in Maiduguri and that more than 500 homes had been "
      "razed.",
      [C("three", 3, "exact", "troops", "suicide bombers", "a military spokesman",
         cat_alt=["other", "killed"]),
       C("at least 65", 65, "at_least", "killed", "people in Dalori", "a military spokesman"),
       C("136", 136, "exact", "injured", "people in Dalori", "a military spokesman"),
       C("some 25,000", 25000, "about", "displaced", "people sheltering in the camps", None,
         cat_alt=["population"], attr_alt=[SATOMI]),
       C("86", 86, "exact", "killed", "bodies counted", "A reporter for The Associated Press",
         attr_alt=[None]),
       C("more than 500", 500, "more_than", "infrastructure", "homes razed", KANAR)]),

    P("d56_005",
      "ABUJA, Aug 27, 2011 (Reuters) - The death toll from a suicide car bomb attack on the United "
      "Nations headquarters in Nigeria's capital has risen to 23, with 81 people still in "
      "hospital, police and U.N. officials said on Saturday. The Islamist sect Boko Haram claimed "
      "responsibility for Friday's blast, in which a bomber rammed a sedan through a gate and into "
      "the reception of the building. U.N. Deputy Secretary-General Asha-Rose Migiro, who arrived "
      "in Abuja on Saturday, said 11 of the dead were U.N. staff. About 400 people from 26 U.N. "
      "agencies worked in the building, a U.N. official said. President Goodluck Jonathan called "
      "the attack \"barbaric\" and ordered extra police and soldiers deployed to embassies across "
      "the city.",
      [C("23", 23, "exact", "killed", "people at U.N. House", "police and U.N. officials"),
       C("81", 81, "exact", "injured", "people still in hospital", "police and U.N. officials"),
       C("11", 11, "exact", "killed", "U.N. staff", MIGIRO),
       C("About 400", 400, "about", "population", "people working in the building",
         "a U.N. official", cat_alt=["other"]),
       C("26", 26, "exact", "other", "U.N. agencies in the building", "a U.N. official",
         optional=True)],
      published="2011-08-27"),

    P("d56_006",
      "MOGADISHU (AA) - At least 79 people were killed and 149 others injured when a truck bomb "
      "exploded at a busy checkpoint on the outskirts of the Somali capital on Saturday, "
      "officials said. Among the dead were 16 university students travelling on a minibus and two "
      "Turkish nationals who were working on a road project, Mogadishu Mayor Omar Mohamud "
      "Mohamed told reporters. The explosion at the Ex-Control Afgoye junction during the morning "
      "rush hour also destroyed at least 20 vehicles, according to police. Turkey sent a military "
      "aircraft carrying medical teams and flew 16 of the seriously injured to Ankara for "
      "treatment, Turkish Health Minister Fahrettin Koca said. Al-Shabaab, which has waged an "
      "insurgency against Somalia's central government for more than a decade, did not "
      "immediately claim the attack.",
      [C("At least 79", 79, "at_least", "killed", "people at Ex-Control Afgoye", "officials"),
       C("149", 149, "exact", "injured", "people at Ex-Control Afgoye", "officials"),
       C("16", 16, "exact", "killed", "university students", SO_MAYOR, ctx="16 university"),
       C("two", 2, "exact", "killed", "Turkish nationals", SO_MAYOR),
       C("at least 20", 20, "at_least", "other", "vehicles destroyed", "police", optional=True,
         cat_alt=["infrastructure"]),
       C("16", 16, "exact", "injured", "seriously injured flown to Ankara", KOCA,
         ctx="16 of the seriously", cat_alt=["displaced"])]),

    P("d56_007",
      "ADDIS ABABA, Dec 24, 2020 (Reuters) - Gunmen killed more than 100 people in an attack on a "
      "village in Ethiopia's western Benishangul-Gumuz region, the state-appointed Ethiopian Human "
      "Rights Commission said on Wednesday, a day after Prime Minister Abiy Ahmed visited the "
      "area. The commission said residents of Bekoji village in Metekel zone were attacked in "
      "their homes at dawn and that some were burned to death. Local officials later put the toll "
      "at 207, including 44 women and 17 children. The army said in a statement that it had "
      "killed 42 of the attackers and seized bows, arrows and seven rifles. Violence in Metekel "
      "has displaced more than 100,000 people since July, according to the U.N. humanitarian "
      "office OCHA.",
      [C("more than 100", 100, "more_than", "killed", "people in Bekoji", EHRC),
       C("207", 207, "exact", "killed", "people in Bekoji", "Local officials"),
       C("44", 44, "exact", "killed", "women", "Local officials"),
       C("17", 17, "exact", "killed", "children", "Local officials"),
       C("42", 42, "exact", "killed", "attackers", "The army"),
       C("seven", 7, "exact", "munitions", "rifles seized", "The army", cat_alt=["other"]),
       C("more than 100,000", 100000, "more_than", "displaced", "people in Metekel", OCHA_ET)],
      published="2020-12-24"),

    P("d56_008",
      "KHARTOUM, Sudan (AP) — Armed men attacked a village in Sudan's West Darfur province, "
      "killing more than 60 people and wounding at least 60 others, the U.N. said Sunday, in one "
      "of the deadliest incidents in the war-scarred region this year. The U.N. Office for the "
      "Coordination of Humanitarian Affairs said about 500 gunmen stormed Masteri on Saturday, "
      "looting and burning homes and part of the market, and that some 1,500 people had fled to "
      "nearby villages. Local media said the dead included 20 women and children. Prime Minister "
      "Abdalla Hamdok said in a statement that the government would send a joint security force "
      "to the area to protect residents. The attack came days after a sit-in by villagers "
      "demanding protection was attacked in neighboring Central Darfur, leaving nine people dead, "
      "according to residents.",
      [C("more than 60", 60, "more_than", "killed", "people in Masteri", "the U.N."),
       C("at least 60", 60, "at_least", "injured", "people in Masteri", "the U.N."),
       C("about 500", 500, "about", "troops", "gunmen", OCHA_SD, cat_alt=["other"]),
       C("some 1,500", 1500, "about", "displaced", "people who fled", OCHA_SD),
       C("20", 20, "exact", "killed", "women and children", "Local media"),
       C("nine", 9, "exact", "killed", "people at a sit-in in Central Darfur", "residents")]),

    P("d56_009",
      "PORT SUDAN, Sudan, Feb 1, 2025 (AFP) - Shelling by Sudan's paramilitary Rapid Support "
      "Forces on a crowded market in Omdurman killed 54 people and wounded 158 on Saturday, the "
      "health ministry said. The shells fell on the Sabrein market in the city's Karari district "
      "as people shopped for food, a medical source at Al-Nao hospital told AFP, adding that the "
      "hospital had received \"dozens\" of bodies. The ministry's spokesman said most of the "
      "victims were women and children. The attack came a week after an RSF drone strike on the "
      "Saudi hospital in El Fasher killed 70 people, according to the World Health Organization. "
      "The war between the army and the RSF, which erupted in April 2023, has killed tens of "
      "thousands of people and uprooted more than 12 million.",
      [C("54", 54, "exact", "killed", "people at Sabrein market", "the health ministry"),
       C("158", 158, "exact", "injured", "people at Sabrein market", "the health ministry"),
       C("dozens", 12, "vague", "killed", "bodies received at Al-Nao hospital", AL_NAO),
       C("70", 70, "exact", "killed", "people at the Saudi hospital in El Fasher",
         "the World Health Organization"),
       C("tens of thousands", 10000, "vague", "killed", "people in Sudan's war"),
       C("more than 12 million", 12000000, "more_than", "displaced", "people uprooted")],
      published="2025-02-01"),

    P("d56_010",
      "EAST LONDON, South Africa, June 26 (Reuters) - Twenty-one young people were found dead "
      "inside a tavern in the South African city of East London early on Sunday, police said, "
      "and investigators were trying to establish the cause. Seventeen bodies were found at the "
      "Enyobeni tavern and four people died in hospital, provincial police spokesperson Brigadier "
      "Tembinkosi Kinana said. The victims were aged between 13 and 17, local officials said. "
      "There were no visible signs of injury on the bodies, officials said, ruling out a "
      "stampede. Police Minister Bheki Cele said the tavern had been packed with youths "
      "celebrating the end of school exams and that 31 people had been taken to hospital, two of "
      "whom remained in a critical condition.",
      [C("Twenty-one", 21, "exact", "killed", "young people", "police"),
       C("Seventeen", 17, "exact", "killed", "bodies found at the tavern", KINANA),
       C("four", 4, "exact", "killed", "people who died in hospital", KINANA),
       C("31", 31, "exact", "injured", "people taken to hospital", CELE, cat_alt=["other"]),
       C("two", 2, "exact", "injured", "people in a critical condition", CELE)]),

    P("d56_011",
      "OUAGADOUGOU, Aug 14, 2017 (AFP) - Suspected jihadists killed 18 people at a Turkish "
      "restaurant in the centre of the Burkina Faso capital, the government said Monday, in the "
      "second such attack on the city in under two years. Security forces shot dead the two "
      "attackers after an overnight siege at the Aziz Istanbul cafe, Communications Minister "
      "Remis Fulgance Dandjinou told AFP, adding that 22 people had been wounded. The dead "
      "included eight Burkinabe, two Kuwaitis, two Canadians, a Frenchman, a Nigerian, a "
      "Senegalese and a Turk, Foreign Minister Alpha Barry said. Witnesses said the gunmen "
      "arrived on a motorbike around 9 pm and opened fire on customers seated on the terrace. In "
      "January 2016, 30 people were killed in an attack on the Splendid Hotel and the Cappuccino "
      "cafe nearby.",
      [C("18", 18, "exact", "killed", "people at the Aziz Istanbul", "the government"),
       C("two", 2, "exact", "killed", "attackers shot dead", DANDJINOU, ctx="two attackers"),
       C("22", 22, "exact", "injured", "people", DANDJINOU),
       C("eight", 8, "exact", "killed", "Burkinabe", BARRY),
       C("two", 2, "exact", "killed", "Kuwaitis", BARRY, ctx="two Kuwaitis"),
       C("two", 2, "exact", "killed", "Canadians", BARRY, ctx="two Canadians"),
       C("30", 30, "exact", "killed", "people at the Splendid Hotel in January 2016")],
      published="2017-08-14"),

    P("d56_012",
      "CAIRO (AP) — Rescuers using bulldozers and their bare hands pulled more bodies on Monday "
      "from under massive boulders that crashed onto a Cairo shantytown, raising the death toll "
      "to 46, officials said. At least 57 people were injured when the slabs of rock broke off "
      "the Muqattam cliffs and buried dozens of homes in the Duweiqa district on Saturday "
      "morning, the Health Ministry said. Residents said between 300 and 500 people may still be "
      "trapped and accused the government of moving too slowly. The government has provided "
      "tents for about 350 families left homeless, Cairo Governor Abdel-Azim Wazir told "
      "reporters. Rescue work has been hampered by fears that more rocks could fall.",
      [C("46", 46, "exact", "killed", "people in Duweiqa", "officials"),
       C("At least 57", 57, "at_least", "injured", "people in Duweiqa", "the Health Ministry"),
       C("dozens", 12, "vague", "infrastructure", "homes buried", "the Health Ministry"),
       C("between 300 and 500", 300, "range", "missing", "people who may still be trapped",
         "Residents", high=500, cat_alt=["other"]),
       C("about 350", 350, "about", "displaced", "families left homeless", WAZIR,
         cat_alt=["other"])]),

    P("d56_013",
      "Source: Xinhua | 2024-06-19 21:35:12\n"
      "N'DJAMENA, June 19 (Xinhua) -- At least nine people were killed and 46 others injured "
      "after a fire triggered a series of explosions at a military ammunition depot in the "
      "Goudji district of Chad's capital N'Djamena, the government said Wednesday. Government "
      "spokesman Abderaman Koulamallah said the explosions, which began late Tuesday and lasted "
      "for several hours, sent shells flying into residential neighborhoods. The health ministry "
      "said 13 of the injured were in critical condition. Residents living within a radius of 3 "
      "km were evacuated overnight, a police source told Xinhua, adding that more than 2,000 "
      "families had spent the night outdoors. Some 300 homes were damaged, according to a "
      "preliminary count by the city hall.",
      [C("At least nine", 9, "at_least", "killed", "people in Goudji", "the government"),
       C("46", 46, "exact", "injured", "people in Goudji", "the government"),
       C("13", 13, "exact", "injured", "people in critical condition", "The health ministry"),
       C("more than 2,000", 2000, "more_than", "displaced", "families evacuated", TD_POLICE),
       C("Some 300", 300, "about", "infrastructure", "homes damaged",
         "a preliminary count by the city hall", attr_alt=["the city hall"])],
      published="2024-06-19"),

    P("d56_014",
      "ADDIS ABABA, Oct 31, 2019 (Reuters) - The death toll from a week of ethnic and religious "
      "violence in Ethiopia's Oromiya region and other areas has risen to 86, Prime Minister "
      "Abiy Ahmed's press secretary said on Thursday, as police said they had arrested 409 "
      "people. Protests erupted on Oct. 23 after activist Jawar Mohammed accused security forces "
      "of trying to orchestrate an attack on him, and quickly turned into clashes between ethnic "
      "groups. Of the dead, 76 were in Oromiya, press secretary Nigussu Tilahun told a news "
      "conference, adding that 10 had been killed by security forces. Police in Oromiya said a "
      "further 200 people had been injured. Rights groups said the real numbers were likely to "
      "be higher.",
      [C("86", 86, "exact", "killed", "people in a week of violence", ABIY_PS,
         attr_alt=[NIGUSSU]),
       C("409", 409, "exact", "detained", "people arrested", "police"),
       C("76", 76, "exact", "killed", "people in Oromiya", NIGUSSU),
       C("10", 10, "exact", "killed", "people killed by security forces", NIGUSSU),
       C("200", 200, "exact", "injured", "people", "Police in Oromiya")],
      published="2019-10-31"),

    P("d56_015",
      "MAHALLA EL-KOBRA, Egypt (AP) — Riot police fired tear gas and rubber bullets at thousands "
      "of protesters angry over soaring food prices in this Nile Delta textile town for a second "
      "day Monday, and a 15-year-old boy died of a gunshot wound, hospital officials said. The "
      "Interior Ministry said 331 people had been arrested in two days of rioting and that 69 "
      "people, most of them police officers, had been injured. Protesters torched two schools "
      "and several shops and pelted police with rocks, witnesses said. Some 27,000 workers are "
      "employed at the state-owned Misr Spinning and Weaving Company, whose workers had planned "
      "a strike on Sunday that security forces blocked.",
      [C("thousands", 1000, "vague", "other", "protesters", "hospital officials",
         attr_alt=[None]),
       C("331", 331, "exact", "detained", "people arrested", EG_MOI),
       C("69", 69, "exact", "injured", "people, most of them police", EG_MOI),
       C("two", 2, "exact", "infrastructure", "schools torched", "witnesses",
         ctx="two schools"),
       C("Some 27,000", 27000, "about", "population", "workers employed at Misr Spinning",
         cat_alt=["other"])]),

    P("d56_016",
      "KHARTOUM, Jan. 30 (Xinhua) -- Sudanese rebels are holding 29 Chinese workers who were "
      "seized in an attack on a road construction site in South Kordofan state, a spokesman for "
      "the Sudan People's Liberation Movement-North (SPLM-N) said Monday. The workers were "
      "captured on Saturday when the rebels overran the camp near Abu Jubeiha, where 47 Chinese "
      "nationals had been working, Sudanese officials said. Eighteen of them escaped and were "
      "taken to safety in El Obeid, the officials said, while the body of another worker was "
      "found on Sunday. SPLM-N spokesman Arnu Ngutulu Lodi said the captives were \"safe and in "
      "good health\" and would be handed over to the International Committee of the Red Cross. "
      "Sudan's army said it had killed 12 rebels in fighting near Abu Jubeiha on Sunday.",
      [C("29", 29, "exact", "hostages", "Chinese workers held", SPLM_N),
       C("47", 47, "exact", "population", "Chinese nationals working at the camp", None,
         cat_alt=["other"], attr_alt=["Sudanese officials"]),
       C("Eighteen", 18, "exact", "other", "workers who escaped", "the officials",
         cat_alt=["hostages"], attr_alt=["Sudanese officials"]),
       C("12", 12, "exact", "killed", "rebels", "Sudan's army")]),

    # --- Asia -----------------------------------------------------------------------------------
    P("d56_017",
      "CHARSADDA, Pakistan, Jan 20, 2016 (Reuters) - Islamist gunmen stormed a university in "
      "northwest Pakistan on Wednesday, killing at least 20 people on a campus that was hosting "
      "a poetry recital, officials said. Four attackers were killed by security forces after a "
      "gunbattle that lasted several hours, an army spokesman, Lieutenant General Asim Bajwa, "
      "said on Twitter. About 3,000 students were enrolled at the Bacha Khan University in "
      "Charsadda, and some 600 guests had come for the recital, the university's vice "
      "chancellor, Fazal Rahim Marwat, told Reuters. Provincial health officials said 22 wounded "
      "people were being treated at hospitals in Charsadda and Peshawar. The attack came a little "
      "over a year after Taliban gunmen killed 134 children at an army-run school in Peshawar.",
      [C("at least 20", 20, "at_least", "killed", "people at Bacha Khan University",
         "officials"),
       C("Four", 4, "exact", "killed", "attackers", BAJWA, attr_alt=["an army spokesman"]),
       C("About 3,000", 3000, "about", "population", "students enrolled", MARWAT,
         cat_alt=["other"], attr_alt=["the university's vice chancellor"]),
       C("some 600", 600, "about", "other", "guests at the recital", MARWAT,
         attr_alt=["the university's vice chancellor"]),
       C("22", 22, "exact", "injured", "wounded people in hospital",
         "Provincial health officials"),
       C("134", 134, "exact", "killed", "children at an army-run school in Peshawar")],
      published="2016-01-20"),

    P("d56_018",
      "LAHORE, Nov 3 (AFP) - A suicide bomber killed at least 55 people near Pakistan's main "
      "border crossing with India as crowds left a popular flag-lowering ceremony, officials said "
      "Monday, in the country's deadliest attack in more than a year. More than 120 people were "
      "wounded in Sunday evening's blast near the Wagah crossing, senior police official Mushtaq "
      "Sukhera told AFP. He said the bomber, who was carrying between 20 and 25 kilograms of "
      "explosives, struck at a checkpost as thousands of spectators were leaving. Three Rangers "
      "paramilitary soldiers were among the dead, along with at least 10 women and eight "
      "children, hospital officials said. Three militant factions claimed the bombing.",
      [C("at least 55", 55, "at_least", "killed", "people near the Wagah crossing", "officials"),
       C("More than 120", 120, "more_than", "injured", "people", SUKHERA),
       C("between 20 and 25", 20, "range", "munitions", "kilograms of explosives", SUKHERA,
         high=25, optional=True, attr_alt=["He"]),
       C("thousands", 1000, "vague", "other", "spectators leaving", SUKHERA, attr_alt=["He"]),
       C("Three", 3, "exact", "killed", "Rangers soldiers", "hospital officials",
         ctx="Three Rangers"),
       C("at least 10", 10, "at_least", "killed", "women", "hospital officials"),
       C("eight", 8, "exact", "killed", "children", "hospital officials"),
       C("Three", 3, "exact", "other", "militant factions claiming the attack", optional=True,
         ctx="Three militant")]),

    P("d56_019",
      "QUETTA, Pakistan, Oct 29, 2008 (Reuters) - A strong earthquake struck southwest Pakistan "
      "before dawn on Wednesday, killing at least 160 people and leaving thousands homeless in "
      "the mountainous district of Ziarat, officials said. The magnitude 6.4 quake flattened "
      "mud-brick homes in several villages as people slept, and most of the victims were women "
      "and children, said Dilawar Khan Kakar, a senior official in Ziarat. \"We have buried 115 "
      "people so far in Wam village alone,\" a local resident, Mohammad Khan, told Reuters by "
      "telephone. The army said it had sent 400 troops, two helicopters and 1,000 tents to the "
      "area, and that some 15,000 people had lost their homes. Baluchistan provincial officials "
      "said up to 300 people were injured.",
      [C("at least 160", 160, "at_least", "killed", "people in Ziarat", "officials"),
       C("thousands", 1000, "vague", "displaced", "people left homeless", "officials"),
       C("115", 115, "exact", "killed", "people buried in Wam village", "Mohammad Khan",
         attr_alt=["a local resident"]),
       C("400", 400, "exact", "troops", "troops sent", "The army"),
       C("two", 2, "exact", "other", "helicopters sent", "The army", optional=True,
         cat_alt=["munitions", "troops"]),
       C("1,000", 1000, "exact", "aid", "tents sent", "The army"),
       C("some 15,000", 15000, "about", "displaced", "people who lost their homes", "The army"),
       C("up to 300", 300, "at_most", "injured", "people", "Baluchistan provincial officials")],
      published="2008-10-29"),

    P("d56_020",
      "Pune, Feb 14 (PTI) The death toll in the bomb blast at the German Bakery in Koregaon Park "
      "here rose to nine today with two more injured persons succumbing to their injuries, "
      "police said. Of the 57 people injured in last evening's explosion, 12 are in a critical "
      "condition, Pune Police Commissioner Satyapal Singh told reporters. Among the dead are an "
      "Italian woman and an Iranian student, he said. The explosive device, left in an "
      "unattended bag, is believed to have gone off when a waiter tried to open it, officials "
      "said. A team of 15 officers from the National Investigation Agency has reached the city "
      "to assist the probe, an official said.",
      [C("nine", 9, "exact", "killed", "people in the German Bakery blast", "police"),
       C("two", 2, "exact", "killed", "injured persons who succumbed", "police"),
       C("57", 57, "exact", "injured", "people", SATYAPAL),
       C("12", 12, "exact", "injured", "people in a critical condition", SATYAPAL),
       C("15", 15, "exact", "troops", "NIA officers sent", "an official", cat_alt=["other"])]),

    P("d56_021",
      "Updated: May 26, 2013 14:32 IST\n"
      "Raipur, May 26 (PTI) The toll in yesterday's Maoist ambush on a convoy of Congress leaders "
      "in Chhattisgarh's Bastar region has risen to 27, including state Congress chief Nand Kumar "
      "Patel and senior leader Mahendra Karma, police said. About 32 people, among them former "
      "Union minister V C Shukla, were injured, a senior police official said. Some 200 to 250 "
      "Maoists, several of them women, took part in the attack in the Jhiram valley near Darbha, "
      "he said. Eight of the dead were security personnel, according to the state police. The "
      "Union Home Ministry has sent 4,000 more CRPF personnel to the state, a ministry official "
      "in New Delhi said.",
      [C("27", 27, "exact", "killed", "people in the Jhiram ambush", "police"),
       C("About 32", 32, "about", "injured", "people", CG_OFFICIAL),
       C("200 to 250", 200, "range", "troops", "Maoists in the attack", CG_OFFICIAL, high=250,
         cat_alt=["other"], attr_alt=["he"]),
       C("Eight", 8, "exact", "killed", "security personnel", "the state police"),
       C("4,000", 4000, "exact", "troops", "CRPF personnel sent",
         "a ministry official in New Delhi", attr_alt=["The Union Home Ministry"])],
      published="2013-05-26"),

    P("d56_022",
      "Datia (MP), Oct 13 (PTI) At least 89 people, many of them women and children, were killed "
      "and over 100 injured in a stampede near the Ratangarh Mata temple in Madhya Pradesh's "
      "Datia district today, police said. The stampede was triggered by a rumour that a bridge "
      "over the Sindh river, which was packed with devotees, was about to collapse, Inspector "
      "General of Police (Chambal Range) D K Arya said. Nearly 500,000 devotees had gathered at "
      "the temple for Navratri and 27 of the injured had been referred to hospitals in Gwalior, "
      "he said. Some devotees jumped into the river and the number of dead could rise as divers "
      "were still searching for bodies, officials said. In 2006, 57 pilgrims had drowned at the "
      "same spot when the swollen river swept them away.",
      [C("At least 89", 89, "at_least", "killed", "people in the Ratangarh stampede", "police"),
       C("over 100", 100, "more_than", "injured", "people", "police"),
       C("Nearly 500,000", 500000, "about", "other", "devotees gathered", ARYA,
         attr_alt=["he"]),
       C("27", 27, "exact", "injured", "injured referred to Gwalior", ARYA, attr_alt=["he"]),
       C("57", 57, "exact", "killed", "pilgrims drowned in 2006")]),

    P("d56_023",
      "DHAKA, Oct. 23 (Xinhua) -- At least 17 people were killed and over 100 others injured "
      "when a goods train rammed into a passenger train in Bhairab of Bangladesh's Kishoreganj "
      "district on Monday afternoon, officials said. The goods train hit the rear of the "
      "Egarosindhur Godhuli Express as it was leaving Bhairab station for Dhaka, causing two of "
      "its carriages to overturn, local police chief Rasel Sheikh told Xinhua. Rescuers have "
      "pulled out 17 bodies so far, and about 40 of the injured are in critical condition, he "
      "said. Fire service official Rezaul Karim said at least 10 rescue teams were working at the "
      "site. Bangladesh Railway has formed a committee to investigate the accident.",
      [C("At least 17", 17, "at_least", "killed", "people in the Bhairab collision",
         "officials"),
       C("over 100", 100, "more_than", "injured", "people", "officials"),
       C("two", 2, "exact", "other", "carriages overturned", RASEL, optional=True),
       C("17", 17, "exact", "killed", "bodies pulled out", RASEL, ctx="pulled out 17",
         attr_alt=["he"]),
       C("about 40", 40, "about", "injured", "injured in critical condition", RASEL,
         attr_alt=["he"]),
       C("at least 10", 10, "at_least", "other", "rescue teams", "Fire service official Rezaul "
         "Karim", optional=True, cat_alt=["troops"])]),

    P("d56_024",
      "KATHMANDU, May 30, 2022 (Reuters) - Rescuers in Nepal found the wreckage of a passenger "
      "plane that crashed in the mountains with 22 people on board and recovered 14 bodies, the "
      "army said on Monday, a day after the aircraft lost contact with air traffic control. The "
      "Tara Air Twin Otter, flying from the tourist town of Pokhara to Jomsom, was carrying four "
      "Indians, two Germans and 16 Nepalis, including three crew, the airline said. Army "
      "spokesman Narayan Silwal said the debris was scattered over a hillside at an altitude of "
      "14,500 feet in Mustang district and that bad weather had delayed the search. \"We are "
      "searching for the remaining eight,\" Silwal said. In 2018, 51 people were killed when a "
      "US-Bangla Airlines plane crashed on landing at Kathmandu's airport.",
      [C("22", 22, "exact", "other", "people on board", "the army", cat_alt=["killed"]),
       C("14", 14, "exact", "killed", "bodies recovered", "the army"),
       C("four", 4, "exact", "other", "Indians on board", "the airline", cat_alt=["killed"]),
       C("two", 2, "exact", "other", "Germans on board", "the airline", cat_alt=["killed"]),
       C("16", 16, "exact", "other", "Nepalis on board", "the airline", cat_alt=["killed"]),
       C("three", 3, "exact", "other", "crew", "the airline", cat_alt=["killed"]),
       C("eight", 8, "exact", "missing", "people still searched for", SILWAL,
         attr_alt=["Silwal"]),
       C("51", 51, "exact", "killed", "people in the 2018 US-Bangla crash")],
      published="2022-05-30"),

    P("d56_025",
      "GENTING HIGHLANDS, Aug 21 (Bernama) -- The death toll in the bus crash on the Genting "
      "Highlands-Kuala Lumpur road has risen to 37, making it the worst road accident in the "
      "country's history, police said. Pahang police chief Datuk Sharifuddin Ab Ghani said the "
      "bus, which was carrying 53 passengers, plunged about 60 metres into a ravine at about 2.30 "
      "pm after the driver lost control on a sharp bend. Sixteen injured passengers are being "
      "treated at Kuala Lumpur Hospital and Selayang Hospital, four of them in the intensive care "
      "unit, he said. Most of the passengers were local residents returning from the resort, "
      "including a group of 20 domestic tourists, he added. A total of 60 personnel took part in "
      "the rescue operation, the state Fire and Rescue Department said.",
      [C("37", 37, "exact", "killed", "people in the Genting bus crash", "police"),
       C("53", 53, "exact", "other", "passengers on board", None, attr_alt=[SHARIFUDDIN]),
       C("Sixteen", 16, "exact", "injured", "injured passengers", SHARIFUDDIN,
         attr_alt=["he"]),
       C("four", 4, "exact", "injured", "passengers in intensive care", SHARIFUDDIN,
         attr_alt=["he"]),
       C("20", 20, "exact", "other", "domestic tourists on board", SHARIFUDDIN,
         attr_alt=["he"]),
       C("60", 60, "exact", "troops", "rescue personnel", "the state Fire and Rescue Department",
         cat_alt=["other"], ctx="60 personnel")]),

    P("d56_026",
      "02/04/2016 09:45 PM\n"
      "SEMPORNA, April 2 (Bernama) -- Four Malaysian crew members of a tugboat were abducted by "
      "gunmen believed to be from the southern Philippines in waters off Pulau Ligitan on Friday "
      "evening, the Eastern Sabah Security Command (Esscom) said. Esscom commander Datuk Abdul "
      "Rashid Harun said the tugboat Massive 6, which was towing a barge from Manila to Tawau, was "
      "intercepted by eight armed men in two speedboats at about 6.15 pm. Five other crew "
      "members, all Myanmar nationals, were released unharmed and brought the vessel to Semporna, "
      "he said. Police have stepped up patrols and are working with the Philippine authorities "
      "to track the kidnappers, he added. In May last year, two Malaysians were abducted from a "
      "seafood restaurant in Sandakan; one of them was later beheaded.",
      [C("Four", 4, "exact", "hostages", "Malaysian crew members abducted", ESSCOM),
       C("eight", 8, "exact", "troops", "armed men", RASHID, cat_alt=["other"]),
       C("two", 2, "exact", "other", "speedboats", RASHID, optional=True,
         cat_alt=["munitions"], ctx="two speedboats"),
       C("Five", 5, "exact", "hostages", "Myanmar crew released", RASHID,
         cat_alt=["other"], attr_alt=["he"]),
       C("two", 2, "exact", "hostages", "Malaysians abducted in Sandakan last year",
         ctx="two Malaysians"),
       C("one", 1, "exact", "killed", "Sandakan hostage beheaded", optional=True,
         cat_alt=["hostages"], ctx="one of them was later beheaded")],
      published="2016-04-02"),

    P("d56_027",
      "2014-08-02 19:11:33\n"
      "URUMQI, Aug. 2 (Xinhua) -- Thirty-seven civilians were killed and 13 injured in a "
      "terrorist attack in Shache County of northwest China's Xinjiang Uygur Autonomous Region on "
      "Monday, local authorities said Saturday. Police shot dead 59 terrorists and captured 215 "
      "others, according to the regional government's information office. A gang armed with "
      "knives and axes attacked a police station and government offices in Elixku township "
      "before some members moved on to Huangdi township, where they attacked civilians and "
      "smashed and burned vehicles, the office said. Among the civilians killed were 35 Han and "
      "two Uygur people, it said. Thirty-one vehicles were smashed, six of which were burned, "
      "according to the statement.",
      [C("Thirty-seven", 37, "exact", "killed", "civilians in Shache", "local authorities"),
       C("13", 13, "exact", "injured", "civilians", "local authorities"),
       C("59", 59, "exact", "killed", "attackers shot dead", XJ_OFFICE),
       C("215", 215, "exact", "detained", "attackers captured", XJ_OFFICE),
       C("35", 35, "exact", "killed", "Han civilians", XJ_OFFICE, attr_alt=["it", "the office"]),
       C("two", 2, "exact", "killed", "Uygur civilians", XJ_OFFICE,
         attr_alt=["it", "the office"]),
       C("Thirty-one", 31, "exact", "other", "vehicles smashed", "the statement", optional=True,
         cat_alt=["infrastructure"], attr_alt=[XJ_OFFICE]),
       C("six", 6, "exact", "other", "vehicles burned", "the statement", optional=True,
         cat_alt=["infrastructure"], attr_alt=[XJ_OFFICE])],
      published="2014-08-02"),

    P("d56_028",
      "SAGAMIHARA, Japan, July 26 (Kyodo) -- A knife-wielding man killed 19 people and injured "
      "26 others at a care facility for people with disabilities in Sagamihara, Kanagawa "
      "Prefecture, early Tuesday, in Japan's deadliest mass killing since the end of World War "
      "II, police said. Satoshi Uematsu, 26, a former employee of the Tsukui Yamayuri En "
      "facility, turned himself in at a nearby police station about two hours after the attack, "
      "which began around 2:10 a.m. Of the injured, 20 were seriously hurt, according to the "
      "local fire department. The facility housed 149 residents aged between 19 and 75 at the "
      "time, the prefectural government said. Uematsu had written in a letter to the speaker of "
      "the House of Representatives in February that he could kill 470 disabled people.",
      [C("19", 19, "exact", "killed", "people at Tsukui Yamayuri En", "police",
         ctx="killed 19"),
       C("26", 26, "exact", "injured", "people", "police", ctx="26 others"),
       C("20", 20, "exact", "injured", "people seriously hurt", "the local fire department"),
       C("149", 149, "exact", "population", "residents of the facility",
         "the prefectural government", cat_alt=["other"]),
       C("470", 470, "exact", "other", "disabled people he threatened to kill", "Uematsu",
         optional=True, cat_alt=["killed"])]),

    P("d56_029",
      "KUALA LUMPUR, Nov 26 (Bernama) -- About 6,000 Malaysians remain stranded in Hat Yai after "
      "the worst floods in decades swept through southern Thailand, Foreign Minister Datuk Seri "
      "Mohamad Hasan said today. He said the Malaysian consulate in Songkhla had received more "
      "than 1,200 requests for help and that 35 buses had been sent to bring home those who could "
      "be reached by road. The death toll in Songkhla province stood at 33, with at least 12 "
      "people still missing, according to Thai authorities. The National Disaster Management "
      "Agency (NADMA) has dispatched 20 tonnes of food and drinking water to the border, he said. "
      "In Kelantan, nearly 8,000 flood victims have been moved to 65 relief centres as rising "
      "rivers threatened the state's northern districts.",
      [C("About 6,000", 6000, "about", "other", "Malaysians stranded in Hat Yai", MOHAMAD_HASAN,
         cat_alt=["population"]),
       C("more than 1,200", 1200, "more_than", "other", "requests for help", MOHAMAD_HASAN,
         attr_alt=["He"]),
       C("35", 35, "exact", "other", "buses sent", MOHAMAD_HASAN, optional=True,
         cat_alt=["aid"], attr_alt=["He"]),
       C("33", 33, "exact", "killed", "people in Songkhla province", "Thai authorities"),
       C("at least 12", 12, "at_least", "missing", "people in Songkhla", "Thai authorities"),
       C("20", 20, "exact", "aid", "tonnes of food and water", MOHAMAD_HASAN,
         attr_alt=["he"]),
       C("nearly 8,000", 8000, "about", "displaced", "flood victims moved in Kelantan"),
       C("65", 65, "exact", "infrastructure", "relief centres", None, cat_alt=["other", "aid"])]),

    # --- Middle East (with the Ambon riots, d56_031, kept in this slot) ------------------------
    P("d56_030",
      "BAGHDAD, Jan 21, 2021 (Reuters) - Two suicide bombers blew themselves up in a busy market "
      "in central Baghdad on Thursday, killing at least 32 people and wounding 110 in the Iraqi "
      "capital's first major suicide attack in three years, the health ministry said. The first "
      "bomber cried out that he felt ill in the crowded Bab al-Sharqi market in Tayaran Square, "
      "drawing people around him before detonating his explosives, the interior ministry said. "
      "Health Minister Hassan al-Tamimi said all of the city's hospitals had been mobilised and "
      "that 25 of the wounded were in serious condition. Islamic State claimed responsibility "
      "late on Thursday, saying in a statement that its two \"martyrs\" had killed or wounded 140 "
      "people. A suicide bombing in the same square in January 2018 killed 38 people.",
      [C("Two", 2, "exact", "troops", "suicide bombers", "the health ministry",
         cat_alt=["other", "killed"], attr_alt=[None]),
       C("at least 32", 32, "at_least", "killed", "people in Tayaran Square",
         "the health ministry"),
       C("110", 110, "exact", "injured", "people in Tayaran Square", "the health ministry"),
       C("25", 25, "exact", "injured", "wounded in serious condition", TAMIMI),
       C("two", 2, "exact", "troops", "suicide bombers (\"martyrs\")", "Islamic State",
         optional=True, cat_alt=["other", "killed"]),
       C("140", 140, "exact", "injured", "people killed or wounded", "Islamic State",
         cat_alt=["killed", "other"]),
       C("38", 38, "exact", "killed", "people in January 2018")],
      published="2021-01-21"),

    P("d56_031",
      "AMBON, Indonesia, Sept 12, 2011 (AFP) - Clashes between Christian and Muslim mobs in the "
      "eastern Indonesian city of Ambon have killed at least three people and injured 89, police "
      "said Monday, reviving fears of a return to the sectarian bloodshed that ravaged the Maluku "
      "islands a decade ago. The violence erupted on Sunday after the funeral of a Muslim "
      "motorcycle taxi driver who residents said had been murdered, though police said he died in "
      "a traffic accident. Mobs torched dozens of houses and set up roadblocks across the city, "
      "national police spokesman Anton Bachrul Alam told AFP, adding that 400 extra police and "
      "soldiers had been flown in from Jakarta and Makassar. About 3,000 residents had fled their "
      "homes and were sheltering in mosques, churches and military barracks, a local official "
      "said. Some 5,000 people died in fighting between Christians and Muslims in the region "
      "between 1999 and 2002.",
      [C("at least three", 3, "at_least", "killed", "people in Ambon", "police"),
       C("89", 89, "exact", "injured", "people in Ambon", "police"),
       C("dozens", 12, "vague", "infrastructure", "houses torched", ALAM),
       C("400", 400, "exact", "troops", "extra police and soldiers flown in", ALAM),
       C("About 3,000", 3000, "about", "displaced", "residents who fled their homes",
         "a local official"),
       C("Some 5,000", 5000, "about", "killed", "people in Maluku fighting in 1999-2002")],
      published="2011-09-12"),

    P("d56_032",
      "QATIF, Saudi Arabia (AP) — A suicide bomber struck a Shiite mosque packed with worshippers "
      "during Friday prayers in eastern Saudi Arabia, killing at least 21 people and wounding "
      "more than 100 in an attack claimed by the Islamic State group, officials and witnesses "
      "said. The bomber detonated an explosive belt hidden under his clothes inside the Imam Ali "
      "bin Abi Talib mosque in the village of al-Qudeih, the Interior Ministry said in a "
      "statement carried by the state-run Saudi Press Agency. A local health official said 12 of "
      "the wounded remained in critical condition. About 150 people had been praying in the "
      "mosque when the bomb went off, a witness, Mohammed al-Zayer, told The Associated Press by "
      "telephone. The Interior Ministry later said it had identified the bomber and that 26 "
      "people linked to his cell had been arrested.",
      [C("at least 21", 21, "at_least", "killed", "worshippers in al-Qudeih",
         "officials and witnesses"),
       C("more than 100", 100, "more_than", "injured", "worshippers",
         "officials and witnesses"),
       C("12", 12, "exact", "injured", "wounded in critical condition",
         "A local health official"),
       C("About 150", 150, "about", "other", "people praying in the mosque", ZAYER,
         attr_alt=["a witness"]),
       C("26", 26, "exact", "detained", "people linked to the cell arrested",
         "The Interior Ministry")]),

    P("d56_033",
      "BEIRUT, Nov 12, 2015 (AFP) - Twin suicide bombings claimed by the Islamic State group "
      "killed at least 41 people and wounded more than 200 in a Hezbollah stronghold in southern "
      "Beirut on Thursday, Lebanon's health minister said. The explosions struck a busy shopping "
      "street in the Burj al-Barajneh neighbourhood at rush hour, minutes apart, Health Minister "
      "Wael Abu Faour told reporters at the scene. Dozens of the wounded were in critical "
      "condition, hospital officials said. The Red Cross said its ambulances had ferried 65 "
      "wounded people to hospitals across the capital. The army said it had detained two people "
      "suspected of links to the attack. It was the deadliest bombing in Hezbollah's southern "
      "suburbs since the end of Lebanon's 1975-1990 civil war.",
      [C("at least 41", 41, "at_least", "killed", "people in Burj al-Barajneh", LB_HEALTH,
         attr_alt=[ABU_FAOUR]),
       C("more than 200", 200, "more_than", "injured", "people in Burj al-Barajneh", LB_HEALTH,
         attr_alt=[ABU_FAOUR]),
       C("Dozens", 12, "vague", "injured", "wounded in critical condition",
         "hospital officials"),
       C("65", 65, "exact", "injured", "wounded ferried by ambulance", "The Red Cross"),
       C("two", 2, "exact", "detained", "suspects detained", "The army")],
      published="2015-11-12"),

    P("d56_034",
      "BEIRUT, Oct 14 (Reuters) - Six people were killed and 32 wounded in Beirut on Thursday "
      "when gunfire erupted during a protest by Hezbollah and Amal supporters against the judge "
      "investigating last year's port explosion, in the worst street violence in the Lebanese "
      "capital for more than a decade. Snipers fired from rooftops on protesters as they passed "
      "the Tayouneh roundabout, Interior Minister Bassam Mawlawi told reporters. The army said it "
      "had arrested nine people, including a Syrian, and deployed troops across the area. A "
      "Reuters witness saw dozens of gunmen firing rifles and rocket-propelled grenades in the "
      "streets between the Shi'ite Muslim suburb of Chiyah and the mainly Christian area of Ain "
      "el-Remmaneh. Hezbollah and Amal said in a joint statement that five of the dead were their "
      "supporters.",
      [C("Six", 6, "exact", "killed", "people at Tayouneh", None, attr_alt=[MAWLAWI]),
       C("32", 32, "exact", "injured", "people at Tayouneh", None, attr_alt=[MAWLAWI]),
       C("nine", 9, "exact", "detained", "people arrested", "The army"),
       C("dozens", 12, "vague", "troops", "gunmen", "A Reuters witness", cat_alt=["other"],
         attr_alt=[None]),
       C("five", 5, "exact", "killed", "Hezbollah and Amal supporters", "Hezbollah and Amal")]),

    P("d56_035",
      "ANKARA, Dec 29, 2011 (AFP) - Turkish warplanes killed 35 civilians in a night-time raid "
      "near the Iraqi border after mistaking a group of young smugglers for Kurdish rebels, "
      "officials and a pro-Kurdish party said Thursday. Most of the victims, from the village of "
      "Ortasu in Sirnak province's Uludere district, were in their late teens or early 20s and "
      "had been bringing fuel and cigarettes across the border on mules, said Fehmi Yaman, the "
      "local mayor. The army said in a statement that two F-16s had struck after drones spotted a "
      "group of about 40 people moving towards the border at night. Two members of the group "
      "survived, the mayor told AFP. The pro-Kurdish Peace and Democracy Party (BDP) said the "
      "dead included 17 members of the same extended family.",
      [C("35", 35, "exact", "killed", "civilians near Uludere", "officials and a pro-Kurdish "
         "party"),
       C("two", 2, "exact", "munitions", "F-16s", "The army", ctx="two F-16s"),
       C("about 40", 40, "about", "other", "people in the group", "The army"),
       C("Two", 2, "exact", "other", "survivors", YAMAN, attr_alt=["the mayor"],
         ctx="Two members"),
       C("17", 17, "exact", "killed", "members of the same family", BDP)],
      published="2011-12-29"),

    P("d56_036",
      "KAYSERI, Turkey (AA) - Thirteen soldiers were killed and 55 others injured on Saturday "
      "when a car bomb struck a public bus carrying off-duty troops in the central Turkish "
      "province of Kayseri, the Turkish General Staff said. The soldiers, from the Kayseri-based "
      "1st Commando Brigade, were on their way to a weekend market when the explosives-laden car "
      "detonated next to the bus near Erciyes University, the military said in a statement. "
      "Deputy Prime Minister Veysi Kaynak told reporters that 12 of the injured were in intensive "
      "care, six of them in critical condition. Police have detained seven suspects in connection "
      "with the attack, according to Interior Minister Suleyman Soylu. The bombing came a week "
      "after twin bombings in Istanbul killed 44 people.",
      [C("Thirteen", 13, "exact", "killed", "soldiers in Kayseri", TR_GS),
       C("55", 55, "exact", "injured", "soldiers in Kayseri", TR_GS),
       C("12", 12, "exact", "injured", "injured in intensive care", KAYNAK),
       C("six", 6, "exact", "injured", "injured in critical condition", KAYNAK),
       C("seven", 7, "exact", "detained", "suspects detained", SOYLU),
       C("44", 44, "exact", "killed", "people in twin bombings in Istanbul a week earlier")]),

    P("d56_037",
      "12.01.2016\n"
      "ISTANBUL (AA) - Ten people were killed and 15 others injured in a suicide bombing in "
      "Istanbul's historic Sultanahmet Square on Tuesday, the Istanbul Governor's Office said. "
      "The bomber, identified as a Syrian national born in 1988, blew himself up among a group "
      "of 33 German tourists near the Obelisk of Theodosius at 10.18 a.m. local time, Prime "
      "Minister Ahmet Davutoglu said in a televised address. German Foreign Minister "
      "Frank-Walter Steinmeier later confirmed that at least eight of the dead were German "
      "nationals. Two of the injured were in serious condition, according to the governor's "
      "office. Authorities closed the square and the nearby Blue Mosque and Hagia Sophia to "
      "visitors.",
      [C("Ten", 10, "exact", "killed", "people in Sultanahmet Square", IST_GOV),
       C("15", 15, "exact", "injured", "people", IST_GOV),
       C("33", 33, "exact", "other", "German tourists in the group", DAVUTOGLU),
       C("at least eight", 8, "at_least", "killed", "German nationals", STEINMEIER),
       C("Two", 2, "exact", "injured", "injured in serious condition", "the governor's office",
         attr_alt=[IST_GOV])],
      published="2016-01-12"),

    P("d56_038",
      "BEIRUT, May 23, 2012 (AFP) - Syrian rebels are holding 11 Lebanese Shiite pilgrims who "
      "were seized in northern Syria on their way home from Iran, Lebanese officials said "
      "Wednesday, a day after the kidnapping sparked angry protests in Beirut. The men were taken "
      "from two buses near the town of Azaz in Aleppo province on Tuesday, while the 13 women "
      "travelling with them were released and have returned to Lebanon, Interior Minister Marwan "
      "Charbel said. About 60 people were travelling in the convoy, according to a relative of "
      "one of the captives. Hundreds of young men blocked roads with burning tyres in Beirut's "
      "southern suburbs overnight until Hezbollah chief Hassan Nasrallah called for calm. A rebel "
      "commander in the area told AFP by telephone that the men were \"safe\" and accused some "
      "of them of belonging to Hezbollah, a charge their families deny.",
      [C("11", 11, "exact", "hostages", "Lebanese pilgrims held", "Lebanese officials"),
       C("two", 2, "exact", "other", "buses", CHARBEL, optional=True),
       C("13", 13, "exact", "hostages", "women released", CHARBEL),
       C("About 60", 60, "about", "other", "people in the convoy",
         "a relative of one of the captives"),
       C("Hundreds", 100, "vague", "other", "young men blocking roads")],
      published="2012-05-23"),

    P("d56_039",
      "QAMISHLI, Syria (AFP) - A truck bomb claimed by the Islamic State group tore through the "
      "Kurdish-held city of Qamishli in northeastern Syria on Wednesday, killing at least 44 "
      "people and wounding dozens, a monitor said. The Syrian Observatory for Human Rights said "
      "the death toll could rise because more than 30 of the wounded were in critical condition. "
      "The explosion, near a building used by the Kurdish Asayish security forces, left a deep "
      "crater and brought down several buildings, an AFP correspondent said. Kurdish health "
      "officials put the number of wounded at 140. Syrian state television said 50 people had "
      "been killed and 171 wounded.",
      [C("at least 44", 44, "at_least", "killed", "people in Qamishli", "a monitor",
         attr_alt=[SOHR]),
       C("dozens", 12, "vague", "injured", "people in Qamishli", "a monitor", attr_alt=[SOHR]),
       C("more than 30", 30, "more_than", "injured", "wounded in critical condition", SOHR),
       C("140", 140, "exact", "injured", "people", "Kurdish health officials"),
       C("50", 50, "exact", "killed", "people", "Syrian state television"),
       C("171", 171, "exact", "injured", "people", "Syrian state television")]),

    P("d56_040",
      "JERUSALEM (AP) — A Palestinian gunman opened fire in the library of a Jewish seminary in "
      "Jerusalem on Thursday night, killing eight students before he was shot dead, Israeli "
      "police and rescue officials said. Police spokesman Micky Rosenfeld said nine people had "
      "been wounded, three of them seriously. The gunman, armed with an assault rifle and a "
      "pistol, fired hundreds of rounds inside the Mercaz Harav yeshiva, which has about 500 "
      "students, said Yehuda Meshi-Zahav of the ZAKA rescue service. An off-duty army officer who "
      "lived nearby and a student who had a gun shot the attacker, police said. Thousands of "
      "mourners gathered outside the seminary on Friday morning as Israeli leaders vowed a tough "
      "response.",
      [C("eight", 8, "exact", "killed", "students", "Israeli police and rescue officials"),
       C("nine", 9, "exact", "injured", "people", ROSENFELD),
       C("three", 3, "exact", "injured", "people seriously wounded", ROSENFELD),
       C("hundreds", 100, "vague", "munitions", "rounds fired", MESHI_ZAHAV,
         cat_alt=["other"]),
       C("about 500", 500, "about", "population", "students at the yeshiva", None,
         cat_alt=["other"], attr_alt=[MESHI_ZAHAV]),
       C("Thousands", 1000, "vague", "other", "mourners")]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d56_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
