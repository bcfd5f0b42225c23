"""Source of the thirteenth development set: writes ``passages.jsonl`` next to it.

Forty short news passages (2–6 sentences) written for this set (none copied from an article) in
the styles of wire copy with datelines (Reuters, AP, AFP, Xinhua, Yonhap), broadcaster web copy,
the English-language press of Nigeria, Kenya, Nepal, Pakistan and the Philippines, UN and NGO
statements, government briefings, inquest, inquiry and court reporting and anniversary
retrospectives, on wars, disasters, protests, kidnappings, epidemics, accidents and migration not
used in the earlier sets. Annotated by hand and blind (the extractor was not run on these
passages and its source was not read) by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports loosely; the set tests extraction, not facts. Two passages hold only
non-claims.

Run ``python tests/devset13/build_devset13.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

PS_MOH = "the Palestinian health ministry"
IDF = "The Israeli military"
RUBYMAR_MGR = "the ship's Lebanon-based manager"
HRW = "Human Rights Watch"
UN = "The United Nations"
SYNIEHUBOV = "Kharkiv Oblast Governor Oleh Syniehubov"
OPCW = "The global chemical weapons watchdog"
OPCW_IIT = ("The Organisation for the Prohibition of Chemical Weapons' investigation and "
            "identification team")
KLAUS = "Dorothee Klaus"
OHCHR = "The UN human rights office"
HURTADO = "Spokesperson Marta Hurtado"
NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
ABALOS = "Interior Secretary Benhur Abalos"
FAROUQ = "Sadiya Umar Farouq"
FAROUQ_TITLE = "The Minister of Humanitarian Affairs, Disaster Management and Social Development"
CONRED = "Guatemala's national disaster agency"
DIOME = "Interior Minister Antoine Diome"
SRC = "The Senegalese Red Cross"
MASUKU = "acting Prime Minister Themba Masuku"
TOGO_COALITION = "a coalition of civil society groups and opposition parties"
ZHRF = "the Zimbabwe Human Rights NGO Forum"
FARLAM = "The commission's report"
HILLS_JURY = "A jury at the inquests"
VELASQUEZ = "Defence Minister Iván Velásquez"
OMBUDSMAN = "the ombudsman's office"
ROCHA = "Governor Rubén Rocha"
EKITI_POLICE = "the Ekiti State Police Command"
ABUTU = "The Police Public Relations Officer, Sunday Abutu"
NCDC = "The Nigeria Centre for Disease Control and Prevention (NCDC)"
FOSHAN = "local health authorities"
KZ_MOH = "the Kazakh health ministry"
GARCIA = "Nuevo Leon Gov. Samuel García"
ODERA = "Rift Valley Regional Police Commander Tom Odera"
MUTAI = "Kericho Governor Erick Mutai"
JP_MLIT = "the transport ministry"
AMI = "state news agency AMI"
DR_MIGRATION = "the country's migration agency"

PASSAGES = [
    # --- Wars and armed conflict ---------------------------------------------------------------
    P("d13_001",
      "4 min read\n"
      "JENIN, West Bank, July 4, 2023 (Reuters) - Israeli forces pressed on with one of their "
      "biggest operations in the occupied West Bank in years on Tuesday, as the Palestinian "
      "health ministry said the number of Palestinians killed in Jenin since Monday had risen "
      "to 12. At least 100 more were wounded, 20 of them seriously, the ministry said. The Jenin "
      "Red Crescent put the number of residents who had left the refugee camp at about 3,000, "
      "roughly a quarter of its population. The Israeli military said it had sent around 1,000 "
      "soldiers into the camp, which is home to some 14,000 people, carried out at least 10 "
      "drone strikes and detained 120 suspects.",
      [C("12", 12, "exact", "killed", "Palestinians in Jenin", PS_MOH),
       C("At least 100", 100, "at_least", "injured", "Palestinians", "the ministry",
         attr_alt=[PS_MOH]),
       C("20", 20, "exact", "injured", "seriously wounded", "the ministry", attr_alt=[PS_MOH]),
       C("about 3,000", 3000, "about", "displaced", "residents who left the camp",
         "The Jenin Red Crescent"),
       C("roughly a quarter", 0.25, "about", "displaced", "share of the camp's population",
         "The Jenin Red Crescent", optional=True),
       C("around 1,000", 1000, "about", "troops", "Israeli soldiers", IDF),
       C("some 14,000", 14000, "about", "population", "camp residents", None,
         attr_alt=[IDF]),
       C("at least 10", 10, "at_least", "munitions", "drone strikes on the camp", IDF,
         cat_alt=["other"]),
       C("120", 120, "exact", "detained", "suspects", IDF)],
      published="2023-07-04"),
    P("d13_002",
      "DUBAI, United Arab Emirates (AP) — A Belize-flagged cargo ship struck by Yemen's Houthi "
      "rebels sank in the Red Sea early Saturday, the first vessel lost since the group began "
      "attacking shipping in November 2023. The Rubymar had been drifting for nearly two weeks "
      "after a missile hit its engine room. All 24 crew members — 11 Syrians, six Egyptians, "
      "four Indians and three Filipinos — were taken off the vessel and brought to Djibouti "
      "after the attack, the ship's Lebanon-based manager said. The ship was carrying about "
      "21,000 metric tons of ammonium phosphate sulfate fertilizer, which the U.S. military "
      "warned could cause an environmental disaster.",
      [C("24", 24, "exact", "other", "crew members taken off the ship", RUBYMAR_MGR,
         cat_alt=["displaced"]),
       C("11", 11, "exact", "other", "Syrian crew", RUBYMAR_MGR, cat_alt=["displaced"]),
       C("six", 6, "exact", "other", "Egyptian crew", RUBYMAR_MGR, cat_alt=["displaced"]),
       C("four", 4, "exact", "other", "Indian crew", RUBYMAR_MGR, cat_alt=["displaced"]),
       C("three", 3, "exact", "other", "Filipino crew", RUBYMAR_MGR, cat_alt=["displaced"]),
       C("about 21,000", 21000, "about", "other", "tonnes of fertilizer on board", None,
         optional=True)]),
    P("d13_003",
      "Human Rights Watch said on Thursday that soldiers and allied militiamen had killed "
      "\"dozens, possibly hundreds\" of civilians, most of them ethnic Fulani, around the town "
      "of Solenzo in western Burkina Faso on March 10 and 11, 2025. The group said it had "
      "reviewed 11 videos that showed at least 58 bodies, among them women and children. Local "
      "residents put the toll far higher, telling the rights group that more than 130 people "
      "had been buried in the days after the killings. The government called the videos a "
      "\"manipulation\" and gave no figures.",
      [C("dozens", 12, "vague", "killed", "civilians around Solenzo", HRW),
       C("hundreds", 100, "vague", "killed", "civilians around Solenzo", HRW),
       C("11", 11, "exact", "other", "videos reviewed", "The group", attr_alt=[HRW],
         optional=True, ctx="11 videos"),
       C("at least 58", 58, "at_least", "killed", "bodies in videos", "The group",
         attr_alt=[HRW]),
       C("more than 130", 130, "more_than", "killed", "people buried", "Local residents")]),
    P("d13_004",
      "YAOUNDE, Feb 18 (Reuters) - The United Nations said on Tuesday that 23 civilians, "
      "including 15 children, nine of them under the age of five, were killed in an attack on "
      "the village of Ngarbuh in Cameroon's North-West region last Friday. The government has "
      "said only five people died, blaming the explosion of fuel containers during a firefight "
      "between troops and separatists. The main opposition party put the toll at 32. Two "
      "pregnant women were among the dead, the UN said.",
      [C("23", 23, "exact", "killed", "civilians in Ngarbuh", UN),
       C("15", 15, "exact", "killed", "children", UN),
       C("nine", 9, "exact", "killed", "children under five", UN),
       C("five", 5, "exact", "killed", "people (government figure)", "The government",
         ctx="five people died"),
       C("32", 32, "exact", "killed", "people (opposition figure)",
         "The main opposition party"),
       C("Two", 2, "exact", "killed", "pregnant women", "the UN", attr_alt=[UN])]),
    P("d13_005",
      "Updated: 26 May 2024, 10:40 AM\n"
      "The death toll from Russia's guided bomb strike on the Epicentr hypermarket in Kharkiv "
      "now stands at 16, Kharkiv Oblast Governor Oleh Syniehubov said on May 26. A further 43 "
      "people were injured, he said, and rescuers were still looking for 16 others believed to "
      "have been inside the building when two KAB-type bombs struck it. An estimated 200 people "
      "were in the store at the time, according to Mayor Ihor Terekhov. Rescue work at the site, "
      "some 30 kilometres from the Russian border, is continuing.",
      [C("16", 16, "exact", "killed", "people", SYNIEHUBOV, ctx="stands at 16"),
       C("43", 43, "exact", "injured", "people", SYNIEHUBOV, attr_alt=["he"]),
       C("16", 16, "exact", "missing", "people", SYNIEHUBOV, attr_alt=["he"],
         ctx="16 others"),
       C("two", 2, "exact", "munitions", "KAB guided bombs", SYNIEHUBOV,
         attr_alt=["he", None]),
       C("An estimated 200", 200, "about", "other", "people in the store",
         "Mayor Ihor Terekhov")],
      published="2024-05-26"),
    P("d13_006",
      "BAGHDAD (AFP) - Hundreds of families gathered in Tikrit on Wednesday to mark 10 years "
      "since the Islamic State group massacred up to 1,700 air force cadets captured near the "
      "former US base known as Camp Speicher. Iraqi officials have identified the remains of "
      "about 1,200 victims, recovered from more than a dozen mass graves. Iraq hanged 36 men "
      "convicted over the killings in August 2016, and courts have since sentenced dozens more, "
      "according to the judiciary. Many relatives say at least 400 cadets are still "
      "unaccounted for.",
      [C("Hundreds", 100, "vague", "other", "families at the commemoration", None),
       C("up to 1,700", 1700, "at_most", "killed", "air force cadets", None),
       C("about 1,200", 1200, "about", "killed", "victims identified", "Iraqi officials",
         cat_alt=["other"], optional=True),
       C("more than a dozen", 12, "more_than", "other", "mass graves", "Iraqi officials",
         optional=True),
       C("36", 36, "exact", "killed", "men hanged", "the judiciary", cat_alt=["detained"],
         attr_alt=[None]),
       C("dozens", 12, "vague", "detained", "people sentenced", "the judiciary"),
       C("at least 400", 400, "at_least", "missing", "cadets", "Many relatives")]),
    P("d13_007",
      "THE HAGUE, Jan 27, 2023 (Reuters) - The global chemical weapons watchdog said on Friday "
      "there were \"reasonable grounds to believe\" a Syrian air force helicopter dropped a "
      "chlorine cylinder on the city of Douma in April 2018, killing 43 people. The Organisation "
      "for the Prohibition of Chemical Weapons' investigation and identification team said it "
      "had interviewed 66 witnesses and analysed 70 environmental and biomedical samples. Rescue "
      "workers at the time had put the number of dead at more than 70, with some 500 people "
      "treated for breathing difficulties. Syria and its ally Russia deny using chemical "
      "weapons.",
      [C("43", 43, "exact", "killed", "people in Douma", OPCW),
       C("66", 66, "exact", "other", "witnesses interviewed", OPCW_IIT, optional=True),
       C("70", 70, "exact", "other", "samples analysed", OPCW_IIT, optional=True,
         ctx="70 environmental"),
       C("more than 70", 70, "more_than", "killed", "people in Douma", "Rescue workers"),
       C("some 500", 500, "about", "injured", "people treated for breathing difficulties",
         "Rescue workers")],
      published="2023-01-27"),
    P("d13_008",
      "In a statement on Monday, UNRWA said at least 2,000 people had fled their homes in Ain "
      "al-Hilweh, Lebanon's largest Palestinian refugee camp, since fighting erupted between "
      "Fatah and Islamist militants on Saturday. \"Eleven people have been killed and more than "
      "40 injured,\" said Dorothee Klaus, the agency's director in Lebanon, adding that two of "
      "its schools had been taken over by armed men. Nine UNRWA installations have been "
      "damaged, the agency said. The camp, near the southern city of Sidon, is home to more "
      "than 50,000 registered refugees.",
      [C("at least 2,000", 2000, "at_least", "displaced", "people who fled Ain al-Hilweh",
         "UNRWA"),
       C("Eleven", 11, "exact", "killed", "people", KLAUS),
       C("more than 40", 40, "more_than", "injured", "people", KLAUS),
       C("two", 2, "exact", "other", "UNRWA schools taken over", KLAUS,
         cat_alt=["infrastructure"], optional=True),
       C("Nine", 9, "exact", "infrastructure", "UNRWA installations damaged", "the agency",
         attr_alt=["UNRWA"]),
       C("more than 50,000", 50000, "more_than", "population", "registered refugees in the camp",
         None, cat_alt=["displaced"], attr_alt=["the agency"])]),
    P("d13_009",
      "GENEVA (Reuters) - The UN human rights office said on Friday it had recorded at least 183 "
      "people killed in clashes in Ethiopia's Amhara region since July, and voiced alarm at "
      "reports of mass arrests. Spokesperson Marta Hurtado said a drone strike on Aug. 13 in "
      "the town of Finote Selam killed 26 people, all of them reportedly civilians. More than "
      "1,000 people are believed to have been arrested across the country under a state of "
      "emergency declared on Aug. 4, she said, many of them young Amhara men.",
      [C("at least 183", 183, "at_least", "killed", "people in Amhara", OHCHR),
       C("26", 26, "exact", "killed", "people in Finote Selam", HURTADO),
       C("More than 1,000", 1000, "more_than", "detained", "people arrested", HURTADO,
         attr_alt=["she"])]),

    # --- Disasters -----------------------------------------------------------------------------
    P("d13_010",
      "Published 7:45 PM, October 30, 2022\n"
      "MANILA, Philippines – The death toll from Severe Tropical Storm Paeng (Nalgae) stood at "
      "98 on Sunday, October 30, with 63 people still missing, the National Disaster Risk "
      "Reduction and Management Council (NDRRMC) said in its 8 am report. The council had "
      "reported 101 deaths on Saturday but revised the figure after finding that three victims "
      "had been counted twice. Most of the dead – "
      "53 – were in the Bangsamoro region, where a torrent of mud and boulders buried the "
      "village of Kusiong in Datu Odin Sinsuat town. Interior Secretary Benhur Abalos said "
      "earlier that as many as 80 to 100 people might be buried in Kusiong alone. Some 168,000 "
      "people were staying in evacuation centers, the NDRRMC said. The Department of Social "
      "Welfare and Development said it had distributed more than 120,000 family food packs and "
      "had up to 300,000 more on standby. For inquiries, call the "
      "NDRRMC operations center at (02) 8911-1406.",
      [C("98", 98, "exact", "killed", "people", NDRRMC),
       C("63", 63, "exact", "missing", "people", NDRRMC),
       C("101", 101, "exact", "killed", "people (earlier toll)", "The council",
         attr_alt=[NDRRMC]),
       C("three", 3, "exact", "killed", "victims counted twice", "The council",
         attr_alt=[NDRRMC], cat_alt=["other"], optional=True),
       C("53", 53, "exact", "killed", "people in Bangsamoro", NDRRMC, attr_alt=[None]),
       C("as many as 80 to 100", 80, "range", "missing", "people buried in Kusiong", ABALOS,
         high=100, cat_alt=["killed"]),
       C("Some 168,000", 168000, "about", "displaced", "people in evacuation centers",
         "the NDRRMC"),
       C("more than 120,000", 120000, "more_than", "aid", "family food packs distributed",
         "The Department of Social Welfare and Development"),
       C("up to 300,000", 300000, "at_most", "aid", "family food packs on standby",
         "The Department of Social Welfare and Development")],
      published="2022-10-30"),
    P("d13_011",
      "Forty years after the Nevado del Ruiz volcano buried the town of Armero, Colombia still "
      "does not know exactly how many people died there. The official figure is about 23,000, "
      "though survivors' groups say the true number could be close to 25,000, out of a "
      "population of some 29,000. On the night of Nov. 13, 1985, mudflows travelling at up to "
      "60 kilometres an hour swept down the Lagunilla river valley and reached the town shortly "
      "after 11 p.m. Some 580 children were separated from their families in the chaos, and the "
      "Armando Armero foundation says it has traced only a handful of them.",
      [C("about 23,000", 23000, "about", "killed", "people in Armero (official figure)", None),
       C("close to 25,000", 25000, "about", "killed", "people in Armero",
         "survivors' groups"),
       C("some 29,000", 29000, "about", "population", "Armero residents", None,
         attr_alt=["survivors' groups"]),
       C("Some 580", 580, "about", "other", "children separated from their families", None,
         cat_alt=["missing", "displaced"], attr_alt=["the Armando Armero foundation"])]),
    P("d13_012",
      "Published 21 October 2016\n"
      "Wales has fallen silent to remember the 144 people, 116 of them children, who died when a "
      "colliery spoil tip collapsed on the village of Aberfan 50 years ago. The slurry engulfed "
      "Pantglas Junior School at 09:15 on 21 October 1966, minutes after pupils had returned "
      "from assembly. Five teachers were among the dead. Hundreds of people attended a memorial "
      "service at the cemetery where many of the children are buried.",
      [C("144", 144, "exact", "killed", "people", None),
       C("116", 116, "exact", "killed", "children", None),
       C("Five", 5, "exact", "killed", "teachers", None),
       C("Hundreds", 100, "vague", "other", "people at the memorial service", None)],
      published="2016-10-21"),
    P("d13_013",
      "(LEAD) Death toll from Osong underpass flooding rises to 13\n"
      "2023/07/17 10:21\n"
      "CHEONGJU, July 17 (Yonhap) -- The death toll from the flooding of an underpass in the "
      "central city of Cheongju rose to 13 on Monday after rescuers recovered another body from "
      "a submerged bus, officials said. Nine others were injured in the accident, which trapped "
      "17 vehicles, including the No. 747 city bus, when an embankment of the Miho River "
      "collapsed on Saturday morning, according to the fire authorities. Nationwide, heavy rain "
      "since Thursday has left 40 people dead and 34 injured, while 10,570 people have been "
      "forced to evacuate, the interior ministry said.",
      [C("13", 13, "exact", "killed", "people (headline)", None, ctx="rises to 13"),
       C("13", 13, "exact", "killed", "people in the underpass", "officials",
         ctx="rose to 13"),
       C("Nine", 9, "exact", "injured", "people", "the fire authorities"),
       C("17", 17, "exact", "other", "vehicles trapped", "the fire authorities",
         ctx="17 vehicles"),
       C("40", 40, "exact", "killed", "people nationwide", "the interior ministry"),
       C("34", 34, "exact", "injured", "people nationwide", "the interior ministry"),
       C("10,570", 10570, "exact", "displaced", "people evacuated", "the interior ministry")],
      published="2023-07-17"),
    P("d13_014",
      "CHITWAN, July 13: Two passenger buses swept into the swollen Trishuli River by a "
      "landslide on the Narayangadh-Mugling road early Friday were carrying at least 65 people, "
      "police said. Three passengers managed to jump out of one of the vehicles and swim to "
      "safety. Seven of those aboard were Indian nationals, according to Chief District Officer "
      "Indra Dev Yadav. Search teams including 40 Nepal Army personnel and a dozen divers have "
      "so far recovered no bodies from the river, which was flowing at 10 metres a second.",
      [C("Two", 2, "exact", "other", "buses swept away", "police"),
       C("at least 65", 65, "at_least", "other", "people on board", "police",
         cat_alt=["missing"]),
       C("Three", 3, "exact", "other", "passengers who escaped", "police", attr_alt=[None]),
       C("Seven", 7, "exact", "other", "Indian nationals on board",
         "Chief District Officer Indra Dev Yadav", cat_alt=["missing"]),
       C("40", 40, "exact", "troops", "Nepal Army personnel", None),
       C("a dozen", 12, "exact", "troops", "divers", None, cat_alt=["other"])]),
    P("d13_015",
      "Published: October 17, 2022\n"
      "ABUJA — The Minister of Humanitarian Affairs, Disaster Management and Social Development, "
      "Sadiya Umar Farouq, says floods have killed 603 people across Nigeria this year and "
      "forced more than 1.3 million from their homes. Briefing State House correspondents on "
      "Sunday, the minister said 2,407 others had been injured and 82,053 houses completely "
      "destroyed. She said 34 of the country's 36 states had been affected, warning that Niger, "
      "Kogi and some other states could see more flooding until the end of November. The "
      "minister also said 332,327 hectares of farmland had been damaged.",
      [C("603", 603, "exact", "killed", "people in Nigeria", FAROUQ, attr_alt=[FAROUQ_TITLE]),
       C("more than 1.3 million", 1300000, "more_than", "displaced", "people", FAROUQ,
         attr_alt=[FAROUQ_TITLE]),
       C("2,407", 2407, "exact", "injured", "people", "the minister", attr_alt=[FAROUQ]),
       C("82,053", 82053, "exact", "infrastructure", "houses destroyed", "the minister",
         attr_alt=[FAROUQ]),
       C("34", 34, "exact", "other", "states affected", FAROUQ, attr_alt=["She"],
         optional=True),
       C("36", 36, "exact", "other", "states in Nigeria", None, optional=True),
       C("332,327", 332327, "exact", "other", "hectares of farmland damaged", "The minister",
         attr_alt=[FAROUQ], optional=True)],
      published="2022-10-17"),
    P("d13_016",
      "ESCUINTLA, Guatemala (AP) — Guatemala's national disaster agency raised the death toll "
      "from the eruption of the Volcán de Fuego to 110 on Thursday, up from 99, and said 197 people remained "
      "missing. Forensic officials have identified only 28 of the bodies so far. Some relatives "
      "and local leaders believe the number of dead in the hamlet of San Miguel Los Lotes alone "
      "could be between 200 and 300, since entire families were buried by the fast-moving "
      "pyroclastic flows. About 12,800 people were evacuated from the volcano's slopes, and "
      "3,700 remain in shelters, the agency said. Mexico and El Salvador have flown in 40 "
      "tonnes of food and medicine, according to the foreign ministry.",
      [C("110", 110, "exact", "killed", "people", CONRED),
       C("99", 99, "exact", "killed", "people (earlier toll)", CONRED),
       C("197", 197, "exact", "missing", "people", CONRED),
       C("28", 28, "exact", "killed", "bodies identified", "Forensic officials",
         cat_alt=["other"], optional=True),
       C("between 200 and 300", 200, "range", "killed", "dead in San Miguel Los Lotes",
         "Some relatives and local leaders", high=300),
       C("About 12,800", 12800, "about", "displaced", "people evacuated", "the agency",
         attr_alt=[CONRED]),
       C("3,700", 3700, "exact", "displaced", "people in shelters", "the agency",
         attr_alt=[CONRED]),
       C("40", 40, "exact", "aid", "tonnes of food and medicine flown in",
         "the foreign ministry")]),

    # --- Protests, crackdowns, inquests and inquiries ---------------------------------------
    P("d13_017",
      "DAKAR, June 3 (Reuters) - Senegal's government said on Saturday that 16 people had been "
      "killed in two days of clashes between police and supporters of opposition leader Ousmane "
      "Sonko, who was sentenced to two years in prison on Thursday. Interior Minister Antoine "
      "Diome said about 500 people had been arrested and that public buildings, banks and petrol "
      "stations had been looted. The Senegalese Red Cross said its volunteers had treated 357 "
      "injured people, 24 of them for gunshot wounds. Amnesty International, which puts the "
      "death toll at 23, called for an independent inquiry.\n"
      "READ MORE: Senegal's Sonko sentenced to two years in jail for 'corrupting youth'",
      [C("16", 16, "exact", "killed", "people", "Senegal's government"),
       C("about 500", 500, "about", "detained", "people arrested", DIOME),
       C("357", 357, "exact", "injured", "people", SRC),
       C("24", 24, "exact", "injured", "people with gunshot wounds", SRC),
       C("23", 23, "exact", "killed", "people (Amnesty figure)", "Amnesty International")]),
    P("d13_018",
      "MBABANE, July 9, 2021 (AFP) - The death toll from a week of pro-democracy unrest in "
      "Eswatini has risen to 27, acting Prime Minister Themba Masuku said on Friday, as soldiers "
      "patrolled the streets of the kingdom's main cities. Rights groups dispute the figure. The "
      "Swaziland Multi-Stakeholder Forum says at least 50 people were killed, while Amnesty "
      "International has documented \"more than 40\" deaths, many of them from gunshot wounds. "
      "Masuku said property damaged during the looting was worth three billion emalangeni "
      "($210 million) and that some 5,000 workers had lost their jobs.",
      [C("27", 27, "exact", "killed", "people", MASUKU),
       C("at least 50", 50, "at_least", "killed", "people",
         "The Swaziland Multi-Stakeholder Forum"),
       C("more than 40", 40, "more_than", "killed", "people", "Amnesty International"),
       C("some 5,000", 5000, "about", "other", "workers who lost their jobs", "Masuku",
         attr_alt=[MASUKU])],
      published="2021-07-09"),
    P("d13_019",
      "Togo protest toll rises to seven, say activists\n"
      "LOMÉ — At least seven people have been killed in three days of protests against "
      "President Faure Gnassingbé in Togo's capital, a coalition of civil society groups and "
      "opposition parties said on Sunday. Several of the bodies were pulled from lagoons and "
      "waterways in Lomé, the coalition said in a statement. Government spokesman Yawa Kouigan "
      "said two people had drowned and that there was no evidence they had been killed by "
      "security forces. Dozens of protesters have been arrested since June 26, according to "
      "Amnesty International, which counted 14 people held without charge.",
      [C("seven", 7, "exact", "killed", "people (headline)", "activists",
         attr_alt=[TOGO_COALITION], ctx="to seven, say"),
       C("At least seven", 7, "at_least", "killed", "people", TOGO_COALITION),
       C("two", 2, "exact", "killed", "people who drowned", "Government spokesman Yawa Kouigan"),
       C("Dozens", 12, "vague", "detained", "protesters arrested", "Amnesty International"),
       C("14", 14, "exact", "detained", "people held without charge",
         "Amnesty International")]),
    P("d13_020",
      "HARARE (Reuters) - Zimbabwe's security forces killed 12 people and raped at least 17 "
      "women during a crackdown on protests over a 150% rise in fuel prices, the Zimbabwe Human "
      "Rights NGO Forum said in a report on Tuesday. The forum said it had documented 78 cases "
      "of gunshot wounds and 242 incidents of assault, torture or inhuman treatment. More than "
      "1,000 people, including opposition lawmakers, had been arrested, the report said, and "
      "466 of them were still in custody. Police said three people, among them a police "
      "officer, had died in the violence.",
      [C("12", 12, "exact", "killed", "people", ZHRF),
       C("at least 17", 17, "at_least", "other", "women raped", ZHRF, cat_alt=["injured"]),
       C("78", 78, "exact", "injured", "people with gunshot wounds", "The forum",
         attr_alt=[ZHRF]),
       C("242", 242, "exact", "other", "incidents of assault or torture", "The forum",
         cat_alt=["injured"], attr_alt=[ZHRF]),
       C("More than 1,000", 1000, "more_than", "detained", "people arrested", "the report"),
       C("466", 466, "exact", "detained", "people still in custody", "the report"),
       C("three", 3, "exact", "killed", "people (police figure)", "Police")]),
    P("d13_021",
      "Published 25 June 2015\n"
      "PRETORIA – The Farlam Commission of Inquiry's report, released by President Jacob Zuma on "
      "Thursday night, found that police fired 295 rounds of live ammunition at Marikana on 16 "
      "August 2012, killing 34 striking miners and wounding 78. Ten other people, including two "
      "police officers and two security guards, had been killed in the week before the "
      "shooting. The commission recommended that the conduct of officers at \"scene two\", "
      "where 17 of the miners died, be investigated by prosecutors. Lonmin, which employed about "
      "28,000 people at the mine, should have done more to protect its workers, it found.",
      [C("295", 295, "exact", "munitions", "rounds of live ammunition fired",
         "The Farlam Commission of Inquiry's report", cat_alt=["other"]),
       C("34", 34, "exact", "killed", "striking miners",
         "The Farlam Commission of Inquiry's report"),
       C("78", 78, "exact", "injured", "miners", "The Farlam Commission of Inquiry's report"),
       C("Ten", 10, "exact", "killed", "people killed in the week before",
         "The Farlam Commission of Inquiry's report", attr_alt=[None]),
       C("two", 2, "exact", "killed", "police officers",
         "The Farlam Commission of Inquiry's report", attr_alt=[None],
         ctx="two police officers"),
       C("two", 2, "exact", "killed", "security guards",
         "The Farlam Commission of Inquiry's report", attr_alt=[None],
         ctx="two security guards"),
       C("17", 17, "exact", "killed", "miners at scene two", None,
         attr_alt=["The commission", "The Farlam Commission of Inquiry's report"]),
       C("about 28,000", 28000, "about", "other", "Lonmin employees", None,
         attr_alt=["The commission", "it"], optional=True)],
      published="2015-06-25"),
    P("d13_022",
      "WARRINGTON, England, April 26, 2016 (Reuters) - A jury at the inquests into the 1989 "
      "Hillsborough stadium disaster concluded on Tuesday that the 96 Liverpool fans who died "
      "in the crush were unlawfully killed. The jurors, who heard evidence for more than two "
      "years in the longest inquests in British legal history, reached the verdict by a "
      "majority of 7-2. Of the 96 victims, 37 were teenagers; the youngest, Jon-Paul "
      "Gilhooley, was 10. More than 760 people were injured, according to evidence heard by the "
      "jury.",
      [C("96", 96, "exact", "killed", "Liverpool fans", HILLS_JURY, ctx="the 96 Liverpool"),
       C("96", 96, "exact", "killed", "victims", None, ctx="Of the 96 victims"),
       C("37", 37, "exact", "killed", "teenagers among the victims", None),
       C("More than 760", 760, "more_than", "injured", "people",
         "evidence heard by the jury")],
      published="2016-04-26"),

    # --- Kidnappings ---------------------------------------------------------------------------
    P("d13_023",
      "BOGOTA (AP) — Colombia's ELN rebel group said Thursday it would free Luis Manuel Díaz, "
      "the father of Liverpool forward Luis Díaz, \"as soon as possible,\" six days after he was "
      "seized at a petrol station in La Guajira. His wife, Cilenis Marulanda, was also taken but "
      "was rescued by police within hours. More than 250 soldiers and police officers are "
      "searching the mountains along the Venezuelan border, Defence Minister Iván Velásquez "
      "said. The ELN has held at least 38 hostages this year, according to the ombudsman's "
      "office, which counted 71 kidnappings across the country in the first nine months of "
      "2023.",
      [C("More than 250", 250, "more_than", "troops", "soldiers and police officers searching",
         VELASQUEZ),
       C("at least 38", 38, "at_least", "hostages", "hostages held by the ELN", OMBUDSMAN),
       C("71", 71, "exact", "other", "kidnappings in Colombia", OMBUDSMAN,
         cat_alt=["hostages"])]),
    P("d13_024",
      "Mexico: 66 kidnapped in Sinaloa have been freed, says governor\n"
      "CULIACÁN, Mexico (Reuters) - Sixty-six people who were abducted by armed men in the "
      "northern state of Sinaloa have been released, Governor Rubén Rocha told reporters on "
      "Saturday, a day after the mass kidnapping set off a huge search operation. Of those "
      "freed, 16 were minors and 20 were women, he said. The search involved some 1,500 "
      "soldiers, National Guard troops and state police, supported by three helicopters. One "
      "man was still unaccounted for, state prosecutors said, bringing the total abducted on "
      "Friday to 67.",
      [C("66", 66, "exact", "hostages", "people freed (headline)", "governor",
         attr_alt=[ROCHA]),
       C("Sixty-six", 66, "exact", "hostages", "people freed", ROCHA),
       C("16", 16, "exact", "hostages", "minors freed", ROCHA, attr_alt=["he"]),
       C("20", 20, "exact", "hostages", "women freed", ROCHA, attr_alt=["he"]),
       C("some 1,500", 1500, "about", "troops", "soldiers, guardsmen and police searching",
         ROCHA, attr_alt=[None]),
       C("three", 3, "exact", "other", "helicopters", ROCHA, attr_alt=[None],
         cat_alt=["munitions"], optional=True),
       C("One", 1, "exact", "missing", "man unaccounted for", "state prosecutors",
         cat_alt=["hostages"]),
       C("67", 67, "exact", "hostages", "people abducted", "state prosecutors")]),
    P("d13_025",
      "ADO-EKITI — Gunmen on Monday abducted six pupils, three teachers and the driver of a "
      "school bus near Emure-Ekiti, the Ekiti State Police Command has confirmed. The Police "
      "Public Relations Officer, Sunday Abutu, said in a statement that the bus belonged to "
      "Apostolic Faith Nursery and Primary School and that the children were aged between five "
      "and 10. He said 50 officers of the command's tactical team had been deployed to comb the "
      "forests along the Emure–Eporo road. Security sources told our correspondent that the "
      "abductors had demanded a N100 million ransom. The state has recorded at least 18 "
      "kidnapping incidents since January, according to a report by the Amotekun Corps.",
      [C("six", 6, "exact", "hostages", "pupils abducted", EKITI_POLICE),
       C("three", 3, "exact", "hostages", "teachers abducted", EKITI_POLICE),
       C("50", 50, "exact", "troops", "police officers deployed", ABUTU, attr_alt=["He"]),
       C("at least 18", 18, "at_least", "other", "kidnapping incidents in Ekiti",
         "a report by the Amotekun Corps", cat_alt=["hostages"])]),
    P("d13_026",
      "JAKARTA, Sept 21, 2024 (Reuters) - Separatist rebels in Indonesia's Papua region have "
      "released New Zealand pilot Phillip Mehrtens after holding him for more than 19 months, "
      "Indonesian authorities said on Saturday. Mehrtens, 38, was seized in February 2023 after "
      "landing a small commercial plane in Nduga regency; his five passengers were released "
      "unharmed. During a failed attempt to rescue him in April 2023, rebel fighters killed at "
      "least six soldiers, according to the military, though the rebels said at the time that "
      "nine had died. Thousands of villagers fled the fighting in Nduga, a local church group "
      "said.",
      [C("five", 5, "exact", "hostages", "passengers released", None,
         attr_alt=["Indonesian authorities"], cat_alt=["other"]),
       C("at least six", 6, "at_least", "killed", "Indonesian soldiers", "the military"),
       C("nine", 9, "exact", "killed", "Indonesian soldiers (rebel figure)", "the rebels"),
       C("Thousands", 1000, "vague", "displaced", "villagers who fled",
         "a local church group")],
      published="2024-09-21"),

    # --- Epidemics -----------------------------------------------------------------------------
    P("d13_027",
      "ABUJA — The Nigeria Centre for Disease Control and Prevention (NCDC) says 453 people "
      "have died of diphtheria since the outbreak began. Of the 8,353 suspected cases reported "
      "from 27 states, 4,717 were confirmed, the agency said in its latest situation report. "
      "Kano State accounts for the bulk of the confirmed cases – 3,233 – followed by Yobe with "
      "428. Children aged between two and 14 made up 73.6 per cent of the cases, and only "
      "1,117 of the confirmed cases had been fully vaccinated. Members of the public can call "
      "the NCDC toll-free line on 6232.",
      [C("453", 453, "exact", "killed", "diphtheria deaths", NCDC),
       C("8,353", 8353, "exact", "other", "suspected diphtheria cases", "the agency",
         attr_alt=[NCDC]),
       C("27", 27, "exact", "other", "states reporting cases", "the agency", attr_alt=[NCDC],
         optional=True),
       C("4,717", 4717, "exact", "other", "confirmed diphtheria cases", "the agency",
         attr_alt=[NCDC]),
       C("3,233", 3233, "exact", "other", "confirmed cases in Kano", "the agency",
         attr_alt=[NCDC, None]),
       C("428", 428, "exact", "other", "confirmed cases in Yobe", "the agency",
         attr_alt=[NCDC, None]),
       C("1,117", 1117, "exact", "other", "vaccinated confirmed cases", "the agency",
         attr_alt=[NCDC, None])]),
    P("d13_028",
      "ANTANANARIVO, Nov 3, 2017 (AFP) - Plague has killed 143 people in Madagascar since "
      "August, the World Health Organization said Friday, although the number of new cases has "
      "begun to fall. A total of 2,034 cases have been recorded, about 70 percent of them of the "
      "pneumonic form, which spreads from person to person, the WHO said. Health workers have "
      "traced more than 7,000 contacts of patients, of whom 95 percent completed a course of "
      "antibiotics. Nine countries with trade and travel links to Madagascar have been put on "
      "alert.",
      [C("143", 143, "exact", "killed", "plague deaths", "the World Health Organization"),
       C("2,034", 2034, "exact", "other", "plague cases", "the WHO"),
       C("about 70 percent", 70, "about", "other", "share of cases that are pneumonic",
         "the WHO", optional=True),
       C("more than 7,000", 7000, "more_than", "other", "contacts traced", "the WHO",
         attr_alt=[None]),
       C("95 percent", 95, "exact", "other", "share of contacts treated", "the WHO",
         attr_alt=[None], optional=True),
       C("Nine", 9, "exact", "other", "countries on alert", None, optional=True)],
      published="2017-11-03"),
    P("d13_029",
      "GUANGZHOU, July 27 (Xinhua) -- Foshan, a city in south China's Guangdong Province, "
      "reported 2,659 new chikungunya cases in the week to Saturday, bringing the total to "
      "nearly 4,000 since the outbreak began in early July, local health authorities said "
      "Sunday. All the cases were mild and no deaths had been reported, the authorities said. "
      "More than 2,800 patients have been discharged from hospital, according to the city's "
      "health commission. The city has mobilised 1,500 community workers to clear standing "
      "water where mosquitoes breed.",
      [C("2,659", 2659, "exact", "other", "new chikungunya cases", FOSHAN),
       C("nearly 4,000", 4000, "about", "other", "chikungunya cases (total)", FOSHAN),
       C("More than 2,800", 2800, "more_than", "other", "patients discharged",
         "the city's health commission", cat_alt=["injured"]),
       C("1,500", 1500, "exact", "other", "community workers mobilised", None,
         cat_alt=["troops"], attr_alt=["The city"])]),
    P("d13_030",
      "SANAA/GENEVA, Dec 21, 2017 (Reuters) - The number of suspected cholera cases in Yemen "
      "tops 1 million, the International Committee of the Red Cross said on Thursday, calling "
      "the figure "
      "\"staggering\". The disease has killed 2,227 people since April, according to the World "
      "Health Organization, and a quarter of the suspected cases are children under five. Some "
      "16 million Yemenis lack access to clean water and sanitation, UNICEF says. A diphtheria "
      "outbreak has also killed at least 14 people, most of them children, WHO said.",
      [C("1 million", 1000000, "more_than", "other", "suspected cholera cases",
         "the International Committee of the Red Cross"),
       C("2,227", 2227, "exact", "killed", "cholera deaths", "the World Health Organization"),
       C("a quarter", 0.25, "exact", "other", "share of cases that are children",
         "the World Health Organization", attr_alt=[None], optional=True),
       C("Some 16 million", 16000000, "about", "other", "Yemenis without clean water",
         "UNICEF", cat_alt=["population"]),
       C("at least 14", 14, "at_least", "killed", "diphtheria deaths", "WHO")],
      published="2017-12-21"),

    # --- Accidents -----------------------------------------------------------------------------
    P("d13_031",
      "ASTANA, Dec 25, 2024 (Reuters) - An Azerbaijan Airlines passenger jet with 67 people on "
      "board crashed near the city of Aktau in Kazakhstan on Wednesday, killing 38, Kazakh "
      "authorities said. The 29 survivors, including two children, were taken to hospital, 11 "
      "of them in serious condition, the Kazakh health ministry said. The Embraer 190 was "
      "flying from Baku to Grozny in Russia's Chechnya when it diverted across the Caspian Sea. "
      "Flight J2-8243 was carrying 62 passengers and five crew members.",
      [C("67", 67, "exact", "other", "people on board", "Kazakh authorities"),
       C("38", 38, "exact", "killed", "people", "Kazakh authorities"),
       C("29", 29, "exact", "other", "survivors", KZ_MOH, cat_alt=["injured"]),
       C("two", 2, "exact", "other", "child survivors", KZ_MOH, cat_alt=["injured"]),
       C("11", 11, "exact", "injured", "survivors in serious condition", KZ_MOH),
       C("62", 62, "exact", "other", "passengers", None),
       C("five", 5, "exact", "other", "crew members", None)],
      published="2024-12-25"),
    P("d13_032",
      "MONTERREY, Mexico (AP) — A gust of wind toppled a stage at a campaign rally in the "
      "northern Mexican city of San Pedro Garza García on Wednesday night, killing nine people, "
      "including a child, and injuring 121, Nuevo Leon Gov. Samuel García said Thursday. "
      "Presidential candidate Jorge Álvarez Máynez, who was on the stage, escaped with minor "
      "injuries. García told reporters: \"There are 11 people still in hospital, two of them in "
      "critical condition.\" About 3,000 people had been at the rally, according to the state's civil "
      "protection agency, and winds reached up to 70 kilometers per hour.",
      [C("nine", 9, "exact", "killed", "people", GARCIA),
       C("121", 121, "exact", "injured", "people", GARCIA),
       C("11", 11, "exact", "injured", "people hospitalized", "García", attr_alt=[GARCIA]),
       C("two", 2, "exact", "injured", "people in critical condition", "García",
         attr_alt=[GARCIA]),
       C("About 3,000", 3000, "about", "other", "people at the rally",
         "the state's civil protection agency")]),
    P("d13_033",
      "By NATION REPORTER\n"
      "The death toll from Friday evening's crash at Londiani Junction has risen to 52 after "
      "three more victims died while undergoing treatment, Rift Valley Regional Police "
      "Commander Tom Odera said yesterday. A trailer, registration KCB 732T, lost control and "
      "ploughed into eight vehicles and several traders by the roadside. \"We still have 32 "
      "patients admitted at Kericho County Referral Hospital,\" said Kericho Governor Erick "
      "Mutai, \"and eight others at Londiani Sub-County Hospital.\" Kenya recorded 4,690 road "
      "deaths last year, according to the National Transport and Safety Authority.",
      [C("52", 52, "exact", "killed", "people", ODERA),
       C("three", 3, "exact", "killed", "victims who died in hospital", ODERA),
       C("eight", 8, "exact", "other", "vehicles hit", None, ctx="eight vehicles"),
       C("32", 32, "exact", "injured", "patients admitted in Kericho", MUTAI,
         cat_alt=["other"]),
       C("eight", 8, "exact", "injured", "patients admitted in Londiani", MUTAI,
         cat_alt=["other"], ctx="eight others"),
       C("4,690", 4690, "exact", "killed", "road deaths in Kenya",
         "the National Transport and Safety Authority")]),
    P("d13_034",
      "TOKYO — All 379 passengers and crew escaped from a Japan Airlines jet that burst into "
      "flames after colliding with a coast guard aircraft on a runway at Haneda Airport on "
      "Tuesday evening, but five of the six crew members aboard the smaller plane were killed, "
      "the transport ministry said. The captain of the coast guard's Bombardier Dash 8 escaped "
      "but was seriously injured. The Airbus A350, Flight 516 from Sapporo's New Chitose "
      "Airport, was carrying 367 passengers, including eight children, and 12 crew, Japan "
      "Airlines said. Seventeen passengers were treated for minor injuries, the Tokyo Fire "
      "Department said.",
      [C("379", 379, "exact", "other", "people who escaped the JAL jet", JP_MLIT),
       C("five", 5, "exact", "killed", "coast guard crew", JP_MLIT),
       C("six", 6, "exact", "other", "coast guard crew on board", JP_MLIT),
       C("367", 367, "exact", "other", "passengers", "Japan Airlines"),
       C("eight", 8, "exact", "other", "children on board", "Japan Airlines"),
       C("12", 12, "exact", "other", "crew", "Japan Airlines"),
       C("Seventeen", 17, "exact", "injured", "passengers", "the Tokyo Fire Department")]),
    P("d13_035",
      "ZHUHAI, Nov. 12, 2024 (Xinhua) -- Thirty-five people were killed and 43 others injured "
      "when a man deliberately drove his car into people exercising at a sports centre in "
      "Zhuhai, south China's Guangdong Province, on Monday evening, local police said in a "
      "notice on Tuesday. The 62-year-old driver, surnamed Fan, was caught by police while "
      "trying to flee. He had self-inflicted knife wounds and was in a coma, the notice said.\n"
      "This story has been corrected to show that 43 people were injured, not 34.",
      [C("Thirty-five", 35, "exact", "killed", "people", "local police"),
       C("43", 43, "exact", "injured", "people", "local police", ctx="43 others"),
       C("43", 43, "exact", "injured", "people (correction)", None,
         attr_alt=["local police"], ctx="43 people were injured"),
       C("34", 34, "exact", "injured", "people (retracted figure)", None, optional=True)],
      published="2024-11-12"),

    # --- Migration -----------------------------------------------------------------------------
    P("d13_036",
      "NOUAKCHOTT, July 5 (Reuters) - Mauritania's coast guard has recovered the bodies of 89 "
      "migrants from a large fishing boat that capsized off the country's southwest coast, "
      "state news agency AMI said on Thursday. Nine people, including a five-year-old girl, "
      "were rescued. Survivors told the agency that 72 others were still missing. The boat "
      "had left the border between Senegal and Gambia six days earlier with about 170 people on "
      "board. More than 19,000 migrants reached Spain's Canary Islands in the first five months "
      "of the year, according to Spain's interior ministry, more than double the figure a year "
      "earlier.",
      [C("89", 89, "exact", "killed", "migrants", AMI),
       C("Nine", 9, "exact", "other", "people rescued", AMI, attr_alt=[None]),
       C("72", 72, "exact", "missing", "migrants", "Survivors", attr_alt=[AMI]),
       C("about 170", 170, "about", "other", "people on board", None,
         attr_alt=["Survivors"]),
       C("More than 19,000", 19000, "more_than", "displaced", "migrants reaching the Canaries",
         "Spain's interior ministry", cat_alt=["other"])]),
    P("d13_037",
      "ROME, June 18, 2024 (AP) — Ten bodies were found in the lower deck of a wooden boat "
      "carrying migrants off the Italian island of Lampedusa, while dozens of people were "
      "missing after a sailboat sank off Calabria, aid groups said Monday. Doctors Without "
      "Borders said its rescue ship Geo Barents had taken aboard 51 survivors from the "
      "Lampedusa boat, two of them unconscious. Off Calabria, the Italian coast guard said it "
      "had rescued 12 people, one of whom later died, and that survivors told rescuers about "
      "64 people were missing, including at least 26 children. The sailboat had left Turkey "
      "eight days earlier.",
      [C("Ten", 10, "exact", "killed", "bodies off Lampedusa", "aid groups"),
       C("dozens", 12, "vague", "missing", "people off Calabria", "aid groups"),
       C("51", 51, "exact", "other", "survivors", "Doctors Without Borders"),
       C("two", 2, "exact", "injured", "unconscious survivors", "Doctors Without Borders",
         cat_alt=["other"]),
       C("12", 12, "exact", "other", "people rescued off Calabria",
         "the Italian coast guard"),
       C("one", 1, "exact", "killed", "rescued person who later died",
         "the Italian coast guard"),
       C("about 64", 64, "about", "missing", "people off Calabria", "survivors",
         attr_alt=["the Italian coast guard"]),
       C("at least 26", 26, "at_least", "missing", "children", "survivors",
         attr_alt=["the Italian coast guard"])],
      published="2024-06-18"),
    P("d13_038",
      "SANTO DOMINGO, Oct 8, 2024 (AFP) - The Dominican Republic deported 10,800 Haitians in "
      "the first week of its crackdown on undocumented migrants, the country's migration agency "
      "said on Monday, putting it on course to meet President Luis Abinader's goal of expelling "
      "up to 10,000 people a week. The agency said it had detained 12,000 people since the "
      "operation began on Oct. 1, of whom 1,300 were unaccompanied minors handed over to "
      "Haitian child protection authorities. The International Organization for Migration says "
      "more than 700,000 people are already displaced inside Haiti by gang violence. The "
      "Dominican Republic is home to an estimated 500,000 Haitians.",
      [C("10,800", 10800, "exact", "displaced", "Haitians deported", DR_MIGRATION,
         cat_alt=["other"]),
       C("up to 10,000", 10000, "at_most", "displaced", "deportations a week (goal)", None,
         cat_alt=["other"], optional=True),
       C("12,000", 12000, "exact", "detained", "people detained", "The agency",
         attr_alt=[DR_MIGRATION]),
       C("1,300", 1300, "exact", "detained", "unaccompanied minors", "The agency",
         attr_alt=[DR_MIGRATION]),
       C("more than 700,000", 700000, "more_than", "displaced", "people displaced in Haiti",
         "The International Organization for Migration"),
       C("an estimated 500,000", 500000, "about", "population", "Haitians in the Dominican "
         "Republic", None)],
      published="2024-10-08"),

    # --- Only non-claims -----------------------------------------------------------------------
    P("d13_039",
      "EARTHQUAKE INFORMATION NO. 3\n"
      "Date/Time: 18 Jan - 11:27 PM\n"
      "Magnitude = 5.8\n"
      "Depth of Focus (Km) = 010\n"
      "Location = 09.56°N, 126.24°E - 021 km N 45° E of General Luna (Surigao del Norte)\n"
      "Expected Damage: NO. Expected Aftershocks: YES.\n"
      "No casualties have been reported, the municipal disaster office said. For reports, call "
      "8426-1468 to 79.",
      []),
    P("d13_040",
      "LAHORE: An anti-terrorism court on Tuesday sentenced a 27-year-old man to 14 years in "
      "prison and fined him Rs500,000 under Section 7 of the Anti-Terrorism Act, 1997. The court "
      "adjourned the hearing of the co-accused until March 12. The convict, a resident of House "
      "No. 45, Block C, Model Town, can appeal within 30 days. His counsel said the verdict "
      "would be challenged in the Lahore High Court.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d13_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
