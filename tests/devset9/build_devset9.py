"""Source of the ninth development set: writes ``passages.jsonl`` next to it.

Forty short passages (2-6 sentences; an "Updated:" line, a "Published" line and Reuters
datelines among them), written for this set in the style of AP, Reuters, the Guardian, the New
York Times, El País in English, ABC Australia and local television sites, and of reports by war
monitors and UN bodies (ACLED, Airwars, the UN human rights office, the Syrian Observatory, the
Uppsala Conflict Data Program) quoted by newspapers (none copied from an article), on events
not used in the earlier development sets or ``tests/holdout2``, annotated by hand and blind by
the project's gold conventions (``gold/README.md`` of the shared folder) and the decisions
recorded in the READMEs of ``tests/devset2`` to ``tests/devset8`` and ``tests/holdout2`` (and
the annotations of ``tests/devset5``). Figures follow contemporary reports loosely; the set
tests extraction, not facts.

The set measures how the extractor handles mass shootings, riots and police crackdowns in the
Americas, Europe, Iran and Hong Kong, wildfires, heatwaves, a hurricane, bridge and building
collapses, mining disasters and epidemics, and casualty estimates from war monitors: ranges and
confidence intervals ("between 744 and 1,600", "a 95% confidence interval of 37,643 to
86,807", "ran from 793 to 8,498"), "as many as", "up to", "at least 30 ... and possibly more
than 50", revised and disputed tolls ("rose by five to 76", "up from its earlier count of 595",
"raised its official toll to 2,975"), comparisons that are not claims ("nearly double", "some
46 times the original figure", "63% higher"), and structures hard for rules: figures before a
long modified noun, figures in parentheses and between dashes, figures as objects of "claimed",
"left", "saw", "recorded", "logged", "tallied" and "accounted for", fronted prepositional
phrases ("Of the 293 people in the 24-storey block that night, 223 escaped"), passives with an
agent ("Those figures were compiled by ..."), quotes split around the speaker ("'Ten people,'
... told reporters, 'lost their lives ...'"), and paragraphs whose source is named only in the
last sentence or only in the first. Three passages hold only non-claims.

Run ``python tests/devset9/build_devset9.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

LVMPD = "the final report of the Las Vegas Metropolitan Police Department"
GRAMAGLIA = "Buffalo Police Commissioner Joseph Gramaglia"
LUNA = "Los Angeles County Sheriff Robert Luna"
NZ_POLICE = "New Zealand Police"
NSW_POLICE = "NSW Police"
CHAPMAN = "Acting Assistant Commissioner Tracy Chapman"
IRAN_OFFICIALS = "three Iranian interior ministry officials"
LAM = "Chief Executive Carrie Lam"
INDH = "Chile's National Human Rights Institute (INDH)"
OMBUDSMAN_CO = "Colombia's human rights ombudsman"
TEMBLORES = "the rights group Temblores"
CAMARGO = "the ombudsman, Carlos Camargo"
OMBUDSMAN_EC = "the country's ombudsman"
CUBA_AG = "Cuba's attorney general"
CASTANER = "Interior Minister Christophe Castaner"
AI_KENYA = "Amnesty International Kenya"
HONEA = "Butte County Sheriff Kory Honea"
DICKMAN = "University of Sydney ecologist Chris Dickman"
BC_CORONERS = "British Columbia's coroners service"
ISGLOBAL = "researchers at the Barcelona Institute for Global Health (ISGlobal)"
GWU = "George Washington University researchers"
LIGURIA = "the Liguria region's health authority"
SHEINBAUM = "Mayor Claudia Sheinbaum"
INQUIRY = "the public inquiry"
LFB = "London Fire Brigade"
YILDIZ = "Energy Minister Taner Yildiz"
PAHO = "the Pan American Health Organization"
TEDROS = "WHO Director-General Tedros Adhanom Ghebreyesus"
OHCHR = "The U.N. human rights office"
SOHR = "The Syrian Observatory for Human Rights"
ARMY_HISTORY = "the Army's own history of the campaign"
ACLED = "the Armed Conflict Location & Event Data Project (ACLED)"
UCDP = "the Uppsala Conflict Data Program"
UNDP = "the UN Development Programme"
YDP = "The Yemen Data Project"
UN_PANEL = "A UN panel of experts"
JEP = "Colombia's special peace tribunal"
PERU_TRC = "Peru's Truth and Reconciliation Commission"
PAIS_LIBRE = "the anti-kidnapping foundation País Libre"

PASSAGES = [
    # --- Mass shootings and attacks -----------------------------------------------------------
    P("d9_001",
      "LAS VEGAS (AP) — Fifty-eight people were killed and 413 others wounded by gunfire when a "
      "gunman opened fire from the 32nd floor of the Mandalay Bay hotel on a crowd of some "
      "22,000 at the Route 91 Harvest country music festival on Oct. 1, 2017, according to the "
      "final report of the Las Vegas Metropolitan Police Department. Hundreds more — 867 in "
      "all, police said — were hurt in the stampede to escape. The gunman, 64, fired more than "
      "1,000 rounds in about 10 minutes from 23 guns he had carried into his suite, 14 of them "
      "AR-15-type rifles fitted with bump stocks, the report found.",
      [C("Fifty-eight", 58, "exact", "killed", "people", LVMPD),
       C("413", 413, "exact", "injured", "people wounded by gunfire", LVMPD),
       C("some 22,000", 22000, "about", "other", "festival crowd", LVMPD, attr_alt=[None]),
       C("Hundreds", 100, "vague", "injured", "people hurt in the stampede", "police"),
       C("867", 867, "exact", "injured", "people injured in all", "police"),
       C("more than 1,000", 1000, "more_than", "munitions", "rounds fired", "the report",
         cat_alt=["other"], attr_alt=[LVMPD]),
       C("23", 23, "exact", "munitions", "guns in the suite", "the report", cat_alt=["other"],
         attr_alt=[LVMPD]),
       C("14", 14, "exact", "munitions", "AR-15-type rifles", "the report", cat_alt=["other"],
         attr_alt=[LVMPD])]),
    P("d9_002",
      "BUFFALO, N.Y., May 15, 2022 (Reuters) - 'Ten people,' Buffalo Police Commissioner Joseph "
      "Gramaglia told reporters on Sunday, 'lost their lives in a matter of minutes.' Three "
      "others were wounded when the 18-year-old gunman, wearing body armour and streaming the "
      "attack online, opened fire at a Tops supermarket on Jefferson Avenue, he said. Eleven of "
      "the 13 people shot were Black and two were white, according to police. The FBI said it "
      "was investigating the attack as a hate crime and an act of racially motivated violent "
      "extremism.",
      [C("Ten", 10, "exact", "killed", "people", GRAMAGLIA),
       C("Three", 3, "exact", "injured", "people wounded", GRAMAGLIA, attr_alt=["he"]),
       C("Eleven", 11, "exact", "injured", "Black people shot", "police",
         cat_alt=["killed", "other"]),
       C("13", 13, "exact", "injured", "people shot", "police", cat_alt=["killed", "other"]),
       C("two", 2, "exact", "injured", "white people shot", "police",
         cat_alt=["killed", "other"])],
      published="2022-05-15"),
    P("d9_003",
      "A gunman who opened fire in a ballroom dance studio in Monterey Park, California, as the "
      "city celebrated the Lunar New Year left 11 people dead and nine wounded. The victims who "
      "died, five women and six men, were all in their 50s, 60s and 70s. About 20 minutes later "
      "the suspect, 72, walked into a second dance hall in neighbouring Alhambra, where a young "
      "man wrestled a semi-automatic pistol from him. Those details were given by Los Angeles "
      "County Sheriff Robert Luna at a news conference on Sunday.",
      [C("11", 11, "exact", "killed", "people", LUNA, attr_alt=[None]),
       C("nine", 9, "exact", "injured", "people", LUNA, attr_alt=[None]),
       C("five", 5, "exact", "killed", "women", LUNA, attr_alt=[None]),
       C("six", 6, "exact", "killed", "men", LUNA, attr_alt=[None])]),
    P("d9_004",
      "Fifty-one people (44 at the Al Noor mosque and seven at the Linwood Islamic Centre, one "
      "of whom died weeks later in hospital) were killed when a gunman attacked worshippers at "
      "Friday prayers in Christchurch on March 15, 2019. Forty others were wounded, the youngest "
      "a four-year-old girl. In a buyback that followed the ban on most semi-automatic weapons, "
      "owners handed in 56,350 prohibited firearms and 194,245 parts and magazines, New Zealand "
      "Police said, and were paid more than NZ$100 million in compensation.",
      [C("Fifty-one", 51, "exact", "killed", "people", None),
       C("44", 44, "exact", "killed", "people at the Al Noor mosque", None),
       C("seven", 7, "exact", "killed", "people at the Linwood Islamic Centre", None),
       C("one", 1, "exact", "killed", "victim who died later in hospital", None,
         optional=True),
       C("Forty", 40, "exact", "injured", "people", None),
       C("56,350", 56350, "exact", "munitions", "prohibited firearms handed in", NZ_POLICE,
         cat_alt=["other"]),
       C("194,245", 194245, "exact", "munitions", "parts and magazines handed in", NZ_POLICE,
         cat_alt=["other"])]),
    P("d9_005",
      "Eighteen people were held hostage for 16 hours when a lone gunman took over the Lindt "
      "Chocolate Café in Sydney's Martin Place on 15 December 2014. Five hostages escaped in the "
      "afternoon and another five in the hours before the siege ended, the coroner found. Café "
      "manager Tori Johnson, 34, was shot dead by the gunman, and barrister Katrina Dawson, 38, "
      "was killed by fragments of a police bullet when tactical officers stormed the café at "
      "2:13am. Four others, including a police officer, were wounded.",
      [C("Eighteen", 18, "exact", "hostages", "people held hostage", None,
         attr_alt=["the coroner"]),
       C("Five", 5, "exact", "hostages", "hostages who escaped in the afternoon", "the coroner"),
       C("five", 5, "exact", "hostages", "hostages who escaped later", "the coroner",
         ctx="another five"),
       C("Four", 4, "exact", "injured", "people wounded", "the coroner", attr_alt=[None])]),
    P("d9_006",
      "Ten people were killed and 25 others taken to hospital when a coach carrying guests home "
      "from a wedding at a Hunter Valley vineyard rolled onto its side at a roundabout near "
      "Greta late on Sunday, NSW Police said. Of those, 10 were flown by helicopter to hospitals "
      "in Newcastle and Sydney, Acting Assistant Commissioner Tracy Chapman said. The driver, "
      "58, was charged with 10 counts of dangerous driving occasioning death and nine counts of "
      "dangerous driving occasioning grievous bodily harm. The coach had seatbelts for all 35 "
      "people on board.",
      [C("Ten", 10, "exact", "killed", "people", NSW_POLICE),
       C("25", 25, "exact", "injured", "people taken to hospital", NSW_POLICE),
       C("10", 10, "exact", "injured", "people flown to hospital", CHAPMAN,
         ctx="10 were flown"),
       C("10", 10, "exact", "other", "counts of dangerous driving occasioning death", None,
         optional=True, ctx="10 counts"),
       C("nine", 9, "exact", "other", "counts of dangerous driving occasioning GBH", None,
         optional=True),
       C("35", 35, "exact", "other", "people on board", None)]),

    # --- Protests, riots and crackdowns -------------------------------------------------------
    P("d9_007",
      "Reuters, citing three Iranian interior ministry officials, reported that about 1,500 "
      "people were killed during less than two weeks of unrest that began on Nov. 15, 2019, "
      "after a sudden rise in petrol prices. Amnesty International has documented the deaths of "
      "304 men, women and children, while the U.N. human rights office said in December that at "
      "least 7,000 people had been arrested. Iranian officials dismissed the Reuters figure as "
      "'fake news'; the authorities have never published a toll of their own, though a member "
      "of parliament later put the number of dead at 230.",
      [C("three", 3, "exact", "other", "officials cited", "Reuters", optional=True),
       C("about 1,500", 1500, "about", "killed", "people", IRAN_OFFICIALS,
         attr_alt=["Reuters"]),
       C("304", 304, "exact", "killed", "men, women and children", "Amnesty International"),
       C("at least 7,000", 7000, "at_least", "detained", "people arrested",
         "the U.N. human rights office"),
       C("230", 230, "exact", "killed", "people", "a member of parliament")]),
    P("d9_008",
      "HONG KONG, Nov 19, 2019 (Reuters) - About 1,100 people were arrested in and around Hong "
      "Kong Polytechnic University over the past 24 hours, police said on Tuesday, as the siege "
      "of the campus entered its third day. Some 600 people had left the campus overnight, 400 of "
      "whom were arrested, while about 200 under the age of 18 were allowed to go home after "
      "police took down their details, Chief Executive Carrie Lam said. Fewer than 100 "
      "protesters were believed to remain holed up inside. The Hospital Authority said 280 "
      "people had been treated for injuries since Sunday.",
      [C("About 1,100", 1100, "about", "detained", "people arrested", "police"),
       C("Some 600", 600, "about", "other", "people who left the campus", LAM,
         cat_alt=["detained"]),
       C("400", 400, "exact", "detained", "people arrested on leaving the campus", LAM),
       C("about 200", 200, "about", "other", "minors allowed to go home", LAM,
         cat_alt=["detained"]),
       C("Fewer than 100", 100, "fewer_than", "other", "protesters holed up inside", LAM,
         attr_alt=[None]),
       C("280", 280, "exact", "injured", "people treated", "The Hospital Authority")],
      published="2019-11-19"),
    P("d9_009",
      "Twenty-six people died in the first month of the protests that swept Chile from Oct. 18, "
      "five of them after being shot by members of the security forces. More than 2,800 were "
      "treated in hospital for injuries, among them 222 with eye injuries caused mostly by "
      "rubber pellets fired by Carabineros riot police. Over the same period 7,000-odd people "
      "were arrested. Those figures were compiled by Chile's National Human Rights Institute "
      "(INDH), which has filed 384 legal complaints on behalf of victims.",
      [C("Twenty-six", 26, "exact", "killed", "people", INDH, attr_alt=[None]),
       C("five", 5, "exact", "killed", "people shot by security forces", INDH,
         attr_alt=[None]),
       C("More than 2,800", 2800, "more_than", "injured", "people treated in hospital", INDH,
         attr_alt=[None]),
       C("222", 222, "exact", "injured", "people with eye injuries", INDH, attr_alt=[None]),
       C("7,000-odd", 7000, "about", "detained", "people arrested", INDH, attr_alt=[None]),
       C("384", 384, "exact", "other", "legal complaints filed", None, optional=True,
         attr_alt=[INDH])]),
    P("d9_010",
      "Colombia's human rights ombudsman has confirmed 42 deaths linked to the protests that "
      "began on April 28, but the rights group Temblores puts the number of people killed by "
      "police at 44 and says a further 1,617 people have been victims of police violence. "
      "'There are 168 people,' the ombudsman, Carlos Camargo, said, 'whose whereabouts we still "
      "do not know.' The government says fewer than 20 of the deaths are directly linked to the "
      "protests, that 1,100 police officers have been injured and that more than 2,100 soldiers "
      "and police have been sent to Cali.",
      [C("42", 42, "exact", "killed", "deaths linked to the protests", OMBUDSMAN_CO),
       C("44", 44, "exact", "killed", "people killed by police", TEMBLORES),
       C("1,617", 1617, "exact", "injured", "victims of police violence", TEMBLORES,
         cat_alt=["other"]),
       C("168", 168, "exact", "missing", "people whose whereabouts are unknown", CAMARGO),
       C("fewer than 20", 20, "fewer_than", "killed", "deaths directly linked to the protests",
         "The government"),
       C("1,100", 1100, "exact", "injured", "police officers", "The government"),
       C("more than 2,100", 2100, "more_than", "troops", "soldiers and police sent to Cali",
         "The government")]),
    P("d9_011",
      "Eleven days of protests against the end of fuel subsidies in Ecuador left eight people "
      "dead, 1,340 injured and 1,152 under arrest, the country's ombudsman said on Monday, after "
      "President Lenín Moreno agreed to restore the subsidies in a deal with indigenous leaders. "
      "The government said 435 police officers and soldiers were among the injured. At the "
      "height of the unrest, some 10,000 indigenous protesters had converged on Quito, and the "
      "government briefly moved its seat to the port city of Guayaquil.",
      [C("eight", 8, "exact", "killed", "people", OMBUDSMAN_EC),
       C("1,340", 1340, "exact", "injured", "people", OMBUDSMAN_EC),
       C("1,152", 1152, "exact", "detained", "people under arrest", OMBUDSMAN_EC),
       C("435", 435, "exact", "injured", "police officers and soldiers", "The government"),
       C("some 10,000", 10000, "about", "other", "indigenous protesters in Quito", None)]),
    P("d9_012",
      "Justicia 11J, a Cuban rights group, has tallied more than 1,400 detentions linked to the "
      "protests of July 11, 2021 — known on the island as 11J — and says 701 people remain "
      "behind bars a year later. Cuba's attorney general said in January that 790 people had "
      "been charged, 55 of them aged 16 to 20, and that 488 had already been sentenced, some to "
      "as many as 25 years in prison.",
      [C("more than 1,400", 1400, "more_than", "detained", "detentions", "Justicia 11J"),
       C("701", 701, "exact", "detained", "people still in prison", "Justicia 11J"),
       C("790", 790, "exact", "detained", "people charged", CUBA_AG, cat_alt=["other"]),
       C("55", 55, "exact", "detained", "young people charged", CUBA_AG, cat_alt=["other"]),
       C("488", 488, "exact", "detained", "people sentenced", CUBA_AG)]),
    P("d9_013",
      "PARIS, Dec 8, 2018 (Reuters) - French police detained 1,723 people across the country on "
      "Saturday, 1,220 of whom were placed in custody, as some 89,000 officers were deployed to "
      "contain a fourth weekend of 'yellow vest' protests, the interior ministry said. In Paris, "
      "where 8,000 police backed by a dozen armoured vehicles were on the streets, 135 people "
      "were injured, among them 17 police officers. Interior Minister Christophe Castaner put "
      "the number of protesters nationwide at 125,000, about 10,000 of them in the capital.",
      [C("1,723", 1723, "exact", "detained", "people detained", "the interior ministry"),
       C("1,220", 1220, "exact", "detained", "people placed in custody",
         "the interior ministry"),
       C("some 89,000", 89000, "about", "troops", "officers deployed", "the interior ministry"),
       C("8,000", 8000, "exact", "troops", "police in Paris", "the interior ministry",
         attr_alt=[None]),
       C("a dozen", 12, "exact", "munitions", "armoured vehicles", "the interior ministry",
         optional=True, cat_alt=["other"], attr_alt=[None]),
       C("135", 135, "exact", "injured", "people in Paris", "the interior ministry",
         attr_alt=[None]),
       C("17", 17, "exact", "injured", "police officers", "the interior ministry",
         attr_alt=[None]),
       C("125,000", 125000, "exact", "other", "protesters nationwide", CASTANER),
       C("about 10,000", 10000, "about", "other", "protesters in Paris", CASTANER)],
      published="2018-12-08"),
    P("d9_014",
      "TBILISI — Georgian police said they had detained 133 people over two nights of protests "
      "outside parliament against a 'foreign agents' bill that opponents say is modelled on a "
      "Russian law. Fifty police officers were hurt, the interior ministry said; the opposition "
      "said dozens of protesters had been treated for the effects of tear gas and water cannon, "
      "among them a 19-year-old student who lost the sight of one eye. The ruling Georgian Dream "
      "party withdrew the bill on Thursday after tens of thousands rallied in Tbilisi.",
      [C("133", 133, "exact", "detained", "people", "Georgian police"),
       C("Fifty", 50, "exact", "injured", "police officers", "the interior ministry"),
       C("dozens", 12, "vague", "injured", "protesters treated", "the opposition"),
       C("tens of thousands", 10000, "vague", "other", "protesters in Tbilisi", None)]),
    P("d9_015",
      "Police killed at least 30 people and possibly more than 50 during three rounds of "
      "anti-government protests in Kenya in July 2023, Amnesty International Kenya said, most "
      "of them in Nairobi's informal settlements and in the western city of Kisumu. The "
      "interior ministry said more than 300 people had been arrested in the first round alone. "
      "Some 1,000 officers from the paramilitary General Service Unit were sent to Kisumu, local "
      "media reported.",
      [C("at least 30", 30, "at_least", "killed", "people", AI_KENYA),
       C("more than 50", 50, "more_than", "killed", "people (possible toll)", AI_KENYA),
       C("three", 3, "exact", "other", "rounds of protests", AI_KENYA, optional=True,
         attr_alt=[None]),
       C("more than 300", 300, "more_than", "detained", "people arrested",
         "The interior ministry"),
       C("Some 1,000", 1000, "about", "troops", "General Service Unit officers",
         "local media")]),

    # --- Wildfires, heat and storms -----------------------------------------------------------
    P("d9_016",
      "PARADISE, Calif., Nov. 17, 2018 (Reuters) - The number of people listed as unaccounted "
      "for after the wildfire that razed the town of Paradise jumped to 1,276 on Saturday, Butte "
      "County Sheriff Kory Honea said, while the death toll rose by five to 76. Honea said the "
      "list was 'raw data' and probably included many people who had fled and not told anyone "
      "they were safe. Cal Fire said the Camp Fire had destroyed 9,844 homes and forced some "
      "52,000 people to evacuate; Paradise had been home to about 26,000 people.",
      [C("1,276", 1276, "exact", "missing", "people unaccounted for", HONEA),
       C("five", 5, "exact", "killed", "new deaths", HONEA),
       C("76", 76, "exact", "killed", "people", HONEA),
       C("9,844", 9844, "exact", "infrastructure", "homes destroyed", "Cal Fire"),
       C("some 52,000", 52000, "about", "displaced", "people evacuated", "Cal Fire"),
       C("about 26,000", 26000, "about", "population", "Paradise residents", None,
         attr_alt=["Cal Fire"])],
      published="2018-11-17"),
    P("d9_017",
      "Updated: 21 January 2020, 5:12am AEDT\n"
      "This season's bushfires have claimed 29 lives across Australia and destroyed more than "
      "2,600 homes, while University of Sydney ecologist Chris Dickman estimates that as many as "
      "a billion animals have been killed. In New South Wales alone, 2,176 homes have been lost, "
      "the Rural Fire Service says. At the peak of the crisis, up to 4,000 residents and "
      "holidaymakers sheltered on the beach at Mallacoota before navy ships evacuated about "
      "1,100 of them. The Federal Government has committed $2 billion to a national recovery "
      "fund, and 3,000 army reservists have been called out.",
      [C("29", 29, "exact", "killed", "people", None),
       C("more than 2,600", 2600, "more_than", "infrastructure", "homes destroyed", None),
       C("as many as a billion", 1e9, "at_most", "other", "animals killed", DICKMAN),
       C("2,176", 2176, "exact", "infrastructure", "homes lost in NSW",
         "the Rural Fire Service"),
       C("up to 4,000", 4000, "at_most", "displaced", "people sheltering on the beach", None,
         cat_alt=["other"]),
       C("about 1,100", 1100, "about", "displaced", "people evacuated by navy ships", None),
       C("3,000", 3000, "exact", "troops", "army reservists called out", None,
         attr_alt=["The Federal Government"])],
      published="2020-01-21"),
    P("d9_018",
      "British Columbia's coroners service has confirmed that 619 mostly elderly, often isolated "
      "and poorly housed residents died of the heat during the late-June heat dome, up from its "
      "earlier count of 595. That is more than the number of people who died in all of the "
      "province's heatwaves of the previous decade combined. Temperatures peaked at 49.6C in the "
      "village of Lytton, which burned to the ground a day later. In Oregon, the state medical "
      "examiner attributed 116 deaths to the heat, 72 of them in Multnomah County.",
      [C("619", 619, "exact", "killed", "heat deaths in British Columbia", BC_CORONERS),
       C("595", 595, "exact", "killed", "heat deaths (earlier count)", BC_CORONERS),
       C("116", 116, "exact", "killed", "heat deaths in Oregon",
         "the state medical examiner"),
       C("72", 72, "exact", "killed", "heat deaths in Multnomah County",
         "the state medical examiner")]),
    P("d9_019",
      "Heat killed an estimated 61,672 people in Europe between May 30 and Sept. 4, 2022, "
      "according to a study by researchers at the Barcelona Institute for Global Health "
      "(ISGlobal) published in Nature Medicine, with a 95% confidence interval of 37,643 to "
      "86,807. Italy recorded the most heat-related deaths, 18,010, followed by Spain with 11,324 "
      "and Germany with 8,173. The death rate was 63% higher among women than among men, the "
      "researchers found.",
      [C("an estimated 61,672", 61672, "about", "killed", "heat deaths in Europe", ISGLOBAL),
       C("37,643 to 86,807", 37643, "range", "killed", "heat deaths (confidence interval)",
         ISGLOBAL, high=86807),
       C("18,010", 18010, "exact", "killed", "heat deaths in Italy", ISGLOBAL,
         attr_alt=[None, "the researchers"]),
       C("11,324", 11324, "exact", "killed", "heat deaths in Spain", ISGLOBAL,
         attr_alt=[None, "the researchers"]),
       C("8,173", 8173, "exact", "killed", "heat deaths in Germany", ISGLOBAL,
         attr_alt=[None, "the researchers"])]),
    P("d9_020",
      "For nearly a year after Hurricane Maria struck Puerto Rico in September 2017, the "
      "official death toll stood at 64. A Harvard study published in May 2018 estimated that "
      "4,645 people had died as a result of the storm, though its confidence interval ran from "
      "793 to 8,498. That August the island's government raised its official toll to 2,975 (the "
      "number of excess deaths in the six months after landfall that George Washington "
      "University researchers had attributed to the storm), some 46 times the original figure. "
      "FEMA said it had delivered more than 15 million meals and 17 million litres of water in "
      "the first month.",
      [C("64", 64, "exact", "killed", "people (original official toll)", None),
       C("4,645", 4645, "exact", "killed", "people", "A Harvard study"),
       C("793 to 8,498", 793, "range", "killed", "people (confidence interval)",
         "A Harvard study", high=8498),
       C("2,975", 2975, "exact", "killed", "excess deaths", "the island's government",
         attr_alt=[GWU]),
       C("more than 15 million", 15e6, "more_than", "aid", "meals delivered", "FEMA"),
       C("17 million", 17e6, "exact", "aid", "litres of water delivered", "FEMA")]),

    # --- Collapses, fires and mines -----------------------------------------------------------
    P("d9_021",
      "GENOA, Italy (Reuters) - Rescuers searching the rubble of the Morandi motorway bridge, a "
      "200-metre stretch of which collapsed on Tuesday, said the death toll had risen to 39, "
      "including three children, and that between 10 and 20 people were still unaccounted for. "
      "Some 630 residents of apartment blocks beneath the remaining span have been evacuated and "
      "will not be allowed back, city officials said. Sixteen people were injured, 12 of them "
      "seriously, according to the Liguria region's health authority.",
      [C("39", 39, "exact", "killed", "people", "Rescuers"),
       C("three", 3, "exact", "killed", "children", "Rescuers"),
       C("between 10 and 20", 10, "range", "missing", "people unaccounted for", "Rescuers",
         high=20),
       C("Some 630", 630, "about", "displaced", "residents evacuated", "city officials"),
       C("Sixteen", 16, "exact", "injured", "people", LIGURIA),
       C("12", 12, "exact", "injured", "people seriously injured", LIGURIA)]),
    P("d9_022",
      "MEXICO CITY (AP) — An elevated section of Mexico City's Metro Line 12 collapsed onto a "
      "busy road late on Monday, sending two train cars plunging toward the ground and killing "
      "26 people, Mayor Claudia Sheinbaum said. Seventy-nine people were taken to hospital, 49 "
      "of whom remained there on Tuesday afternoon. The line, which carried some 150,000 "
      "passengers a day, was the newest in the system and had been partly closed for months "
      "after a 2017 earthquake.",
      [C("two", 2, "exact", "other", "train cars", SHEINBAUM, optional=True),
       C("26", 26, "exact", "killed", "people", SHEINBAUM),
       C("Seventy-nine", 79, "exact", "injured", "people taken to hospital", SHEINBAUM,
         attr_alt=[None]),
       C("49", 49, "exact", "injured", "people still in hospital", SHEINBAUM,
         attr_alt=[None]),
       C("some 150,000", 150000, "about", "other", "daily passengers", None, optional=True)]),
    P("d9_023",
      "Seventy-two people died as a result of the fire that engulfed Grenfell Tower in west "
      "London on 14 June 2017, among them 18 children, the public inquiry found. Of the 293 "
      "people in the 24-storey block that night, 223 escaped. The inquiry's final report, "
      "published in September 2024, concluded that every death had been avoidable. London Fire "
      "Brigade sent some 250 firefighters and 70 fire engines to the blaze, which burned for "
      "about 60 hours.",
      [C("Seventy-two", 72, "exact", "killed", "people", INQUIRY),
       C("18", 18, "exact", "killed", "children", INQUIRY),
       C("293", 293, "exact", "other", "people in the tower", INQUIRY, attr_alt=[None]),
       C("223", 223, "exact", "other", "people who escaped", INQUIRY, attr_alt=[None]),
       C("some 250", 250, "about", "troops", "firefighters sent", None, cat_alt=["other"],
         attr_alt=[LFB]),
       C("70", 70, "exact", "other", "fire engines", None, optional=True, attr_alt=[LFB])]),
    P("d9_024",
      "Two years after a tailings dam owned by the mining company Vale burst at the Córrego do "
      "Feijão iron ore mine near Brumadinho, firefighters in Minas Gerais are still searching "
      "for the remains of 11 of the 270 people who were killed. Most of the dead were Vale "
      "employees having lunch in the company canteen, which lay directly downstream of the dam. "
      "The wave of mud, some 12 million cubic metres of mining waste, buried homes, farms and a "
      "stretch of the Paraopeba river. State prosecutors have charged 16 people, among them "
      "Vale's former chief executive, with homicide.",
      [C("11", 11, "exact", "missing", "victims whose remains are missing", None,
         cat_alt=["killed"]),
       C("270", 270, "exact", "killed", "people", None),
       C("some 12 million", 12e6, "about", "other", "cubic metres of mining waste", None,
         optional=True),
       C("16", 16, "exact", "detained", "people charged with homicide", None,
         cat_alt=["other"], attr_alt=["State prosecutors"])]),
    P("d9_025",
      "SOMA, Turkey (Reuters) - Rescuers brought out the last two bodies from the coal mine in "
      "Soma on Saturday, bringing the death toll from Tuesday's fire to 301, Energy Minister "
      "Taner Yildiz said, the worst mining disaster in the country's history, surpassing an "
      "explosion at Zonguldak in 1992. Of the 787 miners underground when the fire broke out, "
      "486 made it out alive, he said. Police detained 25 people, including mine company "
      "executives, and used tear gas and water cannon to break up protests by thousands of "
      "people in Soma and Istanbul.",
      [C("two", 2, "exact", "killed", "last bodies recovered", YILDIZ),
       C("301", 301, "exact", "killed", "miners", YILDIZ),
       C("787", 787, "exact", "other", "miners underground", YILDIZ, attr_alt=["he"]),
       C("486", 486, "exact", "other", "miners who got out alive", YILDIZ, attr_alt=["he"]),
       C("25", 25, "exact", "detained", "people detained", None, attr_alt=["Police"]),
       C("thousands", 1000, "vague", "other", "protesters", None)]),

    # --- Epidemics ----------------------------------------------------------------------------
    P("d9_026",
      "Published 7 December 2019\n"
      "Samoa's measles epidemic has killed 70 people, 61 of them children under the age of five, "
      "the government said on Saturday, as vaccination teams went door to door during a two-day "
      "nationwide shutdown. More than 4,800 cases have been recorded since the outbreak was "
      "declared in mid-October in the island nation of about 200,000 people, where just 31% of "
      "infants were vaccinated last year. Unicef has shipped 110,500 doses of vaccine, and "
      "34,000 people were vaccinated on Thursday and Friday alone, officials said.",
      [C("70", 70, "exact", "killed", "people", "the government"),
       C("61", 61, "exact", "killed", "children", "the government"),
       C("More than 4,800", 4800, "more_than", "other", "measles cases", "the government",
         attr_alt=[None]),
       C("about 200,000", 200000, "about", "population", "Samoa's population", None),
       C("31%", 31, "exact", "other", "share of infants vaccinated", None, optional=True),
       C("110,500", 110500, "exact", "aid", "vaccine doses shipped", "officials"),
       C("34,000", 34000, "exact", "other", "people vaccinated", "officials")],
      published="2019-12-07"),
    P("d9_027",
      "PORT-AU-PRINCE, Haiti (AP) — Cholera has killed at least 283 people in Haiti since the "
      "disease resurfaced in October after three years without a confirmed case, the Pan "
      "American Health Organization said, warning that the true toll was probably far higher "
      "because many patients die at home. Of the more than 13,600 suspected cases reported, "
      "about half are in children under 14. Some 4.7 million Haitians face acute hunger, "
      "according to the World Food Programme, and gangs blocking the main fuel terminal have "
      "left many clinics without power or clean water. The first 1.17 million doses of oral "
      "cholera vaccine arrived on Tuesday.",
      [C("at least 283", 283, "at_least", "killed", "people", PAHO),
       C("more than 13,600", 13600, "more_than", "other", "suspected cholera cases", PAHO,
         attr_alt=[None]),
       C("Some 4.7 million", 4.7e6, "about", "other", "Haitians facing acute hunger",
         "the World Food Programme", cat_alt=["population"]),
       C("1.17 million", 1.17e6, "exact", "aid", "vaccine doses", None)]),
    P("d9_028",
      "'More than 16,000 cases,' WHO Director-General Tedros Adhanom Ghebreyesus told reporters "
      "in Geneva on Saturday, 'have now been reported to WHO from 75 countries and territories, "
      "and there have been five deaths.' He declared the mpox outbreak a public health emergency "
      "of international concern, overruling his committee of experts, which had split nine to "
      "six against the declaration. In the United States, health officials said 2,891 cases had "
      "been confirmed and that 6.9 million doses of the Jynneos vaccine had been ordered.",
      [C("More than 16,000", 16000, "more_than", "other", "mpox cases", TEDROS),
       C("75", 75, "exact", "other", "countries and territories", TEDROS, optional=True),
       C("five", 5, "exact", "killed", "mpox deaths", TEDROS),
       C("2,891", 2891, "exact", "other", "US mpox cases", "health officials"),
       C("6.9 million", 6.9e6, "exact", "aid", "vaccine doses ordered", "health officials")]),

    # --- War tolls from monitors and UN bodies ------------------------------------------------
    P("d9_029",
      "The U.N. human rights office estimated in June 2022 that 306,887 civilians had been "
      "killed in Syria between March 2011 and March 2021 — about 1.5% of the country's pre-war "
      "population, or an average of 83 civilians a day. The figure, which excludes combatants, "
      "was more than double an earlier UN count. The Syrian Observatory for Human Rights, a "
      "Britain-based war monitor that relies on a network of sources on the ground, puts the "
      "overall toll, fighters included, at more than 500,000.",
      [C("306,887", 306887, "exact", "killed", "civilians", OHCHR),
       C("about 1.5%", 1.5, "about", "killed", "share of the pre-war population", OHCHR,
         optional=True),
       C("83", 83, "exact", "killed", "civilians a day (average)", OHCHR),
       C("more than 500,000", 500000, "more_than", "killed", "people, fighters included",
         SOHR)]),
    P("d9_030",
      "Airwars, a London-based monitor, estimates that between 744 and 1,600 civilians were "
      "killed by US-led coalition strikes during the four-month battle for Raqqa in 2017. The "
      "coalition itself has acknowledged 159 of those deaths. US Marines fired some 30,000 "
      "artillery rounds into the city, according to the Army's own history of the campaign, and "
      "coalition aircraft released upwards of 20,000 munitions, Airwars said. Amnesty "
      "International, which documented 641 deaths by name, called it a 'war of annihilation'.",
      [C("between 744 and 1,600", 744, "range", "killed", "civilians", "Airwars", high=1600),
       C("159", 159, "exact", "killed", "civilian deaths acknowledged", "The coalition"),
       C("some 30,000", 30000, "about", "munitions", "artillery rounds", ARMY_HISTORY),
       C("upwards of 20,000", 20000, "more_than", "munitions", "munitions released by aircraft",
         "Airwars"),
       C("641", 641, "exact", "killed", "civilian deaths documented by name",
         "Amnesty International")]),
    P("d9_031",
      "Political violence in Burkina Faso killed 8,475 people in 2023, according to data "
      "compiled by the Armed Conflict Location & Event Data Project (ACLED), nearly double the "
      "4,234 it recorded the year before. The monitor logged 3,112 violent events in the "
      "country last year, up from 2,137. More than 2 million Burkinabe have fled their homes "
      "since 2019, the UN says, and some 1 million people live in towns blockaded by jihadists.",
      [C("8,475", 8475, "exact", "killed", "people", ACLED),
       C("4,234", 4234, "exact", "killed", "people (previous year)", ACLED),
       C("3,112", 3112, "exact", "other", "violent events", "The monitor", attr_alt=[ACLED]),
       C("2,137", 2137, "exact", "other", "violent events (previous year)", "The monitor",
         attr_alt=[ACLED]),
       C("More than 2 million", 2e6, "more_than", "displaced", "Burkinabe who fled",
         "the UN"),
       C("some 1 million", 1e6, "about", "population", "people in blockaded towns", "the UN",
         attr_alt=[None])]),
    P("d9_032",
      "The year 2022 saw about 237,000 deaths in organised violence worldwide, up from some "
      "120,000 the year before and the highest figure since the Rwandan genocide of 1994, "
      "according to the Uppsala Conflict Data Program. The war in Ethiopia's Tigray region "
      "accounted for more than 100,000 of those deaths and Russia's invasion of Ukraine for at "
      "least 81,500. The program counted 55 state-based armed conflicts during the year, the "
      "most since it began keeping records in 1946.",
      [C("about 237,000", 237000, "about", "killed", "deaths in organised violence", UCDP),
       C("some 120,000", 120000, "about", "killed", "deaths the year before", UCDP),
       C("more than 100,000", 100000, "more_than", "killed", "deaths in Tigray", UCDP,
         attr_alt=[None]),
       C("at least 81,500", 81500, "at_least", "killed", "deaths in Ukraine", UCDP,
         attr_alt=[None]),
       C("55", 55, "exact", "other", "state-based armed conflicts", "The program",
         attr_alt=[UCDP])]),
    P("d9_033",
      "The war in Yemen will have killed 377,000 people by the end of 2021, the UN Development "
      "Programme estimated, some 60% of them from indirect causes such as hunger and disease "
      "rather than fighting. The Yemen Data Project, which tracks the Saudi-led coalition's air "
      "campaign, recorded 25,054 air raids between March 2015 and March 2022, an average of "
      "almost 10 a day. In 2021 the World Food Programme reached some 13 million people a month "
      "with food assistance, the agency said.",
      [C("377,000", 377000, "exact", "killed", "people", UNDP),
       C("some 60%", 60, "about", "killed", "share of deaths from indirect causes", UNDP,
         optional=True),
       C("25,054", 25054, "exact", "munitions", "air raids", YDP, cat_alt=["other"]),
       C("almost 10", 10, "about", "munitions", "air raids a day (average)", YDP,
         cat_alt=["other"]),
       C("some 13 million", 13e6, "about", "other", "people reached with food assistance",
         "the agency", cat_alt=["aid"], attr_alt=["the World Food Programme"])]),
    P("d9_034",
      "A UN panel of experts said in 2011 that as many as 40,000 civilians may have been killed "
      "in the final months of Sri Lanka's civil war, most of them by government shelling of "
      "areas the army had itself declared 'no-fire zones'. Some 330,000 civilians were trapped "
      "in a shrinking strip of land on the north-east coast, the panel found. The government, "
      "which insisted its troops had followed a policy of 'zero civilian casualties', later "
      "conducted a census that put the number of dead and missing in the Northern Province at "
      "8,649.",
      [C("as many as 40,000", 40000, "at_most", "killed", "civilians", UN_PANEL),
       C("Some 330,000", 330000, "about", "population", "civilians trapped", "the panel",
         attr_alt=[UN_PANEL]),
       C("8,649", 8649, "exact", "killed", "dead and missing in the Northern Province",
         "a census", cat_alt=["missing"], attr_alt=["The government"])]),
    P("d9_035",
      "Colombia's special peace tribunal, the JEP, has found that at least 6,402 civilians were "
      "killed by soldiers between 2002 and 2008 and falsely presented as guerrillas killed in "
      "combat, a practice known as 'false positives'. That is nearly three times the 2,248 cases "
      "the attorney general's office had previously recorded. In Antioquia alone, the tribunal "
      "has identified 1,613 victims. Commanders at the time rewarded high body counts with "
      "bonuses and days off, and the tribunal has so far charged 22 officers and one civilian.",
      [C("at least 6,402", 6402, "at_least", "killed", "civilians", JEP,
         attr_alt=["the JEP"]),
       C("2,248", 2248, "exact", "killed", "cases recorded earlier",
         "the attorney general's office"),
       C("1,613", 1613, "exact", "killed", "victims in Antioquia", "the tribunal",
         attr_alt=[JEP]),
       C("22", 22, "exact", "detained", "officers charged", None, cat_alt=["other"],
         attr_alt=["the tribunal"]),
       C("one", 1, "exact", "detained", "civilian charged", None, cat_alt=["other"],
         attr_alt=["the tribunal"])]),
    P("d9_036",
      "Peru's Truth and Reconciliation Commission estimated in 2003 that 69,280 people died or "
      "disappeared in the conflict between the state and the Shining Path and other rebel groups "
      "from 1980 to 2000, with a 95% confidence interval of 61,007 to 77,552. The commission, "
      "which took testimony from almost 17,000 people, attributed 54% of the deaths to the "
      "Shining Path. It also registered 4,644 burial sites across the country.",
      [C("69,280", 69280, "exact", "killed", "people who died or disappeared", PERU_TRC,
         cat_alt=["missing"]),
       C("61,007 to 77,552", 61007, "range", "killed", "dead or disappeared (confidence "
         "interval)", PERU_TRC, high=77552, cat_alt=["missing"]),
       C("almost 17,000", 17000, "about", "other", "people who gave testimony",
         "The commission", optional=True, attr_alt=[PERU_TRC]),
       C("54%", 54, "exact", "killed", "share of deaths attributed to the Shining Path",
         "The commission", optional=True, attr_alt=[PERU_TRC]),
       C("4,644", 4644, "exact", "other", "burial sites", PERU_TRC,
         attr_alt=["It", "The commission"])]),
    P("d9_037",
      "BOGOTA, Colombia (AP) — Colombian military intelligence agents posing as aid workers "
      "tricked FARC rebels into handing over 15 hostages, among them former presidential "
      "candidate Ingrid Betancourt, three American defence contractors and 11 Colombian soldiers "
      "and police officers, the defence ministry said. Not a single shot was fired. Two rebels "
      "who were guarding the captives on the helicopter, including a commander known as César, "
      "were overpowered and taken into custody, the ministry added. Betancourt had been held for "
      "more than six years. The FARC is still believed to hold some 700 captives, most of them "
      "for ransom, according to the anti-kidnapping foundation País Libre.",
      [C("15", 15, "exact", "hostages", "hostages freed", "the defence ministry"),
       C("three", 3, "exact", "hostages", "American defence contractors",
         "the defence ministry"),
       C("11", 11, "exact", "hostages", "Colombian soldiers and police officers",
         "the defence ministry"),
       C("Two", 2, "exact", "detained", "rebels taken into custody", "the ministry",
         attr_alt=["the defence ministry"]),
       C("some 700", 700, "about", "hostages", "captives still held", PAIS_LIBRE)]),

    # --- Only non-claims ----------------------------------------------------------------------
    P("d9_038",
      "Temperatures are forecast to top 44C in Seville and Córdoba on Saturday, Spain's AEMET "
      "weather agency said, with nights staying above 25C across much of Andalusia. The agency "
      "raised its warning to red, the highest of its three levels, for the Guadalquivir valley "
      "from 2 p.m. to 9 p.m. It is the second heatwave of the summer and is expected to last "
      "until at least Wednesday.",
      []),
    P("d9_039",
      "DRESDEN, Germany (AP) — No one was injured when a 100-metre section of the Carola Bridge "
      "over the Elbe collapsed into the river before dawn on Wednesday, the city's fire service "
      "said. The last tram had crossed the bridge about 18 minutes earlier. Officials said the "
      "bridge, built in 1971, would have to be demolished, a job that could take up to two "
      "months, and that repairs to the district heating pipes running beneath it would cost at "
      "least €10 million.",
      []),
    P("d9_040",
      "A Hong Kong court on Monday sentenced a 24-year-old former university student to four "
      "years and nine months in prison for rioting during the 2019 siege of Polytechnic "
      "University, an offence that carries a maximum penalty of 10 years. The judge said the "
      "defendant, who was 19 at the time, had hurled bricks at police lines and helped build "
      "barricades on the campus's main footbridge. His lawyers said he would appeal; the hearing "
      "was adjourned to 3 March at 9:30am.",
      []),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d9_{:03d}",
                          checks=[no_sentence_from("devset", "devset2", "devset3", "devset4",
                                                   "devset5", "devset6", "devset7", "devset8",
                                                   "holdout2")])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
