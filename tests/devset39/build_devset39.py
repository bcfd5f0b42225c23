"""Source of the thirty-ninth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on wars, disasters, protests and kidnappings between 1995 and
2025 in North America, the Caribbean, Oceania and the Middle East, written for this set (none
copied from an article) in the styles of the outlets that covered them: wire copy (Reuters, AP,
AFP, Petra, RNZ Pacific), local papers and TV sites (a Kingston daily, the Post-Courier, the
Trinidad Guardian, The Age-style and Seattle-paper pages, a Tehran paper, a Jerusalem site, a
CBC page, an ABC page, BBC and Al Jazeera pages), government and police releases (the US Navy,
Australia's defence minister, the Ottawa Police Service) and "what we know" boxes. Sentence
shapes vary widely: long sentences with several figures and sources, headlines, bullet lists,
quotes, tolls revised in the same passage. Annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of ``tests/devset2`` to ``tests/devset18`` and ``tests/holdout2``. Figures follow contemporary
reports loosely and some details are invented; the set tests extraction, not facts. One passage
holds only non-claims.

Run ``python tests/devset39/build_devset39.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PERRY = "Defense Secretary William Perry"
TRUDEAU = "Prime Minister Justin Trudeau"
PRYSTAIKO = "Ukraine's foreign minister, Vadym Prystaiko"
HIGH_COMMAND = "the police high command"
ELLINGTON = "Police Commissioner Owen Ellington"
OCSS = "The Peasant Organisation of the Southern Sierra (OCSS)"
FIGUEROA = "Governor Rubén Figueroa"
IQ_MOI = "Iraq's Interior Ministry"
IQ_OFFICER = "An Iraqi police officer at the scene"
IQ_PROBE = "A later Iraqi government investigation"
COHEN = "Defense Secretary William Cohen"
ZINNI = "General Anthony Zinni"
HILL = "Senator the Hon Robert Hill, Minister for Defence"
MUASHER = "Deputy Prime Minister Marwan Muasher"
RAMIREZ = "Interior Minister Francisco Ramírez Acuña"
SKATE = "Prime Minister Bill Skate"
CANBERRA = "a spokesman in Canberra"
ABINADER = "President Luis Abinader"
RIVERA = "Health Minister Daniel Rivera"
CIVIL_DEF = "the civil defense agency"
AP_TALLY = "an Associated Press tally"
GOV_FIGURES = "government figures"
IR_MOI = "the Interior Ministry"
RED_CRESCENT = "The Iranian Red Crescent"
FIRE_CHIEF = "the head of the capital's fire department"
KHALEDI = "Emergency services spokesman Mojtaba Khaledi"
ROSENFELD = "police spokesman Micky Rosenfeld"
FRS = "a Fire and Rescue Services spokesman"
WALSHE = "Deputy Commissioner Kieran Walshe"
VBRRA = "the Victorian Bushfire Reconstruction and Recovery Authority"
OSBORNE = "Chief Minister Bertrand Osborne"
MS_EMERGENCY = "the island's emergency department"
ISNA = "the semi-official ISNA news agency"
KHALILIAN = "Khuzestan provincial governor Sadegh Khalilian"
OPS = "Ottawa Police Service"
MORTON = "the Morton County Sheriff's Department"
KIRCHMEIER = "Sheriff Kyle Kirchmeier"
ESCALERA = "Police Commissioner Henry Escalera"
IL_POLICE = "Israel Police"
MDA = "Magen David Adom"
GAZA_MOH = "the Gaza health ministry"
IDF = "The Israeli military"
QALIBAF = "Tehran mayor Mohammad Baqer Qalibaf"
MANGAU = "Police Commissioner Mostyn Mangau"
SB_POLICE = "Police in Solomon Islands"
MANNING = "Police Commissioner David Manning"
MARAPE = "Prime Minister James Marape"
PNG_CHAMBER = "The Port Moresby Chamber of Commerce"
MATTAR = "Ibrahim Mattar"
SALMANIYA = "Doctors at the Salmaniya Medical Complex"
BH_MOI = "The interior ministry"
SAVUA = "Police Commissioner Isikia Savua"
US_MIL = "the U.S. military"
RT_TALLY = "a Reuters tally"
SY_TV = "Syrian state television"
MOMANI = "government spokesman Mohammad Momani"
AJILI = "Higher Education Minister Abd Dhiab al-Ajili"
IQ_MOI_OFFICIAL = "an Interior Ministry official"
MOD = "the Ministry of Defence"
DEF_OFFICIALS = "defence officials"
TREVOR_PAUL = "Acting Commissioner of Police Trevor Paul"

PASSAGES = [
    # --- Wars and armed violence ---------------------------------------------------------------
    P("d39_001",
      "DHAHRAN, Saudi Arabia (AP) — A fuel truck packed with explosives blew up outside a "
      "housing complex for American military personnel near the Dhahran air base late Tuesday, "
      "killing 19 U.S. airmen and wounding about 300 people, the Pentagon said. Defense "
      "Secretary William Perry said the bomb, which investigators estimated at 3,000 to 5,000 "
      "pounds, had sheared the front off an eight-story building of the Khobar Towers complex "
      "that housed about 100 airmen. Saudi officials said 147 Saudis and 118 Americans were "
      "among those treated at hospitals in the Eastern Province, along with several Bangladeshis "
      "and Egyptians. About 2,000 U.S. troops live at the complex, which also houses British and "
      "French personnel enforcing the no-fly zone over southern Iraq. No group has claimed "
      "responsibility for the attack, the deadliest against U.S. forces in the region since the "
      "1983 bombing of the Marine barracks in Beirut.",
      [C("19", 19, "exact", "killed", "U.S. airmen", "the Pentagon"),
       C("about 300", 300, "about", "injured", "people wounded", "the Pentagon"),
       C("3,000 to 5,000", 3000, "range", "munitions", "pounds of explosives", "investigators",
         high=5000, optional=True, attr_alt=[PERRY]),
       C("about 100", 100, "about", "troops", "airmen housed in the building", None,
         cat_alt=["population", "other"], attr_alt=[PERRY]),
       C("147", 147, "exact", "injured", "Saudis treated in hospital", "Saudi officials"),
       C("118", 118, "exact", "injured", "Americans treated in hospital", "Saudi officials"),
       C("About 2,000", 2000, "about", "troops", "U.S. troops at the complex",
         cat_alt=["population"])]),

    P("d39_002",
      "USS Cole casualty update\n"
      "Release Date: 10/14/2000\n"
      "NORFOLK, Va. -- The Navy has confirmed the deaths of 17 Sailors assigned to the "
      "guided-missile destroyer USS Cole (DDG 67), which was damaged by an explosion Oct. 12 "
      "while refueling in the port of Aden, Yemen. The remains of seven Sailors have been "
      "recovered and identified; 10 remain unaccounted for and are presumed dead. Thirty-nine "
      "Sailors were injured in the blast. Eleven of the most seriously injured were flown to "
      "Landstuhl Regional Medical Center, Germany, and 28 others were treated in Yemen or aboard "
      "French and U.S. ships in the area. The 505-foot destroyer, which has a crew of about 300, "
      "is stable, and divers continue to search flooded spaces aboard the ship. Next of kin of "
      "all casualties have been notified.",
      [C("17", 17, "exact", "killed", "Sailors of USS Cole", "The Navy", attr_alt=[None]),
       C("seven", 7, "exact", "killed", "remains recovered and identified", "The Navy",
         optional=True, cat_alt=["other"], attr_alt=[None]),
       C("10", 10, "exact", "killed", "Sailors unaccounted for and presumed dead", "The Navy",
         cat_alt=["missing"], attr_alt=[None], ctx="10 remain"),
       C("Thirty-nine", 39, "exact", "injured", "Sailors", "The Navy", attr_alt=[None]),
       C("Eleven", 11, "exact", "injured", "seriously injured flown to Landstuhl", "The Navy",
         attr_alt=[None]),
       C("28", 28, "exact", "injured", "injured treated in Yemen or aboard ships", "The Navy",
         attr_alt=[None]),
       C("about 300", 300, "about", "other", "crew of USS Cole", None,
         attr_alt=["The Navy"])],
      published="2000-10-14"),

    P("d39_003",
      "Canadian death toll in Iran jet crash revised to 57, Trudeau says\n"
      "CBC News · Posted: Jan 10, 2020 4:21 PM ET\n"
      "Prime Minister Justin Trudeau says 57 Canadians were among the 176 people killed when a "
      "Ukraine International Airlines jet went down minutes after taking off from Tehran on "
      "Wednesday, fewer than the 63 that Ukrainian officials had initially reported. Another 138 "
      "passengers were bound for Canada on connecting flights, he said. Trudeau told reporters "
      "in Ottawa that intelligence from multiple sources, including Canada's own, indicates the "
      "Boeing 737-800 was shot down by an Iranian surface-to-air missile. Ukraine's foreign "
      "minister, Vadym Prystaiko, said earlier that the dead included 82 Iranians, 11 Ukrainians "
      "— nine of them crew — 10 Swedes, four Afghans, three Germans and three Britons.",
      [C("57", 57, "exact", "killed", "Canadians (headline)", "Trudeau", attr_alt=[TRUDEAU],
         ctx="revised to 57"),
       C("57", 57, "exact", "killed", "Canadians", TRUDEAU, ctx="says 57 Canadians"),
       C("176", 176, "exact", "killed", "people on the Ukraine International Airlines jet",
         TRUDEAU, attr_alt=[None]),
       C("63", 63, "exact", "killed", "Canadians (initial figure)", "Ukrainian officials"),
       C("138", 138, "exact", "other", "passengers bound for Canada", TRUDEAU,
         cat_alt=["killed"], attr_alt=["he"]),
       C("82", 82, "exact", "killed", "Iranians", PRYSTAIKO, attr_alt=["Vadym Prystaiko"]),
       C("11", 11, "exact", "killed", "Ukrainians", PRYSTAIKO, attr_alt=["Vadym Prystaiko"]),
       C("nine", 9, "exact", "killed", "Ukrainian crew", PRYSTAIKO,
         attr_alt=["Vadym Prystaiko"]),
       C("10", 10, "exact", "killed", "Swedes", PRYSTAIKO, attr_alt=["Vadym Prystaiko"],
         ctx="10 Swedes"),
       C("four", 4, "exact", "killed", "Afghans", PRYSTAIKO, attr_alt=["Vadym Prystaiko"]),
       C("three", 3, "exact", "killed", "Germans", PRYSTAIKO, attr_alt=["Vadym Prystaiko"],
         ctx="three Germans"),
       C("three", 3, "exact", "killed", "Britons", PRYSTAIKO, attr_alt=["Vadym Prystaiko"],
         ctx="three Britons")],
      published="2020-01-10"),

    P("d39_004",
      "Death toll in west Kingston operation climbs to 73\n"
      "Published: Thursday | May 27, 2010\n"
      "The number of people killed since the security forces entered Tivoli Gardens on Monday in "
      "search of Christopher 'Dudus' Coke has risen to 73, the police high command said "
      "yesterday, up from 44 on Tuesday night. Police Commissioner Owen Ellington said three "
      "members of the security forces — two soldiers and a policeman — were among the dead, and "
      "that another 28 had been injured. More than 500 people have been detained, and 'a "
      "significant number' of weapons have been seized, among them 34 rifles and handguns, he "
      "said. Public Defender Earl Witter said his office had received complaints from dozens of "
      "residents who said relatives had been taken from their homes. Coke, 41, remained at large "
      "last night.",
      [C("73", 73, "exact", "killed", "people killed in Tivoli Gardens (headline)", None,
         attr_alt=[HIGH_COMMAND], ctx="climbs to 73"),
       C("73", 73, "exact", "killed", "people killed in Tivoli Gardens", HIGH_COMMAND,
         ctx="has risen to 73"),
       C("44", 44, "exact", "killed", "people killed (earlier toll)", HIGH_COMMAND,
         attr_alt=[None]),
       C("three", 3, "exact", "killed", "members of the security forces", ELLINGTON),
       C("two", 2, "exact", "killed", "soldiers", ELLINGTON),
       C("28", 28, "exact", "injured", "members of the security forces", ELLINGTON),
       C("More than 500", 500, "more_than", "detained", "people detained", ELLINGTON,
         attr_alt=["he"]),
       C("34", 34, "exact", "munitions", "rifles and handguns seized", ELLINGTON,
         cat_alt=["other"], attr_alt=["he"]),
       C("dozens", 12, "vague", "other", "residents who complained",
         "Public Defender Earl Witter", optional=True)],
      published="2010-05-27"),

    P("d39_005",
      "ACAPULCO, Mexico, June 29, 1995 (Reuters) - Guerrero state police killed 17 peasant "
      "farmers and wounded at least 20 others when they opened fire on two trucks taking members "
      "of a farmers' organisation to a protest rally, at a place called Aguas Blancas near "
      "Coyuca de Benítez, state officials said on Thursday. The state government said the police "
      "had been fired on first. The Peasant Organisation of the Southern Sierra (OCSS) said the "
      "trucks had been carrying some 80 of its members, most of them unarmed, and that five were "
      "still missing. Governor Rubén Figueroa said 10 police officers had been suspended and "
      "were being questioned by state prosecutors. The National Human Rights Commission said it "
      "would send investigators to the scene.",
      [C("17", 17, "exact", "killed", "peasant farmers", "state officials"),
       C("at least 20", 20, "at_least", "injured", "peasant farmers", "state officials"),
       C("two", 2, "exact", "other", "trucks fired on", "state officials", optional=True),
       C("some 80", 80, "about", "other", "OCSS members on the trucks", OCSS),
       C("five", 5, "exact", "missing", "OCSS members", OCSS),
       C("10", 10, "exact", "detained", "police officers suspended and questioned", FIGUEROA,
         cat_alt=["other"])],
      published="1995-06-29"),

    P("d39_006",
      "BAGHDAD (AP) — Iraq's Interior Ministry said Monday that 11 people were killed and 12 "
      "wounded when guards working for the U.S. security firm Blackwater USA opened fire in a "
      "crowded square in western Baghdad on Sunday, and that the government had revoked the "
      "company's license to operate in the country. Blackwater, which has about 1,000 employees "
      "in Iraq, said its men had come under attack while escorting a State Department convoy and "
      "had \"acted lawfully and appropriately.\" An Iraqi police officer at the scene, who spoke "
      "on condition of anonymity, said the dead included a traffic policeman and that at least "
      "three cars had burst into flames. A later Iraqi government investigation put the toll at "
      "17 dead and 20 wounded. The shooting was the latest in a string of incidents involving "
      "the 20,000 to 30,000 private security contractors estimated to be working in Iraq.",
      [C("11", 11, "exact", "killed", "people in the Baghdad square", IQ_MOI),
       C("12", 12, "exact", "injured", "people in the Baghdad square", IQ_MOI),
       C("about 1,000", 1000, "about", "troops", "Blackwater employees in Iraq", "Blackwater",
         cat_alt=["other"]),
       C("at least three", 3, "at_least", "other", "cars set ablaze", IQ_OFFICER,
         optional=True, cat_alt=["infrastructure"]),
       C("17", 17, "exact", "killed", "people (investigation toll)", IQ_PROBE),
       C("20", 20, "exact", "injured", "people (investigation toll)", IQ_PROBE),
       C("20,000 to 30,000", 20000, "range", "troops", "private security contractors in Iraq",
         high=30000, cat_alt=["other"])]),

    P("d39_007",
      "WASHINGTON, Dec 20, 1998 (AFP) - US and British forces fired more than 400 cruise "
      "missiles at Iraq during the four-day Operation Desert Fox, which ended on Saturday, "
      "Defense Secretary William Cohen told a Pentagon briefing. Of those, about 325 were Navy "
      "Tomahawks launched from ships and submarines in the Gulf and 90 were air-launched from "
      "B-52 bombers, said General Anthony Zinni, head of US Central Command. Aircraft flew more "
      "than 600 sorties against about 100 targets, he said, and damage assessments were still "
      "under way. Iraq said 62 of its soldiers had been killed and 180 wounded, but has given no "
      "overall figure for civilian deaths. The Iraqi health ministry said \"dozens\" of "
      "civilians had been killed in Baghdad alone.",
      [C("more than 400", 400, "more_than", "munitions", "cruise missiles fired", COHEN),
       C("about 325", 325, "about", "munitions", "Tomahawks launched from ships", ZINNI),
       C("90", 90, "exact", "munitions", "air-launched cruise missiles", ZINNI),
       C("more than 600", 600, "more_than", "munitions", "sorties", ZINNI, cat_alt=["other"],
         attr_alt=["he"]),
       C("about 100", 100, "about", "other", "targets", ZINNI,
         cat_alt=["infrastructure", "munitions"], attr_alt=["he"]),
       C("62", 62, "exact", "killed", "Iraqi soldiers", "Iraq"),
       C("180", 180, "exact", "injured", "Iraqi soldiers", "Iraq"),
       C("dozens", 12, "vague", "killed", "civilians in Baghdad", "The Iraqi health ministry")],
      published="1998-12-20"),

    P("d39_008",
      "MEDIA RELEASE\n"
      "Senator the Hon Robert Hill, Minister for Defence\n"
      "24 July 2003\n"
      "The first elements of the Australian Defence Force contribution to the Regional "
      "Assistance Mission to Solomon Islands arrived in Honiara today. Around 1,500 ADF "
      "personnel, together with about 200 troops from New Zealand, Fiji, Papua New Guinea and "
      "Tonga, will provide security for the 300 police officers who will lead the mission. The "
      "deployment includes four Black Hawk and four Iroquois helicopters, two Caribou transport "
      "aircraft and the amphibious ship HMAS Manoora. \"Our soldiers are there to back up the "
      "police, not to fight a war,\" Senator Hill said. Militants on Guadalcanal are believed to "
      "hold up to 1,000 high-powered weapons, many of them looted from police armouries in 2000.",
      [C("Around 1,500", 1500, "about", "troops", "ADF personnel", None, attr_alt=[HILL]),
       C("about 200", 200, "about", "troops", "troops from New Zealand, Fiji, PNG and Tonga",
         None, attr_alt=[HILL]),
       C("300", 300, "exact", "troops", "police officers leading the mission", None,
         cat_alt=["other"], attr_alt=[HILL]),
       C("four", 4, "exact", "munitions", "Black Hawk helicopters", None, optional=True,
         cat_alt=["other"], attr_alt=[HILL], ctx="four Black Hawk"),
       C("four", 4, "exact", "munitions", "Iroquois helicopters", None, optional=True,
         cat_alt=["other"], attr_alt=[HILL], ctx="four Iroquois"),
       C("two", 2, "exact", "munitions", "Caribou transport aircraft", None, optional=True,
         cat_alt=["other"], attr_alt=[HILL]),
       C("up to 1,000", 1000, "at_most", "munitions", "weapons held by militants", None,
         cat_alt=["other"])],
      published="2003-07-24"),

    P("d39_009",
      "AMMAN — The death toll from Wednesday night's suicide bombings at three Amman hotels "
      "stood at 57 on Thursday, Deputy Prime Minister Marwan Muasher said, revising down an "
      "earlier government figure of 67 after some victims had been counted twice. More than 115 "
      "people were wounded, he said. The deadliest blast tore through a wedding reception at the "
      "Radisson SAS, where some 300 guests had gathered; the fathers of both the bride and the "
      "groom were among at least 17 members of the two families killed there. Al-Qaeda in Iraq, "
      "led by Jordanian-born Abu Musab al-Zarqawi, claimed responsibility in a statement posted "
      "on the Internet. Security forces have detained 12 suspects, most of them Iraqis, a "
      "security official told the Jordan Times.",
      [C("three", 3, "exact", "infrastructure", "hotels bombed", None, optional=True,
         cat_alt=["other"]),
       C("57", 57, "exact", "killed", "people in the Amman bombings", MUASHER),
       C("67", 67, "exact", "killed", "earlier government figure", MUASHER, attr_alt=[None]),
       C("More than 115", 115, "more_than", "injured", "people", MUASHER, attr_alt=["he"]),
       C("some 300", 300, "about", "other", "wedding guests"),
       C("at least 17", 17, "at_least", "killed", "members of the two families", MUASHER,
         attr_alt=[None]),
       C("12", 12, "exact", "detained", "suspects", "a security official")]),

    P("d39_010",
      "MEXICO CITY, Dec 11 (Reuters) - President Felipe Calderón sent more than 6,500 soldiers "
      "and federal police into his home state of Michoacán on Monday to take on the drug "
      "cartels, in the first big move of his 11-day-old government, Interior Minister Francisco "
      "Ramírez Acuña said. The force is made up of about 4,260 soldiers, 1,054 marines and 1,420 "
      "federal police, backed by 246 vehicles, helicopters and patrol boats, officials said. "
      "More than 500 people have been killed in drug-related violence in Michoacán this year, "
      "according to a tally by the newspaper Reforma. In September, gunmen rolled five severed "
      "heads onto the dance floor of a nightclub in the city of Uruapan.",
      [C("more than 6,500", 6500, "more_than", "troops", "soldiers and federal police sent",
         RAMIREZ),
       C("about 4,260", 4260, "about", "troops", "soldiers", "officials"),
       C("1,054", 1054, "exact", "troops", "marines", "officials"),
       C("1,420", 1420, "exact", "troops", "federal police", "officials", cat_alt=["other"]),
       C("246", 246, "exact", "other", "vehicles", "officials", optional=True),
       C("More than 500", 500, "more_than", "killed", "people in drug violence in Michoacán",
         "a tally by the newspaper Reforma", attr_alt=["Reforma"]),
       C("five", 5, "exact", "killed", "people whose heads were dumped in Uruapan")]),

    # --- Disasters -------------------------------------------------------------------------------
    P("d39_011",
      "PORT MORESBY, July 20, 1998 (AFP) - At least 1,200 people are feared dead after tsunamis "
      "up to 10 metres high swept over villages on Papua New Guinea's north coast on Friday "
      "night, officials said Monday, with the toll expected to rise as rescue teams reach the "
      "worst-hit areas. Prime Minister Bill Skate said about 6,000 people were missing and that "
      "some 3,000 survivors had been taken to hospitals and aid posts in Aitape, where the only "
      "hospital was overwhelmed. \"Whole villages have been wiped out,\" he told reporters after "
      "flying over the coast. The Australian Defence Force has sent three C-130 Hercules "
      "transports carrying a field hospital, 60 medical staff and about 20 tonnes of supplies, a "
      "spokesman in Canberra said. The waves, triggered by a magnitude 7 earthquake offshore, "
      "destroyed the villages of Sissano, Arop and Warapu, which were home to about 10,000 "
      "people.",
      [C("At least 1,200", 1200, "at_least", "killed", "people feared dead", "officials",
         cat_alt=["missing"]),
       C("about 6,000", 6000, "about", "missing", "people", SKATE),
       C("some 3,000", 3000, "about", "injured", "survivors taken to hospitals and aid posts",
         SKATE, cat_alt=["other"]),
       C("three", 3, "exact", "other", "C-130 transports sent", CANBERRA, optional=True,
         cat_alt=["munitions", "aid"]),
       C("60", 60, "exact", "troops", "medical staff sent", CANBERRA, cat_alt=["other"]),
       C("about 20", 20, "about", "aid", "tonnes of supplies", CANBERRA),
       C("about 10,000", 10000, "about", "population", "residents of the destroyed villages")],
      published="1998-07-20"),

    P("d39_012",
      "SAN CRISTÓBAL, Dominican Republic (AP) — The death toll from Monday's explosion in a busy "
      "commercial district of San Cristóbal rose to 25 on Wednesday after three more people died "
      "in hospital, President Luis Abinader said, while 11 people remained missing. Health "
      "Minister Daniel Rivera said 59 people had been hospitalized, 36 of whom were still being "
      "treated, many for severe burns. Firefighters had earlier put the toll at 11, before rescue "
      "teams working through the night recovered more bodies from the rubble of a plastics "
      "warehouse. Some 400 people were evacuated from nearby homes, and the civil defense agency "
      "said 65 businesses and 21 homes had been damaged. Authorities have not said what caused "
      "the blast.",
      [C("25", 25, "exact", "killed", "people in San Cristóbal", ABINADER),
       C("three", 3, "exact", "killed", "people who died in hospital", ABINADER),
       C("11", 11, "exact", "missing", "people", ABINADER, attr_alt=[None],
         ctx="11 people remained missing"),
       C("59", 59, "exact", "injured", "people hospitalized", RIVERA),
       C("36", 36, "exact", "injured", "people still being treated", RIVERA),
       C("11", 11, "exact", "killed", "people (earlier toll)", "Firefighters",
         ctx="toll at 11"),
       C("Some 400", 400, "about", "displaced", "people evacuated from nearby homes", None,
         attr_alt=[CIVIL_DEF]),
       C("65", 65, "exact", "infrastructure", "businesses damaged", CIVIL_DEF),
       C("21", 21, "exact", "infrastructure", "homes damaged", CIVIL_DEF)]),

    P("d39_013",
      "Sandy's toll: what we know\n"
      "Updated Oct. 31, 2012, 9:45 a.m. ET\n"
      "• At least 50 people have been killed in the U.S., including 22 in New York City, "
      "according to an Associated Press tally.\n"
      "• The storm killed at least 69 people as it swept across the Caribbean last week, 54 of "
      "them in Haiti, according to government figures.\n"
      "• About 6.6 million homes and businesses in 15 states and Washington, D.C., were still "
      "without power Wednesday morning.\n"
      "• New York's subway system, which carries 5.3 million riders on an average weekday, "
      "remained shut for a third day.\n"
      "• Airlines have canceled more than 18,000 flights since Sunday, according to the "
      "tracking service FlightAware.",
      [C("At least 50", 50, "at_least", "killed", "people in the U.S.", AP_TALLY),
       C("22", 22, "exact", "killed", "people in New York City", AP_TALLY),
       C("at least 69", 69, "at_least", "killed", "people in the Caribbean", GOV_FIGURES),
       C("54", 54, "exact", "killed", "people in Haiti", GOV_FIGURES),
       C("About 6.6 million", 6_600_000, "about", "other", "homes and businesses without power",
         None, cat_alt=["infrastructure"]),
       C("15", 15, "exact", "other", "states without power", None, optional=True),
       C("5.3 million", 5_300_000, "exact", "other", "subway riders on a weekday", None,
         optional=True),
       C("more than 18,000", 18000, "more_than", "other", "flights canceled",
         "the tracking service FlightAware")],
      published="2012-10-31"),

    P("d39_014",
      "TEHRAN, Jan 7 (Reuters) - Iran has revised down the death toll from last month's "
      "earthquake in the southeastern city of Bam to 30,000 from the more than 41,000 it gave "
      "last week, the Interior Ministry said on Wednesday, blaming duplicate entries in lists "
      "drawn up by overwhelmed local officials. \"Bodies were buried in mass graves in the "
      "first days without being registered, and some were counted twice,\" deputy interior "
      "minister Ali Asghar Ahmadi told state television. About 30,000 people were injured and "
      "at least 75,000 left homeless by the December 26 quake, which destroyed the city's "
      "2,000-year-old citadel. The Iranian Red Crescent says it has handed out more than 45,000 "
      "tents, and foreign rescue teams from 44 countries took part in the search for "
      "survivors.",
      [C("30,000", 30000, "exact", "killed", "people killed in Bam (revised toll)", IR_MOI,
         ctx="Bam to 30,000"),
       C("more than 41,000", 41000, "more_than", "killed", "people killed (earlier toll)",
         IR_MOI, attr_alt=[None]),
       C("About 30,000", 30000, "about", "injured", "people injured in Bam"),
       C("at least 75,000", 75000, "at_least", "displaced", "people left homeless"),
       C("more than 45,000", 45000, "more_than", "aid", "tents handed out", RED_CRESCENT),
       C("44", 44, "exact", "other", "countries that sent rescue teams", RED_CRESCENT,
         optional=True, attr_alt=[None])]),

    P("d39_015",
      "Thursday, January 19, 2017\n"
      "TEHRAN – A 17-storey commercial building in central Tehran collapsed on Thursday after a "
      "fire that had been raging for hours, killing at least 20 firefighters, the head of the "
      "capital's fire department said. Some 200 firefighters had been battling the blaze in the "
      "Plasco building, Iran's oldest high-rise, when its northern wall gave way, state "
      "television reported. Emergency services spokesman Mojtaba Khaledi said 75 people, most of "
      "them firefighters, had been injured. The Tehran municipality later said the number of "
      "firefighters killed was 16, and that no civilians had been confirmed dead. Around 3,000 "
      "garment traders worked in the building's shops, according to the Tehran Chamber of "
      "Commerce.",
      [C("at least 20", 20, "at_least", "killed", "firefighters", FIRE_CHIEF),
       C("Some 200", 200, "about", "troops", "firefighters battling the blaze",
         "state television", cat_alt=["other"]),
       C("75", 75, "exact", "injured", "people, most of them firefighters", KHALEDI),
       C("16", 16, "exact", "killed", "firefighters (municipality figure)",
         "The Tehran municipality"),
       C("Around 3,000", 3000, "about", "population", "garment traders working in the building",
         "the Tehran Chamber of Commerce", cat_alt=["other"])],
      published="2017-01-19"),

    P("d39_016",
      "Carmel fire: 41 dead as flames near Haifa; 17,000 evacuated\n"
      "Dec. 3, 2010 | 12:57 AM\n"
      "At least 41 people were killed on Thursday when a forest fire on Mount Carmel engulfed a "
      "bus carrying Prison Service cadets who had been sent to help evacuate the Damon prison, "
      "police said. Most of the victims were prison guards; a police officer and two "
      "firefighters were also among the dead, police spokesman Micky Rosenfeld said. \"This is "
      "a disaster of unprecedented proportions,\" Prime Minister Benjamin Netanyahu said, adding "
      "that Israel had asked Greece, Cyprus, Turkey and other countries for firefighting "
      "aircraft. About 17,000 residents of Haifa, Tirat Carmel and nearby kibbutzim have been "
      "evacuated, a Fire and Rescue Services spokesman said, and some 500 inmates were moved "
      "from the prison to other jails. Three people were in critical condition at Rambam "
      "hospital in Haifa, among them the city's police chief, Ahuva Tomer.",
      [C("41", 41, "exact", "killed", "people in the Carmel fire (headline)", None,
         attr_alt=["police"], ctx="41 dead as"),
       C("17,000", 17000, "exact", "displaced", "people evacuated (headline)", None,
         attr_alt=[FRS], ctx="17,000 evacuated"),
       C("At least 41", 41, "at_least", "killed", "people on the bus", "police"),
       C("two", 2, "exact", "killed", "firefighters", ROSENFELD),
       C("About 17,000", 17000, "about", "displaced", "residents evacuated", FRS),
       C("some 500", 500, "about", "detained", "inmates moved from Damon prison", FRS,
         cat_alt=["displaced"], attr_alt=[None]),
       C("Three", 3, "exact", "injured", "people in critical condition")],
      published="2010-12-03"),

    P("d39_017",
      "MUSCAT, June 8, 2007 (AFP) - The death toll from Cyclone Gonu in Oman has reached 49, "
      "with 27 people still missing, police said on Friday, as the capital struggled to restore "
      "power and water supplies three days after the storm. More than 20,000 people had been "
      "evacuated from low-lying coastal areas before Gonu, the strongest cyclone to hit the "
      "Arabian Peninsula on record, made landfall on Wednesday. The storm then crossed the Gulf "
      "of Oman to Iran, where officials said 23 people had died and 40,000 had been moved from "
      "the coast of Sistan-Baluchestan province. Oil exports of about 600,000 barrels a day from "
      "the port of Mina al-Fahal had resumed, the oil ministry said.",
      [C("49", 49, "exact", "killed", "people in Oman", "police"),
       C("27", 27, "exact", "missing", "people in Oman", "police"),
       C("More than 20,000", 20000, "more_than", "displaced", "people evacuated in Oman"),
       C("23", 23, "exact", "killed", "people in Iran", "officials"),
       C("40,000", 40000, "exact", "displaced", "people moved from the coast in Iran",
         "officials"),
       C("about 600,000", 600000, "about", "other", "barrels of oil exported a day",
         "the oil ministry", optional=True)],
      published="2007-06-08"),

    P("d39_018",
      "Bushfire toll revised down to 173\n"
      "MELBOURNE: Victoria Police have revised the official death toll from the February 7 "
      "bushfires down to 173, from the 210 people they had feared dead, after forensic teams "
      "finished examining remains recovered from the fire zones. Deputy Commissioner Kieran "
      "Walshe said the earlier figure had been a \"worst-case\" estimate and that duplicated "
      "reports of missing people had since been resolved. He said 120 of the dead had come from "
      "the Kinglake area, and that no one remained unaccounted for. The fires destroyed more "
      "than 2,000 homes and left about 7,500 people homeless, according to the Victorian "
      "Bushfire Reconstruction and Recovery Authority. The royal commission into the fires will "
      "begin hearing evidence next month.",
      [C("173", 173, "exact", "killed", "bushfire dead (headline)", None,
         attr_alt=["Victoria Police"], ctx="toll revised down to 173"),
       C("173", 173, "exact", "killed", "bushfire dead", "Victoria Police",
         ctx="down to 173, from"),
       C("210", 210, "exact", "killed", "people feared dead (earlier figure)",
         "Victoria Police", cat_alt=["missing"]),
       C("120", 120, "exact", "killed", "dead from the Kinglake area", WALSHE,
         attr_alt=["He"]),
       C("more than 2,000", 2000, "more_than", "infrastructure", "homes destroyed", VBRRA),
       C("about 7,500", 7500, "about", "displaced", "people left homeless", VBRRA)]),

    P("d39_019",
      "PLYMOUTH, Montserrat, June 27 (Reuters) - Nineteen people are now presumed dead after "
      "avalanches of superheated gas and rock from the Soufrière Hills volcano swept through "
      "farming villages on Wednesday, Chief Minister Bertrand Osborne said on Friday. Police "
      "said the bodies of 10 victims had been recovered and that searchers were still looking "
      "for nine people, most of them farmers who had gone back to their fields inside the "
      "exclusion zone. At least seven villages were destroyed and some 150 homes burned, the "
      "island's emergency department said. About 4,000 people remain on the British territory, "
      "down from 11,000 before the eruptions began in 1995; about 1,600 of them are living in "
      "church halls and schools turned into shelters.",
      [C("Nineteen", 19, "exact", "killed", "people presumed dead", OSBORNE,
         cat_alt=["missing"]),
       C("10", 10, "exact", "killed", "bodies recovered", "Police"),
       C("nine", 9, "exact", "missing", "people searched for", "Police"),
       C("At least seven", 7, "at_least", "infrastructure", "villages destroyed", MS_EMERGENCY,
         cat_alt=["other"]),
       C("some 150", 150, "about", "infrastructure", "homes burned", MS_EMERGENCY),
       C("About 4,000", 4000, "about", "population", "people remaining on Montserrat"),
       C("11,000", 11000, "exact", "population", "people on Montserrat before the eruptions"),
       C("about 1,600", 1600, "about", "displaced", "people living in shelters")]),

    P("d39_020",
      "ABADAN, Iran (AP) — Rescuers pulled two more bodies from the rubble of a collapsed "
      "10-story building in the southwestern Iranian city of Abadan on Saturday, raising the "
      "death toll to 28, the semi-official ISNA news agency reported. Khuzestan provincial "
      "governor Sadegh Khalilian said 37 people had been injured, and that officials believed up "
      "to 80 people may have been inside the Metropol building when part of it fell on Monday. "
      "Authorities have detained 13 people, including the city's mayor, over the collapse, the "
      "judiciary said. Anger over the disaster brought hundreds of people into the streets of "
      "Abadan for a fifth night, and videos shared online showed riot police firing tear gas.",
      [C("two", 2, "exact", "killed", "bodies pulled from the rubble", ISNA),
       C("28", 28, "exact", "killed", "people in the Abadan collapse", ISNA),
       C("37", 37, "exact", "injured", "people", KHALILIAN),
       C("up to 80", 80, "at_most", "other", "people inside the building", "officials",
         cat_alt=["missing"], attr_alt=[KHALILIAN]),
       C("13", 13, "exact", "detained", "people detained over the collapse", "the judiciary"),
       C("hundreds", 100, "vague", "other", "protesters in Abadan")]),

    # --- Protests --------------------------------------------------------------------------------
    P("d39_021",
      "Published Thursday, December 2, 1999\n"
      "Police arrested more than 500 people in and around downtown Seattle yesterday, most of "
      "them demonstrators who sat down in the streets in defiance of a \"no-protest zone\" "
      "covering some 50 blocks around the meetings of the World Trade Organization. About 200 "
      "National Guard troops and 300 state troopers joined city police after Tuesday's protests, "
      "in which an estimated 40,000 people marched and the windows of dozens of downtown stores "
      "were smashed. Mayor Paul Schell said damage to businesses could top $2 million. "
      "Harborview Medical Center said it had treated 31 people for injuries since Tuesday, most "
      "of them for the effects of tear gas or pepper spray; none was seriously hurt. Fewer than "
      "20 of those arrested on Tuesday remained in the King County Jail last night, a jail "
      "spokesman said.",
      [C("more than 500", 500, "more_than", "detained", "people arrested in Seattle", None,
         attr_alt=["Police"]),
       C("some 50", 50, "about", "other", "blocks in the no-protest zone", None,
         optional=True),
       C("About 200", 200, "about", "troops", "National Guard troops"),
       C("300", 300, "exact", "troops", "state troopers", None, cat_alt=["other"]),
       C("an estimated 40,000", 40000, "about", "other", "marchers"),
       C("dozens", 12, "vague", "infrastructure", "stores with smashed windows", None,
         cat_alt=["other"]),
       C("31", 31, "exact", "injured", "people treated", "Harborview Medical Center"),
       C("Fewer than 20", 20, "fewer_than", "detained", "people arrested still in jail",
         "a jail spokesman")],
      published="1999-12-02"),

    P("d39_022",
      "Ottawa Police Service\n"
      "News release — February 20, 2022\n"
      "Update on the police operation to end the unlawful demonstration in downtown Ottawa:\n"
      "• 191 people have been arrested and 389 charges laid since the operation began on "
      "Friday.\n"
      "• 57 vehicles have been towed from the downtown core. Towing operations are continuing.\n"
      "• One officer suffered a minor injury. No serious injuries to members of the public have "
      "been reported.\n"
      "• Fewer than 100 demonstrators remain in the area of Wellington Street.\n"
      "\"We will not be leaving until the area is safe,\" Interim Chief Steve Bell told "
      "reporters. Officers from the Ontario Provincial Police, the RCMP and more than 20 police "
      "services across the country are supporting the operation.",
      [C("191", 191, "exact", "detained", "people arrested", None, attr_alt=[OPS]),
       C("389", 389, "exact", "detained", "charges laid", None, optional=True,
         cat_alt=["other"], attr_alt=[OPS]),
       C("57", 57, "exact", "other", "vehicles towed", None, attr_alt=[OPS]),
       C("One", 1, "exact", "injured", "police officer", None, attr_alt=[OPS]),
       C("Fewer than 100", 100, "fewer_than", "other", "demonstrators remaining", None,
         attr_alt=[OPS]),
       C("more than 20", 20, "more_than", "other", "police services supporting the operation",
         None, optional=True, cat_alt=["troops"], attr_alt=[OPS])],
      published="2022-02-20"),

    P("d39_023",
      "CANNON BALL, N.D. (AP) — Officers in riot gear, backed by armored vehicles and a "
      "helicopter, pushed protesters off private land in the path of the Dakota Access oil "
      "pipeline on Thursday, arresting 141 people, the Morton County Sheriff's Department said. "
      "Sheriff Kyle Kirchmeier said more than 300 officers from seven states took part in the "
      "operation, and that protesters had set fire to at least three vehicles and thrown rocks "
      "and logs at his officers. Protest organizers said at least a dozen people were hurt, some "
      "by rubber bullets and bean bag rounds. The number of people arrested since the protests "
      "began in August has now passed 400. Thousands of people, many of them from tribes across "
      "the country, have camped near the Standing Rock Sioux reservation since the spring.",
      [C("141", 141, "exact", "detained", "people arrested", MORTON),
       C("more than 300", 300, "more_than", "troops", "officers in the operation", KIRCHMEIER,
         cat_alt=["other"]),
       C("seven", 7, "exact", "other", "states that sent officers", KIRCHMEIER,
         optional=True),
       C("at least three", 3, "at_least", "other", "vehicles set on fire", KIRCHMEIER,
         optional=True, cat_alt=["infrastructure"]),
       C("at least a dozen", 12, "at_least", "injured", "people hurt", "Protest organizers"),
       C("400", 400, "more_than", "detained", "people arrested since August"),
       C("Thousands", 1000, "vague", "other", "people camped near the reservation")]),

    P("d39_024",
      "SAN JUAN, Puerto Rico (AP) — Hundreds of thousands of Puerto Ricans shut down a main "
      "highway in San Juan on Monday in what organizers called the largest protest in the "
      "island's history, demanding the resignation of Gov. Ricardo Rosselló over 889 pages of "
      "leaked chat messages and the arrests of two former officials in a federal corruption "
      "case. Organizers estimated the crowd at more than 500,000; police gave no figure. Police "
      "Commissioner Henry Escalera said 19 people had been arrested overnight after officers "
      "fired tear gas at protesters near the governor's mansion in Old San Juan, and that four "
      "officers had suffered minor injuries. Rosselló, 40, has said he will not seek re-election "
      "in 2020 but will not step down.",
      [C("Hundreds of thousands", 100000, "vague", "other", "protesters in San Juan"),
       C("889", 889, "exact", "other", "pages of leaked chat messages", None, optional=True),
       C("two", 2, "exact", "detained", "former officials arrested"),
       C("more than 500,000", 500000, "more_than", "other", "crowd", "Organizers"),
       C("19", 19, "exact", "detained", "people arrested overnight", ESCALERA),
       C("four", 4, "exact", "injured", "police officers", ESCALERA)]),

    P("d39_025",
      "Police: 136 arrested, 111 officers hurt in protests over Ethiopian teen's killing\n"
      "3 July 2019, 9:41 am\n"
      "Israel Police said Wednesday morning that 136 people had been arrested and 111 officers "
      "injured during a second day of protests across the country over the killing of Solomon "
      "Tekah, 19, by an off-duty police officer in Kiryat Haim. Protesters blocked roads at more "
      "than 20 junctions, including the Ayalon Highway in Tel Aviv, and set fire to cars and "
      "tires; police said 47 police cars had been damaged. Magen David Adom said it had treated "
      "26 protesters, most of them for light injuries. Thousands of members of Israel's "
      "Ethiopian community, which numbers about 150,000, took part in the demonstrations.",
      [C("136", 136, "exact", "detained", "people arrested (headline)", "Police",
         attr_alt=[IL_POLICE], ctx="136 arrested"),
       C("111", 111, "exact", "injured", "police officers (headline)", "Police",
         attr_alt=[IL_POLICE], ctx="111 officers hurt"),
       C("136", 136, "exact", "detained", "people arrested", IL_POLICE, ctx="136 people"),
       C("111", 111, "exact", "injured", "police officers", IL_POLICE,
         ctx="111 officers injured"),
       C("more than 20", 20, "more_than", "other", "junctions blocked", None, optional=True,
         cat_alt=["infrastructure"]),
       C("47", 47, "exact", "other", "police cars damaged", "police", optional=True,
         cat_alt=["infrastructure"]),
       C("26", 26, "exact", "injured", "protesters treated", MDA),
       C("Thousands", 1000, "vague", "other", "protesters from the Ethiopian community"),
       C("about 150,000", 150000, "about", "population", "Ethiopian community in Israel")],
      published="2019-07-03"),

    P("d39_026",
      "Published On 15 May 2018\n"
      "Israeli forces shot dead 60 Palestinians and wounded more than 2,700 during protests "
      "along the Gaza fence on Monday, as the United States opened its embassy in Jerusalem, the "
      "Gaza health ministry said. Among the dead were eight children under the age of 16, it "
      "said, and 1,359 of the wounded had been hit by live fire. The Israeli military said about "
      "40,000 Palestinians had taken part in \"violent riots\" at 13 locations along the fence, "
      "and that its troops had used riot dispersal means and live fire in line with standard "
      "procedures. It was the deadliest day in Gaza since the 2014 war. More than 100 "
      "Palestinians have been killed since the protests began on March 30.",
      [C("60", 60, "exact", "killed", "Palestinians", GAZA_MOH),
       C("more than 2,700", 2700, "more_than", "injured", "Palestinians", GAZA_MOH),
       C("eight", 8, "exact", "killed", "children", GAZA_MOH, attr_alt=["it"]),
       C("1,359", 1359, "exact", "injured", "wounded by live fire", GAZA_MOH,
         attr_alt=["it", None]),
       C("about 40,000", 40000, "about", "other", "Palestinian protesters", IDF),
       C("13", 13, "exact", "other", "protest locations along the fence", IDF, optional=True),
       C("More than 100", 100, "more_than", "killed", "Palestinians killed since March 30")],
      published="2018-05-15"),

    P("d39_027",
      "Iran: Seven killed at Tehran rally, state radio says\n"
      "Published: 16 June 2009\n"
      "Seven people were killed when shots were fired from a militia base during a mass rally in "
      "Tehran's Azadi Square against the disputed presidential election result, Iranian state "
      "radio reported on Tuesday. The radio said the deaths came after \"thugs\" tried to attack "
      "the base. Witnesses put the crowd at hundreds of thousands, while Tehran mayor Mohammad "
      "Baqer Qalibaf, quoted by an opposition website, put it at up to three million. More than "
      "170 people, among them prominent reformists, have been arrested since Friday's vote, "
      "according to Iranian news agencies. The Guardian Council has offered to recount a random "
      "10% of the ballots.",
      [C("Seven", 7, "exact", "killed", "people at the Tehran rally (headline)", "state radio",
         attr_alt=["Iranian state radio"], ctx="Seven killed"),
       C("Seven", 7, "exact", "killed", "people at the Tehran rally", "Iranian state radio",
         attr_alt=["The radio"], ctx="Seven people"),
       C("hundreds of thousands", 100000, "vague", "other", "crowd at the rally", "Witnesses"),
       C("up to three million", 3_000_000, "at_most", "other", "crowd at the rally", QALIBAF,
         attr_alt=["an opposition website"]),
       C("More than 170", 170, "more_than", "detained", "people arrested since the vote",
         "Iranian news agencies"),
       C("10%", 10, "exact", "other", "ballots to be recounted", "The Guardian Council",
         optional=True)],
      published="2009-06-16"),

    P("d39_028",
      "HONIARA, 27 November 2021 (RNZ Pacific) – Police in Solomon Islands have found three "
      "charred bodies inside a burnt-out building in Honiara's Chinatown, the first deaths "
      "reported after three days of rioting in the capital. Police Commissioner Mostyn Mangau "
      "said 100 people had been arrested so far and warned that more arrests would follow as "
      "officers reviewed video footage. At least 56 buildings were razed, according to the "
      "Honiara City Council. Australia has deployed more than 100 police and soldiers at the "
      "request of Prime Minister Manasseh Sogavare; Papua New Guinea has sent 34 peacekeepers, "
      "and Fiji is expected to send about 50 troops next week. Sogavare, 66, has refused calls "
      "to resign.",
      [C("three", 3, "exact", "killed", "charred bodies found in Chinatown", None,
         attr_alt=[SB_POLICE], ctx="three charred"),
       C("100", 100, "exact", "detained", "people arrested", MANGAU, ctx="said 100 people"),
       C("At least 56", 56, "at_least", "infrastructure", "buildings razed",
         "the Honiara City Council"),
       C("more than 100", 100, "more_than", "troops", "Australian police and soldiers", None,
         cat_alt=["other"], attr_alt=["Australia"]),
       C("34", 34, "exact", "troops", "PNG peacekeepers", None,
         attr_alt=["Papua New Guinea"]),
       C("about 50", 50, "about", "troops", "Fijian troops", None, attr_alt=["Fiji"])],
      published="2021-11-27"),

    P("d39_029",
      "Death toll from 'Black Wednesday' riots rises to 16\n"
      "Post-Courier | January 12, 2024\n"
      "Sixteen people died in rioting and looting in Port Moresby and Lae on Wednesday, Police "
      "Commissioner David Manning said yesterday, nine of them in the capital and seven in Lae. "
      "Most were killed in shops set on fire by looters or in clashes with store owners, he "
      "said. Prime Minister James Marape has declared a 14-day state of emergency in the capital "
      "and said more than 1,000 soldiers and police officers were on standby. The unrest began "
      "after police, soldiers and prison guards walked off the job over a payroll error that cut "
      "up to 300 kina from their pay. The Port Moresby Chamber of Commerce said more than 50 "
      "shops and businesses had been looted or burned.",
      [C("16", 16, "exact", "killed", "people in the riots (headline)", None,
         attr_alt=[MANNING]),
       C("Sixteen", 16, "exact", "killed", "people in the riots", MANNING),
       C("nine", 9, "exact", "killed", "people in Port Moresby", MANNING),
       C("seven", 7, "exact", "killed", "people in Lae", MANNING),
       C("more than 1,000", 1000, "more_than", "troops", "soldiers and police on standby",
         MARAPE),
       C("more than 50", 50, "more_than", "infrastructure", "shops and businesses looted or burned",
         PNG_CHAMBER)],
      published="2024-01-12"),

    P("d39_030",
      "MANAMA (AFP) - Riot police firing tear gas and rubber bullets stormed Manama's Pearl "
      "Roundabout before dawn on Thursday, killing at least four protesters, an opposition MP "
      "said, as tanks and armoured vehicles took up positions in the capital. Ibrahim Mattar of "
      "the Shiite opposition group Al-Wefaq said at least 231 people had been wounded. Doctors at "
      "the Salmaniya Medical Complex said dozens of the wounded were in serious condition. The "
      "interior ministry said about 50 police officers had been injured while clearing the "
      "square, where some 2,000 protesters had been sleeping in tents. Witnesses counted at "
      "least 30 tanks and armoured vehicles heading into the city.",
      [C("at least four", 4, "at_least", "killed", "protesters", "an opposition MP",
         attr_alt=[MATTAR]),
       C("at least 231", 231, "at_least", "injured", "people wounded", MATTAR,
         attr_alt=["Al-Wefaq"]),
       C("dozens", 12, "vague", "injured", "seriously wounded", SALMANIYA),
       C("about 50", 50, "about", "injured", "police officers", BH_MOI),
       C("some 2,000", 2000, "about", "other", "protesters sleeping at the roundabout", None,
         attr_alt=[BH_MOI]),
       C("at least 30", 30, "at_least", "munitions", "tanks and armoured vehicles", "Witnesses",
         cat_alt=["other"])]),

    # --- Kidnappings and hostages ----------------------------------------------------------------
    P("d39_031",
      "SUVA, May 20, 2000 (AFP) - Gunmen led by failed businessman George Speight were holding "
      "Prime Minister Mahendra Chaudhry and about 30 members of his government hostage inside "
      "Fiji's parliament on Saturday, a day after storming the building. Police Commissioner "
      "Isikia Savua said seven armed men had entered the parliament with Speight and that "
      "hundreds of his supporters had since gathered outside. Eight of the hostages, all of them "
      "women, were freed on Saturday afternoon, a Red Cross official said. Rioters looted and set "
      "fire to more than 160 shops in central Suva on Friday, police said, and 63 people were "
      "arrested overnight. Speight, 43, says he acted on behalf of indigenous Fijians.",
      [C("about 30", 30, "about", "hostages", "members of the government held in parliament"),
       C("seven", 7, "exact", "troops", "armed men with Speight", SAVUA, cat_alt=["other"]),
       C("hundreds", 100, "vague", "other", "Speight supporters outside parliament", SAVUA),
       C("Eight", 8, "exact", "hostages", "women hostages freed", "a Red Cross official"),
       C("more than 160", 160, "more_than", "infrastructure", "shops looted or burned",
         "police"),
       C("63", 63, "exact", "detained", "people arrested overnight", "police",
         attr_alt=[None])],
      published="2000-05-20"),

    P("d39_032",
      "BAGHDAD, March 23 (Reuters) - U.S. and British troops freed three Western peace "
      "activists held hostage in Iraq for nearly four months on Thursday, two weeks after the "
      "body of their American colleague was found dumped in western Baghdad, the U.S. military "
      "said. Canadians James Loney, 41, and Harmeet Singh Sooden, 32, and Briton Norman Kember, "
      "74, were found bound but unharmed in a house; no shots were fired and no kidnappers were "
      "at the scene. The four members of Christian Peacemaker Teams were seized on Nov. 26 by a "
      "previously unknown group calling itself the Swords of Righteousness Brigade, which had "
      "threatened to kill them unless all Iraqi prisoners were freed. More than 250 foreigners "
      "have been kidnapped in Iraq since the 2003 invasion and at least 40 of them killed, "
      "according to a Reuters tally.",
      [C("three", 3, "exact", "hostages", "peace activists freed", US_MIL),
       C("four", 4, "exact", "hostages", "Christian Peacemaker Teams members seized", None,
         ctx="four members"),
       C("More than 250", 250, "more_than", "hostages", "foreigners kidnapped in Iraq",
         RT_TALLY),
       C("at least 40", 40, "at_least", "killed", "kidnapped foreigners killed", RT_TALLY,
         cat_alt=["hostages"])]),

    P("d39_033",
      "Syrian nuns freed in exchange for prisoners\n"
      "Published: 10 March 2014\n"
      "Thirteen Greek Orthodox nuns and three maids held for more than three months by Syrian "
      "rebels were freed overnight and crossed into Lebanon, officials said, in a deal under "
      "which the Syrian government agreed to release around 150 women from its jails. Lebanon's "
      "General Security chief, Major General Abbas Ibrahim, who mediated together with Qatar, "
      "said the nuns were in good health. Syrian state television said 153 detainees had been "
      "freed as part of the deal, without saying how many were women. The nuns had been taken "
      "from the Mar Takla convent in Maaloula on Dec. 2, when al-Nusra Front fighters overran "
      "the Christian town, about 55 kilometres north of Damascus. A source close to the "
      "negotiations said Qatar had paid a ransom of up to $16 million.",
      [C("Thirteen", 13, "exact", "hostages", "nuns freed", "officials"),
       C("three", 3, "exact", "hostages", "maids freed", "officials", ctx="three maids"),
       C("around 150", 150, "about", "detained", "women prisoners to be released", "officials",
         attr_alt=[None]),
       C("153", 153, "exact", "detained", "detainees freed", SY_TV)],
      published="2014-03-10"),

    P("d39_034",
      "AMMAN (Petra) – Jordan hanged two convicted jihadists at dawn on Wednesday, among them "
      "would-be suicide bomber Sajida al-Rishawi, hours after the Islamic State group released a "
      "video showing the killing of the captured Jordanian pilot Muath al-Kasasbeh, government "
      "spokesman Mohammad Momani said. The army said Kasasbeh, 26, had been killed on January 3, "
      "a month before the video appeared, while Jordan was still negotiating for his release. "
      "The pilot was captured on December 24 when his F-16 crashed near Raqqa during a mission "
      "for the US-led coalition. Jordan had offered to free Rishawi in exchange for him; the "
      "group had instead demanded her release in exchange for Japanese journalist Kenji Goto, "
      "whose killing it announced on Saturday. Thousands of mourners gathered in the pilot's "
      "home town of Karak. Jordanian jets carried out 56 air strikes on Islamic State targets on "
      "Thursday, state television said.",
      [C("two", 2, "exact", "killed", "convicted jihadists executed", MOMANI,
         cat_alt=["detained"]),
       C("Thousands", 1000, "vague", "other", "mourners in Karak"),
       C("56", 56, "exact", "munitions", "air strikes on Islamic State targets",
         "state television", cat_alt=["other"])]),

    P("d39_035",
      "JERUSALEM (AP) — Elizabeth Tsurkov, an Israeli-Russian researcher who was kidnapped in "
      "Baghdad in March 2023, has been freed after more than 900 days in captivity, Prime "
      "Minister Benjamin Netanyahu's office said on Tuesday. Tsurkov, 38, a doctoral student at "
      "Princeton University, was abducted outside a café in central Baghdad while doing research "
      "for her thesis. Her family has said she was held by Kataib Hezbollah, an Iran-backed "
      "militia, which has never acknowledged holding her. She was taken to a hospital and is "
      "expected to need weeks of treatment, her sister said. The two-and-a-half-year ordeal "
      "ended without a prisoner exchange, an Israeli official said.",
      []),

    P("d39_036",
      "BAGHDAD, Nov 14 (Reuters) - Gunmen in Iraqi police uniforms seized up to 150 men from a "
      "Higher Education Ministry building in central Baghdad on Tuesday, in one of the biggest "
      "mass kidnappings since the 2003 invasion, police and ministry officials said. Higher "
      "Education Minister Abd Dhiab al-Ajili said between 100 and 150 staff and visitors had "
      "been taken, and that he had suspended classes at Baghdad's universities until the "
      "hostages were freed. Witnesses said about 80 gunmen had arrived in some 20 pickup trucks "
      "and sealed off the street. By nightfall police had freed about 70 of the captives, an "
      "Interior Ministry official said, adding that five senior police officers in charge of "
      "the district had been detained for questioning.",
      [C("up to 150", 150, "at_most", "hostages", "men seized",
         "police and ministry officials"),
       C("between 100 and 150", 100, "range", "hostages", "staff and visitors taken", AJILI,
         high=150),
       C("about 80", 80, "about", "troops", "gunmen", "Witnesses", cat_alt=["other"]),
       C("some 20", 20, "about", "other", "pickup trucks", "Witnesses", optional=True),
       C("about 70", 70, "about", "hostages", "captives freed", IQ_MOI_OFFICIAL),
       C("five", 5, "exact", "detained", "police officers detained for questioning",
         IQ_MOI_OFFICIAL)]),

    P("d39_037",
      "Updated Tue 21 Feb 2023 at 6:42pm\n"
      "Gunmen holding an archaeologist and three local researchers in Papua New Guinea's "
      "Southern Highlands have demanded a ransom of 3.5 million kina ($1.4 million), police say. "
      "Professor Bryce Barker, who works for the University of Southern Queensland, and his "
      "three Papua New Guinean colleagues were kidnapped near Mount Bosavi on Sunday. Police "
      "Commissioner David Manning said a group of about 30 heavily armed men was holding the "
      "four researchers, and that \"up to 90\" police and defence force personnel had been sent "
      "to the area. A woman in the group was released on Monday to carry the kidnappers' "
      "demands to the authorities, he said. The area has been plagued by tribal fighting, in "
      "which dozens of people have been killed in recent months.",
      [C("three", 3, "exact", "hostages", "local researchers held", "police",
         ctx="three local"),
       C("three", 3, "exact", "hostages", "PNG colleagues kidnapped", None, optional=True,
         attr_alt=["police"], ctx="three Papua"),
       C("about 30", 30, "about", "troops", "armed kidnappers", MANNING, cat_alt=["other"]),
       C("four", 4, "exact", "hostages", "researchers held", MANNING),
       C("up to 90", 90, "at_most", "troops", "police and defence personnel sent", MANNING,
         cat_alt=["other"]),
       C("dozens", 12, "vague", "killed", "people in tribal fighting")],
      published="2023-02-21"),

    P("d39_038",
      "Iran seizes 15 British navy personnel\n"
      "Last Updated: Friday, 23 March 2007, 14:35 GMT\n"
      "Fifteen British sailors and Royal Marines have been seized by Iranian naval forces in the "
      "northern Gulf, the Ministry of Defence has said. The personnel, from the frigate HMS "
      "Cornwall, were taken at gunpoint after they had finished searching a merchant ship in "
      "what the MoD says were Iraqi territorial waters. They had been in two inflatable boats. "
      "The group is made up of eight sailors and seven marines, one of them a woman, defence "
      "officials said. The Cornwall, which has a crew of about 250, is part of a coalition task "
      "force protecting Iraq's oil terminals.",
      [C("15", 15, "exact", "detained", "British navy personnel seized (headline)", None,
         cat_alt=["hostages"], attr_alt=[MOD]),
       C("Fifteen", 15, "exact", "detained", "British sailors and marines seized", MOD,
         cat_alt=["hostages"]),
       C("two", 2, "exact", "other", "inflatable boats", None, optional=True,
         attr_alt=["the MoD"]),
       C("eight", 8, "exact", "detained", "sailors seized", DEF_OFFICIALS,
         cat_alt=["hostages"]),
       C("seven", 7, "exact", "detained", "marines seized", DEF_OFFICIALS,
         cat_alt=["hostages"]),
       C("one", 1, "exact", "detained", "woman among them", DEF_OFFICIALS, optional=True,
         cat_alt=["hostages"], ctx="one of them a woman"),
       C("about 250", 250, "about", "other", "crew of HMS Cornwall")],
      published="2007-03-23"),

    P("d39_039",
      "CLEVELAND (AP) — Three women who vanished as teenagers about a decade ago were found alive "
      "Monday in a house a few miles from where they disappeared, and three brothers were "
      "arrested, police said. Amanda Berry, 27, Gina DeJesus, 23, and Michelle Knight, 32, were "
      "freed after Berry kicked out part of a door and called 911, screaming: \"I've been "
      "kidnapped, and I've been missing for 10 years.\" A 6-year-old girl believed to be Berry's "
      "daughter was also found in the house. Ariel Castro, 52, the owner of the home, was later "
      "charged with four counts of kidnapping and three counts of rape, prosecutors said; his "
      "two brothers were released.",
      [C("Three", 3, "exact", "hostages", "women held captive", "police",
         cat_alt=["missing"], ctx="Three women"),
       C("three", 3, "exact", "detained", "brothers arrested", "police", ctx="three brothers"),
       C("four", 4, "exact", "other", "counts of kidnapping", "prosecutors", optional=True,
         cat_alt=["detained"]),
       C("three", 3, "exact", "other", "counts of rape", "prosecutors", optional=True,
         ctx="three counts"),
       C("two", 2, "exact", "detained", "brothers released", "prosecutors",
         attr_alt=[None])]),

    P("d39_040",
      "Police say kidnappings for ransom down sharply\n"
      "Trinidad Guardian | Monday, January 15, 2007\n"
      "The Trinidad and Tobago Police Service recorded 31 kidnappings for ransom in 2006, down "
      "from 58 the year before, Acting Commissioner of Police Trevor Paul said yesterday. "
      "Including cases in which no ransom was demanded, police received 177 kidnapping reports "
      "last year, he said, compared with 235 in 2005. Paul credited the Anti-Kidnapping Unit, "
      "set up in 2004 with about 60 officers, for the fall, and said 24 suspects had been "
      "charged with kidnapping offences during the year. Four victims were killed by their "
      "captors in 2006, according to the unit's records. Businessmen and their relatives in "
      "Central Trinidad remain the most common targets.",
      [C("31", 31, "exact", "hostages", "kidnappings for ransom in 2006", TREVOR_PAUL,
         cat_alt=["other"]),
       C("58", 58, "exact", "hostages", "kidnappings for ransom in 2005", TREVOR_PAUL,
         cat_alt=["other"]),
       C("177", 177, "exact", "hostages", "kidnapping reports in 2006", TREVOR_PAUL,
         cat_alt=["other"], attr_alt=["he"]),
       C("235", 235, "exact", "hostages", "kidnapping reports in 2005", TREVOR_PAUL,
         cat_alt=["other"], attr_alt=["he"]),
       C("about 60", 60, "about", "troops", "officers in the Anti-Kidnapping Unit", None,
         cat_alt=["other"], attr_alt=[TREVOR_PAUL]),
       C("24", 24, "exact", "detained", "suspects charged", TREVOR_PAUL, cat_alt=["other"]),
       C("Four", 4, "exact", "killed", "kidnap victims killed by captors", "the unit's records",
         cat_alt=["hostages"])],
      published="2007-01-15"),
]

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 39)), "holdout", "holdout2", "holdout3")


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d39_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
