"""Source of the eightieth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, bylines and date lines) on wars and armed
conflicts worldwide between 1982 and 2015, as reported at the time: the Iran–Iraq war, Lebanon,
Afghanistan, the Balkans, Chechnya, Sierra Leone, Liberia, the Congo, Rwanda's refugees, Sri
Lanka, Colombia, the Philippines, Kashmir, southern Sudan, Somalia, Iraq, Syria, Yemen, Ethiopia,
the Falklands, Panama, Mozambique and Angola: battles, massacres, bombings, sieges, refugee flows,
hostage crises, prisoner releases and peacekeepers. Written for this set (none copied from an
article) in the styles of wire copy (Reuters, AP, AFP, UPI), newspapers, broadcasters, and UN,
ICRC and NGO releases. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the set
tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset80/build_devset80.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- The Iran–Iraq war ------------------------------------------------------------------------
    P("d80_001",
      "NICOSIA, Cyprus, Feb. 12, 1986 (UPI) -- Iran said Wednesday its forces had overrun the "
      "Iraqi port of Faw at the tip of the Shatt al-Arab waterway and killed or wounded 8,000 "
      "Iraqi soldiers in three days of fighting. A communique from Iran's war information "
      "headquarters, monitored in Nicosia, said 1,500 Iraqis had been taken prisoner, among them "
      "two brigade commanders. Baghdad radio gave a very different account, saying the attackers "
      "had been \"encircled\" and that more than 2,000 Iranian bodies lay in the marshes south of "
      "the town. Iraq acknowledged no losses of its own. Western diplomats in Baghdad said Iran "
      "appeared to have put as many as 20,000 men across the waterway in rubber boats and on "
      "pontoon bridges, under cover of heavy rain.",
      [C("8,000", 8000, "exact", "injured", "Iraqi soldiers killed or wounded", "Iran",
         cat_alt=["killed", "other"]),
       C("1,500", 1500, "exact", "detained", "Iraqis taken prisoner",
         "A communique from Iran's war information headquarters", attr_alt=["Iran"]),
       C("two", 2, "exact", "detained", "brigade commanders taken prisoner",
         "A communique from Iran's war information headquarters", attr_alt=["Iran"]),
       C("more than 2,000", 2000, "more_than", "killed", "Iranian bodies in the marshes",
         "Baghdad radio"),
       C("as many as 20,000", 20000, "at_most", "troops", "Iranian troops across the waterway",
         "Western diplomats in Baghdad")],
      published="1986-02-12"),

    P("d80_002",
      "BAGHDAD, Jan 14 (AFP) - Iraq said on Wednesday its forces had crushed a fresh Iranian push "
      "east of Basra, killing some 5,000 Revolutionary Guards since the offensive opened last "
      "Friday, while Iran claimed to have captured more than 1,000 Iraqi troops and destroyed 80 "
      "tanks. Neither claim could be checked independently. Iranian shells hit residential "
      "districts of Basra for a fifth straight day, and Iraqi officials said 37 civilians were "
      "killed and 112 wounded there on Tuesday alone. Diplomats estimate that Basra, which had "
      "about 1.5 million people before the war began in 1980, now holds fewer than 500,000. The "
      "official Iranian news agency IRNA said \"tens of thousands\" of volunteers had left Tehran "
      "for the southern front this week.",
      [C("some 5,000", 5000, "about", "killed", "Revolutionary Guards killed", "Iraq"),
       C("more than 1,000", 1000, "more_than", "detained", "Iraqi troops captured", "Iran"),
       C("80", 80, "exact", "munitions", "Iraqi tanks destroyed", "Iran", cat_alt=["other"]),
       C("37", 37, "exact", "killed", "civilians in Basra", "Iraqi officials"),
       C("112", 112, "exact", "injured", "civilians in Basra", "Iraqi officials"),
       C("about 1.5 million", 1_500_000, "about", "population", "Basra's pre-war population",
         None, attr_alt=["Diplomats"]),
       C("fewer than 500,000", 500000, "fewer_than", "population", "people left in Basra",
         "Diplomats"),
       C("tens of thousands", 10000, "vague", "troops", "volunteers leaving for the front",
         "The official Iranian news agency IRNA", cat_alt=["other"])]),

    # --- Lebanon --------------------------------------------------------------------------------
    P("d80_003",
      "BEIRUT, Lebanon (AP) — Druse militiamen overran the mountain resort of Bhamdoun on "
      "Wednesday after two days of fighting with Christian Phalangists, and police said at least "
      "150 people had been killed in the Chouf and Aley districts since Israeli troops pulled "
      "back from the mountains on Sunday. Christian leaders said Druse gunmen had massacred "
      "civilians in at least four villages, a charge the Druse denied. About 25,000 Christians "
      "are trapped in the town of Deir el-Qamar, according to the Lebanese Forces militia, which "
      "said the town had run short of flour and fuel. The International Committee of the Red "
      "Cross said it had evacuated 40 wounded from the Chouf by road, but that a convoy of 11 "
      "trucks carrying medical supplies had been turned back at a Druse checkpoint. U.S. Marines "
      "at Beirut airport came under shellfire again, and a Marine spokesman said two Marines were "
      "slightly wounded.",
      [C("at least 150", 150, "at_least", "killed", "people in the Chouf and Aley", "police"),
       C("at least four", 4, "at_least", "other", "villages where civilians were massacred",
         "Christian leaders", optional=True, cat_alt=["infrastructure"]),
       C("About 25,000", 25000, "about", "other", "Christians trapped in Deir el-Qamar",
         "the Lebanese Forces militia", cat_alt=["population", "displaced"]),
       C("40", 40, "exact", "injured", "wounded evacuated from the Chouf",
         "The International Committee of the Red Cross", cat_alt=["displaced"]),
       C("11", 11, "exact", "aid", "trucks of medical supplies turned back",
         "The International Committee of the Red Cross"),
       C("two", 2, "exact", "injured", "U.S. Marines wounded", "a Marine spokesman",
         ctx="two Marines")]),

    P("d80_004",
      "Saturday 14 February 1987\n"
      "From our correspondent in Beirut\n"
      "Women from the besieged Palestinian camp of Bourj el-Barajneh were allowed out for a few "
      "hours yesterday to buy food, the first time in almost four months that Amal militiamen "
      "have lifted the blockade. Foreign doctors working inside said that 20,000 people in the "
      "camp were living on rice, lentils and weeds, and that at least 10 had died of hunger or of "
      "illnesses it had made worse. An UNRWA official in Beirut said the agency had been trying "
      "for weeks to get 30 tonnes of flour into the camp. Amal, the Shia militia backed by Syria, "
      "says its siege is aimed at PLO fighters and not at civilians; but its gunmen shot dead two "
      "women as they tried to cross to the Shia suburb on Monday, according to a British surgeon "
      "who has worked in the camp since October. The surgeon said the camp's makeshift hospital "
      "had treated \"well over 100\" gunshot cases since the turn of the year.",
      [C("20,000", 20000, "exact", "population", "people in Bourj el-Barajneh camp",
         "Foreign doctors working inside"),
       C("at least 10", 10, "at_least", "killed", "people dead of hunger or illness",
         "Foreign doctors working inside"),
       C("30", 30, "exact", "aid", "tonnes of flour", "An UNRWA official in Beirut"),
       C("two", 2, "exact", "killed", "women shot dead",
         "a British surgeon who has worked in the camp since October", ctx="two women"),
       C("well over 100", 100, "more_than", "injured", "gunshot cases treated", "The surgeon",
         attr_alt=["a British surgeon who has worked in the camp since October"])],
      published="1987-02-14"),

    # --- Afghanistan ----------------------------------------------------------------------------
    P("d80_005",
      "QALA-I-JANGI, Afghanistan, Nov 28, 2001 (Reuters) - Northern Alliance commanders said on "
      "Wednesday that the uprising by foreign Taliban prisoners at the Qala-i-Jangi fortress had "
      "been crushed and that at least 400 of the prisoners were dead. Red Cross workers who "
      "entered the fortress said they had so far collected 86 bodies, many of them in the "
      "southern compound where the revolt began. In Washington, the CIA confirmed that one of its "
      "officers had been killed in the first hours of the uprising, the first American known to "
      "have died in combat in the war. Five U.S. soldiers were wounded on Monday when an American "
      "bomb went astray and hit alliance positions near the fort, the Pentagon said. Alliance "
      "officers said dozens of prisoners were still holed up in a basement beneath the compound, "
      "refusing to surrender.",
      [C("at least 400", 400, "at_least", "killed", "Taliban prisoners dead",
         "Northern Alliance commanders"),
       C("86", 86, "exact", "killed", "bodies collected", "Red Cross workers"),
       C("Five", 5, "exact", "injured", "U.S. soldiers wounded by a stray bomb", "the Pentagon"),
       C("dozens", 12, "vague", "detained", "prisoners holed up in a basement",
         "Alliance officers", cat_alt=["other", "troops"])],
      published="2001-11-28"),
    P("d80_006",
      "Press release 94/07\n"
      "Geneva, 4 February 1994\n"
      "Since fighting broke out in Kabul on 1 January, the ICRC hospital in Karte Seh and the "
      "city's other surgical facilities have admitted more than 4,000 wounded, a quarter of them "
      "women and children. The ICRC estimates that at least 650 people have been killed, though "
      "the true figure is certainly higher, since many of the dead are buried where they fall. "
      "Rockets and shells continue to hit residential districts at a rate of hundreds a day. Tens "
      "of thousands of people have fled east towards Jalalabad, where the authorities say more "
      "than 60,000 new arrivals have registered at the Sarshahi camp. The ICRC today flew 12 "
      "tonnes of surgical supplies into Kabul, its third airlift since the fighting began.",
      [C("more than 4,000", 4000, "more_than", "injured", "wounded admitted in Kabul", None,
         attr_alt=["The ICRC"]),
       C("a quarter", 0.25, "exact", "injured", "share of the wounded who are women and children",
         None, optional=True, attr_alt=["The ICRC"]),
       C("at least 650", 650, "at_least", "killed", "people killed in Kabul", "The ICRC",
         attr_alt=[None]),
       C("hundreds", 100, "vague", "munitions", "rockets and shells a day", None,
         attr_alt=["The ICRC"]),
       C("Tens of thousands", 10000, "vague", "displaced", "people fled towards Jalalabad", None,
         attr_alt=["The ICRC"]),
       C("more than 60,000", 60000, "more_than", "displaced", "new arrivals at Sarshahi camp",
         "the authorities"),
       C("12", 12, "exact", "aid", "tonnes of surgical supplies", None, attr_alt=["The ICRC"])],
      published="1994-02-04"),

    # --- Bosnia and Croatia ---------------------------------------------------------------------
    P("d80_007",
      "VARES, Bosnia, Oct 27 (Reuters) - Swedish U.N. soldiers who forced their way into the "
      "Moslem village of Stupni Do on Tuesday found the charred remains of at least 15 people in "
      "burned-out houses and cellars, a U.N. spokesman said. The village had about 250 "
      "inhabitants before Bosnian Croat forces attacked it at dawn on Saturday; U.N. officials "
      "said only 35 of them had so far been accounted for alive. A Swedish officer, who declined "
      "to be named, said his men had counted 38 houses destroyed. \"Not one house is standing,\" "
      "he said. Bosnian Croat commanders in Vares said their troops had fought Moslem soldiers in "
      "the village and denied killing civilians.",
      [C("at least 15", 15, "at_least", "killed", "remains found in Stupni Do",
         "a U.N. spokesman"),
       C("about 250", 250, "about", "population", "inhabitants of Stupni Do", None,
         attr_alt=["U.N. officials"]),
       C("35", 35, "exact", "other", "villagers accounted for alive", "U.N. officials",
         cat_alt=["population", "missing"]),
       C("38", 38, "exact", "infrastructure", "houses destroyed", "A Swedish officer")]),

    P("d80_008",
      "Tuesday 19 April 1994\n"
      "UN aid officials in Gorazde said last night that at least 700 people had been killed and "
      "nearly 2,000 wounded since the Bosnian Serb assault on the enclave began three weeks ago. "
      "A UNHCR spokesman in Sarajevo said the town's hospital, hit twice by tank fire on Sunday, "
      "was holding some 400 patients in a building meant for 120. Bosnian Serb leaders dismissed "
      "the figures as propaganda and said Moslem forces had lost fewer than 50 fighters. A "
      "British special forces soldier was killed and another wounded on Friday, the Ministry of "
      "Defence said; they were among seven British observers sent in to guide Nato aircraft. The "
      "enclave's population, swollen by refugees from the surrounding villages, is estimated by "
      "the UN at 65,000.",
      [C("at least 700", 700, "at_least", "killed", "people killed in Gorazde",
         "UN aid officials in Gorazde"),
       C("nearly 2,000", 2000, "about", "injured", "people wounded in Gorazde",
         "UN aid officials in Gorazde"),
       C("some 400", 400, "about", "injured", "patients in Gorazde hospital",
         "A UNHCR spokesman in Sarajevo", cat_alt=["other"]),
       C("120", 120, "exact", "other", "hospital capacity", "A UNHCR spokesman in Sarajevo",
         optional=True, cat_alt=["infrastructure"]),
       C("fewer than 50", 50, "fewer_than", "killed", "Moslem fighters killed",
         "Bosnian Serb leaders"),
       C("seven", 7, "exact", "troops", "British observers in Gorazde",
         "the Ministry of Defence", attr_alt=[None]),
       C("65,000", 65000, "exact", "population", "people in the Gorazde enclave", "the UN")],
      published="1994-04-19"),

    P("d80_009",
      "SARAJEVO, Bosnia-Herzegovina (AP) — Buses carrying women, children and old people from the "
      "fallen U.N. \"safe area\" of Zepa began arriving in government territory near Kladanj on "
      "Wednesday, and U.N. officials said about 5,000 civilians would be moved out by the "
      "weekend. U.N. spokesman Alexander Ivanko said the 79 Ukrainian peacekeepers in the enclave "
      "were \"effectively hostages\" of the Serbs, who had taken their weapons and 16 armored "
      "vehicles. The Bosnian government said hundreds of its soldiers had refused to surrender "
      "and were trying to slip through Serb lines. Bosnian Serb television said 1,100 Moslem "
      "soldiers were surrounded in the hills above the town and had until noon Thursday to give "
      "up.",
      [C("about 5,000", 5000, "about", "displaced", "civilians moved out of Zepa",
         "U.N. officials"),
       C("79", 79, "exact", "hostages", "Ukrainian peacekeepers held by the Serbs",
         "U.N. spokesman Alexander Ivanko", cat_alt=["troops"]),
       C("16", 16, "exact", "munitions", "armored vehicles taken by the Serbs",
         "U.N. spokesman Alexander Ivanko", attr_alt=[None], cat_alt=["other"]),
       C("hundreds", 100, "vague", "troops", "Bosnian soldiers refusing to surrender",
         "The Bosnian government"),
       C("1,100", 1100, "exact", "troops", "Moslem soldiers surrounded",
         "Bosnian Serb television", cat_alt=["other"])]),

    P("d80_010",
      "Published: January 26, 1993\n"
      "ZAGREB, Croatia, Jan. 25 — Croatian troops pressed their offensive in the Serb-held "
      "Krajina today for a fourth day, and the Croatian Defense Ministry said its forces had "
      "retaken the area around the Maslenica bridge and 21 villages with the loss of 11 soldiers. "
      "Krajina Serb officials said 114 people had been killed on their side, most of them "
      "civilians, and called a general mobilization. The United Nations said Serb fighters had "
      "broken into four storage sites and taken back hundreds of heavy weapons surrendered under "
      "the Vance plan, among them tanks and artillery pieces. Two French soldiers with the United "
      "Nations Protection Force were killed by shellfire on Friday, a United Nations spokesman "
      "said. Some 2,000 Serb civilians have fled the fighting toward Benkovac, relief workers "
      "said.",
      [C("21", 21, "exact", "other", "villages retaken", "the Croatian Defense Ministry",
         cat_alt=["infrastructure"]),
       C("11", 11, "exact", "killed", "Croatian soldiers killed",
         "the Croatian Defense Ministry"),
       C("114", 114, "exact", "killed", "people killed on the Serb side",
         "Krajina Serb officials"),
       C("four", 4, "exact", "other", "U.N. storage sites broken into", "The United Nations",
         optional=True, cat_alt=["infrastructure"]),
       C("hundreds", 100, "vague", "munitions", "heavy weapons taken back",
         "The United Nations"),
       C("Two", 2, "exact", "killed", "French U.N. soldiers", "a United Nations spokesman"),
       C("Some 2,000", 2000, "about", "displaced", "Serb civilians fled toward Benkovac",
         "relief workers")],
      published="1993-01-26"),

    # --- Kosovo and Chechnya --------------------------------------------------------------------
    P("d80_011",
      "Friday, 16 February, 2001, 18:32 GMT\n"
      "Kosovo bus bomb kills Serbs\n"
      "At least seven Serbs have been killed and more than 40 injured after a bomb blew apart a "
      "bus carrying Serb pilgrims near the Kosovo town of Podujevo. The Nato-led peacekeeping "
      "force, K-For, said the device had been detonated by remote control as the bus, the first "
      "of five in a convoy under Swedish escort, crossed a culvert. Serbian officials in Belgrade "
      "put the number of dead at 10 and accused K-For of failing to protect the convoy. A UN "
      "police spokesman said three of the injured were children and that 12 people were in a "
      "critical condition at the military hospital in Pristina. K-For has about 40,000 troops in "
      "the province.",
      [C("At least seven", 7, "at_least", "killed", "Serbs killed in the bus bombing", None,
         attr_alt=["The Nato-led peacekeeping force"]),
       C("more than 40", 40, "more_than", "injured", "people injured in the bus bombing", None,
         attr_alt=["The Nato-led peacekeeping force"]),
       C("five", 5, "exact", "other", "buses in the convoy", "The Nato-led peacekeeping force",
         optional=True),
       C("10", 10, "exact", "killed", "dead in the bus bombing",
         "Serbian officials in Belgrade"),
       C("three", 3, "exact", "injured", "children injured", "A UN police spokesman"),
       C("12", 12, "exact", "injured", "people in a critical condition",
         "A UN police spokesman"),
       C("about 40,000", 40000, "about", "troops", "K-For troops in Kosovo", None)],
      published="2001-02-16"),

    P("d80_012",
      "MOSCOW, March 14 (AFP) - Russian forces have killed more than 600 rebel fighters in ten "
      "days of fighting for the village of Komsomolskoye in the foothills of southern Chechnya, a "
      "spokesman for the federal forces said Tuesday. He put the army's own losses there at 31 "
      "dead and 85 wounded, figures that could not be verified. Chechen rebel websites said the "
      "fighters of field commander Ruslan Gelayev had lost fewer than 60 men and had destroyed "
      "five armoured vehicles. The Russian human rights group Memorial said most of the village's "
      "5,000 residents had fled before the assault but that about 80 were believed to be still "
      "sheltering in their cellars.",
      [C("more than 600", 600, "more_than", "killed", "rebel fighters killed at Komsomolskoye",
         "a spokesman for the federal forces"),
       C("31", 31, "exact", "killed", "federal troops killed",
         "a spokesman for the federal forces", attr_alt=["He"]),
       C("85", 85, "exact", "injured", "federal troops wounded",
         "a spokesman for the federal forces", attr_alt=["He"]),
       C("fewer than 60", 60, "fewer_than", "killed", "Gelayev's fighters killed",
         "Chechen rebel websites"),
       C("five", 5, "exact", "munitions", "armoured vehicles destroyed",
         "Chechen rebel websites", cat_alt=["other"]),
       C("5,000", 5000, "exact", "population", "residents of Komsomolskoye",
         "The Russian human rights group Memorial"),
       C("about 80", 80, "about", "other", "residents still in their cellars",
         "The Russian human rights group Memorial", cat_alt=["population", "displaced"])]),

    P("d80_013",
      "Friday, March 31, 2000\n"
      "Perm Riot Police Lose 31 in Chechen Ambush\n"
      "By Staff Writer\n"
      "Rebels ambushed a column of riot police from the Urals city of Perm in the mountains of "
      "southern Chechnya, killing at least 31 of them, the Interior Ministry said Thursday. The 42 "
      "officers, traveling in two trucks and an armored personnel carrier, were attacked on "
      "Wednesday near the village of Zhani-Vedeno, the ministry said, and 11 were still missing. "
      "A unit sent to rescue them was itself pinned down and lost a further six men, according to "
      "military sources cited by Interfax. The rebel Kavkaz Center website claimed that \"about "
      "80\" federal troops had been killed and that some of the policemen had been taken "
      "prisoner. Only four men are known to have escaped unhurt.",
      [C("31", 31, "exact", "killed", "Perm riot police (headline)", None, ctx="Lose 31"),
       C("at least 31", 31, "at_least", "killed", "Perm riot police killed",
         "the Interior Ministry"),
       C("42", 42, "exact", "troops", "riot police officers in the column", "the ministry",
         attr_alt=["the Interior Ministry"], cat_alt=["other"]),
       C("two", 2, "exact", "other", "trucks in the column", "the ministry", optional=True,
         attr_alt=["the Interior Ministry"], cat_alt=["munitions"]),
       C("11", 11, "exact", "missing", "riot police missing", "the ministry",
         attr_alt=["the Interior Ministry"]),
       C("six", 6, "exact", "killed", "men of the rescue unit killed", "military sources",
         attr_alt=["Interfax"]),
       C("about 80", 80, "about", "killed", "federal troops killed",
         "The rebel Kavkaz Center website"),
       C("four", 4, "exact", "other", "policemen who escaped unhurt", None)],
      published="2000-03-31"),

    # --- Sierra Leone and Liberia ---------------------------------------------------------------
    P("d80_014",
      "Sunday, July 16, 2000\n"
      "NEW DELHI, JULY 15. Indian troops serving with the United Nations in Sierra Leone today "
      "broke out of the rebel-held town of Kailahun, where 223 of them had been surrounded by the "
      "Revolutionary United Front for more than two months. An Army spokesman here said one Indian "
      "soldier was killed and two were wounded in the operation, which involved helicopter "
      "gunships and about 1,000 troops of the U.N. mission. He said the rebels had suffered "
      "\"heavy casualties\" but gave no figure. A UNAMSIL spokesman in Freetown said the column "
      "had reached Daru by evening with 11 military observers who had been trapped with it. In "
      "May the RUF seized about 500 U.N. peacekeepers, most of whom were freed within weeks.",
      [C("223", 223, "exact", "troops", "Indian peacekeepers surrounded at Kailahun", None,
         attr_alt=["An Army spokesman"], cat_alt=["hostages"]),
       C("one", 1, "exact", "killed", "Indian soldier killed", "An Army spokesman",
         ctx="one Indian soldier"),
       C("two", 2, "exact", "injured", "Indian soldiers wounded", "An Army spokesman",
         ctx="two were wounded"),
       C("about 1,000", 1000, "about", "troops", "U.N. troops in the operation",
         "An Army spokesman", attr_alt=[None]),
       C("11", 11, "exact", "troops", "military observers trapped with the column",
         "A UNAMSIL spokesman in Freetown", cat_alt=["other", "hostages"]),
       C("about 500", 500, "about", "hostages", "U.N. peacekeepers seized by the RUF in May",
         None)],
      published="2000-07-16"),

    P("d80_015",
      "ABIDJAN, Ivory Coast (AP) — Government soldiers broke into a Lutheran church in Monrovia "
      "where about 2,000 people had taken refuge and killed at least 200 of them with guns and "
      "machetes, relief workers said Monday. A Liberian Red Cross official who visited the church "
      "on Monday morning said she had counted more than 200 bodies inside and in the churchyard, "
      "among them babies still strapped to their mothers' backs. Survivors who reached a U.N. "
      "compound told reporters the soldiers had killed as many as 600 people. A U.S. Embassy "
      "spokesman said 30 wounded survivors had been taken to the John F. Kennedy hospital. The "
      "government of President Samuel K. Doe has not commented. About 2,300 U.S. Marines are "
      "aboard ships off the Liberian coast.",
      [C("about 2,000", 2000, "about", "displaced", "people sheltering in the church",
         "relief workers"),
       C("at least 200", 200, "at_least", "killed", "people killed in the church",
         "relief workers"),
       C("more than 200", 200, "more_than", "killed", "bodies counted at the church",
         "A Liberian Red Cross official"),
       C("as many as 600", 600, "at_most", "killed", "people killed in the church",
         "Survivors"),
       C("30", 30, "exact", "injured", "wounded survivors taken to hospital",
         "A U.S. Embassy spokesman"),
       C("About 2,300", 2300, "about", "troops", "U.S. Marines off Liberia", None)]),

    P("d80_016",
      "MONROVIA, Oct 31 (Reuters) - The bodies of five American Roman Catholic nuns killed on the "
      "outskirts of Monrovia were recovered on Saturday, two weeks after Charles Taylor's rebels "
      "launched their assault on the capital, the U.S. embassy said. West African peacekeepers of "
      "ECOMOG, who now number about 11,000 after reinforcements from Nigeria and Ghana, said they "
      "had pushed the National Patriotic Front of Liberia back beyond the Po River bridge and "
      "killed \"scores\" of rebel fighters. A spokesman for the rebels denied the losses and said "
      "ECOMOG jets had bombed the port of Buchanan, killing 41 civilians. Relief agencies "
      "estimate that more than 100,000 people have fled into the centre of Monrovia since Oct. "
      "15, and the World Food Programme said it was feeding 42,000 of them in schools and "
      "churches.",
      [C("five", 5, "exact", "killed", "American nuns", "the U.S. embassy"),
       C("about 11,000", 11000, "about", "troops", "ECOMOG peacekeepers",
         "West African peacekeepers of ECOMOG"),
       C("scores", 20, "vague", "killed", "rebel fighters killed",
         "West African peacekeepers of ECOMOG"),
       C("41", 41, "exact", "killed", "civilians in Buchanan", "A spokesman for the rebels"),
       C("more than 100,000", 100000, "more_than", "displaced",
         "people fled into central Monrovia", "Relief agencies"),
       C("42,000", 42000, "exact", "other", "displaced people fed by WFP",
         "the World Food Programme", cat_alt=["aid", "displaced"])]),

    # --- The Congo and Rwanda's refugees --------------------------------------------------------
    P("d80_017",
      "IRIN Update 502 for the Great Lakes, 1 September 1998\n"
      "DRC: Church sources report massacre near Mwenga\n"
      "Catholic church sources in Bukavu say at least 600 civilians, among them a customary chief "
      "and his family, were killed last week in and around the village of Kasika, in South "
      "Kivu's Mwenga territory. The killings reportedly followed an ambush by Mayi-Mayi "
      "militiamen in which several rebel officers died. A spokesman for the rebel Rassemblement "
      "congolais pour la democratie (RCD) told IRIN the toll was \"grossly exaggerated\" and that "
      "fewer than 40 people, all of them combatants, had been killed. The local parish priest and "
      "two nuns were among the dead, according to the sources, who said some 3,000 villagers had "
      "fled into the forest.",
      [C("at least 600", 600, "at_least", "killed", "civilians killed at Kasika",
         "Catholic church sources in Bukavu"),
       C("fewer than 40", 40, "fewer_than", "killed", "people killed at Kasika",
         "A spokesman for the rebel Rassemblement congolais pour la democratie (RCD)"),
       C("two", 2, "exact", "killed", "nuns killed", "the sources",
         attr_alt=["Catholic church sources in Bukavu"]),
       C("some 3,000", 3000, "about", "displaced", "villagers fled into the forest",
         "the sources", attr_alt=["Catholic church sources in Bukavu"])],
      published="1998-09-01"),

    P("d80_018",
      "24 August 2010 – The United Nations mission in the Democratic Republic of the Congo "
      "(MONUSCO) is investigating reports that at least 154 women were raped by rebels over four "
      "days in and around the town of Luvungi in the east of the country, a UN spokesperson said "
      "today. The attacks, between 30 July and 2 August, were carried out by some 200 fighters of "
      "the Democratic Forces for the Liberation of Rwanda (FDLR) and a local Mai-Mai militia, "
      "according to the International Medical Corps, which treated many of the victims. "
      "Spokesperson Martin Nesirky told reporters in New York that the rebels had blocked the "
      "road and looted 13 villages, and that a MONUSCO base about 30 kilometres away had not "
      "learned of the attacks until days later. Humanitarian groups say more than 8,000 women "
      "were raped in the two Kivu provinces last year alone.",
      [C("at least 154", 154, "at_least", "other", "women raped around Luvungi",
         "a UN spokesperson", cat_alt=["injured"]),
       C("some 200", 200, "about", "troops", "FDLR and Mai-Mai fighters",
         "the International Medical Corps", cat_alt=["other"]),
       C("13", 13, "exact", "other", "villages looted", "Spokesperson Martin Nesirky",
         optional=True, cat_alt=["infrastructure"]),
       C("more than 8,000", 8000, "more_than", "other", "women raped in the Kivus last year",
         "Humanitarian groups", cat_alt=["injured"])],
      published="2010-08-24"),

    P("d80_019",
      "NGARA, Tanzania, April 30, 1994 (AFP) - Some 250,000 Rwandans have poured across the "
      "Rusumo Falls bridge into northwestern Tanzania in little more than 24 hours, the UN High "
      "Commissioner for Refugees said on Saturday, calling it the largest and fastest exodus it "
      "had ever witnessed. UNHCR spokesman Panos Moumtzis said the refugees, most of them Hutus "
      "from Rwanda's Kibungo prefecture, were camping on open hillsides at Benaco, 15 kilometres "
      "from the border, where there was water for \"perhaps 50,000 people\". Tanzanian officials "
      "said bodies were floating down the Kagera River at the rate of one every few minutes, and "
      "fishermen on Lake Victoria reported hundreds more. The World Food Programme said it had "
      "trucked in 300 tonnes of food from Dar es Salaam but needed ten times as much.",
      [C("Some 250,000", 250000, "about", "displaced", "Rwandans fled into Tanzania",
         "the UN High Commissioner for Refugees"),
       C("perhaps 50,000", 50000, "about", "other", "people the water at Benaco could serve",
         "UNHCR spokesman Panos Moumtzis", optional=True, cat_alt=["aid", "population"]),
       C("hundreds", 100, "vague", "killed", "bodies seen from Lake Victoria",
         "fishermen on Lake Victoria"),
       C("300", 300, "exact", "aid", "tonnes of food trucked in", "The World Food Programme")],
      published="1994-04-30"),

    # --- Sri Lanka ------------------------------------------------------------------------------
    P("d80_020",
      "COLOMBO, Aug 7, 2006 (AFP) - The bodies of 15 local aid workers employed by the French "
      "charity Action Contre la Faim were found lying face down in the grounds of its office in "
      "the eastern town of Muttur, the group said Monday. Two more staff members are missing and "
      "feared dead, ACF said in Paris. Four of the victims were women, according to the Sri Lanka "
      "Monitoring Mission, the Nordic truce monitors, who said they had been shot at close range. "
      "The military blamed the Tamil Tiger rebels, who in turn accused government troops of the "
      "killings. More than 40,000 of Muttur's roughly 50,000 residents have fled to Kantale after "
      "a week of shelling, aid agencies said.",
      [C("15", 15, "exact", "killed", "ACF aid workers", "the group",
         attr_alt=["Action Contre la Faim"]),
       C("Two", 2, "exact", "killed", "ACF staff missing and feared dead", "ACF",
         cat_alt=["missing"]),
       C("Four", 4, "exact", "killed", "women among the victims",
         "the Sri Lanka Monitoring Mission"),
       C("More than 40,000", 40000, "more_than", "displaced", "Muttur residents fled",
         "aid agencies"),
       C("roughly 50,000", 50000, "about", "population", "residents of Muttur", "aid agencies",
         attr_alt=[None])],
      published="2006-08-07"),

    P("d80_021",
      "COLOMBO, Sri Lanka (UPI) -- Tamil guerrillas stopped a bus carrying young Buddhist monks "
      "near the eastern village of Aranthalawa and hacked and shot 33 of them to death, along "
      "with the driver and four other civilians, the National Security Ministry said Wednesday. "
      "The monks, most of them novices aged between 12 and 15, had been traveling to a temple in "
      "the hill country. A ministry spokesman said eight people survived with wounds and were "
      "taken to the hospital at Ampara. The Liberation Tigers of Tamil Eelam denied "
      "responsibility. The killings came a week after the army opened an offensive on the Jaffna "
      "peninsula, where the government says some 800,000 Tamils live, and in which relief "
      "workers say at least 250 civilians have died.",
      [C("33", 33, "exact", "killed", "Buddhist monks killed", "the National Security Ministry"),
       C("four", 4, "exact", "killed", "other civilians killed",
         "the National Security Ministry"),
       C("eight", 8, "exact", "injured", "wounded survivors", "A ministry spokesman"),
       C("some 800,000", 800000, "about", "population", "Tamils on the Jaffna peninsula",
         "the government"),
       C("at least 250", 250, "at_least", "killed", "civilians killed in the Jaffna offensive",
         "relief workers")]),

    # --- Colombia -------------------------------------------------------------------------------
    P("d80_022",
      "December 7, 1989\n"
      "From Times Wire Services\n"
      "BOGOTA, Colombia — A bus packed with dynamite exploded outside the headquarters of "
      "Colombia's secret police Wednesday, killing at least 45 people and wounding about 600, "
      "police said. The blast gouged a crater 13 feet deep and shattered windows for 20 blocks; "
      "officials said more than 300 buildings and shops nearby were damaged. The chief of the "
      "Administrative Department of Security, Gen. Miguel Maza Marquez, was unhurt in his "
      "armored office on the eighth floor; an aide said the general believed the Medellin "
      "cocaine cartel had tried to kill him for the second time this year. Rescue workers said "
      "they were still digging through the rubble for at least 20 people reported missing by "
      "relatives.",
      [C("at least 45", 45, "at_least", "killed", "people killed in the DAS bombing", "police"),
       C("about 600", 600, "about", "injured", "people wounded in the DAS bombing", "police"),
       C("more than 300", 300, "more_than", "infrastructure", "buildings and shops damaged",
         "officials"),
       C("at least 20", 20, "at_least", "missing", "people reported missing",
         "Rescue workers")],
      published="1989-12-07"),

    P("d80_023",
      "BOGOTA, Sept 1 (Reuters) - Colombia's army said on Sunday that 27 soldiers were killed and "
      "at least 60 taken prisoner when hundreds of Revolutionary Armed Forces of Colombia (FARC) "
      "guerrillas overran the Las Delicias base in the southern jungle province of Putumayo late "
      "on Friday. Army commander Gen. Harold Bedoya said the base had been defended by 120 men "
      "and that 19 of them had escaped or been lifted out by helicopter. In a statement read on "
      "local radio, the FARC said it had \"captured 60 soldiers\" and seized \"more than 100 "
      "rifles, mortars and machine guns\", and that it would free the men only in a "
      "demilitarised zone. The attack was part of a nationwide offensive that has killed at "
      "least 80 soldiers and police in five days, according to figures compiled by Reuters.",
      [C("27", 27, "exact", "killed", "soldiers killed at Las Delicias", "Colombia's army"),
       C("at least 60", 60, "at_least", "hostages", "soldiers taken prisoner by the FARC",
         "Colombia's army", cat_alt=["detained"]),
       C("hundreds", 100, "vague", "troops", "FARC guerrillas in the attack", "Colombia's army",
         cat_alt=["other"]),
       C("120", 120, "exact", "troops", "soldiers defending the base",
         "Army commander Gen. Harold Bedoya"),
       C("19", 19, "exact", "other", "soldiers who escaped or were lifted out",
         "Army commander Gen. Harold Bedoya", cat_alt=["troops"]),
       C("60", 60, "exact", "hostages", "soldiers captured", "the FARC",
         cat_alt=["detained"], ctx="captured 60 soldiers"),
       C("more than 100", 100, "more_than", "munitions", "weapons seized by the FARC",
         "the FARC", cat_alt=["other"]),
       C("at least 80", 80, "at_least", "killed", "soldiers and police killed in the offensive",
         "figures compiled by Reuters", attr_alt=["Reuters"])]),

    P("d80_024",
      "CARTAGENA DEL CHAIRA, Colombia (AP) — Leftist rebels on Sunday freed 70 soldiers and "
      "marines they had held for as long as nine months, handing them over to a commission of "
      "Red Cross officials, church leaders and diplomats in a jungle clearing in southern "
      "Colombia. Most of the men had been captured when guerrillas overran the Las Delicias army "
      "base last August; 10 were marines seized on the Pacific coast in January, the "
      "International Committee of the Red Cross said. An army doctor who examined them said 17 "
      "had malaria or leishmaniasis and three needed surgery for old wounds. The government had "
      "to pull some 2,000 troops out of a swath of Caqueta province for a month to allow the "
      "handover. The Revolutionary Armed Forces of Colombia are still believed to be holding "
      "about 100 soldiers and police.",
      [C("70", 70, "exact", "hostages", "soldiers and marines freed by the FARC", None,
         attr_alt=["the International Committee of the Red Cross"], cat_alt=["detained"]),
       C("10", 10, "exact", "hostages", "marines seized on the Pacific coast",
         "the International Committee of the Red Cross", cat_alt=["detained"]),
       C("17", 17, "exact", "other", "freed men with malaria or leishmaniasis",
         "An army doctor", cat_alt=["injured"]),
       C("three", 3, "exact", "injured", "freed men needing surgery", "An army doctor"),
       C("some 2,000", 2000, "about", "troops", "troops pulled out of Caqueta", None,
         attr_alt=["The government"]),
       C("about 100", 100, "about", "hostages", "soldiers and police still held by the FARC",
         None, cat_alt=["detained"])]),

    # --- The Philippines ------------------------------------------------------------------------
    P("d80_025",
      "Thursday, April 6, 1995\n"
      "IPIL, Zamboanga del Sur — The death toll in Tuesday's raid on this town by some 200 "
      "heavily armed men rose to 53 yesterday, military officials said, as soldiers pursued the "
      "raiders into the hills, where they were holding at least 30 hostages. Regional military "
      "spokesman Maj. Rolando Gonzales said 44 of the dead were civilians, among them bank "
      "employees and shoppers, and that nine were soldiers and policemen. The raiders, whom the "
      "military has blamed on the Abu Sayyaf group, looted six banks and set fire to the town "
      "center, razing at least 40 buildings. Local officials said more than 2,000 residents spent "
      "the night in the town gymnasium. President Ramos ordered an additional 1,000 troops to the "
      "province.",
      [C("some 200", 200, "about", "troops", "raiders", "military officials",
         cat_alt=["other"]),
       C("53", 53, "exact", "killed", "people killed in the Ipil raid", "military officials"),
       C("at least 30", 30, "at_least", "hostages", "hostages held by the raiders",
         "military officials", attr_alt=[None]),
       C("44", 44, "exact", "killed", "civilians killed",
         "Regional military spokesman Maj. Rolando Gonzales"),
       C("nine", 9, "exact", "killed", "soldiers and policemen killed",
         "Regional military spokesman Maj. Rolando Gonzales"),
       C("six", 6, "exact", "infrastructure", "banks looted", None,
         attr_alt=["Regional military spokesman Maj. Rolando Gonzales"]),
       C("at least 40", 40, "at_least", "infrastructure", "buildings razed", None,
         attr_alt=["Regional military spokesman Maj. Rolando Gonzales"]),
       C("more than 2,000", 2000, "more_than", "displaced", "residents sheltering in the gym",
         "Local officials"),
       C("1,000", 1000, "exact", "troops", "additional troops ordered to the province", None,
         attr_alt=["President Ramos"])],
      published="1995-04-06"),

    P("d80_026",
      "MANILA, July 9 (Xinhua) -- Philippine government troops on Sunday captured Camp Abubakar, "
      "the main stronghold of the Moro Islamic Liberation Front (MILF) in the southern province "
      "of Maguindanao, after a three-month offensive, the Armed Forces of the Philippines "
      "announced. Military spokesman Col. Rafael Romero said 12 soldiers and at least 38 rebels "
      "were killed in the final assault, which involved some 5,000 troops backed by tanks and "
      "OV-10 bombers. The MILF said its fighters had withdrawn from the camp in good order and "
      "that only three of its men had died. According to the National Disaster Coordinating "
      "Council, the fighting in central Mindanao since March has displaced more than 400,000 "
      "people, of whom about 140,000 remain in 180 evacuation centers.",
      [C("12", 12, "exact", "killed", "soldiers killed in the final assault",
         "Military spokesman Col. Rafael Romero"),
       C("at least 38", 38, "at_least", "killed", "MILF rebels killed",
         "Military spokesman Col. Rafael Romero"),
       C("some 5,000", 5000, "about", "troops", "troops in the final assault",
         "Military spokesman Col. Rafael Romero", attr_alt=[None]),
       C("three", 3, "exact", "killed", "MILF fighters killed", "The MILF",
         ctx="three of its men"),
       C("more than 400,000", 400000, "more_than", "displaced",
         "people displaced in central Mindanao", "the National Disaster Coordinating Council"),
       C("about 140,000", 140000, "about", "displaced", "people in evacuation centers",
         "the National Disaster Coordinating Council"),
       C("180", 180, "exact", "infrastructure", "evacuation centers",
         "the National Disaster Coordinating Council", cat_alt=["other"])]),

    # --- Kashmir --------------------------------------------------------------------------------
    P("d80_027",
      "SRINAGAR, India, Jan. 22 — Paramilitary troops opened fire on thousands of protesters "
      "crossing the Gawkadal bridge here on Sunday, and hospital officials said today that at "
      "least 35 people had been killed. The state government put the toll at 21 and said the "
      "troops had fired only after being attacked with stones. Residents and doctors at the Shri "
      "Maharaja Hari Singh Hospital said the number of dead was over 50 and that several bodies "
      "had been thrown into the Jhelum River. An indefinite curfew remained in force in the city "
      "of 800,000 people for a third day, and the police said more than 300 people had been "
      "detained in house-to-house searches.",
      [C("thousands", 1000, "vague", "other", "protesters on the Gawkadal bridge", None,
         attr_alt=["hospital officials"]),
       C("at least 35", 35, "at_least", "killed", "people killed at Gawkadal",
         "hospital officials"),
       C("21", 21, "exact", "killed", "people killed at Gawkadal", "The state government"),
       C("over 50", 50, "more_than", "killed", "people killed at Gawkadal",
         "Residents and doctors at the Shri Maharaja Hari Singh Hospital"),
       C("800,000", 800000, "exact", "population", "people in Srinagar", None),
       C("more than 300", 300, "more_than", "detained", "people detained in searches",
         "the police")]),

    P("d80_028",
      "Tuesday, January 27, 1998\n"
      "Militants massacre 23 Pandits in Wandhama\n"
      "Express News Service\n"
      "Srinagar, January 26: Gunmen dressed in army fatigues shot dead 23 Kashmiri Pandits, "
      "including nine women and four children, in the village of Wandhama in Ganderbal late on "
      "Sunday night, hours before the Republic Day celebrations. Police said the militants, "
      "numbering about 15, had gone from house to house and lined up the families before opening "
      "fire. The lone survivor, a 14-year-old boy, hid in a loft and told police what he had "
      "seen. Director General of Police Gurbachan Jagat blamed the Harkat-ul-Ansar and said four "
      "houses and a temple had been set on fire. Only four Pandit families had remained in "
      "Wandhama after the exodus of 1990, when an estimated 250,000 Pandits left the Valley, "
      "according to community leaders.",
      [C("23", 23, "exact", "killed", "Kashmiri Pandits (headline)", None,
         ctx="massacre 23"),
       C("23", 23, "exact", "killed", "Kashmiri Pandits killed in Wandhama", None,
         attr_alt=["Police"], ctx="shot dead 23"),
       C("nine", 9, "exact", "killed", "women killed", None, attr_alt=["Police"]),
       C("four", 4, "exact", "killed", "children killed", None, attr_alt=["Police"],
         ctx="four children"),
       C("about 15", 15, "about", "troops", "militants in the attack", "Police",
         cat_alt=["other"]),
       C("four", 4, "exact", "infrastructure", "houses set on fire",
         "Director General of Police Gurbachan Jagat", cat_alt=["other"], ctx="four houses"),
       C("four", 4, "exact", "population", "Pandit families left in Wandhama",
         "community leaders", cat_alt=["other"], ctx="four Pandit"),
       C("an estimated 250,000", 250000, "about", "displaced", "Pandits who left the Valley",
         "community leaders")],
      published="1998-01-27"),

    # --- Sudan and Somalia ----------------------------------------------------------------------
    P("d80_029",
      "NAIROBI, Dec 4 (Reuters) - Relief workers who flew into the southern Sudanese town of Bor "
      "this week said they had found evidence that as many as 2,000 civilians were killed when a "
      "breakaway rebel faction and armed Nuer cattle herders swept through the area last month. "
      "The mainstream Sudan People's Liberation Army (SPLA) of John Garang said in a statement "
      "that at least 5,000 people had been killed and tens of thousands of cattle driven off. The "
      "breakaway faction led by Riek Machar denied ordering any killings and said its forces had "
      "fought only SPLA troops. An official of Operation Lifeline Sudan, the U.N.-led relief "
      "effort, said some 100,000 people had fled south toward Mongalla and Juba. \"We have eight "
      "relief workers on the ground and one plane,\" he said.",
      [C("as many as 2,000", 2000, "at_most", "killed", "civilians killed around Bor",
         "Relief workers"),
       C("at least 5,000", 5000, "at_least", "killed", "people killed around Bor",
         "The mainstream Sudan People's Liberation Army (SPLA)"),
       C("tens of thousands", 10000, "vague", "other", "cattle driven off",
         "The mainstream Sudan People's Liberation Army (SPLA)"),
       C("some 100,000", 100000, "about", "displaced", "people fled toward Mongalla and Juba",
         "An official of Operation Lifeline Sudan"),
       C("eight", 8, "exact", "other", "relief workers in Bor",
         "An official of Operation Lifeline Sudan", optional=True, attr_alt=["he"],
         cat_alt=["troops"]),
       C("one", 1, "exact", "other", "relief plane", "An official of Operation Lifeline Sudan",
         optional=True, attr_alt=["he"], ctx="one plane")]),

    P("d80_030",
      "Sunday, June 6, 1993\n"
      "MOGADISHU, Somalia, June 5 — Gunmen loyal to clan leader Mohamed Farah Aideed ambushed "
      "Pakistani peacekeepers across southern Mogadishu today, killing 22 of them in the "
      "bloodiest attack on U.N. troops since the world body took over the Somalia operation a "
      "month ago, U.N. officials said. A U.N. military spokesman said 54 Pakistanis had been "
      "wounded and that several were unaccounted for. At least 15 Somalis were killed in the "
      "fighting, according to doctors at Benadir Hospital. The U.N. force numbers about 18,000 "
      "troops from 25 countries, some 4,500 of them Pakistanis. Three American soldiers of the "
      "quick reaction force were wounded when they went to the Pakistanis' aid, the Pentagon "
      "said.",
      [C("22", 22, "exact", "killed", "Pakistani peacekeepers killed", "U.N. officials"),
       C("54", 54, "exact", "injured", "Pakistani peacekeepers wounded",
         "A U.N. military spokesman"),
       C("At least 15", 15, "at_least", "killed", "Somalis killed",
         "doctors at Benadir Hospital"),
       C("about 18,000", 18000, "about", "troops", "U.N. troops in Somalia", None),
       C("25", 25, "exact", "other", "countries contributing troops", None, optional=True),
       C("some 4,500", 4500, "about", "troops", "Pakistani troops in Somalia", None),
       C("Three", 3, "exact", "injured", "American soldiers wounded", "the Pentagon")],
      published="1993-06-06"),

    # --- Iraq and the Gulf ----------------------------------------------------------------------
    P("d80_031",
      "MUSAYYIB, Iraq (AP) — A suicide bomber blew himself up beside a fuel tanker near a Shiite "
      "mosque in this town south of Baghdad on Saturday evening, igniting a fireball that killed "
      "at least 71 people and wounded 156, police said. An official at the Health Ministry in "
      "Baghdad gave a higher toll of 98 dead and said it was likely to rise. Witnesses said the "
      "blast tore through a crowded market and set fire to dozens of cars and at least 20 shops. "
      "The U.S. military said separately that two American soldiers had been killed by a "
      "roadside bomb in Baghdad. Iraqi police said they had arrested four men suspected of "
      "helping the bomber.",
      [C("at least 71", 71, "at_least", "killed", "people killed in Musayyib", "police"),
       C("156", 156, "exact", "injured", "people wounded in Musayyib", "police"),
       C("98", 98, "exact", "killed", "people killed in Musayyib",
         "An official at the Health Ministry in Baghdad"),
       C("dozens", 12, "vague", "other", "cars set on fire", "Witnesses", optional=True,
         cat_alt=["infrastructure"]),
       C("at least 20", 20, "at_least", "infrastructure", "shops set on fire", "Witnesses"),
       C("two", 2, "exact", "killed", "American soldiers killed in Baghdad",
         "The U.S. military"),
       C("four", 4, "exact", "detained", "suspects arrested", "Iraqi police")]),

    P("d80_032",
      "LARNACA, Cyprus, April 13 (Reuters) - Hijackers holding a Kuwaiti jumbo jet at Larnaca "
      "airport freed 12 more hostages on Wednesday, leaving about 50 passengers and crew aboard, "
      "Cypriot officials said. The gunmen, believed to number between six and eight, have killed "
      "two Kuwaiti passengers since the plane was seized on a flight from Bangkok eight days ago, "
      "dumping their bodies on the tarmac. They are demanding the release of 17 pro-Iranian "
      "prisoners jailed in Kuwait for bombings there in 1983. A Cypriot government spokesman said "
      "the plane had been refuelled and that the hijackers had threatened to blow it up if it was "
      "not allowed to leave. Some 57 hostages were let go while the Boeing 747 was on the ground "
      "in the Iranian city of Mashhad, Iranian officials said last week.",
      [C("12", 12, "exact", "hostages", "hostages freed at Larnaca", "Cypriot officials"),
       C("about 50", 50, "about", "hostages", "passengers and crew still aboard",
         "Cypriot officials"),
       C("between six and eight", 6, "range", "troops", "hijackers", None, high=8,
         attr_alt=["Cypriot officials"], cat_alt=["other"]),
       C("two", 2, "exact", "killed", "Kuwaiti passengers killed", None,
         attr_alt=["Cypriot officials"]),
       C("17", 17, "exact", "detained", "prisoners whose release is demanded", None,
         attr_alt=["Cypriot officials"]),
       C("Some 57", 57, "about", "hostages", "hostages let go in Mashhad",
         "Iranian officials")]),

    # --- Syria and Yemen ------------------------------------------------------------------------
    P("d80_033",
      "12 June 2011 Last updated at 16:05 GMT\n"
      "Syria: Thousands flee to Turkey as army enters Jisr al-Shughour\n"
      "Syrian troops have retaken the northern town of Jisr al-Shughour after most of its 50,000 "
      "residents fled, state television reports. It said the army had found a mass grave holding "
      "the bodies of security personnel, and repeated the government's claim that 120 members of "
      "the security forces were killed in the town last week by \"armed gangs\". Activists and "
      "residents say the dead were soldiers shot by their own side for refusing to fire on "
      "protesters. Turkey's disaster management agency says 6,817 Syrians are now sheltering in "
      "camps in Hatay province, up from about 4,300 on Friday. The BBC cannot independently "
      "verify the reports because foreign journalists are barred from Syria.",
      [C("Thousands", 1000, "vague", "displaced", "Syrians fled to Turkey (headline)", None),
       C("50,000", 50000, "exact", "population", "residents of Jisr al-Shughour",
         "state television"),
       C("120", 120, "exact", "killed", "security forces killed in Jisr al-Shughour",
         "the government", attr_alt=["state television", "It"]),
       C("6,817", 6817, "exact", "displaced", "Syrians sheltering in Hatay camps",
         "Turkey's disaster management agency"),
       C("about 4,300", 4300, "about", "displaced", "Syrians in Hatay camps on Friday",
         "Turkey's disaster management agency")],
      published="2011-06-12"),

    P("d80_034",
      "BEIRUT, May 4, 2013 (AFP) - Pro-regime militiamen killed at least 62 people, among them 14 "
      "children, in an assault on the Sunni village of Al-Bayda near the coastal city of Banias, "
      "the Syrian Observatory for Human Rights said on Saturday. The Britain-based watchdog, "
      "which relies on a network of activists and doctors, said a further 20 bodies had been "
      "found on Friday in the Ras al-Nabaa district of Banias, and that hundreds of families "
      "were fleeing the city's Sunni neighbourhoods. State media said the army had killed "
      "\"terrorists\" and restored security in the area, without giving a toll. The opposition "
      "National Coalition put the number of dead in Al-Bayda alone at more than 150 and called "
      "the killings a massacre. The Observatory says more than 70,000 people have been killed in "
      "Syria since March 2011.",
      [C("at least 62", 62, "at_least", "killed", "people killed in Al-Bayda",
         "the Syrian Observatory for Human Rights"),
       C("14", 14, "exact", "killed", "children killed in Al-Bayda",
         "the Syrian Observatory for Human Rights"),
       C("20", 20, "exact", "killed", "bodies found in Ras al-Nabaa",
         "The Britain-based watchdog", attr_alt=["the Syrian Observatory for Human Rights"]),
       C("hundreds", 100, "vague", "displaced", "families fleeing Banias",
         "The Britain-based watchdog", attr_alt=["the Syrian Observatory for Human Rights"]),
       C("more than 150", 150, "more_than", "killed", "dead in Al-Bayda",
         "The opposition National Coalition"),
       C("more than 70,000", 70000, "more_than", "killed", "people killed in Syria since 2011",
         "The Observatory", attr_alt=["the Syrian Observatory for Human Rights"])],
      published="2013-05-04"),

    P("d80_035",
      "GENEVA, March 30 (Reuters) - An air strike hit a camp for displaced people in northern "
      "Yemen on Monday, killing at least 40 people and wounding 200, the International "
      "Organization for Migration said, citing its staff in the area. The al-Mazraq camp in "
      "Hajjah province houses about 3,000 families who fled earlier rounds of fighting. Medecins "
      "Sans Frontieres said its team at the hospital in nearby Haradh had received 29 bodies and "
      "34 wounded, many of them women and children. The Houthi-run Saba news agency said 45 "
      "people were killed. A spokesman for the Saudi-led coalition, which began bombing the "
      "Houthi rebels five days ago, said its jets had been targeting anti-aircraft positions. "
      "UNICEF says at least 62 children have been killed in Yemen in the past week.",
      [C("at least 40", 40, "at_least", "killed", "people killed at al-Mazraq camp",
         "its staff in the area",
         attr_alt=["the International Organization for Migration"]),
       C("200", 200, "exact", "injured", "people wounded at al-Mazraq camp",
         "its staff in the area",
         attr_alt=["the International Organization for Migration"]),
       C("about 3,000", 3000, "about", "displaced", "displaced families in al-Mazraq camp",
         None, cat_alt=["population"]),
       C("29", 29, "exact", "killed", "bodies received in Haradh",
         "Medecins Sans Frontieres"),
       C("34", 34, "exact", "injured", "wounded received in Haradh",
         "Medecins Sans Frontieres"),
       C("45", 45, "exact", "killed", "people killed at the camp",
         "The Houthi-run Saba news agency"),
       C("at least 62", 62, "at_least", "killed", "children killed in Yemen in a week",
         "UNICEF")]),

    # --- Ethiopia, the Falklands, Panama, Mozambique, Angola -----------------------------------
    P("d80_036",
      "KHARTOUM, June 29 (Reuters) - Ethiopian MiG fighter-bombers and helicopter gunships "
      "attacked a crowded market in the Tigrayan town of Hawzen last week, killing more than 1,800 "
      "people, the Tigray People's Liberation Front (TPLF) said on Wednesday. The rebel group's "
      "relief arm, the Relief Society of Tigray (REST), said in a statement issued in Khartoum "
      "that the raid had lasted from late morning until dusk and that hundreds more were wounded, "
      "many of them women and children who had come to trade on market day. There was no comment "
      "from the government of President Mengistu Haile Mariam, which has barred foreign "
      "journalists and most aid agencies from the north. Western relief workers in Khartoum said "
      "they could not confirm the toll but that REST had asked them for 50 tonnes of medicines. "
      "The TPLF says it controls about 85 percent of Tigray's countryside.",
      [C("more than 1,800", 1800, "more_than", "killed", "people killed in Hawzen market",
         "the Tigray People's Liberation Front (TPLF)"),
       C("hundreds", 100, "vague", "injured", "people wounded in Hawzen",
         "the Relief Society of Tigray (REST)"),
       C("50", 50, "exact", "aid", "tonnes of medicines requested",
         "Western relief workers in Khartoum", attr_alt=["REST"]),
       C("about 85 percent", 85, "about", "other", "share of Tigray's countryside held by the TPLF",
         "The TPLF", optional=True)]),

    P("d80_037",
      "Thursday May 27 1982\n"
      "Twelve lost as Atlantic Conveyor is abandoned\n"
      "From our Defence Correspondent\n"
      "Twelve men, among them the ship's master, are missing presumed dead after the container "
      "ship Atlantic Conveyor was hit by an Exocet missile off the Falklands on Tuesday evening, "
      "the Ministry of Defence said yesterday. The ship, requisitioned to carry aircraft and "
      "stores to the task force, was abandoned and is still burning. Ministry officials would not "
      "say what she had been carrying, but it is understood that three Chinook and six Wessex "
      "helicopters went down with her, along with tents for 4,000 men. About 150 survivors were "
      "picked up by other ships. The destroyer HMS Coventry was sunk by air attack on the same "
      "day; 19 of her crew are known to have died.",
      [C("Twelve", 12, "exact", "killed", "men lost on Atlantic Conveyor (headline)", None,
         cat_alt=["missing"], ctx="Twelve lost"),
       C("Twelve", 12, "exact", "killed", "men missing presumed dead",
         "the Ministry of Defence", cat_alt=["missing"], ctx="Twelve men"),
       C("three", 3, "exact", "munitions", "Chinook helicopters lost", None,
         cat_alt=["other"]),
       C("six", 6, "exact", "munitions", "Wessex helicopters lost", None, cat_alt=["other"]),
       C("4,000", 4000, "exact", "aid", "men the lost tents could shelter", None,
         optional=True, cat_alt=["other"]),
       C("About 150", 150, "about", "other", "survivors picked up", None),
       C("19", 19, "exact", "killed", "HMS Coventry crew killed", None)],
      published="1982-05-27"),

    P("d80_038",
      "PANAMA CITY, Panama (AP) — The U.S. Southern Command said Tuesday that 202 Panamanian "
      "civilians and 314 members of Manuel Noriega's Panama Defense Forces were killed in the "
      "invasion, and that 23 American servicemen died. Panamanian human rights groups say the "
      "civilian toll is far higher, between 1,000 and 4,000, many of them in the poor El "
      "Chorrillo district beside the Defense Forces headquarters, which burned on the first "
      "night. The Roman Catholic Church said some 15,000 people had lost their homes and that "
      "about 3,000 were still living in an aircraft hangar at Albrook air base. U.S. forces still "
      "hold about 1,200 prisoners, a military spokesman said, down from more than 5,000 in the "
      "first days after the Dec. 20 invasion.",
      [C("202", 202, "exact", "killed", "Panamanian civilians killed",
         "The U.S. Southern Command"),
       C("314", 314, "exact", "killed", "Panama Defense Forces members killed",
         "The U.S. Southern Command"),
       C("23", 23, "exact", "killed", "American servicemen killed",
         "The U.S. Southern Command"),
       C("between 1,000 and 4,000", 1000, "range", "killed", "Panamanian civilians killed",
         "Panamanian human rights groups", high=4000),
       C("some 15,000", 15000, "about", "displaced", "people who lost their homes",
         "The Roman Catholic Church"),
       C("about 3,000", 3000, "about", "displaced", "people living in a hangar at Albrook",
         "The Roman Catholic Church"),
       C("about 1,200", 1200, "about", "detained", "prisoners held by U.S. forces",
         "a military spokesman"),
       C("more than 5,000", 5000, "more_than", "detained", "prisoners in the first days",
         "a military spokesman")]),

    P("d80_039",
      "MAPUTO, July 21 (Reuters) - The death toll from Saturday's rebel attack on the southern "
      "Mozambican town of Homoine has risen to 386, the state news agency AIM said on Tuesday, up "
      "from the 380 it reported on Monday. AIM said the dead included patients shot in their beds "
      "at the town's hospital, and that government troops had killed 43 of the attackers. The "
      "Mozambique National Resistance (Renamo) denied involvement in a statement issued in "
      "Lisbon, saying the killings were the work of government soldiers trying to discredit the "
      "rebels. Western diplomats who visited Homoine on Monday said they saw about 100 burned-out "
      "homes. A provincial official said more than 1,000 people from the surrounding villages "
      "had taken refuge in the city of Inhambane.",
      [C("386", 386, "exact", "killed", "people killed in Homoine",
         "the state news agency AIM"),
       C("380", 380, "exact", "killed", "people killed in Homoine (earlier toll)",
         "the state news agency AIM", attr_alt=["it"]),
       C("43", 43, "exact", "killed", "attackers killed by government troops", "AIM",
         attr_alt=["the state news agency AIM"]),
       C("about 100", 100, "about", "infrastructure", "homes burned out",
         "Western diplomats"),
       C("more than 1,000", 1000, "more_than", "displaced", "people sheltering in Inhambane",
         "A provincial official")]),

    # --- Only non-claims --------------------------------------------------------------------------
    P("d80_040",
      "CUITO CUANAVALE, Angola, March 23 (Xinhua) -- Angola on Friday marked the 30th anniversary "
      "of the battle of Cuito Cuanavale, the largest conventional battle on African soil since "
      "the Second World War, with a ceremony attended by President Joao Lourenco and veterans "
      "from Cuba, Namibia and South Africa. The fighting around the town, which lasted from "
      "November 1987 to March 1988, ended in a stalemate that both sides claimed as a victory and "
      "opened the way to the New York accords of December 1988. Lourenco, 64, laid a wreath at a "
      "memorial built at a cost of about 5 billion kwanzas (about 23 million U.S. dollars). A "
      "former Cuban tank commander, now 74, recalled driving his T-55 more than 500 kilometers "
      "from Menongue in the rainy season of 1987. No official casualty figures for the battle "
      "have ever been published by Luanda or Havana. March 23 is now a public holiday in Angola, "
      "known as Southern Africa Liberation Day.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 80)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d80_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
