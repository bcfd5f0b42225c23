"""Source of the fourteenth development set: writes ``passages.jsonl`` next to it.

Forty short passages (2–6 sentences) on the phrasing most common in reporting of tolls and of
military and humanitarian figures: air force and ministry statements on drones, missiles, shells
and air strikes launched and intercepted; troop deployments and withdrawals; prisoners, detainees
and arrests at protests; aid trucks, tonnes and convoys; the displaced, refugees, returnees and
evacuees; shelters; damaged homes; the missing after floods, landslides, avalanches and
sinkings; the injured in hospital; cholera, measles and dengue cases and deaths. Written for this
set (none copied from an article) as wire copy with datelines, web copy with "Published" and
"Updated" lines, a live blog with timestamps, a "what we know" list and a UN situation-report
box, on wars, disasters, protests and kidnappings not used in the earlier sets; annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset12`` and
``tests/holdout2``. Figures follow contemporary reports loosely; the set tests extraction, not
facts. Two passages hold only non-claims.

Run ``python tests/devset14/build_devset14.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

UA_AF = "Ukraine's Air Force"
BRIGADE_CMDR = "A commander of Ukraine's 110th Mechanised Brigade"
FILASHKIN = "regional governor Vadym Filashkin"
UA_MOI = "Ukraine's interior ministry"
RU_MOD = "Russia's defence ministry"
IOM = "the International Organization for Migration"
OCHA = "OCHA"
AMNESTY = "Amnesty International"
DEACON = "a deacon at the city's Church of St. Mary of Zion"
MNDAA = "The Myanmar National Democratic Alliance Army (MNDAA)"
CENTCOM = "U.S. Central Command"
WHO = "the World Health Organization"
TEDROS = "WHO Director-General Tedros Adhanom Ghebreyesus"
WHITE_HELMETS = "The White Helmets"
IQ_MIGRATION = "Iraq's Migration Ministry"
KURDISH_ADMIN = "the Kurdish-led administration that runs the camp"
AZ_OFFICIALS = "Azerbaijani officials"
GOV_REPORT = "a government report seen by Reuters"
GUJARAT = "the state government"
REHMAN = "Pakistan's climate change minister, Sherry Rehman"
BANERJEE = "West Bengal chief minister Mamata Banerjee"
CIVIL_PROTECTION = "the civil protection agency"
RESCUE_1122 = "Rescue 1122 spokesperson Hassaan ul Haseeb Khan"
BASARNAS = "the local search and rescue agency"
MAGUFULI = "President John Magufuli"
LOKUMU = "Josephine-Pacifique Lokumu"
NDMA_SL = "the Office of National Security"
THALDUWA = "Police spokesman Nihal Thalduwa"
KEGALLE = "A doctor at Kegalle hospital"
AMNESTY_KE = "Amnesty Kenya"
MURKOMEN = "Interior Minister Kipchumba Murkomen"
PE_MOH = "Peru's health ministry"
LO = "Police Commissioner Stephen Lo"
DARMANIN = "Interior Minister Gérald Darmanin"
SINALOA = "Authorities in the northern Mexico state of Sinaloa"
CASTANEDA = "State Security Secretary Cristóbal Castañeda"
DZ_MOI = "Algeria's interior ministry"

PASSAGES = [
    # --- Ukraine ---------------------------------------------------------------------------------
    P("d14_001",
      "Russia launches record 810 drones, 13 missiles at Ukraine overnight\n"
      "Published: Sept. 7, 2025, 10:14 AM\n"
      "Russia attacked Ukraine with 810 Shahed-type attack drones and decoys and 13 missiles "
      "overnight, the largest aerial barrage of the full-scale war, Ukraine's Air Force reported. "
      "Air defences downed or suppressed 747 drones and four missiles, it said. Nine missiles and "
      "54 drones struck 37 locations across the country. In Kyiv, a young woman and her "
      "three-month-old son were killed and at least 18 people were injured, Mayor Vitali "
      "Klitschko said.",
      [C("810", 810, "exact", "munitions", "drones launched (headline)", ctx="record 810 drones"),
       C("13", 13, "exact", "munitions", "missiles launched (headline)", ctx="drones, 13 missiles"),
       C("810", 810, "exact", "munitions", "drones and decoys launched", UA_AF,
         ctx="with 810 Shahed"),
       C("13", 13, "exact", "munitions", "missiles launched", UA_AF, ctx="and 13 missiles overnight"),
       C("747", 747, "exact", "munitions", "drones downed or suppressed", UA_AF, attr_alt=["it"]),
       C("four", 4, "exact", "munitions", "missiles downed", UA_AF, attr_alt=["it"]),
       C("Nine", 9, "exact", "munitions", "missiles that struck", UA_AF, attr_alt=[None]),
       C("54", 54, "exact", "munitions", "drones that struck", UA_AF, attr_alt=[None]),
       C("37", 37, "exact", "other", "locations struck", UA_AF, attr_alt=[None],
         cat_alt=["infrastructure"]),
       C("at least 18", 18, "at_least", "injured", "people in Kyiv",
         "Mayor Vitali Klitschko")],
      published="2025-09-07"),

    P("d14_002",
      "KYIV, Ukraine (AP) — Ukraine's army chief, Gen. Oleksandr Syrskyi, said Saturday he had "
      "ordered troops to pull out of Avdiivka, the eastern city that had been under siege for four "
      "months, to avoid encirclement and save soldiers' lives. Russia's Defence Ministry claimed "
      "its forces had killed more than 1,500 Ukrainian soldiers in the city over the previous 24 "
      "hours, a figure that could not be independently verified. A commander of Ukraine's 110th "
      "Mechanised Brigade told the BBC that between 850 and 1,000 soldiers may have been captured "
      "during the chaotic withdrawal, as Russian jets dropped up to 60 glide bombs a day on the "
      "city. Before the war Avdiivka had a population of about 32,000; fewer than 1,000 residents "
      "remained.",
      [C("more than 1,500", 1500, "more_than", "killed", "Ukrainian soldiers",
         "Russia's Defence Ministry"),
       C("between 850 and 1,000", 850, "range", "detained", "Ukrainian soldiers captured",
         BRIGADE_CMDR, high=1000, cat_alt=["hostages"]),
       C("up to 60", 60, "at_most", "munitions", "glide bombs a day", None,
         attr_alt=[BRIGADE_CMDR]),
       C("about 32,000", 32000, "about", "population", "pre-war population of Avdiivka"),
       C("fewer than 1,000", 1000, "fewer_than", "population", "residents remaining")]),

    P("d14_003",
      "Russia-Ukraine war live\n"
      "Updated: 8 March 2025, 09:40 GMT\n"
      "09:40 The death toll from the overnight missile and drone attack on Dobropillia in Donetsk "
      "region has risen to 11, including five children, regional governor Vadym Filashkin said. "
      "At least 30 people were wounded.\n"
      "08:55 Russia used Iskander-M ballistic missiles, an Iskander-K cruise missile and Shahed "
      "drones in the strike, which damaged eight high-rise buildings and 30 cars, Ukraine's "
      "interior ministry said.\n"
      "08:10 Russia's defence ministry says its air defences destroyed 88 Ukrainian drones "
      "overnight over seven regions, including 36 over Belgorod.",
      [C("11", 11, "exact", "killed", "people in Dobropillia", FILASHKIN),
       C("five", 5, "exact", "killed", "children", FILASHKIN),
       C("At least 30", 30, "at_least", "injured", "people in Dobropillia", FILASHKIN,
         attr_alt=[None]),
       C("eight", 8, "exact", "infrastructure", "high-rise buildings damaged", UA_MOI),
       C("30", 30, "exact", "other", "cars damaged", UA_MOI, optional=True, ctx="30 cars"),
       C("88", 88, "exact", "munitions", "Ukrainian drones destroyed", RU_MOD),
       C("seven", 7, "exact", "other", "Russian regions", RU_MOD, optional=True),
       C("36", 36, "exact", "munitions", "drones over Belgorod", RU_MOD)],
      published="2025-03-08"),

    # --- Sudan -----------------------------------------------------------------------------------
    P("d14_004",
      "PORT SUDAN, July 4 (Reuters) - More than 136,000 people have fled Sennar state since the "
      "Rapid Support Forces seized the state capital Singa on June 29, the International "
      "Organization for Migration said on Thursday. Many walked for days to Gedaref and Blue Nile "
      "states, the agency said, and some 1,500 reached Kassala on foot. Local activists said at "
      "least 30 civilians were killed when the RSF stormed the town and that dozens of women and "
      "girls were missing. The war, now in its second year, has uprooted about 10 million people "
      "by the IOM's count.",
      [C("More than 136,000", 136000, "more_than", "displaced", "people who fled Sennar", IOM),
       C("some 1,500", 1500, "about", "displaced", "people who reached Kassala", "the agency",
         attr_alt=[IOM]),
       C("at least 30", 30, "at_least", "killed", "civilians in Singa", "Local activists"),
       C("dozens", 12, "vague", "missing", "women and girls", "Local activists"),
       C("about 10 million", 10_000_000, "about", "displaced", "people uprooted by the war",
         "the IOM's count", attr_alt=[IOM])]),

    P("d14_005",
      "Aid deliveries into Darfur picked up in August after the Adre crossing from Chad was "
      "reopened, the UN's humanitarian office (OCHA) said in its latest situation report. Its "
      "main figures:\n"
      "• Between 1 and 14 August, 174 trucks carrying about 4,300 metric tons of supplies crossed "
      "into Darfur through the Adre and Tine crossings.\n"
      "• WFP reached 1.2 million people with food assistance in July, up from 830,000 in June.\n"
      "• Floods in Northern State have damaged or destroyed about 2,100 houses; 12 people have "
      "been reported dead.",
      [C("174", 174, "exact", "aid", "aid trucks", OCHA),
       C("about 4,300", 4300, "about", "aid", "metric tons of supplies", OCHA),
       C("1.2 million", 1_200_000, "exact", "other", "people reached with food", OCHA,
         cat_alt=["aid"]),
       C("830,000", 830000, "exact", "other", "people reached with food in June", OCHA,
         cat_alt=["aid"]),
       C("about 2,100", 2100, "about", "infrastructure", "houses damaged or destroyed", OCHA),
       C("12", 12, "exact", "killed", "people in floods", OCHA)]),

    # --- Ethiopia --------------------------------------------------------------------------------
    P("d14_006",
      "NAIROBI, Kenya (AP) — Eritrean soldiers killed hundreds of civilians in the Ethiopian city "
      "of Axum over two days in late November, Amnesty International said in a report released "
      "Friday. The group interviewed 41 survivors and witnesses, who described soldiers going "
      "house to house and shooting men and boys in the street. The Associated Press, citing a "
      "deacon at the city's Church of St. Mary of Zion, earlier reported that some 800 people were "
      "killed at the church and around the city. Ethiopia's government, which denied for months "
      "that Eritrean troops were in Tigray, said it was investigating.",
      [C("hundreds", 100, "vague", "killed", "civilians in Axum", AMNESTY),
       C("41", 41, "exact", "other", "survivors and witnesses interviewed", "The group",
         attr_alt=[AMNESTY], optional=True),
       C("some 800", 800, "about", "killed", "people in Axum", DEACON,
         attr_alt=["The Associated Press"])]),

    P("d14_007",
      "ADDIS ABABA (Reuters) - A drone strike on the main square of Finote Selam in Ethiopia's "
      "Amhara region killed 26 people, a health worker and two residents said on Monday, as "
      "fighting between the army and Fano militiamen spread across the region. A doctor at the "
      "town's hospital said 55 wounded people had been brought in, most with shrapnel wounds, and "
      "that 12 were in critical condition. The government did not comment on the strike. The "
      "state-appointed Ethiopian Human Rights Commission said separately that at least 183 people "
      "had been killed in Amhara since July.",
      [C("26", 26, "exact", "killed", "people in Finote Selam",
         "a health worker and two residents"),
       C("two", 2, "exact", "other", "residents cited as sources", optional=True),
       C("55", 55, "exact", "injured", "wounded people brought to hospital",
         "A doctor at the town's hospital"),
       C("12", 12, "exact", "injured", "people in critical condition",
         "A doctor at the town's hospital"),
       C("at least 183", 183, "at_least", "killed", "people in Amhara",
         "The state-appointed Ethiopian Human Rights Commission")]),

    # --- Myanmar ---------------------------------------------------------------------------------
    P("d14_008",
      "Myanmar junta troops surrender Laukkaing to ethnic alliance\n"
      "Published 5 January 2024\n"
      "The Myanmar National Democratic Alliance Army (MNDAA) said on Friday it had taken full "
      "control of Laukkaing, the capital of the Kokang region on the Chinese border, after 2,389 "
      "junta soldiers and police surrendered with their families. Six brigadier generals were "
      "among those who laid down their arms, the group said. It said it had also seized more than "
      "1,000 weapons and 13 armoured vehicles. Tens of thousands of residents have fled the "
      "fighting in northern Shan State since October, according to the UN.",
      [C("2,389", 2389, "exact", "detained", "junta soldiers and police who surrendered", MNDAA,
         cat_alt=["other"]),
       C("Six", 6, "exact", "detained", "brigadier generals who surrendered", "the group",
         cat_alt=["other"], attr_alt=[MNDAA]),
       C("more than 1,000", 1000, "more_than", "munitions", "weapons seized", MNDAA,
         cat_alt=["other"], attr_alt=["It"]),
       C("13", 13, "exact", "munitions", "armoured vehicles seized", MNDAA, cat_alt=["other"],
         attr_alt=["It"]),
       C("Tens of thousands", 10000, "vague", "displaced", "residents of northern Shan State",
         "the UN")],
      published="2024-01-05"),

    P("d14_009",
      "Myanmar military air strike on monastery kills 23, residents say\n"
      "A Myanmar military air strike on a Buddhist monastery in Sagaing region, where about 150 "
      "people displaced by fighting were sheltering, killed 23 people including four children, "
      "residents and an opposition official said on Friday. More than 30 others were wounded, 10 "
      "of them seriously, a resident who helped with the burials told the BBC. The jet dropped a "
      "bomb on the monastery at around 1 a.m., he said. The military's information team did not "
      "respond to requests for comment.",
      [C("23", 23, "exact", "killed", "people (headline)", "residents", ctx="kills 23"),
       C("about 150", 150, "about", "displaced", "people sheltering in the monastery", None,
         attr_alt=["residents and an opposition official"]),
       C("23", 23, "exact", "killed", "people", "residents and an opposition official",
         ctx="killed 23 people"),
       C("four", 4, "exact", "killed", "children", "residents and an opposition official"),
       C("More than 30", 30, "more_than", "injured", "people",
         "a resident who helped with the burials"),
       C("10", 10, "exact", "injured", "people seriously wounded",
         "a resident who helped with the burials")]),

    # --- Yemen and the Red Sea ---------------------------------------------------------------------
    P("d14_010",
      "WASHINGTON (Reuters) - Yemen's Houthis launched 18 one-way attack drones, two anti-ship "
      "cruise missiles and one anti-ship ballistic missile at international shipping lanes in "
      "the southern Red Sea on Tuesday, U.S. Central Command said. All of them were shot down by "
      "F/A-18 fighter jets from the USS Dwight D. Eisenhower, by three U.S. destroyers and by a "
      "British warship, it said. No injuries or damage were reported. It was the 26th Houthi "
      "attack on commercial shipping since Nov. 19, CENTCOM said.",
      [C("18", 18, "exact", "munitions", "attack drones", CENTCOM),
       C("two", 2, "exact", "munitions", "anti-ship cruise missiles", CENTCOM),
       C("one", 1, "exact", "munitions", "anti-ship ballistic missile", CENTCOM,
         ctx="one anti-ship"),
       C("three", 3, "exact", "munitions", "U.S. destroyers", CENTCOM, attr_alt=["it"],
         optional=True)]),

    P("d14_011",
      "GENEVA (Reuters) - Yemen's cholera epidemic has passed 500,000 suspected cases, the World "
      "Health Organization said on Monday, with nearly 2,000 deaths since late April. About 5,000 "
      "new cases were being recorded every day, the WHO said, and children under 15 accounted for "
      "about 41 percent of them. \"The collapse of the health system means 30,000 health workers "
      "have not been paid for nearly a year,\" WHO Director-General Tedros Adhanom Ghebreyesus "
      "said.",
      [C("500,000", 500000, "more_than", "other", "suspected cholera cases", WHO),
       C("nearly 2,000", 2000, "about", "killed", "cholera deaths", WHO),
       C("About 5,000", 5000, "about", "other", "new cases a day", "the WHO", attr_alt=[WHO]),
       C("about 41 percent", 41, "about", "other", "share of cases among children", "the WHO",
         attr_alt=[WHO], optional=True),
       C("30,000", 30000, "exact", "other", "unpaid health workers", TEDROS)]),

    # --- Syria -----------------------------------------------------------------------------------
    P("d14_012",
      "Published On 10 Feb 2023\n"
      "The first UN aid convoy to reach northwest Syria since Monday's earthquakes crossed from "
      "Turkey through the Bab al-Hawa crossing on Thursday, carrying tents, blankets and hygiene "
      "kits in six trucks. The White Helmets, the civil defence group operating in rebel-held "
      "areas, said the death toll there had climbed past 2,030, with more than 2,950 injured. "
      "Syria's health ministry put the toll in government-held areas at 1,347. In Turkey, the "
      "death toll rose to 18,991, according to the disaster agency AFAD, bringing the combined "
      "toll to more than 21,000.",
      [C("six", 6, "exact", "aid", "aid trucks"),
       C("2,030", 2030, "more_than", "killed", "people in northwest Syria", WHITE_HELMETS),
       C("more than 2,950", 2950, "more_than", "injured", "people in northwest Syria",
         WHITE_HELMETS),
       C("1,347", 1347, "exact", "killed", "people in government-held Syria",
         "Syria's health ministry"),
       C("18,991", 18991, "exact", "killed", "people in Turkey", "the disaster agency AFAD"),
       C("more than 21,000", 21000, "more_than", "killed", "people in Turkey and Syria", None,
         attr_alt=["the disaster agency AFAD"])],
      published="2023-02-10"),

    P("d14_013",
      "BAGHDAD (AP) — Iraq brought home 622 people from al-Hol camp in northeastern Syria on "
      "Thursday, most of them women and children, Iraq's Migration Ministry said. The returnees, "
      "who include 188 families, were taken to the Jeddah-5 rehabilitation centre south of Mosul. "
      "Around 43,000 people remain in al-Hol, more than half of them Iraqis, according to the "
      "Kurdish-led administration that runs the camp. Another 9,000 suspected Islamic State "
      "fighters are held in prisons across the region, it says.",
      [C("622", 622, "exact", "displaced", "returnees from al-Hol", IQ_MIGRATION),
       C("188", 188, "exact", "displaced", "returnee families", IQ_MIGRATION, cat_alt=["other"],
         attr_alt=[None]),
       C("Around 43,000", 43000, "about", "displaced", "people in al-Hol", KURDISH_ADMIN,
         cat_alt=["population", "detained"]),
       C("9,000", 9000, "exact", "detained", "suspected Islamic State fighters", KURDISH_ADMIN,
         attr_alt=["it"])]),

    # --- Caucasus and Kashmir --------------------------------------------------------------------
    P("d14_014",
      "GANJA, Azerbaijan (AP) — A missile strike on Azerbaijan's second-largest city killed 13 "
      "civilians and wounded more than 50 early Saturday, Azerbaijani officials said, as fighting "
      "over Nagorno-Karabakh entered its fourth week. The Azerbaijani prosecutor's office said 20 "
      "homes had been destroyed. Armenia's defence ministry denied firing at Ganja. Officials in "
      "Nagorno-Karabakh said 673 of their troops had been killed since Sept. 27, while Azerbaijan "
      "has not disclosed its military losses.",
      [C("13", 13, "exact", "killed", "civilians in Ganja", AZ_OFFICIALS),
       C("more than 50", 50, "more_than", "injured", "people in Ganja", AZ_OFFICIALS),
       C("20", 20, "exact", "infrastructure", "homes destroyed",
         "The Azerbaijani prosecutor's office"),
       C("673", 673, "exact", "killed", "Nagorno-Karabakh troops",
         "Officials in Nagorno-Karabakh")]),

    P("d14_015",
      "SRINAGAR, India (Reuters) - Indian authorities have detained nearly 4,000 people in Kashmir "
      "since New Delhi revoked the region's special status on Aug. 5, according to a government "
      "report seen by Reuters, the first official indication of the scale of the crackdown. About "
      "2,600 of them have since been released, the report said; most were held under the Public "
      "Safety Act, which allows detention without charge for up to two years. India flew an extra "
      "38,000 troops into the region in the days before the decision, adding to the roughly "
      "500,000 already stationed there.",
      [C("nearly 4,000", 4000, "about", "detained", "people detained in Kashmir", GOV_REPORT),
       C("About 2,600", 2600, "about", "detained", "detainees released", "the report",
         attr_alt=[GOV_REPORT]),
       C("38,000", 38000, "exact", "troops", "extra Indian troops"),
       C("roughly 500,000", 500000, "about", "troops", "Indian troops in Kashmir")]),

    # --- Cyclones and heat -----------------------------------------------------------------------
    P("d14_016",
      "AHMEDABAD/KARACHI, June 15, 2023 (Reuters) - More than 100,000 people were evacuated from "
      "low-lying coastal areas of India and Pakistan as Cyclone Biparjoy bore down on the border "
      "region on Thursday with winds gusting up to 140 km per hour. In Gujarat, authorities moved "
      "about 94,000 people to 1,521 shelters, the state government said, while Pakistan's climate "
      "change minister, Sherry Rehman, said 81,000 people had been evacuated in Sindh province. "
      "India's National Disaster Response Force deployed 18 teams. Two people were killed in "
      "Gujarat's Bhavnagar district when they tried to save goats from a swollen stream, "
      "officials said.",
      [C("More than 100,000", 100000, "more_than", "displaced", "people evacuated"),
       C("about 94,000", 94000, "about", "displaced", "people moved to shelters in Gujarat",
         GUJARAT),
       C("1,521", 1521, "exact", "infrastructure", "shelters", GUJARAT, cat_alt=["other", "aid"]),
       C("81,000", 81000, "exact", "displaced", "people evacuated in Sindh", REHMAN),
       C("18", 18, "exact", "other", "NDRF teams", optional=True, cat_alt=["troops"]),
       C("Two", 2, "exact", "killed", "people in Bhavnagar", "officials")],
      published="2023-06-15"),

    P("d14_017",
      "Cyclone Amphan: At least 84 dead as storm batters India and Bangladesh\n"
      "Published 21 May 2020\n"
      "At least 84 people have been killed after Cyclone Amphan tore through eastern India and "
      "Bangladesh, officials say. West Bengal chief minister Mamata Banerjee said 72 people had "
      "died in the state, most of them electrocuted or crushed by falling trees. In Bangladesh, "
      "where about 2.4 million people had been moved to shelters before the storm, at least 12 "
      "deaths were reported. Hundreds of thousands of homes were damaged in the two countries.",
      [C("At least 84", 84, "at_least", "killed", "people (headline)", ctx="At least 84 dead"),
       C("At least 84", 84, "at_least", "killed", "people", "officials",
         ctx="At least 84 people"),
       C("72", 72, "exact", "killed", "people in West Bengal", BANERJEE),
       C("about 2.4 million", 2_400_000, "about", "displaced", "people moved to shelters in "
         "Bangladesh"),
       C("at least 12", 12, "at_least", "killed", "people in Bangladesh"),
       C("Hundreds of thousands", 100000, "vague", "infrastructure", "homes damaged"),
       C("two", 2, "exact", "other", "countries", optional=True)],
      published="2020-05-21"),

    P("d14_018",
      "LUCKNOW, June 19, 2023 (PTI): At least 54 people have died at the district hospital in "
      "Uttar Pradesh's Ballia over the past three days amid a severe heatwave, officials said on "
      "Monday, and around 400 patients with fever, breathlessness and other ailments have been "
      "admitted. In neighbouring Bihar, 44 heat-related deaths were reported in 24 hours, "
      "according to state health department officials. Temperatures touched 46 degrees Celsius "
      "in parts of the region. Chief Medical Officer Jayant Kumar said the cause of the deaths "
      "was still being investigated.",
      [C("At least 54", 54, "at_least", "killed", "people in Ballia", "officials"),
       C("around 400", 400, "about", "other", "patients admitted", "officials",
         cat_alt=["injured"], attr_alt=[None]),
       C("44", 44, "exact", "killed", "heat-related deaths in Bihar",
         "state health department officials")],
      published="2023-06-19"),

    # --- Avalanches, collapses, mines ------------------------------------------------------------
    P("d14_019",
      "Chamoli avalanche: what we know\n"
      "- 55 workers of the Border Roads Organisation (BRO) were trapped when an avalanche hit "
      "their camp near Mana village, close to the border with Tibet, on Friday morning. The army "
      "had earlier put the number at 57, but two workers were on leave.\n"
      "- 46 have been rescued, several with serious injuries, and flown to the army hospital in "
      "Jyotirmath.\n"
      "- Eight workers died: four bodies were recovered on Saturday and the rest by Sunday "
      "evening.\n"
      "- More than 200 army, ITBP, NDRF and SDRF personnel, six helicopters and sniffer dogs were "
      "deployed (Indian Army).",
      [C("55", 55, "exact", "other", "BRO workers trapped", cat_alt=["missing"]),
       C("57", 57, "exact", "other", "BRO workers trapped (earlier count)", "The army",
         cat_alt=["missing"]),
       C("two", 2, "exact", "other", "workers on leave", optional=True),
       C("46", 46, "exact", "other", "workers rescued"),
       C("Eight", 8, "exact", "killed", "workers"),
       C("four", 4, "exact", "killed", "bodies recovered on Saturday"),
       C("More than 200", 200, "more_than", "troops", "rescue personnel", "Indian Army"),
       C("six", 6, "exact", "other", "helicopters", "Indian Army", optional=True,
         cat_alt=["munitions"])]),

    P("d14_020",
      "PESCARA, Italy (Reuters) - Rescuers have pulled nine people alive from the Hotel "
      "Rigopiano, which was buried by an avalanche in central Italy two days ago, and 23 others "
      "are still missing, the civil protection agency said on Saturday. Four of the survivors are "
      "children, it said. Two bodies have been recovered. The avalanche struck hours after four "
      "earthquakes of magnitude 5 or above shook the region on Wednesday.",
      [C("nine", 9, "exact", "other", "people rescued alive", CIVIL_PROTECTION),
       C("23", 23, "exact", "missing", "people at the hotel", CIVIL_PROTECTION),
       C("Four", 4, "exact", "other", "child survivors", CIVIL_PROTECTION, attr_alt=["it"]),
       C("Two", 2, "exact", "killed", "bodies recovered", CIVIL_PROTECTION, attr_alt=[None]),
       C("four", 4, "exact", "other", "earthquakes", optional=True)]),

    P("d14_021",
      "KARACHI: The death toll from the collapse of a five-storey residential building in "
      "Karachi's Lyari area rose to 27 on Sunday as rescuers pulled more bodies from the debris, "
      "officials said. Rescue 1122 spokesperson Hassaan ul Haseeb Khan said 10 injured people had "
      "been brought out alive since Friday morning. The building, declared dangerous by the Sindh "
      "Building Control Authority in 2022, was home to about 40 families. The authority said 16 "
      "other buildings in the area had been declared dangerous and ordered vacated.",
      [C("27", 27, "exact", "killed", "people in Lyari", "officials"),
       C("10", 10, "exact", "injured", "people brought out alive", RESCUE_1122),
       C("about 40", 40, "about", "population", "families in the building", cat_alt=["other"]),
       C("16", 16, "exact", "infrastructure", "buildings ordered vacated", "The authority",
         cat_alt=["other"], attr_alt=["the Sindh Building Control Authority"])]),

    P("d14_022",
      "HOHHOT, Feb. 23 (Xinhua) -- Six people were killed and 47 others remain missing after an "
      "open-pit coal mine collapsed in Alxa League, north China's Inner Mongolia Autonomous "
      "Region, on Wednesday afternoon, local authorities said Thursday. Six others were injured "
      "and taken to hospital. The rescue headquarters said more than 900 rescuers and over 280 "
      "pieces of heavy machinery had been sent to the site.",
      [C("Six", 6, "exact", "killed", "people", "local authorities", ctx="Six people"),
       C("47", 47, "exact", "missing", "people", "local authorities"),
       C("Six", 6, "exact", "injured", "people", "local authorities", ctx="Six others",
         attr_alt=[None]),
       C("more than 900", 900, "more_than", "troops", "rescuers", "The rescue headquarters",
         cat_alt=["other"]),
       C("over 280", 280, "more_than", "other", "pieces of heavy machinery",
         "The rescue headquarters", optional=True)]),

    P("d14_023",
      "Gorontalo landslide: 27 dead, 15 missing at illegal gold mine\n"
      "Updated: July 9, 2024 | 8:41 AM\n"
      "JAKARTA – Rescuers in Indonesia's Gorontalo province have recovered 27 bodies from a "
      "landslide that buried an illegal gold mining site on Sunday, and 15 people remain missing, "
      "the local search and rescue agency said on Tuesday. Five people were rescued alive. The "
      "agency's chief, Heriyanto, said heavy rain had also flooded 283 houses and forced more than "
      "1,000 residents to flee.",
      [C("27", 27, "exact", "killed", "people (headline)", ctx="27 dead"),
       C("15", 15, "exact", "missing", "people (headline)", ctx="15 missing"),
       C("27", 27, "exact", "killed", "bodies recovered", BASARNAS, ctx="27 bodies"),
       C("15", 15, "exact", "missing", "people", BASARNAS, ctx="15 people"),
       C("Five", 5, "exact", "other", "people rescued alive", BASARNAS, attr_alt=[None]),
       C("283", 283, "exact", "infrastructure", "houses flooded",
         "The agency's chief, Heriyanto"),
       C("more than 1,000", 1000, "more_than", "displaced", "residents who fled",
         "The agency's chief, Heriyanto")],
      published="2024-07-09"),

    # --- Boats ----------------------------------------------------------------------------------
    P("d14_024",
      "DAR ES SALAAM, Sept 22 (Reuters) - The death toll from the capsizing of a ferry on Lake "
      "Victoria has risen to 224, President John Magufuli said on Saturday, as divers recovered "
      "more bodies from the upturned vessel. Forty-one people were rescued. The MV Nyerere had a "
      "capacity of 101 passengers but was carrying more than 400 when it overturned near Ukara "
      "island on Thursday, officials said. Police said four people, including the ferry's "
      "captain, had been arrested.",
      [C("224", 224, "exact", "killed", "ferry passengers", MAGUFULI),
       C("Forty-one", 41, "exact", "other", "people rescued", MAGUFULI, attr_alt=[None]),
       C("101", 101, "exact", "other", "ferry capacity", "officials", optional=True),
       C("more than 400", 400, "more_than", "other", "people on board", "officials"),
       C("four", 4, "exact", "detained", "people arrested", "Police")]),

    P("d14_025",
      "MBANDAKA, Democratic Republic of Congo (AP) — At least 148 people died after a wooden "
      "motorboat carrying fuel caught fire and capsized on the Congo River in the country's "
      "northwest, officials said Thursday, and more than 100 others were still unaccounted for. "
      "The HB Kongolo was carrying about 500 passengers when a woman lit a fire to cook on board, "
      "said Josephine-Pacifique Lokumu, a local lawmaker. A Red Cross official put the number of "
      "bodies recovered at 131. Around 150 survivors were being sheltered in a town hall in "
      "Mbandaka.",
      [C("At least 148", 148, "at_least", "killed", "people on the boat", "officials"),
       C("more than 100", 100, "more_than", "missing", "people", "officials", attr_alt=[None]),
       C("about 500", 500, "about", "other", "passengers on board", LOKUMU),
       C("131", 131, "exact", "killed", "bodies recovered", "A Red Cross official"),
       C("Around 150", 150, "about", "other", "survivors sheltered", cat_alt=["displaced"])]),

    # --- Floods and fires -------------------------------------------------------------------------
    P("d14_026",
      "FREETOWN, Aug 16, 2017 (AFP) - Sierra Leone began burying the victims of a mudslide that "
      "swept through the Regent area of the capital on Monday, as the Red Cross warned that some "
      "600 people were still missing. Officials said 461 bodies had been recovered so far, 105 of "
      "them children. More than 3,000 people have been left homeless, according to the Office of "
      "National Security. The World Food Programme said it would provide two weeks of food "
      "rations to 7,500 people in the worst-hit neighbourhoods.",
      [C("some 600", 600, "about", "missing", "people in Regent", "the Red Cross"),
       C("461", 461, "exact", "killed", "bodies recovered", "Officials"),
       C("105", 105, "exact", "killed", "children", "Officials"),
       C("More than 3,000", 3000, "more_than", "displaced", "people left homeless", NDMA_SL),
       C("7,500", 7500, "exact", "other", "people to receive food rations",
         "The World Food Programme", cat_alt=["aid"])],
      published="2017-08-16"),

    P("d14_027",
      "TEHRAN (Reuters) - Twenty-one people were killed and about 3,700 arrested during a week of "
      "anti-government protests across Iran, a lawmaker said on Tuesday, giving the highest "
      "figure yet from an official. Mahmoud Sadeghi, a reformist MP for Tehran, said families of "
      "detainees had told him some of those held were students. The judiciary has said 440 "
      "people were arrested in Tehran alone, and that 70 of them had been freed on bail. "
      "Revolutionary Guards commander Mohammad Ali Jafari declared the \"sedition\" over, saying "
      "up to 15,000 people had taken part in the protests nationwide.",
      [C("Twenty-one", 21, "exact", "killed", "people in Iran", "a lawmaker",
         attr_alt=["Mahmoud Sadeghi"]),
       C("about 3,700", 3700, "about", "detained", "people arrested in Iran", "a lawmaker",
         attr_alt=["Mahmoud Sadeghi"]),
       C("440", 440, "exact", "detained", "people arrested in Tehran", "The judiciary"),
       C("70", 70, "exact", "detained", "detainees freed on bail", "The judiciary"),
       C("up to 15,000", 15000, "at_most", "other", "protesters nationwide",
         "Revolutionary Guards commander Mohammad Ali Jafari")]),
    # --- Protests and crackdowns -------------------------------------------------------------------
    P("d14_028",
      "COLOMBO, April 20 (Reuters) - Sri Lankan police shot dead one protester and wounded at "
      "least 13 others on Tuesday when they opened fire on a crowd blocking a railway line in the "
      "central town of Rambukkana, police said, the first deadly clash in weeks of protests over "
      "the economic crisis. Police spokesman Nihal Thalduwa said 15 police officers had also been "
      "hurt by stones. A doctor at Kegalle hospital told Reuters it had admitted 27 people with "
      "injuries, including 10 policemen, and that three of them were in critical condition. A "
      "curfew was imposed in the town.",
      [C("one", 1, "exact", "killed", "protester", "police"),
       C("at least 13", 13, "at_least", "injured", "protesters", "police"),
       C("15", 15, "exact", "injured", "police officers", THALDUWA),
       C("27", 27, "exact", "injured", "people admitted to hospital", KEGALLE),
       C("10", 10, "exact", "injured", "policemen", KEGALLE),
       C("three", 3, "exact", "injured", "people in critical condition", KEGALLE)]),

    P("d14_029",
      "NAIROBI, Kenya (AP) — At least 16 people were killed and 400 injured in protests across "
      "Kenya on Wednesday marking the first anniversary of the storming of parliament, Amnesty "
      "Kenya said, most of them shot by police. The Interior Ministry gave a lower toll of eight "
      "dead. Interior Minister Kipchumba Murkomen said 400 people had been injured, among them 300 "
      "police officers, and that 485 people had been arrested. Regulators ordered two television "
      "stations off the air for broadcasting the protests live.",
      [C("At least 16", 16, "at_least", "killed", "people in Kenya", AMNESTY_KE),
       C("400", 400, "exact", "injured", "people in Kenya", AMNESTY_KE, ctx="and 400 injured"),
       C("eight", 8, "exact", "killed", "people (official toll)", "The Interior Ministry"),
       C("400", 400, "exact", "injured", "people", MURKOMEN, ctx="said 400 people"),
       C("300", 300, "exact", "injured", "police officers", MURKOMEN),
       C("485", 485, "exact", "detained", "people arrested", MURKOMEN),
       C("two", 2, "exact", "other", "television stations taken off air", "Regulators",
         optional=True)]),

    P("d14_030",
      "LIMA, Dec 16 (Reuters) - Eight people were killed in clashes between protesters and "
      "soldiers at the airport of the Andean city of Ayacucho on Thursday, Peru's health ministry "
      "said, bringing the death toll from a week of unrest since the ouster of President Pedro "
      "Castillo to 15. The regional ombudsman's office said 52 people had been injured, 21 of them "
      "by gunshots. The defence ministry said 26 soldiers were hurt. The government has declared "
      "a 30-day state of emergency and deployed the army to guard airports and highways.",
      [C("Eight", 8, "exact", "killed", "people in Ayacucho", PE_MOH),
       C("15", 15, "exact", "killed", "people in a week of unrest", PE_MOH, attr_alt=[None]),
       C("52", 52, "exact", "injured", "people in Ayacucho", "The regional ombudsman's office"),
       C("21", 21, "exact", "injured", "people with gunshot wounds",
         "The regional ombudsman's office"),
       C("26", 26, "exact", "injured", "soldiers", "The defence ministry")]),

    P("d14_031",
      "HONG KONG (Reuters) - Police fired about 150 tear gas canisters and 20 bean bag rounds at "
      "protesters outside the city's legislature on Wednesday, Police Commissioner Stephen Lo "
      "said, as tens of thousands of people blocked roads to oppose an extradition bill. The "
      "Hospital Authority said 79 people aged 15 to 66 had been treated for injuries, two of them "
      "in serious condition. Eleven people were arrested, Lo said. Organisers said a million "
      "people had marched against the bill on Sunday; police put the peak turnout at 240,000.",
      [C("about 150", 150, "about", "munitions", "tear gas canisters fired", LO,
         cat_alt=["other"]),
       C("20", 20, "exact", "munitions", "bean bag rounds fired", LO, cat_alt=["other"]),
       C("tens of thousands", 10000, "vague", "other", "protesters blocking roads", None,
         attr_alt=[LO]),
       C("79", 79, "exact", "injured", "people", "The Hospital Authority"),
       C("two", 2, "exact", "injured", "people in serious condition", "The Hospital Authority"),
       C("Eleven", 11, "exact", "detained", "people arrested", "Lo", attr_alt=[LO]),
       C("a million", 1_000_000, "exact", "other", "marchers on Sunday", "Organisers"),
       C("240,000", 240000, "exact", "other", "marchers at the peak", "police")]),

    P("d14_032",
      "Published 26 March 2023\n"
      "SAINTE-SOLINE, France — About 200 protesters were injured, 40 of them seriously, during "
      "clashes with gendarmes at the site of a planned farm reservoir in western France on "
      "Saturday, organisers said. Interior Minister Gérald Darmanin said 47 gendarmes had been "
      "injured and that more than 3,000 gendarmes and police officers had been deployed to protect "
      "the site. He put the number of demonstrators at 6,000; organisers said 30,000 took part. "
      "Two protesters were in a life-threatening condition, prosecutors said.",
      [C("About 200", 200, "about", "injured", "protesters", "organisers"),
       C("40", 40, "exact", "injured", "protesters seriously injured", "organisers"),
       C("47", 47, "exact", "injured", "gendarmes", DARMANIN),
       C("more than 3,000", 3000, "more_than", "troops", "gendarmes and police deployed",
         DARMANIN),
       C("6,000", 6000, "exact", "other", "demonstrators", DARMANIN, attr_alt=["He"]),
       C("30,000", 30000, "exact", "other", "demonstrators", "organisers"),
       C("Two", 2, "exact", "injured", "protesters in life-threatening condition",
         "prosecutors")],
      published="2023-03-26"),

    # --- Kidnappings --------------------------------------------------------------------------------
    P("d14_033",
      "ADO-EKITI, Nigeria — Gunmen abducted six pupils, three teachers and a driver after "
      "stopping their school bus near Emure in Nigeria's southwestern Ekiti state on Monday, "
      "police said. Police spokesperson Sunday Abutu said tactical teams and local hunters had "
      "been sent to comb the forest. The kidnappers later demanded a ransom of 100 million naira, "
      "a relative of one of the teachers told Reuters. Ekiti state governor Biodun Oyebanji said "
      "separately that gunmen had killed two traditional rulers in the state on the same day.",
      [C("six", 6, "exact", "hostages", "pupils abducted", "police"),
       C("three", 3, "exact", "hostages", "teachers abducted", "police"),
       C("two", 2, "exact", "killed", "traditional rulers",
         "Ekiti state governor Biodun Oyebanji")]),

    P("d14_034",
      "CULIACAN, Mexico (AP) — Authorities in the northern Mexico state of Sinaloa said Saturday "
      "that 62 of the 66 people abducted by gunmen in the state capital this week had been found "
      "and freed, and that the remaining four were still missing. Those taken included 14 women "
      "and several minors, State Security Secretary Cristóbal Castañeda said. Some 350 soldiers, "
      "National Guard troops and state police officers had joined the search, he said. No "
      "arrests have been made.",
      [C("62", 62, "exact", "hostages", "people freed", SINALOA),
       C("66", 66, "exact", "hostages", "people abducted", SINALOA),
       C("four", 4, "exact", "missing", "people still missing", SINALOA, cat_alt=["hostages"]),
       C("14", 14, "exact", "hostages", "women abducted", CASTANEDA),
       C("Some 350", 350, "about", "troops", "soldiers and police in the search", CASTANEDA,
         attr_alt=["he"])]),

    # --- Sahel ------------------------------------------------------------------------------------
    P("d14_035",
      "N'DJAMENA (Reuters) - Around 40 Chadian soldiers were killed in an attack on a military "
      "base in the Lake Chad region late on Sunday, the presidency said, blaming Boko Haram. "
      "President Mahamat Idriss Deby travelled to the area and ordered an operation to hunt down "
      "the attackers. A military source told Reuters that dozens of soldiers were wounded and "
      "that the base at Barkaram, home to about 200 troops, had been overrun by hundreds of "
      "fighters. Chad contributes around 1,000 soldiers to the Multinational Joint Task Force.",
      [C("Around 40", 40, "about", "killed", "Chadian soldiers", "the presidency"),
       C("dozens", 12, "vague", "injured", "soldiers", "A military source"),
       C("about 200", 200, "about", "troops", "troops at the base", None,
         attr_alt=["A military source"]),
       C("hundreds", 100, "vague", "troops", "attacking fighters", "A military source",
         cat_alt=["other"]),
       C("around 1,000", 1000, "about", "troops", "Chadian soldiers in the task force")]),

    # --- Epidemics --------------------------------------------------------------------------------
    P("d14_036",
      "KINSHASA (Reuters) - A measles epidemic in Democratic Republic of Congo has killed more "
      "than 6,000 people this year, most of them children under five, the World Health "
      "Organization said on Tuesday, calling it the world's worst outbreak. There have been about "
      "310,000 suspected cases since January, it said. Medecins Sans Frontieres said its teams "
      "had vaccinated 474,000 children in the past two months and treated more than 27,000 "
      "patients.",
      [C("more than 6,000", 6000, "more_than", "killed", "measles deaths", WHO),
       C("about 310,000", 310000, "about", "other", "suspected measles cases", WHO,
         attr_alt=["it"]),
       C("474,000", 474000, "exact", "other", "children vaccinated", "Medecins Sans Frontieres",
         cat_alt=["aid"]),
       C("more than 27,000", 27000, "more_than", "other", "measles patients treated",
         "Medecins Sans Frontieres", cat_alt=["injured"])]),

    P("d14_037",
      "LIMA, June 2, 2023 (Reuters) - Peru's health minister resigned on Friday amid criticism of "
      "the government's response to the country's worst dengue outbreak, which has killed 248 "
      "people this year. More than 146,000 cases have been reported, over 60% of them in the "
      "northern regions of Piura, Lambayeque and Tumbes, according to health ministry data. "
      "Hospitals in Piura were treating nearly 1,000 dengue patients, regional officials said, "
      "and the government had sent 20 tonnes of insecticide.",
      [C("248", 248, "exact", "killed", "dengue deaths"),
       C("More than 146,000", 146000, "more_than", "other", "dengue cases",
         "health ministry data"),
       C("over 60%", 60, "more_than", "other", "share of cases in the north",
         "health ministry data", optional=True),
       C("nearly 1,000", 1000, "about", "other", "dengue patients in hospital",
         "regional officials", cat_alt=["injured"]),
       C("20", 20, "exact", "aid", "tonnes of insecticide", "regional officials",
         attr_alt=[None], cat_alt=["other"])],
      published="2023-06-02"),

    # --- Wildfires ---------------------------------------------------------------------------------
    P("d14_038",
      "ALGIERS (Reuters) - Wildfires in northern Algeria have killed at least 34 people, including "
      "10 soldiers who were trapped by the flames while evacuating residents, the interior "
      "ministry said on Tuesday. About 1,500 people were evacuated from villages in Bejaia and "
      "Bouira provinces, it said, and 26 people were treated in hospital for burns and smoke "
      "inhalation. Some 8,000 firefighters had been deployed to fight 97 fires in 16 provinces, "
      "the civil protection service said.",
      [C("at least 34", 34, "at_least", "killed", "people in Algeria", "the interior ministry"),
       C("10", 10, "exact", "killed", "soldiers", "the interior ministry"),
       C("About 1,500", 1500, "about", "displaced", "people evacuated", "the interior ministry",
         attr_alt=["it"]),
       C("26", 26, "exact", "injured", "people treated in hospital", "the interior ministry",
         attr_alt=["it"]),
       C("Some 8,000", 8000, "about", "troops", "firefighters deployed",
         "the civil protection service", cat_alt=["other"]),
       C("97", 97, "exact", "other", "fires", "the civil protection service", optional=True),
       C("16", 16, "exact", "other", "provinces", "the civil protection service",
         optional=True)]),

    # --- Only non-claims -----------------------------------------------------------------------
    P("d14_039",
      "KYIV (Reuters) - A Ukrainian Su-25 ground-attack jet crashed during a combat mission in "
      "Donetsk region at about 14:30 local time on Tuesday, the Air Force said, and its pilot "
      "ejected and was rescued. The jet belonged to the 299th Tactical Aviation Brigade, which has "
      "flown the Soviet-designed aircraft since 2014. Russia has claimed to have shot down similar "
      "aircraft with S-300 and Buk-M2 missiles. Kyiv has also asked allies for more 155mm "
      "artillery ammunition under a $2.3 billion package announced in June. No casualties on the "
      "ground were reported.",
      []),

    P("d14_040",
      "Iranian rapper sentenced to death over protest songs, lawyer says\n"
      "Published 24 April 2024\n"
      "A court in Isfahan has sentenced the Iranian rapper Toomaj Salehi, 33, to death on charges "
      "linked to the 2022 protests, his lawyer Amir Raisian said on Wednesday. Salehi, who was "
      "first arrested in October 2022, was released on bail in November 2023 after more than a "
      "year in prison, including 252 days in solitary confinement, and re-arrested days later. "
      "The lawyer said they would appeal within 20 days.",
      [],
      published="2024-04-24"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d14_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11", "devset12",
                                                   "devset13", "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
