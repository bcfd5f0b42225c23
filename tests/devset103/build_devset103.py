"""Source of the hundred-and-third development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on people displaced by wars and disasters between 1985 and 2025:
refugees crossing borders, displaced people in camps, evacuations before and during storms,
floods and eruptions, returns home, relief supplies and shelters, mixed with the casualty figures
of the same events. Written for this set (none copied from an article) in the style of wire copy
(AP, Reuters, AFP, Xinhua, Kyodo, AAP, PTI, UNI, EFE, CP, Antara, Andina), UNHCR and OCHA
releases, and national dailies and broadcasters with their own date furniture. Annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports
loosely and some details are invented; the set tests extraction, not facts. One passage holds
only non-claims.

Run ``python tests/devset103/build_devset103.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

INGD = "the National Institute for Disaster Risk Management and Reduction (INGD)"
OCHA_MZ = "The UN's humanitarian office OCHA"
INGC = "the country's Disaster Management Institute (INGC)"
ALMEIDA = "INGC spokeswoman Rita Almeida"
BRUNO = "Mizoram Bru Displaced People's Forum (MBDPF) general secretary Bruno Msha"
TRIPURA_DM = "North Tripura District Magistrate Raval Hemendra Kumar"
COLLECTOR = "Collector S. Machendranathan"
GATPAN = "Unity state information minister Gideon Gatpan"
GRANDI = "Filippo Grandi"
STEFANOVIC = "Interior Minister Nebojsa Stefanovic"
VUCIC = "Prime Minister Aleksandar Vucic"
SEMA = "the State Emergency Management Agency (SEMA)"
INYANG = "SEMA's director-general, John Inyang"
NANKHUMWA = "Minister of Information Kondwani Nankhumwa"
MDF = "the Malawi Defence Force"
UNHCR_94 = "The U.N. High Commissioner for Refugees"
BRIEGER = "embassy spokesman Jürgen Brieger"
TABAI = "West New Britain provincial disaster coordinator Jude Tabai"
TOROWI = "East Sepik provincial administrator Samson Torowi"
PENAILILLO = "Interior Minister Rodrigo Peñailillo"
ONEMI = "Chile's National Emergency Office (ONEMI)"
SAPAG = "Neuquén's governor, Jorge Sapag"
BACAR = "Interior Minister Abdourahim Said Bacar"
ER_MOI = "Eritrea's information ministry"
BNPB = "the National Disaster Mitigation Agency (BNPB)"
MUHARI = "BNPB spokesman Abdul Muhari"
PVMBG = "The Volcanology and Geological Hazard Mitigation Center (PVMBG)"
ZJ_HQ = "the provincial flood control and drought relief headquarters"
ROP = "the Royal Oman Police"
MASSIEU = "Tourism Secretary Claudia Ruiz Massieu"
GODINEZ = "Baja California Sur civil protection chief Carlos Godínez"
EDWARDS = "UNHCR spokesman Adrian Edwards"
KRG = "The Kurdistan Regional Government"
PALASZCZUK = "Premier Annastacia Palaszczuk"
RUMAJAR = "Tomohon Mayor Jefferson Rumajar"
PERREAULT = "Provincial Public Security Minister Robert Perreault"
YUNNAN = "The government of Yunnan province"
XINHUA = "the official Xinhua news agency"
MM_TV = "Myanmar state television"
BOAKYE = "the regional police commander, ACP Kofi Boakye"
BARTELS = "The Interior Minister, Mr Kwamena Bartels"
KAMAL = "Disaster Management and Relief Ministry Secretary Shah Kamal"
IOM = "the International Organization for Migration (IOM)"
NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
PAMA = "NDRRMC executive director Alexander Pama"
ANTIOQUIA = "the governor of Antioquia"
PEREZ = "Governor Luis Pérez"
EPM = "The company building the dam, Empresas Públicas de Medellín (EPM)"
INDECI = "Peru's National Civil Defense Institute (Indeci)"
PARDO = "Civil defence chief General Ramón Pardo Guerra"
SHAH = "Union Home Minister Amit Shah"
HYDRO = "the state hydro utility"
OWENS = "Grand Forks Mayor Pat Owens"

PASSAGES = [
    # --- Southern Africa: cyclones and floods ---------------------------------------------------
    P("d103_001",
      "MAPUTO, Jan 25, 2021 (AFP) - Tropical Cyclone Eloise has killed at least six people in "
      "central Mozambique and forced nearly 7,000 from their homes, the National Institute for "
      "Disaster Risk Management and Reduction (INGD) said Monday. The storm made landfall near "
      "Beira early Saturday with winds of up to 140 kilometres per hour, less than two years "
      "after Cyclone Idai devastated the same stretch of coast. More than 8,800 houses were "
      "destroyed, damaged or flooded, most of them in the Buzi district of Sofala province, the "
      "institute said in its daily bulletin. \"The water came into the resettlement village at "
      "night, and we had to carry the children on our heads,\" said Lúcia Manuel, 34, who had "
      "already lost one home to Idai. The UN's humanitarian office OCHA said 16 accommodation "
      "centres had been opened in Sofala, sheltering some 6,800 people, and warned that the "
      "number could grow as rivers kept rising.",
      [C("at least six", 6, "at_least", "killed", "people in central Mozambique", INGD),
       C("nearly 7,000", 7000, "about", "displaced", "people forced from their homes", INGD),
       C("More than 8,800", 8800, "more_than", "infrastructure",
         "houses destroyed, damaged or flooded", "the institute", attr_alt=[INGD]),
       C("16", 16, "exact", "infrastructure", "accommodation centres opened", OCHA_MZ,
         cat_alt=["other", "aid"]),
       C("some 6,800", 6800, "about", "displaced", "people in accommodation centres",
         OCHA_MZ)],
      published="2021-01-25"),

    P("d103_002",
      "Mozambique: Tropical Cyclone Eloise – Flash Update No. 4 | 27 January 2021\n"
      "Humanitarian partners estimate that about 250,000 people have been affected across "
      "Sofala, Manica, Zambezia and Inhambane provinces. At least 11 people have died and 12 "
      "others were injured, according to the INGD, while 4 people remain unaccounted for. Some "
      "2,600 people have returned home from accommodation centres in Beira and Dondo as the "
      "waters receded, but around 15,000 remain in 60 sites. Nearly 137,000 hectares of crops "
      "have been flooded, just weeks before the harvest. WFP has distributed 50 tonnes of "
      "high-energy biscuits and plans to reach 175,000 people with food assistance over the "
      "next three months.",
      [C("about 250,000", 250000, "about", "other", "people affected", "Humanitarian partners",
         cat_alt=["population"]),
       C("At least 11", 11, "at_least", "killed", "people", "the INGD"),
       C("12", 12, "exact", "injured", "people", "the INGD"),
       C("4", 4, "exact", "missing", "people unaccounted for", "the INGD", attr_alt=[None],
         ctx="4 people"),
       C("Some 2,600", 2600, "about", "displaced", "people returned home from centres", None),
       C("around 15,000", 15000, "about", "displaced", "people still in accommodation sites",
         None),
       C("60", 60, "exact", "infrastructure", "accommodation sites", None,
         cat_alt=["other"]),
       C("Nearly 137,000", 137000, "about", "other", "hectares of crops flooded", None,
         optional=True),
       C("50", 50, "exact", "aid", "tonnes of high-energy biscuits", None, attr_alt=["WFP"]),
       C("175,000", 175000, "exact", "other", "people to be reached with food", None,
         attr_alt=["WFP"], cat_alt=["aid", "population"])],
      published="2021-01-27"),

    P("d103_003",
      "MAPUTO, Feb. 17 (Xinhua) -- The death toll from Tropical Cyclone Dineo, which hit "
      "Mozambique's southern Inhambane province on Wednesday night, has risen to seven, the "
      "country's Disaster Management Institute (INGC) said on Friday. Another 101 people were "
      "injured, most of them hit by falling trees and roofing sheets, INGC spokeswoman Rita "
      "Almeida told Xinhua. About 130,000 people in 16 districts have been affected and more "
      "than 20,000 houses destroyed, she said, adding that the government had moved roughly "
      "2,500 people to schools and churches before the storm made landfall. The cyclone, packing "
      "winds of 160 km per hour, weakened to a tropical depression as it moved inland toward "
      "Zimbabwe. The Red Cross has sent tents, tarpaulins and 3,000 mosquito nets to Inhambane "
      "city and Maxixe.",
      [C("seven", 7, "exact", "killed", "people", INGC),
       C("101", 101, "exact", "injured", "people", ALMEIDA),
       C("About 130,000", 130000, "about", "other", "people affected", ALMEIDA,
         attr_alt=["she"], cat_alt=["population"]),
       C("16", 16, "exact", "other", "districts", ALMEIDA, optional=True),
       C("more than 20,000", 20000, "more_than", "infrastructure", "houses destroyed", ALMEIDA,
         attr_alt=["she"]),
       C("roughly 2,500", 2500, "about", "displaced", "people moved before landfall", ALMEIDA,
         attr_alt=["she"]),
       C("3,000", 3000, "exact", "aid", "mosquito nets", None, attr_alt=["The Red Cross"])]),

    P("d103_004",
      "Malawi floods death toll rises to 176 as Mutharika appeals for aid\n"
      "Blantyre, January 16: The number of people killed by floods in southern Malawi has risen "
      "to 176, with 153 still missing, Minister of Information Kondwani Nankhumwa said on "
      "Friday. Nankhumwa said about 121,000 people had been displaced, most of them in Nsanje, "
      "Chikwawa and Phalombe districts, and were sheltering in 187 camps set up in schools and "
      "churches. In Nsanje, the Shire River swept away the Bangula bridge, cutting the district "
      "off by road; the Malawi Defence Force has deployed two helicopters and 400 soldiers to "
      "ferry food to marooned villages. President Peter Mutharika on Tuesday declared 15 of the "
      "country's 28 districts disaster areas. \"Some of the families we rescued had spent three "
      "days on rooftops and in trees,\" an MDF pilot said.",
      [C("176", 176, "exact", "killed", "people killed by floods (headline)", None,
         ctx="rises to 176"),
       C("176", 176, "exact", "killed", "people killed by floods", NANKHUMWA,
         ctx="to 176, with"),
       C("153", 153, "exact", "missing", "people", NANKHUMWA),
       C("about 121,000", 121000, "about", "displaced", "people displaced", "Nankhumwa",
         attr_alt=[NANKHUMWA]),
       C("187", 187, "exact", "infrastructure", "camps in schools and churches", "Nankhumwa",
         attr_alt=[NANKHUMWA], cat_alt=["other"]),
       C("two", 2, "exact", "other", "helicopters deployed", None, attr_alt=[MDF],
         optional=True, cat_alt=["troops", "munitions"]),
       C("400", 400, "exact", "troops", "soldiers deployed", None, attr_alt=[MDF]),
       C("15", 15, "exact", "other", "districts declared disaster areas", None, optional=True),
       C("28", 28, "exact", "other", "districts in Malawi", None, optional=True)]),

    P("d103_005",
      "MWANZA, Malawi (AP) — The last of 12 trucks carrying Mozambican refugees home pulled out "
      "of the Nyamithuthu camp on Thursday, part of a U.N. operation to return the more than 1 "
      "million people who fled Mozambique's 16-year civil war to Malawi. \"We are going back to "
      "plant before the rains,\" said Amélia Chissano, 38, who spent seven years in the camp. "
      "The U.N. High Commissioner for Refugees says about 700,000 Mozambicans have gone home "
      "from Malawi since the peace accord of October 1992, most of them on their own, and that "
      "some 280,000 remain. Each returning family receives seeds, tools and three months of food "
      "rations from the World Food Program. Land mines remain the biggest danger: Mozambique "
      "has an estimated 2 million of them, and the Halo Trust says at least 60 returnees have "
      "been killed or maimed by mines this year in Tete province alone.",
      [C("12", 12, "exact", "other", "trucks carrying refugees", None, optional=True,
         cat_alt=["aid"]),
       C("more than 1 million", 1_000_000, "more_than", "displaced",
         "Mozambicans who fled to Malawi", None),
       C("about 700,000", 700000, "about", "displaced", "Mozambicans returned from Malawi",
         UNHCR_94),
       C("some 280,000", 280000, "about", "displaced", "Mozambican refugees remaining",
         UNHCR_94),
       C("an estimated 2 million", 2_000_000, "about", "munitions", "land mines in Mozambique",
         None),
       C("at least 60", 60, "at_least", "injured", "returnees killed or maimed by mines",
         "the Halo Trust", cat_alt=["killed", "other"])]),

    # --- South Asia -----------------------------------------------------------------------------
    P("d103_006",
      "Agartala, Nov 4 (PTI) Six Bru refugees, including a two-month-old infant, have died in "
      "relief camps in North Tripura district since the Centre stopped supplying free rations "
      "and cash doles on October 1, a refugee leader claimed on Monday. Mizoram Bru Displaced "
      "People's Forum (MBDPF) general secretary Bruno Msha said the inmates of the six camps "
      "had been surviving on wild roots and help from local villagers. North Tripura District "
      "Magistrate Raval Hemendra Kumar said only four deaths had been reported to the "
      "administration and that \"none of them was due to starvation\". Around 32,000 Brus have "
      "been living in the camps at Kanchanpur and Panisagar since October 1997, when they fled "
      "ethnic violence in neighbouring Mizoram. Only 1,369 families had returned to Mizoram "
      "under the latest repatriation drive, which ended on September 30, officials said.",
      [C("Six", 6, "exact", "killed", "Bru refugees who died in camps", "a refugee leader",
         attr_alt=[BRUNO]),
       C("six", 6, "exact", "infrastructure", "relief camps", BRUNO, cat_alt=["other"],
         ctx="six camps"),
       C("four", 4, "exact", "killed", "deaths reported to the administration", TRIPURA_DM),
       C("Around 32,000", 32000, "about", "displaced", "Brus living in the camps", None),
       C("1,369", 1369, "exact", "displaced", "families returned to Mizoram", "officials")]),

    P("d103_007",
      "Updated - January 16, 2020 10:52 pm IST\n"
      "Bru refugees to be settled in Tripura under four-party pact\n"
      "NEW DELHI — About 34,000 Bru refugees living in relief camps in Tripura for over two "
      "decades will be settled permanently in the State under an agreement signed on Thursday by "
      "the Centre, the governments of Tripura and Mizoram, and Bru leaders, Union Home Minister "
      "Amit Shah said. The Centre will provide a package of ₹600 crore, under which each of the "
      "6,959 families will get a plot of land, a fixed deposit of ₹4 lakh, ₹5,000 a month in "
      "cash assistance and free rations for two years, Mr. Shah said. Under earlier agreements, "
      "5,407 Bru people had returned to Mizoram in eight phases since 2009. The Brus fled "
      "Mizoram in 1997 after ethnic clashes in which a Mizo forest guard was killed.",
      [C("About 34,000", 34000, "about", "displaced", "Bru refugees in Tripura camps", SHAH),
       C("6,959", 6959, "exact", "displaced", "Bru families to be settled", "Mr. Shah",
         attr_alt=[SHAH]),
       C("5,407", 5407, "exact", "displaced", "Bru people returned to Mizoram", None),
       C("eight", 8, "exact", "other", "repatriation phases", None, optional=True)],
      published="2020-01-16"),

    P("d103_008",
      "RAMESWARAM, Aug. 12 (UNI) — Another 1,840 Sri Lankan Tamils landed on the Dhanushkodi "
      "coast and at Rameswaram in 34 boats over the weekend, taking the number of refugees who "
      "have reached Tamil Nadu since the fighting resumed in June to over 95,000, officials "
      "said here today. The new arrivals, many of them from Mannar and Jaffna, told reporters "
      "that the boatmen had charged Rs. 1,500 a head for the 30 km crossing. Eleven people, "
      "among them four children, drowned on Friday night when an overloaded boat capsized near "
      "the fourth sandbank, fishermen said. They pulled 23 survivors from the water. Collector "
      "S. Machendranathan said the Mandapam transit camp, built for 5,000 people, now housed "
      "nearly 14,000, and that 62 more camps had been opened across the State.",
      [C("1,840", 1840, "exact", "displaced", "Sri Lankan Tamils who landed", "officials"),
       C("34", 34, "exact", "other", "boats", "officials", optional=True),
       C("over 95,000", 95000, "more_than", "displaced", "refugees reached Tamil Nadu",
         "officials"),
       C("Eleven", 11, "exact", "killed", "people drowned", "fishermen"),
       C("four", 4, "exact", "killed", "children drowned", "fishermen"),
       C("23", 23, "exact", "other", "survivors pulled from the water", "fishermen",
         attr_alt=[None]),
       C("5,000", 5000, "exact", "other", "capacity of the Mandapam camp", COLLECTOR,
         optional=True),
       C("nearly 14,000", 14000, "about", "displaced", "refugees in the Mandapam camp",
         COLLECTOR),
       C("62", 62, "exact", "infrastructure", "camps opened", COLLECTOR, cat_alt=["other"])]),

    P("d103_009",
      "Published at 11:45 pm May 30th, 2017\n"
      "Cyclone Mora: 7 killed, nearly 500,000 evacuated\n"
      "At least seven people were killed as Cyclone Mora lashed Bangladesh's southeastern coast "
      "on Tuesday, while nearly 500,000 people had been moved to cyclone shelters before it made "
      "landfall, officials said. Five of the dead were crushed by falling trees in Cox's Bazar "
      "and Rangamati, said Disaster Management and Relief Ministry Secretary Shah Kamal. In the "
      "Rohingya settlements at Kutupalong and Balukhali, the storm damaged or destroyed hundreds "
      "of shelters, the International Organization for Migration (IOM) said, and some 20,000 "
      "families need help to rebuild. The government had opened 3,500 shelters across seven "
      "coastal districts, Kamal said. Around 100 fishermen were still missing off St Martin's "
      "Island on Tuesday night, local officials said.",
      [C("7", 7, "exact", "killed", "people (headline)", None),
       C("nearly 500,000", 500000, "about", "displaced", "people evacuated (headline)", None,
         ctx="killed, nearly 500,000"),
       C("At least seven", 7, "at_least", "killed", "people", "officials"),
       C("nearly 500,000", 500000, "about", "displaced", "people moved to cyclone shelters",
         "officials", ctx="while nearly 500,000"),
       C("Five", 5, "exact", "killed", "people crushed by falling trees", KAMAL),
       C("hundreds", 100, "vague", "infrastructure", "Rohingya shelters damaged or destroyed",
         IOM),
       C("some 20,000", 20000, "about", "other", "families needing help to rebuild", IOM,
         attr_alt=[None], cat_alt=["displaced", "aid"]),
       C("3,500", 3500, "exact", "infrastructure", "cyclone shelters opened", "Kamal",
         attr_alt=[KAMAL], cat_alt=["other"]),
       C("seven", 7, "exact", "other", "coastal districts", "Kamal", optional=True,
         ctx="seven coastal"),
       C("Around 100", 100, "about", "missing", "fishermen", "local officials")],
      published="2017-05-30"),

    # --- Middle East and the Horn ---------------------------------------------------------------
    P("d103_010",
      "RUWEISHED, Jordan (AP) — Tens of thousands of Egyptians, Indians, Bangladeshis and Sri "
      "Lankans who fled Iraq and occupied Kuwait were stranded Thursday in a windswept tent camp "
      "near Jordan's border, short of water and shade, as aid agencies struggled to keep up. "
      "Jordanian officials said about 45,000 people were in the Shaalan camp, where "
      "temperatures reached 110 degrees, and that at least 8,000 more had crossed the Karameh "
      "border post in the past 24 hours. Red Crescent doctors said four people, three of them "
      "elderly Egyptian men, had died of heat and dehydration since Monday, and more than 300 "
      "had been treated for diarrhea. Since Aug. 2, more than 600,000 foreigners have crossed "
      "into Jordan, according to the government, which says it can no longer afford to feed "
      "them. The International Committee of the Red Cross flew in 20 tonnes of tents and "
      "blankets from Geneva, and a British charity sent 12 water tankers.",
      [C("Tens of thousands", 10000, "vague", "displaced", "foreign workers stranded", None,
         attr_alt=["Jordanian officials"]),
       C("about 45,000", 45000, "about", "displaced", "people in the Shaalan camp",
         "Jordanian officials"),
       C("at least 8,000", 8000, "at_least", "displaced", "people crossed in 24 hours",
         "Jordanian officials"),
       C("four", 4, "exact", "killed", "people died of heat", "Red Crescent doctors"),
       C("three", 3, "exact", "killed", "elderly Egyptian men", "Red Crescent doctors"),
       C("more than 300", 300, "more_than", "other", "people treated for diarrhea",
         "Red Crescent doctors", cat_alt=["injured"]),
       C("more than 600,000", 600000, "more_than", "displaced", "foreigners crossed into Jordan",
         "the government"),
       C("20", 20, "exact", "aid", "tonnes of tents and blankets", None,
         attr_alt=["The International Committee of the Red Cross"]),
       C("12", 12, "exact", "aid", "water tankers", None, attr_alt=["a British charity"],
         cat_alt=["other"])]),

    P("d103_011",
      "ERBIL, Iraq, Aug 20 (Reuters) - At least 30,000 Syrians, most of them Kurds, have crossed "
      "into northern Iraq since Thursday over a newly opened pontoon bridge at Peshkhabour, the "
      "U.N. refugee agency said on Tuesday, one of the largest single influxes of the Syrian "
      "war. UNHCR spokesman Adrian Edwards told a briefing in Geneva that about 7,000 had "
      "crossed on Monday alone and that the agency was rushing tents to a transit camp at "
      "Kawergosk, near Erbil. \"People are arriving exhausted, hungry, some of them carrying "
      "babies in the sun for hours,\" he said. The Kurdistan Regional Government said Domiz "
      "camp near Dohuk, built for 40,000, already held more than 50,000 people. Iraq had kept "
      "the border crossing closed for most of the past four months.",
      [C("At least 30,000", 30000, "at_least", "displaced", "Syrians crossed into Iraq",
         "the U.N. refugee agency"),
       C("about 7,000", 7000, "about", "displaced", "Syrians crossed on Monday", EDWARDS),
       C("40,000", 40000, "exact", "other", "capacity of Domiz camp", KRG, optional=True),
       C("more than 50,000", 50000, "more_than", "displaced", "people in Domiz camp", KRG,
         cat_alt=["population"])]),

    P("d103_012",
      "JUBA, Nov 10, 2011 (Reuters) - Sudanese warplanes dropped at least four bombs on the Yida "
      "refugee camp in South Sudan's Unity state on Thursday, killing at least 12 people, a "
      "South Sudanese official and aid workers said. The camp, about 20 km from the disputed "
      "border, shelters some 20,000 people who fled fighting between the Sudanese army and "
      "SPLM-North rebels in the Nuba Mountains of South Kordofan. \"One bomb fell inside the "
      "school compound, right next to the classrooms,\" said Ryan Boyette, an American aid "
      "worker living in the area. Unity state information minister Gideon Gatpan said 20 people "
      "had been wounded. Sudan's army spokesman Al-Sawarmi Khalid Saad denied the attack, "
      "telling Reuters: \"We did not bomb any camp.\"",
      [C("at least four", 4, "at_least", "munitions", "bombs dropped on Yida",
         "a South Sudanese official and aid workers"),
       C("at least 12", 12, "at_least", "killed", "people in Yida camp",
         "a South Sudanese official and aid workers"),
       C("some 20,000", 20000, "about", "displaced", "refugees sheltering in Yida", None,
         cat_alt=["population"]),
       C("One", 1, "exact", "munitions", "bomb in the school compound", "Ryan Boyette",
         optional=True),
       C("20", 20, "exact", "injured", "people wounded", GATPAN, ctx="20 people")],
      published="2011-11-10"),

    P("d103_013",
      "Updated Jan. 14, 2021, 3:12 p.m. ET\n"
      "GENEVA (AP) — The U.N. refugee chief said Thursday that he had received \"many credible "
      "reports\" of Eritrean refugees in Ethiopia's Tigray region being killed, abducted and "
      "forcibly returned to Eritrea, calling them \"concrete indications of major violations of "
      "international law.\" Filippo Grandi said UNHCR had not had access to the Hitsats and "
      "Shimelba camps, which together housed about 25,000 refugees before the conflict, since "
      "fighting erupted in early November. Satellite images taken by Maxar Technologies show "
      "that at least 14 structures in Hitsats were burned in the first week of January. "
      "Refugees who escaped to Addis Ababa told UNHCR staff that at least 30 young men had been "
      "abducted from Hitsats by armed men in Eritrean uniforms. An aid worker who reached Shire "
      "last month said around 5,000 refugees from the two camps had made their way there on "
      "foot. In all, Ethiopia hosted nearly 100,000 Eritrean refugees in four camps in Tigray "
      "before the war, according to UNHCR.",
      [C("about 25,000", 25000, "about", "displaced", "refugees in Hitsats and Shimelba", None,
         attr_alt=[GRANDI]),
       C("at least 14", 14, "at_least", "infrastructure", "structures burned in Hitsats",
         "Satellite images taken by Maxar Technologies", attr_alt=["Maxar Technologies"]),
       C("at least 30", 30, "at_least", "hostages", "young men abducted from Hitsats",
         "Refugees who escaped to Addis Ababa"),
       C("around 5,000", 5000, "about", "displaced", "refugees who reached Shire",
         "An aid worker who reached Shire"),
       C("two", 2, "exact", "infrastructure", "the two camps (back-reference)",
         "An aid worker who reached Shire", optional=True, cat_alt=["other"]),
       C("nearly 100,000", 100000, "about", "displaced", "Eritrean refugees in Tigray",
         "UNHCR"),
       C("four", 4, "exact", "infrastructure", "refugee camps in Tigray", "UNHCR",
         optional=True, cat_alt=["other"])],
      published="2021-01-14"),

    P("d103_014",
      "ADDIS ABABA (AFP) - At least seven people have been killed and thousands forced to flee "
      "after the Nabro volcano in southern Eritrea erupted for the first time in recorded "
      "history, Eritrea's information ministry said in a statement. Across the border in "
      "Ethiopia's Afar region, local officials said between 5,000 and 6,000 people had been "
      "moved away from the villages nearest the volcano, and that 300 camels and goats had died "
      "after eating ash-covered grass. Eritrea, one of the world's most closed countries, gave "
      "no details of where the victims had died and did not allow journalists into the area. "
      "The ash cloud forced airlines to cancel flights to Addis Ababa, and Hillary Clinton had "
      "to cut short a visit to Ethiopia. Seismologists recorded more than 100 tremors in the "
      "hours before the eruption, the largest of magnitude 5.7.",
      [C("At least seven", 7, "at_least", "killed", "people", ER_MOI),
       C("thousands", 1000, "vague", "displaced", "people forced to flee", ER_MOI),
       C("between 5,000 and 6,000", 5000, "range", "displaced", "people moved in Afar",
         "local officials", high=6000),
       C("300", 300, "exact", "other", "camels and goats died", "local officials"),
       C("more than 100", 100, "more_than", "other", "tremors recorded", "Seismologists",
         optional=True)]),

    P("d103_015",
      "Published: May 27, 2018 14:12\n"
      "Salalah: The death toll from Cyclone Mekunu in Oman has risen to six, including a "
      "12-year-old girl, the Royal Oman Police said on Sunday, as floodwaters began to recede in "
      "Dhofar governorate. ROP said about 3,000 people who had been moved to shelters in Salalah "
      "before the storm were returning home. On the Yemeni island of Socotra, officials said 11 "
      "people had died and 19 were missing, including Indian and Sudanese sailors, after the "
      "cyclone struck on Thursday. India's navy said it had evacuated 38 Indian nationals from "
      "Socotra on board INS Sunayna. Salalah airport, closed since Thursday, is expected to "
      "reopen on Monday.",
      [C("six", 6, "exact", "killed", "people in Oman", ROP),
       C("about 3,000", 3000, "about", "displaced", "people moved to shelters, returning home",
         "ROP", attr_alt=[ROP]),
       C("11", 11, "exact", "killed", "people on Socotra", "officials"),
       C("19", 19, "exact", "missing", "people on Socotra", "officials"),
       C("38", 38, "exact", "displaced", "Indian nationals evacuated from Socotra",
         "India's navy")],
      published="2018-05-27"),

    # --- The Great Lakes and West Africa --------------------------------------------------------
    P("d103_016",
      "Briefing notes | 13 October 2017\n"
      "UNHCR is alarmed by a sharp rise in the number of refugees fleeing violence in the "
      "Democratic Republic of the Congo's Haut-Katanga and Tanganyika provinces into northern "
      "Zambia. Since 30 August, more than 6,000 refugees have crossed into Zambia's Luapula "
      "province, and arrivals have averaged over 100 a day this month. Most are women and "
      "children. Many report that armed groups burned their villages and killed family members; "
      "one woman told our staff that her husband and two sons had been beheaded in front of "
      "her. The refugees are being sheltered at the Kenani transit centre in Nchelenge "
      "district, which was designed for 500 people but now hosts some 3,800. UNHCR is working "
      "with the Government of Zambia to identify land for a new settlement, and has airlifted "
      "2,000 tents and 10,000 blankets.",
      [C("more than 6,000", 6000, "more_than", "displaced", "refugees crossed into Zambia",
         None, attr_alt=["UNHCR"]),
       C("over 100", 100, "more_than", "displaced", "refugee arrivals a day", None,
         attr_alt=["UNHCR"], cat_alt=["other"]),
       C("two", 2, "exact", "killed", "sons beheaded", "one woman", optional=True),
       C("500", 500, "exact", "other", "capacity of Kenani transit centre", None,
         optional=True),
       C("some 3,800", 3800, "about", "displaced", "refugees at Kenani", None,
         attr_alt=["UNHCR"]),
       C("2,000", 2000, "exact", "aid", "tents airlifted", None, attr_alt=["UNHCR"]),
       C("10,000", 10000, "exact", "aid", "blankets airlifted", None, attr_alt=["UNHCR"])],
      published="2017-10-13"),

    P("d103_017",
      "Cameroonian refugees in Cross River: number tops 20,000\n"
      "By Agba Ikwen, Calabar\n"
      "Published: February 2, 2018\n"
      "The number of Cameroonians who have fled the crisis in the country's English-speaking "
      "regions into Cross River State has risen to 20,710, the State Emergency Management Agency "
      "(SEMA) said on Thursday. SEMA's director-general, John Inyang, told our correspondent "
      "that the refugees were spread across 41 host communities in four local government "
      "areas, with the largest group, about 7,200, at Agbokim Waterfalls in Etung. He said the "
      "agency had so far distributed 3,000 bags of rice and 1,500 mats, but that at least 500 "
      "of the refugees needed urgent medical care. The Nigeria Immigration Service said 47 "
      "suspected separatists had been arrested at Ikom and handed over to security agencies. The "
      "UN refugee agency said it was opening a settlement at Adagom, near Ogoja, that can hold "
      "up to 10,000 people.",
      [C("20,000", 20000, "more_than", "displaced", "Cameroonian refugees (headline)", None),
       C("20,710", 20710, "exact", "displaced", "Cameroonian refugees in Cross River", SEMA),
       C("41", 41, "exact", "other", "host communities", INYANG, optional=True),
       C("four", 4, "exact", "other", "local government areas", INYANG, optional=True),
       C("about 7,200", 7200, "about", "displaced", "refugees at Agbokim Waterfalls", INYANG),
       C("3,000", 3000, "exact", "aid", "bags of rice", INYANG, attr_alt=["He"]),
       C("1,500", 1500, "exact", "aid", "mats", INYANG, attr_alt=["He"]),
       C("at least 500", 500, "at_least", "other", "refugees needing medical care", INYANG,
         attr_alt=["He"], cat_alt=["injured"]),
       C("47", 47, "exact", "detained", "suspected separatists arrested",
         "The Nigeria Immigration Service"),
       C("up to 10,000", 10000, "at_most", "other", "capacity of the Adagom settlement",
         "The UN refugee agency", optional=True)],
      published="2018-02-02"),

    P("d103_018",
      "Police arrest 630 Liberian refugees at Buduburam\n"
      "Daily Graphic, Monday, March 17, 2008\n"
      "Police in the Central Region on Sunday arrested 630 Liberian refugees, most of them women "
      "and children, at the Buduburam camp near Kasoa after a month-long sit-in protest against "
      "a repatriation package offered by the UNHCR, the regional police commander, ACP Kofi "
      "Boakye, has said. The women, who have been demanding US$1,000 each and resettlement in a "
      "third country, were taken to a police training school at Kordiabe, he said. The Interior "
      "Minister, Mr Kwamena Bartels, told Parliament that 16 of the protest leaders would be "
      "deported to Liberia. The camp, opened in 1990 at the height of Liberia's civil war, is "
      "home to some 26,000 Liberians, though UNHCR says fewer than 10,000 of them are registered "
      "refugees. Some 10,000 Liberians have returned home under the voluntary repatriation "
      "programme since 2004.",
      [C("630", 630, "exact", "detained", "Liberian refugees arrested (headline)", None,
         ctx="arrest 630"),
       C("630", 630, "exact", "detained", "Liberian refugees arrested", BOAKYE,
         ctx="arrested 630"),
       C("16", 16, "exact", "detained", "protest leaders to be deported", BARTELS,
         cat_alt=["displaced", "other"]),
       C("some 26,000", 26000, "about", "displaced", "Liberians living at Buduburam", None,
         cat_alt=["population"]),
       C("fewer than 10,000", 10000, "fewer_than", "displaced", "registered refugees",
         "UNHCR"),
       C("Some 10,000", 10000, "about", "displaced", "Liberians returned home", None,
         attr_alt=["UNHCR"])],
      published="2008-03-17"),

    # --- Europe and the Americas ----------------------------------------------------------------
    P("d103_019",
      "BELGRADE, May 18, 2014 (Reuters) - Serbian soldiers and police evacuated almost the "
      "entire town of Obrenovac on Sunday as the Sava river burst its banks, and the government "
      "said the death toll from the worst floods in the Balkans in over a century had risen to "
      "16 in Serbia alone. More than 10,000 people have been taken out of Obrenovac, a town of "
      "25,000 about 30 km southwest of Belgrade, by boat, helicopter and army truck, Interior "
      "Minister Nebojsa Stefanovic told reporters. \"Unfortunately, we expect the number of dead "
      "in Obrenovac to rise,\" Prime Minister Aleksandar Vucic said, adding that 12 bodies had "
      "been recovered there so far. In neighbouring Bosnia, where officials said at least 19 "
      "people had died, floodwaters set off hundreds of landslides and shifted landmines left "
      "over from the 1992-95 war. Some 5,000 troops and volunteers built sandbag dykes overnight "
      "to protect the Nikola Tesla power plant.",
      [C("16", 16, "exact", "killed", "people in Serbia", "the government"),
       C("More than 10,000", 10000, "more_than", "displaced", "people evacuated from Obrenovac",
         STEFANOVIC),
       C("25,000", 25000, "exact", "population", "residents of Obrenovac", None,
         attr_alt=[STEFANOVIC]),
       C("12", 12, "exact", "killed", "bodies recovered in Obrenovac", VUCIC),
       C("at least 19", 19, "at_least", "killed", "people in Bosnia", "officials"),
       C("hundreds", 100, "vague", "other", "landslides in Bosnia", None, optional=True),
       C("Some 5,000", 5000, "about", "troops", "troops and volunteers building dykes", None,
         cat_alt=["other"])],
      published="2014-05-18"),

    P("d103_020",
      "PRAGUE, Czechoslovakia (AP) — Thousands of East Germans who had camped for weeks in the "
      "mud-soaked garden of the West German Embassy began leaving for the West early Sunday "
      "aboard special trains, after Bonn and East Berlin agreed to let them go. West German "
      "Foreign Minister Hans-Dietrich Genscher announced the deal from the embassy balcony late "
      "Saturday to cheers from a crowd that diplomats put at about 5,500, many of them young "
      "couples with children. Six trains were to carry the refugees through East German "
      "territory to Hof in Bavaria, embassy spokesman Jürgen Brieger said. In Warsaw, some 800 "
      "East Germans sheltering at the West German Embassy were also to be flown out. "
      "Czechoslovak police had detained at least 60 East Germans trying to climb the embassy "
      "fence during the week, a West German diplomat said.",
      [C("Thousands", 1000, "vague", "displaced", "East Germans in the Prague embassy", None,
         attr_alt=["diplomats"]),
       C("about 5,500", 5500, "about", "displaced", "refugees in the embassy garden",
         "diplomats", cat_alt=["other"]),
       C("Six", 6, "exact", "other", "special trains", BRIEGER, optional=True),
       C("some 800", 800, "about", "displaced", "East Germans in the Warsaw embassy", None,
         attr_alt=[BRIEGER]),
       C("at least 60", 60, "at_least", "detained", "East Germans detained at the fence",
         "a West German diplomat")]),

    P("d103_021",
      "GRAND FORKS, N.D. (AP) — Nearly all of this city's 50,000 residents were ordered out of "
      "their homes Saturday as the Red River topped its dikes and a fire destroyed 11 buildings "
      "in the flooded downtown, officials said. Grand Forks Mayor Pat Owens said about 2,000 "
      "people had spent the night at the Grand Forks Air Force Base, 15 miles west of the city, "
      "and that hundreds more were sleeping in churches and schools in towns nearby. Firefighters "
      "fought the downtown blaze from helicopters and National Guard trucks because hydrants "
      "were under water. In East Grand Forks, Minn., across the river, all 9,000 residents were "
      "evacuated. Police said fewer than 500 residents had refused to leave. No deaths had been "
      "reported, but the state hydro utility said 3,500 customers "
      "had lost power.",
      [C("50,000", 50000, "exact", "population", "residents of Grand Forks", None,
         attr_alt=["officials"]),
       C("11", 11, "exact", "infrastructure", "buildings destroyed by fire", "officials"),
       C("about 2,000", 2000, "about", "displaced", "people at the Air Force Base", OWENS),
       C("hundreds", 100, "vague", "displaced", "people in churches and schools nearby",
         OWENS),
       C("9,000", 9000, "exact", "displaced", "East Grand Forks residents evacuated", None,
         cat_alt=["population"]),
       C("fewer than 500", 500, "fewer_than", "population", "residents who refused to leave",
         "Police", cat_alt=["other"]),
       C("3,500", 3500, "exact", "other", "customers without power", HYDRO,
         cat_alt=["population"])]),

    P("d103_022",
      "CHICOUTIMI, Que. (CP) — Soldiers and Red Cross workers handed out food and cots Monday to "
      "more than 12,000 people forced from their homes by the floods that have swept through "
      "Quebec's Saguenay region, where the death toll rose to 10 with the discovery of two "
      "children in a mudslide in La Baie. Provincial Public Security Minister Robert Perreault "
      "said about 1,350 homes had been destroyed or damaged and that 16,000 people had "
      "registered with the Red Cross as evacuees since the dikes gave way on Friday. Ottawa has "
      "sent about 900 troops from the Valcartier base to help with evacuations and repairs. In "
      "the Ha! Ha! River valley, rushing water carved a new channel around a dam and swept away "
      "dozens of houses. \"We lost everything, the house, the garage, the photographs,\" said "
      "Lucie Tremblay, 47, of Laterrière.",
      [C("more than 12,000", 12000, "more_than", "displaced", "people forced from their homes",
         None, attr_alt=[PERREAULT]),
       C("10", 10, "exact", "killed", "people in the Saguenay floods", None,
         attr_alt=[PERREAULT]),
       C("two", 2, "exact", "killed", "children found in a mudslide", None,
         attr_alt=[PERREAULT]),
       C("about 1,350", 1350, "about", "infrastructure", "homes destroyed or damaged",
         PERREAULT),
       C("16,000", 16000, "exact", "displaced", "people registered as evacuees", PERREAULT),
       C("about 900", 900, "about", "troops", "troops sent from Valcartier", None,
         attr_alt=["Ottawa"]),
       C("dozens", 12, "vague", "infrastructure", "houses swept away", None)]),

    P("d103_023",
      "SANTIAGO, Chile (AP) — Chilean authorities evacuated about 3,400 people from towns near "
      "the Villarrica volcano after it erupted before dawn Tuesday, spewing lava and ash 1,000 "
      "meters into the air above the lakeside resort of Pucón. Interior Minister Rodrigo "
      "Peñailillo said no one had been hurt and that the evacuation order covered some 5,000 "
      "residents in the Pucón, Villarrica and Curarrehue areas, though officials had at first "
      "said it would affect up to 4,000. President Michelle Bachelet flew to Pucón, a town of "
      "about 22,000 people that swells to more than 100,000 in the summer tourist season, and "
      "urged people to stay calm. Classes were suspended at 40 schools and the Red Cross set up "
      "two shelters. The 2,847-meter volcano is one of the most active in South America.",
      [C("about 3,400", 3400, "about", "displaced", "people evacuated near Villarrica", None,
         attr_alt=[PENAILILLO]),
       C("some 5,000", 5000, "about", "displaced", "residents covered by the evacuation order",
         PENAILILLO, cat_alt=["population"]),
       C("up to 4,000", 4000, "at_most", "displaced",
         "residents covered by the order (first estimate)", "officials",
         cat_alt=["population"]),
       C("about 22,000", 22000, "about", "population", "residents of Pucón", None),
       C("more than 100,000", 100000, "more_than", "population", "people in Pucón in summer",
         None),
       C("40", 40, "exact", "infrastructure", "schools with classes suspended", None,
         cat_alt=["other"]),
       C("two", 2, "exact", "infrastructure", "shelters set up", None,
         attr_alt=["the Red Cross"], cat_alt=["other", "aid"])]),

    P("d103_024",
      "Télam | 22/12/2012 | 18:45\n"
      "NEUQUÉN — Around 600 residents and tourists left the village of Caviahue on Saturday "
      "after Argentine and Chilean authorities raised the alert for the Copahue volcano to red, "
      "the provincial civil defence said. The volcano, straddling the border in the Andes, has "
      "been spewing ash since Friday, and Chile's National Emergency Office (ONEMI) ordered the "
      "evacuation of some 2,240 people living within a 25-kilometre radius on its side of the "
      "border. Neuquén's governor, Jorge Sapag, said 17 buses had been sent to carry families to "
      "Loncopué, 50 km away, where the town's sports centre and three schools had been fitted "
      "out as shelters. \"Nobody is being forced out, but we are recommending it,\" he said. Most "
      "of Caviahue's roughly 1,000 residents had already gone, local officials said.",
      [C("Around 600", 600, "about", "displaced", "residents and tourists who left Caviahue",
         "the provincial civil defence"),
       C("some 2,240", 2240, "about", "displaced", "people ordered evacuated in Chile", None,
         attr_alt=[ONEMI]),
       C("17", 17, "exact", "other", "buses sent", SAPAG, optional=True),
       C("three", 3, "exact", "infrastructure", "schools fitted out as shelters", SAPAG,
         cat_alt=["other"]),
       C("roughly 1,000", 1000, "about", "population", "residents of Caviahue",
         "local officials")],
      published="2012-12-22"),

    P("d103_025",
      "MEDELLÍN, Colombia, May 17 (EFE) - Colombian authorities have evacuated some 600 people "
      "from the riverside town of Puerto Valdivia and told more than 113,000 residents of towns "
      "downstream of the Hidroituango dam to be on alert, as engineers raced to stop water "
      "flowing through the unfinished structure, the governor of Antioquia said Thursday. "
      "Governor Luis Pérez told reporters that 12 municipalities along the Cauca River were "
      "under a red alert and that 26 shelters had been set up in schools and coliseums. Last "
      "Saturday, a surge of water released when a blocked tunnel cleared swept away 59 houses, "
      "a school and a health post in Puerto Valdivia, leaving about 600 people homeless. The "
      "company building the dam, Empresas Públicas de Medellín (EPM), said 300 workers were "
      "working around the clock to raise the dam wall. No deaths have been reported.",
      [C("some 600", 600, "about", "displaced", "people evacuated from Puerto Valdivia",
         ANTIOQUIA),
       C("more than 113,000", 113000, "more_than", "population",
         "residents downstream told to be on alert", ANTIOQUIA, cat_alt=["other"]),
       C("12", 12, "exact", "other", "municipalities under red alert", PEREZ, optional=True),
       C("26", 26, "exact", "infrastructure", "shelters set up", PEREZ, cat_alt=["other"]),
       C("59", 59, "exact", "infrastructure", "houses swept away", None),
       C("about 600", 600, "about", "displaced", "people left homeless", None),
       C("300", 300, "exact", "population", "workers raising the dam wall", EPM,
         cat_alt=["other", "troops"])]),

    P("d103_026",
      "Lima, Jul. 20 (ANDINA). – Peru's National Civil Defense Institute (Indeci) reported "
      "Saturday that 180 residents of the towns of Querapi and Tonohaya, on the slopes of the "
      "Ubinas volcano in Moquegua region, have been evacuated to a shelter in the district of "
      "Matalaque. Indeci said ash from the eruption, which began on Friday, had affected more "
      "than 30,000 people and nearly 1,000 hectares of crops in Moquegua and neighbouring "
      "Arequipa, and that at least 3,500 head of livestock were at risk. The Moquegua regional "
      "government declared an emergency in Ubinas district, home to about 4,000 people. The "
      "Geophysical Institute of Peru said the volcano had expelled ash columns up to 5,400 "
      "meters high. Health workers handed out 5,000 masks and treated 12 people for "
      "respiratory problems.",
      [C("180", 180, "exact", "displaced", "residents evacuated", INDECI),
       C("more than 30,000", 30000, "more_than", "other", "people affected by ash", "Indeci",
         attr_alt=[INDECI], cat_alt=["population"]),
       C("nearly 1,000", 1000, "about", "other", "hectares of crops affected", "Indeci",
         optional=True),
       C("at least 3,500", 3500, "at_least", "other", "head of livestock at risk", "Indeci",
         optional=True),
       C("about 4,000", 4000, "about", "population", "residents of Ubinas district", None),
       C("5,000", 5000, "exact", "aid", "masks handed out", None, attr_alt=["Health workers"]),
       C("12", 12, "exact", "other", "people treated for respiratory problems", None,
         attr_alt=["Health workers"], cat_alt=["injured"])]),

    P("d103_027",
      "Sept. 16, 2014 / 7:41 PM\n"
      "LOS CABOS, Mexico (AP) — Military and commercial planes began flying thousands of "
      "stranded tourists out of Los Cabos on Tuesday, two days after Hurricane Odile smashed "
      "into the tip of the Baja California peninsula, knocking out power and water and "
      "shattering hotel windows. Tourism Secretary Claudia Ruiz Massieu said about 26,000 "
      "tourists, including some 14,000 foreigners, were stuck in the resort area, and that 36 "
      "flights were planned for the day. Federal police and soldiers were sent to stop looting "
      "after crowds cleared out supermarkets and appliance stores; the government said 1,000 "
      "federal police officers would be in place by Wednesday. Authorities said about 29,000 "
      "people had spent the night in shelters. At least 135 people were treated for minor "
      "injuries, but no deaths had been reported, Baja California Sur civil protection chief "
      "Carlos Godínez said.",
      [C("thousands", 1000, "vague", "displaced", "stranded tourists flown out", None,
         attr_alt=[MASSIEU], cat_alt=["other"]),
       C("about 26,000", 26000, "about", "other", "tourists stranded in Los Cabos", MASSIEU,
         cat_alt=["population", "displaced"]),
       C("some 14,000", 14000, "about", "other", "foreign tourists stranded", MASSIEU,
         cat_alt=["population", "displaced"]),
       C("36", 36, "exact", "other", "flights planned", MASSIEU, optional=True),
       C("1,000", 1000, "exact", "troops", "federal police officers", "the government"),
       C("about 29,000", 29000, "about", "displaced", "people in shelters", "Authorities"),
       C("At least 135", 135, "at_least", "injured", "people treated for minor injuries",
         GODINEZ)],
      published="2014-09-16"),

    P("d103_028",
      "HAVANA, Nov 9, 2008 (AFP) - Hurricane Paloma smashed into southern Cuba on Saturday "
      "night, flattening hundreds of homes in the fishing town of Santa Cruz del Sur, but the "
      "evacuation of more than 1.2 million people kept anyone from being killed, state media "
      "said Sunday. Civil defence chief General Ramón Pardo Guerra said on state television "
      "that 435 homes had been destroyed and another 1,000 damaged in Camagüey province, and "
      "that 220,000 people were still staying in shelters or with relatives. The storm struck "
      "the same region battered in September by two other hurricanes, which together caused an "
      "estimated 5 billion dollars in damage. In 1932, a storm surge killed some 3,000 people "
      "in Santa Cruz del Sur. Paloma weakened rapidly over land and was downgraded to a "
      "tropical storm.",
      [C("hundreds", 100, "vague", "infrastructure", "homes flattened in Santa Cruz del Sur",
         "state media"),
       C("more than 1.2 million", 1_200_000, "more_than", "displaced", "people evacuated",
         "state media"),
       C("435", 435, "exact", "infrastructure", "homes destroyed", PARDO),
       C("1,000", 1000, "exact", "infrastructure", "homes damaged", PARDO),
       C("220,000", 220000, "exact", "displaced", "people in shelters or with relatives",
         PARDO),
       C("two", 2, "exact", "other", "earlier hurricanes", None, optional=True),
       C("some 3,000", 3000, "about", "killed", "people killed by the 1932 storm surge", None)],
      published="2008-11-09"),

    # --- East Asia and the Pacific --------------------------------------------------------------
    P("d103_029",
      "BEIJING, Aug 29, 2009 (Reuters) - Tens of thousands of refugees have fled into China from "
      "Myanmar's northeastern Kokang region after fighting broke out between government troops "
      "and ethnic Chinese rebels, Chinese state media and aid workers said on Saturday. The "
      "government of Yunnan province said some 30,000 people had crossed into the border town "
      "of Nansan, where they were being housed in seven camps and given food and medical care. "
      "One Chinese resident was killed and two others wounded when three shells fired from the "
      "Myanmar side landed in Nansan on Friday, the official Xinhua news agency said. Myanmar "
      "state television said 26 soldiers and police had been killed in the fighting and that "
      "government forces had recovered the bodies of eight rebels. China has urged Myanmar to "
      "\"properly handle\" the situation and protect Chinese citizens in the area.",
      [C("Tens of thousands", 10000, "vague", "displaced", "refugees fled into China",
         "Chinese state media and aid workers"),
       C("some 30,000", 30000, "about", "displaced", "people crossed into Nansan", YUNNAN),
       C("seven", 7, "exact", "infrastructure", "camps in Nansan", YUNNAN, cat_alt=["other"]),
       C("One", 1, "exact", "killed", "Chinese resident killed by shells", XINHUA),
       C("two", 2, "exact", "injured", "Chinese residents wounded", XINHUA),
       C("three", 3, "exact", "munitions", "shells that landed in Nansan", XINHUA),
       C("26", 26, "exact", "killed", "soldiers and police", MM_TV),
       C("eight", 8, "exact", "killed", "rebels' bodies recovered", MM_TV)],
      published="2009-08-29"),

    P("d103_030",
      "HANGZHOU, July 25 (Xinhua) -- Typhoon In-fa, the sixth typhoon of the year, made landfall "
      "in Zhoushan in east China's Zhejiang Province at 12:30 p.m. Sunday, packing winds of up "
      "to 38 meters per second, local authorities said. More than 1.3 million people had been "
      "relocated to safer places across the province by Sunday morning, according to the "
      "provincial flood control and drought relief headquarters. Over 8,000 fishing boats "
      "returned to port and 19 scenic spots were closed, while the province opened 5,680 "
      "emergency shelters and deployed more than 23,000 firefighters and rescuers. No "
      "casualties had been reported as of Sunday evening. In neighboring Shanghai, some 360,000 "
      "people were evacuated, the city's emergency management bureau said.",
      [C("More than 1.3 million", 1_300_000, "more_than", "displaced",
         "people relocated in Zhejiang", ZJ_HQ),
       C("Over 8,000", 8000, "more_than", "other", "fishing boats returned to port", ZJ_HQ,
         attr_alt=[None], optional=True),
       C("19", 19, "exact", "other", "scenic spots closed", ZJ_HQ, attr_alt=[None],
         optional=True),
       C("5,680", 5680, "exact", "infrastructure", "emergency shelters opened", ZJ_HQ,
         attr_alt=[None], cat_alt=["other", "aid"]),
       C("more than 23,000", 23000, "more_than", "troops", "firefighters and rescuers deployed",
         ZJ_HQ, attr_alt=[None], cat_alt=["other"]),
       C("some 360,000", 360000, "about", "displaced", "people evacuated in Shanghai",
         "the city's emergency management bureau")]),

    P("d103_031",
      "July 25, 2022 11:40 JST\n"
      "Sakurajima eruption: level 5 alert, residents told to evacuate\n"
      "Japan's Meteorological Agency raised the eruption alert for Sakurajima in southwestern "
      "Kagoshima Prefecture to the highest level, 5, after the volcano erupted at around 8:05 "
      "p.m. on Sunday and threw large rocks about 2.5 kilometers from the Minamidake summit "
      "crater. Kagoshima City ordered 51 residents of 33 households in the Arimura and Furusato "
      "districts to evacuate, and by Monday morning 33 of them had moved to a community center "
      "and other shelters, city officials said. No injuries or damage to buildings have been "
      "reported. It is the first time the top level has been issued for Sakurajima since the "
      "current alert system was introduced in 2007.",
      [C("51", 51, "exact", "displaced", "residents ordered to evacuate", "city officials",
         cat_alt=["population"]),
       C("33", 33, "exact", "displaced", "households ordered to evacuate", "city officials",
         optional=True, cat_alt=["other"], ctx="33 households"),
       C("33", 33, "exact", "displaced", "residents moved to shelters", "city officials",
         ctx="33 of them")],
      published="2022-07-25"),

    P("d103_032",
      "MIYAZAKI, Jan. 31 (Kyodo) -- Residents of Takaharu town in Miyazaki Prefecture began "
      "returning home Monday after spending two nights in evacuation centers, as the "
      "Shinmoedake volcano in the Kirishima mountain range continued to erupt. The town had "
      "advised 513 households, or 1,158 people, living near the volcano to evacuate on "
      "Saturday, and about 600 people actually did so, according to the town office. "
      "Shinmoedake's first explosive eruption in 52 years has covered nearby farms in ash and "
      "pumice, and a 21-year-old man was slightly injured when a car window shattered in "
      "Miyakonojo, 20 kilometers away, police said. The Ground Self-Defense Force dispatched "
      "about 100 troops to help clear ash from roads. The Japan Meteorological Agency said a "
      "lava dome about 500 meters across had formed in the crater.",
      [C("513", 513, "exact", "displaced", "households advised to evacuate", "the town office",
         optional=True, cat_alt=["other"]),
       C("1,158", 1158, "exact", "displaced", "people advised to evacuate", "the town office",
         cat_alt=["population"]),
       C("about 600", 600, "about", "displaced", "people who evacuated", "the town office"),
       C("about 100", 100, "about", "troops", "GSDF troops clearing ash", None,
         attr_alt=["The Ground Self-Defense Force"])]),

    P("d103_033",
      "'Lando' death toll climbs to 22; 100,000 still in evacuation centers\n"
      "MANILA, Philippines — The death toll from Typhoon Lando (international name: Koppu) rose "
      "to 22 on Tuesday, with most of the victims drowned or buried in landslides in Central and "
      "Northern Luzon, the National Disaster Risk Reduction and Management Council (NDRRMC) "
      "said. NDRRMC executive director Alexander Pama said 24 people were injured and five "
      "remained missing. More than 100,000 people were still staying in 300 evacuation centers, "
      "out of the 124,000 who fled before the storm made landfall in Casiguran, Aurora, early "
      "Sunday, he said. The slow-moving typhoon dumped heavy rain on Nueva Ecija, Pangasinan and "
      "Pampanga, flooding farmland just weeks before the harvest; the Department of Agriculture "
      "put crop losses at P5.8 billion. In Baler, Aurora, at least 35 houses were flattened, "
      "town officials said.",
      [C("22", 22, "exact", "killed", "people (headline)", None, ctx="climbs to 22"),
       C("100,000", 100000, "exact", "displaced", "people in evacuation centers (headline)",
         None, ctx="22; 100,000"),
       C("22", 22, "exact", "killed", "people", NDRRMC, ctx="to 22 on Tuesday"),
       C("24", 24, "exact", "injured", "people", PAMA),
       C("five", 5, "exact", "missing", "people", PAMA),
       C("More than 100,000", 100000, "more_than", "displaced",
         "people in evacuation centers", PAMA, attr_alt=["he"]),
       C("300", 300, "exact", "infrastructure", "evacuation centers", PAMA,
         attr_alt=["he"], cat_alt=["other"]),
       C("124,000", 124000, "exact", "displaced", "people who fled before landfall", PAMA,
         attr_alt=["he"]),
       C("at least 35", 35, "at_least", "infrastructure", "houses flattened in Baler",
         "town officials")]),

    P("d103_034",
      "Mount Lokon erupts, 5,200 evacuated\n"
      "The Jakarta Post, Manado | Fri, 07/15/2011 10:20 AM\n"
      "More than 5,200 residents living on the slopes of Mount Lokon in Tomohon, North "
      "Sulawesi, have been evacuated to temporary shelters after the volcano erupted on Thursday "
      "night, hurling hot ash and rocks up to 1,500 meters into the air. Tomohon Mayor "
      "Jefferson Rumajar said the evacuees were staying in 10 shelters, including churches and "
      "a sports hall, and that the city had prepared 200 tons of rice. A local resident was "
      "reported to have died of a heart attack while fleeing, but officials have not confirmed "
      "it. The Center for Volcanology and Geological Hazard Mitigation said the danger zone had "
      "been widened to 3.5 kilometers from the crater, and that 26 earthquakes had been "
      "recorded in the six hours before the eruption.",
      [C("5,200", 5200, "exact", "displaced", "residents evacuated (headline)", None,
         ctx="erupts, 5,200"),
       C("More than 5,200", 5200, "more_than", "displaced", "residents evacuated", None,
         attr_alt=[RUMAJAR]),
       C("10", 10, "exact", "infrastructure", "shelters", RUMAJAR, cat_alt=["other"],
         ctx="10 shelters"),
       C("200", 200, "exact", "aid", "tons of rice prepared", RUMAJAR),
       C("26", 26, "exact", "other", "earthquakes recorded",
         "The Center for Volcanology and Geological Hazard Mitigation", optional=True)],
      published="2011-07-15"),

    P("d103_035",
      "Jakarta Globe | May 18, 2024 | 09:27\n"
      "Ternate. Around 1,200 residents of seven villages near Mount Ibu in North Maluku's West "
      "Halmahera district have been evacuated after the volcano's alert status was raised to the "
      "highest level on Thursday, the National Disaster Mitigation Agency (BNPB) said. BNPB "
      "spokesman Abdul Muhari said the evacuees were staying with relatives and in two "
      "temporary shelters in the district capital, Jailolo, while the remaining residents were "
      "being persuaded to leave. The Volcanology and Geological Hazard Mitigation Center (PVMBG) "
      "recorded 21 eruptions on Thursday alone, with ash columns rising up to 4 kilometers above "
      "the crater. \"We ask residents and visitors not to enter a radius of 7 kilometers from "
      "the crater,\" PVMBG head Hadi Wijaya said. The district government said it had "
      "distributed 3 tonnes of rice and 500 masks.",
      [C("Around 1,200", 1200, "about", "displaced", "residents evacuated near Mount Ibu",
         BNPB),
       C("seven", 7, "exact", "other", "villages evacuated", BNPB, optional=True),
       C("two", 2, "exact", "infrastructure", "temporary shelters", MUHARI,
         cat_alt=["other"]),
       C("21", 21, "exact", "other", "eruptions recorded", PVMBG, optional=True),
       C("3", 3, "exact", "aid", "tonnes of rice", "The district government"),
       C("500", 500, "exact", "aid", "masks", "The district government")],
      published="2024-05-18"),

    P("d103_036",
      "Ulawun eruption: thousands flee as ash rains on West New Britain\n"
      "Wednesday, June 26, 2019\n"
      "More than 5,000 people have fled their homes after Mount Ulawun in West New Britain "
      "erupted on Wednesday, sending a column of ash 19 kilometres into the sky, provincial "
      "disaster officials say. West New Britain provincial disaster coordinator Jude Tabai said "
      "evacuees were being sheltered at 13 care centres between Bialla and Ubai, where the "
      "provincial government was trucking in food and water. Lava flows cut the New Britain "
      "Highway near Navo, stranding about 300 people on the other side, he said. No deaths have "
      "been reported. The Rabaul Volcanological Observatory raised its alert to Stage 4, the "
      "highest. Ulawun, at 2,334 metres the highest volcano in the Bismarck Archipelago, last "
      "erupted strongly in 2000.",
      [C("thousands", 1000, "vague", "displaced", "people who fled (headline)", None),
       C("More than 5,000", 5000, "more_than", "displaced", "people fled their homes",
         "provincial disaster officials"),
       C("13", 13, "exact", "infrastructure", "care centres", TABAI, cat_alt=["other"]),
       C("about 300", 300, "about", "other", "people stranded by lava flows", TABAI,
         attr_alt=["he"], cat_alt=["population"])],
      published="2019-06-26"),

    P("d103_037",
      "PORT MORESBY, Jan 10 (AAP) - About 590 people have been evacuated from the tiny island of "
      "Kadovar off Papua New Guinea's north coast after a volcano that had not been known to "
      "erupt in recorded history began spewing ash and steam. East Sepik provincial "
      "administrator Samson Torowi said the islanders had been taken by boat to Blup Blup "
      "island, about 17 km away, and that two elderly women had been treated in Wewak for "
      "burns. \"They left everything behind — their gardens, their pigs, their canoes,\" he "
      "said. Authorities are also watching neighbouring islands, including Blup Blup, home to "
      "about 300 people. Australia said it would provide $200,000 in emergency relief and send "
      "a planeload of tarpaulins and water containers.",
      [C("About 590", 590, "about", "displaced", "people evacuated from Kadovar", None,
         attr_alt=[TOROWI]),
       C("two", 2, "exact", "injured", "elderly women treated for burns", TOROWI),
       C("about 300", 300, "about", "population", "residents of Blup Blup", None)]),

    P("d103_038",
      "Posted 29 Mar 2017, 6:04pm\n"
      "Cyclone Debbie: Thousands remain without power as clean-up begins in Whitsundays\n"
      "About 63,000 homes across north Queensland were still without power on Wednesday "
      "afternoon, a day after Cyclone Debbie crossed the coast near Airlie Beach as a category "
      "four system, Ergon Energy said. Premier Annastacia Palaszczuk said more than 25,000 "
      "people had been evacuated from low-lying parts of Mackay and the Whitsundays before the "
      "cyclone hit, and that 2,000 to 3,000 were still in evacuation centres. A man was "
      "seriously injured when a wall collapsed on him at Proserpine, police said. The Defence "
      "Force has sent 1,200 personnel and three Black Hawk helicopters to the region. \"We have "
      "not had any reports of loss of life, and that is a miracle,\" Ms Palaszczuk said.",
      [C("Thousands", 1000, "vague", "other", "people without power (headline)", None,
         cat_alt=["population", "infrastructure"]),
       C("About 63,000", 63000, "about", "other", "homes without power",
         "Ergon Energy", cat_alt=["infrastructure", "population"]),
       C("more than 25,000", 25000, "more_than", "displaced", "people evacuated", PALASZCZUK),
       C("2,000 to 3,000", 2000, "range", "displaced", "people still in evacuation centres",
         PALASZCZUK, high=3000),
       C("1,200", 1200, "exact", "troops", "Defence Force personnel sent", None,
         attr_alt=["The Defence Force"]),
       C("three", 3, "exact", "other", "Black Hawk helicopters sent", None,
         attr_alt=["The Defence Force"], optional=True, cat_alt=["troops", "munitions"])],
      published="2017-03-29"),

    P("d103_039",
      "MORONI, April 18 (AFP) - Thousands of villagers fled their homes on Grande Comore on "
      "Monday as the Karthala volcano spewed ash and toxic gases over the island, and health "
      "officials reported dozens of people with breathing difficulties. Some 10,000 people left "
      "villages on the volcano's western flank for Moroni and the north of the island, Interior "
      "Minister Abdourahim Said Bacar told AFP, while about 30,000 others stayed put despite "
      "warnings. \"We have set up 15 reception sites in schools and mosques,\" he said. At "
      "El-Maarouf hospital in Moroni, doctors said 43 people had been treated, mainly children "
      "and elderly people, and one elderly man had died. The volcano, one of the most active in "
      "the world, last erupted in 1991. French forces on La Réunion flew in 12 tonnes of water "
      "and medicine.",
      [C("Thousands", 1000, "vague", "displaced", "villagers who fled", None,
         attr_alt=[BACAR]),
       C("dozens", 12, "vague", "other", "people with breathing difficulties",
         "health officials", cat_alt=["injured"]),
       C("Some 10,000", 10000, "about", "displaced", "people who left the western flank",
         BACAR),
       C("about 30,000", 30000, "about", "population", "people who stayed put", BACAR,
         cat_alt=["other"]),
       C("15", 15, "exact", "infrastructure", "reception sites", BACAR, attr_alt=["he"],
         cat_alt=["other"]),
       C("43", 43, "exact", "other", "people treated at hospital", "doctors",
         cat_alt=["injured"]),
       C("one", 1, "exact", "killed", "elderly man died", "doctors", ctx="one elderly man"),
       C("12", 12, "exact", "aid", "tonnes of water and medicine", None,
         attr_alt=["French forces on La Réunion"])]),

    # --- Only non-claims --------------------------------------------------------------------------
    P("d103_040",
      "TERNATE, North Maluku (Antara) - Indonesia's volcanology agency raised the alert status "
      "of Mount Gamkonora in West Halmahera to level III on Saturday after the volcano spewed "
      "an ash column about 1,000 meters high at 7:12 a.m. local time. The agency recommended "
      "that residents and tourists stay out of a 4-kilometer radius around the crater, up from "
      "1.5 km previously. The 1,635-meter volcano last erupted in 2013, and its eruption of "
      "1673 was one of the largest in the recorded history of the Moluccas. No evacuations have "
      "been ordered, the district head said, but monitoring posts staffed around the clock have "
      "been set up on its slopes.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    earlier = [f"devset{n}" for n in range(2, 101)]
    return build_passages(PASSAGES, id_format="d103_{:03d}",
                          checks=[no_sentence_from("devset", *earlier, "holdout", "holdout2",
                                                   "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
