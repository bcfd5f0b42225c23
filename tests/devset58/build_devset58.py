"""Source of the fifty-eighth development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) of ordinary news reporting on natural disasters and humanitarian
emergencies worldwide between 1999 and 2025 (earthquakes, a tsunami, cyclones, hurricanes and
typhoons, floods and landslides, avalanches, a drought, a heat wave and two epidemics), written
for this set (none copied from an article) in the styles of wire copy (Reuters, AP, AFP, EFE,
Lusa, Xinhua, Kyodo, Yonhap, Anadolu, CNA), national papers (The Hindu, Dawn, The Daily Star,
the Kathmandu Post, The Jakarta Post, Rappler, the Inquirer, the Japan Times, the Jordan Times,
Gulf News, Dominican Today, the Buenos Aires Herald, the Turkish Daily News, the New Zealand
Herald, The Tennessean) and broadcasters' websites (BBC, Al Jazeera, CBC). Figures cover the
dead, injured, missing, rescued, evacuated, displaced and homeless, houses destroyed, aid
delivered, troops and rescuers deployed, people affected, cases and contacts. Annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports
loosely and some details are invented; the set tests extraction, not facts. One passage holds
only non-claims.

Run ``python tests/devset58/build_devset58.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ["devset"] + [f"devset{n}" for n in range(2, 58)] + ["holdout", "holdout2",
                                                                 "holdout3"]

TYROL = "Tyrol provincial officials"
SCHRANZ = "the head of the local mountain rescue team"
TOURIST_BOARD = "the regional tourist board"
AT_ARMY = "The Austrian army"
TR_CRISIS = "the government's crisis centre"
ECEVIT = "Prime Minister Bulent Ecevit"
INDECI = "the national civil defence institute, Indeci"
PANIAGUA = "President Valentín Paniagua"
BG_CRISIS = "the prime ministry's crisis centre"
COS = "Governor Huseyin Avni Cos"
RED_CRESCENT_TR = "The Red Crescent"
CNS = "the national disaster relief office (CNS)"
WFP = "The World Food Programme"
HT_OFFICIALS = "Haitian officials"
DESLORGES = "Dieufort Deslorges"
NIIGATA = "the prefectural government"
STATE_TV = "state television"
KARIMI = "provincial governor Mohammad Ali Karimi"
MASSECA = "Health Ministry spokesman Carlos Alberto Masseca"
MSF = "Médecins Sans Frontières"
WHO_AO = "The World Health Organisation"
GONZALEZ = "Quintana Roo Gov. Felix Gonzalez"
COE = "the Emergency Operations Center (COE)"
LUNA = "COE director Luis Luna Paulino"
GRANIER = "Tabasco Gov. Andres Granier"
YE_OFFICIAL = "a government official"
BNPB = "the National Disaster Management Agency (BNPB)"
MAARIF = "agency head Syamsul Maarif"
CONRED = "Guatemala's disaster agency Conred"
AF_MOI = "the interior ministry"
BASHARY = "ministry spokesman Zemarai Bashary"
ISAF = "Nato's International Security Assistance Force"
NPA = "the National Police Agency"
SC_GOV = "the provincial government"
SC_HQ = "the provincial emergency headquarters"
CASAL = "Buenos Aires province Security Minister Ricardo Casal"
SCIOLI = "Governor Daniel Scioli"
KIRCHNER = "Federal Social Development Minister Alicia Kirchner"
PDMA = "the Provincial Disaster Management Authority"
KAKAR = "a senior PDMA official"
NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
PAMA = "NDRRMC executive director Alexander Pama"
MA_MOI = "the interior ministry"
KABIRI = "Panjshir's deputy governor, Abdul Rahman Kabiri"
ANDMA = "the national disaster management authority"
UNGRD = "the National Disaster Risk Management Unit (UNGRD)"
MARQUEZ = "UNGRD director Carlos Ivan Marquez"
SANTOS = "President Juan Manuel Santos"
OCHA = "The UN's humanitarian office OCHA"
WHO = "the World Health Organization"
CEOC = "the Central Emergency Operation Center"
LAI = "Tainan Mayor William Lai"
TAINAN = "the city government"
KEATING = "Defence Force chief Lieutenant General Tim Keating"
SULAIMAN = "Aceh military commander Major General Tatang Sulaiman"
OPS = "Chief Minister O. Panneerselvam"
JO_CD = "the Civil Defence Department"
DDM = "the Department of Disaster Management"
ENAMUR = "State Minister for Disaster Management and Relief Enamur Rahman"
SOYLU = "Interior Minister Suleyman Soylu"
AFAD = "the Disaster and Emergency Management Authority (AFAD)"
SHEEHAN = "Tennessee Emergency Management Agency Director Patrick Sheehan"
DAVIS = "Humphreys County Sheriff Chris Davis"
KR_HQ = "The Central Disaster and Safety Countermeasures Headquarters"
CDO = "Doti's Chief District Officer"
TW_EOC = "the central government's emergency operations centre"
QC_HEALTH = "public health officials"

PASSAGES: list[Passage] = [
    # --- Galtür avalanche, Austria, February 1999 ------------------------------------------
    P("d58_001",
      "GALTUER, Austria (AP) — Rescuers probing snow up to 15 feet deep pulled more bodies from "
      "this Alpine ski resort on Wednesday, raising to 20 the number of people killed by "
      "Tuesday's avalanche, Tyrol provincial officials said. Seven more bodies were recovered in "
      "the neighboring hamlet of Valzur, where a second slide struck Wednesday afternoon. "
      "Twenty-two people were dug out alive, among them a 4-year-old boy who had been buried for "
      "nearly two hours, said the head of the local mountain rescue team. Some 9,000 "
      "tourists remain cut off in the Paznaun valley, whose only road has been closed since "
      "Friday, according to the regional tourist board. The Austrian army said 25 helicopters "
      "had flown about 1,800 people out by nightfall, and U.S. Black Hawks based in Germany were "
      "expected to join the airlift Thursday.",
      [C("20", 20, "exact", "killed", "people killed in Galtuer avalanche", TYROL),
       C("Seven", 7, "exact", "killed", "bodies recovered in Valzur", TYROL, attr_alt=[None]),
       C("Twenty-two", 22, "exact", "other", "people dug out alive", SCHRANZ),
       C("Some 9,000", 9000, "about", "other", "tourists cut off in the Paznaun valley",
         TOURIST_BOARD, cat_alt=["population"]),
       C("25", 25, "exact", "other", "helicopters", AT_ARMY, optional=True, cat_alt=["troops"]),
       C("about 1,800", 1800, "about", "displaced", "people flown out", AT_ARMY,
         cat_alt=["other"])]),

    # --- Düzce earthquake, Turkey, November 1999 -------------------------------------------
    P("d58_002",
      "DUZCE, Turkey, Nov 13, 1999 (Reuters) - Rescue teams worked through a freezing night in "
      "the northwestern town of Duzce, where a magnitude 7.2 earthquake on Friday evening killed "
      "at least 373 people and injured more than 3,000, the government's crisis centre said on "
      "Saturday. Prime Minister Bulent Ecevit, touring the ruins, said 230 buildings had "
      "collapsed in Duzce and the nearby town of Kaynasli. Around 1,500 soldiers had been sent "
      "from neighbouring provinces to help dig for survivors. A French rescue team said it had "
      "pulled a 12-year-old girl alive from a collapsed apartment block 20 hours after the "
      "quake. Tens of thousands of people spent the night in the open or in cars, many of them "
      "survivors of the Aug. 17 quake that devastated the region less than three months ago.",
      [C("at least 373", 373, "at_least", "killed", "people killed in Duzce quake", TR_CRISIS),
       C("more than 3,000", 3000, "more_than", "injured", "people injured", TR_CRISIS),
       C("230", 230, "exact", "infrastructure", "buildings collapsed", ECEVIT),
       C("Around 1,500", 1500, "about", "troops", "soldiers sent to dig for survivors", ECEVIT,
         attr_alt=[None]),
       C("Tens of thousands", 10000, "vague", "displaced", "people who spent the night in the "
         "open")],
      published="1999-11-13"),

    # --- Southern Peru earthquake and tsunami, June 2001 -----------------------------------
    P("d58_003",
      "Tuesday, 26 June, 2001, 14:03 GMT 15:03 UK\n"
      "Peru quake death toll rises\n"
      "The death toll from Saturday's earthquake in southern Peru has risen to 102, with 53 "
      "people still missing, according to the national civil defence institute, Indeci. Most of "
      "the missing were swept away when a tsunami up to eight metres high struck the coastal "
      "resort of Camaná, about 170km west of Arequipa. Officials say more than 1,300 people were "
      "injured and about 17,500 homes destroyed or badly damaged across the departments of "
      "Arequipa, Moquegua and Tacna. President Valentín Paniagua, who flew over the region on "
      "Sunday, said 200 tonnes of food, tents and blankets were on their way by air. The quake, "
      "measuring 7.9 on the Richter scale, was the strongest to hit Peru in more than 30 years.",
      [C("102", 102, "exact", "killed", "people killed in southern Peru quake", INDECI,
         attr_alt=["Indeci"]),
       C("53", 53, "exact", "missing", "people missing", INDECI, attr_alt=["Indeci"]),
       C("more than 1,300", 1300, "more_than", "injured", "people injured", "Officials"),
       C("about 17,500", 17500, "about", "infrastructure", "homes destroyed or badly damaged",
         "Officials"),
       C("200", 200, "exact", "aid", "tonnes of food, tents and blankets", PANIAGUA)],
      published="2001-06-26"),

    # --- Bingöl earthquake, Turkey, May 2003 -----------------------------------------------
    P("d58_004",
      "Friday, May 2, 2003\n"
      "BINGOL - Rescuers worked through the night with cranes and bare hands at a boarding "
      "school in the village of Celtiksuyu, where 84 children were killed when their dormitory "
      "collapsed in Thursday's earthquake, officials said. The quake, of magnitude 6.4, killed "
      "at least 167 people across Bingol province and injured around 500, according to the "
      "prime ministry's crisis centre. Rescuers pulled 114 pupils alive from the rubble of the "
      "four-storey dormitory, which housed 198 students aged between nine and 14, Governor "
      "Huseyin Avni Cos told reporters. Angry parents threw stones at police outside the school, "
      "and gendarmes detained 11 people after protesters smashed the windows of the governor's "
      "car. The Red Crescent said it had sent 3,000 tents and 15 trucks of food to the province.",
      [C("84", 84, "exact", "killed", "children killed in dormitory", "officials"),
       C("at least 167", 167, "at_least", "killed", "people killed in Bingol province",
         BG_CRISIS),
       C("around 500", 500, "about", "injured", "people injured", BG_CRISIS),
       C("114", 114, "exact", "other", "pupils pulled alive", COS),
       C("198", 198, "exact", "population", "students housed in the dormitory", COS,
         cat_alt=["other"]),
       C("11", 11, "exact", "detained", "people detained by gendarmes", None,
         attr_alt=["gendarmes"]),
       C("3,000", 3000, "exact", "aid", "tents", RED_CRESCENT_TR),
       C("15", 15, "exact", "aid", "trucks of food", RED_CRESCENT_TR)],
      published="2003-05-02"),

    # --- Cyclone Gafilo, Madagascar, March 2004 --------------------------------------------
    P("d58_005",
      "ANTANANARIVO, March 12, 2004 (AFP) - The toll from Cyclone Gafilo, which swept across "
      "northern Madagascar last weekend, has climbed to 74 dead, with 41 people still missing, "
      "the national disaster relief office (CNS) said Friday. Nearly 164,000 people have been "
      "left homeless, most of them in the northeastern town of Antalaha, where officials "
      "estimate that 90 percent of buildings were flattened. A ferry carrying 113 passengers and "
      "crew capsized off the northwest coast during the storm, and only two survivors have been "
      "found, the office added. The World Food Programme said it had flown in 80 tonnes of "
      "high-energy biscuits and would begin distributions on Monday to about 50,000 people in "
      "the worst-hit areas.",
      [C("74", 74, "exact", "killed", "people killed by Cyclone Gafilo", CNS),
       C("41", 41, "exact", "missing", "people missing", CNS),
       C("Nearly 164,000", 164000, "about", "displaced", "people left homeless", CNS,
         attr_alt=[None]),
       C("90 percent", 90, "exact", "infrastructure", "share of Antalaha's buildings flattened",
         "officials", optional=True),
       C("113", 113, "exact", "other", "passengers and crew on the ferry", CNS,
         attr_alt=["the office"]),
       C("two", 2, "exact", "other", "ferry survivors found", CNS, attr_alt=["the office"]),
       C("80", 80, "exact", "aid", "tonnes of high-energy biscuits", WFP),
       C("about 50,000", 50000, "about", "other", "people to receive food distributions", WFP,
         cat_alt=["aid"])],
      published="2004-03-12"),

    # --- Hurricane Jeanne in Gonaïves, Haiti, September 2004 -------------------------------
    P("d58_006",
      "GONAIVES, Haiti (AP) — Aid workers struggled Wednesday to reach tens of thousands of "
      "hungry survivors in this flooded city, where the death toll from Tropical Storm Jeanne "
      "rose to 1,070, with another 1,250 people missing, Haitian officials said. Bodies floated "
      "in the muddy water that still covered much of Gonaives, and workers buried about 500 of "
      "them in mass graves on Tuesday, said Dieufort Deslorges, a civil protection spokesman. "
      "About 250,000 people were left homeless across Artibonite department. Argentine "
      "peacekeepers fired four tear gas canisters when a crowd of hundreds mobbed a truck "
      "carrying food from CARE, and Brazilian troops escorted convoys later in the day. The "
      "World Food Programme said it had distributed 13 tons of food so far but needed at least "
      "40 more trucks to reach outlying villages.",
      [C("tens of thousands", 10000, "vague", "other", "hungry survivors", None,
         cat_alt=["population"], attr_alt=[HT_OFFICIALS]),
       C("1,070", 1070, "exact", "killed", "people killed by Jeanne", HT_OFFICIALS),
       C("1,250", 1250, "exact", "missing", "people missing", HT_OFFICIALS),
       C("about 500", 500, "about", "killed", "bodies buried in mass graves", DESLORGES),
       C("About 250,000", 250000, "about", "displaced", "people left homeless", DESLORGES,
         attr_alt=[None]),
       C("four", 4, "exact", "munitions", "tear gas canisters fired", None,
         cat_alt=["other"], attr_alt=["Argentine peacekeepers"]),
       C("hundreds", 100, "vague", "other", "crowd that mobbed a food truck", None,
         optional=True),
       C("13", 13, "exact", "aid", "tons of food distributed", "The World Food Programme"),
       C("at least 40", 40, "at_least", "aid", "more trucks needed", "The World Food Programme")]),

    # --- Chuetsu earthquake, Niigata, October 2004 -----------------------------------------
    P("d58_007",
      "NAGAOKA, Niigata Pref., Oct. 25 (Kyodo) -- The death toll from Saturday's powerful "
      "earthquakes in Niigata Prefecture rose to 31 on Monday, while more than 2,100 people were "
      "injured, the prefectural government said. About 100,000 residents spent a third night in "
      "evacuation centers or in their cars as aftershocks continued to rattle the region, with "
      "more than 600 tremors recorded since the first quake of magnitude 6.8. The entire "
      "population of the village of Yamakoshi, about 2,200 people, was being airlifted out by "
      "Ground Self-Defense Force helicopters after landslides cut every road into the village, "
      "officials said. A Joetsu Shinkansen bullet train carrying 154 passengers derailed near "
      "Nagaoka, the first derailment of a bullet train in service since the network opened in "
      "1964, though no one was hurt.",
      [C("31", 31, "exact", "killed", "people killed in Niigata quakes", NIIGATA),
       C("more than 2,100", 2100, "more_than", "injured", "people injured", NIIGATA),
       C("About 100,000", 100000, "about", "displaced", "residents in evacuation centers or cars",
         NIIGATA, attr_alt=[None]),
       C("more than 600", 600, "more_than", "other", "aftershocks recorded", NIIGATA,
         optional=True, attr_alt=[None]),
       C("about 2,200", 2200, "about", "population", "population of Yamakoshi being airlifted",
         "officials", cat_alt=["displaced"]),
       C("154", 154, "exact", "other", "passengers on the derailed bullet train")]),

    # --- Zarand earthquake, Iran, February 2005 --------------------------------------------
    P("d58_008",
      "TEHRAN, Feb 22 (Reuters) - A strong earthquake flattened villages in Iran's southeastern "
      "Kerman province on Tuesday, killing at least 420 people and injuring around 900, state "
      "television reported. The 6.4 magnitude quake struck at 5:55 a.m. (0225 GMT) near the town "
      "of Zarand, about 700 km (440 miles) southeast of Tehran, when most people were asleep. "
      "\"Some 40 villages have been 80 to 100 percent destroyed,\" provincial governor Mohammad "
      "Ali Karimi told state television. The Red Crescent said it had sent 500 rescue workers "
      "and sniffer dogs to the area, along with 3,000 tents and 6,000 blankets. Heavy rain and "
      "snow were hampering rescue efforts in the region, where the Bam earthquake struck in "
      "December 2003.",
      [C("at least 420", 420, "at_least", "killed", "people killed in Zarand quake", STATE_TV),
       C("around 900", 900, "about", "injured", "people injured", STATE_TV),
       C("Some 40", 40, "about", "infrastructure", "villages destroyed", KARIMI, optional=True,
         cat_alt=["other"]),
       C("80 to 100 percent", 80, "range", "infrastructure", "share of the villages destroyed",
         KARIMI, high=100, optional=True),
       C("500", 500, "exact", "troops", "rescue workers sent", "The Red Crescent",
         cat_alt=["other"]),
       C("3,000", 3000, "exact", "aid", "tents", "The Red Crescent"),
       C("6,000", 6000, "exact", "aid", "blankets", "The Red Crescent")]),

    # --- Marburg in Uíge, Angola, April 2005 -----------------------------------------------
    P("d58_009",
      "Luanda, 12 April 2005 (Lusa) - The number of deaths from the Marburg haemorrhagic fever "
      "outbreak in Angola has risen to 181, Health Ministry spokesman Carlos Alberto Masseca "
      "said on Tuesday, out of 200 cases registered since October. All but 14 of the deaths "
      "occurred in the northern province of Uíge, where the outbreak began in the paediatric "
      "ward of the provincial hospital. Médecins Sans Frontières, which has 70 staff in the "
      "province, said its teams had been forced to suspend home visits after residents stoned "
      "one of its vehicles, accusing health workers of spreading the disease. The World Health "
      "Organisation said it was tracing some 400 contacts of confirmed cases and had sent 10 "
      "tonnes of protective equipment.",
      [C("181", 181, "exact", "killed", "deaths from Marburg fever", MASSECA),
       C("200", 200, "exact", "other", "cases registered", MASSECA),
       C("14", 14, "exact", "killed", "deaths outside Uige", MASSECA, optional=True,
         attr_alt=[None]),
       C("70", 70, "exact", "other", "MSF staff in Uige", MSF, cat_alt=["troops"]),
       C("some 400", 400, "about", "other", "contacts traced", WHO_AO),
       C("10", 10, "exact", "aid", "tonnes of protective equipment", WHO_AO)],
      published="2005-04-12"),

    # --- Hurricane Wilma in Cancún, October 2005 -------------------------------------------
    P("d58_010",
      "CANCUN, Mexico (AP) — Hurricane Wilma's winds and flooding left tens of thousands of "
      "tourists stuck in shelters on Mexico's Caribbean coast Monday, and soldiers guarded "
      "supermarkets after looters stripped stores in downtown Cancun. Quintana Roo Gov. Felix "
      "Gonzalez said four people had died in the state and that more than 30,000 tourists were "
      "still in the area, about 20,000 of them in 100 shelters in schools and hotel ballrooms. "
      "Police had arrested some 300 people for looting since Saturday, he said. The federal "
      "government sent 1,200 soldiers and marines to help keep order and clear roads, and "
      "Mexicana and Aeromexico flew in empty planes to begin evacuating visitors.",
      [C("tens of thousands", 10000, "vague", "displaced", "tourists stuck in shelters", None,
         cat_alt=["other"], attr_alt=[GONZALEZ]),
       C("four", 4, "exact", "killed", "people killed in Quintana Roo", GONZALEZ),
       C("more than 30,000", 30000, "more_than", "other", "tourists still in the area", GONZALEZ,
         cat_alt=["population"]),
       C("about 20,000", 20000, "about", "displaced", "tourists in shelters", GONZALEZ),
       C("100", 100, "exact", "infrastructure", "shelters", GONZALEZ, cat_alt=["other", "aid"]),
       C("some 300", 300, "about", "detained", "people arrested for looting", GONZALEZ,
         attr_alt=["he", "Police"]),
       C("1,200", 1200, "exact", "troops", "soldiers and marines sent", None,
         attr_alt=["The federal government"])]),

    # --- Tropical Storm Noel, Dominican Republic, November 2007 ----------------------------
    P("d58_011",
      "Dominican Today\n"
      "Thursday, November 1, 2007\n"
      "Santo Domingo.- The death toll from Tropical Storm Noel rose to 73 on Thursday, and 43 "
      "people remain missing, the Emergency Operations Center (COE) reported. COE director Luis "
      "Luna Paulino said more than 64,000 people had been displaced from their homes and 15,000 "
      "were in shelters, while 21 communities remained cut off by floodwaters. The worst-hit "
      "town was Villa Altagracia, where the Haina river burst its banks overnight and swept "
      "away dozens of houses. The Armed Forces have deployed 2,500 troops and eight helicopters "
      "to rescue families stranded on rooftops.",
      [C("73", 73, "exact", "killed", "people killed by Noel", COE),
       C("43", 43, "exact", "missing", "people missing", COE),
       C("more than 64,000", 64000, "more_than", "displaced", "people displaced from their homes",
         LUNA),
       C("15,000", 15000, "exact", "displaced", "people in shelters", LUNA),
       C("21", 21, "exact", "other", "communities cut off", LUNA, optional=True,
         cat_alt=["population"]),
       C("dozens", 12, "vague", "infrastructure", "houses swept away in Villa Altagracia"),
       C("2,500", 2500, "exact", "troops", "troops deployed", None,
         attr_alt=["The Armed Forces"]),
       C("eight", 8, "exact", "other", "helicopters deployed", None, optional=True,
         cat_alt=["troops"], attr_alt=["The Armed Forces"])],
      published="2007-11-01"),

    # --- Tabasco floods, Mexico, November 2007 ---------------------------------------------
    P("d58_012",
      "VILLAHERMOSA, Mexico, Nov 2 (Reuters) - Mexican troops and rescue workers in boats "
      "pulled people from rooftops in the flooded state of Tabasco on Friday as officials said "
      "some 700,000 people had lost their homes or been cut off by the worst floods in half a "
      "century. Tabasco Gov. Andres Granier said 80 percent of the state was under water and "
      "that at least one person had died, though he said the toll could rise. \"We have not "
      "finished counting,\" he told television network Televisa. Some 20,000 soldiers and police "
      "have been deployed, and the army said it had set up 80 shelters housing about 40,000 "
      "people in Villahermosa, the state capital of 600,000 people.",
      [C("some 700,000", 700000, "about", "other", "people who lost their homes or were cut off",
         "officials", cat_alt=["displaced", "population"]),
       C("80 percent", 80, "exact", "other", "share of Tabasco under water", GRANIER,
         optional=True),
       C("at least one", 1, "at_least", "killed", "people killed in Tabasco floods", GRANIER),
       C("Some 20,000", 20000, "about", "troops", "soldiers and police deployed", None,
         attr_alt=["the army"]),
       C("80", 80, "exact", "infrastructure", "shelters set up by the army", "the army",
         cat_alt=["other", "aid"], ctx="80 shelters"),
       C("about 40,000", 40000, "about", "displaced", "people in army shelters", "the army"),
       C("600,000", 600000, "exact", "population", "residents of Villahermosa", None,
         attr_alt=["the army"])]),

    # --- Hadramout floods, Yemen, October 2008 ---------------------------------------------
    P("d58_013",
      "Published: October 27, 2008 00:00\n"
      "Sana'a: At least 58 people have been killed and 20 others are missing after torrential "
      "rain caused flash floods in the eastern Yemeni provinces of Hadramout and Al Mahra, a "
      "government official said yesterday. More than 10,000 people have been made homeless, and "
      "about 2,800 houses were destroyed in the Wadi Hadramout valley, including mud-brick "
      "buildings in the historic town of Shibam, the official said. \"Some 700 families are "
      "sheltering in schools in Sayun alone,\" a local council member told Gulf News. Saudi "
      "Arabia has sent two planes loaded with 40 tonnes of relief supplies, and the army has "
      "deployed helicopters to rescue stranded residents.",
      [C("At least 58", 58, "at_least", "killed", "people killed in Hadramout floods",
         YE_OFFICIAL),
       C("20", 20, "exact", "missing", "people missing", YE_OFFICIAL),
       C("More than 10,000", 10000, "more_than", "displaced", "people made homeless", YE_OFFICIAL,
         attr_alt=["the official"]),
       C("about 2,800", 2800, "about", "infrastructure", "houses destroyed", YE_OFFICIAL,
         attr_alt=["the official"]),
       C("Some 700", 700, "about", "displaced", "families sheltering in schools in Sayun",
         "a local council member"),
       C("two", 2, "exact", "other", "Saudi relief planes", None, optional=True,
         cat_alt=["aid"], attr_alt=["Saudi Arabia"]),
       C("40", 40, "exact", "aid", "tonnes of relief supplies", None,
         attr_alt=["Saudi Arabia"])],
      published="2008-10-27"),

    # --- Tasikmalaya earthquake, West Java, September 2009 ---------------------------------
    P("d58_014",
      "Jakarta / Thu, September 3, 2009 / 09:14 am\n"
      "Quake toll rises to 57 as rescuers dig for buried villagers\n"
      "The death toll from Wednesday's 7.3-magnitude earthquake off West Java has risen to 57, "
      "with 38 people still missing, the National Disaster Management Agency (BNPB) said "
      "Thursday. Most of the missing were buried when a hillside collapsed onto the village of "
      "Cikangkareng, where rescuers have so far recovered 11 bodies. The quake, centered 142 "
      "kilometers southwest of Tasikmalaya, damaged more than 20,000 houses in 11 regencies and "
      "forced some 16,000 people to leave their homes, agency head Syamsul Maarif said. "
      "Residents as far away as Jakarta ran out of high-rise office buildings as the tremor "
      "swayed towers for nearly a minute.",
      [C("57", 57, "exact", "killed", "people killed in West Java quake (headline)",
         ctx="rises to 57 as"),
       C("57", 57, "exact", "killed", "people killed in West Java quake", BNPB,
         ctx="has risen to 57"),
       C("38", 38, "exact", "missing", "people missing", BNPB),
       C("11", 11, "exact", "killed", "bodies recovered in Cikangkareng", BNPB,
         attr_alt=[None], ctx="11 bodies"),
       C("more than 20,000", 20000, "more_than", "infrastructure", "houses damaged", MAARIF),
       C("11", 11, "exact", "other", "regencies hit", MAARIF, optional=True,
         ctx="11 regencies"),
       C("some 16,000", 16000, "about", "displaced", "people forced from their homes", MAARIF)],
      published="2009-09-03"),

    # --- Tropical Storm Agatha, Central America, May 2010 ----------------------------------
    P("d58_015",
      "GUATEMALA CITY, May 31, 2010 (AFP) - Tropical Storm Agatha has killed at least 152 people "
      "in Central America, most of them in Guatemala, where landslides buried entire hillside "
      "villages, officials said Monday. Guatemala's disaster agency Conred put the national toll "
      "at 123 dead and 59 missing, and said 112,000 people had been evacuated. In El Salvador, "
      "President Mauricio Funes said nine people had died, while Honduras reported 18 deaths. In "
      "Guatemala City, a sinkhole 60 feet wide and 100 feet deep swallowed a three-storey "
      "building, though police said no one was inside. Volcanic ash from the Pacaya eruption, "
      "which began on Thursday, kept the international airport closed for a fifth day.",
      [C("at least 152", 152, "at_least", "killed", "people killed in Central America",
         "officials"),
       C("123", 123, "exact", "killed", "people killed in Guatemala", CONRED),
       C("59", 59, "exact", "missing", "people missing in Guatemala", CONRED),
       C("112,000", 112000, "exact", "displaced", "people evacuated in Guatemala", CONRED),
       C("nine", 9, "exact", "killed", "people killed in El Salvador",
         "President Mauricio Funes"),
       C("18", 18, "exact", "killed", "deaths in Honduras", "Honduras")],
      published="2010-05-31"),

    # --- Salang Pass avalanches, Afghanistan, February 2010 --------------------------------
    P("d58_016",
      "Page last updated at 11:52 GMT, Tuesday, 9 February 2010\n"
      "Afghan avalanche toll rises to 165\n"
      "The number of people killed by a series of avalanches at the Salang Pass in northern "
      "Afghanistan has risen to 165, the interior ministry says. More than 2,500 people trapped "
      "in their vehicles have been rescued since Monday, ministry spokesman Zemarai Bashary "
      "said, and about 100 others were still being treated in hospital for injuries and "
      "hypothermia. At least 17 avalanches struck a 3km stretch of the road near the 3,400m "
      "(11,000ft) Salang tunnel, burying cars, buses and lorries. Nato's International Security "
      "Assistance Force said it had sent helicopters and a team of 60 to help Afghan soldiers "
      "dig through the snow. The pass links Kabul to the north of the country and is used by up "
      "to 10,000 vehicles a day.",
      [C("165", 165, "exact", "killed", "people killed at Salang Pass (headline)",
         ctx="rises to 165"),
       C("165", 165, "exact", "killed", "people killed at Salang Pass", AF_MOI,
         ctx="has risen to 165"),
       C("More than 2,500", 2500, "more_than", "other", "people rescued from vehicles", BASHARY),
       C("about 100", 100, "about", "injured", "people treated in hospital", BASHARY),
       C("At least 17", 17, "at_least", "other", "avalanches", None, optional=True),
       C("60", 60, "exact", "other", "ISAF team sent to help dig", ISAF, cat_alt=["troops"]),
       C("up to 10,000", 10000, "at_most", "other", "vehicles using the pass a day", None,
         optional=True)],
      published="2010-02-09"),

    # --- Typhoon Talas, Japan, September 2011 ----------------------------------------------
    P("d58_017",
      "Tuesday, Sept. 6, 2011\n"
      "Typhoon Talas toll hits 37; 55 still missing\n"
      "The death toll from Typhoon Talas, which dumped record rain on the Kii Peninsula over "
      "the weekend, rose to 37 on Tuesday, with 55 people still missing, according to the "
      "National Police Agency. Most of the victims were in Wakayama and Nara prefectures, where "
      "landslides dammed rivers and swept away homes. As many as 3,000 people remained cut off "
      "in isolated mountain communities, and some 2,000 Self-Defense Forces personnel were "
      "airlifting food and water to them. Rainfall in Kamikitayama, Nara Prefecture, reached "
      "1,800 mm over 72 hours, about 70 percent of what the area normally gets in a year.",
      [C("37", 37, "exact", "killed", "people killed by Talas (headline)", ctx="hits 37"),
       C("55", 55, "exact", "missing", "people missing (headline)", ctx="55 still"),
       C("37", 37, "exact", "killed", "people killed by Talas", NPA, ctx="rose to 37"),
       C("55", 55, "exact", "missing", "people missing", NPA, ctx="55 people"),
       C("As many as 3,000", 3000, "at_most", "other", "people cut off in mountain communities",
         None, cat_alt=["population"], attr_alt=[NPA]),
       C("some 2,000", 2000, "about", "troops", "Self-Defense Forces personnel airlifting aid",
         None, attr_alt=[NPA])],
      published="2011-09-06"),

    # --- Lushan earthquake, Sichuan, April 2013 --------------------------------------------
    P("d58_018",
      "LUSHAN, Sichuan, April 22 (Xinhua) -- The death toll from Saturday's 7.0-magnitude "
      "earthquake in Lushan County, southwest China's Sichuan Province, has risen to 188, with "
      "25 people still missing and 11,470 injured, the provincial government said Monday. More "
      "than 18,000 soldiers and armed police officers have been dispatched to the quake zone, "
      "along with 1,400 medical workers, the provincial emergency headquarters said. The quake "
      "has affected about 1.52 million people and forced the relocation of 193,000, while "
      "collapsed or damaged houses numbered 186,000. The Ministry of Civil Affairs has allocated "
      "30,000 tents, 50,000 quilts and 50,000 cotton-padded coats to the quake area.",
      [C("188", 188, "exact", "killed", "people killed in Lushan quake", SC_GOV),
       C("25", 25, "exact", "missing", "people missing", SC_GOV),
       C("11,470", 11470, "exact", "injured", "people injured", SC_GOV),
       C("More than 18,000", 18000, "more_than", "troops", "soldiers and armed police "
         "dispatched", SC_HQ),
       C("1,400", 1400, "exact", "other", "medical workers dispatched", SC_HQ,
         cat_alt=["troops"]),
       C("about 1.52 million", 1520000, "about", "other", "people affected", SC_HQ,
         cat_alt=["population"], attr_alt=[None]),
       C("193,000", 193000, "exact", "displaced", "people relocated", SC_HQ, attr_alt=[None]),
       C("186,000", 186000, "exact", "infrastructure", "houses collapsed or damaged", SC_HQ,
         attr_alt=[None]),
       C("30,000", 30000, "exact", "aid", "tents allocated", None,
         attr_alt=["The Ministry of Civil Affairs"]),
       C("50,000", 50000, "exact", "aid", "quilts allocated", None,
         attr_alt=["The Ministry of Civil Affairs"], ctx="50,000 quilts"),
       C("50,000", 50000, "exact", "aid", "cotton-padded coats allocated", None,
         attr_alt=["The Ministry of Civil Affairs"], ctx="50,000 cotton")]),

    # --- La Plata floods, Argentina, April 2013 --------------------------------------------
    P("d58_019",
      "Friday, April 5, 2013\n"
      "La Plata flood toll climbs to 51\n"
      "The death toll from the flash floods that hit La Plata on Tuesday night rose to 51, "
      "Buenos Aires province Security Minister Ricardo Casal said yesterday, while at least 20 "
      "people remain unaccounted for, according to local organizations. More than 400 "
      "millimetres of rain fell in under three hours, and the water reached two metres in some "
      "neighbourhoods. Governor Daniel Scioli said 2,200 people were still in 45 evacuation "
      "centres and that 190,000 homes were without electricity. Federal Social Development "
      "Minister Alicia Kirchner said her ministry had delivered 40,000 mattresses and 15,000 "
      "blankets. In Buenos Aires City, where eight people died on Tuesday, residents complained "
      "of the government's slow response.",
      [C("51", 51, "exact", "killed", "people killed in La Plata floods (headline)",
         ctx="climbs to 51"),
       C("51", 51, "exact", "killed", "people killed in La Plata floods", CASAL,
         ctx="rose to 51"),
       C("at least 20", 20, "at_least", "missing", "people unaccounted for",
         "local organizations"),
       C("2,200", 2200, "exact", "displaced", "people in evacuation centres", SCIOLI),
       C("45", 45, "exact", "infrastructure", "evacuation centres", SCIOLI,
         cat_alt=["other", "aid"]),
       C("190,000", 190000, "exact", "other", "homes without electricity", SCIOLI,
         cat_alt=["infrastructure"]),
       C("40,000", 40000, "exact", "aid", "mattresses delivered", KIRCHNER),
       C("15,000", 15000, "exact", "aid", "blankets delivered", KIRCHNER),
       C("eight", 8, "exact", "killed", "people killed in Buenos Aires City")],
      published="2013-04-05"),

    # --- Awaran earthquake, Balochistan, September 2013 ------------------------------------
    P("d58_020",
      "AWARAN: The death toll from Tuesday's 7.7-magnitude earthquake in Awaran and Kech "
      "districts rose to 355 on Thursday, while 765 people were injured, the Provincial Disaster "
      "Management Authority said. \"More than 21,000 houses have been destroyed, and almost the "
      "entire population of Awaran, about 300,000 people, has been affected,\" a senior PDMA "
      "official told Dawn. Relief work was disrupted after militants fired two "
      "rockets at a helicopter carrying NDMA chairman Maj Gen Saeed Aleem, which landed safely. "
      "In a separate incident near Mashkay, armed men stopped a relief convoy and held four "
      "volunteers of a private charity for several hours before releasing them, a Levies "
      "official said. The army has flown in 200 tonnes of rations and set up a 50-bed field "
      "hospital in Awaran town.",
      [C("355", 355, "exact", "killed", "people killed in Awaran quake", PDMA),
       C("765", 765, "exact", "injured", "people injured", PDMA),
       C("More than 21,000", 21000, "more_than", "infrastructure", "houses destroyed", KAKAR),
       C("about 300,000", 300000, "about", "population", "population of Awaran affected", KAKAR,
         cat_alt=["other"]),
       C("two", 2, "exact", "munitions", "rockets fired at a helicopter"),
       C("four", 4, "exact", "hostages", "charity volunteers held by armed men",
         "a Levies official", cat_alt=["detained"]),
       C("200", 200, "exact", "aid", "tonnes of rations flown in", None,
         attr_alt=["The army"]),
       C("50", 50, "exact", "other", "beds in the field hospital", None, optional=True,
         attr_alt=["The army"])]),

    # --- Typhoon Rammasun (Glenda), Philippines, July 2014 ---------------------------------
    P("d58_021",
      "Glenda death toll climbs to 38 – NDRRMC\n"
      "Published 4:12 PM, July 17, 2014\n"
      "MANILA, Philippines – At least 38 people were killed as Typhoon Glenda (Rammasun) cut "
      "across Luzon, the National Disaster Risk Reduction and Management Council (NDRRMC) said "
      "Thursday afternoon. Eight others are missing and 33 were injured, most of them hit by "
      "falling trees or debris. More than 520,000 people fled to 1,265 evacuation centers, "
      "NDRRMC executive director Alexander Pama said, while 7,000 houses were totally destroyed. "
      "Meralco said about 1.8 million of its customers in Metro Manila were still without power "
      "on Thursday morning.",
      [C("38", 38, "exact", "killed", "people killed by Glenda (headline)", "NDRRMC",
         attr_alt=[NDRRMC], ctx="climbs to 38"),
       C("At least 38", 38, "at_least", "killed", "people killed by Glenda", NDRRMC),
       C("Eight", 8, "exact", "missing", "people missing", NDRRMC, attr_alt=[None]),
       C("33", 33, "exact", "injured", "people injured", NDRRMC, attr_alt=[None]),
       C("More than 520,000", 520000, "more_than", "displaced", "people in evacuation centers",
         PAMA),
       C("1,265", 1265, "exact", "infrastructure", "evacuation centers", PAMA,
         cat_alt=["other", "aid"]),
       C("7,000", 7000, "exact", "infrastructure", "houses totally destroyed", PAMA,
         attr_alt=[None]),
       C("about 1.8 million", 1800000, "about", "other", "Meralco customers without power",
         "Meralco", cat_alt=["infrastructure", "population"])],
      published="2014-07-17"),

    # --- Guelmim floods, Morocco, November 2014 --------------------------------------------
    P("d58_022",
      "RABAT (AFP) - The toll from flash floods that swept through southern Morocco at the "
      "weekend has risen to 32 dead, with six people still missing, the interior ministry said "
      "Tuesday. Most of the victims were in the Guelmim region, where rivers that had been dry "
      "for years burst their banks and swept away cars and a bus. The army used helicopters and "
      "boats to evacuate 300 people stranded on the roofs of their homes, the ministry said, "
      "and more than 4,000 people had been moved to temporary shelters. Critics said the toll "
      "had been worsened by poor infrastructure: several of the victims drowned when a bridge "
      "built in 2011 collapsed. Footage posted online showed bodies being carried away in a "
      "municipal rubbish truck, prompting an apology from the government.",
      [C("32", 32, "exact", "killed", "people killed in southern Morocco floods", MA_MOI),
       C("six", 6, "exact", "missing", "people missing", MA_MOI),
       C("300", 300, "exact", "displaced", "people evacuated from rooftops", MA_MOI,
         cat_alt=["other"], attr_alt=["the ministry", "The army"]),
       C("more than 4,000", 4000, "more_than", "displaced", "people moved to temporary shelters",
         MA_MOI, attr_alt=["the ministry", None])]),

    # --- Panjshir avalanches, Afghanistan, February 2015 -----------------------------------
    P("d58_023",
      "KABUL, Feb 26 (Reuters) - The death toll from avalanches that buried villages in "
      "Afghanistan's Panjshir province rose to 216 on Thursday, with rescuers still searching "
      "for 40 to 50 people, a provincial official said. \"Some 100 houses were destroyed and "
      "more than 1,000 people are in need of shelter,\" Panjshir's deputy governor, Abdul Rahman "
      "Kabiri, told Reuters by telephone. Rescuers have been digging with shovels and bare hands "
      "because snow has blocked roads to the worst-hit district of Paryan. President Ashraf "
      "Ghani, who visited the valley on Wednesday, ordered the army to send 10 helicopters with "
      "blankets, food and medicine. More than 40 people have also died in avalanches and heavy "
      "snow in nine other provinces since Tuesday, the national disaster management authority "
      "said.",
      [C("216", 216, "exact", "killed", "people killed in Panjshir avalanches",
         "a provincial official"),
       C("40 to 50", 40, "range", "missing", "people still searched for", "a provincial official",
         high=50),
       C("Some 100", 100, "about", "infrastructure", "houses destroyed", KABIRI),
       C("more than 1,000", 1000, "more_than", "displaced", "people in need of shelter", KABIRI,
         cat_alt=["other"]),
       C("10", 10, "exact", "other", "army helicopters ordered", None, optional=True,
         cat_alt=["troops"], attr_alt=["President Ashraf Ghani"]),
       C("More than 40", 40, "more_than", "killed", "people killed in other provinces", ANDMA),
       C("nine", 9, "exact", "other", "other provinces hit", ANDMA, optional=True)]),

    # --- Salgar landslide, Colombia, May 2015 ----------------------------------------------
    P("d58_024",
      "Bogota, May 19 (EFE).- The death toll from the avalanche of mud and rocks that buried "
      "part of the town of Salgar, in the northwestern province of Antioquia, has risen to 78, "
      "the National Disaster Risk Management Unit (UNGRD) reported Tuesday. UNGRD director "
      "Carlos Ivan Marquez said 41 people were still missing and that 537 people had been "
      "affected, 37 of whom were being treated in hospitals in Salgar and Medellin. The "
      "mudslide, triggered by heavy rain, swept away 96 houses in the rural district of La "
      "Margarita early Monday while residents slept. President Juan Manuel Santos, who visited "
      "the area, promised to rebuild every house and said 600 soldiers and rescuers were "
      "working in the area.",
      [C("78", 78, "exact", "killed", "people killed in Salgar mudslide", UNGRD),
       C("41", 41, "exact", "missing", "people missing", MARQUEZ),
       C("537", 537, "exact", "other", "people affected", MARQUEZ, cat_alt=["population"]),
       C("37", 37, "exact", "injured", "people treated in hospitals", MARQUEZ),
       C("96", 96, "exact", "infrastructure", "houses swept away", None, attr_alt=[MARQUEZ]),
       C("600", 600, "exact", "troops", "soldiers and rescuers working in the area", SANTOS,
         cat_alt=["other"])]),

    # --- Cyclone Chapala, Yemen, November 2015 ---------------------------------------------
    P("d58_025",
      "Cyclone Chapala hits Yemen's Mukalla after pounding Socotra\n"
      "Published On 3 Nov 2015\n"
      "Cyclone Chapala made landfall near the port city of Mukalla on Tuesday, a day after it "
      "tore through the Yemeni island of Socotra, killing at least three people and injuring "
      "more than 200 there, local officials said. About 18,000 people on Socotra, roughly a "
      "third of the island's 60,000 inhabitants, had fled to schools and other public "
      "buildings, a government official on the island told Al Jazeera. In Mukalla, residents "
      "said waves had flooded coastal roads and swept fishing boats into the streets. The UN's "
      "humanitarian office OCHA said 1.1 million people could be affected and that it had "
      "prepositioned 10,000 food baskets.",
      [C("at least three", 3, "at_least", "killed", "people killed on Socotra",
         "local officials"),
       C("more than 200", 200, "more_than", "injured", "people injured on Socotra",
         "local officials"),
       C("About 18,000", 18000, "about", "displaced", "people who fled to schools and public "
         "buildings", "a government official on the island"),
       C("roughly a third", 1 / 3, "about", "displaced", "share of Socotra's inhabitants who "
         "fled", "a government official on the island", optional=True),
       C("60,000", 60000, "exact", "population", "inhabitants of Socotra", None,
         attr_alt=["a government official on the island"]),
       C("1.1 million", 1100000, "exact", "other", "people who could be affected", OCHA,
         cat_alt=["population"]),
       C("10,000", 10000, "exact", "aid", "food baskets prepositioned", OCHA)],
      published="2015-11-03"),

    # --- Yellow fever in Angola, May 2016 --------------------------------------------------
    P("d58_026",
      "LUANDA, May 5 (Reuters) - Angola's yellow fever outbreak, the country's worst in 30 "
      "years, has killed 277 people since December out of 2,149 suspected cases, the World "
      "Health Organization said on Thursday, warning that vaccine stocks were running low. "
      "Nearly 7 million people in Luanda have been vaccinated so far, but the virus has spread "
      "to 16 of the country's 18 provinces, the WHO said in a situation report. The global "
      "emergency stockpile of 6 million doses has been depleted twice this year, it said. China "
      "has reported 11 cases in workers who returned from Angola, and Democratic Republic of "
      "Congo has confirmed 41 cases linked to the outbreak.",
      [C("277", 277, "exact", "killed", "deaths from yellow fever in Angola", WHO),
       C("2,149", 2149, "exact", "other", "suspected cases", WHO),
       C("Nearly 7 million", 7000000, "about", "other", "people vaccinated in Luanda", WHO,
         cat_alt=["aid"], attr_alt=["the WHO"]),
       C("16", 16, "exact", "other", "provinces the virus has reached", WHO, optional=True,
         attr_alt=["the WHO"]),
       C("18", 18, "exact", "other", "provinces of Angola", WHO, optional=True,
         attr_alt=["the WHO"]),
       C("6 million", 6000000, "exact", "aid", "doses in the global stockpile", WHO,
         attr_alt=["the WHO", "it"]),
       C("11", 11, "exact", "other", "cases in China", "China"),
       C("41", 41, "exact", "other", "cases in DR Congo", "Democratic Republic of Congo")]),

    # --- Meinong earthquake, Tainan, February 2016 -----------------------------------------
    P("d58_027",
      "Tainan, Feb. 8 (CNA) The death toll from Saturday's magnitude 6.4 earthquake in southern "
      "Taiwan rose to 38 on Monday, 36 of them in the collapsed Weiguan Jinlong apartment "
      "complex, according to the Central Emergency Operation Center. Rescuers were still "
      "searching for about 110 people believed trapped in the rubble of the 17-storey complex, "
      "Tainan Mayor William Lai said. A total of 340 people have been rescued from the building, "
      "about 100 of whom were sent to hospitals, the city government said. Two girls, aged 8 and "
      "6, were among the survivors pulled out on Sunday. The quake injured 549 people across "
      "Tainan, and more than 2,300 soldiers have been mobilized for the rescue operation.",
      [C("38", 38, "exact", "killed", "people killed in Tainan quake", CEOC),
       C("36", 36, "exact", "killed", "people killed in the Weiguan Jinlong complex", CEOC),
       C("about 110", 110, "about", "missing", "people believed trapped", LAI,
         cat_alt=["other"]),
       C("340", 340, "exact", "other", "people rescued from the building", TAINAN),
       C("about 100", 100, "about", "injured", "rescued people sent to hospitals", TAINAN,
         cat_alt=["other"]),
       C("Two", 2, "exact", "other", "girls pulled out alive on Sunday", None, optional=True),
       C("549", 549, "exact", "injured", "people injured across Tainan", TAINAN,
         attr_alt=[None]),
       C("more than 2,300", 2300, "more_than", "troops", "soldiers mobilized", TAINAN,
         attr_alt=[None])]),

    # --- Kaikoura earthquake, New Zealand, November 2016 -----------------------------------
    P("d58_028",
      "5:00 AM Wednesday Nov 16, 2016\n"
      "Between 1000 and 1200 people, most of them tourists, were still stranded in Kaikoura last "
      "night, two days after a magnitude 7.8 earthquake cut every road into the coastal town. "
      "HMNZS Canterbury was due to arrive this morning to ferry out about 500 people, while Air "
      "Force NH90 helicopters flew out 200 people yesterday, Defence Force chief Lieutenant "
      "General Tim Keating said. Two people died in Monday's quake: a man in a homestead at Mt "
      "Lyford and a woman near Kaikoura whose house collapsed. Civil Defence said about 1000 "
      "residents were without running water and that portable toilets and 25,000 litres of "
      "drinking water had been flown in. A tsunami of up to 7m struck the coast north of "
      "Kaikoura, but no one was hurt.",
      [C("Between 1000 and 1200", 1000, "range", "other", "people stranded in Kaikoura", None,
         high=1200, cat_alt=["population"], attr_alt=[KEATING]),
       C("about 500", 500, "about", "displaced", "people to be ferried out by HMNZS Canterbury",
         KEATING, cat_alt=["other"]),
       C("200", 200, "exact", "displaced", "people flown out by helicopter", KEATING,
         cat_alt=["other"]),
       C("Two", 2, "exact", "killed", "people killed in Kaikoura quake"),
       C("about 1000", 1000, "about", "other", "residents without running water",
         "Civil Defence", cat_alt=["population"]),
       C("25,000", 25000, "exact", "aid", "litres of drinking water flown in", "Civil Defence")],
      published="2016-11-16"),

    # --- Pidie Jaya earthquake, Aceh, December 2016 ----------------------------------------
    P("d58_029",
      "MEUREUDU, Indonesia, Dec 8 (Reuters) - Rescuers using heavy machinery searched collapsed "
      "shophouses in Indonesia's Aceh province on Thursday for survivors of an earthquake that "
      "killed 102 people, as the number of people displaced rose to more than 43,000. The "
      "magnitude 6.5 quake struck before dawn on Wednesday in Pidie Jaya district, when many "
      "people were preparing for morning prayers. \"We estimate around 10,000 buildings were "
      "damaged, including 11 mosques,\" said Aceh military commander Major General Tatang "
      "Sulaiman. More than 1,000 soldiers, police and volunteers had been deployed, he said, and "
      "about 700 people were injured, some 130 of them seriously. President Joko Widodo flew to "
      "the area and promised that reconstruction of homes would begin within weeks.",
      [C("102", 102, "exact", "killed", "people killed in Pidie Jaya quake", None,
         attr_alt=[SULAIMAN]),
       C("more than 43,000", 43000, "more_than", "displaced", "people displaced", None,
         attr_alt=[SULAIMAN]),
       C("around 10,000", 10000, "about", "infrastructure", "buildings damaged", SULAIMAN),
       C("11", 11, "exact", "infrastructure", "mosques damaged", SULAIMAN),
       C("More than 1,000", 1000, "more_than", "troops", "soldiers, police and volunteers "
         "deployed", SULAIMAN, cat_alt=["other"], attr_alt=["he"]),
       C("about 700", 700, "about", "injured", "people injured", SULAIMAN, attr_alt=["he"]),
       C("some 130", 130, "about", "injured", "people seriously injured", SULAIMAN,
         attr_alt=["he"])]),

    # --- Cyclone Vardah, Chennai, December 2016 --------------------------------------------
    P("d58_030",
      "Cyclone Vardah: toll rises to 18 in Tamil Nadu\n"
      "Updated - December 13, 2016 01:32 am IST\n"
      "CHENNAI: The death toll in Cyclone Vardah, which crossed the coast near Chennai on Monday "
      "afternoon with winds of up to 140 km per hour, rose to 18 on Tuesday, Chief Minister O. "
      "Panneerselvam said. Over 10,000 people had been moved to 54 relief camps ahead of "
      "landfall, he said. The storm uprooted an estimated 12,000 trees in the city, snapping "
      "power lines and blocking roads, and Chennai Corporation said 4,500 workers had been "
      "pressed into service to clear them. Ten columns of the Army and 19 teams of the National "
      "Disaster Response Force were on standby. The Chief Minister announced a solatium of ₹4 "
      "lakh each to the families of the deceased.",
      [C("18", 18, "exact", "killed", "people killed by Vardah (headline)",
         ctx="rises to 18 in"),
       C("18", 18, "exact", "killed", "people killed by Vardah", OPS, ctx="rose to 18 on"),
       C("Over 10,000", 10000, "more_than", "displaced", "people moved to relief camps", OPS,
         attr_alt=["he"]),
       C("54", 54, "exact", "infrastructure", "relief camps", OPS, cat_alt=["other", "aid"],
         attr_alt=["he"]),
       C("an estimated 12,000", 12000, "about", "other", "trees uprooted in Chennai", None,
         attr_alt=["Chennai Corporation"]),
       C("4,500", 4500, "exact", "other", "municipal workers clearing trees",
         "Chennai Corporation", cat_alt=["troops"]),
       C("Ten", 10, "exact", "troops", "Army columns on standby"),
       C("19", 19, "exact", "troops", "NDRF teams on standby", cat_alt=["other"])],
      published="2016-12-13"),

    # --- Dead Sea flash flood, Jordan, October 2018 ----------------------------------------
    P("d58_031",
      "Jordan Times\n"
      "Oct 26,2018\n"
      "AMMAN — The death toll from Thursday's flash flood near the Dead Sea rose to 21 on "
      "Friday, most of them children on a school trip, the Civil Defence Department said. "
      "Rescuers backed by army helicopters and divers were still searching for at least one "
      "missing child near Zara Maeen, the department said. The bus was carrying 37 students and "
      "seven teachers from a private school in Amman when the flood swept through the valley. "
      "Thirty-five people were injured and have been admitted to hospitals in Madaba and Amman, "
      "a Civil Defence spokesperson said. Prime Minister Omar Razzaz ordered an investigation "
      "into why the trip had been allowed to go ahead despite weather warnings.",
      [C("21", 21, "exact", "killed", "people killed in Dead Sea flash flood", JO_CD),
       C("at least one", 1, "at_least", "missing", "child missing", JO_CD,
         attr_alt=["the department"]),
       C("37", 37, "exact", "other", "students on the bus"),
       C("seven", 7, "exact", "other", "teachers on the bus"),
       C("Thirty-five", 35, "exact", "injured", "people injured",
         "a Civil Defence spokesperson")],
      published="2018-10-26"),

    # --- Cyclone Bulbul, Bangladesh, November 2019 -----------------------------------------
    P("d58_032",
      "Bulbul leaves 13 dead, trail of destruction\n"
      "Published: 12:00 AM, November 11, 2019\n"
      "Staff Correspondent\n"
      "At least 13 people were killed across the southern and coastal districts as Cyclone "
      "Bulbul battered the country on Saturday night and yesterday morning, according to the "
      "Department of Disaster Management. Over 2.1 million people had been moved to 5,587 "
      "cyclone shelters before the storm made landfall near the Sundarbans, State Minister for "
      "Disaster Management and Relief Enamur Rahman told a press briefing. He said around 4,600 "
      "houses were fully damaged and 26,000 partially. In Patuakhali and Bagerhat, three people "
      "died after trees fell on them. Seventeen fishermen were still missing after their "
      "trawlers capsized in the Bay of Bengal, coast guard officials said.",
      [C("13", 13, "exact", "killed", "people killed by Bulbul (headline)", ctx="leaves 13"),
       C("At least 13", 13, "at_least", "killed", "people killed by Bulbul", DDM),
       C("Over 2.1 million", 2100000, "more_than", "displaced", "people moved to cyclone "
         "shelters", ENAMUR),
       C("5,587", 5587, "exact", "infrastructure", "cyclone shelters", ENAMUR,
         cat_alt=["other", "aid"]),
       C("around 4,600", 4600, "about", "infrastructure", "houses fully damaged", ENAMUR,
         attr_alt=["He"]),
       C("26,000", 26000, "exact", "infrastructure", "houses partially damaged", ENAMUR,
         attr_alt=["He"]),
       C("three", 3, "exact", "killed", "people killed by falling trees", ENAMUR,
         attr_alt=[None, DDM]),
       C("Seventeen", 17, "exact", "missing", "fishermen missing", "coast guard officials")],
      published="2019-11-11"),

    # --- Bahçesaray avalanches, Van, February 2020 -----------------------------------------
    P("d58_033",
      "VAN, Turkey (AA) - The death toll from a second avalanche that struck rescuers in "
      "Bahcesaray district of eastern Van province on Wednesday rose to 33 on Thursday, Interior "
      "Minister Suleyman Soylu announced. The avalanche hit a team of about 300 rescuers who were "
      "searching for two people buried by an earlier slide on Tuesday, in which five people "
      "died. Fifty-three people were injured, 28 of whom were still receiving treatment in "
      "hospital, Soylu told reporters in Van. Among the dead were eight gendarmerie personnel, "
      "three village guards and 22 civilian volunteers and firefighters, according to the "
      "Disaster and Emergency Management Authority (AFAD).",
      [C("33", 33, "exact", "killed", "people killed by second avalanche", SOYLU),
       C("about 300", 300, "about", "troops", "rescuers hit by the avalanche", SOYLU,
         cat_alt=["other"], attr_alt=[None]),
       C("two", 2, "exact", "missing", "people buried by the first slide", SOYLU,
         cat_alt=["other", "killed"], attr_alt=[None]),
       C("five", 5, "exact", "killed", "people killed by the first slide", SOYLU,
         attr_alt=[None]),
       C("Fifty-three", 53, "exact", "injured", "people injured", SOYLU, attr_alt=["Soylu"]),
       C("28", 28, "exact", "injured", "injured still in hospital", SOYLU, attr_alt=["Soylu"]),
       C("eight", 8, "exact", "killed", "gendarmerie personnel killed", AFAD),
       C("three", 3, "exact", "killed", "village guards killed", AFAD),
       C("22", 22, "exact", "killed", "civilian volunteers and firefighters killed", AFAD)]),

    # --- Waverly flash flood, Tennessee, August 2021 ---------------------------------------
    P("d58_034",
      "Published 6:02 p.m. CT Aug. 23, 2021\n"
      "WAVERLY, Tenn. — The number of people killed in Saturday's flash flooding in Humphreys "
      "County rose to 21 on Monday, and fewer than 10 people remain unaccounted for, Tennessee "
      "Emergency Management Agency Director Patrick Sheehan said. Among the dead were "
      "7-month-old twins who were swept from their father's arms. Up to 17 inches of rain fell "
      "in less than 24 hours in McEwen, shattering the state's single-day record. Humphreys "
      "County Sheriff Chris Davis said 271 homes had been destroyed or badly damaged. More than "
      "200 emergency workers from across the state and 50 National Guard soldiers were helping "
      "with search and recovery.",
      [C("21", 21, "exact", "killed", "people killed in Humphreys County flood", SHEEHAN),
       C("fewer than 10", 10, "fewer_than", "missing", "people unaccounted for", SHEEHAN),
       C("271", 271, "exact", "infrastructure", "homes destroyed or badly damaged", DAVIS),
       C("More than 200", 200, "more_than", "troops", "emergency workers helping", DAVIS,
         cat_alt=["other"], attr_alt=[None]),
       C("50", 50, "exact", "troops", "National Guard soldiers", DAVIS, attr_alt=[None])],
      published="2021-08-23"),

    # --- Zimbabwe drought, February 2016 ---------------------------------------------------
    P("d58_035",
      "HARARE, Feb 5, 2016 (AFP) - Zimbabwe's President Robert Mugabe has declared a state of "
      "disaster in many rural areas hit by a severe drought, with some 2.44 million people - more "
      "than a quarter of the rural population - facing food shortages, a government notice said "
      "Friday. The drought, blamed on the El Nino weather phenomenon, has killed more than 16,000 "
      "cattle since last year, most of them in Masvingo and Matabeleland South provinces, "
      "according to the agriculture ministry. Local Government Minister Saviour Kasukuwere said "
      "the country needed $1.5 billion to import food and feed the hungry until the next "
      "harvest. The World Food Programme said it planned to scale up assistance to reach up to "
      "1.3 million people by March. Mugabe, 91, was criticised for holding a lavish birthday "
      "party last year while millions went hungry.",
      [C("some 2.44 million", 2440000, "about", "other", "people facing food shortages",
         "a government notice", cat_alt=["population", "aid"]),
       C("more than a quarter", 0.25, "more_than", "other", "share of the rural population "
         "facing food shortages", "a government notice", optional=True),
       C("more than 16,000", 16000, "more_than", "other", "cattle killed by drought",
         "the agriculture ministry"),
       C("up to 1.3 million", 1300000, "at_most", "other", "people WFP plans to reach",
         "The World Food Programme", cat_alt=["aid"]),
       C("millions", 1000000, "vague", "other", "people who went hungry", None, optional=True)],
      published="2016-02-05"),

    # --- Typhoon Hinnamnor, South Korea, September 2022 ------------------------------------
    P("d58_036",
      "(LEAD) Typhoon Hinnamnor leaves 11 dead, 1 missing\n"
      "2022/09/06 21:34\n"
      "POHANG, Sept. 6 (Yonhap) -- The number of people killed by Typhoon Hinnamnor rose to 11 "
      "on Tuesday, with one person still missing in Ulsan, after seven residents were found dead "
      "in a flooded underground parking garage of an apartment complex in Pohang, officials "
      "said. Two people, a man in his 30s and a woman in her 50s, were rescued alive from the "
      "garage after being trapped for more than 12 hours, fire authorities said. The Central "
      "Disaster and Safety Countermeasures Headquarters said 3,463 people from 2,611 households "
      "had been evacuated nationwide, and some 88,000 households had experienced power outages. "
      "A fire at POSCO's Pohang steelworks, caused by flooding, was put out after about seven "
      "hours.",
      [C("11", 11, "exact", "killed", "people killed by Hinnamnor (headline)",
         ctx="leaves 11"),
       C("1", 1, "exact", "missing", "person missing (headline)", ctx="1 missing"),
       C("11", 11, "exact", "killed", "people killed by Hinnamnor", "officials",
         ctx="rose to 11"),
       C("one", 1, "exact", "missing", "person missing in Ulsan", "officials"),
       C("seven", 7, "exact", "killed", "residents found dead in Pohang garage", "officials",
         ctx="seven residents"),
       C("Two", 2, "exact", "other", "people rescued alive from the garage",
         "fire authorities"),
       C("3,463", 3463, "exact", "displaced", "people evacuated", KR_HQ),
       C("2,611", 2611, "exact", "displaced", "households evacuated", KR_HQ),
       C("some 88,000", 88000, "about", "other", "households with power outages", KR_HQ,
         cat_alt=["infrastructure", "population"])],
      published="2022-09-06"),

    # --- Doti earthquake, Nepal, November 2022 ---------------------------------------------
    P("d58_037",
      "Published at : November 9, 2022\n"
      "Doti, Nov 9 — Six people, including three children from one family, were killed when a "
      "magnitude 6.6 earthquake struck Khaptad in Doti district at 2:12am on Wednesday, "
      "officials said. Five others were injured and are being treated at the district hospital, "
      "Doti's Chief District Officer told the Post. The quake, the third strong tremor to hit "
      "the area in a day, damaged at least 16 houses and a police post, the officer said. The "
      "Nepal Army flew the injured to Dhangadhi in a helicopter, and 42 army and Armed Police "
      "Force personnel were deployed to search the debris. Tremors were felt as far away as New "
      "Delhi, 400 km to the southwest.",
      [C("Six", 6, "exact", "killed", "people killed in Doti quake", "officials"),
       C("three", 3, "exact", "killed", "children from one family killed", "officials"),
       C("Five", 5, "exact", "injured", "people injured", CDO),
       C("at least 16", 16, "at_least", "infrastructure", "houses damaged", CDO,
         attr_alt=["the officer"]),
       C("42", 42, "exact", "troops", "army and APF personnel deployed", None,
         attr_alt=["The Nepal Army"])],
      published="2022-11-09"),

    # --- Typhoon Ragasa, Taiwan and Hong Kong, September 2025 ------------------------------
    P("d58_038",
      "HUALIEN, Taiwan, Sept 24 (Reuters) - Taiwanese rescuers searched on Wednesday for 152 "
      "people missing after a barrier lake formed by a landslide burst during Super Typhoon "
      "Ragasa and sent a torrent of water and mud through the township of Guangfu, killing 14, "
      "authorities said. Many of the missing were elderly residents who had been told to move "
      "to the upper floors of their homes rather than leave, local officials said. More than "
      "8,000 people had been evacuated in Hualien county, the central government's emergency "
      "operations centre said, and 34 people were injured. In Hong Kong, where the storm passed "
      "on Wednesday morning, authorities said more than 90 people had been hurt and 1,200 had "
      "sought refuge in temporary shelters. Ragasa had earlier killed 10 people in the "
      "Philippines, officials there said.",
      [C("152", 152, "exact", "missing", "people missing in Guangfu", "authorities"),
       C("14", 14, "exact", "killed", "people killed in Guangfu", "authorities"),
       C("More than 8,000", 8000, "more_than", "displaced", "people evacuated in Hualien",
         TW_EOC),
       C("34", 34, "exact", "injured", "people injured in Taiwan", TW_EOC, attr_alt=[None]),
       C("more than 90", 90, "more_than", "injured", "people hurt in Hong Kong", "authorities"),
       C("1,200", 1200, "exact", "displaced", "people in temporary shelters in Hong Kong",
         "authorities"),
       C("10", 10, "exact", "killed", "people killed in the Philippines", "officials there")]),

    # --- Quebec heat wave, July 2018 -------------------------------------------------------
    P("d58_039",
      "Heat wave linked to 33 deaths in Quebec, 18 in Montreal\n"
      "CBC News · Posted: Jul 06, 2018 3:45 PM ET\n"
      "The number of deaths linked to the heat wave that has gripped southern Quebec since last "
      "Friday has climbed to 33, public health officials said Friday, 18 of them in Montreal. "
      "Montreal public health director Dr. Mylène Drouin said most of the victims were men "
      "between the ages of 53 and 85 who lived alone and had chronic illnesses, and that none of "
      "their homes had air conditioning. Urgences-santé, the ambulance service for Montreal and "
      "Laval, said it had responded to about 1,300 calls a day this week, compared with about "
      "1,000 on a typical summer day. The city said firefighters and police had knocked on "
      "20,000 doors to check on vulnerable residents. Temperatures are expected to fall to 26 C "
      "by Saturday.",
      [C("33", 33, "exact", "killed", "heat deaths in Quebec (headline)", ctx="linked to 33"),
       C("18", 18, "exact", "killed", "heat deaths in Montreal (headline)",
         ctx="18 in Montreal"),
       C("33", 33, "exact", "killed", "heat deaths in Quebec", QC_HEALTH, ctx="climbed to 33"),
       C("18", 18, "exact", "killed", "heat deaths in Montreal", QC_HEALTH, ctx="18 of them"),
       C("about 1,300", 1300, "about", "other", "ambulance calls a day", "Urgences-santé"),
       C("about 1,000", 1000, "about", "other", "ambulance calls on a typical summer day",
         "Urgences-santé", optional=True),
       C("20,000", 20000, "exact", "other", "doors knocked on to check vulnerable residents",
         "The city")],
      published="2018-07-06"),

    # --- Only non-claims: Typhoon Noru (Karding) bulletin, September 2022 ------------------
    P("d58_040",
      "Karding slightly weakens but Signal No. 5 still up over parts of Luzon\n"
      "MANILA, Philippines — Super Typhoon Karding (international name: Noru) weakened slightly "
      "on Sunday afternoon but remained a super typhoon, with maximum sustained winds of 185 "
      "kilometers per hour near the center and gusts of up to 230 kph, the Philippine "
      "Atmospheric, Geophysical and Astronomical Services Administration (Pagasa) said in its 5 "
      "p.m. bulletin. Tropical Cyclone Wind Signal No. 5, the highest on Pagasa's five-level "
      "scale, remained raised over the northern portion of Quezon and the Polillo Islands. "
      "Pagasa said Karding was expected to make landfall in the southern part of Aurora province "
      "between 8 p.m. and 10 p.m., about 120 kilometers east of Metro Manila, before exiting into "
      "the West Philippine Sea by Monday morning. Storm surges of up to 3 meters were possible "
      "along the coasts of Aurora and Quezon, the weather bureau added. Classes at all levels "
      "and government work in Metro Manila were suspended for Monday.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d58_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
