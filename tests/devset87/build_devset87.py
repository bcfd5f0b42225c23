"""Source of the eighty-seventh development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences, counting each live-blog entry line, bullet and post as one) of LIVE
BLOGS AND ROLLING UPDATES, 2001–2025 worldwide: timestamped entries ("14.32 BST", "3:05 p.m.
ET", "UPDATE 11.45 pm:"), "Updated 2 hours ago", "Key developments" and "Here's what we know"
lists, short breaking lines, corrections, wrap-ups, and newsroom Telegram/X-style posts quoted in
a live page, on wars, terror attacks, mass shootings, earthquakes, stampedes, building collapses
and protests. They were written for this set (none copied from an article) in the styles of the
Guardian, BBC, CNN, Al Jazeera, The New York Times, the Times of India, ABC Australia, DW, the
Times of Israel and other live pages. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of the earlier sets. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts.

Run ``python tests/devset87/build_devset87.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")

# Every earlier set (and any set written alongside this one) is refused as a source of sentences.
EARLIER = other_sets("devset87")

HECHT = "Lt Col Richard Hecht"
VERUV = "Maj. Gen. Itai Veruv"
MDA = "Israel's Magen David Adom emergency service"
STAHLKNECHT = "Saxony-Anhalt's interior minister, Holger Stahlknecht"
SAMRI = "Police spokeswoman Luba Samri"
YASHPAL = "Uttar Pradesh director general of police Yashpal Singh"

PASSAGES = [
    # --- Israel, 7 October 2023 and after -------------------------------------------------------
    P("d87_001",
      "Israel-Hamas war live: rescuers recover 260 bodies from music festival site\n"
      "Sun 8 Oct 2023 16.45 BST\n"
      "Key developments\n"
      "• Israel's death toll from Saturday's attack has passed 700, Israeli media report, citing "
      "officials.\n"
      "• At least 413 people have been killed in Gaza, including 78 children, the Palestinian "
      "health ministry says.\n"
      "• Israel's military says it has called up 300,000 reservists.\n"
      "14.32 BST\n"
      "The Israeli rescue service Zaka says its volunteers have recovered about 260 bodies from "
      "the site of the Supernova music festival near kibbutz Re'im, where some 3,000 people had "
      "been dancing when gunmen arrived at dawn. Survivors described hiding in orchards for six "
      "hours.\n"
      "13.05 BST\n"
      "An IDF spokesperson, Lt Col Richard Hecht, told reporters that \"dozens\" of Israelis were "
      "being held in Gaza, and that more than 1,000 Hamas fighters had crossed the fence.",
      [C("260", 260, "exact", "killed", "bodies recovered at the festival site (headline)",
         ctx="recover 260 bodies"),
       C("700", 700, "more_than", "killed", "people killed in Israel", "officials",
         attr_alt=["Israeli media"]),
       C("At least 413", 413, "at_least", "killed", "people killed in Gaza",
         "the Palestinian health ministry"),
       C("78", 78, "exact", "killed", "children killed in Gaza",
         "the Palestinian health ministry"),
       C("300,000", 300000, "exact", "troops", "Israeli reservists called up",
         "Israel's military"),
       C("about 260", 260, "about", "killed", "bodies recovered at the festival site",
         "The Israeli rescue service Zaka"),
       C("some 3,000", 3000, "about", "other", "people at the festival", None,
         attr_alt=["The Israeli rescue service Zaka"]),
       C("dozens", 12, "vague", "hostages", "Israelis held in Gaza", HECHT,
         attr_alt=["An IDF spokesperson"]),
       C("more than 1,000", 1000, "more_than", "troops", "Hamas fighters who crossed the fence",
         HECHT, cat_alt=["other"], attr_alt=["An IDF spokesperson"])],
      published="2023-10-08"),

    P("d87_002",
      "Israel-Hamas war: Live updates\n"
      "Updated 9:14 p.m. ET, October 10, 2023\n"
      "Here's what we know:\n"
      "• More than 1,000 people have been killed in Israel since Hamas launched its attack on "
      "Saturday, according to the Israeli embassy in Washington.\n"
      "• In Gaza, 830 people have been killed and 4,250 wounded in Israeli strikes, the "
      "Palestinian Health Ministry says.\n"
      "• The number of people displaced inside Gaza has risen to more than 187,000, the UN "
      "says.\n"
      "• Israeli officials estimate that between 100 and 150 people were taken hostage into "
      "Gaza.\n"
      "7:52 p.m. ET\n"
      "Journalists taken into Kfar Aza by the Israeli military on Tuesday saw the bodies of "
      "residents still lying in gardens. Maj. Gen. Itai Veruv told CNN that his soldiers had "
      "fought for two days to retake the kibbutz, which had about 750 residents, and had killed "
      "\"dozens\" of militants inside it.\n"
      "6:30 p.m. ET\n"
      "Israel's military said it had now called up 360,000 reservists, and that the bodies of "
      "about 1,500 Hamas militants had been found inside Israel.",
      [C("More than 1,000", 1000, "more_than", "killed", "people killed in Israel",
         "the Israeli embassy in Washington"),
       C("830", 830, "exact", "killed", "people killed in Gaza",
         "the Palestinian Health Ministry"),
       C("4,250", 4250, "exact", "injured", "people wounded in Gaza",
         "the Palestinian Health Ministry"),
       C("more than 187,000", 187000, "more_than", "displaced", "people displaced in Gaza",
         "the UN"),
       C("between 100 and 150", 100, "range", "hostages", "people taken hostage into Gaza",
         "Israeli officials", high=150),
       C("about 750", 750, "about", "population", "residents of Kfar Aza", None,
         attr_alt=[VERUV]),
       C("dozens", 12, "vague", "killed", "militants killed in Kfar Aza", VERUV),
       C("360,000", 360000, "exact", "troops", "Israeli reservists called up",
         "Israel's military"),
       C("about 1,500", 1500, "about", "killed", "Hamas militants' bodies found in Israel",
         "Israel's military")],
      published="2023-10-10"),

    P("d87_003",
      "Israel under attack from Gaza: Live updates\n"
      "Published On 7 Oct 2023\n"
      "7 Oct 2023 - 11:20 GMT\n"
      "Hamas's armed wing, the Qassam Brigades, said on Telegram it had fired 5,000 rockets at "
      "Israel in the first 20 minutes of its operation. The Israeli army put the number of "
      "rockets launched from Gaza at about 2,200.\n"
      "7 Oct 2023 - 13:45 GMT\n"
      "Israel Police (@israelpolice) · 7 Oct 2023\n"
      "\"Fighting is continuing at the Sderot police station. Our officers have killed 10 "
      "terrorists in the city so far. Residents must stay in their safe rooms.\"\n"
      "7 Oct 2023 - 15:10 GMT\n"
      "Israel's Magen David Adom emergency service says it has treated at least 545 wounded "
      "people, 27 of them in critical condition.",
      [C("5,000", 5000, "exact", "munitions", "rockets fired at Israel", "the Qassam Brigades",
         attr_alt=["Hamas's armed wing"]),
       C("about 2,200", 2200, "about", "munitions", "rockets launched from Gaza",
         "The Israeli army"),
       C("10", 10, "exact", "killed", "attackers killed in Sderot", "Israel Police",
         ctx="10 terrorists"),
       C("at least 545", 545, "at_least", "injured", "wounded people treated", MDA,
         cat_alt=["other"]),
       C("27", 27, "exact", "injured", "wounded in critical condition", MDA)],
      published="2023-10-07"),

    # --- Terror attacks in Europe and Israel ----------------------------------------------------
    P("d87_004",
      "Halle synagogue attack: Two dead as gunman tries to storm synagogue on Yom Kippur\n"
      "Date 09.10.2019\n"
      "+++ Updates in reverse chronological order (all times CEST) +++\n"
      "18:40 Federal prosecutors have taken over the investigation, saying they have "
      "\"sufficient indications\" of a far-right motive.\n"
      "18:05 Saxony-Anhalt's interior minister, Holger Stahlknecht, said the gunman had tried to "
      "shoot his way through the synagogue's locked door while 51 worshippers were inside. Two "
      "people, a woman in the street and a man at a kebab shop nearby, were killed.\n"
      "17:20 Police say they have arrested one suspect, a 27-year-old German man, and that two "
      "people were seriously injured in the shootings and are undergoing surgery at Halle "
      "University Hospital.\n"
      "16:10 Police had earlier urged residents to stay at home; rail services at Halle's main "
      "station were suspended for two hours.",
      [C("Two", 2, "exact", "killed", "people killed in Halle (headline)", ctx="Two dead"),
       C("51", 51, "exact", "other", "worshippers inside the synagogue", STAHLKNECHT,
         attr_alt=["Holger Stahlknecht"]),
       C("Two", 2, "exact", "killed", "people killed in Halle", STAHLKNECHT,
         attr_alt=["Holger Stahlknecht", None], ctx="Two people, a woman"),
       C("one", 1, "exact", "detained", "suspect arrested", "Police", ctx="one suspect"),
       C("two", 2, "exact", "injured", "people seriously injured", "Police",
         ctx="two people were seriously")],
      published="2019-10-09"),
    P("d87_005",
      "Brussels shooting: Two Swedish fans killed before Belgium-Sweden match\n"
      "Updated 2 hours ago\n"
      "Here's what we know so far:\n"
      "• A gunman opened fire in central Brussels at about 19:15 local time on Monday, killing "
      "two Swedish football fans and seriously wounding another.\n"
      "• The Euro 2024 qualifier between Belgium and Sweden at the King Baudouin Stadium was "
      "abandoned at half-time, with the score at 1-1.\n"
      "• About 35,000 fans were kept inside the stadium for several hours as a precaution, police "
      "said.\n"
      "• Sweden's foreign ministry says around 1,500 Swedish supporters had travelled to Brussels "
      "for the game.\n"
      "• The suspect, a 45-year-old Tunisian man, was shot by police in a café in Schaerbeek on "
      "Tuesday morning and later died, the federal prosecutor's office said.\n"
      "• Belgium raised its terror alert for the capital to level 4, the highest.",
      [C("Two", 2, "exact", "killed", "Swedish fans (headline)", ctx="Two Swedish fans"),
       C("two", 2, "exact", "killed", "Swedish football fans", ctx="killing two"),
       C("About 35,000", 35000, "about", "other", "fans kept inside the stadium", "police"),
       C("around 1,500", 1500, "about", "other", "Swedish supporters who travelled",
         "Sweden's foreign ministry")]),

    P("d87_006",
      "Liveblog April 07, 2022\n"
      "Tel Aviv terror attack: Two killed as gunman opens fire on Dizengoff Street; manhunt "
      "under way\n"
      "9:32 pm\n"
      "Magen David Adom says it has taken 14 people from the bars on Dizengoff Street to "
      "hospitals, four of them in serious condition. Earlier reports of a second gunman appear "
      "to have been wrong, police say.\n"
      "10:15 pm\n"
      "Ichilov hospital says two of the wounded have died of their injuries. A third victim, in "
      "critical condition, is undergoing surgery.\n"
      "11:55 pm\n"
      "Hundreds of police officers and Shin Bet agents, backed by special forces, are going door "
      "to door in central Tel Aviv, police say, and residents have been told not to leave their "
      "homes.",
      [C("Two", 2, "exact", "killed", "people killed on Dizengoff Street (headline)"),
       C("14", 14, "exact", "injured", "people taken to hospitals", "Magen David Adom",
         cat_alt=["other"]),
       C("four", 4, "exact", "injured", "people in serious condition", "Magen David Adom"),
       C("two", 2, "exact", "killed", "wounded who died", "Ichilov hospital"),
       C("Hundreds", 100, "vague", "troops", "police officers and Shin Bet agents searching",
         "police", cat_alt=["other"])],
      published="2022-04-07"),

    P("d87_007",
      "BREAKING: Four killed in stabbing and car-ramming attack in Beersheba, Israeli police say\n"
      "4:25 p.m.: An attacker stabbed a woman at a petrol station and then drove his car into a "
      "cyclist before stabbing people outside a shopping centre, police said.\n"
      "4:40 p.m.: Two of the four victims were women, Magen David Adom said, and two other people "
      "were lightly hurt.\n"
      "4:52 p.m.: The attacker, a 34-year-old from the Bedouin town of Hura who had served a "
      "four-year prison sentence, was shot dead by a passer-by, police said.",
      [C("Four", 4, "exact", "killed", "people killed in Beersheba (headline)",
         "Israeli police"),
       C("Two", 2, "exact", "killed", "women among the victims", "Magen David Adom"),
       C("four", 4, "exact", "killed", "victims (restated)", "Magen David Adom", optional=True,
         ctx="four victims"),
       C("two", 2, "exact", "injured", "people lightly hurt", "Magen David Adom",
         attr_alt=[None])]),

    P("d87_008",
      "Elad attack: Three killed with axe and knife on Independence Day; manhunt for two "
      "suspects\n"
      "Updated: May 06, 2022, 8:10 AM\n"
      "The attack took place in a park in the ultra-Orthodox city of Elad on Thursday evening as "
      "Israel marked its 74th Independence Day. Magen David Adom paramedics pronounced three men "
      "dead at the scene and took four others to hospital, two of them in serious condition, the "
      "service said.\n"
      "Israel Police (@israelpolice), May 6, 2022:\n"
      "\"Hundreds of officers, with helicopters and drones, are searching the forests around Elad "
      "for the two terrorists. Roadblocks have been set up on all routes.\"\n"
      "The Shin Bet later said the suspects, aged 19 and 20, were from the Jenin area.",
      [C("Three", 3, "exact", "killed", "people killed in Elad (headline)"),
       C("two", 2, "exact", "troops", "suspects at large (headline)", cat_alt=["other"],
         ctx="two suspects"),
       C("three", 3, "exact", "killed", "men killed in Elad", "the service",
         attr_alt=["Magen David Adom"]),
       C("four", 4, "exact", "injured", "people taken to hospital", "the service",
         cat_alt=["other"], attr_alt=["Magen David Adom"]),
       C("two", 2, "exact", "injured", "wounded in serious condition", "the service",
         attr_alt=["Magen David Adom"], ctx="two of them"),
       C("Hundreds", 100, "vague", "troops", "police officers searching", "Israel Police",
         cat_alt=["other"]),
       C("two", 2, "exact", "troops", "attackers at large", "Israel Police",
         cat_alt=["other"], ctx="two terrorists")],
      published="2022-05-06"),

    P("d87_009",
      "Tel Aviv shooting: Four killed at Sarona Market – as it happened\n"
      "Last modified on Thu 9 Jun 2016 01.20 BST\n"
      "10.05pm (local): Two Palestinian gunmen dressed in suits opened fire at a café in Sarona "
      "Market on Wednesday night. Police spokeswoman Luba Samri said four people were killed and "
      "at least six were wounded, some of them seriously.\n"
      "10.40pm: Both gunmen, cousins from the West Bank village of Yatta, have been arrested, one "
      "of them after being shot and wounded by a security guard, according to police.\n"
      "11.25pm: Israel's defence ministry says it has frozen 83,000 permits that allowed "
      "Palestinians from the West Bank and Gaza to visit Israel during Ramadan.",
      [C("Four", 4, "exact", "killed", "people killed at Sarona Market (headline)"),
       C("Two", 2, "exact", "troops", "gunmen", None, cat_alt=["other"], attr_alt=[SAMRI]),
       C("four", 4, "exact", "killed", "people killed at Sarona Market", SAMRI),
       C("at least six", 6, "at_least", "injured", "people wounded at Sarona Market", SAMRI),
       C("83,000", 83000, "exact", "other", "permits frozen", "Israel's defence ministry")],
      published="2016-06-09"),

    # --- India, Saudi Arabia, Britain, Jerusalem, Brazil ----------------------------------------
    P("d87_010",
      "Varanasi blasts: Toll rises to 21\n"
      "TIMES NEWS NETWORK | Mar 8, 2006, 01.12 AM IST\n"
      "Two bombs went off within 15 minutes of each other on Tuesday evening, one inside the "
      "crowded Sankat Mochan temple at about 6.20 pm and another on a platform at Varanasi "
      "Cantonment railway station.\n"
      "UPDATE 11.45 pm: Uttar Pradesh director general of police Yashpal Singh said 21 people had "
      "died and at least 62 were injured. A third bomb was found and defused near Dashashwamedh "
      "Ghat, he said.\n"
      "UPDATE 9.30 pm: An earlier version of this report said 12 people were killed in the temple "
      "blast. Police now say eight died at the temple and 13 at the station.\n"
      "Security has been tightened across the state, with 1,500 additional personnel sent to "
      "Varanasi.",
      [C("21", 21, "exact", "killed", "people killed in Varanasi (headline)",
         ctx="rises to 21"),
       C("Two", 2, "exact", "other", "bombs that went off", cat_alt=["munitions"]),
       C("21", 21, "exact", "killed", "people killed in Varanasi", YASHPAL,
         ctx="said 21 people"),
       C("at least 62", 62, "at_least", "injured", "people injured in Varanasi", YASHPAL),
       C("12", 12, "exact", "killed", "people killed in the temple blast (retracted)",
         optional=True),
       C("eight", 8, "exact", "killed", "people killed at the temple", "Police"),
       C("13", 13, "exact", "killed", "people killed at the station", "Police"),
       C("1,500", 1500, "exact", "troops", "security personnel sent to Varanasi")],
      published="2006-03-08"),

    P("d87_011",
      "Mecca crane collapse: Live updates\n"
      "Published On 12 Sep 2015\n"
      "12 Sep 2015 - 08:10 GMT\n"
      "Saudi Arabia's civil defence directorate says the death toll from the crane collapse at "
      "the Grand Mosque has risen to 107, and 238 people have been injured.\n"
      "12 Sep 2015 - 07:25 GMT\n"
      "Indonesia's foreign ministry says three of its citizens are among the dead; Malaysia says "
      "six of its nationals were hurt.\n"
      "12 Sep 2015 - 06:50 GMT\n"
      "The red-and-white crawler crane, one of dozens working on the mosque's expansion, toppled "
      "in high winds during a thunderstorm on Friday afternoon. More than one million pilgrims "
      "are expected in Mecca for the hajj, which begins in less than two weeks.",
      [C("107", 107, "exact", "killed", "people killed in the crane collapse",
         "Saudi Arabia's civil defence directorate"),
       C("238", 238, "exact", "injured", "people injured in the crane collapse",
         "Saudi Arabia's civil defence directorate"),
       C("three", 3, "exact", "killed", "Indonesians among the dead",
         "Indonesia's foreign ministry"),
       C("six", 6, "exact", "injured", "Malaysians hurt", "Malaysia"),
       C("dozens", 12, "vague", "other", "cranes working on the expansion", optional=True),
       C("More than one million", 1_000_000, "more_than", "other", "pilgrims expected for the hajj",
         optional=True)],
      published="2015-09-12"),

    P("d87_012",
      "Liverpool parade crash: Man arrested after car hits fans\n"
      "Published 27 May 2025 · Updated 08:05 BST\n"
      "Summary\n"
      "• A 53-year-old British man from the Liverpool area has been arrested after a car drove "
      "into crowds at the club's parade to celebrate its 20th league title.\n"
      "• 79 people were taken to hospital, including four children, Merseyside Police say.\n"
      "• North West Ambulance Service says its crews treated a further 20 people at the scene.\n"
      "07:48 BST\n"
      "Det Ch Supt Jenny Sims said seven people remained in hospital this morning in a stable "
      "condition. \"We are not looking for anyone else in connection with this incident,\" she "
      "said.\n"
      "07:30 BST\n"
      "Hundreds of thousands of fans had lined the city's streets for the open-top bus parade, "
      "which had been running for more than two hours when the car struck on Water Street.",
      [C("79", 79, "exact", "injured", "people taken to hospital", "Merseyside Police",
         cat_alt=["other"]),
       C("four", 4, "exact", "injured", "children taken to hospital", "Merseyside Police",
         cat_alt=["other"]),
       C("20", 20, "exact", "injured", "people treated at the scene",
         "North West Ambulance Service", cat_alt=["other"]),
       C("seven", 7, "exact", "injured", "people still in hospital", "Det Ch Supt Jenny Sims",
         cat_alt=["other"]),
       C("Hundreds of thousands", 100000, "vague", "other", "fans lining the streets")],
      published="2025-05-27"),

    P("d87_013",
      "Jerusalem wedding hall collapse: latest\n"
      "Last updated: Friday, May 25, 2001, 03:40\n"
      "03:40 Police said the toll had risen to 23 dead after rescuers pulled two more bodies from "
      "the rubble of the Versailles banquet hall in the Talpiot industrial zone overnight.\n"
      "01:15 Hospitals in Jerusalem have received about 380 injured people, Health Ministry "
      "officials said, among them dozens in serious condition.\n"
      "Thursday 23:50 The third floor of the building gave way while about 700 guests were "
      "dancing at a wedding, sending them crashing down into the basement. A guest's video camera "
      "recorded the moment the floor fell.\n"
      "Thursday 23:20 Army search-and-rescue units and some 300 police officers are at the scene, "
      "police said.",
      [C("23", 23, "exact", "killed", "people killed in the hall collapse", "Police",
         ctx="to 23 dead"),
       C("two", 2, "exact", "killed", "bodies pulled overnight", "Police"),
       C("about 380", 380, "about", "injured", "injured people received by hospitals",
         "Health Ministry officials"),
       C("dozens", 12, "vague", "injured", "injured in serious condition",
         "Health Ministry officials"),
       C("about 700", 700, "about", "other", "wedding guests in the hall"),
       C("some 300", 300, "about", "troops", "police officers at the scene", "police",
         cat_alt=["other"])],
      published="2001-05-25"),

    P("d87_014",
      "Live Updates: Teenage Gunman Attacks Two Schools in Brazil\n"
      "Nov. 25, 2022, 6:02 p.m. ET\n"
      "Here's what we know:\n"
      "A 16-year-old gunman wearing a military-style vest opened fire at two schools in Aracruz, "
      "in the state of Espírito Santo, on Friday morning, killing three people, according to the "
      "state's governor, Renato Casagrande.\n"
      "Two teachers were killed at a state school and a 12-year-old girl at a private school "
      "nearby, officials said.\n"
      "At least 11 people were wounded, several of them seriously, Mr. Casagrande said on "
      "Twitter.\n"
      "The suspect, the son of a military police officer, was arrested about four hours after the "
      "attack. Police said he had used two of his father's guns.\n"
      "The governor declared three days of official mourning.",
      [C("Two", 2, "exact", "infrastructure", "schools attacked (headline)", optional=True,
         cat_alt=["other"], ctx="Two Schools"),
       C("two", 2, "exact", "infrastructure", "schools attacked",
         "the state's governor, Renato Casagrande", optional=True, cat_alt=["other"],
         ctx="two schools"),
       C("three", 3, "exact", "killed", "people killed in Aracruz",
         "the state's governor, Renato Casagrande", attr_alt=["Renato Casagrande"],
         ctx="killing three"),
       C("Two", 2, "exact", "killed", "teachers killed", "officials", ctx="Two teachers"),
       C("At least 11", 11, "at_least", "injured", "people wounded in Aracruz",
         "Mr. Casagrande", attr_alt=["the state's governor, Renato Casagrande"]),
       C("two", 2, "exact", "munitions", "guns used by the suspect", "Police",
         cat_alt=["other"], ctx="two of his father's")],
      published="2022-11-25"),

    # --- School shootings in Finland -------------------------------------------------------------
    P("d87_015",
      "Finland school shooting – latest\n"
      "Updated 07.11.2007 22:45\n"
      "22:45 Police say the gunman, an 18-year-old student who had posted a video on YouTube "
      "announcing the attack, died in hospital of a self-inflicted gunshot wound.\n"
      "20:10 Eight people were killed at Jokela high school in Tuusula, north of Helsinki: five "
      "boys, one girl, the school nurse and the headmistress, police said.\n"
      "18:30 About 500 pupils and staff were evacuated from the school and taken to a nearby "
      "church.\n"
      "17:05 The National Bureau of Investigation said the gunman had fired at least 69 rounds "
      "from a .22-calibre pistol.\n"
      "Finland will observe a day of mourning on Thursday.",
      [C("Eight", 8, "exact", "killed", "people killed at Jokela high school", "police"),
       C("five", 5, "exact", "killed", "boys killed", "police"),
       C("one", 1, "exact", "killed", "girl killed", "police", ctx="one girl"),
       C("About 500", 500, "about", "displaced", "pupils and staff evacuated",
         cat_alt=["other"]),
       C("at least 69", 69, "at_least", "munitions", "rounds fired by the gunman",
         "The National Bureau of Investigation", cat_alt=["other"])],
      published="2007-11-07"),

    P("d87_016",
      "Finnish college gunman kills 10\n"
      "Page last updated at 18:02 GMT, Tuesday, 23 September 2008\n"
      "What we know:\n"
      "- A gunman wearing a black mask opened fire at a vocational college in Kauhajoki, western "
      "Finland, at about 10:45 local time (07:45 GMT).\n"
      "- Ten people were killed, nine students and one member of staff, police said; the gunman "
      "shot himself and died later in hospital.\n"
      "- One woman was seriously injured.\n"
      "- About 150 students were in the building at the time; some escaped through windows.\n"
      "- The 22-year-old gunman had been questioned by police on Monday over videos of himself "
      "firing a pistol, but was allowed to keep his gun licence.",
      [C("10", 10, "exact", "killed", "people killed at the college (headline)",
         ctx="kills 10"),
       C("Ten", 10, "exact", "killed", "people killed at the college", "police"),
       C("nine", 9, "exact", "killed", "students killed", "police"),
       C("one", 1, "exact", "killed", "staff member killed", "police", ctx="one member"),
       C("One", 1, "exact", "injured", "woman seriously injured"),
       C("About 150", 150, "about", "other", "students in the building")],
      published="2008-09-23"),

    # --- Earthquakes ----------------------------------------------------------------------------
    P("d87_017",
      "Live: 5.9 magnitude earthquake jolts Balochistan's Harnai\n"
      "Dawn.com | Published October 7, 2021 - Updated about 3 hours ago\n"
      "At least 20 people were killed and more than 200 injured when a magnitude 5.9 earthquake "
      "struck Harnai district in the early hours of Thursday, Balochistan's Provincial Disaster "
      "Management Authority (PDMA) said.\n"
      "10:40am: Balochistan Home Minister Mir Ziaullah Langau told Dawn that most of the victims "
      "had been asleep in mud-brick houses when the quake hit at 3:01am. \"Around 100 houses have "
      "collapsed in Harnai and several villages are cut off,\" he said.\n"
      "11:25am: The army said it had flown medical teams and 50 tonnes of relief goods, including "
      "tents and blankets, to the area by helicopter.\n"
      "12:05pm: A PDMA official said six of the dead were children and that 15 of the injured "
      "were in critical condition. He said the toll was likely to rise.",
      [C("At least 20", 20, "at_least", "killed", "people killed in Harnai",
         "Balochistan's Provincial Disaster Management Authority (PDMA)"),
       C("more than 200", 200, "more_than", "injured", "people injured in Harnai",
         "Balochistan's Provincial Disaster Management Authority (PDMA)"),
       C("Around 100", 100, "about", "infrastructure", "houses collapsed in Harnai",
         "Balochistan Home Minister Mir Ziaullah Langau", attr_alt=["he"]),
       C("50", 50, "exact", "aid", "tonnes of relief goods flown in", "The army",
         ctx="50 tonnes"),
       C("six", 6, "exact", "killed", "children among the dead", "A PDMA official"),
       C("15", 15, "exact", "injured", "injured in critical condition", "A PDMA official")],
      published="2021-10-07"),

    P("d87_018",
      "Sikkim quake LIVE: Toll rises to 48 in India, rescue hampered by landslides\n"
      "Sep 19, 2011, 02.35 PM IST | 3 min read\n"
      "2:30 pm: Sikkim chief secretary Karma Gyatso says 41 people have died in the state, and "
      "more than 300 have been injured. Six others died in West Bengal and one in Bihar, "
      "officials there said.\n"
      "1:45 pm: Nepal's home ministry says seven people were killed in Nepal, three of them when a "
      "wall of the British embassy compound collapsed in Kathmandu. China's Xinhua reports seven "
      "deaths in Tibet.\n"
      "12:10 pm: About 2,000 soldiers and 500 NDRF personnel have been deployed, and five IAF "
      "helicopters are ferrying relief material to North Sikkim, the defence ministry said.\n"
      "11:00 am: Thousands of people spent the night in the open in Gangtok, fearing "
      "aftershocks.",
      [C("48", 48, "exact", "killed", "people killed in India (headline)"),
       C("41", 41, "exact", "killed", "people killed in Sikkim",
         "Sikkim chief secretary Karma Gyatso"),
       C("more than 300", 300, "more_than", "injured", "people injured in Sikkim",
         "Sikkim chief secretary Karma Gyatso"),
       C("Six", 6, "exact", "killed", "people killed in West Bengal", "officials there"),
       C("one", 1, "exact", "killed", "person killed in Bihar", "officials there",
         ctx="one in Bihar"),
       C("seven", 7, "exact", "killed", "people killed in Nepal", "Nepal's home ministry",
         ctx="seven people"),
       C("three", 3, "exact", "killed", "people killed by the embassy wall",
         "Nepal's home ministry"),
       C("seven", 7, "exact", "killed", "people killed in Tibet", "China's Xinhua",
         ctx="seven deaths"),
       C("About 2,000", 2000, "about", "troops", "soldiers deployed", "the defence ministry"),
       C("500", 500, "exact", "troops", "NDRF personnel deployed", "the defence ministry",
         cat_alt=["other"]),
       C("five", 5, "exact", "other", "IAF helicopters ferrying relief", "the defence ministry",
         optional=True, cat_alt=["munitions", "troops"]),
       C("Thousands", 1000, "vague", "displaced", "people who spent the night in the open",
         cat_alt=["other"])],
      published="2011-09-19"),

    P("d87_019",
      "Mirpur earthquake: live updates\n"
      "Last updated Sep 25, 2019 09:30am\n"
      "• Death toll: 37 (NDMA)\n"
      "• Injured: 646 (NDMA)\n"
      "• Houses damaged: more than 450\n"
      "09:10am: The National Disaster Management Authority said the toll had risen to 37 "
      "overnight as rescuers reached villages along the Jatlan road, where a section of the Upper "
      "Jhelum canal burst its banks.\n"
      "Tuesday 8:05pm:\n"
      "Maj Gen Asif Ghafoor (@OfficialDGISPR) · Sep 24, 2019\n"
      "\"Army troops and helicopters rushed to Mirpur. 2 field hospitals established. Rescue and "
      "relief ops continue.\"\n"
      "Tuesday 6:40pm: PTV quoted Azad Kashmir's prime minister, Raja Farooq Haider, as saying "
      "at least 19 people had died in Mirpur alone.",
      [C("37", 37, "exact", "killed", "people killed in the quake", "NDMA",
         attr_alt=["The National Disaster Management Authority"], ctx="Death toll: 37"),
       C("646", 646, "exact", "injured", "people injured in the quake", "NDMA",
         attr_alt=["The National Disaster Management Authority"]),
       C("more than 450", 450, "more_than", "infrastructure", "houses damaged"),
       C("37", 37, "exact", "killed", "people killed in the quake",
         "The National Disaster Management Authority", ctx="risen to 37"),
       C("2", 2, "exact", "infrastructure", "field hospitals established",
         "Maj Gen Asif Ghafoor", cat_alt=["other", "aid"]),
       C("at least 19", 19, "at_least", "killed", "people killed in Mirpur",
         "Azad Kashmir's prime minister, Raja Farooq Haider",
         attr_alt=["Raja Farooq Haider", "PTV"])],
      published="2019-09-25"),

    P("d87_020",
      "LIVE UPDATES: Magnitude 6.7 earthquake hits Surigao del Norte\n"
      "Published 11:58 PM, February 10, 2017 Updated 2:40 PM, February 11, 2017\n"
      "UPDATE (2:40 pm, Feb 11): The death toll has climbed to 6, the NDRRMC says, with 126 people "
      "injured. Some 900 families are staying in evacuation centers in Surigao City.\n"
      "UPDATE (9:15 am, Feb 11): Phivolcs has recorded 158 aftershocks, the strongest a magnitude "
      "4.3. Classes remain suspended in 5 towns.\n"
      "UPDATE (11:58 pm, Feb 10): The Surigao airport runway has cracked and the airport is closed "
      "to commercial flights until further notice, CAAP said. At least 3 bridges are "
      "impassable.",
      [C("6", 6, "exact", "killed", "people killed in Surigao", "the NDRRMC"),
       C("126", 126, "exact", "injured", "people injured in Surigao", "the NDRRMC"),
       C("Some 900", 900, "about", "displaced", "families in evacuation centers", "the NDRRMC",
         attr_alt=[None]),
       C("158", 158, "exact", "other", "aftershocks recorded", "Phivolcs", optional=True),
       C("5", 5, "exact", "other", "towns with classes suspended", "Phivolcs", optional=True,
         attr_alt=[None]),
       C("At least 3", 3, "at_least", "infrastructure", "bridges impassable", "CAAP",
         attr_alt=[None])],
      published="2017-02-10"),

    P("d87_021",
      "Zagreb earthquake LIVE: 15-year-old girl dies, 27 injured\n"
      "22 March 2020 - 13:50\n"
      "13:45 The 15-year-old girl who was pulled from the rubble of a house in the Kašina area has "
      "died, the hospital said.\n"
      "12:30 Interior Minister Davor Božinović said 27 people had been injured, one of them "
      "critically, and urged citizens to keep their distance from each other outside because of "
      "the coronavirus.\n"
      "10:10 Police say more than 100 buildings in the city centre have been damaged, including "
      "the cathedral, whose south spire has broken off.\n"
      "07:05 A magnitude 5.5 quake struck 7 km north of the city centre at 6:24 am, followed by a "
      "5.0 aftershock at 7:01 am.",
      [C("27", 27, "exact", "injured", "people injured in Zagreb (headline)",
         ctx="27 injured"),
       C("27", 27, "exact", "injured", "people injured in Zagreb",
         "Interior Minister Davor Božinović", ctx="said 27"),
       C("one", 1, "exact", "injured", "person critically injured",
         "Interior Minister Davor Božinović", ctx="one of them"),
       C("more than 100", 100, "more_than", "infrastructure", "buildings damaged", "Police")],
      published="2020-03-22"),

    P("d87_022",
      "West Pasaman quake: Death toll rises to 10, thousands flee to evacuation tents\n"
      "Jakarta / Sat, February 26, 2022 / 09:30 am\n"
      "09:15 am: The National Disaster Mitigation Agency (BNPB) said 10 people had died in West "
      "Pasaman and Pasaman regencies, while 388 people were injured and more than 5,000 were "
      "displaced.\n"
      "08:05 am: BNPB spokesman Abdul Muhari said 2 people were still missing in Malampah "
      "village, where a landslide buried several homes.\n"
      "Friday 4:10 pm: The magnitude 6.2 quake struck at 8:39 am local time at a depth of 10 km, "
      "the Meteorology, Climatology and Geophysics Agency (BMKG) said. At least 1,000 houses were "
      "damaged.",
      [C("10", 10, "exact", "killed", "people killed in Pasaman (headline)", ctx="rises to 10"),
       C("thousands", 1000, "vague", "displaced", "people who fled to tents (headline)"),
       C("10", 10, "exact", "killed", "people killed in Pasaman",
         "The National Disaster Mitigation Agency (BNPB)", ctx="said 10 people"),
       C("388", 388, "exact", "injured", "people injured in Pasaman",
         "The National Disaster Mitigation Agency (BNPB)"),
       C("more than 5,000", 5000, "more_than", "displaced", "people displaced in Pasaman",
         "The National Disaster Mitigation Agency (BNPB)"),
       C("2", 2, "exact", "missing", "people missing in Malampah",
         "BNPB spokesman Abdul Muhari"),
       C("At least 1,000", 1000, "at_least", "infrastructure", "houses damaged",
         "the Meteorology, Climatology and Geophysics Agency (BMKG)", attr_alt=[None])],
      published="2022-02-26"),

    # --- Stampedes ------------------------------------------------------------------------------
    P("d87_023",
      "Pratapgarh stampede: 63 dead at ashram, 37 of them children\n"
      "Last Updated: March 05, 2010 10:15 IST\n"
      "Here is what we know so far:\n"
      "- The stampede broke out around noon on Thursday at Kripalu Maharaj's ashram in Kunda, "
      "where about 10,000 people had gathered for a free distribution of food, utensils and "
      "clothes.\n"
      "- A gate collapsed as the crowd pushed forward, police said.\n"
      "- Uttar Pradesh additional director general of police Brij Lal said 63 people had died, "
      "37 of them children and 26 women.\n"
      "- At least 74 injured were admitted to hospitals in Kunda, Pratapgarh and Allahabad, "
      "district officials said.\n"
      "- The ashram had been handing out Rs 20 and a steel plate to each visitor to mark the "
      "death anniversary of the guru's wife.",
      [C("63", 63, "exact", "killed", "people killed at the ashram (headline)",
         ctx="63 dead"),
       C("37", 37, "exact", "killed", "children killed (headline)", ctx="ashram, 37"),
       C("about 10,000", 10000, "about", "other", "people gathered at the ashram"),
       C("63", 63, "exact", "killed", "people killed at the ashram",
         "Uttar Pradesh additional director general of police Brij Lal", ctx="said 63"),
       C("37", 37, "exact", "killed", "children killed",
         "Uttar Pradesh additional director general of police Brij Lal",
         ctx="37 of them children and"),
       C("26", 26, "exact", "killed", "women killed",
         "Uttar Pradesh additional director general of police Brij Lal"),
       C("At least 74", 74, "at_least", "injured", "injured admitted to hospitals",
         "district officials")],
      published="2010-03-05"),

    P("d87_024",
      "Freedom City stampede: Police confirm 10 dead after New Year fireworks\n"
      "Sunday, January 01, 2023 — Updated 4:12 PM\n"
      "4:05 PM: Police spokesperson Fred Enanga said the number of dead had risen to 10, among "
      "them seven children aged between 10 and 17, after two more victims died at Mulago "
      "hospital.\n"
      "1:30 PM: Kampala Metropolitan Police deputy spokesperson Luke Owoyesigyire earlier said "
      "nine people had died and several others were injured in the crush at the exit of the "
      "Freedom City mall on Entebbe Road.\n"
      "12:20 PM: Witnesses told NTV that hundreds of revellers rushed to the doors after the "
      "fireworks ended shortly after midnight. Police said two managers of the mall had been "
      "arrested.",
      [C("10", 10, "exact", "killed", "people killed in the crush (headline)", "Police",
         attr_alt=["Police spokesperson Fred Enanga"], ctx="confirm 10"),
       C("10", 10, "exact", "killed", "people killed in the crush",
         "Police spokesperson Fred Enanga", ctx="risen to 10"),
       C("seven", 7, "exact", "killed", "children killed", "Police spokesperson Fred Enanga"),
       C("two", 2, "exact", "killed", "victims who died in hospital",
         "Police spokesperson Fred Enanga", ctx="two more victims"),
       C("nine", 9, "exact", "killed", "people killed (earlier toll)",
         "Kampala Metropolitan Police deputy spokesperson Luke Owoyesigyire"),
       C("hundreds", 100, "vague", "other", "revellers rushing to the doors", "Witnesses"),
       C("two", 2, "exact", "detained", "mall managers arrested", "Police",
         ctx="two managers")],
      published="2023-01-01"),

    # --- Building collapses ---------------------------------------------------------------------
    P("d87_025",
      "São Paulo building collapse: latest\n"
      "Published: 02/05/2018 - 11:40\n"
      "11:30 - Firefighters said one man died when the building came down as they were trying to "
      "lift him out with a rope, and that three people remain missing.\n"
      "09:50 - According to the city's housing department, 146 families, about 372 people, were "
      "living in the 24-storey Wilton Paes de Almeida building, which had been occupied by a "
      "homeless movement since 2012.\n"
      "07:15 - The fire began on the fifth floor at about 1:30 am on Tuesday; the building "
      "collapsed about 80 minutes later. Some 160 firefighters and 50 vehicles were sent to the "
      "scene, the fire department said.",
      [C("one", 1, "exact", "killed", "man killed in the collapse", "Firefighters",
         ctx="one man"),
       C("three", 3, "exact", "missing", "people missing", "Firefighters"),
       C("146", 146, "exact", "population", "families living in the building",
         "the city's housing department", cat_alt=["other"]),
       C("about 372", 372, "about", "population", "people living in the building",
         "the city's housing department", cat_alt=["other"]),
       C("Some 160", 160, "about", "troops", "firefighters sent", "the fire department",
         cat_alt=["other"]),
       C("50", 50, "exact", "other", "vehicles sent", "the fire department", optional=True,
         ctx="50 vehicles")],
      published="2018-05-02"),

    P("d87_026",
      "Transvaal Park roof collapse: latest\n"
      "14 February 2004, 23:50 MSK\n"
      "23:45 The Emergencies Ministry said 25 people had been killed when the glass-and-concrete "
      "roof of the Transvaal Park water park in southwest Moscow caved in at about 19:15, and that "
      "more than 110 had been injured.\n"
      "22:30 Moscow Mayor Yury Luzhkov said about 400 people, many of them children, had been in "
      "the pool hall at the time.\n"
      "21:10 Rescuers have pulled 12 people alive from under the debris, the ministry said; "
      "sniffer dogs and thermal cameras are being used to search for others.\n"
      "20:40 Around 500 rescuers are working at the site in temperatures of minus 15 degrees.",
      [C("25", 25, "exact", "killed", "people killed at Transvaal Park",
         "The Emergencies Ministry"),
       C("more than 110", 110, "more_than", "injured", "people injured at Transvaal Park",
         "The Emergencies Ministry"),
       C("about 400", 400, "about", "other", "people in the pool hall",
         "Moscow Mayor Yury Luzhkov"),
       C("12", 12, "exact", "other", "people pulled alive", "the ministry",
         attr_alt=["The Emergencies Ministry"]),
       C("Around 500", 500, "about", "troops", "rescuers at the site", cat_alt=["other"])],
      published="2004-02-14"),

    P("d87_027",
      "Bad Reichenhall ice rink collapse: rescue updates\n"
      "03.01.2006, 09:20\n"
      "09:15 Police in Traunstein said 11 bodies had now been recovered from the rubble of the ice "
      "rink, among them eight children, and that between 3 and 5 people could still be buried.\n"
      "07:40 Some 34 people were injured, six of them seriously, a spokesman for the Bavarian Red "
      "Cross said.\n"
      "Monday 18:30 The roof, weighed down by heavy snow, gave way at about 15:55 while up to 50 "
      "people, many of them children on school holidays, were skating.\n"
      "Monday 21:00 More than 500 rescuers, including army units and mountain rescue teams, are "
      "working through the night in temperatures of minus 10 degrees.",
      [C("11", 11, "exact", "killed", "bodies recovered at the ice rink",
         "Police in Traunstein"),
       C("eight", 8, "exact", "killed", "children among the dead", "Police in Traunstein"),
       C("between 3 and 5", 3, "range", "missing", "people who could still be buried",
         "Police in Traunstein", high=5, cat_alt=["other"]),
       C("Some 34", 34, "about", "injured", "people injured at the ice rink",
         "a spokesman for the Bavarian Red Cross"),
       C("six", 6, "exact", "injured", "people seriously injured",
         "a spokesman for the Bavarian Red Cross"),
       C("up to 50", 50, "at_most", "other", "people skating when the roof fell"),
       C("More than 500", 500, "more_than", "troops", "rescuers at the site",
         cat_alt=["other"])],
      published="2006-01-03"),

    P("d87_028",
      "Malad building collapse LIVE: 11 dead, including 8 children, as structure crashes onto "
      "house\n"
      "Updated on Jun 10, 2021 08:42 AM IST\n"
      "08:40 AM: BMC officials said 11 people, eight of them children, were killed when a "
      "ground-plus-two structure collapsed onto a single-storey house in Malwani late on "
      "Wednesday night. Seven others were injured and taken to a municipal hospital.\n"
      "06:15 AM: NDRF and fire brigade teams have rescued 18 people from the debris, the Mumbai "
      "Fire Brigade said.\n"
      "03:30 AM: Mumbai mayor Kishori Pednekar said the structure had been weakened by heavy rain "
      "and that residents of nearly 40 adjoining houses had been moved to a municipal school. "
      "Chief minister Uddhav Thackeray announced ₹5 lakh for the family of each of the dead.",
      [C("11", 11, "exact", "killed", "people killed in Malwani (headline)",
         ctx="LIVE: 11 dead"),
       C("8", 8, "exact", "killed", "children killed (headline)"),
       C("11", 11, "exact", "killed", "people killed in Malwani", "BMC officials",
         ctx="said 11"),
       C("eight", 8, "exact", "killed", "children killed", "BMC officials"),
       C("Seven", 7, "exact", "injured", "people injured", "BMC officials", attr_alt=[None]),
       C("18", 18, "exact", "other", "people rescued from the debris",
         "the Mumbai Fire Brigade"),
       C("nearly 40", 40, "about", "displaced", "adjoining houses whose residents were moved",
         "Mumbai mayor Kishori Pednekar", optional=True,
         cat_alt=["infrastructure", "other"])],
      published="2021-06-10"),

    P("d87_029",
      "Mustafabad building collapse Live Updates: Death toll rises to 11; rescue operation ends\n"
      "Updated: April 19, 2025 19:05 IST\n"
      "6:50 pm: Eleven people, including the 75-year-old owner of the building and six members of "
      "his family, have died, Delhi Police said. Of the 22 people pulled out of the debris, 11 "
      "were declared dead at hospital.\n"
      "3:10 pm: Delhi Fire Services chief Atul Garg said the 12-hour operation had ended and no "
      "one was believed to be trapped any longer.\n"
      "11:30 am: The four-storey building in Dayalpur came down at around 2.50 am on Saturday. "
      "NDRF teams and as many as 80 firefighters worked through the night, officials said.",
      [C("11", 11, "exact", "killed", "people killed in Mustafabad (headline)",
         ctx="rises to 11"),
       C("Eleven", 11, "exact", "killed", "people killed in Mustafabad", "Delhi Police"),
       C("six", 6, "exact", "killed", "owner's family members killed", "Delhi Police"),
       C("22", 22, "exact", "other", "people pulled out of the debris", "Delhi Police",
         attr_alt=[None]),
       C("11", 11, "exact", "killed", "people declared dead at hospital", "Delhi Police",
         attr_alt=[None], ctx="11 were declared"),
       C("as many as 80", 80, "at_most", "troops", "firefighters at the site", "officials",
         cat_alt=["other"])],
      published="2025-04-19"),

    P("d87_030",
      "Lucknow building collapse: 3 dead, 14 rescued from Alaya Apartments\n"
      "TOI.in / Updated: Jan 25, 2023, 10:14 IST\n"
      "BREAKING: Part of a five-storey residential building collapses in Lucknow's Wazir "
      "Hasanganj area.\n"
      "UPDATE: 14 people have been rescued so far, Uttar Pradesh deputy chief minister Brajesh "
      "Pathak said; three are feared trapped.\n"
      "UPDATE: Police have detained three people, including a son of the building's owner, for "
      "questioning.\n"
      "UPDATE: Rescue teams recovered the bodies of three women overnight, district magistrate "
      "Surya Pal Gangwar said.\n"
      "UPDATE: The block, which had 12 flats, was built without an approved map, the Lucknow "
      "Development Authority said.",
      [C("3", 3, "exact", "killed", "people killed (headline)"),
       C("14", 14, "exact", "other", "people rescued (headline)", ctx="14 rescued"),
       C("14", 14, "exact", "other", "people rescued",
         "Uttar Pradesh deputy chief minister Brajesh Pathak", ctx="14 people"),
       C("three", 3, "exact", "other", "people feared trapped",
         "Uttar Pradesh deputy chief minister Brajesh Pathak", cat_alt=["missing"],
         attr_alt=[None], ctx="three are feared"),
       C("three", 3, "exact", "detained", "people detained for questioning", None,
         attr_alt=["Police"], ctx="detained three"),
       C("three", 3, "exact", "killed", "women whose bodies were recovered",
         "district magistrate Surya Pal Gangwar", ctx="three women"),
       C("12", 12, "exact", "infrastructure", "flats in the block",
         "the Lucknow Development Authority", optional=True)],
      published="2023-01-25"),

    P("d87_031",
      "Bengaluru building collapse LIVE: Toll rises to 8 as rescuers search debris at "
      "Babusapalya\n"
      "Last Updated: 23 October 2024, 11:20 IST\n"
      "11:05 IST: Bengaluru police commissioner B Dayananda said eight bodies had been recovered "
      "and 13 workers rescued. Most of the victims were construction workers from Bihar and Tamil "
      "Nadu.\n"
      "09:30 IST: Police have arrested two people, including the owner's son, for building six "
      "floors where permission was given for four, officials said.\n"
      "Tuesday 22:10 IST: About 20 labourers were living in sheds on the site of the "
      "under-construction building when it came down during heavy rain, the fire department "
      "said. Between 2 and 4 more workers are feared trapped.",
      [C("8", 8, "exact", "killed", "people killed (headline)"),
       C("eight", 8, "exact", "killed", "bodies recovered",
         "Bengaluru police commissioner B Dayananda"),
       C("13", 13, "exact", "other", "workers rescued",
         "Bengaluru police commissioner B Dayananda"),
       C("two", 2, "exact", "detained", "people arrested", "officials",
         attr_alt=["Police"]),
       C("About 20", 20, "about", "population", "labourers living on the site",
         "the fire department", cat_alt=["other"]),
       C("Between 2 and 4", 2, "range", "other", "workers feared trapped",
         "the fire department", high=4, cat_alt=["missing"], attr_alt=[None])],
      published="2024-10-23"),

    P("d87_032",
      "Kep building collapse: 36 dead; PM orders inquiry\n"
      "Saturday, January 4, 2020 | 2 min read\n"
      "4:10 pm: The provincial administration said rescuers had recovered 36 bodies, including "
      "those of 13 children, and that 23 people had been injured.\n"
      "11:00 am: Prime Minister Hun Sen, who visited the site on Saturday morning, said the "
      "government would give 10 million riel to the family of each victim. Three people, "
      "including the building's owner, have been arrested, the National Police said.\n"
      "Friday 6:30 pm: The seven-storey building under construction in Kep city collapsed at "
      "around 3 pm, trapping workers and their families who lived on site. Around 1,000 soldiers "
      "and police were deployed to the rescue.",
      [C("36", 36, "exact", "killed", "people killed in Kep (headline)", ctx="collapse: 36"),
       C("36", 36, "exact", "killed", "bodies recovered", "The provincial administration",
         ctx="recovered 36"),
       C("13", 13, "exact", "killed", "children killed", "The provincial administration"),
       C("23", 23, "exact", "injured", "people injured", "The provincial administration"),
       C("Three", 3, "exact", "detained", "people arrested", "the National Police"),
       C("Around 1,000", 1000, "about", "troops", "soldiers and police deployed")],
      published="2020-01-04"),

    P("d87_033",
      "Muzema collapse: latest updates\n"
      "Monday, April 15, 2019 | Updated 5:40 PM\n"
      "5:30 PM: Rio's fire department said the death toll had reached 17 after the body of a "
      "child was pulled from the rubble of the two buildings on Sunday night. Seven people are "
      "still missing, it said.\n"
      "1:15 PM: Civil defence officials said about 80 families had been evacuated from nine "
      "neighbouring buildings judged at risk.\n"
      "Friday 9:20 AM: The buildings, which had been put up illegally on land controlled by a "
      "militia, came down at about 6:30 am on Friday. Residents said at least 30 people had lived "
      "in the two blocks.",
      [C("17", 17, "exact", "killed", "people killed in Muzema", "Rio's fire department"),
       C("two", 2, "exact", "infrastructure", "buildings that collapsed",
         "Rio's fire department", optional=True, ctx="two buildings"),
       C("Seven", 7, "exact", "missing", "people still missing", "Rio's fire department",
         attr_alt=["it"]),
       C("about 80", 80, "about", "displaced", "families evacuated",
         "Civil defence officials"),
       C("nine", 9, "exact", "infrastructure", "buildings evacuated as at risk",
         "Civil defence officials", optional=True),
       C("at least 30", 30, "at_least", "population", "people who lived in the blocks",
         "Residents", cat_alt=["other"]),
       C("two", 2, "exact", "infrastructure", "blocks that collapsed", "Residents",
         optional=True, ctx="two blocks")],
      published="2019-04-15"),

    P("d87_034",
      "Melcom building collapse: Live updates\n"
      "Published on: 08 November 2012, 10:05 GMT\n"
      "10:00 GMT: NADMO says 78 people have so far been rescued alive from the collapsed Melcom "
      "shop at Achimota, and that the death toll remains at 5.\n"
      "08:15 GMT: The Ghana Armed Forces have sent 150 soldiers and two excavators to help with "
      "the search, a military spokesman said.\n"
      "Wednesday 19:40 GMT: The three-storey building came down at about 9:20 am, shortly after "
      "the shop opened. There were fewer than 100 workers and customers inside at the time, "
      "according to Melcom management.",
      [C("78", 78, "exact", "other", "people rescued alive", "NADMO"),
       C("5", 5, "exact", "killed", "people killed", "NADMO"),
       C("150", 150, "exact", "troops", "soldiers sent", "a military spokesman"),
       C("two", 2, "exact", "other", "excavators sent", "a military spokesman",
         optional=True),
       C("fewer than 100", 100, "fewer_than", "other", "workers and customers inside",
         "Melcom management")],
      published="2012-11-08"),

    P("d87_035",
      "Nizhny Tagil gas explosion: death toll rises to 10\n"
      "August 2, 2024, 14:20\n"
      "14:15 Russia's Emergencies Ministry said rescuers had recovered the bodies of 10 people, "
      "including two children, from the rubble of the five-storey apartment building on Oleg "
      "Koshevoy Street.\n"
      "11:40 Sverdlovsk governor Yevgeny Kuyvashev wrote on Telegram that 29 residents had been "
      "moved to temporary accommodation and that one woman was still unaccounted for.\n"
      "Thursday 18:05 A gas explosion in a fourth-floor flat brought down part of the building, "
      "which was home to around 60 people, at about 8 a.m. on Thursday.",
      [C("10", 10, "exact", "killed", "people killed (headline)", ctx="rises to 10"),
       C("10", 10, "exact", "killed", "bodies recovered", "Russia's Emergencies Ministry",
         ctx="of 10 people"),
       C("two", 2, "exact", "killed", "children killed", "Russia's Emergencies Ministry"),
       C("29", 29, "exact", "displaced", "residents moved to temporary accommodation",
         "Sverdlovsk governor Yevgeny Kuyvashev"),
       C("one", 1, "exact", "missing", "woman unaccounted for",
         "Sverdlovsk governor Yevgeny Kuyvashev", ctx="one woman"),
       C("around 60", 60, "about", "population", "residents of the building",
         cat_alt=["other"])],
      published="2024-08-02"),

    P("d87_036",
      "FIU bridge collapse: What we know\n"
      "Updated March 16, 2018 09:10 AM\n"
      "• Six people died when the 950-ton pedestrian bridge collapsed onto the Tamiami Trail at "
      "about 1:30 p.m. Thursday, Miami-Dade police director Juan Perez said.\n"
      "• Ten people were taken to hospitals, two of them in critical condition, according to "
      "Kendall Regional Medical Center.\n"
      "• Eight vehicles were crushed under the span.\n"
      "• The bridge had been installed just five days earlier and was not due to open until "
      "2019.\n"
      "• Classes at the university, which has more than 50,000 students, were to resume on "
      "Friday.",
      [C("Six", 6, "exact", "killed", "people killed in the bridge collapse",
         "Miami-Dade police director Juan Perez"),
       C("Ten", 10, "exact", "injured", "people taken to hospitals",
         "Kendall Regional Medical Center", cat_alt=["other"]),
       C("two", 2, "exact", "injured", "people in critical condition",
         "Kendall Regional Medical Center"),
       C("Eight", 8, "exact", "other", "vehicles crushed", optional=True),
       C("more than 50,000", 50000, "more_than", "population", "students at the university",
         cat_alt=["other"])],
      published="2018-03-16"),

    # --- Protests and clashes -------------------------------------------------------------------
    P("d87_037",
      "Jamia protest LIVE Updates: Police detain 50 students, release them after midnight\n"
      "Updated: December 16, 2019 08:15 am IST\n"
      "7:55 am: Delhi Police said 50 students detained after Sunday's violence near Jamia Millia "
      "Islamia had been released from two police stations overnight.\n"
      "12:40 am: The university's chief proctor, Waseem Ahmed Khan, said police had entered the "
      "campus without permission and beaten students inside the library. Around 100 students "
      "were treated at Holy Family hospital and AIIMS, hospital officials said.\n"
      "10:30 pm: Police say protesters set fire to four buses and two police vehicles; 6 "
      "policemen were injured. Jamia students deny any role in the arson.\n"
      "9:00 pm: Between 2,000 and 3,000 protesters had marched from the university towards "
      "Mathura Road, officials said.",
      [C("50", 50, "exact", "detained", "students detained (headline)", ctx="detain 50"),
       C("50", 50, "exact", "detained", "students detained and released", "Delhi Police",
         ctx="said 50"),
       C("two", 2, "exact", "infrastructure", "police stations holding the students",
         "Delhi Police", optional=True, cat_alt=["other"], ctx="two police stations"),
       C("Around 100", 100, "about", "injured", "students treated in hospital",
         "hospital officials", cat_alt=["other"]),
       C("four", 4, "exact", "other", "buses set on fire", "Police", optional=True,
         cat_alt=["infrastructure"]),
       C("two", 2, "exact", "other", "police vehicles set on fire", "Police", optional=True,
         cat_alt=["infrastructure"], ctx="two police vehicles"),
       C("6", 6, "exact", "injured", "policemen injured", "Police"),
       C("Between 2,000 and 3,000", 2000, "range", "other", "protesters who marched",
         "officials", high=3000)],
      published="2019-12-16"),

    P("d87_038",
      "Wrestlers' protest Live: Vinesh, Sakshi, Bajrang detained as police clear Jantar Mantar\n"
      "Updated: May 28, 2023 18:40 IST\n"
      "6:30 pm: Delhi Police said 700 people had been detained across the city on Sunday, 109 of "
      "them at Jantar Mantar, as wrestlers tried to march to the new Parliament building during "
      "its inauguration.\n"
      "3:15 pm: Police removed the wrestlers' tents and beds from the protest site, where they had "
      "been camped for 35 days.\n"
      "1:50 pm: Sakshi Malik posted on Twitter: \"Our champions are being dragged on the "
      "streets.\" Officials said fewer than 200 supporters had gathered at the site by the time "
      "the march began, and about 2,000 police personnel had been deployed around the new "
      "building.",
      [C("700", 700, "exact", "detained", "people detained in Delhi", "Delhi Police"),
       C("109", 109, "exact", "detained", "people detained at Jantar Mantar", "Delhi Police"),
       C("fewer than 200", 200, "fewer_than", "other", "supporters gathered at the site",
         "Officials"),
       C("about 2,000", 2000, "about", "troops", "police personnel deployed", "Officials",
         cat_alt=["other"])],
      published="2023-05-28"),

    P("d87_039",
      "Saharanpur clashes: One dead, 25 houses torched in Shabbirpur\n"
      "TNN | Updated: May 6, 2017, 10:20 IST\n"
      "10:05 am: Senior superintendent of police Subhash Chandra Dubey said one man was killed "
      "and at least 16 people were injured when clashes broke out between Thakurs and Dalits in "
      "Shabbirpur village during a procession on Friday.\n"
      "08:30 am: Around 25 Dalit houses were set on fire, officials said. Nearly 100 police and "
      "PAC personnel have been posted in the village.\n"
      "07:45 am: Police have arrested 17 people from both communities, the SSP said.",
      [C("One", 1, "exact", "killed", "man killed (headline)"),
       C("25", 25, "exact", "infrastructure", "houses torched (headline)", ctx="25 houses"),
       C("one", 1, "exact", "killed", "man killed in Shabbirpur",
         "Senior superintendent of police Subhash Chandra Dubey", ctx="one man"),
       C("at least 16", 16, "at_least", "injured", "people injured in Shabbirpur",
         "Senior superintendent of police Subhash Chandra Dubey"),
       C("Around 25", 25, "about", "infrastructure", "Dalit houses set on fire", "officials"),
       C("Nearly 100", 100, "about", "troops", "police and PAC personnel posted", "officials",
         attr_alt=[None]),
       C("17", 17, "exact", "detained", "people arrested", "the SSP",
         attr_alt=["Senior superintendent of police Subhash Chandra Dubey"])],
      published="2017-05-06"),

    # --- Only non-claims ------------------------------------------------------------------------
    P("d87_040",
      "Northern California earthquake: live updates\n"
      "Updated 3:05 p.m. ET, December 5, 2024 · 4 min read · 12,408 views\n"
      "2:55 p.m. ET: The US Geological Survey has revised the magnitude of the quake off Cape "
      "Mendocino to 7.0, from an initial 6.6. It struck at 10:44 a.m. local time at a depth of "
      "about 10 kilometres, roughly 70 km southwest of Ferndale.\n"
      "1:40 p.m. ET: The National Tsunami Warning Center has cancelled the tsunami warning it "
      "issued for a 500-mile stretch of coast, about an hour after it was issued.\n"
      "1:05 p.m. ET: Humboldt County's sheriff says there are no reports of injuries or major "
      "damage.\n"
      "12:30 p.m. ET: Shaking lasted for about 30 seconds and was felt as far away as San "
      "Francisco, 270 miles to the south.",
      [],
      published="2024-12-05"),

    # @@END@@
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d87_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT)
