"""Source of the sixty-first development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) of plain wire and newspaper copy on wars and armed conflicts
between 2000 and 2026: air strikes, shelling, ambushes, suicide bombings, frontline updates,
prisoner swaps and casualty updates from ministries, armies, war monitors, UN missions and
hospitals, in the styles of Reuters, AP, AFP, Xinhua, Anadolu and regional papers and
broadcasters. Written for this set (none copied from an article) and annotated by hand and blind
by the project's gold conventions (``gold/README.md`` of the shared folder) and the decisions
recorded in the READMEs of the earlier sets. Figures follow contemporary reports loosely and some
details are invented; the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset61/build_devset61.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 61)] + ["holdout", "holdout2",
                                                                 "holdout3"]

KHERSON_HEAD = "the head of the regional military administration"
YANUSHEVYCH = "Yaroslav Yanushevych"
KACHALLA = ("Usman Kachalla, head of operations at the State Emergency Management Agency "
            "(SEMA)")
SAMS = "The Syrian American Medical Society"
SOHR = "the Britain-based Syrian Observatory for Human Rights"
UNAMA = "the U.N. mission in Afghanistan"
LB_ARMY = "an army statement"

PS_MOH = "the Palestinian Health Ministry"
ALHADA = "Interior Minister Alkache Alhada"
ACLED = "the Armed Conflict Location & Event Data Project (ACLED)"
ASIM = "Lady Reading Hospital spokesman Muhammad Asim"
IJAZ = "Capital City Police Officer Muhammad Ijaz Khan"
ANSARI = "provincial police chief Moazzam Jah Ansari"
KHOGYANI = "Attaullah Khogyani"

ABADI = "Prime Minister Haider al-Abadi"
KURD_CMDR = "A Kurdish military commander"
IOM_FULL = "the International Organization for Migration"
NAJAF_HOSP = "Hospital officials"
SCIRI = ("an official of Hakim's Supreme Council for the Islamic Revolution in Iraq "
         "(SCIRI)")
HAWARI = "Mohammed Hawari"
SOHR_UK = "The Syrian Observatory for Human Rights"
KHODR = "the region's governor, Bachir Khodr"
LB_MOH = "Lebanon's Health Ministry"
MDA = "Israel's Magen David Adom ambulance service"

REZNICHENKO = "Dnipropetrovsk Oblast Governor Valentyn Reznichenko"
KYRYLENKO = "Donetsk regional Gov. Pavlo Kyrylenko"
DSNS = "the State Emergency Service"
HUTHI_SOURCES = "Two sources close to the rebels"
HUTHI_MOH = "the Huthi-run health ministry"
GNA = "the Tripoli-based government"
OMAR = "Mohamed Omar"
UN_LY = "The United Nations"
RU_MVD = "The Interior Ministry"

DIYALA_OFFICER = "A police officer in Diyala province"
DGMO = "Director General of Military Operations Lt Gen Ranbir Singh"
YE_OFFICIAL = "a military official"
GONDAR_DOCTOR = "A doctor at the hospital in Gondar"
IOM_SD = "the International Organization for Migration (IOM)"
SENNAR_DOCTOR = "A doctor in Sennar town"

IQ_MIGRATION = "Iraq's ministry of migration"
BADR = "A commander of the Badr militia"
LVIV_GOV = "the regional governor"
KOZYTSKYI = "Maksym Kozytskyi"
RU_MOD = "Russia's defence ministry"
KOVAL = "the head of the regional administration, Vitaliy Koval"
OHCHR = "the UN human rights office"
GAZA_MOH = "the Gaza health ministry"
OCHA = "The UN humanitarian office OCHA"
BOGOMAZ = "Governor Alexander Bogomaz"
KHINSHTEIN = "Kursk's acting governor, Alexander Khinshtein"

UAE_MFA = "The Emirati foreign ministry"
ICRC = "the International Committee of the Red Cross"
YE_BOTH = "officials on both sides"
HRMMU = "the U.N. Human Rights Monitoring Mission in Ukraine (HRMMU)"
EDER = "Mayor Alejandro Eder"
CALI_HEALTH = "Cali's health secretary"
RS_POLICE = "police"
GMC = "officials at the Government Medical College hospital in Jammu"

WHITE_HELMETS = "the White Helmets rescue group"
SOHR_ARIHA = "The Britain-based monitor"
SANA = "state news agency SANA"
MOALIM = "police officer Mohamed Moalim"
TGS = "the Turkish General Staff"
CDF = "A CDF spokesman"
GNLM = "The junta-controlled Global New Light of Myanmar"
AAPP = "The Assistance Association for Political Prisoners (AAPP)"

PASSAGES = [
    # --- Ukraine -------------------------------------------------------------------------------
    P("d61_001",
      "KHERSON, Ukraine, Dec 24, 2022 (AFP) - Russian shelling of the centre of Kherson on "
      "Saturday killed at least 10 people and wounded 58 others, the head of the regional "
      "military administration said, as residents queued for bread on the eve of Catholic "
      "Christmas. Yaroslav Yanushevych said on Telegram that 18 of the wounded were in serious "
      "condition and had been driven to hospitals in Mykolaiv and Odesa. President Volodymyr "
      "Zelensky posted photographs of burning cars and of bodies lying beside market stalls, "
      "writing that they showed \"not military facilities\" but \"terror\". The city, which "
      "Ukrainian forces retook on November 11 after eight months of occupation, has been shelled "
      "almost daily from the left bank of the Dnipro river since. Before the invasion some "
      "280,000 people lived in Kherson; local officials estimate that fewer than 80,000 remain.",
      [C("at least 10", 10, "at_least", "killed", "people in Kherson", KHERSON_HEAD),
       C("58", 58, "exact", "injured", "people in Kherson", KHERSON_HEAD),
       C("18", 18, "exact", "injured", "seriously wounded", YANUSHEVYCH,
         attr_alt=[KHERSON_HEAD]),
       C("some 280,000", 280000, "about", "population", "pre-war residents of Kherson", None,
         attr_alt=["local officials"]),
       C("fewer than 80,000", 80000, "fewer_than", "population", "residents remaining in Kherson",
         "local officials")],
      published="2022-12-24"),

    # --- Nigeria -------------------------------------------------------------------------------
    P("d61_002",
      "MAIDUGURI, Nigeria, June 17 (Reuters) - Three suicide bombers blew themselves up outside a "
      "hall where football fans were watching a match on television in the northeast Nigerian "
      "town of Konduga, killing at least 30 people, emergency officials said on Monday. Usman "
      "Kachalla, head of operations at the State Emergency Management Agency (SEMA), said 42 "
      "people had been wounded in the Sunday night attack. A member of a civilian militia that "
      "helps the army in the area said the hall's operator had barred the bombers, two women and "
      "a man, from entering, and they had set off their explosives at the door. \"We picked up "
      "24 bodies on the spot; the others died on the way to Maiduguri,\" said Babakura Kolo, the "
      "militia leader. No group claimed the attack, but it bore the hallmarks of Boko Haram, "
      "whose decade-long insurgency has killed more than 30,000 people and forced about 2 "
      "million from their homes.",
      [C("Three", 3, "exact", "troops", "suicide bombers", "emergency officials",
         cat_alt=["other", "munitions"]),
       C("at least 30", 30, "at_least", "killed", "people in Konduga", "emergency officials"),
       C("42", 42, "exact", "injured", "people in Konduga", KACHALLA,
         attr_alt=["State Emergency Management Agency (SEMA)"]),
       C("two", 2, "exact", "troops", "women among the bombers",
         "A member of a civilian militia", optional=True, cat_alt=["other"]),
       C("24", 24, "exact", "killed", "bodies picked up at the scene", "Babakura Kolo"),
       C("more than 30,000", 30000, "more_than", "killed", "people in Boko Haram's insurgency",
         None),
       C("about 2 million", 2_000_000, "about", "displaced",
         "people forced from their homes by the insurgency", None)]),

    # --- Syria ---------------------------------------------------------------------------------
    P("d61_003",
      "BEIRUT (AP) — Artillery shells fired by Syrian government forces struck a hospital in the "
      "rebel-held town of Atareb in northwestern Syria on Sunday, killing at least six civilians, "
      "including a child, opposition activists and a medical charity said. The Syrian American "
      "Medical Society, which supports the underground surgical hospital, said 17 people were "
      "wounded, among them five staff members, and that the facility was out of service. A "
      "Russian warplane also struck near a gas facility close to the Turkish border, according "
      "to the Britain-based Syrian Observatory for Human Rights, which reported a total of seven "
      "dead in the hospital attack. The hospital had carried out about 500 operations a month, "
      "the society said. Idlib province and the surrounding countryside are home to some 4 "
      "million people, more than half of them displaced from other parts of the country.",
      [C("at least six", 6, "at_least", "killed", "civilians in Atareb",
         "opposition activists and a medical charity"),
       C("17", 17, "exact", "injured", "people in Atareb", SAMS),
       C("five", 5, "exact", "injured", "hospital staff members", SAMS),
       C("seven", 7, "exact", "killed", "people in the hospital attack", SOHR),
       C("about 500", 500, "about", "other", "operations a month", "the society",
         attr_alt=[SAMS], optional=True),
       C("some 4 million", 4_000_000, "about", "population", "people in Idlib province", None)]),

    # --- Afghanistan ---------------------------------------------------------------------------
    P("d61_004",
      "KABUL, Aug 3, 2021 (Reuters) - At least 40 civilians were killed and 118 wounded in the "
      "southern Afghan city of Lashkar Gah over the past 24 hours as Taliban fighters battled "
      "government forces street by street, the U.N. mission in Afghanistan said on Tuesday. The "
      "army's 215th Corps commander, Sami Sadat, urged residents to leave their homes so that "
      "troops could clear the insurgents, and Afghan officials said thousands had fled towards "
      "the provincial border. \"The Taliban have taken over the state radio and TV building and "
      "are using houses as firing positions,\" a member of the provincial council told Reuters, "
      "asking not to be identified. The United States has carried out at least 10 air strikes "
      "in Helmand province since late July, a Pentagon spokesman said. Roughly 200,000 people "
      "live in the city.",
      [C("At least 40", 40, "at_least", "killed", "civilians in Lashkar Gah", UNAMA),
       C("118", 118, "exact", "injured", "civilians in Lashkar Gah", UNAMA),
       C("thousands", 1000, "vague", "displaced", "residents who fled Lashkar Gah",
         "Afghan officials"),
       C("at least 10", 10, "at_least", "munitions", "U.S. air strikes in Helmand",
         "a Pentagon spokesman", cat_alt=["other"]),
       C("Roughly 200,000", 200000, "about", "population", "residents of Lashkar Gah", None)],
      published="2021-08-03"),

    # --- Lebanon -------------------------------------------------------------------------------
    P("d61_005",
      "TRIPOLI, Lebanon, Sept 2, 2007 (AFP) - The Lebanese army declared victory on Sunday over "
      "Fatah al-Islam militants holed up in the Nahr al-Bared Palestinian refugee camp, ending a "
      "15-week siege that cost the lives of 163 soldiers, according to an army statement. Troops "
      "killed 31 militants who tried to break out of the camp before dawn and captured 15 others, "
      "the army said, bringing the number of Islamists killed since May 20 to 222. Some 40 "
      "civilians have also died in the fighting, military and Palestinian sources said. The "
      "camp was home to about 31,000 Palestinian refugees before the battle, almost all of whom "
      "fled to the nearby Beddawi camp. The body of Fatah al-Islam's leader, Shaker al-Abssi, "
      "51, was not among those identified so far, an army officer told AFP.",
      [C("163", 163, "exact", "killed", "Lebanese soldiers", LB_ARMY),
       C("31", 31, "exact", "killed", "militants trying to break out", "the army",
         ctx="31 militants"),
       C("15", 15, "exact", "detained", "militants captured", "the army", ctx="15 others"),
       C("222", 222, "exact", "killed", "Islamists killed since May 20", "the army"),
       C("Some 40", 40, "about", "killed", "civilians", "military and Palestinian sources"),
       C("about 31,000", 31000, "about", "population", "Palestinian refugees in the camp", None,
         cat_alt=["displaced"])],
      published="2007-09-02"),
    # --- West Bank ----------------------------------------------------------------------------
    P("d61_006",
      "TULKARM, West Bank (AA) - The death toll from an Israeli army raid on the Nur Shams "
      "refugee camp in the northern occupied West Bank has risen to 14, the Palestinian Health "
      "Ministry said on Saturday, after the bodies of three more men were recovered from the "
      "rubble. Earlier in the day the ministry had put the toll at 11. The Palestinian Red "
      "Crescent said its crews had been prevented from reaching the wounded for hours and that "
      "at least 10 people had been taken to Thabet Thabet Hospital in Tulkarm. The Israeli army "
      "said its forces had \"eliminated\" 10 militants during the operation, which lasted more "
      "than 50 hours, and arrested 15 wanted suspects. Nine soldiers and a Border Police officer "
      "were wounded, the army said. Nur Shams is home to around 13,000 people, according to "
      "UNRWA.",
      [C("14", 14, "exact", "killed", "Palestinians in Nur Shams", PS_MOH),
       C("three", 3, "exact", "killed", "bodies recovered from the rubble", PS_MOH),
       C("11", 11, "exact", "killed", "earlier toll", "the ministry", attr_alt=[PS_MOH]),
       C("at least 10", 10, "at_least", "injured", "people taken to hospital",
         "The Palestinian Red Crescent"),
       C("10", 10, "exact", "killed", "militants", "The Israeli army", ctx="10 militants"),
       C("15", 15, "exact", "detained", "wanted suspects arrested", "The Israeli army"),
       C("Nine", 9, "exact", "injured", "Israeli soldiers", "the army",
         attr_alt=["The Israeli army"]),
       C("around 13,000", 13000, "about", "population", "residents of Nur Shams", "UNRWA",
         cat_alt=["displaced"])]),

    # --- Niger ---------------------------------------------------------------------------------
    P("d61_007",
      "NIAMEY, Nov. 4 (Xinhua) -- Sixty-nine members of a local self-defence group, including the "
      "mayor of Banibangou, were killed on Tuesday in an ambush in Niger's western Tillaberi "
      "region, the Nigerien government said Thursday. In a statement read on state television, "
      "Interior Minister Alkache Alhada said a search operation had found 69 bodies and that 15 "
      "members of the group had survived, some of them wounded. The patrol, which had set out in "
      "pursuit of \"terrorists\" who had stolen cattle and abducted two herders, was attacked near the village of Adab-Dab, "
      "about 50 km from the border with Mali, the statement said. The government declared two "
      "days of national mourning. Attacks blamed on jihadists in the \"three borders\" area "
      "killed more than 580 civilians in Tillaberi in the first nine months of this year, "
      "according to the Armed Conflict Location & Event Data Project (ACLED).",
      [C("Sixty-nine", 69, "exact", "killed", "members of a self-defence group",
         "the Nigerien government"),
       C("69", 69, "exact", "killed", "bodies found", ALHADA,
         attr_alt=["the Nigerien government"]),
       C("15", 15, "exact", "other", "members of the group who survived", ALHADA),
       C("two", 2, "exact", "hostages", "herders abducted", "the statement",
         ctx="two herders", attr_alt=[ALHADA]),
       C("more than 580", 580, "more_than", "killed", "civilians in Tillaberi", ACLED)]),

    # --- Pakistan ------------------------------------------------------------------------------
    P("d61_008",
      "Death toll in Peshawar mosque blast climbs to 100\n"
      "Published January 31, 2023 Updated February 2, 2023\n"
      "PESHAWAR: The death toll from Monday's suicide bombing inside a mosque in the city's "
      "high-security Police Lines area rose to 100 on Tuesday as rescuers pulled more bodies "
      "from the debris of the collapsed prayer hall, officials said. Lady Reading Hospital "
      "spokesman Muhammad Asim said 53 of the injured were still being treated at the facility, "
      "seven of them in critical condition, out of 221 brought in since the blast. Most of the "
      "dead were policemen who had gathered for the afternoon prayer; Capital City Police "
      "Officer Muhammad Ijaz Khan told reporters that between 300 and 400 people had been inside "
      "when the bomber struck. Investigators believe the bomber carried 10 to 12 kilogrammes of "
      "explosives. On Thursday, provincial police chief Moazzam Jah Ansari revised the toll down "
      "to 84, saying some victims had been counted twice by different hospitals.",
      [C("100", 100, "exact", "killed", "people in the Peshawar mosque blast (headline)", None,
         ctx="climbs to 100"),
       C("100", 100, "exact", "killed", "people in the Peshawar mosque blast", "officials",
         ctx="rose to 100"),
       C("53", 53, "exact", "injured", "injured still in hospital", ASIM),
       C("seven", 7, "exact", "injured", "critically injured", ASIM),
       C("221", 221, "exact", "injured", "injured brought to hospital", ASIM),
       C("between 300 and 400", 300, "range", "other", "people inside the mosque", IJAZ,
         high=400),
       C("10 to 12", 10, "range", "munitions", "kilogrammes of explosives", "Investigators",
         high=12, optional=True, cat_alt=["other"]),
       C("84", 84, "exact", "killed", "revised toll", ANSARI)],
      published="2023-01-31"),

    # --- Afghanistan ---------------------------------------------------------------------------
    P("d61_009",
      "MARJAH, Afghanistan (AP) — U.S. Marines and Afghan soldiers pushed deeper into the Taliban "
      "stronghold of Marjah on Sunday, a day after rockets fired during the offensive slammed "
      "into a house and killed 12 civilians, including six children, NATO said. The alliance said "
      "the rockets had landed 300 meters from their intended target, and President Hamid Karzai "
      "ordered an investigation. Brig. Gen. Larry Nicholson, the top Marine commander in southern "
      "Afghanistan, said his men had met pockets of stiff resistance but expected to secure the "
      "town within weeks. About 15,000 U.S., British and Afghan troops are taking part in "
      "Operation Moshtarak, the largest offensive since the 2001 invasion. Two NATO service "
      "members — an American and a Briton — have been killed so far, officials said. The Afghan "
      "Red Crescent said about 900 families had fled Marjah for the provincial capital, Lashkar "
      "Gah.",
      [C("12", 12, "exact", "killed", "civilians in a house in Marjah", "NATO"),
       C("six", 6, "exact", "killed", "children", "NATO"),
       C("About 15,000", 15000, "about", "troops", "troops in Operation Moshtarak", None),
       C("Two", 2, "exact", "killed", "NATO service members", "officials"),
       C("about 900", 900, "about", "displaced", "families who fled Marjah",
         "The Afghan Red Crescent")]),

    P("d61_010",
      "JALALABAD, Afghanistan, April 14, 2017 (AFP) - A massive US bomb dropped on Islamic State "
      "hideouts in eastern Afghanistan killed 36 militants, Afghan officials said Friday, "
      "dismissing fears of civilian casualties. The GBU-43/B Massive Ordnance Air Blast, dubbed "
      "the \"mother of all bombs\", struck a network of tunnels and caves in the Achin district "
      "of Nangarhar province on Thursday evening. \"No civilians were hurt,\" Achin district "
      "governor Esmail Shinwari told AFP. The bomb, which carries 11 tonnes of explosives, is "
      "the largest non-nuclear weapon the US has used in combat. By Saturday Attaullah Khogyani, "
      "a spokesman for the provincial governor, said the toll had risen to 94 IS fighters, "
      "among them four commanders, and that no bodies of civilians had been found.",
      [C("36", 36, "exact", "killed", "IS militants", "Afghan officials"),
       C("11", 11, "exact", "munitions", "tonnes of explosives in the bomb", None,
         optional=True, cat_alt=["other"]),
       C("94", 94, "exact", "killed", "IS fighters", KHOGYANI,
         attr_alt=["a spokesman for the provincial governor"]),
       C("four", 4, "exact", "killed", "IS commanders", KHOGYANI,
         attr_alt=["a spokesman for the provincial governor"])],
      published="2017-04-14"),

    # --- Iraq ----------------------------------------------------------------------------------
    P("d61_011",
      "BAGHDAD, Aug 27 (Reuters) - Iraqi forces have retaken most of Tal Afar from Islamic State "
      "a week after launching their offensive, the joint operations command said on Sunday, "
      "adding that the militants had been squeezed into the northern district of al-Ayadiya. "
      "Prime Minister Haider al-Abadi said 235 militants had been killed since Aug. 20 and that "
      "troops had recaptured 29 of the city's neighbourhoods. A Kurdish military commander told "
      "Reuters that some 1,000 Islamic State fighters had been in the city when the offensive "
      "began, fewer than the roughly 2,000 estimated by U.S. officials in the summer. The Iraqi "
      "military has given no toll for its own forces, but a medic at a field hospital south of "
      "the city said he had treated more than 100 wounded soldiers and paramilitary fighters. "
      "About 30,000 civilians have fled since the start of the operation, according to the "
      "International Organization for Migration, and an estimated 10,000 to 40,000 remain.",
      [C("235", 235, "exact", "killed", "Islamic State militants", ABADI),
       C("29", 29, "exact", "other", "neighbourhoods recaptured", ABADI,
         cat_alt=["infrastructure"]),
       C("some 1,000", 1000, "about", "troops", "Islamic State fighters in Tal Afar", KURD_CMDR),
       C("roughly 2,000", 2000, "about", "troops", "Islamic State fighters (earlier estimate)",
         "U.S. officials", attr_alt=[KURD_CMDR]),
       C("more than 100", 100, "more_than", "injured", "wounded soldiers and fighters",
         "a medic at a field hospital south of the city"),
       C("About 30,000", 30000, "about", "displaced", "civilians who fled Tal Afar", IOM_FULL),
       C("an estimated 10,000 to 40,000", 10000, "range", "population",
         "civilians remaining in Tal Afar", IOM_FULL, high=40000, attr_alt=[None])]),

    P("d61_012",
      "NAJAF, Iraq, Aug 29, 2003 (Reuters) - A car bomb exploded outside the Imam Ali shrine in "
      "the holy city of Najaf after Friday prayers, killing leading Shi'ite cleric Ayatollah "
      "Mohammed Baqir al-Hakim and scores of worshippers. Hospital officials said at least 82 "
      "people had been killed and 229 wounded, but an official of Hakim's Supreme Council for "
      "the Islamic Revolution in Iraq (SCIRI) put the death toll at more than 120. Witnesses said "
      "the blast gouged a crater several metres wide and set a dozen cars ablaze. U.S. forces, "
      "who number about 146,000 in Iraq, kept away from the shrine at the request of religious "
      "leaders, leaving security to Iraqi police and militia volunteers. Police said they had "
      "detained four men, two of them Iraqis and two foreigners, in connection with the attack.",
      [C("scores", 20, "vague", "killed", "worshippers in Najaf", None, attr_alt=[NAJAF_HOSP]),
       C("at least 82", 82, "at_least", "killed", "people in Najaf", NAJAF_HOSP),
       C("229", 229, "exact", "injured", "people in Najaf", NAJAF_HOSP),
       C("more than 120", 120, "more_than", "killed", "people in Najaf", SCIRI),
       C("a dozen", 12, "exact", "other", "cars set ablaze", "Witnesses", optional=True,
         cat_alt=["infrastructure"]),
       C("about 146,000", 146000, "about", "troops", "U.S. forces in Iraq", None),
       C("four", 4, "exact", "detained", "men detained", "Police"),
       C("two", 2, "exact", "detained", "Iraqis among the detained", "Police", optional=True,
         ctx="two of them Iraqis"),
       C("two", 2, "exact", "detained", "foreigners among the detained", "Police",
         optional=True, ctx="two foreigners")],
      published="2003-08-29"),

    # --- Syria ---------------------------------------------------------------------------------
    P("d61_013",
      "Syria: Daraa offensive displaces more than 270,000, UN says\n"
      "Published On 2 Jul 2018\n"
      "The number of people displaced by the Syrian government's offensive in the southwestern "
      "province of Daraa has risen to more than 270,000, the United Nations said on Monday, the "
      "largest displacement of the war, now in its eighth year. Up to 60,000 of them have "
      "gathered near the Nassib crossing with Jordan, which has kept its border closed, while "
      "160,000 are camping along the frontier with the Israeli-occupied Golan Heights, said "
      "Mohammed Hawari, a spokesman for UNHCR in Amman. The Syrian Observatory for Human Rights, "
      "a UK-based monitor, said at least 98 civilians had been killed since the offensive began "
      "on June 19, among them 19 children. The World Food Programme said it had sent 11 trucks of "
      "food across the Ramtha crossing on Sunday. Jordan says it cannot take in any more refugees; it "
      "already hosts about 650,000 registered Syrians.",
      [C("more than 270,000", 270000, "more_than", "displaced", "people displaced (headline)",
         "UN", attr_alt=["the United Nations"], ctx="displaces more than 270,000"),
       C("more than 270,000", 270000, "more_than", "displaced", "people displaced in Daraa",
         "the United Nations", ctx="risen to more than 270,000"),
       C("Up to 60,000", 60000, "at_most", "displaced", "people near the Nassib crossing",
         HAWARI, attr_alt=["UNHCR"]),
       C("160,000", 160000, "exact", "displaced", "people along the Golan frontier", HAWARI,
         attr_alt=["UNHCR"]),
       C("at least 98", 98, "at_least", "killed", "civilians in Daraa", SOHR_UK),
       C("19", 19, "exact", "killed", "children", SOHR_UK, ctx="19 children"),
       C("11", 11, "exact", "aid", "trucks of food", "The World Food Programme"),
       C("about 650,000", 650000, "about", "displaced", "registered Syrian refugees in Jordan",
         "Jordan", attr_alt=[None])],
      published="2018-07-02"),

    # --- Lebanon -------------------------------------------------------------------------------
    P("d61_014",
      "BEIRUT (AA) - At least 52 people were killed and 72 others injured in a wave of Israeli "
      "airstrikes on the eastern Baalbek-Hermel region on Tuesday, the region's governor, "
      "Bachir Khodr, said. Khodr wrote on X that the strikes had hit more than 25 towns and "
      "villages, many of them far from the border. In a later statement, Lebanon's Health "
      "Ministry put the toll across the country for the day at 95 dead and 172 wounded. Israeli "
      "attacks since October 8 last year have killed at least 2,822 people in Lebanon, the "
      "ministry said. The Israeli army said it had struck about 110 Hezbollah targets in the "
      "Bekaa Valley over the day. Tens of thousands of people fled Baalbek last week after the "
      "army issued an evacuation order for the entire city.",
      [C("At least 52", 52, "at_least", "killed", "people in Baalbek-Hermel", KHODR),
       C("72", 72, "exact", "injured", "people in Baalbek-Hermel", KHODR),
       C("more than 25", 25, "more_than", "other", "towns and villages hit", "Khodr",
         optional=True, attr_alt=[KHODR]),
       C("95", 95, "exact", "killed", "people across Lebanon on Tuesday", LB_MOH),
       C("172", 172, "exact", "injured", "people across Lebanon on Tuesday", LB_MOH),
       C("at least 2,822", 2822, "at_least", "killed", "people in Lebanon since October 8",
         "the ministry", attr_alt=[LB_MOH]),
       C("about 110", 110, "about", "munitions", "Hezbollah targets struck", "The Israeli army",
         cat_alt=["other"]),
       C("Tens of thousands", 10000, "vague", "displaced", "people who fled Baalbek", None)]),

    # --- Israel and Gaza -----------------------------------------------------------------------
    P("d61_015",
      "JERUSALEM, May 11 (Reuters) - Two Israeli women were killed in Ashkelon on Tuesday when "
      "rockets fired from Gaza hit residential buildings, Israel's Magen David Adom ambulance "
      "service said, as Hamas said it had launched 137 rockets at the coastal city in five "
      "minutes. MDA said it had treated 31 people for injuries in Ashkelon and nearby towns, most "
      "of them lightly hurt, and dozens more for anxiety. The Israeli military said about 90% of "
      "the rockets heading for populated areas had been intercepted by the Iron Dome system. In "
      "Gaza, the health ministry said Israeli air strikes had killed 28 Palestinians, including "
      "10 children, since Monday evening; the Israeli army said at least 15 of the dead were "
      "militants. More than 150 people had been wounded, the ministry said.",
      [C("Two", 2, "exact", "killed", "Israeli women in Ashkelon", MDA),
       C("137", 137, "exact", "munitions", "rockets fired at Ashkelon", "Hamas"),
       C("31", 31, "exact", "injured", "people treated for injuries", "MDA",
         attr_alt=[MDA]),
       C("dozens", 12, "vague", "injured", "people treated for anxiety", "MDA",
         optional=True, cat_alt=["other"], attr_alt=[MDA]),
       C("about 90%", 90, "about", "munitions", "share of rockets intercepted",
         "The Israeli military", optional=True, cat_alt=["other"]),
       C("28", 28, "exact", "killed", "Palestinians in Gaza", "the health ministry"),
       C("10", 10, "exact", "killed", "children in Gaza", "the health ministry"),
       C("at least 15", 15, "at_least", "killed", "militants among the dead", "the Israeli army"),
       C("More than 150", 150, "more_than", "injured", "people in Gaza", "the ministry",
         attr_alt=["the health ministry"])]),
    # --- Ukraine -------------------------------------------------------------------------------
    P("d61_016",
      "Russian attack on Marhanets kills 13, governor says\n"
      "August 10, 2022 10:42 am\n"
      "Russian forces fired about 80 Grad rockets at the towns of Marhanets and Nikopol "
      "overnight, killing 13 people and wounding 11, Dnipropetrovsk Oblast Governor Valentyn "
      "Reznichenko said on Aug. 10. Seven of the wounded are in serious condition, he said. The "
      "strikes damaged a school, a dormitory, several administrative buildings and about 20 "
      "residential buildings, according to Reznichenko. Marhanets, a town of some 45,000 people, "
      "lies across the Dnipro River from the Russian-occupied Zaporizhzhia Nuclear Power Plant, "
      "which Ukraine says Russian troops are using as a base to shell the area.",
      [C("13", 13, "exact", "killed", "people in Marhanets (headline)", "governor",
         attr_alt=[REZNICHENKO], ctx="kills 13"),
       C("about 80", 80, "about", "munitions", "Grad rockets fired", REZNICHENKO),
       C("13", 13, "exact", "killed", "people in Marhanets and Nikopol", REZNICHENKO,
         ctx="killing 13"),
       C("11", 11, "exact", "injured", "people in Marhanets and Nikopol", REZNICHENKO),
       C("Seven", 7, "exact", "injured", "seriously wounded", REZNICHENKO, attr_alt=["he"]),
       C("about 20", 20, "about", "infrastructure", "residential buildings damaged",
         "Reznichenko", attr_alt=[REZNICHENKO]),
       C("some 45,000", 45000, "about", "population", "residents of Marhanets", None)],
      published="2022-08-10"),

    P("d61_017",
      "SLOVIANSK, Ukraine (AP) — Russian missiles slammed into apartment buildings in the "
      "eastern Ukrainian city of Sloviansk on Friday, killing at least eight people, including "
      "a 2-year-old boy, and wounding 21, officials said. Donetsk regional Gov. Pavlo Kyrylenko "
      "said the city had been hit by seven S-300 missiles, weapons designed to shoot down "
      "aircraft that Russia has increasingly turned on ground targets. Rescuers were still "
      "digging through the rubble of a five-story building on Saturday, when the death toll rose "
      "to 11 and six people were still listed as missing, the State Emergency Service said. By Sunday it stood at 15. Ukraine's military said "
      "Russian forces had launched 66 attacks along the eastern front in the past day, most of "
      "them around Bakhmut, Avdiivka and Marinka.",
      [C("at least eight", 8, "at_least", "killed", "people in Sloviansk", "officials"),
       C("21", 21, "exact", "injured", "people in Sloviansk", "officials"),
       C("seven", 7, "exact", "munitions", "S-300 missiles", KYRYLENKO),
       C("11", 11, "exact", "killed", "people in Sloviansk (Saturday)", DSNS),
       C("six", 6, "exact", "missing", "people listed as missing", DSNS),
       C("15", 15, "exact", "killed", "people in Sloviansk (Sunday)", DSNS, attr_alt=[None]),
       C("66", 66, "exact", "other", "Russian attacks along the front", "Ukraine's military",
         cat_alt=["munitions"])]),

    # --- Yemen ---------------------------------------------------------------------------------
    P("d61_018",
      "SANAA, Aug 30, 2025 (AFP) - Yemen's Huthi rebels said Saturday that their prime minister, "
      "Ahmed Ghaleb al-Rahawi, and several ministers were killed in an Israeli strike on the "
      "capital Sanaa on Thursday, the most senior figures of the group to die in nearly two "
      "years of Israeli attacks. A statement from the group's Supreme Political Council said "
      "Rahawi had been killed along with \"a number of his fellow ministers\" during a workshop "
      "held to review the government's performance. Two sources close to the rebels told AFP "
      "that nine ministers had been killed and that the defence minister and the chief of staff "
      "were not among them. Israeli strikes on Sanaa the previous Sunday had killed 10 people "
      "and wounded 102, according to the Huthi-run health ministry. The Huthis have fired dozens "
      "of missiles and drones at Israel since the Gaza war began in October 2023, most of them "
      "intercepted.",
      [C("Two", 2, "exact", "other", "sources close to the rebels", None, optional=True),
       C("nine", 9, "exact", "killed", "Huthi ministers", HUTHI_SOURCES),
       C("10", 10, "exact", "killed", "people in Sanaa the previous Sunday", HUTHI_MOH),
       C("102", 102, "exact", "injured", "people in Sanaa the previous Sunday", HUTHI_MOH),
       C("dozens", 12, "vague", "munitions", "missiles and drones fired at Israel", None)],
      published="2025-08-30"),

    # --- Libya ---------------------------------------------------------------------------------
    P("d61_019",
      "TRIPOLI, Aug 5 (Reuters) - An air strike on a town hall meeting in the southern Libyan "
      "town of Murzuq killed at least 42 people and wounded more than 60, the Tripoli-based "
      "government said on Monday, blaming forces loyal to eastern commander Khalifa Haftar. "
      "Haftar's Libyan National Army (LNA) said it had carried out \"precision strikes\" on "
      "Chadian opposition fighters in the area and denied targeting civilians. A local official, "
      "Mohamed Omar, said 43 bodies had been buried and that the town's hospital, which has only "
      "two doctors, had sent 30 of the wounded to Sabha and Tripoli. The United Nations says more "
      "than 1,000 people have been killed in the fighting around Tripoli since Haftar launched "
      "his offensive in April, and about 120,000 have been displaced.",
      [C("at least 42", 42, "at_least", "killed", "people in Murzuq", GNA),
       C("more than 60", 60, "more_than", "injured", "people in Murzuq", GNA),
       C("43", 43, "exact", "killed", "bodies buried in Murzuq", OMAR,
         attr_alt=["A local official"]),
       C("two", 2, "exact", "other", "doctors at the hospital", None, optional=True,
         attr_alt=[OMAR]),
       C("30", 30, "exact", "injured", "wounded sent to Sabha and Tripoli", OMAR),
       C("more than 1,000", 1000, "more_than", "killed", "people in the fighting around Tripoli",
         UN_LY),
       C("about 120,000", 120000, "about", "displaced", "people displaced around Tripoli", UN_LY)]),

    # --- Russia (North Caucasus) ---------------------------------------------------------------
    P("d61_020",
      "NAZRAN, Russia, Aug 17, 2009 (Reuters) - A suicide bomber drove a truck packed with "
      "explosives into the police headquarters in Russia's Ingushetia region on Monday, killing "
      "at least 20 people and wounding 138, officials said. The Interior Ministry said in a "
      "statement that 11 children were among the wounded, many of them hit by flying glass in "
      "apartment blocks nearby. Investigators estimated that the truck had carried the "
      "equivalent of at least 400 kg of TNT. President Dmitry Medvedev dismissed Ingushetia's "
      "interior minister hours after the attack. By Tuesday the regional health ministry put the "
      "number of dead at 25, and 10 of the wounded remained in a critical condition.",
      [C("at least 20", 20, "at_least", "killed", "people in Nazran", "officials"),
       C("138", 138, "exact", "injured", "people in Nazran", "officials"),
       C("11", 11, "exact", "injured", "children", RU_MVD),
       C("at least 400", 400, "at_least", "munitions", "kg of TNT equivalent", "Investigators",
         optional=True, cat_alt=["other"]),
       C("25", 25, "exact", "killed", "people in Nazran (Tuesday)",
         "the regional health ministry"),
       C("10", 10, "exact", "injured", "critically wounded", "the regional health ministry")],
      published="2009-08-17"),
    # --- Iraq ----------------------------------------------------------------------------------
    P("d61_021",
      "BAGHDAD, Jan 12 (Reuters) - Twin bombings at a cafe in the eastern Iraqi town of "
      "Muqdadiya killed 23 people late on Monday, police and medical sources said, and gunmen "
      "later attacked Sunni mosques and shops in the town in apparent reprisal. Islamic State "
      "claimed the attack, saying in a statement that it had targeted a gathering of Shi'ite "
      "militiamen. A police officer in Diyala province said at least seven mosques and 17 shops "
      "had been blown up or set on fire overnight, and that the bodies of six Sunni men had been "
      "found in an orchard on the edge of town. A Sunni lawmaker from the province, Raad "
      "al-Dahlaki, told Reuters that \"dozens\" of families had left Muqdadiya since Monday. "
      "Authorities imposed a curfew for the second night running.",
      [C("23", 23, "exact", "killed", "people in the Muqdadiya cafe bombings",
         "police and medical sources"),
       C("at least seven", 7, "at_least", "infrastructure", "Sunni mosques attacked",
         DIYALA_OFFICER),
       C("17", 17, "exact", "infrastructure", "shops attacked", DIYALA_OFFICER),
       C("six", 6, "exact", "killed", "bodies of Sunni men found", DIYALA_OFFICER),
       C("dozens", 12, "vague", "displaced", "families who left Muqdadiya", "Raad al-Dahlaki",
         attr_alt=["A Sunni lawmaker from the province"])]),

    # --- India ---------------------------------------------------------------------------------
    P("d61_022",
      "Srinagar, Sept 18 (PTI) Seventeen Army jawans were killed and 19 injured when heavily "
      "armed militants stormed an Army base in Uri in north Kashmir early on Sunday, officials "
      "said. All four terrorists were killed in a gun battle that lasted about six hours, "
      "Director General of Military Operations Lt Gen Ranbir Singh told reporters in New Delhi, "
      "adding that the attackers had carried items with Pakistani markings. Most of the dead were "
      "in tents that caught fire when the militants fired incendiary ammunition, an Army officer "
      "said. The injured were airlifted to the Army's 92 Base Hospital in Srinagar. Late on "
      "Monday the toll rose to 18 when a soldier succumbed to his injuries, an Army spokesman "
      "said. It is the deadliest attack on the Army in Kashmir in more than two decades.",
      [C("Seventeen", 17, "exact", "killed", "Army jawans in Uri", "officials"),
       C("19", 19, "exact", "injured", "Army jawans in Uri", "officials"),
       C("four", 4, "exact", "killed", "terrorists", DGMO),
       C("18", 18, "exact", "killed", "Army jawans (revised toll)", "an Army spokesman",
         ctx="rose to 18")]),

    # --- Yemen ---------------------------------------------------------------------------------
    P("d61_023",
      "ADEN, Yemen, Jan. 10 (Xinhua) -- At least six Yemeni soldiers were killed and 20 others "
      "injured on Thursday when a Houthi drone exploded over a military parade at al-Anad air "
      "base in the southern province of Lahj, a military official told Xinhua. The drone blew up "
      "above a stand where senior commanders were watching the parade, the official said on "
      "condition of anonymity. Among the wounded were the deputy chief of staff and the head of "
      "military intelligence. The Houthi group's al-Masirah TV said the rebels had targeted "
      "\"invaders and mercenaries\" with a Qasef-2K drone. The death toll rose to seven on "
      "Friday after the intelligence chief died of his wounds in an Aden hospital, medical "
      "sources said. The base, about 60 km north of Aden, hosted U.S. troops until 2015.",
      [C("At least six", 6, "at_least", "killed", "Yemeni soldiers at al-Anad", YE_OFFICIAL),
       C("20", 20, "exact", "injured", "Yemeni soldiers at al-Anad", YE_OFFICIAL),
       C("seven", 7, "exact", "killed", "revised toll at al-Anad", "medical sources")]),

    # --- Ethiopia ------------------------------------------------------------------------------
    P("d61_024",
      "ADDIS ABABA, Sept 9 (Reuters) - Tigrayan forces killed 125 civilians in the village of "
      "Chenna in Ethiopia's Amhara region last week before they retreated, a local official said, "
      "an allegation the Tigray People's Liberation Front (TPLF) dismissed as \"fabricated\". The "
      "official, who asked not to be named for fear of reprisals, said residents had buried the "
      "bodies in five mass graves and that at least 20 villagers were still unaccounted for. A doctor at the hospital in Gondar said it had received 70 "
      "wounded people from the area since Aug. 31, many with gunshot wounds. Reuters was unable "
      "to reach the village, which lies about 60 km north of Gondar. The United Nations says more "
      "than 250,000 people have been displaced in Amhara and Afar since Tigrayan forces pushed "
      "into the neighbouring regions in July.",
      [C("125", 125, "exact", "killed", "civilians in Chenna", "a local official"),
       C("five", 5, "exact", "other", "mass graves", "The official",
         optional=True, attr_alt=["a local official"]),
       C("at least 20", 20, "at_least", "missing", "villagers unaccounted for", "The official",
         attr_alt=["a local official"]),
       C("70", 70, "exact", "injured", "wounded received in Gondar", GONDAR_DOCTOR),
       C("more than 250,000", 250000, "more_than", "displaced", "people in Amhara and Afar",
         "The United Nations")]),

    # --- Sudan ---------------------------------------------------------------------------------
    P("d61_025",
      "Sudan: 136,000 flee Sennar fighting, UN says\n"
      "3 July 2024\n"
      "More than 136,000 people have fled Sudan's Sennar state since Rapid Support Forces (RSF) "
      "fighters stormed the town of Singa, the state capital, on June 29, the International "
      "Organization for Migration (IOM) said on Wednesday. Many of them had already been "
      "displaced from Al Jazirah state when the paramilitary force captured Wad Madani in "
      "December, the agency said. \"People are arriving in Gedaref and Blue Nile on foot, some "
      "after walking for days,\" an IOM official told reporters in Geneva. A doctor in Sennar "
      "town said the main hospital there had received 21 bodies and more than 70 wounded since "
      "the weekend. The UN refugee agency said it had sent 20 trucks of blankets and shelter "
      "materials to Gedaref. The war between the army and the RSF, now in its 15th month, has displaced "
      "more than 10 million people inside Sudan and driven about 2 million across its borders, "
      "according to UN figures.",
      [C("136,000", 136000, "exact", "displaced", "people who fled Sennar (headline)", "UN",
         attr_alt=[IOM_SD], ctx="136,000 flee"),
       C("More than 136,000", 136000, "more_than", "displaced", "people who fled Sennar state",
         IOM_SD),
       C("21", 21, "exact", "killed", "bodies received at Sennar hospital", SENNAR_DOCTOR),
       C("more than 70", 70, "more_than", "injured", "wounded received at Sennar hospital",
         SENNAR_DOCTOR),
       C("20", 20, "exact", "aid", "trucks of blankets and shelter materials",
         "The UN refugee agency"),
       C("more than 10 million", 10_000_000, "more_than", "displaced",
         "people displaced inside Sudan", "UN figures"),
       C("about 2 million", 2_000_000, "about", "displaced", "refugees who crossed Sudan's borders",
         "UN figures")],
      published="2024-07-03"),
    # --- Iraq ----------------------------------------------------------------------------------
    P("d61_026",
      "SAMARRA, Iraq, March 3, 2015 (AFP) - Iraqi forces and allied Shiite militias pressed an "
      "offensive on Saddam Hussein's hometown of Tikrit on Tuesday, the biggest operation yet "
      "against the Islamic State group in Iraq. Officials said some 30,000 men were taking part, "
      "among them soldiers, police, members of the Popular Mobilisation units and Sunni "
      "tribesmen, backed by Iraqi warplanes. The US-led coalition was not providing air support, "
      "a Pentagon spokesman said. A commander of the Badr militia told AFP his men had retaken "
      "the town of al-Dur and killed dozens of jihadists, a figure that could not be "
      "independently confirmed. Around 5,000 families have fled Tikrit and nearby areas since "
      "the operation began on Monday, according to Iraq's ministry of migration.",
      [C("some 30,000", 30000, "about", "troops", "men in the Tikrit offensive", "Officials"),
       C("dozens", 12, "vague", "killed", "jihadists in al-Dur", BADR),
       C("Around 5,000", 5000, "about", "displaced", "families who fled Tikrit", IQ_MIGRATION)],
      published="2015-03-03"),

    # --- Ukraine -------------------------------------------------------------------------------
    P("d61_027",
      "LVIV, Ukraine, March 13, 2022 (Reuters) - Russian missiles struck a large military "
      "training base in western Ukraine near the Polish border on Sunday, killing 35 people and "
      "wounding 134, the regional governor said. Maksym Kozytskyi said Russian forces had fired "
      "more than 30 cruise missiles at the International Peacekeeping and Security Centre at "
      "Yavoriv, about 25 km from the border, and that eight of them had been shot down. Russia's "
      "defence ministry said it had killed \"up to 180 foreign mercenaries\" and destroyed a large "
      "consignment of foreign weapons at the site, a claim Reuters could not verify. Foreign "
      "military instructors, including from the United States, trained Ukrainian troops at the "
      "base before the invasion.",
      [C("35", 35, "exact", "killed", "people at Yavoriv", LVIV_GOV),
       C("134", 134, "exact", "injured", "people at Yavoriv", LVIV_GOV),
       C("more than 30", 30, "more_than", "munitions", "cruise missiles fired", KOZYTSKYI,
         attr_alt=[LVIV_GOV]),
       C("eight", 8, "exact", "munitions", "missiles shot down", KOZYTSKYI,
         attr_alt=[LVIV_GOV]),
       C("up to 180", 180, "at_most", "killed", "foreign mercenaries", RU_MOD)],
      published="2022-03-13"),

    P("d61_028",
      "Ukraine war: Russian strike on Rivne TV tower kills 19\n"
      "Published 15 March 2022\n"
      "At least 19 people were killed when Russian missiles hit a television tower in the "
      "village of Antopil in Ukraine's north-western Rivne region on Monday, the head of the "
      "regional administration, Vitaliy Koval, said. Nine people were wounded, he said, and "
      "rescuers were still searching the rubble. By Tuesday evening the toll had risen to 21. "
      "Koval had said earlier that two missiles struck the tower and an adjoining building. "
      "Separately, the UN human rights office said it had recorded 636 civilian deaths in Ukraine "
      "since the invasion began, including 46 children, but warned that the real figures were "
      "likely to be considerably higher.",
      [C("19", 19, "exact", "killed", "people at Antopil (headline)", None, ctx="kills 19"),
       C("At least 19", 19, "at_least", "killed", "people at Antopil", KOVAL),
       C("Nine", 9, "exact", "injured", "people at Antopil", KOVAL, attr_alt=["he"]),
       C("21", 21, "exact", "killed", "people at Antopil (Tuesday)", KOVAL, attr_alt=[None]),
       C("two", 2, "exact", "munitions", "missiles that struck the tower", "Koval",
         attr_alt=[KOVAL]),
       C("636", 636, "exact", "killed", "civilians in Ukraine", OHCHR),
       C("46", 46, "exact", "killed", "children in Ukraine", OHCHR)],
      published="2022-03-15"),

    # --- Gaza ----------------------------------------------------------------------------------
    P("d61_029",
      "Israeli attacks on Khan Younis kill 70 after new evacuation order\n"
      "Published On 22 Jul 2024\n"
      "Israeli strikes and shelling on eastern Khan Younis killed at least 70 Palestinians and "
      "wounded more than 200 on Monday after the Israeli army ordered residents to leave part of "
      "an area it had earlier declared a humanitarian zone, the Gaza health ministry said. The "
      "Israeli military said rockets had been fired from the area and that it would "
      "\"forcefully operate\" against fighters there. The UN humanitarian office OCHA estimated "
      "that about 150,000 people were living in the area covered by the order. Medics at Nasser "
      "Hospital said many of the wounded were children and that patients were lying on the "
      "floors. The ministry says at least 39,006 Palestinians have been killed in Gaza since "
      "October 7. Israeli officials say 115 hostages are still held in Gaza, at least 41 of whom "
      "are believed to be dead.",
      [C("70", 70, "exact", "killed", "Palestinians in Khan Younis (headline)", None,
         ctx="kill 70"),
       C("at least 70", 70, "at_least", "killed", "Palestinians in Khan Younis", GAZA_MOH),
       C("more than 200", 200, "more_than", "injured", "Palestinians in Khan Younis", GAZA_MOH),
       C("about 150,000", 150000, "about", "population", "people living in the evacuation area",
         OCHA, cat_alt=["displaced"]),
       C("at least 39,006", 39006, "at_least", "killed", "Palestinians in Gaza since October 7",
         "The ministry", attr_alt=[GAZA_MOH]),
       C("115", 115, "exact", "hostages", "hostages still held in Gaza", "Israeli officials"),
       C("at least 41", 41, "at_least", "killed", "hostages believed dead", "Israeli officials",
         cat_alt=["hostages"])],
      published="2024-07-22"),

    # --- Russia --------------------------------------------------------------------------------
    P("d61_030",
      "BRYANSK, June 1. /TASS/. The death toll from the collapse of a road bridge onto a "
      "passenger train in the Bryansk Region has risen to seven, Governor Alexander Bogomaz wrote "
      "on his Telegram channel. Another 69 people, including three children, are in hospital, he "
      "said. The Moscow Railway said the bridge near Vygonichi had been blown up and that the "
      "Klimovo-Moscow train had been carrying around 380 passengers. Hours later, a railway "
      "bridge in the neighbouring Kursk Region collapsed as a freight train crossed it, "
      "injuring three members of the locomotive crew, Kursk's acting governor, Alexander "
      "Khinshtein, said. The Investigative Committee has opened criminal cases on charges of "
      "terrorism over both incidents.",
      [C("seven", 7, "exact", "killed", "people in the Bryansk bridge collapse", BOGOMAZ),
       C("69", 69, "exact", "injured", "people in hospital", BOGOMAZ, attr_alt=["he"]),
       C("three", 3, "exact", "injured", "children", BOGOMAZ, attr_alt=["he"],
         ctx="three children"),
       C("around 380", 380, "about", "other", "passengers on the train", "The Moscow Railway"),
       C("three", 3, "exact", "injured", "locomotive crew members in Kursk Region",
         "Kursk's acting governor", ctx="three members",
         attr_alt=[KHINSHTEIN])]),
    # --- Prisoner swaps ------------------------------------------------------------------------
    P("d61_031",
      "KYIV, Aug 24 (Reuters) - Ukraine and Russia each released 146 prisoners of war on Sunday "
      "in an exchange mediated by the United Arab Emirates, both sides said, as Ukraine marked "
      "its Independence Day. Russia's defence ministry said eight Russian civilians from the "
      "Kursk region, held by Ukraine since its incursion last year, had also been returned. "
      "President Volodymyr Zelenskiy said on X that the Ukrainians freed included soldiers, "
      "National Guardsmen and border guards, as well as civilians, among them journalist Dmytro "
      "Khyliuk, who had been held since 2022. The Emirati foreign ministry said its mediation had "
      "now secured the release of more than 4,600 captives in 17 exchanges since the start of "
      "the war.",
      [C("146", 146, "exact", "detained", "prisoners of war released by each side",
         "both sides"),
       C("eight", 8, "exact", "detained", "Russian civilians from the Kursk region returned",
         RU_MOD, cat_alt=["hostages"]),
       C("more than 4,600", 4600, "more_than", "detained", "captives released through UAE mediation",
         UAE_MFA, cat_alt=["hostages"]),
       C("17", 17, "exact", "other", "exchanges mediated by the UAE", UAE_MFA, optional=True)]),

    P("d61_032",
      "SANAA, Yemen (AP) — Planes carrying hundreds of prisoners took off from Yemen and Saudi "
      "Arabia on Thursday in the largest exchange between the warring sides since the conflict "
      "began, the International Committee of the Red Cross said. Over two days, 1,056 detainees "
      "are to be freed under the deal reached in Switzerland last month, the ICRC said, using "
      "five aircraft. The Houthi rebels will hand over 400 prisoners, among them 15 Saudis and "
      "four Sudanese, while the government and the Saudi-led coalition will free 681 rebels, "
      "officials on both sides said. Abdul-Qader al-Murtada, who heads the rebels' prisoner "
      "committee, said the Houthis still hoped for a larger deal that would include thousands "
      "more detainees.",
      [C("hundreds", 100, "vague", "detained", "prisoners on the planes", ICRC),
       C("1,056", 1056, "exact", "detained", "detainees to be freed", "the ICRC",
         attr_alt=[ICRC]),
       C("five", 5, "exact", "other", "aircraft used by the ICRC", "the ICRC", optional=True,
         attr_alt=[ICRC]),
       C("400", 400, "exact", "detained", "prisoners handed over by the Houthis", YE_BOTH),
       C("15", 15, "exact", "detained", "Saudis among them", YE_BOTH),
       C("four", 4, "exact", "detained", "Sudanese among them", YE_BOTH),
       C("681", 681, "exact", "detained", "rebels freed by the government and coalition",
         YE_BOTH),
       C("thousands", 1000, "vague", "detained", "more detainees the Houthis want freed",
         "Abdul-Qader al-Murtada", optional=True)]),

    # --- Casualty monitors ----------------------------------------------------------------------
    P("d61_033",
      "GENEVA, July 10 (Reuters) - At least 232 civilians were killed and 1,343 injured in "
      "Ukraine in June, the highest monthly toll in three years, the U.N. Human Rights "
      "Monitoring Mission in Ukraine (HRMMU) said on Thursday. The mission said the rise was "
      "driven by intensified Russian missile and drone strikes on cities, including a June 17 "
      "attack on Kyiv that killed 28 civilians, the deadliest single attack on the capital since "
      "the full-scale invasion. \"Civilians across Ukraine are facing a level of suffering not "
      "seen in three years,\" said Danielle Bell, the head of the mission. The mission has "
      "verified more than 13,580 civilian deaths since February 2022, including 716 children, "
      "and says the actual numbers are likely significantly higher. Russia, which denies "
      "targeting civilians, did not immediately comment.",
      [C("At least 232", 232, "at_least", "killed", "civilians in Ukraine in June", HRMMU),
       C("1,343", 1343, "exact", "injured", "civilians in Ukraine in June", HRMMU),
       C("28", 28, "exact", "killed", "civilians in the June 17 Kyiv attack", "The mission",
         attr_alt=[HRMMU]),
       C("more than 13,580", 13580, "more_than", "killed", "civilians since February 2022",
         "The mission", attr_alt=[HRMMU], ctx="more than 13,580 civilian deaths"),
       C("716", 716, "exact", "killed", "children since February 2022", "The mission",
         attr_alt=[HRMMU])]),

    # --- Colombia ------------------------------------------------------------------------------
    P("d61_034",
      "CALI, Colombia, Aug 21, 2025 (AFP) - A truck packed with explosives blew up near an air "
      "force base in the Colombian city of Cali on Thursday, killing six civilians and wounding "
      "more than 60, officials said. Mayor Alejandro Eder said the blast near the Marco Fidel "
      "Suárez Military Aviation School had damaged dozens of homes along a busy avenue. Cali's "
      "health secretary said 71 people had been treated in hospitals, five of them in critical "
      "condition. Police said two suspects had been detained, one of them caught by residents "
      "near the scene. President Gustavo Petro blamed the attack on FARC dissidents who rejected "
      "a 2016 peace deal.",
      [C("six", 6, "exact", "killed", "civilians in Cali", "officials"),
       C("more than 60", 60, "more_than", "injured", "people in Cali", "officials"),
       C("dozens", 12, "vague", "infrastructure", "homes damaged", EDER),
       C("71", 71, "exact", "injured", "people treated in hospitals", CALI_HEALTH),
       C("five", 5, "exact", "injured", "people in critical condition", CALI_HEALTH),
       C("two", 2, "exact", "detained", "suspects detained", "Police")],
      published="2025-08-21"),

    # --- India ---------------------------------------------------------------------------------
    P("d61_035",
      "Nine killed as terrorists fire on pilgrims' bus in J&K's Reasi\n"
      "Updated - June 10, 2024 08:15 am IST\n"
      "JAMMU: Nine people, including a child, were killed and 33 injured when terrorists opened "
      "fire on a bus carrying pilgrims in Jammu and Kashmir's Reasi district on Sunday evening, "
      "sending it plunging into a gorge, police said. The 53-seater bus was on its way from the "
      "Shiv Khori shrine to the base camp for Mata Vaishno Devi at Katra when it came under fire "
      "near Teryath village, Reasi Senior Superintendent of Police Mohita Sharma said. \"The "
      "driver was hit and lost control,\" she said. Ten of the injured had gunshot wounds, "
      "officials at the Government Medical College hospital in Jammu said. The attack came as "
      "Prime Minister Narendra Modi was sworn in for a third term in New Delhi.",
      [C("Nine", 9, "exact", "killed", "pilgrims (headline)", None, ctx="Nine killed"),
       C("Nine", 9, "exact", "killed", "pilgrims in Reasi", RS_POLICE, ctx="Nine people"),
       C("33", 33, "exact", "injured", "pilgrims in Reasi", RS_POLICE),
       C("53", 53, "exact", "other", "seats on the bus", None, optional=True),
       C("Ten", 10, "exact", "injured", "injured with gunshot wounds", GMC)],
      published="2024-06-10"),
    # --- Syria ---------------------------------------------------------------------------------
    P("d61_036",
      "ARIHA, Syria (AFP) - Syrian government shelling hit the town of Ariha in the last major "
      "rebel-held enclave on Wednesday as children were walking to school, killing 13 civilians "
      "including four children and a teacher, the White Helmets rescue group said. The "
      "Britain-based monitor the Syrian Observatory for Human Rights gave a lower toll of 11, "
      "including three children. Hours earlier in Damascus, two bombs attached to an army bus "
      "killed 14 people, state news agency SANA said, in the deadliest attack on the capital in "
      "years. The Idlib region is home to nearly three million people, most of them "
      "displaced from elsewhere in Syria.",
      [C("13", 13, "exact", "killed", "civilians in Ariha", WHITE_HELMETS),
       C("four", 4, "exact", "killed", "children in Ariha", WHITE_HELMETS),
       C("11", 11, "exact", "killed", "civilians in Ariha", SOHR_ARIHA,
         attr_alt=["the Syrian Observatory for Human Rights"]),
       C("three", 3, "exact", "killed", "children in Ariha", SOHR_ARIHA,
         attr_alt=["the Syrian Observatory for Human Rights"], ctx="three children"),
       C("two", 2, "exact", "munitions", "bombs on an army bus", SANA, cat_alt=["other"]),
       C("14", 14, "exact", "killed", "people on an army bus in Damascus", SANA),
       C("nearly three million", 3_000_000, "about", "population", "people in the Idlib region",
         None)]),

    # --- Somalia -------------------------------------------------------------------------------
    P("d61_037",
      "MOGADISHU, Jan 4 (Reuters) - Two car bombs exploded in quick succession in the central "
      "Somali town of Mahas on Wednesday, killing at least 35 people, police and witnesses said, "
      "in an attack claimed by al Shabaab. \"We have counted 35 bodies so far, most of them "
      "civilians, and more than 40 people were injured,\" police officer Mohamed Moalim told "
      "Reuters. Al Shabaab said on its Andalus radio that its fighters had killed \"dozens\" of "
      "soldiers and government officials. Somalia's government, which has waged an offensive "
      "against the group since August alongside clan militias, gave no toll. Its forces say they "
      "have retaken more than 60 towns and villages in the Hiran and Middle Shabelle regions.",
      [C("Two", 2, "exact", "munitions", "car bombs in Mahas", "police and witnesses",
         cat_alt=["other"]),
       C("at least 35", 35, "at_least", "killed", "people in Mahas", "police and witnesses"),
       C("35", 35, "exact", "killed", "bodies counted in Mahas", MOALIM, ctx="counted 35"),
       C("more than 40", 40, "more_than", "injured", "people in Mahas", MOALIM),
       C("dozens", 12, "vague", "killed", "soldiers and government officials", "Al Shabaab",
         ctx="dozens\" of soldiers"),
       C("more than 60", 60, "more_than", "other", "towns and villages retaken", "Its forces",
         cat_alt=["infrastructure"], attr_alt=["Somalia's government"])]),

    P("d61_038",
      "ANKARA (AA) - Fourteen Turkish soldiers were martyred and 33 others wounded in clashes "
      "with Daesh terrorists around the northern Syrian town of al-Bab on Wednesday, the Turkish "
      "General Staff said. In a statement, the General Staff said 138 Daesh terrorists had been "
      "\"neutralized\" in the clashes and in airstrikes, and that 154 targets had been hit by "
      "Turkish jets and artillery. The terrorists used three suicide car bombs in the attacks, "
      "the statement said. Since Operation Euphrates Shield began on Aug. 24, 2016, Free Syrian "
      "Army fighters backed by Turkey have cleared some 1,800 square kilometers of terrorists.",
      [C("Fourteen", 14, "exact", "killed", "Turkish soldiers near al-Bab", TGS),
       C("33", 33, "exact", "injured", "Turkish soldiers near al-Bab", TGS),
       C("138", 138, "exact", "killed", "Daesh terrorists neutralized", "the General Staff",
         attr_alt=[TGS]),
       C("154", 154, "exact", "munitions", "targets hit by jets and artillery",
         "the General Staff", cat_alt=["other"], attr_alt=[TGS]),
       C("three", 3, "exact", "munitions", "suicide car bombs", "the statement",
         cat_alt=["other"], attr_alt=[TGS]),
       C("some 1,800", 1800, "about", "other", "square kilometers cleared", None,
         optional=True)]),

    # --- Myanmar -------------------------------------------------------------------------------
    P("d61_039",
      "Thousands flee Mindat as junta shells town\n"
      "May 17, 2021\n"
      "Residents of Mindat in Chin State say at least 5,000 people have fled into the "
      "surrounding forests and villages since the military declared martial law in the town on "
      "Thursday and began shelling positions of the Chinland Defence Force (CDF), a local "
      "militia armed mostly with hunting rifles. A CDF spokesman told Myanmar Now that five of "
      "its members had been killed and that the militia had killed at least 30 soldiers, a claim "
      "that could not be independently verified. The junta-controlled Global New Light of "
      "Myanmar said security forces had come under attack by \"about 100 armed terrorists\" but "
      "did not say how many troops had died. The Assistance Association for Political Prisoners "
      "(AAPP) says security forces have killed 802 people since the Feb. 1 coup and detained "
      "4,120 others.",
      [C("Thousands", 1000, "vague", "displaced", "people who fled Mindat (headline)", None),
       C("at least 5,000", 5000, "at_least", "displaced", "people who fled Mindat",
         "Residents of Mindat"),
       C("five", 5, "exact", "killed", "CDF members", CDF),
       C("at least 30", 30, "at_least", "killed", "soldiers", CDF),
       C("about 100", 100, "about", "troops", "attackers", GNLM, cat_alt=["other"]),
       C("802", 802, "exact", "killed", "people killed since the coup", AAPP),
       C("4,120", 4120, "exact", "detained", "people detained since the coup", AAPP)],
      published="2021-05-17"),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d61_040",
      "WASHINGTON, Aug 8, 2025 (Reuters) - The leaders of Armenia and Azerbaijan signed a joint "
      "declaration at the White House on Friday aimed at ending a conflict that has lasted "
      "nearly four decades. Under the deal, the United States will hold development rights for "
      "up to 99 years over a transit route of about 43 km through southern Armenia, to be called "
      "the Trump Route for International Peace and Prosperity. Armenian Prime Minister Nikol "
      "Pashinyan, 50, and Azerbaijani President Ilham Aliyev, 63, shook hands in the East Room. "
      "The two countries fought wars over Nagorno-Karabakh in the early 1990s and in 2020, and "
      "Azerbaijan retook the region in a 24-hour offensive in September 2023. The text still has "
      "to be signed as a treaty and ratified by both parliaments.",
      [],
      published="2025-08-08"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d61_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
