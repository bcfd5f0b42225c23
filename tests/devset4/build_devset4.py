"""Source of the fourth development set: writes ``passages.jsonl`` next to it.

Sixty short passages (2-6 sentences; headline-plus-body items, a bulleted live-blog summary and
an "at a glance" list among them), written for this set in the style of wire, broadcaster and
local-paper copy (none copied from an article), on events not used in the earlier development
sets, annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the
shared folder) and the decisions recorded in ``tests/devset3/README.md``.

All twelve categories are covered, with extra weight on the places where extractors confuse
them: deaths in varied syntax ("left 274 Palestinians dead", "claimed 59 lives", "156
fatalities", "43 bodies", "were killed by a Russian Tochka-U missile", "three of them
children"), troops ("will deploy around 40,000 soldiers", "a 1,000-strong force", "350
personnel", "120 police officers had been sent", "call up about 60,000 reservists"), munitions
("476 drones and 48 missiles", "three or four of the 19 drones", "1,600 airstrikes", "300
shells a day"), aid ("4,200 aid trucks have entered", "20,000 tonnes of food", "500,000 litres
of fuel", "19 aid flights", "1.9 million food parcels"), infrastructure, population ("a city of
about 37,000", "home to about 5,000 people") and other counts (crowds, cases, cancelled flights,
livestock, customers without power, people affected). Attributions come in every form: "according
to", "X said", "said X", "told AFP", "citing", "X's figures", a speaker after a quote, a
pronoun, a continuation sentence, a source in brackets, and the article's own voice. Four
passages hold only non-claims (vote and seat tallies, ages, money, percentages, scores, model
and flight numbers, distances, times, an address, a phone number, page furniture).

Offsets are never typed: each claim names its ``span`` (and a ``ctx`` when the span occurs more
than once), and ``tests/devset_build.py`` finds and checks them with every field. This set adds
one check of its own: no sentence of the earlier development sets is reused.

Run ``python tests/devset4/build_devset4.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

KLYMENKO = "Interior Minister Ihor Klymenko"
REZNICHENKO = "the regional governor, Valentyn Reznichenko"
SES = "the State Emergency Service"
KYRYLENKO = "Donetsk regional governor Pavlo Kyrylenko"
ZELENSKY = "President Volodymyr Zelensky"
PPMO = "the Palestinian Prisoners' Media Office"
SOHR = "the Syrian Observatory for Human Rights"
IOM = "the International Organization for Migration"
CAN = "the Christian Association of Nigeria"
SEMA = "the State Emergency Management Agency"
DODMA = "the Department of Disaster Management Affairs"
OCD = "the Office of Civil Defense"
BNPB = "Indonesia's disaster mitigation agency BNPB"
NDMA = "Pakistan's National Disaster Management Authority"
THAI_MOH = "Thailand's health ministry"
CAMBODIA = "Cambodia's defence ministry spokeswoman, Maly Socheata"
MINISTRY_MN = "the Ministry of Food, Agriculture and Light Industry"
DSHS = "the Texas Department of State Health Services"
CPA = "Civil Protection Agency"
ITALY = "Italy's civil protection agency"

PASSAGES = [
    # --- Russia's war in Ukraine ---------------------------------------------------------------
    P("d4_001",
      "KYIV, Nov 19, 2025 (Reuters) - Russia launched 476 drones and 48 missiles of various types "
      "at Ukraine overnight, the air force said, and a strike on two apartment blocks in the "
      "western city of Ternopil killed at least 25 people, three of them children, and injured 73 "
      "others, according to Interior Minister Ihor Klymenko. Air defences shot down or jammed 442 "
      "of the drones and 41 of the missiles. Rescuers were still searching on Wednesday evening "
      "for 22 people believed to be buried under the rubble of the nine-storey buildings, "
      "Klymenko said, adding that more than 600 emergency workers had been sent to the scene.",
      [C("476", 476, "exact", "munitions", "drones launched", "the air force"),
       C("48", 48, "exact", "munitions", "missiles launched", "the air force"),
       C("two", 2, "exact", "infrastructure", "apartment blocks hit", KLYMENKO,
         attr_alt=[None]),
       C("at least 25", 25, "at_least", "killed", "people in Ternopil", KLYMENKO),
       C("three", 3, "exact", "killed", "children", KLYMENKO),
       C("73", 73, "exact", "injured", "people in Ternopil", KLYMENKO),
       C("442", 442, "exact", "munitions", "drones shot down or jammed", "the air force",
         attr_alt=[None]),
       C("41", 41, "exact", "munitions", "missiles shot down", "the air force", attr_alt=[None]),
       C("22", 22, "exact", "missing", "people under the rubble", "Klymenko"),
       C("more than 600", 600, "more_than", "troops", "emergency workers sent", "Klymenko",
         cat_alt=["other"])],
      published="2025-11-19"),
    P("d4_002",
      "The death toll from Saturday's Russian missile strike on a nine-storey apartment block in "
      "Dnipro rose to 40 on Monday as rescuers pulled more bodies from the rubble, among them "
      "those of three children, the regional governor, Valentyn Reznichenko, said. Seventy-five "
      "people were wounded, 14 of them children, and 39 were rescued alive from the wreckage, the "
      "State Emergency Service said on Telegram, while 34 remain unaccounted for. The Kh-22 "
      "missile, a Soviet-era weapon designed to sink aircraft carriers, destroyed 72 flats.",
      [C("40", 40, "exact", "killed", "people", REZNICHENKO),
       C("three", 3, "exact", "killed", "children", REZNICHENKO),
       C("Seventy-five", 75, "exact", "injured", "people", SES),
       C("14", 14, "exact", "injured", "children", SES),
       C("39", 39, "exact", "other", "people rescued alive", SES),
       C("34", 34, "exact", "missing", "people unaccounted for", SES, attr_alt=[None]),
       C("72", 72, "exact", "infrastructure", "flats destroyed", None, attr_alt=[SES])]),
    P("d4_003",
      "At least 50 people, five of them children, were killed by a Russian Tochka-U missile "
      "carrying cluster munitions that hit the railway station in Kramatorsk as thousands of "
      "civilians waited for evacuation trains, Donetsk regional governor Pavlo Kyrylenko said on "
      "Friday. Around 4,000 people were at or near the station when it was struck at about "
      "10:30 a.m., said Oleksandr Kamyshin, head of Ukraine's state railway company, and 98 were "
      "taken to hospitals across the region. Russia's defence ministry denied firing the missile.",
      [C("At least 50", 50, "at_least", "killed", "people", KYRYLENKO),
       C("five", 5, "exact", "killed", "children", KYRYLENKO),
       C("thousands", 1000, "vague", "displaced", "civilians waiting to be evacuated", KYRYLENKO,
         cat_alt=["other"], attr_alt=[None]),
       C("Around 4,000", 4000, "about", "other", "people at the station", "Oleksandr Kamyshin",
         cat_alt=["displaced"]),
       C("98", 98, "exact", "injured", "people taken to hospital", "Oleksandr Kamyshin")]),
    P("d4_004",
      "The Iskander missile that hit a café in the village of Hroza during a wake for a fallen "
      "soldier on Thursday claimed 59 lives, Ukrainian officials said, in a village of about 330 "
      "people. A six-year-old boy was among the dead, and almost every family in Hroza lost a "
      "relative, the regional governor said. Ukraine's security service said on Monday that two "
      "local men suspected of passing details of the wake to Russian forces had been detained.",
      [C("59", 59, "exact", "killed", "people at the wake", "Ukrainian officials"),
       C("about 330", 330, "about", "population", "Hroza residents", "Ukrainian officials",
         attr_alt=[None]),
       C("two", 2, "exact", "detained", "local men suspected of spying",
         "Ukraine's security service")]),
    P("d4_005",
      "Russia fired 122 missiles and 36 drones at Ukraine on Friday in what the air force called "
      "the largest aerial attack of the war, killing at least 39 civilians and wounding 159 in "
      "cities from Lviv in the west to Kharkiv in the east. The air force said it had destroyed "
      "87 of the missiles and 27 of the drones. In Kyiv, where a warehouse, a metro station used "
      "as a bomb shelter and a maternity hospital were hit, 16 people died and more than 100 "
      "buildings were damaged, according to the city's military administration.",
      [C("122", 122, "exact", "munitions", "missiles", None, attr_alt=["the air force"]),
       C("36", 36, "exact", "munitions", "drones", None, attr_alt=["the air force"]),
       C("at least 39", 39, "at_least", "killed", "civilians", None),
       C("159", 159, "exact", "injured", "people", None),
       C("87", 87, "exact", "munitions", "missiles destroyed", "The air force"),
       C("27", 27, "exact", "munitions", "drones destroyed", "The air force"),
       C("16", 16, "exact", "killed", "people in Kyiv", "the city's military administration"),
       C("more than 100", 100, "more_than", "infrastructure", "buildings damaged in Kyiv",
         "the city's military administration")]),
    P("d4_006",
      "Russian air defences intercepted and destroyed 337 Ukrainian drones overnight, including 91 "
      "over the Moscow region, the defence ministry in Moscow said on Tuesday, in what appeared to "
      "be Kyiv's largest drone attack on the Russian capital since the war began. Three people "
      "were killed and 18 injured, among them three children, when debris fell on residential "
      "areas south of the city, regional governor Andrei Vorobyov said. All four Moscow airports "
      "suspended operations for several hours and at least 50 flights were diverted or delayed, "
      "according to the federal aviation agency Rosaviatsia.",
      [C("337", 337, "exact", "munitions", "Ukrainian drones destroyed",
         "the defence ministry in Moscow"),
       C("91", 91, "exact", "munitions", "drones over the Moscow region",
         "the defence ministry in Moscow"),
       C("Three", 3, "exact", "killed", "people", "regional governor Andrei Vorobyov"),
       C("18", 18, "exact", "injured", "people", "regional governor Andrei Vorobyov"),
       C("three", 3, "exact", "injured", "children", "regional governor Andrei Vorobyov"),
       C("four", 4, "exact", "other", "Moscow airports", "the federal aviation agency Rosaviatsia",
         optional=True, cat_alt=["infrastructure"], attr_alt=[None]),
       C("at least 50", 50, "at_least", "other", "flights diverted or delayed",
         "the federal aviation agency Rosaviatsia")]),
    P("d4_007",
      "Key developments:\n"
      "• Russia fired 93 missiles and nearly 200 drones at Ukraine's energy system overnight, "
      "President Volodymyr Zelensky said\n"
      "• Air defences downed 81 of the missiles, he said, including 11 cruise missiles shot down "
      "by F-16s\n"
      "• At least seven people killed, among them two children in the Dnipro region\n"
      "• Over 1 million households in the Lviv, Ternopil and Ivano-Frankivsk regions without "
      "power (DTEK)\n"
      "• Poland scrambled jets; no violations of its airspace reported",
      [C("93", 93, "exact", "munitions", "missiles", ZELENSKY),
       C("nearly 200", 200, "about", "munitions", "drones", ZELENSKY),
       C("81", 81, "exact", "munitions", "missiles downed", ZELENSKY),
       C("11", 11, "exact", "munitions", "cruise missiles downed by F-16s", ZELENSKY),
       C("At least seven", 7, "at_least", "killed", "people", None),
       C("two", 2, "exact", "killed", "children in the Dnipro region", None),
       C("Over 1 million", 1000000, "more_than", "other", "households without power", "DTEK",
         cat_alt=["infrastructure"])]),
    P("d4_008",
      "Poland will deploy around 40,000 soldiers to its eastern border for the duration of the "
      "joint Russian-Belarusian Zapad exercises, Deputy Defence Minister Cezary Tomczyk said on "
      "Thursday, a day after Russian drones crossed into Polish airspace. Polish and allied jets "
      "shot down three or four of the 19 drones that entered the country overnight, according to "
      "Prime Minister Donald Tusk, who told parliament that Poland was closer to open conflict "
      "than at any time since the Second World War. Minsk has said about 13,000 troops will take "
      "part in the exercises, though Western officials expect the real number to be far higher.",
      [C("around 40,000", 40000, "about", "troops", "Polish soldiers on the border",
         "Deputy Defence Minister Cezary Tomczyk"),
       C("three or four", 3, "range", "munitions", "drones shot down",
         "Prime Minister Donald Tusk", high=4),
       C("19", 19, "exact", "munitions", "Russian drones in Polish airspace",
         "Prime Minister Donald Tusk"),
       C("about 13,000", 13000, "about", "troops", "troops in the exercises", "Minsk")]),
    P("d4_009",
      "The Israeli military will call up about 60,000 reservists and extend the service of "
      "another 20,000 ahead of a planned offensive to capture Gaza City, a military official said "
      "on Wednesday, in a move that could force hundreds of thousands of Palestinians to flee "
      "south once again. Before the war the city was home to about a million people, according "
      "to UN estimates. Five brigades are expected to take part in the ground operation, the "
      "official told reporters on condition of anonymity.",
      [C("about 60,000", 60000, "about", "troops", "reservists called up", "a military official"),
       C("20,000", 20000, "exact", "troops", "reservists whose service is extended",
         "a military official"),
       C("hundreds of thousands", 100000, "vague", "displaced", "Palestinians who could flee",
         None, attr_alt=["a military official"]),
       C("about a million", 1000000, "about", "population", "Gaza City residents before the war",
         "UN estimates"),
       C("Five", 5, "exact", "troops", "brigades", "the official", optional=True,
         cat_alt=["other"], attr_alt=["a military official"])]),

    # --- Gaza, Lebanon, Syria, Yemen, the Red Sea --------------------------------------------
    P("d4_010",
      "Hamas freed the last 20 living hostages held in Gaza on Monday, handing them over to the "
      "Red Cross in two groups, the Israeli military said, as buses carrying 1,968 Palestinian "
      "prisoners and detainees left Israeli jails for the occupied West Bank and Gaza. Of those "
      "released by Israel, 250 had been serving life or long sentences and about 1,700 had been "
      "held without charge after being detained in Gaza during the war, according to the "
      "Palestinian Prisoners' Media Office. The remains of only four of the 28 deceased hostages "
      "were handed over, the military said, and Israel accused Hamas of stalling.",
      [C("20", 20, "exact", "hostages", "living hostages freed", "the Israeli military"),
       C("two", 2, "exact", "other", "groups of hostages", "the Israeli military",
         optional=True),
       C("1,968", 1968, "exact", "detained", "Palestinian prisoners and detainees released",
         None, cat_alt=["hostages"], attr_alt=["the Israeli military"]),
       C("250", 250, "exact", "detained", "prisoners serving long sentences", PPMO),
       C("about 1,700", 1700, "about", "detained", "Gazans held without charge", PPMO),
       C("four", 4, "exact", "killed", "deceased hostages whose remains were returned",
         "the military", cat_alt=["hostages"], attr_alt=["the Israeli military"]),
       C("28", 28, "exact", "killed", "deceased hostages", "the military",
         cat_alt=["hostages"], attr_alt=["the Israeli military"])]),
    P("d4_011",
      "Four Israeli hostages were rescued alive from two apartments in the crowded Nuseirat "
      "refugee camp on Saturday in a daytime raid by special forces, backed by heavy air and "
      "ground fire, that left 274 Palestinians dead and 698 wounded, according to Gaza's health "
      "ministry. An Israeli special forces officer was killed. The Israeli military said the "
      "number of Palestinian casualties was “under 100”, without saying how many of them were "
      "fighters.",
      [C("Four", 4, "exact", "hostages", "hostages rescued", None,
         attr_alt=["Gaza's health ministry"]),
       C("two", 2, "exact", "infrastructure", "apartments raided", None, optional=True,
         cat_alt=["other"]),
       C("274", 274, "exact", "killed", "Palestinians", "Gaza's health ministry"),
       C("698", 698, "exact", "injured", "Palestinians", "Gaza's health ministry"),
       C("under 100", 100, "fewer_than", "injured", "Palestinian casualties",
         "The Israeli military", cat_alt=["killed", "other"])]),
    P("d4_012",
      "Some 4,200 aid trucks have entered Gaza in the three weeks since the ceasefire took "
      "effect, COGAT, the Israeli defence body that oversees crossings, said on Sunday, well "
      "short of the 600 a day envisaged under the agreement. The World Food Programme said it had "
      "brought in more than 20,000 tonnes of food and was operating 44 distribution points, up "
      "from 10 before the truce, while 500,000 litres of fuel had been allowed in for hospitals, "
      "bakeries and desalination plants, according to OCHA. Fewer than 150 trucks a day were "
      "getting through the Kerem Shalom and Kissufim crossings last week, aid groups said.",
      [C("Some 4,200", 4200, "about", "aid", "aid trucks", "COGAT"),
       C("600", 600, "exact", "aid", "trucks a day envisaged", None, attr_alt=["COGAT"]),
       C("more than 20,000", 20000, "more_than", "aid", "tonnes of food",
         "The World Food Programme"),
       C("44", 44, "exact", "aid", "food distribution points", "The World Food Programme",
         cat_alt=["other", "infrastructure"]),
       C("10", 10, "exact", "aid", "distribution points before the truce",
         "The World Food Programme", optional=True, cat_alt=["other", "infrastructure"]),
       C("500,000", 500000, "exact", "aid", "litres of fuel", "OCHA"),
       C("Fewer than 150", 150, "fewer_than", "aid", "trucks a day", "aid groups")]),
    P("d4_013",
      "The Gaza Humanitarian Foundation, the US- and Israeli-backed group that began operating in "
      "late May, says it has handed out more than 1.9 million food parcels, which it says amount "
      "to some 90 million meals. But the UN human rights office said on Friday that it had "
      "recorded 798 killings near aid sites and convoys in the same period, 615 of them in the "
      "vicinity of the foundation's distribution points. Gaza's health ministry said another 11 "
      "people, including two children, had died of malnutrition over the past 24 hours.",
      [C("more than 1.9 million", 1900000, "more_than", "aid", "food parcels",
         "The Gaza Humanitarian Foundation"),
       C("some 90 million", 90000000, "about", "aid", "meals",
         "The Gaza Humanitarian Foundation"),
       C("798", 798, "exact", "killed", "killings near aid sites", "the UN human rights office"),
       C("615", 615, "exact", "killed", "killings near GHF sites", "the UN human rights office"),
       C("11", 11, "exact", "killed", "malnutrition deaths", "Gaza's health ministry"),
       C("two", 2, "exact", "killed", "children who died of malnutrition",
         "Gaza's health ministry")]),
    P("d4_014",
      "BEIRUT (AP) — Tuesday's explosion at Beirut's port, blamed on some 2,750 tons of ammonium "
      "nitrate that had been stored in a warehouse for six years, has killed at least 135 people "
      "and wounded about 5,000, Health Minister Hamad Hassan said on Wednesday, while dozens "
      "remain missing. Beirut Governor Marwan Abboud said up to 300,000 people had been left "
      "homeless and that the damage could exceed $3 billion. Three of the city's hospitals were "
      "put out of service and two more were only partly functioning, the World Health "
      "Organization said.",
      [C("some 2,750", 2750, "about", "other", "tons of ammonium nitrate", None, optional=True,
         cat_alt=["munitions"], attr_alt=["Health Minister Hamad Hassan"]),
       C("at least 135", 135, "at_least", "killed", "people", "Health Minister Hamad Hassan"),
       C("about 5,000", 5000, "about", "injured", "people", "Health Minister Hamad Hassan"),
       C("dozens", 12, "vague", "missing", "people", "Health Minister Hamad Hassan",
         attr_alt=[None]),
       C("up to 300,000", 300000, "at_most", "displaced", "people left homeless",
         "Beirut Governor Marwan Abboud"),
       C("Three", 3, "exact", "infrastructure", "hospitals out of service",
         "the World Health Organization"),
       C("two", 2, "exact", "infrastructure", "hospitals partly functioning",
         "the World Health Organization")]),
    P("d4_015",
      "More than 1,100 people have been killed in a week of fighting in Syria's southern Sweida "
      "province between Druze militias, Bedouin tribes and government forces, the Syrian "
      "Observatory for Human Rights said on Sunday, among them 194 Druze civilians it said were "
      "summarily executed by defence and interior ministry personnel. The International "
      "Organization for Migration said at least 128,000 people had been displaced, and tens of "
      "thousands more were without water or electricity. Israel, which says it is acting to "
      "protect the Druze, carried out dozens of strikes, including on the defence ministry "
      "headquarters in Damascus.",
      [C("More than 1,100", 1100, "more_than", "killed", "people", SOHR),
       C("194", 194, "exact", "killed", "Druze civilians executed", SOHR),
       C("at least 128,000", 128000, "at_least", "displaced", "people",
         "The International Organization for Migration"),
       C("tens of thousands", 10000, "vague", "other", "people without water or electricity",
         "The International Organization for Migration", cat_alt=["population"],
         attr_alt=[None]),
       C("dozens", 12, "vague", "munitions", "Israeli strikes", None, cat_alt=["other"])]),
    P("d4_016",
      "US strikes on the Ras Isa fuel port in western Yemen killed 80 people and wounded 150 "
      "others, the Houthi-run health ministry said on Friday, the deadliest single attack since "
      "Washington launched its campaign against the Iran-backed group on March 15. US Central "
      "Command said the strikes were meant to cut off a source of fuel and revenue for the "
      "Houthis. American forces have hit more than 800 targets since the campaign began, a US "
      "defence official said, while the Houthis have fired dozens of ballistic missiles and "
      "drones at US warships in the Red Sea.",
      [C("80", 80, "exact", "killed", "people", "the Houthi-run health ministry"),
       C("150", 150, "exact", "injured", "people", "the Houthi-run health ministry"),
       C("more than 800", 800, "more_than", "other", "targets hit", "a US defence official",
         cat_alt=["munitions", "infrastructure"]),
       C("dozens", 12, "vague", "munitions", "ballistic missiles and drones fired",
         "a US defence official", attr_alt=[None])]),
    P("d4_017",
      "The Liberian-flagged bulk carrier Eternity C sank in the Red Sea after two days of Houthi "
      "attacks with drones, rocket-propelled grenades and explosive-laden boats, the EU naval "
      "mission Aspides said, adding that at least four of its 25 crew had been killed. Ten "
      "people, eight crew members and two security guards, were pulled from the water in a rescue "
      "operation on Thursday, while 11 remain missing and some may have been taken by the "
      "Houthis. The US embassy in Yemen accused the group of kidnapping survivors.",
      [C("at least four", 4, "at_least", "killed", "crew members",
         "the EU naval mission Aspides"),
       C("25", 25, "exact", "other", "crew on board", "the EU naval mission Aspides"),
       C("Ten", 10, "exact", "other", "people rescued", "the EU naval mission Aspides",
         attr_alt=[None]),
       C("eight", 8, "exact", "other", "crew members rescued", "the EU naval mission Aspides",
         attr_alt=[None]),
       C("two", 2, "exact", "other", "security guards rescued", "the EU naval mission Aspides",
         attr_alt=[None], ctx="two security guards"),
       C("11", 11, "exact", "missing", "crew members", "the EU naval mission Aspides",
         attr_alt=[None])]),

    # --- Africa --------------------------------------------------------------------------------
    P("d4_018",
      "More than 1,500 people were killed in the three days after the paramilitary Rapid Support "
      "Forces seized El Fasher on Sunday, many of them shot as they tried to flee, the Sudan "
      "Doctors Network said. The World Health Organization, citing reports from the ground, said "
      "more than 460 patients and their companions had been killed at the city's last partly "
      "functioning maternity hospital. Some 62,000 people have left the city since it fell, most "
      "of them on foot to Tawila, about 60 km (37 miles) to the west, according to the "
      "International Organization for Migration, but aid workers there said only about 5,000 had "
      "arrived and tens of thousands were believed to be trapped.",
      [C("More than 1,500", 1500, "more_than", "killed", "people", "the Sudan Doctors Network"),
       C("more than 460", 460, "more_than", "killed", "patients and companions",
         "reports from the ground", attr_alt=["The World Health Organization"]),
       C("Some 62,000", 62000, "about", "displaced", "people who left El Fasher", IOM),
       C("about 5,000", 5000, "about", "displaced", "people who reached Tawila",
         "aid workers there"),
       C("tens of thousands", 10000, "vague", "population", "people trapped in El Fasher",
         "aid workers there", cat_alt=["other", "missing"])]),
    P("d4_019",
      "Gunmen abducted 303 pupils and 12 teachers from St Mary's Catholic school in Papiri, in "
      "Nigeria's north-central Niger state, before dawn on Friday, the Christian Association of "
      "Nigeria said, revising an earlier figure of 215 after a headcount. Fifty of the children "
      "escaped and have been reunited with their parents, the association said on Sunday, "
      "leaving 253 pupils and 12 teachers in captivity. The abduction came days after 25 "
      "schoolgirls were seized from a boarding school in neighbouring Kebbi state, and the "
      "federal government has since ordered 47 unity colleges across the country to close.",
      [C("303", 303, "exact", "hostages", "pupils abducted", CAN),
       C("12", 12, "exact", "hostages", "teachers abducted", CAN, ctx="12 teachers from"),
       C("215", 215, "exact", "hostages", "pupils (earlier figure)", CAN),
       C("Fifty", 50, "exact", "hostages", "children who escaped", "the association",
         cat_alt=["other"], attr_alt=[CAN]),
       C("253", 253, "exact", "hostages", "pupils still held", "the association",
         attr_alt=[CAN]),
       C("12", 12, "exact", "hostages", "teachers still held", "the association",
         attr_alt=[CAN], ctx="12 teachers in"),
       C("25", 25, "exact", "hostages", "schoolgirls seized in Kebbi", None),
       C("47", 47, "exact", "infrastructure", "schools ordered closed", None)]),
    P("d4_020",
      "Gunmen killed between 100 and 200 people in an overnight attack on the village of "
      "Yelwata in Nigeria's Benue state, Amnesty International said, with many families locked "
      "in their rooms and burned alive. Local officials gave a lower toll of about 100, and the "
      "state police command said only 43 bodies had so far been recovered. Scores of homes were "
      "burned, and some 3,000 people have fled to Makurdi, the state capital, where they are "
      "sheltering in schools and churches, according to the State Emergency Management Agency.",
      [C("between 100 and 200", 100, "range", "killed", "villagers", "Amnesty International",
         high=200),
       C("about 100", 100, "about", "killed", "villagers", "Local officials"),
       C("43", 43, "exact", "killed", "bodies recovered", "the state police command"),
       C("Scores", 20, "vague", "infrastructure", "homes burned", SEMA, attr_alt=[None]),
       C("some 3,000", 3000, "about", "displaced", "people who fled to Makurdi", SEMA)]),
    P("d4_021",
      "Islamic State-linked ADF rebels stormed a Catholic church in Komanda, in north-eastern "
      "Congo's Ituri province, during a night vigil early on Sunday, killing at least 43 "
      "worshippers, a UN source told AFP: 19 men, 15 women and nine children. Several homes and "
      "shops were set ablaze. Dieudonné Duranthabo, a civil society coordinator in Komanda, said "
      "the toll had risen to 45 by Monday morning, with at least five people missing, and accused "
      "the army, which has a 1,000-strong force in the area, of arriving too late.",
      [C("at least 43", 43, "at_least", "killed", "worshippers", "a UN source"),
       C("19", 19, "exact", "killed", "men", "a UN source"),
       C("15", 15, "exact", "killed", "women", "a UN source"),
       C("nine", 9, "exact", "killed", "children", "a UN source"),
       C("45", 45, "exact", "killed", "people", "Dieudonné Duranthabo"),
       C("at least five", 5, "at_least", "missing", "people", "Dieudonné Duranthabo"),
       C("1,000", 1000, "exact", "troops", "Congolese army force in the area", None,
         attr_alt=["Dieudonné Duranthabo"])]),
    P("d4_022",
      "JNIM fighters have destroyed more than 100 fuel tankers on the main roads into Bamako "
      "since the al-Qaeda affiliate declared a blockade on fuel imports in September, security "
      "sources said, leaving queues hundreds of metres long at filling stations in the capital. "
      "Fewer than 20 tankers a day were reaching the city in October, against 100 to 120 normally, "
      "traders said, and the government closed schools and universities nationwide for two "
      "weeks. A convoy of some 300 tankers escorted by the army arrived on Friday, state "
      "broadcaster ORTM reported.",
      [C("more than 100", 100, "more_than", "other", "fuel tankers destroyed",
         "security sources", cat_alt=["aid"]),
       C("Fewer than 20", 20, "fewer_than", "other", "fuel tankers a day reaching Bamako",
         "traders", cat_alt=["aid"]),
       C("100 to 120", 100, "range", "other", "fuel tankers a day normally", "traders",
         high=120, cat_alt=["aid"]),
       C("some 300", 300, "about", "other", "fuel tankers in the convoy",
         "state broadcaster ORTM", cat_alt=["aid"])]),
    P("d4_023",
      "The Ebola outbreak in Congo's Kasai province has grown to 64 confirmed and probable cases, "
      "45 of them fatal, the World Health Organization said on Thursday, in the country's 16th "
      "outbreak since the virus was identified in 1976. Four health workers are among the dead. "
      "Some 2,000 doses of the Ervebo vaccine have been delivered to Bulape, the epicentre, and "
      "more than 900 contacts are being followed up, the WHO said.",
      [C("64", 64, "exact", "other", "Ebola cases", "the World Health Organization"),
       C("45", 45, "exact", "killed", "Ebola deaths", "the World Health Organization"),
       C("Four", 4, "exact", "killed", "health workers", "the World Health Organization",
         attr_alt=[None]),
       C("Some 2,000", 2000, "about", "aid", "vaccine doses delivered", "the WHO",
         cat_alt=["other"]),
       C("more than 900", 900, "more_than", "other", "contacts followed up", "the WHO")]),
    P("d4_024",
      "Malawi: Cyclone Freddy death toll passes 500\n"
      "The number of people killed by Cyclone Freddy in Malawi has risen to 511, with 533 still "
      "missing, the Department of Disaster Management Affairs said on Saturday, a week after the "
      "storm's second landfall unleashed floods and mudslides across the south of the country. "
      "Almost 564,000 people have been displaced and are living in 747 camps, it said. “We have "
      "buried 15 people from this street alone,” said Chikondi Banda, a community leader in "
      "Blantyre's Chilobwe township, where a mudslide swept away dozens of houses.",
      [C("500", 500, "more_than", "killed", "people in Malawi", None),
       C("511", 511, "exact", "killed", "people", DODMA),
       C("533", 533, "exact", "missing", "people", DODMA),
       C("Almost 564,000", 564000, "about", "displaced", "people", DODMA),
       C("747", 747, "exact", "infrastructure", "displacement camps", DODMA,
         cat_alt=["other"]),
       C("15", 15, "exact", "killed", "people from one street", "Chikondi Banda"),
       C("dozens", 12, "vague", "infrastructure", "houses swept away", None,
         attr_alt=["Chikondi Banda"])]),

    # --- Asia ----------------------------------------------------------------------------------
    P("d4_025",
      "CEBU, Philippines, Nov 6, 2025 (AFP) - Typhoon Kalmaegi has left 188 people dead and 135 "
      "missing in the central Philippines, most of them swept away when flash floods tore through "
      "towns in Cebu province, the Office of Civil Defense said on Thursday. Six soldiers were "
      "also killed when their helicopter crashed during a relief mission in Mindanao. More than "
      "560,000 people were evacuated ahead of the storm, and 2.4 million have been affected, the "
      "agency said. President Ferdinand Marcos declared a state of national calamity for one "
      "year.",
      [C("188", 188, "exact", "killed", "people", OCD),
       C("135", 135, "exact", "missing", "people", OCD),
       C("Six", 6, "exact", "killed", "soldiers in helicopter crash", None, attr_alt=[OCD]),
       C("More than 560,000", 560000, "more_than", "displaced", "people evacuated", "the agency",
         attr_alt=[OCD]),
       C("2.4 million", 2400000, "exact", "other", "people affected", "the agency",
         cat_alt=["population"], attr_alt=[OCD])],
      published="2025-11-06"),
    P("d4_026",
      "Floods and landslides across three provinces of Sumatra have killed 604 people, "
      "Indonesia's disaster mitigation agency BNPB said on Monday, and 464 remain missing as "
      "rescuers struggle to reach villages cut off by washed-out roads and bridges. About 2,600 "
      "people have been injured. Nearly 1.5 million people have been affected and hundreds of "
      "thousands are sheltering in evacuation centres, said BNPB chief Suharyanto, adding that 19 "
      "aid flights had dropped 32 tonnes of food and medical supplies on isolated areas of Aceh.",
      [C("three", 3, "exact", "other", "provinces", None, optional=True),
       C("604", 604, "exact", "killed", "people", BNPB),
       C("464", 464, "exact", "missing", "people", BNPB),
       C("About 2,600", 2600, "about", "injured", "people", BNPB, attr_alt=[None]),
       C("Nearly 1.5 million", 1500000, "about", "other", "people affected",
         "BNPB chief Suharyanto", cat_alt=["population"]),
       C("hundreds of thousands", 100000, "vague", "displaced", "people in evacuation centres",
         "BNPB chief Suharyanto"),
       C("19", 19, "exact", "aid", "aid flights", "BNPB chief Suharyanto"),
       C("32", 32, "exact", "aid", "tonnes of food and medical supplies",
         "BNPB chief Suharyanto")]),
    P("d4_027",
      "Pakistan's National Disaster Management Authority said on Friday that monsoon floods had "
      "killed 1,391 people since mid-June, including 481 children, and damaged or destroyed "
      "nearly 1.9 million homes. More than 33 million people, about 15% of the population, have "
      "been affected, and 1.1 million head of livestock have perished, it said. Some 13,000 km of "
      "roads and 439 bridges have been washed away.",
      [C("1,391", 1391, "exact", "killed", "people", NDMA),
       C("481", 481, "exact", "killed", "children", NDMA),
       C("nearly 1.9 million", 1900000, "about", "infrastructure", "homes damaged or destroyed",
         NDMA),
       C("More than 33 million", 33000000, "more_than", "other", "people affected", NDMA,
         cat_alt=["population"]),
       C("about 15%", 15, "about", "other", "share of the population affected", NDMA,
         optional=True),
       C("1.1 million", 1100000, "exact", "other", "livestock perished", NDMA),
       C("Some 13,000", 13000, "about", "infrastructure", "km of roads washed away", NDMA,
         optional=True, attr_alt=[None]),
       C("439", 439, "exact", "infrastructure", "bridges washed away", NDMA, attr_alt=[None])]),
    P("d4_028",
      "MUAN, South Korea, Dec. 29, 2024 (AP) — A Jeju Air passenger jet skidded off a runway, "
      "slammed into a concrete embankment and burst into flames at Muan International Airport on "
      "Sunday, killing 179 of the 181 people on board in the deadliest air disaster on South "
      "Korean soil. The two survivors, both flight attendants, were pulled from the tail section, "
      "officials said. The Boeing 737-800, flight 7C2216 from Bangkok, was carrying 175 "
      "passengers, among them two Thai nationals, and six crew members. Transport ministry "
      "officials said the control tower had issued a bird-strike warning about two minutes "
      "before the crash.",
      [C("179", 179, "exact", "killed", "people on board", None),
       C("181", 181, "exact", "other", "people on board", None),
       C("two", 2, "exact", "other", "survivors", "officials", ctx="two survivors"),
       C("175", 175, "exact", "other", "passengers", None, attr_alt=["officials"]),
       C("two", 2, "exact", "other", "Thai passengers", None, optional=True,
         ctx="two Thai nationals"),
       C("six", 6, "exact", "other", "crew members", None, attr_alt=["officials"])],
      published="2024-12-29"),
    P("d4_029",
      "Hong Kong fire: death toll rises to 128 as 200 still unaccounted for\n"
      "Firefighters brought the blaze at Wang Fuk Court in Tai Po under control on Friday "
      "morning, more than 40 hours after it broke out, as the number of confirmed dead rose to "
      "128, police said, and roughly 200 residents remained unaccounted for. Seven of the "
      "estate's eight 31-storey towers caught fire; they were home to some 4,600 residents. At "
      "least 79 people, 12 of them firefighters, were injured, and police have arrested three "
      "men from a construction company on suspicion of manslaughter.",
      [C("128", 128, "exact", "killed", "people", None, ctx="rises to 128"),
       C("200", 200, "exact", "missing", "people", None, ctx="200 still"),
       C("128", 128, "exact", "killed", "people", "police", ctx="rose to 128"),
       C("roughly 200", 200, "about", "missing", "residents", "police"),
       C("Seven", 7, "exact", "infrastructure", "towers that caught fire", None,
         attr_alt=["police"]),
       C("eight", 8, "exact", "infrastructure", "towers in the estate", None, optional=True),
       C("some 4,600", 4600, "about", "population", "residents of the towers", None),
       C("At least 79", 79, "at_least", "injured", "people", None, attr_alt=["police"]),
       C("12", 12, "exact", "injured", "firefighters", None, attr_alt=["police"]),
       C("three", 3, "exact", "detained", "construction company men arrested", None,
         attr_alt=["police"])]),
    P("d4_030",
      "A military paraglider dropped two bombs on a crowd of 100–150 people who had gathered for "
      "a candlelight protest and a Buddhist festival in Bon To village, in central Myanmar's "
      "Sagaing region, on Monday night, killing at least 24 people and injuring 47, a local "
      "resistance official told Reuters. Several children were among the dead. Amnesty "
      "International said the junta has carried out more than 1,600 airstrikes since the "
      "February 2021 coup, and the UN says over 3.5 million people are internally displaced.",
      [C("two", 2, "exact", "munitions", "bombs dropped", "a local resistance official"),
       C("100–150", 100, "range", "other", "people in the crowd", "a local resistance official",
         high=150),
       C("at least 24", 24, "at_least", "killed", "people", "a local resistance official"),
       C("47", 47, "exact", "injured", "people", "a local resistance official"),
       C("more than 1,600", 1600, "more_than", "munitions", "junta airstrikes since the coup",
         "Amnesty International", cat_alt=["other"]),
       C("over 3.5 million", 3500000, "more_than", "displaced", "internally displaced people",
         "the UN")]),
    P("d4_031",
      "At least 32 people have been killed in three days of fighting along the Thai-Cambodian "
      "border, the heaviest in more than a decade, and more than 168,000 have fled their homes, "
      "officials on both sides said on Saturday. Thailand's health ministry said 19 people (13 "
      "civilians and six soldiers) had died on its side and 71 had been wounded, while "
      "Cambodia's defence ministry spokeswoman, Maly Socheata, reported 13 deaths, eight of them "
      "civilians. The Thai army said Cambodian troops had fired more than 40 BM-21 rockets into "
      "civilian areas, and six Thai F-16 jets struck Cambodian military targets on Thursday.",
      [C("At least 32", 32, "at_least", "killed", "people", "officials on both sides"),
       C("more than 168,000", 168000, "more_than", "displaced", "people who fled",
         "officials on both sides"),
       C("19", 19, "exact", "killed", "people in Thailand", THAI_MOH),
       C("13", 13, "exact", "killed", "Thai civilians", THAI_MOH, ctx="13 civilians"),
       C("six", 6, "exact", "killed", "Thai soldiers", THAI_MOH, ctx="six soldiers"),
       C("71", 71, "exact", "injured", "people in Thailand", THAI_MOH),
       C("13", 13, "exact", "killed", "people in Cambodia", CAMBODIA, ctx="13 deaths"),
       C("eight", 8, "exact", "killed", "Cambodian civilians", CAMBODIA),
       C("more than 40", 40, "more_than", "munitions", "BM-21 rockets", "The Thai army"),
       C("six", 6, "exact", "munitions", "Thai F-16 jets", "The Thai army", attr_alt=[None],
         ctx="six Thai")]),
    P("d4_032",
      "India said it had struck nine sites in Pakistan and Pakistan-administered Kashmir early "
      "on Wednesday, calling them “terrorist infrastructure”, while Pakistan's military "
      "spokesman said 31 civilians, including women and children, had been killed and 57 "
      "wounded. Pakistan said its air force had shot down five Indian jets, a claim New Delhi did "
      "not address. Across the Line of Control, Indian officials said at least 15 civilians had "
      "been killed by Pakistani shelling in Poonch district, where residents said upwards of 300 "
      "shells a day were landing.",
      [C("nine", 9, "exact", "other", "sites struck", "India", cat_alt=["infrastructure"]),
       C("31", 31, "exact", "killed", "civilians", "Pakistan's military spokesman"),
       C("57", 57, "exact", "injured", "civilians", "Pakistan's military spokesman"),
       C("five", 5, "exact", "munitions", "Indian jets shot down", "Pakistan",
         cat_alt=["other"]),
       C("at least 15", 15, "at_least", "killed", "civilians in Poonch", "Indian officials"),
       C("upwards of 300", 300, "more_than", "munitions", "shells a day", "residents")]),
    P("d4_033",
      "A Bangladesh Air Force F-7 BGI training jet crashed into a two-storey school building in "
      "Dhaka's Uttara area on Monday afternoon, killing at least 27 people, 25 of them children, "
      "the chief adviser's office said. Most of the 88 people being treated at the National Burn "
      "Institute were pupils aged between 8 and 14, many of them in a critical condition, said "
      "Dr Mohammad Sayedur Rahman, a health adviser to the interim government. The pilot, who "
      "was on his first solo flight, was also killed.",
      [C("at least 27", 27, "at_least", "killed", "people", "the chief adviser's office"),
       C("25", 25, "exact", "killed", "children", "the chief adviser's office"),
       C("88", 88, "exact", "injured", "people treated for burns",
         "Dr Mohammad Sayedur Rahman")]),

    # --- The Americas --------------------------------------------------------------------------
    P("d4_034",
      "President Donald Trump has ordered a further 2,000 National Guard troops to Los Angeles, "
      "bringing the total federalised for the city to 4,000, and about 700 active-duty Marines "
      "from Twentynine Palms are due to arrive within 48 hours, the Pentagon said on Tuesday. The "
      "deployment, which officials estimated would cost $134 million over 60 days, has been "
      "challenged in court by California Governor Gavin Newsom. Los Angeles police said they had "
      "arrested 378 people since Saturday, most of them for failing to disperse, and that nine "
      "officers had been hurt.",
      [C("2,000", 2000, "exact", "troops", "additional National Guard troops", "the Pentagon"),
       C("4,000", 4000, "exact", "troops", "National Guard troops in total", "the Pentagon"),
       C("about 700", 700, "about", "troops", "Marines", "the Pentagon"),
       C("378", 378, "exact", "detained", "people arrested", "Los Angeles police"),
       C("nine", 9, "exact", "injured", "police officers", "Los Angeles police")]),
    P("d4_035",
      "Eighteen people were killed and 13 wounded when a gunman opened fire at a bowling alley "
      "and a bar in Lewiston, Maine, on Wednesday night, Gov. Janet Mills told a news conference, "
      "as hundreds of law enforcement officers hunted for the suspect, a 40-year-old Army "
      "reservist. Residents of Lewiston, a city of about 37,000, and neighbouring Auburn were "
      "told to shelter in place, and schools across the area were closed. “This is a dark day "
      "for Maine,” said Mills.",
      [C("Eighteen", 18, "exact", "killed", "people", "Gov. Janet Mills"),
       C("13", 13, "exact", "injured", "people", "Gov. Janet Mills"),
       C("hundreds", 100, "vague", "troops", "law enforcement officers", None,
         attr_alt=["Gov. Janet Mills"]),
       C("about 37,000", 37000, "about", "population", "Lewiston residents", None)]),
    P("d4_036",
      "All 67 people aboard an American Eagle regional jet and an Army Black Hawk helicopter were "
      "killed when the two aircraft collided over the Potomac River near Washington's Reagan "
      "National Airport on Wednesday night, officials said. The CRJ700, flight 5342 from "
      "Wichita, Kansas, was carrying 60 passengers and four crew members, and three soldiers were "
      "on board the helicopter. Divers had recovered the remains of 55 people by Sunday, and the "
      "airport, which handles some 300 departures a day, reopened on Thursday morning.",
      [C("67", 67, "exact", "killed", "people aboard both aircraft", "officials"),
       C("two", 2, "exact", "other", "aircraft", "officials", optional=True),
       C("60", 60, "exact", "other", "passengers on the jet", None, attr_alt=["officials"]),
       C("four", 4, "exact", "other", "crew members on the jet", None, attr_alt=["officials"]),
       C("three", 3, "exact", "other", "soldiers on the helicopter", None,
         cat_alt=["killed", "troops"], attr_alt=["officials"]),
       C("55", 55, "exact", "killed", "victims' remains recovered", None),
       C("some 300", 300, "about", "other", "departures a day", None, optional=True)]),
    P("d4_037",
      "The measles outbreak in West Texas has grown to 481 cases, the Texas Department of State "
      "Health Services said on Tuesday, with 56 people hospitalised since late January and two "
      "unvaccinated school-age children dead. Most of the cases are in Gaines County, a farming "
      "community of about 22,000 with one of the lowest vaccination rates in the state. "
      "Nationally, cases have topped 700 in 25 jurisdictions this year, according to the CDC, "
      "already more than in all of 2024.",
      [C("481", 481, "exact", "other", "measles cases", DSHS),
       C("56", 56, "exact", "other", "people hospitalised", DSHS, cat_alt=["injured"]),
       C("two", 2, "exact", "killed", "unvaccinated children", DSHS),
       C("about 22,000", 22000, "about", "population", "Gaines County residents", None),
       C("700", 700, "more_than", "other", "measles cases nationally", "the CDC"),
       C("25", 25, "exact", "other", "jurisdictions", "the CDC", optional=True)]),
    P("d4_038",
      "Haiti's magnitude 7.2 earthquake at a glance (Civil Protection Agency figures as of "
      "Aug. 18, 2021):\n"
      "- Dead: 2,207\n"
      "- Injured: 12,268\n"
      "- Missing: 344\n"
      "- Homes destroyed: 52,953; damaged: 77,006\n"
      "- Hospitals damaged or destroyed: 25 (of 60 in the three affected departments)\n"
      "Tropical Storm Grace dumped up to 15 inches of rain on the quake zone on Monday night, "
      "hampering the search for survivors.",
      [C("2,207", 2207, "exact", "killed", "people", CPA),
       C("12,268", 12268, "exact", "injured", "people", CPA),
       C("344", 344, "exact", "missing", "people", CPA),
       C("52,953", 52953, "exact", "infrastructure", "homes destroyed", CPA),
       C("77,006", 77006, "exact", "infrastructure", "homes damaged", CPA),
       C("25", 25, "exact", "infrastructure", "hospitals damaged or destroyed", CPA),
       C("60", 60, "exact", "infrastructure", "hospitals in the affected departments", CPA,
         optional=True),
       C("three", 3, "exact", "other", "affected departments", CPA, optional=True)]),
    P("d4_039",
      "Updated Oct. 28, 2025, 11:52 p.m. ET\n"
      "Hurricane Melissa made landfall near New Hope in south-western Jamaica on Tuesday as a "
      "Category 5 storm with sustained winds of 185 mph, and by evening about 530,000 customers, "
      "77% of the total, were without power, Jamaica Public Service said. More than 25,000 "
      "people had taken refuge in 881 shelters, Prime Minister Andrew Holness said. In Haiti, "
      "where the storm's outer bands triggered flash floods, at least 25 people were killed in "
      "Petit-Goâve, 10 of them children, when the La Digue river burst its banks, the civil "
      "protection agency said; 18 others are missing.",
      [C("about 530,000", 530000, "about", "other", "customers without power",
         "Jamaica Public Service", cat_alt=["infrastructure"]),
       C("77%", 77, "exact", "other", "share of customers without power",
         "Jamaica Public Service", optional=True),
       C("More than 25,000", 25000, "more_than", "displaced", "people in shelters",
         "Prime Minister Andrew Holness"),
       C("881", 881, "exact", "infrastructure", "shelters", "Prime Minister Andrew Holness",
         cat_alt=["other"]),
       C("at least 25", 25, "at_least", "killed", "people in Petit-Goâve",
         "the civil protection agency"),
       C("10", 10, "exact", "killed", "children", "the civil protection agency"),
       C("18", 18, "exact", "missing", "people", "the civil protection agency")],
      published="2025-10-28"),
    P("d4_040",
      "Approximately 2,000 residents of East Palestine, Ohio, a village of some 4,700 people near "
      "the Pennsylvania line, were ordered to leave their homes after 38 cars of a Norfolk "
      "Southern freight train derailed on Friday night, 11 of them carrying hazardous materials "
      "including vinyl chloride. Officials widened the evacuation zone to a 1-by-2-mile area on "
      "Monday ahead of a controlled release of the chemicals, Gov. Mike DeWine said. No injuries "
      "have been reported. The train, numbered 32N, was hauling 149 cars.",
      [C("Approximately 2,000", 2000, "about", "displaced", "residents ordered to leave", None,
         attr_alt=["Gov. Mike DeWine"]),
       C("some 4,700", 4700, "about", "population", "East Palestine residents", None),
       C("38", 38, "exact", "other", "rail cars derailed", None, cat_alt=["infrastructure"]),
       C("11", 11, "exact", "other", "cars carrying hazardous materials", None),
       C("149", 149, "exact", "other", "cars on the train", None, optional=True)]),
    P("d4_041",
      "Manitoba declared a province-wide state of emergency on Wednesday as wildfires forced some "
      "17,000 people from their homes, the largest evacuation in the province in three decades, "
      "Premier Wab Kinew said. The entire city of Flin Flon, home to about 5,000 people, was "
      "ordered out, and the Canadian Armed Forces sent about 350 personnel and three C-130 "
      "Hercules aircraft to fly residents out of isolated First Nations communities. There are "
      "20-odd active fires in the province, six of them considered out of control, the Manitoba "
      "Wildfire Service said.",
      [C("some 17,000", 17000, "about", "displaced", "people forced from their homes",
         "Premier Wab Kinew"),
       C("about 5,000", 5000, "about", "population", "Flin Flon residents", None,
         attr_alt=["Premier Wab Kinew"]),
       C("about 350", 350, "about", "troops", "Canadian Armed Forces personnel", None,
         attr_alt=["Premier Wab Kinew"]),
       C("three", 3, "exact", "other", "C-130 aircraft", None, cat_alt=["munitions"],
         attr_alt=["Premier Wab Kinew"], ctx="three C-130"),
       C("20-odd", 20, "about", "other", "active wildfires", "the Manitoba Wildfire Service"),
       C("six", 6, "exact", "other", "fires out of control", "the Manitoba Wildfire Service")]),
    P("d4_042",
      "Ten years after 43 students from the Ayotzinapa teacher-training college disappeared in "
      "the southern state of Guerrero, the remains of only three have been identified, their "
      "families said at a march in Mexico City on Thursday that drew perhaps 10,000 people. "
      "Prosecutors say 120 people, among them soldiers and police officers, have been arrested "
      "in connection with the case, though many have since been released.",
      [C("43", 43, "exact", "missing", "students who disappeared", None,
         attr_alt=["their families"]),
       C("three", 3, "exact", "killed", "students whose remains were identified",
         "their families", cat_alt=["missing"], attr_alt=[None]),
       C("perhaps 10,000", 10000, "about", "other", "marchers", None,
         attr_alt=["their families"]),
       C("120", 120, "exact", "detained", "people arrested", "Prosecutors")]),
    P("d4_043",
      "Colombia's defence ministry said on Monday that 57 soldiers were being held against their "
      "will by a crowd of about 600 people in a rural area of Guaviare department, and accused "
      "FARC dissidents of orchestrating the standoff. A week earlier, 34 soldiers held by "
      "residents in El Plateado, in Cauca department, were freed after talks mediated by the "
      "ombudsman's office. In Antioquia, 13 police officers were killed when a helicopter taking "
      "part in a coca eradication operation was brought down by a drone, Defence Minister Pedro "
      "Sánchez said.",
      [C("57", 57, "exact", "hostages", "soldiers held by a crowd",
         "Colombia's defence ministry", cat_alt=["detained"]),
       C("about 600", 600, "about", "other", "people in the crowd",
         "Colombia's defence ministry"),
       C("34", 34, "exact", "hostages", "soldiers freed in El Plateado", None,
         cat_alt=["detained"], attr_alt=["Colombia's defence ministry"]),
       C("13", 13, "exact", "killed", "police officers", "Defence Minister Pedro Sánchez")]),

    # --- Europe --------------------------------------------------------------------------------
    P("d4_044",
      "Some 300,000 people joined a pro-Palestinian march through central London on Saturday, "
      "the Metropolitan Police estimated, while organisers put the turnout at between 800,000 and "
      "a million. More than "
      "2,000 officers were on duty, including 1,375 drafted in from forces outside the capital, "
      "and 126 people were arrested, most of them counter-protesters who clashed with police near "
      "the Cenotaph, Scotland Yard said. Nine officers were injured, two of whom were taken to "
      "hospital.",
      [C("Some 300,000", 300000, "about", "other", "marchers", "the Metropolitan Police"),
       C("between 800,000 and a million", 800000, "range", "other", "marchers", "organisers",
         high=1000000),
       C("More than 2,000", 2000, "more_than", "troops", "police officers on duty",
         "Scotland Yard"),
       C("1,375", 1375, "exact", "troops", "officers from outside London", "Scotland Yard"),
       C("126", 126, "exact", "detained", "people arrested", "Scotland Yard"),
       C("Nine", 9, "exact", "injured", "police officers", "Scotland Yard", attr_alt=[None]),
       C("two", 2, "exact", "injured", "officers taken to hospital", "Scotland Yard",
         attr_alt=[None])]),
    P("d4_045",
      "Storm Éowyn left a record 768,000 homes, farms and businesses without electricity across "
      "Ireland on Friday, ESB Networks said, after a gust of 183 km/h was recorded at Mace Head "
      "in County Galway. Another 285,000 customers lost power in Northern Ireland, according to "
      "NIE Networks. A 20-year-old man was killed when a tree fell on his car in County Donegal, "
      "gardaí said. More than 200 flights in and out of Dublin Airport were cancelled.",
      [C("768,000", 768000, "exact", "other", "homes, farms and businesses without power",
         "ESB Networks", cat_alt=["infrastructure"]),
       C("285,000", 285000, "exact", "other", "customers without power in Northern Ireland",
         "NIE Networks", cat_alt=["infrastructure"]),
       C("More than 200", 200, "more_than", "other", "flights cancelled", None)]),
    P("d4_046",
      "A fire at an electrical substation in west London shut Heathrow airport for most of "
      "Friday, forcing the cancellation of more than 1,300 flights and disrupting the journeys of "
      "over 200,000 passengers, according to the aviation analytics firm Cirium. About 150 people "
      "were evacuated from homes near the substation in Hayes and 16,300 properties lost power, "
      "the London Fire Brigade said; 10 fire engines and around 70 firefighters were sent to "
      "tackle the blaze. Heathrow, which handled 83.9 million passengers last year, said it "
      "expected to be fully operational on Saturday.",
      [C("more than 1,300", 1300, "more_than", "other", "flights cancelled",
         "the aviation analytics firm Cirium"),
       C("over 200,000", 200000, "more_than", "other", "passengers disrupted",
         "the aviation analytics firm Cirium"),
       C("About 150", 150, "about", "displaced", "people evacuated",
         "the London Fire Brigade"),
       C("16,300", 16300, "exact", "other", "properties without power",
         "the London Fire Brigade", cat_alt=["infrastructure"]),
       C("10", 10, "exact", "other", "fire engines", "the London Fire Brigade", optional=True,
         cat_alt=["troops"], attr_alt=[None]),
       C("around 70", 70, "about", "troops", "firefighters", "the London Fire Brigade",
         cat_alt=["other"], attr_alt=[None]),
       C("83.9 million", 83900000, "exact", "other", "Heathrow passengers last year",
         "Heathrow", optional=True, attr_alt=[None])]),
    P("d4_047",
      "More than 7.1 million head of livestock have died in Mongolia this winter, about 11% of "
      "the national herd, as the harshest dzud in half a century buried pastures under deep snow, "
      "the Ministry of Food, Agriculture and Light Industry said. Close to 2,300 herding families "
      "have lost more than 70% of their animals, it said. The Red Cross has distributed food "
      "parcels to 1,500 households in the worst-hit provinces, the International Federation of "
      "Red Cross and Red Crescent Societies said, as night-time temperatures fell to minus 40C.",
      [C("More than 7.1 million", 7100000, "more_than", "other", "livestock died", MINISTRY_MN),
       C("about 11%", 11, "about", "other", "share of the national herd", MINISTRY_MN,
         optional=True),
       C("Close to 2,300", 2300, "about", "other", "herding families who lost most animals",
         MINISTRY_MN),
       C("more than 70%", 70, "more_than", "other", "share of animals lost", MINISTRY_MN,
         optional=True),
       C("1,500", 1500, "exact", "aid", "households given food parcels",
         "the International Federation of Red Cross and Red Crescent Societies",
         cat_alt=["other"])]),
    P("d4_048",
      "Published 18 July 2021\n"
      "At least 110 people have died in the Ahrweiler district of Rhineland-Palatinate after "
      "torrential rain turned the river Ahr into a torrent that swept away houses and bridges, "
      "police in Koblenz said on Sunday; nationwide, authorities have recorded 156 fatalities. "
      "Some 670 people were injured in the district alone, and officials said they could not yet "
      "say how many were missing because mobile networks were down. In neighbouring Belgium, 27 "
      "people died and 103 were still unaccounted for, the interior ministry said.",
      [C("At least 110", 110, "at_least", "killed", "people in Ahrweiler", "police in Koblenz"),
       C("156", 156, "exact", "killed", "fatalities in Germany", "authorities"),
       C("Some 670", 670, "about", "injured", "people in Ahrweiler", "police in Koblenz",
         attr_alt=[None, "officials", "authorities"]),
       C("27", 27, "exact", "killed", "people in Belgium", "the interior ministry"),
       C("103", 103, "exact", "missing", "people in Belgium", "the interior ministry")],
      published="2021-07-18"),
    P("d4_049",
      "Italy's civil protection agency said on Sunday that 36,600 people had been forced from "
      "their homes in Emilia-Romagna, where 23 rivers burst their banks this week after half a "
      "year's rain fell in 36 hours, and that the death toll had risen to 14. More than 280 "
      "landslides were recorded and 400 roads were closed or partly closed, it said. The Formula "
      "One Grand Prix at Imola, scheduled for Sunday, was called off.",
      [C("36,600", 36600, "exact", "displaced", "people", ITALY),
       C("23", 23, "exact", "other", "rivers that burst their banks", ITALY, optional=True),
       C("14", 14, "exact", "killed", "people", ITALY),
       C("More than 280", 280, "more_than", "other", "landslides", ITALY),
       C("400", 400, "exact", "infrastructure", "roads closed", ITALY, cat_alt=["other"])]),
    P("d4_050",
      "A record 46,843 migrants reached Spain's Canary Islands by sea last year, according to the "
      "interior ministry's figures, most of them in wooden boats that set out from Mauritania, "
      "Senegal and Gambia, and more than half of them landed on El Hierro, an island with a "
      "population of about 11,000. The Spanish migrant rights group Caminando Fronteras "
      "estimated that 10,457 people lost their lives trying to reach Spain in 2024, nearly 30 a "
      "day, the vast majority of them on the Atlantic route.",
      [C("46,843", 46843, "exact", "displaced", "migrants arriving by sea",
         "the interior ministry", cat_alt=["other"]),
       C("about 11,000", 11000, "about", "population", "El Hierro residents", None,
         attr_alt=["the interior ministry"]),
       C("10,457", 10457, "exact", "killed", "migrants who died at sea",
         "The Spanish migrant rights group Caminando Fronteras"),
       C("nearly 30", 30, "about", "killed", "migrant deaths a day",
         "The Spanish migrant rights group Caminando Fronteras")]),

    # --- Kidnappings, detentions, protests, crowds --------------------------------------------
    P("d4_051",
      "Bandits abducted 50 or more people, most of them women and children, in raids on three "
      "villages in Zamfara state over the weekend and have demanded a ransom of 50 million naira "
      "(about $32,000) for their release, residents said. A community leader in Maradun, who "
      "asked not to be named, told Reuters that 14 of the captives were released on Tuesday "
      "after their families paid part of the sum. Police spokesman Yazid Abubakar said 120 police "
      "officers had been sent to the area, along with 200 members of a local vigilante group.",
      [C("50 or more", 50, "at_least", "hostages", "people abducted", "residents"),
       C("three", 3, "exact", "other", "villages raided", "residents", optional=True),
       C("14", 14, "exact", "hostages", "captives released", "A community leader in Maradun"),
       C("120", 120, "exact", "troops", "police officers sent", "Police spokesman Yazid Abubakar"),
       C("200", 200, "exact", "troops", "vigilantes", "Police spokesman Yazid Abubakar",
         cat_alt=["other"])]),
    P("d4_052",
      "Israeli naval forces intercepted all 42 vessels of the Global Sumud Flotilla bound for Gaza "
      "and detained more than 450 activists, among them Swedish campaigner Greta Thunberg, "
      "Israel's foreign ministry said on Thursday, adding that all were “safe and in good "
      "health”. Turkey said 137 of those held, 36 of them Turkish citizens, had been deported on a "
      "flight to Istanbul on Saturday. The flotilla had set out from Barcelona in early September "
      "carrying what organisers described as symbolic quantities of baby formula, flour and "
      "medicine.",
      [C("42", 42, "exact", "other", "flotilla vessels intercepted", "Israel's foreign ministry",
         cat_alt=["aid"]),
       C("more than 450", 450, "more_than", "detained", "activists detained",
         "Israel's foreign ministry"),
       C("137", 137, "exact", "detained", "activists deported to Turkey", "Turkey",
         cat_alt=["other"]),
       C("36", 36, "exact", "detained", "Turkish citizens deported", "Turkey",
         cat_alt=["other"])]),
    P("d4_053",
      "Indonesian police have detained 3,195 people since protests over lawmakers' housing "
      "allowances erupted in late August, National Police chief Listyo Sigit Prabowo said, after "
      "a motorcycle taxi driver was run over and killed by an armoured police vehicle in Jakarta. "
      "Ten people have died in the unrest, according to the National Commission on Human Rights, "
      "which said it had received 20 reports of missing protesters. Rioters torched or looted at "
      "least a dozen regional parliament buildings and the homes of several lawmakers, including "
      "the finance minister's.",
      [C("3,195", 3195, "exact", "detained", "protesters detained",
         "National Police chief Listyo Sigit Prabowo"),
       C("Ten", 10, "exact", "killed", "people", "the National Commission on Human Rights"),
       C("20", 20, "exact", "missing", "protesters reported missing",
         "the National Commission on Human Rights"),
       C("at least a dozen", 12, "at_least", "infrastructure",
         "regional parliament buildings torched or looted", None)]),
    P("d4_054",
      "Two people were shot dead by gendarmes in Lqliaa, near Agadir, when protesters tried to "
      "storm their post and seize weapons, Morocco's interior ministry said on Wednesday, as "
      "youth-led demonstrations over health and education spending spread for a fifth night. The "
      "ministry said 409 people had been arrested and that 263 members of the security forces "
      "and 23 civilians had been injured, while 142 police vehicles and 20 private cars had been "
      "damaged.",
      [C("Two", 2, "exact", "killed", "protesters", "Morocco's interior ministry"),
       C("409", 409, "exact", "detained", "people arrested", "The ministry"),
       C("263", 263, "exact", "injured", "security forces members", "The ministry"),
       C("23", 23, "exact", "injured", "civilians", "The ministry"),
       C("142", 142, "exact", "other", "police vehicles damaged", "The ministry",
         cat_alt=["infrastructure"]),
       C("20", 20, "exact", "other", "private cars damaged", "The ministry",
         cat_alt=["infrastructure"])]),
    P("d4_055",
      "Last updated: 29 January 2025, 21:15 IST\n"
      "At least 30 people were killed and 60 injured in a crush at the Kumbh Mela in Prayagraj in "
      "the early hours of Wednesday as millions of pilgrims surged towards the confluence of the "
      "Ganges and Yamuna rivers for a holy dip on one of the festival's most auspicious days, "
      "police said. Officials had expected up to 100 million people at the site on Wednesday "
      "alone, and said an estimated 57 million had bathed by evening. Of the dead, 25 have been "
      "identified, Deputy Inspector General Vaibhav Krishna told reporters.",
      [C("At least 30", 30, "at_least", "killed", "pilgrims", "police"),
       C("60", 60, "exact", "injured", "pilgrims", "police"),
       C("millions", 1000000, "vague", "other", "pilgrims at the confluence", "police",
         attr_alt=[None]),
       C("up to 100 million", 100000000, "at_most", "other", "pilgrims expected", "Officials"),
       C("an estimated 57 million", 57000000, "about", "other", "pilgrims who bathed",
         "Officials"),
       C("25", 25, "exact", "killed", "dead identified",
         "Deputy Inspector General Vaibhav Krishna")],
      published="2025-01-29"),
    P("d4_056",
      "Seventy-nine people, including prisoners, conscript soldiers, staff and visiting "
      "relatives, were killed when Israel struck Tehran's Evin prison on June 23, Iran's "
      "judiciary said, raising its earlier figure of 71. Human rights groups said the prison, "
      "notorious for holding dual nationals and dissidents, held as many as 1,500 political "
      "detainees at the time. Israeli Defence Minister Israel Katz had said the strike targeted "
      "“regime targets and government repression bodies in the heart of Tehran”.",
      [C("Seventy-nine", 79, "exact", "killed", "people at Evin prison", "Iran's judiciary"),
       C("71", 71, "exact", "killed", "people (earlier figure)", "Iran's judiciary"),
       C("as many as 1,500", 1500, "at_most", "detained", "political detainees in Evin",
         "Human rights groups")]),

    # --- Only non-claims -----------------------------------------------------------------------
    P("d4_057",
      "Prime Minister Mark Carney's Liberals won 169 of the 343 seats in Monday's federal "
      "election, three short of a majority, according to Elections Canada results, taking 43.8% "
      "of the popular vote to the Conservatives' 41.3%. Turnout was 68.7%. Conservative leader "
      "Pierre Poilievre, 45, lost the Ottawa-area seat he had held since 2004 by 4,313 votes. The "
      "Canadian dollar rose 0.4% to 72.3 US cents on Tuesday.",
      []),
    P("d4_058",
      "No one was hurt when a gas explosion ripped through the ground floor of a four-storey "
      "building at 27 Rue Saint-Denis at about 6:40 a.m. on Sunday, Paris police said, though the "
      "blast shattered windows up to 100 metres away. Residents of the neighbouring block, built "
      "in 1891, spent the day in a café across the street. City hall has set up a helpline on "
      "01 42 76 40 40.\n"
      "Share this article · 3 min read",
      []),
    P("d4_059",
      "Manchester City beat Real Madrid 3-1 at the Etihad on Wednesday, Erling Haaland, 25, "
      "scoring twice in the 67th and 81st minutes, to go top of their Champions League group on "
      "10 points. The club's revenue of £715 million last season was the highest in the Premier "
      "League, up 4% on the year before, and tickets for the quarter-final on April 9 went on "
      "sale at 10 a.m., priced from £45 to £95.",
      []),
    P("d4_060",
      "Ukraine's air force said it had shot down a Russian Tu-22M3 long-range bomber over the "
      "Stavropol region, some 300 km from the front line, using an S-200 air defence system, the "
      "first such success since 2022. Russia's defence ministry said the Tu-22M3 had crashed in "
      "an unpopulated area on its way back to base because of a technical fault, and that the "
      "crew had ejected.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d4_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=60)
