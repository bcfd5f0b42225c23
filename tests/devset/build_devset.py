"""Source of the extractor's development set: writes ``passages.jsonl`` next to it.

Each passage is written by hand and annotated by the gold conventions
(``gold/README.md`` of the project's shared folder, summarised in this
folder's README). Offsets are never typed: each claim names its ``span`` and,
when the span occurs more than once, an ``anchor`` (a longer, unique piece of
text starting with it); ``start``/``end`` are found and checked by
``tests/devset_build.py``, which the evaluation sets share.

Run ``python tests/devset/build_devset.py`` after editing; ``tests/test_devset.py``
fails while ``passages.jsonl`` is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, render

OUT = Path(__file__).with_name("passages.jsonl")

PASSAGES = [
    # --- Earthquakes -------------------------------------------------------------------------
    P("dev001",
      "ANTAKYA, Turkey (AP) — The death toll from the 7.8-magnitude earthquake that struck "
      "southern Turkey and northern Syria rose to 5,021 on Tuesday, officials said, as rescuers "
      "searched through the night for survivors under the rubble of thousands of collapsed "
      "buildings. In Turkey alone, 3,419 people were killed and more than 20,000 were injured, "
      "Vice President Fuat Oktay said.",
      [C("5,021", 5021, "exact", "killed", "people", "officials"),
       C("thousands", 1000, "vague", "infrastructure", "collapsed buildings", None,
         attr_alt=["officials"]),
       C("3,419", 3419, "exact", "killed", "people in Turkey", "Vice President Fuat Oktay"),
       C("more than 20,000", 20000, "more_than", "injured", "people in Turkey",
         "Vice President Fuat Oktay")]),
    P("dev002",
      "Published 10 September 2023\n"
      "MARRAKECH, Sept 10 (Reuters) - Morocco's interior ministry said on Sunday the number of "
      "people killed in Friday's earthquake had risen to 2,012, with 2,059 injured, 1,404 of "
      "them critically. The quake, with a magnitude of 6.8, was the strongest to hit the "
      "country in more than 120 years.",
      [C("2,012", 2012, "exact", "killed", "people", "Morocco's interior ministry"),
       C("2,059", 2059, "exact", "injured", "people", "Morocco's interior ministry"),
       C("1,404", 1404, "exact", "injured", "critically injured", "Morocco's interior ministry")],
      published="2023-09-10"),
    P("dev016",
      "Published 30 March 2025\n"
      "The death toll from the 7.7-magnitude earthquake in Myanmar has risen to 1,644, the "
      "ruling military junta said on Saturday, with 3,408 people injured and 139 still missing. "
      "In neighbouring Thailand, at least 10 people were killed and 30–40 workers were trapped "
      "when a 30-storey building under construction collapsed in Bangkok, city officials said.",
      [C("1,644", 1644, "exact", "killed", "people", "the ruling military junta"),
       C("3,408", 3408, "exact", "injured", "people", "the ruling military junta"),
       C("139", 139, "exact", "missing", "people", "the ruling military junta"),
       C("at least 10", 10, "at_least", "killed", "people in Bangkok", "city officials"),
       C("30–40", 30, "range", "missing", "workers trapped", "city officials", high=40,
         cat_alt=["other"])],
      published="2025-03-30"),
    P("dev041",
      "The Taliban government said the earthquakes in Herat province killed 2,445 people and "
      "injured more than 2,000, while UN figures put the death toll at nearly 1,300. Some 1,320 "
      "houses were destroyed, the UN’s humanitarian office said.",
      [C("2,445", 2445, "exact", "killed", "people", "The Taliban government"),
       C("more than 2,000", 2000, "more_than", "injured", "people", "The Taliban government"),
       C("nearly 1,300", 1300, "about", "killed", "people", "UN figures"),
       C("Some 1,320", 1320, "about", "infrastructure", "houses",
         "the UN’s humanitarian office")]),
    P("dev047",
      "Last updated: 12 February 2023\n"
      "The death toll from the earthquake in Turkey and Syria tops 25,000, officials said on "
      "Sunday, surpassing the 2011 disaster in Japan. The number of people evacuated from the "
      "quake zone exceeds 150,000, Turkey's disaster agency AFAD said.",
      [C("25,000", 25000, "more_than", "killed", "people", "officials"),
       C("150,000", 150000, "more_than", "displaced", "people evacuated",
         "Turkey's disaster agency AFAD")],
      published="2023-02-12"),
    P("dev050",
      "No one was killed when a 5.4-magnitude earthquake struck off the coast of Crete at 3:14 "
      "a.m. local time on Monday, the Greek civil protection ministry said. The quake, at a depth "
      "of 10 km, was felt as far away as Athens, 320 km to the north. There were no reports of "
      "damage.",
      []),
    P("dev072",
      "In 2015, a 7.8-magnitude quake in Nepal killed nearly 9,000 people and destroyed more "
      "than 600,000 homes. Ten years on, thousands of families still live in temporary shelters.",
      [C("nearly 9,000", 9000, "about", "killed", "people"),
       C("more than 600,000", 600000, "more_than", "infrastructure", "homes"),
       C("thousands", 1000, "vague", "displaced", "families in temporary shelters",
         cat_alt=["other"])]),
    P("dev032",
      "Authorities in Iceland ordered the evacuation of the fishing town of Grindavik, home to "
      "about 3,700 people, after hundreds of small earthquakes shook the Reykjanes peninsula "
      "overnight. The Icelandic Met Office said it had recorded some 800 quakes between midnight "
      "and 2 p.m.",
      [C("about 3,700", 3700, "about", "population", "Grindavik residents",
         cat_alt=["displaced"]),
       C("hundreds", 100, "vague", "other", "small earthquakes"),
       C("some 800", 800, "about", "other", "quakes", "The Icelandic Met Office")]),

    # --- Floods, storms, landslides, wildfires ---------------------------------------------
    P("dev003",
      "Published On 13 Sep 2023\n"
      "Thousands of people are feared dead and at least 10,000 are missing after Storm Daniel "
      "unleashed devastating floods in eastern Libya, the Red Crescent said. In the coastal city "
      "of Derna alone, home to about 100,000 people, two dams burst and entire neighbourhoods "
      "were swept into the sea. Health minister Othman Abduljalil said more than 3,000 bodies "
      "had been buried by Wednesday morning.",
      [C("Thousands", 1000, "vague", "killed", "people", "the Red Crescent"),
       C("at least 10,000", 10000, "at_least", "missing", "people", "the Red Crescent"),
       C("about 100,000", 100000, "about", "population", "Derna residents"),
       C("two", 2, "exact", "infrastructure", "dams", None, attr_alt=["the Red Crescent"],
         anchor="two dams"),
       C("more than 3,000", 3000, "more_than", "killed", "bodies buried",
         "Health minister Othman Abduljalil")],
      published="2023-09-13"),
    P("dev004",
      "Updated 9:41 PM EDT, Thu September 29, 2022\n"
      "Hurricane Ian slammed into Florida's Gulf Coast as a Category 4 storm with winds of 150 "
      "mph, knocking out power to some 2.5 million homes and businesses. At least 21 deaths have "
      "been confirmed, the state's emergency management director said Thursday, a figure he "
      "expected to rise. Around 40,000 people were ordered to evacuate Lee County before "
      "landfall.",
      [C("some 2.5 million", 2500000, "about", "other", "homes and businesses without power",
         cat_alt=["infrastructure"]),
       C("At least 21", 21, "at_least", "killed", "deaths",
         "the state's emergency management director"),
       C("Around 40,000", 40000, "about", "displaced", "people ordered to evacuate", None,
         attr_alt=["the state's emergency management director"])],
      published="2022-09-29"),
    P("dev005",
      "Updated: August 12, 2023, 9:15 PM\n"
      "The death toll from the wildfire that tore through the historic town of Lahaina climbed "
      "to 80, Maui County said in a statement late Friday, making it the deadliest US wildfire "
      "in more than a century. Officials said 2,207 structures were damaged or destroyed, 86% of "
      "them residential, and that about 1,000 people remained unaccounted for.",
      [C("80", 80, "exact", "killed", "people", "Maui County"),
       C("2,207", 2207, "exact", "infrastructure", "structures", "Officials"),
       C("86%", 86, "exact", "infrastructure", "residential structures", "Officials",
         optional=True),
       C("about 1,000", 1000, "about", "missing", "people unaccounted for", "Officials")],
      published="2023-08-12"),
    P("dev006",
      "More than 19,000 residents of Yellowknife were told to leave the city by noon Friday as a "
      "wildfire burned just 15 kilometres away. Around 1,500 people were flown out on military "
      "and commercial flights, the territorial government said, while the rest drove south on "
      "the only highway. Officials said 236 fires were burning across the Northwest Territories.",
      [C("More than 19,000", 19000, "more_than", "displaced", "Yellowknife residents",
         cat_alt=["population"]),
       C("Around 1,500", 1500, "about", "displaced", "people flown out",
         "the territorial government"),
       C("236", 236, "exact", "other", "fires", "Officials")]),
    P("dev040",
      "Monsoon floods have killed 60-63 people in Pakistan's Khyber Pakhtunkhwa province since "
      "last week, officials said, giving differing tolls. The national disaster agency said "
      "1,100 homes had been damaged and 300 head of livestock lost.",
      [C("60-63", 60, "range", "killed", "people", "officials", high=63),
       C("1,100", 1100, "exact", "infrastructure", "homes", "The national disaster agency"),
       C("300", 300, "exact", "other", "livestock", "The national disaster agency")]),
    P("dev042",
      "Kerala floods: 40k in relief camps as toll hits 324\n"
      "More than 40,000 people are sheltering in 1,500 relief camps across the Indian state of "
      "Kerala after the worst floods in a century, the state's chief minister said. Damage is "
      "estimated at 200 billion rupees ($2.9bn).",
      [C("40k", 40000, "exact", "displaced", "people in relief camps"),
       C("324", 324, "exact", "killed", "people"),
       C("More than 40,000", 40000, "more_than", "displaced", "people in relief camps",
         "the state's chief minister"),
       C("1,500", 1500, "exact", "infrastructure", "relief camps", "the state's chief minister",
         cat_alt=["other"])]),
    P("dev044",
      "Up to 300 people may have been buried when a landslide struck a remote village in Papua "
      "New Guinea's Enga province, the country's disaster centre said, though the UN estimated "
      "the number at more than 670. As many as 1,250 people have been displaced.",
      [C("Up to 300", 300, "at_most", "killed", "people buried", "the country's disaster centre",
         cat_alt=["missing"]),
       C("more than 670", 670, "more_than", "killed", "people buried", "the UN",
         cat_alt=["missing"]),
       C("As many as 1,250", 1250, "at_most", "displaced", "people", None,
         attr_alt=["the UN", "the country's disaster centre"])]),
    P("dev045",
      "Fewer than 50 people were killed in the floods, far lower than initially feared, "
      "provincial authorities said. Less than 20 tonnes of food aid has arrived so far, and "
      "under 10 trucks a day are getting through the checkpoint, according to the World Food "
      "Programme.",
      [C("Fewer than 50", 50, "fewer_than", "killed", "people", "provincial authorities"),
       C("Less than 20", 20, "fewer_than", "aid", "tonnes of food aid",
         "the World Food Programme"),
       C("under 10", 10, "fewer_than", "aid", "trucks a day", "the World Food Programme")]),
    P("dev062",
      "More than 1,000 homes have been destroyed and about 8,000 people are in evacuation "
      "centres, said Jose Alvarez, a spokesman for the Philippines' disaster agency, as Typhoon "
      "Rai moved west. \"Communications are down in 40 towns,\" he added.",
      [C("More than 1,000", 1000, "more_than", "infrastructure", "homes", "Jose Alvarez"),
       C("about 8,000", 8000, "about", "displaced", "people in evacuation centres",
         "Jose Alvarez"),
       C("40", 40, "exact", "other", "towns without communications", "Jose Alvarez",
         cat_alt=["infrastructure"])]),
    P("dev069",
      "Wildfires raging in central Chile have killed at least 112 people, President Gabriel "
      "Boric said on Sunday, as firefighters battled 161 blazes across the region. Around 1,600 "
      "homes have been destroyed in Viña del Mar alone, the housing minister said. The fires "
      "have burned more than 26,000 hectares.",
      [C("at least 112", 112, "at_least", "killed", "people", "President Gabriel Boric"),
       C("161", 161, "exact", "other", "blazes", "President Gabriel Boric", attr_alt=[None]),
       C("Around 1,600", 1600, "about", "infrastructure", "homes", "the housing minister"),
       C("more than 26,000", 26000, "more_than", "other", "hectares burned", optional=True)]),
    P("dev075",
      "Heavy rain in Brazil's Rio Grande do Sul state has killed 143 people, with 125 missing "
      "and 80,000 sheltering in schools and gyms, the civil defence agency said. Forecasters "
      "expect another 150–200 millimetres of rain this week.",
      [C("143", 143, "exact", "killed", "people", "the civil defence agency"),
       C("125", 125, "exact", "missing", "people", "the civil defence agency"),
       C("80,000", 80000, "exact", "displaced", "people sheltering",
         "the civil defence agency")]),
    P("dev063",
      "Ethiopia's health ministry said 31 people had died of cholera in the Amhara region in the "
      "past month. A further 1,240 suspected cases have been recorded. Separately, a landslide "
      "in the Gofa zone killed 229 people, according to local officials.",
      [C("31", 31, "exact", "killed", "people", "Ethiopia's health ministry"),
       C("1,240", 1240, "exact", "other", "suspected cholera cases",
         "Ethiopia's health ministry"),
       C("229", 229, "exact", "killed", "people", "local officials")]),

    # --- Ukraine and Russia ------------------------------------------------------------------
    P("dev007",
      "KYIV, Ukraine — Russia launched 40 Shahed-136 drones and three Kh-101 cruise missiles at "
      "Ukraine overnight, the Ukrainian air force said on Telegram, adding that air defences had "
      "shot down 36 of the drones and all the missiles. Debris from a downed drone damaged two "
      "residential buildings in Kyiv's Solomianskyi district, Mayor Vitali Klitschko said.",
      [C("40", 40, "exact", "munitions", "Shahed drones", "the Ukrainian air force",
         anchor="40 Shahed"),
       C("three", 3, "exact", "munitions", "cruise missiles", "the Ukrainian air force"),
       C("36", 36, "exact", "munitions", "drones shot down", "the Ukrainian air force",
         anchor="36 of the drones"),
       C("two", 2, "exact", "infrastructure", "residential buildings",
         "Mayor Vitali Klitschko")]),
    P("dev008",
      "A Russian missile strike on a crowded supermarket in the eastern city of Kostiantynivka "
      "killed 16 people and wounded at least 33, Ukrainian Prime Minister Denys Shmyhal said. "
      "\"Among the dead is a child,\" he wrote on Telegram. Rescue work continued into the "
      "evening, with 12 of the wounded in serious condition, regional governor Pavlo "
      "Kyrylenko said.",
      [C("16", 16, "exact", "killed", "people", "Ukrainian Prime Minister Denys Shmyhal"),
       C("at least 33", 33, "at_least", "injured", "people",
         "Ukrainian Prime Minister Denys Shmyhal"),
       C("12", 12, "exact", "injured", "seriously wounded", "regional governor Pavlo Kyrylenko")]),
    P("dev009",
      "Russia and Ukraine exchanged 95 prisoners of war each on Friday in a deal brokered by the "
      "United Arab Emirates, both sides said. Kyiv says more than 3,000 of its soldiers have been "
      "returned from Russian captivity since February 2022, while thousands more remain in "
      "detention.",
      [C("95", 95, "exact", "detained", "prisoners of war", "both sides",
         cat_alt=["hostages"]),
       C("more than 3,000", 3000, "more_than", "detained", "Ukrainian soldiers returned", "Kyiv",
         cat_alt=["troops", "hostages", "other"]),
       C("thousands", 1000, "vague", "detained", "Ukrainian soldiers in detention", "Kyiv",
         cat_alt=["hostages"])]),
    P("dev036",
      "Published 8 March 2022\n"
      "More than 2 million people have fled Ukraine since Russia's invasion began, the UN refugee "
      "agency said on Tuesday, the fastest exodus in Europe since World War Two. Over half of "
      "them, 1.2 million, have crossed into Poland, according to Polish border guards.",
      [C("More than 2 million", 2000000, "more_than", "displaced", "refugees",
         "the UN refugee agency"),
       C("1.2 million", 1200000, "exact", "displaced", "refugees in Poland",
         "Polish border guards")],
      published="2022-03-08"),
    P("dev053",
      "The Netherlands will deliver the first F-16 fighter jets to Ukraine within weeks, the "
      "Dutch defence minister said, part of a pledge of 24 aircraft. Ukraine has also received "
      "Patriot systems and several IRIS-T batteries, while Russia has used Iskander-M and "
      "Kh-47M2 Kinzhal missiles in its strikes.",
      [C("24", 24, "exact", "munitions", "F-16 aircraft", "the Dutch defence minister")]),
    P("dev054",
      "On Feb. 24, 2022, Russian troops poured across the border. Two years later, Ukraine's "
      "Defense Ministry estimates Russia has lost 410,000 soldiers killed or wounded, a figure "
      "that could not be independently verified.",
      [C("410,000", 410000, "exact", "killed", "Russian soldiers killed or wounded",
         "Ukraine's Defense Ministry", cat_alt=["injured"])]),
    P("dev067",
      "Tens of thousands of Ukrainian soldiers have been killed since the invasion, US officials "
      "said, with estimates ranging between 60,000 and 70,000. Russia's losses are thought to be "
      "far higher.",
      [C("Tens of thousands", 10000, "vague", "killed", "Ukrainian soldiers", "US officials"),
       C("between 60,000 and 70,000", 60000, "range", "killed", "Ukrainian soldiers",
         "US officials", high=70000)]),
    P("dev068",
      "Published 12 June 2023\n"
      "Listen to this article · 4 min\n"
      "Three people were killed and 11 wounded when Russian shelling hit a residential area of "
      "Kherson, the regional military administration said.\n"
      "Share this article 12 comments",
      [C("Three", 3, "exact", "killed", "people", "the regional military administration"),
       C("11", 11, "exact", "injured", "people", "the regional military administration")],
      published="2023-06-12"),
    P("dev070",
      "Russia fired 127 missiles and 109 drones at Ukraine's energy grid in one of the largest "
      "attacks of the war, Ukraine's air force said on Monday. Air defences destroyed 102 "
      "missiles and 99 drones. At least seven people were killed, officials said.\n"
      "© 2024 Reuters. All rights reserved.",
      [C("127", 127, "exact", "munitions", "missiles", "Ukraine's air force"),
       C("109", 109, "exact", "munitions", "drones", "Ukraine's air force"),
       C("102", 102, "exact", "munitions", "missiles destroyed", "Ukraine's air force"),
       C("99", 99, "exact", "munitions", "drones destroyed", "Ukraine's air force"),
       C("At least seven", 7, "at_least", "killed", "people", "officials")]),
    P("dev076",
      "A drone struck an apartment block in the southern Russian city of Rostov overnight, "
      "killing one person and injuring three, the regional governor said. Russia's defence "
      "ministry said its forces had destroyed 23 Ukrainian drones over seven regions.",
      [C("one", 1, "exact", "killed", "person", "the regional governor"),
       C("three", 3, "exact", "injured", "people", "the regional governor"),
       C("23", 23, "exact", "munitions", "Ukrainian drones", "Russia's defence ministry"),
       C("seven", 7, "exact", "other", "regions", "Russia's defence ministry", optional=True)]),
    P("dev034",
      "The Pentagon said on Wednesday it would send about 3,000 additional troops to Poland and "
      "Romania, including 1,700 from the 82nd Airborne Division at Fort Bragg. Around 8,500 "
      "troops across the US have been put on heightened alert.",
      [C("about 3,000", 3000, "about", "troops", "US troops", "The Pentagon"),
       C("1,700", 1700, "exact", "troops", "82nd Airborne troops", "The Pentagon"),
       C("Around 8,500", 8500, "about", "troops", "US troops on alert", "The Pentagon",
         attr_alt=[None])]),
    P("dev035",
      "South Korea's spy agency said about 1,500 North Korean special forces troops had been "
      "sent to Russia and that more would follow, bringing the total to some 12,000. The "
      "National Intelligence Service said the soldiers were transported on Russian navy ships "
      "from Chongjin between Oct 8 and 13.",
      [C("about 1,500", 1500, "about", "troops", "North Korean special forces",
         "South Korea's spy agency"),
       C("some 12,000", 12000, "about", "troops", "North Korean troops",
         "South Korea's spy agency")]),

    # --- Sudan, Ethiopia, Libya, Central Africa ---------------------------------------------
    P("dev010",
      "Fighting between Sudan's army and the paramilitary Rapid Support Forces (RSF) has killed "
      "more than 14,000 people and forced nearly nine million from their homes since April 2023, "
      "according to United Nations figures. In El Fasher alone, the Sudan Doctors Network said "
      "on Saturday that 47 civilians, among them 11 children, were killed when the RSF shelled "
      "a market.",
      [C("more than 14,000", 14000, "more_than", "killed", "people", "United Nations"),
       C("nearly nine million", 9000000, "about", "displaced", "people", "United Nations"),
       C("47", 47, "exact", "killed", "civilians", "the Sudan Doctors Network"),
       C("11", 11, "exact", "killed", "children", "the Sudan Doctors Network")]),
    P("dev011",
      "A convoy of 28 trucks carrying food and medicine crossed into Darfur from Chad through the "
      "Adre crossing on Tuesday, the World Food Programme (WFP) said. The agency estimates that "
      "some 25 million people – more than half of Sudan's population – need humanitarian "
      "assistance, and that 755,000 face catastrophic hunger.",
      [C("28", 28, "exact", "aid", "trucks", "the World Food Programme (WFP)"),
       C("some 25 million", 25000000, "about", "other", "people in need of aid", "The agency",
         cat_alt=["population"], attr_alt=["the World Food Programme (WFP)"]),
       C("755,000", 755000, "exact", "other", "people facing catastrophic hunger", "The agency",
         attr_alt=["the World Food Programme (WFP)"])]),
    P("dev043",
      "Scores of people were killed and hundreds of thousands displaced as fighting spread to "
      "Wad Madani, Sudan's second-largest city, aid groups said. Hundreds more were wounded, and "
      "millions across the country now face severe hunger.",
      [C("Scores", 20, "vague", "killed", "people", "aid groups"),
       C("hundreds of thousands", 100000, "vague", "displaced", "people", "aid groups"),
       C("Hundreds", 100, "vague", "injured", "people", "aid groups", attr_alt=[None]),
       C("millions", 1000000, "vague", "other", "people facing hunger", "aid groups",
         attr_alt=[None], cat_alt=["population"])]),
    P("dev056",
      "Among the dead were 50 minors and six aid workers, the UN Children's Fund said, after a "
      "week of shelling in the Sudanese city of El Obeid. Another 220 people were injured.",
      [C("50", 50, "exact", "killed", "minors", "the UN Children's Fund"),
       C("six", 6, "exact", "killed", "aid workers", "the UN Children's Fund"),
       C("220", 220, "exact", "injured", "people", "the UN Children's Fund", attr_alt=[None])]),
    P("dev049",
      "Researchers at Ghent University estimate that almost 600,000 civilians died during the "
      "two-year war in Ethiopia's Tigray region, from violence, famine and lack of health care. "
      "Perhaps 2,000 Eritrean soldiers remain in the region, one of the researchers said.",
      [C("almost 600,000", 600000, "about", "killed", "civilians",
         "Researchers at Ghent University"),
       C("Perhaps 2,000", 2000, "about", "troops", "Eritrean soldiers",
         "one of the researchers")]),
    P("dev057",
      "Clashes between rival militias in Tripoli left 55 dead and 146 injured, Libya's emergency "
      "medicine centre said on Wednesday. Earlier reports had put the toll at 27.",
      [C("55", 55, "exact", "killed", "people", "Libya's emergency medicine centre"),
       C("146", 146, "exact", "injured", "people", "Libya's emergency medicine centre"),
       C("27", 27, "exact", "killed", "people", "Earlier reports")]),
    P("dev048",
      "An estimated 1,200 Wagner fighters were deployed to the Central African Republic, "
      "approximately 400 of them to guard gold mines, according to a report by The Sentry. The "
      "report said close to 600 civilians had been killed in operations involving the group.",
      [C("An estimated 1,200", 1200, "about", "troops", "Wagner fighters", "The Sentry"),
       C("approximately 400", 400, "about", "troops", "Wagner fighters at gold mines",
         "The Sentry"),
       C("close to 600", 600, "about", "killed", "civilians", "The report",
         attr_alt=["The Sentry"])]),
    P("dev038",
      "Twenty-five people drowned and a dozen were missing after an overloaded ferry capsized on "
      "Lake Kivu, the governor of South Kivu province said. The vessel had been carrying about a "
      "hundred passengers, well above its capacity of 60.",
      [C("Twenty-five", 25, "exact", "killed", "people", "the governor of South Kivu province"),
       C("a dozen", 12, "exact", "missing", "people", "the governor of South Kivu province"),
       C("about a hundred", 100, "about", "other", "passengers", None,
         attr_alt=["the governor of South Kivu province"]),
       C("60", 60, "exact", "other", "ferry capacity", optional=True)]),

    # --- Syria, Yemen, Iraq, Iran, Pakistan --------------------------------------------------
    P("dev012",
      "Russian and Syrian government warplanes carried out at least 30 air strikes on "
      "rebel-held Idlib province on Thursday, killing nine civilians including four children, "
      "the Syrian Civil Defence, known as the White Helmets, said. The Syrian Observatory for "
      "Human Rights, a Britain-based war monitor, put the toll at 11.",
      [C("at least 30", 30, "at_least", "munitions", "air strikes", "the Syrian Civil Defence",
         cat_alt=["other"], attr_alt=["the White Helmets"]),
       C("nine", 9, "exact", "killed", "civilians", "the Syrian Civil Defence",
         attr_alt=["the White Helmets"]),
       C("four", 4, "exact", "killed", "children", "the Syrian Civil Defence",
         attr_alt=["the White Helmets"]),
       C("11", 11, "exact", "killed", "people", "The Syrian Observatory for Human Rights")]),
    P("dev013",
      "Some 5.2 million Syrian refugees remain in neighbouring countries, the UN refugee agency "
      "UNHCR said, most of them in Turkey, Lebanon and Jordan. Since the fall of Bashar al-Assad "
      "in December, about 500,000 have returned home, it said, and another 1.2 million people who "
      "were internally displaced have gone back to their towns.",
      [C("Some 5.2 million", 5200000, "about", "displaced", "Syrian refugees",
         "the UN refugee agency UNHCR"),
       C("about 500,000", 500000, "about", "displaced", "refugees returned",
         "the UN refugee agency UNHCR", cat_alt=["other"]),
       C("1.2 million", 1200000, "exact", "displaced", "internally displaced returned",
         "the UN refugee agency UNHCR", cat_alt=["other"])]),
    P("dev014",
      "Yemen's Houthi rebels fired two anti-ship ballistic missiles at a Greek-owned tanker in "
      "the Red Sea, the US military's Central Command said, adding that US forces had shot down "
      "four drones launched toward the area. No injuries were reported. The Houthis have "
      "launched more than 100 attacks on shipping since November. The Houthi-run health "
      "ministry has said that 16 people were killed in US and British strikes on Hodeidah.",
      [C("two", 2, "exact", "munitions", "anti-ship ballistic missiles",
         "the US military's Central Command"),
       C("four", 4, "exact", "munitions", "drones", "the US military's Central Command"),
       C("more than 100", 100, "more_than", "other", "attacks on shipping", None,
         cat_alt=["munitions"], attr_alt=["the US military's Central Command"]),
       C("16", 16, "exact", "killed", "people", "The Houthi-run health ministry")]),
    P("dev015",
      "At least 49 migrants died and 140 others were missing after a boat carrying 260 people "
      "capsized off Yemen's southern coast, the International Organization for Migration said "
      "on Tuesday. Seventy-one survivors were rescued, it said.",
      [C("At least 49", 49, "at_least", "killed", "migrants",
         "the International Organization for Migration"),
       C("140", 140, "exact", "missing", "migrants",
         "the International Organization for Migration"),
       C("260", 260, "exact", "other", "people on board",
         "the International Organization for Migration"),
       C("Seventy-one", 71, "exact", "other", "survivors rescued",
         "the International Organization for Migration")]),
    P("dev059",
      "“We have pulled out 41 bodies from the rubble, and there are still at least 20 people "
      "trapped,” said Mohammed al-Mahdi, a civil defence official in Hodeidah. “The hospital "
      "cannot cope.”",
      [C("41", 41, "exact", "killed", "bodies", "Mohammed al-Mahdi"),
       C("at least 20", 20, "at_least", "missing", "people trapped", "Mohammed al-Mahdi",
         cat_alt=["other"])]),
    P("dev022",
      "date 2022-11-29 Iranian security forces have killed at least 448 people in nationwide "
      "protests since September, including 60 children under the age of 18, the Norway-based "
      "group Iran Human Rights said on Tuesday. Some 18,000 people have been arrested, according "
      "to the activist news agency HRANA.",
      [C("at least 448", 448, "at_least", "killed", "people",
         "the Norway-based group Iran Human Rights"),
       C("60", 60, "exact", "killed", "children", "the Norway-based group Iran Human Rights"),
       C("Some 18,000", 18000, "about", "detained", "people",
         "the activist news agency HRANA")],
      published="2022-11-29"),
    P("dev073",
      "At least a dozen people were injured when police fired tear gas at protesters in Tehran, "
      "witnesses said, and more than a hundred were detained. State media said \"rioters\" had "
      "attacked two police stations.",
      [C("At least a dozen", 12, "at_least", "injured", "people", "witnesses"),
       C("more than a hundred", 100, "more_than", "detained", "protesters", "witnesses"),
       C("two", 2, "exact", "infrastructure", "police stations", "State media",
         cat_alt=["other"])]),
    P("dev051",
      "Updated: March 3, 2024, 10:02 AM\n"
      "5 min read\n"
      "Iran's currency fell to a record low of 600,000 rials to the dollar on Sunday as inflation "
      "topped 40%. The government said it would spend 2.5 million euros on subsidies for bread.\n"
      "Try it for 1 month, then $9 a month.",
      [],
      published="2024-03-03"),
    P("dev064",
      "The interior ministry said 14 people were killed in the blast at a market in Quetta.\n\n"
      "The city has been hit by at least six bombings this year. More than 2,000 security "
      "personnel were deployed across Balochistan after the attack.",
      [C("14", 14, "exact", "killed", "people", "The interior ministry"),
       C("at least six", 6, "at_least", "other", "bombings", cat_alt=["munitions"]),
       C("More than 2,000", 2000, "more_than", "troops", "security personnel")]),

    # --- Myanmar, Bangladesh, South and East Asia -------------------------------------------
    P("dev017",
      "More than 3 million people have been displaced across Myanmar since the 2021 military "
      "coup, according to the UN's humanitarian office OCHA. In Rakhine state, the Arakan Army "
      "said it had captured 14 military outposts and taken 200 soldiers prisoner in fighting "
      "this week.",
      [C("More than 3 million", 3000000, "more_than", "displaced", "people",
         "the UN's humanitarian office OCHA"),
       C("14", 14, "exact", "other", "military outposts", "the Arakan Army",
         cat_alt=["infrastructure"]),
       C("200", 200, "exact", "detained", "soldiers taken prisoner", "the Arakan Army",
         cat_alt=["hostages", "troops"])]),
    P("dev037",
      "Nearly a million Rohingya refugees live in crowded camps in Cox's Bazar, Bangladesh, most "
      "of whom fled a military crackdown in Myanmar in 2017. A fire that swept through one of "
      "the camps on Sunday destroyed about 2,000 shelters and left some 12,000 people homeless, "
      "a UNHCR spokesperson said.",
      [C("Nearly a million", 1000000, "about", "displaced", "Rohingya refugees"),
       C("about 2,000", 2000, "about", "infrastructure", "shelters", "a UNHCR spokesperson"),
       C("some 12,000", 12000, "about", "displaced", "people made homeless",
         "a UNHCR spokesperson")]),
    P("dev024",
      "Police fired tear gas and rubber bullets at tens of thousands of protesters in Dhaka, and "
      "at least 105 people were killed across the country on Friday, according to an AFP tally "
      "based on hospital figures. A curfew was imposed from midnight and army troops were "
      "deployed. Hospital staff said dozens of people had been treated for gunshot wounds.",
      [C("tens of thousands", 10000, "vague", "other", "protesters", None,
         attr_alt=["an AFP tally"]),
       C("at least 105", 105, "at_least", "killed", "people", "an AFP tally"),
       C("dozens", 12, "vague", "injured", "people treated for gunshot wounds",
         "Hospital staff")]),
    P("dev030",
      "At least 121 people, most of them women, were killed in a stampede at a religious "
      "gathering in Uttar Pradesh, India, on Tuesday, police said. Organisers had permission for "
      "80,000 people but an estimated 250,000 attended, according to a police report. "
      "Twenty-eight people were injured.",
      [C("At least 121", 121, "at_least", "killed", "people", "police"),
       C("80,000", 80000, "exact", "other", "people permitted", "a police report",
         optional=True),
       C("an estimated 250,000", 250000, "about", "other", "people attending",
         "a police report"),
       C("Twenty-eight", 28, "exact", "injured", "people", "a police report",
         attr_alt=[None])]),
    P("dev058",
      "Bus plunges into gorge in Nepal, 23 dead\n"
      "Twenty-three people were killed and 17 injured when a bus carrying pilgrims plunged 150 "
      "metres into a river gorge in western Nepal, police said.",
      [C("23", 23, "exact", "killed", "people"),
       C("Twenty-three", 23, "exact", "killed", "people", "police"),
       C("17", 17, "exact", "injured", "people", "police")]),
    P("dev066",
      "About 1.4bn people live in India, which has overtaken China as the world's most populous "
      "country, the UN said. Some 120 million of them live in areas exposed to severe flooding, "
      "according to a government report.",
      [C("About 1.4bn", 1400000000, "about", "population", "people in India", "the UN"),
       C("Some 120 million", 120000000, "about", "population", "people in flood-prone areas",
         "a government report")]),
    P("dev029",
      "Rescuers were racing to reach 28 miners trapped underground after part of a gold mine "
      "collapsed in Venezuela's Bolivar state, officials said on Wednesday. At least 16 bodies "
      "have been recovered so far. The mine, known as Bulla Loca, employs some 200 workers.",
      [C("28", 28, "exact", "missing", "miners trapped", "officials", cat_alt=["other"]),
       C("At least 16", 16, "at_least", "killed", "bodies recovered", "officials"),
       C("some 200", 200, "about", "other", "mine workers", optional=True)]),

    # --- Haiti, the Americas ----------------------------------------------------------------
    P("dev018",
      "PORT-AU-PRINCE, Haiti (AP) — Gang violence in Haiti killed 2,500 people in the first "
      "three months of the year, the United Nations said Wednesday, while more than 360,000 "
      "Haitians have been displaced. Armed men attacked the town of Pont-Sondé before dawn, "
      "killing at least 70 people, including 10 women and three infants, UN human rights "
      "spokeswoman Ravina Shamdasani told reporters.",
      [C("2,500", 2500, "exact", "killed", "people", "the United Nations"),
       C("more than 360,000", 360000, "more_than", "displaced", "Haitians",
         "the United Nations"),
       C("at least 70", 70, "at_least", "killed", "people",
         "UN human rights spokeswoman Ravina Shamdasani"),
       C("10", 10, "exact", "killed", "women", "UN human rights spokeswoman Ravina Shamdasani"),
       C("three", 3, "exact", "killed", "infants",
         "UN human rights spokeswoman Ravina Shamdasani", anchor="three infants")]),
    P("dev019",
      "Seventeen missionaries and family members, including five children, were kidnapped by "
      "the 400 Mawozo gang outside Port-au-Prince on Saturday, according to a statement from "
      "Christian Aid Ministries. Haitian police say 628 kidnappings were recorded in the first "
      "nine months of the year.",
      [C("Seventeen", 17, "exact", "hostages", "missionaries and family members",
         "Christian Aid Ministries"),
       C("five", 5, "exact", "hostages", "children", "Christian Aid Ministries"),
       C("628", 628, "exact", "hostages", "kidnappings", "Haitian police",
         cat_alt=["other"])]),
    P("dev025",
      "A gunman opened fire at a Fourth of July parade in Highland Park, Illinois, killing six "
      "people and wounding at least 24 others, police said. A 21-year-old man was taken into "
      "custody about eight hours after the shooting. Investigators said the suspect fired more "
      "than 70 rounds from a rooftop.",
      [C("six", 6, "exact", "killed", "people", "police"),
       C("at least 24", 24, "at_least", "injured", "people", "police"),
       C("more than 70", 70, "more_than", "munitions", "rounds fired", "Investigators",
         cat_alt=["other"])]),
    P("dev074",
      "Colombia's Defence Ministry confirmed that four soldiers were killed and 10 were wounded "
      "in an ambush by dissident FARC rebels in Cauca province. The army has deployed 1,200 "
      "troops to the area, it said.",
      [C("four", 4, "exact", "killed", "soldiers", "Colombia's Defence Ministry"),
       C("10", 10, "exact", "injured", "soldiers", "Colombia's Defence Ministry"),
       C("1,200", 1200, "exact", "troops", "troops", "Colombia's Defence Ministry",
         attr_alt=["The army"])]),

    # --- Africa: kidnappings, attacks, protests --------------------------------------------
    P("dev020",
      "Gunmen abducted 287 pupils and teachers from a school in Kuriga, in Nigeria's "
      "northwestern Kaduna state, a teacher and local officials said on Friday. Kaduna state "
      "governor Uba Sani later said that 137 hostages had been freed, while 15 pupils had "
      "escaped on their own in the first days.",
      [C("287", 287, "exact", "hostages", "pupils and teachers",
         "a teacher and local officials"),
       C("137", 137, "exact", "hostages", "hostages freed", "Kaduna state governor Uba Sani"),
       C("15", 15, "exact", "hostages", "pupils escaped", "Kaduna state governor Uba Sani",
         cat_alt=["other"])]),
    P("dev021",
      "Jihadists killed at least 37 people in an overnight raid on a village in northeast "
      "Nigeria's Borno state, a militia leader told AFP on Sunday. \"We recovered 37 bodies and "
      "14 others were wounded,\" Babakura Kolo said, adding that the attackers torched dozens of "
      "homes.",
      [C("at least 37", 37, "at_least", "killed", "people", "a militia leader"),
       C("37", 37, "exact", "killed", "bodies", "Babakura Kolo", anchor="37 bodies",
         attr_alt=["a militia leader"]),
       C("14", 14, "exact", "injured", "people", "Babakura Kolo",
         attr_alt=["a militia leader"]),
       C("dozens", 12, "vague", "infrastructure", "homes", "Babakura Kolo",
         attr_alt=["a militia leader"])]),
    P("dev039",
      "Between 15 and 20 worshippers were abducted from a church in Kaduna state on Sunday, "
      "residents said, though police put the number at 12. In a separate attack, bandits "
      "kidnapped 10 to 15 farmers in neighbouring Zamfara.",
      [C("Between 15 and 20", 15, "range", "hostages", "worshippers", "residents", high=20),
       C("12", 12, "exact", "hostages", "worshippers", "police"),
       C("10 to 15", 10, "range", "hostages", "farmers", high=15)]),
    P("dev046",
      "Fifty or more people were feared dead after a fuel tanker overturned and exploded in "
      "Nigeria's Niger state, the Federal Road Safety Corps said. Residents had rushed to scoop "
      "up the spilled petrol. Another 30 were taken to hospital with burns.",
      [C("Fifty or more", 50, "at_least", "killed", "people",
         "the Federal Road Safety Corps"),
       C("30", 30, "exact", "injured", "people with burns", "the Federal Road Safety Corps",
         attr_alt=[None])]),
    P("dev023",
      "Kenya's state-funded human rights commission said 39 people had been killed and 361 "
      "injured during two weeks of protests against proposed tax rises. It said 627 protesters "
      "had been arrested and 32 people were victims of enforced disappearances.",
      [C("39", 39, "exact", "killed", "people", "Kenya's state-funded human rights commission"),
       C("361", 361, "exact", "injured", "people",
         "Kenya's state-funded human rights commission"),
       C("627", 627, "exact", "detained", "protesters",
         "Kenya's state-funded human rights commission"),
       C("32", 32, "exact", "missing", "victims of enforced disappearances",
         "Kenya's state-funded human rights commission")]),
    P("dev061",
      "Kenyan police chief Japhet Koome told reporters that 10,000 officers would be deployed "
      "in Nairobi ahead of Tuesday's march. Opposition leader Raila Odinga said at least 50 of "
      "his supporters had been arrested since Friday. \"We will be a million on the streets,\" "
      "he told a rally. Human Rights Watch put the number of detainees at over 300.",
      [C("10,000", 10000, "exact", "troops", "police officers",
         "Kenyan police chief Japhet Koome"),
       C("at least 50", 50, "at_least", "detained", "opposition supporters",
         "Opposition leader Raila Odinga"),
       C("a million", 1000000, "exact", "other", "protesters expected",
         "Opposition leader Raila Odinga", optional=True),
       C("over 300", 300, "more_than", "detained", "detainees", "Human Rights Watch")]),

    # --- Europe, UK, US, migration ----------------------------------------------------------
    P("dev026",
      "A former police officer killed 36 people, 24 of them children, in a gun and knife attack "
      "on a nursery in north-eastern Thailand on Thursday, before killing his wife, his child and "
      "himself, police said. The attacker, 34, had been dismissed from the force last year over "
      "a drugs charge.",
      [C("36", 36, "exact", "killed", "people", "police"),
       C("24", 24, "exact", "killed", "children", "police")]),
    P("dev027",
      "Updated 14 June 2023\n"
      "At least 78 people died when a fishing boat carrying migrants capsized and sank off the "
      "coast of southern Greece, the Greek coast guard said. Rescuers pulled 104 survivors from "
      "the water, but the UN migration agency warned that as many as 500 people may still be "
      "missing, with survivors saying up to 750 had been on board.",
      [C("At least 78", 78, "at_least", "killed", "migrants", "the Greek coast guard"),
       C("104", 104, "exact", "other", "survivors rescued", "the Greek coast guard",
         attr_alt=[None]),
       C("as many as 500", 500, "at_most", "missing", "migrants", "the UN migration agency"),
       C("up to 750", 750, "at_most", "other", "people on board", "survivors")],
      published="2023-06-14"),
    P("dev028",
      "Five people, including a child, died trying to cross the Channel from northern France in "
      "the early hours of Tuesday, the French authorities said. More than 110 others were "
      "rescued from the water. So far this year, more than 21,000 people have crossed the "
      "Channel in small boats, according to UK Home Office data.",
      [C("Five", 5, "exact", "killed", "migrants", "the French authorities"),
       C("More than 110", 110, "more_than", "other", "people rescued", "the French authorities"),
       C("more than 21,000", 21000, "more_than", "other", "people crossing the Channel",
         "UK Home Office", cat_alt=["displaced"])]),
    P("dev031",
      "Police have arrested more than 400 people after a week of violent disorder across "
      "England, the National Police Chiefs' Council said on Friday, and 120 have already been "
      "charged. Prime Minister Keir Starmer said 6,000 specialist officers would be on standby.\n"
      "Police officers in Southport on July 30, 2024. (Reuters)",
      [C("more than 400", 400, "more_than", "detained", "people arrested",
         "the National Police Chiefs' Council"),
       C("120", 120, "exact", "detained", "people charged",
         "the National Police Chiefs' Council"),
       C("6,000", 6000, "exact", "troops", "specialist police officers",
         "Prime Minister Keir Starmer")]),
    P("dev055",
      "The blasts killed 12 children and 9 women and wounded 31 men, the local health office "
      "said, in the deadliest day in the province since 2019.",
      [C("12", 12, "exact", "killed", "children", "the local health office"),
       C("9", 9, "exact", "killed", "women", "the local health office"),
       C("31", 31, "exact", "injured", "men", "the local health office")]),
    P("dev060",
      "According to the Armed Conflict Location and Event Data Project's figures, more than 700 "
      "civilians were killed in Myanmar air strikes last year. Reuters, citing two military "
      "sources, reported on Thursday that the junta had lost control of 35 towns since October.",
      [C("more than 700", 700, "more_than", "killed", "civilians",
         "the Armed Conflict Location and Event Data Project"),
       C("two", 2, "exact", "other", "military sources", "Reuters", optional=True),
       C("35", 35, "exact", "other", "towns lost by the junta", "two military sources",
         attr_alt=["Reuters"])]),

    P("dev078",
      "Al-Shabab fighters took 12 people hostage during the siege of a hotel in Mogadishu, "
      "Somali police said. Security forces freed 106 captives, including women and children, "
      "after a 30-hour standoff. At least 20 others are believed to be held by the militants.",
      [C("12", 12, "exact", "hostages", "people", "Somali police"),
       C("106", 106, "exact", "hostages", "captives freed", "Somali police", attr_alt=[None]),
       C("At least 20", 20, "at_least", "hostages", "people held", "Somali police",
         attr_alt=[None])]),

    # --- Aid and displacement ---------------------------------------------------------------
    P("dev033",
      "A UN convoy of 14 trucks carrying 300 tonnes of wheat flour and medical supplies reached "
      "the besieged Syrian town of Madaya, the International Committee of the Red Cross said. It "
      "was the first aid to reach the town's 40,000 residents in three months.",
      [C("14", 14, "exact", "aid", "trucks", "the International Committee of the Red Cross"),
       C("300", 300, "exact", "aid", "tonnes of wheat flour",
         "the International Committee of the Red Cross"),
       C("40,000", 40000, "exact", "population", "Madaya residents", None,
         attr_alt=["the International Committee of the Red Cross"])]),

    # --- Non-claims only --------------------------------------------------------------------
    P("dev052",
      "Sudan's national team beat Mauritania 2-0 in Benghazi on Tuesday, giving fans a rare "
      "moment of joy 18 months into the war. Striker Mohamed Abdelrahman, 31, scored twice in "
      "the second half.",
      []),
    P("dev065",
      "A 34-year-old man was arrested after the attack, which happened at about 7:45 p.m. on the "
      "third floor of the shopping centre. The victims, aged 12 and 15, were taken to hospital, "
      "where they remain in a stable condition. Police can hold him for 48 hours.",
      []),
    P("dev071",
      "Residents said queues at the Gallabat crossing into Ethiopia stretched for tens of "
      "kilometres and smugglers charged thousands of dollars per person. The border post, 900 km "
      "from the capital, reopened at 6 a.m. on 1 May after a 72-hour closure.",
      []),
    P("dev077",
      "Updated: 19 January 2024, 08:30 GMT\n"
      "Nobody was hurt when a Ukrainian drone hit an oil depot in Russia's Bryansk region "
      "overnight, the governor said, adding that the fire had been put out within two hours. "
      "The UN Security Council will meet on Resolution 2231 at 10 a.m. on Friday.",
      [],
      published="2024-01-19"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked, in id order."""
    return build_passages(PASSAGES)


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT)
