"""Source of the forty-third development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on recent (2019–2025) wars, massacres, protests, kidnappings,
air strikes, prisoner swaps, evacuations and aid convoys, written for this set (none copied from
an article) in the styles of outlets in translation and regional English-language outlets: the
Kyiv Independent, Ukrinform, TASS English, Meduza, the Times of Israel, Haaretz, Anadolu, Dawn,
The Daily Star (Bangladesh), the Kathmandu Post, Premium Times (Nigeria), Daily Maverick, El País
English, France 24, Deutsche Welle, Rappler, Myanmar Now and Sudan Tribune. Long attributions,
reported speech over two sentences, quotes, competing tolls and page furniture of each outlet
(date lines, bylines, "Issued on:", "Date", "Last update on:", "Published at :", TASS and Sudan
Tribune datelines). Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of
``tests/devset2`` to ``tests/devset18`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset43/build_devset43.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 43)]
           + ["holdout", "holdout2", "holdout3"])

ZELENSKY = "President Volodymyr Zelensky"
FILASHKIN = "Donetsk Oblast Governor Vadym Filashkin"
SUMY_RMA = "the Sumy Regional Military Administration"
HRYHOROV = "head of the regional administration Oleh Hryhorov"
KOORD = "the Coordination Headquarters for the Treatment of Prisoners of War"
MEDINSKY = "Russian presidential aide Vladimir Medinsky"
EMERCOM = "Russia's Emergencies Ministry"
PUSHILIN = "DPR head Denis Pushilin"
GLADKOV = "Belgorod Region Governor Vyacheslav Gladkov"
OVD = "the human rights project OVD-Info"
MDA_TOI = "the Magen David Adom ambulance service"
GAZA_MOH_AA = "the Health Ministry in Gaza"
UNRWA = "the UN agency for Palestinian refugees, UNRWA"
KA_MOH = "the Gaza Health Ministry"
ISPR_DAWN = "the Inter-Services Public Relations (ISPR)"
BIWAS = "Jibitesh Biswas"
BIWAS_FULL = ("Jibitesh Biswas, resident medical officer of Gopalganj 250-bed General "
              "Hospital")
CHAKMA = ("Khagrachhari Sadar Hospital's resident medical officer Ripel Bapi Chakma")
KDAO = "the Kathmandu District Administration Office"
ACHARYA = "Nepal Police spokesperson Dinesh Kumar Acharya"
NP_EMB = "the Embassy of Nepal in Tel Aviv"
SAUD = "Foreign Minister NP Saud"
GWAMKAT = "the chairman of the council, Joseph Gwamkat"
CELE = "Police Minister Bheki Cele"
ADAMA = "Nigeria's consul-general in Johannesburg, Godwin Adama"
NAIDOO = "Police spokesperson Brigadier Vish Naidoo"
GTO_FGE = "the Guanajuato State Attorney General's Office"
SNAI = "the country's prison service, SNAI"
CDH = "the Permanent Committee for the Defense of Human Rights (CDH)"
CODDH = "the Collective of Organisations for the Defence of Human Rights"
KURTI = "Prime Minister Albin Kurti"
GAZA_MOH_DW = "the Hamas-run Health Ministry"
WFP_DW = "The World Food Programme (WFP)"
PNP = "the Philippine National Police"
DELA_REY = "Police Regional Office 11 spokesperson Major Catherine dela Rey"
MN_MEMBER = "A member of a local resistance group"
AA_MN = "a rescue worker and the Arakan Army (AA)"
GCDPR = "the General Coordination for Displaced Persons and Refugees"
REGAL = "The group's spokesman, Adam Regal"
OCHA_ST = "the UN Office for the Coordination of Humanitarian Affairs (OCHA)"
AL_SAYED = ("The director-general of the state's health ministry, Gamal Nasser "
            "al-Sayed")

PASSAGES = [
    # --- Ukraine and Russia ----------------------------------------------------------------------
    P("d43_001",
      "Russian glide bomb kills 24 pensioners queuing for payments in Donetsk Oblast village\n"
      "by Kateryna Tyshchenko September 9, 2025 6:41 PM 2 min read\n"
      "A Russian aerial bomb struck the village of Yarova in Donetsk Oblast on Sept. 9 as "
      "residents lined up to receive their pensions, killing 24 people and injuring 19, "
      "President Volodymyr Zelensky said. \"Very brutal. Simply savage,\" Zelensky wrote on "
      "Telegram, adding that there were no military targets anywhere near the site. Donetsk "
      "Oblast Governor Vadym Filashkin said five of the wounded were in serious condition and "
      "had been taken to hospitals in Sloviansk and Kramatorsk. Yarova, which lies about 5 "
      "kilometers from the front line, had a population of around 1,900 before the full-scale "
      "invasion; Filashkin said fewer than 300 people remain. Since the start of the year, "
      "Russia has dropped more than 30,000 guided aerial bombs on Ukrainian territory, "
      "according to the Ukrainian Air Force.",
      [C("24", 24, "exact", "killed", "pensioners in Yarova (headline)", ctx="24 pensioners"),
       C("24", 24, "exact", "killed", "people in Yarova", ZELENSKY, ctx="24 people"),
       C("19", 19, "exact", "injured", "people in Yarova", ZELENSKY),
       C("five", 5, "exact", "injured", "wounded in serious condition", FILASHKIN),
       C("around 1,900", 1900, "about", "population", "pre-war population of Yarova", None,
         attr_alt=["Filashkin"]),
       C("fewer than 300", 300, "fewer_than", "population", "residents left in Yarova",
         "Filashkin", attr_alt=[FILASHKIN]),
       C("more than 30,000", 30000, "more_than", "munitions",
         "guided aerial bombs dropped on Ukraine this year", "the Ukrainian Air Force")],
      published="2025-09-09"),

    P("d43_002",
      "Russian drone hits evacuation bus in Sumy region, killing nine\n"
      "17.05.2025 12:06\n"
      "A Russian drone hit a civilian bus evacuating people from Bilopillia in Sumy region on "
      "Saturday morning, killing nine passengers and injuring seven, the Sumy Regional Military "
      "Administration reported on Telegram. According to head of the regional administration "
      "Oleh Hryhorov, the bus was struck by a Lancet loitering munition on the road to Sumy. "
      "\"This is a deliberate war crime against civilians,\" Hryhorov said, adding that four of "
      "the injured had been hospitalized in moderate condition. The National Police said a "
      "criminal case had been opened under the article on violations of the laws and customs of "
      "war. Bilopillia, about 10 km from the Russian border, has been shelled almost daily for "
      "months, and officials say around 3,000 residents have been evacuated from the town since "
      "the start of the year.",
      [C("nine", 9, "exact", "killed", "bus passengers (headline)", ctx="nine\n"),
       C("nine", 9, "exact", "killed", "bus passengers", SUMY_RMA, ctx="nine passengers"),
       C("seven", 7, "exact", "injured", "bus passengers", SUMY_RMA),
       C("four", 4, "exact", "injured", "injured hospitalized", "Hryhorov",
         attr_alt=[HRYHOROV]),
       C("around 3,000", 3000, "about", "displaced", "residents evacuated from Bilopillia",
         "officials")],
      published="2025-05-17"),

    P("d43_003",
      "Ukraine brings home 230 citizens in largest prisoner swap since full-scale invasion\n"
      "Ukraine has returned 230 of its citizens from Russian captivity, President Volodymyr "
      "Zelensky said on Wednesday, in what officials called the largest exchange since "
      "February 2022. Among those freed are 224 service members, including soldiers, sailors, "
      "National Guard members and border guards, and six civilians, the Coordination "
      "Headquarters for the Treatment of Prisoners of War said. The headquarters said the "
      "exchange, the 49th since the war began, had been made possible by mediation from the "
      "United Arab Emirates. Russia's Defence Ministry said 248 Russian servicemen had been "
      "returned from territory controlled by Kyiv. In total, 2,828 Ukrainians have now been "
      "freed from captivity, Ukrinform reports, citing the Coordination Headquarters.",
      [C("230", 230, "exact", "detained", "citizens freed (headline)", ctx="230 citizens",
         cat_alt=["hostages", "other"]),
       C("230", 230, "exact", "detained", "Ukrainians freed from Russian captivity", ZELENSKY,
         ctx="230 of its", cat_alt=["hostages", "other"]),
       C("224", 224, "exact", "detained", "Ukrainian service members freed", KOORD,
         cat_alt=["troops"]),
       C("six", 6, "exact", "detained", "Ukrainian civilians freed", KOORD,
         cat_alt=["hostages"]),
       C("248", 248, "exact", "detained", "Russian servicemen returned",
         "Russia's Defence Ministry", cat_alt=["troops"]),
       C("2,828", 2828, "exact", "detained", "Ukrainians freed from captivity in total",
         "the Coordination Headquarters", attr_alt=["Ukrinform"],
         cat_alt=["hostages", "other"])]),

    P("d43_004",
      "Ukraine has received the bodies of 1,200 people that Russia says are fallen Ukrainian "
      "soldiers in the latest stage of a repatriation agreed at talks in Istanbul, the "
      "Coordination Headquarters for the Treatment of Prisoners of War said on June 16. In "
      "return, Ukraine handed over 27 bodies of Russian servicemen, Russian presidential aide "
      "Vladimir Medinsky said. With Monday's transfer, the number of bodies returned to Ukraine "
      "this month has reached 6,057, while Russia has received 78, according to Medinsky. "
      "Ukrainian officials said identifying the remains would take months and that at least 20 "
      "of the bodies handed over in earlier rounds had turned out to be those of Russian "
      "soldiers. Interior Minister Ihor Klymenko has said that more than 2,000 DNA samples from "
      "relatives of the missing are being processed every week.",
      [C("1,200", 1200, "exact", "killed", "bodies returned to Ukraine", KOORD,
         attr_alt=["Russia"]),
       C("27", 27, "exact", "killed", "bodies of Russian servicemen handed over", MEDINSKY),
       C("6,057", 6057, "exact", "killed", "bodies returned to Ukraine this month",
         "Medinsky", attr_alt=[MEDINSKY]),
       C("78", 78, "exact", "killed", "bodies returned to Russia this month", "Medinsky",
         attr_alt=[MEDINSKY]),
       C("at least 20", 20, "at_least", "killed", "bodies that were Russian soldiers",
         "Ukrainian officials", cat_alt=["other"]),
       C("more than 2,000", 2000, "more_than", "other", "DNA samples processed weekly",
         "Interior Minister Ihor Klymenko", optional=True)]),

    P("d43_005",
      "LUGANSK, February 4. /TASS/. The death toll from the Ukrainian strike on a bakery in "
      "Lisichansk has risen to 28, Russia's Emergencies Ministry said on Sunday. Rescuers "
      "pulled 10 people alive from under the rubble of the building, which collapsed after "
      "being hit on Saturday afternoon, the ministry's press service told TASS. According to "
      "the ministry, more than 200 rescuers and 50 pieces of equipment were involved in the "
      "search, which lasted over a day. Head of the Lugansk People's Republic Leonid Pasechnik "
      "declared February 5 a day of mourning. The Russian Defense Ministry said the bakery had "
      "been struck with a US-made HIMARS multiple rocket launcher.",
      [C("28", 28, "exact", "killed", "people in the Lisichansk bakery", EMERCOM),
       C("10", 10, "exact", "other", "people pulled alive from the rubble",
         "the ministry's press service", attr_alt=[EMERCOM], cat_alt=["missing"]),
       C("more than 200", 200, "more_than", "troops", "rescuers involved", "the ministry",
         attr_alt=[EMERCOM], cat_alt=["other"]),
       C("50", 50, "exact", "other", "pieces of equipment", "the ministry",
         attr_alt=[EMERCOM], optional=True)]),

    P("d43_006",
      "DONETSK, January 21. /TASS/. Ukrainian shelling of a market in the Tekstilshchik "
      "neighborhood of Donetsk's Kirovsky district killed 27 people on Sunday, DPR head Denis "
      "Pushilin said. Another 25 people, among them two children, were wounded, Pushilin wrote "
      "on his Telegram channel. According to the DPR's Joint Center for Control and "
      "Coordination (JCCC), Ukrainian forces fired on the district with 155mm and 152mm "
      "artillery shells. The Russian Foreign Ministry called the attack a \"monstrous terrorist "
      "act.\" Earlier in the day, DPR Health Minister Alexander Oprishchenko had put the number "
      "of injured at 13, saying eight of them were in serious condition.",
      [C("27", 27, "exact", "killed", "people at the Tekstilshchik market", PUSHILIN),
       C("25", 25, "exact", "injured", "people at the market", "Pushilin",
         attr_alt=[PUSHILIN]),
       C("two", 2, "exact", "injured", "children wounded", "Pushilin", attr_alt=[PUSHILIN]),
       C("13", 13, "exact", "injured", "injured (earlier figure)",
         "DPR Health Minister Alexander Oprishchenko"),
       C("eight", 8, "exact", "injured", "injured in serious condition",
         "DPR Health Minister Alexander Oprishchenko")]),

    P("d43_007",
      "BELGOROD, June 2. /TASS/. More than 2,500 residents of Shebekino and the Shebekino "
      "district have been accommodated in temporary shelters in Belgorod and other parts of "
      "the region after shelling by Ukrainian forces, Belgorod Region Governor Vyacheslav "
      "Gladkov said on Friday. \"We are continuing to move people out,\" Gladkov said, adding "
      "that about 300 children had already been sent to summer camps in other regions. He said "
      "nine temporary accommodation centers had been opened and that two women had been killed "
      "in the shelling on Thursday. According to the Russian Defense Ministry, Ukrainian units "
      "tried to cross the border near Shebekino with up to 15 tanks and armored vehicles, and "
      "more than 30 Ukrainian servicemen were killed. Shebekino had a population of about "
      "40,000 before the evacuation began.",
      [C("More than 2,500", 2500, "more_than", "displaced",
         "Shebekino residents in temporary shelters", GLADKOV),
       C("about 300", 300, "about", "displaced", "children sent to camps", "Gladkov",
         attr_alt=[GLADKOV]),
       C("nine", 9, "exact", "infrastructure", "temporary accommodation centers", GLADKOV,
         attr_alt=["He"], cat_alt=["other"]),
       C("two", 2, "exact", "killed", "women killed in shelling", GLADKOV, attr_alt=["He"]),
       C("up to 15", 15, "at_most", "munitions", "tanks and armored vehicles",
         "the Russian Defense Ministry", cat_alt=["other"]),
       C("more than 30", 30, "more_than", "killed", "Ukrainian servicemen",
         "the Russian Defense Ministry"),
       C("about 40,000", 40000, "about", "population", "pre-evacuation population of "
         "Shebekino", None)]),

    P("d43_008",
      "Crowds clash with police in Bashkortostan after activist's sentencing\n"
      "7:52 pm, January 17, 2024\n"
      "Source: Meduza\n"
      "Thousands of people gathered outside the courthouse in the town of Baymak on Wednesday "
      "after activist Fail Alsynov was sentenced to four years in a penal colony, according to "
      "local news outlets. Police used tear gas, stun grenades and batons against the crowd, "
      "and the human rights project OVD-Info reported that at least 20 people had been "
      "detained. Bashkortostan's Interior Ministry said several police officers had been "
      "injured but gave no figure. By evening, the Telegram channel RusNews said 40 people had "
      "sought medical help after the clashes, among them a 16-year-old. Alsynov, 37, was "
      "convicted over a speech in which he allegedly insulted migrant workers; his supporters "
      "say around 5,000 people had signed letters vouching for him.",
      [C("Thousands", 1000, "vague", "other", "protesters in Baymak", "local news outlets"),
       C("at least 20", 20, "at_least", "detained", "people detained in Baymak", OVD,
         attr_alt=["OVD-Info"]),
       C("40", 40, "exact", "injured", "people who sought medical help",
         "the Telegram channel RusNews"),
       C("around 5,000", 5000, "about", "other", "people who signed letters for Alsynov",
         "his supporters", optional=True)],
      published="2024-01-17"),

    P("d43_009",
      "A crowd of hundreds of men stormed the airport in Makhachkala, the capital of Dagestan, "
      "on Sunday evening after rumors spread on Telegram that a flight from Tel Aviv was about "
      "to land. Rioters ran onto the runway and surrounded the Red Wings plane, which had about "
      "15 Israeli citizens on board, according to the news outlet Baza. Dagestan's Health "
      "Ministry said 20 people had been injured, two of them seriously; the Interior Ministry "
      "later said nine of the injured were police officers. Police detained 60 people at the "
      "scene, the ministry said, and by Monday the Investigative Committee said 83 people had "
      "been identified as active participants. The airport was closed until November 6. "
      "Regional head Sergei Melikov blamed \"enemies of Russia\" for organizing the unrest.",
      [C("hundreds", 100, "vague", "other", "men who stormed the airport", None,
         attr_alt=["the news outlet Baza"]),
       C("about 15", 15, "about", "other", "Israeli citizens on board",
         "the news outlet Baza"),
       C("20", 20, "exact", "injured", "people injured at the airport",
         "Dagestan's Health Ministry"),
       C("two", 2, "exact", "injured", "seriously injured", "Dagestan's Health Ministry"),
       C("nine", 9, "exact", "injured", "police officers injured", "the Interior Ministry"),
       C("60", 60, "exact", "detained", "people detained at the airport", "the ministry",
         attr_alt=["the Interior Ministry"]),
       C("83", 83, "exact", "detained", "people identified as active participants",
         "the Investigative Committee", cat_alt=["other"])]),

    # --- Israel, Gaza and Iran -------------------------------------------------------------------
    P("d43_010",
      "Six killed, over a dozen hurt as terrorists open fire at Jerusalem's Ramot Junction\n"
      "By Emanuel Fabian 8 September 2025, 10:58 am\n"
      "Two Palestinian gunmen opened fire at a crowded bus stop at the Ramot Junction on the "
      "northern outskirts of Jerusalem on Monday morning, police said. Six people were killed "
      "and at least 12 were wounded, six of them seriously, according to the Magen David Adom "
      "ambulance service. The gunmen, residents of villages near Ramallah, were shot dead at "
      "the scene by a soldier and an armed civilian, police said. Dozens of rounds and a "
      "makeshift submachine gun were found at the site, police added. The IDF said it was "
      "sending troops to encircle the gunmen's home villages, and the Shin Bet said several "
      "suspects had been detained.",
      [C("Six", 6, "exact", "killed", "people (headline)", ctx="Six killed"),
       C("over a dozen", 12, "more_than", "injured", "people (headline)"),
       C("Two", 2, "exact", "troops", "Palestinian gunmen", "police", cat_alt=["other"]),
       C("Six", 6, "exact", "killed", "people at Ramot Junction", MDA_TOI,
         ctx="Six people"),
       C("at least 12", 12, "at_least", "injured", "people at Ramot Junction", MDA_TOI),
       C("six", 6, "exact", "injured", "seriously wounded", MDA_TOI),
       C("Dozens", 12, "vague", "munitions", "rounds found at the site", "police",
         cat_alt=["other"])],
      published="2025-09-08"),

    P("d43_011",
      "IRANIAN MISSILE SCORES DIRECT HIT ON BEERSHEBA'S SOROKA HOSPITAL\n"
      "Today 9:41 am\n"
      "An Iranian ballistic missile slammed into the Soroka Medical Center in Beersheba early "
      "Thursday, causing extensive damage to an old surgical building that had been evacuated "
      "the day before, the hospital said. Soroka said some 40 people at the hospital, most of "
      "them staff, were lightly hurt. Across the country, 271 people were brought to hospitals "
      "in the wake of Thursday morning's barrage, according to the Health Ministry, four of "
      "them in serious condition. The IDF said Iran launched around 30 ballistic missiles in "
      "the attack, most of which were intercepted; impacts were also recorded in Ramat Gan, "
      "Holon and Tel Aviv. Soroka, the main hospital in Israel's south, has some 1,000 beds and "
      "serves around a million residents of the Negev.",
      [C("some 40", 40, "about", "injured", "people hurt at Soroka", "Soroka",
         attr_alt=["the hospital"]),
       C("271", 271, "exact", "injured", "people brought to hospitals", "the Health Ministry"),
       C("four", 4, "exact", "injured", "people in serious condition", "the Health Ministry"),
       C("around 30", 30, "about", "munitions", "Iranian ballistic missiles launched",
         "The IDF"),
       C("some 1,000", 1000, "about", "other", "beds at Soroka", None, optional=True,
         cat_alt=["infrastructure"]),
       C("around a million", 1_000_000, "about", "population", "Negev residents served", None)]),

    P("d43_012",
      "Romi Gonen, Emily Damari and Doron Steinbrecher back in Israel after 471 days in Hamas "
      "captivity\n"
      "By TOI Staff 19 January 2025, 9:38 pm\n"
      "The three hostages were handed over to the International Committee of the Red Cross in "
      "Gaza City on Sunday afternoon and taken to the Sheba Medical Center, the IDF said. They "
      "are the first of 33 hostages slated for release during the 42-day first phase of the "
      "ceasefire deal, in exchange for some 1,900 Palestinian security prisoners and "
      "detainees. The Israel Prison Service said early Monday that it had released 90 "
      "prisoners from Ofer Prison, 69 of them women and 21 teenage boys. Hamas is believed to "
      "be holding 94 hostages, at least 34 of whom have been confirmed dead by the IDF.",
      [C("three", 3, "exact", "hostages", "hostages handed over", "the IDF"),
       C("33", 33, "exact", "hostages", "hostages slated for release in phase one", None,
         attr_alt=["the IDF"]),
       C("some 1,900", 1900, "about", "detained", "Palestinian prisoners to be released",
         None, attr_alt=["the IDF"]),
       C("90", 90, "exact", "detained", "Palestinian prisoners released",
         "The Israel Prison Service"),
       C("69", 69, "exact", "detained", "women released", "The Israel Prison Service"),
       C("21", 21, "exact", "detained", "teenage boys released",
         "The Israel Prison Service"),
       C("94", 94, "exact", "hostages", "hostages still held in Gaza", None,
         attr_alt=["the IDF"]),
       C("at least 34", 34, "at_least", "killed", "hostages confirmed dead", "the IDF",
         cat_alt=["hostages"])],
      published="2025-01-19"),

    P("d43_013",
      "Jun 15, 2025 8:14 am IDT\n"
      "Four members of one family were killed when an Iranian missile struck their home in the "
      "Arab town of Tamra in northern Israel late Saturday, Magen David Adom said. The victims, "
      "a mother, her two daughters and a relative, were found in the rubble of the three-story "
      "building, rescue workers said; some 24 other people were wounded in the town. Residents "
      "said the family had taken cover in a reinforced room, which collapsed under the impact. "
      "Tamra, a city of about 37,000 people, has only a handful of public shelters, and local "
      "council head Musa Abu Rumi told Haaretz that more than 40 percent of homes have no "
      "protected space. In Jewish communities a few kilometers away, he said, \"every street "
      "has a shelter.\"",
      [C("Four", 4, "exact", "killed", "family members in Tamra", "Magen David Adom"),
       C("two", 2, "exact", "killed", "daughters killed", "rescue workers"),
       C("some 24", 24, "about", "injured", "people wounded in Tamra", "rescue workers",
         attr_alt=[None]),
       C("about 37,000", 37000, "about", "population", "Tamra residents", None,
         attr_alt=["local council head Musa Abu Rumi"]),
       C("more than 40 percent", 40, "more_than", "other",
         "share of homes without a protected space", "local council head Musa Abu Rumi",
         optional=True, cat_alt=["infrastructure"])],
      published="2025-06-15"),

    P("d43_014",
      "Far-right rioters break into Sde Teiman base after military police detain soldiers\n"
      "Jul 29, 2024 11:20 pm IDT\n"
      "Military police on Monday detained nine reservists suspected of the aggravated sexual "
      "abuse of a Palestinian detainee at the Sde Teiman detention facility in the Negev, the "
      "army said. Dozens of protesters, among them several Knesset members, then broke into "
      "the base, police said, and later hundreds more gathered outside the Beit Lid military "
      "court, where the suspects had been taken. The detainee, a member of Hamas' Nukhba force, "
      "had been hospitalized with severe injuries, according to a military official. The "
      "Israeli human rights group Physicians for Human Rights-Israel says at least 36 Gazans "
      "have died in Israeli military detention since October 7. Some 4,000 Gazans have passed "
      "through Sde Teiman, according to figures the army gave the High Court of Justice.",
      [C("nine", 9, "exact", "detained", "reservists detained", "the army"),
       C("Dozens", 12, "vague", "other", "protesters who broke into the base", "police"),
       C("hundreds", 100, "vague", "other", "protesters at Beit Lid", "police",
         attr_alt=[None]),
       C("at least 36", 36, "at_least", "killed", "Gazans who died in detention",
         "The Israeli human rights group Physicians for Human Rights-Israel",
         attr_alt=["Physicians for Human Rights-Israel"], cat_alt=["detained"]),
       C("Some 4,000", 4000, "about", "detained", "Gazans held at Sde Teiman",
         "figures the army gave the High Court of Justice", attr_alt=["the army"])],
      published="2024-07-29"),

    P("d43_015",
      "GAZA CITY (AA) - At least 45 Palestinians were killed and 249 others injured in an "
      "Israeli airstrike on a tent camp for displaced people in the Tal al-Sultan area of "
      "western Rafah, the Health Ministry in Gaza said on Monday. The ministry said most of the "
      "victims were women and children, many of whom burned to death when fire spread through "
      "the tents. The Government Media Office in Gaza said the camp, which the Israeli army had "
      "designated a \"safe zone,\" was hit by at least eight missiles. The Israeli army said it "
      "had targeted a Hamas compound and killed two senior Hamas officials, and that it was "
      "reviewing reports of civilian casualties. More than 1 million Palestinians have fled "
      "Rafah since Israel launched its ground offensive there on May 6, according to the UN "
      "agency for Palestinian refugees, UNRWA, which said fewer than 200 aid trucks had entered "
      "Gaza through the Kerem Shalom crossing in the past three weeks.",
      [C("At least 45", 45, "at_least", "killed", "Palestinians in Tal al-Sultan",
         GAZA_MOH_AA),
       C("249", 249, "exact", "injured", "Palestinians in Tal al-Sultan", GAZA_MOH_AA),
       C("at least eight", 8, "at_least", "munitions", "missiles that hit the camp",
         "The Government Media Office in Gaza"),
       C("two", 2, "exact", "killed", "senior Hamas officials", "The Israeli army"),
       C("More than 1 million", 1_000_000, "more_than", "displaced",
         "Palestinians who fled Rafah", UNRWA, attr_alt=["UNRWA"]),
       C("fewer than 200", 200, "fewer_than", "aid", "aid trucks through Kerem Shalom", UNRWA,
         attr_alt=["UNRWA"])]),

    P("d43_016",
      "Israeli army detains over 240 people in raid on Kamal Adwan Hospital, including its "
      "director\n"
      "Rania Abu Shamala | 28.12.2024 - Update : 28.12.2024\n"
      "GAZA CITY (AA) - The Israeli army detained more than 240 people, among them hospital "
      "director Hussam Abu Safiya, during a raid on the Kamal Adwan Hospital in northern Gaza, "
      "the Gaza Health Ministry said Saturday. The ministry said soldiers had forced around 350 "
      "people, including 75 patients and 180 medical staff, to leave the hospital at gunpoint "
      "before setting fire to several of its departments. The Israeli army said it had "
      "detained 240 \"terrorist suspects\" in the operation and claimed that 20 of them had "
      "taken part in the Oct. 7 attack. The World Health Organization said the raid had put the "
      "last major health facility in north Gaza out of service and that 25 critical patients "
      "had been moved to the Indonesian Hospital, which is itself barely functioning.",
      [C("over 240", 240, "more_than", "detained", "people detained (headline)", None,
         attr_alt=["Israeli army"]),
       C("more than 240", 240, "more_than", "detained", "people detained at Kamal Adwan",
         KA_MOH),
       C("around 350", 350, "about", "displaced", "people forced out of the hospital",
         "The ministry", attr_alt=[KA_MOH], cat_alt=["other"]),
       C("75", 75, "exact", "displaced", "patients forced out", "The ministry",
         attr_alt=[KA_MOH], cat_alt=["other", "injured"]),
       C("180", 180, "exact", "displaced", "medical staff forced out", "The ministry",
         attr_alt=[KA_MOH], cat_alt=["other"]),
       C("240", 240, "exact", "detained", "suspects detained (army figure)",
         "The Israeli army", ctx="240 \"terrorist"),
       C("20", 20, "exact", "detained", "detainees said to have taken part in Oct. 7",
         "The Israeli army", cat_alt=["other"]),
       C("25", 25, "exact", "injured", "critical patients moved",
         "The World Health Organization", cat_alt=["other", "displaced"])],
      published="2024-12-28"),

    # --- Pakistan, Bangladesh and Nepal ----------------------------------------------------------
    P("d43_017",
      "Five Chinese nationals, driver killed in suicide attack on convoy in Shangla\n"
      "Dawn Report Published March 27, 2024\n"
      "PESHAWAR: Five Chinese nationals and their Pakistani driver were killed on Tuesday when "
      "a suicide bomber rammed an explosives-laden vehicle into their convoy near Besham in "
      "Shangla district, police said. The Chinese engineers were travelling from Islamabad to "
      "the Dasu hydropower project, where some 1,000 Chinese workers are employed, according "
      "to a company official. Regional police chief Mohammad Ali Gandapur told Dawn that the "
      "vehicle had plunged into a ravine after the blast and that all six bodies had been "
      "recovered. No group claimed responsibility. It was the third attack on Chinese "
      "interests in the country in a week, after militants stormed the Gwadar Port Authority "
      "complex on March 20, an attack in which security forces said they had killed eight "
      "assailants.",
      [C("Five", 5, "exact", "killed", "Chinese nationals (headline)",
         ctx="Five Chinese nationals, driver"),
       C("Five", 5, "exact", "killed", "Chinese nationals", "police",
         ctx="Five Chinese nationals and"),
       C("some 1,000", 1000, "about", "population", "Chinese workers at Dasu",
         "a company official", cat_alt=["other"]),
       C("six", 6, "exact", "killed", "bodies recovered",
         "Regional police chief Mohammad Ali Gandapur"),
       C("eight", 8, "exact", "killed", "assailants at Gwadar", "security forces")],
      published="2024-03-27"),

    P("d43_018",
      "QUETTA: Three Frontier Corps personnel and two civilians were killed and 35 others "
      "injured when militants attacked a convoy carrying FC personnel on the Noshki-Dalbandin "
      "highway on Sunday, the Inter-Services Public Relations (ISPR) said. The military's media "
      "wing said security forces had killed all four attackers, including a suicide bomber who "
      "rammed an explosives-laden car into one of the buses. The banned Balochistan Liberation "
      "Army (BLA) claimed responsibility and said in a statement that 90 soldiers had been "
      "killed, a figure officials dismissed as \"propaganda\". Noshki Deputy Commissioner "
      "Amjad Somro told Dawn that the injured had been shifted to the district hospital and "
      "that 12 of them were later referred to Quetta. The convoy of seven buses and two cars was "
      "travelling from Quetta to Taftan, officials said.",
      [C("Three", 3, "exact", "killed", "FC personnel", ISPR_DAWN),
       C("two", 2, "exact", "killed", "civilians", ISPR_DAWN, ctx="two civilians"),
       C("35", 35, "exact", "injured", "people in the convoy attack", ISPR_DAWN),
       C("four", 4, "exact", "killed", "attackers", "The military's media wing",
         attr_alt=[ISPR_DAWN]),
       C("90", 90, "exact", "killed", "soldiers (BLA claim)",
         "The banned Balochistan Liberation Army (BLA)"),
       C("12", 12, "exact", "injured", "injured referred to Quetta",
         "Noshki Deputy Commissioner Amjad Somro"),
       C("seven", 7, "exact", "other", "buses in the convoy", "officials", optional=True),
       C("two", 2, "exact", "other", "cars in the convoy", "officials", ctx="two cars",
         optional=True)]),

    P("d43_019",
      "Death toll in Khuzdar school bus bombing rises to eight\n"
      "KHUZDAR: Two more children injured in Wednesday's suicide attack on a school bus in "
      "Khuzdar succumbed to their wounds at the Combined Military Hospital in Karachi, raising "
      "the death toll to eight, officials said on Saturday. Six of the dead were children, "
      "according to the ISPR, which has blamed the attack on \"Indian proxies\". Deputy "
      "Commissioner Yasir Iqbal said the bus had been carrying around 40 students of the Army "
      "Public School when it was hit near Zero Point on the Quetta-Karachi highway. More than "
      "35 people were wounded in the blast, some of them critically, the provincial health "
      "department said. Chief Minister Sarfraz Bugti announced three days of mourning.",
      [C("eight", 8, "exact", "killed", "people (headline)", ctx="eight\n"),
       C("Two", 2, "exact", "killed", "children who died of wounds", "officials"),
       C("eight", 8, "exact", "killed", "people in the Khuzdar bombing", "officials",
         ctx="eight, officials"),
       C("Six", 6, "exact", "killed", "children among the dead", "the ISPR"),
       C("around 40", 40, "about", "other", "students on the bus",
         "Deputy Commissioner Yasir Iqbal"),
       C("More than 35", 35, "more_than", "injured", "people wounded in the blast",
         "the provincial health department")]),

    P("d43_020",
      "Gopalganj clashes: Death toll rises to 4, curfew imposed\n"
      "Star Online Report\n"
      "Wed Jul 16, 2025 10:47 PM Last update on: Thu Jul 17, 2025 02:05 AM\n"
      "At least four people were killed and over 50 injured as supporters of the banned Awami "
      "League and its student wing attacked a rally of the National Citizen Party (NCP) in "
      "Gopalganj town today, police and hospital sources said. Jibitesh Biswas, resident "
      "medical officer of Gopalganj 250-bed General Hospital, told The Daily Star that four "
      "bodies had been brought to the hospital with bullet wounds. The interim government "
      "imposed a 22-hour curfew in the district from 8:00pm, and the Inter-Services Public "
      "Relations (ISPR) said troops had been deployed to assist police. Army vehicles later "
      "escorted NCP leaders out of the town. Police said at least 25 people had been detained "
      "in overnight drives.",
      [C("4", 4, "exact", "killed", "people (headline)"),
       C("At least four", 4, "at_least", "killed", "people in Gopalganj",
         "police and hospital sources"),
       C("over 50", 50, "more_than", "injured", "people in Gopalganj",
         "police and hospital sources"),
       C("four", 4, "exact", "killed", "bodies brought to hospital", BIWAS,
         ctx="four bodies", attr_alt=[BIWAS_FULL]),
       C("at least 25", 25, "at_least", "detained", "people detained in Gopalganj",
         "Police")],
      published="2025-07-16"),

    P("d43_021",
      "Section 144 imposed in Khagrachhari, Rangamati after clashes leave 4 dead\n"
      "Star Report Sat Sep 21, 2024 12:00 AM\n"
      "At least three people were killed in Khagrachhari's Dighinala upazila on Thursday night "
      "and another in Rangamati town yesterday as violence between Bangalee settlers and "
      "indigenous people spread across the Chattogram Hill Tracts, officials said. Khagrachhari "
      "Sadar Hospital's resident medical officer Ripel Bapi Chakma said 15 people had been "
      "admitted with injuries, five of them with bullet wounds. In Rangamati, more than 50 "
      "shops and homes were torched and a Buddhist temple was vandalised, locals said. The home "
      "ministry said additional army and BGB members had been deployed and that a probe "
      "committee had been formed. Section 144 will remain in force in both district towns "
      "until further notice, the district administrations said.",
      [C("4", 4, "exact", "killed", "people (headline)"),
       C("At least three", 3, "at_least", "killed", "people in Dighinala", "officials"),
       C("15", 15, "exact", "injured", "people admitted with injuries", CHAKMA),
       C("five", 5, "exact", "injured", "people with bullet wounds", CHAKMA),
       C("more than 50", 50, "more_than", "infrastructure", "shops and homes torched",
         "locals", cat_alt=["other"])],
      published="2024-09-21"),

    P("d43_022",
      "Two killed, over 100 injured as pro-monarchy protest turns violent in Kathmandu\n"
      "Post Report\n"
      "Published at : March 28, 2025\n"
      "Two people, including a television journalist, were killed and more than 100 injured on "
      "Friday as a pro-monarchy demonstration at Tinkune turned violent, according to the "
      "Kathmandu District Administration Office. The journalist, Suresh Rajak of Avenues "
      "Television, died when protesters set fire to a building from which he was filming, "
      "police said. Nepal Police spokesperson Dinesh Kumar Acharya said 53 police personnel, 22 "
      "Armed Police Force personnel and 35 protesters had been injured, and that 105 people had "
      "been arrested, among them Rastriya Prajatantra Party general secretary Dhawal Shumsher "
      "Rana. Protesters torched at least 14 buildings and nine vehicles, according to the "
      "police. Authorities imposed a curfew in parts of the capital from 4:25pm that was lifted "
      "the next day at 7am.",
      [C("Two", 2, "exact", "killed", "people (headline)", ctx="Two killed"),
       C("over 100", 100, "more_than", "injured", "people (headline)"),
       C("Two", 2, "exact", "killed", "people at Tinkune", KDAO, ctx="Two people"),
       C("more than 100", 100, "more_than", "injured", "people at Tinkune", KDAO),
       C("53", 53, "exact", "injured", "police personnel injured", ACHARYA),
       C("22", 22, "exact", "injured", "Armed Police Force personnel injured", ACHARYA),
       C("35", 35, "exact", "injured", "protesters injured", ACHARYA),
       C("105", 105, "exact", "detained", "people arrested", ACHARYA),
       C("at least 14", 14, "at_least", "infrastructure", "buildings torched", "the police",
         cat_alt=["other"]),
       C("nine", 9, "exact", "other", "vehicles torched", "the police", optional=True,
         cat_alt=["infrastructure"])],
      published="2025-03-28"),

    P("d43_023",
      "Ten Nepali students killed in Hamas attack in southern Israel, embassy confirms\n"
      "KATHMANDU, Oct 8 - Ten Nepali students working on a farm at Kibbutz Alumim near the "
      "Gaza border were killed in Saturday's Hamas attack, the Embassy of Nepal in Tel Aviv "
      "said on Sunday. Four other students were injured and one remains unaccounted for, "
      "Foreign Minister NP Saud told reporters, adding that the injured were receiving "
      "treatment in hospitals. The students were among 49 taking part in the government's "
      "'Learn and Earn' programme at the kibbutz, according to the ministry. The government "
      "has decided to evacuate Nepalis who wish to leave Israel, and more than 500 have "
      "registered with the embassy to return home, Saud said. Some 4,500 Nepalis are working "
      "in Israel, most of them as caregivers.",
      [C("Ten", 10, "exact", "killed", "Nepali students (headline)",
         ctx="Ten Nepali students killed"),
       C("Ten", 10, "exact", "killed", "Nepali students at Alumim", NP_EMB,
         ctx="Ten Nepali students working"),
       C("Four", 4, "exact", "injured", "Nepali students injured", SAUD),
       C("one", 1, "exact", "missing", "Nepali student unaccounted for", SAUD),
       C("49", 49, "exact", "population", "students in the programme at Alumim",
         "the ministry", cat_alt=["other"]),
       C("more than 500", 500, "more_than", "displaced", "Nepalis registered to return home",
         "Saud", attr_alt=[SAUD], cat_alt=["other"]),
       C("Some 4,500", 4500, "about", "population", "Nepalis working in Israel", None,
         cat_alt=["other"])]),

    # --- Nigeria and South Africa -----------------------------------------------------------------
    P("d43_024",
      "Gunmen kill 51 in fresh attack on Plateau community\n"
      "By Mohammed Lere\n"
      "At least 51 people were killed when gunmen attacked Zike, a community in the Kimakpa "
      "area of Bassa Local Government Area of Plateau State, late Sunday, the chairman of the "
      "council, Joseph Gwamkat, said on Monday. Mr Gwamkat told PREMIUM TIMES that the "
      "attackers, numbering between 40 and 50, struck around 10 p.m. and set dozens of houses "
      "ablaze. The Irigwe Development Association, a socio-cultural group, put the toll at 52 "
      "and said the victims included women and children. The police spokesperson in the "
      "state, Alfred Alabo, confirmed the attack but said only that \"a number of lives were "
      "lost\". The state government says more than 100 people have been killed in attacks "
      "across Plateau since the start of April.",
      [C("51", 51, "exact", "killed", "people (headline)", ctx="51 in"),
       C("At least 51", 51, "at_least", "killed", "people in Zike", GWAMKAT),
       C("between 40 and 50", 40, "range", "troops", "attackers", "Mr Gwamkat", high=50,
         attr_alt=[GWAMKAT], cat_alt=["other"]),
       C("dozens", 12, "vague", "infrastructure", "houses set ablaze", "Mr Gwamkat",
         attr_alt=[GWAMKAT], cat_alt=["other"]),
       C("52", 52, "exact", "killed", "people in Zike (association toll)",
         "The Irigwe Development Association"),
       C("more than 100", 100, "more_than", "killed", "people killed in Plateau since April",
         "The state government")]),

    P("d43_025",
      "SOKOTO — At least 10 civilians were killed when a military airstrike hit two villages "
      "in Silame Local Government Area of Sokoto State on Christmas Day, residents and a local "
      "official said. The Nigerian Army said the strike, carried out under Operation Fansan "
      "Yamma, had targeted Lakurawa militants and destroyed the group's \"logistics hub\". A "
      "community leader in Gidan Bisa, one of the affected villages, told PREMIUM TIMES that "
      "13 bodies had been buried and that at least seven people were being treated at the "
      "Usmanu Danfodiyo University Teaching Hospital. \"They were farmers and women returning "
      "from the market,\" he said. Amnesty International Nigeria says military airstrikes have "
      "killed more than 400 civilians in the North-west and North-east since 2017.",
      [C("At least 10", 10, "at_least", "killed", "civilians in Silame",
         "residents and a local official"),
       C("two", 2, "exact", "other", "villages hit", "residents and a local official",
         optional=True, cat_alt=["infrastructure"]),
       C("13", 13, "exact", "killed", "bodies buried", "A community leader in Gidan Bisa"),
       C("at least seven", 7, "at_least", "injured", "people treated in hospital",
         "A community leader in Gidan Bisa"),
       C("more than 400", 400, "more_than", "killed", "civilians killed in airstrikes",
         "Amnesty International Nigeria")]),

    P("d43_026",
      "Abducted Sokoto monarch killed by bandits, family says\n"
      "By Abdulkareem Mojeed\n"
      "The Emir of Gobir, Isa Bawa, who was abducted by bandits nearly four weeks ago in Sabon "
      "Birni Local Government Area of Sokoto State, has been killed by his captors, his family "
      "said on Wednesday. The 70-year-old monarch was seized along with his son and 11 other "
      "travellers on the Sabon Birni–Sokoto road, a family member told PREMIUM TIMES. The "
      "kidnappers had demanded a ransom of N60 million and later released a video in which the "
      "emir, visibly weak, pleaded for help. His son remains in captivity, along with at least "
      "six of the other passengers, the family member said. Bandits have abducted more than "
      "1,000 people in Sabon Birni and neighbouring Isa since January, according to a local "
      "rights group.",
      [C("11", 11, "exact", "hostages", "travellers seized with the emir", "a family member"),
       C("at least six", 6, "at_least", "hostages", "passengers still held",
         "the family member", attr_alt=["a family member"]),
       C("more than 1,000", 1000, "more_than", "hostages", "people abducted since January",
         "a local rights group")]),

    P("d43_027",
      "Five dead, 120 arrested as taxi strike paralyses Cape Town\n"
      "By Vincent Cruywagen 08 Aug 2023\n"
      "Five people have been killed since the SA National Taxi Council (Santaco) called its "
      "strike in the Western Cape last Thursday, Police Minister Bheki Cele said on Monday, "
      "among them a police officer and a British doctor who was shot after taking a wrong turn "
      "near Cape Town International Airport. Cele said 120 people had been arrested for public "
      "violence, arson and malicious damage to property. The City of Cape Town said at least "
      "10 Golden Arrow buses had been torched and that more than 80 City vehicles had been "
      "damaged or stoned. According to the Western Cape Education Department, about 250,000 "
      "pupils missed school on Monday because there was no transport. Santaco said it would "
      "not call off the strike until the City stopped impounding its members' minibus taxis.",
      [C("Five", 5, "exact", "killed", "people (headline)", ctx="Five dead"),
       C("120", 120, "exact", "detained", "people arrested (headline)", ctx="120 arrested"),
       C("Five", 5, "exact", "killed", "people killed during the strike", CELE,
         ctx="Five people"),
       C("120", 120, "exact", "detained", "people arrested", "Cele", ctx="120 people",
         attr_alt=[CELE]),
       C("at least 10", 10, "at_least", "other", "Golden Arrow buses torched",
         "The City of Cape Town", optional=True, cat_alt=["infrastructure"]),
       C("more than 80", 80, "more_than", "other", "City vehicles damaged",
         "The City of Cape Town", optional=True, cat_alt=["infrastructure"]),
       C("about 250,000", 250000, "about", "other", "pupils who missed school",
         "the Western Cape Education Department", cat_alt=["population"])],
      published="2023-08-08"),

    P("d43_028",
      "Nigeria flies home 187 citizens after wave of xenophobic attacks\n"
      "By Ferial Haffajee\n"
      "The first group of 187 Nigerians left OR Tambo International Airport on Wednesday on a "
      "flight provided free of charge by Air Peace, Nigeria's consul-general in Johannesburg, "
      "Godwin Adama, said. Adama said about 640 Nigerians had registered to be repatriated "
      "after last week's attacks on foreign-owned shops in Johannesburg and Tshwane. Police "
      "spokesperson Brigadier Vish Naidoo said 12 people had been killed in the violence, two "
      "of them foreign nationals, and that 639 people had been arrested in Gauteng. The "
      "Johannesburg Metropolitan Police Department said more than 100 shops and businesses had "
      "been looted or burnt in Jeppestown, Alexandra and the CBD since 1 September 2019. "
      "President Cyril Ramaphosa has sent envoys to seven African countries to reassure their "
      "governments.",
      [C("187", 187, "exact", "displaced", "Nigerians flown home (headline)",
         ctx="187 citizens"),
       C("187", 187, "exact", "displaced", "Nigerians flown home", ADAMA,
         ctx="187 Nigerians"),
       C("about 640", 640, "about", "displaced", "Nigerians registered for repatriation",
         "Adama", attr_alt=[ADAMA], cat_alt=["other"]),
       C("12", 12, "exact", "killed", "people killed in the violence", NAIDOO),
       C("two", 2, "exact", "killed", "foreign nationals killed", NAIDOO),
       C("639", 639, "exact", "detained", "people arrested in Gauteng", NAIDOO),
       C("more than 100", 100, "more_than", "infrastructure", "shops and businesses looted",
         "The Johannesburg Metropolitan Police Department", cat_alt=["other"]),
       C("seven", 7, "exact", "other", "countries receiving envoys", None, optional=True,
         attr_alt=["President Cyril Ramaphosa"])]),

    # --- Latin America --------------------------------------------------------------------------
    P("d43_029",
      "Gunmen kill 12 young people at Christmas party in Mexico's Guanajuato\n"
      "Mexico - DEC 18, 2023 - 11:30 CST\n"
      "A group of armed men burst into a posada, a traditional pre-Christmas celebration, at "
      "the Hacienda El Vergel in the town of Salvatierra in the early hours of Sunday and "
      "opened fire on the guests, killing 12 people and injuring at least 12 more, the "
      "Guanajuato State Attorney General's Office said. Most of the victims were between 18 and "
      "25 years old. Local media reported that around 150 people were attending the party, "
      "which had been organized by a church group. Salvatierra Mayor Germán Alejandro "
      "Cervantes said the attackers had arrived in two vans and fled towards the neighbouring "
      "state of Michoacán. Guanajuato recorded 3,260 homicides last year, more than any other "
      "state in Mexico, according to the National Public Security System.",
      [C("12", 12, "exact", "killed", "young people (headline)", ctx="12 young"),
       C("12", 12, "exact", "killed", "people at the posada", GTO_FGE, ctx="12 people"),
       C("at least 12", 12, "at_least", "injured", "people at the posada", GTO_FGE),
       C("around 150", 150, "about", "other", "people at the party", "Local media"),
       C("two", 2, "exact", "other", "vans used by the attackers",
         "Salvatierra Mayor Germán Alejandro Cervantes", optional=True),
       C("3,260", 3260, "exact", "killed", "homicides in Guanajuato last year",
         "the National Public Security System")],
      published="2023-12-18"),

    P("d43_030",
      "Thirty-one inmates died in a riot that broke out on Sunday at the prison in Machala, in "
      "southern Ecuador, the country's prison service, SNAI, said on Monday. Of the dead, 27 "
      "were found hanged or asphyxiated in their cells during the night, the agency said, "
      "while four were killed during the initial clashes between rival gangs. President Daniel "
      "Noboa's government said some 33 inmates and a police officer had been injured, and that "
      "13 prisoners who escaped during the chaos had been recaptured. Ecuador's prisons have "
      "become battlegrounds for drug gangs, and more than 500 inmates have died in prison "
      "massacres since 2021, according to the Permanent Committee for the Defense of Human "
      "Rights (CDH).",
      [C("Thirty-one", 31, "exact", "killed", "inmates in Machala", SNAI,
         attr_alt=["SNAI"]),
       C("27", 27, "exact", "killed", "inmates hanged or asphyxiated", "the agency",
         attr_alt=[SNAI]),
       C("four", 4, "exact", "killed", "inmates killed in the clashes", "the agency",
         attr_alt=[SNAI, None]),
       C("some 33", 33, "about", "injured", "inmates injured",
         "President Daniel Noboa's government"),
       C("13", 13, "exact", "detained", "escaped prisoners recaptured",
         "President Daniel Noboa's government", cat_alt=["other"]),
       C("more than 500", 500, "more_than", "killed", "inmates killed since 2021", CDH)]),

    # --- West Africa, Balkans and Gaza aid (France 24, DW) -----------------------------------------
    P("d43_031",
      "Guinea: at least 56 dead in stampede after clashes at football match in Nzérékoré\n"
      "Issued on: 02/12/2024 - 12:30 Modified: 02/12/2024 - 18:05\n"
      "At least 56 people were killed in a stampede at a football match in Guinea's second "
      "city, Nzérékoré, on Sunday, the government said on Monday, after a disputed refereeing "
      "decision sparked clashes between supporters and police fired tear gas. Prime Minister "
      "Amadou Oury Bah said in a statement that many more people had been injured, without "
      "giving a figure. Doctors at the city's regional hospital told AFP there were \"dozens\" "
      "of bodies lined up in the morgue, and one said the toll could be close to 100. A local "
      "human rights group, the Collective of Organisations for the Defence of Human Rights, "
      "later put the number of dead at 135, most of them children. The match was part of a "
      "tournament held in honour of junta leader Mamadi Doumbouya, 40.",
      [C("at least 56", 56, "at_least", "killed", "people (headline)"),
       C("At least 56", 56, "at_least", "killed", "people in the Nzérékoré stampede",
         "the government"),
       C("dozens", 12, "vague", "killed", "bodies in the morgue",
         "Doctors at the city's regional hospital"),
       C("close to 100", 100, "about", "killed", "dead (a doctor's estimate)",
         "Doctors at the city's regional hospital", attr_alt=["one"]),
       C("135", 135, "exact", "killed", "dead (rights group toll)", CODDH,
         attr_alt=["A local human rights group"])],
      published="2024-12-02"),

    P("d43_032",
      "BAMAKO (AFP) - Forty-nine civilians and 15 soldiers were killed on Thursday in two "
      "attacks by suspected jihadists on a passenger boat on the Niger River and on an army "
      "position in Bourem, Mali's ruling junta said. The boat, run by the state company "
      "Comanav, was targeted near Bamba on its route between Gao and Mopti, the government said "
      "in a statement, adding that the army had killed around 50 assailants in its response. "
      "Interim President Assimi Goita declared three days of national mourning. Local officials told AFP that "
      "the boat had been carrying more than 300 passengers and that at least 30 were still "
      "missing after jumping into the river. The al-Qaeda-linked Group for the Support of "
      "Islam and Muslims (JNIM) claimed the attack on the Bourem camp.",
      [C("Forty-nine", 49, "exact", "killed", "civilians", "Mali's ruling junta"),
       C("15", 15, "exact", "killed", "soldiers", "Mali's ruling junta"),
       C("two", 2, "exact", "other", "attacks", "Mali's ruling junta", optional=True,
         cat_alt=["munitions"]),
       C("around 50", 50, "about", "killed", "assailants", "the government",
         attr_alt=["Mali's ruling junta"]),
       C("more than 300", 300, "more_than", "other", "passengers on board",
         "Local officials"),
       C("at least 30", 30, "at_least", "missing", "passengers missing", "Local officials")]),

    P("d43_033",
      "Kosovo: Police officer killed in attack by armed Serbs in north\n"
      "Date 24.09.2023\n"
      "A Kosovo police officer was killed and another was injured on Sunday when about 30 "
      "heavily armed men ambushed a patrol near the village of Banjska in northern Kosovo, "
      "Prime Minister Albin Kurti said. The gunmen then barricaded themselves in a Serbian "
      "Orthodox monastery, where some 40 pilgrims from Novi Sad were staying. After a gunfight "
      "lasting several hours, police said three of the attackers had been killed and six "
      "suspects arrested. Interior Minister Xhelal Sveçla said police had seized enough weapons "
      "and ammunition to equip \"hundreds\" of fighters. NATO's KFOR peacekeeping mission, "
      "which has about 4,500 troops in Kosovo, said it was ready to respond.",
      [C("about 30", 30, "about", "troops", "armed men in the ambush", KURTI,
         cat_alt=["other"]),
       C("some 40", 40, "about", "other", "pilgrims in the monastery", KURTI,
         attr_alt=[None]),
       C("three", 3, "exact", "killed", "attackers killed", "police"),
       C("six", 6, "exact", "detained", "suspects arrested", "police"),
       C("hundreds", 100, "vague", "troops", "fighters the seized weapons could equip",
         "Interior Minister Xhelal Sveçla", optional=True, cat_alt=["munitions", "other"]),
       C("about 4,500", 4500, "about", "troops", "KFOR troops in Kosovo",
         "NATO's KFOR peacekeeping mission")],
      published="2023-09-24"),

    P("d43_034",
      "Gaza: Dozens killed while waiting for aid near Zikim crossing\n"
      "07/20/2025 July 20, 2025\n"
      "At least 67 Palestinians were killed on Sunday by Israeli fire as they waited for aid "
      "trucks near the Zikim crossing in northern Gaza, the Hamas-run Health Ministry said. "
      "The World Food Programme (WFP) said its convoy of 25 trucks carrying food had "
      "\"encountered massive crowds of hungry civilians\" shortly after crossing and came under "
      "fire. The Israeli military said its troops had fired warning shots to \"remove an "
      "immediate threat\" and disputed the toll. In the south, six more people were killed near "
      "an aid distribution site run by the US- and Israel-backed Gaza Humanitarian Foundation "
      "(GHF), the ministry said. According to the UN, more than 800 people have been killed "
      "while trying to get food since late May.",
      [C("Dozens", 12, "vague", "killed", "people waiting for aid (headline)"),
       C("At least 67", 67, "at_least", "killed", "Palestinians near Zikim", GAZA_MOH_DW),
       C("25", 25, "exact", "aid", "WFP trucks in the convoy", WFP_DW),
       C("six", 6, "exact", "killed", "people near a GHF site", "the ministry",
         attr_alt=[GAZA_MOH_DW]),
       C("more than 800", 800, "more_than", "killed", "people killed seeking food",
         "the UN")],
      published="2025-07-20"),

    # --- Philippines and Myanmar -------------------------------------------------------------------
    P("d43_035",
      "Negros Oriental Governor Roel Degamo, 8 others killed in attack at his home\n"
      "Published 4:36 PM, March 04, 2023\n"
      "DUMAGUETE, Philippines – Negros Oriental Governor Roel Degamo and eight other people "
      "were killed when gunmen in military-style uniforms stormed his residence in Pamplona "
      "town on Saturday morning, police said. At least 17 others, among them beneficiaries who "
      "had lined up for a government aid distribution, were wounded, according to the "
      "Philippine National Police. Soldiers later arrested three suspects, and a fourth was "
      "killed in a firefight, the military said. Police said six gunmen had arrived in three "
      "SUVs. Degamo, 56, had been proclaimed governor only in February after a recount by the "
      "Commission on Elections.",
      [C("8", 8, "exact", "killed", "others killed (headline)"),
       C("eight", 8, "exact", "killed", "people killed with Degamo", "police"),
       C("At least 17", 17, "at_least", "injured", "people wounded", PNP),
       C("three", 3, "exact", "detained", "suspects arrested", "the military",
         ctx="three suspects"),
       C("six", 6, "exact", "troops", "gunmen", "Police", cat_alt=["other"]),
       C("three", 3, "exact", "other", "SUVs used by the gunmen", "Police",
         ctx="three SUVs", optional=True)],
      published="2023-03-04"),

    P("d43_036",
      "DAVAO CITY, Philippines – More than 2,000 police officers have been deployed to the "
      "sprawling compound of the Kingdom of Jesus Christ (KOJC) in Davao City as they search "
      "for its founder Apollo Quiboloy, who is wanted for child sexual abuse and human "
      "trafficking, the Philippine National Police said on Tuesday. Police Regional Office 11 "
      "spokesperson Major Catherine dela Rey said officers had arrested two people for "
      "obstruction and that one KOJC member had died of a heart attack during the operation. "
      "KOJC lawyer Israelito Torreon said at least 20 church members had been hurt when police "
      "dispersed between 3,000 and 4,000 followers blocking the gates, a claim the PNP denied. "
      "The compound covers some 30 hectares and includes a cathedral, a school, a college and "
      "a hangar. Quiboloy, 74, surrendered on September 8 after a 16-day standoff.",
      [C("More than 2,000", 2000, "more_than", "troops", "police officers deployed", PNP,
         cat_alt=["other"]),
       C("two", 2, "exact", "detained", "people arrested for obstruction", DELA_REY),
       C("one", 1, "exact", "killed", "KOJC member who died", DELA_REY, cat_alt=["other"]),
       C("at least 20", 20, "at_least", "injured", "church members hurt",
         "KOJC lawyer Israelito Torreon"),
       C("between 3,000 and 4,000", 3000, "range", "other", "followers blocking the gates",
         "KOJC lawyer Israelito Torreon", high=4000),
       C("some 30", 30, "about", "other", "hectares of the compound", None, optional=True)]),

    P("d43_037",
      "Junta airstrike on monastery kills 23 displaced villagers in Sagaing\n"
      "Myanmar Now\n"
      "At least 23 people, including four children, were killed when a junta fighter jet "
      "bombed a monastery in Lin Ta Lu village in Sagaing Region's Sagaing Township, where "
      "displaced villagers had been sheltering, local residents told Myanmar Now. A member of "
      "a local resistance group said more than 30 others had been wounded and that the "
      "monastery had been sheltering around 150 people who fled fighting in nearby villages. "
      "\"The jet dropped two bombs at about 1am,\" he said. \"We are still collecting body "
      "parts.\" According to the UN, more than 3.5 million people have been displaced across "
      "Myanmar since the February 2021 coup.",
      [C("23", 23, "exact", "killed", "displaced villagers (headline)", ctx="23 displaced"),
       C("At least 23", 23, "at_least", "killed", "people at the Lin Ta Lu monastery",
         "local residents"),
       C("four", 4, "exact", "killed", "children killed", "local residents"),
       C("more than 30", 30, "more_than", "injured", "people wounded", MN_MEMBER),
       C("around 150", 150, "about", "displaced", "people sheltering in the monastery",
         MN_MEMBER),
       C("two", 2, "exact", "munitions", "bombs dropped", MN_MEMBER, attr_alt=["he"]),
       C("more than 3.5 million", 3_500_000, "more_than", "displaced",
         "people displaced in Myanmar", "the UN")]),

    P("d43_038",
      "At least 33 people were killed and more than 70 injured when a junta aircraft bombed "
      "the general hospital in Mrauk-U, Rakhine State, late on Wednesday, according to a "
      "rescue worker and the Arakan Army (AA), which controls the town. The rescue worker, who "
      "asked not to be named for security reasons, said most of the dead were patients and "
      "their relatives and that the hospital's main building had been destroyed. The AA, one "
      "of the most powerful ethnic armed groups in the country, said the jet had dropped two "
      "500-pound bombs and that as many as 10 people were still missing. The junta has not "
      "commented on the attack. Mrauk-U General Hospital was one of the few functioning "
      "hospitals in the AA-controlled area, which is home to some 1 million people.",
      [C("At least 33", 33, "at_least", "killed", "people at Mrauk-U hospital", AA_MN,
         attr_alt=["the Arakan Army (AA)", "a rescue worker"]),
       C("more than 70", 70, "more_than", "injured", "people at Mrauk-U hospital", AA_MN,
         attr_alt=["the Arakan Army (AA)", "a rescue worker"]),
       C("two", 2, "exact", "munitions", "bombs dropped on the hospital", "The AA",
         attr_alt=["the Arakan Army (AA)"]),
       C("as many as 10", 10, "at_most", "missing", "people missing", "The AA",
         attr_alt=["the Arakan Army (AA)"]),
       C("some 1 million", 1_000_000, "about", "population",
         "people in the AA-controlled area", None)]),

    # --- Sudan ------------------------------------------------------------------------------------
    P("d43_039",
      "April 25, 2022 (EL GENEINA) – The death toll from two days of attacks on Kreinik in West "
      "Darfur has reached 201, the General Coordination for Displaced Persons and Refugees said "
      "on Monday. The group's spokesman, Adam Regal, said in a statement that 103 people had "
      "been injured and 19 were missing, and that the attackers, Arab militiamen backed by "
      "Rapid Support Forces (RSF) fighters, had burned the town's main market, its hospital "
      "and dozens of houses. West Darfur Governor Khamis Abakar had put the number of dead at "
      "168 on Sunday. The UN refugee agency (UNHCR) said some 20,000 people had fled their "
      "homes in Kreinik and nearby villages and that about 2,000 had crossed into Chad. "
      "Kreinik hosts tens of thousands of people displaced by earlier rounds of fighting, "
      "according to local officials.",
      [C("201", 201, "exact", "killed", "people in Kreinik", GCDPR),
       C("103", 103, "exact", "injured", "people injured in Kreinik", REGAL,
         attr_alt=["Adam Regal"]),
       C("19", 19, "exact", "missing", "people missing in Kreinik", REGAL,
         attr_alt=["Adam Regal"]),
       C("dozens", 12, "vague", "infrastructure", "houses burned", REGAL,
         attr_alt=["Adam Regal"], cat_alt=["other"]),
       C("168", 168, "exact", "killed", "dead (governor's earlier toll)",
         "West Darfur Governor Khamis Abakar"),
       C("some 20,000", 20000, "about", "displaced", "people who fled Kreinik",
         "The UN refugee agency (UNHCR)"),
       C("about 2,000", 2000, "about", "displaced", "people who crossed into Chad",
         "The UN refugee agency (UNHCR)"),
       C("tens of thousands", 10000, "vague", "displaced",
         "displaced people hosted in Kreinik", "local officials")],
      published="2022-04-25"),

    P("d43_040",
      "October 21, 2022 (DAMAZIN) – At least 150 people, many of them women, children and "
      "elderly, were killed in two days of tribal clashes in the Wad al-Mahi area of Blue Nile "
      "State, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Friday, "
      "citing local authorities. The director-general of the state's health ministry, Gamal "
      "Nasser al-Sayed, told Sudan Tribune that 86 wounded people had been admitted to "
      "hospitals in Damazin and Roseires. Thousands of people have fled the fighting between "
      "Hausa and Funj groups, and about 1,200 have reached Damazin, where the World Food "
      "Programme has distributed 40 tonnes of food, OCHA said. The government declared a state "
      "of emergency in the region and deployed 1,000 more troops, the Sovereign Council said. "
      "Clashes between the same communities in July killed at least 105 people.",
      [C("At least 150", 150, "at_least", "killed", "people in Wad al-Mahi",
         "local authorities", attr_alt=[OCHA_ST]),
       C("86", 86, "exact", "injured", "wounded admitted to hospitals", AL_SAYED,
         attr_alt=["Gamal Nasser al-Sayed"]),
       C("Thousands", 1000, "vague", "displaced", "people who fled Wad al-Mahi", "OCHA",
         attr_alt=[OCHA_ST]),
       C("about 1,200", 1200, "about", "displaced", "people who reached Damazin", "OCHA",
         attr_alt=[OCHA_ST]),
       C("40", 40, "exact", "aid", "tonnes of food distributed", "OCHA",
         attr_alt=[OCHA_ST, "the World Food Programme", None]),
       C("1,000", 1000, "exact", "troops", "troops deployed to Blue Nile",
         "the Sovereign Council"),
       C("at least 105", 105, "at_least", "killed", "people killed in July clashes", None)],
      published="2022-10-21"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d43_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
