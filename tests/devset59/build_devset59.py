"""Source of the fifty-ninth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) of ordinary news reporting on armed conflicts worldwide between
1990 and 2025 (shelling, air and drone strikes, missile barrages and interceptions, ambushes,
raids on bases, suicide and truck bombings, sieges, rescues of hostages, prisoner exchanges and
aid drops), written for this set (none copied from an article) in the styles of wire copy
(Reuters, AP, AFP, Yonhap), national papers (a Sri Lankan daily, Dawn, the Express Tribune, The
Hindu, the Hindustan Times, the Daily Nation, Haaretz, the Guardian, a US paper), broadcasters'
websites (BBC, Al Jazeera) and defence and military news sites (a military weekly, the Kyiv
Independent, the Times of Israel). Figures cover the dead and wounded from competing sources,
troops and attackers, missiles, drones, shells, bombs, sorties and aircraft fired, intercepted
or destroyed, buildings hit, hostages freed, prisoners exchanged and aid dropped. Annotated by
hand and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and
the decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports
loosely and some details are invented; the set tests extraction, not facts. One passage holds
only non-claims.

Run ``python tests/devset59/build_devset59.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 59)] + ["devset60"]
           + ["holdout", "holdout2", "holdout3"])

PASSAGES: list[Passage] = []

# --- 1990–2006: Balkans, the Gulf, Sri Lanka, Africa, Lebanon --------------------------------
PASSAGES += [
    P("d59_001",
      "DUBROVNIK, Yugoslavia (AP) — Yugoslav army gunboats and artillery pounded the walled Old "
      "Town of Dubrovnik on Friday in the heaviest bombardment of the two-month siege, killing at "
      "least 13 people and wounding about 60, Croatian officials said. European Community "
      "monitors in the city counted more than 600 shells and mortar rounds falling on the "
      "medieval quarter in the first five hours. The Stradun, the marble-paved main street, was "
      "strewn with roof tiles, and the Libertas hotel outside the walls burned through the "
      "afternoon. Town officials said 56 buildings inside the walls had been hit, nine of them "
      "gutted by fire. The army command in Belgrade said its forces had only returned fire from "
      "Croatian positions and regretted any damage to cultural monuments. About 30,000 refugees "
      "from the surrounding villages have crowded into the city since October, many of them "
      "sleeping in seafront hotels.",
      [C("at least 13", 13, "at_least", "killed", "people in Dubrovnik", "Croatian officials"),
       C("about 60", 60, "about", "injured", "people in Dubrovnik", "Croatian officials"),
       C("more than 600", 600, "more_than", "munitions", "shells and mortar rounds",
         "European Community monitors in the city"),
       C("56", 56, "exact", "infrastructure", "buildings hit inside the walls",
         "Town officials"),
       C("nine", 9, "exact", "infrastructure", "buildings gutted by fire", "Town officials"),
       C("About 30,000", 30000, "about", "displaced", "refugees in Dubrovnik")]),

    P("d59_002",
      "SARAJEVO, May 27 (Reuters) - Mortar bombs exploded among people queueing for bread in "
      "central Sarajevo on Wednesday, killing at least 16 and wounding more than 100, doctors at "
      "the Kosevo hospital complex said. Witnesses said three shells landed within seconds of "
      "each other in Vase Miskina street, where a bakery had opened for the first time in days. "
      "Bosnian television showed bodies lying in pools of blood outside the shop. Bosnian "
      "President Alija Izetbegovic blamed Serb forces on the hills around the city, who he said "
      "had fired some 1,500 shells into Sarajevo over the past 24 hours. Serb leaders denied "
      "responsibility and accused Moslem forces of staging the attack to win sympathy abroad. The "
      "U.N. refugee agency said a convoy of 20 trucks of flour and medicine that had been due in "
      "the city on Thursday would be held back in Split.",
      [C("at least 16", 16, "at_least", "killed", "people queueing for bread",
         "doctors at the Kosevo hospital complex"),
       C("more than 100", 100, "more_than", "injured", "people queueing for bread",
         "doctors at the Kosevo hospital complex"),
       C("three", 3, "exact", "munitions", "shells in Vase Miskina street", "Witnesses"),
       C("some 1,500", 1500, "about", "munitions", "shells fired into Sarajevo in 24 hours",
         "Bosnian President Alija Izetbegovic", attr_alt=["he"]),
       C("20", 20, "exact", "aid", "trucks of flour and medicine",
         "The U.N. refugee agency")]),

    P("d59_003",
      "Saturday, August 4, 1990\n"
      "Tiger gunmen massacre 140 at prayer in Kattankudy\n"
      "BATTICALOA, Aug. 3 — Armed men believed to be members of the Liberation Tigers of Tamil "
      "Eelam burst into four mosques in the Muslim town of Kattankudy during Friday night prayers "
      "and opened fire on the worshippers, killing at least 140 people, police said. Doctors at "
      "the Batticaloa hospital said around 70 people had been brought in with gunshot wounds and "
      "that 25 of the dead were children. Survivors said about 30 gunmen, some of them dressed in "
      "Muslim clothing, arrived in four vehicles and sprayed the prayer halls with automatic fire "
      "for some 15 minutes. The Defence Ministry said troops had been rushed to the town and a "
      "curfew imposed. The LTTE, which has been fighting government forces since the breakdown "
      "of talks in June, has not commented.",
      [C("140", 140, "exact", "killed", "worshippers in Kattankudy (headline)",
         attr_alt=["police"], ctx="massacre 140"),
       C("four", 4, "exact", "infrastructure", "mosques attacked", "police", optional=True,
         cat_alt=["other"], ctx="four mosques"),
       C("at least 140", 140, "at_least", "killed", "people in Kattankudy", "police"),
       C("around 70", 70, "about", "injured", "people with gunshot wounds",
         "Doctors at the Batticaloa hospital"),
       C("25", 25, "exact", "killed", "children among the dead",
         "Doctors at the Batticaloa hospital"),
       C("about 30", 30, "about", "troops", "gunmen", "Survivors", cat_alt=["other"]),
       C("four", 4, "exact", "other", "vehicles of the gunmen", "Survivors", optional=True,
         ctx="four vehicles")],
      published="1990-08-04"),

    P("d59_004",
      "RIYADH, Saudi Arabia (AP) — Saudi and Qatari troops backed by U.S. Marine artillery "
      "retook the border town of Khafji on Thursday after a 36-hour battle, the first major "
      "ground engagement of the Persian Gulf War. Saudi commanders said 30 Iraqi soldiers had "
      "been killed and 163 taken prisoner, and that 18 of their own men were dead. The U.S. "
      "command said 11 Marines were killed Tuesday night in fighting near the Kuwaiti border, "
      "seven of them when their light armored vehicle was hit by a missile fired from an "
      "American plane. Two U.S. soldiers, a man and a woman, were missing after their truck "
      "strayed into the town, Brig. Gen. Richard Neal told reporters. Allied pilots flew more "
      "than 2,000 sorties on Thursday, destroying 24 Iraqi tanks near the frontier, the command "
      "said.",
      [C("30", 30, "exact", "killed", "Iraqi soldiers at Khafji", "Saudi commanders"),
       C("163", 163, "exact", "detained", "Iraqi soldiers taken prisoner", "Saudi commanders"),
       C("18", 18, "exact", "killed", "Saudi soldiers", "Saudi commanders"),
       C("11", 11, "exact", "killed", "U.S. Marines", "The U.S. command"),
       C("seven", 7, "exact", "killed", "Marines killed by friendly fire", "The U.S. command"),
       C("Two", 2, "exact", "missing", "U.S. soldiers", "Brig. Gen. Richard Neal"),
       C("more than 2,000", 2000, "more_than", "munitions", "allied sorties", "the command",
         cat_alt=["other"], attr_alt=["The U.S. command"]),
       C("24", 24, "exact", "munitions", "Iraqi tanks destroyed", "the command",
         cat_alt=["other"], attr_alt=["The U.S. command"])]),

    P("d59_005",
      "Friday, August 21, 1998 Published at 11:02 GMT 12:02 UK\n"
      "World: Americas\n"
      "US strikes at 'terror bases'\n"
      "The United States has launched cruise missile attacks on targets in Afghanistan and "
      "Sudan which it says are linked to the Saudi-born militant Osama bin Laden. Pentagon "
      "officials said about 75 Tomahawk missiles had been fired from warships in the Arabian Sea "
      "and the Red Sea, most of them at a complex of camps near Khost in eastern Afghanistan. The "
      "Taleban said 21 people had been killed there and 30 injured, and denied that Mr bin Laden "
      "had been present. In Khartoum, a pharmaceutical factory was flattened; Sudanese officials "
      "said one night watchman was killed and at least 10 people were hurt. President Clinton "
      "said the strikes were a response to the bombings of the US embassies in Nairobi and Dar "
      "es Salaam two weeks ago, which killed 224 people.",
      [C("about 75", 75, "about", "munitions", "Tomahawk missiles fired",
         "Pentagon officials"),
       C("21", 21, "exact", "killed", "people at the Khost camps", "The Taleban",
         ctx="said 21 people"),
       C("30", 30, "exact", "injured", "people at the Khost camps", "The Taleban"),
       C("one", 1, "exact", "killed", "night watchman in Khartoum", "Sudanese officials"),
       C("at least 10", 10, "at_least", "injured", "people in Khartoum",
         "Sudanese officials"),
       C("224", 224, "exact", "killed", "people in the embassy bombings",
         attr_alt=["President Clinton"])],
      published="1998-08-21"),

    P("d59_006",
      "BELGRADE, April 14 (Reuters) - Serbian authorities said on Wednesday that NATO aircraft "
      "had attacked columns of ethnic Albanian refugees on the road between Djakovica and "
      "Prizren in southwestern Kosovo, killing 64 people and wounding more than 20. Serbian "
      "television showed charred tractors and bodies beside the road near the village of "
      "Bistrazin. The Yugoslav news agency Tanjug said the dead included women and children "
      "travelling home in a convoy of about 20 vehicles. NATO at first said it had hit only "
      "military vehicles, but its spokesman, Jamie Shea, later acknowledged that a pilot might "
      "have mistakenly struck a civilian vehicle. NATO said its aircraft had flown more than 400 "
      "sorties in the past 24 hours, and more than 500,000 ethnic Albanians have fled Kosovo "
      "since the air campaign began on March 24, according to the U.N. refugee agency.",
      [C("64", 64, "exact", "killed", "refugees near Djakovica", "Serbian authorities"),
       C("more than 20", 20, "more_than", "injured", "refugees near Djakovica",
         "Serbian authorities"),
       C("about 20", 20, "about", "other", "vehicles in the convoy",
         "The Yugoslav news agency Tanjug", optional=True),
       C("more than 400", 400, "more_than", "munitions", "NATO sorties in 24 hours", "NATO",
         cat_alt=["other"]),
       C("more than 500,000", 500000, "more_than", "displaced",
         "ethnic Albanians who fled Kosovo", "the U.N. refugee agency")]),

    P("d59_007",
      "ABIDJAN, Nov 7, 2004 (AFP) - French forces destroyed the entire Ivorian air force on "
      "Saturday after a government air raid on a French base in the rebel-held city of Bouake "
      "killed nine French soldiers and an American civilian, the French defence ministry said. "
      "Some 38 soldiers were wounded when two Sukhoi-25 jets bombed the Lycee Descartes, where "
      "the French troops were quartered, a ministry spokesman said. In retaliation, French "
      "troops destroyed the two Sukhoi jets and at least five helicopter gunships on the ground "
      "at Yamoussoukro and Abidjan airports, military sources said. Thousands of young "
      "supporters of President Laurent Gbagbo rampaged through Abidjan overnight, looting "
      "French-owned homes and schools. France, which has about 4,000 troops in its former "
      "colony, said it was sending three more companies from Gabon.",
      [C("nine", 9, "exact", "killed", "French soldiers in Bouake",
         "the French defence ministry"),
       C("Some 38", 38, "about", "injured", "French soldiers in Bouake",
         "a ministry spokesman", attr_alt=["the French defence ministry"]),
       C("two", 2, "exact", "munitions", "Sukhoi-25 jets in the raid", "a ministry spokesman",
         cat_alt=["other"], attr_alt=["the French defence ministry"], ctx="two Sukhoi-25"),
       C("two", 2, "exact", "munitions", "Sukhoi jets destroyed", "military sources",
         cat_alt=["other"], ctx="the two Sukhoi jets"),
       C("at least five", 5, "at_least", "munitions", "helicopter gunships destroyed",
         "military sources", cat_alt=["other"]),
       C("Thousands", 1000, "vague", "other", "Gbagbo supporters rampaging"),
       C("about 4,000", 4000, "about", "troops", "French troops in Ivory Coast",
         attr_alt=["France"]),
       C("three", 3, "exact", "troops", "companies sent from Gabon", "France",
         optional=True)],
      published="2004-11-07"),

    P("d59_008",
      "Last Updated: Thursday, 15 June 2006, 08:21 GMT 09:21 UK\n"
      "Sri Lanka bus blast kills dozens\n"
      "At least 64 people, among them 15 children, have been killed after a mine ripped through "
      "a crowded bus in northern Sri Lanka, the military says. The bus was packed with about 140 "
      "villagers travelling from Kebithigollewa to Anuradhapura when the device, a "
      "pressure-triggered claymore mine, exploded at 0730 local time. Military spokesman Brig "
      "Prasad Samarasinghe said 86 people had been taken to hospital, some in a critical "
      "condition. He blamed the Tamil Tigers, who denied involvement. Hours later the air force "
      "bombed rebel positions in the north and east, and the Tigers said three civilians had "
      "died in the raids. More than 700 people have been killed since the beginning of April, "
      "according to truce monitors.",
      [C("dozens", 12, "vague", "killed", "bus passengers (headline)",
         attr_alt=["the military"]),
       C("At least 64", 64, "at_least", "killed", "people on the bus", "the military"),
       C("15", 15, "exact", "killed", "children on the bus", "the military",
         ctx="15 children"),
       C("about 140", 140, "about", "other", "villagers on the bus", "the military",
         attr_alt=[None]),
       C("86", 86, "exact", "injured", "people taken to hospital",
         "Military spokesman Brig Prasad Samarasinghe"),
       C("three", 3, "exact", "killed", "civilians in air force raids", "the Tigers"),
       C("More than 700", 700, "more_than", "killed", "people killed since April",
         "truce monitors")],
      published="2006-06-15"),

    P("d59_009",
      "HABARANA, Sri Lanka (AP) — A suicide bomber rammed an explosives-laden truck into a "
      "convoy of navy buses at a transit point in central Sri Lanka on Monday, killing at least "
      "92 sailors and wounding about 150 people, the military said. The blast at Digampathana, "
      "near the town of Habarana, tore through 15 buses carrying sailors going on or returning "
      "from leave, defence spokesman Keheliya Rambukwella said. Officials at hospitals in "
      "Polonnaruwa and Dambulla said scores of the wounded were in serious condition. Tamil "
      "Tiger rebels denied responsibility. It was the deadliest suicide attack on the military "
      "since a 2002 ceasefire, which Norwegian monitors say has been violated thousands of "
      "times.",
      [C("at least 92", 92, "at_least", "killed", "sailors at Digampathana", "the military"),
       C("about 150", 150, "about", "injured", "people at Digampathana", "the military"),
       C("15", 15, "exact", "other", "navy buses hit", "defence spokesman Keheliya Rambukwella",
         optional=True, cat_alt=["infrastructure"]),
       C("scores", 20, "vague", "injured", "wounded in serious condition",
         "Officials at hospitals in Polonnaruwa and Dambulla"),
       C("thousands", 1000, "vague", "other", "ceasefire violations", "Norwegian monitors")]),

    P("d59_010",
      "Last update - 21:14 06/08/2006\n"
      "Katyusha barrage kills 12 reservists at Kfar Giladi\n"
      "A Katyusha rocket fired from Lebanon killed 12 Israel Defense Forces reservists on Sunday "
      "as they gathered near the entrance to Kibbutz Kfar Giladi, close to the northern border, "
      "Magen David Adom said. Hours later, three people were killed in Haifa when rockets struck "
      "a residential neighbourhood, police said, and dozens were treated for shock. Hezbollah "
      "fired more than 170 rockets into northern Israel by evening, according to the IDF, "
      "bringing the number launched since July 12 to some 3,000. In Lebanon, security sources "
      "said Israeli air strikes on the south and the Bekaa Valley killed at least 14 people. The "
      "army said 21 Hezbollah fighters had been killed in ground battles around Bint Jbeil.",
      [C("12", 12, "exact", "killed", "reservists at Kfar Giladi (headline)",
         attr_alt=["Magen David Adom"], ctx="kills 12 reservists"),
       C("12", 12, "exact", "killed", "IDF reservists at Kfar Giladi", "Magen David Adom",
         ctx="killed 12 Israel"),
       C("three", 3, "exact", "killed", "people in Haifa", "police"),
       C("dozens", 12, "vague", "injured", "people treated for shock in Haifa", "police",
         attr_alt=[None]),
       C("more than 170", 170, "more_than", "munitions", "Hezbollah rockets on Sunday",
         "the IDF"),
       C("some 3,000", 3000, "about", "munitions", "rockets since July 12", "the IDF"),
       C("at least 14", 14, "at_least", "killed", "people in Israeli air strikes in Lebanon",
         "security sources"),
       C("21", 21, "exact", "killed", "Hezbollah fighters", "The army",
         ctx="said 21 Hezbollah")],
      published="2006-08-06"),
]

# --- 2003–2016: Iraq, Pakistan, Afghanistan, Colombia, Gaza, India ---------------------------
PASSAGES += [
    P("d59_011",
      "Sat 29 Mar 2003 10.41 GMT\n"
      "At least 55 people were killed when a missile struck a crowded market in the Shuala "
      "district of north-west Baghdad on Friday evening, Iraqi officials said, in the deadliest "
      "single incident for civilians since the war began nine days ago. Doctors at al-Noor "
      "hospital said they had received 41 bodies, among them women and children, and more than "
      "50 wounded. Iraq's information minister, Mohammed Saeed al-Sahaf, put the toll at 62. A US "
      "Central Command spokesman said coalition aircraft had been targeting missile launchers in "
      "the area and that an Iraqi surface-to-air missile might have fallen on the market. The "
      "strike came two days after an explosion in the Shaab district killed at least 14 people. "
      "Coalition aircraft flew some 1,500 sorties over Iraq on Friday, 600 of them against "
      "Republican Guard divisions around the capital, the Pentagon said.",
      [C("At least 55", 55, "at_least", "killed", "people at Shuala market",
         "Iraqi officials"),
       C("41", 41, "exact", "killed", "bodies received at al-Noor hospital",
         "Doctors at al-Noor hospital"),
       C("more than 50", 50, "more_than", "injured", "wounded at al-Noor hospital",
         "Doctors at al-Noor hospital"),
       C("62", 62, "exact", "killed", "people at Shuala market",
         "Iraq's information minister, Mohammed Saeed al-Sahaf"),
       C("at least 14", 14, "at_least", "killed", "people in the Shaab district"),
       C("some 1,500", 1500, "about", "munitions", "coalition sorties on Friday",
         "the Pentagon", cat_alt=["other"]),
       C("600", 600, "exact", "munitions", "sorties against Republican Guard divisions",
         "the Pentagon", cat_alt=["other"])],
      published="2003-03-29"),

    P("d59_012",
      "RAWALPINDI, Oct 11: Commandos stormed a building inside the army's General Headquarters "
      "before dawn on Sunday, freeing 39 people held hostage by militants for nearly 20 hours, "
      "the military said. ISPR Director General Maj-Gen Athar Abbas told reporters that three of "
      "the hostages had been killed in the operation and five injured, along with two commandos. "
      "Of the ten militants who attacked the GHQ on Saturday, nine were killed and one, the "
      "alleged ringleader, was captured wounded, he said. Six soldiers, among them a brigadier "
      "and a lieutenant-colonel, had been killed in the initial assault on the main gate. The "
      "Tehrik-i-Taliban Pakistan claimed responsibility in a telephone call to a news agency. "
      "Security was tightened at military installations across the country, and around 5,000 "
      "troops were deployed in Rawalpindi and Islamabad.",
      [C("39", 39, "exact", "hostages", "people freed at GHQ", "the military"),
       C("three", 3, "exact", "killed", "hostages killed in the rescue",
         "ISPR Director General Maj-Gen Athar Abbas", cat_alt=["hostages"]),
       C("five", 5, "exact", "injured", "hostages injured",
         "ISPR Director General Maj-Gen Athar Abbas", cat_alt=["hostages"]),
       C("two", 2, "exact", "injured", "commandos injured",
         "ISPR Director General Maj-Gen Athar Abbas"),
       C("ten", 10, "exact", "troops", "militants who attacked GHQ",
         "ISPR Director General Maj-Gen Athar Abbas", cat_alt=["other"], attr_alt=["he"]),
       C("nine", 9, "exact", "killed", "militants killed",
         "ISPR Director General Maj-Gen Athar Abbas", attr_alt=["he"]),
       C("one", 1, "exact", "detained", "militant captured",
         "ISPR Director General Maj-Gen Athar Abbas", attr_alt=["he"], ctx="and one, the"),
       C("Six", 6, "exact", "killed", "soldiers at the main gate",
         "ISPR Director General Maj-Gen Athar Abbas", attr_alt=[None]),
       C("around 5,000", 5000, "about", "troops", "troops deployed in Rawalpindi and "
         "Islamabad")]),

    P("d59_013",
      "KABUL, Afghanistan (AP) — Hundreds of insurgents armed with rockets and machine guns "
      "stormed two remote outposts in eastern Afghanistan near the Pakistani border, killing "
      "eight American soldiers in the deadliest attack on U.S. forces in more than a year, NATO "
      "and U.S. officials said Sunday. The fighting in Kamdesh district of Nuristan province also "
      "killed two Afghan soldiers, and the provincial police chief, Mohammad Qasim Jangulbagh, "
      "said the militants had captured about 30 Afghan policemen. A U.S. military spokesman said "
      "an estimated 100 insurgents died in the battle, which lasted nearly 12 hours before attack "
      "helicopters and jets drove the fighters back. Twenty-four U.S. soldiers were wounded, "
      "according to an officer familiar with the outpost, which was held by fewer than 60 "
      "American troops and had been due to close within weeks. The Taliban claimed on their "
      "website that they had killed 30 foreign troops and captured two.",
      [C("Hundreds", 100, "vague", "troops", "insurgents who stormed the outposts",
         "NATO and U.S. officials", cat_alt=["other"]),
       C("two", 2, "exact", "other", "outposts attacked", "NATO and U.S. officials",
         optional=True, cat_alt=["infrastructure"], ctx="two remote"),
       C("eight", 8, "exact", "killed", "American soldiers", "NATO and U.S. officials"),
       C("two", 2, "exact", "killed", "Afghan soldiers", "NATO and U.S. officials",
         attr_alt=[None], ctx="two Afghan"),
       C("about 30", 30, "about", "hostages", "Afghan policemen captured",
         "the provincial police chief, Mohammad Qasim Jangulbagh", cat_alt=["detained"]),
       C("an estimated 100", 100, "about", "killed", "insurgents",
         "A U.S. military spokesman"),
       C("Twenty-four", 24, "exact", "injured", "U.S. soldiers",
         "an officer familiar with the outpost"),
       C("fewer than 60", 60, "fewer_than", "troops", "American troops at the outpost",
         attr_alt=["an officer familiar with the outpost"]),
       C("30", 30, "exact", "killed", "foreign troops (Taliban claim)", "The Taliban",
         ctx="killed 30"),
       C("two", 2, "exact", "hostages", "foreign troops captured (Taliban claim)",
         "The Taliban", cat_alt=["detained"], ctx="captured two")]),

    P("d59_014",
      "BOGOTA, Sept 23, 2010 (Reuters) - Colombian forces killed the FARC's top military "
      "commander, Jorge Briceno, known as Mono Jojoy, in a bombing raid on his jungle camp in La "
      "Macarena, President Juan Manuel Santos said on Thursday. Some 30 aircraft dropped about "
      "seven tonnes of bombs on the camp before dawn on Wednesday, and around 400 special forces "
      "troops were then landed by helicopter, Defence Minister Rodrigo Rivera told reporters. "
      "Rivera said at least 20 rebels had been killed and that soldiers had recovered 15 "
      "computers and 94 USB memory sticks from the camp. No soldiers were killed, although one "
      "police dog died, the military said. The FARC, which the government estimates has around "
      "8,000 fighters, did not comment.",
      [C("Some 30", 30, "about", "munitions", "aircraft in the raid",
         "Defence Minister Rodrigo Rivera", cat_alt=["other"]),
       C("about seven", 7, "about", "munitions", "tonnes of bombs",
         "Defence Minister Rodrigo Rivera", optional=True),
       C("around 400", 400, "about", "troops", "special forces troops landed",
         "Defence Minister Rodrigo Rivera"),
       C("at least 20", 20, "at_least", "killed", "FARC rebels", "Rivera",
         attr_alt=["Defence Minister Rodrigo Rivera"]),
       C("15", 15, "exact", "other", "computers recovered", "Rivera", optional=True),
       C("94", 94, "exact", "other", "USB memory sticks recovered", "Rivera", optional=True),
       C("one", 1, "exact", "other", "police dog killed", "the military", optional=True,
         cat_alt=["killed"], ctx="one police dog"),
       C("around 8,000", 8000, "about", "troops", "FARC fighters", "the government",
         cat_alt=["other"])],
      published="2010-09-23"),

    P("d59_015",
      "Published: August 17, 2012\n"
      "KAMRA: Nine militants armed with rocket-propelled grenades and suicide vests were killed "
      "after they attacked the Pakistan Air Force's Minhas base at Kamra in the early hours of "
      "Thursday, a PAF spokesman said. One security official was also killed and the base "
      "commander, Air Commodore Muhammad Azam, was wounded by a bullet in the shoulder, the "
      "spokesman said. He confirmed that one aircraft had been damaged but would not say what "
      "type; security officials who spoke on condition of anonymity said it was a Saab 2000 "
      "early-warning plane. The Tehreek-e-Taliban Pakistan claimed the attack, which lasted "
      "about two hours. Kamra, about 60 kilometres northwest of Islamabad, has been targeted by "
      "militants at least three times since 2007.",
      [C("Nine", 9, "exact", "killed", "militants at Kamra", "a PAF spokesman"),
       C("One", 1, "exact", "killed", "security official", "the spokesman",
         attr_alt=["a PAF spokesman"]),
       C("one", 1, "exact", "munitions", "aircraft damaged", "the spokesman",
         cat_alt=["other"], attr_alt=["a PAF spokesman", "He"], ctx="one aircraft"),
       C("at least three", 3, "at_least", "other", "earlier attacks on Kamra",
         cat_alt=["munitions"])],
      published="2012-08-17"),

    P("d59_016",
      "Camp Bastion attack: Two US Marines killed\n"
      "Published 15 September 2012\n"
      "Two US Marines have been killed and six jets destroyed in a Taliban attack on Camp "
      "Bastion in Afghanistan's Helmand province, Nato's International Security Assistance Force "
      "(Isaf) says. About 15 insurgents dressed in US Army uniforms breached the perimeter fence "
      "on Friday night and attacked the airfield with rocket-propelled grenades and automatic "
      "weapons. Isaf said 14 of the attackers had been killed and one wounded and captured. The "
      "six destroyed aircraft were AV-8B Harrier jump jets of the US Marine Corps, and two more "
      "were significantly damaged, along with three refuelling stations and six aircraft "
      "hangars, the statement said. Prince Harry, who is serving at the base as an Apache "
      "helicopter pilot, was not in danger, the Ministry of Defence said.",
      [C("Two", 2, "exact", "killed", "US Marines (headline)",
         attr_alt=["Nato's International Security Assistance Force (Isaf)"],
         ctx="Two US Marines killed"),
       C("Two", 2, "exact", "killed", "US Marines",
         "Nato's International Security Assistance Force (Isaf)", attr_alt=["Isaf"],
         ctx="Two US Marines have"),
       C("six", 6, "exact", "munitions", "jets destroyed",
         "Nato's International Security Assistance Force (Isaf)", cat_alt=["other"],
         attr_alt=["Isaf"], ctx="six jets"),
       C("About 15", 15, "about", "troops", "insurgents who breached the fence",
         "Nato's International Security Assistance Force (Isaf)", cat_alt=["other"],
         attr_alt=["Isaf", None]),
       C("14", 14, "exact", "killed", "attackers", "Isaf"),
       C("one", 1, "exact", "detained", "attacker captured", "Isaf",
         ctx="one wounded and captured"),
       C("six", 6, "exact", "munitions", "Harriers destroyed (restated)", "the statement",
         optional=True, cat_alt=["other"], attr_alt=["Isaf"], ctx="six destroyed"),
       C("two", 2, "exact", "munitions", "Harriers damaged", "the statement",
         cat_alt=["other"], attr_alt=["Isaf"], ctx="two more"),
       C("three", 3, "exact", "infrastructure", "refuelling stations damaged",
         "the statement", cat_alt=["other"], attr_alt=["Isaf"]),
       C("six", 6, "exact", "infrastructure", "aircraft hangars damaged", "the statement",
         cat_alt=["other"], attr_alt=["Isaf"], ctx="six aircraft hangars")],
      published="2012-09-15"),

    P("d59_017",
      "Last Modified: 19 Nov 2012 09:35\n"
      "An Israeli air strike flattened a three-storey house in Gaza City on Sunday, killing 11 "
      "people, among them four children and five women of the al-Dalou family, Gaza health "
      "officials said. Rescuers dug through the rubble for hours with their hands and a single "
      "bulldozer; the bodies of two neighbours were recovered later. The Israeli military said it "
      "had been targeting Yahya Rabie, a commander of Hamas's rocket-launching unit, and was "
      "reviewing the incident. The strike raised the Palestinian death toll from five days of "
      "Israel's Operation Pillar of Defence to at least 69, Ashraf al-Qudra, a health ministry "
      "spokesman, said. The Israeli military said Palestinian fighters had fired more than 500 "
      "rockets at Israel since Wednesday, and that its Iron Dome system had intercepted 245 of "
      "them. Three Israelis were killed on Thursday when a rocket hit an apartment building in "
      "Kiryat Malachi.",
      [C("11", 11, "exact", "killed", "people in the Dalou house", "Gaza health officials"),
       C("four", 4, "exact", "killed", "children of the Dalou family",
         "Gaza health officials"),
       C("five", 5, "exact", "killed", "women of the Dalou family", "Gaza health officials",
         ctx="five women"),
       C("two", 2, "exact", "killed", "neighbours", "Gaza health officials",
         attr_alt=[None]),
       C("at least 69", 69, "at_least", "killed", "Palestinians in Operation Pillar of Defence",
         "Ashraf al-Qudra"),
       C("more than 500", 500, "more_than", "munitions", "rockets fired at Israel",
         "The Israeli military"),
       C("245", 245, "exact", "munitions", "rockets intercepted by Iron Dome",
         "The Israeli military"),
       C("Three", 3, "exact", "killed", "Israelis in Kiryat Malachi")],
      published="2012-11-19"),

    P("d59_018",
      "BAGHDAD, Aug 31 (Reuters) - Iraqi troops and Shi'ite militiamen broke a nearly two-month "
      "siege of the Turkmen town of Amirli on Sunday, a day after U.S. aircraft struck Islamic "
      "State positions around the town and dropped food and water to its residents. The U.S. "
      "military said its aircraft had carried out three air strikes near Amirli, destroying "
      "Islamic State Humvees, a tank and a checkpoint, and that U.S., British, French and "
      "Australian planes had dropped 109 bundles of aid. About 15,000 people had been trapped "
      "in the town without electricity or clean water, according to the United Nations, which "
      "had warned of a possible massacre. Mehdi Taqi, a local official, said at least 10 "
      "children had died of hunger and heat since June. Army commanders said more than 100 "
      "Islamic State fighters were killed in the final push.",
      [C("three", 3, "exact", "munitions", "U.S. air strikes near Amirli",
         "The U.S. military", cat_alt=["other"]),
       C("109", 109, "exact", "aid", "bundles of aid dropped", "The U.S. military"),
       C("About 15,000", 15000, "about", "population", "people trapped in Amirli",
         "the United Nations", cat_alt=["other"]),
       C("at least 10", 10, "at_least", "killed", "children who died of hunger and heat",
         "Mehdi Taqi"),
       C("more than 100", 100, "more_than", "killed", "Islamic State fighters",
         "Army commanders")]),

    P("d59_019",
      "IMPHAL, June 4, 2015\n"
      "Eighteen Army personnel were killed and 11 injured when militants ambushed a convoy of "
      "the 6 Dogra Regiment in Manipur's Chandel district on Thursday morning, the worst such "
      "attack on security forces in the State in two decades. Defence spokesperson Lt. Col. Amit "
      "Mahajan said the militants used rocket-propelled grenades and improvised explosive "
      "devices before opening fire on the four vehicles, two of which were gutted. Intelligence "
      "officials suspect a group of 25 to 30 cadres of the NSCN(K), the Kanglei Yawol Kanna Lup "
      "and the KCP. Union Home Minister Rajnath Singh spoke to the Chief Minister, and the Army "
      "chief, Gen. Dalbir Singh Suhag, flew to Imphal. Some 2,000 troops were moved into the "
      "area to search the forests along the Myanmar border.",
      [C("Eighteen", 18, "exact", "killed", "Army personnel in Chandel",
         attr_alt=["Defence spokesperson Lt. Col. Amit Mahajan"]),
       C("11", 11, "exact", "injured", "Army personnel in Chandel",
         attr_alt=["Defence spokesperson Lt. Col. Amit Mahajan"]),
       C("four", 4, "exact", "other", "vehicles in the convoy",
         "Defence spokesperson Lt. Col. Amit Mahajan", optional=True),
       C("two", 2, "exact", "other", "vehicles gutted",
         "Defence spokesperson Lt. Col. Amit Mahajan", optional=True,
         cat_alt=["infrastructure"], ctx="two of which"),
       C("25 to 30", 25, "range", "troops", "militant cadres in the ambush",
         "Intelligence officials", high=30, cat_alt=["other"]),
       C("Some 2,000", 2000, "about", "troops", "troops moved into the area")],
      published="2015-06-04"),

    P("d59_020",
      "Pathankot, Updated: Jan 04, 2016 00:47 IST\n"
      "An officer of the National Security Guard, Lt Col Niranjan EK, died on Sunday while "
      "trying to clear the body of a militant rigged with explosives, raising the toll among "
      "security forces in the attack on the Pathankot air force station to seven, officials "
      "said. At least 20 other security personnel were injured in the operation, which was "
      "still continuing 36 hours after heavily armed terrorists entered the base, home to MiG-21 "
      "fighters and Mi-35 attack helicopters. Home Secretary Rajiv Mehrishi told reporters that "
      "five terrorists had been killed so far and that one or two more were holed up in a "
      "two-storey building. All aircraft and other strategic assets were safe, he said. Some "
      "4,000 personnel from the army, NSG and the air force had been deployed to secure the "
      "sprawling 2,000-acre base.",
      [C("seven", 7, "exact", "killed", "security personnel at Pathankot", "officials"),
       C("At least 20", 20, "at_least", "injured", "security personnel", "officials",
         attr_alt=[None]),
       C("five", 5, "exact", "killed", "terrorists", "Home Secretary Rajiv Mehrishi"),
       C("one or two", 1, "range", "troops", "terrorists still holed up",
         "Home Secretary Rajiv Mehrishi", high=2, cat_alt=["other"]),
       C("Some 4,000", 4000, "about", "troops", "personnel deployed at the base")],
      published="2016-01-04"),
]

# --- 2017–2023: Somalia, Afghanistan, Syria, Mali, Ukraine, Iraq, Korea, Niger ----------------
PASSAGES += [
    P("d59_021",
      "Friday January 27 2017\n"
      "Kenya Defence Forces soldiers repulsed an attack by hundreds of al-Shabaab fighters on "
      "their camp at Kulbiyow in Somalia, near the Kenyan border, on Friday morning, killing 57 "
      "of them, military spokesman Col Paul Njuguna said. Col Njuguna said the militants had "
      "opened the assault with two vehicle-borne bombs and that the camp remained under KDF "
      "control. He did not give a figure for Kenyan casualties. Al-Shabaab, in a statement on a "
      "website that carries its propaganda, claimed its fighters had killed 66 Kenyan soldiers "
      "and seized weapons and vehicles. On Monday the government confirmed that nine soldiers had "
      "died and that 15 wounded had been airlifted to Nairobi. Kenya has some 3,600 troops in "
      "Somalia under the African Union mission, AMISOM.",
      [C("hundreds", 100, "vague", "troops", "al-Shabaab fighters who attacked",
         "military spokesman Col Paul Njuguna", cat_alt=["other"]),
       C("57", 57, "exact", "killed", "al-Shabaab fighters",
         "military spokesman Col Paul Njuguna"),
       C("two", 2, "exact", "munitions", "vehicle-borne bombs", "Col Njuguna",
         cat_alt=["other"], attr_alt=["military spokesman Col Paul Njuguna"]),
       C("66", 66, "exact", "killed", "Kenyan soldiers (al-Shabaab claim)", "Al-Shabaab"),
       C("nine", 9, "exact", "killed", "Kenyan soldiers", "the government"),
       C("15", 15, "exact", "injured", "Kenyan soldiers airlifted", "the government"),
       C("some 3,600", 3600, "about", "troops", "Kenyan troops in Somalia")],
      published="2017-01-27"),

    P("d59_022",
      "MAZAR-I-SHARIF, Afghanistan, April 22 (Reuters) - At least 140 Afghan soldiers were "
      "killed when Taliban fighters dressed in army uniforms attacked a base near the northern "
      "city of Mazar-i-Sharif, officials said on Saturday, the deadliest attack on a military "
      "installation since the Taliban were ousted in 2001. The Defence Ministry had earlier put "
      "the number of soldiers killed or wounded at more than 100, without giving a breakdown. A "
      "U.S. military spokesman said the toll was likely to be \"more than 50\". Ten attackers, "
      "some of them suicide bombers, drove onto the base in military vehicles and opened fire on "
      "soldiers leaving Friday prayers and eating in a dining hall, a local official said. One "
      "attacker was captured alive, the official said. The Taliban said four of the attackers "
      "were soldiers who had defected, and claimed that as many as 500 troops had been killed.",
      [C("At least 140", 140, "at_least", "killed", "Afghan soldiers", "officials"),
       C("more than 100", 100, "more_than", "injured", "soldiers killed or wounded",
         "The Defence Ministry", cat_alt=["killed", "other"]),
       C("more than 50", 50, "more_than", "killed", "soldiers (U.S. estimate)",
         "A U.S. military spokesman"),
       C("Ten", 10, "exact", "troops", "attackers", "a local official", cat_alt=["other"]),
       C("One", 1, "exact", "detained", "attacker captured", "the official",
         attr_alt=["a local official"]),
       C("four", 4, "exact", "troops", "attackers who were defecting soldiers",
         "The Taliban", optional=True, cat_alt=["other"]),
       C("as many as 500", 500, "at_most", "killed", "troops (Taliban claim)",
         "The Taliban")]),

    P("d59_023",
      "U.S. aircraft and artillery killed about 100 pro-government fighters in eastern Syria "
      "overnight after they attacked the headquarters of the U.S.-backed Syrian Democratic "
      "Forces near the town of Khasham, a U.S. military official said. The official said about "
      "500 fighters, supported by tanks, artillery and multiple-launch rocket systems, had "
      "advanced on the SDF position east of the Euphrates River, and that 20 to 30 artillery and "
      "tank rounds had landed within 500 meters of it. One SDF fighter was wounded and no "
      "Americans were hurt, according to the U.S.-led coalition. Syrian state media said the "
      "strikes had killed \"dozens\" and called them a war crime. A week later, Russia's Foreign "
      "Ministry acknowledged that five Russian citizens may have been killed, while people "
      "familiar with the matter told Reuters that about 100 Russian contractors had died.",
      [C("about 100", 100, "about", "killed", "pro-government fighters",
         "a U.S. military official", ctx="about 100 pro-government"),
       C("about 500", 500, "about", "troops", "pro-government fighters who advanced",
         "The official", cat_alt=["other"], attr_alt=["a U.S. military official"]),
       C("20 to 30", 20, "range", "munitions", "artillery and tank rounds", "The official",
         high=30, cat_alt=["other"], attr_alt=["a U.S. military official"]),
       C("One", 1, "exact", "injured", "SDF fighter", "the U.S.-led coalition"),
       C("dozens", 12, "vague", "killed", "people in the strikes", "Syrian state media"),
       C("five", 5, "exact", "killed", "Russian citizens", "Russia's Foreign Ministry"),
       C("about 100", 100, "about", "killed", "Russian contractors",
         "people familiar with the matter", ctx="about 100 Russian")]),

    P("d59_024",
      "BAMAKO, Nov 2, 2019 (AFP) - Fifty-three soldiers and a civilian were killed in an attack "
      "on an army post at Indelimane in northeastern Mali, the government said on Saturday, one "
      "of the deadliest assaults on the military in years. \"The provisional toll is 54 dead, "
      "including one civilian,\" government spokesman Yaya Sangare said on Twitter, adding that "
      "ten survivors had been found and that the post was under control. The Islamic State group "
      "claimed the attack through its Amaq propaganda agency. A French soldier, Brigadier Ronan "
      "Pointeau, was killed the same day when his armoured vehicle struck an explosive device "
      "near Menaka, the French presidency said. The attack came a month after 38 soldiers died "
      "in twin jihadist raids near the border with Burkina Faso, according to the government.",
      [C("Fifty-three", 53, "exact", "killed", "soldiers at Indelimane", "the government",
         ctx="Fifty-three soldiers"),
       C("54", 54, "exact", "killed", "dead at Indelimane",
         "government spokesman Yaya Sangare"),
       C("one", 1, "exact", "killed", "civilian among the dead",
         "government spokesman Yaya Sangare", ctx="one civilian"),
       C("ten", 10, "exact", "other", "survivors found", "government spokesman Yaya Sangare",
         cat_alt=["troops"]),
       C("38", 38, "exact", "killed", "soldiers in twin raids a month earlier",
         "the government")],
      published="2019-11-02"),

    P("d59_025",
      "KYIV, Ukraine (AP) — About 60 people are feared dead after a Russian bomb hit a school in "
      "the eastern Ukrainian village of Bilohorivka where some 90 people had been sheltering in "
      "the basement, the governor of the Luhansk region said Sunday. Serhiy Haidai said on "
      "Telegram that the bomb struck Saturday afternoon, setting the building on fire, and that "
      "emergency crews had pulled 30 people from the rubble, seven of them injured. \"Two bodies "
      "have been found,\" he wrote. \"Most likely, all 60 people who remain under the rubble of "
      "the buildings are now dead.\" Russia did not comment on the strike. Separately, the "
      "Ukrainian military said it had repelled 11 attacks in the Donetsk and Luhansk regions "
      "over the past day, destroying five tanks and 12 armored vehicles.",
      [C("About 60", 60, "about", "killed", "people feared dead in Bilohorivka",
         "the governor of the Luhansk region", cat_alt=["missing"],
         attr_alt=["Serhiy Haidai"]),
       C("some 90", 90, "about", "other", "people sheltering in the school basement",
         "the governor of the Luhansk region", cat_alt=["displaced"],
         attr_alt=["Serhiy Haidai"]),
       C("30", 30, "exact", "other", "people pulled from the rubble", "Serhiy Haidai"),
       C("seven", 7, "exact", "injured", "people rescued injured", "Serhiy Haidai"),
       C("Two", 2, "exact", "killed", "bodies found", "Serhiy Haidai", attr_alt=["he"]),
       C("60", 60, "exact", "killed", "people under the rubble (restated)", "Serhiy Haidai",
         optional=True, cat_alt=["missing"], attr_alt=["he"], ctx="all 60"),
       C("11", 11, "exact", "other", "Russian attacks repelled", "the Ukrainian military"),
       C("five", 5, "exact", "munitions", "Russian tanks destroyed",
         "the Ukrainian military", cat_alt=["other"]),
       C("12", 12, "exact", "munitions", "Russian armored vehicles destroyed",
         "the Ukrainian military", cat_alt=["other"])]),

    P("d59_026",
      "ZAKHO, Iraq, July 20, 2022 (AFP) - Artillery shells slammed into a crowded mountain "
      "resort in Iraq's autonomous Kurdistan region on Wednesday, killing nine tourists, among "
      "them a one-year-old child, and wounding 23 others, Iraqi officials said. Baghdad blamed "
      "Turkey, which has carried out frequent operations against Kurdish PKK rebels in the area, "
      "and recalled its charge d'affaires from Ankara. The Turkish foreign ministry denied "
      "responsibility and blamed \"terrorist organisations\". Witnesses said at least four "
      "shells hit the Barakh resort near Zakho, popular with Arab visitors escaping the summer "
      "heat, which reached 50 degrees Celsius in Baghdad this week. The bodies were flown to "
      "Baghdad on Thursday, where hundreds of protesters gathered outside a Turkish visa "
      "centre.",
      [C("nine", 9, "exact", "killed", "tourists at the Barakh resort", "Iraqi officials"),
       C("23", 23, "exact", "injured", "tourists at the Barakh resort", "Iraqi officials"),
       C("at least four", 4, "at_least", "munitions", "shells that hit the resort",
         "Witnesses"),
       C("hundreds", 100, "vague", "other", "protesters outside a Turkish visa centre")],
      published="2022-07-20"),

    P("d59_027",
      "(LEAD) N. Korea fires 23 missiles, one lands near S. Korean waters for first time\n"
      "2022/11/02 17:31\n"
      "SEOUL, Nov. 2 (Yonhap) -- North Korea fired at least 23 missiles of various types into "
      "waters east and west of the Korean Peninsula on Wednesday, the most it has launched in a "
      "single day, with one landing just 57 kilometers east of the South Korean city of Sokcho, "
      "the military said. The Joint Chiefs of Staff (JCS) said one short-range ballistic missile "
      "crossed the Northern Limit Line, the de facto maritime border, for the first time since "
      "the peninsula was divided. An air raid warning was issued on Ulleung Island at 8:55 "
      "a.m., and residents took shelter for about three hours. In response, South Korea's Air "
      "Force launched F-15K and KF-16 fighters that fired three precision-guided air-to-surface "
      "missiles into waters north of the NLL, the JCS said. North Korea also fired around 100 "
      "artillery shells into a maritime buffer zone off its east coast, it added.",
      [C("23", 23, "exact", "munitions", "North Korean missiles (headline)",
         attr_alt=["the military"], ctx="fires 23"),
       C("one", 1, "exact", "munitions", "missile landing near South Korean waters "
         "(headline)", optional=True, ctx="one lands"),
       C("at least 23", 23, "at_least", "munitions", "North Korean missiles",
         "the military", attr_alt=["The Joint Chiefs of Staff (JCS)"]),
       C("one", 1, "exact", "munitions", "missile landing near Sokcho", "the military",
         attr_alt=["The Joint Chiefs of Staff (JCS)"], ctx="one landing"),
       C("one", 1, "exact", "munitions", "missile crossing the NLL (restated)",
         "The Joint Chiefs of Staff (JCS)", optional=True, ctx="one short-range"),
       C("three", 3, "exact", "munitions", "South Korean air-to-surface missiles", "the JCS",
         attr_alt=["The Joint Chiefs of Staff (JCS)"], ctx="three precision"),
       C("around 100", 100, "about", "munitions", "North Korean artillery shells", "the JCS",
         attr_alt=["it", "The Joint Chiefs of Staff (JCS)"])],
      published="2022-11-02"),

    P("d59_028",
      "NEW DELHI, Dec 13 (Reuters) - Indian and Chinese troops clashed on their disputed "
      "Himalayan border last week, leaving soldiers on both sides with minor injuries, India's "
      "defence minister told parliament on Tuesday, the first such confrontation since a deadly "
      "brawl in 2020. Rajnath Singh said Chinese troops had tried to \"unilaterally change the "
      "status quo\" in the Yangtse area of Arunachal Pradesh's Tawang sector on Dec. 9, and that "
      "Indian soldiers had forced them back to their posts. \"There are no fatalities or serious "
      "casualties on our side,\" he said. Both sides disengaged soon after, and local commanders "
      "held a flag meeting on Dec. 11. China's foreign ministry said the situation on the border "
      "was \"generally stable\". The Yangtse post sits at an altitude of about 17,000 feet, some "
      "35 km northeast of Tawang town.",
      []),

    P("d59_029",
      "KAMPALA, June 3, 2023 (Reuters) - Fifty-four Ugandan soldiers serving with the African "
      "Union force in Somalia were killed when al Shabaab militants overran their base at Bulo "
      "Marer last week, President Yoweri Museveni said on Saturday. Museveni said the soldiers "
      "\"did not behave as expected\", allowing the militants to overrun the base southwest of "
      "Mogadishu on May 26, and that two commanders had been arrested. Ugandan and Somali troops "
      "later retook the base, he said. Al Shabaab said it had killed 137 soldiers in the attack, "
      "which began with suicide car bombs. The AU mission, ATMIS, had said after the attack that "
      "it had lost \"a number of\" soldiers without giving a toll. Uganda has about 6,000 troops "
      "in ATMIS, the largest contingent.",
      [C("Fifty-four", 54, "exact", "killed", "Ugandan soldiers at Bulo Marer",
         "President Yoweri Museveni"),
       C("two", 2, "exact", "detained", "commanders arrested", "Museveni",
         attr_alt=["President Yoweri Museveni"]),
       C("137", 137, "exact", "killed", "soldiers (al Shabaab claim)", "Al Shabaab"),
       C("about 6,000", 6000, "about", "troops", "Ugandan troops in ATMIS")],
      published="2023-06-03"),

    P("d59_030",
      "NIAMEY (AFP) - Seventeen Nigerien soldiers were killed and 20 wounded in a jihadist "
      "ambush near the border with Burkina Faso on Tuesday, the defence ministry said, the "
      "deadliest attack since the military seized power last month. A detachment travelling "
      "between Boni and Torodi was caught in \"a terrorist ambush\" near Koutougou, the ministry "
      "said in a statement read on state television, adding that six of the wounded were in a "
      "serious condition and had been evacuated to Niamey. More than 100 of the assailants, who "
      "came on motorcycles, were \"neutralised\" during their retreat, it said. The junta, which "
      "toppled President Mohamed Bazoum on July 26, has said it acted in part because of the "
      "worsening security situation. Earlier on Tuesday, at least 50 civilians were killed in the "
      "Tillaberi region by suspected jihadists, local sources told AFP.",
      [C("Seventeen", 17, "exact", "killed", "Nigerien soldiers", "the defence ministry"),
       C("20", 20, "exact", "injured", "Nigerien soldiers", "the defence ministry"),
       C("six", 6, "exact", "injured", "soldiers seriously wounded", "the ministry",
         attr_alt=["the defence ministry"]),
       C("More than 100", 100, "more_than", "killed", "assailants neutralised", "the ministry",
         attr_alt=["it", "the defence ministry"]),
       C("at least 50", 50, "at_least", "killed", "civilians in Tillaberi",
         "local sources")]),
]

# --- 2022–2025: Gaza, Pakistan and Iran, Ukraine, Iraq and Syria, Iran and Qatar, a swap ------
PASSAGES += [
    P("d59_031",
      "Published On 25 Dec 2023\n"
      "Israeli air strikes on the Maghazi refugee camp in central Gaza overnight killed at least "
      "70 people, many of them women and children, the Palestinian health ministry in Gaza said, "
      "in one of the deadliest single attacks of the war. Ministry spokesman Ashraf al-Qudra "
      "said the toll was expected to rise because many families remained under the rubble of "
      "three residential blocks that were flattened. Mohammed Khalil, whose house was hit, told "
      "Al Jazeera he had lost 12 members of his family. The Israeli military said it was "
      "\"reviewing the incident\" and was committed to minimising harm to civilians. Gaza's "
      "health ministry says 20,674 Palestinians have been killed in Israeli attacks since "
      "October 7, while Israel says about 1,140 people were killed in the Hamas-led attack on "
      "that day. Israel's army said on Monday that two more soldiers had been killed in Gaza, "
      "bringing its losses in the ground offensive to 156.",
      [C("at least 70", 70, "at_least", "killed", "people in Maghazi camp",
         "the Palestinian health ministry in Gaza"),
       C("three", 3, "exact", "infrastructure", "residential blocks flattened",
         "Ministry spokesman Ashraf al-Qudra"),
       C("12", 12, "exact", "killed", "members of Mohammed Khalil's family",
         "Mohammed Khalil"),
       C("20,674", 20674, "exact", "killed", "Palestinians killed since October 7",
         "Gaza's health ministry"),
       C("about 1,140", 1140, "about", "killed", "people killed in the October 7 attack",
         "Israel"),
       C("two", 2, "exact", "killed", "Israeli soldiers", "Israel's army"),
       C("156", 156, "exact", "killed", "Israeli soldiers in the ground offensive",
         "Israel's army")],
      published="2023-12-25"),

    P("d59_032",
      "Published January 18, 2024\n"
      "Pakistan carried out \"precision military strikes\" against militant hideouts in Iran's "
      "Sistan-Baluchestan province early on Thursday, killing \"a number of terrorists\", the "
      "Foreign Office said, two days after an Iranian missile and drone attack on Pakistani "
      "territory. Iranian state media quoted Alireza Marhamati, the province's deputy governor, "
      "as saying nine people had been killed near the town of Saravan, among them three women "
      "and four children, all of them non-Iranians. Iran's strike on Tuesday night hit a village "
      "near Panjgur in Balochistan, killing two children and injuring three girls, according to "
      "the Foreign Office. Tehran said it had targeted two bases of the Jaish al-Adl militant "
      "group with missiles and drones. Oil prices rose 1.2 percent on the news, and Pakistan "
      "recalled its ambassador from Tehran.",
      [C("nine", 9, "exact", "killed", "people near Saravan", "Alireza Marhamati",
         attr_alt=["Iranian state media"]),
       C("three", 3, "exact", "killed", "women near Saravan", "Alireza Marhamati",
         attr_alt=["Iranian state media"], ctx="three women"),
       C("four", 4, "exact", "killed", "children near Saravan", "Alireza Marhamati",
         attr_alt=["Iranian state media"]),
       C("two", 2, "exact", "killed", "children near Panjgur", "the Foreign Office",
         ctx="two children"),
       C("three", 3, "exact", "injured", "girls near Panjgur", "the Foreign Office",
         ctx="three girls"),
       C("two", 2, "exact", "other", "Jaish al-Adl bases targeted", "Tehran",
         cat_alt=["infrastructure", "munitions"], ctx="two bases")],
      published="2024-01-18"),

    P("d59_033",
      "Ukraine says it shot down Russian A-50 spy plane, Il-22 command aircraft\n"
      "January 15, 2024 12:10 AM 2 min read\n"
      "Ukraine's Air Force shot down a Russian A-50 airborne early warning and control aircraft "
      "and an Il-22 airborne command post over the Sea of Azov on Jan. 14, Commander-in-Chief "
      "Valerii Zaluzhnyi said. The A-50, a Soviet-designed plane that coordinates Russian air "
      "strikes, carries a crew of around 15, and Russia had only about six of them left in "
      "service, according to Ukrainian military intelligence. Air Force spokesman Yurii Ihnat "
      "said the Il-22 had been damaged and managed to land in Anapa with casualties on board. "
      "Russia's Defense Ministry did not comment on the reports. Overnight, Russia launched 40 "
      "missiles and drones at Ukraine, of which the Air Force said eight cruise missiles and 20 "
      "Shahed drones were intercepted.",
      [C("around 15", 15, "about", "other", "crew of an A-50",
         "Ukrainian military intelligence", optional=True, cat_alt=["troops"]),
       C("about six", 6, "about", "munitions", "A-50 aircraft left in Russian service",
         "Ukrainian military intelligence", cat_alt=["other"]),
       C("40", 40, "exact", "munitions", "missiles and drones launched overnight",
         attr_alt=["the Air Force"]),
       C("eight", 8, "exact", "munitions", "cruise missiles intercepted", "the Air Force"),
       C("20", 20, "exact", "munitions", "Shahed drones intercepted", "the Air Force",
         ctx="20 Shahed")],
      published="2024-01-15"),

    P("d59_034",
      "WASHINGTON (AP) — The U.S. military struck more than 85 targets at seven locations in "
      "Iraq and Syria on Friday in retaliation for a drone attack that killed three American "
      "soldiers in Jordan, hitting command centers, intelligence hubs and weapons depots used by "
      "Iran's Revolutionary Guard and the militias it backs. Lt. Gen. Douglas Sims, director of "
      "the Joint Staff, told reporters that more than 125 precision munitions were used in the "
      "30-minute operation, including bombs dropped by two B-1 bombers flown from the United "
      "States. An Iraqi government spokesman, Basim al-Awadi, said 16 people, including "
      "civilians, were killed and 25 wounded near al-Qaim on the border. In Syria, the Syrian "
      "Observatory for Human Rights, a Britain-based war monitor, said 23 pro-Iranian fighters "
      "were killed. Sims said the strikes appeared to have been \"successful\", but that it was "
      "too early to say how many militants had died.",
      [C("more than 85", 85, "more_than", "other", "targets struck in Iraq and Syria",
         cat_alt=["infrastructure", "munitions"], attr_alt=["The U.S. military"]),
       C("seven", 7, "exact", "other", "locations struck", optional=True,
         cat_alt=["infrastructure"], attr_alt=["The U.S. military"]),
       C("three", 3, "exact", "killed", "American soldiers in Jordan"),
       C("more than 125", 125, "more_than", "munitions", "precision munitions used",
         "Lt. Gen. Douglas Sims"),
       C("two", 2, "exact", "munitions", "B-1 bombers", "Lt. Gen. Douglas Sims",
         cat_alt=["other"]),
       C("16", 16, "exact", "killed", "people near al-Qaim", "Basim al-Awadi",
         attr_alt=["An Iraqi government spokesman"]),
       C("25", 25, "exact", "injured", "people near al-Qaim", "Basim al-Awadi",
         attr_alt=["An Iraqi government spokesman"]),
       C("23", 23, "exact", "killed", "pro-Iranian fighters in Syria",
         "the Syrian Observatory for Human Rights")]),

    P("d59_035",
      "JERUSALEM/CAIRO, Feb 12 (Reuters) - Israeli special forces rescued two hostages from a "
      "heavily guarded apartment in Rafah in a pre-dawn raid on Monday, under cover of air "
      "strikes that Gaza health officials said killed 67 Palestinians. The military named the "
      "freed men as Fernando Simon Marman, 60, and Louis Har, 70, both seized from Kibbutz Nir "
      "Yitzhak on Oct. 7. Military spokesman Rear Admiral Daniel Hagari said the operation had "
      "taken about an hour and that both men were in good condition. Residents said more than a "
      "dozen houses and two mosques were struck during the raid. Israel says 134 hostages remain "
      "in Gaza, of whom at least 29 are believed to be dead. More than 1.3 million Palestinians "
      "are sheltering in Rafah, according to the United Nations.",
      [C("two", 2, "exact", "hostages", "hostages rescued in Rafah", ctx="two hostages"),
       C("67", 67, "exact", "killed", "Palestinians in the Rafah strikes",
         "Gaza health officials"),
       C("more than a dozen", 12, "more_than", "infrastructure", "houses struck",
         "Residents"),
       C("two", 2, "exact", "infrastructure", "mosques struck", "Residents",
         ctx="two mosques"),
       C("134", 134, "exact", "hostages", "hostages remaining in Gaza", "Israel"),
       C("at least 29", 29, "at_least", "killed", "hostages believed dead", "Israel",
         cat_alt=["hostages", "missing"]),
       C("More than 1.3 million", 1_300_000, "more_than", "displaced",
         "Palestinians sheltering in Rafah", "the United Nations")]),

    P("d59_036",
      "15 June 2024, 12:38 pm\n"
      "Eight soldiers were killed when an explosion ripped through their armored vehicle in the "
      "Tel Sultan area of Rafah early Saturday, the Israel Defense Forces said, in one of the "
      "deadliest single incidents for troops since the ground offensive began. The soldiers, from "
      "the Combat Engineering Corps' 601st Battalion, were traveling in a Namer armored personnel "
      "carrier at the rear of a convoy returning from an overnight operation. The IDF said the "
      "blast may have been caused by an explosive device planted by Hamas or by an anti-tank "
      "missile hitting explosives carried in the vehicle. Their deaths brought to 307 the number "
      "of soldiers killed in the Gaza ground operation, according to military figures. Hamas's "
      "armed wing said it had ambushed an Israeli force in Tel Sultan but gave no toll. Another "
      "two soldiers were killed in northern Gaza the same day, the army said later.",
      [C("Eight", 8, "exact", "killed", "Israeli soldiers in Rafah",
         "the Israel Defense Forces"),
       C("307", 307, "exact", "killed", "soldiers killed in the ground operation",
         "military figures"),
       C("two", 2, "exact", "killed", "soldiers in northern Gaza", "the army")],
      published="2024-06-15"),

    P("d59_037",
      "Updated June 22, 2025, 6:04 p.m. ET\n"
      "Seven B-2 stealth bombers flew 18 hours from Missouri to drop 14 massive bunker-busting "
      "bombs on Iran's Fordow and Natanz nuclear sites, the chairman of the Joint Chiefs of "
      "Staff, Gen. Dan Caine, told reporters at the Pentagon on Sunday. More than 125 U.S. "
      "aircraft took part in the operation, code-named Midnight Hammer, Caine said, and a U.S. "
      "submarine fired more than two dozen Tomahawk cruise missiles at targets in Isfahan. Each "
      "of the GBU-57 bombs weighs 30,000 pounds. Iran's atomic energy organisation said there "
      "were no signs of contamination at the sites, and the country's health ministry said no "
      "one had been killed. Iran has said 430 people were killed in Israeli strikes since June "
      "13, while Israel says 24 people have died in Iranian missile attacks.",
      [C("Seven", 7, "exact", "munitions", "B-2 bombers", "Gen. Dan Caine",
         cat_alt=["other"]),
       C("14", 14, "exact", "munitions", "bunker-busting bombs", "Gen. Dan Caine"),
       C("More than 125", 125, "more_than", "munitions", "U.S. aircraft in the operation",
         "Caine", cat_alt=["other"], attr_alt=["Gen. Dan Caine"]),
       C("more than two dozen", 24, "more_than", "munitions", "Tomahawk cruise missiles",
         "Caine", attr_alt=["Gen. Dan Caine"]),
       C("430", 430, "exact", "killed", "people in Iran", "Iran"),
       C("24", 24, "exact", "killed", "people in Israel", "Israel")],
      published="2025-06-22"),

    P("d59_038",
      "DOHA, June 23 (Reuters) - Iran fired missiles at the U.S. al-Udeid air base in Qatar on "
      "Monday evening in retaliation for U.S. strikes on its nuclear sites, but caused no "
      "casualties, Qatar and the United States said. Qatar's defence ministry said its air "
      "defences had intercepted 18 of the 19 missiles launched, and that the one that got through "
      "struck an uninhabited area of the base. U.S. President Donald Trump said Iran had fired 14 "
      "missiles, 13 of which were \"knocked down\", and thanked Tehran for giving early notice. "
      "Iran's Revolutionary Guards said their attack had involved six missiles, matching the "
      "number of bombs the United States had dropped on Fordow. The base, the largest U.S. "
      "military installation in the Middle East, hosts about 10,000 troops. Oil prices fell more "
      "than 7% after the attack, as traders bet that Iran wanted to avoid a wider war.",
      [C("18", 18, "exact", "munitions", "missiles intercepted over Qatar",
         "Qatar's defence ministry"),
       C("19", 19, "exact", "munitions", "Iranian missiles launched",
         "Qatar's defence ministry"),
       C("one", 1, "exact", "munitions", "missile that got through",
         "Qatar's defence ministry", ctx="the one that"),
       C("14", 14, "exact", "munitions", "Iranian missiles (Trump)",
         "U.S. President Donald Trump"),
       C("13", 13, "exact", "munitions", "missiles knocked down (Trump)",
         "U.S. President Donald Trump"),
       C("six", 6, "exact", "munitions", "missiles (Revolutionary Guards)",
         "Iran's Revolutionary Guards"),
       C("about 10,000", 10000, "about", "troops", "U.S. troops at al-Udeid")]),

    P("d59_039",
      "KYIV, Sept 22 (Reuters) - Ukraine secured the release of 215 prisoners of war, including "
      "108 members of the Azov Regiment and the commanders who led the defence of the Azovstal "
      "steelworks in Mariupol, in exchange for 55 Russians and the pro-Russian politician Viktor "
      "Medvedchuk, President Volodymyr Zelenskiy said. Five of the commanders will stay in "
      "Turkey until the end of the war under an agreement with President Tayyip Erdogan, "
      "Zelenskiy said in a video address. Separately, Saudi Arabia said it had mediated the "
      "release of 10 foreigners captured while fighting for Ukraine, among them five Britons and "
      "two Americans, who were flown to Riyadh. Andriy Yermak, head of the presidential office, "
      "said 188 of the freed Ukrainians had defended Azovstal and Mariupol. It was the largest "
      "exchange of the war so far. Ukraine's military intelligence said about 2,500 Ukrainians "
      "remained in Russian captivity.",
      [C("215", 215, "exact", "detained", "Ukrainian prisoners of war released",
         "President Volodymyr Zelenskiy"),
       C("108", 108, "exact", "detained", "Azov Regiment members released",
         "President Volodymyr Zelenskiy"),
       C("55", 55, "exact", "detained", "Russians handed over",
         "President Volodymyr Zelenskiy"),
       C("Five", 5, "exact", "detained", "commanders to stay in Turkey", "Zelenskiy",
         cat_alt=["displaced", "other"], attr_alt=["President Volodymyr Zelenskiy"]),
       C("10", 10, "exact", "detained", "foreign fighters released", "Saudi Arabia",
         cat_alt=["hostages"]),
       C("five", 5, "exact", "detained", "Britons released", "Saudi Arabia",
         cat_alt=["hostages"], ctx="five Britons"),
       C("two", 2, "exact", "detained", "Americans released", "Saudi Arabia",
         cat_alt=["hostages"], ctx="two Americans"),
       C("188", 188, "exact", "detained", "freed defenders of Azovstal and Mariupol",
         "Andriy Yermak"),
       C("about 2,500", 2500, "about", "detained", "Ukrainians in Russian captivity",
         "Ukraine's military intelligence", cat_alt=["hostages"])]),

    P("d59_040",
      "Saturday, January 14, 2006\n"
      "KHAR, Bajaur: At least 18 people, including women and children, were killed when "
      "missiles fired from suspected US drones struck three houses in Damadola village near the "
      "Afghan border before dawn on Friday, local officials and residents said. Witnesses said "
      "they heard aircraft overhead for about an hour before the strike, and that at least four "
      "missiles hit the houses. Political agent Fazal Karim told reporters that the dead "
      "included five women and five children. US officials said privately that the target had "
      "been Al Qaeda's second-in-command, Ayman al-Zawahiri, who had been expected at a dinner "
      "in the village. Thousands of tribesmen protested in Bajaur on Saturday, chanting anti-US "
      "slogans, and the Foreign Office lodged a protest with the US ambassador.",
      [C("At least 18", 18, "at_least", "killed", "people in Damadola",
         "local officials and residents"),
       C("three", 3, "exact", "infrastructure", "houses struck",
         "local officials and residents", cat_alt=["other"]),
       C("at least four", 4, "at_least", "munitions", "missiles that hit the houses",
         "Witnesses"),
       C("five", 5, "exact", "killed", "women in Damadola", "Political agent Fazal Karim",
         ctx="five women"),
       C("five", 5, "exact", "killed", "children in Damadola", "Political agent Fazal Karim",
         ctx="five children"),
       C("Thousands", 1000, "vague", "other", "tribesmen protesting in Bajaur")],
      published="2006-01-14"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d59_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
