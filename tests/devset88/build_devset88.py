"""Source of the eighty-eighth development set: writes ``passages.jsonl`` next to it.

Passages (3–7 sentences) of investigative and explainer journalism about contested tolls:
fact checks, "what we know" explainers, data-journalism paragraphs that stack several counts
(ministry, monitor, academic study, UN), retrospective tolls revised years later, excess-death
estimates, inquiry and commission findings and court judgments, on wars, massacres, famines,
epidemics and disasters from 1970 to 2025. Written for this set (none copied from an article) in
the styles of Full Fact, AFP Fact Check, BBC Verify, Reuters Fact Check, The Economist, Le Monde
in English, Der Spiegel International, The Conversation and Our World in Data. Annotated by hand
and blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports and
later studies loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset88/build_devset88.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = ("devset", *(f"devset{n}" for n in range(2, 88)), "holdout", "holdout2", "holdout3")

PASSAGES: list[Passage] = []

# --- Batch 1: excess deaths, fact checks, retrospectives ---------------------------------------

LANCET = "A household survey published in The Lancet in October 2006"
POSTS_DONBAS = "Posts shared widely on Telegram and Facebook"
OHCHR = "the UN human rights office (OHCHR)"
NHC = "China's National Health Commission"
MX_BULLETIN = "an old health ministry bulletin"
LEAK = "Government records leaked to the BBC"

PASSAGES += [
    P("d88_001",
      "How many Iraqis died as a result of the 2003 invasion? The estimates differ by a factor "
      "of four\n"
      "Estimating deaths in Iraq after the 2003 invasion has produced some of the most contested "
      "numbers in modern conflict research. Iraq Body Count, which tallies civilian deaths "
      "reported in the media and in morgue records, had documented between 104,000 and 114,000 "
      "violent civilian deaths by the end of 2011. A household survey published in The Lancet in "
      "October 2006 put excess deaths up to mid-2006 at 654,965, about 601,000 of them from "
      "violence. The Iraq Family Health Survey, run by the World Health Organization and Iraq's "
      "government, estimated 151,000 violent deaths over the same period, roughly a quarter of "
      "the Lancet figure. A 2013 study in PLOS Medicine, drawing on a survey of 2,000 households, "
      "put excess deaths between 2003 and 2011 at around 405,000, a number its authors called "
      "conservative because it left out families who had fled abroad.",
      [C("between 104,000 and 114,000", 104000, "range", "killed", "violent civilian deaths",
         "Iraq Body Count", high=114000),
       C("654,965", 654965, "exact", "killed", "excess deaths to mid-2006", LANCET,
         attr_alt=["The Lancet"]),
       C("about 601,000", 601000, "about", "killed", "violent excess deaths", LANCET,
         attr_alt=["The Lancet"]),
       C("151,000", 151000, "exact", "killed", "violent deaths", "The Iraq Family Health Survey",
         attr_alt=["the World Health Organization"]),
       C("2,000", 2000, "exact", "other", "households surveyed", "A 2013 study in PLOS Medicine",
         optional=True, attr_alt=[None]),
       C("around 405,000", 405000, "about", "killed", "excess deaths 2003-2011",
         "A 2013 study in PLOS Medicine")]),

    P("d88_002",
      "Russia's hidden toll\n"
      "Sep 2nd 2021 | MOSCOW\n"
      "Russia's official coronavirus tally, compiled by a government task force from daily "
      "regional reports, stood at about 185,000 deaths by the end of August. Rosstat, the state "
      "statistics agency, tells a different story. Its monthly registry data show that between "
      "April 2020 and July 2021 some 550,000 more Russians died than in an average year before "
      "the pandemic, and Rosstat itself has counted more than 350,000 deaths in which covid-19 "
      "was the main or a contributing cause. Excess mortality per 100,000 people is now roughly "
      "three times that of Germany. Tatiana Golikova, a deputy prime minister, conceded in "
      "February that more than 60% of the excess was due to covid.",
      [C("about 185,000", 185000, "about", "killed", "official covid deaths",
         "Russia's official coronavirus tally", attr_alt=["a government task force"]),
       C("some 550,000", 550000, "about", "killed", "excess deaths",
         "Its monthly registry data", attr_alt=["Rosstat"]),
       C("more than 350,000", 350000, "more_than", "killed", "covid deaths (Rosstat)",
         "Rosstat", ctx="more than 350,000 deaths"),
       C("more than 60%", 60, "more_than", "killed", "share of excess due to covid",
         "Tatiana Golikova", optional=True, cat_alt=["other"])],
      published="2021-09-02"),

    P("d88_003",
      "Fact Check: Did Ukraine's army kill 14,000 civilians in Donbas before 2022?\n"
      "Published on March 4, 2022 at 16:20\n"
      "Posts shared widely on Telegram and Facebook claim that Ukrainian forces killed \"14,000 "
      "civilians\" in the Donbas between 2014 and 2022. This is misleading. The figure comes from "
      "the UN human rights office (OHCHR), which estimated that between 14,200 and 14,400 people "
      "were killed in the conflict in eastern Ukraine from April 2014 to the end of 2021, but that "
      "total includes about 4,400 Ukrainian servicemen and some 6,500 members of Russian-backed "
      "armed groups. The office put civilian deaths at 3,404, and it has attributed most of the "
      "civilian deaths since 2018 to shelling and mines on both sides of the contact line. There "
      "is no evidence that 14,000 civilians were killed by Ukrainian forces. The OHCHR also "
      "recorded between 7,000 and 9,000 civilians injured over the eight years.",
      [C("14,000", 14000, "exact", "killed", "civilians (headline question)", None,
         optional=True, attr_alt=[POSTS_DONBAS], ctx="kill 14,000 civilians"),
       C("14,000", 14000, "exact", "killed", "civilians (viral claim)", POSTS_DONBAS,
         attr_alt=["Posts"], ctx="\"14,000 civilians\""),
       C("between 14,200 and 14,400", 14200, "range", "killed", "people killed in the conflict",
         OHCHR, high=14400, attr_alt=["OHCHR"]),
       C("about 4,400", 4400, "about", "killed", "Ukrainian servicemen", OHCHR,
         attr_alt=["OHCHR"]),
       C("some 6,500", 6500, "about", "killed", "members of Russian-backed armed groups", OHCHR,
         attr_alt=["OHCHR"]),
       C("3,404", 3404, "exact", "killed", "civilians", "The office", attr_alt=[OHCHR]),
       C("14,000", 14000, "exact", "killed", "civilians (denied figure restated)", None,
         optional=True, attr_alt=[POSTS_DONBAS], ctx="that 14,000 civilians"),
       C("between 7,000 and 9,000", 7000, "range", "injured", "civilians", "The OHCHR",
         high=9000, attr_alt=[OHCHR])],
      published="2022-03-04"),

    P("d88_004",
      "China Covid: How many died after restrictions were lifted?\n"
      "By BBC Verify\n"
      "China's National Health Commission said in January that 59,938 people with Covid had died "
      "in hospitals between 8 December and 12 January, the first figure it had released in "
      "weeks. That count left out people who died at home, and officials used a narrow "
      "definition that recorded only deaths from respiratory failure. Modelling by Airfinity, a "
      "UK-based health analytics firm, suggested that up to 1.5 million people may have died "
      "over the same period. A study by researchers at the University of Hong Kong estimated "
      "that the reopening caused some 970,000 excess deaths. Funeral homes in Beijing and "
      "Shanghai told reporters they were handling three to four times the usual number of "
      "bodies. A week later, China's Center for Disease Control added 12,658 hospital deaths "
      "recorded between 13 and 19 January.",
      [C("59,938", 59938, "exact", "killed", "Covid deaths in hospitals", NHC),
       C("up to 1.5 million", 1500000, "at_most", "killed", "Covid deaths (model)",
         "Modelling by Airfinity", attr_alt=["Airfinity"]),
       C("some 970,000", 970000, "about", "killed", "excess deaths",
         "A study by researchers at the University of Hong Kong"),
       C("12,658", 12658, "exact", "killed", "hospital Covid deaths in a week",
         "China's Center for Disease Control")]),

    P("d88_005",
      "Fact Check-Mexico's COVID-19 death toll is more than double the figure in viral posts\n"
      "June 15, 2021\n"
      "Social media users have shared a claim that Mexico's COVID-19 deaths are \"under "
      "100,000\", citing an old health ministry bulletin. That is false. The health ministry's "
      "daily count stood at 230,959 confirmed deaths on June 13, 2021. A government report "
      "published in May, based on death certificates, found more than 350,000 excess deaths from "
      "all causes between March 2020 and April 2021, a number 62% higher than the confirmed toll "
      "for that period. Health officials have acknowledged that Mexico, a country of about 126 "
      "million people, carried out fewer tests per capita than almost any other OECD member.",
      [C("under 100,000", 100000, "fewer_than", "killed", "Covid deaths (viral claim)",
         MX_BULLETIN, attr_alt=["Social media users"]),
       C("230,959", 230959, "exact", "killed", "confirmed Covid deaths",
         "The health ministry's daily count", attr_alt=["The health ministry"]),
       C("more than 350,000", 350000, "more_than", "killed", "excess deaths",
         "A government report"),
       C("about 126 million", 126000000, "about", "population", "Mexico's population", None,
         attr_alt=["Health officials"])],
      published="2021-06-15"),

    P("d88_006",
      "Coronavirus: Iran's deaths nearly triple official figures, leaked records suggest\n"
      "Published 3 August 2020\n"
      "The number of deaths from coronavirus in Iran is nearly triple what its government claims, "
      "a BBC Persian investigation has found. Government records leaked to the BBC show that "
      "almost 42,000 people died with Covid-19 symptoms up to 20 July, against 14,405 reported by "
      "the health ministry. The number of people known to have been infected is also almost "
      "double official figures: 451,024 compared with 278,827. The first death in the records "
      "was logged on 22 January, nearly a month before Iran reported its first case.",
      [C("almost 42,000", 42000, "about", "killed", "deaths with Covid symptoms", LEAK,
         attr_alt=["a BBC Persian investigation"]),
       C("14,405", 14405, "exact", "killed", "official Covid deaths", "the health ministry"),
       C("451,024", 451024, "exact", "other", "infections (leaked records)", LEAK,
         attr_alt=[None]),
       C("278,827", 278827, "exact", "other", "infections (official)", "official figures",
         attr_alt=["the health ministry"])],
      published="2020-08-03"),

    P("d88_007",
      "Uganda's Luwero Triangle: why the toll of the 1981-86 bush war is still disputed\n"
      "Published: January 26, 2021 9.12am SAST\n"
      "For decades, Ugandan officials have said that 300,000 civilians died in the Luwero "
      "Triangle during the war that brought Yoweri Museveni to power. The figure has been repeated "
      "so often that it appears in school textbooks, but it has never been tested. In 1984 a "
      "senior US State Department official told Congress that between 100,000 and 200,000 people "
      "had been killed in the region. Researchers who have interviewed survivors in the area, "
      "where roughly 750,000 people lived before the fighting, think the higher figure is "
      "plausible but unproven. The skulls on display at the Nakaseke memorial came from perhaps "
      "4,000 people, according to local historians. Museveni's rebels began the war in February "
      "1981 with 27 rifles, according to the movement's own history.",
      [C("300,000", 300000, "exact", "killed", "civilians in the Luwero Triangle",
         "Ugandan officials"),
       C("between 100,000 and 200,000", 100000, "range", "killed", "people in the region",
         "a senior US State Department official", high=200000),
       C("roughly 750,000", 750000, "about", "population", "people in the area before the war",
         None, attr_alt=["Researchers who have interviewed survivors in the area"]),
       C("perhaps 4,000", 4000, "about", "killed", "people whose skulls are displayed",
         "local historians", cat_alt=["other"]),
       C("27", 27, "exact", "munitions", "rifles at the start of the war",
         "the movement's own history", cat_alt=["other"])],
      published="2021-01-26"),

    P("d88_008",
      "Thirty years after Boipatong, families still question the official count\n"
      "On the night of 17 June 1992, men from the KwaMadala hostel attacked Boipatong township, "
      "south of Johannesburg. The Goldstone Commission, which investigated the violence, recorded "
      "45 people killed, among them a pregnant woman and a nine-month-old baby, and some 22 "
      "injured. Residents' committees at the time insisted the dead numbered more than 50, saying "
      "several bodies had been buried by families before police arrived. In 1993 a court in "
      "Delmas convicted 14 men from the hostel, which then housed about 2,000 migrant workers. "
      "The township's memorial lists 46 names.",
      [C("45", 45, "exact", "killed", "people in Boipatong", "The Goldstone Commission"),
       C("some 22", 22, "about", "injured", "people", "The Goldstone Commission"),
       C("more than 50", 50, "more_than", "killed", "dead", "Residents' committees"),
       C("14", 14, "exact", "detained", "men convicted", None,
         attr_alt=["a court in Delmas"]),
       C("about 2,000", 2000, "about", "population", "migrant workers in the hostel", None,
         cat_alt=["other"]),
       C("46", 46, "exact", "killed", "names on the memorial", "The township's memorial",
         cat_alt=["other"], attr_alt=[None])]),

    P("d88_009",
      "In Mexico, the 'Halconazo' massacre still has no official death toll\n"
      "Le Monde with AFP\n"
      "Published on June 10, 2021, at 3:45 pm (Paris)\n"
      "Fifty years ago, on June 10, 1971, a paramilitary group known as the Halcones attacked a "
      "student march in Mexico City. The government of Luis Echeverría acknowledged only a "
      "handful of deaths at the time and never published a list. A special prosecutor's office "
      "created in 2002 to investigate the \"dirty war\" concluded that at least 120 people had "
      "been killed and hundreds wounded. Survivors' associations say as many as 200 may have "
      "died. The Halcones, trained by the army, numbered about 1,000, according to declassified "
      "documents obtained by the National Security Archive. Some 10,000 students had joined the "
      "march, its organisers said.",
      [C("at least 120", 120, "at_least", "killed", "people",
         "A special prosecutor's office created in 2002"),
       C("hundreds", 100, "vague", "injured", "people wounded",
         "A special prosecutor's office created in 2002"),
       C("as many as 200", 200, "at_most", "killed", "dead", "Survivors' associations"),
       C("about 1,000", 1000, "about", "troops", "Halcones paramilitaries",
         "declassified documents obtained by the National Security Archive",
         cat_alt=["other"]),
       C("Some 10,000", 10000, "about", "other", "students on the march", "its organisers")],
      published="2021-06-10"),

    P("d88_010",
      "Lake Nyos, 1986: the night a lake killed 1,746 people\n"
      "On the evening of 21 August 1986, Lake Nyos in north-west Cameroon released a cloud of "
      "carbon dioxide that flowed down into the valleys below. The toll most often cited, 1,746 "
      "dead, comes from the Cameroonian government's count; some scientists and local officials "
      "have put it at as many as 1,800. About 3,500 head of livestock also died, the government "
      "said, in villages up to 25 kilometres from the lake. Roughly 4,000 survivors fled or were "
      "evacuated, according to a report by the US Office of Foreign Disaster Assistance, and "
      "many were housed in camps for years.",
      [C("1,746", 1746, "exact", "killed", "people (headline)", None,
         ctx="killed 1,746 people"),
       C("1,746", 1746, "exact", "killed", "dead", "the Cameroonian government's count",
         attr_alt=["the Cameroonian government"], ctx="1,746 dead"),
       C("as many as 1,800", 1800, "at_most", "killed", "dead",
         "some scientists and local officials"),
       C("About 3,500", 3500, "about", "other", "livestock", "the government",
         attr_alt=["the Cameroonian government"]),
       C("Roughly 4,000", 4000, "about", "displaced", "survivors who fled or were evacuated",
         "a report by the US Office of Foreign Disaster Assistance")]),
]

# --- Batch 2: massacres, purges, wars and flight ----------------------------------------------

BIAK_TRIBUNAL = "A citizens' tribunal held in Sydney in 2013"
MOSCOW_FIG = "Moscow's official figure"
GS_FIGS = "the general staff's own figures"
LSHTM = "A study by the London School of Hygiene and Tropical Medicine"
JONES_POSTS = ("Viral posts marking the anniversary of the Jonestown deaths in Guyana on "
               "November 18, 1978")
RUMMEL = "A count by the researcher Rudolph Rummel"

PASSAGES += [
    P("d88_011",
      "Biak massacre: 25 years on, no inquiry and no agreed death toll\n"
      "Published: July 6, 2023 6.05am AEST\n"
      "On 6 July 1998, Indonesian security forces opened fire on pro-independence demonstrators "
      "gathered around a water tower flying the Morning Star flag in Biak, West Papua. Indonesian "
      "authorities at the time acknowledged one death. A citizens' tribunal held in Sydney in "
      "2013 heard testimony that more than 150 people had been killed, many of them thrown into "
      "the sea, a claim Jakarta has never addressed. Human Rights Watch documented eight deaths, "
      "three people missing and 33 seriously injured, and said around 150 people were arrested "
      "in the days that followed. Thirty-two bodies washed up on the coasts of Biak and nearby "
      "islands over the next weeks; officials said they were victims of a tsunami in Papua New "
      "Guinea.",
      [C("one", 1, "exact", "killed", "death acknowledged", "Indonesian authorities"),
       C("more than 150", 150, "more_than", "killed", "people", BIAK_TRIBUNAL,
         attr_alt=["testimony"]),
       C("eight", 8, "exact", "killed", "deaths documented", "Human Rights Watch"),
       C("three", 3, "exact", "missing", "people", "Human Rights Watch"),
       C("33", 33, "exact", "injured", "seriously injured", "Human Rights Watch"),
       C("around 150", 150, "about", "detained", "people arrested", "Human Rights Watch"),
       C("Thirty-two", 32, "exact", "killed", "bodies washed up", None, cat_alt=["other"])],
      published="2023-07-06"),

    P("d88_012",
      "Explained: What happened at Marichjhapi in 1979, and why nobody knows how many died\n"
      "Updated: January 31, 2024 8:14 pm IST\n"
      "In 1978, about 40,000 Dalit refugees from East Pakistan, who had been resettled in camps "
      "in central India, moved to Marichjhapi, an island in the Sundarbans. The Left Front "
      "government of West Bengal imposed an economic blockade on the island in January 1979 and "
      "evicted the settlers in May. Jyoti Basu's government maintained that only two people had "
      "died during the blockade. Survivors' accounts collected by researchers put the number of "
      "dead in the hundreds, and the journalist Deep Halder, who interviewed more than 30 "
      "survivors, has written that thousands may have died of starvation, disease and police "
      "firing. No commission of inquiry was ever set up.",
      [C("about 40,000", 40000, "about", "displaced", "Dalit refugees", None),
       C("two", 2, "exact", "killed", "people during the blockade", "Jyoti Basu's government"),
       C("hundreds", 100, "vague", "killed", "dead",
         "Survivors' accounts collected by researchers"),
       C("more than 30", 30, "more_than", "other", "survivors interviewed", None,
         optional=True, attr_alt=["the journalist Deep Halder"]),
       C("thousands", 1000, "vague", "killed", "dead", "the journalist Deep Halder")],
      published="2024-01-31"),

    P("d88_013",
      "The Soviet War in Afghanistan: Counting the Dead, 30 Years Later\n"
      "15.02.2019, 14.32 Uhr\n"
      "For decades, Moscow's official figure for Soviet deaths in the war was 13,833, a number "
      "first published by the general staff in 1989, when the last troops crossed the Amu Darya. "
      "It was later raised to 15,051 once soldiers who died of disease and in accidents were "
      "included. Some Russian veterans' groups now say as many as 26,000 died, though they have "
      "never published the lists behind that estimate. At its peak, the Soviet contingent "
      "numbered about 115,000 men, and more than 620,000 served in Afghanistan over the nine "
      "years. The Afghan toll is far larger and far less certain: estimates of civilian deaths "
      "range from 562,000 to 2 million, and some 5 million Afghans fled to Pakistan and Iran. The "
      "Soviet air force lost 451 aircraft, among them 333 helicopters, according to the general "
      "staff's own figures.",
      [C("13,833", 13833, "exact", "killed", "Soviet deaths", MOSCOW_FIG,
         attr_alt=["the general staff"]),
       C("15,051", 15051, "exact", "killed", "Soviet deaths (revised)", MOSCOW_FIG,
         attr_alt=[None, "the general staff"]),
       C("as many as 26,000", 26000, "at_most", "killed", "Soviet deaths",
         "Some Russian veterans' groups"),
       C("about 115,000", 115000, "about", "troops", "Soviet contingent at its peak", None),
       C("more than 620,000", 620000, "more_than", "troops", "Soviet soldiers who served", None),
       C("562,000 to 2 million", 562000, "range", "killed", "Afghan civilian deaths", None,
         high=2000000),
       C("some 5 million", 5000000, "about", "displaced", "Afghans who fled", None),
       C("451", 451, "exact", "munitions", "aircraft lost", GS_FIGS,
         cat_alt=["other"], attr_alt=["the general staff"]),
       C("333", 333, "exact", "munitions", "helicopters lost", GS_FIGS,
         cat_alt=["other"], attr_alt=["the general staff"])],
      published="2019-02-15"),

    P("d88_014",
      "What we know about the Tadmor prison massacre\n"
      "On 27 June 1980, a day after a failed attempt on the life of President Hafez al-Assad, "
      "units of the Defence Companies commanded by his brother Rifaat were flown by helicopter to "
      "Tadmor military prison near Palmyra. About 80 soldiers took part, according to the "
      "confessions of two of them, broadcast on Jordanian television in 1981. Human Rights Watch "
      "has estimated that between 500 and 1,000 prisoners, most of them suspected members of the "
      "Muslim Brotherhood, were killed in their cells and dormitories. Amnesty International "
      "said the prison held about 2,000 detainees at the time. Syria's government has never "
      "acknowledged the killings or released a list of the dead.",
      [C("About 80", 80, "about", "troops", "soldiers who took part",
         "the confessions of two of them"),
       C("two", 2, "exact", "other", "soldiers who confessed", None, optional=True,
         cat_alt=["troops"], ctx="two of them"),
       C("between 500 and 1,000", 500, "range", "killed", "prisoners", "Human Rights Watch",
         high=1000),
       C("about 2,000", 2000, "about", "detained", "detainees held in the prison",
         "Amnesty International", cat_alt=["population"])]),

    P("d88_015",
      "Thirty years on, the mass graves of Iraq's 1991 uprising are still giving up their dead\n"
      "In March 1991, after the Gulf War ceasefire, Shiites in the south and Kurds in the north "
      "rose up against Saddam Hussein. The Republican Guard crushed the revolt within weeks. "
      "Human rights organisations estimate that between 30,000 and 60,000 people were killed in "
      "the south alone, and Iraq's Ministry of Human Rights, created after 2003, has registered "
      "more than 200 mass graves from the period. In the north, nearly 1.5 million Kurds fled "
      "toward the Turkish and Iranian borders, and aid agencies estimated at the time that up to "
      "1,000 people a day were dying in the mountain camps. Western air forces dropped some "
      "7,000 tonnes of food and supplies, according to the US Defense Department.",
      [C("between 30,000 and 60,000", 30000, "range", "killed", "people in the south",
         "Human rights organisations", high=60000),
       C("more than 200", 200, "more_than", "other", "mass graves",
         "Iraq's Ministry of Human Rights", optional=True, cat_alt=["infrastructure"]),
       C("nearly 1.5 million", 1500000, "about", "displaced", "Kurds who fled", None),
       C("up to 1,000", 1000, "at_most", "killed", "deaths a day in the mountain camps",
         "aid agencies"),
       C("some 7,000", 7000, "about", "aid", "tonnes of food and supplies dropped",
         "the US Defense Department")]),

    P("d88_016",
      "Remembering Aden's 12 days of carnage\n"
      "Jan 13th 2016 | ADEN\n"
      "Thirty years ago this week, a gunfight at a politburo meeting in Aden set off a civil war "
      "inside South Yemen's ruling party. Within 12 days thousands had died. The figure usually "
      "cited, about 10,000 dead, comes from Western diplomats who were evacuated at the time; the "
      "victorious faction later put the toll at 4,330. Some 60,000 people, among them the ousted "
      "president, Ali Nasser Muhammad, and many of his followers, fled to North Yemen. Britain's "
      "royal yacht, Britannia, picked up 1,068 people of 55 nationalities from the beaches.",
      [C("thousands", 1000, "vague", "killed", "dead", None),
       C("about 10,000", 10000, "about", "killed", "dead", "Western diplomats"),
       C("4,330", 4330, "exact", "killed", "dead", "the victorious faction"),
       C("Some 60,000", 60000, "about", "displaced", "people who fled to North Yemen", None),
       C("1,068", 1068, "exact", "displaced", "people evacuated by Britannia", None,
         cat_alt=["other"]),
       C("55", 55, "exact", "other", "nationalities", None, optional=True)],
      published="2016-01-13"),

    P("d88_017",
      "South Sudan's civil war killed nearly 400,000 people, study finds. Here is how the "
      "number was reached\n"
      "A study by the London School of Hygiene and Tropical Medicine, commissioned by the US "
      "State Department, estimated that about 383,000 people died as a result of South Sudan's "
      "civil war between December 2013 and April 2018. Around 190,000 of them were killed by "
      "violence; the rest died of disease, hunger and the collapse of health services. Before the "
      "study, the most widely quoted figure was 50,000, an estimate made by the International "
      "Crisis Group in late 2014 and repeated for years. The researchers combined 227 household "
      "surveys with statistical models and gave a range of 220,000 to 526,000 excess deaths. About "
      "2.5 million South Sudanese had fled the country by then, according to UNHCR.",
      [C("nearly 400,000", 400000, "about", "killed", "people (headline)", "study",
         attr_alt=[LSHTM, None]),
       C("about 383,000", 383000, "about", "killed", "deaths from the war", LSHTM),
       C("Around 190,000", 190000, "about", "killed", "violent deaths", LSHTM,
         attr_alt=[None]),
       C("50,000", 50000, "exact", "killed", "earlier estimate",
         "the International Crisis Group"),
       C("227", 227, "exact", "other", "household surveys", "The researchers", optional=True,
         attr_alt=[None]),
       C("220,000 to 526,000", 220000, "range", "killed", "excess deaths (range)",
         "The researchers", high=526000, attr_alt=[LSHTM]),
       C("About 2.5 million", 2500000, "about", "displaced", "South Sudanese who fled", "UNHCR")]),

    P("d88_018",
      "LUANDA, May 27, 2021 (Lusa) - Angola's government said on Thursday it had identified the "
      "remains of 14 people killed after the failed uprising of 27 May 1977, the first results "
      "of a commission set up to reconcile the country with its past. Amnesty International has "
      "estimated that as many as 30,000 people were killed in the purge that followed the "
      "attempted coup led by Nito Alves, while some Angolan historians put the number between "
      "2,000 and 5,000. The victims' association 27 de Maio says at least 15,000 people have never "
      "been found. The Civicop commission said it had received 2,300 requests for death "
      "certificates from families. Thousands were held without trial in Luanda's São Paulo prison "
      "and in camps in the east, according to survivors.",
      [C("14", 14, "exact", "killed", "remains identified", "Angola's government",
         optional=True, cat_alt=["other"]),
       C("as many as 30,000", 30000, "at_most", "killed", "people killed in the purge",
         "Amnesty International"),
       C("between 2,000 and 5,000", 2000, "range", "killed", "people killed in the purge",
         "some Angolan historians", high=5000),
       C("at least 15,000", 15000, "at_least", "missing", "people never found",
         "The victims' association 27 de Maio"),
       C("2,300", 2300, "exact", "other", "requests for death certificates",
         "The Civicop commission"),
       C("Thousands", 1000, "vague", "detained", "people held without trial", "survivors")],
      published="2021-05-27"),

    P("d88_019",
      "No, Jonestown's death toll was not 'about 400'\n"
      "Viral posts marking the anniversary of the Jonestown deaths in Guyana on November 18, 1978 "
      "claim that \"only about 400\" people died and that the rest escaped into the jungle. This "
      "is false. In the first days after the mass murder-suicide, Guyanese officials reported 409 "
      "bodies, a figure widely published at the time. By November 24, US military teams who had "
      "recovered the remains had counted 913, after finding that many children's bodies lay "
      "beneath those of adults. The final toll is usually given as 918, including Congressman "
      "Leo Ryan and four others shot at the Port Kaituma airstrip. More than 300 of the dead were "
      "children, according to FBI records.",
      [C("about 400", 400, "about", "killed", "people (denied, headline)", None, optional=True,
         attr_alt=[JONES_POSTS], ctx="'about 400'"),
       C("about 400", 400, "about", "killed", "people (viral claim)", JONES_POSTS,
         attr_alt=["Viral posts"], ctx="only about 400"),
       C("409", 409, "exact", "killed", "bodies first reported", "Guyanese officials"),
       C("913", 913, "exact", "killed", "bodies counted", "US military teams",
         attr_alt=["US military teams who had recovered the remains"]),
       C("918", 918, "exact", "killed", "final toll", None),
       C("four", 4, "exact", "killed", "others shot at the airstrip", None),
       C("More than 300", 300, "more_than", "killed", "children", "FBI records")]),

    P("d88_020",
      "How many Vietnamese boat people died at sea?\n"
      "Between 1975 and 1995, around 800,000 Vietnamese reached countries of first asylum by "
      "boat, according to the UN refugee agency UNHCR. The number who died on the way is much "
      "less certain. UNHCR has estimated that between 200,000 and 400,000 boat people drowned or "
      "were killed by pirates. A count by the researcher Rudolph Rummel put the toll at up to "
      "500,000. By mid-1979, some 350,000 were living in camps across Southeast Asia, and the "
      "Pulau Bidong camp in Malaysia alone held about 40,000 people on an island of one square "
      "kilometre. A UN conference in Geneva that July won pledges of 260,000 resettlement places.",
      [C("around 800,000", 800000, "about", "displaced", "Vietnamese boat people who arrived",
         "the UN refugee agency UNHCR"),
       C("between 200,000 and 400,000", 200000, "range", "killed", "boat people who died",
         "UNHCR", high=400000, ctx="between 200,000 and 400,000"),
       C("up to 500,000", 500000, "at_most", "killed", "boat people who died", RUMMEL,
         attr_alt=["the researcher Rudolph Rummel"]),
       C("some 350,000", 350000, "about", "displaced", "people in camps", None),
       C("about 40,000", 40000, "about", "displaced", "people in Pulau Bidong camp", None,
         cat_alt=["population"]),
       C("260,000", 260000, "exact", "other", "resettlement places pledged", None,
         cat_alt=["aid", "displaced"])]),
]

# --- Batch 3: inquiries, commissions, disasters and famines -----------------------------------

KOMNAS = "A 2000 inquiry by the National Commission on Human Rights (Komnas HAM)"
BD_COUNT = "The government's final count"
ICJ = "a report by the International Commission of Jurists"
CNV = "Brazil's National Truth Commission"
HN_FIG = "The Honduran government's official figure"
CDC_1974 = "a 1974 estimate by the US Centers for Disease Control"

PASSAGES += [
    P("d88_021",
      "JAKARTA, Aug 20 (Reuters) - An Indonesian human rights court on Friday sentenced a former "
      "army captain to three years in prison over the 1984 shooting of Muslim protesters at "
      "Jakarta's Tanjung Priok port, and gave 13 of his former subordinates two years each. The "
      "military said at the time that 18 people had been killed when soldiers opened fire on a "
      "crowd of about 1,500 marching on a district military command. A 2000 inquiry by the "
      "National Commission on Human Rights (Komnas HAM) found that at least 24 people had died "
      "and 54 had been wounded, while victims' families say as many as 400 were killed. "
      "Prosecutors said 160 people had been detained after the shooting, many of them tortured.",
      [C("13", 13, "exact", "detained", "subordinates sentenced", None,
         attr_alt=["An Indonesian human rights court"]),
       C("18", 18, "exact", "killed", "people", "The military"),
       C("about 1,500", 1500, "about", "other", "crowd of marchers", "The military",
         attr_alt=[None]),
       C("at least 24", 24, "at_least", "killed", "people", KOMNAS, attr_alt=["Komnas HAM"]),
       C("54", 54, "exact", "injured", "people wounded", KOMNAS, attr_alt=["Komnas HAM"]),
       C("as many as 400", 400, "at_most", "killed", "people", "victims' families"),
       C("160", 160, "exact", "detained", "people detained", "Prosecutors")]),

    P("d88_022",
      "The 1991 Bangladesh cyclone, and how early warnings changed the toll\n"
      "On the night of 29 April 1991, a cyclone with winds of about 250 kilometres per hour "
      "struck the Chittagong coast and drove a storm surge of up to 6 metres inland. The "
      "government's final count was 138,866 dead; the Bangladesh Red Crescent Society put the "
      "toll at more than 140,000. In some coastal unions the death rate exceeded 10,000 per "
      "100,000 people, and most of the dead were women, children and the elderly. About 10 "
      "million people lost their homes and around 1 million houses were destroyed or damaged. "
      "Since then Bangladesh has built more than 4,000 cyclone shelters along the coast, and "
      "deaths per storm have fallen more than a hundredfold.",
      [C("138,866", 138866, "exact", "killed", "dead", BD_COUNT,
         attr_alt=["The government"]),
       C("more than 140,000", 140000, "more_than", "killed", "dead",
         "the Bangladesh Red Crescent Society"),
       C("About 10 million", 10000000, "about", "displaced", "people who lost their homes",
         None),
       C("around 1 million", 1000000, "about", "infrastructure", "houses destroyed or damaged",
         None),
       C("more than 4,000", 4000, "more_than", "infrastructure", "cyclone shelters", None,
         cat_alt=["other"])]),

    P("d88_023",
      "Sudan, 1998: the famine the world saw too late\n"
      "Famine struck Bahr el Ghazal in southern Sudan in 1998 after a drought, renewed fighting "
      "and a government ban on relief flights that lasted two months. Médecins Sans Frontières "
      "reported in July that as many as 120 people a day were dying in the town of Ajiep, where a "
      "survey found a crude mortality rate of 69 per 10,000 per day. The UN's Operation Lifeline "
      "Sudan said 2.6 million people in the south needed food aid by mid-year, and the World Food "
      "Programme said it had airdropped more than 15,000 tonnes of food in a single month. Later "
      "estimates by the US Committee for Refugees put the famine's death toll at about 70,000.",
      [C("as many as 120", 120, "at_most", "killed", "deaths a day in Ajiep",
         "Médecins Sans Frontières"),
       C("2.6 million", 2600000, "exact", "other", "people in need of food aid",
         "The UN's Operation Lifeline Sudan", cat_alt=["population", "aid"]),
       C("more than 15,000", 15000, "more_than", "aid", "tonnes of food airdropped",
         "the World Food Programme"),
       C("about 70,000", 70000, "about", "killed", "famine deaths",
         "Later estimates by the US Committee for Refugees",
         attr_alt=["the US Committee for Refugees"])]),

    P("d88_024",
      "Forty years after Black July, Sri Lanka has still not counted its dead\n"
      "Published: July 24, 2023 2.15pm BST\n"
      "The anti-Tamil pogrom began on 24 July 1983, a day after Tamil Tigers ambushed an army "
      "patrol near Jaffna and killed 13 soldiers. Over the following week, mobs in Colombo and "
      "other towns killed Tamils, burned their homes and looted their shops. The government of "
      "J.R. Jayewardene put the death toll at 350; Tamil organisations said more than 3,000 had "
      "been killed. In Welikada prison, 53 Tamil political prisoners were murdered by other "
      "inmates over two days. Some 150,000 Tamils were left homeless and about 18,000 houses "
      "destroyed, according to a report by the International Commission of Jurists.",
      [C("13", 13, "exact", "killed", "soldiers ambushed", None),
       C("350", 350, "exact", "killed", "dead", "The government of J.R. Jayewardene"),
       C("more than 3,000", 3000, "more_than", "killed", "dead", "Tamil organisations"),
       C("53", 53, "exact", "killed", "Tamil political prisoners", None),
       C("Some 150,000", 150000, "about", "displaced", "Tamils left homeless", ICJ),
       C("about 18,000", 18000, "about", "infrastructure", "houses destroyed", ICJ)],
      published="2023-07-24"),

    P("d88_025",
      "BRASILIA, Dec 10, 2014 (Reuters) - Brazil's National Truth Commission said on Wednesday "
      "that 434 people were killed or disappeared at the hands of the state during the "
      "1964-1985 military dictatorship, and it named 377 people it held responsible, among them "
      "the five generals who served as president. Of the 434 victims, 210 are still listed as "
      "disappeared. The commission also found that at least 8,350 indigenous people died as a "
      "result of state action or neglect over the period. Human rights groups have long said the "
      "real number of victims is higher. A 1979 amnesty law has so far shielded those named "
      "from prosecution.",
      [C("434", 434, "exact", "killed", "people killed or disappeared", CNV,
         cat_alt=["missing", "other"], ctx="434 people"),
       C("377", 377, "exact", "other", "people named as responsible", CNV,
         cat_alt=["detained"]),
       C("five", 5, "exact", "other", "generals who served as president", CNV, optional=True),
       C("434", 434, "exact", "killed", "victims (restated)", CNV, optional=True,
         cat_alt=["missing", "other"], attr_alt=[None], ctx="434 victims"),
       C("210", 210, "exact", "missing", "victims still disappeared", CNV, attr_alt=[None]),
       C("at least 8,350", 8350, "at_least", "killed", "indigenous people", "The commission",
         attr_alt=[CNV])],
      published="2014-12-10"),

    P("d88_026",
      "KATHMANDU, Nov 21, 2016 (AFP) - Ten years after the peace deal that ended Nepal's Maoist "
      "insurgency, victims say they are still waiting for justice. The peace ministry puts the "
      "death toll of the 1996-2006 conflict at about 17,000. Nepal's transitional justice "
      "commissions have received more than 63,000 complaints, most of them against the "
      "security forces. The International Committee of the Red Cross says 1,333 people are still "
      "missing. The Maoists abducted tens of thousands of people during the war, many of them "
      "students taken for \"political education\", and the security forces detained thousands "
      "of suspected rebels without charge, according to the UN human rights office.",
      [C("about 17,000", 17000, "about", "killed", "deaths in the conflict",
         "The peace ministry"),
       C("more than 63,000", 63000, "more_than", "other", "complaints received",
         "Nepal's transitional justice commissions"),
       C("1,333", 1333, "exact", "missing", "people still missing",
         "The International Committee of the Red Cross"),
       C("tens of thousands", 10000, "vague", "hostages", "people abducted by the Maoists",
         "the UN human rights office"),
       C("thousands", 1000, "vague", "detained", "suspected rebels detained",
         "the UN human rights office", ctx="thousands of suspected")],
      published="2016-11-21"),
]

# --- Batch 4: retrospectives, rulings, fact checks and a methods note --------------------------

BU_TRC = "Burundi's Truth and Reconciliation Commission"
CHOLOMA = "A count by the Choloma municipality"
GT_TALLY = "the government's final tally"
GT_CNR = "the national reconstruction committee"
FAO_1995 = ("a 1995 survey by researchers working with the UN Food and Agriculture "
            "Organization")
BAGHI = "A count by the researcher Emadeddin Baghi"
TS_JUDGMENT = "The Supreme Court's 1989 judgment"
BGP_COUNT = "The state government's official count"
SINGH = "A commission headed by Justice N.N. Singh"
STF = "Brazil's Supreme Federal Tribunal"
GUARDIAN = "a Guardian analysis of government data"
SC_QATAR = "Qatar's Supreme Committee for Delivery and Legacy"
ILO = "The International Labour Organization"

PASSAGES += [
    P("d88_027",
      "In Burundi, a commission reopens the wounds of 1972\n"
      "Le Monde with AFP\n"
      "Burundi's Truth and Reconciliation Commission said in December that it had located more "
      "than 4,000 mass graves across the country and exhumed the remains of about 43,000 people, "
      "most of them Hutu killed in 1972. Historians have long estimated that between 100,000 and "
      "300,000 Hutu were killed in the months after a Hutu-led rebellion in April of that year, "
      "in which the rebels killed 2,000 to 3,000 Tutsi. Some 150,000 Burundians fled to Tanzania, "
      "Rwanda and Zaire, according to UNHCR. Critics of the commission say it has looked almost "
      "only at the 1972 killings and not at the massacres of Tutsi in 1993.",
      [C("more than 4,000", 4000, "more_than", "other", "mass graves located", BU_TRC,
         optional=True),
       C("about 43,000", 43000, "about", "killed", "remains exhumed", BU_TRC,
         cat_alt=["other"]),
       C("between 100,000 and 300,000", 100000, "range", "killed", "Hutu killed in 1972",
         "Historians", high=300000),
       C("2,000 to 3,000", 2000, "range", "killed", "Tutsi killed by the rebels", "Historians",
         high=3000, attr_alt=[None]),
       C("Some 150,000", 150000, "about", "displaced", "Burundians who fled", "UNHCR")]),

    P("d88_028",
      "TEGUCIGALPA, Sept 18, 2024 (AFP) - Fifty years after Hurricane Fifi, Honduras still has no "
      "agreed figure for the number of people it killed. The storm struck the north coast on "
      "18 and 19 September 1974, dropping more than 600 millimetres of rain in places. The "
      "Honduran government's official figure was 8,000 dead, but estimates published since have "
      "ranged from 3,000 to 10,000. A count by the Choloma municipality found that about 2,800 "
      "of the town's residents died when a dam of debris burst above it. Around 600,000 people, "
      "roughly a fifth of the population, were left homeless, according to the United Nations, "
      "and the storm wiped out some 60% of the banana crop.",
      [C("8,000", 8000, "exact", "killed", "dead", HN_FIG,
         attr_alt=["Honduran government"]),
       C("3,000 to 10,000", 3000, "range", "killed", "dead (published estimates)", None,
         high=10000),
       C("about 2,800", 2800, "about", "killed", "Choloma residents", CHOLOMA,
         attr_alt=["the Choloma municipality"]),
       C("Around 600,000", 600000, "about", "displaced", "people left homeless",
         "the United Nations")],
      published="2024-09-18"),

    P("d88_029",
      "Guatemala, 1976: how the earthquake toll grew tenfold in two weeks\n"
      "The earthquake that struck Guatemala at 3:01 a.m. on 4 February 1976 killed about 23,000 "
      "people, according to the government's final tally, and injured some 76,000. Early reports "
      "from the capital put the dead at 3,000; the figure grew as rescuers reached highland "
      "villages cut off by landslides. Roughly 1.2 million people were left homeless and 254,000 "
      "houses were destroyed, the national reconstruction committee reported. The quake measured "
      "7.5 and its rupture ran for about 230 kilometres along the Motagua fault.",
      [C("about 23,000", 23000, "about", "killed", "people", GT_TALLY,
         attr_alt=["the government"]),
       C("some 76,000", 76000, "about", "injured", "people", GT_TALLY,
         attr_alt=["the government"]),
       C("3,000", 3000, "exact", "killed", "dead (early reports)",
         "Early reports from the capital"),
       C("Roughly 1.2 million", 1200000, "about", "displaced", "people left homeless", GT_CNR),
       C("254,000", 254000, "exact", "infrastructure", "houses destroyed", GT_CNR)]),

    P("d88_030",
      "How many died in the Sahel drought of the early 1970s? Nobody really knows\n"
      "Published: March 3, 2022 4.21pm GMT\n"
      "The drought that struck the Sahel from 1968 to 1974 is often said to have killed 100,000 "
      "people, a figure repeated in many textbooks. It comes from a 1974 estimate by the US "
      "Centers for Disease Control, based on nutrition surveys in nomad camps rather than on a "
      "count of deaths. Some later researchers have argued that as many as 250,000 may have died; "
      "others think even 100,000 is too high. An estimated 3.5 million head of cattle were lost. "
      "Donors shipped about 1 million tonnes of grain to the worst-hit countries in 1973 and "
      "1974, according to the Food and Agriculture Organization.",
      [C("100,000", 100000, "exact", "killed", "drought deaths", CDC_1974,
         attr_alt=[None, "the US Centers for Disease Control"], ctx="killed 100,000"),
       C("as many as 250,000", 250000, "at_most", "killed", "drought deaths",
         "Some later researchers"),
       C("100,000", 100000, "exact", "killed", "drought deaths (doubted)", "others",
         optional=True, ctx="even 100,000"),
       C("An estimated 3.5 million", 3500000, "about", "other", "cattle lost", None),
       C("about 1 million", 1000000, "about", "aid", "tonnes of grain shipped",
         "the Food and Agriculture Organization")],
      published="2022-03-03"),

    P("d88_031",
      "Did sanctions kill 500,000 Iraqi children?\n"
      "8 August 2017\n"
      "A claim that sanctions imposed on Iraq after 1990 killed 500,000 children has been shared "
      "again on social media, often alongside a clip of Madeleine Albright, then US ambassador to "
      "the UN, appearing to accept it in a 1996 interview. The figure goes back to a 1995 survey "
      "by researchers working with the UN Food and Agriculture Organization, which estimated "
      "that 567,000 children under five had died as a result of sanctions. A 1999 UNICEF survey "
      "put excess deaths of under-fives between 1991 and 1998 at about 500,000. But a study "
      "published in BMJ Global Health this year found that the data had been manipulated by "
      "Saddam Hussein's government, and that later surveys showed no large rise in child "
      "mortality after 1990. There is no reliable evidence that sanctions caused anywhere near "
      "500,000 child deaths.",
      [C("500,000", 500000, "exact", "killed", "children (headline question)", None,
         optional=True, attr_alt=["social media"], ctx="kill 500,000"),
       C("500,000", 500000, "exact", "killed", "children (claim shared)", "social media",
         ctx="killed 500,000"),
       C("567,000", 567000, "exact", "killed", "children under five", FAO_1995,
         attr_alt=["the UN Food and Agriculture Organization"]),
       C("about 500,000", 500000, "about", "killed", "excess under-five deaths",
         "A 1999 UNICEF survey", attr_alt=["UNICEF"]),
       C("500,000", 500000, "exact", "killed", "child deaths (denied)", None, optional=True,
         attr_alt=["social media"], ctx="near 500,000")],
      published="2017-08-08"),
]

PASSAGES += [
    P("d88_032",
      "The Ogaden War, 1977-78: A Forgotten Conflict's Uncounted Dead\n"
      "In July 1977, Somalia's army crossed into Ethiopia's Ogaden region, which Mogadishu "
      "claimed as Somali land. By early 1978 the Soviet Union had switched sides, and Cuba had "
      "sent some 16,000 troops to fight alongside the Ethiopians. Historians' estimates of combat "
      "deaths range between 25,000 and 60,000; neither government ever published a full count. "
      "Ethiopia claimed at the end of the war to have destroyed 80 Somali tanks and killed more "
      "than 10,000 Somali soldiers. By 1980, Somalia's government said 1.3 million refugees from "
      "the Ogaden were on its soil, while UNHCR, whose staff counted the camps, put the figure at "
      "about 650,000.",
      [C("some 16,000", 16000, "about", "troops", "Cuban troops sent", None,
         attr_alt=["Cuba"]),
       C("between 25,000 and 60,000", 25000, "range", "killed", "combat deaths",
         "Historians' estimates", high=60000, attr_alt=["Historians"]),
       C("80", 80, "exact", "munitions", "Somali tanks destroyed", "Ethiopia",
         cat_alt=["other"]),
       C("more than 10,000", 10000, "more_than", "killed", "Somali soldiers", "Ethiopia"),
       C("1.3 million", 1300000, "exact", "displaced", "refugees from the Ogaden",
         "Somalia's government"),
       C("about 650,000", 650000, "about", "displaced", "refugees in camps", "UNHCR")]),

    P("d88_033",
      "Black Friday, 1978: how a rumour of 4,000 dead became history\n"
      "Published 8 September 2018\n"
      "On 8 September 1978, soldiers opened fire on protesters in Tehran's Jaleh Square on the "
      "first morning of martial law. Opposition figures said at the time that 4,000 people had "
      "been killed, and foreign correspondents reported \"thousands\" of dead. The government said "
      "58 had died. A count by the researcher Emadeddin Baghi, based on the files of the Martyrs "
      "Foundation, later found 84 people killed in Tehran that day, 64 of them in and around the "
      "square. Martial law authorities said about 500 people had been arrested.",
      [C("4,000", 4000, "exact", "killed", "dead (headline)", None, ctx="rumour of 4,000"),
       C("4,000", 4000, "exact", "killed", "people", "Opposition figures",
         ctx="that 4,000"),
       C("thousands", 1000, "vague", "killed", "dead", "foreign correspondents"),
       C("58", 58, "exact", "killed", "dead", "The government"),
       C("84", 84, "exact", "killed", "people in Tehran", BAGHI,
         attr_alt=["the researcher Emadeddin Baghi", "the Martyrs Foundation"]),
       C("64", 64, "exact", "killed", "people in and around the square", BAGHI,
         attr_alt=["the researcher Emadeddin Baghi", "the Martyrs Foundation"]),
       C("about 500", 500, "about", "detained", "people arrested",
         "Martial law authorities")],
      published="2018-09-08"),

    P("d88_034",
      "Spain's toxic oil syndrome: forty years on, the victims are still counting\n"
      "In May 1981, an eight-year-old boy died in Torrejón de Ardoz, near Madrid, of what doctors "
      "first took for an atypical pneumonia. The cause turned out to be industrial rapeseed oil, "
      "denatured with aniline, sold door to door as olive oil. The Supreme Court's 1989 judgment "
      "recognised 330 deaths and convicted 13 businessmen, some of them to sentences of up to 77 "
      "years. The health ministry's registry lists 20,688 people poisoned by the oil. Victims' "
      "associations say more than 5,000 have died since, many of them from the syndrome's "
      "long-term effects.",
      [C("330", 330, "exact", "killed", "deaths recognised by the court", TS_JUDGMENT,
         attr_alt=["The Supreme Court"]),
       C("13", 13, "exact", "detained", "businessmen convicted", None,
         attr_alt=["The Supreme Court"]),
       C("20,688", 20688, "exact", "injured", "people poisoned",
         "The health ministry's registry", cat_alt=["other"],
         attr_alt=["The health ministry"]),
       C("more than 5,000", 5000, "more_than", "killed", "victims who have died",
         "Victims' associations")]),

    P("d88_035",
      "Bhagalpur 1989: what the inquiry commission found\n"
      "Updated - October 24, 2019 10:05 am IST\n"
      "The violence in Bhagalpur began on 24 October 1989 during a procession and spread over two "
      "months to some 250 villages. The state government's official count was 1,070 dead, of "
      "whom about 900 were Muslims. A commission headed by Justice N.N. Singh, whose report was "
      "tabled in the Bihar Assembly in 2015, found that police had failed to act and that about "
      "50,000 people had fled their homes. In Logain village, 116 Muslims were killed and buried "
      "in a field that was then planted with cauliflower, the commission said. Fourteen people "
      "were sentenced to life imprisonment for the Logain killings in 2007.",
      [C("some 250", 250, "about", "other", "villages affected", None, optional=True),
       C("1,070", 1070, "exact", "killed", "dead", BGP_COUNT,
         attr_alt=["The state government"]),
       C("about 900", 900, "about", "killed", "Muslims among the dead", BGP_COUNT,
         attr_alt=["The state government"]),
       C("about 50,000", 50000, "about", "displaced", "people who fled", SINGH),
       C("116", 116, "exact", "killed", "Muslims in Logain", "the commission",
         attr_alt=[SINGH]),
       C("Fourteen", 14, "exact", "detained", "people sentenced", None)],
      published="2019-10-24"),

    P("d88_036",
      "BRASILIA, Aug 3 (Reuters) - Brazil's Supreme Federal Tribunal on Thursday upheld the "
      "genocide convictions of five gold miners for the 1993 massacre of Yanomami Indians at "
      "Haximu, near the Venezuelan border. Early reports in August 1993, based on accounts "
      "relayed by Yanomami leaders, put the dead at 73, but federal police investigators later "
      "confirmed 16 deaths, among them a baby and several elderly women. About 40,000 wildcat "
      "miners were working illegally on Yanomami land at the time, according to FUNAI, the "
      "federal indigenous agency. Some 9,000 Yanomami lived on the Brazilian side of the border.",
      [C("five", 5, "exact", "detained", "gold miners convicted", None, attr_alt=[STF]),
       C("73", 73, "exact", "killed", "dead (early reports)", "Early reports",
         attr_alt=["Yanomami leaders"]),
       C("16", 16, "exact", "killed", "Yanomami", "federal police investigators"),
       C("About 40,000", 40000, "about", "other", "wildcat miners", "FUNAI",
         cat_alt=["population"]),
       C("Some 9,000", 9000, "about", "population", "Yanomami in Brazil", None,
         attr_alt=["FUNAI"])]),

    P("d88_037",
      "Did 6,500 migrant workers die building Qatar's World Cup stadiums?\n"
      "18 November 2022\n"
      "A figure of 6,500 migrant worker deaths has been widely shared before the World Cup, often "
      "with the claim that they all died building stadiums. The number comes from a Guardian "
      "analysis of government data from India, Pakistan, Nepal, Bangladesh and Sri Lanka, which "
      "found that more than 6,500 workers from those countries had died in Qatar between 2010 "
      "and 2020. That total covers deaths from all causes and in all jobs, not only on World Cup "
      "projects. Qatar's Supreme Committee for Delivery and Legacy says three workers died in "
      "work-related incidents on its stadium sites and 37 in other incidents. The International "
      "Labour Organization found that 50 workers were killed at work in Qatar in 2020 and 506 "
      "were seriously injured. Qatar had about 2 million migrant workers that year.",
      [C("6,500", 6500, "exact", "killed", "migrant workers (headline question)", None,
         optional=True, attr_alt=[GUARDIAN], ctx="Did 6,500"),
       C("6,500", 6500, "exact", "killed", "migrant worker deaths (shared figure)", GUARDIAN,
         attr_alt=[None], ctx="figure of 6,500"),
       C("more than 6,500", 6500, "more_than", "killed", "South Asian workers", GUARDIAN),
       C("three", 3, "exact", "killed", "workers on stadium sites (work-related)", SC_QATAR),
       C("37", 37, "exact", "killed", "workers (other incidents)", SC_QATAR),
       C("50", 50, "exact", "killed", "workers killed at work", ILO),
       C("506", 506, "exact", "injured", "workers seriously injured", ILO),
       C("about 2 million", 2000000, "about", "population", "migrant workers in Qatar", None,
         cat_alt=["other"])],
      published="2022-11-18"),

    P("d88_038",
      "How we calculate excess mortality\n"
      "Excess mortality is the difference between the number of deaths from all causes in a given "
      "period and the number that would have been expected had the crisis not happened. Expected "
      "deaths are projected from a linear trend fitted to each country's data for 2015 to 2019. "
      "We show the results both as a percentage above the expected level, known as the P-score, "
      "and as a rate per 100,000 people, which allows comparisons between countries of very "
      "different sizes. A P-score of 25% means that deaths were a quarter higher than expected. "
      "Because many countries report deaths with long delays, the most recent 6 to 8 weeks are "
      "often incomplete and are shown with a dashed line.",
      []),
]

PASSAGES += [
    P("d88_039",
      "The Hijacking of the Landshut: 40 Years After the Rescue in Mogadishu\n"
      "18.10.2017, 11.05 Uhr\n"
      "On Oct. 13, 1977, four Palestinian hijackers seized Lufthansa Flight 181 on its way from "
      "Mallorca to Frankfurt, with 86 passengers and five crew members on board. For five days "
      "the plane was flown from Rome to Larnaca, Bahrain, Dubai, Aden and finally Mogadishu; in "
      "Aden, the hijackers shot the captain, Jürgen Schumann. Shortly after midnight on Oct. 18, "
      "about 30 men of the GSG 9 counterterrorism unit stormed the aircraft and freed all 90 "
      "remaining hostages, three of whom were slightly hurt. Three of the hijackers were killed. "
      "They had demanded the release of 11 Red Army Faction prisoners held in West Germany, and "
      "hours after the rescue three of the group's leaders were found dead in their cells at "
      "Stammheim prison.",
      [C("four", 4, "exact", "troops", "hijackers", None, cat_alt=["other"],
         ctx="four Palestinian"),
       C("86", 86, "exact", "hostages", "passengers on board", None, cat_alt=["other"]),
       C("five", 5, "exact", "hostages", "crew members on board", None, cat_alt=["other"],
         ctx="five crew"),
       C("about 30", 30, "about", "troops", "GSG 9 commandos", None),
       C("90", 90, "exact", "hostages", "hostages freed", None),
       C("three", 3, "exact", "injured", "hostages slightly hurt", None,
         ctx="three of whom"),
       C("Three", 3, "exact", "killed", "hijackers killed", None, ctx="Three of the hijackers"),
       C("11", 11, "exact", "detained", "RAF prisoners whose release was demanded", None),
       C("three", 3, "exact", "killed", "RAF leaders found dead", None,
         ctx="three of the group's")],
      published="2017-10-18"),

    P("d88_040",
      "Morvi 1979: the dam burst whose toll was never settled\n"
      "Updated: August 11, 2019 7:42:15 am\n"
      "On 11 August 1979, after days of heavy rain, the Machchhu-II dam above Morvi in Gujarat "
      "gave way and sent a wall of water through the town. The Gujarat government's official "
      "figure was 1,439 human deaths and about 13,000 animals. Chief Minister Babubhai Patel "
      "insisted at the time that fewer than 2,000 people had died. The authors of a 2012 book on "
      "the disaster, who spent years interviewing survivors, argued that the true toll could "
      "have been up to 25,000. About 1,500 soldiers were brought in to clear bodies and debris. "
      "A commission of inquiry set up by the state was wound up in 1981 before it could report.",
      [C("1,439", 1439, "exact", "killed", "human deaths",
         "The Gujarat government's official figure", attr_alt=["Gujarat government"]),
       C("about 13,000", 13000, "about", "other", "animals killed",
         "The Gujarat government's official figure", attr_alt=["Gujarat government"]),
       C("fewer than 2,000", 2000, "fewer_than", "killed", "people",
         "Chief Minister Babubhai Patel"),
       C("up to 25,000", 25000, "at_most", "killed", "people",
         "The authors of a 2012 book on the disaster"),
       C("About 1,500", 1500, "about", "troops", "soldiers brought in", None)],
      published="2019-08-11"),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d88_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
