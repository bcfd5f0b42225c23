"""Source of the eighth development set: writes ``passages.jsonl`` next to it.

Forty short passages (2-6 sentences; headline-plus-body items, a flattened status table, a
"damage at a glance" table, a bulleted key-facts box, a storm bulletin and army press releases
among them), written for this set in the style of the English-language press of India,
Pakistan, Bangladesh, Nigeria, Kenya, the Philippines and Indonesia, of police, army and court
reporting, and of UN, ICRC and MSF statements quoted by newspapers (none copied from an
article), on events not used in the earlier development sets or ``tests/holdout2``, annotated
by hand and blind by the project's gold conventions (``gold/README.md`` of the shared folder)
and the decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset7`` and
``tests/holdout2`` (and the annotations of ``tests/devset5``). Figures follow contemporary
reports loosely; the set tests extraction, not facts.

The set measures how the extractor handles South Asian, African and South-East Asian news
English ("as many as 135 persons", "were booked", "succumbed", "the deceased", "ex gratia",
"neutralised", "embraced shahadat", "300-plus", "40-odd", "put the figure at"), revised
figures ("revised the figure down from 49", "down to 29 from 31", "earlier put the figure at
36", "revised their earlier figure of 17"), two or three sources disagreeing in one passage,
breakdowns by age, sex and nationality, tables flattened to text ("Killed: 16 | Injured: 59"),
bulleted boxes with a source in brackets, court and prison reporting (sentences, acquittals,
escapes, recaptures), and ordinary non-claim traps: dates, times, ages, durations ("up to 40
years", "two to 10 years", "up to three months"), money, percentages, distances, storeys,
years, ordinals, model and hospital numbers ("Mi-17", "AK-47", "44 Nigerian Army Reference
Hospital"), statute sections, alert and signal levels, phone numbers and vote counts. Three
passages hold only non-claims.

Run ``python tests/devset8/build_devset8.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

SANGHAVI = "Gujarat Minister of State for Home Harsh Sanghavi"
FORENSIC = "a forensic report"
TN_HEALTH = "Health Department"
SUBRAMANIAN = "Health Minister Ma. Subramanian"
POLICE_RELEASE = "a police release"
BHARGAVA = "Rajkot Police Commissioner Raju Bhargava"
AVINASH = "district magistrate Avinash Kumar"
TTD = "Tirumala Tirupati Devasthanams (TTD) officials"
BMC = "Brihanmumbai Municipal Corporation (BMC) officials"
MEENA = "Nainital Senior Superintendent of Police Prahlad Narayan Meena"
PATEL = "Special judge A.R. Patel"
ANWAR = "Inspector General of Police Dr Usman Anwar"
JARANWALA_DA = "a preliminary report of the district administration"
HRCP = "the Human Rights Commission of Pakistan"
NAQVI = "Caretaker Chief Minister Mohsin Naqvi"
RASHID = "Interior Minister Sheikh Rashid Ahmed"
ISPR_MURREE = "the military's media wing ISPR"
ISPR = "the Inter-Services Public Relations (ISPR)"
BAIG = "Civil Hospital spokesperson Dr Waseem Baig"
SPO = "a senior police officer"
BALOCH = "Capital City Police Officer Mohammad Baloch"
ISPR_COURTS = "the Inter-Services Public Relations"
MAIN_UDDIN = "Fire Service and Civil Defence Director General Brig Gen Md Main Uddin"
POFS = "police and fire service officials"
LAUNCH_LIST = "a list compiled by the district administration"
MODMR = "Ministry of Disaster Management and Relief"
NCOS = "the Nigerian Correctional Service"
AREGBESOLA = "Interior Minister Rauf Aregbesola"
ABUBAKAR = "spokesman Umar Abubakar"
DHQ = "the Defence Headquarters"
BUBA = "Maj.-Gen. Edward Buba"
MSF = "Médecins Sans Frontières (MSF)"
TIRIMA = "Dr Simba Tirima"
FMOH = "The Federal Ministry of Health"
PLATEAU_POLICE = "the Plateau State Police Command"
NEMA = "The National Emergency Management Agency (NEMA)"
ASHOMS = "Plateau State Commissioner for Information Musa Ashoms"
ONYANGO = "National Police Service spokeswoman Resila Onyango"
KINDIKI = "Interior Cabinet Secretary Kithure Kindiki"
MWAURA = "government spokesman Isaac Mwaura"
NRC = "the Nigerian Railway Corporation"
ARUWAN = "Kaduna State Commissioner for Internal Security Samuel Aruwan"
MANIFEST = "a later review of the manifest"
NDRRMC = "The National Disaster Risk Reduction and Management Council (NDRRMC)"
PNP = "the Philippine National Police"
DSWD = "the Department of Social Welfare and Development"
YAP = "Governor Arthur Yap"
DACULAN = "Lanao del Sur provincial police director Col. Robert Daculan"
BRAWNER = "Armed Forces chief Gen. Romeo Brawner Jr."
PCG = "The Philippine Coast Guard"
BALILO = "PCG spokesperson Rear Admiral Armando Balilo"
OCD = "the Office of Civil Defense (OCD) Bicol"
MOLHR = "the Ministry of Law and Human Rights"
RIKA = "ministry spokesman Rika Aprianti"
BNPB = "the National Disaster Mitigation Agency (BNPB)"
MUHARI = "BNPB spokesman Abdul Muhari"
SAR = "the Search and Rescue Agency"
ICRC = "the International Committee of the Red Cross"
ICRC_SHORT = "the humanitarian organisation"
BONZON = "Yann Bonzon"
WFP = "the World Food Programme"
OCHA = "The UN Office for the Coordination of Humanitarian Affairs (OCHA)"
DCP = "Deputy Commissioner of Police (Central) M. Harsha Vardhan"
NARASIMHA = "Telangana Health Minister C. Damodar Raja Narasimha"
PRAVEENYA = "district collector P. Praveenya"
QC_COURT = "A Quezon City court"
SOLIS_REYES = "Judge Jocelyn Solis-Reyes"
SAMITY = "Bangladesh Jatri Kalyan Samity"

PASSAGES = [
    # --- India: disasters, crushes, fires, hooch ----------------------------------------------
    P("d8_001",
      "Last Updated: November 1, 2022, 09:45 IST\n"
      "MORBI: As many as 135 persons lost their lives after the 143-year-old suspension bridge "
      "over the Machchhu river in Gujarat's Morbi town gave way on Sunday evening, officials "
      "said. The deceased include 47 children, 55 women and 33 men, the youngest of them aged "
      "two. Gujarat Minister of State for Home Harsh Sanghavi said nine persons, among them two "
      "managers of the Oreva Group, which maintained the bridge, and two ticket clerks, had been "
      "arrested. The bridge, reopened just five days earlier after seven months of repairs, was "
      "packed with nearly 500 people when its cables snapped, though it could bear only about "
      "125 at a time, according to a forensic report cited by the prosecution. The Prime "
      "Minister announced an ex gratia of Rs 200,000 for the next of kin of each deceased.",
      [C("As many as 135", 135, "at_most", "killed", "persons", "officials"),
       C("47", 47, "exact", "killed", "children", "officials", attr_alt=[None]),
       C("55", 55, "exact", "killed", "women", "officials", attr_alt=[None]),
       C("33", 33, "exact", "killed", "men", "officials", attr_alt=[None]),
       C("nine", 9, "exact", "detained", "persons arrested", SANGHAVI),
       C("two", 2, "exact", "detained", "Oreva Group managers arrested", SANGHAVI,
         ctx="two managers"),
       C("two", 2, "exact", "detained", "ticket clerks arrested", SANGHAVI,
         ctx="two ticket clerks"),
       C("nearly 500", 500, "about", "other", "people on the bridge", FORENSIC,
         attr_alt=["the prosecution"]),
       C("about 125", 125, "about", "other", "bridge capacity", FORENSIC, optional=True,
         attr_alt=["the prosecution"])],
      published="2022-11-01"),
    P("d8_002",
      "Kallakurichi hooch toll climbs to 57; CB-CID arrests 11\n"
      "The death toll in the Kallakurichi illicit liquor tragedy rose to 57 on Saturday after "
      "four more persons, including a woman, succumbed at the Government Mohan Kumaramangalam "
      "Medical College Hospital in Salem. Status of victims (Health Department, 8 pm Saturday): "
      "Dead: 57 | Under treatment: 156 | Discharged: 34. Health Minister Ma. Subramanian told "
      "reporters that the patients were being treated at hospitals in Kallakurichi, Salem, "
      "Villupuram, Puducherry and Tiruvannamalai, and that 12 of them were on ventilator "
      "support. The CB-CID, which took over the probe, has so far arrested 11 persons, "
      "including the main accused K. Kannukutty, and seized 900 litres of arrack laced with "
      "methanol, a police release said. Chief Minister M.K. Stalin announced a solatium of Rs 1 "
      "million each to the families of the deceased.",
      [C("57", 57, "exact", "killed", "persons", None, ctx="climbs to 57"),
       C("11", 11, "exact", "detained", "persons arrested", None, ctx="arrests 11",
         attr_alt=["CB-CID"]),
       C("57", 57, "exact", "killed", "persons", None, ctx="rose to 57 on"),
       C("four", 4, "exact", "killed", "persons who succumbed", None),
       C("57", 57, "exact", "killed", "persons", TN_HEALTH, ctx="Dead: 57"),
       C("156", 156, "exact", "injured", "persons under treatment", TN_HEALTH,
         cat_alt=["other"]),
       C("34", 34, "exact", "injured", "persons discharged", TN_HEALTH, cat_alt=["other"]),
       C("12", 12, "exact", "injured", "patients on ventilator support", SUBRAMANIAN,
         cat_alt=["other"]),
       C("11", 11, "exact", "detained", "persons arrested", POLICE_RELEASE,
         ctx="arrested 11", attr_alt=["The CB-CID"]),
       C("900", 900, "exact", "other", "litres of arrack seized", POLICE_RELEASE,
         optional=True, attr_alt=["The CB-CID"])]),
    P("d8_003",
      "RAJKOT: Police have booked six persons, including the three partners who ran the TRP "
      "Game Zone, and arrested two of them after a fire at the amusement facility on Kalawad "
      "Road killed 27 people, four of them children under 12, on Saturday evening. Most of the "
      "bodies were charred beyond recognition and DNA samples have been sent to the Forensic "
      "Science Laboratory in Gandhinagar, Rajkot Police Commissioner Raju Bhargava said. The "
      "40-odd people inside the two-storey tin structure had a single exit, which was blocked by "
      "a staircase fire, he said. The state government has suspended seven officials, among them "
      "two fire officers and an assistant town planner, for letting the facility operate for "
      "over two years without a fire no-objection certificate.",
      [C("six", 6, "exact", "detained", "persons booked", None, cat_alt=["other"],
         attr_alt=["Police"]),
       C("three", 3, "exact", "detained", "partners booked", None, cat_alt=["other"],
         attr_alt=["Police"]),
       C("two", 2, "exact", "detained", "persons arrested", None, ctx="arrested two",
         attr_alt=["Police"]),
       C("27", 27, "exact", "killed", "people", None, attr_alt=["Police"]),
       C("four", 4, "exact", "killed", "children", None, attr_alt=["Police"]),
       C("40-odd", 40, "about", "other", "people inside the game zone", BHARGAVA,
         attr_alt=["he"]),
       C("seven", 7, "exact", "other", "officials suspended", None,
         attr_alt=["The state government"]),
       C("two", 2, "exact", "other", "fire officers suspended", None, ctx="two fire officers",
         attr_alt=["The state government"])]),
    P("d8_004",
      "JHANSI: Ten newborns died after a fire broke out in the neonatal intensive care unit "
      "(NICU) of Maharani Laxmi Bai Medical College late on Friday night, district magistrate "
      "Avinash Kumar said. Of the 49 infants admitted to the unit at the time, 39 were rescued by "
      "nurses and ward boys and shifted to other wards and private hospitals, he said; 16 of them "
      "are under treatment. Seven of the deceased have been identified, and DNA tests will be "
      "carried out on the remaining three. Deputy Chief Minister Brajesh Pathak, who holds the "
      "health portfolio, said a short circuit in an oxygen concentrator was suspected, and "
      "ordered a probe committee to submit its report within 12 hours. The Centre announced an "
      "ex gratia of Rs 200,000 for the family of each infant who died.",
      [C("Ten", 10, "exact", "killed", "newborns", AVINASH),
       C("49", 49, "exact", "other", "infants in the unit", AVINASH, attr_alt=["he"]),
       C("39", 39, "exact", "other", "infants rescued", AVINASH, attr_alt=["he"]),
       C("16", 16, "exact", "injured", "rescued infants under treatment", AVINASH,
         cat_alt=["other"], attr_alt=["he"]),
       C("Seven", 7, "exact", "killed", "identified newborns", AVINASH, attr_alt=[None]),
       C("three", 3, "exact", "killed", "unidentified newborns", AVINASH, attr_alt=[None])]),
    P("d8_005",
      "TIRUPATI: Six devotees, five of them women, were killed and at least 40 others injured in "
      "a stampede near the Vishnu Nivasam complex on Wednesday night as thousands jostled for "
      "tokens for Vaikunta Dwara darshan, Tirumala Tirupati Devasthanams (TTD) officials said. "
      "Upwards of 4,000 people had been queuing since the morning at the counter, one of 91 set "
      "up across the town to issue 120,000 tokens for the first three days of the 10-day "
      "festival, the officials said. Police said 31 of the injured had been discharged by "
      "Thursday noon, while nine remain at the SVIMS hospital, two of them on oxygen support. "
      "Chief Minister N. Chandrababu Naidu announced an ex gratia of Rs 2.5 million for the "
      "families of the deceased.",
      [C("Six", 6, "exact", "killed", "devotees", TTD),
       C("five", 5, "exact", "killed", "women", TTD),
       C("at least 40", 40, "at_least", "injured", "devotees", TTD),
       C("thousands", 1000, "vague", "other", "devotees jostling for tokens", TTD,
         optional=True),
       C("Upwards of 4,000", 4000, "more_than", "other", "people queuing at the counter",
         "the officials", attr_alt=[TTD]),
       C("91", 91, "exact", "other", "token counters", "the officials", optional=True,
         cat_alt=["infrastructure"]),
       C("120,000", 120000, "exact", "other", "tokens", "the officials", optional=True),
       C("31", 31, "exact", "injured", "injured discharged", "Police"),
       C("nine", 9, "exact", "injured", "injured in hospital", "Police"),
       C("two", 2, "exact", "injured", "injured on oxygen support", "Police")]),
    P("d8_006",
      "MUMBAI: The death toll in the Ghatkopar hoarding collapse rose to 17 on Wednesday after "
      "two more bodies, those of a retired Air Traffic Control manager and his wife, were found "
      "in their car under the debris, Brihanmumbai Municipal Corporation (BMC) officials said. A "
      "total of 74 persons were injured, of whom 31 are still in hospital. The 120 ft x 120 ft "
      "billboard, which came down on a petrol pump during a dust storm on Monday, was illegal and "
      "nearly three times the permitted size of 40 ft x 40 ft, the civic body said. Two teams of "
      "the National Disaster Response Force (NDRF) with 67 personnel, aided by fire brigade "
      "staff, carried out the 66-hour rescue operation. The owner of the advertising firm, "
      "Bhavesh Bhinde, was arrested from Udaipur on Thursday, the Mumbai Police said.",
      [C("17", 17, "exact", "killed", "people", BMC),
       C("two", 2, "exact", "killed", "bodies found", BMC),
       C("74", 74, "exact", "injured", "persons", BMC, attr_alt=[None]),
       C("31", 31, "exact", "injured", "injured still in hospital", BMC, attr_alt=[None]),
       C("Two", 2, "exact", "other", "NDRF teams", None, optional=True, cat_alt=["troops"]),
       C("67", 67, "exact", "troops", "NDRF personnel", None, cat_alt=["other"])]),
    P("d8_007",
      "HALDWANI: Five persons were killed and 300-plus people, most of them policemen, were "
      "injured after a mob torched the Banbhoolpura police station in Uttarakhand's Haldwani on "
      "Thursday following the demolition of an illegally built madrasa, police said. Nainital "
      "Senior Superintendent of Police Prahlad Narayan Meena told reporters on Saturday that 30 "
      "persons had been arrested and that 5,000 unidentified people had been booked in three "
      "FIRs. As many as 1,100 police personnel and four companies of the Central Armed Police "
      "Forces have been deployed, and curfew remains in force in Banbhoolpura, he said. Rioters "
      "set fire to more than 70 vehicles, including police jeeps, officials estimated. Internet "
      "services in the town were suspended for a third day.",
      [C("Five", 5, "exact", "killed", "persons", "police"),
       C("300-plus", 300, "more_than", "injured", "people, most of them policemen", "police"),
       C("30", 30, "exact", "detained", "persons arrested", MEENA),
       C("5,000", 5000, "exact", "detained", "unidentified people booked", MEENA,
         cat_alt=["other"]),
       C("three", 3, "exact", "other", "FIRs", MEENA, optional=True),
       C("As many as 1,100", 1100, "at_most", "troops", "police personnel deployed", MEENA,
         attr_alt=["he"]),
       C("four", 4, "exact", "troops", "CAPF companies deployed", MEENA, optional=True,
         cat_alt=["other"], attr_alt=["he"]),
       C("more than 70", 70, "more_than", "other", "vehicles set on fire", "officials",
         cat_alt=["infrastructure"])]),
    P("d8_008",
      "AHMEDABAD: A special court on Friday sentenced 38 convicts to death and 11 others to life "
      "imprisonment till death in the 2008 Ahmedabad serial blasts case, in which 56 persons "
      "were killed and over 200 injured. Special judge A.R. Patel had on February 8 convicted 49 "
      "of the 77 accused and acquitted 28 for want of evidence. The court also ordered "
      "compensation of Rs 1 million for the family of each of those killed and Rs 50,000 for "
      "each of the seriously injured. According to the prosecution, 21 bombs went off across "
      "the city within 70 minutes on July 26, 2008, and 29 more were later found unexploded in "
      "Surat. The trial, in which 1,163 witnesses were examined, lasted 13 years.",
      [C("38", 38, "exact", "detained", "convicts sentenced to death", None,
         attr_alt=["A special court"]),
       C("11", 11, "exact", "detained", "convicts sentenced to life", None,
         attr_alt=["A special court"]),
       C("56", 56, "exact", "killed", "persons (2008 blasts)", None),
       C("over 200", 200, "more_than", "injured", "persons (2008 blasts)", None),
       C("49", 49, "exact", "detained", "accused convicted", None, attr_alt=[PATEL]),
       C("77", 77, "exact", "detained", "accused tried", None, cat_alt=["other"],
         attr_alt=[PATEL]),
       C("28", 28, "exact", "detained", "accused acquitted", None, cat_alt=["other"],
         attr_alt=[PATEL]),
       C("21", 21, "exact", "munitions", "bombs that went off", "the prosecution"),
       C("29", 29, "exact", "munitions", "unexploded bombs found", "the prosecution"),
       C("1,163", 1163, "exact", "other", "witnesses examined", None, optional=True)]),

    # --- Pakistan: riots, storms, bombings, army and court statements --------------------------
    P("d8_009",
      "LAHORE: Punjab police have arrested 160 suspects, including the main instigators, over "
      "Wednesday's attacks on Christian homes and churches in Jaranwala, Faisalabad district, "
      "which followed allegations that two Christian brothers had desecrated the Holy Quran, "
      "Inspector General of Police Dr Usman Anwar said on Friday. Twenty-one churches and 86 "
      "houses were set on fire or ransacked, according to a preliminary report of the district "
      "administration. Hundreds of Christian families who fled to nearby fields spent two nights "
      "in the open; most have since returned, the Human Rights Commission of Pakistan said. "
      "Caretaker Chief Minister Mohsin Naqvi announced Rs 2 million for each affected family and "
      "said 3,000 police and Rangers personnel were guarding the area.",
      [C("160", 160, "exact", "detained", "suspects arrested", ANWAR),
       C("two", 2, "exact", "other", "brothers accused of desecration", ANWAR, optional=True,
         cat_alt=["detained"], ctx="two Christian brothers"),
       C("Twenty-one", 21, "exact", "infrastructure", "churches set on fire or ransacked",
         JARANWALA_DA, cat_alt=["other"]),
       C("86", 86, "exact", "infrastructure", "houses set on fire or ransacked", JARANWALA_DA,
         cat_alt=["other"]),
       C("Hundreds", 100, "vague", "displaced", "Christian families who fled", HRCP),
       C("3,000", 3000, "exact", "troops", "police and Rangers personnel", NAQVI)]),
    P("d8_010",
      "RAWALPINDI: At least 22 tourists, including 10 children, froze to death in their "
      "vehicles after heavy snowfall trapped thousands of cars on roads leading to the hill "
      "station of Murree, officials said on Saturday. Interior Minister Sheikh Rashid Ahmed "
      "said over 1,000 vehicles were stranded and that more than 100,000 vehicles had entered "
      "Murree over the preceding four days, though the town, home to some 30,000 people, has "
      "parking for about 4,000. Five platoons of Pakistan Army and Frontier Corps troops were "
      "called in, the military's media wing ISPR said, and 1,000 stranded tourists were given "
      "shelter in army messes and schools. By Sunday morning, fewer than 50 vehicles remained "
      "stuck, the district administration said. Temperatures dropped to minus 8 degrees "
      "Celsius.",
      [C("At least 22", 22, "at_least", "killed", "tourists", "officials"),
       C("10", 10, "exact", "killed", "children", "officials"),
       C("thousands", 1000, "vague", "other", "cars trapped", "officials"),
       C("over 1,000", 1000, "more_than", "other", "vehicles stranded", RASHID),
       C("more than 100,000", 100000, "more_than", "other", "vehicles that entered Murree",
         RASHID),
       C("some 30,000", 30000, "about", "population", "Murree residents", None,
         attr_alt=[RASHID]),
       C("about 4,000", 4000, "about", "other", "parking capacity", RASHID, optional=True),
       C("Five", 5, "exact", "troops", "army and FC platoons", ISPR_MURREE, optional=True,
         cat_alt=["other"]),
       C("1,000", 1000, "exact", "displaced", "stranded tourists given shelter", ISPR_MURREE,
         ctx="1,000 stranded tourists", cat_alt=["other"], attr_alt=[None]),
       C("fewer than 50", 50, "fewer_than", "other", "vehicles still stuck",
         "the district administration")]),
    P("d8_011",
      "RAWALPINDI: Security forces killed eight terrorists in an intelligence-based operation in "
      "the Mir Ali area of North Waziristan district during the night of 19/20 September, the "
      "Inter-Services Public Relations (ISPR) said in a statement on Saturday. 'During the "
      "conduct of the operation, own troops effectively engaged the khwarij location and, after "
      "an intense exchange of fire, eight khwarij were sent to hell,' the statement said. Two "
      "soldiers of Pakistan Army, including a 24-year-old sepoy, embraced shahadat, while three "
      "others were injured. Weapons, ammunition and explosives were recovered from the "
      "terrorists, who remained actively involved in numerous attacks against security forces "
      "as well as the target killing of innocent civilians, the ISPR said.",
      [C("eight", 8, "exact", "killed", "terrorists", ISPR, ctx="killed eight terrorists"),
       C("eight", 8, "exact", "killed", "khwarij", "the statement", ctx="eight khwarij",
         attr_alt=[ISPR]),
       C("Two", 2, "exact", "killed", "soldiers", "the statement",
         attr_alt=[ISPR, "the ISPR", None]),
       C("three", 3, "exact", "injured", "soldiers", "the statement",
         attr_alt=[ISPR, "the ISPR", None])]),
    P("d8_012",
      "QUETTA: The death toll from Saturday's suicide bombing at the Quetta railway station rose "
      "to 32 on Sunday after six of the critically injured died overnight, Civil Hospital "
      "spokesperson Dr Waseem Baig said. Of the dead, 20 were soldiers who had gathered on the "
      "platform to board a Peshawar-bound train after completing a course, a senior police "
      "officer said, while the rest were civilians, among them two railway employees and a tea "
      "vendor. Sixty-two people were injured, 11 of whom remain in critical condition. Scores of "
      "passengers were waiting for the 9am departure when the blast tore through the ticket "
      "hall. Capital City Police Officer Mohammad Baloch said the bomber carried 6 to 8 "
      "kilogrammes of explosives.",
      [C("32", 32, "exact", "killed", "people", BAIG),
       C("six", 6, "exact", "killed", "critically injured who died", BAIG),
       C("20", 20, "exact", "killed", "soldiers", SPO),
       C("two", 2, "exact", "killed", "railway employees", SPO),
       C("Sixty-two", 62, "exact", "injured", "people", SPO, attr_alt=[BAIG, None]),
       C("11", 11, "exact", "injured", "people in critical condition", SPO,
         attr_alt=[BAIG, None]),
       C("Scores", 20, "vague", "other", "passengers waiting", None, optional=True),
       C("6 to 8", 6, "range", "other", "kilogrammes of explosives", BALOCH, high=8,
         optional=True)]),
    P("d8_013",
      "RAWALPINDI, Dec 21, 2024: Military courts have sentenced 25 civilians to rigorous "
      "imprisonment ranging from two to 10 years for their involvement in the May 9, 2023 "
      "attacks on army installations, the Inter-Services Public Relations said on Saturday. "
      "Fourteen of the convicts were handed 10-year terms, the ISPR statement said, while the "
      "rest received between two and nine years. The sentences were announced after the "
      "Supreme Court's constitutional bench allowed military courts to pronounce reserved "
      "verdicts in the cases of 85 civilians in their custody. The remaining 60 suspects would "
      "be informed of their sentences soon, the statement added. Over 100 civilians were handed "
      "over to the military for trial following the riots, in which PTI supporters stormed the "
      "Corps Commander's House in Lahore after the arrest of former prime minister Imran Khan.",
      [C("25", 25, "exact", "detained", "civilians sentenced", ISPR_COURTS),
       C("Fourteen", 14, "exact", "detained", "convicts given 10 years", "the ISPR statement",
         attr_alt=[ISPR_COURTS]),
       C("85", 85, "exact", "detained", "civilians in military custody", None,
         attr_alt=["the ISPR statement"]),
       C("60", 60, "exact", "detained", "suspects awaiting sentences", "the statement",
         attr_alt=["the ISPR statement", ISPR_COURTS]),
       C("Over 100", 100, "more_than", "detained", "civilians handed over for trial", None)],
      published="2024-12-21"),

    # --- Bangladesh: fires, a launch, a cyclone ---------------------------------------------
    P("d8_014",
      "CHATTOGRAM: The death toll from the fire and explosions at the BM Container Depot in "
      "Sitakunda stood at 41 on Monday after the district administration revised the figure "
      "down from 49, saying some bodies had been counted twice. Among the dead are nine "
      "firefighters, the highest number of fire service personnel ever killed in a single "
      "incident in Bangladesh, Fire Service and Civil Defence Director General Brig Gen Md Main "
      "Uddin said. More than 450 people were injured, over 100 of them with severe burns, and "
      "10 firemen remain missing, he said. Some 250 army personnel joined 25 units of the fire "
      "service to douse the flames, which were fed by containers of hydrogen peroxide, while "
      "Chattogram Medical College Hospital appealed for blood donors for the injured.",
      [C("41", 41, "exact", "killed", "people", "the district administration"),
       C("49", 49, "exact", "killed", "people (earlier figure)", "the district administration"),
       C("nine", 9, "exact", "killed", "firefighters", MAIN_UDDIN),
       C("More than 450", 450, "more_than", "injured", "people", MAIN_UDDIN, attr_alt=["he"]),
       C("over 100", 100, "more_than", "injured", "people with severe burns", MAIN_UDDIN,
         attr_alt=["he"]),
       C("10", 10, "exact", "missing", "firemen", MAIN_UDDIN, attr_alt=["he"]),
       C("Some 250", 250, "about", "troops", "army personnel", None),
       C("25", 25, "exact", "other", "fire service units", None, optional=True,
         cat_alt=["troops"])]),
    P("d8_015",
      "JHALOKATHI, Dec 24, 2021 (UNB) – At least 38 people were killed and over 70 injured when "
      "a fire swept through the three-storey launch MV Abhijan-10 on the Sugandha river early "
      "Friday, police and fire service officials said. The Dhaka-Barguna vessel, licensed to "
      "carry 310 people, had more than 800 passengers on board, survivors said. Many jumped "
      "into the river to escape the blaze, which started in the engine room around 3am; some 51 "
      "people are still missing, according to a list compiled by the district administration "
      "from relatives' complaints. The government has formed a seven-member probe body and "
      "announced Tk 150,000 for each victim's family to cover burial costs.",
      [C("At least 38", 38, "at_least", "killed", "people", POFS),
       C("over 70", 70, "more_than", "injured", "people", POFS),
       C("310", 310, "exact", "other", "licensed capacity", "survivors", optional=True,
         attr_alt=[None]),
       C("more than 800", 800, "more_than", "other", "passengers on board", "survivors"),
       C("some 51", 51, "about", "missing", "people", LAUNCH_LIST,
         attr_alt=["the district administration"]),
       C("seven", 7, "exact", "other", "probe body members", None, optional=True)],
      published="2021-12-24"),
    P("d8_016",
      "Cyclone Remal: Bangladesh damage at a glance\n"
      "(Ministry of Disaster Management and Relief figures, 6pm Tuesday)\n"
      "Killed: 16 | Injured: 59 | Missing: 2\n"
      "Evacuated to shelters: 800,000 people in 9,424 cyclone centres\n"
      "Houses fully destroyed: 35,483 | partly damaged: 115,992\n"
      "People affected: 4.6 million in 19 districts\n"
      "Food aid allocated: 5,500 tonnes of rice\n"
      "In India's West Bengal, at least six people died and some 29,500 homes were damaged, "
      "state officials said.",
      [C("16", 16, "exact", "killed", "people", MODMR),
       C("59", 59, "exact", "injured", "people", MODMR),
       C("2", 2, "exact", "missing", "people", MODMR),
       C("800,000", 800000, "exact", "displaced", "people in shelters", MODMR),
       C("9,424", 9424, "exact", "infrastructure", "cyclone centres", MODMR,
         cat_alt=["other", "aid"]),
       C("35,483", 35483, "exact", "infrastructure", "houses destroyed", MODMR),
       C("115,992", 115992, "exact", "infrastructure", "houses damaged", MODMR),
       C("4.6 million", 4600000, "exact", "other", "people affected", MODMR,
         cat_alt=["population"]),
       C("19", 19, "exact", "other", "districts", MODMR, optional=True),
       C("5,500", 5500, "exact", "aid", "tonnes of rice", MODMR),
       C("at least six", 6, "at_least", "killed", "people in West Bengal", "state officials"),
       C("some 29,500", 29500, "about", "infrastructure", "homes damaged in West Bengal",
         "state officials")]),

    # --- Nigeria: prison break, army briefing, malnutrition, a collapse, a train ---------------
    P("d8_017",
      "ABUJA, July 6, 2022 (Reuters) - About 879 inmates escaped from the Kuje medium security "
      "custodial centre on the outskirts of Nigeria's capital after Islamist militants attacked "
      "it with explosives late on Tuesday, and 443 of them had been recaptured by Wednesday "
      "evening, the Nigerian Correctional Service said. All 64 Boko Haram suspects held at the "
      "facility were among those who escaped, Interior Minister Rauf Aregbesola told reporters "
      "during a visit. One officer of the Nigeria Security and Civil Defence Corps was killed, "
      "along with four inmates, spokesman Umar Abubakar said. The facility held 994 inmates at "
      "the time of the attack, he said, and 436 were still at large. Islamic State West Africa "
      "Province claimed responsibility.",
      [C("About 879", 879, "about", "detained", "inmates who escaped", NCOS,
         cat_alt=["other"]),
       C("443", 443, "exact", "detained", "inmates recaptured", NCOS),
       C("64", 64, "exact", "detained", "Boko Haram suspects who escaped", AREGBESOLA,
         cat_alt=["other"]),
       C("One", 1, "exact", "killed", "NSCDC officer", ABUBAKAR),
       C("four", 4, "exact", "killed", "inmates", ABUBAKAR),
       C("994", 994, "exact", "detained", "inmates held", ABUBAKAR, attr_alt=["he"]),
       C("436", 436, "exact", "detained", "escaped inmates at large", ABUBAKAR,
         cat_alt=["other", "missing"], attr_alt=["he"])],
      published="2022-07-06"),
    P("d8_018",
      "ABUJA: Troops of the Armed Forces of Nigeria neutralised 187 terrorists, arrested 246 "
      "suspects and rescued 109 kidnapped hostages in operations across the country in one "
      "week, the Defence Headquarters has said. The Director of Defence Media Operations, "
      "Maj.-Gen. Edward Buba, who gave the breakdown at a briefing in Abuja on Thursday, said "
      "troops in the North-East also received 1,012 terrorists and their families who "
      "surrendered, comprising 236 adult males, 318 adult females and 458 children. He said the "
      "troops recovered 152 assorted weapons and 3,274 rounds of ammunition, among them 63 "
      "AK-47 rifles. In the Niger Delta, troops denied oil thieves an estimated 1.2 million "
      "litres of stolen crude, he added.",
      [C("187", 187, "exact", "killed", "terrorists neutralised", DHQ),
       C("246", 246, "exact", "detained", "suspects arrested", DHQ),
       C("109", 109, "exact", "hostages", "kidnapped hostages rescued", DHQ),
       C("1,012", 1012, "exact", "detained", "terrorists and families who surrendered", BUBA,
         cat_alt=["other"]),
       C("236", 236, "exact", "detained", "adult males who surrendered", BUBA,
         cat_alt=["other"]),
       C("318", 318, "exact", "detained", "adult females who surrendered", BUBA,
         cat_alt=["other"]),
       C("458", 458, "exact", "detained", "children who surrendered", BUBA,
         cat_alt=["other"]),
       C("152", 152, "exact", "munitions", "weapons recovered", BUBA, cat_alt=["other"],
         attr_alt=["He"]),
       C("3,274", 3274, "exact", "munitions", "rounds of ammunition recovered", BUBA,
         cat_alt=["other"], attr_alt=["He"]),
       C("63", 63, "exact", "munitions", "AK-47 rifles recovered", BUBA, cat_alt=["other"],
         attr_alt=["He"]),
       C("an estimated 1.2 million", 1200000, "about", "other", "litres of stolen crude", BUBA,
         optional=True, attr_alt=["he"])]),
    P("d8_019",
      "Médecins Sans Frontières (MSF) said on Tuesday its teams in Katsina state had admitted "
      "more than 42,000 children with severe acute malnutrition to outpatient programmes "
      "between January and July, nearly 10,000 of them sick enough to need hospital care. 'We "
      "have never seen numbers like this in Katsina,' said Dr Simba Tirima, MSF's country "
      "representative, adding that 1,250 children had died in its inpatient feeding centres "
      "this year, a mortality rate close to 13 percent. The organisation said it had opened 14 "
      "additional outpatient sites and that its stocks of therapeutic food would last less than "
      "a month. The Federal Ministry of Health estimates that 4.4 million children under five "
      "across the northern states are acutely malnourished.",
      [C("more than 42,000", 42000, "more_than", "other", "malnourished children admitted",
         MSF, cat_alt=["injured"]),
       C("nearly 10,000", 10000, "about", "other", "children needing hospital care", MSF,
         cat_alt=["injured"]),
       C("1,250", 1250, "exact", "killed", "children in feeding centres", TIRIMA),
       C("close to 13 percent", 13, "about", "other", "mortality rate", TIRIMA, optional=True),
       C("14", 14, "exact", "infrastructure", "outpatient sites opened", "The organisation",
         optional=True, cat_alt=["other", "aid"]),
       C("4.4 million", 4400000, "exact", "other", "acutely malnourished children", FMOH)]),
    P("d8_020",
      "JOS: Twenty-two pupils were killed when a two-storey building of Saint Academy collapsed "
      "on students writing examinations in the Busa Buji community of Jos North on Friday "
      "morning, the Plateau State Police Command said. The National Emergency Management Agency "
      "(NEMA) said 154 persons were trapped in the rubble, of whom 132 were rescued and taken to "
      "hospitals; under 40 of them were still on admission by Saturday. Plateau State "
      "Commissioner for Information Musa Ashoms said the school, which had about 1,000 pupils "
      "on its roll, had shown visible cracks for months. Governor Caleb Mutfwang ordered the "
      "closure of all schools built on riverbanks and directed hospitals to treat the victims "
      "free of charge.",
      [C("Twenty-two", 22, "exact", "killed", "pupils", PLATEAU_POLICE),
       C("154", 154, "exact", "other", "persons trapped in the rubble", NEMA,
         cat_alt=["missing"]),
       C("132", 132, "exact", "other", "persons rescued", NEMA),
       C("under 40", 40, "fewer_than", "injured", "rescued still in hospital", NEMA,
         attr_alt=[None]),
       C("about 1,000", 1000, "about", "population", "pupils on the school's roll", None,
         cat_alt=["other"], attr_alt=[ASHOMS])]),
    P("d8_021",
      "NYERI: The number of pupils who died in Thursday night's dormitory fire at Hillside "
      "Endarasha Academy rose to 21 after police revised their earlier figure of 17, National "
      "Police Service spokeswoman Resila Onyango said on Saturday. The dormitory housed 156 "
      "boys aged between nine and 13, she said. Seventeen pupils were admitted to hospital, two "
      "of them in critical condition. Interior Cabinet Secretary Kithure Kindiki said 70 "
      "children earlier reported missing had been traced to their homes or to relatives, and "
      "that DNA tests would be needed to identify 19 of the bodies. The government declared "
      "three days of national mourning.",
      [C("21", 21, "exact", "killed", "pupils", ONYANGO),
       C("17", 17, "exact", "killed", "pupils (earlier figure)", ONYANGO),
       C("156", 156, "exact", "population", "boys housed in the dormitory", ONYANGO,
         cat_alt=["other"], attr_alt=["she"]),
       C("Seventeen", 17, "exact", "injured", "pupils admitted to hospital", ONYANGO,
         attr_alt=[None]),
       C("two", 2, "exact", "injured", "pupils in critical condition", ONYANGO,
         attr_alt=[None]),
       C("70", 70, "exact", "other", "children traced after being reported missing", KINDIKI,
         cat_alt=["missing"]),
       C("19", 19, "exact", "killed", "bodies awaiting DNA identification", KINDIKI)]),

    # --- Kenya and Nigeria: a gas blast, a train attack ----------------------------------------
    P("d8_022",
      "Embakasi gas explosion: key facts\n"
      "• Deaths: 6, after three more people succumbed to their injuries at Kenyatta National "
      "Hospital (government spokesman Isaac Mwaura)\n"
      "• Injured: 271 treated, 49 still admitted\n"
      "• Damage: more than 350 homes and businesses within a 500-metre radius\n"
      "• Arrests: three officials of the Energy and Petroleum Regulatory Authority charged; the "
      "truck's owner sought\n"
      "• Helpline for families: 1199 (toll-free)",
      [C("6", 6, "exact", "killed", "people", MWAURA),
       C("three", 3, "exact", "killed", "people who succumbed", MWAURA, ctx="three more"),
       C("271", 271, "exact", "injured", "people treated", None),
       C("49", 49, "exact", "injured", "people still admitted", None),
       C("more than 350", 350, "more_than", "infrastructure", "homes and businesses damaged",
         None, cat_alt=["other"]),
       C("three", 3, "exact", "detained", "regulator officials charged", None,
         ctx="three officials", cat_alt=["other"])]),
    P("d8_023",
      "KADUNA: Eight passengers were killed and at least 26 injured when gunmen blew up the rail "
      "track and opened fire on an Abuja-Kaduna train carrying 362 passengers on Monday night, "
      "the Nigerian Railway Corporation said. Kaduna State Commissioner for Internal Security "
      "Samuel Aruwan said 186 passengers had been accounted for and 168 remained unaccounted "
      "for, but a later review of the manifest put the number abducted at 62. Troops of the "
      "Nigerian Army were deployed to the scene, and 22 of the wounded were taken to the 44 "
      "Nigerian Army Reference Hospital. The kidnappers later released a video showing some of "
      "the captives and demanded a ransom for each of them.",
      [C("Eight", 8, "exact", "killed", "passengers", NRC),
       C("at least 26", 26, "at_least", "injured", "passengers", NRC),
       C("362", 362, "exact", "other", "passengers on board", NRC),
       C("186", 186, "exact", "other", "passengers accounted for", ARUWAN),
       C("168", 168, "exact", "missing", "passengers unaccounted for", ARUWAN,
         cat_alt=["hostages"]),
       C("62", 62, "exact", "hostages", "passengers abducted", MANIFEST, attr_alt=[ARUWAN]),
       C("22", 22, "exact", "injured", "wounded taken to hospital", None)]),

    # --- The Philippines: typhoon, bombing, ferry, volcano, the ICC ---------------------------
    P("d8_024",
      "Published: December 22, 2021, 11:58 AM\n"
      "MANILA — The National Disaster Risk Reduction and Management Council (NDRRMC) on "
      "Wednesday raised the death toll from Typhoon Odette (international name: Rai) to 156, but "
      "the Philippine National Police put the number of fatalities at 375, based on reports "
      "from its regional offices. The NDRRMC said 52 persons remain missing and 275 were "
      "injured, while 1,846,712 people in 5,541 barangays have been affected, of whom 427,000 "
      "are staying in 3,215 evacuation centers. Some 183,000 houses were damaged, 63,000 of them "
      "totally, the agency added, and the Department of Social Welfare and Development has "
      "distributed 400,000 family food packs. In Bohol alone, Governor Arthur Yap said 94 people "
      "had died and tens of thousands of houses had been destroyed or damaged.",
      [C("156", 156, "exact", "killed", "people", NDRRMC),
       C("375", 375, "exact", "killed", "people", PNP),
       C("52", 52, "exact", "missing", "persons", "The NDRRMC"),
       C("275", 275, "exact", "injured", "persons", "The NDRRMC"),
       C("1,846,712", 1846712, "exact", "other", "people affected", "The NDRRMC",
         cat_alt=["population"]),
       C("5,541", 5541, "exact", "other", "barangays affected", "The NDRRMC", optional=True),
       C("427,000", 427000, "exact", "displaced", "people in evacuation centers",
         "The NDRRMC"),
       C("3,215", 3215, "exact", "infrastructure", "evacuation centers", "The NDRRMC",
         cat_alt=["other", "aid"]),
       C("Some 183,000", 183000, "about", "infrastructure", "houses damaged", "the agency",
         attr_alt=["The NDRRMC"]),
       C("63,000", 63000, "exact", "infrastructure", "houses totally damaged", "the agency",
         attr_alt=["The NDRRMC"]),
       C("400,000", 400000, "exact", "aid", "family food packs", None,
         attr_alt=["the agency", DSWD]),
       C("94", 94, "exact", "killed", "people in Bohol", YAP),
       C("tens of thousands", 10000, "vague", "infrastructure",
         "houses destroyed or damaged in Bohol", YAP)],
      published="2021-12-22"),
    P("d8_025",
      "MARAWI CITY: Four people were killed and at least 50 others wounded when a bomb exploded "
      "during a Catholic Mass at the Dimaporo Gymnasium of Mindanao State University on Sunday "
      "morning, the Philippine National Police said. Lanao del Sur provincial police director "
      "Col. Robert Daculan said about 500 students and teachers were attending the Mass when the "
      "improvised explosive device, believed to be made from a 60mm mortar round, went off. "
      "Armed Forces chief Gen. Romeo Brawner Jr. said 11 members of the Dawlah Islamiyah-Maute "
      "group had been killed in a military operation in Datu Hoffer, Maguindanao del Sur, two "
      "days earlier, and that the bombing could be a retaliatory attack. Classes at the "
      "university's main campus were suspended indefinitely.",
      [C("Four", 4, "exact", "killed", "people", PNP),
       C("at least 50", 50, "at_least", "injured", "people", PNP),
       C("about 500", 500, "about", "other", "students and teachers at Mass", DACULAN),
       C("11", 11, "exact", "killed", "Dawlah Islamiyah-Maute members", BRAWNER)]),
    P("d8_026",
      "ISABELA CITY, Basilan: The Philippine Coast Guard revised the death toll from the fire "
      "aboard the passenger ferry MV Lady Mary Joy 3 down to 29 from 31 on Friday, saying two "
      "bodies had been counted twice by rescue teams in Basilan and Zamboanga City. Among the "
      "dead were three children, including a six-month-old baby, PCG spokesperson Rear Admiral "
      "Armando Balilo said. A total of 230 passengers and crew were rescued, 23 of whom were "
      "treated in hospital, and seven remain missing. The vessel's manifest listed 205 "
      "passengers, but survivors said 15 to 20 more had boarded without tickets.",
      [C("29", 29, "exact", "killed", "people", PCG),
       C("31", 31, "exact", "killed", "people (earlier toll)", PCG),
       C("two", 2, "exact", "killed", "bodies counted twice", PCG, optional=True,
         cat_alt=["other"]),
       C("three", 3, "exact", "killed", "children", BALILO),
       C("230", 230, "exact", "other", "passengers and crew rescued", BALILO,
         attr_alt=[None]),
       C("23", 23, "exact", "injured", "rescued treated in hospital", BALILO,
         attr_alt=[None]),
       C("seven", 7, "exact", "missing", "people", BALILO, attr_alt=[None]),
       C("205", 205, "exact", "other", "passengers on the manifest", "The vessel's manifest",
         attr_alt=[None]),
       C("15 to 20", 15, "range", "other", "passengers without tickets", "survivors",
         high=20)]),
    P("d8_027",
      "LEGAZPI CITY: More than 18,000 residents living within the 6-kilometre permanent danger "
      "zone of Mayon Volcano have been moved to 28 evacuation centres in Albay, the Office of "
      "Civil Defense (OCD) Bicol said on Monday, as the volcano continued to spew lava down its "
      "slopes. Phivolcs kept the alert at Level 3 out of 5 and recorded 273 rockfall events and "
      "21 pyroclastic density currents in the past 24 hours. Provincial officials said an "
      "estimated 4,000 head of livestock had also been moved, and that the evacuees would need "
      "food packs for up to three months. The Department of Social Welfare and Development has "
      "so far sent 12,000 family food packs to the province.",
      [C("More than 18,000", 18000, "more_than", "displaced", "residents moved", OCD),
       C("28", 28, "exact", "infrastructure", "evacuation centres", OCD,
         cat_alt=["other", "aid"]),
       C("273", 273, "exact", "other", "rockfall events", "Phivolcs", optional=True),
       C("21", 21, "exact", "other", "pyroclastic density currents", "Phivolcs",
         optional=True),
       C("an estimated 4,000", 4000, "about", "other", "head of livestock moved",
         "Provincial officials"),
       C("12,000", 12000, "exact", "aid", "family food packs", None,
         attr_alt=["The Department of Social Welfare and Development"])]),
    P("d8_028",
      "THE HAGUE: Former Philippine President Rodrigo Duterte, 79, appeared before the "
      "International Criminal Court by video link on Friday, two days after he was flown to the "
      "Netherlands following his arrest in Manila. Prosecutors accuse him of crimes against "
      "humanity over the killing of at least 43 people between 2013 and 2018, during his time "
      "as mayor of Davao City and as president. Philippine police say 6,252 people were killed "
      "in anti-drug operations during his six-year presidency, while human rights groups "
      "estimate the toll at between 12,000 and 30,000. The court set the confirmation of charges "
      "hearing for September 23.",
      [C("at least 43", 43, "at_least", "killed", "people", "Prosecutors"),
       C("6,252", 6252, "exact", "killed", "people in anti-drug operations",
         "Philippine police"),
       C("between 12,000 and 30,000", 12000, "range", "killed", "people in the drug war",
         "human rights groups", high=30000)]),

    # --- Indonesia: a prison fire, two volcanoes ---------------------------------------------
    P("d8_029",
      "Updated 09 Sep 2021, 14:02 WIB\n"
      "TANGERANG, Indonesia — The number of inmates who died in a fire that tore through an "
      "overcrowded cell block at Tangerang prison rose to 49 on Thursday after eight more "
      "succumbed to burns at a police hospital, the Ministry of Law and Human Rights said. Among "
      "the dead were two foreign nationals, from Portugal and South Africa. Block C2, built for "
      "38 inmates, held 122 when the fire broke out at around 1:45am on Wednesday, most of them "
      "serving sentences for drug offences, ministry spokesman Rika Aprianti said. Seventy-three "
      "inmates suffered minor injuries and were moved to another block. The prison, designed for "
      "600, holds more than 2,000 inmates, she said. Police named three prison guards as "
      "suspects for negligence.",
      [C("49", 49, "exact", "killed", "inmates", MOLHR),
       C("eight", 8, "exact", "killed", "inmates who succumbed", MOLHR),
       C("two", 2, "exact", "killed", "foreign nationals", MOLHR, attr_alt=[None]),
       C("38", 38, "exact", "other", "cell block capacity", RIKA, optional=True),
       C("122", 122, "exact", "detained", "inmates in the block", RIKA),
       C("Seventy-three", 73, "exact", "injured", "inmates", RIKA, attr_alt=[None]),
       C("600", 600, "exact", "other", "prison capacity", RIKA, optional=True,
         attr_alt=["she"]),
       C("more than 2,000", 2000, "more_than", "detained", "inmates in the prison", RIKA,
         attr_alt=["she"]),
       C("three", 3, "exact", "detained", "guards named as suspects", None,
         cat_alt=["other"], attr_alt=["Police"])],
      published="2021-09-09"),
    P("d8_030",
      "LUMAJANG, East Java: The death toll from the eruption of Mount Semeru rose to 43 on "
      "Thursday as search teams pulled more bodies from villages buried under volcanic ash and "
      "mud, the National Disaster Mitigation Agency (BNPB) said. Twenty-two people are still "
      "missing and 104 were injured, the agency said. 'We have so far evacuated more than 6,500 "
      "people to 115 temporary shelters,' BNPB spokesman Abdul Muhari told reporters. Around "
      "2,970 houses, 38 schools and the Gladak Perak bridge linking Lumajang to Malang were "
      "damaged. President Joko Widodo, who visited the area, said up to 2,000 houses would be "
      "built for residents relocated away from the danger zone.",
      [C("43", 43, "exact", "killed", "people", BNPB),
       C("Twenty-two", 22, "exact", "missing", "people", "the agency", attr_alt=[BNPB]),
       C("104", 104, "exact", "injured", "people", "the agency", attr_alt=[BNPB]),
       C("more than 6,500", 6500, "more_than", "displaced", "people evacuated", MUHARI),
       C("115", 115, "exact", "infrastructure", "temporary shelters", MUHARI,
         cat_alt=["other", "aid"]),
       C("Around 2,970", 2970, "about", "infrastructure", "houses damaged", MUHARI,
         attr_alt=[None, BNPB]),
       C("38", 38, "exact", "infrastructure", "schools damaged", MUHARI,
         attr_alt=[None, BNPB]),
       C("up to 2,000", 2000, "at_most", "infrastructure", "houses to be built",
         "President Joko Widodo", cat_alt=["aid"])]),
    P("d8_031",
      "MANADO: Indonesian authorities have ordered more than 11,000 residents of Tagulandang "
      "island to leave after Mount Ruang erupted at least five times overnight, hurling molten "
      "rocks and ash more than 2 kilometres into the sky, officials said on Wednesday. The "
      "volcanology agency raised the alert to its highest level and widened the exclusion zone "
      "to 7 kilometres from the crater. A navy ship and two fishing boats evacuated the first "
      "800 people to the neighbouring island of Siau, the Search and Rescue Agency said, but "
      "less than 300 residents had refused to leave. Manado's Sam Ratulangi airport, about 100 "
      "kilometres away, was closed for 24 hours.",
      [C("more than 11,000", 11000, "more_than", "displaced", "residents ordered to leave",
         "officials", attr_alt=[None, "Indonesian authorities"]),
       C("at least five", 5, "at_least", "other", "eruptions", "officials", optional=True),
       C("two", 2, "exact", "other", "fishing boats", SAR, optional=True, cat_alt=["aid"]),
       C("800", 800, "exact", "displaced", "people evacuated to Siau", SAR),
       C("less than 300", 300, "fewer_than", "population", "residents who refused to leave",
         SAR, attr_alt=[None])]),

    # --- UN, ICRC and aid agencies quoted -----------------------------------------------------
    P("d8_032",
      "More than 25,000 people are registered as missing in Nigeria with the International "
      "Committee of the Red Cross, nearly 14,000 of them children at the time they disappeared, "
      "the humanitarian organisation said on Tuesday, making it the ICRC's largest "
      "missing-persons caseload in Africa. Most of the cases stem from the 13-year conflict in "
      "Borno, Adamawa and Yobe states, the head of the ICRC delegation in Abuja, Yann Bonzon, "
      "said. 'Behind each number is a mother who still sets a place at the table,' he said. "
      "Since 2016, the ICRC has helped reunite 492 families and supported 2,300 families of "
      "missing persons, he added.",
      [C("More than 25,000", 25000, "more_than", "missing", "people registered as missing",
         ICRC_SHORT, attr_alt=[ICRC]),
       C("nearly 14,000", 14000, "about", "missing", "children registered as missing",
         ICRC_SHORT, attr_alt=[ICRC]),
       C("492", 492, "exact", "other", "families reunited", BONZON, attr_alt=["he"]),
       C("2,300", 2300, "exact", "other", "families of missing persons supported", BONZON,
         cat_alt=["aid"], attr_alt=["he"])]),
    P("d8_033",
      "Flash floods that swept through Baghlan province in northern Afghanistan on Friday killed "
      "at least 315 people and injured more than 1,600, the World Food Programme said on "
      "Saturday, citing Afghan authorities. The UN Office for the Coordination of Humanitarian "
      "Affairs (OCHA) put the toll lower, at 131 dead across the province's Burka, Nahrin, "
      "Dahana-i-Ghuri and Baghlan-i-Jadid districts, and said 2,011 houses had been destroyed "
      "and 2,800 damaged. The Taliban-run interior ministry said 1,000 or more livestock had "
      "perished. Rescuers struggled to reach cut-off villages after the floods washed away "
      "bridges, and the Afghan air force used Mi-17 helicopters to evacuate the injured.",
      [C("at least 315", 315, "at_least", "killed", "people", "Afghan authorities",
         attr_alt=[WFP]),
       C("more than 1,600", 1600, "more_than", "injured", "people", "Afghan authorities",
         attr_alt=[WFP]),
       C("131", 131, "exact", "killed", "people", OCHA),
       C("2,011", 2011, "exact", "infrastructure", "houses destroyed", OCHA),
       C("2,800", 2800, "exact", "infrastructure", "houses damaged", OCHA),
       C("1,000 or more", 1000, "at_least", "other", "livestock perished",
         "The Taliban-run interior ministry")]),

    # --- India again: a basement flood, a factory blast --------------------------------------
    P("d8_034",
      "NEW DELHI: Delhi Police have arrested seven persons, including the owner of the basement "
      "and the coordinator of Rau's IAS Study Circle, in connection with the drowning of three "
      "civil services aspirants in the institute's flooded basement library in Old Rajinder "
      "Nagar on Saturday evening. The deceased, two women aged 25 and 26 and a 28-year-old man, "
      "were among about 30 students studying in the library when rainwater gushed in within "
      "minutes, Deputy Commissioner of Police (Central) M. Harsha Vardhan said. The others were "
      "rescued. The Municipal Corporation of Delhi has since sealed 13 coaching centres "
      "operating illegally out of basements, an official said. A case under Sections 105 and "
      "106 of the Bharatiya Nyaya Sanhita has been registered.",
      [C("seven", 7, "exact", "detained", "persons arrested", None,
         attr_alt=["Delhi Police"]),
       C("three", 3, "exact", "killed", "civil services aspirants", None,
         attr_alt=["Delhi Police"]),
       C("two", 2, "exact", "killed", "women", DCP),
       C("about 30", 30, "about", "other", "students in the library", DCP),
       C("13", 13, "exact", "infrastructure", "coaching centres sealed", "an official",
         cat_alt=["other"])]),
    P("d8_035",
      "HYDERABAD: The death toll in the reactor blast at the Sigachi Industries pharmaceutical "
      "plant in Pashamylaram, Sangareddy district, has risen to 46, Telangana Health Minister C. "
      "Damodar Raja Narasimha said on Thursday. Officials had earlier put the figure at 36 on "
      "Tuesday, before eight workers succumbed to burns in hospitals and two more bodies were "
      "recovered from the debris. Eight workers remain missing and 33 are undergoing treatment, "
      "district collector P. Praveenya said. Approximately 143 workers were on duty at the "
      "plant when the spray dryer unit exploded at about 9:20am on Monday. The company said it "
      "would pay Rs 10 million to the family of each deceased worker.",
      [C("46", 46, "exact", "killed", "workers", NARASIMHA),
       C("36", 36, "exact", "killed", "workers (earlier figure)", "Officials"),
       C("eight", 8, "exact", "killed", "workers who succumbed", None,
         attr_alt=["Officials", NARASIMHA]),
       C("two", 2, "exact", "killed", "bodies recovered", None,
         attr_alt=["Officials", NARASIMHA]),
       C("Eight", 8, "exact", "missing", "workers", PRAVEENYA),
       C("33", 33, "exact", "injured", "workers under treatment", PRAVEENYA),
       C("Approximately 143", 143, "about", "other", "workers on duty", PRAVEENYA,
         attr_alt=[None])]),

    # --- Only non-claims --------------------------------------------------------------------
    P("d8_036",
      "PAGASA Tropical Cyclone Bulletin No. 7, issued at 11:00 PM: Tropical Storm 'Aghon' was "
      "last located 85 km east of Virac, Catanduanes, packing maximum sustained winds of 75 km/h "
      "near the centre and gusts of up to 105 km/h. Tropical Cyclone Wind Signal No. 2 remains "
      "hoisted over Catanduanes and the eastern portion of Camarines Sur, while Signal No. 1 is "
      "up over Albay and Sorsogon. Rainfall of 100 to 200 mm is expected over the next 24 hours. "
      "The storm is moving north-northwest at 15 km/h and may exit the Philippine Area of "
      "Responsibility by Wednesday. No casualties have been reported so far, the NDRRMC said. "
      "For emergencies, call the national hotline 911 or the OCD operations centre at (02) "
      "8911-5061.",
      []),
    P("d8_037",
      "ISLAMABAD: The Islamabad High Court on Monday granted bail to a 71-year-old former "
      "federal minister in a corruption reference filed in 2019, ordering him to furnish surety "
      "bonds worth Rs 1 million. A division bench comprising Chief Justice Aamer Farooq and "
      "Justice Tariq Mehmood Jahangiri heard the petition for about 90 minutes. The NAB "
      "prosecutor argued that the case involved alleged losses of Rs 3.2 billion to the "
      "national exchequer. The hearing of the main case was adjourned until March 14, and the "
      "petitioner was directed to surrender his passport within seven days.",
      []),
    P("d8_038",
      "KANO: The Independent National Electoral Commission (INEC) on Monday declared Abba Kabir "
      "Yusuf of the New Nigeria Peoples Party (NNPP) winner of the March 18 governorship "
      "election in Kano State with 1,019,602 votes. His closest rival, Nasiru Yusuf Gawuna of "
      "the All Progressives Congress, polled 890,705 votes, returning officer Prof. Ahmad Doko "
      "Ibrahim announced at the collation centre at about 10:15am. The margin of 128,897 votes "
      "was the widest in the state since 1999. Turnout was put at 29.6 percent. Police said the "
      "exercise was largely peaceful and that no arrests were made.",
      []),

    # --- Court and road-safety reporting -------------------------------------------------------
    P("d8_039",
      "QUEZON CITY: A Quezon City court on Thursday convicted 28 people, including clan leaders "
      "Datu Andal Ampatuan Jr. and Zaldy Ampatuan, of murder over the 2009 Maguindanao massacre "
      "and sentenced them to up to 40 years in prison without parole. Judge Jocelyn Solis-Reyes "
      "found 15 others, most of them police officers, guilty as accessories and acquitted 56 of "
      "the 101 accused who stood trial, the decision showed. Fifty-eight people, 32 of them "
      "journalists, were killed when a convoy on its way to file a rival's candidacy papers was "
      "stopped by about 100 gunmen. Some 80 suspects remain at large a decade after the "
      "killings, prosecutors said.",
      [C("28", 28, "exact", "detained", "people convicted", None, attr_alt=[QC_COURT]),
       C("15", 15, "exact", "detained", "accessories convicted", "the decision",
         attr_alt=[SOLIS_REYES]),
       C("56", 56, "exact", "detained", "accused acquitted", "the decision",
         cat_alt=["other"], attr_alt=[SOLIS_REYES]),
       C("101", 101, "exact", "detained", "accused tried", "the decision", cat_alt=["other"],
         attr_alt=[SOLIS_REYES]),
       C("Fifty-eight", 58, "exact", "killed", "people (2009 massacre)", None),
       C("32", 32, "exact", "killed", "journalists", None),
       C("about 100", 100, "about", "troops", "gunmen", None, cat_alt=["other"]),
       C("Some 80", 80, "about", "other", "suspects at large", "prosecutors",
         cat_alt=["detained"])]),
    P("d8_040",
      "DHAKA: At least 407 people were killed and 1,398 injured in 399 road accidents across the "
      "country during the 15 days of Eid-ul-Fitr travel, Bangladesh Jatri Kalyan Samity said in "
      "a report released on Sunday. Motorcycle crashes accounted for 140 of the accidents and 158 "
      "of the deaths, the passengers' welfare body said. The Road Safety Foundation counted 320 "
      "deaths, while the police headquarters put the figure at 182, citing cases filed at police "
      "stations. Another 28 people drowned in 19 waterway accidents and seven were killed on "
      "railways, according to the Samity.",
      [C("At least 407", 407, "at_least", "killed", "people", SAMITY),
       C("1,398", 1398, "exact", "injured", "people", SAMITY),
       C("399", 399, "exact", "other", "road accidents", SAMITY),
       C("140", 140, "exact", "other", "motorcycle accidents", "the passengers' welfare body",
         attr_alt=[SAMITY]),
       C("158", 158, "exact", "killed", "motorcycle deaths", "the passengers' welfare body",
         attr_alt=[SAMITY]),
       C("320", 320, "exact", "killed", "people", "The Road Safety Foundation"),
       C("182", 182, "exact", "killed", "people", "cases filed at police stations",
         attr_alt=["the police headquarters"]),
       C("28", 28, "exact", "killed", "people drowned", "the Samity", attr_alt=[SAMITY]),
       C("19", 19, "exact", "other", "waterway accidents", "the Samity", attr_alt=[SAMITY]),
       C("seven", 7, "exact", "killed", "people on railways", "the Samity",
         attr_alt=[SAMITY])]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d8_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7",
                                                   "holdout2")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
