"""Source of the thirty-seventh development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on wars, disasters, protests and kidnappings in Africa and Latin
America between 1995 and 2025, written for this set (none copied from an article) in the styles
of the outlets that covered them: international wires (Reuters, AP, AFP, EFE, Xinhua),
national papers in English (Daily Monitor, a Nigerian daily, Ahram Online, MercoPress),
national agencies (AIM), broadcasters' sites (BBC, Al Jazeera, DW, NTV Uganda, a US network's
"what we know" box, a live blog), and NGO and UN releases (UNHCR briefing notes, UN News, an OCHA
situation report, IRIN, HRW, WFP). Long sentences with several figures and sources, headlines,
bullet and numbered lists, quotes that run over sentences, corrections and tolls revised in the
same passage. Annotated by hand and blind by the project's gold conventions (``gold/README.md``
of the shared folder) and the decisions recorded in the READMEs of ``tests/devset2`` to
``tests/devset18`` and ``tests/holdout2``. Figures follow contemporary reports loosely and some
details are invented; the set tests extraction, not facts.

Run ``python tests/devset37/build_devset37.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

AU_MEZNI = "AU spokesman Noureddine Mezni"
TN_MOI = "the interior ministry"
KAWEESI = "Police spokesperson Andrew Felix Kaweesi"
OJOK = "Lira district chairman Franco Ojok"
TADESSE = "Selome Tadesse"
TADESSE_FULL = "A government spokeswoman, Selome Tadesse"
EG_MOI = "the Interior Ministry"
HOSP = "hospital officials"
COL_AVIATION = "Colombian civil aviation authorities"
CIVIL_PROT = "Civil protection officials"
DZ_MOI = "the Algerian Interior Ministry"
MA_MOI = "The interior ministry"
COEN = "the National Emergency Committee (COEN)"
PY_MOH = "the Health Ministry"
NRCS = "The Nigerian Red Cross Society"
EKANEM = "Mr. Okon Ekanem"
MONUSCO = "The UN peacekeeping mission in the country"
NGOO = "Edgard Alain Mebe Ngo'o"
NGOO_FULL = "Cameroon's transport minister Edgard Alain Mebe Ngo'o"
MST = "The MST"
PE_GOV = "the government"
CABANILLAS = "Interior Minister Mercedes Cabanillas"
DIAZ = "Chief Prosecutor Javier Díaz Verón"
PENA = "Caracas Mayor Alfredo Peña"
MW_MOH = "the health ministry"
MW_SPOKES = "A government spokesman"
RC_OFFICIAL = "A Red Cross official"
PACHECO = "José Pacheco"
PACHECO_FULL = "The Minister of the Interior, José Pacheco"
HRW = "Human Rights Watch"
UN_MISSION = "a United Nations fact-finding mission"
UNHCR_TG = "the UN refugee agency (UNHCR)"
ET_INQUIRY = "an inquiry set up by parliament"
ET_REPORT = "The commission's leaked report"
ARMY = "the army"
FASSERA = "Sister Rachele Fassera"
RED_CROSS = "the Red Cross"
CANAL = "Gen. Jaime Ernesto Canal"
NEGOTIATIONS = "a source close to the negotiations"
EC_POLICE = "Ecuador's police"
DE_OFFICIALS = "German officials"
ENANGA = "Police spokesperson Fred Enanga"
WFP = "The World Food Programme (WFP)"
EG_FM = "the Egyptian foreign ministry"

PASSAGES = [
    # --- Wars and armed violence -----------------------------------------------------------------
    P("d37_001",
      "KIBEHO, Rwanda, April 24 (Reuters) - Rwandan government troops opened fire on tens "
      "of thousands of displaced Hutus crammed into a camp at Kibeho in the country's southwest, "
      "and the dead lay in heaps on a hillside on Sunday, aid workers said. The government put "
      "the toll at 338, saying many of the victims had been trampled or killed by militiamen "
      "hiding among the crowd. Australian army medics serving with the U.N. mission, who counted "
      "bodies until they were ordered to stop, estimated that some 4,000 people had died. \"We "
      "counted until the light went,\" said one of the medics, who asked not to be named. \"There "
      "were children under the bodies of their mothers.\" The camp had held an estimated 80,000 "
      "people before the shooting began on Saturday; by Monday, U.N. officials said, fewer than "
      "5,000 remained.",
      [C("tens of thousands", 10000, "vague", "displaced", "displaced Hutus in Kibeho camp",
         None, attr_alt=["aid workers"]),
       C("338", 338, "exact", "killed", "people at Kibeho (government toll)", "The government"),
       C("some 4,000", 4000, "about", "killed", "people at Kibeho",
         "Australian army medics serving with the U.N. mission",
         attr_alt=["Australian army medics"]),
       C("an estimated 80,000", 80000, "about", "displaced", "people in Kibeho camp before",
         None, cat_alt=["population"], attr_alt=["U.N. officials"]),
       C("fewer than 5,000", 5000, "fewer_than", "displaced", "people left in Kibeho camp",
         "U.N. officials", cat_alt=["population"])]),

    P("d37_002",
      "Gunmen kill 45 Tzotzil villagers at prayer in Chiapas\n"
      "ACTEAL, Mexico (AP) — Masked gunmen armed with AK-47 rifles attacked a chapel where "
      "displaced Tzotzil Indians were praying for peace, killing 45 people, most of them women "
      "and children, state officials said Tuesday. Of the dead, 21 were women — four of them "
      "pregnant — and 15 were children, according to a list released by the Chiapas state "
      "attorney general's office; nine were men. At least 25 people were wounded, the Mexican "
      "Red Cross said, and were taken to hospitals in San Cristóbal de las Casas and Tuxtla "
      "Gutiérrez. The survivors blamed a paramilitary group linked to the governing "
      "Institutional Revolutionary Party, and the federal attorney general said Monday that 16 "
      "suspects had been detained. The Roman Catholic diocese of San Cristóbal said the "
      "attackers had fired for more than five hours.",
      [C("45", 45, "exact", "killed", "villagers in Acteal (headline)", None, ctx="kill 45"),
       C("45", 45, "exact", "killed", "people in Acteal", "state officials", ctx="killing 45"),
       C("21", 21, "exact", "killed", "women",
         "a list released by the Chiapas state attorney general's office",
         attr_alt=["the Chiapas state attorney general's office"]),
       C("four", 4, "exact", "killed", "pregnant women",
         "a list released by the Chiapas state attorney general's office",
         attr_alt=["the Chiapas state attorney general's office"], optional=True),
       C("15", 15, "exact", "killed", "children",
         "a list released by the Chiapas state attorney general's office",
         attr_alt=["the Chiapas state attorney general's office"]),
       C("nine", 9, "exact", "killed", "men",
         "a list released by the Chiapas state attorney general's office",
         attr_alt=["the Chiapas state attorney general's office", None]),
       C("At least 25", 25, "at_least", "injured", "people wounded in Acteal",
         "the Mexican Red Cross"),
       C("16", 16, "exact", "detained", "suspects", "the federal attorney general")]),

    P("d37_003",
      "KHARTOUM, Sept 30 (Reuters) - Rebels overran an African Union base in Darfur overnight, "
      "killing 10 peacekeepers in the deadliest attack on the force since it deployed in 2004, "
      "AU officials said on Sunday. About 50 soldiers were still unaccounted for after the "
      "assault on the Haskanita base, which was guarded by some 157 troops, AU spokesman "
      "Noureddine Mezni said. Seven wounded peacekeepers had been flown to El Fasher for "
      "treatment, he said. The attackers, who came in about 30 vehicles, looted fuel, weapons "
      "and ammunition before setting the base on fire. The AU mission, known as AMIS, has about "
      "7,000 troops to patrol a region the size of France.",
      [C("10", 10, "exact", "killed", "AU peacekeepers", "AU officials"),
       C("About 50", 50, "about", "missing", "AU soldiers unaccounted for", AU_MEZNI),
       C("some 157", 157, "about", "troops", "troops guarding Haskanita base", None,
         attr_alt=[AU_MEZNI]),
       C("Seven", 7, "exact", "injured", "wounded peacekeepers flown out", AU_MEZNI,
         attr_alt=["he"]),
       C("about 30", 30, "about", "other", "attackers' vehicles", None,
         cat_alt=["munitions"], optional=True),
       C("about 7,000", 7000, "about", "troops", "AMIS troops in Darfur", None)]),

    P("d37_004",
      "Tunisia: Dozens killed as ISIL fighters storm border town\n"
      "Published On 8 Mar 2016\n"
      "Tunisian security forces have killed 36 fighters who attacked army and police posts in "
      "the town of Ben Guerdane near the Libyan border, the interior ministry said, in what "
      "President Beji Caid Essebsi called an unprecedented assault. Twelve members of the "
      "security forces and seven civilians, including a 12-year-old girl, were also killed in "
      "Monday's fighting, the ministry said in a statement. Seven attackers were captured. Prime "
      "Minister Habib Essid said the fighters had hoped to set up an \"emirate\" in the town of "
      "about 60,000 people. Tunisia closed its two border crossings with Libya, Ras Jedir and "
      "Dehiba, for a second day on Tuesday.",
      [C("Dozens", 12, "vague", "killed", "people in Ben Guerdane (headline)", None),
       C("36", 36, "exact", "killed", "attackers in Ben Guerdane", TN_MOI),
       C("Twelve", 12, "exact", "killed", "Tunisian security forces", "the ministry",
         attr_alt=[TN_MOI]),
       C("seven", 7, "exact", "killed", "civilians in Ben Guerdane", "the ministry",
         attr_alt=[TN_MOI], ctx="seven civilians"),
       C("Seven", 7, "exact", "detained", "attackers captured", "the ministry",
         attr_alt=[None, TN_MOI], ctx="Seven attackers"),
       C("about 60,000", 60000, "about", "population", "people in Ben Guerdane", None,
         attr_alt=["Prime Minister Habib Essid"]),
       C("two", 2, "exact", "other", "border crossings closed", None,
         cat_alt=["infrastructure"], optional=True)],
      published="2016-03-08"),

    P("d37_005",
      "Kasese clashes: death toll rises to 62\n"
      "Monday November 28 2016\n"
      "By MONITOR REPORTERS\n"
      "KASESE. At least 62 people, among them 16 police officers, have been killed in two days "
      "of fighting between security forces and royal guards of the Rwenzururu kingdom, police "
      "have said, up from the 55 the army gave on Sunday. Police spokesperson Andrew Felix "
      "Kaweesi said 46 of the dead were royal guards killed when soldiers stormed the palace of "
      "Omusinga Charles Wesley Mumbere on Sunday afternoon. The Omusinga and 139 of his guards "
      "were arrested and flown to Kampala; Mr Mumbere was later charged with murder at the "
      "Jinja Chief Magistrate's court. Residents and the kingdom's officials put the number of "
      "dead much higher, at more than 100, saying bodies were still lying in the palace "
      "compound on Monday. The Uganda Red Cross said it had evacuated about 300 people from "
      "villages near the palace.",
      [C("62", 62, "exact", "killed", "people in Kasese (headline)", None, ctx="rises to 62"),
       C("At least 62", 62, "at_least", "killed", "people in Kasese", "police"),
       C("16", 16, "exact", "killed", "police officers", "police"),
       C("55", 55, "exact", "killed", "people in Kasese (earlier army toll)", "the army"),
       C("46", 46, "exact", "killed", "royal guards", KAWEESI),
       C("139", 139, "exact", "detained", "royal guards arrested", KAWEESI, attr_alt=[None]),
       C("more than 100", 100, "more_than", "killed", "people in Kasese",
         "Residents and the kingdom's officials"),
       C("about 300", 300, "about", "displaced", "people evacuated near the palace",
         "The Uganda Red Cross")],
      published="2016-11-28"),

    P("d37_006",
      "UGANDA: Death toll in Barlonyo camp massacre rises to 192\n"
      "KAMPALA, 24 February 2004 (IRIN) - The number of people killed when Lord's Resistance "
      "Army (LRA) rebels attacked a camp for internally displaced persons at Barlonyo, in the "
      "northern district of Lira, has risen to 192, local officials told IRIN on Tuesday. The "
      "army had initially said 84 people died in Saturday's attack, but that figure was revised "
      "as bodies were recovered from burnt huts. Survivors said the rebels, some of whom were "
      "wearing army uniforms, herded people into huts and set them on fire. Lira district "
      "chairman Franco Ojok said the camp had sheltered about 4,800 people, nearly all of whom "
      "had since fled to Lira town. Unofficial counts by residents who helped bury the victims "
      "put the toll at more than 300.",
      [C("192", 192, "exact", "killed", "people in Barlonyo (headline)", None,
         ctx="massacre rises to 192"),
       C("192", 192, "exact", "killed", "people in Barlonyo", "local officials",
         ctx="has risen to 192"),
       C("84", 84, "exact", "killed", "people in Barlonyo (earlier army toll)", "The army"),
       C("about 4,800", 4800, "about", "displaced", "people sheltered in Barlonyo camp", OJOK,
         cat_alt=["population"]),
       C("more than 300", 300, "more_than", "killed", "people in Barlonyo",
         "Unofficial counts by residents who helped bury the victims",
         attr_alt=["residents who helped bury the victims"])],
      published="2004-02-24"),

    P("d37_007",
      "Burundi: UNHCR condemns massacre of Congolese refugees at Gatumba\n"
      "Briefing Notes, 17 August 2004\n"
      "This is a summary of what was said by UNHCR spokesperson Jennifer Pagonis – to whom "
      "quoted text may be attributed – at today's press briefing at the Palais des Nations in "
      "Geneva.\n"
      "UNHCR is appalled by Friday night's attack on the Gatumba transit centre in western "
      "Burundi, in which at least 156 Congolese refugees, most of them Banyamulenge women and "
      "children, were killed. Another 106 refugees were wounded, many of them with machete and "
      "burn injuries, and are being treated in Bujumbura hospitals; our medical partners fear "
      "that as many as 20 of them may not survive. Our staff who reached the site on Saturday "
      "found that all but a handful of the tents had been burned. The centre had been "
      "sheltering some 760 refugees who fled fighting in South Kivu in June. The Forces for "
      "National Liberation (FNL), a Burundian Hutu rebel group, has claimed responsibility for "
      "the attack.",
      [C("at least 156", 156, "at_least", "killed", "Congolese refugees at Gatumba", None,
         attr_alt=["UNHCR"]),
       C("106", 106, "exact", "injured", "refugees wounded at Gatumba", None,
         attr_alt=["UNHCR"]),
       C("as many as 20", 20, "at_most", "injured", "wounded refugees who may not survive",
         "our medical partners", cat_alt=["killed"]),
       C("some 760", 760, "about", "displaced", "refugees sheltered at Gatumba", None,
         attr_alt=["UNHCR"])],
      published="2004-08-17"),

    P("d37_008",
      "BBC News | AFRICA | Ethiopia claims Badme victory\n"
      "Saturday, February 27, 1999 Published at 17:02 GMT\n"
      "Ethiopia says its forces have recaptured the disputed border town of Badme, nine months "
      "after it was seized by Eritrean troops. A government spokeswoman, Selome Tadesse, said "
      "Eritrea had lost about 9,000 soldiers in three days of fighting on the western front and "
      "that Ethiopian troops had captured hundreds of prisoners. Eritrea denied that Badme had "
      "fallen and said its forces had destroyed 29 Ethiopian tanks and shot down two MiG fighter "
      "jets. Neither claim can be independently confirmed, because journalists are barred from "
      "the front. The war, which began in May 1998 over a border area of about 400 square "
      "kilometres, has already forced more than 300,000 people from their homes on both sides.",
      [C("about 9,000", 9000, "about", "killed", "Eritrean soldiers", TADESSE,
         attr_alt=[TADESSE_FULL]),
       C("hundreds", 100, "vague", "detained", "Eritrean prisoners captured", TADESSE,
         attr_alt=[TADESSE_FULL]),
       C("29", 29, "exact", "munitions", "Ethiopian tanks destroyed", "Eritrea",
         cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "Ethiopian jets shot down", "Eritrea",
         cat_alt=["other"]),
       C("more than 300,000", 300000, "more_than", "displaced",
         "people forced from their homes by the war", None)],
      published="1999-02-27"),

    P("d37_009",
      "LUXOR, Egypt (AP) — Islamic militants disguised as police opened fire on tourists at the "
      "Temple of Hatshepsut on Monday, killing 58 foreigners and four Egyptians before fleeing "
      "into the hills, where all six attackers were later killed, the Interior Ministry said. "
      "The ministry had first reported 70 dead, a figure it lowered overnight after counting "
      "bodies that had been taken to two hospitals. Swiss officials said 36 of the dead were "
      "Swiss citizens; Japan's Foreign Ministry said 10 Japanese, including four honeymooning "
      "couples, were among them. Another 24 people were wounded, 17 of them foreigners, "
      "hospital officials said. The 45-minute massacre was the worst attack on tourists since "
      "the Islamic Group began its insurgency in 1992.",
      [C("58", 58, "exact", "killed", "foreign tourists", EG_MOI),
       C("four", 4, "exact", "killed", "Egyptians", EG_MOI, ctx="four Egyptians"),
       C("six", 6, "exact", "killed", "attackers", EG_MOI, attr_alt=[None]),
       C("70", 70, "exact", "killed", "people (first ministry toll)", "The ministry",
         attr_alt=[EG_MOI]),
       C("two", 2, "exact", "infrastructure", "hospitals receiving bodies", "The ministry",
         cat_alt=["other"], attr_alt=[EG_MOI, None], optional=True),
       C("36", 36, "exact", "killed", "Swiss citizens", "Swiss officials"),
       C("10", 10, "exact", "killed", "Japanese citizens", "Japan's Foreign Ministry"),
       C("four", 4, "exact", "killed", "Japanese honeymooning couples",
         "Japan's Foreign Ministry", cat_alt=["other"], optional=True,
         ctx="four honeymooning"),
       C("24", 24, "exact", "injured", "people wounded in Luxor", HOSP),
       C("17", 17, "exact", "injured", "foreigners wounded", HOSP)]),

    P("d37_010",
      "LUANDA, Jan 11, 2010 (Reuters) - Togo's football team has pulled out of the African "
      "Nations Cup after separatist gunmen ambushed its bus in Angola's Cabinda enclave, killing "
      "the team's assistant coach and its press officer, a player said. The Angolan driver of "
      "the bus was also killed, and nine people, including two players, were wounded, Angolan "
      "officials said. \"We were shot at like dogs,\" midfielder Thomas Dossevi told French "
      "radio. \"For 20 minutes we lay under the seats.\" The Front for the Liberation of the "
      "Enclave of Cabinda (FLEC) said it had carried out the attack, in which it said two of its "
      "fighters also died. Togo, ranked 86th in the world, had been due to play Ghana on Monday "
      "in Group B; the tournament's opening match ended 4-4 between Angola and Mali on Sunday.",
      [C("nine", 9, "exact", "injured", "people on the Togo team bus", "Angolan officials"),
       C("two", 2, "exact", "injured", "Togo players wounded", "Angolan officials",
         ctx="two players"),
       C("two", 2, "exact", "killed", "FLEC fighters",
         "The Front for the Liberation of the Enclave of Cabinda (FLEC)",
         attr_alt=["it"], ctx="two of its fighters")],
      published="2010-01-11"),

    # --- Disasters and accidents -----------------------------------------------------------------
    P("d37_011",
      "Colombia plane crash: What we know\n"
      "Updated 1:47 PM ET, Tue November 29, 2016\n"
      "• 71 people died when a chartered plane carrying a Brazilian soccer team crashed near "
      "Medellín late Monday, Colombian civil aviation authorities said, revising an earlier toll "
      "of 75.\n"
      "• Six people survived: three Chapecoense players, a flight attendant, a flight technician "
      "and a journalist.\n"
      "• The British-made BAe 146 Avro RJ85, operated by Bolivian charter airline LaMia, had 77 "
      "people on board (68 passengers and nine crew), the airline said.\n"
      "• The team, from the southern Brazilian city of Chapecó, was flying to play the first leg "
      "of the Copa Sudamericana final against Atlético Nacional on Wednesday.\n"
      "• Brazil's President Michel Temer declared three days of mourning.",
      [C("71", 71, "exact", "killed", "people on the LaMia plane", COL_AVIATION),
       C("75", 75, "exact", "killed", "people on the plane (earlier toll)", COL_AVIATION,
         attr_alt=[None]),
       C("Six", 6, "exact", "other", "survivors of the crash", None),
       C("three", 3, "exact", "other", "Chapecoense players who survived", None,
         ctx="three Chapecoense"),
       C("77", 77, "exact", "other", "people on board", "the airline"),
       C("68", 68, "exact", "other", "passengers on board", "the airline"),
       C("nine", 9, "exact", "other", "crew on board", "the airline")],
      published="2016-11-29"),

    P("d37_012",
      "ALGIERS, Nov 12 (AFP) - The death toll from torrential rains that sent torrents of mud "
      "through the Algiers district of Bab El Oued rose to 340 on Monday, the interior ministry "
      "said, as rescuers dug through cars and rubble piled several metres high. Civil protection "
      "officials said earlier in the day that 270 bodies had been recovered and that at least "
      "300 people were injured. Residents, who say that blocked storm drains turned streets into "
      "rivers, fear the final toll will be far higher: \"There are still dozens under the mud in "
      "Triolet,\" said a shopkeeper, Mourad. The government has opened 12 schools to house some "
      "1,500 families left homeless. Algeria declared three days of national mourning.",
      [C("340", 340, "exact", "killed", "people in Bab El Oued floods", "the interior ministry"),
       C("270", 270, "exact", "killed", "bodies recovered", CIVIL_PROT),
       C("at least 300", 300, "at_least", "injured", "people injured in the floods",
         CIVIL_PROT),
       C("dozens", 12, "vague", "killed", "people buried under the mud in Triolet", "Mourad",
         cat_alt=["missing"], attr_alt=["a shopkeeper, Mourad"]),
       C("12", 12, "exact", "infrastructure", "schools opened as shelters", None,
         cat_alt=["other", "aid"], attr_alt=["The government"], ctx="12 schools"),
       C("some 1,500", 1500, "about", "displaced", "families left homeless", None,
         attr_alt=["The government"])]),

    P("d37_013",
      "ALGIERS, May 24 (Xinhua) -- The death toll from Wednesday's 6.8-magnitude earthquake in "
      "northern Algeria has climbed to 2,047, with 8,626 others injured, the Algerian Interior "
      "Ministry announced Saturday. Most of the victims were in the province of Boumerdes, some "
      "50 km east of the capital, where the ministry said 1,220 people had died. Rescue teams "
      "from 15 countries, including a 48-member Chinese team, are searching the rubble of "
      "collapsed apartment blocks. According to the ministry, more than 120,000 people have been "
      "left homeless and are living in tents or in the open. It was Algeria's deadliest quake "
      "since 1980, when a magnitude 7.3 tremor levelled the town of El Asnam, killing about "
      "2,600 people.",
      [C("2,047", 2047, "exact", "killed", "people in the Algerian earthquake", DZ_MOI),
       C("8,626", 8626, "exact", "injured", "people in the Algerian earthquake", DZ_MOI),
       C("1,220", 1220, "exact", "killed", "people in Boumerdes province", "the ministry",
         attr_alt=[DZ_MOI]),
       C("15", 15, "exact", "other", "countries sending rescue teams", None, optional=True),
       C("48", 48, "exact", "troops", "Chinese rescuers", None, cat_alt=["other"]),
       C("more than 120,000", 120000, "more_than", "displaced", "people left homeless",
         "the ministry", attr_alt=[DZ_MOI]),
       C("about 2,600", 2600, "about", "killed", "people in the 1980 El Asnam quake", None)]),

    P("d37_014",
      "Morocco quake toll passes 500 as villagers dig by hand\n"
      "AL HOCEIMA, Morocco, Feb 25, 2004 (Reuters) - Villagers in Morocco's Rif mountains dug "
      "through the ruins of mud-brick homes with their bare hands on Wednesday as the toll from "
      "Tuesday's earthquake rose to more than 500, with officials warning it would climb "
      "further. The interior ministry said 564 people had been killed and 300 injured, most of "
      "them in hamlets around Ait Kamara and Imzouren, south of the port city of Al Hoceima. "
      "\"We have buried 40 people from this village alone,\" said Mohamed Boudra, a farmer in "
      "Ait Kamara. \"Nobody came to help us for a whole day. We need tents, blankets, bread.\" "
      "The Moroccan Red Crescent said it had sent 2,000 tents and 500 tonnes of flour to the "
      "area, while aid groups estimate that at least 15,000 people have lost their homes in the "
      "quake, which measured 6.5 on the Richter scale.",
      [C("500", 500, "more_than", "killed", "people in the Moroccan quake (headline)", None,
         ctx="passes 500"),
       C("more than 500", 500, "more_than", "killed", "people in the Moroccan quake", None,
         attr_alt=["officials"]),
       C("564", 564, "exact", "killed", "people in the Moroccan quake", MA_MOI),
       C("300", 300, "exact", "injured", "people in the Moroccan quake", MA_MOI),
       C("40", 40, "exact", "killed", "people buried in one village", "Mohamed Boudra"),
       C("2,000", 2000, "exact", "aid", "tents sent", "The Moroccan Red Crescent"),
       C("500", 500, "exact", "aid", "tonnes of flour sent", "The Moroccan Red Crescent",
         ctx="500 tonnes"),
       C("at least 15,000", 15000, "at_least", "displaced", "people who lost their homes",
         "aid groups")],
      published="2004-02-25"),

    P("d37_015",
      "El Salvador – Earthquake OCHA Situation Report No. 4\n"
      "16 January 2001\n"
      "Situation\n"
      "1. According to the National Emergency Committee (COEN), the earthquake of 13 January, "
      "which measured 7.6 on the Richter scale, has so far caused 681 deaths, with 2,432 injured "
      "and 340 people still missing.\n"
      "2. In the Las Colinas neighbourhood of Santa Tecla, where a hillside collapsed onto some "
      "400 houses, rescue teams have recovered 320 bodies.\n"
      "3. COEN reports that 108,261 houses have been destroyed or damaged and that 45,000 "
      "people are in 116 temporary shelters.\n"
      "National response\n"
      "4. The Government has deployed 5,000 soldiers to assist with rescue and the distribution "
      "of relief.\n"
      "5. WFP has distributed 420 tonnes of food to some 60,000 people; the United States has "
      "sent eight helicopters to reach isolated communities in La Paz and Usulután departments.",
      [C("681", 681, "exact", "killed", "deaths in the earthquake", COEN),
       C("2,432", 2432, "exact", "injured", "people injured in the earthquake", COEN),
       C("340", 340, "exact", "missing", "people missing after the earthquake", COEN),
       C("some 400", 400, "about", "infrastructure", "houses buried in Las Colinas", None),
       C("320", 320, "exact", "killed", "bodies recovered in Las Colinas", None),
       C("108,261", 108261, "exact", "infrastructure", "houses destroyed or damaged", "COEN",
         attr_alt=[COEN]),
       C("45,000", 45000, "exact", "displaced", "people in temporary shelters", "COEN",
         attr_alt=[COEN]),
       C("116", 116, "exact", "infrastructure", "temporary shelters", "COEN",
         cat_alt=["other", "aid"], attr_alt=[COEN]),
       C("5,000", 5000, "exact", "troops", "soldiers deployed", None,
         attr_alt=["The Government"]),
       C("420", 420, "exact", "aid", "tonnes of food distributed", None, attr_alt=["WFP"]),
       C("some 60,000", 60000, "about", "other", "people receiving food", None,
         cat_alt=["aid", "population"], attr_alt=["WFP"]),
       C("eight", 8, "exact", "other", "US helicopters sent", None,
         cat_alt=["aid", "munitions"], attr_alt=["the United States"], optional=True)],
      published="2001-01-16"),

    P("d37_016",
      "SAN JUAN DE SABINAS, Mexico (AP) — Rescuers inched through collapsed tunnels on Monday "
      "toward 65 coal miners trapped by an explosion at the Pasta de Conchos mine in the "
      "northern state of Coahuila, but officials said hopes of finding them alive were fading. "
      "The blast early Sunday, which Grupo México blamed on a buildup of methane gas, injured 12 "
      "other workers who were near the mine's entrance; eight of them remained hospitalized, the "
      "company said. Labor Secretary Francisco Salazar said rescue crews had cleared about 300 "
      "meters of debris and were still some 1,800 meters from where the men were believed to "
      "be. \"They have air for a few days at most, if the ventilation held,\" said one rescuer, "
      "who would not give his name because he was not authorized to speak. Relatives keeping "
      "vigil at the gate said the miners earned about 900 pesos a week.",
      [C("65", 65, "exact", "other", "miners trapped", None, cat_alt=["missing"],
         attr_alt=["officials"]),
       C("12", 12, "exact", "injured", "workers injured by the blast", "the company",
         attr_alt=["Grupo México"]),
       C("eight", 8, "exact", "injured", "workers still in hospital", "the company",
         attr_alt=["Grupo México"])]),

    P("d37_017",
      "Paraguay mourns as supermarket fire toll tops 360\n"
      "Tuesday, August 3rd 2004 - 21:00 UTC\n"
      "Paraguay began three days of national mourning on Tuesday after a fire ripped through the "
      "Ycuá Bolaños supermarket in Asunción on Sunday, killing at least 364 people, according to "
      "the Health Ministry. Firefighters said the toll could reach 400 because several people "
      "were still unaccounted for. Survivors told prosecutors that security guards had locked "
      "the doors to stop shoppers leaving without paying; the owner, Juan Pío Paiva, his son and "
      "a guard were arrested. Hospitals in the capital treated more than 500 people for burns "
      "and smoke inhalation, and 93 of them remained in intensive care on Tuesday, the ministry "
      "said.\n"
      "Correction: An earlier version of this story said 346 people had been killed. The Health "
      "Ministry's figure is 364.",
      [C("360", 360, "more_than", "killed", "people in the supermarket fire (headline)", None),
       C("at least 364", 364, "at_least", "killed", "people in the supermarket fire", PY_MOH),
       C("400", 400, "exact", "killed", "projected toll of the fire", "Firefighters"),
       C("more than 500", 500, "more_than", "injured", "people treated for burns",
         "the ministry", attr_alt=[PY_MOH]),
       C("93", 93, "exact", "injured", "people in intensive care", "the ministry",
         attr_alt=[PY_MOH]),
       C("346", 346, "exact", "killed", "people killed (retracted figure)", None,
         optional=True),
       C("364", 364, "exact", "killed", "people killed (corrected figure)",
         "The Health Ministry", ctx="figure is 364")],
      published="2004-08-03"),

    P("d37_018",
      "Jesse inferno: Red Cross puts death toll at over 700\n"
      "By Our Correspondent, Warri\n"
      "Monday, October 19, 1998\n"
      "The Nigerian Red Cross Society said yesterday that more than 700 people had been burnt to "
      "death in the fire that engulfed a ruptured petroleum pipeline at Jesse, near Warri, in "
      "Delta State, on Saturday night. Its Delta State secretary, Mr. Okon Ekanem, told our "
      "correspondent that volunteers had so far buried 250 charred bodies in mass graves near "
      "the village. Hundreds of villagers, many of them women and children, had been scooping "
      "fuel from the leaking pipe when it exploded. Officials of the Nigerian National Petroleum "
      "Corporation (NNPC) said the line had been vandalised, but the villagers insist it had been "
      "leaking for two weeks. Some 150 survivors with severe burns are at the Central Hospital, "
      "Warri, and the Eku Baptist Hospital, where doctors say they have run out of dressings.",
      [C("over 700", 700, "more_than", "killed", "people in the Jesse fire (headline)",
         "Red Cross", attr_alt=[NRCS]),
       C("more than 700", 700, "more_than", "killed", "people in the Jesse fire", NRCS),
       C("250", 250, "exact", "killed", "bodies buried by volunteers", EKANEM,
         attr_alt=["Its Delta State secretary"]),
       C("Hundreds", 100, "vague", "other", "villagers scooping fuel", None, optional=True),
       C("Some 150", 150, "about", "injured", "survivors with severe burns", None,
         cat_alt=["other"], attr_alt=["doctors"])],
      published="1998-10-19"),

    P("d37_019",
      "DR Congo: Ban 'deeply saddened' by fuel tanker blast that killed over 230\n"
      "2 July 2010 – Secretary-General Ban Ki-moon today voiced his deep sadness after a fuel "
      "tanker overturned and exploded in the village of Sange in the east of the Democratic "
      "Republic of the Congo, killing more than 230 people, many of whom had gathered to watch a "
      "World Cup match on television. The UN peacekeeping mission in the country, known as "
      "MONUSCO, said its peacekeepers had evacuated 61 of the most seriously injured to "
      "hospitals in Bukavu and Uvira by helicopter. According to provincial officials, at least "
      "196 people were injured and about 40 homes were destroyed by the fire. Many of the "
      "victims were watching the match between the Netherlands and Brazil, which ended 2-1, in "
      "a video hall near the road when the tanker, travelling from Tanzania to Burundi, "
      "crashed. Mr. Ban said the UN stood ready to help the Government and people of the DRC.",
      [C("over 230", 230, "more_than", "killed", "people in the Sange blast (headline)", None),
       C("more than 230", 230, "more_than", "killed", "people in the Sange blast", None,
         attr_alt=["Secretary-General Ban Ki-moon"]),
       C("61", 61, "exact", "injured", "seriously injured evacuated", MONUSCO,
         cat_alt=["displaced", "other"], attr_alt=["MONUSCO"]),
       C("at least 196", 196, "at_least", "injured", "people injured in Sange",
         "provincial officials"),
       C("about 40", 40, "about", "infrastructure", "homes destroyed in Sange",
         "provincial officials")],
      published="2010-07-02"),

    P("d37_020",
      "Cameroon train crash toll rises to 79, hundreds injured\n"
      "YAOUNDE, Oct 23 (Reuters) - At least 79 people were killed and around 600 injured when "
      "an overloaded passenger train derailed near the town of Eseka on Friday, Cameroon's "
      "transport minister Edgard Alain Mebe Ngo'o said on Sunday, raising the toll from 53 given "
      "on Friday night. The train, run by Camrail, a unit of France's Bolloré group, had been "
      "carrying about 1,300 passengers, nearly twice its usual load, after a road bridge "
      "collapsed on the main highway between Yaoundé and Douala. Camrail added eight carriages "
      "to the train before it left Yaoundé, a company source said. President Paul Biya, who was "
      "in Switzerland, declared Monday a day of national mourning.",
      [C("79", 79, "exact", "killed", "people in the Eseka derailment (headline)", None,
         ctx="rises to 79"),
       C("hundreds", 100, "vague", "injured", "people in the Eseka derailment (headline)", None),
       C("At least 79", 79, "at_least", "killed", "people in the Eseka derailment", NGOO,
         attr_alt=[NGOO_FULL]),
       C("around 600", 600, "about", "injured", "people in the Eseka derailment", NGOO,
         attr_alt=[NGOO_FULL]),
       C("53", 53, "exact", "killed", "people (earlier toll)", NGOO,
         attr_alt=[NGOO_FULL, None]),
       C("about 1,300", 1300, "about", "other", "passengers on the train", None),
       C("eight", 8, "exact", "other", "carriages added", "a company source", optional=True)]),

    # --- Protests and crackdowns -----------------------------------------------------------------
    P("d37_021",
      "BELEM, Brazil, April 18 (AFP) - Military police opened fire on landless peasants "
      "blocking a highway in the Amazon state of Para, killing 19 and wounding dozens, state "
      "officials said Thursday. About 1,500 members of the Landless Rural Workers' Movement "
      "(MST) had been blocking the PA-150 highway near Eldorado dos Carajas for two days to "
      "demand the expropriation of a nearby estate. Some 155 police officers were sent to clear "
      "the road, according to the state security secretariat. The MST said 69 of its members "
      "had been wounded, several of them critically, and that seven people were still missing. "
      "President Fernando Henrique Cardoso called the killings \"unjustifiable\" and ordered a "
      "federal inquiry.",
      [C("19", 19, "exact", "killed", "landless peasants", "state officials"),
       C("dozens", 12, "vague", "injured", "landless peasants", "state officials"),
       C("About 1,500", 1500, "about", "other", "MST members blocking the highway", None),
       C("Some 155", 155, "about", "troops", "police officers sent",
         "the state security secretariat"),
       C("69", 69, "exact", "injured", "MST members wounded", MST),
       C("seven", 7, "exact", "missing", "people missing", MST)]),

    P("d37_022",
      "LIMA, June 7 (Reuters) - The death toll from clashes between police and indigenous "
      "protesters in Peru's Amazon rose to 33 on Sunday, including 23 police officers, the "
      "government said, as Indian leaders accused security forces of hiding bodies. Nine "
      "officers were killed on Saturday at an oil pumping station where they had been held by "
      "protesters, Interior Minister Mercedes Cabanillas said. One officer remains missing. "
      "Alberto Pizango, leader of the AIDESEP Amazon federation that has led 55 days of road "
      "blockades against laws opening the rainforest to oil and mining companies, said at least "
      "40 natives had died, while local churches put the number of injured at about 150. Police "
      "said they had detained 79 people.",
      [C("33", 33, "exact", "killed", "people in the Bagua clashes", PE_GOV),
       C("23", 23, "exact", "killed", "police officers", PE_GOV),
       C("Nine", 9, "exact", "killed", "officers held at the pumping station", CABANILLAS,
         cat_alt=["hostages"]),
       C("One", 1, "exact", "missing", "police officer", CABANILLAS, attr_alt=[None]),
       C("at least 40", 40, "at_least", "killed", "indigenous protesters", "Alberto Pizango"),
       C("about 150", 150, "about", "injured", "people injured", "local churches"),
       C("79", 79, "exact", "detained", "people detained", "Police")]),

    P("d37_023",
      "ASUNCION, Paraguay (AP) — Paraguay's interior minister resigned Saturday after a police "
      "operation to evict landless farmers from an estate in the northeast turned into a "
      "gunfight that left 17 people dead. Six of the dead were police officers and 11 were "
      "farmers, Chief Prosecutor Javier Díaz Verón said. At least 80 people were wounded in "
      "Friday's clash near Curuguaty, about 250 kilometers (150 miles) from the capital, "
      "according to the Health Ministry. Some 320 officers, backed by a helicopter, had been "
      "sent to remove about 150 squatters from the 2,000-hectare property, which belongs to "
      "former Senator Blas Riquelme. It was the deadliest land dispute in Paraguay since the end "
      "of Alfredo Stroessner's dictatorship in 1989.",
      [C("17", 17, "exact", "killed", "people in the Curuguaty gunfight", None,
         attr_alt=[DIAZ]),
       C("Six", 6, "exact", "killed", "police officers", DIAZ),
       C("11", 11, "exact", "killed", "farmers", DIAZ),
       C("At least 80", 80, "at_least", "injured", "people wounded near Curuguaty",
         "the Health Ministry"),
       C("Some 320", 320, "about", "troops", "police officers sent", None),
       C("about 150", 150, "about", "other", "squatters on the estate", None,
         cat_alt=["population"]),
       C("2,000", 2000, "exact", "other", "hectares of the estate", None, optional=True)]),

    P("d37_024",
      "Venezuela: at least 13 dead as march on palace ends in gunfire\n"
      "CARACAS, April 12, 2002 (Reuters) - At least 13 people were killed and more than 100 "
      "wounded on Thursday when gunmen opened fire on a march of hundreds of thousands of "
      "opposition supporters heading for the Miraflores presidential palace, Caracas Mayor "
      "Alfredo Peña said. The Metropolitan Police, which is controlled by the mayor, said 17 "
      "people had died. Chávez supporters said some of the dead were their own and that snipers "
      "had fired from buildings near the Llaguno bridge. Military commanders who forced "
      "President Hugo Chávez from power early on Friday said he had ordered the National Guard "
      "to fire on the crowd; Chávez's aides denied it. Doctors at the Vargas hospital said they "
      "had treated 35 people for gunshot wounds.",
      [C("at least 13", 13, "at_least", "killed", "people at the march (headline)", None),
       C("At least 13", 13, "at_least", "killed", "people at the march", PENA),
       C("more than 100", 100, "more_than", "injured", "people at the march", PENA),
       C("hundreds of thousands", 100000, "vague", "other", "opposition marchers", None,
         attr_alt=[PENA]),
       C("17", 17, "exact", "killed", "people at the march", "The Metropolitan Police"),
       C("35", 35, "exact", "injured", "people treated for gunshot wounds",
         "Doctors at the Vargas hospital")],
      published="2002-04-12"),

    P("d37_025",
      "Malawi riots: Death toll rises to 18\n"
      "21 July 2011 Last updated at 17:42 GMT\n"
      "At least 18 people have been killed in two days of anti-government protests in Malawi, "
      "the health ministry says. Police opened fire on demonstrators in the northern city of "
      "Mzuzu, where nine people died, and in the capital, Lilongwe, where shops belonging to "
      "ruling party officials were looted. A government spokesman said 44 people were being "
      "treated for gunshot wounds and that 275 had been arrested. The UK, once Malawi's biggest "
      "donor, suspended aid worth £19m last week after a row over a leaked diplomatic cable. "
      "President Bingu wa Mutharika said in a radio address that he would \"smoke out\" the "
      "protesters.",
      [C("18", 18, "exact", "killed", "people in Malawi protests (headline)", None,
         ctx="rises to 18"),
       C("At least 18", 18, "at_least", "killed", "people in Malawi protests", MW_MOH),
       C("nine", 9, "exact", "killed", "people in Mzuzu", MW_MOH, attr_alt=[None]),
       C("44", 44, "exact", "injured", "people treated for gunshot wounds", MW_SPOKES),
       C("275", 275, "exact", "detained", "people arrested", MW_SPOKES)],
      published="2011-07-21"),

    P("d37_026",
      "Madagascar protests – live\n"
      "Saturday 7 February 2009\n"
      "16:05 Witnesses say presidential guards have opened fire on thousands of opposition "
      "supporters marching on the Ambohitsorohitra palace in central Antananarivo.\n"
      "16:40 A Red Cross official tells AFP that at least 23 people have been killed and dozens "
      "wounded. \"We have counted 23 bodies so far,\" she says.\n"
      "17:15 Hospital sources say the HJRA hospital has received more than 80 wounded, some of "
      "them in critical condition.\n"
      "18:30 Opposition leader Andry Rajoelina, who had called the march, tells supporters the "
      "toll is 'at least 40'. The figure cannot be verified.\n"
      "19:00 Background: More than 100 people were killed in riots and looting in the capital "
      "late last month, many of them in a burning department store.",
      [C("thousands", 1000, "vague", "other", "opposition marchers", None,
         attr_alt=["Witnesses"]),
       C("at least 23", 23, "at_least", "killed", "people at the palace", RC_OFFICIAL),
       C("dozens", 12, "vague", "injured", "people at the palace", RC_OFFICIAL),
       C("23", 23, "exact", "killed", "bodies counted by the Red Cross", RC_OFFICIAL,
         attr_alt=["she"], ctx="counted 23", optional=True),
       C("more than 80", 80, "more_than", "injured", "wounded at HJRA hospital",
         "Hospital sources"),
       C("at least 40", 40, "at_least", "killed", "people at the palace (opposition toll)",
         "Opposition leader Andry Rajoelina", attr_alt=["Andry Rajoelina"]),
       C("More than 100", 100, "more_than", "killed", "people in January riots", None)],
      published="2009-02-07"),

    P("d37_027",
      "Maputo, 3 Sep (AIM) – The Minister of the Interior, José Pacheco, announced on Friday "
      "that ten people died and 443 were injured during the two days of rioting in Maputo and "
      "Matola cities, which broke out on Wednesday in protest at rises in the prices of bread, "
      "water and electricity. Of the injured, 39 were police officers, he said. Pacheco told "
      "reporters that 142 people had been detained for looting and vandalism, and that 26 buses "
      "belonging to the public transport company TPM had been damaged. He insisted that police "
      "had used live ammunition only as a last resort, after stocks of rubber bullets ran out. "
      "Among the dead, according to the Mozambican Human Rights League, were two children, "
      "including an 11-year-old boy shot on his way home from school.",
      [C("ten", 10, "exact", "killed", "people in Maputo riots", PACHECO,
         attr_alt=[PACHECO_FULL]),
       C("443", 443, "exact", "injured", "people in Maputo riots", PACHECO,
         attr_alt=[PACHECO_FULL]),
       C("39", 39, "exact", "injured", "police officers", PACHECO, attr_alt=["he"]),
       C("142", 142, "exact", "detained", "people detained for looting", "Pacheco",
         attr_alt=[PACHECO_FULL]),
       C("26", 26, "exact", "other", "buses damaged", "Pacheco",
         cat_alt=["infrastructure"], attr_alt=[PACHECO_FULL], optional=True),
       C("two", 2, "exact", "killed", "children", "the Mozambican Human Rights League",
         ctx="two children")]),

    P("d37_028",
      "Uganda: Launch Independent Inquiry Into Killings of Protesters\n"
      "May 8, 2011 12:00AM EDT\n"
      "(Nairobi) – Ugandan authorities should promptly investigate the killing of at least nine "
      "people by security forces during demonstrations over rising fuel and food prices in April "
      "2011, Human Rights Watch said today. Human Rights Watch found that soldiers and police "
      "fired live ammunition into crowds in Kampala, Masaka and Gulu, killing people who were "
      "not involved in the protests, including a two-year-old girl. The Uganda Red Cross "
      "reported that it treated more than 100 people for injuries during the April 28 and 29 "
      "protests alone. Police said 360 people had been arrested. Opposition leader Kizza Besigye "
      "was shot in the hand with a rubber bullet on April 14 and was arrested four times in the "
      "course of the month.",
      [C("at least nine", 9, "at_least", "killed", "people killed by security forces", HRW),
       C("more than 100", 100, "more_than", "injured", "people treated for injuries",
         "The Uganda Red Cross"),
       C("360", 360, "exact", "detained", "people arrested", "Police"),
       C("four", 4, "exact", "detained", "arrests of Besigye", None, cat_alt=["other"],
         optional=True)],
      published="2011-05-08"),

    P("d37_029",
      "Togo: UN report says up to 500 people died in political violence\n"
      "26 September 2005 – Between 400 and 500 people were killed and thousands injured in the "
      "violence that surrounded Togo's presidential election in April, a United Nations "
      "fact-finding mission said in a report released today in Geneva. The mission, sent by the "
      "Office of the High Commissioner for Human Rights, said most of the abuses were committed "
      "by security forces and by militias loyal to the ruling party. The Government has put the "
      "death toll at 154. According to the UN refugee agency (UNHCR), some 40,000 Togolese fled "
      "to neighbouring Benin and Ghana, and about 26,000 of them have yet to return. The "
      "three-member mission visited Lomé and seven towns in the interior between 6 and 22 June.",
      [C("up to 500", 500, "at_most", "killed", "people in Togo's election violence (headline)",
         "UN report", attr_alt=[UN_MISSION]),
       C("Between 400 and 500", 400, "range", "killed", "people in Togo's election violence",
         UN_MISSION, high=500),
       C("thousands", 1000, "vague", "injured", "people in Togo's election violence",
         UN_MISSION),
       C("154", 154, "exact", "killed", "people (government toll)", "The Government"),
       C("some 40,000", 40000, "about", "displaced", "Togolese refugees", UNHCR_TG),
       C("about 26,000", 26000, "about", "displaced", "refugees yet to return", UNHCR_TG),
       C("three", 3, "exact", "other", "members of the UN mission", None, optional=True),
       C("seven", 7, "exact", "other", "towns visited", None, optional=True)],
      published="2005-09-26"),

    P("d37_030",
      "ADDIS ABABA, Oct 19 (Reuters) - Ethiopian security forces killed 193 civilians during "
      "protests over disputed elections last year, an inquiry set up by parliament has found, a "
      "toll more than twice as high as the government's own. The commission's leaked report, "
      "seen by Reuters, also says six policemen died and 763 people were injured in the June and "
      "November clashes in Addis Ababa. The government had said 46 people died in the November "
      "violence and 36 in June. Judge Wolde-Michael Meshesha, the inquiry's deputy head, fled to "
      "Europe this month saying he had been pressured to change its findings. Some 30,000 people "
      "were detained in the crackdown, according to human rights groups.",
      [C("193", 193, "exact", "killed", "civilians in post-election protests", ET_INQUIRY),
       C("six", 6, "exact", "killed", "policemen", ET_REPORT, attr_alt=[ET_INQUIRY]),
       C("763", 763, "exact", "injured", "people in the clashes", ET_REPORT,
         attr_alt=[ET_INQUIRY]),
       C("46", 46, "exact", "killed", "people in November violence", "The government"),
       C("36", 36, "exact", "killed", "people in June violence", "The government"),
       C("Some 30,000", 30000, "about", "detained", "people detained in the crackdown",
         "human rights groups")]),

    # --- Kidnappings and hostages ----------------------------------------------------------------
    P("d37_031",
      "CALI, Colombia (AP) — Leftist rebels who stormed a Catholic church during Sunday Mass and "
      "marched dozens of worshippers into the mountains have freed 15 more of their captives, "
      "the army said Tuesday, but at least 60 people remain in the hands of the guerrillas. "
      "Authorities say about 150 people were taken from La María church in the wealthy south of "
      "the city on Sunday morning; many of the elderly, children and sick were released within "
      "hours. The National Liberation Army, or ELN, said in a radio message that it was holding "
      "\"about 80\" people and that it would free them only after the government pulled troops "
      "out of the area. One soldier was killed and two were wounded in a firefight with the "
      "kidnappers on Monday, the army said. Colombia suffers some 3,000 kidnappings a year, more "
      "than any other country.",
      [C("dozens", 12, "vague", "hostages", "worshippers taken", None, attr_alt=[ARMY]),
       C("15", 15, "exact", "hostages", "captives freed", ARMY),
       C("at least 60", 60, "at_least", "hostages", "people still held", ARMY,
         attr_alt=[None]),
       C("about 150", 150, "about", "hostages", "people taken from La María church",
         "Authorities"),
       C("about 80", 80, "about", "hostages", "people held (ELN figure)",
         "The National Liberation Army", attr_alt=["ELN"]),
       C("One", 1, "exact", "killed", "soldier", ARMY, ctx="One soldier"),
       C("two", 2, "exact", "injured", "soldiers wounded", ARMY),
       C("some 3,000", 3000, "about", "other", "kidnappings a year in Colombia", None)]),

    P("d37_032",
      "LIRA, Uganda, Oct 12, 1996 (Reuters) - Rebels of the Lord's Resistance Army abducted 139 "
      "schoolgirls from a Catholic boarding school in northern Uganda before dawn on Thursday, "
      "and a nun who pursued them into the bush persuaded the commander to release 109 of them, "
      "school officials said on Saturday. Sister Rachele Fassera, the deputy headmistress of St. "
      "Mary's College, Aboke, said the rebels kept the other 30. \"I begged him on my knees,\" "
      "she said. \"He told me, 'Go with these ones. The rest stay with me.'\" A school watchman "
      "was killed in the raid, which was carried out by about 200 rebels, according to the "
      "army. The LRA, led by Joseph Kony, is estimated by UNICEF to have abducted more than "
      "8,000 children in the north since 1987.",
      [C("139", 139, "exact", "hostages", "schoolgirls abducted", "school officials"),
       C("109", 109, "exact", "hostages", "schoolgirls released", "school officials"),
       C("30", 30, "exact", "hostages", "schoolgirls kept by the rebels", FASSERA),
       C("about 200", 200, "about", "troops", "LRA rebels in the raid", "the army",
         cat_alt=["other"]),
       C("more than 8,000", 8000, "more_than", "hostages", "children abducted by the LRA",
         "UNICEF")],
      published="1996-10-12"),

    P("d37_033",
      "BOGOTA, Colombia (AP) — Rebels who hijacked a domestic airliner with 46 people aboard and "
      "forced it to land on a remote airstrip freed nine more hostages on Saturday, the Red "
      "Cross said, leaving 23 still in captivity. The Fokker 50, flying from Bucaramanga to "
      "Bogota, was seized on April 12 by ELN guerrillas posing as passengers. The rebels "
      "released an elderly man, a pregnant woman and a baby in the first days and have since "
      "freed others in small groups. Three of the hostages freed Saturday were crew members, the "
      "Red Cross said.\n"
      "Correction: An earlier version of this story misstated the number of people aboard the "
      "plane. It was 46, not 41.",
      [C("46", 46, "exact", "other", "people aboard the hijacked plane", None,
         cat_alt=["hostages"], attr_alt=[RED_CROSS], ctx="with 46 people"),
       C("nine", 9, "exact", "hostages", "hostages freed", RED_CROSS),
       C("23", 23, "exact", "hostages", "hostages still held", RED_CROSS, attr_alt=[None]),
       C("Three", 3, "exact", "hostages", "crew members freed", RED_CROSS),
       C("46", 46, "exact", "other", "people aboard (corrected figure)", None,
         cat_alt=["hostages"], ctx="It was 46"),
       C("41", 41, "exact", "other", "people aboard (retracted figure)", None,
         cat_alt=["hostages"], optional=True)]),

    P("d37_034",
      "CALI, Colombia, Sept. 18 (EFE) - Troops rescued 23 of the roughly 70 people "
      "kidnapped by ELN guerrillas from restaurants along the road between Cali and "
      "Buenaventura, and the army said it was pursuing the rebels through the mountains with the "
      "remaining captives. Gen. Jaime Ernesto Canal, commander of the Army's Third Brigade, told "
      "reporters that 10 of the captives had escaped on their own during a gunfight in which "
      "four guerrillas were killed. \"We have not lost a single hostage,\" he said. The "
      "kidnappers struck on Sunday afternoon at the area known as Kilometre 18, a popular "
      "weekend spot with cool weather where families gather to eat. Relatives said at least 35 "
      "people were still missing.",
      [C("23", 23, "exact", "hostages", "hostages rescued", None, attr_alt=["the army"]),
       C("roughly 70", 70, "about", "hostages", "people kidnapped at Kilometre 18", None,
         attr_alt=["the army"]),
       C("10", 10, "exact", "hostages", "captives who escaped", CANAL, cat_alt=["other"]),
       C("four", 4, "exact", "killed", "guerrillas", CANAL),
       C("at least 35", 35, "at_least", "missing", "people still missing", "Relatives",
         cat_alt=["hostages"])]),

    P("d37_035",
      "QUITO, March 1 (Reuters) - Kidnappers in Ecuador's Amazon jungle have "
      "freed the last seven of the foreign oil workers they seized in October, after their "
      "employers paid a ransom of $13 million, a source close to the negotiations said on "
      "Thursday. The group - four Americans, a Chilean, an Argentine and a Frenchman - were "
      "flown by helicopter to the oil town of Lago Agrio. Another American hostage, Ronald "
      "Sander, was shot dead by the kidnappers in January and his body dumped on a road with a "
      "note. Ten workers were taken in the raid on a Helmerich & Payne camp on Oct. 12; two "
      "Ecuadoreans escaped and a third hostage was later released, Ecuador's police said. Police "
      "believe the kidnappers are Colombian criminals working with former guerrillas, and have "
      "arrested six people in Ecuador.",
      [C("seven", 7, "exact", "hostages", "oil workers freed", NEGOTIATIONS),
       C("four", 4, "exact", "hostages", "Americans freed", NEGOTIATIONS, attr_alt=[None]),
       C("Ten", 10, "exact", "hostages", "workers taken in the raid", EC_POLICE),
       C("two", 2, "exact", "hostages", "Ecuadorean workers who escaped", EC_POLICE,
         cat_alt=["other"]),
       C("six", 6, "exact", "detained", "people arrested", None, attr_alt=["Police"])]),

    P("d37_036",
      "Algeria frees 17 kidnapped tourists\n"
      "Date 14.05.2003\n"
      "Algerian special forces have freed 17 of the 32 European tourists who disappeared in the "
      "Sahara desert in February and March, German officials confirmed on Wednesday. The freed "
      "hostages – ten Austrians, six Germans and a Swede – were flown to Algiers after an army "
      "assault on their captors' hideout near Illizi. According to Algerian press reports, "
      "several of the kidnappers, who are believed to belong to the Salafist Group for Preaching "
      "and Combat (GSPC), were killed in the operation; the newspaper El Watan put their number "
      "at nine. The remaining 15 hostages, among them 10 Germans, four Swiss and a Dutch "
      "national, are believed to be held by a second group in the mountains further south. "
      "German Interior Minister Otto Schily said Berlin would not pay a ransom.",
      [C("17", 17, "exact", "hostages", "tourists freed (headline)", None, ctx="frees 17"),
       C("17", 17, "exact", "hostages", "tourists freed", DE_OFFICIALS, ctx="freed 17"),
       C("32", 32, "exact", "hostages", "European tourists kidnapped", DE_OFFICIALS),
       C("ten", 10, "exact", "hostages", "Austrians freed", DE_OFFICIALS, attr_alt=[None]),
       C("six", 6, "exact", "hostages", "Germans freed", DE_OFFICIALS, attr_alt=[None]),
       C("nine", 9, "exact", "killed", "kidnappers", "the newspaper El Watan",
         attr_alt=["El Watan", "Algerian press reports"]),
       C("15", 15, "exact", "hostages", "tourists still held", None,
         attr_alt=[DE_OFFICIALS]),
       C("10", 10, "exact", "hostages", "Germans still held", None, attr_alt=[DE_OFFICIALS]),
       C("four", 4, "exact", "hostages", "Swiss still held", None, attr_alt=[DE_OFFICIALS])],
      published="2003-05-14"),

    P("d37_037",
      "American tourist, guide freed after kidnap in Queen Elizabeth park\n"
      "Published on 07 April 2019\n"
      "Kimberly Sue Endicott, the American tourist who was kidnapped at gunpoint in Queen "
      "Elizabeth National Park on Tuesday, has been rescued together with her Congolese "
      "driver-guide, Jean-Paul Mirenge, police have confirmed. Police spokesperson Fred Enanga "
      "said a joint operation by the police and the army had located the two near the border "
      "with the Democratic Republic of Congo. Four armed men had stopped the safari vehicle "
      "during an evening game drive and abducted the pair, leaving an elderly Canadian couple "
      "behind. The kidnappers had demanded a ransom of US$500,000, using Endicott's phone. Mr "
      "Enanga declined to say whether any money was paid. Tourism brings Uganda about 1.4 "
      "million visitors a year.",
      [C("two", 2, "exact", "hostages", "hostages rescued", ENANGA),
       C("Four", 4, "exact", "troops", "kidnappers", None, cat_alt=["other"],
         attr_alt=[ENANGA]),
       C("about 1.4 million", 1_400_000, "about", "other", "visitors to Uganda a year", None,
         cat_alt=["population"], optional=True)],
      published="2019-04-07"),

    P("d37_038",
      "WFP statement on the attack on a convoy in eastern Democratic Republic of the Congo\n"
      "22 February 2021\n"
      "GOMA – The World Food Programme (WFP) is deeply saddened to confirm that three people "
      "were killed today when a WFP convoy was attacked near the town of Kanyamahoro in North "
      "Kivu province. The victims were the Italian Ambassador to the DRC, Luca Attanasio, his "
      "bodyguard, Vittorio Iacovacci, and WFP driver Mustapha Milambo. The delegation, made up "
      "of seven people travelling in two vehicles, was on its way to visit a WFP school feeding "
      "programme in Rutshuru. According to the Congolese authorities, six armed men stopped the "
      "convoy and forced its passengers into the forest before shots were fired. Three other "
      "passengers, all WFP staff, are accounted for and safe.",
      [C("three", 3, "exact", "killed", "people in the convoy", None, attr_alt=[WFP]),
       C("seven", 7, "exact", "other", "people in the delegation", None, attr_alt=[WFP]),
       C("two", 2, "exact", "other", "vehicles in the convoy", None, optional=True),
       C("six", 6, "exact", "troops", "attackers", "the Congolese authorities",
         cat_alt=["other"]),
       C("Three", 3, "exact", "other", "passengers safe", None, cat_alt=["hostages"],
         attr_alt=[WFP], ctx="Three other")],
      published="2021-02-22"),

    P("d37_039",
      "Egypt says 13 Coptic workers kidnapped in Libya's Sirte\n"
      "Sunday 4 Jan 2015\n"
      "Gunmen abducted 13 Egyptian Christians from a residential compound in the Libyan coastal "
      "city of Sirte on Saturday, the Egyptian foreign ministry said, a week after seven other "
      "Copts were seized at a checkpoint in the same area. The masked men went from room to room "
      "checking identity papers, separating Christians from Muslim workers, witnesses told Ahram "
      "Online. Egypt's foreign ministry said it was working with Libyan authorities to secure "
      "the release of all 20 men. Egypt estimates that hundreds of thousands of its citizens "
      "work in Libya despite a travel ban imposed last year.",
      [C("13", 13, "exact", "hostages", "Coptic workers (headline)", "Egypt",
         attr_alt=[EG_FM], ctx="says 13"),
       C("13", 13, "exact", "hostages", "Egyptian Christians abducted", EG_FM,
         ctx="abducted 13"),
       C("seven", 7, "exact", "hostages", "Copts seized earlier", None, attr_alt=[EG_FM]),
       C("20", 20, "exact", "hostages", "Egyptian men held", "Egypt's foreign ministry"),
       C("hundreds of thousands", 100000, "vague", "population", "Egyptians working in Libya",
         "Egypt", cat_alt=["other"])],
      published="2015-01-04"),

    P("d37_040",
      "British hostage Judith Tebbutt freed in Somalia after six months\n"
      "Wed 21 Mar 2012 09.47 GMT\n"
      "Judith Tebbutt, the British woman kidnapped from a remote Kenyan beach resort and held "
      "for more than six months in Somalia, has been freed, the Foreign Office said. The "
      "56-year-old was seized in September from the Kiwayu Safari Village, near the Somali "
      "border, by a gang of about six armed men who shot dead her husband, David, when he "
      "resisted. A Somali official in the town of Adado, where she was handed over, said a "
      "ransom had been paid. \"She is tired but well,\" the official said. \"The pirates who "
      "held her have been paid, and we are told that 12 of them shared the money.\" At least 10 "
      "foreigners have been kidnapped in Kenya's coastal and north-eastern regions since "
      "September, prompting Kenya to send troops into Somalia in October.",
      [C("about six", 6, "about", "troops", "kidnappers at Kiwayu", None, cat_alt=["other"]),
       C("12", 12, "exact", "troops", "pirates sharing the ransom",
         "A Somali official in the town of Adado", cat_alt=["other"],
         attr_alt=["the official"], optional=True),
       C("At least 10", 10, "at_least", "hostages", "foreigners kidnapped in Kenya", None)],
      published="2012-03-21"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = ["devset"] + [f"devset{n}" for n in range(2, 37)] + [
        "holdout", "holdout2", "holdout3"]
    return build_passages(PASSAGES, id_format="d37_{:03d}",
                          checks=[no_sentence_from(*earlier)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
