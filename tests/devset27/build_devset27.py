"""Source of the twenty-seventh development set: writes ``passages.jsonl`` next to it.

Forty passages on wars, attacks, disasters, protests and kidnappings, written for this set (none
copied from an article) in the page formats that are hardest to read: live blogs with timestamps
and entries that revise earlier figures; "what we know" explainers with bullet lists and
key-figures boxes; Q&A explainers; fact boxes and small pipe tables (tolls by country, evacuees by
province); press releases with numbered points; pages with headline, standfirst, byline,
"Updated"/"Published" lines, photo captions, "Read more"/"ALSO READ"/"Related" links and
correction notes; officials' posts on Telegram, X and Twitter; and wire write-thrus with
"UPDATE n" and "(Adds ...)" tags. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of
``tests/devset2`` to ``tests/devset25`` and ``tests/holdout2``/``tests/holdout3``. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset27/build_devset27.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

SOHR = "The Syrian Observatory for Human Rights"
OCHA = "the UN's humanitarian office, OCHA"
PROSECUTOR = "the public prosecutor's office"
KRG = "Kurdistan Regional Government"
WHITE_PAPER = "the government's White Paper of July 1984"
GAZA_MOH = "Gaza's Health Ministry"
BRATCHUK = "Serhii Bratchuk"
ZELENSKIY = "President Volodymyr Zelenskiy"
TYMOSHENKO = "Kyrylo Tymoshenko"
GPS = "The Ghana Police Service"
IT_CPD = "Italy's civil protection department"
PLENKOVIC = "Prime Minister Andrej Plenković"
AGENCIES = "national disaster agencies"
FONTILUS = "Dr. Paul Junior Fontilus"
NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
BASARNAS = "The National Search and Rescue Agency (Basarnas)"
KOLIVAND = "the head of Iran's Red Crescent, Pir-Hossein Kolivand"
HICOM = "France's High Commission in Nouméa"
DARMANIN = "French Interior Minister Gérald Darmanin"
MUNAFRI = "Makassar Mayor Munafri Arifuddin"
FANWO = "The state Commissioner for Information, Kingsley Fanwo"
CILLIE = "The Cillie Commission"
SAVILLE = "report by Lord Saville"
TRC = "the Truth and Reconciliation Commission"

PASSAGES: list[Passage] = [
    # --- Live blog: Afrin (Operation Olive Branch), March 2018 --------------------------------
    P("d27_001",
      "Syria: Turkish-backed forces take Afrin – as it happened\n"
      "Last modified on Sun 18 Mar 2018 18.05 GMT\n"
      "17.32 GMT\n"
      "The Syrian Observatory for Human Rights now says 289 civilians have been killed in the "
      "Afrin region since the offensive began on 20 January, revising its figure of 280 from "
      "this morning. It says the dead include 43 children.\n"
      "15.05 GMT\n"
      "Turkey's military says it has \"neutralised\" 3,603 militants since the start of "
      "Operation Olive Branch, a figure that cannot be independently verified. Ankara says 46 "
      "of its own soldiers have died.\n"
      "12.20 GMT\n"
      "A UN convoy of 29 trucks carrying food and medical supplies for 50,000 people reached "
      "Nubl and Zahraa on Thursday, the UN's humanitarian office, OCHA, says. It estimates that "
      "more than 98,000 people have fled Afrin town over the past few days.\n"
      "09.20 GMT\n"
      "Photos shared by Turkish state media appear to show fighters toppling a statue of the "
      "Kurdish mythical hero Kawa in the town centre. (12 photos)",
      [C("289", 289, "exact", "killed", "civilians in the Afrin region", SOHR),
       C("280", 280, "exact", "killed", "civilians (earlier figure)", SOHR),
       C("43", 43, "exact", "killed", "children", SOHR, attr_alt=["It"]),
       C("3,603", 3603, "exact", "killed", "militants 'neutralised'", "Turkey's military"),
       C("46", 46, "exact", "killed", "Turkish soldiers", "Ankara"),
       C("29", 29, "exact", "aid", "trucks of food and medical supplies", OCHA),
       C("50,000", 50000, "exact", "other", "people the supplies are meant for", OCHA,
         cat_alt=["aid", "population"]),
       C("more than 98,000", 98000, "more_than", "displaced", "people who fled Afrin town",
         OCHA, attr_alt=["It"])],
      published="2018-03-18"),

    # --- Q&A explainer: Operation Peace Spring, October 2019 -----------------------------------
    P("d27_002",
      "Turkey's offensive in Syria: What we know so far\n"
      "Published 14 October 2019\n"
      "How many people have been killed?\n"
      "The Syrian Observatory for Human Rights, a UK-based war monitor, says at least 60 "
      "civilians have died on the Syrian side since Wednesday, along with 104 fighters of the "
      "Kurdish-led Syrian Democratic Forces (SDF). Turkish officials say 18 civilians have been "
      "killed in Turkish border towns by mortar fire from Syria.\n"
      "How many have fled?\n"
      "The UN says about 160,000 people have been displaced from Ras al-Ain, Tal Abyad and the "
      "surrounding countryside, and warns that the number could reach 400,000.\n"
      "What about IS prisoners?\n"
      "The SDF says it holds about 12,000 suspected IS fighters in seven prisons. Kurdish "
      "officials said on Sunday that 785 relatives of foreign IS members had escaped from a camp "
      "at Ain Issa.\n"
      "What happens next?\n"
      "Turkey says the operation will go on until its troops have cleared a 32km-deep \"safe "
      "zone\" along the border.",
      [C("at least 60", 60, "at_least", "killed", "civilians on the Syrian side", SOHR),
       C("104", 104, "exact", "killed", "SDF fighters", SOHR),
       C("18", 18, "exact", "killed", "civilians in Turkish border towns", "Turkish officials"),
       C("about 160,000", 160000, "about", "displaced", "people displaced", "The UN"),
       C("400,000", 400000, "exact", "displaced", "people displaced (projection)", "The UN"),
       C("about 12,000", 12000, "about", "detained", "suspected IS fighters held", "The SDF"),
       C("seven", 7, "exact", "infrastructure", "prisons", "The SDF", optional=True,
         cat_alt=["other"]),
       C("785", 785, "exact", "detained", "relatives of foreign IS members who escaped",
         "Kurdish officials", cat_alt=["other", "displaced"])],
      published="2019-10-14"),

    # --- Wire write-thru: al-Rawda mosque, Bir al-Abed, November 2017 --------------------------
    P("d27_003",
      "UPDATE 3-Egypt mosque attack death toll rises to 305 -prosecutor\n"
      "(Adds prosecutor's statement, details of attack in paragraphs 1-5)\n"
      "CAIRO, Nov 25 (Reuters) - The death toll from Friday's attack on a mosque in "
      "Egypt's North Sinai has risen to 305, including 27 children, the public prosecutor's "
      "office said on Saturday, the deadliest militant attack in the country's modern history. "
      "Another 128 people were wounded, it said.\n"
      "Between 25 and 30 gunmen, some carrying the black flag of Islamic State, arrived in five "
      "off-road vehicles and opened fire on worshippers at al-Rawda mosque in the village of Bir "
      "al-Abed during Friday prayers, the statement said.\n"
      "State media had earlier put the toll at 235 dead and 109 wounded. President Abdel Fattah "
      "al-Sisi has vowed to respond with \"brute force\".\n"
      "(Reporting by Ahmed Mohamed Hassan; Writing by Sami Aboudi; Editing by Clelia Oziel)",
      [C("305", 305, "exact", "killed", "people killed (headline)", "prosecutor",
         attr_alt=[PROSECUTOR], ctx="rises to 305 -prosecutor"),
       C("305", 305, "exact", "killed", "people killed at the mosque", PROSECUTOR,
         ctx="risen to 305"),
       C("27", 27, "exact", "killed", "children", PROSECUTOR),
       C("128", 128, "exact", "injured", "people wounded", PROSECUTOR, attr_alt=["it"]),
       C("Between 25 and 30", 25, "range", "troops", "gunmen", "the statement", high=30,
         cat_alt=["other"], attr_alt=[PROSECUTOR]),
       C("five", 5, "exact", "other", "off-road vehicles", "the statement", optional=True),
       C("235", 235, "exact", "killed", "dead (earlier toll)", "State media"),
       C("109", 109, "exact", "injured", "wounded (earlier toll)", "State media")]),

    # --- Anniversary page with fact box and caption: Halabja -----------------------------------
    P("d27_004",
      "Halabja marks 37th anniversary of chemical attack\n"
      "By Rudaw | 16 March 2025 | 3 min read\n"
      "HALABJA, Kurdistan Region – Hundreds of survivors and relatives gathered at the Halabja "
      "Memorial on Sunday to remember the victims of the 1988 chemical attack. Kurdish "
      "authorities estimate that about 5,000 people, most of them women and children, were "
      "killed when Iraqi warplanes dropped mustard gas and nerve agents on the town on March 16, "
      "1988. Between 7,000 and 10,000 more were injured, and thousands fled across the "
      "mountains into Iran.\n"
      "Halabja in figures (Kurdistan Regional Government)\n"
      "• Killed: about 5,000\n"
      "• Injured: 7,000–10,000\n"
      "• Survivors still receiving treatment: 486\n"
      "• Victims buried in the memorial cemetery: 1,500\n"
      "Photo: A woman lays flowers at the memorial. Some 400 people are still listed as missing, "
      "officials say. (Rudaw/Sartip Othman)",
      [C("Hundreds", 100, "vague", "other", "survivors and relatives gathered"),
       C("about 5,000", 5000, "about", "killed", "people in Halabja", "Kurdish authorities",
         ctx="that about 5,000"),
       C("Between 7,000 and 10,000", 7000, "range", "injured", "people injured",
         "Kurdish authorities", high=10000, attr_alt=[None]),
       C("thousands", 1000, "vague", "displaced", "people who fled into Iran",
         "Kurdish authorities", attr_alt=[None]),
       C("about 5,000", 5000, "about", "killed", "people killed (box)", KRG,
         ctx="Killed: about 5,000"),
       C("7,000–10,000", 7000, "range", "injured", "people injured (box)", KRG, high=10000),
       C("486", 486, "exact", "other", "survivors still receiving treatment", KRG,
         cat_alt=["injured"]),
       C("1,500", 1500, "exact", "killed", "victims buried in the memorial cemetery", KRG,
         cat_alt=["other"]),
       C("Some 400", 400, "about", "missing", "people still listed as missing", "officials")],
      published="2025-03-16"),

    # --- Broadcaster page with standfirst and related links: Lockerbie, 35 years on ------------
    P("d27_005",
      "Lockerbie bombing: Town falls silent 35 years on\n"
      "The attack on Pan Am Flight 103 killed 270 people from 21 countries\n"
      "By Steven McKenzie\n"
      "BBC Scotland News\n"
      "Published 21 December 2023\n"
      "Image caption, The cockpit of the Boeing 747 came to rest in a field at Tundergarth, three "
      "miles east of the town\n"
      "A minute's silence has been held in Lockerbie to mark 35 years since a bomb destroyed a "
      "transatlantic jumbo jet over the Dumfriesshire town. All 259 passengers and crew on board "
      "were killed, and 11 residents of Sherwood Crescent died when wreckage fell on their homes. "
      "Of the dead, 190 were American citizens, according to the US State Department. A Libyan "
      "man, Abu Agila Mas'ud, is awaiting trial in Washington over the bombing.\n"
      "Related Topics\n"
      "Lockerbie farmer: 'I found 60 bodies on my land'\n"
      "More on this story\n"
      "Lockerbie bombing suspect appears in US court",
      [C("270", 270, "exact", "killed", "people killed (standfirst)"),
       C("21", 21, "exact", "other", "countries of the victims", optional=True,
         ctx="21 countries"),
       C("259", 259, "exact", "killed", "passengers and crew"),
       C("11", 11, "exact", "killed", "residents of Sherwood Crescent"),
       C("190", 190, "exact", "killed", "American citizens", "the US State Department"),
       C("60", 60, "exact", "killed", "bodies on a farmer's land (related link)",
         optional=True)],
      published="2023-12-21"),

    # --- "What we know" bullets with competing sources: Sabra and Shatila ----------------------
    P("d27_006",
      "Sabra and Shatila, 40 years on: what we know about the massacre\n"
      "Over about 40 hours in September 1982, Lebanese Phalangist militiamen killed hundreds of "
      "Palestinian refugees and Lebanese Shia civilians in the Sabra neighbourhood and the "
      "adjacent Shatila camp in West Beirut, which was under Israeli army control. The number of "
      "dead has never been settled:\n"
      "- Israel's official inquiry, the Kahan Commission, cited Israeli military intelligence "
      "estimates of 700 to 800 dead.\n"
      "- The Lebanese government said 460 bodies had been recovered, including 15 women and 20 "
      "children.\n"
      "- The Palestinian Red Crescent put the toll at more than 2,000.\n"
      "- A later study by historian Bayan Nuwayhed al-Hout identified 1,390 victims by name.\n"
      "No one has ever stood trial for the killings, and some 1,000 people are still believed to "
      "be missing.",
      [C("hundreds", 100, "vague", "killed", "Palestinian refugees and Lebanese Shia civilians"),
       C("700 to 800", 700, "range", "killed", "dead",
         "Israeli military intelligence estimates", high=800, attr_alt=["the Kahan Commission"]),
       C("460", 460, "exact", "killed", "bodies recovered", "The Lebanese government"),
       C("15", 15, "exact", "killed", "women", "The Lebanese government"),
       C("20", 20, "exact", "killed", "children", "The Lebanese government"),
       C("more than 2,000", 2000, "more_than", "killed", "dead",
         "The Palestinian Red Crescent"),
       C("1,390", 1390, "exact", "killed", "victims identified by name",
         "A later study by historian Bayan Nuwayhed al-Hout"),
       C("some 1,000", 1000, "about", "missing", "people still missing")]),

    # --- Explainer with a correction note: Iran Air Flight 655 ---------------------------------
    P("d27_007",
      "30 years ago, a U.S. warship shot down an Iranian airliner. Here's what happened.\n"
      "Updated July 3, 2018, 6:05 a.m. ET\n"
      "On July 3, 1988, the guided-missile cruiser USS Vincennes fired two surface-to-air "
      "missiles at Iran Air Flight 655 over the Strait of Hormuz, killing all 290 people on "
      "board, among them 66 children. The crew had mistaken the Airbus A300 for an attacking "
      "F-14 fighter jet. In 1996, the United States agreed to pay $61.8 million to the families "
      "of the victims, without admitting liability.\n"
      "Read more: How a 1988 downing still shapes Iran's view of the U.S.\n"
      "Correction: An earlier version of this article misstated the number of people on board. "
      "There were 290, not 274, according to the International Civil Aviation Organization.",
      [C("two", 2, "exact", "munitions", "surface-to-air missiles"),
       C("290", 290, "exact", "killed", "people on board", ctx="all 290 people"),
       C("66", 66, "exact", "killed", "children"),
       C("290", 290, "exact", "other", "people on board (correction)",
         "the International Civil Aviation Organization", cat_alt=["killed"],
         ctx="There were 290"),
       C("274", 274, "exact", "other", "people on board (retracted figure)", optional=True,
         cat_alt=["killed"])],
      published="2018-07-03"),

    # --- Wire story with subhead and caption: ARA General Belgrano, 40 years on ----------------
    P("d27_008",
      "Belgrano veterans mark 40 years since sinking\n"
      "Survivors ask for the wreck in the South Atlantic to be protected as a war grave\n"
      "USHUAIA, Argentina, May 2 (AFP) - Hundreds of veterans of the cruiser ARA General "
      "Belgrano and their families gathered in Ushuaia on Monday, 40 years after the ship was "
      "torpedoed by the British nuclear submarine HMS Conqueror during the Falklands war. Of the "
      "1,093 men aboard, 323 were killed, according to the Argentine navy, and 770 were rescued "
      "after drifting for up to 30 hours in life rafts. The submarine fired three Mk 8 "
      "torpedoes, two of which hit the ship. Argentina lost 649 servicemen in the 74-day war.\n"
      "A veteran holds a photo of the Belgrano during the ceremony in Ushuaia on May 2, 2022. "
      "(AFP)",
      [C("Hundreds", 100, "vague", "other", "veterans and families gathered"),
       C("1,093", 1093, "exact", "other", "men aboard the Belgrano", "the Argentine navy"),
       C("323", 323, "exact", "killed", "crew of the Belgrano", "the Argentine navy"),
       C("770", 770, "exact", "other", "crew rescued", "the Argentine navy", attr_alt=[None]),
       C("three", 3, "exact", "munitions", "torpedoes fired"),
       C("two", 2, "exact", "munitions", "torpedoes that hit the ship"),
       C("649", 649, "exact", "killed", "Argentine servicemen in the war")]),

    # --- Indian paper with ALSO READ: Operation Blue Star, 40 years on -------------------------
    P("d27_009",
      "Operation Blue Star anniversary: Heavy security in Amritsar as Sikh bodies observe "
      "'Ghallughara Diwas'\n"
      "Updated - June 06, 2024 09:40 am IST\n"
      "AMRITSAR:\n"
      "Over 4,000 police personnel were deployed in and around the Golden Temple complex on "
      "Thursday as Sikh organisations marked the 40th anniversary of Operation Blue Star. "
      "According to the government's White Paper of July 1984, 493 militants and civilians were "
      "killed in the June 1984 army operation and 86 were injured, while the Army lost 83 men, "
      "with 249 wounded. Sikh organisations have long disputed those figures and say the "
      "civilian toll ran into the thousands. The White Paper also said 1,592 people were taken "
      "into custody.\n"
      "ALSO READ | 40 years on, Delhi's 1984 riot widows still await justice",
      [C("Over 4,000", 4000, "more_than", "troops", "police personnel deployed",
         cat_alt=["other"]),
       C("493", 493, "exact", "killed", "militants and civilians", WHITE_PAPER),
       C("86", 86, "exact", "injured", "militants and civilians", WHITE_PAPER),
       C("83", 83, "exact", "killed", "Army soldiers", WHITE_PAPER),
       C("249", 249, "exact", "injured", "Army soldiers", WHITE_PAPER),
       C("thousands", 1000, "vague", "killed", "civilians", "Sikh organisations"),
       C("1,592", 1592, "exact", "detained", "people taken into custody", "The White Paper",
         attr_alt=[WHITE_PAPER])],
      published="2024-06-06"),

    # --- Live blog: al-Mawasi strike, July 2024 ------------------------------------------------
    P("d27_010",
      "Israel-Gaza live: Dozens killed in strike on al-Mawasi 'humanitarian zone'\n"
      "Last update 13 Jul 2024 20:15 GMT\n"
      "20:05 GMT\n"
      "Toll in al-Mawasi attack rises to 90, says health ministry\n"
      "Gaza's Health Ministry says at least 90 Palestinians were killed and 300 others wounded in "
      "the Israeli attack on the al-Mawasi area west of Khan Younis, up from the 71 dead it "
      "reported in the afternoon.\n"
      "16:40 GMT\n"
      "Israel says it targeted Hamas military chief\n"
      "The Israeli military says it carried out a \"precise strike\" on a compound where "
      "Mohammed Deif and Rafa Salama, commander of Hamas's Khan Younis Brigade, were hiding. It "
      "has not said whether either man was killed.\n"
      "13:10 GMT\n"
      "Nasser hospital 'beyond capacity'\n"
      "Medecins Sans Frontieres says its teams at Nasser hospital received more than 100 injured "
      "people within hours of the strike. \"The emergency room is overwhelmed,\" the group wrote "
      "in a post on X.",
      [C("Dozens", 12, "vague", "killed", "people in al-Mawasi (page headline)"),
       C("90", 90, "exact", "killed", "people in al-Mawasi (entry headline)", "health ministry",
         attr_alt=[GAZA_MOH], ctx="rises to 90, says"),
       C("at least 90", 90, "at_least", "killed", "Palestinians", GAZA_MOH),
       C("300", 300, "exact", "injured", "Palestinians", GAZA_MOH),
       C("71", 71, "exact", "killed", "dead (earlier figure)", GAZA_MOH, attr_alt=["it"]),
       C("more than 100", 100, "more_than", "injured", "injured people received at Nasser",
         "Medecins Sans Frontieres")],
      published="2024-07-13"),

    # --- Web page with Telegram post and editor's note: Serhiivka, July 2022 -------------------
    P("d27_011",
      "Russian missiles hit apartment block, resort near Odesa, killing 21\n"
      "July 1, 2022 11:46 AM 2 min read\n"
      "Russian missiles struck a nine-storey apartment building and two recreation centres in the "
      "village of Serhiivka in Odesa Oblast early on July 1, killing at least 21 people, including "
      "a 12-year-old boy. The strikes were carried out by Tu-22 bombers that fired three Kh-22 "
      "missiles from over the Black Sea, according to Ukraine's Southern Operational Command.\n"
      "\"As of 10:00, 21 people have died, among them one child. 38 people have been "
      "hospitalized, including six children,\" Serhii Bratchuk, spokesperson for the Odesa "
      "Oblast Military Administration, wrote on Telegram.\n"
      "Editor's note: An earlier version of this story said 19 people had been killed. The figure "
      "has been updated.",
      [C("21", 21, "exact", "killed", "people (headline)", ctx="killing 21\n"),
       C("two", 2, "exact", "infrastructure", "recreation centres struck", cat_alt=["other"]),
       C("at least 21", 21, "at_least", "killed", "people in Serhiivka", attr_alt=[BRATCHUK]),
       C("three", 3, "exact", "munitions", "Kh-22 missiles",
         "Ukraine's Southern Operational Command"),
       C("21", 21, "exact", "killed", "people", BRATCHUK, ctx="10:00, 21 people"),
       C("one", 1, "exact", "killed", "child", BRATCHUK),
       C("38", 38, "exact", "injured", "people hospitalized", BRATCHUK, cat_alt=["other"]),
       C("six", 6, "exact", "injured", "children hospitalized", BRATCHUK, cat_alt=["other"]),
       C("19", 19, "exact", "killed", "people (retracted figure)", optional=True)],
      published="2022-07-01"),

    # --- Wire write-thru with Telegram post: Chaplyne station, August 2022 ---------------------
    P("d27_012",
      "UPDATE 2-Russian strike on Ukrainian rail station kills 22 on Independence Day "
      "-Zelenskiy\n"
      "(Adds rise in toll, Telegram post by presidential aide in paragraphs 3-4)\n"
      "KYIV, Aug 24 (Reuters) - A Russian rocket strike on a train station in the small eastern "
      "Ukrainian town of Chaplyne killed 22 people and wounded about 50 as the country marked its "
      "Independence Day on Wednesday, President Volodymyr Zelenskiy told the U.N. Security "
      "Council by video link. Four railway carriages were on fire, he said.\n"
      "Later, the deputy head of the presidential office, Kyrylo Tymoshenko, wrote on Telegram "
      "that the toll had risen to 25, including two children, and that 31 people were in "
      "hospital.\n"
      "An 11-year-old boy was among the dead, killed when a rocket hit a house, officials said.\n"
      "Ukraine's military says Russia has fired more than 3,500 missiles at the country since "
      "the invasion began six months ago.",
      [C("22", 22, "exact", "killed", "people (headline)", "Zelenskiy", attr_alt=[ZELENSKIY],
         ctx="kills 22 on"),
       C("22", 22, "exact", "killed", "people at Chaplyne station", ZELENSKIY,
         ctx="killed 22 people"),
       C("about 50", 50, "about", "injured", "people", ZELENSKIY),
       C("Four", 4, "exact", "other", "railway carriages on fire", ZELENSKIY, optional=True,
         attr_alt=["he"]),
       C("25", 25, "exact", "killed", "people (revised toll)", TYMOSHENKO),
       C("two", 2, "exact", "killed", "children", TYMOSHENKO),
       C("31", 31, "exact", "injured", "people in hospital", TYMOSHENKO, cat_alt=["other"]),
       C("more than 3,500", 3500, "more_than", "munitions", "Russian missiles fired",
         "Ukraine's military")]),

    # --- Press release with numbered points: Apiate explosion, Ghana, January 2022 -------------
    P("d27_013",
      "PRESS RELEASE\n"
      "EXPLOSION AT APIATE NEAR BOGOSO – UPDATE\n"
      "Accra, 21st January, 2022\n"
      "1. The Ghana Police Service wishes to update the public on the explosion that occurred at "
      "Apiate, near Bogoso in the Prestea Huni-Valley Municipality, at about 12:00 noon on "
      "Thursday, 20th January, 2022.\n"
      "2. A truck conveying mining explosives collided with a motorbike, resulting in a massive "
      "explosion.\n"
      "3. As of 8:00 am today, 13 persons have been confirmed dead. 59 injured persons are "
      "receiving treatment at hospitals in Bogoso, Tarkwa and Takoradi.\n"
      "4. About 500 buildings have been destroyed or damaged, and more than 1,000 residents have "
      "been temporarily relocated to the Bogoso Methodist Church and nearby schools.\n"
      "5. A team of 150 police personnel has been deployed to support rescue efforts and prevent "
      "looting.\n"
      "6. The public is urged to call 191 or 18555 with any information.\n"
      "SIGNED\n"
      "ASP Grace Ansah-Akrofi\n"
      "Director, Public Affairs",
      [C("13", 13, "exact", "killed", "persons confirmed dead", attr_alt=[GPS]),
       C("59", 59, "exact", "injured", "injured persons in hospital", attr_alt=[GPS]),
       C("About 500", 500, "about", "infrastructure", "buildings destroyed or damaged",
         attr_alt=[GPS]),
       C("more than 1,000", 1000, "more_than", "displaced", "residents relocated",
         attr_alt=[GPS]),
       C("150", 150, "exact", "troops", "police personnel deployed", cat_alt=["other"],
         attr_alt=[GPS])],
      published="2022-01-21"),

    # --- Live blog: Amatrice earthquake, August 2016 -------------------------------------------
    P("d27_014",
      "Italy earthquake: dozens dead as quake flattens mountain towns – live\n"
      "Last modified on Wed 24 Aug 2016 22.48 BST\n"
      "22.41 BST\n"
      "Italy's civil protection department has just raised the death toll to 159, up from 120 at "
      "its previous briefing. Amatrice alone accounts for 113 of the dead, it says.\n"
      "18.05 BST\n"
      "Prime minister Matteo Renzi has arrived in the area. Around 4,300 rescuers – "
      "firefighters, soldiers, police and volunteers – are at work, according to the civil "
      "protection department, and 368 people have been treated in hospital.\n"
      "11.32 BST\n"
      "At least 38 people are now known to have died, Italian media report, citing the civil "
      "protection agency. The mayor of Amatrice, Sergio Pirozzi, told state broadcaster Rai: "
      "\"Half the town is gone.\"\n"
      "09.14 BST\n"
      "The quake, of magnitude 6.2, struck at 3.36am local time at a depth of 10km, according to "
      "the US Geological Survey.",
      [C("dozens", 12, "vague", "killed", "people (headline)"),
       C("159", 159, "exact", "killed", "people", IT_CPD),
       C("120", 120, "exact", "killed", "people (previous briefing)", IT_CPD),
       C("113", 113, "exact", "killed", "dead in Amatrice", IT_CPD, attr_alt=["it"]),
       C("Around 4,300", 4300, "about", "troops", "rescuers at work",
         "the civil protection department", cat_alt=["other"]),
       C("368", 368, "exact", "injured", "people treated in hospital",
         "the civil protection department", attr_alt=[None]),
       C("At least 38", 38, "at_least", "killed", "people",
         "the civil protection agency", attr_alt=["Italian media"])],
      published="2016-08-24"),

    # --- "What we know" with a key-figures table: Petrinja earthquake, December 2020 -----------
    P("d27_015",
      "Croatia earthquake: what we know\n"
      "Wednesday, December 30, 2020\n"
      "A magnitude 6.4 earthquake struck near the town of Petrinja, about 50km south-east of "
      "Zagreb, at 12:19 on Tuesday. Here is what we know so far:\n"
      "• Seven people were killed: a 12-year-old girl in Petrinja, five people in the Glina area "
      "and a man in Žažina, near Sisak.\n"
      "• At least 26 people were injured, six of them seriously, Prime Minister Andrej "
      "Plenković said.\n"
      "• More than 1,000 homes in Petrinja are uninhabitable, according to the town's mayor, "
      "Darinko Dumbović.\n"
      "• The army has deployed 500 soldiers and is setting up tents and container homes for "
      "residents.\n"
      "Key figures (Civil Protection Directorate, 8 am)\n"
      "Dead | Injured | Buildings inspected | In emergency shelter\n"
      "7 | 26 | 2,800 | 617",
      [C("Seven", 7, "exact", "killed", "people"),
       C("five", 5, "exact", "killed", "people in the Glina area"),
       C("At least 26", 26, "at_least", "injured", "people", PLENKOVIC),
       C("six", 6, "exact", "injured", "seriously injured", PLENKOVIC),
       C("More than 1,000", 1000, "more_than", "infrastructure", "homes uninhabitable",
         "the town's mayor, Darinko Dumbović"),
       C("500", 500, "exact", "troops", "soldiers deployed", attr_alt=["The army"]),
       C("7", 7, "exact", "killed", "dead (table)", "Civil Protection Directorate",
         ctx="7 | 26"),
       C("26", 26, "exact", "injured", "injured (table)", "Civil Protection Directorate",
         ctx="7 | 26"),
       C("2,800", 2800, "exact", "infrastructure", "buildings inspected",
         "Civil Protection Directorate", optional=True, cat_alt=["other"]),
       C("617", 617, "exact", "displaced", "people in emergency shelter",
         "Civil Protection Directorate")],
      published="2020-12-30"),

    # --- Table by country: Typhoon Gaemi (Carina), July 2024 -----------------------------------
    P("d27_016",
      "Typhoon Gaemi: the toll across three countries\n"
      "Typhoon Gaemi, known in the Philippines as Carina, brought torrential rain to Manila and "
      "swept across Taiwan before making landfall in China's Fujian province on July 25. Deaths "
      "have been reported as far inland as Hunan, where a landslide buried a homestay in "
      "Hengyang city.\n"
      "Casualties by country, as of July 30 (national disaster agencies)\n"
      "Country | Deaths | Injured | Missing\n"
      "Philippines | 39 | 8 | 6\n"
      "Taiwan | 11 | 904 | 1\n"
      "China | 30 | n/a | 35\n"
      "In the Philippines, more than 600,000 people were affected and 1.1 million family food "
      "packs had been sent to the worst-hit regions, the social welfare department said. An oil "
      "tanker carrying 1.4 million litres of industrial fuel sank in Manila Bay; all 17 crew "
      "were rescued.",
      [C("39", 39, "exact", "killed", "deaths in the Philippines", AGENCIES),
       C("8", 8, "exact", "injured", "injured in the Philippines", AGENCIES, ctx="39 | 8 |"),
       C("6", 6, "exact", "missing", "missing in the Philippines", AGENCIES, ctx="| 8 | 6"),
       C("11", 11, "exact", "killed", "deaths in Taiwan", AGENCIES, ctx="Taiwan | 11"),
       C("904", 904, "exact", "injured", "injured in Taiwan", AGENCIES),
       C("1", 1, "exact", "missing", "missing in Taiwan", AGENCIES, ctx="904 | 1"),
       C("30", 30, "exact", "killed", "deaths in China", AGENCIES, ctx="China | 30"),
       C("35", 35, "exact", "missing", "missing in China", AGENCIES),
       C("more than 600,000", 600000, "more_than", "other", "people affected in the Philippines",
         "the social welfare department", cat_alt=["population"]),
       C("1.1 million", 1100000, "exact", "aid", "family food packs",
         "the social welfare department"),
       C("17", 17, "exact", "other", "tanker crew rescued")]),

    # --- Wire write-thru: Kermanshah earthquake, November 2017 ---------------------------------
    P("d27_017",
      "UPDATE 4-Iran-Iraq quake kills more than 400; rescuers dig for survivors in the cold\n"
      "(Adds Iraqi toll, Red Crescent comments in paragraphs 5-7)\n"
      "ANKARA, Nov 13 (Reuters) - The death toll from a magnitude 7.3 earthquake in the "
      "mountainous border region between Iran and Iraq rose to 430 on Monday, Iranian state "
      "media said, with at least 7,460 people injured in Iran's Kermanshah province. Most of the "
      "deaths were in the town of Sarpol-e Zahab, about 15 km from the Iraqi border, whose main "
      "hospital was badly damaged.\n"
      "Iraq's health ministry said seven people had been killed and 535 injured in the country's "
      "Kurdistan region.\n"
      "Some 70,000 people are in need of emergency shelter, the head of Iran's Red Crescent, "
      "Pir-Hossein Kolivand, told state TV, adding that 22,000 tents had been sent to the area.",
      [C("more than 400", 400, "more_than", "killed", "people (headline)"),
       C("430", 430, "exact", "killed", "people", "Iranian state media"),
       C("at least 7,460", 7460, "at_least", "injured", "people in Kermanshah province",
         "Iranian state media"),
       C("seven", 7, "exact", "killed", "people in Iraq's Kurdistan region",
         "Iraq's health ministry"),
       C("535", 535, "exact", "injured", "people in Iraq's Kurdistan region",
         "Iraq's health ministry"),
       C("Some 70,000", 70000, "about", "displaced", "people in need of emergency shelter",
         KOLIVAND, cat_alt=["other"]),
       C("22,000", 22000, "exact", "aid", "tents sent", KOLIVAND)]),

    # --- Page with standfirst, caption and Read more: Kalehe floods, May 2023 ------------------
    P("d27_018",
      "DR Congo flood death toll tops 400 as hundreds remain missing\n"
      "Rescuers dig through mud in Kalehe territory, where rivers burst their banks after "
      "torrential rain\n"
      "Published On 8 May 2023\n"
      "[Caption: Residents search for bodies in Nyamukubi village. More than 150 bodies have "
      "been recovered there, local officials said. Glody Murhabazi/AFP]\n"
      "The death toll from floods and landslides in eastern Democratic Republic of the Congo has "
      "risen to 411, South Kivu's governor Théo Ngwabidje Kasi said on Monday, four days after "
      "torrential rain caused rivers to burst their banks in the villages of Bushasha and "
      "Nyamukubi. Civil society groups in Kalehe say some 5,500 people are still missing. About "
      "1,200 homes were swept away, the governor's office added.\n"
      "Read more\n"
      "Rwanda floods: Toll rises to 130 as rain batters north and west",
      [C("400", 400, "more_than", "killed", "people (headline)"),
       C("hundreds", 100, "vague", "missing", "people (headline)"),
       C("More than 150", 150, "more_than", "killed", "bodies recovered in Nyamukubi",
         "local officials"),
       C("411", 411, "exact", "killed", "people", "South Kivu's governor Théo Ngwabidje Kasi"),
       C("some 5,500", 5500, "about", "missing", "people still missing",
         "Civil society groups in Kalehe"),
       C("About 1,200", 1200, "about", "infrastructure", "homes swept away",
         "the governor's office"),
       C("130", 130, "exact", "killed", "people in Rwanda (Read more link)", optional=True)],
      published="2023-05-08"),

    # --- "What we know" with a speaker's colon list: Lion Air JT610, October 2018 -------------
    P("d27_019",
      "Lion Air crash: what we know so far\n"
      "Jakarta / Tue, October 30, 2018 / 07:12 am\n"
      "Lion Air flight JT610, a two-month-old Boeing 737 MAX 8, plunged into the Java Sea off "
      "Karawang regency 13 minutes after taking off from Jakarta on Monday morning. The National "
      "Search and Rescue Agency (Basarnas) said on Monday evening:\n"
      "- 189 people were on board: 181 passengers, among them one child and two babies, as well "
      "as two pilots and six cabin crew.\n"
      "- No survivors had been found.\n"
      "- 10 body bags containing human remains had been taken to the police hospital in Jakarta "
      "for identification.\n"
      "- More than 150 personnel and 35 vessels were involved in the search.\n"
      "The Finance Ministry said 20 of its employees had been on the flight.",
      [C("189", 189, "exact", "other", "people on board", BASARNAS, attr_alt=[None]),
       C("181", 181, "exact", "other", "passengers", BASARNAS, attr_alt=[None]),
       C("one", 1, "exact", "other", "child on board", BASARNAS, attr_alt=[None]),
       C("two", 2, "exact", "other", "babies on board", BASARNAS, attr_alt=[None],
         ctx="two babies"),
       C("two", 2, "exact", "other", "pilots", BASARNAS, attr_alt=[None], ctx="two pilots"),
       C("six", 6, "exact", "other", "cabin crew", BASARNAS, attr_alt=[None]),
       C("10", 10, "exact", "other", "body bags of remains", BASARNAS, optional=True,
         cat_alt=["killed"], attr_alt=[None]),
       C("More than 150", 150, "more_than", "troops", "search personnel", BASARNAS,
         cat_alt=["other"], attr_alt=[None]),
       C("35", 35, "exact", "other", "search vessels", BASARNAS, optional=True,
         attr_alt=[None]),
       C("20", 20, "exact", "other", "Finance Ministry employees on the flight",
         "The Finance Ministry")],
      published="2018-10-30"),

    # --- Q&A explainer: Sriwijaya Air SJ182, January 2021 --------------------------------------
    P("d27_020",
      "Sriwijaya Air crash: your questions answered\n"
      "3 Min Read\n"
      "JAKARTA (Reuters) - Indonesian divers have recovered the flight recorders of Sriwijaya Air "
      "flight SJ182, which crashed into the sea off Jakarta minutes after take-off on Saturday. "
      "Here are some questions and answers.\n"
      "HOW MANY PEOPLE WERE ON BOARD?\n"
      "The Boeing 737-500 was carrying 62 people, the transport ministry said: 50 passengers, "
      "among them seven children and three babies, and 12 crew. Six of the crew were flying as "
      "passengers to another assignment.\n"
      "HOW FAR HAS THE SEARCH GOT?\n"
      "Divers have recovered body parts in 74 bags, and police said on Tuesday that 12 victims had "
      "been identified. More than 3,600 personnel, 13 helicopters and 54 ships are taking part, "
      "according to the search agency.\n"
      "WAS THE PLANE SAFE?\n"
      "The plane was nearly 27 years old. It had been grounded for several months during the "
      "pandemic and passed an inspection in December, the ministry said.",
      [C("62", 62, "exact", "other", "people on board", "the transport ministry"),
       C("50", 50, "exact", "other", "passengers", "the transport ministry"),
       C("seven", 7, "exact", "other", "children on board", "the transport ministry"),
       C("three", 3, "exact", "other", "babies on board", "the transport ministry"),
       C("12", 12, "exact", "other", "crew", "the transport ministry", ctx="and 12 crew"),
       C("Six", 6, "exact", "other", "off-duty crew", "the transport ministry", optional=True,
         attr_alt=[None]),
       C("74", 74, "exact", "other", "bags of body parts", optional=True, cat_alt=["killed"],
         attr_alt=["police"]),
       C("12", 12, "exact", "killed", "victims identified", "police", optional=True,
         cat_alt=["other"], ctx="that 12 victims"),
       C("More than 3,600", 3600, "more_than", "troops", "search personnel",
         "the search agency", cat_alt=["other"]),
       C("13", 13, "exact", "other", "helicopters", "the search agency", optional=True),
       C("54", 54, "exact", "other", "ships", "the search agency", optional=True)]),

    # --- AP page with a post on X: Miragoâne tanker explosion, September 2024 ------------------
    P("d27_021",
      "Fuel tanker explosion in Haiti kills at least 24, injures dozens\n"
      "Updated 3:41 PM EDT, September 16, 2024\n"
      "MIRAGOÂNE, Haiti (AP) — The death toll from a fuel tanker explosion in the southern "
      "Haitian town of Miragoâne rose to 24 on Monday, up from 16 on Saturday, officials said. "
      "Residents had gathered to collect fuel spilling from the overturned truck when it blew "
      "up.\n"
      "About 40 people were injured, many with severe burns, and 11 of the most serious cases "
      "were airlifted to Port-au-Prince, said Dr. Paul Junior Fontilus, director of the health "
      "office in the Nippes department.\n"
      "Prime Minister Garry Conille wrote on X on Saturday that he had ordered 20 doctors and "
      "five ambulances sent to Miragoâne.",
      [C("at least 24", 24, "at_least", "killed", "people (headline)"),
       C("dozens", 12, "vague", "injured", "people (headline)"),
       C("24", 24, "exact", "killed", "people in Miragoâne", "officials", ctx="rose to 24"),
       C("16", 16, "exact", "killed", "people (Saturday's toll)", "officials",
         ctx="from 16 on"),
       C("About 40", 40, "about", "injured", "people", FONTILUS),
       C("11", 11, "exact", "injured", "serious cases airlifted", FONTILUS),
       C("20", 20, "exact", "other", "doctors sent", "Prime Minister Garry Conille",
         cat_alt=["troops"]),
       C("five", 5, "exact", "other", "ambulances sent", "Prime Minister Garry Conille",
         optional=True)],
      published="2024-09-16"),

    # --- Table by province: Taal eruption, January 2020 ----------------------------------------
    P("d27_022",
      "Taal evacuee count passes 53,000 as volcano stays on Alert Level 4\n"
      "Published 6:15 PM, January 14, 2020\n"
      "BATANGAS, Philippines – More than 53,000 people have fled to evacuation centers since Taal "
      "Volcano erupted on Sunday, the National Disaster Risk Reduction and Management Council "
      "(NDRRMC) said on Tuesday.\n"
      "Evacuees by province (NDRRMC, as of 6 am, January 14)\n"
      "Province | Families | Persons | Evacuation centers\n"
      "Batangas | 12,010 | 45,791 | 213\n"
      "Cavite | 1,927 | 7,511 | 31\n"
      "The social welfare department said it had distributed 28,000 family food packs. Phivolcs "
      "recorded 466 volcanic earthquakes in 24 hours and lava fountains as high as 800 meters.",
      [C("53,000", 53000, "more_than", "displaced", "evacuees (headline)",
         ctx="passes 53,000"),
       C("More than 53,000", 53000, "more_than", "displaced", "people in evacuation centers",
         NDRRMC),
       C("12,010", 12010, "exact", "displaced", "evacuee families in Batangas", "NDRRMC"),
       C("45,791", 45791, "exact", "displaced", "evacuees in Batangas", "NDRRMC"),
       C("213", 213, "exact", "infrastructure", "evacuation centers in Batangas", "NDRRMC",
         cat_alt=["other", "aid"]),
       C("1,927", 1927, "exact", "displaced", "evacuee families in Cavite", "NDRRMC"),
       C("7,511", 7511, "exact", "displaced", "evacuees in Cavite", "NDRRMC"),
       C("31", 31, "exact", "infrastructure", "evacuation centers in Cavite", "NDRRMC",
         cat_alt=["other", "aid"]),
       C("28,000", 28000, "exact", "aid", "family food packs",
         "The social welfare department"),
       C("466", 466, "exact", "other", "volcanic earthquakes", "Phivolcs", optional=True)],
      published="2020-01-14"),

    # --- Q&A explainer: La Palma eruption, October 2021 ----------------------------------------
    P("d27_023",
      "La Palma volcano: How much damage has the eruption done?\n"
      "By Guy Hedgecoe\n"
      "Madrid\n"
      "Published 27 October 2021\n"
      "The Cumbre Vieja volcano on the Spanish Canary island of La Palma has been erupting for "
      "more than five weeks. Here are some of the key questions.\n"
      "Has anyone been killed?\n"
      "No. The authorities moved people out quickly, and no deaths or serious injuries have been "
      "linked to the eruption.\n"
      "How many people have had to leave their homes?\n"
      "About 7,000 people have been evacuated, according to the Canary Islands government. "
      "Around 400 of them are staying in hotels and fewer than 60 in an army barracks.\n"
      "What has been destroyed?\n"
      "The lava has destroyed 2,162 buildings, according to the EU's Copernicus monitoring "
      "service, and covered 922 hectares of land, including about 250 hectares of banana "
      "plantations.\n"
      "When will it end?\n"
      "Scientists say they cannot predict when the eruption will stop.",
      [C("About 7,000", 7000, "about", "displaced", "people evacuated",
         "the Canary Islands government"),
       C("Around 400", 400, "about", "displaced", "evacuees in hotels",
         "the Canary Islands government", attr_alt=[None]),
       C("fewer than 60", 60, "fewer_than", "displaced", "evacuees in an army barracks",
         "the Canary Islands government", attr_alt=[None]),
       C("2,162", 2162, "exact", "infrastructure", "buildings destroyed",
         "the EU's Copernicus monitoring service"),
       C("922", 922, "exact", "other", "hectares covered by lava",
         "the EU's Copernicus monitoring service", optional=True),
       C("about 250", 250, "about", "other", "hectares of banana plantations",
         "the EU's Copernicus monitoring service", optional=True)],
      published="2021-10-27"),

    # --- Agency item with a minister's tweet: Ischia landslide, November 2022 ------------------
    P("d27_024",
      "Ischia landslide: toll rises to eight, four still missing\n"
      "NAPLES, 28 NOV - The death toll from Saturday's landslide in Casamicciola on the island of "
      "Ischia has risen to eight after rescuers recovered the bodies of a brother and sister "
      "aged 11 and 6, the Naples prefecture said on Monday. Four people are still missing.\n"
      "\"Our rescuers will keep digging through the night,\" Interior Minister Matteo Piantedosi "
      "wrote on Twitter, adding that some 230 firefighters and civil protection volunteers were "
      "at the site.\n"
      "About 280 people have been evacuated from their homes, and 30 buildings have been declared "
      "unsafe, the prefecture said. (ANSA).",
      [C("eight", 8, "exact", "killed", "people (headline)", ctx="rises to eight,"),
       C("four", 4, "exact", "missing", "people (headline)"),
       C("eight", 8, "exact", "killed", "people in Casamicciola", "the Naples prefecture",
         ctx="risen to eight"),
       C("Four", 4, "exact", "missing", "people still missing", "the Naples prefecture",
         attr_alt=[None]),
       C("some 230", 230, "about", "troops", "firefighters and civil protection volunteers",
         "Interior Minister Matteo Piantedosi", cat_alt=["other"]),
       C("About 280", 280, "about", "displaced", "people evacuated", "the prefecture",
         attr_alt=["the Naples prefecture"]),
       C("30", 30, "exact", "infrastructure", "buildings declared unsafe", "the prefecture",
         attr_alt=["the Naples prefecture"])]),

    # --- Key-figures box: Blatten glacier collapse, May 2025 -----------------------------------
    P("d27_025",
      "Glacier collapse buries Swiss village of Blatten\n"
      "May 29, 2025 - 09:30\n"
      "A huge section of the Birch glacier broke away on Wednesday afternoon, sending an "
      "estimated 3 million cubic metres of ice, mud and rock onto the village of Blatten in the "
      "Lötschental valley. The village had been evacuated ten days earlier after geologists "
      "warned that the glacier was unstable.\n"
      "KEY FIGURES\n"
      "- Residents evacuated on May 19: about 300\n"
      "- People missing: 1 (a 64-year-old man)\n"
      "- Share of the village buried: about 90%\n"
      "The army has sent 50 soldiers and heavy equipment to the valley, and search teams are "
      "using drones with thermal cameras, cantonal police said.\n"
      "Read more: 'We lost our village, but not our heart,' says Blatten's mayor",
      [C("about 300", 300, "about", "displaced", "residents evacuated"),
       C("1", 1, "exact", "missing", "people missing", ctx="missing: 1"),
       C("about 90%", 90, "about", "infrastructure", "share of the village buried",
         optional=True, cat_alt=["other"]),
       C("50", 50, "exact", "troops", "soldiers sent", "cantonal police",
         attr_alt=["The army"])],
      published="2025-05-29"),

    # --- Live blog: New Caledonia unrest, May 2024 ---------------------------------------------
    P("d27_026",
      "New Caledonia unrest live: France sends reinforcements as death toll rises\n"
      "Updated Fri 17 May 2024 at 8:40am\n"
      "8:35am\n"
      "France's High Commission in Nouméa says a fifth person has died: a gendarme killed by an "
      "accidental shot fired by a colleague. That takes the toll to five, after four deaths were "
      "reported overnight.\n"
      "7:10am\n"
      "French Interior Minister Gérald Darmanin has told France 2 television that more than 200 "
      "\"rioters\" have been arrested since Monday and that 1,000 extra police and gendarmes are "
      "being flown in, on top of the 1,700 already deployed.\n"
      "6:02am\n"
      "Around 300 Australians stranded by the closure of La Tontouta airport have registered "
      "with the consulate, DFAT says.\n"
      "5:30am\n"
      "The high commission earlier reported that 64 police officers and gendarmes had been "
      "injured.",
      [C("five", 5, "exact", "killed", "people", HICOM, attr_alt=[None]),
       C("four", 4, "exact", "killed", "people (overnight)", HICOM, attr_alt=[None]),
       C("more than 200", 200, "more_than", "detained", "rioters arrested", DARMANIN),
       C("1,000", 1000, "exact", "troops", "extra police and gendarmes", DARMANIN),
       C("1,700", 1700, "exact", "troops", "police and gendarmes already deployed", DARMANIN),
       C("Around 300", 300, "about", "other", "stranded Australians registered", "DFAT",
         cat_alt=["displaced"]),
       C("64", 64, "exact", "injured", "police officers and gendarmes", "The high commission")],
      published="2024-05-17"),

    # --- Page with caption and correction: Makassar and Jakarta protests, August 2025 ----------
    P("d27_027",
      "Death toll from Makassar council fire rises to four as protests spread\n"
      "Jakarta / Sat, August 30, 2025 / 04:20 pm\n"
      "Protesters stand near the burned-out South Sulawesi regional council building in Makassar "
      "on Saturday. (Antara/Arnas Padda)\n"
      "Four people died and at least five others were injured when protesters set fire to the "
      "regional council (DPRD) building in Makassar on Friday night, Makassar Mayor Munafri "
      "Arifuddin said on Saturday. Three of the dead were council employees who were trapped "
      "inside.\n"
      "Protests erupted across the country after a police armored vehicle ran over and killed "
      "Affan Kurniawan, a 21-year-old ride-hailing driver, in Jakarta on Thursday night. Jakarta "
      "Police said they had arrested 951 people on Thursday and Friday.\n"
      "Correction: An earlier version of this article said 1,240 people had been arrested in "
      "Jakarta. The figure given by Jakarta Police is 951.",
      [C("four", 4, "exact", "killed", "people (headline)"),
       C("Four", 4, "exact", "killed", "people in the council fire", MUNAFRI),
       C("at least five", 5, "at_least", "injured", "people", MUNAFRI),
       C("Three", 3, "exact", "killed", "council employees", MUNAFRI, attr_alt=[None]),
       C("951", 951, "exact", "detained", "people arrested in Jakarta", "Jakarta Police",
         ctx="arrested 951"),
       C("1,240", 1240, "exact", "detained", "people arrested (retracted figure)",
         optional=True),
       C("951", 951, "exact", "detained", "people arrested (correction)", "Jakarta Police",
         ctx="Police is 951")],
      published="2025-08-30"),

    # --- Retrospective with competing tolls: Tlatelolco, 1968 ----------------------------------
    P("d27_028",
      "Tlatelolco, 1968: Mexico still counts its dead\n"
      "Mexico City, October 2, 2018\n"
      "Fifty years after soldiers and police opened fire on a student rally in the Plaza de las "
      "Tres Culturas, no one knows how many people died. The government at the time acknowledged "
      "fewer than 30 deaths. The British newspaper The Guardian reported 325, citing its own "
      "investigation, while student leaders spoke of as many as 500. Some 2,000 people were "
      "arrested that night, according to the National Strike Council.\n"
      "A 2006 report by a special prosecutor documented 44 victims by name and said about 5,000 "
      "soldiers had taken part in the operation. Tens of thousands of people marched through the "
      "capital on Tuesday to mark the anniversary.",
      [C("fewer than 30", 30, "fewer_than", "killed", "deaths acknowledged",
         "The government at the time"),
       C("325", 325, "exact", "killed", "people killed", "its own investigation",
         attr_alt=["The British newspaper The Guardian"]),
       C("as many as 500", 500, "at_most", "killed", "people killed", "student leaders"),
       C("Some 2,000", 2000, "about", "detained", "people arrested",
         "the National Strike Council"),
       C("44", 44, "exact", "killed", "victims documented by name",
         "A 2006 report by a special prosecutor"),
       C("about 5,000", 5000, "about", "troops", "soldiers in the operation",
         "A 2006 report by a special prosecutor"),
       C("Tens of thousands", 10000, "vague", "other", "marchers at the anniversary")],
      published="2018-10-02"),

    # --- Wire write-thru: Bishkek, October 2020 ------------------------------------------------
    P("d27_029",
      "UPDATE 2-Kyrgyzstan unrest: one dead, 590 hurt as protesters seize government "
      "headquarters\n"
      "(Adds health ministry figures, election commission annulling vote)\n"
      "BISHKEK, Oct 6 (Reuters) - One person was killed and 590 injured in overnight clashes "
      "between police and protesters in Bishkek, the health ministry said on Tuesday, after "
      "opposition supporters stormed the main government building and freed former president "
      "Almazbek Atambayev from prison. The ministry said 36 of the injured were police officers "
      "and 14 were in serious condition.\n"
      "Police had used water cannon, stun grenades and tear gas against a crowd of about 5,000 "
      "people protesting against the results of Sunday's parliamentary election, in which only "
      "four of the 16 parties on the ballot cleared the 7% threshold.\n"
      "The Central Election Commission annulled the results later on Tuesday.",
      [C("one", 1, "exact", "killed", "person (headline)"),
       C("590", 590, "exact", "injured", "people (headline)", ctx="one dead, 590"),
       C("One", 1, "exact", "killed", "person", "the health ministry"),
       C("590", 590, "exact", "injured", "people", "the health ministry", ctx="and 590 injured"),
       C("36", 36, "exact", "injured", "police officers", "The ministry",
         attr_alt=["the health ministry"]),
       C("14", 14, "exact", "injured", "people in serious condition", "The ministry",
         attr_alt=["the health ministry"]),
       C("about 5,000", 5000, "about", "other", "protesters in the crowd")]),

    # --- France 24-style page with Read more: Algeria's Hirak, March 2019 ----------------------
    P("d27_030",
      "Algeria: Hundreds of thousands march against Bouteflika's fifth term\n"
      "Issued on: 08/03/2019 - 19:52\n"
      "Hundreds of thousands of Algerians marched in the capital Algiers and other cities on "
      "Friday, the third straight week of protests against ailing President Abdelaziz "
      "Bouteflika's bid for a fifth term. The interior ministry said 195 people had been arrested "
      "in Algiers and 112 police officers injured, most of them lightly. Independent estimates "
      "put the crowd in the capital at around 800,000; no official figure was released.\n"
      "Bouteflika, 82, has rarely been seen in public since suffering a stroke in 2013.\n"
      "Read more: Algeria's army chief warns of 'chaos' as protests grow",
      [C("Hundreds of thousands", 100000, "vague", "other", "marchers (headline)",
         ctx="Hundreds of thousands march"),
       C("Hundreds of thousands", 100000, "vague", "other", "Algerians who marched",
         ctx="Hundreds of thousands of Algerians"),
       C("195", 195, "exact", "detained", "people arrested in Algiers", "The interior ministry"),
       C("112", 112, "exact", "injured", "police officers", "The interior ministry"),
       C("around 800,000", 800000, "about", "other", "crowd in Algiers",
         "Independent estimates")],
      published="2019-03-08"),

    # --- "What you need to know" Q&A bullets: Lebanon, October 2019 ----------------------------
    P("d27_031",
      "Lebanon protests: What you need to know\n"
      "What sparked them? A proposed levy of $6 a month on calls made over WhatsApp and other "
      "messaging apps, announced on 17 October and withdrawn within hours.\n"
      "How big are they? Organisers and local media estimated that more than 1 million people "
      "took to the streets on Sunday in a country of about 6 million.\n"
      "Has anyone been hurt? The Lebanese Red Cross said it had treated 52 people and taken 23 to "
      "hospital after clashes on Friday night; two Syrian workers died in a fire in a building "
      "in central Beirut.\n"
      "What has the government done? Prime Minister Saad Hariri's cabinet approved a package of "
      "reforms that includes a 50% cut in the salaries of ministers and MPs.\n"
      "Have there been arrests? The army said 70 people had been detained on Friday night. All "
      "were later released on bail.",
      [C("more than 1 million", 1000000, "more_than", "other", "protesters on Sunday",
         "Organisers and local media"),
       C("about 6 million", 6000000, "about", "population", "people in Lebanon",
         attr_alt=["Organisers and local media"]),
       C("52", 52, "exact", "injured", "people treated", "The Lebanese Red Cross"),
       C("23", 23, "exact", "injured", "people taken to hospital", "The Lebanese Red Cross"),
       C("two", 2, "exact", "killed", "Syrian workers in a fire", "The Lebanese Red Cross",
         attr_alt=[None]),
       C("70", 70, "exact", "detained", "people detained on Friday night", "The army")]),

    # --- US local TV page with tweets and share count: Kenosha, August 2020 --------------------
    P("d27_032",
      "Kenosha unrest: Evers doubles National Guard deployment after second night of fires\n"
      "Updated: 12:44 PM CDT Aug 25, 2020\n"
      "Gov. Tony Evers said Tuesday he was sending 250 members of the Wisconsin National Guard "
      "to Kenosha, doubling the number deployed on Monday, after a second night of unrest over "
      "the police shooting of Jacob Blake. \"We cannot go back to the way things were,\" Evers "
      "wrote on Twitter. Blake, 29, was shot seven times in the back on Sunday, his family's "
      "attorney, Ben Crump, said.\n"
      "Kenosha County Sheriff David Beth said about 30 businesses had been damaged or set on fire "
      "overnight, and the Kenosha Police Department said in a tweet that 34 people had been "
      "arrested.\n"
      "WATCH: Aerial video shows burned-out cars at a dealership (2:14)\n"
      "Share 1.2K",
      [C("250", 250, "exact", "troops", "National Guard members sent", "Gov. Tony Evers"),
       C("seven", 7, "exact", "munitions", "shots that hit Jacob Blake",
         "his family's attorney, Ben Crump", optional=True, cat_alt=["other"]),
       C("about 30", 30, "about", "infrastructure", "businesses damaged or burned",
         "Kenosha County Sheriff David Beth"),
       C("34", 34, "exact", "detained", "people arrested",
         "the Kenosha Police Department")],
      published="2020-08-25"),

    # --- Wire story: the Qatari hunting party freed in Iraq, April 2017 ------------------------
    P("d27_033",
      "DOHA, April 21 (AFP) - Twenty-six hostages, most of them Qatari nationals and some "
      "from the ruling Al-Thani family, who were kidnapped during a hunting trip in southern Iraq "
      "16 months ago have been freed, Qatar's state news agency QNA said Friday.\n"
      "About 100 gunmen in pickup trucks seized the hunters at their desert camp in Muthanna "
      "province in December 2015, Iraqi officials said at the time. Two of the party, a Saudi "
      "and a Pakistani, were released within weeks.\n"
      "Iraqi security sources said the hunters had been held by Kataib Hezbollah, a Shiite "
      "militia with an estimated 10,000 fighters. A plane carrying the freed men landed in Doha "
      "on Friday evening, QNA said.",
      [C("Twenty-six", 26, "exact", "hostages", "hostages freed",
         "Qatar's state news agency QNA"),
       C("About 100", 100, "about", "troops", "gunmen who seized the hunters",
         "Iraqi officials", cat_alt=["other"]),
       C("Two", 2, "exact", "hostages", "hostages released within weeks", "Iraqi officials",
         attr_alt=[None]),
       C("an estimated 10,000", 10000, "about", "troops", "Kataib Hezbollah fighters",
         attr_alt=["Iraqi security sources"])]),

    # --- Anniversary page with caption: Entebbe, 40 years on -----------------------------------
    P("d27_034",
      "Entebbe at 40: the raid that freed 102 hostages\n"
      "Forty years ago today, Israeli commandos landed at Entebbe airport in Uganda and freed 102 "
      "of the 106 hostages held there since Air France Flight 139 was hijacked a week earlier. "
      "Three hostages were killed during the 90-minute raid, and a fourth, 75-year-old Dora "
      "Bloch, was later murdered in a Kampala hospital. The commandos killed all the hijackers at "
      "the terminal and about 45 Ugandan soldiers, and destroyed 11 MiG fighter jets on the "
      "ground. Their commander, Lt. Col. Yonatan Netanyahu, was the only Israeli soldier killed.\n"
      "Freed hostages are greeted at Ben Gurion airport, July 4, 1976. Photo: GPO/Moshe Milner",
      [C("102", 102, "exact", "hostages", "hostages freed (headline)", ctx="freed 102 hostages"),
       C("102", 102, "exact", "hostages", "hostages freed", ctx="freed 102 of"),
       C("106", 106, "exact", "hostages", "hostages held at Entebbe"),
       C("Three", 3, "exact", "killed", "hostages killed in the raid", cat_alt=["hostages"]),
       C("about 45", 45, "about", "killed", "Ugandan soldiers"),
       C("11", 11, "exact", "munitions", "MiG fighter jets destroyed", cat_alt=["other"])]),

    # --- Q&A explainer: the Achille Lauro, 40 years on -----------------------------------------
    P("d27_035",
      "What happened on the Achille Lauro? The hijacking, 40 years on\n"
      "On 7 October 1985, four gunmen from the Palestine Liberation Front seized the Italian "
      "cruise ship Achille Lauro off the coast of Egypt. Aboard were about 320 crew members and "
      "97 passengers; some 650 other passengers had gone ashore at Alexandria to visit the "
      "pyramids.\n"
      "Why was it hijacked?\n"
      "The gunmen demanded the release of 50 Palestinians held in Israeli prisons.\n"
      "Was anyone killed?\n"
      "Yes. The hijackers shot dead Leon Klinghoffer, a 69-year-old American passenger who used a "
      "wheelchair, and threw his body overboard. After two days they surrendered in Port Said in "
      "exchange for a promise of safe passage.",
      [C("four", 4, "exact", "troops", "gunmen", cat_alt=["other"]),
       C("about 320", 320, "about", "hostages", "crew members aboard", cat_alt=["other"]),
       C("97", 97, "exact", "hostages", "passengers aboard", cat_alt=["other"]),
       C("some 650", 650, "about", "other", "passengers ashore at Alexandria"),
       C("50", 50, "exact", "detained", "Palestinian prisoners whose release was demanded")]),

    # --- Nigerian paper with ALSO READ: CUSTECH Osara abduction, May 2024 ----------------------
    P("d27_036",
      "Kogi: Troops, police rescue 24 abducted CUSTECH students\n"
      "By Adebiyi Adedapo\n"
      "11 May 2024\n"
      "The Kogi State Government said on Saturday that 24 students of the Confluence University "
      "of Science and Technology (CUSTECH), Osara, who were abducted from their hostel by "
      "gunmen on Thursday, had been rescued by a joint team of soldiers, police officers and "
      "local vigilantes.\n"
      "The state Commissioner for Information, Kingsley Fanwo, said in a statement that one "
      "student was still in the kidnappers' custody and that two of the gunmen had been killed "
      "in an exchange of fire. He said 50 local hunters had joined the search in the Osara "
      "forest.\n"
      "ALSO READ: Bandits abduct 10 farmers in Niger community",
      [C("24", 24, "exact", "hostages", "students rescued (headline)", ctx="rescue 24"),
       C("24", 24, "exact", "hostages", "students rescued", "The Kogi State Government",
         ctx="that 24 students"),
       C("one", 1, "exact", "hostages", "student still held", FANWO),
       C("two", 2, "exact", "killed", "gunmen", FANWO),
       C("50", 50, "exact", "troops", "local hunters in the search", FANWO,
         cat_alt=["other"], attr_alt=["He"]),
       C("10", 10, "exact", "hostages", "farmers abducted (ALSO READ link)", optional=True)],
      published="2024-05-11"),

    # --- Agency item: Bawku clashes, Ghana -----------------------------------------------------
    P("d27_037",
      "Bawku: Curfew extended as renewed clashes claim five lives\n"
      "Bolgatanga, Feb 10, GNA – Five people were killed and 12 others injured in renewed clashes "
      "in Bawku on Saturday, the Upper East Regional Police Command said on Sunday.\n"
      "The Minister for the Interior, Henry Quartey, has extended the 2pm-to-6am curfew on the "
      "municipality and said a further 200 soldiers would be deployed to the area.\n"
      "More than 100 people have been killed since the conflict reignited in November 2021, "
      "according to the Bawku Naba's palace. Schools in the municipality have been closed, "
      "affecting over 20,000 pupils.",
      [C("five", 5, "exact", "killed", "people (headline)"),
       C("Five", 5, "exact", "killed", "people in Bawku",
         "the Upper East Regional Police Command"),
       C("12", 12, "exact", "injured", "people in Bawku",
         "the Upper East Regional Police Command"),
       C("200", 200, "exact", "troops", "soldiers to be deployed",
         "The Minister for the Interior, Henry Quartey"),
       C("More than 100", 100, "more_than", "killed", "people since November 2021",
         "the Bawku Naba's palace"),
       C("over 20,000", 20000, "more_than", "population", "pupils affected by school closures",
         cat_alt=["other"])]),

    # --- Feature with "in numbers" box: Soweto, 16 June 1976 -----------------------------------
    P("d27_038",
      "June 16, 1976: the day Soweto's students rose up\n"
      "By Sowetan Reporter | 16 June 2021\n"
      "Some 20,000 pupils marched from schools across Soweto on the morning of 16 June 1976 to "
      "protest against the use of Afrikaans as a language of instruction. Police opened fire "
      "near Orlando West High School, killing 13-year-old Hector Pieterson among others.\n"
      "The official toll given by the government was 176 dead, but estimates by researchers and "
      "activists put the figure at up to 700. The Cillie Commission, which investigated the "
      "uprising, later found that 575 people had been killed across the country by February "
      "1977, 451 of them by police, and that 3,907 had been injured.\n"
      "The uprising in numbers (Cillie Commission)\n"
      "- Arrested: 5,980\n"
      "- Schools damaged or destroyed: about 350\n"
      "Youth Day, a public holiday, has been marked every 16 June since 1995.",
      [C("Some 20,000", 20000, "about", "other", "pupils who marched"),
       C("176", 176, "exact", "killed", "dead (official toll)", "the government",
         attr_alt=["The official toll given by the government"]),
       C("up to 700", 700, "at_most", "killed", "dead",
         "estimates by researchers and activists"),
       C("575", 575, "exact", "killed", "people across the country", CILLIE),
       C("451", 451, "exact", "killed", "people killed by police", CILLIE),
       C("3,907", 3907, "exact", "injured", "people injured", CILLIE),
       C("5,980", 5980, "exact", "detained", "people arrested", "Cillie Commission"),
       C("about 350", 350, "about", "infrastructure", "schools damaged or destroyed",
         "Cillie Commission")],
      published="2021-06-16"),

    # --- Findings list after a colon: the Saville report on Bloody Sunday ----------------------
    P("d27_039",
      "Bloody Sunday: What the Saville report found\n"
      "Published 15 June 2010\n"
      "Soldiers of the 1st Battalion of the Parachute Regiment opened fire on a civil rights march "
      "in Londonderry on 30 January 1972. The 5,000-page report by Lord Saville, published after "
      "a 12-year inquiry costing £195m, concluded that the killings were \"unjustified and "
      "unjustifiable\". Among its findings:\n"
      "- 13 people were shot dead on the day and another man died of his wounds four months "
      "later.\n"
      "- At least 15 others were wounded by gunfire, and two more were injured by vehicles.\n"
      "- None of the casualties was armed with a firearm.\n"
      "- Soldiers fired more than 100 rounds.\n"
      "An estimated 15,000 people had joined the march.",
      [C("13", 13, "exact", "killed", "people shot dead on the day", SAVILLE, attr_alt=[None]),
       C("At least 15", 15, "at_least", "injured", "people wounded by gunfire", SAVILLE,
         attr_alt=[None]),
       C("two", 2, "exact", "injured", "people injured by vehicles", SAVILLE, attr_alt=[None]),
       C("more than 100", 100, "more_than", "munitions", "rounds fired by soldiers", SAVILLE,
         cat_alt=["other"], attr_alt=[None]),
       C("An estimated 15,000", 15000, "about", "other", "marchers")],
      published="2010-06-15"),

    # --- Q&A explainer: Sharpeville, 21 March 1960 ---------------------------------------------
    P("d27_040",
      "Sharpeville massacre: 65 years on\n"
      "Human Rights Day explainer | 21 March 2025\n"
      "Q: What happened at Sharpeville?\n"
      "A: On 21 March 1960, police opened fire on a crowd of between 5,000 and 7,000 people "
      "protesting against the pass laws outside the police station in Sharpeville, near "
      "Vereeniging. Sixty-nine people were killed, many of them shot in the back, and about 180 "
      "were wounded, according to the Truth and Reconciliation Commission.\n"
      "Q: What followed?\n"
      "A: The government declared a state of emergency and detained more than 11,000 people over "
      "the following months. The ANC and the PAC were banned within three weeks.\n"
      "Q: How is it remembered?\n"
      "A: The day has been a public holiday, Human Rights Day, since 1994, and the United Nations "
      "marks it as the International Day for the Elimination of Racial Discrimination.",
      [C("between 5,000 and 7,000", 5000, "range", "other", "protesters in the crowd",
         high=7000),
       C("Sixty-nine", 69, "exact", "killed", "people", TRC),
       C("about 180", 180, "about", "injured", "people", TRC),
       C("more than 11,000", 11000, "more_than", "detained", "people detained",
         attr_alt=["The government"])],
      published="2025-03-21"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d27_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "devset21", "devset22", "devset23",
                                                   "devset24", "devset25", "devset26",
                                                   "holdout", "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
