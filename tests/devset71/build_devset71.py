"""Source of the seventy-first development set: writes ``passages.jsonl`` next to it.

Longer analysis, explainer and anniversary writing about wars, massacres, famines, disasters and
repression between 1940 and 2026, written for this set (none copied from an article) in the
styles of the Guardian long read, the Economist, BBC explainers, NYT retrospectives, Al Jazeera
explainers and The Conversation: several sources' competing figures in one passage, historians'
estimates, official and unofficial counts, revisions over decades, "Q&A" explainers, and
background sentences in the writer's own voice mixed with sourced ones. Annotated by hand and
blind by the project's gold conventions (``gold/README.md`` of the shared folder) and the
decisions recorded in the READMEs of the earlier sets. Figures follow contemporary reports and
later research loosely and some details are invented; the set tests extraction, not facts.

Run ``python tests/devset71/build_devset71.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, other_sets, render

OUT = Path(__file__).with_name("passages.jsonl")
EARLIER = other_sets("devset71")

HU_INST = "figures compiled by the Institute for the History of the 1956 Hungarian Revolution"
HU_INST_B = "the Institute for the History of the 1956 Hungarian Revolution"
WRM = "The Warsaw Rising Museum"
LIDICE = "the records of the Lidice Memorial"
IPN = "The Institute of National Remembrance (IPN)"
IPN2000 = "a 2000 study by the IPN"
NPS = "the US National Park Service"
JORDI = "the historian Jean-Jacques Jordi"
JORDI_R = "a report for the French government by the historian Jean-Jacques Jordi"
GOODKIND = "A 2011 study by the demographers Daniel Goodkind and Loraine West"
ZZF = ("A research project by the Centre for Contemporary History in Potsdam and the Berlin "
       "Wall Foundation")

PASSAGES = [
    # --- 1 China's Great Famine (Q&A) ----------------------------------------------------------
    P("d71_001",
      "How many people died in China's Great Famine?\n"
      "The famine that followed Mao Zedong's Great Leap Forward, between 1959 and 1961, is the "
      "deadliest in recorded history, but there has never been an agreed toll. China's "
      "government has never published one. Demographers working from the 1982 census, among "
      "them Judith Banister, arrived at about 30 million excess deaths. The journalist Yang "
      "Jisheng, who spent more than a decade in provincial archives, puts the figure at 36 "
      "million. Frank Dikötter, a historian at the University of Hong Kong, argues that at least "
      "45 million people died prematurely, 2.5 million of them beaten or tortured to death.\n"
      "Why do the numbers differ so much?\n"
      "Much depends on the baseline: how many people would have died anyway in a poor country "
      "where life expectancy was under 50. Estimates at the low end, from a handful of Chinese "
      "scholars, range from 15 million to 20 million. Demographers also reckon the famine cost "
      "some 33 million lost or postponed births.",
      [C("about 30 million", 30_000_000, "about", "killed", "excess deaths in the Great Famine",
         "Demographers working from the 1982 census", attr_alt=["Judith Banister"]),
       C("36 million", 36_000_000, "exact", "killed", "deaths in the Great Famine",
         "The journalist Yang Jisheng", attr_alt=["Yang Jisheng"]),
       C("at least 45 million", 45_000_000, "at_least", "killed",
         "premature deaths in the Great Famine", "Frank Dikötter"),
       C("2.5 million", 2_500_000, "exact", "killed", "people beaten or tortured to death",
         "Frank Dikötter"),
       C("15 million to 20 million", 15_000_000, "range", "killed",
         "deaths in the Great Famine (low estimates)", "a handful of Chinese scholars",
         high=20_000_000),
       C("some 33 million", 33_000_000, "about", "other", "lost or postponed births",
         "Demographers", optional=True)]),

    # --- 2 Bengal famine, 1943 (The Conversation) ---------------------------------------------
    P("d71_002",
      "Published: August 14, 2023 3:12pm BST\n"
      "Eighty years ago this summer, the Bengal famine was at its height. The Famine Inquiry "
      "Commission, appointed by the British and chaired by Sir John Woodhead, concluded in 1945 "
      "that about 1.5 million people had died as a result of the famine and the epidemics that "
      "followed it. Most later estimates are higher. The economist Amartya Sen, who witnessed "
      "the famine as a nine-year-old boy in Santiniketan, put excess mortality at between 2.7 "
      "million and 3 million. A 2019 study in Geophysical Research Letters found that the "
      "famine, unlike most in India's history, was not caused by drought. At its worst, in "
      "October 1943, relief kitchens in Calcutta were feeding more than 100,000 people a day, "
      "and tens of thousands of destitute villagers had drifted into the city.",
      [C("about 1.5 million", 1_500_000, "about", "killed", "deaths in the Bengal famine",
         "The Famine Inquiry Commission", attr_alt=["Sir John Woodhead"]),
       C("between 2.7 million and 3 million", 2_700_000, "range", "killed",
         "excess deaths in the Bengal famine", "The economist Amartya Sen", high=3_000_000,
         attr_alt=["Amartya Sen"]),
       C("more than 100,000", 100_000, "more_than", "other", "people fed daily in Calcutta",
         cat_alt=["aid"]),
       C("tens of thousands", 10_000, "vague", "displaced",
         "destitute villagers who drifted into Calcutta", cat_alt=["other"])],
      published="2023-08-14"),

    # --- 3 The Nakba, 1948 (Al Jazeera explainer) ----------------------------------------------
    P("d71_003",
      "Nakba explained: How 1948 made Palestinians a nation of refugees\n"
      "Published On 15 May 2024\n"
      "Between 1947 and 1949, at least 750,000 Palestinians were expelled from or fled their "
      "homes in what became Israel, out of a Palestinian population of about 1.9 million. A UN "
      "Conciliation Commission report in 1949 counted 711,000 refugees, the figure most often "
      "used by Israeli historians. Palestinian sources give higher numbers: the Palestinian "
      "Central Bureau of Statistics says some 15,000 Palestinians were killed during the Nakba "
      "and that more than 530 villages were destroyed. Israeli historian Benny Morris, whose "
      "1988 book first drew on the Israeli army's archives, counted 369 Arab villages and towns "
      "that were depopulated. Today UNRWA, the UN agency for Palestinian refugees, provides "
      "services to about 5.9 million registered refugees across Gaza, the occupied West Bank, "
      "Jordan, Lebanon and Syria.",
      [C("at least 750,000", 750_000, "at_least", "displaced",
         "Palestinians expelled or fled, 1947-49"),
       C("about 1.9 million", 1_900_000, "about", "population", "Palestinian population"),
       C("711,000", 711_000, "exact", "displaced", "Palestinian refugees (1949 count)",
         "A UN Conciliation Commission report"),
       C("some 15,000", 15_000, "about", "killed", "Palestinians killed during the Nakba",
         "the Palestinian Central Bureau of Statistics"),
       C("more than 530", 530, "more_than", "infrastructure", "villages destroyed",
         "the Palestinian Central Bureau of Statistics", cat_alt=["other"]),
       C("369", 369, "exact", "infrastructure", "Arab villages and towns depopulated",
         "Israeli historian Benny Morris", cat_alt=["other"], attr_alt=["Benny Morris"]),
       C("about 5.9 million", 5_900_000, "about", "displaced",
         "registered Palestinian refugees today", attr_alt=["UNRWA"])],
      published="2024-05-15"),

    # --- 4 Nagasaki at 80 (NYT-style retrospective) --------------------------------------------
    P("d71_004",
      "Aug. 9, 2025\n"
      "NAGASAKI, Japan — Eighty years ago on Saturday, at 11:02 a.m., an American B-29 dropped a "
      "plutonium bomb nicknamed Fat Man over this port city. The blast and the firestorm killed "
      "roughly 40,000 people instantly, according to estimates compiled by the city, and by the "
      "end of 1945 the toll had reached about 74,000, more than a quarter of the population. "
      "Another 75,000 people were injured. The survivors, known as hibakusha, are dwindling: "
      "Japan's health ministry said in July that 99,130 were still alive, with an average age of "
      "86, and fewer than 30,000 of them live in Nagasaki Prefecture. At Saturday's ceremony, "
      "Mayor Shiro Suzuki added the names of 3,396 hibakusha who had died over the past year to "
      "the city's register of victims, which now holds 198,785 names.",
      [C("roughly 40,000", 40_000, "about", "killed", "people killed instantly in Nagasaki",
         "estimates compiled by the city", attr_alt=["the city"]),
       C("about 74,000", 74_000, "about", "killed", "Nagasaki dead by end of 1945",
         "estimates compiled by the city", attr_alt=["the city"]),
       C("more than a quarter", 0.25, "more_than", "other", "share of the population killed",
         "estimates compiled by the city", optional=True, attr_alt=[None]),
       C("75,000", 75_000, "exact", "injured", "people injured in Nagasaki",
         "estimates compiled by the city", attr_alt=[None]),
       C("99,130", 99_130, "exact", "other", "hibakusha still alive",
         "Japan's health ministry"),
       C("fewer than 30,000", 30_000, "fewer_than", "other", "hibakusha in Nagasaki Prefecture",
         "Japan's health ministry", attr_alt=[None]),
       C("3,396", 3_396, "exact", "killed", "hibakusha who died over the past year",
         cat_alt=["other"], attr_alt=["Mayor Shiro Suzuki"]),
       C("198,785", 198_785, "exact", "killed", "names in Nagasaki's register of victims",
         cat_alt=["other"])],
      published="2025-08-09"),

    # --- 5 Dresden at 80 (Economist style) -----------------------------------------------------
    P("d71_005",
      "Feb 13th 2025 | BERLIN\n"
      "EIGHTY years after British and American bombers reduced the baroque centre of Dresden to "
      "rubble, the arguments over how many died there have not quite ended. Over two nights and "
      "a day in February 1945, some 1,300 heavy bombers dropped more than 3,900 tonnes of high "
      "explosive and incendiaries on the city. Nazi propagandists, keen to paint the raids as a "
      "war crime, spread a figure of 200,000 or more dead; David Irving, a British Holocaust "
      "denier, long claimed 135,000. In 2010 a commission of historians appointed by the city "
      "concluded that between 18,000 and 25,000 people had been killed, and it found no evidence "
      "for the mass cremations of uncounted refugees on which the higher figures rested. "
      "Far-right groups still march on the anniversary; this year police said about 1,000 "
      "turned out, against some 10,000 counter-demonstrators.",
      [C("some 1,300", 1_300, "about", "munitions", "heavy bombers over Dresden"),
       C("more than 3,900", 3_900, "more_than", "munitions", "tonnes of bombs dropped",
         optional=True),
       C("200,000 or more", 200_000, "at_least", "killed", "Dresden dead (Nazi propaganda)",
         "Nazi propagandists"),
       C("135,000", 135_000, "exact", "killed", "Dresden dead (Irving's claim)",
         "David Irving"),
       C("between 18,000 and 25,000", 18_000, "range", "killed", "people killed in Dresden",
         "a commission of historians appointed by the city", high=25_000),
       C("about 1,000", 1_000, "about", "other", "far-right marchers", "police"),
       C("some 10,000", 10_000, "about", "other", "counter-demonstrators", "police",
         attr_alt=[None])],
      published="2025-02-13"),
    # --- 6 Hungary, 1956, sixty years on (BBC style) ------------------------------------------
    P("d71_006",
      "Hungary marks 60 years since the 1956 uprising\n"
      "Hungary is marking the 60th anniversary of the revolt against Soviet rule, which began "
      "as a student demonstration in Budapest on 23 October 1956 and was crushed by Soviet "
      "tanks 12 days later. About 2,500 Hungarians were killed in the fighting, most of them "
      "young workers, according to figures compiled by the Institute for the History of the "
      "1956 Hungarian Revolution, and some 20,000 were wounded. The Soviet army lost about 700 "
      "men. In the reprisals that followed, the institute says, about 22,000 people were "
      "sentenced to prison and 229 were executed, among them the reformist prime minister Imre "
      "Nagy in 1958. Roughly 200,000 Hungarians, about 2% of the population, fled to the West, "
      "most of them across the border into Austria.",
      [C("About 2,500", 2_500, "about", "killed", "Hungarians killed in 1956", HU_INST,
         attr_alt=[HU_INST_B]),
       C("some 20,000", 20_000, "about", "injured", "Hungarians wounded in 1956", HU_INST,
         attr_alt=[HU_INST_B]),
       C("about 700", 700, "about", "killed", "Soviet soldiers killed", HU_INST,
         attr_alt=[None, HU_INST_B]),
       C("about 22,000", 22_000, "about", "detained", "people sentenced to prison",
         "the institute", attr_alt=[HU_INST_B]),
       C("229", 229, "exact", "killed", "people executed after 1956", "the institute",
         attr_alt=[HU_INST_B]),
       C("Roughly 200,000", 200_000, "about", "displaced", "Hungarians who fled to the West"),
       C("about 2%", 2, "about", "other", "share of the population who fled", optional=True,
         cat_alt=["displaced"])]),

    # --- 7 The Warsaw Uprising at 80 (Guardian style) -----------------------------------------
    P("d71_007",
      "Thu 1 Aug 2024 05.00 BST\n"
      "At 5pm on Thursday, sirens will sound across Warsaw and traffic will stop for a minute, "
      "as it does every year on 1 August, to mark the moment in 1944 when the Home Army rose "
      "against the German occupiers. The insurgents, about 40,000 of them, many barely out of "
      "school, had weapons for only a fraction of their number. They held out for 63 days. The "
      "Warsaw Rising Museum puts the number of insurgents killed at about 16,000, with a further "
      "20,000 wounded and some 15,000 taken prisoner after the surrender. Civilian deaths are far "
      "harder to establish: most historians put them between 150,000 and 200,000, many of them "
      "shot in mass executions in the Wola district, where as many as 50,000 people were killed "
      "in the first week. After the capitulation the Germans expelled the remaining population, "
      "about 500,000 people, and razed much of the city.",
      [C("about 40,000", 40_000, "about", "troops", "Home Army insurgents",
         cat_alt=["other"]),
       C("about 16,000", 16_000, "about", "killed", "insurgents killed", WRM),
       C("20,000", 20_000, "exact", "injured", "insurgents wounded", WRM),
       C("some 15,000", 15_000, "about", "detained", "insurgents taken prisoner", WRM),
       C("between 150,000 and 200,000", 150_000, "range", "killed",
         "civilians killed in the Warsaw Uprising", "most historians", high=200_000),
       C("as many as 50,000", 50_000, "at_most", "killed", "people killed in Wola",
         attr_alt=["most historians"]),
       C("about 500,000", 500_000, "about", "displaced", "Warsaw residents expelled",
         cat_alt=["population"])],
      published="2024-08-01"),

    # --- 8 Lidice, 80 years on (The Conversation) ----------------------------------------------
    P("d71_008",
      "Lidice: the Czech village the Nazis erased, 80 years on\n"
      "Published: June 9, 2022 8:20am EDT\n"
      "On the night of June 9 1942, in reprisal for the assassination of Reinhard Heydrich, "
      "German security police surrounded the village of Lidice, north-west of Prague. The next "
      "morning 173 men and boys over the age of 15 were shot against a barn wall, according to "
      "the records of the Lidice Memorial. The women, 184 of them, were sent to Ravensbrück "
      "concentration camp, where at least 50 died. Of the 105 children, most were gassed at "
      "Chełmno; only 17 came home after the war, the memorial says. The village itself was "
      "burned, dynamited and ploughed over. Its name, as the historian Jan Kaplan has observed, "
      "was adopted by towns in Mexico, Brazil and Illinois within months.",
      [C("173", 173, "exact", "killed", "men and boys shot at Lidice", LIDICE,
         attr_alt=["the Lidice Memorial"]),
       C("184", 184, "exact", "detained", "Lidice women sent to Ravensbrück", LIDICE,
         attr_alt=[None, "the Lidice Memorial"]),
       C("at least 50", 50, "at_least", "killed", "Lidice women who died at Ravensbrück",
         LIDICE, attr_alt=[None, "the Lidice Memorial"]),
       C("105", 105, "exact", "other", "Lidice children taken", "the memorial",
         cat_alt=["hostages", "population"], attr_alt=["the Lidice Memorial"]),
       C("17", 17, "exact", "other", "Lidice children who came home", "the memorial",
         cat_alt=["hostages"], attr_alt=["the Lidice Memorial"])],
      published="2022-06-09"),

    # --- 9 The Dutch Hunger Winter (long read, no date) ----------------------------------------
    P("d71_009",
      "The Hunger Winter: what a Dutch famine taught medicine\n"
      "By the time Canadian troops and Allied food drops reached the western Netherlands in May "
      "1945, the famine known as the Hongerwinter had lasted six months. Official rations in "
      "Amsterdam had fallen below 600 calories a day by April. Most histories put the death "
      "toll at between 18,000 and 22,000, though the Dutch statistics office, in a study "
      "published in the 1950s, attributed some 16,000 excess deaths directly to malnutrition. "
      "About 4.5 million people in the occupied west were affected, and tens of thousands of "
      "townspeople trekked into the countryside with handcarts to barter linen and jewellery for "
      "potatoes. Operation Manna and its American counterpart, Chowhound, dropped more than "
      "11,000 tonnes of food in ten days. Researchers later followed some 2,400 people who were "
      "in the womb during the famine, and found higher rates of heart disease and diabetes in "
      "late middle age.",
      [C("between 18,000 and 22,000", 18_000, "range", "killed",
         "deaths in the Hunger Winter", "Most histories", high=22_000),
       C("some 16,000", 16_000, "about", "killed", "excess deaths from malnutrition",
         "the Dutch statistics office"),
       C("About 4.5 million", 4_500_000, "about", "other", "people affected by the famine",
         cat_alt=["population"]),
       C("tens of thousands", 10_000, "vague", "other",
         "townspeople who trekked to the countryside", cat_alt=["displaced"]),
       C("more than 11,000", 11_000, "more_than", "aid", "tonnes of food dropped"),
       C("some 2,400", 2_400, "about", "other", "people studied who were in the womb",
         optional=True, attr_alt=["Researchers"])]),

    # --- 10 Paris, 17 October 1961 (France 24-style explainer) ---------------------------------
    P("d71_010",
      "17 October 1961: the massacre France took decades to acknowledge\n"
      "Issued on: 17/10/2021 - 11:05\n"
      "On the evening of 17 October 1961, some 30,000 Algerians answered the FLN's call to "
      "march peacefully through Paris against a curfew imposed on them alone. The police, under "
      "prefect Maurice Papon, met them with truncheons and gunfire. The official toll at the "
      "time was three dead. Papon's prefecture later admitted to only two. In 1998 a "
      "government-commissioned report by the state councillor Dieudonné Mandelkern found "
      "evidence of at least 32 deaths; historian Jean-Luc Einaudi, whose work on hospital and "
      "cemetery records forced the issue into the open, put the number at more than 200, some "
      "of the bodies thrown into the Seine. More than 11,000 people were rounded up that night "
      "and held at sports grounds and at the Palais des Sports. On Saturday Emmanuel Macron "
      "became the first French president to attend a commemoration, calling the crimes "
      "\"inexcusable for the Republic\".",
      [C("some 30,000", 30_000, "about", "other", "Algerian marchers in Paris"),
       C("three", 3, "exact", "killed", "dead (official toll in 1961)", "The official toll",
         ctx="three dead"),
       C("two", 2, "exact", "killed", "dead (prefecture's admission)", "Papon's prefecture",
         ctx="only two"),
       C("at least 32", 32, "at_least", "killed", "deaths found by the Mandelkern report",
         "a government-commissioned report", attr_alt=["Dieudonné Mandelkern"]),
       C("more than 200", 200, "more_than", "killed", "Algerians killed (Einaudi)",
         "historian Jean-Luc Einaudi", attr_alt=["Jean-Luc Einaudi"]),
       C("More than 11,000", 11_000, "more_than", "detained", "people rounded up")],
      published="2021-10-17"),
    # --- 11 Black January, Baku, 1990 (retrospective, no date) --------------------------------
    P("d71_011",
      "Thirty-five years on, Baku remembers the night the tanks came\n"
      "BAKU — Every 20 January, tens of thousands of people climb the hill to the Alley of "
      "Martyrs to lay red carnations on the graves of those killed when Soviet troops stormed "
      "the Azerbaijani capital in 1990. Moscow sent some 26,000 soldiers into the city on the "
      "night of 19–20 January, officially to stop anti-Armenian pogroms, though those had "
      "largely ended by then. Azerbaijan's government says 147 civilians were killed and 744 "
      "wounded; Soviet officials at the time acknowledged 83 civilian deaths. Human Rights "
      "Watch, which sent a team in the spring of 1990, concluded that the troops had used "
      "excessive force, and counted at least 122 deaths among the civilians. Soviet records "
      "list 21 soldiers killed. Mikhail Gorbachev, then Soviet leader, later called the decision "
      "the biggest mistake of his career.",
      [C("tens of thousands", 10_000, "vague", "other", "people at the Alley of Martyrs"),
       C("some 26,000", 26_000, "about", "troops", "Soviet soldiers sent into Baku",
         attr_alt=["Moscow"]),
       C("147", 147, "exact", "killed", "civilians killed in Baku", "Azerbaijan's government"),
       C("744", 744, "exact", "injured", "people wounded in Baku", "Azerbaijan's government"),
       C("83", 83, "exact", "killed", "civilian deaths (Soviet figure)",
         "Soviet officials at the time", attr_alt=["Soviet officials"]),
       C("at least 122", 122, "at_least", "killed", "civilian deaths (HRW count)",
         "Human Rights Watch"),
       C("21", 21, "exact", "killed", "Soviet soldiers killed", "Soviet records")]),

    # --- 12 Indonesia, 1965-66 (The Conversation) ---------------------------------------------
    P("d71_012",
      "Indonesia's 1965 massacres: why the toll is still unknown\n"
      "Published: September 29, 2025 7:12pm EDT\n"
      "Sixty years ago this week, an abortive coup blamed on the Indonesian Communist Party, the "
      "PKI, gave the army under General Suharto the pretext for one of the 20th century's worst "
      "massacres. Over the following six months, soldiers and civilian militias killed "
      "communists, suspected sympathisers and ethnic Chinese across Java, Bali and Sumatra. A "
      "fact-finding commission sent by President Sukarno in December 1965 reported 78,500 "
      "deaths, a figure even its members regarded as far too low. Most scholars now cite "
      "between 500,000 and 1 million; the commander of the paracommando regiment, Sarwo Edhie "
      "Wibowo, is said to have boasted shortly before his death that 3 million had been killed. "
      "Amnesty International estimated in 1977 that more than 1 million people had been "
      "detained without trial, some of them for over a decade on the prison island of Buru. In "
      "2016 a people's tribunal in The Hague, which has no legal force, found the Indonesian "
      "state responsible for crimes against humanity; the government rejected the finding.",
      [C("78,500", 78_500, "exact", "killed", "deaths reported by Sukarno's commission",
         "A fact-finding commission sent by President Sukarno"),
       C("between 500,000 and 1 million", 500_000, "range", "killed",
         "people killed in 1965-66", "Most scholars", high=1_000_000),
       C("3 million", 3_000_000, "exact", "killed", "people killed (Sarwo Edhie's boast)",
         "Sarwo Edhie Wibowo", attr_alt=["the commander of the paracommando regiment"]),
       C("more than 1 million", 1_000_000, "more_than", "detained",
         "people detained without trial", "Amnesty International")],
      published="2025-09-29"),

    # --- 13 The Cultural Revolution at 50 (Economist style) -----------------------------------
    P("d71_013",
      "The Cultural Revolution, 50 years on\n"
      "FIFTY years ago this week the Communist Party's Central Committee issued the circular "
      "that launched the Cultural Revolution. The decade of chaos that followed is officially "
      "described as a \"catastrophe\", but China's leaders have never put a number on its "
      "victims, and archives in Beijing remain closed. Western scholars' estimates of deaths "
      "range from 1.1 million to 1.6 million, according to Andrew Walder, a sociologist at "
      "Stanford, who has combed more than 2,000 county annals; some Chinese scholars put the "
      "toll at as many as 3 million. In Guangxi province alone, internal party investigations "
      "in the 1980s documented between 100,000 and 150,000 killings, including cases of "
      "cannibalism. Some 17 million urban youths were \"sent down\" to the countryside. A "
      "party-run investigation cited by the historian Roderick MacFarquhar found that 36 "
      "million people had been persecuted in rural areas.",
      [C("1.1 million to 1.6 million", 1_100_000, "range", "killed",
         "deaths in the Cultural Revolution", "Andrew Walder", high=1_600_000,
         attr_alt=["Western scholars' estimates"]),
       C("more than 2,000", 2_000, "more_than", "other", "county annals combed",
         "Andrew Walder", optional=True, attr_alt=[None]),
       C("as many as 3 million", 3_000_000, "at_most", "killed",
         "deaths in the Cultural Revolution (high estimate)", "some Chinese scholars"),
       C("between 100,000 and 150,000", 100_000, "range", "killed", "killings in Guangxi",
         "internal party investigations", high=150_000),
       C("Some 17 million", 17_000_000, "about", "displaced", "urban youths sent down",
         cat_alt=["other"]),
       C("36 million", 36_000_000, "exact", "other", "people persecuted in rural areas",
         "A party-run investigation", cat_alt=["detained"],
         attr_alt=["the historian Roderick MacFarquhar"])]),

    # --- 14 The Chechen and Ingush deportation, 1944 (RFE/RL style) ----------------------------
    P("d71_014",
      "February 23, 2024 14:10 GMT\n"
      "By Caucasus Service\n"
      "Eighty years ago, on February 23, 1944, the NKVD began deporting the entire Chechen and "
      "Ingush peoples to Central Asia on Stalin's orders. The operation, code-named Lentil, "
      "involved some 120,000 troops and NKVD personnel and took less than a week. NKVD chief "
      "Lavrenty Beria reported to Stalin that 478,479 people had been loaded onto 180 trains by "
      "March 1. Chechen historians say that as many as a quarter of the deportees, and perhaps "
      "more, died in transit or in the first years of exile from hunger, cold and typhus; "
      "Soviet records for the special settlements show 144,704 deaths among all deported North "
      "Caucasus peoples by 1948. In the mountain village of Khaibakh, NKVD troops are said to "
      "have herded around 700 people into a stable and set it on fire. The Chechens and Ingush "
      "were allowed home only in 1957.",
      [C("some 120,000", 120_000, "about", "troops", "troops and NKVD personnel in Lentil"),
       C("478,479", 478_479, "exact", "displaced", "Chechens and Ingush deported",
         "NKVD chief Lavrenty Beria", attr_alt=["Lavrenty Beria"]),
       C("180", 180, "exact", "other", "deportation trains", "NKVD chief Lavrenty Beria",
         optional=True, attr_alt=["Lavrenty Beria"]),
       C("as many as a quarter", 0.25, "at_most", "killed", "share of deportees who died",
         "Chechen historians", optional=True),
       C("144,704", 144_704, "exact", "killed", "deaths among deported peoples by 1948",
         "Soviet records for the special settlements", attr_alt=["Soviet records"]),
       C("around 700", 700, "about", "killed", "people burned in Khaibakh")],
      published="2024-02-23"),

    # --- 15 The Crimean Tatar deportation (BBC-style Q&A) --------------------------------------
    P("d71_015",
      "Crimean Tatars: What happened in the 1944 deportation?\n"
      "Published 18 May 2024\n"
      "What was the Sürgün?\n"
      "In the early hours of 18 May 1944, Soviet security forces began rounding up the Crimean "
      "Tatars, whom Stalin had accused of collaborating with the Nazi occupiers. Within three "
      "days almost the whole community, about 190,000 people by the NKVD's own count, had been "
      "put on cattle wagons to Uzbekistan and other parts of Central Asia.\n"
      "How many died?\n"
      "Soviet documents record that nearly 8,000 died on the journey and more than 30,000 in the "
      "first 18 months in exile. Crimean Tatar activists, who carried out their own census of "
      "survivors in the 1960s, say that 46% of the deported population died. Ukraine's "
      "parliament recognised the deportation as genocide in 2015.\n"
      "How many live in Crimea today?\n"
      "Russia's 2014 census, conducted after the annexation, counted about 232,000 Crimean "
      "Tatars on the peninsula; Ukrainian officials say tens of thousands have left since.",
      [C("about 190,000", 190_000, "about", "displaced", "Crimean Tatars deported",
         "the NKVD's own count", attr_alt=["the NKVD"]),
       C("nearly 8,000", 8_000, "about", "killed", "deportees who died on the journey",
         "Soviet documents"),
       C("more than 30,000", 30_000, "more_than", "killed",
         "deportees who died in the first 18 months", "Soviet documents"),
       C("46%", 46, "exact", "killed", "share of the deported who died",
         "Crimean Tatar activists", optional=True),
       C("about 232,000", 232_000, "about", "population", "Crimean Tatars in Crimea (2014)",
         "Russia's 2014 census"),
       C("tens of thousands", 10_000, "vague", "displaced", "Crimean Tatars who have left",
         "Ukrainian officials")],
      published="2024-05-18"),
    # --- 16 Yungay and the Ancash earthquake, 1970 (AP-style anniversary) ----------------------
    P("d71_016",
      "YUNGAY, Peru (AP) — Fifty years after an earthquake shook loose a slab of ice from "
      "Huascarán, Peru's highest mountain, the town it buried is a field of white crosses and "
      "palm trees. The magnitude 7.9 quake of May 31, 1970, killed about 70,000 people across "
      "the department of Ancash, according to Peru's civil defense institute, and left some "
      "500,000 homeless. Here, the avalanche of ice, mud and rock arrived in less than four "
      "minutes. Of Yungay's roughly 20,000 inhabitants, only about 300 survived, most of them "
      "because they ran up to the hilltop cemetery or were at a circus at the edge of town. Some "
      "survivors, including Mateo Casaverde, then a 23-year-old geophysicist, say the official "
      "figures understate the dead in the surrounding hamlets.",
      [C("about 70,000", 70_000, "about", "killed", "people killed in Ancash",
         "Peru's civil defense institute"),
       C("some 500,000", 500_000, "about", "displaced", "people left homeless",
         "Peru's civil defense institute", attr_alt=[None]),
       C("roughly 20,000", 20_000, "about", "population", "Yungay's inhabitants"),
       C("about 300", 300, "about", "other", "Yungay survivors")]),

    # --- 17 The Banqiao dam, 1975 (long read, no date) -----------------------------------------
    P("d71_017",
      "The night the dams broke\n"
      "In August 1975 Typhoon Nina stalled over Henan province and dropped more than a year's "
      "rain in 24 hours. The Banqiao dam, built in the 1950s with Soviet help, gave way shortly "
      "after 1am on August 8, followed by the Shimantan dam and some 60 smaller ones. For two "
      "decades the disaster was a state secret. When the toll was finally disclosed, in a 1995 "
      "book on the floods published by the Henan provincial water bureau, it was put at 26,000 "
      "people drowned. Human Rights Watch, citing the estimates of Chinese hydrologists, later "
      "said that a further 145,000 had died of epidemics and famine in the weeks afterwards, and "
      "some researchers put the total at up to 230,000. About 11 million people were affected, "
      "and the flood destroyed nearly 6 million buildings. The engineer who had warned that the "
      "dam had too few sluice gates, Chen Xing, had been purged in 1959.",
      [C("some 60", 60, "about", "infrastructure", "smaller dams that failed"),
       C("26,000", 26_000, "exact", "killed", "people drowned (official toll)",
         "a 1995 book on the floods", attr_alt=["the Henan provincial water bureau"]),
       C("145,000", 145_000, "exact", "killed", "deaths from epidemics and famine",
         "the estimates of Chinese hydrologists",
         attr_alt=["Human Rights Watch", "Chinese hydrologists"]),
       C("up to 230,000", 230_000, "at_most", "killed", "total Banqiao deaths",
         "some researchers"),
       C("About 11 million", 11_000_000, "about", "other", "people affected",
         cat_alt=["population"]),
       C("nearly 6 million", 6_000_000, "about", "infrastructure", "buildings destroyed")]),

    # --- 18 London's Great Smog at 70 (Guardian style) -----------------------------------------
    P("d71_018",
      "LONDON — "
      "Seventy years ago today a thick yellow fog settled over London and did not lift for five "
      "days. Visibility fell to a few metres; buses were led through the streets by conductors "
      "carrying flares. At the time the Ministry of Health put the number of deaths caused by "
      "the smog at about 4,000, mostly among the elderly and people with bronchitis. Later "
      "analysis told a different story: a 2004 study by Michelle Bell and Devra Davis, using "
      "mortality records through to the following March, estimated that around 12,000 people "
      "had died. More than 100,000 more were made ill, the study found. The disaster led to the "
      "Clean Air Act of 1956, though smoke from coal fires continued to kill Londoners for years "
      "afterwards.",
      [C("about 4,000", 4_000, "about", "killed", "smog deaths (1952 estimate)",
         "the Ministry of Health"),
       C("around 12,000", 12_000, "about", "killed", "smog deaths (2004 study)",
         "a 2004 study by Michelle Bell and Devra Davis",
         attr_alt=["Michelle Bell and Devra Davis"]),
       C("More than 100,000", 100_000, "more_than", "injured", "people made ill by the smog",
         "the study", cat_alt=["other"],
         attr_alt=["a 2004 study by Michelle Bell and Devra Davis"])]),

    # --- 19 Idi Amin's obituary (2003) ---------------------------------------------------------
    P("d71_019",
      "Idi Amin, Uganda's former dictator, dies in exile aged 78\n"
      "Saturday 16 August 2003\n"
      "Idi Amin, whose eight-year rule of Uganda became a byword for brutality, died today in a "
      "hospital in Jeddah, Saudi Arabia, where he had lived in exile since 1980. He was 78. "
      "Estimates of the number of people killed under his regime range from 100,000 to 500,000; "
      "Amnesty International, which documented abductions and killings by the State Research "
      "Bureau, put the toll at up to 300,000. In 1972 he gave Uganda's Asian community 90 days "
      "to leave, and some 50,000 people, many of them British passport holders, were expelled; "
      "around 27,000 of them settled in Britain. His rule ended in April 1979 when some 45,000 "
      "Tanzanian troops and Ugandan exiles took Kampala, months after he had invaded Tanzania's "
      "Kagera region.",
      [C("100,000 to 500,000", 100_000, "range", "killed", "people killed under Amin",
         high=500_000),
       C("up to 300,000", 300_000, "at_most", "killed", "people killed under Amin (Amnesty)",
         "Amnesty International"),
       C("some 50,000", 50_000, "about", "displaced", "Ugandan Asians expelled"),
       C("around 27,000", 27_000, "about", "displaced", "expelled Asians who settled in Britain"),
       C("some 45,000", 45_000, "about", "troops", "Tanzanian troops and Ugandan exiles")],
      published="2003-08-16"),

    # --- 20 Zanzibar's revolution at 60 (Al Jazeera style) -------------------------------------
    P("d71_020",
      "Zanzibar's revolution at 60: the killings Tanzania prefers to forget\n"
      "Published On 12 Jan 2024\n"
      "On January 12, 1964, some 600 armed men led by John Okello, a Ugandan-born labourer, "
      "overthrew the sultan of Zanzibar in a matter of hours. What followed was a pogrom against "
      "the islands' Arab and South Asian minorities. The revolutionary government has never "
      "given a toll. Okello himself boasted on the radio that his men had killed 11,995 people; "
      "British diplomatic cables at the time estimated that between 5,000 and 12,000 Arabs had "
      "been killed. A documentary filmed by an Italian crew, Africa Addio, showed what it said "
      "were mass graves. Thousands more were detained or fled to Oman, which today has a "
      "sizeable community of Zanzibari descent. The sultan, Jamshid bin Abdullah, spent more "
      "than 50 years in exile in Portsmouth.",
      [C("some 600", 600, "about", "troops", "armed men who overthrew the sultan",
         cat_alt=["other"]),
       C("11,995", 11_995, "exact", "killed", "people killed (Okello's boast)", "Okello"),
       C("between 5,000 and 12,000", 5_000, "range", "killed", "Arabs killed in Zanzibar",
         "British diplomatic cables at the time", high=12_000,
         attr_alt=["British diplomatic cables"]),
       C("Thousands", 1_000, "vague", "detained", "people detained or who fled",
         cat_alt=["displaced"])],
      published="2024-01-12"),
    # --- 21 Operation Polo, Hyderabad, 1948 (Indian long read) ---------------------------------
    P("d71_021",
      "Updated: September 17, 2023 10:40 am IST\n"
      "Seventy-five years ago, on September 13, 1948, some 35,000 Indian troops crossed into the "
      "princely state of Hyderabad, whose Nizam had refused to join India. The \"police "
      "action\", code-named Operation Polo, was over in less than five days; the army said 42 "
      "of its soldiers and about 1,370 of the Nizam's troops and Razakar militiamen had been "
      "killed. What followed is far less well known. A committee led by Pandit Sunderlal, sent "
      "by Nehru to investigate, reported that between 27,000 and 40,000 Muslims had been killed "
      "in reprisals across Marathwada and other districts, a figure that was kept secret until "
      "2013. Some later accounts, among them the historian A.G. Noorani's, suggest that as many "
      "as 200,000 may have died. The Razakars themselves, who numbered as many as 100,000 at "
      "their height, had terrorised Hindu villages for months before the invasion.",
      [C("some 35,000", 35_000, "about", "troops", "Indian troops sent into Hyderabad"),
       C("42", 42, "exact", "killed", "Indian soldiers killed", "the army"),
       C("about 1,370", 1_370, "about", "killed", "Nizam's troops and Razakars killed",
         "the army"),
       C("between 27,000 and 40,000", 27_000, "range", "killed",
         "Muslims killed in reprisals", "A committee led by Pandit Sunderlal", high=40_000,
         attr_alt=["Pandit Sunderlal"]),
       C("as many as 200,000", 200_000, "at_most", "killed",
         "Muslims killed in reprisals (high estimate)", "Some later accounts",
         attr_alt=["the historian A.G. Noorani"]),
       C("as many as 100,000", 100_000, "at_most", "troops", "Razakar militiamen",
         cat_alt=["other"])],
      published="2023-09-17"),

    # --- 22 Bangladesh's 1974 famine (analysis, no date) ---------------------------------------
    P("d71_022",
      "Bangladesh's 1974 famine, half a century on\n"
      "Two and a half years after independence, floods along the Brahmaputra in the summer of "
      "1974 destroyed much of the aman rice crop and sent prices soaring. The government of "
      "Sheikh Mujibur Rahman opened nearly 5,800 langarkhanas, or gruel kitchens, which at their "
      "peak fed some 4.35 million people a day. The official toll was 27,500 deaths from "
      "starvation. According to the demographer Mohiuddin Alamgir, excess deaths from August "
      "1974 to January 1975 numbered around 1.5 million, a figure Amartya Sen later cited in "
      "his 1981 book Poverty and Famines. The United States had held back food shipments that "
      "year because of Bangladesh's jute sales to Cuba; 2.2 million tonnes of grain were "
      "promised only after the worst was over.",
      [C("nearly 5,800", 5_800, "about", "infrastructure", "gruel kitchens opened",
         cat_alt=["aid"], attr_alt=["The government of Sheikh Mujibur Rahman"]),
       C("some 4.35 million", 4_350_000, "about", "other", "people fed daily",
         cat_alt=["aid"]),
       C("27,500", 27_500, "exact", "killed", "starvation deaths (official toll)",
         "The official toll"),
       C("around 1.5 million", 1_500_000, "about", "killed", "excess deaths in the famine",
         "the demographer Mohiuddin Alamgir", attr_alt=["Mohiuddin Alamgir", "Amartya Sen"]),
       C("2.2 million", 2_200_000, "exact", "aid", "tonnes of grain promised")]),

    # --- 23 Cyclone Tracy at 50 (ABC style) ----------------------------------------------------
    P("d71_023",
      "Cyclone Tracy, 50 years on: the night Darwin was flattened\n"
      "Posted Tue 24 Dec 2024 at 5:30am\n"
      "In the early hours of Christmas Day 1974, Cyclone Tracy tore through Darwin with winds "
      "estimated at more than 217 kilometres an hour, the highest reading before the anemometer "
      "at the airport failed. Sixty-five people were killed, according to the official report, "
      "49 on land and 16 at sea, though the count is usually given today as 71 after later "
      "deaths were added. More than 600 were injured. About 70 percent of the city's homes were "
      "destroyed or damaged beyond repair. Within a week, in the largest airlift in Australia's "
      "history, more than 25,000 of Darwin's roughly 47,000 residents had been flown out, and "
      "thousands more left by road. Major-General Alan Stretton, who ran the relief effort, "
      "later wrote that the city had looked \"like Hiroshima\".",
      [C("Sixty-five", 65, "exact", "killed", "people killed by Cyclone Tracy",
         "the official report"),
       C("49", 49, "exact", "killed", "people killed on land", "the official report"),
       C("16", 16, "exact", "killed", "people killed at sea", "the official report"),
       C("71", 71, "exact", "killed", "Cyclone Tracy toll as usually given",
         attr_alt=["the official report"]),
       C("More than 600", 600, "more_than", "injured", "people injured by Cyclone Tracy",
         "the official report", attr_alt=[None]),
       C("About 70 percent", 70, "about", "infrastructure", "share of homes destroyed",
         optional=True),
       C("more than 25,000", 25_000, "more_than", "displaced", "residents flown out of Darwin"),
       C("roughly 47,000", 47_000, "about", "population", "Darwin residents"),
       C("thousands", 1_000, "vague", "displaced", "residents who left by road")],
      published="2024-12-24"),

    # --- 24 Poznań, June 1956 (anniversary piece) ----------------------------------------------
    P("d71_024",
      "POZNAŃ — "
      "Sixty-five years ago today, workers from the Cegielski locomotive factory in Poznań "
      "marched into the city centre demanding bread and lower work quotas. By noon the crowd had "
      "grown to perhaps 100,000. When some protesters attacked the secret police headquarters on "
      "Kochanowskiego Street, the authorities sent in the army: some 10,000 soldiers and about "
      "400 tanks and armoured vehicles were deployed against the city. The communist government "
      "at first admitted 38 deaths. The Institute of National Remembrance (IPN), which reopened "
      "the case in the 2000s, has identified 58 people who were killed, among them a "
      "13-year-old boy, Romek Strzałkowski, and says more than 600 were wounded. Around 750 "
      "people were arrested in the days that followed, and three show trials were held that "
      "autumn.",
      [C("perhaps 100,000", 100_000, "about", "other", "crowd in Poznań"),
       C("some 10,000", 10_000, "about", "troops", "soldiers deployed in Poznań",
         attr_alt=["the authorities"]),
       C("about 400", 400, "about", "munitions", "tanks and armoured vehicles deployed",
         cat_alt=["other"], attr_alt=["the authorities"]),
       C("38", 38, "exact", "killed", "deaths admitted by the government",
         "The communist government"),
       C("58", 58, "exact", "killed", "people killed identified by the IPN", IPN,
         attr_alt=["The Institute of National Remembrance"]),
       C("more than 600", 600, "more_than", "injured", "people wounded in Poznań", IPN,
         attr_alt=["The Institute of National Remembrance"]),
       C("Around 750", 750, "about", "detained", "people arrested after the revolt", IPN,
         attr_alt=[None]),
       C("three", 3, "exact", "other", "show trials", IPN, optional=True,
         attr_alt=[None], ctx="three show")]),

    # --- 25 December 1970 on the Baltic coast (retrospective, no date) -------------------------
    P("d71_025",
      "GDAŃSK — The monument outside the shipyard gates, three steel crosses with anchors, was "
      "the first in the communist bloc to commemorate victims of the regime. It honours the "
      "workers killed in December 1970, when strikes over food price rises spread along the "
      "Baltic coast and were put down by the army and the militia. The official toll, announced "
      "by the government of Edward Gierek in 1971, was 45 dead and 1,165 wounded. Historians who "
      "later gained access to the archives put the number of dead at 44 or 45 but believe the "
      "wounded ran to more than 2,000. Some 27,000 soldiers, 550 tanks and 750 armoured "
      "personnel carriers were sent to the coast, according to a 2000 study by the IPN, and "
      "more than 3,000 people were detained. At Gdynia, troops fired on workers arriving at the "
      "Stocznia station on the morning of December 17, killing 18.",
      [C("three", 3, "exact", "other", "crosses on the monument", optional=True),
       C("45", 45, "exact", "killed", "dead (official toll)", "The official toll",
         attr_alt=["the government of Edward Gierek"], ctx="45 dead"),
       C("1,165", 1_165, "exact", "injured", "wounded (official toll)", "The official toll",
         attr_alt=["the government of Edward Gierek"]),
       C("44 or 45", 44, "range", "killed", "dead (historians' figure)",
         "Historians who later gained access to the archives", high=45,
         attr_alt=["Historians"]),
       C("more than 2,000", 2_000, "more_than", "injured", "wounded (historians' figure)",
         "Historians who later gained access to the archives", attr_alt=["Historians"]),
       C("Some 27,000", 27_000, "about", "troops", "soldiers sent to the coast", IPN2000,
         attr_alt=["the IPN"]),
       C("550", 550, "exact", "munitions", "tanks sent to the coast", IPN2000,
         cat_alt=["other"], attr_alt=["the IPN"]),
       C("750", 750, "exact", "munitions", "armoured personnel carriers sent", IPN2000,
         cat_alt=["other"], attr_alt=["the IPN"]),
       C("more than 3,000", 3_000, "more_than", "detained", "people detained in December 1970",
         IPN2000, attr_alt=[None, "the IPN"]),
       C("18", 18, "exact", "killed", "workers killed at Gdynia")]),
    # --- 26 The Berlin Wall's dead, 60 years on (DW style) -------------------------------------
    P("d71_026",
      "Date 13.08.2021\n"
      "Sixty years ago, in the early hours of August 13, 1961, East German soldiers and police "
      "began stringing barbed wire across Berlin. How many people died at the Wall over the "
      "next 28 years is still disputed. A research project by the Centre for Contemporary "
      "History in Potsdam and the Berlin Wall Foundation has documented 140 deaths, among them "
      "101 people shot, killed in accidents or who took their own lives while trying to escape, "
      "and eight East German border guards killed on duty. The Working Group 13 August, which "
      "runs the Checkpoint Charlie museum, counts 245, including people who died of heart "
      "attacks at checkpoints. More than 5,000 East Germans managed to escape across or under "
      "the Wall, some through tunnels dug by students in West Berlin. Around 75,000 were jailed "
      "in East Germany for attempting to flee, according to the foundation.",
      [C("140", 140, "exact", "killed", "deaths at the Berlin Wall", ZZF,
         attr_alt=["the Berlin Wall Foundation"]),
       C("101", 101, "exact", "killed", "people who died trying to escape", ZZF,
         attr_alt=["the Berlin Wall Foundation"]),
       C("eight", 8, "exact", "killed", "East German border guards killed", ZZF,
         attr_alt=["the Berlin Wall Foundation"]),
       C("245", 245, "exact", "killed", "deaths at the Wall (Working Group count)",
         "The Working Group 13 August"),
       C("More than 5,000", 5_000, "more_than", "displaced", "East Germans who escaped",
         cat_alt=["other"]),
       C("Around 75,000", 75_000, "about", "detained", "people jailed for trying to flee",
         "the foundation", attr_alt=["the Berlin Wall Foundation"])],
      published="2021-08-13"),

    # --- 27 Romania's revolution and the Timișoara myth (Balkan page) --------------------------
    P("d71_027",
      "Published: 16 December 2024\n"
      "When the crowds in Timișoara rose against Nicolae Ceaușescu thirty-five years ago, "
      "foreign reporters relayed claims that 4,632 people had been massacred there, and "
      "Hungarian and Yugoslav media later spoke of as many as 60,000 dead across Romania. Both "
      "figures were wildly inflated. The bodies exhumed from a paupers' cemetery in the city and "
      "shown on television turned out to have died of natural causes. According to the "
      "Institute of the Revolution, 1,142 people were killed nationwide between 16 and 25 "
      "December 1989, the great majority after Ceaușescu fled Bucharest on 22 December, and "
      "3,138 were wounded. In Timișoara itself, prosecutors put the dead at 73. More than 1,000 "
      "people were arrested in the city before the army switched sides, and 43 bodies were "
      "secretly taken to Bucharest and cremated on Elena Ceaușescu's orders.",
      [C("4,632", 4_632, "exact", "killed", "people massacred in Timișoara (claim)",
         "foreign reporters"),
       C("as many as 60,000", 60_000, "at_most", "killed", "dead across Romania (claim)",
         "Hungarian and Yugoslav media"),
       C("1,142", 1_142, "exact", "killed", "people killed in the revolution",
         "the Institute of the Revolution"),
       C("3,138", 3_138, "exact", "injured", "people wounded in the revolution",
         "the Institute of the Revolution"),
       C("73", 73, "exact", "killed", "dead in Timișoara", "prosecutors"),
       C("More than 1,000", 1_000, "more_than", "detained", "people arrested in Timișoara",
         "prosecutors", attr_alt=[None]),
       C("43", 43, "exact", "killed", "bodies taken to Bucharest and cremated", "prosecutors",
         cat_alt=["other"], attr_alt=[None])],
      published="2024-12-16"),

    # --- 28 Babyn Yar at 80 (NYT style) --------------------------------------------------------
    P("d71_028",
      "Sept. 29, 2021\n"
      "KYIV, Ukraine — Eighty years ago this week, over two days at the end of September 1941, "
      "German SS units and their auxiliaries marched the Jews of Kyiv to a ravine on the city's "
      "edge and shot them. An Einsatzgruppe report sent to Berlin recorded that 33,771 Jews had "
      "been killed on September 29 and 30. Over the rest of the occupation, the Germans used "
      "the ravine to murder Roma, Soviet prisoners of war, psychiatric patients and Ukrainian "
      "nationalists; historians estimate that between 70,000 and 100,000 people in all were "
      "killed there. The Babyn Yar Holocaust Memorial Center, which has so far identified about "
      "20,000 of the victims by name, says the search of Soviet and German archives will take "
      "years. In the 1950s the Soviet authorities began filling the ravine with waste from "
      "brickworks; in 1961 a dam holding back the sludge burst, killing at least 145 people in "
      "the Kurenivka district, according to official figures, though residents believed that "
      "hundreds had died.",
      [C("33,771", 33_771, "exact", "killed", "Jews shot at Babyn Yar in two days",
         "An Einsatzgruppe report sent to Berlin", attr_alt=["An Einsatzgruppe report"]),
       C("between 70,000 and 100,000", 70_000, "range", "killed",
         "people killed at Babyn Yar during the occupation", "historians", high=100_000),
       C("about 20,000", 20_000, "about", "killed", "victims identified by name",
         "The Babyn Yar Holocaust Memorial Center", optional=True, cat_alt=["other"]),
       C("at least 145", 145, "at_least", "killed", "people killed in the Kurenivka mudslide",
         "official figures"),
       C("hundreds", 100, "vague", "killed", "Kurenivka dead (residents' belief)",
         "residents")],
      published="2021-09-29"),

    # --- 29 Oradour-sur-Glane at 80 (AFP) ------------------------------------------------------
    P("d71_029",
      "ORADOUR-SUR-GLANE, France, June 10 (AFP) - Emmanuel Macron on Monday led the "
      "commemoration of the 80th anniversary of the massacre at Oradour-sur-Glane, where "
      "soldiers of the Waffen-SS Das Reich division killed 643 people on June 10, 1944. The men "
      "were herded into barns and machine-gunned; the women and children were locked in the "
      "church, which was then set on fire. Only six people survived, and the last of them, "
      "Robert Hébras, died in February 2023 at the age of 97. The ruins have been preserved as "
      "they were left, and a memorial centre counts more than 300,000 visitors a year. Of the "
      "roughly 200 soldiers who took part, 21 were tried in Bordeaux in 1953, 14 of them "
      "Alsatians who said they had been forcibly conscripted; all were amnestied within weeks.",
      [C("643", 643, "exact", "killed", "people killed at Oradour-sur-Glane"),
       C("six", 6, "exact", "other", "Oradour survivors", ctx="Only six"),
       C("more than 300,000", 300_000, "more_than", "other", "visitors a year",
         "a memorial centre", optional=True),
       C("roughly 200", 200, "about", "troops", "SS soldiers who took part"),
       C("21", 21, "exact", "detained", "soldiers tried in Bordeaux", cat_alt=["other"]),
       C("14", 14, "exact", "detained", "Alsatians among those tried", cat_alt=["other"])]),

    # --- 30 The Sook Ching at 80 (Straits Times style) -----------------------------------------
    P("d71_030",
      "Published Feb 15, 2022, 05:00 AM\n"
      "SINGAPORE - Eighty years after the fall of Singapore, the exact number of people killed "
      "in the Sook Ching, the Japanese military's purge of Chinese men suspected of "
      "anti-Japanese sympathies, remains unknown. Over about two weeks from Feb 18, 1942, "
      "Chinese males aged 18 to 50 were ordered to screening centres; those picked out were "
      "trucked to beaches such as Changi and Punggol and shot. The Japanese army admitted after "
      "the war to killing about 5,000. The Singapore Chinese Chamber of Commerce, which led the "
      "exhumation of mass graves in the 1960s, has put the figure at 50,000, while most "
      "historians accept an estimate of between 25,000 and 50,000. At the 1947 war crimes trial "
      "in Singapore, seven Japanese officers were charged; two were sentenced to death and five "
      "to life imprisonment.",
      [C("about 5,000", 5_000, "about", "killed", "people killed (Japanese admission)",
         "The Japanese army"),
       C("50,000", 50_000, "exact", "killed", "people killed (Chamber of Commerce)",
         "The Singapore Chinese Chamber of Commerce", ctx="figure at 50,000"),
       C("between 25,000 and 50,000", 25_000, "range", "killed",
         "people killed in the Sook Ching", "most historians", high=50_000),
       C("seven", 7, "exact", "detained", "Japanese officers charged", cat_alt=["other"]),
       C("two", 2, "exact", "detained", "officers sentenced to death", cat_alt=["other"],
         ctx="two were sentenced"),
       C("five", 5, "exact", "detained", "officers sentenced to life imprisonment",
         cat_alt=["other"], ctx="five to life")],
      published="2022-02-15"),
    # --- 31 The Bataan Death March at 80 (PNA style) -------------------------------------------
    P("d71_031",
      "MANILA – Eighty years ago today, Maj. Gen. Edward King surrendered some 76,000 Filipino "
      "and American troops on the Bataan peninsula to the Japanese, the largest surrender in US "
      "military history. The prisoners, already weakened by months of short rations and "
      "malaria, were forced to march about 100 kilometers to San Fernando, Pampanga, and then "
      "packed into boxcars for Camp O'Donnell. Between 5,000 and 18,000 Filipinos and 500 to 650 "
      "Americans died on the march, according to the US National Park Service; the wide range "
      "reflects how few records the Japanese kept. At Camp O'Donnell, another 20,000 Filipinos "
      "and about 1,500 Americans died within two months. Only a handful of veterans of the "
      "march are believed to be still alive.",
      [C("some 76,000", 76_000, "about", "detained", "troops surrendered on Bataan",
         cat_alt=["troops"]),
       C("Between 5,000 and 18,000", 5_000, "range", "killed", "Filipinos who died on the march",
         NPS, high=18_000),
       C("500 to 650", 500, "range", "killed", "Americans who died on the march", NPS,
         high=650),
       C("20,000", 20_000, "exact", "killed", "Filipinos who died at Camp O'Donnell", NPS,
         attr_alt=[None]),
       C("about 1,500", 1_500, "about", "killed", "Americans who died at Camp O'Donnell", NPS,
         attr_alt=[None])]),

    # --- 32 The Tokyo air raid at 80 (Japan Times style) ---------------------------------------
    P("d71_032",
      "TOKYO — Eighty years ago on Monday, 279 B-29 bombers of the US Army Air Forces dropped some 1,665 "
      "tons of incendiary bombs on the densely packed wooden neighborhoods of eastern Tokyo in "
      "the early hours of March 10, 1945. The raid, code-named Operation Meetinghouse, killed "
      "83,793 people according to the Tokyo Metropolitan Police Department's postwar count, but "
      "most historians believe the real toll was around 100,000, making it the deadliest single "
      "air raid in history. About 267,000 buildings were destroyed and more than 1 million "
      "people were left homeless. Unlike the victims of the atomic bombings, civilian survivors "
      "of the air raids have never received state compensation; a cross-party group of "
      "lawmakers has been trying for more than a decade to pass a relief bill. Of the 14 B-29s "
      "lost, the US military said, most had been hit by anti-aircraft fire.",
      [C("279", 279, "exact", "munitions", "B-29 bombers over Tokyo"),
       C("some 1,665", 1_665, "about", "munitions", "tons of incendiary bombs", optional=True),
       C("83,793", 83_793, "exact", "killed", "people killed in the Tokyo raid",
         "the Tokyo Metropolitan Police Department's postwar count",
         attr_alt=["the Tokyo Metropolitan Police Department"]),
       C("around 100,000", 100_000, "about", "killed", "Tokyo raid toll (historians)",
         "most historians"),
       C("About 267,000", 267_000, "about", "infrastructure", "buildings destroyed in Tokyo"),
       C("more than 1 million", 1_000_000, "more_than", "displaced",
         "people left homeless in Tokyo"),
       C("14", 14, "exact", "munitions", "B-29s lost", "the US military",
         cat_alt=["other"])]),

    # --- 33 Okinawa, 80 years on (Kyodo, year-less dateline) -----------------------------------
    P("d71_033",
      "NAHA, Japan, June 23 (Kyodo) -- Okinawa on Monday marked 80 years since the end of "
      "organized fighting in the Battle of Okinawa, one of the bloodiest of the Pacific War, "
      "with a memorial ceremony attended by Prime Minister Shigeru Ishiba. The names of 342 more "
      "victims were added this year to the Cornerstone of Peace in Itoman, bringing the total to "
      "242,567, the prefectural government said. The monument lists soldiers and civilians of "
      "all nationalities, including about 14,000 Americans. The prefecture estimates that some "
      "94,000 Okinawan civilians died in the battle, about a quarter of the island's prewar "
      "population, although some researchers put the figure close to 150,000. Hundreds of "
      "civilians were driven to mass suicide by Japanese troops, according to survivors' "
      "testimony, an account that has been repeatedly softened in school textbooks.",
      [C("342", 342, "exact", "killed", "victims' names added this year",
         "the prefectural government", cat_alt=["other"]),
       C("242,567", 242_567, "exact", "killed", "names on the Cornerstone of Peace",
         "the prefectural government", cat_alt=["other"]),
       C("about 14,000", 14_000, "about", "killed", "Americans named on the monument",
         "the prefectural government", cat_alt=["other"], attr_alt=[None]),
       C("some 94,000", 94_000, "about", "killed", "Okinawan civilians killed",
         "The prefecture", attr_alt=["the prefectural government"]),
       C("about a quarter", 0.25, "about", "other", "share of prewar population killed",
         "The prefecture", optional=True, attr_alt=[None]),
       C("close to 150,000", 150_000, "about", "killed", "Okinawan civilians killed (high)",
         "some researchers"),
       C("Hundreds", 100, "vague", "killed", "civilians driven to mass suicide",
         "survivors' testimony")]),

    # --- 34 Thiaroye at 80 (RFI/France 24 style) -----------------------------------------------
    P("d71_034",
      "Published on: 01/12/2024 - 10:20\n"
      "DAKAR — Senegal on Sunday marked the 80th anniversary of the Thiaroye massacre, in which "
      "French colonial troops opened fire on West African tirailleurs who had fought for France "
      "in Europe and were demanding their back pay. For decades France gave the toll as 35 "
      "dead, later revising it to 70. In a letter to Senegal's President Bassirou Diomaye Faye "
      "this year, Emmanuel Macron acknowledged for the first time that what happened on "
      "December 1, 1944 was a \"massacre\". Historians have long contested the official "
      "figures. Armelle Mabon, a French historian who has spent two decades in the archives, "
      "believes that between 300 and 400 men may have been killed, and notes that the number of "
      "tirailleurs repatriated on the ship that brought them, about 1,600, does not match the "
      "1,280 in official records. In July, six tirailleurs were recognised as \"Morts pour la "
      "France\".",
      [C("35", 35, "exact", "killed", "Thiaroye dead (France's first toll)", "France",
         ctx="35 dead"),
       C("70", 70, "exact", "killed", "Thiaroye dead (France's revised toll)", "France"),
       C("between 300 and 400", 300, "range", "killed", "tirailleurs killed (Mabon)",
         "Armelle Mabon", high=400, attr_alt=["a French historian"]),
       C("about 1,600", 1_600, "about", "troops", "tirailleurs repatriated on the ship",
         "Armelle Mabon", cat_alt=["other"]),
       C("1,280", 1_280, "exact", "troops", "tirailleurs in official records",
         "official records", cat_alt=["other"], attr_alt=["Armelle Mabon"]),
       C("six", 6, "exact", "killed", "tirailleurs recognised as Morts pour la France",
         cat_alt=["other"], ctx="six tirailleurs")],
      published="2024-12-01"),

    # --- 35 The Algerian war's dead (Q&A explainer, no date) -----------------------------------
    P("d71_035",
      "How many people died in the Algerian war?\n"
      "Few wars have produced such divergent numbers. Algeria's government has long spoken of "
      "1.5 million \"martyrs\" between 1954 and 1962, and sometimes of 1 million. French "
      "historians, working from demographic data, generally put Algerian deaths at between "
      "250,000 and 400,000; Charles-Robert Ageron, one of the first to study the question, "
      "estimated about 300,000. The French army lost some 25,000 soldiers, more than a third of "
      "them in accidents. After the Évian accords of March 1962, the FLN and others abducted "
      "about 3,000 European civilians, according to a report for the French government by the "
      "historian Jean-Jacques Jordi, who found that some 1,700 of them were never seen again. "
      "Thousands of harkis, Algerians who had fought for France, were killed in reprisals; "
      "estimates range from 15,000 to 150,000. More than 2 million villagers were forcibly "
      "moved into \"regroupment\" camps by the French army during the war.",
      [C("1.5 million", 1_500_000, "exact", "killed", "Algerian dead (Algeria's figure)",
         "Algeria's government"),
       C("1 million", 1_000_000, "exact", "killed", "Algerian dead (Algeria's lower figure)",
         "Algeria's government", ctx="of 1 million"),
       C("between 250,000 and 400,000", 250_000, "range", "killed",
         "Algerian deaths (French historians)", "French historians", high=400_000),
       C("about 300,000", 300_000, "about", "killed", "Algerian deaths (Ageron)",
         "Charles-Robert Ageron"),
       C("some 25,000", 25_000, "about", "killed", "French soldiers killed"),
       C("more than a third", 1 / 3, "more_than", "killed",
         "share of French soldiers killed in accidents", optional=True, cat_alt=["other"]),
       C("about 3,000", 3_000, "about", "hostages", "European civilians abducted", JORDI_R,
         attr_alt=[JORDI]),
       C("some 1,700", 1_700, "about", "missing", "abducted Europeans never seen again",
         JORDI, attr_alt=[JORDI_R]),
       C("Thousands", 1_000, "vague", "killed", "harkis killed in reprisals"),
       C("15,000 to 150,000", 15_000, "range", "killed", "harkis killed (estimates)",
         high=150_000),
       C("More than 2 million", 2_000_000, "more_than", "displaced",
         "villagers moved into regroupment camps", attr_alt=["the French army"])]),
    # --- 36 Dien Bien Phu at 70 (VnExpress style) ----------------------------------------------
    P("d71_036",
      "Tuesday, 7/5/2024 | 09:30 GMT+7\n"
      "Seventy years ago today, the French garrison at Dien Bien Phu surrendered after a 56-day "
      "siege, ending France's war in Indochina. The Viet Minh under General Vo Nguyen Giap had "
      "massed some 50,000 combat troops and more than 200 artillery pieces around the valley, "
      "against about 15,000 French Union soldiers. French figures put their own dead at about "
      "2,300, with another 5,000-plus wounded; Vietnamese historians say some 4,000 Viet Minh "
      "soldiers were killed and 9,000 wounded, though French estimates of Viet Minh losses ran "
      "to 23,000 killed and wounded. Of the 11,721 soldiers taken prisoner, only 3,290 were "
      "returned four months later, according to French records; the rest died on forced marches "
      "or in camps, or are still listed as missing. Vietnam's defence ministry says the remains "
      "of more than 1,000 of its own soldiers have been recovered from the valley since the "
      "1990s.",
      [C("some 50,000", 50_000, "about", "troops", "Viet Minh combat troops"),
       C("more than 200", 200, "more_than", "munitions", "Viet Minh artillery pieces"),
       C("about 15,000", 15_000, "about", "troops", "French Union soldiers"),
       C("about 2,300", 2_300, "about", "killed", "French dead", "French figures"),
       C("5,000-plus", 5_000, "more_than", "injured", "French wounded", "French figures"),
       C("some 4,000", 4_000, "about", "killed", "Viet Minh soldiers killed",
         "Vietnamese historians"),
       C("9,000", 9_000, "exact", "injured", "Viet Minh soldiers wounded",
         "Vietnamese historians"),
       C("23,000", 23_000, "exact", "injured", "Viet Minh killed and wounded (French estimate)",
         "French estimates of Viet Minh losses", cat_alt=["killed", "other"],
         attr_alt=["French estimates"]),
       C("11,721", 11_721, "exact", "detained", "French Union soldiers taken prisoner",
         "French records"),
       C("3,290", 3_290, "exact", "detained", "prisoners returned", "French records"),
       C("more than 1,000", 1_000, "more_than", "killed", "Viet Minh remains recovered",
         "Vietnam's defence ministry", optional=True, cat_alt=["other"])],
      published="2024-05-07"),

    # --- 37 The 1953 North Sea flood at 70 (BBC-style page) ------------------------------------
    P("d71_037",
      "The 1953 flood: 70 years since the Netherlands' worst disaster\n"
      "On the night of 31 January 1953, a spring tide and a severe storm drove the North Sea "
      "over the dykes of Zeeland, South Holland and North Brabant. By morning some 150,000 "
      "hectares of land were under water. In the Netherlands 1,836 people died, according to "
      "the official count, which for years left out several who died later of their injuries; in "
      "England the flood killed 307, and in Belgium 28. Some 72,000 Dutch people were "
      "evacuated, and about 47,000 buildings were damaged, 10,000 of them destroyed. More than "
      "200,000 head of cattle, pigs and horses drowned. The disaster gave rise to the Delta "
      "Works, a chain of dams and barriers whose last major element, the Maeslant barrier, was "
      "completed in 1997.",
      [C("1,836", 1_836, "exact", "killed", "people killed in the Netherlands",
         "the official count"),
       C("307", 307, "exact", "killed", "people killed in England",
         attr_alt=["the official count"]),
       C("28", 28, "exact", "killed", "people killed in Belgium",
         attr_alt=["the official count"]),
       C("Some 72,000", 72_000, "about", "displaced", "Dutch people evacuated"),
       C("about 47,000", 47_000, "about", "infrastructure", "buildings damaged"),
       C("10,000", 10_000, "exact", "infrastructure", "buildings destroyed"),
       C("More than 200,000", 200_000, "more_than", "other", "livestock drowned")]),

    # --- 38 North Korea's famine (Q&A explainer, no date) --------------------------------------
    P("d71_038",
      "North Korea's famine: what do we know?\n"
      "How bad was the 'Arduous March'?\n"
      "After the collapse of the Soviet Union cut off cheap fuel and fertiliser, and floods in "
      "1995 and 1996 wrecked harvests, North Korea's public distribution system broke down. "
      "Pyongyang has never published a toll. In 1999 a North Korean official told a visiting US "
      "congressional delegation that 220,000 people had died between 1995 and 1998, a figure "
      "most outsiders consider far too low. Hwang Jang-yop, the most senior official ever to "
      "defect, said that up to 2.5 million had starved. The South Korean Buddhist group Good "
      "Friends, working from refugee interviews, estimated 3.5 million. A 2011 study by the "
      "demographers Daniel Goodkind and Loraine West put excess deaths at between 600,000 and 1 "
      "million.\n"
      "How did the world respond?\n"
      "The World Food Programme ran one of its largest operations, at its peak feeding about 8 "
      "million people, a third of the population. Between 1995 and 2005 the US sent more than 2 "
      "million tonnes of food aid.",
      [C("220,000", 220_000, "exact", "killed", "famine deaths (North Korean official)",
         "a North Korean official"),
       C("up to 2.5 million", 2_500_000, "at_most", "killed", "people who starved (Hwang)",
         "Hwang Jang-yop"),
       C("3.5 million", 3_500_000, "exact", "killed", "famine deaths (Good Friends)",
         "The South Korean Buddhist group Good Friends", attr_alt=["Good Friends"]),
       C("between 600,000 and 1 million", 600_000, "range", "killed",
         "excess deaths in the famine", GOODKIND, high=1_000_000,
         attr_alt=["Daniel Goodkind and Loraine West"]),
       C("about 8 million", 8_000_000, "about", "other", "people fed by the WFP",
         cat_alt=["aid"], attr_alt=["The World Food Programme"]),
       C("a third", 1 / 3, "exact", "other", "share of the population fed", optional=True),
       C("more than 2 million", 2_000_000, "more_than", "aid", "tonnes of US food aid",
         attr_alt=["the US"])]),

    # --- 39 Kafr Qasim, 65 years on (Haaretz style) --------------------------------------------
    P("d71_039",
      "Oct 29, 2021 3:42 pm IDT\n"
      "Sixty-five years ago today, on the eve of the Sinai war, Border Police officers shot dead "
      "49 Arab citizens of Israel, among them 23 children and teenagers, as they returned from "
      "the fields to Kafr Qasim after a curfew they had not been told about. Survivors and the "
      "village's own memorial count 49 dead, including an unborn child; Israeli accounts have "
      "often given 47 or 48. Eight officers and policemen were convicted in 1958 and sentenced "
      "to between seven and 17 years, but all were released within three years. The commander, "
      "Issachar Shadmi, was fined one piaster. In 2021 the Knesset voted down a bill to "
      "recognise the massacre, by 93 votes to 12.",
      [C("49", 49, "exact", "killed", "Arab citizens shot dead at Kafr Qasim",
         ctx="shot dead 49"),
       C("23", 23, "exact", "killed", "children and teenagers killed"),
       C("49", 49, "exact", "killed", "Kafr Qasim dead (village count)",
         "Survivors and the village's own memorial", ctx="count 49"),
       C("47 or 48", 47, "range", "killed", "Kafr Qasim dead (Israeli accounts)",
         "Israeli accounts", high=48),
       C("Eight", 8, "exact", "detained", "officers and policemen convicted",
         cat_alt=["other"])],
      published="2021-10-29"),

    # --- 40 The Ashgabat earthquake at 75 (RFE/RL style) ---------------------------------------
    P("d71_040",
      "October 06, 2023 09:15 GMT\n"
      "Seventy-five years ago, in the early hours of October 6, 1948, an earthquake of magnitude "
      "7.3 destroyed Ashgabat, then the capital of the Turkmen Soviet Socialist Republic. Soviet "
      "newspapers reported the disaster in a few lines and gave no toll; the figure that "
      "eventually emerged from Moscow, in the late 1980s, was about 10,000 dead. Turkmen "
      "officials now say that 176,000 people were killed, roughly 60 percent of the city's "
      "population, though independent researchers consider that number inflated and put it at "
      "between 60,000 and 110,000. Among the dead were the mother and two brothers of "
      "Saparmurat Niyazov, the country's first post-Soviet leader, who built a monument to the "
      "victims in central Ashgabat. Survivors recall that rescuers were forbidden to let the "
      "wounded leave the city, and that some 30,000 of them were flown out only after several "
      "days.",
      [C("about 10,000", 10_000, "about", "killed", "Ashgabat dead (Soviet figure)", "Moscow",
         attr_alt=["the figure that eventually emerged from Moscow"]),
       C("176,000", 176_000, "exact", "killed", "Ashgabat dead (Turkmen figure)",
         "Turkmen officials"),
       C("roughly 60 percent", 60, "about", "killed", "share of the city's population killed",
         "Turkmen officials", optional=True, cat_alt=["other"]),
       C("between 60,000 and 110,000", 60_000, "range", "killed",
         "Ashgabat dead (independent researchers)", "independent researchers", high=110_000),
       C("two", 2, "exact", "killed", "Niyazov's brothers", optional=True, ctx="two brothers"),
       C("some 30,000", 30_000, "about", "injured", "wounded flown out of Ashgabat",
         "Survivors", cat_alt=["displaced"])],
      published="2023-10-06"),
]
# @@END@@


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d71_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
