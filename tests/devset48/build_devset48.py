"""Source of the forty-eighth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on transport disasters,
terror attacks and industrial accidents between 1984 and 2026: plane crashes and a near miss,
train collisions and fires, bus crashes, bridge collapses, refinery, fertilizer, gas and rig
explosions, stadium and nightclub disasters, bombings of a market, a train, a marathon and a
rally, a hijacking, and mass shootings. They were written for this set (none copied from an
article) in the styles of wire copy (AP with the old "_" dash, Reuters, AFP, dpa, TASS, Xinhua,
Yonhap, CNA, PTI, SAPA, Lusa, Anadolu), investigation reports and board releases (NTSB, CSB, the
Cullen and Popplewell inquiries, a Virginia review panel, China's State Council), anniversary
pieces, and bulletins of airlines, police forces and a Coast Guard unified command listing
passengers, crew, nationalities, injured, missing and rescuers. Annotated by hand and blind by
the project's gold conventions (``gold/README.md`` of the shared folder) and the decisions
recorded in the READMEs of ``tests/devset2`` to ``tests/devset45`` and ``tests/holdout2``.
Figures follow contemporary reports loosely and some details are invented; the set tests
extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset48/build_devset48.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 48)), "holdout", "holdout2", "holdout3")

NTSB = "the National Transportation Safety Board"
NTSB_CAP = "The National Transportation Safety Board"
ROSAVIATSIA = "Russia's Federal Air Transport Agency (Rosaviatsia)"
EMERCOM = "Russia's Emergencies Ministry"
TPE_FIRE = "the Taipei City Fire Department"
CAA_TW = "the Civil Aeronautics Administration"
AIRBLUE = "an airline spokesman"
PCAA = "Officials of the Civil Aviation Authority"
CULLEN_REPORT = "Lord Cullen's report"
RC_OFFICIAL = "a Red Cross official"
LOCAL_AUTH = "local authorities"
IFRC = "The International Federation of Red Cross and Red Crescent Societies"
SC_REPORT = "an investigation report released by the State Council"
DAEGU_TF = "the city's disaster task force"
VARONE = "Valais cantonal police commander Christian Varone"
RASHKOV = "Interior Minister Boyko Rashkov"
ZAEV = "North Macedonia's Prime Minister Zoran Zaev"
RAMOS = "regional health secretary Pedro Ramos"
CSB = "The U.S. Chemical Safety Board"
SWANTON = "Waco police Sgt. William Patrick Swanton"
UNIFIED = "Deepwater Horizon Unified Command"
VS_POLICE = "Valais Cantonal Police"
GAUTENG = "Gauteng health officials"
MATHEBULA = "health department spokesperson Popo Mathebula"
CARCIERI = "Gov. Donald Carcieri"
GBG_POLICE = "police spokesman Ulf Rydberg"
MUEZZINOGLU = "Turkey's Health Minister Mehmet Müezzinoğlu"
LALU = "Railway Minister Lalu Prasad"
PASQUA = "Interior Minister Charles Pasqua"
VT_REPORT = "The 147-page report"

PASSAGES = [
    # --- Air -------------------------------------------------------------------------------------
    P("d48_001",
      "WASHINGTON (AP) — The captain of a commuter plane that fell onto a house near Buffalo "
      "last February reacted wrongly when a stall warning sounded, pulling back on the control "
      "column instead of pushing it forward, the National Transportation Safety Board concluded "
      "Tuesday. All 49 people aboard Continental Connection Flight 3407, a Bombardier Q400 "
      "operated by Colgan Air, died in the crash in Clarence Center, N.Y., along with a man "
      "inside the house. The board voted 4-1 to adopt the probable cause, and its chairman, "
      "Deborah Hersman, said the crew had been chatting below 10,000 feet in breach of the "
      "sterile cockpit rule. Investigators found that the captain had failed several flight "
      "tests before joining Colgan and that the first officer, 24, had commuted overnight from "
      "Seattle on the day of the crash. Some 40 relatives of the 50 victims sat in the hearing "
      "room as the flight's final seconds were shown on a screen.",
      [C("49", 49, "exact", "killed", "people aboard Flight 3407"),
       C("Some 40", 40, "about", "other", "relatives at the hearing"),
       C("50", 50, "exact", "killed", "victims of Flight 3407")]),

    P("d48_002",
      "Air India bombing victims remembered 25 years on\n"
      "Posted: Jun 23, 2010 5:04 AM ET\n"
      "Families gathered at memorials in Toronto, Vancouver and Ahakista, Ireland, on Wednesday "
      "to mark a quarter century since a bomb hidden in a suitcase brought down Air India "
      "Flight 182 off the Irish coast, killing all 329 people on board. Most of the victims "
      "were Canadians of Indian origin, and 86 of them were children. Only 131 bodies were ever "
      "recovered from the Atlantic. Less than an hour earlier on June 23, 1985, a second bomb "
      "meant for another Air India jet exploded at Tokyo's Narita airport as baggage handlers "
      "moved it, killing two of them. Two men tried in Vancouver for the bombings were "
      "acquitted in 2005, and a public inquiry led by retired Supreme Court justice John Major "
      "this month found \"a cascading series of errors\" by Canadian agencies.",
      [C("329", 329, "exact", "killed", "people on Air India Flight 182"),
       C("86", 86, "exact", "killed", "children among the victims"),
       C("131", 131, "exact", "killed", "bodies recovered"),
       C("two", 2, "exact", "killed", "baggage handlers at Narita", ctx="killing two of them"),
       C("Two", 2, "exact", "detained", "men tried and acquitted", cat_alt=["other"],
         ctx="Two men tried")],
      published="2010-06-23"),

    P("d48_003",
      "SMOLENSK, Russia, April 10, 2010 (Reuters) - Polish President Lech Kaczynski, his wife "
      "and dozens of the country's political and military elite were killed on Saturday when "
      "their Tupolev Tu-154 crashed while trying to land in thick fog at a military airfield in "
      "western Russia. All 96 people on board died, Russia's Emergencies Ministry said, "
      "correcting an earlier toll of 97 given by regional officials. The delegation, which "
      "included the army chief of staff, the central bank governor and 18 members of "
      "parliament, was flying to Katyn for a ceremony marking 70 years since Soviet secret "
      "police massacred some 22,000 Polish officers and other prisoners. Air traffic "
      "controllers had twice advised the crew to divert to Minsk or Moscow, a Russian aviation "
      "official said. Poland's acting president declared a week of national mourning.",
      [C("dozens", 12, "vague", "killed", "Polish political and military elite",
         attr_alt=[EMERCOM]),
       C("96", 96, "exact", "killed", "people on board the Tu-154", EMERCOM),
       C("97", 97, "exact", "killed", "earlier toll", "regional officials",
         attr_alt=[EMERCOM]),
       C("18", 18, "exact", "other", "members of parliament in the delegation",
         cat_alt=["killed"], attr_alt=[EMERCOM]),
       C("some 22,000", 22000, "about", "killed", "Polish officers and prisoners at Katyn")],
      published="2010-04-10"),

    P("d48_004",
      "Air Algérie — Communiqué No. 3\n"
      "Algiers, 25 July 2014\n"
      "Air Algérie announces with deep sorrow that the wreckage of flight AH5017, operated on "
      "its behalf by the Spanish company Swiftair with a McDonnell Douglas MD-83, has been "
      "located in the Gossi region of Mali. The aircraft, which left Ouagadougou for Algiers at "
      "01:17 GMT on 24 July, was carrying 110 passengers and a crew of six, all of them Spanish "
      "nationals employed by Swiftair. According to the passenger manifest, the passengers "
      "included 54 French nationals, 23 Burkinabè, eight Lebanese, six Algerians, five "
      "Canadians, four Germans and two Luxembourgers, as well as one passenger each from "
      "Switzerland, Belgium, Egypt, Ukraine, Nigeria, Cameroon and Mali. A crisis cell has been "
      "opened at Houari Boumediene airport for the families.",
      [C("110", 110, "exact", "other", "passengers on AH5017", cat_alt=["killed"],
         attr_alt=["Air Algérie"]),
       C("six", 6, "exact", "other", "Spanish crew", cat_alt=["killed"],
         attr_alt=["Air Algérie"], ctx="a crew of six"),
       C("54", 54, "exact", "other", "French passengers", "the passenger manifest",
         cat_alt=["killed"], attr_alt=["Air Algérie"]),
       C("23", 23, "exact", "other", "Burkinabè passengers", "the passenger manifest",
         cat_alt=["killed"], attr_alt=["Air Algérie"]),
       C("eight", 8, "exact", "other", "Lebanese passengers", "the passenger manifest",
         cat_alt=["killed"], attr_alt=["Air Algérie"]),
       C("six", 6, "exact", "other", "Algerian passengers", "the passenger manifest",
         cat_alt=["killed"], attr_alt=["Air Algérie"], ctx="six Algerians"),
       C("five", 5, "exact", "other", "Canadian passengers", "the passenger manifest",
         cat_alt=["killed"], attr_alt=["Air Algérie"]),
       C("four", 4, "exact", "other", "German passengers", "the passenger manifest",
         cat_alt=["killed"], attr_alt=["Air Algérie"]),
       C("two", 2, "exact", "other", "Luxembourg passengers", "the passenger manifest",
         cat_alt=["killed"], attr_alt=["Air Algérie"]),
       C("one", 1, "exact", "other", "one passenger each from seven countries",
         "the passenger manifest", optional=True, ctx="one passenger each")],
      published="2014-07-25"),

    P("d48_005",
      "MORONI, Comoros (AFP) - A 12-year-old girl was the only known survivor on Tuesday after "
      "a Yemenia Airbus A310 carrying 153 people crashed into the Indian Ocean as it tried to "
      "land in strong winds off the Comoros. Bahia Bakari was found clinging to wreckage after "
      "more than 13 hours in the water and was taken to hospital in Moroni with a broken "
      "collarbone and burns. Yemenia said the jet had 142 passengers on board, three of them "
      "babies, and 11 crew. About 66 of the passengers were French citizens, most of Comorian "
      "origin, who had flown from Paris or Marseille to Sanaa on an earlier leg. Rescuers had "
      "recovered five bodies by nightfall, a Comoran official said, and France sent two "
      "military aircraft and a frigate from Mayotte and Reunion to join the search. French "
      "inspectors had found \"a number of faults\" on the same plane in 2007.",
      [C("153", 153, "exact", "other", "people on the Yemenia A310"),
       C("142", 142, "exact", "other", "passengers", "Yemenia"),
       C("three", 3, "exact", "other", "babies on board", "Yemenia"),
       C("11", 11, "exact", "other", "crew", "Yemenia"),
       C("About 66", 66, "about", "other", "French passengers", "Yemenia", attr_alt=[None]),
       C("five", 5, "exact", "killed", "bodies recovered", "a Comoran official"),
       C("two", 2, "exact", "other", "French military aircraft in the search",
         cat_alt=["munitions"], optional=True, attr_alt=["a Comoran official"])]),

    P("d48_006",
      "MOSCOW, October 31. /TASS/. There were 217 passengers, among them 25 children, and seven "
      "crew members aboard the Kogalymavia Airbus A321 that crashed in central Sinai on "
      "Saturday, Russia's Federal Air Transport Agency (Rosaviatsia) said. Egyptian Prime "
      "Minister Sherif Ismail, who flew to the site, said there were no survivors. The bodies "
      "of 129 victims had been recovered by evening, a source in the Egyptian cabinet told "
      "TASS. Russia's Emergencies Ministry said it was sending three aircraft with more than "
      "100 rescuers and psychologists to Egypt. Flight 7K9268 from Sharm el-Sheikh to St. "
      "Petersburg vanished from radar 23 minutes after take-off at an altitude of about 9,400 "
      "metres. Ukraine's Foreign Ministry said four Ukrainian citizens were on the passenger "
      "list.",
      [C("217", 217, "exact", "other", "passengers", ROSAVIATSIA, cat_alt=["killed"]),
       C("25", 25, "exact", "other", "children among the passengers", ROSAVIATSIA,
         cat_alt=["killed"]),
       C("seven", 7, "exact", "other", "crew members", ROSAVIATSIA, cat_alt=["killed"]),
       C("129", 129, "exact", "killed", "bodies recovered", "a source in the Egyptian cabinet"),
       C("three", 3, "exact", "other", "Russian aircraft sent to Egypt", EMERCOM,
         cat_alt=["munitions"], optional=True),
       C("more than 100", 100, "more_than", "troops", "Russian rescuers and psychologists",
         EMERCOM, cat_alt=["other"]),
       C("four", 4, "exact", "other", "Ukrainians on the passenger list",
         "Ukraine's Foreign Ministry", cat_alt=["killed"])]),

    P("d48_007",
      "NTSB News Release\n"
      "June 24, 2014\n"
      "WASHINGTON — The National Transportation Safety Board today determined that the flight "
      "crew's mismanagement of the descent during a visual approach, and their reliance on "
      "automated systems they did not fully understand, caused the crash of Asiana Airlines "
      "Flight 214 at San Francisco International Airport on July 6, 2013. The Boeing 777-200ER "
      "struck a seawall short of runway 28L with 291 passengers and 16 crew members on board. "
      "Three passengers were fatally injured and 187 occupants were injured, 49 of them "
      "seriously. Of the passengers, 141 were Chinese citizens, 77 were South Korean and 64 "
      "were American. One of the passengers who died, a 16-year-old girl who had been ejected "
      "onto the runway, was struck by two airport rescue vehicles.",
      [C("291", 291, "exact", "other", "passengers on Asiana 214", attr_alt=[NTSB_CAP]),
       C("16", 16, "exact", "other", "crew members", attr_alt=[NTSB_CAP],
         ctx="16 crew members"),
       C("Three", 3, "exact", "killed", "passengers", attr_alt=[NTSB_CAP]),
       C("187", 187, "exact", "injured", "occupants injured", attr_alt=[NTSB_CAP]),
       C("49", 49, "exact", "injured", "seriously injured", attr_alt=[NTSB_CAP]),
       C("141", 141, "exact", "other", "Chinese passengers", attr_alt=[NTSB_CAP]),
       C("77", 77, "exact", "other", "South Korean passengers", attr_alt=[NTSB_CAP]),
       C("64", 64, "exact", "other", "American passengers", attr_alt=[NTSB_CAP]),
       C("two", 2, "exact", "other", "airport rescue vehicles", optional=True,
         attr_alt=[NTSB_CAP])],
      published="2014-06-24"),

    P("d48_008",
      "Taipei, Feb. 5 (CNA) The death toll from the crash of TransAsia Airways Flight GE235 "
      "into the Keelung River rose to 35 on Thursday, with eight people still missing, the "
      "Taipei City Fire Department said. Fifteen people were pulled alive from the ATR 72-600 "
      "after it clipped an elevated expressway and plunged into the river shortly after taking "
      "off from Songshan Airport on Wednesday. The flight was carrying 53 passengers and five "
      "crew, and 31 of the passengers were members of two tour groups from Xiamen, the Civil "
      "Aeronautics Administration said. About 580 rescuers, including military divers, were "
      "searching the murky river on Thursday, fire officials said. A taxi driver and his "
      "passenger were hurt when the plane's left wing struck their car on the expressway.",
      [C("35", 35, "exact", "killed", "people in the GE235 crash", TPE_FIRE),
       C("eight", 8, "exact", "missing", "people", TPE_FIRE),
       C("Fifteen", 15, "exact", "other", "people pulled alive", TPE_FIRE, attr_alt=[None]),
       C("53", 53, "exact", "other", "passengers", CAA_TW),
       C("five", 5, "exact", "other", "crew", CAA_TW),
       C("31", 31, "exact", "other", "Chinese tour group members", CAA_TW),
       C("two", 2, "exact", "other", "tour groups", CAA_TW, optional=True),
       C("About 580", 580, "about", "troops", "rescuers", "fire officials", cat_alt=["other"],
         attr_alt=[TPE_FIRE])]),

    P("d48_009",
      "Published July 29, 2010 01:20am\n"
      "ISLAMABAD, July 28: All 152 people on board an Airblue passenger plane were killed when "
      "it crashed into the Margalla Hills in heavy rain on Wednesday morning, minutes before it "
      "was due to land at Benazir Bhutto International Airport. The Airbus A321, flight ED202 "
      "from Karachi, was carrying 146 passengers and six crew members, an airline spokesman "
      "said. Officials of the Civil Aviation Authority said two of the passengers were "
      "American citizens. Around 500 rescue workers, army troops and volunteers combed the "
      "wooded slopes, and by evening 115 bodies had been carried down to the Pakistan Institute "
      "of Medical Sciences, where only 40 had been identified. The government announced a day "
      "of national mourning for Thursday.",
      [C("152", 152, "exact", "killed", "people on board the Airblue plane",
         attr_alt=[AIRBLUE]),
       C("146", 146, "exact", "other", "passengers", AIRBLUE, cat_alt=["killed"]),
       C("six", 6, "exact", "other", "crew members", AIRBLUE, cat_alt=["killed"]),
       C("two", 2, "exact", "other", "American passengers", PCAA, cat_alt=["killed"]),
       C("Around 500", 500, "about", "troops", "rescue workers, troops and volunteers",
         cat_alt=["other"]),
       C("115", 115, "exact", "killed", "bodies carried down"),
       C("40", 40, "exact", "killed", "bodies identified", cat_alt=["other"], optional=True)],
      published="2010-07-29"),

    # --- Only non-claims -------------------------------------------------------------------------
    P("d48_010",
      "NTSB: Air Canada crew mistook taxiway for runway in San Francisco near-miss\n"
      "Sept 25 -- The pilots of an Air Canada Airbus A320 that nearly landed on a crowded "
      "taxiway at San Francisco International Airport in July 2017 lined up with the taxiway "
      "after mistaking its lights for those of runway 28R, the National Transportation Safety "
      "Board said on Tuesday. The jet, flight 759 from Toronto, descended to about 60 feet "
      "above the ground before the crew began a go-around, passing over several airliners that "
      "were waiting to take off. The flight arrived shortly before midnight, when the captain "
      "had been awake for more than 19 hours, and one of the airport's parallel runways had "
      "been closed for maintenance. The captain had more than 20,000 flight hours. No one was "
      "hurt.",
      []),

    # --- Rail ------------------------------------------------------------------------------------
    P("d48_011",
      "Ladbroke Grove report damns Railtrack\n"
      "Tue 19 Jun 2001 12.47 BST\n"
      "Lord Cullen's report into the Ladbroke Grove rail crash, published today, says "
      "Railtrack's handling of eight previous incidents in which drivers had passed signal "
      "SN109 at danger was \"lamentable\". The collision outside Paddington on 5 October 1999, "
      "when a Thames Trains turbo driven by Michael Hodder, 31, ran through the red signal and "
      "met a First Great Western express head-on at a combined speed of about 130mph, killed "
      "31 people, including both drivers, and injured more than 400. Of the injured, 227 were "
      "taken to hospital, many of them with burns from the fireball that engulfed coach H. The "
      "report makes 88 recommendations and criticises \"a culture of complacency\" at "
      "Railtrack.",
      [C("eight", 8, "exact", "other", "earlier signals passed at danger at SN109",
         CULLEN_REPORT),
       C("31", 31, "exact", "killed", "people at Ladbroke Grove", ctx="killed 31 people"),
       C("more than 400", 400, "more_than", "injured", "people at Ladbroke Grove"),
       C("227", 227, "exact", "injured", "injured taken to hospital"),
       C("88", 88, "exact", "other", "recommendations", "The report", optional=True,
         attr_alt=[CULLEN_REPORT])],
      published="2001-06-19"),

    P("d48_012",
      "Metrolink engineer was texting before deadly crash, NTSB finds\n"
      "January 21, 2010\n"
      "The engineer of a Metrolink commuter train that ran a red signal and collided head-on "
      "with a Union Pacific freight train in Chatsworth in 2008 sent and received dozens of "
      "text messages while on duty that day, the last of them 22 seconds before the crash, "
      "federal investigators said Thursday. The Sept. 12 collision killed 25 people, including "
      "engineer Robert Sanchez, and injured more than 100, many of them critically. About 225 "
      "passengers were on the train, which was carrying commuters from Union Station toward "
      "Moorpark at about 40 mph. A federal law passed weeks after the crash requires railroads "
      "to install positive train control on about 60,000 miles of track.",
      [C("dozens", 12, "vague", "other", "text messages", "federal investigators",
         optional=True),
       C("25", 25, "exact", "killed", "people in the Chatsworth collision"),
       C("more than 100", 100, "more_than", "injured", "people in the Chatsworth collision"),
       C("About 225", 225, "about", "other", "passengers on the Metrolink train")],
      published="2010-01-21"),

    P("d48_013",
      "PYONGYANG, April 24 (Xinhua) -- The explosion at Ryongchon railway station in North "
      "Korea's North Phyongan Province on Thursday killed 161 people, including 76 pupils of a "
      "nearby primary school, and injured about 1,300, a Red Cross official said Saturday, "
      "citing local authorities. The blast destroyed or damaged 1,850 homes in the town of "
      "about 27,000 people, leaving some 8,000 residents homeless, the official said. The "
      "International Federation of Red Cross and Red Crescent Societies said it was sending "
      "10,000 blankets, cooking sets and water purification tablets for 3,500 families from "
      "its stocks in Sinuiju. The World Food Programme said it would distribute 500 tonnes of "
      "food to the victims. The official KCNA news agency blamed \"carelessness\" while wagons "
      "carrying ammonium nitrate were being shunted.",
      [C("161", 161, "exact", "killed", "people in Ryongchon", LOCAL_AUTH,
         attr_alt=[RC_OFFICIAL]),
       C("76", 76, "exact", "killed", "primary school pupils", LOCAL_AUTH,
         attr_alt=[RC_OFFICIAL]),
       C("about 1,300", 1300, "about", "injured", "people in Ryongchon", LOCAL_AUTH,
         attr_alt=[RC_OFFICIAL]),
       C("1,850", 1850, "exact", "infrastructure", "homes destroyed or damaged",
         "the official", attr_alt=[RC_OFFICIAL]),
       C("about 27,000", 27000, "about", "population", "people in Ryongchon",
         attr_alt=["the official", RC_OFFICIAL]),
       C("some 8,000", 8000, "about", "displaced", "residents left homeless", "the official",
         attr_alt=[RC_OFFICIAL]),
       C("10,000", 10000, "exact", "aid", "blankets", IFRC),
       C("3,500", 3500, "exact", "other", "families to receive supplies", IFRC,
         cat_alt=["aid"]),
       C("500", 500, "exact", "aid", "tonnes of food", "The World Food Programme")]),

    P("d48_014",
      "BEIJING, Dec. 28 (Xinhua) -- Design flaws in signalling equipment and sloppy management "
      "caused the high-speed train collision near Wenzhou in July that killed 40 people and "
      "injured 172, according to an investigation report released by the State Council on "
      "Wednesday. The report said 54 officials, among them former railways minister Liu "
      "Zhijun, bore responsibility and would face punishment. Bullet train D301 rammed into the "
      "stalled D3115 on a viaduct in Zhejiang Province on the evening of July 23 after a "
      "lightning strike knocked out a signal system that should have turned red. Four carriages "
      "fell from the viaduct, and rescuers were criticised for burying the wreckage within a "
      "day. The report put the direct economic loss at 193.7 million yuan.",
      [C("40", 40, "exact", "killed", "people in the Wenzhou collision", SC_REPORT,
         attr_alt=["the State Council"]),
       C("172", 172, "exact", "injured", "people in the Wenzhou collision", SC_REPORT,
         attr_alt=["the State Council"]),
       C("54", 54, "exact", "other", "officials held responsible", "The report",
         cat_alt=["detained"], attr_alt=[SC_REPORT]),
       C("Four", 4, "exact", "other", "carriages that fell", optional=True)]),

    P("d48_015",
      "BAD AIBLING, Germany, Feb 9 (dpa) - Two commuter trains collided head-on on a "
      "single-track line in Bavaria on Tuesday morning, killing at least 10 people and injuring "
      "more than 80, 17 of them seriously, police said. Fewer than 200 passengers were on "
      "board, far below the usual number on a weekday, because schools in the state were on "
      "their carnival break, the operator Meridian said. The trains met on a bend at a combined "
      "speed of about 200 kilometres an hour, and neither driver could have seen the other in "
      "time. More than 700 rescue workers, including teams flown in by 15 helicopters, were "
      "deployed, the Bavarian interior ministry said. Some of the injured had to be winched "
      "across the Mangfall river because the line runs between the water and a wooded slope.",
      [C("at least 10", 10, "at_least", "killed", "people", "police"),
       C("more than 80", 80, "more_than", "injured", "people", "police"),
       C("17", 17, "exact", "injured", "seriously injured", "police"),
       C("Fewer than 200", 200, "fewer_than", "other", "passengers on board",
         "the operator Meridian"),
       C("More than 700", 700, "more_than", "troops", "rescue workers",
         "the Bavarian interior ministry", cat_alt=["other"]),
       C("15", 15, "exact", "other", "helicopters", "the Bavarian interior ministry",
         optional=True)]),

    P("d48_016",
      "DAEGU, Feb. 19 (Yonhap) -- The number of people confirmed dead in Tuesday's arson fire "
      "at Jungangno subway station in Daegu rose to 133 on Wednesday, while 298 others remained "
      "unaccounted for, the city's disaster task force said. Another 146 people were being "
      "treated in hospitals, most for smoke inhalation. Police arrested a 56-year-old man on "
      "charges of setting fire to a carton of flammable liquid aboard a train, and detained "
      "two subway employees, including the driver of a second train that pulled into the "
      "burning station and whose doors stayed shut after he fled with the master key. Relatives "
      "crowded the station's exits, holding up photographs of the missing.",
      [C("133", 133, "exact", "killed", "people in the Daegu subway fire", DAEGU_TF),
       C("298", 298, "exact", "missing", "people unaccounted for", DAEGU_TF),
       C("146", 146, "exact", "injured", "people treated in hospitals", DAEGU_TF,
         attr_alt=[None]),
       C("two", 2, "exact", "detained", "subway employees", attr_alt=["Police"])]),

    # --- Road ------------------------------------------------------------------------------------
    P("d48_017",
      "SION, Switzerland, March 14, 2012 (AFP) - Twenty-two children and six adults were "
      "killed when a Belgian coach carrying pupils home from a skiing holiday slammed into the "
      "wall of a motorway tunnel in southern Switzerland, police said on Wednesday. The coach, "
      "with 52 people on board, was returning to Lommel and Heverlee from Val d'Anniviers, and "
      "most of the children were aged 11 and 12. Twenty-four children were injured, three of "
      "them seriously, Valais cantonal police commander Christian Varone told a news "
      "conference. Both drivers were among the dead. About 200 rescuers, 12 ambulances and "
      "eight helicopters were deployed to the tunnel near Sierre overnight.",
      [C("Twenty-two", 22, "exact", "killed", "children", "police"),
       C("six", 6, "exact", "killed", "adults", "police"),
       C("52", 52, "exact", "other", "people on board the coach", "police", attr_alt=[None]),
       C("Twenty-four", 24, "exact", "injured", "children", VARONE),
       C("three", 3, "exact", "injured", "seriously injured children", VARONE),
       C("About 200", 200, "about", "troops", "rescuers", cat_alt=["other"],
         attr_alt=[VARONE]),
       C("12", 12, "exact", "other", "ambulances", optional=True, ctx="12 ambulances"),
       C("eight", 8, "exact", "other", "helicopters", optional=True)],
      published="2012-03-14"),

    P("d48_018",
      "SOFIA, Nov 23 (Reuters) - At least 45 people, including 12 children, were killed when a "
      "bus carrying tourists from North Macedonia crashed and caught fire on a motorway in "
      "western Bulgaria early on Tuesday, officials said. Seven passengers escaped by breaking "
      "windows and jumping out, and were taken to a hospital in Sofia with burns, Interior "
      "Minister Boyko Rashkov said. The bus was returning to Skopje from a weekend trip to "
      "Istanbul when it hit a crash barrier near the village of Bosnek, 35 km from the capital. "
      "North Macedonia's Prime Minister Zoran Zaev, who travelled to the site, said 52 people "
      "had been on board. \"It is a huge tragedy,\" Bulgaria's caretaker Prime Minister Stefan "
      "Yanev told reporters.",
      [C("At least 45", 45, "at_least", "killed", "people in the bus fire", "officials"),
       C("12", 12, "exact", "killed", "children", "officials"),
       C("Seven", 7, "exact", "injured", "passengers who escaped with burns", RASHKOV,
         cat_alt=["other"]),
       C("52", 52, "exact", "other", "people on board", ZAEV)]),

    P("d48_019",
      "FUNCHAL, Madeira, April 18, 2019 (Lusa) - Twenty-nine people, all of them German "
      "tourists, were killed on Wednesday evening when a tour bus left the road and rolled down "
      "a slope onto a house in Caniço, in the east of Madeira, regional authorities said. The "
      "victims were 11 men and 18 women, regional health secretary Pedro Ramos told reporters. "
      "\"Twenty-eight people were injured, among them the Portuguese driver and guide, and 22 "
      "of them are still in hospital,\" Ramos said. The bus, carrying 55 people, had just left "
      "a hotel on its way to a folk evening, according to the company that operated it. The "
      "regional government declared three days of mourning.",
      [C("Twenty-nine", 29, "exact", "killed", "German tourists", "regional authorities"),
       C("11", 11, "exact", "killed", "men", RAMOS),
       C("18", 18, "exact", "killed", "women", RAMOS, ctx="18 women"),
       C("Twenty-eight", 28, "exact", "injured", "people", "Ramos", attr_alt=[RAMOS]),
       C("22", 22, "exact", "injured", "people still in hospital", "Ramos",
         attr_alt=[RAMOS]),
       C("55", 55, "exact", "other", "people on the bus", "the company that operated it")],
      published="2019-04-18"),

    # --- Bridges ---------------------------------------------------------------------------------
    P("d48_020",
      "NTSB: Design error doomed I-35W bridge\n"
      "November 14, 2008\n"
      "WASHINGTON — Gusset plates that were half as thick as they should have been, combined "
      "with nearly 300 tons of sand, gravel and equipment parked on the deck for repaving, "
      "caused the collapse of the Interstate 35W bridge in Minneapolis, the National "
      "Transportation Safety Board said Thursday. The Aug. 1, 2007, collapse sent rush-hour "
      "traffic plunging into the Mississippi River, killing 13 people and injuring 145. There "
      "were 111 vehicles on the bridge when it fell, the board said, among them a school bus "
      "carrying more than 50 children, all of whom survived. \"Clearly there was a design "
      "error,\" said board chairman Mark Rosenker.",
      [C("nearly 300", 300, "about", "other", "tons of material on the deck", NTSB,
         optional=True),
       C("13", 13, "exact", "killed", "people in the I-35W collapse"),
       C("145", 145, "exact", "injured", "people in the I-35W collapse"),
       C("111", 111, "exact", "other", "vehicles on the bridge", "the board", optional=True,
         attr_alt=[NTSB]),
       C("more than 50", 50, "more_than", "other", "children on the school bus", "the board",
         attr_alt=[NTSB])],
      published="2008-11-14"),

    P("d48_021",
      "Twenty years on, Entre-os-Rios families still wait for answers\n"
      "4 March 2021, 07:30\n"
      "Twenty years ago tonight, a pillar of the Hintze Ribeiro bridge over the Douro gave way, "
      "sending a bus and three cars into the swollen river at Entre-os-Rios. All 59 people in "
      "the vehicles died: 53 on the bus, which was bringing a group home from a day out to see "
      "the almond blossom, and six in the cars. Only 23 bodies were ever recovered, some of "
      "them on beaches in Galicia; the other 36 were never found, despite a search by navy "
      "divers that lasted months. Public works minister Jorge Coelho resigned the same night. "
      "A trial of six engineers and officials over the dredging of sand around the pillar "
      "ended in 2006 with all of them acquitted.",
      [C("three", 3, "exact", "other", "cars that fell", optional=True),
       C("59", 59, "exact", "killed", "people in the vehicles"),
       C("53", 53, "exact", "killed", "people on the bus"),
       C("six", 6, "exact", "killed", "people in the cars", ctx="six in the cars"),
       C("23", 23, "exact", "killed", "bodies recovered"),
       C("36", 36, "exact", "killed", "bodies never found", cat_alt=["missing"]),
       C("six", 6, "exact", "detained", "engineers and officials tried", cat_alt=["other"],
         ctx="six engineers")],
      published="2021-03-04"),

    P("d48_022",
      "Vadodara, Jul 11 (PTI) The death toll in the Gambhira bridge collapse in Gujarat's "
      "Vadodara district rose to 18 on Friday after rescuers pulled two more bodies from the "
      "Mahisagar river, while two people are still missing, officials said. A span of the "
      "four-decade-old bridge caved in on Wednesday morning, sending at least five vehicles, "
      "including two trucks and a tanker, into the river. About 60 personnel of the NDRF, SDRF "
      "and the fire brigade are working at the site with boats and cranes, Vadodara Collector "
      "Anil Dhameliya said. \"Five people were rescued alive on the first day and are being "
      "treated in hospital,\" he said. The state government has suspended four engineers of "
      "the roads and buildings department.",
      [C("18", 18, "exact", "killed", "people in the Gambhira bridge collapse", "officials"),
       C("two", 2, "exact", "killed", "bodies pulled from the river", "officials",
         ctx="two more bodies"),
       C("two", 2, "exact", "missing", "people", "officials", ctx="two people are still"),
       C("at least five", 5, "at_least", "other", "vehicles that fell", optional=True),
       C("two", 2, "exact", "other", "trucks", optional=True, ctx="two trucks"),
       C("About 60", 60, "about", "troops", "NDRF, SDRF and fire brigade personnel",
         "Vadodara Collector Anil Dhameliya", cat_alt=["other"]),
       C("Five", 5, "exact", "other", "people rescued alive", "Vadodara Collector Anil "
         "Dhameliya", attr_alt=["he"]),
       C("four", 4, "exact", "other", "engineers suspended", cat_alt=["detained"],
         optional=True, ctx="four engineers")]),

    # --- Industrial ------------------------------------------------------------------------------
    P("d48_023",
      "CSB Issues Final Report on BP Texas City Refinery Explosion\n"
      "March 20, 2007\n"
      "Houston, TX — The U.S. Chemical Safety Board today released its final report on the "
      "March 23, 2005, explosion at the BP Texas City refinery, which killed 15 workers and "
      "injured 180 others, finding organizational and safety deficiencies at all levels of the "
      "company. The explosion occurred when a distillation tower in the isomerization unit was "
      "overfilled during startup and a geyser of hydrocarbons erupted from a 113-foot-tall "
      "blowdown stack. All 15 workers who died were contractors working in or near temporary "
      "trailers placed as close as 121 feet from the stack. About 43,000 people in the "
      "surrounding community were ordered to remain indoors. BP had cut fixed costs at the "
      "refinery by 25 percent between 1998 and 2000, the report says.",
      [C("15", 15, "exact", "killed", "workers", attr_alt=[CSB], ctx="killed 15 workers"),
       C("180", 180, "exact", "injured", "workers and others", attr_alt=[CSB]),
       C("15", 15, "exact", "killed", "contractors who died", optional=True,
         attr_alt=[CSB], ctx="All 15 workers who died"),
       C("About 43,000", 43000, "about", "other", "people ordered to remain indoors",
         cat_alt=["population", "displaced"], attr_alt=[CSB])],
      published="2007-03-20"),

    P("d48_024",
      "WEST, Texas (AP) — Rescuers have pulled 14 bodies from the ruins around a fertilizer "
      "plant that blew up in this farming town of 2,800 people, authorities said Friday, and "
      "at least 10 of the dead were volunteer firefighters and emergency workers who had "
      "rushed to a fire at the plant before the blast. More than 200 people were hurt. Waco "
      "police Sgt. William Patrick Swanton said search teams going door to door had found "
      "about 150 buildings damaged, among them some 50 homes that were flattened. Hundreds of "
      "residents evacuated from the northern half of town spent a second night with relatives "
      "or in church shelters. The plant had reported storing up to 270 tons of ammonium "
      "nitrate.",
      [C("14", 14, "exact", "killed", "bodies recovered", "authorities"),
       C("2,800", 2800, "exact", "population", "people in West, Texas",
         attr_alt=["authorities"]),
       C("at least 10", 10, "at_least", "killed", "firefighters and emergency workers",
         "authorities", attr_alt=[None]),
       C("More than 200", 200, "more_than", "injured", "people", "authorities",
         attr_alt=[None]),
       C("about 150", 150, "about", "infrastructure", "buildings damaged", SWANTON),
       C("some 50", 50, "about", "infrastructure", "homes flattened", SWANTON),
       C("Hundreds", 100, "vague", "displaced", "residents evacuated", attr_alt=[SWANTON]),
       C("up to 270", 270, "at_most", "other", "tons of ammonium nitrate stored",
         "The plant", optional=True, attr_alt=[None])]),

    P("d48_025",
      "Piper Alpha: Vigil marks 30 years since North Sea disaster\n"
      "6 July 2018\n"
      "Families and survivors of the Piper Alpha disaster have gathered in Aberdeen to mark "
      "three decades since the platform was destroyed by a series of explosions and fires. Of "
      "the 226 men on board that night, 165 died, along with two crew of the rescue vessel "
      "Sandhaven, bringing the toll to 167. Only 61 men survived, many by jumping into the sea "
      "from the helideck or the pipe deck. The bodies of 30 of the men were never recovered. "
      "Lord Cullen's inquiry made 106 recommendations, all of which the industry accepted. "
      "\"Not a day goes by when I don't think about the lads,\" said survivor Steve Rae, who "
      "was 27 at the time.",
      [C("226", 226, "exact", "other", "men on board Piper Alpha"),
       C("165", 165, "exact", "killed", "men on the platform"),
       C("two", 2, "exact", "killed", "crew of the Sandhaven"),
       C("167", 167, "exact", "killed", "total dead"),
       C("61", 61, "exact", "other", "survivors"),
       C("30", 30, "exact", "killed", "bodies never recovered", cat_alt=["missing"],
         ctx="30 of the men"),
       C("106", 106, "exact", "other", "recommendations", "Lord Cullen's inquiry",
         optional=True)],
      published="2018-07-06"),

    P("d48_026",
      "Deepwater Horizon Unified Command — Update 2\n"
      "April 21, 2010 7:45 p.m.\n"
      "NEW ORLEANS — The Coast Guard continues to search for 11 missing crew members of the "
      "mobile offshore drilling unit Deepwater Horizon, which remains on fire about 42 miles "
      "southeast of Venice, La., after an explosion at about 10 p.m. Tuesday. There were 126 "
      "people on board; 115 have been accounted for, 17 of them injured, three critically. The "
      "injured were flown to hospitals by helicopter, and the other survivors were taken to "
      "Port Fourchon aboard the supply vessel Damon B. Bankston. Four cutters, two helicopters "
      "and an HC-144 aircraft are searching. Transocean, which owns the rig, said nine of the "
      "missing were its employees and two worked for contractors.",
      [C("11", 11, "exact", "missing", "crew members", attr_alt=[UNIFIED]),
       C("126", 126, "exact", "other", "people on board", attr_alt=[UNIFIED]),
       C("115", 115, "exact", "other", "people accounted for", cat_alt=["displaced"],
         attr_alt=[UNIFIED]),
       C("17", 17, "exact", "injured", "people injured", attr_alt=[UNIFIED]),
       C("three", 3, "exact", "injured", "critically injured", attr_alt=[UNIFIED]),
       C("Four", 4, "exact", "other", "cutters", optional=True),
       C("two", 2, "exact", "other", "helicopters", optional=True, ctx="two helicopters"),
       C("nine", 9, "exact", "missing", "Transocean employees", "Transocean"),
       C("two", 2, "exact", "missing", "contractors' workers", "Transocean",
         ctx="two worked")],
      published="2010-04-21"),

    P("d48_027",
      "SAN JUAN IXHUATEPEC, Mexico (AP) _ Rescue workers dug through smoking rubble Tuesday in "
      "this hillside slum on Mexico City's northern edge, where explosions at a state oil "
      "company gas plant killed at least 334 people and injured more than 4,000, the Mexican "
      "Red Cross said. Estimates of the dead given by other relief officials ranged from 400 to "
      "500, and hundreds of people were listed as missing. The blasts at the Pemex storage "
      "plant, which began at 5:40 a.m. Monday and went on for more than an hour, destroyed some "
      "200 homes in the neighborhood of about 40,000 people. About 60,000 residents fled or "
      "were evacuated, and some 1,000 soldiers sealed off the area, officials said.",
      [C("at least 334", 334, "at_least", "killed", "people in San Juan Ixhuatepec",
         "the Mexican Red Cross"),
       C("more than 4,000", 4000, "more_than", "injured", "people", "the Mexican Red Cross"),
       C("400 to 500", 400, "range", "killed", "dead estimated", "other relief officials",
         high=500),
       C("hundreds", 100, "vague", "missing", "people listed as missing",
         "other relief officials", attr_alt=[None]),
       C("some 200", 200, "about", "infrastructure", "homes destroyed"),
       C("about 40,000", 40000, "about", "population", "people in the neighborhood"),
       C("About 60,000", 60000, "about", "displaced", "residents who fled", "officials"),
       C("some 1,000", 1000, "about", "troops", "soldiers", "officials")]),

    # --- Stadiums --------------------------------------------------------------------------------
    P("d48_028",
      "Heysel, 40 years on: Juventus remembers its 39\n"
      "Published: 29/05/2025 10:15\n"
      "Juventus on Thursday remembered the 39 people who died at the Heysel Stadium in Brussels "
      "before the 1985 European Cup final against Liverpool, when a wall collapsed as fans "
      "fled a charge by Liverpool supporters. Thirty-two of the dead were Italians, four were "
      "Belgians, two were French and one came from Northern Ireland; the youngest, Andrea "
      "Casula, was 11. More than 600 people were injured. In 1989 a Belgian court convicted 14 "
      "Liverpool fans of involuntary manslaughter, and English clubs were banned from European "
      "competition for five years. The final itself went ahead, and Juventus won 1-0.",
      [C("39", 39, "exact", "killed", "dead at Heysel", ctx="its 39"),
       C("39", 39, "exact", "killed", "people who died at Heysel", ctx="the 39 people"),
       C("Thirty-two", 32, "exact", "killed", "Italians"),
       C("four", 4, "exact", "killed", "Belgians"),
       C("two", 2, "exact", "killed", "French"),
       C("one", 1, "exact", "killed", "from Northern Ireland", ctx="one came from"),
       C("More than 600", 600, "more_than", "injured", "people"),
       C("14", 14, "exact", "detained", "Liverpool fans convicted", cat_alt=["other"])],
      published="2025-05-29"),

    P("d48_029",
      "LONDON, July 24 — A discarded match or cigarette probably set fire to rubbish that had "
      "built up for years beneath the wooden main stand at Valley Parade, Mr Justice "
      "Popplewell says in his interim report on the Bradford City fire, published today. "
      "Fifty-six spectators died and more than 250 were injured when flames swept through the "
      "stand in under four minutes on May 11, during the club's last match of the season. The "
      "report finds that 11,076 spectators were in the ground and that exit gates at the back "
      "of the stand were locked. It also covers the riot at St Andrew's in Birmingham on the "
      "same day, in which a 15-year-old boy was killed when a wall collapsed. It recommends "
      "that no new stands be built of wood.",
      [C("Fifty-six", 56, "exact", "killed", "spectators at Valley Parade"),
       C("more than 250", 250, "more_than", "injured", "spectators at Valley Parade"),
       C("11,076", 11076, "exact", "other", "spectators in the ground", "The report")]),

    P("d48_030",
      "JOHANNESBURG, April 12 (SAPA) — The death toll from Wednesday night's crush at Ellis "
      "Park stadium rose to 43 on Thursday, Gauteng health officials said. \"Of the 158 people "
      "who were injured, 24 remain in hospital and four of them are in intensive care,\" "
      "health department spokesperson Popo Mathebula said. Police estimated that as many as "
      "120,000 fans had tried to get into the stadium, which holds 60,000, for the Soweto "
      "derby between Kaizer Chiefs and Orlando Pirates. Safety and Security Minister Steve "
      "Tshwete said a commission of inquiry would look at how security staff had handled the "
      "crowd and why some fans had been allowed in after the gates were closed.",
      [C("43", 43, "exact", "killed", "people in the Ellis Park crush", GAUTENG),
       C("158", 158, "exact", "injured", "people", MATHEBULA),
       C("24", 24, "exact", "injured", "people still in hospital", MATHEBULA),
       C("four", 4, "exact", "injured", "people in intensive care", MATHEBULA),
       C("as many as 120,000", 120000, "at_most", "other", "fans trying to get in", "Police"),
       C("60,000", 60000, "exact", "other", "stadium capacity", optional=True)]),

    # --- Nightclubs ------------------------------------------------------------------------------
    P("d48_031",
      "WEST WARWICK, R.I. (AP) — The death toll from the fire at The Station nightclub rose to "
      "97 on Sunday, Gov. Donald Carcieri said, and 187 people were being treated in hospitals, "
      "35 of them in critical condition. Investigators have so far identified 62 of the dead, "
      "many through dental records. Between 300 and 350 people were inside the one-story "
      "wooden club on Thursday night when pyrotechnics set off by the band Great White ignited "
      "soundproofing foam around the stage, according to the club's owners. The state fire "
      "marshal said the building's capacity was 300.",
      [C("97", 97, "exact", "killed", "people in the Station fire", CARCIERI),
       C("187", 187, "exact", "injured", "people in hospitals", CARCIERI, attr_alt=[None]),
       C("35", 35, "exact", "injured", "people in critical condition", CARCIERI,
         attr_alt=[None]),
       C("62", 62, "exact", "killed", "dead identified", "Investigators", cat_alt=["other"],
         optional=True),
       C("Between 300 and 350", 300, "range", "other", "people inside the club",
         "the club's owners", high=350),
       C("300", 300, "exact", "other", "building capacity", "The state fire marshal",
         optional=True, ctx="capacity was 300")]),

    P("d48_032",
      "GOTHENBURG, Sweden, Oct 30, 1998 (Reuters) - Fire swept through a crowded dance hall in "
      "Gothenburg overnight, killing at least 60 teenagers and injuring about 180, police said "
      "on Friday, in Sweden's worst fire in modern times. As many as 400 young people were at "
      "a Halloween party in a hall licensed for 150, police spokesman Ulf Rydberg said. Most "
      "of the victims were aged between 13 and 19, and many were from immigrant families in "
      "the Hisingen district. Hospital officials said nearly 50 of the injured were in "
      "critical condition with burns and smoke poisoning. Police said they could not rule out "
      "arson.",
      [C("at least 60", 60, "at_least", "killed", "teenagers", "police"),
       C("about 180", 180, "about", "injured", "people", "police"),
       C("As many as 400", 400, "at_most", "other", "young people at the party",
         GBG_POLICE),
       C("150", 150, "exact", "other", "licensed capacity", GBG_POLICE, optional=True),
       C("nearly 50", 50, "about", "injured", "critically injured", "Hospital officials")],
      published="1998-10-30"),

    P("d48_033",
      "Valais Cantonal Police — Press release\n"
      "Sion, 2 January 2026\n"
      "Fire in a bar in Crans-Montana: update\n"
      "The fire that broke out at around 1:30 a.m. on 1 January in the Le Constellation bar in "
      "Crans-Montana has claimed 40 lives, and 119 people were injured, around 80 of them "
      "seriously. So far 24 of the injured have been transferred to specialised burns units in "
      "France, Italy, Germany and Belgium. Among the injured are 71 Swiss, 14 French and 11 "
      "Italian nationals; the nationality of the others has not yet been established. More "
      "than 150 police officers, firefighters, paramedics and soldiers were engaged during "
      "the night, supported by 13 helicopters. The public prosecutor has opened criminal "
      "proceedings against the two managers of the bar.",
      [C("40", 40, "exact", "killed", "people in the Crans-Montana bar fire",
         attr_alt=[VS_POLICE]),
       C("119", 119, "exact", "injured", "people", attr_alt=[VS_POLICE]),
       C("around 80", 80, "about", "injured", "seriously injured", attr_alt=[VS_POLICE]),
       C("24", 24, "exact", "injured", "injured transferred abroad", attr_alt=[VS_POLICE]),
       C("71", 71, "exact", "injured", "Swiss injured", attr_alt=[VS_POLICE]),
       C("14", 14, "exact", "injured", "French injured", attr_alt=[VS_POLICE]),
       C("11", 11, "exact", "injured", "Italian injured", attr_alt=[VS_POLICE]),
       C("More than 150", 150, "more_than", "troops", "police, firefighters, paramedics and "
         "soldiers", cat_alt=["other"], attr_alt=[VS_POLICE]),
       C("13", 13, "exact", "other", "helicopters", optional=True, attr_alt=[VS_POLICE]),
       C("two", 2, "exact", "detained", "bar managers facing proceedings",
         cat_alt=["other"], attr_alt=[VS_POLICE, "The public prosecutor"])],
      published="2026-01-02"),

    # --- Bombings --------------------------------------------------------------------------------
    P("d48_034",
      "BAGHDAD, July 19 (Reuters) - A suicide bomber blew himself up in a crowded market in "
      "Baghdad's Sadr City district on the eve of the Eid al-Adha holiday, killing at least 30 "
      "people and wounding about 50, police and medical sources said. Hundreds of shoppers "
      "had packed the Wahailat market to buy food and clothes for the feast. The health "
      "ministry later put the toll at 35, with women and children among the dead. Islamic "
      "State claimed the attack in a statement on Telegram. Security forces detained 14 "
      "people for questioning, and Prime Minister Mustafa al-Kadhimi ordered the arrest of the "
      "federal police commander responsible for the area.",
      [C("at least 30", 30, "at_least", "killed", "people in Sadr City",
         "police and medical sources"),
       C("about 50", 50, "about", "injured", "people", "police and medical sources"),
       C("Hundreds", 100, "vague", "other", "shoppers at the market", optional=True),
       C("35", 35, "exact", "killed", "toll", "The health ministry"),
       C("14", 14, "exact", "detained", "people held for questioning",
         attr_alt=["Security forces"])]),

    P("d48_035",
      "Panipat, Feb 19 (PTI) Sixty-eight people, most of them Pakistani nationals, were "
      "charred to death when two bombs set two coaches of the Delhi-Lahore Samjhauta Express "
      "on fire near Diwana railway station shortly before midnight on Sunday, officials said. "
      "Railway Minister Lalu Prasad said the train had been carrying 757 passengers. Two "
      "unexploded suitcase bombs packed with bottles of kerosene were found in other coaches. "
      "Northern Railway, in a list released at Panipat station, said 13 injured passengers "
      "had been admitted to hospitals in Panipat and Delhi, eight of them Pakistanis. Haryana "
      "police have formed a special investigation team.",
      [C("Sixty-eight", 68, "exact", "killed", "people on the Samjhauta Express", "officials"),
       C("two", 2, "exact", "munitions", "bombs", "officials", cat_alt=["other"],
         ctx="two bombs"),
       C("two", 2, "exact", "other", "coaches set on fire", "officials", optional=True,
         ctx="two coaches"),
       C("757", 757, "exact", "other", "passengers", LALU),
       C("Two", 2, "exact", "munitions", "unexploded suitcase bombs", cat_alt=["other"],
         attr_alt=[LALU]),
       C("13", 13, "exact", "injured", "injured passengers", "Northern Railway"),
       C("eight", 8, "exact", "injured", "injured Pakistanis", "Northern Railway")]),

    P("d48_036",
      "Boston Globe · Updated April 16, 2013, 10:35 p.m.\n"
      "Three people were killed, among them an 8-year-old boy from Dorchester, and more than "
      "170 were wounded when two bombs exploded near the Boston Marathon finish line on "
      "Monday, hospital officials said Tuesday. Seventeen of the wounded remained in critical "
      "condition, and doctors at three hospitals said at least 10 people had lost limbs. The "
      "FBI said the bombs were made from pressure cookers packed with nails and ball bearings "
      "and hidden in black bags. About 23,000 runners had started the race, and some 5,700 "
      "were still on the course when the blasts went off, about 12 seconds apart, on Boylston "
      "Street.",
      [C("Three", 3, "exact", "killed", "people", "hospital officials"),
       C("more than 170", 170, "more_than", "injured", "people", "hospital officials"),
       C("two", 2, "exact", "munitions", "bombs", "hospital officials", cat_alt=["other"],
         attr_alt=[None, "The FBI"]),
       C("Seventeen", 17, "exact", "injured", "people in critical condition",
         "hospital officials", attr_alt=[None]),
       C("three", 3, "exact", "other", "hospitals", optional=True),
       C("at least 10", 10, "at_least", "injured", "people who lost limbs",
         "doctors at three hospitals"),
       C("About 23,000", 23000, "about", "other", "runners who started the race"),
       C("some 5,700", 5700, "about", "other", "runners still on the course")],
      published="2013-04-16"),

    P("d48_037",
      "ŞANLIURFA (AA) - The death toll from the suicide bombing at a cultural centre in Suruç, "
      "a district of southeastern Şanlıurfa province, has risen to 32, Turkey's Health "
      "Minister Mehmet Müezzinoğlu said on Tuesday. Of the 104 people wounded, 29 are still "
      "being treated in hospitals and four of them are in intensive care, he said. The bomb "
      "went off as some 300 members of the Federation of Socialist Youth Associations, who "
      "had gathered to help rebuild the Syrian town of Kobani across the border, were making a "
      "statement to the press in the garden of the Amara Culture Centre. Prime Minister Ahmet "
      "Davutoğlu said a suspect had been identified and that links to Daesh were being "
      "investigated.",
      [C("32", 32, "exact", "killed", "people in Suruç", MUEZZINOGLU),
       C("104", 104, "exact", "injured", "people wounded", MUEZZINOGLU, attr_alt=["he"]),
       C("29", 29, "exact", "injured", "people still in hospitals", MUEZZINOGLU,
         attr_alt=["he"]),
       C("four", 4, "exact", "injured", "people in intensive care", MUEZZINOGLU,
         attr_alt=["he"]),
       C("some 300", 300, "about", "other", "youth federation members at the centre")]),

    # --- Shootings -------------------------------------------------------------------------------
    P("d48_038",
      "MARSEILLE, Dec 26, 1994 (AFP) - French commandos stormed a hijacked Air France Airbus at "
      "Marignane airport on Monday evening, killing all four Islamist gunmen and freeing the 173 "
      "passengers and crew still on board, Interior Minister Charles Pasqua said. Thirteen "
      "passengers, three crew members and nine members of the GIGN gendarmerie unit were hurt "
      "in the 20-minute assault. Militants of the Armed Islamic Group (GIA) had seized flight "
      "8969 in Algiers on Saturday with 227 passengers and 12 crew aboard, and they shot dead "
      "three passengers, among them a Vietnamese diplomat and an Algerian policeman, during a "
      "two-day standoff on the tarmac. They freed 63 hostages, most of them women and children, "
      "before Algeria let the plane fly to France. Pasqua said the hijackers had planned to "
      "blow the plane up over Paris and that 20 sticks of dynamite had been found on board.",
      [C("four", 4, "exact", "killed", "hijackers", PASQUA),
       C("173", 173, "exact", "hostages", "passengers and crew freed", PASQUA),
       C("Thirteen", 13, "exact", "injured", "passengers", PASQUA, cat_alt=["hostages"],
         attr_alt=[None]),
       C("three", 3, "exact", "injured", "crew members", PASQUA, cat_alt=["hostages"],
         attr_alt=[None], ctx="three crew members"),
       C("nine", 9, "exact", "injured", "GIGN members", PASQUA, attr_alt=[None]),
       C("227", 227, "exact", "hostages", "passengers seized", cat_alt=["other"]),
       C("12", 12, "exact", "hostages", "crew seized", cat_alt=["other"]),
       C("three", 3, "exact", "killed", "passengers shot dead", cat_alt=["hostages"],
         ctx="three passengers, among"),
       C("63", 63, "exact", "hostages", "hostages freed"),
       C("20", 20, "exact", "munitions", "sticks of dynamite", "Pasqua", cat_alt=["other"],
         attr_alt=[PASQUA], ctx="20 sticks")],
      published="1994-12-26"),

    P("d48_039",
      "RICHMOND, Va. (AP) — A state review panel faulted Virginia Tech officials on Wednesday "
      "for waiting more than two hours to warn the campus after the first two victims were "
      "found shot in a dormitory. The gunman, Seung-Hui Cho, went on to kill 30 more people in "
      "Norris Hall, a classroom building whose doors he had chained shut, before shooting "
      "himself. In all, 32 students and faculty members were killed on April 16. The 147-page "
      "report says Cho fired at least 174 rounds from two handguns in about 11 minutes, "
      "wounding 17 people; six others were hurt jumping from second-floor windows. Cho, 23, had "
      "been declared mentally ill by a court in 2005, and the panel made more than 70 "
      "recommendations on campus security and mental health.",
      [C("two", 2, "exact", "killed", "first victims in the dormitory",
         attr_alt=["A state review panel"], ctx="first two victims"),
       C("30", 30, "exact", "killed", "people in Norris Hall"),
       C("32", 32, "exact", "killed", "students and faculty members"),
       C("at least 174", 174, "at_least", "munitions", "rounds fired", VT_REPORT,
         cat_alt=["other"], attr_alt=["A state review panel"]),
       C("two", 2, "exact", "munitions", "handguns", VT_REPORT, cat_alt=["other"],
         attr_alt=["A state review panel"], ctx="two handguns"),
       C("17", 17, "exact", "injured", "people wounded by gunfire", VT_REPORT,
         attr_alt=["A state review panel"]),
       C("six", 6, "exact", "injured", "people hurt jumping from windows", VT_REPORT,
         attr_alt=[None, "A state review panel"]),
       C("more than 70", 70, "more_than", "other", "recommendations", "the panel",
         optional=True, attr_alt=["A state review panel"])]),

    P("d48_040",
      "KILLEEN, Texas (AP) _ A man drove his pickup truck through the front window of a "
      "crowded cafeteria Wednesday and opened fire on lunchtime diners with two pistols, "
      "killing 22 people before shooting himself, police said. About 150 people were in "
      "Luby's Cafeteria when the gunman, identified as George Hennard, 35, of nearby Belton, "
      "began shooting, police spokesman Dan Corbin said. At least 20 others were wounded, and "
      "dozens escaped through a plate-glass window that a customer smashed with his body. "
      "\"He was methodically shooting people, reloading and shooting again,\" said one "
      "survivor, who hid under a table. It was the deadliest mass shooting in U.S. history.",
      [C("two", 2, "exact", "munitions", "pistols", "police", cat_alt=["other"]),
       C("22", 22, "exact", "killed", "people in Luby's Cafeteria", "police"),
       C("About 150", 150, "about", "other", "people in the cafeteria",
         "police spokesman Dan Corbin"),
       C("At least 20", 20, "at_least", "injured", "people", "police spokesman Dan Corbin",
         attr_alt=[None]),
       C("dozens", 12, "vague", "other", "people who escaped through the window",
         "police spokesman Dan Corbin", attr_alt=[None]),
       C("one", 1, "exact", "other", "survivor quoted", optional=True, ctx="one survivor")]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d48_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
