"""Source of the nineteenth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on protests, crackdowns,
riots, mass shootings, terror attacks, stampedes and crowd crushes, kidnappings and hostage
sieges, written for this set (none copied from an article) in the styles of US local TV and
newspaper web copy (police chiefs at news conferences, sheriff's offices), CNN- and NYT-style
live updates, AP and Reuters wire copy, France 24, DW and Euronews, Latin American outlets in
English (Buenos Aires Times, MercoPress, Colombia Reports), Premium Times and Punch (Nigeria), The
Citizen (Tanzania), Rappler and the Philippine Daily Inquirer, Dawn, The Kathmandu Post, The
Hindu, PTI, and releases of rights groups (Amnesty International, Human Rights Watch, HRANA,
AAPP). The set stresses arrests counted by different sides, crowd sizes from police against
organisers, injured police officers against injured protesters, hostages freed and still held,
missing people, figures in long sentences with several clauses, sources named after the figure,
appositive and mid-sentence attributions, figures in quotes, spelled-out numbers, ranges and
vague amounts. Annotated by hand and blind by the project's gold conventions (``gold/README.md``
of the shared folder) and the decisions recorded in the READMEs of ``tests/devset2`` to
``tests/devset18`` and ``tests/holdout2``. Figures follow contemporary reports loosely and some
details are invented; the set tests extraction, not facts.

Run ``python tests/devset19/build_devset19.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

MILLER = "Colleyville Police Chief Michael Miller"
VASQUEZ = "Colorado Springs Police Chief Adrian Vasquez"
ALEA = "the Alabama Law Enforcement Agency"
LMPD = "Louisville Metro Police"
FOUNTAINE = "spokesperson Heather Fountaine"
CORPUS = "San Mateo County Sheriff Christina Corpus"
PENA = "Houston Fire Chief Samuel Peña"
CONTEE = "Washington, DC, Metropolitan Police Chief Robert Contee"
OHARA = "Minneapolis Police Chief Brian O'Hara"
BA_GOV = "the Buenos Aires City government"
BULLRICH = "Security Minister Patricia Bullrich"
LOPEZ = "Mayor Claudia López"
HRW = "Human Rights Watch"
CIVIL_POLICE = "The civil police"
DURAZO = "Alfonso Durazo"
FLIESS = "military police spokesman Colonel Mauro Fliess"
CORRO = "provincial Security Minister Guillermo Corro"
MGHWIRA = "Kilimanjaro Regional Commissioner Anna Mghwira"
MAMBOSASA = "Dar es Salaam Regional Police Commander Lazaro Mambosasa"
AMNESTY = "Amnesty International"
SL_OFFICER = "A senior military officer in the state"
ABDULRAZAQ = "Governor AbdulRahman AbdulRazaq"
FCT = "the Federal Capital Territory Police Command"
DOH = "the Department of Health"
QUEROL = "National Capital Region Police Office chief Vidal Querol"
MPD = "the Manila Police District (MPD)"
IBAY = "MPD chief Police Brigadier General Arnold Thomas Ibay"
PRAYUT = "Prime Minister Prayut Chan-o-cha"
MOPH = "the Public Health Ministry"
ASIM = "Lady Reading Hospital spokesperson Mohammad Asim"
IS_GROUP = "The militant Islamic State group"
IGP = "Punjab Inspector General of Police Rao Sardar Ali Khan"
DHAKAL = "Home Ministry spokesperson Laxmi Prasad Dhakal"
SUBRAMANIAN = "Health Minister Ma. Subramanian"
VENKATRAMAN = "Tamil Nadu DGP in-charge G. Venkatraman"
KHATTAR = "Chief Minister Manohar Lal Khattar"
HRANA = "the Human Rights Activists News Agency (HRANA)"
SADEGHI = "reformist MP Mahmoud Sadeghi"
NASERBAKHT = "Tehran's deputy governor, Ali Asghar Naserbakht"
RU_IC = "Russia's Investigative Committee"
FOREST = "local police chief Roberto Eid Forest"
AT_AUTH = "Austrian authorities"
AT_MOI = "the Interior Ministry"
NEHAMMER = "Interior Minister Karl Nehammer"
SOYLU = "Interior Minister Suleyman Soylu"
KOCA = "Health Minister Fahrettin Koca"
IL_MFA = "Israel's foreign ministry"

PASSAGES = [
    # --- United States -------------------------------------------------------------------------
    P("d19_001",
      "Colleyville synagogue standoff ends; all 4 hostages safe, governor says\n"
      "Updated 3 hours ago\n"
      "COLLEYVILLE, Texas — All four people held hostage inside Congregation Beth Israel for more "
      "than 10 hours Saturday are out alive and safe, Gov. Greg Abbott said in a tweet shortly "
      "before 9:35 p.m. One hostage, a man, had been released unharmed at about 5 p.m., "
      "Colleyville Police Chief Michael Miller said at a news conference, and the remaining three "
      "walked out after an FBI hostage rescue team entered the building. The suspect is dead, "
      "Miller said, but he would not say how he died. More than 200 officers from local, state "
      "and federal agencies responded, according to the chief, who said about a dozen nearby homes "
      "had been evacuated as a precaution. Rabbi Charlie Cytron-Walker was among those held; the "
      "Sabbath service was being livestreamed on the congregation's Facebook page when the man "
      "interrupted it.",
      [C("4", 4, "exact", "hostages", "hostages safe (headline)", "governor",
         attr_alt=["Gov. Greg Abbott"]),
       C("four", 4, "exact", "hostages", "people held hostage", "Gov. Greg Abbott"),
       C("One", 1, "exact", "hostages", "hostage released", MILLER, ctx="One hostage"),
       C("three", 3, "exact", "hostages", "remaining hostages who walked out", MILLER,
         attr_alt=[None]),
       C("More than 200", 200, "more_than", "troops", "officers who responded", "the chief",
         attr_alt=[MILLER]),
       C("about a dozen", 12, "about", "displaced", "homes evacuated", "the chief",
         optional=True, cat_alt=["infrastructure", "other"], attr_alt=[MILLER])]),

    P("d19_002",
      "COLORADO SPRINGS, Colo. — Five people were killed and 25 others injured when a gunman "
      "opened fire inside Club Q, an LGBTQ nightclub, shortly before midnight Saturday, Colorado "
      "Springs Police Chief Adrian Vasquez said at a news conference Sunday. Of the injured, 19 "
      "had gunshot wounds, Vasquez said, adding that some were in critical condition and that the "
      "number could change. Two patrons confronted the 22-year-old suspect and subdued him, the "
      "chief said, calling their actions heroic. Officers found two firearms at the scene, "
      "including a long rifle, according to Vasquez. Fewer than 100 people were in the club at "
      "the time, Mayor John Suthers told reporters, noting that the venue had been hosting a drag "
      "show.",
      [C("Five", 5, "exact", "killed", "people in Club Q", VASQUEZ),
       C("25", 25, "exact", "injured", "people in Club Q", VASQUEZ),
       C("19", 19, "exact", "injured", "people with gunshot wounds", "Vasquez",
         attr_alt=[VASQUEZ]),
       C("Two", 2, "exact", "other", "patrons who subdued the suspect", "the chief",
         optional=True, attr_alt=["Vasquez", VASQUEZ], ctx="Two patrons"),
       C("two", 2, "exact", "munitions", "firearms found at the scene", "Vasquez",
         cat_alt=["other"], attr_alt=[VASQUEZ], ctx="two firearms"),
       C("Fewer than 100", 100, "fewer_than", "other", "people in the club",
         "Mayor John Suthers")]),

    P("d19_003",
      "DADEVILLE, Ala. (AP) — Four people were killed and 32 others were wounded when gunfire "
      "erupted at a Sweet 16 birthday party in a small east Alabama town on Saturday night, "
      "authorities said Sunday. Sgt. Jeremy Burkett of the Alabama Law Enforcement Agency, "
      "fighting back tears at a news conference, would not say whether anyone had been arrested "
      "or how many people had fired. Dadeville, home to about 3,200 residents, lies roughly 57 "
      "miles (92 kilometers) northeast of Montgomery. Among the dead was Philstavious \"Phil\" "
      "Dowdell, 18, a high school senior who had accepted a football scholarship, his grandmother "
      "said. Ambulances took more than two dozen of the wounded to hospitals in neighboring towns, "
      "and at least 15 were in critical condition Sunday, according to a hospital official. On "
      "Wednesday, the agency said it had arrested and charged four young men, aged 16 to 20, with "
      "reckless murder.",
      [C("Four", 4, "exact", "killed", "people at a birthday party", "authorities"),
       C("32", 32, "exact", "injured", "people at a birthday party", "authorities"),
       C("about 3,200", 3200, "about", "population", "residents of Dadeville"),
       C("more than two dozen", 24, "more_than", "injured", "wounded taken to hospitals",
         "a hospital official"),
       C("at least 15", 15, "at_least", "injured", "wounded in critical condition",
         "a hospital official"),
       C("four", 4, "exact", "detained", "young men arrested and charged", "the agency",
         cat_alt=["other"], attr_alt=[ALEA])]),

    P("d19_004",
      "Louisville police: 5 killed, 8 hurt in downtown bank shooting; officer in critical "
      "condition\n"
      "Published 6:42 p.m. ET April 10, 2023\n"
      "Five people were killed and eight others, including a police officer, were taken to "
      "hospitals after a bank employee opened fire inside Old National Bank on East Main Street on "
      "Monday morning, Louisville Metro Police said. Officers arrived within three minutes of the "
      "first 911 call and exchanged gunfire with the 25-year-old shooter, who was killed, interim "
      "Police Chief Jacquelyn Gwinn-Villaroel said at a briefing, adding that Officer Nickolas "
      "Wilt, 26, who graduated from the police academy on March 31, had been shot in the head and "
      "underwent brain surgery. \"He ran toward the danger,\" she said. University of Louisville "
      "Hospital received nine patients from the shooting, three of whom had been treated and "
      "released by the afternoon, spokesperson Heather Fountaine said.",
      [C("5", 5, "exact", "killed", "people in the bank shooting (headline)",
         "Louisville police", attr_alt=[LMPD]),
       C("8", 8, "exact", "injured", "people hurt (headline)", "Louisville police",
         attr_alt=[LMPD]),
       C("Five", 5, "exact", "killed", "people in the bank shooting", LMPD),
       C("eight", 8, "exact", "injured", "people taken to hospitals", LMPD),
       C("nine", 9, "exact", "injured", "patients received by the hospital", FOUNTAINE,
         attr_alt=["University of Louisville Hospital"]),
       C("three", 3, "exact", "injured", "patients treated and released", FOUNTAINE,
         cat_alt=["other"], attr_alt=["University of Louisville Hospital"],
         ctx="three of whom")],
      published="2023-04-10"),

    P("d19_005",
      "HALF MOON BAY, Calif. — Seven people were killed and one was critically wounded in "
      "shootings at two mushroom farms on the outskirts of this coastal town Monday afternoon, "
      "San Mateo County Sheriff Christina Corpus said. Four victims were found at the first farm "
      "and three at a second site about 2 miles away, she said, and the wounded man was in "
      "surgery. Children were at one of the farms when the shooting happened, county Supervisor "
      "David Canepa told reporters. The suspect, Chunli Zhao, 66, was arrested about two hours "
      "later in his car in the parking lot of a sheriff's substation, where deputies found a "
      "semiautomatic handgun, the sheriff's office said in a statement. The killings came two "
      "days after a gunman killed 11 people at a dance studio in Monterey Park, some 400 miles "
      "to the south.",
      [C("Seven", 7, "exact", "killed", "people at two mushroom farms", CORPUS),
       C("one", 1, "exact", "injured", "person critically wounded", CORPUS,
         ctx="one was critically"),
       C("two", 2, "exact", "other", "mushroom farms attacked", CORPUS, optional=True,
         cat_alt=["infrastructure"], ctx="two mushroom farms"),
       C("Four", 4, "exact", "killed", "victims at the first farm", CORPUS,
         attr_alt=["she"]),
       C("three", 3, "exact", "killed", "victims at the second site", CORPUS,
         attr_alt=["she"]),
       C("11", 11, "exact", "killed", "people in Monterey Park")]),

    P("d19_006",
      "Live Updates: 8 Dead After Crowd Surge at Astroworld Festival in Houston\n"
      "Nov. 6, 2021, 1:14 p.m. ET\n"
      "Eight people, ages 14 to 27, died and scores of others were hurt when the crowd surged "
      "toward the stage during Travis Scott's headlining set at the Astroworld music festival in "
      "Houston on Friday night, officials said. About 50,000 people were at NRG Park, according "
      "to Houston Fire Chief Samuel Peña, who said 300 people had been treated at a field "
      "hospital on the grounds and 25 were taken to hospitals, 13 of whom were still hospitalized "
      "on Saturday, five of them under 18. \"The crowd began to compress toward the front of the "
      "stage, and that caused some panic,\" the chief said. More than 500 Houston police officers "
      "and about 755 private security guards were working the event, Police Chief Troy Finner "
      "said.",
      [C("8", 8, "exact", "killed", "people at Astroworld (headline)"),
       C("Eight", 8, "exact", "killed", "people at Astroworld", "officials"),
       C("scores", 20, "vague", "injured", "people hurt", "officials"),
       C("About 50,000", 50000, "about", "other", "crowd at NRG Park", PENA),
       C("300", 300, "exact", "injured", "people treated at a field hospital", PENA,
         cat_alt=["other"]),
       C("25", 25, "exact", "injured", "people taken to hospitals", PENA),
       C("13", 13, "exact", "injured", "people still hospitalized", PENA),
       C("five", 5, "exact", "injured", "hospitalized patients under 18", PENA,
         optional=True),
       C("More than 500", 500, "more_than", "troops", "Houston police officers at the event",
         "Police Chief Troy Finner"),
       C("about 755", 755, "about", "troops", "private security guards",
         "Police Chief Troy Finner", cat_alt=["other"])],
      published="2021-11-06"),

    P("d19_007",
      "Capitol riot: Live updates\n"
      "Updated 11:12 p.m. ET, January 6, 2021\n"
      "DC police chief: 52 people arrested, 4 dead after pro-Trump mob breached Capitol\n"
      "Washington, DC, Metropolitan Police Chief Robert Contee said at least 52 people have been "
      "arrested since Wednesday afternoon, 26 of them on US Capitol grounds, as officers cleared "
      "the building and began enforcing a 6 p.m. curfew. Four people died, Contee said: a woman "
      "who was shot by US Capitol Police and three others who suffered what he called \"medical "
      "emergencies.\" Fourteen DC police officers were injured, including one who was \"pulled "
      "into the crowd and assaulted,\" he said. Two pipe bombs were found, outside the Republican "
      "and Democratic national committees' headquarters, along with a cooler containing a long "
      "gun and Molotov cocktails, according to the chief.",
      [C("52", 52, "exact", "detained", "people arrested (headline)", "DC police chief",
         attr_alt=[CONTEE], ctx="52 people arrested, 4"),
       C("4", 4, "exact", "killed", "people dead (headline)", "DC police chief",
         attr_alt=[CONTEE]),
       C("at least 52", 52, "at_least", "detained", "people arrested", CONTEE),
       C("26", 26, "exact", "detained", "people arrested on Capitol grounds", CONTEE),
       C("Four", 4, "exact", "killed", "people who died", "Contee", attr_alt=[CONTEE]),
       C("three", 3, "exact", "killed", "people who suffered medical emergencies", "Contee",
         attr_alt=[CONTEE]),
       C("Fourteen", 14, "exact", "injured", "DC police officers", "Contee",
         attr_alt=["he", CONTEE]),
       C("one", 1, "exact", "injured", "officer pulled into the crowd", "Contee",
         optional=True, attr_alt=["he", CONTEE], ctx="one who was"),
       C("Two", 2, "exact", "munitions", "pipe bombs found", "the chief",
         attr_alt=["Contee", CONTEE], ctx="Two pipe bombs")],
      published="2021-01-06"),

    P("d19_008",
      "Live Updates: Police Clear Columbia's Hamilton Hall; Nearly 300 Arrested\n"
      "May 1, 2024\n"
      "Nearly 300 people were arrested at Columbia University and the City College of New York on "
      "Tuesday night, Mayor Eric Adams said on Wednesday, after hundreds of officers in riot gear "
      "moved onto the two campuses. Police officials said 109 of the arrests were made at "
      "Columbia, where officers entered Hamilton Hall through a second-floor window and removed "
      "about 40 protesters who had occupied the building for roughly 20 hours. The rest were at "
      "City College, where, according to the police, 173 people were arrested. The police "
      "commissioner, Edward A. Caban, said 13 people who were not affiliated with Columbia had "
      "been among those taken from Hamilton Hall. Columbia's president, Nemat Shafik, asked the "
      "police to stay on campus until May 17, two days after graduation.",
      [C("Nearly 300", 300, "about", "detained", "people arrested (headline)",
         ctx="Nearly 300 Arrested"),
       C("Nearly 300", 300, "about", "detained", "people arrested", "Mayor Eric Adams",
         ctx="Nearly 300 people"),
       C("hundreds", 100, "vague", "troops", "officers in riot gear", "Mayor Eric Adams",
         cat_alt=["other"], attr_alt=[None]),
       C("two", 2, "exact", "other", "campuses", None, optional=True,
         attr_alt=["Mayor Eric Adams"], ctx="two campuses"),
       C("109", 109, "exact", "detained", "arrests at Columbia", "Police officials"),
       C("about 40", 40, "about", "other", "protesters removed from Hamilton Hall",
         None, cat_alt=["detained"], attr_alt=["Police officials"]),
       C("173", 173, "exact", "detained", "people arrested at City College", "the police"),
       C("13", 13, "exact", "detained", "non-affiliated people taken from Hamilton Hall",
         "The police commissioner, Edward A. Caban")],
      published="2024-05-01"),

    P("d19_009",
      "Two children killed, 17 hurt in shooting at Annunciation Church Mass\n"
      "Updated August 27, 2025 - 4:05 PM\n"
      "MINNEAPOLIS — Two children, ages 8 and 10, were killed and 17 other people were injured when "
      "a shooter fired through the windows of Annunciation Church during a Mass marking the first "
      "week of school Wednesday morning, Minneapolis Police Chief Brian O'Hara said. Fourteen of "
      "the injured were children and three were parishioners in their 80s, O'Hara said, adding "
      "that all were expected to survive. The shooter, a 23-year-old former student, fired dozens "
      "of rounds from a rifle, a shotgun and a pistol before dying of a self-inflicted gunshot "
      "wound in the back of the church, the chief said. About 395 students are enrolled at "
      "Annunciation Catholic School, which serves preschool through eighth grade, according to "
      "its website.",
      [C("Two", 2, "exact", "killed", "children (headline)", ctx="Two children killed"),
       C("17", 17, "exact", "injured", "people hurt (headline)", ctx="17 hurt"),
       C("Two", 2, "exact", "killed", "children", OHARA, ctx="Two children, ages"),
       C("17", 17, "exact", "injured", "people injured", OHARA, ctx="17 other people"),
       C("Fourteen", 14, "exact", "injured", "children injured", "O'Hara",
         attr_alt=[OHARA]),
       C("three", 3, "exact", "injured", "parishioners in their 80s injured", "O'Hara",
         attr_alt=[OHARA]),
       C("dozens", 12, "vague", "munitions", "rounds fired", "the chief",
         cat_alt=["other"], attr_alt=[OHARA]),
       C("About 395", 395, "about", "population", "students enrolled", "its website",
         cat_alt=["other"])],
      published="2025-08-27"),

    # --- Latin America ---------------------------------------------------------------------------
    P("d19_010",
      "Thursday, March 13, 2025\n"
      "Photographer in critical condition after clashes at pensioners' protest\n"
      "Security forces arrested 114 people and at least 20 were injured during clashes outside "
      "Congress on Wednesday, when football fans joined retirees at their weekly protest against "
      "pension cuts, according to the Buenos Aires City government. Among the wounded was "
      "photojournalist Pablo Grillo, 35, who was hit in the head by a tear-gas canister and "
      "underwent surgery at Hospital Ramos Mejía, where doctors described his condition as "
      "critical. Security Minister Patricia Bullrich said \"more than 700\" federal officers had "
      "been deployed and that \"around 20\" of them had been hurt, some by rocks thrown from the "
      "crowd. Human rights organisations said the number of injured protesters was far higher, "
      "with the CELS rights group counting at least 46, among them several pensioners over 70. By "
      "Thursday afternoon a judge had ordered the release of all 114 detainees, ruling that their "
      "arrests had not been justified.",
      [C("114", 114, "exact", "detained", "people arrested", BA_GOV, ctx="arrested 114"),
       C("at least 20", 20, "at_least", "injured", "people injured", BA_GOV),
       C("more than 700", 700, "more_than", "troops", "federal officers deployed", BULLRICH),
       C("around 20", 20, "about", "injured", "officers hurt", BULLRICH),
       C("at least 46", 46, "at_least", "injured", "protesters injured",
         "the CELS rights group", attr_alt=["Human rights organisations"]),
       C("114", 114, "exact", "detained", "detainees released", None,
         attr_alt=["a judge"], ctx="all 114 detainees")],
      published="2025-03-13"),

    P("d19_011",
      "Bogotá riots: Death toll rises to 13 as mayor demands police reform\n"
      "by Adriaan Alsema September 11, 2020\n"
      "At least 13 people have been killed in two nights of riots in Bogotá and neighboring Soacha "
      "that erupted after lawyer Javier Ordóñez died in police custody, Mayor Claudia López said "
      "on Friday. Of the dead, seven had been shot by police, according to the mayor, who said at "
      "least 66 civilians had suffered gunshot wounds. The Defense Ministry reported that 194 "
      "police officers had been injured and that 56 of the city's 153 neighborhood police "
      "stations, known as CAIs, had been vandalized or burned. The Prosecutor General's Office "
      "said it had charged two officers over Ordóñez's death, while police said 70 people had "
      "been detained during the unrest.",
      [C("13", 13, "exact", "killed", "people (headline)", ctx="rises to 13"),
       C("At least 13", 13, "at_least", "killed", "people in Bogotá and Soacha", LOPEZ),
       C("seven", 7, "exact", "killed", "people shot by police", "the mayor",
         attr_alt=[LOPEZ]),
       C("at least 66", 66, "at_least", "injured", "civilians with gunshot wounds",
         "the mayor", attr_alt=[LOPEZ]),
       C("194", 194, "exact", "injured", "police officers", "The Defense Ministry"),
       C("56", 56, "exact", "infrastructure", "police stations vandalized or burned",
         "The Defense Ministry"),
       C("153", 153, "exact", "infrastructure", "neighborhood police stations in Bogotá",
         "The Defense Ministry", optional=True, attr_alt=[None]),
       C("two", 2, "exact", "detained", "officers charged",
         "The Prosecutor General's Office", cat_alt=["other"], ctx="two officers"),
       C("70", 70, "exact", "detained", "people detained", "police")],
      published="2020-09-11"),

    P("d19_012",
      "Brazil: Deadliest Police Raid in Rio's History\n"
      "Independent Investigation Needed Into Jacarezinho Killings\n"
      "May 7, 2021 1:00PM EDT\n"
      "(São Paulo) – Police in Rio de Janeiro killed 27 people during a raid in the Jacarezinho "
      "favela on May 6, 2021, the deadliest police operation in the city's history, Human Rights "
      "Watch said today. One police officer was also killed. Residents told Human Rights Watch "
      "that officers had entered homes without warrants and that at least one man was shot dead "
      "after he had surrendered. The civil police, which carried out the operation with about 200 "
      "officers, said all 27 were \"criminals\" and that it had seized six rifles and 16 pistols, "
      "but it has not provided evidence that each of those killed posed a threat. Two passengers "
      "on a metro train passing through the area were wounded by stray bullets, according to "
      "media reports. Jacarezinho, home to about 40,000 people, has been the target of repeated "
      "operations against the Comando Vermelho gang.",
      [C("27", 27, "exact", "killed", "people killed by police", HRW, ctx="killed 27"),
       C("One", 1, "exact", "killed", "police officer", HRW, attr_alt=[None],
         ctx="One police officer"),
       C("at least one", 1, "at_least", "killed", "man shot after surrendering", "Residents"),
       C("about 200", 200, "about", "troops", "officers in the operation", CIVIL_POLICE),
       C("27", 27, "exact", "killed", "people called criminals by police", CIVIL_POLICE,
         optional=True, ctx="all 27"),
       C("six", 6, "exact", "munitions", "rifles seized", CIVIL_POLICE, cat_alt=["other"]),
       C("16", 16, "exact", "munitions", "pistols seized", CIVIL_POLICE, cat_alt=["other"]),
       C("Two", 2, "exact", "injured", "metro passengers hit by stray bullets",
         "media reports", ctx="Two passengers"),
       C("about 40,000", 40000, "about", "population", "residents of Jacarezinho", None,
         attr_alt=[HRW])],
      published="2021-05-07"),

    P("d19_013",
      "CULIACAN, Mexico (AP) — Mexico's security secretary said Friday that eight people were "
      "killed in the gunbattles that erupted across the northern city of Culiacan after security "
      "forces briefly detained a son of imprisoned drug lord Joaquín \"El Chapo\" Guzmán. Alfonso "
      "Durazo said the dead included one member of the National Guard, a civilian and six "
      "suspected cartel gunmen. Amid the chaos, 51 inmates escaped from the Aguaruto prison on "
      "the city's outskirts, and 20 of them had been recaptured by Friday, state officials said. "
      "Durazo acknowledged that the operation, carried out by a patrol of about 30 soldiers and "
      "Guardsmen, had been poorly planned and that the troops were quickly outgunned by fighters "
      "armed with .50-caliber rifles. Seven soldiers were held for several hours by gunmen at a "
      "housing complex and later released, Defense Secretary Luis Cresencio Sandoval said, but two "
      "others remained unaccounted for.",
      [C("eight", 8, "exact", "killed", "people in Culiacan", "Mexico's security secretary"),
       C("one", 1, "exact", "killed", "National Guard member", DURAZO, ctx="one member"),
       C("six", 6, "exact", "killed", "suspected cartel gunmen", DURAZO),
       C("51", 51, "exact", "detained", "inmates who escaped", "state officials",
         cat_alt=["other"]),
       C("20", 20, "exact", "detained", "escaped inmates recaptured", "state officials",
         cat_alt=["other"]),
       C("about 30", 30, "about", "troops", "soldiers and Guardsmen on the patrol", None,
         attr_alt=["Durazo", DURAZO]),
       C("Seven", 7, "exact", "hostages", "soldiers held by gunmen",
         "Defense Secretary Luis Cresencio Sandoval", cat_alt=["detained"]),
       C("two", 2, "exact", "missing", "soldiers unaccounted for",
         "Defense Secretary Luis Cresencio Sandoval", attr_alt=[None])]),

    P("d19_014",
      "RIO DE JANEIRO, Aug 20 (Reuters) - A police sniper shot dead a man who had held 37 "
      "people hostage on a bus on the bridge linking Rio de Janeiro and Niteroi for nearly four "
      "hours on Tuesday, ending a standoff that halted traffic across Guanabara Bay, police said. "
      "All the hostages were freed unharmed, though the man had doused the bus with gasoline and "
      "threatened to set it alight, military police spokesman Colonel Mauro Fliess told "
      "reporters. Six hostages had been let off the bus in small groups during the standoff, the "
      "spokesman said. \"Nearly 300 police officers were mobilized for this operation,\" Fliess "
      "said. The hijacker, identified as 20-year-old Willian Augusto da Silva, was armed with a "
      "replica pistol, a knife and a stun gun, police said. It was the city's most dramatic "
      "hostage-taking since a 2000 bus hijacking that ended with the death of a hostage.",
      [C("37", 37, "exact", "hostages", "people held on the bus", "police"),
       C("Six", 6, "exact", "hostages", "hostages let off the bus", "the spokesman",
         attr_alt=[FLIESS]),
       C("Nearly 300", 300, "about", "troops", "police officers mobilized", "Fliess",
         attr_alt=[FLIESS])]),

    P("d19_015",
      "Tuesday, June 20th 2023 - 09:15 UTC\n"
      "Jujuy: 170 injured and 68 arrested in clashes over constitutional reform\n"
      "Clashes between police and protesters outside the Jujuy provincial legislature on Tuesday "
      "left at least 170 people injured, among them \"some 70 police officers,\" according to "
      "provincial Security Minister Guillermo Corro, who said 68 people had been arrested. "
      "Teachers' unions and indigenous groups, who have kept dozens of roads blocked for more than "
      "a week, said police had fired rubber bullets and tear gas at close range and that one young "
      "protester had lost an eye. Governor Gerardo Morales, a presidential hopeful for the "
      "opposition coalition, blamed the violence on \"Kirchnerist\" groups and said part of the "
      "legislature had been set on fire. Human rights groups put the number of detainees at more "
      "than 80 and said at least 10 of them were minors.",
      [C("170", 170, "exact", "injured", "people (headline)", ctx="Jujuy: 170"),
       C("68", 68, "exact", "detained", "people arrested (headline)", ctx="68 arrested"),
       C("at least 170", 170, "at_least", "injured", "people injured in Jujuy", CORRO),
       C("some 70", 70, "about", "injured", "police officers injured", CORRO),
       C("68", 68, "exact", "detained", "people arrested", CORRO, ctx="68 people"),
       C("dozens", 12, "vague", "other", "roads blocked", None, optional=True,
         attr_alt=["Teachers' unions and indigenous groups"]),
       C("one", 1, "exact", "injured", "protester who lost an eye",
         "Teachers' unions and indigenous groups", ctx="one young"),
       C("more than 80", 80, "more_than", "detained", "detainees", "Human rights groups"),
       C("at least 10", 10, "at_least", "detained", "minors among the detainees",
         "Human rights groups", optional=True)],
      published="2023-06-20"),

    # --- Africa ------------------------------------------------------------------------------------
    P("d19_016",
      "Moshi church stampede: Death toll rises to 20\n"
      "By Citizen Reporter\n"
      "Monday, February 03, 2020\n"
      "Moshi. The number of people who died in a stampede during a prayer service led by "
      "self-proclaimed prophet Boniface Mwamposa at the Majengo grounds here on Saturday night has "
      "risen to 20, Kilimanjaro Regional Commissioner Anna Mghwira said yesterday. Sixteen others "
      "were injured, she said, and seven of them remained admitted at the KCMC and Mawenzi "
      "hospitals. Ms Mghwira said the victims, among them five children, were trampled as "
      "worshippers rushed to step on \"anointed oil\" that had been poured on the ground near the "
      "exit. Police said they had arrested Mr Mwamposa, popularly known as \"Bulldozer\", in Dar es "
      "Salaam, along with seven church leaders. The grounds, which can hold about 5,000 people, "
      "were packed beyond capacity, witnesses told The Citizen.",
      [C("20", 20, "exact", "killed", "people (headline)", ctx="toll rises to 20"),
       C("20", 20, "exact", "killed", "people in the Moshi stampede", MGHWIRA,
         ctx="risen to 20"),
       C("Sixteen", 16, "exact", "injured", "people injured", MGHWIRA, attr_alt=["she"]),
       C("seven", 7, "exact", "injured", "injured still admitted", MGHWIRA,
         attr_alt=["she"], ctx="seven of them"),
       C("five", 5, "exact", "killed", "children among the dead", "Ms Mghwira",
         attr_alt=[MGHWIRA]),
       C("seven", 7, "exact", "detained", "church leaders arrested", "Police",
         ctx="seven church leaders"),
       C("about 5,000", 5000, "about", "other", "capacity of the grounds", None,
         optional=True, attr_alt=["witnesses"])],
      published="2020-02-03"),

    P("d19_017",
      "45 died in stampede at Magufuli's body viewing, police say\n"
      "Dar es Salaam. Forty-five people died in a stampede at the Uhuru Stadium in Dar es Salaam "
      "on March 21 as mourners thronged to view the body of the late President John Magufuli, "
      "police said yesterday. Dar es Salaam Regional Police Commander Lazaro Mambosasa told "
      "reporters that the dead included five members of one family, and that 37 others had been "
      "injured. The figures had not been made public at the time; the government had announced "
      "that tens of thousands of people paid their respects at the stadium that day. Magufuli, "
      "61, died on March 17 of what officials said was a heart condition.",
      [C("45", 45, "exact", "killed", "people in the stampede (headline)", "police",
         attr_alt=[MAMBOSASA]),
       C("Forty-five", 45, "exact", "killed", "people in the stampede", "police",
         attr_alt=[MAMBOSASA]),
       C("five", 5, "exact", "killed", "members of one family", MAMBOSASA),
       C("37", 37, "exact", "injured", "people injured", MAMBOSASA),
       C("tens of thousands", 10000, "vague", "other", "mourners at the stadium",
         "the government")]),

    P("d19_018",
      "Sierra Leone: Authorities must investigate killings of protesters\n"
      "11 August 2022\n"
      "Sierra Leone's authorities must promptly and thoroughly investigate the deaths of at least "
      "21 civilians and six police officers during protests in Freetown and several northern "
      "towns on 10 August, Amnesty International said today. Hospital sources told Amnesty "
      "International that dozens of people had been treated for gunshot wounds, some of them "
      "shot in the back. According to the police, 113 people were arrested across the country, "
      "among them \"ringleaders\" who, the police say, planned the protests from abroad. President "
      "Julius Maada Bio has called the protests an \"insurrection\", and a nationwide curfew was "
      "imposed from 3pm to 7am. Amnesty International interviewed 14 witnesses and relatives of "
      "victims in Freetown, Makeni and Kamakwie.",
      [C("at least 21", 21, "at_least", "killed", "civilians", AMNESTY),
       C("six", 6, "exact", "killed", "police officers", AMNESTY),
       C("dozens", 12, "vague", "injured", "people treated for gunshot wounds",
         "Hospital sources"),
       C("113", 113, "exact", "detained", "people arrested", "the police"),
       C("14", 14, "exact", "other", "witnesses and relatives interviewed", None,
         optional=True, attr_alt=[AMNESTY])],
      published="2022-08-11"),

    P("d19_019",
      "Gunmen abduct female students in Zamfara varsity hostel attack\n"
      "By Abdulqadir Ahmad, Gusau\n"
      "Gunmen in the early hours of Friday invaded hostels of the Federal University, Gusau, in "
      "Sabon Gida, Bungudu Local Government Area of Zamfara State, and abducted at least 24 female "
      "students, three security guards and some construction workers, a student told PREMIUM "
      "TIMES. A university official, who asked not to be named, said as many as 35 students may "
      "have been taken. The Zamfara State Police Command confirmed the attack but said it could "
      "not yet give a figure. A senior military officer in the state said troops had engaged the "
      "bandits in a gunfight and rescued five of the students by Saturday evening, and that "
      "\"more than 10\" were still in the bandits' custody. About 30 gunmen on motorcycles took part "
      "in the attack, which lasted more than three hours, residents said.",
      [C("at least 24", 24, "at_least", "hostages", "female students abducted", "a student"),
       C("three", 3, "exact", "hostages", "security guards abducted", "a student",
         ctx="three security"),
       C("as many as 35", 35, "at_most", "hostages", "students possibly taken",
         "A university official"),
       C("five", 5, "exact", "hostages", "students rescued", SL_OFFICER),
       C("more than 10", 10, "more_than", "hostages", "students still held", SL_OFFICER),
       C("About 30", 30, "about", "troops", "gunmen on motorcycles", "residents",
         cat_alt=["other"])]),

    P("d19_020",
      "Kwara: All 38 abducted worshippers rescued, says governor\n"
      "24 November 2025\n"
      "All 38 worshippers abducted by gunmen from the Christ Apostolic Church in Eruku, Ekiti "
      "Local Government Area of Kwara State, last Tuesday have been rescued, Governor AbdulRahman "
      "AbdulRazaq said on Sunday. The attack, which was streamed live on the church's Facebook "
      "page, left two worshippers dead, according to the police. Police spokesperson Adetoun "
      "Ejire-Adeyemi had initially put the number of those abducted at \"about 35\". The governor "
      "said more than 900 security personnel, among them soldiers, police officers, DSS operatives "
      "and forest guards, had been deployed for the operation, and that no ransom was paid. He "
      "added that three suspected informants had been arrested in nearby villages.",
      [C("38", 38, "exact", "hostages", "worshippers rescued (headline)", "governor",
         attr_alt=[ABDULRAZAQ], ctx="All 38 abducted"),
       C("38", 38, "exact", "hostages", "worshippers abducted and rescued", ABDULRAZAQ,
         ctx="All 38 worshippers"),
       C("two", 2, "exact", "killed", "worshippers", "the police"),
       C("about 35", 35, "about", "hostages", "people abducted (initial figure)",
         "Police spokesperson Adetoun Ejire-Adeyemi"),
       C("more than 900", 900, "more_than", "troops", "security personnel deployed",
         "The governor", attr_alt=[ABDULRAZAQ]),
       C("three", 3, "exact", "detained", "suspected informants arrested", "The governor",
         attr_alt=["He", ABDULRAZAQ])],
      published="2025-11-24"),

    P("d19_021",
      "Bwari kidnap: Abductors free remaining five sisters\n"
      "By Olugbenga Adanikin, Abuja\n"
      "Kidnappers who abducted a man and six of his daughters from their home in Zuma 1 estate, "
      "Bwari Area Council, on January 2 have freed the remaining five girls, the Federal Capital "
      "Territory Police Command said on Sunday. One of the sisters, Nabeeha, a 400-level student "
      "of the University of Abuja, was killed by the abductors last week after the family failed "
      "to pay a ransom of N60m, relatives said. The father had been released on January 4 to "
      "raise the money. In a statement, the police said \"eight suspects\" linked to the gang had "
      "been arrested in an operation involving \"a joint team of over 200 personnel\" from the "
      "police, the army and the DSS. Residents told The PUNCH that at least 20 people had been "
      "abducted from communities in the council area in the past month alone.",
      [C("five", 5, "exact", "hostages", "sisters freed (headline)", ctx="remaining five sisters"),
       C("six", 6, "exact", "hostages", "daughters abducted", FCT),
       C("five", 5, "exact", "hostages", "girls freed", FCT, ctx="five girls"),
       C("One", 1, "exact", "killed", "sister killed by abductors", "relatives",
         cat_alt=["hostages"]),
       C("eight", 8, "exact", "detained", "suspects arrested", "the police"),
       C("over 200", 200, "more_than", "troops", "personnel in the operation", "the police"),
       C("at least 20", 20, "at_least", "hostages", "people abducted in Bwari", "Residents")]),

    # --- Asia ------------------------------------------------------------------------------------
    P("d19_022",
      "Wowowee stampede toll hits 74; 'more than 600' hurt\n"
      "First Posted 03:12am (Mla time) Feb 06, 2006\n"
      "MANILA—The death toll in Saturday's stampede outside the PhilSports Arena in Pasig City rose "
      "to 74 on Sunday, most of them elderly women, police said, as relatives lined up at funeral "
      "parlors to claim the bodies. At least 627 others were injured, according to the Department "
      "of Health, which said \"about 40\" remained confined in hospitals. An estimated 30,000 people "
      "had camped outside the arena, some of them for three days, hoping to win cash and prizes "
      "at the first anniversary episode of the noontime game show \"Wowowee,\" but only 17,000 "
      "tickets had been distributed, National Capital Region Police Office chief Vidal Querol "
      "told reporters. The crush began when a gate was opened at about 6 a.m., he said.",
      [C("74", 74, "exact", "killed", "people (headline)", ctx="hits 74"),
       C("more than 600", 600, "more_than", "injured", "people hurt (headline)"),
       C("74", 74, "exact", "killed", "people in the stampede", "police", ctx="to 74 on"),
       C("At least 627", 627, "at_least", "injured", "people injured", DOH),
       C("about 40", 40, "about", "injured", "injured still confined", DOH),
       C("An estimated 30,000", 30000, "about", "other", "people camped outside the arena",
         QUEROL),
       C("17,000", 17000, "exact", "other", "tickets distributed", QUEROL, optional=True)],
      published="2006-02-06"),

    P("d19_023",
      "Published 9:47 PM, September 21, 2025\n"
      "MANILA, Philippines – Police arrested 216 people, 91 of them minors, after a largely "
      "peaceful anti-corruption rally turned violent near Malacañang on Sunday, the Manila Police "
      "District (MPD) said. At least 95 police officers were injured as protesters hurled rocks, "
      "bottles and Molotov bombs along Ayala Bridge and Recto Avenue, MPD chief Police Brigadier "
      "General Arnold Thomas Ibay said in a press briefing, adding that the arrested would face "
      "charges of illegal assembly and direct assault. Organizers of the Trillion Peso March at the "
      "EDSA People Power Monument estimated the crowd there at 100,000, while the Quezon City "
      "police put it at about 49,000. Earlier in the day, tens of thousands had gathered at "
      "Luneta Park for a separate rally against corruption in flood control projects.",
      [C("216", 216, "exact", "detained", "people arrested", MPD),
       C("91", 91, "exact", "detained", "minors arrested", MPD),
       C("At least 95", 95, "at_least", "injured", "police officers", IBAY),
       C("100,000", 100000, "exact", "other", "crowd at the People Power Monument",
         "Organizers of the Trillion Peso March"),
       C("about 49,000", 49000, "about", "other", "crowd at the People Power Monument",
         "the Quezon City police"),
       C("tens of thousands", 10000, "vague", "other", "people at Luneta Park")],
      published="2025-09-21"),

    P("d19_024",
      "NAKHON RATCHASIMA: A soldier who killed 29 people and wounded 58 in a shooting rampage that "
      "began at an army camp and ended in a shopping mall was shot dead by security forces on "
      "Sunday morning, about 17 hours after the attack began, Prime Minister Prayut Chan-o-cha "
      "said. Sgt Maj Jakrapanth Thomma, 32, shot dead his commanding officer and a woman at the "
      "Surathampitak camp before taking weapons from the armoury and driving a Humvee to the "
      "Terminal 21 Korat mall, police said. Special forces evacuated hundreds of shoppers and staff "
      "who had hidden in the mall overnight, officials said. Of the wounded, 37 remained in "
      "hospital on Sunday evening, 10 of them in serious condition, the Public Health Ministry "
      "said.",
      [C("29", 29, "exact", "killed", "people killed by the soldier", None,
         attr_alt=[PRAYUT]),
       C("58", 58, "exact", "injured", "people wounded", None, attr_alt=[PRAYUT]),
       C("hundreds", 100, "vague", "displaced", "shoppers and staff evacuated", "officials",
         cat_alt=["other"]),
       C("37", 37, "exact", "injured", "wounded still in hospital", MOPH),
       C("10", 10, "exact", "injured", "wounded in serious condition", MOPH)]),

    P("d19_025",
      "BANGKOK, Oct 3 (Reuters) - A 14-year-old boy opened fire in Bangkok's Siam Paragon "
      "shopping mall on Tuesday, killing two people and wounding five, police said, sending "
      "hundreds of shoppers fleeing into the street. A Chinese national and a Myanmar national "
      "were killed, the Erawan Emergency Medical Centre said. The boy, who police said had been "
      "receiving treatment for a mental illness, was arrested on the mall's third floor after "
      "surrendering to officers, national police chief Torsak Sukvimol told reporters. Thailand "
      "has one of the highest rates of gun ownership in Asia, with more than 10 million firearms "
      "in civilian hands, according to the Small Arms Survey.",
      [C("two", 2, "exact", "killed", "people in Siam Paragon", "police"),
       C("five", 5, "exact", "injured", "people in Siam Paragon", "police"),
       C("hundreds", 100, "vague", "other", "shoppers fleeing", "police",
         cat_alt=["displaced"], attr_alt=[None]),
       C("more than 10 million", 10000000, "more_than", "munitions",
         "firearms in civilian hands", "the Small Arms Survey", cat_alt=["other"])]),

    P("d19_026",
      "PESHAWAR: The death toll from Friday's suicide bombing at a Shia mosque in the Kocha "
      "Risaldar area of Peshawar rose to 63 on Saturday, while 196 people were still being treated "
      "for their injuries, officials said. Lady Reading Hospital spokesperson Mohammad Asim told "
      "Dawn that \"over 50\" of the injured were in critical condition. The attacker shot dead a "
      "police constable guarding the entrance and wounded another before blowing himself up among "
      "worshippers, Capital City Police Officer Muhammad Ijaz Khan said. The militant Islamic State "
      "group, in a statement on its Amaq news agency, claimed responsibility and said the bomber "
      "had killed or wounded \"more than 200\" people. Police said they had detained 12 suspects "
      "in raids across the city overnight.",
      [C("63", 63, "exact", "killed", "people in the mosque bombing", "officials"),
       C("196", 196, "exact", "injured", "people being treated", "officials"),
       C("over 50", 50, "more_than", "injured", "injured in critical condition", ASIM),
       C("more than 200", 200, "more_than", "injured", "people killed or wounded", IS_GROUP,
         cat_alt=["killed", "other"]),
       C("12", 12, "exact", "detained", "suspects detained", "Police")]),

    P("d19_027",
      "Sialkot lynching: 131 arrested, 900 booked, Punjab IGP says\n"
      "Updated December 05, 2021\n"
      "LAHORE: Police have arrested 131 suspects over the lynching of Sri Lankan factory manager "
      "Priyantha Kumara in Sialkot, Punjab Inspector General of Police Rao Sardar Ali Khan said on "
      "Saturday. A case has been registered against 900 workers of the sports goods factory under "
      "the Anti-Terrorism Act, the IGP said, adding that 26 of those arrested had been identified "
      "from video footage as having played \"a key role\". The first information report, "
      "registered at Ugoki police station, says a mob of \"about 800 people\" attacked the factory. "
      "Kumara, who had worked at the factory for about a decade, was beaten to death and his body "
      "set on fire on Friday over allegations of blasphemy.",
      [C("131", 131, "exact", "detained", "suspects arrested (headline)", "Punjab IGP",
         attr_alt=[IGP], ctx="131 arrested"),
       C("900", 900, "exact", "detained", "workers booked (headline)", "Punjab IGP",
         cat_alt=["other"], attr_alt=[IGP], ctx="900 booked"),
       C("131", 131, "exact", "detained", "suspects arrested", IGP, ctx="131 suspects"),
       C("900", 900, "exact", "detained", "workers booked", "the IGP", cat_alt=["other"],
         attr_alt=[IGP], ctx="900 workers"),
       C("26", 26, "exact", "detained", "arrested suspects with a key role", "the IGP",
         attr_alt=[IGP]),
       C("about 800", 800, "about", "other", "mob that attacked the factory",
         "The first information report")],
      published="2021-12-05"),

    P("d19_028",
      "Published at : August 25, 2015\n"
      "Eight security personnel, including a senior superintendent of police, and a two-year-old "
      "child were killed when protesters demanding a separate Tharuhat province attacked police in "
      "Tikapur, Kailali, on Monday, according to the Home Ministry. Home Ministry spokesperson "
      "Laxmi Prasad Dhakal said seven Nepal Police personnel and one Armed Police Force constable "
      "were among the dead, and that at least 30 others, most of them police, had been injured. "
      "The government imposed an indefinite curfew in Tikapur municipality and deployed around "
      "1,000 Nepal Army personnel. By Tuesday, about 2,000 people had fled the town for nearby "
      "villages, local officials said, after dozens of houses and shops were set on fire. The "
      "district administration said it had distributed about 20 tonnes of food to families "
      "sheltering in schools.",
      [C("Eight", 8, "exact", "killed", "security personnel", "the Home Ministry"),
       C("seven", 7, "exact", "killed", "Nepal Police personnel", DHAKAL),
       C("one", 1, "exact", "killed", "Armed Police Force constable", DHAKAL,
         ctx="one Armed"),
       C("at least 30", 30, "at_least", "injured", "people injured", DHAKAL),
       C("around 1,000", 1000, "about", "troops", "Nepal Army personnel deployed", None,
         attr_alt=["The government"]),
       C("about 2,000", 2000, "about", "displaced", "people who fled Tikapur",
         "local officials"),
       C("dozens", 12, "vague", "infrastructure", "houses and shops set on fire",
         "local officials", cat_alt=["other"], attr_alt=[None]),
       C("about 20", 20, "about", "aid", "tonnes of food distributed",
         "The district administration")],
      published="2015-08-25"),

    P("d19_029",
      "Published - September 28, 2025 10:14 am IST\n"
      "KARUR: The death toll in the stampede at actor-politician Vijay's Tamilaga Vettri Kazhagam "
      "(TVK) rally at Velusamypuram near Karur on Saturday evening rose to 40 on Sunday, with one "
      "more person succumbing at the Government Medical College Hospital. Among the dead were 10 "
      "children and 17 women, Health Minister Ma. Subramanian said, adding that over 80 people "
      "were undergoing treatment. Tamil Nadu DGP in-charge G. Venkatraman said around 27,000 people "
      "had gathered at the venue against the 10,000 for which permission had been sought, and that "
      "Vijay arrived about seven hours late. The police had deployed 500 personnel for the rally, "
      "he said. A one-member commission of inquiry headed by retired judge Aruna Jagadeesan has "
      "been set up.",
      [C("40", 40, "exact", "killed", "people in the Karur stampede", None,
         attr_alt=[SUBRAMANIAN]),
       C("one", 1, "exact", "killed", "person who died in hospital on Sunday", None,
         attr_alt=[SUBRAMANIAN], ctx="one more person"),
       C("10", 10, "exact", "killed", "children among the dead", SUBRAMANIAN,
         ctx="10 children"),
       C("17", 17, "exact", "killed", "women among the dead", SUBRAMANIAN),
       C("over 80", 80, "more_than", "injured", "people undergoing treatment", SUBRAMANIAN),
       C("around 27,000", 27000, "about", "other", "crowd at the venue", VENKATRAMAN),
       C("10,000", 10000, "exact", "other", "crowd for which permission was sought",
         VENKATRAMAN, optional=True),
       C("500", 500, "exact", "troops", "police personnel deployed", VENKATRAMAN,
         attr_alt=["he"])],
      published="2025-09-28"),

    P("d19_030",
      "New Delhi, Jan 27 (PTI) Delhi Police on Wednesday said 394 of its personnel were injured in "
      "the violence during the farmers' tractor parade on Republic Day, some of whom are in "
      "intensive care units, and that 22 FIRs had been registered. Thousands of farmers on "
      "tractors had broken away from the agreed routes and entered the Red Fort, where some "
      "hoisted religious flags. One protester died when his tractor overturned near ITO, police "
      "said. \"Around 200 people have been detained so far and more arrests will follow,\" a "
      "senior police officer said, adding that 30 police vehicles had been damaged.",
      [C("394", 394, "exact", "injured", "police personnel", "Delhi Police"),
       C("22", 22, "exact", "other", "FIRs registered", "Delhi Police", optional=True),
       C("Thousands", 1000, "vague", "other", "farmers on tractors"),
       C("One", 1, "exact", "killed", "protester", "police"),
       C("Around 200", 200, "about", "detained", "people detained",
         "a senior police officer"),
       C("30", 30, "exact", "other", "police vehicles damaged", "a senior police officer",
         optional=True, cat_alt=["infrastructure"])]),

    P("d19_031",
      "GURUGRAM: The death toll in the communal clashes that broke out during a Vishva Hindu "
      "Parishad procession in Haryana's Nuh district rose to six on Tuesday, Chief Minister "
      "Manohar Lal Khattar said, as police said they had arrested 116 people and detained 90 "
      "others for questioning. Two of the dead were Home Guards, Khattar said. The violence spread "
      "to Gurugram, where a mob set fire to a mosque and killed its 19-year-old naib imam. "
      "Authorities deployed 20 companies of paramilitary forces and suspended mobile internet in "
      "Nuh. Over 2,500 people, including women and children, who had been attending a religious "
      "ceremony at the Nalhar temple were trapped for hours before police evacuated them, "
      "officials said.",
      [C("six", 6, "exact", "killed", "people in Nuh clashes", KHATTAR),
       C("116", 116, "exact", "detained", "people arrested", "police"),
       C("90", 90, "exact", "detained", "people detained for questioning", "police"),
       C("Two", 2, "exact", "killed", "Home Guards", "Khattar", attr_alt=[KHATTAR]),
       C("20", 20, "exact", "troops", "companies of paramilitary forces", None,
         attr_alt=["Authorities"]),
       C("Over 2,500", 2500, "more_than", "displaced", "people trapped and evacuated",
         "officials", cat_alt=["other"])]),

    P("d19_032",
      "Daily Briefing in Relation to the Military Coup\n"
      "15 March 2021\n"
      "As of 14 March, AAPP has verified that 126 people have been killed by the junta since the "
      "coup. On 14 March alone, 74 people were killed, most of them in Yangon's Hlaing Tharyar "
      "township, where soldiers and police opened fire on protesters after several "
      "Chinese-financed factories were set ablaze. A total of 2,156 people have been arrested, "
      "charged or sentenced in relation to the attempted military coup, of whom 1,837 remain in "
      "detention. Arrest warrants have been issued for 24 people who have evaded arrest. Martial "
      "law has been declared in six townships of Yangon.",
      [C("126", 126, "exact", "killed", "people killed since the coup", "AAPP"),
       C("74", 74, "exact", "killed", "people killed on 14 March", "AAPP",
         attr_alt=[None]),
       C("2,156", 2156, "exact", "detained", "people arrested, charged or sentenced", "AAPP",
         attr_alt=[None]),
       C("1,837", 1837, "exact", "detained", "people still in detention", "AAPP",
         attr_alt=[None]),
       C("24", 24, "exact", "other", "people with arrest warrants who evaded arrest", "AAPP",
         cat_alt=["detained"], attr_alt=[None]),
       C("six", 6, "exact", "other", "townships under martial law", None, optional=True,
         attr_alt=["AAPP"])],
      published="2021-03-15"),

    # --- Middle East -----------------------------------------------------------------------------
    P("d19_033",
      "KARBALA, Iraq, Sept 10 (Reuters) - At least 31 people were killed and about 100 injured in "
      "a stampede during the Ashura religious procession in the Iraqi holy city of Karbala on "
      "Tuesday, the health ministry said. Witnesses said the crush began when part of a walkway "
      "collapsed as thousands of pilgrims ran toward the shrine of Imam Hussein during the "
      "Tuwairij ritual. Health ministry spokesman Saif al-Badr said 10 of the injured were in "
      "serious condition. Millions of Shi'ite pilgrims flock to Karbala each year for Ashura, which "
      "marks the death of Imam Hussein, a grandson of the Prophet Mohammad, in battle in 680 AD.",
      [C("At least 31", 31, "at_least", "killed", "people in the Karbala stampede",
         "the health ministry"),
       C("about 100", 100, "about", "injured", "people injured", "the health ministry"),
       C("thousands", 1000, "vague", "other", "pilgrims running toward the shrine",
         "Witnesses"),
       C("10", 10, "exact", "injured", "injured in serious condition",
         "Health ministry spokesman Saif al-Badr", ctx="10 of the"),
       C("Millions", 1000000, "vague", "other", "pilgrims visiting Karbala each year")]),

    P("d19_034",
      "January 10, 2018\n"
      "HRANA – At least 25 people were killed and 4,970 were arrested in the protests that swept "
      "more than 80 Iranian cities between December 28 and January 6, according to figures "
      "compiled by the Human Rights Activists News Agency (HRANA) from reports by its "
      "correspondents and families. The figure for arrests is higher than the 3,700 given by "
      "reformist MP Mahmoud Sadeghi, who cited \"informed sources\". At least five detainees have "
      "died in custody, among them Sina Ghanbari, 23, who died in Tehran's Evin prison; officials "
      "have said the deaths were suicides. Tehran's deputy governor, Ali Asghar Naserbakht, said "
      "450 people had been arrested in the capital in the first three days alone. HRANA has "
      "also documented the detention of at least 90 university students.",
      [C("At least 25", 25, "at_least", "killed", "protesters", HRANA),
       C("4,970", 4970, "exact", "detained", "people arrested", HRANA),
       C("more than 80", 80, "more_than", "other", "cities with protests", HRANA,
         optional=True),
       C("3,700", 3700, "exact", "detained", "people arrested", "informed sources",
         attr_alt=[SADEGHI]),
       C("At least five", 5, "at_least", "killed", "detainees who died in custody", HRANA,
         attr_alt=[None]),
       C("450", 450, "exact", "detained", "people arrested in Tehran", NASERBAKHT),
       C("at least 90", 90, "at_least", "detained", "university students detained", "HRANA")],
      published="2018-01-10"),

    # --- Europe ----------------------------------------------------------------------------------
    P("d19_035",
      "Izhevsk school shooting: death toll rises to 17, including 11 children\n"
      "Updated: 27/09/2022 - 10:21\n"
      "The death toll from Monday's shooting at School No. 88 in the Russian city of Izhevsk has "
      "risen to 17, including 11 children, Russia's Investigative Committee said on Tuesday. "
      "Another 24 people, 22 of them children, were wounded, the committee said. The gunman, a "
      "34-year-old former pupil, shot himself after the attack; he was wearing a black T-shirt "
      "with Nazi symbols and a balaclava, investigators said. He carried two pistols adapted to "
      "fire live ammunition, Udmurtia's governor Alexander Brechalov said. The school has around "
      "1,000 pupils, according to local media.",
      [C("17", 17, "exact", "killed", "people (headline)", ctx="rises to 17"),
       C("11", 11, "exact", "killed", "children (headline)", ctx="11 children\n"),
       C("17", 17, "exact", "killed", "people in the school shooting", RU_IC,
         ctx="risen to 17"),
       C("11", 11, "exact", "killed", "children among the dead", RU_IC,
         ctx="11 children, Russia"),
       C("24", 24, "exact", "injured", "people wounded", "the committee", attr_alt=[RU_IC]),
       C("22", 22, "exact", "injured", "children wounded", "the committee",
         attr_alt=[RU_IC]),
       C("two", 2, "exact", "munitions", "pistols", "Udmurtia's governor Alexander Brechalov",
         cat_alt=["other"]),
       C("around 1,000", 1000, "about", "population", "pupils at the school", "local media",
         cat_alt=["other"])],
      published="2022-09-27"),

    P("d19_036",
      "Sweden school shooting: 11 dead in Örebro, police say\n"
      "Police in Sweden said on Wednesday that 11 people, including the suspected gunman, were "
      "killed in a shooting at an adult education centre in the city of Örebro, the deadliest in "
      "the country's history. \"We have received information that 10 people have died in addition "
      "to the perpetrator,\" local police chief Roberto Eid Forest told reporters. Six people, five "
      "of them with gunshot wounds, were being treated at Örebro University Hospital, regional "
      "health officials said. The suspect, a 35-year-old local man who had no criminal record, is "
      "believed to have acted alone. Prime Minister Ulf Kristersson called it \"a very painful day "
      "for all of Sweden.\"",
      [C("11", 11, "exact", "killed", "people dead (headline)", "police",
         attr_alt=["Police in Sweden"], ctx="11 dead"),
       C("11", 11, "exact", "killed", "people including the gunman", "Police in Sweden",
         ctx="11 people"),
       C("10", 10, "exact", "killed", "people in addition to the perpetrator", FOREST),
       C("Six", 6, "exact", "injured", "people treated in hospital",
         "regional health officials"),
       C("five", 5, "exact", "injured", "people with gunshot wounds",
         "regional health officials")]),

    P("d19_037",
      "Graz school shooting: Austria mourns 10 victims\n"
      "A former student shot dead nine people at his old high school in Graz on Tuesday before "
      "killing himself in a toilet, Austrian authorities said, and a woman injured in the attack "
      "died in hospital overnight, bringing the number of victims to 10. Six of the dead were "
      "female and three male, the Interior Ministry said, and 11 more people were wounded, some "
      "seriously. The 21-year-old gunman, who had left the BORG Dreierschützengasse school without "
      "graduating, used a shotgun and a Glock pistol, both legally owned, police said. Some 300 "
      "police officers, including the Cobra special unit, were deployed within minutes, according "
      "to the police. Austria declared three days of national mourning.",
      [C("10", 10, "exact", "killed", "victims (headline)", ctx="mourns 10"),
       C("nine", 9, "exact", "killed", "people shot dead", AT_AUTH),
       C("10", 10, "exact", "killed", "victims", AT_AUTH, attr_alt=[None],
         ctx="victims to 10"),
       C("Six", 6, "exact", "killed", "female victims", AT_MOI),
       C("three", 3, "exact", "killed", "male victims", AT_MOI, ctx="three male"),
       C("11", 11, "exact", "injured", "people wounded", AT_MOI),
       C("Some 300", 300, "about", "troops", "police officers deployed", "the police")]),

    P("d19_038",
      "Vienna attack: four killed, 14 detained as police hunt possible accomplices\n"
      "Issued on: 03/11/2020 - 17:40\n"
      "Four people were killed and 23 wounded, seven of them seriously, when a gunman opened fire "
      "in central Vienna on Monday night, Austrian officials said, in what Chancellor Sebastian "
      "Kurz called a \"repulsive terror attack\". The attacker, a 20-year-old Austrian-North "
      "Macedonian dual national who had been convicted in 2019 of trying to join the Islamic State "
      "group in Syria, was shot dead by police nine minutes after the first emergency call. "
      "Interior Minister Karl Nehammer said 14 people had been detained in 18 raids, and that some "
      "1,000 police officers had been deployed across the capital overnight. Police, who had "
      "initially said there may have been several attackers, received more than 20,000 videos "
      "from the public, Nehammer said.",
      [C("four", 4, "exact", "killed", "people (headline)"),
       C("14", 14, "exact", "detained", "people detained (headline)", ctx="14 detained"),
       C("Four", 4, "exact", "killed", "people in Vienna", "Austrian officials"),
       C("23", 23, "exact", "injured", "people wounded", "Austrian officials"),
       C("seven", 7, "exact", "injured", "people seriously wounded", "Austrian officials"),
       C("14", 14, "exact", "detained", "people detained", NEHAMMER, ctx="14 people"),
       C("18", 18, "exact", "other", "raids", NEHAMMER, optional=True),
       C("some 1,000", 1000, "about", "troops", "police officers deployed", NEHAMMER),
       C("more than 20,000", 20000, "more_than", "other", "videos from the public",
         "Nehammer", optional=True, attr_alt=[NEHAMMER])],
      published="2020-11-03"),

    P("d19_039",
      "ISTANBUL, Nov 14 (Reuters) - Turkish police have detained 46 people, including a Syrian "
      "woman suspected of planting the bomb that killed six people and wounded 81 on Istanbul's "
      "busy Istiklal Avenue, Interior Minister Suleyman Soylu said on Monday. The woman had "
      "confessed to acting on orders from Kurdish militants, police said; the PKK denied "
      "involvement. Of the wounded, 50 had been discharged from hospital by Monday, while five "
      "remained in intensive care, Health Minister Fahrettin Koca said. Among the dead were a "
      "nine-year-old girl and her father, state broadcaster TRT reported. The blast went off at "
      "about 4:20 p.m. on Sunday, when the pedestrian avenue was crowded with tens of thousands "
      "of shoppers and tourists.",
      [C("46", 46, "exact", "detained", "people detained", SOYLU),
       C("six", 6, "exact", "killed", "people killed by the bomb", None, attr_alt=[SOYLU]),
       C("81", 81, "exact", "injured", "people wounded by the bomb", None, attr_alt=[SOYLU]),
       C("50", 50, "exact", "injured", "wounded discharged from hospital", KOCA,
         cat_alt=["other"]),
       C("five", 5, "exact", "injured", "wounded in intensive care", KOCA),
       C("tens of thousands", 10000, "vague", "other", "shoppers and tourists on the avenue")]),

    P("d19_040",
      "Amsterdam: 62 arrested after Israeli football fans attacked\n"
      "Published on 08/11/2024 - 13:05 GMT+1\n"
      "Dutch police said on Friday that 62 people had been arrested after Maccabi Tel Aviv "
      "supporters were chased and beaten in several parts of Amsterdam overnight following their "
      "team's 5-0 defeat by Ajax in the Europa League. Between 20 and 30 Israelis were injured, "
      "Israel's foreign ministry said, and five were treated in hospital and later released, "
      "according to the Dutch authorities. Around 800 police officers had been on duty for the "
      "match, the city said. Israel initially said three of its citizens were missing, but later "
      "said all had been accounted for. Prime Minister Benjamin Netanyahu had ordered two planes "
      "to be sent to bring fans home.",
      [C("62", 62, "exact", "detained", "people arrested (headline)", ctx="62 arrested"),
       C("62", 62, "exact", "detained", "people arrested", "Dutch police", ctx="62 people"),
       C("Between 20 and 30", 20, "range", "injured", "Israelis injured", IL_MFA, high=30),
       C("five", 5, "exact", "injured", "Israelis treated in hospital",
         "the Dutch authorities"),
       C("Around 800", 800, "about", "troops", "police officers on duty", "the city"),
       C("three", 3, "exact", "missing", "Israeli citizens missing", "Israel"),
       C("two", 2, "exact", "other", "planes sent to bring fans home", None, optional=True,
         cat_alt=["munitions", "aid"], attr_alt=["Prime Minister Benjamin Netanyahu"])],
      published="2024-11-08"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d19_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
