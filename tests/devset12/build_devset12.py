"""Source of the twelfth development set: writes ``passages.jsonl`` next to it.

Forty passages shaped like saved news pages rather than single clean paragraphs: timestamped
live blogs, "what we know so far" bullet lists, "key figures" and "by the numbers" boxes, tables
pasted as text (a line per province, country or island), photo captions above a body,
headline + standfirst + body items, correction notes, quotes that run on across sentences or are
split around the speaker, figures in parentheses, sources named only at the end of a sentence or
paragraph, pronoun sources and updates that revise earlier figures. Written for this set (none
copied from an article) on wars, disasters, epidemics, protests, mass shootings, terror attacks,
kidnappings and migrant deaths not used in the earlier sets, annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded in
the READMEs of ``tests/devset2`` to ``tests/devset11`` and ``tests/holdout2`` (and the annotations
of ``tests/devset5``). Figures follow contemporary reports loosely; the set tests extraction, not
facts. Two passages hold only non-claims.

Run ``python tests/devset12/build_devset12.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PARIS_PROS = "The Paris prosecutor's office"
GMP = "Greater Manchester Police"
BNPB = "Indonesia's disaster mitigation agency (BNPB)"
NDMA = "National Disaster Management Authority"
CORREA = "President Rafael Correa"
NAVAS = "Security Minister César Navas"
KENYATTA = "President Uhuru Kenyatta"
LENKU = "Interior Minister Joseph Ole Lenku"
KRCS = "The Kenya Red Cross"
FR_OFFICIALS = "French officials"
TOURAINE = "Health Minister Marisol Touraine"
PESH_DOCTOR = "a doctor at Lady Reading Hospital"
BAJWA = "Army spokesman Major General Asim Bajwa"
NO_POLICE = "police chief Sverre Haugen"
ACEBES = "Interior Minister Ángel Acebes"
ESSEX = "Police in Essex"
HARGREAVES = "Deputy Chief Constable Tim Hargreaves"
MA_MOI = "The interior ministry"
MA_FIGURES = "the ministry's figures"
WHO = "World Health Organization"
OPD = "the Orlando Police Department"
ISRAEL = "Broward County Sheriff Scott Israel"
TX = "Texas authorities"
PH_SPOKESMAN = "a Philippine military spokesman"
KD_POLICE = "The Kaduna State Police Command"
BAKO = "The Baptist Convention's secretary, Rev. Elisha Bako"
BLUE_HOUSE = "South Korea's presidential office"
BURGENLAND = "police in the state of Burgenland"
CHIAPAS = "state prosecutors"
EG_MOH = "Egypt's health ministry"
IACHR = "the Inter-American Commission on Human Rights"
AMNESTY = "Amnesty International"
SANWO = "Lagos State Governor Babajide Sanwo-Olu"
UA_MOH = "The health ministry"
MAIDAN_MEDICS = "Opposition medics at the Maidan's makeshift field hospital"
OMBUDSMAN = "the ombudsman's office"
MH17_LIST = "Malaysia Airlines passenger manifest"
SOHR = "the Syrian Observatory for Human Rights"
ICMP = "the International Commission on Missing Persons"
IN_OFFICIALS = "Indian officials"
SAWANT = "Maharashtra's chief secretary, Pradeep Sawant"
IST_GOV = "the Istanbul governor's office"
TN_MOH = "Tunisia's health ministry"
XINHUA = "the official Xinhua news agency"
STATE_COUNCIL = "a State Council investigation"

PASSAGES = [
    # --- Live blogs ---------------------------------------------------------------------------
    P("d12_001",
      "Paris attacks: live updates\n"
      "Last updated: 14 November 2015, 11:02 GMT\n"
      "11:02 President François Hollande calls the attacks an \"act of war\" by the Islamic State "
      "group and declares three days of national mourning.\n"
      "10:41 The Paris prosecutor's office now puts the number of dead at 127, up from the 120 it "
      "gave overnight. More than 200 people were wounded, 80 of them critically, it says.\n"
      "09:55 Police say the siege at the Bataclan concert hall, where an American rock band was "
      "playing, accounts for 89 of the deaths.\n"
      "08:30 Seven attackers are dead, according to the prosecutor's office: six blew themselves "
      "up with explosive vests and one was shot by police.",
      [C("127", 127, "exact", "killed", "people", PARIS_PROS),
       C("120", 120, "exact", "killed", "people (earlier count)", PARIS_PROS, attr_alt=["it"]),
       C("More than 200", 200, "more_than", "injured", "people", PARIS_PROS, attr_alt=["it"]),
       C("80", 80, "exact", "injured", "critically wounded", PARIS_PROS, attr_alt=["it"]),
       C("89", 89, "exact", "killed", "people at the Bataclan", "Police"),
       C("Seven", 7, "exact", "killed", "attackers", "the prosecutor's office",
         attr_alt=[PARIS_PROS]),
       C("six", 6, "exact", "killed", "attackers who blew themselves up",
         "the prosecutor's office", attr_alt=[PARIS_PROS]),
       C("one", 1, "exact", "killed", "attacker shot by police", "the prosecutor's office",
         attr_alt=[PARIS_PROS])],
      published="2015-11-14"),
    P("d12_002",
      "Morocco earthquake – as it happened\n"
      "Last modified on Sat 9 Sep 2023 18.02 BST\n"
      "17.45 BST The interior ministry has raised the death toll to 2,046, up from 1,329 in its "
      "previous update. Another 2,071 people are injured, 1,396 of them seriously, it said.\n"
      "17.12 BST Most of the deaths – 1,293 – were in the province of Al Haouz, where the "
      "epicentre was, followed by Taroudant with 452, according to the ministry's figures.\n"
      "15.55 BST A 4.9-magnitude aftershock was felt in Marrakech, about 70km from the "
      "epicentre, this afternoon. Officials in the city say they have no immediate reports of casualties from it.",
      [C("2,046", 2046, "exact", "killed", "people", MA_MOI),
       C("1,329", 1329, "exact", "killed", "people (previous update)", MA_MOI),
       C("2,071", 2071, "exact", "injured", "people", MA_MOI, attr_alt=["it"]),
       C("1,396", 1396, "exact", "injured", "seriously injured", MA_MOI, attr_alt=["it"]),
       C("1,293", 1293, "exact", "killed", "people in Al Haouz", MA_FIGURES, attr_alt=[MA_MOI]),
       C("452", 452, "exact", "killed", "people in Taroudant", MA_FIGURES, attr_alt=[MA_MOI]),
],
      published="2023-09-09"),
    P("d12_003",
      "Ukraine crisis: live\n"
      "Updated: 20 February 2014, 21:40 GMT\n"
      "21:40 The health ministry says the number of people killed in clashes in Kyiv since "
      "Tuesday has risen to 75. In an update a few minutes ago it said 571 people had been "
      "injured over the same period, 363 of whom are in hospital.\n"
      "19:05 Opposition medics at the Maidan's makeshift field hospital say they have counted at "
      "least 100 dead today alone. That figure has not been independently confirmed.\n"
      "17:30 Ukraine's interior ministry says 67 police officers have been captured by "
      "protesters in the centre of the capital.\n"
      "16:12 The health ministry's toll now stands at 60.",
      [C("75", 75, "exact", "killed", "people in Kyiv clashes", UA_MOH),
       C("571", 571, "exact", "injured", "people", UA_MOH, attr_alt=["it"]),
       C("363", 363, "exact", "injured", "people in hospital", UA_MOH, attr_alt=["it"]),
       C("at least 100", 100, "at_least", "killed", "people today", MAIDAN_MEDICS),
       C("67", 67, "exact", "hostages", "police officers captured by protesters",
         "Ukraine's interior ministry"),
       C("60", 60, "exact", "killed", "people (earlier toll)", UA_MOH),
],
      published="2014-02-20"),
    P("d12_004",
      "Kaduna school abduction: live updates\n"
      "Updated 5 July 2021, 4:10 PM\n"
      "4:10 PM — The Kaduna State Police Command now says 26 students were rescued by its "
      "officers along with a teacher, revising the figure of 25 it gave this morning.\n"
      "2:45 PM — Parents gathered at the school gate say at least 140 students are still "
      "unaccounted for. The Baptist Convention's secretary, Rev. Elisha Bako, says 165 students "
      "were in the boarding hostel when the gunmen arrived at about 11 p.m.\n"
      "11:30 AM — Gunmen overran Bethel Baptist High School in Chikun local government area "
      "overnight, shooting sporadically before herding pupils into the bush, a police statement "
      "said.",
      [C("26", 26, "exact", "hostages", "students rescued", KD_POLICE),
       C("25", 25, "exact", "hostages", "students rescued (earlier figure)", KD_POLICE,
         attr_alt=["it"]),
       C("at least 140", 140, "at_least", "missing", "students unaccounted for",
         "Parents gathered at the school gate", cat_alt=["hostages"]),
       C("165", 165, "exact", "population", "students in the boarding hostel", BAKO,
         cat_alt=["other"])],
      published="2021-07-05"),
    P("d12_005",
      "Eastern Ghouta: latest\n"
      "14:20 Government air strikes and shelling have killed 299 people in the rebel-held "
      "enclave of Eastern Ghouta since Sunday night, 71 of them children, the Syrian Observatory "
      "for Human Rights says. It says more than 1,400 have been wounded.\n"
      "13:05 Medical charities working in the enclave say at least 13 hospitals and clinics have "
      "been hit in 48 hours.\n"
      "12:40 The UN says some 400,000 people are trapped in the besieged area on the edge of "
      "Damascus. Its regional coordinator calls the bombardment \"beyond imagination\".",
      [C("299", 299, "exact", "killed", "people in Eastern Ghouta", SOHR),
       C("71", 71, "exact", "killed", "children", SOHR),
       C("more than 1,400", 1400, "more_than", "injured", "people", SOHR, attr_alt=["It"]),
       C("at least 13", 13, "at_least", "infrastructure", "hospitals and clinics hit",
         "Medical charities working in the enclave"),
       C("some 400,000", 400000, "about", "population", "people trapped in the enclave",
         "The UN")]),

    # --- "What we know" bullet lists ---------------------------------------------------------
    P("d12_006",
      "Manchester Arena attack: what we know so far\n"
      "• A suicide bomber set off a device in the foyer of Manchester Arena at 22:31 on Monday as "
      "fans were leaving a pop concert.\n"
      "• 22 people were killed, among them an eight-year-old girl, Greater Manchester Police "
      "said.\n"
      "• 59 people were taken to hospital and others with minor injuries were treated at the "
      "scene (North West Ambulance Service).\n"
      "• About 14,000 people were in the arena, which holds up to 21,000.\n"
      "• 400 extra police officers were on duty in the city overnight, the force's chief "
      "constable said.\n"
      "• A 23-year-old man has been arrested in south Manchester.",
      [C("22", 22, "exact", "killed", "people", GMP, ctx="22 people were killed"),
       C("59", 59, "exact", "injured", "people taken to hospital",
         "North West Ambulance Service"),
       C("About 14,000", 14000, "about", "other", "people in the arena", None),
       C("up to 21,000", 21000, "at_most", "other", "arena capacity", None, optional=True),
       C("400", 400, "exact", "troops", "extra police officers on duty",
         "the force's chief constable")]),
    P("d12_007",
      "ORLANDO, Fla. (AP) — What we know so far about the shooting at the Pulse nightclub:\n"
      "- 49 people were killed and 53 wounded, according to the Orlando Police Department. The "
      "gunman died in an exchange of fire with police.\n"
      "- About 320 people were inside the club when the shooting began at about 2 a.m. Sunday, "
      "the club's owner said.\n"
      "- Police ended a three-hour standoff by blasting a hole in an outside wall; about 30 "
      "people who had been hiding in bathrooms were rescued.\n"
      "- The gunman, a 29-year-old security guard, carried an AR-15-style rifle and a handgun, "
      "the FBI said.\n"
      "- Of the 49 victims, 48 have been identified, the city said in a statement.",
      [C("49", 49, "exact", "killed", "people", OPD, ctx="49 people were killed"),
       C("53", 53, "exact", "injured", "people", OPD),
       C("About 320", 320, "about", "other", "people inside the club", "the club's owner"),
       C("about 30", 30, "about", "other", "people rescued from bathrooms", None),
       C("49", 49, "exact", "killed", "victims", "the city", ctx="Of the 49 victims"),
       C("48", 48, "exact", "killed", "victims identified", "the city", cat_alt=["other"],
         optional=True)]),

    # --- Key figures, by the numbers ----------------------------------------------------------
    P("d12_008",
      "Sulawesi quake and tsunami: key figures\n"
      "Figures from Indonesia's disaster mitigation agency (BNPB) as of Oct. 7, 2018\n"
      "Dead: 1,754\n"
      "Missing: more than 260\n"
      "Seriously injured: 2,549\n"
      "Displaced: 61,870, in 147 shelters\n"
      "The agency's spokesman said the number of dead in Petobo and Balaroa, neighbourhoods "
      "swallowed when the ground liquefied, could run into the thousands.",
      [C("1,754", 1754, "exact", "killed", "people", BNPB),
       C("more than 260", 260, "more_than", "missing", "people", BNPB),
       C("2,549", 2549, "exact", "injured", "seriously injured", BNPB),
       C("61,870", 61870, "exact", "displaced", "people", BNPB),
       C("147", 147, "exact", "infrastructure", "shelters", BNPB, cat_alt=["other", "aid"]),
       C("thousands", 1000, "vague", "killed", "dead in Petobo and Balaroa",
         "The agency's spokesman", attr_alt=[BNPB])]),
    P("d12_009",
      "Nicaragua's crisis, by the numbers\n"
      "Three months of protests against President Daniel Ortega's government:\n"
      "• 317 — people killed since April 18, according to the Inter-American Commission on "
      "Human Rights\n"
      "• 21 — police officers among the dead\n"
      "• More than 2,000 — people injured\n"
      "• 195 — deaths acknowledged by the government, which blames \"coup plotters\"\n"
      "• 23,000 — Nicaraguans who have applied for asylum in Costa Rica (UNHCR)\n"
      "• 40 — days the national dialogue lasted before the Catholic bishops suspended it",
      [C("317", 317, "exact", "killed", "people", IACHR),
       C("21", 21, "exact", "killed", "police officers", None),
       C("More than 2,000", 2000, "more_than", "injured", "people", None),
       C("195", 195, "exact", "killed", "deaths acknowledged by the government",
         "the government"),
       C("23,000", 23000, "exact", "displaced", "asylum applicants in Costa Rica", "UNHCR",
         cat_alt=["other"])]),
    P("d12_010",
      "THE WAR IN NUMBERS\n"
      "Lebanon\n"
      "Killed: more than 1,100, most of them civilians (Lebanese government)\n"
      "Wounded: about 4,400 (Lebanese government)\n"
      "Displaced: nearly 1 million at the height of the fighting (UN)\n"
      "Israel\n"
      "Killed: 159 — 119 soldiers and 40 civilians (Israeli government)\n"
      "Rockets fired by Hezbollah: about 4,000 (Israeli military)\n"
      "The 34-day conflict ended with a UN-brokered ceasefire on Aug. 14, 2006.",
      [C("more than 1,100", 1100, "more_than", "killed", "people in Lebanon",
         "Lebanese government"),
       C("about 4,400", 4400, "about", "injured", "people in Lebanon", "Lebanese government"),
       C("nearly 1 million", 1000000, "about", "displaced", "people in Lebanon", "UN"),
       C("159", 159, "exact", "killed", "Israelis", "Israeli government"),
       C("119", 119, "exact", "killed", "Israeli soldiers", "Israeli government"),
       C("40", 40, "exact", "killed", "Israeli civilians", "Israeli government"),
       C("about 4,000", 4000, "about", "munitions", "rockets fired by Hezbollah",
         "Israeli military")]),

    # --- Tables pasted as text -----------------------------------------------------------------
    P("d12_011",
      "Pakistan floods: the toll by province\n"
      "(National Disaster Management Authority, Aug. 20)\n"
      "Province | Dead | Injured\n"
      "Khyber Pakhtunkhwa | 1,068 | 1,012\n"
      "Punjab | 103 | 350\n"
      "Total | 1,171 | 1,362",
      [C("1,068", 1068, "exact", "killed", "people in Khyber Pakhtunkhwa", NDMA),
       C("1,012", 1012, "exact", "injured", "people in Khyber Pakhtunkhwa", NDMA),
       C("103", 103, "exact", "killed", "people in Punjab", NDMA),
       C("350", 350, "exact", "injured", "people in Punjab", NDMA),
       C("1,171", 1171, "exact", "killed", "people (total)", NDMA),
       C("1,362", 1362, "exact", "injured", "people (total)", NDMA)]),
    P("d12_012",
      "Ebola outbreak in West Africa: cases and deaths by country\n"
      "Source: World Health Organization situation report, Oct. 29, 2014; cases include "
      "suspected, probable and confirmed\n"
      "Country        Cases   Deaths\n"
      "Liberia        6,535    2,413\n"
      "Sierra Leone   5,235    1,500\n"
      "Guinea         1,667    1,018",
      [C("6,535", 6535, "exact", "other", "Ebola cases in Liberia", WHO),
       C("2,413", 2413, "exact", "killed", "Ebola deaths in Liberia", WHO),
       C("5,235", 5235, "exact", "other", "Ebola cases in Sierra Leone", WHO),
       C("1,500", 1500, "exact", "killed", "Ebola deaths in Sierra Leone", WHO),
       C("1,667", 1667, "exact", "other", "Ebola cases in Guinea", WHO),
       C("1,018", 1018, "exact", "killed", "Ebola deaths in Guinea", WHO)]),
    P("d12_013",
      "MH17: the victims by nationality\n"
      "(Malaysia Airlines passenger manifest, July 18)\n"
      "Netherlands 193\n"
      "Malaysia 43 (including 15 crew)\n"
      "Australia 27\n"
      "Other countries 35\n"
      "All 298 people on board were killed when the Boeing 777 was brought down over eastern "
      "Ukraine on July 17, 2014. Dutch-led investigators later concluded that it had been hit "
      "by a Buk missile fired from territory held by Russian-backed separatists.",
      [C("193", 193, "exact", "killed", "Dutch victims", MH17_LIST),
       C("43", 43, "exact", "killed", "Malaysian victims", MH17_LIST),
       C("15", 15, "exact", "killed", "crew", MH17_LIST),
       C("27", 27, "exact", "killed", "Australian victims", MH17_LIST),
       C("35", 35, "exact", "killed", "victims from other countries", MH17_LIST),
       C("298", 298, "exact", "killed", "people on board", None)]),
    P("d12_014",
      "Irma's toll in the Caribbean\n"
      "Deaths reported by local authorities as of Sept. 11\n"
      "Cuba ........................... 10\n"
      "St Martin and St Barts (France) .. 11\n"
      "British Virgin Islands ........... 5\n"
      "US Virgin Islands ................ 4\n"
      "On Barbuda, almost all of the island's 1,800 residents have been moved to Antigua, the "
      "prime minister said; one child died there when the storm hit.",
      [C("10", 10, "exact", "killed", "people in Cuba", "local authorities"),
       C("11", 11, "exact", "killed", "people in St Martin and St Barts", "local authorities",
         ctx=".. 11"),
       C("5", 5, "exact", "killed", "people in the British Virgin Islands",
         "local authorities"),
       C("4", 4, "exact", "killed", "people in the US Virgin Islands", "local authorities"),
       C("1,800", 1800, "exact", "displaced", "Barbuda residents moved to Antigua",
         "the prime minister", cat_alt=["population"]),
       C("one", 1, "exact", "killed", "child on Barbuda", "the prime minister",
         attr_alt=[None])]),
    P("d12_015",
      "SARS: cumulative cases and deaths\n"
      "WHO figures as of May 20, 2003\n"
      "Country/area | Cases | Deaths\n"
      "China | 5,248 | 294\n"
      "Hong Kong | 1,718 | 255\n"
      "Hong Kong's health department said on Tuesday that 1,213 of its SARS patients had "
      "recovered and gone home.",
      [C("5,248", 5248, "exact", "other", "SARS cases in China", "WHO"),
       C("294", 294, "exact", "killed", "SARS deaths in China", "WHO"),
       C("1,718", 1718, "exact", "other", "SARS cases in Hong Kong", "WHO"),
       C("255", 255, "exact", "killed", "SARS deaths in Hong Kong", "WHO"),
       C("1,213", 1213, "exact", "other", "SARS patients recovered",
         "Hong Kong's health department", cat_alt=["injured"])]),

    # --- Photo captions ------------------------------------------------------------------------
    P("d12_016",
      "Rescuers search for survivors in the rubble of a collapsed hotel in Pedernales, Ecuador, "
      "April 17, 2016. REUTERS/Andrés Villalba\n"
      "QUITO (Reuters) - The death toll from Ecuador's strongest earthquake in decades rose to "
      "272 on Sunday, President Rafael Correa said, and at least 2,500 people were injured. "
      "Security Minister César Navas said 10,000 soldiers and 3,500 police officers had been "
      "sent to the worst-hit coastal towns. More than 130 aftershocks have shaken the coast since "
      "the 7.8-magnitude quake struck on Saturday evening, the geophysics institute said.",
      [C("272", 272, "exact", "killed", "people", CORREA),
       C("at least 2,500", 2500, "at_least", "injured", "people", CORREA, attr_alt=[None]),
       C("10,000", 10000, "exact", "troops", "soldiers sent", NAVAS),
       C("3,500", 3500, "exact", "troops", "police officers sent", NAVAS),
       C("More than 130", 130, "more_than", "other", "aftershocks", "the geophysics institute",
         optional=True)]),
    P("d12_017",
      "A woman prays among the coffins of 33 newly identified victims at the memorial centre in "
      "Potočari, near Srebrenica, on July 10, 2019. AP Photo/Damir Kovač\n"
      "SREBRENICA, Bosnia-Herzegovina (AP) — Thousands of people gathered on Thursday to mark "
      "the anniversary of the massacre of some 8,000 Bosniak men and boys by Bosnian Serb "
      "forces, the only episode in Europe since World War II to have been ruled a genocide. The "
      "remains of 33 victims, found in mass graves and identified through DNA analysis, were "
      "buried beside the 6,610 already laid to rest at the memorial cemetery. About 1,000 "
      "victims are still missing, according to the International Commission on Missing Persons.",
      [C("33", 33, "exact", "killed", "victims in coffins", None,
         ctx="33 newly identified"),
       C("Thousands", 1000, "vague", "other", "people at the commemoration", None),
       C("some 8,000", 8000, "about", "killed", "Bosniak men and boys", None),
       C("33", 33, "exact", "killed", "victims buried", None, ctx="remains of 33"),
       C("6,610", 6610, "exact", "killed", "victims already buried", None),
       C("About 1,000", 1000, "about", "missing", "victims", ICMP)]),
    P("d12_018",
      "Residents carry belongings through a flooded street in Zhengzhou, Henan province, July "
      "21, 2021. More than 200,000 people in the city were moved to safety, local officials "
      "said. REUTERS/Staff\n"
      "BEIJING, Jan 21, 2022 (Reuters) - The death toll from last July's floods in the central "
      "Chinese province of Henan was 398, not the 302 officials had reported at the time, a "
      "State Council investigation has found. Of the dead, 380 were in the provincial capital "
      "Zhengzhou, the report said, including 14 who drowned in a flooded subway train. It said "
      "officials in the city had concealed 139 deaths.",
      [C("More than 200,000", 200000, "more_than", "displaced", "people moved to safety",
         "local officials"),
       C("398", 398, "exact", "killed", "people in Henan", STATE_COUNCIL),
       C("302", 302, "exact", "killed", "people (earlier official toll)", "officials",
         attr_alt=[STATE_COUNCIL]),
       C("380", 380, "exact", "killed", "people in Zhengzhou", "the report",
         attr_alt=[STATE_COUNCIL]),
       C("14", 14, "exact", "killed", "people drowned in a subway train", "the report",
         attr_alt=[STATE_COUNCIL]),
       C("139", 139, "exact", "killed", "concealed deaths", "the report",
         attr_alt=["It", STATE_COUNCIL])],
      published="2022-01-21"),

    # --- Headline + standfirst + body ----------------------------------------------------------
    P("d12_019",
      "Kenya mall siege: 39 dead as gunmen hold out\n"
      "Islamist militants are still holding an unknown number of people inside Nairobi's "
      "Westgate shopping centre a day after storming it; more than 150 have been wounded\n"
      "NAIROBI, Sept 22, 2013 (Reuters) - Kenyan security forces were trying on Sunday to end "
      "a siege at an upmarket Nairobi shopping mall where militants have killed at least 39 "
      "people, President Uhuru Kenyatta said in a televised address. Between 10 and 15 gunmen "
      "took part in the attack, according to Interior Minister Joseph Ole Lenku. The Kenya Red "
      "Cross said 49 people had been reported missing by relatives and that 175 had been "
      "wounded.",
      [C("39", 39, "exact", "killed", "people", None, ctx="39 dead"),
       C("more than 150", 150, "more_than", "injured", "people", None),
       C("at least 39", 39, "at_least", "killed", "people", KENYATTA),
       C("Between 10 and 15", 10, "range", "troops", "gunmen", LENKU, high=15,
         cat_alt=["other"]),
       C("49", 49, "exact", "missing", "people", KRCS),
       C("175", 175, "exact", "injured", "people", KRCS)],
      published="2013-09-22"),
    P("d12_020",
      "Florida school shooting: 17 killed at Marjory Stoneman Douglas High\n"
      "Former student, 19, charged with 17 counts of premeditated murder; 14 people taken to "
      "hospital\n"
      "PARKLAND, Florida, Feb 15, 2018 (Reuters) - A former student armed with an AR-15 rifle "
      "killed 17 people at his old high school in Parkland, Florida, Broward County Sheriff "
      "Scott Israel said on Thursday. Of the 14 people taken to hospitals, five remained in "
      "critical condition, a hospital spokeswoman said. The school has about 3,000 students.",
      [C("17", 17, "exact", "killed", "people", None, ctx="17 killed at"),
       C("17", 17, "exact", "other", "counts of premeditated murder", None,
         ctx="17 counts", optional=True),
       C("14", 14, "exact", "injured", "people taken to hospital", None,
         ctx="; 14"),
       C("17", 17, "exact", "killed", "people", ISRAEL, ctx="killed 17 people"),
       C("14", 14, "exact", "injured", "people taken to hospitals", "a hospital spokeswoman",
         ctx="Of the 14"),
       C("five", 5, "exact", "injured", "people in critical condition",
         "a hospital spokeswoman"),
       C("about 3,000", 3000, "about", "population", "students", None, cat_alt=["other"])],
      published="2018-02-15"),
    P("d12_021",
      "Refugees found dead in truck on Austrian motorway: toll rises to 71\n"
      "Police had earlier said that between 20 and 50 people had died in the abandoned vehicle\n"
      "EISENSTADT, Austria, Aug 28, 2015 (Reuters) - The bodies of 71 people, among them a baby "
      "girl and three boys, were found in a refrigerated truck left on a motorway near the "
      "Hungarian border, police in the state of Burgenland said on Friday, raising the toll from "
      "the 'between 20 and 50' they had given on Thursday.",
      [C("71", 71, "exact", "killed", "refugees", None, ctx="rises to 71"),
       C("between 20 and 50", 20, "range", "killed", "people (earlier estimate)", "Police",
         high=50, ctx="between 20 and 50 people"),
       C("71", 71, "exact", "killed", "people", BURGENLAND, ctx="bodies of 71"),
       C("three", 3, "exact", "killed", "boys", BURGENLAND, ctx="three boys"),
       C("between 20 and 50", 20, "range", "killed", "people (earlier estimate)", BURGENLAND,
         high=50, attr_alt=["they"], ctx="'between 20 and 50' they")],
      published="2015-08-28"),
    P("d12_022",
      "Istanbul airport attack: 41 dead, including 13 foreigners\n"
      "Turkish prime minister blames Islamic State for suicide bombings at Atatürk airport\n"
      "ISTANBUL, June 29, 2016 (Reuters) - Three suicide bombers opened fire and then blew "
      "themselves up at the entrance to Istanbul's main international airport on Tuesday night, "
      "killing 41 people, the Istanbul governor's office said on Wednesday. Thirteen of the dead "
      "were foreign nationals, among them five Saudis, it said. Of the 239 people wounded, 109 "
      "were still in hospital, the office said.",
      [C("41", 41, "exact", "killed", "people", None, ctx="41 dead"),
       C("13", 13, "exact", "killed", "foreigners", None),
       C("Three", 3, "exact", "killed", "suicide bombers", IST_GOV, cat_alt=["troops"]),
       C("41", 41, "exact", "killed", "people", IST_GOV, ctx="killing 41"),
       C("Thirteen", 13, "exact", "killed", "foreign nationals", IST_GOV, attr_alt=["it"]),
       C("five", 5, "exact", "killed", "Saudis", IST_GOV, attr_alt=["it"]),
       C("239", 239, "exact", "injured", "people", "the office", attr_alt=[IST_GOV]),
       C("109", 109, "exact", "injured", "people still in hospital", "the office",
         attr_alt=[IST_GOV])],
      published="2016-06-29"),

    # --- Corrections ---------------------------------------------------------------------------
    P("d12_023",
      "NICE, France, July 15, 2016 (AP) — A truck driver plowed into a crowd celebrating "
      "Bastille Day on the Promenade des Anglais late Thursday, killing 84 people, French "
      "officials said. Ten of the dead were children or teenagers, the Paris prosecutor said. "
      "Health Minister Marisol Touraine said 202 people were being treated in hospitals, 52 of "
      "them in critical condition. The attacker, a 31-year-old Tunisian, was shot dead by "
      "police after firing at officers.\n"
      "Correction: An earlier version of this story said 25 people were in critical condition. "
      "The health minister's figure was 52.",
      [C("84", 84, "exact", "killed", "people", FR_OFFICIALS),
       C("Ten", 10, "exact", "killed", "children or teenagers", "the Paris prosecutor"),
       C("202", 202, "exact", "injured", "people in hospitals", TOURAINE),
       C("52", 52, "exact", "injured", "people in critical condition", TOURAINE,
         ctx="52 of them"),
       C("25", 25, "exact", "injured", "people in critical condition (retracted figure)",
         None, optional=True),
       C("52", 52, "exact", "injured", "people in critical condition",
         "The health minister", attr_alt=[TOURAINE], ctx="figure was 52")],
      published="2016-07-15"),
    P("d12_024",
      "TIANJIN, China (Reuters) - The death toll from huge explosions at a chemical warehouse "
      "in the port city of Tianjin rose to 114 on Sunday, state media said, and 70 people, many "
      "of them firefighters, were still missing. Of the 698 people in hospital, 57 were in a "
      "critical condition, the official Xinhua news agency said.\n"
      "This story has been corrected to say that 70 people were missing, not 17 as stated in an "
      "earlier version.",
      [C("114", 114, "exact", "killed", "people", "state media"),
       C("70", 70, "exact", "missing", "people", "state media", attr_alt=[None],
         ctx="and 70 people"),
       C("698", 698, "exact", "injured", "people in hospital", XINHUA),
       C("57", 57, "exact", "injured", "people in critical condition", XINHUA),
       C("70", 70, "exact", "missing", "people", None, attr_alt=["state media"],
         ctx="that 70 people"),
       C("17", 17, "exact", "missing", "people (retracted figure)", None, optional=True)]),
    P("d12_025",
      "LAGOS, Oct 28, 2020 (Reuters) - Amnesty International said on Wednesday that at least 56 "
      "people had been killed across Nigeria since protests against police brutality began on "
      "Oct. 8, including 12 at the Lekki toll gate and in Alausa on the night of Oct. 20. It said "
      "soldiers and police had fired live rounds at peaceful protesters; the army has denied "
      "that its troops shot anyone at Lekki. Lagos State Governor Babajide Sanwo-Olu said on "
      "Tuesday that 30 people had been taken to hospital after the shooting and that two of them "
      "had died. Nigeria's police said 22 officers had been killed in the unrest and 205 police "
      "facilities attacked.\n"
      "This story has been corrected to show that the governor spoke on Tuesday, not Wednesday.",
      [C("at least 56", 56, "at_least", "killed", "people across Nigeria", AMNESTY),
       C("12", 12, "exact", "killed", "people at Lekki and Alausa", AMNESTY),
       C("30", 30, "exact", "injured", "people taken to hospital", SANWO),
       C("two", 2, "exact", "killed", "people who died in hospital", SANWO),
       C("22", 22, "exact", "killed", "police officers", "Nigeria's police"),
       C("205", 205, "exact", "other", "police facilities attacked", "Nigeria's police",
         cat_alt=["infrastructure"])],
      published="2020-10-28"),

    # --- Quotes: running on, split around the speaker ------------------------------------------
    P("d12_026",
      "PESHAWAR, Pakistan, Dec 16, 2014 (Reuters) - Taliban gunmen stormed an army-run school in "
      "the northwestern city of Peshawar on Tuesday, killing 141 people, 132 of them children, "
      "in the deadliest militant attack in the country in years. \"We have received the bodies "
      "of 104 students so far,\" said a doctor at Lady Reading Hospital who asked not to be "
      "named. \"Another 45 are being operated on. Many have head wounds.\" Army spokesman Major "
      "General Asim Bajwa said seven attackers, all wearing suicide vests, had been killed and "
      "about 960 students and staff rescued.",
      [C("141", 141, "exact", "killed", "people", None),
       C("132", 132, "exact", "killed", "children", None),
       C("104", 104, "exact", "killed", "students", PESH_DOCTOR),
       C("45", 45, "exact", "injured", "students being operated on", PESH_DOCTOR),
       C("seven", 7, "exact", "killed", "attackers", BAJWA),
       C("about 960", 960, "about", "other", "students and staff rescued", BAJWA)],
      published="2014-12-16"),
    P("d12_027",
      "OSLO, July 23, 2011 (Reuters) - \"At least 85 people were killed on the island,\" "
      "police chief Sverre Haugen told a news conference on Saturday, \"and we fear the number "
      "will rise as divers search the water.\" Seven more died in the car bomb that tore "
      "through government buildings in central Oslo hours earlier, he said. The suspect, a "
      "32-year-old Norwegian, was arrested on Utøya. Hospitals in Oslo and Ringerike said they were "
      "treating 97 wounded.\n"
      "(The toll on the island was later revised down to 69.)",
      [C("At least 85", 85, "at_least", "killed", "people on Utøya", NO_POLICE),
       C("Seven", 7, "exact", "killed", "people in the Oslo bombing", NO_POLICE,
         attr_alt=["he"]),
       C("97", 97, "exact", "injured", "people", "Hospitals in Oslo and Ringerike"),
       C("69", 69, "exact", "killed", "people on Utøya (revised)", None)],
      published="2011-07-23"),
    P("d12_028",
      "DUISBURG, Germany (AP) — \"This is not the ending any of us wanted,\" Judge Lars Brenner "
      "told the courtroom on Monday, \"but the law leaves this chamber no other choice.\" The "
      "regional court ended the trial over the crush at the 2010 Love Parade festival without a "
      "verdict after more than two years of hearings, saying coronavirus restrictions and the "
      "statute of limitations, which runs out in July, had made a conclusion impossible. "
      "Prosecutors had argued that the organisers ignored warnings about the single entrance "
      "ramp, which was about 200 metres long. \"We waited ten years for this,\" said the father of "
      "a young woman who died, \"and now we leave with nothing.\"",
      []),

    # --- Sources named only at the end ---------------------------------------------------------
    P("d12_029",
      "MADRID, March 13, 2004 (Reuters) - The number of people killed when 10 bombs ripped "
      "through four crowded commuter trains as they pulled into Madrid's Atocha station during "
      "Thursday's morning rush hour has risen to 199, with 1,460 people wounded and 82 of them "
      "still in a critical condition, Interior Minister Ángel Acebes said on Saturday.\n"
      "Police found three more bombs that had failed to go off, and destroyed two of them in "
      "controlled explosions. The third, packed into a sports bag with a mobile telephone as a "
      "timer, was defused overnight and is the main lead in the investigation, according to "
      "officials close to the inquiry.",
      [C("10", 10, "exact", "munitions", "bombs", None, attr_alt=[ACEBES]),
       C("four", 4, "exact", "other", "trains hit", None, attr_alt=[ACEBES], optional=True),
       C("199", 199, "exact", "killed", "people", ACEBES),
       C("1,460", 1460, "exact", "injured", "people", ACEBES),
       C("82", 82, "exact", "injured", "people in critical condition", ACEBES),
       C("three", 3, "exact", "munitions", "unexploded bombs found", None,
         attr_alt=["officials close to the inquiry"]),
       C("two", 2, "exact", "munitions", "bombs destroyed", None,
         attr_alt=["officials close to the inquiry"])],
      published="2004-03-13"),
    P("d12_030",
      "SOUSSE, Tunisia, June 27, 2015 (Reuters) - The gunman who attacked the beach in front of "
      "a hotel in Port El Kantaoui on Friday killed 38 people: 30 Britons, three Irish citizens, "
      "two Germans, and a Belgian, a Portuguese and a Russian. Another 39 people, most of them tourists, were wounded. "
      "The figures were released by Tunisia's health ministry on Saturday, after relatives had "
      "identified all of the dead. The gunman, a 23-year-old student, was shot dead by police in "
      "a nearby street.",
      [C("38", 38, "exact", "killed", "people", TN_MOH, attr_alt=[None]),
       C("30", 30, "exact", "killed", "Britons", TN_MOH, attr_alt=[None]),
       C("three", 3, "exact", "killed", "Irish citizens", TN_MOH, attr_alt=[None]),
       C("two", 2, "exact", "killed", "Germans", TN_MOH, attr_alt=[None]),
       C("39", 39, "exact", "injured", "people", TN_MOH, attr_alt=[None])],
      published="2015-06-27"),
    P("d12_031",
      "LA PAZ (Reuters) - Nine people were killed and dozens wounded on Friday when security "
      "forces opened fire on coca growers loyal to former President Evo Morales as they tried "
      "to march into the city of Cochabamba. The clash at a police checkpoint in Sacaba was the "
      "deadliest since Morales resigned and flew to Mexico. Some 115 people were wounded, and "
      "18 were in hospital with gunshot wounds on Saturday. Those figures came from the "
      "ombudsman's office, which said most of the dead had been shot.\n"
      "The Inter-American Commission on Human Rights said at least 23 people had died in the "
      "unrest since the disputed Oct. 20 election.",
      [C("Nine", 9, "exact", "killed", "people", OMBUDSMAN, attr_alt=[None]),
       C("dozens", 12, "vague", "injured", "people", OMBUDSMAN, attr_alt=[None]),
       C("Some 115", 115, "about", "injured", "people", OMBUDSMAN, attr_alt=[None]),
       C("18", 18, "exact", "injured", "people in hospital with gunshot wounds", OMBUDSMAN,
         attr_alt=[None]),
       C("at least 23", 23, "at_least", "killed", "people since the election",
         "The Inter-American Commission on Human Rights")]),
    P("d12_032",
      "CAIRO, Aug 15, 2013 (Reuters) - Egypt's health ministry said on Thursday that 525 "
      "people had been killed across the country when police cleared protest camps in Cairo "
      "held by supporters of the deposed president, Mohamed Mursi, among them 43 police "
      "officers. The Muslim Brotherhood put the death toll at more than 2,000. At the Rabaa "
      "al-Adawiya mosque, where the main sit-in had been held for six weeks, Reuters reporters "
      "counted 228 bodies (wrapped in shrouds and laid out in rows) on Thursday morning. The "
      "interior ministry said 543 people had been arrested.",
      [C("525", 525, "exact", "killed", "people", EG_MOH),
       C("43", 43, "exact", "killed", "police officers", EG_MOH),
       C("more than 2,000", 2000, "more_than", "killed", "people", "The Muslim Brotherhood"),
       C("228", 228, "exact", "killed", "bodies at the Rabaa mosque", "Reuters reporters"),
       C("543", 543, "exact", "detained", "people", "The interior ministry")],
      published="2013-08-15"),

    # --- Pronoun sources -----------------------------------------------------------------------
    P("d12_033",
      "LONDON, July 8, 2005 (Reuters) - At least 50 people were killed in the four explosions "
      "that tore through three Underground trains and a double-decker bus in central London on "
      "Thursday, police said. They said about 700 people had been hurt, 22 of them critically. "
      "The Metropolitan Police commissioner said at least 13 of the dead had been on the bus in "
      "Tavistock Square; he said more bodies were still trapped in a tunnel near Russell Square. "
      "London Ambulance Service said it had taken some 350 people to hospital.",
      [C("At least 50", 50, "at_least", "killed", "people", "police"),
       C("four", 4, "exact", "munitions", "explosions", "police", cat_alt=["other"]),
       C("three", 3, "exact", "other", "Underground trains hit", "police", optional=True),
       C("about 700", 700, "about", "injured", "people", "police", attr_alt=["They"]),
       C("22", 22, "exact", "injured", "critically injured", "police", attr_alt=["They"]),
       C("at least 13", 13, "at_least", "killed", "people on the bus",
         "The Metropolitan Police commissioner"),
       C("some 350", 350, "about", "injured", "people taken to hospital",
         "London Ambulance Service")],
      published="2005-07-08"),
    P("d12_034",
      "SUTHERLAND SPRINGS, Texas, Nov 6, 2017 (Reuters) - Texas authorities said on Monday that "
      "the gunman who killed 26 worshippers at a Baptist church in Sutherland Springs fired at "
      "least 450 rounds from a semi-automatic rifle. They said the victims ranged in age from 18 "
      "months to 77 years, and that eight of them were from a single family. Another 20 people "
      "were wounded, they said; 10 were still in critical condition on Monday.",
      [C("26", 26, "exact", "killed", "worshippers", None, attr_alt=[TX]),
       C("at least 450", 450, "at_least", "munitions", "rounds fired", TX,
         cat_alt=["other"]),
       C("eight", 8, "exact", "killed", "members of one family", TX, attr_alt=["They"]),
       C("20", 20, "exact", "injured", "people", TX, attr_alt=["they"]),
       C("10", 10, "exact", "injured", "people in critical condition", TX,
         attr_alt=["they", None])],
      published="2017-11-06"),
    P("d12_035",
      "SEOUL, Aug 30, 2007 (Yonhap) - South Korea's presidential office said on Thursday that "
      "the Taliban had freed the last seven of the 23 South Korean church volunteers kidnapped "
      "in Afghanistan six weeks ago. It said the 21 survivors would be flown home via Dubai at "
      "the weekend. Two of the hostages, among them the pastor who led the group, were killed by "
      "their captors in July, and two women were released earlier this month. The other 12 were "
      "freed on Wednesday in Ghazni province, the International Committee of the Red Cross "
      "said.",
      [C("seven", 7, "exact", "hostages", "hostages freed on Thursday", BLUE_HOUSE),
       C("23", 23, "exact", "hostages", "South Korean church volunteers kidnapped",
         BLUE_HOUSE),
       C("21", 21, "exact", "hostages", "surviving hostages to be flown home", BLUE_HOUSE,
         cat_alt=["other"], attr_alt=["It"]),
       C("Two", 2, "exact", "killed", "hostages killed", None, cat_alt=["hostages"]),
       C("two", 2, "exact", "hostages", "women released", None),
       C("12", 12, "exact", "hostages", "hostages freed on Wednesday",
         "the International Committee of the Red Cross")],
      published="2007-08-30"),
    P("d12_036",
      "JOLO, Philippines, May 3, 2000 (AFP) - Abu Sayyaf rebels holding 21 people seized from a "
      "Malaysian diving resort have moved their captives to a new hideout in the hills of Jolo "
      "island, a Philippine military spokesman said on Wednesday. The hostages (10 foreign "
      "tourists and 11 Malaysian and Filipino resort workers) were taken from Sipadan island on "
      "Easter Sunday by gunmen who arrived by speedboat. The foreigners include three Germans, "
      "two French and two Finns, according to diplomats in Manila. About 1,000 soldiers have "
      "surrounded the area, the spokesman said, but they have been told not to attack while "
      "negotiators are at work.",
      [C("21", 21, "exact", "hostages", "people seized from the resort", PH_SPOKESMAN),
       C("10", 10, "exact", "hostages", "foreign tourists", PH_SPOKESMAN, attr_alt=[None]),
       C("11", 11, "exact", "hostages", "resort workers", PH_SPOKESMAN, attr_alt=[None]),
       C("three", 3, "exact", "hostages", "Germans", "diplomats in Manila"),
       C("two", 2, "exact", "hostages", "French", "diplomats in Manila", ctx="two French"),
       C("two", 2, "exact", "hostages", "Finns", "diplomats in Manila", ctx="two Finns"),
       C("About 1,000", 1000, "about", "troops", "soldiers surrounding the area",
         "the spokesman", attr_alt=[PH_SPOKESMAN])],
      published="2000-05-03"),

    # --- Updates that revise earlier figures ---------------------------------------------------
    P("d12_037",
      "GRAYS, England, Oct 24, 2019 (Reuters) - Police in Essex said on Thursday that the 39 "
      "people found dead in a refrigerated trailer at an industrial estate east of London were "
      "38 adults and a teenager. The driver, a 25-year-old from Northern Ireland, was arrested "
      "on suspicion of murder.\n"
      "UPDATE, Oct 25: The force has revised its breakdown: the dead were 31 men and eight "
      "women, and 10 of them are now believed to have been teenagers, Deputy Chief Constable "
      "Tim Hargreaves said. Three more people were arrested on Friday, he said.",
      [C("39", 39, "exact", "killed", "people found in the trailer", ESSEX),
       C("38", 38, "exact", "killed", "adults", ESSEX),
       C("31", 31, "exact", "killed", "men", HARGREAVES, attr_alt=["The force"]),
       C("eight", 8, "exact", "killed", "women", HARGREAVES, attr_alt=["The force"]),
       C("10", 10, "exact", "killed", "teenagers", HARGREAVES, attr_alt=["The force"]),
       C("Three", 3, "exact", "detained", "people arrested on Friday", HARGREAVES,
         attr_alt=["he"])],
      published="2019-10-24"),
    P("d12_038",
      "MUMBAI, Nov 30, 2008 (Reuters) - Indian officials on Sunday lowered the death toll from "
      "the militant attacks on Mumbai to 174, saying some bodies had been counted twice, a day "
      "after they had put it at 195. The 174 include 26 foreigners and nine of the gunmen, "
      "Maharashtra's chief secretary, Pradeep Sawant, said. More than 300 people were wounded across the city. "
      "Commandos ended the 60-hour siege of the Taj Mahal Palace hotel on Saturday morning.",
      [C("174", 174, "exact", "killed", "people", IN_OFFICIALS, ctx="Mumbai to 174"),
       C("195", 195, "exact", "killed", "people (earlier toll)", IN_OFFICIALS,
         attr_alt=["they"]),
       C("174", 174, "exact", "killed", "people", SAWANT, ctx="The 174"),
       C("26", 26, "exact", "killed", "foreigners", SAWANT),
       C("nine", 9, "exact", "killed", "gunmen", SAWANT),
       C("More than 300", 300, "more_than", "injured", "people", SAWANT, attr_alt=[None])],
      published="2008-11-30"),
    P("d12_039",
      "TUXTLA GUTIÉRREZ, Mexico (AP) — The number of migrants killed when a tractor-trailer "
      "packed with people overturned on a highway curve in Chiapas rose to 55 on Friday, state "
      "prosecutors said. Officials said more than 160 people (most of them from Guatemala, the "
      "rest from Ecuador, the Dominican Republic, Honduras and Mexico) had been crammed into the "
      "trailer. Of the 105 injured, 21 were still in hospital (six of them in serious condition). "
      "Guatemala's foreign ministry said it had identified 40 of the dead as its citizens.",
      [C("55", 55, "exact", "killed", "migrants", CHIAPAS),
       C("more than 160", 160, "more_than", "other", "people in the trailer", "Officials"),
       C("105", 105, "exact", "injured", "people", "Officials", attr_alt=[None]),
       C("21", 21, "exact", "injured", "people still in hospital", "Officials",
         attr_alt=[None]),
       C("six", 6, "exact", "injured", "people in serious condition", "Officials",
         attr_alt=[None]),
       C("40", 40, "exact", "killed", "Guatemalans", "Guatemala's foreign ministry")]),

    # --- Only non-claims -----------------------------------------------------------------------
    P("d12_040",
      "Hurricane Harvey: live updates\n"
      "10:05 p.m. CDT Harvey has made landfall near Rockport as a Category 4 hurricane with "
      "maximum sustained winds of 130 mph, the National Hurricane Center says.\n"
      "9:20 p.m. Forecasters warn that some areas could see up to 40 inches of rain by "
      "Wednesday, and a storm surge of up to 12 feet above ground level along parts of the "
      "coast.\n"
      "8:10 p.m. No deaths or injuries have been reported so far, the Aransas County sheriff's "
      "office says.\n"
      "Correction: An earlier version of this post gave the wrong time for landfall. It was "
      "about 10 p.m., not 11 p.m.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d12_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11", "holdout",
                                                   "holdout2")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
