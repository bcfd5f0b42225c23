"""Source of the twenty-second development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on insurgencies, terror attacks, massacres, sieges and hostage
crises outside Ukraine and Gaza (2002–2024): the Sahel, Nigeria, Chad, eastern DR Congo, Somalia
and Kenya, Mozambique, Sudan, Ethiopia, Cameroon, Côte d'Ivoire, Tunisia, Myanmar, Afghanistan,
Pakistan, India, Iraq and Syria, Colombia, Mexico, Haiti, the Philippines and Russia. Written for
this set (none copied from an article) in the styles of wire copy (Reuters, AP, AFP, PTI), BBC,
Al Jazeera, France 24 and Guardian web pages, Nigerian, Kenyan, Pakistani, Indian, Sudanese and
Philippine papers, an OCHA flash update, HRW, MSF and Save the Children releases, an ACLED-style
overview, a US command statement, an ISPR press release and a Niger defence ministry communiqué
in translation. Annotated by hand and blind by the project's gold conventions (``gold/README.md``
of the shared folder) and the decisions recorded in the READMEs of ``tests/devset2`` to
``tests/devset21`` and ``tests/holdout2``. Figures follow contemporary reports loosely and some
details are invented; the set tests extraction, not facts.

Run ``python tests/devset22/build_devset22.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- the Sahel and Lake Chad -----------------------------------------------------------------
    P("d22_001",
      "NIAMEY, Niger (AP) — Four U.S. Army soldiers and four Nigerien troops were killed when "
      "about 50 extremists ambushed a joint patrol near the village of Tongo Tongo, U.S. and "
      "Nigerien officials said Thursday. Two more American soldiers were wounded and flown to "
      "Germany, where they were in stable condition, a Pentagon spokeswoman said. The patrol of "
      "about 12 U.S. special operations troops and 30 Nigerien soldiers was returning from a "
      "meeting with local leaders when it came under fire from small arms and rocket-propelled "
      "grenades. Niger's defense ministry later raised its toll to five soldiers, saying a "
      "wounded man had died in a hospital in Niamey. The body of Sgt. La David Johnson, 25, was "
      "recovered two days after the attack about a mile from the ambush site.",
      [C("Four", 4, "exact", "killed", "U.S. soldiers", "U.S. and Nigerien officials"),
       C("four", 4, "exact", "killed", "Nigerien troops", "U.S. and Nigerien officials"),
       C("about 50", 50, "about", "troops", "extremists who ambushed the patrol",
         "U.S. and Nigerien officials", cat_alt=["other"]),
       C("Two", 2, "exact", "injured", "American soldiers", "a Pentagon spokeswoman"),
       C("about 12", 12, "about", "troops", "U.S. special operations troops on the patrol", None,
         attr_alt=["a Pentagon spokeswoman"]),
       C("30", 30, "exact", "troops", "Nigerien soldiers on the patrol", None,
         attr_alt=["a Pentagon spokeswoman"]),
       C("five", 5, "exact", "killed", "Nigerien soldiers", "Niger's defense ministry")]),

    P("d22_002",
      "Zabarmari: UN says at least 110 farmers killed, up from 43\n"
      "By Our Reporter\n"
      "November 29, 2020\n"
      "The United Nations has said at least 110 civilians were killed in Saturday's attack by "
      "suspected Boko Haram fighters on rice farmers at Koshobe, near Zabarmari in Borno State. "
      "The UN Resident and Humanitarian Coordinator in Nigeria, Edward Kallon, said in a "
      "statement that many others were wounded and that there were reports of women being "
      "abducted. On Sunday, Governor Babagana Zulum attended the burial of 43 of the victims, "
      "whose bodies had been laid out in the village square. The Civilian JTF, a vigilante group "
      "that helped to recover the bodies, told this newspaper that six farmers were still missing "
      "and eight others had been taken to hospital in Maiduguri. Some 60 farm workers from Sokoto "
      "State, who had travelled to the area for the harvest, were among the victims, a community "
      "leader said.",
      [C("at least 110", 110, "at_least", "killed", "farmers (headline)", "UN",
         attr_alt=["The United Nations"], ctx="UN says at least 110"),
       C("43", 43, "exact", "killed", "farmers, earlier count (headline)", "UN",
         attr_alt=[None], ctx="up from 43"),
       C("at least 110", 110, "at_least", "killed", "civilians", "The United Nations",
         ctx="said at least 110 civilians"),
       C("43", 43, "exact", "killed", "victims buried", None,
         attr_alt=["Governor Babagana Zulum"], ctx="burial of 43"),
       C("six", 6, "exact", "missing", "farmers", "The Civilian JTF"),
       C("eight", 8, "exact", "injured", "farmers taken to hospital", "The Civilian JTF"),
       C("Some 60", 60, "about", "killed", "farm workers from Sokoto State",
         "a community leader")],
      published="2020-11-29"),

    P("d22_003",
      "Mangu: Death toll hits 113 as fresh attacks displace thousands\n"
      "Published 19 May 2023\n"
      "The number of people killed in three days of attacks on communities in the Mangu Local "
      "Government Area of Plateau State has risen to 113, the council chairman told journalists "
      "in Jos on Friday. He said more than 200 houses were razed in 14 villages and that over "
      "2,000 residents had fled to Mangu town and neighbouring Pankshin. The state police command "
      "put the toll lower, at 85, and said 12 suspects had been arrested. The Plateau State "
      "Emergency Management Agency said it had distributed 500 bags of rice and 300 mattresses "
      "to the displaced, who are camped in two primary schools.",
      [C("113", 113, "exact", "killed", "people in Mangu (headline)", None, ctx="hits 113"),
       C("thousands", 1000, "vague", "displaced", "people in Mangu (headline)", None),
       C("113", 113, "exact", "killed", "people in Mangu", "the council chairman",
         ctx="risen to 113"),
       C("more than 200", 200, "more_than", "infrastructure", "houses razed",
         "the council chairman", cat_alt=["other"], attr_alt=["He"]),
       C("14", 14, "exact", "other", "villages", "the council chairman", attr_alt=["He"],
         optional=True),
       C("over 2,000", 2000, "more_than", "displaced", "residents who fled",
         "the council chairman", attr_alt=["He"]),
       C("85", 85, "exact", "killed", "people in Mangu", "The state police command"),
       C("12", 12, "exact", "detained", "suspects arrested", "The state police command"),
       C("500", 500, "exact", "aid", "bags of rice",
         "The Plateau State Emergency Management Agency"),
       C("300", 300, "exact", "aid", "mattresses",
         "The Plateau State Emergency Management Agency"),
       C("two", 2, "exact", "infrastructure", "primary schools used as camps", None,
         cat_alt=["other"], optional=True)],
      published="2023-05-19"),

    P("d22_004",
      "Communiqué of the Ministry of National Defence (unofficial translation)\n"
      "Niamey, 10 January 2020\n"
      "On Thursday 9 January 2020, at around 12 noon, the military post of Chinagodrar, in the "
      "Tillabéri region, was attacked by hundreds of heavily armed terrorists on motorcycles and "
      "in vehicles mounted with 12.7mm machine guns. The fierce fighting, supported by artillery "
      "shelling and the use of suicide vehicles, resulted in a provisional toll of 25 killed and "
      "six wounded on the friendly side. On the enemy side, 63 terrorists were neutralised and "
      "several motorcycles and vehicles destroyed. The Government presents its condolences to the "
      "families of the victims and declares three days of national mourning. In a later "
      "statement the ministry put the number of soldiers killed at 89.",
      [C("hundreds", 100, "vague", "troops", "terrorists who attacked the post", None,
         cat_alt=["other"], attr_alt=["the Ministry of National Defence"]),
       C("25", 25, "exact", "killed", "Nigerien soldiers", None,
         attr_alt=["the Ministry of National Defence"]),
       C("six", 6, "exact", "injured", "Nigerien soldiers", None,
         attr_alt=["the Ministry of National Defence"]),
       C("63", 63, "exact", "killed", "terrorists neutralised", None,
         attr_alt=["the Ministry of National Defence"]),
       C("89", 89, "exact", "killed", "Nigerien soldiers", "the ministry",
         attr_alt=["the Ministry of National Defence"])],
      published="2020-01-10"),

    P("d22_005",
      "NIAMEY, Jan 3, 2021 (AFP) - Suspected jihadists killed 100 civilians in attacks on two "
      "villages in western Niger on Saturday, Prime Minister Brigi Rafini said on a visit to the "
      "area. Seventy people were killed in Tchoma Bangou and 30 in Zaroumadareye, a local "
      "official told AFP, adding that about 25 others had been wounded and taken to Ouallam and "
      "Niamey for treatment. Around 100 gunmen on motorbikes split into two columns to attack "
      "the villages at the same time, the official said, speaking on condition of anonymity. The "
      "attack came on the day results of the first round of the presidential election were "
      "announced. Niger has been fighting jihadists on its western border with Mali since 2012.",
      [C("100", 100, "exact", "killed", "civilians", "Prime Minister Brigi Rafini",
         ctx="killed 100 civilians"),
       C("two", 2, "exact", "other", "villages attacked", "Prime Minister Brigi Rafini",
         optional=True, ctx="two villages"),
       C("Seventy", 70, "exact", "killed", "people in Tchoma Bangou", "a local official"),
       C("30", 30, "exact", "killed", "people in Zaroumadareye", "a local official"),
       C("about 25", 25, "about", "injured", "people", "a local official"),
       C("Around 100", 100, "about", "troops", "gunmen on motorbikes", "the official",
         cat_alt=["other"], attr_alt=["a local official"])],
      published="2021-01-03"),

    P("d22_006",
      "N'DJAMENA, March 24 (Reuters) - Boko Haram fighters killed 92 Chadian soldiers in a "
      "seven-hour attack on a military base on the Boma peninsula in the Lake Chad region, "
      "President Idriss Deby said on Tuesday, calling it the deadliest single loss the army had "
      "suffered. \"We lost 92 of our soldiers, including 24 officers,\" Deby said in a video posted "
      "online, adding that 47 others had been wounded. A security source told Reuters the "
      "insurgents had arrived in 30 to 40 motorised boats and taken away several armoured "
      "vehicles, as well as weapons and ammunition. The army later raised the toll to 98. Deby "
      "said on April 9 that about 1,000 militants had been killed in a counter-offensive he led "
      "himself, while 52 soldiers had died.",
      [C("92", 92, "exact", "killed", "Chadian soldiers", "President Idriss Deby",
         ctx="killed 92"),
       C("92", 92, "exact", "killed", "Chadian soldiers (quote)", "Deby",
         attr_alt=["President Idriss Deby"], ctx="lost 92"),
       C("24", 24, "exact", "killed", "officers", "Deby", attr_alt=["President Idriss Deby"],
         ctx="including 24"),
       C("47", 47, "exact", "injured", "Chadian soldiers", "Deby",
         attr_alt=["President Idriss Deby"]),
       C("30 to 40", 30, "range", "other", "motorised boats of the insurgents",
         "A security source", high=40, cat_alt=["munitions"], optional=True),
       C("98", 98, "exact", "killed", "Chadian soldiers", "The army"),
       C("about 1,000", 1000, "about", "killed", "Boko Haram militants", "Deby",
         attr_alt=["President Idriss Deby"]),
       C("52", 52, "exact", "killed", "Chadian soldiers in the counter-offensive", "Deby",
         attr_alt=["President Idriss Deby"])]),

    P("d22_007",
      "BAMAKO, June 12 (Reuters) - Mali's government on Wednesday revised down the death toll "
      "from an attack on the Dogon village of Sobane Da to 35 from 95, saying the earlier figure "
      "had been reached in error by local officials. Government spokesman Kassoum Tapo said 24 of "
      "the dead were children and that 19 people were still missing. \"There was confusion in the "
      "count made on the ground,\" Tapo told state television. Unidentified gunmen surrounded the "
      "village of about 300 inhabitants on Sunday night, shooting residents and setting fire to "
      "huts, survivors said. The attack followed the killing in March of some 160 Fulani herders "
      "in Ogossagou, which prompted reprisals across central Mali.",
      [C("35", 35, "exact", "killed", "villagers in Sobane Da", "Mali's government"),
       C("95", 95, "exact", "killed", "villagers, earlier toll", "Mali's government",
         attr_alt=["local officials"]),
       C("24", 24, "exact", "killed", "children", "Government spokesman Kassoum Tapo"),
       C("19", 19, "exact", "missing", "people", "Government spokesman Kassoum Tapo"),
       C("about 300", 300, "about", "population", "inhabitants of Sobane Da", None,
         attr_alt=["survivors"]),
       C("some 160", 160, "about", "killed", "Fulani herders in Ogossagou", None)]),

    P("d22_008",
      "Mali: government says 132 civilians killed in Bankass attacks\n"
      "Published on 21 June 2022\n"
      "The transitional government of Mali said on Monday that 132 civilians had been killed by "
      "suspected jihadists of the Katiba Macina in the communes of Diallassagou, Dianweli and "
      "Deguessagou, in the Bankass circle, overnight from Saturday to Sunday. In a communiqué read "
      "on state television, it declared three days of national mourning and blamed the attacks "
      "on the al-Qaeda-linked group. A local elected official, who asked not to be named, told "
      "RFI that the assailants had also abducted about 20 men and that more than 2,000 people had "
      "fled towards Bankass town. The UN mission, MINUSMA, said it had flown 13 wounded people to "
      "hospital in Mopti.",
      [C("132", 132, "exact", "killed", "civilians (headline)", "government",
         attr_alt=["The transitional government of Mali"], ctx="says 132"),
       C("132", 132, "exact", "killed", "civilians", "The transitional government of Mali",
         ctx="that 132 civilians"),
       C("about 20", 20, "about", "hostages", "men abducted", "A local elected official"),
       C("more than 2,000", 2000, "more_than", "displaced", "people who fled",
         "A local elected official"),
       C("13", 13, "exact", "injured", "wounded people flown to Mopti", "The UN mission",
         attr_alt=["MINUSMA"])],
      published="2022-06-21"),

    P("d22_009",
      "France accuses Mali rebels of executing dozens of soldiers at Aguelhok\n"
      "Issued on: 14/02/2012 - 18:20\n"
      "French Cooperation Minister Henri de Raincourt said on Monday that rebels and Islamist "
      "fighters had executed about 82 Malian soldiers and civilians after overrunning the army "
      "camp at Aguelhok on January 24. \"Some had their throats cut, others were shot in the head,\" "
      "he told reporters in Paris. Malian officials have put the number of soldiers killed at 97, "
      "while a diplomatic source said as many as 153 bodies may have been counted. The "
      "Tuareg-led MNLA rebel group has denied carrying out executions, saying its fighters had "
      "taken about 40 soldiers prisoner. The camp had been under siege since January 18.",
      [C("dozens", 12, "vague", "killed", "soldiers executed (headline)", "France",
         attr_alt=["French Cooperation Minister Henri de Raincourt"]),
       C("about 82", 82, "about", "killed", "soldiers and civilians executed",
         "French Cooperation Minister Henri de Raincourt"),
       C("97", 97, "exact", "killed", "Malian soldiers", "Malian officials"),
       C("as many as 153", 153, "at_most", "killed", "bodies counted", "a diplomatic source"),
       C("about 40", 40, "about", "hostages", "soldiers taken prisoner",
         "The Tuareg-led MNLA rebel group", cat_alt=["detained"])],
      published="2012-02-14"),

    # --- West and North Africa -------------------------------------------------------------------
    P("d22_010",
      "Ivory Coast beach attack: 16 civilians among 19 dead\n"
      "Published 14 March 2016\n"
      "Gunmen opened fire on beachgoers at the resort town of Grand-Bassam on Sunday, killing 16 "
      "civilians and three members of the special forces, President Alassane Ouattara said. Four "
      "of the civilians were foreigners, including a French national and a German, officials "
      "said. All three attackers were \"neutralised\", the president added. Al-Qaeda in the "
      "Islamic Maghreb (AQIM) said it had carried out the attack, in which 33 people were also "
      "wounded according to the interior ministry. Grand-Bassam, about 40km (25 miles) east of "
      "Abidjan, is a Unesco World Heritage site popular with expatriates at weekends.",
      [C("16", 16, "exact", "killed", "civilians (headline)", None, ctx="16 civilians among"),
       C("19", 19, "exact", "killed", "people (headline)", None),
       C("16", 16, "exact", "killed", "civilians", "President Alassane Ouattara",
         ctx="killing 16"),
       C("three", 3, "exact", "killed", "special forces members", "President Alassane Ouattara",
         ctx="three members"),
       C("Four", 4, "exact", "killed", "foreigners", "officials"),
       C("three", 3, "exact", "killed", "attackers", "the president",
         attr_alt=["President Alassane Ouattara"], ctx="All three attackers"),
       C("33", 33, "exact", "injured", "people", "the interior ministry")],
      published="2016-03-14"),

    P("d22_011",
      "Tunisia museum attack: death toll rises to 23\n"
      "Thu 19 Mar 2015 10.45 GMT\n"
      "The number of people killed in the attack on the Bardo National Museum in Tunis has risen "
      "to 23, including 20 foreign tourists, Tunisia's health ministry said on Thursday. Those "
      "killed came from Japan, Italy, Colombia, Spain, France, Poland and Britain, among other "
      "countries, the ministry said, and nearly 50 people were wounded. Two gunmen armed with "
      "Kalashnikov rifles were shot dead by security forces after a standoff of about three "
      "hours, in which dozens of visitors were led to safety. Prime Minister Habib Essid said nine "
      "people had been arrested in connection with the attack. Tourism, which accounts for about "
      "7 percent of GDP, is expected to suffer.",
      [C("23", 23, "exact", "killed", "people (headline)", None, ctx="rises to 23"),
       C("23", 23, "exact", "killed", "people", "Tunisia's health ministry", ctx="to 23, incl"),
       C("20", 20, "exact", "killed", "foreign tourists", "Tunisia's health ministry"),
       C("nearly 50", 50, "about", "injured", "people", "the ministry",
         attr_alt=["Tunisia's health ministry", None]),
       C("Two", 2, "exact", "killed", "gunmen", None,
         attr_alt=["the ministry", "Tunisia's health ministry"]),
       C("dozens", 12, "vague", "other", "visitors led to safety", None),
       C("nine", 9, "exact", "detained", "people arrested", "Prime Minister Habib Essid")],
      published="2015-03-19"),

    P("d22_012",
      "Seven pupils killed in Kumba school attack\n"
      "YAOUNDE, Oct 25 (AFP) - Gunmen stormed a school in Cameroon's anglophone South-West region "
      "on Saturday and killed seven children aged between nine and 12, the government said, in "
      "one of the bloodiest attacks since separatist violence broke out in 2017. Another 12 "
      "pupils were wounded, four of them seriously, the United Nations said. About 10 men on "
      "motorbikes and in civilian clothes attacked the Mother Francisca International Bilingual "
      "Academy in Kumba around midday, the UN humanitarian office said in a statement. The school "
      "had reopened in early September with about 180 pupils enrolled, a teacher told AFP. The "
      "government blamed separatists; separatist leaders denied responsibility.",
      [C("Seven", 7, "exact", "killed", "pupils (headline)", None),
       C("seven", 7, "exact", "killed", "children", "the government"),
       C("12", 12, "exact", "injured", "pupils", "the United Nations", ctx="Another 12"),
       C("four", 4, "exact", "injured", "pupils seriously wounded", "the United Nations"),
       C("About 10", 10, "about", "troops", "gunmen on motorbikes", "the UN humanitarian office",
         cat_alt=["other"]),
       C("about 180", 180, "about", "population", "pupils enrolled", "a teacher",
         cat_alt=["other"])]),

    # --- East Africa and the Horn ----------------------------------------------------------------
    P("d22_013",
      "MOGADISHU, July 13 (Reuters) - The death toll from an al Shabaab attack on a hotel in the "
      "southern Somali port of Kismayo rose to 26 on Saturday, including a prominent journalist "
      "and several foreigners, the president of Jubaland state said. Ahmed Madobe told a news "
      "conference that three Kenyans, three Tanzanians and two Americans were among the dead, "
      "and that 56 people had been wounded. Security forces killed all four gunmen after a siege "
      "that lasted about 12 hours, he said. A suicide car bomber had rammed the gate of the "
      "Asasey hotel, where politicians and elders were meeting ahead of regional elections. Al "
      "Shabaab, which claimed the attack, said its fighters had killed more than 30 people.",
      [C("26", 26, "exact", "killed", "people in Kismayo", "the president of Jubaland state"),
       C("three", 3, "exact", "killed", "Kenyans", "Ahmed Madobe",
         attr_alt=["the president of Jubaland state"], ctx="three Kenyans"),
       C("three", 3, "exact", "killed", "Tanzanians", "Ahmed Madobe",
         attr_alt=["the president of Jubaland state"], ctx="three Tanzanians"),
       C("two", 2, "exact", "killed", "Americans", "Ahmed Madobe",
         attr_alt=["the president of Jubaland state"]),
       C("56", 56, "exact", "injured", "people", "Ahmed Madobe",
         attr_alt=["the president of Jubaland state"]),
       C("four", 4, "exact", "killed", "gunmen", "Ahmed Madobe",
         attr_alt=["he", "the president of Jubaland state"]),
       C("more than 30", 30, "more_than", "killed", "people (al Shabaab claim)", "Al Shabaab")]),

    P("d22_014",
      "Al-Shabaab kills 28 in Mandera bus attack\n"
      "By NATION CORRESPONDENT\n"
      "Saturday, November 22, 2014\n"
      "Twenty-eight passengers were killed early Saturday when al-Shabaab gunmen hijacked a "
      "Nairobi-bound bus about 50 kilometres from Mandera town and singled out those who could "
      "not recite verses from the Koran. Mandera County Police Commander Noah Mwivanda said the "
      "bus was carrying 60 passengers, 19 of whom were women. The victims, among them teachers "
      "travelling home for the December holidays, were made to lie down and shot in the head, "
      "survivors said. Al-Shabaab said the attack was in retaliation for raids by Kenyan "
      "security forces on mosques in Mombasa. Deputy President William Ruto said security forces "
      "had since killed more than 100 of the attackers in a pursuit across the border, a claim "
      "the group dismissed.",
      [C("28", 28, "exact", "killed", "bus passengers (headline)", None),
       C("Twenty-eight", 28, "exact", "killed", "bus passengers", None,
         attr_alt=["Mandera County Police Commander Noah Mwivanda"]),
       C("60", 60, "exact", "other", "passengers on board",
         "Mandera County Police Commander Noah Mwivanda"),
       C("19", 19, "exact", "other", "women on board",
         "Mandera County Police Commander Noah Mwivanda"),
       C("more than 100", 100, "more_than", "killed", "attackers killed in pursuit",
         "Deputy President William Ruto")],
      published="2014-11-22"),

    P("d22_015",
      "Statement on al-Shabaab attack at Manda Bay, Kenya\n"
      "U.S. Africa Command Public Affairs | Jan. 5, 2020\n"
      "STUTTGART, Germany — One U.S. service member and two Department of Defense contractors "
      "were killed during an al-Shabaab attack on Manda Bay Airfield, Kenya, this morning. Two "
      "other Department of Defense personnel were wounded and are in stable condition. The attack "
      "involved indirect and small arms fire, and several aircraft and vehicles were damaged. "
      "Kenya Defence Forces said five attackers had been killed and five suspects arrested. "
      "Al-Shabaab claimed it had killed 17 Americans and four Kenyan troops and destroyed seven "
      "aircraft, claims the command described as exaggerated.",
      [C("One", 1, "exact", "killed", "U.S. service member", None,
         attr_alt=["U.S. Africa Command"]),
       C("two", 2, "exact", "killed", "Department of Defense contractors", None,
         attr_alt=["U.S. Africa Command"]),
       C("Two", 2, "exact", "injured", "Department of Defense personnel", None,
         attr_alt=["U.S. Africa Command"]),
       C("five", 5, "exact", "killed", "attackers", "Kenya Defence Forces",
         ctx="five attackers"),
       C("five", 5, "exact", "detained", "suspects arrested", "Kenya Defence Forces",
         ctx="five suspects"),
       C("17", 17, "exact", "killed", "Americans (al-Shabaab claim)", "Al-Shabaab"),
       C("four", 4, "exact", "killed", "Kenyan troops (al-Shabaab claim)", "Al-Shabaab"),
       C("seven", 7, "exact", "munitions", "aircraft destroyed (al-Shabaab claim)", "Al-Shabaab",
         cat_alt=["other"])],
      published="2020-01-05"),

    P("d22_016",
      "MOZAMBIQUE: Cabo Delgado – Flash Update No. 3\n"
      "1 March 2024\n"
      "HIGHLIGHTS\n"
      "• More than 99,000 people, including about 61,500 children, have been displaced in Chiúre "
      "district since 8 February following attacks by non-state armed groups (IOM DTM).\n"
      "• At least 17 schools have been closed or damaged, affecting some 11,000 students.\n"
      "• Partners have distributed food to about 35,000 people in Ocua and Chiúre-Sede.\n"
      "SITUATION OVERVIEW\n"
      "Attacks on villages along the N1 road have forced families to flee north towards Nampula "
      "province, many of them crossing the Lúrio river by canoe. At least 70 homes were burned in "
      "Mazeze on 22 February, according to local authorities.",
      [C("More than 99,000", 99000, "more_than", "displaced", "people in Chiúre district",
         "IOM DTM"),
       C("about 61,500", 61500, "about", "displaced", "children", "IOM DTM"),
       C("At least 17", 17, "at_least", "infrastructure", "schools closed or damaged", None),
       C("some 11,000", 11000, "about", "other", "students affected", None,
         cat_alt=["population"]),
       C("about 35,000", 35000, "about", "other", "people given food", None,
         cat_alt=["aid"]),
       C("At least 70", 70, "at_least", "infrastructure", "homes burned in Mazeze",
         "local authorities", cat_alt=["other"])],
      published="2024-03-01"),

    # --- eastern DR Congo ------------------------------------------------------------------------
    P("d22_017",
      "BENI, Congo (AP) — Suspected rebels from the Allied Democratic Forces killed at least 44 "
      "people in overnight attacks on two villages in eastern Congo's North Kivu province, local "
      "officials said Thursday. Most of the victims in Mukondi were hacked to death with "
      "machetes, said Kakule Kyenge, a local civil society leader, adding that 17 bodies had been "
      "found in Kirindera. \"We have buried 36 people today and others are still in the bush,\" "
      "said Alain Kiwewa, the Beni territory administrator. The army said its soldiers had killed "
      "five of the attackers and freed 12 hostages during a pursuit. The ADF, which has pledged "
      "allegiance to the Islamic State group, has killed thousands of civilians since the 1990s.",
      [C("at least 44", 44, "at_least", "killed", "people in two villages", "local officials"),
       C("two", 2, "exact", "other", "villages attacked", "local officials", optional=True),
       C("17", 17, "exact", "killed", "bodies found in Kirindera", "Kakule Kyenge"),
       C("36", 36, "exact", "killed", "people buried", "Alain Kiwewa"),
       C("five", 5, "exact", "killed", "attackers", "The army"),
       C("12", 12, "exact", "hostages", "hostages freed", "The army"),
       C("thousands", 1000, "vague", "killed", "civilians killed by the ADF", None)]),

    P("d22_018",
      "DR Congo: Soldiers Killed Dozens at Goma Religious Gathering\n"
      "Military Trial Should Be Followed by Investigation of Commanders\n"
      "September 21, 2023 12:00AM EDT\n"
      "(Nairobi) – Congolese soldiers killed at least 57 people and wounded more than 80 in Goma "
      "on August 30, 2023, when they opened fire on members of a religious sect preparing a "
      "protest against the United Nations peacekeeping mission, Human Rights Watch said today. "
      "Soldiers of the Republican Guard also detained at least 150 people, some of whom said "
      "they were beaten in custody. Human Rights Watch interviewed 24 people, including "
      "witnesses, relatives of victims and medical staff. The authorities put the death toll at "
      "56, including a police officer who was stoned to death by the crowd, and said 168 people "
      "had been arrested. Six soldiers, including a colonel, are on trial before a military court "
      "in Goma.",
      [C("Dozens", 12, "vague", "killed", "people at the religious gathering (headline)", None,
         attr_alt=["Human Rights Watch"]),
       C("at least 57", 57, "at_least", "killed", "people in Goma", "Human Rights Watch"),
       C("more than 80", 80, "more_than", "injured", "people in Goma", "Human Rights Watch"),
       C("at least 150", 150, "at_least", "detained", "people detained by the Republican Guard",
         "Human Rights Watch", attr_alt=[None]),
       C("24", 24, "exact", "other", "people interviewed", "Human Rights Watch",
         attr_alt=[None], optional=True),
       C("56", 56, "exact", "killed", "people in Goma", "The authorities"),
       C("168", 168, "exact", "detained", "people arrested", "The authorities"),
       C("Six", 6, "exact", "detained", "soldiers on trial", None, cat_alt=["other"])],
      published="2023-09-21"),

    # --- Sudan and Ethiopia ----------------------------------------------------------------------
    P("d22_019",
      "WHO says 70 killed in attack on El Fasher's last functioning hospital\n"
      "Published On 26 Jan 2025\n"
      "An attack on the Saudi Teaching Maternal Hospital in El Fasher, the capital of Sudan's "
      "North Darfur state, has killed 70 patients and companions and injured 19 others, the head "
      "of the World Health Organization has said. \"At the time of the attack, the hospital was "
      "packed with patients receiving care,\" Tedros Adhanom Ghebreyesus wrote on X, adding that "
      "the hospital had been attacked repeatedly. A local official blamed a drone strike by the "
      "paramilitary Rapid Support Forces (RSF), which has besieged the city since May. The RSF has "
      "not commented. The Sudan Doctors Network said in October that more than 30 people had been "
      "killed in a drone strike on the hospital's emergency department.",
      [C("70", 70, "exact", "killed", "people at the hospital (headline)", "WHO",
         attr_alt=["the head of the World Health Organization"], ctx="says 70"),
       C("70", 70, "exact", "killed", "patients and companions",
         "the head of the World Health Organization",
         attr_alt=["Tedros Adhanom Ghebreyesus"], ctx="killed 70"),
       C("19", 19, "exact", "injured", "people at the hospital",
         "the head of the World Health Organization",
         attr_alt=["Tedros Adhanom Ghebreyesus"]),
       C("more than 30", 30, "more_than", "killed", "people in an earlier drone strike",
         "The Sudan Doctors Network")],
      published="2025-01-26"),

    P("d22_020",
      "June 6, 2024 (KHARTOUM) – At least 104 people, including 35 children, were killed when "
      "Rapid Support Forces (RSF) fighters stormed the village of Wad al-Nourah in Gezira State on "
      "Wednesday, the Madani Resistance Committees said. In a statement, the committees said the "
      "paramilitaries had shelled the village with heavy artillery before entering it, and that "
      "more than 150 residents had been injured. Sovereign Council member Malik Agar said the RSF "
      "had killed \"hundreds\" of villagers. The RSF said in a statement that its forces had "
      "attacked three army camps in the area, denying that civilians had been targeted. UNICEF "
      "said it had received reports that 35 children were killed and more than 20 injured.",
      [C("At least 104", 104, "at_least", "killed", "people in Wad al-Nourah",
         "the Madani Resistance Committees"),
       C("35", 35, "exact", "killed", "children", "the Madani Resistance Committees",
         ctx="including 35 children"),
       C("more than 150", 150, "more_than", "injured", "residents", "the committees",
         attr_alt=["the Madani Resistance Committees"]),
       C("hundreds", 100, "vague", "killed", "villagers", "Sovereign Council member Malik Agar"),
       C("three", 3, "exact", "other", "army camps attacked", "The RSF",
         cat_alt=["infrastructure"]),
       C("35", 35, "exact", "killed", "children", "UNICEF", ctx="that 35 children"),
       C("more than 20", 20, "more_than", "injured", "children", "UNICEF")],
      published="2024-06-06"),

    P("d22_021",
      "ADDIS ABABA, Aug 10 (Reuters) - More than 200 people, including over 100 children, were "
      "killed in an attack on displaced families sheltering at a health facility and a school in "
      "Ethiopia's Afar region last week, the U.N. children's agency UNICEF said on Tuesday. Local "
      "officials in Afar have blamed Tigrayan forces for the attack in Galikoma on Aug. 5 and put "
      "the toll at 240, including 107 children. A spokesman for the Tigray People's Liberation "
      "Front (TPLF) denied targeting civilians, saying fewer than 20 people had died in crossfire "
      "with Afar special forces and militias. UNICEF said some 54,000 people had been displaced "
      "in Afar since fighting spread to the region in July.",
      [C("More than 200", 200, "more_than", "killed", "people in Galikoma",
         "the U.N. children's agency UNICEF"),
       C("over 100", 100, "more_than", "killed", "children",
         "the U.N. children's agency UNICEF"),
       C("240", 240, "exact", "killed", "people in Galikoma", "Local officials in Afar"),
       C("107", 107, "exact", "killed", "children", "Local officials in Afar"),
       C("fewer than 20", 20, "fewer_than", "killed", "people who died in crossfire",
         "A spokesman for the Tigray People's Liberation Front (TPLF)"),
       C("some 54,000", 54000, "about", "displaced", "people in Afar", "UNICEF",
         ctx="some 54,000")]),

    # --- Myanmar and Afghanistan -----------------------------------------------------------------
    P("d22_022",
      "Save the Children confirms two staff killed in Myanmar attack\n"
      "28 December 2021\n"
      "Save the Children has confirmed that two of its staff members were among at least 35 "
      "people, including women and children, killed and burned by the Myanmar military in Hpruso "
      "township, Kayah State, on 24 December. The two men, both new fathers, were travelling back "
      "to their office after a humanitarian response in a nearby community when they were caught "
      "up in the attack. Their burnt bodies were identified on Monday. The military said it had "
      "killed an unspecified number of \"terrorists\" with weapons. We have suspended our "
      "operations in Kayah, Chin and parts of Magway and Kayin, where we reach about 18,000 "
      "children.",
      [C("two", 2, "exact", "killed", "Save the Children staff (headline)", "Save the Children",
         ctx="confirms two staff"),
       C("two", 2, "exact", "killed", "Save the Children staff", "Save the Children",
         ctx="that two of its"),
       C("at least 35", 35, "at_least", "killed", "people in Hpruso township",
         "Save the Children", attr_alt=[None]),
       C("two", 2, "exact", "killed", "staff members (restated)", None,
         attr_alt=["Save the Children"], ctx="The two men", optional=True),
       C("about 18,000", 18000, "about", "other", "children reached", None, cat_alt=["aid"],
         attr_alt=["Save the Children"])],
      published="2021-12-28"),

    P("d22_023",
      "KABUL, Jan 21, 2018 (Reuters) - Gunmen who stormed Kabul's Intercontinental Hotel killed at "
      "least 18 people, including 14 foreigners, before security forces ended a 13-hour siege on "
      "Sunday, Afghan officials said. Interior Ministry spokesman Najib Danish said all six "
      "attackers had been killed and that more than 150 guests and staff, 41 of them foreigners, "
      "had been rescued, some by climbing down bedsheets from upper floors. The Taliban claimed "
      "responsibility, saying its fighters had targeted foreign and Afghan officials. Kam Air, a "
      "private airline, said 11 of its pilots and crew members were among the dead. The hotel, "
      "perched on a hill overlooking the city, was also attacked in June 2011.",
      [C("at least 18", 18, "at_least", "killed", "people at the hotel", "Afghan officials"),
       C("14", 14, "exact", "killed", "foreigners", "Afghan officials"),
       C("six", 6, "exact", "killed", "attackers", "Interior Ministry spokesman Najib Danish"),
       C("more than 150", 150, "more_than", "other", "guests and staff rescued",
         "Interior Ministry spokesman Najib Danish"),
       C("41", 41, "exact", "other", "foreigners rescued",
         "Interior Ministry spokesman Najib Danish"),
       C("11", 11, "exact", "killed", "Kam Air pilots and crew", "Kam Air")],
      published="2018-01-21"),

    P("d22_024",
      "Afghanistan: \"They came to kill the mothers\"\n"
      "MSF press release, 15 June 2020\n"
      "The attack on the maternity wing of Dasht-e-Barchi hospital in Kabul on 12 May killed 16 "
      "mothers, including two who were in labour, as well as a midwife and two young boys. In "
      "total, 24 people died in the attack, which lasted around four hours. Eleven of the mothers "
      "were shot in their beds or in the delivery rooms. Our teams had assisted more than 16,000 "
      "deliveries at the maternity since it opened in 2014. MSF has decided to end its activities "
      "at the hospital.",
      [C("16", 16, "exact", "killed", "mothers", None, attr_alt=["MSF"]),
       C("two", 2, "exact", "killed", "mothers in labour", None, attr_alt=["MSF"],
         ctx="two who"),
       C("two", 2, "exact", "killed", "young boys", None, attr_alt=["MSF"],
         ctx="two young boys"),
       C("24", 24, "exact", "killed", "people", None, attr_alt=["MSF"]),
       C("Eleven", 11, "exact", "killed", "mothers shot in their beds", None, attr_alt=["MSF"]),
       C("more than 16,000", 16000, "more_than", "other", "deliveries assisted", None,
         attr_alt=["MSF"], optional=True)],
      published="2020-06-15"),

    # --- Pakistan ----------------------------------------------------------------------------------
    P("d22_025",
      "ISLAMABAD, July 11: The army said on Wednesday that it had taken control of the Lal Masjid "
      "and the adjoining Jamia Hafsa seminary after a 36-hour assault in which 73 militants and 10 "
      "commandos of the Special Services Group were killed. Military spokesman Maj-Gen Waheed "
      "Arshad told a press briefing that 50 militants had been captured and that the bodies of "
      "Abdul Rashid Ghazi and his close aides had been recovered from the basement. He said 27 "
      "soldiers had been wounded. Since the siege began on July 3, more than 1,200 students have "
      "surrendered or escaped from the compound, according to officials. Relatives waiting near "
      "Aabpara market said they feared hundreds of women and children had still been inside.",
      [C("73", 73, "exact", "killed", "militants", "The army"),
       C("10", 10, "exact", "killed", "SSG commandos", "The army"),
       C("50", 50, "exact", "detained", "militants captured",
         "Military spokesman Maj-Gen Waheed Arshad"),
       C("27", 27, "exact", "injured", "soldiers", "Military spokesman Maj-Gen Waheed Arshad",
         attr_alt=["He"]),
       C("more than 1,200", 1200, "more_than", "detained", "students who surrendered or escaped",
         "officials", cat_alt=["other", "displaced"]),
       C("hundreds", 100, "vague", "other", "women and children feared inside", "Relatives",
         cat_alt=["hostages"])]),

    P("d22_026",
      "KARACHI: Taliban militants who attacked the Pakistan Navy's Mehran base on Sunday night "
      "destroyed two P-3C Orion surveillance aircraft and killed 10 security personnel before the "
      "17-hour siege ended, Interior Minister Rehman Malik said on Monday. Four attackers were "
      "killed and two others may have escaped, he said. A navy spokesman said 15 people had been "
      "wounded, among them two firefighters, and that 11 foreign technicians, six Americans and "
      "five Chinese nationals, had been evacuated from the base unharmed. The Pakistani Taliban "
      "said the raid was revenge for the killing of Osama bin Laden in Abbottabad three weeks "
      "earlier. Each P-3C cost about $36 million.",
      [C("two", 2, "exact", "munitions", "P-3C Orion aircraft destroyed",
         "Interior Minister Rehman Malik", cat_alt=["other"], ctx="destroyed two"),
       C("10", 10, "exact", "killed", "security personnel", "Interior Minister Rehman Malik"),
       C("Four", 4, "exact", "killed", "attackers", "Interior Minister Rehman Malik",
         attr_alt=["he"]),
       C("two", 2, "exact", "troops", "attackers who may have escaped",
         "Interior Minister Rehman Malik", cat_alt=["other"], attr_alt=["he"],
         ctx="two others"),
       C("15", 15, "exact", "injured", "people", "A navy spokesman"),
       C("two", 2, "exact", "injured", "firefighters", "A navy spokesman",
         ctx="two firefighters"),
       C("11", 11, "exact", "displaced", "foreign technicians evacuated", "A navy spokesman",
         cat_alt=["other"]),
       C("six", 6, "exact", "displaced", "Americans evacuated", "A navy spokesman",
         cat_alt=["other"]),
       C("five", 5, "exact", "displaced", "Chinese nationals evacuated", "A navy spokesman",
         cat_alt=["other"])]),

    P("d22_027",
      "KARACHI, June 9, 2014 (AFP) - Pakistani security forces regained control of Karachi's "
      "international airport on Monday after an overnight assault by Taliban gunmen disguised as "
      "police guards left 28 people dead, including all 10 attackers. Military spokesman Major "
      "General Asim Bajwa said the militants, armed with rocket launchers and suicide vests, had "
      "tried to hijack aircraft at the old terminal used for cargo and VIP flights. Eighteen of "
      "the dead were airport security staff, a police official at the scene told AFP, and 26 "
      "others were wounded. The Tehreek-e-Taliban Pakistan (TTP) said the raid avenged the death "
      "of its former chief in a US drone strike. Flights resumed on Monday afternoon, but seven "
      "workers who had taken refuge in a cold storage room were later found dead after a fire.",
      [C("28", 28, "exact", "killed", "people at Karachi airport", None,
         attr_alt=["Military spokesman Major General Asim Bajwa"]),
       C("10", 10, "exact", "killed", "attackers", None,
         attr_alt=["Military spokesman Major General Asim Bajwa"]),
       C("Eighteen", 18, "exact", "killed", "airport security staff",
         "a police official at the scene"),
       C("26", 26, "exact", "injured", "people", "a police official at the scene",
         attr_alt=[None]),
       C("seven", 7, "exact", "killed", "workers found in a cold storage room", None)],
      published="2014-06-09"),

    P("d22_028",
      "No PR-212/2023-ISPR\n"
      "Rawalpindi - December 12, 2023\n"
      "In the early hours of 12 December, six terrorists attacked a security forces post in "
      "Daraban, District Dera Ismail Khan. The attempt to enter the post was effectively "
      "thwarted, forcing the terrorists to ram an explosive-laden vehicle into the post, followed "
      "by a suicide bombing. As a result, the building collapsed, resulting in 23 casualties "
      "(Shahadat). In the ensuing fire exchange, all six terrorists were sent to hell. "
      "Sanitisation operation is being carried out to eliminate any other terrorist found in the "
      "area.",
      [C("six", 6, "exact", "troops", "terrorists who attacked the post", None,
         cat_alt=["other"], attr_alt=["ISPR"], ctx="six terrorists attacked"),
       C("23", 23, "exact", "killed", "soldiers martyred", None, cat_alt=["injured"],
         attr_alt=["ISPR"]),
       C("six", 6, "exact", "killed", "terrorists", None, attr_alt=["ISPR"],
         ctx="all six")],
      published="2023-12-12"),

    # --- Iraq and Syria ----------------------------------------------------------------------------
    P("d22_029",
      "BAGHDAD, July 7 (Reuters) - The death toll from Sunday's suicide truck bombing in "
      "Baghdad's Karrada shopping district has risen to 292, Iraq's health ministry said on "
      "Thursday, making it the deadliest single bombing since the U.S.-led invasion of 2003. "
      "Ministry spokesman Ahmed al-Rudaini said 177 bodies had been identified through DNA tests "
      "and that the remains of dozens more were still being examined. The toll had stood at 250 "
      "on Tuesday. Interior Minister Mohammed al-Ghabban submitted his resignation on Tuesday. "
      "Islamic State said it carried out the attack, which was aimed at Shi'ite shoppers "
      "preparing for the end of Ramadan.",
      [C("292", 292, "exact", "killed", "people in Karrada", "Iraq's health ministry"),
       C("177", 177, "exact", "killed", "bodies identified",
         "Ministry spokesman Ahmed al-Rudaini", cat_alt=["other"], optional=True),
       C("dozens", 12, "vague", "killed", "remains still being examined",
         "Ministry spokesman Ahmed al-Rudaini", cat_alt=["other"], optional=True),
       C("250", 250, "exact", "killed", "people in Karrada, earlier toll", None,
         attr_alt=["Iraq's health ministry"])]),

    P("d22_030",
      "HASAKAH, Syria (AP) — U.S.-backed Kurdish-led forces said Wednesday they had retaken full "
      "control of a prison in northeast Syria after a six-day battle with Islamic State "
      "militants that left more than 500 people dead. The Syrian Democratic Forces said 121 of "
      "its fighters, prison guards and civilians were killed, along with 374 militants. About "
      "3,500 IS suspects held in the Ghwayran prison had surrendered, SDF spokesman Farhad Shami "
      "said. The U.N. children's agency said some 850 boys were being held in the facility when "
      "the attack began. Fighting in the surrounding neighborhood forced some 45,000 people from "
      "their homes, according to the U.N. humanitarian office.",
      [C("more than 500", 500, "more_than", "killed", "people in the prison battle",
         "U.S.-backed Kurdish-led forces", attr_alt=[None]),
       C("121", 121, "exact", "killed", "SDF fighters, guards and civilians",
         "The Syrian Democratic Forces"),
       C("374", 374, "exact", "killed", "IS militants", "The Syrian Democratic Forces"),
       C("About 3,500", 3500, "about", "detained", "IS suspects who surrendered",
         "SDF spokesman Farhad Shami"),
       C("some 850", 850, "about", "detained", "boys held in the prison",
         "The U.N. children's agency", cat_alt=["hostages"]),
       C("some 45,000", 45000, "about", "displaced", "people forced from their homes",
         "the U.N. humanitarian office")]),

    # --- Latin America and the Caribbean ---------------------------------------------------------
    P("d22_031",
      "Bojayá, 20 years on: the church massacre Colombia cannot forget\n"
      "May 2, 2022 - 4:15 PM\n"
      "On May 2, 2002, a gas-cylinder bomb fired by FARC guerrillas during a battle with "
      "paramilitaries crashed through the roof of the church in Bellavista, Bojayá, where some "
      "300 residents had taken shelter. At least 79 people died in the church, 48 of them "
      "children, according to the National Center for Historical Memory, which puts the final "
      "toll at 119 including those who later died of their wounds. Nearly 6,000 people fled the "
      "municipality in the following weeks, the Victims' Unit says. In 2015 the FARC's leaders "
      "asked the survivors for forgiveness, and the remains of 98 victims were exhumed and "
      "identified in 2017. Today about 10,000 people live in Bojayá, most of them "
      "Afro-Colombian.",
      [C("some 300", 300, "about", "other", "residents sheltering in the church", None,
         cat_alt=["displaced"]),
       C("At least 79", 79, "at_least", "killed", "people in the church",
         "the National Center for Historical Memory"),
       C("48", 48, "exact", "killed", "children", "the National Center for Historical Memory"),
       C("119", 119, "exact", "killed", "people, final toll",
         "the National Center for Historical Memory"),
       C("Nearly 6,000", 6000, "about", "displaced", "people who fled Bojayá",
         "the Victims' Unit"),
       C("98", 98, "exact", "killed", "victims exhumed and identified", None,
         cat_alt=["other"], optional=True),
       C("about 10,000", 10000, "about", "population", "people living in Bojayá", None)],
      published="2022-05-02"),

    P("d22_032",
      "MEXICO CITY (AP) — Mexican marines found the bodies of 72 migrants, 58 men and 14 women, "
      "piled in a ranch house in the northern state of Tamaulipas after a shootout with suspected "
      "drug cartel gunmen, the navy said Wednesday. The only known survivor, an 18-year-old "
      "Ecuadorean who had been shot in the neck, told authorities the migrants had been kidnapped "
      "by the Zetas cartel and killed when they refused to work for the gang, the navy said. One "
      "marine and three gunmen died in the gunbattle, and marines detained a minor and seized 21 "
      "assault rifles. Most of the victims came from Central and South America. Authorities "
      "later said a second survivor, a Honduran, had also escaped.",
      [C("72", 72, "exact", "killed", "migrants", "the navy"),
       C("58", 58, "exact", "killed", "men", "the navy"),
       C("14", 14, "exact", "killed", "women", "the navy"),
       C("One", 1, "exact", "killed", "marine", "the navy", attr_alt=[None]),
       C("three", 3, "exact", "killed", "gunmen", "the navy", attr_alt=[None]),
       C("21", 21, "exact", "munitions", "assault rifles seized", "the navy",
         cat_alt=["other"], attr_alt=[None])]),

    P("d22_033",
      "Nine members of Mormon family killed in Sonora ambush\n"
      "Published on Wednesday, November 6, 2019\n"
      "Three women and six children, all dual US-Mexican citizens from the LeBarón family, were "
      "killed on Monday when gunmen ambushed their three SUVs on a dirt road between Bavispe, "
      "Sonora, and Janos, Chihuahua. Security Minister Alfonso Durazo said eight children "
      "survived, six of them with wounds, and that a young girl reported missing had been found "
      "hours later. Relatives said a 13-year-old boy hid his siblings in bushes and walked some "
      "22 kilometers for help. Authorities arrested a suspect in Agua Prieta holding two people "
      "bound and gagged in a vehicle, and officials said around 200 spent cartridges were found "
      "at the scene. President Donald Trump offered to help Mexico \"wage WAR\" on the cartels.",
      [C("Nine", 9, "exact", "killed", "members of the LeBarón family (headline)", None),
       C("Three", 3, "exact", "killed", "women", None,
         attr_alt=["Security Minister Alfonso Durazo"]),
       C("six", 6, "exact", "killed", "children", None,
         attr_alt=["Security Minister Alfonso Durazo"], ctx="six children, all"),
       C("three", 3, "exact", "other", "SUVs ambushed", None, optional=True),
       C("eight", 8, "exact", "other", "children who survived",
         "Security Minister Alfonso Durazo"),
       C("six", 6, "exact", "injured", "children wounded", "Security Minister Alfonso Durazo",
         ctx="six of them"),
       C("two", 2, "exact", "hostages", "people bound and gagged", None,
         attr_alt=["Authorities"]),
       C("around 200", 200, "about", "munitions", "spent cartridges", "officials",
         cat_alt=["other"])],
      published="2019-11-06"),

    P("d22_034",
      "PORT-AU-PRINCE, Haiti — At least 59 people were killed and two women raped during an "
      "attack by armed gangs on the La Saline neighbourhood on Nov. 13, the National Human Rights "
      "Defense Network (RNDDH) said in a report released Thursday. The group later raised its "
      "count to 71 and said 150 houses had been burned. The UN mission in Haiti, MINUJUSTH, put "
      "the number of confirmed deaths at 26 and said 12 people were still missing. Residents "
      "said between 300 and 400 families had fled to nearby Place de la Paix and to Cité Soleil. "
      "Police said they had arrested four suspects.",
      [C("At least 59", 59, "at_least", "killed", "people in La Saline",
         "the National Human Rights Defense Network (RNDDH)"),
       C("two", 2, "exact", "other", "women raped",
         "the National Human Rights Defense Network (RNDDH)", cat_alt=["injured"]),
       C("71", 71, "exact", "killed", "people in La Saline", "The group",
         attr_alt=["the National Human Rights Defense Network (RNDDH)"]),
       C("150", 150, "exact", "infrastructure", "houses burned", "The group",
         cat_alt=["other"], attr_alt=["the National Human Rights Defense Network (RNDDH)"]),
       C("26", 26, "exact", "killed", "confirmed deaths", "The UN mission in Haiti",
         attr_alt=["MINUJUSTH"]),
       C("12", 12, "exact", "missing", "people", "The UN mission in Haiti",
         attr_alt=["MINUJUSTH"]),
       C("between 300 and 400", 300, "range", "displaced", "families who fled", "Residents",
         high=400),
       C("four", 4, "exact", "detained", "suspects arrested", "Police")]),

    # --- Asia ------------------------------------------------------------------------------------
    P("d22_035",
      "44 SAF commandos killed in Maguindanao clash\n"
      "Philippine Daily Inquirer / 12:40 AM January 27, 2015\n"
      "MANILA, Philippines—Forty-four members of the Philippine National Police Special Action "
      "Force (SAF) were killed in a daylong clash with Moro rebels in Mamasapano, Maguindanao, on "
      "Sunday, the PNP said on Monday. The commandos had entered the area before dawn to serve "
      "arrest warrants on Malaysian bomb maker Zulkifli bin Hir, alias Marwan, and Filipino Abdul "
      "Basit Usman. PNP officer in charge Deputy Director General Leonardo Espina said 12 "
      "commandos had been wounded. The Moro Islamic Liberation Front said 18 of its fighters had "
      "died, and residents reported that five civilians were killed in the crossfire. About 390 "
      "SAF troopers took part in the operation, codenamed Oplan Exodus.",
      [C("44", 44, "exact", "killed", "SAF commandos (headline)", None),
       C("Forty-four", 44, "exact", "killed", "SAF commandos", "the PNP"),
       C("12", 12, "exact", "injured", "commandos",
         "PNP officer in charge Deputy Director General Leonardo Espina", ctx="said 12"),
       C("18", 18, "exact", "killed", "MILF fighters", "The Moro Islamic Liberation Front"),
       C("five", 5, "exact", "killed", "civilians", "residents"),
       C("About 390", 390, "about", "troops", "SAF troopers in the operation", None,
         cat_alt=["other"])],
      published="2015-01-27"),

    # --- Burkina Faso ----------------------------------------------------------------------------
    P("d22_036",
      "Burkina Faso: army says 27 soldiers killed in Gaskindé convoy attack\n"
      "Published: 06 October 2022\n"
      "OUAGADOUGOU – The toll from last week's jihadist attack on a supply convoy bound for Djibo "
      "has risen to 27 soldiers and 10 civilians killed, the army said in a statement on Tuesday. "
      "An earlier government statement had put the number of soldiers killed at 11 and said about "
      "50 civilians were missing. The convoy of some 150 trucks was escorted by army units when it "
      "was ambushed near Gaskindé, in Soum province, on September 26. Up to 70 drivers and other "
      "civilians may still be unaccounted for, a transport union official said. The attack, "
      "claimed by al-Qaeda affiliate JNIM, came days before Captain Ibrahim Traoré seized "
      "power.",
      [C("27", 27, "exact", "killed", "soldiers (headline)", "army",
         attr_alt=["the army"], ctx="says 27"),
       C("27", 27, "exact", "killed", "soldiers", "the army", ctx="to 27"),
       C("10", 10, "exact", "killed", "civilians", "the army"),
       C("11", 11, "exact", "killed", "soldiers, earlier toll",
         "An earlier government statement"),
       C("about 50", 50, "about", "missing", "civilians", "An earlier government statement"),
       C("some 150", 150, "about", "aid", "supply trucks in the convoy", None,
         cat_alt=["other"], optional=True),
       C("Up to 70", 70, "at_most", "missing", "drivers and other civilians",
         "a transport union official")],
      published="2022-10-06"),

    P("d22_037",
      "Burkina Faso: JNIM attack on Mansila military base\n"
      "ACLED Regional Overview – Africa, June 2024\n"
      "On 11 June, JNIM militants attacked the military base in Mansila, Yagha province, killing "
      "between 100 and 150 soldiers according to local sources, in one of the deadliest attacks "
      "on the Burkinabe army. JNIM claimed to have killed 107 soldiers and captured seven others, "
      "and published footage of dozens of weapons and armoured vehicles it said it had seized. "
      "The Burkinabe authorities have not released a toll. In the same week, ACLED records over "
      "30 political violence events in the country, resulting in more than 250 reported "
      "fatalities.",
      [C("between 100 and 150", 100, "range", "killed", "soldiers at Mansila", "local sources",
         high=150),
       C("107", 107, "exact", "killed", "soldiers (JNIM claim)", "JNIM"),
       C("seven", 7, "exact", "hostages", "soldiers captured (JNIM claim)", "JNIM",
         cat_alt=["detained"]),
       C("dozens", 12, "vague", "munitions", "weapons and armoured vehicles seized", "JNIM",
         cat_alt=["other"]),
       C("over 30", 30, "more_than", "other", "political violence events", None,
         attr_alt=["ACLED"]),
       C("more than 250", 250, "more_than", "killed", "reported fatalities", None,
         attr_alt=["ACLED"])]),

    # --- India -----------------------------------------------------------------------------------
    P("d22_038",
      "Srinagar, Sep 18 (PTI) Seventeen soldiers were killed and 19 injured when heavily armed "
      "militants stormed an army base in Uri in Jammu and Kashmir's Baramulla district early on "
      "Sunday, the Army said. All four attackers were killed in a gunbattle that lasted about six "
      "hours, Director General of Military Operations Lt Gen Ranbir Singh told reporters in New "
      "Delhi. He said the militants carried items with Pakistani markings. Most of the soldiers "
      "died when fire engulfed tents housing troops of the 6 Bihar and 10 Dogra regiments, "
      "officials said. The toll rose to 18 on Monday when a soldier succumbed to burns at the "
      "Army's Research and Referral hospital in Delhi.",
      [C("Seventeen", 17, "exact", "killed", "soldiers", "the Army"),
       C("19", 19, "exact", "injured", "soldiers", "the Army"),
       C("four", 4, "exact", "killed", "attackers",
         "Director General of Military Operations Lt Gen Ranbir Singh"),
       C("18", 18, "exact", "killed", "soldiers", None, ctx="rose to 18")]),

    P("d22_039",
      "76 security personnel killed in Maoist ambush in Dantewada\n"
      "Updated - April 07, 2010 02:15 am IST\n"
      "RAIPUR: Seventy-five CRPF personnel and a Chhattisgarh police head constable were killed "
      "when Maoists ambushed a road-opening party near Chintalnar in Dantewada district on "
      "Tuesday morning, Chhattisgarh Director-General of Police Vishwa Ranjan said. Six others "
      "were injured and flown to Raipur. The 80-member team from the 62nd Battalion was returning "
      "from a three-day area domination exercise when it came under fire from an estimated 1,000 "
      "Maoists positioned on hillocks, officials said. The attackers looted weapons, including "
      "AK-47 and INSAS rifles, and about 2,500 rounds of ammunition. Union Home Minister P. "
      "Chidambaram said 'something had gone very wrong'.",
      [C("76", 76, "exact", "killed", "security personnel (headline)", None),
       C("Seventy-five", 75, "exact", "killed", "CRPF personnel",
         "Chhattisgarh Director-General of Police Vishwa Ranjan"),
       C("Six", 6, "exact", "injured", "security personnel",
         "Chhattisgarh Director-General of Police Vishwa Ranjan", attr_alt=[None]),
       C("80", 80, "exact", "troops", "CRPF team", "officials", cat_alt=["other"]),
       C("an estimated 1,000", 1000, "about", "troops", "Maoists in the ambush", "officials",
         cat_alt=["other"]),
       C("about 2,500", 2500, "about", "munitions", "rounds of ammunition looted", "officials",
         cat_alt=["other"], attr_alt=[None])],
      published="2010-04-07"),

    # --- Russia ----------------------------------------------------------------------------------
    P("d22_040",
      "MOSCOW, Oct 27, 2002 (Reuters) - At least 118 hostages died after Russian special forces "
      "pumped a sedative gas into a Moscow theatre and stormed it to end a three-day siege by "
      "Chechen rebels, a city health official said on Sunday. All but two of the dead had been "
      "killed by the effects of the gas, Andrei Seltsovsky, the head of Moscow's health "
      "committee, told reporters, adding that 646 former hostages remained in hospital, 45 of "
      "them in a serious condition. Officials said 50 hostage-takers, including 18 women wearing "
      "explosive belts, had been killed. About 750 hostages were freed, according to the Federal "
      "Security Service (FSB), which has refused to name the gas. The siege began on Wednesday "
      "evening during a performance of the musical \"Nord-Ost\".",
      [C("At least 118", 118, "at_least", "killed", "hostages", "a city health official",
         cat_alt=["hostages"]),
       C("two", 2, "exact", "killed", "hostages not killed by the gas", "Andrei Seltsovsky",
         optional=True),
       C("646", 646, "exact", "injured", "former hostages in hospital", "Andrei Seltsovsky",
         cat_alt=["other", "hostages"]),
       C("45", 45, "exact", "injured", "former hostages in serious condition",
         "Andrei Seltsovsky", cat_alt=["other", "hostages"]),
       C("50", 50, "exact", "killed", "hostage-takers", "Officials"),
       C("18", 18, "exact", "killed", "women hostage-takers", "Officials"),
       C("About 750", 750, "about", "hostages", "hostages freed",
         "the Federal Security Service (FSB)")],
      published="2002-10-27"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d22_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "devset21", "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
