"""Source of the thirty-third development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, date lines and release headers) on wars
and military operations from 1940 to 2015 as history-minded journalism tells them: anniversary
pieces, obituaries, tribunal and court reports, truth-commission and UN-panel findings,
exhumations of mass graves, remains identified and repatriated, and veterans, prisoners of war
and the missing. They were written for this set (none copied from an article) in the styles of
wire copy (AP, Reuters, AFP, UPI, Yonhap), long-form magazine and newspaper paragraphs, tribunal
and ICC press releases, an ICMP release, a DPAA news release, ICRC and Human Rights Watch
releases, a Memorial report excerpt, a Q&A explainer, an "in numbers" anniversary piece and a
correction. Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of ``tests/devset2`` to
``tests/devset30`` and ``tests/holdout2``. Figures follow contemporary reports loosely and some
details are invented; the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset33/build_devset33.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PENTAGON = "The Pentagon"
NK_OFFICIALS = "North Korean officials"
MARINE_COUNT = "the Marine Corps' own count"
APPLEMAN = "the historian Roy Appleman"
INVESTIGATORS = "a multinational team of investigators"
JCS = "the Joint Chiefs of Staff"
ONGJIN = "Ongjin County officials"
DOD_TALLY = "the Defense Department's tally"
EMBASSY = "U.S. Embassy officials"
PENTAGON_COUNT = "the Pentagon's later count"
ARMY = "the Army"
COMMANDERS = "American commanders"
ICRC_EXPERTS = "ICRC"
NOTT = "Defence Secretary John Nott"
JUNTA = "Argentina's military junta"
PENTAGON_L = "the Pentagon"
NAVY_OFFICIALS = "Navy officials"
ICRC = "The ICRC"
ICRC_SPOKESMAN = "an ICRC spokesman"
TEHRAN = "Tehran"
OFFICIAL_FIGURES = "Official figures"
VETERANS = "veterans' groups"
ICMP = "ICMP"
ICMP_FULL = "The International Commission on Missing Persons (ICMP)"
PRIJEDOR_ASSOC = "the Prijedor Association of Missing Persons"
CHAMBER = "The Chamber"
TRIAL_CHAMBER = "the trial chamber"
SURVIVORS_ASSOC = "Survivors' associations"
KAGAME = "President Paul Kagame"
POLICE_SOURCE = "a police source"
IRMCT = "the IRMCT"
LOCAL_OFFICIALS = "local officials"
JMO = "Judicial Medical Officer Dr. Saminda Rajapaksha"
CREDIBLE = "a number of credible sources"
PANEL = "The panel of experts"
GOV_FIGURE = "The government's own figure"
OMP_CHAIR = "its chairman"
OMP = "The Office on Missing Persons (OMP)"
MOTHERS = "Tamil mothers' groups in the North"
MEMORIAL_INFO = "information collected by Memorial observers"
HRW = "Human Rights Watch"
HRW_RESEARCHER = "a Human Rights Watch researcher"
IACHR = "The Inter-American Court of Human Rights"
REGISTRY = "The Salvadoran government's registry of victims"
EAAF = "Argentine forensic anthropologists"
PROSECUTION = "The Prosecution"
UN_ESTIMATES = "United Nations estimates"
UNMACC = "The UN Mine Action Coordination Centre"
UNMACC_DB = "the centre's casualty database"
WINOGRAD_REPORT = "The 629-page report"
WINOGRAD = "The Winograd Committee's final report"
COMMITTEE = "the committee"
DPAA = "The Defense POW/MIA Accounting Agency"
IPN = "the Institute of National Remembrance (IPN)"
ADMIRALTY = "a first Admiralty estimate"
NAVY = "the Navy"
IQ_MOD = "Iraq's Ministry of Defence"
IR_OFFICIALS = "Iranian officials"
DUCH_COURT = "Cambodia's U.N.-backed tribunal"
PROSECUTORS = "Prosecutors"
IQ_COURT = "An Iraqi court"
JUDGE = "Chief judge Mohammed Oreibi al-Khalifa"
KURDISH_OFFICIALS = "Kurdish officials in Sulaimaniyah"

PASSAGES: list[Passage] = [
    # --- Korea -------------------------------------------------------------------------------
    P("d33_001",
      "OSAN AIR BASE, South Korea (AP) — A U.S. Air Force C-17 carrying 55 cases of what North "
      "Korea says are the remains of American servicemen killed in the Korean War landed here "
      "Friday, 65 years to the day after the armistice that halted the fighting. An honor guard "
      "of about 100 U.S. and South Korean troops lined the tarmac as the flag-draped boxes were "
      "carried off. The Pentagon says some 7,700 Americans remain unaccounted for from the "
      "1950-53 war, about 5,300 of them believed lost in North Korea. North Korean officials had "
      "told U.S. negotiators they had recovered up to 200 sets of remains, and Vice President "
      "Mike Pence is expected to receive the boxes in Hawaii next week. Forensic anthropologists "
      "at the Defense POW/MIA Accounting Agency warned it could take years to identify the dead, "
      "and that a single box may hold the bones of more than one man.",
      [C("55", 55, "exact", "other", "cases of remains repatriated", None, optional=True,
         cat_alt=["killed"], attr_alt=["North Korea"]),
       C("about 100", 100, "about", "troops", "honor guard troops", None),
       C("some 7,700", 7700, "about", "missing", "Americans unaccounted for from the Korean War",
         PENTAGON),
       C("about 5,300", 5300, "about", "missing", "Americans believed lost in North Korea",
         PENTAGON),
       C("up to 200", 200, "at_most", "killed", "sets of remains recovered by North Korea",
         NK_OFFICIALS, cat_alt=["other", "missing"], attr_alt=["they"])]),

    P("d33_002",
      "Seventy years ago this week, the 1st Marine Division began fighting its way out of the "
      "Chosin Reservoir, in temperatures that fell to 35 degrees below zero. Some 30,000 U.N. "
      "troops, most of them Americans, had been encircled by as many as 120,000 Chinese soldiers "
      "who had crossed the Yalu unseen. The breakout down a single 78-mile road took 17 days. By "
      "the Marine Corps' own count it cost the division 836 dead and thousands of frostbite "
      "casualties; Chinese losses, the historian Roy Appleman estimated, may have run to 40,000 "
      "or more. At the port of Hungnam, 193 ships took off the survivors along with nearly "
      "100,000 North Korean civilians, among them the parents of a future South Korean "
      "president, Moon Jae-in.",
      [C("Some 30,000", 30000, "about", "troops", "UN troops encircled at Chosin", None),
       C("as many as 120,000", 120000, "at_most", "troops", "Chinese soldiers", None),
       C("836", 836, "exact", "killed", "1st Marine Division dead", MARINE_COUNT,
         attr_alt=["the Marine Corps"]),
       C("thousands", 1000, "vague", "injured", "frostbite casualties", MARINE_COUNT,
         attr_alt=["the Marine Corps"]),
       C("40,000 or more", 40000, "at_least", "killed", "Chinese losses", APPLEMAN,
         cat_alt=["injured"]),
       C("193", 193, "exact", "other", "ships at Hungnam", None, optional=True,
         cat_alt=["munitions"]),
       C("nearly 100,000", 100000, "about", "displaced", "North Korean civilians evacuated",
         None)]),

    P("d33_003",
      "SEOUL, May 20 (Yonhap) -- A North Korean submarine fired the torpedo that sank the South "
      "Korean corvette Cheonan near the western sea border in March, a multinational team of "
      "investigators announced Thursday, citing fragments recovered from the seabed. The "
      "1,200-ton warship split in two and went down off Baengnyeong Island on March 26 with 104 "
      "sailors aboard; 58 were rescued, and the bodies of 40 were later recovered from the wreck "
      "and surrounding waters. Six sailors are still listed as missing. The team of 74 experts, "
      "24 of them from the United States, Britain, Australia and Sweden, said the fragments "
      "matched a CHT-02D torpedo of North Korean design. \"There is no other plausible "
      "explanation,\" lead investigator Yoon Duk-yong told a news conference.",
      [C("104", 104, "exact", "other", "sailors aboard the Cheonan", None,
         attr_alt=[INVESTIGATORS], cat_alt=["troops"]),
       C("58", 58, "exact", "other", "sailors rescued", None, attr_alt=[INVESTIGATORS]),
       C("40", 40, "exact", "killed", "bodies recovered", None, cat_alt=["missing"],
         attr_alt=[INVESTIGATORS]),
       C("Six", 6, "exact", "missing", "sailors still missing", None, cat_alt=["killed"],
         attr_alt=[INVESTIGATORS]),
       C("74", 74, "exact", "other", "experts on the investigation team", None, optional=True,
         cat_alt=["troops"]),
       C("24", 24, "exact", "other", "foreign experts on the team", None, optional=True,
         cat_alt=["troops"])]),

    P("d33_004",
      "Published : Nov. 24, 2010 - 18:42\n"
      "North Korea fired about 170 artillery shells at Yeonpyeong Island on Tuesday afternoon, "
      "around 80 of which landed on the island, the Joint Chiefs of Staff said. Two marines and "
      "two civilian construction workers were killed and 18 others wounded, among them three "
      "civilians. The marines' K-9 self-propelled howitzers returned fire with 80 rounds within "
      "13 minutes. Most of the island's roughly 1,700 residents had left by Wednesday evening on "
      "ferries and fishing boats bound for Incheon, 120 kilometers away, according to Ongjin "
      "County officials. Dozens of houses were destroyed or damaged by fires that burned through "
      "the night.",
      [C("about 170", 170, "about", "munitions", "North Korean artillery shells fired", JCS),
       C("around 80", 80, "about", "munitions", "shells landing on the island", JCS),
       C("Two", 2, "exact", "killed", "South Korean marines", JCS, attr_alt=[None]),
       C("two", 2, "exact", "killed", "civilian construction workers", JCS, attr_alt=[None]),
       C("18", 18, "exact", "injured", "people wounded", JCS, attr_alt=[None],
         ctx="18 others"),
       C("three", 3, "exact", "injured", "civilians wounded", JCS, attr_alt=[None]),
       C("80", 80, "exact", "munitions", "rounds fired back by K-9 howitzers", JCS,
         attr_alt=[None], cat_alt=["other"], ctx="80 rounds"),
       C("roughly 1,700", 1700, "about", "population", "residents of Yeonpyeong", ONGJIN),
       C("Dozens", 12, "vague", "infrastructure", "houses destroyed or damaged", ONGJIN,
         attr_alt=[None], cat_alt=["other"])],
      published="2010-11-24"),

    # --- Vietnam -----------------------------------------------------------------------------
    P("d33_005",
      "Operation Homecoming at 50: what happened, and who never came back\n"
      "What was Operation Homecoming?\n"
      "Between February 12 and April 1, 1973, North Vietnam and its allies released 591 American "
      "prisoners of war under the Paris Peace Accords. The first 40 were flown from Hanoi's Gia "
      "Lam airport to Clark Air Base in the Philippines aboard a C-141 that became known as the "
      "Hanoi Taxi.\n"
      "Who were they?\n"
      "Most were airmen shot down over the North; 325 were from the Air Force, according to the "
      "Defense Department's tally, and some had been held for more than eight years. Navy pilot "
      "Everett Alvarez Jr., captured in August 1964, was the longest-held.\n"
      "Were all the prisoners accounted for?\n"
      "No. When the last group left, about 2,500 Americans were still listed as missing or "
      "captured, and families' groups insisted that some had been kept behind. The Pentagon now "
      "puts the number still unaccounted for at 1,576.",
      [C("591", 591, "exact", "detained", "American prisoners of war released", None),
       C("40", 40, "exact", "detained", "POWs on the first flight", None),
       C("325", 325, "exact", "detained", "Air Force POWs", DOD_TALLY,
         attr_alt=["the Defense Department"]),
       C("about 2,500", 2500, "about", "missing", "Americans missing or captured", None,
         cat_alt=["detained"]),
       C("1,576", 1576, "exact", "missing", "Americans unaccounted for in Vietnam", PENTAGON)]),

    P("d33_006",
      "SAIGON, April 4 (UPI) — A giant U.S. Air Force C-5A transport carrying 243 Vietnamese "
      "orphans on the first flight of President Ford's \"Operation Babylift\" crashed in a rice "
      "paddy minutes after taking off from Tan Son Nhut air base today. U.S. Embassy officials "
      "said at least 100 children were killed, along with an unknown number of escorts and crew "
      "members. A rear cargo door blew out at 23,000 feet, and the pilot turned back for the "
      "airport but came down two miles short of the runway. Rescue helicopters ferried about 150 "
      "survivors to hospitals, many of them with burns. Officials said the airlift would go on, "
      "with some 2,000 more children to be flown to the United States and Australia over the "
      "coming week.",
      [C("243", 243, "exact", "other", "orphans on board", None),
       C("at least 100", 100, "at_least", "killed", "children killed in the crash", EMBASSY),
       C("about 150", 150, "about", "other", "survivors taken to hospitals", None,
         cat_alt=["injured"]),
       C("some 2,000", 2000, "about", "displaced", "children to be evacuated", "Officials",
         attr_alt=[EMBASSY])]),

    P("d33_007",
      "April 29, 2025\n"
      "Fifty years ago today, the largest helicopter evacuation in history began on the roof of "
      "the U.S. Embassy in Saigon. Over roughly 18 hours, Marine and Air Force helicopters flying "
      "from carriers in the South China Sea lifted out 1,373 Americans and 5,595 Vietnamese and "
      "other nationals, by the Pentagon's later count. Tens of thousands more Vietnamese escaped "
      "by boat, and South Vietnamese pilots who landed on U.S. ships watched as at least 45 of "
      "their helicopters were pushed over the side of the USS Midway and other carriers to make "
      "room on deck. Hours before the airlift began, a North Vietnamese rocket had killed two "
      "Marine guards at Tan Son Nhut, Cpl. Charles McMahon, 21, and Lance Cpl. Darwin Judge, 19 "
      "— the last U.S. ground troops to die in Vietnam.",
      [C("1,373", 1373, "exact", "displaced", "Americans evacuated from Saigon", PENTAGON_COUNT,
         attr_alt=[PENTAGON_L]),
       C("5,595", 5595, "exact", "displaced", "Vietnamese and others evacuated", PENTAGON_COUNT,
         attr_alt=[PENTAGON_L]),
       C("Tens of thousands", 10000, "vague", "displaced", "Vietnamese who escaped by boat",
         None),
       C("at least 45", 45, "at_least", "munitions", "South Vietnamese helicopters pushed "
         "overboard", None, cat_alt=["other"]),
       C("two", 2, "exact", "killed", "US Marine guards", None)],
      published="2025-04-29"),

    P("d33_008",
      "Lt. Gen. Harold G. Moore, whose account of the first major battle between American and "
      "North Vietnamese troops became the best-selling \"We Were Soldiers Once … and Young,\" "
      "died on Friday in Auburn, Ala. He was 94. In November 1965, then a lieutenant colonel, "
      "Moore landed by helicopter in the Ia Drang Valley with about 450 men of the 1st "
      "Battalion, 7th Cavalry, and was soon surrounded by some 2,000 North Vietnamese soldiers. "
      "Over three days at Landing Zone X-Ray, 79 of his men were killed and 121 wounded, the "
      "Army later reported. A sister battalion ambushed on the march to Landing Zone Albany "
      "lost 155 dead. American commanders claimed that more than 1,000 of the enemy had been "
      "killed at X-Ray alone, a figure Moore himself later called too high.",
      [C("about 450", 450, "about", "troops", "men of the 1st Battalion, 7th Cavalry", None),
       C("some 2,000", 2000, "about", "troops", "North Vietnamese soldiers", None),
       C("79", 79, "exact", "killed", "US soldiers killed at X-Ray", ARMY),
       C("121", 121, "exact", "injured", "US soldiers wounded at X-Ray", ARMY),
       C("155", 155, "exact", "killed", "US soldiers killed at Albany", None,
         attr_alt=[ARMY]),
       C("more than 1,000", 1000, "more_than", "killed", "North Vietnamese killed at X-Ray",
         COMMANDERS)]),

    # --- Falklands ---------------------------------------------------------------------------
    P("d33_009",
      "Bluff Cove: Veterans mark 40 years since Sir Galahad bombing\n"
      "Published 8 June 2022\n"
      "Veterans and families have gathered in Pembrokeshire and at Fitzroy in the Falklands to "
      "remember the 48 men who died when Argentine jets bombed the landing ship Sir Galahad on 8 "
      "June 1982. Thirty-two of them were Welsh Guards, waiting on board to be taken ashore. Two "
      "more men were killed on the neighbouring Sir Tristram. Around 150 were injured, many with "
      "severe burns, among them Guardsman Simon Weston, now 60, who has undergone more than 70 "
      "operations. The attack by three Skyhawks was the single worst loss of life for British "
      "forces in the 74-day conflict, in which 255 British servicemen and three Falkland "
      "Islanders died.",
      [C("48", 48, "exact", "killed", "men killed on Sir Galahad", None),
       C("Thirty-two", 32, "exact", "killed", "Welsh Guards killed", None),
       C("Two", 2, "exact", "killed", "men killed on Sir Tristram", None),
       C("Around 150", 150, "about", "injured", "men injured", None),
       C("more than 70", 70, "more_than", "other", "operations on Simon Weston", None,
         optional=True),
       C("three", 3, "exact", "munitions", "Argentine Skyhawks", None, cat_alt=["other"],
         ctx="three Skyhawks"),
       C("255", 255, "exact", "killed", "British servicemen killed in the Falklands war",
         None),
       C("three", 3, "exact", "killed", "Falkland Islanders killed", None,
         ctx="three Falkland")],
      published="2022-06-08"),

    P("d33_010",
      "Falklands/Malvinas: 88 Argentine soldiers identified in Darwin cemetery\n"
      "News release | 21 December 2017\n"
      "Geneva/Buenos Aires – A team of ICRC forensic experts has identified the remains of 88 "
      "Argentine soldiers buried in unnamed graves at the Darwin cemetery on the "
      "Falkland/Malvinas Islands, 35 years after the conflict. Between June and August, the team "
      "exhumed 122 graves marked only \"Argentine soldier known unto God\" and took samples that "
      "were compared with DNA provided by 107 families in Argentina. Of the 237 Argentine "
      "combatants buried in the cemetery, 121 had lain there without a name. \"For these "
      "families, the wait has been unbearably long,\" said the head of the ICRC's forensic "
      "unit, who led the project. Argentina lost 649 servicemen in the 1982 conflict.",
      [C("88", 88, "exact", "killed", "Argentine soldiers identified (headline)", None,
         optional=True, cat_alt=["other"], ctx="Malvinas: 88"),
       C("88", 88, "exact", "killed", "Argentine soldiers identified", None, optional=True,
         cat_alt=["other"], attr_alt=[ICRC_EXPERTS], ctx="remains of 88"),
       C("122", 122, "exact", "other", "graves exhumed", None, optional=True,
         cat_alt=["killed"], attr_alt=[ICRC_EXPERTS]),
       C("107", 107, "exact", "other", "families giving DNA", None, optional=True,
         attr_alt=[ICRC_EXPERTS]),
       C("237", 237, "exact", "killed", "Argentine combatants buried at Darwin", None,
         attr_alt=[ICRC_EXPERTS]),
       C("121", 121, "exact", "killed", "unnamed Argentine dead", None, optional=True,
         cat_alt=["other", "missing"], attr_alt=[ICRC_EXPERTS]),
       C("649", 649, "exact", "killed", "Argentine servicemen killed in the war", None,
         attr_alt=[ICRC_EXPERTS])],
      published="2017-12-21"),

    P("d33_011",
      "LONDON, May 5 (Reuters) - Twenty men are dead or missing and 24 injured after the "
      "destroyer HMS Sheffield was hit by an Argentine Exocet missile off the Falklands, Defence "
      "Secretary John Nott told a hushed House of Commons on Wednesday. The 3,500-ton Type 42 "
      "destroyer, with a crew of about 270, was struck amidships by a missile fired from a Super "
      "Etendard jet more than 20 miles away, and fires spread quickly through the ship. Most of "
      "the crew were taken off by other vessels before she was abandoned. Nott also confirmed "
      "that a Sea Harrier had been shot down over Goose Green on Tuesday, killing its pilot. A "
      "Ministry of Defence spokesman said later that more than 200 of the crew had been picked up "
      "by the frigates Arrow and Yarmouth. Argentina's military junta said its forces had shot down two Harriers, a claim British "
      "officials denied.",
      [C("Twenty", 20, "exact", "killed", "HMS Sheffield crew dead or missing", NOTT,
         cat_alt=["missing"]),
       C("24", 24, "exact", "injured", "HMS Sheffield crew injured", NOTT),
       C("about 270", 270, "about", "other", "HMS Sheffield crew", None, attr_alt=[NOTT],
         cat_alt=["troops"]),
       C("more than 200", 200, "more_than", "other", "Sheffield crew picked up",
         "A Ministry of Defence spokesman"),
       C("two", 2, "exact", "munitions", "Harriers shot down (Argentine claim)", JUNTA,
         cat_alt=["other"])]),

    # --- Iran–Iraq and the Gulf ---------------------------------------------------------------
    P("d33_012",
      "WASHINGTON (AP) — An Iraqi warplane fired two Exocet missiles into the frigate USS Stark "
      "in the Persian Gulf on Sunday night, killing at least 28 American sailors, the Pentagon "
      "said Monday. Navy officials said nine more crewmen were missing and presumed dead, and at "
      "least 21 were injured, two of them critically. The Stark, with a crew of about 220, was "
      "some 85 miles northeast of Bahrain when it was struck. Iraq's president, Saddam Hussein, "
      "sent a message to President Reagan calling the attack an accident, saying the pilot of "
      "the French-built Mirage F-1 had mistaken the ship for an Iranian target. The Navy said "
      "the frigate's defenses had not been switched on.",
      [C("two", 2, "exact", "munitions", "Exocet missiles fired", PENTAGON_L,
         ctx="two Exocet"),
       C("at least 28", 28, "at_least", "killed", "American sailors", PENTAGON_L),
       C("nine", 9, "exact", "killed", "crewmen missing and presumed dead", NAVY_OFFICIALS,
         cat_alt=["missing"]),
       C("at least 21", 21, "at_least", "injured", "crewmen injured", NAVY_OFFICIALS),
       C("two", 2, "exact", "injured", "crewmen critically injured", NAVY_OFFICIALS,
         ctx="two of them critically"),
       C("about 220", 220, "about", "other", "USS Stark crew", None, cat_alt=["troops"])]),

    P("d33_013",
      "QASR-E SHIRIN, Iran, Aug 17 (Reuters) - Iran and Iraq began exchanging prisoners of war on "
      "Friday, two years after a ceasefire ended their eight-year conflict, with about 1,000 men "
      "crossing the border in each direction under the supervision of the International "
      "Committee of the Red Cross. Officials on both sides said 2,000 to 3,000 would be "
      "exchanged daily once the operation was in full swing. The ICRC said it had registered "
      "some 50,000 Iraqi prisoners held in Iran and about 19,000 Iranians in Iraq, but Tehran "
      "says thousands more of its soldiers were never registered. Red Cross delegates handed "
      "each returning man a parcel of food and clothing, and an ICRC spokesman said 40 trucks of "
      "supplies had been sent to the crossing.",
      [C("about 1,000", 1000, "about", "detained", "POWs exchanged on the first day", None),
       C("2,000 to 3,000", 2000, "range", "detained", "POWs to be exchanged daily",
         "Officials on both sides", high=3000),
       C("some 50,000", 50000, "about", "detained", "Iraqi POWs registered in Iran", ICRC),
       C("about 19,000", 19000, "about", "detained", "Iranian POWs registered in Iraq", ICRC),
       C("thousands", 1000, "vague", "detained", "unregistered Iranian prisoners", TEHRAN,
         cat_alt=["missing"]),
       C("40", 40, "exact", "aid", "trucks of supplies", ICRC_SPOKESMAN)]),

    # --- Afghanistan 1979-89 ----------------------------------------------------------------
    P("d33_014",
      "MOSCOW, Feb 15, 2019 (AFP) - Russia on Friday marked 30 years since the last Soviet "
      "soldier crossed the Friendship Bridge over the Amu Darya into Uzbekistan, ending a "
      "decade-long war in Afghanistan. Some 620,000 Soviet troops served in Afghanistan between "
      "1979 and 1989, and at the height of the war about 100,000 were stationed there at any one "
      "time. Official figures put Soviet losses at 15,051 dead, while veterans' groups say 264 "
      "servicemen are still missing, among them soldiers who stayed on in Afghanistan after "
      "being taken prisoner. An estimated one million Afghans were killed and more than five "
      "million fled to Pakistan and Iran. General Boris Gromov, who commanded the 40th Army, "
      "was the last to cross.",
      [C("Some 620,000", 620000, "about", "troops", "Soviet troops who served in Afghanistan",
         None),
       C("about 100,000", 100000, "about", "troops", "Soviet troops stationed at the peak",
         None),
       C("15,051", 15051, "exact", "killed", "Soviet soldiers", OFFICIAL_FIGURES),
       C("264", 264, "exact", "missing", "Soviet servicemen missing", VETERANS),
       C("An estimated one million", 1000000, "about", "killed", "Afghans killed", None),
       C("more than five million", 5000000, "more_than", "displaced",
         "Afghans who fled to Pakistan and Iran", None)],
      published="2019-02-15"),

    # --- Bosnia and Croatia ------------------------------------------------------------------
    P("d33_015",
      "ICMP Concludes Work at Tomašica Mass Grave\n"
      "Sarajevo, 29 November 2013 – The International Commission on Missing Persons (ICMP) has "
      "completed forensic work at the Tomašica mass grave near Prijedor, the largest yet found "
      "in Bosnia and Herzegovina. Since excavation began on 10 September, experts have recovered "
      "275 complete bodies and more than 150 partial remains, believed to be those of Bosniaks "
      "and Croats killed in the Prijedor area in 1992. Bodies were moved from Tomašica to "
      "secondary graves in 1993 in an attempt to conceal the crime, the Prosecutor's Office of "
      "BiH has said. Of the 3,173 people killed in Prijedor during the war, more than 1,200 were "
      "still missing before Tomašica was discovered, according to the Prijedor Association of "
      "Missing Persons. ICMP has already made DNA matches for 97 of the individuals recovered, "
      "and expects the number to rise.",
      [C("275", 275, "exact", "killed", "complete bodies recovered", None,
         attr_alt=[ICMP_FULL, ICMP]),
       C("more than 150", 150, "more_than", "killed", "partial remains recovered", None,
         cat_alt=["other"], attr_alt=[ICMP_FULL, ICMP]),
       C("3,173", 3173, "exact", "killed", "people killed in Prijedor", PRIJEDOR_ASSOC),
       C("more than 1,200", 1200, "more_than", "missing", "Prijedor missing before Tomašica",
         PRIJEDOR_ASSOC),
       C("97", 97, "exact", "killed", "individuals matched by DNA", None, optional=True,
         cat_alt=["other"], attr_alt=[ICMP])],
      published="2013-11-29"),

    P("d33_016",
      "Press Release\n"
      "The Hague, 27 September 2007\n"
      "VUKOVAR THREE: MRKŠIĆ SENTENCED TO 20 YEARS, ŠLJIVANČANIN TO FIVE, RADIĆ ACQUITTED\n"
      "Trial Chamber II today found Mile Mrkšić, a former colonel of the Yugoslav People's Army "
      "(JNA), guilty of murder, torture and cruel treatment and sentenced him to 20 years' "
      "imprisonment. The Chamber found that on 20 November 1991, after the fall of Vukovar, JNA "
      "soldiers removed about 200 people from the Vukovar hospital and handed them over to Serb "
      "territorial defence and paramilitary forces at the Ovčara farm. There, at least 194 of "
      "them were killed and buried in a mass grave. The remains of 200 persons were later "
      "exhumed at the site, the Chamber noted. Veselin Šljivančanin was sentenced to five years "
      "for aiding and abetting torture; Miroslav Radić was acquitted on all counts. Of the 161 "
      "persons indicted by the Tribunal, 53 are currently in proceedings before it.",
      [C("about 200", 200, "about", "detained", "people removed from Vukovar hospital", CHAMBER,
         cat_alt=["hostages"], attr_alt=["Trial Chamber II"]),
       C("at least 194", 194, "at_least", "killed", "people killed at Ovčara", CHAMBER,
         attr_alt=[None]),
       C("200", 200, "exact", "killed", "remains exhumed at Ovčara", "the Chamber",
         ctx="200 persons"),
       C("161", 161, "exact", "detained", "persons indicted by the ICTY", None,
         cat_alt=["other"], attr_alt=["the Tribunal"]),
       C("53", 53, "exact", "detained", "accused in proceedings", None, cat_alt=["other"],
         attr_alt=["the Tribunal"])],
      published="2007-09-27"),

    P("d33_017",
      "THE HAGUE, Nov 16, 2012 (AFP) - UN appeals judges on Friday overturned the war crimes "
      "convictions of Croatian generals Ante Gotovina and Mladen Markač, ordering their "
      "immediate release from the tribunal's detention unit. The two had been sentenced last "
      "year to 24 and 18 years for their role in Operation Storm, the August 1995 offensive in "
      "which some 130,000 Croatian troops retook the rebel Serb Krajina region in a matter of "
      "days. Between 150,000 and 200,000 Serbs fled, and the trial chamber had found that at "
      "least 324 Serb civilians and prisoners were killed. In Zagreb, tens of thousands of "
      "people watching the verdict on giant screens in the main square erupted in cheers. "
      "Serbia's war crimes prosecutor said the ruling \"rehabilitated\" a campaign that emptied "
      "the Krajina of its people.",
      [C("two", 2, "exact", "detained", "generals convicted then acquitted", None,
         optional=True, cat_alt=["other"], ctx="The two had"),
       C("some 130,000", 130000, "about", "troops", "Croatian troops in Operation Storm", None),
       C("Between 150,000 and 200,000", 150000, "range", "displaced", "Serbs who fled Krajina",
         None, high=200000, attr_alt=[TRIAL_CHAMBER]),
       C("at least 324", 324, "at_least", "killed", "Serb civilians and prisoners killed",
         TRIAL_CHAMBER),
       C("tens of thousands", 10000, "vague", "other", "crowd in Zagreb", None)],
      published="2012-11-16"),

    P("d33_018",
      "Mon 6 Aug 2012 19.30 BST\n"
      "Twenty years ago this week, the pictures of emaciated men behind the wire at Trnopolje "
      "told the world what was happening in north-west Bosnia. At Omarska, a few miles away, "
      "Bosnian Serb forces held some 3,300 Bosniak and Croat men, and 37 women, in the sheds and "
      "offices of an iron ore mine during the summer of 1992. Survivors' associations say at "
      "least 700 prisoners died there of beatings, executions and hunger. The camp was closed "
      "within weeks of the reports, and its remaining inmates were moved to Trnopolje or "
      "Manjača. Today the mine belongs to ArcelorMittal, which employs about 500 people there and "
      "has yet to allow a memorial at the white house where many of the killings took place.",
      [C("some 3,300", 3300, "about", "detained", "men held at Omarska", None),
       C("37", 37, "exact", "detained", "women held at Omarska", None),
       C("at least 700", 700, "at_least", "killed", "prisoners who died at Omarska",
         SURVIVORS_ASSOC),
       C("about 500", 500, "about", "population", "mine workers at Omarska", None,
         cat_alt=["other"])],
      published="2012-08-06"),

    # --- Rwanda ------------------------------------------------------------------------------
    P("d33_019",
      "Arusha, 18 December 2008 (ICTR/INFO-9-2-583.EN) – Trial Chamber I of the International "
      "Criminal Tribunal for Rwanda today sentenced Théoneste Bagosora, former directeur de "
      "cabinet in the Ministry of Defence, to life imprisonment for genocide, crimes against "
      "humanity and war crimes. The Chamber found that Bagosora was the highest authority in "
      "the Ministry of Defence in the days after President Habyarimana's plane was shot down on "
      "6 April 1994, and that he bore superior responsibility for the killing of Prime Minister "
      "Agathe Uwilingiyimana, ten Belgian peacekeepers and thousands of civilians at roadblocks "
      "in Kigali and Gisenyi. Two co-accused, Aloys Ntabakuze and Anatole Nsengiyumva, also "
      "received life sentences, while Gratien Kabiligi was acquitted and ordered released. The "
      "trial, which opened in April 2002, heard 242 witnesses over 408 trial days.",
      [C("ten", 10, "exact", "killed", "Belgian peacekeepers", CHAMBER),
       C("thousands", 1000, "vague", "killed", "civilians at roadblocks", CHAMBER),
       C("Two", 2, "exact", "detained", "co-accused sentenced to life", None, optional=True,
         cat_alt=["other"]),
       C("242", 242, "exact", "other", "witnesses heard", None, optional=True)],
      published="2008-12-18"),

    P("d33_020",
      "KIGALI, June 18 (Reuters) - Rwanda formally closed its community gacaca courts on Monday "
      "after a decade in which they tried nearly two million cases arising from the 1994 "
      "genocide, President Paul Kagame said at a ceremony in parliament. Some 12,000 courts, "
      "presided over by about 170,000 elected lay judges, sat on village lawns across the "
      "country, he said. The courts were set up to clear a backlog that had left roughly "
      "120,000 genocide suspects crowded into prisons built for a fraction of that number. Human "
      "Rights Watch, while acknowledging their achievements, said the system had been marred by "
      "intimidation of witnesses and by corruption. About 800,000 people, most of them Tutsis, "
      "were killed in 100 days of slaughter.",
      [C("nearly two million", 2000000, "about", "other", "gacaca cases tried", KAGAME),
       C("Some 12,000", 12000, "about", "other", "gacaca courts", KAGAME, attr_alt=["he"],
         cat_alt=["infrastructure"]),
       C("about 170,000", 170000, "about", "other", "lay judges", KAGAME, attr_alt=["he"]),
       C("roughly 120,000", 120000, "about", "detained", "genocide suspects in prison", None),
       C("About 800,000", 800000, "about", "killed", "people killed in the genocide", None)]),

    P("d33_021",
      "PARIS, May 16 (Reuters) - French gendarmes arrested Félicien Kabuga, one of the last "
      "fugitives wanted over Rwanda's 1994 genocide, at dawn on Saturday in an apartment in "
      "Asnières-sur-Seine, north of Paris, the justice ministry said. Kabuga, 84, who had been "
      "living under a false identity, is accused of bankrolling the Interahamwe militias and of "
      "importing some 500,000 machetes that were handed out to them. About 16 officers took "
      "part in the raid, a police source said. The United States had offered a $5 million "
      "reward for information leading to his arrest. The U.N. tribunal's successor, the IRMCT, "
      "said it was still seeking six other genocide fugitives.",
      [C("some 500,000", 500000, "about", "munitions", "machetes imported", None,
         cat_alt=["other"]),
       C("About 16", 16, "about", "troops", "gendarmes in the raid", POLICE_SOURCE,
         cat_alt=["other"]),
       C("six", 6, "exact", "other", "genocide fugitives still sought", IRMCT,
         cat_alt=["detained", "missing"], attr_alt=["The U.N. tribunal's successor"])]),

    P("d33_022",
      "Remains of over 1,000 genocide victims found under houses in Huye\n"
      "Published: February 01, 2024\n"
      "The remains of at least 1,050 people believed to have been killed during the 1994 "
      "Genocide against the Tutsi have been exhumed from a site in Ngoma Sector, Huye District, "
      "where a resident had been building a house. The search, begun after a tip-off in October "
      "2023, has so far covered about 12 residential plots, local officials said. Ibuka, the "
      "umbrella organisation of genocide survivors, said that \"many more\" bodies could lie "
      "beneath neighbouring homes, and that families who had searched for relatives for 30 years "
      "were coming forward to identify clothing. Police have arrested four people, including the "
      "owner of the house, on suspicion of concealing evidence of genocide. The remains will be "
      "reburied at the Huye Genocide Memorial, which already holds some 59,000 victims.",
      [C("over 1,000", 1000, "more_than", "killed", "genocide victims found (headline)", None),
       C("at least 1,050", 1050, "at_least", "killed", "genocide victims exhumed", None,
         attr_alt=[LOCAL_OFFICIALS]),
       C("about 12", 12, "about", "infrastructure", "residential plots searched",
         LOCAL_OFFICIALS, optional=True, cat_alt=["other"]),
       C("four", 4, "exact", "detained", "people arrested", None, attr_alt=["Police"]),
       C("some 59,000", 59000, "about", "killed", "victims buried at the Huye memorial",
         None)],
      published="2024-02-01"),

    # --- Sri Lanka ---------------------------------------------------------------------------
    P("d33_023",
      "October 24, 2018 09:12 am\n"
      "Mannar, Oct 24 – Excavators at the former Sathosa building site in Mannar town have so far "
      "unearthed 276 human skeletons, including those of at least 20 children, in what is now "
      "the largest mass grave found in Sri Lanka since the end of the war, Judicial Medical "
      "Officer Dr. Saminda Rajapaksha said yesterday. Of these, 270 skeletons had been fully "
      "removed from the pit, he said. The excavation, which began in late May on the orders of "
      "the Mannar Magistrate, has been carried out on 125 working days. Families of the "
      "disappeared, who have held a continuous protest in Kilinochchi for over 600 days, say the "
      "remains must be examined independently. The Office on Missing Persons has been an "
      "observer at the site. A mass grave at Thirukketheeswaram, in the same district, yielded "
      "96 skeletons when it was excavated in 2014.",
      [C("276", 276, "exact", "killed", "skeletons unearthed at Mannar", JMO),
       C("at least 20", 20, "at_least", "killed", "children's skeletons", JMO),
       C("270", 270, "exact", "killed", "skeletons removed from the pit", JMO,
         attr_alt=["he"], cat_alt=["other"]),
       C("96", 96, "exact", "killed", "skeletons at Thirukketheeswaram", None)],
      published="2018-10-24"),

    P("d33_024",
      "Q&A: What the UN panel found about the end of Sri Lanka's war\n"
      "How many civilians died?\n"
      "The panel of experts appointed by UN Secretary-General Ban Ki-moon said \"a number of "
      "credible sources\" had estimated that there could have been as many as 40,000 civilian "
      "deaths in the final months of the war, most of them caused by government shelling. The "
      "government's own figure, given to parliament, was fewer than 9,000.\n"
      "Why were so many people trapped?\n"
      "The LTTE held some 330,000 civilians hostage in a shrinking strip of coast as a buffer, "
      "the panel said, and shot some of those who tried to flee.\n"
      "What happened to the survivors?\n"
      "About 290,000 people were taken to closed camps such as Menik Farm, where aid agencies "
      "were at first allowed to deliver only 50 tonnes of food a day, and hundreds of suspected "
      "LTTE cadres were separated from their families and detained.",
      [C("as many as 40,000", 40000, "at_most", "killed", "civilian deaths", CREDIBLE,
         attr_alt=[PANEL]),
       C("fewer than 9,000", 9000, "fewer_than", "killed", "civilian deaths (government)",
         "The government's own figure", attr_alt=["The government"]),
       C("some 330,000", 330000, "about", "hostages", "civilians held by the LTTE",
         "the panel", cat_alt=["other", "population"]),
       C("About 290,000", 290000, "about", "displaced", "people taken to closed camps", None,
         attr_alt=["the panel"]),
       C("50", 50, "exact", "aid", "tonnes of food a day", None, attr_alt=["the panel"]),
       C("hundreds", 100, "vague", "detained", "suspected LTTE cadres detained", None,
         attr_alt=["the panel"])]),

    P("d33_025",
      "COLOMBO: The Office on Missing Persons (OMP) has received 14,988 complaints of "
      "disappearances since it began work in 2018, its chairman told parliament's consultative "
      "committee on Tuesday, but has traced fewer than 20 of the missing. About 6,000 of the "
      "complaints relate to members of the security forces missing in action, he said, and the "
      "rest to civilians and former LTTE cadres. Tamil mothers' groups in the North say their "
      "own lists hold the names of some 2,800 people who were seen being handed over to the army "
      "in May 2009 and were never heard of again. The government has offered a one-time payment "
      "of Rs. 100,000 to families who accept a certificate of absence.",
      [C("14,988", 14988, "exact", "missing", "complaints of disappearances", OMP_CHAIR,
         cat_alt=["other"], attr_alt=[OMP]),
       C("fewer than 20", 20, "fewer_than", "other", "missing persons traced", OMP_CHAIR,
         cat_alt=["missing"], attr_alt=[OMP]),
       C("About 6,000", 6000, "about", "missing", "security forces missing in action",
         OMP_CHAIR, attr_alt=["he"]),
       C("some 2,800", 2800, "about", "missing", "people handed over to the army in 2009",
         MOTHERS, cat_alt=["detained"])]),

    # --- Chechnya ----------------------------------------------------------------------------
    P("d33_026",
      "From the report of the Human Rights Center \"Memorial\" (Moscow, 1995)\n"
      "On 7–8 April 1995, units of the Interior Ministry's troops, supported by OMON riot "
      "police, carried out a \"mopping-up\" operation in the village of Samashki, which had some "
      "14,000 inhabitants before the war. Two days earlier, the federal command had ordered the "
      "village elders to hand over 264 automatic rifles and two armoured personnel carriers. "
      "According to information collected by Memorial "
      "observers, at least 103 civilians were killed, among them women and elderly people. "
      "Federal forces set fire to about 120 houses with flamethrowers and incendiary grenades. "
      "Some 250 men were taken to \"filtration\" camps in Mozdok, where many were beaten; not all "
      "of them have returned. The operation's command, whose force numbered about 350 "
      "servicemen, reported to the Interior Ministry that \"over 130 fighters\" had been "
      "eliminated.",
      [C("some 14,000", 14000, "about", "population", "inhabitants of Samashki", None,
         attr_alt=["Memorial"]),
       C("264", 264, "exact", "munitions", "automatic rifles demanded from Samashki", None,
         cat_alt=["other"], attr_alt=["the federal command", "Memorial"]),
       C("two", 2, "exact", "munitions", "armoured personnel carriers demanded", None,
         cat_alt=["other"], attr_alt=["the federal command", "Memorial"]),
       C("at least 103", 103, "at_least", "killed", "civilians killed in Samashki",
         MEMORIAL_INFO, attr_alt=["Memorial observers"]),
       C("about 120", 120, "about", "infrastructure", "houses set on fire", MEMORIAL_INFO,
         attr_alt=[None, "Memorial observers"], cat_alt=["other"]),
       C("Some 250", 250, "about", "detained", "men taken to filtration camps", MEMORIAL_INFO,
         attr_alt=[None, "Memorial observers"]),
       C("about 350", 350, "about", "troops", "servicemen in the operation",
         "The operation's command", attr_alt=[None, "Memorial"]),
       C("over 130", 130, "more_than", "killed", "fighters eliminated (command's claim)",
         "The operation's command")]),

    P("d33_027",
      "Russia: February 5 Massacre in Chechen Capital\n"
      "(Moscow, June 1, 2000) — Russian troops summarily executed at least 60 civilians in the "
      "Novye Aldi suburb of Grozny on February 5, Human Rights Watch said in a report released "
      "today. Only about 2,000 of the suburb's residents had stayed through the siege, most of "
      "them elderly, the report says. Based on interviews with more than 40 witnesses and survivors, the report "
      "documents how soldiers went from house to house, shooting residents, among them an "
      "82-year-old woman, and demanding money or gold in exchange for their lives. At least six "
      "women were raped, witnesses said. \"There are many more victims we could not "
      "document,\" said a Human Rights Watch researcher, adding that soldiers had burned dozens "
      "of houses to hide the bodies. Russian prosecutors have opened a single criminal case and "
      "have charged no one.",
      [C("at least 60", 60, "at_least", "killed", "civilians executed in Novye Aldi", HRW),
       C("about 2,000", 2000, "about", "population", "residents who stayed in Novye Aldi",
         "the report", attr_alt=[HRW]),
       C("more than 40", 40, "more_than", "other", "witnesses and survivors interviewed", None,
         optional=True, attr_alt=[HRW, "the report"]),
       C("At least six", 6, "at_least", "other", "women raped", "witnesses",
         cat_alt=["injured"]),
       C("dozens", 12, "vague", "infrastructure", "houses burned", HRW_RESEARCHER,
         cat_alt=["other"])],
      published="2000-06-01"),

    # --- El Salvador -------------------------------------------------------------------------
    P("d33_028",
      "SAN SALVADOR, El Salvador (AP) — The Inter-American Court of Human Rights has ordered El "
      "Salvador to investigate and punish those responsible for the 1981 El Mozote massacre, in "
      "which soldiers of the U.S.-trained Atlacatl Battalion killed nearly 1,000 people in a "
      "village and surrounding hamlets of Morazán province. The Salvadoran government's registry "
      "of victims lists 936 names, most of them children. When Argentine forensic "
      "anthropologists dug beneath the ruins of the village sacristy in 1992, they found 143 "
      "skeletons, 136 of them of children and adolescents, along with 245 spent cartridges from "
      "U.S.-made M16 rifles. The court gave the state one year to report on its progress. Rufina "
      "Amaya, who hid in a tree and became the massacre's best-known survivor, died in 2007 at "
      "64.",
      [C("nearly 1,000", 1000, "about", "killed", "people killed at El Mozote", None,
         attr_alt=[IACHR]),
       C("936", 936, "exact", "killed", "named victims", REGISTRY,
         attr_alt=["The Salvadoran government"]),
       C("143", 143, "exact", "killed", "skeletons found in the sacristy", EAAF,
         attr_alt=["they"]),
       C("136", 136, "exact", "killed", "child skeletons", EAAF, attr_alt=["they"]),
       C("245", 245, "exact", "munitions", "spent cartridges found", EAAF,
         attr_alt=["they"], cat_alt=["other"])]),

    # --- Darfur ------------------------------------------------------------------------------
    P("d33_029",
      "Darfur: Ali Kushayb in ICC custody\n"
      "ICC-CPI-20200609-PR1525\n"
      "Press Release: 9 June 2020\n"
      "Mr Ali Muhammad Ali Abd-Al-Rahman (\"Ali Kushayb\"), suspected of war crimes and crimes "
      "against humanity allegedly committed in Darfur, is in the custody of the International "
      "Criminal Court after surrendering himself in the Central African Republic. The warrant "
      "issued in 2007 lists 50 counts, relating to attacks on the towns of Kodoom, Bindisi, "
      "Mukjar and Arawala in 2003 and 2004. The Prosecution alleges that, in the attack on "
      "Bindisi alone, more than 100 civilians were killed, dozens of women and girls were "
      "abducted and some 2,000 fled. According to "
      "United Nations estimates, about 300,000 people died in the Darfur conflict and 2.7 "
      "million were driven from their homes.",
      [C("50", 50, "exact", "other", "counts in the warrant", None, optional=True),
       C("more than 100", 100, "more_than", "killed", "civilians killed in Bindisi",
         PROSECUTION),
       C("dozens", 12, "vague", "hostages", "women and girls abducted in Bindisi",
         PROSECUTION),
       C("some 2,000", 2000, "about", "displaced", "people who fled Bindisi", PROSECUTION),
       C("about 300,000", 300000, "about", "killed", "people died in Darfur", UN_ESTIMATES,
         attr_alt=["United Nations"]),
       C("2.7 million", 2700000, "exact", "displaced", "people driven from their homes",
         UN_ESTIMATES, attr_alt=["United Nations"])],
      published="2020-06-09"),

    P("d33_030",
      "Sudan: Mass Rape by Army in Darfur\n"
      "February 11, 2015 12:00AM EST\n"
      "(Nairobi) – Sudanese army troops raped at least 221 women and girls in the town of Tabit, "
      "North Darfur, home to some 7,000 people, during an organized 36-hour attack that began on October 30, 2014, Human "
      "Rights Watch said in a report released today. The 48-page report is based on more than "
      "130 interviews, most of them by telephone, because Sudan's government blocked access to "
      "the town. Soldiers also arbitrarily detained dozens of men, beat them and threatened to "
      "kill them, according to residents. An African Union-UN peacekeeping team that was "
      "allowed a brief visit on November 9 said it had found no evidence of rape, but its "
      "findings were disputed because soldiers were present during the interviews.",
      [C("at least 221", 221, "at_least", "other", "women and girls raped", HRW,
         cat_alt=["injured"]),
       C("some 7,000", 7000, "about", "population", "residents of Tabit", None,
         attr_alt=[HRW]),
       C("more than 130", 130, "more_than", "other", "interviews", None, optional=True,
         attr_alt=[HRW]),
       C("dozens", 12, "vague", "detained", "men detained by soldiers", "residents")],
      published="2015-02-11"),

    # --- Lebanon 2006 ------------------------------------------------------------------------
    P("d33_031",
      "In the final 72 hours of the 2006 war, before the ceasefire of 14 August took effect, "
      "Israeli forces fired the great majority of the cluster munitions they used in south "
      "Lebanon. The UN Mine Action Coordination Centre has identified 962 cluster strike sites "
      "and estimates that up to one million submunitions failed to explode on impact, with "
      "failure rates in some areas of 30 to 40 percent. In the year after the ceasefire, "
      "unexploded bomblets killed 28 civilians and injured 214, according to the centre's "
      "casualty database, and 14 deminers were killed or injured clearing them. Farmers in the "
      "tobacco and olive belts south of the Litani lost entire harvests because their fields "
      "could not be worked.",
      [C("962", 962, "exact", "other", "cluster strike sites", UNMACC,
         cat_alt=["munitions", "infrastructure"]),
       C("up to one million", 1000000, "at_most", "munitions", "unexploded submunitions",
         UNMACC),
       C("30 to 40 percent", 30, "range", "other", "failure rate of submunitions", UNMACC,
         high=40, optional=True, cat_alt=["munitions"]),
       C("28", 28, "exact", "killed", "civilians killed by bomblets", UNMACC_DB,
         attr_alt=[UNMACC]),
       C("214", 214, "exact", "injured", "civilians injured by bomblets", UNMACC_DB,
         attr_alt=[UNMACC]),
       C("14", 14, "exact", "injured", "deminers killed or injured", UNMACC_DB,
         attr_alt=[None, UNMACC], cat_alt=["killed"], ctx="14 deminers")]),

    P("d33_032",
      "Published: JANUARY 30, 2008 21:45\n"
      "The Winograd Committee's final report on the Second Lebanon War, released in Jerusalem on "
      "Wednesday, found \"serious failings and shortcomings\" in the decision-making of both the "
      "political and military echelons, but stopped short of naming Prime Minister Ehud Olmert "
      "personally. The 629-page report said the army had failed to provide an effective "
      "response to the rocket fire, which killed 44 Israeli civilians. Hizbullah fired some "
      "4,000 rockets at northern Israel during the 34-day war, the committee noted, forcing "
      "hundreds of thousands of residents to flee south or spend weeks in shelters. The "
      "committee devoted a chapter to the ground offensive launched in the final 60 hours before "
      "the cease-fire, in which 33 soldiers were killed. In all, 119 IDF soldiers died in the "
      "war, which began when Hizbullah abducted two reservists, Ehud Goldwasser and Eldad "
      "Regev, in a cross-border raid on July 12, 2006.",
      [C("44", 44, "exact", "killed", "Israeli civilians killed by rockets", None,
         attr_alt=[WINOGRAD_REPORT, WINOGRAD]),
       C("some 4,000", 4000, "about", "munitions", "Hizbullah rockets fired", COMMITTEE),
       C("hundreds of thousands", 100000, "vague", "displaced",
         "residents who fled or sheltered", COMMITTEE),
       C("33", 33, "exact", "killed", "soldiers killed in the final offensive", None,
         attr_alt=["The committee"]),
       C("119", 119, "exact", "killed", "IDF soldiers killed in the war", None),
       C("two", 2, "exact", "hostages", "reservists abducted by Hizbullah", None)],
      published="2008-01-30"),

    # --- The Second World War ----------------------------------------------------------------
    P("d33_033",
      "News Release\n"
      "Dec. 7, 2021\n"
      "DPAA concludes USS Oklahoma identification project\n"
      "WASHINGTON – The Defense POW/MIA Accounting Agency announced today that it has completed "
      "its six-year project to identify the remains of unknown sailors and Marines killed aboard "
      "the battleship USS Oklahoma during the attack on Pearl Harbor, Dec. 7, 1941. The ship "
      "capsized after being hit by several torpedoes, and 429 crewmen died. In 2015, DPAA "
      "disinterred the remains of 388 unknowns from 45 caskets at the National Memorial Cemetery "
      "of the Pacific in Honolulu. Of these, 355 have now been identified using DNA, dental and "
      "anthropological analysis, a success rate of 91.5 percent. The remaining 33 unidentified "
      "sailors and Marines were reinterred on Tuesday with full military honors.",
      [C("429", 429, "exact", "killed", "USS Oklahoma crewmen killed", None,
         attr_alt=[DPAA, "DPAA"]),
       C("388", 388, "exact", "killed", "unknowns disinterred", None,
         cat_alt=["missing", "other"], attr_alt=[DPAA, "DPAA"]),
       C("45", 45, "exact", "other", "caskets", None, optional=True, attr_alt=["DPAA"]),
       C("355", 355, "exact", "killed", "unknowns identified", None, optional=True,
         cat_alt=["other"], attr_alt=[DPAA, "DPAA"]),
       C("91.5 percent", 91.5, "exact", "other", "identification success rate", None,
         optional=True, attr_alt=[DPAA, "DPAA"]),
       C("33", 33, "exact", "killed", "unidentified sailors and Marines reburied", None,
         optional=True, cat_alt=["other", "missing"], attr_alt=[DPAA, "DPAA"])],
      published="2021-12-07"),

    P("d33_034",
      "13.04.2015 • 15:20\n"
      "Poland on Monday marked the Day of Remembrance of the Victims of the Katyn Massacre, 75 "
      "years after the Soviet NKVD began shooting Polish prisoners of war in the spring of 1940. "
      "Nearly 22,000 Polish officers, policemen, priests and members of the intelligentsia were "
      "executed on Stalin's orders at Katyn forest, Kharkiv, Mednoye and other sites. At Katyn "
      "alone, German investigators who uncovered the graves in 1943 exhumed more than 4,000 "
      "bodies, most of them with their hands tied and a single bullet wound to the back of the "
      "head. Moscow blamed the Nazis until 1990, when it admitted Soviet responsibility. A 1959 "
      "memo by KGB chief Alexander Shelepin, made public in 1992, put the number shot at "
      "21,857. The "
      "burial places of some 3,870 victims believed to have been shot in Belarus are still "
      "unknown, the Institute of National Remembrance (IPN) says.",
      [C("Nearly 22,000", 22000, "about", "killed", "Polish victims of Katyn", None),
       C("more than 4,000", 4000, "more_than", "killed", "bodies exhumed at Katyn", None,
         attr_alt=["German investigators"]),
       C("21,857", 21857, "exact", "killed", "Polish prisoners shot (KGB memo)",
         "A 1959 memo by KGB chief Alexander Shelepin",
         attr_alt=["KGB chief Alexander Shelepin"]),
       C("some 3,870", 3870, "about", "missing", "victims whose graves are unknown", IPN,
         cat_alt=["killed"])],
      published="2015-04-13"),

    P("d33_035",
      "Dunkirk at 80: the miracle, in numbers\n"
      "4 June 2020 • 6:00am\n"
      "Eighty years ago today, the last ships of Operation Dynamo slipped away from Dunkirk. In "
      "nine days, 338,226 Allied soldiers had been brought back to England, among them more "
      "than 100,000 French troops, against a first Admiralty estimate that only 45,000 could be "
      "saved. Around 850 civilian \"little ships\", from pleasure cruisers to fishing smacks, "
      "joined the Royal Navy's destroyers. Six British and three French destroyers were sunk, "
      "and the RAF lost 145 aircraft over the beaches. Some 40,000 soldiers of the rearguard, "
      "most of them French, were left behind and taken prisoner.",
      [C("338,226", 338226, "exact", "troops", "Allied soldiers evacuated", None,
         cat_alt=["displaced"]),
       C("more than 100,000", 100000, "more_than", "troops", "French troops evacuated", None,
         cat_alt=["displaced"]),
       C("45,000", 45000, "exact", "troops", "soldiers expected to be saved", ADMIRALTY,
         cat_alt=["displaced"], attr_alt=[None]),
       C("Around 850", 850, "about", "other", "little ships", None, optional=True,
         cat_alt=["munitions"]),
       C("Six", 6, "exact", "munitions", "British destroyers sunk", None, cat_alt=["other"]),
       C("three", 3, "exact", "munitions", "French destroyers sunk", None, cat_alt=["other"]),
       C("145", 145, "exact", "munitions", "RAF aircraft lost", None, cat_alt=["other"]),
       C("Some 40,000", 40000, "about", "detained", "rearguard soldiers taken prisoner", None)],
      published="2020-06-04"),

    P("d33_036",
      "SEATTLE (AP) — Civilian researchers led by Microsoft co-founder Paul Allen say they have "
      "found the wreck of the USS Indianapolis, the cruiser sunk by a Japanese submarine in the "
      "final days of World War II, 18,000 feet below the surface of the Philippine Sea. The ship "
      "went down in 12 minutes after being struck by two torpedoes on July 30, 1945, having just "
      "delivered components of the atomic bomb later dropped on Hiroshima. Of the 1,196 sailors "
      "and Marines aboard, about 800 survived the sinking, the Navy says, but only 316 were still "
      "alive when they were spotted by chance four days later; the rest died of exposure, "
      "dehydration and shark attacks. Nineteen of the survivors are still living, the youngest "
      "of them 91.",
      [C("two", 2, "exact", "munitions", "Japanese torpedoes", None),
       C("1,196", 1196, "exact", "other", "sailors and Marines aboard", NAVY,
         cat_alt=["troops"]),
       C("about 800", 800, "about", "other", "men who survived the sinking", NAVY),
       C("316", 316, "exact", "other", "survivors rescued", NAVY, attr_alt=[None]),
       C("Nineteen", 19, "exact", "other", "survivors still living", None)]),

    # --- Iran–Iraq remains, with a correction --------------------------------------------------
    P("d33_037",
      "Iran and Iraq exchange remains of soldiers killed in 1980s war\n"
      "BAGHDAD — Iraq handed over the remains of 110 Iranian soldiers killed in the 1980-88 war "
      "at the Shalamcheh crossing on Tuesday and received the remains of 38 Iraqi servicemen in "
      "return, Iraq's Ministry of Defence said. The exchange was the eighth under an agreement "
      "brokered by the International Committee of the Red Cross. The ICRC estimates that tens "
      "of thousands of people are still missing from the war, and Iranian officials put the "
      "number of their own missing soldiers at around 5,000.\n"
      "Correction: An earlier version of this article said Iraq had received the remains of 83 "
      "servicemen. The ministry's figure is 38.",
      [C("110", 110, "exact", "killed", "Iranian soldiers' remains handed over", IQ_MOD),
       C("38", 38, "exact", "killed", "Iraqi servicemen's remains received", IQ_MOD,
         ctx="remains of 38"),
       C("tens of thousands", 10000, "vague", "missing", "people missing from the war", ICRC),
       C("around 5,000", 5000, "about", "missing", "Iranian soldiers missing", IR_OFFICIALS),
       C("83", 83, "exact", "killed", "retracted count of remains", None, optional=True),
       C("38", 38, "exact", "killed", "Iraqi servicemen's remains (corrected)", "The ministry",
         attr_alt=[IQ_MOD], ctx="figure is 38")]),

    # --- Cambodia and Iraq: trials -----------------------------------------------------------
    P("d33_038",
      "PHNOM PENH, July 26, 2010 (Reuters) - Cambodia's U.N.-backed tribunal on Monday "
      "sentenced Kaing Guek Eav, the Khmer Rouge jailer known as Duch, to 35 years in prison for "
      "overseeing the torture and execution of more than 12,000 people at the S-21 prison, but "
      "reduced the term to 19 years for time served and illegal detention. The sentence angered "
      "survivors, who had wanted life. Only seven of the prisoners who passed through the former "
      "high school in Phnom Penh, known today as Tuol Sleng, are known to have survived, "
      "according to the Documentation Center of Cambodia; "
      "Chum Mey, 79, one of the last still alive, said after the verdict: \"We are victims "
      "twice.\" About 1.7 million people, nearly a quarter of the population, died under Khmer "
      "Rouge rule from 1975 to 1979, according to most estimates.",
      [C("more than 12,000", 12000, "more_than", "killed", "people executed at S-21", None,
         attr_alt=[DUCH_COURT]),
       C("seven", 7, "exact", "other", "known survivors of S-21",
         "the Documentation Center of Cambodia"),
       C("About 1.7 million", 1700000, "about", "killed", "people who died under the Khmer "
         "Rouge", "most estimates"),
       C("nearly a quarter", 0.25, "about", "killed", "share of the population who died",
         "most estimates", optional=True, cat_alt=["other"])],
      published="2010-07-26"),

    P("d33_039",
      "BAGHDAD (AP) — An Iraqi court on Sunday sentenced Saddam Hussein's cousin Ali Hassan "
      "al-Majid, known as \"Chemical Ali,\" and two other former officials to death by hanging "
      "for their roles in the 1987-88 Anfal campaign against the Kurds. Prosecutors say some "
      "180,000 Kurds were killed or disappeared in the campaign, many of them in poison gas "
      "attacks, and that about 2,000 villages were razed. Chief judge Mohammed Oreibi "
      "al-Khalifa acquitted one defendant and gave two others life sentences. More than 400 "
      "witnesses had testified, among them women who described being separated from their "
      "husbands and sons at detention camps in Topzawa; the men were never seen again. Kurdish "
      "officials in Sulaimaniyah said hundreds of people had gathered in the streets to "
      "celebrate.",
      [C("two", 2, "exact", "detained", "former officials sentenced to death", None,
         cat_alt=["other"], attr_alt=[IQ_COURT], ctx="two other former"),
       C("some 180,000", 180000, "about", "killed", "Kurds killed or disappeared", PROSECUTORS,
         cat_alt=["missing"]),
       C("about 2,000", 2000, "about", "infrastructure", "Kurdish villages razed", PROSECUTORS,
         cat_alt=["other"]),
       C("one", 1, "exact", "detained", "defendant acquitted", None, cat_alt=["other"],
         attr_alt=[JUDGE], ctx="one defendant"),
       C("two", 2, "exact", "detained", "defendants given life sentences", None,
         cat_alt=["other"], attr_alt=[JUDGE], ctx="two others life"),
       C("More than 400", 400, "more_than", "other", "witnesses who testified", None,
         optional=True),
       C("hundreds", 100, "vague", "other", "people celebrating in Sulaimaniyah",
         KURDISH_OFFICIALS)]),

    # --- Non-claims only ---------------------------------------------------------------------
    P("d33_040",
      "BUSAN, July 27 (Yonhap) -- South Korea marked the 70th anniversary of the armistice that "
      "halted the 1950-53 Korean War with a ceremony at the U.N. Memorial Cemetery in Busan on "
      "Thursday. The oldest veteran present, a 98-year-old former British corporal, laid a "
      "wreath at 11 a.m., the hour the agreement took effect in 1953. The armistice left a "
      "4-kilometer-wide demilitarized zone stretching some 250 kilometers across the peninsula, "
      "roughly along the 38th parallel. No peace treaty has ever been signed, and the two Koreas "
      "remain technically at war. It was the first time since 2013 that a sitting president had "
      "attended the commemoration.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d33_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "devset21", "devset22", "devset23",
                                                   "devset24", "devset25", "devset26",
                                                   "devset27", "devset28", "devset29",
                                                   "devset30", "devset31", "devset32",
                                                   "holdout", "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
