"""Source of the twenty-ninth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on local and national
emergencies of 2016–2025 (mass shootings and a hostage standoff, crowd crushes, building, bridge
and stepwell collapses, fires in markets, hospitals, nightclubs, restaurants and coaching centres,
train, tram, bus, ferry and plane crashes, a mine explosion, a tanker fire, a gas explosion, a
wildfire and floods), written for this set (none copied from an article) in the style of US local
TV sites and police news conferences, UK, Canadian and Australian papers and broadcasters, Indian,
Pakistani, Bangladeshi and Nepali papers, Latin American and African outlets in English, wire
copy (Reuters, AP, AFP, PTI, Xinhua), fire-service, coroner's and government statements, and
updates that revise a toll within one passage. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of ``tests/devset2`` to ``tests/devset27`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset29/build_devset29.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

HISSRICH = "Public Safety Director Wendell Hissrich"
BIEHL = "Police Chief Richard Biehl"
WHALEY = "Mayor Nan Whaley"
CERVERA = "Police Chief James Cervera"
HANSEN = "City Manager Dave Hansen"
SMITHEE = "Gilroy Police Chief Scot Smithee"
DEAN = "Ventura County Sheriff Geoff Dean"
LEATHER = "Chief Supt. Chris Leather"
DCP = "Devon and Cornwall police"
CARROLL = "Queensland Police Commissioner Katarina Carroll"
MOORE = "LAPD Chief Michel Moore"
MDA = "the Magen David Adom ambulance service"
MALACHIE = "Minister of Health Manaouda Malachie"
KOL_OFFICER = "a senior officer of the Kolkata Police"
RAJEEV = "Kolkata Police Commissioner Rajeev Kumar"
HEALTH_OFF = "a health department official"
COLLECTOR = "Indore Collector Ilayaraja T"
PE_MOH = "Peru's health ministry"
VASQUEZ = "Health Minister César Vásquez"
LA_LIBERTAD = "The La Libertad regional government"
KHAN = "Fire Service and Civil Defence Director General Brig Gen Ali Ahmed Khan"
FSCD = "the Fire Service and Civil Defence"
KHANDATE = "civil surgeon Dr Pramod Khandate"
LI = "Li Zongzhi"
JIMENEZ = "the central government's delegate in Murcia, Francisco Jiménez"
KELLY = "Alameda County Sheriff's Sgt. Ray Kelly"
NYC = "New York City officials"
NIGRO = "Fire Commissioner Daniel Nigro"
BMC = "the Brihanmumbai Municipal Corporation (BMC)"
MEHTA = "civic chief Ajoy Mehta"
THENNARASAN = "Surat Municipal Commissioner M Thennarasan"
SFES = "an official of the Surat Fire and Emergency Services"
SHARMA = "Deputy Commissioner of Police (Outer) Sameer Sharma"
RASHID = "Railways Minister Sheikh Rashid Ahmed"
RESCUE = "Rescue 1122 officials"
JAMIL = "Deputy Commissioner Jamil Ahmed Jamil"
CAAC = "the Civil Aviation Administration of China (CAAC)"
TIA = "the Tribhuvan International Airport authorities"
BASARNAS = "the National Search and Rescue Agency (Basarnas)"
MG_FIRE = "the state fire department"
SA_DOT = "the transport department"
CHIKUNGA = "Transport Minister Sindisiwe Chikunga"
MASHABA = "Limpopo police spokesperson Brigadier Hlulani Mashaba"
BTP = "British Transport Police"
LAS = "London Ambulance Service"
WILLIAMS = "RCMP Supt. Derek Williams"
SHA = "the Saskatchewan Health Authority"
RU_REGION = "regional officials"
RU_MEDIA = "Russian state media"
EMERCOM = "the emergencies ministry"
KEM_HEALTH = "the regional health department"
SHARIF = "Punjab Chief Minister Shehbaz Sharif"
DOGAR = "district police officer Ghulam Mahmood Dogar"
CU_MOH = "Cuba's Health Ministry"
GARCIA = "Havana Gov. Reinaldo García Zapata"
PELLE = "Boulder County Sheriff Joe Pelle"
YORK = "State Emergency Service (SES) Commissioner Carlene York"
PERROTTET = "Premier Dominic Perrottet"
BESHEAR = "Gov. Andy Beshear"

PASSAGES = [
    # --- Mass shootings and a hostage standoff ------------------------------------------------
    P("d29_001",
      "Pittsburgh synagogue shooting: 11 dead, 6 hurt, gunman in custody\n"
      "Updated: 10:41 PM EDT Oct 27, 2018\n"
      "PITTSBURGH — Eleven people were killed and six others were wounded when a gunman opened "
      "fire during Saturday morning services at the Tree of Life synagogue in Squirrel Hill, "
      "Public Safety Director Wendell Hissrich said at an evening news conference. Four of the "
      "wounded are police officers, two of whom were shot as they first entered the building, "
      "Hissrich said. The suspect, a 46-year-old man from Baldwin, exchanged gunfire with a SWAT "
      "team and surrendered after about 20 minutes; he is in fair condition at Allegheny General "
      "Hospital. \"It's one of the most horrific crime scenes I've seen in 22 years,\" Hissrich "
      "said. No children were among the dead, officials said. The FBI said the man had been armed "
      "with an AR-15-style rifle and three handguns.",
      [C("11", 11, "exact", "killed", "people at the Tree of Life synagogue", ctx="11 dead"),
       C("6", 6, "exact", "injured", "people at the Tree of Life synagogue", ctx="6 hurt"),
       C("Eleven", 11, "exact", "killed", "people at the Tree of Life synagogue", HISSRICH),
       C("six", 6, "exact", "injured", "people wounded", HISSRICH, ctx="six others"),
       C("Four", 4, "exact", "injured", "police officers among the wounded", "Hissrich",
         attr_alt=[HISSRICH]),
       C("two", 2, "exact", "injured", "officers shot on entering", "Hissrich",
         attr_alt=[HISSRICH], ctx="two of whom"),
       C("three", 3, "exact", "munitions", "handguns carried by the gunman", "The FBI",
         cat_alt=["other"])],
      published="2018-10-27"),

    P("d29_002",
      "DAYTON, Ohio (AP) — A gunman in body armor killed nine people, among them his own sister, "
      "and wounded 27 others in Dayton's Oregon District early Sunday before officers shot him "
      "dead, police said. Police Chief Richard Biehl told reporters that six officers on patrol "
      "nearby reached the gunman and killed him within 32 seconds of the first shot. Of the "
      "injured, 14 had gunshot wounds, Biehl said; the others were hurt by shattered glass or in "
      "the rush to get away. The shooter, 24, had a .223-caliber rifle and drum magazines holding "
      "100 rounds, and fired at least 41 shots, police said. Had he got through the doorway of Ned "
      "Peppers bar, where dozens of people were inside, \"hundreds\" could have been killed, Mayor "
      "Nan Whaley said.",
      [C("nine", 9, "exact", "killed", "people in the Oregon District", "police"),
       C("27", 27, "exact", "injured", "people in the Oregon District", "police"),
       C("six", 6, "exact", "troops", "officers who reached the gunman", BIEHL),
       C("14", 14, "exact", "injured", "people with gunshot wounds", "Biehl",
         attr_alt=[BIEHL]),
       C("100", 100, "exact", "munitions", "rounds the magazines held", "police",
         cat_alt=["other"], optional=True),
       C("at least 41", 41, "at_least", "munitions", "shots fired", "police",
         cat_alt=["other"]),
       C("dozens", 12, "vague", "other", "people inside Ned Peppers bar", None,
         attr_alt=[WHALEY]),
       C("hundreds", 100, "vague", "killed", "people who could have been killed", WHALEY,
         optional=True)]),

    P("d29_003",
      "Published: June 1, 2019 / 11:04 AM EDT\n"
      "VIRGINIA BEACH, Va. — Police Chief James Cervera said Saturday that 12 people were killed "
      "when a longtime city engineer opened fire inside Building 2 of the Municipal Center on "
      "Friday afternoon. Eleven of the dead were city employees and one was a contractor seeking "
      "a permit, City Manager Dave Hansen said, reading their names one by one. Four other people "
      "were wounded, including a police officer whose bulletproof vest saved his life; three of "
      "them remained in surgery Saturday morning. The gunman, 40, used two .45-caliber pistols "
      "with a suppressor and extended magazines, and was killed after a long gun battle with "
      "officers, Cervera said. Hansen said about 400 employees work in the building, which has "
      "three floors.",
      [C("12", 12, "exact", "killed", "people at the Municipal Center", CERVERA),
       C("Eleven", 11, "exact", "killed", "city employees", HANSEN),
       C("one", 1, "exact", "killed", "contractor", HANSEN, ctx="one was a contractor"),
       C("Four", 4, "exact", "injured", "people wounded", HANSEN, attr_alt=[None]),
       C("three", 3, "exact", "injured", "wounded in surgery", HANSEN, attr_alt=[None],
         ctx="three of them"),
       C("two", 2, "exact", "munitions", "pistols used by the gunman", "Cervera",
         cat_alt=["other"], attr_alt=[CERVERA]),
       C("about 400", 400, "about", "population", "employees who work in the building",
         "Hansen", cat_alt=["other"], attr_alt=[HANSEN])],
      published="2019-06-01"),

    P("d29_004",
      "GILROY, Calif. — Three people, including a 6-year-old boy and a 13-year-old girl, were "
      "killed when a gunman cut through a fence and opened fire at the Gilroy Garlic Festival on "
      "Sunday evening, Gilroy Police Chief Scot Smithee said. Twelve others were wounded by "
      "gunfire, and another one was hurt while fleeing, he said on Monday. Three officers who "
      "were nearby confronted the 19-year-old gunman and exchanged fire with him within about a "
      "minute, Smithee said; the gunman died of a self-inflicted wound, the county coroner later "
      "determined. Santa Clara County officials said more than 100,000 people had attended the "
      "three-day festival, which draws crowds every July. Police were still looking into reports "
      "that a second person had helped him.",
      [C("Three", 3, "exact", "killed", "people at the Gilroy Garlic Festival", SMITHEE,
         ctx="Three people"),
       C("Twelve", 12, "exact", "injured", "people wounded by gunfire", SMITHEE,
         attr_alt=["he"]),
       C("one", 1, "exact", "injured", "person hurt while fleeing", SMITHEE, attr_alt=["he"],
         ctx="another one"),
       C("Three", 3, "exact", "troops", "officers who confronted the gunman", "Smithee",
         attr_alt=[SMITHEE], ctx="Three officers"),
       C("more than 100,000", 100000, "more_than", "other", "festival attendees",
         "Santa Clara County officials")]),

    P("d29_005",
      "Nov. 8, 2018 2:10 PM PT\n"
      "THOUSAND OAKS — A gunman dressed in black killed 12 people at the Borderline Bar & Grill on "
      "Wednesday night, Ventura County Sheriff Geoff Dean said, among them a sheriff's sergeant "
      "who was one of the first officers through the door. Sgt. Ron Helus, 54, a 29-year veteran "
      "who was a year from retirement, was shot several times. Dean said as many as 200 people "
      "had been inside for the bar's weekly college country night. About 10 to 12 others suffered "
      "minor injuries, many of them from jumping out of windows, the sheriff said. The gunman, a "
      "28-year-old Marine Corps veteran, was found dead in an office. Authorities said he used a "
      ".45-caliber Glock 21 handgun with an extended magazine, which is illegal in California.",
      [C("12", 12, "exact", "killed", "people at the Borderline Bar & Grill", DEAN,
         ctx="12 people"),
       C("as many as 200", 200, "at_most", "other", "people inside the bar", "Dean",
         attr_alt=[DEAN]),
       C("About 10 to 12", 10, "range", "injured", "people with minor injuries", "the sheriff",
         high=12, attr_alt=[DEAN])],
      published="2018-11-08"),

    P("d29_006",
      "CBC News · Posted: Apr 20, 2020 4:31 PM ET\n"
      "RCMP now say at least 22 people were killed in a rampage that began Saturday night in the "
      "small community of Portapique and ended nearly 13 hours later at a gas station in Enfield, "
      "where the gunman was shot dead by police. Chief Supt. Chris Leather told reporters in "
      "Dartmouth on Monday that the gunman, 51, set fires at 16 locations, including several "
      "homes, and that investigators had found victims at some of those sites. The dead include "
      "Const. Heidi Stevenson, a 23-year member of the force. Another officer was wounded and is "
      "recovering at home, Leather said. Police had said on Sunday that more than 10 people had "
      "died. The toll could still rise, he said, because some victims may be inside burned-out "
      "buildings.",
      [C("at least 22", 22, "at_least", "killed", "people in Nova Scotia", "RCMP"),
       C("16", 16, "exact", "infrastructure", "locations set on fire", LEATHER,
         cat_alt=["other"]),
       C("more than 10", 10, "more_than", "killed", "people (Sunday's toll)", "Police")],
      published="2020-04-20"),

    P("d29_007",
      "Fri 13 Aug 2021 12.47 BST\n"
      "Five people, including a three-year-old girl, were shot dead by a gunman in the Keyham area "
      "of Plymouth on Thursday evening before he turned the gun on himself, Devon and Cornwall "
      "police have said. The chief constable, Shaun Sawyer, told a press conference that the "
      "attack, which lasted about six minutes, was not terror-related. Two other people, a man and "
      "a woman, were treated in hospital for gunshot wounds that were serious but not "
      "life-threatening, the force said. The gunman, 22, held a shotgun certificate that had been "
      "returned to him last month after being removed in December. The Independent Office for "
      "Police Conduct said it would investigate. About 20 households on Biddick Drive spent the "
      "night away from home as forensic teams worked, the force said. It is the UK's deadliest mass shooting since "
      "2010, when Derrick Bird killed 12 people in Cumbria.",
      [C("Five", 5, "exact", "killed", "people in Keyham", DCP),
       C("Two", 2, "exact", "injured", "people with gunshot wounds", "the force",
         attr_alt=[DCP]),
       C("About 20", 20, "about", "displaced", "households kept away from home", "the force",
         attr_alt=[DCP]),
       C("12", 12, "exact", "killed", "people in Cumbria in 2010")],
      published="2021-08-13"),

    P("d29_008",
      "BRISBANE — Two young police officers and a neighbour were killed in an ambush at a remote "
      "property at Wieambilla, on Queensland's Western Downs, Queensland Police Commissioner "
      "Katarina Carroll said on Tuesday, calling it \"a massive loss\". Constables Matthew Arnold, "
      "26, and Rachel McCrow, 29, were shot as they approached the house on Monday afternoon; two "
      "other officers escaped, one of them grazed by a bullet, and raised the alarm. Three people "
      "who had barricaded themselves inside, two brothers and a woman, were shot dead by "
      "specialist police after a six-hour siege, Commissioner Carroll said. More than 16 officers "
      "took part in the operation, and police recovered several firearms from the property, which "
      "lies about 270 km west of Brisbane.",
      [C("Two", 2, "exact", "killed", "police officers at Wieambilla", CARROLL,
         ctx="Two young"),
       C("two", 2, "exact", "other", "officers who escaped", CARROLL, attr_alt=[None],
         cat_alt=["troops"], ctx="two other officers"),
       C("one", 1, "exact", "injured", "officer grazed by a bullet", CARROLL, attr_alt=[None],
         ctx="one of them grazed"),
       C("Three", 3, "exact", "killed", "people shot dead by police", "Commissioner Carroll",
         attr_alt=[CARROLL], ctx="Three people"),
       C("two", 2, "exact", "killed", "brothers shot dead by police", "Commissioner Carroll",
         attr_alt=[CARROLL], ctx="two brothers"),
       C("More than 16", 16, "more_than", "troops", "officers in the operation",
         "Commissioner Carroll", attr_alt=[CARROLL, None])]),

    P("d29_009",
      "LOS ANGELES (KTLA) — A Trader Joe's employee was killed and a woman was wounded after a man "
      "who had earlier shot his grandmother seven times led police on a chase and then barricaded "
      "himself inside the Silver Lake store, holding dozens of people hostage for about three "
      "hours, LAPD Chief Michel Moore said Sunday. Moore said the assistant manager, Melyda "
      "Corado, 27, was struck by a bullet fired by one of two officers who exchanged gunfire with "
      "the suspect at the store's entrance. Some 40 to 50 people were inside when the suspect ran "
      "in; several escaped through windows, and four hostages were released during the "
      "negotiations, police said. The 28-year-old surrendered after handcuffing himself. His "
      "grandmother, 76, was in critical condition on Sunday.",
      [C("seven", 7, "exact", "munitions", "shots that hit the grandmother", MOORE,
         cat_alt=["other"], optional=True),
       C("dozens", 12, "vague", "hostages", "people held in the store", MOORE),
       C("two", 2, "exact", "troops", "officers who exchanged gunfire", "Moore",
         attr_alt=[MOORE], cat_alt=["other"], optional=True, ctx="two officers"),
       C("Some 40 to 50", 40, "range", "other", "people inside the store", "police", high=50,
         cat_alt=["hostages"]),
       C("four", 4, "exact", "hostages", "hostages released", "police")]),

    # --- Crowd crushes ----------------------------------------------------------------------
    P("d29_010",
      "30 April 2021, 10:12 am\n"
      "45 killed in crush at Mount Meron Lag B'Omer festival\n"
      "At least 45 people were killed and about 150 hurt early Friday in a crush at the annual Lag "
      "B'Omer pilgrimage to the tomb of Rabbi Shimon bar Yochai on Mount Meron, the Magen David "
      "Adom ambulance service said, in one of the worst civilian disasters in Israel's history. "
      "Rescue services said about 100,000 people, most of them ultra-Orthodox, had packed the "
      "site despite warnings about its safety. The crush began at around 1 a.m. in a narrow "
      "passageway with a slippery metal floor, witnesses said. Six helicopters ferried the "
      "injured to hospitals in Safed, Nahariya and Haifa, according to the Israel Defense Forces. "
      "By Friday afternoon, 32 of the victims had been identified, officials said, and several of "
      "the injured remained in critical condition.",
      [C("45", 45, "exact", "killed", "people at Mount Meron", ctx="45 killed in"),
       C("At least 45", 45, "at_least", "killed", "people at Mount Meron", MDA),
       C("about 150", 150, "about", "injured", "people at Mount Meron", MDA),
       C("about 100,000", 100000, "about", "other", "pilgrims at the site", "Rescue services"),
       C("Six", 6, "exact", "other", "helicopters ferrying the injured",
         "the Israel Defense Forces", cat_alt=["troops", "munitions"], optional=True),
       C("32", 32, "exact", "killed", "victims identified", "officials", cat_alt=["other"],
         optional=True)],
      published="2021-04-30"),

    P("d29_011",
      "YAOUNDÉ – Eight people died and 38 others were injured in a crush at the entrance to the "
      "Olembe Stadium on Monday evening, where Cameroon played Comoros in the round of 16 of the "
      "Africa Cup of Nations, Minister of Health Manaouda Malachie said in a statement. Among the "
      "dead were a child and two women, he said. Seven of the injured were in a serious condition "
      "at the Yaoundé Central Hospital. Witnesses said about 50,000 fans had tried to enter the "
      "60,000-seat stadium, which under COVID-19 rules was allowed to be only 80% full. Cameroon "
      "won the match 2-1. CAF president Patrice Motsepe said the confederation would open an "
      "inquiry and that the quarter-final due to be played there would be moved.",
      [C("Eight", 8, "exact", "killed", "people at the Olembe Stadium", MALACHIE),
       C("38", 38, "exact", "injured", "people at the Olembe Stadium", MALACHIE),
       C("two", 2, "exact", "killed", "women", MALACHIE, attr_alt=["he"], ctx="two women"),
       C("Seven", 7, "exact", "injured", "people in a serious condition", MALACHIE,
         attr_alt=[None]),
       C("about 50,000", 50000, "about", "other", "fans trying to enter", "Witnesses"),
       C("60,000", 60000, "exact", "other", "stadium seats", None, optional=True)]),

    P("d29_012",
      "Jammu | Updated on Jan 01, 2022 03:18 PM IST\n"
      "Twelve pilgrims were killed and 16 others injured in a stampede at the Mata Vaishno Devi "
      "shrine in Jammu and Kashmir's Reasi district in the early hours of Saturday, officials "
      "said. The stampede broke out around 2.45am near Gate number 3 outside the sanctum sanctorum "
      "after an argument among groups of young devotees, J&K Police chief Dilbag Singh told "
      "reporters. Thirteen of the injured were discharged after first aid, while three were "
      "referred to the Government Medical College in Jammu, a hospital official said. Most of "
      "the victims were from Delhi, Haryana, Punjab and Uttar Pradesh. "
      "Lieutenant Governor Manoj Sinha announced an ex gratia of ₹10 lakh for the next of kin of "
      "each deceased and ₹2 lakh for the injured, and ordered a high-level inquiry by a "
      "three-member committee. Shrine board officials said nearly 35,000 devotees had registered "
      "for the New Year darshan, and that the yatra resumed within hours.",
      [C("Twelve", 12, "exact", "killed", "pilgrims at Vaishno Devi", "officials"),
       C("16", 16, "exact", "injured", "pilgrims at Vaishno Devi", "officials"),
       C("Thirteen", 13, "exact", "injured", "injured discharged after first aid",
         "a hospital official", cat_alt=["other"]),
       C("three", 3, "exact", "injured", "injured referred to GMC Jammu", "a hospital official",
         ctx="three were"),
       C("nearly 35,000", 35000, "about", "other", "devotees registered",
         "Shrine board officials")],
      published="2022-01-01"),

    # --- Bridge, flyover, stepwell and roof collapses -----------------------------------------
    P("d29_013",
      "Kolkata, Sep 4 (PTI) A portion of the four-decade-old Majerhat bridge in south Kolkata "
      "collapsed on Tuesday evening, killing one person and injuring 19 others, police said. "
      "Several cars, a minibus and motorcycles plunged onto the railway tracks below. \"We fear a "
      "few more people may be trapped under the debris,\" a senior officer of the Kolkata Police "
      "said, adding that 25 National Disaster Response Force personnel and the Army had joined "
      "rescue operations. Chief Minister Mamata Banerjee, who returned from Darjeeling, said the "
      "injured were being treated free of cost at SSKM Hospital and that the government would pay "
      "Rs 5 lakh to the family of the deceased. Fire brigade sources said at least 10 fire "
      "tenders were sent to the spot.",
      [C("one", 1, "exact", "killed", "person at the Majerhat bridge", "police",
         ctx="one person"),
       C("19", 19, "exact", "injured", "people at the Majerhat bridge", "police"),
       C("25", 25, "exact", "troops", "NDRF personnel", KOL_OFFICER, cat_alt=["other"]),
       C("at least 10", 10, "at_least", "other", "fire tenders", "Fire brigade sources",
         cat_alt=["troops"], optional=True)]),

    P("d29_014",
      "Updated - April 01, 2016 10:22 am IST\n"
      "The toll in the collapse of an under-construction flyover in north Kolkata's crowded "
      "Girish Park area rose to 24 on Friday, with two more bodies pulled out overnight, Kolkata "
      "Police Commissioner Rajeev Kumar said. Rescuers had earlier given the toll as 21. At least "
      "88 people were injured, and 62 of them are still in hospital, a health department official "
      "said. The 2.2-km Vivekananda Road flyover had been under construction since 2009, seven "
      "years past its original deadline. A 150-metre stretch came down on Thursday afternoon, "
      "crushing a minibus, taxis and pedestrians; more than 100 NDRF personnel and Army engineers "
      "worked through the night with gas cutters. Police said three officials of the "
      "construction firm, IVRCL, had been detained.",
      [C("24", 24, "exact", "killed", "people in the flyover collapse", RAJEEV),
       C("two", 2, "exact", "killed", "bodies pulled out overnight", RAJEEV,
         ctx="two more bodies"),
       C("21", 21, "exact", "killed", "people (earlier toll)", "Rescuers"),
       C("At least 88", 88, "at_least", "injured", "people in the flyover collapse",
         HEALTH_OFF),
       C("62", 62, "exact", "injured", "people still in hospital", HEALTH_OFF),
       C("more than 100", 100, "more_than", "troops", "NDRF personnel and Army engineers",
         cat_alt=["other"]),
       C("three", 3, "exact", "detained", "officials of IVRCL", "Police",
         ctx="three officials")],
      published="2016-04-01"),

    P("d29_015",
      "Indore: The death toll in the collapse of a stepwell roof at the Beleshwar Mahadev "
      "Jhulelal temple in Madhya Pradesh's Indore rose to 35 on Friday after the Army pulled out "
      "more bodies overnight, officials said. One person is still missing, and 18 people were "
      "rescued alive, Indore Collector Ilayaraja T said. The roof of the ancient stepwell, covered "
      "with a concrete slab, gave way on Thursday as devotees gathered for a havan on Ram Navami; "
      "some 50 to 60 people fell about 40 feet into the water. \"We had to pump out water and "
      "silt for hours,\" said an NDRF official. Around 140 personnel from the Army, NDRF, SDRF "
      "and police were involved in the 24-hour rescue operation. Prime Minister Narendra Modi "
      "announced Rs 2 lakh for the next of kin of each of the deceased.",
      [C("35", 35, "exact", "killed", "people in the stepwell collapse", "officials"),
       C("One", 1, "exact", "missing", "person", COLLECTOR),
       C("18", 18, "exact", "other", "people rescued alive", COLLECTOR),
       C("some 50 to 60", 50, "range", "other", "people who fell into the stepwell", None,
         high=60, attr_alt=[COLLECTOR]),
       C("Around 140", 140, "about", "troops", "rescue personnel", None, cat_alt=["other"])]),

    P("d29_016",
      "LIMA, Feb 22, 2025 (Reuters) - Six people were killed and 78 injured when part of the roof "
      "of a shopping mall's food court collapsed in the northern Peruvian city of Trujillo on "
      "Friday night, Peru's health ministry said. Earlier, Health Minister César Vásquez had put "
      "the number of injured at more than 30. The La Libertad regional government said 12 of the "
      "injured were in intensive care. Videos on social media showed a metal structure falling "
      "onto diners as music played. Prosecutors said they had opened an investigation and that "
      "the Real Plaza mall, which has about 200 stores, would remain closed.",
      [C("Six", 6, "exact", "killed", "people at the Real Plaza mall", PE_MOH),
       C("78", 78, "exact", "injured", "people at the Real Plaza mall", PE_MOH),
       C("more than 30", 30, "more_than", "injured", "people (earlier count)", VASQUEZ),
       C("12", 12, "exact", "injured", "people in intensive care", LA_LIBERTAD),
       C("about 200", 200, "about", "other", "stores in the mall", None,
         cat_alt=["infrastructure"], attr_alt=["Prosecutors"], optional=True)],
      published="2025-02-22"),

    # --- Fires in markets, hospitals, nightclubs, restaurants, workplaces ---------------------
    P("d29_017",
      "Published: 12:00 AM, February 22, 2019\n"
      "Chawkbazar fire: toll revised down to 67\n"
      "The fire service yesterday revised the death toll from Wednesday night's fire in Old "
      "Dhaka's Churihatta down to 67 from 81, saying some bodies had been counted twice in the "
      "chaos. Fire Service and Civil Defence Director General Brig Gen Ali Ahmed Khan said 41 "
      "people were injured, nine of whom are being treated at the burn unit of Dhaka Medical "
      "College Hospital. The blaze, which started after a gas cylinder in a car exploded, spread "
      "to the Wahed Mansion, a four-storey building whose lower floors were used as a chemical "
      "warehouse. It took 37 firefighting units some 14 hours to bring the fire under control, "
      "Khan said. Police said 46 bodies had been handed over to relatives by yesterday evening "
      "after being identified.",
      [C("67", 67, "exact", "killed", "people in the Chawkbazar fire",
         ctx="toll revised down to 67"),
       C("67", 67, "exact", "killed", "people in the Chawkbazar fire", "The fire service",
         ctx="67 from 81"),
       C("81", 81, "exact", "killed", "people (earlier toll)", "The fire service"),
       C("41", 41, "exact", "injured", "people in the Chawkbazar fire", KHAN),
       C("nine", 9, "exact", "injured", "people at the burn unit", KHAN),
       C("37", 37, "exact", "other", "firefighting units", "Khan", cat_alt=["troops"],
         attr_alt=[KHAN], optional=True),
       C("46", 46, "exact", "killed", "bodies handed over after identification", "Police",
         cat_alt=["other"], optional=True)],
      published="2019-02-22"),

    P("d29_018",
      "Published at 09:11 pm April 4th, 2023\n"
      "A devastating fire that broke out at the Bangabazar clothing market in the capital early "
      "Tuesday gutted nearly 3,000 shops, traders said, just two weeks before Eid-ul-Fitr. No one "
      "was killed, but eight people, including two firefighters, were injured, according to the "
      "Fire Service and Civil Defence. Some 48 firefighting units, aided by members of the army, "
      "navy and air force, took six and a half hours to douse the flames, fire service officials "
      "said. Helicopters of the air force dropped water from the nearby Hatirjheel lake. "
      "Bangabazar Shop Owners' Association president Nazmul Hasan said losses could run to Tk "
      "2,000 crore. The fire service said it had declared the market building \"risky\" in 2019 "
      "and served notices at least 10 times.",
      [C("nearly 3,000", 3000, "about", "infrastructure", "shops gutted", "traders"),
       C("eight", 8, "exact", "injured", "people", FSCD),
       C("two", 2, "exact", "injured", "firefighters", FSCD, ctx="two firefighters"),
       C("Some 48", 48, "about", "other", "firefighting units", "fire service officials",
         cat_alt=["troops"], optional=True),
       C("at least 10", 10, "at_least", "other", "notices served", "The fire service",
         optional=True)],
      published="2023-04-04"),

    P("d29_019",
      "TNN | Jan 9, 2021, 11:54 IST\n"
      "BHANDARA: Ten newborns died in a fire that broke out in the sick newborn care unit (SNCU) "
      "of the Bhandara District General Hospital around 2am on Saturday, civil surgeon Dr Pramod "
      "Khandate said. Seven babies were rescued from the unit's inborn section, he said. Three of "
      "the infants died of burns and seven of suffocation, according to hospital sources. A nurse "
      "on duty noticed smoke coming from the outborn unit, where 11 infants had been admitted, and "
      "raised the alarm. The babies were between one day and three months old. Chief minister "
      "Uddhav Thackeray announced Rs 5 lakh for the family of each deceased infant and ordered a "
      "probe.",
      [C("Ten", 10, "exact", "killed", "newborns in the Bhandara hospital fire", KHANDATE),
       C("Seven", 7, "exact", "other", "babies rescued", KHANDATE, attr_alt=["he"],
         ctx="Seven babies"),
       C("Three", 3, "exact", "killed", "infants who died of burns", "hospital sources"),
       C("seven", 7, "exact", "killed", "infants who died of suffocation", "hospital sources",
         ctx="seven of suffocation"),
       C("11", 11, "exact", "other", "infants admitted to the outborn unit", None,
         ctx="11 infants",
         attr_alt=["hospital sources"])],
      published="2021-01-09"),

    P("d29_020",
      "BEIJING, April 19 (Xinhua) -- The death toll from a fire at the Beijing Changfeng "
      "Hospital has risen to 29, local authorities said at a press conference early Wednesday. "
      "Of the dead, 26 were patients, and the others were a nurse, a care worker and a patient's "
      "relative, said Li Zongzhi, deputy head of Fengtai District. The fire broke out at 12:57 "
      "p.m. Tuesday in the inpatient department and was put out by 1:33 p.m., according to the "
      "Beijing fire department. A total of 71 patients were evacuated, and 39 of the injured were "
      "being treated at other hospitals, three of them in critical condition, officials said. "
      "Police have detained 12 people, including the hospital's president, as part of the "
      "investigation.",
      [C("29", 29, "exact", "killed", "people in the Changfeng Hospital fire",
         "local authorities"),
       C("26", 26, "exact", "killed", "patients", LI),
       C("71", 71, "exact", "displaced", "patients evacuated", "officials",
         cat_alt=["other"]),
       C("39", 39, "exact", "injured", "people treated at other hospitals", "officials"),
       C("three", 3, "exact", "injured", "people in critical condition", "officials",
         ctx="three of them"),
       C("12", 12, "exact", "detained", "people detained", None, attr_alt=["Police"],
         ctx="12 people")]),

    P("d29_021",
      "MADRID, Oct 1, 2023 (AFP) - Thirteen people died in a fire that tore through two adjoining "
      "nightclubs in the southeastern Spanish city of Murcia early Sunday, emergency services "
      "said, after the toll rose from an initial seven as firefighters reached the upper floor. "
      "\"The roof collapsed, which made it very difficult\" to get inside, Murcia mayor José "
      "Ballesta told reporters. Four people were treated for smoke inhalation, the regional "
      "emergency service said. Nineteen people had been reported missing by their families, the "
      "central government's delegate in Murcia, Francisco Jiménez, said on Sunday afternoon. The "
      "fire started around 6 am in the Teatre club and spread to the neighbouring Fonda Milagros, "
      "which local media said had lacked a licence to operate since 2022. The city declared three "
      "days of mourning. More than 40 firefighters were sent to the Atalayas leisure area, the "
      "regional emergency service said.",
      [C("Thirteen", 13, "exact", "killed", "people in the Murcia nightclub fire",
         "emergency services"),
       C("seven", 7, "exact", "killed", "people (initial toll)", "emergency services",
         ctx="initial seven"),
       C("Four", 4, "exact", "injured", "people treated for smoke inhalation",
         "the regional emergency service"),
       C("Nineteen", 19, "exact", "missing", "people reported missing by families", JIMENEZ),
       C("More than 40", 40, "more_than", "troops", "firefighters sent",
         "the regional emergency service", cat_alt=["other"])],
      published="2023-10-01"),

    P("d29_022",
      "OAKLAND — The number of people confirmed dead in the Ghost Ship warehouse fire rose to 36 "
      "on Monday night, Alameda County Sheriff's Sgt. Ray Kelly said, as crews finished searching "
      "the charred two-story building in Fruitvale. \"We are confident there are no more victims "
      "inside,\" Kelly told reporters. Authorities had said on Sunday that as many as 50 people "
      "could have died. Some 50 to 100 people had been attending an electronic music party on the "
      "second floor when the fire broke out around 11:20 p.m. Friday, witnesses said. The "
      "coroner's office has identified 33 of the victims, Kelly said. Most were in their 20s and "
      "30s.",
      [C("36", 36, "exact", "killed", "people in the Ghost Ship fire", KELLY),
       C("as many as 50", 50, "at_most", "killed", "people feared dead (Sunday)",
         "Authorities"),
       C("Some 50 to 100", 50, "range", "other", "people at the party", "witnesses",
         high=100),
       C("33", 33, "exact", "killed", "victims identified", "Kelly",
         cat_alt=["other"], attr_alt=[KELLY], optional=True)]),

    P("d29_023",
      "Updated on January 10, 2022 at 7:05 am\n"
      "BRONX, N.Y. — New York City officials on Monday lowered the death toll from Sunday's fire in "
      "a 19-story Bronx apartment building to 17, including eight children, after saying for much "
      "of the day that 19 people had died. Mayor Eric Adams' office said the earlier count had "
      "been based on \"double counting\" as victims were taken to several hospitals. Fire "
      "Commissioner Daniel Nigro said a malfunctioning space heater in a third-floor duplex "
      "started the blaze, and that the apartment's door, which should have closed itself, stayed "
      "open, letting smoke pour up the stairwell. Nigro said 44 people were injured, 13 of them "
      "critically. About 200 firefighters responded, and many found victims in cardiac and "
      "respiratory arrest on every floor. Many residents of the Twin Parks North West building "
      "are immigrants from Gambia.",
      [C("17", 17, "exact", "killed", "people in the Bronx fire", NYC),
       C("eight", 8, "exact", "killed", "children", NYC),
       C("19", 19, "exact", "killed", "people (earlier toll)", NYC, ctx="19 people"),
       C("44", 44, "exact", "injured", "people in the Bronx fire", "Nigro",
         attr_alt=[NIGRO]),
       C("13", 13, "exact", "injured", "people critically injured", "Nigro",
         attr_alt=[NIGRO]),
       C("About 200", 200, "about", "troops", "firefighters who responded", "Nigro",
         cat_alt=["other"], attr_alt=[NIGRO, None])],
      published="2022-01-10"),

    P("d29_024",
      "Mumbai | Updated: Dec 29, 2017 17:40 IST\n"
      "Fourteen people, 11 of them women, were killed when a fire swept through two rooftop "
      "restaurants in the Kamala Mills compound in Lower Parel shortly after midnight, the "
      "Brihanmumbai Municipal Corporation (BMC) said. Most of the victims had been celebrating a "
      "birthday at 1Above and were trapped in the washroom, where they suffocated, fire officials "
      "said. At least 21 people were injured and were taken to KEM and Hinduja hospitals. Police "
      "have registered a case against the owners of 1Above and Mojo's Bistro; none of them has "
      "been arrested yet. The BMC has suspended five officials of the ward office, civic chief "
      "Ajoy Mehta said.",
      [C("Fourteen", 14, "exact", "killed", "people at Kamala Mills", BMC),
       C("11", 11, "exact", "killed", "women", BMC),
       C("At least 21", 21, "at_least", "injured", "people at Kamala Mills", "fire officials",
         attr_alt=[None]),
       C("five", 5, "exact", "other", "officials suspended", MEHTA, optional=True)],
      published="2017-12-29"),

    P("d29_025",
      "Surat | Updated: May 25, 2019 4:12:30 am\n"
      "Twenty-two students, most of them teenagers preparing for competitive exams, died after a "
      "fire broke out at a coaching centre on the top floor of Takshashila Arcade in Surat's "
      "Sarthana area on Friday evening, Surat Municipal Commissioner M Thennarasan said. Some of "
      "the students jumped from the fourth floor to escape the flames; television footage showed "
      "them falling as crowds below watched. Nineteen died at the spot and three succumbed in "
      "hospital, police said. Around 40 students were in the class, which was held in a makeshift "
      "dome made of tin and flex on the building's terrace, said an official of the Surat Fire "
      "and Emergency Services. Chief Minister Vijay Rupani announced Rs 4 lakh as compensation to "
      "the families of each of the deceased. Police have arrested the coaching centre's owner, "
      "Bhargav Butani.",
      [C("Twenty-two", 22, "exact", "killed", "students in the Takshashila fire", THENNARASAN),
       C("Nineteen", 19, "exact", "killed", "students who died at the spot", "police"),
       C("three", 3, "exact", "killed", "students who died in hospital", "police",
         ctx="three succumbed"),
       C("Around 40", 40, "about", "other", "students in the class", SFES)],
      published="2019-05-25"),

    P("d29_026",
      "New Delhi, May 14 (PTI) Twenty-seven people were killed and 12 injured in a massive fire at "
      "a four-storey commercial building near the Mundka metro station in west Delhi, police said "
      "on Saturday. Deputy Commissioner of Police (Outer) Sameer Sharma said 25 of the bodies were "
      "charred beyond recognition and would need DNA tests to be identified. Around 27 people are "
      "missing, according to the families who gathered outside Sanjay Gandhi Memorial Hospital. "
      "Fire officials said about 100 people were inside the building, which housed a CCTV camera "
      "and router manufacturing firm, when the fire broke out on the first floor around 4.40 pm "
      "on Friday, and that firefighters rescued 50 of them. Thirty fire tenders were rushed to the "
      "spot. Police have arrested the two brothers who owned the company.",
      [C("Twenty-seven", 27, "exact", "killed", "people in the Mundka fire", "police"),
       C("12", 12, "exact", "injured", "people in the Mundka fire", "police"),
       C("25", 25, "exact", "killed", "bodies charred beyond recognition", SHARMA,
         cat_alt=["other"]),
       C("Around 27", 27, "about", "missing", "people", "the families"),
       C("about 100", 100, "about", "other", "people inside the building", "Fire officials"),
       C("50", 50, "exact", "other", "people rescued by firefighters", "Fire officials"),
       C("Thirty", 30, "exact", "other", "fire tenders", None, cat_alt=["troops"],
         attr_alt=["Fire officials"], optional=True),
       C("two", 2, "exact", "detained", "brothers who owned the company", None,
         attr_alt=["Police"], ctx="two brothers")]),

    # --- Train, tram, bus and tanker disasters ------------------------------------------------
    P("d29_027",
      "Published November 1, 2019\n"
      "RAHIM YAR KHAN: At least 74 passengers were killed and over 40 injured when a fire broke "
      "out in three coaches of the Karachi-Rawalpindi Tezgam Express near Liaquatpur on Thursday "
      "morning, officials said. Railways Minister Sheikh Rashid Ahmed told reporters that the "
      "blaze was caused by two gas cylinders that passengers had been using to cook breakfast, "
      "and that most of the victims were members of the Tablighi Jamaat travelling to Raiwind. "
      "Rescue 1122 officials said 57 of the dead were burnt beyond recognition, and that several "
      "passengers died after jumping from the moving train. Deputy Commissioner Jamil Ahmed Jamil "
      "said the coaches were carrying 207 passengers. The army sent two helicopters to shift the "
      "injured to hospitals in Multan and Bahawalpur. Survivors disputed the minister's account, "
      "saying the fire was caused by a short circuit.",
      [C("At least 74", 74, "at_least", "killed", "passengers on the Tezgam Express",
         "officials"),
       C("over 40", 40, "more_than", "injured", "passengers on the Tezgam Express",
         "officials"),
       C("three", 3, "exact", "other", "coaches on fire", "officials", optional=True,
         ctx="three coaches"),
       C("two", 2, "exact", "other", "gas cylinders", RASHID, optional=True,
         ctx="two gas cylinders"),
       C("57", 57, "exact", "killed", "bodies burnt beyond recognition", RESCUE),
       C("207", 207, "exact", "other", "passengers in the coaches", JAMIL),
       C("two", 2, "exact", "other", "army helicopters", None, cat_alt=["troops", "munitions"],
         attr_alt=["The army"], optional=True, ctx="two helicopters")],
      published="2019-11-01"),

    P("d29_028",
      "Thursday 10 November 2016 07:45 GMT\n"
      "Seven people were killed and 51 injured, 16 of them seriously, when a tram overturned on a "
      "sharp bend near the Sandilands stop in Croydon early on Wednesday, British Transport "
      "Police said. Investigators from the Rail Accident Investigation Branch (RAIB) said the tram "
      "had been travelling at around 70km/h on a section where the limit is 20km/h. The driver, a "
      "42-year-old man from Beckenham, was arrested on suspicion of manslaughter and later "
      "released on bail. London Ambulance Service said it had taken 51 people to hospital, and "
      "the London Fire Brigade said its crews had freed a number of passengers trapped in the "
      "carriages. It was the first fatal tram accident in Britain since 1959.",
      [C("Seven", 7, "exact", "killed", "people in the Croydon tram crash", BTP),
       C("51", 51, "exact", "injured", "people in the Croydon tram crash", BTP,
         ctx="51 injured"),
       C("16", 16, "exact", "injured", "people seriously injured", BTP),
       C("51", 51, "exact", "injured", "people taken to hospital", LAS, ctx="51 people")],
      published="2016-11-10"),

    P("d29_029",
      "BELO HORIZONTE, Brazil, Dec 22 (Reuters) - The death toll from a collision between a "
      "passenger bus, a truck and a car on a federal highway in Minas Gerais state rose to 41 on "
      "Sunday, the state fire department said, up from 38 a day earlier. The bus, which was "
      "carrying at least 45 people from São Paulo to Bahia, caught fire after the truck, loaded "
      "with a granite block, hit it on the BR-116 near Teófilo Otoni early Saturday. Fewer than "
      "10 of the bus passengers survived, firefighters said, and all three people in the car "
      "were rescued alive. Police said the truck driver had fled the scene. Minas Gerais governor "
      "Romeu Zema declared three days of mourning.",
      [C("41", 41, "exact", "killed", "people in the Teófilo Otoni crash", MG_FIRE),
       C("38", 38, "exact", "killed", "people (Saturday's toll)", MG_FIRE),
       C("at least 45", 45, "at_least", "other", "people on the bus"),
       C("Fewer than 10", 10, "fewer_than", "other", "bus passengers who survived",
         "firefighters"),
       C("three", 3, "exact", "other", "people in the car rescued alive", "firefighters",
         ctx="all three")]),

    P("d29_030",
      "28 March 2024 - 21:10\n"
      "Forty-five people were killed when a bus carrying worshippers from Botswana to an Easter "
      "pilgrimage in Moria plunged off the Mmamatlakala bridge between Mokopane and Marken in "
      "Limpopo and burst into flames on Thursday, the transport department said. The bus was "
      "carrying 46 people, including the driver, and an eight-year-old girl was the only "
      "survivor, Transport Minister Sindisiwe Chikunga said at the scene. Some of the bodies were "
      "burnt beyond recognition, while others were trapped in the wreckage or scattered across "
      "the ravine, about 50 metres below the bridge, the department said. Limpopo police "
      "spokesperson Brigadier Hlulani Mashaba said 34 bodies had been recovered by Thursday "
      "evening and that 11 were still trapped in the burnt-out bus. Botswana's President Mokgweetsi Masisi declared a day of national mourning.",
      [C("Forty-five", 45, "exact", "killed", "people on the bus", SA_DOT),
       C("46", 46, "exact", "other", "people on board", CHIKUNGA),
       C("34", 34, "exact", "killed", "bodies recovered", MASHABA),
       C("11", 11, "exact", "killed", "bodies still trapped in the bus", MASHABA,
         cat_alt=["missing"])],
      published="2024-03-28"),

    P("d29_031",
      "TISDALE, Sask. — Fifteen people were killed and 14 injured when a bus carrying the Humboldt "
      "Broncos junior hockey team to a playoff game collided with a semi-trailer at a rural "
      "intersection north of Tisdale on Friday evening, RCMP said Saturday. The bus was carrying "
      "29 people, including the driver, RCMP Supt. Derek Williams told a news conference in "
      "Saskatoon. Among the dead were the team's head coach, Darcy Haugan, and players aged 16 to "
      "21, the team said. Three of the injured were in critical condition, according to the "
      "Saskatchewan Health Authority. The driver of the truck, who was not hurt, was not in "
      "custody. An online fundraiser for the families had raised more than $4 million by Sunday.",
      [C("Fifteen", 15, "exact", "killed", "people on the Humboldt Broncos bus", "RCMP"),
       C("14", 14, "exact", "injured", "people on the Humboldt Broncos bus", "RCMP"),
       C("29", 29, "exact", "other", "people on the bus", WILLIAMS),
       C("Three", 3, "exact", "injured", "people in critical condition", SHA)]),

    P("d29_032",
      "Published: June 26, 2017\n"
      "BAHAWALPUR: The death toll from Sunday's oil tanker fire near Ahmedpur East rose to 153 "
      "on Monday as more of the burn victims died at hospitals in Bahawalpur and Multan, Rescue "
      "1122 said. The tanker, carrying 50,000 litres of petrol from Karachi to Lahore, "
      "overturned on the National Highway after the driver lost control on a bend, and hundreds "
      "of villagers rushed to collect the spilt fuel. Punjab Chief Minister Shehbaz Sharif said "
      "118 people were being treated for burns, many of them on over 80 percent of their bodies, "
      "and that army helicopters were flying the most critically burned to Multan. At least 75 "
      "motorcycles that people had used to carry fuel were also destroyed, district police "
      "officer Ghulam Mahmood Dogar said. Many of the victims were burnt beyond recognition and "
      "will be identified through DNA tests.",
      [C("153", 153, "exact", "killed", "people in the Ahmedpur East tanker fire",
         "Rescue 1122"),
       C("50,000", 50000, "exact", "other", "litres of petrol carried by the tanker", None,
         cat_alt=["aid"], optional=True),
       C("hundreds", 100, "vague", "other", "villagers collecting fuel", None, optional=True),
       C("118", 118, "exact", "injured", "people treated for burns", SHARIF),
       C("At least 75", 75, "at_least", "other", "motorcycles destroyed", DOGAR,
         cat_alt=["infrastructure"], optional=True)],
      published="2017-06-26"),

    # --- Plane crashes and a ferry -------------------------------------------------------------
    P("d29_033",
      "WUZHOU, Guangxi, March 21 (Xinhua) -- A China Eastern Airlines Boeing 737-800 passenger "
      "jet carrying 132 people crashed in a mountainous area of Tengxian County in south China's "
      "Guangxi Zhuang Autonomous Region on Monday afternoon, the Civil Aviation Administration of "
      "China (CAAC) said. There were 123 passengers and nine crew members on board Flight MU5735, "
      "which was flying from Kunming to Guangzhou, the CAAC said. The plane lost contact over "
      "Wuzhou at 2:22 p.m. A local rescue command center said more than 600 firefighters and 117 "
      "fire engines had been sent to the site. The fate of those on board was not yet known.",
      [C("132", 132, "exact", "other", "people on board", CAAC),
       C("123", 123, "exact", "other", "passengers", "the CAAC", attr_alt=[CAAC]),
       C("nine", 9, "exact", "other", "crew members", "the CAAC", attr_alt=[CAAC]),
       C("more than 600", 600, "more_than", "troops", "firefighters sent to the site",
         "A local rescue command center", cat_alt=["other"]),
       C("117", 117, "exact", "other", "fire engines", "A local rescue command center",
         cat_alt=["troops"], optional=True)]),

    P("d29_034",
      "Published at : March 13, 2018\n"
      "KATHMANDU — Forty-nine people were killed when a US-Bangla Airlines plane from Dhaka "
      "crashed and burst into flames while landing at Tribhuvan International Airport on Monday "
      "afternoon, the Tribhuvan International Airport authorities said. Of the 71 people on "
      "board, 22 were pulled out alive, but one of them later died at the Kathmandu Medical "
      "College, police said. The Bombardier Dash 8 Q400 was carrying 67 passengers and four "
      "crew; 33 of the passengers were Nepalis, 32 Bangladeshis and one each from China and the "
      "Maldives. Airport general manager Raj Kumar Chhetri said the aircraft had been cleared to "
      "land from the south but approached from the north. The airport was closed for about three "
      "hours.",
      [C("Forty-nine", 49, "exact", "killed", "people in the US-Bangla crash", TIA),
       C("71", 71, "exact", "other", "people on board", "police"),
       C("22", 22, "exact", "other", "people pulled out alive", "police"),
       C("one", 1, "exact", "killed", "survivor who died later", "police",
         ctx="one of them later"),
       C("67", 67, "exact", "other", "passengers", "police", attr_alt=[None]),
       C("four", 4, "exact", "other", "crew", "police", attr_alt=[None], ctx="four crew"),
       C("33", 33, "exact", "other", "Nepali passengers", "police", attr_alt=[None]),
       C("32", 32, "exact", "other", "Bangladeshi passengers", "police", attr_alt=[None]),
       C("one", 1, "exact", "other", "passengers from China and the Maldives", "police",
         attr_alt=[None], optional=True, ctx="one each")],
      published="2018-03-13"),

    P("d29_035",
      "Medan / Wed, June 20, 2018 / 04:12 pm\n"
      "Rescuers searching Lake Toba in North Sumatra for the passengers of the KM Sinar Bangun "
      "ferry, which capsized in high waves on Monday evening, said 192 people were still missing, "
      "up from an earlier estimate of around 80 after relatives filed reports at a crisis center. "
      "Three bodies have been recovered and 18 people were rescued, the National Search and "
      "Rescue Agency (Basarnas) said. The wooden vessel had a licensed capacity of 43 passengers, "
      "local transportation officials said, but it had no manifest, and many passengers were on "
      "motorbikes. \"The waves were two meters high,\" survivor Rahmat Sinaga, 31, said from his "
      "hospital bed. More than 300 rescuers, including divers from the navy, were searching the "
      "lake, which is up to 450 meters deep.",
      [C("192", 192, "exact", "missing", "ferry passengers", "Rescuers"),
       C("around 80", 80, "about", "missing", "ferry passengers (earlier estimate)",
         "Rescuers"),
       C("Three", 3, "exact", "killed", "bodies recovered", BASARNAS),
       C("18", 18, "exact", "other", "people rescued", BASARNAS),
       C("43", 43, "exact", "other", "licensed passenger capacity",
         "local transportation officials", optional=True),
       C("More than 300", 300, "more_than", "troops", "rescuers searching the lake", None,
         cat_alt=["other"])],
      published="2018-06-20"),

    # --- Mine, gas and industrial explosions ---------------------------------------------------
    P("d29_036",
      "KEMEROVO, Russia, Nov 25 (Reuters) - Fifty-two people, including six rescuers, were killed "
      "after a methane explosion and fire in a Siberian coal mine on Thursday, Russian state media "
      "quoted regional officials as saying, after rescuers who went in to search for survivors "
      "were themselves overcome by gas. There were 285 miners in the Listvyazhnaya mine in the "
      "Kemerovo region when smoke filled a ventilation shaft, and 239 were brought to the surface, "
      "the emergencies ministry said. Forty-nine people were in hospital, four of them in a "
      "serious condition, the regional health department said. Earlier in the day officials had "
      "said 11 miners had died and 46 were trapped underground. Investigators said they had "
      "detained the mine's director and two other managers.",
      [C("Fifty-two", 52, "exact", "killed", "people in the Listvyazhnaya mine", RU_REGION,
         attr_alt=[RU_MEDIA]),
       C("six", 6, "exact", "killed", "rescuers", RU_REGION, attr_alt=[RU_MEDIA]),
       C("285", 285, "exact", "other", "miners in the mine", EMERCOM),
       C("239", 239, "exact", "other", "miners brought to the surface", EMERCOM,
         cat_alt=["displaced"]),
       C("Forty-nine", 49, "exact", "injured", "people in hospital", KEM_HEALTH),
       C("four", 4, "exact", "injured", "people in a serious condition", KEM_HEALTH,
         ctx="four of them"),
       C("11", 11, "exact", "killed", "miners (earlier toll)", "officials"),
       C("46", 46, "exact", "other", "miners trapped underground (earlier)", "officials",
         cat_alt=["missing"]),
       C("two", 2, "exact", "detained", "mine managers", "Investigators",
         ctx="two other managers")]),

    P("d29_037",
      "HAVANA, May 8, 2022 (AP) — Rescuers recovered more bodies from the rubble of Havana's Hotel "
      "Saratoga on Sunday, raising the death toll from Friday's gas explosion to 35, Cuba's Health "
      "Ministry said. Among the dead were four minors and a pregnant woman. Another 17 people "
      "remained in hospital, the ministry said, and 19 people were still missing, according to "
      "Havana Gov. Reinaldo García Zapata. The five-story hotel, which had been closed for "
      "renovations, was due to reopen four days later. Officials said a gas tanker truck was "
      "refilling the hotel's tanks when the blast tore off much of its facade, and that 51 "
      "workers were in the building at the time. A neighboring school with about 300 pupils was "
      "evacuated.",
      [C("35", 35, "exact", "killed", "people in the Hotel Saratoga explosion", CU_MOH),
       C("four", 4, "exact", "killed", "minors", CU_MOH, attr_alt=[None], ctx="four minors"),
       C("17", 17, "exact", "injured", "people in hospital", "the ministry",
         attr_alt=[CU_MOH]),
       C("19", 19, "exact", "missing", "people", GARCIA),
       C("51", 51, "exact", "other", "workers in the building", "Officials",
         cat_alt=["population"]),
       C("about 300", 300, "about", "displaced", "pupils of the school evacuated", None,
         cat_alt=["population", "other"])],
      published="2022-05-08"),

    # --- Wildfire and floods ---------------------------------------------------------------
    P("d29_038",
      "Updated: Dec 31, 2021, 6:45 PM MST\n"
      "LOUISVILLE, Colo. — The wind-driven Marshall fire destroyed 991 homes in Louisville, "
      "Superior and unincorporated Boulder County and damaged 127 more, Boulder County Sheriff Joe "
      "Pelle said Friday, revising an earlier estimate of 580. Three people are missing, and "
      "cadaver dogs will search for them once the snow melts, Pelle said. No deaths have been "
      "confirmed. About 35,000 people were ordered to evacuate on Thursday as gusts of more than "
      "100 mph pushed flames across 6,000 acres in a matter of hours, officials said. Gov. Jared "
      "Polis, who toured the area, called it \"a disaster in fast motion\" and said some families "
      "had lost everything.",
      [C("991", 991, "exact", "infrastructure", "homes destroyed", PELLE),
       C("127", 127, "exact", "infrastructure", "homes damaged", PELLE),
       C("580", 580, "exact", "infrastructure", "homes destroyed (earlier estimate)", PELLE),
       C("Three", 3, "exact", "missing", "people", "Pelle", attr_alt=[PELLE]),
       C("About 35,000", 35000, "about", "displaced", "people ordered to evacuate",
         "officials"),
       C("6,000", 6000, "exact", "other", "acres burned", "officials", optional=True)],
      published="2021-12-31"),

    P("d29_039",
      "Posted Tue 1 Mar 2022 at 5:32am\n"
      "The body of a fourth person has been found in flood-hit Lismore, a city of about 44,000 "
      "people, NSW Police said, as the Wilsons River began to fall after peaking at a record 14.4 "
      "metres on Monday. Police said the man, believed to be in his 70s, was found in a home in "
      "North Lismore. State Emergency Service (SES) Commissioner Carlene York said crews had "
      "carried out more than 1,000 flood rescues across the Northern Rivers since Sunday, many of "
      "them by volunteers in tinnies, and that about 500 people remained in evacuation centres in "
      "Lismore alone. Premier Dominic Perrottet said about 2,000 homes may be uninhabitable. "
      "Evacuation orders remain in place for about 40,000 people, the SES said. \"We've had 500 "
      "calls for help in the past 24 hours,\" Ms York said.",
      [C("about 44,000", 44000, "about", "population", "Lismore residents", None,
         attr_alt=["NSW Police"]),
       C("more than 1,000", 1000, "more_than", "other", "flood rescues", YORK),
       C("about 500", 500, "about", "displaced", "people in evacuation centres", YORK),
       C("about 2,000", 2000, "about", "infrastructure", "homes that may be uninhabitable",
         PERROTTET),
       C("about 40,000", 40000, "about", "displaced", "people under evacuation orders",
         "the SES", cat_alt=["population", "other"], attr_alt=[YORK]),
       C("500", 500, "exact", "other", "calls for help", "Ms York", attr_alt=[YORK],
         ctx="500 calls")],
      published="2022-03-01"),

    P("d29_040",
      "Updated: Jul. 31, 2022 at 4:05 PM EDT\n"
      "HAZARD, Ky. (WKYT) — Gov. Andy Beshear said Sunday that the number of people killed by "
      "flash flooding in Eastern Kentucky has risen to 28, including four children from one "
      "family in Knott County, and that the count will likely keep rising for weeks. \"We're going "
      "to be finding bodies for weeks,\" Beshear said. Hundreds of people remain unaccounted for, "
      "he said, though the state has no precise figure because cell service is down across much "
      "of the region. Kentucky State Police and the National Guard have made more than 1,300 "
      "rescues by air and by boat, according to the governor's office, which said 15 "
      "tractor-trailers of bottled water had been sent to the region. Some parts of the region got "
      "up to 10 inches of rain in 48 hours. About 12,000 customers were still without power "
      "Sunday, Kentucky Power said.",
      [C("28", 28, "exact", "killed", "people in Eastern Kentucky floods", BESHEAR),
       C("four", 4, "exact", "killed", "children from one family", BESHEAR,
         ctx="four children"),
       C("Hundreds", 100, "vague", "missing", "people unaccounted for", BESHEAR,
         attr_alt=["he"]),
       C("more than 1,300", 1300, "more_than", "other", "rescues by air and boat",
         "the governor's office"),
       C("15", 15, "exact", "aid", "tractor-trailers of bottled water",
         "the governor's office"),
       C("About 12,000", 12000, "about", "other", "customers without power", "Kentucky Power",
         cat_alt=["infrastructure"])],
      published="2022-07-31"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d29_{:03d}",
                          checks=[no_sentence_from("devset", *(f"devset{n}" for n in
                                                               range(2, 29)),
                                                   "holdout", "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
