"""Source of the twenty-third development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences) on migration and displacement crises, shipwrecks, border deaths,
famine and food crises, heatwaves, industrial and transport disasters, dam failures, fires,
building collapses and stampedes (1995–2025), written for this set (none copied from an
article) in the style of wire copy (Reuters, AP, AFP, ANSA, Xinhua, PTI-style Indian copy, UNB),
BBC and Guardian web pages, IOM, UNHCR, WFP and joint UN releases, a live blog with entry
timestamps, and local newspapers in English (India, Nigeria, the Philippines, Latin America).
The set stresses missing against dead against rescued, arrivals and crossings, people in
shelters, year-to-date totals against single events, revisions, figures carried across
sentences by one speaker, lists sharing one verb, spelled-out numbers, and non-claims (ages,
years, durations, money, percentages, distances, temperatures, tonnage, flight numbers).
Annotated by hand and blind by the project's gold conventions (``gold/README.md`` of the shared
folder) and the decisions recorded in the READMEs of ``tests/devset2`` to ``tests/devset21`` and
``tests/holdout2``. Figures follow contemporary reports loosely and some details are invented;
the set tests extraction, not facts. One passage holds only non-claims.

Run ``python tests/devset23/build_devset23.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

TR_CG = "the Turkish coastguard"
DARMANIN = "French Interior Minister Gérald Darmanin"
SAR_OFFICIAL = "a search and rescue official"
KHAIRUL = "Khairul Nova"
EG_SPOKESMAN = "a health ministry spokesman"
MEGAHED = "Khaled Megahed"
NE_OFFICIAL = "a local official"
NE_MAYOR = "Abdourahamane Moussa"
NE_SECURITY = "a security source"
TOBON = "Jorge Tobón"
OMBUDSMAN = "The Ombudsman's Office"
MMP = "IOM's Missing Migrants Project"
RRRC = "the Refugee Relief and Repatriation Commissioner's office"
EC_FM = "The foreign ministry"
UNHCR_AGENCY = "The UN refugee agency"
GT_REPORT = "UNHCR's annual Global Trends report"
SO_REPORT = ("a report by the UN's Food and Agriculture Organization and the US-funded Famine "
             "Early Warning Systems Network")
SS_AGENCIES = "three UN agencies"
SS_NAMED = ("the Food and Agriculture Organization (FAO), UNICEF and the World Food Programme "
            "(WFP)")
GRESSLY = "David Gressly"
MSF_NE = "Medecins Sans Frontieres"
WFP_NE = "The World Food Programme"
IPC_AF = "a new Integrated Food Security Phase Classification (IPC) analysis"
HT_ASSESS = "a U.N.-backed assessment"
HT_IPC = "the Integrated Food Security Phase Classification"
BAUER = "Jean-Martin Bauer"
INSERM = "a study by the national medical research institute Inserm"
CCME = "The Cook County medical examiner's office"
DONOGHUE = "Dr. Edmund Donoghue"
CHI_HEALTH = "the city's health department"
SELTSOVSKY = "Andrei Seltsovsky"
RU_EMERCOM = "the Emergencies Ministry"
AP_SDMD = "the State disaster management department"
UZ_MES = "the Emergencies Ministry"
KZ_OFFICIALS = "officials"
BUTTE = "the Butte County Sheriff's Office"
REDCROSS_US = "the American Red Cross"
MG_CIVIL = "Minas Gerais state's civil defense"
SAMARCO = "Mine operator Samarco"
ALCOCER = "Jorge Alcocer"
DURAZO = "Alfonso Durazo"
MEENA = "City Police Commissioner R.K. Meena"
VINAY = "District Collector V. Vinay Chand"
LAGOS_GOV = "the Lagos State government"
OGOMUDIA = "Lieutenant General Alexander Ogomudia"
NEMA = "the National Emergency Management Agency (NEMA)"
FARINLOYE = "Ibrahim Farinloye"
BR_AUTH = "Brazilian authorities"
SIMONI = "Ciro Simoni"
BA_HEALTH = "Buenos Aires city health officials"
SAME = "the city's Emergency Medical Service (SAME)"
NIXON = "Christine Nixon"
CFA = "the Country Fire Authority"
GABRIELLI = "civil protection chief Franco Gabrielli"
RESCUE_HQ = "the rescue headquarters"
PCG = "the Philippine Coast Guard"
BALILO = "Lt. Cmdr. Armand Balilo"
MANIFEST = "The ship's manifest"
NDCC = "the National Disaster Coordinating Council"
GALICIA = "officials in Galicia"
XUNTA = "The regional government"
KOETTER = "Police spokesman Wolfgang Kötter"
HOLLANDE = "French President François Hollande"
SANTAMARIA = "Soraya Sáenz de Santamaría"
HALTERN = "The mayor of Haltern am See"
SANGHA = "Kamaldeep Singh Sangha"
RAIL_OFFICIALS = "railway officials"
KANHARITH = "Khieu Kanharith"

PASSAGES = [
    # --- Migration, shipwrecks and border deaths ------------------------------------------------
    P("d23_001",
      "BODRUM, Turkey, Sept 2, 2015 (Reuters) - Twelve Syrian migrants, including five children, "
      "drowned when two boats capsized shortly after setting off from Turkey's Bodrum peninsula "
      "for the Greek island of Kos, the Turkish coastguard said on Wednesday. Seven people were "
      "rescued and two reached the shore in life jackets, it said. The body of a three-year-old "
      "boy washed up on a beach near the resort, and a photograph of him lying face down in the "
      "surf was shared widely on social media. Greece has seen more than 160,000 migrants arrive "
      "by sea this year, most of them Syrians crossing the short stretch of water from Turkey, "
      "according to the U.N. refugee agency. The four-kilometre crossing to Kos takes about an "
      "hour in a rubber dinghy.",
      [C("Twelve", 12, "exact", "killed", "Syrian migrants drowned", TR_CG),
       C("five", 5, "exact", "killed", "children drowned", TR_CG),
       C("two", 2, "exact", "other", "boats that capsized", TR_CG, optional=True,
         ctx="two boats"),
       C("Seven", 7, "exact", "other", "people rescued", TR_CG, attr_alt=["it"]),
       C("two", 2, "exact", "other", "people who reached the shore", TR_CG, attr_alt=["it"],
         ctx="two reached"),
       C("more than 160,000", 160000, "more_than", "displaced", "migrants arriving in Greece by "
         "sea this year", "the U.N. refugee agency", cat_alt=["other"])],
      published="2015-09-02"),

    P("d23_002",
      "Channel deaths: 27 people die after migrant boat sinks off Calais\n"
      "Published 25 November 2021\n"
      "Twenty-seven people died when their inflatable boat sank in the Channel on Wednesday, in "
      "the deadliest incident on the route since the International Organization for Migration "
      "began recording data in 2014. French Interior Minister Gérald Darmanin said 17 men, seven "
      "women - one of them pregnant - and three adolescents were among the dead. Two survivors, "
      "an Iraqi and a Somali, were being treated for hypothermia in Calais, he said. Five "
      "suspected smugglers have been arrested in connection with the sinking, French prosecutors "
      "said. More than 25,700 people have crossed the Channel in small boats so far this year, "
      "according to figures compiled by the PA news agency, compared with fewer than 8,500 in "
      "the whole of 2020.",
      [C("27", 27, "exact", "killed", "people in the Channel sinking"),
       C("Twenty-seven", 27, "exact", "killed", "people in the Channel sinking",
         attr_alt=[DARMANIN]),
       C("17", 17, "exact", "killed", "men", DARMANIN),
       C("seven", 7, "exact", "killed", "women", DARMANIN),
       C("one", 1, "exact", "killed", "pregnant woman", DARMANIN, optional=True,
         ctx="one of them pregnant"),
       C("three", 3, "exact", "killed", "adolescents", DARMANIN),
       C("Two", 2, "exact", "other", "survivors", DARMANIN, attr_alt=["he"]),
       C("Five", 5, "exact", "detained", "suspected smugglers arrested", "French prosecutors"),
       C("More than 25,700", 25700, "more_than", "displaced", "people who crossed the Channel "
         "this year", "figures compiled by the PA news agency", cat_alt=["other"],
         attr_alt=["the PA news agency"]),
       C("fewer than 8,500", 8500, "fewer_than", "displaced", "people who crossed in 2020",
         "figures compiled by the PA news agency", cat_alt=["other"],
         attr_alt=["the PA news agency", None])],
      published="2021-11-25"),

    P("d23_003",
      "LANGSA, Indonesia, May 15 (Reuters) - Indonesian fishermen rescued nearly 800 migrants "
      "from a sinking boat off Aceh province on Friday, a search and rescue official said, as "
      "Southeast Asian governments faced mounting pressure to take in thousands of Rohingya and "
      "Bangladeshis still believed to be adrift in the Andaman Sea. The fishermen towed the "
      "wooden vessel ashore near Langsa, where 102 of those on board were taken to hospital "
      "suffering from dehydration, said the official, Khairul Nova. The International "
      "Organization for Migration estimates that about 8,000 migrants remain at sea. Earlier "
      "this month, Thai police found 26 bodies in shallow graves at an abandoned jungle camp in "
      "Songkhla province where traffickers had held migrants for ransom, and freed 23 others "
      "from a second camp nearby. Some 25,000 Rohingya and Bangladeshis boarded smugglers' "
      "boats in the first three months of this year, roughly double the number a year earlier, "
      "the U.N. refugee agency said.",
      [C("nearly 800", 800, "about", "other", "migrants rescued off Aceh", SAR_OFFICIAL,
         attr_alt=[KHAIRUL]),
       C("thousands", 1000, "vague", "other", "Rohingya and Bangladeshis adrift at sea",
         cat_alt=["displaced", "missing"]),
       C("102", 102, "exact", "other", "migrants taken to hospital", KHAIRUL,
         cat_alt=["injured"], attr_alt=["the official", SAR_OFFICIAL]),
       C("about 8,000", 8000, "about", "other", "migrants remaining at sea",
         "The International Organization for Migration", cat_alt=["displaced", "missing"]),
       C("26", 26, "exact", "killed", "bodies in graves at a traffickers' camp",
         attr_alt=["Thai police"]),
       C("23", 23, "exact", "hostages", "migrants freed from a traffickers' camp",
         attr_alt=["Thai police"]),
       C("Some 25,000", 25000, "about", "displaced", "Rohingya and Bangladeshis who boarded "
         "smugglers' boats", "the U.N. refugee agency", cat_alt=["other"])]),

    P("d23_004",
      "ROSETTA, Egypt (AFP) - The death toll from the capsizing of a migrant boat off Egypt's "
      "Mediterranean coast rose to 162 on Friday as divers recovered more bodies from the hull, "
      "a health ministry spokesman said. Khaled Megahed said 163 people had been rescued alive "
      "since Wednesday, among them 20 Eritreans and Sudanese. Survivors told AFP there had been "
      "up to 450 people on board the fishing boat when it rolled over about 12 kilometres from "
      "the shore, meaning scores may still be unaccounted for. Prosecutors have ordered the "
      "detention of four crew members, and the military said it was hunting for the boat's "
      "owner. Parliament is expected to pass a law next month punishing people smugglers with "
      "up to 15 years in prison.",
      [C("162", 162, "exact", "killed", "migrants in the Rosetta capsizing", EG_SPOKESMAN,
         attr_alt=[MEGAHED]),
       C("163", 163, "exact", "other", "people rescued alive", MEGAHED,
         attr_alt=[EG_SPOKESMAN]),
       C("20", 20, "exact", "other", "Eritreans and Sudanese rescued", MEGAHED,
         attr_alt=[EG_SPOKESMAN]),
       C("up to 450", 450, "at_most", "other", "people on board", "Survivors"),
       C("scores", 20, "vague", "missing", "people unaccounted for", None,
         attr_alt=["Survivors"]),
       C("four", 4, "exact", "detained", "crew members ordered detained", None,
         attr_alt=["Prosecutors"], cat_alt=["other"])]),

    P("d23_005",
      "NIAMEY (AFP) - The bodies of 87 migrants, most of them women and children, have been "
      "found in the Sahara desert in northern Niger after their vehicle broke down on the way to "
      "Algeria, a local official said Thursday. Rescuers discovered the decomposing remains "
      "scattered over an area of about 20 kilometres near the town of Arlit, said Abdourahamane "
      "Moussa, the mayor of Arlit. The group had been travelling in two trucks; 21 of those on "
      "board managed to walk back to Arlit, and one woman survived by reaching a well, according "
      "to a security source. Thousands of migrants cross Niger each year, paying smugglers about "
      "$1,000 each for the journey north.",
      [C("87", 87, "exact", "killed", "migrants found dead in the desert", NE_OFFICIAL,
         attr_alt=[NE_MAYOR]),
       C("two", 2, "exact", "other", "trucks", NE_SECURITY, optional=True, attr_alt=[None]),
       C("21", 21, "exact", "other", "survivors who walked back to Arlit", NE_SECURITY),
       C("one", 1, "exact", "other", "woman who survived", NE_SECURITY, ctx="one woman"),
       C("Thousands", 1000, "vague", "displaced", "migrants crossing Niger each year",
         cat_alt=["other"])]),

    P("d23_006",
      "NECOCLÍ, Colombia — Some 10,000 migrants, most of them Haitians, are stranded in this "
      "Caribbean town waiting for boats to take them toward the Panamanian border, the town's "
      "mayor, Jorge Tobón, said on Tuesday. Only around 500 places are available on the ferries "
      "each day, he said, so the queue is growing faster than it shrinks. The Ombudsman's Office "
      "said it had counted 19,000 people passing through the town in July alone, compared with "
      "2,600 in the same month last year. The town of 70,000 residents has declared a public "
      "calamity; its single hospital has 40 beds.",
      [C("Some 10,000", 10000, "about", "displaced", "migrants stranded in Necoclí", TOBON,
         cat_alt=["other"], attr_alt=["the town's mayor"]),
       C("around 500", 500, "about", "other", "ferry places a day", TOBON, optional=True,
         attr_alt=["he"]),
       C("19,000", 19000, "exact", "displaced", "migrants passing through in July", OMBUDSMAN,
         cat_alt=["other"]),
       C("2,600", 2600, "exact", "displaced", "migrants passing through a year earlier",
         OMBUDSMAN, cat_alt=["other"]),
       C("70,000", 70000, "exact", "population", "residents of Necoclí"),
       C("40", 40, "exact", "other", "hospital beds", optional=True,
         cat_alt=["infrastructure"])]),

    P("d23_007",
      "Geneva, 6 January 2017 – A total of 5,079 migrants and refugees died or went missing in "
      "the Mediterranean in 2016, the deadliest year on record, IOM's Missing Migrants Project "
      "reported today. That compares with 3,777 in 2015. Arrivals by sea to Europe fell to "
      "363,348, down from more than 1 million the year before, IOM said. Italy received 181,436 "
      "of them and Greece 173,447. \"For every 88 people who attempted the crossing on the "
      "central Mediterranean route, one died,\" said IOM spokesperson Joel Millman.",
      [C("5,079", 5079, "exact", "killed", "migrants dead or missing in the Mediterranean in "
         "2016", MMP, cat_alt=["missing"]),
       C("3,777", 3777, "exact", "killed", "migrants dead or missing in 2015", MMP,
         cat_alt=["missing"], attr_alt=[None]),
       C("363,348", 363348, "exact", "displaced", "sea arrivals in Europe in 2016", "IOM",
         cat_alt=["other"]),
       C("more than 1 million", 1_000_000, "more_than", "displaced", "sea arrivals in 2015",
         "IOM", cat_alt=["other"]),
       C("181,436", 181436, "exact", "displaced", "arrivals in Italy", "IOM",
         cat_alt=["other"], attr_alt=[None]),
       C("173,447", 173447, "exact", "displaced", "arrivals in Greece", "IOM",
         cat_alt=["other"], attr_alt=[None]),
       C("88", 88, "exact", "other", "people attempting the crossing per death",
         "IOM spokesperson Joel Millman", optional=True),
       C("one", 1, "exact", "killed", "death per 88 crossings", "IOM spokesperson Joel Millman",
         optional=True, ctx="one died")],
      published="2017-01-06"),

    P("d23_008",
      "Chattogram, Dec 4 (UNB) – A first group of 1,642 Rohingya refugees left Chattogram for "
      "Bhasan Char on Friday aboard seven navy ships, officials said. The island in the Bay of "
      "Bengal has housing built for 100,000 people, said Commodore Abdullah Al Mamun Chowdhury, "
      "who oversees the project. Rights groups said some of those relocated had been pressured "
      "into going, a charge the government denies. Bangladesh is sheltering more than 1.1 "
      "million Rohingya, most of whom fled a military crackdown in Myanmar's Rakhine State in "
      "August 2017, according to the Refugee Relief and Repatriation Commissioner's office.",
      [C("1,642", 1642, "exact", "displaced", "Rohingya refugees relocated to Bhasan Char",
         "officials"),
       C("seven", 7, "exact", "other", "navy ships", "officials", optional=True,
         cat_alt=["munitions"]),
       C("100,000", 100000, "exact", "other", "housing capacity on Bhasan Char",
         "Commodore Abdullah Al Mamun Chowdhury", optional=True,
         cat_alt=["infrastructure", "population"]),
       C("more than 1.1 million", 1_100_000, "more_than", "displaced",
         "Rohingya sheltering in Bangladesh", RRRC)]),

    P("d23_009",
      "QUITO, Aug 9, 2018 (AFP) - Ecuador declared a state of emergency in three northern "
      "provinces on Thursday to cope with the arrival of more than 4,000 Venezuelans a day at "
      "its border with Colombia. The foreign ministry said 547,000 Venezuelans had entered "
      "Ecuador so far this year, though only about 20 percent were thought to have stayed; the "
      "rest were heading south to Peru, Chile and Argentina. At the Rumichaca bridge, some "
      "families had waited for more than 24 hours to have their papers checked. The UN refugee "
      "agency says 2.3 million Venezuelans have left their country since 2014, fleeing "
      "hyperinflation and shortages of food and medicine.",
      [C("three", 3, "exact", "other", "provinces under emergency", optional=True),
       C("more than 4,000", 4000, "more_than", "displaced", "Venezuelans arriving each day",
         cat_alt=["other"]),
       C("547,000", 547000, "exact", "displaced", "Venezuelans who entered Ecuador this year",
         EC_FM, cat_alt=["other"]),
       C("about 20 percent", 20, "about", "other", "share who stayed", EC_FM, optional=True),
       C("2.3 million", 2_300_000, "exact", "displaced", "Venezuelans who have left since 2014",
         UNHCR_AGENCY)],
      published="2018-08-09"),

    P("d23_010",
      "Press release 12 June 2025\n"
      "GENEVA – The number of people forced to flee war, violence and persecution worldwide "
      "stood at 122.1 million at the end of April 2025, up from 120 million a year earlier, "
      "UNHCR's annual Global Trends report found. Sudan, where the war has uprooted 14.3 "
      "million people, is now the largest displacement crisis in the world, followed by Syria "
      "with 13.5 million and Afghanistan with 10.3 million. Nearly two million Syrians have "
      "returned home since the fall of Bashar al-Assad's government in December, the report "
      "said. \"We are living in a time of intense volatility in international relations,\" said "
      "UN High Commissioner for Refugees Filippo Grandi. Funding for the agency is back at the "
      "levels of a decade ago.",
      [C("122.1 million", 122_100_000, "exact", "displaced", "people forcibly displaced "
         "worldwide", GT_REPORT),
       C("120 million", 120_000_000, "exact", "displaced", "people forcibly displaced a year "
         "earlier", GT_REPORT),
       C("14.3 million", 14_300_000, "exact", "displaced", "people uprooted in Sudan",
         GT_REPORT, attr_alt=[None]),
       C("13.5 million", 13_500_000, "exact", "displaced", "Syrians displaced", GT_REPORT,
         attr_alt=[None]),
       C("10.3 million", 10_300_000, "exact", "displaced", "Afghans displaced", GT_REPORT,
         attr_alt=[None]),
       C("Nearly two million", 2_000_000, "about", "displaced", "Syrian returnees",
         "the report", attr_alt=[GT_REPORT])],
      published="2025-06-12"),

    # --- Famine and food crises -------------------------------------------------------------------
    P("d23_011",
      "Somalia famine 'killed 260,000 people'\n"
      "Published 2 May 2013\n"
      "Nearly 260,000 people died during the famine that struck Somalia between 2010 and 2012, "
      "half of them children under the age of five, a report by the UN's Food and Agriculture "
      "Organization and the US-funded Famine Early Warning Systems Network says. The figure is "
      "far higher than the tens of thousands estimated at the time. Some 4.6% of the total "
      "population and 10% of children under five died in southern and central Somalia, the "
      "report found. The UN declared a famine in July 2011, but aid agencies had warned of the "
      "crisis for months. \"The suffering was immense,\" said Philippe Lazzarini, the UN's "
      "humanitarian co-ordinator for Somalia.",
      [C("260,000", 260000, "exact", "killed", "people in the Somalia famine",
         ctx="killed 260,000"),
       C("Nearly 260,000", 260000, "about", "killed", "people in the Somalia famine",
         SO_REPORT),
       C("tens of thousands", 10000, "vague", "killed", "deaths estimated at the time"),
       C("Some 4.6%", 4.6, "about", "other", "share of the population who died", "the report",
         optional=True),
       C("10%", 10, "exact", "other", "share of children under five who died", "the report",
         optional=True)],
      published="2013-05-02"),

    P("d23_012",
      "JUBA, 20 February 2017 – War and a collapsing economy have left some 100,000 people "
      "facing starvation in parts of South Sudan where famine was declared today, three UN "
      "agencies said. A further 1 million people are classified as being on the brink of "
      "famine, according to the Food and Agriculture Organization (FAO), UNICEF and the World "
      "Food Programme (WFP). In total, 4.9 million people – more than 40 percent of the "
      "population – need urgent food, agriculture and nutrition assistance, the agencies said, "
      "a number expected to rise to 5.5 million at the height of the lean season in July. "
      "UNICEF estimates that more than 1 million children are acutely malnourished across the "
      "country, including almost 250,000 severely so.",
      [C("some 100,000", 100000, "about", "other", "people facing starvation", SS_AGENCIES,
         cat_alt=["population"]),
       C("three", 3, "exact", "other", "UN agencies", optional=True),
       C("1 million", 1_000_000, "exact", "other", "people on the brink of famine", SS_NAMED,
         cat_alt=["population"], attr_alt=[SS_AGENCIES], ctx="A further 1 million"),
       C("4.9 million", 4_900_000, "exact", "other", "people needing food assistance",
         "the agencies", cat_alt=["population"], attr_alt=[SS_AGENCIES]),
       C("more than 40 percent", 40, "more_than", "other", "share of the population",
         "the agencies", optional=True),
       C("5.5 million", 5_500_000, "exact", "other", "people expected to need assistance",
         "the agencies", cat_alt=["population"], attr_alt=[SS_AGENCIES]),
       C("more than 1 million", 1_000_000, "more_than", "other", "acutely malnourished "
         "children", "UNICEF", cat_alt=["injured"]),
       C("almost 250,000", 250000, "about", "other", "severely malnourished children",
         "UNICEF", cat_alt=["injured"])],
      published="2017-02-20"),

    P("d23_013",
      "DAKAR, May 29 (Reuters) - More than 18 million people across West Africa's Sahel region "
      "face food shortages this year after drought and poor harvests, and about 1 million "
      "children under five are at risk of severe acute malnutrition, the United Nations said on "
      "Tuesday. In Niger alone, 6 million people are short of food, said David Gressly, the "
      "U.N. regional humanitarian coordinator. Fighting in northern Mali has compounded the "
      "crisis, driving more than 300,000 people from their homes, 160,000 of them into Niger, "
      "Burkina Faso and Mauritania. Aid agencies say they have received less than half of the "
      "$1.6 billion they need.",
      [C("More than 18 million", 18_000_000, "more_than", "other", "people facing food "
         "shortages in the Sahel", "the United Nations", cat_alt=["population"]),
       C("about 1 million", 1_000_000, "about", "other", "children at risk of severe acute "
         "malnutrition", "the United Nations", cat_alt=["injured"]),
       C("6 million", 6_000_000, "exact", "other", "people short of food in Niger", GRESSLY,
         cat_alt=["population"]),
       C("more than 300,000", 300000, "more_than", "displaced", "people driven from their homes "
         "in Mali", None, attr_alt=[GRESSLY]),
       C("160,000", 160000, "exact", "displaced", "Malians who fled abroad", None,
         attr_alt=[GRESSLY])]),

    P("d23_014",
      "MARADI, Niger (AFP) - Medecins Sans Frontieres said Tuesday its feeding centres in "
      "southern Niger were admitting more than 1,000 severely malnourished children a week, as "
      "the first large shipments of UN food aid reached the country. The World Food Programme "
      "said it had flown in 44 tonnes of high-energy biscuits and that trucks carrying 3,000 "
      "tonnes of cereals were on their way from Benin and Nigeria. Some 3.6 million of Niger's "
      "12 million people face food shortages after locusts and drought destroyed last year's "
      "harvest, according to the UN. President Mamadou Tandja has denied that his country is in "
      "the grip of a famine.",
      [C("more than 1,000", 1000, "more_than", "other", "malnourished children admitted each "
         "week", MSF_NE, cat_alt=["injured"]),
       C("44", 44, "exact", "aid", "tonnes of high-energy biscuits", WFP_NE),
       C("3,000", 3000, "exact", "aid", "tonnes of cereals on the way", WFP_NE),
       C("Some 3.6 million", 3_600_000, "about", "other", "people facing food shortages",
         "the UN", cat_alt=["population"]),
       C("12 million", 12_000_000, "exact", "population", "people in Niger", "the UN",
         attr_alt=[None])]),

    P("d23_015",
      "Rome/Kabul, 25 October 2021 – More than half of Afghanistan's population – a record 22.8 "
      "million people – will face acute food insecurity from November, a new Integrated Food "
      "Security Phase Classification (IPC) analysis shows. That is up from 14 million two "
      "months ago. Among them, 8.7 million people are expected to be in emergency conditions, "
      "one step from famine. \"Afghanistan is now among the world's worst humanitarian crises – "
      "if not the worst – and food security has all but collapsed,\" said WFP Executive "
      "Director David Beasley. WFP says it aims to reach almost 23 million people in 2022 and "
      "needs US$220 million a month to do so.",
      [C("22.8 million", 22_800_000, "exact", "other", "people facing acute food insecurity",
         IPC_AF, cat_alt=["population"]),
       C("14 million", 14_000_000, "exact", "other", "people facing acute food insecurity two "
         "months earlier", IPC_AF, cat_alt=["population"], attr_alt=[None]),
       C("8.7 million", 8_700_000, "exact", "other", "people in emergency conditions", IPC_AF,
         cat_alt=["population"], attr_alt=[None]),
       C("almost 23 million", 23_000_000, "about", "other", "people WFP aims to reach", "WFP",
         cat_alt=["aid"])],
      published="2021-10-25"),

    P("d23_016",
      "PORT-AU-PRINCE, Oct 14 (Reuters) - Some 19,000 people in Haiti's Cite Soleil neighborhood "
      "are experiencing catastrophic hunger, the first time famine-like conditions have been "
      "recorded in the country, a U.N.-backed assessment said on Friday. Across Haiti, a record "
      "4.7 million people, nearly half the population, face acute hunger, the Integrated Food "
      "Security Phase Classification said. Gangs have blocked the Varreux fuel terminal for "
      "more than a month, and a cholera outbreak has claimed at least 33 lives since Oct. 2, "
      "according to the health ministry. Jean-Martin Bauer, WFP's country director, told "
      "Reuters that the agency had reached around 200,000 people in Cite Soleil with hot meals "
      "since July.",
      [C("Some 19,000", 19000, "about", "other", "people in catastrophic hunger in Cite Soleil",
         HT_ASSESS, cat_alt=["population"]),
       C("4.7 million", 4_700_000, "exact", "other", "people facing acute hunger in Haiti",
         HT_IPC, cat_alt=["population"], attr_alt=[HT_ASSESS]),
       C("at least 33", 33, "at_least", "killed", "cholera deaths", "the health ministry"),
       C("around 200,000", 200000, "about", "other", "people reached with hot meals", BAUER,
         cat_alt=["aid"])]),

    # --- Heatwaves --------------------------------------------------------------------------------
    P("d23_017",
      "France's heatwave death toll put at 14,802\n"
      "Thu 25 Sep 2003 19.02 BST\n"
      "The heatwave that gripped France in the first two weeks of August killed 14,802 people, "
      "most of them elderly, according to a study by the national medical research institute "
      "Inserm published today. The figure is higher than the 11,435 deaths announced by the "
      "health ministry at the end of August, and far above the government's first estimate of "
      "3,000. Temperatures in Paris stayed above 35C for nine days in a row and did not fall "
      "below 25C at night. Almost 60% of the victims died in hospitals or retirement homes. The "
      "health minister, Jean-François Mattei, has admitted that the system failed to react "
      "quickly enough.",
      [C("14,802", 14802, "exact", "killed", "heatwave deaths in France",
         ctx="put at 14,802"),
       C("14,802", 14802, "exact", "killed", "heatwave deaths in France", INSERM,
         attr_alt=["Inserm"], ctx="killed 14,802"),
       C("11,435", 11435, "exact", "killed", "deaths announced by the health ministry",
         "the health ministry"),
       C("3,000", 3000, "exact", "killed", "government's first estimate of deaths",
         "the government's first estimate", attr_alt=["the government"]),
       C("Almost 60%", 60, "about", "other", "share who died in hospitals or homes",
         optional=True)],
      published="2003-09-25"),

    P("d23_018",
      "CHICAGO (AP) — The Cook County medical examiner's office said Tuesday that 436 deaths "
      "have now been blamed on the heat wave that baked Chicago last week, and the count is "
      "still rising. Bodies have arrived so fast that the morgue has brought in nine "
      "refrigerated trucks to hold them, said Dr. Edmund Donoghue, the county's chief medical "
      "examiner. Temperatures reached 106 degrees at Midway Airport on Thursday, and the heat "
      "index topped 119. At least 3,300 people were treated in emergency rooms for heat-related "
      "illness, the city's health department said. Mayor Richard M. Daley has questioned "
      "whether all of the deaths were caused by the heat.",
      [C("436", 436, "exact", "killed", "heat deaths in Chicago", CCME),
       C("nine", 9, "exact", "other", "refrigerated trucks at the morgue", DONOGHUE,
         optional=True),
       C("At least 3,300", 3300, "at_least", "other", "people treated for heat-related illness",
         CHI_HEALTH, cat_alt=["injured"])]),

    P("d23_019",
      "MOSCOW, Aug 9 (Reuters) - The death rate in Moscow has doubled to about 700 people a day "
      "as smoke from wildfires and a record heatwave choke the Russian capital, the city's health "
      "chief Andrei Seltsovsky said on Monday. Moscow's morgues are filled to 1,300 of their "
      "1,500 places, he told a news conference. Nationwide, the Emergencies Ministry said 557 "
      "wildfires were burning over some 174,000 hectares, and that 52 people had been killed by "
      "the fires since late July. Temperatures in Moscow have topped 35 degrees Celsius for more "
      "than two weeks, and the smog has cut visibility to a few hundred metres.",
      [C("about 700", 700, "about", "killed", "deaths a day in Moscow", SELTSOVSKY),
       C("1,300", 1300, "exact", "killed", "bodies in Moscow's morgues", SELTSOVSKY,
         cat_alt=["other"], attr_alt=["he"]),
       C("1,500", 1500, "exact", "other", "morgue places", SELTSOVSKY, optional=True,
         attr_alt=["he"]),
       C("557", 557, "exact", "other", "wildfires burning", RU_EMERCOM),
       C("some 174,000", 174000, "about", "other", "hectares burning", RU_EMERCOM,
         optional=True),
       C("52", 52, "exact", "killed", "people killed by wildfires", RU_EMERCOM)]),

    P("d23_020",
      "TNN | Updated: May 28, 2015, 04:12 IST\n"
      "HYDERABAD: The toll in the heat wave sweeping Andhra Pradesh and Telangana crossed 1,400 "
      "on Wednesday, with Andhra Pradesh alone reporting 1,020 deaths since May 18, according to "
      "the State disaster management department. Telangana officials put their toll at 340. "
      "Prakasam district, where the mercury touched 47 degrees Celsius, accounted for 217 of the "
      "deaths in Andhra Pradesh. Most of the victims were labourers, beggars and elderly people, "
      "officials said. The India Meteorological Department has forecast that the heat will "
      "persist for at least two more days.",
      [C("1,400", 1400, "more_than", "killed", "heat deaths in Andhra Pradesh and Telangana",
         AP_SDMD),
       C("1,020", 1020, "exact", "killed", "heat deaths in Andhra Pradesh", AP_SDMD),
       C("340", 340, "exact", "killed", "heat deaths in Telangana", "Telangana officials"),
       C("217", 217, "exact", "killed", "heat deaths in Prakasam district", AP_SDMD,
         attr_alt=[None])],
      published="2015-05-28"),

    # --- Dams, pipelines, gas leaks, explosions, collapses ---------------------------------------
    P("d23_021",
      "GULISTAN, Uzbekistan, May 2 (Reuters) - Uzbek authorities have evacuated more than "
      "70,000 people after a newly built reservoir dam collapsed in the Syrdarya region on "
      "Friday, flooding villages and farmland, the Emergencies Ministry said. Four people have "
      "died and 56 others, including six children, were taken to hospital, the ministry said on "
      "Saturday. Floodwater spilled across the border into Kazakhstan, where officials said more "
      "than 31,000 people had been moved from four villages in the Turkestan region. The "
      "Sardoba dam, completed in 2017, holds some 922 million cubic metres of water. President "
      "Shavkat Mirziyoyev has ordered an investigation.",
      [C("more than 70,000", 70000, "more_than", "displaced", "people evacuated in Uzbekistan",
         UZ_MES),
       C("Four", 4, "exact", "killed", "people in the Sardoba dam collapse", "the ministry",
         attr_alt=[UZ_MES]),
       C("56", 56, "exact", "injured", "people taken to hospital", "the ministry",
         attr_alt=[UZ_MES]),
       C("six", 6, "exact", "injured", "children taken to hospital", "the ministry",
         attr_alt=[UZ_MES]),
       C("more than 31,000", 31000, "more_than", "displaced", "people moved in Kazakhstan",
         KZ_OFFICIALS),
       C("four", 4, "exact", "other", "villages evacuated", KZ_OFFICIALS, optional=True,
         cat_alt=["infrastructure"]),
       C("some 922 million", 922_000_000, "about", "other", "cubic metres of water",
         optional=True)]),

    P("d23_022",
      "MARIANA, Brazil, Nov 7 (Reuters) - Rescuers searched through a sea of mud on Saturday for "
      "28 people still missing after a dam holding mining waste burst at an iron ore mine in "
      "southeastern Brazil, burying the village of Bento Rodrigues. Two people have been "
      "confirmed dead, Minas Gerais state's civil defense said, and about 500 residents of the "
      "village have been taken to hotels in Mariana. Mine operator Samarco, jointly owned by "
      "Vale SA and BHP Billiton, said 13 of the missing were its contract workers. The company "
      "said it did not yet know what caused the Fundão dam to fail, releasing an estimated 60 "
      "million cubic meters of waste.",
      [C("28", 28, "exact", "missing", "people missing after the Mariana dam burst", None,
         attr_alt=[MG_CIVIL]),
       C("Two", 2, "exact", "killed", "people confirmed dead", MG_CIVIL),
       C("about 500", 500, "about", "displaced", "residents of Bento Rodrigues taken to hotels",
         MG_CIVIL, attr_alt=[None]),
       C("13", 13, "exact", "missing", "Samarco contract workers missing", SAMARCO,
         attr_alt=["Samarco"]),
       C("an estimated 60 million", 60_000_000, "about", "other", "cubic meters of waste",
         optional=True, attr_alt=["The company"])]),

    P("d23_023",
      "OROVILLE, Calif. (AP) — Nearly 190,000 people were ordered to evacuate below the nation's "
      "tallest dam on Sunday after an emergency spillway showed signs of imminent failure, the "
      "Butte County Sheriff's Office said. By Monday the water level in Lake Oroville had "
      "dropped by several feet, but Sheriff Kory Honea said the evacuation order remained in "
      "place for the towns of Oroville, Gridley, Live Oak, Marysville and Yuba City. Shelters "
      "at fairgrounds in Chico and elsewhere housed some 3,000 evacuees overnight, the American "
      "Red Cross said. The California National Guard put 23,000 soldiers on alert, and state "
      "officials said two helicopters were dropping rocks into the eroded spillway. The "
      "770-foot dam was completed in 1968.",
      [C("Nearly 190,000", 190000, "about", "displaced", "people ordered to evacuate", BUTTE),
       C("some 3,000", 3000, "about", "displaced", "evacuees in shelters", REDCROSS_US),
       C("23,000", 23000, "exact", "troops", "National Guard soldiers on alert", None,
         attr_alt=["The California National Guard"]),
       C("two", 2, "exact", "other", "helicopters dropping rocks", "state officials",
         optional=True)]),

    P("d23_024",
      "Published on Sunday, January 20, 2019\n"
      "Tlahuelilpan explosion toll rises to 79\n"
      "The number of people killed in Friday's pipeline explosion in Tlahuelilpan, Hidalgo, rose "
      "to 79 on Sunday, Health Secretary Jorge Alcocer said, with another 66 people in hospital, "
      "several of them with burns over 80% of their bodies. Federal Security Secretary Alfonso "
      "Durazo said 85 people were still reported missing by their families. Hundreds of "
      "residents had gathered with buckets and jerrycans to collect gasoline spurting from a tap "
      "illegally drilled into the Tuxpan-Tula pipeline when it caught fire. Pemex said the line "
      "had been punctured 10 times in the previous three months in the municipality alone. "
      "President López Obrador vowed to press on with his crackdown on fuel theft, which he says "
      "cost the country 66 billion pesos in 2018.",
      [C("79", 79, "exact", "killed", "people in the Tlahuelilpan explosion",
         ctx="rises to 79"),
       C("79", 79, "exact", "killed", "people in the Tlahuelilpan explosion", ALCOCER,
         attr_alt=["Health Secretary Jorge Alcocer"], ctx="rose to 79"),
       C("66", 66, "exact", "injured", "people in hospital", ALCOCER,
         attr_alt=["Health Secretary Jorge Alcocer"], ctx="66 people"),
       C("85", 85, "exact", "missing", "people reported missing", DURAZO,
         attr_alt=["Federal Security Secretary Alfonso Durazo"]),
       C("Hundreds", 100, "vague", "other", "residents gathered at the leak"),
       C("10", 10, "exact", "other", "punctures of the pipeline", "Pemex", optional=True)],
      published="2019-01-20"),

    P("d23_025",
      "Updated - May 07, 2020 11:34 pm IST\n"
      "VISAKHAPATNAM: Eleven people, including two children, died after styrene vapour leaked "
      "from a tank at the LG Polymers plant at R.R. Venkatapuram in the early hours of "
      "Thursday, City Police Commissioner R.K. Meena said. Over 300 people were admitted to "
      "King George Hospital and private hospitals, and around 20 of them were on ventilator "
      "support, District Collector V. Vinay Chand said. Police and NDRF teams evacuated residents "
      "of five villages within a 3-km radius, shifting nearly 2,000 people to relief camps. "
      "Chief Minister Y.S. Jagan Mohan Reddy announced an ex gratia of ₹1 crore each to the "
      "families of the deceased.",
      [C("Eleven", 11, "exact", "killed", "people in the gas leak", MEENA),
       C("two", 2, "exact", "killed", "children", MEENA),
       C("Over 300", 300, "more_than", "injured", "people admitted to hospital", VINAY),
       C("around 20", 20, "about", "injured", "patients on ventilator support", VINAY),
       C("five", 5, "exact", "other", "villages evacuated", optional=True,
         cat_alt=["infrastructure"]),
       C("nearly 2,000", 2000, "about", "displaced", "people shifted to relief camps", None,
         attr_alt=["Police and NDRF teams"])],
      published="2020-05-07"),

    P("d23_026",
      "LAGOS, Jan 29, 2002 (AFP) - The toll from Sunday's explosions at the Ikeja military "
      "cantonment and the panic that followed has passed 600, the Lagos State government said "
      "on Tuesday, most of them women and children who drowned in the Oke-Afa canal as they "
      "fled. Army chief Lieutenant General Alexander Ogomudia said more than 200 bodies had been "
      "pulled from the canal alone. Soldiers have recovered about 1,500 unexploded shells and "
      "grenades scattered across the neighbourhoods around the barracks, an army spokesman said. "
      "The Red Cross said it had registered at least 1,000 children separated from their "
      "parents, and some 20,000 people spent Monday night in the open or at the Ikeja police "
      "college. President Olusegun Obasanjo has ordered an inquiry.",
      [C("600", 600, "more_than", "killed", "people in the Ikeja explosions and stampede",
         LAGOS_GOV),
       C("more than 200", 200, "more_than", "killed", "bodies pulled from the canal", OGOMUDIA,
         attr_alt=["Army chief Lieutenant General Alexander Ogomudia"]),
       C("about 1,500", 1500, "about", "munitions", "unexploded shells and grenades recovered",
         "an army spokesman", cat_alt=["other"]),
       C("at least 1,000", 1000, "at_least", "missing", "children separated from their parents",
         "The Red Cross", cat_alt=["other"]),
       C("some 20,000", 20000, "about", "displaced", "people sleeping in the open or at the "
         "police college", "The Red Cross", attr_alt=[None])],
      published="2002-01-29"),

    P("d23_027",
      "LAGOS — The death toll from the collapse of a guesthouse at the Synagogue Church of All "
      "Nations in Ikotun-Egbe has risen to 115, the National Emergency Management Agency (NEMA) "
      "said on Sunday, with 84 of the dead confirmed to be South Africans. NEMA's South-West "
      "zonal coordinator, Ibrahim Farinloye, told our correspondent that 131 people had been "
      "rescued alive from the rubble since the six-storey building came down on September 12. "
      "He said rescue efforts were hampered for two days by church members who blocked "
      "emergency workers from the site. The church, founded by televangelist Temitope Joshua, "
      "has blamed a low-flying aircraft for the collapse, a claim dismissed by the Lagos State "
      "Building Control Agency.",
      [C("115", 115, "exact", "killed", "people in the SCOAN guesthouse collapse", NEMA),
       C("84", 84, "exact", "killed", "South Africans among the dead", NEMA),
       C("131", 131, "exact", "other", "people rescued alive", FARINLOYE,
         attr_alt=["NEMA's South-West zonal coordinator"])]),

    # --- Fires --------------------------------------------------------------------------------------
    P("d23_028",
      "Monday, January 28th 2013 - 07:12 UTC\n"
      "Brazil mourns 231 killed in Santa Maria nightclub fire\n"
      "Brazilian authorities have revised the death toll from Sunday's fire at the Kiss "
      "nightclub in the southern city of Santa Maria to 231, down from the 245 given by police "
      "at the scene. Most of the victims were university students who died of smoke inhalation "
      "or were crushed near the club's single exit. Rio Grande do Sul state health secretary "
      "Ciro Simoni said 116 people remained in hospital, 75 of them on mechanical ventilation. "
      "Witnesses said between 1,000 and 2,000 people were inside when a band member lit a flare "
      "on stage; the club's licensed capacity was 691. President Dilma Rousseff cut short a "
      "summit in Chile and declared three days of mourning.",
      [C("231", 231, "exact", "killed", "people in the Kiss nightclub fire",
         ctx="mourns 231"),
       C("231", 231, "exact", "killed", "people in the Kiss nightclub fire", BR_AUTH,
         ctx="Santa Maria to 231"),
       C("245", 245, "exact", "killed", "earlier toll given by police", "police",
         attr_alt=[BR_AUTH]),
       C("116", 116, "exact", "injured", "people in hospital", SIMONI,
         attr_alt=["Rio Grande do Sul state health secretary Ciro Simoni"]),
       C("75", 75, "exact", "injured", "patients on mechanical ventilation", SIMONI,
         attr_alt=["Rio Grande do Sul state health secretary Ciro Simoni"]),
       C("between 1,000 and 2,000", 1000, "range", "other", "people inside the club",
         "Witnesses", high=2000),
       C("691", 691, "exact", "other", "licensed capacity", optional=True,
         attr_alt=["Witnesses"])],
      published="2013-01-28"),

    P("d23_029",
      "Friday, December 31, 2004\n"
      "Cromañón toll reaches 188 as city mourns\n"
      "The number of people killed in Thursday night's fire at the República Cromañón nightclub "
      "in the Once district rose to 188 yesterday, Buenos Aires city health officials said, and "
      "714 others were being treated in hospitals across the capital. More than 3,000 fans had "
      "packed into the venue, which was licensed for 1,031, to see the rock band Callejeros "
      "when a flare set fire to the ceiling. Most of the dead were teenagers and young adults; "
      "at least 25 of them were under 15, according to the city's Emergency Medical Service "
      "(SAME). Several emergency exits had been chained shut, firefighters told the Herald. "
      "Mayor Aníbal Ibarra decreed three days of mourning and said the city would pay for the "
      "funerals.",
      [C("188", 188, "exact", "killed", "people in the Cromañón fire", ctx="reaches 188"),
       C("188", 188, "exact", "killed", "people in the Cromañón fire", BA_HEALTH,
         ctx="rose to 188"),
       C("714", 714, "exact", "injured", "people treated in hospitals", BA_HEALTH,
         attr_alt=[None]),
       C("More than 3,000", 3000, "more_than", "other", "fans inside the venue"),
       C("1,031", 1031, "exact", "other", "licensed capacity", optional=True),
       C("at least 25", 25, "at_least", "killed", "victims under 15", SAME)],
      published="2004-12-31"),

    P("d23_030",
      "Updated Tue 10 Feb 2009, 6:12pm AEDT\n"
      "Victoria's bushfire toll has risen to 181, and police fear the final toll could be more "
      "than 300 as they search hundreds of burnt-out homes, many of them in the devastated town "
      "of Kinglake. Police Commissioner Christine Nixon said 750 homes had been destroyed, and "
      "that about 5,000 people had been left homeless. More than 3,700 firefighters are still "
      "battling 31 fires across the state, the Country Fire Authority says. Prime Minister Kevin "
      "Rudd has announced a $10 million relief fund. Temperatures on Saturday reached 46.4 "
      "degrees in Melbourne, the hottest day on record.",
      [C("181", 181, "exact", "killed", "people in Victoria's bushfires", None,
         attr_alt=["police"]),
       C("more than 300", 300, "more_than", "killed", "feared final toll", "police"),
       C("hundreds", 100, "vague", "infrastructure", "burnt-out homes searched", None,
         attr_alt=["police"]),
       C("750", 750, "exact", "infrastructure", "homes destroyed", NIXON,
         attr_alt=["Police Commissioner Christine Nixon"]),
       C("about 5,000", 5000, "about", "displaced", "people left homeless", NIXON,
         attr_alt=["Police Commissioner Christine Nixon"]),
       C("More than 3,700", 3700, "more_than", "troops", "firefighters battling the fires", CFA,
         cat_alt=["other"]),
       C("31", 31, "exact", "other", "fires burning", CFA)],
      published="2009-02-10"),

    # --- Ships, trains and planes -------------------------------------------------------------------
    P("d23_031",
      "GROSSETO (ANSA) - The number of people unaccounted for after the wreck of the Costa "
      "Concordia fell to 24 on Wednesday from 29, civil protection chief Franco Gabrielli said, "
      "after several passengers listed as missing were traced to their homes. Divers have so far "
      "recovered 11 bodies from the 114,500-tonne cruise liner, which is lying on its side off "
      "the island of Giglio. The ship was carrying 4,229 people, among them 3,216 passengers "
      "from more than 60 countries and 1,013 crew, when it struck rocks on Friday night. Its "
      "captain, Francesco Schettino, 52, remains under house arrest at his home near Naples.",
      [C("24", 24, "exact", "missing", "people unaccounted for", GABRIELLI,
         attr_alt=["Franco Gabrielli"]),
       C("29", 29, "exact", "missing", "earlier count of unaccounted for", GABRIELLI,
         attr_alt=["Franco Gabrielli"]),
       C("11", 11, "exact", "killed", "bodies recovered", GABRIELLI,
         attr_alt=["Franco Gabrielli", None]),
       C("4,229", 4229, "exact", "other", "people on board"),
       C("3,216", 3216, "exact", "other", "passengers on board"),
       C("more than 60", 60, "more_than", "other", "countries of the passengers",
         optional=True),
       C("1,013", 1013, "exact", "other", "crew on board")]),

    P("d23_032",
      "ROME, May 12, 2017 (Reuters) - Italy's highest court on Friday upheld a 16-year prison "
      "sentence for Francesco Schettino, the captain of the Costa Concordia cruise ship that "
      "capsized off the Tuscan island of Giglio in January 2012. The Court of Cassation rejected "
      "an appeal by Schettino, 56, who was convicted of multiple manslaughter in 2015 and of "
      "abandoning ship before the evacuation was complete. The 290-metre vessel, which weighed "
      "114,500 tonnes, was refloated in July 2014 and towed to Genoa to be scrapped, in a "
      "salvage operation that cost more than 1.5 billion euros. Schettino handed himself in at "
      "Rome's Rebibbia prison late on Friday, hours after the ruling.",
      [],
      published="2017-05-12"),

    P("d23_033",
      "JIANLI, Hubei, June 5 (Xinhua) -- Rescuers have recovered 97 bodies from the capsized "
      "cruise ship Eastern Star on the Yangtze River, with 345 people still missing, the rescue "
      "headquarters said Friday. Only 14 of the 456 people on board have been found alive since "
      "the ship overturned in a freak storm late Monday night. Among those on board were 405 "
      "passengers, 46 crew members and five travel agency employees, most of the passengers "
      "elderly tourists on a trip from Nanjing to Chongqing. More than 3,000 soldiers, armed "
      "police and firefighters have been deployed to the site, where the hull was righted on "
      "Friday morning.",
      [C("97", 97, "exact", "killed", "bodies recovered from the Eastern Star", RESCUE_HQ),
       C("345", 345, "exact", "missing", "people still missing", RESCUE_HQ),
       C("14", 14, "exact", "other", "survivors found alive", RESCUE_HQ, attr_alt=[None]),
       C("456", 456, "exact", "other", "people on board", RESCUE_HQ, attr_alt=[None]),
       C("405", 405, "exact", "other", "passengers", RESCUE_HQ, attr_alt=[None]),
       C("46", 46, "exact", "other", "crew members", RESCUE_HQ, attr_alt=[None]),
       C("five", 5, "exact", "other", "travel agency employees", RESCUE_HQ, attr_alt=[None]),
       C("More than 3,000", 3000, "more_than", "troops", "soldiers, armed police and "
         "firefighters deployed")]),

    P("d23_034",
      "Philippine Daily Inquirer / 02:14 AM June 24, 2008\n"
      "MANILA, Philippines—Only 32 of the more than 800 people aboard the MV Princess of the "
      "Stars have been found alive, the Philippine Coast Guard said on Monday, two days after "
      "the Sulpicio Lines ferry capsized off Sibuyan Island at the height of Typhoon Frank "
      "(international name: Fengshen). Coast Guard spokesman Lt. Cmdr. Armand Balilo said "
      "divers had seen dozens of bodies trapped inside the hull but could not get in because of "
      "rough seas. The ship's manifest listed 751 passengers and 111 crew. Elsewhere, the "
      "National Disaster Coordinating Council said the typhoon had killed 163 people and left "
      "83 missing, while 27,000 families were staying in evacuation centers.",
      [C("32", 32, "exact", "other", "survivors found alive", PCG),
       C("more than 800", 800, "more_than", "other", "people aboard the ferry", PCG),
       C("dozens", 12, "vague", "killed", "bodies seen inside the hull", BALILO),
       C("751", 751, "exact", "other", "passengers listed", MANIFEST),
       C("111", 111, "exact", "other", "crew listed", MANIFEST),
       C("163", 163, "exact", "killed", "people killed by the typhoon", NDCC),
       C("83", 83, "exact", "missing", "people missing after the typhoon", NDCC),
       C("27,000", 27000, "exact", "displaced", "families in evacuation centers", NDCC)],
      published="2008-06-24"),

    P("d23_035",
      "Spanish train crash: driver was going at 190km/h on bend, say investigators\n"
      "Thu 25 Jul 2013 17.35 BST\n"
      "At least 80 people were killed and more than 140 injured when a train travelling at "
      "twice the speed limit derailed on a bend outside Santiago de Compostela on Wednesday "
      "night, officials in Galicia said. The regional government said 94 people were still in "
      "hospital on Thursday afternoon, 35 of them in a critical condition, including four "
      "children. The train was carrying 218 passengers and four crew, according to the "
      "operator, Renfe. The driver, 52-year-old Francisco José Garzón Amo, was under police "
      "guard in hospital. Spain's prime minister, Mariano Rajoy, who was born in Santiago, "
      "declared three days of national mourning.",
      [C("At least 80", 80, "at_least", "killed", "people in the Santiago derailment", GALICIA),
       C("more than 140", 140, "more_than", "injured", "people injured", GALICIA),
       C("94", 94, "exact", "injured", "people still in hospital", XUNTA),
       C("35", 35, "exact", "injured", "patients in critical condition", XUNTA),
       C("four", 4, "exact", "injured", "children in critical condition", XUNTA,
         ctx="four children"),
       C("218", 218, "exact", "other", "passengers on board", "Renfe",
         attr_alt=["the operator"]),
       C("four", 4, "exact", "other", "crew on board", "Renfe", attr_alt=["the operator"],
         ctx="four crew")],
      published="2013-07-25"),

    P("d23_036",
      "ESCHEDE, Germany (AP) — Rescue workers pulled more bodies Thursday from the twisted "
      "wreckage of a high-speed ICE train that derailed and slammed into a road bridge, raising "
      "the death toll to 96, police said. Police spokesman Wolfgang Kötter said 87 people were "
      "injured, 27 of them seriously, and that six people were still missing. The ICE 884 "
      "\"Wilhelm Conrad Röntgen\" was traveling from Munich to Hamburg at about 125 mph with "
      "nearly 300 passengers aboard when a wheel rim apparently broke. About 1,000 rescuers, "
      "soldiers and doctors worked through the night under floodlights. It was the worst rail "
      "disaster in postwar German history.",
      [C("96", 96, "exact", "killed", "people in the Eschede derailment", "police"),
       C("87", 87, "exact", "injured", "people injured", KOETTER,
         attr_alt=["Wolfgang Kötter"]),
       C("27", 27, "exact", "injured", "people seriously injured", KOETTER,
         attr_alt=["Wolfgang Kötter"]),
       C("six", 6, "exact", "missing", "people still missing", KOETTER,
         attr_alt=["Wolfgang Kötter"]),
       C("nearly 300", 300, "about", "other", "passengers aboard"),
       C("About 1,000", 1000, "about", "troops", "rescuers, soldiers and doctors at work",
         cat_alt=["other"])]),

    P("d23_037",
      "11:02 A Germanwings Airbus A320 flying from Barcelona to Düsseldorf has crashed in the "
      "French Alps near Barcelonnette, French officials say.\n"
      "11:40 French President François Hollande says there were 148 people on board and that "
      "no-one is likely to have survived. Germanwings later puts the number at 144 passengers "
      "and six crew.\n"
      "12:25 Spain's deputy prime minister, Soraya Sáenz de Santamaría, says 45 of the "
      "passengers had Spanish surnames.\n"
      "13:10 The mayor of Haltern am See in western Germany says 16 pupils and two teachers from "
      "the town's Joseph-König-Gymnasium were on flight 4U 9525, returning from an exchange "
      "trip.\n"
      "13:55 Search helicopters have reached the crash site, at an altitude of about 2,000 "
      "metres. Lufthansa chief executive Carsten Spohr calls it \"a dark day\" for the company.",
      [C("148", 148, "exact", "other", "people on board", HOLLANDE, cat_alt=["killed"]),
       C("144", 144, "exact", "other", "passengers", "Germanwings", cat_alt=["killed"]),
       C("six", 6, "exact", "other", "crew", "Germanwings", cat_alt=["killed"]),
       C("45", 45, "exact", "other", "passengers with Spanish surnames", SANTAMARIA,
         cat_alt=["killed"]),
       C("16", 16, "exact", "other", "pupils on the flight", HALTERN, cat_alt=["killed"]),
       C("two", 2, "exact", "other", "teachers on the flight", HALTERN, cat_alt=["killed"])]),

    P("d23_038",
      "Updated: October 20, 2018 11:24 PM IST\n"
      "AMRITSAR: The death toll in Friday evening's Joda Phatak tragedy, where a speeding DMU "
      "train mowed down people watching a Ravana effigy burn on the tracks, was revised to 59 "
      "from 61 on Saturday after officials found that two bodies had been counted twice. "
      "Amritsar Deputy Commissioner Kamaldeep Singh Sangha said 57 people were still being "
      "treated in hospitals, and that 38 of the bodies had been identified. Witnesses said "
      "around 300 people were standing on the tracks when the train, running at about 90 km/h, "
      "passed without slowing down. Northern Railway said the driver had been given a green "
      "signal and that fewer than 20 railway personnel were posted along that section. Punjab "
      "Chief Minister Amarinder Singh announced an ex gratia of Rs 5 lakh for each of the "
      "victims' families.",
      [C("59", 59, "exact", "killed", "people in the Amritsar train accident", "officials",
         attr_alt=[None]),
       C("61", 61, "exact", "killed", "earlier toll", "officials", attr_alt=[None]),
       C("two", 2, "exact", "killed", "bodies counted twice", "officials", optional=True,
         cat_alt=["other"]),
       C("57", 57, "exact", "injured", "people being treated", SANGHA,
         attr_alt=["Amritsar Deputy Commissioner Kamaldeep Singh Sangha"]),
       C("38", 38, "exact", "killed", "bodies identified", SANGHA, optional=True,
         cat_alt=["other"], attr_alt=["Amritsar Deputy Commissioner Kamaldeep Singh Sangha"]),
       C("around 300", 300, "about", "other", "people on the tracks", "Witnesses"),
       C("fewer than 20", 20, "fewer_than", "troops", "railway personnel posted",
         "Northern Railway", cat_alt=["other"])],
      published="2018-10-20"),

    # --- Stampedes ----------------------------------------------------------------------------------
    P("d23_039",
      "Updated: Sep 29, 2017, 11:45 PM IST\n"
      "MUMBAI: At least 22 people were killed and 39 injured in a stampede on a narrow foot "
      "overbridge linking Elphinstone Road and Parel suburban stations during the Friday morning "
      "rush hour, railway officials said. Witnesses said hundreds of commuters had crowded onto "
      "the 1.5-metre-wide bridge to shelter from heavy rain when someone shouted that it was "
      "collapsing. Of the injured, 30 were admitted to KEM Hospital, where doctors said three "
      "were critical. Railway Minister Piyush Goyal ordered an inquiry, to report within 15 "
      "days, and announced ₹5 lakh for the family of each victim. Commuter groups said they had "
      "repeatedly written to the railways about overcrowding on the bridge.",
      [C("At least 22", 22, "at_least", "killed", "people in the Elphinstone Road stampede",
         RAIL_OFFICIALS),
       C("39", 39, "exact", "injured", "people injured", RAIL_OFFICIALS),
       C("hundreds", 100, "vague", "other", "commuters on the bridge", "Witnesses"),
       C("30", 30, "exact", "injured", "injured admitted to KEM Hospital", RAIL_OFFICIALS,
         attr_alt=[None]),
       C("three", 3, "exact", "injured", "critical patients", "doctors")],
      published="2017-09-29"),

    P("d23_040",
      "PHNOM PENH, Nov 23, 2010 (AFP) - Cambodia revised the death toll from a stampede on a "
      "crowded bridge during the capital's annual water festival to 347 on Tuesday, down from "
      "456, saying some victims had been counted twice. Prime Minister Hun Sen called it the "
      "country's biggest tragedy since the Khmer Rouge regime of the 1970s. Another 395 people "
      "were injured, government spokesman Khieu Kanharith told AFP. As many as 2 million "
      "revellers had poured into Phnom Penh for the three-day festival, and thousands were "
      "packed onto the narrow bridge to Koh Pich island when panic broke out late Monday. Most "
      "of the dead were women, health officials said.",
      [C("347", 347, "exact", "killed", "people in the Koh Pich stampede", "Cambodia"),
       C("456", 456, "exact", "killed", "earlier toll", "Cambodia"),
       C("395", 395, "exact", "injured", "people injured", KANHARITH,
         attr_alt=["government spokesman Khieu Kanharith"]),
       C("As many as 2 million", 2_000_000, "at_most", "other", "revellers in Phnom Penh"),
       C("thousands", 1000, "vague", "other", "people packed onto the bridge")],
      published="2010-11-23"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d23_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "devset9", "devset10", "devset11",
                                                   "devset12", "devset13", "devset14",
                                                   "devset15", "devset16", "devset17",
                                                   "devset18", "devset19", "devset20",
                                                   "devset21", "devset22", "holdout",
                                                   "holdout2", "holdout3")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
