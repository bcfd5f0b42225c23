"""Source of the second development set: writes ``passages.jsonl`` next to it.

Seventy short passages (1-6 sentences), written for this set in the style of
news copy (none copied from an article), annotated by hand by the project's
gold conventions (``gold/README.md`` of the shared folder). The events and the
phrasings differ from those of ``tests/devset``; the set leans on variety of
style: live-blog lines, headlines with standfirsts, long sentences with several
figures and sources, passive voice, spelled-out numbers, vague and scaled
figures, ranges, quotes, pronoun and continuation attributions, negations and
passages that hold only non-claims.

Offsets are never typed: each claim names its ``span`` (and a ``ctx`` when the
span occurs more than once), and ``tests/devset_build.py``, which the
evaluation sets share, finds and checks them with every field. This set adds
one check of its own: no sentence of ``tests/devset`` is reused.

Run ``python tests/devset2/build_devset2.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- Gaza 2023-24 ------------------------------------------------------------------------
    P("d2_001",
      "14:07 GMT – At least 42 Palestinians were killed and 58 wounded in Israeli strikes across "
      "Gaza over the past 24 hours, the territory’s health ministry says, raising the overall "
      "toll since 7 October to 34,097.",
      [C("At least 42", 42, "at_least", "killed", "Palestinians",
         "the territory’s health ministry"),
       C("58", 58, "exact", "injured", "Palestinians", "the territory’s health ministry"),
       C("34,097", 34097, "exact", "killed", "people since 7 October",
         "the territory’s health ministry")]),
    P("d2_002",
      "Gaza death toll passes 40,000, health ministry says\n"
      "More than 92,000 people have been wounded in 10 months of war, the ministry, which does "
      "not distinguish between civilians and combatants, said on Thursday.",
      [C("40,000", 40000, "more_than", "killed", "people in Gaza", "health ministry"),
       C("More than 92,000", 92000, "more_than", "injured", "people in Gaza", "the ministry")]),
    P("d2_003",
      "Hamas-led militants took 251 hostages into Gaza during the October 7, 2023 attack, "
      "according to Israeli tallies. Of the 116 still held in the territory, the Israeli "
      "military says at least 41 are dead. A week-long truce in November saw 105 hostages freed "
      "in exchange for 240 Palestinian prisoners.",
      [C("251", 251, "exact", "hostages", "hostages taken on October 7", "Israeli tallies"),
       C("116", 116, "exact", "hostages", "hostages still held", "the Israeli military",
         attr_alt=[None]),
       C("at least 41", 41, "at_least", "killed", "hostages declared dead",
         "the Israeli military", cat_alt=["hostages"]),
       C("105", 105, "exact", "hostages", "hostages freed in the truce"),
       C("240", 240, "exact", "detained", "Palestinian prisoners released")]),
    P("d2_004",
      "Only 69 aid trucks entered Gaza on Tuesday, according to the UN's humanitarian office, "
      "far below the 500 a day that crossed before the war. Israel's COGAT, the defence ministry "
      "body that oversees aid, said 240 truckloads had been inspected and were waiting on the "
      "Gaza side of Kerem Shalom to be collected.",
      [C("69", 69, "exact", "aid", "aid trucks", "the UN's humanitarian office"),
       C("500", 500, "exact", "aid", "aid trucks a day before the war", None,
         attr_alt=["the UN's humanitarian office"]),
       C("240", 240, "exact", "aid", "truckloads awaiting collection", "Israel's COGAT")]),
    P("d2_005",
      "The Israeli military says it has killed some 17,000 militants in Gaza, a figure Hamas "
      "disputes, while the territory's health ministry puts the overall death toll at 35,562 "
      "and says more than 70% of the dead are women and children; the UN, citing the ministry, "
      "said on Monday that 24,686 of the bodies had been fully identified, among them 7,797 "
      "children and 4,959 women.",
      [C("some 17,000", 17000, "about", "killed", "militants", "The Israeli military"),
       C("35,562", 35562, "exact", "killed", "people", "the territory's health ministry"),
       C("more than 70%", 70, "more_than", "killed", "women and children among the dead",
         "the territory's health ministry", optional=True),
       C("24,686", 24686, "exact", "killed", "identified bodies", "the ministry",
         attr_alt=["the UN"]),
       C("7,797", 7797, "exact", "killed", "identified children", "the ministry",
         attr_alt=["the UN"]),
       C("4,959", 4959, "exact", "killed", "identified women", "the ministry",
         attr_alt=["the UN"])]),
    P("d2_006",
      "“We received 52 bodies this morning, most of them children. There are another 80 wounded "
      "lying on the floor because we have no beds,” said Dr Mohammed Saqr, a spokesman for "
      "Nasser Hospital in Khan Younis. He said the hospital had only two generators still "
      "working and fuel for three days.",
      [C("52", 52, "exact", "killed", "bodies", "Dr Mohammed Saqr"),
       C("80", 80, "exact", "injured", "wounded", "Dr Mohammed Saqr"),
       C("two", 2, "exact", "other", "working generators", "Dr Mohammed Saqr", optional=True,
         cat_alt=["infrastructure"])]),
    P("d2_007",
      "An Israeli strike on a school sheltering displaced families in Gaza City killed at least "
      "22 people, including 13 children and six women, the Palestinian Civil Defence said. In a "
      "statement, the Israeli military said it had struck a Hamas command centre inside the "
      "compound, killing “around 15 terrorists”.",
      [C("at least 22", 22, "at_least", "killed", "people", "the Palestinian Civil Defence"),
       C("13", 13, "exact", "killed", "children", "the Palestinian Civil Defence"),
       C("six", 6, "exact", "killed", "women", "the Palestinian Civil Defence"),
       C("around 15", 15, "about", "killed", "militants", "the Israeli military")]),
    P("d2_008",
      "Half a million people in Gaza face catastrophic hunger (IPC Phase 5), the Integrated Food "
      "Security Phase Classification said on Tuesday, and the entire population of 2.1 million "
      "is in crisis or worse. The report's authors said at least 28 children had died of "
      "malnutrition since January.",
      [C("Half a million", 500000, "exact", "other", "people facing catastrophic hunger",
         "the Integrated Food Security Phase Classification", cat_alt=["population"]),
       C("2.1 million", 2100000, "exact", "population", "Gaza's population",
         "the Integrated Food Security Phase Classification", cat_alt=["other"]),
       C("at least 28", 28, "at_least", "killed", "children dead of malnutrition",
         "The report's authors",
         attr_alt=["the Integrated Food Security Phase Classification"])]),
    P("d2_009",
      "Roughly 100,000 people were told to leave eastern Rafah on Monday, the Israeli military "
      "said. UNRWA estimated on Saturday that upwards of 450,000 had fled the city in a week. "
      "“People are moving to areas with no water, no toilets. A million people cannot survive "
      "on a strip of sand,” said Louise Wateridge, a spokeswoman for the agency. She added that "
      "17 of its trucks had been stuck at the crossing for five days.",
      [C("Roughly 100,000", 100000, "about", "displaced", "people ordered out of Rafah",
         "the Israeli military"),
       C("upwards of 450,000", 450000, "more_than", "displaced", "people who fled Rafah",
         "UNRWA"),
       C("A million", 1000000, "exact", "other", "people (rhetorical)", "Louise Wateridge",
         optional=True, cat_alt=["displaced"]),
       C("17", 17, "exact", "aid", "UNRWA trucks stuck at the crossing",
         "Louise Wateridge")]),

    # --- Lebanon 2024 -----------------------------------------------------------------------
    P("d2_010",
      "Thousands of pagers used by Hezbollah members exploded almost simultaneously across "
      "Lebanon on Tuesday, killing 12 people, two of them children, and wounding about 2,800, "
      "Health Minister Firass Abiad said. Iran's ambassador to Beirut was among the injured.",
      [C("Thousands", 1000, "vague", "other", "exploding pagers", "Health Minister Firass Abiad",
         cat_alt=["munitions"], attr_alt=[None]),
       C("12", 12, "exact", "killed", "people", "Health Minister Firass Abiad"),
       C("two", 2, "exact", "killed", "children", "Health Minister Firass Abiad"),
       C("about 2,800", 2800, "about", "injured", "people", "Health Minister Firass Abiad")]),
    P("d2_011",
      "Lebanon says 1.2m displaced as Israeli strikes widen\n"
      "Some 310,000 people, most of them Syrians, have crossed into Syria since Monday, according "
      "to figures from the UN refugee agency. The health ministry said on Sunday that Israeli "
      "strikes had killed 1,030 people in two weeks, among them 156 women and 87 children.",
      [C("1.2m", 1200000, "exact", "displaced", "people in Lebanon", "Lebanon"),
       C("Some 310,000", 310000, "about", "displaced", "people crossing into Syria",
         "the UN refugee agency"),
       C("1,030", 1030, "exact", "killed", "people", "The health ministry"),
       C("156", 156, "exact", "killed", "women", "The health ministry"),
       C("87", 87, "exact", "killed", "children", "The health ministry")]),
    P("d2_012",
      "Hezbollah fired 100 to 120 rockets at northern Israel early on Sunday, the Israeli "
      "military said, some of them reaching the outskirts of Haifa, about 45 km from the "
      "border. Fewer than a dozen got through. Magen David Adom said its paramedics had treated "
      "three people for light shrapnel wounds. Some 60,000 Israelis remain displaced from "
      "communities along the frontier.",
      [C("100 to 120", 100, "range", "munitions", "rockets", "the Israeli military", high=120),
       C("Fewer than a dozen", 12, "fewer_than", "munitions", "rockets that got through",
         "the Israeli military", attr_alt=[None]),
       C("three", 3, "exact", "injured", "people", "Magen David Adom"),
       C("Some 60,000", 60000, "about", "displaced", "Israelis from the frontier")]),

    # --- Israel and Iran --------------------------------------------------------------------
    P("d2_013",
      "Iran's attack involved 170 drones, more than 30 cruise missiles and over 120 ballistic "
      "missiles, IDF spokesman Rear Adm. Daniel Hagari said. None of the cruise missiles entered "
      "Israeli territory, he said, and 99% of the projectiles were intercepted.\n"
      "We intercepted. We blocked. Together, we will win. — Benjamin Netanyahu (@netanyahu) "
      "April 14, 2024",
      [C("170", 170, "exact", "munitions", "drones", "IDF spokesman Rear Adm. Daniel Hagari"),
       C("more than 30", 30, "more_than", "munitions", "cruise missiles",
         "IDF spokesman Rear Adm. Daniel Hagari"),
       C("over 120", 120, "more_than", "munitions", "ballistic missiles",
         "IDF spokesman Rear Adm. Daniel Hagari"),
       C("99%", 99, "exact", "munitions", "projectiles intercepted",
         "IDF spokesman Rear Adm. Daniel Hagari", optional=True)]),
    P("d2_014",
      "date 2024-10-26 Israel struck about 20 targets in Iran early on Saturday, using more than "
      "100 aircraft including F-35 stealth fighters, Israeli media reported. Iran's army said "
      "four of its soldiers were killed in the strikes, which hit air defence batteries and "
      "missile production sites.",
      [C("about 20", 20, "about", "other", "targets in Iran", "Israeli media",
         cat_alt=["infrastructure"]),
       C("more than 100", 100, "more_than", "munitions", "Israeli aircraft", "Israeli media"),
       C("four", 4, "exact", "killed", "Iranian soldiers", "Iran's army")],
      published="2024-10-26"),
    P("d2_015",
      "Iran's health ministry said 224 people had been killed and 1,277 wounded since Israel "
      "began its strikes on Friday, most of them civilians. In Israel, 24 people have been "
      "killed by Iranian missiles, the prime minister's office said. An Israeli military "
      "official told Reuters that Iran had fired about 370 ballistic missiles and more than "
      "1,000 drones since the war began.",
      [C("224", 224, "exact", "killed", "people in Iran", "Iran's health ministry"),
       C("1,277", 1277, "exact", "injured", "people in Iran", "Iran's health ministry"),
       C("24", 24, "exact", "killed", "people in Israel", "the prime minister's office"),
       C("about 370", 370, "about", "munitions", "ballistic missiles",
         "An Israeli military official"),
       C("more than 1,000", 1000, "more_than", "munitions", "drones",
         "An Israeli military official")]),

    # --- Ukraine and Russia -----------------------------------------------------------------
    P("d2_016",
      "Ukraine's air defences shot down 74 of the 145 drones Russia launched overnight, the air "
      "force said, while 62 others were “locally lost”, a term it uses for drones brought down "
      "by electronic jamming. Debris fell on three districts of Kyiv, but no casualties were "
      "reported.",
      [C("74", 74, "exact", "munitions", "drones shot down", "the air force"),
       C("145", 145, "exact", "munitions", "drones launched", "the air force"),
       C("62", 62, "exact", "munitions", "drones lost to jamming", "the air force"),
       C("three", 3, "exact", "other", "Kyiv districts hit by debris", optional=True)]),
    P("d2_017",
      "09:12 Kharkiv: Russian glide bombs hit a residential area, injuring 19 people, including "
      "two children, Governor Oleh Syniehubov says.\n"
      "09:40 Zaporizhzhia: One person killed in shelling of Stepnohirsk, regional "
      "administration reports.\n"
      "10:05 Donetsk: 148 combat clashes along the front line over the past day, General Staff "
      "says; the heaviest fighting was near Pokrovsk.",
      [C("19", 19, "exact", "injured", "people", "Governor Oleh Syniehubov"),
       C("two", 2, "exact", "injured", "children", "Governor Oleh Syniehubov"),
       C("One", 1, "exact", "killed", "person", "regional administration"),
       C("148", 148, "exact", "other", "combat clashes", "General Staff")]),
    P("d2_018",
      "Russia and Ukraine swapped 390 prisoners each on Friday – 270 soldiers and 120 civilians "
      "– in the first stage of a deal agreed in Istanbul to exchange 1,000 prisoners apiece, "
      "Ukrainian President Volodymyr Zelensky said. More exchanges are expected over the "
      "weekend.",
      [C("390", 390, "exact", "detained", "prisoners exchanged by each side",
         "Ukrainian President Volodymyr Zelensky", cat_alt=["hostages"]),
       C("270", 270, "exact", "detained", "soldiers exchanged",
         "Ukrainian President Volodymyr Zelensky", cat_alt=["hostages", "troops"]),
       C("120", 120, "exact", "detained", "civilians exchanged",
         "Ukrainian President Volodymyr Zelensky", cat_alt=["hostages"]),
       C("1,000", 1000, "exact", "detained", "prisoners each side under the deal",
         "Ukrainian President Volodymyr Zelensky", cat_alt=["hostages"])]),
    P("d2_019",
      "Authorities have ordered the mandatory evacuation of families with children from "
      "Pokrovsk, where about 53,000 people still live, regional governor Vadym Filashkin said "
      "on Monday. Some 2,000 people a day are leaving the Donetsk region, he added, as Russian "
      "forces advance to within 8 km of the town.",
      [C("about 53,000", 53000, "about", "population", "Pokrovsk residents",
         "regional governor Vadym Filashkin"),
       C("Some 2,000", 2000, "about", "displaced", "people leaving a day",
         "regional governor Vadym Filashkin")]),
    P("d2_020",
      "Ukraine says it now controls 1,000 sq km of Russia's Kursk region after a week-long "
      "cross-border offensive. Acting governor Alexei Smirnov said 121,000 people had been "
      "evacuated from border districts and 12 civilians killed. Russia's defence ministry "
      "claimed Ukraine had lost 1,610 troops and 32 tanks in the fighting.",
      [C("1,000", 1000, "exact", "other", "square kilometres controlled", "Ukraine",
         optional=True),
       C("121,000", 121000, "exact", "displaced", "people evacuated",
         "Acting governor Alexei Smirnov"),
       C("12", 12, "exact", "killed", "civilians", "Acting governor Alexei Smirnov"),
       C("1,610", 1610, "exact", "killed", "Ukrainian troops lost", "Russia's defence ministry",
         cat_alt=["injured", "troops"]),
       C("32", 32, "exact", "munitions", "tanks lost", "Russia's defence ministry",
         cat_alt=["other"])]),
    P("d2_021",
      "Two Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday "
      "afternoon, killing at least 12 people, wounding at least 43 and leaving at least 16 "
      "unaccounted for, Interior Minister Ihor Klymenko said. About 200 people were inside when "
      "the bombs hit.",
      [C("Two", 2, "exact", "munitions", "guided bombs", "Interior Minister Ihor Klymenko",
         attr_alt=[None]),
       C("at least 12", 12, "at_least", "killed", "people", "Interior Minister Ihor Klymenko"),
       C("at least 43", 43, "at_least", "injured", "people", "Interior Minister Ihor Klymenko"),
       C("at least 16", 16, "at_least", "missing", "people unaccounted for",
         "Interior Minister Ihor Klymenko"),
       C("About 200", 200, "about", "other", "people inside the store",
         "Interior Minister Ihor Klymenko", attr_alt=[None])]),
    P("d2_022",
      "Updated 13 April 2025, 18:40 BST\n"
      "Two Russian Iskander-M ballistic missiles struck the centre of Sumy as people gathered "
      "for Palm Sunday, killing 34 people and wounding 117, the State Emergency Service said. "
      "Of the 34 killed, two were children.",
      [C("Two", 2, "exact", "munitions", "ballistic missiles", "the State Emergency Service"),
       C("34", 34, "exact", "killed", "people", "the State Emergency Service", ctx="34 people"),
       C("117", 117, "exact", "injured", "people", "the State Emergency Service"),
       C("34", 34, "exact", "killed", "people", "the State Emergency Service", ctx="34 killed",
         attr_alt=[None]),
       C("two", 2, "exact", "killed", "children", "the State Emergency Service",
         attr_alt=[None])],
      published="2025-04-13"),
    P("d2_023",
      "Air defence units destroyed 117 Ukrainian drones over 12 Russian regions overnight, "
      "including 43 over Kursk, reported the state news agency TASS, citing the defence "
      "ministry. In Belgorod, governor Vyacheslav Gladkov said a woman was killed when a drone "
      "hit her car.",
      [C("117", 117, "exact", "munitions", "Ukrainian drones", "the defence ministry",
         attr_alt=["the state news agency TASS"]),
       C("12", 12, "exact", "other", "Russian regions", "the defence ministry", optional=True),
       C("43", 43, "exact", "munitions", "drones over Kursk", "the defence ministry",
         attr_alt=["the state news agency TASS"])]),

    # --- Sudan, DR Congo, the Sahel, Somalia, Mozambique ------------------------------------
    P("d2_024",
      "The RSF's assault on the Zamzam displacement camp killed more than 400 people, the UN "
      "said, citing initial reports, and drove as many as 400,000 from the camp. Of those "
      "killed, at least 11 were health workers, Relief International said.",
      [C("more than 400", 400, "more_than", "killed", "people", "initial reports",
         attr_alt=["the UN"]),
       C("as many as 400,000", 400000, "at_most", "displaced", "people who fled Zamzam",
         "initial reports", attr_alt=["the UN"]),
       C("at least 11", 11, "at_least", "killed", "health workers", "Relief International")]),
    P("d2_025",
      "A drone attack on the Saudi Teaching Hospital in El Fasher killed 70 people and injured "
      "19, WHO chief Tedros Adhanom Ghebreyesus said on X. It was the only functioning hospital "
      "left in the city, which has been besieged by the RSF since May.",
      [C("70", 70, "exact", "killed", "people", "WHO chief Tedros Adhanom Ghebreyesus"),
       C("19", 19, "exact", "injured", "people", "WHO chief Tedros Adhanom Ghebreyesus")]),
    P("d2_026",
      "Famine has spread to five areas of Sudan, including the Zamzam, Abu Shouk and Al Salam "
      "camps around El Fasher, the Famine Review Committee said on Tuesday, and 17 more areas "
      "are at risk. Unicef estimated that 3.5 million children under five are acutely "
      "malnourished.",
      [C("five", 5, "exact", "other", "areas in famine", "the Famine Review Committee",
         ctx="five areas"),
       C("17", 17, "exact", "other", "areas at risk of famine", "the Famine Review Committee"),
       C("3.5 million", 3500000, "exact", "other", "acutely malnourished children",
         "Unicef")]),
    P("d2_027",
      "Published On 29 Jan 2025\n"
      "At least 700 people have been killed and 2,800 injured in the fighting for Goma since "
      "Sunday, a UN spokesperson said, citing the Congolese government. M23 rebels, backed by an "
      "estimated 4,000 Rwandan troops, seized the city's airport on Tuesday.",
      [C("At least 700", 700, "at_least", "killed", "people", "the Congolese government",
         attr_alt=["a UN spokesperson"]),
       C("2,800", 2800, "exact", "injured", "people", "the Congolese government",
         attr_alt=["a UN spokesperson"]),
       C("an estimated 4,000", 4000, "about", "troops", "Rwandan troops")],
      published="2025-01-29"),
    P("d2_028",
      "Upwards of 4,000 inmates escaped from Goma's Munzenze prison as the rebels entered the "
      "city, a UN security source told Reuters. Thirteen peacekeepers and foreign soldiers – "
      "nine from South Africa, three from Malawi and one from Uruguay – have been killed in the "
      "fighting.",
      [C("Upwards of 4,000", 4000, "more_than", "detained", "inmates who escaped",
         "a UN security source", cat_alt=["other"]),
       C("Thirteen", 13, "exact", "killed", "peacekeepers and foreign soldiers"),
       C("nine", 9, "exact", "killed", "South African soldiers"),
       C("three", 3, "exact", "killed", "Malawian soldiers"),
       C("one", 1, "exact", "killed", "Uruguayan soldier")]),
    P("d2_029",
      "At least 32 people were killed and 63 wounded when al-Shabaab militants stormed a "
      "beachfront restaurant at Mogadishu's Lido beach on Friday night, police spokesman "
      "Abdifatah Adan Hassan said. Witnesses said six or seven attackers arrived in a car; one "
      "blew himself up and five were shot dead by security forces, Hassan said. A soldier was "
      "among the dead.",
      [C("At least 32", 32, "at_least", "killed", "people",
         "police spokesman Abdifatah Adan Hassan"),
       C("63", 63, "exact", "injured", "people", "police spokesman Abdifatah Adan Hassan"),
       C("six or seven", 6, "range", "troops", "attackers", "Witnesses", high=7,
         cat_alt=["other"]),
       C("one", 1, "exact", "killed", "attacker who blew himself up", "Hassan",
         optional=True, attr_alt=["Witnesses"], ctx="one blew"),
       C("five", 5, "exact", "killed", "attackers shot dead", "Hassan",
         attr_alt=["Witnesses"])]),
    P("d2_030",
      "Jihadists killed hundreds of people in Barsalogho, in Burkina Faso's Centre-Nord region, "
      "as residents dug trenches to protect the town. The al-Qaeda-linked JNIM claimed to have "
      "killed 300 soldiers and militiamen; a French security assessment put the toll at up to "
      "600, while a UN source estimated “between 200 and 300” dead.",
      [C("hundreds", 100, "vague", "killed", "people"),
       C("300", 300, "exact", "killed", "soldiers and militiamen",
         "The al-Qaeda-linked JNIM", ctx="300 soldiers"),
       C("up to 600", 600, "at_most", "killed", "people", "a French security assessment"),
       C("between 200 and 300", 200, "range", "killed", "people", "a UN source", high=300)]),
    P("d2_031",
      "Jihadists attacked a gendarmerie training school and the military airport in Bamako on "
      "Tuesday, killing more than 70 people and wounding over 200, according to a confidential "
      "security document seen by AFP. The army said in a statement that the situation was under "
      "control and that 20 suspects had been arrested.\n"
      "© 2024 AFP",
      [C("more than 70", 70, "more_than", "killed", "people",
         "a confidential security document"),
       C("over 200", 200, "more_than", "injured", "people", "a confidential security document"),
       C("20", 20, "exact", "detained", "suspects arrested", "The army")]),
    P("d2_032",
      "Suspected jihadists killed 44 civilians in an attack on the village of Fambita in western "
      "Niger's Tillaberi region during Friday prayers, the interior ministry said, declaring "
      "three days of national mourning. Thirteen others were wounded. In a separate ambush near "
      "Tera, a dozen soldiers were killed, the ministry added.",
      [C("44", 44, "exact", "killed", "civilians", "the interior ministry"),
       C("Thirteen", 13, "exact", "injured", "people", "the interior ministry",
         attr_alt=[None]),
       C("a dozen", 12, "exact", "killed", "soldiers", "the ministry")]),
    P("d2_033",
      "Mozambique's post-election unrest has claimed the lives of at least 278 people, including "
      "19 children, the civil society platform Plataforma Decide said. Well over 4,000 people "
      "have been detained. Some 1,500 inmates broke out of a Maputo prison on Christmas Day, "
      "police chief Bernardino Rafael said, 33 of whom were killed in clashes with guards.",
      [C("at least 278", 278, "at_least", "killed", "people",
         "the civil society platform Plataforma Decide"),
       C("19", 19, "exact", "killed", "children", "the civil society platform Plataforma Decide"),
       C("Well over 4,000", 4000, "more_than", "detained", "people",
         "the civil society platform Plataforma Decide", attr_alt=[None]),
       C("Some 1,500", 1500, "about", "detained", "inmates who broke out",
         "police chief Bernardino Rafael", cat_alt=["other"]),
       C("33", 33, "exact", "killed", "escaped inmates", "police chief Bernardino Rafael")]),

    # --- Haiti and Latin America ------------------------------------------------------------
    P("d2_034",
      "At least 184 people, most of them elderly, were killed over the weekend in the Wharf "
      "Jérémie neighbourhood of Cité Soleil, the UN said, after a gang leader accused them of "
      "causing his son's illness through witchcraft. The toll was 207, according to the "
      "National Human Rights Defense Network's figures.",
      [C("At least 184", 184, "at_least", "killed", "people", "the UN"),
       C("207", 207, "exact", "killed", "people", "the National Human Rights Defense Network")]),
    P("d2_035",
      "The first 400 Kenyan police officers of a planned 2,500-strong multinational force "
      "landed in Port-au-Prince on Tuesday. Gangs control an estimated 85% of the capital, and "
      "Haiti's 9,000-member national police force has been overwhelmed.",
      [C("400", 400, "exact", "troops", "Kenyan police officers"),
       C("2,500", 2500, "exact", "troops", "planned multinational force"),
       C("an estimated 85%", 85, "about", "other", "share of the capital held by gangs",
         optional=True),
       C("9,000", 9000, "exact", "troops", "Haitian police officers")]),
    P("d2_036",
      "Since the feud between rival factions of the Sinaloa Cartel erupted on Sept 9, upwards of "
      "1,200 people have been killed and close to 1,400 reported missing in the state, according "
      "to the state prosecutor's office. On Monday alone, two dozen bodies were found dumped "
      "along a highway near Culiacán, state officials said.",
      [C("upwards of 1,200", 1200, "more_than", "killed", "people",
         "the state prosecutor's office"),
       C("close to 1,400", 1400, "about", "missing", "people", "the state prosecutor's office"),
       C("two dozen", 24, "exact", "killed", "bodies found", "state officials")]),
    P("d2_037",
      "Thirty-nine migrants died after a fire broke out at an immigration detention centre in "
      "Ciudad Juárez, across the border from El Paso, Mexico's National Migration Institute "
      "said. Of the 68 men held in the facility, 29 were taken to hospital, officials said. "
      "Eight guards and officials have since been charged.",
      [C("Thirty-nine", 39, "exact", "killed", "migrants",
         "Mexico's National Migration Institute"),
       C("68", 68, "exact", "detained", "migrants held in the facility", "officials"),
       C("29", 29, "exact", "injured", "migrants taken to hospital", "officials"),
       C("Eight", 8, "exact", "detained", "guards and officials charged", None,
         cat_alt=["other"])]),
    P("d2_038",
      "Ecuador prison riot leaves 31 dead\n"
      "Thirty-one inmates were killed and 14 injured in a riot at the Litoral penitentiary in "
      "Guayaquil, the prison agency SNAI said, the latest in a series of massacres that have "
      "claimed the lives of more than 400 prisoners since 2021. The armed forces said 900 "
      "soldiers had been sent to retake the wing, which houses about 1,900 inmates.",
      [C("31", 31, "exact", "killed", "inmates"),
       C("Thirty-one", 31, "exact", "killed", "inmates", "the prison agency SNAI"),
       C("14", 14, "exact", "injured", "inmates", "the prison agency SNAI"),
       C("more than 400", 400, "more_than", "killed", "prisoners since 2021", None,
         attr_alt=["the prison agency SNAI"]),
       C("900", 900, "exact", "troops", "soldiers", "The armed forces"),
       C("about 1,900", 1900, "about", "detained", "inmates in the wing", "The armed forces",
         optional=True, cat_alt=["population"], attr_alt=[None])]),
    P("d2_039",
      "Clashes between the ELN guerrilla group and FARC dissidents in Colombia's Catatumbo "
      "region have killed at least 80 people and forced more than 32,000 to flee their homes, "
      "the ombudsman's office said on Monday. Community leaders said 20-30 former FARC fighters "
      "who signed the 2016 peace deal were among the dead. The government has sent 5,000 troops "
      "to the area.",
      [C("at least 80", 80, "at_least", "killed", "people", "the ombudsman's office"),
       C("more than 32,000", 32000, "more_than", "displaced", "people",
         "the ombudsman's office"),
       C("20-30", 20, "range", "killed", "former FARC fighters", "Community leaders", high=30),
       C("5,000", 5000, "exact", "troops", "Colombian troops")]),

    # --- Asia: quakes, blasts, trains, floods, protests, volcanoes, typhoons -----------------
    P("d2_040",
      "The magnitude 6.0 earthquake in eastern Afghanistan killed more than 800 people and "
      "injured 2,800, Taliban spokesman Zabihullah Mujahid said, most of them in Kunar province, "
      "where whole villages of mud-brick homes collapsed. The UN said nearly 5,000 homes had "
      "been destroyed and that 12,000 people were directly affected.",
      [C("more than 800", 800, "more_than", "killed", "people",
         "Taliban spokesman Zabihullah Mujahid"),
       C("2,800", 2800, "exact", "injured", "people", "Taliban spokesman Zabihullah Mujahid"),
       C("nearly 5,000", 5000, "about", "infrastructure", "homes destroyed", "The UN"),
       C("12,000", 12000, "exact", "other", "people directly affected", "The UN",
         cat_alt=["population"])]),
    P("d2_041",
      "Rescuers pulled more bodies from the rubble of a mosque inside a police compound in "
      "Peshawar on Tuesday, raising the toll from Monday's suicide bombing to 100, police said. "
      "Of the 100 dead, 97 were police officers, provincial police chief Moazzam Jah Ansari told "
      "reporters. Some 225 people were wounded.",
      [C("100", 100, "exact", "killed", "people", "police", ctx="100, police"),
       C("100", 100, "exact", "killed", "people", "provincial police chief Moazzam Jah Ansari",
         ctx="100 dead"),
       C("97", 97, "exact", "killed", "police officers",
         "provincial police chief Moazzam Jah Ansari"),
       C("Some 225", 225, "about", "injured", "people",
         "provincial police chief Moazzam Jah Ansari", attr_alt=[None])]),
    P("d2_042",
      "Published 3 June 2023\n"
      "At least 288 people were killed and more than 1,000 injured when three trains collided "
      "near Balasore in India's eastern state of Odisha on Friday evening, officials said, in "
      "the country's deadliest rail accident in more than two decades. Railway Minister Ashwini "
      "Vaishnaw said 200 ambulances had been deployed.",
      [C("At least 288", 288, "at_least", "killed", "people", "officials"),
       C("more than 1,000", 1000, "more_than", "injured", "people", "officials"),
       C("three", 3, "exact", "other", "trains in the collision", "officials", optional=True,
         attr_alt=[None]),
       C("200", 200, "exact", "other", "ambulances deployed",
         "Railway Minister Ashwini Vaishnaw", cat_alt=["aid"])],
      published="2023-06-03"),
    P("d2_043",
      "Nepal floods: 192 dead, 30 missing\n"
      "KATHMANDU, 30 September 2024 – The death toll from floods and landslides triggered by "
      "torrential rain in Nepal climbed to 192, with 30 people still missing and 194 injured, "
      "the home ministry said on Monday. Security forces have rescued more than 4,000 people.",
      [C("192", 192, "exact", "killed", "people", ctx="192 dead"),
       C("30", 30, "exact", "missing", "people", ctx="30 missing"),
       C("192", 192, "exact", "killed", "people", "the home ministry", ctx="192, with"),
       C("30", 30, "exact", "missing", "people", "the home ministry", ctx="30 people"),
       C("194", 194, "exact", "injured", "people", "the home ministry"),
       C("more than 4,000", 4000, "more_than", "other", "people rescued", "the home ministry",
         attr_alt=[None])],
      published="2024-09-30"),
    P("d2_044",
      "Hasina flees as protesters storm her residence\n"
      "At least 94 people, including 14 police officers, were killed on Sunday in the deadliest "
      "day of the protests, police and doctors said, taking the toll since July to around 300. "
      "Army chief General Waker-uz-Zaman said an interim government would be formed.",
      [C("At least 94", 94, "at_least", "killed", "people", "police and doctors"),
       C("14", 14, "exact", "killed", "police officers", "police and doctors"),
       C("around 300", 300, "about", "killed", "people since July", "police and doctors")]),
    P("d2_045",
      "Rescuers recovered the bodies of 11 climbers on Mount Marapi in West Sumatra after the "
      "volcano erupted on Sunday, sending an ash column 3,000 metres into the sky. Twelve others "
      "are still missing and 49 were evacuated, a local search and rescue official said. The "
      "alert remains at Level 3, the second-highest.",
      [C("11", 11, "exact", "killed", "climbers", None,
         attr_alt=["a local search and rescue official"]),
       C("Twelve", 12, "exact", "missing", "climbers", "a local search and rescue official"),
       C("49", 49, "exact", "displaced", "climbers evacuated",
         "a local search and rescue official", cat_alt=["other"])]),
    P("d2_046",
      "Super Typhoon Man-yi, the equivalent of a Category 5 hurricane, made landfall on "
      "Catanduanes island on Saturday night with sustained winds of 195 km/h. Close to 1.2 "
      "million people had been evacuated, the Office of Civil Defense said. It was the sixth "
      "major storm to hit the country in a month; the first, Trami, left 162 dead and 22 "
      "missing.",
      [C("Close to 1.2 million", 1200000, "about", "displaced", "people evacuated",
         "the Office of Civil Defense"),
       C("162", 162, "exact", "killed", "people (Trami)", None,
         attr_alt=["the Office of Civil Defense"]),
       C("22", 22, "exact", "missing", "people (Trami)", None,
         attr_alt=["the Office of Civil Defense"])]),
    P("d2_047",
      "Published January 9, 2024\n"
      "The number of people confirmed dead in the 7.6-magnitude earthquake that struck Japan's "
      "Noto Peninsula on New Year's Day has risen to 202, Ishikawa prefecture said on Tuesday, "
      "while 102 people remain unaccounted for. Some 28,000 evacuees are staying in 400-odd "
      "shelters.",
      [C("202", 202, "exact", "killed", "people", "Ishikawa prefecture"),
       C("102", 102, "exact", "missing", "people unaccounted for", "Ishikawa prefecture"),
       C("Some 28,000", 28000, "about", "displaced", "evacuees in shelters",
         "Ishikawa prefecture", attr_alt=[None]),
       C("400-odd", 400, "about", "infrastructure", "shelters", "Ishikawa prefecture",
         cat_alt=["other"], attr_alt=[None])],
      published="2024-01-09"),
    P("d2_048",
      "Nine people were killed and more than 1,000 injured after a magnitude 7.4 earthquake "
      "struck Taiwan's east coast on Wednesday morning, the island's strongest in 25 years, the "
      "central emergency operation centre said. Some 600 people were stranded in Taroko Gorge "
      "national park, among them about 50 hotel workers travelling by minibus whose whereabouts "
      "were unknown.",
      [C("Nine", 9, "exact", "killed", "people", "the central emergency operation centre"),
       C("more than 1,000", 1000, "more_than", "injured", "people",
         "the central emergency operation centre"),
       C("Some 600", 600, "about", "other", "people stranded in Taroko Gorge",
         "the central emergency operation centre", cat_alt=["missing", "displaced"],
         attr_alt=[None]),
       C("about 50", 50, "about", "missing", "hotel workers",
         "the central emergency operation centre", attr_alt=[None])]),

    # --- North Africa and Europe ------------------------------------------------------------
    P("d2_049",
      "An attempt by some 3,000 people, many of them minors, to cross into the Spanish enclave of "
      "Ceuta was thwarted over the weekend, Moroccan authorities said, and 152 people were "
      "arrested for inciting the crossings on social media.",
      [C("some 3,000", 3000, "about", "other", "people attempting to cross",
         "Moroccan authorities", cat_alt=["displaced"]),
       C("152", 152, "exact", "detained", "people arrested", "Moroccan authorities")]),
    P("d2_050",
      "The bodies of 28 migrants were exhumed from a mass grave in the Kufra desert in "
      "south-eastern Libya, the UN migration agency said, days after 19 bodies were found in "
      "shallow graves on a farm near Jikharrah. Some 76 migrants, including women and children, "
      "were freed from a trafficking camp in the same operation.",
      [C("28", 28, "exact", "killed", "migrants' bodies", "the UN migration agency"),
       C("19", 19, "exact", "killed", "bodies near Jikharrah", "the UN migration agency",
         attr_alt=[None]),
       C("Some 76", 76, "about", "hostages", "migrants freed from a trafficking camp",
         "the UN migration agency", cat_alt=["other"], attr_alt=[None])]),
    P("d2_051",
      "Eighteen bodies, believed to be those of migrants, were found in a forest in Greece's "
      "Evros region as a wildfire raged for a fourth day, the fire service said. Some 600 "
      "firefighters and seven water-dropping aircraft were battling the blaze, which has "
      "scorched more than 73,000 hectares.",
      [C("Eighteen", 18, "exact", "killed", "bodies of migrants", "the fire service"),
       C("Some 600", 600, "about", "troops", "firefighters", "the fire service",
         cat_alt=["other"], attr_alt=[None]),
       C("seven", 7, "exact", "other", "water-dropping aircraft", "the fire service",
         cat_alt=["munitions"], attr_alt=[None]),
       C("more than 73,000", 73000, "more_than", "other", "hectares scorched",
         "the fire service", optional=True, attr_alt=[None])]),
    P("d2_052",
      "The death toll from flash floods in eastern Spain rose to 217 on Monday, with 213 of the "
      "victims in the Valencia region, the government said. Eighty-nine people remain missing, "
      "according to the Valencia regional high court. Prime Minister Pedro Sánchez ordered "
      "10,000 more soldiers and police officers to the region.",
      [C("217", 217, "exact", "killed", "people", "the government"),
       C("213", 213, "exact", "killed", "victims in Valencia", "the government"),
       C("Eighty-nine", 89, "exact", "missing", "people", "the Valencia regional high court"),
       C("10,000", 10000, "exact", "troops", "soldiers and police officers", None,
         attr_alt=["Prime Minister Pedro Sánchez"])]),
    P("d2_053",
      "France's interior ministry revised the death toll from Cyclone Chido in Mayotte down to "
      "35 from 39 on Thursday after some victims were found to have been counted twice, but "
      "warned that the real number could run into the hundreds. Some 2,500 police and rescue "
      "workers have been sent to the archipelago.",
      [C("35", 35, "exact", "killed", "people", "France's interior ministry"),
       C("39", 39, "exact", "killed", "people (earlier count)", "France's interior ministry"),
       C("hundreds", 100, "vague", "killed", "people (feared)", "France's interior ministry"),
       C("Some 2,500", 2500, "about", "troops", "police and rescue workers", None,
         attr_alt=["France's interior ministry"])]),
    P("d2_054",
      "Close to 900 tractors clogged the streets around the European Union's headquarters in "
      "Brussels on Monday as agriculture ministers from the 27-nation bloc met, Brussels police "
      "said. Farmers hurled eggs and set tyres alight; police responded with water cannon and "
      "arrested six people.\n"
      "Updated: February 26, 2024, 6:12 PM",
      [C("Close to 900", 900, "about", "other", "tractors", "Brussels police"),
       C("six", 6, "exact", "detained", "people arrested", None,
         attr_alt=["Brussels police"])],
      published="2024-02-26"),
    P("d2_055",
      "Georgia's interior ministry said it had detained 402 people since protests against the "
      "government's suspension of EU accession talks began on Nov 28, while the public "
      "defender's office said “more than 300” had been beaten or otherwise ill-treated in "
      "custody. Forty-one police officers have been injured, the ministry said.\n"
      "Protesters outside parliament in Tbilisi on December 2, 2024. REUTERS/Irakli Gedenidze",
      [C("402", 402, "exact", "detained", "protesters", "Georgia's interior ministry"),
       C("more than 300", 300, "more_than", "injured", "detainees ill-treated",
         "the public defender's office", cat_alt=["other"]),
       C("Forty-one", 41, "exact", "injured", "police officers", "the ministry")]),
    P("d2_056",
      "Between 275,000 and 325,000 people took part in Saturday's protest in Belgrade, according "
      "to the independent Public Assembly Archive, while the interior ministry put the crowd at "
      "107,000. The protests began after the collapse of a concrete canopy at Novi Sad railway "
      "station on Nov 1 killed 15 people.",
      [C("Between 275,000 and 325,000", 275000, "range", "other", "protesters",
         "the independent Public Assembly Archive", high=325000),
       C("107,000", 107000, "exact", "other", "protesters", "the interior ministry"),
       C("15", 15, "exact", "killed", "people (Novi Sad canopy)")]),
    P("d2_057",
      "A Hong Kong court on Tuesday sentenced 45 pro-democracy activists to prison terms of up "
      "to 10 years under the national security law Beijing imposed in 2020, in the biggest "
      "trial under the legislation. The defendants were arrested in dawn raids in January 2021.",
      [C("45", 45, "exact", "detained", "activists sentenced")]),

    # --- Africa: Kenya, Nigeria, outbreaks ---------------------------------------------------
    P("d2_058",
      "Kenya's human rights commission said on Friday that 82 people had been abducted by "
      "suspected security agents since the June protests, 29 of whom remain unaccounted for.",
      [C("82", 82, "exact", "hostages", "people abducted", "Kenya's human rights commission",
         cat_alt=["missing", "detained"]),
       C("29", 29, "exact", "missing", "abductees unaccounted for",
         "Kenya's human rights commission")]),
    P("d2_059",
      "Nigeria tanker blast: 170 dead, scores in hospital\n"
      "The death toll from Tuesday's fuel tanker explosion in Jigawa state climbed to 170 as more "
      "of the injured died of their burns, the state emergency management agency said on "
      "Friday. Most of the victims were young men; 24 of them were buried in a single grave on "
      "Wednesday.",
      [C("170", 170, "exact", "killed", "people", ctx="170 dead"),
       C("scores", 20, "vague", "injured", "people in hospital"),
       C("170", 170, "exact", "killed", "people", "the state emergency management agency",
         ctx="170 as"),
       C("24", 24, "exact", "killed", "victims buried in one grave",
         "the state emergency management agency", attr_alt=[None])]),
    P("d2_060",
      "Cholera has killed more than 1,100 people in Sudan since July, the World Health "
      "Organization said, with 43,000-plus suspected cases recorded across 11 states. "
      "Vaccination campaigns have so far reached 1.4m people.",
      [C("more than 1,100", 1100, "more_than", "killed", "people",
         "the World Health Organization"),
       C("43,000-plus", 43000, "more_than", "other", "suspected cholera cases",
         "the World Health Organization"),
       C("11", 11, "exact", "other", "states", "the World Health Organization",
         optional=True),
       C("1.4m", 1400000, "exact", "other", "people vaccinated",
         "the World Health Organization", cat_alt=["aid"], attr_alt=[None])]),
    P("d2_061",
      "More than 17,000 suspected mpox cases and 517 deaths have been reported in Africa this "
      "year, the Africa CDC said, a 160% increase on the same period of 2023. Sweden on Thursday "
      "confirmed the first case of the clade Ib variant outside the continent.",
      [C("More than 17,000", 17000, "more_than", "other", "suspected mpox cases",
         "the Africa CDC"),
       C("517", 517, "exact", "killed", "mpox deaths", "the Africa CDC")]),

    # --- United States ----------------------------------------------------------------------
    P("d2_062",
      "At least 23 people were killed when tornadoes tore through Mississippi on Friday night, "
      "the state emergency management agency said on Twitter, revising an earlier count of 26. "
      "Four people remain missing and dozens were injured, the agency said.",
      [C("At least 23", 23, "at_least", "killed", "people",
         "the state emergency management agency"),
       C("26", 26, "exact", "killed", "people (earlier count)",
         "the state emergency management agency"),
       C("Four", 4, "exact", "missing", "people", "the agency"),
       C("dozens", 12, "vague", "injured", "people", "the agency")]),
    P("d2_063",
      "Updated Feb 15, 2024, 7:05 AM ET\n"
      "One person was killed and 22 others were shot, including at least nine children, when "
      "gunfire broke out after the Kansas City Chiefs' Super Bowl victory parade, police chief "
      "Stacey Graves said. Three people were detained. The Chiefs had beaten the San Francisco "
      "49ers 25-22 in overtime.",
      [C("One", 1, "exact", "killed", "person", "police chief Stacey Graves"),
       C("22", 22, "exact", "injured", "people shot", "police chief Stacey Graves",
         ctx="22 others"),
       C("at least nine", 9, "at_least", "injured", "children shot",
         "police chief Stacey Graves"),
       C("Three", 3, "exact", "detained", "people", "police chief Stacey Graves",
         attr_alt=[None])],
      published="2024-02-15"),
    P("d2_064",
      "US Border Patrol agents made 249,785 apprehensions between ports of entry on the "
      "southwest border in December, Customs and Border Protection said, the highest monthly "
      "total on record. Including those at ports of entry, encounters topped 302,000.",
      [C("249,785", 249785, "exact", "detained", "apprehensions",
         "Customs and Border Protection", cat_alt=["other"]),
       C("302,000", 302000, "more_than", "other", "encounters at the border",
         "Customs and Border Protection", cat_alt=["detained"], attr_alt=[None])]),

    # --- Negations and non-claims -----------------------------------------------------------
    P("d2_065",
      "None of the 40 passengers was hurt when a regional train derailed near Larissa on "
      "Wednesday morning, Hellenic Train said, and no other injuries were reported. Services on "
      "the line will resume at 6 a.m. on Thursday.",
      [C("40", 40, "exact", "other", "passengers on board", "Hellenic Train")]),
    P("d2_066",
      "No casualties were reported after a Russian drone struck a grain silo in the Danube port "
      "of Izmail overnight, the Odesa regional administration said. The air raid alert lasted "
      "3 hours 20 minutes.",
      []),
    P("d2_067",
      "Israel's central bank cut its 2024 growth forecast to 1.5% from 2%, and the shekel "
      "slipped 0.8% against the dollar on Monday. Foreign ministers of the G7 will meet on the "
      "Italian island of Capri on April 17–19. Tourism, which had only just recovered from "
      "COVID-19, is at its lowest level since the 1990s.",
      []),
    P("d2_068",
      "Britain's prime minister will chair a meeting of the Cobra emergency committee at 10 "
      "Downing Street at 9 a.m. on Tuesday, a spokesperson said. British nationals in Lebanon "
      "who need consular assistance should call +44 20 7008 5000 and select option 1.",
      []),
    P("d2_069",
      "The Houthis said they had shot down a US MQ-9 Reaper drone over Marib province, the "
      "group's military spokesman Yahya Saree said in a televised address. Each Reaper costs "
      "about $30 million and can fly at altitudes of up to 50,000 feet for more than 24 hours.",
      []),
    P("d2_070",
      "An EF-2 tornado crossed Route 66 west of Joplin, Missouri, at 4:52 p.m. on Sunday with "
      "peak winds of 120 mph, the National Weather Service said. No injuries were reported.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d2_{:03d}", checks=[no_sentence_from("devset")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=70)
