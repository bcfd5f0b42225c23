"""Source of the ninety-seventh development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on wars, insurgencies and armed attacks outside the Middle East
(Africa, South and Southeast Asia, Latin America, the Caucasus and the Balkans), 1991–2023:
ambushes, massacres, bombings, sieges, raids on camps and bases, and casualty updates by
armies, rebels, UN agencies, the ICRC and hospitals. Written for this set (none copied from an
article) in the style of wire copy (AP, Reuters, AFP, EFE, Xinhua, Antara, PTI, Itar-Tass),
regional dailies and broadcasters with their own date furniture, UN and ICRC statements quoted
in news and a live blog. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the
set tests extraction, not facts.

Run ``python tests/devset97/build_devset97.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset97")

ECOMOG = "A spokesman for the ECOMOG force"
MONUSCO_FULL = ("The United Nations peacekeeping mission in the Democratic Republic of the Congo "
                "(MONUSCO)")
ZULUM = "Governor Babagana Zulum"
OYO_POLICE = "The Oyo State Police Command"
COMMUNITY = "A community leader"
TCHIROMA = "Communication Minister Issa Tchiroma Bakary"
TRAORE_MIN = "Mali's security minister"
ICRC = "the International Committee of the Red Cross"
WIJERATNE = "ICRC spokeswoman Sarasi Wijeratne"
HOME_MIN = "A Home Ministry spokesman"
OEGROSENO = "Central Sulawesi police chief Brig. Gen. Oegroseno"
KAMAL = "Papua Police spokesman Sr. Comr. Ahmad Musthofa Kamal"
ASCENCIO = "Police chief Carlos Ascencio"
MENOCAL = "Interior Minister Carlos Menocal"
CRO_MOI = "the Croatian Interior Ministry"
SRNA = "the Bosnian Serb news agency SRNA"
UNHCR_KK = "Officials of the U.N. refugee agency UNHCR"

PASSAGES = [
    # --- West and Central Africa ---------------------------------------------------------------
    P("d97_001",
      "MONROVIA, June 7, 1993 (AFP) - Gunmen armed with machetes and automatic rifles killed at "
      "least 300 people, most of them women and children, in a pre-dawn raid on a camp for "
      "displaced people near Harbel, 50 kilometres (30 miles) east of Monrovia, West African "
      "peacekeepers said on Monday. A spokesman for the ECOMOG force told AFP its soldiers had "
      "counted 312 bodies at the Carter Camp by Sunday evening and that 41 wounded survivors had "
      "been brought to the capital. The camp sheltered some 6,000 people who had fled fighting in "
      "Margibi county, according to relief workers, who said they had trucked in 40 tonnes of "
      "rice for those who remained. The interim government blamed Charles Taylor's National "
      "Patriotic Front of Liberia (NPFL), which denied any role. \"They went from hut to hut,\" "
      "said one survivor, a 34-year-old mother of four. \"I lost two of my children.\"",
      [C("at least 300", 300, "at_least", "killed", "people at the Harbel camp",
         "West African peacekeepers"),
       C("312", 312, "exact", "killed", "bodies counted at Carter Camp", ECOMOG),
       C("41", 41, "exact", "injured", "wounded survivors brought to Monrovia", ECOMOG),
       C("some 6,000", 6000, "about", "displaced", "people sheltering at the camp",
         "relief workers", cat_alt=["population"]),
       C("40", 40, "exact", "aid", "tonnes of rice trucked in", "relief workers"),
       C("four", 4, "exact", "other", "survivor's children", None, optional=True,
         ctx="mother of four"),
       C("two", 2, "exact", "killed", "survivor's children", "one survivor", optional=True,
         ctx="two of my children")],
      published="1993-06-07"),

    P("d97_002",
      "BUJUMBURA, Dec 29 (Reuters) - Hutu rebels who stopped a bus on the main road north of "
      "Bujumbura shot dead 21 passengers, among them a British woman, after separating them by "
      "ethnic group, Burundi's army said on Friday. The Titanic Express coach, travelling from "
      "Kigali to the Burundian capital with about 30 people on board, was ambushed on Thursday "
      "evening near Kivoga, some 10 km from the city, an army spokesman said. Three passengers "
      "survived by lying under the bodies, and two of them were being treated for gunshot wounds, "
      "hospital officials said. The government blamed the Forces for National Liberation (FNL), "
      "which has not commented. More than 200,000 people have been killed in Burundi's civil war "
      "since 1993, according to aid agencies.",
      [C("21", 21, "exact", "killed", "bus passengers", "Burundi's army"),
       C("about 30", 30, "about", "other", "people on board the coach", "an army spokesman",
         attr_alt=["Burundi's army"]),
       C("Three", 3, "exact", "other", "passengers who survived", "hospital officials"),
       C("two", 2, "exact", "injured", "survivors with gunshot wounds", "hospital officials"),
       C("More than 200,000", 200000, "more_than", "killed", "people in Burundi's civil war",
         "aid agencies")]),

    P("d97_003",
      "DR Congo: UN mission condemns 'horrific' attack on Mutarule villagers\n"
      "7 June 2014 – The United Nations peacekeeping mission in the Democratic Republic of the "
      "Congo (MONUSCO) has condemned an overnight attack on the village of Mutarule, in South "
      "Kivu province, in which at least 30 civilians, including eight children, were killed. "
      "According to the mission, unidentified armed men opened fire on residents, some of whom "
      "had gathered in a church, and set fire to several houses. Another 26 people were wounded, "
      "11 of them critically, local health workers told UN staff. MONUSCO said it had deployed "
      "around 150 peacekeepers to reinforce security in the Ruzizi plain, where tension between "
      "the Bafuliru and Barundi communities has run high for months.",
      [C("at least 30", 30, "at_least", "killed", "civilians in Mutarule", None,
         attr_alt=[MONUSCO_FULL]),
       C("eight", 8, "exact", "killed", "children", None, attr_alt=[MONUSCO_FULL]),
       C("26", 26, "exact", "injured", "people in Mutarule", "local health workers"),
       C("11", 11, "exact", "injured", "people critically wounded", "local health workers"),
       C("around 150", 150, "about", "troops", "peacekeepers deployed", "MONUSCO")],
      published="2014-06-07"),

    P("d97_004",
      "KAMPALA, April 24 (Reuters) - Rebels of the Lord's Resistance Army killed at least 170 "
      "people, most of them men and boys, after overrunning the northern trading centre of Atiak "
      "on Saturday, Ugandan army officials said on Monday. The rebels lined up civilians beside a "
      "river and shot them, survivors told local journalists, and abducted dozens of children to "
      "serve as fighters and porters. An army spokesman in Gulu said soldiers had buried 174 "
      "bodies and that 15 wounded people were being treated at Lacor hospital. Local officials "
      "put the number of people who had fled Atiak for Gulu town at about 4,000. The LRA has been "
      "fighting the government of President Yoweri Museveni since 1987.",
      [C("at least 170", 170, "at_least", "killed", "people in Atiak", "Ugandan army officials"),
       C("dozens", 12, "vague", "hostages", "children abducted", "survivors", attr_alt=[None]),
       C("174", 174, "exact", "killed", "bodies buried", "An army spokesman in Gulu"),
       C("15", 15, "exact", "injured", "wounded people at Lacor hospital",
         "An army spokesman in Gulu"),
       C("about 4,000", 4000, "about", "displaced", "people who fled Atiak",
         "Local officials")]),

    P("d97_005",
      "LRA rebels kill 41 in Lukodi camp raid\n"
      "Monday, May 24, 2004\n"
      "By Monitor Reporter\n"
      "GULU – Lord's Resistance Army rebels last Wednesday night attacked Lukodi camp for "
      "internally displaced people, 17 kilometres north of Gulu town, killing 41 people and "
      "burning more than 200 huts, the army has said. The 4th Division spokesman said the "
      "attackers, about 60 of them, overwhelmed a detachment of Local Defence Unit militiamen "
      "guarding the camp. Residents who spoke to Daily Monitor gave a higher toll, saying they had "
      "buried 57 bodies, among them 14 children who were burnt in their huts. The camp is home to "
      "over 7,000 people.",
      [C("41", 41, "exact", "killed", "people in Lukodi (headline)", None, ctx="kill 41"),
       C("41", 41, "exact", "killed", "people in Lukodi", "the army", ctx="killing 41"),
       C("more than 200", 200, "more_than", "infrastructure", "huts burned", "the army",
         cat_alt=["other"]),
       C("about 60", 60, "about", "troops", "LRA attackers", "The 4th Division spokesman",
         cat_alt=["other"]),
       C("57", 57, "exact", "killed", "bodies buried by residents", "Residents",
         attr_alt=["Residents who spoke to Daily Monitor"]),
       C("14", 14, "exact", "killed", "children burnt in huts", "Residents",
         attr_alt=["Residents who spoke to Daily Monitor"]),
       C("over 7,000", 7000, "more_than", "displaced", "people in Lukodi camp", None,
         cat_alt=["population"])],
      published="2004-05-24"),

    P("d97_006",
      "MOGADISHU, Sept 2 (Reuters) - Al Shabaab militants who stormed an African Union base at "
      "Janaale, 90 km southwest of Mogadishu, killed 12 Ugandan soldiers, the Ugandan military "
      "said on Wednesday, rejecting the group's claim to have killed more than 50. The militants "
      "rammed a car bomb into the gate before dawn on Tuesday and fought their way inside, a "
      "Somali military officer in the Lower Shabelle region told Reuters, adding that the "
      "attackers had driven off with four military vehicles. A Ugandan army spokesman said two "
      "more soldiers were unaccounted for. Uganda has about 6,000 troops in AMISOM, the African "
      "Union's 22,000-strong force in Somalia.",
      [C("12", 12, "exact", "killed", "Ugandan soldiers", "the Ugandan military"),
       C("more than 50", 50, "more_than", "killed", "soldiers (militants' claim)", "the group",
         attr_alt=["Al Shabaab"]),
       C("four", 4, "exact", "munitions", "military vehicles seized",
         "a Somali military officer in the Lower Shabelle region", cat_alt=["other"]),
       C("two", 2, "exact", "missing", "Ugandan soldiers unaccounted for",
         "A Ugandan army spokesman"),
       C("about 6,000", 6000, "about", "troops", "Ugandan troops in AMISOM", None),
       C("22,000", 22000, "exact", "troops", "AMISOM force", None)]),

    P("d97_007",
      "Borno: Death toll in Gubio attack rises to 81 — Gov Zulum\n"
      "June 10, 2020\n"
      "The number of people killed in Tuesday's attack by suspected Boko Haram insurgents on "
      "Foduma Kolomdi village in Gubio Local Government Area of Borno State has risen to 81, "
      "Governor Babagana Zulum has said. Mr Zulum, who visited the community on Wednesday, said "
      "seven villagers, including the village head, were abducted and 13 others injured. The "
      "attackers, who came in pickup trucks and on motorcycles, also carted away about 1,200 "
      "cattle, residents said. Fearing another attack, hundreds of villagers have fled to Gubio "
      "town, 15 kilometres away, a local official said.",
      [C("81", 81, "exact", "killed", "people in Gubio (headline)", "Gov Zulum",
         attr_alt=[ZULUM], ctx="rises to 81 —"),
       C("81", 81, "exact", "killed", "people in Foduma Kolomdi", ZULUM, ctx="risen to 81"),
       C("seven", 7, "exact", "hostages", "villagers abducted", "Mr Zulum", attr_alt=[ZULUM]),
       C("13", 13, "exact", "injured", "villagers", "Mr Zulum", attr_alt=[ZULUM]),
       C("about 1,200", 1200, "about", "other", "cattle carted away", "residents"),
       C("hundreds", 100, "vague", "displaced", "villagers who fled to Gubio town",
         "a local official")],
      published="2020-06-10"),

    P("d97_008",
      "Gunmen kill 11 in Igangan, burn houses, vehicles\n"
      "Published 6 June 2021\n"
      "Gunmen suspected to be herdsmen on Saturday night attacked Igangan, a community in the "
      "Ibarapa North Local Government Area of Oyo State, killing at least 11 people. The Oyo "
      "State Police Command confirmed the attack but put the death toll at seven, adding that two "
      "suspects had been arrested. A community leader, who pleaded anonymity, told our "
      "correspondent that 11 bodies had been deposited at the general hospital in Igboho and that "
      "over 20 houses and 15 vehicles had been set ablaze. The attackers struck at about 11.30pm "
      "and operated for close to three hours, residents said. Governor Seyi Makinde ordered the "
      "deployment of 50 Amotekun operatives to the area on Sunday.",
      [C("11", 11, "exact", "killed", "people in Igangan (headline)", None, ctx="kill 11 in"),
       C("at least 11", 11, "at_least", "killed", "people in Igangan", None,
         attr_alt=[COMMUNITY]),
       C("seven", 7, "exact", "killed", "people in Igangan", OYO_POLICE),
       C("two", 2, "exact", "detained", "suspects arrested", OYO_POLICE),
       C("11", 11, "exact", "killed", "bodies deposited at the hospital", COMMUNITY,
         ctx="11 bodies"),
       C("over 20", 20, "more_than", "infrastructure", "houses set ablaze", COMMUNITY),
       C("15", 15, "exact", "other", "vehicles set ablaze", COMMUNITY, optional=True,
         cat_alt=["infrastructure"]),
       C("50", 50, "exact", "troops", "Amotekun operatives deployed", None,
         attr_alt=["Governor Seyi Makinde"], cat_alt=["other"])],
      published="2021-06-06"),

    P("d97_009",
      "YAOUNDE (AFP) - Boko Haram fighters killed 81 civilians in the Cameroonian border town of "
      "Fotokol on Wednesday, setting fire to homes and a mosque before Chadian troops drove them "
      "back across the river into Nigeria, Cameroon's government said. Communication Minister "
      "Issa Tchiroma Bakary said 13 Chadian soldiers and six Cameroonian soldiers had also been "
      "killed, and that some 500 people had been wounded. Chad's army said in a statement read "
      "on state radio that its troops had killed \"more than 200\" of the attackers. Thousands "
      "of residents fled towards Kousseri, a local official said. Chad sent a 2,500-strong force "
      "into northern Cameroon in January to help fight the Islamists.",
      [C("81", 81, "exact", "killed", "civilians in Fotokol", "Cameroon's government"),
       C("13", 13, "exact", "killed", "Chadian soldiers", TCHIROMA),
       C("six", 6, "exact", "killed", "Cameroonian soldiers", TCHIROMA),
       C("some 500", 500, "about", "injured", "people in Fotokol", TCHIROMA),
       C("more than 200", 200, "more_than", "killed", "Boko Haram attackers", "Chad's army"),
       C("Thousands", 1000, "vague", "displaced", "residents who fled towards Kousseri",
         "a local official"),
       C("2,500", 2500, "exact", "troops", "Chadian force sent into Cameroon", None)]),

    P("d97_010",
      "N'DJAMENA, Feb. 13 (Xinhua) -- Boko Haram militants who crossed Lake Chad in motorboats "
      "attacked the Chadian village of Ngouboua overnight, killing at least 10 people, including "
      "the village chief, in the group's first attack on Chadian soil, security sources said "
      "Friday. The dead include four civilians, a gendarme, a soldier and four of the assailants, "
      "one security source told Xinhua, adding that the attackers had come in four boats and set "
      "fire to part of the village. The attack comes as Chad, Niger, Cameroon, Nigeria and Benin "
      "prepare a regional force of 8,700 troops to fight the Islamist group. More than 14,000 "
      "Nigerian refugees live in camps around Ngouboua and Baga Sola, according to UNHCR.",
      [C("at least 10", 10, "at_least", "killed", "people in Ngouboua", "security sources"),
       C("four", 4, "exact", "killed", "civilians", "one security source",
         attr_alt=["security sources"], ctx="four civilians"),
       C("four", 4, "exact", "killed", "assailants", "one security source",
         attr_alt=["security sources"], ctx="four of the assailants"),
       C("four", 4, "exact", "other", "boats used by the attackers", "one security source",
         optional=True, cat_alt=["munitions"], ctx="four boats"),
       C("8,700", 8700, "exact", "troops", "regional force", None),
       C("More than 14,000", 14000, "more_than", "displaced", "Nigerian refugees in camps",
         "UNHCR")]),

    P("d97_011",
      "OUAGADOUGOU, Nov 7, 2019 (Reuters) - Gunmen ambushed a convoy carrying employees of "
      "Canadian gold miner Semafo in eastern Burkina Faso on Wednesday, killing 37 people and "
      "wounding 60, the regional governor said. The five-bus convoy, escorted by the army, hit an "
      "improvised explosive device about 40 km from the Boungou mine and then came under fire, "
      "Semafo said in a statement. A security source told Reuters that at least 20 of the "
      "injured were in serious condition and that several people were still unaccounted for. "
      "Semafo employs about 1,900 people at Boungou. It was the second attack on the company's "
      "convoys in 15 months, after five people were killed on the same road in August 2018.",
      [C("37", 37, "exact", "killed", "people in the Semafo convoy", "the regional governor"),
       C("60", 60, "exact", "injured", "people in the Semafo convoy", "the regional governor"),
       C("five", 5, "exact", "other", "buses in the convoy", "Semafo", optional=True,
         ctx="five-bus"),
       C("at least 20", 20, "at_least", "injured", "injured in serious condition",
         "A security source"),
       C("about 1,900", 1900, "about", "population", "Semafo employees at Boungou", None,
         cat_alt=["other"]),
       C("five", 5, "exact", "killed", "people in the August 2018 attack", None,
         ctx="five people were killed")],
      published="2019-11-07"),

    P("d97_012",
      "BAMAKO (AFP) - Suspected jihadists killed 51 civilians in coordinated attacks on three "
      "villages near the town of Ouatagouna in northeastern Mali, the government said Monday, in "
      "one of the deadliest assaults of the year. Gunmen on motorbikes raided Karou, Ouatagouna "
      "and Daoutegeft on Sunday afternoon, shooting villagers and burning granaries, the "
      "government said in a statement. A local elected official who asked not to be named told "
      "AFP the toll was higher, at \"about 60\", and that many families had fled to Ansongo. The "
      "UN's peacekeeping mission, MINUSMA, said it had flown 17 wounded to its hospital in Gao. "
      "The attacks bring to more than 1,000 the number of civilians killed in central and "
      "northern Mali this year, according to UN data.",
      [C("51", 51, "exact", "killed", "civilians near Ouatagouna", "the government"),
       C("three", 3, "exact", "other", "villages attacked", "the government", optional=True),
       C("about 60", 60, "about", "killed", "civilians near Ouatagouna",
         "A local elected official"),
       C("17", 17, "exact", "injured", "wounded flown to Gao", "MINUSMA",
         attr_alt=["The UN's peacekeeping mission"]),
       C("more than 1,000", 1000, "more_than", "killed", "civilians in Mali this year",
         "UN data")]),

    P("d97_013",
      "BAMAKO, June 19, 2017 (Reuters) - Gunmen who stormed a resort popular with Westerners on "
      "the outskirts of Bamako killed at least two people before Malian and French special forces "
      "ended the siege, Mali's security minister said on Monday. Four of the attackers were "
      "killed and one was still being sought, Salif Traore told state television. Thirty-six "
      "people held inside the Le Campement Kangaba complex were freed during the night, he said. "
      "About 60 guests had been staying at the resort over the weekend, according to its "
      "manager.",
      [C("at least two", 2, "at_least", "killed", "people at the resort", TRAORE_MIN,
         attr_alt=["Salif Traore"]),
       C("Four", 4, "exact", "killed", "attackers", "Salif Traore", attr_alt=[TRAORE_MIN]),
       C("one", 1, "exact", "other", "attacker still sought", "Salif Traore", optional=True,
         cat_alt=["troops"], ctx="one was still"),
       C("Thirty-six", 36, "exact", "hostages", "people freed from the resort", "Salif Traore",
         attr_alt=["he", TRAORE_MIN]),
       C("About 60", 60, "about", "other", "guests at the resort", "its manager")],
      published="2017-06-19"),

    P("d97_014",
      "ABIDJAN, June 11 (Reuters) - Suspected jihadists attacked an army and gendarmerie post at "
      "Kafolo, on Ivory Coast's northern border with Burkina Faso, overnight, killing at least 10 "
      "soldiers, two security sources said. Another six were wounded, one of the sources said. "
      "The army said in a statement that the attackers, about 30 of them on motorbikes, struck at "
      "around 3 a.m., and that one assailant had been killed and another captured. Ivorian and "
      "Burkinabe troops carried out a joint operation in the area last month in which eight "
      "suspected militants were killed and 38 arrested, the army said at the time.",
      [C("at least 10", 10, "at_least", "killed", "Ivorian soldiers", "two security sources"),
       C("two", 2, "exact", "other", "security sources", None, optional=True,
         ctx="two security"),
       C("six", 6, "exact", "injured", "Ivorian soldiers", "one of the sources",
         attr_alt=["two security sources"]),
       C("about 30", 30, "about", "troops", "attackers", "The army", cat_alt=["other"]),
       C("one", 1, "exact", "killed", "assailant", "The army", ctx="one assailant"),
       C("eight", 8, "exact", "killed", "suspected militants in May", "the army"),
       C("38", 38, "exact", "detained", "suspected militants arrested", "the army")]),

    # --- South Asia ----------------------------------------------------------------------------
    P("d97_015",
      "Rajouri: 2 children killed in IED blast a day after terrorists shot dead 4 civilians\n"
      "Jammu | Updated on Jan 02, 2023 11:48 PM IST\n"
      "Two children were killed and five people injured when an improvised explosive device went "
      "off near the house of one of Sunday's victims in Dhangri village of Rajouri district on "
      "Monday morning, officials said. Two terrorists had on Sunday evening opened fire on "
      "villagers outside three houses, killing four civilians and wounding six, police said. One "
      "of the wounded died in hospital on Monday night, taking the toll in the twin attacks to "
      "seven, an official at the Government Medical College in Rajouri said. The Centre has "
      "decided to rush about 1,800 additional CRPF personnel to Rajouri and Poonch, officials in "
      "New Delhi said.",
      [C("2", 2, "exact", "killed", "children in Dhangri (headline)", None),
       C("4", 4, "exact", "killed", "civilians in Dhangri (headline)", None),
       C("Two", 2, "exact", "killed", "children", "officials", ctx="Two children"),
       C("five", 5, "exact", "injured", "people in the IED blast", "officials"),
       C("Two", 2, "exact", "troops", "terrorists who opened fire", "police",
         cat_alt=["other"], ctx="Two terrorists"),
       C("three", 3, "exact", "infrastructure", "houses targeted", "police", optional=True,
         cat_alt=["other"]),
       C("four", 4, "exact", "killed", "civilians", "police"),
       C("six", 6, "exact", "injured", "villagers wounded", "police"),
       C("One", 1, "exact", "killed", "wounded villager who died in hospital",
         "an official at the Government Medical College in Rajouri"),
       C("seven", 7, "exact", "killed", "toll in the twin attacks",
         "an official at the Government Medical College in Rajouri"),
       C("about 1,800", 1800, "about", "troops", "CRPF personnel sent",
         "officials in New Delhi")],
      published="2023-01-02"),

    P("d97_016",
      "Poonch terror attack LIVE updates: 5 soldiers killed as army truck ambushed\n"
      "Updated: Apr 20, 2023, 21:40 IST\n"
      "9:40 PM IST: Five soldiers of the Rashtriya Rifles were killed and another was critically "
      "injured when terrorists ambushed an army truck and set it ablaze in the Bhatta Durian "
      "forest area of Poonch, the Army's Northern Command said.\n"
      "8:15 PM IST: Police sources say the terrorists, believed to number between four and six, "
      "fired at the vehicle from high ground and lobbed grenades before fleeing into the forest.\n"
      "7:05 PM IST: The truck was carrying food items for an iftar event in a nearby village. "
      "Initial reports had blamed a lightning strike for the fire.\n"
      "6:30 PM IST: A massive search operation is under way; 12 people have been detained for "
      "questioning, a senior police officer told us.",
      [C("5", 5, "exact", "killed", "soldiers (headline)", None),
       C("Five", 5, "exact", "killed", "Rashtriya Rifles soldiers",
         "the Army's Northern Command"),
       C("between four and six", 4, "range", "troops", "terrorists", "Police sources",
         high=6, cat_alt=["other"]),
       C("12", 12, "exact", "detained", "people detained for questioning",
         "a senior police officer")],
      published="2023-04-20"),

    P("d97_017",
      "Colonel, major and DSP killed in Anantnag gunfight; operation enters second day\n"
      "TNN | Updated: Sep 14, 2023, 08:17 IST\n"
      "SRINAGAR: An Army colonel, a major and a deputy superintendent of police were killed in a "
      "gunfight with terrorists in the forests of Gadole in Anantnag's Kokernag area on "
      "Wednesday, officials said. A soldier who was wounded in the first exchange has been "
      "missing since, an Army officer said, and two other soldiers are being treated at the "
      "Army's 92 Base Hospital in Srinagar. The terrorists, believed to be two or three members "
      "of The Resistance Front, are holed up in a hideout on a steep ridge, police said. Troops "
      "have fired dozens of mortar rounds into the area since Wednesday night, officials said.",
      [C("two", 2, "exact", "injured", "soldiers in hospital", "an Army officer",
         ctx="two other soldiers"),
       C("two or three", 2, "range", "troops", "terrorists holed up", "police", high=3,
         cat_alt=["other"]),
       C("dozens", 12, "vague", "munitions", "mortar rounds fired", "officials",
         cat_alt=["other"])],
      published="2023-09-14"),

    P("d97_018",
      "Nine soldiers martyred as terrorists attack Zhob garrison: ISPR\n"
      "Published July 12, 2023 Updated July 13, 2023 10:41am\n"
      "Nine soldiers were martyred when a group of heavily armed terrorists attacked the Zhob "
      "garrison in Balochistan early on Wednesday, the military's media wing said. Five "
      "terrorists were killed in the exchange of fire that followed, ISPR said. In a separate "
      "clash in the Sui area of Dera Bugti district, three soldiers were martyred and two "
      "terrorists were killed, it added. Militants carried out more than 140 attacks in the "
      "country in the first half of the year, according to the Pakistan Institute for Conflict "
      "and Security Studies (PICSS).",
      [C("Nine", 9, "exact", "killed", "soldiers at Zhob (headline)", "ISPR",
         ctx="Nine soldiers martyred as"),
       C("Nine", 9, "exact", "killed", "soldiers at Zhob", "the military's media wing",
         attr_alt=["ISPR"], ctx="Nine soldiers were martyred"),
       C("Five", 5, "exact", "killed", "terrorists at Zhob", "ISPR"),
       C("three", 3, "exact", "killed", "soldiers in Sui", "ISPR", attr_alt=["it"]),
       C("two", 2, "exact", "killed", "terrorists in Sui", "ISPR", attr_alt=["it"]),
       C("more than 140", 140, "more_than", "other", "militant attacks in six months",
         "the Pakistan Institute for Conflict and Security Studies (PICSS)",
         attr_alt=["PICSS"])],
      published="2023-07-12"),

    P("d97_019",
      "COLOMBO, Feb 2 (Reuters) - Shells struck the only functioning hospital in Sri Lanka's "
      "northern war zone three times in 24 hours, killing at least nine patients and wounding "
      "more than 20, the International Committee of the Red Cross said on Monday. \"The hospital "
      "in Puthukkudiyiruppu was hit repeatedly on Sunday and again early today,\" ICRC "
      "spokeswoman Sarasi Wijeratne said. \"There are more than 500 patients inside and the "
      "staff are struggling to cope.\" A health official in the area said the toll had risen to "
      "12 by Monday evening. The military denied firing on the hospital. A convoy of 50 trucks "
      "carrying food reached the zone last week, and the U.N. estimates that 250,000 civilians "
      "are trapped there.",
      [C("three", 3, "exact", "munitions", "shell strikes on the hospital", ICRC,
         optional=True, cat_alt=["other"]),
       C("at least nine", 9, "at_least", "killed", "patients", ICRC),
       C("more than 20", 20, "more_than", "injured", "people at the hospital", ICRC),
       C("more than 500", 500, "more_than", "other", "patients inside the hospital", WIJERATNE),
       C("12", 12, "exact", "killed", "people at the hospital", "A health official in the area"),
       C("50", 50, "exact", "aid", "trucks of food", None, attr_alt=["the U.N."]),
       C("250,000", 250000, "exact", "other", "civilians trapped", "the U.N.",
         cat_alt=["population"])]),

    P("d97_020",
      "KATHMANDU, Nepal (AP) — Maoist rebels overran a district headquarters and a nearby "
      "airport in far-western Nepal, killing at least 137 police officers, soldiers and "
      "civilians in the deadliest attack of their six-year insurgency, officials said Monday. "
      "A Home Ministry spokesman said 57 policemen and 49 soldiers were among the dead at "
      "Mangalsen, the headquarters of Achham district, and that the rebels had freed 34 prisoners "
      "from the district jail. The army said its troops had killed about 20 rebels as they "
      "withdrew. More than 2,000 people have died since the Maoists took up arms in 1996.",
      [C("at least 137", 137, "at_least", "killed", "people in Achham", "officials"),
       C("57", 57, "exact", "killed", "policemen", HOME_MIN),
       C("49", 49, "exact", "killed", "soldiers", HOME_MIN),
       C("34", 34, "exact", "detained", "prisoners freed from jail", HOME_MIN,
         cat_alt=["other"]),
       C("about 20", 20, "about", "killed", "Maoist rebels", "The army"),
       C("More than 2,000", 2000, "more_than", "killed", "people in the insurgency", None)]),

    P("d97_021",
      "Landmine blast on passenger bus kills 38 in Chitwan\n"
      "Posted on: 2005-06-07 07:10\n"
      "CHITWAN, June 6 - At least 38 people were killed and 72 others injured when a landmine "
      "planted by Maoists ripped through a crowded passenger bus at Badarmude in Madi, southern "
      "Chitwan, on Monday morning, security officials said. The bus, which has a capacity of 60 "
      "passengers, was carrying around 150 people, many of them on the roof, according to "
      "eyewitnesses. Among the dead were 14 security personnel, the Royal Nepalese Army said in a "
      "statement. Of the injured, 32 have been airlifted to Kathmandu, the District "
      "Administration Office said.",
      [C("38", 38, "exact", "killed", "bus passengers (headline)", None, ctx="kills 38"),
       C("At least 38", 38, "at_least", "killed", "bus passengers", "security officials"),
       C("72", 72, "exact", "injured", "bus passengers", "security officials"),
       C("60", 60, "exact", "other", "bus capacity", None, optional=True),
       C("around 150", 150, "about", "other", "people on the bus", "eyewitnesses"),
       C("14", 14, "exact", "killed", "security personnel", "the Royal Nepalese Army"),
       C("32", 32, "exact", "injured", "injured airlifted to Kathmandu",
         "the District Administration Office")],
      published="2005-06-07"),

    P("d97_022",
      "The Daily Star Internet Edition Vol. 3 Num 601 Sun. April 15, 2001\n"
      "Bomb blasts at Ramna Batamul kill 10\n"
      "Star Report\n"
      "Two powerful bombs ripped through the crowd at the Pahela Baishakh celebration at Ramna "
      "Batamul in the capital yesterday morning, killing at least seven people on the spot and "
      "injuring over 50. The bombs went off near the stage where Chhayanaut artistes were "
      "performing before an audience of thousands, and police later found a third, unexploded "
      "device near the pond. Three of the injured died at Dhaka Medical College Hospital later "
      "in the day, raising the toll to 10, hospital sources said. Police said they had detained "
      "12 people for questioning.",
      [C("10", 10, "exact", "killed", "people at Ramna Batamul (headline)", None,
         ctx="kill 10"),
       C("Two", 2, "exact", "munitions", "bombs", None),
       C("at least seven", 7, "at_least", "killed", "people killed on the spot", None),
       C("over 50", 50, "more_than", "injured", "people at Ramna Batamul", None),
       C("thousands", 1000, "vague", "other", "audience", None, optional=True),
       C("Three", 3, "exact", "killed", "injured who died in hospital", "hospital sources"),
       C("10", 10, "exact", "killed", "toll", "hospital sources", ctx="toll to 10"),
       C("12", 12, "exact", "detained", "people detained for questioning", "Police")],
      published="2001-04-15"),

    # --- Southeast Asia ------------------------------------------------------------------------
    P("d97_023",
      "COX'S BAZAR, Bangladesh, Dec 19 (Reuters) - Myanmar soldiers killed hundreds of Rohingya "
      "men, women and children in the village of Tula Toli on Aug. 30, many of them on a "
      "riverbank where they had been trapped, Human Rights Watch said in a report on Tuesday "
      "based on interviews with 18 survivors. One woman told Reuters in the Kutupalong camp that "
      "she had lost 17 members of her family that day. Myanmar's army said in November that its "
      "own inquiry had found its troops killed no civilians and that 376 \"terrorists\" died in "
      "clearance operations. More than 650,000 Rohingya have fled to Bangladesh since Aug. 25, "
      "according to the United Nations.",
      [C("hundreds", 100, "vague", "killed", "Rohingya in Tula Toli", "Human Rights Watch"),
       C("18", 18, "exact", "other", "survivors interviewed", "Human Rights Watch",
         optional=True),
       C("17", 17, "exact", "killed", "family members of a survivor", "One woman",
         optional=True),
       C("376", 376, "exact", "killed", "\"terrorists\" in clearance operations",
         "Myanmar's army"),
       C("More than 650,000", 650000, "more_than", "displaced", "Rohingya who fled to Bangladesh",
         "the United Nations")]),

    P("d97_024",
      "14 Marines killed, 10 beheaded in Basilan clash\n"
      "(The Philippine Star) | Updated July 12, 2007 - 12:00am\n"
      "ZAMBOANGA CITY — Fourteen Marines were killed, 10 of them beheaded, in a daylong clash "
      "with Moro Islamic Liberation Front (MILF) guerrillas and Abu Sayyaf bandits in Al-Barka, "
      "Basilan, military officials said yesterday. Nine other Marines were wounded, they said. A "
      "Marine spokesman said the troops, about 50 in all, had been searching for kidnapped "
      "Italian priest Giancarlo Bossi when they were ambushed by an estimated 300 guerrillas. "
      "MILF spokesman Eid Kabalu said the Marines had entered the group's territory without "
      "coordination, and that six of its fighters had been killed.",
      [C("14", 14, "exact", "killed", "Marines (headline)", None),
       C("10", 10, "exact", "killed", "Marines beheaded (headline)", None, ctx="10 beheaded"),
       C("Fourteen", 14, "exact", "killed", "Marines", "military officials"),
       C("10", 10, "exact", "killed", "Marines beheaded", "military officials",
         ctx="10 of them"),
       C("Nine", 9, "exact", "injured", "Marines", "military officials", attr_alt=["they"]),
       C("about 50", 50, "about", "troops", "Marines on the search", "A Marine spokesman"),
       C("an estimated 300", 300, "about", "troops", "guerrillas", "A Marine spokesman",
         cat_alt=["other"]),
       C("six", 6, "exact", "killed", "MILF fighters", "MILF spokesman Eid Kabalu")],
      published="2007-07-12"),

    P("d97_025",
      "PALU, May 28 (Antara) - Two bombs exploded within minutes of each other at a crowded "
      "market in Tentena, Poso regency, Central Sulawesi, on Saturday morning, killing at least "
      "20 people and injuring 40 others, police said. Central Sulawesi police chief Brig. Gen. "
      "Oegroseno said the first bomb went off at 8:05 a.m., when the market was full. \"So far "
      "we have counted 21 dead, most of them traders and shoppers,\" he told reporters. Dozens of "
      "the injured were taken to the local hospital and 14 in critical condition were flown to "
      "Palu, a hospital official said. National Police headquarters sent a team of 30 forensic "
      "and bomb experts to the town. Tentena, a mostly Christian town of about 20,000 people, "
      "was spared the worst of the sectarian fighting that left about 1,000 people dead in Poso "
      "between 1998 and 2001.",
      [C("Two", 2, "exact", "munitions", "bombs", "police"),
       C("at least 20", 20, "at_least", "killed", "people at Tentena market", "police"),
       C("40", 40, "exact", "injured", "people at Tentena market", "police"),
       C("21", 21, "exact", "killed", "dead counted", OEGROSENO, attr_alt=["he"]),
       C("Dozens", 12, "vague", "injured", "injured taken to the local hospital",
         "a hospital official"),
       C("14", 14, "exact", "injured", "critically injured flown to Palu",
         "a hospital official"),
       C("30", 30, "exact", "troops", "forensic and bomb experts sent", None,
         attr_alt=["National Police headquarters"], cat_alt=["other"]),
       C("about 20,000", 20000, "about", "population", "people in Tentena", None),
       C("about 1,000", 1000, "about", "killed", "people in the Poso fighting", None)]),

    P("d97_026",
      "Health worker found dead in ravine after rebel attack in Kiwirok\n"
      "September 17, 2021 | 07:12 pm\n"
      "TEMPO.CO, Jakarta - The body of a nurse who fell into a ravine while fleeing an attack by "
      "armed separatists on Kiwirok district in Papua's Pegunungan Bintang regency has been "
      "recovered, the Papua Police said on Friday. Gabriella Meilani, 22, was one of nine health "
      "workers who fled into the forest when the attackers set fire to the community health "
      "centre on Monday. Four other health workers were injured and one is still missing, Papua "
      "Police spokesman Sr. Comr. Ahmad Musthofa Kamal said. The military said it had evacuated "
      "26 health workers, teachers and their relatives to Jayapura by aircraft.",
      [C("nine", 9, "exact", "displaced", "health workers who fled into the forest",
         "the Papua Police", attr_alt=[None], cat_alt=["other"]),
       C("Four", 4, "exact", "injured", "health workers", KAMAL),
       C("one", 1, "exact", "missing", "health worker", KAMAL, ctx="one is still missing"),
       C("26", 26, "exact", "displaced", "people evacuated to Jayapura", "The military")],
      published="2021-09-17"),

    # --- Latin America -------------------------------------------------------------------------
    P("d97_027",
      "BOGOTA, Dec 22 (EFE) - FARC guerrillas overran an army communications post on Patascoy "
      "hill, on the border between the departments of Nariño and Putumayo, killing 10 soldiers "
      "and taking 18 prisoner, the army said Monday. Around 150 rebels attacked the post, 4,100 "
      "metres above sea level, in the early hours of Sunday while most of the 32 soldiers "
      "stationed there were asleep, an army statement said. Four soldiers escaped and reached a "
      "nearby village, it said. The FARC now hold more than 70 soldiers and police officers, "
      "according to the Defence Ministry.",
      [C("10", 10, "exact", "killed", "soldiers at Patascoy", "the army"),
       C("18", 18, "exact", "hostages", "soldiers taken prisoner", "the army",
         cat_alt=["detained"]),
       C("Around 150", 150, "about", "troops", "FARC rebels", "an army statement",
         cat_alt=["other"]),
       C("32", 32, "exact", "troops", "soldiers stationed at the post", "an army statement"),
       C("Four", 4, "exact", "other", "soldiers who escaped", "an army statement",
         attr_alt=["it"], cat_alt=["troops"]),
       C("more than 70", 70, "more_than", "hostages", "soldiers and police held by the FARC",
         "the Defence Ministry", cat_alt=["detained"])]),

    P("d97_028",
      "SINCELEJO, Colombia (AP) — Right-wing paramilitaries armed with rifles and sledgehammers "
      "killed at least 24 farmers in the northern village of Chengue before dawn Wednesday and "
      "set fire to about 30 homes as they withdrew, authorities said. About 50 gunmen of the "
      "United Self-Defense Forces of Colombia, or AUC, rounded up the men of the village in two "
      "groups and beat them to death, a state official said. Hundreds of residents fled to the "
      "town of Ovejas, the mayor's office said. Soldiers found the bodies of two more men in a "
      "ravine on Thursday, bringing the toll to 26, the Ovejas mayor told reporters. It was the "
      "fourth massacre in Sucre state this month.",
      [C("at least 24", 24, "at_least", "killed", "farmers in Chengue", "authorities"),
       C("about 30", 30, "about", "infrastructure", "homes set on fire", "authorities",
         cat_alt=["other"]),
       C("About 50", 50, "about", "troops", "AUC gunmen", "a state official",
         cat_alt=["other"]),
       C("Hundreds", 100, "vague", "displaced", "residents who fled to Ovejas",
         "the mayor's office"),
       C("two", 2, "exact", "killed", "bodies found Thursday", "the Ovejas mayor",
         ctx="two more men"),
       C("26", 26, "exact", "killed", "toll in Chengue", "the Ovejas mayor")]),

    P("d97_029",
      "Lima, May 24, 2021 (ANDINA) - Peru's Joint Command of the Armed Forces reported on "
      "Monday that 16 people, among them four children, were killed on Sunday night in an attack "
      "in San Miguel del Ene, in the district of Vizcatán del Ene, in the VRAEM valley. The "
      "armed forces blamed the Militarized Communist Party of Peru, a Shining Path remnant. The "
      "Public Ministry said forensic staff had identified 14 of the bodies. The Defence Ministry "
      "said it would send 300 more soldiers to the area. The conflict with the Shining Path left "
      "about 69,000 dead between 1980 and 2000, according to the Truth and Reconciliation "
      "Commission.",
      [C("16", 16, "exact", "killed", "people in San Miguel del Ene",
         "Peru's Joint Command of the Armed Forces"),
       C("four", 4, "exact", "killed", "children", "Peru's Joint Command of the Armed Forces"),
       C("14", 14, "exact", "killed", "bodies identified", "The Public Ministry",
         optional=True, cat_alt=["other"]),
       C("300", 300, "exact", "troops", "soldiers to be sent", "The Defence Ministry"),
       C("about 69,000", 69000, "about", "killed", "dead in the Shining Path conflict",
         "the Truth and Reconciliation Commission")],
      published="2021-05-24"),

    P("d97_030",
      "MEXICO CITY, Oct 6 (Reuters) - Gunmen killed 20 people, including the mayor, in an "
      "attack on the town hall of San Miguel Totolapan in Mexico's southern Guerrero state, "
      "authorities said on Thursday. The mayor's father, a former mayor, was among the dead, and "
      "at least two other people were wounded, the Guerrero state prosecutor's office said. "
      "Residents said the shooting lasted more than 20 minutes. Federal security spokesman "
      "Ricardo Mejia told reporters that about 40 soldiers and National Guard members had been "
      "deployed to the town and that no arrests had yet been made.",
      [C("20", 20, "exact", "killed", "people in San Miguel Totolapan", "authorities",
         ctx="killed 20"),
       C("at least two", 2, "at_least", "injured", "people in the town hall",
         "the Guerrero state prosecutor's office"),
       C("about 40", 40, "about", "troops", "soldiers and National Guard deployed",
         "Federal security spokesman Ricardo Mejia")]),

    P("d97_031",
      "SAN SALVADOR, June 21, 2010 (AFP) - Gang members set fire to a crowded minibus with its "
      "passengers inside and shot at another bus in Mejicanos, on the northern edge of the "
      "capital, killing 16 people, police said on Monday. Police chief Carlos Ascencio said 14 "
      "people burned to death inside the minibus and two were shot dead on the second bus, while "
      "13 others were injured. He blamed the Mara 18 street gang. Police have arrested four "
      "suspects, Ascencio said. El Salvador, a country of 6 million people, recorded 4,365 "
      "homicides last year.",
      [C("16", 16, "exact", "killed", "people in Mejicanos", "police"),
       C("14", 14, "exact", "killed", "people burned in the minibus", ASCENCIO),
       C("two", 2, "exact", "killed", "people shot on the second bus", ASCENCIO),
       C("13", 13, "exact", "injured", "people in Mejicanos", ASCENCIO),
       C("four", 4, "exact", "detained", "suspects arrested", "Ascencio", attr_alt=[ASCENCIO]),
       C("6 million", 6_000_000, "exact", "population", "people in El Salvador", None),
       C("4,365", 4365, "exact", "killed", "homicides in El Salvador last year", None)],
      published="2010-06-21"),

    P("d97_032",
      "GUATEMALA CITY (AP) — Gunmen believed to belong to the Zetas drug cartel killed 27 "
      "farmworkers on a ranch in northern Guatemala, most of them by decapitation, in the "
      "country's worst massacre since the end of its civil war in 1996, authorities said Monday. "
      "Police found the bodies, among them two women, on the Los Cocos ranch in Peten province "
      "on Sunday, Interior Minister Carlos Menocal said. One worker survived with stab wounds and "
      "was being treated in hospital, Menocal said. A survivor told investigators the gunmen "
      "numbered about 200. Guatemala's 36-year civil war left an estimated 200,000 people dead.",
      [C("27", 27, "exact", "killed", "farmworkers at Los Cocos", "authorities"),
       C("two", 2, "exact", "killed", "women", MENOCAL),
       C("One", 1, "exact", "injured", "worker who survived with stab wounds", "Menocal",
         attr_alt=[MENOCAL], cat_alt=["other"]),
       C("about 200", 200, "about", "troops", "Zetas gunmen", "A survivor",
         cat_alt=["other"]),
       C("an estimated 200,000", 200000, "about", "killed", "dead in Guatemala's civil war",
         None)]),

    P("d97_033",
      "MEXICO CITY, June 8 (Reuters) - Mexican soldiers killed 11 suspected members of a leftist "
      "guerrilla group in a pre-dawn clash at a school in the village of El Charco, in the "
      "southern state of Guerrero, the Defence Ministry said on Sunday. Five people were wounded "
      "and 22 were arrested, the ministry said in a statement. One soldier was also wounded. "
      "Residents and human rights groups said the rebels had been holding a meeting with "
      "villagers in the school when troops surrounded it, and that some of the dead were shot "
      "after they had surrendered.",
      [C("11", 11, "exact", "killed", "suspected guerrillas", "the Defence Ministry"),
       C("Five", 5, "exact", "injured", "people in El Charco", "the ministry",
         attr_alt=["the Defence Ministry"]),
       C("22", 22, "exact", "detained", "people arrested", "the ministry",
         attr_alt=["the Defence Ministry"]),
       C("One", 1, "exact", "injured", "soldier", "the ministry",
         attr_alt=[None, "the Defence Ministry"])]),

    # --- The Caucasus --------------------------------------------------------------------------
    P("d97_034",
      "MOZDOK, August 2 (Itar-Tass) -- The death toll from Friday's suicide truck bombing of the "
      "military hospital in Mozdok, North Ossetia, has risen to 50, the regional Emergencies "
      "Ministry said on Saturday. Another 82 people were injured, 34 of whom remain in hospitals "
      "in Vladikavkaz and Moscow, the ministry's press service said. According to investigators, "
      "a KamAZ truck loaded with about 1,000 kilogrammes of explosives rammed the gates and blew "
      "up outside the three-storey building. \"There were about 150 patients and staff inside,\" "
      "a doctor at the hospital told Itar-Tass. Rescuers, soldiers and Emergencies Ministry "
      "personnel, more than 300 in all, worked through the night to clear the rubble.",
      [C("50", 50, "exact", "killed", "people in the Mozdok hospital bombing",
         "the regional Emergencies Ministry"),
       C("82", 82, "exact", "injured", "people in Mozdok", "the ministry's press service",
         attr_alt=["the regional Emergencies Ministry"]),
       C("34", 34, "exact", "injured", "injured still in hospital",
         "the ministry's press service", attr_alt=["the regional Emergencies Ministry"]),
       C("about 1,000", 1000, "about", "munitions", "kilogrammes of explosives", "investigators",
         optional=True, cat_alt=["other"]),
       C("about 150", 150, "about", "other", "patients and staff inside",
         "a doctor at the hospital"),
       C("more than 300", 300, "more_than", "troops", "rescuers and soldiers clearing rubble",
         None, cat_alt=["other"])]),

    P("d97_035",
      "Monday, 8 October, 2001, 21:04 GMT 22:04 UK\n"
      "UN helicopter shot down over Abkhazia\n"
      "A helicopter carrying United Nations observers has been shot down over the Kodori Gorge "
      "in the breakaway Georgian region of Abkhazia, killing all nine people on board. A UN "
      "spokeswoman in Tbilisi said the dead included five unarmed military observers and the "
      "four Ukrainian crew of the Mi-8. Abkhaz officials blamed Georgian guerrillas and Chechen "
      "fighters who, they say, number about 400 and have been fighting in the gorge for a week. "
      "Georgia's interior ministry says fewer than 100 irregulars are in the area. Abkhaz "
      "officials also said 14 of their soldiers had been killed since Thursday.",
      [C("nine", 9, "exact", "killed", "people on the helicopter", None,
         attr_alt=["A UN spokeswoman in Tbilisi"]),
       C("five", 5, "exact", "killed", "UN military observers", "A UN spokeswoman in Tbilisi"),
       C("four", 4, "exact", "killed", "Ukrainian crew", "A UN spokeswoman in Tbilisi"),
       C("about 400", 400, "about", "troops", "guerrillas and fighters in the gorge",
         "Abkhaz officials", attr_alt=["they"], cat_alt=["other"]),
       C("fewer than 100", 100, "fewer_than", "troops", "irregulars in the gorge",
         "Georgia's interior ministry", cat_alt=["other"]),
       C("14", 14, "exact", "killed", "Abkhaz soldiers", "Abkhaz officials")],
      published="2001-10-08"),

    P("d97_036",
      "MOSCOW, Aug 10 (Reuters) - Russian warplanes and helicopter gunships pounded Islamic "
      "militants holding villages in Dagestan's Botlikh district on Tuesday, and the Interior "
      "Ministry said federal forces had killed about 150 rebels in three days of fighting. The "
      "ministry said 10 Russian servicemen had been killed and 28 wounded. Dagestani officials "
      "put the number of militants who crossed from Chechnya at between 1,200 and 2,000 and said "
      "they had seized at least five villages. About 3,000 residents have fled Botlikh district, "
      "the regional emergencies service said.",
      [C("about 150", 150, "about", "killed", "rebels in Botlikh", "the Interior Ministry"),
       C("10", 10, "exact", "killed", "Russian servicemen", "The ministry",
         attr_alt=["the Interior Ministry"], ctx="10 Russian"),
       C("28", 28, "exact", "injured", "Russian servicemen", "The ministry",
         attr_alt=["the Interior Ministry"]),
       C("between 1,200 and 2,000", 1200, "range", "troops", "militants from Chechnya",
         "Dagestani officials", high=2000, cat_alt=["other"]),
       C("at least five", 5, "at_least", "other", "villages seized", "Dagestani officials",
         cat_alt=["infrastructure"]),
       C("About 3,000", 3000, "about", "displaced", "residents who fled Botlikh",
         "the regional emergencies service")]),

    # --- The Balkans ---------------------------------------------------------------------------
    P("d97_037",
      "ZAGREB, Yugoslavia, May 3 (Reuters) - Twelve Croatian policemen and at least three Serbs "
      "were killed in a gunbattle in the Serb-populated village of Borovo Selo in eastern "
      "Croatia, the Croatian Interior Ministry said on Friday, in the bloodiest clash yet between "
      "Croats and Serbs. The ministry said 21 policemen had been wounded. Fewer than 50 police "
      "had entered the village to free two colleagues seized by Serb militiamen the day before, "
      "it said. The federal army moved about 30 tanks into the area overnight to separate the two "
      "sides, the state news agency Tanjug reported.",
      [C("Twelve", 12, "exact", "killed", "Croatian policemen", CRO_MOI),
       C("at least three", 3, "at_least", "killed", "Serbs", CRO_MOI),
       C("21", 21, "exact", "injured", "policemen", "The ministry", attr_alt=[CRO_MOI]),
       C("Fewer than 50", 50, "fewer_than", "troops", "police who entered the village",
         CRO_MOI, attr_alt=["it", "The ministry"], cat_alt=["other"]),
       C("two", 2, "exact", "hostages", "policemen seized by Serb militiamen", CRO_MOI,
         attr_alt=["it", "The ministry"], cat_alt=["detained"], ctx="two colleagues"),
       C("about 30", 30, "about", "munitions", "tanks moved in", "the state news agency Tanjug",
         attr_alt=["Tanjug"], cat_alt=["other"])]),

    P("d97_038",
      "BELGRADE, Jan 8 (AFP) - Bosnian Moslem forces attacked the Serb village of Kravica near "
      "Bratunac in eastern Bosnia on Orthodox Christmas Day, killing dozens of Serbs, the "
      "Bosnian Serb news agency SRNA said Thursday. SRNA put the toll at 40 soldiers and "
      "civilians and said more than 1,000 residents had fled towards Bratunac. Bosnian radio in "
      "Sarajevo said government forces had taken the village after heavy fighting and had "
      "destroyed some 60 Serb positions and houses. UN officials in Sarajevo said they could "
      "not confirm the figures.",
      [C("dozens", 12, "vague", "killed", "Serbs in Kravica", SRNA),
       C("40", 40, "exact", "killed", "soldiers and civilians in Kravica", "SRNA",
         attr_alt=[SRNA]),
       C("more than 1,000", 1000, "more_than", "displaced", "residents who fled", "SRNA",
         attr_alt=[SRNA]),
       C("some 60", 60, "about", "infrastructure", "Serb positions and houses destroyed",
         "Bosnian radio", cat_alt=["other"])]),

    P("d97_039",
      "KUKES, Albania, April 29 (Reuters) - Refugees arriving in Albania said on Thursday that "
      "Serb forces had pulled men out of a column of refugees near the village of Meja, close to "
      "Djakovica, and executed at least 100 of them. \"They took my husband and my two sons out "
      "of the line. I have not seen them since,\" said a woman from the nearby village of Ramoc. "
      "Officials of the U.N. refugee agency UNHCR said more than 8,000 refugees had crossed the "
      "border on Wednesday and that hundreds of men were unaccounted for. The agency has flown "
      "in 3,000 tents for the camps around Kukes. NATO spokesman Jamie Shea said in Brussels "
      "that the alliance had reports of \"up to 300\" killings near Djakovica.",
      [C("at least 100", 100, "at_least", "killed", "men executed near Meja",
         "Refugees arriving in Albania"),
       C("two", 2, "exact", "missing", "woman's sons", "a woman from the nearby village of Ramoc",
         optional=True, ctx="two sons"),
       C("more than 8,000", 8000, "more_than", "displaced", "refugees who crossed on Wednesday",
         UNHCR_KK),
       C("hundreds", 100, "vague", "missing", "men unaccounted for", UNHCR_KK),
       C("3,000", 3000, "exact", "aid", "tents flown in", None,
         attr_alt=["The agency", UNHCR_KK]),
       C("up to 300", 300, "at_most", "killed", "killings near Djakovica",
         "NATO spokesman Jamie Shea", attr_alt=["the alliance"])]),

    P("d97_040",
      "SKOPJE, Aug 8, 2001 (Reuters) - Ethnic Albanian guerrillas ambushed an army convoy on the "
      "Skopje-Tetovo highway near Karpalak on Wednesday, killing 10 Macedonian soldiers and "
      "wounding two, the Defence Ministry said. Hours later, angry crowds in Prilep, home town of "
      "several of the dead, set fire to about 10 Albanian-owned shops, police said. The ambush "
      "came a day after police killed five suspected guerrillas in a raid in Skopje, and days "
      "before a peace deal is due to be signed in Ohrid. NATO is preparing to send about 3,500 "
      "troops to collect the rebels' weapons once the deal is in force.",
      [C("10", 10, "exact", "killed", "Macedonian soldiers", "the Defence Ministry",
         ctx="killing 10"),
       C("two", 2, "exact", "injured", "Macedonian soldiers", "the Defence Ministry"),
       C("about 10", 10, "about", "infrastructure", "Albanian-owned shops set on fire", "police"),
       C("five", 5, "exact", "killed", "suspected guerrillas in Skopje", None),
       C("about 3,500", 3500, "about", "troops", "NATO troops to collect weapons", None)],
      published="2001-08-08"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d97_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
