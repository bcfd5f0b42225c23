"""Single sentences in, expected claims out: a readable specification of the extractor.

Bounds follow DESIGN.md: exact v -> [v, v]; more than v -> [v+1, unbounded); at least
v -> [v, unbounded); at most v -> [0, v]; fewer than v -> [0, v-1]; about v -> [0.9v,
1.1v]; range -> [v, value_high]; vague words -> the span of their order of magnitude
(dozens [12, 99], scores [20, 199], hundreds [100, 999], thousands [1000, 9999], tens of
thousands [10000, 99999], hundreds of thousands [100000, 999999], millions [1000000,
999999999]). ``None`` as the high bound means unbounded.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import extract

# (sentence, span, value, qualifier, category, low, high)
CLAIM_CASES = [
    # exact figures, digits, scale words and spelled-out numbers
    ("The death toll rose to 47 on Sunday, the ministry said.",
     "47", 47, "exact", "killed", 47, 47),
    ("Clashes in the capital left 55 dead.", "55", 55, "exact", "killed", 55, 55),
    ("Three soldiers were killed in the ambush.", "Three", 3, "exact", "killed", 3, 3),
    ("Twenty-five migrants drowned when their boat sank.",
     "Twenty-five", 25, "exact", "killed", 25, 25),
    ("A dozen people were arrested after the clashes.",
     "A dozen", 12, "exact", "detained", 12, 12),
    ("Police arrested 1,215 people during the protests.",
     "1,215", 1215, "exact", "detained", 1215, 1215),
    ("The city's 2.3 million residents have been without water for a week.",
     "2.3 million", 2_300_000, "exact", "population", 2_300_000, 2_300_000),
    ("A convoy of 20 trucks carrying food and medicine crossed the border.",
     "20", 20, "exact", "aid", 20, 20),
    ("The strikes damaged 12 hospitals, the health ministry said.",
     "12", 12, "exact", "infrastructure", 12, 12),
    ("The army said 1,500 soldiers had been deployed to the region.",
     "1,500", 1500, "exact", "troops", 1500, 1500),
    ("Russia launched 40 drones at Kyiv overnight.", "40", 40, "exact", "munitions", 40, 40),
    ("Rescuers said 17 people were still missing after the landslide.",
     "17", 17, "exact", "missing", 17, 17),
    ("Gunmen kidnapped 30 students from their dormitory.",
     "30", 30, "exact", "hostages", 30, 30),
    ("The blast wounded 64 people.", "64", 64, "exact", "injured", 64, 64),
    ("Among the dead were 50 minors.", "50", 50, "exact", "killed", 50, 50),
    # lists sharing one verb
    ("The shelling killed 12 children and 9 women.", "12", 12, "exact", "killed", 12, 12),
    ("The shelling killed 12 children and 9 women.", "9", 9, "exact", "killed", 9, 9),
    # qualifiers
    ("At least 312 people were killed in the earthquake, officials said.",
     "At least 312", 312, "at_least", "killed", 312, None),
    ("Fifty or more people were feared dead.",
     "Fifty or more", 50, "at_least", "killed", 50, None),
    ("More than 240 people were taken hostage by the gunmen.",
     "More than 240", 240, "more_than", "hostages", 241, None),
    ("Over 500 rockets were fired at the city.",
     "Over 500", 500, "more_than", "munitions", 501, None),
    ("The death toll tops 1,000.", "1,000", 1000, "more_than", "killed", 1001, None),
    ("Up to 50 people were injured in the blast.",
     "Up to 50", 50, "at_most", "injured", 0, 50),
    ("As many as 80 people may have died.", "As many as 80", 80, "at_most", "killed", 0, 80),
    ("Fewer than 10 soldiers were deployed to the border.",
     "Fewer than 10", 10, "fewer_than", "troops", 0, 9),
    ("About 200 families fled the fighting overnight.",
     "About 200", 200, "about", "displaced", 180, 220),
    ("Nearly 300 people were injured.", "Nearly 300", 300, "about", "injured", 270, 330),
    ("Some 400 troops were sent to the region.", "Some 400", 400, "about", "troops", 360, 440),
    ("An estimated 1,200 people are missing.",
     "An estimated 1,200", 1200, "about", "missing", 1080, 1320),
    ("Around 40k people fled the city.", "Around 40k", 40_000, "about", "displaced",
     36_000, 44_000),
    ("About 1.5bn people live in the region, the UN said.",
     "About 1.5bn", 1_500_000_000, "about", "population", 1_350_000_000, 1_650_000_000),
    # ranges
    ("Between 10 and 20 villagers were abducted.",
     "Between 10 and 20", 10, "range", "hostages", 10, 20),
    ("The floods killed 60-63 people.", "60-63", 60, "range", "killed", 60, 63),
    ("Gunmen kidnapped 10 to 15 farmers.", "10 to 15", 10, "range", "hostages", 10, 15),
    # vague amounts
    ("Dozens of people were wounded.", "Dozens", 12, "vague", "injured", 12, 99),
    ("Scores of homes were destroyed.", "Scores", 20, "vague", "infrastructure", 20, 199),
    ("Hundreds of protesters were arrested.", "Hundreds", 100, "vague", "detained", 100, 999),
    ("Thousands of residents were evacuated.",
     "Thousands", 1000, "vague", "displaced", 1000, 9999),
    ("Tens of thousands of people fled the city.",
     "Tens of thousands", 10_000, "vague", "displaced", 10_000, 99_999),
    ("Hundreds of thousands of people have been displaced.",
     "Hundreds of thousands", 100_000, "vague", "displaced", 100_000, 999_999),
    ("Millions have fled their homes since the war began.",
     "Millions", 1_000_000, "vague", "displaced", 1_000_000, 999_999_999),
    # the main verb after a modifier of the counted noun (relative clause, participle phrase)
    ("Eight miners who had been digging an illegal shaft were killed when it collapsed.",
     "Eight", 8, "exact", "killed", 8, 8),
    ("Fourteen students travelling home for the holidays are missing after the ferry sank.",
     "Fourteen", 14, "exact", "missing", 14, 14),
    ("Eleven men suspected of looting shops were arrested overnight, police said.",
     "Eleven", 11, "exact", "detained", 11, 11),
    ("Three girls and a teacher from the village school were abducted on Tuesday.",
     "Three", 3, "exact", "hostages", 3, 3),
    ("Nine pupils aged between 6 and 12 were injured when the roof fell in.",
     "Nine", 9, "exact", "injured", 9, 9),
    # ... but not across a new clause or another figure
    ("Another 40 people were rescued alive and 12 remain missing.",
     "40", 40, "exact", "other", 40, 40),
    ("About 300 police officers took part in the raid, in which 20 suspects were detained.",
     "About 300", 300, "about", "troops", 270, 330),
    ("Tens of thousands of people marched in the capital, and at least 10 were killed.",
     "Tens of thousands", 10_000, "vague", "other", 10_000, 99_999),
    ("The shelling killed 56 people on Saturday and injured 158.",
     "56", 56, "exact", "killed", 56, 56),
    ("The army said 105 of its servicemen had been killed.", "105", 105, "exact", "killed",
     105, 105),
    ("Six of the attackers were 'eliminated', the committee said.", "Six", 6, "exact", "killed",
     6, 6),
    ("The gas leak killed 13 people and sickened 260 others.", "260", 260, "exact", "injured",
     260, 260),
    ("The number of migrants who drowned off the coast has risen to 94.",
     "94", 94, "exact", "killed", 94, 94),
    ("The dead comprised 36 men, 15 women and four children.", "four", 4, "exact", "killed", 4, 4),
    ("At least 15 bodies lay in the streets, among them two nuns, and 23 people were wounded.",
     "two", 2, "exact", "killed", 2, 2),
    ("Police said two suspected smugglers had been arrested.", "two", 2, "exact", "detained",
     2, 2),
    # freed: hostages after a kidnapping, detainees when prisoners, else no category
    ("Gunmen abducted 80 women last week. The army said it had freed 12 of the women.",
     "12", 12, "exact", "hostages", 12, 12),
    ("The rebels released 20 hostages and the government freed 1,968 prisoners.",
     "20", 20, "exact", "hostages", 20, 20),
    ("The rebels released 20 hostages and the government freed 1,968 prisoners.",
     "1,968", 1968, "exact", "detained", 1968, 1968),
    # a capitalised counted noun that is not a name
    ("The army said it had killed more than 200 Taliban fighters.",
     "more than 200", 200, "more_than", "killed", 201, None),
    ("The soldiers captured 19 Afghan posts.", "19", 19, "exact", "other", 19, 19),
    ("Rescuers were searching for 22 people believed to be buried under the rubble.",
     "22", 22, "exact", "missing", 22, 22),
    # a subset after the source's clause, and a breakdown between dashes, take the head's category
    ("The regime executed at least 834 people, the group said in its report, among them 31 women.",
     "31", 31, "exact", "killed", 31, 31),
    ("The two sides swapped 390 prisoners on Friday – 270 soldiers and 120 civilians – in a deal.",
     "120", 120, "exact", "detained", 120, 120),
    # people rescued are counted as such, not by what they are; "N of them" keeps its head
    ("Hundreds of migrants were rescued off the coast on Saturday.",
     "Hundreds", 100, "vague", "other", 100, 999),
    ("Seventy-five people were wounded, 14 of them children, and 39 were rescued alive.",
     "14", 14, "exact", "injured", 14, 14),
    ("Police arrested 342 people, bringing the total since the protests began to 2,000.",
     "2,000", 2000, "exact", "detained", 2000, 2000),
    ("Protesters numbered in the tens of thousands, organisers said.",
     "tens of thousands", 10_000, "vague", "other", 10_000, 99_999),
    ("Some 1,000 people were sleeping in evacuation centres.",
     "Some 1,000", 1000, "about", "displaced", 900, 1100),
    ("Nearly 3,000 people have taken refuge in the cathedral.",
     "Nearly 3,000", 3000, "about", "displaced", 2700, 3300),
    ("Twelve people sleeping in their homes were killed.", "Twelve", 12, "exact", "killed",
     12, 12),
    ("Evacuation orders were issued for 180,000 people.", "180,000", 180_000, "exact",
     "displaced", 180_000, 180_000),
    ("Around 25,000 people are staying with relatives.", "Around 25,000", 25_000, "about",
     "displaced", 22_500, 27_500),
    ("Officials said 3,000 people spent the night in shelters.", "3,000", 3000, "exact",
     "displaced", 3000, 3000),
    # a day, month or place before the figure is not a label or a date
    ("On Sunday 12 people were killed in the city.", "12", 12, "exact", "killed", 12, 12),
    ("In March 40 people died in a similar attack.", "40", 40, "exact", "killed", 40, 40),
    ("Across Gaza 25 people were killed overnight.", "25", 25, "exact", "killed", 25, 25),
    ("The deceased include 47 children, 55 women and 33 men.", "55", 55, "exact", "killed",
     55, 55),
    ("At least 22 tourists, including 10 children, froze to death in their cars.",
     "At least 22", 22, "at_least", "killed", 22, None),
    ("Thirty-three people are undergoing treatment at the district hospital.",
     "Thirty-three", 33, "exact", "injured", 33, 33),
    ("Of them 427,000 are staying in 3,215 evacuation centers.", "427,000", 427_000, "exact",
     "displaced", 427_000, 427_000),
    ("Of them 427,000 are staying in 3,215 evacuation centers.", "3,215", 3215, "exact",
     "infrastructure", 3215, 3215),
    ("The department distributed 400,000 family food packs.", "400,000", 400_000, "exact",
     "aid", 400_000, 400_000),
    ("The army handed over 85 civilians in their custody.", "85", 85, "exact", "detained",
     85, 85),
    ("The toll rose to 32 on Sunday after six of the critically injured died.",
     "32", 32, "exact", "killed", 32, 32),
    ("The drowning of three students shocked the city.", "three", 3, "exact", "killed", 3, 3),
    ("The deceased, two women aged 25 and 26, were students.", "two", 2, "exact", "killed",
     2, 2),
    ("The toll from Typhoon Odette (international name: Rai) rose to 156.",
     "156", 156, "exact", "killed", 156, 156),
    ("The manifest listed 205 passengers, but survivors said 15 to 20 more had boarded.",
     "15 to 20", 15, "range", "other", 15, 20),
    ("The death toll rose by five to 76.", "76", 76, "exact", "killed", 76, 76),
    ("Police said 1,152 people were under arrest.", "1,152", 1152, "exact", "detained",
     1152, 1152),
    ("In all, 435 police officers were among the injured.", "435", 435, "exact", "injured",
     435, 435),
    ("Some 330,000 civilians were trapped in the city.", "Some 330,000", 330_000, "about",
     "population", 297_000, 363_000),
    ("Rescuers said 12 miners were trapped underground.", "12", 12, "exact", "missing", 12, 12),
    # detention in other words
    ("Security forces took 30 people into custody.", "30", 30, "exact", "detained", 30, 30),
    ("After the protest, some 70 demonstrators were held overnight.",
     "some 70", 70, "about", "detained", 63, 77),
    ("Courts have sentenced 14 protesters to death.", "14", 14, "exact", "detained", 14, 14),
    ("The army said it had captured 25 militants.", "25", 25, "exact", "detained", 25, 25),
    ("Soldiers raided the village at dawn. Twenty were taken away by soldiers.",
     "Twenty", 20, "exact", "detained", 20, 20),
    ("Three rallies were held on Sunday.", "Three", 3, "exact", "other", 3, 3),
    # a breakdown between dashes shares the verb after the closing dash
    ("At least 131 civilians — 102 men, 17 women and 12 children — were killed by the rebels.",
     "17", 17, "exact", "killed", 17, 17),
    ("The army freed 12 of the women in a raid in which three fighters were killed.",
     "12", 12, "exact", "other", 12, 12),
    # adverbs between the auxiliary and the verb
    ("Health officials said three people have already died of tetanus.",
     "three", 3, "exact", "killed", 3, 3),
    # a fronted "Among the reported deaths," and a gapped second clause
    ("Among the reported deaths, 504 were in Ludian County and 72 in Qiaojia County.",
     "504", 504, "exact", "killed", 504, 504),
    ("Among the reported deaths, 504 were in Ludian County and 72 in Qiaojia County.",
     "72", 72, "exact", "killed", 72, 72),
    ("Eleven people were killed in Homs and 12 in Hama, the monitor said.",
     "12", 12, "exact", "killed", 12, 12),
    ("Police detained 40 people in Paris and 12 in Lyon.", "12", 12, "exact", "detained", 12, 12),
    # phrasal predicates ending in -ing are not "killing 12"
    ("At least 47 people were injured and 12 have gone missing, the agency said.",
     "12", 12, "exact", "missing", 12, 12),
    ("Nine fishermen went missing off the coast.", "Nine", 9, "exact", "missing", 9, 9),
    ("In the lowlands 2,005 families were rendered homeless.",
     "2,005", 2005, "exact", "displaced", 2005, 2005),
    # "put it at": the same figure as before
    ("The rebels said 320 fighters were killed, while the army put it at 182.",
     "182", 182, "exact", "killed", 182, 182),
    # hit by gunfire; an elliptical "as did"
    ("Officials said two bystanders were also struck by gunfire.",
     "two", 2, "exact", "injured", 2, 2),
    ("Both officers suffered minor injuries, as did three bystanders.",
     "three", 3, "exact", "injured", 3, 3),
    ("Four soldiers were killed, as were 12 civilians.", "12", 12, "exact", "killed", 12, 12),
    # a whole that counts what its part counts; "among the trucks," in a clause; "more"
    ("Eight trucks, out of a total of 79, have crossed the border into Syria.",
     "79", 79, "exact", "aid", 79, 79),
    ("The broadcaster added that among the trucks, five or six loaded with fuel had left.",
     "five or six", 5, "range", "aid", 5, 6),
    ("Officials said 66 aid trucks had entered, and that 30 more were expected on Tuesday.",
     "30", 30, "exact", "aid", 30, 30),
    ("Some 128,000 people were displaced, and tens of thousands more were without water.",
     "tens of thousands", 10_000, "vague", "other", 10_000, 99_999),
    # a qualifier after "and" in a list that shares its noun and verb
    ("Local sources said at least 13 and as many as 46 civilians from the same village \u2013 "
     "including children and women \u2013 were killed.",
     "at least 13", 13, "at_least", "killed", 13, None),
    # adverbs of degree between the auxiliary and the verb
    ("Apart from the dead, a dozen others were also seriously injured.",
     "a dozen", 12, "exact", "injured", 12, 12),
    # a list joined by "as well as" after an "including" aside
    ("The monitor said the strike killed 13 civilians, including women and children, as well "
     "as three fighters.", "three", 3, "exact", "killed", 3, 3),
    # what a toll or a count of deaths includes
    ("\u201cThe toll includes 33 children,\u201d the director said.",
     "33", 33, "exact", "killed", 33, 33),
    ("The 77 civilian deaths included at least 11 children.",
     "at least 11", 11, "at_least", "killed", 11, None),
    # a label line: what the label counts
    ("Journalists killed in the country since 2003: 112", "112", 112, "exact", "killed", 112, 112),
    ("Number of displaced people per month: 60,000",
     "60,000", 60_000, "exact", "displaced", 60_000, 60_000),
    # escaped inmates stay detained; any adverb between the auxiliary and the verb
    ("Nearly 130 inmates fled during the riot.", "Nearly 130", 130, "about", "detained", 117, 143),
    ("Police say 143 of the 242 prisoners who fled had been recaptured.",
     "143", 143, "exact", "detained", 143, 143),
    ("The riot ended at dawn. Dozens were quickly recaptured.",
     "Dozens", 12, "vague", "detained", 12, 99),
    # "Of them," opening the next sentence counts what the sentence before counted
    ("Nine passengers were killed, an official said. Of them, five were from the capital.",
     "five", 5, "exact", "killed", 5, 5),
    # people taken, held or freed by kidnappers
    ("Gunmen stormed the school and carted away 317 students, police said.",
     "317", 317, "exact", "hostages", 317, 317),
    ("Rebels had been holding some 800 people in the theatre since Wednesday, demanding a "
     "ransom.", "some 800", 800, "about", "hostages", 720, 880),
    ("The military said the kidnappers still hold at least 11 foreigners.",
     "at least 11", 11, "at_least", "hostages", 11, None),
    ("Guerrillas released the last 10 police officers and soldiers they held.",
     "10", 10, "exact", "hostages", 10, 10),
    ("Three women who escaped their captors made their way back to the town.",
     "Three", 3, "exact", "hostages", 3, 3),
    ("The government says 101 of the 110 schoolgirls abducted by the group have been returned.",
     "110", 110, "exact", "hostages", 110, 110),
    ("The centre counted 389 kidnappings in the first three months.",
     "389", 389, "exact", "hostages", 389, 389),
    # "other" before the noun; "Of the N people who died,"; "the N it recorded"
    ("Two other miners were injured.", "Two", 2, "exact", "injured", 2, 2),
    ("Of the 304 people who died in the disaster, 250 were students.",
     "250", 250, "exact", "killed", 250, 250),
    ("The monitor counted 7,900 deaths, nearly double the 4,234 it recorded the year before.",
     "4,234", 4234, "exact", "killed", 4234, 4234),
    # demonyms whose ending says nothing
    ("The ship's crew includes 19 Filipinos, according to the operator.",
     "19", 19, "exact", "other", 19, 19),
    ("The 23 Bangladeshi sailors of the ship, held by Somali pirates since March, were freed.",
     "23", 23, "exact", "hostages", 23, 23),
    ("Residents said between 60 and 70 women had been taken by jihadists.",
     "between 60 and 70", 60, "range", "hostages", 60, 70),
    # a casualty word as the figure's noun beats a later phrase ("camp for displaced people")
    ("At least 56 people were killed and 30 wounded in a drone strike on a camp for displaced "
     "people.", "30", 30, "exact", "injured", 30, 30),
    # a subset's verb stays with the subset; a casualty adjective names the category
    ("Since May 10, the hospital has received 1,116 wounded patients, 134 of whom died.",
     "1,116", 1116, "exact", "injured", 1116, 1116),
    ("The army said it 'neutralised' 203 militants.", "203", 203, "exact", "killed", 203, 203),
    ("Russia said it destroyed 112 drones, including 20 over the Moscow region and 72 over "
     "Bryansk.", "72", 72, "exact", "munitions", 72, 72),
    ("Russian attacks kill 7, injure 31 over past day", "31", 31, "exact", "injured", 31, 31),
    ("Of the 59 people who sought medical help, 25 were hospitalised.",
     "59", 59, "exact", "injured", 59, 59),
    # prisoner swaps free detainees; hostages freed in a swap stay hostages
    ("In the prisoner exchange, 390 people were released by each side on Friday.",
     "390", 390, "exact", "detained", 390, 390),
    ("In the prisoner swap, 24 Israeli hostages were released.",
     "24", 24, "exact", "hostages", 24, 24),
    # confidence intervals, rankings and appositions restate the figure before them
    ("The study estimated 61,672 heat-related deaths, with a 95% confidence interval of 37,643 "
     "to 86,807.", "37,643 to 86,807", 37_643, "range", "killed", 37_643, 86_807),
    ("A study counted the most heat-related deaths in Italy, 18,010, followed by Spain with "
     "11,324.", "11,324", 11_324, "exact", "killed", 11_324, 11_324),
    ("The monitor recorded 3,500 violent events last year, up from 2,137.",
     "2,137", 2137, "exact", "other", 2137, 2137),
    # a breakdown after a count noun; people who stayed are not displaced
    ("Florida accounted for most of the fatalities, with 42 tallied by the sheriff's office.",
     "42", 42, "exact", "killed", 42, 42),
    ("State officials said 285 people defied mandatory evacuation orders and stayed behind.",
     "285", 285, "exact", "other", 285, 285),
    # a revision "from A (as of a date) to B": two figures of the same kind, no range
    ("The report revised upward the number of health workers who died, from 31 as reported on "
     "Sept. 18 to 61 as of Sept. 22.", "61", 61, "exact", "killed", 61, 61),
    ("It revised upward the number of health workers who have the disease from 74 to 96.",
     "96", 96, "exact", "other", 96, 96),
    # taken to hospital are injured; people captured by a crowd are held captive
    ("Paramedics took 350 people to hospital after the crush at the stadium gates.",
     "350", 350, "exact", "injured", 350, 350),
    ("Villagers said 67 police officers captured by protesters were still being held.",
     "67", 67, "exact", "hostages", 67, 67),
    # a breakdown in brackets after the captives it counts
    ("The gunmen still hold the hostages (12 aid workers and 3 pilots), officials said.",
     "3", 3, "exact", "hostages", 3, 3),
    # a spaced dash sets off a breakdown: two figures, not a range
    ("Killed: 214 — 180 soldiers and 34 civilians", "180", 180, "exact", "killed", 180, 180),
    ("Killed: 214 — 180 soldiers and 34 civilians", "214", 214, "exact", "killed", 214, 214),
    # South Asian digit grouping (lakh): 5,70,000 is 570,000
    ("Records show that more than 5,70,000 people were awarded compensation.",
     "more than 5,70,000", 570_000, "more_than", "other", 570_001, None),
    ("Over 1,50,000 people were evacuated from the coast.",
     "Over 1,50,000", 150_000, "more_than", "displaced", 150_001, None),
    # people living in camps or evacuation centres are displaced, counted camps or not
    ("More than 360,000 people are living in about 2,200 evacuation centres.",
     "More than 360,000", 360_000, "more_than", "displaced", 360_001, None),
    # a container names its group after "of"; armed groups are forces, never their captives
    ("More than 600 personnel of the Army and police were deployed at the site.",
     "More than 600", 600, "more_than", "troops", 601, None),
    ("About 200 members of the army were sent to the town.",
     "About 200", 200, "about", "troops", 180, 220),
    ("A group of 32 heavily armed militants seized the school on the first day of term.",
     "32", 32, "exact", "troops", 32, 32),
    # an active verb with its object: the counted people are the agents
    ("Some 40 soldiers killed the gunman after a six-hour siege.",
     "Some 40", 40, "about", "troops", 36, 44),
    ("12 people killed the day before were buried on Sunday.",
     "12", 12, "exact", "killed", 12, 12),
    ("Thirty students seized Monday were freed by the army.",
     "Thirty", 30, "exact", "hostages", 30, 30),
    # "the figure for deaths is N"; trapped in a place is a population, not missing
    ("The state government's figure for deaths in the immediate aftermath is 3,787.",
     "3,787", 3787, "exact", "killed", 3787, 3787),
    ("Some 330,000 civilians were trapped in a shrinking strip of land.",
     "Some 330,000", 330_000, "about", "population", 297_000, 363_000),
    ("At least 30 people were trapped in a collapsed building.",
     "At least 30", 30, "at_least", "missing", 30, None),
    ("The hospital had admitted 27 people with injuries.", "27", 27, "exact", "injured", 27, 27),
    # a group named before its members: "the dead are", "those taken included", "of those freed"
    ("The dead, aged from 19 to 70, are 24 Filipinos and two Britons, police said.",
     "two", 2, "exact", "killed", 2, 2),
    ("Those killed include 12 children and three journalists.",
     "12", 12, "exact", "killed", 12, 12),
    ("The victims who drowned were 14 fishermen from the same village.",
     "14", 14, "exact", "killed", 14, 14),
    ("Those arrested were 40 students, police said.", "40", 40, "exact", "detained", 40, 40),
    ("Gunmen kidnapped 67 people on Friday. Of those freed, 16 were minors.",
     "16", 16, "exact", "hostages", 16, 16),
    ("Those taken in the raid included 14 women, after gunmen abducted villagers.",
     "14", 14, "exact", "hostages", 14, 14),
    # "among those killed", "among the victims", "among the hostages"
    ("Three children were among those killed.", "Three", 3, "exact", "killed", 3, 3),
    ("Nineteen foreign nationals were among the victims.",
     "Nineteen", 19, "exact", "killed", 19, 19),
    ("Two Britons are among the hostages.", "Two", 2, "exact", "hostages", 2, 2),
    ("Six journalists were among those arrested.", "Six", 6, "exact", "detained", 6, 6),
    # the whole group in "N of the M ... who were killed" is counted by what befell it
    ("Divers recovered 11 of the 270 people who were killed.",
     "270", 270, "exact", "killed", 270, 270),
    ("Police said five of the 30 students who were abducted escaped.",
     "30", 30, "exact", "hostages", 30, 30),
    # a long parenthesis between the noun and its verb
    ("Fifty-one people (44 at the mosque in the city centre and seven at the Islamic Centre "
     "in the suburbs, one of whom died later in hospital) were killed.",
     "Fifty-one", 51, "exact", "killed", 51, 51),
    # displacement said after a long modifier, or after "of <place>"
    ("More than 18,000 residents living within the 6-kilometre danger zone of the volcano have "
     "been moved to 28 evacuation centres.", "More than 18,000", 18000, "more_than", "displaced",
     18001, None),
    ("Authorities have ordered more than 11,000 residents of Tagulandang island to leave.",
     "more than 11,000", 11000, "more_than", "displaced", 11001, None),
    ("Some 1,000 residents were moved out over fears of further slides.",
     "Some 1,000", 1000, "about", "displaced", 900, 1100),
    ("Twelve patients were moved to another hospital.", "Twelve", 12, "exact", "other", 12, 12),
    ("Victims as young as 3 were among the 40 people killed.", "40", 40, "exact", "killed",
     40, 40),
    # people a camp holds are displaced; bodies stay bodies; relief items are aid
    ("Zamzam camp once sheltered more than 700,000 people.", "more than 700,000", 700_000,
     "more_than", "displaced", 700_001, None),
    ("The camps, which held 600,000 people before the offensive, are empty.", "600,000",
     600_000, "exact", "displaced", 600_000, 600_000),
    ("Rescuers recovered 21 more bodies from the debris of collapsed houses.", "21", 21,
     "exact", "killed", 21, 21),
    ("The ministry dispatched 1,000 bags of maize flour and 500 tarpaulins.", "500", 500,
     "exact", "aid", 500, 500),
    ("The ministry dispatched 1,000 bags of maize flour.", "1,000", 1000, "exact", "aid",
     1000, 1000),
    # a toll revised "down from 30 to 28"; "4,000 more expected"; title-case "Massacres"
    ("The ministry revised the death toll down from 30 to 28.", "30", 30, "exact", "killed",
     30, 30),
    ("Over 20,000 doses have been delivered, with 4,000 more expected this week.", "4,000",
     4000, "exact", "aid", 4000, 4000),
    ("Burkina Faso: Army Massacres 223 Villagers", "223", 223, "exact", "killed", 223, 223),
    # a key-figure label names what is counted; a proper adjective before a plural noun
    ("People affected: 362,000 (UN OCHA)", "362,000", 362_000, "exact", "other", 362_000,
     362_000),
    ("The military said it had struck some 1,600 Hezbollah targets.", "some 1,600", 1600,
     "about", "other", 1440, 1760),
    # "including 502 in Moscow" refers past the places counted in between
    ("More than 1,300 people were detained in at least 38 cities, OVD-Info said, including 502 "
     "in Moscow.", "502", 502, "exact", "detained", 502, 502),
    ("It says two adults were also brought there and died.", "two", 2, "exact", "killed",
     2, 2),
    ("Rebels released 16 of the 20 aid workers they had held since March.", "16", 16, "exact",
     "hostages", 16, 16),
    ("Rebels released 16 of the 20 aid workers they had held since March.", "20", 20, "exact",
     "hostages", 20, 20),
    # crowds: "put the crowd at", "said it was", "the rally drew"
    ("Organisers put Thursday night's crowd at the intersection at more than 20,000; police "
     "said it was around 10,000.", "around 10,000", 10000, "about", "other", 9000, 11000),
    ("A rival rally in central Seoul drew 42,000, according to police estimates.", "42,000",
     42000, "exact", "other", 42000, 42000),
    # "the number of people killed" far from its verb; a nearer toll wins
    ("The number of people killed in two days of riots that broke out after the arrest of the "
     "opposition candidate, alias Bobi Wine, has risen to 45, police said.", "45", 45, "exact",
     "killed", 45, 45),
    ("The number of people listed as unaccounted for jumped to 1,276, the sheriff said, while "
     "the death toll rose by five to 76.", "76", 76, "exact", "killed", 76, 76),
    # people a state frees, holds or swaps are detainees; inmates a prison holds; weapons seized
    ("Venezuela released 10 Americans on Friday.", "10", 10, "exact", "detained", 10, 10),
    ("Azerbaijan freed 32 Armenian servicemen.", "32", 32, "exact", "detained", 32, 32),
    ("Yerevan says Baku still holds at least 23 Armenians.", "at least 23", 23, "at_least",
     "detained", 23, None),
    ("Russia freed 16 people in exchange for eight Russians held in the West.", "eight", 8,
     "exact", "detained", 8, 8),
    ("Israel's prison service said 450 men and 27 women had been freed.", "450", 450, "exact",
     "detained", 450, 450),
    ("Among those held are at least six foreigners and 111 children.", "111", 111, "exact",
     "detained", 111, 111),
    ("Gunmen freed 12 of the kidnapped students on Sunday.", "12", 12, "exact", "hostages",
     12, 12),
    ("Among the weapons seized were 12 assault rifles and three grenade launchers.", "three", 3,
     "exact", "munitions", 3, 3),
    ("Police said they had seized 30 firearms.", "30", 30, "exact", "munitions", 30, 30),
    ("All 16 attackers, including four suicide bombers, were killed.", "four", 4, "exact",
     "killed", 4, 4),
    ("Five young men who vanished after a party are still being sought.", "Five", 5, "exact",
     "missing", 5, 5),
    ("Looters hit 161 malls and shopping centres.", "161", 161, "exact", "infrastructure",
     161, 161),
    # initials and bracketed acronyms inside the noun phrase
    ("Thirteen U.S. service members — 11 Marines, a Navy medic and an Army soldier — were "
     "killed.", "Thirteen", 13, "exact", "killed", 13, 13),
    ("At least 40 Central Reserve Police Force (CRPF) personnel were killed.", "At least 40", 40,
     "at_least", "killed", 40, None),
    # "were among the 21 people killed"; "The victims — three women"; searches; "neutralising"
    ("The minister said 13 soldiers were among the 21 people killed.", "13", 13, "exact",
     "killed", 13, 13),
    ("The victims — three women and three children — were swept away.", "three", 3, "exact",
     "killed", 3, 3),
    ("Rescuers are searching for 113 people whose whereabouts remain unknown.", "113", 113,
     "exact", "missing", 113, 113),
    ("Rescuers pulled five survivors from the water and were searching for more.", "five", 5,
     "exact", "other", 5, 5),
    ("Police are searching for 3 suspects.", "3", 3, "exact", "other", 3, 3),
    ("The ministry said it had 'neutralised' 309 soldiers.", "309", 309, "exact", "killed",
     309, 309),
    ("The blast raised the death toll at Massey Energy Co.'s Upper Big Branch mine to 29.",
     "29", 29, "exact", "killed", 29, 29),
    ("In Paris 135 people were injured. The minister put the number of protesters nationwide "
     "at 125,000.", "125,000", 125_000, "exact", "other", 125_000, 125_000),
    ("JNIM fighters have destroyed more than 100 fuel tankers.", "more than 100", 100,
     "more_than", "other", 101, None),
    ("BNPB said 19 aid flights had dropped food.", "19", 19, "exact", "aid", 19, 19),
    ("Gaines County, a farming community of about 22,000, has few vaccinated children.",
     "about 22,000", 22000, "about", "population", 19800, 24200),
    ("Two suicide bombers blew themselves up at the gate.", "Two", 2, "exact", "killed", 2, 2),
    ("Of those released by Israel, 250 had been serving life sentences.", "250", 250, "exact",
     "detained", 250, 250),
    # people taken away: detainees of soldiers, hostages of gunmen
    ("Soldiers raided the village and took away about 20 people.", "about 20", 20, "about",
     "detained", 18, 22),
    ("Gunmen stormed the school and took away 30 pupils.", "30", 30, "exact", "hostages",
     30, 30),
    # a model number inside "on board"; the whole group after "all but one of"
    ("All 72 people on board the ATR 72-500 are feared dead.", "72", 72, "exact", "killed",
     72, 72),
    ("All but one of the 242 people on board flight AI171 were killed.", "242", 242, "exact",
     "other", 242, 242),
    ("Of the 276 girls kidnapped from their school, 57 escaped within hours.", "57", 57,
     "exact", "hostages", 57, 57),
    # a verb governs the figure after a named or definite object and "and"
    ("Niger's junta detained President Mohamed Bazoum and dozens of officials.", "dozens", 12,
     "vague", "detained", 12, 99),
    ("Gunmen kidnapped the pastor and 3 of his children.", "3", 3, "exact", "hostages", 3, 3),
    ("He met the president and 12 ministers.", "12", 12, "exact", "other", 12, 12),
    ("Over the weekend, 12 journalists were among more than 200 people detained.", "12", 12,
     "exact", "detained", 12, 12),
    # headlines in the present tense and in title case
    ("Bandits abduct 61 in fresh Kaduna attack", "61", 61, "exact", "hostages", 61, 61),
    ("Court convicts six over deadly wildfire", "six", 6, "exact", "detained", 6, 6),
    ("Floods displace 20,000 in Assam", "20,000", 20000, "exact", "displaced", 20000, 20000),
    ("Junta Airstrike on School Kills 20 Children, Two Teachers", "20", 20, "exact", "killed",
     20, 20),
    ("Missiles hit printing house, killing seven\nMay 23, 2024 8:14 PM\nFirefighters worked.",
     "seven", 7, "exact", "killed", 7, 7),
    ("A court found six people guilty over the wildfire.", "six", 6, "exact", "detained", 6, 6),
    # a group named before the figure; out of those taken; injured people moved; morgues
    ("The bandits, numbering over 100, stormed the village.", "over 100", 100, "more_than",
     "troops", 101, None),
    ("Bandits abducted villagers. Out of the 61 people taken, 30 are women and children.",
     "30", 30, "exact", "hostages", 30, 30),
    ("Officials said 25 injured residents had been airlifted to Nairobi.", "25", 25, "exact",
     "injured", 25, 25),
    ("It said 54 bodies had washed ashore and 14 others had been taken to a hospital mortuary.",
     "14", 14, "exact", "killed", 14, 14),
    ("The WHO said 900 were still in morgues.", "900", 900, "exact", "killed", 900, 900),
    ("The deaths bring to at least 37 the number of people who have died crossing this year.",
     "at least 37", 37, "at_least", "killed", 37, None),
    ("The toll was 398, not the 302 officials had reported.", "302", 302, "exact", "killed",
     302, 302),
    ("Of the more than 13,600 suspected cases reported, half are children.", "more than 13,600",
     13600, "more_than", "other", 13601, None),
    ("Seventeen members of an extended family, among them eight children, died in a fire.",
     "Seventeen", 17, "exact", "killed", 17, 17),
    # animals counted by the head are not people killed
    ("More than 7.1 million head of livestock have died.", "More than 7.1 million", 7_100_000,
     "more_than", "other", 7_100_001, None),
    # a toll "in the hundreds", "followed by N", a count noun set off by dashes
    ("The death toll could run into the thousands.", "thousands", 1000, "vague", "killed",
     1000, 9999),
    ("Officials fear the number of dead could be in the hundreds.", "hundreds", 100, "vague",
     "killed", 100, 999),
    ("Some 390 prisoners were released on Friday, followed by 307 on Saturday.",
     "307", 307, "exact", "detained", 307, 307),
    ("Borno accounts for the bulk of the confirmed cases – 3,233 – followed by Yobe.",
     "3,233", 3233, "exact", "other", 3233, 3233),
    ("Two protesters were in a life-threatening condition.", "Two", 2, "exact", "injured", 2, 2),
    # "home to" a garrison counts troops, not residents
    ("The base, home to about 200 troops, was overrun.",
     "about 200", 200, "about", "troops", 180, 220),
    # a dateline's day, a dash, then the figure: not a range
    ("VENICE, October 4 - Twenty-one people died when a ferry capsized.",
     "Twenty-one", 21, "exact", "killed", 21, 21),
    ("KYIV, March 3 - 12 people were killed in a missile strike.",
     "12", 12, "exact", "killed", 12, 12),
    # equipment in a ministry's tallies
    ("The enemy has lost 59,412 unmanned aerial vehicles since the start of the operation.",
     "59,412", 59412, "exact", "munitions", 59412, 59412),
    ("Its losses include 22,786 armoured combat vehicles and 29,011 artillery systems.",
     "29,011", 29011, "exact", "munitions", 29011, 29011),
    # a list of nouns sharing the predicate; a head's verb reaches its subset
    ("The army said 121 of its fighters, prison guards and civilians were killed.",
     "121", 121, "exact", "killed", 121, 121),
    ("The airline said 11 of its pilots and crew members were among the dead.",
     "11", 11, "exact", "killed", 11, 11),
    ("A total of 5,079 migrants and refugees died or went missing last year.",
     "5,079", 5079, "exact", "killed", 5079, 5079),
    ("Up to 70 drivers and other civilians may still be unaccounted for, officials said.",
     "Up to 70", 70, "at_most", "missing", 0, 70),
    ("Twelve migrants, including five children, drowned when two boats capsized.",
     "five", 5, "exact", "killed", 5, 5),
    # what befell the people, where a noun alone would mislead
    ("Divers had seen dozens of bodies trapped inside the hull.",
     "dozens", 12, "vague", "killed", 12, 99),
    ("Two were hurt, while three of the dead were taken to Lady Hardinge Medical College.",
     "three", 3, "exact", "killed", 3, 3),
    ("Over 300 people were admitted to King George Hospital with breathing problems.",
     "Over 300", 300, "more_than", "injured", 301, None),
    ("Some 20,000 people spent Monday night in the open, the Red Cross said.",
     "Some 20,000", 20000, "about", "displaced", 18000, 22000),
    ("About 500 residents of the village have been taken to hotels.",
     "About 500", 500, "about", "displaced", 450, 550),
    ("The attack followed the killing in March of some 160 herders in the village.",
     "some 160", 160, "about", "killed", 144, 176),
    ("The toll was revised to 231, down from the 245 given by police at the scene.",
     "245", 245, "exact", "killed", 245, 245),
    ("Gunmen killed 16 civilians and three soldiers on Sunday. Four of the civilians were "
     "foreigners, officials said.", "Four", 4, "exact", "killed", 4, 4),
    ("The mayor said 16 pupils and two teachers from the school were on the flight.",
     "two", 2, "exact", "other", 2, 2),
    # hyphened and coordinated modifiers before the noun
    ("Air defences destroyed 524 Ukrainian fixed-wing drones over the past day.",
     "524", 524, "exact", "munitions", 524, 524),
    ("The Houthis said they had fired 18 ballistic and cruise missiles at the carrier.",
     "18", 18, "exact", "munitions", 18, 18),
    ("The toll from the largest bomb ever used by the U.S. military has risen to 94 fighters.",
     "94", 94, "exact", "killed", 94, 94),
    # a subset of figures counted before
    ("Nine people are missing. Four of the nine are students.",
     "Four", 4, "exact", "missing", 4, 4),
    ("Seventeen people died on Friday. Of the dead, seven had been shot by police.",
     "seven", 7, "exact", "killed", 7, 7),
    # the counted noun over a count noun before it; age groups before the verb
    ("WHO reported a total of 182 cases, including 64 deaths, in Gulu district.",
     "64", 64, "exact", "killed", 64, 64),
    ("The ministry reported that 254 children under five have died of pneumonia.",
     "254", 254, "exact", "killed", 254, 254),
    ("In the ensuing exchange of fire, all six terrorists were sent to hell.",
     "six", 6, "exact", "killed", 6, 6),
    ("Beach attack: 16 civilians among 19 dead", "16", 16, "exact", "killed", 16, 16),
    ("The siege of the hotel left 28 people dead, including all 10 attackers.",
     "10", 10, "exact", "killed", 10, 10),
    # shelters: the people in them are displaced, the shelters are places
    ("More than 44,000 people were crammed into evacuation centres.",
     "More than 44,000", 44000, "more_than", "displaced", 44001, None),
    ("The agency said 320,090 people were staying in 676 evacuation points.",
     "676", 676, "exact", "infrastructure", 676, 676),
    # weapons known by name
    ("By allied count, Iraq has now fired about 40 Scuds at Saudi Arabia and 39 at Israel.",
     "39", 39, "exact", "munitions", 39, 39),
    ("Russia launched 12 Kalibrs and 30 Shaheds overnight.", "30", 30, "exact", "munitions",
     30, 30),
    # a share of the figure before: "N of them"
    ("About 200 workers were at the plant at the time, 67 of them on the second floor.",
     "67", 67, "exact", "other", 67, 67),
    ("A landslide buried 30 people; 12 of them were rescued in the first hours.",
     "12", 12, "exact", "other", 12, 12),
    # prisons hold detainees; the injured among a vague count
    ("The complex, built for 454 prisoners, was holding 1,224.",
     "1,224", 1224, "exact", "detained", 1224, 1224),
    ("Police said 30 police officers were among the dozens injured.",
     "30", 30, "exact", "injured", 30, 30),
    # prisoners of war coming home in an exchange
    ("Russia and Ukraine carried out a prisoner exchange on Wednesday, with 230 Ukrainians "
     "and 248 Russians returning home.", "230", 230, "exact", "detained", 230, 230),
    ("It was the 49th prisoner swap of the war; more than 2,800 Ukrainians have now been "
     "brought home.", "more than 2,800", 2800, "more_than", "detained", 2801, None),
    # an army's losses, a force's strength, people drafted
    ("Kyiv put its own losses in the battle at 450.", "450", 450, "exact", "killed", 450, 450),
    ("Western officials said Russian losses rose to 1,200 in a single day.",
     "1,200", 1200, "exact", "killed", 1200, 1200),
    ("The ministry puts its forces in the region at about 30,000 men.",
     "about 30,000", 30000, "about", "troops", 27000, 33000),
    ("The rebels still have some 8,000 fighters under arms.",
     "some 8,000", 8000, "about", "troops", 7200, 8800),
    ("Government troops, backed by a Kenyan contingent of about 1,000, retook the town.",
     "about 1,000", 1000, "about", "troops", 900, 1100),
    ("The junta plans to call up 5,000 people a month under the conscription law.",
     "5,000", 5000, "exact", "troops", 5000, 5000),
    ("The army aims to enlist 20,000 men and women this year.",
     "20,000", 20000, "exact", "troops", 20000, 20000),
    # the verb of the clause before "along with"
    ("The mayor was detained on Friday along with 14 of his aides.",
     "14", 14, "exact", "detained", 14, 14),
    ("The commander died in the ambush, together with nine of his bodyguards.",
     "nine", 9, "exact", "killed", 9, 9),
    # people moved to safety, shelters kept
    ("Authorities moved about 60,000 people to 900 shelters before landfall.",
     "about 60,000", 60000, "about", "displaced", 54000, 66000),
    ("The airlift has flown more than 5,000 people out of the capital.",
     "more than 5,000", 5000, "more_than", "displaced", 5001, None),
    ("More than 3,000 people remained in evacuation centres on Sunday.",
     "More than 3,000", 3000, "more_than", "displaced", 3001, None),
    ("About 800 people are crossing the border every day, the agency said.",
     "About 800", 800, "about", "displaced", 720, 880),
    ("Around 2 million displaced people now live in camps around the city.",
     "Around 2 million", 2000000, "about", "displaced", 1800000, 2200000),
    # hospitals take in the wounded; a prison holds detainees
    ("The district hospital had admitted 74 war-wounded by Thursday.",
     "74", 74, "exact", "injured", 74, 74),
    ("St Mary's Hospital received 11 patients from the blast, officials said.",
     "11", 11, "exact", "injured", 11, 11),
    ("Prosecutors said 300 protesters had been taken to the central prison.",
     "300", 300, "exact", "detained", 300, 300),
    ("Two days later 41 soldiers surrendered to the rebels.",
     "41", 41, "exact", "detained", 41, 41),
    # verbs in the present, in a headline, or after a quote
    ("Some 2,000 children continue to die every week from hunger.",
     "Some 2,000", 2000, "about", "killed", 1800, 2200),
    ("Ten members of one family killed in airstrike", "Ten", 10, "exact", "killed", 10, 10),
    ("Storm Left 45 Dead, Officials Say", "45", 45, "exact", "killed", 45, 45),
    ('Witnesses said the dead numbered "more than 60".', "more than 60", 60, "more_than",
     "killed", 61, None),
    ("A second blast brought to 14 the number of its soldiers killed this month.",
     "14", 14, "exact", "killed", 14, 14),
    ("About a third of the island's 900,000 people have no power.",
     "900,000", 900000, "exact", "population", 900000, 900000),
    # remains, weapons and aircraft by name, men of a unit, a plural noun before its verb
    ("Investigators have exhumed 212 skeletons from the pit.", "212", 212, "exact", "killed",
     212, 212),
    ("The submarine fired two torpedoes at the cruiser.", "two", 2, "exact", "munitions", 2, 2),
    ("Air defences shot down two Mirages over the valley.", "two", 2, "exact", "munitions", 2, 2),
    ("He jumped into the valley with about 400 men of the 2nd Battalion.", "about 400", 400,
     "about", "troops", 360, 440),
    ("Three civilian aid workers were killed in the ambush.", "Three", 3, "exact", "killed", 3, 3),
    ("The two governments exchanged prisoners, with about 900 men crossing the border each way.",
     "about 900", 900, "about", "detained", 810, 990),
    ("Of the 500 people killed in the district, more than 200 are still missing.",
     "more than 200", 200, "more_than", "missing", 201, None),
    ("He was convicted over the execution of more than 3,000 prisoners.", "more than 3,000",
     3000, "more_than", "killed", 3001, None),
    ("The court sentenced the former governor and four other officials to death by hanging.",
     "four", 4, "exact", "detained", 4, 4),
    # evacuation orders, nights in shelters, people not yet back, poles, a death sentence
    ("About 900 residents remain under a mandatory evacuation order.", "About 900", 900,
     "about", "displaced", 810, 990),
    ("Evacuation advisories covered some 400,000 people in six prefectures.", "some 400,000",
     400000, "about", "displaced", 360000, 440000),
    ("Officials said 3,000 people who had spent the weekend in evacuation centres went home.",
     "3,000", 3000, "exact", "displaced", 3000, 3000),
    ("The minister said 31 fishermen were yet to return from sea.", "31", 31, "exact",
     "missing", 31, 31),
    ("The toll rose to 12 and the search continues for three others.", "three", 3, "exact",
     "missing", 3, 3),
    ("The storm uprooted trees, and 12,000 electric poles were damaged.", "12,000", 12000,
     "exact", "infrastructure", 12000, 12000),
    ("Rights groups condemned the sentencing to death of 75 protesters.", "75", 75, "exact",
     "detained", 75, 75),
    ("Police say 900 people were held in 40 towns today, including 300 in the capital.", "300",
     300, "exact", "detained", 300, 300),
    # arrivals at camps, rates, relief items, sheltering sites
    ("Between 200 and 400 Sudanese are arriving at the camp every day.", "Between 200 and 400",
     200, "range", "displaced", 200, 400),
    ("About 150 new arrivals are registered every week.", "About 150", 150, "about",
     "displaced", 135, 165),
    ("WHO delivered 300 vials of antitoxin and 60 oxygen cylinders.", "60", 60, "exact", "aid",
     60, 60),
    ("Eight classrooms were destroyed in the storm.", "Eight", 8, "exact", "infrastructure", 8,
     8),
    ("She said 22 patients with gunshot and shrapnel wounds were flown out.", "22", 22, "exact",
     "injured", 22, 22),
    ("The compound sheltered some 9,000 people before the fighting.", "some 9,000", 9000, "about",
     "displaced", 8100, 9900),
    ("Some 3,000 people were staying in the agency's schools.", "Some 3,000", 3000, "about",
     "displaced", 2700, 3300),
    # the verb before beats a relative clause; "Of those" counts what was counted before
    ("The shell hit the mosque, killing 25 people who had sought refuge there.", "25", 25,
     "exact", "killed", 25, 25),
    ("Militants fired 400 rockets. Of those, 90 fell short inside the territory.", "90", 90,
     "exact", "munitions", 90, 90),
    ("The army said 60 soldiers were wounded. Of those, 35 have returned to duty.", "35", 35,
     "exact", "injured", 35, 35),
    ("The militia fired about 300 rockets towards the city.", "about 300", 300, "about",
     "munitions", 270, 330),
    ("The navy destroyed four drone boats in the strait.", "four", 4, "exact", "munitions", 4,
     4),
    ("Turkish forces 'neutralizes' 41 militants, ministry says", "41", 41, "exact", "killed", 41,
     41),
    # a list after its verb; a toll past "No. 88"; "including" before a listed noun
    ("The spokesman said the dead included one police officer, a nurse and four suspected "
     "gunmen.", "four", 4, "exact", "killed", 4, 4),
    ("Rebels killed a priest, three police officers and 14 soldiers.", "14", 14, "exact",
     "killed", 14, 14),
    ("Police detained the governor, 25 protesters and two journalists.", "25", 25, "exact",
     "detained", 25, 25),
    ("The toll from the fire at Block No. 4 has risen to 23, officials said.", "23", 23,
     "exact", "killed", 23, 23),
    ("Six soldiers, including a major, and a three-year-old girl were killed in the ambush.",
     "Six", 6, "exact", "killed", 6, 6),
    ("Of the dead, four had been shot, said the mayor, who added that at least 30 people had "
     "suffered gunshot wounds.", "at least 30", 30, "at_least", "injured", 30, None),
    # the second share of a partitive
    ("Nine of the dead were soldiers and four were police officers.", "four", 4, "exact",
     "killed", 4, 4),
    ("Six of the drones were shot down and two fell in open ground.", "two", 2, "exact",
     "munitions", 2, 2),
    # projected tolls, prison terms, severed heads, an exchange, a crowd that turned out
    ("Officials said the toll could reach 300 because dozens were still unaccounted for.",
     "300", 300, "exact", "killed", 300, 300),
    ("The court sentenced the leader to death and four co-accused to life imprisonment.",
     "four", 4, "exact", "detained", 4, 4),
    ("Villagers found the severed heads of three soldiers near the road.", "three", 3, "exact",
     "killed", 3, 3),
    ("In exchange, Kyiv handed over 12 Russian conscripts.", "12", 12, "exact", "detained", 12,
     12),
    ("Police counted 8,000 marchers, though organisers said up to 20,000 had turned out.",
     "up to 20,000", 20000, "at_most", "other", 0, 20000),
    # an elided noun, projections, comparisons with an earlier figure, "the final figure"
    ("About 8,000 U.S. and 3,000 Afghan troops took part in the operation.", "About 8,000",
     8000, "about", "troops", 7200, 8800),
    ("Police said 40 people were killed. The true number could be close to 90.",
     "close to 90", 90, "about", "killed", 81, 99),
    ("The agency said 30,000 people had fled, and it warned that their number could reach "
     "100,000.", "100,000", 100000, "exact", "displaced", 100000, 100000),
    ("The monitor recorded 4,100 civilian deaths in 2016, nearly double the 2,200 recorded in "
     "2015.", "2,200", 2200, "exact", "killed", 2200, 2200),
    ("The toll rose to 900, with thousands still trapped. The minister said the final figure "
     "could be more than 3,000.", "more than 3,000", 3000, "more_than", "killed", 3001, None),
    ("The outbreak has grown to 64 confirmed and probable cases.", "64", 64, "exact", "other",
     64, 64),
    ("Officials said the force would grow to about 12,000 by March.", "about 12,000", 12000,
     "about", "troops", 10800, 13200),
    ("Firefighters said 14 storage tanks were ablaze at the depot.", "14", 14, "exact",
     "infrastructure", 14, 14),
    ("Volunteers handed out 3,000 food packets.", "3,000", 3000, "exact", "aid", 3000, 3000),
    # the casualty word decides after "left"; "to death" after a list of verbs; euphemisms
    ("The clashes had left 22 people injured, police said.", "22", 22, "exact", "injured", 22,
     22),
    ("At least 90 villagers were hacked, shot or burned to death.", "At least 90", 90,
     "at_least", "killed", 90, None),
    ("FORTY people were blown to bits in the market.", "FORTY", 40, "exact", "killed", 40, 40),
    ("One soldier paid the supreme price in the ambush.", "One", 1, "exact", "killed", 1, 1),
    ("One officer suffered a minor injury, police said.", "One", 1, "exact", "injured", 1, 1),
    ("The pirates freed the ship and its 17 remaining crew.", "17", 17, "exact", "hostages",
     17, 17),
    # an explainer's answer; a source between the figure and its verb
    ("How many were hurt? About 600 in the capital, according to the Red Cross.", "About 600",
     600, "about", "injured", 540, 660),
    ("Another 70, the ministry says, were rushed to hospitals across the city.", "70", 70,
     "exact", "injured", 70, 70),
    # crews of ships taken by pirates or a state; people an armed group holds
    ("Pirates hijacked the tanker off Oman with its 21 crew.", "21", 21, "exact", "hostages",
     21, 21),
    ("Iran seized the freighter on Friday. The crew includes 16 Indians and two Russians.",
     "16", 16, "exact", "hostages", 16, 16),
    ("The ferry sank in the storm and its 30 crew were rescued.", "30", 30, "exact", "other",
     30, 30),
    ("The guerrillas said they were holding about 40 people in the mountains.", "about 40", 40,
     "about", "hostages", 36, 44),
    ("Gunmen holding a priest and four teachers demanded a ransom.", "four", 4, "exact",
     "hostages", 4, 4),
    # people moved to hotels and relief centres, nights in shelters, arrivals at a rate
    ("Around 900 residents have been moved to hotels.", "Around 900", 900, "about", "displaced",
     810, 990),
    ("Some 80 families have been shifted to temporary relief centres.", "Some 80", 80, "about",
     "displaced", 72, 88),
    ("About 5,000 people spent a second freezing night in temporary shelters.", "About 5,000",
     5000, "about", "displaced", 4500, 5500),
    ("Some 300 of them are living in church halls.", "Some 300", 300, "about", "displaced", 270,
     330),
    ("At the crossing some 700 people arrive on a busy day.", "some 700", 700, "about",
     "displaced", 630, 770),
    ("As many as 9,000 villagers have been forced across the border.", "As many as 9,000", 9000,
     "at_most", "displaced", 0, 9000),
    # shares of a casualty figure by place; "Among the civilians" counted before
    ("Five attackers were killed, four at the scene and one later in hospital.", "four", 4,
     "exact", "killed", 4, 4),
    ("Police said 40 people were arrested, 15 in Lagos and 25 in Abuja.", "25", 25, "exact",
     "detained", 25, 25),
    ("The monitor said 38 civilians were killed. Among the civilians were 11 children.", "11",
     11, "exact", "killed", 11, 11),
    # a place and a breakdown set off by commas before the verb
    ("Six people on the ground, two of them firefighters, also died.", "Six", 6, "exact",
     "killed", 6, 6),
    ("Rebels freed seven more hostages on Sunday, the Red Cross said, leaving 12 in captivity.",
     "seven", 7, "exact", "hostages", 7, 7),
    # breakdowns of the dead: "among them" lists, lists after a colon, places of origin
    ("Twenty-four villagers, among them 11 women and two children, were lined up and shot "
     "dead.", "Twenty-four", 24, "exact", "killed", 24, 24),
    ("At least 30 people, among them a U.N. driver, were killed.", "At least 30", 30,
     "at_least", "killed", 30, None),
    ("The bodies of 71 people, among them a baby girl and three boys, were found.", "three", 3,
     "exact", "killed", 3, 3),
    ("Nine people died: a baby in Tyre, six people in the hills and a fisherman.", "six", 6,
     "exact", "killed", 6, 6),
    ("The bomb killed 18 soldiers, 16 of them from the Parachute Regiment and two from the "
     "Royal Marines.", "two", 2, "exact", "killed", 2, 2),
    ("Of the 300 inmates who escaped, 41 of those recaptured were shot dead.", "41", 41,
     "exact", "killed", 41, 41),
    ("Ten prisoners starved themselves to death in 1981.", "Ten", 10, "exact", "killed", 10,
     10),
    ("Kerala recorded the highest toll, 38, followed by Assam.", "38", 38, "exact", "killed",
     38, 38),
    # missing without the word; moved by boat or bus
    ("The whereabouts of 17 fishermen remain unknown.", "17", 17, "exact", "missing", 17, 17),
    ("Five climbers were still being searched for on Monday.", "Five", 5, "exact", "missing",
     5, 5),
    ("Some 2,500 residents had been taken by boat to the mainland.", "Some 2,500", 2500,
     "about", "displaced", 2250, 2750),
    ("About 900 protesters were taken by bus to a police academy for questioning.", "About 900",
     900, "about", "detained", 810, 990),
    # deaths said otherwise; people never found; prisoners handed back; parts of a force
    ("Four workers were fatally injured in the blast.", "Four", 4, "exact", "killed", 4, 4),
    ("Eleven passengers were charred to death.", "Eleven", 11, "exact", "killed", 11, 11),
    ("Two of the divers were never found.", "Two", 2, "exact", "missing", 2, 2),
    ("Kyiv said 150 Russian soldiers had been returned in the exchange.", "150", 150, "exact",
     "detained", 150, 150),
    ("More than 90,000 refugees have returned from Chad.", "More than 90,000", 90000,
     "more_than", "displaced", 90001, None),
    ("Three passengers were killed. Of the passengers, 141 were Chinese citizens.", "141", 141,
     "exact", "other", 141, 141),
    ("Fourteen columns of the Army were deployed in the city.", "Fourteen", 14, "exact",
     "troops", 14, 14),
    ("Police said 40 companies of the CRPF had arrived.", "40", 40, "exact", "troops", 40, 40),
    # later shares of a partitive, nationalities in a list, totals named after the figure,
    # crews
    ("Thirty-two of the dead were Italians, four were Belgians, two were French and one came "
     "from Ireland.", "two", 2, "exact", "killed", 2, 2),
    ("The passengers included 54 French nationals, 23 Burkinabè and two Luxembourgers.", "23",
     23, "exact", "other", 23, 23),
    ("The passengers included 54 French nationals, 23 Burkinabè and two Luxembourgers.", "two",
     2, "exact", "other", 2, 2),
    ("Four more inmates walked out of the prison, bringing to 428 the number freed under the "
     "scheme.", "428", 428, "exact", "detained", 428, 428),
    ("Iraq fired five more missiles at Tehran, bringing to 126 the number that have hit the "
     "capital.", "126", 126, "exact", "munitions", 126, 126),
    ("The ambush brought to 45 the number of soldiers killed this month.", "45", 45, "exact",
     "killed", 45, 45),
    ("The aircraft was carrying 110 passengers and a crew of six.", "six", 6, "exact", "other",
     6, 6),
    # what a participle, a load or a verb before a small list says
    ("Kyiv said about 400 mobilised soldiers had been killed.", "about 400", 400, "about",
     "killed", 360, 440),
    ("Rebels were accused of executing dozens of soldiers.", "dozens", 12, "vague", "killed",
     12, 99),
    ("Commandos killed the last three gunmen in the hotel.", "three", 3, "exact", "killed", 3,
     3),
    ("The blast was caused by 2,750 tonnes of ammonium nitrate.", "2,750", 2750, "exact",
     "other", 2750, 2750),
    ("Warplanes dropped some 80 tonnes of bombs on the compound.", "some 80", 80, "about",
     "munitions", 72, 88),
    ("The WFP delivered 3,000 tonnes of food to the camps.", "3,000", 3000, "exact", "aid",
     3000, 3000),
    # South Asian scale words
    ("Over 2 lakh people were evacuated to relief camps.", "Over 2 lakh", 200000, "more_than",
     "displaced", 200001, None),
    ("A lakh people were rendered homeless.", "A lakh", 100000, "exact", "displaced", 100000,
     100000),
    ("The floods have affected 1.2 crore people.", "1.2 crore", 12000000, "exact", "other",
     12000000, 12000000),
    # corrections and contrasts: the earlier figure counts the same thing
    ("Officials said 187 people died, not the more than 300 feared.", "more than 300", 300,
     "more_than", "killed", 301, None),
    ("The army said 40 soldiers were killed, not 400.", "400", 400, "exact", "killed", 400,
     400),
    # burials, murders, people whose fate is unknown, hospital admissions
    ("Volunteers said they had helped bury at least 375 people.", "at least 375", 375,
     "at_least", "killed", 375, None),
    ("He was charged with murdering 17 villagers.", "17", 17, "exact", "killed", 17, 17),
    ("The families of 40 men whose fate is unknown gathered outside.", "40", 40, "exact",
     "missing", 40, 40),
    ("Police said 162 people had been admitted to hospitals.", "162", 162, "exact", "injured",
     162, 162),
    # a force named before "personnel" is no unit number; counts with their verb left out
    ("QUETTA: Three Frontier Corps personnel were killed in an ambush.", "Three", 3, "exact",
     "killed", 3, 3),
    ("The army counted 120 dead, the police 451, and a relief group 1,190.", "451", 451,
     "exact", "killed", 451, 451),
    # updates of a toll said in the next sentence; agencies told a figure; "number" as a verb
    ("The toll has risen to 589, officials said. The figure was up from 410 on Tuesday.",
     "410", 410, "exact", "killed", 410, 410),
    ("The death toll rose to 1,200. Officials said the count could climb past 3,000.", "3,000",
     3000, "more_than", "killed", 3001, None),
    ("A health official told Reuters 42 bodies had been brought to the hospital.", "42", 42,
     "exact", "killed", 42, 42),
    ("Soldiers deployed to the area number about 500, the army said.", "about 500", 500,
     "about", "troops", 450, 550),
    ("PNG ferry: 238 rescued, fears for more than 100", "more than 100", 100, "more_than",
     "missing", 101, None),
    ("About 300 were injured and 62 Australians have been flown home for treatment.", "62", 62,
     "exact", "injured", 62, 62),
    # arrests said otherwise, lynchings and murders, presumed dead, without shelter
    ("Police said about 200 members were swept up in a single mass arrest.", "about 200", 200,
     "about", "detained", 180, 220),
    ("The director and 18 guards had been placed under arrest.", "18", 18, "exact", "detained",
     18, 18),
    ("Police arrested 23 people over the lynching of five men.", "five", 5, "exact", "killed",
     5, 5),
    ("Two climbers are presumed dead.", "Two", 2, "exact", "killed", 2, 2),
    ("The storm left tens of thousands without shelter.", "tens of thousands", 10000, "vague",
     "displaced", 10000, 99999),
    ("Doctors said 48 of the 246 wounded remain in intensive care.", "246", 246, "exact",
     "injured", 246, 246),
    # what befell prisoners decides; a share with its own verb keeps it; animals are other
    ("Twenty-nine inmates and three guards were killed in the riot.", "Twenty-nine", 29,
     "exact", "killed", 29, 29),
    ("The ministry said 26 of its soldiers had died and 102 had been wounded.", "102", 102,
     "exact", "injured", 102, 102),
    ("The number of dead elephants has now reached 330.", "330", 330, "exact", "other", 330,
     330),
    ("The number of people living in internal displacement reached 75.9 million.",
     "75.9 million", 75900000, "exact", "displaced", 75900000, 75900000),
    ("One Chinese worker was killed, the embassy said.", "One", 1, "exact", "killed", 1, 1),
    ("Some 200 to 250 Maoists attacked the police post.", "Some 200 to 250", 200, "range",
     "other", 200, 250),
    # counted attacks are events, not weapons
    ("Militants carried out 40 attacks on army posts last year.",
     "40", 40, "exact", "other", 40, 40),
    # a whole group of hostages or prisoners keeps its category
    ("Commandos freed 30 of the 41 hostages held at the embassy.", "41", 41, "exact",
     "hostages", 41, 41),
    ("About 300 of the 2,500 inmates held at the jail escaped.", "2,500", 2500, "exact",
     "detained", 2500, 2500),
    # evacuations: flown, taken or lifted out, totals evacuated, people crammed into shelters
    ("Navy helicopters lifted out 900 foreigners from the embassy roof.", "900", 900, "exact",
     "displaced", 900, 900),
    ("About 2,000 Canadians have been taken out so far, the ministry said.", "About 2,000", 2000,
     "about", "displaced", 1800, 2200),
    ("Japan: 412 citizens flown or bussed out since Sunday.", "412", 412, "exact", "displaced",
     412, 412),
    ("Tuesday's flights brought the total evacuated since the coup to about 8,000.",
     "about 8,000", 8000, "about", "displaced", 7200, 8800),
    ("The coast guard ferried 650 residents out of the flooded harbour.", "650", 650, "exact",
     "displaced", 650, 650),
    ("Some 12,000 villagers are crammed into the grounds of the cathedral.", "Some 12,000",
     12000, "about", "displaced", 10800, 13200),
    ("Nearly 3,000 people spent a third rainy night in schools and gyms.", "Nearly 3,000", 3000,
     "about", "displaced", 2700, 3300),
    ("More than 8,000 nomads have gathered in makeshift camps outside the town.",
     "More than 8,000", 8000, "more_than", "displaced", 8001, None),
    # people who crossed a border or river, or arrived or registered somewhere, are displaced
    ("About 9,000 Malians had crossed the Niger river by Sunday.", "About 9,000", 9000,
     "about", "displaced", 8100, 9900),
    ("At least 6,500 Somalis have registered with UNHCR in the camp.", "At least 6,500", 6500,
     "at_least", "displaced", 6500, None),
    ("Some 3,000 people have arrived in Tapachula since the weekend.", "Some 3,000", 3000,
     "about", "displaced", 2700, 3300),
    # a force's strength; "A" before a figure is no currency without "$"
    ("Kenya will lead the 2,500-strong multinational mission.", "2,500", 2500, "exact",
     "troops", 2500, 2500),
    ("A 600-strong battalion reached the border town.", "600", 600, "exact", "troops", 600,
     600),
    # the wounded flown or evacuated for care stay injured
    ("Navy helicopters evacuated 31 wounded sailors to a hospital ship.", "31", 31, "exact",
     "injured", 31, 31),
    ("Medics said 19 people were brought dead to the district hospital.", "19", 19, "exact",
     "killed", 19, 19),
    ("The union said 45 of its members were among those held overnight.", "45", 45, "exact",
     "detained", 45, 45),
    # a toll or number that "could be" a figure, with any qualifier
    ("Aid groups fear the number of dead could be as many as 3,000.", "as many as 3,000", 3000,
     "at_most", "killed", 0, 3000),
    ("Officials warned the final toll could be as high as 900.", "as high as 900", 900,
     "at_most", "killed", 0, 900),
    # a place before the figure is no label's name; "starved" is killed
    ("In the Philippines 1,200 people died in the storm.", "1,200", 1200, "exact", "killed",
     1200, 1200),
    ("Officials said 2,000 people starved in the siege.", "2,000", 2000, "exact", "killed",
     2000, 2000),
    # "X estimated 3.5 million": a verb; "the building's estimated 150 residents": a qualifier
    ("Officials said 9,000 died. A church group estimated 20,000.", "20,000", 20000, "exact",
     "killed", 20000, 20000),
    ("Fire swept through the block's estimated 150 homes.", "estimated 150", 150, "about",
     "infrastructure", 135, 165),
    # bare figures given, claimed, counted or cited by another source count the same thing
    ("Some 300 people were killed. The rebels claimed 1,000.", "1,000", 1000, "exact",
     "killed", 1000, 1000),
    ("The official toll was 45 dead. Most scholars now cite between 200 and 300.",
     "between 200 and 300", 200, "range", "killed", 200, 300),
    ("The first toll was six dead. The police later admitted to only four.", "four", 4,
     "exact", "killed", 4, 4),
    # a comparison counts what the figure before counted; "in 2015" after it is no ratio
    ("Some 2,100 migrants drowned last year, compared with 1,400 in 2015.", "1,400", 1400,
     "exact", "killed", 1400, 1400),
    ("About 900 people were arrested this year. That compares with 650 in 2021.", "650", 650,
     "exact", "detained", 650, 650),
    # a qualifier right after a dateline's dash; an aside between typed double dashes
    ("ILOILO CITY—At least 27 people drowned.", "At least 27", 27, "at_least", "killed", 27,
     None),
    ("Police said four people -- two guards and two inmates -- were killed.", "two", 2,
     "exact", "killed", 2, 2),
    # people placed in temporary accommodation are displaced, in custody detained
    ("Some 2,300 residents were placed in temporary accommodation centres.", "Some 2,300",
     2300, "about", "displaced", 2070, 2530),
    ("Officers said 14 suspects had been placed in custody.", "14", 14, "exact", "detained",
     14, 14),
    # people who remain in a place are its population; a capacity is no count of people;
    # the whole a share is of ("of the camp's 31,000 residents") is the population
    ("Officials estimate that fewer than 4,000 remain.", "fewer than 4,000", 4000,
     "fewer_than", "population", 0, 3999),
    ("Aid workers said about 2,500 people remained in the besieged town.", "about 2,500", 2500,
     "about", "population", 2250, 2750),
    ("The ferry carried 300 passengers, twice its capacity of 150.", "150", 150, "exact",
     "other", 150, 150),
    ("Some 9,000 of the town's 14,000 residents have fled.", "14,000", 14000, "exact",
     "population", 14000, 14000),
    ("Nine people remained in hospital on Monday.", "Nine", 9, "exact", "injured", 9, 9),
    ("About 200 protesters remain behind bars.", "About 200", 200, "about", "detained", 180,
     220),
    # weapons destroyed stay munitions; fire engines are no aid trucks
    ("The air force said 14 enemy helicopters had been destroyed on the ground.", "14", 14,
     "exact", "munitions", 14, 14),
    ("Some 45 fire trucks were sent to the refinery.", "Some 45", 45, "about", "other", 40,
     50),
    # the dead worded as declared or certified; the injured as in intensive care
    ("All 29 miners have been declared dead, the company said.", "29", 29, "exact", "killed",
     29, 29),
    ("Doctors said 17 children were still in intensive care.", "17", 17, "exact", "injured",
     17, 17),
    ("Four guests were found unconscious in their rooms.", "Four", 4, "exact", "injured", 4,
     4),
    # people moved to temporary accommodation or safer places are displaced
    ("About 800 residents have been given temporary accommodation.", "About 800", 800,
     "about", "displaced", 720, 880),
    ("Nearly 2,000 villagers were moved to safer places overnight.", "Nearly 2,000", 2000,
     "about", "displaced", 1800, 2200),
    # captured or jailed people are detained, whoever they are
    ("The convoy carried 48 captured soldiers to the border.", "48", 48, "exact", "detained",
     48, 48),
    ("The wounded were flown out and 200 injured soldiers sent home.", "200", 200, "exact",
     "injured", 200, 200),
    # people taken, where kidnappers are named only after the figure, are hostages
    ("The principal said 40 pupils had been taken, and that five later escaped from their "
     "abductors.", "40", 40, "exact", "hostages", 40, 40),
    # a noun in scare quotes is still the counted noun
    ('The governor said 120 "looters" had been arrested.', "120", 120, "exact", "detained",
     120, 120),
    # the dead found shot or stabbed; a list of victims in a headline without "were"
    ("Two men were found stabbed to death in a flat on Friday.", "Two", 2, "exact", "killed",
     2, 2),
    ("Rebels blamed after 17 farmers and herders massacred in Plateau", "17", 17, "exact",
     "killed", 17, 17),
    # but a verb with its own object is active: "and seriously injured five other people"
    ("The attacker stabbed two guards and seriously wounded five other people.", "five", 5,
     "exact", "injured", 5, 5),
    # people who evacuate a place, cross, come ashore or are flown home are displaced
    ("About 1.2 million people have evacuated the coast ahead of the storm.",
     "About 1.2 million", 1_200_000, "about", "displaced", 1_080_000, 1_320_000),
    ("Some 4,000 residents evacuated the town overnight.", "Some 4,000", 4000, "about",
     "displaced", 3600, 4400),
    ("Navy boats had evacuated 300 patients from the hospital.", "300", 300, "exact",
     "displaced", 300, 300),
    ("The border police said 52,000 people crossed on Sunday.", "52,000", 52000, "exact",
     "displaced", 52000, 52000),
    ("Coast guards said 700 migrants had come ashore overnight.", "700", 700, "exact",
     "displaced", 700, 700),
    ("A government plane flew 240 stranded Nepalis home from Dubai.", "240", 240, "exact",
     "displaced", 240, 240),
    ("The navy has taken 450 of its nationals to Djibouti by ship.", "450", 450, "exact",
     "displaced", 450, 450),
    ("More than 900 citizens have so far been brought back on four flights.", "More than 900",
     900, "more_than", "displaced", 901, None),
    ("Some 30,000 islanders headed inland as the wave approached.", "Some 30,000", 30000,
     "about", "displaced", 27000, 33000),
    # still the hurt: moved to hospital, or counted as wounded
    ("Paramedics took 12 people from the club to hospitals across the city.", "12", 12,
     "exact", "injured", 12, 12),
    ("A helicopter flew 9 wounded villagers to the provincial capital.", "9", 9, "exact",
     "injured", 9, 9),
    # further objects of a kidnapping: "with four guards", "and 12 other people"
    ("The engineer was abducted with four of his guards near the dam.", "four", 4, "exact",
     "hostages", 4, 4),
    ("Gunmen seized a district judge and 12 other people from a wedding party.", "12", 12,
     "exact", "hostages", 12, 12),
    ("Pirates kept the captain, but the remaining nine are still with their captors.", "nine",
     9, "exact", "hostages", 9, 9),
    # inmates killed in a jail attack are dead, not detained; taking part is no capture
    ("Gunmen raided the jail, killing six warders and 11 inmates.", "11", 11, "exact",
     "killed", 11, 11),
    ("Police said about 40 militants had taken part in the abduction.", "about 40", 40,
     "about", "troops", 36, 44),
    # aircraft that carry relief or passengers are no weapons
    ("Air force helicopters flew 22 sorties, dropping food to cut-off villages.", "22", 22,
     "exact", "other", 22, 22),
    ("Twelve relief planes carrying tents landed at the airport on Monday.", "Twelve", 12,
     "exact", "other", 12, 12),
    ("Fighter jets flew 30 sorties over the border.", "30", 30, "exact", "munitions", 30, 30),
    # people a vehicle carries on an evacuation are displaced; a boat or plane that sank or
    # crashed carried passengers, not evacuees
    ("A ferry chartered by the embassy carried 640 people to Cyprus on Thursday.", "640", 640,
     "exact", "displaced", 640, 640),
    ("The evacuation ship left the port with about 900 Britons aboard.", "about 900", 900,
     "about", "displaced", 810, 990),
    ("A flight under Operation Kaveri landed in Jeddah with 278 passengers.", "278", 278,
     "exact", "displaced", 278, 278),
    ("A plane carrying 150 passengers from Lagos to Abuja crashed on Sunday.", "150", 150,
     "exact", "other", 150, 150),
    # people in the shelters or camps just named, or waiting in them
    ("Some 90 shelters were open, with 12,000 people in them by nightfall.", "12,000", 12000,
     "exact", "displaced", 12000, 12000),
    ("More than 3,000 people spent Christmas Eve at an evacuation centre in the town.",
     "More than 3,000", 3000, "more_than", "displaced", 3001, None),
    ("Officials said 25,000 were still waiting in transit camps near the border.", "25,000",
     25000, "exact", "displaced", 25000, 25000),
    # people brought or flown out, and in a story of flight or expulsion, people who left,
    # reached a town, boarded trains, streamed across or crossed back are displaced
    ("The navy said its ships had brought out 2,300 people by Sunday.", "2,300", 2300, "exact",
     "displaced", 2300, 2300),
    ("A transport plane flew 48 technicians out of the oilfield on Monday.", "48", 48, "exact",
     "displaced", 48, 48),
    ("Families fled the shelling for days. Officials said 9,000 people had left by Friday.",
     "9,000", 9000, "exact", "displaced", 9000, 9000),
    ("The refugee agency said 15,000 had reached Tuzla and nearby villages.", "15,000", 15000,
     "exact", "displaced", 15000, 15000),
    ("About 30,000 Rohingya have streamed across the river in a week.", "About 30,000", 30000,
     "about", "displaced", 27000, 33000),
    ("Some 800 Afghans crossed back through the Torkham gate on Monday.", "Some 800", 800,
     "about", "displaced", 720, 880),
    # but rescuers pulling survivors out, marchers pouring into a square, and people left
    # without water are not
    ("Rescuers have pulled out 14 survivors from the rubble.", "14", 14, "exact", "other", 14,
     14),
    ("Firefighters brought 30 workers out alive from the flooded mine.", "30", 30, "exact",
     "other", 30, 30),
    ("Tens of thousands of people poured into the streets after the vote.", "Tens of thousands",
     10_000, "vague", "other", 10_000, 99_999),
    ("After the evacuation order, 40,000 people have been left without power.", "40,000",
     40000, "exact", "other", 40000, 40000),
    # escaped prisoners who are returned stay detained
    ("Police said 80 of the escapees had been returned to their cells.", "80", 80, "exact",
     "detained", 80, 80),
    # police hauling people away detain them; an armed group's captives are its hostages, a
    # state's are detainees
    ("Riot police hauled away about 70 demonstrators.", "about 70", 70, "about", "detained",
     63, 77),
    ("Insurgents captured 14 border guards in the attack.", "14", 14, "exact", "hostages", 14,
     14),
    ("The army killed 40 militants and captured 12 in the operation.", "12", 12, "exact",
     "detained", 12, 12),
    # thousands set off by spaces, as South African and French-style copy writes them
    ("About 15 000 people were displaced by the floods.", "About 15 000", 15000, "about",
     "displaced", 13500, 16500),
    ("An estimated 3\u202f500 homes were destroyed.", "An estimated 3\u202f500", 3500, "about",
     "infrastructure", 3150, 3850),
    # the dead however described, and a toll after a long relative clause
    ("Police found 12 charred bodies in a burned-out van.", "12", 12, "exact", "killed", 12,
     12),
    ("All 71 people on board an Antonov cargo plane that went down in thick fog over the "
     "mountains north of the capital on Friday are believed to have been killed.", "71", 71,
     "exact", "killed", 71, 71),
    # captors are armed men, never captives nor their own victims; prisoners whose release
    # is demanded are detainees
    ("Nine gunmen freed 40 hostages and surrendered at dawn.", "Nine", 9, "exact", "troops", 9,
     9),
    ("The convoy was stopped by about 20 gunmen on the highway.", "about 20", 20, "about",
     "troops", 18, 22),
    ("A driver was shot dead by the three gunmen.", "three", 3, "exact", "troops", 3, 3),
    ("The hijackers demanded the release of 55 prisoners held in Turkey.", "55", 55, "exact",
     "detained", 55, 55),
    # captives freed from hijackers, counted with a possessive ("freeing its 114 passengers")
    ("Troops stormed the hijacked jet, freeing its 90 passengers unharmed.", "90", 90, "exact",
     "hostages", 90, 90),
    # "women and girls" is one group, so the list goes on to the next figure
    ("Militants abducted 45 women and girls and 20 boys from the village.", "20", 20, "exact",
     "hostages", 20, 20),
    # a named place's people are its population; an army's men are troops
    ("A curfew was imposed on Lagos's 15 million people.", "15 million", 15_000_000, "exact",
     "population", 15_000_000, 15_000_000),
    ("About 9,000 of the army's 120,000 men deserted.", "120,000", 120000, "exact", "troops",
     120000, 120000),
    # animals that died are no casualties
    ("Rangers fear that 4,000 koalas died in the fires.", "4,000", 4000, "exact", "other",
     4000, 4000),
    # breakdowns of a casualty figure: after "including" past other items, after a dash,
    # after the figure's own verb, "those of"
    ("Eleven people, including the 75-year-old owner and six members of his family, have "
     "died.", "six", 6, "exact", "killed", 6, 6),
    ("Gunmen attacked a camp, killing seven people — a doctor and six labourers.", "six", 6,
     "exact", "killed", 6, 6),
    ("Ten people were killed, nine students and one member of staff, police said.", "nine", 9,
     "exact", "killed", 9, 9),
    ("Rescuers recovered 36 bodies, including those of 13 children.", "13", 13, "exact",
     "killed", 13, 13),
    ("Ten people died in all, including the two attackers.", "two", 2, "exact", "killed", 2, 2),
    # shares of a casualty noun with no figure of its own
    ("Police found the bodies, among them two women, on the ranch.", "two", 2, "exact",
     "killed", 2, 2),
    ("The hostages - a Briton, an Italian and four Lebanese nationals - worked for a firm.",
     "four", 4, "exact", "hostages", 4, 4),
    ("The hostages include three Americans and a Briton.", "three", 3, "exact", "hostages", 3,
     3),
    # a group's size set after it; armed men by other names are troops
    ("The spokesman said the attackers, about 60 of them, overwhelmed the post.", "about 60",
     60, "about", "troops", 54, 66),
    ("Rescuers, soldiers and ministry personnel, more than 300 in all, worked overnight.",
     "more than 300", 300, "more_than", "troops", 301, None),
    ("Residents said the attackers, who numbered about 500, arrived at dawn.", "about 500", 500,
     "about", "troops", 450, 550),
    ("The Army has moved around 3,500 jawans to clear debris.", "around 3,500", 3500, "about",
     "troops", 3150, 3850),
    ("Two terrorists opened fire on villagers.", "Two", 2, "exact", "troops", 2, 2),
    # a headline's "N killed" after a place and a colon (not a telephone number)
    ("Tel Aviv shooting: Four killed at Sarona Market", "Four", 4, "exact", "killed", 4, 4),
    # people left without shelter, who sought safety or cannot go home, crowded into bases
    ("Some 20,000 people were left without shelter.", "Some 20,000", 20000, "about",
     "displaced", 18000, 22000),
    ("Some 8,000 people have had to leave their homes.", "Some 8,000", 8000, "about",
     "displaced", 7200, 8800),
    ("About 9,000 people have sought safety around the UN base.", "About 9,000", 9000, "about",
     "displaced", 8100, 9900),
    ("Some 100 residents were still unable to return.", "Some 100", 100, "about", "displaced",
     90, 110),
    ("About 20,000 civilians had crowded into the two UN bases.", "About 20,000", 20000,
     "about", "displaced", 18000, 22000),
    # the injured moved for care stay injured; treatment and critical condition are injuries
    ("Of the injured, 32 have been airlifted to Kathmandu.", "32", 32, "exact", "injured", 32,
     32),
    ("Police fired tear gas, sending at least 10 students and a teacher to hospital.",
     "at least 10", 10, "at_least", "injured", 10, None),
    ("38 people, among them 15 police officers, had needed medical treatment.", "38", 38,
     "exact", "injured", 38, 38),
    ("Two other men were in critical but stable condition.", "Two", 2, "exact", "injured", 2,
     2),
    # an armed group holding soldiers holds hostages
    ("The FARC now hold more than 70 soldiers and police officers.", "more than 70", 70,
     "more_than", "hostages", 71, None),
    # the second figure of a list after a named or possessive object shares the verb
    ("Police detained the club's administrator and three staff members.", "three", 3, "exact",
     "detained", 3, 3),
    ("Police detained opposition leader Nikol Pashinyan and two other lawmakers.", "two", 2,
     "exact", "detained", 2, 2),
    ("Only two of the 110 people aboard the plane survived.", "two", 2, "exact", "other", 2, 2),
    # relief items handed out are aid, even when the head word is also a verb ("nets")
    ("The Red Cross has sent tents and 3,000 mosquito nets to the city.", "3,000", 3000,
     "exact", "aid", 3000, 3000),
    ("Health workers handed out 5,000 masks.", "5,000", 5000, "exact", "aid", 5000, 5000),
    # a community counted as a whole; arrests counted as such; none of a list was hurt
    ("Belgium's Jewish community numbers some 40,000 people.", "some 40,000", 40000, "about",
     "population", 36000, 44000),
    ("Police said 35 people had been injured, including 15 officers, and 10 arrests had been "
     "made.", "10", 10, "exact", "detained", 10, 10),
    ("None of the 278 passengers and 13 crew members was hurt.", "13", 13, "exact", "other",
     13, 13),
    ("Investigators found the heads of the three suspected bombers.", "three", 3, "exact",
     "troops", 3, 3),
    # deaths by a fall; people treated for injuries
    ("At least nine people fell or jumped to their deaths from the windows.", "At least nine", 9,
     "at_least", "killed", 9, None),
    ("Hospitals reported treating more than 100 people for injuries.", "more than 100", 100,
     "more_than", "injured", 101, None),
    # the loss of people is a death; suspects sought are wanted, not missing; people freed
    # after questioning were detained; bodies in a partitive stay dead; "about six in number"
    ("The freighter sank in the storm with the loss of 33 crew members.", "33", 33, "exact",
     "killed", 33, 33),
    ("Two other suspects were still being sought, he said.", "Two", 2, "exact", "other", 2, 2),
    ("The 43 students were released after questioning on Sunday.", "43", 43, "exact",
     "detained", 43, 43),
    ("Tests confirmed that 12 of the 13 bodies found in a mass grave belong to the students.",
     "13", 13, "exact", "killed", 13, 13),
    ("The police said the gunmen, about six in number, came in a boat.", "about six", 6,
     "about", "troops", 5, 7),
    # crowds: sized after a long clause, a share of a turnout, a crowd's own verb
    ("The crowd, which had marched from the National Mosque, was estimated by police at 30,000.",
     "30,000", 30000, "exact", "other", 30000, 30000),
    ("Police put the nationwide turnout at 130,000, including 80,000 in central Seoul.",
     "80,000", 80000, "exact", "other", 80000, 80000),
    ("Residents said tens of thousands had filled the streets on Monday.", "tens of thousands",
     10000, "vague", "other", 10000, 99999),
    # a bracketed aside with a colon inside the toll's words
    ("The number of people killed in landslides from Tropical Storm Pepeng (international name: "
     "Parma) has reached 158, officials said.", "158", 158, "exact", "killed", 158, 158),
]

NON_CLAIMS = [
    "The court ordered the state to release 12,000 cusecs a day.",
    "Olivetto, one of Brazil's best-known ad men, was seized on Dec. 11.",
    "The youngest of the dead was 11.",
    "The suspect was arrested after calling 911 himself.",
    "Soldiers led the detainees one by one to the pit.",
    "For the helpline, Tel: 0800 123 456.",
    "The minister told France 2 television that the curfew would be lifted.",
    "Not 20 people came to the meeting.",
    "Officials said there were no 50 hostages in the building.",
    "It was the deadliest day since the end of its 1975-1990 civil war.",
    "Tori Johnson, 34, and Katrina Dawson, 38, were named by police.",
    "The driver, 58, was charged on Monday.",
    "Families left the city on Sunday (pictured).",
    "The wounded were taken to the 44 Nigerian Army Reference Hospital.",
    "Prosecutors say the killings took place between 2013 and 2018.",
    "At around 12 noon, gunmen attacked the army post.",
    "The 290-metre vessel, which weighed 114,500 tonnes, was refloated in July.",
    "Two leaders met on Monday and agreed a ceasefire.",
    "The committee of experts had split nine to six against the declaration.",
    "The court ruled 5-4 in favour of the state.",
    "Forecasters raised the warning to red, the highest of its three levels.",
    "The amendment was backed by 25 of the Senate's 45 members.",
    "Kurds gathered around the statue of the hero Kawa in the town centre. (12 photos)",
    "The slide sent an estimated 3 million cubic metres of ice, mud and rock onto the village.",
    "Officials said the riot was one of the bloodiest prison massacres in the country.",
    "The ceasefire began on March 4 and ended in June.",
    "Israel fired Jericho 2 missiles.",
    "The government will pay 100,000 Egyptian pounds to each family.",
    "No one was killed in the attack.",
    "There were no immediate reports of casualties.",
    "A 7.8-magnitude earthquake struck at 4:17 a.m. on Monday.",
    "A 34-year-old man was arrested at the scene.",
    "The victims, aged 12 and 15, were taken to hospital.",
    "The ceasefire held for 3 days.",
    "The curfew will last 48 hours.",
    "It was the second attack on the town this week.",
    "The government pledged $9 million in aid.",
    "The EU will spend 2.5 million euros on reconstruction.",
    "Inflation rose to 40% in March.",
    "The village is 40 km from the border.",
    "Russia has used Shahed 136 drones and Kh-101 missiles.",
    "Ukraine has received its first F-16 jets.",
    "Brazil beat Argentina 3-1 on Sunday.",
    "Updated: March 3, 2024, 10:02 AM",
    "Try it for 1 month, then $9 a month.",
    "5 min read",
    "The war began in February 2022.",
    "The Security Council adopted Resolution 2231 in 2015.",
    "Soldiers of the 82nd Airborne Division arrived at dawn.",
    "Temperatures reached 45C in the shade.",
    "The storm strengthened into a Category 4 hurricane.",
    # ages, money in less common currencies, emergency numbers, comment counts, year ranges
    "Relatives said children as young as 11 worked at the factory.",
    "The price of diesel rose from 300 kwanzas to 400 kwanzas a litre.",
    "Officers arrived about 14 minutes after the first 911 call.",
    "Share this article · 12 comments",
    "Comments 48",
    "The 2014-2016 epidemic in West Africa was the largest on record.",
    # sports statistics and ages given as a span
    "The striker, who now has 31 goals in 45 international appearances, struck twice.",
    "Nigeria are third with 11 points from eight matches, four behind leaders South Africa.",
    "The victims ranged in age from five to 65.",
    # phone numbers and labels that count nothing
    "• Helpline for families: 1199 (toll-free)",
    "Call 911 for help.",
    "Page: 12",
    "Camara is on trial over the September 2009 stadium massacre.",
    "The ship was seized more than 450 nautical miles off the coast.",
    "Forty years after the gas leaked on the night of December 2-3, 1984, survivors marched.",
    "Temperature: 45",
    "The cyclone will make landfall with wind speeds of 150-160 kmph gusting to 175 kmph.",
    "People over 85 were told to stay indoors.",
    # a year range, a speaker
    "The insurgency of 1996-2006 left deep scars in the valley.",
    "One of them, Maria Lopez, 41, said the water rose within minutes.",
    "The tribunal sentenced him to 25 years' imprisonment.",
    "Pressure at the storm's centre fell to 905 millibars.",
    "Lauren McCarthy, 31, and Dan O'Neill, 45, were named on Monday.",
    "His grandmother, 82, was in a stable condition on Sunday.",
    "One of the dead was a teacher from the village.",
    "The assembly elected her with the votes of 71 of the 140 deputies.",
    "The camp's mortality rate was 1.4 deaths per 10,000 people per day.",
    "Families receive 7 litres of water per person a day.",
    "Police arrested the station master, and residents protested all night.",
    "State television said the detained leader, 79, was in good health.",
    "The sums involved exceeded 150,000 lei.",
    "The ransom was cut to 500,000 kina.",
    "The driver, John Smith Jr., 24, of Texas, was charged.",
    "Demir, then 31, was later sentenced.",
    "She was sentenced to 11 and a half years.",
    "Riots erupt after police shooting of boy, 16",
]


def test_a_headline_count_in_hospital_stays_injured() -> None:
    claims = extract("BLAST HORROR: 12 DEAD, 40 IN HOSPITAL\nThe blast hit a market.").claims
    assert [(c.text, c.category) for c in claims][:2] == [("12", "killed"), ("40", "injured")]


def test_tourists_arriving_are_not_displaced() -> None:
    claims = extract("About 400 tourists arrive in the city.").claims
    assert [(c.text, c.category) for c in claims] == [("About 400", "other")]


# (text, expected publication date)
PUBLISHED_CASES = [
    ("Updated: March 3, 2024, 10:02 AM\nThree people were killed, police said.",
     date(2024, 3, 3)),
    ("Published 12 June 2023\nThe floods displaced thousands.", date(2023, 6, 12)),
    ("date 2023-11-02 The army said 40 rockets were fired.", date(2023, 11, 2)),
    ("Police said 12 people were arrested on March 3, 2024.", None),
    # NGO and UN releases label their date lines
    ("MSF treats hundreds of wounded\nPress release | 14 February 2023\n200 were wounded.",
     date(2023, 2, 14)),
    ("UNHCR: Over 200,000 flee\nBriefing notes | 4 October 2024\n200,000 people have fled.",
     date(2024, 10, 4)),
    ("Detainees go home\nNews release 16 April 2023\nSome 900 detainees were released.",
     date(2023, 4, 16)),
    ("The statement on 12 March 2023 said 40 people died.", None),
    # unlabelled date lines with page furniture around them
    ("Missiles hit Kharkiv\nMay 23, 2024 8:14 PM 3 min read\nSeven people were killed.",
     date(2024, 5, 23)),
    ("Toll rises to 32\nJune 30, 2024 Reading time: 4 mins\n32 people were killed.",
     date(2024, 6, 30)),
    ("Court convicts six\n30.04.2024 • 14:22\nSix people were found guilty.", date(2024, 4, 30)),
    ("Blast kills 13\nJakarta / Mon, December 25, 2023 / 10:41 am\n13 workers died.",
     date(2023, 12, 25)),
    ("Boat capsizes\nKim Willsher in Paris\nTue 3 Sep 2024 18.40 BST\n12 people died.",
     date(2024, 9, 3)),
    ("School strike kills 20\nBy THE IRRAWADDY 13 May 2025\n20 students were killed.",
     date(2025, 5, 13)),
    ("Stampede\nWritten by News Service | New Delhi | Updated: February 16, 2025 10:22 IST\n"
     "Eighteen people were killed.", date(2025, 2, 16)),
    ("Geneva/Sana'a, 4 August 2025 – At least 68 migrants died.", date(2025, 8, 4)),
    # agency and release furniture
    ("The Hague, 3 May 2011 (TRIB/PR-1021.E) – The Chamber found 40 were killed.",
     date(2011, 5, 3)),
    ("Report\n(Kabul, March 9, 2004) — Troops detained 12 men.", date(2004, 3, 9)),
    ("Floods kill 9\nSource: Xinhua| 2019-07-14 08:02:51|Editor: mingmei\nNine people died.",
     date(2019, 7, 14)),
    ("Quake\n05.02.2023 - Update : 06.02.2023\nANKARA\nAt least 12 people died.",
     date(2023, 2, 5)),
    ("Mar 3, 2021 | KYODO NEWS\nTwo people were hurt.", date(2021, 3, 3)),
    ("Kano, May 2, 2015 (NAN) The death toll has risen to 18.", date(2015, 5, 2)),
    ("9 March، 2014\nHoms, SANA – 12 citizens were martyred.", date(2014, 3, 9)),
    ("14 June 2007 – The Secretary-General said 30 peacekeepers were hurt.",
     date(2007, 6, 14)),
    ("Release No: 20190311-02 / March 11, 2019\nStrikes hit 12 targets.", date(2019, 3, 11)),
    ("Published 7. Mar 2018\nSome 4,000 people fled.", date(2018, 3, 7)),
    ("Flash Update No. 3 – As of 2 April 2021\nSome 9,000 people were displaced.",
     date(2021, 4, 2)),
    ("11/05/2023 09:10 AM\nTaipei, Nov. 5 (CNA) Two people died.", date(2023, 11, 5)),
    ("Tuesday, March 9, 1999 Published at 11:02 GMT\nTwo people died.", date(1999, 3, 9)),
    ("Floods\n4 August 2012 Last updated at 09:15 GMT\nTwo people died.", date(2012, 8, 4)),
    ("Thursday, Oct 14, 1999, Page 3\nTwo people died.", date(1999, 10, 14)),
    ("Spot Report by the Monitoring Mission, 2 March 2015: Shelling near Shyrokyne\nTwo "
     "people died.", date(2015, 3, 2)),
    ("ON MARCH 4, 2013\nTwo people died.", date(2013, 3, 4)),
    ("Release\nLocation: Nairobi   Date: 3 May 2018\nTwo people died.", date(2018, 5, 3)),
    ("Sudan\nAI Index: AFR 54/01/99   12 January 1999\nTwo people died.", date(1999, 1, 12)),
    ("Crash\nPosted: Fri 9:10 AM, Jun 2, 2017 | Updated: Sat 1:15 AM, Jun 3, 2017\nTwo died.",
     date(2017, 6, 2)),
    ("Riot\nJune 2, 2016 at 10:41 p.m. EDT\nTwo people died.", date(2016, 6, 2)),
    ("Siege\nPage last updated at 08:12 GMT, Monday, 4 May 2009\nTwo people died.",
     date(2009, 5, 4)),
    # bylines, times, weekdays and a second date or time around a date line
    ("Curfew\n9:05 pm, March 2, 2023\nSource: Agencies\nTwo died.", date(2023, 3, 2)),
    ("Blast\nStaff Report Published May 9, 2022\nKARACHI: Two died.", date(2022, 5, 9)),
    ("Clashes\nNews Desk Tue Mar 5, 2024 08:10 PM Last update on: Tue Mar 5, 2024 09:30 PM\n"
     "Two died.", date(2024, 3, 5)),
    ("Floods\n11/03/2022 November 3, 2022\nTwo died.", date(2022, 11, 3)),
    ("Raid\nFriday, 9 June, 2000, 10:02 GMT 11:02 UK\nTwo died.", date(2000, 6, 9)),
    ("On 9:30 am / April 4, 2015 / In Metro\nTwo died.", date(2015, 4, 4)),
    ("Storm\nPublished on 03-02-2016 Modified on 03-02-2016 at 09:15\nTwo died.",
     date(2016, 2, 3)),
    ("Situation Report No. 3\nAs of 12 July 2019, 8:00 PM\nDead: 4", date(2019, 7, 12)),
    ("Cyclone Idai\nFlash Update No. 2 (as of 17 March 2019)\nSome 400 died.",
     date(2019, 3, 17)),
    ("Cholera\nPublished on 08/29/2023\nAt least 12 died.", date(2023, 8, 29)),
    ("Floods kill 21\nOct 26,2018\nAMMAN — Twenty-one people died.", date(2018, 10, 26)),
    ("Attack on base\nPathankot, Updated: Jan 04, 2016\nSix attackers died.", date(2016, 1, 4)),
    ("Gas blast\nNovember 2, 2023 at 10:41 AM GMT+1\nAt least 12 miners died.",
     date(2023, 11, 2)),
    ("Protest\n10:41 pm, July 11, 2020 / Source: Meduza\nThousands marched.", date(2020, 7, 11)),
    ("07/04/2011 - 20h15\nRIO DE JANEIRO – Twelve children were killed.", date(2011, 4, 7)),
    ("16.jan.2017 às 14h05\nNATAL – The state raised the toll to 26.", date(2017, 1, 16)),
    ("Bamako (Mali), Jan 2, 2019 (APA) - At least 37 civilians were killed.", date(2019, 1, 2)),
    # a masthead's volume and number, "Publish Date", an hour without minutes, a line of
    # furniture after the date, a day-month-year with dashes
    ("The Daily Star Internet Edition Vol. 3 Num 601 Sun. April 15, 2001\nTwo died.",
     date(2001, 4, 15)),
    ("Outbreak\nPublish Date: Jul 30, 2012\nFourteen died.", date(2012, 7, 30)),
    ("JAN. 16, 1993 12 AM PT\nPASTO, Colombia (AP) — Nine died.", date(1993, 1, 16)),
    ("Blasts\nOn December 10, 2016 7:52 am / In News / by Ishaya Ibrahim\nYOLA—57 died.",
     date(2016, 12, 10)),
    ("Updated 13:05, 18-Jun-2019\nTwelve died.", date(2019, 6, 18)),
    # a byline after a bar, a label after a dash, a city and a bureau, "In News by",
    # "Latest update", a report title before a bar, spaced commas, a second clock
    ("Riot\nJanuary 18, 1989 | From Times Staff and Wire Reports\nTwo died.", date(1989, 1, 18)),
    ("Fire\nQUEBEC CITY — Published January 30, 2017\nSix died.", date(2017, 1, 30)),
    ("Mangaluru, DHNS, Dec 19 2019, 23:05 IST\nTwo died.", date(2019, 12, 19)),
    ("Raid\nOn June 1, 2012 1:25 am In News by Chinedu Eze\nTwo died.", date(2012, 6, 1)),
    ("Raid\nLatest update : 2012-05-30\nTwo died.", date(2012, 5, 30)),
    ("Flash Update No. 4 | 27 January 2021\nTwo died.", date(2021, 1, 27)),
    ("Raid\nWednesday , March 24 , 2010\nTwo died.", date(2010, 3, 24)),
    ("Raid\nSunday, September 20, 1998 Published at 17:48 GMT 18:48 UK\nTwo died.",
     date(1998, 9, 20)),
    # numbers day first unless the weekday written before them says otherwise
    ("Blasts\nDenpasar | Mon, 10/03/2005\nTwo died.", date(2005, 10, 3)),
    ("Blasts\nDenpasar | Thu, 10/03/2005\nTwo died.", date(2005, 3, 10)),
]


def _describe(claims) -> str:
    return "; ".join(f"{c.text!r} {c.qualifier} {c.category} [{c.low}, {c.high}]"
                     for c in claims) or "no claims"


@pytest.mark.parametrize(("sentence", "span", "value", "qualifier", "category", "low", "high"),
                         CLAIM_CASES, ids=[f"{c[1]}|{c[0][:40]}" for c in CLAIM_CASES])
def test_sentence_gives_claim(sentence: str, span: str, value: float, qualifier: str,
                              category: str, low: float, high: float | None) -> None:
    claims = extract(sentence).claims
    found = [c for c in claims if c.text == span]
    assert found, f"no claim with text {span!r}; got {_describe(claims)}"
    claim = found[0]
    assert sentence[claim.start:claim.end] == span
    got = (claim.value, claim.qualifier, claim.category, claim.low, claim.high)
    assert got == (value, qualifier, category, low, high)
    if qualifier == "range":
        assert claim.value_high == high
    else:
        assert claim.value_high is None


@pytest.mark.parametrize("sentence", NON_CLAIMS)
def test_sentence_gives_no_claim(sentence: str) -> None:
    claims = extract(sentence).claims
    assert claims == [], _describe(claims)


@pytest.mark.parametrize(("text", "published"), PUBLISHED_CASES,
                         ids=[t.splitlines()[0][:30] for t, _ in PUBLISHED_CASES])
def test_publication_date_from_text(text: str, published: date | None) -> None:
    document = extract(text).document
    stated = document.to_json()["published"]
    assert stated == (published.isoformat() if published else None)
    assert (document.published_source == "text") == (published is not None)


def test_given_publication_date_wins() -> None:
    text = "Updated: March 3, 2024\nTwo people died."
    document = extract(text, published=date(2024, 3, 5)).document
    assert (document.published, document.published_source) == (date(2024, 3, 5), "user")


def test_terminal_escape_codes_and_zero_are_not_figures() -> None:
    """'\\x1b[31m' is a colour code, not 31 million; '0m' is not a million."""
    text = "\x1b[31mAlert\x1b[0m: police said 12 people were killed."
    claims = extract(text).claims
    assert [(c.text, c.value) for c in claims] == [("12", 12)]
    assert all(c.value < 1_000_000 for c in extract("0m and 0k and 31m").claims)


# (text, span, attribution): who gave the figure
ATTRIBUTION_CASES = [
    # titles abbreviated with a full stop do not end the sentence
    ("Four health workers were injured, police spokesman Sr. Comr. Ahmad Kamal said.", "Four",
     "police spokesman Sr. Comr. Ahmad Kamal"),
    # an accuser gives the figure of the accusation; the accused give none
    ("Police have accused American troops of executing 11 people during a raid.", "11",
     "Police"),
    ("Gunmen accused of abducting more than 100 students fled.", "more than 100", None),
    # the agent of an estimate stops before "at" and the figure
    ("The crowd was estimated by police at 30,000.", "30,000", "police"),
    # speakers before the phrases that place them, not the place
    ("Local leaders in the highlands of eastern Congo say more than 220 civilians were killed.",
     "more than 220", "Local leaders in the highlands of eastern Congo"),
    ("Residents of the town of Kipupu say 220 civilians were killed.", "220",
     "Residents of the town of Kipupu"),
    # a long title and name after "said"; "numbered" is the crowd's verb, not a speaker
    ("All 142 passengers were evacuated safely, said Civil Aviation Authority of Bangladesh "
     "Chairman Air Vice Marshal M Naim Hassan.", "142",
     "Civil Aviation Authority of Bangladesh Chairman Air Vice Marshal M Naim Hassan"),
    ("Western diplomats, quoting travellers from Alma-Ata, said the crowds numbered in the "
     "thousands.", "thousands", "travellers from Alma-Ata"),
    # a speaker reached by telephone
    ("A villager reached by telephone said more than 100 people remained in hospital.",
     "more than 100", "A villager"),
    # a headline's source after a final colon, with a spelled-out figure
    ("Six killed in mosque shooting: ROP", "Six", "ROP"),
    ("At least 20 were killed, the vice chancellor, Fazal Rahim Marwat, told Reuters.",
     "At least 20", "the vice chancellor, Fazal Rahim Marwat"),
    ("A church official put the toll higher, telling Reuters that 60 people had died.", "60",
     "A church official"),
    ("BREAKING: Interior minister: 2 dead, 11 wounded in Strasbourg", "11", "Interior minister"),
    ("Interior Ministry raises toll to 80 killed, 231 wounded", "80", "Interior Ministry"),
    ("The army counted 120 dead, the police 451, and a relief group 1,190.", "1,190",
     "a relief group"),
    ("At least 40 people were killed, according to the provincial governor.",
     "At least 40", "the provincial governor"),
    ("The health ministry said 112 people had been wounded.", "112", "The health ministry"),
    ("Some 3,000 families have fled, said the UN refugee agency.", "Some 3,000",
     "the UN refugee agency"),
    ("The agency, citing local officials, said 25 villagers were abducted.", "25",
     "local officials"),
    ("The ministry's figures show 1,200 homes were destroyed.", "1,200", "The ministry"),
    ("“We have found 14 bodies so far,” the fire chief told reporters.", "14", "the fire chief"),
    # a quote in single marks, the speaker after it
    ("'We counted 25 dead and 63 wounded,' the hospital director said after the attack.",
     "63", "the hospital director"),
    ("'There could be more than 100 people under the mud,' said Tin Maung, a village head.",
     "more than 100", "Tin Maung, a village head"),
    # carried into the next sentence of the same report, not into the next paragraph
    ("Floods killed 31 people, officials said. Another 12 are missing.", "12", "officials"),
    ("Floods killed 31 people, officials said.\n\nAnother 12 are missing.", "12", None),
    # a plain plural noun as the speaker; believe / fear / gave a toll
    ("In the park, rangers said 114 animals had drowned.", "114", "rangers"),
    ("Community leaders believe as many as 500 miners are still underground.",
     "as many as 500", "Community leaders"),
    ("Local officials gave a lower toll of about 100.", "about 100", "Local officials"),
    # a figure right after "said" is not the speaker; a qualifier is not the speaker either
    ("Police said two suspected smugglers had been arrested.", "two", "Police"),
    ("The governor, Ana Ruiz, said as many as 300,000 people had gathered.",
     "as many as 300,000", "The governor, Ana Ruiz"),
    ("Perhaps 2,000 soldiers remain in the region, one of the researchers said.",
     "Perhaps 2,000", "one of the researchers"),
    # a headline's source after the figure; the source of a box, named in its heading
    ("Village massacre: more than 100 dead, activists say\nGunmen attacked on Monday.",
     "more than 100", "activists"),
    ("Floods at a glance (Interior Ministry figures)\nDeaths: 228\nMissing: 72", "72",
     "Interior Ministry"),
    # "found": a source, but the speaker of the sentence wins over its own officers
    ("At least 131 civilians were killed, a preliminary UN investigation found.",
     "At least 131", "a preliminary UN investigation"),
    ("The border service said its officers had found the bodies of 34 people.", "34",
     "The border service"),
    # "..., said the toll had risen to 45": the words after "said" are a clause, not a source
    ("A local chief, Paul Kato, said the toll had risen to 45 by Monday, with at least five "
     "people missing.", "at least five", "A local chief, Paul Kato"),
    # an aside between commas is not part of the source
    ("The Red Cross, which is coordinating the rescue, put the number of missing at 90.",
     "90", "The Red Cross"),
    ("An army spokesman, speaking on condition of anonymity, said 14 soldiers were killed.",
     "14", "An army spokesman"),
    # a quote in single marks opens a new sentence
    ("Four people died, the agency said. 'We have evacuated more than 6,500 people,' "
     "spokesman Abdul Muhari told reporters.", "more than 6,500", "spokesman Abdul Muhari"),
    # "X, who ..., said troops ...": X is the speaker; a contrasting clause keeps its source
    ("The spokesman, Gen. Edward Buba, who gave the figures on Thursday, said troops had "
     "killed 187 fighters.", "187", "Gen. Edward Buba"),
    ("The foundation counted 320 deaths, while police put the figure at 182, citing reports.",
     "320", "The foundation"),
    # sources in brackets: a table's heading, the end of a list item
    ("Status of victims (Health Department, 8 pm): Dead: 57 | Under treatment: 156", "156",
     "Health Department"),
    ("Key facts\n• Deaths: 6, after three more died (government spokesman Isaac Mwaura)\n",
     "6", "government spokesman Isaac Mwaura"),
    # whose dead is not who counted them
    ("The quake's toll stood at 2,946 on Friday.", "2,946", None),
    ("The ministry's toll stood at 2,946 on Friday.", "2,946", "The ministry"),
    # a live-blog time stamp before the speaker
    ("08:40 The country's air force says 309 drones were launched overnight.", "309",
     "The country's air force"),
    # "he said" skips a plural or institutional source named in between
    ("The governor said the toll was expected to rise and that authorities there had confirmed "
     "it by counting bodies. Some 215 soldiers were among the dead, he said.",
     "Some 215", "The governor"),
    # a finding inside a speaker's clause is the speaker's
    ("The emergency centre said an initial investigation showed the quake destroyed 51,800 "
     "homes.", "51,800", "The emergency centre"),
    # a sentence-final source covers a contrasting clause that has none of its own
    ("Indonesia, the worst-hit country, has recorded at least 442 deaths, while 402 people "
     "are still missing, "
     "according to the latest report from the disaster agency.", "at least 442",
     "the disaster agency"),
    ("Officials said 40 people were hurt; the Red Cross put it at 55.", "55", "the Red Cross"),
    # coordinated titles, a person at an institution, a name with a number
    ("At least 52 people were killed, a district commissioner and hospital officials said.",
     "At least 52", "a district commissioner and hospital officials"),
    ("Dr. Saeed Khan at the Civil Hospital said 52 had been killed.", "52",
     "Dr. Saeed Khan at the Civil Hospital"),
    ("\u201cThe death toll has risen to five,\u201d a spokesperson for Rescue 1122 told reporters.",
     "five", "a spokesperson for Rescue 1122"),
    # a manner aside between the speaker and the verb
    ("An Egyptian source speaking on condition of anonymity said 197 trucks had entered.",
     "197", "An Egyptian source"),
    ("An official who asked not to be named said 12 people were killed.", "12", "An official"),
    # a speaker before an aside too long for the first look
    ("Opposition activist Omar Laila, who lives in Europe but is from the province where the "
     "strike took place and keeps contacts there, said 10 people were killed.", "10",
     "Opposition activist Omar Laila"),
    # an adverb between the speaker and the verb; a title joined by "to"
    ("The U.N. human rights office broadly estimated that the toll had reached 191,000.",
     "191,000", "The U.N. human rights office"),
    ("Top advisers to the president estimated that 10,000 soldiers have been killed.",
     "10,000", "Top advisers to the president"),
    # a reason is not a source
    ("The agency, citing security concerns, said 12 people died.", "12", "The agency"),
    # "admitted to" is no speech
    ("Refugees admitted to the country in 2007: 719", "719", None),
    # the speaker after "said" wins over the end of the clause before it
    ("Rescuers were trying to free 200 people feared trapped in the wreckage, said Mr Shinde.",
     "200", "Mr Shinde"),
    # "it said" does not stand for plural people
    ("The IOM said the boat capsized. Survivors said smugglers forced them into the water. "
     "Thirty-two people were rescued, it said.", "Thirty-two", "The IOM"),
    # "the number of X put at N": X is counted, not a source
    ("The government put the death toll at 73,338, with the number of seriously injured put at "
     "69,260.", "69,260", "The government"),
    # a breakdown between dashes keeps its total's source
    ("The military said the group still holds at least 11 foreigners \u2013 four Malaysians, "
     "four Indonesians and a Canadian.", "four", "The military"),
    ("Mogadishu truck bomb toll rises to 358, minister says", "358", "minister"),
    ("The toll has risen to 118, a doctors' committee linked to the opposition said.", "118",
     "a doctors' committee linked to the opposition"),
    ("A UN human rights report published a year later found that at least 500 people had been "
     "killed.", "at least 500", "A UN human rights report"),
    ("Figures released by the ministry show 40 people died.", "40", "the ministry"),
    # the agent of "released by" is no source
    ("In the prisoner exchange, 390 people were released by each side on Friday.", "390", None),
    # "estimates" as the subject's noun, not its verb
    ("Official estimates say more than 700 people were killed.", "more than 700",
     "Official estimates"),
    # a source right after its figure's noun beats one earlier in the sentence
    ("Most deaths were in Lee County, with 42 tallied by the sheriff's office, and 39 other "
     "deaths reported by officials.", "39", "officials"),
    # told, warned or ordered to do something: no speech
    ("Roughly 375,000 people in Florida warned to evacuate; many refused, including 285 people in "
     "Mexico Beach.", "285", None),
    # "X figures show" closing a sentence governs what came before it
    ("More than 45,000 people crossed the Channel in small boats last year, Home Office figures "
     "show.", "More than 45,000", "Home Office"),
    # a passive "reported by X" before the verb of the toll: X is the source
    ("Deaths reported by local authorities rose to 88 on Thursday.", "88", "local authorities"),
    ("Cases recorded by the WHO have climbed to 4,100.", "4,100", "the WHO"),
    # a counting verb in a relative clause cites the name before it
    ("Amnesty International, which documented 641 deaths by name, called it a massacre.",
     "641", "Amnesty International"),
    ("Israel, which says it is acting to protect the Druze, carried out dozens of strikes.",
     "dozens", None),
    ("The state medical examiner attributed 116 deaths to the heat.", "116",
     "The state medical examiner"),
    ("So far, the tribunal has identified 1,613 victims.", "1,613", "the tribunal"),
    ("The ministry's figure for deaths is 88.", "88", "The ministry"),
    # a determiner is no source: "The tally", "Official figures"
    ("The tally of arrests stood at 1,200 on Sunday.", "1,200", None),
    # "now" and "still" between the speaker and the verb
    ("Police now say 26 students were rescued by officers.", "26", "Police"),
    ("Officials still say 40 people are missing.", "40", "Officials"),
    # speakers with a participle phrase: the phrase is part of who they are
    ("Parents gathered at the school gate say at least 140 students are still unaccounted for.",
     "at least 140", "Parents gathered at the school gate"),
    ("People living in the area said 40 people died.", "40", "People living in the area"),
    # a source's own count in a relative clause after "according to"; "puts the toll at"
    ("Protesters clashed with police, according to Amnesty International, which counted 14 "
     "people held without charge.", "14", "Amnesty International"),
    ("Amnesty International, which puts the death toll at 23, called for an inquiry.", "23",
     "Amnesty International"),
    # a wire agency's tag in a dateline is not a source
    ("LUCKNOW, June 19, 2023 (PTI): At least 54 people have died at the district hospital, "
     "officials said.", "At least 54", "officials"),
    # "told Reuters it had ...": the pronoun, resolved, not "Reuters it"
    ("The ministry told AFP it had recorded 40 deaths.", "40", "The ministry"),
    # an all-capital name is no relative pronoun; a title may open with "acting"
    ("The outbreak has killed at least 14 people, WHO said.", "at least 14", "WHO"),
    ("The toll has risen to 27, acting Prime Minister Themba Masuku said.", "27",
     "acting Prime Minister Themba Masuku"),
    ("The army, which says it is acting in self-defence, killed 12 people.", "12", None),
    # an earlier figure restated with who gave it: "not the 302 officials had reported"
    ("The toll was 398, not the 302 officials had reported at the time.", "302", "officials"),
    ("Police said 279 girls were abducted, fewer than the 317 that police had given.", "317",
     "police"),
    ("The army said 40 soldiers died, not the 30 it had previously given.", "30", "The army"),
    # a quote opened by a colon belongs to its speaker, in every sentence it runs over
    ('In a statement, the group said: "The militia opened fire. Nineteen of the dead were '
     'women and children."', "Nineteen", "the group"),
    ('A local resident told The Irrawaddy: "The children were in class. We buried 17 of them '
     'this morning."', "17", "A local resident"),
    ('12:40 p.m. Police spokesman Don Aaron: "We have six victims, three of whom are children."',
     "six", "Police spokesman Don Aaron"),
    # a quote that goes on after its speaker's sentence
    ('"We have concerns," spokesman Jeremy Laurence told reporters. "The building housed '
     'families. A further eight people were injured."', "eight", "spokesman Jeremy Laurence"),
    ("On Monday the railways ministry revised the death toll to 28.", "28",
     "the railways ministry"),
    # "X, which said N ...": X gives the figure in its own clause
    ("Insurgents attacked the town, according to the Cabo Ligado conflict monitor, which said "
     "over 5,000 civilians had fled.", "over 5,000", "the Cabo Ligado conflict monitor"),
    ("UNICEF, which said 1.5 million children were malnourished, called for aid.",
     "1.5 million", "UNICEF"),
    # people described by what they went through; "had earlier given a toll of"
    ("A student who escaped told the BBC that about 160 students had been on the buses.",
     "about 160", "A student who escaped"),
    ("A woman who survived the attack said 30 people were killed.", "30",
     "A woman who survived the attack"),
    ("Local officials had earlier given a toll of 71 dead.", "71", "Local officials"),
    ("Organisers put Thursday night's crowd at the intersection at more than 20,000.",
     "more than 20,000", "Organisers"),
    # a headline's source after a dash
    ("Death toll rises to 32 — SEMA\nJune 30, 2024\nRescuers searched the rubble.", "32",
     "SEMA"),
    ("At least 40 people died in the floods – the worst in a decade.", "At least 40", None),
    # a headline's "..., say activists"
    ("Protest toll rises to seven, say activists", "seven", "activists"),
    # a headline's source before a colon, or after a hyphen
    ("DC police chief: 52 people arrested after mob breached Capitol\nWASHINGTON (AP) — Police",
     "52", "DC police chief"),
    ("Vienna attack: four killed as police hunt accomplices\nVIENNA — Police", "four", None),
    ("Toll passes one million - General Staff\n12.06.2025 08:14\nThe total", "one million",
     "General Staff"),
    # how a figure was confirmed is not who gave it; a name's other name is not a source
    ("The outbreak has infected 58 people, of whom 28 were confirmed by laboratory tests, "
     "the health ministry said.", "28", "the health ministry"),
    ("Indonesia recorded 1,205 deaths on Friday, a new daily record, the COVID-19 task force "
     "said.", "1,205", "the COVID-19 task force"),
    ("SitRep No. 23 re Effects of Typhoon \"Pablo\" (Bopha)\nI. CASUALTIES\n- Dead: 647\n"
     "- Injured: 1,482\n", "647", None),
    # headline sources: a verb that puts the toll at the figure, an abbreviation
    ("Mosque attack death toll rises to 305 -prosecutor (Adds prosecutor's statement)\n"
     "CAIRO, Nov 25 (Reuters) - The toll rose.", "305", "prosecutor"),
    ("Crackdown: Odhikar puts death toll at 61, govt says 11\nPublished: June 11, 2013\n\n"
     "The group said.", "61", "Odhikar"),
    ("Zaria clash: Kaduna govt says 347 buried in mass grave\nBy Premium Times\n\nThe army "
     "denied it.", "347", "Kaduna govt"),
    ("Mali: government says 132 civilians killed in attacks\nPublished on 20 June 2022\n\n"
     "The attack happened on Sunday.", "132", "government"),
    # a person's name before a long title; an inquiry named before who heads it
    ("Briefing reporters, Martin Griffiths, Under-Secretary-General for Humanitarian Affairs "
     "and Emergency Relief Coordinator at the Office for the Coordination of Humanitarian "
     "Affairs (OCHA), said 2 million people had fled.", "2 million",
     "Martin Griffiths"),
    ("The Independent Commission of Inquiry (ICI), chaired by a retired judge, said 52 people "
     "were killed.", "52", "The Independent Commission of Inquiry"),
    ("The Commission of Inquiry into the Riots, led by Justice Amina Bello, said 80 people "
     "died.", "80", "The Commission of Inquiry into the Riots"),
    ("A nurse at the field clinic, set up in a school, said 14 children had died.", "14",
     "A nurse at the field clinic"),
    # the subject speaks for ", saying ..."; the phrase starts at its article
    ("The rebels denied shelling the market, saying fewer than 10 people had died there.",
     "fewer than 10", "The rebels"),
    ("Interior Minister Ahmed al-Rashid blamed the militia, saying four drones had been "
     "fired.", "four", "Interior Minister Ahmed al-Rashid"),
    ("The provincial police issued a statement saying 23 people were detained.", "23",
     "The provincial police"),
    ("Two officials told Reuters the navy's toll was 31.", "31", "the navy"),
    ("Save the Children said 40 pupils were missing.", "40", "Save the Children"),
    ("The city fire brigade says it was called to 140 fires overnight.", "140",
     "The city fire brigade"),
    ("Five of the dead were children, said Dr. Ahmed Nasser of Al-Aqsa Hospital, where 30 "
     "wounded were taken.", "Five", "Dr. Ahmed Nasser of Al-Aqsa Hospital"),
    ("Police gave no overall figure but said 14 people had been detained.", "14", "Police"),
    ("Airstrike Kills 23 in Border Village, Monitor Says\nThe strike hit a market.", "23",
     "Monitor"),
    ("The UN envoy, Ana Ruiz, said today that at least 17 people were killed.", "at least 17",
     "The UN envoy, Ana Ruiz"),
    ("The prosecution alleges that more than 60 villagers were killed.", "more than 60",
     "The prosecution"),
    ("The appeals chamber found that at least 90 prisoners were killed.", "at least 90",
     "The appeals chamber"),
    # a time ends a sentence; a figure's apposition and a clock time are no sources
    ("Hospitals said 40 people had been hurt by 11 p.m. Chan said 12 officers were injured.",
     "12", "Chan"),
    ("The opposition said more than 50 people had been killed, a figure no official has "
     "confirmed.", "more than 50", "The opposition"),
    ("The agency said 80 aftershocks had been recorded by midday and that 900 soldiers were "
     "deployed.", "900", "The agency"),
    # history in the article's own voice keeps no source
    ("The army said 14 soldiers were killed on Monday. More than 30,000 people have been "
     "killed since the insurgency began in 2009.", "More than 30,000", None),
    ("Police said nine people died in the crash. It was the worst since 2010, when a gunman "
     "killed 12 people in the county.", "12", None),
    # a relative clause or dashed aside that has closed leaves the figure in the report
    ("According to the fire service, the blaze, which began in a kitchen, killed 14 people.",
     "14", "the fire service"),
    ("The ministry said three people died — two women and a child — and 40 were hurt.", "40",
     "The ministry"),
    # "X did something and said ...": the sentence's subject speaks
    ("Firefighters searched the tower overnight and said 23 residents were unaccounted for.",
     "23", "Firefighters"),
    # "X said Y had admitted/recorded N": the speaker, not the subject of what is reported
    ("The charity said a field hospital in Aweil had admitted 95 wounded since Monday.", "95",
     "The charity"),
    # adverbs between a source and its verb; more verbs of giving a figure
    ("Rights groups have long put the number of disappeared at 9,000.", "9,000",
     "Rights groups"),
    ("The province has so far given a toll of 56.", "56", "The province"),
    ("The tribunal certified 312 deaths after a two-year inquiry.", "312", "The tribunal"),
    ("The opposition maintains that at least 60 people were shot.", "at least 60",
     "The opposition"),
    ("The government speaks of 4,000 dead.", "4,000", "The government"),
    ("A member of parliament later put the number of detainees at 1,100.", "1,100",
     "A member of parliament"),
    ("Village elders condemned the raid and put the toll at 35.", "35", "Village elders"),
    ("The coroner's current figure is 41 dead.", "41", "The coroner"),
    # eyewitnesses who saw what they count
    ("An AP photographer saw at least six bodies in the square.", "at least six",
     "An AP photographer"),
    # a toll is what is revised, and a decree gives no figure
    ("Quake toll revised down to 212", "212", None),
    ("Peru declared a state of emergency as more than 3,000 migrants arrived a day.",
     "more than 3,000", None),
    # what an actor did in response is the article's own account, not more of the report
    ("Police said 14 people died in the floods. The army has deployed 800 soldiers to the "
     "district.", "800", None),
    ("The ministry said 30 were hurt. Rescue teams recovered 11 bodies overnight.", "11", None),
    # a bullet that ends with its own source in brackets is an item, not a list's header
    ("Key facts\n• Deaths: 9 (police)\n• Injured: 40 treated", "40", None),
    # a year inside a source's name is no figure of a clause
    ("Forty people died, according to the inquiry set up by parliament in 2019.", "Forty",
     "the inquiry set up by parliament in 2019"),
    # a headline's source after a final colon, and broadcasters
    ("Army 'neutralises' 31 militants in border raid: ISPR", "31", "ISPR"),
    ("Eleven killed at funeral march, state television says", "Eleven", "state television"),
    # "puts ... at" with any noun phrase between
    ("The ministry puts its own losses since January at about 2,300 men.", "about 2,300",
     "The ministry"),
    # sources of bare figures after "cite", "admitted to only", "put them between"
    ("The official toll was 45 dead. Most scholars now cite between 200 and 300.",
     "between 200 and 300", "Most scholars"),
    ("Officials said 600 died. Most historians put them between 1,500 and 2,000.",
     "between 1,500 and 2,000", "Most historians"),
    # records, documents and historians that list, record, count, conclude, argue or recall
    ("Army records list 64 soldiers killed in the siege.", "64", "Army records"),
    ("Court documents record that 212 prisoners died in custody.", "212",
     "Court documents"),
    ("The inquiry concluded in 2004 that about 800 people had died.", "about 800",
     "The inquiry"),
    ("The historian argues that at least 9,000 people were shot.", "at least 9,000",
     "The historian"),
    # "body counts", "lists as a terrorist group": nouns and labels, no source
    ("Rebels, whom Washington lists as a terrorist group, have about 300 fighters.",
     "about 300", None),
    # a source that opens with a number word: "One rescue volunteer told Reuters"
    ("One rescue volunteer told Reuters that 30 bodies had been found.", "30",
     "One rescue volunteer"),
    # institutions named by a common noun can speak
    ("The municipality says about 700 families are still without water.", "about 700",
     "The municipality"),
    # a subject with a modifier before its verb: not the time or place inside the modifier
    ("A commission set up in 1995 concluded that 2,300 people were killed.", "2,300",
     "A commission"),
    ("A parliamentary report published in March, based on hospital files, found 812 deaths.",
     "812", "A parliamentary report"),
    ("Survivors at the time insisted that 70 people had drowned.", "70", "Survivors"),
    ("Messages circulating on WhatsApp claim that 5,000 soldiers died.", "5,000", "Messages"),
    ("Campaigners claim 600 prisoners have died in custody.", "600", "Campaigners"),
    ("The regional governor himself has confirmed 19 deaths.", "19",
     "The regional governor"),
    ("Modelling by a London university suggested that 40,000 people may have died.", "40,000",
     "a London university"),
    # "suspect" the noun says nothing; "confirm" in a headline gives the figure
    ("Police say they have arrested one suspect and that three people were hurt.", "three",
     "Police"),
    ("Police confirm 6 dead in motorway pile-up", "6", "Police"),
    # but not a photograph: what it shows counts nobody
    ("A photo released by the army showed dozens of prisoners kneeling.", "dozens", None),
]


@pytest.mark.parametrize(("text", "span", "attribution"), ATTRIBUTION_CASES,
                         ids=[f"{c[1]}|{c[0][:40]}" for c in ATTRIBUTION_CASES])
def test_attribution(text: str, span: str, attribution: str | None) -> None:
    claims = extract(text).claims
    found = [c for c in claims if c.text == span]
    assert found, f"no claim with text {span!r}; got {_describe(claims)}"
    assert found[0].attribution == attribution


def test_an_age_after_most_of_them_is_not_a_claim() -> None:
    claims = extract("At least 135 people, most of them under 18, had been killed.").claims
    assert [c.text for c in claims] == ["At least 135"]


def test_a_participle_is_not_the_subject() -> None:
    claims = extract("The commission counted 39 dead, with 361 injured and 627 arrested.").claims
    assert [(c.text, c.category, c.subject) for c in claims] == [
        ("39", "killed", "people"), ("361", "injured", "people"), ("627", "detained", "people")]


@pytest.mark.parametrize(("sentence", "spans"), [
    ("She was one of 12 nurses abducted from the clinic.", ["12"]),
    ("Police named the victim as Ali Musa, 19, one of six students shot at the gates.",
     ["six"]),
    ("Gunmen executed one of the four hostages on Monday.", ["one", "four"]),
    ("Nine people were hurt, one of them seriously.", ["Nine", "one"]),
    ("Jailbreak leader Omar Bakri, one of the escapees, is still at large.", []),
    ("The guard was shot dead by one of the gunmen.", []),
    ("On May 15 300 people marched in the capital.", ["300"]),
    ("Three Form Four students drowned in the river.", ["Three"]),
    ("The activists — Terence Freitas, 24, and Lahe'ena'e Gay, 39 — were abducted.", []),
    ("The strike killed at least 50 people, among them one of the last paediatricians.",
     ["at least 50"]),
    ("The reserve was considered one of the few safe outings left for foreigners.", []),
])
def test_one_person_among_a_counted_group(sentence: str, spans: list[str]) -> None:
    """'was one of 12 nurses': the 12 is a count, the one is a person; a share still counts."""
    assert [c.text for c in extract(sentence).claims] == spans


def test_members_of_one_family_count_the_members_not_the_family() -> None:
    claims = extract("The strike killed 11 members of one extended family.").claims
    assert [(c.text, c.category) for c in claims] == [("11", "killed")]


def test_a_ratio_is_no_claim_but_a_figure_before_a_year_is() -> None:
    assert [c.text for c in extract("One in five children is malnourished.").claims] == []
    claims = extract("Some 30 people died, against 12 in 2019.").claims
    assert [c.text for c in claims] == ["Some 30", "12"]


def test_the_second_day_of_a_month_range_is_no_figure() -> None:
    claims = extract("During the April 28 and 29 protests, 12 people were killed.").claims
    assert [c.text for c in claims] == ["12"]


@pytest.mark.parametrize(("text", "span"), [
    ("Rescuers said four people died on Friday. In 2017, 31 people were killed when a dam "
     "burst upstream.", "31"),
    ("Officials said 60 homes had burned. A fire in March 2019 destroyed 200 homes nearby.",
     "200"),
])
def test_an_earlier_years_event_keeps_no_carried_source(text: str, span: str) -> None:
    """History in the article's own voice ("In 2017, ...", "in March 2019") is not the
    previous sentence's report."""
    claims = extract(text, published=date(2024, 5, 2)).claims
    assert [c.attribution for c in claims if c.text == span] == [None]
    assert claims[0].attribution is not None


def test_typed_double_dashes_keep_the_documents_own_text() -> None:
    """The dash is read as an em dash, but claims quote the document as written."""
    text = "BEIJING (Xinhua) -- Six people -- three soldiers and three civilians -- died."
    claims = extract(text).claims
    assert [(c.text, c.category) for c in claims] == [
        ("Six", "killed"), ("three", "killed"), ("three", "killed")]
    assert all(text[c.start:c.end] == c.text and c.sentence in text for c in claims)
