"""Source of the fifty-third development set: writes ``passages.jsonl`` next to it.

Forty passages (3–7 sentences, not counting headlines, date lines, bylines and Q&A questions)
of long-form and analysis writing (magazine features, investigations, explainers, op-eds,
obituaries, NGO annual reports and academic-style summaries in the news) about wars, massacres,
disasters, repression and kidnappings from 1945 to 2024. Figures sit inside complex sentences:
long relative clauses between the figure and its verb, parentheticals, appositions, quotes over
two sentences, figures in subordinate clauses, comparisons across years, shares and rates mixed
with counts, and sources placed far from the figure. Written for this set (none copied from an
article), annotated by hand and blind by the project's gold conventions (``gold/README.md`` of
the shared folder) and the decisions recorded in the READMEs of the earlier sets. Figures follow
contemporary reports and later research loosely and some details are invented; the set tests
extraction, not facts.

Run ``python tests/devset53/build_devset53.py`` after editing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset_build import C, P, Passage, build_passages, main, no_sentence_from, render

OUT = Path(__file__).with_name("passages.jsonl")

EARLIER = (["devset"] + [f"devset{n}" for n in range(2, 53)]
           + ["holdout", "holdout2", "holdout3"])

PASSAGES = [
    # --- 1945-1950 -------------------------------------------------------------------------------
    P("d53_001",
      "The long shadow of Sétif\n"
      "By Karim Benali | May 8, 2025\n"
      "Eighty years ago today, as crowds in Paris celebrated the surrender of Nazi Germany, a "
      "march of Algerian nationalists in the market town of Sétif turned into one of the "
      "bloodiest episodes of France's colonial history. The violence that followed — riots in "
      "which 102 Europeans were killed, then weeks of reprisals by the army, the air force, the "
      "navy and settler militias across the Constantine region — has never been given an agreed "
      "toll. A French commission of inquiry led by General Paul Tubert, whose report was shelved "
      "for decades, put the number of Algerians killed at between 1,020 and 1,300; the governor "
      "general's office later conceded about 1,500. Algeria's government, which marks the "
      "anniversary as a national day of memory, speaks of 45,000 dead. Most historians who have "
      "worked in the colonial archives, among them Jean-Louis Planche, place the toll between "
      "20,000 and 30,000, a range that, as Planche wrote in 2006, \"is a floor, not a "
      "ceiling.\" Some 4,500 Algerians were arrested in the weeks that followed, and 99 were "
      "sentenced to death.",
      [C("102", 102, "exact", "killed", "Europeans killed in the riots"),
       C("between 1,020 and 1,300", 1020, "range", "killed", "Algerians killed",
         "A French commission of inquiry led by General Paul Tubert", high=1300,
         attr_alt=["General Paul Tubert"]),
       C("about 1,500", 1500, "about", "killed", "Algerians killed",
         "the governor general's office"),
       C("45,000", 45000, "exact", "killed", "Algerians killed", "Algeria's government"),
       C("between 20,000 and 30,000", 20000, "range", "killed", "Algerians killed",
         "Most historians who have worked in the colonial archives", high=30000,
         attr_alt=["Jean-Louis Planche"]),
       C("Some 4,500", 4500, "about", "detained", "Algerians arrested"),
       C("99", 99, "exact", "detained", "Algerians sentenced to death", cat_alt=["other"])],
      published="2025-05-08"),

    P("d53_002",
      "Explainer: Why nobody knows how many died at Partition\n"
      "How many people were killed?\n"
      "No one counted at the time. The British administration's last estimate, drawn up in the "
      "weeks after the handover of August 1947 by officials who had already begun packing, was "
      "about 200,000 dead. Indian and Pakistani historians have since proposed tolls of up to "
      "two million, and most recent surveys settle on \"up to a million\".\n"
      "How many were uprooted?\n"
      "Here the numbers are firmer, because both new states registered refugees. The 1951 "
      "censuses counted some 7.2 million Muslim refugees in Pakistan and about 7.3 million Hindu "
      "and Sikh refugees in India, figures that left out those who died on the way and that "
      "scholars now treat as minimums; the total most often cited, 15 million, is simply the "
      "two added together and rounded up.\n"
      "Were women targeted?\n"
      "Yes. Both governments later agreed that some 75,000 women had been abducted, and a joint "
      "recovery operation that ran until 1957 brought back about 30,000 of them, according to "
      "its own records.",
      [C("about 200,000", 200000, "about", "killed", "people killed at Partition",
         "The British administration's last estimate",
         attr_alt=["The British administration"]),
       C("up to two million", 2000000, "at_most", "killed", "people killed at Partition",
         "Indian and Pakistani historians"),
       C("up to a million", 1000000, "at_most", "killed", "people killed at Partition",
         "most recent surveys"),
       C("some 7.2 million", 7200000, "about", "displaced", "Muslim refugees in Pakistan",
         "The 1951 censuses"),
       C("about 7.3 million", 7300000, "about", "displaced",
         "Hindu and Sikh refugees in India", "The 1951 censuses"),
       C("15 million", 15000000, "exact", "displaced", "people uprooted by Partition"),
       C("some 75,000", 75000, "about", "hostages", "women abducted", "Both governments"),
       C("about 30,000", 30000, "about", "hostages", "abducted women recovered",
         "its own records", attr_alt=["a joint recovery operation"])]),

    P("d53_003",
      "Published: April 9, 2018\n"
      "For half a century the number attached to Deir Yassin was 254. It had been announced on "
      "the day after the attack by Irgun commanders at a press conference in Jerusalem, "
      "repeated by the Arab Higher Committee, which hoped it would stiffen resistance, and "
      "printed on the front pages of newspapers around the world. When researchers at Birzeit "
      "University went back to the village's families in the 1980s, interviewing survivors "
      "house by house, they arrived at a much lower figure: 107 villagers killed and 12 "
      "wounded. The Israeli historian Benny Morris, whose work drew on the Haganah's own files, "
      "puts the dead at between 100 and 120, most of them noncombatants. Four or five of the "
      "attackers also died, according to the Irgun's accounts. The village, home to some 600 "
      "people before the attack, was resettled by Jewish immigrants within a year.",
      [C("254", 254, "exact", "killed", "villagers killed at Deir Yassin", "Irgun commanders",
         attr_alt=[None, "the Arab Higher Committee"]),
       C("107", 107, "exact", "killed", "villagers killed", "researchers at Birzeit University",
         attr_alt=["they"]),
       C("12", 12, "exact", "injured", "villagers wounded", "researchers at Birzeit University",
         attr_alt=["they"]),
       C("between 100 and 120", 100, "range", "killed", "villagers killed",
         "The Israeli historian Benny Morris", high=120, attr_alt=["Benny Morris"]),
       C("Four or five", 4, "range", "killed", "attackers killed", "the Irgun's accounts",
         high=5),
       C("some 600", 600, "about", "population", "residents of Deir Yassin")],
      published="2018-04-09"),

    P("d53_004",
      "Thu 6 Jun 2013 15.10 BST\n"
      "The settlement William Hague announced in the Commons on Thursday — £19.9m to be shared "
      "among 5,228 elderly Kenyans who say they were tortured during the Emergency — is the "
      "first time Britain has paid compensation for abuses in one of its former colonies. It "
      "comes four years after three claimants, among them a man who says he was castrated in a "
      "camp in 1957, brought a case that forced the Foreign Office to disclose some 1,500 files "
      "it had kept hidden for half a century. Official figures from the period record that "
      "11,000 Mau Mau fighters were killed, against 32 European settlers. The Kenya Human Rights "
      "Commission, which helped assemble the claimants, says some 90,000 Kenyans were killed or "
      "maimed and 160,000 detained. The historian Caroline Elkins, whose research into the "
      "detention camps and the fortified villages into which the colonial government herded the "
      "Kikuyu was central to the case, has argued that they held as many as 1.5 million people.",
      [C("5,228", 5228, "exact", "other", "Kenyan claimants to be compensated", "William Hague",
         cat_alt=["injured", "aid"], attr_alt=[None]),
       C("three", 3, "exact", "other", "original claimants", optional=True,
         ctx="three claimants"),
       C("some 1,500", 1500, "about", "other", "files disclosed", optional=True),
       C("11,000", 11000, "exact", "killed", "Mau Mau fighters killed",
         "Official figures from the period"),
       C("32", 32, "exact", "killed", "European settlers killed",
         "Official figures from the period"),
       C("some 90,000", 90000, "about", "injured", "Kenyans killed or maimed",
         "The Kenya Human Rights Commission", cat_alt=["killed"]),
       C("160,000", 160000, "exact", "detained", "Kenyans detained",
         "The Kenya Human Rights Commission"),
       C("as many as 1.5 million", 1500000, "at_most", "detained",
         "people held in camps and fortified villages", "The historian Caroline Elkins",
         attr_alt=["Caroline Elkins"])],
      published="2013-06-06"),

    P("d53_005",
      "In its final report, released in 2010, the Truth and Reconciliation Commission concluded "
      "that the execution of suspected leftists enrolled in the National Bodo League, carried "
      "out by police and army units in the first weeks of the Korean War, was the largest single "
      "category of civilian killings by South Korean forces. Commissioners confirmed 4,934 "
      "victims by name, a number they stressed reflected only the families who had come forward "
      "before the commission's mandate expired. Researchers cited in the report estimated that "
      "at least 100,000 people were killed, and some put the toll at 200,000 or more. At "
      "Daejeon alone, where prisoners were shot over three days in July 1950 and buried in "
      "trenches a kilometer long, the commission believes between 1,800 and 7,000 people died. "
      "Of the roughly 300,000 people registered in the league by early 1950, many had never "
      "been communists, it said; local officials had been given quotas to fill.",
      [C("4,934", 4934, "exact", "killed", "Bodo League victims confirmed by name",
         "Commissioners"),
       C("at least 100,000", 100000, "at_least", "killed", "Bodo League members killed",
         "Researchers cited in the report", attr_alt=["the report"]),
       C("200,000 or more", 200000, "at_least", "killed", "Bodo League members killed",
         "Researchers cited in the report"),
       C("between 1,800 and 7,000", 1800, "range", "killed", "prisoners killed at Daejeon",
         "the commission", high=7000),
       C("roughly 300,000", 300000, "about", "other", "people registered in the league",
         "the commission", cat_alt=["population"], attr_alt=["it"])]),

    P("d53_006",
      "Published: Sept. 29, 2019\n"
      "Twenty years ago this week, The Associated Press reported that American soldiers had "
      "killed large numbers of South Korean refugees, many of them women and children, under a "
      "railroad bridge near the hamlet of No Gun Ri in July 1950. Survivors told the AP team that "
      "about 400 people had died over three days, a figure that the Army's own inquiry, which "
      "concluded in 2001 that the killings were \"an unfortunate tragedy\" rather than a "
      "deliberate act, declined to endorse; it said only that an \"unknown number\" had been "
      "killed. Seoul's government, after an investigation of its own, certified 150 dead, 13 "
      "missing and 55 wounded, while noting that hundreds more victims had never registered. "
      "Twelve veterans of the 7th Cavalry Regiment told the AP they had fired on the refugees "
      "or seen others do so.",
      [C("about 400", 400, "about", "killed", "refugees killed at No Gun Ri", "Survivors"),
       C("150", 150, "exact", "killed", "victims certified dead", "Seoul's government"),
       C("13", 13, "exact", "missing", "victims certified missing", "Seoul's government"),
       C("55", 55, "exact", "injured", "victims certified wounded", "Seoul's government"),
       C("hundreds", 100, "vague", "killed", "victims who never registered",
         "Seoul's government", optional=True, cat_alt=["other"]),
       C("Twelve", 12, "exact", "troops", "veterans who spoke to the AP", optional=True,
         cat_alt=["other"])],
      published="2019-09-29"),

    # --- 1960s-1970s -----------------------------------------------------------------------------
    P("d53_007",
      "The official version, for three decades, was that nothing had happened. Only in 1992, "
      "when Russia's chief military prosecutor opened the files, did the public learn what the "
      "KGB and the army had recorded about the strike at the electric locomotive works in "
      "Novocherkassk: that on June 2, 1962, troops fired on a crowd of some 5,000 workers and "
      "their families outside the city's party headquarters, killing 26 people and wounding 87. "
      "The dead were buried secretly in cemeteries across the Rostov region, the prosecutor's "
      "report said; the remains of 20 of them were exhumed and identified in 1994. In the show "
      "trials that followed, seven men were sentenced to death for \"banditry\" and 105 others "
      "to prison terms of 10 to 15 years.",
      [C("some 5,000", 5000, "about", "other", "workers and families in the crowd",
         "the KGB and the army", attr_alt=["Russia's chief military prosecutor"]),
       C("26", 26, "exact", "killed", "people shot dead in Novocherkassk",
         "the KGB and the army", attr_alt=["Russia's chief military prosecutor"]),
       C("87", 87, "exact", "injured", "people wounded in Novocherkassk",
         "the KGB and the army", attr_alt=["Russia's chief military prosecutor"]),
       C("20", 20, "exact", "killed", "remains exhumed and identified",
         "the prosecutor's report", optional=True, cat_alt=["other"], attr_alt=[None]),
       C("seven", 7, "exact", "detained", "men sentenced to death", cat_alt=["other"]),
       C("105", 105, "exact", "detained", "men sentenced to prison", cat_alt=["other"])]),

    P("d53_008",
      "October 7, 2017\n"
      "When federal troops entered Asaba, on the western bank of the Niger, in October 1967, "
      "they ordered the town's men and boys to assemble in the square, ostensibly to welcome "
      "them. What followed, according to survivors interviewed for a book published this year "
      "by the historians Elizabeth Bird and Fraser Ottanelli, was a massacre: soldiers separated "
      "out the males and opened fire with machine guns, killing at least 700, some of them as "
      "young as 12. The killings hardened support for secession in Biafra, where over the next "
      "two years a blockade is estimated to have caused between 500,000 and 2 million deaths "
      "from starvation, most of them children. At the height of the famine, relief agencies "
      "flying into the Uli airstrip at night estimated that 6,000 children were dying every "
      "day; church aid groups alone flew in some 60,000 tonnes of food and medicine.",
      [C("at least 700", 700, "at_least", "killed", "men and boys shot at Asaba",
         "survivors interviewed for a book published this year by the historians Elizabeth "
         "Bird and Fraser Ottanelli", attr_alt=["survivors"]),
       C("between 500,000 and 2 million", 500000, "range", "killed",
         "deaths from starvation in Biafra", high=2000000),
       C("6,000", 6000, "exact", "killed", "children dying every day in Biafra",
         "relief agencies flying into the Uli airstrip at night", attr_alt=["relief agencies"]),
       C("some 60,000", 60000, "about", "aid", "tonnes of food and medicine flown in",
         attr_alt=["church aid groups"])],
      published="2017-10-07"),

    P("d53_009",
      "Opinion | We remember Kent State. We should remember Jackson State, too.\n"
      "May 4, 2020\n"
      "Fifty years ago today, Ohio National Guardsmen fired 67 rounds in 13 seconds into a crowd "
      "of students at Kent State University, killing four and wounding nine, one of whom was "
      "left paralysed for life. Eleven days later, at Jackson State College in Mississippi, "
      "city and state police poured more than 460 rounds into a women's dormitory, killing two "
      "young Black men — Phillip Gibbs, 21, and James Earl Green, a 17-year-old high-school "
      "senior on his way home from work — and injuring 12 others. A presidential commission "
      "found both shootings unjustified. No one was ever convicted. Kent State's name is on "
      "museums and songs; Jackson State's, as one survivor put it to me last year, is on a "
      "plaque.",
      [C("67", 67, "exact", "munitions", "rounds fired by guardsmen", cat_alt=["other"]),
       C("four", 4, "exact", "killed", "students killed at Kent State",
         ctx="killing four"),
       C("nine", 9, "exact", "injured", "students wounded at Kent State"),
       C("more than 460", 460, "more_than", "munitions", "rounds fired into the dormitory",
         cat_alt=["other"]),
       C("two", 2, "exact", "killed", "young men killed at Jackson State",
         ctx="killing two"),
       C("12", 12, "exact", "injured", "people injured at Jackson State")],
      published="2020-05-04"),

    P("d53_010",
      "On the night of November 12, 1970, a cyclone with winds of around 185 kilometres an hour "
      "drove a storm surge of up to 10 metres across the islands and coastal plains of what was "
      "then East Pakistan. The government in Islamabad, whose relief effort was by then already "
      "being denounced in Dhaka as slow and indifferent, reported 191,951 bodies recovered and "
      "150,000 people missing. Most estimates now put the dead at between 300,000 and 500,000, "
      "which would make it the deadliest tropical cyclone on record. On the island of "
      "Tazumuddin, about 46 percent of the 167,000 inhabitants died, according to a survey by "
      "the Pakistan-SEATO Cholera Research Laboratory. The anger over the response fed directly "
      "into the election a month later, and into the war of 1971.",
      [C("191,951", 191951, "exact", "killed", "bodies recovered after the cyclone",
         "The government in Islamabad"),
       C("150,000", 150000, "exact", "missing", "people missing after the cyclone",
         "The government in Islamabad"),
       C("between 300,000 and 500,000", 300000, "range", "killed", "cyclone dead",
         "Most estimates", high=500000),
       C("about 46 percent", 46, "about", "killed", "share of Tazumuddin's inhabitants who died",
         "a survey by the Pakistan-SEATO Cholera Research Laboratory", optional=True),
       C("167,000", 167000, "exact", "population", "inhabitants of Tazumuddin",
         "a survey by the Pakistan-SEATO Cholera Research Laboratory", attr_alt=[None])]),

    P("d53_011",
      "It began with four hijackings in a single day. On September 6, 1970, gunmen of the "
      "Popular Front for the Liberation of Palestine seized a TWA Boeing 707 and a Swissair DC-8 "
      "over Europe and forced them down at Dawson's Field, a disused British airstrip in the "
      "Jordanian desert; a Pan Am jumbo was diverted to Cairo and blown up there, and an attempt "
      "on an El Al flight, foiled by a sky marshal, ended with Leila Khaled in custody in London. "
      "Three days later a BOAC VC10 joined the others in the desert. By then the PFLP was "
      "holding more than 300 passengers and crew on the sand, and although most were released "
      "within days, 56 of them, mostly Jewish passengers and American men, were driven to "
      "hideouts in Amman. On September 12 the hijackers blew up the three empty planes in front "
      "of the cameras. The last hostages were freed at the end of the month, in exchange for "
      "Khaled and six other militants held in European jails.",
      [C("four", 4, "exact", "other", "hijackings on September 6", ctx="four hijackings"),
       C("more than 300", 300, "more_than", "hostages", "passengers and crew held"),
       C("56", 56, "exact", "hostages", "hostages taken to Amman"),
       C("three", 3, "exact", "other", "planes blown up", optional=True,
         cat_alt=["munitions", "infrastructure"], ctx="three empty planes"),
       C("six", 6, "exact", "detained", "militants freed from European jails")]),

    P("d53_012",
      "Published: 25 March 2021\n"
      "How many died in 1971 is still argued over with a bitterness that has outlived most of "
      "the people who could answer. Bangladesh's official figure, three million, was first given "
      "by Sheikh Mujibur Rahman in January 1972, days after his release from a Pakistani prison "
      "and before any survey had been carried out. Pakistan's Hamoodur Rahman Commission, whose "
      "report was kept secret until 2000, put the number of civilians killed by the army at "
      "about 26,000, a figure based largely on the army's own situation reports. A 2008 study in "
      "the British Medical Journal, drawing on World Health Organization survey data, estimated "
      "269,000 violent deaths. Less disputed is the exodus: by December some 10 million refugees "
      "had crossed into India, according to Indian government figures. At the war's end, 93,000 "
      "Pakistani soldiers and civilians were taken to India as prisoners.",
      [C("three million", 3000000, "exact", "killed", "people killed in 1971",
         "Bangladesh's official figure", attr_alt=["Sheikh Mujibur Rahman"]),
       C("about 26,000", 26000, "about", "killed", "civilians killed by the army",
         "Pakistan's Hamoodur Rahman Commission"),
       C("269,000", 269000, "exact", "killed", "violent deaths in 1971",
         "A 2008 study in the British Medical Journal",
         attr_alt=["World Health Organization survey data"]),
       C("some 10 million", 10000000, "about", "displaced", "refugees who crossed into India",
         "Indian government figures"),
       C("93,000", 93000, "exact", "detained", "Pakistani prisoners taken to India")],
      published="2021-03-25"),

    P("d53_013",
      "PUBLISHED : 6 Oct 2016 at 04:00\n"
      "Forty years on, the official record of the morning of October 6, 1976, is still the one "
      "police announced that week: 46 people dead at Thammasat University, 167 wounded and "
      "3,094 arrested. Survivors and the Documentation of Oct 6 project, which has spent years "
      "piecing together autopsy reports, photographs and the memories of people who were on the "
      "campus, believe the real number of dead was higher, perhaps more than 100. Of the victims "
      "it has been able to identify, the project says, at least five were hanged from the trees "
      "of Sanam Luang or burned after being beaten. No one has ever been prosecuted for the "
      "killings; an amnesty in 1978 freed the 19 students and activists who had been put on "
      "trial.",
      [C("46", 46, "exact", "killed", "people killed at Thammasat", "police"),
       C("167", 167, "exact", "injured", "people wounded at Thammasat", "police"),
       C("3,094", 3094, "exact", "detained", "people arrested", "police"),
       C("more than 100", 100, "more_than", "killed", "people killed at Thammasat",
         "Survivors and the Documentation of Oct 6 project"),
       C("at least five", 5, "at_least", "killed", "victims hanged or burned", "the project",
         attr_alt=["the Documentation of Oct 6 project"]),
       C("19", 19, "exact", "detained", "students and activists freed by amnesty")],
      published="2016-10-06"),

    P("d53_014",
      "When the earthquake struck at 3.42 a.m. on July 28, 1976, Tangshan was an industrial city "
      "of about one million people, most of them asleep in brick houses that offered no "
      "resistance. The official toll, released by the Xinhua news agency only in 1979, three "
      "years after the disaster, was 242,419 dead and 164,851 seriously injured. A provincial "
      "report, cited by Hong Kong newspapers at the time, had put the dead at 655,000, a figure "
      "Beijing never acknowledged. The range that most researchers accept, 240,000 to 255,000, "
      "rests on the official count plus those who died later of their injuries. About 93 "
      "percent of the city's homes collapsed, and some 100,000 soldiers were sent in to dig "
      "for survivors.",
      [C("about one million", 1000000, "about", "population", "people living in Tangshan"),
       C("242,419", 242419, "exact", "killed", "people killed in the earthquake",
         "the Xinhua news agency", attr_alt=["The official toll"]),
       C("164,851", 164851, "exact", "injured", "people seriously injured",
         "the Xinhua news agency", attr_alt=["The official toll"]),
       C("655,000", 655000, "exact", "killed", "people killed in the earthquake",
         "A provincial report", attr_alt=["Hong Kong newspapers"]),
       C("240,000 to 255,000", 240000, "range", "killed", "people killed in the earthquake",
         "most researchers", high=255000),
       C("About 93 percent", 93, "about", "infrastructure", "share of homes that collapsed",
         optional=True),
       C("some 100,000", 100000, "about", "troops", "soldiers sent to dig for survivors")]),

    P("d53_015",
      "Updated August 11, 2022\n"
      "Frederick Woods, the last of the three men who hijacked a school bus in Chowchilla in "
      "1976, walked out of a California prison this week, more than 45 years after the crime. "
      "Woods, now 70, had been turned down for parole 17 times. He and the brothers James and "
      "Richard Schoenfeld took 26 children, aged five to 14, and their driver, Ed Ray, drove "
      "them for 11 hours in two blacked-out vans and buried them alive in a moving truck at a "
      "quarry in Livermore, planning to demand $5 million in ransom. After 16 hours underground, "
      "Ray and the oldest boys dug their way out. No one was killed, but many of the children, "
      "survivors told the parole board, have lived since with nightmares and panic attacks.",
      [C("three", 3, "exact", "troops", "kidnappers", cat_alt=["other"], ctx="three men"),
       C("17", 17, "exact", "other", "parole refusals", optional=True),
       C("26", 26, "exact", "hostages", "children kidnapped"),
       C("two", 2, "exact", "other", "vans", optional=True, ctx="two blacked-out vans")],
      published="2022-08-11"),

    P("d53_016",
      "The Red Terror Martyrs' Memorial Museum on Meskel Square keeps its numbers on the walls, "
      "beside the skulls and bones behind glass. Amnesty International, which documented the "
      "campaign as it happened, estimated that as many as half a million people were killed in "
      "1977 and 1978, when Mengistu Haile Mariam's Derg hunted down students and rival leftists. "
      "The Special Prosecutor's Office, set up after the regime fell, spent 12 years building "
      "cases and charged 5,198 people: 2,246 of them were in custody, and 2,952 were tried in "
      "absentia, Mengistu, who has lived in Zimbabwe since 1991, among them. \"My brother was "
      "taken on a Tuesday,\" said Tesfaye Bekele, 68, who guides visitors through the rooms. "
      "\"They made my mother pay 25 birr for the bullet before they gave her the body. Seventeen "
      "young men from our kebele never came back.\"",
      [C("as many as half a million", 500000, "at_most", "killed",
         "people killed in the Red Terror", "Amnesty International"),
       C("5,198", 5198, "exact", "detained", "people charged", cat_alt=["other"],
         attr_alt=["The Special Prosecutor's Office"]),
       C("2,246", 2246, "exact", "detained", "accused in custody",
         attr_alt=["The Special Prosecutor's Office"]),
       C("2,952", 2952, "exact", "other", "accused tried in absentia", cat_alt=["detained"],
         attr_alt=["The Special Prosecutor's Office"]),
       C("Seventeen", 17, "exact", "killed", "young men from the kebele", "Tesfaye Bekele",
         cat_alt=["missing"])]),

    P("d53_017",
      "Published: 11 June 2017\n"
      "Forty years ago today, Dutch marines ended the longest hostage crisis in the country's "
      "history. For 20 days, nine South Moluccan militants had held 54 people on a stopped "
      "train near De Punt, while four others held 105 children and five teachers at a primary "
      "school in Bovensmilde; the children, many of them sick, were let go after four days. At "
      "dawn on June 11, six F-104 Starfighters flew low over the train to disorient the "
      "hijackers before the marines opened fire. Six of the hijackers and two of the hostages "
      "died in the assault. A documentary broadcast in 2014 suggested that some of the "
      "hijackers had been executed after surrendering, which the government denies.",
      [C("nine", 9, "exact", "troops", "South Moluccan hijackers on the train",
         cat_alt=["other"]),
       C("54", 54, "exact", "hostages", "people held on the train"),
       C("four", 4, "exact", "troops", "militants at the school", cat_alt=["other"],
         ctx="four others"),
       C("105", 105, "exact", "hostages", "children held at the school"),
       C("five", 5, "exact", "hostages", "teachers held at the school", ctx="five teachers"),
       C("six", 6, "exact", "munitions", "F-104 Starfighters", cat_alt=["other"],
         ctx="six F-104"),
       C("Six", 6, "exact", "killed", "hijackers killed", ctx="Six of the hijackers"),
       C("two", 2, "exact", "killed", "hostages killed", ctx="two of the hostages")],
      published="2017-06-11"),

    P("d53_018",
      "(ANSA) - Rome, March 16 - Forty-five years ago today, a Red Brigades commando ambushed "
      "the car of Christian Democrat leader Aldo Moro in Via Fani, killing all five men of his "
      "escort in a hail of 91 bullets, according to the ballistic report later read out at the "
      "trial. Moro was held for 55 days in a flat in the Portuense district before his body was "
      "found in the boot of a red Renault 4 in Via Caetani. In the manhunt that followed, police "
      "set up some 72,000 roadblocks and searched 37,000 homes, the interior ministry said at "
      "the time, and more than 6,000 people were questioned. None of it led to Moro.",
      [C("five", 5, "exact", "killed", "Moro's bodyguards killed",
         "the ballistic report later read out at the trial", attr_alt=[None], ctx="five men"),
       C("91", 91, "exact", "munitions", "bullets fired in Via Fani",
         "the ballistic report later read out at the trial", cat_alt=["other"]),
       C("some 72,000", 72000, "about", "other", "police roadblocks", "the interior ministry"),
       C("37,000", 37000, "exact", "infrastructure", "homes searched", "the interior ministry",
         cat_alt=["other"]),
       C("more than 6,000", 6000, "more_than", "detained", "people questioned",
         "the interior ministry", cat_alt=["other"], attr_alt=[None])]),

    P("d53_019",
      "What was the Iran hostage crisis?\n"
      "On November 4, 1979, hundreds of students loyal to Ayatollah Ruhollah Khomeini stormed "
      "the US embassy in Tehran and seized 66 Americans. Within weeks 13 of them, women and "
      "African Americans whom the captors described as already \"oppressed\", had been "
      "released, and a 14th, who had fallen ill, was freed in July 1980. The remaining 52 were "
      "held for 444 days.\n"
      "Did the US try to free them?\n"
      "Yes. Operation Eagle Claw, launched in April 1980, ended at a desert staging area known "
      "as Desert One, where a helicopter collided with a transport plane, killing eight US "
      "servicemen. Six other American diplomats who had slipped out of the embassy during the "
      "takeover were smuggled out of Iran that January on Canadian passports.",
      [C("hundreds", 100, "vague", "other", "students who stormed the embassy",
         cat_alt=["troops"]),
       C("66", 66, "exact", "hostages", "Americans seized"),
       C("13", 13, "exact", "hostages", "hostages released within weeks"),
       C("52", 52, "exact", "hostages", "hostages held for 444 days"),
       C("eight", 8, "exact", "killed", "US servicemen killed at Desert One"),
       C("Six", 6, "exact", "other", "diplomats smuggled out of Iran",
         cat_alt=["displaced"])]),

    # --- 1980s -----------------------------------------------------------------------------------
    P("d53_020",
      "Posted : 2020-05-17 16:40\n"
      "A study released on Friday by the May 18 Memorial Foundation, the most thorough attempt "
      "yet to reconcile four decades of competing counts of the Gwangju uprising, starts with "
      "what the martial law command announced on May 31, 1980: 144 civilians, 22 soldiers and "
      "four police officers dead. Compensation records kept by the Gwangju city government "
      "since 1990, which the authors take as their baseline, list 165 people who died during "
      "the uprising, 76 who remain missing, some 3,000 who were wounded and 1,394 who were "
      "detained and tortured. The true death toll, the authors argue, may be at least twice the "
      "official figure, because \"most of the 76 missing were last seen in custody.\"",
      [C("144", 144, "exact", "killed", "civilians killed", "the martial law command"),
       C("22", 22, "exact", "killed", "soldiers killed", "the martial law command"),
       C("four", 4, "exact", "killed", "police officers killed", "the martial law command",
         ctx="four police"),
       C("165", 165, "exact", "killed", "people who died in the uprising",
         "Compensation records kept by the Gwangju city government"),
       C("76", 76, "exact", "missing", "people still missing",
         "Compensation records kept by the Gwangju city government", ctx="76 who remain"),
       C("some 3,000", 3000, "about", "injured", "people wounded",
         "Compensation records kept by the Gwangju city government"),
       C("1,394", 1394, "exact", "detained", "people detained and tortured",
         "Compensation records kept by the Gwangju city government"),
       C("76", 76, "exact", "missing", "people still missing", "the authors", optional=True,
         ctx="the 76 missing")],
      published="2020-05-17"),

    P("d53_021",
      "May 17, 2013\n"
      "Jorge Rafael Videla, who led the military junta that seized power in Argentina in 1976 "
      "and presided over a campaign of abduction, torture and murder that claimed thousands of "
      "lives, died on Friday in the Marcos Paz prison outside Buenos Aires, where he was "
      "serving a life sentence. He was 87. The National Commission on the Disappearance of "
      "Persons, known as Conadep, documented 8,961 people who vanished during the dictatorship "
      "in its 1984 report and identified some 340 secret detention centers, many of them in "
      "police stations and military bases. Human rights groups, including the Mothers of the "
      "Plaza de Mayo, have long put the number of the disappeared at 30,000. Some 500 babies "
      "were born to women in detention and handed to military families, according to the "
      "Grandmothers of the Plaza de Mayo, which by the time of his death had found 108 of "
      "them. Mr. Videla was convicted last year of overseeing the systematic theft of those "
      "children and sentenced to 50 years.",
      [C("thousands", 1000, "vague", "killed", "victims of the dictatorship"),
       C("8,961", 8961, "exact", "missing", "people who vanished",
         "The National Commission on the Disappearance of Persons", attr_alt=["Conadep"]),
       C("some 340", 340, "about", "infrastructure", "secret detention centers",
         "The National Commission on the Disappearance of Persons", attr_alt=["Conadep"]),
       C("30,000", 30000, "exact", "missing", "the disappeared", "Human rights groups",
         attr_alt=["the Mothers of the Plaza de Mayo"]),
       C("Some 500", 500, "about", "other", "babies born in detention and taken",
         "the Grandmothers of the Plaza de Mayo", cat_alt=["missing", "hostages"]),
       C("108", 108, "exact", "other", "stolen children found",
         "the Grandmothers of the Plaza de Mayo", cat_alt=["missing"])],
      published="2013-05-17"),

    P("d53_022",
      "Published On 5 Nov 2006\n"
      "The case on which Saddam Hussein, 69, was sentenced to death on Sunday was chosen by "
      "prosecutors not because it was his worst crime but because it was among the best "
      "documented. After gunmen fired on his motorcade in the Shia town of Dujail in July 1982, "
      "security forces rounded up hundreds of residents, including women and children, and "
      "bulldozed the town's orchards; 148 men and boys, the prosecution says, were executed "
      "after a sham trial or died under interrogation, at least 46 of them before they could be "
      "brought to court. Two co-defendants, his half-brother Barzan al-Tikriti and the former "
      "judge Awad al-Bandar, were also sentenced to death, and three others received 15 years. "
      "The Anfal campaign against the Kurds, the subject of a second trial that opened in "
      "August, killed 182,000 people, according to Kurdish officials.",
      [C("hundreds", 100, "vague", "detained", "Dujail residents rounded up",
         attr_alt=["the prosecution"]),
       C("148", 148, "exact", "killed", "men and boys executed or killed in custody",
         "the prosecution"),
       C("at least 46", 46, "at_least", "killed", "men who died under interrogation",
         "the prosecution"),
       C("Two", 2, "exact", "detained", "co-defendants sentenced to death", optional=True,
         cat_alt=["other"]),
       C("three", 3, "exact", "detained", "defendants sentenced to 15 years",
         cat_alt=["other"], ctx="three others"),
       C("182,000", 182000, "exact", "killed", "Kurds killed in the Anfal campaign",
         "Kurdish officials")],
      published="2006-11-05"),

    P("d53_023",
      "Forty years after the siege of Hama, the Syrian state has never published a toll, and it "
      "is unlikely ever to do so. The estimates that circulate now run from between 5,000 and "
      "10,000, the figure in a Defense Intelligence Agency assessment written weeks after the "
      "assault, to the 40,000 claimed by the Syrian Human Rights Committee, a London-based exile "
      "group whose count includes people who disappeared in the years that followed. Amnesty "
      "International, in a report published in 1983, gave a range of 10,000 to 25,000. About "
      "12,000 troops, most of them from the Defence Companies commanded by the president's "
      "brother Rifaat, took part in the 27-day assault, which levelled much of the old city. "
      "Fewer than 1,000 of the dead have ever been named.",
      [C("between 5,000 and 10,000", 5000, "range", "killed", "people killed in Hama",
         "a Defense Intelligence Agency assessment", high=10000),
       C("40,000", 40000, "exact", "killed", "people killed or disappeared in Hama",
         "the Syrian Human Rights Committee"),
       C("10,000 to 25,000", 10000, "range", "killed", "people killed in Hama",
         "Amnesty International", high=25000),
       C("About 12,000", 12000, "about", "troops", "troops in the assault"),
       C("Fewer than 1,000", 1000, "fewer_than", "killed", "dead who have been named",
         optional=True, cat_alt=["other"])]),

    P("d53_024",
      "Updated - February 18, 2023 09:15 am IST\n"
      "In about six hours on the morning of February 18, 1983, mobs armed with machetes, spears "
      "and a few guns killed Bengali-speaking Muslims in 14 villages around Nellie in central "
      "Assam. The official toll, compiled by district officials from the bodies they buried and "
      "still the only one the state has published, is 1,819. Survivors' organisations, which "
      "count by families rather than by bodies, say more than 3,000 died. \"We buried 53 people "
      "from our village in one day,\" said Abdul Khalek, who was 12 at the time. \"My mother "
      "and two sisters were among them.\" Of the 688 criminal cases police registered, 378 were "
      "closed for lack of evidence and the rest were withdrawn after the Assam Accord of 1985.",
      [C("14", 14, "exact", "other", "villages attacked", optional=True,
         cat_alt=["infrastructure"]),
       C("1,819", 1819, "exact", "killed", "people killed at Nellie", "district officials",
         attr_alt=["The official toll"]),
       C("more than 3,000", 3000, "more_than", "killed", "people killed at Nellie",
         "Survivors' organisations"),
       C("53", 53, "exact", "killed", "people buried from one village", "Abdul Khalek"),
       C("two", 2, "exact", "killed", "sisters of the speaker", "Abdul Khalek", optional=True,
         ctx="two sisters"),
       C("688", 688, "exact", "other", "criminal cases registered", optional=True),
       C("378", 378, "exact", "other", "cases closed", optional=True)],
      published="2023-02-18"),

    P("d53_025",
      "Zimbabwe Human Rights NGO Forum — Annual Report 2019\n"
      "Transitional justice\n"
      "The Forum continued to press for the publication of the reports of the Chihambakwe and "
      "Dumbutshena commissions, neither of which has ever been made public. The most detailed "
      "account of the Gukurahundi therefore remains Breaking the Silence, the 1997 report by the "
      "Catholic Commission for Justice and Peace and the Legal Resources Foundation, which "
      "documented 3,750 deaths by name and estimated that at least 20,000 civilians were killed "
      "in Matabeleland and the Midlands between 1983 and 1987, most of them by the Fifth "
      "Brigade, a unit of some 5,000 soldiers trained by North Korean instructors. During the "
      "year, the Forum's legal teams assisted 214 survivors in applying for birth and death "
      "certificates, without which their children cannot enrol in school or inherit land.",
      [C("3,750", 3750, "exact", "killed", "deaths documented by name",
         "Breaking the Silence",
         attr_alt=["the Catholic Commission for Justice and Peace and the Legal Resources "
                   "Foundation"]),
       C("at least 20,000", 20000, "at_least", "killed", "civilians killed",
         "Breaking the Silence",
         attr_alt=["the Catholic Commission for Justice and Peace and the Legal Resources "
                   "Foundation"]),
       C("some 5,000", 5000, "about", "troops", "soldiers of the Fifth Brigade",
         attr_alt=["Breaking the Silence",
                   "the Catholic Commission for Justice and Peace and the Legal Resources "
                   "Foundation"]),
       C("214", 214, "exact", "other", "survivors assisted", cat_alt=["aid"],
         attr_alt=["The Forum"])]),

    P("d53_026",
      "Written by Staff Reporter | New Delhi | Updated: August 9, 2005 3:12 IST\n"
      "The Nanavati Commission's report, tabled in Parliament on Monday after more than four "
      "years of hearings, accepts the government's figure of 2,733 deaths in Delhi during the "
      "three days of violence that followed Indira Gandhi's assassination, out of 3,325 across "
      "the country. The commission, which heard more than 300 witnesses, says that most of the "
      "killings were carried out by mobs \"led or instigated\" by local Congress workers. Of "
      "the 587 first information reports registered in Delhi, it notes, about 240 were closed "
      "by police as \"untraced\". Human rights groups such as the People's Union for Civil "
      "Liberties have long put the Delhi toll alone at about 4,000.",
      [C("2,733", 2733, "exact", "killed", "people killed in Delhi", "the government's figure",
         attr_alt=["The Nanavati Commission's report"]),
       C("3,325", 3325, "exact", "killed", "people killed across India",
         "the government's figure", attr_alt=["The Nanavati Commission's report"]),
       C("more than 300", 300, "more_than", "other", "witnesses heard", "The commission",
         optional=True),
       C("587", 587, "exact", "other", "first information reports", "The commission",
         optional=True, attr_alt=["it"]),
       C("about 240", 240, "about", "other", "cases closed as untraced", "The commission",
         optional=True, attr_alt=["it"]),
       C("about 4,000", 4000, "about", "killed", "people killed in Delhi",
         "Human rights groups", attr_alt=["the People's Union for Civil Liberties"])],
      published="2005-08-09"),

    P("d53_027",
      "Published on: May 22, 2013\n"
      "For almost three decades the government's position on the Wagalla airstrip operation of "
      "February 1984 was that 57 people died. The Truth, Justice and Reconciliation Commission, "
      "whose report was handed to President Uhuru Kenyatta on Tuesday after four years of "
      "hearings in which hundreds of survivors testified, concludes that the number was \"close "
      "to 1,000\", after soldiers and police rounded up some 5,000 Degodia men, stripped them "
      "and held them on the airstrip for four days without food or water. Survivors' groups in "
      "Wajir have long said that up to 5,000 were killed. The commission recommends that the "
      "state apologise and pay reparations.",
      [C("57", 57, "exact", "killed", "people killed at Wagalla", "the government's position",
         attr_alt=["the government"]),
       C("hundreds", 100, "vague", "other", "survivors who testified", optional=True),
       C("close to 1,000", 1000, "about", "killed", "people killed at Wagalla",
         "The Truth, Justice and Reconciliation Commission"),
       C("some 5,000", 5000, "about", "detained", "Degodia men rounded up",
         "The Truth, Justice and Reconciliation Commission", attr_alt=[None]),
       C("up to 5,000", 5000, "at_most", "killed", "people killed at Wagalla",
         "Survivors' groups in Wajir")],
      published="2013-05-22"),

    P("d53_028",
      "The official count of the dead in Sumgait, released by the USSR Prosecutor's Office "
      "weeks after the three days of violence at the end of February 1988, was 32: 26 "
      "Armenians and six Azerbaijanis. More than 100 people were injured, according to the same "
      "report. Armenian groups, citing witnesses who described bodies being taken away by the "
      "truckload, have always rejected the count, and say at least 200 were killed. Of some 400 "
      "men arrested in the city, 84 were eventually tried, most of them for hooliganism. Within "
      "weeks, most of Sumgait's roughly 17,000 Armenians had left.",
      [C("32", 32, "exact", "killed", "people killed in Sumgait",
         "the USSR Prosecutor's Office"),
       C("26", 26, "exact", "killed", "Armenians killed", "the USSR Prosecutor's Office"),
       C("six", 6, "exact", "killed", "Azerbaijanis killed", "the USSR Prosecutor's Office"),
       C("More than 100", 100, "more_than", "injured", "people injured", "the same report",
         attr_alt=["the USSR Prosecutor's Office"]),
       C("at least 200", 200, "at_least", "killed", "people killed in Sumgait",
         "Armenian groups", attr_alt=["witnesses"]),
       C("some 400", 400, "about", "detained", "men arrested"),
       C("84", 84, "exact", "detained", "men tried", cat_alt=["other"]),
       C("roughly 17,000", 17000, "about", "displaced", "Armenians who left Sumgait",
         cat_alt=["population"])]),

    P("d53_029",
      "May 31, 2018\n"
      "Thirty years ago this week, the government of Siad Barre turned its air force on its own "
      "second city. MiG-17s flying from Hargeisa's airport bombed and strafed the city, which "
      "then had about 500,000 residents, until by some estimates around 90 percent of it lay in "
      "ruins. Between 50,000 and 60,000 civilians, most of them Isaaq, were killed across the "
      "north in 1988 and 1989, according to figures compiled by Africa Watch. The UN refugee "
      "agency registered some 650,000 people who fled across the border into Ethiopia. Forensic "
      "teams have since located more than 200 mass graves around the city, Somaliland's war "
      "crimes investigation commission says.",
      [C("about 500,000", 500000, "about", "population", "residents of Hargeisa"),
       C("around 90 percent", 90, "about", "infrastructure", "share of the city destroyed",
         "some estimates", optional=True),
       C("Between 50,000 and 60,000", 50000, "range", "killed", "civilians killed in the north",
         "figures compiled by Africa Watch", high=60000, attr_alt=["Africa Watch"]),
       C("some 650,000", 650000, "about", "displaced", "people who fled into Ethiopia",
         "The UN refugee agency"),
       C("more than 200", 200, "more_than", "other", "mass graves",
         "Somaliland's war crimes investigation commission", optional=True)],
      published="2018-05-31"),

    P("d53_030",
      "07.12.2018 | 11:05\n"
      "Thirty years ago today, at 11:41 in the morning, a magnitude 6.8 earthquake levelled "
      "Spitak and much of Leninakan and Kirovakan in northern Armenia. Soviet officials, who in "
      "the first days had spoken only of \"thousands\" of dead, eventually put the toll at "
      "25,000, though some Armenian researchers, pointing to refugees from Azerbaijan who were "
      "sheltering in the region and were never registered, believe it was up to 50,000. Some "
      "15,000 people were pulled alive from the rubble, and more than 500,000 were left "
      "homeless. Western governments, in the first large relief operation the Soviet Union "
      "accepted, flew in more than 1,000 tonnes of supplies. An Il-76 military transport "
      "bringing soldiers to help with the rescue crashed on its approach to Leninakan, killing "
      "77 people on board.",
      [C("thousands", 1000, "vague", "killed", "people killed in the earthquake",
         "Soviet officials"),
       C("25,000", 25000, "exact", "killed", "people killed in the earthquake",
         "Soviet officials"),
       C("up to 50,000", 50000, "at_most", "killed", "people killed in the earthquake",
         "some Armenian researchers"),
       C("Some 15,000", 15000, "about", "other", "people pulled alive from the rubble"),
       C("more than 500,000", 500000, "more_than", "displaced", "people left homeless"),
       C("more than 1,000", 1000, "more_than", "aid", "tonnes of supplies flown in",
         attr_alt=["Western governments"]),
       C("77", 77, "exact", "killed", "people killed in the Il-76 crash")],
      published="2018-12-07"),

    # --- 1990s-2020s -----------------------------------------------------------------------------
    P("d53_031",
      "Published On 24 Aug 2021\n"
      "Hissène Habré, the former president of Chad who in 2016 became the first former head of "
      "state to be convicted of crimes against humanity by the courts of another country, died "
      "in Senegal on Tuesday after contracting COVID-19. He was 79. A Chadian truth commission "
      "estimated in 1992 that his regime had killed some 40,000 people. The files of its "
      "political police, the DDS, which Human Rights Watch found strewn across the floor of an "
      "abandoned office in N'Djamena in 2001, list 1,208 people who died in detention and "
      "12,321 victims of torture and arbitrary imprisonment. At his trial before the "
      "Extraordinary African Chambers in Dakar, 93 witnesses testified.",
      [C("some 40,000", 40000, "about", "killed", "people killed by Habré's regime",
         "A Chadian truth commission"),
       C("1,208", 1208, "exact", "killed", "people who died in detention",
         "The files of its political police, the DDS", attr_alt=["the DDS"]),
       C("12,321", 12321, "exact", "other", "victims of torture and arbitrary imprisonment",
         "The files of its political police, the DDS", cat_alt=["injured", "detained"],
         attr_alt=["the DDS"]),
       C("93", 93, "exact", "other", "witnesses who testified", optional=True)],
      published="2021-08-24"),

    P("d53_032",
      "Published: August 19, 2011\n"
      "A government commission on Thursday added 9,795 names to the official list of people "
      "imprisoned or tortured for political reasons under Augusto Pinochet, bringing the number "
      "of recognised victims of the 1973-1990 dictatorship to 40,018. The new panel, known as "
      "Valech II, also recognised 30 more people who were killed or disappeared, which takes "
      "that category to 3,065. The first truth commission, led by the jurist Raúl Rettig, had "
      "documented 2,279 deaths and disappearances in 1991; a first Valech commission, whose "
      "hearings opened in 2003, added 28,459 survivors of torture and political imprisonment a "
      "year later. Victims' associations say thousands of former detainees never came forward, "
      "out of fear or shame.",
      [C("9,795", 9795, "exact", "detained", "people imprisoned or tortured added",
         "A government commission", cat_alt=["other", "injured"]),
       C("40,018", 40018, "exact", "other", "recognised victims of the dictatorship",
         "A government commission", cat_alt=["detained", "killed"]),
       C("30", 30, "exact", "killed", "people killed or disappeared added", "The new panel",
         cat_alt=["missing"], attr_alt=["A government commission"]),
       C("3,065", 3065, "exact", "killed", "people killed or disappeared", "The new panel",
         cat_alt=["missing"], attr_alt=["A government commission"]),
       C("2,279", 2279, "exact", "killed", "deaths and disappearances",
         "The first truth commission", cat_alt=["missing"]),
       C("28,459", 28459, "exact", "detained", "survivors of torture and imprisonment",
         "a first Valech commission", cat_alt=["other", "injured"]),
       C("thousands", 1000, "vague", "detained", "former detainees who never came forward",
         "Victims' associations")],
      published="2011-08-19"),

    P("d53_033",
      "DILI, Nov 12, 2021 (Lusa) - Thirty years after Indonesian troops opened fire on mourners "
      "at Dili's Santa Cruz cemetery, the victims' families are still asking the question the "
      "Indonesian military never answered: where are the bodies? The armed forces said at the "
      "time that 19 people had died, later raising the figure to about 50 after an inquiry by a "
      "national commission. A list compiled by East Timorese activists and published by the "
      "Peace and Democracy Foundation names 271 dead, 382 wounded and 250 who disappeared in the "
      "days after the shooting, many of them, witnesses said, taken from hospital by soldiers. "
      "Footage smuggled out by a British cameraman showed troops firing into a crowd of some "
      "2,500 mourners. Forensic teams have recovered the remains of fewer than 20 of the "
      "missing, the government says.",
      [C("19", 19, "exact", "killed", "people killed at Santa Cruz", "The armed forces"),
       C("about 50", 50, "about", "killed", "people killed at Santa Cruz", "The armed forces",
         attr_alt=["a national commission"]),
       C("271", 271, "exact", "killed", "people killed at Santa Cruz",
         "A list compiled by East Timorese activists",
         attr_alt=["the Peace and Democracy Foundation"]),
       C("382", 382, "exact", "injured", "people wounded",
         "A list compiled by East Timorese activists",
         attr_alt=["the Peace and Democracy Foundation"]),
       C("250", 250, "exact", "missing", "people who disappeared",
         "A list compiled by East Timorese activists",
         attr_alt=["the Peace and Democracy Foundation"]),
       C("some 2,500", 2500, "about", "other", "mourners in the crowd"),
       C("fewer than 20", 20, "fewer_than", "killed", "remains of the missing recovered",
         "the government", cat_alt=["missing"])],
      published="2021-11-12"),

    P("d53_034",
      "Published 14 May 2024\n"
      "The number of people living in internal displacement worldwide reached 75.9 million at "
      "the end of 2023, the highest since records began, the Internal Displacement Monitoring "
      "Centre said in its annual report on Tuesday. Conflict and violence accounted for 68.3 "
      "million of them, a rise of 49 percent in five years, while disasters accounted for 7.7 "
      "million. Sudan, where fighting between the army and the Rapid Support Forces has driven "
      "some 6 million people from their homes since April, now has 9.1 million internally "
      "displaced, the largest number ever recorded for a single country. The report counts "
      "movements as well as people: Gaza saw 3.4 million displacements in the last three "
      "months of the year, well over one for each of the territory's roughly 2.2 million "
      "inhabitants.",
      [C("75.9 million", 75900000, "exact", "displaced", "internally displaced people",
         "the Internal Displacement Monitoring Centre"),
       C("68.3 million", 68300000, "exact", "displaced", "people displaced by conflict",
         "the Internal Displacement Monitoring Centre", attr_alt=[None]),
       C("7.7 million", 7700000, "exact", "displaced", "people displaced by disasters",
         "the Internal Displacement Monitoring Centre", attr_alt=[None]),
       C("some 6 million", 6000000, "about", "displaced", "people driven from homes in Sudan",
         attr_alt=["the Internal Displacement Monitoring Centre"]),
       C("9.1 million", 9100000, "exact", "displaced", "internally displaced in Sudan",
         "the Internal Displacement Monitoring Centre", attr_alt=[None]),
       C("3.4 million", 3400000, "exact", "displaced", "displacements in Gaza", "The report",
         cat_alt=["other"], attr_alt=["the Internal Displacement Monitoring Centre"]),
       C("roughly 2.2 million", 2200000, "about", "population", "inhabitants of Gaza",
         attr_alt=["The report"])],
      published="2024-05-14"),

    P("d53_035",
      "In the early hours of April 16, 1993, units of the Croatian Defence Council and the "
      "\"Jokers\", a military police unit, attacked the Muslim houses of Ahmići, a village in "
      "central Bosnia's Lašva Valley. By nightfall 116 Bosniak civilians, among them 32 women "
      "and 11 children, had been killed, according to the findings of the International "
      "Criminal Tribunal for the former Yugoslavia, and 169 houses and two mosques had been "
      "burned. The tribunal sentenced the regional commander, Tihomir Blaškić, to 45 years, a "
      "term the appeals chamber cut to nine. Thirty years on, some of those who carried out the "
      "killings have never been charged.",
      [C("116", 116, "exact", "killed", "Bosniak civilians killed in Ahmići",
         "the findings of the International Criminal Tribunal for the former Yugoslavia",
         attr_alt=["the International Criminal Tribunal for the former Yugoslavia"]),
       C("32", 32, "exact", "killed", "women killed",
         "the findings of the International Criminal Tribunal for the former Yugoslavia",
         attr_alt=["the International Criminal Tribunal for the former Yugoslavia"]),
       C("11", 11, "exact", "killed", "children killed",
         "the findings of the International Criminal Tribunal for the former Yugoslavia",
         attr_alt=["the International Criminal Tribunal for the former Yugoslavia"]),
       C("169", 169, "exact", "infrastructure", "houses burned",
         "the findings of the International Criminal Tribunal for the former Yugoslavia",
         attr_alt=["the International Criminal Tribunal for the former Yugoslavia", None]),
       C("two", 2, "exact", "infrastructure", "mosques burned",
         "the findings of the International Criminal Tribunal for the former Yugoslavia",
         attr_alt=["the International Criminal Tribunal for the former Yugoslavia", None],
         ctx="two mosques")]),

    P("d53_036",
      "Thu 26 Oct 2017 21.35 BST\n"
      "The joint investigation by the United Nations and the Organisation for the Prohibition "
      "of Chemical Weapons, in a report delivered to the Security Council on Thursday, says it "
      "is \"confident\" that the Syrian government was responsible for the release of sarin in "
      "Khan Sheikhoun on 4 April, an attack in which, according to local doctors, 87 people "
      "died, more than 30 of them children, and hundreds more were treated for exposure. The "
      "investigators, who were never able to visit the town, interviewed 17 witnesses and "
      "studied samples, photographs and video. Three days after the attack, the United States "
      "fired 59 Tomahawk cruise missiles at the Shayrat airbase, from which it said the "
      "aircraft had taken off.",
      [C("87", 87, "exact", "killed", "people killed in Khan Sheikhoun", "local doctors"),
       C("more than 30", 30, "more_than", "killed", "children killed", "local doctors"),
       C("hundreds", 100, "vague", "injured", "people treated for exposure", "local doctors",
         attr_alt=[None]),
       C("17", 17, "exact", "other", "witnesses interviewed", optional=True),
       C("59", 59, "exact", "munitions", "Tomahawk cruise missiles fired")],
      published="2017-10-26"),

    P("d53_037",
      "Over five days at the end of August 2012, as government forces retook Daraya, a suburb "
      "southwest of Damascus, hundreds of people were killed, many of them in basements where "
      "they had taken shelter. The Violations Documentation Center, which records the dead by "
      "name, listed 522 victims in the town between August 20 and August 26, a count it later "
      "revised to 517 after finding duplicates. Syrian state television broadcast from the town, "
      "reporting that the army had \"cleansed\" it of \"terrorists\"; the government has never "
      "given a toll. A local opposition council said at the time that more than 300 bodies had "
      "been found in a single mosque. Of the town's pre-war population of roughly 80,000, "
      "fewer than 10,000 were still living there when it surrendered four years later.",
      [C("hundreds", 100, "vague", "killed", "people killed in Daraya",
         attr_alt=["The Violations Documentation Center"]),
       C("522", 522, "exact", "killed", "victims listed", "The Violations Documentation Center"),
       C("517", 517, "exact", "killed", "victims after revision",
         "The Violations Documentation Center", attr_alt=["it"]),
       C("more than 300", 300, "more_than", "killed", "bodies found in a mosque",
         "A local opposition council"),
       C("roughly 80,000", 80000, "about", "population", "pre-war population of Daraya"),
       C("fewer than 10,000", 10000, "fewer_than", "population",
         "residents left when Daraya surrendered")]),

    P("d53_038",
      "Major General Antonio Taguba's report, which was completed in February and has not been "
      "released, found \"numerous incidents of sadistic, blatant, and wanton criminal abuses\" "
      "at Abu Ghraib, a prison west of Baghdad that then held some 7,000 detainees. Seven "
      "military police soldiers have been charged so far. A later Army investigation, led by "
      "Major General George Fay, identified 44 incidents of abuse and implicated 27 people "
      "attached to military intelligence units. The International Committee of the Red Cross "
      "had earlier reported that military intelligence officers told its delegates that between "
      "70 and 90 percent of the people deprived of their liberty in Iraq had been arrested by "
      "mistake.",
      [C("some 7,000", 7000, "about", "detained", "detainees at Abu Ghraib",
         attr_alt=["Major General Antonio Taguba's report"]),
       C("Seven", 7, "exact", "detained", "soldiers charged", cat_alt=["other"]),
       C("44", 44, "exact", "other", "incidents of abuse", "A later Army investigation"),
       C("27", 27, "exact", "other", "military intelligence personnel implicated",
         "A later Army investigation", cat_alt=["troops"]),
       C("between 70 and 90 percent", 70, "range", "detained",
         "share of detainees arrested by mistake", "military intelligence officers", high=90,
         optional=True, attr_alt=["The International Committee of the Red Cross"])]),

    P("d53_039",
      "June 5, 2020\n"
      "Shigeru Yokota, who spent more than four decades campaigning for the return of his "
      "daughter Megumi, abducted by North Korean agents in 1977 on her way home from school at "
      "the age of 13, died on Friday in Kawasaki. He was 87. The government officially "
      "recognises 17 Japanese as victims of abductions carried out by Pyongyang in the 1970s and "
      "1980s. North Korea, which admitted in 2002 that it had taken 13, allowed five of them to "
      "return home that year, and says the other eight, Megumi among them, have died. Japan's "
      "National Police Agency says it cannot rule out North Korean involvement in 871 other "
      "disappearances.",
      [C("17", 17, "exact", "hostages", "Japanese recognised as abductees", "The government"),
       C("13", 13, "exact", "hostages", "abductions admitted by North Korea", "North Korea",
         ctx="taken 13"),
       C("five", 5, "exact", "hostages", "abductees allowed to return",
         attr_alt=["North Korea"]),
       C("eight", 8, "exact", "killed", "abductees North Korea says died", "North Korea",
         cat_alt=["hostages"]),
       C("871", 871, "exact", "missing", "disappearances possibly linked to North Korea",
         "Japan's National Police Agency")],
      published="2020-06-05"),

    P("d53_040",
      "NEW YORK, Jan 16 (Reuters) - At least 361 journalists were behind bars worldwide on Dec. "
      "1, 2024, the Committee to Protect Journalists said on Thursday, the second-highest number "
      "since the press freedom group began its annual census in 1992. China held 50 of them, "
      "followed by Israel with 43, Myanmar with 35, Belarus with 31 and Russia with 30, the "
      "group said. The record, 370, was set in 2022. In a separate report, CPJ said 124 "
      "journalists and media workers had been killed in 2024, 85 of them Palestinians killed by "
      "Israel, making it the deadliest year since it began keeping records more than three "
      "decades ago.",
      [C("At least 361", 361, "at_least", "detained", "journalists jailed worldwide",
         "the Committee to Protect Journalists"),
       C("50", 50, "exact", "detained", "journalists jailed in China", "the group",
         attr_alt=["the Committee to Protect Journalists"]),
       C("43", 43, "exact", "detained", "journalists jailed by Israel", "the group",
         attr_alt=["the Committee to Protect Journalists"]),
       C("35", 35, "exact", "detained", "journalists jailed in Myanmar", "the group",
         attr_alt=["the Committee to Protect Journalists"]),
       C("31", 31, "exact", "detained", "journalists jailed in Belarus", "the group",
         attr_alt=["the Committee to Protect Journalists"]),
       C("30", 30, "exact", "detained", "journalists jailed in Russia", "the group",
         attr_alt=["the Committee to Protect Journalists"]),
       C("370", 370, "exact", "detained", "record number of jailed journalists", "the group",
         attr_alt=[None, "the Committee to Protect Journalists"]),
       C("124", 124, "exact", "killed", "journalists and media workers killed", "CPJ"),
       C("85", 85, "exact", "killed", "Palestinian journalists killed by Israel", "CPJ")]),
]


def build() -> list[Passage]:
    """The passages with offsets computed and every field checked."""
    return build_passages(PASSAGES, id_format="d53_{:03d}",
                          checks=[no_sentence_from(*EARLIER)])


__all__ = ["build", "render"]

if __name__ == "__main__":
    main(build, OUT, expected=40)
