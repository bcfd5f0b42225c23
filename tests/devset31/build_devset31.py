"""Source of the thirty-first development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines and date lines) on natural disasters of
2015–2025 (earthquakes, cyclones, typhoons and hurricanes, floods, landslides, volcanic
eruptions, a drought, a cold wave and a tsunami), written for this set (none copied from an
article) in the styles of wire copy (Reuters, AP, AFP, Xinhua, Kyodo, PTI, PNA, CNA, IRNA,
Lusa, ANSA, Andina), national disaster agencies quoted by the press (NDRRMC, OCD, BNPB, DMC,
NDMO, NEMO, INGD, Indeci, CEOC, FDMA, SRC), UN and aid agencies, and newspaper and broadcaster
web copy from the Philippines, Indonesia, India, Japan, Taiwan, the Pacific, Australia and the
Americas. Tolls revised up and down within a passage, missing and injured, evacuees and people
in shelters, houses destroyed, relief tonnage and food packs, rescuers and troops deployed; and
non-claims: magnitudes, depths, wind speeds, rainfall, temperatures, distances, money,
percentages, dates and times, ages, ordinals and negations. Annotated by hand and blind by the
project's gold conventions (``gold/README.md`` of the shared folder) and the decisions recorded
in the READMEs of ``tests/devset2`` to ``tests/devset30`` and ``tests/holdout2``. Figures follow
contemporary reports loosely and some details are invented; the set tests extraction, not
facts. One passage holds only non-claims.

Run ``python tests/devset31/build_devset31.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"
TEODORO = "Mayor Marcelino Teodoro"
PCG = "The Philippine Coast Guard"
BNPB = "the National Disaster Mitigation Agency (BNPB)"
MONARDO = "BNPB head Doni Monardo"
CIVIL_DEFENCE = "Civil Defence"
BROWNLEE = "Defence Minister Gerry Brownlee"
DPC = "the Civil Protection Department"
CURCIO = "Civil Protection chief Fabrizio Curcio"
NDRRMC_LONG = "the National Disaster Risk Reduction and Management Council"
JALAD = "NDRRMC executive director Ricardo Jalad"
DMC = "the Disaster Management Centre (DMC)"
KODIPPILI = "DMC spokesman Pradeep Kodippili"
ZJ_HQ = "the provincial flood control headquarters"
NDMO_VU = "The national disaster management office"
SKIRROW = "Tom Skirrow"
SKIRROW_LONG = "Save the Children's Vanuatu director, Tom Skirrow"
ID_AGENCY = "Indonesia's disaster agency"
SUTOPO = "agency spokesman Sutopo Purwo Nugroho"
SINABUNG_SRC = "a spokesman for the national disaster agency"
SUTOPO_2 = "spokesman Sutopo Purwo Nugroho"
NEMO_TO = "Tonga's National Emergency Management Office (NEMO)"
NZDF = "New Zealand's air force"
NDMO_FJ = "Fiji's National Disaster Management Office"
TUIFAGALELE = "Akapusi Tuifagalele"
OCD_WV = "the Office of Civil Defense in Western Visayas"
NUNEZ = "OCD regional director Jose Roberto Nuñez"
NFA = "The National Food Authority"
BICHARA = "Governor Al Francis Bichara"
ET_UN = "Ethiopia's government and the United Nations"
UNICEF_ET = "the U.N. children's agency UNICEF"
MITIKU = "Mitiku Kassa"
MERCYKUTTY = "Fisheries Minister J. Mercykutty Amma"
MOD_SPOX = "a Defence Ministry spokesman"
SETHI = "Special Relief Commissioner B P Sethi"
SATYAGOPAL = "Revenue administration commissioner K Satyagopal"
MAMATA = "West Bengal Chief Minister Mamata Banerjee"
JENA = "Pradeep Jena"
JENA_LONG = "the state's special relief commissioner, Pradeep Jena"
NDRF = "India's disaster response force"
KYODO_TALLY = "a Kyodo News tally"
ABE = "Prime Minister Shinzo Abe"
FDMA = "the Fire and Disaster Management Agency"
SUGA = "Chief Cabinet Secretary Yoshihide Suga"
HOKKAIDO = "The Hokkaido prefectural government"
TIMS = "Deputy Police Commissioner John Tims"
SHANXI = "the provincial emergency management department"
MURPHY = "New Jersey Gov. Phil Murphy"
FDNY = "the city's fire department"
INDECI = "The National Institute of Civil Defense (Indeci)"
INDECI_REPORT = "the agency's latest report"
IRCS_HEAD = "the head of the Iranian Red Crescent Society"
KOLIVAND = "Pirhossein Kolivand"
BNPB_LONG = "The National Disaster Mitigation Agency"
JATI = "agency spokesperson Raditya Jati"
OCD_12 = "the Office of Civil Defense in Soccsksargen"
MORANTE = "OCD regional director Minda Morante"
DEPED = "the Department of Education"
CEOC = "the Central Emergency Operation Center (CEOC)"
ADF = "the Australian Defence Force"
CRISAFULLI = "Premier David Crisafulli"
LATRON = "Patrice Latron"
RETAILLEAU = "Interior Minister Bruno Retailleau"
INGD = "the National Institute for Disaster Risk Management and Reduction (INGD)"
HCCD = "Hawaii County Civil Defense"
NEMO_VC = "the National Emergency Management Organisation (NEMO)"
FORBES = "NEMO director Michelle Forbes"
DSWD = "the Department of Social Welfare and Development (DSWD)"
GATCHALIAN = "DSWD Secretary Rex Gatchalian"
CAAP = "the Civil Aviation Authority of the Philippines"
XINHUA = "state news agency Xinhua"
RAHIMI = "Shafiullah Rahimi"
UN_OCHA_AF = "The United Nations' humanitarian office"

PASSAGES = [
    # --- Philippines and Indonesia, 2020-2021 -------------------------------------------------
    P("d31_001",
      "MANILA, Nov. 14 (PNA) -- The death toll from Typhoon Ulysses (international name: "
      "Vamco) has climbed to 67, with 12 people still missing and 21 injured, the National "
      "Disaster Risk Reduction and Management Council (NDRRMC) said Saturday. Most of the "
      "deaths were in Cagayan Valley and the Bicol region, where floodwaters rose to the roofs "
      "of two-storey houses. In Marikina City alone, some 40,000 residents were evacuated after "
      "the Marikina River swelled to 22 meters, its highest level since Ondoy in 2009, Mayor "
      "Marcelino Teodoro said. The Philippine Coast Guard said it had deployed 24 rescue teams "
      "and rescued more than 3,000 people in Cagayan and Isabela. The council said 283,000 "
      "families, or about 1.1 million persons, had been affected across eight regions.",
      [C("67", 67, "exact", "killed", "people killed by Typhoon Vamco", NDRRMC),
       C("12", 12, "exact", "missing", "people missing", NDRRMC),
       C("21", 21, "exact", "injured", "people injured", NDRRMC),
       C("some 40,000", 40000, "about", "displaced", "Marikina residents evacuated", TEODORO),
       C("24", 24, "exact", "other", "coast guard rescue teams", PCG, optional=True,
         cat_alt=["troops"]),
       C("more than 3,000", 3000, "more_than", "other", "people rescued in Cagayan and Isabela",
         PCG),
       C("283,000", 283000, "exact", "other", "families affected", "The council",
         cat_alt=["population"], attr_alt=[NDRRMC]),
       C("about 1.1 million", 1_100_000, "about", "other", "persons affected", "The council",
         cat_alt=["population"], attr_alt=[NDRRMC]),
       C("eight", 8, "exact", "other", "regions affected", "The council", optional=True,
         attr_alt=[NDRRMC])]),

    P("d31_002",
      "Jakarta / Tue, April 6, 2021 / 09:30 am\n"
      "Death toll from Seroja floods in NTT climbs to 128\n"
      "The number of people killed by flash floods and landslides triggered by Tropical Cyclone "
      "Seroja in East Nusa Tenggara (NTT) has risen to 128, the National Disaster Mitigation "
      "Agency (BNPB) said on Tuesday, up from 84 a day earlier. Another 72 people remain "
      "missing, most of them on Adonara island in East Flores regency and in Lembata, where mud "
      "and boulders swept down from the slopes of the Ile Lewotolok volcano. BNPB head Doni "
      "Monardo said 8,424 people had been displaced and were staying in shelters, while 2,019 "
      "houses had been damaged. Across the border in Timor-Leste, the government said at least "
      "34 people had died in Dili and elsewhere. Rescuers are struggling to reach remote "
      "villages because bridges have collapsed and roads lie buried under up to 2 meters of "
      "mud.",
      [C("128", 128, "exact", "killed", "people killed in NTT (headline)", None,
         ctx="NTT climbs to 128"),
       C("128", 128, "exact", "killed", "people killed in NTT", BNPB, ctx="risen to 128"),
       C("84", 84, "exact", "killed", "earlier toll", BNPB),
       C("72", 72, "exact", "missing", "people missing", BNPB, attr_alt=[None]),
       C("8,424", 8424, "exact", "displaced", "people displaced in shelters", MONARDO),
       C("2,019", 2019, "exact", "infrastructure", "houses damaged", MONARDO),
       C("at least 34", 34, "at_least", "killed", "people killed in Timor-Leste",
         "the government")],
      published="2021-04-06"),

    # --- New Zealand and Italy, 2016 -----------------------------------------------------------
    P("d31_003",
      "KAIKŌURA, New Zealand (AP) — Navy helicopters began ferrying stranded tourists out of "
      "this South Island town on Tuesday, a day after a magnitude 7.8 earthquake cut its road "
      "and rail links and killed two people. About 1,200 tourists were stuck in Kaikōura, "
      "Civil Defence said, along with roughly 2,000 residents, many of whom had no running "
      "water. Fewer than 200 of the visitors had been flown out by Tuesday evening, it said. "
      "The HMNZS Canterbury, which was on its way to the town, can carry up to 450 people at a "
      "time, Defence Minister Gerry Brownlee said. One of the dead was a man found in his "
      "collapsed homestead at Mount Lyford; the other died of a heart attack in Kaikōura, "
      "police said.",
      [C("two", 2, "exact", "killed", "people killed by the quake", None,
         attr_alt=["police"], ctx="killed two people"),
       C("About 1,200", 1200, "about", "other", "tourists stranded", CIVIL_DEFENCE,
         cat_alt=["population"]),
       C("roughly 2,000", 2000, "about", "population", "Kaikōura residents", CIVIL_DEFENCE,
         cat_alt=["other"]),
       C("Fewer than 200", 200, "fewer_than", "displaced", "visitors flown out",
         CIVIL_DEFENCE, cat_alt=["other"], attr_alt=["it"]),
       C("up to 450", 450, "at_most", "other", "capacity of HMNZS Canterbury", BROWNLEE,
         optional=True)]),

    P("d31_004",
      "NORCIA, Oct 30 (ANSA) - A magnitude 6.5 earthquake, the strongest to hit Italy since "
      "1980, destroyed the 14th-century Basilica of St Benedict in Norcia on Sunday morning but "
      "caused no deaths, the Civil Protection Department said. Some 20 people were slightly "
      "injured, it said, and at least 15,000 were being housed in tents, hotels and sports "
      "halls across Umbria, Marche and Lazio. Many residents had already left the area after "
      "the quakes of August 24, which killed 298 people in and around Amatrice, and of last "
      "Wednesday. Civil Protection chief Fabrizio Curcio said more than 100 aftershocks had "
      "been recorded by midday and that 5,000 firefighters, police officers and soldiers were "
      "at work in the quake zone. Carabinieri said they had arrested four people suspected of "
      "looting evacuated homes in the area since August.",
      [C("Some 20", 20, "about", "injured", "people slightly injured", DPC, attr_alt=["it"]),
       C("at least 15,000", 15000, "at_least", "displaced", "people housed in tents and hotels",
         DPC, attr_alt=["it"]),
       C("298", 298, "exact", "killed", "people killed in the August 24 quake", None),
       C("more than 100", 100, "more_than", "other", "aftershocks recorded", CURCIO,
         optional=True),
       C("5,000", 5000, "exact", "troops", "firefighters, police and soldiers at work", CURCIO,
         cat_alt=["other"]),
       C("four", 4, "exact", "detained", "suspected looters arrested", "Carabinieri")]),

    # --- Philippines and Sri Lanka, 2016 --------------------------------------------------------
    P("d31_005",
      "Lawin death toll rises to 13 – NDRRMC\n"
      "Published 8:40 PM, October 21, 2016\n"
      "MANILA, Philippines – At least 13 people were killed when Super Typhoon Lawin (Haima) "
      "tore through northern Luzon, the National Disaster Risk Reduction and Management Council "
      "said Friday evening. Eight of the deaths were in the Cordillera Administrative Region, "
      "most of them caused by landslides in Benguet, while another 5 were reported in Ilocos "
      "and Cagayan Valley. NDRRMC executive director Ricardo Jalad said 97,000 people had fled "
      "their homes before landfall and that 14,600 houses were damaged, 2,900 of them totally. "
      "Lawin packed maximum sustained winds of 225 km/h and gusts of up to 315 km/h when it hit "
      "Peñablanca, Cagayan, late Wednesday. Tuguegarao City remained without power on Friday.",
      [C("13", 13, "exact", "killed", "people killed (headline)", "NDRRMC",
         attr_alt=[NDRRMC_LONG], ctx="rises to 13"),
       C("At least 13", 13, "at_least", "killed", "people killed by Typhoon Haima",
         NDRRMC_LONG),
       C("Eight", 8, "exact", "killed", "deaths in the Cordillera", NDRRMC_LONG,
         attr_alt=[None]),
       C("5", 5, "exact", "killed", "deaths in Ilocos and Cagayan Valley", NDRRMC_LONG,
         attr_alt=[None]),
       C("97,000", 97000, "exact", "displaced", "people who fled before landfall", JALAD),
       C("14,600", 14600, "exact", "infrastructure", "houses damaged", JALAD),
       C("2,900", 2900, "exact", "infrastructure", "houses totally damaged", JALAD)],
      published="2016-10-21"),

    P("d31_006",
      "Aranayake: 134 still missing as search resumes\n"
      "Colombo, May 19 – Rescuers resumed digging through the mud in Aranayake on Thursday as "
      "the Disaster Management Centre (DMC) said 134 people were still missing, two days after "
      "a hillside collapsed onto three villages in the Kegalle District. Only 21 bodies have "
      "been recovered so far, DMC spokesman Pradeep Kodippili said. Nearly 300 soldiers have "
      "been deployed to the site, an army spokesman said. Across the country, floods and "
      "landslides from the week's torrential rain have forced more than 300,000 people from "
      "their homes, and some 77,000 are staying in 460 temporary shelters, the DMC said. The "
      "government has asked for foreign help, and India has sent two naval ships with relief "
      "material.",
      [C("134", 134, "exact", "missing", "people missing (headline)", None,
         ctx="Aranayake: 134"),
       C("134", 134, "exact", "missing", "people missing at Aranayake", DMC, ctx="said 134"),
       C("three", 3, "exact", "other", "villages buried", None, optional=True,
         cat_alt=["infrastructure"], attr_alt=[DMC]),
       C("21", 21, "exact", "killed", "bodies recovered", KODIPPILI),
       C("Nearly 300", 300, "about", "troops", "soldiers deployed", "an army spokesman"),
       C("more than 300,000", 300000, "more_than", "displaced", "people forced from homes",
         "the DMC", attr_alt=[DMC]),
       C("some 77,000", 77000, "about", "displaced", "people in temporary shelters", "the DMC",
         attr_alt=[DMC]),
       C("460", 460, "exact", "infrastructure", "temporary shelters", "the DMC",
         cat_alt=["other", "aid"], attr_alt=[DMC]),
       C("two", 2, "exact", "other", "Indian naval ships with relief", None, optional=True,
         cat_alt=["aid", "munitions"], attr_alt=["India"], ctx="two naval ships")]),

    # --- China and the Pacific ------------------------------------------------------------------
    P("d31_007",
      "HANGZHOU, Aug. 11 (Xinhua) -- The death toll from Super Typhoon Lekima in east China's "
      "Zhejiang Province has risen to 32, with 16 others missing, the provincial flood control "
      "headquarters said Sunday. Most of the victims were in Yongjia County of Wenzhou, where "
      "torrential rain set off a landslide that dammed a river early Saturday, and the rising "
      "water burst through the barrier and swept through the village of Shanzao. Lekima, the "
      "ninth typhoon of the year, made landfall in Wenling at 1:45 a.m. Saturday with winds of "
      "187 km per hour. More than 1 million people in Zhejiang had been relocated before it "
      "arrived, and 2.7 million households lost power at the peak of the storm, the "
      "headquarters said. In neighbouring Shandong, the provincial government ordered the "
      "evacuation of 180,000 people on Sunday.",
      [C("32", 32, "exact", "killed", "people killed in Zhejiang", ZJ_HQ),
       C("16", 16, "exact", "missing", "people missing in Zhejiang", ZJ_HQ),
       C("More than 1 million", 1_000_000, "more_than", "displaced", "people relocated",
         "the headquarters", attr_alt=[ZJ_HQ]),
       C("2.7 million", 2_700_000, "exact", "other", "households without power",
         "the headquarters", cat_alt=["infrastructure"], attr_alt=[ZJ_HQ]),
       C("180,000", 180000, "exact", "displaced", "people ordered to evacuate in Shandong",
         None, attr_alt=["the provincial government"])]),

    P("d31_008",
      "Sat 14 Mar 2015 23.10 GMT\n"
      "Cyclone Pam: dozens feared dead in Vanuatu as aid agencies struggle to reach islands\n"
      "Aid agencies fear dozens of people may have been killed on Vanuatu's outer islands after "
      "Cyclone Pam, a category 5 storm, tore through the Pacific nation overnight with winds of "
      "up to 250km/h. The national disaster management office has confirmed eight deaths in "
      "the capital, Port Vila, but communications with the southern islands of Tanna and "
      "Erromango remain cut. Unicef estimates that 54,000 children have been affected. Save the "
      "Children's Vanuatu director, Tom Skirrow, said 90% of houses in Port Vila had been "
      "damaged and that at least 1,000 people had spent the night in evacuation centres. "
      "Australia and New Zealand have said they will send military aircraft with relief "
      "supplies as soon as the airport reopens.",
      [C("dozens", 12, "vague", "killed", "people feared dead (headline)", None,
         cat_alt=["missing"], ctx="dozens feared dead"),
       C("dozens", 12, "vague", "killed", "people feared killed on outer islands",
         "Aid agencies", cat_alt=["missing"], ctx="dozens of people may"),
       C("eight", 8, "exact", "killed", "deaths confirmed in Port Vila", NDMO_VU),
       C("54,000", 54000, "exact", "other", "children affected", "Unicef",
         cat_alt=["population"]),
       C("90%", 90, "exact", "infrastructure", "share of Port Vila houses damaged", SKIRROW,
         optional=True, cat_alt=["other"], attr_alt=[SKIRROW_LONG]),
       C("at least 1,000", 1000, "at_least", "displaced", "people in evacuation centres",
         SKIRROW, attr_alt=[SKIRROW_LONG])],
      published="2015-03-14"),

    # --- Indonesian volcanoes ---------------------------------------------------------------------
    P("d31_009",
      "KARANGASEM, Indonesia, Sept 26, 2017 (AFP) - More than 75,000 people have fled their "
      "homes around Bali's Mount Agung, Indonesia's disaster agency said Tuesday, as tremors "
      "intensified beneath the volcano, which last erupted in 1963, killing around 1,100 "
      "people. Evacuees are sheltering in more than 500 temporary camps, sports halls and "
      "village halls across the island, the agency said, and up to 60,000 more could be forced "
      "to leave if the 12-kilometre exclusion zone is widened. \"The number keeps rising because "
      "people from outside the danger zone are also leaving,\" agency spokesman Sutopo Purwo "
      "Nugroho said. He said 10,000 head of cattle had been moved or sold. Bali's airport "
      "remains open and flights have not been disrupted.",
      [C("More than 75,000", 75000, "more_than", "displaced", "people who fled Mount Agung",
         ID_AGENCY),
       C("around 1,100", 1100, "about", "killed", "people killed in the 1963 eruption", None,
         attr_alt=[ID_AGENCY]),
       C("more than 500", 500, "more_than", "infrastructure", "temporary camps and halls",
         "the agency", cat_alt=["other", "aid"], attr_alt=[ID_AGENCY]),
       C("up to 60,000", 60000, "at_most", "displaced", "more people who could be forced out",
         "the agency", attr_alt=[ID_AGENCY]),
       C("10,000", 10000, "exact", "other", "cattle moved or sold", SUTOPO, attr_alt=["He"])],
      published="2017-09-26"),

    P("d31_010",
      "JAKARTA, May 22 (Reuters) - Seven people were killed and two others badly burned when "
      "Mount Sinabung on Sumatra island spewed searing ash clouds on Saturday, a spokesman for "
      "the national disaster agency said. The victims were farmers working in Gamber village, "
      "inside a 4-km exclusion zone around the crater that authorities have tried to enforce "
      "since the volcano began erupting in 2013. \"Residents often go back to their fields "
      "because they need to harvest,\" spokesman Sutopo Purwo Nugroho said. About 10,000 "
      "people remain in shelters, while roughly 2,000 others have been moved to new homes "
      "built by the government. Sinabung had been dormant for 400 years before it erupted in "
      "2010.",
      [C("Seven", 7, "exact", "killed", "farmers killed", SINABUNG_SRC),
       C("two", 2, "exact", "injured", "people badly burned", SINABUNG_SRC),
       C("About 10,000", 10000, "about", "displaced", "people in shelters", SUTOPO_2,
         attr_alt=[None]),
       C("roughly 2,000", 2000, "about", "displaced", "people moved to new homes", SUTOPO_2,
         attr_alt=[None])]),

    P("d31_011",
      "Published: 14 February 2018\n"
      "Tonga counts the cost as Gita flattens Parliament\n"
      "Tonga's National Emergency Management Office (NEMO) says 3,380 people spent Monday night "
      "in 106 evacuation centres on Tongatapu and 'Eua after Cyclone Gita, a category four "
      "storm, flattened the old Parliament building in Nuku'alofa. Two deaths have been linked "
      "to the storm: a 78-year-old woman who died of a heart attack during the storm and a man "
      "who died later in hospital, police said. A further 33 people were treated for injuries "
      "at Vaiola Hospital. NEMO said 171 homes had been destroyed and more than 1,100 damaged. "
      "New Zealand's air force flew in 11 tonnes of water containers, tarpaulins and hygiene "
      "kits on a C-130 Hercules on Tuesday.",
      [C("3,380", 3380, "exact", "displaced", "people in evacuation centres", NEMO_TO),
       C("106", 106, "exact", "infrastructure", "evacuation centres", NEMO_TO,
         cat_alt=["other", "aid"]),
       C("Two", 2, "exact", "killed", "deaths linked to the storm", "police"),
       C("33", 33, "exact", "injured", "people treated for injuries", "police",
         attr_alt=[None]),
       C("171", 171, "exact", "infrastructure", "homes destroyed", "NEMO", attr_alt=[NEMO_TO]),
       C("more than 1,100", 1100, "more_than", "infrastructure", "homes damaged", "NEMO",
         attr_alt=[NEMO_TO]),
       C("11", 11, "exact", "aid", "tonnes of relief supplies flown in", None,
         attr_alt=[NZDF])],
      published="2018-02-14"),

    P("d31_012",
      "SUVA, Fiji, Feb 24, 2016 (Reuters) - The death toll from Cyclone Winston, the strongest "
      "storm ever recorded in the Southern Hemisphere, has risen to 42, Fiji's National "
      "Disaster Management Office said on Wednesday, and officials warned that it would climb "
      "as relief teams reached remote islands. Nearly 62,000 people, about 7 percent of the "
      "population, were in evacuation centres. Koro Island, in the Lomaiviti group, was among "
      "the worst hit: aerial surveys showed entire villages razed, and the island's 4,500 "
      "residents have had no fresh water since Saturday, said Akapusi Tuifagalele, director of "
      "the NDMO. The government has deployed about 300 troops to help clear roads and "
      "distribute aid, while Australia has sent a navy helicopter carrier, HMAS Canberra.",
      [C("42", 42, "exact", "killed", "people killed by Cyclone Winston", NDMO_FJ),
       C("Nearly 62,000", 62000, "about", "displaced", "people in evacuation centres", NDMO_FJ,
         attr_alt=[None]),
       C("about 7 percent", 7, "about", "displaced", "share of the population in centres",
         NDMO_FJ, optional=True, cat_alt=["other"], attr_alt=[None]),
       C("4,500", 4500, "exact", "population", "residents of Koro Island", TUIFAGALELE),
       C("about 300", 300, "about", "troops", "troops deployed", None,
         attr_alt=["The government"])],
      published="2016-02-24"),

    # --- Philippine typhoons, 2019 ----------------------------------------------------------------
    P("d31_013",
      "Philippine Daily Inquirer / 06:12 AM December 28, 2019\n"
      "The death toll from Typhoon Ursula (international name: Phanfone) has reached 41, with "
      "21 of the victims in Iloilo province, according to the Office of Civil Defense in "
      "Western Visayas. Another 13 people are still missing, most of them fishermen from Capiz "
      "and Aklan. OCD regional director Jose Roberto Nuñez said about 58,000 people who had "
      "spent Christmas in evacuation centers were slowly returning home. In Boracay, where some "
      "2,000 tourists were stranded after flights to Caticlan and Kalibo were canceled, power "
      "was restored only on Friday. The National Food Authority has released 15,000 sacks of "
      "rice to the hardest-hit towns.",
      [C("41", 41, "exact", "killed", "people killed by Typhoon Phanfone", OCD_WV),
       C("21", 21, "exact", "killed", "victims in Iloilo", OCD_WV),
       C("13", 13, "exact", "missing", "people missing", OCD_WV, attr_alt=[None]),
       C("about 58,000", 58000, "about", "displaced", "people in evacuation centers", NUNEZ),
       C("some 2,000", 2000, "about", "other", "tourists stranded on Boracay", None,
         cat_alt=["population"]),
       C("15,000", 15000, "exact", "aid", "sacks of rice released", None, attr_alt=[NFA])],
      published="2019-12-28"),

    P("d31_014",
      "LEGAZPI CITY — Typhoon Tisoy (Kammuri) left at least four people dead in the Bicol "
      "region after it made landfall in Gubat, Sorsogon late Monday, provincial officials said "
      "Tuesday. In Albay, Governor Al Francis Bichara said more than 130,000 people had been "
      "moved to evacuation centers before the storm hit, the province's largest preemptive "
      "evacuation in years. Manila's international airport was shut for 12 hours from 11 a.m. "
      "Tuesday, and nearly 500 flights were canceled, airport authorities said. Organisers of "
      "the Southeast Asian Games postponed 13 events but said the competition would go on. "
      "PAGASA said Tisoy carried maximum sustained winds of 155 kilometers per hour and gusts "
      "of up to 235 kph.",
      [C("at least four", 4, "at_least", "killed", "people killed in Bicol",
         "provincial officials"),
       C("more than 130,000", 130000, "more_than", "displaced", "people moved to evacuation "
         "centers in Albay", BICHARA),
       C("nearly 500", 500, "about", "other", "flights canceled", "airport authorities",
         optional=True),
       C("13", 13, "exact", "other", "SEA Games events postponed", None, optional=True,
         attr_alt=["Organisers of the Southeast Asian Games"])]),

    # --- Ethiopia, 2015 ---------------------------------------------------------------------------
    P("d31_015",
      "ADDIS ABABA, Dec 11, 2015 (Reuters) - Ethiopia's government and the United Nations said "
      "on Friday that 10.2 million people would need emergency food aid next year because of "
      "the country's worst drought in decades, and appealed for $1.4 billion to pay for it. The "
      "figure is more than double the 4.5 million who were receiving relief food at the start "
      "of 2015. Some 400,000 children under five will need treatment for severe acute "
      "malnutrition, the U.N. children's agency UNICEF said. In the Afar and Somali regions, "
      "herders have lost hundreds of thousands of livestock, said Mitiku Kassa, head of the "
      "National Disaster Risk Management Commission. The failure of the spring belg rains and "
      "the summer kiremt rains, blamed on El Niño, has cut harvests by as much as 90 percent "
      "in some areas.",
      [C("10.2 million", 10_200_000, "exact", "other", "people needing emergency food aid",
         ET_UN, cat_alt=["population", "aid"]),
       C("4.5 million", 4_500_000, "exact", "other", "people receiving relief food earlier",
         ET_UN, cat_alt=["aid", "population"], attr_alt=[None]),
       C("Some 400,000", 400000, "about", "other", "children needing malnutrition treatment",
         UNICEF_ET, cat_alt=["injured"], attr_alt=["UNICEF"]),
       C("hundreds of thousands", 100000, "vague", "other", "livestock lost", MITIKU)],
      published="2015-12-11"),

    # --- India, 2017-2021 -------------------------------------------------------------------------
    P("d31_016",
      "Updated - December 08, 2017 10:24 pm IST\n"
      "THIRUVANANTHAPURAM\n"
      "Ockhi: 92 fishermen from Kerala still missing, says Minister\n"
      "Fisheries Minister J. Mercykutty Amma told the Assembly on Friday that 92 fishermen from "
      "the State were yet to return a week after Cyclone Ockhi struck, revising downward the "
      "figure of 146 given by the Revenue Department on Wednesday after several boats reached "
      "harbours in Gujarat and Maharashtra. The bodies of 38 fishermen have been recovered from "
      "the sea so far, she said. The Navy, the Coast Guard and the Air Force have together "
      "rescued 845 people, including 62 from Tamil Nadu, a Defence Ministry spokesman said. In "
      "neighbouring Kanyakumari district, officials put the number of missing fishermen at "
      "433, a figure disputed by the local Catholic diocese, which says more than 1,000 have "
      "not returned.",
      [C("92", 92, "exact", "missing", "Kerala fishermen missing (headline)", "Minister",
         attr_alt=[MERCYKUTTY], ctx="Ockhi: 92"),
       C("92", 92, "exact", "missing", "Kerala fishermen yet to return", MERCYKUTTY,
         ctx="that 92"),
       C("146", 146, "exact", "missing", "earlier figure of missing fishermen",
         "the Revenue Department"),
       C("38", 38, "exact", "killed", "bodies of fishermen recovered", MERCYKUTTY,
         attr_alt=["she"]),
       C("845", 845, "exact", "other", "people rescued at sea", MOD_SPOX),
       C("62", 62, "exact", "other", "rescued people from Tamil Nadu", MOD_SPOX),
       C("433", 433, "exact", "missing", "missing fishermen in Kanyakumari", "officials"),
       C("more than 1,000", 1000, "more_than", "missing", "fishermen not returned",
         "the local Catholic diocese")],
      published="2017-12-08"),

    P("d31_017",
      "Bhubaneswar, Oct 15 (PTI) The death toll in the floods and landslides triggered by "
      "Cyclone Titli in Odisha has risen to 57, with Gajapati district alone accounting for 37 "
      "deaths, Special Relief Commissioner B P Sethi said on Monday. Twelve of the victims were "
      "killed when a landslide buried a cave in Barghara village where they had taken shelter "
      "from the rain, he said. Nearly 6 million people in 16 districts had been affected, and "
      "over 320,000 were still staying in 1,135 relief camps, the SRC said. The Centre has "
      "rushed 10 teams of the NDRF, with 450 personnel, to the affected districts.",
      [C("57", 57, "exact", "killed", "people killed in Odisha", SETHI),
       C("37", 37, "exact", "killed", "deaths in Gajapati", SETHI),
       C("Twelve", 12, "exact", "killed", "people killed in the Barghara cave", SETHI,
         attr_alt=["he"]),
       C("Nearly 6 million", 6_000_000, "about", "other", "people affected", "the SRC",
         cat_alt=["population"], attr_alt=[SETHI]),
       C("16", 16, "exact", "other", "districts affected", "the SRC", optional=True,
         attr_alt=[SETHI]),
       C("over 320,000", 320000, "more_than", "displaced", "people in relief camps", "the SRC",
         attr_alt=[SETHI]),
       C("1,135", 1135, "exact", "infrastructure", "relief camps", "the SRC",
         cat_alt=["other", "aid"], attr_alt=[SETHI]),
       C("10", 10, "exact", "other", "NDRF teams", None, optional=True,
         cat_alt=["troops"], attr_alt=["The Centre"]),
       C("450", 450, "exact", "troops", "NDRF personnel sent", None, cat_alt=["other"],
         attr_alt=["The Centre"])]),

    P("d31_018",
      "TNN | Updated: Nov 18, 2018, 07:45 IST\n"
      "CHENNAI: The death toll in Cyclone Gaja rose to 45 on Saturday as officials in the delta "
      "districts of Nagapattinam, Thiruvarur, Thanjavur and Pudukottai counted the damage. "
      "Revenue administration commissioner K Satyagopal said 2,49,083 people were sheltering in "
      "493 relief camps and that more than 117,000 huts had been damaged. Over 100,000 trees "
      "and 30,000 electric poles had been uprooted, he said, leaving large parts of the delta "
      "without power. Chief Minister Edappadi K Palaniswami announced a relief of Rs 10 lakh "
      "each to the families of the dead. In Thanjavur district, police fired 12 tear gas "
      "shells and arrested 62 people who had blocked the Pattukottai road to demand the "
      "restoration of power, a senior police officer said.",
      [C("45", 45, "exact", "killed", "people killed by Cyclone Gaja", None,
         attr_alt=[SATYAGOPAL], ctx="rose to 45"),
       C("2,49,083", 249083, "exact", "displaced", "people in relief camps", SATYAGOPAL),
       C("493", 493, "exact", "infrastructure", "relief camps", SATYAGOPAL,
         cat_alt=["other", "aid"]),
       C("more than 117,000", 117000, "more_than", "infrastructure", "huts damaged",
         SATYAGOPAL),
       C("Over 100,000", 100000, "more_than", "other", "trees uprooted", SATYAGOPAL,
         optional=True, attr_alt=["he"]),
       C("30,000", 30000, "exact", "infrastructure", "electric poles uprooted", SATYAGOPAL,
         cat_alt=["other"], attr_alt=["he"]),
       C("12", 12, "exact", "munitions", "tear gas shells fired", "a senior police officer",
         cat_alt=["other"]),
       C("62", 62, "exact", "detained", "protesters arrested", "a senior police officer")],
      published="2018-11-18"),

    P("d31_019",
      "KOLKATA, May 26, 2021 (Reuters) - Cyclone Yaas slammed into India's east coast on "
      "Wednesday, flooding hundreds of villages and killing at least four people, after "
      "authorities moved more than 2 million people to safety in Odisha and West Bengal. West "
      "Bengal Chief Minister Mamata Banerjee said 1.5 million people had been evacuated in her "
      "state alone and that about 300,000 homes had been damaged. Two people were killed in "
      "Odisha when trees fell on them, the state's special relief commissioner, Pradeep Jena, "
      "said, and two others died in West Bengal. The storm, with winds of up to 155 km per "
      "hour, made landfall south of Balasore during a high tide, pushing seawater into coastal "
      "villages. India's disaster response force said it had deployed 113 teams in the two "
      "states.",
      [C("hundreds", 100, "vague", "infrastructure", "villages flooded", None, optional=True,
         cat_alt=["other"]),
       C("at least four", 4, "at_least", "killed", "people killed by Cyclone Yaas", None,
         attr_alt=[MAMATA, JENA]),
       C("more than 2 million", 2_000_000, "more_than", "displaced", "people moved to safety",
         None, attr_alt=["authorities"]),
       C("1.5 million", 1_500_000, "exact", "displaced", "people evacuated in West Bengal",
         MAMATA),
       C("about 300,000", 300000, "about", "infrastructure", "homes damaged", MAMATA),
       C("Two", 2, "exact", "killed", "people killed in Odisha", JENA, attr_alt=[JENA_LONG]),
       C("two", 2, "exact", "killed", "people killed in West Bengal", JENA,
         attr_alt=[JENA_LONG, None], ctx="two others"),
       C("113", 113, "exact", "other", "NDRF teams deployed", NDRF, optional=True,
         cat_alt=["troops"])],
      published="2021-05-26"),

    # --- Japan -----------------------------------------------------------------------------------
    P("d31_020",
      "KUMAMOTO, July 5 (Kyodo) -- Fourteen residents of a nursing home in Kumamoto Prefecture "
      "were found in cardiopulmonary arrest after the Kuma River burst its banks, part of a "
      "toll from torrential rain in southwestern Japan that rose to at least 18 on Sunday, with "
      "13 people missing, according to a Kyodo News tally. All of them lived at Senjuen, a "
      "special elderly care home in Kuma Village that had 65 residents; the others were "
      "rescued by boat and by Self-Defense Forces helicopters. Prime Minister Shinzo Abe said "
      "the government had raised the number of SDF personnel in the area to 10,000. Some "
      "200,000 residents of Kumamoto and Kagoshima prefectures were under evacuation orders, "
      "the Fire and Disaster Management Agency said. The Japan Meteorological Agency said up "
      "to 100 millimeters of rain an hour had fallen in parts of the prefecture early "
      "Saturday.",
      [C("Fourteen", 14, "exact", "killed", "nursing home residents found in cardiopulmonary "
         "arrest", KYODO_TALLY, cat_alt=["injured", "other"]),
       C("at least 18", 18, "at_least", "killed", "people killed by the rain", KYODO_TALLY),
       C("13", 13, "exact", "missing", "people missing", KYODO_TALLY),
       C("65", 65, "exact", "population", "residents of Senjuen", None,
         cat_alt=["other"], attr_alt=[KYODO_TALLY]),
       C("10,000", 10000, "exact", "troops", "SDF personnel in the area", ABE),
       C("Some 200,000", 200000, "about", "displaced", "residents under evacuation orders",
         FDMA)]),

    P("d31_021",
      "KURASHIKI, Japan, July 10, 2018 (AFP) - Rescuers in western Japan dug through mud and "
      "debris on Tuesday in search of dozens of people still missing after record rains, as "
      "the death toll rose to 155, the worst weather disaster to hit the country in more than "
      "three decades. Chief Cabinet Secretary Yoshihide Suga told reporters 56 people remained "
      "unaccounted for, while around 10,000 were living in evacuation centres. In the Mabi "
      "district of Kurashiki, where about a third of the town was submerged, police said 42 "
      "bodies had been found. More than 70,000 police, firefighters and troops are taking part "
      "in the search, Suga said. Some 200,000 households were without running water in the "
      "heat, with temperatures topping 30 degrees Celsius.",
      [C("dozens", 12, "vague", "missing", "people still missing", None, attr_alt=[SUGA]),
       C("155", 155, "exact", "killed", "people killed by the rains", None, attr_alt=[SUGA]),
       C("56", 56, "exact", "missing", "people unaccounted for", SUGA),
       C("around 10,000", 10000, "about", "displaced", "people in evacuation centres", SUGA),
       C("about a third", 1 / 3, "about", "other", "share of Mabi submerged", None,
         optional=True, attr_alt=["police"]),
       C("42", 42, "exact", "killed", "bodies found in Mabi", "police"),
       C("More than 70,000", 70000, "more_than", "troops", "police, firefighters and troops "
         "searching", "Suga", cat_alt=["other"], attr_alt=[SUGA]),
       C("Some 200,000", 200000, "about", "other", "households without running water", None,
         cat_alt=["infrastructure"])],
      published="2018-07-10"),

    P("d31_022",
      "September 8, 2018 17:40 JST\n"
      "The number of people confirmed dead in the powerful earthquake that struck Hokkaido "
      "early Thursday has risen to 35, and the search continues for four others in the town of "
      "Atsuma, where dozens of landslides buried houses. The Hokkaido prefectural government "
      "says 31 of the dead were in Atsuma. About 16,000 people spent the night in evacuation "
      "shelters, the government said, as power was slowly restored to the 2.95 million "
      "households that lost electricity when the quake forced the shutdown of the island's "
      "largest thermal power plant. Some 25,000 Self-Defense Forces personnel, police officers "
      "and firefighters are engaged in rescue work.",
      [C("35", 35, "exact", "killed", "people confirmed dead in Hokkaido", None,
         attr_alt=[HOKKAIDO]),
       C("four", 4, "exact", "missing", "people searched for in Atsuma", None,
         attr_alt=[HOKKAIDO]),
       C("dozens", 12, "vague", "other", "landslides in Atsuma", None, optional=True),
       C("31", 31, "exact", "killed", "dead in Atsuma", HOKKAIDO),
       C("About 16,000", 16000, "about", "displaced", "people in evacuation shelters",
         "the government", attr_alt=[HOKKAIDO]),
       C("2.95 million", 2_950_000, "exact", "other", "households that lost electricity", None,
         cat_alt=["infrastructure"], attr_alt=["the government"]),
       C("Some 25,000", 25000, "about", "troops", "SDF personnel, police and firefighters in "
         "rescue work", None, cat_alt=["other"])],
      published="2018-09-08"),

    # --- New Zealand, 2019 ------------------------------------------------------------------------
    P("d31_023",
      "WHAKATANE, New Zealand, Dec 10 (Reuters) - Five people were confirmed dead and eight "
      "others were missing after a volcano erupted on New Zealand's White Island on Monday, "
      "police said, while 31 people were being treated in hospitals, many of them with severe "
      "burns. There were 47 people on the island when it erupted, most of them passengers from "
      "the Ovation of the Seas cruise ship, Deputy Police Commissioner John Tims said. "
      "Twenty-three people were taken off the island, he said, and no signs of life had been "
      "seen there since. Police said 24 of those on the island were from Australia, nine from "
      "the United States, five from New Zealand, four from Germany, two each from Britain and "
      "China, and one from Malaysia.",
      [C("Five", 5, "exact", "killed", "people confirmed dead", "police"),
       C("eight", 8, "exact", "missing", "people missing", "police"),
       C("31", 31, "exact", "injured", "people treated in hospitals", "police",
         attr_alt=[None]),
       C("47", 47, "exact", "other", "people on the island", TIMS),
       C("Twenty-three", 23, "exact", "other", "people taken off the island", TIMS,
         cat_alt=["displaced"], attr_alt=["he"]),
       C("24", 24, "exact", "other", "Australians on the island", "Police"),
       C("nine", 9, "exact", "other", "Americans on the island", "Police"),
       C("five", 5, "exact", "other", "New Zealanders on the island", "Police",
         ctx="five from New Zealand"),
       C("four", 4, "exact", "other", "Germans on the island", "Police"),
       C("two", 2, "exact", "other", "Britons and Chinese on the island (each)", "Police",
         optional=True),
       C("one", 1, "exact", "other", "Malaysian on the island", "Police", optional=True,
         ctx="one from Malaysia")]),

    # --- China, 2021 -------------------------------------------------------------------------------
    P("d31_024",
      "Published: Oct 12, 2021 09:48 PM\n"
      "Torrential rain that has lashed North China's Shanxi Province since October 2 has "
      "affected 1.76 million people in 76 counties and forced the relocation of more than "
      "120,000, the provincial emergency management department said on Tuesday. The floods "
      "have killed 15 people and left three missing. Some 17,000 houses have collapsed and "
      "190,000 hectares of crops have been damaged, with direct economic losses estimated at "
      "5.03 billion yuan. In Pingyao, firefighters and volunteers worked through the night to "
      "shore up the Ming-dynasty city wall, part of a UNESCO World Heritage site, after a "
      "25-metre section collapsed.",
      [C("1.76 million", 1_760_000, "exact", "other", "people affected", SHANXI,
         cat_alt=["population"]),
       C("76", 76, "exact", "other", "counties affected", SHANXI, optional=True),
       C("more than 120,000", 120000, "more_than", "displaced", "people relocated", SHANXI),
       C("15", 15, "exact", "killed", "people killed by the floods", SHANXI, attr_alt=[None]),
       C("three", 3, "exact", "missing", "people missing", SHANXI, attr_alt=[None]),
       C("Some 17,000", 17000, "about", "infrastructure", "houses collapsed", SHANXI,
         attr_alt=[None]),
       C("190,000", 190000, "exact", "other", "hectares of crops damaged", SHANXI,
         optional=True, attr_alt=[None])],
      published="2021-10-12"),

    # --- United States, 2021 -------------------------------------------------------------------------
    P("d31_025",
      "NEW YORK (AP) — The remnants of Hurricane Ida dumped record rain on the New York City "
      "area, killing at least 46 people from Maryland to Connecticut, many of them trapped in "
      "flooded basement apartments, officials said Thursday. In New York City, police said 13 "
      "people died, 11 of them in basement units in Queens and Brooklyn, among them a "
      "2-year-old boy. Central Park recorded 3.15 inches of rain in one hour on Wednesday "
      "night, shattering the record of 1.94 inches set just 11 days earlier during Tropical "
      "Storm Henri. New Jersey Gov. Phil Murphy said at least 23 people had died in his state, "
      "most of them caught in their cars by floodwaters. Firefighters carried out hundreds of "
      "water rescues, the city's fire department said.",
      [C("at least 46", 46, "at_least", "killed", "people killed by Ida's remnants",
         "officials"),
       C("13", 13, "exact", "killed", "people killed in New York City", "police"),
       C("11", 11, "exact", "killed", "people who died in basement units", "police",
         ctx="11 of them"),
       C("at least 23", 23, "at_least", "killed", "people killed in New Jersey", MURPHY),
       C("hundreds", 100, "vague", "other", "water rescues", FDNY)]),

    # --- Peru and Iran, 2023 ---------------------------------------------------------------------------
    P("d31_026",
      "LIMA, March 13 (Andina) – The National Institute of Civil Defense (Indeci) reported that "
      "65 people have died since the start of the rainy season in December, 12 of them in the "
      "past week as Cyclone Yaku brought torrential rain to Peru's northern coast. According to "
      "the agency's latest report, 8,914 people have been left homeless and another 53,400 "
      "have been affected in Tumbes, Piura, Lambayeque and La Libertad. The Ministry of "
      "Housing said 3,300 homes had become uninhabitable. The government declared a 60-day "
      "state of emergency in 192 districts and announced that 720 soldiers would be sent to "
      "help clear roads.",
      [C("65", 65, "exact", "killed", "deaths in the rainy season", INDECI),
       C("12", 12, "exact", "killed", "deaths in the past week", INDECI),
       C("8,914", 8914, "exact", "displaced", "people left homeless", INDECI_REPORT,
         attr_alt=[INDECI]),
       C("53,400", 53400, "exact", "other", "people affected", INDECI_REPORT,
         cat_alt=["population"], attr_alt=[INDECI]),
       C("3,300", 3300, "exact", "infrastructure", "homes uninhabitable",
         "The Ministry of Housing"),
       C("192", 192, "exact", "other", "districts under emergency", None, optional=True,
         attr_alt=["The government"]),
       C("720", 720, "exact", "troops", "soldiers to be sent", None,
         attr_alt=["The government"])]),

    P("d31_027",
      "TEHRAN, Jan 29 (IRNA) – Three people were killed and at least 816 injured when a "
      "magnitude 5.9 earthquake struck Khoy in West Azarbaijan province late on Saturday, the "
      "head of the Iranian Red Crescent Society said. Of the injured, 93 were still in hospital "
      "on Sunday morning, Pirhossein Kolivand told state television. Snow and temperatures of "
      "minus 14 degrees Celsius hampered relief work, as thousands of families spent the night "
      "outdoors or in their cars. The Red Crescent has sent 2,500 tents, 8,000 blankets and 120 "
      "tonnes of food to the area, and 260 rescuers are at work in damaged villages, the "
      "society said.",
      [C("Three", 3, "exact", "killed", "people killed in Khoy", IRCS_HEAD),
       C("at least 816", 816, "at_least", "injured", "people injured", IRCS_HEAD),
       C("93", 93, "exact", "injured", "injured still in hospital", KOLIVAND,
         attr_alt=[IRCS_HEAD]),
       C("thousands", 1000, "vague", "displaced", "families outdoors or in cars", None,
         cat_alt=["other"]),
       C("2,500", 2500, "exact", "aid", "tents sent", "the society",
         attr_alt=["The Red Crescent"]),
       C("8,000", 8000, "exact", "aid", "blankets sent", "the society",
         attr_alt=["The Red Crescent"]),
       C("120", 120, "exact", "aid", "tonnes of food sent", "the society",
         attr_alt=["The Red Crescent"]),
       C("260", 260, "exact", "troops", "rescuers at work", "the society",
         cat_alt=["other"], attr_alt=["The Red Crescent"])]),

    # --- Indonesia and the Philippines, 2019-2021 ------------------------------------------------
    P("d31_028",
      "MAMUJU, Indonesia (AP) — The death toll from a magnitude 6.2 earthquake that struck "
      "Indonesia's West Sulawesi province rose to 81 on Monday as rescuers pulled more bodies "
      "from collapsed buildings, including a hospital and the governor's office. The National "
      "Disaster Mitigation Agency said 70 of the deaths were in Mamuju, the provincial capital, "
      "and 11 in neighboring Majene district. Between 60 and 70 patients and staff were inside "
      "the Mitra Manakarra hospital when it collapsed, the agency said. More than 800 people "
      "were injured and about 15,000 had fled to temporary shelters, agency spokesperson "
      "Raditya Jati said. Dozens of aftershocks and landslides hampered the search.",
      [C("81", 81, "exact", "killed", "people killed in West Sulawesi", None,
         attr_alt=[BNPB_LONG]),
       C("70", 70, "exact", "killed", "deaths in Mamuju", BNPB_LONG, ctx="said 70"),
       C("11", 11, "exact", "killed", "deaths in Majene", BNPB_LONG),
       C("Between 60 and 70", 60, "range", "other", "people inside the hospital",
         "the agency", high=70, attr_alt=[BNPB_LONG]),
       C("More than 800", 800, "more_than", "injured", "people injured", JATI),
       C("about 15,000", 15000, "about", "displaced", "people in temporary shelters", JATI),
       C("Dozens", 12, "vague", "other", "aftershocks and landslides", None, optional=True)]),

    P("d31_029",
      "KIDAPAWAN CITY (MindaNews / 1 November) — The magnitude 6.5 earthquake that rocked "
      "Cotabato on Thursday morning, the third strong quake to hit the province in two weeks, "
      "killed at least 10 people and injured more than 400, the Office of Civil Defense in "
      "Soccsksargen said. At least 30,000 families in Makilala, Tulunan, M'lang and Kidapawan "
      "have been displaced, many of them sleeping in tents along the highway because they fear "
      "returning to cracked houses, OCD regional director Minda Morante said. Phivolcs has "
      "recorded more than 1,000 aftershocks since October 29. Classes at all levels were "
      "suspended in 18 towns, and the Department of Education said at least 600 classrooms "
      "had been damaged.",
      [C("at least 10", 10, "at_least", "killed", "people killed in Cotabato", OCD_12),
       C("more than 400", 400, "more_than", "injured", "people injured", OCD_12),
       C("At least 30,000", 30000, "at_least", "displaced", "families displaced", MORANTE),
       C("more than 1,000", 1000, "more_than", "other", "aftershocks recorded", "Phivolcs",
         optional=True),
       C("18", 18, "exact", "other", "towns where classes were suspended", None,
         optional=True),
       C("at least 600", 600, "at_least", "infrastructure", "classrooms damaged", DEPED)]),

    # --- Taiwan, 2024 ------------------------------------------------------------------------------
    P("d31_030",
      "10/04/2024 07:55 PM\n"
      "Kaohsiung, Oct. 4 (CNA) Typhoon Krathon left two people dead and 719 injured across "
      "Taiwan after it made landfall in Kaohsiung on Thursday afternoon, the Central Emergency "
      "Operation Center (CEOC) said Friday. A 66-year-old man died when he was hit by a falling "
      "tree in Hualien, while a woman fell from a ladder while trimming trees in Kaohsiung, the "
      "CEOC said. At the peak of the storm, more than 306,000 households were without power, "
      "of which about 1,700 remained in the dark by Friday evening. Before landfall, 11,000 "
      "residents of Kaohsiung, Pingtung and Taitung had been evacuated, the center said, "
      "including 8,600 in Kaohsiung.",
      [C("two", 2, "exact", "killed", "people killed by Typhoon Krathon", CEOC),
       C("719", 719, "exact", "injured", "people injured", CEOC),
       C("more than 306,000", 306000, "more_than", "other", "households without power",
         "the CEOC", cat_alt=["infrastructure"], attr_alt=[None, CEOC]),
       C("about 1,700", 1700, "about", "other", "households still without power", "the CEOC",
         cat_alt=["infrastructure"], attr_alt=[None, CEOC]),
       C("11,000", 11000, "exact", "displaced", "residents evacuated", "the center",
         attr_alt=[CEOC]),
       C("8,600", 8600, "exact", "displaced", "residents evacuated in Kaohsiung", "the center",
         attr_alt=[CEOC])],
      published="2024-10-04"),

    # --- Australia and Réunion, 2025 ----------------------------------------------------------------
    P("d31_031",
      "Posted Sun 9 Mar 2025 at 6:05pm\n"
      "Thirty-two soldiers were injured, four of them seriously, when two army trucks carrying "
      "them to help with flood relief crashed near Lismore on Saturday, the Australian Defence "
      "Force said. Ex-Tropical Cyclone Alfred has left more than 316,000 homes and businesses "
      "without power across south-east Queensland and northern New South Wales, according to "
      "Energex and Essential Energy. One man died after being swept from his car by floodwaters "
      "near Dorrigo, police said. In Brisbane, 1,050 people were in evacuation centres on "
      "Sunday morning, Premier David Crisafulli said, and 15,000 sandbags had been handed out "
      "in the past 24 hours.",
      [C("Thirty-two", 32, "exact", "injured", "soldiers injured in truck crash", ADF,
         cat_alt=["troops"]),
       C("four", 4, "exact", "injured", "soldiers seriously injured", ADF,
         cat_alt=["troops"]),
       C("two", 2, "exact", "other", "army trucks that crashed", ADF, optional=True),
       C("more than 316,000", 316000, "more_than", "other", "homes and businesses without "
         "power", "Energex and Essential Energy", cat_alt=["infrastructure"]),
       C("One", 1, "exact", "killed", "man swept away near Dorrigo", "police"),
       C("1,050", 1050, "exact", "displaced", "people in Brisbane evacuation centres",
         CRISAFULLI),
       C("15,000", 15000, "exact", "aid", "sandbags handed out", CRISAFULLI,
         cat_alt=["other"], attr_alt=[None])],
      published="2025-03-09"),

    P("d31_032",
      "SAINT-DENIS, Réunion, Feb 28, 2025 (AFP) - Cyclone Garance killed at least four people "
      "on the French Indian Ocean island of Réunion, authorities said Friday, as residents "
      "emerged to find roads blocked by fallen trees and whole neighbourhoods without water or "
      "electricity. The prefect, Patrice Latron, said one person was still missing and that "
      "around 180,000 homes remained without power. Some 1,600 people had spent the night in "
      "emergency shelters. Paris is sending 200 security personnel and civil protection "
      "officers from mainland France and Mayotte, which is still recovering from Cyclone Chido, "
      "Interior Minister Bruno Retailleau said.",
      [C("at least four", 4, "at_least", "killed", "people killed in Réunion", "authorities"),
       C("one", 1, "exact", "missing", "person missing", LATRON,
         attr_alt=["The prefect"], ctx="one person"),
       C("around 180,000", 180000, "about", "other", "homes without power", LATRON,
         cat_alt=["infrastructure"], attr_alt=["The prefect"]),
       C("Some 1,600", 1600, "about", "displaced", "people in emergency shelters", LATRON,
         attr_alt=[None, "The prefect"]),
       C("200", 200, "exact", "troops", "security and civil protection personnel sent",
         RETAILLEAU, cat_alt=["other"])],
      published="2025-02-28"),

    # --- Mozambique, 2025 -----------------------------------------------------------------------------
    P("d31_033",
      "MAPUTO, March 14 (Lusa) - The number of people killed by Cyclone Jude in northern "
      "Mozambique has risen to 16, with 56 injured, according to the latest update from the "
      "National Institute for Disaster Risk Management and Reduction (INGD). The storm, which "
      "made landfall in Nampula province on Monday, has affected some 160,000 people and "
      "destroyed 13,400 houses, the institute said. A further 22,000 houses were partially "
      "destroyed. INGD said 245 classrooms and 28 health units had been damaged and that 17 "
      "accommodation centres were sheltering more than 4,700 people. Relief work in Nampula's "
      "northern districts is complicated by insurgent raids spilling over from Cabo Delgado, "
      "where Islamic State-linked fighters abducted at least 120 children last year, according "
      "to Human Rights Watch.",
      [C("16", 16, "exact", "killed", "people killed by Cyclone Jude", INGD),
       C("56", 56, "exact", "injured", "people injured", INGD),
       C("some 160,000", 160000, "about", "other", "people affected", "the institute",
         cat_alt=["population"], attr_alt=[INGD]),
       C("13,400", 13400, "exact", "infrastructure", "houses destroyed", "the institute",
         attr_alt=[INGD]),
       C("22,000", 22000, "exact", "infrastructure", "houses partially destroyed",
         "the institute", attr_alt=[None, INGD]),
       C("245", 245, "exact", "infrastructure", "classrooms damaged", "INGD"),
       C("28", 28, "exact", "infrastructure", "health units damaged", "INGD"),
       C("17", 17, "exact", "infrastructure", "accommodation centres", "INGD",
         cat_alt=["other", "aid"]),
       C("more than 4,700", 4700, "more_than", "displaced", "people in accommodation centres",
         "INGD"),
       C("at least 120", 120, "at_least", "hostages", "children abducted in Cabo Delgado",
         "Human Rights Watch")]),

    # --- Hawaii and the Caribbean ----------------------------------------------------------------------
    P("d31_034",
      "Updated May 8, 2018 8:15 pm\n"
      "PAHOA, Hawaii — Lava from Kilauea volcano has now destroyed 36 structures in Leilani "
      "Estates, including at least 26 homes, Hawaii County Civil Defense said Tuesday, as two "
      "new fissures opened in the subdivision, bringing the total to 14. About 1,700 residents "
      "of Leilani Estates and nearby Lanipuna Gardens remain under a mandatory evacuation "
      "order, and officials said they could not say when people would be allowed home. Some "
      "residents were allowed back briefly during the day to collect pets and medicine. No "
      "deaths or serious injuries have been reported. The Hawaii National Guard has activated "
      "140 soldiers to help with security and evacuations.",
      [C("36", 36, "exact", "infrastructure", "structures destroyed", HCCD),
       C("at least 26", 26, "at_least", "infrastructure", "homes destroyed", HCCD),
       C("two", 2, "exact", "other", "new fissures", HCCD, optional=True, attr_alt=[None]),
       C("14", 14, "exact", "other", "fissures in total", HCCD, optional=True,
         attr_alt=[None]),
       C("About 1,700", 1700, "about", "displaced", "residents under evacuation order", HCCD,
         attr_alt=[None, "officials"]),
       C("140", 140, "exact", "troops", "National Guard soldiers activated", None,
         attr_alt=["The Hawaii National Guard"])],
      published="2018-05-08"),

    P("d31_035",
      "KINGSTOWN, April 11 (Reuters) - About 16,000 people have been evacuated from the red "
      "zone around La Soufrière volcano on St. Vincent, which erupted again on Sunday, "
      "blanketing the island in ash and cutting water supplies to much of it, the National "
      "Emergency Management Organisation (NEMO) said. Some 3,200 of them were staying in 87 "
      "government shelters, NEMO director Michelle Forbes said, while the rest were with "
      "relatives and friends. Four cruise ships sent by Royal Caribbean and Carnival had taken "
      "about 1,500 evacuees to neighbouring islands, the government said. No deaths or "
      "injuries had been reported. Barbados, 190 km (120 miles) to the east, was also covered "
      "in ash.",
      [C("About 16,000", 16000, "about", "displaced", "people evacuated from the red zone",
         NEMO_VC),
       C("Some 3,200", 3200, "about", "displaced", "evacuees in government shelters", FORBES),
       C("87", 87, "exact", "infrastructure", "government shelters", FORBES,
         cat_alt=["other", "aid"]),
       C("Four", 4, "exact", "other", "cruise ships", "the government", optional=True),
       C("about 1,500", 1500, "about", "displaced", "evacuees taken to other islands",
         "the government")]),

    # --- Philippines, 2024 -----------------------------------------------------------------------------
    P("d31_036",
      "December 10, 2024 | 12:00am\n"
      "CANLAON CITY, Negros Oriental — Nearly 10,000 residents living within six kilometers of "
      "Kanlaon Volcano have been moved to evacuation centers since it erupted on Monday "
      "afternoon, sending a column of ash 4,000 meters into the sky, the Department of Social "
      "Welfare and Development (DSWD) said. Phivolcs raised Alert Level 3 and recommended the "
      "evacuation of all residents within the six-kilometer radius, which covers 14 villages in "
      "Negros Occidental and Negros Oriental. DSWD Secretary Rex Gatchalian said the department "
      "had prepositioned 60,000 family food packs in the region. At least 28 flights to and "
      "from Bacolod, Cebu and Manila were cancelled because of the ash, the Civil Aviation "
      "Authority of the Philippines said.",
      [C("Nearly 10,000", 10000, "about", "displaced", "residents moved to evacuation centers",
         DSWD),
       C("14", 14, "exact", "other", "villages in the danger zone", None, optional=True,
         attr_alt=["Phivolcs"]),
       C("60,000", 60000, "exact", "aid", "family food packs prepositioned", GATCHALIAN),
       C("At least 28", 28, "at_least", "other", "flights cancelled", CAAP, optional=True)],
      published="2024-12-10"),

    # --- China, 2017 ----------------------------------------------------------------------------------
    P("d31_037",
      "BEIJING, June 25 (Reuters) - Rescuers in southwest China have recovered 10 bodies and "
      "are still searching for 93 people after a landslide buried a mountain village in "
      "Sichuan province, the local government said on Sunday, revising down its earlier figure "
      "of 118 missing after some people were found to have been away from home. Three people, "
      "a couple and their month-old baby, were pulled alive from the rubble on Saturday. About "
      "2,500 rescuers, including soldiers and police, are using detection equipment and dogs "
      "to search the debris of Xinmo village in Mao county, state news agency Xinhua said. "
      "More than 18 million cubic meters of rock came down when part of a mountain collapsed "
      "at about 6 a.m. on Saturday, burying 62 homes.",
      [C("10", 10, "exact", "killed", "bodies recovered", "the local government"),
       C("93", 93, "exact", "missing", "people still missing", "the local government"),
       C("118", 118, "exact", "missing", "earlier figure of missing", "the local government"),
       C("Three", 3, "exact", "other", "people pulled alive", "the local government",
         attr_alt=[None]),
       C("About 2,500", 2500, "about", "troops", "rescuers searching", XINHUA,
         cat_alt=["other"]),
       C("62", 62, "exact", "infrastructure", "homes buried", XINHUA, attr_alt=[None])]),

    # --- Afghanistan, 2023 ------------------------------------------------------------------------------
    P("d31_038",
      "ISLAMABAD (AP) — At least 124 people have died in Afghanistan in a bitter cold snap that "
      "has gripped the country for more than a week, with temperatures falling to minus 33 "
      "degrees Celsius in some areas, a Taliban official said Thursday. Shafiullah Rahimi, "
      "spokesman for the Ministry for Disaster Management, said nearly 70,000 livestock had "
      "also died of the cold, a heavy blow to families who depend on them. The United Nations' "
      "humanitarian office says 28.3 million Afghans need aid this year. Aid groups have "
      "warned that households headed by women have been hit hardest since the Taliban barred "
      "women from working for NGOs last month, forcing several agencies to suspend "
      "operations.",
      [C("At least 124", 124, "at_least", "killed", "people killed by the cold",
         "a Taliban official"),
       C("nearly 70,000", 70000, "about", "other", "livestock killed by the cold", RAHIMI),
       C("28.3 million", 28_300_000, "exact", "other", "Afghans needing aid", UN_OCHA_AF,
         cat_alt=["population", "aid"])]),

    # --- Japan and Russia, 2025 --------------------------------------------------------------------------
    P("d31_039",
      "July 30, 2025 21:30 JST\n"
      "Japan lifted all tsunami warnings on Wednesday evening, about 12 hours after a magnitude "
      "8.8 earthquake off Russia's Kamchatka Peninsula sent waves of up to 1.3 meters onto the "
      "country's Pacific coast. At the peak, evacuation instructions covered some 2 million "
      "people in 21 prefectures, the Fire and Disaster Management Agency said. A 58-year-old "
      "woman died after her car fell off a cliff in Mie Prefecture as she drove to higher "
      "ground, local police said. In Russia, the governor of the Sakhalin region said the "
      "tsunami had flooded the port of Severo-Kurilsk and that about 2,700 residents had been "
      "evacuated. No serious injuries were reported in Hawaii, where sirens sounded across "
      "Honolulu.",
      [C("some 2 million", 2_000_000, "about", "displaced", "people under evacuation "
         "instructions", FDMA),
       C("21", 21, "exact", "other", "prefectures under evacuation instructions", FDMA,
         optional=True, ctx="in 21 prefectures"),
       C("about 2,700", 2700, "about", "displaced", "Severo-Kurilsk residents evacuated",
         "the governor of the Sakhalin region")],
      published="2025-07-30"),

    # --- Mexico, 2015 (no claims) --------------------------------------------------------------------------
    P("d31_040",
      "MEXICO CITY, Oct 23, 2015 (Reuters) - Hurricane Patricia, the strongest storm ever "
      "recorded in the Western Hemisphere, was on track to make landfall on Mexico's Pacific "
      "coast on Friday evening with sustained winds of 200 miles per hour (320 km per hour). "
      "The U.S. National Hurricane Center said the Category 5 storm's central pressure had "
      "fallen to 880 millibars and that it could dump up to 20 inches (50 cm) of rain on "
      "Jalisco, Colima and Michoacán over the next 48 hours. At 1 p.m. local time, Patricia "
      "was about 85 miles (135 km) southwest of Manzanillo. It had grown from a tropical storm "
      "into a Category 5 hurricane in about 24 hours, a pace forecasters said was almost "
      "without precedent. No deaths or damage had yet been reported.",
      [],
      published="2015-10-23"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d31_{:03d}",
                          checks=[no_sentence_from(
                              "devset", "devset2", "devset3", "devset4", "devset5",
                              "devset6", "devset7", "devset8", "devset9", "devset10",
                              "devset11", "devset12", "devset13", "devset14", "devset15",
                              "devset16", "devset17", "devset18", "devset19", "devset20",
                              "devset21", "devset22", "devset23", "devset24", "devset25",
                              "devset26", "devset27", "devset28", "devset29", "devset30",
                              "holdout", "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
