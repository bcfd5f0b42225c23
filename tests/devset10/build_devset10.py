"""Source of the tenth development set: writes ``passages.jsonl`` next to it.

Forty short passages (2-6 sentences; headlines, "Published" and "Updated" lines, a Yonhap
timestamp and dated and year-less datelines among them), written for this set in the style of
AP, Reuters, AFP, the BBC, Al Jazeera, Xinhua, Yonhap, and the English-language press of
Nigeria, Kenya, Bangladesh, India, Pakistan, Japan, Korea, Myanmar and the Philippines (none
copied from an article), on kidnappings, hostage crises and disasters not used in the earlier
development sets or ``tests/holdout2``, annotated by hand and blind by the project's gold
conventions (``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs
of ``tests/devset2`` to ``tests/devset9`` and ``tests/holdout2`` (and the annotations of
``tests/devset5``). Figures follow contemporary reports loosely; the set tests extraction, not
facts.

The set measures how the extractor handles mass school abductions, hostage sieges, piracy and
ransom kidnappings (hostages taken, freed, escaped, killed, still held; captors killed and
captured; crews broken down by nationality), and disasters at sea, underground, in factories and
after storms, quakes and floods (tolls that rise and are revised, the missing, survivors, people
on board, evacuees, search teams), with the usual non-claim traps: ransom sums, ages ("aged
between eight and 15", "aged from 17 to 62"), durations ("a 69-day ordeal", "30 to 40 years"),
tonnages, magnitudes, distances, ordinals, times and datelines. Three passages hold only
non-claims.

Run ``python tests/devset10/build_devset10.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

ZAMFARA_POLICE = "the state police command"
PROPRIETOR = "The proprietor of the school, Alhaji Abubakar Alhassan"
ARUWAN = "the state's commissioner for internal security, Samuel Aruwan"
MAIKANO = "resident Aliyu Maikano"
UNIOH = "the U.N. Integrated Office in Haiti"
CARDH = "the Centre for Analysis and Research in Human Rights"
CHR = "the Haitian Conference of Religious (CHR)"
CHIEF_DOCTOR = "Moscow's chief doctor"
SELTSOVSKY = "Andrei Seltsovsky"
SELLAL = "Prime Minister Abdelmalek Sellal"
MINISTRY_STATEMENT = "A ministry statement"
SORGHO = "Lieutenant Colonel Rodolphe Sorgho"
FIFTH_FLEET = "the U.S. Navy's Bahrain-based 5th Fleet"
VELA = "the ship's operator, Vela International Marine"
IMB = "the International Maritime Bureau's piracy reporting centre"
KSRM = "the owner, KSRM Group"
PUNTLAND = "Police in Somalia's semi-autonomous Puntland region"
GORTNEY = "Vice Adm. Bill Gortney"
NKAISSERY = "Interior Cabinet Secretary Joseph Nkaissery"
IFRC = "The International Federation of Red Cross and Red Crescent Societies"
WFP = "the World Food Programme"
SECURITY_MINISTRY = "the security ministry"
JOOLA_ADVISER = "an adviser to the prime minister"
WELFARE = "Records of the Welfare Commissioner's office"
MANCHIN = "Gov. Joe Manchin"
DINESAN = "District Collector H. Dinesan"
KDHP = "the Kannan Devan Hills Plantations company"
TURKI = "Saudi Interior Ministry spokesman Major General Mansour al-Turki"
SCIO = "the State Council Information Office"
UNHCR = "the U.N. refugee agency"
IOM_FULL = "the International Organization for Migration"
UN_MIGRATION = "the UN migration agency"
SEOC = "the State Emergency Operation Centre"
KHAN = "Federal Relief Commissioner Maj-Gen Farooq Ahmed Khan"
NPA = "The National Police Agency"

PASSAGES = [
    # --- School abductions in Nigeria --------------------------------------------------------
    P("d10_001",
      "GUSAU — Gunmen suspected to be bandits invaded the Government Girls Secondary School, "
      "Jangebe, in Talata-Mafara Local Government Area of Zamfara State in the early hours of "
      "Friday and carted away 317 students, the state police command has confirmed. The "
      "Commissioner of Police, Abutu Yaro, told journalists at the school that the figure was "
      "the one presented to him by the principal, adding that a joint team of police, soldiers "
      "and local vigilantes had gone after the abductors. A teacher said the attackers, who came "
      "in their hundreds on motorcycles and in Hilux vans, struck at about 1 a.m. and spent "
      "nearly two hours in the hostels. Later in the day angry youths blocked the road into the "
      "town and pelted vehicles with stones; one journalist was injured.",
      [C("317", 317, "exact", "hostages", "schoolgirls abducted", ZAMFARA_POLICE),
       C("hundreds", 100, "vague", "troops", "attackers", "A teacher", cat_alt=["other"],
         attr_alt=[None]),
       C("one", 1, "exact", "injured", "journalist", None, ctx="one journalist")]),
    P("d10_002",
      "GUSAU, Nigeria, March 2, 2021 (Reuters) - All 279 girls kidnapped from a boarding school "
      "in northwest Nigeria's Zamfara state last week have been released, the state governor "
      "said on Tuesday, a lower number than the 317 that police had given. Governor Bello "
      "Matawalle told reporters in Gusau that the girls had been freed after talks with the "
      "kidnappers and that no ransom had been paid. Television pictures showed dozens of the "
      "girls, many of them barefoot and in blue hijabs, sitting on the lawn of Government House. "
      "More than 600 students have been abducted in a string of raids on schools in the "
      "northwest since December.",
      [C("279", 279, "exact", "hostages", "schoolgirls released", "the state governor",
         attr_alt=["Governor Bello Matawalle"]),
       C("317", 317, "exact", "hostages", "girls police said were kidnapped", "police"),
       C("dozens", 12, "vague", "hostages", "freed girls shown on television", None,
         optional=True),
       C("More than 600", 600, "more_than", "hostages", "students abducted since December",
         None)],
      published="2021-03-02"),
    P("d10_003",
      "Nigeria's government says 101 of the 110 schoolgirls abducted by Boko Haram from their "
      "school in the north-eastern town of Dapchi last month have been returned. Information "
      "Minister Lai Mohammed said the girls were released unconditionally, through back "
      "channels and with help from 'some friendly countries', and that no ransom was paid. He "
      "had earlier given the number freed as 76. Girls who came home told reporters that five "
      "of their classmates died on the day they were taken, crushed in the packed vehicles, and "
      "that one, a Christian, was still being held because she had refused to convert. "
      "Residents said the militants drove the girls back into town in nine vehicles at about "
      "3am on Wednesday.",
      [C("101", 101, "exact", "hostages", "schoolgirls returned", "Nigeria's government"),
       C("110", 110, "exact", "hostages", "schoolgirls abducted", "Nigeria's government"),
       C("76", 76, "exact", "hostages", "schoolgirls freed (earlier figure)",
         "Information Minister Lai Mohammed", attr_alt=["He"]),
       C("five", 5, "exact", "killed", "schoolgirls who died", "Girls who came home",
         cat_alt=["hostages"]),
       C("one", 1, "exact", "hostages", "Christian girl still held", "Girls who came home"),
       C("nine", 9, "exact", "other", "vehicles", "Residents", optional=True)]),
    P("d10_004",
      "MINNA — Gunmen on motorcycles on Sunday afternoon stormed the Salihu Tanko Islamiyya "
      "School in Tegina, Rafi Local Government Area of Niger State, shot dead a resident and "
      "abducted scores of pupils. The police spokesman in the state, ASP Wasiu Abiodun, said the "
      "command had deployed tactical teams to the area but gave no figure. The proprietor of "
      "the school, Alhaji Abubakar Alhassan, told our correspondent on Monday that 136 of his "
      "pupils, mostly aged between four and 12, had been taken. He said 11 of the smallest "
      "children, who could not keep up with the abductors, were let go in the bush and found "
      "their way home.",
      [C("scores", 20, "vague", "hostages", "pupils abducted", None, attr_alt=[PROPRIETOR]),
       C("136", 136, "exact", "hostages", "pupils abducted", PROPRIETOR),
       C("11", 11, "exact", "hostages", "children released by the abductors", PROPRIETOR,
         attr_alt=["He"])]),
    P("d10_005",
      "KADUNA — The Kaduna State Government on Friday confirmed that bandits had killed three "
      "of the students abducted from Greenfield University, Kasarami, on Tuesday night. The "
      "bodies were found in Kwanan Bature village, close to the university, the state's "
      "commissioner for internal security, Samuel Aruwan, said in a statement. He said a staff "
      "member of the private university was killed during the raid, in which about 20 students "
      "were seized. The bandits later killed two more of the students and demanded N800 million "
      "for the rest; the last 14 were freed on May 29 after 40 days in captivity.",
      [C("three", 3, "exact", "killed", "abducted students killed",
         "The Kaduna State Government", cat_alt=["hostages"]),
       C("about 20", 20, "about", "hostages", "students seized", ARUWAN, attr_alt=["He"]),
       C("two", 2, "exact", "killed", "abducted students killed later", None,
         cat_alt=["hostages"]),
       C("14", 14, "exact", "hostages", "students freed", None)]),
    P("d10_006",
      "SOKOTO, Nigeria (AFP) - Gunmen kidnapped 15 children from a Koranic school in northwest "
      "Nigeria's Sokoto state before dawn on Saturday, a local official and a resident said, the "
      "third mass abduction in the country in just over a week. The attackers also seized a "
      "woman when they stormed the boarding school in Gidan Bakuso village at about 1:00 am "
      "(0000 GMT), local government official Abubakar Isa told AFP. 'They took 15 pupils aged "
      "between eight and 15 from their room,' said resident Aliyu Maikano, whose two sons "
      "escaped by hiding in the bushes. On Thursday gunmen had seized more than 280 pupils and "
      "teachers from a school in Kaduna state.",
      [C("15", 15, "exact", "hostages", "children kidnapped",
         "a local official and a resident", ctx="kidnapped 15 children"),
       C("15", 15, "exact", "hostages", "pupils taken", MAIKANO, ctx="took 15 pupils"),
       C("two", 2, "exact", "other", "sons who escaped abduction", MAIKANO, optional=True,
         cat_alt=["hostages"], attr_alt=[None]),
       C("more than 280", 280, "more_than", "hostages", "pupils and teachers seized in Kaduna",
         None)]),

    # --- Haiti ---------------------------------------------------------------------------------
    P("d10_007",
      "PORT-AU-PRINCE, Haiti (AP) — Kidnappings in Haiti nearly doubled last year, with at "
      "least 2,490 people abducted compared with 1,359 in 2022, the U.N. Integrated Office in "
      "Haiti said in a report released Tuesday. In all, more than 8,400 people were killed, "
      "injured or kidnapped by gangs in 2023, it said, most of them in the capital. Victims were "
      "snatched from buses, churches and their own homes and often freed only after relatives "
      "paid ransoms ranging from a few hundred dollars to more than $1 million. A Port-au-Prince "
      "rights group, the Centre for Analysis and Research in Human Rights, counted 389 "
      "kidnappings in the first three months of the year alone, 29 of them of foreigners.",
      [C("at least 2,490", 2490, "at_least", "hostages", "people kidnapped in 2023", UNIOH),
       C("1,359", 1359, "exact", "hostages", "people kidnapped in 2022", UNIOH),
       C("more than 8,400", 8400, "more_than", "other", "people killed, injured or kidnapped",
         UNIOH, cat_alt=["killed", "injured", "hostages"], attr_alt=["it"]),
       C("389", 389, "exact", "hostages", "kidnappings in the first quarter", CARDH),
       C("29", 29, "exact", "hostages", "foreigners kidnapped", CARDH)]),
    P("d10_008",
      "Gunmen in Haiti's capital have abducted six nuns, along with their bus driver and at "
      "least one other passenger, according to the Haitian Conference of Religious (CHR). The "
      "sisters, members of the Congregation of Saint Anne, were seized on Friday morning in the "
      "Bois-Moquette area of Port-au-Prince, the CHR said in a statement, calling for their "
      "'immediate release'. It was not clear which gang had taken them. Haiti's police force "
      "has fewer than 10,000 active officers for a country of more than 11 million people, and "
      "the UN estimates that gangs control about 80 percent of the capital.",
      [C("six", 6, "exact", "hostages", "nuns", CHR),
       C("at least one", 1, "at_least", "hostages", "other passengers", CHR),
       C("fewer than 10,000", 10000, "fewer_than", "troops", "active police officers", None),
       C("more than 11 million", 11000000, "more_than", "population", "Haiti's population",
         None),
       C("about 80 percent", 80, "about", "other", "share of the capital controlled by gangs",
         "the UN", optional=True)]),

    # --- Sieges: Beslan, Moscow, In Amenas -----------------------------------------------------
    P("d10_009",
      "Twenty years ago, on September 1, 2004, a group of 32 heavily armed militants seized "
      "School No. 1 in Beslan, North Ossetia, and herded more than 1,100 people — most of them "
      "children who had come with their parents for the first day of the school year — into "
      "its gymnasium. The siege ended on its third day in explosions, fire and a chaotic "
      "assault by Russian special forces. According to official figures, 334 hostages were "
      "killed, 186 of them children, and more than 800 people were wounded. Only one attacker, "
      "Nur-Pashi Kulayev, was taken alive; he is serving a life sentence.",
      [C("32", 32, "exact", "troops", "militants", None, cat_alt=["other"],
         attr_alt=["official figures"]),
       C("more than 1,100", 1100, "more_than", "hostages", "people held in the school", None,
         attr_alt=["official figures"]),
       C("334", 334, "exact", "killed", "hostages", "official figures", cat_alt=["hostages"]),
       C("186", 186, "exact", "killed", "children among the hostages killed",
         "official figures", cat_alt=["hostages"]),
       C("more than 800", 800, "more_than", "injured", "people wounded", "official figures"),
       C("one", 1, "exact", "detained", "attacker taken alive", None, optional=True)]),
    P("d10_010",
      "MOSCOW, Oct 27, 2002 (Reuters) - At least 117 hostages died when Russian special forces "
      "stormed a Moscow theatre where Chechen rebels had been holding some 800 people since "
      "Wednesday night, and all but two of them were killed by the gas pumped into the building "
      "before the raid, Moscow's chief doctor was quoted by Interfax as saying on Sunday. Andrei "
      "Seltsovsky later told reporters that 405 freed hostages were still in hospital, 45 of "
      "them in a serious condition. Officials said 50 hostage-takers, 18 of them women, had been "
      "killed. The toll among the hostages later rose to at least 130.",
      [C("At least 117", 117, "at_least", "killed", "hostages", CHIEF_DOCTOR,
         cat_alt=["hostages"], attr_alt=["Interfax"]),
       C("some 800", 800, "about", "hostages", "people held in the theatre", None,
         attr_alt=[CHIEF_DOCTOR]),
       C("two", 2, "exact", "killed", "hostages not killed by the gas", CHIEF_DOCTOR,
         optional=True, cat_alt=["hostages"], attr_alt=["Interfax"]),
       C("405", 405, "exact", "injured", "freed hostages in hospital", SELTSOVSKY,
         attr_alt=[CHIEF_DOCTOR]),
       C("45", 45, "exact", "injured", "hostages in a serious condition", SELTSOVSKY,
         attr_alt=[CHIEF_DOCTOR]),
       C("50", 50, "exact", "killed", "hostage-takers", "Officials"),
       C("18", 18, "exact", "killed", "women among the hostage-takers", "Officials"),
       C("at least 130", 130, "at_least", "killed", "hostages", None, cat_alt=["hostages"])],
      published="2002-10-27"),
    P("d10_011",
      "ALGIERS (Reuters) - Algerian special forces stormed a desert gas plant on Saturday to end "
      "a four-day siege by Islamist gunmen, and the interior ministry said 23 hostages and 32 of "
      "their captors had died. A ministry statement said 685 Algerian workers and 107 foreigners "
      "had been freed, but several governments said they still had citizens unaccounted for; "
      "Norway's Statoil said five of its employees were missing. The gunmen, who said they acted "
      "in revenge for France's intervention in neighbouring Mali, had overrun the In Amenas "
      "complex before dawn on Wednesday. On Monday Prime Minister Abdelmalek Sellal put the "
      "final toll at 37 foreign hostages and one Algerian, with 29 militants killed and three "
      "captured alive.",
      [C("23", 23, "exact", "killed", "hostages", "the interior ministry", cat_alt=["hostages"]),
       C("32", 32, "exact", "killed", "captors", "the interior ministry"),
       C("685", 685, "exact", "hostages", "Algerian workers freed", MINISTRY_STATEMENT,
         attr_alt=["the interior ministry"]),
       C("107", 107, "exact", "hostages", "foreign hostages freed", MINISTRY_STATEMENT,
         attr_alt=["the interior ministry"]),
       C("five", 5, "exact", "missing", "Statoil employees", "Norway's Statoil"),
       C("37", 37, "exact", "killed", "foreign hostages", SELLAL, cat_alt=["hostages"]),
       C("one", 1, "exact", "killed", "Algerian hostage", SELLAL, cat_alt=["hostages"]),
       C("29", 29, "exact", "killed", "militants", SELLAL),
       C("three", 3, "exact", "detained", "militants captured alive", SELLAL)]),

    # --- Abu Sayyaf, the FARC, the Sahel -------------------------------------------------------
    P("d10_012",
      "Published 8:45 PM, May 01, 2016\n"
      "ZAMBOANGA CITY, Philippines – The Abu Sayyaf Group (ASG) on Sunday freed 10 Indonesian "
      "tugboat crewmen it had held since late March, leaving them outside the Jolo residence of "
      "Sulu Governor Abdusakur Tan II, police said. Jolo police chief Superintendent Junpikar "
      "Sitin said the men appeared tired but in good spirits when he saw them. The release came "
      "six days after the bandits beheaded Canadian John Ridsdel, 68, whom they had seized with "
      "three others from a resort on Samal Island in September. The military said the ASG still "
      "holds at least 11 foreigners – four Malaysians, four Indonesians, a Canadian, a Norwegian "
      "and a Dutchman – as well as several Filipinos. About 2,500 soldiers are deployed against "
      "the group in Sulu.",
      [C("10", 10, "exact", "hostages", "Indonesian crewmen freed", "police"),
       C("three", 3, "exact", "hostages", "others seized with Ridsdel", None),
       C("at least 11", 11, "at_least", "hostages", "foreign captives", "The military"),
       C("four", 4, "exact", "hostages", "Malaysian captives", "The military",
         ctx="four Malaysians"),
       C("four", 4, "exact", "hostages", "Indonesian captives", "The military",
         ctx="four Indonesians"),
       C("About 2,500", 2500, "about", "troops", "soldiers in Sulu", None)],
      published="2016-05-01"),
    P("d10_013",
      "VILLAVICENCIO, Colombia (AFP) - Colombia's FARC guerrillas on Monday released the last 10 "
      "police officers and soldiers they admitted holding, some of whom had spent more than 14 "
      "years as captives in the jungle. Two Brazilian air force helicopters bearing the emblem "
      "of the International Committee of the Red Cross flew the four policemen and six soldiers "
      "to this central city, where relatives waited on the tarmac. The rebels pledged in "
      "February to stop kidnapping civilians for ransom, but the relatives' group Asfamipaz says "
      "hundreds of civilians taken by the FARC remain unaccounted for.",
      [C("10", 10, "exact", "hostages", "police officers and soldiers released", None),
       C("Two", 2, "exact", "other", "helicopters", None, optional=True),
       C("four", 4, "exact", "hostages", "policemen released", None),
       C("six", 6, "exact", "hostages", "soldiers released", None),
       C("hundreds", 100, "vague", "missing", "civilians taken by the FARC",
         "the relatives' group Asfamipaz", cat_alt=["hostages"])]),
    P("d10_014",
      "BAMAKO (AFP) - French aid worker Sophie Pétronin, the last French national held hostage "
      "anywhere in the world, landed in Bamako on Thursday after nearly four years in jihadist "
      "hands, along with Malian opposition leader Soumaïla Cissé and two Italians, a priest and "
      "a tourist. Their release came days after Mali's authorities freed some 200 prisoners, "
      "many of them suspected jihadists, in what officials privately described as an exchange. "
      "Pétronin, 75, who ran a charity for malnourished children in Gao, was seized there in "
      "December 2016. Jihadist groups linked to Al-Qaeda are still thought to hold about a dozen "
      "foreigners across the Sahel.",
      [C("two", 2, "exact", "hostages", "Italians freed", None),
       C("some 200", 200, "about", "detained", "prisoners freed", None),
       C("about a dozen", 12, "about", "hostages", "foreigners held in the Sahel", None)]),
    P("d10_015",
      "OUAGADOUGOU, Jan 16, 2023 (Reuters) - Suspected Islamist militants kidnapped at least 50 "
      "women who had gone to gather wild fruit and leaves in the bush outside Arbinda, in "
      "northern Burkina Faso, on Thursday and Friday, the regional governor said on Sunday. "
      "Three women who escaped made their way back to town and raised the alarm, Lieutenant "
      "Colonel Rodolphe Sorgho said in a statement. Two residents, who asked not to be named for "
      "fear of reprisals, told Reuters they believed between 60 and 70 women had been taken. "
      "Arbinda has been blockaded by jihadist groups for months, and its population, swollen by "
      "tens of thousands of people who fled surrounding villages, depends on aid convoys and "
      "airlifts.",
      [C("at least 50", 50, "at_least", "hostages", "women kidnapped", "the regional governor"),
       C("Three", 3, "exact", "hostages", "women who escaped", SORGHO,
         attr_alt=["the regional governor"]),
       C("Two", 2, "exact", "other", "residents cited", None, optional=True),
       C("between 60 and 70", 60, "range", "hostages", "women taken", "Two residents",
         high=70),
       C("tens of thousands", 10000, "vague", "displaced",
         "people who fled to Arbinda from surrounding villages", None)],
      published="2023-01-16"),

    # --- Piracy off Somalia --------------------------------------------------------------------
    P("d10_016",
      "NAIROBI, Kenya (AP) — Somali pirates have hijacked a Saudi-owned supertanker loaded with "
      "2 million barrels of crude and its 25 crew more than 450 nautical miles off the coast of "
      "Kenya, the U.S. Navy's Bahrain-based 5th Fleet said Monday. The Sirius Star's crew "
      "includes 19 Filipinos, two Britons, two Poles, a Croatian and a Saudi, according to the "
      "ship's operator, Vela International Marine. It is the largest vessel ever seized by "
      "pirates. Pirates have attacked 92 ships off the Horn of Africa this year, hijacking 36 of "
      "them, and are still holding 14 vessels with 268 crew members, the International Maritime "
      "Bureau's piracy reporting centre said.",
      [C("2 million", 2000000, "exact", "other", "barrels of crude", FIFTH_FLEET,
         optional=True),
       C("25", 25, "exact", "hostages", "crew members", FIFTH_FLEET),
       C("19", 19, "exact", "hostages", "Filipino crew", VELA),
       C("two", 2, "exact", "hostages", "British crew", VELA, ctx="two Britons"),
       C("two", 2, "exact", "hostages", "Polish crew", VELA, ctx="two Poles"),
       C("92", 92, "exact", "other", "ships attacked", IMB),
       C("36", 36, "exact", "other", "ships hijacked", IMB),
       C("14", 14, "exact", "other", "vessels held", IMB),
       C("268", 268, "exact", "hostages", "crew members held", IMB)]),
    P("d10_017",
      "Published: 12:00 AM, April 15, 2024\n"
      "The 23 Bangladeshi sailors of MV Abdullah, held hostage by Somali pirates for 32 days, "
      "are safe and the ship is now sailing towards the United Arab Emirates, the owner, KSRM "
      "Group, said yesterday. The pirates, around 65 of them, left the vessel in two boats after "
      "a ransom was dropped from a small aircraft early on Sunday, a company official told The "
      "Daily Star, declining to say how much had been paid. Police in Somalia's semi-autonomous "
      "Puntland region later said they had arrested eight of the pirates and recovered part of "
      "the money. The sailors are expected home in about two weeks.",
      [C("23", 23, "exact", "hostages", "Bangladeshi sailors freed", KSRM),
       C("around 65", 65, "about", "troops", "pirates on board", "a company official",
         cat_alt=["other"]),
       C("two", 2, "exact", "other", "boats", "a company official", optional=True,
         ctx="two boats"),
       C("eight", 8, "exact", "detained", "pirates arrested", PUNTLAND)],
      published="2024-04-15"),
    P("d10_018",
      "NORFOLK, Va. (AP) — Navy snipers killed three Somali pirates who were holding an American "
      "sea captain at gunpoint in a lifeboat off the Horn of Africa on Sunday, ending a five-day "
      "standoff, and a fourth pirate who had gone aboard a U.S. warship to negotiate was taken "
      "into custody, Vice Adm. Bill Gortney said. Capt. Richard Phillips, 53, was unharmed. He "
      "had offered himself as a hostage to secure the safety of his crew after pirates stormed "
      "the Maersk Alabama, a 17,000-ton cargo ship carrying food aid, on Wednesday. Its 20 "
      "American crew members had managed to take back control of the vessel.",
      [C("three", 3, "exact", "killed", "Somali pirates", GORTNEY),
       C("20", 20, "exact", "other", "crew members", None)]),
    P("d10_019",
      "Garissa University attack: Death toll rises to 148\n"
      "GARISSA — The death toll in Thursday's attack on Garissa University College rose to 148 "
      "yesterday, Interior Cabinet Secretary Joseph Nkaissery said, among them 142 students, "
      "three police officers and three soldiers. He said 79 people were wounded, nine of them "
      "critically, and that all four gunmen had been killed when security forces ended the siege "
      "after almost 15 hours. The Kenya Red Cross said 587 students had so far been accounted "
      "for. Five suspects, including a Tanzanian, were arrested as they tried to flee towards "
      "the Somali border, police said.",
      [C("148", 148, "exact", "killed", "people", None, ctx="Death toll rises to 148"),
       C("148", 148, "exact", "killed", "people", NKAISSERY, ctx="rose to 148 yesterday"),
       C("142", 142, "exact", "killed", "students", NKAISSERY),
       C("three", 3, "exact", "killed", "police officers", NKAISSERY,
         ctx="three police officers"),
       C("three", 3, "exact", "killed", "soldiers", NKAISSERY, ctx="three soldiers"),
       C("79", 79, "exact", "injured", "people", NKAISSERY, attr_alt=["He"]),
       C("nine", 9, "exact", "injured", "critically injured", NKAISSERY, attr_alt=["He"]),
       C("four", 4, "exact", "killed", "gunmen", NKAISSERY, attr_alt=["He"]),
       C("587", 587, "exact", "other", "students accounted for", "The Kenya Red Cross"),
       C("Five", 5, "exact", "detained", "suspects arrested", "police")]),
    P("d10_020",
      "NEW YORK (Reuters) - A federal judge on Wednesday sentenced the lone surviving Somali "
      "pirate from the 2009 hijacking of the Maersk Alabama to 33 years and nine months in "
      "prison, the maximum allowed under his plea deal. Abduwali Abdukhadir Muse, who "
      "prosecutors say was 18 at the time, had pleaded guilty in May to hijacking, kidnapping "
      "and hostage-taking charges. Judge Loretta Preska said she had imposed the sentence, which "
      "could have been as short as 27 years, because of the 'brutal' nature of the attack. "
      "Muse's lawyers had argued he was a teenager used by older men. The hearing in Manhattan "
      "lasted just under two hours.",
      []),

    # --- Cyclone Nargis -----------------------------------------------------------------------
    P("d10_021",
      "YANGON, Myanmar (AP) — Myanmar's official death toll from Cyclone Nargis jumped to 77,738 "
      "on Friday, almost twice the toll the junta had given on Thursday, state television "
      "reported. The number of missing also soared, to 55,917 from the 27,838 it had reported "
      "all week. The International Federation of Red Cross and Red "
      "Crescent Societies has estimated that as many as 128,000 people may have died, and the "
      "U.N. says between 1.6 million and 2.5 million survivors are in urgent need of food, clean "
      "water and shelter across the flooded rice-growing delta.",
      [C("77,738", 77738, "exact", "killed", "people", "state television"),
       C("55,917", 55917, "exact", "missing", "people", "state television", attr_alt=[None]),
       C("27,838", 27838, "exact", "missing", "people (earlier figure)", "state television",
         attr_alt=[None]),
       C("as many as 128,000", 128000, "at_most", "killed", "people", IFRC),
       C("between 1.6 million and 2.5 million", 1600000, "range", "other",
         "survivors in urgent need of aid", "the U.N.", high=2500000, cat_alt=["population"])]),
    P("d10_022",
      "Two weeks after Cyclone Nargis tore through the Irrawaddy delta, the World Food Programme "
      "says it has delivered about 3,700 tonnes of rice and beans, enough to feed roughly "
      "250,000 people for a fortnight, but that an estimated 750,000 survivors need food aid. "
      "The agency said on Monday that only 16 of its international staff had been issued visas "
      "by the junta, and that supplies still had to be moved from Rangoon into the delta by "
      "boat and truck. A US Air Force C-130 made its 22nd relief flight into Rangoon on Sunday, "
      "but three US Navy ships carrying helicopters and landing craft remain anchored off the "
      "coast, waiting for permission to help.",
      [C("about 3,700", 3700, "about", "aid", "tonnes of rice and beans", WFP),
       C("roughly 250,000", 250000, "about", "other", "people who could be fed", WFP,
         cat_alt=["aid"]),
       C("an estimated 750,000", 750000, "about", "other", "survivors needing food aid", WFP,
         cat_alt=["population"]),
       C("16", 16, "exact", "other", "international staff given visas", "The agency",
         attr_alt=[WFP]),
       C("three", 3, "exact", "other", "US Navy ships waiting offshore", None, optional=True,
         cat_alt=["munitions"])]),

    # --- Ferries: Sewol, Joola ------------------------------------------------------------------
    P("d10_023",
      "(LEAD) 9 dead, 287 missing as ferry sinks off southwest coast\n"
      "2014/04/17 09:12\n"
      "JINDO, April 17 (Yonhap) -- Nine people have been confirmed dead and 287 others remain "
      "missing after a ferry carrying 475 people, most of them high school students on a field "
      "trip, capsized and sank off the southwestern coast, officials said Thursday. The coast "
      "guard said 179 people had been rescued from the 6,825-ton Sewol. Among those on board were "
      "325 students and 14 teachers from Danwon High School in Ansan, south of Seoul. Navy and "
      "coast guard divers made more than 10 attempts overnight to get inside the hull but were "
      "driven back by strong currents, the security ministry said, adding that 169 vessels and "
      "29 aircraft had been mobilized for the search.",
      [C("9", 9, "exact", "killed", "people", None),
       C("287", 287, "exact", "missing", "people", None, ctx="287 missing as"),
       C("Nine", 9, "exact", "killed", "people", "officials"),
       C("287", 287, "exact", "missing", "people", "officials", ctx="287 others"),
       C("475", 475, "exact", "other", "people on board", "officials"),
       C("179", 179, "exact", "other", "people rescued", "The coast guard"),
       C("325", 325, "exact", "other", "students on board", None,
         attr_alt=["The coast guard"]),
       C("14", 14, "exact", "other", "teachers on board", None, attr_alt=["The coast guard"]),
       C("more than 10", 10, "more_than", "other", "attempts to enter the hull",
         SECURITY_MINISTRY, optional=True),
       C("169", 169, "exact", "other", "vessels mobilized", SECURITY_MINISTRY, optional=True),
       C("29", 29, "exact", "other", "aircraft mobilized", SECURITY_MINISTRY, optional=True)],
      published="2014-04-17"),
    P("d10_024",
      "Nearly three years after it sank, the Sewol ferry was lifted to the surface on Thursday, "
      "raising hopes among the families of the nine victims whose remains have never been "
      "found. Of the 304 people who died in the April 16, 2014, disaster, 250 were students of "
      "Danwon High School in Ansan and 11 were their teachers. The Ministry of Oceans and "
      "Fisheries said the 6,825-ton hull would be loaded onto a semi-submersible vessel and "
      "taken to the port of Mokpo, about 87 kilometres away, where investigators will search it "
      "for the missing. Four of the nine are students.",
      [C("nine", 9, "exact", "missing", "victims whose remains were never found", None,
         cat_alt=["killed"], ctx="the nine victims"),
       C("304", 304, "exact", "killed", "people", None),
       C("250", 250, "exact", "killed", "students", None),
       C("11", 11, "exact", "killed", "teachers", None),
       C("Four", 4, "exact", "missing", "students among the missing", None,
         cat_alt=["killed"]),
       C("nine", 9, "exact", "missing", "victims whose remains were never found", None,
         cat_alt=["killed"], ctx="Four of the nine")]),
    P("d10_025",
      "DAKAR, Sept 29 (AFP) - Senegal's government said Sunday that 1,034 people had been aboard "
      "the ferry Joola when it capsized off the Gambian coast, nearly 250 more than first "
      "announced, which would put the number of dead and missing at close to 1,000. Only 64 "
      "people are known to have survived, officials said. Senegalese and Gambian authorities "
      "said at least 352 bodies had been recovered, many of them from inside the upturned hull. "
      "The new figure includes 185 passengers who boarded at a stop on the island of Carabane "
      "and 52 crew, an adviser to the prime minister said. The ship was designed to carry about "
      "550 passengers.",
      [C("1,034", 1034, "exact", "other", "people aboard", "Senegal's government"),
       C("nearly 250", 250, "about", "other", "people aboard not first counted",
         "Senegal's government", optional=True),
       C("close to 1,000", 1000, "about", "killed", "dead and missing",
         "Senegal's government", cat_alt=["missing"], attr_alt=[None]),
       C("64", 64, "exact", "other", "survivors", "officials"),
       C("at least 352", 352, "at_least", "killed", "bodies recovered",
         "Senegalese and Gambian authorities"),
       C("185", 185, "exact", "other", "passengers who boarded at Carabane", JOOLA_ADVISER),
       C("52", 52, "exact", "other", "crew", JOOLA_ADVISER),
       C("about 550", 550, "about", "other", "passenger capacity", None, optional=True)]),

    # --- Industrial disasters: Bhopal, mines, Tazreen ----------------------------------------
    P("d10_026",
      "BHOPAL: Forty years after methyl isocyanate leaked from the Union Carbide pesticide "
      "factory here on the night of December 2-3, 1984, hundreds of survivors marched through "
      "the old city on Monday demanding better medical care and the clean-up of the site. The "
      "State government's official figure for deaths in the immediate aftermath is 3,787, but "
      "survivors' organisations say more than 25,000 people have died of gas-related illnesses "
      "since. Records of the Welfare Commissioner's office show that more than 5,70,000 people "
      "were awarded compensation, most of them for minor injuries. Around 40 tonnes of the gas "
      "escaped from a storage tank.",
      [C("hundreds", 100, "vague", "other", "survivors marching", None),
       C("3,787", 3787, "exact", "killed", "deaths in the immediate aftermath",
         "The State government"),
       C("more than 25,000", 25000, "more_than", "killed",
         "people who died of gas-related illnesses", "survivors' organisations"),
       C("more than 5,70,000", 570000, "more_than", "injured",
         "people awarded compensation", WELFARE, cat_alt=["other"],
         attr_alt=["the Welfare Commissioner's office"]),
       C("Around 40", 40, "about", "other", "tonnes of gas escaped", None, optional=True)]),
    P("d10_027",
      "SAN JOSE MINE, Chile, Oct 13, 2010 (Reuters) - Rescuers began hoisting 33 trapped miners "
      "to the surface one by one on Wednesday in a narrow capsule, ending a 69-day ordeal half a "
      "mile underground that has gripped the world. The first man out, Florencio Avalos, 31, "
      "emerged shortly after midnight and hugged his weeping son and President Sebastian "
      "Pinera. Before the first ascent, two rescue experts and four navy paramedics were "
      "lowered down the shaft to prepare the men, officials said. More than 1,500 journalists "
      "have converged on the desert camp, where relatives have kept vigil since the Aug. 5 "
      "collapse.",
      [C("33", 33, "exact", "other", "trapped miners", None, cat_alt=["missing"]),
       C("two", 2, "exact", "troops", "rescue experts lowered down the shaft", "officials",
         cat_alt=["other"]),
       C("four", 4, "exact", "troops", "navy paramedics lowered down the shaft", "officials",
         cat_alt=["other"]),
       C("More than 1,500", 1500, "more_than", "other", "journalists at the camp", None,
         optional=True)],
      published="2010-10-13"),
    P("d10_028",
      "GREYMOUTH — All 29 men trapped in the Pike River coal mine since Friday are dead, police "
      "say, after a second, bigger explosion tore through the mine at 2.37pm yesterday. 'There "
      "is no chance anyone survived that blast,' Superintendent Gary Knowles told a packed "
      "briefing. The dead, aged from 17 to 62, are 24 New Zealanders, two Australians, two "
      "Britons and a South African. Two miners who were near the entrance walked out after "
      "Friday's blast with minor injuries. A 16-man rescue team had been kitted up and waiting "
      "to go underground when the second explosion hit.",
      [C("29", 29, "exact", "killed", "miners", "police"),
       C("24", 24, "exact", "killed", "New Zealanders", "police", attr_alt=[None]),
       C("two", 2, "exact", "killed", "Australians", "police", attr_alt=[None],
         ctx="two Australians"),
       C("two", 2, "exact", "killed", "Britons", "police", attr_alt=[None],
         ctx="two Britons"),
       C("Two", 2, "exact", "other", "miners who walked out", None, cat_alt=["injured"]),
       C("16", 16, "exact", "troops", "rescue team members", None, cat_alt=["other"])]),
    P("d10_029",
      "MONTCOAL, W.Va. (AP) — Rescuers found the bodies of the last four missing miners early "
      "Saturday, raising the death toll from Monday's explosion at Massey Energy Co.'s Upper "
      "Big Branch mine to 29, Gov. Joe Manchin said, the worst U.S. coal mining disaster in four "
      "decades. The four had been missing since the blast, and crews had twice been pulled out "
      "of the mine when methane levels rose. Two other miners were injured. Federal records show "
      "the mine was cited for 458 safety violations last year, including 57 for failing to "
      "control explosive coal dust and methane.",
      [C("four", 4, "exact", "killed", "miners whose bodies were found", MANCHIN,
         cat_alt=["missing"], ctx="last four missing"),
       C("29", 29, "exact", "killed", "miners", MANCHIN),
       C("four", 4, "exact", "killed", "miners missing since the blast", MANCHIN,
         cat_alt=["missing"], attr_alt=[None], ctx="The four had"),
       C("Two", 2, "exact", "injured", "miners", None, attr_alt=[MANCHIN]),
       C("458", 458, "exact", "other", "safety violations", "Federal records", optional=True),
       C("57", 57, "exact", "other", "violations for coal dust and methane", "Federal records",
         optional=True)]),
    P("d10_030",
      "ASHULIA: At least 112 workers were killed when fire swept through the nine-storey "
      "Tazreen Fashions factory on the outskirts of the capital on Saturday night, the fire "
      "service said yesterday. Fire service officials said 101 bodies were recovered from inside "
      "the building and 11 more people died after jumping from upper floors to escape the "
      "flames. Around 1,150 workers were inside when the fire broke out on the ground floor, "
      "where yarn was stored, according to the factory's managers. The building's three "
      "staircases all led down through the ground floor, survivors said. The government has "
      "announced Tk 1 lakh for the family of each victim.",
      [C("At least 112", 112, "at_least", "killed", "workers", "the fire service"),
       C("101", 101, "exact", "killed", "bodies recovered inside the building",
         "Fire service officials"),
       C("11", 11, "exact", "killed", "people who died after jumping",
         "Fire service officials"),
       C("Around 1,150", 1150, "about", "other", "workers inside the factory",
         "the factory's managers"),
       C("three", 3, "exact", "other", "staircases", "survivors", optional=True,
         cat_alt=["infrastructure"])]),

    # --- Landslides, stampedes, earthquakes ---------------------------------------------------
    P("d10_031",
      "IDUKKI: The death toll in the landslip that buried a row of plantation workers' line "
      "houses at Pettimudi near Munnar rose to 49 on Monday. 'Seven more bodies were recovered "
      "today,' District Collector H. Dinesan told reporters, 'and 21 people are still "
      "missing.' According to the Kannan Devan Hills Plantations company, 82 people were living "
      "in the four line houses when the hillside gave way late on Thursday night; 12 of them "
      "were rescued in the first hours. Two teams of the National Disaster Response Force, "
      "fire and rescue personnel and volunteers are taking part in the search, which has been "
      "hampered by heavy rain.",
      [C("49", 49, "exact", "killed", "people", None, attr_alt=[DINESAN]),
       C("Seven", 7, "exact", "killed", "bodies recovered", DINESAN),
       C("21", 21, "exact", "missing", "people", DINESAN),
       C("82", 82, "exact", "population", "residents of the line houses", KDHP,
         cat_alt=["other"]),
       C("four", 4, "exact", "infrastructure", "line houses", KDHP, optional=True),
       C("12", 12, "exact", "other", "people rescued", KDHP),
       C("Two", 2, "exact", "other", "NDRF teams", None, optional=True,
         cat_alt=["troops"])]),
    P("d10_032",
      "MINA, Saudi Arabia, Jan 12, 2006 (Reuters) - At least 345 pilgrims were crushed to death "
      "and 289 injured on Thursday in a stampede at the Jamarat bridge, where the faithful throw "
      "pebbles at pillars representing the devil, Saudi Interior Ministry spokesman Major "
      "General Mansour al-Turki said. The crush began when pilgrims tripped over luggage at the "
      "eastern entrance of the bridge as the crowds surged forward shortly after noon, he said. "
      "About 2.5 million people are performing the haj this year. It was the deadliest incident "
      "at the pilgrimage since 1990, when 1,426 people were crushed in a pedestrian tunnel "
      "leading to the holy sites.",
      [C("At least 345", 345, "at_least", "killed", "pilgrims", TURKI),
       C("289", 289, "exact", "injured", "pilgrims", TURKI),
       C("About 2.5 million", 2500000, "about", "other", "pilgrims performing the haj", None),
       C("1,426", 1426, "exact", "killed", "people crushed in the 1990 tunnel stampede",
         None)],
      published="2006-01-12"),
    P("d10_033",
      "CHENGDU, May 26 (Xinhua) -- The death toll from the 8.0-magnitude earthquake that jolted "
      "southwest China's Sichuan Province on May 12 had risen to 65,080 as of 12 p.m. Monday, "
      "the State Council Information Office said. Another 23,150 people were listed as missing "
      "and 360,352 had been injured, it said. More than 15 million people had been evacuated or "
      "relocated, and about 5.36 million houses had collapsed, according to the office. The "
      "government has allocated 22.7 billion yuan for disaster relief.",
      [C("65,080", 65080, "exact", "killed", "people", SCIO),
       C("23,150", 23150, "exact", "missing", "people", SCIO, attr_alt=["it"]),
       C("360,352", 360352, "exact", "injured", "people", SCIO, attr_alt=["it"]),
       C("More than 15 million", 15000000, "more_than", "displaced",
         "people evacuated or relocated", "the office", attr_alt=[SCIO]),
       C("about 5.36 million", 5360000, "about", "infrastructure", "houses collapsed",
         "the office", attr_alt=[SCIO])]),

    # --- Migrant shipwrecks ---------------------------------------------------------------------
    P("d10_034",
      "ROME (Reuters) - As many as 800 migrants may have died when their overcrowded fishing "
      "boat capsized off Libya late on Saturday, the U.N. refugee agency said on Monday, citing "
      "survivors. The 28 survivors were brought to the Sicilian port of Catania late on Monday "
      "aboard an Italian coast guard ship, along with 24 bodies. Two of them, the boat's "
      "Tunisian captain and a Syrian crew member, have been arrested on suspicion of people "
      "smuggling, prosecutors in Catania said. The disaster brings the number of migrants who "
      "have died trying to cross the Mediterranean this year to more than 1,700, according to "
      "the International Organization for Migration.",
      [C("As many as 800", 800, "at_most", "killed", "migrants", "survivors",
         attr_alt=[UNHCR]),
       C("28", 28, "exact", "other", "survivors", None),
       C("24", 24, "exact", "killed", "bodies", None),
       C("Two", 2, "exact", "detained", "survivors arrested", "prosecutors in Catania"),
       C("more than 1,700", 1700, "more_than", "killed",
         "migrants who died crossing the Mediterranean this year", IOM_FULL)]),
    P("d10_035",
      "Updated: 1 October 2024, 18:15 GMT\n"
      "GENEVA (AFP) - At least 45 migrants drowned and dozens more are missing after smugglers "
      "forced passengers off a boat in rough seas off Djibouti, the UN migration agency said "
      "Tuesday. The vessel had left Yemen with 310 migrants on board, most of them Ethiopians "
      "heading home, the IOM said in a statement. Survivors told IOM staff that the smugglers "
      "ordered about 150 people into the water some way from the shore. Thirty-two people were "
      "rescued, 11 of whom needed hospital treatment in Obock, it said. At least 558 migrants "
      "died on the so-called Eastern Route last year.",
      [C("At least 45", 45, "at_least", "killed", "migrants", UN_MIGRATION),
       C("dozens", 12, "vague", "missing", "migrants", UN_MIGRATION),
       C("310", 310, "exact", "other", "migrants on board", "the IOM",
         attr_alt=[UN_MIGRATION]),
       C("about 150", 150, "about", "other", "people forced into the water", "Survivors"),
       C("Thirty-two", 32, "exact", "other", "people rescued", "the IOM", attr_alt=["it"]),
       C("11", 11, "exact", "injured", "rescued people needing hospital treatment", "the IOM",
         attr_alt=["it"]),
       C("At least 558", 558, "at_least", "killed", "migrants who died on the Eastern Route",
         None, attr_alt=["the IOM"])],
      published="2024-10-01"),

    # --- Floods and quakes in South Asia and Japan -------------------------------------------
    P("d10_036",
      "DEHRADUN: The bodies of 32 people have been recovered so far and 174 are still missing "
      "after Sunday's flash flood in Uttarakhand's Chamoli district, the State Emergency "
      "Operation Centre said on Wednesday, up from 170 missing a day earlier. About 35 workers "
      "are believed to be trapped in a silt-choked tunnel of the Tapovan-Vishnugad hydel "
      "project, where more than 600 personnel of the Army, ITBP, NDRF and SDRF are drilling "
      "through debris. On Sunday, 12 workers were pulled out alive from a smaller tunnel nearby.",
      [C("32", 32, "exact", "killed", "bodies recovered", SEOC),
       C("174", 174, "exact", "missing", "people", SEOC),
       C("170", 170, "exact", "missing", "people (earlier figure)", SEOC),
       C("About 35", 35, "about", "other", "workers trapped in the tunnel", None,
         cat_alt=["missing"], attr_alt=[SEOC]),
       C("more than 600", 600, "more_than", "troops", "Army, ITBP, NDRF and SDRF personnel",
         None, attr_alt=[SEOC]),
       C("12", 12, "exact", "other", "workers rescued", None)]),
    P("d10_037",
      "ISLAMABAD, Nov 2: The government on Wednesday raised the official death toll from the "
      "Oct 8 earthquake to 73,276, up from 57,597, with the number of seriously injured put at "
      "69,260. Federal Relief Commissioner Maj-Gen Farooq Ahmed Khan told a news briefing that "
      "the increase reflected bodies counted in remote valleys of Azad Kashmir and the NWFP "
      "that relief teams had only now reached. About 3.3 million people had been left homeless "
      "by the 7.6-magnitude quake, he said, and tents had so far been provided for some 400,000 "
      "families.",
      [C("73,276", 73276, "exact", "killed", "people", "The government"),
       C("57,597", 57597, "exact", "killed", "people (earlier figure)", "The government"),
       C("69,260", 69260, "exact", "injured", "seriously injured", "The government"),
       C("About 3.3 million", 3300000, "about", "displaced", "people left homeless", KHAN,
         attr_alt=["he"]),
       C("some 400,000", 400000, "about", "other", "families given tents", KHAN,
         cat_alt=["aid", "displaced"], attr_alt=["he"])]),
    P("d10_038",
      "Monday, March 21, 2011\n"
      "The National Police Agency said Sunday that 8,133 people had been confirmed dead and "
      "12,272 were missing in the 12 prefectures hit by the March 11 earthquake and tsunami, and "
      "it warned that the toll would rise as searchers reached more of the devastated coast. "
      "More than 360,000 people are living in about 2,200 evacuation centers, many without "
      "heating or enough food. Some 100,000 Self-Defense Forces personnel have been mobilized, "
      "the largest deployment in the SDF's history. Separately, about 70,000 residents within "
      "20 km of the crippled Fukushima No. 1 nuclear plant have been ordered to leave.",
      [C("8,133", 8133, "exact", "killed", "people", NPA),
       C("12,272", 12272, "exact", "missing", "people", NPA),
       C("12", 12, "exact", "other", "prefectures hit", NPA, optional=True),
       C("More than 360,000", 360000, "more_than", "displaced",
         "people in evacuation centers", None, attr_alt=[NPA]),
       C("about 2,200", 2200, "about", "infrastructure", "evacuation centers", None,
         cat_alt=["other", "aid"], attr_alt=[NPA]),
       C("Some 100,000", 100000, "about", "troops", "Self-Defense Forces personnel", None),
       C("about 70,000", 70000, "about", "displaced",
         "residents ordered to leave the Fukushima zone", None, cat_alt=["population"])],
      published="2011-03-21"),

    # --- Only non-claims ------------------------------------------------------------------------
    P("d10_039",
      "CHARLESTON, W.Va. (AP) — Alpha Natural Resources has agreed to pay $209 million to "
      "settle its criminal liability for the 2010 explosion at the Upper Big Branch mine, "
      "federal prosecutors said Tuesday, the largest settlement ever in a mine disaster case. "
      "The deal includes $46.5 million in restitution to victims' families, $128 million for "
      "mine-safety improvements and research, and $34.8 million in fines for safety violations. "
      "The agreement does not shield individuals from prosecution. Alpha bought Massey Energy, "
      "which owned the mine, in June for $7.1 billion.",
      []),
    P("d10_040",
      "TOKYO (Reuters) - Japan fell silent at 2:46 p.m. on Thursday, the moment a magnitude 9.0 "
      "earthquake struck off its northeast coast 10 years ago, as Emperor Naruhito and Prime "
      "Minister Yoshihide Suga led a scaled-down memorial service in Tokyo. The quake set off a "
      "tsunami that reached more than 15 metres in places and caused triple meltdowns at the "
      "Fukushima Daiichi nuclear plant, the world's worst nuclear disaster since Chernobyl in "
      "1986. The government has set aside about 32 trillion yen for reconstruction over the "
      "decade, and decommissioning the plant is expected to take 30 to 40 years.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d10_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "holdout2")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
