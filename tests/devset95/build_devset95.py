"""Source of the ninety-fifth development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) on kidnappings, hostage crises, sieges and rescues, 1975–2025: mass
abductions from villages and towns, migrants held for ransom in trafficking camps, cartel
disappearances, hijackings of airliners and buses, embassy, hotel, restaurant and flat sieges,
kidnappings of foreigners, aid workers and peacekeepers, hostage releases and failed rescue
raids. Written for this set (none copied from an article) in the style of wire copy (Reuters,
AP, AFP, UPI, EFE, dpa), national dailies (Bangkok Post, The Straits Times, Vanguard, the
Guardian, The Times), broadcaster pages (BBC, CBC, France 24, Al Jazeera), police and army
statements quoted in news, and a live page. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of the earlier sets. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset95/build_devset95.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = other_sets("devset95")

KHALID = "Inspector-General Khalid Abu Bakar"
PUTHICHART = "Pol Maj Gen Puthichart Ekkachan"
HRW = "Human Rights Watch"
UNICEF = "the UN children's agency Unicef"
LE_DRIAN = "Defence Minister Jean-Yves Le Drian"
LOZADA = "Interior Minister Daniel Lozada"
CCFFAA = "the Joint Command of the Armed Forces"
HOLLANDE = "French President François Hollande"
TANTAWI = "Egyptian Defence Minister Mohamed Hussein Tantawi"
BAMAKO_OFF = "officials in Bamako"
POLISARIO = "the Polisario Front"

# --- mass abductions, migrants held for ransom, disappearances ----------------------------------
PART1 = [
    P("d95_001",
      "WANG KELIAN, Malaysia, May 25, 2015 (Reuters) - Malaysian police have found 139 "
      "suspected graves in a string of abandoned jungle camps near the Thai border that human "
      "traffickers used to hold migrants until their families paid for their release, the "
      "country's police chief said on Monday. Inspector-General Khalid Abu Bakar told reporters "
      "that 28 camps had been discovered on the hillsides above Wang Kelian, in Perlis state, the "
      "largest of them able to hold about 300 people. \"I am shocked. I never expected such "
      "cruelty,\" he said. The camps are believed to have held hundreds of Rohingya from Myanmar "
      "and Bangladeshis at a time, some of them for months. Twelve police officers have been "
      "detained in connection with the trafficking investigation, Malaysian media reported.",
      [C("139", 139, "exact", "other", "suspected graves at the trafficking camps",
         "the country's police chief", cat_alt=["killed"], attr_alt=[KHALID]),
       C("28", 28, "exact", "infrastructure", "trafficking camps discovered", KHALID,
         cat_alt=["other"], attr_alt=["the country's police chief"]),
       C("about 300", 300, "about", "other", "capacity of the largest camp", KHALID,
         optional=True, cat_alt=["hostages"]),
       C("hundreds", 100, "vague", "hostages", "migrants held in the camps at a time", None),
       C("Twelve", 12, "exact", "detained", "police officers detained", "Malaysian media")],
      published="2015-05-25"),

    P("d95_002",
      "Published: 2 May 2015 at 06:30\n"
      "Police and rescue volunteers exhumed 26 bodies from shallow graves at an abandoned "
      "trafficking camp on a hilltop in Sadao district of Songkhla on Friday, and found one "
      "emaciated survivor, a Bangladeshi man who was taken to hospital. The camp, about 300 "
      "metres from the Malaysian border, had bamboo cages and shelters that could hold up to 100 "
      "people, said Pol Maj Gen Puthichart Ekkachan, the Songkhla police chief. Investigators "
      "believe the dead were Rohingya and Bangladeshi migrants who died of disease or hunger "
      "while their captors waited for relatives to pay ransoms of 40,000 to 50,000 baht. Four "
      "suspects, among them a village headman, have been arrested, police said. Some 400 "
      "police and soldiers were sent on Saturday to search the surrounding hills for more camps.",
      [C("26", 26, "exact", "killed", "bodies exhumed at the Sadao camp", None,
         attr_alt=["Police and rescue volunteers"]),
       C("one", 1, "exact", "other", "survivor found at the camp", None, cat_alt=["hostages"],
         ctx="one emaciated"),
       C("up to 100", 100, "at_most", "other", "capacity of the camp", PUTHICHART,
         optional=True, cat_alt=["hostages"]),
       C("Four", 4, "exact", "detained", "suspects arrested", "police"),
       C("Some 400", 400, "about", "troops", "police and soldiers sent to search", None)],
      published="2015-05-02"),

    P("d95_003",
      "CAIRO, Feb 11, 2014 (AFP) - Traffickers in Egypt's Sinai peninsula have tortured "
      "hundreds of Eritrean migrants to extort ransoms from their relatives, Human Rights Watch "
      "said on Tuesday, accusing Egyptian and Sudanese security officers of colluding with them. "
      "The New York-based group said it had interviewed 37 Eritreans who had been held in Sinai, "
      "some for as long as six months, and that families had paid as much as $40,000 to free "
      "them. Citing figures from aid groups, it said as many as 4,000 people may have died in "
      "the Sinai trafficking camps since 2009. Egypt's army says it has freed some 200 migrants "
      "from smugglers' houses near El Arish over the past two years and arrested dozens of "
      "traffickers.",
      [C("hundreds", 100, "vague", "hostages", "Eritrean migrants tortured for ransom", HRW,
         cat_alt=["injured", "other"]),
       C("37", 37, "exact", "other", "Eritreans interviewed", "The New York-based group",
         optional=True, attr_alt=[HRW]),
       C("as many as 4,000", 4000, "at_most", "killed", "people who died in the Sinai camps",
         "aid groups", attr_alt=["it", HRW]),
       C("some 200", 200, "about", "hostages", "migrants freed by the army", "Egypt's army"),
       C("dozens", 12, "vague", "detained", "traffickers arrested", "Egypt's army")],
      published="2014-02-11"),

    P("d95_004",
      "MAIDUGURI, Nigeria (AP) — Islamic extremists abducted more than 60 women and girls and "
      "31 boys during a four-day raid on Kummabza village in Borno state, witnesses and a local "
      "official said Tuesday, less than three months after the mass kidnapping of schoolgirls "
      "from Chibok. At least 30 men were killed when the gunmen arrived, said Aji Khalil, a "
      "leader of a local vigilante group. \"They took the girls and the small boys away in "
      "trucks, and they set fire to dozens of houses as they left,\" said a resident who fled to "
      "Maiduguri, 150 kilometers (95 miles) away. Khalil said four of the 60 women had escaped "
      "and found their way to a nearby village. A police spokesman said in a statement that the "
      "command had no record of the attack.",
      [C("more than 60", 60, "more_than", "hostages", "women and girls abducted in Kummabza",
         "witnesses and a local official"),
       C("31", 31, "exact", "hostages", "boys abducted in Kummabza",
         "witnesses and a local official"),
       C("At least 30", 30, "at_least", "killed", "men killed in Kummabza", "Aji Khalil"),
       C("dozens", 12, "vague", "infrastructure", "houses set on fire",
         "a resident who fled to Maiduguri", cat_alt=["other"]),
       C("four", 4, "exact", "hostages", "abducted women who escaped", "Khalil",
         attr_alt=["Aji Khalil"], ctx="four of the 60"),
       C("60", 60, "exact", "hostages", "women abducted (restated)", "Khalil", optional=True,
         attr_alt=["Aji Khalil"], ctx="the 60 women")]),

    P("d95_005",
      "South Sudan: Boys seized at exam time, Unicef says\n"
      "Published 21 February 2015\n"
      "Armed men have abducted at least 89 boys, some as young as 13, from the town of Wau "
      "Shilluk in South Sudan's Upper Nile state, the UN children's agency Unicef says. The boys "
      "were taken while they were sitting exams, with soldiers going from house to house and "
      "forcing boys over 12 to leave with them, Unicef said. Community members told the agency "
      "that as many as 250 may have been taken. Wau Shilluk is sheltering thousands of people "
      "who fled the fighting, and about 650 children were recruited by an armed group in the "
      "same state last year, the agency added. Unicef did not say who was responsible.",
      [C("at least 89", 89, "at_least", "hostages", "boys abducted in Wau Shilluk", UNICEF,
         attr_alt=["Unicef"]),
       C("as many as 250", 250, "at_most", "hostages", "boys taken (community estimate)",
         "Community members"),
       C("thousands", 1000, "vague", "displaced", "people sheltering in Wau Shilluk",
         "the agency", attr_alt=[None, "Unicef"]),
       C("about 650", 650, "about", "troops", "children recruited by an armed group",
         "the agency", cat_alt=["other"], attr_alt=["Unicef"])],
      published="2015-02-21"),

    P("d95_006",
      "Fri 23 Feb 2018 19.40 GMT\n"
      "Four police officers in the Mexican state of Jalisco have been arrested over the "
      "disappearance of three Italian men, who prosecutors say were handed over by the officers "
      "to a local criminal gang. Raffaele Russo, 60, his son Antonio, 25, and his nephew "
      "Vincenzo Cimmino, 29, vanished on 31 January in Tecalitlán, a town in a region dominated "
      "by the Jalisco New Generation cartel. The state prosecutor, Raúl Sánchez, said the "
      "officers had sold the men for about 1,000 pesos. Three other officers are being sought. "
      "Jalisco accounts for more than 3,000 of the roughly 35,000 people registered as missing "
      "in Mexico, according to government figures.",
      [C("Four", 4, "exact", "detained", "police officers arrested", None),
       C("three", 3, "exact", "missing", "Italian men who disappeared", None,
         ctx="three Italian"),
       C("Three", 3, "exact", "other", "officers sought", None, cat_alt=["detained"]),
       C("more than 3,000", 3000, "more_than", "missing", "people registered missing in Jalisco",
         "government figures"),
       C("roughly 35,000", 35000, "about", "missing", "people registered missing in Mexico",
         "government figures")],
      published="2018-02-23"),
]

# --- foreigners and aid workers kidnapped, failed rescues, releases -----------------------------
PART2 = [
    P("d95_007",
      "KANO, Nigeria, Feb 17, 2013 (Reuters) - Gunmen stormed a construction company's compound in "
      "northern Nigeria's Bauchi state overnight, killing a security guard and kidnapping seven "
      "foreign workers, police said on Sunday. The hostages - a Briton, an Italian, a Greek and "
      "four Lebanese nationals - worked for the Lebanese firm Setraco, Bauchi police spokesman "
      "Hassan Mohammed said. The attackers first blew up a police truck at the local prison in "
      "Jama'are and set fire to two vehicles before breaching the compound's fence, he said. "
      "\"We have deployed our men to the area,\" he added. Setraco employs about 400 Nigerian "
      "workers at the site, a company official said. Foreigners "
      "are rarely taken in Nigeria's Muslim north, though a Briton and an Italian held there "
      "were killed in March last year during a failed rescue attempt.",
      [C("seven", 7, "exact", "hostages", "foreign workers kidnapped", "police"),
       C("four", 4, "exact", "hostages", "Lebanese hostages",
         "Bauchi police spokesman Hassan Mohammed"),
       C("two", 2, "exact", "other", "vehicles set on fire",
         "Bauchi police spokesman Hassan Mohammed", optional=True,
         cat_alt=["infrastructure"], attr_alt=["he"], ctx="two vehicles"),
       C("about 400", 400, "about", "population", "Nigerian workers employed at the site",
         "a company official", cat_alt=["other"])],
      published="2013-02-17"),

    P("d95_008",
      "8 March 2012 Last updated at 19:12 GMT\n"
      "A British man and an Italian held hostage in Nigeria have been killed by their captors "
      "during a failed rescue attempt by Nigerian troops backed by British special forces, "
      "officials say. Chris McManus, 28, and Franco Lamolinara, 47, were kidnapped in May 2011 "
      "from a flat in Birnin Kebbi, where they were working on a bank building. The operation in "
      "the north-western city of Sokoto began on Thursday morning after the kidnappers were "
      "traced to a house in the Mabera district, and residents said the gunfire went on for "
      "several hours. A Nigerian security source told the BBC that two of the kidnappers had "
      "been killed and five arrested, and that three AK-47 rifles had been recovered. About 200 "
      "soldiers and police sealed off the area. Italian officials complained that Rome had not "
      "been told in advance.",
      [C("two", 2, "exact", "killed", "kidnappers killed", "A Nigerian security source",
         ctx="two of the kidnappers"),
       C("five", 5, "exact", "detained", "kidnappers arrested", "A Nigerian security source"),
       C("three", 3, "exact", "munitions", "rifles recovered", "A Nigerian security source",
         cat_alt=["other"], ctx="three AK-47"),
       C("About 200", 200, "about", "troops", "soldiers and police sealing off the area", None)],
      published="2012-03-08"),

    P("d95_009",
      "PARIS, Jan 12, 2013 (AFP) - A French commando raid to free an intelligence agent held "
      "hostage in Somalia for three and a half years ended in failure overnight, with one "
      "soldier killed, another missing and the hostage most likely dead, Defence Minister "
      "Jean-Yves Le Drian said on Saturday. Seventeen Islamist fighters were killed in the "
      "assault on the town of Bulo Marer, south of Mogadishu, he told a news conference. Around "
      "50 special forces troops backed by five helicopters took part in the operation, "
      "according to a defence ministry official. The Shebab, who had held Denis Allex since July "
      "2009, said he was alive and that they would decide his fate within two days, and claimed "
      "that eight civilians had been killed in the raid.",
      [C("one", 1, "exact", "killed", "French soldier killed", LE_DRIAN, ctx="one soldier"),
       C("Seventeen", 17, "exact", "killed", "Islamist fighters killed", LE_DRIAN,
         attr_alt=["he"]),
       C("Around 50", 50, "about", "troops", "French special forces in the raid",
         "a defence ministry official"),
       C("five", 5, "exact", "munitions", "helicopters backing the raid",
         "a defence ministry official", optional=True, cat_alt=["other", "troops"]),
       C("eight", 8, "exact", "killed", "civilians killed in the raid", "The Shebab")],
      published="2013-01-12"),

    P("d95_010",
      "Lima, Apr 14 (EFE).- Shining Path rebels have freed all 36 gas workers they seized in "
      "Peru's southern jungle, ending a six-day hostage crisis, Interior Minister Daniel Lozada "
      "said Saturday. The workers, employed by contractors of the Camisea gas project, had been "
      "taken on Monday from a hotel in the town of Kepashiato, in the Cusco region. Lozada said "
      "no ransom had been paid and that the army and police had kept up pressure on the rebels "
      "with some 1,500 troops. Eight members of the security forces were killed and at least 10 "
      "wounded in clashes and an attack on a helicopter during the operation, and two police "
      "officers are still unaccounted for, the Joint Command of the Armed Forces said.",
      [C("36", 36, "exact", "hostages", "gas workers freed", LOZADA),
       C("some 1,500", 1500, "about", "troops", "troops deployed against the rebels", "Lozada",
         attr_alt=[LOZADA]),
       C("Eight", 8, "exact", "killed", "security forces killed", CCFFAA),
       C("at least 10", 10, "at_least", "injured", "security forces wounded", CCFFAA),
       C("two", 2, "exact", "missing", "police officers unaccounted for", CCFFAA)]),

    P("d95_011",
      "BAMAKO (AFP) - Gunmen stormed a restaurant in the centre of Timbuktu on Friday, killing a "
      "German tourist who resisted and seizing three other foreigners - a Dutchman, a Swede and "
      "a South African who also holds British nationality - security sources said. The attack "
      "came a day after two French nationals were abducted from their hotel in Hombori, some 300 "
      "kilometres to the south. \"There were four or five armed men in a pick-up,\" a local "
      "official said. The two kidnappings bring to 12 the number of Westerners held in the Sahel "
      "by Al-Qaeda in the Islamic Maghreb (AQIM) and its allies, according to a tally by AFP. "
      "Mali's government said it had sent 200 troops to the north to hunt for the kidnappers.",
      [C("three", 3, "exact", "hostages", "foreigners seized in Timbuktu", "security sources"),
       C("two", 2, "exact", "hostages", "French nationals abducted in Hombori", None,
         ctx="two French"),
       C("four or five", 4, "range", "troops", "gunmen in the pick-up", "a local official",
         high=5, cat_alt=["other"]),
       C("two", 2, "exact", "other", "kidnappings (the two just reported)", "a tally by AFP",
         optional=True, cat_alt=["hostages"], attr_alt=["AFP"], ctx="two kidnappings"),
       C("12", 12, "exact", "hostages", "Westerners held in the Sahel", "a tally by AFP",
         attr_alt=["AFP"]),
       C("200", 200, "exact", "troops", "Malian troops sent north", "Mali's government")]),

    P("d95_012",
      "Last updated: 19/04/2013\n"
      "The seven members of a French family kidnapped by Boko Haram gunmen in northern Cameroon "
      "two months ago, four children among them, have been freed and are in good health, "
      "French President François Hollande said on Friday. Tanguy Moulin-Fournier, his wife "
      "Albane, their four sons, aged five to 12, and his brother Cyril were seized on February "
      "19 while visiting a national park near the Nigerian border. Cameroonian officials said the "
      "hostages had been handed over overnight and driven to Yaoundé. Hollande said France had "
      "not paid a ransom, though a confidential Nigerian government report later put the payment "
      "at $3.15 million and said 16 Boko Haram prisoners had been freed as part of the deal.",
      [C("seven", 7, "exact", "hostages", "members of the French family freed", HOLLANDE),
       C("four", 4, "exact", "hostages", "children among the freed family", HOLLANDE,
         ctx="four children"),
       C("four", 4, "exact", "hostages", "sons (restated)", None, optional=True,
         ctx="four sons"),
       C("16", 16, "exact", "detained", "Boko Haram prisoners freed in the deal",
         "a confidential Nigerian government report")],
      published="2013-04-19"),

    P("d95_013",
      "CAIRO, Sept 29, 2008 (Reuters) - Eleven European tourists and eight Egyptians kidnapped in "
      "a remote corner of the Egyptian desert 10 days ago have been freed unharmed, Egyptian "
      "Defence Minister Mohamed Hussein Tantawi said on Monday. The hostages - five Germans, five "
      "Italians and a Romanian, along with their Egyptian drivers, guides and a guard - were flown "
      "to a military airbase near Cairo, state television said. Egyptian security sources said "
      "about half of the kidnappers had been killed in a rescue operation involving Egyptian and "
      "Sudanese special forces, but the Sudanese army said its troops had killed six of the "
      "gunmen near the border a week earlier and captured two. Germany and Italy both said no "
      "ransom had been paid.",
      [C("Eleven", 11, "exact", "hostages", "European tourists freed", TANTAWI),
       C("eight", 8, "exact", "hostages", "Egyptians freed", TANTAWI),
       C("five", 5, "exact", "hostages", "German hostages", "state television",
         ctx="five Germans"),
       C("five", 5, "exact", "hostages", "Italian hostages", "state television",
         ctx="five Italians"),
       C("six", 6, "exact", "killed", "kidnappers killed by Sudanese troops",
         "the Sudanese army"),
       C("two", 2, "exact", "detained", "kidnappers captured by Sudanese troops",
         "the Sudanese army", ctx="captured two")],
      published="2008-09-29"),

    P("d95_014",
      "Last Updated: Wednesday, April 22, 2009 | 10:31 PM ET\n"
      "Canadian diplomats Robert Fowler and Louis Guay have been released after more than four "
      "months in the hands of al-Qaeda's North African wing, Prime Minister Stephen Harper said "
      "Wednesday. The two men were handed over in northern Mali along with two European women, a "
      "German and a Swiss, who had been abducted in January near the border with Niger, "
      "officials in Bamako said. Two other Europeans seized with the women, a Briton and a Swiss "
      "man, remain in captivity. Fowler, 64, the UN secretary general's special envoy to Niger, "
      "was taken with Guay and their driver on Dec. 14 about 40 kilometres from Niamey.",
      [C("two", 2, "exact", "hostages", "Canadian diplomats handed over", BAMAKO_OFF,
         ctx="two men"),
       C("two", 2, "exact", "hostages", "European women freed", BAMAKO_OFF,
         ctx="two European"),
       C("Two", 2, "exact", "hostages", "Europeans still held", BAMAKO_OFF,
         attr_alt=[None], ctx="Two other")],
      published="2009-04-22"),

    P("d95_015",
      "Madrid, Oct 23 (EFE).- Gunmen kidnapped two Spanish aid workers and an Italian woman "
      "overnight from the Rabouni refugee camp near Tindouf, in south-western Algeria, in an "
      "attack in which a Sahrawi guard was wounded, the Polisario Front said Sunday. The camps "
      "around Tindouf house 90,000 to 165,000 Sahrawi refugees, depending on whose figures are "
      "used, and dozens of foreign aid workers. Polisario officials said the attackers, who fled "
      "towards Mali in two vehicles, numbered between five and seven. Spain's foreign ministry "
      "said it was in contact with the Algerian authorities. The World Food Programme delivers "
      "about 2,000 tonnes of food a month to the camps.",
      [C("two", 2, "exact", "hostages", "Spanish aid workers kidnapped", POLISARIO,
         ctx="two Spanish"),
       C("90,000 to 165,000", 90000, "range", "displaced", "Sahrawi refugees in the camps", None,
         high=165000, cat_alt=["population"]),
       C("dozens", 12, "vague", "other", "foreign aid workers in the camps", None,
         optional=True, cat_alt=["population"]),
       C("two", 2, "exact", "other", "vehicles of the attackers", "Polisario officials",
         optional=True, ctx="two vehicles"),
       C("between five and seven", 5, "range", "troops", "attackers", "Polisario officials",
         high=7, cat_alt=["other"]),
       C("about 2,000", 2000, "about", "aid", "food delivered to the camps each month",
         None, attr_alt=["The World Food Programme"])]),
]

# --- sieges and hijackings ----------------------------------------------------------------------
PART3 = [
    P("d95_016",
      "TEL AVIV, Israel (AP) — Israeli troops stormed a seafront hotel at dawn Thursday, ending "
      "an overnight siege by Palestinian guerrillas in which eight hostages and three soldiers "
      "were killed, the army said. Seven of the eight guerrillas who came ashore by rubber boat "
      "died in the assault and one was captured, an army spokesman said. Five hostages were "
      "freed alive, and 11 people, among them several soldiers, were wounded. The raiders had "
      "seized about a dozen guests and staff at the Savoy Hotel and demanded the release of 10 "
      "prisoners held in Israel. Among the dead soldiers was Col. Uzi Yairi, 38, a former "
      "paratroop commander.",
      [C("eight", 8, "exact", "killed", "hostages killed in the Savoy siege", "the army",
         cat_alt=["hostages"], ctx="eight hostages"),
       C("three", 3, "exact", "killed", "Israeli soldiers killed", "the army"),
       C("Seven", 7, "exact", "killed", "guerrillas killed in the assault",
         "an army spokesman"),
       C("eight", 8, "exact", "troops", "guerrillas who came ashore", "an army spokesman",
         cat_alt=["other"], ctx="eight guerrillas"),
       C("one", 1, "exact", "detained", "guerrilla captured", "an army spokesman",
         ctx="one was captured"),
       C("Five", 5, "exact", "hostages", "hostages freed alive", "an army spokesman",
         attr_alt=[None]),
       C("11", 11, "exact", "injured", "people wounded", "an army spokesman", attr_alt=[None]),
       C("about a dozen", 12, "about", "hostages", "guests and staff seized", None),
       C("10", 10, "exact", "detained", "prisoners whose release was demanded", None)]),

    P("d95_017",
      "JERUSALEM (UPI) — Israeli troops stormed a hijacked bus in the Gaza Strip early Friday, "
      "freeing its passengers after a 10-hour standoff, the military command said. Two of the "
      "four Arab hijackers were killed in the assault and two were captured, the command said, "
      "and one woman passenger, a 19-year-old soldier, died of her wounds. Seven other "
      "passengers were hurt. The gunmen had boarded the No. 300 bus from Tel Aviv to Ashkelon "
      "on Thursday evening, when it was carrying about 35 passengers, and threatened to blow it "
      "up unless Israel released 500 Palestinian prisoners. Israeli newspapers later printed "
      "photographs of the two captured hijackers being led away alive.",
      [C("Two", 2, "exact", "killed", "hijackers killed", "the command",
         attr_alt=["the military command"]),
       C("four", 4, "exact", "troops", "Arab hijackers", "the command", cat_alt=["other"],
         attr_alt=["the military command"]),
       C("two", 2, "exact", "detained", "hijackers captured", "the command",
         attr_alt=["the military command"], ctx="two were captured"),
       C("one", 1, "exact", "killed", "woman passenger who died", "the command",
         cat_alt=["hostages"], attr_alt=["the military command"], ctx="one woman"),
       C("Seven", 7, "exact", "injured", "passengers hurt", "the command",
         attr_alt=[None, "the military command"]),
       C("about 35", 35, "about", "hostages", "passengers on the bus", None,
         cat_alt=["other"]),
       C("500", 500, "exact", "detained", "Palestinian prisoners whose release was demanded",
         None),
       C("two", 2, "exact", "detained", "captured hijackers (restated)", "Israeli newspapers",
         optional=True, attr_alt=[None], ctx="two captured")]),

    P("d95_018",
      "BANGKOK, March 31, 1981 (Reuters) - Indonesian commandos stormed a hijacked Garuda airliner at "
      "Don Muang airport before dawn on Tuesday and freed its 55 hostages, killing four of the "
      "five hijackers, Thai officials said. The plane's captain, Herman Rante, and one commando "
      "were seriously wounded, and the fifth hijacker was overpowered, the officials said. The "
      "DC-9 had been seized on a domestic flight from Palembang to Medan on Saturday by Moslem "
      "extremists who demanded the release of 80 political prisoners held in Indonesia. About 30 "
      "troops took part in the three-minute raid, Indonesian diplomats said.",
      [C("55", 55, "exact", "hostages", "hostages freed from the Garuda jet", "Thai officials"),
       C("four", 4, "exact", "killed", "hijackers killed", "Thai officials"),
       C("five", 5, "exact", "troops", "hijackers", "Thai officials", cat_alt=["other"]),
       C("one", 1, "exact", "injured", "commando seriously wounded", "the officials",
         attr_alt=["Thai officials"], ctx="one commando"),
       C("80", 80, "exact", "detained", "political prisoners whose release was demanded", None),
       C("About 30", 30, "about", "troops", "commandos in the raid", "Indonesian diplomats")],
      published="1981-03-31"),

    P("d95_019",
      "DJIBOUTI, Feb 4 (AFP) - French marksmen and Foreign Legion troops ended a 30-hour hostage "
      "drama at the Somali border post of Loyada on Wednesday, killing all six guerrillas who "
      "had seized a bus taking the children of French servicemen to school, the French High "
      "Commission said. One little girl was killed and five children were wounded, several of "
      "them seriously, when the gunmen opened fire inside the bus as the assault began. Another "
      "child was missing, believed to have been taken across the border into Somalia. The bus "
      "had been carrying 31 children and its driver when it was hijacked on Tuesday morning in "
      "the territory's capital. About 60 French troops took part in the operation.",
      [C("six", 6, "exact", "killed", "guerrillas killed", "the French High Commission"),
       C("One", 1, "exact", "killed", "girl killed on the bus", "the French High Commission",
         cat_alt=["hostages"], attr_alt=[None]),
       C("five", 5, "exact", "injured", "children wounded", "the French High Commission",
         cat_alt=["hostages"], attr_alt=[None]),
       C("31", 31, "exact", "hostages", "children on the hijacked bus", None,
         cat_alt=["other"]),
       C("About 60", 60, "about", "troops", "French troops in the operation", None)]),

    P("d95_020",
      "LONDON, Oct 3 (Reuters) - Three gunmen who had held six Italian restaurant workers in a "
      "Knightsbridge storeroom for six days surrendered to police early on Friday, and all the "
      "hostages walked out unharmed, Scotland Yard said. One of the gunmen was taken to "
      "hospital with a self-inflicted gunshot wound. The siege began on Sunday night when the "
      "men, who had tried to rob the Spaghetti House restaurant of its weekend takings, were "
      "surprised by police; three other members of staff escaped in the first minutes. Some 400 "
      "police officers had sealed off the surrounding streets while negotiators, advised by a "
      "psychiatrist, talked to the gunmen through a field telephone.",
      [C("Three", 3, "exact", "troops", "gunmen", "Scotland Yard", cat_alt=["other"]),
       C("six", 6, "exact", "hostages", "restaurant workers held", "Scotland Yard",
         ctx="six Italian"),
       C("One", 1, "exact", "injured", "gunman taken to hospital", "Scotland Yard",
         attr_alt=[None]),
       C("three", 3, "exact", "hostages", "staff who escaped", None, cat_alt=["other"],
         attr_alt=["Scotland Yard"]),
       C("Some 400", 400, "about", "troops", "police officers sealing off the streets", None)]),

    P("d95_021",
      "From our Crime Correspondent\nDecember 13, 1975\n"
      "The four IRA gunmen who had held a middle-aged couple captive in their Marylebone flat "
      "for six days gave themselves up last night, walking out one by one on to the balcony with "
      "their hands raised. Mr John Matthews, a Post Office official, and his wife Sheila were "
      "freed unharmed. Scotland Yard said more than 200 officers had taken part in the operation "
      "and that the men were wanted in connection with a bombing campaign in which at least 10 "
      "people had died in London since the autumn. Police had chased the four through the West "
      "End after shots were fired at Scott's restaurant in Mayfair. Some 30 residents of the "
      "block were moved out during the siege.",
      [C("four", 4, "exact", "troops", "IRA gunmen", None, cat_alt=["other"],
         ctx="four IRA"),
       C("more than 200", 200, "more_than", "troops", "police officers in the operation",
         "Scotland Yard"),
       C("at least 10", 10, "at_least", "killed", "people killed in the bombing campaign",
         "Scotland Yard", attr_alt=[None]),
       C("four", 4, "exact", "troops", "gunmen chased (restated)", None, optional=True,
         cat_alt=["other"], ctx="four through"),
       C("Some 30", 30, "about", "displaced", "residents moved out of the block", None)],
      published="1975-12-13"),

    P("d95_022",
      "WASHINGTON (AP) — Twelve Hanafi Muslim gunmen freed 134 hostages and surrendered early "
      "Saturday, ending 39 hours of sieges at three buildings in the nation's capital, police "
      "said. A young radio reporter, Maurice Williams, 24, was shot dead at the District "
      "Building, where City Councilman Marion Barry was wounded by a shotgun pellet. At least 19 "
      "people were hurt in all, most of them at the B'nai B'rith headquarters, where hostages "
      "said they had been beaten and threatened with machetes. Three Muslim ambassadors, from "
      "Egypt, Iran and Pakistan, talked the gunmen into giving up. More than 1,000 police "
      "officers and FBI agents had ringed the buildings.",
      [C("Twelve", 12, "exact", "troops", "Hanafi gunmen", "police", cat_alt=["other"]),
       C("134", 134, "exact", "hostages", "hostages freed", "police"),
       C("three", 3, "exact", "infrastructure", "buildings under siege", "police",
         optional=True, cat_alt=["other"]),
       C("At least 19", 19, "at_least", "injured", "people hurt in the sieges", None,
         attr_alt=["police"]),
       C("Three", 3, "exact", "other", "Muslim ambassadors who negotiated", None,
         optional=True),
       C("More than 1,000", 1000, "more_than", "troops", "police and FBI agents", None)]),

    P("d95_023",
      "GUATEMALA CITY, Feb 1 (EFE).- Thirty-nine people died when fire swept through the Spanish "
      "Embassy after police stormed the building to end its occupation by a group of peasants "
      "and students, the Spanish Foreign Ministry said in Madrid on Friday. The ambassador, "
      "Máximo Cajal, was one of only two people to get out alive, the ministry said. Guatemalan "
      "police said the occupiers had thrown Molotov cocktails and that 27 of the dead belonged "
      "to the group, while the rest were embassy staff and visitors, among them two former "
      "Guatemalan officials. Hundreds of riot police had surrounded the building for most of "
      "Thursday. Spain broke off diplomatic relations with Guatemala within hours.",
      [C("Thirty-nine", 39, "exact", "killed", "people killed in the embassy fire",
         "the Spanish Foreign Ministry"),
       C("two", 2, "exact", "other", "survivors of the fire", "the ministry",
         attr_alt=["the Spanish Foreign Ministry"], ctx="two people"),
       C("27", 27, "exact", "killed", "occupiers among the dead", "Guatemalan police"),
       C("two", 2, "exact", "killed", "former officials among the dead", "Guatemalan police",
         ctx="two former"),
       C("Hundreds", 100, "vague", "troops", "riot police around the embassy", None)]),

    P("d95_024",
      "BOGOTA, April 27, 1980 (Reuters) - Leftist guerrillas who had occupied the Dominican Republic's "
      "embassy for 61 days flew to Cuba on Sunday with 12 of their diplomatic hostages, among "
      "them the U.S. ambassador, Diego Asencio, ending the longest siege of its kind in Latin "
      "America. The hostages were freed on arrival in Havana, Cuban officials said. The 16 M-19 "
      "guerrillas had seized about 60 people at a national day reception on Feb. 27 and had "
      "let the others go in small groups over the following weeks. The government said no "
      "political prisoners had been released, though it did not deny reports that a ransom of "
      "$2.5 million had been paid by private sources. More than 500 soldiers had ringed the "
      "embassy throughout the siege, and at least 14 ambassadors were among those first held.",
      [C("12", 12, "exact", "hostages", "diplomats flown to Cuba", None),
       C("16", 16, "exact", "troops", "M-19 guerrillas", None, cat_alt=["other"]),
       C("about 60", 60, "about", "hostages", "people seized at the reception", None),
       C("More than 500", 500, "more_than", "troops", "soldiers around the embassy", None),
       C("at least 14", 14, "at_least", "hostages", "ambassadors first held", None)],
      published="1980-04-27"),

    P("d95_025",
      "The Straits Times, 28 March 1991, Page 1\n"
      "Commandos storm SQ117, free all 123 on board\n"
      "Singapore Armed Forces commandos stormed the hijacked Singapore Airlines Airbus at Changi "
      "Airport yesterday morning, killing all four hijackers and freeing the 114 passengers and "
      "nine crew unhurt. The assault was over in 30 seconds, said First Deputy Prime Minister Goh "
      "Chok Tong. The Pakistani men, who had seized the plane on a flight from Kuala Lumpur, had "
      "demanded the release of Pakistan People's Party members jailed in Pakistan and threatened "
      "to kill a passenger every 10 minutes. Two cabin crew members had been beaten and pushed "
      "out of the plane during the night, the Ministry of Home Affairs said.",
      [C("123", 123, "exact", "hostages", "people on board freed (headline)", None,
         cat_alt=["other"]),
       C("four", 4, "exact", "killed", "hijackers killed", None,
         attr_alt=["First Deputy Prime Minister Goh Chok Tong"]),
       C("114", 114, "exact", "hostages", "passengers freed", None, cat_alt=["other"],
         attr_alt=["First Deputy Prime Minister Goh Chok Tong"]),
       C("nine", 9, "exact", "hostages", "crew freed", None, cat_alt=["other"],
         attr_alt=["First Deputy Prime Minister Goh Chok Tong"]),
       C("Two", 2, "exact", "injured", "cabin crew beaten and pushed out",
         "the Ministry of Home Affairs", cat_alt=["hostages"])],
      published="1991-03-28"),

    P("d95_026",
      "EgyptAir hijack: as it happened\nTuesday 29 March 2016\n"
      "09:15 Cypriot officials say the hijacked EgyptAir Airbus A320 has landed at Larnaca "
      "airport with 55 passengers on board, 21 of them foreigners.\n"
      "10:40 The hijacker has let most of the passengers go, but four crew members and three "
      "foreign passengers are still on board, according to the Cypriot foreign ministry.\n"
      "11:20 Egypt's civil aviation ministry puts the number on board at 62, including seven "
      "crew and a security officer.\n"
      "12:55 Some of those still held have been seen climbing out of a cockpit window. Cyprus "
      "state broadcaster CyBC says all the hostages are now safe.\n"
      "13:10 The man has been arrested. Egypt's civil aviation ministry says he was wearing a "
      "fake explosives belt.",
      [C("55", 55, "exact", "hostages", "passengers on the hijacked plane", "Cypriot officials",
         cat_alt=["other"], ctx="55 passengers"),
       C("21", 21, "exact", "hostages", "foreign passengers", "Cypriot officials",
         cat_alt=["other"]),
       C("four", 4, "exact", "hostages", "crew members still on board",
         "the Cypriot foreign ministry"),
       C("three", 3, "exact", "hostages", "foreign passengers still on board",
         "the Cypriot foreign ministry"),
       C("62", 62, "exact", "hostages", "people on board (ministry figure)",
         "Egypt's civil aviation ministry", cat_alt=["other"]),
       C("seven", 7, "exact", "hostages", "crew on board", "Egypt's civil aviation ministry",
         cat_alt=["other"])],
      published="2016-03-29"),

    P("d95_027",
      "COLOGNE (dpa) - A 54-hour hostage drama that began with a bank raid in Gladbeck ended on "
      "a motorway near Bad Honnef on Thursday when police rammed the getaway car, but one "
      "hostage, 18-year-old Silke Bischoff, was killed in the shootout, police said. A "
      "15-year-old Italian boy had been shot dead by the two gunmen on a hijacked bus in Bremen "
      "on Wednesday, and a police officer died in a crash while following the convoy. Both "
      "gunmen were arrested, together with a woman companion; a second woman hostage was "
      "slightly injured. The bus had been carrying 32 passengers when it was seized. Interior "
      "ministers in three states faced questions over why reporters had been allowed to "
      "interview the gunmen at length while police held back.",
      [C("one", 1, "exact", "killed", "hostage killed in the shootout", "police",
         cat_alt=["hostages"], ctx="one hostage"),
       C("two", 2, "exact", "troops", "gunmen", "police", cat_alt=["other"],
         attr_alt=[None], ctx="two gunmen"),
       C("32", 32, "exact", "hostages", "passengers on the hijacked bus", None,
         cat_alt=["other"]),
       C("three", 3, "exact", "other", "states whose ministers faced questions", None,
         optional=True)]),
]

# --- failed rescues, releases, mass abductions, disappearances ---------------------------------
PART4 = [
    P("d95_028",
      "JERUSALEM, Oct 14, 1994 (Reuters) - Kidnapped Israeli soldier Nachshon Wachsman and an "
      "army officer were killed when Israeli commandos stormed a house in a West Bank village "
      "where Hamas militants were holding him, Prime Minister Yitzhak Rabin said on Friday. All "
      "three kidnappers were killed in the raid at Bir Nabala, north of Jerusalem, and 12 "
      "soldiers were wounded, Rabin told a news conference. Wachsman, 19, who held both Israeli "
      "and U.S. citizenship, had been seized six days earlier while hitchhiking. Hamas had "
      "threatened to kill him unless Israel freed its spiritual leader, Sheikh Ahmed Yassin, and "
      "some 200 other Palestinian prisoners. About 40 commandos of the elite Sayeret Matkal unit "
      "took part in the raid, military sources said.",
      [C("three", 3, "exact", "killed", "kidnappers killed in the raid", "Rabin",
         attr_alt=["Prime Minister Yitzhak Rabin"]),
       C("12", 12, "exact", "injured", "soldiers wounded in the raid", "Rabin",
         attr_alt=["Prime Minister Yitzhak Rabin"]),
       C("some 200", 200, "about", "detained", "Palestinian prisoners whose release Hamas sought",
         None, attr_alt=["Hamas"]),
       C("About 40", 40, "about", "troops", "commandos in the raid", "military sources")],
      published="1994-10-14"),

    P("d95_029",
      "9 October 2010 Last updated at 14:20 GMT\n"
      "British aid worker Linda Norgrove, who was kidnapped in eastern Afghanistan last month, "
      "has been killed during a rescue attempt by US forces, the Foreign Office says. Ms "
      "Norgrove, 36, was seized along with three Afghan colleagues on 26 September when their "
      "two vehicles were ambushed in Kunar province. The Afghans were released last week. Local "
      "officials in Kunar said fewer than a dozen militants had been guarding her and that about "
      "10 were killed in the operation. Prime Minister David Cameron later said she may have "
      "died from a grenade thrown by one of the US soldiers.",
      [C("three", 3, "exact", "hostages", "Afghan colleagues seized with Norgrove",
         "the Foreign Office", attr_alt=[None], ctx="three Afghan"),
       C("two", 2, "exact", "other", "vehicles ambushed", "the Foreign Office", optional=True,
         attr_alt=[None], ctx="two vehicles"),
       C("fewer than a dozen", 12, "fewer_than", "troops", "militants guarding Norgrove",
         "Local officials in Kunar", cat_alt=["other"]),
       C("about 10", 10, "about", "killed", "militants killed in the operation",
         "Local officials in Kunar")],
      published="2010-10-09"),

    P("d95_030",
      "US hostage Luke Somers killed in failed Yemen rescue\n"
      "Published On 6 Dec 2014\n"
      "American photojournalist Luke Somers and South African teacher Pierre Korkie have been "
      "killed by al-Qaeda fighters during a failed rescue attempt by US special forces in "
      "southern Yemen. About 40 US commandos, backed by Yemeni troops, took part in the pre-dawn "
      "raid in Shabwa province, US officials said. Yemeni officials said at least eight al-Qaeda "
      "fighters were killed and two Yemeni soldiers wounded. A charity that had been negotiating Korkie's release said he was "
      "due to be freed the next day. A first attempt to rescue Somers last month freed eight "
      "other captives - six Yemenis, a Saudi and an Ethiopian - at a cave hideout, but he had "
      "already been moved.",
      [C("About 40", 40, "about", "troops", "US commandos in the raid", "US officials"),
       C("at least eight", 8, "at_least", "killed", "al-Qaeda fighters killed",
         "Yemeni officials"),
       C("two", 2, "exact", "injured", "Yemeni soldiers wounded", "Yemeni officials",
         ctx="two Yemeni"),
       C("eight", 8, "exact", "hostages", "captives freed in the first raid", None,
         ctx="eight other"),
       C("six", 6, "exact", "hostages", "Yemenis freed in the first raid", None)],
      published="2014-12-06"),

    P("d95_031",
      "UNITED NATIONS, Sept 11, 2014 (Reuters) - Forty-five Fijian U.N. peacekeepers seized by "
      "Islamist militants on the Golan Heights two weeks ago have been released, the United "
      "Nations said on Thursday. The Fijians were taken by the Nusra Front on Aug. 28 near the "
      "Quneitra crossing as the militants fought Syrian troops along the ceasefire line between "
      "Syria and Israel. Around 40 Filipino peacekeepers surrounded at a separate post slipped "
      "away under cover of darkness, and another 32 were rescued in an operation by Irish "
      "troops, the U.N. said at the time. The U.N. Disengagement Observer Force (UNDOF) has "
      "about 1,200 troops from six countries monitoring the area. Fiji's military chief said "
      "the freed men were in good health.",
      [C("Forty-five", 45, "exact", "hostages", "Fijian peacekeepers released",
         "the United Nations"),
       C("Around 40", 40, "about", "other", "Filipino peacekeepers who escaped", "the U.N.",
         cat_alt=["troops", "hostages"], attr_alt=["the United Nations"]),
       C("32", 32, "exact", "other", "Filipino peacekeepers rescued", "the U.N.",
         cat_alt=["troops", "hostages"], attr_alt=["the United Nations"]),
       C("about 1,200", 1200, "about", "troops", "UNDOF troops", None),
       C("six", 6, "exact", "other", "countries contributing troops", None, optional=True)],
      published="2014-09-11"),

    P("d95_032",
      "Tuesday 19 November 1991\n"
      "Terry Waite, the Archbishop of Canterbury's envoy, and the American academic Thomas "
      "Sutherland were freed in Beirut last night and driven to Damascus, where they were handed "
      "to their ambassadors. Mr Waite had spent 1,763 days in captivity, four years of them in "
      "solitary confinement, after he was seized in January 1987 while trying to negotiate the "
      "release of other hostages. Mr Sutherland, 60, had been held since June 1985. Their release "
      "leaves five Westerners still in the hands of pro-Iranian groups in Lebanon - three "
      "Americans and two Germans - the State Department said. Israel and its militia allies hold "
      "about 300 Lebanese at the Khiam jail and in Israeli prisons, and the kidnappers have "
      "demanded their release.",
      [C("five", 5, "exact", "hostages", "Westerners still held in Lebanon",
         "the State Department"),
       C("three", 3, "exact", "hostages", "Americans still held", "the State Department",
         ctx="three Americans"),
       C("two", 2, "exact", "hostages", "Germans still held", "the State Department",
         ctx="two Germans"),
       C("about 300", 300, "about", "detained", "Lebanese held by Israel and its allies", None)],
      published="1991-11-19"),

    P("d95_033",
      "By Emma Amaize, Warri\nFebruary 19, 2006\n"
      "Militants in speedboats attacked a pipe-laying barge operated by the American firm "
      "Willbros in the Forcados estuary of Delta State yesterday and abducted nine expatriate "
      "workers, the Joint Task Force said. The hostages include three Americans, two Egyptians, "
      "two Thais, a Briton and a Filipino, the company said in Houston. The Movement for the "
      "Emancipation of the Niger Delta (MEND), which claimed the attack, said its fighters had "
      "also blown up an oil loading platform and two pipelines. A military spokesman said troops "
      "had repelled the attackers at a second location, killing about 15 of them, a claim MEND "
      "denied.",
      [C("nine", 9, "exact", "hostages", "expatriate workers abducted", "the Joint Task Force"),
       C("three", 3, "exact", "hostages", "American hostages", "the company"),
       C("two", 2, "exact", "hostages", "Egyptian hostages", "the company",
         ctx="two Egyptians"),
       C("two", 2, "exact", "hostages", "Thai hostages", "the company", ctx="two Thais"),
       C("two", 2, "exact", "infrastructure", "pipelines blown up",
         "The Movement for the Emancipation of the Niger Delta (MEND)", cat_alt=["other"],
         attr_alt=["MEND"], ctx="two pipelines"),
       C("about 15", 15, "about", "killed", "militants killed", "A military spokesman")],
      published="2006-02-19"),

    P("d95_034",
      "MAIDUGURI, Nigeria, March 24 (Reuters) - Boko Haram militants took more than 400 women "
      "and children from the northeastern town of Damasak as they fled an offensive by troops "
      "from Chad and Niger this month, residents said on Tuesday. \"They took about 300 of our "
      "children and more than 100 women,\" said Souleymane Ali, a trader who fled to Diffa in "
      "Niger. Some of the children had been held at a primary school the militants used as a "
      "base, he said. Chadian soldiers found about 70 bodies under a bridge in the town last "
      "week. Damasak had some 20,000 inhabitants before the militants overran it in November; "
      "most have since fled to Niger, where the UN says more than 150,000 Nigerians have taken "
      "refuge.",
      [C("more than 400", 400, "more_than", "hostages", "women and children taken from Damasak",
         "residents"),
       C("about 300", 300, "about", "hostages", "children taken", "Souleymane Ali"),
       C("more than 100", 100, "more_than", "hostages", "women taken", "Souleymane Ali"),
       C("about 70", 70, "about", "killed", "bodies found under a bridge", None,
         attr_alt=["Chadian soldiers"]),
       C("some 20,000", 20000, "about", "population", "inhabitants of Damasak", None),
       C("more than 150,000", 150000, "more_than", "displaced", "Nigerians who fled to Niger",
         "the UN")]),

    P("d95_035",
      "ACAPULCO, Mexico (AP) — Investigators have found a mass grave outside Acapulco holding 18 "
      "bodies, and relatives have identified some of them as members of a group of 20 men from "
      "Michoacán who were kidnapped in the resort city last month, Guerrero state prosecutors "
      "said Thursday. The men, mechanics and shop workers from Morelia on a yearly trip to the "
      "beach, were seized by about 30 gunmen who stopped their cars on a main road. A suspected "
      "member of a drug gang who was arrested last week led police to the grave, prosecutor "
      "Alberto López Rosas said. Two of the tourists are still missing. At least 600 soldiers "
      "and federal police have been searching the hills around the city.",
      [C("18", 18, "exact", "killed", "bodies in the mass grave", "Guerrero state prosecutors",
         cat_alt=["missing"]),
       C("20", 20, "exact", "hostages", "men from Michoacán kidnapped",
         "Guerrero state prosecutors", cat_alt=["missing"]),
       C("about 30", 30, "about", "troops", "gunmen who seized the men",
         "Guerrero state prosecutors", cat_alt=["other"], attr_alt=[None]),
       C("Two", 2, "exact", "missing", "tourists still missing", "Alberto López Rosas",
         cat_alt=["hostages"], attr_alt=[None]),
       C("At least 600", 600, "at_least", "troops", "soldiers and federal police searching",
         None)]),

    P("d95_036",
      "BEILEN, Netherlands (AP) — Seven South Moluccan gunmen who had held a stopped commuter "
      "train in the farmland of Drenthe for 12 days surrendered Sunday and freed their last 23 "
      "hostages, the Justice Ministry said. The gunmen killed three people during the siege - "
      "the engine driver, a soldier and a businessman whose body was thrown on to the tracks. "
      "About 50 passengers had been on board when the train was halted near Wijster on Dec. 2; "
      "some escaped in the first confusion and others were let go because they were ill. In "
      "Amsterdam, a second group of Moluccans is still holding 25 people, 16 of them children, "
      "at the Indonesian consulate. Some 300 marines and police ringed the train.",
      [C("Seven", 7, "exact", "troops", "South Moluccan gunmen", "the Justice Ministry",
         cat_alt=["other"]),
       C("23", 23, "exact", "hostages", "last hostages freed from the train",
         "the Justice Ministry"),
       C("three", 3, "exact", "killed", "people killed by the gunmen", "the Justice Ministry",
         attr_alt=[None]),
       C("About 50", 50, "about", "hostages", "passengers on the train", None,
         cat_alt=["other"]),
       C("25", 25, "exact", "hostages", "people held at the Indonesian consulate", None),
       C("16", 16, "exact", "hostages", "children held at the consulate", None),
       C("Some 300", 300, "about", "troops", "marines and police around the train", None)]),

    P("d95_037",
      "DACCA, Oct 2 (Kyodo) -- Japanese Red Army hijackers holding a Japan Air Lines DC-8 at "
      "Dacca airport freed 59 more hostages on Sunday after receiving a ransom of 6 million "
      "dollars and six prisoners flown in from Tokyo, officials at the airport said. The five "
      "hijackers still held 36 passengers and crew, including the captain, when the plane took "
      "off for an unknown destination in the evening, the officials said. Of the nine prisoners "
      "whose release the hijackers had demanded, three refused to leave Japan, the Justice "
      "Ministry in Tokyo said. The plane had 156 people on board when it was seized shortly "
      "after leaving Bombay on Wednesday. During a mutiny by air force troops at the airport "
      "earlier in the day, at least 11 officers were killed, according to Bangladeshi officials.",
      [C("59", 59, "exact", "hostages", "hostages freed in Dacca", "officials at the airport"),
       C("six", 6, "exact", "detained", "prisoners flown from Tokyo", "officials at the airport",
         ctx="six prisoners"),
       C("five", 5, "exact", "troops", "hijackers", "the officials", cat_alt=["other"],
         attr_alt=["officials at the airport"]),
       C("36", 36, "exact", "hostages", "passengers and crew still held", "the officials",
         attr_alt=["officials at the airport"]),
       C("nine", 9, "exact", "detained", "prisoners whose release was demanded",
         "the Justice Ministry in Tokyo"),
       C("three", 3, "exact", "detained", "prisoners who refused to leave",
         "the Justice Ministry in Tokyo"),
       C("156", 156, "exact", "hostages", "people on board when the plane was seized", None,
         cat_alt=["other"]),
       C("at least 11", 11, "at_least", "killed", "officers killed in the mutiny",
         "Bangladeshi officials")]),

    P("d95_038",
      "NEW DELHI, July 23, 2004 (PTI) - Militants in Iraq have threatened to behead three Indian "
      "truck drivers, along with three Kenyans and an Egyptian, unless their Kuwaiti employer "
      "pulls out of the country, the External Affairs Ministry said on Friday. The seven "
      "drivers, who work for the Kuwait and Gulf Link Transport Company, were seized on "
      "Wednesday on the road from the Jordanian border. About 90 Indians are employed by the "
      "company in Iraq, an official said. Nearly 4,000 Indians are thought to be working in Iraq "
      "despite a government advisory against travel there, according to ministry estimates. "
      "\"We are in touch with all concerned,\" the ministry spokesman said.",
      [C("three", 3, "exact", "hostages", "Indian drivers held", "the External Affairs Ministry",
         ctx="three Indian"),
       C("three", 3, "exact", "hostages", "Kenyan drivers held", "the External Affairs Ministry",
         ctx="three Kenyans"),
       C("seven", 7, "exact", "hostages", "drivers seized", "the External Affairs Ministry",
         attr_alt=[None]),
       C("About 90", 90, "about", "population", "Indians employed by the company in Iraq",
         "an official", cat_alt=["other"]),
       C("Nearly 4,000", 4000, "about", "population", "Indians working in Iraq",
         "ministry estimates", cat_alt=["other"], attr_alt=["the External Affairs Ministry"])],
      published="2004-07-23"),

    # --- Only non-claims ---------------------------------------------------------------------------
    P("d95_039",
      "SAN FRANCISCO (AP) — Patricia Hearst, 22, was convicted Saturday of armed bank robbery by "
      "a federal jury that deliberated for about 12 hours over two days. The newspaper heiress, "
      "kidnapped from her Berkeley apartment by the Symbionese Liberation Army in February 1974, "
      "faces up to 35 years in prison and fines of up to $15,000. Her lawyer, F. Lee Bailey, "
      "said she would appeal and that she had been brainwashed during 57 days in a closet. The "
      "verdict came almost two years after the robbery of a Hibernia Bank branch, where she was "
      "filmed holding a carbine.",
      []),
]

PASSAGES = PART1 + PART2 + PART3 + PART4


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d95_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=39)
