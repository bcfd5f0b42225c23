"""Source of the fifty-seventh development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on protests, uprisings and crackdowns worldwide between 2011
and 2025 (students, workers, farmers and villagers, ethnic and religious groups, election
disputes), written for this set (none copied from an article) in the styles of wire copy
(Reuters, AP, AFP, PTI, Yonhap), rights groups' and UN releases (Amnesty International, Human
Rights Watch, the UN Human Rights Office), national papers (The Hindu, the Indian Express, Dawn,
The Daily Star, the Kathmandu Post, Ahram Online, the South China Morning Post, The Irrawaddy,
The Jakarta Post, The Star, the Daily Monitor, Premium Times, a Buenos Aires daily, a Sri Lankan
weekly, Hürriyet Daily News, Meduza) and live blogs. Figures cover protesters killed and
injured, police injured, arrests, detainees released, charged and sentenced, the missing, crowds
estimated by organisers and by police, police and troops deployed, and tear gas, stun grenades
and rounds fired. Annotated by hand and blind by the project's gold conventions
(``gold/README.md`` of the shared folder) and the decisions recorded in the READMEs of the
earlier sets. Figures follow contemporary reports loosely and some details are invented; the set
tests extraction, not facts.

Run ``python tests/devset57/build_devset57.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 57)] + ["holdout", "holdout2",
                                                                 "holdout3"]

PH_OFFICIALS = "police and hospital officials"
NOAKHALI = "Local officials in Noakhali"
THALDUWA = "Police spokesman Nihal Thalduwa"
SEC_OFFICIAL = "a security official"
KRG = "The Kurdistan Regional Government"
KRG_HEALTH = "local health officials"
IQ_HRC = "Iraq's semi-official human rights commission"
LRC = "The Lebanese Red Cross"
ISF = "The Internal Security Forces"
AI = "Amnesty International"
KAMBILE = "Human Rights Minister Sansan Kambile"
OHCHR = "UN Human Rights Office"
HRW = "Human Rights Watch"
HRW_REPORT = "The 61-page report"
CNDH_REPORT = "a report by the state human rights commission"
GETACHEW = "Government spokesman Getachew Reda"
NG_ARMY = "The Nigerian Army"
USMAN = "Army spokesman Brig.-Gen. Sani Usman"
MUSA = "Ibrahim Musa"
BF_OPP = "opposition leaders"
BF_GOV = "a government official"
AM_MOH = "The Health Ministry"
AM_IC = "The Investigative Committee"
UCLA_SPOKES = "a university spokesperson"
UCLA_OFFICIALS = "university officials"
CHP = "The California Highway Patrol"
UCSA = "the UC Student Association"
BO_GOV = "Bolivia's government"
RIOS = "Government Minister Roberto Ríos"
PA_OMBUDS = "The Ombudsman's Office"
SCR = "South Central Railway"
RLY_POLICE = "Railway Police"
R_PATEL = "Minister of State for Home Rajnikant Patel"
PUNE_POLICE = "Pune Rural police"
SINGHAL = "Haryana's director general of police YP Singhal"
PIMS = "Officials at the Pakistan Institute of Medical Sciences"
ANWAR = "Punjab police chief Usman Anwar"
TLP = "Tehreek-e-Labbaik Pakistan (TLP)"
HOSP_SOURCES = "hospital sources"
BGMEA = "The factory owners' association BGMEA"
BIR_OFFICIALS = "local officials"
NOC = "the Nepal Oil Corporation"
LK_HOSPITAL = "hospital officials"
WANIGASOORIYA = "Army spokesman Brigadier Ruwan Wanigasooriya"
NWSDB = "The National Water Supply and Drainage Board"
AI_ORG = "The organization"
IR_ACTIVISTS = "Human rights activists in the province"
EG_MOH = "the health ministry"
SHEIHA = "Hisham Sheiha"
EG_MOI = "The interior ministry"
OM_DOCTOR = "a doctor at the town's main hospital"
SAEEDI = "Health Minister Ahmed bin Mohammed al-Saeedi"
HT_DOCTOR = "a doctor at the provincial hospital"
CN_MFA = "China's foreign ministry"
VN_POLICE = "Vietnam's police ministry"
KH_OFFICIAL = "a Cambodian immigration official"
MONYWA_DOCTORS = "Doctors at Monywa hospital"
KHAB_ADMIN = "the city administration"
SA_POLICE = "Sarajevo police"
INP = "The National Police"
ARGO = "National Police spokesman Insp. Gen. Argo Yuwono"
ANIES = "Governor Anies Baswedan"
YLBHI = "The Indonesian Legal Aid Foundation (YLBHI)"
ZULKIFLI = "Kuala Lumpur police chief Datuk Zulkifli Abdullah"
BA_CITY = "The Buenos Aires city government"
BULLRICH = "Security Minister Patricia Bullrich"
ALA = "Interior Minister Efkan Ala"
RUSOKE = "Police spokesperson Kituuma Rusoke"

PASSAGES = [
    # --- South Asia ------------------------------------------------------------------------
    P("d57_001",
      "DHAKA, Feb 28, 2013 (AFP) - At least 35 people were killed on Thursday as supporters of "
      "Bangladesh's largest Islamic party clashed with police across the country after one of "
      "its leaders was sentenced to death for war crimes, police and hospital officials said. "
      "Delwar Hossain Sayedee, 73, was convicted by a special tribunal of murder, rape and "
      "torture during the 1971 independence war. Police said at least four officers were among "
      "the dead, most of them beaten to death in the northern district of Gaibandha, and that "
      "more than 200 people had been injured nationwide. Jamaat-e-Islami called a two-day "
      "general strike from Sunday and said in a statement that \"over 50\" of its activists had "
      "been shot dead by police. Local officials in Noakhali said Jamaat supporters had set fire "
      "to at least 40 Hindu homes and two temples, and that hundreds of Hindu villagers had fled "
      "to relatives in nearby towns.",
      [C("At least 35", 35, "at_least", "killed", "people in clashes across Bangladesh",
         PH_OFFICIALS),
       C("at least four", 4, "at_least", "killed", "police officers", "Police"),
       C("more than 200", 200, "more_than", "injured", "people injured nationwide", "Police"),
       C("over 50", 50, "more_than", "killed", "Jamaat activists shot dead", "Jamaat-e-Islami"),
       C("at least 40", 40, "at_least", "infrastructure", "Hindu homes set on fire", NOAKHALI,
         cat_alt=["other"]),
       C("two", 2, "exact", "infrastructure", "temples set on fire", NOAKHALI,
         cat_alt=["other"], ctx="two temples"),
       C("hundreds", 100, "vague", "displaced", "Hindu villagers who fled", NOAKHALI)],
      published="2013-02-28"),

    P("d57_002",
      "Curfew extended as death toll from Monday's violence rises to eight\n"
      "Tuesday, 10 May 2022 08:40 AM\n"
      "Eight people, including a ruling party MP, have died in the violence that erupted after "
      "supporters of Prime Minister Mahinda Rajapaksa attacked anti-government protesters at "
      "Galle Face on Monday, police said. Police spokesman Nihal Thalduwa said 219 people had "
      "been admitted to hospitals, most of them in Colombo, and that 41 houses belonging to "
      "politicians had been set on fire overnight. The Defence Ministry said it had ordered troops "
      "to shoot on sight anyone looting public property or causing harm to life. About 1,500 "
      "troops and 3,000 police were deployed in the capital, a security official said. Mahinda "
      "Rajapaksa resigned as prime minister on Monday afternoon, a month after protesters began "
      "their sit-in outside the Presidential Secretariat.",
      [C("eight", 8, "exact", "killed", "people in Monday's violence (headline)"),
       C("Eight", 8, "exact", "killed", "people in Monday's violence", "police"),
       C("219", 219, "exact", "injured", "people admitted to hospitals", THALDUWA),
       C("41", 41, "exact", "infrastructure", "politicians' houses set on fire", THALDUWA,
         cat_alt=["other"]),
       C("About 1,500", 1500, "about", "troops", "troops deployed in Colombo", SEC_OFFICIAL),
       C("3,000", 3000, "exact", "troops", "police deployed in Colombo", SEC_OFFICIAL,
         cat_alt=["other"])],
      published="2022-05-10"),

    # --- Middle East -----------------------------------------------------------------------
    P("d57_003",
      "SULAIMANIYA, Iraq, Dec 8 (Reuters) - At least six people were killed and dozens wounded "
      "in a third day of protests over unpaid public salaries in Iraq's Kurdistan region, local "
      "health officials said on Tuesday. Protesters set fire to at least 18 offices of political "
      "parties in towns east of Sulaimaniya, among them Ranya and Piramagrun, witnesses and local "
      "officials said. The Kurdistan Regional Government said 37 members of its security forces "
      "had been injured and that \"about 70\" people suspected of arson had been arrested. Public "
      "employees, including teachers and health workers, say they have not been paid for three "
      "months. The region's government blames Baghdad for withholding its share of the federal "
      "budget.",
      [C("At least six", 6, "at_least", "killed", "protesters in Iraqi Kurdistan", KRG_HEALTH),
       C("dozens", 12, "vague", "injured", "protesters in Iraqi Kurdistan", KRG_HEALTH),
       C("at least 18", 18, "at_least", "infrastructure", "party offices set on fire",
         "witnesses and local officials", cat_alt=["other"]),
       C("37", 37, "exact", "injured", "security forces members", KRG),
       C("about 70", 70, "about", "detained", "arson suspects arrested", KRG)]),

    P("d57_004",
      "BASRA, Iraq (AP) — Protesters stormed and torched the Iranian consulate in the southern "
      "Iraqi city of Basra late Friday, the climax of a week of unrest over poor services and "
      "polluted water that has left at least 12 protesters dead. Iraq's semi-official human "
      "rights commission said 11 people had been killed since Monday and that 61 members of the "
      "security forces had been wounded, along with 100 civilians. Security officials said three "
      "Katyusha rockets landed inside the perimeter of Basra airport overnight, causing no "
      "casualties. Health officials say more than 30,000 people have been admitted to hospital "
      "this summer after drinking contaminated water. Prime Minister Haider al-Abadi ordered an "
      "investigation and sent additional troops to the province.",
      [C("at least 12", 12, "at_least", "killed", "protesters in Basra"),
       C("11", 11, "exact", "killed", "people in Basra since Monday", IQ_HRC),
       C("61", 61, "exact", "injured", "security forces members", IQ_HRC),
       C("100", 100, "exact", "injured", "civilians", IQ_HRC),
       C("three", 3, "exact", "munitions", "Katyusha rockets on Basra airport",
         "Security officials"),
       C("more than 30,000", 30000, "more_than", "other",
         "people hospitalised after drinking contaminated water", "Health officials",
         cat_alt=["injured"])]),

    P("d57_005",
      "Lebanon protests – live\n"
      "Last updated 19 January 2020, 00:15 EET\n"
      "23:40 The Lebanese Red Cross says it has transported 80 injured people to hospitals and "
      "treated more than 140 on the spot near parliament in downtown Beirut. Civil Defence says "
      "its teams treated another 180 people, many of them for the effects of tear gas.\n"
      "22:05 The Internal Security Forces say on Twitter that 142 of their members have been "
      "hurt, some of them with \"severe\" injuries, after protesters threw stones, fireworks and "
      "pieces of broken paving.\n"
      "20:30 Riot police have fired tear gas and water cannon at hundreds of demonstrators "
      "trying to break through barricades on the road to parliament, our correspondent says. She "
      "counted more than 100 tear gas canisters fired in the space of an hour.\n"
      "19:10 Human Rights Watch says security forces detained at least 59 people in two days of "
      "protests earlier this week, and that several detainees told the group they had been "
      "beaten. The protest movement began on October 17.",
      [C("80", 80, "exact", "injured", "injured people taken to hospitals", LRC),
       C("more than 140", 140, "more_than", "injured", "people treated on the spot", LRC),
       C("180", 180, "exact", "injured", "people treated by Civil Defence", "Civil Defence"),
       C("142", 142, "exact", "injured", "security forces members hurt", ISF),
       C("hundreds", 100, "vague", "other", "demonstrators at the barricades",
         "our correspondent"),
       C("more than 100", 100, "more_than", "munitions", "tear gas canisters fired in an hour",
         "our correspondent", cat_alt=["other"], attr_alt=["She"]),
       C("at least 59", 59, "at_least", "detained", "people detained in two days", HRW)],
      published="2020-01-19"),

    # --- North Africa ------------------------------------------------------------------------
    P("d57_006",
      "Morocco: Hirak El-Rif protesters' heavy sentences must be quashed\n"
      "Press release | 27 June 2018\n"
      "A Casablanca court's decision to sentence Hirak El-Rif protest leader Nasser Zefzafi and "
      "three other activists to 20 years in prison is a grave miscarriage of justice, Amnesty "
      "International said today. In all, 53 defendants received prison terms of between one and "
      "20 years after a trial that lasted more than eight months. Amnesty International has "
      "documented allegations that at least 30 of the detainees were tortured or otherwise "
      "ill-treated in police custody. More than 400 people have been arrested since the "
      "protests began in the Rif region in October 2016 after a fishmonger, Mouhcine Fikri, was "
      "crushed to death in a garbage truck. \"These verdicts are meant to send a chilling "
      "message,\" said Heba Morayef, Amnesty's Middle East and North Africa director.",
      [C("three", 3, "exact", "detained", "activists sentenced to 20 years", AI),
       C("53", 53, "exact", "detained", "defendants sentenced", None, attr_alt=[AI]),
       C("at least 30", 30, "at_least", "detained", "detainees allegedly tortured", AI,
         cat_alt=["injured"]),
       C("More than 400", 400, "more_than", "detained", "people arrested since October 2016",
         None, attr_alt=[AI])],
      published="2018-06-27"),

    # --- Sub-Saharan Africa ------------------------------------------------------------------
    P("d57_007",
      "ABIDJAN, Nov 10, 2020 (AFP) - At least 85 people have been killed in violence linked to "
      "Ivory Coast's presidential election since August, the government said on Tuesday, as "
      "President Alassane Ouattara's victory in the October 31 vote was confirmed by the "
      "Constitutional Council. Human Rights Minister Sansan Kambile told reporters that 484 "
      "people had been injured and that 225 had been arrested, 31 of whom had been charged. The "
      "opposition, which boycotted the vote over Ouattara's bid for a third term, puts the death "
      "toll at more than 100. More than 8,000 Ivorians have fled into neighbouring Liberia, "
      "Ghana and Togo, according to the UN refugee agency. Ouattara, 78, won 94.27 percent of "
      "the vote.",
      [C("At least 85", 85, "at_least", "killed", "people in election violence",
         "the government", attr_alt=[KAMBILE]),
       C("484", 484, "exact", "injured", "people in election violence", KAMBILE),
       C("225", 225, "exact", "detained", "people arrested", KAMBILE),
       C("31", 31, "exact", "detained", "people charged", KAMBILE, cat_alt=["other"],
         ctx="31 of whom"),
       C("more than 100", 100, "more_than", "killed", "people (opposition toll)",
         "The opposition"),
       C("More than 8,000", 8000, "more_than", "displaced", "Ivorians who fled abroad",
         "the UN refugee agency")],
      published="2020-11-10"),

    P("d57_008",
      "Comment by UN Human Rights Office spokesperson Seif Magango on the killing of protesters "
      "in Goma, Democratic Republic of the Congo\n"
      "GENEVA (1 September 2023) – We are appalled by the killing of at least 43 people, "
      "including a police officer, and the wounding of 56 others in Goma on Wednesday, when "
      "soldiers opened fire on members of a religious sect who were preparing a demonstration "
      "against the UN peacekeeping mission, MONUSCO. Some 158 people were arrested, among them "
      "the sect's leader, and several of the wounded remain in critical condition. Local human "
      "rights defenders have told us that at least 20 people are still missing. We welcome the "
      "decision of the military justice authorities to open an investigation and to detain two "
      "senior officers, including the commander of the Republican Guard in Goma. Those "
      "responsible must be held accountable.",
      [C("at least 43", 43, "at_least", "killed", "people killed in Goma", None,
         attr_alt=[OHCHR]),
       C("56", 56, "exact", "injured", "people wounded in Goma", None, attr_alt=[OHCHR]),
       C("Some 158", 158, "about", "detained", "people arrested", None, attr_alt=[OHCHR]),
       C("at least 20", 20, "at_least", "missing", "people missing after the crackdown",
         "Local human rights defenders"),
       C("two", 2, "exact", "detained", "senior officers detained", None,
         attr_alt=["the military justice authorities", OHCHR], ctx="two senior")],
      published="2023-09-01"),

    P("d57_009",
      "DR Congo: Deadly Crackdown on Protests\n"
      "January 24, 2015 12:00AM EST\n"
      "(Kinshasa) – Congolese security forces killed at least 36 people, including a "
      "15-year-old boy, during protests this week in Kinshasa against proposed changes to the "
      "electoral law, Human Rights Watch said today. Police and Republican Guard soldiers fired "
      "live ammunition into crowds, and at least 21 of the victims were shot dead, the group "
      "found. The government has acknowledged 12 deaths, among them a police officer, and says "
      "looters were responsible for much of the violence. Human Rights Watch also documented the "
      "arrest of more than 300 people, some of whom are being held incommunicado at military "
      "camps. Protests have also spread to Goma, Bukavu and Uvira, where at least four people "
      "were killed.",
      [C("at least 36", 36, "at_least", "killed", "people in Kinshasa protests", HRW),
       C("at least 21", 21, "at_least", "killed", "victims shot dead", "the group",
         attr_alt=[HRW]),
       C("12", 12, "exact", "killed", "deaths acknowledged by the government",
         "The government", ctx="12 deaths"),
       C("more than 300", 300, "more_than", "detained", "people arrested", HRW),
       C("at least four", 4, "at_least", "killed", "people in eastern cities", None,
         attr_alt=[HRW])],
      published="2015-01-24"),

    P("d57_010",
      "NAIROBI, Kenya (AP) — Ethiopian security forces have killed more than 400 people in a "
      "crackdown on protests in the Oromia region since November, Human Rights Watch said in a "
      "report released Thursday. The 61-page report, based on interviews with more than 125 "
      "protesters, witnesses and victims, says tens of thousands of people have been arrested, "
      "many of them students, and that hundreds have disappeared. Government spokesman Getachew "
      "Reda rejected the findings and said 173 people, including security personnel, had died, "
      "citing a report by the state human rights commission. The protests began over a plan to "
      "expand the capital, Addis Ababa, into Oromo farmland, and have since broadened into "
      "demands for more political rights.",
      [C("more than 400", 400, "more_than", "killed", "people in Oromia protests", HRW),
       C("more than 125", 125, "more_than", "other", "people interviewed for the report",
         HRW_REPORT, optional=True, attr_alt=[HRW]),
       C("tens of thousands", 10000, "vague", "detained", "people arrested", HRW_REPORT,
         attr_alt=[HRW]),
       C("hundreds", 100, "vague", "missing", "people disappeared", HRW_REPORT,
         attr_alt=[HRW]),
       C("173", 173, "exact", "killed", "people, including security personnel", CNDH_REPORT,
         attr_alt=[GETACHEW])]),

    P("d57_011",
      "Army says three Shiites killed in Abuja clashes, IMN puts toll at 42\n"
      "Published October 30, 2018\n"
      "The Nigerian Army has said three members of the Islamic Movement in Nigeria were killed "
      "on Monday when soldiers clashed with the group's procession at Zuba, on the outskirts of "
      "Abuja. Army spokesman Brig.-Gen. Sani Usman said the marchers had attacked a military "
      "convoy with stones and petrol bombs, injuring four soldiers. But the IMN, also known as "
      "the Shiites, said 42 of its members had been killed over two days of processions and "
      "that more than 100 others were wounded, some of them critically. The group's spokesman, "
      "Ibrahim Musa, said \"about 35\" members had been taken away by soldiers and that their "
      "whereabouts were unknown. Police said 400 members of the group had been arrested in Abuja "
      "since Saturday.",
      [C("three", 3, "exact", "killed", "Shiites in Abuja (headline)", "Army",
         attr_alt=[NG_ARMY], ctx="says three"),
       C("42", 42, "exact", "killed", "IMN members (headline)", "IMN", attr_alt=["the IMN"],
         ctx="toll at 42"),
       C("three", 3, "exact", "killed", "IMN members", NG_ARMY, ctx="three members"),
       C("four", 4, "exact", "injured", "soldiers", USMAN),
       C("42", 42, "exact", "killed", "IMN members", "the IMN", attr_alt=["IMN"],
         ctx="42 of its"),
       C("more than 100", 100, "more_than", "injured", "IMN members", "the IMN",
         attr_alt=["IMN"]),
       C("about 35", 35, "about", "missing", "members taken away by soldiers", MUSA,
         cat_alt=["detained"], attr_alt=["The group's spokesman"]),
       C("400", 400, "exact", "detained", "IMN members arrested", "Police")],
      published="2018-10-30"),

    P("d57_012",
      "OUAGADOUGOU, Oct 31 (AFP) - Burkina Faso's President Blaise Compaoré resigned on Friday "
      "after 27 years in power, a day after protesters set fire to parliament to stop a vote "
      "that would have let him run again. At least 30 people were killed and more than 100 "
      "wounded during Thursday's unrest, opposition leaders said, while a hospital source put "
      "the toll at four dead. The national assembly and the ruling party's headquarters were "
      "among at least a dozen buildings ransacked or burned, a government official said. Tens of "
      "thousands of people had gathered in the capital's Place de la Nation, which protesters "
      "have renamed Revolution Square. Army chief General Honoré Traoré announced that he was "
      "taking over as head of state.",
      [C("At least 30", 30, "at_least", "killed", "people in Thursday's unrest", BF_OPP),
       C("more than 100", 100, "more_than", "injured", "people in Thursday's unrest", BF_OPP),
       C("four", 4, "exact", "killed", "dead (hospital source's toll)", "a hospital source"),
       C("at least a dozen", 12, "at_least", "infrastructure", "buildings ransacked or burned",
         BF_GOV, cat_alt=["other"]),
       C("Tens of thousands", 10000, "vague", "other", "people gathered in the square")]),

    # --- Caucasus ------------------------------------------------------------------------------
    P("d57_013",
      "Over 100 injured as police disperse protesters outside Armenian parliament\n"
      "13 Jun 2024\n"
      "YEREVAN — Police used stun grenades and pepper spray on Wednesday to push back thousands "
      "of protesters who tried to break through a cordon outside the National Assembly, where "
      "lawmakers were debating the government's handling of border demarcation with Azerbaijan. "
      "The Health Ministry said 101 people had sought medical help, including 17 police officers, "
      "and that 61 were hospitalised. The Investigative Committee said police had thrown 86 stun "
      "grenades. Police said 98 people had been detained, 84 of whom were released overnight. "
      "The protest movement, led by Archbishop Bagrat Galstanyan, has held daily rallies in "
      "Yerevan since early May.",
      [C("Over 100", 100, "more_than", "injured", "people (headline)"),
       C("thousands", 1000, "vague", "other", "protesters at the cordon"),
       C("101", 101, "exact", "injured", "people who sought medical help", AM_MOH),
       C("17", 17, "exact", "injured", "police officers", AM_MOH),
       C("61", 61, "exact", "injured", "people hospitalised", AM_MOH),
       C("86", 86, "exact", "munitions", "stun grenades thrown by police", AM_IC,
         cat_alt=["other"]),
       C("98", 98, "exact", "detained", "people detained", "Police"),
       C("84", 84, "exact", "detained", "detainees released overnight", "Police")],
      published="2024-06-13"),

    # --- The Americas --------------------------------------------------------------------------
    P("d57_014",
      "UCLA encampment: live updates\n"
      "6:45 a.m. Police have cleared the pro-Palestinian encampment at UCLA after a standoff that "
      "lasted through the night. Officers fired flash-bangs as they moved in, and more than 200 "
      "people have been arrested, according to a university spokesperson.\n"
      "5:10 a.m. Between 300 and 500 protesters remain inside the barricades, university "
      "officials estimate. Some 2,000 more had gathered outside overnight.\n"
      "Yesterday, 1:30 p.m. The California Highway Patrol says 210 people were taken into custody "
      "at the encampment on Wednesday night, most of them for failure to disperse, and that two "
      "officers were injured.\n"
      "Recap: Counterprotesters attacked the encampment with fireworks, sticks and bear spray on "
      "Tuesday night while police waited nearby. At least 15 people were injured, according to "
      "the UC Student Association, and one was hospitalized.",
      [C("more than 200", 200, "more_than", "detained", "people arrested at UCLA",
         UCLA_SPOKES),
       C("Between 300 and 500", 300, "range", "other", "protesters inside the barricades",
         UCLA_OFFICIALS, high=500),
       C("Some 2,000", 2000, "about", "other", "people gathered outside", UCLA_OFFICIALS,
         attr_alt=[None]),
       C("210", 210, "exact", "detained", "people taken into custody", CHP),
       C("two", 2, "exact", "injured", "officers", CHP),
       C("At least 15", 15, "at_least", "injured", "people in the counterprotesters' attack",
         UCSA),
       C("one", 1, "exact", "injured", "person hospitalized", UCSA, ctx="one was")]),

    P("d57_015",
      "LA PAZ, Bolivia (AP) — Three police officers were killed by gunfire and a fourth died of "
      "his injuries on Wednesday in the mining town of Llallagua, home to about 40,000 people, "
      "where supporters of former President Evo Morales have been blocking roads for more than "
      "two weeks, Bolivia's government said. Government Minister Roberto Ríos said at least 30 "
      "officers had been injured and that protesters had held four police officers captive for "
      "several hours before releasing them. Residents said a firefighter was also killed when he "
      "was shot in the head. The government said it had deployed some 2,000 police and soldiers "
      "to clear the highways, and that 54 people had been arrested across Potosí department. "
      "Morales, who is barred from running in the August 17 election, denied that his "
      "supporters were armed.",
      [C("Three", 3, "exact", "killed", "police officers in Llallagua", BO_GOV),
       C("about 40,000", 40000, "about", "population", "residents of Llallagua", None,
         attr_alt=[BO_GOV]),
       C("at least 30", 30, "at_least", "injured", "police officers", RIOS),
       C("four", 4, "exact", "hostages", "police officers held captive", RIOS,
         cat_alt=["detained"]),
       C("some 2,000", 2000, "about", "troops", "police and soldiers deployed",
         "The government", attr_alt=[BO_GOV]),
       C("54", 54, "exact", "detained", "people arrested in Potosí", "The government",
         attr_alt=[BO_GOV])]),

    P("d57_016",
      "PANAMA CITY, Nov 8 (Reuters) - Two teachers who were protesting against a copper mining "
      "contract were shot dead at a highway roadblock west of Panama City on Tuesday by a man "
      "who got out of his car, police said. The suspect, a 77-year-old man with dual "
      "U.S.-Panamanian nationality, was arrested at the scene. Police said on Wednesday that "
      "1,100 people had been detained since the protests began in late October, fewer than 100 "
      "of whom remained in custody, and that 40 officers had been injured. The Ombudsman's Office said more than 70 protesters had "
      "received hospital treatment, most of them for pellet wounds. Tens of thousands have "
      "marched in the capital demanding the closure of the Cobre Panama mine, which accounts for "
      "about 5% of the country's GDP.",
      [C("Two", 2, "exact", "killed", "teachers shot at a roadblock", "police"),
       C("1,100", 1100, "exact", "detained", "people detained since late October", "Police"),
       C("fewer than 100", 100, "fewer_than", "detained", "people still in custody", "Police"),
       C("40", 40, "exact", "injured", "police officers", "Police"),
       C("more than 70", 70, "more_than", "injured", "protesters treated in hospital",
         PA_OMBUDS),
       C("Tens of thousands", 10000, "vague", "other", "marchers in Panama City")]),

    # --- India ---------------------------------------------------------------------------------
    P("d57_017",
      "One killed as police open fire at Secunderabad station during Agnipath protest\n"
      "Updated - June 18, 2022 09:15 am IST\n"
      "HYDERABAD\n"
      "One person was killed and 13 others were injured when the Railway Protection Force opened "
      "fire on a mob of job aspirants who set trains ablaze at Secunderabad railway station on "
      "Friday, officials said. The deceased was identified as D. Rakesh, 22, of Warangal "
      "district. South Central Railway said three trains, including the East Coast Express, had "
      "been set on fire and put the damage at ₹20 crore. Police said at least 2,000 youth, most "
      "of them candidates preparing for Army recruitment, had gathered at the station. Railway "
      "Police registered a case against 450 unidentified persons, and 46 people were taken into "
      "custody by Friday night.",
      [C("One", 1, "exact", "killed", "person at Secunderabad (headline)", ctx="One killed"),
       C("One", 1, "exact", "killed", "person at Secunderabad", "officials",
         ctx="One person"),
       C("13", 13, "exact", "injured", "people at Secunderabad", "officials"),
       C("three", 3, "exact", "other", "trains set on fire", SCR, optional=True,
         cat_alt=["infrastructure"]),
       C("at least 2,000", 2000, "at_least", "other", "youth gathered at the station",
         "Police"),
       C("450", 450, "exact", "detained", "unidentified persons booked", None,
         cat_alt=["other"], attr_alt=[RLY_POLICE]),
       C("46", 46, "exact", "detained", "people taken into custody", None,
         attr_alt=[RLY_POLICE])],
      published="2022-06-18"),

    P("d57_018",
      "Patidar agitation: Toll rises to 8, Army called out in Ahmedabad\n"
      "Written by Express News Service | Ahmedabad | Updated: August 27, 2015 4:10 am\n"
      "The death toll in the violence that followed the Patidar quota rally rose to eight on "
      "Wednesday, including a policeman, state officials said, as the Army staged flag marches "
      "in Ahmedabad and curfew was imposed in parts of the city and in Surat and Mehsana. "
      "Minister of State for Home Rajnikant Patel said 117 policemen had been injured, and that "
      "more than 150 buses and 16 police stations had been torched or damaged. About 5,000 Army "
      "personnel and 93 companies of central paramilitary forces had been deployed across the "
      "state, he said. Around 500,000 people had attended Tuesday's rally at the GMDC ground, "
      "organisers said; police put the crowd at 200,000. Hardik Patel, 22, who leads the "
      "agitation, was briefly detained after the rally.",
      [C("8", 8, "exact", "killed", "people in Patidar violence (headline)"),
       C("eight", 8, "exact", "killed", "people in Patidar violence", "state officials"),
       C("117", 117, "exact", "injured", "policemen", R_PATEL),
       C("more than 150", 150, "more_than", "other", "buses torched or damaged", R_PATEL,
         optional=True, cat_alt=["infrastructure"]),
       C("16", 16, "exact", "infrastructure", "police stations torched or damaged", R_PATEL,
         cat_alt=["other"]),
       C("About 5,000", 5000, "about", "troops", "Army personnel deployed", R_PATEL,
         attr_alt=["he"]),
       C("93", 93, "exact", "troops", "companies of paramilitary forces", R_PATEL,
         attr_alt=["he"]),
       C("Around 500,000", 500000, "about", "other", "people at the rally (organisers)",
         "organisers"),
       C("200,000", 200000, "exact", "other", "people at the rally (police)", "police")],
      published="2015-08-27"),

    P("d57_019",
      "Pune, Jan 2 (PTI) One person was killed and several vehicles were torched as violence "
      "broke out during the bicentenary celebrations of the Bhima Koregaon battle in Pune "
      "district yesterday, police said. The deceased, Rahul Fatangale, 28, was hit by a stone, a "
      "senior police officer said. Nearly 300,000 people, most of them Dalits, had gathered at "
      "the war memorial at Perne Phata, organisers said. Pune Rural police said 22 vehicles had "
      "been set on fire and 40 people had been detained, and that 12 policemen were among the "
      "injured. Chief Minister Devendra Fadnavis ordered a judicial inquiry and announced Rs 10 "
      "lakh compensation for the family of the deceased.",
      [C("One", 1, "exact", "killed", "person at Bhima Koregaon", "police"),
       C("Nearly 300,000", 300000, "about", "other", "people gathered at the memorial",
         "organisers"),
       C("22", 22, "exact", "other", "vehicles set on fire", PUNE_POLICE, optional=True,
         cat_alt=["infrastructure"]),
       C("40", 40, "exact", "detained", "people detained", PUNE_POLICE),
       C("12", 12, "exact", "injured", "policemen", PUNE_POLICE)]),

    P("d57_020",
      "Rohtak, Feb 22 (PTI) The toll in the Jat quota agitation rose to 19 today, Haryana's "
      "director general of police YP Singhal said, as the Army cleared the last blockades on "
      "national highways and water supply to Delhi resumed from the Munak canal. At least 200 "
      "people were injured during the week-long stir, he said. Over 1,000 shops, malls and "
      "homes were torched in Rohtak alone, according to traders' bodies. The Centre rushed 68 "
      "companies of paramilitary forces to the state, and about 6,000 Army personnel were "
      "deployed in eight districts. Industry body Assocham put the losses at ₹34,000 crore.",
      [C("19", 19, "exact", "killed", "people in the Jat agitation", SINGHAL),
       C("At least 200", 200, "at_least", "injured", "people in the Jat agitation", SINGHAL,
         attr_alt=["he"]),
       C("Over 1,000", 1000, "more_than", "infrastructure", "shops, malls and homes torched",
         "traders' bodies"),
       C("68", 68, "exact", "troops", "companies of paramilitary forces", None,
         attr_alt=["The Centre"]),
       C("about 6,000", 6000, "about", "troops", "Army personnel deployed"),
       C("eight", 8, "exact", "other", "districts", optional=True)]),

    # --- Pakistan and Bangladesh -----------------------------------------------------------------
    P("d57_021",
      "Published November 26, 2017\n"
      "ISLAMABAD: At least six people were killed and nearly 200 injured on Saturday as police "
      "and Frontier Constabulary personnel launched an operation to clear the Faizabad "
      "Interchange, where supporters of the Tehreek-i-Labbaik Ya Rasool Allah had been staging a "
      "sit-in for nearly three weeks. Officials at the Pakistan Institute of Medical Sciences "
      "said 173 injured people, including 80 policemen, had been brought to the hospital. Police "
      "said around 8,500 personnel took part in the operation, which was suspended in the "
      "afternoon after protesters torched vehicles and a police check post. The interior "
      "ministry later called in the army to restore order. By nightfall, protests had spread to "
      "Karachi, Lahore and other cities, and Islamabad police said 150 protesters had been "
      "arrested.",
      [C("At least six", 6, "at_least", "killed", "people in the Faizabad operation"),
       C("nearly 200", 200, "about", "injured", "people in the Faizabad operation"),
       C("173", 173, "exact", "injured", "injured people brought to PIMS", PIMS),
       C("80", 80, "exact", "injured", "policemen", PIMS),
       C("around 8,500", 8500, "about", "troops", "police personnel in the operation", "Police",
         cat_alt=["other"]),
       C("150", 150, "exact", "detained", "protesters arrested", "Islamabad police")],
      published="2017-11-26"),

    P("d57_022",
      "LAHORE, Pakistan, Oct 13 (Reuters) - Pakistani police cleared a camp of an Islamist "
      "party's supporters at Muridke, near Lahore, early on Monday, leaving at least one police "
      "officer and three party workers dead, Punjab police chief Usman Anwar said. "
      "Tehreek-e-Labbaik Pakistan (TLP), which had been trying to march on the U.S. embassy in "
      "Islamabad in a show of support for Palestinians, said dozens of its members had been "
      "killed and hundreds wounded, a claim Reuters could not verify. Anwar said 48 officers had "
      "suffered gunshot wounds and that 40 government and private vehicles had been set on fire. "
      "Police have arrested more than 1,000 party workers since Friday, a provincial official "
      "said. The party was banned in 2021 after violent protests but the ban was later lifted.",
      [C("at least one", 1, "at_least", "killed", "police officer at Muridke", ANWAR),
       C("three", 3, "exact", "killed", "TLP workers at Muridke", ANWAR),
       C("dozens", 12, "vague", "killed", "TLP members (party's claim)", TLP),
       C("hundreds", 100, "vague", "injured", "TLP members (party's claim)", TLP),
       C("48", 48, "exact", "injured", "police officers with gunshot wounds", "Anwar",
         attr_alt=[ANWAR]),
       C("40", 40, "exact", "other", "vehicles set on fire", "Anwar", optional=True,
         cat_alt=["infrastructure"], attr_alt=[ANWAR]),
       C("more than 1,000", 1000, "more_than", "detained", "TLP workers arrested",
         "a provincial official")]),

    P("d57_023",
      "Hefazat hartal: 5 more killed, toll reaches 17 in three days\n"
      "Star Report Sun Mar 28, 2021 09:40 PM Last update on: Sun Mar 28, 2021 11:58 PM\n"
      "Five more people were killed in clashes with police during a hartal called by "
      "Hefazat-e-Islam across the country today, taking the death toll in three days of "
      "violence over Indian Prime Minister Narendra Modi's visit to 17. Three of today's deaths "
      "were in Brahmanbaria and two in Narayanganj, hospital sources said. Hefazat men attacked "
      "at least 10 government offices and a train in Brahmanbaria, including the land office and "
      "the press club, our correspondent reports. Border Guard Bangladesh deployed 22 platoons "
      "in the district. Police said more than 200 people, including 45 policemen, were injured "
      "in Narayanganj's Signboard area, where protesters blocked the Dhaka-Chattogram highway "
      "for seven hours.",
      [C("5", 5, "exact", "killed", "people killed during the hartal (headline)"),
       C("17", 17, "exact", "killed", "people in three days (headline)", ctx="reaches 17"),
       C("Five", 5, "exact", "killed", "people killed during the hartal", None,
         attr_alt=[HOSP_SOURCES]),
       C("17", 17, "exact", "killed", "people in three days", None, attr_alt=[HOSP_SOURCES],
         ctx="visit to 17"),
       C("Three", 3, "exact", "killed", "people in Brahmanbaria", HOSP_SOURCES),
       C("two", 2, "exact", "killed", "people in Narayanganj", HOSP_SOURCES,
         ctx="two in Narayanganj"),
       C("at least 10", 10, "at_least", "infrastructure", "government offices attacked",
         "our correspondent", cat_alt=["other"]),
       C("22", 22, "exact", "troops", "BGB platoons deployed", None,
         attr_alt=["Border Guard Bangladesh"]),
       C("more than 200", 200, "more_than", "injured", "people in Narayanganj", "Police"),
       C("45", 45, "exact", "injured", "policemen", "Police")],
      published="2021-03-28"),

    P("d57_024",
      "DHAKA, Nov 9 (Reuters) - Bangladeshi police fired tear gas and rubber bullets at "
      "thousands of garment workers in the industrial hub of Gazipur on Thursday, a day after a "
      "female worker was shot dead in clashes over a new minimum wage, police and union leaders "
      "said. Anjuara Khatun, 23, a sewing machine operator, was the second worker to die since "
      "the protests began on Oct. 23. The factory owners' association BGMEA said about 600 "
      "factories had been shut and that 70 had been vandalised. Police have filed cases against "
      "more than 11,000 unidentified workers, a police official told Reuters. In Ashulia, "
      "workers confined 12 factory managers inside a building for several hours until police "
      "freed them, the industrial police said. The government "
      "last week set the minimum monthly wage at 12,500 taka ($113), far below the 23,000 taka "
      "that unions had demanded.",
      [C("thousands", 1000, "vague", "other", "garment workers protesting in Gazipur",
         "police and union leaders"),
       C("about 600", 600, "about", "infrastructure", "factories shut", BGMEA,
         cat_alt=["other"]),
       C("70", 70, "exact", "infrastructure", "factories vandalised", BGMEA,
         cat_alt=["other"]),
       C("more than 11,000", 11000, "more_than", "detained", "workers named in police cases",
         "a police official", cat_alt=["other"]),
       C("12", 12, "exact", "hostages", "factory managers confined by workers",
         "the industrial police", cat_alt=["detained"])]),

    # --- Nepal and Sri Lanka ---------------------------------------------------------------------
    P("d57_025",
      "Police clear Miteri Bridge; Indian youth killed in firing\n"
      "Post Report\n"
      "Nov 3, 2015\n"
      "BIRGUNJ — An Indian national was killed and at least 20 people, including 12 policemen, "
      "were injured on Monday when police opened fire to clear Madhesi protesters from the "
      "Nepal-India border crossing at Miteri Bridge, local officials said. The deceased, Ashish "
      "Kumar Ram, 19, was from Raxaul across the border. Police said they had fired 96 rounds of "
      "tear gas and 65 rounds of live ammunition. More than 50 people have been killed since the "
      "Madhes-based parties launched their agitation in August, according to rights activists. "
      "The border blockade has cut fuel supplies to Kathmandu, where only 20 percent of the "
      "usual daily need is being met; India allowed 46 fuel tankers into Nepal through Birgunj "
      "on Friday, the Nepal Oil Corporation said.",
      [C("at least 20", 20, "at_least", "injured", "people at Miteri Bridge", BIR_OFFICIALS),
       C("12", 12, "exact", "injured", "policemen", BIR_OFFICIALS),
       C("96", 96, "exact", "munitions", "rounds of tear gas fired", "Police",
         cat_alt=["other"]),
       C("65", 65, "exact", "munitions", "rounds of live ammunition fired", "Police",
         cat_alt=["other"]),
       C("More than 50", 50, "more_than", "killed", "people in the Madhes agitation",
         "rights activists"),
       C("46", 46, "exact", "aid", "fuel tankers allowed into Nepal", NOC)],
      published="2015-11-03"),

    P("d57_026",
      "Army opens fire on Weliweriya water protest: three dead\n"
      "By Our Gampaha Correspondent\n"
      "Three people, two of them schoolboys, were killed and at least 36 others injured when "
      "soldiers opened fire on villagers demanding clean drinking water at Rathupaswala, "
      "Weliweriya, on Thursday, hospital officials said. Residents of some 15 villages have been "
      "protesting for weeks, saying a nearby rubber-glove factory has polluted their wells. "
      "Police said about 4,000 people had blocked the Colombo-Kandy road before troops were "
      "called in. Army spokesman Brigadier Ruwan Wanigasooriya said eight soldiers had also been "
      "injured, and the Army Commander has appointed a three-member court of inquiry. The "
      "National Water Supply and Drainage Board said it was sending 30 water bowsers a day to "
      "the area.",
      [C("three", 3, "exact", "killed", "people at Rathupaswala (headline)",
         ctx="three dead"),
       C("Three", 3, "exact", "killed", "people at Rathupaswala", LK_HOSPITAL),
       C("two", 2, "exact", "killed", "schoolboys", LK_HOSPITAL, ctx="two of them"),
       C("at least 36", 36, "at_least", "injured", "people at Rathupaswala", LK_HOSPITAL),
       C("some 15", 15, "about", "other", "villages protesting", optional=True),
       C("about 4,000", 4000, "about", "other", "people blocking the road", "Police"),
       C("eight", 8, "exact", "injured", "soldiers", WANIGASOORIYA),
       C("30", 30, "exact", "aid", "water bowsers a day", NWSDB)]),

    # --- Iran, Egypt, Oman ------------------------------------------------------------------------
    P("d57_027",
      "Iran: Security forces use live ammunition and birdshot to crush protests in Khuzestan\n"
      "23 July 2021\n"
      "Index Number: MDE 13/4421/2021\n"
      "Iranian security forces have deployed unlawful force, including live ammunition and "
      "birdshot, to crush mostly peaceful protests over water shortages in Khuzestan province, "
      "Amnesty International said today. The organization has identified at least eight "
      "protesters and bystanders, including a 17-year-old boy, who were killed in eight cities "
      "since 15 July. Iranian officials have acknowledged three deaths, blaming \"rioters\" or "
      "unidentified gunmen. According to videos and testimonies gathered by the organization, "
      "dozens of people have been injured. Human rights activists in the province told Amnesty "
      "International that at least 171 people, including children, had been arrested.",
      [C("at least eight", 8, "at_least", "killed", "protesters and bystanders", AI_ORG,
         attr_alt=[AI]),
       C("eight", 8, "exact", "other", "cities", AI_ORG, optional=True, ctx="eight cities"),
       C("three", 3, "exact", "killed", "deaths acknowledged by officials",
         "Iranian officials"),
       C("dozens", 12, "vague", "injured", "people injured in Khuzestan",
         "videos and testimonies gathered by the organization", attr_alt=[AI_ORG, AI]),
       C("at least 171", 171, "at_least", "detained", "people arrested", IR_ACTIVISTS,
         attr_alt=[AI])],
      published="2021-07-23"),

    P("d57_028",
      "Death toll in Mohamed Mahmoud clashes reaches 33, health ministry says\n"
      "Tuesday 22 Nov 2011\n"
      "The number of protesters killed in four days of clashes with security forces on Mohamed "
      "Mahmoud Street, off Tahrir Square, has risen to 33, the health ministry said on Tuesday, "
      "up from 26 announced on Monday night. Hisham Sheiha, an aide to the health minister, told "
      "state television that 1,750 people had been injured since Saturday. Field doctors at "
      "makeshift clinics in Tahrir say the real figure is far higher and that scores of "
      "protesters have lost eyes to birdshot. The interior ministry said 102 police officers and "
      "conscripts had been wounded and that 191 people had been arrested. Tens of thousands "
      "filled the square on Tuesday for a \"million-man march\" demanding that the ruling "
      "military council hand power to civilians.",
      [C("33", 33, "exact", "killed", "protesters (headline)", "health ministry",
         attr_alt=[EG_MOH], ctx="reaches 33"),
       C("33", 33, "exact", "killed", "protesters on Mohamed Mahmoud Street", EG_MOH,
         ctx="risen to 33"),
       C("26", 26, "exact", "killed", "protesters (Monday's figure)", EG_MOH),
       C("1,750", 1750, "exact", "injured", "people injured since Saturday", SHEIHA,
         attr_alt=["an aide to the health minister"]),
       C("scores", 20, "vague", "injured", "protesters who lost eyes",
         "Field doctors at makeshift clinics in Tahrir"),
       C("102", 102, "exact", "injured", "police officers and conscripts", EG_MOI),
       C("191", 191, "exact", "detained", "people arrested", EG_MOI),
       C("Tens of thousands", 10000, "vague", "other", "people in Tahrir Square")],
      published="2011-11-22"),

    P("d57_029",
      "SOHAR, Oman, Feb 27 (Reuters) - Omani police fired rubber bullets and tear gas at "
      "stone-throwing protesters demanding jobs and political reform in the industrial port of "
      "Sohar on Sunday, killing two people, a doctor at the town's main hospital said. Health "
      "Minister Ahmed bin Mohammed al-Saeedi told state television that one person had died and "
      "20 had been wounded. Witnesses said as many as six people were killed. Hundreds of "
      "protesters later set fire to a supermarket, a police station and the governor's "
      "residence, witnesses said. Sultan Qaboos, who has ruled since 1970, reshuffled his "
      "cabinet on Saturday and promised 50,000 new jobs.",
      [C("two", 2, "exact", "killed", "people in Sohar", OM_DOCTOR),
       C("one", 1, "exact", "killed", "person in Sohar (minister)", SAEEDI),
       C("20", 20, "exact", "injured", "people in Sohar", SAEEDI),
       C("as many as six", 6, "at_most", "killed", "people in Sohar (witnesses)", "Witnesses"),
       C("Hundreds", 100, "vague", "other", "protesters who set fires", "witnesses"),
       C("50,000", 50000, "exact", "other", "new jobs promised", optional=True)]),

    # --- East and Southeast Asia --------------------------------------------------------------
    P("d57_030",
      "Wukan villagers defy police blockade after death in custody\n"
      "Published: 12:00am, 15 Dec, 2011\n"
      "Thousands of villagers in Wukan, in Guangdong's Lufeng city, rallied for a fourth day "
      "yesterday, demanding the return of the body of a village representative who died in "
      "police custody on Sunday. Xue Jinbo, 42, was one of five villagers detained over "
      "protests against land grabs; officials said he died of cardiac failure, but relatives say "
      "his body bore signs of beating. Residents said about 1,000 armed police had sealed off "
      "the village of some 13,000 people, cutting off food deliveries. \"We have enough rice for "
      "about 10 days,\" one villager said. Lufeng officials said the four other detainees would "
      "be \"dealt with according to law\".",
      [C("Thousands", 1000, "vague", "other", "villagers rallying in Wukan"),
       C("five", 5, "exact", "detained", "villagers detained over protests"),
       C("about 1,000", 1000, "about", "troops", "armed police sealing off Wukan",
         "Residents", cat_alt=["other"]),
       C("some 13,000", 13000, "about", "population", "people in Wukan", None,
         attr_alt=["Residents"]),
       C("four", 4, "exact", "detained", "other detainees", "Lufeng officials")],
      published="2011-12-15"),

    P("d57_031",
      "HANOI, May 15 (Reuters) - One Chinese worker was killed and about 90 people were injured "
      "when rioters attacked a steel plant being built by Taiwan's Formosa Plastics Group in Ha "
      "Tinh province, a doctor at the provincial hospital said on Thursday. China's foreign "
      "ministry said one Chinese national had died and more than 100 had been hurt in the "
      "violence, which spread from southern industrial parks over Beijing's deployment of an oil "
      "rig in disputed waters. Vietnam's police ministry said 1,000 people had been arrested in "
      "Binh Duong province, where 15 foreign-owned factories were set on fire and hundreds more "
      "looted. About 600 Chinese nationals crossed into Cambodia by land on Wednesday, a "
      "Cambodian immigration official said. China said it would send ships to evacuate its "
      "citizens.",
      [C("One", 1, "exact", "killed", "Chinese worker in Ha Tinh", HT_DOCTOR),
       C("about 90", 90, "about", "injured", "people in Ha Tinh", HT_DOCTOR),
       C("one", 1, "exact", "killed", "Chinese national", CN_MFA),
       C("more than 100", 100, "more_than", "injured", "people hurt (Chinese count)", CN_MFA),
       C("1,000", 1000, "exact", "detained", "people arrested in Binh Duong", VN_POLICE),
       C("15", 15, "exact", "infrastructure", "factories set on fire", None,
         attr_alt=[VN_POLICE], ctx="15 foreign-owned"),
       C("hundreds", 100, "vague", "infrastructure", "factories looted", None,
         attr_alt=[VN_POLICE]),
       C("About 600", 600, "about", "displaced", "Chinese nationals who crossed into Cambodia",
         KH_OFFICIAL)]),

    P("d57_032",
      "Police Raid Letpadaung Protest Camps, Monks Burned\n"
      "By SAW YAN NAING / MONYWA, Sagaing Division\n"
      "Riot police raided six protest camps at the Letpadaung copper mine before dawn on "
      "Thursday, using water cannon, tear gas and incendiary devices that left dozens of "
      "Buddhist monks with severe burns. Doctors at Monywa hospital said they had treated more "
      "than 50 monks and 13 villagers, several of whom were transferred to Mandalay. \"Some of "
      "the monks were burned all over their bodies,\" said a nurse who asked not to be named. "
      "The government said in a statement on state television that police had used \"smoke "
      "bombs\" and that 22 police officers were injured. The mine, a joint venture between a "
      "Chinese company and a military-owned conglomerate, has taken more than 7,800 acres of "
      "farmland from 26 villages.",
      [C("six", 6, "exact", "infrastructure", "protest camps raided", None,
         cat_alt=["other"], attr_alt=["Riot police"]),
       C("dozens", 12, "vague", "injured", "monks with severe burns"),
       C("more than 50", 50, "more_than", "injured", "monks treated", MONYWA_DOCTORS),
       C("13", 13, "exact", "injured", "villagers treated", MONYWA_DOCTORS),
       C("22", 22, "exact", "injured", "police officers", "The government"),
       C("more than 7,800", 7800, "more_than", "other", "acres of farmland taken",
         optional=True),
       C("26", 26, "exact", "other", "villages", optional=True)]),

    # --- Russia and Europe --------------------------------------------------------------------
    P("d57_033",
      "Tens of thousands march in Khabarovsk for arrested governor\n"
      "10:41 pm, July 11, 2020 / Source: Meduza\n"
      "Between 10,000 and 12,000 people marched through the center of Khabarovsk on Saturday in "
      "support of the region's arrested governor, Sergei Furgal, according to the city "
      "administration. Local media and organizers put the crowd at up to 35,000, which would "
      "make it one of the largest protests in Russia's Far East in decades. Police did not "
      "intervene and reported no detentions. Furgal, who was elected in 2018 as a candidate of "
      "the nationalist LDPR, was flown to Moscow on Thursday and charged with organizing the "
      "murders of two businessmen in 2004 and 2005. He faces up to life in prison.",
      [C("Tens of thousands", 10000, "vague", "other", "marchers in Khabarovsk (headline)"),
       C("Between 10,000 and 12,000", 10000, "range", "other", "marchers in Khabarovsk",
         KHAB_ADMIN, high=12000),
       C("up to 35,000", 35000, "at_most", "other", "marchers in Khabarovsk",
         "Local media and organizers"),
       C("two", 2, "exact", "killed", "businessmen murdered in 2004 and 2005")],
      published="2020-07-11"),

    P("d57_034",
      "SARAJEVO, Feb 7 (AFP) - Protesters set fire to the Bosnian presidency building and the "
      "Sarajevo cantonal government on Friday as anger over unemployment and failed "
      "privatisations spread to cities across the country's Muslim-Croat federation. Sarajevo "
      "police said 104 of their officers and 44 civilians were injured in the capital and that "
      "33 people were detained. In Tuzla, where the protests began on Wednesday when former "
      "workers of five privatised factories clashed with police, demonstrators torched the "
      "cantonal government building and the municipal court. Around 130 people were treated in "
      "hospitals in Tuzla, Zenica and Mostar, local health officials said. It was the worst "
      "unrest in Bosnia since the 1992-95 war.",
      [C("104", 104, "exact", "injured", "police officers in Sarajevo", SA_POLICE),
       C("44", 44, "exact", "injured", "civilians in Sarajevo", SA_POLICE),
       C("33", 33, "exact", "detained", "people detained in Sarajevo", SA_POLICE),
       C("five", 5, "exact", "other", "privatised factories", optional=True),
       C("Around 130", 130, "about", "injured", "people treated in hospitals",
         "local health officials")]),

    P("d57_035",
      "Police arrest nearly 6,000 in protests against jobs law\n"
      "Jakarta / Sat, October 10, 2020 / 11:05 am\n"
      "The National Police said on Friday that 5,918 people had been arrested during three days "
      "of nationwide protests against the omnibus Job Creation Law, 240 of whom were suspected of "
      "committing violence and would be charged. National Police spokesman Insp. Gen. Argo "
      "Yuwono said 87 of those detained had tested positive for COVID-19. In Jakarta, rioters "
      "burned 18 bus shelters of the TransJakarta network and several police posts, Governor "
      "Anies Baswedan said, putting the damage at Rp 65 billion. The Indonesian Legal Aid "
      "Foundation (YLBHI) said it had received reports of at least 110 protesters injured by "
      "police, including journalists and medics. The law, passed on Monday, amends 79 existing "
      "laws.",
      [C("nearly 6,000", 6000, "about", "detained", "people arrested (headline)", None,
         attr_alt=["Police"]),
       C("5,918", 5918, "exact", "detained", "people arrested", INP),
       C("240", 240, "exact", "detained", "people to be charged", INP, cat_alt=["other"]),
       C("87", 87, "exact", "detained", "detainees positive for COVID-19", ARGO,
         cat_alt=["other"]),
       C("18", 18, "exact", "infrastructure", "bus shelters burned", ANIES,
         cat_alt=["other"]),
       C("at least 110", 110, "at_least", "injured", "protesters injured by police", YLBHI),
       C("79", 79, "exact", "other", "laws amended", optional=True)],
      published="2020-10-10"),

    P("d57_036",
      "By Star reporters\n"
      "KUALA LUMPUR: Police arrested 1,667 people, including 16 juveniles, as thousands of Bersih "
      "2.0 supporters defied a ban and tried to march to Stadium Merdeka yesterday, Kuala Lumpur "
      "police chief Datuk Zulkifli Abdullah said. He put the crowd at fewer than 6,000, while the "
      "organisers said 50,000 people had taken part. All those detained were released by last "
      "night. A former soldier, Baharuddin Ahmad, 59, died of a heart attack after inhaling tear "
      "gas, according to Bersih, a claim police denied. Some 11,000 police personnel were "
      "deployed in the city, and roadblocks were set up at 38 points on roads into the capital. "
      "It was the biggest street protest since the first Bersih rally in 2007.",
      [C("1,667", 1667, "exact", "detained", "people arrested", ZULKIFLI),
       C("16", 16, "exact", "detained", "juveniles arrested", ZULKIFLI),
       C("thousands", 1000, "vague", "other", "Bersih supporters marching", ZULKIFLI,
         attr_alt=[None]),
       C("fewer than 6,000", 6000, "fewer_than", "other", "crowd (police estimate)", ZULKIFLI,
         attr_alt=["He"]),
       C("50,000", 50000, "exact", "other", "people taking part (organisers)",
         "the organisers"),
       C("Some 11,000", 11000, "about", "troops", "police personnel deployed",
         cat_alt=["other"]),
       C("38", 38, "exact", "other", "roadblock points", optional=True)]),

    # --- Latin America and Turkey --------------------------------------------------------------
    P("d57_037",
      "Tuesday, December 19, 2017\n"
      "Dozens of police and protesters were injured and at least 60 people were arrested as "
      "clashes outside Congress raged for hours on Monday while lawmakers debated the "
      "government's pension reform, which the lower house approved early today by 128 votes to "
      "116. The Buenos Aires city government said 162 people had been treated by the SAME "
      "emergency service, 88 of them police officers. Security Minister Patricia Bullrich said "
      "protesters had hurled \"14 tonnes of stones\" at officers. Unions said some 100,000 "
      "people had joined the march, and the CGT staged a 24-hour general strike. President "
      "Mauricio Macri condemned what he called \"organised violence\".",
      [C("Dozens", 12, "vague", "injured", "police and protesters"),
       C("at least 60", 60, "at_least", "detained", "people arrested outside Congress"),
       C("162", 162, "exact", "injured", "people treated by SAME", BA_CITY),
       C("88", 88, "exact", "injured", "police officers", BA_CITY),
       C("14", 14, "exact", "other", "tonnes of stones hurled", BULLRICH, optional=True,
         cat_alt=["munitions"]),
       C("some 100,000", 100000, "about", "other", "people on the march", "Unions")],
      published="2017-12-19"),

    P("d57_038",
      "Death toll in Kobane protests rises to 31\n"
      "DİYARBAKIR – The death toll from three days of violent protests by Kurds angry at "
      "Turkey's refusal to help the besieged Syrian town of Kobane has risen to 31, Interior "
      "Minister Efkan Ala said on Thursday. Ala told parliament that 221 people, including 139 "
      "police officers, had been injured and that 1,024 people had been detained, 98 of whom "
      "had been formally arrested by courts. Curfews were imposed in six provinces for the first "
      "time since 1992, and troops patrolled the streets of Diyarbakır. Protesters damaged 212 "
      "public buildings, including 72 schools, and set fire to 1,177 vehicles, the minister "
      "said.",
      [C("31", 31, "exact", "killed", "people in Kobane protests (headline)",
         ctx="rises to 31"),
       C("31", 31, "exact", "killed", "people in Kobane protests", ALA, ctx="risen to 31"),
       C("221", 221, "exact", "injured", "people injured", "Ala", attr_alt=[ALA]),
       C("139", 139, "exact", "injured", "police officers", "Ala", attr_alt=[ALA]),
       C("1,024", 1024, "exact", "detained", "people detained", "Ala", attr_alt=[ALA]),
       C("98", 98, "exact", "detained", "people formally arrested", "Ala", attr_alt=[ALA]),
       C("six", 6, "exact", "other", "provinces under curfew", optional=True),
       C("212", 212, "exact", "infrastructure", "public buildings damaged", "the minister",
         attr_alt=[ALA]),
       C("72", 72, "exact", "infrastructure", "schools damaged", "the minister",
         attr_alt=[ALA]),
       C("1,177", 1177, "exact", "other", "vehicles set on fire", "the minister",
         optional=True, cat_alt=["infrastructure"], attr_alt=[ALA])]),

    P("d57_039",
      "(LEAD) Record crowd rallies to demand Park's immediate resignation\n"
      "2016/12/03 22:40\n"
      "SEOUL, Dec. 3 (Yonhap) -- A record 1.7 million people took to the streets across the "
      "country on Saturday to demand President Park Geun-hye's immediate resignation, organizers "
      "said, in the sixth weekly rally over the influence-peddling scandal involving her "
      "longtime friend. Of them, 1.5 million gathered in central Seoul, according to the "
      "organizers, while police estimated the turnout in the capital at 320,000 at its peak. "
      "Police deployed some 20,000 officers in 240 units around Gwanghwamun Square. Protesters "
      "marched to within 100 meters of the presidential office Cheong Wa Dae for the first time "
      "after a court lifted a ban. No arrests or serious injuries were reported.",
      [C("1.7 million", 1_700_000, "exact", "other", "people rallying nationwide",
         "organizers"),
       C("1.5 million", 1_500_000, "exact", "other", "people in central Seoul",
         "the organizers", attr_alt=["organizers"]),
       C("320,000", 320000, "exact", "other", "people in Seoul (police estimate)", "police"),
       C("some 20,000", 20000, "about", "troops", "police officers deployed", None,
         cat_alt=["other"], attr_alt=["Police"]),
       C("240", 240, "exact", "troops", "police units deployed", None, cat_alt=["other"],
         attr_alt=["Police"])],
      published="2016-12-03"),

    P("d57_040",
      "By Monitor Reporters\n"
      "KAMPALA. Police and soldiers arrested dozens of young protesters in Kampala yesterday as "
      "they tried to march to Parliament to demand the resignation of Speaker Anita Among over "
      "corruption allegations. Police spokesperson Kituuma Rusoke said 45 people had been picked "
      "up, charged with being a common nuisance and remanded to Luzira prison until August 7. "
      "Organisers, who said more than 100 people had been detained, said at least three "
      "protesters had been hurt when they were bundled onto police trucks. \"We counted at least "
      "40 police and military trucks along Parliament Avenue,\" one journalist said. President "
      "Yoweri Museveni had warned on Saturday that the protesters were \"playing with fire\".",
      [C("dozens", 12, "vague", "detained", "young protesters arrested", None,
         attr_alt=["Police"]),
       C("45", 45, "exact", "detained", "people charged and remanded", RUSOKE,
         cat_alt=["other"]),
       C("more than 100", 100, "more_than", "detained", "people detained (organisers)",
         "Organisers"),
       C("at least three", 3, "at_least", "injured", "protesters hurt", "Organisers"),
       C("at least 40", 40, "at_least", "other", "police and military trucks",
         "one journalist", optional=True, cat_alt=["troops"])]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d57_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
