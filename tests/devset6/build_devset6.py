"""Source of the sixth development set: writes ``passages.jsonl`` next to it.

Forty short passages (2-6 sentences), written for this set in the style of wire, broadcaster,
local-paper and live-blog copy (none copied from an article), on wars, terror attacks,
kidnappings, protests and crackdowns not used in the earlier development sets, annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset4``, the annotations of
``tests/devset5`` and this set's README. Figures follow contemporary reports loosely; the set
tests extraction, not facts.

Run ``python tests/devset6/build_devset6.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

ZELENSKIY = "President Volodymyr Zelenskiy"
KLYMENKO = "Interior Minister Ihor Klymenko"
KIA = "a spokesman for the Kachin Independence Army"
HOUTHI_COUNCIL = "the group's Supreme Political Council"
HOUTHI_MOI = "the Houthi-run interior ministry"
SUDAN_MOH = "Sudan's health ministry"
ACLED = "Figures from the Armed Conflict Location & Event Data Project"
WFP = "The World Food Programme"
SYRIA_MOH = "Syria's health ministry spokesman"
HEALTH_OFFICIAL = "a provincial health official"
PASHINYAN = "Prime Minister Nikol Pashinyan"
KNCHR = "the state-funded Kenya National Commission on Human Rights"
OHCHR = "the U.N. human rights office"
DACIC = "Interior Minister Ivica Dačić"
SNHR = "The Syrian Network for Human Rights"
UN_INQUIRY = "a preliminary U.N. investigation"
HOUNGBEDJI = "government spokesman Wilfried Houngbedji"
MELIKOV = "regional governor Sergei Melikov"
STUDENTS = "the students' association"
VILLARREAL = "Tamaulipas Governor Américo Villarreal"
EDER = "Mayor Alejandro Eder"
IOM = "the International Organization for Migration"
ADAN = "Health Minister Ali Haji Adan"
SBU = "Ukraine's SBU security service"
SYNIEHUBOV = "regional governor Oleh Syniehubov"
NAQVI = "Interior Minister Mohsin Naqvi"
PAK_ARMY = "Pakistan's military"
MUJAHID = "Taliban spokesman Zabihullah Mujahid"
TKACHENKO = "Kyiv city military administration head Tymur Tkachenko"
AIR_FORCE = "Ukraine's air force"

PASSAGES = [
    P("d6_001",
      "POLTAVA, Ukraine, Sept 3, 2024 (Reuters) - Two Russian ballistic missiles struck a "
      "military training institute and a nearby hospital in the central Ukrainian city of "
      "Poltava on Tuesday, killing at least 41 people and wounding more than 180, President "
      "Volodymyr Zelenskiy said. The missiles hit minutes after an air raid alert sounded, "
      "leaving cadets little time to reach shelters, the defence ministry said. Eleven people were "
      "pulled alive from the rubble, and 18 may still be trapped under a collapsed section of one "
      "of the institute's buildings, according to the emergency service. Ukraine declared three "
      "days of mourning.",
      [C("Two", 2, "exact", "munitions", "ballistic missiles", ZELENSKIY, attr_alt=[None]),
       C("at least 41", 41, "at_least", "killed", "people", ZELENSKIY),
       C("more than 180", 180, "more_than", "injured", "people", ZELENSKIY),
       C("Eleven", 11, "exact", "other", "people pulled alive from the rubble",
         "the emergency service"),
       C("18", 18, "exact", "missing", "people feared trapped", "the emergency service",
         cat_alt=["other"])],
      published="2024-09-03"),
    P("d6_002",
      "Russian missile strike on Chernihiv kills 17\n"
      "Three Russian missiles slammed into the centre of the northern Ukrainian city of Chernihiv "
      "on Wednesday morning, hitting an eight-storey building near a hospital. By evening the toll "
      "had risen to 17, with 61 people wounded, among them three children, Interior Minister Ihor "
      "Klymenko wrote on Telegram. 'If Ukraine had received enough air defence equipment, this "
      "would not have happened,' Zelenskiy said in his nightly address.",
      [C("17", 17, "exact", "killed", "people", None, ctx="kills 17"),
       C("Three", 3, "exact", "munitions", "Russian missiles", None),
       C("17", 17, "exact", "killed", "people", KLYMENKO, ctx="risen to 17"),
       C("61", 61, "exact", "injured", "people", KLYMENKO),
       C("three", 3, "exact", "injured", "children", KLYMENKO)]),
    P("d6_003",
      "Security forces opened fire on worshippers and protesters after Friday prayers in "
      "Zahedan, the capital of Iran's Sistan-Baluchestan province, on Sept. 30, 2022. Amnesty "
      "International said at least 66 people were killed that day, children among them, and that "
      "the toll later rose to 82 with further killings in the nearby city of Khash. Iranian state "
      "media, citing provincial officials, put the death toll at 19, including members of the "
      "Revolutionary Guards. Haalvsh, a Baluch rights group, said at least 16 children were among "
      "the dead, and that hundreds of residents were arrested in the weeks that followed.",
      [C("at least 66", 66, "at_least", "killed", "people in Zahedan", "Amnesty International"),
       C("82", 82, "exact", "killed", "people in Zahedan and Khash", "Amnesty International"),
       C("19", 19, "exact", "killed", "people", "provincial officials",
         attr_alt=["Iranian state media"]),
       C("at least 16", 16, "at_least", "killed", "children", "Haalvsh"),
       C("hundreds", 100, "vague", "detained", "residents arrested", "Haalvsh")]),
    P("d6_004",
      "PARACHINAR, Pakistan (AP) — Gunmen opened fire on a convoy of vehicles carrying Shiite "
      "Muslims in Pakistan's northwestern Kurram district on Thursday, killing at least 42 people, "
      "among them six women and three children, a local police official said. The convoy of "
      "around 200 vehicles was traveling under police escort from Parachinar to Peshawar. Another "
      "16 were wounded, 11 of them critically, said Javedullah Mehsud, the deputy commissioner. "
      "Kurram, a district of around 600,000 people, has been torn by sectarian clashes over land "
      "for decades.",
      [C("at least 42", 42, "at_least", "killed", "people", "a local police official"),
       C("six", 6, "exact", "killed", "women", "a local police official"),
       C("three", 3, "exact", "killed", "children", "a local police official"),
       C("around 200", 200, "about", "other", "vehicles in the convoy", None,
         attr_alt=["a local police official"]),
       C("16", 16, "exact", "injured", "people", "Javedullah Mehsud"),
       C("11", 11, "exact", "injured", "critically wounded", "Javedullah Mehsud"),
       C("around 600,000", 600000, "about", "population", "Kurram residents", None)]),
    P("d6_005",
      "LAIZA, Myanmar (AFP) - An attack on a camp for displaced people near the Chinese border in "
      "Myanmar's northern Kachin state killed 29 people overnight, 11 of them children, a "
      "spokesman for the Kachin Independence Army told AFP. At least 56 others were wounded in the "
      "blast at the Mung Lai Hkyet camp, which had sheltered about 300 families, local rescuers "
      "said. The junta denied carrying out an air strike, saying explosives stored nearby may have "
      "blown up.",
      [C("29", 29, "exact", "killed", "people", KIA),
       C("11", 11, "exact", "killed", "children", KIA),
       C("At least 56", 56, "at_least", "injured", "people", "local rescuers"),
       C("about 300", 300, "about", "displaced", "families in the camp", None,
         cat_alt=["population"], attr_alt=["local rescuers"])]),
    P("d6_006",
      "MUSCAT, Jan 22 (Reuters) - Yemen's Houthis have released the 25 crew members of the Galaxy "
      "Leader, a car carrier they seized in the Red Sea in November 2023, and handed them over to "
      "Oman, the group's Supreme Political Council said on Wednesday. The crew — 17 Filipinos, "
      "three Bulgarians, two Ukrainians, two Mexicans and a Romanian — had been held for more "
      "than 14 months. The Philippine foreign ministry said all 17 of its nationals were in good "
      "health and would be flown home via Muscat.",
      [C("25", 25, "exact", "hostages", "crew members freed", HOUTHI_COUNCIL),
       C("17", 17, "exact", "hostages", "Filipino crew", HOUTHI_COUNCIL, attr_alt=[None],
         ctx="17 Filipinos"),
       C("three", 3, "exact", "hostages", "Bulgarian crew", HOUTHI_COUNCIL, attr_alt=[None]),
       C("two", 2, "exact", "hostages", "Ukrainian crew", HOUTHI_COUNCIL, attr_alt=[None],
         ctx="two Ukrainians"),
       C("two", 2, "exact", "hostages", "Mexican crew", HOUTHI_COUNCIL, attr_alt=[None],
         ctx="two Mexicans"),
       C("17", 17, "exact", "hostages", "Filipino crew", "The Philippine foreign ministry",
         ctx="all 17")]),
    P("d6_007",
      "US air strikes hit a detention centre holding African migrants in the Houthi-controlled "
      "Yemeni province of Saada early on Monday, killing 68 people and wounding 47, the "
      "Houthi-run interior ministry said. The facility held 115 migrants, most of them "
      "Ethiopians, the ministry said. The US military said it was aware of the reports and was "
      "assessing them. Roughly 90,000 migrants made the crossing from the Horn of Africa to Yemen "
      "last year, according to the International Organization for Migration.",
      [C("68", 68, "exact", "killed", "migrants", HOUTHI_MOI),
       C("47", 47, "exact", "injured", "migrants", HOUTHI_MOI),
       C("115", 115, "exact", "detained", "migrants held in the centre", "the ministry",
         cat_alt=["displaced"], attr_alt=[HOUTHI_MOI]),
       C("Roughly 90,000", 90000, "about", "displaced", "migrants crossing to Yemen", IOM)]),
    P("d6_008",
      "Sudan village massacre: more than 100 dead, activists say\n"
      "Paramilitary Rapid Support Forces fighters stormed the village of Wad al-Noura in Sudan's "
      "Gezira state on Wednesday, killing more than 100 people, according to the Wad Madani "
      "Resistance Committee, a pro-democracy activist group. At least 35 of the dead were "
      "children, UNICEF said. Videos shared online showed rows of bodies wrapped in shrouds laid "
      "out in a mass grave. The war, now in its second year, has driven more than 10 million "
      "Sudanese from their homes, the UN says.",
      [C("more than 100", 100, "more_than", "killed", "villagers", "activists",
         ctx="more than 100 dead"),
       C("more than 100", 100, "more_than", "killed", "villagers",
         "the Wad Madani Resistance Committee", ctx="killing more than 100"),
       C("At least 35", 35, "at_least", "killed", "children", "UNICEF"),
       C("more than 10 million", 10000000, "more_than", "displaced", "Sudanese", "the UN")]),
    P("d6_009",
      "OMDURMAN, Sudan (Reuters) - Shelling by the Rapid Support Forces on a crowded vegetable "
      "market in Omdurman killed 56 people on Saturday and injured 158, Sudan's health ministry "
      "said. The dead included five children, 11 women and two paramedics. It was one of the "
      "deadliest attacks on the capital in months, and came as the army pressed an offensive to "
      "retake central Khartoum. Figures from the Armed Conflict Location & Event Data Project show "
      "more than 28,700 people killed across Sudan since April 2023, including 7,500 in Khartoum "
      "state.",
      [C("56", 56, "exact", "killed", "people", SUDAN_MOH),
       C("158", 158, "exact", "injured", "people", SUDAN_MOH),
       C("five", 5, "exact", "killed", "children", SUDAN_MOH, attr_alt=[None]),
       C("11", 11, "exact", "killed", "women", SUDAN_MOH, attr_alt=[None]),
       C("two", 2, "exact", "killed", "paramedics", SUDAN_MOH, attr_alt=[None]),
       C("more than 28,700", 28700, "more_than", "killed", "people across Sudan", ACLED),
       C("7,500", 7500, "exact", "killed", "people in Khartoum state", ACLED)]),
    P("d6_010",
      "Drones struck Port Sudan for a sixth consecutive day on Friday, hitting the city's main "
      "fuel depot, its port and a hotel near the residence of army chief Abdel Fattah al-Burhan. "
      "Eleven drones were launched at the city before dawn, an army spokesman said, and air "
      "defences brought down most of them. Port Sudan, spared the fighting until this month, has "
      "become home to hundreds of thousands of people who fled other parts of the country. The "
      "World Food Programme said 40 of its trucks, loaded with 1,200 tonnes of food, were stuck at "
      "the port.",
      [C("Eleven", 11, "exact", "munitions", "drones", "an army spokesman"),
       C("hundreds of thousands", 100000, "vague", "displaced", "people who fled to Port Sudan",
         None),
       C("40", 40, "exact", "aid", "WFP trucks", WFP),
       C("1,200", 1200, "exact", "aid", "tonnes of food", WFP)]),
    P("d6_011",
      "'We counted 25 martyrs and 63 wounded,' Syria's health ministry spokesman said, hours after "
      "a gunman opened fire and then blew himself up inside the Mar Elias church in the Dweilaa "
      "district of Damascus during Sunday mass. The interior ministry blamed the Islamic State "
      "group and said on Monday that six suspected members of the cell behind the attack had been "
      "arrested in raids in the Damascus countryside. Around 350 worshippers were inside at the "
      "time, a priest at the church told the Associated Press. It was the first suicide bombing in "
      "the capital since the fall of Bashar al-Assad in December.",
      [C("25", 25, "exact", "killed", "worshippers", SYRIA_MOH),
       C("63", 63, "exact", "injured", "worshippers", SYRIA_MOH),
       C("six", 6, "exact", "detained", "suspected cell members", "The interior ministry"),
       C("Around 350", 350, "about", "other", "worshippers inside", "a priest at the church")]),
    P("d6_012",
      "KHAR, Pakistan, July 31, 2023 (AFP) - The death toll from a suicide bombing at a political "
      "rally in northwestern Pakistan rose to 54 on Monday, a provincial health official said, "
      "with 23 of the dead aged under 18. Nearly 400 people had gathered under a tent for the "
      "Jamiat Ulema-e-Islam-Fazl convention in Bajaur district when the bomber struck on Sunday "
      "afternoon. Police said 83 of the wounded remained in hospital and that two suspected "
      "facilitators had been arrested. Militant attacks killed more than 1,000 people in Khyber "
      "Pakhtunkhwa province last year, according to a tally by AFP.",
      [C("54", 54, "exact", "killed", "people", HEALTH_OFFICIAL),
       C("23", 23, "exact", "killed", "minors", HEALTH_OFFICIAL),
       C("Nearly 400", 400, "about", "other", "people at the rally", None),
       C("83", 83, "exact", "injured", "wounded in hospital", "Police"),
       C("two", 2, "exact", "detained", "suspected facilitators", "Police"),
       C("more than 1,000", 1000, "more_than", "killed", "people in Khyber Pakhtunkhwa",
         "a tally by AFP")],
      published="2023-07-31"),
    P("d6_013",
      "The first convoy of aid to reach Tigray's capital since a peace deal was signed in South "
      "Africa arrived in Mekelle on Thursday, the World Food Programme said. Its 15 trucks carried "
      "about 300 tonnes of food, and a further 30 trucks with medical supplies were on their way, "
      "a WFP spokesman said. More than 5.2 million of the region's 6 million people need food "
      "aid, UN figures show. The federal government said it had let 'more than 35' trucks through "
      "since the agreement.",
      [C("15", 15, "exact", "aid", "aid trucks", "a WFP spokesman",
         attr_alt=["the World Food Programme"]),
       C("about 300", 300, "about", "aid", "tonnes of food", "a WFP spokesman",
         attr_alt=["the World Food Programme"]),
       C("30", 30, "exact", "aid", "trucks of medical supplies", "a WFP spokesman",
         attr_alt=["the World Food Programme"]),
       C("More than 5.2 million", 5200000, "more_than", "other", "people needing food aid",
         "UN figures", cat_alt=["population"]),
       C("6 million", 6000000, "exact", "population", "Tigray's population", "UN figures",
         attr_alt=[None]),
       C("more than 35", 35, "more_than", "aid", "aid trucks", "The federal government")]),
    P("d6_014",
      "YEREVAN, Sept 14 (Reuters) - Armenia said on Wednesday that 105 of its servicemen had been "
      "killed in two days of fighting with Azerbaijan along their shared border, the worst "
      "flare-up since their 2020 war. Baku put its own losses at 50. Prime Minister Nikol "
      "Pashinyan told parliament that Azerbaijani forces now occupied about 10 square kilometres "
      "of Armenian territory, that 192 homes had been damaged by shelling and that some 2,750 "
      "people had been evacuated from border villages, including the spa town of Jermuk. A "
      "Russian-brokered ceasefire took effect at 8 p.m.",
      [C("105", 105, "exact", "killed", "Armenian servicemen", "Armenia"),
       C("50", 50, "exact", "killed", "Azerbaijani servicemen", "Baku"),
       C("about 10", 10, "about", "other", "square kilometres occupied", PASHINYAN,
         optional=True),
       C("192", 192, "exact", "infrastructure", "homes damaged", PASHINYAN),
       C("some 2,750", 2750, "about", "displaced", "people evacuated", PASHINYAN)]),
    P("d6_015",
      "NAIROBI, July 8 (Reuters) - Thirty-one people were killed in Monday's anti-government "
      "protests across Kenya, the state-funded Kenya National Commission on Human Rights said, "
      "more than double the toll given by police. The commission said 107 people had been "
      "injured and 532 arrested in 17 of the country's 47 counties. Police put the number of dead "
      "at 11 and said 52 officers had been hurt. The protests fell on the 35th anniversary of the "
      "Saba Saba pro-democracy uprising of 1990.",
      [C("Thirty-one", 31, "exact", "killed", "people", KNCHR),
       C("107", 107, "exact", "injured", "people", "The commission", attr_alt=[KNCHR]),
       C("532", 532, "exact", "detained", "people arrested", "The commission",
         attr_alt=[KNCHR]),
       C("17", 17, "exact", "other", "counties with protests", "The commission",
         optional=True),
       C("47", 47, "exact", "other", "counties", "The commission", optional=True,
         attr_alt=[None]),
       C("11", 11, "exact", "killed", "people", "Police"),
       C("52", 52, "exact", "injured", "police officers", "Police")]),
    P("d6_016",
      "GENEVA (AP) — As many as 1,400 people may have been killed in Bangladesh during the weeks "
      "of protests that toppled Prime Minister Sheikh Hasina last year, most of them shot by "
      "security forces, the U.N. human rights office said in a report Wednesday. Children made up "
      "12-13% of the dead, the report found, and 44 police officers were also killed. Police and "
      "the paramilitary Rapid Action Battalion arrested more than 11,700 people, U.N. rights chief "
      "Volker Türk said. Hasina, 77, has been in exile in India since Aug. 5.",
      [C("As many as 1,400", 1400, "at_most", "killed", "people", OHCHR),
       C("12-13%", 12, "range", "killed", "share of the dead who were children", "the report",
         high=13, optional=True, attr_alt=[OHCHR]),
       C("44", 44, "exact", "killed", "police officers", "the report", attr_alt=[OHCHR]),
       C("more than 11,700", 11700, "more_than", "detained", "people arrested",
         "U.N. rights chief Volker Türk")]),
    P("d6_017",
      "TBILISI, Oct 5, 2025 (AFP) - Georgian riot police used water cannon and pepper spray to "
      "disperse protesters who tried to storm the presidential palace in Tbilisi on Saturday "
      "evening, as tens of thousands rallied against the ruling Georgian Dream party on the day "
      "of local elections. Some 2,000 police had been deployed around the palace, local media "
      "reported. The interior ministry said 21 police officers had been hurt, and that five "
      "opposition figures had been detained on charges of attempting to overthrow the "
      "constitutional order. Rights groups say more than 400 people have been arrested since "
      "protests began last November. Georgian Dream won 71 percent of the vote in the capital's "
      "mayoral race, according to the election commission.",
      [C("tens of thousands", 10000, "vague", "other", "protesters", None),
       C("Some 2,000", 2000, "about", "troops", "police deployed", "local media"),
       C("21", 21, "exact", "injured", "police officers", "The interior ministry"),
       C("five", 5, "exact", "detained", "opposition figures", "The interior ministry"),
       C("more than 400", 400, "more_than", "detained", "people arrested since November",
         "Rights groups")],
      published="2025-10-05"),
    P("d6_018",
      "Serbian police detained 47 people overnight after clashes between anti-government "
      "protesters and supporters of the ruling Serbian Progressive Party in several towns, "
      "Interior Minister Ivica Dačić said on Thursday. He said 27 police officers were injured, "
      "three of them seriously. Students who have led nine months of protests since a railway "
      "station canopy collapsed in Novi Sad, killing 16 people, accused the police of standing by "
      "as masked men attacked demonstrators in Vrbas and Bačka Palanka.",
      [C("47", 47, "exact", "detained", "people", DACIC),
       C("27", 27, "exact", "injured", "police officers", DACIC, attr_alt=["He"]),
       C("three", 3, "exact", "injured", "seriously injured officers", DACIC, attr_alt=["He"]),
       C("16", 16, "exact", "killed", "people in the canopy collapse", None,
         attr_alt=["Students"])]),
    P("d6_019",
      "Rebels who seized Damascus on Sunday threw open the gates of Sednaya, the military prison "
      "north of the capital that rights groups call a 'human slaughterhouse', and freed thousands "
      "of detainees, some of whom had been held since the 1980s. The White Helmets rescue group "
      "said it had found 40 bodies bearing signs of torture in a military hospital morgue, and "
      "that its teams were searching for hidden cells. The Syrian Network for Human Rights "
      "estimates that more than 136,000 people remain detained or forcibly disappeared by the "
      "Assad government. Amnesty International has said as many as 13,000 people were executed at "
      "Sednaya between 2011 and 2015.",
      [C("thousands", 1000, "vague", "detained", "detainees freed", None),
       C("40", 40, "exact", "killed", "bodies found", "The White Helmets rescue group"),
       C("more than 136,000", 136000, "more_than", "detained", "people detained or disappeared",
         SNHR, cat_alt=["missing"]),
       C("as many as 13,000", 13000, "at_most", "killed", "people executed at Sednaya",
         "Amnesty International")]),
    P("d6_020",
      "ERBIL, Iraq (Reuters) - Drones struck three oil fields in Iraq's Kurdistan region on "
      "Wednesday, the latest in a string of attacks that have cut the region's crude output by "
      "about 200,000 barrels per day, Kurdish officials said. No casualties were reported. The "
      "region's interior ministry said 23 drone attacks had targeted oil and gas facilities, "
      "airports and military bases over the last month, blaming Iran-backed militias, which "
      "denied involvement. Two people were reported killed in an earlier strike near Erbil "
      "airport.",
      [C("three", 3, "exact", "other", "oil fields struck", "Kurdish officials",
         cat_alt=["infrastructure"]),
       C("about 200,000", 200000, "about", "other", "barrels per day of lost output",
         "Kurdish officials", optional=True),
       C("23", 23, "exact", "other", "drone attacks", "The region's interior ministry",
         cat_alt=["munitions"]),
       C("Two", 2, "exact", "killed", "people", None)]),
    P("d6_021",
      "KUNDUZ, Afghanistan (AP) — A suicide bomber attacked a mosque packed with Shiite worshippers "
      "during Friday prayers in the northern city of Kunduz, killing at least 46 people and "
      "wounding 143, according to a U.N. official. A Taliban police spokesman gave a lower toll, "
      "saying 'dozens' had died. The Islamic State affiliate known as IS-K claimed the bombing. "
      "Shiite Hazaras make up about 9% of Afghanistan's population of 38 million.",
      [C("at least 46", 46, "at_least", "killed", "worshippers", "a U.N. official"),
       C("143", 143, "exact", "injured", "worshippers", "a U.N. official"),
       C("dozens", 12, "vague", "killed", "worshippers", "A Taliban police spokesman"),
       C("about 9%", 9, "about", "population", "Hazara share of the population", None,
         optional=True),
       C("38 million", 38000000, "exact", "population", "Afghanistan's population", None)]),
    P("d6_022",
      "At least 131 civilians — 102 men, 17 women and 12 children — were killed by M23 rebels in "
      "the villages of Kishishe and Bambo in eastern Congo on Nov. 29 and 30, a preliminary U.N. "
      "investigation found. The victims were shot or hacked to death, and at least eight women "
      "and five girls were raped, the investigators said. The Congolese government had earlier put "
      "the toll at 272. M23, which denies targeting civilians, said eight people had been killed "
      "by stray bullets.",
      [C("At least 131", 131, "at_least", "killed", "civilians", UN_INQUIRY),
       C("102", 102, "exact", "killed", "men", UN_INQUIRY),
       C("17", 17, "exact", "killed", "women", UN_INQUIRY),
       C("12", 12, "exact", "killed", "children", UN_INQUIRY),
       C("at least eight", 8, "at_least", "other", "women raped", "the investigators",
         cat_alt=["injured"]),
       C("five", 5, "exact", "other", "girls raped", "the investigators", cat_alt=["injured"]),
       C("272", 272, "exact", "killed", "civilians", "The Congolese government"),
       C("eight", 8, "exact", "killed", "people hit by stray bullets", "M23", ctx="said eight")]),
    P("d6_023",
      "OUAGADOUGOU (AFP) - Jihadists killed dozens of soldiers and civilians in a coordinated "
      "dawn assault on the northern Burkina Faso town of Djibo on Sunday, security sources told "
      "AFP. 'More than 100 people lost their lives, most of them soldiers,' said a resident who "
      "fled the town, home to some 300,000 people, many of them displaced. The al-Qaeda-linked "
      "JNIM group claimed the attack and said it had seized 200 weapons. Burkina Faso has 2.1 "
      "million internally displaced people, according to the last official count, published in "
      "2023.",
      [C("dozens", 12, "vague", "killed", "soldiers and civilians", "security sources"),
       C("More than 100", 100, "more_than", "killed", "people", "a resident who fled the town"),
       C("some 300,000", 300000, "about", "population", "Djibo residents", None,
         attr_alt=["a resident who fled the town"]),
       C("200", 200, "exact", "munitions", "weapons seized", "The al-Qaeda-linked JNIM group",
         cat_alt=["other"]),
       C("2.1 million", 2100000, "exact", "displaced", "internally displaced people",
         "the last official count")]),
    P("d6_024",
      "Benin says 54 soldiers killed in jihadist attack near Niger border\n"
      "COTONOU (Reuters) - Fifty-four Beninese soldiers were killed in an attack on two army "
      "positions in the W National Park, near the borders with Niger and Burkina Faso, government "
      "spokesman Wilfried Houngbedji said on Tuesday. It was the deadliest attack on the country's "
      "forces to date. JNIM, which claimed it, said it had killed 70 soldiers. Benin has deployed "
      "nearly 3,000 troops in the north under Operation Mirador.",
      [C("54", 54, "exact", "killed", "soldiers", "Benin"),
       C("Fifty-four", 54, "exact", "killed", "Beninese soldiers", HOUNGBEDJI),
       C("two", 2, "exact", "other", "army positions attacked", HOUNGBEDJI, optional=True,
         cat_alt=["infrastructure"]),
       C("70", 70, "exact", "killed", "soldiers", "JNIM"),
       C("nearly 3,000", 3000, "about", "troops", "Beninese troops in the north", None)]),
    P("d6_025",
      "MAKHACHKALA, Russia, June 24, 2024 (Reuters) - Gunmen attacked two Orthodox churches, two "
      "synagogues and a police post in Russia's North Caucasus region of Dagestan on Sunday, "
      "killing at least 20 people, including 15 police officers and five civilians, regional "
      "governor Sergei Melikov said. An Orthodox priest, Nikolai Kotelnikov, 66, had his throat "
      "cut in Derbent. Six of the attackers were 'eliminated', the National Anti-Terrorism "
      "Committee said. Melikov declared three days of mourning in the republic.",
      [C("two", 2, "exact", "other", "churches attacked", MELIKOV, ctx="two Orthodox",
         cat_alt=["infrastructure"], attr_alt=[None]),
       C("two", 2, "exact", "other", "synagogues attacked", MELIKOV, ctx="two synagogues",
         cat_alt=["infrastructure"], attr_alt=[None]),
       C("at least 20", 20, "at_least", "killed", "people", MELIKOV),
       C("15", 15, "exact", "killed", "police officers", MELIKOV),
       C("five", 5, "exact", "killed", "civilians", MELIKOV),
       C("Six", 6, "exact", "killed", "attackers", "the National Anti-Terrorism Committee")],
      published="2024-06-24"),
    P("d6_026",
      "MAKURDI, Nigeria (AP) — Gunmen ambushed a bus carrying 20 medical students and a doctor to a "
      "convention in southeastern Nigeria and abducted all of them, the students' association "
      "said Saturday. The kidnappers have demanded a ransom of 50 million naira ($30,000), the "
      "association's president said. Police said 200 officers and soldiers had been deployed to "
      "search the forests around Otukpo. More than 1,400 students have been abducted from "
      "Nigerian schools since the kidnapping of 276 schoolgirls in Chibok in 2014, according to "
      "Amnesty International.",
      [C("20", 20, "exact", "hostages", "medical students abducted", STUDENTS),
       C("200", 200, "exact", "troops", "police and soldiers deployed", "Police"),
       C("More than 1,400", 1400, "more_than", "hostages", "students abducted since 2014",
         "Amnesty International"),
       C("276", 276, "exact", "hostages", "Chibok schoolgirls", "Amnesty International",
         attr_alt=[None])]),
    P("d6_027",
      "Two of the four Americans kidnapped by gunmen in the Mexican border city of Matamoros have "
      "been found dead and the other two alive, one of them wounded, Tamaulipas Governor Américo "
      "Villarreal said on Tuesday. 'They were moved from place to place and held for three days,' "
      "he said. One suspect, a 24-year-old man, was in custody. A Mexican woman was killed by a "
      "stray bullet during the abduction, officials said.",
      [C("Two", 2, "exact", "killed", "kidnapped Americans", VILLARREAL, cat_alt=["hostages"]),
       C("four", 4, "exact", "hostages", "Americans kidnapped", VILLARREAL),
       C("two", 2, "exact", "hostages", "Americans found alive", VILLARREAL, ctx="other two"),
       C("one", 1, "exact", "injured", "freed American wounded", VILLARREAL, optional=True),
       C("One", 1, "exact", "detained", "suspect in custody", VILLARREAL, attr_alt=[None])]),
    P("d6_028",
      "BOGOTA, Aug 22 (Reuters) - Colombia was reeling on Friday from two attacks that killed 19 "
      "people within hours of each other. A truck packed with explosives blew up near a military "
      "aviation school in the southwestern city of Cali, killing six civilians and wounding more "
      "than 70, Mayor Alejandro Eder said. In the northwestern municipality of Amalfi, 13 police "
      "officers died when a drone attack brought down the helicopter carrying them to a coca "
      "eradication operation, according to the defence ministry. It said the officers had been "
      "sent to destroy some 40 hectares of coca.",
      [C("two", 2, "exact", "other", "attacks", None, optional=True),
       C("19", 19, "exact", "killed", "people", None),
       C("six", 6, "exact", "killed", "civilians in Cali", EDER),
       C("more than 70", 70, "more_than", "injured", "people in Cali", EDER),
       C("13", 13, "exact", "killed", "police officers in Amalfi", "the defence ministry"),
       C("some 40", 40, "about", "other", "hectares of coca", "the defence ministry",
         optional=True)]),
    P("d6_029",
      "IRAPUATO, Mexico (AP) — Gunmen opened fire on people dancing and drinking at a street party "
      "in the central Mexican city of Irapuato late Wednesday, killing 12 and wounding 20, city "
      "officials said. Guanajuato, a state of some 6.2 million people, recorded more homicides "
      "than any other Mexican state last year — 2,982, according to the government's public "
      "security office — and more than 3,800 people are listed as missing there, according to the "
      "national registry. President Claudia Sheinbaum said her government would send more "
      "National Guard troops.",
      [C("12", 12, "exact", "killed", "partygoers", "city officials"),
       C("20", 20, "exact", "injured", "partygoers", "city officials"),
       C("some 6.2 million", 6200000, "about", "population", "Guanajuato residents", None),
       C("2,982", 2982, "exact", "killed", "homicides in Guanajuato",
         "the government's public security office"),
       C("more than 3,800", 3800, "more_than", "missing", "people missing in Guanajuato",
         "the national registry")]),
    P("d6_030",
      "PORT-AU-PRINCE, Haiti (AP) — Gang members stormed the central Haitian town of Mirebalais "
      "overnight, setting homes ablaze and freeing more than 500 inmates from its prison, "
      "authorities said Tuesday. The U.N. said some 5,000 people had fled the town, joining more "
      "than a million Haitians already uprooted by gang violence. A local official gave a grim "
      "tally: at least 15 bodies in the streets, among them two nuns, 23 people wounded and dozens "
      "of residents unaccounted for.",
      [C("more than 500", 500, "more_than", "detained", "inmates freed", "authorities",
         cat_alt=["other"]),
       C("some 5,000", 5000, "about", "displaced", "people who fled Mirebalais", "The U.N."),
       C("more than a million", 1000000, "more_than", "displaced", "Haitians uprooted",
         "The U.N."),
       C("at least 15", 15, "at_least", "killed", "bodies in the streets", "A local official"),
       C("two", 2, "exact", "killed", "nuns", "A local official"),
       C("23", 23, "exact", "injured", "people", "A local official"),
       C("dozens", 12, "vague", "missing", "residents unaccounted for", "A local official")]),
    P("d6_031",
      "MAPUTO (Reuters) - Islamic State-linked insurgents killed at least two wildlife scouts and "
      "several other people in an attack on a hunting camp inside Mozambique's Niassa Special "
      "Reserve, the reserve's management said on Wednesday, in the group's deepest push yet into "
      "the north-western province. Around 40 employees were evacuated by air. Local authorities "
      "said around 6,000 villagers had fled their homes in Mecula district. The insurgency, which "
      "began in 2017, has displaced about 1.3 million people in northern Mozambique, according to "
      "the International Organization for Migration.",
      [C("at least two", 2, "at_least", "killed", "wildlife scouts", "the reserve's management"),
       C("Around 40", 40, "about", "displaced", "employees evacuated", "the reserve's management",
         attr_alt=[None]),
       C("around 6,000", 6000, "about", "displaced", "villagers who fled", "Local authorities"),
       C("about 1.3 million", 1300000, "about", "displaced", "people in northern Mozambique",
         IOM)]),
    P("d6_032",
      "MOGADISHU, Aug 21, 2022 (AFP) - Somali security forces ended a 30-hour siege of the Hayat "
      "hotel in Mogadishu overnight, killing all the al-Shabaab gunmen holed up inside. The "
      "attack left 21 people dead, including three security officers, and 117 injured, 15 of them "
      "seriously, Health Minister Ali Haji Adan said on Sunday. Police commander Abdi Hassan Hijar "
      "said 106 people, including women and children, had been rescued from the building. It was "
      "the largest attack in the capital since President Hassan Sheikh Mohamud took office in May.",
      [C("21", 21, "exact", "killed", "people", ADAN, ctx="left 21"),
       C("three", 3, "exact", "killed", "security officers", ADAN),
       C("117", 117, "exact", "injured", "people", ADAN),
       C("15", 15, "exact", "injured", "seriously injured", ADAN),
       C("106", 106, "exact", "other", "people rescued", "Police commander Abdi Hassan Hijar")],
      published="2022-08-21"),
    P("d6_033",
      "Ukraine's SBU security service said on Sunday that 117 drones, smuggled into Russia hidden "
      "in wooden cabins on lorries, had been used in the operation, and that 41 aircraft had been "
      "hit at four air bases: Olenya, Belaya, Dyagilevo and Ivanovo. It put the damage at $7 "
      "billion. Russia's defence ministry acknowledged fires at airfields in the Murmansk and "
      "Irkutsk regions and said 'several' planes had been damaged. Satellite images reviewed by "
      "analysts showed at least 13 aircraft destroyed, among them Tu-95 and Tu-22M3 bombers.",
      [C("117", 117, "exact", "munitions", "Ukrainian drones", SBU),
       C("41", 41, "exact", "munitions", "Russian aircraft hit", SBU, cat_alt=["other"]),
       C("four", 4, "exact", "other", "air bases struck", SBU, optional=True,
         cat_alt=["infrastructure"]),
       C("at least 13", 13, "at_least", "munitions", "aircraft destroyed",
         "Satellite images reviewed by analysts", cat_alt=["other"], attr_alt=["analysts"])]),
    P("d6_034",
      "KUPIANSK, Ukraine — Authorities in Ukraine's Kharkiv region ordered the mandatory "
      "evacuation of families with children from 37 more settlements near Kupiansk on Friday as "
      "Russian forces pressed toward the city. About 1,900 children remain in the area, regional "
      "governor Oleh Syniehubov said. Kupiansk, which had roughly 27,000 residents before the "
      "full-scale invasion, now has about 2,000 left, he added, most of them elderly. Russian "
      "forces fired more than 400 shells and dropped 12 guided bombs on the district over the past "
      "day, the regional police said.",
      [C("37", 37, "exact", "other", "settlements under evacuation order", None, optional=True),
       C("About 1,900", 1900, "about", "population", "children remaining", SYNIEHUBOV,
         cat_alt=["other"]),
       C("roughly 27,000", 27000, "about", "population", "Kupiansk residents before the war",
         None, attr_alt=[SYNIEHUBOV]),
       C("about 2,000", 2000, "about", "population", "Kupiansk residents left", SYNIEHUBOV),
       C("more than 400", 400, "more_than", "munitions", "shells", "the regional police"),
       C("12", 12, "exact", "munitions", "guided bombs", "the regional police")]),
    P("d6_035",
      "ISLAMABAD (Reuters) - Pakistani authorities arrested nearly 1,000 supporters of jailed "
      "former prime minister Imran Khan as they marched on the capital, Interior Minister Mohsin "
      "Naqvi said on Tuesday, and deployed some 20,000 police and paramilitary troops to seal off "
      "the city centre with shipping containers. Four members of the security forces were killed "
      "and 49 injured when a vehicle rammed into them on a highway, the minister said. Khan's "
      "party, Pakistan Tehreek-e-Insaf, said at least eight of its workers had been shot dead, a "
      "claim the government denied.",
      [C("nearly 1,000", 1000, "about", "detained", "Khan supporters", NAQVI),
       C("some 20,000", 20000, "about", "troops", "police and paramilitary troops", NAQVI,
         attr_alt=[None]),
       C("Four", 4, "exact", "killed", "security forces members", "the minister",
         attr_alt=[NAQVI]),
       C("49", 49, "exact", "injured", "security forces members", "the minister",
         attr_alt=[NAQVI]),
       C("at least eight", 8, "at_least", "killed", "PTI workers", "Pakistan Tehreek-e-Insaf",
         attr_alt=["Khan's party"])]),
    P("d6_036",
      "Twenty-three Pakistani soldiers were killed in overnight clashes with Afghan Taliban forces "
      "along the border, Pakistan's military said on Sunday, adding that its troops had killed "
      "more than 200 Taliban and affiliated militants and captured 19 Afghan posts. Kabul gave a "
      "different account: Taliban spokesman Zabihullah Mujahid said 58 Pakistani soldiers had died "
      "and nine Afghan fighters were killed. Both sides closed the main crossings at Torkham and "
      "Chaman, leaving hundreds of trucks stranded.",
      [C("Twenty-three", 23, "exact", "killed", "Pakistani soldiers", PAK_ARMY),
       C("more than 200", 200, "more_than", "killed", "Taliban and affiliated militants",
         PAK_ARMY),
       C("19", 19, "exact", "other", "Afghan posts captured", PAK_ARMY,
         cat_alt=["infrastructure"]),
       C("58", 58, "exact", "killed", "Pakistani soldiers", MUJAHID),
       C("nine", 9, "exact", "killed", "Afghan fighters", MUJAHID),
       C("hundreds", 100, "vague", "other", "trucks stranded", None, cat_alt=["aid"])]),
    P("d6_037",
      "Live: Russia's overnight attack on Kyiv\n"
      "09:12 Death toll rises to 16, including a six-year-old boy, Kyiv city military "
      "administration head Tymur Tkachenko says.\n"
      "08:40 Ukraine's air force says Russia launched 309 drones and eight Kh-101 cruise missiles "
      "overnight; 288 drones and three missiles were shot down or jammed.\n"
      "08:05 At least 124 people injured, among them 12 children, Interior Minister Ihor Klymenko "
      "says. Rescuers are still searching the rubble of a nine-storey building in the "
      "Sviatoshynskyi district.",
      [C("16", 16, "exact", "killed", "people", TKACHENKO),
       C("309", 309, "exact", "munitions", "drones launched", AIR_FORCE),
       C("eight", 8, "exact", "munitions", "cruise missiles launched", AIR_FORCE),
       C("288", 288, "exact", "munitions", "drones downed", AIR_FORCE),
       C("three", 3, "exact", "munitions", "missiles downed", AIR_FORCE),
       C("At least 124", 124, "at_least", "injured", "people", KLYMENKO),
       C("12", 12, "exact", "injured", "children", KLYMENKO, ctx="12 children")]),
    P("d6_038",
      "The International Criminal Court sentenced Al Hassan Ag Abdoul Aziz, 46, to 10 years in "
      "prison on Wednesday for war crimes committed in Timbuktu in 2012 and 2013, when the city "
      "was held by Islamist militants. Judges said he would be credited with the time he had "
      "spent in custody since 2018. The ruling, read out over two hours, can be appealed within "
      "30 days.",
      []),
    P("d6_039",
      "No one was hurt when a drone crashed onto the roof of a nine-storey apartment block in the "
      "Lithuanian capital, Vilnius, at about 3:15 a.m. on Saturday, police said. The device, "
      "believed to be a Gerbera decoy, had flown more than 100 km from Belarus. It was one of the "
      "first such incidents in the Baltic state, and the army said none of its radars had picked "
      "it up.",
      []),
    P("d6_040",
      "Kenyan lawmakers voted 195 to 106 on Tuesday to pass the Finance Bill 2024, which would "
      "raise about 346 billion shillings ($2.7 billion) in new taxes, including a 16% value-added "
      "tax on bread. The bill now goes to President William Ruto, 57, who has 14 days to sign it. "
      "Shares on the Nairobi Securities Exchange fell 1.8% by the close at 3 p.m.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d6_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
