"""Source of the thirty-fourth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, date lines and release headers) on Middle
East wars and strikes from 2006 to 2025 other than the October 2023 Gaza war of the sample
articles: earlier Gaza wars (2006, Cast Lead, the Mavi Marmara, Pillar of Defense, Black Belt,
Breaking Dawn, Shield and Arrow), Lebanon in 2006 and 2024, Yemen and the Red Sea (Mastaba,
Abqaiq, the Houthi attacks on shipping and the strikes in reply), Iraq and Syria under Islamic
State and the coalition campaign, and Iran's and Israel's exchanges (Ain al-Asad, Tower 22, the
Damascus consulate, the October 2024 barrage). Written for this set (none copied from an
article) in the styles of wire copy with competing tolls, military statements on rockets,
missiles and drones launched and intercepted, UN agency updates on aid trucks, fuel and the
displaced, ship crews rescued or held, live-blog entries with timestamps and headlines with
"says" sources. Annotated by hand and blind by the project's gold conventions (``gold/README.md``
of the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.
One passage holds only non-claims.

Run ``python tests/devset34/build_devset34.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PS_HEALTH = "Palestinian health officials"
SAQQA = "Dr. Juma al-Saqqa"
SAQQA_FULL = "Dr. Juma al-Saqqa of Shifa Hospital"
IL_MIL = "The Israeli military"
UNRWA_FULL = "The U.N. Relief and Works Agency (UNRWA)"
GUNNESS = "UNRWA spokesman Christopher Gunness"
IL_ARMY = "The Israeli army"
PCHR = "The Palestinian Centre for Human Rights"
ISA = "the Israeli Security Agency"
PS_MOH = "The Palestinian Ministry of Health"
ROSENFELD = "police spokesman Micky Rosenfeld"
MDA = "Magen David Adom"
GAZA_MOH_09 = "the health ministry in Gaza"
CIVIL_AFFAIRS = "the Palestinian Ministry of Civil Affairs"
PUBLIC_WORKS = "The Ministry of Public Works"
IDF_FULL = "the Israel Defense Forces (IDF)"
GAZA_MOH_23 = "Gaza's Health Ministry"
LB_SECURITY = "Lebanese security officials"
RESCUE = "rescue officials"
SEC_SOURCES = "security sources"
US_EMBASSY = "The US embassy"
ANNAN = "Secretary-General Kofi Annan"
LB_MOH = "Lebanon's health ministry"
LB_MOH_NOV = "Lebanon's Health Ministry"
ZEID_OFFICE = "his office"
ZEID = "Zeid Ra'ad al-Hussein"
UN_RIGHTS = "the U.N. human rights chief"
MALIKI = "Saudi defence ministry spokesman Col. Turki al-Maliki"
HOUTHI_MILITIA = "Yemen's Houthi militia"
US_OFFICIAL = "a U.S. official"
RYDER = "Pentagon press secretary Brig. Gen. Pat Ryder"
CENTCOM = "US Central Command"
SAREE = "Yahya Saree"
SAREE_FULL = "The Houthis' military spokesman, Yahya Saree"
AFCENT = "the U.S. Air Forces Central commander"
UK_MOD = "Britain's defence ministry"
HOUTHI_SPOX = "The Houthis' military spokesman"
PH_DMW = "the Philippine migrant workers department"
STEM = "Stem Shipping"
STEM_ALT = "the vessel's Greek manager"
UKMTO = "the UK Maritime Trade Operations centre (UKMTO)"
HOUTHI_MOH = "the Houthi-run health ministry"
HAIMOUR = "Muhannad Haimour"
HAIMOUR_ALT = "a spokesman for the governor of Anbar province"
IOM = "The International Organization for Migration"
SOHR = "the Syrian Observatory for Human Rights"
SOHR_CAP = "The Syrian Observatory for Human Rights"
SDF = "The Syrian Democratic Forces (SDF)"
BALI = "SDF spokesman Mustafa Bali"
TR_MOD = "the Turkish Defense Ministry"
OCHA_SY = "The UN humanitarian office OCHA"
KURD_ADMIN = "the Kurdish administration"
CAMPBELL = "spokesman Lt. Col. Thomas Campbell"
US_MIL = "the US military"
IRGC = "Iran's Revolutionary Guards"
WAFA = "the Palestinian news agency Wafa"
TRUMP = "President Trump"

PASSAGES = [
    # --- Gaza before October 2023 ----------------------------------------------------------------
    P("d34_001",
      "BEIT HANOUN, Gaza Strip (AP) — Israeli artillery shells slammed into a row of homes in "
      "this northern Gaza town before dawn Wednesday, killing 18 members of one extended family "
      "as they slept, Palestinian health officials said. Seven of the dead were children and six "
      "were women, said Dr. Juma al-Saqqa of Shifa Hospital, where more than 40 wounded were "
      "taken. The Israeli military said it had fired 12 shells at rocket launch sites and was "
      "investigating whether a radar malfunction had sent them off target. The shelling came a "
      "day after Israeli forces pulled out of Beit Hanoun at the end of a six-day operation that "
      "killed more than 50 Palestinians, most of them militants, according to a count by "
      "hospital officials. Hamas' military wing said it would resume attacks inside Israel.",
      [C("18", 18, "exact", "killed", "members of one family", PS_HEALTH),
       C("Seven", 7, "exact", "killed", "children", SAQQA, attr_alt=[SAQQA_FULL]),
       C("six", 6, "exact", "killed", "women", SAQQA, attr_alt=[SAQQA_FULL],
         ctx="six were women"),
       C("more than 40", 40, "more_than", "injured", "wounded taken to Shifa", SAQQA,
         attr_alt=[SAQQA_FULL, None]),
       C("12", 12, "exact", "munitions", "artillery shells fired", IL_MIL),
       C("more than 50", 50, "more_than", "killed", "Palestinians in the operation",
         "a count by hospital officials", attr_alt=["hospital officials"])]),

    P("d34_002",
      "GAZA, Jan 6, 2009 (Reuters) - Israeli mortar bombs exploded outside a United Nations "
      "school in the Jabalya refugee camp on Tuesday, killing at least 40 Palestinians who had "
      "taken shelter there, medical officials said. The U.N. Relief and Works Agency (UNRWA) "
      "said about 350 people had been sheltering in the al-Fakhura school, one of 23 it has "
      "opened to families fleeing the fighting. The Israeli army said its troops had come under "
      "mortar fire from the school compound and had fired back, and named two Hamas militants it "
      "said were among the dead. \"There is nowhere safe in Gaza,\" UNRWA spokesman Christopher "
      "Gunness said, adding that more than 15,000 people were now staying in the agency's "
      "schools. The deaths brought the Palestinian toll in 11 days of Israel's offensive to "
      "about 640, Gaza health officials said. Israel says five of its soldiers and four "
      "civilians have been killed.",
      [C("at least 40", 40, "at_least", "killed", "Palestinians at the school",
         "medical officials"),
       C("about 350", 350, "about", "displaced", "people sheltering in the school", UNRWA_FULL),
       C("23", 23, "exact", "infrastructure", "UNRWA schools opened as shelters", UNRWA_FULL,
         cat_alt=["other", "aid"]),
       C("two", 2, "exact", "killed", "Hamas militants among the dead", IL_ARMY),
       C("more than 15,000", 15000, "more_than", "displaced", "people staying in UNRWA schools",
         GUNNESS),
       C("about 640", 640, "about", "killed", "Palestinians in the offensive",
         "Gaza health officials"),
       C("five", 5, "exact", "killed", "Israeli soldiers", "Israel"),
       C("four", 4, "exact", "killed", "Israeli civilians", "Israel", ctx="four civilians")],
      published="2009-01-06"),

    P("d34_003",
      "JERUSALEM, March 26, 2009 (AFP) - The Israeli army said on Thursday that 1,166 "
      "Palestinians were killed during its 22-day offensive in the Gaza Strip, a figure far "
      "below those given by Palestinian officials and rights groups. Of those, 709 were \"Hamas "
      "terror operatives\" and 295 were uninvolved civilians, among them 89 children under 16, "
      "the army said, adding that it had not yet been able to classify 162 of the dead. The "
      "Palestinian Centre for Human Rights, based in Gaza, has documented 1,417 deaths, 926 of "
      "them civilians, while the Gaza health ministry puts the toll at more than 1,400. Thirteen "
      "Israelis were killed in the war, ten of them soldiers, four of whom died by friendly "
      "fire. Militants fired some 570 rockets and 200 mortar rounds into Israel during the "
      "offensive, according to the Israeli Security Agency.",
      [C("1,166", 1166, "exact", "killed", "Palestinians in the offensive", IL_ARMY),
       C("709", 709, "exact", "killed", "Hamas operatives", "the army", attr_alt=[IL_ARMY]),
       C("295", 295, "exact", "killed", "uninvolved civilians", "the army",
         attr_alt=[IL_ARMY]),
       C("89", 89, "exact", "killed", "children under 16", "the army", attr_alt=[IL_ARMY]),
       C("162", 162, "exact", "killed", "dead not yet classified", "the army",
         attr_alt=[IL_ARMY]),
       C("1,417", 1417, "exact", "killed", "Palestinians", PCHR),
       C("926", 926, "exact", "killed", "civilians", PCHR),
       C("more than 1,400", 1400, "more_than", "killed", "Palestinians",
         "the Gaza health ministry"),
       C("Thirteen", 13, "exact", "killed", "Israelis", None),
       C("ten", 10, "exact", "killed", "Israeli soldiers", None),
       C("four", 4, "exact", "killed", "soldiers killed by friendly fire", None),
       C("some 570", 570, "about", "munitions", "rockets fired", ISA),
       C("200", 200, "exact", "munitions", "mortar rounds fired", ISA)],
      published="2009-03-26"),

    P("d34_004",
      "OCHA Gaza Humanitarian Situation Report — 15 January 2009\n"
      "Israeli shelling set fire to the UNRWA field office compound in Gaza City this morning, "
      "destroying hundreds of tonnes of food and medical supplies. Three UNRWA staff were "
      "injured and some 700 civilians sheltering in the compound had to be evacuated. "
      "Yesterday, 108 truckloads of humanitarian supplies and 1,300,000 litres of industrial "
      "fuel entered Gaza through the Kerem Shalom and Nahal Oz crossings, well below the 500 "
      "trucks a day that entered before June 2007. UNRWA reports that 46,000 people are now "
      "sheltering in 50 of its schools. The Palestinian Ministry of Health reports that 1,086 "
      "Palestinians have been killed and 4,900 injured since 27 December.",
      [C("hundreds", 100, "vague", "aid", "tonnes of food and medical supplies destroyed", None,
         attr_alt=["OCHA"]),
       C("Three", 3, "exact", "injured", "UNRWA staff", None, attr_alt=["OCHA"]),
       C("some 700", 700, "about", "displaced", "civilians evacuated from the compound", None,
         attr_alt=["OCHA"]),
       C("108", 108, "exact", "aid", "truckloads of supplies", None, attr_alt=["OCHA"]),
       C("1,300,000", 1300000, "exact", "aid", "litres of industrial fuel", None,
         attr_alt=["OCHA"]),
       C("500", 500, "exact", "aid", "trucks a day before June 2007", None,
         attr_alt=["OCHA"]),
       C("46,000", 46000, "exact", "displaced", "people sheltering in UNRWA schools", "UNRWA"),
       C("50", 50, "exact", "infrastructure", "UNRWA schools used as shelters", "UNRWA",
         cat_alt=["other", "aid"]),
       C("1,086", 1086, "exact", "killed", "Palestinians", PS_MOH),
       C("4,900", 4900, "exact", "injured", "Palestinians", PS_MOH)],
      published="2009-01-15"),

    P("d34_005",
      "ASHDOD, Israel, May 31 (Reuters) - Israeli marines stormed a Turkish aid ship bound for "
      "Gaza on Monday, killing nine pro-Palestinian activists in a pre-dawn raid that drew "
      "condemnation around the world. The military said seven soldiers were wounded, two of them "
      "seriously, after activists on the Mavi Marmara attacked the boarding troops with clubs, "
      "knives and two pistols taken from the soldiers. The six ships of the flotilla carried "
      "nearly 700 people and about 10,000 tonnes of aid, organisers said. By evening, 682 "
      "activists had been brought to the port of Ashdod, where most refused to sign deportation "
      "papers and were taken to Beersheba prison, police spokesman Micky Rosenfeld said. Turkey "
      "said 31 of its citizens were being treated in Israeli hospitals.",
      [C("nine", 9, "exact", "killed", "activists", None, attr_alt=["The military"]),
       C("seven", 7, "exact", "injured", "Israeli soldiers", "The military"),
       C("two", 2, "exact", "injured", "soldiers seriously wounded", "The military",
         ctx="two of them seriously"),
       C("two", 2, "exact", "munitions", "pistols taken from soldiers", "The military",
         cat_alt=["other"], ctx="two pistols"),
       C("six", 6, "exact", "other", "ships in the flotilla", "organisers", optional=True),
       C("nearly 700", 700, "about", "other", "people on board", "organisers"),
       C("about 10,000", 10000, "about", "aid", "tonnes of aid", "organisers"),
       C("682", 682, "exact", "detained", "activists brought to Ashdod", ROSENFELD),
       C("31", 31, "exact", "injured", "Turkish citizens in hospital", "Turkey",
         ctx="said 31")]),

    P("d34_006",
      "Live: Israel-Gaza conflict\n"
      "09:12 Sirens sounded in Tel Aviv for the second time in two days as a Fajr-5 rocket "
      "fired from Gaza fell into the sea, police said. No one was hurt.\n"
      "09:40 The Israeli military says militants have fired more than 500 rockets at Israel "
      "since Wednesday, of which 184 were intercepted by the Iron Dome system. It says its "
      "aircraft have struck over 600 targets in Gaza.\n"
      "10:05 Gaza health officials say the Palestinian death toll has risen to 30, including "
      "eight children; about 280 people have been wounded.\n"
      "10:31 Three Israeli civilians were killed on Thursday when a rocket hit an apartment "
      "building in Kiryat Malachi. The army has approved the call-up of up to 30,000 "
      "reservists.\n"
      "10:58 Egypt's prime minister, Hisham Kandil, is due in Gaza within the hour.",
      [C("more than 500", 500, "more_than", "munitions", "rockets fired at Israel", IL_MIL),
       C("184", 184, "exact", "munitions", "rockets intercepted", IL_MIL),
       C("over 600", 600, "more_than", "other", "targets struck in Gaza", IL_MIL,
         cat_alt=["infrastructure", "munitions"], attr_alt=["It"]),
       C("30", 30, "exact", "killed", "Palestinians", "Gaza health officials"),
       C("eight", 8, "exact", "killed", "children", "Gaza health officials"),
       C("about 280", 280, "about", "injured", "people in Gaza", "Gaza health officials",
         attr_alt=[None]),
       C("Three", 3, "exact", "killed", "Israeli civilians", None),
       C("up to 30,000", 30000, "at_most", "troops", "reservists called up", None,
         attr_alt=["The army"])]),

    P("d34_007",
      "Bomb rips through Tel Aviv bus, 28 hurt\n"
      "Published: November 21, 2012, 2:40 PM\n"
      "A bomb exploded on a city bus near the Defense Ministry headquarters in central Tel Aviv "
      "on Wednesday, wounding 28 people, three of them seriously, Magen David Adom said. Police "
      "said the device had been left on the No. 142 bus by a man who then fled; it was the first "
      "bombing in the city since 2006. Police detained two suspects in the hours after the "
      "blast. Hamas praised the attack but did not claim it. Hours later, Egypt's foreign "
      "minister announced a ceasefire to take effect at 9 p.m., ending eight days of fighting in "
      "which Gaza officials said 139 Palestinians had been killed and Israel said five of its "
      "citizens had died.",
      [C("28", 28, "exact", "injured", "people on the bus (headline)", None, ctx="bus, 28 hurt"),
       C("28", 28, "exact", "injured", "people on the bus", MDA, ctx="wounding 28"),
       C("three", 3, "exact", "injured", "seriously wounded", MDA),
       C("two", 2, "exact", "detained", "suspects detained", None, attr_alt=["Police"]),
       C("139", 139, "exact", "killed", "Palestinians", "Gaza officials"),
       C("five", 5, "exact", "killed", "Israelis", "Israel")],
      published="2012-11-21"),

    P("d34_008",
      "GAZA CITY, Gaza Strip (AP) — An Israeli airstrike on a house in the central Gaza town of "
      "Deir al-Balah killed eight members of a single family, including five children, early "
      "Thursday, Palestinian health officials said, hours before a cease-fire ended two days of "
      "fighting. The Israeli military said it had targeted an Islamic Jihad rocket commander who "
      "it said was among the dead. The fighting that began with Tuesday's killing of the group's "
      "top commander in Gaza, Baha Abu al-Ata, killed 34 Palestinians, at least 16 of them "
      "civilians, according to the Health Ministry. Islamic Jihad fired some 450 rockets into "
      "Israel, and about 90 percent of those heading for populated areas were intercepted, the "
      "military said. Dozens of Israelis were treated for light injuries and shock.",
      [C("eight", 8, "exact", "killed", "members of one family", PS_HEALTH),
       C("five", 5, "exact", "killed", "children", PS_HEALTH),
       C("34", 34, "exact", "killed", "Palestinians", "the Health Ministry"),
       C("at least 16", 16, "at_least", "killed", "civilians", "the Health Ministry"),
       C("some 450", 450, "about", "munitions", "rockets fired into Israel", "the military",
         attr_alt=[IL_MIL]),
       C("about 90 percent", 90, "about", "munitions", "rockets intercepted (share)",
         "the military", optional=True),
       C("Dozens", 12, "vague", "injured", "Israelis lightly hurt", None)]),

    P("d34_009",
      "Gaza death toll rises to 44, including 15 children, health ministry says\n"
      "Published On 8 Aug 2022\n"
      "The number of Palestinians killed in three days of Israeli air raids on the Gaza Strip "
      "has risen to 44, among them 15 children and four women, the health ministry in Gaza said, "
      "as an Egyptian-brokered truce appeared to be holding on Monday. More than 360 people were "
      "wounded. The Israeli military said Palestinian Islamic Jihad had fired about 1,100 rockets "
      "towards Israel, around 200 of which fell short inside Gaza. It blamed one such misfire "
      "for a blast in Jabalia on Saturday that killed seven people, a claim the group rejected. "
      "Israeli officials said 31 people had been lightly hurt, most while running to shelters.",
      [C("44", 44, "exact", "killed", "Palestinians (headline)", "health ministry",
         attr_alt=[GAZA_MOH_09], ctx="rises to 44"),
       C("15", 15, "exact", "killed", "children (headline)", "health ministry",
         attr_alt=[GAZA_MOH_09], ctx="including 15 children"),
       C("44", 44, "exact", "killed", "Palestinians", GAZA_MOH_09, ctx="risen to 44"),
       C("15", 15, "exact", "killed", "children", GAZA_MOH_09, ctx="among them 15"),
       C("four", 4, "exact", "killed", "women", GAZA_MOH_09),
       C("More than 360", 360, "more_than", "injured", "people in Gaza", GAZA_MOH_09,
         attr_alt=[None]),
       C("about 1,100", 1100, "about", "munitions", "rockets fired", IL_MIL),
       C("around 200", 200, "about", "munitions", "rockets that fell short", IL_MIL),
       C("seven", 7, "exact", "killed", "people in the Jabalia blast", IL_MIL,
         attr_alt=["It"]),
       C("31", 31, "exact", "injured", "Israelis lightly hurt", "Israeli officials")],
      published="2022-08-08"),

    P("d34_010",
      "OCHA | Gaza: Escalation of hostilities | Flash Update #3 | Issued 8 August 2022, 18:00\n"
      "The Gaza Power Plant, which shut down on 6 August after Israel closed the crossings and "
      "its fuel ran out, resumed operations this afternoon after nine fuel trucks entered "
      "through Kerem Shalom. Until then, Gaza's 2.1 million residents were receiving about four "
      "hours of electricity a day. Since the crossing reopened at 08:00, 62 trucks carrying "
      "food, medical supplies and fuel have entered, according to the Palestinian Ministry of "
      "Civil Affairs. The Ministry of Public Works reports that 18 housing units were destroyed "
      "and 71 sustained major damage, displacing some 450 people. UNRWA has opened three of its "
      "schools as shelters.",
      [C("nine", 9, "exact", "aid", "fuel trucks", None, attr_alt=["OCHA"]),
       C("2.1 million", 2100000, "exact", "population", "Gaza residents", None,
         attr_alt=["OCHA"]),
       C("62", 62, "exact", "aid", "trucks entered", CIVIL_AFFAIRS),
       C("18", 18, "exact", "infrastructure", "housing units destroyed", PUBLIC_WORKS,
         ctx="18 housing"),
       C("71", 71, "exact", "infrastructure", "housing units badly damaged", PUBLIC_WORKS),
       C("some 450", 450, "about", "displaced", "people displaced", PUBLIC_WORKS),
       C("three", 3, "exact", "infrastructure", "UNRWA schools opened as shelters", None,
         cat_alt=["other", "aid"], attr_alt=["UNRWA"])],
      published="2022-08-08"),

    P("d34_011",
      "JERUSALEM, May 14 (Xinhua) -- A total of 1,469 rockets were launched from the Gaza Strip "
      "toward Israel during the five-day round of fighting that ended with a truce late "
      "Saturday, the Israel Defense Forces (IDF) said on Sunday. Of those, 1,139 crossed into "
      "Israeli territory and 437 were intercepted, an interception rate of 96.2 percent, the IDF "
      "said, adding that 291 rockets fell short inside Gaza. The David's Sling system was used "
      "in combat for the first time. Gaza's Health Ministry said 33 Palestinians were killed, "
      "including six children and three women, and 190 were injured. In Israel, an 80-year-old "
      "woman was killed when a rocket hit an apartment block in Rehovot, and a Gazan laborer "
      "died in a strike on a kibbutz near the border, Israeli medics said.",
      [C("1,469", 1469, "exact", "munitions", "rockets launched", IDF_FULL),
       C("1,139", 1139, "exact", "munitions", "rockets that crossed into Israel", "the IDF",
         attr_alt=[IDF_FULL]),
       C("437", 437, "exact", "munitions", "rockets intercepted", "the IDF",
         attr_alt=[IDF_FULL]),
       C("96.2 percent", 96.2, "exact", "munitions", "interception rate", "the IDF",
         optional=True),
       C("291", 291, "exact", "munitions", "rockets that fell short", "the IDF",
         attr_alt=[IDF_FULL]),
       C("33", 33, "exact", "killed", "Palestinians", GAZA_MOH_23),
       C("six", 6, "exact", "killed", "children", GAZA_MOH_23),
       C("three", 3, "exact", "killed", "women", GAZA_MOH_23),
       C("190", 190, "exact", "injured", "Palestinians", GAZA_MOH_23)]),

    # --- Lebanon 2006 ----------------------------------------------------------------------------
    P("d34_012",
      "JERUSALEM (AP) — The bodies of two of the four sailors missing since a missile struck an "
      "Israeli warship off Beirut were recovered from the vessel on Saturday, the military said. "
      "The INS Hanit, a Saar 5-class corvette with a crew of about 80, was hit Friday night by "
      "what officials now believe was an Iranian-made C-802 anti-ship missile with a range of "
      "about 120 kilometers, not a drone as first reported. A second missile fired at the same "
      "time struck a Cambodian-flagged merchant ship farther out to sea, sinking it; 11 of its "
      "12 Egyptian crew were rescued, Lebanese security officials said. Hezbollah, which "
      "captured two Israeli soldiers in a cross-border raid on Wednesday, has fired more than "
      "100 rockets at northern Israel since then, the army says.",
      [C("two", 2, "exact", "killed", "sailors' bodies recovered", "the military",
         cat_alt=["missing"], ctx="two of the four"),
       C("four", 4, "exact", "missing", "sailors missing", "the military"),
       C("about 80", 80, "about", "other", "crew of the Hanit", None, attr_alt=["officials"]),
       C("11", 11, "exact", "other", "crew rescued", LB_SECURITY),
       C("12", 12, "exact", "other", "Egyptian crew", LB_SECURITY),
       C("two", 2, "exact", "hostages", "Israeli soldiers captured", None,
         cat_alt=["detained"], attr_alt=["the army"], ctx="two Israeli soldiers"),
       C("more than 100", 100, "more_than", "munitions", "rockets fired", "the army")]),

    P("d34_013",
      "HAIFA, Israel, July 16, 2006 (Reuters) - A Hezbollah rocket slammed into a railway "
      "maintenance depot in Haifa on Sunday, killing eight workers in the deadliest strike on "
      "Israel since the fighting began, rescue officials said. At least 20 rockets hit the port "
      "city, Israel's third largest, the army said, and police said 17 people were wounded "
      "across the north. Hezbollah said it had used a new rocket, the Raad-2, with a range of up "
      "to 60 km. The army says the group has been firing 100 to 150 rockets a day. In Lebanon, "
      "Israeli air strikes killed at least 45 people on Sunday, raising the Lebanese death toll "
      "from five days of fighting to more than 140, security sources said. Israel says 24 "
      "Israelis, 12 of them soldiers, have been killed.",
      [C("eight", 8, "exact", "killed", "railway workers", RESCUE),
       C("At least 20", 20, "at_least", "munitions", "rockets that hit Haifa", "the army"),
       C("17", 17, "exact", "injured", "people in the north", "police"),
       C("100 to 150", 100, "range", "munitions", "rockets a day", "The army", high=150),
       C("at least 45", 45, "at_least", "killed", "people in Lebanon on Sunday", SEC_SOURCES),
       C("more than 140", 140, "more_than", "killed", "Lebanese death toll", SEC_SOURCES),
       C("24", 24, "exact", "killed", "Israelis", "Israel"),
       C("12", 12, "exact", "killed", "Israeli soldiers", "Israel")],
      published="2006-07-16"),

    P("d34_014",
      "Thousands more flee Lebanon by sea\n"
      "Published: 2006/07/21 11:02:17 GMT\n"
      "Ships carrying thousands of foreigners have docked in Cyprus as the evacuation from "
      "Lebanon gathers pace. The US embassy said more than 6,000 Americans had now left, and it "
      "expected to move up to 6,500 more by the end of the weekend aboard chartered cruise ships "
      "and navy vessels. About 4,000 Britons have been taken out so far, the Foreign Office said. "
      "Canada, which estimates that some 50,000 of its citizens are in Lebanon, has chartered "
      "seven ships. The UN says more than 500,000 Lebanese have been displaced by the fighting, "
      "around 100,000 of them into Syria.",
      [C("Thousands", 1000, "vague", "displaced", "foreigners fleeing (headline)", None),
       C("thousands", 1000, "vague", "displaced", "foreigners evacuated", None,
         attr_alt=[US_EMBASSY]),
       C("more than 6,000", 6000, "more_than", "displaced", "Americans evacuated", US_EMBASSY),
       C("up to 6,500", 6500, "at_most", "displaced", "Americans to be moved", US_EMBASSY,
         attr_alt=["it"]),
       C("About 4,000", 4000, "about", "displaced", "Britons evacuated", "the Foreign Office"),
       C("some 50,000", 50000, "about", "population", "Canadians in Lebanon", "Canada"),
       C("seven", 7, "exact", "other", "ships chartered", None, optional=True,
         attr_alt=["Canada"]),
       C("more than 500,000", 500000, "more_than", "displaced", "Lebanese displaced", "The UN"),
       C("around 100,000", 100000, "about", "displaced", "Lebanese who fled to Syria",
         "The UN")],
      published="2006-07-21"),

    P("d34_015",
      "26 July 2006 – Secretary-General Kofi Annan said today he was \"shocked and deeply "
      "distressed\" by the apparently deliberate targeting of a UN observer post in southern "
      "Lebanon by the Israel Defense Forces, which killed four unarmed military observers. The "
      "observers, from Austria, Canada, China and Finland, served with the UN Truce Supervision "
      "Organization and were attached to the UN Interim Force in Lebanon (UNIFIL). According to "
      "UNIFIL, the post near Khiam came under fire 14 times from Israeli artillery and aircraft "
      "during the afternoon, including four times from precision-guided bombs, and the UN "
      "contacted the Israeli military repeatedly to ask it to stop. UNIFIL has some 2,000 troops "
      "in the south; since 12 July, five of its personnel have been wounded.",
      [C("four", 4, "exact", "killed", "UN military observers", ANNAN, attr_alt=[None],
         ctx="four unarmed"),
       C("14", 14, "exact", "other", "times the post came under fire", "UNIFIL",
         cat_alt=["munitions"]),
       C("four", 4, "exact", "other", "precision-guided bomb hits", "UNIFIL",
         cat_alt=["munitions"], ctx="four times from"),
       C("some 2,000", 2000, "about", "troops", "UNIFIL troops", None, attr_alt=["UNIFIL"]),
       C("five", 5, "exact", "injured", "UNIFIL personnel", None, attr_alt=["UNIFIL"])],
      published="2006-07-26"),

    # --- Lebanon 2024 ----------------------------------------------------------------------------
    P("d34_016",
      "Hezbollah drone kills four soldiers at army base in central Israel\n"
      "Published On 14 Oct 2024\n"
      "Four Israeli soldiers were killed and more than 60 people wounded when a Hezbollah drone "
      "struck an army training base near Binyamina on Sunday evening, the Israeli military said, "
      "the deadliest attack on Israel by the group in the year-long war. Seven of the wounded "
      "were in serious condition, Magen David Adom said. Hezbollah said it had launched \"a "
      "squadron of drones\" at the base in retaliation for Israeli strikes that killed 22 people "
      "in Beirut on Thursday. The military said two drones had crossed from Lebanon and that one "
      "was shot down over the sea; no siren sounded for the second, which hit the base's dining "
      "hall. By Monday, fewer than 20 of the wounded remained in hospital, the health ministry "
      "said.",
      [C("four", 4, "exact", "killed", "soldiers (headline)", None),
       C("Four", 4, "exact", "killed", "Israeli soldiers", "the Israeli military"),
       C("more than 60", 60, "more_than", "injured", "people wounded", "the Israeli military"),
       C("Seven", 7, "exact", "injured", "seriously wounded", MDA),
       C("22", 22, "exact", "killed", "people in Beirut", None, attr_alt=["Hezbollah"]),
       C("two", 2, "exact", "munitions", "drones that crossed", "The military",
         attr_alt=["the Israeli military"]),
       C("one", 1, "exact", "munitions", "drone shot down", "The military",
         attr_alt=["the Israeli military"], ctx="one was shot down"),
       C("fewer than 20", 20, "fewer_than", "injured", "wounded still in hospital",
         "the health ministry")],
      published="2024-10-14"),

    P("d34_017",
      "UNIFIL statement, 10 October 2024\n"
      "This morning, two peacekeepers were injured after an IDF Merkava tank fired its weapon "
      "towards an observation tower at UNIFIL's headquarters in Naqoura, directly hitting it and "
      "causing them to fall. The injuries are, thankfully, not serious, but they remain in "
      "hospital. IDF soldiers also fired at UNP 1-31 in Labbouneh, hitting the entrance to the "
      "bunker where peacekeepers were sheltering and damaging vehicles and communications "
      "equipment. We remind the IDF and all actors of their obligations to ensure the safety and "
      "security of UN personnel and property, as required under resolution 1701. UNIFIL's more "
      "than 10,000 peacekeepers come from 50 countries.",
      [C("two", 2, "exact", "injured", "peacekeepers", None, attr_alt=["UNIFIL"]),
       C("more than 10,000", 10000, "more_than", "troops", "UNIFIL peacekeepers", None,
         attr_alt=["UNIFIL"]),
       C("50", 50, "exact", "other", "contributing countries", None, optional=True,
         attr_alt=["UNIFIL"])],
      published="2024-10-10"),

    P("d34_018",
      "BEIRUT, Sept 28 (Reuters) - Hezbollah confirmed on Saturday that its leader Sayyed Hassan "
      "Nasrallah had been killed in an Israeli air strike on the group's headquarters in "
      "Beirut's southern suburbs, hours after the Israeli military announced his death. "
      "Lebanon's health ministry said the strike on Friday evening killed at least six people "
      "and wounded 91, a toll it said was expected to rise as rescuers searched the rubble of six "
      "flattened buildings. Israeli media reported that warplanes had dropped some 80 tonnes of "
      "bombs on the compound; a U.S. senator said 2,000-pound bunker-busting bombs were used. "
      "The Israeli military said it had struck more than 140 Hezbollah targets overnight, and "
      "that Hezbollah had fired about 65 rockets into northern Israel on Saturday morning. Tens "
      "of thousands of people fled the suburbs overnight, many sleeping in squares and on the "
      "seafront.",
      [C("at least six", 6, "at_least", "killed", "people in the strike", LB_MOH),
       C("91", 91, "exact", "injured", "people in the strike", LB_MOH),
       C("six", 6, "exact", "infrastructure", "buildings flattened", LB_MOH,
         attr_alt=[None], ctx="six flattened"),
       C("some 80", 80, "about", "munitions", "tonnes of bombs dropped", "Israeli media",
         optional=True),
       C("more than 140", 140, "more_than", "other", "Hezbollah targets struck",
         "The Israeli military", cat_alt=["infrastructure", "munitions"]),
       C("about 65", 65, "about", "munitions", "rockets fired into Israel",
         "The Israeli military"),
       C("Tens of thousands", 10000, "vague", "displaced", "people who fled the suburbs",
         None)]),

    P("d34_019",
      "BEIRUT, Nov 23, 2024 (AFP) - An Israeli strike levelled an eight-storey residential "
      "building in Beirut's crowded Basta neighbourhood before dawn on Saturday, killing 29 "
      "people and wounding 67, the health ministry said, in one of the deadliest strikes on the "
      "capital since the war began. The ministry said the toll could rise as rescuers dug "
      "through the rubble, and that DNA tests would be needed to identify some of the dead. An "
      "AFP photographer saw at least four bodies carried from the site. A Lebanese security "
      "source said the target was a senior Hezbollah official, whose fate was unclear. The "
      "ministry says more than 3,670 people have been killed in Lebanon since October 2023, "
      "most of them since September.",
      [C("29", 29, "exact", "killed", "people in Basta", "the health ministry"),
       C("67", 67, "exact", "injured", "people in Basta", "the health ministry"),
       C("at least four", 4, "at_least", "killed", "bodies seen carried out",
         "An AFP photographer"),
       C("more than 3,670", 3670, "more_than", "killed", "people in Lebanon since October 2023",
         "The ministry", attr_alt=["the health ministry"])],
      published="2024-11-23"),

    P("d34_020",
      "TYRE, Lebanon (AP) — Thousands of displaced Lebanese families clogged highways leading "
      "south on Wednesday, hours after a ceasefire between Israel and Hezbollah took effect at 4 "
      "a.m. Under the deal, Israeli forces are to withdraw from southern Lebanon over 60 days as "
      "the Lebanese army deploys some 5,000 troops south of the Litani River. More than 1.2 "
      "million people were displaced in Lebanon during the war, according to the government, and "
      "about 900,000 of them were sheltering in 1,100 collective shelters by November. The "
      "Israeli military warned residents not to return to some 60 villages near the border. "
      "Lebanon's Health Ministry says more than 3,800 people were killed and nearly 16,000 "
      "wounded since October 2023. Between 60,000 and 70,000 residents of northern Israel remain "
      "displaced, Israeli officials said.",
      [C("Thousands", 1000, "vague", "displaced", "displaced families returning", None),
       C("some 5,000", 5000, "about", "troops", "Lebanese troops to deploy", None,
         attr_alt=["the Lebanese army"]),
       C("More than 1.2 million", 1200000, "more_than", "displaced", "people displaced in Lebanon",
         "the government"),
       C("about 900,000", 900000, "about", "displaced", "people in collective shelters",
         "the government", attr_alt=[None]),
       C("1,100", 1100, "exact", "infrastructure", "collective shelters", "the government",
         cat_alt=["other", "aid"], attr_alt=[None]),
       C("some 60", 60, "about", "other", "villages residents were told not to return to",
         "The Israeli military", optional=True, cat_alt=["infrastructure"]),
       C("more than 3,800", 3800, "more_than", "killed", "people in Lebanon", LB_MOH_NOV),
       C("nearly 16,000", 16000, "about", "injured", "people in Lebanon", LB_MOH_NOV),
       C("Between 60,000 and 70,000", 60000, "range", "displaced",
         "residents of northern Israel", "Israeli officials", high=70000)]),

    # --- Yemen, Saudi Arabia and the Red Sea ---------------------------------------------------
    P("d34_021",
      "GENEVA, March 18 (Reuters) - Air strikes by the Saudi-led coalition on a crowded market in "
      "Yemen's northern Hajja province this week killed 106 civilians, including 24 children, "
      "the U.N. human rights chief said on Friday, calling it one of the deadliest attacks of "
      "the year-old war. Zeid Ra'ad al-Hussein said his office had counted at least 119 people "
      "killed in the two strikes on Mastaba market on Tuesday, but that some of the dead may "
      "have been Houthi fighters. \"Such attacks could amount to international crimes,\" he "
      "said. Local medics had earlier put the toll at 65. The coalition said it had struck a "
      "gathering of militia fighters. Nearly 3,200 civilians have been killed in the conflict "
      "since last March, according to U.N. figures.",
      [C("106", 106, "exact", "killed", "civilians at the market", UN_RIGHTS),
       C("24", 24, "exact", "killed", "children", UN_RIGHTS),
       C("at least 119", 119, "at_least", "killed", "people in the two strikes", ZEID_OFFICE,
         attr_alt=[ZEID]),
       C("two", 2, "exact", "munitions", "air strikes on the market", ZEID_OFFICE,
         cat_alt=["other"], attr_alt=[ZEID]),
       C("65", 65, "exact", "killed", "earlier toll", "Local medics"),
       C("Nearly 3,200", 3200, "about", "killed", "civilians in Yemen's war", "U.N. figures",
         attr_alt=["U.N."])]),

    P("d34_022",
      "Saudi Arabia shows debris of drones, missiles used in Aramco attack\n"
      "Published: September 18, 2019 21:30\n"
      "RIYADH: The attack on Saudi Aramco's oil facilities at Abqaiq and Khurais was carried out "
      "with 18 drones and seven cruise missiles launched from the north, Saudi defence ministry "
      "spokesman Col. Turki al-Maliki said on Wednesday. Four of the missiles hit Khurais and "
      "three fell short, he said, displaying wreckage of what he called Iranian-made delta-wing "
      "drones and Ya Ali cruise missiles. Yemen's Houthi militia, which claimed responsibility, "
      "has said it used 10 drones. The strikes knocked out 5.7 million barrels per day of crude "
      "output, about half the Kingdom's production, and sent Brent prices up nearly 15 percent "
      "on Monday. No one was killed.",
      [C("18", 18, "exact", "munitions", "drones", MALIKI, ctx="18 drones"),
       C("seven", 7, "exact", "munitions", "cruise missiles", MALIKI),
       C("Four", 4, "exact", "munitions", "missiles that hit Khurais", MALIKI,
         attr_alt=["he"]),
       C("three", 3, "exact", "munitions", "missiles that fell short", MALIKI,
         attr_alt=["he"]),
       C("10", 10, "exact", "munitions", "drones the Houthis say they used", HOUTHI_MILITIA)],
      published="2019-09-18"),

    P("d34_023",
      "WASHINGTON (AP) — A U.S. Navy destroyer in the northern Red Sea shot down four cruise "
      "missiles and 15 drones launched from Yemen by Iranian-backed Houthi rebels, a U.S. "
      "official said Friday, a larger barrage than the Pentagon first described. The USS Carney "
      "engaged the targets over about nine hours on Thursday, the official said, speaking on "
      "condition of anonymity to discuss details not yet made public. Pentagon press secretary "
      "Brig. Gen. Pat Ryder had said on Thursday that the warship downed three land-attack "
      "cruise missiles and several drones that were \"potentially\" headed toward Israel. A "
      "fourth missile was intercepted by Saudi Arabia, according to a person familiar with the "
      "matter. No U.S. personnel were injured.",
      [C("four", 4, "exact", "munitions", "cruise missiles shot down", US_OFFICIAL),
       C("15", 15, "exact", "munitions", "drones shot down", US_OFFICIAL),
       C("three", 3, "exact", "munitions", "cruise missiles downed (first account)", RYDER)]),

    P("d34_024",
      "Houthis say 10 fighters dead or missing after US helicopters sink boats\n"
      "Published On 31 Dec 2023\n"
      "US Navy helicopters sank three of four Houthi boats that attacked the container ship "
      "Maersk Hangzhou in the Red Sea on Sunday, killing their crews, US Central Command said. "
      "The boats had come within 20 metres of the vessel and opened fire with small arms, "
      "CENTCOM said, adding that it was the 23rd Houthi attack on international shipping since "
      "November 19. The Houthis' military spokesman, Yahya Saree, said 10 of the group's naval "
      "personnel were killed or missing, and warned that the US would \"bear the consequences\". "
      "Maersk said it was pausing all transits through the Red Sea for 48 hours.",
      [C("10", 10, "exact", "killed", "Houthi fighters dead or missing (headline)", "Houthis",
         cat_alt=["missing"], attr_alt=[SAREE], ctx="say 10 fighters"),
       C("three", 3, "exact", "munitions", "Houthi boats sunk", CENTCOM, cat_alt=["other"]),
       C("four", 4, "exact", "munitions", "Houthi boats that attacked", CENTCOM,
         cat_alt=["other"]),
       C("10", 10, "exact", "killed", "naval personnel killed or missing", SAREE,
         cat_alt=["missing"], attr_alt=[SAREE_FULL], ctx="said 10 of")],
      published="2023-12-31"),

    P("d34_025",
      "WASHINGTON/SANAA, Jan 12 (Reuters) - U.S. and British warplanes, ships and a submarine "
      "struck more than 60 targets at 16 locations in Yemen overnight, the U.S. Air Forces "
      "Central commander said, using more than 100 precision-guided munitions of various types. "
      "Britain's defence ministry said four RAF Typhoon jets had taken part, supported by a "
      "Voyager tanker. The Houthis' military spokesman said five of the group's fighters were "
      "killed and six wounded in 73 strikes, and vowed that the attacks would \"not go "
      "unanswered or unpunished\". Thousands of Yemenis rallied in Sanaa after Friday prayers to "
      "denounce the strikes.",
      [C("more than 60", 60, "more_than", "other", "targets struck", AFCENT,
         cat_alt=["infrastructure", "munitions"]),
       C("16", 16, "exact", "other", "locations struck", AFCENT,
         cat_alt=["infrastructure", "munitions"]),
       C("more than 100", 100, "more_than", "munitions", "precision-guided munitions", AFCENT),
       C("four", 4, "exact", "munitions", "RAF Typhoon jets", UK_MOD),
       C("five", 5, "exact", "killed", "Houthi fighters", HOUTHI_SPOX),
       C("six", 6, "exact", "injured", "Houthi fighters", HOUTHI_SPOX),
       C("73", 73, "exact", "munitions", "strikes", HOUTHI_SPOX, cat_alt=["other"]),
       C("Thousands", 1000, "vague", "other", "Yemenis at a rally", None)]),

    P("d34_026",
      "New Delhi, Jan 27 (PTI) The Indian Navy's guided-missile destroyer INS Visakhapatnam "
      "helped fight a blaze on board the oil tanker Marlin Luanda after it was struck by a "
      "Houthi anti-ship missile in the Gulf of Aden, officials said on Saturday. The Marshall "
      "Islands-flagged vessel has a crew of 23 — 22 Indians and one Bangladeshi — and all are "
      "safe, they said. A 10-member firefighting team from the warship boarded the tanker with "
      "specialised equipment, and the fire in a cargo tank was put out after about six hours, "
      "the Navy said. The Houthis said they had fired \"a number of\" naval missiles at the "
      "British-linked ship.",
      [C("23", 23, "exact", "other", "crew on board", "officials", attr_alt=["they"]),
       C("22", 22, "exact", "other", "Indian crew", "officials", attr_alt=["they"]),
       C("one", 1, "exact", "other", "Bangladeshi crew", "officials", attr_alt=["they"],
         ctx="one Bangladeshi"),
       C("10", 10, "exact", "troops", "naval firefighters sent aboard", "the Navy",
         cat_alt=["other"], attr_alt=[None])]),

    P("d34_027",
      "MANILA, June 16 (Reuters) - One Filipino sailor remained missing on Sunday after Houthi "
      "militants attacked the coal carrier Tutor in the Red Sea, the Philippine migrant workers "
      "department said, while the 21 other Filipino crew members were safe after being airlifted "
      "off the ship. The Greek-owned vessel was hit on June 12 by a drone boat that slammed into "
      "its stern, flooding the engine room where the missing seaman had been on duty, the "
      "department said. U.S. Central Command said helicopters from the USS Philippine Sea had "
      "evacuated the crew and that the abandoned ship was taking on water. Filipinos make up "
      "about a quarter of the world's seafarers, and more than 60 have been caught up in Houthi "
      "attacks, including 17 still held aboard the hijacked Galaxy Leader.",
      [C("One", 1, "exact", "missing", "Filipino sailor", PH_DMW),
       C("21", 21, "exact", "other", "crew airlifted", PH_DMW, cat_alt=["displaced"]),
       C("about a quarter", 0.25, "about", "other", "share of world seafarers", None,
         optional=True),
       C("more than 60", 60, "more_than", "other", "Filipino seafarers caught up in attacks",
         None),
       C("17", 17, "exact", "hostages", "Filipinos held on the Galaxy Leader", None)]),

    P("d34_028",
      "Magic Seas crew rescued as Houthis claim attack\n"
      "08 Jul 2025\n"
      "All 22 people aboard the Liberian-flagged bulk carrier Magic Seas — 19 crew and three "
      "armed security guards — were picked up by a passing merchant vessel and taken to Djibouti "
      "after abandoning ship, the vessel's Greek manager, Stem Shipping, said. The ship was "
      "attacked on Sunday about 51 nautical miles south-west of Hodeidah by small craft firing "
      "small arms and rocket-propelled grenades, followed by five uncrewed surface vessels, two "
      "of which hit the hull, according to the UK Maritime Trade Operations centre (UKMTO). The "
      "Houthis said they had used six ballistic and cruise missiles and five drone boats, and "
      "released video of the ship being blown up. The crew, 17 Filipinos among them, were "
      "reported in good condition.",
      [C("22", 22, "exact", "other", "people rescued from the Magic Seas", STEM,
         attr_alt=[STEM_ALT]),
       C("19", 19, "exact", "other", "crew", STEM, attr_alt=[STEM_ALT]),
       C("three", 3, "exact", "other", "security guards", STEM, attr_alt=[STEM_ALT]),
       C("five", 5, "exact", "munitions", "uncrewed surface vessels", UKMTO,
         ctx="five uncrewed"),
       C("two", 2, "exact", "munitions", "vessels that hit the hull", UKMTO),
       C("six", 6, "exact", "munitions", "missiles the Houthis say they used", "The Houthis"),
       C("five", 5, "exact", "munitions", "drone boats the Houthis say they used", "The Houthis",
         ctx="five drone boats"),
       C("17", 17, "exact", "other", "Filipino crew", None, attr_alt=[STEM])],
      published="2025-07-08"),

    P("d34_029",
      "LIVE: Houthi missile strikes Ben Gurion Airport perimeter\n"
      "May 4, 2025\n"
      "11:02 am: A ballistic missile fired from Yemen struck an access road next to Terminal 3 "
      "at Ben Gurion Airport, the IDF says, after several attempts to intercept it failed. It is "
      "the first time a missile launched from Yemen has hit the airport grounds.\n"
      "11:20 am: Magen David Adom says it has treated six people lightly hurt by the blast and "
      "two others injured on their way to shelter.\n"
      "11:47 am: Flights are halted for about an hour. At least 10 foreign airlines have "
      "cancelled flights to Tel Aviv through the end of the week.\n"
      "12:40 pm: The IDF says the Houthis have launched some 30 ballistic missiles and 10 drones "
      "at Israel since the truce in Gaza collapsed in March.",
      [C("six", 6, "exact", "injured", "people lightly hurt", MDA),
       C("two", 2, "exact", "injured", "people hurt running to shelter", MDA),
       C("At least 10", 10, "at_least", "other", "foreign airlines cancelling flights", None,
         optional=True),
       C("some 30", 30, "about", "munitions", "ballistic missiles launched", "The IDF"),
       C("10", 10, "exact", "munitions", "drones launched", "The IDF", ctx="10 drones")],
      published="2025-05-04"),

    P("d34_030",
      "SANAA (AFP) - Israeli air strikes on Sanaa international airport and ports on Yemen's Red "
      "Sea coast killed six people on Thursday, three of them at the airport, the Houthi-run "
      "health ministry said, as World Health Organization chief Tedros Adhanom Ghebreyesus said "
      "he had narrowly escaped. Tedros, who was about to board a flight, wrote on X that a crew "
      "member of the UN plane had been injured. The ministry said 40 people were wounded in the "
      "strikes, which also hit power stations in Sanaa and the ports of Hodeidah, Salif and Ras "
      "Kanatib. The Israeli military said the targets were used by the Houthis to smuggle "
      "Iranian weapons. The rebels have fired more than 200 missiles and 170 drones at Israel "
      "since the Gaza war began, it said.",
      [C("six", 6, "exact", "killed", "people in the strikes", HOUTHI_MOH),
       C("three", 3, "exact", "killed", "people at the airport", HOUTHI_MOH),
       C("40", 40, "exact", "injured", "people in the strikes", "The ministry",
         attr_alt=[HOUTHI_MOH]),
       C("more than 200", 200, "more_than", "munitions", "Houthi missiles fired at Israel",
         IL_MIL, attr_alt=["it"]),
       C("170", 170, "exact", "munitions", "Houthi drones fired at Israel", IL_MIL,
         attr_alt=["it"])]),

    # --- Iraq and Syria: Islamic State and the coalition -------------------------------------
    P("d34_031",
      "BAGHDAD (AP) — Islamic State militants tightened their grip on Ramadi on Monday, a day "
      "after seizing the capital of Iraq's largest province in the biggest defeat for Iraqi "
      "forces in nearly a year. About 500 civilians and soldiers were killed in the fighting "
      "since Friday, said Muhannad Haimour, a spokesman for the governor of Anbar province. "
      "Security officials said fewer than 200 police officers were still defending the "
      "government compound when it fell. The International Organization for Migration said some "
      "25,000 people had fled the city since Friday, many of them walking toward Baghdad. "
      "Hundreds of Shiite militiamen gathered at a base east of the city ahead of a "
      "counteroffensive, and an Anbar provincial council member said some 3,000 fighters were "
      "ready to take part.",
      [C("About 500", 500, "about", "killed", "civilians and soldiers", HAIMOUR,
         attr_alt=[HAIMOUR_ALT]),
       C("fewer than 200", 200, "fewer_than", "troops", "police defending the compound",
         "Security officials", cat_alt=["other"]),
       C("some 25,000", 25000, "about", "displaced", "people who fled Ramadi", IOM),
       C("Hundreds", 100, "vague", "troops", "Shiite militiamen", None),
       C("some 3,000", 3000, "about", "troops", "fighters ready for the counteroffensive",
         "an Anbar provincial council member")]),

    P("d34_032",
      "BEIRUT, May 24, 2015 (AFP) - The Islamic State group has executed at least 217 people, "
      "including 67 civilians, since it began its offensive on the Syrian city of Palmyra 10 "
      "days ago, the Syrian Observatory for Human Rights said Sunday. Among the civilians were "
      "14 children, the Britain-based monitor said, adding that many had been beheaded. Syrian "
      "state media said IS had killed about 400 people in the city, most of them women and "
      "children, a figure the Observatory could not confirm. Palmyra and its surrounding "
      "villages had some 70,000 inhabitants before the fighting, and around a third of them "
      "have fled, according to local activists. The jihadists now control the city's "
      "2,000-year-old ruins.",
      [C("at least 217", 217, "at_least", "killed", "people executed", SOHR),
       C("67", 67, "exact", "killed", "civilians executed", SOHR),
       C("14", 14, "exact", "killed", "children", "the Britain-based monitor",
         attr_alt=[SOHR]),
       C("about 400", 400, "about", "killed", "people in Palmyra", "Syrian state media"),
       C("some 70,000", 70000, "about", "population", "inhabitants of Palmyra",
         "local activists", attr_alt=[None]),
       C("around a third", 1 / 3, "about", "displaced", "share of inhabitants who fled",
         "local activists", optional=True)],
      published="2015-05-24"),

    P("d34_033",
      "BAGHOUZ, Syria, March 23, 2019 (Reuters) - U.S.-backed forces declared victory over "
      "Islamic State at its last enclave in eastern Syria on Saturday, ending the jihadists' "
      "territorial rule after nearly five years of fighting. The Syrian Democratic Forces (SDF) "
      "said more than 29,600 fighters and their family members had surrendered at Baghouz since "
      "January, and that some 5,000 of them were fighters. Another 34,000 civilians were "
      "evacuated from the besieged pocket over the same period, SDF spokesman Mustafa Bali "
      "said. About 1,300 IS fighters were killed in the final offensive, he said, while the SDF "
      "lost 82 of its own. Dozens of Yazidi women and children held by the militants were also "
      "freed, Bali said. The United Nations says al-Hol camp, where most of the women and "
      "children were taken, now holds over 72,000 people, more than 90 percent of them women and "
      "children.",
      [C("more than 29,600", 29600, "more_than", "detained",
         "fighters and family members who surrendered", SDF, cat_alt=["other"]),
       C("some 5,000", 5000, "about", "detained", "fighters who surrendered", SDF,
         cat_alt=["other"]),
       C("34,000", 34000, "exact", "displaced", "civilians evacuated", BALI),
       C("About 1,300", 1300, "about", "killed", "IS fighters", BALI, attr_alt=["he"]),
       C("82", 82, "exact", "killed", "SDF fighters", BALI, attr_alt=["he"]),
       C("Dozens", 12, "vague", "hostages", "Yazidi women and children freed", "Bali",
         attr_alt=[BALI]),
       C("over 72,000", 72000, "more_than", "displaced", "people in al-Hol camp",
         "The United Nations", cat_alt=["population"]),
       C("more than 90 percent", 90, "more_than", "other", "share of women and children",
         "The United Nations", optional=True)],
      published="2019-03-23"),

    P("d34_034",
      "CJTF-OIR News Release: Military strikes continue against ISIS terrorists in Syria and "
      "Iraq\n"
      "Release No: 20170323-01 / March 23, 2017\n"
      "SOUTHWEST ASIA — On March 22, Coalition military forces conducted 19 strikes consisting "
      "of 41 engagements against ISIS terrorists in Syria and Iraq. In Syria, Coalition military "
      "forces conducted 11 strikes consisting of 16 engagements against ISIS targets. Near "
      "Tabqah, seven strikes engaged three ISIS tactical units and destroyed two fighting "
      "positions and a mortar system. In Iraq, Coalition military forces conducted eight strikes "
      "consisting of 25 engagements coordinated with and in support of the Government of Iraq.",
      [C("19", 19, "exact", "munitions", "coalition strikes", None, cat_alt=["other"],
         attr_alt=["CJTF-OIR"]),
       C("41", 41, "exact", "other", "engagements", None, cat_alt=["munitions"],
         attr_alt=["CJTF-OIR"]),
       C("11", 11, "exact", "munitions", "strikes in Syria", None, cat_alt=["other"],
         attr_alt=["CJTF-OIR"]),
       C("16", 16, "exact", "other", "engagements in Syria", None, cat_alt=["munitions"],
         attr_alt=["CJTF-OIR"]),
       C("seven", 7, "exact", "munitions", "strikes near Tabqah", None, cat_alt=["other"],
         attr_alt=["CJTF-OIR"]),
       C("three", 3, "exact", "other", "ISIS tactical units engaged", None, optional=True,
         cat_alt=["troops"], attr_alt=["CJTF-OIR"]),
       C("two", 2, "exact", "other", "fighting positions destroyed", None, optional=True,
         cat_alt=["infrastructure"], attr_alt=["CJTF-OIR"]),
       C("eight", 8, "exact", "munitions", "strikes in Iraq", None, cat_alt=["other"],
         attr_alt=["CJTF-OIR"]),
       C("25", 25, "exact", "other", "engagements in Iraq", None, cat_alt=["munitions"],
         attr_alt=["CJTF-OIR"])],
      published="2017-03-23"),

    P("d34_035",
      "Turkish army 'neutralizes' 595 terrorists in northern Syria: ministry\n"
      "ANKARA (AA) - A total of 595 PKK/YPG terrorists have been \"neutralized\" since the launch "
      "of Operation Peace Spring east of the Euphrates River, the Turkish Defense Ministry said "
      "on Monday. Turkish troops and the Syrian National Army have taken control of 109 "
      "settlements, the ministry added. Kurdish-led authorities, however, said 218 civilians, "
      "including 18 children, had been killed by Turkish strikes. The UN humanitarian office "
      "OCHA put the number of people displaced since October 9 at more than 160,000, while the "
      "Kurdish administration said nearly 300,000 had fled. Turkey says 18 civilians have been "
      "killed on its side of the border by mortar and rocket fire from Syria.",
      [C("595", 595, "exact", "killed", "fighters neutralized (headline)", "ministry",
         attr_alt=[TR_MOD], ctx="neutralizes' 595"),
       C("595", 595, "exact", "killed", "fighters neutralized", TR_MOD, ctx="total of 595"),
       C("109", 109, "exact", "other", "settlements taken", "the ministry",
         cat_alt=["infrastructure"], attr_alt=[TR_MOD]),
       C("218", 218, "exact", "killed", "civilians in Syria", "Kurdish-led authorities"),
       C("18", 18, "exact", "killed", "children", "Kurdish-led authorities",
         ctx="including 18 children"),
       C("more than 160,000", 160000, "more_than", "displaced", "people displaced", OCHA_SY),
       C("nearly 300,000", 300000, "about", "displaced", "people who fled", KURD_ADMIN),
       C("18", 18, "exact", "killed", "civilians in Turkey", "Turkey", ctx="says 18 civilians")]),

    # --- Iran, the United States and Israel ----------------------------------------------------
    P("d34_036",
      "Updated Feb. 10, 2020, 6:45 p.m. ET\n"
      "WASHINGTON — The number of U.S. service members diagnosed with traumatic brain injuries "
      "after Iran's Jan. 8 missile attack on Ain al-Asad air base in Iraq has risen to 109, the "
      "Pentagon said Monday, up from the 64 it reported late last month. Of those, 76 have "
      "returned to duty, spokesman Lt. Col. Thomas Campbell said. President Trump initially said "
      "that \"no Americans were harmed\" in the strike, in which Iran fired 16 ballistic missiles "
      "from three sites inside its territory, 11 of them hitting the base and one striking near "
      "Erbil. The Pentagon's first count, on Jan. 16, was 11 injured troops. About 1,500 U.S. "
      "troops were at the base at the time, most of them sheltering in bunkers after warnings.",
      [C("109", 109, "exact", "injured", "service members with brain injuries", "the Pentagon"),
       C("64", 64, "exact", "injured", "earlier count of brain injuries", "the Pentagon",
         attr_alt=["it"]),
       C("76", 76, "exact", "injured", "injured returned to duty", CAMPBELL,
         cat_alt=["other"]),
       C("16", 16, "exact", "munitions", "ballistic missiles fired", None,
         attr_alt=[TRUMP], ctx="16 ballistic"),
       C("three", 3, "exact", "other", "launch sites", None, optional=True,
         attr_alt=[TRUMP], ctx="three sites"),
       C("11", 11, "exact", "munitions", "missiles that hit the base", None,
         attr_alt=[TRUMP], ctx="11 of them"),
       C("one", 1, "exact", "munitions", "missile near Erbil", None, attr_alt=[TRUMP],
         ctx="one striking"),
       C("11", 11, "exact", "injured", "first count of injured troops",
         "The Pentagon's first count", attr_alt=["The Pentagon"], ctx="was 11 injured"),
       C("About 1,500", 1500, "about", "troops", "U.S. troops at the base", None)],
      published="2020-02-10"),

    P("d34_037",
      "WASHINGTON, Feb 3, 2024 (AFP) - US forces struck more than 85 targets in Iraq and Syria "
      "linked to Iran's Revolutionary Guards and allied militias on Friday, the US military "
      "said, retaliating for a drone attack in Jordan that killed three American soldiers. The "
      "strikes at seven locations, four in Syria and three in Iraq, used more than 125 precision "
      "munitions and included long-range B-1 bombers flown from the United States, US Central "
      "Command said. The Iraqi government said 16 people, including civilians, were killed in "
      "the strikes on its territory, while the Syrian Observatory for Human Rights said 23 "
      "pro-Iran fighters died in Syria. More than 40 troops were wounded in the January 28 "
      "attack on the Tower 22 outpost, which houses about 350 US Army and Air Force personnel, "
      "the Pentagon has said.",
      [C("more than 85", 85, "more_than", "other", "targets struck", US_MIL,
         cat_alt=["infrastructure", "munitions"]),
       C("three", 3, "exact", "killed", "American soldiers in Jordan", None,
         attr_alt=[US_MIL], ctx="killed three"),
       C("seven", 7, "exact", "other", "locations struck", "US Central Command",
         cat_alt=["infrastructure", "munitions"]),
       C("four", 4, "exact", "other", "locations in Syria", "US Central Command",
         cat_alt=["infrastructure", "munitions"]),
       C("three", 3, "exact", "other", "locations in Iraq", "US Central Command",
         cat_alt=["infrastructure", "munitions"], ctx="three in Iraq"),
       C("more than 125", 125, "more_than", "munitions", "precision munitions",
         "US Central Command"),
       C("16", 16, "exact", "killed", "people in Iraq", "The Iraqi government"),
       C("23", 23, "exact", "killed", "pro-Iran fighters in Syria", SOHR),
       C("More than 40", 40, "more_than", "injured", "US troops wounded at Tower 22",
         "the Pentagon"),
       C("about 350", 350, "about", "troops", "personnel at Tower 22", None,
         attr_alt=["the Pentagon"])],
      published="2024-02-03"),

    P("d34_038",
      "Iran fires about 180 ballistic missiles at Israel, IDF says\n"
      "Tue 1 Oct 2024 21.14 BST\n"
      "Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the Israeli "
      "military said, most of which were intercepted by Israeli and US air defences. Millions of "
      "Israelis took cover in bomb shelters as sirens sounded across the country. One "
      "Palestinian man was killed by falling debris in Jericho, the Palestinian news agency Wafa "
      "reported, and two Israelis were lightly injured by shrapnel, according to Magen David "
      "Adom. Iran's Revolutionary Guards said 90% of their missiles had hit their targets, "
      "including three air bases. US destroyers in the eastern Mediterranean fired about a dozen "
      "interceptors, the Pentagon said.",
      [C("about 180", 180, "about", "munitions", "ballistic missiles (headline)", "IDF",
         attr_alt=["the Israeli military"], ctx="fires about 180"),
       C("about 180", 180, "about", "munitions", "ballistic missiles fired",
         "the Israeli military", ctx="fired about 180"),
       C("Millions", 1000000, "vague", "other", "Israelis who took cover", None,
         optional=True),
       C("One", 1, "exact", "killed", "Palestinian man in Jericho", WAFA),
       C("two", 2, "exact", "injured", "Israelis lightly injured", MDA),
       C("90%", 90, "exact", "munitions", "share of missiles that hit", IRGC, optional=True),
       C("three", 3, "exact", "other", "air bases hit", IRGC,
         cat_alt=["infrastructure", "munitions"]),
       C("about a dozen", 12, "about", "munitions", "interceptors fired by US destroyers",
         "the Pentagon")],
      published="2024-10-01"),

    P("d34_039",
      "BEIRUT/DUBAI, April 2 (Reuters) - An Israeli air strike on Iran's embassy compound in "
      "Damascus killed seven Iranian military advisers, among them two generals, Iran's "
      "Revolutionary Guards said on Tuesday, vowing revenge for the attack. The Syrian "
      "Observatory for Human Rights, a Britain-based war monitor, put the overall death toll at "
      "13, including five Syrians and a Hezbollah member. Syrian state media said Israeli F-35 "
      "jets had fired six missiles from over the occupied Golan Heights, flattening the "
      "consular annex. Israel, which does not comment on its strikes in Syria, has carried out "
      "hundreds of attacks in the country since 2011 against what it calls Iranian targets. "
      "Brigadier General Mohammad Reza Zahedi, 63, was the most senior Iranian commander killed "
      "in Syria since the start of the civil war.",
      [C("seven", 7, "exact", "killed", "Iranian military advisers", IRGC),
       C("two", 2, "exact", "killed", "generals", IRGC, ctx="two generals"),
       C("13", 13, "exact", "killed", "overall death toll", SOHR_CAP),
       C("five", 5, "exact", "killed", "Syrians", SOHR_CAP),
       C("six", 6, "exact", "munitions", "missiles fired", "Syrian state media"),
       C("hundreds", 100, "vague", "munitions", "Israeli attacks in Syria since 2011", None,
         cat_alt=["other"])]),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d34_040",
      "CAIRO, Dec 26 (Reuters) - Egypt lost about $7 billion in Suez Canal revenue in 2024 "
      "because of Houthi attacks on Red Sea shipping, President Abdel Fattah al-Sisi said on "
      "Thursday, a drop of more than 60% from the previous year. The canal earned a record "
      "$10.25 billion in the 2022/23 fiscal year. Ships diverting around the Cape of Good Hope "
      "add about 3,500 nautical miles and 10 to 14 days to a voyage between Asia and northern "
      "Europe, and war-risk insurance premiums for the Red Sea have climbed to as much as 1% of "
      "a vessel's value, brokers say. The canal authority has offered discounts of up to 15% on "
      "transit fees to win back container lines.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset", *(f"devset{n}" for n in range(2, 34)), "holdout", "holdout2",
               "holdout3"]
    return build_passages(PASSAGES, id_format="d34_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
